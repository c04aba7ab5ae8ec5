"""Sentences that tell the story of the data in the reports (plain text; escaped on display).
Every word comes from the report's texts (analysis/reporting/texts)."""

from __future__ import annotations

from analysis.reporting.texts import Texts
from analysis.views.corrections import marked
from analysis.views.findings import as_of_text, placement_text, row_status


def governance_sentence(
    city: str, row: dict, T: Texts, source: str, cdo_events=(), corrected: str | None = None
) -> str:
    """One sentence on the governance model a source describes, e.g. 'According to a news
    article [5] (23 February 2021), Musterstadt has a Chief Digital Officer (Daniel Beispiel):
    the head of the IT office is the CDO.'"""
    status = row_status(row)  # the source's own status word: a created post is not a CDO in office
    if "cdo_status" not in row and status == "none" and cdo_events:
        status = "planned"  # a profile from before `cdo_status`: a CDO event without a CDO is a plan
    if status == "in_office":
        holder = T("governance.holder", holder=row["cdo_holder"]) if row.get("cdo_holder") else ""
        sentence = T("governance.in_office", city=city, holder=holder, placement=placement_text(row, T))
    else:
        sentence = T(f"governance.{status}", city=city)
    sentence = marked(sentence, corrected, T)  # an analyst's correction shows where the fact does
    text = T("governance.doc", source=source, as_of=as_of_text(row, T), sentence=sentence)
    units = row.get("units") or []
    if units:
        text += " " + T("governance.units", units=", ".join(units))
    return text
