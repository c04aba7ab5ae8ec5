"""Every closed vocabulary of the data contract, defined once.

The extraction writes these keys, the JSON Schema allows exactly these (a test checks the
schema against this module), and the views and reports label them. Labels in a reader's
language belong to the reporting layer; here are the keys and their meanings.
"""

from __future__ import annotations

# Where a Chief Digital Officer sits (governance.cdo_placement), most central first.
PLACEMENTS: dict[str, str] = {
    "mayor": "staff unit directly under the (Lord) Mayor",
    "staff_unit": "own staff unit, reporting line not stated",
    "administration_department": "inside a department, Dezernat or Fachbereich line",
    "it_department": "the head of the IT office is the CDO",
    "unspecified": "a CDO exists, the text does not say where the role sits",
}

# Whether a city has a Chief Digital Officer (governance.cdo_status); `cdo` is true exactly
# for "in_office". A created or planned post is not a CDO in office: the report says so.
CDO_STATUSES: dict[str, str] = {
    "in_office": "a holder is named, or the text says the role is held, taken over or exists since a date",
    "post_created": "a decision created the post or places it, but no holder is named and it is not said to be filled",
    "planned": "the post is proposed, intended or still to be decided",
    "none": "the text says the city has none",
}

# The governance typology of the comparison report: one letter per model. A city whose
# sources say it has no CDO (F) is distinct from one whose sources do not mention one (G).
NO_CDO = "no_cdo"
NOT_MENTIONED = "not_mentioned"
TYPOLOGY: dict[str, str] = {
    "mayor": "A",
    "staff_unit": "B",
    "administration_department": "C",
    "it_department": "D",
    "unspecified": "E",
    NO_CDO: "F",
    NOT_MENTIONED: "G",
}

# What a source is (source_kind).
SOURCE_KINDS: dict[str, str] = {
    "profile": "portrait by a third party, e.g. a Smart City Atlas profile",
    "strategy": "the city's own strategy page",
    "news": "a press article",
    "other": "anything else",
}

# When an event stands in time (events[].kind).
EVENT_KINDS: dict[str, str] = {
    "milestone": "has happened as of the document",
    "horizon": "a target or planned date",
    "period": "a span",
}

# What an event means (events[].type), as an analyst asks of a timeline.
EVENT_TYPES: dict[str, str] = {
    "strategy_adopted": "a strategy, agenda, master plan or concept is adopted or resolved: the text says so",
    "strategy_presented": "a strategy, agenda or concept is presented, published or handed over, not said to be adopted",
    "strategy_process": "work on a strategy starts, is commissioned, drafted, consulted on or updated",
    "cdo_appointed": "a CDO post is filled or changes hands (creating an unfilled post is not)",
    "organisation": "a unit for digitalisation is founded, renamed, moved or merged",
    "council_decision": "another council or board decision on digitalisation",
    "programme": "the city is selected for or joins a funding programme, competition, network or award",
    "project": "a named project starts, goes live, ends or is planned",
    "target": "a goal for a date that is not one project's",
    "other": "none of these",
}

# The event types that answer the governance questions: the steps a report names, labels in
# its timeline figures and measures intervals between.
KEY_EVENT_TYPES = (
    "strategy_adopted",
    "strategy_presented",
    "cdo_appointed",
    "organisation",
    "council_decision",
)

# "Anfang/Mitte/Ende", "Frühjahr", … (events[].qualifier), and how precise a date is.
QUALIFIERS = ("early", "mid", "late")
PRECISIONS = ("year", "month", "day")

# Who a person speaks for (people[].affiliation).
AFFILIATIONS = ("city", "external")

# Themes are motivations, goals or challenges (themes[].category).
THEME_CATEGORIES = ("motivation", "goal", "challenge")
