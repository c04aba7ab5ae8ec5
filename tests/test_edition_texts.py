"""The texts machinery of both editions: counted words by CLDR plural rules, German dates
(the cover's build time included), report parameters in words, the bibliography's
publisher, web address and retrieval date."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from analysis.reporting.texts import Texts, plural_category, texts
from analysis.views.sources import Bibliography


def _table(lang: str) -> dict:
    raw = resources.files("analysis.reporting.texts").joinpath(f"{lang}.json").read_text("utf-8")
    return json.loads(raw)


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("en", 1, "1 source"),
        ("en", 2, "2 sources"),
        ("en", 0, "0 sources"),
        ("de", 1, "1 Quelle"),
        ("de", 2, "2 Quellen"),
        ("de", 0, "0 Quellen"),
    ],
)
def test_counted_noun_follows_the_plural_rules_of_the_language(lang: str, n: int, expected: str) -> None:
    assert texts(lang).count("count.source", n) == expected


def test_plural_category_comes_from_cldr_not_from_n_equals_one() -> None:
    # CLDR: Polish has "few" for 2–4 and "many" for 5+; a rule "n == 1 ? one : other" would not
    assert plural_category("pl", 2) == "few"
    assert plural_category("pl", 5) == "many"
    assert plural_category("de", 1) == "one"
    assert plural_category("en", 1.5) == "other"


def test_a_whole_sentence_is_chosen_by_its_count_slot() -> None:
    T = Texts("de", {"s": {"one": "{n} Stadt hat einen CDO.", "other": "{n} Städte haben einen CDO."}})
    assert T("s", n=1) == "1 Stadt hat einen CDO."
    assert T("s", n=3) == "3 Städte haben einen CDO."
    with pytest.raises(TypeError, match="plural forms"):
        T("s")


def test_a_counted_word_inside_a_sentence_agrees_with_its_own_slot() -> None:
    T = Texts("en", {"s": "{n:one=# event;other=# events} in {cities:one=# city;other=# cities}"})
    assert T("s", n=1, cities=1) == "1 event in 1 city"
    assert T("s", n=7, cities=4) == "7 events in 4 cities"
    assert T("s", n=2, cities=1) == "2 events in 1 city"


@pytest.mark.parametrize("lang", ["en", "de"])
def test_no_text_writes_a_plural_in_parentheses(lang: str) -> None:
    """'source(s)', 'Quelle(n)', 'Stadt/Städte': a count must choose its form."""
    flat = json.dumps(_table(lang), ensure_ascii=False)
    assert not re.search(r"\w\((s|n|en|e)\)", flat), re.search(r".{30}\w\((s|n|en|e)\).{10}", flat)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_plural_text_has_the_other_form_and_only_cldr_categories(lang: str) -> None:
    for key, value in _table(lang).items():
        if isinstance(value, dict):
            assert "other" in value, key
            assert set(value) <= {"zero", "one", "two", "few", "many", "other"}, key


def test_fixed_known_defects_one_city_and_one_source() -> None:
    en, de = texts("en"), texts("de")
    assert en("shares.over_cdo", n=1) == "1 city with a CDO in office"
    assert de("shares.over_cdo", n=1) == "1 Stadt mit CDO im Amt"
    assert en("adoption.alt", n=1, details="").startswith("Timeline chart of 1 city.")
    assert "(n)" not in de("fact.vintage.many", n=2, dates="2019")
    assert de("fact.vintage.one", dates="2019").startswith("1 Quelle")


@pytest.mark.parametrize(
    ("lang", "iso", "expected"),
    [
        ("de", "2026-12-07T15:15:00Z", "7. Dezember 2026, 15:15 Uhr (UTC)"),
        ("en", "2026-12-07T15:15:00Z", "7 December 2026, 15:15 UTC"),
        ("de", "2026-12-07 15:15 UTC", "7. Dezember 2026, 15:15 Uhr (UTC)"),
        ("de", "2026-03-01", "1. März 2026"),
    ],
)
def test_build_time_is_written_as_the_language_writes_dates(lang: str, iso: str, expected: str) -> None:
    assert texts(lang).timestamp(iso) == expected


def test_cover_says_erstellt_am_with_a_german_date() -> None:
    T = texts("de")
    assert T("ui.built_on", when=T.timestamp("2026-12-07T15:15:00Z")) == (
        "Erstellt am 7. Dezember 2026, 15:15 Uhr (UTC)"
    )


def test_parameters_in_words_of_the_report_language() -> None:
    assert (
        texts("de").parameters({"city": "Musterstadt", "lang": "de"})
        == "Stadt = Musterstadt, Sprache = Deutsch"
    )
    assert texts("en").parameters({"cities": "all", "lang": "en"}) == "cities = all, language = English"
    assert texts("de").parameters({"cities": ["Adorf", "Bedorf"]}) == "Städte = Adorf und Bedorf"


def _doc(path: str, kind: str = "news") -> dict:
    return {
        "doc_id": path.removesuffix(".txt"),
        "source": {"path": path, "sha256": "0" * 64},
        "source_kind": kind,
        "city": "Musterstadt",
        "published": "2021-02-23",
        "governance": {"evidence": []},
        "events": [],
    }


def test_bibliography_names_publisher_per_language_url_and_retrieval_date() -> None:
    rows = {
        "a.txt": {
            "file": "a.txt",
            "publisher": "news portal (its name is not in the saved text)",
            "publisher_de": "Nachrichtenportal (Name im gespeicherten Text nicht genannt)",
            "title": "Musterstadt bündelt Digitalisierung",
            "url": "https://example.org/a",
            "retrieved": "2025-02-23",
        }
    }
    de = Bibliography([_doc("a.txt")], rows, texts("de")).entry(_doc("a.txt"))
    en = Bibliography([_doc("a.txt")], rows, texts("en")).entry(_doc("a.txt"))
    assert de.startswith("Nachrichtenportal (Name im gespeicherten Text nicht genannt): „Musterstadt")
    assert "Abgerufen am 23. Februar 2025." in de
    assert "Webadresse: https://example.org/a." in de
    assert en.startswith("news portal (its name is not in the saved text): “Musterstadt")
    assert "Retrieved on 23 February 2025." in en


def test_bibliography_names_a_publisher_even_without_a_line_in_sources_csv() -> None:
    entry = Bibliography([_doc("b.txt")], {}, texts("de")).entry(_doc("b.txt"))
    assert entry.startswith("ein Nachrichtenartikel:")


def test_fact_box_of_an_undated_source_never_says_as_of_undated() -> None:
    """An undated source: its values hold at the latest date it mentions, said to be an
    estimate, never "Stand undatiert" / "as of undated" (review 2026-12, section 4, "ages")."""
    from datetime import date

    import typed_cities as fx

    from analysis.views import city_profile
    from analysis.views.findings import city_facts

    gov = fx.governance(True, "mayor", None, bundling=True)
    gov["cdo_status"] = "in_office"
    doc = fx.document("u1", "Eichtal", "strategy", None, gov, [fx.event("2018", "organisation", "x")])
    data = {"schema_version": 1, "documents": [doc]}
    for lang, expected in (
        ("de", "Quelle undatiert (jüngstes genanntes Datum: 2018)"),
        ("en", "source undated (latest date mentioned: 2018)"),
    ):
        T = texts(lang)
        box = city_profile.fact_box(
            city_facts(data, "Eichtal"), T, Bibliography(data["documents"], {}, T).notes, date(2026, 12, 7)
        )
        values = " | ".join(v for _, v in box)
        assert values.count(expected) == 2, values  # the CDO and the bundling row
        assert "Stand undatiert" not in values and "as of undated" not in values, values


def test_fact_box_placement_row_does_not_repeat_its_label() -> None:
    """'Ansiedlung: Ansiedlung nicht angegeben' said the label twice; the value is 'in den
    Quellen nicht angegeben' like the other rows the sources leave open."""
    from datetime import date

    import typed_cities as fx

    from analysis.views import city_profile
    from analysis.views.findings import city_facts

    gov = fx.governance(True, None, None)
    gov["cdo_status"] = "in_office"
    data = {"schema_version": 1, "documents": [fx.document("p1", "Eichtal", "news", "2020-05-04", gov)]}
    for lang, label, value in (
        ("de", "Ansiedlung", "in den Quellen nicht angegeben"),
        ("en", "Placement", "not stated in the sources"),
    ):
        T = texts(lang)
        box = dict(
            city_profile.fact_box(
                city_facts(data, "Eichtal"),
                T,
                Bibliography(data["documents"], {}, T).notes,
                date(2026, 12, 7),
            )
        )
        assert box[label] == value, box
