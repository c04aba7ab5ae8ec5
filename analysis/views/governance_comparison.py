"""Governance comparison across cities: at a glance, what changed, typology, honest shares,
evidence. Every table takes the report's texts (`T`), so the same view serves every language."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pandas as pd

from analysis.dataset.places import COUNTY
from analysis.reporting.texts import Texts, months_between
from analysis.views.city import resolve_cities as resolve_cities  # the notebooks' parameter check
from analysis.views.corrections import correction_note, marked, quote_or_note
from analysis.views.findings import (
    CDO_STATUSES,
    LISTED,
    MODEL_FIELDS,
    POSTS,
    CityFacts,
    as_of_span,
    as_of_text,
    cdo_status_text,
    city_facts,
    event_date,
    event_label,
    model_key,
    names,
    placement_of,
    placement_text,
    row_status,
    status_model,
    strategy_status_text,
)
from analysis.vocabulary import KEY_EVENT_TYPES, TYPOLOGY


def all_facts(dataset: dict, cities=None) -> list[CityFacts]:
    return [city_facts(dataset, c) for c in resolve_cities(dataset, cities)]


MATRIX_COLUMNS = [
    "city",
    "cdo_status",
    "placement",
    "model",
    "holder",
    "units",
    "bundled",
    "broadband",
    "as_of",
    "doc_id",
    "earlier_model",
]


def _flag(flag: dict | None) -> str:
    if not flag:
        return "not_stated"
    return "yes" if flag["value"] else "no"


def governance_matrix(dataset: dict, cities=None) -> pd.DataFrame:
    """One row per city, language-neutral keys: its current model (from its most recent
    source that speaks about a CDO) and the earlier model where its sources differ."""
    rows = []
    for f in all_facts(dataset, cities):
        c = f.current
        earlier = f.changes[0].before if f.changes else None
        rows.append(
            {
                "city": f.city,
                "cdo_status": f.status,
                "placement": f.row.cdo_placement,
                "model": f.model,
                "holder": f.row.cdo_holder,
                "units": ", ".join(c["units"]) or None if c else None,
                "bundled": _flag(c.get("bundling")) if c else "not_stated",
                "broadband": ((c.get("broadband") or {}).get("name")) if c else None,
                "as_of": c["as_of"] if c else None,
                "doc_id": c["doc_id"] if c else None,
                "earlier_model": model_key(earlier["cdo"], earlier["cdo_placement"]) if earlier else None,
            }
        )
    return pd.DataFrame(rows, columns=MATRIX_COLUMNS)


def _age_short(as_of_value: str | None, today: date, T: Texts) -> str:
    """'19 March 2019 (7 y)': the as-of date and the source's age."""
    months = months_between(as_of_value, today)
    if months is None:
        return T("date.undated")
    when = T.date(as_of_value)
    if months >= 12:
        return T("glance.age", date=when, years=months // 12)
    return T("glance.age_months", date=when, months=months)


def as_of_cell(f: CityFacts, today: date, T: Texts, notes) -> str:
    """The city's as-of date (cities.csv) with its age and source number; for undated
    sources the latest date they mention, said to be an estimate, with no age."""
    row = f.row
    if row.as_of:
        newest = [d["doc_id"] for d in row.documents if d.get("published") == row.as_of]
        return f"{_age_short(row.as_of, today, T)} [{notes(newest)}]"
    docs = [d["doc_id"] for d in row.documents]
    if row.latest_date_mentioned:
        return f"{T('glance.undated', date=T.date(row.latest_date_mentioned))} [{notes(docs)}]"
    return f"{T('date.undated')} [{notes(docs)}]" if docs else T("date.undated")


def place_name(f: CityFacts, T: Texts) -> str:
    """The place's name, a county labelled as one ("Musterland (county (Kreis))" reads
    "Musterland (Kreis)" in German): a county is another level of administration."""
    if f.row.place_cells()["place_kind"] == COUNTY:
        return T("national.county_name", name=f.city)
    return f.city


def glance_table(facts: list[CityFacts], T: Texts, notes, today: date) -> pd.DataFrame:
    """One row per city, read from cities.csv: the strategy in its status word and date, the
    CDO status and since when, placement, bundling, broadband owner, and the as-of date."""
    rows = []
    for f in facts:
        c = f.current
        doc = f.document
        since = f.cdo_since
        status = cdo_status_text(f, T)
        placement = placement_of(f, T) or "–"
        bundled = T.label("flag", _flag(c.get("bundling")) if c else "not_stated")
        if doc is not None:
            status = marked(status, correction_note(doc, "governance.cdo", "governance.cdo_status"), T)
            if f.status == "in_office" or f.status in POSTS:
                placement = marked(placement, correction_note(doc, "governance.cdo_placement"), T)
            bundled = marked(bundled, correction_note(doc, "governance.bundling"), T)
        if f.status == "in_office":
            since_text = event_date(since, T) if since else T("intervals.not_dated")
        else:
            since_text = "–"
        rows.append(
            {
                T("glance.city"): place_name(f, T),
                T("glance.strategy_status"): strategy_status_text(f, T),
                T("glance.cdo"): status,
                T("glance.since"): since_text,
                T("glance.placement"): placement,
                T("glance.bundled"): bundled,
                T("glance.broadband"): ((c.get("broadband") or {}).get("name") if c else None) or "–",
                T("glance.as_of"): as_of_cell(f, today, T, notes),
            }
        )
    columns = [
        T(k)
        for k in (
            "glance.city",
            "glance.strategy_status",
            "glance.cdo",
            "glance.since",
            "glance.placement",
            "glance.bundled",
            "glance.broadband",
            "glance.as_of",
        )
    ]
    return pd.DataFrame(rows, columns=columns)


def changes_table(facts: list[CityFacts], T: Texts, notes) -> pd.DataFrame:
    """Before → after for every change between a city's sources: model, holder, bundling,
    broadband owner, units; with the as-of dates and source numbers."""
    rows = []
    for f in facts:
        for ch in f.changes:
            a, b = ch.before, ch.after
            head_a = f"{as_of_text(a, T)} [{notes([a['doc_id']])}]"
            head_b = f"{as_of_text(b, T)} [{notes([b['doc_id']])}]"
            aspects = [
                ("changed.model", placement_text(a, T), placement_text(b, T)),
                ("changed.holder", a["cdo_holder"] or "–", b["cdo_holder"] or "–"),
                (
                    "changed.bundling",
                    T.label("flag", _flag(a.get("bundling"))),
                    T.label("flag", _flag(b.get("bundling"))),
                ),
                (
                    "changed.broadband",
                    (a.get("broadband") or {}).get("name") or "–",
                    (b.get("broadband") or {}).get("name") or "–",
                ),
                ("changed.units", ", ".join(a["units"]) or "–", ", ".join(b["units"]) or "–"),
            ]
            first = True
            for key, before, after in aspects:
                if before == after:
                    continue
                rows.append(
                    {
                        T("changed.city"): f.city if first else "",
                        T("changed.aspect"): T(key),
                        T("changed.before"): f"{before} ({head_a})" if first else before,
                        T("changed.after"): f"{after} ({head_b})" if first else after,
                    }
                )
                first = False
    columns = [T("changed.city"), T("changed.aspect"), T("changed.before"), T("changed.after")]
    return pd.DataFrame(rows, columns=columns)


def unchanged_cities(facts: list[CityFacts]) -> list[str]:
    return [f.city for f in facts if not f.changes]


def unchanged_text(facts: list[CityFacts], T: Texts) -> str:
    """What the report says of the cities without a change, without contradicting the change
    table above it: which have a single source, and whose sources agree."""
    single = [f.city for f in facts if not f.changes and len(f.view.documents) <= 1]
    same = [f.city for f in facts if not f.changes and len(f.view.documents) > 1]
    parts = []
    if single:
        parts.append(T("changed.single", cities=names(single, T)))
    if same:
        parts.append(T("changed.same", cities=names(same, T)))
    return " ".join(parts)


def typology(facts: list[CityFacts], T: Texts) -> pd.DataFrame:
    """Every type A–G with its cities (the earlier type in parentheses), also empty ones."""
    groups: dict[str, list[str]] = {key: [] for key in TYPOLOGY}
    for f in facts:
        name = f.city
        if f.changes:
            before = f.changes[0].before
            earlier = status_model(row_status(before), before["cdo_placement"])
            name = T("typology.earlier", city=f.city, type=TYPOLOGY[earlier])
        groups[f.model].append(name)
    return pd.DataFrame(
        [
            {
                T("typology.type"): T.label("type", key),
                T("typology.cities"): names(groups[key], T) or "–",
                T("typology.n"): len(groups[key]),
            }
            for key in TYPOLOGY
        ],
        columns=[T("typology.type"), T("typology.cities"), T("typology.n")],
    )


def project_coverage(facts: list[CityFacts]) -> tuple[list[CityFacts], list[CityFacts]]:
    """Cities whose sources list projects, and those whose sources list none (not covered)."""
    covered = [f for f in facts if any(d["projects"] for d in f.view.documents)]
    return covered, [f for f in facts if f not in covered]


def shares_table(facts: list[CityFacts], T: Texts, statuses: bool = True) -> pd.DataFrame:
    """Each share over the cities whose sources answer the question, saying which. Without
    `statuses`, the project fields only: the comparisons state the CDO and placement shares
    in their national picture (`analysis.views.national`), once."""
    n = len(facts)
    rows = []
    oldest, newest = as_of_span(facts, T)
    over_all = T("shares.over_all", n=n, oldest=oldest, newest=newest)

    def add(measure: str, value: str, k: int, over: str, of: int) -> None:
        rows.append(
            {
                T("shares.measure"): measure,
                T("shares.value"): value,
                T("shares.cities"): k,
                T("shares.over"): over,
                T("shares.share"): f"{k / of:.0%}" if of else "–",
            }
        )

    status = Counter(f.status for f in facts) if statuses else Counter()
    for key in CDO_STATUSES:
        if status[key]:
            add(T("shares.cdo"), T.label("cdo_status", key), status[key], over_all, n)
    in_office = [f for f in facts if f.status == "in_office" and statuses]  # placement: over CDOs in office
    placements = Counter(f.model for f in in_office)
    for key, k in sorted(placements.items(), key=lambda kv: (-kv[1], list(TYPOLOGY).index(kv[0]))):
        add(
            T("shares.placement"),
            T.label("placement", key),
            k,
            T("shares.over_cdo", n=len(in_office)),
            len(in_office),
        )
    covered, _ = project_coverage(facts)
    domains: Counter[str] = Counter()
    for f in covered:
        domains.update({p["domain"] for d in f.view.documents for p in d["projects"] if p.get("domain")})
    for domain, k in sorted(domains.items(), key=lambda kv: (-kv[1], kv[0])):
        add(T("shares.domain"), domain, k, T("shares.over_projects", n=len(covered)), len(covered))
    columns = [
        T(k) for k in ("shares.measure", "shares.value", "shares.cities", "shares.over", "shares.share")
    ]
    return pd.DataFrame(rows, columns=columns)


def coverage_note(facts: list[CityFacts], T: Texts) -> str:
    covered, missing = project_coverage(facts)
    if not covered:
        return T("shares.no_projects")
    if not missing:
        return T("shares.all_covered")
    kinds = sorted({T.label("source_kind", d["source_kind"]) for f in missing for d in f.view.documents})
    cities = (
        T.join([f.city for f in missing]) if len(missing) <= LISTED else names([f.city for f in missing], T)
    )
    return T("shares.not_covered", cities=cities, kinds=", ".join(kinds))


def evidence_appendix(facts: list[CityFacts], T: Texts, notes) -> pd.DataFrame:
    """Every governance fact behind the comparison and every key event, with its German
    sentence and source number; corrected facts carry the mark and the analyst's note."""
    rows = []

    def add(city: str, fact: str, quote: str, doc_id: str) -> None:
        rows.append(
            {
                T("evidence.city"): city,
                T("evidence.fact"): fact,
                T("evidence.quote"): " ".join(quote.split()),
                T("evidence.source"): f"[{notes([doc_id])}]",
            }
        )

    for f in facts:
        for row, d in zip(f.view.governance, f.view.documents, strict=True):
            g = d["governance"]
            status = row_status(row)  # the source's status word; the placement only for a CDO in office
            model = (
                T.label("placement", status_model(status, row["cdo_placement"]))
                if status == "in_office"
                else T.label("cdo_status", status)
            )
            fact = marked(T("evidence.cdo", model=model), correction_note(d, *MODEL_FIELDS), T)
            for e in g["evidence"]:
                add(f.city, fact, e["quote"], d["doc_id"])
            if g.get("bundling"):
                fact = marked(T("evidence.bundling"), correction_note(d, "governance.bundling"), T)
                add(
                    f.city,
                    f"{fact}: {T.label('flag', _flag(g['bundling']))}",
                    g["bundling"]["evidence"]["quote"],
                    d["doc_id"],
                )
            if g.get("broadband"):
                fact = marked(
                    T("evidence.broadband", owner=g["broadband"].get("name")),
                    correction_note(d, "governance.broadband"),
                    T,
                )
                add(f.city, fact, g["broadband"]["evidence"]["quote"], d["doc_id"])
            for dec in g.get("decisions", []):
                fact = marked(T("evidence.decision"), correction_note(d, item=dec), T)
                add(f.city, fact, dec["evidence"]["quote"], d["doc_id"])
            for e in d["events"]:
                if e.get("type") in KEY_EVENT_TYPES:
                    fact = marked(
                        T("evidence.event", type=event_label(e, T), date=event_date(e, T)),
                        correction_note(d, item=e),
                        T,
                    )
                    add(f.city, fact, quote_or_note(e, T) or "", d["doc_id"])
    columns = [T(k) for k in ("evidence.city", "evidence.fact", "evidence.quote", "evidence.source")]
    return pd.DataFrame(rows, columns=columns)


def theme_matrix(facts: list[CityFacts], T: Texts) -> pd.DataFrame:
    """Per theme: how many cities' sources name it, and which (readable theme names)."""
    cities: dict[str, list[str]] = {}
    for f in facts:
        for key in dict.fromkeys(t["name"] for d in f.view.documents for t in d["themes"]):
            cities.setdefault(key, []).append(f.city)
    rows = sorted(cities.items(), key=lambda kv: (-len(kv[1]), T.label("theme", kv[0])))
    columns = [T("themes.theme"), T("typology.n"), T("typology.cities")]
    return pd.DataFrame(
        [{columns[0]: T.label("theme", k), columns[1]: len(v), columns[2]: names(v, T)} for k, v in rows],
        columns=columns,
    )


def changes_summary(changed: list[CityFacts], T: Texts) -> str:
    """At national size, what changed in one sentence: how many places' sources describe a
    change, which (cut after `LISTED`), and that each change stands in the place's profile."""
    return T("changed.compact", n=len(changed), cities=names([f.city for f in changed], T))
