"""cities.csv (analysis/dataset/cities.py): the first page as data, derived once.

The seed test builds profiles as the extraction will emit them under the December contract
(`cdo_status`, `strategy_presented`, one type per event) from the gold labels, and checks
every cell of seeds.cities.json with the shared scorer. The rule tests use small typed
fixtures of invented cities."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import typed_cities as fx
from conftest import assert_cities_right
from typed_cities import CONTRACT_COLUMNS

from analysis.dataset.cities import COLUMNS, city_row, city_rows
from analysis.dataset.tables import cities_csv, write_tables

REFERENCE = Path(__file__).resolve().parent / "reference"

# Where the gold accepts several types for one event, the extraction emits one: the type that
# answers the first-page question (a council resolution of a strategy is its adoption; a
# reorganisation that hands over the CDO function is the appointment).
TYPE_PREFERENCE = (
    "strategy_adopted",
    "strategy_presented",
    "cdo_appointed",
    "council_decision",
    "strategy_process",
    "organisation",
    "programme",
    "project",
    "target",
    "other",
)


def profiles_from_gold(gold: dict) -> dict:
    docs = []
    for doc_id, g in sorted(gold["documents"].items()):
        events = []
        for e in g["events"]:
            if e["kinds"][0] == "*":
                continue  # the publication date, not an event
            types = sorted(e.get("types") or ["other"], key=TYPE_PREFERENCE.index)
            events.append(
                fx.event(
                    e["dates"][0],
                    types[0],
                    e["about"],
                    kind=e["kinds"][0],
                    end=e.get("end"),
                    subject=e["about"],
                )
            )
        gov = fx.governance(g["cdo"], g["cdo_placement"][0], g["cdo_holder"])
        gov["cdo_status"] = g["cdo_status"][0]
        docs.append(fx.document(doc_id, g["city"], g["source_kind"][0], g["published"], gov, events))
    return {"schema_version": 1, "documents": docs}


@pytest.fixture(scope="module")
def seed_profiles() -> dict:
    return profiles_from_gold(json.loads((REFERENCE / "gold" / "seeds.gold.json").read_text("utf-8")))


def test_every_cell_of_the_seed_cities_is_right(tmp_path, seed_profiles):
    write_tables(seed_profiles, tmp_path)
    assert_cities_right(REFERENCE, tmp_path / "cities.csv")


def test_the_seed_answers_the_review_asked_for(seed_profiles):
    rows = {r.city: r.cells() for r in city_rows(seed_profiles)}
    # a post created by a council decision, no holder named: not in office
    assert rows["Bergisch Gladbach"]["cdo_status"] == "post_created"
    assert rows["Bergisch Gladbach"]["cdo_since"] == ""
    # the digital agenda was presented in 2018; the IT strategy of 2003 is older
    assert (rows["Wuppertal"]["strategy_status"], rows["Wuppertal"]["strategy_date"]) == (
        "presented",
        "2018-09",
    )
    # an undated page has no as-of date; the latest date it mentions is kept apart
    assert rows["Bonn"]["as_of"] == "" and rows["Bonn"]["latest_date_mentioned"] == "2018"
    assert rows["Wuppertal"]["sources"] == "2"


def test_csv_has_the_contract_columns_and_alphabetical_cities(seed_profiles):
    text = cities_csv(seed_profiles)
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    assert COLUMNS[:11] == CONTRACT_COLUMNS
    cities = [r["city"] for r in reader]
    assert cities == sorted(cities)
    assert cities_csv(seed_profiles) == text  # deterministic


# --- rules, on invented cities -------------------------------------------------------------


def _one(*docs) -> dict:
    return {"schema_version": 1, "documents": list(docs)}


def _gov(status, placement=None, holder=None, line=None):
    g = fx.governance(status == "in_office" if status else None, placement, holder)
    g["cdo_status"] = status
    if line:
        g["reporting_line"] = {"text": line, "evidence": fx.ev(quote=line)}
    return g


def test_presented_is_never_adopted_and_the_most_recent_step_decides():
    data = _one(
        fx.document(
            "x1",
            "Lindenau",
            "profile",
            None,
            _gov(None),
            events=[
                fx.event("2004", "strategy_adopted", "IT-Strategie verabschiedet", subject="IT-Strategie"),
                fx.event("2019-05", "strategy_presented", "Agenda vorgelegt", subject="Agenda Lindenau 2025"),
                fx.event("2025", "strategy_presented", "Agenda 2025", kind="horizon"),
            ],
        )
    )
    row = city_row(data, "Lindenau")
    assert (row.strategy_status, row.strategy_date, row.strategy_subject) == (
        "presented",
        "2019-05",
        "Agenda Lindenau 2025",
    )


def test_a_strategy_named_only_with_a_horizon_is_in_preparation_without_a_date():
    data = _one(
        fx.document(
            "x1",
            "Lindenau",
            "profile",
            "2020-01-01",
            _gov(None),
            events=[fx.event("2030", "target", "Masterplan Lindenau 2030", kind="horizon")],
        )
    )
    row = city_row(data, "Lindenau")
    assert (row.strategy_status, row.cells()["strategy_date"]) == ("in_preparation", "")
    plain = _one(
        fx.document(
            "x1",
            "Lindenau",
            "profile",
            None,
            _gov(None),
            events=[fx.event("2030", "target", "Klimaneutral bis 2030", kind="horizon")],
        )
    )
    assert city_row(plain, "Lindenau").strategy_status is None  # a target is no strategy


def test_the_most_recent_source_that_states_a_status_speaks_for_the_cdo():
    data = _one(
        fx.document(
            "x1",
            "Lindenau",
            "profile",
            None,
            _gov("in_office", "mayor"),
            events=[fx.event("2016", "cdo_appointed", "CDO berufen")],
        ),
        fx.document(
            "x2",
            "Lindenau",
            "news",
            "2022-04-01",
            _gov("in_office", "it_department", "Paula Probe", line="dem Stadtdirektor unterstellt"),
            events=[fx.event("2022-03", "cdo_appointed", "Leiterin des IT-Amts übernimmt")],
        ),
        fx.document("x3", "Lindenau", "news", "2023-01-01", _gov(None)),  # says nothing about a CDO
    )
    row = city_row(data, "Lindenau").cells()
    assert (row["cdo_status"], row["cdo_placement"], row["cdo_holder"]) == (
        "in_office",
        "it_department",
        "Paula Probe",
    )
    assert row["cdo_since"] == "2022-03"
    assert row["reporting_line"] == "dem Stadtdirektor unterstellt"
    assert row["as_of"] == "2023-01-01" and row["sources"] == "3"


def test_an_appointment_to_an_earlier_model_is_not_the_start_of_the_present_post():
    data = _one(
        fx.document(
            "x1",
            "Lindenau",
            "profile",
            "2018-01-01",
            _gov("in_office", "mayor"),
            events=[fx.event("2016", "cdo_appointed", "CDO berufen")],
        ),
        fx.document("x2", "Lindenau", "news", "2022-04-01", _gov("in_office", "it_department")),
    )
    assert city_row(data, "Lindenau").cdo_since is None


def test_a_created_post_has_no_since_and_no_reporting_line_is_invented():
    data = _one(
        fx.document(
            "x1",
            "Lindenau",
            "profile",
            "2019-01-01",
            _gov("post_created", "administration_department"),
            events=[fx.event("2018", "cdo_appointed", "Stelle des CDO")],
        )
    )
    row = city_row(data, "Lindenau").cells()
    assert (row["cdo_status"], row["cdo_since"], row["reporting_line"]) == ("post_created", "", "")


def test_profiles_without_cdo_status_answer_from_cdo():
    g = fx.governance(True, "staff_unit")
    data = _one(fx.document("x1", "Lindenau", "profile", None, g))
    assert city_row(data, "Lindenau").cdo_status == "in_office"
    g = fx.governance(None)
    data = _one(fx.document("x1", "Lindenau", "profile", None, g))
    assert city_row(data, "Lindenau").cdo_status is None


def test_duplicates_are_not_counted():
    a = fx.document("x1", "Lindenau", "profile", "2019-01-01", _gov("in_office"))
    b = {**fx.document("x2", "Lindenau", "profile", "2019-01-01", _gov("in_office")), "duplicate_of": "x1"}
    assert city_row(_one(a, b), "Lindenau").sources == 1
