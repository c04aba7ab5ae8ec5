"""What kind of text a document is, and when it was published."""

from __future__ import annotations

import re

from analysis.extraction.context import DocContext
from analysis.extraction.names import NAME
from analysis.reading import dates
from analysis.reading.text import UPPER, lower_same_length

DATELINE = re.compile(r"^\s*[\[(]?\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*[\])]?\s*(?:[–—-]\s*)?")
# A dateline that names the place the report comes from, maybe an agency, then the day
# and a dash ("Musterfeld, 3. März 2030 – …", "Musterfeld (dpa) 03.03.2030 – …").
PLACE_DATELINE = re.compile(
    r"^\s*[A-ZÄÖÜ][\w.-]+(?:[ -][A-ZÄÖÜ][\w.-]+){0,2}\s*(?:\([^()\n]{1,20}\))?\s*,?\s*"
    r"(?P<date>\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+\.?)\s?\d{4})\s*[–—-]\s*"
)


def dateline_match(text: str) -> re.Match | None:
    """The dateline opening a paragraph, in either form; its group "date" (when present)
    or its whole text holds the day."""
    return DATELINE.match(text) or PLACE_DATELINE.match(text)


# A publication cue stands right before its date ("Veröffentlicht am: "); looking this far
# back is ample and keeps the work per date bounded.
CUE_REACH = 40
PUBLISHED_CUE = re.compile(r"(veröffentlicht|erschienen|publiziert|datum|stand)\s*(am|vom)?\s*:?\s*$", re.I)
# A byline that carries the day ("Geschrieben von Anna Muster | 3. März 2031", "Von Jan
# Beispiel, 03.03.2031", "Ein Beitrag von Redaktion Musterblatt am 3. März 2031"): the line
# names who wrote the text and when, so its date is the publication day. Read on the text
# before the date; the date must close the line (a byline is a line of its own).
BYLINE_BEFORE_DATE = re.compile(
    r"^\s*(?:(?:Geschrieben|Verfasst|Erstellt|Ein\s+(?:Beitrag|Bericht|Artikel))\s+von|Von|Autor(?:in)?:)"
    r"\s+\S[^\n]{0,80}?\s*(?:[|·•,–—-]|\bam|\bvom)\s*$"
)
# A line naming the report and its day ("Pressemitteilung vom 3. März 2031", "Meldung vom …").
REPORT_OF_THE_DAY = re.compile(
    r"(?:Presse)?(?:[Mm]itteilung|[Mm]eldung|[Ii]nformation)(?:\s+Nr\.\s*\d+)?\s+vom\s*$"
    r"|\b(?:Artikel|Beitrag|Nachricht)\s+vom\s*$"
)
# What may follow the day on such a line: nothing, or a separator and a short note ("| 3 Min. Lesezeit").
AFTER_THE_DAY = re.compile(r"\s*(?:[|·•,]\s*[^\n|·•]{0,40})?\s*$")
BYLINE_LINE = 140  # longer than a byline: a sentence of prose
NEWS_CUES = re.compile(
    r"\(wir berichteten\)|\bwie (die|der|das) \w+ (weiter )?(mitteilt|berichtet|meldet)|"
    r"\bpressemitteilung\b|\bheißt es\b"
)  # on lower-cased text
PROFILE_CUES = re.compile(
    r"city[ -]?portrait|porträt|steckbrief|smart city atlas|city content|\bstudie\b|"
    r"profil der stadt"
)  # on lower-cased text
# Literal pre-checks of the two patterns above (a text without any cannot match).
NEWS_WORDS = ("wir berichteten", "wie d", "pressemitteilung", "heißt es")
PROFILE_WORDS = ("portrait", "porträt", "steckbrief", "atlas", "city content", "studie", "profil der stadt")


def _holds(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


STRATEGY_CUES = re.compile(r"strategie|agenda|leitbild|masterplan")  # on lower-cased text


def dateline(ctx: DocContext):
    """A news dateline ("[23.02.2021] ...") opening one of the first content paragraphs
    (computed once per document)."""
    if ctx.dateline is not DocContext.UNSET:
        return ctx.dateline
    ctx.dateline = _find_dateline(ctx)
    return ctx.dateline


def _find_dateline(ctx: DocContext):
    for b in [b for b in ctx.blocks if b.kind == "content"][:3]:
        m = dateline_match(b.text)
        if m:
            day = m.group("date") if "date" in m.re.groupindex else m.group(0)
            mention = dates.parse_date(day.strip(" []()–—-"))
            if mention and len(mention.date) == 10:
                return b, mention
    return None


def detect_published(ctx: DocContext) -> str | None:
    found = dateline(ctx)
    if found:
        return found[1].date
    for b in ctx.blocks:
        if b.kind == "meta":
            for m in ctx.dates_in(b.text):
                if len(m.date) == 10:
                    return m.date
    for b in ctx.blocks:
        if b.kind in ("content", "heading"):
            for m in ctx.dates_in(b.text):
                if len(m.date) == 10 and PUBLISHED_CUE.search(b.text[max(0, m.start - CUE_REACH) : m.start]):
                    return m.date
                if _byline_date(b.text, m):
                    return m.date
    return None


def _byline_date(line: str, m: dates.DateMention) -> bool:
    """A full date on a byline ("Geschrieben von Anna Muster | 3. März 2031 | 3 Min. Lesezeit")
    or on a line naming the report ("Pressemitteilung vom 3. März 2031")."""
    if len(m.date) != 10 or len(line) > BYLINE_LINE or not AFTER_THE_DAY.fullmatch(line[m.end :]):
        return False
    before = line[: m.start]
    return BYLINE_BEFORE_DATE.match(before) is not None or REPORT_OF_THE_DAY.search(before) is not None


# The marks of a newspaper or radio report: a byline ("Von Anna Muster") on its own line, a
# publication line ("Veröffentlicht: 23.05.2023, 17:45 Uhr"), or a paragraph opening with the
# place the report comes from ("Musterfeld. Die Stadt …", "Musterfeld – Der Kreis …").
BYLINE = re.compile(rf"^(?:Von|Ein Bericht von|Autor(?:in)?:)\s+{NAME}$")
PUBLICATION_LINE = re.compile(r"^(?:Veröffentlicht|Erschienen|Aktualisiert)(?:\s+am)?\s*:?\s*\d", re.I)


# Reported speech dated by a weekday ("sagte die Bürgermeisterin am Mittwoch") and a photo
# caption naming people from the left ("Von links: …", "v. l.: …"): the marks of a report.
REPORTED_SPEECH = re.compile(
    r"\b(?:sagte|erklärte|betonte|berichtete|teilte|kündigte)\b[^.]{0,40}\bam "
    rf"(?:{'|'.join(dates.WEEKDAYS)})\b"
)  # on lower-cased text
SPEECH_WORDS = ("sagte", "erklärte", "betonte", "berichtete", "teilte", "kündigte")
PHOTO_CAPTION = re.compile(r"^(?:von links|v\. ?l\.)\s*[:,]")  # on a lower-cased line


def _journalism(ctx: DocContext) -> bool:
    for b in ctx.blocks:
        if b.kind != "page" and (BYLINE.match(b.text) or PUBLICATION_LINE.match(b.text)):
            return True
        if b.kind == "content" and PHOTO_CAPTION.match(lower_same_length(b.text[:12])):
            return True
    content = ctx.content_lower
    if _holds(content, SPEECH_WORDS) and REPORTED_SPEECH.search(content):
        return True
    city = ctx.city
    if city:
        opener = re.compile(rf"^{re.escape(city)}\s?(?:\.|[–—]|-\s)\s*[{UPPER}„]")
        return any(opener.match(b.text) for b in ctx.content_blocks[:3])
    return False


def detect_source_kind(ctx: DocContext) -> str:
    whole = lower_same_length(ctx.source.view)
    content = ctx.content_lower
    if dateline(ctx) or (_holds(content, NEWS_WORDS) and NEWS_CUES.search(content)) or _journalism(ctx):
        return "news"
    if _holds(whole, PROFILE_WORDS) and PROFILE_CUES.search(whole):
        return "profile"
    if len(STRATEGY_CUES.findall(content)) >= 2:
        return "strategy"
    return "other"
