"""End to end: the CLI's output for the seeds meets the gold labels under the reference
scorer: perfect on every fact, with typed events (issues 2 and 9)."""

from __future__ import annotations

from conftest import assert_meets_gold

SEED_THRESHOLDS = [
    "city=1",
    "published=1",
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


def test_seeds_meet_gold_thresholds(tmp_path, seeds_dir, shared_dir):
    assert_meets_gold(tmp_path, seeds_dir, shared_dir / "gold" / "seeds.gold.json", SEED_THRESHOLDS)
