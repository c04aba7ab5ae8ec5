"""German lemmas: a rule names a dictionary form and its word list, not every spelled form.

One place wraps the lemmatiser (simplemma's German dictionary), so the rules of every layer
read the same lemma of a word and the lookup is cached once for the process.
"""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma

# A word as the rules see it: letters (umlauts and ß included), inner hyphens kept, so that
# "E-Government-Strategie" is one word.
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@lru_cache(maxsize=1 << 16)
def lemma(word: str) -> str:
    """The dictionary form of a German word ("beschloss" → "beschließen", "Städte" → "Stadt");
    the word itself when the dictionary does not know it."""
    return simplemma.lemmatize(word, lang="de")


def lemmas(text: str) -> list[str]:
    """The lemmas of the words of `text`, in order."""
    return [lemma(w) for w in WORD.findall(text)]
