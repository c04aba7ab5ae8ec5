"""Extraction rules as small named records.

Each rule says what it reads, holds its compiled pattern (built from the word lists in
`analysis.extraction.lexicon`), and carries invented German examples it must match and must
not match; one parameterised test runs every registered rule over its examples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    reads: str
    pattern: re.Pattern
    matches: tuple[str, ...]
    not_matches: tuple[str, ...] = ()

    def search(self, text: str) -> re.Match | None:
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
) -> Rule:
    """Register a rule under a unique name and return it."""
    if name in RULES:
        raise ValueError(f"rule {name!r} registered twice")
    r = Rule(name, reads, re.compile(pattern, flags), matches, not_matches)
    RULES[name] = r
    return r


def alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    """A non-capturing group of literal words, longest first (so prefixes do not shadow)."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
