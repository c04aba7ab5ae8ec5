"""Event types of families met on texts of places no rule was written on (issue 15).

Invented towns and people: a holder who takes up the work of the CDO post, a goal by a date
said with a "zu"-infinitive (not the step of the sentence before), and a dated news report
whose lead names only goals while its body says what happened "jetzt".
"""

from __future__ import annotations

import pytest
from text_profiles import events_of, only_on

from analysis.extraction.events import event_type

HEADER = "Digitales Tannbrück\nVeröffentlicht: 03.03.2031\n\nDie Stadt Tannbrück treibt die Digitalisierung voran.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Juni 2030 hat Eva Probe ihre Tätigkeit als Chief Digital Officer der Gemeinde aufgenommen.",
        "Im Mai 2030 nahm Jan Beispiel seinen Dienst als CDO der Gemeinde auf.",
        "Eva Probe begann im Mai 2030 als Digitalisierungsbeauftragte der Stadt.",
    ],
)
def test_taking_up_the_work_of_the_post_is_an_appointment(tmp_path, sentence):
    events = events_of(tmp_path, HEADER + sentence + "\n")
    assert [e["type"] for e in events if e["date"].startswith("2030")] == ["cdo_appointed"]


def test_a_goal_said_with_a_zu_infinitive_is_a_target_not_the_step_before(tmp_path):
    body = (
        "Im März 2029 wurde das Amt für Digitales gegründet. Zugleich kündigte der Kreis an, "
        "alle Schulen bis 2033 an das Datennetz anzuschließen.\n"
    )
    events = events_of(tmp_path, HEADER + body)
    assert only_on(events, "2029-03")["type"] == "organisation"
    assert only_on(events, "2033")["type"] == "target"


def test_bis_zu_before_a_noun_is_no_goal():
    assert event_type("Im Jahr 2030 stieg die Zahl bis zu ihren Höchstwerten.") != "target"


def test_a_dated_report_with_goals_in_its_lead_takes_its_step_from_what_happens_now(tmp_path):
    text = (
        "Tannbrück denkt digital\n\n"
        "[14.05.2031] Offene Daten, kurze Wege und Anträge rund um die Uhr: Diese Ziele nennt das "
        "neue Leitbild der Gemeinde.\n\n"
        "Die Verwaltung der Gemeinde Tannbrück hat nun ihr Leitbild Digitales vorgestellt. Es "
        "beschreibt, was bis zum Ende des Jahrzehnts erreicht werden soll.\n"
    )
    events = events_of(tmp_path, text, "news")
    assert only_on(events, "2031-05-14")["type"] == "strategy_presented"


def test_a_dated_report_whose_lead_names_its_step_keeps_it(tmp_path):
    text = (
        "Tannbrück beschließt Strategie\n\n"
        "[14.05.2031] Der Rat der Stadt Tannbrück hat die Digitalstrategie beschlossen. Sie nennt "
        "fünf Ziele.\n\n"
        "Die Verwaltung hat nun außerdem eine Befragung begonnen, die Strategie wird jetzt "
        "vorgestellt.\n"
    )
    events = events_of(tmp_path, text, "news")
    assert only_on(events, "2031-05-14")["type"] == "strategy_adopted"


@pytest.mark.parametrize(
    "sentence,type_",
    [
        # adopted: a body takes the strategy or approves it
        ("Im Mai 2030 nahm der Rat die Digitalstrategie einstimmig an.", "strategy_adopted"),
        ("Die Digitale Agenda wurde im Mai 2030 vom Kreistag genehmigt.", "strategy_adopted"),
        ("Im Mai 2030 gab der Rat grünes Licht für die Smart-City-Strategie.", "strategy_adopted"),
        # presented: published as a paper
        ("Im Mai 2030 wurde die Smart-City-Strategie publiziert.", "strategy_presented"),
        ("Die Gemeinde hat ihre Digitalstrategie 2030 als Broschüre herausgegeben.", "strategy_presented"),
        # work ahead on a strategy paper; planned goals stay targets
        ("2029 plante die Gemeinde eine Digitalstrategie.", "strategy_process"),
        ("Bis 2030 sind folgende Ziele geplant.", "target"),
        # a grant awarded or applied for
        ("Im Mai 2030 erhielt Tannbrück den Zuschlag des Landes.", "programme"),
        ("2030 hat sich Tannbrück beim Land beworben.", "programme"),
        # a unit called into being
        ("Im Jahr 2030 wurde die Stabsstelle Digitales ins Leben gerufen.", "organisation"),
        ("2030 wurde ein Kompetenzzentrum für Daten aufgebaut.", "organisation"),
        ("Im Jahr 2030 wurde der IT-Bereich neu organisiert.", "organisation"),
        # in force since a date: adopted
        ("Die Digitalstrategie gilt seit 2030.", "strategy_adopted"),
        # the post: named to it by the appointing body, or advertised (nobody in it yet)
        ("Im Mai 2030 wurde Eva Probe zur Digitalisierungsbeauftragten bestellt.", "cdo_appointed"),
        ("Im Mai 2030 wurde die Stelle eines CDO ausgeschrieben.", "organisation"),
        # a strategy reviewed, a participation workshop, a project finished
        ("Im Jahr 2030 wurde die Strategie evaluiert.", "strategy_process"),
        ("Im Jahr 2030 fand die erste Bürgerwerkstatt statt.", "strategy_process"),
        ("Im Mai 2030 wurde das Glasfasernetz fertiggestellt.", "project"),
    ],
)
def test_verb_classes_of_unseen_places(sentence, type_):
    assert event_type(sentence) == type_


@pytest.mark.parametrize(
    "sentence,date",
    [
        ("Der Rat will die Digitalstrategie im Mai 2031 beschließen.", "2031-05"),
        ("Die Gemeinde möchte 2031 eine Digitalstrategie vorlegen.", "2031"),
    ],
)
def test_a_present_modal_of_will_is_no_milestone_without_a_publication_day(tmp_path, sentence, date):
    text = "Digitales Tannbrück\n\nDie Stadt Tannbrück treibt die Digitalisierung voran. " + sentence + "\n"
    assert only_on(events_of(tmp_path, text), date)["kind"] == "horizon"
