"""A PDF's text layer -> the text the extraction reads, one paragraph per line, with the
offset where each page begins (so evidence can say "p. 12").

pypdf gives the text pieces of each page with their position and font size. Pieces on one
baseline make a line; lines make a paragraph while the gap to the next is a normal line
pitch and the font size stays; a larger gap, a new font size or a page break (unless the
sentence runs on) starts a new one. Joining lines undoes what typesetting did: a word
hyphenated at the line end is joined ("Digitali-" + "sierung"), a hyphen before a capital
stays ("E-" + "Government"), a hyphen before a conjunction is an elided compound and keeps
its space ("Bildungs- und Kulturarbeit"); ligature characters become their letters; page
numbers and running headers repeated on every page are page furniture and left out."""

from __future__ import annotations

import io
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from analysis.errors import SourceError

# Conjunctions after which a line-end hyphen is an elided compound part ("Bildungs- und
# Kulturarbeit"). Only these: after "wie", "bis" or "als" the hyphen is more often the
# typesetter's ("so-" + "wie" is "sowie").
ELISION_CONJUNCTIONS = frozenset({"und", "oder", "bzw", "sowie"})
# Typographic ligatures a PDF may map to one character (U+FB00–U+FB06: ff, fi, fl, ffi, ffl, ſt, st).
LIGATURES = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
_LIGATURE_TABLE = str.maketrans(LIGATURES)
# Line-end hyphens: the hyphen-minus, the Unicode hyphen a typesetter may use, a soft hyphen.
HYPHENS = ("-", "\u2010", "\u00ad")
# A line that is only a page number ("12", "- 12 -", "Seite 12", "12 / 40", "S. 12").
PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–]\s*)?(?:seite|page|s\.)?\s*\d{1,4}(?:\s*(?:/|von|of)\s*\d{1,4})?(?:\s*[-–])?\s*$", re.I
)
# A metadata title that is only the name of the file it was made from ("Microsoft Word -
# Strategie_final.docx", "Entwurf_v3.indd"): the headline on the first page says more.
FILE_NAME_TITLE = re.compile(
    r"^(microsoft (word|powerpoint) - |untitled|unbenannt)|\.(docx?|pptx?|odt|indd|pdf|rtf)$", re.I
)
HEADLINE_SIZE = 1.2  # a headline is set at least this much larger than the page's body text
PARAGRAPH_GAP = 1.45  # a gap larger than this many normal line pitches ends a paragraph
MIN_TEXT_CHARS_PER_PAGE = 20  # below this on average the pages are images (a scan)
SENTENCE_END = (".", "!", "?", ":", "“", '"', "”")


@dataclass(frozen=True)
class PdfText:
    text: str
    pages: list[int]  # offset in `text` where each page begins
    title: str | None
    author: str | None
    extractor: str


@dataclass
class _Line:
    y: float
    size: float
    text: str


def pdf_text(data: bytes, name: str) -> PdfText:
    """The stored text of a PDF; SourceError for an encrypted, scanned or broken one."""
    import pypdf
    from pypdf.errors import PdfReadError

    data = _decrypted(data, name)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        pages_lines = [_page_lines(page) for page in reader.pages]
        info = reader.metadata
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise SourceError(name, f"not a readable PDF ({exc})") from None
    if not pages_lines:
        raise SourceError(name, "PDF without pages")
    chars = sum(len(line.text.strip()) for lines in pages_lines for line in lines)
    if chars < MIN_TEXT_CHARS_PER_PAGE * len(pages_lines):
        raise SourceError(name, "no text layer (scanned PDF)")
    pages_lines = _drop_furniture(pages_lines)
    text, pages = _assemble(pages_lines)
    title = _meta(info, "title")
    if title is None or FILE_NAME_TITLE.search(title):
        title = headline(pages_lines[0])
    return PdfText(
        text=text,
        pages=pages,
        title=title,
        author=_meta(info, "author"),
        extractor=f"pypdf {pypdf.__version__}",
    )


def _decrypted(data: bytes, name: str) -> bytes:
    """The PDF without its encryption when it opens without a password (many official PDFs
    are encrypted only to restrict printing or copying); SourceError when it needs one.
    qpdf (pikepdf) reads every cipher; pypdf would need the cryptography package for AES."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            if not pdf.is_encrypted:
                return data
            out = io.BytesIO()
            pdf.save(out, encryption=False)
            return out.getvalue()
    except pikepdf.PasswordError:
        raise SourceError(name, "encrypted PDF (needs a password)") from None
    except pikepdf.PdfError as exc:
        raise SourceError(name, f"not a readable PDF ({exc})") from None


def headline(lines: list[_Line]) -> str | None:
    """The largest type on a page when it stands out from the body: its lines, joined."""
    if not lines:
        return None
    body = statistics.median(line.size for line in lines)
    top = max(line.size for line in lines)
    if top < body * HEADLINE_SIZE:
        return None
    return join_lines([line.text for line in lines if abs(line.size - top) < 0.5][:3]) or None


def _meta(info: object, key: str) -> str | None:
    value = getattr(info, key, None) if info is not None else None
    value = " ".join(str(value).split()) if value else ""
    return value or None


def _page_lines(page: object) -> list[_Line]:
    """Text pieces of a page grouped into lines by baseline, top to bottom."""
    pieces: list[tuple[float, float, float, str]] = []  # (y, x, size, text)

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text:
            return
        # position = text matrix times current transformation matrix
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
        pieces.append((y, x, size * scale, text))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    lines: list[_Line] = []
    for y, _x, size, text in pieces:  # pieces come in content-stream order: reading order
        parts = text.split("\n")
        if lines and abs(lines[-1].y - y) < max(size, 1.0) * 0.5:
            lines[-1].text += parts[0]
            lines[-1].size = max(lines[-1].size, size)
        elif parts[0].strip():
            lines.append(_Line(y, size, parts[0]))
        for extra in parts[1:]:
            if extra.strip():
                lines.append(_Line(y, size, extra))
    for line in lines:
        line.text = clean_line(line.text)
    return [line for line in lines if line.text]


def clean_line(text: str) -> str:
    """Ligature characters as their letters, runs of white space as one space."""
    return " ".join(text.translate(_LIGATURE_TABLE).split())


def _drop_furniture(pages_lines: list[list[_Line]]) -> list[list[_Line]]:
    """Leave out page numbers and running heads/feet: a first or last line of a page that is
    a page number, or that repeats on most pages."""
    edge: Counter[str] = Counter()
    for lines in pages_lines:
        for line in {lines[0].text, lines[-1].text} if lines else set():
            edge[re.sub(r"\d+", "#", line)] += 1
    repeated = {t for t, n in edge.items() if len(pages_lines) >= 3 and n >= 0.6 * len(pages_lines)}

    def furniture(line: _Line) -> bool:
        return bool(PAGE_NUMBER.match(line.text)) or re.sub(r"\d+", "#", line.text) in repeated

    out = []
    for lines in pages_lines:
        lines = list(lines)
        while lines and furniture(lines[-1]):
            lines.pop()
        while lines and furniture(lines[0]):
            lines.pop(0)
        out.append(lines)
    return out


def line_pitch(pages_lines: list[list[_Line]]) -> float:
    """The document's line pitch as a multiple of the font size (about 1.2 to 1.5): the
    median over lines that follow each other in one size. Measured over the whole document,
    so that a page of headings does not pass for one paragraph."""
    ratios = [
        (a.y - b.y) / a.size
        for lines in pages_lines
        for a, b in pairwise(lines)
        if a.y - b.y > 0 and abs(a.size - b.size) < 0.5 and a.size > 0
    ]
    return statistics.median(ratios) if ratios else 1.3


def _paragraphs(lines: list[_Line], pitch: float = 1.3) -> list[list[_Line]]:
    """Lines -> paragraphs: a line goes on its paragraph in the same size at a normal pitch."""
    if not lines:
        return []
    paragraphs = [[lines[0]]]
    for prev, line in pairwise(lines):
        gap = prev.y - line.y
        if abs(prev.size - line.size) < 0.5 and 0 < gap <= pitch * prev.size * PARAGRAPH_GAP:
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return paragraphs


def join_lines(texts: list[str], spelled: frozenset[str] = frozenset()) -> str:
    """One paragraph from its visual lines, undoing line-end hyphenation. `spelled` are the
    words the document writes whole inside its lines: how it spells a word elsewhere
    decides a break ("Muster-" + "GO" is "MusterGO" when the text writes "MusterGO";
    "deutsch-" + "französisch" keeps its hyphen when the text writes it so)."""
    out = ""
    for text in texts:
        if not out:
            out = text
            continue
        if out.endswith(HYPHENS) and len(out) > 1 and out[-2].isalpha():
            stem = out[:-1]
            first = re.match(r"\w+", text)
            word = first.group(0) if first else ""
            head = re.search(r"[\w-]+$", stem)
            before = head.group(0) if head else ""
            if before + word in spelled:
                out = stem + text
            elif f"{before}-{word}" in spelled:
                out = stem + "-" + text
            elif word.lower() in ELISION_CONJUNCTIONS:
                out = stem + "- " + text  # "Bildungs- und Kulturarbeit"
            elif text[:1].islower():
                out = stem + text  # a word hyphenated by the typesetter
            else:
                out = stem + "-" + text  # a compound's own hyphen ("E-Government")
        else:
            out += " " + text
    return out.replace("\u00ad", "")


def spelled_words(pages_lines: list[list[_Line]]) -> frozenset[str]:
    """Words (with their own hyphens) that stand whole inside a line, not at its end."""
    words: set[str] = set()
    for lines in pages_lines:
        for line in lines:
            found = re.findall(r"[\w-]*\w", line.text)
            words.update(found[:-1] if line.text.endswith(HYPHENS) else found)
    return frozenset(words)


def _assemble(pages_lines: list[list[_Line]]) -> tuple[str, list[int]]:
    """Paragraphs one per line. A paragraph cut by a page break is joined across it: the
    last line before the break has no sentence end and the next page goes on in the same
    font size (German nouns are capitalised, so the case of the next word says nothing)."""
    spelled = spelled_words(pages_lines)
    pitch = line_pitch(pages_lines)
    text = ""
    pages: list[int] = []
    last: _Line | None = None  # the last body line before the page break
    for lines in pages_lines:
        blocks = _paragraphs(lines, pitch)
        paragraphs = [join_lines([line.text for line in p], spelled) for p in blocks]
        runs_on = (
            paragraphs
            and last is not None
            and not last.text.endswith(SENTENCE_END)
            and abs(blocks[0][0].size - last.size) < 0.5
        )
        if runs_on:
            joined = join_lines([text.rstrip("\n"), paragraphs[0]], spelled)
            pages.append(len(joined) - len(paragraphs[0]))  # the page begins with its first words
            text = joined + "\n"
            paragraphs = paragraphs[1:]
        else:
            pages.append(len(text))
        for paragraph in paragraphs:
            text += paragraph + "\n"
        if lines:
            last = lines[-1]
    return text, pages
