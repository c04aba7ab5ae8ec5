"""Units that carry digitalisation, by the families of German unit names (issue 15).

Every sentence is invented (invented towns, invented people); each test fails without its rule.
A document is built in memory from one short text: no files, no report build.
"""

from __future__ import annotations

import pytest
from text_profiles import LEAD, profile_of


def _units(text: str) -> list[str]:
    profile = profile_of(text)
    for unit in profile["governance"]["units"]:
        e = unit["evidence"]
        assert (LEAD + text)[e["start"] : e["end"]] == e["quote"]
    return [u["name"] for u in profile["governance"]["units"]]


@pytest.mark.parametrize(
    "text,unit",
    [
        # any unit head with "für" and its remit, not only Amt and Dezernat
        (
            "Die Stadt hat ein Referat für Kultur und Digitales gegründet.",
            "Referat für Kultur und Digitales",
        ),
        (
            "Zuständig ist die Abteilung für Digitalisierung und E-Government.",
            "Abteilung für Digitalisierung und E-Government",
        ),
        (
            "Der Fachbereich für Organisation und IT koordiniert die Arbeit.",
            "Fachbereich für Organisation und IT",
        ),
        ("Die Stabsstelle für Digitalisierung koordiniert die Arbeit.", "Stabsstelle für Digitalisierung"),
        # a remit with a lower-case adjective
        (
            "Zuständig ist das Dezernat für Bürgerdienste und interne IT.",
            "Dezernat für Bürgerdienste und interne IT",
        ),
        ("Zuständig ist das Amt für digitale Verwaltung.", "Amt für digitale Verwaltung"),
    ],
)
def test_a_unit_is_named_by_its_head_noun_and_its_remit(text, unit):
    assert unit in _units(text)


def test_a_determiner_after_und_starts_a_new_phrase_not_the_units_remit():
    assert _units("Das Amt für Kultur und eine Arbeitsgruppe Digitalisierung planen die Woche.")[0] == (
        "Amt für Kultur"
    )


def test_the_line_a_team_is_attached_to_is_a_unit_but_a_field_is_not():
    assert "Bereich Zentrale Dienste" in _units(
        "Das Digitalteam ist an den Bereich Zentrale Dienste angedockt."
    )
    assert not any(u.startswith("Bereich") for u in _units("Im Bereich Bildung gibt es neue Tablets."))


@pytest.mark.parametrize(
    "text,unit",
    [
        ("Zudem wurden Digitalpaten in allen Ämtern benannt.", "Digitalpaten"),
        ("Zudem wurden Digitale Lotsen in den Ämtern benannt.", "Digitale Lotsen"),
        ("Künftig gibt es Digitalisierungslotsen in der Verwaltung.", "Digitalisierungslotsen"),
    ],
)
def test_a_network_of_officers_is_a_unit(text, unit):
    assert unit in _units(text)


def test_one_officer_of_a_digital_field_is_a_unit_but_the_cdo_officer_is_a_person():
    assert "E-Government-Beauftragte" in _units(
        "Der E-Government-Beauftragte der Stadt koordiniert die Projekte."
    )
    assert "Smart-City-Beauftragte" in _units(
        "Die Smart-City-Beauftragte der Stadt, Anna Feldhaus, lädt ein."
    )
    assert _units("Der Digitalisierungsbeauftragte der Stadt koordiniert die Projekte.") == []


@pytest.mark.parametrize(
    "text,unit",
    [
        (
            "Der städtische Eigenbetrieb IT-Service Musterfeld betreut die Schulen.",
            "Eigenbetrieb IT-Service Musterfeld",
        ),
        ("Der Eigenbetrieb Digitale Dienste betreut die Schulen.", "Eigenbetrieb Digitale Dienste"),
        ("Die Digitalagentur der Stadt unterstützt die Ämter.", "Digitalagentur"),
    ],
)
def test_the_citys_own_it_enterprise_or_digital_agency_is_a_unit(text, unit):
    assert unit in _units(text)


def test_an_enterprise_without_a_digital_remit_is_no_digital_unit():
    assert _units("Der Eigenbetrieb Stadtentwässerung baut einen Kanal.") == []


def test_a_working_group_another_organisation_set_up_is_no_city_unit():
    assert _units("Der Landkreistag hat eine Arbeitsgruppe Digitalisierung eingerichtet.") == []
    assert _units("Die Stadt hat eine Arbeitsgruppe Digitalisierung eingerichtet.") == [
        "Arbeitsgruppe Digitalisierung"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Vorbild ist das Amt für Digitalisierung der Stadt Talhausen.",
        "Unterstützt wird die Stadt vom Referat für Digitalisierung des Innenministeriums.",
        "Die Stabsstelle Digitalisierung des Landkreises Talhausen berät die Gemeinden.",
    ],
)
def test_a_unit_of_another_town_or_organisation_is_no_unit_of_the_city(text):
    assert _units(text) == []


def test_a_unit_of_the_city_named_with_the_city_is_kept():
    assert _units("Das Amt für Digitalisierung der Stadt Musterfeld koordiniert alles.") == [
        "Amt für Digitalisierung"
    ]


def test_a_team_named_by_its_remit_in_one_word_is_a_unit():
    assert _units("Im Rathaus arbeitet ein Digitalisierungsteam aus fünf Personen.") == [
        "Digitalisierungsteam"
    ]
