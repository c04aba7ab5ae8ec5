"""Two dates in one clause, one of them inside a noun phrase with a participle ("die 2030
beschlossene Strategie soll 2034 fortgeschrieben werden"): the participle is the step of its
own date, the clause's verb the step of the other (issue 15: a date belongs to what it
qualifies)."""

from __future__ import annotations

import pytest
from text_profiles import profile_of

CASES = [
    # (sentence, [(date, type), ...])
    (
        "Die 2030 beschlossene Digitalstrategie soll 2034 fortgeschrieben werden.",
        [("2030", "strategy_adopted"), ("2034", "strategy_process")],
    ),
    (
        "Die 2029 verabschiedete Smart-City-Strategie wird 2033 überarbeitet.",
        [("2029", "strategy_adopted"), ("2033", "strategy_process")],
    ),
    (
        "Die im März 2031 vorgestellte Digitalstrategie wurde im Juli 2031 vom Rat beschlossen.",
        [("2031-03", "strategy_presented"), ("2031-07", "strategy_adopted")],
    ),
    (
        "Die 2028 erarbeitete Digitalstrategie wurde 2029 beschlossen.",
        [("2028", "strategy_process"), ("2029", "strategy_adopted")],
    ),
    (
        "Der 2029 gegründete Beirat hat 2030 die Digitalstrategie beschlossen.",
        [("2029", "organisation"), ("2030", "strategy_adopted")],
    ),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_each_date_takes_the_step_of_what_it_qualifies(sentence, expected):
    events = profile_of(sentence)["events"]
    assert [(e["date"], e["type"]) for e in events] == expected


def test_a_verb_after_a_date_without_an_article_is_the_sentences_own():
    # "2030 erreichte Musterfeld …": a finite verb, not a participle inside a noun phrase
    events = profile_of("2030 erreichte Musterfeld das Finale im Wettbewerb Digitale Orte.")["events"]
    assert [(e["date"], e["type"]) for e in events] == [("2030", "programme")]
