"""Sentences generated for the reports."""

from __future__ import annotations

import pandas as pd

from analysis.views.narrative import change_sentence, governance_sentence, shares_sentence


def row(doc_id, cdo, placement, published=None, as_of=None, holder=None, units=()):
    return {
        "doc_id": doc_id,
        "cdo": cdo,
        "cdo_placement": placement,
        "published": published,
        "as_of": as_of,
        "source_kind": "news",
        "cdo_holder": holder,
        "units": list(units),
    }


def test_governance_sentence_names_holder_placement_and_units():
    text = governance_sentence(
        "Nordhafen",
        row("a", True, "it_department", "2021-02-01", holder="Anna Beispiel", units=["Amt für IT"]),
    )
    assert "held by Anna Beispiel is the head of the IT office" in text
    assert "published 2021-02-01" in text and "Amt für IT" in text


def test_governance_sentence_without_cdo_and_unknown():
    assert "has no Chief Digital Officer" in governance_sentence("Nordhafen", row("a", False, None))
    assert "does not say whether" in governance_sentence("Nordhafen", row("a", None, None))


def test_change_sentence_sees_a_city_getting_a_cdo():
    rows = [row("old", False, None, as_of="2018"), row("new", True, "mayor", published="2021-01-01")]
    text = change_sentence("Nordhafen", rows)
    assert text and "“No CDO” in old" in text and "“Staff unit of the (Lord) Mayor” in new" in text
    assert change_sentence("Nordhafen", [row("a", True, "mayor"), row("b", None, None)]) is None


def test_shares_sentence_with_and_without_a_most_frequent_placement():
    def shares(counts):
        placement = pd.DataFrame([{"placement": k, "cities": v, "share": v / 3} for k, v in counts.items()])
        return {
            "n": 3,
            "cdo": pd.DataFrame([{"CDO": "yes", "cities": 3, "share": 1.0}]),
            "placement": placement,
        }

    assert "most frequent placement is “A” (2 of 3)" in shares_sentence(shares({"A": 2, "B": 1}))
    assert "No placement is more frequent" in shares_sentence(shares({"A": 1, "B": 1, "C": 1}))
