"""The national picture as numbers: shares of strategies and CDOs, where the CDOs sit, the
months from strategy to CDO and the adoptions by year, read from the rows of cities.csv
(`analysis.dataset.cities`: one row per place, with its kind, Land and size class from
the municipality register). The key findings, the aggregate tables and figures and the
per-place detail all state these one derivation.

Rules, each with its reason:

- A share is over the places whose sources answer the question ("12 of 30 (40 %)"): a
  place whose sources say nothing about a CDO is "not stated", not "no CDO", so it is
  counted apart (over all places of its group) and never in a denominator of the answers.
- Municipalities and counties are counted apart: a county (Kreis) is another level of
  administration with other duties. A name the register does not hold is never guessed to
  be a county: it is counted with the municipalities, and its Land is "not known".
- Where the CDOs sit is a share over the CDOs in office (a planned post has no CDO).
- Months from strategy to CDO: over the places with both dated and the CDO not before the
  strategy; a date known to the year is a span, so the median is given as a range.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from analysis.dataset.cities import COLUMNS, STRATEGY_STATUSES, CityRow, months_between_events, span
from analysis.dataset.places import COUNTY, MUNICIPALITY, SIZE_CLASSES, STATES, place_facts
from analysis.vocabulary import CDO_STATUSES

if TYPE_CHECKING:
    from analysis.reporting.texts import Texts

# The statuses that answer the question (an empty cell: the sources leave it open).
CDO_ANSWERS = tuple(CDO_STATUSES)
# Dated strategies that start the interval to the CDO (work in preparation has no date).
DATED_STRATEGIES = ("adopted", "presented")
# The Länder in the order of the official key, for tables that list them.
STATE_ORDER = tuple(STATES.values())
SIZE_ORDER = tuple(key for key, _ in SIZE_CLASSES)


def places_frame(rows: list[CityRow]) -> pd.DataFrame:
    """cities.csv's rows as a table (every value text; an empty cell: not stated/not known)."""
    return pd.DataFrame([row.cells() for row in rows], columns=list(COLUMNS))


def municipalities(df: pd.DataFrame) -> pd.DataFrame:
    """The municipalities, and the places the register does not hold (never guessed to be
    counties)."""
    return df[df["place_kind"] != COUNTY]


def counties(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["place_kind"] == COUNTY]


@dataclass(frozen=True)
class Share:
    """k of n; n is the number of places that answer the question (0: none answers)."""

    k: int
    n: int

    @property
    def percent(self) -> int | None:
        return round(100 * self.k / self.n) if self.n else None

    def text(self, T: Texts) -> str:
        """'12 of 30 (40 %)'; '–' when no place answers."""
        if not self.n:
            return "–"
        return T("national.share", k=self.k, n=self.n, pct=self.percent)

    def short(self, T: Texts) -> str:
        """'12 (40 %)' for the compact tables, whose denominator stands in its own column."""
        if not self.n:
            return "–"
        return T("national.share_short", k=self.k, pct=self.percent)


def strategy_shares(df: pd.DataFrame) -> dict[str, Share]:
    """Per strategy status the share over the places whose sources state one; `not_stated`
    over all places of the group."""
    stated = df[df["strategy_status"] != ""]
    out = {s: Share(int((stated["strategy_status"] == s).sum()), len(stated)) for s in STRATEGY_STATUSES}
    out["not_stated"] = Share(len(df) - len(stated), len(df))
    return out


def cdo_shares(df: pd.DataFrame) -> dict[str, Share]:
    """Per CDO status the share over the places whose sources state one; `not_stated` over all."""
    stated = df[df["cdo_status"] != ""]
    out = {s: Share(int((stated["cdo_status"] == s).sum()), len(stated)) for s in CDO_ANSWERS}
    out["not_stated"] = Share(len(df) - len(stated), len(df))
    return out


def placement_shares(df: pd.DataFrame) -> dict[str, Share]:
    """Where the CDOs in office sit, over the CDOs in office (most frequent first)."""
    in_office = df[df["cdo_status"] == "in_office"]
    counts = in_office["cdo_placement"].replace("", "unspecified").value_counts()
    keys = sorted(counts.index, key=lambda k: (-int(counts[k]), k))
    return {k: Share(int(counts[k]), len(in_office)) for k in keys}


def _event(date_value: str, qualifier: str) -> dict:
    return {"date": date_value, "qualifier": qualifier or None, "end": None}


@dataclass(frozen=True)
class Interval:
    """Months from strategy to CDO over the places with both dated."""

    places: int  # with both dated and the CDO not before the strategy
    lo: float | None  # median of the least months
    hi: float | None  # median of the most months
    cdo_first: int  # places whose CDO started before their strategy

    def text(self, T: Texts) -> str:
        if self.lo is None or self.hi is None:
            return "–"
        # the median's range widened to whole months: never narrower than the dates allow
        return T.months(math.floor(self.lo), math.ceil(self.hi))


def strategy_to_cdo(df: pd.DataFrame) -> Interval:
    """The median months from the strategy (adopted or presented, dated) to the start of the
    CDO in office, as a range over what the dates can mean."""
    both = df[
        df["strategy_status"].isin(DATED_STRATEGIES)
        & (df["strategy_date"] != "")
        & (df["cdo_status"] == "in_office")
        & (df["cdo_since"] != "")
    ]
    lows, highs, first = [], [], 0
    for _, r in both.iterrows():
        a = _event(r["strategy_date"], r["strategy_qualifier"])
        b = _event(r["cdo_since"], r["cdo_since_qualifier"])
        if span(b)[1] < span(a)[0]:
            first += 1
            continue
        lo, hi = months_between_events(a, b)
        lows.append(lo)
        highs.append(hi)
    if not lows:
        return Interval(0, None, None, first)
    return Interval(len(lows), statistics.median(lows), statistics.median(highs), first)


def adoption_curve(df: pd.DataFrame) -> pd.DataFrame:
    """Per year: how many places had adopted their (deciding) strategy by the end of it, the
    municipalities and the counties apart; years from the first to the last adoption."""
    adopted = df[(df["strategy_status"] == "adopted") & (df["strategy_date"] != "")]
    years = adopted["strategy_date"].str[:4].astype(int)
    if years.empty:
        return pd.DataFrame(columns=[MUNICIPALITY, COUNTY], dtype=int)
    index = range(int(years.min()), int(years.max()) + 1)
    out = {}
    for kind, part in ((MUNICIPALITY, municipalities(adopted)), (COUNTY, counties(adopted))):
        per_year = part["strategy_date"].str[:4].astype(int).value_counts()
        out[kind] = [int(per_year[per_year.index <= y].sum()) for y in index]
    return pd.DataFrame(out, index=list(index))


# --- groups ---------------------------------------------------------------------------------


def states_present(df: pd.DataFrame) -> list[str]:
    """The Länder of the places, in the order of the official key (unknown ones left out)."""
    present = set(df["state"]) - {""}
    return [s for s in STATE_ORDER if s in present]


def region_text(states: list[str], T: Texts) -> str:
    """The region the places cover: the Land's name when all places the register knows lie
    in one Land; else Germany with the number of Länder; places not in the register else."""
    if len(states) == 1:
        return states[0]
    if not states:
        return T("national.region_unknown")
    return T("national.region_germany", n=len(states))


def states_of(cities: list[str]) -> list[str]:
    """The Länder of these places (register facts), in the order of the official key."""
    present = {facts.state for c in cities if (facts := place_facts(c)) is not None and facts.state}
    return [s for s in STATE_ORDER if s in present]


def by_state(df: pd.DataFrame) -> list[tuple[str, list[str]]]:
    """(state, places alphabetically) for every Land present, in the official order; places
    the register does not hold last, under an empty state."""
    groups = [(s, sorted(df.loc[df["state"] == s, "city"])) for s in states_present(df)]
    unknown = sorted(df.loc[df["state"] == "", "city"])
    return groups + ([("", unknown)] if unknown else [])
