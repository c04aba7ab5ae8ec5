"""The kind, Land and size of a place come from the gazetteer, in one code system."""

from analysis.dataset.places import COUNTY, MUNICIPALITY, SIZE_CLASSES, STATES, place_facts, size_class
from analysis.extraction.gazetteer import index


def test_a_county_is_a_county_and_a_city_a_municipality():
    assert place_facts("Rhein-Sieg-Kreis").kind == COUNTY
    assert place_facts("Hochsauerlandkreis").kind == COUNTY
    assert place_facts("Köln").kind == MUNICIPALITY


def test_a_name_both_kinds_bear_is_the_municipality_unless_asked_for_the_county():
    assert place_facts("Leipzig").kind == MUNICIPALITY
    assert place_facts("Leipzig", county=True).kind == COUNTY
    assert place_facts("Hochsauerlandkreis", county=False) is None


def test_municipalities_and_counties_share_the_official_state_keys():
    # GeoNames numbers NRW 07 and Rheinland-Pfalz 08; the AGS 05 and 07: one system only.
    assert place_facts("Köln").state == "Nordrhein-Westfalen"
    assert place_facts("Rhein-Sieg-Kreis").state == "Nordrhein-Westfalen"
    assert place_facts("Mainz").state == "Rheinland-Pfalz"
    assert place_facts("Dresden").state == "Sachsen"
    codes = {p.state for forms in index().values() for places in forms.values() for p in places}
    assert codes <= set(STATES)


def test_size_classes_break_at_their_lower_bounds():
    assert [size_class(n) for n in (0, 19_999, 20_000, 99_999, 100_000, 500_000)] == [
        "under_20k",
        "under_20k",
        "20k_100k",
        "20k_100k",
        "100k_500k",
        "over_500k",
    ]
    assert [k for k, _ in SIZE_CLASSES] == ["under_20k", "20k_100k", "100k_500k", "over_500k"]


def test_a_name_the_gazetteer_does_not_hold_has_no_facts():
    assert place_facts("Nirgendheim an der Leere") is None
