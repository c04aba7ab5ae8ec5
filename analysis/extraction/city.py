"""Which municipality a document is about.

Candidates come from the way German texts name a municipality ("Stadt X",
"Landeshauptstadt X", a page title "Smart City X"); the candidate named most often in
the document's own content wins. Names in page furniture do not count.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from analysis.extraction.context import DocContext
from analysis.reading.text import LOWER, UPPER

_NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
_NAME = rf"{_NAME_WORD}(?:[ \xa0]{_NAME_WORD}){{0,2}}"
MUNICIPALITY = re.compile(
    rf"\b(?:Stadt|Landeshauptstadt|Bundesstadt|Hansestadt|Kreisstadt|Universitätsstadt|Gemeinde|"
    rf"Stadtverwaltung|Oberbürgermeister(?:in)? von)[ \xa0]+({_NAME})"
)
TITLE = re.compile(
    rf"^(?:Smart[ \xa0]City|Digitale[ \xa0]Stadt|City[ \xa0]Portrait|Stadtporträt)[ \xa0:–-]+({_NAME})\s*$"
)
# Words that follow "Stadt" but are not names ("die Stadt Digitalisierung ..." is rare but real).
_NOT_NAMES = {"Der", "Die", "Das", "Und", "Im", "In", "Mit", "Für", "Auf", "Als", "Zur", "Zum"}


@lru_cache(maxsize=256)
def _count(name: str, text: str) -> int:
    # Genitive and adjective forms (Musterfelds, Musterfelder) and a name glued to the next
    # word of a kicker ("MusterfeldDigitalisierung") all count as a mention.
    if name not in text:
        return 0
    return len(re.findall(rf"(?<![{LOWER}{UPPER}]){re.escape(name)}(?:s|er)?(?![{LOWER}])", text))


def _best_prefix(name: str, text: str) -> str:
    """'Neu Musterfeld verfügt' -> the longest prefix named about as often as its first word."""
    words = name.split()
    base = _count(words[0], text) or 1
    best = words[0]
    for n in range(2, len(words) + 1):
        cand = " ".join(words[:n])
        if _count(cand, text) * 2 >= base:
            best = cand
    return best


def detect_city(ctx: DocContext) -> str | None:
    text = ctx.content_text
    scores: Counter[str] = Counter()
    for b in ctx.blocks:
        if b.kind in ("heading", "meta"):
            m = TITLE.match(b.text.replace("\xa0", " "))
            if m:
                scores[_best_prefix(m.group(1), text)] += 3
    for m in MUNICIPALITY.finditer(text.replace("\xa0", " ")):
        first = m.group(1).split()[0]
        if first in _NOT_NAMES:
            continue
        scores[_best_prefix(m.group(1), text)] += 1
    if not scores:
        return None
    ranked = sorted(scores, key=lambda c: (-(scores[c] + _count(c, text)), c))
    return ranked[0]
