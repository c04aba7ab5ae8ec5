"""One short invented text as a profile, built in memory (no files, no report build): the
helper of the extraction tests that feed a sentence or two and read one field back."""

from __future__ import annotations

import hashlib

from analysis.extraction import extract_document
from analysis.reading.reader import SourceText

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
