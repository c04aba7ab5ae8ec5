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

from analysis.profiles import extract_folder

REPO = Path(__file__).resolve().parents[1]
GOOD = (REPO / "seeds" / "002_acd5665a9fd54cba.txt").read_bytes()


def extract(folder: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", "extract", "--seeds", str(folder), "--out", str(out)],
                          capture_output=True, text=True, cwd=REPO, timeout=300)


def test_fifty_megabyte_file_is_skipped_with_a_reason(tmp_path):
    (tmp_path / "huge.txt").write_bytes(b"Die Stadt digitalisiert. " * (50 * 1024 * 1024 // 25))
    (tmp_path / "good.txt").write_bytes(GOOD)
    result = extract(tmp_path, tmp_path / "p.json")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [l for l in result.stderr.strip().splitlines() if l.startswith("skipped")]
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
    page = (f"<!DOCTYPE html><html><head><title>Digitale Stadt</title><style>p {{ color: red; }}</style>"
            f"<script>var x = '<p>Im Jahr 2099 wurde nichts</p>';</script></head><body><nav>Startseite</nav>\n"
            f"{paragraphs}</body></html>")
    (tmp_path / "saved.html").write_text(page, encoding="utf-8")
    dataset = extract_folder(tmp_path).dataset
    doc = dataset["documents"][0]
    assert doc["city"] == "Bonn" and doc["governance"]["cdo"] is True
    assert "2099" not in [e["date"] for e in doc["events"]]
    assert {"2016", "2017-11-09"} <= {e["date"] for e in doc["events"]}
    for e in doc["events"]:
        assert page[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["quote"]


def test_two_identical_files_are_flagged_not_double_counted(tmp_path):
    (tmp_path / "a.txt").write_bytes(GOOD)
    (tmp_path / "b.txt").write_bytes(GOOD)
    dataset = extract_folder(tmp_path).dataset
    from analysis.comparison import governance_matrix
    from analysis.tables import frames

    assert [d["duplicate_of"] for d in dataset["documents"]] == [None, "a"]
    assert len(governance_matrix(dataset)) == 1
    t = frames(dataset)
    assert set(t["events"]["doc_id"]) == {"a"} and len(t["documents"]) == 2


def test_sources_file_agrees_with_extraction():
    dataset = extract_folder(REPO / "seeds").dataset
    kinds = {d["source"]["path"]: d["source_kind"] for d in dataset["documents"]}
    with open(REPO / "seeds" / "sources.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["file"] for r in rows} == set(kinds)
    for r in rows:
        assert kinds[r["file"]] == r["kind"], r["file"]


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_build_killed_midway_then_next_build_is_whole(tmp_path, sig):
    from pypdf import PdfReader

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for p in sorted((REPO / "seeds").glob("00[0-2]*.txt")):
        (seeds / p.name).write_bytes(p.read_bytes())
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "analysis", "build", "--seeds", str(seeds), "--out", str(out), "--jobs", "2"]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline and not any(out.glob("*.pdf")):
        time.sleep(0.2)
    os.killpg(proc.pid, sig)  # the whole group: workers and kernels too
    proc.wait(timeout=60)
    result = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert not list(out.rglob(".*.tmp*")), "temporary files left behind"
    for pdf in out.glob("*.pdf"):
        assert len(PdfReader(pdf).pages) >= 1
    for html in out.glob("*.html"):
        assert html.read_text(encoding="utf-8").rstrip().endswith("</html>")
    state = json.loads((out / ".build" / "state.json").read_text(encoding="utf-8"))
    assert set(state) == {p.stem for p in out.glob("*.pdf")}
