"""Analyst corrections (corrections.csv): value syntax, applying, bad rows, stale rows, tables,
schema, fingerprints. The seeds are copied to a temporary folder; the city names and
people in the correction rows below are invented or taken from what the seeds already say."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pandas as pd
import pytest
import typed_cities as fx
from conftest import run_main

from analysis import vocabulary as vocab
from analysis.build.catalogue import plan_reports
from analysis.build.fingerprints import report_fingerprint
from analysis.dataset import corrections as corr
from analysis.dataset.profiles import extract_folder, schema, validate
from analysis.dataset.tables import frames
from analysis.errors import ProfilesError
from analysis.reading.reader import list_sources

BERGISCH = "000_f36db0d75a537270"  # Bergisch Gladbach profile: a created CDO post in a department
WUPPERTAL = "001_deb67731773bcf6e"  # Wuppertal portrait
DUESSELDORF = "003_767a1c78fbc1d98b"  # Düsseldorf profile
HEADER = "doc_id,field,action,value,note\n"
GOOD_ROW = f"{BERGISCH},governance.cdo_placement,set,mayor,Organigramm 2019: Stabsstelle beim Bürgermeister\n"


@pytest.fixture(scope="module")
def extracted(profiles) -> dict:
    """The seeds, extracted without corrections (the session fixture already is)."""
    return profiles


def _doc(dataset: dict, doc_id: str) -> dict:
    return next(d for d in dataset["documents"] if d["doc_id"] == doc_id)


def _apply(dataset: dict, tmp_path: Path, text: str, encoding: str = "utf-8") -> corr.CorrectionResult:
    path = tmp_path / "corrections.csv"
    path.write_bytes(text.encode(encoding))
    return corr.apply_corrections(dataset, path)


def _extract(seeds: Path, out: Path):
    proc = run_main("extract", "--seeds", seeds, "--out", out)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


# --- a valid correction --------------------------------------------------------------------


def test_a_placement_correction_changes_json_and_tables_and_keeps_the_extracted_value(seeds, tmp_path):
    (seeds / "corrections.csv").write_text(HEADER + GOOD_ROW, encoding="utf-8")
    out = tmp_path / "profiles.json"
    proc = _extract(seeds, out)
    assert proc.returncode == 0, proc.stderr
    dataset = json.loads(out.read_text("utf-8"))
    validate(dataset)
    doc = _doc(dataset, BERGISCH)
    assert doc["governance"]["cdo_placement"] == "mayor"
    assert doc["corrections"] == [
        {
            "field": "governance.cdo_placement",
            "action": "set",
            "old": "administration_department",
            "new": "mayor",
            "note": "Organigramm 2019: Stabsstelle beim Bürgermeister",
        }
    ]
    assert all(d["corrections"] == [] for d in dataset["documents"] if d["doc_id"] != BERGISCH)
    gov = frames(dataset)["governance"].set_index("doc_id")
    assert gov.loc[BERGISCH, "cdo_placement"] == "mayor"
    assert "administration_department → mayor" in gov.loc[BERGISCH, "correction"]
    assert "Organigramm 2019" in gov.loc[BERGISCH, "correction"]
    assert gov["correction"].notna().sum() == 1


def test_the_reader_does_not_take_corrections_csv_for_a_source(seeds):
    (seeds / "corrections.csv").write_text(HEADER + GOOD_ROW, encoding="utf-8")
    assert "corrections.csv" not in {p.name for p in list_sources(seeds)}


def test_the_shipped_seeds_carry_no_correction(seeds_dir):
    """seeds/ may hold a header-only corrections.csv; it must not change the seed results."""
    result = extract_folder(seeds_dir)
    assert not result.skipped
    assert all(d["corrections"] == [] for d in result.dataset["documents"])


def test_apply_corrections_returns_a_copy_and_the_skipped_rows(extracted, tmp_path):
    before = json.dumps(extracted, sort_keys=True)
    result = _apply(extracted, tmp_path, HEADER + GOOD_ROW + "nobody,city,set,Musterstadt,typo\n")
    assert json.dumps(extracted, sort_keys=True) == before, "the argument must not change"
    assert _doc(result.dataset, BERGISCH)["governance"]["cdo_placement"] == "mayor"
    assert [e.line() for e in result.skipped] == [
        "skipped corrections.csv line 3: unknown document 'nobody' (not among the sources)"
    ]
    with pytest.raises(ProfilesError, match="already carries corrections"):
        corr.apply_corrections(result.dataset, tmp_path / "corrections.csv")


@pytest.mark.parametrize(
    "encoding, delimiter, newline",
    [("utf-8", ",", "\n"), ("utf-8-sig", ";", "\r\n"), ("utf-8-sig", ",", "\n"), ("cp1252", ";", "\r\n")],
)
def test_excel_dialects_read_alike(extracted, tmp_path, encoding, delimiter, newline):
    text = (
        delimiter.join(corr.COLUMNS)
        + newline
        + delimiter.join(
            [WUPPERTAL, "governance.cdo_holder", "set", "Jürgen Beispiel", '"Pressemitteilung; 2021"']
        )
        + newline
        + delimiter * 4
        + newline  # Excel's trailing rows of empty cells
    )
    result = _apply(extracted, tmp_path, text, encoding)
    assert not result.skipped, [e.line() for e in result.skipped]
    doc = _doc(result.dataset, WUPPERTAL)
    assert doc["governance"]["cdo_holder"] == "Jürgen Beispiel"
    assert doc["corrections"][0]["note"] == "Pressemitteilung; 2021"


def test_add_and_drop_list_items(extracted, tmp_path):
    rows = [
        f"{WUPPERTAL},events,add,2018-03|milestone|cdo_appointed|CDO appointed,Ratsprotokoll März 2018",
        f"{WUPPERTAL},governance.units,add,Digitalbüro,Organigramm",
        f"{WUPPERTAL},people,add,Erika Beispiel|Chief Digital Officer|city,Pressemitteilung",
        f"{WUPPERTAL},projects,add,Offene Daten Beispiel|Datenplattform,Website",
        f"{DUESSELDORF},partners,drop,digihub Düsseldorf/Rheinland,a hub the city founded: not a partner",
    ]
    result = _apply(extracted, tmp_path, HEADER + "\n".join(rows) + "\n")
    assert not result.skipped, [e.line() for e in result.skipped]
    validate(result.dataset)
    wup = _doc(result.dataset, WUPPERTAL)
    event = wup["events"][-1]
    assert (event["date"], event["kind"], event["type"], event["label"], event["precision"]) == (
        "2018-03",
        "milestone",
        "cdo_appointed",
        "CDO appointed",
        "month",
    )
    assert event["evidence"] is None
    assert event["corrected"] == {"note": "Ratsprotokoll März 2018", "action": "add"}
    assert wup["governance"]["units"][-1]["name"] == "Digitalbüro"
    assert wup["people"][-1]["affiliation"] == "city"
    assert wup["projects"][-1]["domain"] == "Datenplattform"
    assert [c["action"] for c in wup["corrections"]] == ["add"] * 4
    dus = _doc(result.dataset, DUESSELDORF)
    assert "digihub Düsseldorf/Rheinland" not in [p["name"] for p in dus["partners"]]
    dropped = dus["corrections"][0]
    assert dropped["action"] == "drop" and dropped["new"] is None
    assert dropped["old"]["evidence"]["quote"], "the dropped item keeps its quote"
    tables = frames(result.dataset)
    units = tables["units"][tables["units"]["name"] == "Digitalbüro"].iloc[0]
    assert units["correction"] == "added by correction: Organigramm" and pd.isna(units["quote"])
    events = tables["events"][tables["events"]["label"] == "CDO appointed"].iloc[0]
    assert events["type"] == "cdo_appointed"


def test_the_schema_requires_a_correction_mark_where_evidence_is_null(extracted, tmp_path):
    result = _apply(
        extracted, tmp_path, HEADER + f"{WUPPERTAL},governance.units,add,Digitalbüro,Organigramm\n"
    )
    validate(result.dataset)
    del _doc(result.dataset, WUPPERTAL)["governance"]["units"][-1]["corrected"]
    with pytest.raises(ProfilesError):
        validate(result.dataset)


def test_the_schema_lists_the_correctable_fields_and_actions():
    definition = schema()["$defs"]["correction"]["properties"]
    assert definition["field"]["enum"] == list(corr.FIELDS)
    assert definition["action"]["enum"] == list(corr.ACTIONS)


def test_a_cdo_and_its_placement_stay_consistent(extracted, tmp_path):
    rows = [
        f"{WUPPERTAL},governance.cdo,set,no,the post is only planned",
        f"{DUESSELDORF},governance.cdo_placement,set,,no placement",  # a CDO needs one: skipped
    ]
    result = _apply(extracted, tmp_path, HEADER + "\n".join(rows) + "\n")
    doc = _doc(result.dataset, WUPPERTAL)
    assert (doc["governance"]["cdo"], doc["governance"]["cdo_placement"]) == (False, None)
    assert {c["field"]: (c["old"], c["new"]) for c in doc["corrections"]} == {
        "governance.cdo": (True, False),
        "governance.cdo_status": ("in_office", "none"),
        "governance.cdo_placement": ("mayor", None),
    }
    assert [e.line_no for e in result.skipped] == [3]
    assert "cannot be empty" in result.skipped[0].reason


def test_two_rows_setting_one_field_and_contradicting_rows(extracted, tmp_path):
    rows = [
        f"{WUPPERTAL},governance.cdo_placement,set,staff_unit,first",
        f"{WUPPERTAL},governance.cdo_placement,set,it_department,second",
        f"{WUPPERTAL},governance.cdo,set,no,contradicts the placement",
    ]
    result = _apply(extracted, tmp_path, HEADER + "\n".join(rows) + "\n")
    reasons = {e.line_no: e.reason for e in result.skipped}
    assert "already set by corrections.csv line 2" in reasons[3]
    twice = _apply(extracted, tmp_path, HEADER + f"{WUPPERTAL},funding,add,Beispielfonds,a\n" * 2)
    assert [e.reason for e in twice.skipped] == [
        f"funding of {WUPPERTAL}: 'Beispielfonds' is added by an earlier row already"
    ]
    assert "contradicts corrections.csv line 2" in reasons[4]
    assert _doc(result.dataset, WUPPERTAL)["governance"]["cdo_placement"] == "staff_unit"


# --- bad rows: one line each, the rest applied, exit status 1, no traceback ------------------------

BAD_ROWS = {
    "unknown document": ("nobody,city,set,Musterstadt,typo", "unknown document 'nobody'"),
    "unknown field": (f"{BERGISCH},governance.colour,set,blue,why", "unknown field 'governance.colour'"),
    "action of another kind of field": (f"{BERGISCH},city,add,Musterstadt,why", "city takes set, not add"),
    "placement outside the vocabulary": (
        f"{BERGISCH},governance.cdo_placement,set,basement,why",
        "'basement' is not a placement",
    ),
    "source kind outside the vocabulary": (
        f"{BERGISCH},source_kind,set,blog,why",
        "'blog' is not a source kind",
    ),
    "event type outside the vocabulary": (
        f"{BERGISCH},events,add,2019|milestone|party|Fest,why",
        "'party' is not a event type",
    ),
    "affiliation outside the vocabulary": (
        f"{BERGISCH},people,add,Erika Beispiel|CDO|ministry,why",
        "'ministry' is not a affiliation",
    ),
    "an impossible date": (f"{BERGISCH},published,set,2019-02-30,why", "is not a date"),
    "an incomplete event": (f"{BERGISCH},events,add,2019|milestone,why", "no type, label"),
    "a drop that matches nothing": (
        f"{BERGISCH},partners,drop,Verein der Beispielfreunde,why",
        "drop matches no item in partners",
    ),
    "a malformed line (too many cells)": (
        f"{BERGISCH},city,set,Musterstadt,why,1234abcd99,extra",
        "malformed line",
    ),
    "a malformed line (no action)": (f"{BERGISCH},city", "malformed line: no action"),
    "a row without a note": (f"{BERGISCH},city,set,Musterstadt,", "no note"),
    "a row pinned to an older source version": (
        f"{BERGISCH},city,set,Musterstadt,why,0123456789ab",
        "stale: written for version 0123456789ab",
    ),
    "a set the extraction already gives": (
        f"{DUESSELDORF},governance.cdo_placement,set,staff_unit,why",
        "stale: the extraction already gives governance.cdo_placement = staff_unit",
    ),
    "an add the extraction already finds": (
        f"{DUESSELDORF},partners,add,digihub Düsseldorf/Rheinland,why",
        "stale: partners of 003_767a1c78fbc1d98b already has",
    ),
}


BAD_ROW_HEADER = "doc_id,field,action,value,note,sha256\n"
GOOD_AFTER = f"{WUPPERTAL},governance.cdo_holder,set,Jürgen Beispiel,Pressemitteilung\n"


@pytest.mark.parametrize("kind", list(BAD_ROWS))
def test_each_bad_row_is_skipped_with_one_line_and_the_rest_applies(extracted, tmp_path, kind):
    bad, reason = BAD_ROWS[kind]
    result = _apply(extracted, tmp_path, BAD_ROW_HEADER + GOOD_ROW + bad + "\n" + GOOD_AFTER)
    lines = [e.line() for e in result.skipped]
    assert len(lines) == 1, lines
    assert lines[0].startswith("skipped corrections.csv line 3: "), lines[0]
    assert reason in lines[0] and "\n" not in lines[0], lines[0]
    validate(result.dataset)
    assert _doc(result.dataset, BERGISCH)["governance"]["cdo_placement"] == "mayor"
    assert _doc(result.dataset, WUPPERTAL)["governance"]["cdo_holder"] == "Jürgen Beispiel"


def test_extract_reports_a_bad_row_in_one_line_exits_1_and_writes_the_rest(seeds, tmp_path):
    """The command line's side of the test above, for one kind of bad row: one line on
    stderr, no traceback, exit status 1, the other rows applied in the written profiles."""
    bad, reason = BAD_ROWS["placement outside the vocabulary"]
    (seeds / "corrections.csv").write_text(
        BAD_ROW_HEADER + GOOD_ROW + bad + "\n" + GOOD_AFTER, encoding="utf-8"
    )
    out = tmp_path / "profiles.json"
    proc = _extract(seeds, out)
    assert proc.returncode == 1, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("skipped corrections.csv line 3: "), proc.stderr
    assert reason in lines[0], lines[0]
    dataset = json.loads(out.read_text("utf-8"))
    validate(dataset)
    assert _doc(dataset, BERGISCH)["governance"]["cdo_placement"] == "mayor"
    assert _doc(dataset, WUPPERTAL)["governance"]["cdo_holder"] == "Jürgen Beispiel"


def test_a_file_without_the_columns_is_one_line_and_no_correction(seeds, tmp_path):
    (seeds / "corrections.csv").write_text("Dokument;Feld\nx;y\n", encoding="utf-8")
    proc = _extract(seeds, tmp_path / "p.json")
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("skipped corrections.csv line 1: the header must name the columns")


def test_an_unclosed_quote_is_reported_not_swallowed(extracted, tmp_path):
    text = HEADER + f'{BERGISCH},city,set,"Musterstadt,why\n' + GOOD_ROW
    result = _apply(extracted, tmp_path, text)
    assert [e.line_no for e in result.skipped] == [2]
    assert "quote" in result.skipped[0].reason


def test_a_pinned_row_applies_to_its_version(extracted, tmp_path):
    sha = _doc(extracted, BERGISCH)["source"]["sha256"]
    text = "doc_id,field,action,value,note,sha256\n" + GOOD_ROW.rstrip("\n") + f",{sha[:12]}\n"
    result = _apply(extracted, tmp_path, text)
    assert not result.skipped
    assert _doc(result.dataset, BERGISCH)["governance"]["cdo_placement"] == "mayor"


def test_a_changed_source_makes_its_pinned_rows_stale(seeds, tmp_path, extracted):
    sha = _doc(extracted, BERGISCH)["source"]["sha256"]
    (seeds / "corrections.csv").write_text(
        "doc_id,field,action,value,note,sha256\n" + GOOD_ROW.rstrip("\n") + f",{sha[:12]}\n", encoding="utf-8"
    )
    source = seeds / f"{BERGISCH}.txt"
    source.write_text(source.read_text("utf-8") + "\nEin neuer Absatz.\n", encoding="utf-8")
    result = extract_folder(seeds)
    assert result.skipped[0].line().startswith("skipped corrections.csv line 2: stale: written for")
    assert _doc(result.dataset, BERGISCH)["governance"]["cdo_placement"] == "administration_department"


# --- the value syntax ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "field, text, expected",
    [
        ("events", "late 2018|milestone|strategy_adopted|Strategie beschlossen", ("late", "2018", None)),
        ("events", "2017/2020|period|programme|Förderprogramm", (None, "2017", "2020")),
        ("events", "2021-02-23|milestone|council_decision|Ratsbeschluss", (None, "2021-02-23", None)),
    ],
)
def test_event_dates(field, text, expected):
    event = corr.parse_item(field, text, complete=True)
    assert (event["qualifier"], event["date"], event["end"]) == expected


@pytest.mark.parametrize(
    "field, text, expected",
    [
        ("governance.cdo", "WAHR", True),
        ("governance.cdo", "nein", False),
        ("governance.cdo", "", None),
        ("published", "23.02.2021", "2021-02-23"),
        ("published", "", None),
        ("governance.cdo_placement", "Mayor", "mayor"),
    ],
)
def test_scalars_as_a_person_types_them(field, text, expected):
    assert corr.parse_scalar(field, text) == expected


def test_every_vocabulary_value_parses():
    for placement in vocab.PLACEMENTS:
        assert corr.parse_scalar("governance.cdo_placement", placement) == placement
    for kind in vocab.EVENT_KINDS:
        for type_ in vocab.EVENT_TYPES:
            when = "2017/2020" if kind == "period" else "2019"
            assert corr.parse_item("events", f"{when}|{kind}|{type_}|x", complete=True)["type"] == type_


def test_every_extracted_fact_formats_to_a_value_that_finds_exactly_itself(extracted):
    """What the review sheet shows is what a drop row needs: each value matches its own item only."""
    for doc in extracted["documents"]:
        for field in corr.LIST_FIELDS:
            items = corr._get(doc, field)
            for item in items:
                spec = corr.parse_item(field, corr.format_value(field, item), complete=False)
                matches = [other for other in items if corr._matches(spec, other)]
                assert matches == [item], (doc["doc_id"], field, item)


# --- the build rebuilds exactly the reports a correction touches -----------------------------------


def test_a_correction_changes_the_fingerprints_of_exactly_the_reports_that_read_its_document(
    extracted, tmp_path
):
    result = _apply(extracted, tmp_path, HEADER + GOOD_ROW)
    specs = plan_reports(extracted)
    assert [s.name for s in specs] == [s.name for s in plan_reports(result.dataset)]
    before = {s.name: report_fingerprint(s, extracted, "code", ("html",)) for s in specs}
    after = {s.name: report_fingerprint(s, result.dataset, "code", ("html",)) for s in specs}
    changed = sorted(name for name in before if before[name] != after[name])
    assert changed == ["city-bergisch-gladbach", "governance-comparison", "strategy-timelines"]


def test_the_readme_documents_every_field_and_the_pin(repo_root):
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Corrections and review", 1)[1].split("\n## ", 1)[0]
    for field in corr.FIELDS:
        assert f"`{field}`" in section, field
    for word in ("`sha256`", "stale", "`evidence` is `null`", "review --apply", "apply_corrections"):
        assert word in section, word


def test_line_numbers_count_line_ends_as_a_spreadsheet_does(extracted, tmp_path):
    text = (
        HEADER
        + f'{WUPPERTAL},governance.cdo_holder,set,Erika Beispiel,"a note\r\nover two lines\u2028with a separator"\r\n'
        + f'{BERGISCH},city,set,"Musterstadt,why\r\n'  # line 4: a quote never closed
        + "nobody,city,set,X,y\r\n"
    )
    result = _apply(extracted, tmp_path, text)
    assert [e.line() for e in result.skipped] == [
        "skipped corrections.csv line 4: malformed line: a quote opened in this row is not closed",
        "skipped corrections.csv line 5: unknown document 'nobody' (not among the sources)",
    ]


# --- the contract's ties, drops and pins, on a small typed dataset (milliseconds) ------------------
# Each test below fails when a bug of the mutation audit (issue 19) is put back into
# `analysis/dataset/corrections.py`; the bug is named in its docstring.

PINNED_HEADER = "doc_id,field,action,value,note,sha256\n"
SEEN_VERSION = "ab" * 6  # the typed documents' sources all hash to "abab…"
OTHER_VERSION = "cd" * 6  # a pin written for another version of the source


def _small() -> dict:
    """The invented cities of tests/typed_cities.py as the extraction leaves them (uncorrected)."""
    data = fx.dataset()
    for doc in data["documents"]:
        doc.pop("corrections", None)
    return data


def _apply_rows(dataset: dict, *rows: str) -> corr.CorrectionResult:
    """Rows of a corrections file with the pin column, parsed and applied in memory."""
    table, _ = corr.read_table(PINNED_HEADER + "".join(f"{r}\n" for r in rows), corr.COLUMNS, corr.FILE_NAME)
    parsed = [
        corr.Correction(
            line, r["doc_id"], r["field"], r["action"], r["value"], r["note"], r.get("sha256", "")
        )
        for line, r in table
    ]
    return corr.apply_rows(dataset, parsed)


@pytest.mark.parametrize("doc_id, cdo_before", [("b1", False), ("c1", None)])
def test_a_placement_set_where_no_cdo_is_stated_makes_cdo_yes(doc_id, cdo_before):
    """Bug: setting a placement on a document without a CDO left `cdo` as it was."""
    data = _small()
    if cdo_before is False:  # a source that says the city has no CDO (no post either)
        _doc(data, doc_id)["governance"]["cdo_status"] = "none"
    result = _apply_rows(data, f"{doc_id},governance.cdo_placement,set,staff_unit,Organigramm 2024,")
    assert not result.skipped, [e.line() for e in result.skipped]
    gov = _doc(result.dataset, doc_id)["governance"]
    assert (gov["cdo"], gov["cdo_placement"]) == (True, "staff_unit")
    records = {c["field"]: c for c in _doc(result.dataset, doc_id)["corrections"]}
    assert (records["governance.cdo"]["old"], records["governance.cdo"]["new"]) == (cdo_before, True)
    assert records["governance.cdo"]["note"] == "Organigramm 2024 (follows governance.cdo_placement)"


def test_cdo_yes_without_a_placement_gets_unspecified():
    """Bug: `cdo` set to yes on a document without a placement left the placement empty,
    which the contract forbids (a CDO has a placement, `unspecified` when none is stated)."""
    result = _apply_rows(_small(), "c1,governance.cdo,set,ja,Pressemitteilung 2024,")
    assert not result.skipped, [e.line() for e in result.skipped]
    gov = _doc(result.dataset, "c1")["governance"]
    assert (gov["cdo"], gov["cdo_placement"]) == (True, "unspecified")
    records = {c["field"]: (c["old"], c["new"]) for c in _doc(result.dataset, "c1")["corrections"]}
    assert records == {
        "governance.cdo": (None, True),
        "governance.cdo_status": (None, "in_office"),
        "governance.cdo_placement": (None, "unspecified"),
    }


@pytest.mark.parametrize(
    ("status", "cdo", "placement"),
    [
        ("post_created", False, "staff_unit"),
        ("planned", False, "staff_unit"),
        ("none", False, None),
        ("", None, None),
    ],
)
def test_a_cdo_status_set_by_an_analyst_sets_what_it_implies(status, cdo, placement):
    """`governance.cdo_status` is what the first page (cities.csv) reads: a row that sets it
    sets `cdo` (yes exactly for in_office) and keeps a placement only where there is a post."""
    from analysis.dataset.cities import city_row

    data = _small()
    _doc(data, "a1")["governance"].update(cdo=True, cdo_status="in_office", cdo_placement="staff_unit")
    result = _apply_rows(data, f"a1,governance.cdo_status,set,{status},Ratsprotokoll 2024,")
    assert not result.skipped, [e.line() for e in result.skipped]
    gov = _doc(result.dataset, "a1")["governance"]
    assert (gov["cdo_status"], gov["cdo"], gov["cdo_placement"]) == (status or None, cdo, placement)
    row = city_row(result.dataset, _doc(result.dataset, "a1")["city"])
    if _doc(result.dataset, "a1") is row.status_document:
        assert row.cells()["cdo_status"] == status


def test_setting_cdo_keeps_cdo_status_in_step():
    """Bug: `cdo` set to yes left `cdo_status` at none, so the first page (which reads the
    status) lost the analyst's correction."""
    data = _small()
    _doc(data, "c1")["governance"].update(cdo=False, cdo_status="none", cdo_placement=None)
    result = _apply_rows(data, "c1,governance.cdo,set,ja,Pressemitteilung 2024,")
    gov = _doc(result.dataset, "c1")["governance"]
    assert (gov["cdo"], gov["cdo_status"]) == (True, "in_office")


def test_a_drop_that_matches_several_items_is_skipped_and_drops_none():
    """Bug: a drop matching several items silently dropped the first (the README promises a skip)."""
    data = _small()
    before = copy.deepcopy(_doc(data, "a1")["events"])
    result = _apply_rows(data, "a1,events,drop,|milestone||,too many milestones,")
    assert [e.line() for e in result.skipped] == [
        "skipped corrections.csv line 2: drop matches 4 items in events of a1; give more of "
        + corr.SYNTAX["events"]
    ]
    assert _doc(result.dataset, "a1")["events"] == before
    assert _doc(result.dataset, "a1")["corrections"] == []


PINNABLE_ROWS = {
    "set": "a1,city,set,Nordhafen an der See,Impressum",
    "add": "a1,partners,add,Beispielverein,Kooperationsvertrag",
    "drop": "a1,events,drop,2016-05|||,the decision is the county's",
}


@pytest.mark.parametrize("action", list(PINNABLE_ROWS))
def test_a_pin_is_checked_for_every_action(action):
    """Bug: pins were checked only for `set` rows, so a pinned `add` or `drop` applied to a
    source that had changed since the row was written."""
    data = _small()
    stale = _apply_rows(data, f"{PINNABLE_ROWS[action]},{OTHER_VERSION}")
    assert [e.line() for e in stale.skipped] == [
        f"skipped corrections.csv line 2: stale: written for version {OTHER_VERSION} of a1.txt, "
        f"which is now {'ab' * 6}; check the row against the new text and update its sha256"
    ]
    assert _doc(stale.dataset, "a1") == {**_doc(data, "a1"), "corrections": []}
    current = _apply_rows(data, f"{PINNABLE_ROWS[action]},{SEEN_VERSION}")
    assert not current.skipped and current.applied == 1, [e.line() for e in current.skipped]


def test_a_skipped_row_changes_nothing_so_no_report_is_rebuilt():
    """A row that cannot apply leaves every document as without the row: every report's
    fingerprint stays (the real build of a bad row was dropped from the suite, issue 19)."""
    clean = corr.apply_rows(_small(), [])
    bad = _apply_rows(_small(), "a1,governance.cdo_placement,set,cellar,why,")
    assert [e.reason.split(" (")[0] for e in bad.skipped] == ["'cellar' is not a placement"]
    assert bad.dataset == clean.dataset
    specs = plan_reports(clean.dataset, ("en", "de"))
    assert [report_fingerprint(s, bad.dataset, "code", ("html",)) for s in specs] == [
        report_fingerprint(s, clean.dataset, "code", ("html",)) for s in specs
    ]
