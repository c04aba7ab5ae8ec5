"""End to end: the CLI's output for the seeds meets the gold thresholds of the shared scorer."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import run_cli

THRESHOLDS = [
    "city=1",
    "published=1",
    "cdo=1",
    "cdo_placement=0.8",
    "events_f1=0.9",
    "projects_recall=1",
    "people=0.8",
    "leaks=0",
    "bad_evidence=0",
]


def test_seeds_meet_gold_thresholds(tmp_path, seeds_dir, shared_dir):
    scorer = shared_dir / "tools" / "score_extraction.py"
    gold = shared_dir / "gold" / "seeds.gold.json"
    for needed in (scorer, gold):
        if not needed.is_file():
            pytest.skip(f"{needed} is absent")

    out = tmp_path / "profiles.json"
    ex = run_cli("extract", "--seeds", seeds_dir, "--out", out)
    assert ex.returncode == 0, f"extract exited {ex.returncode}: {ex.stderr}"
    assert out.is_file()

    cmd = [
        sys.executable,
        str(scorer),
        "--gold",
        str(gold),
        "--pred",
        str(out),
        "--seeds",
        str(seeds_dir),
        "--json",
    ]
    for spec in THRESHOLDS:
        cmd += ["--min", spec]
    res = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=300)
    try:
        report = json.loads(res.stdout)
    except json.JSONDecodeError:
        report = {
            "failed": ["(scorer output is not JSON)"],
            "problems": [res.stdout, res.stderr],
            "metrics": {},
        }
    message = (
        f"scorer exit {res.returncode}; failed metrics: {report.get('failed')}\n"
        + "\n".join(f"  - {p}" for p in report.get("problems", []))
        + f"\nmetrics: {report.get('metrics')}"
    )
    assert res.returncode == 0, message
    assert report["failed"] == [], message
