"""A large folder is extracted by several processes with the same result as by one: the same
profiles, the same skipped files in the same order, the same "document id already used"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis.dataset import profiles

DEV_DOCS = Path(__file__).resolve().parent / "reference" / "dev" / "docs"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for source in sorted(DEV_DOCS.glob("*.txt"))[:6]:
        shutil.copy(source, tmp_path / source.name)
    (tmp_path / "a_empty.txt").write_bytes(b"")  # skipped: empty
    (tmp_path / "b_binary.txt").write_bytes(b"\x00\x01\x02" * 50)  # skipped: binary
    first = sorted(DEV_DOCS.glob("*.txt"))[6]
    shutil.copy(first, tmp_path / "twice.txt")
    (tmp_path / "twice.html").write_text(
        "<p>Die Stadt Musterfeld hat eine Digitalstrategie.</p>", encoding="utf-8"
    )
    return tmp_path


def _outcome(result: profiles.ExtractResult) -> tuple[str, list[str]]:
    return profiles.dumps(result.dataset), [err.line() for err in result.skipped]


def test_two_processes_give_what_one_gives(folder: Path, monkeypatch: pytest.MonkeyPatch):
    one = _outcome(profiles.extract_folder(folder, jobs=1))
    monkeypatch.setattr(profiles, "PARALLEL_FROM", 2)
    forked = []
    real_pool = profiles.mp.get_context("fork").Pool

    class CountingContext:
        def Pool(self, n):  # multiprocessing's name
            forked.append(n)
            return real_pool(n)

    monkeypatch.setattr(profiles.mp, "get_context", lambda method: CountingContext())
    two = _outcome(profiles.extract_folder(folder, jobs=2))
    assert forked == [2]  # the folder really went to two processes
    assert two == one
    assert len(one[1]) == 3 and "already used by twice.html" in one[1][-1]


def test_a_small_folder_stays_in_this_process(folder: Path, monkeypatch: pytest.MonkeyPatch):
    def no_pool(method):
        raise AssertionError("a pool for a folder below PARALLEL_FROM")

    monkeypatch.setattr(profiles.mp, "get_context", no_pool)
    assert len(profiles.list_sources(folder)) < profiles.PARALLEL_FROM
    result = profiles.extract_folder(folder, jobs=2)
    assert len(result.dataset["documents"]) == 7
