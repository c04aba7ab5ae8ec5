"""The national picture (analysis/dataset/aggregates.py, analysis/views/national.py): shares
over the places that answer, counties labelled and counted apart, the region named from the
places, by Land and by size class. Small typed fixtures of places the municipality register
holds (their kind, Land and size come from the register, never from the text)."""

from __future__ import annotations

import typed_cities as fx
from typed_cities import CONTRACT_COLUMNS

from analysis.dataset import aggregates as agg
from analysis.dataset.cities import COLUMNS, city_rows
from analysis.reporting.texts import texts
from analysis.views import national

EN, DE = texts("en"), texts("de")


def gov(status, placement=None):
    g = fx.governance(True if status == "in_office" else (None if status is None else False), placement)
    g["cdo_status"] = status
    return g


def place(doc_id, name, status=None, placement=None, strategy=None, cdo_since=None, published="2022-05-01"):
    events = []
    if strategy:
        kind, date = strategy
        events.append(fx.event(date, kind, f"Strategie {name}"))
    if cdo_since:
        events.append(fx.event(cdo_since, "cdo_appointed", "CDO benannt"))
    return fx.document(doc_id, name, "news", published, gov(status, placement), events=events)


def dataset(*docs) -> dict:
    return {"schema_version": 1, "documents": list(docs)}


# Kassel, Fulda (Hessen), Bielefeld, Hamm (Nordrhein-Westfalen), Erfurt (Thüringen) are
# municipalities; Lippe is a county (Kreis) in Nordrhein-Westfalen; "Nirgendwo-Süd" is in no register.
MIXED = dataset(
    place("k1", "Kassel", "in_office", "mayor", ("strategy_adopted", "2018-03"), "2019-06"),
    place("f1", "Fulda", "planned", None, ("strategy_process", "2021")),
    place("b1", "Bielefeld", "in_office", "it_department", ("strategy_adopted", "2019"), "2020-01"),
    place("h1", "Hamm", None, None, ("strategy_presented", "2020-10")),
    place("e1", "Erfurt", "none"),
    place("l1", "Lippe", "in_office", "staff_unit", ("strategy_adopted", "2017-05"), "2016-02"),
    place("n1", "Nirgendwo-Süd", "in_office"),
)


def frame(data=MIXED):
    return agg.places_frame(city_rows(data))


def test_cities_csv_keeps_the_contract_columns_and_adds_kind_state_and_size():
    assert COLUMNS[:11] == CONTRACT_COLUMNS
    assert COLUMNS[-3:] == ("place_kind", "state", "size_class")
    rows = {r["city"]: r for r in frame().to_dict("records")}
    assert (rows["Lippe"]["place_kind"], rows["Lippe"]["state"]) == ("county", "Nordrhein-Westfalen")
    assert (rows["Kassel"]["place_kind"], rows["Kassel"]["size_class"]) == ("municipality", "100k_500k")
    assert rows["Fulda"]["size_class"] == "20k_100k"
    assert rows["Nirgendwo-Süd"]["place_kind"] == rows["Nirgendwo-Süd"]["state"] == ""  # not guessed


def test_a_county_is_labelled_and_counted_as_a_county():
    df = frame()
    assert list(agg.counties(df)["city"]) == ["Lippe"]
    assert "Lippe" not in set(agg.municipalities(df)["city"])
    # the municipalities' shares do not count the county's CDO; the county has its own column
    table = national.cdo_table(df, EN)
    assert list(table.columns) == ["Status", "Municipalities (6)", "Counties (1)"]
    in_office = table.iloc[0]
    assert in_office["Municipalities (6)"] == "3 of 5 (60 %)"  # Kassel, Bielefeld, Nirgendwo-Süd of 5 stating
    assert in_office["Counties (1)"] == "1 of 1 (100 %)"
    coverage = national.coverage_text(df, EN)
    assert "7 places in Germany (3 Länder): 5 municipalities and 1 county." in coverage
    assert "1 place is not in the municipality register" in coverage
    assert EN.label("place_kind", "county") == "county (Kreis)"
    # by Land: the county is a row of its own, not one of Nordrhein-Westfalen's municipalities
    by_state = national.breakdown_table(df, EN, "state")
    groups = list(by_state["Group"])
    assert groups == ["Nordrhein-Westfalen", "Hessen", "Thüringen", "Land not known", "Counties (1)"]
    assert by_state.set_index("Group").loc["Nordrhein-Westfalen", "Number"] == 2


def test_shares_are_over_the_places_that_answer_with_the_count_beside():
    towns = agg.municipalities(frame())
    strategy = agg.strategy_shares(towns)
    # Kassel and Bielefeld adopted, Hamm presented, Fulda in preparation: 4 answer of 6
    assert (strategy["adopted"].k, strategy["adopted"].n) == (2, 4)
    assert strategy["adopted"].text(EN) == "2 of 4 (50 %)"
    assert strategy["adopted"].text(DE) == "2 von 4 (50 %)"
    assert (strategy["not_stated"].k, strategy["not_stated"].n) == (2, 6)  # over all places
    cdo = agg.cdo_shares(towns)
    assert {k: (s.k, s.n) for k, s in cdo.items()} == {
        "in_office": (3, 5),
        "post_created": (0, 5),
        "planned": (1, 5),
        "none": (1, 5),
        "not_stated": (1, 6),
    }
    placement = agg.placement_shares(towns)  # over the CDOs in office; a CDO without a place: unspecified
    assert {k: (s.k, s.n) for k, s in placement.items()} == {
        "it_department": (1, 3),
        "mayor": (1, 3),
        "unspecified": (1, 3),
    }
    assert agg.Share(0, 0).text(EN) == "–"  # nobody answers: no share


def test_median_months_from_strategy_to_cdo_counts_a_cdo_before_the_strategy_apart():
    df = frame()
    towns = agg.strategy_to_cdo(agg.municipalities(df))
    # Kassel March 2018 → June 2019: 14–15 months; Bielefeld 2019 → January 2020: 0–12 months
    assert towns.places == 2 and towns.cdo_first == 0
    assert (towns.lo, towns.hi) == (7.0, 13.5)  # medians of the least and of the most months
    assert towns.text(EN) == "7–14 months"
    county = agg.strategy_to_cdo(agg.counties(df))
    assert county.places == 0 and county.cdo_first == 1  # Lippe: CDO in 2016, strategy in 2017


def test_adoption_curve_is_cumulative_by_year_and_counts_counties_apart():
    curve = agg.adoption_curve(frame())
    assert list(curve.index) == [2017, 2018, 2019]
    assert list(curve["municipality"]) == [0, 1, 2]
    assert list(curve["county"]) == [1, 1, 1]


def test_region_is_one_land_or_germany_with_its_number_of_lander():
    assert national.region(frame(), EN) == "Germany (3 Länder)"
    assert national.region(frame(), DE) == "Deutschland (3 Länder)"
    nrw = dataset(place("b1", "Bielefeld", "in_office"), place("h1", "Hamm", None), place("l1", "Lippe"))
    assert national.region(frame(nrw), EN) == "Nordrhein-Westfalen"
    assert agg.region_text(agg.states_of(["Bielefeld", "Hamm", "Nirgendwo-Süd"]), EN) == "Nordrhein-Westfalen"


def test_by_size_class_lists_only_the_classes_present():
    table = national.breakdown_table(frame(), EN, "size_class")
    assert list(table["Group"]) == [
        "20,000 to 100,000",  # Fulda
        "100,000 to 500,000",  # Kassel, Bielefeld, Hamm, Erfurt
        "Land not known",
        "Counties (1)",
    ]
    row = table.set_index("Group").loc["100,000 to 500,000"]
    assert row["Number"] == 4 and row["Strategy stated"] == 3 and row["adopted"] == "2 (67 %)"


def test_places_group_by_land_in_the_order_of_the_official_key():
    groups = agg.by_state(frame())
    assert [s for s, _ in groups] == ["Nordrhein-Westfalen", "Hessen", "Thüringen", ""]
    assert groups[0][1] == ["Bielefeld", "Hamm", "Lippe"]
    assert groups[-1][1] == ["Nirgendwo-Süd"]
    assert national.state_heading("", 1, EN) == ("Land not known (1 place)", "state-unknown")


def test_a_county_is_labelled_as_one_in_the_per_place_detail():
    from datetime import date

    from analysis.views.governance_comparison import all_facts, glance_table

    facts = all_facts(MIXED)
    names = list(glance_table(facts, EN, lambda ids: "1", date(2026, 12, 7))["city"])
    assert "Lippe (county)" in names and "Bielefeld" in names
    assert "Lippe (Kreis)" in list(glance_table(facts, DE, lambda ids: "1", date(2026, 12, 7))["Stadt"])
    nrw = ["Bielefeld", "Hamm", "Lippe"]
    assert national.counties_sentence(frame(), nrw, EN) == (
        "A county (Kreis), counted apart from the municipalities: Lippe."
    )
    assert national.counties_sentence(frame(), ["Kassel", "Fulda"], EN) == ""


def test_the_interval_statement_names_its_range_and_cites_both_steps():
    from analysis.views.findings import national_findings

    found = national_findings(city_rows(MIXED), EN)
    interval = next(x for x in found if x.text.startswith("From strategy to CDO"))
    assert interval.text == (
        "From strategy to CDO, the median is 7–14 months, over the 2 municipalities that date both."
    )  # Lippe, whose CDO came first, is a county: counted apart, not here
    assert sorted(interval.doc_ids) == ["b1", "k1"]
