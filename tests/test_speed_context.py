"""Per-document caches and fast paths of the reading layer give what the plain computation
gives: sentence boundaries, lower-cased sentences sliced from their paragraph, values
computed once per object."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extraction.context import DocContext
from analysis.reading.cleaner import segment
from analysis.reading.reader import SourceText
from analysis.reading.text import _BOUNDARY, _BOUNDARY_PLAIN, computed_once, lower_same_length

# Pieces that sit at sentence boundaries (end punctuation, quotes, brackets, white space
# and line breaks) and characters whose lower case depends on context or changes length.
PIECES = st.sampled_from(
    [
        "Anna",
        "Musterfeld",
        "z. B.",
        "9.",
        ".",
        "!",
        "?",
        "…",
        '"',
        "“",
        "”",
        "»",
        "«",
        "'",
        "’",
        ")",
        " ",
        "  ",
        "\n",
        "\t",
        "\xa0",
        "Σ",
        "ΑΣ",
        "İ",
        "ẞ",
        "Der Rat",
        "2020",
    ]
)
TEXTS = st.lists(PIECES, max_size=40).map("".join)


@given(TEXTS)
@settings(max_examples=400, deadline=None)
def test_boundary_pattern_finds_what_the_plain_alternation_finds(text: str) -> None:
    assert [m.span() for m in _BOUNDARY.finditer(text)] == [m.span() for m in _BOUNDARY_PLAIN.finditer(text)]


def _context(text: str) -> DocContext:
    return DocContext(SourceText("t.txt", "t", "0" * 64, "utf-8", text, text, None, len(text.encode())))


@given(st.lists(TEXTS, min_size=1, max_size=4).map("\n\n".join))
@settings(max_examples=200, deadline=None)
def test_sentence_lower_is_the_sentence_lowered_alone(text: str) -> None:
    for s in _context(text).sentences:
        assert s.lower == lower_same_length(s.text)


def test_sentence_lower_with_a_final_sigma_is_lowered_alone() -> None:
    # The paragraph holds "İ" (two characters lower-cased), so it is lowered character by
    # character (σ); the sentence alone is lowered as a whole, the sigma ends a word (ς).
    ctx = _context("Der Name ΑΣ. İn Musterfeld.")
    first = ctx.sentences[0]
    assert first.lower == lower_same_length(first.text)


def test_computed_once_computes_once_and_reads_from_the_instance() -> None:
    calls = []

    class Thing:
        @computed_once
        def value(self) -> int:
            calls.append(1)
            return 42

    thing = Thing()
    assert (thing.value, thing.value) == (42, 42)
    assert len(calls) == 1
    assert thing.__dict__["value"] == 42
    assert isinstance(Thing.value, computed_once)


@given(st.lists(TEXTS, min_size=1, max_size=6).map("\n".join))
@settings(max_examples=200, deadline=None)
def test_block_lower_from_the_cleaner_is_the_block_lowered(text: str) -> None:
    for block in segment(text):
        assert block.lower == lower_same_length(block.text)


@given(st.lists(TEXTS, min_size=1, max_size=6).map("\n".join))
@settings(max_examples=200, deadline=None)
def test_content_lower_is_the_content_lowered_whole(text: str) -> None:
    ctx = _context(text)
    assert ctx.content_lower == lower_same_length(ctx.content_text)


def test_content_lower_with_a_final_sigma_is_lowered_whole() -> None:
    # "İ" makes its paragraph lowered character by character (σ); the whole, which holds a
    # sigma, is lowered as a whole (a final ς before the line break).
    ctx = _context("Der Name ΑΣ\nİn Musterfeld ist es so.\nAnna Muster sagt das.")
    assert ctx.content_lower == lower_same_length(ctx.content_text)
