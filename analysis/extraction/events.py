"""The dated strategy timeline of a document.

Each date expression in the document's own sentences becomes an event. Whether it is a
milestone (has happened), a horizon (target or planned date) or a period (a span) is read
from the expression and the sentence's tense, as of the document's publication date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.extraction.context import DocContext, Sentence
from analysis.extraction.meta import DATELINE, dateline
from analysis.reading import dates

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


def _kind(m: dates.DateMention, sentence: str, reference: str | None) -> str:
    if m.end_date:
        return "period"
    if m.relation == "until" or m.named:
        return "horizon"
    if reference:
        ref = reference[: len(m.date)]
        if m.date > ref:
            return "horizon"
        if m.date < ref:
            return "milestone"
    if PAST.search(sentence):
        return "milestone"
    if FUTURE.search(sentence):
        return "horizon"
    return "milestone"


def _named_label(text: str, m: dates.DateMention) -> str | None:
    """The name a year is glued into: '„digiZukunft 2030“', 'Masterplan Digitales Musterstadt 2025'."""
    before = text[: m.start]
    quoted = re.search(r"[„»\"]([^„»\"“”«]{0,60})$", before)
    if quoted:
        rest = re.match(r"[^“”\"«]{0,40}", text[m.end :]).group(0)
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
            return chosen if len(chosen) <= limit else chosen[: limit - 1].rsplit(" ", 1)[0] + " …"
        pos += len(part) + 1
    return text[: limit - 1].rsplit(" ", 1)[0] + " …"


def extract_events(ctx: DocContext, source_kind: str) -> list[dict]:
    events: list[dict] = []
    dateline_block = None
    found = dateline(ctx) if source_kind == "news" else None
    if found:
        dateline_block, mention = found
        lead = next((s for s in ctx.sentences if s.block is dateline_block), None)
        if lead is not None:
            events.append(_event(ctx, lead, mention, "milestone", label_text=_strip_dateline(lead.text)))
    for block in ctx.content_blocks:
        for found_in_block in dates.find_dates(block.text):
            s = ctx.sentence_at(block.start + found_in_block.start)
            shift = block.start - s.span.start
            m = replace(found_in_block, start=found_in_block.start + shift, end=found_in_block.end + shift)
            if block is dateline_block and s.span.start == block.start and m.start < 3:
                continue  # the dateline itself, already the news event above
            events.append(_event(ctx, s, m, _kind(m, s.text, ctx.published)))
    return _dedupe(events)


def _strip_dateline(text: str) -> str:
    return " ".join(DATELINE.sub("", text, count=1).split())


def _event(
    ctx: DocContext, s: Sentence, m: dates.DateMention, kind: str, label_text: str | None = None
) -> dict:
    label = label_text or _label(s, m)
    if len(label) > 160:
        label = label[:159].rsplit(" ", 1)[0] + " …"
    return {
        "date": m.date,
        "end": m.end_date,
        "qualifier": m.qualifier,
        "kind": kind,
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
