"""Tables and sentences for the city profile report."""

from __future__ import annotations

import pandas as pd

from analysis.views import strategy_timelines as timeline
from analysis.views.city import CityView, as_of
from analysis.views.governance_comparison import CDO_TEXT, model_label
from analysis.views.narrative import KIND_NAMES
from analysis.views.strategy_timelines import FRAME_COLUMNS, event_row


def summary(view: CityView) -> str:
    kinds = ", ".join(KIND_NAMES.get(d["source_kind"], d["source_kind"]) for d in view.documents)
    n_events = len(view.timeline)
    years = sorted({e["date"][:4] for e in view.timeline})
    span = f" from {years[0]} to {years[-1]}" if years else ""
    current = view.current
    model = (
        f" The most recent source on its governance ({current['doc_id']}) describes: "
        f"“{model_label(current['cdo'], current['cdo_placement'])}”."
        if current
        else ""
    )
    n_docs = len(view.documents)
    return (
        f"{view.city} is described by {n_docs} source document{'s' * (n_docs != 1)} ({kinds}). "
        f"They date {n_events} event{'s' * (n_events != 1)} of its digital strategy{span}.{model}"
    )


def sources_table(view: CityView) -> pd.DataFrame:
    rows = []
    for d in view.documents:
        date, estimated = as_of(d)
        dropped = sum(d.get("page", {}).get("dropped", {}).values())
        rows.append(
            {
                "document": d["doc_id"],
                "file": d["source"]["path"],
                "kind": d["source_kind"],
                "published": d["published"],
                "as of": f"{date} (est.)" if date and estimated else date,
                "sha256": d["source"]["sha256"][:12],
                "page lines dropped": dropped,
            }
        )
    return pd.DataFrame(rows)


def governance_table(view: CityView) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "document": r["doc_id"],
                "as of": r["as_of"],
                "CDO": CDO_TEXT[r["cdo"]],
                "placement": model_label(r["cdo"], r["cdo_placement"]),
                "holder": r["cdo_holder"],
                "units": ", ".join(r["units"]) or None,
            }
            for r in view.governance
        ]
    )


def events(view: CityView) -> pd.DataFrame:
    """The city's merged timeline as the frame the timeline figure takes."""
    df = pd.DataFrame([event_row(e) for e in view.timeline], columns=FRAME_COLUMNS)
    return df.sort_values("first", kind="stable").reset_index(drop=True)


def events_table(frame: pd.DataFrame) -> pd.DataFrame:
    return timeline.events_table(frame, one_city=True)


def items_table(view: CityView, key: str) -> pd.DataFrame:
    rows = []
    for d in view.documents:
        for item in d[key]:
            row = {"name": item["name"]}
            if key == "projects":
                row.update(domain=item.get("domain"), description=item.get("description"))
            elif key == "funding" or key == "partners":
                row.update(kind=item.get("kind"))
            elif key == "people":
                row.update(role=item.get("role"), affiliation=item.get("affiliation"))
            elif key == "themes":
                row.update(category=item.get("category"), quote=item["evidence"]["quote"])
            row["source"] = d["doc_id"]
            rows.append(row)
    df = pd.DataFrame(rows)
    if key == "projects" and len(df):
        df = df.sort_values(["domain", "name"], na_position="last", kind="stable")
    if df.empty:
        df = pd.DataFrame(columns=["name", "source"])
    return df.reset_index(drop=True)
