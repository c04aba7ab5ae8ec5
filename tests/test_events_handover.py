"""A news report whose news is a CDO change of hands: its dateline step is the appointment
(cities.csv's `cdo_since` reads it). Invented reports of an invented town."""

from __future__ import annotations

from pathlib import Path

from analysis.extraction import extract_document
from analysis.reading.reader import read_source

LEAD = (
    "Nordhafen ordnet die Digitalisierung neu\n\n"
    "[14.05.2030] Die Stadt Nordhafen bündelt die Verwaltungsdigitalisierung und die "
    "Smart-City-Projekte künftig im Amt für Informationstechnik und Digitales. "
    "Auch der Breitbandausbau wechselt dorthin.\n\n"
)
TAKEOVER = (
    "Jana Beispiel wird als Leiterin des Amts für Informationstechnik und Digitales die Funktion "
    "des Chief Digital Officer (CDO) für die Stadtverwaltung übernehmen.\n"
)


def _events(tmp_path: Path, text: str) -> list[dict]:
    path = tmp_path / "n.txt"
    path.write_text(text, encoding="utf-8")
    doc = extract_document(read_source(path, tmp_path))
    assert doc["source_kind"] == "news" and doc["published"] == "2030-05-14"
    return doc["events"]


def _on_the_dateline(events: list[dict]) -> dict:
    (news,) = [e for e in events if e["date"] == "2030-05-14"]
    return news


def test_a_reported_takeover_of_the_cdo_function_is_the_reports_appointment(tmp_path):
    assert _on_the_dateline(_events(tmp_path, LEAD + TAKEOVER))["type"] == "cdo_appointed"


def test_without_a_takeover_the_reports_step_stays_a_reorganisation(tmp_path):
    assert _on_the_dateline(_events(tmp_path, LEAD))["type"] != "cdo_appointed"


def test_a_takeover_dated_in_its_own_sentence_is_its_own_event(tmp_path):
    dated = TAKEOVER.replace("übernehmen.", "zum 1. Juli 2030 übernehmen.")
    events = _events(tmp_path, LEAD + dated)
    assert _on_the_dateline(events)["type"] != "cdo_appointed"
    assert [e["type"] for e in events if e["date"] == "2030-07-01"] == ["cdo_appointed"]
