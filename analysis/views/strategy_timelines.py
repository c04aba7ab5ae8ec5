"""Strategy timelines across cities: merged events with their type, year filters, event tables.
(The intervals between key steps are in `findings`, read from event types.)"""

from __future__ import annotations

import pandas as pd

from analysis.dataset.cities import to_date
from analysis.errors import ParameterError
from analysis.reading.dates import precision_of
from analysis.reporting.texts import Texts
from analysis.views.city import city_view, resolve_cities
from analysis.views.corrections import evidence_quote, marked
from analysis.views.findings import MANY_CITIES, CityFacts, comparative_findings, event_label, names
from analysis.vocabulary import KEY_EVENT_TYPES


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


FRAME_COLUMNS = [
    "city",
    "date",
    "end",
    "qualifier",
    "kind",
    "type",
    "precision",
    "label",
    "subject",
    "first",
    "last",
    "quote",
    "doc_ids",
    "corrected",
]


def event_row(e: dict) -> dict:
    """A merged timeline event (cityview) as a row: its first and last day, type and quote."""
    corrected = e.get("corrected")
    return {
        "city": e["city"],
        "date": e["date"],
        "end": e["end"],
        "qualifier": e["qualifier"],
        "kind": e["kind"],
        "type": e.get("type"),
        "precision": precision_of(e["date"]),
        "label": e["label"],
        "subject": e.get("subject"),
        "first": to_date(e["date"], e["qualifier"]),
        "last": to_date(e["end"] or e["date"], e["qualifier"], end=True),
        "quote": " ".join(quote.split()) if (quote := evidence_quote(e)) is not None else None,
        "doc_ids": tuple(e["doc_ids"]),
        "corrected": (corrected.get("note") or "") if isinstance(corrected, dict) else None,
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


def summary(
    events: pd.DataFrame,
    cities: list[str],
    start_year: int,
    end_year: int,
    T: Texts,
    facts: list[CityFacts] | None = None,
) -> str:
    """How many dated events and key steps the timelines show; with the cities' facts, the
    strategy status of each (cities.csv), so the timelines and the first page agree."""
    n = len(events)
    key = int(events["type"].isin(KEY_EVENT_TYPES).sum()) if n else 0
    text = T("timeline.summary", n=n, cities=len(cities), start=start_year, end=end_year, key=key)
    without = [c for c in cities if c not in set(events["city"])]
    if without:
        text += " " + T("timeline.no_events", cities=names(without, T))
    if facts and len(facts) <= MANY_CITIES:  # more places: the national picture above says it
        text += " " + comparative_findings(facts, T, typed=True)[0].text
    return text


def type_text(row, T: Texts) -> str:
    """The event's type in the report's language ('Strategy adopted', 'CDO post planned')."""
    kind = row["type"] if isinstance(row["type"], str) else None
    return event_label({"type": kind, "kind": row["kind"]} if kind else {"kind": row["kind"]}, T)


def events_table(events: pd.DataFrame, T: Texts, notes, one_city: bool = False) -> pd.DataFrame:
    """Numbered events (the numbers of the timeline figure): date as precise as the text,
    type in the report's language, the source's own words and German sentence, source number."""
    rows = []
    for i, (_, r) in enumerate(events.iterrows(), start=1):
        note = r["corrected"] if isinstance(r["corrected"], str) else None
        rows.append(
            {
                T("events.no"): i,
                T("events.city"): r["city"],
                T("events.date"): T.date(
                    r["date"],
                    r["qualifier"] if isinstance(r["qualifier"], str) else None,
                    r["end"] if isinstance(r["end"], str) else None,
                ),
                T("events.type"): marked(type_text(r, T), note, T),
                T("events.subject"): r["subject"] if isinstance(r["subject"], str) and r["subject"] else "–",
                T("events.quote"): r["quote"] if isinstance(r["quote"], str) else marked("", note, T).strip(),
                T("events.source"): f"[{notes(r['doc_ids'])}]",
            }
        )
    columns = [
        T(k)
        for k in (
            "events.no",
            "events.city",
            "events.date",
            "events.type",
            "events.subject",
            "events.quote",
            "events.source",
        )
    ]
    table = pd.DataFrame(rows, columns=columns)
    return table.drop(columns=[T("events.city")]) if one_city else table
