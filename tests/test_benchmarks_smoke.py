"""Smoke tests of the benchmark scripts: they run on the smallest input that exercises every
step and print their tables. No timing assertions (speed is what the scripts measure, as
ratios against a baseline of the same run).

The three runs are processes of their own and are marked slow (seconds each; `make test`
runs them, `make test-fast` does not); the build and scale benchmarks render real reports:
`bench_build.py --smoke` (one invented one-page city, HTML, the baseline for one report) and
`bench_scale.py --cities 2` (the two comparisons of two synthetic cities, HTML and PDF).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import build_jobs

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


@pytest.mark.slow  # a benchmark run in a process of its own, as the other smoke runs: seconds
def test_bench_extract_quick(tmp_path):
    out = tmp_path / "extract.json"
    r = run_bench("bench_extract.py", "--quick", "--out", str(out), timeout=600)
    assert r.returncode == 0, r.stderr
    assert "documents/s" in r.stdout
    assert out.exists()


@pytest.mark.slow
def test_bench_build_smoke(tmp_path):
    out = tmp_path / "build.json"
    jobs = str(build_jobs())  # its builds beside the other pytest worker: a core each (conftest.py)
    r = run_bench("bench_build.py", "--smoke", "--jobs", jobs, "--out", str(out), timeout=1800)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "baseline" in r.stdout and "build no-op" in r.stdout
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["baseline"]["reports"] == 1 and len(result["cold"]["built"]) == 3


@pytest.mark.slow
def test_bench_scale_smoke(tmp_path):
    r = run_bench("bench_scale.py", "--cities", "2", "--out", str(tmp_path), timeout=1800)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "PDF pages" in r.stdout
    assert (tmp_path / "scale.json").exists()


def test_bench_scale_counts_the_pages_before_the_place_detail(tmp_path):
    """The aggregate part of a comparison is every page before the named destination
    `place-detail` (WeasyPrint makes each id one); a PDF without it has no detail part."""
    import weasyprint

    sys.path.insert(0, str(BENCH))
    from bench_scale import aggregate_pages

    page_break = '<p style="break-after: page">…</p>'
    pdf = tmp_path / "c.pdf"
    weasyprint.HTML(string=f"<h1>Shares</h1>{page_break * 2}<h2 id='place-detail'>Places</h2>").write_pdf(pdf)
    assert aggregate_pages(pdf) == 2
    weasyprint.HTML(string="<h1>Shares</h1><h2 id='other'>Places</h2>").write_pdf(pdf)
    assert aggregate_pages(pdf) is None
