"""What a change of input rebuilds, and what a removed source takes with it (real builds, HTML
only to keep them short), and that the report writer renames its outputs into place."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow

CITY_PAGE = """Digitalisierung in {city}

Die Stadt {city} treibt die Digitalisierung ihrer Verwaltung voran.

Organisationsstruktur

In {city} ist der Chief Digital Officer (CDO) im Dezernat für Digitales angesiedelt.

Meilensteine

Im März {year} hat der Rat der Stadt {city} die Digitalstrategie beschlossen.
"""


def _write(folder: Path, city: str, year: int) -> None:
    (folder / f"{city.lower()}.txt").write_text(CITY_PAGE.format(city=city, year=year), encoding="utf-8")


def _build(seeds: Path, out: Path) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis",
            "build",
            "--seeds",
            str(seeds),
            "--out",
            str(out),
            "--formats",
            "html",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr
    return result


def _built(result: subprocess.CompletedProcess) -> set[str]:
    return set(re.findall(r"^built (\S+) in ", result.stderr, re.M))


@pytest.fixture(scope="module")
def two_cities(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds")
    out = tmp_path_factory.mktemp("out")
    _write(seeds, "Lemgo", 2019)
    _write(seeds, "Detmold", 2020)
    first = _build(seeds, out)
    return seeds, out, first


COMPARISONS = {"governance-comparison", "strategy-timelines"}


def test_first_build_builds_every_report(two_cities):
    _seeds, _out, first = two_cities
    assert _built(first) == COMPARISONS | {"city-lemgo", "city-detmold"}


def test_a_changed_source_rebuilds_exactly_its_reports(two_cities):
    seeds, out, _ = two_cities
    _write(seeds, "Lemgo", 2021)  # one city's text changes
    second = _build(seeds, out)
    assert _built(second) == COMPARISONS | {"city-lemgo"}
    assert "2021" in (out / "city-lemgo.html").read_text(encoding="utf-8")
    third = _build(seeds, out)
    assert _built(third) == set()


def test_a_removed_city_takes_its_reports_with_it(two_cities):
    seeds, out, _ = two_cities
    assert (out / "city-detmold.html").exists()
    (seeds / "detmold.txt").unlink()
    result = _build(seeds, out)
    assert _built(result) == COMPARISONS
    assert not (out / "city-detmold.html").exists()
    assert not (out / "notebooks" / "city-detmold.ipynb").exists()
    state = json.loads((out / ".build" / "state.json").read_text(encoding="utf-8"))
    assert "city-detmold" not in state
    assert "city-detmold" not in (out / "index.html").read_text(encoding="utf-8")


def test_report_outputs_are_renamed_into_place(tmp_path, monkeypatch):
    """The worker never writes a report straight to its target: at the moment each target
    is replaced it still holds the previous version."""
    from analysis.build import plan_reports, render_report, report_meta
    from analysis.dataset.profiles import extract_folder, write_profiles

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    _write(seeds, "Lemgo", 2019)
    dataset = extract_folder(seeds).dataset
    out = tmp_path / "out"
    profiles = out / "data" / "profiles.json"
    write_profiles(dataset, profiles)
    spec = next(s for s in plan_reports(dataset) if s.name == "city-lemgo")
    targets = [out / "city-lemgo.html", out / "city-lemgo.pdf", out / "notebooks" / "city-lemgo.ipynb"]
    for t in targets:
        t.parent.mkdir(parents=True, exist_ok=True)
        t.write_text("previous version", encoding="utf-8")

    held_at_rename: dict[Path, str] = {}
    real_replace = os.replace

    def replace(src, dst):
        dst = Path(dst)
        if dst.exists():
            held_at_rename[dst] = dst.read_text(encoding="utf-8", errors="replace")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    outcome = render_report(
        spec, str(profiles), str(out), ("html", "pdf"), report_meta(spec, dataset, "2026-01-01 00:00 UTC")
    )
    assert outcome.ok, outcome.message
    for t in targets:
        assert held_at_rename.get(t) == "previous version", t
        assert t.read_bytes() != b"previous version"
