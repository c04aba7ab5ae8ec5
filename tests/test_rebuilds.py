"""What a change of input rebuilds, and what a removed source takes with it (one test of
real builds, HTML only, tiny invented pages), and that the report writer renames its
outputs into place (one report rendered)."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
from conftest import run_build

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
    result = run_build(seeds, out, "--formats", "html", "--lang", "en,de")
    assert result.returncode == 0, result.stderr
    return result


def _built(result: subprocess.CompletedProcess) -> set[str]:
    return set(re.findall(r"^built (\S+) in ", result.stderr, re.M))


def _in_both_languages(*names: str) -> set[str]:
    return {n for name in names for n in (name, f"{name}-de")}


COMPARISONS = ("governance-comparison", "strategy-timelines")


def test_a_change_of_sources_rebuilds_exactly_the_reports_that_read_them(tmp_path):
    """The suite's one real-build test of change detection (issue 19 merged four): of three
    cities, one source changes and one is removed. In each language exactly the changed
    city's profile and the two comparisons are rebuilt; the removed city's reports, notebooks,
    state and index entries go; the unchanged city's profile stays as it was built.
    (Corrections: `test_corrections.py` checks the fingerprints they change; a no-op rebuild:
    `test_build.py` on the shared build; the fingerprint per language: `test_build_plan.py`.)"""
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    for city, year in (("Lemgo", 2019), ("Detmold", 2020), ("Minden", 2018)):
        _write(seeds, city, year)
    first = _build(seeds, out)
    assert _built(first) == _in_both_languages(*COMPARISONS, "city-lemgo", "city-detmold", "city-minden")
    minden = (out / "city-minden.html").stat().st_mtime_ns

    _write(seeds, "Lemgo", 2021)  # one city's text changes
    (seeds / "detmold.txt").unlink()  # one city's only source is removed
    second = _build(seeds, out)
    assert _built(second) == _in_both_languages(*COMPARISONS, "city-lemgo"), second.stderr
    assert "2021" in (out / "city-lemgo.html").read_text(encoding="utf-8")
    assert "2021" in (out / "city-lemgo-de.html").read_text(encoding="utf-8")
    assert (out / "city-minden.html").stat().st_mtime_ns == minden
    for name in _in_both_languages("city-detmold"):
        assert not (out / f"{name}.html").exists(), name
        assert not (out / "notebooks" / f"{name}.ipynb").exists(), name
    state = json.loads((out / ".build" / "state.json").read_text(encoding="utf-8"))
    assert not [name for name in state if "detmold" in name]
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
