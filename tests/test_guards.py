"""Tests written to catch specific bugs: each fails when its bug is put back.

- atomic writes: a writer interrupted between write and rename leaves the old file whole
  (profiles, tables, the index, the corrections file that `review --apply` appends to);
- placement rules: for every pair of placement cues in one sentence, the stronger wins;
- escaping: quotes inside HTML attributes are escaped.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from analysis import atomic
from analysis.dataset.profiles import write_profiles
from analysis.dataset.tables import write_tables
from analysis.reading.reader import SourceText

OLD = "old content, whole\n"


class Interrupted(Exception):
    """Stands for a kill between writing the new bytes and the rename."""


@pytest.fixture
def interrupted_rename(monkeypatch):
    """os.replace that records, for each target, what it held at the moment of the rename,
    then fails: as if the process died just before the rename."""
    seen: dict[Path, str] = {}

    def replace(src, dst):
        dst = Path(dst)
        seen[dst] = dst.read_text(encoding="utf-8") if dst.exists() else ""
        raise Interrupted(str(dst))

    monkeypatch.setattr(os, "replace", replace)
    return seen


def _leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.startswith(".") and ".tmp" in p.name]


def test_atomic_write_interrupted_before_rename_keeps_the_old_file(tmp_path, interrupted_rename):
    target = tmp_path / "report.html"
    target.write_text(OLD, encoding="utf-8")
    with pytest.raises(Interrupted):
        atomic.write_text(target, "new " * 10_000)
    assert target.read_text(encoding="utf-8") == OLD
    assert interrupted_rename[target] == OLD
    assert _leftovers(tmp_path) == []


def test_atomic_path_failure_inside_the_block_keeps_the_old_file(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_text(OLD, encoding="utf-8")
    with pytest.raises(RuntimeError), atomic.atomic_path(target) as tmp:
        tmp.write_text("half of a new fi", encoding="utf-8")
        raise RuntimeError("killed mid-write")
    assert target.read_text(encoding="utf-8") == OLD
    assert _leftovers(tmp_path) == []


def test_profiles_and_tables_are_written_through_a_rename(tmp_path, profiles, interrupted_rename):
    """A writer that wrote straight to its target would change it before any rename."""
    dataset = profiles
    profiles = tmp_path / "profiles.json"
    profiles.write_text(OLD, encoding="utf-8")
    with pytest.raises(Interrupted):
        write_profiles(dataset, profiles)
    assert profiles.read_text(encoding="utf-8") == OLD

    tables = tmp_path / "tables"
    tables.mkdir()
    for name in ("documents", "events"):
        (tables / f"{name}.csv").write_text(OLD, encoding="utf-8")
    with pytest.raises(Interrupted):
        write_tables(dataset, tables)
    assert all(t.read_text(encoding="utf-8") == OLD for t in tables.glob("*.csv"))
    assert _leftovers(tmp_path) == []


def test_index_is_written_through_a_rename(tmp_path, profiles, interrupted_rename):
    from analysis.build.catalogue import plan_reports
    from analysis.reporting.index import write_index

    dataset = profiles
    index = tmp_path / "index.html"
    index.write_text(OLD, encoding="utf-8")
    with pytest.raises(Interrupted):
        write_index(tmp_path, plan_reports(dataset), dataset, ("html",), "2026-01-01 00:00 UTC", set(), [])
    assert index.read_text(encoding="utf-8") == OLD
    assert interrupted_rename[index] == OLD


def test_corrections_are_appended_through_a_rename(tmp_path, interrupted_rename):
    """`review --apply` appends to corrections.csv: written in place, a kill mid-write would
    leave the analysts' file cut off (issue 19)."""
    from analysis.dataset.corrections import Correction
    from analysis.review import append_corrections

    path = tmp_path / "corrections.csv"
    old = "doc_id,field,action,value,note\nd1,city,set,Musterstadt,typo\n"
    path.write_text(old, encoding="utf-8")
    with pytest.raises(Interrupted):
        append_corrections(
            path, [Correction(3, "d2", "partners", "add", "Beispielverein", "Vertrag", "ab" * 6)]
        )
    assert path.read_text(encoding="utf-8") == old
    assert interrupted_rename[path] == old
    assert _leftovers(tmp_path) == []


# --- placement: the stronger cue wins over the weaker in the same sentence ---------------------

# One cue per placement, of an invented city; each alone gives its placement.
CUES = {
    "it_department": "ist zugleich Leiter des Amtes für Informationstechnik",
    "mayor": "ist direkt dem Oberbürgermeister unterstellt",
    "administration_department": "ist im Dezernat für Bildung und Kultur angesiedelt",
    "staff_unit": "leitet eine eigene Stabsstelle",
}
STRENGTH = ["it_department", "mayor", "administration_department", "staff_unit"]  # strongest first


def _placement(sentence: str) -> str | None:
    from analysis.extraction import extract_document

    text = (
        "Digitalisierung in Quellbrunn\n\n"
        "Die Stadt Quellbrunn hat eine Digitalstrategie.\n\n"
        f"Der Chief Digital Officer der Stadt Quellbrunn {sentence}.\n"
    )
    source = SourceText("t", "t.txt", "0" * 64, "utf-8", text, text)
    return extract_document(source)["governance"]["cdo_placement"]


@pytest.mark.parametrize("placement", STRENGTH)
def test_each_placement_cue_alone(placement):
    assert _placement(CUES[placement]) == placement


@pytest.mark.parametrize(
    ("strong", "weak"),
    [(a, b) for i, a in enumerate(STRENGTH) for b in STRENGTH[i + 1 :]],
)
def test_stronger_placement_cue_wins_in_either_order(strong, weak):
    assert _placement(f"{CUES[strong]} und {CUES[weak]}") == strong
    assert _placement(f"{CUES[weak]} und {CUES[strong]}") == strong


# --- escaping -----------------------------------------------------------------------------------


def test_esc_escapes_quotes_for_attributes():
    from analysis.reporting.display import esc

    assert esc("say \"x\" & 'y' <z>") == "say &quot;x&quot; &amp; &#x27;y&#x27; &lt;z&gt;"


def test_figure_alt_text_cannot_break_out_of_its_attribute():
    import html.parser

    from matplotlib.figure import Figure

    from analysis.reporting.display import figure_html

    fig = Figure(figsize=(1, 1))
    fig.add_subplot().plot([0, 1], [0, 1])
    markup = figure_html(fig, "caption", alt='x" onerror="alert(1)')

    found: list[dict] = []

    class Attrs(html.parser.HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag == "img":
                found.append(dict(attrs))

    Attrs().feed(markup)
    (img,) = found
    assert "onerror" not in img
    assert img["alt"] == 'x" onerror="alert(1)'
