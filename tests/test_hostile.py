"""Hostile and broken input: odd files, odd names, a build killed mid-way."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import run_build, run_main

from analysis.build import plan_reports
from analysis.dataset.profiles import extract_folder

REPO = Path(__file__).resolve().parents[1]
GOOD = (REPO / "seeds" / "002_acd5665a9fd54cba.txt").read_bytes()


def extract(folder: Path, out: Path) -> subprocess.CompletedProcess:
    """`extract` as the command line runs it, in this process (`run_main`: no interpreter start)."""
    return run_main("extract", "--seeds", folder, "--out", out)


def test_fifty_megabyte_file_is_skipped_with_a_reason(tmp_path):
    (tmp_path / "huge.txt").write_bytes(b"Die Stadt digitalisiert. " * (50 * 1024 * 1024 // 25))
    (tmp_path / "good.txt").write_bytes(GOOD)
    result = extract(tmp_path, tmp_path / "p.json")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        line for line in result.stderr.strip().splitlines() if line.startswith("skipped")
    ]
    assert "skipped huge.txt: file too large" in result.stderr and "Traceback" not in result.stderr
    docs = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))["documents"]
    assert [d["doc_id"] for d in docs] == ["good"]


def test_image_renamed_txt_is_skipped(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    result = extract(tmp_path, tmp_path / "p.json")
    assert result.returncode == 1 and "skipped photo.txt: binary file" in result.stderr


def test_names_with_spaces_umlauts_subfolders_and_hidden_files(tmp_path):
    (tmp_path / "Stadt Köln – Strategie.txt").write_bytes(GOOD)
    (tmp_path / ".hidden.txt").write_bytes(GOOD)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "inner.txt").write_bytes(GOOD)
    (tmp_path / "notes.md").write_text("not a source", encoding="utf-8")
    result = extract(tmp_path, tmp_path / "p.json")
    assert result.returncode == 0, result.stderr
    docs = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))["documents"]
    assert [d["doc_id"] for d in docs] == ["Stadt Köln – Strategie"]
    assert docs[0]["source"]["path"] == "Stadt Köln – Strategie.txt"


def test_browser_saved_html_is_read_with_exact_offsets(tmp_path):
    text = GOOD.decode("utf-8")
    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.splitlines() if line.strip())
    page = (
        f"<!DOCTYPE html><html><head><title>Digitale Stadt</title><style>p {{ color: red; }}</style>"
        f"<script>var x = '<p>Im Jahr 2099 wurde nichts</p>';</script></head><body><nav>Startseite</nav>\n"
        f"{paragraphs}</body></html>"
    )
    (tmp_path / "saved.html").write_text(page, encoding="utf-8")
    dataset = extract_folder(tmp_path).dataset
    doc = dataset["documents"][0]
    assert doc["city"] == "Bonn" and doc["governance"]["cdo"] is True
    assert "2099" not in [e["date"] for e in doc["events"]]
    assert {"2016", "2017-11-09"} <= {e["date"] for e in doc["events"]}
    for e in doc["events"]:
        assert page[e["evidence"]["start"] : e["evidence"]["end"]] == e["evidence"]["quote"]


def test_two_identical_files_are_flagged_not_double_counted(tmp_path):
    (tmp_path / "a.txt").write_bytes(GOOD)
    (tmp_path / "b.txt").write_bytes(GOOD)
    dataset = extract_folder(tmp_path).dataset
    from analysis.dataset.tables import frames
    from analysis.views.governance_comparison import governance_matrix

    assert [d["duplicate_of"] for d in dataset["documents"]] == [None, "a"]
    assert len(governance_matrix(dataset)) == 1
    t = frames(dataset)
    assert set(t["events"]["doc_id"]) == {"a"} and len(t["documents"]) == 2


def test_sources_file_agrees_with_extraction():
    dataset = extract_folder(REPO / "seeds").dataset
    kinds = {d["source"]["path"]: d["source_kind"] for d in dataset["documents"]}
    with open(REPO / "seeds" / "sources.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["file"] for r in rows} <= set(kinds), "sources.csv names a file that is not in seeds/"
    for r in rows:
        assert kinds[r["file"]] == r["kind"], r["file"]


# A short page of a city: its reports render fast, so a kill test needs little time.
SHORT_PAGE = """Digitalisierung in {city}

Die Stadt {city} treibt die Digitalisierung ihrer Verwaltung voran.

Organisationsstruktur

In {city} ist der Chief Digital Officer (CDO) im Dezernat für Digitales angesiedelt.

Meilensteine

Im März {year} hat der Rat der Stadt {city} die Digitalstrategie beschlossen.
"""


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_build_killed_midway_then_next_build_is_whole(tmp_path, sig):
    """One short city: three HTML reports, one at a time (`--jobs 1`), killed after the
    first is written and before the last, then built again. HTML only: that each output
    format (HTML, PDF, notebook) is renamed into place is `test_rebuilds.py`'s
    `test_report_outputs_are_renamed_into_place`; what this test adds is the build after a
    kill (leftovers gone, every planned report whole, the state exact), which a PDF would
    only make slower."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "lemgo.txt").write_text(SHORT_PAGE.format(city="Lemgo", year=2019), encoding="utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "analysis", "build", "--seeds", str(seeds), "--out", str(out)]
    cmd += ["--formats", "html", "--jobs", "1"]
    proc = subprocess.Popen(
        cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    expected = {s.name for s in plan_reports(extract_folder(seeds).dataset)}
    assert len(expected) == 3

    def reports() -> set[str]:
        return {p.stem for p in out.glob("*.html") if p.name != "index.html"}

    # Kill while reports are being written: after the first report is out and before the
    # last (the build writes them one by one, so both moments are observed, not guessed).
    deadline = time.time() + 300
    while time.time() < deadline and not reports():
        assert proc.poll() is None, "the build finished before it could be killed"
        time.sleep(0.05)
    assert reports(), "no report was written within 300 s"
    os.killpg(proc.pid, sig)  # the whole group: workers and kernels too
    proc.wait(timeout=60)
    done = reports()
    assert done < expected, "the kill came after the last report: nothing was interrupted"
    # What the killed build left is whole: every report it wrote is a whole page.
    for name in done:
        assert (out / f"{name}.html").read_text(encoding="utf-8").rstrip().endswith("</html>"), name

    result = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert not list(out.rglob(".*.tmp*")), "temporary files left behind"
    assert reports() == expected
    for name in expected:
        assert (out / f"{name}.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
        assert (out / "notebooks" / f"{name}.ipynb").exists(), name
    state = json.loads((out / ".build" / "state.json").read_text(encoding="utf-8"))
    assert set(state) == expected


# The hostile build's page: short (its reports render fast), with a few umlauts, so that a
# stray byte in it still reads as UTF-8 with one replacement (more multibyte characters
# than twice the bad bytes) and a Latin-1 or cp1252 copy is not UTF-8.
HOSTILE_PAGE = SHORT_PAGE + "\nDie Verwaltung führt ihre Bürgerdienste in einem Onlineportal zusammen.\n"


@pytest.mark.slow
def test_build_with_a_hostile_seeds_folder(tmp_path):
    """Empty, binary, cp1252, CRLF+BOM, HTML, a duplicate, odd names: the build goes on.
    Short invented pages and HTML only: what is hostile here is the folder, not the report
    (a report's markup kept inert in HTML and PDF: `test_build.py`, on `small_build`)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "blank.txt").write_bytes(b"  \n\t\n")
    (seeds / "bild.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (seeds / "Düsseldorf cp1252.txt").write_bytes(
        HOSTILE_PAGE.format(city="Düsseldorf", year=2019).encode("cp1252")
    )
    bonn = HOSTILE_PAGE.format(city="Bonn", year=2020)
    good = bonn.encode("utf-8")
    (seeds / "bonn bom crlf.txt").write_bytes(b"\xef\xbb\xbf" + bonn.replace("\n", "\r\n").encode("utf-8"))
    (seeds / "bonn copy.txt").write_bytes(b"\xef\xbb\xbf" + bonn.replace("\n", "\r\n").encode("utf-8"))
    (seeds / ".DS_Store").write_bytes(b"\x00\x01")
    (seeds / "huge.txt").write_bytes(b"Die Stadt digitalisiert. " * (50 * 1024 * 1024 // 25))
    (seeds / "latin1.txt").write_bytes(bonn.replace("Bonn", "Köln").encode("latin-1", errors="replace"))
    (seeds / "stray byte.txt").write_bytes(good.replace(b"Bonn", "Bonn\xff".encode("latin-1"), 1))
    (seeds / "saved page.html").write_text(
        "<html><head><script>alert(1)</script></head><body>"
        + "".join(f"<p>{line}</p>\n" for line in bonn.replace("Bonn", "Aachen").splitlines() if line.strip())
        + "</body></html>",
        encoding="utf-8",
    )
    (seeds / "sub").mkdir()
    (seeds / "sub" / "x.txt").write_bytes(good)
    out = tmp_path / "out"
    result = run_build(seeds, out, "--formats", "html")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    skipped = sorted(line for line in result.stderr.splitlines() if line.startswith("skipped "))
    assert [line.split(":")[0] for line in skipped] == [
        "skipped bild.txt",
        "skipped blank.txt",
        "skipped empty.txt",
        "skipped huge.txt",
    ]
    assert "0 failed" in result.stderr
    for name in (
        "city-bonn",
        "city-duesseldorf",
        "city-koeln",
        "city-aachen",
        "governance-comparison",
        "strategy-timelines",
    ):
        assert (out / f"{name}.html").read_text(encoding="utf-8").rstrip().endswith("</html>"), name
    profiles = json.loads((out / "data" / "profiles.json").read_text(encoding="utf-8"))
    by_id = {d["doc_id"]: d for d in profiles["documents"]}
    assert by_id["Düsseldorf cp1252"]["source"]["encoding"] == "cp1252"
    assert by_id["Düsseldorf cp1252"]["city"] == "Düsseldorf"
    assert by_id["bonn copy"]["duplicate_of"] == "bonn bom crlf"
    assert (
        by_id["latin1"]["source"]["encoding"] in ("cp1252", "latin-1") and by_id["latin1"]["city"] == "Köln"
    )
    assert by_id["stray byte"]["source"]["errors"] == "replace" and by_id["stray byte"]["city"] == "Bonn"
    assert by_id["saved page"]["city"] == "Aachen"
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "empty.txt" in index and "identical to bonn bom crlf" in index


def test_invalid_notebook_parameters_name_the_valid_values():
    from analysis.errors import ParameterError
    from analysis.views.governance_comparison import resolve_cities
    from analysis.views.strategy_timelines import check_years

    dataset = extract_folder(REPO / "seeds").dataset
    with pytest.raises(ParameterError, match="known cities: Bergisch Gladbach, Bonn, Düsseldorf, Wuppertal"):
        resolve_cities(dataset, ["Bonn", "Atlantis"])
    with pytest.raises(ParameterError, match="1900 <= start_year <= end_year <= 2100"):
        check_years(2030, 2000)
    with pytest.raises(ParameterError, match="whole years"):
        check_years("zwanzig", 2030)
    with pytest.raises(ParameterError, match="'all' or a list"):
        resolve_cities(dataset, 42)
