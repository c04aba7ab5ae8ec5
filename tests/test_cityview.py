"""One city across its documents: Wuppertal's portrait (2019) and its 2021 news article."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from analysis.errors import ParameterError
from analysis.views.city import as_of, city_view, known_cities

PORTRAIT = "001_deb67731773bcf6e"
NEWS = "004_757966989a05fdf9"


@pytest.fixture(scope="module")
def wuppertal(profiles):
    return city_view(profiles, "Wuppertal")


def test_known_cities(profiles):
    assert known_cities(profiles) == sorted(["Bergisch Gladbach", "Bonn", "Düsseldorf", "Wuppertal"])


def test_wuppertal_has_two_documents(wuppertal):
    assert [d["doc_id"] for d in wuppertal.documents] == [PORTRAIT, NEWS]


def test_merged_timeline_has_the_strategy_dates(wuppertal):
    dates = {e["date"] for e in wuppertal.timeline}
    for want in ("2003", "2014", "2017-08", "2018-09", "2021-02-23"):
        assert want in dates, f"{want} missing from timeline {sorted(dates)}"
    assert [e["date"] for e in wuppertal.timeline] == sorted(e["date"] for e in wuppertal.timeline)
    by_date = {e["date"]: e for e in wuppertal.timeline}
    assert by_date["2003"]["doc_ids"] == [PORTRAIT]
    assert by_date["2021-02-23"]["doc_ids"] == [NEWS]
    assert all(e["city"] == "Wuppertal" for e in wuppertal.timeline)
    for want in ("2003", "2014", "2017-08", "2018-09", "2021-02-23"):
        assert by_date[want]["kind"] == "milestone", by_date[want]


def test_governance_rows_and_change(wuppertal):
    rows = {g["doc_id"]: g for g in wuppertal.governance}
    assert set(rows) == {PORTRAIT, NEWS}
    assert rows[PORTRAIT]["cdo"] is True
    assert rows[PORTRAIT]["cdo_placement"] == "mayor"
    assert rows[NEWS]["cdo"] is True
    assert rows[NEWS]["cdo_placement"] == "it_department"
    assert rows[NEWS]["published"] == "2021-02-23"
    assert rows[NEWS]["as_of"] == "2021-02-23" and rows[NEWS]["as_of_estimated"] is False
    assert rows[PORTRAIT]["as_of_estimated"] is True
    assert wuppertal.governance_changed is True


def test_single_document_city_has_no_governance_change(profiles):
    view = city_view(profiles, "Düsseldorf")
    assert len(view.documents) == 1
    assert view.governance_changed is False


def test_duplicates_are_not_counted_twice(profiles):
    ds = copy.deepcopy(profiles)
    dup = copy.deepcopy(next(d for d in ds["documents"] if d["doc_id"] == NEWS))
    dup["doc_id"] = "999_copy"
    dup["duplicate_of"] = NEWS
    ds["documents"].append(dup)
    view = city_view(ds, "Wuppertal")
    assert [d["doc_id"] for d in view.documents] == [PORTRAIT, NEWS]
    assert all("999_copy" not in e["doc_ids"] for e in view.timeline)


def test_as_of_prefers_publication_date():
    doc = {"published": "2020-05-01", "events": [{"date": "2022", "kind": "milestone"}]}
    assert as_of(doc) == ("2020-05-01", False)
    undated = {
        "published": None,
        "events": [{"date": "2018-09", "kind": "milestone"}, {"date": "2030", "kind": "horizon"}],
    }
    assert as_of(undated) == ("2018-09", True)
    assert as_of({"published": None, "events": []}) == (None, True)


@pytest.mark.parametrize("city", ["Atlantis", ""])
def test_unknown_city_names_the_known_ones(profiles, city):
    with pytest.raises(ParameterError) as info:
        city_view(profiles, city)
    msg = str(info.value)
    for known in ("Bergisch Gladbach", "Bonn", "Düsseldorf", "Wuppertal"):
        assert known in msg, msg


def test_comparison_handles_cities_without_a_cdo(tmp_path):
    from analysis.dataset.profiles import extract_folder
    from analysis.reporting.figures import model_figures
    from analysis.reporting.texts import texts
    from analysis.views.governance_comparison import all_facts, governance_matrix, shares_table, typology

    (tmp_path / "a.txt").write_text(
        "Die Stadt Nirgendheim hat keinen Chief Digital Officer. Die Stadt Nirgendheim plant viel.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_bytes(
        (Path(__file__).resolve().parents[1] / "seeds" / "002_acd5665a9fd54cba.txt").read_bytes()
    )
    dataset = extract_folder(tmp_path).dataset
    matrix = governance_matrix(dataset)
    facts = all_facts(dataset)
    types = typology(facts, texts("en"))
    assert types.loc[types["type"].str.startswith("F:"), "cities"].item() == "Nirgendheim"
    assert set(matrix["cdo_status"]) == {"none", "in_office"}
    assert len(shares_table(facts, texts("en")))
    figs = model_figures(facts, texts("en"))
    assert len(figs) == 1


def test_current_model_comes_from_the_latest_document_that_mentions_a_cdo(tmp_path):
    from analysis.dataset.profiles import extract_folder
    from analysis.views.governance_comparison import governance_matrix

    (tmp_path / "a.txt").write_text(
        "[12.05.2021] Die Stadt Nordhafen ordnet die Digitalisierung neu. Der Chief Digital Officer (CDO) ist "
        "direkt beim Oberbürgermeister angesiedelt.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Die Stadt Nordhafen lädt zum Sommerfest ein. Die Stadt Nordhafen freut sich.\n", encoding="utf-8"
    )
    (tmp_path / "c.txt").write_text("", encoding="utf-8")
    dataset = extract_folder(tmp_path).dataset
    row = governance_matrix(dataset).iloc[0]
    assert row["placement"] == "mayor" and row["doc_id"] == "a"
    assert city_view(dataset, "Nordhafen").current["doc_id"] == "a"


def test_empty_dataset_gives_empty_tables_with_columns():
    from analysis.dataset.tables import frames
    from analysis.reporting.texts import texts
    from analysis.views.governance_comparison import all_facts, glance_table, governance_matrix, typology

    empty = {"schema_version": 1, "documents": []}
    assert len(governance_matrix(empty)) == 0 and list(governance_matrix(empty).columns)
    assert len(glance_table([], texts("en"), str, None)) == 0
    assert list(typology(all_facts(empty), texts("en")).columns) == ["type", "cities", "n"]
    for name, df in frames(empty).items():
        assert "doc_id" in df.columns, name
