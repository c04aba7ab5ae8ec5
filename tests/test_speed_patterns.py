"""Patterns rewritten so that the regex engine can skip (reading.text.skippable) find
exactly what the plain patterns find: every rewritten pattern of the extractors on the
reference texts and on generated text, and the rewrite itself on generated patterns."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import analysis.extraction
from analysis.extraction import governance
from analysis.extraction.names import NAME, NAME_OPENING
from analysis.extraction.rules import RULES
from analysis.reading.text import _SKIPPABLE_ASSERTIONS, skippable

REFERENCE_DOCS = Path(__file__).parent / "reference" / "dev" / "docs"
PARAGRAPHS = [
    p
    for path in sorted(REFERENCE_DOCS.glob("*.txt"))
    for p in path.read_text(encoding="utf-8").split("\n\n")
    if p.strip()
]


def _plain(rewritten: str, flags: int = 0) -> str | None:
    """The pattern before the rewrite (the assertion back in front), None if not rewritten
    (patterns joined from rewritten ones hold the lookbehinds too, and are left out)."""
    for lead in _SKIPPABLE_ASSERTIONS:
        moved = f"(?<={lead}.)"
        if moved in rewritten:
            plain = lead + rewritten.replace(moved, "")
            return plain if skippable(plain, flags) == rewritten else None
    return None


def _rewritten_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for info in pkgutil.iter_modules(analysis.extraction.__path__):
        module = importlib.import_module(f"analysis.extraction.{info.name}")
        for name, value in vars(module).items():
            values = value if isinstance(value, list) else [value]
            for i, v in enumerate(values):
                if isinstance(v, re.Pattern) and isinstance(v.pattern, str) and _plain(v.pattern, v.flags):
                    found[id(v)] = (f"{info.name}.{name}[{i}]", v)
    for name, r in RULES.items():
        if _plain(r.pattern.pattern, r.pattern.flags):
            found[id(r.pattern)] = (f"rule {name}", r.pattern)
    return sorted(found.values(), key=lambda f: f[0])


REWRITTEN = _rewritten_patterns()


def _found(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_the_extractors_have_rewritten_patterns() -> None:
    # city, units, people, projects, organisations, events, CDO status and role rules
    assert len(REWRITTEN) >= 15


@pytest.mark.parametrize(("name", "pattern"), REWRITTEN, ids=[n for n, _ in REWRITTEN])
def test_rewritten_pattern_finds_what_the_plain_one_finds(name: str, pattern: re.Pattern[str]) -> None:
    plain_source = _plain(pattern.pattern, pattern.flags)
    assert plain_source is not None
    plain = re.compile(plain_source, pattern.flags)
    for text in PARAGRAPHS:
        assert _found(pattern, text) == _found(plain, text), (name, text[:80])
        # a match asked for at a given place (people's fast path) sees the text before it
        for at in range(0, len(text), 7):
            plain_match, match = plain.match(text, at), pattern.match(text, at)
            assert (plain_match and plain_match.span()) == (match and match.span())


WORDS = st.sampled_from(["Stadt", "Amt", "Amtes", "der", "die", "CDO", "Kreis", "Rat", "A", "9"])
GLUE = st.sampled_from(["", " ", "-", "_", "x", "Ä", ".", "\n", "2"])


@given(
    st.lists(WORDS, min_size=1, max_size=4, unique=True),
    st.sampled_from(_SKIPPABLE_ASSERTIONS),
    st.sampled_from(["", r"\b", r"\s+[A-Z]\w*", "(?![\\w-])", r"\w*"]),
    st.lists(st.tuples(GLUE, WORDS), max_size=12),
)
@settings(max_examples=300, deadline=None)
def test_rewrite_finds_what_the_plain_pattern_finds(
    words: list[str], lead: str, tail: str, pieces: list[tuple[str, str]]
) -> None:
    grouped = len(words) > 1 or tail == ""
    source = lead + ("(?:" + "|".join(words) + ")" if grouped else words[0]) + tail
    text = "".join(g + w for g, w in pieces)
    rewritten = skippable(source)
    assert _found(re.compile(rewritten), text) == _found(re.compile(source), text)


@pytest.mark.parametrize(
    "source",
    [
        r"\b(?:Stadt|Amt)\s+x|y",  # a top-level alternation: the assertion belongs to one side
        r"\b(?:Stadt|Amt)?x",  # the group is optional
        r"\b(?:[A-Z]x|Amt)",  # an alternative opening with a class
        r"\b(?:a\w|b\w|c\w|d\w|e\w)",  # five lower-case first letters: common in German text
        r"(?:Stadt|Amt)",  # no assertion in front
        r"\b[\w-]*rat\b",  # a class after the assertion
        r"\bs?tadt",  # the first letter is optional
    ],
)
def test_rewrite_leaves_patterns_it_cannot_speed_up(source: str) -> None:
    assert skippable(source) == source
    assert skippable(r"\b(?:Stadt|Amt)", re.IGNORECASE) == r"\b(?:Stadt|Amt)"


def _every_match(pattern: re.Pattern[str], text: str) -> list[tuple]:
    """Every match, also those starting inside an earlier one (as _holder_from reads them)."""
    out, pos = [], 0
    while (m := pattern.search(text, pos)) is not None:
        out.append((m.span(), m.groupdict()))
        pos = m.start() + 1
    return out


HOLDER_TEXTS = st.lists(
    st.sampled_from(
        [
            "Anna Muster",
            "Dr. Jan von Beispiel",
            "CDO",
            "Chief Digital Officer",
            "Digitalisierungsbeauftragte",
            "ist",
            "übernimmt",
            "mit",
            "Mit",
            "Zum",
            "die Stelle des",
            "als",
            "der Stadt",
            "In",
            "xist",
            "(",
            ")",
            ",",
            " ",
            "-",
            "„",
        ]
    ),
    max_size=14,
).map(" ".join)


def _plain_holder() -> re.Pattern[str]:
    """HOLDER without the lookahead in front: the plain alternation."""
    source = governance.HOLDER.pattern.pattern
    opening = governance.HOLDER_OPENING + "(?:"
    assert source.startswith(opening) and source.endswith(")")
    return re.compile(source[len(opening) : -1], governance.HOLDER.pattern.flags)


PLAIN_HOLDER = _plain_holder()


@given(HOLDER_TEXTS)
@settings(max_examples=300, deadline=None)
def test_holder_finds_what_its_plain_alternation_finds(text: str) -> None:
    assert _every_match(governance.HOLDER.pattern, text) == _every_match(PLAIN_HOLDER, text)


def test_holder_finds_what_its_plain_alternation_finds_on_reference_texts() -> None:
    for text in [*PARAGRAPHS, *governance.HOLDER.matches]:
        assert _every_match(governance.HOLDER.pattern, text) == _every_match(PLAIN_HOLDER, text)


def test_name_opening_opens_every_name() -> None:
    opening, name = re.compile(NAME_OPENING), re.compile(NAME)
    for text in PARAGRAPHS:
        for m in name.finditer(text):
            assert opening.match(text, m.start()), m.group(0)
