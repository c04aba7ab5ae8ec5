"""Read a source file: bytes -> decoded text, with the codec used and a view for analysis.

The decoded text is never altered: evidence offsets index it exactly. For HTML the
extractors read the visible text (`html_view`), and an offset map turns what they find
back into exact slices of the saved file.
"""

from __future__ import annotations

import hashlib
import html
import re
from array import array
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
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if head and controls / len(head) > 0.05:
        return "binary file (control bytes), not a text document"
    return None


_HTML_TOKEN = re.compile(
    r"<!--.*?-->|<(?P<skip>script|style|noscript|template|svg|head)\b.*?</(?P=skip)\s*>|<[^>]*>"
    r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)",
    re.IGNORECASE | re.DOTALL,
)
_ENTITY_AT = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BLOCK_TAG = re.compile(
    r"^</?(p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|nav|aside|main|"
    r"blockquote|title)\b",
    re.I,
)


def html_view(raw: str) -> tuple[str, array]:
    """The visible text of an HTML page and, for each of its characters, the offset in
    `raw` it comes from (plus one final entry, len(raw)), so that evidence found in the
    text is reported as the exact slice of the saved file. Scripts, styles, comments and
    tags are dropped (a block-level tag becomes a line break, an inline one nothing),
    entities are decoded."""
    parts: list[str] = []
    offsets = array("q")
    pos = 0
    for m in _HTML_TOKEN.finditer(raw):
        parts.append(raw[pos : m.start()])
        offsets.extend(range(pos, m.start()))
        token = m.group(0)
        if m.group("entity"):
            text = html.unescape(token)
        elif _BLOCK_TAG.match(token):
            text = "\n"
        elif token.startswith("<!--") or m.group("skip"):
            text = " "
        else:
            text = ""  # an inline tag ("<b>") must not split the word it wraps
        parts.append(text)
        offsets.extend([m.start()] * len(text))
        pos = m.end()
    parts.append(raw[pos:])
    offsets.extend(range(pos, len(raw) + 1))
    return "".join(parts), offsets


def read_source(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read one file; raise SourceError with the reason when it cannot become a document."""
    rel = path.relative_to(root).as_posix()
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(rel, f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB limit)")
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
    then the stored texts of added sources in `root/snapshots` (never their raw pages)."""
    documents = sorted(
        p
        for p in root.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in SUPPORTED_SUFFIXES
    )
    snapshots = root / SNAPSHOT_DIR
    if snapshots.is_dir():
        documents += sorted(
            p
            for p in snapshots.iterdir()
            if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in TEXT_SUFFIXES
        )
    return documents
