"""German lemmas: a rule names a dictionary form and its word list, not every spelled form.

One place wraps the lemmatiser (simplemma's German dictionary), so the rules of every layer
read the same lemma of a word and the lookup is cached once for the process.
"""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma

from analysis.reading import lemma_cache

# The decoded German dictionary comes from a cache file after the first run (about 2 s of
# CPU less in every process; see lemma_cache). Also serves simplemma.is_known elsewhere.
lemma_cache.install()

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


_ADJECTIVE_ENDING = re.compile(r"(?:en|er|es|em)$")


def nominative(name: str) -> str:
    """A programme named by adjective and noun, in the form a list shows it: "der digitalen
    Modellregionen" -> "Digitale Modellregion" (the adjective capitalised with the ending of
    the nominative after the article, the noun by its lemma). Other names are kept. Items
    merged by lemma and the reports' names of a strategy both read it."""
    parts = name.split()
    if len(parts) != 2 or not parts[0].isalpha() or not parts[1][:1].isupper():
        return name
    adjective, noun = parts
    if lemma(adjective).casefold() == adjective.casefold() and not _ADJECTIVE_ENDING.search(adjective):
        return name  # not an inflected adjective
    stem = _ADJECTIVE_ENDING.sub("", adjective)
    if not stem.endswith("e"):
        stem += "e"
    return f"{stem[:1].upper()}{stem[1:]} {lemma(noun) if lemma(noun)[:1].isupper() else noun}"


def name_nominative(name: str) -> str:
    """A name read from running text as a list or a sentence shows it: one capitalised noun
    by its lemma ("des Masterplans" → "Masterplan"), an adjective and a noun in the
    nominative (`nominative`); other names as written."""
    if " " not in name and name[:1].isupper():
        return lemma(name)
    return nominative(name)
