"""The reference copies in tests/reference are still what the shared folder holds."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

REFERENCE = Path(__file__).resolve().parent / "reference"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def _recorded() -> dict[str, str]:
    origin = (REFERENCE / "ORIGIN.md").read_text(encoding="utf-8")
    return {path: digest for digest, path in re.findall(r"^([0-9a-f]{64})  \./(\S+)$", origin, re.M)}


def test_copies_match_the_hashes_recorded_in_origin():
    recorded = _recorded()
    assert recorded, "ORIGIN.md lists no files"
    on_disk = {
        p.relative_to(REFERENCE).as_posix()
        for p in REFERENCE.rglob("*")
        if p.is_file() and p.name != "ORIGIN.md"
    }
    assert on_disk == set(recorded)
    for path, digest in recorded.items():
        assert hashlib.sha256((REFERENCE / path).read_bytes()).hexdigest() == digest, path


def test_copies_are_still_identical_to_the_shared_folder():
    if not SHARED.is_dir():
        pytest.skip("no shared folder beside this clone: the copies are all there is")
    drifted = [
        path
        for path in _recorded()
        if (SHARED / path).is_file() and (SHARED / path).read_bytes() != (REFERENCE / path).read_bytes()
    ]
    assert drifted == [], f"shared material changed since it was copied: {drifted}; copy it again"
