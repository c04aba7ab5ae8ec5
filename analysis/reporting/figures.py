"""Figures for the reports: timelines with one lane per city, key steps labelled by type.

Figures are made with matplotlib's object API (no pyplot): no global state between
figures, and a report kernel starts faster. Large comparisons are split into pages of at most `per_figure` cities, so that 100
cities give several readable figures instead of one of unreadable labels.
"""

from __future__ import annotations

import itertools

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from analysis.vocabulary import KEY_EVENT_TYPES

KIND_STYLE = {
    "milestone": {"marker": "o", "color": "#1f5f99"},
    "horizon": {"marker": "D", "color": "#c0392b"},
    "period": {"marker": "s", "color": "#7d8c3a"},
}
TYPE_COLORS = {
    "strategy_adopted": "#1f5f99",
    "strategy_presented": "#5dade2",
    "cdo_appointed": "#c0392b",
    "organisation": "#e67e22",
    "council_decision": "#7d3c98",
}
OTHER_COLOR = "#9a9a9a"
PRECISION_ALPHA = {"day": 0.0, "month": 0.25, "year": 0.15}


def chunks(items: list, size: int) -> list[list]:
    """At most `size` items per chunk, the chunks as even as possible (100 cities in pages of
    at most 14 are 8 pages of 12 or 13, not 7 full pages and one of 2)."""
    if not items:
        return []
    parts = -(-len(items) // size)
    base, extra = divmod(len(items), parts)
    out, start = [], 0
    for i in range(parts):
        end = start + base + (i < extra)
        out.append(items[start:end])
        start = end
    return out


# A timeline with fewer markers than this is not drawn: the events table says it all.
MIN_EVENTS_TO_DRAW = 2


def timeline_years(events: pd.DataFrame, group: list[str]) -> tuple[int, int] | None:
    """The years a timeline figure of `group` spans (its axis), for its caption; None when
    the figure is not drawn."""
    sub = events[events["city"].isin(group)]
    if len(sub) < MIN_EVENTS_TO_DRAW:
        return None
    return pd.Timestamp(sub["first"].min()).year, pd.Timestamp(sub["last"].max()).year


# At most this many lanes in one figure: a figure and its caption fit on an A4 page, and
# a reader can follow a lane from its name to its last marker.
LANES_PER_FIGURE = 12

Axis = tuple[pd.Timestamp, pd.Timestamp]


def timeline_axis(events: pd.DataFrame) -> Axis | None:
    """The one time axis of every lane figure of a report: the years of all places' dated
    events, padded; None when there is no event. Figures drawn on it compare lane by lane,
    whichever page they are on."""
    if not len(events):
        return None
    return _xlim(pd.Timestamp(events["first"].min()), pd.Timestamp(events["last"].max()), 300, 300)


def axis_years(axis: Axis) -> tuple[int, int]:
    """The first and last year the axis marks (the 1 January ticks within it): the caption
    states the axis actually drawn, padding included."""
    first = axis[0].year if (axis[0].month, axis[0].day) == (1, 1) else axis[0].year + 1
    return first, axis[1].year


def undated_lanes(figures: list[tuple[Figure, list[str]]], places: list[str]) -> list[str]:
    """The places that got no lane in these figures (nothing of theirs dated, or too little
    to draw): the report lists them in a sentence under the figures, never as empty lanes."""
    drawn = {place for _, group in figures for place in group}
    return [p for p in places if p not in drawn]


class _LabelPlacer:
    """Levels for text labels on one lane, so that labels do not overlap: a label's width
    is estimated from its length and font size and converted to days on the time axis."""

    def __init__(
        self, xlim: tuple[pd.Timestamp, pd.Timestamp], axes_width_in: float, levels: tuple[int, ...]
    ):
        self.days_per_pt = max(1.0, (xlim[1] - xlim[0]).days) / (axes_width_in * 72)
        self.levels = levels
        self.placed: list[tuple[float, float, int]] = []

    def level(self, x: pd.Timestamp, text: str, fontsize: float) -> int:
        half = len(text) * fontsize * 0.62 / 2 * self.days_per_pt + 15
        day = x.toordinal()
        lo, hi = day - half, day + half
        for level in self.levels:
            if all(level != lvl or b < lo or a > hi for a, b, lvl in self.placed):
                break
        else:
            level = self.levels[len(self.placed) % len(self.levels)]
        self.placed.append((lo, hi, level))
        return level

    def align(
        self, x: pd.Timestamp, text: str, fontsize: float, xlim: tuple[pd.Timestamp, pd.Timestamp]
    ) -> str:
        """'center', or 'left'/'right' for a label that would cross the y axis or the right
        edge if centred on its marker."""
        half = len(text) * fontsize * 0.62 / 2 * self.days_per_pt
        if (x - xlim[0]).days < half:
            return "left"
        if (xlim[1] - x).days < half:
            return "right"
        return "center"


def _xlim(
    first: pd.Timestamp, last: pd.Timestamp, pad_before: int, pad_after: int
) -> tuple[pd.Timestamp, pd.Timestamp]:
    return (
        pd.Timestamp(first.year, 1, 1) - pd.Timedelta(days=pad_before),
        pd.Timestamp(last.year, 12, 31) + pd.Timedelta(days=pad_after),
    )


def _num(ts: pd.Timestamp) -> float:
    """A time as matplotlib's date number (what the date axis plots)."""
    return float(mdates.date2num(ts))


def _type_of(e) -> str | None:
    return e["type"] if isinstance(e.get("type"), str) else None


def timeline_figures(
    events: pd.DataFrame,
    T,
    per_figure: int = 8,
    width: float = 7.0,
    key_only: bool = False,
    axis: Axis | None = None,
    numbers: pd.Series | None = None,
    min_events: int = MIN_EVENTS_TO_DRAW,
) -> list[tuple[Figure, list[str]]]:
    """One lane per city with a dated event (no empty lane). Key steps (strategy adopted,
    CDO appointed, reorganisation, council decision) carry a text label with their number;
    other events are small grey numbered dots. Hollow markers are targets or plans; a shaded
    band shows a date known only to the month or year (never drawn as a day). The numbers
    refer to the event table (`numbers`: the events' numbers there, when `events` is a part
    of it). Every figure is drawn on one time axis: `axis`, else that of all `events`."""
    from analysis.views.findings import event_label

    cities = list(dict.fromkeys(events["city"]))
    numbered = events.assign(no=list(numbers) if numbers is not None else range(1, len(events) + 1))
    if key_only:
        numbered = numbered[numbered["type"].isin(KEY_EVENT_TYPES)]
    xlim = axis or timeline_axis(numbered) or (pd.Timestamp(2000, 1, 1), pd.Timestamp(2030, 1, 1))
    out = []
    for group in chunks(cities, per_figure):
        sub = numbered[numbered["city"].isin(group)]
        if len(sub) < min_events:
            # one marker on its own axis says nothing the events table does not say; on the
            # report's common axis (min_events=1) its place in time compares with the others
            continue
        lane = 0.8 if per_figure <= 8 else 0.6
        height = max(2.4, 1.4 + lane * len(group))
        fig = Figure(figsize=(width, height))
        ax = fig.subplots()
        for i, city in enumerate(group):
            y = len(group) - 1 - i
            ax.axhline(y, color="#dddddd", lw=0.8, zorder=0)
            rows = sub[sub["city"] == city].sort_values("first")
            placer = _LabelPlacer(xlim, width - 1.7, (1, -1, 2, -2, 3, -3))
            for _, e in rows.iterrows():
                kind = _type_of(e)
                key = kind in KEY_EVENT_TYPES
                color = TYPE_COLORS.get(kind or "", OTHER_COLOR)
                first, last = pd.Timestamp(e["first"]), pd.Timestamp(e["last"])
                if e["kind"] == "period":
                    ax.plot(
                        [_num(first), _num(last)],
                        [y, y],
                        color=color,
                        lw=4,
                        alpha=0.5,
                        solid_capstyle="butt",
                        zorder=2,
                    )
                elif e["precision"] != "day":
                    ax.fill_between(
                        [_num(first), _num(last)],
                        y - 0.15,
                        y + 0.15,
                        color=color,
                        alpha=PRECISION_ALPHA[e["precision"]],
                        lw=0,
                        zorder=1,
                    )
                mid = first + (last - first) / 2 if e["kind"] != "period" else first
                planned = e["kind"] == "horizon"
                ax.plot(
                    [_num(mid)],
                    [y],
                    marker=KIND_STYLE[e["kind"]]["marker"],
                    ms=6.5 if key else 4,
                    zorder=3,
                    color=color,
                    markerfacecolor="white" if planned else color,
                    markeredgewidth=1.3,
                )
                text = (
                    f"{e['no']} {event_label({'type': kind, 'kind': e['kind']} if kind else {'kind': e['kind']}, T)}"
                    if key
                    else str(e["no"])
                )
                level = placer.level(mid, text, 6.3 if key else 6)
                ax.annotate(
                    text,
                    (_num(mid), y),
                    xytext=(0, 8 * level + (2 if level > 0 else -6)),
                    textcoords="offset points",
                    ha=placer.align(mid, text, 6.3 if key else 6, xlim),
                    va="bottom" if level > 0 else "top",
                    fontsize=6.3 if key else 6,
                    color=color if key else "#555555",
                    fontweight="bold" if key else "normal",
                )
        ax.set_yticks(range(len(group)))
        ax.set_yticklabels(list(reversed(group)))
        ax.set_ylim(-0.75, len(group) - 0.25)
        ax.xaxis.set_major_locator(mdates.YearLocator())
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        ax.tick_params(axis="x", labelsize=8)
        ax.set_xlim(_num(xlim[0]), _num(xlim[1]))
        years = xlim[1].year - xlim[0].year - 1
        if years > 14:
            ax.xaxis.set_major_locator(mdates.YearLocator(2 if years <= 28 else 5))
        kinds_present = set(sub["type"].dropna()) if len(sub) else set()
        handles: list[Artist] = [
            Line2D([], [], marker="o", ls="", color=TYPE_COLORS[k], label=T.label("event_type", k))
            for k in KEY_EVENT_TYPES
            if k in kinds_present
        ]
        # grey filled dots are drawn for other events that are not plans (plans are hollow)
        if not key_only and (~sub["type"].isin(KEY_EVENT_TYPES) & (sub["kind"] != "horizon")).any():
            handles.append(
                Line2D([], [], marker="o", ms=4, ls="", color=OTHER_COLOR, label=T("timeline.legend.other"))
            )
        if (sub["kind"] == "horizon").any():
            handles.append(
                Line2D(
                    [],
                    [],
                    marker="D",
                    ls="",
                    color="#555555",
                    markerfacecolor="white",
                    label=T("timeline.legend.plan"),
                )
            )
        if ((sub["precision"] != "day") & (sub["kind"] != "period")).any():  # a band is drawn
            handles.append(Patch(color="#1f5f99", alpha=0.2, label=T("timeline.legend.band")))
        offset = 0.42 / height
        if handles:
            ax.legend(
                handles=handles,
                loc="upper center",
                bbox_to_anchor=(0.5, -offset),
                ncol=3,
                fontsize=7,
                frameon=False,
            )
        fig.tight_layout()
        out.append((fig, group))
    return out


def timeline_alt(events: pd.DataFrame, T, group: list[str]) -> str:
    """What the timeline shows, as text: per city its key steps with their dates."""
    from analysis.views.findings import event_label

    parts = []
    for city in group:
        rows = events[(events["city"] == city) & events["type"].isin(KEY_EVENT_TYPES)]
        steps = [
            f"{event_label({'type': r['type'], 'kind': r['kind']}, T)} {T.date(r['date'], r['qualifier'] if isinstance(r['qualifier'], str) else None)}"
            for _, r in rows.iterrows()
        ]
        others = int(((events["city"] == city) & ~events["type"].isin(KEY_EVENT_TYPES)).sum())
        text = ", ".join(steps) if steps else T("adoption.alt_none", city="").strip(": ")
        if others:
            text += f" (+{T.count('count.other_event', others)})"
        parts.append(f"{city}: {text}.")
    return T("adoption.alt", n=len(group), details=" ".join(parts))


TYPE_LETTER_COLORS = {
    "mayor": "#1f5f99",
    "staff_unit": "#5b9bd5",
    "administration_department": "#7d8c3a",
    "it_department": "#e6a23c",
    "unspecified": "#8c8c8c",
    "no_cdo": "#c0392b",
    "not_mentioned": "#bbbbbb",
}


def _model_dates(f) -> list[pd.Timestamp]:
    """What a place's governance lane marks: its sources' as-of dates and its key steps."""
    from analysis.views.findings import span

    return [
        pd.Timestamp(span({"date": r["as_of"], "qualifier": None})[0])
        for r in f.view.governance
        if r["as_of"]
    ] + [
        pd.Timestamp(span(e)[0])
        for e in f.view.timeline
        if e.get("type") in KEY_EVENT_TYPES and e["kind"] != "horizon"
    ]


def model_axis(facts) -> Axis | None:
    """The one time axis of every governance lane figure of a report: all places' source
    dates and key steps, padded; None when nothing is dated."""
    dates = [d for f in facts for d in _model_dates(f)]
    return _xlim(min(dates), max(dates), 400, 300) if dates else None


def undated_models(facts) -> list[str]:
    """The places without a dated source or key step: no lane (an empty lane says nothing);
    the report lists them under the figures."""
    return [f.city for f in facts if not _model_dates(f)]


def model_figures(
    facts, T, per_figure: int | None = None, width: float = 7.0, axis: Axis | None = None
) -> list[tuple[Figure, list[str]]]:
    """One lane per city with something dated: each source at its as-of date, labelled with
    the governance type it describes (A–G), arrows where the type changes between sources;
    above the lane the key steps with a text label (strategy adopted, CDO appointed,
    reorganisation, council decision). Shows at a glance how old each statement is and what
    changed. Every figure is drawn on one axis: `axis`, else that of all `facts`."""
    STEPS = KEY_EVENT_TYPES
    from analysis.views.findings import event_label, model_key, span
    from analysis.vocabulary import TYPOLOGY

    out = []
    # Lanes with step labels need room above the line; without, lanes are narrow. Either
    # way a figure and its caption fit on one A4 page (at most about 8.5 inches tall).
    labelled = any(e.get("type") in STEPS for f in facts for e in f.view.timeline)
    lane = 0.7 if labelled else 0.5
    per_figure = per_figure or (10 if labelled else 14)
    xlim = axis or model_axis(facts) or (pd.Timestamp(2000, 1, 1), pd.Timestamp(2030, 1, 1))
    drawn = [f for f in facts if _model_dates(f)]
    for group in chunks(drawn, per_figure):
        height = max(2.2, 1.3 + lane * len(group))
        fig = Figure(figsize=(width, height))
        ax = fig.subplots()
        for i, f in enumerate(group):
            y = len(group) - 1 - i
            ax.axhline(y, color="#e4e4e4", lw=0.8, zorder=0)
            points = []
            for row in f.view.governance:
                if not row["as_of"]:
                    continue
                key = model_key(row["cdo"], row["cdo_placement"])
                x = pd.Timestamp(span({"date": row["as_of"], "qualifier": None})[0])
                color = TYPE_LETTER_COLORS[key]
                ax.plot(
                    [_num(x)],
                    [y],
                    marker="s",
                    ms=11,
                    color=color,
                    markerfacecolor="white" if row["as_of_estimated"] else color,
                    zorder=3,
                )
                ax.text(
                    _num(x),
                    y,
                    TYPOLOGY[key],
                    ha="center",
                    va="center",
                    fontsize=7,
                    fontweight="bold",
                    color=color if row["as_of_estimated"] else "white",
                    zorder=4,
                )
                points.append((x, key))
            for (x0, k0), (x1, k1) in itertools.pairwise(points):
                if k0 != k1:
                    ax.annotate(
                        "",
                        xy=(_num(x1 - pd.Timedelta(days=70)), y),
                        xytext=(_num(x0 + pd.Timedelta(days=70)), y),
                        arrowprops={"arrowstyle": "->", "color": "#444444", "lw": 1.1},
                        zorder=2,
                    )
            steps = [e for e in f.view.timeline if e.get("type") in STEPS and e["kind"] != "horizon"]
            placer = _LabelPlacer(xlim, width - 1.7, (0, 1, 2))
            for e in sorted(steps, key=lambda e: span(e)[0]):
                first, last = (pd.Timestamp(d) for d in span(e))
                x = first + (last - first) / 2
                label = event_label(e, T)
                level = placer.level(x, label, 6)
                color = TYPE_COLORS[e["type"]]
                ax.plot([_num(x)], [y + 0.2], marker="v", ms=5, color=color, zorder=3)
                ax.text(
                    _num(x),
                    y + 0.27 + 0.17 * level,
                    label,
                    ha="center",
                    va="bottom",
                    fontsize=6,
                    color=color,
                )
        ax.set_yticks(range(len(group)))
        ax.set_yticklabels([f.city for f in reversed(group)], fontsize=8)
        ax.set_ylim(-0.5, len(group) - 0.25)
        ax.set_xlim(_num(xlim[0]), _num(xlim[1]))
        years = xlim[1].year - xlim[0].year - 1
        ax.xaxis.set_major_locator(mdates.YearLocator(1 if years <= 14 else 2 if years <= 28 else 5))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        ax.tick_params(axis="x", labelsize=8)
        ax.tick_params(axis="y", length=0)
        fig.tight_layout()
        out.append((fig, [f.city for f in group]))
    return out


def model_alt(facts, T) -> str:
    """The chart as text: per city the type each source describes, with its date."""
    from analysis.views.findings import as_of_text, model_key
    from analysis.vocabulary import TYPOLOGY

    parts = []
    for f in facts:
        steps = [
            f"{TYPOLOGY[model_key(r['cdo'], r['cdo_placement'])]} ({T.label('placement', model_key(r['cdo'], r['cdo_placement']))}) {as_of_text(r, T)}"
            for r in f.view.governance
        ]
        parts.append(f"{f.city}: {' → '.join(steps)}.")
    return T("models.alt", n=len(facts), details=" ".join(parts))


# --- the national picture ---------------------------------------------------------------------

SHARE_COLOR = "#1f5f99"
COUNTY_COLOR = "#e67e22"


def shares_figure(panels: list[tuple[str, list[tuple[str, int, int]]]], width: float = 7.0) -> Figure:
    """Horizontal bars of shares, one panel per question: (title, [(label, k, n), …]); each
    bar is k/n with "k of n" written beside it, so a share never hides its count."""
    rows = sum(len(bars) for _, bars in panels)
    fig = Figure(figsize=(width, 0.6 + 0.2 * rows + 0.32 * len(panels)))  # lean: it opens the report
    axes = fig.subplots(len(panels), 1, squeeze=False, height_ratios=[max(1, len(b)) for _, b in panels])
    for ax, (title, bars) in zip(axes[:, 0], panels, strict=True):
        labels = [label for label, _, _ in bars]
        values = [k / n if n else 0.0 for _, k, n in bars]
        y = list(range(len(bars)))[::-1]
        ax.barh(y, values, color=SHARE_COLOR, height=0.7)
        for yi, (_, k, n), v in zip(y, bars, values, strict=True):
            ax.text(v + 0.01, yi, f"{k}/{n}" if n else "–", va="center", fontsize=7, color="#333333")
        ax.set_yticks(y)
        ax.set_yticklabels(labels, fontsize=7.5)
        ax.set_xlim(0, 1.12)
        ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
        ax.set_xticklabels(["0 %", "25 %", "50 %", "75 %", "100 %"], fontsize=7)
        ax.set_title(title, fontsize=8.5, loc="left")
        ax.tick_params(axis="y", length=0)
    fig.tight_layout()
    return fig


def adoption_figure(curve: pd.DataFrame, labels: dict[str, str], ylabel: str, width: float = 7.0) -> Figure:
    """The cumulative count of adopted strategies by year: one bar per year (and per kind of
    place, side by side; `labels`: column → legend text; a column without adoptions is left
    out), its count written above it."""
    fig = Figure(figsize=(width, 2.1))
    ax = fig.subplots()
    shown = [c for c in labels if c in curve and curve[c].any()]
    colors = [SHARE_COLOR, COUNTY_COLOR]
    bar = 0.8 / max(1, len(shown))
    years = list(curve.index)
    for i, column in enumerate(shown):
        xs = [y - 0.4 + bar * (i + 0.5) for y in years]
        values = [int(v) for v in curve[column]]
        ax.bar(xs, values, width=bar * 0.9, color=colors[i % 2], label=labels[column])
        for x, v in zip(xs, values, strict=True):
            ax.text(x, v, str(v), ha="center", va="bottom", fontsize=6.5, color="#333333")
    ax.set_xticks(years)
    ax.set_xticklabels([str(y) for y in years], fontsize=7)
    ax.set_ylim(0, max(1, int(curve[shown].to_numpy().max())) * 1.18 if shown else 1)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts of places: whole numbers
    ax.set_ylabel(ylabel, fontsize=8)
    ax.tick_params(axis="y", labelsize=7)
    ax.legend(fontsize=7, frameon=False, loc="upper left")
    fig.tight_layout()
    return fig
