"""Typesetting of the report HTML before it is shown and printed: German words carry their
language, and long German compounds may break only at their joints, with a hyphen.

Why a pass over the finished HTML: German reaches the reports in many places (quotes,
names of offices and units inside English sentences and table cells, labels from the
texts files), and the browser or WeasyPrint hyphenates each element by its `lang`. An
English hyphenation of a German word breaks it where no German reader would
("Information-stechnik", "Stabss-telle"); a table cell that breaks a word anywhere
(`overflow-wrap: break-word`) breaks it without a hyphen ("angegeb|en"). So:

- in an English report, a run of German words in English text is wrapped in
  `<span lang="de">` (hyphenated by German rules, and read aloud as German);
- in German text (a German report, or an element with `lang="de"`) a long word gets soft
  hyphens (U+00AD) at its compound joints ("Informations·technik", "Wirtschafts·förderung"),
  and a long part without a joint at its German syllables (Pyphen's German dictionary); the
  stylesheet breaks table cells and headers only there (`hyphens: manual`), and never
  elsewhere (`overflow-wrap: normal`).

A word is German when it has German letters (ä, ö, ü, ß), or German's dictionary
(simplemma) knows it, or it is a compound of words it knows, while English's does not
know it: "Stabsstelle", "Dezernat", "Amt für Informationstechnik" are German; "Smart City",
"CDO", "digital" are not. Names that neither dictionary knows ("Musterhausen", "Erika
Beispiel") stay as they are: they are never hyphenated.
"""

from __future__ import annotations

import html
import itertools
import re
from functools import lru_cache

SOFT_HYPHEN = "\u00ad"
# A compound is only split into parts a reader recognises: each at least this long.
MIN_PART = 4
# Words shorter than this are never broken: they fit any column the reports draw.
MIN_BREAKABLE = 10
# A part of a compound longer than this without a joint of its own is broken at its German
# syllables (Pyphen), so that no column has to be as wide as "Digitalisierungsstrategie".
MAX_UNBROKEN_PART = 13
# Linking elements (Fugenelemente) between the parts of a German compound:
# "Informations|technik", "Bürger|beteiligung", "Sonnen|energie", "Hundes|teuer".
LINKING_ELEMENTS = ("s", "es", "n", "en", "e", "")

_WORD = re.compile(r"[^\W\d_]+")
# Character references of the escaped HTML text ("&amp;", "&#x27;"): never split or wrapped.
_REFERENCE = re.compile(r"(&#?\w+;)")


def _outside_references(text: str, transform) -> str:
    parts = _REFERENCE.split(text)
    return "".join(part if i % 2 else transform(part) for i, part in enumerate(parts))


_GERMAN_LETTERS = re.compile(r"[äöüßÄÖÜ]")
# Acronyms and abbreviations ("CDO", "IT") are not words of either language.
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{1,5}s?$")
# Elements whose text is not prose, or is never hyphenated and is read back as plain text
# (headings are the PDF's bookmarks; the table of contents repeats them): left untouched.
_SKIP = {
    "style",
    "script",
    "title",
    "head",
    "svg",
    "code",
    "pre",
    "textarea",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>")
_LANG = re.compile(r"""\blang\s*=\s*["']?([a-zA-Z-]+)""")


@lru_cache(maxsize=1 << 16)
def _known(word: str, lang: str) -> bool:
    import simplemma

    return bool(simplemma.is_known(word, lang=lang) or simplemma.is_known(word.lower(), lang=lang))


def _german_word(word: str) -> bool:
    return _known(word, "de") or _known(word[:1].upper() + word[1:].lower(), "de")


@lru_cache(maxsize=1 << 16)
def is_german(word: str) -> bool:
    """Whether a word of an English text is German (see the module's docstring)."""
    if len(word) < 3 or _ACRONYM.match(word):
        return False
    if _GERMAN_LETTERS.search(word):
        return True
    if _known(word, "en"):
        return False
    return _german_word(word) or bool(compound_joints(word))


@lru_cache(maxsize=1 << 16)
def compound_joints(word: str) -> tuple[int, ...]:
    """The positions at which the German compound `word` joins its parts, after any linking
    element ("Informationstechnik" -> (12,): "Informations|technik"); () when it is not a
    compound of known words. The shortest known last part wins; both sides split again."""
    n = len(word)
    for cut in range(n - MIN_PART, MIN_PART - 1, -1):
        rest = word[cut:]
        if not (_german_word(rest) or _later_joints(rest)):
            continue
        head = word[:cut]
        for link in LINKING_ELEMENTS:
            stem = head[: len(head) - len(link)] if link else head
            if link and not head.endswith(link):
                continue
            if len(stem) >= MIN_PART and _german_word(stem):
                # the first part may be a compound itself: "Stabs|stellen|leitung"
                inner = compound_joints(head) if len(head) >= 2 * MIN_PART else ()
                return (*inner, cut, *(cut + j for j in _later_joints(rest)))
    return ()


def _later_joints(rest: str) -> tuple[int, ...]:
    return compound_joints(rest[:1].upper() + rest[1:]) if len(rest) >= 2 * MIN_PART else ()


@lru_cache(maxsize=1)
def _pyphen_de():
    import pyphen

    return pyphen.Pyphen(lang="de_DE")


def german_breaks(word: str) -> tuple[int, ...]:
    """Where a German reader accepts a break in `word`: its compound joints that are also
    German syllable boundaries (a split like "Rechts|tanwalt" is not)."""
    syllables = set(_pyphen_de().positions(word))
    return tuple(j for j in compound_joints(word) if j in syllables)


@lru_cache(maxsize=1 << 16)
def hyphenate_german(word: str) -> str:
    """`word` with soft hyphens where a German reader accepts a line break: at its compound
    joints, and inside a long part at its syllables (German rules). Short words and words
    with a hyphen of their own are broken only at that hyphen."""
    if len(word) < MIN_BREAKABLE:
        return word
    cuts = [0, *german_breaks(word), len(word)]
    parts = []
    for a, b in itertools.pairwise(cuts):
        part = word[a:b]
        if len(part) > MAX_UNBROKEN_PART:
            part = _pyphen_de().inserted(part, hyphen=SOFT_HYPHEN)
        parts.append(part)
    return SOFT_HYPHEN.join(parts)


def german_break_positions(word: str) -> tuple[int, ...]:
    """The positions of `hyphenate_german`'s soft hyphens in `word`."""
    positions, at = [], 0
    for ch in hyphenate_german(word):
        if ch == SOFT_HYPHEN:
            positions.append(at)
        else:
            at += 1
    return tuple(positions)


class GermanDictionary:
    """A stand-in for Pyphen's German dictionary where WeasyPrint hyphenates German by
    itself (`hyphens: auto` on text without soft hyphens: cells of automatically laid out
    tables, which keep none). Pyphen's German patterns allow "Stab|sstelle" and
    "Informati|onstechnik"; this one breaks only where `hyphenate_german` does (compound
    joints, syllables of a long part), so every German break in a report is the same."""

    def __init__(self, left: int = 2, right: int = 2):
        self.left, self.right = left, right

    def positions(self, word: str) -> list[int]:
        return [p for p in german_break_positions(word) if self.left <= p <= len(word) - self.right]

    def iterate(self, word: str):
        """(first part, second part) at each allowed break, the longest first part first (as
        Pyphen's `iterate`: WeasyPrint takes the first that fits the line)."""
        for p in reversed(self.positions(word)):
            yield word[:p], word[p:]


class _PyphenForWeasyPrint:
    """Pyphen as WeasyPrint's line breaker uses it (`language_fallback`, `Pyphen`), with
    German answered by `GermanDictionary`."""

    @staticmethod
    def language_fallback(lang: str):
        import pyphen

        return pyphen.language_fallback(lang)

    @staticmethod
    def Pyphen(lang: str, left: int = 2, right: int = 2, **kwargs):
        import pyphen

        if lang.lower().startswith("de"):
            return GermanDictionary(left, right)
        return pyphen.Pyphen(lang=lang, left=left, right=right, **kwargs)


def use_german_breaks_in_weasyprint() -> None:
    """Let WeasyPrint's automatic hyphenation of German break only at German breaks
    (`GermanDictionary`). WeasyPrint (70) takes no hyphenation dictionary as an option; its
    line breaker looks Pyphen up as a module attribute, which is replaced here (idempotent)."""
    from weasyprint.text import line_break

    line_break.pyphen = _PyphenForWeasyPrint


@lru_cache(maxsize=1)
def _day_month() -> re.Pattern[str]:
    """A day and its month ("9. November", "9 November"): a no-break space keeps them on
    one line, so that a date in a table cell never runs over three lines."""
    from analysis.reporting.texts import LANGUAGES, texts

    months = sorted({m for lang in LANGUAGES for m in texts(lang).table["months"]}, key=len, reverse=True)
    return re.compile(r"\b(\d{1,2}\.?) (" + "|".join(months) + r")\b")


def _keep_dates(text: str) -> str:
    return _day_month().sub("\\1\u00a0\\2", text)


def _hyphenate_text(text: str) -> str:
    return _outside_references(
        _keep_dates(text), lambda part: _WORD.sub(lambda m: hyphenate_german(m.group(0)), part)
    )


def _mark_text(text: str) -> str:
    """English text with each run of German words wrapped in `<span lang="de">` (German
    words hyphenated at their joints); `text` is already escaped HTML."""
    return _outside_references(_keep_dates(text), _mark_part)


def _mark_part(text: str) -> str:
    words = list(_WORD.finditer(text))
    german = [is_german(m.group(0)) for m in words]
    out, pos, i = [], 0, 0
    while i < len(words):
        if not german[i]:
            i += 1
            continue
        j = i
        # A run continues over spaces and hyphens, never over other punctuation.
        while (
            j + 1 < len(words)
            and german[j + 1]
            and re.fullmatch(r"[ \u00a0-]+", text[words[j].end() : words[j + 1].start()])
        ):
            j += 1
        start, end = words[i].start(), words[j].end()
        out.append(text[pos:start])
        out.append(f'<span lang="de">{_hyphenate_text(text[start:end])}</span>')
        pos, i = end, j + 1
    out.append(text[pos:])
    return "".join(out)


def typeset(page: str, lang: str) -> str:
    """The report HTML with German marked and hyphenated for print (see the docstring)."""
    out = []
    stack: list[tuple[str, str, bool]] = [("", lang, False)]
    pos = 0
    body = page.find("<body")
    if body < 0:
        return page
    out.append(page[:body])
    pos = body
    for m in _TAG.finditer(page, body):
        text = page[pos : m.start()]
        if text:
            _, current, skip = stack[-1]
            if skip or not text.strip():
                out.append(text)
            elif current.startswith("de"):
                out.append(_hyphenate_text(text))
            else:
                out.append(_mark_text(text))
        out.append(m.group(0))
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2).lower(), m.group(3)
        if closing:
            for k in range(len(stack) - 1, 0, -1):
                if stack[k][0] == name:
                    del stack[k:]
                    break
        elif name not in _VOID and not attrs.rstrip().endswith("/"):
            parent_lang, parent_skip = stack[-1][1], stack[-1][2]
            found = _LANG.search(attrs)
            stack.append((name, found.group(1) if found else parent_lang, parent_skip or name in _SKIP))
    out.append(page[pos:])
    page = _AUTO_TABLE.sub(lambda m: m.group(0).replace(SOFT_HYPHEN, ""), "".join(out))
    return _TABLE.sub(lambda m: fit_columns(m.group(0)), page)


# Advance widths of DejaVu Sans (the report font) in em, generous averages: a column at
# least this wide holds the word. Headers are bold, hence wider.
EM_PER_CHAR = 0.64
EM_PER_CHAR_BOLD = 0.72
CELL_PADDING_EM = 1.4  # 5 px each side at 8 pt, and a margin
# The width a table has on an A4 page (174 mm of text less the body's padding) in em of the
# tables' 8 pt; a table whose words need more is set smaller (not below SMALLEST_PT), rather
# than letting one column's words run into the next.
PAGE_EM = 57.5
TABLE_PT = 8.0
SMALLEST_PT = 6.5
# A table of automatic layout sizes its columns to its words by itself; soft hyphens in it
# make WeasyPrint (70) compute columns wider than the page, so it keeps none.
_AUTO_TABLE = re.compile(r"<table>.*?</table>", re.S)
_TABLE = re.compile(r"<table class=\"fixed\">.*?</table>", re.S)
_COL = re.compile(r'<col style="width:([0-9.]+)em"/>|<col/>')
_ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
_CELL = re.compile(r"<t([hd])\b[^>]*>(.*?)</t\1>", re.S)
# The pieces between line-break opportunities (a space, a soft hyphen, after a hyphen; never
# a no-break space: "9.\u00a0November" stays together).
_PIECE = re.compile(r"[^ \t\n\r\u00ad-]+-?")


def _longest_piece_em(cell: str, per_char: float) -> float:
    text = html.unescape(re.sub(r"<[^>]+>", "", cell))
    return max((len(p) for p in _PIECE.findall(text)), default=0) * per_char + CELL_PADDING_EM


def fit_columns(table: str) -> str:
    """A table of fixed layout with each column given a width at least as wide as its
    longest unbreakable word (header included), so that no header is overprinted by the
    next and no name runs into the next column. Columns without a width share the rest."""
    cols = list(_COL.finditer(table))
    need = [0.0] * len(cols)
    for row in _ROW.findall(table):
        for i, (kind, cell) in enumerate(_CELL.findall(row)[: len(cols)]):
            need[i] = max(need[i], _longest_piece_em(cell, EM_PER_CHAR_BOLD if kind == "h" else EM_PER_CHAR))
    widths = [max(float(col.group(1) or 0), em) for col, em in zip(cols, need, strict=True)]
    crowded = sum(widths) > PAGE_EM
    out, pos = [], 0
    for col, em, width in zip(cols, need, widths, strict=True):
        out.append(table[pos : col.start()])
        given = col.group(1)
        if (given is not None and float(given) < em) or (crowded and given is None):
            out.append(f'<col style="width:{width:.1f}em"/>')
        else:
            out.append(col.group(0))
        pos = col.end()
    out.append(table[pos:])
    fitted = "".join(out)
    if crowded:  # every column as wide as its words, the type a little smaller to fit the page
        size = max(SMALLEST_PT, TABLE_PT * PAGE_EM / sum(widths))
        fitted = fitted.replace(
            '<table class="fixed">', f'<table class="fixed" style="font-size:{size:.1f}pt">', 1
        )
    return fitted


def plain(text: str) -> str:
    """Text as a reader copies it: without soft hyphens (for tests and alt texts)."""
    return html.unescape(text).replace(SOFT_HYPHEN, "")
