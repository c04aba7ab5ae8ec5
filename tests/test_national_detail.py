"""The per-place detail at national size (analysis/views/national.py): up to
`FULL_DETAIL_PLACES` places a comparison shows every place in full; above, one row per place
and Land, its name linked to its own profile report, and the report says that the evidence
stands there. Small typed fixtures (places the municipality register holds); the notebooks'
wiring is checked by running their code in this process, without a kernel or a PDF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_national_aggregates import DE, EN, MIXED, frame

from analysis.reporting import display
from analysis.views import national
from analysis.views.governance_comparison import all_facts

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def shown(monkeypatch) -> list[str]:
    out: list[str] = []
    monkeypatch.setattr(display, "_show", lambda markup: out.append(display._state["pending"] + markup))
    monkeypatch.setattr(display, "_state", {**display._state, "pending": ""})
    return out


def test_the_dev_corpus_and_the_seeds_keep_their_full_detail_and_national_size_does_not():
    # 37 places (the development corpus) and 4 (the seeds) are read place by place
    assert national.full_detail(4) and national.full_detail(37)
    assert national.full_detail(national.FULL_DETAIL_PLACES)
    assert not national.full_detail(national.FULL_DETAIL_PLACES + 1)
    assert not national.full_detail(400)


def test_the_listing_has_one_row_per_place_with_status_placement_years_and_sources():
    facts = all_facts(MIXED)
    table = national.listing_table(facts, EN, lambda ids: ", ".join(sorted(ids)))
    rows = {r["place"]: r for r in table.to_dict("records")}
    assert len(table) == len(facts) == 7
    assert list(table.columns) == ["place", "strategy", "CDO", "where the CDO sits", "sources"]
    assert rows["Kassel"] == {
        "place": "Kassel",
        "strategy": "adopted 2018",
        "CDO": "in office since 2019",
        "where the CDO sits": "staff unit (Stabsstelle) of the Oberbürgermeister",
        "sources": "[k1]",
    }
    # a county is labelled as one; work in preparation has no year; a planned post no "since"
    assert rows["Lippe (county)"]["strategy"] == "adopted 2017"
    assert (rows["Fulda"]["strategy"], rows["Fulda"]["CDO"]) == ("in preparation", "post planned")
    # "not stated" is never a "no"; a CDO in office without a date is "not dated"
    assert rows["Hamm"]["CDO"] == "not stated" and rows["Erfurt"]["CDO"] == "none"
    assert rows["Nirgendwo-Süd"]["CDO"] == "in office, not dated"
    german = {r["Kommune"]: r for r in national.listing_table(facts, DE, lambda ids: "1").to_dict("records")}
    assert german["Lippe (Kreis)"]["CDO"] == "im Amt seit 2016"
    assert german["Hamm"]["Strategie"] == "vorgelegt 2020"


def test_each_place_links_to_its_profile_report_as_the_build_names_it():
    assert national.profile_reports(MIXED, "en")["Nirgendwo-Süd"] == "city-nirgendwo-sued.html"
    assert national.profile_reports(MIXED, "de")["Lippe"] == "city-lippe-de.html"


def test_the_listing_is_grouped_by_land_and_says_where_the_evidence_is(monkeypatch):
    out = shown(monkeypatch)
    facts = all_facts(MIXED)
    national.show_listing(facts, frame(), EN, lambda ids: "1", national.profile_reports(MIXED, "en"))
    page = "".join(out)
    assert "profile report" in out[0] and "German sentence" in out[0]  # the evidence: in the profiles
    lands = [p for p in ("Nordrhein-Westfalen", "Hessen", "Thüringen", "Land not known") if f">{p} (" in page]
    assert lands == ["Nordrhein-Westfalen", "Hessen", "Thüringen", "Land not known"]
    assert page.index(">Nordrhein-Westfalen (") < page.index(">Hessen (")
    assert '<a href="city-kassel.html">Kassel</a>' in page
    assert '<a href="city-lippe.html">Lippe (county)</a>' in page
    assert (
        page.count('class="report-table long listing"') + page.count('class="report-table short listing"')
        == 4
    )


def test_a_table_links_only_the_cells_given_an_address():
    import pandas as pd

    html = display.table_html(
        pd.DataFrame({"place": ["A<b>", "B"], "n": [1, 2]}), "c", links={"place": ["x.html?a=1&b=2", None]}
    )
    assert '<a href="x.html?a=1&amp;b=2">A&lt;b&gt;</a>' in html
    assert '<td class="nowrap">B</td>' in html and html.count("<a ") == 1


def test_a_compact_bibliography_is_marked_as_such(monkeypatch):
    from analysis.views.sources import Bibliography

    out = shown(monkeypatch)
    bib = Bibliography(MIXED["documents"], {}, EN)
    display.bibliography(bib, compact=True)
    display.bibliography(bib)
    assert out[0].startswith('<ol class="bibliography compact">')
    assert out[1].startswith('<ol class="bibliography">')


def _run_notebook(name: str, profiles: Path, monkeypatch) -> str:
    """The notebook's code cells run in this process (its parameters set as papermill would),
    the shown HTML returned."""
    import matplotlib

    matplotlib.use("agg")
    out = shown(monkeypatch)
    monkeypatch.chdir(NOTEBOOKS)
    cells = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))["cells"]
    code = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
    scope: dict = {}
    exec(code[0], scope)
    scope.update(profiles_path=str(profiles), sources_path="", built="2026-12-07T12:00:00Z")
    for cell in code[1:]:
        exec(cell, scope)
    return "".join(out)


@pytest.mark.parametrize("notebook", ["governance_comparison.ipynb", "strategy_timelines.ipynb"])
def test_above_the_threshold_a_comparison_lists_places_and_leaves_evidence_to_the_profiles(
    notebook, tmp_path, monkeypatch
):
    profiles = tmp_path / "profiles.json"
    profiles.write_text(json.dumps(MIXED), encoding="utf-8")
    monkeypatch.setattr(national, "FULL_DETAIL_PLACES", 3)  # 7 places: national size
    page = _run_notebook(notebook, profiles, monkeypatch)
    assert 'id="place-detail"' in page and '<a href="city-kassel.html">Kassel</a>' in page
    assert "profile report" in page
    # no per-place evidence, events, lanes or identifiers: they stand in the profiles
    assert "Every governance fact behind" not in page and "Every dated event with" not in page
    assert "At this size the evidence stands" in page or "At this size each place&#x27;s events" in page
    assert "Where each cited quote sits" not in page and "SHA-256 (first" not in page
    assert "One lane per city" not in page and 'id="intervals"' not in page
    assert 'class="bibliography compact"' in page
