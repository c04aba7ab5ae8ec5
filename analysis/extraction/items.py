"""Projects, funding programmes and competitions, partners and networks."""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.extraction.context import DocContext
from analysis.reading.cleaner import BULLET
from analysis.reading.text import LOWER, UPPER, Span, alternation_matches, clean_name, norm_key

QUOTED = re.compile(r"[„»\"‚«]([^„“”\"»«‚‘]{2,80})[“”\"«‘»]")
_QUOTE_OPENER = re.compile('[„»"‚«]')


def _has_quote(text: str) -> bool:
    """Pre-check for QUOTED (most sentences quote nothing)."""
    return _QUOTE_OPENER.search(text) is not None


# "• Name (Domain):" - the way project lists name an example and its field of action.
PROJECT_ITEM = re.compile(
    r"^\s*(?:[•·▪‣◦*–-]|\d{1,2}[.)])?\s*(?P<name>[^():]{2,90}?)\s*(?:\((?P<domain>[^()]{2,40})\))?\s*:\s*$"
)
PROJECT_WORD = re.compile(r"(?:\w*[Pp]rojekt(?:s|es|e|en)?|Vorhaben)\s*$")
FUNDING_WORD = re.compile(
    r"(Wettbewerb|Förder\w*|[Pp]rogramm|Modellregion|Modellkommune|Modellprojekt|Modellvorhaben|Ausschreibung)\w*[\s-]*$"
)
_CAPS = r"[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,3}"
_NOT_NAME_START = r"(?!Die\b|Der\b|Das\b|Den\b|Dem\b|Des\b|Ein\b|Eine\b|Im\b|In\b|Mit\b|Für\b)"
# Unquoted names of programmes: "Gewinn des Wettbewerbs Digitale Stadt", "eine der digitalen Modellregionen".
_YEAR_PART = r"(?:\s+(?:19|20)\d\d)?"  # "Horizon 2020"
_OF_STATE = r"(?:\s+(?:des\s+Bundes|des\s+Landes|der\s+EU))?"
# ... and programmes named with their kind: "Landeswettbewerb Digitale Orte", "Bundesprogramm
# Smarte Dörfer", "Modellprojekte Smart Cities des Bundes", "der Musterland-Innovationswettbewerb".
FUNDING_ALTERNATIVES = [
    re.compile(
        rf"(?P<full>\b(?:(?:Landes|Bundes)[\w-]*?(?:wettbewerb|programm)(?:s|es)?|Modellprojekte)"
        rf"\s+{_NOT_NAME_START}{_CAPS}{_YEAR_PART}{_OF_STATE})"
    ),
    re.compile(
        rf"\b(?:Wettbewerb(?:s|es)?|Förderprogramm(?:s|es)?|Modellvorhaben(?:s)?|Modellprojekt(?:s|es)?)\s+{_NOT_NAME_START}(?P<name>{_CAPS}{_YEAR_PART})"
    ),
    re.compile(r"(?P<compound>\b[A-ZÄÖÜ0-9]\w*-[\w-]*[Ww]ettbewerb(?:s|es)?\b)"),
    re.compile(r"(?P<region>\b(?:[Dd]igitale[nr]?\s+)?(?:Modellregion|Modellkommune)(?:en)?\b)"),
]
FUNDING_UNQUOTED = re.compile("|".join(f"(?:{p.pattern})" for p in FUNDING_ALTERNATIVES))  # the plain scan
FUNDING_TRIGGERS: tuple[tuple[str, ...], ...] = (
    ("wettbewerb", "programm", "Modellprojekte"),
    ("Wettbewerb", "Förderprogramm", "Modellvorhaben", "Modellprojekt"),
    ("ettbewerb",),
    ("Modellregion", "Modellkommune"),
)
# Unquoted names of projects: "das Projekt Digitalstadt Musterfeld", and named digital services
# ("die MusterApp-App", "das Serviceportal", "die Beteiligungsplattform").
PROJECT_ALTERNATIVES = [
    re.compile(
        rf"\b(?:Projekt|Projekts|Projektes|Pilotprojekt|Pilotprojekts)\s+{_NOT_NAME_START}(?P<name>{_CAPS})"
    ),
    re.compile(r"(?P<service>\b[A-ZÄÖÜ][\w]*(?:-App|-Portal|portal|-Plattform|plattform)\b)"),
]
PROJECT_UNQUOTED = re.compile("|".join(f"(?:{p.pattern})" for p in PROJECT_ALTERNATIVES))  # the plain scan
PROJECT_TRIGGERS: tuple[tuple[str, ...], ...] = (
    ("Projekt", "Pilotprojekt"),
    ("-App", "-Portal", "portal", "-Plattform", "plattform"),
)

# Literal pre-checks: a paragraph without one of these words cannot match the pattern.
FUNDING_UNQUOTED_WORDS = ("ettbewerb", "rogramm", "Modell")
PROJECT_UNQUOTED_WORDS = ("rojekt", "-App", "ortal", "lattform")


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
    re.compile(r"\b(?:Deutsche[nrm]?\s+)?(?:Städtetag|Landkreistag|Städte-\s+und\s+Gemeindebund)(?:es|s)?\b"),
    re.compile(r"\b[\w-]*Planungsrat\b"),
    re.compile(
        r"\bDachverband\s+(?:de[rs]\s+)?[Kk]ommunale[rn]?\s+IT-Dienstleister(?:\s*\([A-ZÄÖÜ]{2,8}\))?"
    ),
    re.compile(rf"\b(?:{_CAPW}\s+){{1,4}}e\.\s?V\."),
    re.compile(rf"\b(?:{_CAPW}\s+)?Hub(?:\s+{_CAPW})?\b"),
    re.compile(rf"\b(?:Fraunhofer|Max-Planck|Leibniz)[- ][\w-]+(?:\s+{_CAPW})?"),
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
]
# Companies by their legal form ("Muster.digital GmbH"): the form is found first, then the
# name is read backwards over up to three capitalised words.
LEGAL_FORM = re.compile(r"(?<=\s)(?:GmbH|gGmbH|mbH|AG|SE|KG)\b")
LEGAL_FORM_WORDS = ("mbH", "AG", "SE", "KG")
_COMPANY_NAME = re.compile(r"(?:[A-ZÄÖÜ][\w.&-]*\s+){1,3}$")
ANY_ORG = re.compile("|".join(f"(?:{p.pattern})" for p in _ORG_HEADS))  # the plain scan (tests)
# Words one of which each organisation pattern (in the order of _ORG_HEADS) contains: a
# pattern runs only on paragraphs holding one (see alternation_matches).
ORG_TRIGGERS: tuple[tuple[str, ...], ...] = (
    ("Initiative", "Verein", "Netzwerk", "Bündnis", "Arbeitskreis", "Allianz", "Cluster", "Verbund"),
    ("ochschule",),
    ("Universität",),
    ("Städtetag", "Landkreistag", "Gemeindebund"),
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
)


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
    rf"\b(?:Städte[n]?|Gemeinden|Nachbarkommunen|Nachbarstädte[n]?)\s+({_PLACE}(?:\s*(?:,|und|sowie)\s+{_PLACE})*)"
    rf"|\bder\s+(?:Stadt|Gemeinde|Nachbarstadt|Kommune)\s+({_PLACE})(?=[\s,.;])"
)
OTHER_TOWNS_WORDS = ("Städte", "Gemeinde", "Nachbar", "Stadt", "Kommune")
_ENUM_CUE = re.compile(
    r"(?:(?:Partner\w*|Gremien|Netzwerke\w*|Mitglied\w*|vertreten|Verbände\w*)\b[^.]{0,60}?"
    r"\b(?:wie|darunter|etwa|beispielsweise|insbesondere|befinden sich|gehören|zählen)\s+(?:beispielsweise\s+|etwa\s+)?)",
    re.I,
)
_ENUM_WORDS = ("partner", "gremien", "netzwerk", "mitglied", "vertreten", "verbände")
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
    out, seen = [], set()
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
            desc = (
                sec.blocks[i + 1].text
                if i + 1 < len(sec.blocks) and not PROJECT_ITEM.match(sec.blocks[i + 1].text)
                else None
            )
            key = norm_key(name)
            if key not in seen:
                seen.add(key)
                out.append(
                    _item(
                        ctx, name, b.span, domain=domain, description=" ".join(desc.split()) if desc else None
                    )
                )
    for block in ctx.content_blocks:
        for m in project_matches(block.text):
            group = "name" if m.groupdict().get("name") else "service"
            name = clean_name(m.group(group))
            key = norm_key(name)
            if key and key not in seen and not any(key in k or k in key for k in seen):
                seen.add(key)
                out.append(
                    _item(
                        ctx, name, block.span.sub(m.start(group), m.end(group)), domain=None, description=None
                    )
                )
    # Named projects in running text: 'Förderprojekt „Schnelles Netz“', 'Beteiligungsprojekt »Plan N«'.
    for s in ctx.sentences:
        for m in QUOTED.finditer(s.text) if _has_quote(s.text) else ():
            if PROJECT_WORD.search(s.text[: m.start()]):
                name = clean_name(m.group(1))
                key = norm_key(name)
                if key and key not in seen and not any(key in k or k in key for k in seen):
                    seen.add(key)
                    out.append(_item(ctx, name, _span_of(s.span, m), domain=None, description=None))
    return out


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


def extract_funding(ctx: DocContext) -> list[dict]:
    out, seen = [], set()
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
            key = norm_key(name)
            if key in seen:
                continue
            seen.add(key)
            kind = (
                "competition" if cue and re.search(r"Wettbewerb|Ausschreibung", cue.group(0)) else "programme"
            )
            out.append(_item(ctx, name, _span_of(s.span, m), kind=kind))
    for block in ctx.content_blocks:
        for m in funding_matches(block.text):
            groups = m.groupdict()
            group = next(g for g in ("full", "name", "compound", "region") if groups.get(g))
            name = clean_name(m.group(group))
            key = norm_key(name)
            if not key or any(key in k or k in key for k in seen):
                continue
            seen.add(key)
            kind = "competition" if "ettbewerb" in m.group(0) else "programme"
            out.append(_item(ctx, name, block.span.sub(m.start(group), m.end(group)), kind=kind))
    return out


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
            if (
                item
                and item.split()[0].lower() not in _STOP_FIRST
                and re.search(rf"[{UPPER}]", item)
                and len(item.split()) <= 9
            ):
                spans.append((rest_start + pos + offset, rest_start + pos + offset + len(item)))
            pos = sep.end() if sep else stop
    return spans


def extract_partners(ctx: DocContext, city: str | None, exclude: set[str]) -> list[dict]:
    out: list[dict] = []
    seen: set[str] = set()
    city_key = norm_key(city) if city else None

    words_of: list[set[str]] = []  # the words of each listed partner's key, as in `out`

    def add(name: str, span: Span, kind: str) -> None:
        name = clean_name(name)
        key = norm_key(name)
        if not key or key == city_key or key in seen or any(x in key for x in exclude):
            return
        words = set(key.split())
        for i, item in enumerate(out):
            other = words_of[i]
            if words <= other:
                return  # a shorter mention of a partner already listed
            if other <= words:  # a fuller mention: keep the fuller name
                seen.add(key)
                out[i] = _item(ctx, name, span, kind=item["kind"])
                words_of[i] = words
                return
        seen.add(key)
        out.append(_item(ctx, name, span, kind=kind))
        words_of.append(words)

    # Candidates in document order: (offset, rule rank, name, span, kind).
    found: list[tuple[int, int, str, Span, str]] = []
    for s in ctx.sentences:  # enumerations need their cue in the same sentence
        for a, b in _enumeration(s.text, s.lower):
            span = s.span.sub(a, b)
            found.append((span.start, 0, span.text, span, "network"))
    for block in ctx.content_blocks:
        for m in org_matches(block.text):
            span = block.span.sub(m.start(), m.end())
            found.append((span.start, 1, m.group(0), span, "organisation"))
        for m in LEGAL_FORM.finditer(block.text) if _holds(block.text, LEGAL_FORM_WORDS) else ():
            company = _COMPANY_NAME.search(block.text[max(0, m.start() - 80) : m.start()])
            if company:
                start = m.start() - len(company.group(0))
                span = block.span.sub(start, m.end())
                found.append((span.start, 1, span.text, span, "organisation"))
        for m in OTHER_TOWNS.finditer(block.text) if _holds(block.text, OTHER_TOWNS_WORDS) else ():
            group = 1 if m.group(1) else 2
            for town in re.finditer(_PLACE, m.group(group)):
                if city and (town.group(0) == city or city.startswith(town.group(0))):
                    continue
                span = block.span.sub(m.start(group) + town.start(), m.start(group) + town.end())
                found.append((span.start, 2, town.group(0), span, "municipality"))
    for _, _, name, span, kind in sorted(found, key=lambda f: f[:2]):
        add(name, span, kind)
    return out
