"""Smoke tests of the benchmark scripts: they run and print their tables. No timing assertions.

bench_build.py and bench_scale.py build real reports: their --quick runs take about a minute
together and are marked slow.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def run_bench(script: str, *args: str, timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(BENCH / script), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        cwd=str(BENCH.parent),
    )


def test_bench_extract_quick(tmp_path):
    out = tmp_path / "extract.json"
    r = run_bench("bench_extract.py", "--quick", "--out", str(out), timeout=300)
    assert r.returncode == 0, r.stderr
    assert "documents/s" in r.stdout
    assert out.exists()


@pytest.mark.slow
def test_bench_build_quick(tmp_path):
    r = run_bench("bench_build.py", "--quick", "--out", str(tmp_path / "build.json"), timeout=1800)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "baseline" in r.stdout and "as expected" in r.stdout


@pytest.mark.slow
def test_bench_scale_quick(tmp_path):
    r = run_bench("bench_scale.py", "--quick", "--out", str(tmp_path), timeout=1800)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "PDF pages" in r.stdout
