"""Governance: is there a Chief Digital Officer, where does the role sit, which units carry
digitalisation, and the organisational facts around them (bundling, broadband, decisions).
"""

from __future__ import annotations

import re
from typing import Any

from analysis.extraction import cdo_status
from analysis.extraction.context import DocContext, Sentence
from analysis.extraction.gazetteer import places_named
from analysis.extraction.lexicon.people import given_names
from analysis.extraction.lexicon.roles import (
    ADMINISTRATION_HEAD_FORMS,
    APPOINTED_WORDS,
    ATTACH_VERBS,
    CDO_ROLE_WORDS,
    CONTRAST_WORDS,
    COREFERENCE_OPENERS,
    DEPARTMENT_LINES,
    DEPARTMENT_ROLES,
    DEPUTY_ROLE_STEMS,
    DIGITAL_REMIT_STEMS,
    EXTERNAL_BODY_OWNERS,
    FIELD_OFFICER_PREFIXES,
    FORMER_ROLE_STEMS,
    GENERIC_SUBJECTS,
    HEAD_COMPOUND_PREFIXES,
    HEAD_WORDS,
    IT_HEAD_TITLES,
    IT_WORDS,
    JOB_AD_MARKERS,
    LEAD_VERBS,
    NOT_UNIT_ADJECTIVES,
    NUMBERED_UNIT_HEADS,
    OFFICER_NETWORK_NOUNS,
    OTHER_LEVEL_BODIES,
    OTHER_ORGANISATION_NOUNS,
    PLURAL_ROLE_WORDS,
    POST_WORK_VERBS,
    PRONOUN_SUBJECT_VERBS,
    REMIT_NAMED_UNIT_HEADS,
    REPORTING_HEADS,
    REPORTING_LINES,
    REPORTING_VERBS,
    ROLE_ADVERBS,
    ROLE_POST_COMPOUNDS,
    SUBJECT_AT_WORK_VERBS,
    SUCCESSION_NOUNS,
    SUCCESSOR_OPENERS,
    UNIT_HEADS_FOR,
    WHOLE_AUTHORITY_OFFICES,
)
from analysis.extraction.names import (
    DATE_NAME_WORDS,
    HONORIFICS,
    MUNICIPAL_ROLE_WORDS,
    NAME,
    NAME_LOWER,
    NAME_OPENING,
    NAME_WORD,
    NOT_NAME_WORDS,
    SURNAME_PARTICLES,
    has_given_name,
    surname,
)
from analysis.extraction.rules import alternation, rule
from analysis.reading.german import CAPITALISED_ARTICLES
from analysis.reading.text import (
    LOWER_INITIAL,
    UPPER,
    clean_name,
    compile_skippable,
    cut_at_word,
    norm_key,
    skippable_all,
)

_ROLE = alternation(CDO_ROLE_WORDS)
CDO_ROLE = rule(
    "cdo_role",
    "the CDO role under any of its German names",
    rf"(?<![\w-]){_ROLE}(?:-{alternation(ROLE_POST_COMPOUNDS)})?(?![\w-])",
    matches=(
        "Die CDO-Stelle wurde im Mai geschaffen.",
        "Anna Muster ist Chief Digital Officer der Stadt.",
        "Digitalisierungsbeauftragter Max Beispiel stellt sich vor.",
        "der neue Beauftragte für Digitalisierung",
        "Der CDO ist als Stabsstelle angesiedelt.",
    ),
    not_matches=("Die CDU-Fraktion stimmt zu.", "Der Chief Data Officer der Stadt", "Das CDO-Team"),
)
NO_CDO = rule(
    "no_cdo",
    "a sentence that says the city has no CDO",
    rf"\b(kein(en|e)?|nicht über eine[nm]?|ohne)\b[^.]{{0,40}}{_ROLE}|"
    rf"{_ROLE}\b[^.]{{0,40}}\b(gibt es|existiert|hat die Stadt)\b[^.]{{0,40}}\bnicht\b|"
    # an indefinite CDO the city does not have: "Einen CDO hat Musterstadt noch nicht"
    rf"\b(?:[Ee]inen|[Ee]ine)\s+(?:[a-zäöü]+e[nr]?\s+)?{_ROLE}\s+(?:hat|haben|besitzt)\b[^.,]{{0,40}}\bnicht\b(?!\s+nur)|"
    rf"{_ROLE}\b[^.]{{0,40}}\b(nicht vorhanden|fehlt)|"
    # doing without one: "verzichtet bewusst auf einen CDO", "Auf einen CDO verzichtet die Stadt"
    rf"\bverzicht\w*\b[^.]{{0,40}}\bauf\s+(?:einen|eine)\s+(?:eigene[nr]?\s+)?{_ROLE}|"
    rf"\bauf\s+(?:einen|eine)\s+(?:eigene[nr]?\s+)?{_ROLE}\b[^.]{{0,40}}\bverzicht|"
    # not intended, sought in vain: "Ein CDO ist nicht vorgesehen", "sucht man vergeblich"
    rf"{_ROLE}\b[^.]{{0,40}}\b(?:nicht\s+(?:vorgesehen|geplant)|vergeblich)|"
    # a plan negated: "Einen CDO will die Stadt vorerst nicht einstellen"
    # (an indefinite CDO: "Der CDO will nicht alles auf einmal" is a CDO at work)
    rf"\b(?:[Ee]inen|[Ee]ine)\s+(?:[a-zäöü]+e[nr]?\s+)?{_ROLE}\b[^.]{{0,40}}\b(?:will|wollen|möchte|plant|planen)\b"
    rf"[^.]{{0,30}}\bnicht\b(?!\s+nur)|"
    # "Viele Kommunen haben einen CDO, Musterfeld hat keinen" (the pronoun closing its clause:
    # "Der CDO hat keine Mitarbeiter" is a CDO at work)
    rf"{_ROLE}\b[^.]{{0,60}}\b(?:hat|haben|besitzt)\s+(?:[\w-]+\s+)?(?:keinen|keine)\s*(?:[.,;]|$)|"
    # a proposal rejected: "hat den Antrag abgelehnt, eine CDO einzustellen", "Der Rat lehnte
    # die Stelle eines CDO ab" (an indefinite CDO: "Der CDO lehnt … ab" is a CDO at work)
    rf"\b(?:abgelehnt|verworfen|lehnte|lehnt|lehnten)\b[^.]{{0,80}}\b(?:eine[nrs]?)\s+(?:[a-zäöü]+e[nrs]?\s+)?{_ROLE}|"
    rf"\b(?:eine[nrs]?)\s+(?:[a-zäöü]+e[nrs]?\s+)?{_ROLE}\b[^.]{{0,80}}\b(?:abgelehnt|verworfen)\b",
    matches=(
        "Viele Kommunen haben inzwischen einen CDO, Musterfeld hat keinen.",
        "Der Ausschuss hat den Antrag abgelehnt, eine Digitalisierungsbeauftragte einzustellen.",
        "Der Rat lehnte die Schaffung der Stelle eines CDO ab.",
        "Die Stadt Musterstadt verzichtet bewusst auf einen CDO.",
        "Auf eine eigene Digitalisierungsbeauftragte verzichtet die Gemeinde.",
        "Ein CDO ist in Musterstadt nicht vorgesehen.",
        "Einen CDO sucht man in Musterfeld vergeblich.",
        "Einen CDO will die Stadt vorerst nicht einstellen.",
        "Einen CDO hat Musterfeld noch nicht.",
        "Die Stadt Musterstadt hat keinen Chief Digital Officer.",
        "Einen CDO gibt es in Musterstadt bislang nicht.",
        "Musterfeld hat noch keinen Digitalisierungsbeauftragten.",
    ),
    not_matches=(
        "Der CDO ist seit 2019 im Amt.",
        "Der CDO will nicht alles auf einmal ändern.",
        "Der CDO hat keine Mitarbeiter.",
        "Der CDO lehnt eine Videoüberwachung ab.",
    ),
    flags=re.I,
)
# Every alternative of NO_CDO holds one of these words (read with the rule's own flags): a
# sentence without any skips the rule, which tries its role words at every position.
NO_CDO_CUES = re.compile(
    r"kein|nicht|ohne|gibt es|existiert|hat die stadt|fehlt|verzicht|vergeblich|lehnt|abgelehnt|verworfen",
    re.I,
)
# Prepositions before an indefinite CDO ("über einen CDO nachdenken"): CDOs in general.
INDEFINITE_PREPOSITIONS = ("durch", "über", "für", "mit", "ohne")
GENERIC_CDO = rule(
    "generic_cdo",
    "CDOs in general: other municipalities, a definition, an indefinite post without an appointment",
    rf"(?:{alternation(GENERIC_SUBJECTS)})\b|\bAbkürzung für\b"
    rf"|\b{alternation(INDEFINITE_PREPOSITIONS)}\s+(?:einen|einem|eine)\s+(?:sogenannten\s+|neuen\s+)?{_ROLE}(?![\w-])"
    # the plural: "In vielen Städten gibt es CDOs" (not the genitive "des CDOs")
    rf"|(?<!des )(?<!eines )(?<![\w-]){alternation(PLURAL_ROLE_WORDS)}(?![\w-])",
    matches=(
        "Viele Kommunen begegnen dem mit einem CDO.",
        "CDO ist die Abkürzung für Chief Digital Officer.",
        "Sie denken über einen CDO nach.",
        "In vielen Städten gibt es inzwischen CDOs.",
        "Laut einer Umfrage haben 40 Prozent der Großstädte einen CDO.",
        "Ein CDO ist in der Regel direkt dem Oberbürgermeister unterstellt.",
    ),
    not_matches=("Der CDO der Stadt leitet die Stabsstelle.", "Die Aufgaben des CDOs sind vielfältig."),
)
APPOINTED = rule(
    "cdo_appointed",
    "a verb that puts someone into the post",
    rf"(?<![\w-]){alternation(APPOINTED_WORDS)}(?![\w-])",
    matches=("Die Stadt hat einen CDO berufen.", "Im Mai wurde die Position eines CDO geschaffen."),
    not_matches=("Die Stadt denkt über einen CDO nach.",),
)

# Placement rules, strongest first. Each reads the sentences about the CDO (see _cdo_context).
IT_HEAD = rule(
    "placement_it_head",
    "the CDO heads the IT office",
    rf"(?<![\w-]){alternation(HEAD_WORDS)}\s+(?:des|der)\s+(?:[\w.-]+\s+){{0,8}}?(?:{alternation(IT_WORDS)})(?![\wäöü])"
    # the IT head is the CDO: "Der CIO der Stadt ist zugleich CDO" (before the bare title)
    rf"|(?<![\w-]){alternation(IT_HEAD_TITLES)}(?:en|in)?(?:\s+der\s+Stadt(?:\s+[{UPPER}][\w-]+)?)?\s+(?:ist|wird|bleibt)\s+"
    rf"(?:(?:{alternation(ROLE_ADVERBS)})\s+){{0,2}}(?:der\s+|die\s+)?(?:neue[rn]?\s+)?{_ROLE}(?![\w-])"
    rf"|(?<![\w-]){alternation(IT_HEAD_TITLES)}(?:en|in)?(?![\w-])|CIO und CDO|CDO und CIO"
    # a head of IT without an article: "Leiter IT und Digitalisierung", "Abteilungsleiterin IT"
    rf"|(?<![\w-])(?:{alternation(HEAD_COMPOUND_PREFIXES)})?(?:Leiter|leiter)(?:in)?\s+(?:für\s+)?(?:{alternation(IT_WORDS)})(?![\wäöü-])"
    # the verb: "leitet zugleich das Amt für IT", "…, die zugleich das Amt für IT leitet"
    rf"|\b{alternation(LEAD_VERBS)}\s+(?:(?:{alternation(ROLE_ADVERBS)})\s+)?(?:seit\s+\S+\s+)?(?:das|die|den)\s+(?:[\w.-]+\s+){{0,8}}?"
    rf"(?:{alternation(IT_WORDS)})(?![\wäöü])"
    rf"|\b(?:das|die|den)\s+(?:[\w.-]+\s+){{0,8}}?(?:{alternation(IT_WORDS)})(?![\wäöü])\S*(?:\s+[\w-]+){{0,3}}?\s+{alternation(LEAD_VERBS)}\b",
    matches=(
        "Sie leitet außerdem das Referat für Informationstechnik.",
        "Anna Muster leitet zugleich die Abteilung Informationstechnik.",
        "Jan Beispiel, der zugleich das Amt für Informationstechnik leitet, ist CDO.",
        "CDO ist Anna Muster, die zugleich das Amt für IT und Digitales leitet.",
        "Der Leiter des Amtes für Informationstechnik ist zugleich CDO.",
        "an der Spitze des neu gebildeten Amtes für IT und Digitales",
        "Chef der städtischen IT",
        "unserem IT-Referenten Max Beispiel",
        "Der CIO der Stadt ist zugleich CDO.",
        "Jan Beispiel, Leiter IT und Digitalisierung, ist zugleich CDO.",
        "Abteilungsleiterin IT Anna Muster",
        "Er leitet seit 2015 das Amt für Informationstechnik.",
        "Sie ist zugleich Geschäftsführerin der städtischen Musterfeld IT GmbH.",
    ),
    not_matches=(
        "Leiter des Bauamtes",
        "Leiter der Stabsstelle Digitalisierung",
        "Sie leitet die Stabsstelle Digitalisierung.",
    ),
)
_TOP = "(?:" + "|".join(ADMINISTRATION_HEAD_FORMS) + ")"
_DIRECTLY = r"(?:(?:direkt|unmittelbar)\s+)?"
MAYOR = rule(
    "placement_mayor",
    "the CDO sits directly under the (Lord) Mayor or county head",
    rf"\b(?:direkt|unmittelbar)\s+(?:beim|bei der|dem|der)\s+{_TOP}\b"
    # the staff unit of the head, with or without its name: "Stabsstelle Digitales beim Landrat"
    rf"|Stabs?stelle(?:\s+[\w.-]+){{0,3}}?\s+(?:des|der|beim|bei der|bei dem)\s+{_TOP}\b"
    rf"|\b{_TOP}\s+{_DIRECTLY}(?:zugeordnet|unterstellt|angegliedert)\b"
    rf"|\b(?:beim|bei der|dem|der)\s+{_TOP}\s+{_DIRECTLY}(?:angesiedelt|zugeordnet|verortet|verankert|angebunden)\b"
    # "im Büro der Bürgermeisterin", "zum Geschäftsbereich des Oberbürgermeisters"
    rf"|\b(?:im|in den|in dem|zum)\s+(?:Geschäftsbereich|Bereich|Büro|Referat|Dezernat)\s+(?:des|der)\s+{_TOP}\b"
    # the head's adviser: "persönlicher Referent des Oberbürgermeisters"
    rf"|\bReferent(?:in)?\s+(?:des|der)\s+{_TOP}\b"
    # the head's office as a compound, the head's staff: "im OB-Büro", "zum Stab des Landrats"
    rf"|\b(?:im|ins|in dem|zum)\s+(?:{_TOP}|OB)-?(?:büro|dezernat)\b|\bStabs?\s+(?:des|der)\s+{_TOP}\b"
    # the reporting verb: "berichtet direkt an den Oberbürgermeister", "untersteht der Landrätin"
    rf"|\b(?:berichtet|berichten|berichte|untersteht|unterstehen|unterstehe)\s+{_DIRECTLY}(?:an\s+)?(?:den|die|dem|der)\s+{_TOP}\b"
    # the abbreviation, upper case only ("ob" is also "whether"): "direkt dem OB unterstellt"
    r"|\b(direkt|unmittelbar)\s+(beim|dem)\s+(?-i:OB)\b|"
    r"\b(beim|dem)\s+(?-i:OB)\s+((direkt|unmittelbar)\s+)?(angesiedelt|zugeordnet|unterstellt|verortet|verankert|angebunden)|"
    r"Stabs?stelle\s+(des|beim)\s+(?-i:OB)\b",
    matches=(
        "Das Team gehört zum Bereich der Oberbürgermeisterin.",
        "Die Stabsstelle sitzt im Büro der Bürgermeisterin.",
        "Die Stelle ist im Oberbürgermeisterbüro angesiedelt.",
        "Die CDO gehört zum Stab des Landrats.",
        "Der CDO ist im Dezernat des Oberbürgermeisters angesiedelt.",
        "Die Digitalisierungsbeauftragte gehört zum OB-Dezernat.",
        "Die CDO arbeitet als Referentin der Oberbürgermeisterin.",
        "Der CDO ist dem OB direkt unterstellt.",
        "Die Digitalisierung ist als Stabsstelle beim OB angesiedelt.",
        "Als Stabsstelle ist die CDO beim Oberbürgermeister angesiedelt.",
        "Die Stelle ist unmittelbar in der Stabstelle der Oberbürgermeisterin verankert.",
        "Der CDO ist direkt der Oberbürgermeisterin zugeordnet.",
        "Der CDO leitet die Stabsstelle Digitalisierung beim Oberbürgermeister.",
        "Die Stabsstelle Digitales beim Landrat wird vom CDO geleitet.",
        "Der CDO berichtet direkt an den Oberbürgermeister.",
        "Ich berichte direkt an die Oberbürgermeisterin.",
        "Die Stelle ist dem Landrat direkt unterstellt.",
        "Die CDO ist unmittelbar bei der Verwaltungschefin angesiedelt.",
        "Der CDO ist organisatorisch beim Oberbürgermeister angebunden.",
    ),
    not_matches=(
        "Der Oberbürgermeister begrüßt den neuen CDO.",
        "Offen ist, ob dem CDO ein Team zugeordnet wird.",
        "Der CDO berichtet dem Ausschuss über die Bürgermeisterwahl.",
    ),
    flags=re.I,
)
DEPARTMENT = rule(
    "placement_department",
    "the CDO sits in a department line (Dezernat, Fachbereich)",
    r"(Dezernat|Fachbereich|Fachbereichsleitung|Geschäftsbereich|Beigeordnete|Dezernent|Abteilung|Referat|"
    r"Verwaltungsvorstand|Fachdienst)\w*\b[^.]{0,120}(angesiedelt|zugeordnet|verortet|eingegliedert|unterstellt|angebunden)|"
    r"(angesiedelt|zugeordnet|verortet|eingegliedert|unterstellt|angebunden)[^.]{0,40}\b(Dezernat|Fachbereich|Geschäftsbereich)|"
    # a post "im Ordnungsdezernat": inside a department line, also as a staff unit there
    r"\bim\s+[\w-]+dezernat\b|"
    # the reporting verb with the head of a line: "berichtet an den Ersten Beigeordneten"
    r"\b(?:berichtet|berichten|berichte|untersteht|unterstehen|unterstehe)\s+(?:(?:direkt|unmittelbar)\s+)?(?:an\s+)?(?:den|die|dem|der)\s+"
    r"(?:[\w-]+\s+)?(?:Dezernent|Beigeordnet|Stadtdirektor|Kreisdirektor|Kämmerer|Fachbereichsleit)\w*",
    matches=(
        "Verortet ist die CDO im Dezernat für Kultur.",
        "Er berichtet an den Ersten Beigeordneten.",
        "Die Stelle des CDO ist dem Dezernat für Bildung und Digitales zugeordnet.",
        "Die Digitalisierungsbeauftragte arbeitet künftig im Ordnungsdezernat.",
    ),
    not_matches=("Der CDO arbeitet mit allen Dezernaten zusammen.",),
    flags=re.I,
)
_LINES = alternation(DEPARTMENT_LINES)
DEPARTMENT_ROLE = rule(
    "placement_department_role",
    "the CDO holds a role in a department line (Dezernent, Beigeordneter) or heads one",
    rf"(?<![\w-]){alternation(DEPARTMENT_ROLES)}(?![\w-])"
    # heads a line: "leitet zugleich den Fachbereich Organisation", "Leiterin des Dezernats II"
    rf"|\b{alternation(LEAD_VERBS)}\s+(?:(?:{alternation(ROLE_ADVERBS)})\s+)?(?:den|das|die)\s+(?:[\w-]+\s+)?{_LINES}"
    rf"|(?<![\w-]){alternation(HEAD_WORDS)}\s+(?:des|der)\s+(?:[\w-]+\s+)?{_LINES}"
    # "Fachbereichsleiterin Zentrale Dienste", "Dezernatsleiter Finanzen"
    rf"|(?<![\w-])(?:Fachbereichs|Dezernats|Geschäftsbereichs|Fachdienst)(?:leiter|leiterin)\s+[{UPPER}]",
    matches=(
        "Max Beispiel, Dezernent für Personal und Digitalisierung",
        "Anna Muster ist CDO und leitet zugleich den Fachbereich Organisation.",
        "Jan Beispiel, Leiter des Dezernats II, ist auch CDO.",
        "Anna Muster, Fachbereichsleiterin Zentrale Dienste, ist zugleich CDO.",
    ),
    not_matches=("Der Dezernat-Newsletter", "Sie leitet die Stabsstelle Digitales."),
)
DEPARTMENT_LOCATION = rule(
    "placement_department_location",
    "the CDO works in a department line (counts only in a sentence naming the CDO or the holder)",
    rf"\b(?:im|ins|zum|in\s+den|in\s+das|in\s+dem)\s+(?:[\w-]+\s+)?(?:{_LINES}|Amt\s+für)(?![\w-])"
    # part of a line: "Teil des Dezernats für Finanzen"; an office as a compound: "im Personal-
    # und Organisationsamt" (not "im Amt": in office)
    rf"|\bTeil\s+(?:des|der)\s+(?:[\w-]+\s+)?{_LINES}"
    # (not the whole authority: "im Landratsamt", "im Bezirksamt")
    rf"|\b(?:im|ins|zum|in\s+dem)\s+(?:[\w-]+\s+und\s+)?(?!{alternation(WHOLE_AUTHORITY_OFFICES)}\b)[\w-]{{3,}}amt(?:es|s)?(?![\w-])",
    matches=(
        "Der CDO ist Teil des Dezernats für Finanzen und Digitales.",
        "Die Digitalisierungsbeauftragte ist im Personal- und Organisationsamt angesiedelt.",
        "Die Digitalisierungsbeauftragte ist im Dezernat für Ordnung und Digitales tätig.",
        "Der CDO arbeitet im Fachbereich Zentrale Dienste.",
        "Der CDO gehört zum Dezernat für Bildung und Digitalisierung.",
    ),
    not_matches=(
        "Der CDO arbeitet mit allen Dezernaten zusammen.",
        "Anna Muster ist seit 2019 im Amt.",
        "Er steuert die Digitalisierung im Landratsamt.",
    ),
)
STAFF_UNIT = rule(
    "placement_staff_unit",
    "the CDO has an own staff unit, reporting line not stated",
    r"Stabs?stelle",
    matches=("Der CDO leitet eine eigene Stabsstelle Digitalisierung.", "die Stabstelle Digitales"),
    not_matches=("Das Stadtbüro",),
    flags=re.I,
)
PLACEMENT_RULES = [
    ("it_department", IT_HEAD),
    ("mayor", MAYOR),
    ("administration_department", DEPARTMENT),
    ("administration_department", DEPARTMENT_ROLE),
    ("administration_department", DEPARTMENT_LOCATION),
    ("staff_unit", STAFF_UNIT),
]
# Placement cues that only count in a sentence naming the CDO or the holder (or going on about
# them), not in a sentence beside it ("Die Schulen im Fachbereich Bildung …").
ROLE_BOUND = {DEPARTMENT_LOCATION.name}
# Placement cues that only count when said of the CDO themselves (bound to their name or a
# pronoun), not of another post in the same sentence ("ein Digitalisierungsbeauftragter und
# ein neuer IT-Leiter").
PERSON_BOUND = {IT_HEAD.name, DEPARTMENT_ROLE.name}

# Organisational units that carry digitalisation.
_CAP = r"[A-ZÄÖÜ][\wÄÖÜäöüß-]*"
_NAMEPART = rf"(?:{_CAP}|und|für|der|des|&)"
_NOT_UNIT_NAME = r"(?!des\b|der\b|ist\b|und\b|Die\b|Der\b|Das\b|Sie\b|Er\b)"
_NO_ARTICLE = rf"(?!{alternation(CAPITALISED_ARTICLES)}\b)"
_UNIT_BODIES = (
    "Arbeitskreis|arbeitskreis|Beirat|beirat|Lenkungsgruppe|Lenkungskreis|Steuerungsgruppe|Steuerungskreis|"
    "Lenkungsausschuss|Koordinierungsgremium|Koordinierungsgruppe|Koordinierungskreis|Digitalrat|Digitalisierungsrat|"
    "Digitalboard|Digitalisierungsboard|Digitalisierungsgremium"
)
_COMPOUND_HEADS = ("Amt", "Abteilung", "Referat", "Stabsstelle", "Dezernat")
# Offices named as one compound of remit and head noun ("IT-Amt", "Digitalisierungsabteilung").
_COMPOUND_UNITS = tuple(
    [f"{remit}-{head}" for remit in ("IT", "E-Government", "Smart-City") for head in _COMPOUND_HEADS]
    + [f"{remit}{head.lower()}" for remit in ("Digital", "Digitalisierungs") for head in _COMPOUND_HEADS]
)
# One part of a unit's remit: a noun, maybe after a lower-case adjective ("interne IT",
# "digitale Verwaltung"), not after a determiner ("und eine Förderung" starts a new phrase).
_REMIT = rf"(?:(?!{alternation(NOT_UNIT_ADJECTIVES)}\b)[a-zäöü]{{3,}}e[nrs]?\s+)?{_CAP}"
UNIT_PATTERNS = [
    # any unit with its remit: "Amt für A, B und C", "Referat für Kultur und Digitales",
    # "Dezernat für Bürgerdienste und interne IT", "Amt mit dem Namen A und B"
    re.compile(
        rf"\b{alternation(UNIT_HEADS_FOR)}\s+(?:für\s+(?:(?:den|die|das)\s+)?|mit\s+dem\s+Namen\s+){_REMIT}"
        rf"(?:\s+(?:und|sowie)\s+{_REMIT}|,\s*{_REMIT})*"
    ),
    re.compile(
        rf"\b(?:Competence|Kompetenz)[ -]?(?:Center|Centre|Zentrum)\s+{_CAP}(?:[ -]{_CAP})?(?:\s+\([^)]{{2,30}}\))?"
    ),
    re.compile(rf"\bKompetenzzentrum\s+{_CAP}(?:\s+{_CAP})?"),
    re.compile(
        rf"\b(?:{_CAP}\s+){{0,3}}Innovation[ -]?(?:Center|Centre|Hub|Lab)\b|\b(?:Innovations|Digital|Digitalisierungs)(?:center|zentrum|labor)\b"
    ),
    re.compile(
        r"\b(?:Projektbüro|Digitalisierungsbüro|Smart[ -]City[ -]Büro|Programmbüro)(?:\s+[\"„»][^\"“”«]{2,60}[\"“”«])?"
    ),
    # "Stabsstelle Digitalisierung", "Stabsstelle Digitalisierung und Smart City"
    re.compile(
        rf"\bStabs?stellen?(?:\s+{_NOT_UNIT_NAME}{_CAP}(?:\s+{_NOT_UNIT_NAME}{_CAP})?"
        rf"(?:\s+(?:und|&)\s+{_NOT_UNIT_NAME}{_CAP}(?:\s+{_NOT_UNIT_NAME}{_CAP})?)?)?"
    ),
    # officers: the CDO's own title, officers of one digital field ("E-Government-Beauftragter"),
    # networks of officers ("Digitallotsen", "Digitale Lotsen")
    re.compile(
        rf"\b(?:Digitalisierungsbeauftragte[nr]?|Digitalisierungsverantwortliche[nr]?"
        rf"|(?:{alternation(FIELD_OFFICER_PREFIXES)})[Bb]eauftragte[nr]?"
        rf"|(?:Digital|Digitalisierungs)(?:{alternation(OFFICER_NETWORK_NOUNS)})"
        rf"|Digitale[n]?\s+(?:{alternation(tuple(n.capitalize() for n in OFFICER_NETWORK_NOUNS))}))(?![\w-])"
    ),
    # officers: "Referentin für den digitalen Wandel", "Beauftragter für Digitalisierung"
    re.compile(
        rf"\b(?:Referent(?:in)?|Beauftragte[rn]?)\s+für\s+(?:den\s+|die\s+|das\s+)?(?:[a-zäöü]+e[nrs]?\s+)?{_CAP}"
    ),
    # bodies, also compounds: "Facharbeitskreis", "Ü-60-Beirat", "Digital-Board" (the
    # compound's first part is added by _widen_compound)
    re.compile(
        rf"(?:{_UNIT_BODIES})\b(?:\s+{_NOT_UNIT_NAME}(?:Smart\s+City|{_CAP}))?|(?<=-)(?:Board|Forum)\b"
    ),
    re.compile(rf"\b(?:AG|Arbeitsgruppe|Projektgruppe)\s+{_NOT_UNIT_NAME}{_CAP}"),
    re.compile(
        r"\b(?:Team|Referat|Referats|Stabs?stelle|Abteilung|Fachbereich|Fachdienst|Geschäftsstelle)\s+[\"„»][^\"“”«]{2,60}[\"“”«]|\bReferat(?:s|es)?\s+des\s+(?:Ober)?[Bb]ürgermeisters\b|\bIT-Referat(?:s|es)?\b"
    ),
    re.compile(
        r"\bIT-Abteilung\b|\bHauptamt(?:es|s)?\b|\b(?:kommunalen?|städtischen?|interne[nr]?)\s+IT-Dienstleister[sn]?\b"
        r"(?:\s+(?!seit\b|ist\b|der\b|die\b|das\b|und\b|mit\b|hat\b|wird\b|für\b|in\b)[a-zäöü][\w.-]+"
        # ... or by a hyphenated or incorporated name: "Musterfeld-IT", "Musterfeld Data GmbH"
        rf"|\s+[{UPPER}][\w]*-[\w-]+|\s+[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)?\s+(?:GmbH|AöR))?"
    ),
    re.compile(rf"\bFachbereich(?:s|es)?\s+{_NOT_UNIT_NAME}{_CAP}(?:\s+(?:und|&)\s+{_CAP})*"),
    # "Geschäftsstelle Digitale Agenda", "Abteilung IT und Organisation", "Geschäftsbereich IT",
    # "Dezernat II", "Referat Digitale Stadt" (unquoted)
    re.compile(
        rf"\b(?:Geschäftsstelle|Abteilung|Geschäftsbereich|Referat|Fachdienst)(?:s|es)?\s+{_NOT_UNIT_NAME}{_CAP}"
        # a remit of several parts: "Referat Digitalisierung, IT und Organisation"
        rf"(?:,\s+{_NOT_UNIT_NAME}{_CAP}(?=[^.]{{0,40}}?\s(?:und|&)\s))*"
        rf"(?:\s+(?:und|&)\s+{_CAP}|\s+{_NOT_UNIT_NAME}{_CAP})?"
        r"|\bDezernat(?:s|es)?\s+(?:I{1,3}|IV|V|VI{1,3}|IX|X|\d{1,2})\b"
    ),
    # English names of offices and boards: "Digital Services Office", "Open Data Board"
    re.compile(rf"\b(?:{_NOT_UNIT_NAME}{_NO_ARTICLE}{_CAP}[ -]){{1,3}}(?:Office|Board)\b"),
    # a team by its name, "Team Musterstadt Digital"; a staff unit by a web-style name,
    # "Stabsstelle musterstadt.digital"
    re.compile(
        rf"\b(?:Team|Projektteam|Kernteam)\s+{_NOT_UNIT_NAME}{_CAP}(?:\s+{_NOT_UNIT_NAME}{_CAP})?|\bStabs?stelle\s+[a-zäöü][\w-]*\.[a-z]{{2,}}\b"
        # a team by its remit as one word: "Digitalisierungsteam", "Smart-City-Team"
        rf"|\b(?:Digital|Digitalisierungs|Smart-City-|E-Government-|Innovations)[Tt]eam(?:s)?\b"
    ),
    # a line of the administration a team is attached to ("angedockt an den Bereich Zentrale
    # Dienste"; kept only beside an ATTACH_VERB, see _attached)
    re.compile(
        rf"\bBereich(?:s|es)?\s+{_NOT_UNIT_NAME}{_CAP}(?:\s+{_NOT_UNIT_NAME}{_CAP})?(?:\s+(?:und|&)\s+{_CAP})*"
    ),
    # the city's own IT or digital enterprise and agency: "IT-Eigenbetrieb", "Eigenbetrieb
    # Digitale Dienste", "Digitalagentur"
    re.compile(
        rf"\bIT-Eigenbetrieb(?:es|s)?\b|\bEigenbetrieb(?:es|s)?\s+(?:{_CAP}\s+)?(?:IT|Digital|Informations|Daten|Smart)[\w-]*"
        rf"(?:\s+{_NOT_UNIT_NAME}{_CAP})?|\b(?:Digital|Digitalisierungs)(?:agentur|büro)\b"
    ),
    # an office named as a compound of its remit: "IT-Amt", "Digitalamt",
    # "Digitalisierungsabteilung", "E-Government-Referat"
    re.compile(
        # (no "\b" first: a pattern that opens with letters is only tried where they stand)
        rf"(?:{alternation(_COMPOUND_UNITS)})\b"
    ),
    # a unit by its number and remit: "Fachbereich 10 – Zentrale Steuerung", "Amt 12 (IT und
    # Digitalisierung)", "Dezernat III: Finanzen und Digitales"
    re.compile(
        rf"\b(?:{alternation(NUMBERED_UNIT_HEADS)})\s+(?:\d{{1,3}}(?:\.\d{{1,2}})?|[IVX]{{1,4}})"
        rf"(?:\s*[–—:-]\s*|\s+\(|\s+(?={_NOT_UNIT_NAME}{_NO_ARTICLE}))"
        rf"{_CAP}(?:,\s+{_CAP})*(?:\s+(?:und|&)\s+{_CAP})?(?:\s+{_NOT_UNIT_NAME}{_CAP}(?:\s+(?:und|&)\s+{_CAP})?)?\)?"
    ),
    # the CDO's own office: "CDO-Team", "Büro des Digitalisierungsbeauftragten", "Team der CDO"
    re.compile(
        rf"(?<![\w-])(?:CDO-|Chief-Digital-Officer-)(?:Team|Büro|Office|Stab)(?![\w-])"
        rf"|\b(?:Team|Büro|Stab|Geschäftsstelle)\s+(?:des|der)\s+{_ROLE}(?![\w-])"
    ),
    # a section named by its digital remit: "Koordinierungsstelle Digitalisierung", "Sachgebiet
    # IT und Organisation", "Fachstelle für Digitales"
    re.compile(
        rf"\b{alternation(REMIT_NAMED_UNIT_HEADS)}(?:s|es)?\s+(?:für\s+)?(?=(?:{alternation(DIGITAL_REMIT_STEMS)}))"
        rf"{_CAP}(?:\s+(?:und|&)\s+{_CAP}|\s+{_NOT_UNIT_NAME}{_CAP})?"
    ),
]
UNIT_PATTERNS = skippable_all(UNIT_PATTERNS)  # the same matches, faster (reading.text.skippable)
# A pattern runs only on paragraphs that hold one of its literal words (most hold none).
UNIT_TRIGGERS = (
    (
        "Amt",
        "Dezernat",
        "Referat",
        "Abteilung",
        "Fachbereich",
        "Fachdienst",
        "Stabs",
        "Stabst",
        "Geschäftsstelle",
    ),
    ("Competence", "Kompetenz"),
    ("Kompetenzzentrum",),
    (
        "Innovation",
        "Digitallabor",
        "Digitalisierungslabor",
        "Digitalcenter",
        "Digitalzentrum",
        "Digitalisierungszentrum",
    ),
    ("büro", "Büro"),
    ("Stabs", "Stabst"),
    (
        "beauftragt",
        "Beauftragt",
        "verantwortlich",
        *OFFICER_NETWORK_NOUNS,
        *(n.capitalize() for n in OFFICER_NETWORK_NOUNS),
    ),
    ("Referent", "Beauftragt"),
    (
        "rbeitskreis",
        "eirat",
        "Lenkungs",
        "Steuerungs",
        "Koordinierungs",
        "Digitalboard",
        "Digitalisierungsboard",
        "Digitalisierungsgremium",
        "Digitalrat",
        "Digitalisierungsrat",
        "-Board",
        "-Forum",
    ),
    ("AG ", "Arbeitsgruppe", "Projektgruppe"),
    ("Team", "Referat", "Stabs", "Stabst", "Abteilung", "Fachbereich", "Fachdienst", "Geschäftsstelle"),
    ("IT-", "Hauptamt"),
    ("Fachbereich",),
    ("Geschäftsstelle", "Abteilung", "Geschäftsbereich", "Referat", "Dezernat", "Fachdienst"),
    ("Office", "Board"),
    ("Team", "Stabs", "Stabst", "team"),
    ("Bereich",),
    ("Eigenbetrieb", "agentur", "büro"),
    # (fragments that every compound holds: fewer words to test on every document)
    (
        "-Amt",
        "-Abteilung",
        "-Referat",
        "-Stabsstelle",
        "-Dezernat",
        "Digitalamt",
        "Digitalabteilung",
        "Digitalreferat",
    )
    + ("Digitalstabsstelle", "Digitaldezernat", "Digitalisierungs"),
    NUMBERED_UNIT_HEADS,
    # (the role after its article: "Team des CDO", "Büro der Digitalisierungsbeauftragten")
    (
        "CDO-",
        "Chief-Digital-Officer-",
        "des CDO",
        "der CDO",
        "des Chief",
        "der Chief",
        "des Digital",
        "der Digital",
    )
    + ("Beauftragten für",),
    REMIT_NAMED_UNIT_HEADS,
)


# Each trigger word once, with the patterns it opens (one pass of `in` tests per paragraph).
_PATTERNS_OF_TRIGGER: dict[str, list[int]] = {}
for _i, _words in enumerate(UNIT_TRIGGERS):
    for _w in _words:
        _PATTERNS_OF_TRIGGER.setdefault(_w, []).append(_i)
_UNIT_TRIGGER_WORDS = tuple(_PATTERNS_OF_TRIGGER)


def _unit_matches(text: str, words: tuple[str, ...] = _UNIT_TRIGGER_WORDS) -> list[re.Match]:
    """Matches of every unit pattern whose words the text holds, leftmost first, no overlaps.
    `words`: the trigger words worth testing (those the whole document holds)."""
    present = {w for w in words if w in text}
    found = [
        m
        for i in sorted({i for w in present for i in _PATTERNS_OF_TRIGGER[w]})
        for m in UNIT_PATTERNS[i].finditer(text)
    ]
    found.sort(key=lambda m: (m.start(), -m.end()))
    out: list[re.Match] = []
    for m in found:
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


_UNIT_CANON = [
    (re.compile(r"^(Amts|Amtes)\b"), "Amt"),
    (re.compile(r"^(Dezernats|Dezernates)\b"), "Dezernat"),
    (re.compile(r"^(Fachbereichs|Fachbereiches)\b"), "Fachbereich"),
    (re.compile(r"^(Referats|Referates)\b"), "Referat"),
    (re.compile(r"^Hauptamt(es|s)$"), "Hauptamt"),
    (re.compile(r"^(kommunalen?|städtischen?|interne[nr]?)\s+"), ""),
    (re.compile(r"IT-Dienstleister[sn]$"), "IT-Dienstleister"),
    (re.compile(r"^Stabsstellen\b"), "Stabsstelle"),
    (re.compile(r"^Stabstellen\b"), "Stabstelle"),
    # a numbered unit's remit in brackets is its name: "Amt 12 (IT)" -> "Amt 12 – IT"
    (re.compile(rf"^((?:{alternation(NUMBERED_UNIT_HEADS)})\s+\S+)\s+\(([^)]+)\)$"), r"\1 – \2"),
    (re.compile(r"\s*\([^)]*\)$"), ""),
    (re.compile(r"^([\w-]*[Bb]eauftragte)[nr]$"), r"\1"),
    (re.compile(r"^(Fachdienst)es\b"), r"\1"),
    (re.compile(r"^(Bereich|Eigenbetrieb)(?:es|s)\b"), r"\1"),
    (re.compile(rf"^({alternation(REMIT_NAMED_UNIT_HEADS)})(?:es|s)\b"), r"\1"),
]
BUNDLING = re.compile(
    r"(bündel|zusammenf[üu]hr|zusammengef[üu]hrt|zusammengelegt|vereint|gemeinsam\w* Dach)", re.I
)
SMART_CITY = re.compile(r"Smart[ -]?City", re.I)
EGOV = re.compile(r"E-?Government|Verwaltungsdigitalisierung|Digitale[nr]? Verwaltung", re.I)
SEPARATE = re.compile(r"getrennt|separat|eigenständig", re.I)
DECISION = re.compile(
    r"\b(Rat|Stadtrat|Ratsbeschluss|Kreistag|Gemeinderat|Hauptausschuss|Verwaltungsvorstand)\w*\b.{0,200}?"
    r"\b(beschlossen|beschließt|verabschiedet|zugestimmt|Beschluss)|\bRatsbeschluss",
    re.I,
)


DECISION_WORDS = ("beschl", "verabschied", "zugestimmt")


def _canonical_unit(name: str) -> str:
    name = clean_name(name)
    for pattern, repl in _UNIT_CANON:
        name = pattern.sub(repl, name).strip()
    return name


def _widen_compound(text: str, start: int) -> int:
    """'…-60-Beirat' -> the start of 'Ü-60-Beirat'; 'Fach|arbeitskreis' -> 'Facharbeitskreis'."""
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    return start


_OFFICERS = 6  # index in UNIT_PATTERNS of the officers ("Digitalisierungsbeauftragte", "Digitallotsen")
# Officers spread over the administration: "jeder Fachbereich hat einen …", "die … der Ämter".
_DISTRIBUTED = re.compile(
    r"\b(?:[Jj]ede[rmns]?|[Aa]lle[nr]?|[Ss]ämtliche[nr]?|pro|je)\b|\w+(?:beauftragten|lotsen)\s+(?:der|aller|in|aus)\b"
)


_ARTICLE_BEFORE = re.compile(r"\b(?:der|die|eine|einen|ihre|seine|unsere|als)\s+(?:\w+\s+)?$", re.I)
# A singular copula before the word makes it one person's title: "Sie ist seit Mai
# Digitalisierungsbeauftragte der Stadt" (no plural without article).
_SINGULAR_COPULA_BEFORE = re.compile(
    r"\b(?:ist|wird|wurde|bleibt|war|sind\s+Sie|waren\s+Sie)\b[^.,;:]{0,30}$|^(?:Neue|Erste)\s+$"
)


def _officer_network(text: str, start: int, end: int) -> bool:
    """Officers as a network: spread over the offices ("jeder Fachbereich hat einen …"), a
    plural without article ("ernannten … Digitalisierungsverantwortliche"), or always plural
    ("Digitallotsen")."""
    word = text[start:end]
    if _DISTRIBUTED.search(text[max(0, start - 80) : end + 40]) or word.casefold().endswith(
        OFFICER_NETWORK_NOUNS
    ):
        return True
    before = text[max(0, start - 40) : start]
    return (
        word.endswith("e")
        and not _ARTICLE_BEFORE.search(before)
        and not _SINGULAR_COPULA_BEFORE.search(before)
    )


# "das Amt für X als städtischer IT-Dienstleister": a unit named right before "als" is described,
# the description is no second unit.
_DESCRIBED_AS = re.compile(r"\s+als\s+$")
# "Arbeitskreis „…“ des Musterverbandes": the owner of a body after its (quoted) name.
_OWNER = re.compile(
    r"(?:\s*[„\"»][^„“”\"»«]{1,80}[“”\"«])?\s+(?:des|der)\s+(?:[\w-]+\s+){0,2}?(?P<owner>[\w-]+)"
)
_BODIES = re.compile(rf"(?:{_UNIT_BODIES})|\b(?:AG|Arbeitsgruppe|Projektgruppe)\b")
_STAFF_UNIT_KEYS = ("stabsstelle", "stabstelle")


# The subject that sets up a body: "Der Landkreistag hat eine Arbeitsgruppe … eingerichtet".
_SETTING_UP_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+)(?:Der|Die|Das)\s+(?:[\w-]+\s+)?(?P<owner>[\w-]+)\s+"
    r"(?:hat|haben|hatte|hatten|richtet|richtete|richteten|gründet|gründete|gründeten|beruft|berief)\b[^.;:]*$"
)


def _external_body(text: str, start: int, end: int) -> bool:
    """A working group or board of another organisation, not of the city: its owner, named
    after it ("Arbeitskreis … des Musterverbandes") or as the subject that set it up ("Der
    Landkreistag hat eine Arbeitsgruppe … eingerichtet"), ends with an organisation word
    (EXTERNAL_BODY_OWNERS)."""
    if not _BODIES.search(text, start, end):
        return False
    owner = _OWNER.match(text, end) or _SETTING_UP_SUBJECT.search(text, max(0, start - 200), start)
    return bool(owner and owner.group("owner").casefold().endswith(EXTERNAL_BODY_OWNERS))


_ATTACHED_LINE = 16  # index in UNIT_PATTERNS of "Bereich …"
_ATTACH = re.compile(rf"(?<![\w-]){alternation(ATTACH_VERBS)}(?![\w-])")


def _attached(text: str, start: int, end: int) -> bool:
    """Is the line named at start:end one that a team or post is attached to ("angedockt an
    den Bereich X", "dem Bereich X zugeordnet")?"""
    return bool(_ATTACH.search(text, max(0, start - 40), start) or _ATTACH.search(text, end, end + 30))


# The owner named right after a unit: another town ("Amt für Digitales der Stadt Talhausen") or
# an organisation ("Referat … des Innenministeriums").
_UNIT_OWNER = re.compile(
    rf"\s+(?:des|der)\s+(?:(?:Stadt|Gemeinde|Landeshauptstadt|Nachbarstadt|Kreisstadt|Hansestadt|Landkreises|Kreises)"
    rf"\s+(?P<place>[{UPPER}][\w-]+)|(?P<org>[{UPPER}][\w-]+))"
)


def _owned_elsewhere(text: str, end: int, city: str | None) -> bool:
    """Is the unit ending at `end` said to be another town's or another organisation's?"""
    owner = _UNIT_OWNER.match(text, end)
    if owner is None:
        return False
    if owner.group("place"):
        place = owner.group("place").rstrip("s")
        return city is not None and place not in city and not city.startswith(place)
    return owner.group("org").casefold().endswith(EXTERNAL_BODY_OWNERS)


def extract_units(ctx: DocContext) -> list[dict]:
    units: list[dict[str, Any]] = []
    seen: set[str] = set()
    own_staff_units: set[str] = set()  # keys of staff units named in a sentence about the CDO
    in_document = tuple(w for w in _UNIT_TRIGGER_WORDS if w in ctx.content_text)
    for block in ctx.content_blocks:
        previous_end = -1
        for m in _unit_matches(block.text, in_document):
            start = _widen_compound(block.text, m.start())
            described = 0 <= start - previous_end <= 12 and _DESCRIBED_AS.search(
                block.text[previous_end:start]
            )
            previous_end = m.end()
            if described:
                continue  # "das Amt für X als städtischer IT-Dienstleister"
            if _external_body(block.text, start, m.end()) or _owned_elsewhere(block.text, m.end(), ctx.city):
                continue  # another organisation's working group, another town's or the Land's office
            name = _canonical_unit(block.text[start : m.end()])
            key = norm_key(name)
            own = key.startswith(_STAFF_UNIT_KEYS) and _names_cdo(
                ctx.sentence_at(block.span.start + start).text
            )
            # A shorter mention of a unit already listed ("Amt für Informationstechnik"
            # after "Amt für Informationstechnik und Organisation") is the same unit.
            if own:
                own_staff_units.add(key)  # also when an earlier mention listed it already
            if len(name) < 4 or any(k == key or (k.startswith(key + " ") and not own) for k in seen):
                continue
            if (
                m.re is UNIT_PATTERNS[_OFFICERS]
                and not name.startswith(FIELD_OFFICER_PREFIXES)
                and not _officer_network(block.text, start, m.end())
            ):
                continue  # one CDO officer is a person (the CDO), officers in every office a network
            if m.re is UNIT_PATTERNS[_ATTACHED_LINE] and not _attached(block.text, start, m.end()):
                continue  # "im Bereich Bildung": a field, not a line the team is attached to
            seen.add(key)
            units.append({"name": name, "evidence": ctx.evidence(block.span.sub(start, m.end()))})
    # "Stabsstelle" before "Stabsstelle Digitalisierung": the bare word names the same unit,
    # unless it is the CDO's own staff unit and the longer one is another ("Stabsstelle
    # Bürgerbeteiligung").
    keys = [norm_key(u["name"]) for u in units]
    return [
        u
        for u, k in zip(units, keys, strict=True)
        if not any(
            o.startswith(k + " ") and not (k in own_staff_units and o not in own_staff_units) for o in keys
        )
    ]


def _names_cdo(text: str) -> bool:
    return _names_role(text) and bool(CDO_ROLE.search(text))


# Who is the CDO: the name bound to the role word in the sentences about the CDO.
_Q = '[„“"»«]?'
_HOLDER_VERBS = "ist|wird|bleibt|erhielt|erhält|hat|übernimmt|koordiniert|verantwortet|leitet"
_ADVERBS = rf"(?:(?:{alternation(ROLE_ADVERBS)})\s+){{0,2}}"
_DET = r"(?:(?:der|die|unser|unsere)\s+)?"
# "seit 2019", "seit dem 1. Juli": a date after "seit" (the dot of an ordinal day is no sentence end)
_SINCE_PHRASE = r"seit\s+(?:[^,.]|(?<=\d)\.){1,30}?\s+"
# The role's spelled-out form or gloss in brackets: "CDO (Chief Digital Officer = …) der Stadt, Anna Muster"
_EXPANSION = r"(?:\s*\([^()]{1,80}\))?"
_GENITIVE = rf"(?:[{UPPER}][\w-]+s\s+)?"  # "Musterfelds neue CDO"
# Adjectives before the role ("der erste hauptamtliche CDO"): closed endings, not any word.
_ADJECTIVES = r"(?:(?:neue[rn]?|erste[rn]?|[a-zäöü]{3,}(?:ische|liche|ige|ierte|elle|ene)[rn]?)\s+){0,2}"
# The administration whose CDO it is: "der Stadt Musterfeld", "der Stadtverwaltung".
_ADMINISTRATIONS = "Stadt|Gemeinde|Kreises|Landkreises|Stadtverwaltung|Verwaltung|Kreisverwaltung"
_OF_THE_CITY = rf"(?:\s+(?:der|des)\s+(?:{_ADMINISTRATIONS})(?:\s+[{UPPER}][\w-]+)?)?"
# A name is no name right after an article ("der Rat Anna …" holds the pair "Rat Anna").
_NO_ARTICLE_BEFORE = r"(?<!der )(?<!die )(?<!das )(?<!den )(?<!dem )"
# Verbs by which the city gains its CDO ("Mit Anna Muster hat Musterfeld einen CDO gewonnen").
_GAIN_VERBS = "hat|haben|hatte|bekommt|bekam|erhält|erhielt|gewinnt|gewann"
# Verbs of taking up a post, and the post nouns they take ("tritt die Stelle des CDO an").
_TAKE_UP_VERBS = "übernimmt|übernahm|übernehmen|tritt|trat|nimmt|nahm|hat|hatte|bekleidet|besetzt"
_POSTS = "Funktion|Rolle|Aufgabe|Aufgaben|Position|Stelle|Posten|Arbeit|Tätigkeit|Dienst"
# After a name's apposition ("Die Leiterin des Amtes, Anna Muster, übernimmt die Rolle der CDO")
# only finite verbs of taking up a post: "hat" there is too often an auxiliary ("…, hat die
# Stelle der CDO ausgeschrieben"; "übernehmen" and "besetzt" are no verb of a single name).
_TAKE_UP_AFTER_APPOSITION = "|".join(
    verb for verb in _TAKE_UP_VERBS.split("|") if verb not in ("hat", "hatte", "übernehmen", "besetzt")
)
# Participles that make "A hat die Stelle der CDO …" an act on the post, not holding it.
_POST_NOT_HELD = "ausgeschrieben|geschaffen|eingerichtet|gestrichen|abgeschafft|beantragt|vorgeschlagen"
# Up to six words between a verb and "als": lower-case words, numbers, a capitalised word
# before a lower-case one ("im Mai seine Arbeit"), never two capitalised words (a name).
_SHORT_WORDS = r"(?:\s+(?:[a-zäöüß]+|\d[\d.]*|[A-ZÄÖÜ][a-zäöüß]+(?=\s+[a-zäöüß\d]))){0,6}"
# A name that opens with no word that opens no name ("ab Juli Anna Muster" is no "Juli Anna"):
# the pattern goes on to the real name.
# (The capital letter first: most positions fail there, before the word list is tried.)
# A third word is kept only after two given names ("Anna Maria Muster"; see _holder_name).
# (The lookahead first: a name is two capitalised words, so the word list is tried only where
# one follows another; the lookahead is the opening of NAME, so it turns no name away.)
_HOLDER_NAME = rf"(?={NAME_OPENING})(?!(?:{alternation(NOT_NAME_WORDS)})\b){NAME}(?:\s+{NAME_WORD}(?![\w-]))?"
# Every alternative of HOLDER opens with a capital letter or at the start of a lower-case
# word ("ist", "mit", "übernimmt"): a lookahead of the two in front turns the other places
# away at once instead of trying each alternative there (the same matches, about 1.8x
# faster; tests/test_speed_patterns.py holds it equal to the plain alternation).
HOLDER_OPENING = rf"(?=[{UPPER}]|\b[{LOWER_INITIAL}])"
HOLDER = rule(
    "cdo_holder",
    "the person a sentence names as the CDO",
    f"{HOLDER_OPENING}(?:"
    # "CDO Anna Muster", "CDO und IT-Leiter Anna Muster"
    rf"(?<![\w-]){_ROLE}{_Q}{_EXPANSION}(?:\s+und\s+[\w-]+)?\s+(?P<a>{_HOLDER_NAME})"
    # the role in brackets after the name: "Anna Muster (CDO der Stadt)"
    rf"|(?P<s>{_HOLDER_NAME})\s*\(\s*(?:[^()]{{0,40}}?,\s*)?{_DET}{_ADJECTIVES}{_ROLE}(?![\w-])"
    # a noun of appointing: "mit der Ernennung von Anna Muster zur CDO"
    rf"|\b(?:Ernennung|Berufung|Bestellung|Einstellung|Wahl)\s+von\s+(?P<u>{_HOLDER_NAME})\s+(?:zu[mr]|als)\s+{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])"
    rf"|(?P<b>{_HOLDER_NAME})(?:\s*\([^)]{{1,12}}\))?(?:,|\s+[–—])?\s+"
    rf"(?:(?:ist|wird|bleibt|sei|war|heißt)\s+{_ADVERBS}(?:{_SINCE_PHRASE})?{_ADVERBS}(?:als\s+)?{_DET}{_GENITIVE}{_ADJECTIVES}"
    # no verb: an apposition, also of two roles ("Jan Beispiel, CIO und CDO der Stadt")
    rf"|(?:{_SINCE_PHRASE})?(?:als\s+)?{_DET}{_GENITIVE}(?:neue[rn]?\s+)?(?:[\w-]+\s+und\s+)?){_Q}{_ROLE}(?![\w-])"
    # inverted copula: "CDO der Stadt ist seit 2020 Anna Muster"
    rf"|(?<![\w-]){_ROLE}{_Q}{_OF_THE_CITY}"
    rf"\s+(?:ist|bleibt|wird|heißt)\s+(?:{_SINCE_PHRASE})?{_ADVERBS}"
    # ... maybe after the holder's title: "CDO der Stadt ist Abteilungsleiterin IT Anna Muster"
    rf"(?:[\w-]*(?:Leiter|leiter)(?:in)?(?:\s+[{UPPER}][\w-]*)?\s+(?=[{UPPER}][{NAME_LOWER}]+\s+[{UPPER}]))?(?P<g>{_HOLDER_NAME})"
    # relative clause: "Anna Muster, die seit 2019 als CDO der Stadt tätig ist"
    rf"|(?P<h>{_HOLDER_NAME}),\s+(?:die|der)\s+[^,.;]{{0,60}}?\bals\s+(?:[a-zäöü]+\s+)?{_Q}{_ROLE}(?![\w-])"
    # "In Musterstadt ist Anna Muster CDO.", "Als Leiterin des Amtes ist Anna Muster zugleich CDO"
    rf"|\bist\s+(?P<c>{_HOLDER_NAME})\s+{_ADVERBS}(?:der\s+|die\s+)?{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])"
    rf"|\bAls\s+{_ADJECTIVES}{_ROLE}[^.]{{0,80}}?\s+(?:{_HOLDER_VERBS})\s+(?P<d>{_HOLDER_NAME})"
    # ... also after the name's apposition: "Die Leiterin des Amtes, Anna Muster, übernimmt die Rolle der CDO"
    rf"|(?P<e>{_HOLDER_NAME})(?:,\s+(?:{_TAKE_UP_AFTER_APPOSITION})|\s+(?:wird|wurde|erhält|erhielt|{_TAKE_UP_VERBS}))\s+"
    rf"(?:[^.]|(?<=\d)\.){{0,80}}?\b(?:{_POSTS})\s+(?:des|der|eines|einer|als)\s+"
    rf"{_ADJECTIVES}{_Q}{_ROLE}(?![^.;]{{0,60}}?\b(?:{_POST_NOT_HELD})\b)"
    rf"|{_ROLE}{_EXPANSION}(?:\s+der\s+Stadt(?:\s+[{UPPER}][\w-]+)?)?[,:]\s+(?P<f>{_HOLDER_NAME})"
    # appointed to the role: "Anna Muster wurde im Mai zur CDO ernannt", "hat Jan Beispiel zum CDO bestellt"
    rf"|(?P<i>{_HOLDER_NAME})\s+(?:wurde|wird|ist)\s+(?:[^.,]{{0,40}}?\s+)?zu[mr]\s+{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])"
    rf"|\b(?:hat|haben|hatte)\s+(?:(?:den|die)\s+[{UPPER}][\w-]+\s+)?(?P<j>{_HOLDER_NAME})\s+(?:[^.,]{{0,30}}?\s+)?zu[mr]\s+{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])"
    # the role first, then who was appointed to it: "Zum neuen CDO wurde Anna Muster ernannt"
    rf"|\bZu[mr]\s+{_ADJECTIVES}{_Q}{_ROLE}{_Q}{_OF_THE_CITY}\s+(?:wurde|wird|ist|hat|haben|hatte)\s+"
    rf"(?:[^.,]{{0,40}}?\s+)?{_NO_ARTICLE_BEFORE}(?P<p>{_HOLDER_NAME})"
    # the city gained someone as its CDO: "Mit Anna Muster hat Musterfeld einen CDO gewonnen",
    # "Musterfeld hat mit Anna Muster eine Digitalisierungsbeauftragte"
    rf"|\b[Mm]it\s+(?P<k>{_HOLDER_NAME})\s+(?:{_GAIN_VERBS})\b[^.]{{0,80}}?(?<![\w-]){_ROLE}(?![\w-])"
    rf"|\bmit\s+(?P<l>{_HOLDER_NAME})\s+(?:eine[nm]?\s+|ihre[nm]?\s+|seine[nm]?\s+)?{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])"
    # a verb of taking up the post, with the post as object: "Anna Muster tritt die Stelle
    # des CDO an", "hat ihre Arbeit als CDO aufgenommen"; inverted: "übernimmt Anna Muster
    # die Aufgaben der …", "Die Funktion des CDO übernimmt Anna Muster"
    rf"|\b(?:{_TAKE_UP_VERBS})\s+(?P<m>{_HOLDER_NAME})\s+(?:[^.]{{0,40}}?\s+)?(?:{_POSTS})\s+(?:des|der|eines|einer|als)\s+"
    rf"{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])"
    # ... also in the passive: "Mit der Aufgabe des CDO wurde Anna Muster betraut"; the post
    # topicalised: "Die Aufgaben einer CDO nimmt Anna Muster wahr"
    rf"|\b(?:{_POSTS})\s+(?:des|der|eines|einer|als)\s+{_ADJECTIVES}{_Q}{_ROLE}{_Q}{_OF_THE_CITY}\s+(?:{_TAKE_UP_VERBS}|wurde|wird)\s+"
    rf"(?:[^.,]{{0,40}}?,?\s+)?{_NO_ARTICLE_BEFORE}(?P<n>{_HOLDER_NAME})"
    # a name, an apposition between commas, the copula: "Anna Muster, Leiterin des Amtes für
    # IT, ist zugleich CDO"
    rf"|(?P<q>{_HOLDER_NAME}),\s+[^,.]{{3,60}},\s+(?:ist|wird|bleibt|war)\s+{_ADVERBS}(?:{_SINCE_PHRASE})?{_ADVERBS}"
    rf"(?:als\s+)?{_DET}{_GENITIVE}{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])"
    # a name, a first predicate, "und ist" the role: "Anna Muster leitet das Amt für IT und ist
    # zugleich CDO" (no second name between: checked in _holder_from)
    rf"|(?P<r>{_HOLDER_NAME})\s+[a-zäöüß]+\s[^.;:]{{0,80}}?\bund\s+(?:ist|wird|bleibt|war)\s+{_ADVERBS}"
    rf"(?:{_SINCE_PHRASE})?{_ADVERBS}(?:als\s+)?{_DET}{_GENITIVE}{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])"
    # an apposition of two roles: "Anna Muster, Leiterin der Stabsstelle Digitales und CDO der
    # Stadt, …" (no second name between: checked in _holder_from)
    rf"|(?P<w>{_HOLDER_NAME}),\s+[^,.;]{{1,60}}?\s+und\s+{_DET}{_GENITIVE}{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])"
    # the role topicalised, any verb, the name its subject: "Als CDO fungiert seit Mai Anna Muster"
    rf"|\bAls\s+{_ADJECTIVES}{_ROLE}{_EXPANSION}{_OF_THE_CITY}\s+[a-zäöüß]+\s+(?:sich\s+)?(?:{_SINCE_PHRASE})?{_ADVERBS}(?P<x>{_HOLDER_NAME})"
    # the post filled with a person: "Die Stelle des CDO wurde (intern) mit Anna Muster besetzt"
    rf"|\b(?:{_POSTS})\s+(?:des|der|eines|einer|als)\s+{_ADJECTIVES}{_Q}{_ROLE}{_Q}{_OF_THE_CITY}[^.;]{{0,60}}?"
    rf"\bmit\s+(?P<y>{_HOLDER_NAME})\s+(?:[a-zäöü]+\s+)?(?:besetzt|nachbesetzt|zu\s+besetzen)\b"
    # the successor: "Nachfolger von A als CDO wird B", "Ihre Nachfolge tritt im Mai B an",
    # "B tritt die Nachfolge von A an"
    rf"|\b(?:{alternation(SUCCESSION_NOUNS)})\b[^.;]{{0,80}}?\s(?:wird|ist|wurde|tritt|übernimmt|trat|übernahm)\s+"
    rf"(?:(?:[^.;,]|(?<=\d)\.){{0,24}}?\s)?(?P<z>{_HOLDER_NAME})"
    rf"|(?P<t>{_HOLDER_NAME})\s+(?:tritt|trat|wird|übernimmt|übernahm)\s+(?:[^.;]{{0,30}}?\s)?die\s+Nachfolge\b"
    # a verb, the name its object, "als CDO": "Der Rat wählte im Mai Anna Muster als erste CDO"
    rf"|\b[a-zäöüß]{{3,}}\s+(?:(?:[^.,;:]|(?<=\d)\.){{0,24}}?\s)?(?P<v>{_HOLDER_NAME})\s+als\s+{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])"
    # a name, any verb, "als CDO": "Anna Muster leitet als CDO die Stabsstelle", "Jan Beispiel
    # hat im Mai seine Arbeit als CDO aufgenommen" (no second name between: "A begrüßte B als CDO")
    rf"|(?P<o>{_HOLDER_NAME})\s+[a-zäöüß]+{_SHORT_WORDS}\s+als\s+{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])"
    ")",
    matches=(
        "Die Verantwortung liegt bei CDO Anna Muster.",
        "Jan Beispiel, Chief Digital Officer der Stadt Musterstadt.",
        "Jan Beispiel (re.) ist seit Kurzem „Chief Digital Officer“ des Landkreises.",
        "Anna Muster ist als Musterfelds neue Digitalisierungsbeauftragte tätig.",
        "In der Stadtverwaltung ist Jan Beispiel CDO.",
        "Als Chief Digital Officer der Stadt ist Anna Muster für alles verantwortlich.",
        "Als CDO erhielt Jan Beispiel ein eigenes Budget.",
        "Anna Muster wird als Leiterin des Hauptamts die Funktion des CDO übernehmen.",
        "Das sagt der CDO der Stadt, Jan Beispiel.",
        "Anna Muster ist zugleich CDO der Stadt.",
        "Jan Beispiel ist der erste hauptamtliche Chief Digital Officer.",
        "Chief Digital Officer der Stadt ist seit 2020 Anna Muster.",
        "Jan Beispiel, der seit 2019 als CDO tätig ist, stellte den Plan vor.",
        "Das sagt die CDO (Chief Digital Officer) der Stadt, Anna Muster.",
        "Anna Muster wurde im Mai zur ersten Digitalisierungsbeauftragten der Stadt ernannt.",
        "Der Rat hat Jan Beispiel zum CDO bestellt.",
        "Die Stadt hat den Beigeordneten Jan Beispiel zum CDO ernannt.",
        "Der neue CDO heißt Jan Beispiel.",
        "Anna Muster heißt die neue Digitalisierungsbeauftragte der Stadt.",
        "Zum neuen CDO wurde Jan Beispiel ernannt.",
        "Zum Chief Digital Officer hat der Rat Anna Muster berufen.",
        "Mit Jan Beispiel bekommt Musterfeld seinen ersten CDO.",
        "Die Stadt hat mit Anna Muster eine Digitalisierungsbeauftragte.",
        "Seit Juli übernimmt Anna Muster die Aufgaben der Digitalisierungsbeauftragten.",
        "Jan Beispiel tritt am 1. Juli die Stelle des CDO an.",
        "Die Funktion des CDO übernimmt Anna Muster.",
        "Jan Beispiel, Leiter der IT-Abteilung, ist zugleich Chief Digital Officer.",
        "Jan Beispiel, CIO und CDO der Stadt, erklärt das Vorgehen.",
        "Anna Muster leitet als CDO die neue Stabsstelle.",
        "Jan Beispiel hat im Mai seine Arbeit als CDO der Stadt aufgenommen.",
        "Als Leiter des Fachbereichs IT ist Jan Beispiel zugleich CDO der Stadt.",
        "CDO und IT-Leiter Jan Beispiel stellte die Pläne vor.",
        "Anna Muster (CDO der Stadt Musterfeld) stellte die Pläne vor.",
        "Mit der Ernennung von Jan Beispiel zum CDO setzt die Stadt ein Zeichen.",
        "Die Stelle der CDO übernimmt ab Juli Anna Muster, bisher Leiterin des Hauptamts.",
        "Neuer CDO: Jan Beispiel übernimmt ab Mai.",
        "Anna Muster, Leiterin der Stabsstelle Digitales und CDO der Stadt, sagt das.",
        "Chief Digital Officer (CDO) Jan Beispiel stellte den Fahrplan vor.",
        "Digitalisierungsbeauftragter der Stadtverwaltung ist seit Januar Jan Beispiel.",
        "Als CDO fungiert seit dem Frühjahr Anna Muster.",
        "Als CDO der Stadt kümmert sich Anna Muster um die Schulen.",
        "Die neue Funktion des CDO soll intern mit Anna Muster besetzt werden.",
        "Nachfolger von Anna Muster als CDO wird Jan Beispiel.",
        "Der Rat wählte im Mai Anna Muster als erste CDO.",
        "Jan Beispiel (Stabsstelle Digitalisierung, CDO) stellte die Pläne vor.",
        "Als erster CDO der Stadt hat Jan Beispiel viel vor.",
        "Anna Muster – seit 2020 CDO der Stadt – zieht Bilanz.",
        "Dazu hat die Stadt mit Jan Beispiel einen erfahrenen CDO eingestellt.",
        "Mit der Aufgabe der Digitalisierungsbeauftragten wurde Jan Beispiel betraut.",
        "Jan Beispiel wurde im Mai mit der Funktion des CDO betraut.",
        "Anna Muster leitet das Amt für Informationstechnik und ist zugleich CDO der Stadt.",
        "Neue CDO der Stadt ist seit dem 1. Juli Anna Muster.",
    ),
    not_matches=(
        "Der Oberbürgermeister Jan Beispiel stellt den neuen CDO vor.",
        "Anna Muster begrüßte den neuen CDO.",
    ),
)
# "einen CDO und eine CUO berufen ... die Professoren A und B (CUO)": the untagged one is the CDO.
PAIRED_HOLDER = rule(
    "cdo_holder_pair",
    "two people named for two roles, the other one tagged with its role",
    rf"(?P<a>{NAME})\s+und\s+(?:{NAME})\s+\((?!CDO)[A-Z]{{2,5}}\)",
    matches=("Berufen wurden Anna Muster und Jan Beispiel (CUO).",),
    not_matches=("Berufen wurden Anna Muster (CDO) und Jan Beispiel.",),
)
# ... also a description by age or origin: "Die 38-Jährige", "Der gebürtige Musterfelder".
_COREF = re.compile(
    rf"^(?:(?:{alternation(COREFERENCE_OPENERS)})\b|(?:Der|Die)\s+(?:[\w-]+-[Jj]ährige|gebürtige)\b)"
)
# "Seit Mai ist er CDO": a pronoun as the subject after the verb, going back to the last name.
# "… hat ihn der Rat zum CDO ernannt": a pronoun as the one appointed to the role.
_PRONOUN_APPOINTED = re.compile(rf"\b(?:ihn|sie)\b[^.;]{{0,60}}?\bzu[mr]\s+{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])")
_PRONOUN_SUBJECT = re.compile(rf"\b(?:{alternation(PRONOUN_SUBJECT_VERBS)})\s+(?:er|sie)\b")
# A sentence whose subject is the head of an office goes on about the person just named.
_HEAD_DESCRIPTION = compile_skippable(rf"\b(?:der|die)\s+{alternation(HEAD_WORDS)}\s+(?:des|der)\b")
_ROLE_BEFORE = re.compile(rf"(?:{MUNICIPAL_ROLE_WORDS})\s+$")
_PERSON = re.compile(NAME)


def is_person(name: str) -> bool:
    """A capitalised pair shaped like a name is no person when it is a place or opens with a
    function word ("In Musterstadt ist der CDO …")."""
    words = [w for w in name.split() if w not in HONORIFICS]
    return (
        len(words) >= 2
        and words[0] not in NOT_NAME_WORDS
        # a date word ends no name ("Anfang Mai"), unless after a given name ("Felix Sommer")
        and (
            words[-1] not in NOT_NAME_WORDS
            or (words[-1] in DATE_NAME_WORDS and has_given_name(" ".join(words)))
        )
        and not places_named(" ".join(words))
        # a town's name as the last word is a place ("Neues Musterstadt"), unless a small one
        # (many surnames are names of villages) or after a given name ("Maria Roth"; many
        # surnames are names of towns too)
        and (
            has_given_name(" ".join(words))
            or not any(p.population >= SURNAME_PLACE_LIMIT for p in places_named(words[-1]))
        )
    )


SURNAME_PLACE_LIMIT = 20_000


# Preference among the holder patterns: a role word before the name binds tightest.
_HOLDER_GROUPS = (
    "a",
    "s",
    "f",
    "c",
    "g",
    "i",
    "j",
    "u",
    "p",
    "k",
    "l",
    "m",
    "n",
    "q",
    "w",
    "x",
    "y",
    "z",
    "t",
    "v",
    "r",
    "d",
    "e",
    "o",
    "h",
    "b",
)


_COPULA = compile_skippable(r"\b(?:ist|wird|bleibt|sei|war)\b")


_NEXT_NAME_WORD = re.compile(rf"\s+(?P<w>{NAME_WORD})(?![\w-])")


def _middle_name_rest(text: str, end: int, name: str) -> str:
    """'Jan Peter Beispiel': a pair whose second word is a given name too, followed by one more
    capitalised word, is given names and surname; returns the rest to add (' Beispiel')."""
    last = name.split()[-1]
    nxt = _NEXT_NAME_WORD.match(text, end)
    if nxt is None or nxt.group("w") in NOT_NAME_WORDS or last not in given_names():
        return ""
    return " " + nxt.group("w")


_PREVIOUS_NAME_WORD = re.compile(rf"(?<![\w-])(?P<w>{NAME_WORD})\s+$")


def _holder_name(name: str) -> str:
    """The name a holder pattern read, without a third word unless the second is a given name
    too ("Anna Maria Muster", but "Jan Beispiel Stellvertreter" is "Jan Beispiel")."""
    words = name.split()
    plain = [w for w in words if w not in HONORIFICS]
    if (
        len(plain) >= 3
        and plain[-3] in given_names()
        and plain[-2] in given_names()
        and plain[-1] not in NOT_NAME_WORDS
    ):
        return name
    return " ".join(words[:-1]) if len(plain) >= 3 and not _PARTICLE_NAME.search(name) else name


_PARTICLE_NAME = re.compile(rf"\s(?:{alternation(SURNAME_PARTICLES)})\s")


def _first_name_before(text: str, start: int, name: str) -> str:
    """'Jan Peter Beispiel ist CDO' read from 'Peter Beispiel': a given name right before the
    name is its first given name; returns the name with it."""
    if name.split()[0] not in given_names():
        return name
    before = _PREVIOUS_NAME_WORD.search(text, max(0, start - 30), start)
    if before is None or before.group("w") in NOT_NAME_WORDS or before.group("w") not in given_names():
        return name
    return f"{before.group('w')} {name}"


_FORMER_NEAR = re.compile(rf"(?<![\w-])(?:{alternation(FORMER_ROLE_STEMS + DEPUTY_ROLE_STEMS)})\w*", re.I)
_PREDECESSOR_BEFORE = re.compile(
    rf"\b(?:{alternation(SUCCESSION_NOUNS)})\s+(?:von|des|der)\s+(?:(?:Frau|Herrn?)\s+)?$"
)
_CAPITALISED_WORD = re.compile(rf"[{UPPER}][{NAME_LOWER}]+")
# A form of address before a name ("Frau Dr. Anna Muster", "Herrn Jan Beispiel").
_ADDRESS_CUE = re.compile(r"\b(?:Herrn?|Frau)\s")
_ADDRESS = re.compile(rf"\b(?:Herrn?|Frau)\s+(?=(?:(?:Dr|Prof)\.\s+)*[{UPPER}][{NAME_LOWER}]+\s+[{UPPER}])")


def _holder_from(sentences: list[Sentence]) -> tuple[str | None, Sentence | None]:
    found: list[tuple[int, int, str, Sentence]] = []  # (pattern rank, order, name, sentence)
    known = given_names()
    for order, s in enumerate(sentences):
        if not any(w in known for w in _CAPITALISED_WORD.findall(s.text)):
            continue  # a holder opens with a given name: a sentence without one names none
        # "Frau Dr. Anna Muster": the form of address read as blanks (offsets kept)
        text = (
            _ADDRESS.sub(lambda a: " " * len(a.group(0)), s.text) if _ADDRESS_CUE.search(s.text) else s.text
        )
        # every match, also one starting inside a rejected one ("Seit Juli übernimmt Anna
        # Muster …" first reads the pair "Seit Juli" as a name)
        pos = 0
        while (m := HOLDER.pattern.search(text, pos)) is not None:
            pos = max(m.end(), m.start() + 1)
            group = next(g for g in _HOLDER_GROUPS if m.group(g))
            name = _holder_name(m.group(group))
            if not is_person(name) or not has_given_name(name):
                pos = m.start() + 1
                continue  # a holder is a given name and a surname, not a company shaped like a name
            if (
                group in ("b", "h", "o", "q", "w")
                and _ROLE_BEFORE.search(text[: m.start(group)])
                and not _COPULA.search(text[m.end(group) : m.end()])
            ):
                continue  # "Oberbürgermeister A, CDO B": A belongs to the role before it
                # (but "Ihr Leiter A ist zugleich CDO": A holds both)
            if (
                _FORMER_NEAR.search(text, max(0, m.start() - 25), m.start(group))
                or _FORMER_NEAR.search(text, m.end(group), m.end())
            ) or _PREDECESSOR_BEFORE.search(text, max(0, m.start(group) - 40), m.start(group)):
                pos = m.start() + 1
                continue  # "der bisherige CDO A", "Nachfolger von A als CDO", "die stellvertretende CDO A"
            if group in ("r", "w") and any(
                is_person(n) and has_given_name(n) for n in _PERSON.findall(text, m.end(group), m.end())
            ):
                continue  # "A begrüßte B und ist …": a second name between, not A's predicate
            name = _first_name_before(text, m.start(group), name) + _middle_name_rest(
                text, m.end(group), name
            )
            found.append((_HOLDER_GROUPS.index(group), order, clean_name(name), s))
    if not found:
        return None, None
    _, _, name, s = min(found, key=lambda f: f[:2])
    return name, s


# The head of the administration named before a name ("Oberbürgermeister Hans Gruber"): the
# pronoun of a CDO sentence after it goes back to someone else ("A stellte mit OB B den Plan
# vor. Sie ist seit Mai CDO.").
_HEAD_OF_ADMINISTRATION_BEFORE = re.compile(rf"(?:(?i:{_TOP})|OB),?\s+$")


def _coreferent_holder(ctx: DocContext, cdo_sentences: list[Sentence]) -> tuple[str | None, Sentence | None]:
    """'… weiß Anna Muster. Sie ist seit Mai CDO.': the pronoun goes back to the last name;
    'einen CDO und eine CUO berufen. … A und B (CUO) …': the untagged name of the pair."""
    index = {s.span.start: i for i, s in enumerate(ctx.sentences)}
    for s in cdo_sentences:
        i = index.get(s.span.start)
        if i is None:
            continue
        if _COREF.match(s.text) or _PRONOUN_SUBJECT.search(s.text) or _PRONOUN_APPOINTED.search(s.text):
            for prev in reversed(ctx.sentences[max(0, i - 2) : i]):
                names = [
                    m.group(0)
                    for m in _PERSON.finditer(prev.text)
                    if is_person(m.group(0))
                    and has_given_name(m.group(0))
                    and not _HEAD_OF_ADMINISTRATION_BEFORE.search(
                        prev.text, max(0, m.start() - 30), m.start()
                    )
                ]
                if names:
                    return clean_name(names[-1]), s
        for nxt in ctx.sentences[i : i + 2]:
            pair = PAIRED_HOLDER.pattern.search(nxt.text)
            if pair and has_given_name(pair.group("a")):
                return clean_name(pair.group("a")), nxt
    return None, None


# A sentence whose subject is a person taking up work: "Anna Muster soll die Verwaltung …",
# "Seit Mai kümmert sich Anna Muster um …" (the verb second, the name its subject).
_PERSON_SUBJECT = re.compile(
    rf"^(?:(?P<n>{NAME})\s+(?:{alternation(SUBJECT_AT_WORK_VERBS)})\b"
    rf"|(?:(?:[^,.:;]|(?<=\d)\.){{0,40}}?(?<=\S)\s)?(?:{alternation(POST_WORK_VERBS)})\s+(?:sich\s+)?(?P<v>{NAME}))"
)
# A sentence that names who fills the post: "Die Wahl fiel auf Anna Muster", "Die Aufgabe
# übernimmt der Leiter des Amtes für IT, Anna Muster".
_SUCCESSOR = re.compile(
    rf"^(?:(?:{alternation(SUCCESSOR_OPENERS)})\s+(?:[^.,:;]{{0,60}}?,\s+)?(?P<c>{NAME})"
    # "Seit dem 1. März ist Anna Muster im Amt", "Anna Muster ist seit Mai im Amt"
    rf"|(?:(?:[^,.:;]|(?<=\d)\.){{0,30}}?\s)?(?:ist|war)\s+(?P<i>{NAME})\s+(?:[a-zäöü]+\s+)?im\s+Amt\b"
    rf"|(?P<j>{NAME})\s+ist\s+(?:(?:[^,.;]|(?<=\d)\.){{0,30}}?\s)?im\s+Amt\b)"
)


def _successor_holder(
    ctx: DocContext, held: list[Sentence], others: list[Sentence]
) -> tuple[str | None, Sentence | None]:
    """'Die Stadt hat seit Mai einen CDO. Anna Muster soll die Verwaltung digitalisieren.': a
    sentence that says the post is held, named by no one, and the next sentence opening with
    a person (given name and surname) at work: that person holds it. After a sentence that
    says the post was created, or names the CDO at work, only a sentence that says who fills
    it ("Die Wahl fiel auf …"), or the clause after its own colon ("Neue CDO im Rathaus: Seit
    Mai kümmert sich Anna Muster …"), names the holder."""
    index = {s.span.start: i for i, s in enumerate(ctx.sentences)}
    held_starts = {s.span.start for s in held}
    for s in sorted([*held, *others], key=lambda s: s.span.start):
        i = index.get(s.span.start)
        if i is None:
            continue
        head, _, tail = s.text.partition(": ")
        if any(is_person(n) and has_given_name(n) for n in _PERSON.findall(head)):
            continue  # the sentence names its own people
        # the next sentence, or the clause after a colon ("Die Stadt hat einen CDO: Anna …")
        nxt = ctx.sentences[i + 1] if i + 1 < len(ctx.sentences) else s
        following = nxt.text if nxt is not s and nxt.block is s.block else ""
        for text, where, at_work in (
            (tail, s, True),
            (following, nxt, s.span.start in held_starts),
        ):
            if not text:
                continue
            m = _SUCCESSOR.match(text) or (_PERSON_SUBJECT.match(text) if at_work else None)
            name = m and next((g for g in m.groups() if g), None)
            if name and is_person(name) and has_given_name(name):
                return clean_name(name), where
    return None, None


# An interview addresses the CDO: "Frau Muster, Sie sind seit Mai CDO der Stadt …".
_ADDRESSED = compile_skippable(
    rf"\b(?:Herr|Frau)\s+(?:Dr\.\s+)?(?P<surname>[{UPPER}][\w-]+),\s+(?:[^.?!]{{0,60}}?\s)?(?:Sie|Ihnen|Ihre?)\b"
    rf"[^.?!]{{0,80}}?(?<![\w-]){_ROLE}(?![\w-])"
)


# The role before a surname alone: "sagte der Digitalisierungsbeauftragte Beispiel" (the full
# name is written elsewhere in the text).
_ROLE_SURNAME = re.compile(
    rf"(?<![\w-]){_ROLE}\s+(?P<surname>[{UPPER}][a-zäöüß]+(?:-[{UPPER}][a-zäöüß]+)?)(?![\w-])(?!\s+[{UPPER}])"
)


def _surname_holder(ctx: DocContext, cdo_sentences: list[Sentence]) -> tuple[str | None, Sentence | None]:
    """The role word before a surname alone ("…, sagte CDO Beispiel") is the person the
    document names in full with that surname ("Jan Beispiel")."""
    for s in cdo_sentences:
        for m in _ROLE_SURNAME.finditer(s.text):
            name = _full_name(ctx, m.group("surname"))
            if name:
                return name, s
    return None, None


def _full_name(ctx: DocContext, last: str) -> str | None:
    full = re.compile(rf"(?<![\w-])(?P<n>[{UPPER}][\w-]+\s+{re.escape(last)})(?![\w-])")
    for found in full.finditer(ctx.content_text):
        name = found.group("n")
        if is_person(name) and has_given_name(name):
            return clean_name(name)
    return None


# A line that is only the role ("Chief Digital Officer", "Die Digitalisierungsbeauftragte der
# Stadt"), as in a contact block of a web page, and a line that is only a name.
_ROLE_LINE = re.compile(
    rf"(?:(?:Der|Die|Unser|Unsere|Ihr|Ihre)\s+)?{_ADJECTIVES}{_ROLE}{_EXPANSION}{_OF_THE_CITY}[.:]?"
)
_NAME_LINE = re.compile(rf"(?P<n>{NAME})[.,]?")


def _unit_head_holder(ctx: DocContext, cdo_sentences: list[Sentence]) -> tuple[str | None, Sentence | None]:
    """'Der CDO leitet die Stabsstelle X. Leiter der Stabsstelle X ist Anna Muster.': the
    head of the unit the CDO heads, named in a sentence about that unit, is the CDO."""
    for unit in _units_headed(cdo_sentences, None):
        head = re.compile(
            rf"\b(?:{alternation(HEAD_WORDS)})\s+(?:des|der)\s+{re.escape(unit)}[^.,;]{{0,40}}?\s+(?:ist|wird)\s+"
            rf"(?:{_SINCE_PHRASE})?(?P<n>{_HOLDER_NAME})"
            rf"|(?P<a>{_HOLDER_NAME}),\s+(?:{alternation(HEAD_WORDS)})\s+(?:des|der)\s+{re.escape(unit)}"
            rf"|\b{re.escape(unit)}[^.;]{{0,40}}?\bgeleitet\s+von\s+(?P<v>{_HOLDER_NAME})"
        )
        for s in ctx.sentences:
            if unit not in s.text:
                continue
            m = head.search(s.text)
            name = m and _holder_name(next(g for g in m.groups() if g))
            if name and is_person(name) and has_given_name(name):
                return clean_name(name), s
    return None, None


def _successor_of_former(ctx: DocContext, former: list[Sentence]) -> tuple[str | None, Sentence | None]:
    """'Die frühere CDO A ist in den Ruhestand gegangen. Ihre Nachfolge tritt B an.': the
    successor named in the sentence after a former holder's holds the post."""
    index = {s.span.start: i for i, s in enumerate(ctx.sentences)}
    for s in former:
        i = index.get(s.span.start)
        if i is None or i + 1 >= len(ctx.sentences):
            continue
        nxt = ctx.sentences[i + 1]
        if nxt.block is s.block and any(n in nxt.text for n in SUCCESSION_NOUNS):
            name, where = _holder_from([nxt])
            if name:
                return name, where
    return None, None


def _contact_holder(ctx: DocContext, cdo_sentences: list[Sentence]) -> tuple[str | None, Sentence | None]:
    """A contact block: a line that is only a name right before or after a line that is only
    the role ("Anna Muster / Chief Digital Officer / Stabsstelle Digitales")."""
    index = {s.span.start: i for i, s in enumerate(ctx.sentences)}
    for s in cdo_sentences:
        i = index.get(s.span.start)
        if i is None or not _ROLE_LINE.fullmatch(s.text.strip()):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(ctx.sentences):
                m = _NAME_LINE.fullmatch(ctx.sentences[j].text.strip())
                if m and is_person(m.group("n")) and has_given_name(m.group("n")):
                    return clean_name(m.group("n")), ctx.sentences[j]
    return None, None


def _addressed_holder(ctx: DocContext, cdo_sentences: list[Sentence]) -> tuple[str | None, Sentence | None]:
    """An interviewee addressed by surname as the CDO ("Herr Beispiel, Sie sind seit Mai CDO
    …") is the person the document names in full with that surname ("Jan Beispiel")."""
    for s in cdo_sentences:
        m = _ADDRESSED.search(s.text)
        if m is None:
            continue
        full = re.compile(rf"(?<![\w-])(?P<n>[{UPPER}][\w-]+\s+{re.escape(m.group('surname'))})(?![\w-])")
        for found in full.finditer(ctx.content_text):
            name = found.group("n")
            if is_person(name) and has_given_name(name):
                return clean_name(name), s
    return None, None


_OTHER_PLACE = re.compile(
    rf"{_ROLE}\s+(?:der\s+(?:Stadt|Nachbarstadt|Gemeinde|Nachbargemeinde)|des\s+(?:Landkreises|Kreises)|von|in)\s+"
    rf"(?P<place>[{UPPER}][\w-]+)"
)
# The CDO of a government above the city ("des Landes", "der Bundesregierung"), maybe named.
_OTHER_LEVEL = re.compile(
    rf"{_ROLE}{_EXPANSION}\s+(?:{alternation(OTHER_LEVEL_BODIES)})(?![\w-])(?:\s+(?P<place>[{UPPER}][\w-]+))?"
)
# The CDO of another organisation: "CDO der Sparkasse", "CDO bei der Musterfeld Versicherung
# AG", or the organisation as the subject that has one: "Die IHK hat einen CDO".
_ORGANISATION = alternation(OTHER_ORGANISATION_NOUNS)
_OTHER_ORGANISATION = re.compile(
    rf"{_ROLE}{_EXPANSION}\s+(?:der|des|bei\s+der|bei\s+den|beim|bei|von\s+der)\s+(?:[{UPPER}][\w-]+\s+){{0,3}}?"
    rf"{_ORGANISATION}(?![\w-])"
    rf"|^(?:Die|Der|Das)\s+(?:[\w-]+\s+)?{_ORGANISATION}\s+(?:[{UPPER}][\w-]+\s+)?(?:hat|haben|holt|beschäftigt|bekommt)\b"
)
# Literal pre-checks (most CDO sentences name no other government or organisation).
_OTHER_LEVEL_CUE = re.compile(r"Landes|Bundes|Freistaat|Staatsregierung")
_ORGANISATION_CUE = re.compile(_ORGANISATION)
_JOB_AD = re.compile(alternation(JOB_AD_MARKERS))
_CONTRAST = re.compile(rf"(?<![\w-])(?:{alternation(CONTRAST_WORDS)})(?![\w-])")


def _classify(s: Sentence, city: str | None) -> str:
    """What a sentence says about this city's CDO: none | other | generic, or the status its
    clauses give the post (held | created | planned | active, see cdo_status)."""
    text = s.text
    if NO_CDO_CUES.search(text) and NO_CDO.search(text):
        contrast = _CONTRAST.search(text)
        if contrast:
            # "Einen CDO hat die Stadt nicht, die Stelle ist aber ausgeschrieben": the clause
            # after the contrast says what there is
            clause_start = max(text.rfind(",", 0, contrast.start()), text.rfind(";", 0, contrast.start())) + 1
            after = cdo_status.clause_status(text[clause_start:], is_person)
            if after in (cdo_status.CREATED, cdo_status.PLANNED):
                return after
        return "none"
    other = _OTHER_PLACE.search(text)
    if other and city and not city.startswith(other.group("place").rstrip("s")):
        return "other"
    level = _OTHER_LEVEL.search(text) if _OTHER_LEVEL_CUE.search(text) else None
    if level and not (level.group("place") and city and city.startswith(level.group("place").rstrip("s"))):
        return "other"  # the CDO of the Land or the federal government
    if _ORGANISATION_CUE.search(text) and _OTHER_ORGANISATION.search(text):
        return "other"  # the CDO of a bank, a university, a chamber, a company
    if _JOB_AD.search(text):
        return cdo_status.CREATED  # a job advertisement: the post exists and is to be filled
    roles = [(m.start(), m.end()) for m in CDO_ROLE.finditer(text)]
    if (
        all("eauftragte" in text[a:b] and _officer_network(text, a, b) for a, b in roles)
        and _holder_from([s])[0] is None
    ):
        return "generic"  # "jeder Fachbereich hat einen Digitalisierungsbeauftragten": a network, no CDO
    status = cdo_status.sentence_status(text, roles, is_person)
    generic = GENERIC_CDO.pattern.search(text)
    if generic and not APPOINTED.search(text):
        # "eine Stelle für einen CDO ausgeschrieben", "verfügt über einen CDO": an indefinite
        # CDO with a verb that says what becomes of the post is this city's post
        indefinite = generic.group(0).split()[0] in INDEFINITE_PREPOSITIONS
        definite_verb = status in (cdo_status.HELD, cdo_status.CREATED, cdo_status.PLANNED)
        return status if indefinite and definite_verb else "generic"
    return status


def _bound_elsewhere(text: str, m: re.Match, holder: str | None) -> bool:
    """Is a cue said of another person: 'IT-Leiter Jan Beispiel', 'Jan Beispiel, Leiter der …',
    'Jan Beispiel als IT-Leiter' (with Jan Beispiel not the CDO)?"""
    holder_last = surname(holder) if holder else None
    # the rest of the cue's word first: "Leiter des IT|-Amtes, Jan Beispiel"
    after = re.match(rf"[\w-]*[\s,]{{0,3}}(?P<n>{NAME})", text[m.end() :])
    # a person is a given name and a surname ("im Fachbereich Zentrale Dienste" names no one)
    if (
        after
        and is_person(after.group("n"))
        and has_given_name(after.group("n"))
        and not (holder_last and holder_last in after.group("n"))
    ):
        return True
    before = re.search(
        rf"(?P<n>{NAME})(?:,\s+(?:\w+\s+){{0,3}}|\s+als\s+(?:\w+\s+){{0,2}})$", text[: m.start()]
    )
    return bool(
        before
        and is_person(before.group("n"))
        and has_given_name(before.group("n"))
        and not (holder_last and holder_last in before.group("n"))
    )


# A role word governed by a preposition names someone the CDO deals with ("mit dem CIO",
# "vom IT-Leiter"), not the CDO.
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:(?:mit|von|bei|neben|für|gegenüber)\s+(?:dem|der|den|einem|einer)|vom|beim|zum)\s+(?:[a-zäöü]+e[nmrs]?\s+)?$"
)


def _about_holder(s: Sentence, holder: str | None) -> bool:
    return bool((holder and surname(holder) in s.text) or _COREF.match(s.text))


def _cdo_context(ctx: DocContext, cdo_sentences: list[Sentence], holder: str | None) -> list[Sentence]:
    """The CDO sentences, the sentences naming the holder, and a next sentence that goes on
    about them ('Er ist zudem …', 'Der Leiter des … koordiniert …')."""
    chosen = {s.span.start: s for s in cdo_sentences}
    index = {s.span.start: i for i, s in enumerate(ctx.sentences)}
    # The sentence before a CDO sentence often says where the post sits ("Die Stadt hat eine
    # Stabsstelle beim Oberbürgermeister geschaffen. Geleitet wird sie vom CDO …").
    for s in cdo_sentences:
        i = index.get(s.span.start)
        if i is None:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(ctx.sentences):
                chosen.setdefault(ctx.sentences[j].span.start, ctx.sentences[j])
        # "Angesiedelt ist die Stelle im Dezernat …" a little later in the same paragraph
        for nxt in ctx.sentences[i + 2 : i + 4]:
            if nxt.block is s.block and _THE_POST.search(nxt.text):
                chosen.setdefault(nxt.span.start, nxt)
    if holder:
        last = surname(holder)
        for s in ctx.sentences:
            if last in s.text:
                chosen.setdefault(s.span.start, s)
    # The unit the CDO heads: the sentences that name it say where it sits.
    for unit in _units_headed(list(chosen.values()), holder):
        for s in ctx.sentences:
            if unit in s.text:
                chosen.setdefault(s.span.start, s)
    for s in list(chosen.values()):
        i = index.get(s.span.start)
        if i is not None and i + 1 < len(ctx.sentences):
            nxt = ctx.sentences[i + 1]
            if _COREF.match(nxt.text) or (
                _HEAD_DESCRIPTION.search(nxt.text[:80])
                and not any(is_person(n) for n in _PERSON.findall(nxt.text))
            ):
                chosen.setdefault(nxt.span.start, nxt)
    return sorted(chosen.values(), key=lambda s: s.span.start)


_THE_POST = re.compile(
    r"\b(?:[Dd]ie\s+(?:neue\s+)?(?:Stelle|Position|Funktion)|[Dd]er\s+(?:neue\s+)?Posten)\b(?!\s+(?:von|des|der)\b)"
)
_LEADS = re.compile(rf"\b(?:{alternation(LEAD_VERBS)}|geleitet|Leitung|{alternation(HEAD_WORDS)})\b")


def _units_headed(sentences: list[Sentence], holder: str | None) -> list[str]:
    """Units named in a sentence that says the CDO leads them ("Anna Muster leitet die
    Stabsstelle Digitales", "die Stabsstelle, geleitet vom CDO", "Leiterin des Amtes für …"),
    as the first two words of their name (how later sentences name them again)."""
    units = []
    for s in sentences:
        if not _LEADS.search(s.text) or not (CDO_ROLE.search(s.text) or _about_holder(s, holder)):
            continue
        for m in _unit_matches(s.text):
            name = " ".join(_canonical_unit(m.group(0)).split()[:2])
            if len(name) >= 6 and name not in units:
                units.append(name)
    return units


# Literal pre-checks of the case-insensitive placement rules, on the lower-cased sentence.
_PLACEMENT_STEMS = {
    MAYOR.name: ("bürgermeister", "landrat", "landrät", "verwaltungs", "stadtspitze", "ob"),
    DEPARTMENT.name: (
        "angesiedelt",
        "zugeordnet",
        "verortet",
        "eingegliedert",
        "unterstellt",
        "angebunden",
        "dezernat",
        "berichte",
        "untersteh",
    ),
    STAFF_UNIT.name: ("stabsstelle", "stabstelle"),
}


# The CDO named as a partner of the sentence's subject: "arbeitet eng mit dem CDO zusammen".
_WITH_THE_CDO = re.compile(
    rf"\b(?:mit|neben|gegenüber)\s+(?:dem|der|unserem|unserer)\s+(?:[a-zäöü]+e[nmr]?\s+)?{_ROLE}(?![\w-])"
)


def _only_cooperating(text: str) -> bool:
    """Does the sentence name the CDO only as someone its subject works with?"""
    partners = {m.start() for m in _WITH_THE_CDO.finditer(text)}
    roles = list(CDO_ROLE.finditer(text))
    return (
        bool(roles) and bool(partners) and all(any(p <= r.start() <= p + 40 for p in partners) for r in roles)
    )


def _placement(sentences: list[Sentence], holder: str | None) -> tuple[str, list[Sentence]]:
    for key, r in PLACEMENT_RULES:
        hits = []
        stems = _PLACEMENT_STEMS.get(r.name)
        for s in sentences:
            if stems and not any(w in s.lower for w in stems):
                continue
            for m in r.finditer(s.text):
                # a cue that names the CDO itself ("Der CIO ist zugleich CDO") is bound to the CDO
                bound_phrase = m.group(0).startswith(HEAD_WORDS) or _names_cdo(m.group(0))
                if r.name in PERSON_BOUND and not bound_phrase and not _about_holder(s, holder):
                    continue
                if r.name in ROLE_BOUND and not (_names_cdo(s.text) or _about_holder(s, holder)):
                    continue
                if _bound_elsewhere(s.text, m, holder):
                    continue
                if r is STAFF_UNIT and _only_cooperating(s.text):
                    continue  # "Die Stabsstelle X arbeitet eng mit dem CDO zusammen": another's unit
                if (
                    r.name in PERSON_BOUND
                    and not bound_phrase
                    and _PREPOSITION_BEFORE.search(s.text, 0, m.start())
                ):
                    continue  # "arbeitet mit dem CIO zusammen": the role of someone else
                hits.append(s)
                break
        if hits:
            return key, hits
    return "unspecified", []


# Every CDO role word holds one of these (checked by a test); most sentences hold none.
CDO_ROLE_STEMS = ("CDO", "Chief Digital", "Chief-Digital", "eauftragte")


def _names_role(text: str) -> bool:
    return any(w in text for w in CDO_ROLE_STEMS)


# The kinds of sentence that say something about this city's post (see cdo_status).
_ABOUT_THE_POST = (
    cdo_status.HELD,
    cdo_status.CREATED,
    cdo_status.PLANNED,
    cdo_status.ACTIVE,
    cdo_status.PLACED,
)
# The sentences that decide each status, for the evidence.
_DECIDING_KINDS = {
    "in_office": (cdo_status.HELD, cdo_status.ACTIVE),
    "post_created": (cdo_status.CREATED, cdo_status.PLACED),
    "planned": (cdo_status.PLANNED,),
    "none": ("none",),
}


def extract_governance(ctx: DocContext, people: list[dict]) -> dict:
    role_sentences = [s for s in ctx.sentences if _names_role(s.text) and CDO_ROLE.search(s.text)]
    kinds = {s.span.start: _classify(s, ctx.city) for s in role_sentences}
    about_post = [s for s in role_sentences if kinds[s.span.start] in _ABOUT_THE_POST]
    holder, holder_sentence = _holder_from(about_post)
    if holder is None:
        holder, holder_sentence = _coreferent_holder(ctx, about_post)
    if holder is None:
        held = [s for s in about_post if kinds[s.span.start] == cdo_status.HELD]
        others = [s for s in about_post if kinds[s.span.start] in (cdo_status.CREATED, cdo_status.ACTIVE)]
        holder, holder_sentence = _successor_holder(ctx, held, others)
    if holder is None:
        holder, holder_sentence = _addressed_holder(ctx, about_post)
    if holder is None:
        holder, holder_sentence = _surname_holder(ctx, about_post)
    if holder is None:
        holder, holder_sentence = _contact_holder(ctx, about_post)
    if holder is None:
        holder, holder_sentence = _unit_head_holder(ctx, about_post)
    if holder is None:
        former = [s for s in role_sentences if kinds[s.span.start] == "former"]
        holder, holder_sentence = _successor_of_former(ctx, former)
    status = cdo_status.document_status(kinds.values(), holder is not None)
    placement: str | None = None
    placement_hits: list[Sentence] = []
    reporting_line: dict | None = None
    if status in ("in_office", "post_created", "planned"):
        context = _cdo_context(ctx, about_post, holder)
        if status == "in_office":
            ctx.cdo_context = {s.span.start for s in context}
        placement, placement_hits = _placement(context, holder)
        reporting_line = _reporting_line(ctx, context)
    deciding = [s for s in role_sentences if status and kinds[s.span.start] in _DECIDING_KINDS[status]]
    evidence_sentences = placement_hits + deciding[:2]
    if holder_sentence is not None:
        evidence_sentences = [*evidence_sentences, holder_sentence]
    if not evidence_sentences:
        evidence_sentences = role_sentences[:2]
    return {
        "cdo": None if status is None else status == "in_office",
        "cdo_status": status,
        "cdo_placement": placement,
        "cdo_holder": holder,
        "reporting_line": reporting_line,
        "units": extract_units(ctx),
        "evidence": [ctx.evidence(s.span) for s in _unique(evidence_sentences)],
        "bundling": _bundling(ctx),
        "broadband": _broadband(ctx),
        "decisions": [
            {"name": _short(s.text), "evidence": ctx.evidence(s.span)}
            for s in ctx.sentences
            if _mentions(s, DECISION_WORDS) and DECISION.search(s.text)
        ],
    }


# To whom the CDO or the post reports, as the source writes it.
_HEAD = alternation(REPORTING_HEADS)
_LINE = alternation(REPORTING_LINES)
_REPORTING_VERB = alternation(REPORTING_VERBS)
_OF_WHOM = rf"(?:\s+(?:des|der)\s+(?:[{UPPER}a-zäöü][\w-]*\s+){{0,3}}?[{UPPER}][\w-]*(?:\s+{NAME})?)?"
REPORTING_LINE = rule(
    "reporting_line",
    "to whom the CDO or the post reports (a head of the administration or a department line)",
    # "direkt dem Oberbürgermeister unterstellt", "beim Landrat angesiedelt"
    rf"(?:(?:direkt|unmittelbar)\s+)?(?:dem|der|beim|bei\s+der|bei\s+dem)\s+(?:[a-zäöü]+\s+)?{_HEAD}\w*{_OF_WHOM}"
    rf"\s+(?:(?:direkt|unmittelbar)\s+)?{_REPORTING_VERB}"
    # "berichtet direkt an den Stadtdirektor", "untersteht der Beigeordneten"
    rf"|\b(?:berichtet|berichten|berichte|untersteht|unterstehen|unterstehe)\s+(?:(?:direkt|unmittelbar)\s+)?(?:an\s+)?(?:den|die|dem|der)\s+"
    rf"(?:[a-zäöü]+\s+)?{_HEAD}\w*{_OF_WHOM}"
    # "im Geschäftsbereich des Stadtdirektors Jan Beispiel", "in den Bereich von Landrätin Muster"
    rf"|\b(?:im|in\s+dem|in\s+den)\s+{_LINE}\s+(?:des|der|von)\s+(?:[a-zäöü]+\s+)?{_HEAD}\w*"
    rf"(?:\s+{NAME}|\s+[{UPPER}][\w-]+)?"
    # "im Dezernat für Finanzen und IT", "im Fachbereich Zentrale Dienste", "im Ordnungsdezernat"
    rf"|\b(?:im|in\s+dem|in\s+das)\s+(?:Dezernat|Fachbereich|[\w-]+dezernat)\b"
    rf"(?:\s+für\s+[{UPPER}][\w-]*(?:(?:,\s*|\s+und\s+)[{UPPER}][\w-]*)*|\s+(?:[IVX]{{1,4}}|\d{{1,2}})\b"
    rf"|(?:\s+[{UPPER}][\w-]*){{1,3}})?"
    # "als Stabsstelle des Oberbürgermeisters"
    rf"|\bStabs?stelle\s+(?:des|der)\s+{_HEAD}\w*",
    matches=(
        "Der CDO ist direkt dem Oberbürgermeister unterstellt.",
        "Die Stelle wird beim Verwaltungsvorstand angesiedelt.",
        "Sie berichtet direkt an den Stadtdirektor.",
        "Der CDO arbeitet im Geschäftsbereich des Stadtdirektors Jan Beispiel.",
        "Verortet ist die Stelle im Dezernat für Bürgerdienste und Ordnung.",
        "Die neue CDO arbeitet im Ordnungsdezernat.",
        "Er leitet die Stabsstelle des Oberbürgermeisters.",
        "Das Amt wechselt in den Geschäftsbereich von Stadtdirektor Beispiel.",
    ),
    not_matches=(
        "Der CDO arbeitet eng mit dem Oberbürgermeister zusammen.",
        "Der Oberbürgermeister begrüßte den neuen CDO.",
        "Die Stabsstelle Digitales koordiniert die Projekte.",
        "Der CDO arbeitet im Bereich der Stadtentwicklung.",
    ),
)


def _reporting_line(ctx: DocContext, sentences: list[Sentence]) -> dict | None:
    """The first statement of the CDO's reporting line in the sentences about the CDO, as the
    source's own fragment with its evidence; None when the text does not say."""
    for s in sentences:
        m = REPORTING_LINE.pattern.search(s.text)
        if m and not _bound_elsewhere(s.text, m, None):
            fragment = s.span.sub(m.start(), m.end())
            return {"text": " ".join(fragment.text.split()), "evidence": ctx.evidence(fragment)}
    return None


def _unique(items: list[Sentence]) -> list[Sentence]:
    seen, out = set(), []
    for s in items:
        if s.span.start not in seen:
            seen.add(s.span.start)
            out.append(s)
    return out


def _short(text: str, limit: int = 140) -> str:
    return cut_at_word(" ".join(text.split()), limit)


def _bundling(ctx: DocContext) -> dict | None:
    """Are smart city and e-government handled together? True/False with the sentence."""
    for s in ctx.sentences:
        if _mentions(s, ("smart",)) and SMART_CITY.search(s.text) and EGOV.search(s.text):
            if BUNDLING.search(s.text):
                return {"value": True, "evidence": ctx.evidence(s.span)}
            if SEPARATE.search(s.text):
                return {"value": False, "evidence": ctx.evidence(s.span)}
    return None


def _broadband(ctx: DocContext) -> dict | None:
    """Which unit is responsible for broadband roll-out, where the text says so."""
    for s in ctx.sentences:
        if not _mentions(s, ("breitband",)):
            continue
        for pattern in UNIT_PATTERNS:
            m = pattern.search(s.text)
            if m:
                return {"name": _canonical_unit(m.group(0)), "evidence": ctx.evidence(s.span)}
    return None


def _mentions(s: Sentence, words: tuple[str, ...]) -> bool:
    """Cheap literal test before a costly pattern (most sentences have none of the words)."""
    low = s.lower
    return any(w in low for w in words)
