"""Motivations, goals and challenges as stable theme keys.

Each theme is recognised by German word stems; the sentence it was read from is kept.
Whether a theme is a goal, a motivation or a challenge depends on the section it stands
in and on the wording around it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from analysis.extraction.context import DocContext
from analysis.reading.text import literal_anchors

# Lower-case stems, matched against lower-cased text (faster than re.IGNORECASE).
THEME_STEMS: dict[str, str] = {
    "efficiency": r"effizien|effektivität|ressourcen\w* (?:sparsam|schon|sparen|gespart)|ressourcen zu sparen|"
    r"kostendruck|zeitersparnis|einsparung|wirtschaftlichkeit",
    "automation": r"automatisier|automation",
    "skills_shortage": r"fachkräftemangel|fachkräfte\w* fehl|personalmangel|fluktuation",
    "demographic_change": r"demo[gt]raphi\w* wandel|demografi\w* wandel|demografischen|demographischen",
    "quality_of_life": r"lebensqualität|lebenswert|daseinsvorsorge",
    "participation": r"beteiligung|partizipati|einbindung von bürger|bürger\w* einzubeziehen|"
    r"bürger\w* (?:aktiv )?eingebunden|mitgestalt",
    "data_protection": r"datenschutz",
    "it_security": r"it-sicherheit|informationssicherheit|cybersicherheit",
    "transparency": r"transparenz|open[- ]data|offene daten",
    "sustainability": r"nachhaltig|klimaschutz|luftqualität|grüner|umwelt",
    "economic_development": r"wirtschaftsstandort|standortvorteil|wettbewerbsf|it-standort|gründung",
    "digital_divide": r"digitale\w* spaltung|inklusi|teilhabe|barrierefrei|behinderung|ältere\w* menschen|"
    r"senior|diversität",
    "service_quality": r"serviceorient|bürgerorient|kundenorient|online-dienst|onlinedienst|online-service|"
    r"online-angebot|im internet zur verfügung|qualität\w* \w* ?dienstleistung|"
    r"ortsunabhängig|zeitunabhängig|rund um die uhr",
    "acceptance": r"akzeptanz|bedenkenträger",
    "legal_barriers": r"rechtliche\w* hürden|rechtslage|rechtlichen rahmen",
    "employee_concerns": r"ängste|stellenabbau|arbeitsplatzverlust|arbeitsplatzsicherheit|angst um|sorge um|"
    r"sorge\w* (?:der|bei den) (?:beschäftigten|mitarbeit)|mitgenommen werden",
    "innovation": r"innovation|vorreiter|modernität|modernisierung|fortschrittlich",
}
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


def extract_themes(ctx: DocContext) -> list[dict]:
    """Each theme once, with the first sentence that names it."""
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
        # No stem spans a line break, so the first match in the joined text is the first
        # match of the first paragraph that has one.
        m = pattern.search(whole, first)
        if m is None:
            continue
        i = bisect_right(starts, m.start()) - 1
        block = ctx.content_blocks[i]
        in_block = pattern.search(ctx.content_lowered[i], m.start() - starts[i])
        assert in_block is not None  # the same match, found again in its own paragraph
        m = in_block
        s = ctx.sentence_at(block.start + m.start())
        found.append(
            {
                "name": key,
                "category": _category(s.section, s.text),
                "matched": _whole_words(block.text, m.start(), m.end()),
                "evidence": ctx.evidence(s.span),
            }
        )
    return found
