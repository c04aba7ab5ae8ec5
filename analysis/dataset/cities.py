"""The first page as data: one row per city with the answers an analyst asks first (has it
adopted or presented a digital strategy, and when; does it have a CDO in office, since when
and where; to whom the CDO reports, in the source's words), derived once from the
(corrected) profiles. Every section that states these answers (key findings, at a glance,
fact boxes, intervals, timeline summaries) reads them from here, and `tables`/`build` write
them as `cities.csv` (see the contract, "cities.csv: the first page as data").

Rules, each with its reason:

- strategy: the most recent milestone typed `strategy_adopted` or `strategy_presented` over
  all the city's sources decides, and its type is the status word: a strategy that was
  only presented ("vorgelegt") is never called adopted. Without one, work on a strategy
  (`strategy_process`, or a strategy named only with a horizon year) reads
  `in_preparation`; else nothing is stated.
- CDO: the city's most recent source that states a status speaks (an undated source counts
  as the oldest): status, placement, holder and reporting line all come from that one
  source, so they describe one post. `cdo_since` is the latest `cdo_appointed` milestone of
  that post: only when a CDO is in office, and only from a source that describes the same
  placement (an appointment to an earlier model is not the start of the present one).
- as_of: the date of the most recent dated source; an undated source has no as-of date (the
  latest date it mentions is kept apart, as an estimate, never as its date).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from analysis.dataset.places import place_facts
from analysis.extraction.lexicon.events import STRATEGY_WORDS

# The columns of cities.csv in the contract's order; the columns after `sources` are ours.
COLUMNS = (
    "city",
    "strategy_status",
    "strategy_date",
    "strategy_subject",
    "cdo_status",
    "cdo_since",
    "cdo_placement",
    "cdo_holder",
    "reporting_line",
    "as_of",
    "sources",
    "strategy_qualifier",
    "cdo_since_qualifier",
    "latest_date_mentioned",
    "status_source",
    "place_kind",
    "state",
    "size_class",
)
# What kind of place the row is, its Land and size class: from the municipality register
# (analysis/dataset/places.py), empty when the register does not hold the name. The national
# comparison counts municipalities and counties apart and groups by state and size by these.
PLACE_COLUMNS = ("place_kind", "state", "size_class")

# Event types whose milestone gives the strategy status, and the status word of each.
STRATEGY_STATUS_OF_TYPE = {"strategy_adopted": "adopted", "strategy_presented": "presented"}
IN_PREPARATION = "in_preparation"
STRATEGY_STATUSES = ("adopted", "presented", IN_PREPARATION)
# A dated step that has happened as of its source (a horizon is a plan, not a step).
HAPPENED = ("milestone", "period")


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
    months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}.get(qualifier or "", (1, 12))
    return to_date(f"{year}-{months[1]:02d}", end=True) if end else date(year, months[0], 1)


def span(event: dict) -> tuple[date, date]:
    """First and last day an event's date can mean (a year-only date: the whole year)."""
    return (
        to_date(event["date"], event.get("qualifier")),
        to_date(event.get("end") or event["date"], event.get("qualifier"), end=True),
    )


def _recency(event: dict) -> tuple[date, date]:
    """Order of events in time: by first day, then by last day (the more precise date of
    two with the same first day is the earlier one)."""
    first, last = span(event)
    return first, last


def _month_diff(a: date, b: date) -> int:
    """Whole months from day a to day b: 9 November to 1 January is one whole month."""
    return (b.year - a.year) * 12 + b.month - a.month - (b.day < a.day)


def months_between_events(a: dict, b: dict) -> tuple[int, int]:
    """Whole months from event a to event b, as (least, most) over what the dates can mean:
    9 Nov 2017 → "early 2018" is (1, 5); two dates of the same month are (0, 0)."""
    a_first, a_last = span(a)
    b_first, b_last = span(b)
    return max(0, _month_diff(a_last, b_first)), max(0, _month_diff(a_first, b_last))


@dataclass
class CityRow:
    """One city's first-page answers, with the events and source behind each."""

    city: str
    strategy_status: str | None = None  # adopted | presented | in_preparation | None
    strategy_event: dict | None = None  # the deciding event (with `doc_ids`)
    cdo_status: str | None = None  # in_office | post_created | planned | none | None
    status_document: dict | None = None  # the source that states the CDO status
    cdo_event: dict | None = None  # the cdo_appointed milestone of the present post
    cdo_placement: str | None = None
    cdo_holder: str | None = None
    reporting_line: dict | None = None  # {"text": ..., "evidence": {...}} from the status source
    as_of: str | None = None
    latest_date_mentioned: str | None = None  # of an undated city: an estimate, never its date
    documents: list[dict] = field(default_factory=list)  # the city's sources, oldest first

    @property
    def strategy_date(self) -> str | None:
        return self.strategy_event["date"] if self.strategy_event else None

    @property
    def strategy_subject(self) -> str | None:
        return self.strategy_event.get("subject") if self.strategy_event else None

    @property
    def cdo_since(self) -> str | None:
        return self.cdo_event["date"] if self.cdo_event else None

    @property
    def sources(self) -> int:
        return len(self.documents)

    def place_cells(self) -> dict[str, str | None]:
        """place_kind, state and size_class from the register; None where it does not know."""
        facts = place_facts(self.city)
        if facts is None:
            return dict.fromkeys(PLACE_COLUMNS)
        return {"place_kind": facts.kind, "state": facts.state, "size_class": facts.size_class}

    def cells(self) -> dict[str, str]:
        """The row of cities.csv: every value as text, an empty cell for "not stated"."""
        values = {
            "city": self.city,
            "strategy_status": self.strategy_status,
            "strategy_date": self.strategy_date,
            "strategy_subject": self.strategy_subject,
            "cdo_status": self.cdo_status,
            "cdo_since": self.cdo_since,
            "cdo_placement": self.cdo_placement,
            "cdo_holder": self.cdo_holder,
            "reporting_line": (self.reporting_line or {}).get("text"),
            "as_of": self.as_of,
            "sources": self.sources,
            "strategy_qualifier": (self.strategy_event or {}).get("qualifier"),
            "cdo_since_qualifier": (self.cdo_event or {}).get("qualifier"),
            "latest_date_mentioned": self.latest_date_mentioned,
            "status_source": (self.status_document or {}).get("doc_id"),
            **self.place_cells(),
        }
        return {k: "" if v is None else " ".join(str(v).split()) for k, v in values.items()}


def city_documents(dataset: dict, city: str) -> list[dict]:
    """The city's documents (identical copies excluded), oldest first; undated first too,
    since an undated source counts as the oldest."""
    docs = [d for d in dataset["documents"] if d.get("city") == city and not d.get("duplicate_of")]
    return sorted(docs, key=lambda d: (d.get("published") or "", d["doc_id"]))


def stated_cdo_status(doc: dict) -> str | None:
    """The source's CDO status; a profile written before `cdo_status` existed answers from
    `cdo` (true: in office; false with a CDO event: planned; false: none; null: not stated)."""
    governance = doc["governance"]
    if "cdo_status" in governance:
        return governance["cdo_status"]
    cdo = governance.get("cdo")
    if cdo is None:
        return None
    if cdo:
        return "in_office"
    return "planned" if any(e.get("type") == "cdo_appointed" for e in doc["events"]) else "none"


def _events(docs: list[dict], types: tuple[str, ...], kinds: tuple[str, ...]) -> list[dict]:
    """The documents' events of these types and kinds, each with the doc_ids of every source
    that states the same step (same date and type), once."""
    found: dict[tuple, dict] = {}
    for d in docs:
        for e in d["events"]:
            if e.get("type") in types and e.get("kind") in kinds:
                key = (e["date"], e.get("qualifier"), e.get("end"), e["type"])
                if key in found:
                    found[key]["doc_ids"].append(d["doc_id"])
                else:
                    found[key] = {**e, "doc_ids": [d["doc_id"]], "city": d.get("city")}
    return sorted(found.values(), key=_recency)


def names_a_strategy(event: dict) -> bool:
    """Whether a horizon names a strategy ("Masterplan Musterstadt 2030"): a plan with a
    year is work on a strategy even where its type is only a target."""
    words = f"{event.get('subject') or ''} {event.get('label') or ''}".lower()
    return any(w in words for w in STRATEGY_WORDS)


def strategy_of(docs: list[dict]) -> tuple[str | None, dict | None]:
    """(status, deciding event): the most recent adopted/presented milestone, else the latest
    work on a strategy, else (None, None)."""
    decided = _events(docs, tuple(STRATEGY_STATUS_OF_TYPE), HAPPENED)
    if decided:
        last = decided[-1]
        return STRATEGY_STATUS_OF_TYPE[last["type"]], last
    process = _events(docs, ("strategy_process",), HAPPENED)
    if process:
        return IN_PREPARATION, process[-1]
    planned = [
        e
        for e in _events(docs, ("strategy_process", *STRATEGY_STATUS_OF_TYPE, "target"), ("horizon",))
        if e["type"] != "target" or names_a_strategy(e)
    ]
    if planned:
        # a plan with a horizon year: in preparation, but the horizon is no date of the strategy
        return IN_PREPARATION, {**planned[-1], "date": None, "qualifier": None, "end": None}
    return None, None


def status_source(docs: list[dict]) -> dict | None:
    """The most recent source that states a CDO status (undated ones count as oldest)."""
    stating = [d for d in docs if stated_cdo_status(d) is not None]
    return stating[-1] if stating else None


def cdo_appointment(docs: list[dict], source: dict) -> dict | None:
    """The latest `cdo_appointed` milestone of the post the status source describes: from
    that source, or from another that gives the same placement."""
    placement = source["governance"].get("cdo_placement")
    same_post = [
        d
        for d in docs
        if d is source
        or (stated_cdo_status(d) == "in_office" and d["governance"].get("cdo_placement") == placement)
    ]
    appointed = _events(same_post, ("cdo_appointed",), ("milestone",))
    return appointed[-1] if appointed else None


def latest_date_mentioned(docs: list[dict]) -> str | None:
    """The latest milestone date any of the sources mentions: an estimate of their age."""
    dates = [e for d in docs for e in d["events"] if e.get("kind") == "milestone" and e.get("date")]
    return max(dates, key=_recency)["date"] if dates else None


def city_row(dataset: dict, city: str) -> CityRow:
    docs = city_documents(dataset, city)
    row = CityRow(city=city, documents=docs)
    row.strategy_status, row.strategy_event = strategy_of(docs)
    source = status_source(docs)
    if source is not None:
        g = source["governance"]
        row.status_document = source
        row.cdo_status = stated_cdo_status(source)
        row.cdo_placement = g.get("cdo_placement")
        row.cdo_holder = g.get("cdo_holder")
        line = g.get("reporting_line")
        row.reporting_line = line if isinstance(line, dict) and line.get("text") else None
        if row.cdo_status == "in_office":
            row.cdo_event = cdo_appointment(docs, source)
    dated = [d["published"] for d in docs if d.get("published")]
    row.as_of = max(dated) if dated else None
    if row.as_of is None:
        row.latest_date_mentioned = latest_date_mentioned(docs)
    return row


def known_cities(dataset: dict) -> list[str]:
    return sorted({d["city"] for d in dataset["documents"] if d.get("city")})


def city_rows(dataset: dict, cities: list[str] | None = None) -> list[CityRow]:
    """One row per city (all cities, alphabetical, unless `cities` names them)."""
    return [city_row(dataset, c) for c in (known_cities(dataset) if cities is None else cities)]


def cities_frame(dataset: dict) -> pd.DataFrame:
    """cities.csv as a table: the contract's columns, one row per city in alphabetical order
    (written by `analysis.dataset.tables.write_tables`, through the same guarded CSV writer
    as every other published table)."""
    return pd.DataFrame([row.cells() for row in city_rows(dataset)], columns=list(COLUMNS))
