"""End to end on the development corpus of real texts (tests/reference/dev, a copy of
../shared/dev): the CLI's output meets the thresholds of issue 9 under the reference scorer."""

from __future__ import annotations

from conftest import assert_meets_gold

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


def test_dev_corpus_meets_issue_thresholds(tmp_path, shared_dir):
    assert_meets_gold(
        tmp_path, shared_dir / "dev" / "docs", shared_dir / "gold" / "dev.gold.json", DEV_THRESHOLDS
    )
