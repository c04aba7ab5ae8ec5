"""The comparison mode of the extraction benchmark runs and reports ratios (not a timing test)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _against_head(out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """bench_extract.py against this very tree on six documents, results in `out`."""
    return subprocess.run(
        [sys.executable, "benchmarks/bench_extract.py", "--against", "HEAD", *options]
        + ["--documents", "6", "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


@pytest.mark.slow
def test_bench_extract_against_a_commit(tmp_path: Path) -> None:
    out = tmp_path / "against.json"
    r = _against_head(out, "--passes", "1")
    assert r.returncode == 0, r.stderr
    assert "median ratio" in r.stdout
    result = json.loads(out.read_text(encoding="utf-8"))
    (run,) = result["runs"]
    assert run["end_to_end_ratio"] > 0 and run["extraction_ratio"] > 0
    assert "loadavg_1min" in run and result["documents"] == 6


@pytest.mark.slow
def test_bench_extract_against_a_commit_in_one_process(tmp_path: Path) -> None:
    out = tmp_path / "against.json"
    r = _against_head(out, "--in-process", "--passes", "2")
    assert r.returncode == 0, r.stderr
    assert "both in one process" in r.stdout and "median ratio" in r.stdout
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["in_process"] is True and result["documents"] == 6
    assert [run["pass"] for run in result["runs"]] == [1, 2]
    assert all(run["baseline"] > 0 and run["this tree"] > 0 for run in result["runs"])
