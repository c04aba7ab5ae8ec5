"""The command line: exit statuses, one-line errors, skipped files, deterministic output, tables."""

from __future__ import annotations

import csv
import json
import shutil

import pytest
from conftest import assert_cities_right, run_cli, run_main

from analysis.dataset.tables import CITIES_TABLE, TABLES

GOOD = (
    "Smart City Musterstadt\n\nDie Stadt Musterstadt hat im März 2019 eine Digitalstrategie beschlossen. "
    "Ein Chief Digital Officer (CDO) ist direkt beim Oberbürgermeister angesiedelt.\n"
)


@pytest.fixture(scope="module")
def seeds_extracted(tmp_path_factory, seeds_dir):
    """`extract` of the seeds, run once for the tests below that read its output: in a
    process of its own (`python -m analysis`, as a user runs it), so that the tests that
    compare it with an extract in this process compare two processes (two hash seeds)."""
    out = tmp_path_factory.mktemp("cli") / "profiles.json"
    return run_cli("extract", "--seeds", seeds_dir, "--out", out), out


@pytest.fixture(scope="module")
def seeds_tabled(tmp_path_factory, seeds_extracted):
    """`tables` of those profiles, run once, in a process of its own (as `seeds_extracted`)."""
    out = tmp_path_factory.mktemp("cli") / "tables"
    return run_cli("tables", "--profiles", seeds_extracted[1], "--out", out), out


def assert_no_traceback(proc):
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stdout, proc.stdout


def test_extract_seeds_exit_0(seeds_extracted, seeds_dir):
    proc, out = seeds_extracted
    assert proc.returncode == 0, proc.stderr
    assert_no_traceback(proc)
    data = json.loads(out.read_text("utf-8"))
    assert data["schema_version"] == 1
    ids = [d["doc_id"] for d in data["documents"]]
    assert ids == sorted(ids)
    assert ids == sorted(p.stem for p in seeds_dir.glob("*.txt"))


def test_extract_with_an_empty_file_exits_1_and_writes_the_rest(tmp_path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.json"
    proc = run_main("extract", "--seeds", seeds, "--out", out)
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert_no_traceback(proc)
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("skipped empty.txt: "), lines
    assert len(lines[0]) > len("skipped empty.txt: "), "the reason is missing"
    data = json.loads(out.read_text("utf-8"))
    assert [d["doc_id"] for d in data["documents"]] == ["good"]
    assert data["documents"][0]["city"] == "Musterstadt"


def test_extract_binary_and_empty_files_each_get_a_line(tmp_path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "a_empty.txt").write_bytes(b"")
    (seeds / "b_bild.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (seeds / "c_good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.json"
    proc = run_main("extract", "--seeds", seeds, "--out", out)
    assert proc.returncode == 1
    assert_no_traceback(proc)
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert [line.split(":")[0] for line in lines] == ["skipped a_empty.txt", "skipped b_bild.txt"]
    assert [d["doc_id"] for d in json.loads(out.read_text("utf-8"))["documents"]] == ["c_good"]


def test_extract_missing_directory_exits_2(tmp_path):
    out = tmp_path / "out.json"
    proc = run_main("extract", "--seeds", tmp_path / "does-not-exist", "--out", out)
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert_no_traceback(proc)
    assert proc.stderr.strip(), "a usage error says what is wrong"
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert not out.exists()


def test_extract_unknown_option_exits_2(tmp_path, seeds_dir):
    proc = run_main("extract", "--seeds", seeds_dir, "--out", tmp_path / "o.json", "--bogus-option")
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert_no_traceback(proc)
    assert "bogus-option" in proc.stderr


def test_no_command_exits_2():
    proc = run_main()
    assert proc.returncode == 2
    assert_no_traceback(proc)


def test_extract_twice_is_byte_identical(tmp_path, seeds_dir, seeds_extracted):
    a, b = seeds_extracted[1], tmp_path / "b.json"
    assert run_main("extract", "--seeds", seeds_dir, "--out", b).returncode == 0
    assert a.read_bytes() == b.read_bytes()


def test_extract_output_does_not_depend_on_folder_location(tmp_path, seeds_dir, seeds_extracted):
    copy = tmp_path / "elsewhere" / "seeds"
    shutil.copytree(seeds_dir, copy)
    a, b = seeds_extracted[1], tmp_path / "b.json"
    assert run_main("extract", "--seeds", copy, "--out", b).returncode == 0
    assert a.read_bytes() == b.read_bytes()


def test_tables_writes_one_csv_per_table(seeds_dir, seeds_tabled):
    proc, out = seeds_tabled
    assert proc.returncode == 0, proc.stderr
    assert_no_traceback(proc)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{name}.csv" for name in (*TABLES, CITIES_TABLE))
    with (out / "documents.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(list(seeds_dir.glob("*.txt")))


def test_tables_twice_is_byte_identical(tmp_path, seeds_extracted, seeds_tabled):
    t1, t2 = seeds_tabled[1], tmp_path / "t2"
    assert run_main("tables", "--profiles", seeds_extracted[1], "--out", t2).returncode == 0
    for name in (*TABLES, CITIES_TABLE):
        assert (t1 / f"{name}.csv").read_bytes() == (t2 / f"{name}.csv").read_bytes(), name


@pytest.mark.parametrize("content", [None, "{not json", '{"schema_version": 1}'])
def test_tables_on_missing_or_bad_profiles_is_one_line_error(tmp_path, content):
    prof = tmp_path / "profiles.json"
    if content is not None:
        prof.write_text(content, encoding="utf-8")
    proc = run_main("tables", "--profiles", prof, "--out", tmp_path / "tables")
    assert proc.returncode != 0
    assert_no_traceback(proc)
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert "profiles.json" in lines[0] or "schema" in lines[0]
    assert not (tmp_path / "tables").exists() or not any((tmp_path / "tables").iterdir())


def test_the_seeds_cities_csv_is_right_in_every_cell(seeds_tabled, shared_dir):
    """The first page as data: the reference scorer finds every cell of the seeds' cities.csv
    right (`score_cities.py` exits 1 on any wrong cell and prints it)."""
    proc, out = seeds_tabled
    assert proc.returncode == 0, proc.stderr
    assert_cities_right(shared_dir, out / "cities.csv")
