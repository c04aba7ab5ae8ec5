"""Profiles -> pandas tables: one row per fact, each with doc_id, city and its evidence quote.

A document flagged as an identical copy of another (`duplicate_of`) is listed in the
documents table but contributes no facts, so nothing is counted twice.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from analysis import atomic
from analysis.dataset.cities import cities_frame
from analysis.dataset.corrections import CONTROL, FORMULA_START, format_value

# cities.csv (analysis/dataset/cities.py) is written beside these: one row per city, not per fact
CITIES_TABLE = "cities"
TABLES = ("documents", "governance", "units", "events", "projects", "funding", "partners", "people", "themes")

_EVIDENCE = ["quote", "quote_start", "quote_end"]


def _ev(evidence: dict | None) -> dict:
    evidence = evidence or {}
    return {
        "quote": evidence.get("quote"),
        "quote_start": evidence.get("start"),
        "quote_end": evidence.get("end"),
    }


def _base(doc: dict) -> dict:
    return {"doc_id": doc["doc_id"], "city": doc["city"]}


_DOCUMENT_FIELDS = ("city", "published", "source_kind")


def _set_notes(doc: dict, fields: tuple[str, ...] | None = None) -> str | None:
    """The analysts' corrections of the document's scalar fields (all governance ones when
    `fields` is None), as `field: old → new (note)`; None when there are none."""
    notes = [
        f"{c['field'].split('.')[-1]}: {format_value(c['field'], c['old']) or '(empty)'} → "
        f"{format_value(c['field'], c['new']) or '(empty)'} ({c['note']})"
        for c in doc.get("corrections", [])
        if c["action"] == "set"
        and (c["field"] in fields if fields is not None else c["field"].startswith("governance."))
    ]
    return "; ".join(notes) or None


def _item_note(item: dict) -> str | None:
    """An item an analyst added carries its note (it has no quote from the text)."""
    corrected = item.get("corrected")
    return f"added by correction: {corrected['note']}" if corrected else None


def _facts(dataset: dict) -> list[dict]:
    return [d for d in dataset["documents"] if not d.get("duplicate_of")]


def _documents(dataset: dict) -> list[dict]:
    return [
        {
            **_base(d),
            "source_kind": d["source_kind"],
            "published": d["published"],
            "title": d.get("title"),
            "path": d["source"]["path"],
            "sha256": d["source"]["sha256"],
            "encoding": d["source"]["encoding"],
            "duplicate_of": d.get("duplicate_of"),
            "events": len(d["events"]),
            "projects": len(d["projects"]),
            "people": len(d["people"]),
            "correction": _set_notes(d, _DOCUMENT_FIELDS),
        }
        for d in dataset["documents"]
    ]


def _governance(dataset: dict) -> list[dict]:
    rows = []
    for d in _facts(dataset):
        g = d["governance"]
        ev = g["evidence"][0] if g["evidence"] else None
        bundling, broadband = g.get("bundling"), g.get("broadband")
        rows.append(
            {
                **_base(d),
                "published": d["published"],
                "source_kind": d["source_kind"],
                "cdo": g["cdo"],
                "cdo_placement": g["cdo_placement"],
                "cdo_holder": g["cdo_holder"],
                "units": "; ".join(u["name"] for u in g["units"]),
                "bundling": bundling["value"] if bundling else None,
                "bundling_quote": bundling["evidence"]["quote"] if bundling else None,
                "broadband_owner": broadband["name"] if broadband else None,
                "broadband_quote": broadband["evidence"]["quote"] if broadband else None,
                "decisions": len(g.get("decisions", [])),
                **_ev(ev),
                "correction": _set_notes(d),
            }
        )
    return rows


def _list(dataset: dict, key: str, fields: tuple[str, ...], path=lambda d, k: d[k]) -> list[dict]:
    rows = []
    for d in _facts(dataset):
        for item in path(d, key):
            rows.append(
                {
                    **_base(d),
                    **{f: item.get(f) for f in fields},
                    **_ev(item.get("evidence")),
                    "correction": _item_note(item),
                }
            )
    return rows


def frames(dataset: dict) -> dict[str, pd.DataFrame]:
    """All tables as DataFrames, keyed by table name (see TABLES)."""
    rows = {
        "documents": _documents(dataset),
        "governance": _governance(dataset),
        "units": _list(dataset, "units", ("name",), path=lambda d, k: d["governance"][k]),
        "events": _events(dataset),
        "projects": _list(dataset, "projects", ("name", "domain", "description")),
        "funding": _list(dataset, "funding", ("name", "kind")),
        "partners": _list(dataset, "partners", ("name", "kind")),
        "people": _list(dataset, "people", ("name", "role", "affiliation")),
        "themes": _list(dataset, "themes", ("name", "category")),
    }
    columns = {
        "documents": [
            "doc_id",
            "city",
            "source_kind",
            "published",
            "title",
            "path",
            "sha256",
            "encoding",
            "duplicate_of",
            "events",
            "projects",
            "people",
            "correction",
        ],
        "governance": [
            "doc_id",
            "city",
            "published",
            "source_kind",
            "cdo",
            "cdo_placement",
            "cdo_holder",
            "units",
            "bundling",
            "bundling_quote",
            "broadband_owner",
            "broadband_quote",
            "decisions",
            *_EVIDENCE,
            "correction",
        ],
        "events": [
            "doc_id",
            "city",
            "published",
            "date",
            "end",
            "qualifier",
            "kind",
            "precision",
            "type",
            "label",
            *_EVIDENCE,
            "correction",
        ],
        "units": ["doc_id", "city", "name", *_EVIDENCE, "correction"],
        "projects": ["doc_id", "city", "name", "domain", "description", *_EVIDENCE, "correction"],
        "funding": ["doc_id", "city", "name", "kind", *_EVIDENCE, "correction"],
        "partners": ["doc_id", "city", "name", "kind", *_EVIDENCE, "correction"],
        "people": ["doc_id", "city", "name", "role", "affiliation", *_EVIDENCE, "correction"],
        "themes": ["doc_id", "city", "name", "category", *_EVIDENCE],
    }
    return {name: pd.DataFrame(rows[name], columns=columns.get(name)) for name in TABLES}


def _events(dataset: dict) -> list[dict]:
    return [
        {
            **_base(d),
            "published": d["published"],
            **{k: e.get(k) for k in ("date", "end", "qualifier", "kind", "precision", "type", "label")},
            **_ev(e["evidence"]),
            "correction": _item_note(e),
        }
        for d in _facts(dataset)
        for e in d["events"]
    ]


# A cell a spreadsheet may run as a formula starts with one of FORMULA_START. These stay as
# they are: numbers typed as text ("-3", "+1.5", "-0,5": a spreadsheet reads a number, runs
# nothing) and a dash alone (the "-" or "–" of a placeholder).
_INERT = re.compile(r"[-+]?\d+(?:[.,]\d+)?|[-–]")


def csv_cell(value: object) -> object:
    """A text cell as the published tables hold it: a leading apostrophe before a cell that
    starts like a formula (`=HYPERLINK(…)` in a quote of a web page, `+49 …`, `@SUM(…)`),
    so that a spreadsheet shows it as text; control characters (a NUL) removed. Numbers,
    dates and empty cells are not text, and pass as they are."""
    if not isinstance(value, str):
        return value
    value = CONTROL.sub("", value)
    if value.startswith(FORMULA_START) and not _INERT.fullmatch(value):
        return "'" + value
    return value


def table_csv(df: pd.DataFrame) -> str:
    """A table as the CSV text analysts open in a spreadsheet: every text cell through
    `csv_cell` (the DataFrames of `frames` keep the text as it is). Every published table
    is written through here."""
    text_columns = [c for c in df.columns if not pd.api.types.is_numeric_dtype(df[c])]
    safe = df.assign(**{c: df[c].map(csv_cell) for c in text_columns}) if len(df) else df
    return safe.to_csv(index=False, lineterminator="\n")


def cities_csv(dataset: dict) -> str:
    """cities.csv (the first page as data, `analysis.dataset.cities`) as published text."""
    return table_csv(cities_frame(dataset))


def write_tables(dataset: dict, out: Path) -> list[Path]:
    """One CSV per table (`table_csv`), written atomically, byte-identical for the same profiles."""
    written = []
    for name, df in frames(dataset).items():
        target = Path(out) / f"{name}.csv"
        atomic.write_text(target, table_csv(df))
        written.append(target)
    # the first page as data (analysis/dataset/cities.py): one row per city
    target = Path(out) / f"{CITIES_TABLE}.csv"
    atomic.write_text(target, cities_csv(dataset))
    written.append(target)
    return written
