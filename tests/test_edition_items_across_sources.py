"""One row per thing in a city profile's lists, across its sources (issue 16: "KDN once")."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from analysis.reporting.texts import texts
from analysis.views.city_profile import items_table, same_thing


@pytest.mark.parametrize(
    "a,b",
    [
        ("Zweckverband digitaler Kommunen (ZDK)", "Zweckverband Digitaler Kommunen"),
        ("Dachverband der regionalen IT-Dienstleister", "Dachverband Regionaler IT-Dienstleiter"),
        ("Netzwerk Offene Kommunen", "Netzwerk offener Kommunen"),
    ],
)
def test_names_of_one_thing_are_alike(a, b):
    assert same_thing(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("Landkreis Nordheim", "Landkreis Nordhein"),  # a short word: one letter is another place
        ("Digitalagentur Musterland", "Digitalagentur Musterland Süd"),
        ("Förderverein Smart City", "Förderverband Smart City"),  # two letters: two bodies
    ],
)
def test_names_of_different_things_are_not(a, b):
    assert not same_thing(a, b)


def _doc(doc_id: str, *names: str) -> dict:
    return {
        "doc_id": doc_id,
        "partners": [{"name": n, "kind": "network"} for n in names],
        "corrections": [],
    }


def test_one_body_named_two_ways_by_two_sources_is_one_row_citing_both():
    view = SimpleNamespace(
        documents=[
            _doc("a", "Dachverband der regionalen IT-Dienstleister (DRI)"),
            _doc("b", "Dachverband Regionaler IT-Dienstleiter", "Hochschule Musterfeld"),
        ]
    )
    T = texts("de")
    table = items_table(view, "partners", T, lambda docs: ", ".join(docs))
    assert table[T("items.name")].tolist() == [
        "Dachverband der regionalen IT-Dienstleister (DRI)",
        "Hochschule Musterfeld",
    ]
    assert table[T("items.source")].tolist() == ["[a, b]", "[b]"]
