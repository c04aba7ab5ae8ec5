"""Build one profile from an invented German text in memory (no files, milliseconds)."""

from __future__ import annotations

from analysis.extraction import extract_document
from analysis.reading.reader import SourceText

LEAD = "Die Stadt Musterfeld treibt die Digitalisierung ihrer Verwaltung voran.\n"


def profile(text: str) -> dict:
    source = SourceText(path="d.txt", doc_id="d", sha256="0" * 64, encoding="utf-8", raw=text, view=text)
    return extract_document(source)


def names(items: list[dict]) -> list[str]:
    return [it["name"] for it in items]
