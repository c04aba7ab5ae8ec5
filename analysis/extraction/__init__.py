"""From one decoded source to one profile document (the data contract: see the README).

`extract_document` lives in `analysis.extraction.document` and is loaded on first use: importing
a light module of this package (the gazetteer, which the report kernels use to name a place's
Land) must not compile every rule's patterns (about a second per process).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from analysis.extraction.document import extract_document

__all__ = ["extract_document"]


def __getattr__(name: str) -> Any:
    if name == "extract_document":
        from analysis.extraction.document import extract_document

        return extract_document
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
