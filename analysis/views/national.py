"""The national comparison's aggregate part, in the report's language: the region the
places cover, the headline tables (strategy, CDO, placement, strategy → CDO), the shares by
Land and by size class, the data of its figures, and the notebook helper that shows them
before the per-place detail. The numbers come from `analysis.dataset.aggregates`.

The region a report covers is computed from its places: one Land's name when all lie in
one Land, else Germany with the number of Länder.
"""

from __future__ import annotations

import pandas as pd

from analysis.dataset.aggregates import (
    CDO_ANSWERS,
    SIZE_ORDER,
    Share,
    adoption_curve,
    by_state,
    cdo_shares,
    counties,
    municipalities,
    placement_shares,
    places_frame,
    region_text,
    states_present,
    strategy_shares,
    strategy_to_cdo,
)
from analysis.dataset.cities import STRATEGY_STATUSES
from analysis.dataset.places import COUNTY, MUNICIPALITY
from analysis.reporting import display as report
from analysis.reporting.figures import adoption_figure, shares_figure
from analysis.reporting.texts import Texts
from analysis.views.findings import CityFacts, cdo_status_text, placement_of, state_label
from analysis.views.governance_comparison import place_name

__all__ = [
    "by_state",
    "places_frame",
    "state_label",
]  # the notebooks read the groups and the frame through this module


def region(df: pd.DataFrame, T: Texts) -> str:
    """'Nordrhein-Westfalen' when all places the register knows lie in one Land; else
    'Germany (7 Länder)' (see `aggregates.region_text`)."""
    return region_text(states_present(df), T)


def coverage_text(df: pd.DataFrame, T: Texts) -> str:
    """'37 places in Germany (9 Länder): 35 municipalities and 2 counties.' and how many
    places the register does not hold."""
    n_m = int((df["place_kind"] == MUNICIPALITY).sum())
    n_c = int((df["place_kind"] == COUNTY).sum())
    kinds = [T.count(f"count.{kind}", k) for kind, k in ((MUNICIPALITY, n_m), (COUNTY, n_c)) if k]
    text = T("national.coverage", n=len(df), region=region(df, T), kinds=T.join(kinds) or "–")
    unknown = int((df["place_kind"] == "").sum())
    if unknown:
        text += " " + T("national.not_in_register", n=unknown)
    return text


def counties_sentence(df: pd.DataFrame, places: list[str], T: Texts) -> str:
    """'Counties (Kreise) among them: Musterland.' for the places of a Land that are
    counties; empty when none is."""
    shires = sorted(set(counties(df)["city"]) & set(places))
    return T("national.counties_among", n=len(shires), names=T.join(shires)) if shires else ""


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
    return _shares_table(df, T, cdo_shares, "cdo_status", (*CDO_ANSWERS, "not_stated"))


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


# --- figures' data ----------------------------------------------------------------------------


def shares_panels(df: pd.DataFrame, T: Texts) -> list[tuple[str, list[tuple[str, int, int]]]]:
    """The bars of the shares figure, for the municipalities: strategy status, CDO status
    (over the places that answer) and placement (over the CDOs in office)."""
    towns = municipalities(df)
    strategy, cdo, placement = strategy_shares(towns), cdo_shares(towns), placement_shares(towns)
    return [
        (
            T("national.panel.strategy", n=strategy["adopted"].n),
            [(T.label("strategy_status", s), strategy[s].k, strategy[s].n) for s in STRATEGY_STATUSES],
        ),
        (
            T("national.panel.cdo", n=cdo["in_office"].n),
            [(T.label("cdo_status", s), cdo[s].k, cdo[s].n) for s in CDO_ANSWERS],
        ),
        (
            T("national.panel.placement", n=sum(s.k for s in placement.values())),
            [(T.label("placement", k), s.k, s.n) for k, s in placement.items()],
        ),
    ]


def shares_alt(panels: list[tuple[str, list[tuple[str, int, int]]]], T: Texts) -> str:
    details = " ".join(
        f"{title}: " + "; ".join(f"{label} {Share(k, n).text(T)}" for label, k, n in bars) + "."
        for title, bars in panels
    )
    return T("national.shares_figure_alt", details=details)


def adoption_alt(curve: pd.DataFrame, T: Texts) -> str:
    details = "; ".join(
        f"{year}: {int(curve.loc[year, MUNICIPALITY])} + {int(curve.loc[year, COUNTY])}"
        for year in curve.index
    )
    return T("national.adoption_alt", details=details)


def show_aggregates(df: pd.DataFrame, T: Texts, curve_figure: bool = True) -> None:
    """The aggregate part of a comparison, shown in a notebook: coverage, the headline
    tables and figures, then the shares by Land and by size class (two sections)."""
    report.section("national")
    report.paragraph(coverage_text(df, T))
    # the picture first, the tables with every count after it (tables may break between rows,
    # a figure may not: so the aggregate part leaves no half-empty page)
    panels = shares_panels(df, T)
    report.figure(shares_figure(panels), T("national.shares_figure_caption"), shares_alt(panels, T))
    report.table(strategy_table(df, T), T("national.strategy_caption"))
    report.table(cdo_table(df, T), T("national.cdo_caption"))
    if (df["cdo_status"] == "in_office").any():
        report.table(placement_table(df, T), T("national.placement_caption"))
    curve = adoption_curve(df)
    if curve_figure and len(curve):
        labels = {
            MUNICIPALITY: T("national.col.municipalities", n=len(municipalities(df))),
            COUNTY: T("national.col.counties", n=len(counties(df))),
        }
        report.figure(
            adoption_figure(curve, labels, T("national.axis.places")),
            T("national.adoption_caption", start=curve.index[0], end=curve.index[-1]),
            adoption_alt(curve, T),
        )
    elif curve_figure:
        report.paragraph(T("national.adoption_none"))
    report.table(interval_table(df, T), T("national.interval_caption"))
    report.section("by_state")
    report.table(breakdown_table(df, T, "state"), T("national.by_state_caption"), note=breakdown_note(T))
    report.table(breakdown_table(df, T, "size_class"), T("national.by_size_caption"))


def place_detail_heading() -> None:
    """The h2 that opens the per-place detail: its id `place-detail` is the PDF destination
    where the aggregate part ends (benchmarks/bench_scale.py finds that page by it)."""
    report.section("place_detail")


def state_heading(state: str, places: int, T: Texts) -> tuple[str, str]:
    """(text, id) of a Land's heading in the per-place detail: 'Hessen (3 places)', 'state-hessen'."""
    text = T("national.state_heading", state=state_label(state, T), places=T.count("count.place", places))
    return text, f"state-{state or 'unknown'}"


# --- the per-place detail at national size ----------------------------------------------------

# Up to this many places a comparison shows every place in full (tables, lane figures, what
# changed, the evidence appendix, the events): the Smart City Atlas compared 50 cities, and
# a reader still scans 50 rows of quotes. Above it the detail that grows with every place
# belongs in the places' own profile reports, which the build makes for every place: the
# comparison lists each place in one row per Land and links it to its profile, where every
# fact stands with its quote and source.
FULL_DETAIL_PLACES = 50


def full_detail(places: int) -> bool:
    """Whether a comparison over `places` places shows each place in full (see
    `FULL_DETAIL_PLACES`)."""
    return places <= FULL_DETAIL_PLACES


def profile_reports(dataset: dict, lang: str) -> dict[str, str]:
    """Each place's profile report as the build names it (`city-<slug>.html`, the language
    added as in `catalogue.report_name`), for the links of the compact listing."""
    from analysis.build.catalogue import plan_reports

    return {
        spec.parameters["city"]: f"{spec.name}.html"
        for spec in plan_reports(dataset, (lang,))
        if "city" in spec.parameters
    }


def _year(event: dict | None) -> str:
    return str(event["date"])[:4] if event and event.get("date") else ""


def listing_table(facts: list[CityFacts], T: Texts, notes) -> pd.DataFrame:
    """One row per place, read from cities.csv like every other section: the strategy's
    status and year ("adopted 2018"), the CDO's status and the year of the present post ("in
    office since 2019"), where the CDO sits, and the numbers of the place's sources in the
    bibliography."""
    rows = []
    for f in facts:
        status, event = f.row.strategy_status, f.strategy
        if status is None or event is None:
            strategy = T("status.none_found")
        elif status == "in_preparation" or not _year(event):  # a step of the work is no date of it
            strategy = T.label("strategy_status", status)
        else:
            strategy = T("status.dated", status=T.label("strategy_status", status), when=_year(event))
        # the CDO with the year of the present post, as the strategy with its year; a post
        # created or planned has none
        cdo = cdo_status_text(f, T)
        if f.status == "in_office":
            year = _year(f.cdo_since)
            cdo = (
                T("listing.cdo_since", status=cdo, year=year)
                if year
                else T("listing.cdo_undated", status=cdo)
            )
        rows.append(
            {
                T("listing.place"): place_name(f, T),
                T("listing.strategy"): strategy,
                T("listing.cdo"): cdo,
                T("listing.placement"): placement_of(f, T) or "–",
                T("listing.sources"): f"[{notes([d['doc_id'] for d in f.row.documents])}]",
            }
        )
    columns = [T(f"listing.{k}") for k in ("place", "strategy", "cdo", "placement", "sources")]
    return pd.DataFrame(rows, columns=columns)


def show_listing(
    facts: list[CityFacts], places: pd.DataFrame, T: Texts, notes, profiles: dict[str, str]
) -> None:
    """The per-place detail at national size, after the `place-detail` heading: a sentence
    that says where each place's evidence is (its profile report), then per Land its heading,
    its counties and one table with a row per place, the name linked to its profile."""
    report.paragraph(T("listing.intro", n=len(facts), limit=FULL_DETAIL_PLACES))
    by_city = {f.city: f for f in facts}
    for state, in_state in by_state(places):
        group = [by_city[c] for c in in_state]
        report.heading(*state_heading(state, len(group), T), level=4)
        shires = counties_sentence(places, in_state, T)
        if shires:
            report.paragraph(shires)
        report.table(
            listing_table(group, T, notes),
            T("listing.caption", state=state_label(state, T)),
            names=(T("listing.place"),),
            # fixed columns: a row is one line where its words allow (hundreds of rows)
            widths={
                T("listing.place"): "10em",
                T("listing.strategy"): "11em",  # "beschlossen 2016" on one line
                T("listing.cdo"): "12.5em",  # "in office since 2019"
                T("listing.sources"): "3.5em",
            },
            links={T("listing.place"): [profiles.get(f.city) for f in group]},
            css_class="listing",
        )
