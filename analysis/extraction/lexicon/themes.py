"""Word lists of the theme rules: the stems of each theme and the contexts in which a stem
does not state its theme."""

from __future__ import annotations

# Lower-case stems, matched against lower-cased text (faster than re.IGNORECASE).
THEME_STEMS: dict[str, str] = {
    "efficiency": r"effizien|effektivität|ressourcen\w* (?:sparsam|schon|sparen|gespart)|ressourcen zu sparen|"
    r"kostendruck|zeitersparnis|einsparung|wirtschaftlichkeit",
    "automation": r"automatisier|automation",
    "skills_shortage": r"fachkräftemangel|fachkräfte\w* fehl|personalmangel|fluktuation",
    "demographic_change": r"demo[gt]raphi\w* wandel|demografi\w* wandel|demografischen|demographischen",
    "quality_of_life": r"lebensqualität|lebenswert|daseinsvorsorge",
    "participation": r"beteiligung|partizipati|einbindung von bürger|bürger\w* einzubeziehen|"
    r"bürger\w* (?:aktiv )?eingebunden|mitgestalt",
    "data_protection": r"datenschutz",
    "it_security": r"it-sicherheit|informationssicherheit|cybersicherheit",
    "transparency": r"transparenz|open[- ]data|offene daten",
    "sustainability": r"nachhaltig|klimaschutz|luftqualität|grüner|umwelt",
    "economic_development": r"wirtschaftsstandort|standortvorteil|wettbewerbsf|it-standort|gründung",
    # Digital inclusion only: social inclusion ("inklusive Quartiere") is social policy, the preposition "inklusive"
    # means "including", and the diversity of a town's people is no gap in access.
    "digital_divide": r"digitale\w* spaltung|digital divide|digitale\w* inklusion|digital inklusiv|teilhabe|"
    r"barrierefrei|behinderung|ältere\w* menschen|senior",
    "service_quality": r"serviceorient|bürgerorient|kundenorient|online-dienst|onlinedienst|online-service|"
    r"online-angebot|im internet zur verfügung|qualität\w* \w* ?dienstleistung|"
    r"ortsunabhängig|zeitunabhängig|rund um die uhr",
    "acceptance": r"akzeptanz|bedenkenträger",
    "legal_barriers": r"rechtliche\w* hürden|rechtslage|rechtlichen rahmen",
    "employee_concerns": r"ängste|stellenabbau|arbeitsplatzverlust|arbeitsplatzsicherheit|angst um|sorge um|"
    r"sorge\w* (?:der|bei den) (?:beschäftigten|mitarbeit)|mitgenommen werden",
    "innovation": r"innovation|vorreiter|modernität|modernisierung|fortschrittlich",
}

# "städtische Beteiligungen" are the city's shareholdings in companies, not citizens taking
# part; neither are a "Beteiligungsbericht" or "Beteiligungsmanagement".
SHAREHOLDING = (
    r"(?:städtisch|kommunal)\w*\s+beteiligungen|beteiligungen\s+(?:der|an)\s|"
    r"beteiligungs(?:gesellschaft|bericht|management|verwaltung|portfolio|unternehmen)"
)
# A list of the fields of action of a plan names its fields, it does not say why the city
# acts ("in den Handlungsfeldern Umwelt, Bildung und Verkehr"): a theme word inside such a
# list states no theme (the same sentence may state one after the list). "die Bereiche
# Datenschutz und IT-Sicherheit" after "als Risiko" does state them, so "Bereich" is no cue.
FIELD_LIST_WORDS = ("Handlungsfeld", "Themenfeld", "Aktionsfeld", "Schwerpunktsetzung")
