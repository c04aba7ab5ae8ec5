"""Tables and sentences for the city profile report, in the report's language (`T`)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pandas as pd

from analysis.reporting.texts import Texts
from analysis.views import strategy_timelines as timeline
from analysis.views.corrections import correction_note, marked
from analysis.views.findings import (
    MODEL_FIELDS,
    CityFacts,
    as_of_text,
    event_date,
    object_label,
    placement_of,
    reporting_text,
    strategy_steps,
    subject_text,
)
from analysis.views.governance_comparison import _flag
from analysis.views.strategy_timelines import FRAME_COLUMNS, event_row


def fact_box_as_of(row: dict, T: Texts) -> str:
    """The date a fact box value holds at: "as of 19 March 2019"; for an undated source the
    latest date it mentions, said to be an estimate ("source undated (latest date mentioned:
    2018)"), never "as of undated"."""
    if row.get("published"):
        return T("fact.as_of", date=T.date(row["published"]))
    if row.get("as_of"):
        return T("fact.as_of_estimated", date=T.date(row["as_of"]))
    return T("date.undated")


def fact_box(facts: CityFacts, T: Texts, notes, today: date) -> list[tuple[str, str]]:
    """(label, value) pairs of the fact box that opens the profile, read from cities.csv:
    the strategy in its status word, the CDO status and since when, placement and (only in
    the source's words) the reporting line, bundling, broadband, sources."""
    row, doc, first = facts.current, facts.document, facts.row
    out = []
    event = facts.strategy
    if first.strategy_status is None or event is None:
        strategy = T("fact.strategy.none")
    elif first.strategy_status == "in_preparation":
        strategy = T(
            "fact.strategy.in_preparation", subject=subject_text(event), note=notes(event["doc_ids"])
        )
    else:
        strategy = T(
            f"fact.strategy.{first.strategy_status}",
            label=object_label(event, T, "fact.strategy.generic"),
            date=event_date(event, T),
            note=notes(event["doc_ids"]),
        )
        steps = strategy_steps(facts, T)
        if steps:
            strategy += T("fact.strategy.earlier", steps=steps)
    out.append((T("fact.strategy"), strategy))
    if row is None or facts.status == "not_stated":
        out.append((T("fact.cdo"), T("fact.cdo.not_stated")))
    else:
        fields = {"as_of": fact_box_as_of(row, T), "note": notes([row["doc_id"]])}
        placement = placement_of(facts, T)
        if facts.status == "in_office":
            since = facts.cdo_since
            cdo = T(
                "fact.cdo.in_office",
                holder=T("fact.cdo.holder", holder=first.cdo_holder) if first.cdo_holder else "",
                since=T("fact.cdo.since", date=event_date(since, T)) if since else "",
                **fields,
            )
        else:
            cdo = T(f"fact.cdo.{facts.status}", placement=f" ({placement})" if placement else "", **fields)
        corrected = correction_note(doc, "governance.cdo", "governance.cdo_status", "governance.cdo_holder")
        out.append((T("fact.cdo"), marked(cdo, corrected, T)))
        if facts.status == "in_office":
            reporting = reporting_text(facts, T)
            label = T("fact.placement") if reporting else T("fact.placement_only")
            if not first.cdo_placement or first.cdo_placement == "unspecified":
                placement = T("fact.placement.not_stated")  # the row's label already says "placement"
            out.append((label, marked(placement + reporting, correction_note(doc, *MODEL_FIELDS), T)))
        # the row stays when empty: a fact box that drops a question hides that it was asked
        out.append((T("fact.units"), ", ".join(row["units"]) or T("ui.none_found")))
        flag = _flag(row.get("bundling"))
        bundled = (
            T(f"fact.bundling.{flag}", **fields) if flag != "not_stated" else T("fact.bundling.not_stated")
        )
        out.append((T("fact.bundling"), marked(bundled, correction_note(doc, "governance.bundling"), T)))
        owner = (row.get("broadband") or {}).get("name")
        out.append(
            (
                T("fact.broadband"),
                T("fact.broadband.owner", owner=owner, **fields) if owner else T("fact.broadband.not_stated"),
            )
        )
    dates = [f"{as_of_text(r, T)} [{notes([r['doc_id']])}]" for r in facts.view.governance]
    vintage = (
        T("fact.vintage.one", dates=T.join(dates))
        if len(dates) == 1
        else T("fact.vintage.many", n=len(dates), dates=T.join(dates))
    )
    if first.as_of:
        vintage += T("fact.vintage.age", age=T.age(first.as_of, today))
    out.append((T("fact.vintage"), vintage))
    return out


def events(view) -> pd.DataFrame:
    """The city's merged timeline as the frame the timeline figure takes."""
    df = pd.DataFrame([event_row(e) for e in view.timeline], columns=FRAME_COLUMNS)
    return df.sort_values("first", kind="stable").reset_index(drop=True)


def events_table(frame: pd.DataFrame, T: Texts, notes) -> pd.DataFrame:
    return timeline.events_table(frame, T, notes, one_city=True)


ITEM_COLUMNS = {
    "projects": ("items.name", "items.domain", "items.description", "items.source"),
    "funding": ("items.name", "items.kind", "items.source"),
    "partners": ("items.name", "items.kind", "items.source"),
    "people": ("items.name", "items.role", "items.affiliation", "items.source"),
}


# What a name says about which thing it is, source against source: an abbreviation in
# brackets adds nothing ("Zweckverband Digitaler Kommunen (ZDK)" is the same body as
# "Zweckverband digitaler Kommunen"), nor do articles, case and an inflection ending; a
# slip of one letter in a long word is the same word (sources spell the same body
# "Dienstleister" and "Dienstleiter").
_ABBREVIATION_IN_BRACKETS = re.compile(r"\s*\([^()]{1,12}\)\s*$")
_NAME_WORD = re.compile(r"[^\W_]+")
_FUNCTION_WORDS = frozenset({"der", "die", "das", "des", "dem", "den", "für", "und", "von", "im", "in"})
_ENDING = re.compile(r"(?:en|er|es|em|e|n|s)$")
_SLIP_MIN_LENGTH = 8  # shorter words differ in one letter too often to be one word


def _name_words(name: str) -> tuple[str, ...]:
    words = _NAME_WORD.findall(_ABBREVIATION_IN_BRACKETS.sub("", name).casefold().replace("-", ""))
    return tuple(_ENDING.sub("", w) if len(w) > 4 else w for w in words if w not in _FUNCTION_WORDS)


def _one_slip(a: str, b: str) -> bool:
    """a and b differ by at most one inserted, dropped or changed letter."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def same_thing(a: str, b: str) -> bool:
    """Whether two sources' names of an item name one thing (see the word lists above)."""
    wa, wb = _name_words(a), _name_words(b)
    if not wa or len(wa) != len(wb):
        return False
    return all(
        x == y or (min(len(x), len(y)) >= _SLIP_MIN_LENGTH and _one_slip(x, y))
        for x, y in zip(wa, wb, strict=True)
    )


def items_table(view, key: str, T: Texts, notes) -> pd.DataFrame:
    """Projects, funding, partners or people of all the city's sources, one row per thing
    (names that `same_thing` finds alike are one row, under the first source's name, with
    every source cited); corrected items carry the mark and the analyst's note."""
    rows: dict[str, dict] = {}
    for d in view.documents:
        for item in d[key]:
            name = marked(item["name"], correction_note(d, item=item), T)
            seen = next((n for n in rows if n == name or same_thing(n, name)), None)
            if seen is not None:
                if d["doc_id"] not in rows[seen]["_docs"]:
                    rows[seen]["_docs"].append(d["doc_id"])
                continue
            row: dict[str, Any] = {T("items.name"): name, "_docs": [d["doc_id"]]}
            if key == "projects":
                row[T("items.domain")] = item.get("domain")
                row[T("items.description")] = item.get("description")
            elif key in ("funding", "partners"):
                row[T("items.kind")] = T.label("item_kind", item.get("kind")) if item.get("kind") else None
            elif key == "people":
                row[T("items.role")] = item.get("role")
                row[T("items.affiliation")] = T.label("affiliation", item.get("affiliation"))
            rows[name] = row
    out = []
    for row in rows.values():
        row[T("items.source")] = f"[{notes(row.pop('_docs'))}]"
        out.append(row)
    columns = [T(c) for c in ITEM_COLUMNS[key]]
    df = pd.DataFrame(out, columns=columns)
    if key == "projects" and len(df):
        df = df.sort_values([T("items.domain"), T("items.name")], na_position="last", kind="stable")
    return df.reset_index(drop=True)


def none_found(view, key: str, T: Texts) -> str:
    kinds = sorted({T.label("source_kind", d["source_kind"]) for d in view.documents})
    return T("items.none", what=T(f"items.what.{key}"), kinds=", ".join(kinds))


def themes_table(view, T: Texts, notes) -> pd.DataFrame:
    """One row per sentence: the themes read from it (readable names), how, the sentence."""
    by_quote: dict[tuple[str, str], dict] = {}
    for d in view.documents:
        for item in d["themes"]:
            quote = " ".join(item["evidence"]["quote"].split())
            entry = by_quote.setdefault(
                (d["doc_id"], quote), {"themes": [], "categories": [], "doc": d["doc_id"]}
            )
            name = marked(T.label("theme", item["name"]), correction_note(d, item=item), T)
            if name not in entry["themes"]:
                entry["themes"].append(name)
            category = item.get("category")
            if category and T.label("category", category) not in entry["categories"]:
                entry["categories"].append(T.label("category", category))
    rows = [
        {
            T("themes.themes"): ", ".join(e["themes"]),
            T("themes.category"): ", ".join(e["categories"]) or None,
            T("themes.quote"): quote,
            T("themes.source"): f"[{notes([doc])}]",
        }
        for (doc, quote), e in by_quote.items()
    ]
    return pd.DataFrame(
        rows, columns=[T(k) for k in ("themes.themes", "themes.category", "themes.quote", "themes.source")]
    )


def change_quotes(facts: CityFacts) -> list[tuple[dict, dict]]:
    """For each change: (before row, after row), whose evidence the profile quotes."""
    return [(c.before, c.after) for c in facts.changes]
