"""Key findings at size (analysis/views/findings.py): above MANY_CITIES places, three to five
national statements with their source numbers (municipalities; counties apart), then one
statement per Land, not one per place. Also the intervals table's filter and the source
numbers of a finding cited as runs."""

from __future__ import annotations

from datetime import date

import typed_cities as fx

from analysis.reporting import display
from analysis.reporting.texts import texts
from analysis.views.findings import MANY_CITIES, Finding, dated_steps, key_findings, state_label
from analysis.views.governance_comparison import all_facts

EN = texts("en")

NRW = ("Bielefeld", "Hamm", "Unna", "Detmold", "Borken", "Minden", "Herford", "Soest")
HESSEN = ("Kassel", "Fulda", "Gießen", "Wetzlar", "Korbach", "Bad Hersfeld")


def place(i: int, name: str) -> dict:
    status = ("in_office", "planned", None)[i % 3]
    g = fx.governance(True if status == "in_office" else (None if status is None else False), "mayor")
    g["cdo_status"] = status
    events = [fx.event(f"{2016 + i % 5}-03", "strategy_adopted", "Strategie beschlossen")] if i % 2 else []
    return fx.document(f"p{i:02d}", name, "news", "2022-05-01", g, events=events)


def dataset() -> dict:
    docs = [place(i, name) for i, name in enumerate(NRW + HESSEN)]
    county = fx.governance(True, "staff_unit")
    docs.append(fx.document("c01", "Lippe", "news", "2023-01-01", county))  # a county (Kreis)
    return {"schema_version": 1, "documents": docs}


def found():
    facts = all_facts(dataset())
    assert len(facts) > MANY_CITIES
    return key_findings(facts, EN, date(2026, 12, 7), typed=True)


def test_key_findings_at_size_are_national_statements_then_one_per_land():
    items = found()
    per_state = [x for x in items if x.text.startswith(("Nordrhein-Westfalen,", "Hessen,"))]
    national = items[: len(items) - len(per_state)]
    assert 3 <= len(national) <= 5 and items[len(national) :] == per_state  # the Länder come after
    assert [x.text.split(",")[0] for x in per_state] == ["Nordrhein-Westfalen", "Hessen"]
    for x in items:
        assert x.doc_ids, x.text  # every statement carries its source numbers
    assert not any(x.text.startswith(NRW + HESSEN) for x in items)  # never one per place
    # the statements are shares over the places that answer, municipalities only
    assert national[0].text.startswith("Digital strategy, over the 7 municipalities whose sources state")
    assert "adopted 7 of 7 (100 %)" in national[0].text
    assert "in office 5 of 10 (50 %)" in national[1].text  # 14 places, 4 silent; Lippe apart
    counties = next(x for x in national if x.text.startswith("1 county"))
    assert counties.doc_ids == ["c01"] and "CDO in office 1 of 1 (100 %)" in counties.text
    # a Land's statement cites the sources of its own places, and names its county
    nrw = per_state[0]
    assert nrw.text.startswith("Nordrhein-Westfalen, 9 places (8 municipalities and 1 county)")
    assert set(nrw.doc_ids) <= {f"p{i:02d}" for i in range(len(NRW))} | {"c01"}
    hessen = per_state[1]
    assert set(hessen.doc_ids) <= {f"p{i:02d}" for i in range(len(NRW), len(NRW) + len(HESSEN))}


def test_a_state_the_register_does_not_know_is_said_to_be_unknown():
    assert state_label("", EN) == "Land not known"
    assert state_label("Hessen", EN) == "Hessen"


def test_the_intervals_table_lists_only_places_with_a_dated_step():
    facts = all_facts(dataset())
    with_step = {f.city for f in facts if dated_steps(f)}
    adopted = {name for i, name in enumerate(NRW + HESSEN) if i % 2}
    assert with_step == adopted  # the others are counted in a sentence under the table


def test_a_finding_cites_consecutive_sources_as_runs(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(display, "_show", shown.append)
    display.setup("en")

    numbers = {"a": 1, "b": 2, "c": 3, "d": 4, "f": 6, "h": 8, "i": 9}
    item = Finding("x", ["a", "b", "c", "d", "f", "h", "i"])
    display.findings([item], lambda ids: ", ".join(str(numbers[i]) for i in ids))
    html = shown[0]
    assert '[1</a>–<a class="note" href="#source-4">4]</a>' in html
    assert '<a class="note" href="#source-6">[6]</a>' in html
    assert '<a class="note" href="#source-8">[8]</a> <a class="note" href="#source-9">[9]</a>' in html
    assert "source-2" not in html  # inside a run: not linked one by one


def test_a_statement_over_hundreds_of_places_cites_its_first_runs_then_how_many_more(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(display, "_show", shown.append)
    display.setup("en")

    item = Finding("x", [f"d{i}" for i in range(1, 200, 2)])  # 100 sources, none consecutive
    display.findings([item], lambda ids: ", ".join(i[1:] for i in ids))
    html = shown[0]
    assert html.count('class="note"') == display.NOTE_RUNS
    assert "… and 88 more (in the bibliography)" in html
