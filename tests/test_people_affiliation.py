"""Affiliation rules of people (issue 15): whom a person speaks for, read from the words
around the name, on invented sentences."""

from __future__ import annotations

import pytest
from itemx_helpers import LEAD, profile


def _person(text: str, name: str) -> dict:
    people = {p["name"]: p for p in profile(LEAD + text + "\n")["people"]}
    assert name in people, people
    return people[name]


@pytest.mark.parametrize(
    "text,affiliation",
    [
        # a role with its remit and no body: the city's own staff
        ("Jonas Musterfeld, Projektleiter für das Bürgerportal, erklärt die Technik.", "city"),
        ("Jonas Musterfeld, Referent für Digitales, erklärt die Technik.", "city"),
        # a role only an outside body gives
        ("Jonas Musterfeld, Geschäftsführer der Beispiel-Plattform, erklärt die Technik.", "external"),
        # a chain of appositions: the body in the second one counts
        (
            "Jonas Musterfeld, wissenschaftlicher Berater, Professor für Informatik an der Universität Tannweiler; er lobt die Stadt.",
            "external",
        ),
        # the object after the apposition is no affiliation
        ("Jonas Musterfeld, Berater an der Hochschule Tannweiler, begleitet die Stadt.", "external"),
        # a compound role word before the name
        ("Bundestagsabgeordneter Jonas Musterfeld besuchte das Rathaus.", "external"),
        # a compound body after a verb of speaking
        ("„Das hilft“, sagt Jonas Musterfeld aus dem Landeswirtschaftsministerium.", "external"),
    ],
)
def test_affiliation_from_the_words_around_the_name(text, affiliation):
    assert _person(text, "Jonas Musterfeld")["affiliation"] == affiliation
