"""Sentences generated for the reports, in both languages."""

from __future__ import annotations

from analysis.reporting.texts import texts
from analysis.views.narrative import governance_sentence

EN, DE = texts("en"), texts("de")


def row(doc_id, cdo, placement, published=None, as_of=None, holder=None, units=()):
    return {
        "doc_id": doc_id,
        "cdo": cdo,
        "cdo_placement": placement,
        "published": published,
        "as_of": as_of or published,
        "source_kind": "news",
        "cdo_holder": holder,
        "units": list(units),
    }


def test_governance_sentence_names_holder_placement_units_and_date():
    r = row("a", True, "it_department", "2021-02-01", holder="Anna Beispiel", units=["Amt für IT"])
    text = governance_sentence("Nordhafen", r, EN, "a news article [2]")
    assert text.startswith(
        "According to a news article [2] (1 February 2021), Nordhafen has a Chief Digital Officer"
    )
    assert "(Anna Beispiel): the head of the IT office is also the CDO." in text and "Amt für IT" in text
    de = governance_sentence("Nordhafen", r, DE, "ein Nachrichtenartikel [2]")
    assert de.startswith(
        "Quelle: ein Nachrichtenartikel [2] (1. Februar 2021). Nordhafen hat einen Chief Digital Officer"
    )
    assert "die Leitung des IT-Amts ist zugleich CDO" in de


def test_no_cdo_planned_and_not_stated_are_three_different_sentences():
    none = governance_sentence("Nordhafen", row("a", False, None), EN, "x")
    planned = governance_sentence(
        "Nordhafen", row("a", False, None), EN, "x", cdo_events=[{"type": "cdo_appointed"}]
    )
    unknown = governance_sentence("Nordhafen", row("a", None, None), EN, "x")
    assert "has no CDO." in none
    assert "plans a CDO post; it is not filled" in planned
    assert "does not say whether" in unknown
    assert "(undated)" in unknown


def test_corrected_governance_sentence_carries_the_mark_and_note():
    text = governance_sentence("Nordhafen", row("a", False, None), EN, "x", corrected="Stelle nur geplant")
    assert text.endswith("has no CDO. ✎ (corrected by an analyst: Stelle nur geplant)")


def test_a_created_post_is_neither_in_office_nor_planned():
    r = {**row("a", False, "administration_department", "2019-03-19"), "cdo_status": "post_created"}
    text = governance_sentence("Nordhafen", r, EN, "x")
    assert "has created a CDO post; the source names no holder" in text
    assert "has a Chief Digital Officer" not in text
    de = governance_sentence("Nordhafen", r, DE, "x")
    assert "wurde eine CDO-Stelle geschaffen; eine Besetzung nennt die Quelle nicht" in de
