"""The published tables (reports/data/tables/*.csv) are what analysts open in a spreadsheet:
a cell that starts like a formula, from a web page or a correction, must show as text
(issue 20), and numbers, dates and placeholders must stay what they are."""

from __future__ import annotations

import csv

import pytest
from typed_cities import dataset, project

from analysis.dataset import corrections as corr
from analysis.dataset.tables import csv_cell, write_tables

HOSTILE = ['=HYPERLINK("http://example.org","klick")', "+49 211 1234", "@SUM(A1:A9)", "-1+1", "\tTab"]


@pytest.mark.parametrize("cell", HOSTILE)
def test_a_cell_that_starts_like_a_formula_gets_an_apostrophe(cell):
    assert csv_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["-", "–", "-3", "+1.5", "-0,5", "2019-03", "Bürgerportal", "", "a=b"])
def test_numbers_dates_placeholders_and_text_pass_unchanged(cell):
    assert csv_cell(cell) == cell


def test_non_text_cells_pass_unchanged():
    assert csv_cell(-3) == -3 and csv_cell(None) is None and csv_cell(2.5) == 2.5


def test_control_characters_are_removed():
    assert csv_cell("Nord\x00hafen") == "Nordhafen"


def test_the_written_tables_guard_source_text_and_correction_values(tmp_path):
    data = dataset()
    for d in data["documents"]:
        d.pop("corrections", None)
        for e in d["events"]:
            e.pop("corrected", None)
    a1 = data["documents"][0]
    a1["projects"].append(project(HOSTILE[0], "-"))  # a name from a web page, a dash for a domain
    a1["events"][0]["evidence"]["quote"] = "@SUM(A1:A9) stand im Text"
    row = corr.Correction(2, "a1", "partners", "add", "=1+2", "+ aus dem Protokoll")
    corrected = corr.apply_rows(data, [row]).dataset
    written = {p.stem: p for p in write_tables(corrected, tmp_path)}
    cells = [
        c for path in written.values() for r in csv.reader(path.read_text("utf-8").splitlines()) for c in r
    ]
    assert not [c for c in cells if c.startswith(("=", "+", "@")) and c not in ("+",)], cells
    projects = list(csv.DictReader(written["projects"].open(encoding="utf-8")))
    assert {"name": "'" + HOSTILE[0], "domain": "-"} in [
        {k: p[k] for k in ("name", "domain")} for p in projects
    ]
    partners = [p for p in csv.DictReader(written["partners"].open(encoding="utf-8")) if p["correction"]]
    assert partners[0]["name"] == "'=1+2"
    assert partners[0]["correction"] == "added by correction: + aus dem Protokoll"  # not at the start
    events = list(csv.DictReader(written["events"].open(encoding="utf-8")))
    assert events[0]["quote"].startswith("'@SUM") and events[0]["date"] == "2016-05"
    documents = list(csv.DictReader(written["documents"].open(encoding="utf-8")))
    assert documents[0]["published"] == "2019-03-19" and documents[0]["events"] == "5"
