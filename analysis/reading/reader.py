"""Read a source file: bytes -> decoded text, with the codec used and a view for analysis.

The decoded text is never altered: evidence offsets index it exactly. For HTML the
extractors read the visible text (`html_view`), and an offset map turns what they find
back into exact slices of the saved file.
"""

from __future__ import annotations

import bisect
import hashlib
import html
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from analysis.errors import SourceError

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # a web page's text is a few KB; 20 MB is a wrong file
# Where `python -m analysis add` keeps snapshots (analysis.sources): their stored texts
# (`.txt`, beside the raw PDF or page) are documents like the files in the folder itself.
SNAPSHOT_DIR = "snapshots"


@dataclass(frozen=True)
class SourceText:
    path: str  # relative to the seeds folder, with forward slashes
    doc_id: str
    sha256: str
    encoding: str  # Python codec that decodes the raw bytes to `raw`
    raw: str  # decoded text; evidence quotes are slices of it
    view: str  # the text the extractors read: `raw`, or the visible text of an HTML page
    decode_note: str | None = None  # set when a fallback was needed
    size: int = 0
    offsets: array | None = None  # view offset -> raw offset (HTML only; else identity)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in `view` -> offsets in `raw`."""
        if self.offsets is None:
            return start, end
        if end <= start:
            return self.offsets[start], self.offsets[start]
        last = self.offsets[end - 1]  # the span ends where its last character ends in `raw`
        entity = _ENTITY_AT.match(self.raw, last)
        return self.offsets[start], entity.end() if entity else last + 1


def decode(data: bytes) -> tuple[str, str, str | None]:
    """Return (text, codec, note): UTF-8 (with or without BOM); UTF-8 with a few invalid
    bytes replaced by U+FFFD (the note says how many); else cp1252, else Latin-1."""
    codec = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        return data.decode(codec), codec, None
    except UnicodeDecodeError:
        pass
    # A UTF-8 file with a few stray bytes reads better as UTF-8 with replacements than
    # as cp1252 mojibake; the note says so, and `source.errors` records the handler.
    replaced = data.decode(codec, errors="replace")
    bad = replaced.count("\ufffd")
    multibyte = sum(1 for b in data if b >= 0xC2 and b <= 0xF4)
    if multibyte > 2 * bad and bad <= max(3, len(data) // 1000):
        return replaced, codec, f"{bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD"
    try:
        return data.decode("cp1252"), "cp1252", None
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", None


# Control bytes that no text file holds (tab, line feed, form feed and carriage return do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def looks_binary(data: bytes) -> str | None:
    head = data[:8192]
    if b"\x00" in head:
        return "binary file (NUL bytes), not a text document"
    for magic, kind in (
        (b"\x89PNG", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"%PDF", "PDF file"),
        (b"PK\x03\x04", "ZIP archive"),
    ):
        if head.startswith(magic):
            return f"binary file ({kind}), not a text document"
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted in C, not per byte
    if head and controls / len(head) > 0.05:
        return "binary file (control bytes), not a text document"
    return None


# The markup html_view sets aside: comments, elements whose content is not text (scripts,
# styles, …), tags, and entities. Each is found by its own scan (`_html_tokens`), not by one
# regex with lazy `.*?`: on a page full of tags that are never closed ("<script x <script x …")
# such a regex searches to the end of the page from every "<", quadratic in the page.
_SKIPPED_ELEMENTS = ("script", "style", "noscript", "template", "svg", "head")
_SKIP_OPEN = re.compile(rf"<({'|'.join(_SKIPPED_ELEMENTS)})\b", re.IGNORECASE)
_SKIP_CLOSE = re.compile(rf"</({'|'.join(_SKIPPED_ELEMENTS)})\s*>", re.IGNORECASE)
_MARKUP_START = re.compile(r"[<&]")
_ENTITY_AT = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ENTITY_TOKEN = re.compile(_ENTITY_AT.pattern, re.IGNORECASE)  # as the page scan has always read them
_BLOCK_TAG = re.compile(
    r"^</?(p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|nav|aside|main|"
    r"blockquote|title)\b",
    re.I,
)


class _NextFrom:
    """`text.find(needle, pos)` for positions that only grow: each search remembers what
    it found (or that nothing is left), so a page scanned once costs linear time, however
    often the needle is missing."""

    def __init__(self, text: str, needle: str):
        self.text, self.needle = text, needle
        self.found = -1
        self.searched_from = len(text) + 1  # nothing searched yet

    def __call__(self, pos: int) -> int:
        if self.found >= pos or (self.found == -1 and pos >= self.searched_from):
            return self.found
        self.found, self.searched_from = self.text.find(self.needle, pos), pos
        return self.found


def _html_tokens(raw: str) -> Iterator[tuple[int, int, str]]:
    r"""(start, end, what) of each piece of markup, left to right, what being "comment",
    "skip" (an element whose content is not text, with that content), "tag" or "entity".
    The same pieces as the regex `<!--.*?-->|<(script|…)\b.*?</\1\s*>|<[^>]*>|&…;` finds,
    in time linear in the page: the closing tags of skipped elements are found once, and
    a `>` or `-->` missing after one position is known to be missing after every later one."""
    closes: dict[str, list[int]] = {}
    close_end: dict[int, int] = {}
    for close in _SKIP_CLOSE.finditer(raw):
        closes.setdefault(close[1].lower(), []).append(close.start())
        close_end[close.start()] = close.end()
    next_gt, next_comment_end = _NextFrom(raw, ">"), _NextFrom(raw, "-->")
    pos = 0
    while (markup := _MARKUP_START.search(raw, pos)) is not None:
        start = markup.start()
        if raw[start] == "&":
            entity = _ENTITY_TOKEN.match(raw, start)
            if entity:
                yield start, entity.end(), "entity"
                pos = entity.end()
            else:
                pos = start + 1
            continue
        if raw.startswith("<!--", start):
            end = next_comment_end(start + 4)
            if end != -1:
                yield start, end + 3, "comment"
                pos = end + 3
                continue
        opening = _SKIP_OPEN.match(raw, start)
        if opening:
            positions = closes.get(opening[1].lower(), [])
            i = bisect.bisect_left(positions, opening.end())
            if i < len(positions):
                yield start, close_end[positions[i]], "skip"
                pos = close_end[positions[i]]
                continue
        gt = next_gt(start + 1)
        if gt != -1:
            yield start, gt + 1, "tag"
            pos = gt + 1
            continue
        pos = start + 1


def html_view(raw: str) -> tuple[str, array]:
    """The visible text of an HTML page and, for each of its characters, the offset in
    `raw` it comes from (plus one final entry, len(raw)), so that evidence found in the
    text is reported as the exact slice of the saved file. Scripts, styles, comments and
    tags are dropped (a block-level tag becomes a line break, an inline one nothing),
    entities are decoded."""
    parts: list[str] = []
    offsets = array("q")
    pos = 0
    for start, end, what in _html_tokens(raw):
        parts.append(raw[pos:start])
        offsets.extend(range(pos, start))
        token = raw[start:end]
        if what == "entity":
            text = html.unescape(token)
        elif _BLOCK_TAG.match(token):
            text = "\n"
        elif token.startswith("<!--") or what == "skip":
            text = " "
        else:
            text = ""  # an inline tag ("<b>") must not split the word it wraps
        parts.append(text)
        offsets.extend([start] * len(text))
        pos = end
    parts.append(raw[pos:])
    offsets.extend(range(pos, len(raw) + 1))
    return "".join(parts), offsets


def read_source(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read one file; raise SourceError with the reason when it cannot become a document."""
    rel = path.relative_to(root).as_posix()
    if path.is_symlink():  # it could bring any file of the machine into published reports
        raise SourceError(rel, "a symbolic link, not read: copy the file itself into the folder")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            mb = 1024 * 1024  # as --max-mb counts
            raise SourceError(rel, f"file too large ({size / mb:.1f} MB > {max_bytes / mb:g} MB limit)")
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(rel, f"cannot read file ({exc.strerror or exc})") from None
    if not data:
        raise SourceError(rel, "empty file")
    reason = looks_binary(data)
    if reason:
        raise SourceError(rel, reason)
    raw, codec, note = decode(data)
    if not raw.strip():
        raise SourceError(rel, "only whitespace, no text")
    view, offsets = html_view(raw) if path.suffix.lower() in HTML_SUFFIXES else (raw, None)
    if not view.strip():
        raise SourceError(rel, "HTML without any visible text")
    return SourceText(
        path=rel,
        doc_id=path.stem,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=codec,
        raw=raw,
        view=view,
        decode_note=note,
        size=len(data),
        offsets=offsets,
    )


def list_sources(root: Path) -> list[Path]:
    """Documents directly in `root` (not recursive), hidden files excluded, sorted by name;
    then the stored texts of added sources in `root/snapshots` (never their raw pages).
    Symbolic links are listed, so that `read_source` skips each with a line."""
    documents = sorted(
        p
        for p in root.iterdir()
        if (p.is_symlink() or p.is_file())
        and not p.name.startswith(".")
        and p.suffix.lower() in SUPPORTED_SUFFIXES
    )
    snapshots = root / SNAPSHOT_DIR
    if snapshots.is_dir():
        documents += sorted(
            p
            for p in snapshots.iterdir()
            if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in TEXT_SUFFIXES
        )
    return documents
