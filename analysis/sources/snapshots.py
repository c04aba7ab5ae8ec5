"""Snapshots: the bytes of a source exactly as they were fetched or handed over, kept
unchanged in `<sources>/snapshots/`, named by their content hash; beside each the text the
extraction reads and a small JSON of what is known about it.

    snapshots/<name>_<sha256[:16]>.pdf    the raw bytes (also .html or .txt)
    snapshots/<name>_<sha256[:16]>.txt    the stored text: evidence offsets index it
    snapshots/<name>_<sha256[:16]>.json   origin, retrieval time, extractor, page offsets

For a plain-text source the raw file is the stored text (read like any `.txt` seed). The
document id is the file name without extension, as for every other source. A build reads
only these files: it never fetches, so a report rebuilds offline from the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from analysis import atomic
from analysis.reading.reader import SNAPSHOT_DIR

TEXT_SUFFIX = ".txt"  # the reader lists these in SNAPSHOT_DIR
META_SUFFIX = ".json"
HASH_CHARS = 16  # as the seeds' names: enough to tell versions apart, short enough to read
NAME_CHARS = 48
SNAPSHOT_ID = re.compile(rf"_[0-9a-f]{{{HASH_CHARS}}}$")  # the content-hash end of a snapshot's id

# German letters spelled out, so that a name hint stays readable in ASCII ("Straße" -> "strasse").
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


@dataclass(frozen=True)
class Snapshot:
    doc_id: str
    raw_path: Path
    text_path: Path  # what extraction reads (the raw file itself for plain text)
    meta: dict = field(default_factory=dict)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def slug(hint: str) -> str:
    """A file-name-safe, readable name: ASCII letters, digits, `-` and `_`."""
    ascii_text = (
        unicodedata.normalize("NFKD", hint.translate(_SPELLED_OUT)).encode("ascii", "ignore").decode()
    )
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", ascii_text).strip("-_").lower()
    return name[:NAME_CHARS].rstrip("-_") or "source"


def doc_id_for(hint: str, digest: str) -> str:
    return f"{slug(hint)}_{digest[:HASH_CHARS]}"


def find_existing(seeds: Path, digest: str) -> Path | None:
    """The raw snapshot with these bytes, if one was added before (under any name)."""
    folder = seeds / SNAPSHOT_DIR
    if not folder.is_dir():
        return None
    for meta_path in sorted(folder.glob(f"*_{digest[:HASH_CHARS]}{META_SUFFIX}")):
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if meta.get("sha256") == digest:
            return meta_path.with_name(meta["snapshot"])
    return None


def write_snapshot(seeds: Path, hint: str, kind: str, data: bytes, text: str | None, meta: dict) -> Snapshot:
    """Write raw bytes, metadata and stored text (in that order: the text makes the
    document visible to `extract`, so it comes last). Each write is atomic."""
    digest = sha256(data)
    doc_id = doc_id_for(hint, digest)
    folder = seeds / SNAPSHOT_DIR
    raw_path = folder / f"{doc_id}.{kind}"
    text_path = folder / f"{doc_id}{TEXT_SUFFIX}"
    meta = {"doc_id": doc_id, "snapshot": raw_path.name, "sha256": digest, "bytes": len(data), **meta}
    atomic.write_bytes(raw_path, data)
    atomic.write_text(
        folder / f"{doc_id}{META_SUFFIX}",
        json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
    )
    if text is not None and raw_path != text_path:
        atomic.write_text(text_path, text)
    return Snapshot(doc_id, raw_path, text_path, meta)


def page_of(pages: list[int], offset: int) -> int:
    """The page (1-based) on which a character of the stored text stands: `pages` are the
    offsets where each page begins (from the snapshot's metadata)."""
    page = 0
    for i, start in enumerate(pages):
        if start > offset:
            break
        page = i
    return page + 1


def evidence_page(seeds: Path, source_path: str, offset: int) -> int | None:
    """The page of a PDF snapshot on which evidence at `offset` of its stored text stands
    ("p. 12"); None for a source without pages (a web page, a text file, a seed)."""
    meta_path = (seeds / source_path).with_suffix(META_SUFFIX)
    try:
        pages = json.loads(meta_path.read_text(encoding="utf-8")).get("pages")
    except (OSError, ValueError):
        return None
    return page_of(pages, offset) if pages else None
