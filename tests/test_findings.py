"""Key findings, intervals, honest shares, what changed, corrections and sources, on a
synthetic dataset of invented cities with typed events (tests/typed_cities.py)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
import typed_cities as fx

from analysis.reporting.texts import LANGUAGES, texts
from analysis.views import city_profile
from analysis.views import governance_comparison as comparison
from analysis.views.findings import (
    city_facts,
    has_types,
    interval_text,
    intervals_rows,
    key_findings,
    months_between_events,
    span,
)
from analysis.views.sources import Bibliography
from analysis.vocabulary import EVENT_TYPES, PLACEMENTS, SOURCE_KINDS, TYPOLOGY

TODAY = date(2026, 12, 3)
EN, DE = texts("en"), texts("de")


@pytest.fixture
def data():
    return fx.dataset()


def notes_for(data, T=EN):
    bib = Bibliography(data["documents"], fx.SOURCE_LIST, T)
    return bib


def test_a_year_or_early_year_is_a_span_never_a_day():
    assert span({"date": "2018", "qualifier": None}) == (date(2018, 1, 1), date(2018, 12, 31))
    assert span({"date": "2018", "qualifier": "early"}) == (date(2018, 1, 1), date(2018, 4, 30))
    assert span({"date": "2018-02", "qualifier": None}) == (date(2018, 2, 1), date(2018, 2, 28))
    a = {"date": "2017-11-09", "qualifier": None}
    b = {"date": "2018", "qualifier": "early"}
    assert months_between_events(a, b) == (1, 5)  # 9 Nov 2017 -> 1 Jan 2018 is one whole month
    text = interval_text(a, b, EN)
    assert text == "1–5 months (one date known to the day, the other to the third of a year)"
    assert "." not in text.split("(")[0]  # whole months, never 2.0
    day = {"date": "2018-11-09", "qualifier": None}
    assert interval_text(a, day, EN) == "12 months"
    assert interval_text(day, a, EN) is None  # the second step before the first: no interval


def test_city_facts_come_from_event_types(data):
    f = city_facts(data, "Nordhafen")
    assert f.status == "in_office"
    assert f.first_adoption["date"] == "2017-11-09"
    assert f.cdo_since["date"] == "2021-02"  # the latest appointment, not the first
    assert [e["date"] for e in f.council] == ["2016-05"]
    assert len(f.changes) == 1
    change = f.changes[0]
    assert (change.before["cdo_placement"], change.after["cdo_placement"]) == ("mayor", "it_department")
    assert change.date_event["type"] in ("organisation", "cdo_appointed")


def test_untyped_events_answer_nothing(data):
    plain = fx.untyped(data)
    assert has_types(data) and not has_types(plain)
    f = city_facts(plain, "Nordhafen")
    assert f.first_adoption is None and f.cdo_events == []
    found = key_findings([city_facts(plain, c) for c in ("Nordhafen", "Osterfeld")], EN, TODAY, typed=False)
    assert any("carry no type" in x.text for x in found)
    assert not any("adopted" in x.text and "Nordhafen" in x.text for x in found)


def test_planned_post_is_not_a_cdo_in_office_and_not_stated_is_not_no(data):
    sued = city_facts(data, "Südwald")
    oster = city_facts(data, "Osterfeld")
    assert sued.status == "planned" and oster.status == "not_stated"
    texts_ = [x.text for x in key_findings([sued, oster], EN, TODAY, typed=True)]
    assert any("Südwald plans a CDO post; it is not filled" in t for t in texts_)
    assert not any("Südwald has a CDO" in t for t in texts_)
    assert any("Osterfeld: its sources do not say whether it has a CDO" in t for t in texts_)


def test_key_findings_are_dated_with_source_age_and_evidence(data):
    facts = comparison.all_facts(data)
    found = key_findings(facts, EN, TODAY, typed=True)
    assert found[0].text.startswith("Digital strategy in the cities compared (3): adopted 2 (Nordhafen 2017")
    assert (
        "in office 1 (Nordhafen since 2021); post created, holder not named 0; post planned 1"
        in found[1].text
    )
    assert "not stated in the sources 1 (Osterfeld)." in found[1].text
    sources = next(x for x in found if x.text.startswith("The sources date"))
    assert "from 19 March 2019 to 23 February 2021" in sources.text  # Osterfeld is undated: no as-of date
    assert "Undated sources only" in sources.text and "Osterfeld" in sources.text
    nord = [x for x in found if x.text.startswith(("Nordhafen", "In Nordhafen"))]
    adopted = next(x for x in nord if "adopted" in x.text)
    assert "on 9 November 2017" in adopted.text and adopted.doc_ids == ["a1"] and adopted.quote
    cdo = next(x for x in nord if "CDO in office" in x.text)
    assert "since February 2021" in cdo.text and "as of 23 February 2021" in cdo.text
    assert "5 years old when this report was built" in cdo.text
    changed = next(x for x in nord if "CDO function moved" in x.text)
    assert "on 23 February 2021" in changed.text and "e-government were bundled there" in changed.text
    assert "from the Oberbürgermeister's staff unit to the head of the IT office" in changed.text
    assert "(Jonas Muster, CDO since February 2021)" in changed.text
    assert changed.doc_ids == ["a1", "a2"]


def test_key_findings_for_many_cities_are_aggregates(data):
    facts = comparison.all_facts(data) * 5  # 15 entries: more than a page of per-city statements
    found = key_findings(facts, EN, TODAY, typed=True)
    assert len(found) <= 8
    # the national statements (analysis/views/national.py), each with its sources, then per Land
    assert found[0].text.startswith("Digital strategy, over the") and found[0].doc_ids
    assert not any(x.text.startswith(("Nordhafen", "Südwald", "Osterfeld")) for x in found)  # not per place


def test_intervals_table_uses_types_months_and_precision(data):
    facts = comparison.all_facts(data)
    bib = notes_for(data)
    rows = {r["city"]: r for r in intervals_rows(facts, EN, bib.notes)}
    nord = rows["Nordhafen"]
    assert nord["strategy"].startswith("adopted on 9 November 2017 [")
    assert nord["first council decision"].startswith("May 2016")
    assert nord["present CDO since"].startswith("February 2021")  # the post as it is now
    assert nord["strategy → CDO"] == "38–39 months (one date known to the day, the other to the month)"
    assert rows["Osterfeld"]["strategy"].startswith("in preparation [")  # work on it, no strategy date
    assert rows["Osterfeld"]["present CDO since"] == "none found"
    assert rows["Osterfeld"]["strategy → CDO"] == "–"


def test_shares_say_over_which_cities_and_leave_out_uncovered(data):
    facts = comparison.all_facts(data)
    table = comparison.shares_table(facts, EN)
    domains = table[table["question"] == "projects in field of action"]
    assert set(domains["over"]) == {"2 cities whose sources list projects (profiles with project examples)"}
    assert set(domains["share"]) == {"50%"}  # of the 2 covered cities, not of all 3
    cdo = table[table["question"] == "CDO"]
    assert dict(zip(cdo["answer"], cdo["cities"], strict=True)) == {
        "in office": 1,
        "post planned": 1,
        "not stated": 1,
    }
    assert "19 March 2019–23 February 2021" in cdo["over"].iloc[0]
    note = comparison.coverage_note(facts, EN)
    assert "not covered for Osterfeld" in note and "list no projects" in note


def test_placement_shares_are_over_the_cities_with_a_cdo_in_office(data):
    """Bug (issue 19): the placement share taken over all cities, not over those with a CDO
    in office (a city whose post is only planned, or whose sources say nothing, has no placement)."""
    data["documents"].append(
        fx.document(
            "d1", "Westhügel", "profile", "2022-05-01", fx.governance(True, "staff_unit", "Jan Muster")
        )
    )
    table = comparison.shares_table(comparison.all_facts(data), EN)
    placement = table[table["question"] == EN("shares.placement")]
    assert dict(zip(placement["answer"], placement["share"], strict=True)) == {
        EN.label("placement", "it_department"): "50%",
        EN.label("placement", "staff_unit"): "50%",
    }
    assert set(placement["cities"]) == {1}
    assert set(placement["over"]) == {EN("shares.over_cdo", n=2)}


def test_typology_lists_every_type_and_the_earlier_one(data):
    table = comparison.typology(comparison.all_facts(data), EN)
    assert len(table) == len(TYPOLOGY)
    assert table["type"].str[0].tolist() == list(TYPOLOGY.values())
    d = table[table["type"].str.startswith("D:")].iloc[0]
    assert d["cities"] == "Nordhafen (earlier A)" and d["n"] == 1
    assert table[table["type"].str.startswith("B:")].iloc[0]["n"] == 0


def test_what_changed_table_before_after_with_dates(data):
    facts = comparison.all_facts(data)
    bib = notes_for(data)
    table = comparison.changes_table(facts, EN, bib.notes)
    first = table.iloc[0]
    assert first["city"] == "Nordhafen" and first["aspect"] == "CDO model"
    assert (
        "staff unit (Stabsstelle) of the Oberbürgermeister" in first["before"]
        and "19 March 2019" in first["before"]
    )
    assert "head of the IT office" in first["after"] and "23 February 2021" in first["after"]
    assert {"CDO", "smart city + e-government"} <= set(table["aspect"])
    assert comparison.unchanged_cities(facts) == ["Osterfeld", "Südwald"]


def test_corrections_are_marked_with_their_note_wherever_they_appear(data):
    facts = comparison.all_facts(data)
    bib = notes_for(data)
    glance = comparison.glance_table(facts, EN, bib.notes, TODAY)
    sued = glance[glance["city"] == "Südwald"].iloc[0]
    assert sued["CDO"] == "post planned ✎ (corrected by an analyst: Stelle nur beschlossen, nicht besetzt)"
    assert "✎" not in glance[glance["city"] == "Nordhafen"].iloc[0]["CDO"]
    evidence = comparison.evidence_appendix(facts, EN, bib.notes)
    marked = evidence[evidence["fact"].str.contains("✎")]
    assert any("Stelle nur beschlossen, nicht besetzt" in f for f in marked["fact"])
    assert any("Datum aus dem Ratsprotokoll ergänzt" in f for f in marked["fact"])
    box = dict(city_profile.fact_box(city_facts(data, "Südwald"), EN, bib.notes, TODAY))
    assert (
        "✎ (corrected by an analyst: Stelle nur beschlossen, nicht besetzt)" in box["Chief Digital Officer"]
    )
    found = key_findings([city_facts(data, "Südwald")], EN, TODAY, typed=True)
    assert any(x.corrected == "Stelle nur beschlossen, nicht besetzt" for x in found)
    assert any(x.corrected == "Datum aus dem Ratsprotokoll ergänzt" for x in found)


def test_fact_box_answers_the_analyst_questions(data):
    bib = notes_for(data)
    box = dict(city_profile.fact_box(city_facts(data, "Nordhafen"), EN, bib.notes, TODAY))
    assert box["Strategy"].startswith("„Digitale Agenda Nordhafen“, adopted 9 November 2017 [")
    assert box["Chief Digital Officer"].startswith(
        "in office: Jonas Muster, since February 2021, as of 23 February 2021"
    )
    assert box["Placement"] == "the head of the IT office is also the CDO"  # no reporting line invented
    assert box["Smart city and e-government"].startswith("handled together")
    assert "5 years old" in box["Sources"]
    de = dict(city_profile.fact_box(city_facts(data, "Nordhafen"), DE, bib.notes, TODAY))
    assert de["Strategie"].startswith("„Digitale Agenda Nordhafen“, beschlossen 9. November 2017")
    assert "Stand 23. Februar 2021" in de["Chief Digital Officer"]


def test_bibliography_cites_publisher_title_date_and_numbers_sources(data):
    bib = notes_for(data)
    docs = {d["doc_id"]: d for d in data["documents"]}
    assert bib.entry(docs["a1"]) == "Atlas der Städte: “Smart City Nordhafen”, 19 March 2019."
    assert bib.entry(docs["a2"]).endswith("Web address: https://example.org/n.")
    assert bib.entry(docs["c1"]) == "the city's own strategy page: “Titel c1”, undated."
    assert bib.notes(["a2", "a1"]) == "1, 2"
    table = bib.table()
    assert not table["entry"].str.contains(r"\d{3}_|sha|characters").any()


def test_events_table_has_readable_types_and_german_quote(data):
    from analysis.views.strategy_timelines import events_table, timeline_frame

    frame = timeline_frame(data)
    bib = notes_for(data)
    table = events_table(frame, EN, bib.notes)
    assert {"what happened", "German source sentence"} <= set(table.columns)
    assert "Strategy adopted" in set(table["what happened"])
    assert "CDO post planned" in set(table["what happened"])  # a horizon is a plan, not an appointment
    assert table["source"].str.fullmatch(r"\[\d+(, \d+)*\]").all()
    de = events_table(frame, DE, bib.notes)
    assert "Strategie beschlossen" in set(de["Ereignis"])


def test_german_findings_use_german_words_and_dates(data):
    found = key_findings(comparison.all_facts(data), DE, TODAY, typed=True)
    text = " ".join(x.text for x in found)
    assert (
        "am 9. November 2017" in text
        and "beschlossen" in text
        and "Stabsstelle des Oberbürgermeisters" in text
    )
    for english in ("adopted", "as of", "years old", "Lord Mayor"):
        assert english not in text


def test_both_languages_have_the_same_keys_and_label_every_vocabulary():
    en, de = texts("en").table, texts("de").table
    assert set(en) == set(de)
    for lang in LANGUAGES:
        T = texts(lang)
        for key in [*PLACEMENTS, "no_cdo", "not_mentioned"]:
            assert T.has(f"placement.{key}") and T.has(f"type.{key}")
        for key in EVENT_TYPES:
            assert T.has(f"event_type.{key}")
        for key in SOURCE_KINDS:
            assert T.has(f"source_kind.{key}")
        # every field a text asks for is one the code fills: no stray braces
        for key, value in T.table.items():
            if isinstance(value, str):
                assert value.count("{") == value.count("}"), key


def test_texts_placeholders_agree_between_languages():
    en, de = texts("en").table, texts("de").table
    for key, value in en.items():
        if isinstance(value, str):
            assert set(re.findall(r"{(\w+)}", value)) == set(re.findall(r"{(\w+)}", de[key])), key


def test_unknown_language_is_a_one_line_parameter_error():
    from analysis.errors import ParameterError

    with pytest.raises(ParameterError, match="unknown language 'fr'"):
        texts("fr")


def test_sources_file_has_title_and_date_columns():
    path = Path(__file__).resolve().parents[1] / "seeds" / "sources.csv"
    frame = pd.read_csv(path, dtype=str)
    assert {"file", "publisher", "kind", "title", "date", "url"} <= set(frame.columns)
    assert frame["title"].notna().all()


def test_texts_files_are_valid_json():
    folder = Path(__file__).resolve().parents[1] / "analysis" / "reporting" / "texts"
    for lang in LANGUAGES:
        json.loads((folder / f"{lang}.json").read_text(encoding="utf-8"))


def test_theme_matrix_counts_cities_per_theme(data):
    data["documents"][0]["themes"] = [
        {"name": "skills_shortage", "category": "challenge", "evidence": fx.ev()}
    ]
    data["documents"][2]["themes"] = [
        {"name": "skills_shortage", "category": "motivation", "evidence": fx.ev()},
        {"name": "efficiency", "category": "goal", "evidence": fx.ev()},
    ]
    table = comparison.theme_matrix(comparison.all_facts(data), DE)
    assert table.iloc[0].tolist() == ["Fachkräftemangel", 2, "Nordhafen, Südwald"]
    assert table.iloc[1].tolist() == ["Effizienz", 1, "Südwald"]


def test_long_city_lists_are_cut_with_a_count():
    many = [f"Stadt {i}" for i in range(25)]
    assert comparison.names(many, EN).endswith("Stadt 19 … and 5 more")
    assert comparison.names(many[:3], DE) == "Stadt 0, Stadt 1, Stadt 2"


def test_figure_parts_are_even():
    from analysis.reporting.figures import chunks

    assert [len(c) for c in chunks(list(range(100)), 14)] == [13, 13, 13, 13, 12, 12, 12, 12]
    assert [len(c) for c in chunks(list(range(4)), 14)] == [4]
    assert chunks([], 8) == []


def test_a_planned_post_reads_as_planned_in_the_governance_sentence(data):
    from analysis.views.narrative import governance_sentence

    f = city_facts(data, "Südwald")
    assert f.cdo_events == [] and len(f.cdo_posts) == 1  # the post is a plan, not an appointment
    text = governance_sentence("Südwald", f.current, EN, "x", f.cdo_posts)
    assert "plans a CDO post; it is not filled" in text
