"""Analyst corrections as the reports show them: a mark and the analyst's note beside the
corrected fact, wherever it appears.

The profiles carry, per document, `corrections: [{field, action, old, new, note}]` (field
such as `governance.cdo_placement`, `city`, `events`; action `set`, `add` or `drop`), and a
list item added by a correction carries `corrected: {"note": ...}`. Loading and applying
corrections is not done here; this module only reads what they left in the data.
"""

from __future__ import annotations

from analysis.reporting.texts import Texts


def correction_note(doc: dict | None, *fields: str, item: dict | None = None) -> str | None:
    """The analyst's note on a fact: on the list item itself (added by a correction), or on
    any of the document's `fields` that a correction set. None when nothing was corrected."""
    if item is not None and isinstance(item.get("corrected"), dict):
        return item["corrected"].get("note") or ""
    if doc is None:
        return None
    notes = [
        c.get("note") or ""
        for c in doc.get("corrections") or []
        if c.get("field") in fields and c.get("action") in ("set", "add", "drop")
    ]
    if not notes:
        return None
    return "; ".join(dict.fromkeys(n for n in notes if n))


def marked(text: str, note: str | None, T: Texts) -> str:
    """`text`, and when it was corrected, the mark and the note: 'it_department ✎ (corrected
    by an analyst: the 2021 article names him CDO)'."""
    if note is None:
        return text
    detail = f"{T('ui.corrected')}: {note}" if note else T("ui.corrected")
    return f"{text} {T('ui.corrected_mark')} ({detail})"


def quote_or_note(item: dict | None, T: Texts) -> str | None:
    """What a report shows as an item's evidence: the German sentence it was read from, or,
    for an item an analyst added (no sentence in the text: `evidence` is null), the
    correction mark and the analyst's note, so that a note never passes for a quote."""
    quote = evidence_quote(item)
    if quote is not None or not item:
        return quote
    corrected = item.get("corrected")
    if not isinstance(corrected, dict):
        return None
    return marked("", corrected.get("note") or "", T).strip()


def evidence_quote(item: dict | None) -> str | None:
    """The German sentence an item was read from; None for an item an analyst added."""
    evidence = (item or {}).get("evidence")
    return evidence["quote"] if evidence else None


def corrections_table_rows(documents: list[dict], T: Texts, note_of) -> list[dict]:
    """Every correction of the documents, for the technical appendix; `note_of(doc_id)` gives
    the bibliography number."""
    rows = []
    for d in documents:
        for c in d.get("corrections") or []:
            rows.append(
                {
                    T("tech.no"): f"[{note_of(d['doc_id'])}]",
                    T("tech.field"): c.get("field"),
                    T("tech.action"): c.get("action"),
                    T("tech.old"): _short(c.get("old")),
                    T("tech.new"): _short(c.get("new")),
                    T("tech.note"): c.get("note"),
                }
            )
    return rows


def _short(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("label") or value
    text = str(value)
    return text if len(text) <= 80 else text[:79] + "…"
