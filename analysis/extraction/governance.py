"""Governance: is there a Chief Digital Officer, where does the role sit, which units carry
digitalisation, and the organisational facts around them (bundling, broadband, decisions).
"""

from __future__ import annotations

import re
from typing import Any

from analysis.extraction import cdo_status
from analysis.extraction.context import DocContext, Sentence
from analysis.extraction.gazetteer import places_named
from analysis.extraction.lexicon.roles import (
    ADMINISTRATION_HEAD_FORMS,
    APPOINTED_WORDS,
    ATTACH_VERBS,
    CDO_ROLE_WORDS,
    COREFERENCE_OPENERS,
    DEPARTMENT_LINES,
    DEPARTMENT_ROLES,
    EXTERNAL_BODY_OWNERS,
    FIELD_OFFICER_PREFIXES,
    GENERIC_SUBJECTS,
    HEAD_WORDS,
    IT_HEAD_TITLES,
    IT_WORDS,
    LEAD_VERBS,
    NOT_UNIT_ADJECTIVES,
    OFFICER_NETWORK_NOUNS,
    REPORTING_HEADS,
    REPORTING_LINES,
    REPORTING_VERBS,
    ROLE_ADVERBS,
    ROLE_POST_COMPOUNDS,
    SUBJECT_AT_WORK_VERBS,
    UNIT_HEADS_FOR,
)
from analysis.extraction.names import (
    HONORIFICS,
    MUNICIPAL_ROLE_WORDS,
    NAME,
    NAME_OPENING,
    NOT_NAME_WORDS,
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
    rf"{_ROLE}\b[^.]{{0,40}}\b(nicht vorhanden|fehlt)",
    matches=(
        "Die Stadt Musterstadt hat keinen Chief Digital Officer.",
        "Einen CDO gibt es in Musterstadt bislang nicht.",
        "Musterfeld hat noch keinen Digitalisierungsbeauftragten.",
    ),
    not_matches=("Der CDO ist seit 2019 im Amt.",),
    flags=re.I,
)
# Every alternative of NO_CDO holds one of these words (read with the rule's own flags): a
# sentence without any skips the rule, which tries its role words at every position.
NO_CDO_CUES = re.compile(
    r"kein|nicht über ein|ohne|gibt es|existiert|hat die stadt|nicht vorhanden|fehlt", re.I
)
# Prepositions before an indefinite CDO ("über einen CDO nachdenken"): CDOs in general.
INDEFINITE_PREPOSITIONS = ("durch", "über", "für", "mit", "ohne")
GENERIC_CDO = rule(
    "generic_cdo",
    "CDOs in general: other municipalities, a definition, an indefinite post without an appointment",
    rf"(?:{alternation(GENERIC_SUBJECTS)})\b|\bAbkürzung für\b"
    rf"|\b{alternation(INDEFINITE_PREPOSITIONS)}\s+(?:einen|einem|eine)\s+(?:sogenannten\s+|neuen\s+)?{_ROLE}(?![\w-])",
    matches=(
        "Viele Kommunen begegnen dem mit einem CDO.",
        "CDO ist die Abkürzung für Chief Digital Officer.",
        "Sie denken über einen CDO nach.",
    ),
    not_matches=("Der CDO der Stadt leitet die Stabsstelle.",),
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
    # the verb: "leitet zugleich das Amt für IT", "…, die zugleich das Amt für IT leitet"
    rf"|\b{alternation(LEAD_VERBS)}\s+(?:(?:{alternation(ROLE_ADVERBS)})\s+)?(?:das|die|den)\s+(?:[\w.-]+\s+){{0,8}}?"
    rf"(?:{alternation(IT_WORDS)})(?![\wäöü])"
    rf"|\b(?:das|die|den)\s+(?:[\w.-]+\s+){{0,8}}?(?:{alternation(IT_WORDS)})(?![\wäöü])\S*(?:\s+[\w-]+){{0,3}}?\s+{alternation(LEAD_VERBS)}\b",
    matches=(
        "Er ist zudem Leiter des IT-Referats.",
        "Anna Muster leitet zugleich die Abteilung Informationstechnik.",
        "Jan Beispiel, der zugleich das Amt für Informationstechnik leitet, ist CDO.",
        "CDO ist Anna Muster, die zugleich das Amt für IT und Digitales leitet.",
        "Der Leiter des Amtes für Informationstechnik ist zugleich CDO.",
        "an der Spitze des neuen Amtes mit dem Namen Digitales und IT",
        "Chef der städtischen IT",
        "unserem IT-Referenten Max Beispiel",
        "Der CIO der Stadt ist zugleich CDO.",
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
    rf"|\b(?:beim|bei der|dem|der)\s+{_TOP}\s+{_DIRECTLY}(?:angesiedelt|zugeordnet|verortet|verankert)\b"
    # "im Büro der Bürgermeisterin", "zum Geschäftsbereich des Oberbürgermeisters"
    rf"|\b(?:im|in den|in dem|zum)\s+(?:Geschäftsbereich|Bereich|Büro|Referat)\s+(?:des|der)\s+{_TOP}\b"
    # the reporting verb: "berichtet direkt an den Oberbürgermeister", "untersteht der Landrätin"
    rf"|\b(?:berichtet|berichten|untersteht|unterstehen)\s+{_DIRECTLY}(?:an\s+)?(?:den|die|dem|der)\s+{_TOP}\b"
    # the abbreviation, upper case only ("ob" is also "whether"): "direkt dem OB unterstellt"
    r"|\b(direkt|unmittelbar)\s+(beim|dem)\s+(?-i:OB)\b|"
    r"\b(beim|dem)\s+(?-i:OB)\s+((direkt|unmittelbar)\s+)?(angesiedelt|zugeordnet|unterstellt|verortet|verankert)|"
    r"Stabs?stelle\s+(des|beim)\s+(?-i:OB)\b",
    matches=(
        "Das Team gehört zum Bereich der Oberbürgermeisterin.",
        "Die Stabsstelle sitzt im Büro der Bürgermeisterin.",
        "Der CDO ist dem OB direkt unterstellt.",
        "Die Digitalisierung ist als Stabsstelle beim OB angesiedelt.",
        "Der CDO ist als Stabsstelle beim Oberbürgermeister angesiedelt.",
        "Die Position ist direkt in der Stabstelle des Oberbürgermeisters verankert.",
        "Der CDO ist direkt der Oberbürgermeisterin zugeordnet.",
        "Der CDO leitet die Stabsstelle Digitalisierung beim Oberbürgermeister.",
        "Die Stabsstelle Digitales beim Landrat wird vom CDO geleitet.",
        "Der CDO berichtet direkt an den Oberbürgermeister.",
        "Die Stelle ist dem Landrat direkt unterstellt.",
        "Die CDO ist unmittelbar bei der Verwaltungschefin angesiedelt.",
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
    r"Verwaltungsvorstand|Fachdienst)\w*\b[^.]{0,120}(angesiedelt|zugeordnet|verortet|eingegliedert|unterstellt)|"
    r"(angesiedelt|zugeordnet|verortet|eingegliedert|unterstellt)[^.]{0,40}\b(Dezernat|Fachbereich|Geschäftsbereich)|"
    # a post "im Ordnungsdezernat": inside a department line, also as a staff unit there
    r"\bim\s+[\w-]+dezernat\b|"
    # the reporting verb with the head of a line: "berichtet an den Ersten Beigeordneten"
    r"\b(?:berichtet|berichten|untersteht|unterstehen)\s+(?:(?:direkt|unmittelbar)\s+)?(?:an\s+)?(?:den|die|dem|der)\s+"
    r"(?:[\w-]+\s+)?(?:Dezernent|Beigeordnet|Stadtdirektor|Kreisdirektor|Kämmerer|Fachbereichsleit)\w*",
    matches=(
        "Angesiedelt ist der CDO im Dezernat für Finanzen.",
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
    rf"|(?<![\w-]){alternation(HEAD_WORDS)}\s+(?:des|der)\s+(?:[\w-]+\s+)?{_LINES}",
    matches=(
        "Max Beispiel, Dezernent für Personal und Digitalisierung",
        "Anna Muster ist CDO und leitet zugleich den Fachbereich Organisation.",
        "Jan Beispiel, Leiter des Dezernats II, ist auch CDO.",
    ),
    not_matches=("Der Dezernat-Newsletter", "Sie leitet die Stabsstelle Digitales."),
)
DEPARTMENT_LOCATION = rule(
    "placement_department_location",
    "the CDO works in a department line (counts only in a sentence naming the CDO or the holder)",
    rf"\b(?:im|ins|zum|in\s+den|in\s+das|in\s+dem)\s+(?:[\w-]+\s+)?(?:{_LINES}|Amt\s+für)(?![\w-])",
    matches=(
        "Die Digitalisierungsbeauftragte ist im Dezernat für Ordnung und Digitales tätig.",
        "Der CDO arbeitet im Fachbereich Zentrale Dienste.",
        "Der CDO gehört zum Dezernat für Bildung und Digitalisierung.",
    ),
    not_matches=("Der CDO arbeitet mit allen Dezernaten zusammen.", "Anna Muster ist seit 2019 im Amt."),
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
    "Lenkungsausschuss|Koordinierungsgremium|Digitalrat|Digitalisierungsrat"
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
        rf"\b(?:{_CAP}\s+){{0,3}}Innovation[ -]?(?:Center|Centre|Hub|Lab)\b|\bInnovations(?:center|zentrum|labor)\b"
    ),
    re.compile(
        r"\b(?:Projektbüro|Digitalisierungsbüro|Smart[ -]City[ -]Büro|Programmbüro)(?:\s+[\"„»][^\"“”«]{2,60}[\"“”«])?"
    ),
    re.compile(rf"\bStabs?stellen?(?:\s+{_NOT_UNIT_NAME}{_CAP}(?:\s+{_NOT_UNIT_NAME}{_CAP})?)?"),
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
    # bodies, also compounds: "Facharbeitskreis", "U-30-Beirat", "Smart-City-Board" (the
    # compound's first part is added by _widen_compound)
    re.compile(
        rf"(?:{_UNIT_BODIES})\b(?:\s+{_NOT_UNIT_NAME}(?:Smart\s+City|{_CAP}))?|(?<=-)(?:Board|Forum)\b"
    ),
    re.compile(rf"\b(?:AG|Arbeitsgruppe|Projektgruppe)\s+{_NOT_UNIT_NAME}{_CAP}"),
    re.compile(
        r"\b(?:Team|Referat|Referats)\s+[\"„»][^\"“”«]{2,60}[\"“”«]|\bReferat(?:s|es)?\s+des\s+(?:Ober)?[Bb]ürgermeisters\b|\bIT-Referat(?:s|es)?\b"
    ),
    re.compile(
        r"\bIT-Abteilung\b|\bHauptamt(?:es|s)?\b|\b(?:kommunalen?|städtischen?|interne[nr]?)\s+IT-Dienstleister[sn]?\b"
        r"(?:\s+(?!seit\b|ist\b|der\b|die\b|das\b|und\b|mit\b|hat\b|wird\b|für\b|in\b)[a-zäöü][\w.-]+)?"
    ),
    re.compile(rf"\bFachbereich(?:s|es)?\s+{_NOT_UNIT_NAME}{_CAP}(?:\s+(?:und|&)\s+{_CAP})*"),
    # "Geschäftsstelle Digitale Agenda", "Abteilung IT und Organisation", "Geschäftsbereich IT",
    # "Dezernat II", "Referat Digitale Stadt" (unquoted)
    re.compile(
        rf"\b(?:Geschäftsstelle|Abteilung|Geschäftsbereich|Referat)(?:s|es)?\s+{_NOT_UNIT_NAME}{_CAP}"
        rf"(?:\s+(?:und|&)\s+{_CAP}|\s+{_NOT_UNIT_NAME}{_CAP})?"
        r"|\bDezernat(?:s|es)?\s+(?:I{1,3}|IV|V|VI{1,3}|IX|X|\d{1,2})\b"
    ),
    # English names of offices and boards: "Digital Services Office", "Open Data Board"
    re.compile(rf"\b(?:{_NOT_UNIT_NAME}{_NO_ARTICLE}{_CAP}[ -]){{1,3}}(?:Office|Board)\b"),
    # a team by its name, "Team Musterstadt Digital"; a staff unit by a web-style name,
    # "Stabsstelle musterstadt.digital"
    re.compile(
        rf"\bTeam\s+{_NOT_UNIT_NAME}{_CAP}(?:\s+{_NOT_UNIT_NAME}{_CAP})?|\bStabs?stelle\s+[a-zäöü][\w-]*\.[a-z]{{2,}}\b"
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
    ("Innovation",),
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
        "Koordinierungsgremium",
        "Digitalrat",
        "Digitalisierungsrat",
        "-Board",
        "-Forum",
    ),
    ("AG ", "Arbeitsgruppe", "Projektgruppe"),
    ("Team", "Referat"),
    ("IT-", "Hauptamt"),
    ("Fachbereich",),
    ("Geschäftsstelle", "Abteilung", "Geschäftsbereich", "Referat", "Dezernat"),
    ("Office", "Board"),
    ("Team", "Stabs", "Stabst", "team"),
    ("Bereich",),
    ("Eigenbetrieb", "agentur", "büro"),
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
    (re.compile(r"\s*\([^)]*\)$"), ""),
    (re.compile(r"^([\w-]*[Bb]eauftragte)[nr]$"), r"\1"),
    (re.compile(r"^(Fachdienst)es\b"), r"\1"),
    (re.compile(r"^(Bereich|Eigenbetrieb)(?:es|s)\b"), r"\1"),
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
    """'…-30-Beirat' -> the start of 'U-30-Beirat'; 'Fach|arbeitskreis' -> 'Facharbeitskreis'."""
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    return start


_OFFICERS = 6  # index in UNIT_PATTERNS of the officers ("Digitalisierungsbeauftragte", "Digitallotsen")
# Officers spread over the administration: "jeder Fachbereich hat einen …", "die … der Ämter".
_DISTRIBUTED = re.compile(
    r"\b(?:[Jj]ede[rmns]?|[Aa]lle[nr]?|[Ss]ämtliche[nr]?|pro|je)\b|\w+(?:beauftragten|lotsen)\s+(?:der|aller|in|aus)\b"
)


_ARTICLE_BEFORE = re.compile(r"\b(?:der|die|eine|einen|ihre|seine|unsere|als)\s+(?:\w+\s+)?$", re.I)


def _officer_network(text: str, start: int, end: int) -> bool:
    """Officers as a network: spread over the offices ("jeder Fachbereich hat einen …"), a
    plural without article ("ernannten … Digitalisierungsverantwortliche"), or always plural
    ("Digitallotsen")."""
    word = text[start:end]
    if _DISTRIBUTED.search(text[max(0, start - 80) : end + 40]) or word.casefold().endswith(
        OFFICER_NETWORK_NOUNS
    ):
        return True
    return word.endswith("e") and not _ARTICLE_BEFORE.search(text[max(0, start - 40) : start])


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
# The role's spelled-out form or gloss in brackets: "CDO (Chief Digital Officer = …) der Stadt, Anna Muster"
_EXPANSION = r"(?:\s*\([^()]{1,80}\))?"
_GENITIVE = rf"(?:[{UPPER}][\w-]+s\s+)?"  # "Musterfelds neue CDO"
# Adjectives before the role ("der erste hauptamtliche CDO"): closed endings, not any word.
_ADJECTIVES = r"(?:(?:neue[rn]?|erste[rn]?|[a-zäöü]{3,}(?:ische|liche|ige|ierte|elle)[rn]?)\s+){0,2}"
_OF_THE_CITY = rf"(?:\s+(?:der|des)\s+(?:Stadt|Gemeinde|Kreises|Landkreises)(?:\s+[{UPPER}][\w-]+)?)?"
# A name is no name right after an article ("der Rat Anna …" holds the pair "Rat Anna").
_NO_ARTICLE_BEFORE = r"(?<!der )(?<!die )(?<!das )(?<!den )(?<!dem )"
# Verbs by which the city gains its CDO ("Mit Anna Muster hat Musterfeld einen CDO gewonnen").
_GAIN_VERBS = "hat|haben|hatte|bekommt|bekam|erhält|erhielt|gewinnt|gewann"
# Verbs of taking up a post, and the post nouns they take ("tritt die Stelle des CDO an").
_TAKE_UP_VERBS = "übernimmt|übernahm|übernehmen|tritt|trat|nimmt|nahm|hat|hatte|bekleidet|besetzt"
_POSTS = "Funktion|Rolle|Aufgabe|Aufgaben|Position|Stelle|Posten|Arbeit|Tätigkeit|Dienst"
# Up to six words between a verb and "als": lower-case words, numbers, a capitalised word
# before a lower-case one ("im Mai seine Arbeit"), never two capitalised words (a name).
_SHORT_WORDS = r"(?:\s+(?:[a-zäöüß]+|\d[\d.]*|[A-ZÄÖÜ][a-zäöüß]+(?=\s+[a-zäöüß\d]))){0,6}"
# A name that opens with no word that opens no name ("ab Juli Anna Muster" is no "Juli Anna"):
# the pattern goes on to the real name.
# (The capital letter first: most positions fail there, before the word list is tried.)
# (The lookahead first: a name is two capitalised words, so the word list is tried only where
# one follows another; the lookahead is the opening of NAME, so it turns no name away.)
_HOLDER_NAME = rf"(?={NAME_OPENING})(?!(?:{alternation(NOT_NAME_WORDS)})\b){NAME}"
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
    rf"(?<![\w-]){_ROLE}{_Q}(?:\s+und\s+[\w-]+)?\s+(?P<a>{_HOLDER_NAME})"
    # the role in brackets after the name: "Anna Muster (CDO der Stadt)"
    rf"|(?P<s>{_HOLDER_NAME})\s*\(\s*{_DET}{_ADJECTIVES}{_ROLE}(?![\w-])"
    # a noun of appointing: "mit der Ernennung von Anna Muster zur CDO"
    rf"|\b(?:Ernennung|Berufung|Bestellung|Einstellung|Wahl)\s+von\s+(?P<u>{_HOLDER_NAME})\s+(?:zu[mr]|als)\s+{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])"
    rf"|(?P<b>{_HOLDER_NAME})(?:\s*\([^)]{{1,12}}\))?,?\s+"
    rf"(?:(?:ist|wird|bleibt|sei|war|heißt)\s+{_ADVERBS}(?:seit\s+[^,.]{{1,30}}?\s+)?{_ADVERBS}(?:als\s+)?{_DET}{_GENITIVE}{_ADJECTIVES}"
    # no verb: an apposition, also of two roles ("Jan Beispiel, CIO und CDO der Stadt")
    rf"|(?:seit\s+[^,.]{{1,30}}?\s+)?(?:als\s+)?{_DET}{_GENITIVE}(?:neue[rn]?\s+)?(?:[\w-]+\s+und\s+)?){_Q}{_ROLE}(?![\w-])"
    # inverted copula: "CDO der Stadt ist seit 2020 Anna Muster"
    rf"|(?<![\w-]){_ROLE}{_Q}(?:\s+(?:der|des)\s+(?:Stadt|Gemeinde|Kreises|Landkreises)(?:\s+[{UPPER}][\w-]+)?)?"
    rf"\s+(?:ist|bleibt|wird|heißt)\s+(?:seit\s+[^,.]{{1,30}}?\s+)?{_ADVERBS}(?P<g>{_HOLDER_NAME})"
    # relative clause: "Anna Muster, die seit 2019 als CDO der Stadt tätig ist"
    rf"|(?P<h>{_HOLDER_NAME}),\s+(?:die|der)\s+[^,.;]{{0,60}}?\bals\s+(?:[a-zäöü]+\s+)?{_Q}{_ROLE}(?![\w-])"
    # "In Musterstadt ist Anna Muster CDO.", "Als Leiterin des Amtes ist Anna Muster zugleich CDO"
    rf"|\bist\s+(?P<c>{_HOLDER_NAME})\s+{_ADVERBS}(?:der\s+|die\s+)?{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])"
    rf"|\bAls\s+{_ROLE}[^.]{{0,80}}?\s+(?:{_HOLDER_VERBS})\s+(?P<d>{_HOLDER_NAME})"
    rf"|(?P<e>{_HOLDER_NAME})\s+(?:wird|erhält|erhielt|{_TAKE_UP_VERBS})\s+(?:[^.]|(?<=\d)\.){{0,80}}?\b(?:{_POSTS})\s+(?:des|der|eines|einer|als)\s+"
    rf"{_ADJECTIVES}{_Q}{_ROLE}"
    rf"|{_ROLE}{_EXPANSION}(?:\s+der\s+Stadt(?:\s+[{UPPER}][\w-]+)?)?,\s+(?P<f>{_HOLDER_NAME})"
    # appointed to the role: "Anna Muster wurde im Mai zur CDO ernannt", "hat Jan Beispiel zum CDO bestellt"
    rf"|(?P<i>{_HOLDER_NAME})\s+(?:wurde|wird|ist)\s+(?:[^.,]{{0,40}}?\s+)?zu[mr]\s+{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])"
    rf"|\b(?:hat|haben|hatte)\s+(?P<j>{_HOLDER_NAME})\s+(?:[^.,]{{0,30}}?\s+)?zu[mr]\s+{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])"
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
    rf"|\b(?:{_POSTS})\s+(?:des|der|als)\s+{_ADJECTIVES}{_Q}{_ROLE}{_Q}{_OF_THE_CITY}\s+(?:{_TAKE_UP_VERBS})\s+"
    rf"(?:[^.,]{{0,30}}?\s+)?{_NO_ARTICLE_BEFORE}(?P<n>{_HOLDER_NAME})"
    # a name, an apposition between commas, the copula: "Anna Muster, Leiterin des Amtes für
    # IT, ist zugleich CDO"
    rf"|(?P<q>{_HOLDER_NAME}),\s+[^,.]{{3,60}},\s+(?:ist|wird|bleibt|war)\s+{_ADVERBS}(?:seit\s+[^,.]{{1,30}}?\s+)?{_ADVERBS}"
    rf"(?:als\s+)?{_DET}{_GENITIVE}{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])"
    # a name, any verb, "als CDO": "Anna Muster leitet als CDO die Stabsstelle", "Jan Beispiel
    # hat im Mai seine Arbeit als CDO aufgenommen" (no second name between: "A begrüßte B als CDO")
    rf"|(?P<o>{_HOLDER_NAME})\s+[a-zäöüß]+{_SHORT_WORDS}\s+als\s+{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])"
    ")",
    matches=(
        "Die Verantwortung liegt bei CDO Anna Muster.",
        "Jan Beispiel, Chief Digital Officer der Stadt Musterstadt.",
        "Jan Beispiel (li.) ist der neue „Chief Digital Officer“ des Kreises.",
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
_COREF = re.compile(rf"^(?:{alternation(COREFERENCE_OPENERS)})\b")
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
        and words[-1] not in NOT_NAME_WORDS
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
    "d",
    "e",
    "o",
    "h",
    "b",
)


_COPULA = compile_skippable(r"\b(?:ist|wird|bleibt|sei|war)\b")


def _holder_from(sentences: list[Sentence]) -> tuple[str | None, Sentence | None]:
    found: list[tuple[int, int, str, Sentence]] = []  # (pattern rank, order, name, sentence)
    for order, s in enumerate(sentences):
        # every match, also one starting inside a rejected one ("Seit Juli übernimmt Anna
        # Muster …" first reads the pair "Seit Juli" as a name)
        pos = 0
        while (m := HOLDER.pattern.search(s.text, pos)) is not None:
            pos = max(m.end(), m.start() + 1)
            group = next(g for g in _HOLDER_GROUPS if m.group(g))
            name = m.group(group)
            if not is_person(name) or not has_given_name(name):
                pos = m.start() + 1
                continue  # a holder is a given name and a surname, not a company shaped like a name
            if (
                group in ("b", "h", "o", "q")
                and _ROLE_BEFORE.search(s.text[: m.start(group)])
                and not _COPULA.search(s.text[m.end(group) : m.end()])
            ):
                continue  # "Oberbürgermeister A, CDO B": A belongs to the role before it
                # (but "Ihr Leiter A ist zugleich CDO": A holds both)
            found.append((_HOLDER_GROUPS.index(group), order, clean_name(name), s))
    if not found:
        return None, None
    _, _, name, s = min(found, key=lambda f: f[:2])
    return name, s


def _coreferent_holder(ctx: DocContext, cdo_sentences: list[Sentence]) -> tuple[str | None, Sentence | None]:
    """'… weiß Anna Muster. Sie ist seit Mai CDO.': the pronoun goes back to the last name;
    'einen CDO und eine CUO berufen. … A und B (CUO) …': the untagged name of the pair."""
    index = {s.span.start: i for i, s in enumerate(ctx.sentences)}
    for s in cdo_sentences:
        i = index.get(s.span.start)
        if i is None:
            continue
        if _COREF.match(s.text):
            for prev in reversed(ctx.sentences[max(0, i - 2) : i]):
                names = [n for n in _PERSON.findall(prev.text) if is_person(n) and has_given_name(n)]
                if names:
                    return clean_name(names[-1]), s
        for nxt in ctx.sentences[i : i + 2]:
            pair = PAIRED_HOLDER.pattern.search(nxt.text)
            if pair and has_given_name(pair.group("a")):
                return clean_name(pair.group("a")), nxt
    return None, None


# A sentence whose subject is a person taking up work: "Anna Muster soll die Verwaltung …".
_PERSON_SUBJECT = re.compile(rf"^(?P<n>{NAME})\s+(?:{alternation(SUBJECT_AT_WORK_VERBS)})\b")


def _successor_holder(ctx: DocContext, held: list[Sentence]) -> tuple[str | None, Sentence | None]:
    """'Die Stadt hat seit Mai einen CDO. Anna Muster soll die Verwaltung digitalisieren.': a
    sentence that says the post is held, named by no one, and the next sentence opening with
    a person (given name and surname) at work: that person holds it."""
    index = {s.span.start: i for i, s in enumerate(ctx.sentences)}
    for s in held:
        i = index.get(s.span.start)
        if i is None:
            continue
        head, _, tail = s.text.partition(": ")
        if any(is_person(n) and has_given_name(n) for n in _PERSON.findall(head)):
            continue  # the sentence names its own people
        # the next sentence, or the clause after a colon ("Die Stadt hat einen CDO: Anna …")
        nxt = ctx.sentences[i + 1] if i + 1 < len(ctx.sentences) else s
        for text, where in ((tail, s), (nxt.text if nxt is not s and nxt.block is s.block else "", nxt)):
            m = _PERSON_SUBJECT.match(text) if text else None
            if m and is_person(m.group("n")) and has_given_name(m.group("n")):
                return clean_name(m.group("n")), where
    return None, None


# An interview addresses the CDO: "Frau Muster, Sie sind seit Mai CDO der Stadt …".
_ADDRESSED = compile_skippable(
    rf"\b(?:Herr|Frau)\s+(?:Dr\.\s+)?(?P<surname>[{UPPER}][\w-]+),\s+(?:[^.?!]{{0,60}}?\s)?(?:Sie|Ihnen|Ihre?)\b"
    rf"[^.?!]{{0,80}}?(?<![\w-]){_ROLE}(?![\w-])"
)


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


_OTHER_PLACE = re.compile(rf"{_ROLE}\s+(?:der\s+Stadt|von|in)\s+(?P<place>[{UPPER}][\w-]+)")


def _classify(s: Sentence, city: str | None) -> str:
    """What a sentence says about this city's CDO: none | other | generic, or the status its
    clauses give the post (held | created | planned | active, see cdo_status)."""
    text = s.text
    if NO_CDO_CUES.search(text) and NO_CDO.search(text):
        return "none"
    other = _OTHER_PLACE.search(text)
    if other and city and not city.startswith(other.group("place").rstrip("s")):
        return "other"
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
    after = re.match(rf"[\s,]{{0,3}}(?P<n>{NAME})", text[m.end() :])
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
        "dezernat",
        "berichte",
        "untersteh",
    ),
    STAFF_UNIT.name: ("stabsstelle", "stabstelle"),
}


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
CDO_ROLE_STEMS = ("CDO", "Chief Digital", "eauftragte")


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
        holder, holder_sentence = _successor_holder(ctx, held)
    if holder is None:
        holder, holder_sentence = _addressed_holder(ctx, about_post)
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
    rf"|\b(?:berichtet|berichten|untersteht|unterstehen)\s+(?:(?:direkt|unmittelbar)\s+)?(?:an\s+)?(?:den|die|dem|der)\s+"
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
        "Angesiedelt ist der CDO im Dezernat für Finanzen und Ordnung.",
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
