"""The review sheet: facts most worth checking first, an escaped HTML page, and verdicts that
become corrections.csv rows (the round trip through a real build is marked slow)."""

from __future__ import annotations

import copy
import csv
import html
import io
import json
import re
from pathlib import Path

import pytest
import typed_cities as fx
from conftest import run_build, run_main

from analysis.dataset import corrections as corr
from analysis.dataset.profiles import extract_folder, validate
from analysis.reporting.texts import texts
from analysis.review import (
    BOM,
    SHEET_COLUMNS,
    _sheet_corrections,
    append_corrections,
    apply_sheet,
    sheet_csv,
    sheet_rows,
)

BERGISCH = "000_f36db0d75a537270"
WUPPERTAL = "001_deb67731773bcf6e"
BONN = "002_acd5665a9fd54cba"
DUESSELDORF = "003_767a1c78fbc1d98b"

HOSTILE = """Smart City Beispielhausen

Die Stadt Beispielhausen treibt die Digitalisierung voran.

Organisationsstruktur

In Beispielhausen ist der Chief Digital Officer (CDO) <script>alert("x")</script> im Dezernat für Digitales angesiedelt.
"""


TINY_SOURCE = """Digitalisierung in Beispielhausen

Die Stadt Beispielhausen treibt die Digitalisierung ihrer Verwaltung voran.

Organisationsstruktur

In Beispielhausen ist der Chief Digital Officer (CDO) im Dezernat für Digitales angesiedelt.
"""


def read_sheet(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def write_verdicts(path: Path, rows: list[dict[str, str]], delimiter: str = ";") -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=SHEET_COLUMNS, delimiter=delimiter, restval="")
        writer.writeheader()
        writer.writerows(rows)


def find(rows: list[dict[str, str]], doc_id: str, field: str, value_start: str = "") -> dict[str, str]:
    return next(
        r
        for r in rows
        if r["doc_id"] == doc_id and r["field"] == field and r["value"].startswith(value_start)
    )


# --- the sheet -------------------------------------------------------------------------------------


def test_the_sheet_puts_conflicts_and_missing_placements_first(profiles):
    rows = sheet_rows(profiles)
    assert [r["rank"] for r in rows] == [str(i) for i in range(1, len(rows) + 1)]
    first = rows[:2]
    assert {(r["city"], r["field"]) for r in first} == {("Wuppertal", "governance.cdo_placement")}
    assert all("documents of one city disagree" in r["check"] for r in first)
    assert rows[2]["doc_id"] == BONN and rows[2]["check"] == "a CDO without placement"
    # one row per scalar field and per list item of each document
    n_items = sum(
        len(corr._get(d, f)) for d in profiles["documents"] if not d["duplicate_of"] for f in corr.LIST_FIELDS
    )
    assert len(rows) == n_items + len(corr.SCALAR_FIELDS) * len(profiles["documents"])
    assert all(r["verdict"] == r["corrected_value"] == r["note"] == "" for r in rows)


def test_a_corrected_fact_goes_last_with_its_note(profiles, tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_text(
        f"doc_id,field,action,value,note\n{BONN},governance.cdo_placement,set,mayor,Organigramm\n",
        encoding="utf-8",
    )
    rows = sheet_rows(corr.apply_corrections(profiles, path).dataset)
    assert rows[-1]["doc_id"] == BONN and rows[-1]["value"] == "mayor"
    assert rows[-1]["check"] == "corrected: Organigramm"
    assert not any(r["doc_id"] == BONN and r["check"] == "a CDO without placement" for r in rows)


def test_sheet_files_csv_for_excel_and_escaped_html(tmp_path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "beispiel.txt").write_text(HOSTILE, encoding="utf-8")
    proc = run_main("review", "--seeds", seeds, "--out", tmp_path / "sheet")
    assert proc.returncode == 0, proc.stderr
    data = (tmp_path / "sheet.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + ";".join(SHEET_COLUMNS).encode())
    rows = read_sheet(tmp_path / "sheet.csv")
    assert any('<script>alert("x")</script>' in r["quote"] for r in rows), "the CSV keeps the quote as it is"
    page = (tmp_path / "sheet.html").read_text("utf-8")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "Beispielhausen" in page and "review --apply sheet.csv" in page


def test_review_usage_errors_exit_2(tmp_path, seeds_dir):
    for args in (
        ("review", "--seeds", seeds_dir),
        ("review", "--seeds", seeds_dir, "--apply", tmp_path / "nothing.csv"),
        ("review", "--seeds", tmp_path / "nowhere", "--out", tmp_path / "s"),
    ):
        proc = run_main(*args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


# --- verdicts -> corrections -----------------------------------------------------------------------


def fill_verdicts(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """A reviewer's work: one placement wrong, one partner wrong, one person's affiliation
    wrong, one fact confirmed, one unit missing (invented)."""
    find(rows, BERGISCH, "governance.cdo_placement").update(
        verdict="wrong", corrected_value="mayor", note="Organigramm 2019: Stabsstelle beim Bürgermeister"
    )
    find(rows, DUESSELDORF, "partners", "digihub").update(verdict="falsch", note="a hub the city founded")
    person = find(rows, DUESSELDORF, "people", "Thomas Geisel")
    person.update(
        verdict="wrong", corrected_value=person["value"].replace("|city", "|external"), note="speaks as guest"
    )
    find(rows, BONN, "source_kind").update(verdict="ok")
    rows.append(
        {
            "doc_id": WUPPERTAL,
            "field": "governance.units",
            "verdict": "missing",
            "corrected_value": "Digitalbüro Beispiel",
            "note": "Organigramm",
        }
    )
    return rows


def review(capsys, *args) -> tuple[int, str, str]:
    """`python -m analysis review ARGS` in this process (exit status, stdout, stderr): the
    command line's own process is tested in test_cli_extract.py and the round trip below."""
    from analysis.cli import main

    code = main(["review", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_verdicts_become_corrections_rows_that_apply(seeds, tmp_path, capsys):
    assert review(capsys, "--seeds", seeds, "--out", tmp_path / "sheet")[0] == 0
    write_verdicts(tmp_path / "filled.csv", fill_verdicts(read_sheet(tmp_path / "sheet.csv")))
    code, out, err = review(capsys, "--apply", tmp_path / "filled.csv", "--seeds", seeds)
    assert code == 0, err
    assert "appended 5 rows" in out
    written = (seeds / "corrections.csv").read_text("utf-8-sig").splitlines()
    assert written[0] == "doc_id;field;action;value;note;sha256"
    assert [line.split(";")[2] for line in written[1:]] == ["set", "drop", "drop", "add", "add"]
    assert all(re.fullmatch(r"[0-9a-f]{12}", line.split(";")[-1]) for line in written[1:]), written
    result = extract_folder(seeds)
    assert not result.skipped, [e.line() for e in result.skipped]
    validate(result.dataset)
    docs = {d["doc_id"]: d for d in result.dataset["documents"]}
    assert docs[BERGISCH]["governance"]["cdo_placement"] == "mayor"
    geisel = next(p for p in docs[DUESSELDORF]["people"] if p["name"] == "Thomas Geisel")
    assert geisel["affiliation"] == "external" and geisel["corrected"]["note"] == "speaks as guest"
    assert docs[WUPPERTAL]["governance"]["units"][-1]["name"] == "Digitalbüro Beispiel"
    # the same sheet again adds nothing: every row is already in the file
    code, out, _ = review(capsys, "--apply", tmp_path / "filled.csv", "--seeds", seeds)
    assert code == 1 and "appended 0 rows" in out
    assert (seeds / "corrections.csv").read_text("utf-8-sig").splitlines() == written


def test_sheet_rows_that_cannot_apply_are_skipped_whole(seeds, profiles, tmp_path):
    rows = sheet_rows(profiles)
    find(rows, BERGISCH, "governance.cdo_placement").update(
        verdict="wrong", corrected_value="cellar", note="x"
    )
    find(rows, BONN, "governance.cdo_holder").update(
        verdict="wrong", corrected_value="Erika Beispiel"
    )  # no note
    find(rows, WUPPERTAL, "city").update(verdict="vielleicht", note="x")
    find(rows, DUESSELDORF, "partners", "digihub").update(verdict="wrong", note="gone")
    # the person's drop would apply, the add is outside the vocabulary: neither is written
    person = find(rows, DUESSELDORF, "people", "Thomas Geisel")
    person.update(verdict="wrong", corrected_value="Thomas Geisel|OB|council", note="x")
    sheet = tmp_path / "filled.csv"
    write_verdicts(sheet, rows, delimiter=",")
    result = apply_sheet(sheet, seeds, profiles)
    reasons = {e.line_no: e.reason for e in result.skipped}
    line_of = {id(r): i + 2 for i, r in enumerate(rows)}
    assert (
        "'cellar' is not a placement"
        in reasons[line_of[id(find(rows, BERGISCH, "governance.cdo_placement"))]]
    )
    assert "no note" in reasons[line_of[id(find(rows, BONN, "governance.cdo_holder"))]]
    assert "unknown verdict 'vielleicht'" in reasons[line_of[id(find(rows, WUPPERTAL, "city"))]]
    assert "'council' is not a affiliation" in reasons[line_of[id(person)]]
    assert [(c.field, c.action) for c in result.appended] == [("partners", "drop")]
    text = (seeds / "corrections.csv").read_text("utf-8-sig")
    assert "Thomas Geisel" not in text, "a sheet row applies whole or not at all"


def test_appending_keeps_the_file_dialect_and_adds_the_pin_column(tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_bytes(b'doc_id,field,action,value,note\r\nd1,city,set,Musterstadt,"typo, fixed"\r\n')
    row = corr.Correction(5, "d2", "governance.units", "add", "Digitalbüro", "Organigramm", "0123456789ab")
    append_corrections(path, [row])
    assert path.read_bytes() == (
        # the header gains the pin; the old row keeps its bytes (one cell fewer reads as empty)
        b'doc_id,field,action,value,note,sha256\r\nd1,city,set,Musterstadt,"typo, fixed"\r\n'
        + "d2,governance.units,add,Digitalbüro,Organigramm,0123456789ab\r\n".encode()
    )
    append_corrections(path, [row])
    assert path.read_bytes().count(b"d2,") == 2
    assert [p.name for p in tmp_path.iterdir()] == ["corrections.csv"], "no temporary file left"


# --- the round trip through a real build -------------------------------------------------------------


@pytest.mark.slow
def test_round_trip_review_verdicts_corrections_build(tmp_path):
    """Sheet -> verdict -> corrections.csv -> one real build (one invented city, HTML): the
    report reads the corrected value and shows the note. (What a correction rebuilds is
    checked on the fingerprints in test_corrections.py, not with more builds.)"""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "beispielhausen.txt").write_text(TINY_SOURCE, encoding="utf-8")
    assert run_main("review", "--seeds", seeds, "--out", tmp_path / "sheet").returncode == 0
    rows = read_sheet(tmp_path / "sheet.csv")
    placement = next(r for r in rows if r["field"] == "governance.cdo_placement")
    assert placement["value"] == "administration_department"
    placement.update(verdict="wrong", corrected_value="mayor", note="Organigramm 2024: Stabsstelle beim OB")
    write_verdicts(tmp_path / "filled.csv", rows)
    assert run_main("review", "--apply", tmp_path / "filled.csv", "--seeds", seeds).returncode == 0
    out = tmp_path / "reports"
    built = run_build(seeds, out, "--formats", "html")
    assert built.returncode == 0, built.stderr
    dataset = json.loads((out / "data" / "profiles.json").read_text("utf-8"))
    doc = dataset["documents"][0]
    assert doc["governance"]["cdo_placement"] == "mayor"
    assert doc["corrections"][0]["old"] == "administration_department"
    with open(out / "data" / "tables" / "governance.csv", encoding="utf-8") as fh:
        gov = {r["doc_id"]: r for r in csv.DictReader(fh)}
    assert gov[doc["doc_id"]]["cdo_placement"] == "mayor"
    assert "Organigramm 2024" in gov[doc["doc_id"]]["correction"]
    page = (out / "city-beispielhausen.html").read_text("utf-8")
    # the text as read: German words carry lang spans and soft hyphens at their joints
    page = html.unescape(re.sub(r"<[^>]+>", "", page)).replace("\xad", "")
    assert texts("en").label("placement", "mayor") in page, "the report reads the corrected placement"
    assert "Organigramm 2024" in page, "the report shows the correction's note"


def test_no_cell_of_the_sheet_runs_as_a_spreadsheet_formula_and_values_come_back_unchanged(
    profiles, tmp_path
):
    rows = sheet_rows(profiles)
    partner = find(rows, DUESSELDORF, "partners", "digihub")
    partner["quote"] = '=HYPERLINK("http://example.invalid","klick")'
    partner.update(value="-Beispielverein", verdict="wrong", corrected_value="+Beispielverein", note="@Rat")
    text = sheet_csv(rows)
    cells = [c for line in csv.reader(io.StringIO(text.lstrip(BOM)), delimiter=";") for c in line]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@"))]
    assert "'=HYPERLINK" in text
    parsed = read_sheet_text(text)
    made = _sheet_corrections(2, find(parsed, DUESSELDORF, "partners", "'-Beispielverein"), "s.csv", {})
    assert [(c.action, c.value, c.note) for c in made] == [
        ("drop", "-Beispielverein", "@Rat"),
        ("add", "+Beispielverein", "@Rat"),
    ]


def read_sheet_text(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip(BOM)), delimiter=";"))


# --- bugs of the mutation audit (issue 19): each test fails when its bug is put back --------------


def _typed_uncorrected() -> dict:
    data = fx.dataset()
    for doc in data["documents"]:
        doc.pop("corrections", None)
    return data


def test_apply_pins_the_version_the_reviewer_saw_not_the_current_one(tmp_path):
    """Bug: `review --apply` pinned the source's current hash, so a verdict given on an
    older version of a source applied to the new text unchecked."""
    seen = _typed_uncorrected()
    rows = sheet_rows(seen)
    find(rows, "a1", "governance.cdo_holder").update(
        verdict="wrong", corrected_value="Jana Beispiel", note="Impressum 2024"
    )
    write_verdicts(tmp_path / "filled.csv", rows)
    changed = copy.deepcopy(seen)  # the source changed after the sheet was written
    next(d for d in changed["documents"] if d["doc_id"] == "a1")["source"]["sha256"] = "ef" * 32
    result = apply_sheet(tmp_path / "filled.csv", tmp_path, changed)
    assert result.appended == []
    assert [e.reason.split(";")[0] for e in result.skipped] == [
        f"stale: written for version {'ab' * 6} of a1.txt, which is now {'ef' * 6}"
    ]
    assert not (tmp_path / "corrections.csv").exists()
    # the unchanged source: the row is appended, pinned to what the reviewer saw
    result = apply_sheet(tmp_path / "filled.csv", tmp_path, seen)
    assert [(c.action, c.value, c.sha256) for c in result.appended] == [("set", "Jana Beispiel", "ab" * 6)]


def test_corrections_csv_is_guarded_against_formulas_when_written_and_read(tmp_path):
    """Bugs: the formula guard missing when `corrections.csv` is written (a spreadsheet runs
    the cell) or when it is read (the apostrophe stays in the value)."""
    path = tmp_path / "corrections.csv"
    hostile = corr.Correction(
        2, "a1", "partners", "add", '=HYPERLINK("http://example.invalid")', "+1 vom Rat"
    )
    append_corrections(path, [hostile, corr.Correction(3, "a1", "funding", "add", "-Fonds", "@Kämmerei")])
    cells = [c for line in csv.reader(io.StringIO(path.read_text("utf-8-sig")), delimiter=";") for c in line]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@"))], cells
    assert "'=HYPERLINK" in path.read_text("utf-8-sig")
    rows, bad = corr.read_corrections(path)
    assert not bad
    assert [(r.value, r.note) for r in rows] == [
        ('=HYPERLINK("http://example.invalid")', "+1 vom Rat"),
        ("-Fonds", "@Kämmerei"),
    ]


def test_review_out_exits_1_when_a_row_is_skipped(tmp_path):
    """Bug: `review --out` exited 0 although corrections rows (or sources) were skipped."""
    from analysis.cli import main

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "beispielhausen.txt").write_text(TINY_SOURCE, encoding="utf-8")
    assert main(["review", "--seeds", str(seeds), "--out", str(tmp_path / "clean")]) == 0
    (seeds / "corrections.csv").write_text(
        "doc_id,field,action,value,note\nnobody,city,set,Musterstadt,typo\n", encoding="utf-8"
    )
    assert main(["review", "--seeds", str(seeds), "--out", str(tmp_path / "sheet")]) == 1
    assert (tmp_path / "sheet.csv").exists(), "the sheet is written all the same"
