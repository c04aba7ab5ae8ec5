"""Separate the document from the page around it, by structure and wording.

Every line of the text becomes a Block with a kind:
- `content`: the document's own paragraphs (extractors read only these),
- `heading`: a short title line that opens a section,
- `meta`: page header lines that describe the document (a byline with date and reading time),
- `page`: everything that belongs to the web page around it: cookie banners, navigation,
  image credits, platform sign-up blurbs, advertising, related-article and news sidebars.

The rules look at the shape of a line and at the language of web furniture (cookie
consent, "mehr...", "Image Sources", calls to sign up), never at a particular site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.reading.dates import WEEKDAYS
from analysis.reading.text import Span, compile_skippable, computed_once, lower_same_length


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    text: str
    kind: str  # content | heading | meta | page
    reason: str | None = None

    @computed_once
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    @computed_once
    def lower(self) -> str:
        """Lower-cased text, offsets unchanged (its sentences read slices of it)."""
        return lower_same_length(self.text)


# The furniture patterns are lower case and run on lower-cased lines (faster than IGNORECASE).
# A line from which on everything is page furniture (lists of other articles, footers).
TAIL_START = re.compile(
    r"^\s*(verwandte artikel|ähnliche (artikel|meldungen|beiträge|nachrichten|themen)|"
    r"weitere (meldungen|artikel|beiträge|nachrichten|news|pressemitteilungen|interviews|berichte|themen)|"
    r"aktuelle meldungen|neueste (artikel|meldungen|beiträge)|mehr aus (der|dem) |"
    r"mehr zum thema|das könnte sie auch interessieren|auch interessant|related (articles|posts)|"
    r"lesen sie auch|weiterführende artikel|kommentare?\s*$|teilen sie diesen)"
)
# Calls to sign up or join a platform: the end of the document and start of its frame.
CALL_TO_ACTION = re.compile(
    r"(werden sie teil|jetzt\b.{0,40}\b(anmelden|registrieren|mitmachen|abonnieren)|"
    r"newsletter (abonnieren|bestellen)|melden sie sich .{0,30}an\b|registrieren sie sich|"
    r"vernetzen sie sich|sign up|subscribe)"
)
# Literal pre-check of CALL_TO_ACTION (on the lower-cased line): one of its words in every match.
CALL_TO_ACTION_WORDS: tuple[str, ...] = (
    "werden sie teil",
    "jetzt",
    "newsletter",
    "melden sie sich",
    "registrieren sie sich",
    "vernetzen sie sich",
    "sign up",
    "subscribe",
)
CONSENT = re.compile(
    r"(zustimm|akzeptier|einwillig|einverstanden|datenschutz(einstellung|erklärung|hinweis)|"
    r"(verwenden|verwendet|nutzen|nutzt|setzen|setzt|speichern|speichert) cookies|"
    r"cookies? (zulassen|ablehnen|verwendet|gesetzt)|stimmen sie\b.{0,80}\bzu\b)"
)
NAVIGATION = re.compile(
    r"^\s*(skip to (main )?content|zum (haupt)?inhalt( springen)?|zur navigation|navigation|menü|menu|"
    r"startseite|home|suche|search|login|anmelden|drucken|teilen|share|nach oben|zurück|"
    r"seite drucken|seite teilen|avatar|anzeige|werbung|advertisement)\s*$"
)
CREDIT_START = re.compile(
    r"\s*\(?\s*(bild|foto|fotos|image|images|bildquelle|bildquellen|bildnachweis|bildnachweise|"
    r"fotonachweis|image sources?|photo|credits?|quelle|titelbild)\s*(:|\)|source)"
)
CREDIT_ANYWHERE = re.compile(
    r"\b(credit|copyright)\s*:|©|\bistock\b|\bshutterstock\b|\badobe ?stock\b|\bgetty images\b"
)
CREDIT_WORDS = ("credit", "copyright", "©", "istock", "shutterstock", "stock", "getty")


def is_credit(low: str) -> bool:
    """An image credit line; the literal test first because it is much cheaper."""
    return bool(CREDIT_START.match(low)) or (
        any(w in low for w in CREDIT_WORDS) and bool(CREDIT_ANYWHERE.search(low))
    )


READING_TIME = re.compile(r"\d\s*(min\.? read|min\.? lesezeit|minuten lesezeit)|lesedauer")
TEASER_END = re.compile(r"(mehr\s*(\.\.\.|…)|weiterlesen|read more)\s*$")
# Literal pre-checks (lower-cased line): every match of the pattern holds one of the words.
READING_TIME_WORDS = ("min", "lesedauer")
TEASER_END_WORDS = ("mehr", "weiterlesen", "read more")
WEEKDAY_DATE_LINE = re.compile(rf"^\s*({'|'.join(WEEKDAYS)}),?\s+\d{{1,2}}\.\s*\w+\.?\s+\d{{4}}\s*$")
BULLET = re.compile(r"^\s*([•·▪‣◦*–-]|\d{1,2}[.)])\s+")
# A line that is only a date, maybe with a time: the page's date, not a label
# ("17.02.2021", "15. Juli 2020, 06:00 Uhr", "(03.05.2019)").
BARE_DATE_LINE = re.compile(
    r"^\s*[\[(]?\s*\d{1,2}\.\s?(?:\d{1,2}\.|[a-zäöü]+\.?)\s?\d{2,4}\s*[\])]?"
    r"(?:\s*[,|–-]?\s*(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*uhr)?)?\s*$"
)
# The same date written twice, with a time ("03.09.2029 | 03.09.2029, 16:45": published and
# updated): a date line of the page header.
_DATE_TIME = r"\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}(?:\s*,?\s*(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*uhr)?)?"
REPEATED_DATE_LINE = re.compile(rf"^\s*{_DATE_TIME}(?:\s*[|/·–-]\s*{_DATE_TIME})+\s*$")
# A page-header widget: a weekday with a date, then what is no sentence: a temperature, a
# read-aloud or search button, menu words ("So, 14.01.2029 -2° C Suche Menü").
_WEEKDAY_ABBREVIATIONS = "mo|di|mi|do|fr|sa|so"
WIDGET_LINE = re.compile(
    rf"^\s*(?:{'|'.join(WEEKDAYS)}|(?:{_WEEKDAY_ABBREVIATIONS})\.?),?\s+\d{{1,2}}\.\s*(?:\d{{1,2}}\.|[a-zäöü]+\.?)"
    r"\s*\d{2,4}\b(?P<rest>.*)$"
)
# What follows the date in a widget: a temperature, the time of day, or words of page controls.
WIDGET_PARTS = re.compile(
    r"-?\d{1,2}\s?°\s?[cf]?\b|\b\d{1,2}:\d{2}\b|\b(?:vorlesen|suche|menü|schließen|login|anmelden|wetter)\b"
)
# A byline with the report's date ("Von Anna Muster | 12.04.2030, 10:03 Uhr"): header meta.
BYLINE_DATE_LINE = re.compile(
    r"^\s*(?:von|autor(?:in)?:)\s+(?:[a-zäöüß.-]+\s+){0,3}[a-zäöüß.-]+\s*[,|·–-]\s*"
    rf"(?:{'|'.join(WEEKDAYS)},?\s+)?{_DATE_TIME}\s*$"
)
# A short label line with a full date, no sentence: the page's own dates. Which date it is
# follows from the page words beside it (lower case, matched as words):
_FULL_DATE = r"\d{1,2}\.\s?(?:\d{1,2}\.|[a-zäöü]+\.?)\s?\d{4}"
DATED_LABEL_LINE = re.compile(rf"^(?:(?!\.\s).){{0,60}}{_FULL_DATE}(?:(?!\.\s).){{0,60}}$")
# the day the page was viewed, fetched or printed: never the publication
VIEW_DATE_WORDS = re.compile(r"\b(?:abgerufen|aufgerufen|zugriff|druckversion|gedruckt|heute)\b")
# ... said in a short sentence too ("Die Seite wurde am 3. März 2030 abgerufen.")
FETCH_WORDS = compile_skippable(r"\b(?:abgerufen|aufgerufen|zugriff am|gedruckt am)\b")
# the day the report or page appeared or was updated: header meta
PAGE_DATE_WORDS = re.compile(
    r"\b(?:artikel|beitrag|meldung|pressemitteilung|veröffentlicht|erschienen|erstellt|aktualisiert"
    r"|geändert|stand|datum|redaktion|pressestelle|autor|autorin)\b"
)
# Teasers of other articles in a sidebar: "Musterfeld: Neue App für Bürger" (a short line,
# a place or a kicker before the colon, a headline without a full stop after it).
TEASER_LINE = re.compile(r"^[A-ZÄÖÜ][\w.-]{1,30}(?: [A-ZÄÖÜ][\w.-]{1,30})?:\s+\S.{3,120}[^.:]$")
SINGLE_TOKEN = re.compile(r"^\s*[a-z0-9_./-]+\s*$")  # "avatar", "interview", "rathaus_aussenansicht"


def _lines(text: str) -> list[Span]:
    spans, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append(Span(pos + lead, pos + lead + len(stripped), stripped))
        pos = end + 1
    return spans


def is_heading_shape(text: str) -> bool:
    """A short line without sentence punctuation that starts with a capital or digit."""
    t = text.rstrip(":").strip()
    if not t or len(t) > 80 or len(t.split()) > 10 or BULLET.match(text):
        return False
    if t[-1] in '.!?,;"“”»' or not (t[0].isupper() or t[0].isdigit()):
        return False
    return not re.search(r"[.!?]\s", t)


def _page_reason(line: Span, low: str, seen: set[str]) -> str | None:
    t = line.text
    if "cookie" in low and CONSENT.search(low):
        return "cookie banner"
    if NAVIGATION.match(low):
        return "navigation"
    if len(t) < 400 and is_credit(low):
        return "image credit"
    if WEEKDAY_DATE_LINE.match(low):
        return "date of the page view"
    widget = WIDGET_LINE.match(low) if len(t) < 200 else None
    if (
        widget
        and not widget.group("rest").rstrip().endswith(".")
        and WIDGET_PARTS.search(widget.group("rest"))
    ):
        return "date and weather widget"
    if SINGLE_TOKEN.match(t):
        return "page label"
    if t.isupper() and len(t.split()) >= 2:
        return "banner"
    if any(w in low for w in TEASER_END_WORDS) and TEASER_END.search(low):
        return "teaser of another article"
    if len(t) > 20 and t in seen:
        return "repeated line (caption or teaser)"
    return None


def segment(text: str) -> list[Block]:
    """Classify every non-empty line of `text` (see module doc)."""
    lines = _lines(text)
    blocks: list[Block] = []
    seen: set[str] = set()
    tail_reason = None
    substantial = 0  # characters of content so far: furniture cues only count after the body
    lows: list[str] = []  # each line's lower case: every line becomes one block
    for i, line in enumerate(lines):
        t = line.text
        low = lower_same_length(t)
        lows.append(low)
        if tail_reason is None:
            if TAIL_START.match(low):
                tail_reason = "related articles / more news"
            elif (
                substantial > 300
                and any(w in low for w in CALL_TO_ACTION_WORDS)
                and CALL_TO_ACTION.search(low)
            ):
                tail_reason = "platform blurb and footer"
        if tail_reason:
            blocks.append(Block(line.start, line.end, t, "page", tail_reason))
            continue
        if (
            (BARE_DATE_LINE.match(low) and not WEEKDAY_DATE_LINE.match(low))
            or REPEATED_DATE_LINE.match(low)
            or (len(t) < 120 and BYLINE_DATE_LINE.match(low))
        ):
            blocks.append(Block(line.start, line.end, t, "meta", "date line"))
            continue
        dated_label = len(t) < 100 and not t.endswith(".") and DATED_LABEL_LINE.match(low)
        fetched = len(t) < 100 and DATED_LABEL_LINE.match(low) and FETCH_WORDS.search(low)
        if (dated_label and VIEW_DATE_WORDS.search(low)) or fetched:
            blocks.append(Block(line.start, line.end, t, "page", "date of the page view"))
            continue
        if dated_label and PAGE_DATE_WORDS.search(low):
            blocks.append(Block(line.start, line.end, t, "meta", "date line"))
            continue
        reason = _page_reason(line, low, seen)
        seen.add(t)
        if reason:
            blocks.append(Block(line.start, line.end, t, "page", reason))
            continue
        if len(t) < 160 and any(w in low for w in READING_TIME_WORDS) and READING_TIME.search(low):
            blocks.append(Block(line.start, line.end, t, "meta", "header line"))
            continue
        nxt = lines[i + 1].text if i + 1 < len(lines) else ""
        if is_heading_shape(t) and nxt and not is_heading_shape(nxt):
            blocks.append(Block(line.start, line.end, t, "heading"))
            continue
        blocks.append(Block(line.start, line.end, t, "content"))
        substantial += len(t)
    for block, low in zip(blocks, lows, strict=True):
        block.__dict__["lower"] = low  # Block.lower, already computed here (see computed_once)
    _drop_teaser_headers(blocks)
    _drop_teaser_runs(blocks)
    return blocks


def _drop_teaser_runs(blocks: list[Block]) -> None:
    """Two or more teaser-shaped lines in a row after the body are a sidebar of other news."""
    substantial = 0
    i = 0
    while i < len(blocks):
        b = blocks[i]
        j = i
        while (
            j < len(blocks) and blocks[j].kind in ("content", "heading") and TEASER_LINE.match(blocks[j].text)
        ):
            j += 1
        if j - i >= 2 and substantial > 300:
            for k in range(i, j):
                blocks[k] = Block(
                    blocks[k].start, blocks[k].end, blocks[k].text, "page", "teaser of another article"
                )
            i = j
            continue
        if b.kind == "content":
            substantial += len(b.text)
        i += 1


def _drop_teaser_headers(blocks: list[Block]) -> None:
    """Title and image-alt lines just above a teaser belong to the teaser (news sidebars)."""
    for i, b in enumerate(blocks):
        if b.kind == "page" and b.reason == "teaser of another article":
            j = i - 1
            while (
                j >= 0
                and i - j <= 3
                and blocks[j].kind in ("heading", "content")
                and len(blocks[j].text) < 160
            ):
                blocks[j] = Block(
                    blocks[j].start, blocks[j].end, blocks[j].text, "page", "teaser of another article"
                )
                j -= 1
