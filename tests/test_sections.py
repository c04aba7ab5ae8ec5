"""Section keys for profile headings, lead/sections split, and the German sentence splitter."""

from __future__ import annotations

import pytest

from analysis.reading.cleaner import segment
from analysis.reading.sections import section_key, split_sections
from analysis.reading.text import Span, clean_name, norm_key, sentences


@pytest.mark.parametrize(
    "heading,key",
    [
        ("Organisationsstruktur", "governance"),
        ("Meilensteine", "milestones"),
        ("Wettbewerbe & Förderprogramme", "funding"),
        ("Projektbeispiele:", "projects"),
        ("Projektbeispiele", "projects"),
        ("Kommunikation & Netzwerke", "networks"),
        ("Chancen & Herausforderungen", "challenges"),
        ("Chancen & Herausforderungen  ", "challenges"),
        ("Motivation & Zielsetzung", "goals"),
        ("Stakeholder & Beteiligung", "participation"),
        ("Impressum", "other"),
        ("Wetter am Wochenende", "other"),
    ],
)
def test_section_key(heading, key):
    assert section_key(heading) == key


LEAD = (
    "Die Stadt Musterstadt setzt seit einigen Jahren auf digitale Dienste für ihre Bürgerinnen und Bürger "
    "und hat dafür eine eigene Strategie beschlossen."
)
GOV = (
    "Die Digitalisierung wird von einer Stabsstelle im Rathaus gesteuert, die eng mit den Fachbereichen "
    "der Verwaltung zusammenarbeitet."
)
MILE = "Im Frühjahr 2019 legte die Verwaltung ihren ersten Fortschrittsbericht vor."
MILE2 = "Ein zweiter Bericht folgte im darauffolgenden Jahr mit neuen Zielen."
PROJ = "Das Bürgerportal bündelt alle Online-Dienste der Stadtverwaltung an einer Stelle."

DOC = (
    f"{LEAD}\n\nOrganisationsstruktur\n\n{GOV}\n\nMeilensteine\n\n{MILE}\n{MILE2}\n\n"
    f"Projektbeispiele: \n\n  • Bürgerportal (Verwaltung):\n    {PROJ}\n\nImage Sources: Archiv\n"
)


def test_split_sections_puts_lead_before_first_heading():
    secs = split_sections(segment(DOC))
    assert [s.key for s in secs] == ["lead", "governance", "milestones", "projects"]
    assert secs[0].heading is None
    assert [b.text for b in secs[0].blocks] == [LEAD]
    assert secs[1].heading.text == "Organisationsstruktur"
    assert [b.text for b in secs[1].blocks] == [GOV]
    assert [b.text for b in secs[2].blocks] == [MILE, MILE2]
    assert PROJ in [b.text for b in secs[3].blocks]
    # page furniture is in no section
    assert all("Image Sources" not in b.text for s in secs for b in s.blocks)


def test_split_sections_without_lead_has_no_empty_lead():
    text = f"Organisationsstruktur\n\n{GOV}\n\nMeilensteine\n\n{MILE}\n"
    secs = split_sections(segment(text))
    assert [s.key for s in secs] == ["governance", "milestones"]


def split(text: str, offset: int = 0) -> list[Span]:
    return sentences(Span(offset, offset + len(text), text))


def assert_offsets(parts: list[Span], text: str, offset: int) -> None:
    for s in parts:
        assert text[s.start - offset : s.end - offset] == s.text
        assert s.text == s.text.strip() and s.text


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Die Stadt nutzt Fördermittel, z.B. aus dem Bund. Das hilft der Verwaltung.",
            ["Die Stadt nutzt Fördermittel, z.B. aus dem Bund.", "Das hilft der Verwaltung."],
        ),
        (
            "Die Stadt nutzt z. B. offene Daten. Sie plant weitere Portale.",
            ["Die Stadt nutzt z. B. offene Daten.", "Sie plant weitere Portale."],
        ),
        (
            "Der Rat hat am 9. November 2017 die Agenda beschlossen. Danach ging es los.",
            ["Der Rat hat am 9. November 2017 die Agenda beschlossen.", "Danach ging es los."],
        ),
        (
            "Partner ist der Verein Digitales Musterstadt e.V. und die Hochschule. Außerdem hilft die Kammer.",
            [
                "Partner ist der Verein Digitales Musterstadt e.V. und die Hochschule.",
                "Außerdem hilft die Kammer.",
            ],
        ),
        (
            "Sie plant ca. 20 Projekte bis 2030. Das ist viel.",
            ["Sie plant ca. 20 Projekte bis 2030.", "Das ist viel."],
        ),
        ("Erster Satz! Zweiter Satz? Dritter Satz.", ["Erster Satz!", "Zweiter Satz?", "Dritter Satz."]),
    ],
)
def test_sentence_splitter(text, expected):
    parts = split(text, 37)
    assert [s.text for s in parts] == expected
    assert_offsets(parts, text, 37)


def test_sentence_splitter_offsets_with_whitespace_and_newlines():
    text = "  Am 1. März 2020 startete das Portal.   Seitdem wächst es.\nNeue Zeile ohne Punkt"
    parts = split(text, 1000)
    assert [s.text for s in parts] == [
        "Am 1. März 2020 startete das Portal.",
        "Seitdem wächst es.",
        "Neue Zeile ohne Punkt",
    ]
    assert_offsets(parts, text, 1000)
    assert parts[0].start == 1002


def test_sentence_splitter_quote_then_speaker():
    text = "„Wir sind bereit.“ Danach begann die Arbeit."
    assert [s.text for s in split(text)] == ["„Wir sind bereit.“", "Danach begann die Arbeit."]


def test_clean_name_and_norm_key():
    assert clean_name("  Digitale   Stadt Musterstadt e.V. ") == "Digitale Stadt Musterstadt e.V."
    assert clean_name("Bürgerportal.") == "Bürgerportal"
    assert clean_name("»Smarte Region") == "Smarte Region"
    assert clean_name("Initiative »Gemeinsam digital«") == "Initiative »Gemeinsam digital«"
    assert norm_key("Straßen-Management „Nord“") == norm_key("strassen management nord")
