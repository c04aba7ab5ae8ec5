"""Lane figures of a comparison (analysis/reporting/figures.py): one time axis for every lane
figure of a report, at most LANES_PER_FIGURE-ish lanes per figure, no empty lane (places
without a dated step are named under the figures), captions that state the axis drawn."""

from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd
import typed_cities as fx

from analysis.reporting.figures import (
    axis_years,
    model_axis,
    model_figures,
    timeline_axis,
    timeline_figures,
    undated_lanes,
    undated_models,
)
from analysis.reporting.texts import texts
from analysis.views.governance_comparison import all_facts
from analysis.views.strategy_timelines import timeline_frame

EN = texts("en")


def town(i: int, dated: bool) -> dict:
    """Invented towns; the even ones' sources are dated, the odd ones' say nothing datable
    from 2012 on (so that the groups of a figure span different years)."""
    name = f"Beispielstadt {i:02d}"
    events = [fx.event(f"{2012 + i % 9}-0{1 + i % 9}", "strategy_adopted", "Strategie beschlossen")]
    events.append(fx.event(f"{2014 + i % 9}", "cdo_appointed", "CDO benannt"))
    gov = fx.governance(True, "mayor")
    return fx.document(
        f"d{i:02d}", name, "news", "2023-04-01" if dated else None, gov, events=events if dated else []
    )


def dataset(n: int = 25) -> dict:
    return {"schema_version": 1, "documents": [town(i, dated=i % 5 != 0) for i in range(n)]}


def xlims(figures) -> set[tuple[float, float]]:
    return {tuple(round(v, 6) for v in fig.axes[0].get_xlim()) for fig, _ in figures}


def lanes(fig) -> list[str]:
    return [t.get_text() for t in fig.axes[0].get_yticklabels()]


def test_every_timeline_figure_shares_one_axis_and_no_lane_is_empty():
    data = dataset()
    events = timeline_frame(data)
    places = sorted({d["city"] for d in data["documents"]})
    axis = timeline_axis(events)
    figures = timeline_figures(events, EN, per_figure=6)
    assert len(figures) >= 3 and all(len(group) <= 6 for _, group in figures)
    assert len(xlims(figures)) == 1  # one axis, whichever part of the places a figure shows
    # a report that draws its figures per Land passes the report's axis to each call
    first_half = events[events["city"].isin(places[:10])]
    parts = timeline_figures(first_half, EN, per_figure=6, axis=axis)
    assert xlims(parts) == xlims(figures)
    # no empty lane: a place without a dated event has none, and is named instead
    drawn = {lane for fig, _ in figures for lane in lanes(fig)}
    undated = undated_lanes(figures, places)
    assert undated == [p for p in places if p.endswith(("00", "05", "10", "15", "20"))]
    assert not drawn & set(undated)
    assert drawn | set(undated) == set(places)


def test_the_caption_years_are_the_years_the_axis_marks():
    events = timeline_frame(dataset())
    axis = timeline_axis(events)
    assert axis is not None
    start, end = axis_years(axis)
    years = pd.Timestamp(events["first"].min()).year, pd.Timestamp(events["last"].max()).year
    assert start <= years[0] and end >= years[1]  # the axis covers every dated event
    assert (start, end) == (years[0], years[1] + 1)  # padding reaches the next 1 January tick
    ax = timeline_figures(events, EN, per_figure=30)[0][0].axes[0]
    lo, hi = ax.get_xlim()
    drawn = [mdates.num2date(t).year for t in ax.get_xticks() if lo <= t <= hi]  # ticks in view
    assert (min(drawn), max(drawn)) == (start, end)


def test_every_governance_lane_figure_shares_one_axis_and_undated_places_get_no_lane():
    facts = all_facts(dataset())
    figures = model_figures(facts, EN, per_figure=4)
    assert len(xlims(figures)) == 1
    axis = model_axis(facts)
    assert axis is not None
    state_part = model_figures(facts[:7], EN, per_figure=4, axis=axis)
    assert xlims(state_part) == xlims(figures)
    undated = undated_models(facts)
    assert undated == [f.city for f in facts if f.city.endswith(("00", "05", "10", "15", "20"))]
    drawn = [lane for fig, _ in figures for lane in lanes(fig)]
    assert sorted(drawn) == sorted(f.city for f in facts if f.city not in undated)


def test_a_single_dated_event_gets_its_lane_on_the_common_axis():
    data = dataset(3)
    events = timeline_frame(data)
    one = events[events["city"] == "Beispielstadt 01"].head(1)
    axis = timeline_axis(events)
    assert timeline_figures(one, EN, axis=axis) == []  # on its own: the events table says it all
    figures = timeline_figures(one, EN, axis=axis, min_events=1)
    assert [group for _, group in figures] == [["Beispielstadt 01"]]
    assert undated_lanes(figures, ["Beispielstadt 01"]) == []  # never called undated: it is drawn
