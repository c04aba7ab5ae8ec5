"""Strategy timelines across cities: merged events, year filters, intervals between steps."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from analysis.errors import ParameterError
from analysis.reading.dates import precision_of
from analysis.views.city import city_view
from analysis.views.governance_comparison import resolve_cities

STEP_PATTERNS = {
    "first strategy": re.compile(r"strategie|agenda|roadmap|masterplan|digitalisierungsziele|leitbild", re.I),
    "council decision": re.compile(
        r"\b(rat|stadtrat|ratsbeschluss|kreistag|gemeinderat)\b|beschlossen|beschluss", re.I
    ),
    "CDO": re.compile(r"chief digital officer|\bcdo\b", re.I),
}


def check_years(start_year, end_year) -> tuple[int, int]:
    try:
        start, end = int(start_year), int(end_year)
    except (TypeError, ValueError):
        raise ParameterError(
            f"start_year and end_year must be whole years, not {start_year!r} and {end_year!r}"
        ) from None
    if not (1900 <= start <= 2100 and 1900 <= end <= 2100) or start > end:
        raise ParameterError(f"invalid year range {start}–{end}: need 1900 <= start_year <= end_year <= 2100")
    return start, end


def to_date(value: str, qualifier: str | None = None, end: bool = False) -> date:
    """The first (or last) day a date string of any precision covers; qualifiers narrow a year."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        if not end:
            return date(parts[0], parts[1], 1)
        nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    year = parts[0]
    span = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}.get(qualifier or "", (1, 12))
    return to_date(f"{year}-{span[1]:02d}", end=True) if end else date(year, span[0], 1)


FRAME_COLUMNS = [
    "city",
    "date",
    "end",
    "qualifier",
    "kind",
    "precision",
    "label",
    "first",
    "last",
    "quote",
    "sources",
]


def event_row(e: dict) -> dict:
    """A merged timeline event (cityview) as a row: its first and last day, its quote."""
    return {
        "city": e["city"],
        "date": e["date"],
        "end": e["end"],
        "qualifier": e["qualifier"],
        "kind": e["kind"],
        "precision": precision_of(e["date"]),
        "label": e["label"],
        "first": to_date(e["date"], e["qualifier"]),
        "last": to_date(e["end"] or e["date"], e["qualifier"], end=True),
        "quote": e["evidence"]["quote"],
        "sources": ", ".join(e["doc_ids"]),
    }


def timeline_frame(dataset: dict, cities=None, start_year=1900, end_year=2100) -> pd.DataFrame:
    """All cities' merged events within the years, one row per event, with its quote."""
    start, end = check_years(start_year, end_year)
    rows = [
        row
        for city in resolve_cities(dataset, cities)
        for row in map(event_row, city_view(dataset, city).timeline)
        if row["last"].year >= start and row["first"].year <= end
    ]
    df = pd.DataFrame(rows, columns=FRAME_COLUMNS)
    return df.sort_values(["city", "first", "kind"], kind="stable").reset_index(drop=True)


def intervals(events: pd.DataFrame) -> pd.DataFrame:
    """Per city: dates of first strategy, council decision and CDO, and the time between them."""
    rows = []
    for city, group in events.groupby("city", sort=True):
        milestones = group[group["kind"].isin(["milestone", "period"])]
        found = {}
        for step, pattern in STEP_PATTERNS.items():
            hits = milestones[
                [
                    bool(pattern.search(f"{lab} {q}"))
                    for lab, q in zip(milestones["label"], milestones["quote"], strict=True)
                ]
            ]
            found[step] = hits.iloc[0] if len(hits) else None
        row = {"city": city}
        for step, hit in found.items():
            row[step] = hit["date"] if hit is not None else None
        row["strategy → decision"] = _months(found["first strategy"], found["council decision"])
        row["decision → CDO"] = _months(found["council decision"], found["CDO"])
        row["strategy → CDO"] = _months(found["first strategy"], found["CDO"])
        rows.append(row)
    return pd.DataFrame(rows)


def _months(a, b) -> int | None:
    if a is None or b is None:
        return None
    return (b["first"].year - a["first"].year) * 12 + b["first"].month - a["first"].month


def summary(events: pd.DataFrame, cities: list[str], start_year: int, end_year: int) -> str:
    n = len(events)
    kinds = events["kind"].value_counts().to_dict() if n else {}
    parts = ", ".join(f"{v} {k}{'s' if v != 1 else ''}" for k, v in sorted(kinds.items()))
    without = [c for c in cities if c not in set(events["city"])]
    text = (
        f"{n} dated event{'s' * (n != 1)} for {len(cities)} cit{'ies' if len(cities) != 1 else 'y'} "
        f"between {start_year} and {end_year}" + (f" ({parts})." if parts else ".")
    )
    if without:
        text += f" No dated events in this range for: {', '.join(without)}."
    return text


def date_text(row) -> str:
    """'late 2017', '2017–2020', '2021-02-23': a date as precise as the text, no more."""
    qualifier, last = row["qualifier"], row["end"]
    q = {"early": "early ", "mid": "mid ", "late": "late "}.get(
        qualifier if isinstance(qualifier, str) else "", ""
    )
    end = f"–{last}" if isinstance(last, str) and last else ""
    return f"{q}{row['date']}{end}"


def events_table(events: pd.DataFrame, one_city: bool = False) -> pd.DataFrame:
    """Numbered events (the numbers of the timeline figure), with city and precision
    unless the table is about one city."""
    table = pd.DataFrame(
        {
            "no.": range(1, len(events) + 1),
            "city": events["city"],
            "date": [date_text(r) for _, r in events.iterrows()],
            "kind": events["kind"],
            "precision": events["precision"],
            "event": events["label"],
            "source": events["sources"],
        }
    )
    return table.drop(columns=["city", "precision"]) if one_city else table


def quotes_table(events: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {"no.": range(1, len(events) + 1), "quote": events["quote"], "source": events["sources"]}
    )


def intervals_table(events: pd.DataFrame) -> pd.DataFrame:
    df = intervals(events)
    if not len(df):
        return pd.DataFrame(columns=["city"])
    return df.astype(object).where(df.notna(), None).map(lambda v: int(v) if isinstance(v, float) else v)
