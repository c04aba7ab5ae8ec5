"""Read a source file: bytes -> decoded text, with the codec used and a view for analysis.

The decoded text is never altered: evidence offsets index it exactly. For HTML the
analysis view masks tags, scripts, styles and comments with whitespace of the same
length, so offsets found in the view index the decoded text too.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import SourceError

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # a web page's text is a few KB; 20 MB is a wrong file


@dataclass(frozen=True)
class SourceText:
    path: str          # relative to the seeds folder, with forward slashes
    doc_id: str
    sha256: str
    encoding: str      # Python codec that decodes the raw bytes to `raw`
    raw: str           # decoded text; evidence quotes are slices of it
    view: str          # same length as `raw`; markup masked for analysis
    decode_note: str | None = None  # set when a fallback was needed
    size: int = 0


def decode(data: bytes) -> tuple[str, str, str | None]:
    """Return (text, codec, note). UTF-8 (with or without BOM) first, then cp1252, latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig"), "utf-8-sig", None
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    # A UTF-8 file with a few stray bytes reads better as UTF-8 with replacements than
    # as cp1252 mojibake; the note says so, and `source.errors` records the handler.
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    multibyte = sum(1 for b in data if b >= 0xC2 and b <= 0xF4)
    if multibyte > 2 * bad and bad <= max(3, len(data) // 1000):
        return replaced, "utf-8", f"{bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD"
    try:
        return data.decode("cp1252"), "cp1252", None
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", None


def looks_binary(data: bytes) -> str | None:
    head = data[:8192]
    if b"\x00" in head:
        return "binary file (NUL bytes), not a text document"
    for magic, kind in ((b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
                        (b"%PDF", "PDF file"), (b"PK\x03\x04", "ZIP archive")):
        if head.startswith(magic):
            return f"binary file ({kind}), not a text document"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if head and controls / len(head) > 0.05:
        return "binary file (control bytes), not a text document"
    return None


_HTML_DROP = re.compile(
    r"<!--.*?-->|<(script|style|noscript|template|svg|head)\b.*?</\1\s*>|<[^>]*>",
    re.IGNORECASE | re.DOTALL,
)
_BLOCK_TAG = re.compile(r"^</?(p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|nav|aside|main|blockquote|title)\b", re.I)
_ENTITIES = {"&nbsp;": " ", "&amp;": "&", "&quot;": '"', "&#39;": "'", "&lt;": "<", "&gt;": ">"}
_ENTITY = re.compile("|".join(map(re.escape, _ENTITIES)))


def mask_html(raw: str) -> str:
    """Blank out markup keeping every offset: block tags become a newline plus spaces."""

    def blank(m: re.Match) -> str:
        s = m.group(0)
        fill = "".join("\n" if ch == "\n" else " " for ch in s)
        if _BLOCK_TAG.match(s) and "\n" not in fill:
            fill = "\n" + fill[1:]
        return fill

    view = _HTML_DROP.sub(blank, raw)
    return _ENTITY.sub(lambda m: _ENTITIES[m.group(0)].ljust(len(m.group(0))), view)


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
    view = mask_html(raw) if path.suffix.lower() in HTML_SUFFIXES else raw
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
    )


def list_sources(root: Path) -> list[Path]:
    """Documents directly in `root` (not recursive), hidden files excluded, sorted by name."""
    return sorted(
        p for p in root.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in SUPPORTED_SUFFIXES
    )
