"""One item per thing: inflections, a kind word before a name, repeated mentions."""

from __future__ import annotations

from itemx_helpers import LEAD, names, profile

from analysis.extraction.items import lemma_key, merge_items, nominative


def _evidence(text: str, part: str, nth: int = 0) -> dict:
    at = -1
    for _ in range(nth + 1):
        at = text.index(part, at + 1)
    return {"start": at, "end": at + len(part), "quote": part}


def test_inflections_of_one_programme_are_one_item_with_every_quote():
    text = (
        LEAD + "Musterfeld ist eine der digitalen Modellregionen des Landes. "
        "Als Digitale Modellregion erprobt die Stadt neue Dienste. "
        "Die Förderung der Digitalen Modellregion endet 2025.\n"
    )
    funding = profile(text)["funding"]
    assert names(funding) == ["Digitale Modellregion"], funding
    quotes = [funding[0]["evidence"]["quote"]] + [e["quote"] for e in funding[0]["also"]]
    assert sorted(quotes) == sorted(
        ["digitalen Modellregionen", "Digitale Modellregion", "Digitalen Modellregion"]
    )
    for ev in [funding[0]["evidence"], *funding[0]["also"]]:
        assert text[ev["start"] : ev["end"]] == ev["quote"]


def test_a_competition_named_by_its_kind_and_by_its_name_is_one_item():
    text = (
        LEAD + "Musterfeld war Bewerber im Beispielverband-Wettbewerb »Zukunftsstadt«. "
        "Durch die Teilnahme am Beispielverband-Wettbewerb kamen 200 Ideen zusammen.\n"
    )
    funding = profile(text)["funding"]
    assert names(funding) == ["Zukunftsstadt"], funding
    assert [e["quote"] for e in funding[0]["also"]] == [
        "Beispielverband-Wettbewerb",
        "Beispielverband-Wettbewerb",
    ]


def test_an_association_listed_twice_is_one_partner():
    text = (
        LEAD + "Partner sind der Musterkreis e.V. und die Hochschule Beispieltal. "
        "Mit dem Musterkreis e.V. plant die Stadt einen Hackathon.\n"
    )
    partners = names(profile(text)["partners"])
    assert partners.count("Musterkreis e.V.") == 1, partners


def test_merge_keeps_the_fuller_name_and_the_first_place():
    text = "Modellkommune und Smarte Modellkommune Nord"
    items = [
        {"name": "Modellkommune", "evidence": _evidence(text, "Modellkommune")},
        {"name": "Smarte Modellkommune Nord", "evidence": _evidence(text, "Smarte Modellkommune Nord")},
    ]
    merged = merge_items(items, text)
    assert names(merged) == ["Smarte Modellkommune Nord"]
    assert merged[0]["also"] == [items[0]["evidence"]]


def test_different_things_stay_apart():
    text = "Beispielportal und Musterplattform"
    items = [
        {"name": "Beispielportal", "evidence": _evidence(text, "Beispielportal")},
        {"name": "Musterplattform", "evidence": _evidence(text, "Musterplattform")},
    ]
    assert names(merge_items(items, text)) == ["Beispielportal", "Musterplattform"]


def test_lemma_key_folds_case_inflection_and_hyphens():
    assert lemma_key("digitalen Modellregionen") == lemma_key("Digitale Modellregion")
    assert lemma_key("Service-Portal") == lemma_key("Serviceportal")
    assert lemma_key("Musterportal") != lemma_key("Musterplattform")


def test_nominative_of_an_adjective_and_noun_programme():
    assert nominative("digitalen Modellregionen") == "Digitale Modellregion"
    assert nominative("Digitale Modellregion") == "Digitale Modellregion"
    assert nominative("Modellregion Nord") == "Modellregion Nord"
