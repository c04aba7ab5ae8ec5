"""The first page says no more than its sources (issue 14): one rule per test, on small typed
fixtures of invented cities that carry the December contract's fields (`cdo_status`,
`reporting_line`, `strategy_presented`, event `subject`)."""

from __future__ import annotations

import ast
import graphlib
from datetime import date
from pathlib import Path

import pytest
import typed_cities as fx

from analysis.dataset.cities import city_row
from analysis.reporting.texts import texts
from analysis.views import city_profile
from analysis.views import governance_comparison as comparison
from analysis.views.findings import city_facts, intervals_rows, key_findings
from analysis.views.sources import Bibliography
from analysis.vocabulary import PLACEMENTS

TODAY = date(2026, 12, 7)
EN, DE = texts("en"), texts("de")


def gov(status, placement=None, holder=None, line=None, decisions=(), bundling=None, quote=fx.QUOTE):
    g = fx.governance(
        True if status == "in_office" else (None if status is None else False),
        placement,
        holder,
        bundling=bundling,
        quote=quote,
    )
    g["cdo_status"] = status
    if line:
        g["reporting_line"] = {"text": line, "evidence": fx.ev(quote=line)}
    g["decisions"] = [{"name": "Ratsbeschluss", "evidence": fx.ev(start, quote=q)} for start, q in decisions]
    return g


def dataset(*docs) -> dict:
    return {"schema_version": 1, "documents": list(docs)}


def notes(data):
    return Bibliography(data["documents"], {}, EN).notes


def first_page(data, T=EN) -> str:
    """Everything the first pages state: key findings, at a glance, fact boxes, intervals."""
    facts = comparison.all_facts(data)
    note = notes(data)
    parts = [x.text for x in key_findings(facts, T, TODAY, typed=True)]
    parts += [" | ".join(map(str, r)) for r in comparison.glance_table(facts, T, note, TODAY).to_numpy()]
    parts += [" | ".join(map(str, r.values())) for r in intervals_rows(facts, T, note)]
    for f in facts:
        parts += [f"{k}: {v}" for k, v in city_profile.fact_box(f, T, note, TODAY)]
    return "\n".join(parts)


# --- status words follow the type -------------------------------------------------------------


@pytest.fixture
def presented():
    """Lindenau adopted an IT strategy in 2004 and presented its digital agenda in May 2019."""
    return dataset(
        fx.document(
            "l1",
            "Lindenau",
            "profile",
            "2020-06-01",
            gov("in_office", "mayor"),
            events=[
                fx.event("2004", "strategy_adopted", "IT-Strategie", subject="IT-Strategie"),
                fx.event(
                    "2019-05", "strategy_presented", "Agenda vorgelegt", subject="Digitale Agenda Lindenau"
                ),
            ],
        )
    )


def test_a_presented_strategy_is_never_called_adopted(presented):
    en = first_page(presented)
    assert "Lindenau presented „Digitale Agenda Lindenau“ in May 2019" in en
    assert "adopted May 2019" not in en and "adopted 2019" not in en
    assert "presented in May 2019" in en  # at a glance, intervals
    assert "„IT-Strategie“ adopted in 2004" in en  # the older step keeps its own verb
    de = first_page(presented, DE)
    assert "vorgelegt im Mai 2019" in de and "beschlossen im Mai 2019" not in de


def test_a_created_post_is_not_a_cdo_in_office_anywhere():
    data = dataset(
        fx.document(
            "h1",
            "Hagenau",
            "profile",
            "2019-03-01",
            gov("post_created", "administration_department"),
            events=[fx.event("2018-06", "council_decision", "Ratsbeschluss zur Stelle")],
        )
    )
    page = first_page(data)
    assert "in office" not in page.replace("in office 0", "")
    assert "Hagenau: a CDO post has been created (within a Dezernat or Fachbereich)" in page
    assert "post created, holder not named" in page
    facts = comparison.all_facts(data)
    typology = comparison.typology(facts, EN)
    assert typology[typology["cities"] == "Hagenau"]["type"].iloc[0].startswith("F:")
    de = first_page(data, DE)
    assert "Stelle geschaffen, Besetzung nicht genannt" in de and "im Amt 0" in de
    evidence = comparison.evidence_appendix(facts, EN, notes(data))
    assert "CDO: post created, holder not named" in set(evidence["fact"])


def test_in_preparation_names_the_strategy_and_no_date_from_a_horizon():
    data = dataset(
        fx.document(
            "m1",
            "Moorbach",
            "strategy",
            "2021-01-01",
            gov(None),
            events=[
                fx.event(
                    "2030",
                    "target",
                    "Masterplan Moorbach 2030",
                    kind="horizon",
                    subject="Masterplan Moorbach 2030",
                )
            ],
        )
    )
    page = first_page(data)
    assert "Moorbach: a strategy is in preparation („Masterplan Moorbach 2030“)" in page
    assert "2030" not in page.replace("Masterplan Moorbach 2030", "")


# --- a reporting line only in the source's words -------------------------------------------------


@pytest.mark.parametrize("placement", list(PLACEMENTS))
def test_no_reporting_line_is_invented_from_the_placement(placement):
    data = dataset(fx.document("r1", "Rabenfels", "profile", "2020-01-01", gov("in_office", placement)))
    for T, words in (
        (EN, ("reporting line", "reports to", "reports through", "Dezernent")),
        (DE, ("berichtet", "Dezernent", "Anbindung", "unterstellt")),
    ):
        page = first_page(data, T)
        assert not any(w in page for w in words), (placement, T.lang)


def test_a_stated_reporting_line_is_quoted():
    data = dataset(
        fx.document(
            "r1",
            "Rabenfels",
            "news",
            "2022-05-01",
            gov("in_office", "it_department", "Paula Probe", line="im Geschäftsbereich des Stadtdirektors"),
        )
    )
    box = dict(city_profile.fact_box(city_facts(data, "Rabenfels"), EN, notes(data), TODAY))
    assert box["Placement and reporting line (in the source's words)"].endswith(
        "; reporting line in the source's words: „im Geschäftsbereich des Stadtdirektors“"
    )
    de = dict(city_profile.fact_box(city_facts(data, "Rabenfels"), DE, notes(data), TODAY))
    assert "Anbindung laut Quelle: „im Geschäftsbereich des Stadtdirektors“" in de[DE("fact.placement")]


# --- "not dated" only for a fact without a date; "none found" where there is none --------------


def test_not_dated_and_none_found_are_different():
    decision = "Der Rat hat am 3. März 2017 die Strategie beschlossen."
    data = dataset(
        fx.document(
            "s1",
            "Seedorf",
            "strategy",
            None,
            gov("in_office", None, decisions=[(0, decision)]),
            events=[fx.event("2017-03-03", "strategy_adopted", "Strategie", quote=decision)],
        ),
        fx.document(
            "t1",
            "Tannheim",
            "profile",
            "2020-01-01",
            gov("in_office", "mayor", decisions=[(0, "Der Rat hat die Stelle beschlossen.")]),
        ),
        fx.document("u1", "Ulmenried", "profile", "2020-01-01", gov("none")),
    )
    rows = {r["city"]: r for r in intervals_rows(comparison.all_facts(data), EN, notes(data))}
    # a decision dated in its own sentence (typed as the adoption) is dated, not "not dated"
    assert rows["Seedorf"]["first council decision"].startswith("3 March 2017 [")
    assert rows["Tannheim"]["first council decision"] == "not dated"  # it exists, no date
    assert rows["Ulmenried"]["first council decision"] == "none found"  # there is none
    assert rows["Tannheim"]["present CDO since"] == "in office, not dated"
    assert rows["Ulmenried"]["present CDO since"] == "none found"
    assert rows["Ulmenried"]["latest reorganisation"] == "none found"
    assert rows["Ulmenried"]["strategy"] == "none found"


# --- an estimate is said to be one ------------------------------------------------------------


def test_an_age_estimated_from_the_latest_date_mentioned_is_said_to_be_an_estimate():
    data = dataset(
        fx.document(
            "b1",
            "Birkenhain",
            "strategy",
            None,
            gov("in_office", None),
            events=[fx.event("2018", "cdo_appointed", "CDO seit Anfang 2018", qualifier="early")],
        )
    )
    assert city_row(data, "Birkenhain").as_of is None
    page = first_page(data)
    assert "undated; latest date mentioned 2018" in page
    assert "years old" not in page and "(8 y)" not in page  # no age stated as a fact
    assert "undatiert, jüngstes genanntes Datum 2018" in first_page(data, DE)


# --- no sentence contradicts a table ----------------------------------------------------------


def test_the_sentence_under_the_change_table_does_not_deny_the_change():
    data = fx.dataset()  # Nordhafen changes; Südwald and Osterfeld have one source each
    facts = comparison.all_facts(data)
    assert len(comparison.changes_table(facts, EN, notes(data))) > 0
    text = comparison.unchanged_text(facts, EN)
    assert text == "For Osterfeld, Südwald there is only one source: no change can be seen."
    assert "No city" not in text


# --- key findings: comparative statements first, sourced, for any number of cities ------------


def city_docs(i: int) -> list[dict]:
    """An invented city per index with one of each kind of answer, some with a second source."""
    name = f"Musterstadt {i:02d}"
    status = ("in_office", "post_created", "planned", "none", None)[i % 5]
    kind = ("strategy_adopted", "strategy_presented", "strategy_process", None)[i % 4]
    events = (
        [fx.event(f"{2015 + i % 6}-0{1 + i % 9}", kind, f"Strategie {name}", subject=f"Agenda {i}")]
        if kind
        else []
    )
    if status == "in_office":
        events.append(fx.event(f"{2016 + i % 6}", "cdo_appointed", "CDO benannt"))
    docs = [
        fx.document(
            f"x{i:02d}a",
            name,
            "profile",
            f"{2018 + i % 4}-03-01" if i % 7 else None,
            gov(status, ("mayor", "staff_unit", "it_department")[i % 3] if status else None),
            events=events,
        )
    ]
    if i % 6 == 0:
        docs.append(
            fx.document(
                f"x{i:02d}b", name, "news", "2023-05-01", gov("in_office", "it_department", "Eva Neu")
            )
        )
    return docs


@pytest.mark.parametrize("n", [1, 4, 40])
def test_key_findings_open_with_sourced_comparative_statements(n):
    data = dataset(*[d for i in range(n) for d in city_docs(i)])
    facts = comparison.all_facts(data)
    found = key_findings(facts, EN, TODAY, typed=True)
    # above MANY_CITIES: the national statements, then one per Land ("Land not known" here)
    per_place = ("Musterstadt", "In Musterstadt", "Land not known")
    comparative = [x for x in found if not x.text.startswith(per_place)]
    assert 3 <= len(comparative) <= 5
    assert found[: len(comparative)] == comparative  # they come first
    if n <= 12:
        assert comparative[0].text.startswith(f"Digital strategy in the cities compared ({n}):")
        assert comparative[1].text.startswith("Chief Digital Officer, by each city's most recent source")
    else:
        assert comparative[0].text.startswith("Digital strategy, over the")
        assert comparative[1].text.startswith("Chief Digital Officer, over the")
    for x in comparative:
        assert x.doc_ids, x.text  # every statement has its source numbers
        assert set(x.doc_ids) <= {d["doc_id"] for d in data["documents"]}
    per_city = found[len(comparative) :]
    if n <= 12:
        assert {x.text.split(":")[0].split(" has ")[0] for x in per_city} and per_city
        assert all(x.doc_ids or "do not say" in x.text for x in per_city)
    else:  # per Land, not per place; the table "At a glance" has every place
        assert [x.text.split(",")[0] for x in per_city] == ["Land not known"] and per_city[0].doc_ids


def test_counts_in_key_findings_agree_with_cities_csv():
    data = dataset(*[d for i in range(40) for d in city_docs(i)])
    facts = comparison.all_facts(data)
    found = key_findings(facts, EN, TODAY, typed=True)
    adopted = sum(f.row.strategy_status == "adopted" for f in facts)
    in_office = sum(f.row.cdo_status == "in_office" for f in facts)
    stated = sum(f.row.strategy_status != "" and f.row.strategy_status is not None for f in facts)
    cdo_stated = sum(f.row.cdo_status is not None for f in facts)
    assert f"adopted {adopted} of {stated} (" in found[0].text  # a share over the places that answer
    assert f"in office {in_office} of {cdo_stated} (" in found[1].text


# --- a change of CDO model reads as a finding --------------------------------------------------


def test_a_cdo_moving_between_sources_is_a_finding():
    data = dataset(
        fx.document("w1", "Weidenbrück", "profile", "2018-05-01", gov("in_office", "mayor")),
        fx.document(
            "w2",
            "Weidenbrück",
            "news",
            "2022-09-15",
            gov("in_office", "administration_department", "Otto Probe"),
            events=[fx.event("2022-09", "cdo_appointed", "Dezernent übernimmt die CDO-Funktion")],
        ),
    )
    found = key_findings(comparison.all_facts(data), EN, TODAY, typed=True)
    moved = [x for x in found if "CDO function moved" in x.text]
    assert moved and moved[0].doc_ids == ["w1", "w2"]
    assert (
        "the CDO function moved in September 2022 from the Oberbürgermeister's staff unit to a Dezernat or "
        "Fachbereich (Otto Probe, CDO since September 2022)" in moved[0].text
    )
    de = key_findings(comparison.all_facts(data), DE, TODAY, typed=True)
    assert any(
        "von der Stabsstelle des Oberbürgermeisters auf ein Dezernat bzw. einen Fachbereich über" in x.text
        for x in de
    )


# --- shares ----------------------------------------------------------------------------------


def test_the_placement_share_is_over_the_cdos_in_office():
    data = dataset(
        fx.document("p1", "Altdorf", "profile", "2020-01-01", gov("in_office", "mayor")),
        fx.document("p2", "Bergdorf", "profile", "2020-01-01", gov("in_office", "staff_unit")),
        fx.document(
            "p3", "Celldorf", "profile", "2020-01-01", gov("post_created", "administration_department")
        ),
        fx.document("p4", "Dammdorf", "profile", "2020-01-01", gov("planned")),
    )
    table = comparison.shares_table(comparison.all_facts(data), EN)
    placement = table[table["question"] == "placement of a CDO in office"]
    assert set(placement["over"]) == {"2 cities with a CDO in office"}
    assert set(placement["share"]) == {"50%"}  # 1 of 2, not 1 of 4
    cdo = table[table["question"] == "CDO"]
    assert dict(zip(cdo["answer"], cdo["cities"], strict=True)) == {
        "in office": 2,
        "post created, holder not named": 1,
        "post planned": 1,
    }


def test_fact_box_says_as_of_once():
    data = dataset(
        fx.document("k1", "Kranichfeld", "news", "2021-02-23", gov("in_office", "mayor", bundling=True))
    )
    box = dict(city_profile.fact_box(city_facts(data, "Kranichfeld"), EN, notes(data), TODAY))
    assert box["Chief Digital Officer"] == "in office, as of 23 February 2021 [1]"
    assert box["Smart city and e-government"] == "handled together, as of 23 February 2021 [1]"


# --- one derivation below the views: no import cycle ------------------------------------------

VIEWS = Path(__file__).resolve().parents[1] / "analysis" / "views"
FIRST_PAGE_MODULES = (
    "findings",
    "governance_comparison",
    "strategy_timelines",
    "city_profile",
    "city",
    "narrative",
)


def _imports(path: Path) -> tuple[set[str], list[str]]:
    """Module-level imports of analysis.views.* and the imports made inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {
        node.module.rsplit(".", 1)[-1]
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("analysis.views.")
    }
    inner = [
        f"{path.stem}:{node.lineno}"
        for fn in ast.walk(tree)
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef))
        for node in ast.walk(fn)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("analysis.")
    ]
    return top, inner


def test_the_views_import_each_other_without_a_cycle_or_function_level_imports():
    graph = {p.stem: _imports(p)[0] for p in VIEWS.glob("*.py")}
    order = graphlib.TopologicalSorter(graph)
    order.prepare()  # raises CycleError on a cycle (findings ↔ governance_comparison ↔ timelines)
    inner = [hit for name in FIRST_PAGE_MODULES for hit in _imports(VIEWS / f"{name}.py")[1]]
    inner += _imports(VIEWS.parent / "reporting" / "display.py")[1]
    assert inner == []


def test_events_name_what_the_source_names_and_the_fact_box_keeps_empty_rows(presented):
    from analysis.views.strategy_timelines import events_table, timeline_frame

    table = events_table(timeline_frame(presented), EN, notes(presented))
    assert list(table["as the source names it"]) == ["IT-Strategie", "Digitale Agenda Lindenau"]
    box = dict(city_profile.fact_box(city_facts(presented, "Lindenau"), EN, notes(presented), TODAY))
    assert box["Units that carry digitalisation"] == "none found in the sources"
