"""Extraction rules as small named records.

Each rule says what it reads, holds its compiled pattern (built from the word lists in
`analysis.extraction.lexicon`), and carries invented German examples it must match and must
not match; one parameterised test runs every registered rule over its examples.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from analysis.reading.text import compile_skippable


@dataclass(frozen=True)
class Rule:
    name: str
    reads: str
    pattern: re.Pattern
    matches: tuple[str, ...]
    not_matches: tuple[str, ...] = ()
    # A literal form of the rule, where it has one: it holds when every group has one of its
    # stems in the (lower-cased) text. Much faster than the equivalent pattern.
    all_of: tuple[tuple[str, ...], ...] = ()
    # What the rule reads of a text (e.g. its words followed by their lemmas); the text as
    # given when None. The examples are plain German text either way.
    prepare: Callable[[str], str] | None = None
    # A pattern that must also hold where `all_of` holds (word order, which `all_of` ignores).
    then: re.Pattern | None = None

    def search(self, text: str) -> re.Match | bool | None:
        if self.prepare is not None:
            text = self.prepare(text)
        if self.all_of:
            if not all(any(stem in text for stem in group) for group in self.all_of):
                return False
            return self.then.search(text) is not None if self.then is not None else True
        return self.pattern.search(text)

    def finditer(self, text: str):
        return self.pattern.finditer(text)


RULES: dict[str, Rule] = {}


def rule(
    name: str,
    reads: str,
    pattern: str,
    matches: tuple[str, ...],
    not_matches: tuple[str, ...] = (),
    flags: int = 0,
    all_of: tuple[tuple[str, ...], ...] = (),
    prepare: Callable[[str], str] | None = None,
    then: str = "",
) -> Rule:
    """Register a rule under a unique name and return it. With `all_of` (groups of stems),
    the rule holds when every group has a stem in the text; `pattern` is then the same
    condition as a regular expression, for readers; `then` adds a pattern that must hold too.
    `prepare` turns the text into what the rule reads (the examples stay plain text)."""
    if name in RULES:
        raise ValueError(f"rule {name!r} registered twice")
    if all_of and not pattern:
        pattern = "".join(f"(?=.*{alternation(group)})" for group in all_of)
    r = Rule(
        name,
        reads,
        compile_skippable(pattern, flags),  # the same matches, faster (reading.text.skippable)
        matches,
        not_matches,
        all_of,
        prepare,
        re.compile(then, flags) if then else None,
    )
    RULES[name] = r
    return r


def alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    """A non-capturing group of literal words, longest first (so prefixes do not shadow)."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
