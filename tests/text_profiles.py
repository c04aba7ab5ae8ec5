"""One short invented text as a profile, built in memory (no files, no report build), or as
the events of a file: the helpers of the extraction tests that feed a sentence or two and
read one field back."""

from __future__ import annotations

import hashlib
from pathlib import Path

from analysis.extraction import extract_document
from analysis.extraction.context import DocContext
from analysis.extraction.events import extract_events
from analysis.extraction.meta import detect_published
from analysis.reading.reader import SourceText, read_source

# A first line that names an invented town, so the text is about a place.
LEAD = "Die Stadt Musterfeld treibt die Digitalisierung ihrer Verwaltung voran.\n"


def profile_of(text: str, lead: str = LEAD) -> dict:
    """The profile extracted from `lead` + `text`, as the CLI would extract it from a file."""
    raw = lead + text + "\n"
    data = raw.encode("utf-8")
    source = SourceText(
        path="t.txt",
        doc_id="t",
        sha256=hashlib.sha256(data).hexdigest(),
        encoding="utf-8",
        raw=raw,
        view=raw,
        size=len(data),
    )
    return extract_document(source)


def events_of(folder: Path, text: str, kind: str = "strategy") -> list[dict]:
    """The events the extraction reads from `text` as a file in `folder`, with its
    publication date detected first (the events compare dates with it)."""
    path = folder / "d.txt"
    path.write_text(text, encoding="utf-8")
    ctx = DocContext(read_source(path, folder))
    ctx.published = detect_published(ctx)
    return extract_events(ctx, kind)


def only_on(events: list[dict], date: str) -> dict:
    """The one event of that date (the test fails when there are none or several)."""
    hits = [e for e in events if e["date"] == date]
    assert len(hits) == 1, events
    return hits[0]
