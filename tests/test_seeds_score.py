"""End to end: the CLI's output for the seeds meets the gold labels under the reference
scorer: perfect (1.0) on every metric of the one threshold table (`score_thresholds.py`),
typed events included, no leak and no bad evidence (issues 2, 9 and 19)."""

from __future__ import annotations

from conftest import assert_meets_gold
from score_thresholds import seed_thresholds


def test_seeds_meet_gold_thresholds(tmp_path, seeds_dir, shared_dir):
    assert_meets_gold(tmp_path, seeds_dir, shared_dir / "gold" / "seeds.gold.json", seed_thresholds())
