"""Every extraction rule record matches its German examples and none of its counter-examples."""

from __future__ import annotations

import pytest

import analysis.extraction  # noqa: F401 - registers every rule
from analysis.extraction.rules import RULES

CASES = [(name, text, True) for name, r in RULES.items() for text in r.matches] + [
    (name, text, False) for name, r in RULES.items() for text in r.not_matches
]


def test_every_rule_has_examples():
    assert RULES, "no rule registered"
    for name, r in RULES.items():
        assert r.matches, f"rule {name} has no example it must match"
        assert r.reads, f"rule {name} does not say what it reads"


@pytest.mark.parametrize(
    "name,text,expected", CASES, ids=[f"{n}:{'+' if e else '-'}:{t[:30]}" for n, t, e in CASES]
)
def test_rule_examples(name, text, expected):
    assert bool(RULES[name].search(text)) == expected, f"{name} on {text!r}"
