"""Timeline figures draw only what has something to show: no figure for a single marker, a
legend entry only for what is drawn, a caption naming the years drawn, counted alt text.
Typed events of invented towns."""

from __future__ import annotations

import pandas as pd

from analysis.reporting.figures import timeline_alt, timeline_figures, timeline_years
from analysis.reporting.texts import texts
from analysis.views.strategy_timelines import event_row

T = texts("en")


def _event(city: str, date: str, type_: str | None, kind: str = "milestone") -> dict:
    return event_row(
        {
            "city": city,
            "date": date,
            "end": None,
            "qualifier": None,
            "kind": kind,
            "type": type_,
            "label": "x",
            "evidence": {"quote": "Die Stadt beschloss es."},
            "doc_ids": ["a"],
        }
    )


def _frame(*events: dict) -> pd.DataFrame:
    return pd.DataFrame(list(events)).sort_values("first", kind="stable").reset_index(drop=True)


def _legend(fig) -> list[str]:
    legend = fig.axes[0].get_legend()
    return [t.get_text() for t in legend.get_texts()] if legend else []


def test_a_single_marker_is_not_drawn() -> None:
    one = _frame(_event("Adorf", "2025", "target", "horizon"))
    assert timeline_figures(one, T, per_figure=1) == []
    assert timeline_years(one, ["Adorf"]) is None


def test_two_markers_are_drawn_and_the_caption_years_are_the_drawn_span() -> None:
    two = _frame(
        _event("Adorf", "2016-05-02", "strategy_adopted"), _event("Adorf", "2019-03", "cdo_appointed")
    )
    figs = timeline_figures(two, T, per_figure=1)
    assert len(figs) == 1
    assert timeline_years(two, ["Adorf"]) == (2016, 2019)


def test_legend_lists_only_what_is_drawn() -> None:
    frame = _frame(
        _event("Adorf", "2016-05-02", "strategy_adopted"),
        _event("Adorf", "2030", "target", "horizon"),  # a plan: hollow, not a grey dot
    )
    labels = _legend(timeline_figures(frame, T, per_figure=1)[0][0])
    assert T("timeline.legend.other") not in labels
    assert T("timeline.legend.plan") in labels
    assert T.label("event_type", "cdo_appointed") not in labels
    with_other = _frame(
        *[_event("Adorf", d, t) for d, t in (("2016-05-02", "strategy_adopted"), ("2018-01-03", "project"))]
    )
    assert T("timeline.legend.other") in _legend(timeline_figures(with_other, T, per_figure=1)[0][0])


def test_alt_text_counts_cities_and_other_events() -> None:
    frame = _frame(
        _event("Adorf", "2016-05-02", "strategy_adopted"),
        _event("Adorf", "2017-01-02", "project"),
        _event("Adorf", "2018-01-02", "project"),
    )
    alt = timeline_alt(frame, T, ["Adorf"])
    assert alt.startswith("Timeline chart of 1 city.") and "(+2 other events)" in alt
    de = timeline_alt(frame, texts("de"), ["Adorf"])
    assert de.startswith("Zeitleiste von 1 Stadt.") and "(+2 weitere Ereignisse)" in de


def _intro_of(key: str, figures: list, lang: str) -> str:
    from analysis.reporting import display

    display.setup(lang)
    display.figure_section(key, figures)
    markup, display._state["pending"] = display._state["pending"], ""
    return markup


def test_a_timeline_intro_does_not_promise_a_figure_that_is_not_drawn() -> None:
    """One marker: no figure, so the introduction points to the table, in both editions and
    in both reports (city profile "timeline", comparison "timelines")."""
    one = _frame(_event("Adorf", "2025", "target", "horizon"))
    two = _frame(
        _event("Adorf", "2016-05-02", "strategy_adopted"), _event("Adorf", "2019-03", "cdo_appointed")
    )
    for lang, figure_words in (
        ("en", ("marker", "lane", "band")),
        ("de", ("Beschriftet", "Zeile je", "Band")),
    ):
        for key in ("timeline", "timelines"):
            without = _intro_of(key, timeline_figures(one, T, per_figure=1), lang)
            assert not any(w in without for w in figure_words), (lang, key, without)
            assert 'class="intro"' in without
            drawn = _intro_of(key, timeline_figures(two, T, per_figure=1), lang)
            assert any(w in drawn for w in figure_words), (lang, key, drawn)
