"""An item an analyst added (`events,add`, a `missing` verdict of the review sheet) has no
quote in the text (`evidence: null`, `corrected` set). Every view the notebooks call, and
the notebooks themselves, must show the analyst's note where they show a quote, and never
fail on the missing one (issue 20: 3 of 6 reports failed with a TypeError)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typed_cities import SOURCE_LIST, dataset

from analysis.dataset import corrections as corr
from analysis.dataset.tables import frames
from analysis.reporting import display
from analysis.reporting.texts import LANGUAGES, texts
from analysis.review import sheet_rows
from analysis.views import city_profile, governance_comparison, strategy_timelines
from analysis.views.corrections import corrections_table_rows, quote_or_note
from analysis.views.findings import city_facts, key_findings
from analysis.views.sources import Bibliography, offsets_table

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
TODAY = date(2026, 12, 1)

# One added item of every kind a correction can add, in invented towns; the two events are
# the ones the reports quote first: the date of a change of governance (Nordhafen) and the
# first strategy adoption of a city (Osterfeld).
ADDED = [
    ("a2", "events", "2021-03|milestone|organisation|Neuordnung der Digitalisierung", "Ratsprotokoll März"),
    ("c1", "events", "2018-05|milestone|strategy_adopted|Digitalstrategie Osterfeld", "Amtsblatt Mai 2018"),
    ("a1", "projects", "Datenportal|Verwaltung", "Haushaltsplan nennt es"),
    ("a1", "people", "Erika Probe|Chief Digital Officer|city", "Organigramm"),
    ("a1", "partners", "Hochschule Nordhafen", "Kooperationsvertrag"),
    ("a1", "funding", "Landesprogramm Digitale Stadt", "Förderbescheid"),
    ("a1", "governance.units", "Stabsstelle Digitales", "Geschäftsverteilungsplan"),
]
NOTES = [note for *_, note in ADDED]


def corrected_dataset() -> dict:
    data = dataset()
    for d in data["documents"]:  # the fixture carries corrections already: start from an extraction
        d.pop("corrections", None)
        for e in d["events"]:
            e.pop("corrected", None)
    rows = [
        corr.Correction(line, doc_id, field, "add", value, note)
        for line, (doc_id, field, value, note) in enumerate(ADDED, start=2)
    ]
    result = corr.apply_rows(data, rows)
    assert not result.skipped, [e.line() for e in result.skipped]
    added = [i for d in result.dataset["documents"] for f in corr.LIST_FIELDS for i in corr._get(d, f)]
    assert sum(i["evidence"] is None for i in added) == len(ADDED)
    return result.dataset


@pytest.fixture(scope="module")
def data() -> dict:
    return corrected_dataset()


def test_quote_or_note_gives_the_quote_or_the_marked_note():
    T = texts("en")
    assert quote_or_note({"evidence": {"quote": "Ein Satz."}}, T) == "Ein Satz."
    shown = quote_or_note({"evidence": None, "corrected": {"note": "Ratsprotokoll", "action": "add"}}, T)
    assert shown is not None and "Ratsprotokoll" in shown and T("ui.corrected_mark") in shown


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_view_the_notebooks_call_takes_an_added_item_of_each_kind(data, lang):
    T = texts(lang)
    facts = governance_comparison.all_facts(data, "all")
    bib = Bibliography([d for f in facts for d in f.view.documents], SOURCE_LIST, T)
    notes = bib.notes
    findings = key_findings(facts, T, TODAY, True)
    assert any(f.corrected == "Amtsblatt Mai 2018" for f in findings)  # the added adoption, marked
    assert all(f.quote is None or "Amtsblatt" not in f.quote for f in findings)  # a note is no quote
    governance_comparison.glance_table(facts, T, notes, TODAY)
    governance_comparison.changes_table([f for f in facts if f.changes], T, notes)
    appendix = governance_comparison.evidence_appendix(facts, T, notes)
    quotes = " ".join(appendix[T("evidence.quote")])
    assert "Ratsprotokoll März" in quotes and "Amtsblatt Mai 2018" in quotes
    offsets = offsets_table(bib.documents, T, notes)
    assert not offsets[T("tech.offsets")].str.contains("None").any()
    rows = corrections_table_rows(bib.documents, T, bib.note)
    assert {r[T("tech.note")] for r in rows} == set(NOTES)
    frame = strategy_timelines.timeline_frame(data, "all", 2000, 2030)
    events = strategy_timelines.events_table(frame, T, notes)
    assert events[T("events.quote")].str.contains("Amtsblatt Mai 2018").any()
    for city in ("Nordhafen", "Osterfeld", "Südwald"):
        f = city_facts(data, city)
        city_profile.fact_box(f, T, notes, TODAY)
        city_profile.events_table(city_profile.events(f.view), T, notes)
        for key in city_profile.ITEM_COLUMNS:
            city_profile.items_table(f.view, key, T, notes)
        city_profile.themes_table(f.view, T, notes)


def test_tables_and_review_sheet_take_added_items(data):
    tables = frames(data)
    for name in ("events", "projects", "people", "partners", "funding", "units"):
        added = tables[name][tables[name]["correction"].notna()]
        assert len(added) >= 1 and added["quote"].isna().all(), name
    assert sum(r["check"].startswith("added by correction") for r in sheet_rows(data)) == len(ADDED)


def test_display_evidence_shows_the_note_of_an_added_event_not_a_quote(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(display, "_show", shown.append)
    display.setup("en")
    display.evidence({"evidence": None, "corrected": {"note": "Ratsprotokoll <März>"}}, "[1]")
    display.evidence({"evidence": {"quote": "Der Rat beschloss."}}, "[2]")
    assert "Ratsprotokoll &lt;März&gt;" in shown[0] and "<blockquote" not in shown[0]
    assert shown[1].startswith('<blockquote lang="de">') and "Der Rat beschloss." in shown[1]


def _run_notebook(name: str, parameters: dict, monkeypatch, tmp_path: Path) -> None:
    """The notebook's code cells in this process (no kernel): what papermill would run."""
    monkeypatch.chdir(NOTEBOOKS)
    monkeypatch.setattr(display, "_show", lambda markup: None)
    cells = json.loads((NOTEBOOKS / name).read_text("utf-8"))["cells"]
    code = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
    namespace: dict = {}
    exec(code[0], namespace)  # the parameters cell, then what papermill injects
    namespace.update(parameters)
    for source in code[1:]:
        exec(source, namespace)


@pytest.mark.parametrize(
    "notebook, parameters",
    [
        ("governance_comparison.ipynb", {}),
        ("strategy_timelines.ipynb", {}),
        ("city_profile.ipynb", {"city": "Nordhafen"}),
        ("city_profile.ipynb", {"city": "Osterfeld"}),
    ],
)
def test_the_notebooks_run_with_added_items(data, notebook, parameters, monkeypatch, tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    profiles = tmp_path / "profiles.json"
    profiles.write_text(json.dumps(data), encoding="utf-8")
    params = {"profiles_path": str(profiles), "sources_path": "", "built": "2026-12-01T00:00:00Z"}
    _run_notebook(notebook, {**params, **parameters}, monkeypatch, tmp_path)
