"""Phrasing-family challenge set for dated strategy steps (issue 15): every dated step of a
strategy (council decision, kick-off, citizens' participation, update, publication, a unit
or body set up) with its kind and type, in invented sentences varied in word order
(topicalised date, passive, participle in brackets), tense and mood. Each case is one test,
its id naming the family ("x of n per family" from a test run).
"""

from __future__ import annotations

import pytest
from itemx_helpers import LEAD, profile

EVENT_FAMILIES = {
    "adopted": [
        (
            "Am 14. März 2022 hat der Stadtrat die Digitalstrategie einstimmig beschlossen.",
            "2022-03-14",
            "milestone",
            "strategy_adopted",
        ),
        (
            "Der Ratsbeschluss zur Digitalen Agenda fiel im Juli 2020.",
            "2020-07",
            "milestone",
            "strategy_adopted",
        ),
        (
            "Beschlossen wurde das Konzept in der Ratssitzung vom 12.10.2022.",
            "2022-10-12",
            "milestone",
            "strategy_adopted",
        ),
        (
            "Die Smart-City-Strategie (beschlossen im März 2021) setzt fünf Schwerpunkte.",
            "2021-03",
            "milestone",
            "strategy_adopted",
        ),
        (
            "Die Digitalstrategie ist seit dem 1. Januar 2022 in Kraft.",
            "2022-01-01",
            "milestone",
            "strategy_adopted",
        ),
        (
            "Mit dem Beschluss vom 5. Juli 2021 hat der Kreistag die Digitalstrategie verabschiedet.",
            "2021-07-05",
            "milestone",
            "strategy_adopted",
        ),
    ],
    "presented": [
        (
            "Die Strategie wurde im Februar 2023 der Öffentlichkeit vorgestellt.",
            "2023-02",
            "milestone",
            "strategy_presented",
        ),
        (
            "Im Frühjahr 2022 folgte die Veröffentlichung der Strategie.",
            "2022",
            "milestone",
            "strategy_presented",
        ),
        (
            "Seit Juni 2022 liegt die fertige Digitalstrategie vor.",
            "2022-06",
            "milestone",
            "strategy_presented",
        ),
    ],
    "process": [
        (
            "Mit einer Auftaktveranstaltung im Mai 2021 begann die Arbeit an der Smart-City-Strategie.",
            "2021-05",
            "milestone",
            "strategy_process",
        ),
        (
            "Im Herbst 2021 konnten sich die Bürgerinnen und Bürger in Workshops an der Strategie beteiligen.",
            "2021",
            "milestone",
            "strategy_process",
        ),
        (
            "Die Fortschreibung der Digitalstrategie erfolgte im Jahr 2023.",
            "2023",
            "milestone",
            "strategy_process",
        ),
        (
            "Im November 2019 gab der Hauptausschuss grünes Licht für die Erarbeitung einer Digitalstrategie.",
            "2019-11",
            "milestone",
            "strategy_process",
        ),
        (
            "Eine Online-Bürgerbeteiligung zur Smart-City-Strategie lief von März bis April 2022.",
            "2022-03",
            "period",
            "strategy_process",
        ),
        (
            "Im Sommer 2020 beauftragte der Rat die Verwaltung, eine Digitalstrategie zu erarbeiten.",
            "2020",
            "milestone",
            "strategy_process",
        ),
    ],
    "planned": [
        ("2024 soll die Digitalstrategie fortgeschrieben werden.", "2024", "horizon", "strategy_process"),
    ],
    "organisation": [
        (
            "Im Januar 2022 wurde die Stabsstelle Digitalisierung eingerichtet.",
            "2022-01",
            "milestone",
            "organisation",
        ),
        (
            "Seit 2018 gibt es in Tannbrück eine Stabsstelle Digitalisierung.",
            "2018",
            "milestone",
            "organisation",
        ),
        ("Der Digitalisierungsbeirat tagte erstmals im April 2021.", "2021-04", "milestone", "organisation"),
        (
            "Im März 2020 nahm die Lenkungsgruppe Digitalisierung ihre Arbeit auf.",
            "2020-03",
            "milestone",
            "organisation",
        ),
    ],
    # a participle used as an adjective after the date (added in the second round)
    "attributive": [
        (
            "Die im Jahr 2020 beschlossene Strategie wird derzeit fortgeschrieben.",
            "2020",
            "milestone",
            "strategy_adopted",
        ),
        ("Der 2019 gegründete Beirat wird die Umsetzung begleiten.", "2019", "milestone", "organisation"),
        (
            "Die im März 2021 vorgestellten Leitlinien werden nun umgesetzt.",
            "2021-03",
            "milestone",
            "strategy_presented",
        ),
        ("Die für 2025 geplante Strategie wird derzeit erarbeitet.", "2025", "horizon", "strategy_process"),
        (
            "Die 2020 beschlossene Strategie soll fortgeschrieben werden.",
            "2020",
            "milestone",
            "strategy_adopted",
        ),
    ],
    "programme": [
        (
            "Die Stadt hat 2019 den Zuschlag im Wettbewerb Digitale Stadt erhalten.",
            "2019",
            "milestone",
            "programme",
        ),
        ("Im Jahr 2020 wurde Tannbrück als Modellkommune ausgewählt.", "2020", "milestone", "programme"),
    ],
}


@pytest.mark.parametrize(
    "sentence,date,kind,type_",
    [
        pytest.param(s, d, k, t, id=f"{family}-{i}")
        for family, cases in EVENT_FAMILIES.items()
        for i, (s, d, k, t) in enumerate(cases)
    ],
)
def test_event_families(sentence, date, kind, type_):
    events = [(e["date"], e["kind"], e["type"]) for e in profile(LEAD + sentence + "\n")["events"]]
    assert (date, kind, type_) in events, events


NOT_EVENTS = [
    "Die Stadt hat rund 2020 Beschäftigte.",
    "Tel. 0123 2021-2022, Fax 0123 2021-2023",
    "Die Strategie umfasst 2023 Seiten nicht.",
]


@pytest.mark.parametrize("sentence", [pytest.param(s, id=f"not-{i}") for i, s in enumerate(NOT_EVENTS)])
def test_no_event_families(sentence):
    assert profile(LEAD + sentence + "\n")["events"] == []


@pytest.mark.parametrize(
    "sentence,date",
    [
        # a word ending like "Tel" is no contact line
        ("Im Hotel 2021 stellte die Stadt ihre Digitalstrategie vor.", "2021"),
        ("Mobil 2030 heißt das Ziel, das der Rat im Mai 2021 beschlossen hat.", "2021-05"),
    ],
)
def test_a_date_after_a_word_like_a_phone_label_is_kept(sentence, date):
    assert date in [e["date"] for e in profile(LEAD + sentence + "\n")["events"]]
