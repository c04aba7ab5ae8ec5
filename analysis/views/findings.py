"""What an analyst asks of the data: when a city adopted its strategy, whether it has a CDO
in office since when and where, what changed, and how long the steps took.

The answers come from the event `type` (strategy_adopted, cdo_appointed, organisation,
council_decision; see analysis.vocabulary.EVENT_TYPES). Events without a type answer
nothing: they are shown on the timeline, never guessed into an adoption date. A date
known to the year (or "Anfang 2018") is a span, never a day: intervals are whole months
with a range.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date

from analysis.reporting.texts import Texts
from analysis.views.city import CityView, city_view
from analysis.views.corrections import correction_note, evidence_quote
from analysis.views.strategy_timelines import to_date

HAPPENED = ("milestone", "period")
MODEL_FIELDS = ("governance.cdo", "governance.cdo_placement")


def event_type(event: dict) -> str | None:
    """The event's type, or None when the extraction did not type it."""
    return event.get("type")


def has_types(dataset: dict) -> bool:
    return any("type" in e for d in dataset["documents"] for e in d["events"])


def span(event: dict) -> tuple[date, date]:
    """First and last day an event's date can mean (a year-only date: the whole year)."""
    return (
        to_date(event["date"], event.get("qualifier")),
        to_date(event.get("end") or event["date"], event.get("qualifier"), end=True),
    )


def _month_diff(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def months_between_events(a: dict, b: dict) -> tuple[int, int]:
    """Whole months from event a to event b, as (least, most) over what the dates can mean:
    9 Nov 2017 → "early 2018" is (2, 5); two dates of the same month are (0, 0)."""
    a_first, a_last = span(a)
    b_first, b_last = span(b)
    return max(0, _month_diff(a_last, b_first)), max(0, _month_diff(a_first, b_last))


def precision(event: dict) -> str:
    n = len(event["date"].split("-"))
    return {1: "year", 2: "month", 3: "day"}[n]


def coarsest(*events: dict) -> str:
    order = ["day", "month", "year"]
    return max((precision(e) for e in events), key=order.index)


def model_key(cdo: bool | None, placement: str | None) -> str:
    """The typology key of a governance model: a placement, `no_cdo` or `not_mentioned`."""
    if cdo is None:
        return "not_mentioned"
    return (placement or "unspecified") if cdo else "no_cdo"


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


@dataclass
class CityFacts:
    city: str
    view: CityView
    current: dict | None  # the governance row that speaks for the city now
    status: str  # in_office | planned | none | not_stated
    adoptions: list[dict]  # strategy_adopted events that happened, oldest first
    planned_strategies: list[dict]
    cdo_events: list[dict]
    council: list[dict]
    reorganisations: list[dict]
    changes: list[Change]
    cdo_posts: list[dict] = field(default_factory=list)  # every CDO event, planned ones too

    @property
    def first_adoption(self) -> dict | None:
        return self.adoptions[0] if self.adoptions else None

    @property
    def cdo_since(self) -> dict | None:
        """The latest CDO appointment that happened, when a CDO is in office."""
        if self.status != "in_office" or not self.cdo_events:
            return None
        return self.cdo_events[-1]

    @property
    def document(self) -> dict | None:
        if not self.current:
            return None
        return next(d for d in self.view.documents if d["doc_id"] == self.current["doc_id"])

    @property
    def model(self) -> str:
        c = self.current
        return model_key(c["cdo"], c["cdo_placement"]) if c else "not_mentioned"


def _typed(view: CityView, kind: str, happened: bool = True) -> list[dict]:
    events = [e for e in view.timeline if event_type(e) == kind and (e["kind"] in HAPPENED) == happened]
    return sorted(events, key=lambda e: span(e)[0])


def cdo_status(row: dict | None, cdo_events: list[dict]) -> str:
    """in_office, planned (the post is decided or planned, not filled), none, not_stated."""
    if not row or row["cdo"] is None:
        return "not_stated"
    if row["cdo"]:
        return "in_office"
    return "planned" if cdo_events else "none"


def changes_of(view: CityView) -> list[Change]:
    """Consecutive sources (oldest first) that describe different CDO models, holders or
    bundling; each with the reorganisation and CDO events dated in between."""
    rows = [r for r in view.governance if r["cdo"] is not None]
    out = []
    for a, b in itertools.pairwise(rows):
        same = (
            model_key(a["cdo"], a["cdo_placement"]) == model_key(b["cdo"], b["cdo_placement"])
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
    current = view.current
    cdo_events_all = [e for e in view.timeline if event_type(e) == "cdo_appointed"]
    status = cdo_status(current, cdo_events_all)
    return CityFacts(
        city=view.city,
        view=view,
        current=current,
        status=status,
        adoptions=_typed(view, "strategy_adopted"),
        planned_strategies=_typed(view, "strategy_adopted", happened=False),
        cdo_events=_typed(view, "cdo_appointed"),
        council=_typed(view, "council_decision"),
        reorganisations=_typed(view, "organisation"),
        changes=changes_of(view),
        cdo_posts=cdo_events_all,
    )


# --- sentences -------------------------------------------------------------------------------


def placement_text(row: dict | None, T: Texts) -> str:
    if not row:
        return T.label("placement", "not_mentioned")
    return T.label("placement", model_key(row["cdo"], row["cdo_placement"]))


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
    if row.get("published"):
        return T.date(row["published"])
    if row.get("as_of"):
        return T("date.estimated", date=T.date(row["as_of"]))
    return T("date.undated")


@dataclass
class Finding:
    """One numbered key finding: a sentence, the documents it rests on, one quote."""

    text: str
    doc_ids: list[str]
    quote: str | None = None
    corrected: str | None = None


def _quote_of(event: dict | None) -> str | None:
    return evidence_quote(event)  # an added event has none: the finding shows its note


def city_findings(facts: CityFacts, T: Texts, today: date, typed: bool) -> list[Finding]:
    """The dated statements about one city: adoption, CDO, change."""
    out: list[Finding] = []
    city = facts.city
    if typed:
        first = facts.first_adoption
        if first:
            last = facts.adoptions[-1]
            if last is not first and last["label"] != first["label"]:
                text = T(
                    "finding.adopted_several",
                    city=city,
                    label=object_label(first, T, "finding.a_strategy"),
                    date=event_when(first, T),
                    label2=object_label(last, T, "finding.the_strategy"),
                    date2=event_when(last, T),
                )
            else:
                text = T(
                    "finding.adopted",
                    city=city,
                    label=object_label(first, T, "finding.a_strategy"),
                    date=event_when(first, T),
                )
            out.append(Finding(text, list(first["doc_ids"]), _quote_of(first), _event_note(facts, first)))
        elif facts.planned_strategies:
            plan = facts.planned_strategies[0]
            text = T(
                "finding.adoption_planned",
                city=city,
                label=object_label(plan, T, "finding.a_strategy"),
                date=event_date(plan, T),
            )
            out.append(Finding(text, list(plan["doc_ids"]), _quote_of(plan), _event_note(facts, plan)))
    row = facts.current
    doc = facts.document
    note = correction_note(doc, *MODEL_FIELDS, "governance.cdo_holder") if doc else None
    if facts.status == "not_stated" or row is None:
        out.append(Finding(T("finding.cdo_not_stated", city=city), []))
    else:
        fields = {"city": city, "as_of": as_of_text(row, T), "age": T.age(row["as_of"], today)}
        quote = row["evidence"][0]["quote"] if row["evidence"] else None
        if facts.status == "in_office":
            since = facts.cdo_since
            text = T(
                "finding.cdo_in_office",
                since=T("finding.cdo_since", date=event_date(since, T)) if since else "",
                holder=T("finding.cdo_holder", holder=row["cdo_holder"]) if row["cdo_holder"] else "",
                placement=placement_text(row, T),
                **fields,
            )
            if since and not quote:
                quote = _quote_of(since)
        else:
            text = T(f"finding.cdo_{facts.status}", **fields)
        out.append(Finding(text, [row["doc_id"]], quote, note))
    for change in facts.changes:
        out.append(change_finding(facts, change, T))
    return out


def change_finding(facts: CityFacts, change: Change, T: Texts) -> Finding:
    a, b = change.before, change.after
    when = change.date_event
    bundled = ""
    if (b.get("bundling") or {}).get("value") and not (a.get("bundling") or {}).get("value"):
        bundled = T("finding.changed_bundled")
    text = T(
        "finding.changed",
        city=facts.city,
        date=event_when(when, T) if when else T.when(b["published"] or b["as_of"]),
        before=placement_text(a, T),
        before_as_of=as_of_text(a, T),
        after=placement_text(b, T),
        after_as_of=as_of_text(b, T),
        bundled=bundled,
    )
    quote = _quote_of(when) or (b["evidence"][0]["quote"] if b["evidence"] else None)
    doc = next(d for d in facts.view.documents if d["doc_id"] == b["doc_id"])
    return Finding(text, [a["doc_id"], b["doc_id"]], quote, correction_note(doc, *MODEL_FIELDS))


SHORT_LABEL = 60  # a longer label is a sentence, not a name: the quote shows it instead


def object_label(event: dict, T: Texts, fallback: str) -> str:
    """What the source names (the extracted label) in quotation marks when it is a name,
    else a plain description ('a digital strategy'); the quote beside gives the sentence."""
    label = " ".join(event["label"].split())
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


MANY_CITIES = 12  # above this, the key findings are aggregates, not one statement per city


def as_of_span(all_facts: list[CityFacts], T: Texts) -> tuple[str, str]:
    """The oldest and the newest as-of date of the cities' current statements, as text."""
    dates = sorted(f.current["as_of"] for f in all_facts if f.current and f.current["as_of"])
    if not dates:
        return T("date.undated"), T("date.undated")
    return T.date(dates[0]), T.date(dates[-1])


def key_findings(all_facts: list[CityFacts], T: Texts, today: date, typed: bool) -> list[Finding]:
    """The numbered statements that open a comparison report."""
    n = len(all_facts)
    if not n:
        return []
    counts = {
        s: sum(f.status == s for f in all_facts) for s in ("in_office", "planned", "none", "not_stated")
    }
    oldest, newest = as_of_span(all_facts, T)
    summary = T("finding.summary_cdo", n=n, oldest=oldest, newest=newest, **counts)
    out = [Finding(summary, [])]
    if not typed:
        out.append(Finding(T("finding.summary_untyped"), []))
    elif n > MANY_CITIES:
        adopted = [f for f in all_facts if f.first_adoption]
        if adopted:
            years = sorted(f.first_adoption["date"][:4] for f in adopted if f.first_adoption)
            out.append(
                Finding(
                    T(
                        "finding.summary_adoption",
                        n_dated=len(adopted),
                        n=n,
                        first=years[0],
                        last=years[-1],
                        n_undated=n - len(adopted),
                    ),
                    [],
                )
            )
    changed = [f for f in all_facts if f.changes]
    if n > MANY_CITIES:
        if changed:
            out.append(Finding(T("finding.summary_changes", n=len(changed)), []))
        for f in changed[:5]:
            out.extend(change_finding(f, c, T) for c in f.changes)
        return out
    for f in all_facts:
        out.extend(city_findings(f, T, today, typed))
    return out


# --- intervals -------------------------------------------------------------------------------


def interval_text(a: dict | None, b: dict | None, T: Texts) -> str | None:
    """'2–5 months (the dates are known to the year)', '12 months'; None when a step is undated
    or the second comes first."""
    if not a or not b or span(b)[1] < span(a)[0]:
        return None
    lo, hi = months_between_events(a, b)
    text = T.months(lo, hi)
    p = coarsest(a, b)
    return text if p == "day" else f"{text} {T('months.precision', precision=T(f'precision.{p}'))}"


def intervals_rows(all_facts: list[CityFacts], T: Texts, note_of) -> list[dict]:
    """Per city: first adoption, first council decision, first CDO appointment, latest
    reorganisation, and the months from strategy to CDO."""
    rows = []
    for f in all_facts:
        first_cdo = f.cdo_events[0] if f.cdo_events else None
        council = f.council[0] if f.council else None
        reorg = f.reorganisations[-1] if f.reorganisations else None

        def cell(e):
            if not e:
                return T("intervals.not_dated")
            return f"{event_date(e, T)} [{note_of(e['doc_ids'])}]"

        rows.append(
            {
                T("intervals.city"): f.city,
                T("intervals.strategy"): cell(f.first_adoption),
                T("intervals.council"): cell(council),
                T("intervals.cdo"): cell(first_cdo),
                T("intervals.organisation"): cell(reorg),
                T("intervals.strategy_cdo"): interval_text(f.first_adoption, first_cdo, T),
            }
        )
    return rows
