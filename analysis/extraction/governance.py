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
    APPOINTED_WORDS,
    CDO_ROLE_WORDS,
    COREFERENCE_OPENERS,
    DEPARTMENT_ROLES,
    EXTERNAL_BODY_OWNERS,
    GENERIC_SUBJECTS,
    HEAD_WORDS,
    IT_HEAD_TITLES,
    IT_WORDS,
    LEAD_VERBS,
    REPORTING_HEADS,
    REPORTING_LINES,
    REPORTING_VERBS,
    ROLE_ADVERBS,
    ROLE_POST_COMPOUNDS,
)
from analysis.extraction.names import (
    HONORIFICS,
    MUNICIPAL_ROLE_WORDS,
    NAME,
    NOT_NAME_WORDS,
    has_given_name,
    surname,
)
from analysis.extraction.rules import alternation, rule
from analysis.reading.german import CAPITALISED_ARTICLES
from analysis.reading.text import UPPER, clean_name, cut_at_word, norm_key

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
    ),
    not_matches=(
        "Leiter des Bauamtes",
        "Leiter der Stabsstelle Digitalisierung",
        "Sie leitet die Stabsstelle Digitalisierung.",
    ),
)
MAYOR = rule(
    "placement_mayor",
    "the CDO sits directly under the (Lord) Mayor or county head",
    r"(direkt|unmittelbar)\s+(beim|bei der|dem|der)\s+(Ober)?[Bb]ürgermeister(in)?|"
    r"Stabs?stelle\s+(des|der)\s+(Ober)?[Bb]ürgermeister|(Ober)?[Bb]ürgermeister(s|in)?\s+(zugeordnet|unterstellt)|"
    r"(beim|bei der|dem|der)\s+(Ober)?[Bb]ürgermeister(in|s)?\s+(angesiedelt|zugeordnet|verortet|verankert)|"
    r"(Landrat|Landrätin)\s+(zugeordnet|unterstellt)|Verwaltungsspitze\s+(zugeordnet|angesiedelt)|"
    # "im Büro der Bürgermeisterin", "zum Geschäftsbereich des Oberbürgermeisters"
    r"\b(im|in den|in dem|zum)\s+(Geschäftsbereich|Bereich|Büro)\s+(des|der)\s+(Ober)?bürgermeister|"
    # the abbreviation, upper case only ("ob" is also "whether"): "direkt dem OB unterstellt"
    r"\b(direkt|unmittelbar)\s+(beim|dem)\s+(?-i:OB)\b|"
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
    ),
    not_matches=(
        "Der Oberbürgermeister begrüßt den neuen CDO.",
        "Offen ist, ob dem CDO ein Team zugeordnet wird.",
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
    r"\bim\s+[\w-]+dezernat\b",
    matches=(
        "Angesiedelt ist der CDO im Dezernat für Finanzen.",
        "Die Stelle des CDO ist dem Dezernat für Bildung und Digitales zugeordnet.",
        "Die Digitalisierungsbeauftragte arbeitet künftig im Ordnungsdezernat.",
    ),
    not_matches=("Der CDO arbeitet mit allen Dezernaten zusammen.",),
    flags=re.I,
)
DEPARTMENT_ROLE = rule(
    "placement_department_role",
    "the CDO holds a role in a department line (Dezernent, Beigeordneter)",
    rf"(?<![\w-]){alternation(DEPARTMENT_ROLES)}(?![\w-])",
    matches=("Max Beispiel, Dezernent für Personal und Digitalisierung",),
    not_matches=("Der Dezernat-Newsletter",),
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
    ("staff_unit", STAFF_UNIT),
]
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
UNIT_PATTERNS = [
    # "Amt für A, B und C", "Dezernat für …", "Amt mit dem Namen A und B"
    re.compile(
        rf"\b(?:Amt|Amts|Amtes|Dezernat|Dezernats|Dezernates)\s+(?:für|mit\s+dem\s+Namen)\s+{_CAP}"
        rf"(?:\s+(?:und|sowie)\s+{_CAP}|,\s*{_CAP})*"
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
    re.compile(
        r"\b(?:Digitalisierungsbeauftragte[nr]?|Digitallotsen|E-Government-Beauftragte[nr]?|Smart-City-Beauftragte[nr]?|"
        r"Digitalisierungsverantwortliche[nr]?)"
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
    ),
]
# A pattern runs only on paragraphs that hold one of its literal words (most hold none).
UNIT_TRIGGERS = (
    ("Amt", "Dezernat"),
    ("Competence", "Kompetenz"),
    ("Kompetenzzentrum",),
    ("Innovation",),
    ("büro", "Büro"),
    ("Stabs", "Stabst"),
    ("beauftragt", "Beauftragt", "Digitallotsen", "verantwortlich"),
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
    ("Team", "Stabs", "Stabst"),
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
    (re.compile(r"^Digitalisierungsbeauftragte[nr]$"), "Digitalisierungsbeauftragte"),
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
    if _DISTRIBUTED.search(text[max(0, start - 80) : end + 40]) or word.endswith("lotsen"):
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


def _external_body(text: str, start: int, end: int) -> bool:
    """A working group or board of another organisation ("Arbeitskreis … des Musterverbandes"),
    not of the city: its owner's name ends with an organisation word (EXTERNAL_BODY_OWNERS)."""
    if not _BODIES.search(text, start, end):
        return False
    owner = _OWNER.match(text, end)
    return bool(owner and owner.group("owner").casefold().endswith(EXTERNAL_BODY_OWNERS))


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
            if _external_body(block.text, start, m.end()):
                continue  # another organisation's working group
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
            if m.re is UNIT_PATTERNS[_OFFICERS] and not _officer_network(block.text, start, m.end()):
                continue  # one officer is a person (often the CDO), officers in every office a network
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
HOLDER = rule(
    "cdo_holder",
    "the person a sentence names as the CDO",
    rf"(?<![\w-]){_ROLE}{_Q}\s+(?P<a>{NAME})"  # "CDO Anna Muster"
    rf"|(?P<b>{NAME})(?:\s*\([^)]{{1,12}}\))?,?\s+"
    rf"(?:(?:ist|wird|bleibt|sei|war)\s+{_ADVERBS}(?:seit\s+[^,.]{{1,30}}?\s+)?{_ADVERBS}(?:als\s+)?{_DET}{_GENITIVE}{_ADJECTIVES}"
    rf"|(?:seit\s+[^,.]{{1,30}}?\s+)?(?:als\s+)?{_DET}{_GENITIVE}(?:neue[rn]?\s+)?){_Q}{_ROLE}(?![\w-])"
    # inverted copula: "CDO der Stadt ist seit 2020 Anna Muster"
    rf"|(?<![\w-]){_ROLE}{_Q}(?:\s+(?:der|des)\s+(?:Stadt|Gemeinde|Kreises|Landkreises)(?:\s+[{UPPER}][\w-]+)?)?"
    rf"\s+(?:ist|bleibt|wird|heißt)\s+(?:seit\s+[^,.]{{1,30}}?\s+)?{_ADVERBS}(?P<g>{NAME})"
    # relative clause: "Anna Muster, die seit 2019 als CDO der Stadt tätig ist"
    rf"|(?P<h>{NAME}),\s+(?:die|der)\s+[^,.;]{{0,60}}?\bals\s+(?:[a-zäöü]+\s+)?{_Q}{_ROLE}(?![\w-])"
    rf"|\bist\s+(?P<c>{NAME})\s+(?:der\s+)?{_Q}{_ROLE}(?![\w-])"  # "In Musterstadt ist Anna Muster CDO."
    rf"|\bAls\s+{_ROLE}[^.]{{0,80}}?\s+(?:{_HOLDER_VERBS})\s+(?P<d>{NAME})"
    rf"|(?P<e>{NAME})\s+(?:wird|hat|übernimmt|übernahm|erhält|erhielt)\s+[^.]{{0,80}}?\b(?:Funktion|Rolle|Aufgabe|Position|Stelle)\s+(?:des|der|eines|einer|als)\s+{_Q}{_ROLE}"
    rf"|{_ROLE}{_EXPANSION}(?:\s+der\s+Stadt(?:\s+[{UPPER}][\w-]+)?)?,\s+(?P<f>{NAME})"
    # appointed to the role: "Anna Muster wurde im Mai zur CDO ernannt", "hat Jan Beispiel zum CDO bestellt"
    rf"|(?P<i>{NAME})\s+(?:wurde|wird|ist)\s+(?:[^.,]{{0,40}}?\s+)?zu[mr]\s+{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])"
    rf"|\b(?:hat|haben|hatte)\s+(?P<j>{NAME})\s+(?:[^.,]{{0,30}}?\s+)?zu[mr]\s+{_ADJECTIVES}{_Q}{_ROLE}(?![\w-])",
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
_HEAD_DESCRIPTION = re.compile(rf"\b(?:der|die)\s+{alternation(HEAD_WORDS)}\s+(?:des|der)\b")
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
        # a town's name as the last word is a place ("Neues Musterstadt"), unless a small one:
        # many surnames are names of villages
        and not any(p.population >= SURNAME_PLACE_LIMIT for p in places_named(words[-1]))
    )


SURNAME_PLACE_LIMIT = 20_000


# Preference among the holder patterns: a role word before the name binds tightest.
_HOLDER_GROUPS = ("a", "f", "c", "g", "i", "j", "d", "e", "h", "b")


_COPULA = re.compile(r"\b(?:ist|wird|bleibt|sei|war)\b")


def _holder_from(sentences: list[Sentence]) -> tuple[str | None, Sentence | None]:
    found: list[tuple[int, int, str, Sentence]] = []  # (pattern rank, order, name, sentence)
    for order, s in enumerate(sentences):
        for m in HOLDER.finditer(s.text):
            group = next(g for g in _HOLDER_GROUPS if m.group(g))
            name = m.group(group)
            if not is_person(name) or not has_given_name(name):
                continue  # a holder is a given name and a surname, not a company shaped like a name
            if (
                group in ("b", "h")
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
    if after and is_person(after.group("n")) and not (holder_last and holder_last in after.group("n")):
        return True
    before = re.search(
        rf"(?P<n>{NAME})(?:,\s+(?:\w+\s+){{0,3}}|\s+als\s+(?:\w+\s+){{0,2}})$", text[: m.start()]
    )
    return bool(
        before and is_person(before.group("n")) and not (holder_last and holder_last in before.group("n"))
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
    MAYOR.name: ("bürgermeister", "landrat", "landrät", "verwaltungsspitze", "ob"),
    DEPARTMENT.name: ("angesiedelt", "zugeordnet", "verortet", "eingegliedert", "unterstellt", "dezernat"),
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
                bound_phrase = m.group(0).startswith(HEAD_WORDS)
                if r.name in PERSON_BOUND and not bound_phrase and not _about_holder(s, holder):
                    continue
                if _bound_elsewhere(s.text, m, holder):
                    continue
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
