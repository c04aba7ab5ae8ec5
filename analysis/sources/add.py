"""`add`: sources as analysts hold them (web addresses, PDF, HTML and text files, folders of
them) -> snapshots and lines of `sources.csv` in the sources folder.

Each source is fetched or read once, checked (is it what its name or content type says?),
stored unchanged under its content hash with the text the extraction reads beside it, and
registered. A source that cannot be added is one `SourceError` line; the others go on."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from analysis.errors import SourceError
from analysis.reading.reader import decode, looks_binary
from analysis.sources import fetch as fetching
from analysis.sources import register, snapshots

# What a file's name promises, by suffix.
KIND_BY_SUFFIX = {".pdf": "pdf", ".html": "html", ".htm": "html", ".txt": "txt"}
KIND_NAMES = {"pdf": "a PDF", "html": "a web page (HTML)", "txt": "a text file"}
# Markup that opens an HTML page, looked for (lower-cased) at the start of the bytes.
HTML_OPENINGS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml", b"<meta", b"<!--")


@dataclass(frozen=True)
class Added:
    source: str
    doc_id: str
    text_file: str  # relative to the sources folder, as `sources.csv` and the profiles name it
    row: dict[str, str]


@dataclass
class AddResult:
    added: list[Added] = field(default_factory=list)
    already: list[tuple[str, str]] = field(default_factory=list)  # (source, existing snapshot)
    skipped: list[SourceError] = field(default_factory=list)


def sniff(data: bytes) -> str | None:
    """What the bytes are: pdf, html, txt, or None for another binary format."""
    if b"%PDF-" in data[:1024]:  # the header may follow a few bytes of junk
        return "pdf"
    if looks_binary(data):
        return None
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(HTML_OPENINGS) or b"<html" in head:
        return "html"
    return "txt"


def is_url(source: str) -> bool:
    return "://" in source or source.lower().startswith(("http:", "https:", "ftp:", "file:", "mailto:"))


def expand(sources: list[str]) -> list[str]:
    """Folders become the files in them that `add` reads (not recursive, hidden ones left out)."""
    out: list[str] = []
    for source in sources:
        path = Path(source)
        if not is_url(source) and path.is_dir():
            out.extend(
                str(p)
                for p in sorted(path.iterdir())
                if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in KIND_BY_SUFFIX
            )
        else:
            out.append(source)
    return out


def add_sources(
    sources: list[str],
    seeds: Path,
    *,
    max_bytes: int = fetching.DEFAULT_MAX_BYTES,
    timeout_s: float = fetching.DEFAULT_TIMEOUT_S,
) -> AddResult:
    result = AddResult()
    for source in expand(sources):
        try:
            added = _add_one(source, seeds, max_bytes, timeout_s)
        except SourceError as exc:
            result.skipped.append(exc)
            continue
        if isinstance(added, Added):
            register.append_rows(seeds / register.FILE_NAME, [added.row])
            result.added.append(added)
        else:
            result.already.append((source, added))
    return result


def _add_one(source: str, seeds: Path, max_bytes: int, timeout_s: float) -> Added | str:
    url: str | None = None
    if is_url(source):
        got = fetching.fetch(source, max_bytes=max_bytes, timeout_s=timeout_s)
        url, data, promised, retrieved = got.final_url, got.data, got.kind, got.retrieved
        hint = _url_name(got.final_url)
        origin = {"url": got.url, "final_url": got.final_url, "content_type": got.content_type}
    else:
        path = Path(source)
        promised = KIND_BY_SUFFIX.get(path.suffix.lower(), "")
        if not promised:
            raise SourceError(
                path.name, f"unknown kind of file {path.suffix or '(no suffix)'!r} (PDF, HTML or TXT)"
            )
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise SourceError(path.name, fetching.too_large(size, max_bytes, what="file"))
            data = path.read_bytes()
        except OSError as exc:
            raise SourceError(path.name, f"cannot read file ({exc.strerror or exc})") from None
        hint, retrieved = path.stem, fetching.utc_now()
        origin = {"file": path.name}
        source = path.name
    if not data.strip():
        raise SourceError(source, "empty")
    actual = sniff(data)
    if actual != promised and not (promised == "txt" and actual == "html"):
        what = KIND_NAMES.get(actual or "", "binary data of another kind")
        raise SourceError(source, f"not {KIND_NAMES[promised]}: its bytes are {what}")
    existing = snapshots.find_existing(seeds, snapshots.sha256(data))
    if existing is not None:
        return f"{snapshots.SNAPSHOT_DIR}/{existing.name}"

    row = {"url": url or "", "retrieved": retrieved, "publisher": "", "title": "", "date": "", "kind": ""}
    meta: dict = {"source": url or source, "retrieved": retrieved, **origin}
    if promised == "pdf":
        from analysis.sources.pdf import pdf_text

        pdf = pdf_text(data, source)
        text: str | None = pdf.text
        meta.update(extractor=pdf.extractor, pages=pdf.pages)
        row.update(title=pdf.title or "", publisher=pdf.author or "")
        row["what the text says about itself"] = f"PDF, {len(pdf.pages)} page{'s' * (len(pdf.pages) != 1)}"
    elif promised == "html":
        from analysis.sources.web import web_text

        page = web_text(data, url, source)
        text = page.text
        meta.update(extractor=page.extractor)
        row.update(title=page.title or "", publisher=page.sitename or "", date=page.date or "")
        if url is None and page.url:  # a saved page that names its address
            row["url"] = meta["page_url"] = page.url
        row["what the text says about itself"] = "web page, main text"
    else:
        raw, _, _ = decode(data)
        if not raw.strip():
            raise SourceError(source, "only whitespace, no text")
        text = None  # the raw file is the stored text
        row["what the text says about itself"] = "text file"
    snap = snapshots.write_snapshot(seeds, hint, promised, data, text, meta)
    text_file = f"{snapshots.SNAPSHOT_DIR}/{snap.text_path.name}"
    row["file"] = text_file
    return Added(source, snap.doc_id, text_file, row)


def _url_name(url: str) -> str:
    """A name hint from an address: its last path segment without extension, else the host."""
    parts = urlsplit(url)
    last = PurePosixPath(unquote(parts.path)).stem
    return last or parts.hostname or "page"
