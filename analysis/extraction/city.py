"""Which municipality (or county) a document is about.

Every place the gazetteer finds in the document's title, headings and content is a
candidate. Each mention scores by where and how the text names it: in a heading or the
page title, in the first paragraph, after a municipal title ("Stadt", "Hansestadt", ...),
after a preposition of place ("in X"), in the genitive before a noun ("Xs Oberbürgermeister"),
or opening a sentence. A single-word name after an article is a common noun ("die Lage"),
not a place. A text that speaks of a Kreis, Landrat or Kreisverwaltung more than of a Stadt
or Bürgermeister is about a county, and a district of that name is preferred. The
candidate with the highest score wins; names in page furniture do not count.
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from functools import lru_cache

from analysis.extraction.context import DocContext
from analysis.extraction.gazetteer import Mention, Place, find_places
from analysis.extraction.lexicon.places import (
    COUNTY_WORDS,
    DETERMINERS,
    MUNICIPAL_TITLES,
    PLACE_PREPOSITIONS,
    PROGRAMME_TITLES,
    TOWN_WORDS,
)
from analysis.reading.text import LOWER, UPPER, compile_skippable

_TITLE_BEFORE = re.compile(
    r"(?:"
    + "|".join(re.escape(t) for t in sorted((*MUNICIPAL_TITLES, *PROGRAMME_TITLES), key=len, reverse=True))
    + r")[ \xa0]+$"
)
# "Stadt Musterfeld an der Ruhr" where the gazetteer knows only "Musterfeld": the text's
# longer official name wins when a title stands before it.
_QUALIFIER = r"(?:am|an der|an den|in der|ob der|vor der|auf der)[ \xa0]+[A-ZÄÖÜ][\w-]+"
_TITLES = "|".join(re.escape(t) for t in sorted(MUNICIPAL_TITLES, key=len, reverse=True))
_TITLED_QUALIFIED = re.compile(rf"(?:{_TITLES})[ \xa0]+(([{UPPER}][\w-]+)[ \xa0]+{_QUALIFIER})(?![\w-])")
_WORD_BEFORE = re.compile(r"([\wäöüÄÖÜß]+)[ \xa0]+$")
_COUNTY = compile_skippable(r"\b(?:" + "|".join(COUNTY_WORDS) + r")\b")
_TOWN = compile_skippable(r"\b(?:" + "|".join(TOWN_WORDS) + r")\b")

# A municipality missing from the gazetteer (new, renamed, invented in a test) is still
# found where the text gives it a title ("Stadt X") or a page title names it ("Smart City X").
_NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
_NAME = rf"{_NAME_WORD}(?:[ \xa0]{_NAME_WORD}){{0,2}}"
MUNICIPALITY = compile_skippable(
    rf"\b(?:Stadt|Landeshauptstadt|Bundesstadt|Hansestadt|Kreisstadt|Universitätsstadt|Gemeinde|"
    rf"Stadtverwaltung|Oberbürgermeister(?:in)? von)[ \xa0]+({_NAME})"
)
TITLE = re.compile(
    rf"^(?:Smart[ \xa0]City|Digitale[ \xa0]Stadt|City[ \xa0]Portrait|Stadtporträt)[ \xa0:–-]+({_NAME})\s*$"
)
# Words that follow "Stadt" but are not names ("die Stadt Digitalisierung ..." is rare but real).
_NOT_NAMES = {"Der", "Die", "Das", "Und", "Im", "In", "Mit", "Für", "Auf", "Als", "Zur", "Zum"}


@lru_cache(maxsize=256)
def _count(name: str, text: str) -> int:
    # Genitive and adjective forms (Musterfelds, Musterfelder) and a name glued to the next
    # word of a kicker ("MusterfeldDigitalisierung") all count as a mention.
    if name not in text:
        return 0
    return len(re.findall(rf"(?<![{LOWER}{UPPER}]){re.escape(name)}(?:s|er)?(?![{LOWER}])", text))


def _best_prefix(name: str, text: str) -> str:
    """'Neu Musterfeld verfügt' -> the longest prefix named about as often as its first word."""
    words = name.split()
    base = _count(words[0], text) or 1
    best = words[0]
    for n in range(2, len(words) + 1):
        cand = " ".join(words[:n])
        if _count(cand, text) * 2 >= base:
            best = cand
    return best


HEADING_WEIGHT = 3.0
LEAD_WEIGHT = 1.5
TITLE_WORD_WEIGHT = 3.0
PREPOSITION_WEIGHT = 1.0
GENITIVE_WEIGHT = 1.0
SENTENCE_START_WEIGHT = 1.0
SMALL_PLACE = 10_000
COUNTY_FACTOR = 1.5  # in a county text, the district outweighs its seat named as often  # a bare mention of a smaller place (often an ordinary word) counts little


def _mention_weight(text: str, m: Mention, in_heading: bool, in_lead: bool) -> float:
    before = text[max(0, m.start - 40) : m.start]
    word = _WORD_BEFORE.search(before)
    prev = word.group(1) if word else ""
    # "die Lage": a plain word after an article is a noun; a hyphenated name or a district
    # ("der Rhein-Muster-Kreis", "des Musterkreises") takes an article as a matter of course.
    plain_word = " " not in m.written and "-" not in m.written and not m.written.endswith("kreis")
    if plain_word and prev.lower() in DETERMINERS and not _TITLE_BEFORE.search(before):
        return 0.0
    cues = 0.0
    if in_heading:
        cues += HEADING_WEIGHT
    if in_lead:
        cues += LEAD_WEIGHT
    if _TITLE_BEFORE.search(before):
        cues += TITLE_WORD_WEIGHT
    elif prev.lower() in PLACE_PREPOSITIONS:
        cues += PREPOSITION_WEIGHT
    after = text[m.end : m.end + 2]
    if after[:1] == "s" and after[1:2] in (" ", "\xa0"):
        cues += GENITIVE_WEIGHT  # "Musterfelds Oberbürgermeister", "Musterfelds neuer ..."
    if max(p.population for p in m.places) < SMALL_PLACE and not cues:
        return 0.3  # a small place named without any cue is often an ordinary word
    stripped = before.rstrip()
    if not stripped or stripped[-1] in '.!?:–\n"„“':
        cues += SENTENCE_START_WEIGHT
    return 1.0 + cues


def _holds_county_word(text: str) -> bool:
    """Literal pre-check: most texts name no Kreis or Landrat at all (then no count is needed)."""
    return any(w in text for w in _COUNTY_STEMS)


# Every county word contains one of these stems (checked by a test).
_COUNTY_STEMS = ("Kreis", "kreis", "Landrat", "Landrät")


def _choose(places: tuple[Place, ...], county: bool) -> Place:
    """A county text means the district of that name; otherwise the municipality."""
    preferred = [p for p in places if (p.kind == "d") == county]
    return (preferred or list(places))[0]


def detect_city(ctx: DocContext) -> str | None:
    own = [b for b in ctx.blocks if b.kind in ("heading", "meta", "content")]
    if not own:
        return None
    content = ctx.content_text
    county = _holds_county_word(content) and len(_COUNTY.findall(content)) > len(_TOWN.findall(content))
    first_content = next((b for b in own if b.kind == "content"), None)
    scores: dict[str, float] = defaultdict(float)
    first_seen: dict[str, int] = {}
    for b in own:
        in_heading = b.kind != "content"
        in_lead = b is first_content
        for m in find_places(b.text):
            place = _choose(m.places, county)
            w = _mention_weight(b.text, m, in_heading, in_lead)
            if county and place.kind == "d":
                w *= COUNTY_FACTOR
            if w:
                scores[place.name] += w
                first_seen.setdefault(place.name, b.start + m.start)
    for name in _titled_candidates(ctx):
        if name in scores or any(name in known or known in name for known in scores):
            continue
        # scored like a gazetteer place, mention by mention
        unknown = Place(name, SMALL_PLACE, "", "m")
        pattern = re.compile(rf"(?<![{LOWER}{UPPER}-]){re.escape(name)}(?=s\b|er\b|[^{LOWER}]|$)")
        for b in own:
            for hit in pattern.finditer(b.text):
                mention = Mention((unknown,), hit.start(), hit.end(), name)
                scores[name] += _mention_weight(b.text, mention, b.kind != "content", b is first_content)
                first_seen.setdefault(name, b.start + hit.start())
    if not scores:
        # the body names no place: the page's <title> is the evidence of the city
        titled = _html_title_places(ctx)
        return titled[0] if titled else None
    best = min(scores, key=lambda n: (-scores[n], first_seen[n]))
    return _official_form(best, ctx)


# "Digitalisierung in Musterfeld an der Aue": the place after "in", with its qualifier.
_IN_PLACE = compile_skippable(rf"\bin[ \xa0]+({_NAME}(?:[ \xa0]{_QUALIFIER})?)(?![\w-])")
_QUALIFIER_BEFORE = compile_skippable(r"\b(?:am|an der|an den|in der|ob der|vor der|auf der)[ \xa0]+$")
_HTML_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
# A title's parts: "Digitale Verwaltung – Stadt Musterfeld | Startseite"
_TITLE_PARTS = re.compile(r"\s+[–—|·:-]\s+|\s*\|\s*")


def _html_title_places(ctx: DocContext) -> list[str]:
    """The places the <title> of an HTML page names (a saved page keeps its title in the
    head, which the extractors do not read as text): gazetteer names, a name after a
    municipal title ("Stadt Musterfeld"), or a part of the title that is a name alone and
    is named in the page too."""
    if ctx.source.offsets is None:
        return []  # not an HTML page
    found = _HTML_TITLE.search(ctx.source.raw)
    if not found:
        return []
    title = " ".join(html.unescape(found.group(1)).split())
    county = _holds_county_word(title)
    names = [m.group(1) for m in _IN_PLACE.finditer(title) if m.group(1).split()[0] not in _NOT_NAMES]
    names += [
        _choose(m.places, county).name
        for m in find_places(title)
        if not _QUALIFIER_BEFORE.search(title, 0, m.start)  # "an der Lauter" qualifies a name
    ]
    names += [m.group(1) for m in MUNICIPALITY.finditer(title) if m.group(1).split()[0] not in _NOT_NAMES]
    m = TITLE.match(title)
    if m:
        names.append(m.group(1))
    view = ctx.source.view
    for part in _TITLE_PARTS.split(title):
        if re.fullmatch(_NAME, part) and part.split()[0] not in _NOT_NAMES and _count(part, view):
            names.append(part)
    return list(dict.fromkeys(names))


def _official_form(name: str, ctx: DocContext) -> str:
    """The longer name the text gives the city after a title ("Stadt Musterfeld an der Ruhr"),
    when the gazetteer's name is its short form."""
    if " " in name or "(" in name:
        return name  # already qualified
    for b in ctx.blocks:
        if b.kind in ("heading", "meta", "content") and name in b.text:
            for m in _TITLED_QUALIFIED.finditer(b.text):
                # an official name is used again ("an der Spitze" once is no part of a name)
                if (
                    m.group(2) == name
                    and ctx.content_text.count(m.group(1)) + _heading_count(ctx, m.group(1)) >= 2
                ):
                    return " ".join(m.group(1).split())
    return name


def _heading_count(ctx: DocContext, form: str) -> int:
    return sum(b.text.count(form) for b in ctx.blocks if b.kind in ("heading", "meta"))


def _titled_candidates(ctx: DocContext) -> Counter[str]:
    text = ctx.content_text
    scores: Counter[str] = Counter()
    for b in ctx.blocks:
        if b.kind in ("heading", "meta"):
            m = TITLE.match(b.text.replace("\xa0", " "))
            if m:
                scores[_best_prefix(m.group(1), text)] += 3
    for m in MUNICIPALITY.finditer(text.replace("\xa0", " ")):
        first = m.group(1).split()[0]
        if first in _NOT_NAMES:
            continue
        scores[_best_prefix(m.group(1), text)] += 1
    for name in list(scores):
        scores[name] += _count(name, text)
    return scores
