"""`sources.csv`, the register of what each source says about itself (publisher, title,
date, address, retrieval time). The bibliography of every report reads it.

Appending never loses a row: under a lock (two `add` runs at once wait for each other) the
current file is read, a new file with every old row and the new ones is written beside it,
and renamed over the old one in one step (`analysis.atomic`)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from filelock import FileLock

from analysis import atomic

FILE_NAME = "sources.csv"
# The columns as the reports read them; `retrieved` came with `add` (issue 18).
COLUMNS = (
    "file",
    "publisher",
    "kind",
    "what the text says about itself",
    "title",
    "date",
    "url",
    "retrieved",
)
LOCK_TIMEOUT_S = 60  # another `add` holds the lock for the time of one rename


def lock_for(path: Path) -> FileLock:
    """A hidden lock file beside the register: the reader ignores hidden files."""
    return FileLock(str(path.parent / f".{path.name}.lock"), timeout=LOCK_TIMEOUT_S)


def append_rows(path: Path, rows: list[dict[str, str]]) -> None:
    """Add `rows` to the register at `path` (created with the full header when absent).

    The old rows are kept byte for byte when the header already has every column; else
    the file is rewritten once with the missing columns added at the end."""
    if not rows:
        return
    with lock_for(path):
        old = path.read_bytes() if path.exists() else b""
        text = old.decode("utf-8-sig") if old else ""
        header = next(csv.reader(io.StringIO(text)), []) if text.strip() else []
        missing = [c for c in COLUMNS if c not in header]
        if header and not missing:
            body = text if text.endswith("\n") else text + "\n"
            columns = header
        else:
            columns = header + missing
            old_rows = list(csv.DictReader(io.StringIO(text))) if header else []
            body = _csv([columns]) + _csv([[r.get(c) or "" for c in columns] for r in old_rows])
        body += _csv([[row.get(c, "") for c in columns] for row in rows])
        bom = "\ufeff" if old.startswith(b"\xef\xbb\xbf") else ""
        atomic.write_text(path, bom + body)


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows([[cell_text(c) for c in row] for row in rows])
    return out.getvalue()


def cell_text(value: str) -> str:
    """A cell as written, its line breaks as `\n`: a bare carriage return is not quoted by
    the csv writer when rows end in `\n`, and would split the row when read back."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


def read_rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))
