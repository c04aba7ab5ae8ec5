"""The national picture before the places: shares of strategies and CDOs, where the CDOs
sit, how long from strategy to CDO, by state and by size class.

Everything here is read from the rows of cities.csv (`analysis.dataset.cities`: one row per
place, with its kind, Land and size class from the municipality register), so the key
findings, the aggregate tables and figures and the per-place detail state one derivation.

Rules, each with its reason:

- A share is over the places whose sources answer the question ("12 of 30 (40 %)"): a
  place whose sources say nothing about a CDO is "not stated", not "no CDO", so it is
  counted apart (over all places of its group) and never in a denominator of the answers.
- Municipalities and counties are counted apart: a county (Kreis) is another level of
  administration with other duties; its shares are its own column or row.
- Where the CDOs sit is a share over the CDOs in office (a planned post has no CDO).
- Months from strategy to CDO: over the places with both dated and the CDO not before the
  strategy; a date known to the year is a span, so the median is given as a range.
- The region a report covers is computed from its places: one Land's name when all lie in
  one Land, else Germany with the number of Länder.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

import pandas as pd

from analysis.dataset.cities import COLUMNS, STRATEGY_STATUSES, CityRow, span
from analysis.dataset.places import COUNTY, MUNICIPALITY, SIZE_CLASSES, STATES
from analysis.reporting.texts import Texts
from analysis.views.findings import CDO_STATUSES, months_between_events

# The statuses that answer the question (not_stated is what the sources leave open).
CDO_ANSWERS = tuple(s for s in CDO_STATUSES if s != "not_stated")
# Dated strategies that start the interval to the CDO (work in preparation has no date).
DATED_STRATEGIES = ("adopted", "presented")
# Above this many places the key findings are given per state, not per place.
PER_STATE_ABOVE = 12
# The Länder in the order of the official key, for tables that list them.
STATE_ORDER = tuple(STATES.values())
SIZE_ORDER = tuple(key for key, _ in SIZE_CLASSES)


def places_frame(rows: list[CityRow]) -> pd.DataFrame:
    """cities.csv's rows as a table (every value text; an empty cell: not stated/not known)."""
    return pd.DataFrame([row.cells() for row in rows], columns=list(COLUMNS))


def municipalities(df: pd.DataFrame) -> pd.DataFrame:
    """The municipalities, and the places the register does not hold (never guessed to be
    counties: a name without register facts is counted where most places are)."""
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
        lo, hi = round(self.lo), round(self.hi)
        return T.months(lo, hi)


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


# --- the region and the groups ----------------------------------------------------------------


def states_present(df: pd.DataFrame) -> list[str]:
    """The Länder of the places, in the order of the official key (unknown ones left out)."""
    present = set(df["state"]) - {""}
    return [s for s in STATE_ORDER if s in present]


def region(df: pd.DataFrame, T: Texts) -> str:
    """'Nordrhein-Westfalen' when all places the register knows lie in one Land; else
    'Germany (7 Länder)'; 'places not in the register' when it knows none."""
    states = states_present(df)
    if len(states) == 1:
        return states[0]
    if not states:
        return T("national.region_unknown")
    return T("national.region_germany", n=len(states))


def coverage_text(df: pd.DataFrame, T: Texts) -> str:
    """'37 places in Germany (9 Länder): 35 municipalities and 2 counties.' and how many
    places the register does not hold."""
    n_m = int((df["place_kind"] == MUNICIPALITY).sum())
    n_c = int((df["place_kind"] == COUNTY).sum())
    text = T(
        "national.coverage",
        n=len(df),
        region=region(df, T),
        municipalities=T.count("count.municipality", n_m),
        counties=T.count("count.county", n_c),
    )
    unknown = int((df["place_kind"] == "").sum())
    if unknown:
        text += " " + T("national.not_in_register", n=unknown)
    return text


def place_label(kind: str, T: Texts) -> str:
    """'municipality', 'county' or 'not in the register'."""
    return T.label("place_kind", kind or "unknown")


def state_label(state: str, T: Texts) -> str:
    return state or T("national.state_unknown")


def by_state(df: pd.DataFrame) -> list[tuple[str, list[str]]]:
    """(state, places alphabetically) for every Land present, in the official order; places
    the register does not hold last, under an empty state."""
    groups = [(s, sorted(df.loc[df["state"] == s, "city"])) for s in states_present(df)]
    unknown = sorted(df.loc[df["state"] == "", "city"])
    return groups + ([("", unknown)] if unknown else [])


# --- tables -----------------------------------------------------------------------------------


def _group_columns(df: pd.DataFrame, T: Texts) -> list[tuple[str, pd.DataFrame]]:
    """The columns of the headline tables: municipalities, and counties when there are any."""
    cols = [(T("national.col.municipalities", n=len(municipalities(df))), municipalities(df))]
    if len(counties(df)):
        cols.append((T("national.col.counties", n=len(counties(df))), counties(df)))
    return cols


def _shares_table(df: pd.DataFrame, T: Texts, shares_of, label_prefix: str, keys) -> pd.DataFrame:
    groups = [(name, shares_of(part)) for name, part in _group_columns(df, T)]
    rows = []
    for key in keys:
        row = {T("national.col.status"): T.label(label_prefix, key)}
        for name, shares in groups:
            row[name] = shares[key].text(T)
        rows.append(row)
    return pd.DataFrame(rows, columns=[T("national.col.status")] + [name for name, _ in groups])


def strategy_table(df: pd.DataFrame, T: Texts) -> pd.DataFrame:
    """Strategy adopted / presented / in preparation over the places that state one; not stated over all."""
    keys = (*STRATEGY_STATUSES, "not_stated")
    return _shares_table(df, T, strategy_shares, "national.strategy", keys)


def cdo_table(df: pd.DataFrame, T: Texts) -> pd.DataFrame:
    """CDO in office / post created / planned / none over the places that state one; not stated over all."""
    return _shares_table(df, T, cdo_shares, "cdo_status", CDO_STATUSES)


def placement_table(df: pd.DataFrame, T: Texts) -> pd.DataFrame:
    """Where the CDOs in office sit, over the CDOs in office (municipalities; counties apart)."""
    groups = [(name, placement_shares(part)) for name, part in _group_columns(df, T)]
    keys = list(dict.fromkeys(k for _, shares in groups for k in shares))
    rows = []
    for key in keys:
        row = {T("national.col.placement"): T.label("placement", key)}
        for name, shares in groups:
            share = shares.get(key)
            row[name] = share.text(T) if share else "–"
        rows.append(row)
    return pd.DataFrame(rows, columns=[T("national.col.placement")] + [name for name, _ in groups])


def interval_table(df: pd.DataFrame, T: Texts) -> pd.DataFrame:
    """The median months from strategy to CDO, for municipalities and counties apart."""
    rows = []
    for name, part in _group_columns(df, T):
        interval = strategy_to_cdo(part)
        rows.append(
            {
                T("national.col.group"): name,
                T("national.col.both_dated"): interval.places,
                T("national.col.median"): interval.text(T),
                T("national.col.cdo_first"): interval.cdo_first,
            }
        )
    columns = [T(f"national.col.{k}") for k in ("group", "both_dated", "median", "cdo_first")]
    return pd.DataFrame(rows, columns=columns)


def _breakdown_row(label: str, part: pd.DataFrame, T: Texts) -> dict[str, object]:
    strategy, cdo = strategy_shares(part), cdo_shares(part)
    return {
        T("national.col.group"): label,
        T("national.col.places"): len(part),
        T("national.col.strategy_stated"): strategy["adopted"].n,
        T("strategy_status.adopted"): strategy["adopted"].short(T),
        T("strategy_status.presented"): strategy["presented"].short(T),
        T("strategy_status.in_preparation"): strategy["in_preparation"].short(T),
        T("national.col.cdo_stated"): cdo["in_office"].n,
        T("cdo_status.in_office"): cdo["in_office"].short(T),
        T("national.col.post"): Share(cdo["post_created"].k + cdo["planned"].k, cdo["in_office"].n).short(T),
        T("cdo_status.none"): cdo["none"].short(T),
    }


def breakdown_table(df: pd.DataFrame, T: Texts, by: str) -> pd.DataFrame:
    """The shares per Land (`by="state"`) or per size class (`by="size_class"`), for the
    municipalities; the counties as one row of their own. Only groups present."""
    towns = municipalities(df)
    rows = []
    if by == "state":
        for state in states_present(towns):
            rows.append(_breakdown_row(state, towns[towns["state"] == state], T))
        unknown = towns[towns["state"] == ""]
    else:
        for key in SIZE_ORDER:
            part = towns[towns["size_class"] == key]
            if len(part):
                rows.append(_breakdown_row(T.label("size_class", key), part, T))
        unknown = towns[towns["size_class"] == ""]
    if len(unknown):
        rows.append(_breakdown_row(T("national.state_unknown"), unknown, T))
    if len(counties(df)):
        rows.append(_breakdown_row(T("national.col.counties", n=len(counties(df))), counties(df), T))
    columns = list(_breakdown_row("", df.iloc[0:0], T))
    return pd.DataFrame(rows, columns=columns)


def breakdown_note(T: Texts) -> str:
    return T("national.breakdown_note")


# --- key findings at size ---------------------------------------------------------------------


def _strategy_docs(rows: list[CityRow]) -> list[str]:
    return list(dict.fromkeys(i for r in rows if r.strategy_event for i in r.strategy_event["doc_ids"]))


def _status_docs(rows: list[CityRow]) -> list[str]:
    return list(dict.fromkeys(r.status_document["doc_id"] for r in rows if r.status_document))


def _group_summary(df: pd.DataFrame, T: Texts) -> str:
    """'strategy adopted 5 of 12 (42 %); CDO in office 8 of 15 (53 %)'."""
    adopted, in_office = strategy_shares(df)["adopted"], cdo_shares(df)["in_office"]
    not_stated = T("cdo_status.not_stated")
    return T(
        "national.finding.group",
        adopted=adopted.text(T) if adopted.n else not_stated,
        in_office=in_office.text(T) if in_office.n else not_stated,
    )


def national_findings(rows: list[CityRow], T: Texts) -> list:
    """The key findings of a comparison of many places: three to five statements over the
    municipalities (counties apart), each with its source numbers, then one per Land (its
    municipalities' shares; its counties are in the counties' statement)."""
    from analysis.views.findings import Finding

    df = places_frame(rows)
    by_city = {r.city: r for r in rows}
    towns = municipalities(df)
    town_rows = [by_city[c] for c in towns["city"]]
    out = []
    strategy = strategy_shares(towns)
    out.append(
        Finding(
            T(
                "national.finding.strategy",
                n=strategy["adopted"].n,
                places=T.count("count.municipality", len(towns)),
                adopted=strategy["adopted"].text(T),
                presented=strategy["presented"].text(T),
                in_preparation=strategy["in_preparation"].text(T),
                not_stated=strategy["not_stated"].k,
            ),
            _strategy_docs(town_rows),
        )
    )
    cdo = cdo_shares(towns)
    posts = Share(cdo["post_created"].k + cdo["planned"].k, cdo["in_office"].n)
    out.append(
        Finding(
            T(
                "national.finding.cdo",
                n=cdo["in_office"].n,
                in_office=cdo["in_office"].text(T),
                posts=posts.text(T),
                none=cdo["none"].text(T),
                not_stated=cdo["not_stated"].k,
            ),
            _status_docs(town_rows),
        )
    )
    placements = placement_shares(towns)
    if placements:
        parts = T.join([f"{T.label('placement', k)} {s.text(T)}" for k, s in placements.items()])
        in_office = [r for r in town_rows if r.cdo_status == "in_office"]
        out.append(
            Finding(
                T("national.finding.placement", n=len(in_office), parts=parts), _status_docs(in_office)
            )
        )
    interval = strategy_to_cdo(towns)
    if interval.places or interval.cdo_first:
        both = [
            r
            for r in town_rows
            if r.strategy_status in DATED_STRATEGIES and r.strategy_date and r.cdo_since
        ]
        docs = list(
            dict.fromkeys(
                i for r in both for i in [*r.strategy_event["doc_ids"], *r.cdo_event["doc_ids"]]  # type: ignore[index]
            )
        )
        out.append(
            Finding(
                T(
                    "national.finding.interval",
                    n=interval.places,
                    months=interval.text(T),
                    first=interval.cdo_first,
                ),
                docs,
            )
        )
    shires = counties(df)
    if len(shires):
        shire_rows = [by_city[c] for c in shires["city"]]
        out.append(
            Finding(
                T("national.finding.counties", n=len(shires), summary=_group_summary(shires, T)),
                list(dict.fromkeys(_strategy_docs(shire_rows) + _status_docs(shire_rows))),
            )
        )
    for state, cities in by_state(df):
        part = df[df["city"].isin(cities)]
        state_rows = [by_city[c] for c in cities]
        kinds = T.join(
            [
                T.count(f"count.{kind}", n)
                for kind in (MUNICIPALITY, COUNTY)
                if (n := int((part["place_kind"] == kind).sum()))
            ]
        )
        out.append(
            Finding(
                T(
                    "national.finding.state",
                    state=state_label(state, T),
                    places=T.count("count.place", len(part)),
                    kinds=f" ({kinds})" if kinds else "",
                    summary=_group_summary(municipalities(part), T),
                ),
                list(dict.fromkeys(_strategy_docs(state_rows) + _status_docs(state_rows))),
            )
        )
    return out
