"""How `make test` spreads the suite over the cores (pytest-xdist, `--dist loadgroup`): the
readers of a shared build run on one worker, so the build runs once; a worker starts the
long tests first. Checked on stand-in test items, in milliseconds."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import pytest
from conftest import build_jobs, run_main, schedule, ungrouped_readers


@dataclass
class StandInItem:
    """What the scheduling hook reads of a collected test: its fixtures and its marks."""

    name: str
    fixturenames: tuple[str, ...] = ()
    marks: list[pytest.Mark] = field(default_factory=list)
    nodeid: str = ""

    def add_marker(self, marker: pytest.MarkDecorator) -> None:
        self.marks.append(marker.mark)

    def iter_markers(self, name: str):
        return (m for m in self.marks if m.name == name)

    def get_closest_marker(self, name: str) -> pytest.Mark | None:
        return next(self.iter_markers(name), None)


def items() -> list[StandInItem]:
    return [
        StandInItem("fast_a"),
        StandInItem("reads_the_seeds_build", ("tmp_path", "built_reports")),
        StandInItem("own_build", marks=[pytest.mark.slow.mark]),
        StandInItem("reads_the_small_build", ("small_seeds", "small_build")),
        StandInItem("fast_b", ("tmp_path",)),
        StandInItem("reads_both", ("built_reports", "small_build")),
    ]


def groups(collected: list[StandInItem]) -> dict[str, list[str]]:
    return {
        item.name: [str(m.args[0]) for m in item.iter_markers("xdist_group")]
        for item in collected
        if item.get_closest_marker("xdist_group")
    }


def test_the_readers_of_a_shared_build_are_one_group():
    """One group per shared build (xdist runs a session fixture once per worker: split over
    two workers, the seeds would be built twice); a test reading both joins the first."""
    collected = items()
    schedule(collected, worker=None)
    assert groups(collected) == {
        "reads_the_seeds_build": ["built_reports"],
        "reads_the_small_build": ["small_build"],
        "reads_both": ["built_reports"],
    }


def test_a_worker_starts_the_shared_builds_then_the_slow_tests_then_the_rest():
    collected = items()
    schedule(collected, worker="gw1")
    assert [item.name for item in collected] == [
        "reads_the_seeds_build",
        "reads_the_small_build",
        "reads_both",
        "own_build",
        "fast_a",
        "fast_b",
    ]


def test_a_serial_run_keeps_the_order_of_the_files():
    """Without workers nothing is gained by moving tests, and a module's fixtures would be
    set up twice."""
    collected = items()
    schedule(collected, worker=None)
    assert [item.name for item in collected] == [item.name for item in items()]


def test_a_reader_whose_id_lacks_its_group_is_found():
    """xdist groups by a suffix of the test id; where it cannot add one (pytest 9.2), the
    session stops instead of building the seeds once per worker."""
    collected = items()
    schedule(collected, worker="gw0")
    for item in collected:
        if item.name != "reads_the_small_build":
            item.nodeid = f"tests/test_x.py::{item.name}"
    collected[1].nodeid = "tests/test_x.py::reads_the_small_build@small_build"
    assert [item.name for item in collected][1] == "reads_the_small_build"
    assert ungrouped_readers(collected) == [
        "tests/test_x.py::reads_the_seeds_build",
        "tests/test_x.py::reads_both",
    ]


# --- builds inside tests, and the command line in process ------------------------------------


@pytest.mark.parametrize(("workers", "cores", "jobs"), [(None, 2, 2), ("2", 2, 1), ("2", 8, 4), ("4", 2, 1)])
def test_a_build_in_a_test_gets_the_cores_left_to_its_worker(monkeypatch, workers, cores, jobs):
    """Two pytest workers on two cores already keep both busy: a build inside a test then
    runs one report at a time instead of putting a third and fourth process on the cores."""
    if workers is None:
        monkeypatch.delenv("PYTEST_XDIST_WORKER_COUNT", raising=False)
    else:
        monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", workers)
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert build_jobs() == jobs


def test_the_command_line_in_process_reports_as_a_subprocess_does_and_leaves_logging_as_found(tmp_path):
    """`run_main` gives the exit status and both streams (argparse's usage errors included),
    and leaves the `analysis` logger as it found it (main() points it at the captured
    stderr; left there, later tests in the worker would lose its messages)."""
    logger = logging.getLogger("analysis")
    before = (logger.handlers[:], logger.level, logger.propagate)
    usage = run_main("extract")
    assert usage.returncode == 2 and "required: --seeds, --out" in usage.stderr and usage.stdout == ""
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "leer.txt").write_bytes(b"")
    skipped = run_main("extract", "--seeds", seeds, "--out", tmp_path / "p.json")
    assert skipped.returncode == 1 and skipped.stderr.startswith("skipped leer.txt: "), skipped.stderr
    assert "wrote" in skipped.stdout
    assert (logger.handlers, logger.level, logger.propagate) == before
