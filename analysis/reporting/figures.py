"""Figures for the reports: timelines with lanes, governance matrix, shares.

Figures are made with matplotlib's object API (no pyplot): no global state between
figures, and a report kernel starts faster. Large comparisons are split into pages of at most `per_figure` cities, so that 100
cities give several readable figures instead of one of unreadable labels.
"""

from __future__ import annotations

import textwrap

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

KIND_STYLE = {
    "milestone": {"marker": "o", "color": "#1f5f99", "label": "milestone (happened)"},
    "horizon": {"marker": "D", "color": "#c0392b", "label": "horizon (target / plan)"},
    "period": {"marker": "s", "color": "#7d8c3a", "label": "period"},
}
PRECISION_ALPHA = {"day": 0.0, "month": 0.25, "year": 0.15}


def chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def timeline_figures(
    events: pd.DataFrame, per_figure: int = 12, width: float = 7.0
) -> list[tuple[Figure, list[str]]]:
    """One lane per city; markers by kind; a shaded band shows how much time a date covers
    (a year-precise date is a wide band, a month a narrow one, a day just the marker).
    Events are numbered; the numbers refer to the event table, so labels never collide."""
    cities = list(dict.fromkeys(events["city"]))
    numbered = events.assign(no=range(1, len(events) + 1))
    out = []
    for group in chunks(cities, per_figure):
        sub = numbered[numbered["city"].isin(group)]
        height = max(2.3, 1.3 + 0.55 * len(group))
        fig = Figure(figsize=(width, height))
        ax = fig.subplots()
        for lane, city in enumerate(group):
            y = len(group) - 1 - lane
            ax.axhline(y, color="#dddddd", lw=0.8, zorder=0)
            rows = sub[sub["city"] == city].sort_values("first")
            last_x, level = None, 0
            for _, e in rows.iterrows():
                style = KIND_STYLE[e["kind"]]
                first, last = pd.Timestamp(e["first"]), pd.Timestamp(e["last"])
                if e["kind"] == "period":
                    ax.plot(
                        [first, last],
                        [y, y],
                        color=style["color"],
                        lw=5,
                        alpha=0.6,
                        solid_capstyle="butt",
                        zorder=2,
                    )
                elif e["precision"] != "day":
                    ax.fill_between(
                        [first, last],
                        y - 0.18,
                        y + 0.18,
                        color=style["color"],
                        alpha=PRECISION_ALPHA[e["precision"]],
                        lw=0,
                        zorder=1,
                    )
                mid = first + (last - first) / 2 if e["kind"] != "period" else first
                filled = e["kind"] != "horizon"
                ax.plot(
                    [mid],
                    [y],
                    marker=style["marker"],
                    ms=6,
                    zorder=3,
                    color=style["color"],
                    markerfacecolor=style["color"] if filled else "white",
                    markeredgewidth=1.4,
                )
                # Stagger numbers of events close in time so they do not overlap.
                level = (level + 1) % 3 if last_x is not None and (mid - last_x).days < 500 else 0
                ax.annotate(
                    str(e["no"]),
                    (mid, y),
                    xytext=(0, 7 + 8 * level),
                    textcoords="offset points",
                    ha="center",
                    fontsize=7,
                    color="#333333",
                )
                last_x = mid
        ax.set_yticks(range(len(group)))
        ax.set_yticklabels(list(reversed(group)))
        ax.set_ylim(-0.7, len(group) - 0.1 + 0.4)
        ax.xaxis.set_major_locator(mdates.YearLocator())
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        ax.tick_params(axis="x", labelsize=8)
        if len(sub):
            lo, hi = pd.Timestamp(sub["first"].min()), pd.Timestamp(sub["last"].max())
            ax.set_xlim(
                pd.Timestamp(lo.year, 1, 1) - pd.Timedelta(days=120),
                pd.Timestamp(hi.year, 12, 31) + pd.Timedelta(days=120),
            )
            years = hi.year - lo.year + 1
            if years > 14:
                ax.xaxis.set_major_locator(mdates.YearLocator(2 if years <= 28 else 5))
        handles = [
            Line2D(
                [],
                [],
                marker=s["marker"],
                ls="",
                color=s["color"],
                markerfacecolor=s["color"] if k != "horizon" else "white",
                label=s["label"],
            )
            for k, s in KIND_STYLE.items()
        ]
        handles.append(Patch(color="#1f5f99", alpha=0.2, label="band: time a month/year-precise date covers"))
        # Below the year labels, at a fixed distance whatever the figure's height.
        offset = 0.42 / height
        ax.legend(
            handles=handles,
            loc="upper center",
            bbox_to_anchor=(0.5, -offset),
            ncol=2,
            fontsize=7,
            frameon=False,
        )
        fig.tight_layout()
        out.append((fig, group))
    return out


PLACEMENT_COLORS = {
    "mayor": "#1f5f99",
    "staff_unit": "#5b9bd5",
    "administration_department": "#7d8c3a",
    "it_department": "#e6a23c",
    "unspecified": "#b0b0b0",
    None: "#ffffff",
}
YESNO_COLORS = {"yes": "#4c9a2a", "no": "#c0392b", "not stated": "#eeeeee"}


def governance_figures(matrix: pd.DataFrame, per_figure: int = 15) -> list[tuple[Figure, list[str]]]:
    """Cities x governance features as a coloured grid with short text in each cell."""
    columns = [
        ("CDO", "cdo"),
        ("Placement", "placement_label"),
        ("Smart city +\ne-gov. bundled", "bundled"),
        ("Broadband\nowner", "broadband"),
        ("Council\ndecisions", "decisions"),
    ]
    col_width = [0.6, 1.6, 1.0, 1.6, 0.7]
    left = [sum(col_width[:j]) for j in range(len(col_width))]
    out = []
    for group in chunks(list(matrix["city"]), per_figure):
        sub = matrix[matrix["city"].isin(group)].reset_index(drop=True)
        fig = Figure(figsize=(7.0, 1.0 + 0.45 * max(1, len(sub))))
        ax = fig.subplots()
        for i, row in sub.iterrows():
            y = len(sub) - 1 - i
            for j, (_, col) in enumerate(columns):
                value = row[col]
                if col == "placement_label":
                    placement = row["placement"] if isinstance(row["placement"], str) else None
                    color = PLACEMENT_COLORS[placement]
                elif col in ("cdo", "bundled"):
                    color = YESNO_COLORS.get(value, "#ffffff")
                else:
                    color = "#f4f4f4"
                ax.add_patch(Rectangle((left[j], y), col_width[j] - 0.04, 0.9, color=color, lw=0))
                text = "–" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
                text = "\n".join(
                    textwrap.wrap(text, width=int(col_width[j] * 17), max_lines=2, placeholder="…")
                )
                dark = color in ("#1f5f99", "#4c9a2a", "#c0392b", "#7d8c3a")
                ax.text(
                    left[j] + col_width[j] / 2,
                    y + 0.45,
                    text,
                    ha="center",
                    va="center",
                    fontsize=6.5,
                    color="white" if dark else "#222222",
                    linespacing=1.1,
                )
        ax.set_xlim(0, sum(col_width))
        ax.set_ylim(0, len(sub))
        ax.set_yticks([len(sub) - 1 - i + 0.45 for i in range(len(sub))])
        ax.set_yticklabels(sub["city"], fontsize=8)
        ax.set_xticks([left[j] + col_width[j] / 2 for j in range(len(columns))])
        ax.set_xticklabels([c for c, _ in columns], fontsize=7.5)
        ax.xaxis.tick_top()
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.tick_params(length=0)
        fig.tight_layout()
        out.append((fig, group))
    return out


def share_bars(frame: pd.DataFrame, label: str, title: str) -> Figure:
    """Horizontal bars of shares of cities, with counts written at the bars."""
    fig = Figure(figsize=(6.5, 0.6 + 0.32 * max(1, len(frame))))
    ax = fig.subplots()
    frame = frame.iloc[::-1]
    ax.barh(frame[label], frame["share"], color="#5b9bd5")
    for y, (share, n) in enumerate(zip(frame["share"], frame["cities"], strict=True)):
        ax.text(share + 0.01, y, f"{share:.0%} ({n})", va="center", fontsize=7.5)
    ax.set_xlim(0, 1.15)
    ax.set_xlabel("share of cities")
    ax.set_title(title, fontsize=9, loc="left")
    ax.tick_params(axis="y", labelsize=8)
    fig.tight_layout()
    return fig
