"""Motivations, goals and challenges as stable theme keys.

Each theme is recognised by German word stems; the sentence it was read from is kept.
Whether a theme is a goal, a motivation or a challenge depends on the section it stands
in and on the wording around it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from analysis.extraction.context import DocContext, Sentence
from analysis.extraction.lexicon.themes import FIELD_LIST_WORDS, SHAREHOLDING, THEME_STEMS
from analysis.extraction.rules import alternation
from analysis.reading.text import literal_anchors

THEMES: dict[str, re.Pattern] = {key: re.compile(stem) for key, stem in THEME_STEMS.items()}


ANCHORS = {key: literal_anchors(stem) for key, stem in THEME_STEMS.items()}
# Both run on the lower-cased sentence.
CHALLENGE = re.compile(
    r"herausforderung|risiko|risiken|gefahr|hürde|sorge|bedenken|mangel|problem|entgegenwirken|"
    r"abzufedern|schwierig"
)
GOAL = re.compile(r"\bziel|soll|sollen|möchte|wollen|will|anspruch|angestrebt|chance|steigern|erhöhen")


def _category(section: str, sentence: str) -> str:
    sentence = sentence.lower()
    if section == "challenges" and CHALLENGE.search(sentence):
        return "challenge"
    if CHALLENGE.search(sentence) and not GOAL.search(sentence):
        return "challenge"
    if GOAL.search(sentence) or section == "goals":
        return "goal"
    return "motivation"


def _whole_words(text: str, start: int, end: int) -> str:
    """A stem match widened to the words it sits in ('inklusi' -> 'inklusiver')."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] == "-"):
        end += 1
    return text[start:end]


_SHAREHOLDING = re.compile(SHAREHOLDING)
_FIELD = r"[A-ZÄÖÜ][\w-]*(?:\s*\([^()]*\))?"
# The cue word, its ending, and the capitalised fields listed after it.
_FIELD_LIST = re.compile(
    rf"(?:{alternation(FIELD_LIST_WORDS)})\w*\s+({_FIELD}(?:\s*(?:,|&|\bund\b|\bsowie\b)\s*{_FIELD})*)"
)
_FIELD_LIST_WORDS = tuple(w.lower() for w in FIELD_LIST_WORDS)


def _states(key: str, sentence: Sentence, at: int) -> bool:
    """The sentence states the theme whose stem stands at `at`: the stem is not one of the
    fields a list of fields of action names, and "Beteiligungen" there are not the city's
    shareholdings."""
    if any(w in sentence.lower for w in _FIELD_LIST_WORDS):
        for m in _FIELD_LIST.finditer(sentence.text):
            if m.start(1) <= at < m.end(1):
                return False
    if key == "participation":
        return not any(m.start() <= at < m.end() for m in _SHAREHOLDING.finditer(sentence.lower))
    return True


def extract_themes(ctx: DocContext) -> list[dict]:
    """Each theme once, with the first sentence that states it."""
    found = []
    whole = "\n".join(ctx.content_lowered)
    starts, at = [], 0
    for low in ctx.content_lowered:
        starts.append(at)
        at += len(low) + 1
    for key, pattern in THEMES.items():
        anchors = ANCHORS[key]
        first = 0
        if anchors is not None:
            # Every alternative opens with its anchor: no match starts before the first anchor,
            # and a text without any has none (most themes are absent from most documents).
            at_anchor = [i for i in (whole.find(a) for a in anchors) if i >= 0]
            if not at_anchor:
                continue
            first = min(at_anchor)
        # No stem spans a line break, so a match in the joined text is a match of one paragraph.
        for m in pattern.finditer(whole, first):
            i = bisect_right(starts, m.start()) - 1
            block = ctx.content_blocks[i]
            in_block = pattern.search(ctx.content_lowered[i], m.start() - starts[i])
            assert in_block is not None  # the same match, found again in its own paragraph
            s = ctx.sentence_at(block.start + in_block.start())
            if _states(key, s, in_block.start() + block.start - s.span.start):
                m = in_block
                break
        else:
            continue
        found.append(
            {
                "name": key,
                "category": _category(s.section, s.text),
                "matched": _whole_words(block.text, m.start(), m.end()),
                "evidence": ctx.evidence(s.span),
            }
        )
    return found
