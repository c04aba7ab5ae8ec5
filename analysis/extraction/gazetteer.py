"""Find German municipalities and districts in a text, from the gazetteer in `lexicon/`.

A name is looked up as written ("Monheim am Rhein", "Rhein-Sieg-Kreis"), by its short form
("Frankfurt" for "Frankfurt am Main", "Halle" for "Halle (Saale)"), in the genitive
("Musterfelds") and as the adjective of origin ("Musterfelder"), and glued to the next word
of a page kicker ("MusterfeldAuf dem Weg"). Where one written form names several places,
the most populous is meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from analysis.extraction.lexicon.places import NOT_PLACES

GAZETTEER = Path(__file__).parent / "lexicon" / "municipalities.tsv"
# "Frankfurt am Main" -> "Frankfurt"; "Halle (Saale)" -> "Halle"; "Neustadt an der Weinstraße" -> "Neustadt".
_QUALIFIED = re.compile(r"\s*\(.*\)$|\s+(?:am|an der|an den|im|in der|in|bei|ob der|vor der|auf der)\s.+$")
WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüßéè]+")


@dataclass(frozen=True)
class Place:
    name: str
    population: int
    state: str
    kind: str  # "m" municipality, "d" district (Landkreis, Kreis)


@dataclass(frozen=True)
class Mention:
    places: tuple[Place, ...]  # every place of that written form, most populous first
    start: int
    end: int  # end of the written name (without a genitive or adjective ending)
    written: str


@lru_cache(maxsize=1)
def index() -> dict[str, dict[str, list[Place]]]:
    """first word -> written form -> places, most populous first."""
    by_form: dict[str, list[Place]] = {}
    lines = GAZETTEER.read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        name, pop, state, kind = line.split("\t")
        place = Place(name, int(pop), state, kind)
        written = {name}
        short = _QUALIFIED.sub("", name)
        if short and short != name:
            written.add(short)
        for form in written:
            by_form.setdefault(form, []).append(place)
    out: dict[str, dict[str, list[Place]]] = {}
    for form, places in by_form.items():
        first = WORD.match(form)
        if not first or form in NOT_PLACES:
            continue
        places.sort(key=lambda p: (-p.population, p.name))
        out.setdefault(first.group(0), {})[form] = places
    for by_written in out.values():  # longest written form first
        for form in sorted(by_written, key=len, reverse=True):
            by_written[form] = by_written.pop(form)
    # The genitive, the adjective of origin and their endings, looked up in one step.
    for word in list(out):
        if len(word) >= 4:
            for ending in ("s", "er", "ern", "ers"):
                out.setdefault(word + ending, out[word])
    return out


def _boundary_after(text: str, end: int) -> int | None:
    """The end of a mention ending at `end`, allowing a genitive 's' or an adjective 'er';
    None when the name runs on into a longer word ("Essener" yes, "Essenz" no)."""
    nxt = text[end : end + 1]
    if not nxt or not (nxt.isalpha() or nxt == "-"):
        return end
    if nxt.isupper():
        return end  # glued kicker: "MusterfeldAuf dem Weg"
    # "-es" is the genitive of a name ending in a sibilant ("des Musterkreises")
    endings = (
        ("s", "er", "ern", "ers", "es")
        if text[end - 1 : end] in ("s", "x", "z", "ß")
        else ("s", "er", "ern", "ers")
    )
    for ending in endings:
        after = text[end + len(ending) : end + len(ending) + 1]
        if text.startswith(ending, end) and not (after.isalpha() and after.islower()) and after != "-":
            if ending.startswith("er") and not _ORIGIN_NOUN.match(text, end + len(ending)):
                # "Großweiler" alone is a longer name, not the adjective of "Großweil": an
                # adjective of origin stands before the noun it qualifies ("Essener Rat")
                continue
            return end
    return None


# After an adjective of origin: a space and a capitalised noun.
_ORIGIN_NOUN = re.compile(r"[ \xa0]+[A-ZÄÖÜ]")


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(index())


def _word_starts(text: str, words: set[str] | frozenset[str]) -> list[tuple[int, str]]:
    """Where each of `words` stands as a whole capitalised word (what WORD.finditer would
    yield for it), in text order."""
    starts = []
    for word in words:
        at = text.find(word)
        while at != -1:
            after = text[at + len(word) : at + len(word) + 1]
            if not (after and _WORD_CHAR.match(after)):
                starts.append((at, word))
            at = text.find(word, at + 1)
    starts.sort()
    return starts


_WORD_CHAR = re.compile(r"[a-zäöüßéè]")


def find_places(text: str) -> list[Mention]:
    idx = index()
    # One set intersection finds the capitalised words that open a gazetteer name (most
    # texts hold a handful); only their positions are looked at.
    present = _first_words().intersection(WORD.findall(text))
    out: list[Mention] = []
    if not present:
        return out
    pos = 0
    for start, word in _word_starts(text, present):
        if start < pos:
            continue
        before = text[start - 1 : start]
        if before and (before.isalpha() or before == "-"):
            continue
        forms = idx[word]  # also "Musterfelds", "Musterfelder"
        for form, places in forms.items():
            if text.startswith(form, start) and _boundary_after(text, start + len(form)) is not None:
                out.append(Mention(tuple(places), start, start + len(form), form))
                pos = start + len(form)
                break
    return out


def places_named(form: str) -> list[Place]:
    """Every place written `form`, most populous first (for tests and callers that know a name)."""
    first = WORD.match(form)
    return index().get(first.group(0), {}).get(form, []) if first else []
