"""People named by a first name, credit lines, and affiliation from the apposition."""

from __future__ import annotations

import pytest
from itemx_helpers import LEAD, profile


def _people(text: str) -> dict[str, dict]:
    return {p["name"]: p for p in profile(LEAD + text + "\n")["people"]}


def test_a_first_name_and_surname_without_a_role_word_is_a_person():
    people = _people("In der neuen Stabsstelle arbeitet zurzeit Hilde Beispielmann neben Jonas Musterhaus.")
    assert {"Hilde Beispielmann", "Jonas Musterhaus"} <= set(people), people
    assert people["Hilde Beispielmann"]["affiliation"] == "city"


def test_a_name_in_running_text_is_found_by_its_first_name():
    people = _people("Gemeinsam mit Ole Musterer entsteht ein Plan für die Schulen.")
    assert "Ole Musterer" in people, people


@pytest.mark.parametrize(
    "line",
    [
        "Der neue Radweg ist fertig. Bild: Stadt Musterfeld / Hilde Beispielmann",
        "Der neue Radweg ist fertig (Foto: Jonas Musterhaus).",
        "Der neue Radweg ist fertig. | © Jonas Musterhaus",
        "Von Hilde Beispielmann",
        "Der Text ist aus dem Portal Musterfeld@work by Hilde Beispielmann übernommen.",
    ],
)
def test_a_credit_line_or_byline_names_no_person(line):
    assert _people(line) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "„Meine Heimatstadt hat große Ziele“, heißt es im Konzept.",
        "Die Stadt hat 3 Mio Euro vom Bund bekommen.",
        "Die Stadt erhielt 5 Mio Fördermittel für den Ausbau.",
        "Geschaffen wurden die Posten des Chief Urban Officers und eines Beirats.",
    ],
)
def test_first_name_shaped_words_that_are_no_people(sentence):
    assert _people(sentence) == {}


def test_a_professor_of_a_university_named_after_the_city_is_external():
    text = (
        "v.l.: Prof. Dr. Jonas Musterhaus, wissenschaftlicher Berater, Professor für Informatik an der "
        "Universität Musterfeld-Nord; Hilde Beispielmann, Leiterin der Stabsstelle."
    )
    people = _people(text)
    assert people["Prof. Dr. Jonas Musterhaus"]["affiliation"] == "external", people


def test_the_head_of_an_office_of_the_mayor_works_for_the_city():
    people = _people(
        "Bürgermeister Karl Beispiel und Eva Muster, Leiterin des Büros des Bürgermeisters, planen viel."
    )
    assert people["Eva Muster"]["affiliation"] == "city", people


def test_a_company_name_is_no_cdo_holder_and_no_person():
    text = "Dem Steuerkreis gehört die Kommunikationsgesellschaft Muster-Net an. CDO ist Kommunikationsgesellschaft Muster-Net."
    assert "Kommunikationsgesellschaft Muster-Net" not in _people(text)
