"""The scale benchmark's corpus draws real places from the municipality register: distinct,
each read back as that very place with its Land, about one in eight a county, and larger
places likelier than their share of the register."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from analysis.dataset.places import COUNTY, place_facts

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from _common import COUNTY_SHARE, register_places


def test_register_places_are_real_distinct_and_read_as_themselves():
    places = register_places(200, random.Random(7))
    assert len(set(places)) == 200
    facts = [place_facts(p) for p in places]
    assert all(f is not None and f.name == p and f.state for p, f in zip(places, facts, strict=True))
    assert sum(f.kind == COUNTY for f in facts) == round(200 * COUNTY_SHARE)
    # weighted towards larger places: far more above 20,000 than the register's few percent
    assert sum(f.population >= 20_000 for f in facts) > 40
    assert len({f.state for f in facts}) >= 12


def test_the_same_seed_draws_the_same_places():
    assert register_places(50, random.Random(3)) == register_places(50, random.Random(3))
