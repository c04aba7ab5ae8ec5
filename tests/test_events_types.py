"""Event types by verb class and what each event is about (issue 15, December contract).

Invented towns and sentences of the families the rules read: adopted (a body decides or puts
in force), presented (made public, handed over, "auf den Weg gebracht"), drawn up
(erarbeitet, entstand, erstellt), a decision to draw one up, a post filled versus a post
created, a steering body at work since a date, and a news lead restating an earlier step.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from text_profiles import events_of, only_on

from analysis.extraction.events import event_type, subject

HEADER = "Digitales Tannbrück\nVeröffentlicht: 03.03.2023\n\nDie Stadt Tannbrück treibt die Digitalisierung voran.\n"


def _events(tmp_path: Path, body: str, kind: str = "strategy") -> list[dict]:
    return events_of(tmp_path, HEADER + body + "\n", kind)


@pytest.mark.parametrize(
    "sentence,date,type_",
    [
        # adopted: the text says a body decided, adopted or put it in force
        ("Im Mai 2019 verabschiedete der Stadtrat die Digitalstrategie.", "2019-05", "strategy_adopted"),
        (
            "Die Smart-City-Strategie beschloss der Kreistag am 4. Juni 2020.",
            "2020-06-04",
            "strategy_adopted",
        ),
        ("Die Digitale Agenda ist seit März 2021 in Kraft.", "2021-03", "strategy_adopted"),
        # presented: without a stated adoption
        ("Die Digitalstrategie wurde im Oktober 2019 vorgestellt.", "2019-10", "strategy_presented"),
        (
            "Im Oktober 2019 stellte die Bürgermeisterin die Digitale Agenda vor.",
            "2019-10",
            "strategy_presented",
        ),
        ("Die Strategie wurde im Oktober 2019 dem Rat übergeben.", "2019-10", "strategy_presented"),
        ("2018 hat die Stadt ihre IT-Strategie auf den Weg gebracht.", "2018", "strategy_presented"),
        ("Die Digitalisierungsziele wurden im Juli 2017 veröffentlicht.", "2017-07", "strategy_presented"),
        # drawn up: neither adopted nor presented
        ("Die Digitalstrategie, die im Jahr 2016 entstand, gilt weiter.", "2016", "strategy_process"),
        ("Eine Smart-City-Strategie wurde 2017 erarbeitet.", "2017", "strategy_process"),
        # a decision to draw a strategy up is work on it, not its adoption
        ("Der Rat beschloss im Juli 2016 die Erstellung eines Masterplans.", "2016-07", "strategy_process"),
        # presented and adopted in one clause: adopted wins
        ("Die Strategie wurde im Mai 2022 vorgestellt und beschlossen.", "2022-05", "strategy_adopted"),
    ],
)
def test_strategy_verb_classes(tmp_path, sentence, date, type_):
    assert only_on(_events(tmp_path, sentence), date)["type"] == type_


def test_the_date_of_a_relative_clause_takes_its_own_verb(tmp_path):
    sentence = (
        "Die Strategie baut auf einer IT-Strategie auf, die im Jahr 2015 erstellt wurde, und auf einem "
        "Leitbild, das im Jahr 2016 vom Rat der Stadt verabschiedet wurde."
    )
    events = _events(tmp_path, sentence)
    assert only_on(events, "2015")["type"] == "strategy_process"
    assert only_on(events, "2016")["type"] == "strategy_adopted"


def test_a_strategy_named_in_the_sentence_before_a_pronoun(tmp_path):
    body = "Die Stadt erarbeitete eine neue Digitalstrategie. Diese wurde im Juni 2021 der Öffentlichkeit vorgestellt."
    assert only_on(_events(tmp_path, body), "2021-06")["type"] == "strategy_presented"


def test_a_planned_adoption_is_a_horizon(tmp_path):
    event = only_on(
        _events(tmp_path, "Die Digitalstrategie soll im Herbst 2025 verabschiedet werden."), "2025"
    )
    assert event["kind"] == "horizon"


@pytest.mark.parametrize(
    "sentence,date,type_",
    [
        # a post is filled or changes hands
        ("Im Mai 2021 wurde Lena Beispiel zur Chief Digital Officer ernannt.", "2021-05", "cdo_appointed"),
        ("Jan Muster übernimmt im August 2022 die Aufgabe des CDO.", "2022-08", "cdo_appointed"),
        # a post created that nobody fills yet
        (
            "Im März 2020 wurde die Stelle eines Chief Digital Officer (CDO) geschaffen.",
            "2020-03",
            "organisation",
        ),
        # the filling of a newly created post
        (
            "Für 2024 ist die Besetzung der neu geschaffenen Stelle des CDO vorgesehen.",
            "2024",
            "cdo_appointed",
        ),
        # a steering body at work since a date, under the CDO
        (
            "Beim CDO angesiedelt, gibt es seit 2019 ein Digitalboard mit Stadtwerken und Hochschule.",
            "2019",
            "organisation",
        ),
        ("Seit Anfang 2021 tagt ein Lenkungskreis aller Dezernate.", "2021", "organisation"),
    ],
)
def test_posts_filled_versus_created(tmp_path, sentence, date, type_):
    assert only_on(_events(tmp_path, sentence), date)["type"] == type_


def test_the_speakers_own_membership_is_no_programme(tmp_path):
    sentence = (
        "Ich gehöre seit Februar 2020 zur Projektgruppe, die aus der Förderung als Modellregion hervorging."
    )
    assert only_on(_events(tmp_path, sentence), "2020-02")["type"] == "other"


def test_a_start_verb_takes_what_started_from_the_next_clause(tmp_path):
    sentence = "Im Mai 2019 startete in der Stadthalle ein offener, zweistufiger Beteiligungsprozess."
    assert only_on(_events(tmp_path, sentence), "2019-05")["type"] == "strategy_process"


def test_a_news_lead_restating_an_earlier_adoption_is_no_adoption_on_its_dateline(tmp_path):
    events = events_of(
        tmp_path,
        "Tannbrück: Die Agenda wirkt\n\n"
        "[02.09.2021] Die Stadt Tannbrück hat sich mit ihrer Digitalstrategie ein Programm auferlegt.\n\n"
        "Ende 2020 hat der Rat die Digitalstrategie beschlossen.\n",
        "news",
    )
    assert only_on(events, "2021-09-02")["type"] == "other"
    assert only_on(events, "2020")["type"] == "strategy_adopted"


@pytest.mark.parametrize(
    "clause,expected",
    [
        ("die im Jahr 2019 vorgelegte Digitale Agenda", "Digitale Agenda"),
        ('unter dem Motto "Tannbrück vernetzt 2030" vorgelegt', "Tannbrück vernetzt 2030"),
        ("2020 wurde das Amt für Digitalisierung gegründet", "Amt für Digitalisierung"),
        ("2021 wurde die Smart-City-Strategie beschlossen", "Smart-City-Strategie"),
        ("im Mai 2021 wurde ein Chief Digital Officer ernannt", "Chief Digital Officer"),
        ("im Jahr 2019 tagte der Ausschuss", None),
    ],
)
def test_subject_as_the_text_names_it(clause, expected):
    assert subject(clause) == expected


def test_every_event_has_a_subject_key(tmp_path):
    events = _events(tmp_path, "Im Jahr 2019 tagte der Ausschuss. Die IT-Strategie wurde 2020 beschlossen.")
    assert events and all("subject" in e for e in events)
    assert only_on(events, "2020")["subject"] == "IT-Strategie"
    assert only_on(events, "2019")["subject"] is None


def test_the_type_of_a_clause_alone():
    assert event_type("Die Leitlinien wurden im Mai 2020 veröffentlicht.") == "strategy_presented"
    assert event_type("Die Leitlinien wurden im Mai 2020 beschlossen.") == "strategy_adopted"
    assert event_type("Die Leitlinien entstanden im Mai 2020.") == "strategy_process"


def test_a_modal_passive_is_a_horizon_even_before_the_publication_date(tmp_path):
    # published 2023 (see HEADER); the text still says the adoption is ahead
    event = only_on(
        _events(tmp_path, "Die Digitalstrategie soll im Mai 2019 verabschiedet werden."), "2019-05"
    )
    assert event["kind"] == "horizon"


def test_a_titled_council_paper_adopted_is_the_programme_adopted(tmp_path):
    sentence = "Im Mai 2015 wurde eine Ratsvorlage unter dem Titel „Tannbrück 2.0“ beschlossen."
    event = only_on(_events(tmp_path, sentence), "2015-05")
    assert (event["type"], event["subject"]) == ("strategy_adopted", "Tannbrück 2.0")


def test_a_clause_the_text_breaks_off_in_gives_no_event(tmp_path):
    whole = "Die Digitalstrategie wurde im Mai 2021 beschlossen. " + "Sie gilt für alle Ämter der Stadt. " * 4
    cut = whole + "Die Schulen gehen ans Netz, bis Ende 2026 soll die Stadt alle Leistungen online anb"
    events = _events(tmp_path, cut)
    assert [e["date"] for e in events] == ["2021-05"]
    events = _events(tmp_path, whole + "Bis Ende 2026 soll die Stadt alle Leistungen online anbieten.")
    assert [e["date"] for e in events] == ["2021-05", "2026"]


def test_a_year_named_by_reference_to_the_one_before(tmp_path):
    body = (
        "Der Stadtrat beschloss im März 2028 die Digitalstrategie. Im gleichen Jahr wurde das Bündnis "
        "„Digitales Tannbrück“ gegründet. Ein Jahr später nahm die Stabsstelle Digitales ihre Arbeit auf."
    )
    events = _events(tmp_path, body)
    assert [(e["date"], e["type"], e["expression"]) for e in events] == [
        ("2028", "organisation", "Im gleichen Jahr"),
        ("2028-03", "strategy_adopted", "März 2028"),
        ("2029", "organisation", "Ein Jahr später"),
    ]
