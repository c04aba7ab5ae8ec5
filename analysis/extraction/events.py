"""The dated strategy timeline of a document.

Each date expression in the document's own sentences becomes an event. Whether it is a
milestone (has happened), a horizon (target or planned date) or a period (a span) is read
from the expression and the sentence's tense, as of the document's publication date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.extraction.context import DocContext, Sentence
from analysis.extraction.lexicon import events as words
from analysis.extraction.meta import DATELINE, dateline
from analysis.extraction.rules import alternation, rule
from analysis.reading import dates
from analysis.reading.text import cut_at_word, lower_same_length

PAST = re.compile(
    r"\b(wurde|wurden|war|waren|hatte|hatten|begann|begannen|startete|starteten|gestartet|gegründet|"
    r"beschlossen|verabschiedet|vorgelegt|eingeführt|erstellt|eingerichtet|entwickelt|erarbeitet|"
    r"ins Leben gerufen|erfolgte|ging|gingen|trat|fand|fanden|beschloss|veröffentlicht|ausgewählt|"
    r"ernannt|übernahm|gewann|abgeschlossen|bereits|seit)\b",
    re.I,
)
FUTURE = re.compile(
    r"\b(soll|sollen|sollte|sollten|geplant|plant|planen|wird|werden|Ziel|angestrebt|vorgesehen|"
    r"künftig|zukünftig|bis|spätestens|voraussichtlich|anvisiert|vornehmen wird)\b",
    re.I,
)


# "bis Ende 2020 wurden die Leitlinien erarbeitet": a finished step phrased with "bis".
PAST_PASSIVE = re.compile(r"\b(?:wurde|wurden|hatte|hatten|war|waren)\b")
MODAL = re.compile(r"\b(?:soll|sollen|sollte|sollten|wird|werden|will|wollen)\b")


# "soll im Herbst verabschiedet werden", "wird … vorgelegt werden": a modal with a passive
# infinitive is a step still ahead, whatever past participle it holds.
MODAL_PASSIVE = re.compile(
    r"\b(?:soll|sollen|sollte|sollten|wird|werden|muss|müssen|kann|können)\b[^.;]{0,100}?\b\w+(?:t|en)\s+werden\b"
)
# The months a year qualifier points to ("Anfang 2022", "im Herbst 2022"), to compare a date
# of the document's own year with the month it was published in.
_QUALIFIER_MONTH = {"early": "03", "mid": "07", "late": "11"}


def _kind(m: dates.DateMention, sentence: str, reference: str | None) -> str:
    if m.end_date:
        return "period"
    if m.relation == "until" and PAST_PASSIVE.search(sentence) and not MODAL.search(sentence):
        return "milestone"
    if m.relation == "until" or m.named:
        return "horizon"
    if reference:
        ref = reference[: len(m.date)]
        if m.date > ref:
            return "horizon"
        if m.date < ref:
            return "milestone"
        if len(m.date) == 4 and len(reference) >= 7 and m.qualifier in _QUALIFIER_MONTH:
            month = _QUALIFIER_MONTH[m.qualifier]
            if month != reference[5:7]:
                return "horizon" if month > reference[5:7] else "milestone"
    if MODAL_PASSIVE.search(sentence):
        return "horizon"
    if PAST.search(sentence):
        return "milestone"
    if FUTURE.search(sentence):
        return "horizon"
    return "milestone"


_CDO_STEMS = (
    " cdo",
    "(cdo",
    "„cdo",
    "chief digital officer",
    "digitalisierungsbeauftragt",
    "beauftragte für digitalisierung",
)
# Event types, tried in this order on the lower-cased text around the date (the clause and
# its neighbours within the sentence). The first that matches gives the type.
TYPE_RULES = [
    rule(
        "event_past_role",
        "a person's earlier post (type other)",
        "",
        all_of=(words.PAST_ROLE, words.ROLE_HEADS),
        matches=("seit 2011 war anna muster leiterin des hauptamts.",),
        not_matches=("seit 2011 ist anna muster leiterin des hauptamts.",),
    ),
    rule(
        "event_cdo_appointed",
        "a CDO post is created, filled or changes hands",
        "",
        all_of=(_CDO_STEMS, words.CDO_APPOINTMENT_WORDS),
        matches=(
            "im mai 2019 wurde anna muster zur cdo ernannt.",
            "für 2027 ist die besetzung der stelle des cdo vorgesehen.",
            "im september 2018 wurde die position eines chief digital officer (cdo) geschaffen.",
        ),
        not_matches=("die verantwortung hat die stadt an cdo jan beispiel vergeben.",),
    ),
    rule(
        "event_strategy_adopted",
        "a strategy, agenda or plan is adopted, decided or published",
        "",
        all_of=(words.STRATEGY_WORDS, words.ADOPTION_VERBS),
        matches=("im juni 2019 verabschiedete der rat die digitalstrategie, die vom rat beschlossen wurde.",),
        not_matches=("2019 begann die erarbeitung der digitalstrategie.",),
    ),
    rule(
        "event_strategy_process",
        "work on a strategy starts, is commissioned, drafted, consulted on or updated",
        "",
        all_of=(words.STRATEGY_WORDS, words.PROCESS_WORDS),
        matches=("2019 begann die erarbeitung der digitalstrategie.",),
        not_matches=("2019 wurde das amt gegründet.",),
    ),
    rule(
        "event_strategy_update",
        "a participation process or an update (of a strategy named before)",
        "",
        all_of=(words.UPDATE_WORDS,),
        matches=("sie wird im sommer 2024 aktualisiert.",),
        not_matches=("2019 wurde das amt gegründet.",),
    ),
    rule(
        "event_council_decision",
        "another council or board decision",
        "",
        all_of=(words.COUNCIL_WORDS, words.DECISION_VERBS),
        matches=("am 3. mai 2022 wurde er in der gemeinderatssitzung gewählt.",),
        not_matches=("der rat der weisen tagte.",),
    ),
    rule(
        "event_programme",
        "the city joins or is selected for a programme, competition, network or award",
        "",
        all_of=(words.PROGRAMME_WORDS,),
        matches=(
            "seit dem gewinn des wettbewerbs im jahr 2017",
            "2020 wurde die stadt modellprojekt smart cities.",
        ),
        not_matches=("2020 wurde das amt gegründet.",),
    ),
    rule(
        "event_organisation",
        "a unit for digitalisation is founded, renamed, moved or merged",
        "",
        all_of=(words.ORGANISATION_UNITS, words.ORGANISATION_VERBS),
        matches=(
            "im juni 2017 wurde die digital-agentur gegründet.",
            "seit märz 2021 gibt es die stabsstelle digitales.",
        ),
        not_matches=("im juni 2017 startete die app.",),
    ),
    rule(
        "event_target",
        "a goal for a date that is not one project's",
        rf"\bbis\b.*\b{alternation(words.MODAL_WORDS)}\b|{alternation(words.TARGET_WORDS)}",
        matches=("bis 2030 sollen alle leistungen online verfügbar sein.",),
        not_matches=("im jahr 2019 tagte der ausschuss.",),
    ),
    rule(
        "event_project",
        "a named project starts, goes live, ends or is planned",
        "",
        all_of=(words.PROJECT_WORDS,),
        matches=("ende 2020 wurde das open-data-portal freigeschaltet.",),
        not_matches=("im jahr 2019 tagte der ausschuss.",),
    ),
]
TYPE_OF_RULE = {
    "event_past_role": "other",
    "event_cdo_appointed": "cdo_appointed",
    "event_strategy_adopted": "strategy_adopted",
    "event_strategy_process": "strategy_process",
    "event_strategy_update": "strategy_process",
    "event_council_decision": "council_decision",
    "event_programme": "programme",
    "event_organisation": "organisation",
    "event_project": "project",
    "event_target": "target",
}
CAREER = rule(
    "career_date",
    "a date of a person's earlier career with another employer: not the city's timeline",
    "",
    all_of=(words.CAREER_MARKERS, words.CAREER_VERBS, words.EMPLOYER_CUES),
    matches=(
        "2011 richtete er als cio die it der musterbank neu aus und war vorstand der beispiel-gruppe.",
        "muster war zuvor bei der kreissparkasse beispielstadt tätig, ab 2016 als abteilungsleiter.",
        "beispiel war von 2010 bis 2017 beim regionalen rechenzentrum tätig.",
        "zuvor arbeitete sie ab 2014 bei einem softwarehaus in musterfeld.",
    ),
    not_matches=(
        "seit 2011 war sie leiterin des städtischen it-amtes.",
        "2019 war die stadt mit ihrer bewerbung erfolgreich.",
    ),
)


def event_type(text: str) -> str:
    """What a dated step means, from the lower-cased text around its date."""
    for r in TYPE_RULES:
        if r.search(text):
            return TYPE_OF_RULE[r.name]
    return "other"


_CLAUSE = re.compile(r",\s+|;\s+|\s+[–—]\s+|\s+und\s+(?=\w+\s)")


def _clause(sentence: str, m: dates.DateMention) -> str:
    """The clause a date stands in, lower-cased."""
    cuts = [0, *(c.end() for c in _CLAUSE.finditer(sentence)), len(sentence) + 1]
    own = max(i for i, c in enumerate(cuts) if c <= m.start)
    end = cuts[own + 1] if own + 1 < len(cuts) else len(sentence)
    return lower_same_length(sentence[cuts[own] : end])


def _window(sentence: str, m: dates.DateMention) -> str:
    """The clause a date stands in and the clauses either side of it, lower-cased."""
    cuts = [0, *(c.end() for c in _CLAUSE.finditer(sentence)), len(sentence) + 1]
    own = max(i for i, c in enumerate(cuts) if c <= m.start)
    start = cuts[max(0, own - 1)]
    end = cuts[own + 2] if own + 2 < len(cuts) else len(sentence)
    return lower_same_length(sentence[start:end])


def _type(ctx: DocContext, s: Sentence, m: dates.DateMention, kind: str, lead: str | None) -> str:
    if lead is not None:
        return event_type(lower_same_length(lead))
    if m.named and kind == "horizon":
        return "target"  # a plan named by its year ("Masterplan … 2025")
    # Each date from its own clause first: one sentence may hold a decision and a target.
    # Each date from its own clause first: one sentence may hold a decision and a target.
    found = event_type(_clause(s.text, m))
    window = _window(s.text, m)
    if found == "other":
        found = event_type(window)
    if found == "other":
        found = event_type(lower_same_length(s.text))
    if found == "strategy_adopted" and MODAL_PASSIVE.search(lower_same_length(s.text)):
        found = "strategy_process"  # "soll im Herbst vorgelegt werden": not adopted yet
    if TYPE_RULES[0].search(window):
        return found  # a person's earlier post
    if found in ("other", "organisation", "project") and s.span.start in ctx.cdo_context and "seit" in window:
        return "cdo_appointed"  # "Seit 2018 koordiniert der Leiter des …" about the CDO
    if found == "other":
        i = ctx.index_of(s) or 0
        if i:
            found = event_type(lower_same_length(ctx.sentences[i - 1].text + " " + s.text))
    return found


def _named_label(text: str, m: dates.DateMention) -> str | None:
    """The name a year is glued into: '„digiZukunft 2030“', 'Masterplan Digitales Musterstadt 2025'."""
    before = text[: m.start]
    quoted = re.search(r"[„»\"]([^„»\"“”«]{0,60})$", before)
    if quoted:
        after = re.match(r"[^“”\"«]{0,40}", text[m.end :])
        assert after is not None  # the pattern also matches the empty string
        rest = after.group(0)
        return " ".join((quoted.group(1) + m.text + rest).split())
    name: list[str] = []
    for word in reversed(before.split()[-5:]):
        if not (word[:1].isupper() or word[:1].isdigit()):
            break
        name.insert(0, word)
    return " ".join([*name, m.text]) if name else None


def _label(sentence: Sentence, m: dates.DateMention, limit: int = 160) -> str:
    """The name of a named horizon; else the sentence, or the clause around the date."""
    if m.named:
        named = _named_label(sentence.text, m)
        if named:
            return named
    text = " ".join(sentence.text.split())
    if len(text) <= limit:
        return text
    rel = m.start
    parts = re.split(r"(?<=[,;:–])\s+", sentence.text)
    pos = 0
    for i, part in enumerate(parts):
        if pos <= rel < pos + len(part) + 1:
            chosen = " ".join(parts[max(0, i - 1) : i + 2]) if len(part) < 60 else part
            chosen = " ".join(chosen.split())
            return cut_at_word(chosen, limit)
        pos += len(part) + 1
    return cut_at_word(text, limit)


def extract_events(ctx: DocContext, source_kind: str) -> list[dict]:
    events: list[dict] = []
    dateline_block = None
    found = dateline(ctx) if source_kind == "news" else None
    if found:
        dateline_block, mention = found
        lead = next((s for s in ctx.sentences if s.block is dateline_block), None)
        if lead is not None:
            events.append(
                _event(
                    ctx,
                    lead,
                    mention,
                    "milestone",
                    label_text=_strip_dateline(lead.text),
                    lead=_title_and_lead(ctx, dateline_block),
                )
            )
    for block in ctx.content_blocks:
        for found_in_block in ctx.dates_in(block.text):
            s = ctx.sentence_at(block.start + found_in_block.start)
            shift = block.start - s.span.start
            m = replace(found_in_block, start=found_in_block.start + shift, end=found_in_block.end + shift)
            if block is dateline_block and s.span.start == block.start and m.start < 3:
                continue  # the dateline itself, already the news event above
            if _in_programme_name(ctx, s.text, m):
                continue  # "Horizon 2020": a programme's name, not a date of the city
            low = s.lower
            if CAREER.search(low) and not any(w in low for w in words.AT_THE_CITY):
                continue  # a person's earlier job elsewhere is not the city's timeline
            events.append(_event(ctx, s, m, _kind(m, s.text, ctx.published)))
    return _dedupe(events)


def _in_programme_name(ctx: DocContext, sentence: str, m: dates.DateMention) -> bool:
    for name in ctx.programme_names:
        if m.text in name:
            at = sentence.find(name)
            while at != -1:
                if at <= m.start < at + len(name):
                    return True
                at = sentence.find(name, at + 1)
    return False


def _title_and_lead(ctx: DocContext, block) -> str:
    """What a news item is about: its title and its lead paragraph."""
    title = next((b.text for b in ctx.blocks if b.kind == "heading" and b.start < block.start), "")
    return f"{title} {block.text}"


def _strip_dateline(text: str) -> str:
    return " ".join(DATELINE.sub("", text, count=1).split())


def _event(
    ctx: DocContext,
    s: Sentence,
    m: dates.DateMention,
    kind: str,
    label_text: str | None = None,
    lead: str | None = None,
) -> dict:
    label = label_text or _label(s, m)
    label = cut_at_word(label, 160)
    return {
        "date": m.date,
        "end": m.end_date,
        "qualifier": m.qualifier,
        "kind": kind,
        "type": _type(ctx, s, m, kind, lead),
        "label": label,
        "precision": dates.precision_of(m.date),
        "expression": m.text,
        "section": s.section,
        "evidence": ctx.evidence(s.span),
        "_named": m.named and kind == "horizon",
    }


def _dedupe(events: list[dict]) -> list[dict]:
    """One event per date, kind and sentence; a plan named twice ("Masterplan … 2025" in two
    sections) counts once, two different targets for the same year count twice."""
    out, seen = [], set()
    for e in events:
        key = (
            (e["date"], e["end"], e["kind"], "named")
            if e.pop("_named")
            else (e["date"], e["end"], e["kind"], e["evidence"]["start"])
        )
        if key in seen:
            continue
        seen.add(key)
        out.append(e)
    return sorted(out, key=lambda e: (e["date"], e["evidence"]["start"]))
