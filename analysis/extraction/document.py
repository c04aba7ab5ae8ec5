"""One decoded source to one profile document: every rule run in order (the data contract: see the README)."""

from __future__ import annotations

from analysis.extraction.city import detect_city
from analysis.extraction.context import DocContext
from analysis.extraction.events import extract_events
from analysis.extraction.governance import extract_governance
from analysis.extraction.items import extract_funding, extract_partners, extract_projects
from analysis.extraction.meta import detect_published, detect_source_kind
from analysis.extraction.people import extract_people, is_person_name
from analysis.extraction.themes import extract_themes
from analysis.reading.reader import SourceText
from analysis.reading.text import norm_key

__all__ = ["extract_document"]


def extract_document(source: SourceText) -> dict:
    ctx = DocContext(source)
    ctx.city = detect_city(ctx)
    ctx.published = detect_published(ctx)
    kind = detect_source_kind(ctx)
    people = extract_people(ctx)
    external_orgs = {
        p["role"].split(" der ", 1)[1].casefold()
        for p in people
        if p["affiliation"] == "external" and p["role"] and " der " in p["role"]
    }
    src = {"path": source.path, "sha256": source.sha256, "encoding": source.encoding, "bytes": source.size}
    if source.decode_note:
        src["errors"] = "replace"
        src["note"] = source.decode_note
    title = _title(ctx)
    funding = extract_funding(ctx)
    ctx.programme_names = [f["name"] for f in funding]
    funding_keys = {norm_key(f["name"]) for f in funding}
    projects = [p for p in extract_projects(ctx) if norm_key(p["name"]) not in funding_keys]
    governance = extract_governance(ctx, people)
    _add_holder(ctx, governance, people)
    return {
        "doc_id": source.doc_id,
        "source": src,
        "city": ctx.city,
        "source_kind": kind,
        "published": ctx.published,
        "title": title,
        "governance": governance,
        "events": extract_events(ctx, kind, governance),
        "projects": projects,
        "funding": funding,
        "partners": extract_partners(ctx, ctx.city, external_orgs),
        "people": people,
        "themes": extract_themes(ctx),
        "page": {
            "content_chars": sum(b.end - b.start for b in ctx.blocks if b.kind == "content"),
            "dropped": _dropped(ctx),
        },
    }


def _add_holder(ctx: DocContext, governance: dict, people: list[dict]) -> None:
    """The CDO named by the governance rules is a person of the city, also where no people
    rule found them (their role is the CDO, the evidence the sentence that names them)."""
    holder = governance["cdo_holder"]
    if not holder or not is_person_name(holder):
        return  # "Netzgesellschaft Beispielnetz" is no person
    known = [p for p in people if holder in p["name"] or p["name"] in holder]
    for person in known:
        if person["role"] is None:  # found by the first name alone: the CDO rule knows the role
            person["role"], person["affiliation"] = "CDO", "city"
    if known:
        return
    evidence = next((e for e in governance["evidence"] if holder in e["quote"]), None)
    if evidence is not None:
        people.append({"name": holder, "role": "CDO", "affiliation": "city", "evidence": evidence})


def _title(ctx: DocContext) -> str | None:
    """The heading above the first paragraph, with a glued kicker ("CityTitle") separated."""
    for b in ctx.blocks:
        if b.kind == "content":
            return None
        if b.kind == "heading":
            city = ctx.city
            if city and b.text.startswith(city) and b.text[len(city) : len(city) + 1].isupper():
                return f"{city}: {b.text[len(city) :]}"
            return b.text
    return None


def _dropped(ctx: DocContext) -> dict[str, int]:
    """How many lines of page furniture were set aside, by reason (for the sources appendix)."""
    counts: dict[str, int] = {}
    for b in ctx.blocks:
        if b.kind == "page":
            assert b.reason is not None  # the cleaner gives every line it sets aside a reason
            counts[b.reason] = counts.get(b.reason, 0) + 1
    return dict(sorted(counts.items()))
