"""End to end on the development corpus of real texts (../shared/dev): the CLI's output meets
the thresholds of issue 9 under the shared scorer, and the seeds keep their perfect scores
with typed events."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_cli

DEV_THRESHOLDS = [
    "city=0.95",
    "cdo=0.95",
    "cdo_placement=0.85",
    "cdo_holder=0.85",
    "events_f1=0.92",
    "event_type=0.85",
    "units=0.7",
    "partners=0.6",
    "funding=0.6",
    "projects_recall=0.66",
    "people=0.85",
    "leaks=0",
    "bad_evidence=0",
]
SEED_THRESHOLDS = [
    "city=1",
    "cdo=1",
    "cdo_placement=1",
    "cdo_holder=1",
    "events_f1=1",
    "units=1",
    "partners=1",
    "funding=1",
    "projects_recall=1",
    "people=1",
    "event_type=0.9",
    "leaks=0",
    "bad_evidence=0",
]


def _score(tmp_path: Path, docs: Path, gold: Path, scorer: Path, thresholds: list[str]) -> None:
    for needed in (scorer, gold, docs):
        if not needed.exists():
            pytest.skip(f"{needed} is absent")
    out = tmp_path / "profiles.json"
    ex = run_cli("extract", "--seeds", docs, "--out", out)
    assert ex.returncode == 0, f"extract exited {ex.returncode}: {ex.stderr}"
    cmd = [
        sys.executable,
        str(scorer),
        "--gold",
        str(gold),
        "--pred",
        str(out),
        "--seeds",
        str(docs),
        "--json",
    ]
    for spec in thresholds:
        cmd += ["--min", spec]
    res = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=300)
    report = json.loads(res.stdout)
    message = (
        f"failed metrics: {report['failed']}\n"
        + "\n".join(f"  - {p}" for p in report["problems"])
        + f"\nmetrics: {report['metrics']}"
    )
    assert res.returncode == 0 and report["failed"] == [], message


def test_dev_corpus_meets_issue_thresholds(tmp_path, shared_dir):
    _score(
        tmp_path,
        shared_dir / "dev" / "docs",
        shared_dir / "gold" / "dev.gold.json",
        shared_dir / "tools" / "score_extraction.py",
        DEV_THRESHOLDS,
    )


def test_seeds_stay_perfect_with_typed_events(tmp_path, seeds_dir, shared_dir):
    _score(
        tmp_path,
        seeds_dir,
        shared_dir / "gold" / "seeds.gold.json",
        shared_dir / "tools" / "score_extraction.py",
        SEED_THRESHOLDS,
    )
