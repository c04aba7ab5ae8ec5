"""The gazetteer as a careful reader of the registers would write it: German names for the
large cities (GeoNames calls some by an English exonym), a city that is a district by
itself is a municipality and not also a county, and a county that shares its city's name
stays findable as the county."""

import csv
import json

from analysis.dataset.places import COUNTY, MUNICIPALITY, place_facts
from analysis.extraction.gazetteer import places_named
from analysis.extraction.lexicon.build_gazetteer import german_names, rows


def test_large_cities_bear_their_german_names():
    munich = place_facts("München")
    assert munich.kind == MUNICIPALITY and munich.state == "Bayern" and munich.size_class == "over_500k"
    assert place_facts("Nürnberg").kind == MUNICIPALITY
    assert places_named("Munich") == [] and places_named("Nuremberg") == []


def test_a_landkreis_of_its_citys_name_stays_findable_as_a_county():
    county = place_facts("München", county=True)
    assert county.kind == COUNTY and county.state == "Bayern"
    assert county.population < place_facts("München").population
    assert place_facts("Landkreis München") == county
    assert place_facts("Kreis Rhein-Sieg-Kreis") == place_facts("Rhein-Sieg-Kreis")


def test_a_stadtkreis_is_a_municipality_not_a_county_beside_it():
    for city in ("Stuttgart", "Mannheim", "Heidelberg", "Ulm", "Freiburg"):
        assert place_facts(city).kind == MUNICIPALITY, city
        assert place_facts(city, county=True) is None, city
    # a Landkreis named after its (Stadtkreis) seat is a county of its own
    assert place_facts("Karlsruhe", county=True).kind == COUNTY


def _geonames_place(gid, name, population, alternates=()):
    return {
        "geonameid": gid,
        "name": name,
        "countrycode": "DE",
        "population": population,
        "admin1code": "02",  # GeoNames' Bayern = AGS 09
        "alternatenames": list(alternates),
    }


def test_an_exonym_gives_way_to_the_registers_german_name_a_short_form_stays(tmp_path):
    places = [
        _geonames_place(1, "Sample Harbour", 700_000, ["Musterhafen", "Porto Campione"]),
        _geonames_place(2, "Musterfeld", 120_000, ["Musterfeld an der Aue"]),
        _geonames_place(3, "Beispielbach", 90_000),
    ]
    geonames = tmp_path / "cities.json"
    geonames.write_text(json.dumps({str(p["geonameid"]): p for p in places}), encoding="utf-8")
    districts = tmp_path / "districts.csv"
    with districts.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["AGS", "type", "name", "population"])
        w.writerow(["09162", "Kreisfreie Stadt", "Musterhafen, Landeshauptstadt", "690000"])
        w.writerow(["09163", "Stadtkreis", "Musterfeld an der Aue", "118000"])
        w.writerow(["09184", "Landkreis", "Musterhafen", "350000"])
        w.writerow(["09185", "Kreis", "Beispielbach", "200000"])
    assert set(rows(geonames, districts)) == {
        ("Musterhafen", 700_000, "09", "m"),  # the exonym gives way
        ("Musterhafen", 350_000, "09", "d"),  # the Landkreis of its name stays a county
        ("Musterfeld", 120_000, "09", "m"),  # a short form of the official name stays
        ("Beispielbach", 90_000, "09", "m"),
        ("Beispielbach", 200_000, "09", "d"),
    }  # and neither city is also a county


def test_a_city_geonames_already_names_in_german_is_not_renamed():
    places = [{"geonameid": 1, "name": "Musterhafen", "population": 5, "state": "09", "alternatenames": []}]
    register = [{"AGS": "09162", "name": "Musterhafen, Stadt"}]
    assert german_names(places, register) == {}
