"""Projects, funding programmes and competitions, partners and networks."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

import simplemma

from analysis.extraction.context import DocContext
from analysis.extraction.gazetteer import places_named
from analysis.extraction.lexicon.items import (
    AMOUNT_APPROXIMATIONS,
    AMOUNT_NUMBER_WORDS,
    AMOUNT_UNITS,
    AUTHORITY_HEADS,
    COMPANY_NOUNS,
    COOPERATION_CUES,
    FUNDED_BY_HEADS,
    FUNDER_NOMINATIVE,
    FUNDING_KIND_WORDS,
    GENERIC_ORG_WORDS,
    GENITIVE_ARTICLES,
    INSTITUTION_WORDS,
    MASCULINE_HEAD_ENDINGS,
    MEMBER_LIST_VERBS,
    MUNICIPAL_ENTERPRISE_HEADS,
    MUNICIPALITY_KIND_WORDS,
    NAMED_SERVICE_HEADS,
    NAMED_THING_WORDS,
    NAMING_PHRASES,
    NEUTER_HEAD_ENDINGS,
    NEW_SYSTEM_HEADS,
    NOT_PARTNER_OPENERS,
    OBLIQUE_ARTICLES,
    ORG_NAME_HEADS,
    PASSIVE_PARTNER_VERBS,
    PERSON_ROLE_ENDINGS,
    PLACE_NAMED_BODIES,
    PROGRAMME_KIND_WORDS,
    PUBLIC_FUNDS,
    SOLUTION_WORDS,
    SPONSORED_INITIATIVE,
    STATE_TITLES,
)
from analysis.extraction.lexicon.people import given_names
from analysis.extraction.rules import alternation
from analysis.reading.cleaner import BULLET
from analysis.reading.german import ARTICLES
from analysis.reading.lemmas import lemma, nominative
from analysis.reading.text import (
    LOWER,
    UPPER,
    Span,
    alternation_matches,
    clean_name,
    compile_skippable,
    norm_key,
    skippable_all,
)

QUOTED = re.compile(r"[„»\"‚«]([^„“”\"»«‚‘]{2,80})[“”\"«‘»]")
_QUOTE_OPENER = re.compile('[„»"‚«]')


def _has_quote(text: str) -> bool:
    """Pre-check for QUOTED (most sentences quote nothing)."""
    return _QUOTE_OPENER.search(text) is not None


# "• Name (Domain):" - the way project lists name an example and its field of action.
PROJECT_ITEM = re.compile(
    r"^\s*(?:[•·▪‣◦*–-]|\d{1,2}[.)])?\s*(?P<name>[^():]{2,90}?)\s*(?:\((?P<domain>[^()]{2,40})\))?\s*:\s*$"
)
HEAD_REACH = 60  # characters before a quote that can hold its head word (longer than any compound)
# The head word before a quoted project name: "Pilotprojekt „X“", "die App »X«", "das Reallabor „X“".
PROJECT_WORD = re.compile(
    rf"(?:\w*[Pp]rojekt(?:s|es|e|en)?|Vorhaben|\w*(?:{alternation(NAMED_SERVICE_HEADS)})(?:s|es|e|en)?)\s*$"
)
# "Lösungen in den Bereichen »A«": a quoted field of solutions the city builds.
SOLUTION_CUE = re.compile(
    rf"(?:{alternation(SOLUTION_WORDS)})\w*\s+(?:in|für|im|zum|zur)\s+(?:(?:den|dem|der|die)\s+)?(?:Bereich\w*|Feld\w*)?\s*$"
)
# A naming phrase right before a quoted name ("eine App namens »X«", "unter dem Namen »X«").
NAMING_CUE = re.compile(rf"(?<![\w-])(?i:{alternation(NAMING_PHRASES)})\s*$")
# A further quoted name in the same list: 'Lösungen für »A« und »B«'.
QUOTE_LIST_GAP = re.compile(r"\s*(?:,|und|sowie|oder)\s*")
FUNDING_WORD = re.compile(
    r"([Ww]ettbewerb|Förder\w*|gefördert|[Pp]rogramm|Modellregion|Modellkommune|Modellprojekt|Modellvorhaben|Ausschreibung"
    # the kind word right before the name, or a preposition between ("gefördert durch »X«")
    r"|[Ff]onds)\w*(?:\s+(?:durch|von|vom|aus|im|über)(?:\s+(?:dem|den|der|das|die|des))?)?[\s-]*$"
    rf"|(?:{alternation(SPONSORED_INITIATIVE)})\s*$"
)
_CAPS = r"[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,3}"
_NOT_NAME_START = r"(?!Die\b|Der\b|Das\b|Den\b|Dem\b|Des\b|Ein\b|Eine\b|Im\b|In\b|Mit\b|Für\b)"
# Unquoted names of programmes: "Gewinn des Wettbewerbs Digitale Stadt", "eine der digitalen Modellregionen".
_YEAR_PART = r"(?:\s+(?:19|20)\d\d)?"  # "Horizon 2020"
_OF_STATE = r"(?:\s+(?:des\s+Bundes|des\s+Landes|der\s+EU))?"
# A funder after a programme's head: the federal government, a state (maybe named), the EU.
_FUNDER = (
    rf"(?:des\s+Bundes|des\s+Landes(?:\s+[{UPPER}][\w-]*)?|der\s+(?:EU|Europäischen\s+Union)"
    rf"|des\s+(?:Bundes|Landes)?[Mm]inisteriums(?:\s+für(?:\s+[{UPPER}][\w-]*|\s+und){{1,4}})?)"
)
# ... and programmes named with their kind: "Landeswettbewerb Digitale Orte", "Bundesprogramm
# Smarte Dörfer", "Modellprojekte Smart Cities des Bundes", "der Musterland-Innovationswettbewerb".
FUNDING_ALTERNATIVES = [
    re.compile(
        rf"(?P<full>\b(?:(?:Landes|Bundes)[\w-]*?(?:wettbewerb|programm)(?:s|es)?|Modellprojekten?)"
        rf"\s+{_NOT_NAME_START}{_CAPS}{_YEAR_PART}{_OF_STATE})"
    ),
    # the kind word alone or closing a sponsor's name glued to it ("MusterverbandWettbewerb
    # Digitale Zukunft", as a saved page may lose the hyphen)
    re.compile(
        rf"(?:\b|(?<=[{LOWER}]))(?:{alternation(PROGRAMME_KIND_WORDS)})(?:s|es)?\s+{_NOT_NAME_START}"
        rf"(?P<name>{_CAPS}{_YEAR_PART})"
    ),
    # "Beispiel-Wettbewerb", "Smart-City-Programm", "Muster-Challenge", also with the name it
    # introduces ("Musterverband-Wettbewerb Digitale Zukunft")
    re.compile(
        r"(?P<compound>\b[A-ZÄÖÜ0-9]\w*-[\w-]*(?:[Ww]ettbewerb|[Pp]rogramm|Challenge)(?:s|es)?\b"
        rf"(?:\s+{_NOT_NAME_START}{_CAPS}{_YEAR_PART})?)"
    ),
    re.compile(r"(?P<region>\b(?:[Dd]igitale[nr]?\s+)?(?:Modellregion|Modellkommune)(?:en)?\b)"),
    # a programme named by its field and its funder: "das Breitbandförderprogramm des Bundes",
    # "die Gigabitförderung des Landes Musterland", "aus dem Strukturfonds der EU"
    re.compile(rf"(?P<funded>\b[{UPPER}][\w-]*(?:{alternation(FUNDED_BY_HEADS)})(?:s|es)?\s+{_FUNDER})"),
    # the EU's funds written out: "aus dem Europäischen Fonds für regionale Entwicklung",
    # "der Europäische Sozialfonds"
    re.compile(
        rf"(?P<eufund>\bEuropäische[nrs]?\s+(?:[{UPPER}][\w-]*)?[Ff]onds\b(?:\s+für\s+(?:[{LOWER}]+\s+)?[{UPPER}][\w-]*)?)"
    ),
    # also as the first part of a compound: "EFRE-Mittel", "LEADER-Region"
    re.compile(rf"(?<![\w-])(?P<fund>{alternation(PUBLIC_FUNDS)})(?!\w)"),
]
FUNDING_UNQUOTED = re.compile("|".join(f"(?:{p.pattern})" for p in FUNDING_ALTERNATIVES))  # the plain scan
FUNDING_TRIGGERS: tuple[tuple[str, ...], ...] = (
    ("wettbewerb", "programm", "Modellprojekte"),
    PROGRAMME_KIND_WORDS,
    ("ettbewerb", "rogramm", "Challenge"),
    ("Modellregion", "Modellkommune"),
    FUNDED_BY_HEADS,
    ("Europäische",),
    PUBLIC_FUNDS,
)
# Unquoted names of projects: "das Projekt Digitalstadt Musterfeld", and named digital services
# ("die MusterApp-App", "das Serviceportal", "die Beteiligungsplattform").
PROJECT_ALTERNATIVES = [
    re.compile(
        rf"\b(?:Projekt|Projekts|Projektes|Pilotprojekt|Pilotprojekts)\s+{_NOT_NAME_START}(?P<name>{_CAPS})"
    ),
    # a new technical system: "ein neues Radleitsystem", "das neue Bürgerportal"
    re.compile(rf"\bneue[snrm]?\s+(?P<system>[{UPPER}][{LOWER}-]+(?:{alternation(NEW_SYSTEM_HEADS)}))\b"),
    # a system introduced as "so genannt", maybe with its abbreviation in brackets ("das so
    # genannte BeispielAntragsSystem", "das sogenannte Musterportal des Kreises Tannland (MUPO)"):
    # a genitive of the owner may stand between name and abbreviation
    re.compile(
        rf"\bso\s?genannte[nrsm]?\s+(?P<called>[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*){{0,2}})"
        rf"(?:(?:\s+(?:der|des)\s+[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)?)?\s*\((?P<abbreviation>[{UPPER}][{UPPER}0-9]{{1,7}})\))?"
    ),
    # a service head and a proper name after it ("die App MeinTannbrück", "die Plattform
    # Musterfeld.digital"): kept only where the name is no ordinary word (see _proper_name)
    re.compile(
        rf"\b(?:{alternation(NAMED_SERVICE_HEADS)})\s+{_NOT_NAME_START}"
        rf"(?P<headed>[{UPPER}][\w-]*(?:\.[{LOWER}][\w-]*)*(?:\s+[{UPPER}][\w-]*){{0,2}})"
    ),
    # "MusterApp" written as one word: a lower-case letter before the capital of "App"
    re.compile(
        r"(?P<service>\b[A-ZÄÖÜ][\w]*(?:-App|(?<=[a-zäöü])App|-Portal|portal|-Plattform|plattform)\b)"
    ),
]
# the same matches, faster (reading.text.skippable)
PROJECT_ALTERNATIVES = skippable_all(PROJECT_ALTERNATIVES)
PROJECT_UNQUOTED = re.compile("|".join(f"(?:{p.pattern})" for p in PROJECT_ALTERNATIVES))  # the plain scan
PROJECT_TRIGGERS: tuple[tuple[str, ...], ...] = (
    ("Projekt", "Pilotprojekt"),
    ("neue",),
    ("genannt",),
    NAMED_SERVICE_HEADS,
    ("App", "-Portal", "portal", "-Plattform", "plattform"),
)

# Literal pre-checks: a paragraph without one of these words cannot match the pattern.
FUNDING_UNQUOTED_WORDS = (
    "ettbewerb",
    "rogramm",
    "Modell",
    "Förder",
    "Challenge",
    "onds",  # "Europäischer Fonds für …", "Sozialfonds"
    *FUNDED_BY_HEADS,
    *PUBLIC_FUNDS,
)
PROJECT_UNQUOTED_WORDS = ("rojekt", "App", "ortal", "lattform", "neue", "genannt", *NAMED_SERVICE_HEADS)


def _holds(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


def funding_matches(text: str) -> list[re.Match[str]]:
    """The matches of FUNDING_UNQUOTED in a paragraph (the same as its finditer), faster."""
    if not _holds(text, FUNDING_UNQUOTED_WORDS):
        return []
    return alternation_matches(FUNDING_ALTERNATIVES, FUNDING_TRIGGERS, text)


def project_matches(text: str) -> list[re.Match[str]]:
    """The matches of PROJECT_UNQUOTED in a paragraph (the same as its finditer), faster."""
    if not _holds(text, PROJECT_UNQUOTED_WORDS):
        return []
    return alternation_matches(PROJECT_ALTERNATIVES, PROJECT_TRIGGERS, text)


_CAPW = rf"[{UPPER}][\w-]*"
_ORG_HEADS = [
    re.compile(
        r"\b(?:Initiative|Verein|Netzwerk|Bündnis|Arbeitskreis|Allianz|Cluster|Verbund)\s+[„»\"][^„“”\"»«]{2,80}[“”\"«]"
    ),
    re.compile(
        rf"\b(?:(?:Duale|Technische|Freie|Katholische|Evangelische)[nr]?\s+)?(?:Fach)?[Hh]ochschule[n]?(?:\s+(?:für\s+)?{_CAPW}){{0,3}}(?:\s+in\s+{_CAPW}(?:\s+{_CAPW})?)?"
    ),
    re.compile(rf"\bUniversität(?:\s+{_CAPW}){{0,2}}"),
    # (associations of municipalities, chambers and banks by their place: PLACE_BODY)
    re.compile(r"\b[\w-]*Planungsrat\b"),
    re.compile(
        r"\bDachverband\s+(?:de[rs]\s+)?[Kk]ommunale[rn]?\s+IT-Dienstleister(?:\s*\([A-ZÄÖÜ]{2,8}\))?"
    ),
    re.compile(rf"\b(?:{_CAPW}\s+){{1,4}}e\.\s?V\."),
    re.compile(rf"\b(?:{_CAPW}\s+)?Hub(?:\s+{_CAPW})?\b"),
    re.compile(rf"\b(?:Fraunhofer|Max-Planck|Leibniz)[- ][\w-]+(?:\s+für(?:\s+{_CAPW}){{1,3}}|\s+{_CAPW})?"),
    # municipal utilities and companies by their legal form: "Stadtwerke Musterfeld GmbH", "Muster.digital GmbH"
    re.compile(rf"\bStadtwerke[n]?(?:\s+{_CAPW}){{0,2}}(?:\s+(?:GmbH|AG))?"),
    # public bodies of several municipalities and research institutes: "Zweckverband Breitband
    # Musterland", "Metropolregion Muster-Neckar", "Landkreis Musterfeld", "Beispiel-Institut",
    # "Institut für Digitale Verwaltung"
    re.compile(rf"\bZweckverband(?:es|s)?(?:\s+{_CAPW}){{1,3}}"),
    re.compile(rf"\bMetropolregion(?:\s+{_CAPW}){{1,2}}"),
    re.compile(rf"\bLandkreis(?:es)?\s+(?!Die\b|Der\b|Das\b){_CAPW}"),
    re.compile(
        rf"\b[{UPPER}][\w]*(?:-[{UPPER}][\w]*)*-Institut(?:s|es)?\b|\bInstitut(?:s|es)?\s+für(?:\s+{_CAPW}){{1,3}}"
    ),
    # agencies: "Digital-Agentur Musterfeld", "Agentur für Digitales"
    re.compile(rf"\b[\w-]*-Agentur(?:\s+{_CAPW})?|\bAgentur\s+für\s+{_CAPW}(?:\s+und\s+{_CAPW})?"),
    # state and federal authorities by their kind and remit: "Ministerium für Digitales und
    # Verkehr", "Bundesministerium des Innern", "Landesamt für Digitalisierung Musterland"
    re.compile(
        rf"\b(?:[{UPPER}][\w-]*?)?(?:{alternation(tuple(h for h in AUTHORITY_HEADS if h[0].isupper()))}|[Mm]inisterium)(?:e?s)?"
        rf"(?:\s+(?:für|des|der)\s+(?!Die\b|Der\b|Das\b|Landes\b|Bundes\b)[{UPPER}][\w-]*"
        rf"(?:(?:,\s+|\s+und\s+|\s+)(?!Die\b|Der\b|Das\b)[{UPPER}][\w-]*){{0,3}})?"
    ),
]
_ORG_HEADS = skippable_all(_ORG_HEADS)  # the same matches, faster (reading.text.skippable)
# Companies by their legal form ("Muster.digital GmbH"): the form is found first, then the
# name is read backwards over up to three capitalised words.
LEGAL_FORM = re.compile(r"(?<=\s)(?:GmbH|gGmbH|mbH|AG|SE|KG|eG)\b")
LEGAL_FORM_WORDS = ("mbH", "AG", "SE", "KG", "eG")
_COMPANY_NAME = re.compile(r"(?:[A-ZÄÖÜ][\w.&-]*\s+){1,3}$")
# Capitalised words opening a sentence that are no part of a name ("Die Muster GmbH", "Mit der").
_NAME_OPENER = re.compile(r"(?:Die|Der|Das|Den|Dem|Des|Ein|Eine|Mit|Auch|Für|Im|In|Bei|Von|Zur|Zum)\s+")
ANY_ORG = re.compile("|".join(f"(?:{p.pattern})" for p in _ORG_HEADS))  # the plain scan (tests)
# Words one of which each organisation pattern (in the order of _ORG_HEADS) contains: a
# pattern runs only on paragraphs holding one (see alternation_matches).
ORG_TRIGGERS: tuple[tuple[str, ...], ...] = (
    ("Initiative", "Verein", "Netzwerk", "Bündnis", "Arbeitskreis", "Allianz", "Cluster", "Verbund"),
    ("ochschule",),
    ("Universität",),
    ("Planungsrat",),
    ("Dachverband",),
    ("e.",),  # "e. V.", "e.V."
    ("Hub",),
    ("Fraunhofer", "Max-Planck", "Leibniz"),
    ("Stadtwerke",),
    ("Zweckverband",),
    ("Metropolregion",),
    ("Landkreis",),
    ("Institut",),
    ("Agentur",),
    ("inisterium", *AUTHORITY_HEADS),
)
# Words one of which every organisation pattern contains: a paragraph without them is skipped.
ORG_WORDS = (
    "Initiative",
    "Verein",
    "Netzwerk",
    "Bündnis",
    "Arbeitskreis",
    "Allianz",
    "Cluster",
    "Verbund",
    "Zweckverband",
    "Metropolregion",
    "Landkreis",
    "Institut",
    "ochschule",
    "Universität",
    "Städtetag",
    "Landkreistag",
    "Gemeindebund",
    "Planungsrat",
    "Dachverband",
    "e.V",
    "e. V",
    "Hub",
    "Fraunhofer",
    "Max-Planck",
    "Leibniz",
    "Stadtwerke",
    "Agentur",
    "inisterium",
    *AUTHORITY_HEADS,
)


# Bodies named by their kind and the place they serve ("Industrie- und Handelskammer
# Tannland", "dem Deutschen Städtetag", "Sparkasse Musterfeld"): the place is kept where it
# is one (a name of the gazetteer, a word the dictionary does not know, a hyphenated name).
PLACE_BODY = re.compile(
    rf"\b(?:(?:Deutsche[nrms]?|Industrie-\s+und)\s+)?(?P<body>{alternation(PLACE_NAMED_BODIES)})(?:es|s)?\b"
    rf"(?:\s+(?!Die\b|Der\b|Das\b)(?P<place>[{UPPER}][\w-]*))?"
)


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    """The Länder by name (one list: analysis.dataset.places; imported here on first use,
    since that module imports the extraction's gazetteer)."""
    from analysis.dataset.places import STATES

    return frozenset(STATES.values())


# Bodies that are only one organisation with their place: "die Sparkasse" alone is a kind.
_BODIES_NEEDING_PLACE = frozenset(
    {"Sparkasse", "Kreissparkasse", "Stadtsparkasse", "Volksbank", "Wirtschaftsförderung"}
)


def place_bodies(text: str) -> list[tuple[int, int]]:
    """Spans of the bodies named by kind and place in a paragraph (see PLACE_BODY)."""
    if not _holds(text, PLACE_NAMED_BODIES):
        return []
    spans = []
    for m in PLACE_BODY.finditer(text):
        place = m.group("place")
        if place and (
            places_named(place) or place in _states() or "-" in place or not simplemma_known(place)
        ):
            spans.append((m.start(), m.end()))
        elif m.group("body") not in _BODIES_NEEDING_PLACE:
            spans.append((m.start(), m.end("body") if not place else m.start("place")))
    return spans


def org_matches(text: str) -> list[re.Match[str]]:
    """The matches of ANY_ORG in a paragraph (the same as its finditer), faster."""
    if not any(w in text for w in ORG_WORDS):
        return []
    return alternation_matches(_ORG_HEADS, ORG_TRIGGERS, text)


_PLACE = rf"[{UPPER}][{LOWER}]+(?:[- ][{UPPER}][{LOWER}]+)?"
# Other municipalities: a plural lists several ("den Städten A und B"); a singular names one
# and needs the dative/genitive article ("mit der Stadt A"), because "die Stadt" is mostly
# the subject of a sentence whose next capitalised word is an object ("die Stadt Daten").
OTHER_TOWNS = re.compile(
    rf"\b(?:{alternation(frozenset(w for w in MUNICIPALITY_KIND_WORDS if not w.startswith(('Orts', 'Stadtt'))))})\s+({_PLACE}(?:\s*(?:,|und|sowie)\s+{_PLACE})*)"
    rf"|\bder\s+(?:Stadt|Gemeinde|Nachbarstadt|Kommune)\s+({_PLACE})(?=[\s,.;])"
)
OTHER_TOWNS_WORDS = ("Städte", "Gemeinde", "Nachbar", "Stadt", "Kommune", "reise")
_ENUM_CUE = re.compile(
    r"(?:(?:Partner\w*|Gremien|Netzwerke\w*|Mitglied\w*|vertreten|Verbände\w*)\b[^.]{0,60}?"
    r"\b(?:wie|darunter|etwa|beispielsweise|insbesondere|befinden sich|gehören|zählen)\s+(?:beispielsweise\s+|etwa\s+)?)",
    re.I,
)
_ENUM_WORDS = ("partner", "gremien", "netzwerk", "mitglied", "vertreten", "verbände")
_ABBREVIATION_END = re.compile(r"\([A-ZÄÖÜ][\w-]{1,9}\)$")
_ENUM_SPLIT = re.compile(r",\s*|\s+und\s+|\s+sowie\s+")
_LEADING = re.compile(
    r"^(?:im|in der|in den|in dem|mit der|mit dem|mit den|beim|bei der|zum|zur|am|an der|"
    r"der|die|das|den|dem|des)\s+",
    re.I,
)
_STOP_FIRST = {"an", "denen", "die", "welche", "welcher", "dem", "was", "um", "weitere", "andere", "anderen"}


def _span_of(sentence_span: Span, m: re.Match, group: int | str = 0) -> Span:
    return sentence_span.sub(m.start(group), m.end(group))


def _item(ctx: DocContext, name: str, span: Span, **extra) -> dict:
    return {"name": name, **extra, "evidence": ctx.evidence(span)}


# --- projects ---------------------------------------------------------------------------


def extract_projects(ctx: DocContext) -> list[dict]:
    out: list[dict] = []
    # The field of action a project list gives in brackets ("• Musterportal (Datenplattform):")
    # is a category of projects, not a project: a mention of it elsewhere is no item either.
    categories: set[tuple[str, ...]] = set()
    listed: list[dict] = []
    for sec in ctx.sections:
        if sec.key != "projects":
            continue
        for i, b in enumerate(sec.blocks):
            m = PROJECT_ITEM.match(b.text)
            if not m or not (BULLET.match(b.text) or i + 1 < len(sec.blocks)):
                continue
            name = clean_name(m.group("name"))
            if not name or len(name.split()) > 10:
                continue
            domain = clean_name(m.group("domain")) if m.group("domain") else None
            if domain:
                categories.add(lemma_key(domain))
            desc = (
                sec.blocks[i + 1].text
                if i + 1 < len(sec.blocks) and not PROJECT_ITEM.match(sec.blocks[i + 1].text)
                else None
            )
            listed.append(
                _item(ctx, name, b.span, domain=domain, description=" ".join(desc.split()) if desc else None)
            )
    out.extend(listed)
    for block in ctx.content_blocks:
        for m in project_matches(block.text):
            group = next(g for g in ("name", "called", "headed", "system", "service") if m.groupdict().get(g))
            name = clean_name(m.group(group))
            end = m.end(group)
            if group == "called":
                if not _ends_in_system_word(name):
                    continue  # "die so genannte Digitalisierung", "der sogenannte CDO": no system
                if m.group("abbreviation"):
                    name, end = f"{name} ({m.group('abbreviation')})", m.end()
            if group == "headed" and not _proper_name(name):
                continue  # "über die App Anträge stellen": an ordinary word after the head
            if not norm_key(name) or lemma_key(name) in categories:
                continue
            out.append(_item(ctx, name, block.span.sub(m.start(group), end), domain=None, description=None))
    # Named projects in running text: 'Förderprojekt „Schnelles Netz“', 'Beteiligungsprojekt »Plan N«'.
    for s in ctx.sentences:
        listed_until = -1  # end of the last accepted quote, for lists of quoted names
        for m in QUOTED.finditer(s.text) if _has_quote(s.text) else ():
            before = s.text[max(0, m.start() - HEAD_REACH) : m.start()]  # the head stands right before
            in_list = listed_until >= 0 and QUOTE_LIST_GAP.fullmatch(s.text[listed_until : m.start()])
            named = NAMING_CUE.search(before) is not None and _holds(s.text, NAMED_THING_WORDS)
            if PROJECT_WORD.search(before) or SOLUTION_CUE.search(before) or in_list or named:
                listed_until = m.end()
                name = clean_name(m.group(1))
                if norm_key(name) and lemma_key(name) not in categories:
                    out.append(_item(ctx, name, _span_of(s.span, m), domain=None, description=None))
            else:
                listed_until = -1
    merged = merge_items(out, ctx.source.raw)
    # A listed project keeps its list entry (name, field and description) as its main evidence.
    return [_listed_first(item, listed) for item in merged]


def _ends_in_system_word(name: str) -> bool:
    """ "BeispielAntragsSystem", "Musterportal": the name ends in a word for a technical system."""
    return name.casefold().endswith(tuple(h.casefold() for h in NEW_SYSTEM_HEADS))


_INNER_CAPITAL = re.compile(rf"[{LOWER}][{UPPER}]")


def _proper_name(name: str) -> bool:
    """Is the name after a service head a proper name: a word the German dictionary does not
    know, or written as a brand ("MeinTannbrück", "Musterfeld.digital", "Tannbrück 24")? Not
    an ordinary word ("die App Bürgern …") nor a bare place ("die App Tannbrück")."""
    first = name.split()[0]
    brand = _INNER_CAPITAL.search(first) or "." in first or any(c.isdigit() for c in name)
    return bool(brand) or not (simplemma_known(first) or places_named(name))


def _listed_first(item: dict, listed: list[dict]) -> dict:
    if item in listed or not listed:
        return item
    spans = [(ev["start"], ev["end"]) for ev in [item["evidence"], *item.get("also", [])]]
    entry = next((it for it in listed if (it["evidence"]["start"], it["evidence"]["end"]) in spans), None)
    if entry is None:
        return item
    also = [ev for ev in [item["evidence"], *item.get("also", [])] if ev != entry["evidence"]]
    return {**entry, "also": sorted(also, key=lambda ev: (ev["start"], ev["end"]))}


# --- funding ----------------------------------------------------------------------------


@lru_cache(maxsize=1024)
def _stem_pattern(name: str) -> re.Pattern:
    """Match the name in any inflection: 'Smarten Modellstädte' ~ 'Smarte Modellstadt'."""
    parts = []
    for w in name.split():
        stem = re.sub(r"(en|er|es|em|e|n|s)$", "", w) if len(w) > 5 and w[-1].isalpha() else w
        parts.append(re.escape(stem) + r"(?:en|er|es|em|e|n|s)?")
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)")


def base_form(name: str, text: str) -> str:
    """The shortest inflection of `name` that the text uses (nominative, as a rule)."""
    variants = {" ".join(m.group(0).split()) for m in _stem_pattern(name).finditer(text)}
    return min(variants | {name}, key=lambda v: (len(v), v))


_EU_ADJECTIVE = re.compile(r"^Europäische[nrs]?\s+")


def extract_funding(ctx: DocContext) -> list[dict]:
    out: list[dict] = []
    text = ctx.content_text
    for s in ctx.sentences:
        for m in QUOTED.finditer(s.text) if _has_quote(s.text) else ():
            before = s.text[max(0, m.start() - 40) : m.start()]
            cue = FUNDING_WORD.search(before)
            if s.section != "funding" and not cue:
                continue
            if s.section == "funding" and not cue and PROJECT_WORD.search(before):
                continue
            name = base_form(clean_name(m.group(1)), text)
            if not norm_key(name):
                continue
            kind = (
                "competition"
                if cue and re.search(r"Wettbewerb|Ausschreibung|Challenge", cue.group(0))
                else "programme"
            )
            out.append(_item(ctx, name, _span_of(s.span, m), kind=kind))
    for block in ctx.content_blocks:
        for m in funding_matches(block.text):
            groups = m.groupdict()
            group = next(
                g for g in ("full", "name", "compound", "region", "funded", "eufund", "fund") if groups.get(g)
            )
            name = clean_name(m.group(group))
            if group == "region":
                name = nominative(name)
            elif group == "full" and name.startswith("Modellprojekten"):
                name = (
                    "Modellprojekte" + name[len("Modellprojekten") :]
                )  # "zu den Modellprojekten Digitale Dörfer"
            elif group == "eufund":
                name = _EU_ADJECTIVE.sub("Europäischer ", name)
            if not norm_key(name):
                continue
            kind = "competition" if "ettbewerb" in m.group(0) or "Challenge" in m.group(0) else "programme"
            out.append(_item(ctx, name, block.span.sub(m.start(group), m.end(group)), kind=kind))
    merged = merge_items(out, ctx.source.raw)
    for item in merged:
        sentence = ctx.sentence_at(item["evidence"]["start"]).text
        item["amount"], item["funder"] = funding_amount(sentence), funder(sentence)
    return merged


# An amount of money: "1,2 Millionen Euro", "800.000 Euro", "rund drei Mio. €".
AMOUNT = re.compile(
    rf"(?<![\w-])(?:(?:{alternation(AMOUNT_APPROXIMATIONS)})\s+)?"
    # (a number starts where no digit stands before it: one try per run of digits)
    rf"(?:(?<![\d.,])(?:\d{{1,3}}(?:[.\s]\d{{3}})+|\d+(?:,\d+)?)|(?:{alternation(AMOUNT_NUMBER_WORDS)}))"
    rf"(?:\s+(?:{alternation(AMOUNT_UNITS)}))?\s*(?:Euro|€|EUR)(?![\w-])"
)


# A funder after a preposition or article that says who pays ("vom Bund", "des Landes
# Musterland", "durch die EU", "über die KfW", "vom Bundesministerium für Digitales").
@lru_cache(maxsize=1)
def _funder_pattern() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w-])(?i:vom|von\s+der|von\s+dem|des|der|durch\s+den|durch\s+die|durch\s+das|über\s+die|über\s+das|den|die|das)\s+"
        rf"(?P<funder>(?:{alternation(tuple(FUNDER_NOMINATIVE))})(?:\s+(?P<state>{alternation(_states())}))?"
        rf"|[{UPPER}][\w-]*?[Mm]inisterium(?:s)?(?:\s+für\s+[{UPPER}][\w-]*(?:\s+und\s+[{UPPER}][\w-]*)?)?)(?![\w-])"
    )


_FUNDER_WORDS = ("Bund", "Land", "EU", "Europäische", "KfW", "inisterium")
_MONEY_WORDS = ("Euro", "€", "EUR")


def funding_amount(sentence: str) -> str | None:
    """The sum a funding sentence names ("1,2 Millionen Euro"), None when it names none."""
    if not _holds(sentence, _MONEY_WORDS):
        return None
    m = AMOUNT.search(sentence)
    return " ".join(m.group(0).split()) if m else None


def funder(sentence: str) -> str | None:
    """Who pays, in the nominative ("Bund", "Land Musterland", "EU", "KfW", a ministry),
    where the funding sentence says so; None otherwise."""
    if not _holds(sentence, _FUNDER_WORDS):
        return None
    m = _funder_pattern().search(sentence)
    if m is None:
        return None
    name = m.group("funder")
    if m.group("state"):
        base = name[: -len(m.group("state"))].strip()
        return f"{FUNDER_NOMINATIVE.get(base, base)} {m.group('state')}"
    if name in FUNDER_NOMINATIVE:
        return FUNDER_NOMINATIVE[name]
    return re.sub(r"(?<=ministerium)s\b", "", name)


# --- partners ---------------------------------------------------------------------------


def _enumeration(text: str, low: str | None = None) -> list[tuple[int, int]]:
    """Spans of the items listed after a partner cue ('vertreten wie beispielsweise im A, im B').
    `low`: the text lower-cased, where the caller has it already."""
    spans: list[tuple[int, int]] = []
    low = text.lower() if low is None else low
    if not any(w in low for w in _ENUM_WORDS):
        return spans
    for cue in _ENUM_CUE.finditer(text):
        rest_start = cue.end()
        rest = text[rest_start:]
        end = re.search(r"[.;:]\s|[.;:]?$|,\s+(?:an|in|mit|bei)\s+(?:denen|dem|der)\b", rest)
        rest = rest[: end.start()] if end else rest
        # Split outside quotes only.
        masked = re.sub(r"[„»\"][^„“”\"»«]*[“”\"«]", lambda q: "x" * len(q.group(0)), rest)
        pos = 0
        for sep in [*list(_ENUM_SPLIT.finditer(masked)), None]:
            stop = sep.start() if sep else len(rest)
            piece = rest[pos:stop]
            lead = _LEADING.match(piece)
            offset = lead.end() if lead else 0
            item = piece[offset:].strip()
            # (a name closed by its abbreviation is whole: "Verband der kommunalen Muster (VKM)")
            name = (
                _PARTNER_NAME.match(item)
                if item[:1].isupper() and not _ABBREVIATION_END.search(item)
                else None
            )
            if name is not None and name.start("name") == 0:
                item = name.group("name")  # "dem Landkreis Muster entsteht ein Netz": the name only
            if (
                item
                and item.split()[0].lower() not in _STOP_FIRST
                and re.search(rf"[{UPPER}]", item)
                and len(item.split()) <= 9
            ):
                spans.append((rest_start + pos + offset, rest_start + pos + offset + len(item)))
            pos = sep.end() if sep else stop
    return spans


_CAPWORD = rf"[{UPPER}][\w.-]*"
# A head word and the capitalised name after it: "Allianz Digitale Region Musterfeld".
ORG_HEAD_NAME = re.compile(
    rf"\b(?:{alternation(ORG_NAME_HEADS)})(?:es|s)?(?:\s+{_NOT_NAME_START}{_CAPWORD}){{1,4}}"
)
# A quoted name that opens with a head word: "»Netzwerk Musterland digital«".
QUOTED_ORG = re.compile(rf"[„»\"]((?:{alternation(ORG_NAME_HEADS)})\s[^„“”\"»«]{{2,80}})[“”\"«»]")
# A company introduced by its kind: "die kommunale Netzgesellschaft beispielnetz".
# (The company noun is looked for in the lower-cased paragraph, where "Gesellschaft" and the
# end of "Tochtergesellschaft" read alike; the name is then read in the paragraph itself.)
COMPANY_NOUN = re.compile(rf"(?:{alternation(tuple(w.lower() for w in COMPANY_NOUNS))})(?:s|es)?\s+")
COMPANY_NAME_AFTER = re.compile(rf"(?P<name>[\w][\w.&-]*(?:\s+{_CAPWORD}){{0,2}})")
# A city's enterprise by its kind and place: "die Städtischen Verkehrsbetriebe Musterfeld".
ENTERPRISE = re.compile(
    rf"\b(?:[{UPPER}][{LOWER}]+e[nr]?\s+)?(?:{alternation(MUNICIPAL_ENTERPRISE_HEADS)})\s+(?P<place>{_CAPWORD})"
)
# Institutions listed as members of a body ("in dem die Sparkasse, die Handwerkskammer und
# die Stadt zusammenarbeiten"): a bare institution word counts only in such a list.
INSTITUTION = compile_skippable(rf"\b(?:die|der|den)\s+({alternation(INSTITUTION_WORDS)})\b")
MEMBER_LIST = re.compile(rf"\b(?:{alternation(MEMBER_LIST_VERBS)})\b")


# The name after a cooperation phrase, maybe after an article: capitalised words (a legal
# form, "&" and "e. V." included), then more names of the same list ("mit der A und der B").
# (the cue opens its word: "Vorstandsmitglied der …" is a person's post, not the city's membership)
# Cues before the names of partners, each with the words one of which it contains (a cue
# runs only on paragraphs holding one: see alternation_matches).
COOPERATION_PATTERNS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    # (the predicates first: "Kooperationspartner sind" must not stop at the cue word)
    # "Partner des Projekts sind die A und die B": the partners are the subject's complement
    (
        re.compile(
            r"(?<![\w-])[\w-]*partner(?:in|innen)?\s+(?:des|der|dieses|dieser|von)\s+[\w-]+\s+(?:sind|ist|waren|war)\s+"
        ),
        ("partner",),
    ),
    # "Kooperationspartner sind A und B", "Technologiepartner ist die C"
    (
        re.compile(
            r"(?<![\w-])[\w-]*partner(?:in|innen)?\s+(?:sind|ist|waren|war)\s+(?:(?:auch|außerdem|zudem|ferner)\s+)?"
        ),
        ("partner",),
    ),
    # "Als Partner fungiert A", "Als Technologiepartner wurde B ausgewählt"
    (
        re.compile(
            r"(?<![\w-])als\s+[\w-]*partner(?:in)?\s+(?:fungiert|fungieren|fungierte|dient|dienen|agiert|wurde|wurden"
            r"|ist|sind|konnte\s+die\s+stadt|hat\s+die\s+stadt|gewann\s+die\s+stadt)\s+"
        ),
        ("partner",),
    ),
    # "Beteiligt sind die A, die B und der C", "Mit an Bord ist die D"
    (
        re.compile(
            r"(?<![\w-])(?:beteiligt|mit\s+an\s+bord|mit\s+dabei)\s+(?:sind|ist|waren|war)\s+(?:(?:außerdem|auch|zudem|ferner)\s+)?"
        ),
        ("beteiligt", "bord", "dabei"),
    ),
    # a passive of support, guidance, building or running, its agent after von/vom/durch in
    # the same clause ("Unterstützt wird die Stadt dabei von der A", "Umgesetzt wird das
    # Projekt von B", "entwickelt von der C")
    (
        re.compile(
            rf"(?<![\w-])(?:{alternation(PASSIVE_PARTNER_VERBS)})\s+"
            r"(?:(?:wird|werden|wurde|wurden)\s+[^.;:!?]{0,60}?\s)?(?:von|vom|durch)\s+"
        ),
        PASSIVE_PARTNER_VERBS,
    ),
    # "Die Plattform wird von A betrieben": the agent before the participle that closes the clause
    (
        re.compile(
            rf"(?<![\w-])(?:wird|werden|wurde|wurden)\s+(?:von|vom|durch)\s+(?=[^.;:!?]{{1,80}}?\s(?:{alternation(PASSIVE_PARTNER_VERBS)})[\s.,;!?])"
        ),
        ("rd von", "rd vom", "rd durch", "rden von", "rden vom", "rden durch"),
    ),
    # "arbeitet mit A und der B zusammen": the particle of zusammenarbeiten closes the clause
    (
        re.compile(
            r"(?<![\w-])mit\s+(?=[^.;:!?]{1,120}?\szusammen(?:arbeiten|arbeitet|gearbeitet)?[\s.,;!?])"
        ),
        ("zusammen",),
    ),
    # adverbs between the verb and "mit" ("kooperiert dabei eng mit der A")
    (re.compile(r"(?<![\w-])kooperier(?:t|en|te|ten)\s+(?:[a-zäöüß]+\s+){1,3}?mit\s+"), ("kooperier",)),
    # the cue words ("in Kooperation mit", "gemeinsam mit", "Mitglied im", …)
    (re.compile(rf"(?<![\w-])(?:{alternation(COOPERATION_CUES)})\s+"), COOPERATION_CUES),
]
COOPERATION = re.compile("|".join(f"(?:{p.pattern})" for p, _ in COOPERATION_PATTERNS))  # the plain scan
# The remit after an organisation's name, with "für" ("Forschungszentrum für Künstliche
# Intelligenz", "Ministerium für Digitales und Verkehr"): capitalised words joined by "und" or commas.
_REMIT = rf"\s+für\s+[{UPPER}][\w-]*(?:(?:,\s+|\s+und\s+|\s+)[{UPPER}][\w-]*){{0,3}}"
_PARTNER_NAME = re.compile(
    rf"(?:(?:der|dem|den|des|die|das)\s+)?(?:[{LOWER}]+e[nmrs]?\s+){{0,2}}"
    rf"(?P<name>[{UPPER}0-9][\w.&+-]*(?:\s+(?:&\s+)?[{UPPER}][\w.&+-]*){{0,4}}(?:{_REMIT})?"
    r"(?:\s+(?:eG|e\.\s?V\.|gGmbH|mbH))?)"
)
# one of these is in every cue ("mitglied" too; the passive cues hold "von" or "durch")
COOPERATION_WORDS = ("mit", "partner", "von", "durch")
_PARTNER_LIST_GAP = re.compile(r"\s*(?:,|und|sowie)\s+")


# A company noun inside a name found after a cue, before the name proper ("Musterfelder
# Firma Beispielsoft", "Start-up Datenwerk").
_COMPANY_KIND_IN_NAME = re.compile(rf"^(?:\S+\s+)*?(?:{alternation(COMPANY_NOUNS)})\s+(?=[{UPPER}\w])")


def _cooperation_partners(text: str, low: str) -> list[tuple[int, int]]:
    """Spans of the names right after a cooperation phrase ("gemeinsam mit der Beispielsoft
    GmbH und dem Musterinstitut"); `low` is the text lower-cased (same length)."""
    spans: list[tuple[int, int]] = []
    patterns, triggers = zip(*COOPERATION_PATTERNS, strict=True)
    for cue in alternation_matches(patterns, triggers, low):
        pos = cue.end()
        while True:
            m = _PARTNER_NAME.match(text, pos)
            if m is None:
                break
            name = m.group("name").rstrip(".,;:")
            start = m.start("name")
            kind_word = _COMPANY_KIND_IN_NAME.search(name)
            if kind_word:  # "der Musterfelder Firma Beispielsoft": the company's name follows its kind
                start, name = start + kind_word.end(), name[kind_word.end() :]
            if _cooperation_partner(name):
                spans.append((start, start + len(name)))
            gap = _PARTNER_LIST_GAP.match(text, m.end())
            if gap is None:
                break
            pos = gap.end()
    return spans


# A name written as a brand: "BeispielSoft", "KDMuster", "Muster24", "BEISPIEL-Gruppe", "Muster.digital"
_BRAND = re.compile(rf"[{LOWER}][{UPPER}]|^[{UPPER}]{{2,}}[{LOWER}]|\d|(?:^|-)[{UPPER}]{{2,}}(?:-|$)|[.&+]")
_NOUN_TAIL = 4  # the shortest noun a compound may end in ("Netz" is too short to tell)


@lru_cache(maxsize=4096)
def _ordinary_word(word: str) -> bool:
    """A word of the German dictionary, or a compound ending in one ("Stadtwirtschaft",
    "Wissenschaftseinrichtungen"): an ordinary noun, not a name."""
    if simplemma_known(word):
        return True
    return any(simplemma_known(word[i:].capitalize()) for i in range(1, len(word) - _NOUN_TAIL))


def _cooperation_partner(name: str) -> bool:
    """A name after a cooperation phrase that names an organisation: not a person (a given
    name opens it), not the city's own administration, and a proper name, i.e. a word the
    German dictionary does not know or a brand ("Beispielsoft", "KDMuster", "IT.Muster") -
    "gemeinsam mit Bürgern und Vereinen" names nobody."""
    words = name.split()
    if (
        words[0] in NOT_PARTNER_OPENERS
        or words[0] in MUNICIPALITY_KIND_WORDS  # "mit den Städten A und B": the towns' own rule
        or words[0].casefold().endswith(PERSON_ROLE_ENDINGS)
    ):
        return False
    if any(w.split("-")[0] in given_names() for w in words[:-1]):
        return False  # "Anna Muster", "Staatssekretärin Eva Probe": a person
    if len(words) == 2 and words[0] in STATE_TITLES and words[1] in _states():
        return True  # "mit dem Freistaat Musterland", "mit dem Land X": a Land
    if len(words) == 1 and _bare_town(name):
        return True  # "gemeinsam mit Musterfeld": a town named bare
    # an adjective written with a capital inside a sentence belongs to a name ("der Kommunalen
    # Datenzentrale Musterland"), as does a word the dictionary does not know or a brand
    return any(_BRAND.search(w) or not _ordinary_word(w) for w in words) or (
        len(words) > 1 and _capitalised_adjective(words[0])
    )


_ADJECTIVE_ENDING = re.compile(r"(?:e|en|er|es|em)$")


def _bare_town(word: str) -> bool:
    """A municipality named by itself: a name of the gazetteer that is not the plural of an
    ordinary noun ("mit Kirchen und Vereinen"), or a word the dictionary does not know."""
    if places_named(word):
        return not (simplemma_known(word) and lemma(word) != word)
    return False


@lru_cache(maxsize=4096)
def _capitalised_adjective(word: str) -> bool:
    """ "Kommunalen", "Deutschen", "Technische": an inflected adjective (its lower-case form
    has a shorter lemma), written with a capital as part of a name."""
    low = word.lower()
    if not word[:1].isupper() or not _ADJECTIVE_ENDING.search(low) or not simplemma_known(low):
        return False
    stem = lemma(low)
    return stem != low and stem[:1].islower() and low.startswith(stem) and len(low) - len(stem) <= 2


def _place_adjective(word: str) -> bool:
    """ "Musterfelder", "Tannbrücker": a place's name with -er, an adjective that does not inflect."""
    return (
        word.endswith("er")
        and word[:1].isupper()
        and (bool(places_named(word[:-2])) or not simplemma_known(word))
    )


def _head_gender_ending(head: str) -> str:
    """The nominative ending of an adjective before `head` without an article: -er for a
    masculine, -es for a neuter head, -e otherwise (feminine and plural heads)."""
    low = head.casefold()
    if low.endswith(MASCULINE_HEAD_ENDINGS):
        return "er"
    if low.endswith(NEUTER_HEAD_ENDINGS):
        return "es"
    return "e"


_LAST_WORD = re.compile(r"([\w]+)\W*$")


def partner_nominative(name: str, before: str) -> str:
    """An organisation's name read after an article, in the nominative a list of partners
    shows: "(dem) Deutschen Forschungszentrum" -> "Deutsches Forschungszentrum", "(des)
    Vereins Digitale Region" -> "Verein Digitale Region", "(der) Kommunalen Datenzentrale" ->
    "Kommunale Datenzentrale". `before`: the text right before the name."""
    words = name.split()
    last = _LAST_WORD.search(before)
    article = last.group(1).casefold() if last else ""
    adjectives = 0
    while adjectives < len(words) - 1 and _capitalised_adjective(words[adjectives]):
        adjectives += 1
    if adjectives < len(words) - 1 and _place_adjective(words[adjectives]):
        adjectives += 1  # "(den) Musterfelder Verkehrsbetrieben": the place's adjective does not inflect
    if adjectives == len(words):
        return name
    head = words[adjectives]
    if article in GENITIVE_ARTICLES and head[-1:] == "s":
        base = lemma(head)
        if base != head and head.startswith(base) and len(head) - len(base) <= 2:
            words[adjectives] = head = base
    if article == "den" and head.endswith("n") and len(head) > 5 and lemma(head[:-1]) == lemma(head):
        words[adjectives] = head = head[:-1]  # "(den) Stadtwerken" -> "Stadtwerke": a plural dative
    if adjectives and (article in OBLIQUE_ARTICLES or words[0].endswith("e")):
        ending = _head_gender_ending(head)
        for i in range(adjectives):
            if _place_adjective(words[i]) and not _capitalised_adjective(words[i]):
                continue
            stem = lemma(words[i].lower())
            words[i] = stem[:1].upper() + stem[1:] + ending
    return " ".join(words)


# A participle or infinitive in -ieren ("beigetreten", "gegründet", "kooperiert").
_PARTICIPLE = re.compile(r"\w*ge\w+(?:t|en)|\w+ier(?:t|en)")


def _company_name(m: re.Match[str]) -> str | None:
    """The name after a company noun, or None where the next word is an ordinary German
    word ("die Gesellschaft verändert sich"): a name is capitalised or unknown to the lemma
    dictionary ("musternet")."""
    words = m.group("name").split()
    first = words[0]
    if first.casefold() in _KEY_FUNCTION_WORDS or first[:1].isdigit():
        return None
    bare = first.rstrip(".,;:!?")
    if first[:1].islower() and (simplemma_known(first) or _PARTICIPLE.fullmatch(bare)):
        return None  # "das Unternehmen beigetreten": a verb closing the clause, no name
    if first[:1].isupper() and len(words) == 1 and simplemma_known(first) and not places_named(first):
        return None  # "dem Unternehmen Zukunft": a common noun, not a name
    if first in given_names():
        return None  # "der Entwickler Jonas Muster": a person
    name = " ".join(w for w in words if w[:1].isupper() or w is first)
    return name


@lru_cache(maxsize=4096)
def simplemma_known(word: str) -> bool:
    """The German dictionary of the lemmatiser knows the word (brand names it does not)."""
    return bool(simplemma.is_known(word, lang="de"))


def _generic(name: str) -> bool:
    """A bare kind of organisation ("Universität", "Hochschulen", "Hub"): no one organisation."""
    words = name.split()
    return len(words) == 1 and lemma(words[0]) in GENERIC_ORG_WORDS


def _municipality(candidate: str) -> str | None:
    """The longest opening of a capitalised pair that is a municipality of the gazetteer
    ("Musterstadt Verantwortliche" -> "Musterstadt"), or a single word that the German
    dictionary does not know (a small town the gazetteer lacks); "Ende" is no town."""
    words = candidate.split()
    for n in range(len(words), 0, -1):
        form = " ".join(words[:n])
        if places_named(form):
            return form
    if len(words) == 1 and not simplemma_known(candidate):
        return candidate
    return None


def extract_partners(ctx: DocContext, city: str | None, exclude: set[str]) -> list[dict]:
    city_key = norm_key(city) if city else None
    # Candidates in document order: (offset, rule rank, name, span, kind).
    found: list[tuple[int, int, str, Span, str]] = []
    member_lists = {
        b.start: _holds(b.text, INSTITUTION_WORDS) and MEMBER_LIST.search(b.text) is not None
        for b in ctx.content_blocks
    }
    for s in ctx.sentences:  # enumerations need their cue in the same sentence
        for a, b in _enumeration(s.text, s.lower):
            span = s.span.sub(a, b)
            found.append((span.start, 0, span.text, span, "network"))
        if member_lists.get(s.block.start, False) and MEMBER_LIST.search(s.text):
            for m in INSTITUTION.finditer(s.text):
                span = _span_of(s.span, m, 1)
                found.append((span.start, 1, m.group(1), span, "organisation"))
    for block, low in zip(ctx.content_blocks, ctx.content_lowered, strict=True):
        for a, b in _cooperation_partners(block.text, low) if _holds(low, COOPERATION_WORDS) else ():
            span = block.span.sub(a, b)
            found.append((span.start, 1, span.text, span, "organisation"))
        for m in org_matches(block.text):
            span = block.span.sub(m.start(), m.end())
            found.append((span.start, 1, m.group(0), span, "organisation"))
        for a, b in place_bodies(block.text):
            span = block.span.sub(a, b)
            found.append((span.start, 1, span.text, span, "organisation"))
        if _holds(block.text, ORG_NAME_HEADS):
            for m in ORG_HEAD_NAME.finditer(block.text):
                span = block.span.sub(m.start(), m.end())
                found.append((span.start, 1, m.group(0), span, "network"))
            for m in QUOTED_ORG.finditer(block.text) if _has_quote(block.text) else ():
                span = block.span.sub(m.start(1), m.end(1))
                found.append((span.start, 1, m.group(1), span, "network"))
        for noun in COMPANY_NOUN.finditer(low) if _holds(low, _COMPANY_STEMS) else ():
            after = COMPANY_NAME_AFTER.match(block.text, noun.end())
            company = _company_name(after) if after else None
            if after and company:
                start = after.start("name")
                span = block.span.sub(start, start + len(company))
                found.append((span.start, 1, company, span, "organisation"))
        for m in ENTERPRISE.finditer(block.text) if _holds(block.text, ("etriebe",)) else ():
            place = m.group("place")
            if place == city or _municipality(place) == place:
                span = block.span.sub(m.start(), m.end())
                found.append((span.start, 1, _plural_nominative(m.group(0)), span, "organisation"))
        for m in LEGAL_FORM.finditer(block.text) if _holds(block.text, LEGAL_FORM_WORDS) else ():
            company_form = _COMPANY_NAME.search(block.text[max(0, m.start() - 80) : m.start()])
            if company_form:
                opener = _NAME_OPENER.match(company_form.group(0))
                start = m.start() - len(company_form.group(0)) + (opener.end() if opener else 0)
                span = block.span.sub(start, m.end())
                found.append((span.start, 1, span.text, span, "organisation"))
        for m in OTHER_TOWNS.finditer(block.text) if _holds(block.text, OTHER_TOWNS_WORDS) else ():
            group = 1 if m.group(1) else 2
            for town in re.finditer(_PLACE, m.group(group)):
                place = _municipality(town.group(0))
                if place is None or (city and (place == city or city.startswith(place))):
                    continue
                start = m.start(group) + town.start()
                span = block.span.sub(start, start + len(place))
                found.append((span.start, 2, place, span, "municipality"))
    items: list[dict] = []
    raw = ctx.source.raw
    for _, _, name, span, kind in sorted(found, key=lambda f: f[:2]):
        name = clean_name(name)
        if kind != "municipality":
            name = partner_nominative(name, raw[max(0, span.start - 12) : span.start])
        if _ASSOCIATION_FORM_CUT.search(name):
            name += "."  # "e. V." lost its full stop to the end of the sentence
        key = norm_key(name)
        if not key or key == city_key or any(x in key for x in exclude) or _generic(name):
            continue
        items.append(_item(ctx, name, span, kind=kind))
    return merge_items(items, ctx.source.raw)


_ASSOCIATION_FORM_CUT = re.compile(r"\be\.\s?V$")
_COMPANY_STEMS = tuple(sorted({w.lower()[:6] for w in COMPANY_NOUNS}))  # looked for in lower-cased text


def _plural_nominative(name: str) -> str:
    """ "Städtischen Verkehrsbetriebe Musterfeld" -> "Städtische Verkehrsbetriebe Musterfeld": a plural name
    without its article, as a list shows it."""
    first, _, rest = name.partition(" ")
    if rest and first.endswith("en") and first[:1].isupper():
        return f"{first[:-1]} {rest}"
    return name


# --- one item per thing -----------------------------------------------------------------

# Words of a name that say nothing about which thing it is ("die Stadt der Zukunft").
_KEY_FUNCTION_WORDS = frozenset({*ARTICLES, "für", "und", "in", "im", "am", "zu", "zur", "zum", "von", "vom"})
_KEY_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_INFLECTION = re.compile(r"(?:en|er|es|em|e|n|s)$")


@lru_cache(maxsize=4096)
def _key_word(word: str) -> str:
    """A word as the merge compares it: its lemma, case and hyphens folded, its inflection
    ending cut ("Digitalen" ~ "digitale", "Modellregionen" ~ "Modellregion",
    "Service-Portal" ~ "Serviceportal")."""
    folded = lemma(word).casefold().replace("-", "")
    return _INFLECTION.sub("", folded) if len(folded) > 4 else folded


def lemma_key(name: str) -> tuple[str, ...]:
    """What a name names, independent of its inflection: the folded lemmas of its words."""
    return tuple(
        _key_word(w)
        for w in _KEY_WORD.findall(name.replace("ß", "ss"))
        if w.casefold() not in _KEY_FUNCTION_WORDS
    )


# The text between a kind word and the name it introduces: white space and an opening quote.
_KIND_THEN_NAME_GAP = re.compile(r"\s*[„»\"‚«]?\s*")
_KIND_WORD = re.compile(alternation(tuple(w.lower() for w in FUNDING_KIND_WORDS)))


def _names_a_kind(name: str) -> bool:
    """'Musterverband-Wettbewerb', 'Landesprogramm': the name says what kind of thing it is."""
    return _KIND_WORD.search(name.casefold()) is not None


def _adjoining(raw: str, first: dict, second: dict) -> bool:
    """The evidence of `first` ends where that of `second` begins, with only white space
    and an opening quote between ("Musterverband-Wettbewerb »Digitale Zukunft«")."""
    a, b = first["evidence"], second["evidence"]
    if a["end"] > b["start"]:
        return False
    return _KIND_THEN_NAME_GAP.fullmatch(raw[a["end"] : b["start"]]) is not None


def merge_items(items: list[dict], raw: str = "") -> list[dict]:
    """One item per thing, every quote kept: items whose names have the same lemmas
    ("Digitale Modellregion", "digitalen Modellregionen"), one of which is a shorter mention
    of the other ("Modellregion"), or where a kind word stands right before a name
    ("Musterverband-Wettbewerb »Digitale Zukunft«", so that the kind word alone later is the
    same competition) become one item. It keeps the place of its first mention; its name is
    the fuller one, among inflections of one name the shortest (the nominative, as a rule);
    the other mentions' evidence goes to `also`. `raw`: the decoded text of the evidence."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    item_keys = [lemma_key(it["name"]) for it in items]
    first_with_key: dict[tuple[str, ...], int] = {}
    for i, key in enumerate(item_keys):
        if key:
            union(i, first_with_key.setdefault(key, i))
    if raw:  # a kind word right before a name: the same thing
        by_start = sorted(range(len(items)), key=lambda i: items[i]["evidence"]["start"])
        for i, j in pairwise(by_start):
            first, second = items[i], items[j]
            if (
                _names_a_kind(first["name"])
                and not _names_a_kind(second["name"])
                and _adjoining(raw, first, second)
            ):
                union(i, j)
    members: dict[int, list[int]] = {}
    for i, key in enumerate(item_keys):
        if key:
            members.setdefault(root(i), []).append(i)
    # A shorter mention joins the first group whose fullest name holds all its words.
    words = {g: set().union(*(set(item_keys[i]) for i in m)) for g, m in members.items()}
    fullest = {g: max((set(item_keys[i]) for i in m), key=len) for g, m in members.items()}
    for g in sorted(members, key=lambda g: len(words[g])):
        for other in sorted(members):
            if other != g and other in members and g in members and words[g] <= fullest[other]:
                members[other].extend(members.pop(g))
                words[other] |= words.pop(g)
                break
    return [_one_item([items[i] for i in sorted(m)]) for _, m in sorted(members.items())]


def _one_item(group: list[dict]) -> dict:
    if len(group) == 1:
        return group[0]
    fullest = max(len(set(lemma_key(it["name"]))) for it in group)
    # a name that is only a kind word ("Musterverband-Wettbewerb") yields to the name it introduces
    named = [it for it in group if not _names_a_kind(it["name"])] or group
    candidates = [it for it in named if len(set(lemma_key(it["name"]))) == fullest] or named
    chosen = min(
        candidates, key=lambda it: (len(it["name"]), it["name"][:1].islower(), it["evidence"]["start"])
    )
    item = dict(chosen)
    spans = {(chosen["evidence"]["start"], chosen["evidence"]["end"])}
    also = list(chosen.get("also", []))
    for it in group:
        for ev in [it["evidence"], *it.get("also", [])]:
            if (ev["start"], ev["end"]) not in spans:
                spans.add((ev["start"], ev["end"]))
                also.append(ev)
    if also:
        item["also"] = sorted(also, key=lambda ev: (ev["start"], ev["end"]))
    return item
