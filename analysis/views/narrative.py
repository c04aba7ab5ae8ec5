"""Sentences that tell the story of the data in the reports (plain text; escaped on display)."""

from __future__ import annotations

import itertools

from analysis.views.governance_comparison import model_label

KIND_NAMES = {
    "profile": "a third-party city profile",
    "strategy": "the city's own strategy page",
    "news": "a news article",
    "other": "a document",
}


def _when(row: dict) -> str:
    if row.get("published"):
        return f"published {row['published']}"
    if row.get("as_of"):
        return f"undated, latest milestone {row['as_of']}"
    return "undated"


def governance_sentence(city: str, row: dict) -> str:
    """One sentence on the governance model a document describes."""
    source = f"{KIND_NAMES.get(row['source_kind'], 'a document')} ({row['doc_id']}, {_when(row)})"
    if row["cdo"] is None:
        return f"According to {source}, the text does not say whether {city} has a Chief Digital Officer."
    if row["cdo"] is False:
        return f"According to {source}, {city} has no Chief Digital Officer."
    holder = f", held by {row['cdo_holder']}" if row.get("cdo_holder") else ""
    placement = {
        "mayor": "sits in a staff unit directly under the (Lord) Mayor",
        "administration_department": "sits inside a department line of the administration",
        "it_department": "is the head of the IT office",
        "staff_unit": "has a staff unit of its own (the reporting line is not stated)",
        "unspecified": "exists, but the text does not say where the role sits",
    }[row["cdo_placement"]]
    units = row.get("units") or []
    unit_text = f" Units named as carrying digitalisation: {', '.join(units)}." if units else ""
    return f"According to {source}, {city}'s Chief Digital Officer{holder} {placement}.{unit_text}"


def change_sentence(city: str, rows: list[dict]) -> str | None:
    """Describe a change of governance model between a city's documents, oldest first."""
    models = [(r, model_label(r["cdo"], r["cdo_placement"])) for r in rows if r["cdo"] is not None]
    for (a, la), (b, lb) in itertools.pairwise(models):
        if la != lb:
            return (
                f"The governance model of {city} changed: “{la}” in {a['doc_id']} "
                f"({_when(a)}), “{lb}” in {b['doc_id']} ({_when(b)})."
            )
    return None


def shares_sentence(shares: dict) -> str:
    n = shares["n"]
    cdo = shares["cdo"]
    with_cdo = int(cdo.loc[cdo["CDO"] == "yes", "cities"].sum()) if len(cdo) else 0
    top = shares["placement"].iloc[0] if len(shares["placement"]) else None
    text = (
        f"Of the {n} cities compared, {with_cdo} ({with_cdo / n:.0%}) report a Chief Digital Officer."
        if n
        else "No cities to compare."
    )
    placements = shares["placement"]
    if top is not None and n:
        tied = placements[placements["cities"] == top["cities"]]
        if len(tied) == 1:
            text += f" The most frequent placement is “{top['placement']}” ({top['cities']} of {n})."
        else:
            text += (
                f" No placement is more frequent than the others: {len(tied)} placements are found in "
                f"{top['cities']} cit{'y' if top['cities'] == 1 else 'ies'} each."
            )
    return text
