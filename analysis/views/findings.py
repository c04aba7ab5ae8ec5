"""What an analyst asks of the data: has a city adopted or presented a digital strategy, and
when; does it have a CDO in office, since when and where; what changed; how long the steps took.

The first-page answers are derived once, below the views, in `analysis.dataset.cities`
(one `CityRow` per city, written as cities.csv); every sentence here states them from
there, so no two sections can disagree. Status words follow the source's verb: a strategy
that was presented is never called adopted, a created post is not a CDO in office. The
other facts come from the event `type` (see analysis.vocabulary.EVENT_TYPES); events
without a type answer nothing. A date known to the year (or "Anfang 2018") is a span, never
a day: intervals are whole months with a range.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from analysis.dataset.aggregates import (
    DATED_STRATEGIES,
    Share,
    by_state,
    cdo_shares,
    counties,
    municipalities,
    placement_shares,
    places_frame,
    strategy_shares,
    strategy_to_cdo,
)
from analysis.dataset.cities import STRATEGY_STATUS_OF_TYPE, CityRow, city_row
from analysis.dataset.cities import months_between_events as months_between_events  # tests read it here
from analysis.dataset.cities import span as span  # the figures and tests read dates through the views
from analysis.dataset.cities import to_date as to_date
from analysis.dataset.places import COUNTY, MUNICIPALITY
from analysis.reporting.texts import Texts
from analysis.views.city import CityView, city_view
from analysis.views.corrections import correction_note, evidence_quote

if TYPE_CHECKING:
    import pandas as pd

HAPPENED = ("milestone", "period")
MODEL_FIELDS = ("governance.cdo", "governance.cdo_status", "governance.cdo_placement")
# The CDO statuses a report names (cities.csv's cdo_status; "not_stated" for an empty cell).
CDO_STATUSES = ("in_office", "post_created", "planned", "none", "not_stated")
# A created or planned post has a place in the organisation, but no CDO in office yet.
POSTS = ("post_created", "planned")


def event_type(event: dict) -> str | None:
    """The event's type, or None when the extraction did not type it."""
    return event.get("type")


def has_types(dataset: dict) -> bool:
    return any("type" in e for d in dataset["documents"] for e in d["events"])


def precision(event: dict) -> str:
    """day, month, part_of_year ("Anfang 2018") or year: how precisely the text dates it."""
    n = len(event["date"].split("-"))
    if n == 1 and event.get("qualifier") in ("early", "mid", "late"):
        return "part_of_year"
    return {1: "year", 2: "month", 3: "day"}[n]


def model_key(cdo: bool | None, placement: str | None) -> str:
    """The typology key of a governance model: a placement, `no_cdo` or `not_mentioned`."""
    if cdo is None:
        return "not_mentioned"
    return (placement or "unspecified") if cdo else "no_cdo"


def status_model(status: str | None, placement: str | None) -> str:
    """The typology key of a CDO status: the placement only for a CDO in office."""
    if status in (None, "not_stated"):
        return "not_mentioned"
    return (placement or "unspecified") if status == "in_office" else "no_cdo"


def row_status(row: dict | None) -> str:
    """A governance row's CDO status (profiles before `cdo_status` answer from `cdo`)."""
    if not row:
        return "not_stated"
    status = row.get("cdo_status")
    if status is None and "cdo_status" not in row and row.get("cdo") is not None:
        status = "in_office" if row["cdo"] else "none"
    return status or "not_stated"


@dataclass
class Change:
    """A change of governance between two of a city's sources, oldest first."""

    before: dict  # governance rows of CityView
    after: dict
    events: list[dict] = field(default_factory=list)  # reorganisation / CDO events dated in between

    @property
    def date_event(self) -> dict | None:
        dated = [e for e in self.events if event_type(e) in ("organisation", "cdo_appointed")]
        return max(dated, key=lambda e: span(e)[0]) if dated else None

    @property
    def appointment(self) -> dict | None:
        """The CDO appointment of the new model, when the after-source dates one."""
        dated = [e for e in self.events if event_type(e) == "cdo_appointed"]
        return max(dated, key=lambda e: span(e)[0]) if dated else None

    @property
    def moved(self) -> bool:
        """A CDO in office before and after, in another place: the function moved."""
        a, b = self.before, self.after
        return row_status(a) == row_status(b) == "in_office" and (a["cdo_placement"] or "unspecified") != (
            b["cdo_placement"] or "unspecified"
        )


@dataclass
class CityFacts:
    city: str
    view: CityView
    row: CityRow  # the first-page answers (cities.csv), derived once
    current: dict | None  # the governance row of the source that states the CDO status
    adoptions: list[dict]  # strategy_adopted events that happened, oldest first
    cdo_events: list[dict]
    council: list[dict]
    reorganisations: list[dict]
    changes: list[Change]
    cdo_posts: list[dict] = field(default_factory=list)  # every CDO event, planned ones too

    @property
    def status(self) -> str:
        """in_office | post_created | planned | none | not_stated (cities.csv's cdo_status)."""
        return self.row.cdo_status or "not_stated"

    @property
    def first_adoption(self) -> dict | None:
        return self.adoptions[0] if self.adoptions else None

    @property
    def strategy(self) -> dict | None:
        """The event behind cities.csv's strategy status (its date may be None)."""
        return self.row.strategy_event

    @property
    def cdo_since(self) -> dict | None:
        """The appointment of the post as it is now (cities.csv's cdo_since)."""
        return self.row.cdo_event

    @property
    def document(self) -> dict | None:
        if not self.current:
            return None
        return next(d for d in self.view.documents if d["doc_id"] == self.current["doc_id"])

    @property
    def model(self) -> str:
        return status_model(self.status, self.row.cdo_placement)


def _typed(view: CityView, kind: str, happened: bool = True) -> list[dict]:
    events = [e for e in view.timeline if event_type(e) == kind and (e["kind"] in HAPPENED) == happened]
    return sorted(events, key=lambda e: span(e)[0])


def changes_of(view: CityView) -> list[Change]:
    """Consecutive sources (oldest first) that describe different CDO statuses, models or
    holders; each with the reorganisation and CDO events its newer source dates."""
    rows = [r for r in view.governance if row_status(r) != "not_stated"]
    out = []
    for a, b in itertools.pairwise(rows):
        same = (
            row_status(a) == row_status(b)
            and (a["cdo_placement"] or "unspecified") == (b["cdo_placement"] or "unspecified")
            and a["cdo_holder"] == b["cdo_holder"]
        )
        if same:
            continue
        lo = a["as_of"] or ""
        between = [
            e
            for e in view.timeline
            if event_type(e) in ("organisation", "cdo_appointed")
            and e["kind"] in HAPPENED
            and b["doc_id"] in e["doc_ids"]
            and e["date"] >= lo[:4]
        ]
        out.append(Change(a, b, sorted(between, key=lambda e: span(e)[0])))
    return out


def city_facts(dataset: dict, city: str) -> CityFacts:
    view = city_view(dataset, city)
    row = city_row(dataset, view.city)
    status_doc = (row.status_document or {}).get("doc_id")
    current = next((g for g in view.governance if g["doc_id"] == status_doc), None) or view.current
    return CityFacts(
        city=view.city,
        view=view,
        row=row,
        current=current,
        adoptions=_typed(view, "strategy_adopted"),
        cdo_events=_typed(view, "cdo_appointed"),
        council=_typed(view, "council_decision"),
        reorganisations=_typed(view, "organisation"),
        changes=changes_of(view),
        cdo_posts=[e for e in view.timeline if event_type(e) == "cdo_appointed"],
    )


# --- sentences -------------------------------------------------------------------------------


def placement_text(row: dict | None, T: Texts) -> str:
    if not row:
        return T.label("placement", "not_mentioned")
    return T.label("placement", model_key(row["cdo"], row["cdo_placement"]))


def placement_of(facts: CityFacts, T: Texts) -> str:
    """Where the CDO sits (in office), or where a created or planned post is to sit; empty
    when the source does not say."""
    placement = facts.row.cdo_placement
    if facts.status == "in_office":
        return T.label("placement", placement or "unspecified")
    if facts.status in POSTS and placement and placement != "unspecified":
        return T.label("placement", placement)
    return ""


def reporting_text(facts: CityFacts, T: Texts) -> str:
    """To whom the CDO reports, only in the source's own words; empty when no source says."""
    line = facts.row.reporting_line
    return T("reporting.quoted", text=" ".join(line["text"].split())) if line else ""


def event_date(event: dict, T: Texts) -> str:
    return T.date(event["date"], event.get("qualifier"), event.get("end"))


def event_when(event: dict, T: Texts) -> str:
    return T.when(event["date"], event.get("qualifier"), event.get("end"))


def event_label(event: dict, T: Texts) -> str:
    """'Strategy adopted', 'CDO post planned', 'Event' (untyped): the type in the report's language."""
    kind = event_type(event)
    if kind is None:
        return T("event_type.untyped")
    if event["kind"] == "horizon" and T.has(f"event_type.planned.{kind}"):
        return T(f"event_type.planned.{kind}")
    return T.label("event_type", kind)


def as_of_text(row: dict, T: Texts) -> str:
    """'19 March 2019'; an undated source: 'undated; latest date mentioned 2018' (an
    estimate, said to be one), or 'undated'."""
    if row.get("published"):
        return T.date(row["published"])
    if row.get("as_of"):
        return T("date.estimated", date=T.date(row["as_of"]))
    return T("date.undated")


def as_of_age(row: dict, T: Texts, today: date) -> str:
    """'as of 19 March 2019; the source is 7 years old'; an undated source gives no age."""
    if row.get("published"):
        return T("finding.as_of", as_of=T.date(row["published"]), age=T.age(row["published"], today))
    return as_of_text(row, T)


def strategy_text(facts: CityFacts, T: Texts) -> str:
    """What the source names the strategy (its subject) in quotation marks, else 'a digital strategy'."""
    name = subject_name(facts.strategy)
    return T("finding.strategy_named", name=f"„{name}“") if name else T("finding.a_strategy")


def subject_name(event: dict | None) -> str | None:
    """The event's subject as the extraction names it (in the nominative: see
    `analysis.reading.lemmas.name_nominative`); None when the source names none or only at
    length."""
    subject = " ".join(((event or {}).get("subject") or "").split())
    return subject if subject and len(subject) <= SHORT_LABEL else None


def strategy_status_text(facts: CityFacts, T: Texts, note_of=None) -> str:
    """The strategy cell of the first-page tables: 'adopted 9 November 2017 [2]',
    'presented September 2018 [1]', 'in preparation', or 'none found'."""
    status, event = facts.row.strategy_status, facts.strategy
    if status is None or event is None:
        return T("status.none_found")
    text = T.label("strategy_status", status)
    if event.get("date") and status != "in_preparation":  # a step of the work is no date of the strategy
        text = T("status.dated", status=text, when=event_when(event, T))
    if note_of is not None:
        text += f" [{note_of(event['doc_ids'])}]"
    return text


def cdo_status_text(facts: CityFacts, T: Texts) -> str:
    return T.label("cdo_status", facts.status)


@dataclass
class Finding:
    """One numbered key finding: a sentence, the documents it rests on, one quote."""

    text: str
    doc_ids: list[str]
    quote: str | None = None
    corrected: str | None = None


def _quote_of(event: dict | None) -> str | None:
    return evidence_quote(event) if event else None  # an added event has none: the finding shows its note


def strategy_steps(facts: CityFacts, T: Texts) -> str:
    """The adopted or presented strategies before the one that decides the status, each in
    the status word of its own verb ("„IT-Strategie“ adopted 2003"); empty when none."""
    event = facts.strategy
    if not event or not event.get("date") or facts.row.strategy_status not in ("adopted", "presented"):
        return ""
    earlier = [
        e
        for e in facts.view.timeline
        if event_type(e) in STRATEGY_STATUS_OF_TYPE and e["kind"] in HAPPENED and span(e)[0] < span(event)[0]
    ]
    steps = []
    for e in earlier[-3:]:
        subject = subject_name(e)
        name = f"„{subject}“ " if subject else ""
        word = T.label("strategy_status", STRATEGY_STATUS_OF_TYPE[e["type"]])
        steps.append(name + T("status.dated", status=word, when=event_when(e, T)))
    return T.join(steps)


def subject_text(event: dict | None) -> str:
    """' („Masterplan Musterstadt 2030“)': the strategy's name in the source, or empty."""
    subject = subject_name(event)
    return f" („{subject}“)" if subject else ""


def strategy_finding(facts: CityFacts, T: Texts) -> Finding:
    """The city's strategy in the status word of its source's verb, with earlier steps."""
    status, event, city = facts.row.strategy_status, facts.strategy, facts.city
    if status is None or event is None:
        return Finding(T("finding.strategy.none", city=city), [d["doc_id"] for d in facts.view.documents])
    fields = {"city": city, "label": strategy_text(facts, T), "subject": subject_text(event)}
    if status == "in_preparation":
        if event.get("date"):
            text = T("finding.strategy.in_preparation", date=event_date(event, T), **fields)
        else:
            text = T("finding.strategy.in_preparation_undated", **fields)
    else:
        text = T(f"finding.strategy.{status}", when=event_when(event, T), **fields)
    steps = strategy_steps(facts, T)
    if steps:
        text += " " + T("finding.strategy.earlier", steps=steps)
    return Finding(text, list(event["doc_ids"]), _quote_of(event), _event_note(facts, event))


def cdo_finding(facts: CityFacts, T: Texts, today: date) -> Finding:
    """Whether a CDO is in office (since when, where, reporting to whom in the source's
    words), or only a post created or planned, or none; as of its source."""
    row, city = facts.current, facts.city
    if facts.status == "not_stated" or row is None:
        return Finding(T("finding.cdo.not_stated", city=city), [])
    doc = facts.document
    note = correction_note(doc, *MODEL_FIELDS, "governance.cdo_holder") if doc else None
    quote = row["evidence"][0]["quote"] if row["evidence"] else None
    since = facts.cdo_since
    fields = {
        "city": city,
        "as_of": as_of_age(row, T, today),
        "holder": T("finding.cdo.holder", holder=facts.row.cdo_holder) if facts.row.cdo_holder else "",
        "placement": placement_of(facts, T),
        "reporting": reporting_text(facts, T),
    }
    key = f"finding.cdo.{facts.status}"
    if facts.status == "in_office" and since:
        key, fields["date"] = "finding.cdo.in_office_since", event_date(since, T)
        quote = quote or _quote_of(since)
    elif facts.status in POSTS:
        fields["placement"] = (
            T("finding.cdo.to_sit", placement=fields["placement"]) if fields["placement"] else ""
        )
    text = T(key, **fields)
    return Finding(text, [row["doc_id"]], quote, note)


def city_findings(facts: CityFacts, T: Texts, today: date, typed: bool) -> list[Finding]:
    """The dated statements about one city: strategy, CDO, change."""
    out: list[Finding] = []
    if typed:
        out.append(strategy_finding(facts, T))
    out.append(cdo_finding(facts, T, today))
    for change in facts.changes:
        out.append(change_finding(facts, change, T))
    return out


def change_finding(facts: CityFacts, change: Change, T: Texts) -> Finding:
    """A change between a city's sources as a finding: the CDO function moved (from where to
    where, since when), or the status changed, or the holder."""
    a, b = change.before, change.after
    when = change.date_event
    bundled = ""
    if (b.get("bundling") or {}).get("value") and not (a.get("bundling") or {}).get("value"):
        bundled = T("finding.changed_bundled")
    fields = {
        "city": facts.city,
        "date": event_when(when, T) if when else T.when(b["published"] or b["as_of"]),
        "before_as_of": as_of_text(a, T),
        "after_as_of": as_of_text(b, T),
        "bundled": bundled,
    }
    if change.moved:
        since = change.appointment
        detail = [b["cdo_holder"] or "", T("finding.moved_since", date=event_date(since, T)) if since else ""]
        text = T(
            "finding.cdo_moved",
            before=T.label("role.from", a["cdo_placement"] or "unspecified"),
            after=T.label("role.to", b["cdo_placement"] or "unspecified"),
            detail=f" ({', '.join(x for x in detail if x)})" if any(detail) else "",
            **{**fields, "bundled": T("finding.moved_bundled") if bundled else ""},
        )
    elif row_status(a) != row_status(b):
        text = T(
            "finding.status_changed",
            before=T.label("cdo_status", row_status(a)),
            after=T.label("cdo_status", row_status(b)),
            **fields,
        )
    elif (a["cdo_placement"] or "unspecified") == (b["cdo_placement"] or "unspecified"):
        text = T(
            "finding.holder_changed",
            holder_before=a["cdo_holder"] or T("finding.holder_not_named"),
            holder_after=b["cdo_holder"] or T("finding.holder_not_named"),
            **fields,
        )
    else:
        text = T("finding.changed", before=placement_text(a, T), after=placement_text(b, T), **fields)
    quote = _quote_of(when) or (b["evidence"][0]["quote"] if b["evidence"] else None)
    doc = next(d for d in facts.view.documents if d["doc_id"] == b["doc_id"])
    return Finding(text, [a["doc_id"], b["doc_id"]], quote, correction_note(doc, *MODEL_FIELDS))


SHORT_LABEL = 60  # a longer label is a sentence, not a name: the quote shows it instead


def object_label(event: dict, T: Texts, fallback: str) -> str:
    """What the source names (the event's subject, else its extracted label) in quotation
    marks when it is a name, else a plain description ('a digital strategy')."""
    label = " ".join((event.get("subject") or event["label"]).split())
    if len(label) <= SHORT_LABEL and not label.endswith(("…", ".")):
        return f"„{label}“"
    return T(fallback)


def _event_note(facts: CityFacts, event: dict) -> str | None:
    for d in facts.view.documents:
        if d["doc_id"] in event["doc_ids"]:
            for e in d["events"]:
                if e["date"] == event["date"] and e["label"] == event["label"]:
                    note = correction_note(d, item=e)
                    if note is not None:
                        return note
    return None


MANY_CITIES = 12  # above this, the key findings are the comparative statements only
LISTED = 20  # longer lists of city names are cut after this many, with a count


def names(cities: list[str], T: Texts, limit: int = LISTED) -> str:
    """'Altstadt, Neustadt' or the first `limit` names and '… and 80 more'."""
    if len(cities) <= limit:
        return ", ".join(cities)
    return ", ".join(cities[:limit]) + " " + T("list.more", n=len(cities) - limit)


def as_of_span(all_facts: list[CityFacts], T: Texts) -> tuple[str, str]:
    """The oldest and the newest as-of date of the cities (cities.csv's as_of), as text."""
    dates = sorted(f.row.as_of for f in all_facts if f.row.as_of)
    if not dates:
        return T("date.undated"), T("date.undated")
    return T.date(dates[0]), T.date(dates[-1])


def _year(event: dict | None) -> str:
    return event["date"][:4] if event and event.get("date") else ""


def _counted(T: Texts, key: str, group: list[CityFacts], detail=None) -> str:
    """'adopted 2 (Altstadt 2017, Neustadt 2019)': a count with the cities, cut after LISTED."""
    if not group:
        return T(key, n=0, cities="")
    shown = [f"{f.city} {detail(f)}".strip() if detail else f.city for f in group]
    return T(key, n=len(group), cities=T("finding.cities", cities=names(shown, T)))


def _docs(group: list[CityFacts], which) -> list[str]:
    ids: list[str] = []
    for f in group:
        for doc_id in which(f) or []:
            if doc_id not in ids:
                ids.append(doc_id)
    return ids


def comparative_findings(all_facts: list[CityFacts], T: Texts, typed: bool) -> list[Finding]:
    """The statements across all cities that open the key findings: strategies, CDOs in
    office and where they sit, created or planned posts, the most recent change, and how
    old the sources are; each with its source numbers."""
    n = len(all_facts)
    out = []
    if typed:
        by_status = {
            s: [f for f in all_facts if f.row.strategy_status == s]
            for s in ("adopted", "presented", "in_preparation")
        }
        none = [f for f in all_facts if f.row.strategy_status is None]
        text = T(
            "finding.summary_adoption",
            n=n,
            adopted=_counted(T, "finding.count.adopted", by_status["adopted"], lambda f: _year(f.strategy)),
            presented=_counted(
                T, "finding.count.presented", by_status["presented"], lambda f: _year(f.strategy)
            ),
            in_preparation=_counted(T, "finding.count.in_preparation", by_status["in_preparation"]),
            none=_counted(T, "finding.count.none", none),
        )
        decided = [f for s in ("adopted", "presented", "in_preparation") for f in by_status[s]]
        out.append(Finding(text, _docs(decided, lambda f: (f.strategy or {}).get("doc_ids"))))
    else:
        out.append(Finding(T("finding.summary_untyped"), []))
    status = {s: [f for f in all_facts if f.status == s] for s in CDO_STATUSES}
    in_office = status["in_office"]
    text = T(
        "finding.summary_cdo",
        n=n,
        in_office=_counted(
            T,
            "finding.count.in_office",
            in_office,
            lambda f: _year(f.cdo_since) and T("finding.since_year", year=_year(f.cdo_since)),
        ),
        post_created=_counted(T, "finding.count.post_created", status["post_created"]),
        planned=_counted(T, "finding.count.planned", status["planned"]),
        none=_counted(T, "finding.count.none_cdo", status["none"]),
        not_stated=_counted(T, "finding.count.not_stated", status["not_stated"]),
    )
    stating = [f for f in all_facts if f.current and f.status != "not_stated"]
    out.append(Finding(text, _docs(stating, lambda f: [f.current["doc_id"]])))
    if in_office:
        placements: dict[str, list[CityFacts]] = {}
        for f in in_office:
            placements.setdefault(f.row.cdo_placement or "unspecified", []).append(f)
        parts = [
            T(
                "finding.count.placement",
                placement=T.label("placement", key),
                n=len(group),
                cities=T("finding.cities", cities=names([f.city for f in group], T)),
            )
            for key, group in sorted(placements.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        ]
        out.append(
            Finding(
                T("finding.summary_placement", n=len(in_office), parts="; ".join(parts)),
                _docs(in_office, lambda f: [f.current["doc_id"]]),
            )
        )
    changed = [(f, c) for f in all_facts for c in f.changes]
    if changed:
        f, c = max(changed, key=lambda fc: fc[1].after["as_of"] or "")
        latest = change_finding(f, c, T)
        out.append(
            Finding(
                T("finding.summary_changes", k=len({x.city for x, _ in changed}), n=n, latest=latest.text),
                latest.doc_ids,
                latest.quote,
                latest.corrected,
            )
        )
    else:
        single = [f.city for f in all_facts if len(f.view.documents) <= 1]
        text = T("finding.summary_no_change", n=n)
        if single:
            text += " " + T("finding.single_source", cities=names(single, T))
        out.append(Finding(text, _docs(all_facts, lambda f: [d["doc_id"] for d in f.view.documents])))
    oldest, newest = as_of_span(all_facts, T)
    undated = [f for f in all_facts if not f.row.as_of]
    text = T("finding.summary_sources", oldest=oldest, newest=newest)
    if undated:
        text += " " + T("finding.undated_cities", cities=names([f.city for f in undated], T))
    dated = sorted(
        (d["published"], d["doc_id"]) for f in all_facts for d in f.view.documents if d.get("published")
    )
    ends = [dated[0][1], dated[-1][1]] if dated else []
    out.append(
        Finding(
            text,
            list(dict.fromkeys(ends)) + _docs(undated, lambda f: [d["doc_id"] for d in f.view.documents]),
        )
    )
    return out


def key_findings(all_facts: list[CityFacts], T: Texts, today: date, typed: bool) -> list[Finding]:
    """The numbered statements that open a comparison report: the comparative statements
    first, then (for up to MANY_CITIES cities) each city's strategy, CDO and changes; above
    that, the national statements and one per Land (`analysis.views.national`)."""
    if not all_facts:
        return []
    if len(all_facts) > MANY_CITIES and typed:
        # at size: the national statements with their sources, then one per Land (not per place)
        return national_findings([f.row for f in all_facts], T)
    out = comparative_findings(all_facts, T, typed)
    if len(all_facts) > MANY_CITIES:
        return out
    for f in all_facts:
        out.extend(city_findings(f, T, today, typed))
    return out


# --- key findings at size: the national statements, then per Land ------------------------------


def state_label(state: str, T: Texts) -> str:
    """The Land's name, or 'Land not known' for places the municipality register does not hold."""
    return state or T("national.state_unknown")


def _strategy_docs(rows: list[CityRow]) -> list[str]:
    return list(dict.fromkeys(i for r in rows if r.strategy_event for i in r.strategy_event["doc_ids"]))


def _status_docs(rows: list[CityRow]) -> list[str]:
    return list(dict.fromkeys(r.status_document["doc_id"] for r in rows if r.status_document))


def _group_summary(df: pd.DataFrame, T: Texts) -> str:
    """'strategy adopted 5 of 12 (42 %); CDO in office 8 of 15 (53 %)'; a question no source
    of the group answers is said to be unanswered, not given a share."""
    adopted, in_office = strategy_shares(df)["adopted"], cdo_shares(df)["in_office"]
    return "; ".join(
        [
            T("national.finding.adopted", share=adopted.text(T))
            if adopted.n
            else T("national.finding.strategy_not_stated"),
            T("national.finding.in_office", share=in_office.text(T))
            if in_office.n
            else T("national.finding.cdo_not_stated"),
        ]
    )


def national_findings(rows: list[CityRow], T: Texts) -> list:
    """The key findings of a comparison of many places: three to five statements over the
    municipalities (counties apart), each with its source numbers, then one per Land (its
    municipalities' shares; its counties are in the counties' statement)."""
    df = places_frame(rows)
    by_city = {r.city: r for r in rows}
    towns = municipalities(df)
    town_rows = [by_city[c] for c in towns["city"]]
    out = []
    strategy = strategy_shares(towns)
    out.append(
        Finding(
            T(
                "national.finding.strategy",
                n=strategy["adopted"].n,
                places=T.count("count.municipality", len(towns)),
                adopted=strategy["adopted"].text(T),
                presented=strategy["presented"].text(T),
                in_preparation=strategy["in_preparation"].text(T),
                not_stated=strategy["not_stated"].k,
            ),
            _strategy_docs(town_rows),
        )
    )
    cdo = cdo_shares(towns)
    posts = Share(cdo["post_created"].k + cdo["planned"].k, cdo["in_office"].n)
    out.append(
        Finding(
            T(
                "national.finding.cdo",
                n=cdo["in_office"].n,
                in_office=cdo["in_office"].text(T),
                posts=posts.text(T),
                none=cdo["none"].text(T),
                not_stated=cdo["not_stated"].k,
            ),
            _status_docs(town_rows),
        )
    )
    placements = placement_shares(towns)
    if placements:
        parts = T.join([f"{T.label('placement', k)} {s.text(T)}" for k, s in placements.items()])
        in_office = [r for r in town_rows if r.cdo_status == "in_office"]
        out.append(
            Finding(T("national.finding.placement", n=len(in_office), parts=parts), _status_docs(in_office))
        )
    interval = strategy_to_cdo(towns)
    if interval.places or interval.cdo_first:
        both = [
            (r.strategy_event, r.cdo_event)
            for r in town_rows
            if r.strategy_status in DATED_STRATEGIES and r.strategy_date and r.cdo_event
        ]
        docs = list(dict.fromkeys(i for a, b in both if a for i in [*a["doc_ids"], *b["doc_ids"]]))
        text = T("national.finding.interval", n=interval.places, months=interval.text(T))
        if interval.cdo_first:
            text += " " + T("national.finding.cdo_first", n=interval.cdo_first)
        out.append(Finding(text, docs))
    shires = counties(df)
    if len(shires):
        shire_rows = [by_city[c] for c in shires["city"]]
        out.append(
            Finding(
                T("national.finding.counties", n=len(shires), summary=_group_summary(shires, T)),
                list(dict.fromkeys(_strategy_docs(shire_rows) + _status_docs(shire_rows))),
            )
        )
    for state, cities in by_state(df):
        part = df[df["city"].isin(cities)]
        state_rows = [by_city[c] for c in cities]
        kinds = T.join(
            [
                T.count(f"count.{kind}", n)
                for kind in (MUNICIPALITY, COUNTY)
                if (n := int((part["place_kind"] == kind).sum()))
            ]
        )
        out.append(
            Finding(
                T(
                    "national.finding.state",
                    state=state_label(state, T),
                    places=T.count("count.place", len(part)),
                    kinds=f" ({kinds})" if kinds else "",
                    summary=_group_summary(municipalities(part), T),
                ),
                list(dict.fromkeys(_strategy_docs(state_rows) + _status_docs(state_rows))),
            )
        )
    return out


# --- intervals -------------------------------------------------------------------------------


def interval_text(a: dict | None, b: dict | None, T: Texts) -> str | None:
    """'1–5 months (dated to the day and to part of a year)', '12 months'; None when a step
    is undated or the second comes first."""
    if not a or not b or not a.get("date") or not b.get("date") or span(b)[1] < span(a)[0]:
        return None
    lo, hi = months_between_events(a, b)
    text = T.months(lo, hi)
    pa, pb = precision(a), precision(b)
    if pa == pb == "day":
        return text
    if pa == pb:
        return f"{text} {T('months.precision', precision=T(f'precision.{pa}'))}"
    return f"{text} {T('months.precision_two', first=T(f'precision.{pa}'), second=T(f'precision.{pb}'))}"


def council_decisions(facts: CityFacts) -> tuple[list[dict], bool]:
    """The city's council decisions that are dated, oldest first (typed `council_decision`,
    or a dated event read from the sentence of a decision the governance lists), and
    whether a decision exists that no source dates."""
    dated = list(facts.council)
    undated = False
    for d in facts.view.documents:
        for dec in d["governance"].get("decisions", []):
            ev = dec.get("evidence") or {}
            match = [
                e
                for e in facts.view.timeline
                if d["doc_id"] in e["doc_ids"]
                and e["kind"] in HAPPENED
                and ev.get("start") is not None
                and e["evidence"]["start"] < ev.get("end", -1)
                and ev["start"] < e["evidence"]["end"]
            ]
            if match:
                dated.extend(m for m in match if m not in dated)
            else:
                undated = True
    return sorted(dated, key=lambda e: span(e)[0]), undated and not dated


def intervals_rows(all_facts: list[CityFacts], T: Texts, note_of) -> list[dict]:
    """Per city: the strategy (cities.csv), the first council decision, the CDO in office
    since (cities.csv), the latest reorganisation, and the months from strategy to CDO.
    "not dated" only for a step that exists without a date; "none found" where there is none."""
    rows = []

    def cell(e):
        return f"{event_date(e, T)} [{note_of(e['doc_ids'])}]"

    for f in all_facts:
        council, council_undated = council_decisions(f)
        reorg = f.reorganisations[-1] if f.reorganisations else None
        since = f.cdo_since
        if f.status == "in_office":
            cdo = cell(since) if since else T("intervals.in_office_not_dated")
        else:
            cdo = cdo_status_text(f, T) if f.status in POSTS else T("status.none_found")
        strategy = f.strategy if f.row.strategy_status in ("adopted", "presented") else None
        rows.append(
            {
                T("intervals.city"): f.city,
                T("intervals.strategy_status"): strategy_status_text(f, T, note_of),
                T("intervals.council"): cell(council[0])
                if council
                else T("intervals.not_dated" if council_undated else "status.none_found"),
                T("intervals.cdo_since"): cdo,
                T("intervals.organisation"): cell(reorg) if reorg else T("status.none_found"),
                T("intervals.strategy_cdo"): interval_text(strategy, since, T) or "–",
            }
        )
    return rows


def dated_steps(facts: CityFacts) -> bool:
    """Whether the intervals table has a date for the place: its strategy (adopted or
    presented), a council decision, the start of its CDO or a reorganisation is dated. A
    place without any is counted under the table, not listed as a row of "none found"."""
    council, _ = council_decisions(facts)
    strategy = facts.strategy if facts.row.strategy_status in ("adopted", "presented") else None
    return bool((strategy and strategy.get("date")) or council or facts.cdo_since or facts.reorganisations)


def interval_findings(all_facts: list[CityFacts], T: Texts) -> list[Finding]:
    """Per city, the months from its strategy (cities.csv) to the start of its CDO in office."""
    out = []
    for f in all_facts:
        start, end = f.strategy, f.cdo_since
        if f.row.strategy_status not in ("adopted", "presented"):
            continue
        months = interval_text(start, end, T)
        if months and start and end:
            text = T(
                f"finding.interval.{f.row.strategy_status}",
                city=f.city,
                months=months,
                start=event_date(start, T),
                end=event_date(end, T),
            )
            out.append(Finding(text, sorted(set(start["doc_ids"]) | set(end["doc_ids"]))))
    return out
