"""The fast paths of the extractors give exactly what the plain patterns give.

Several rules look for a literal word first and run their pattern only there (see
people._finditer, gazetteer.find_places, the literal pre-checks); these tests compare each
with the plain scan it replaces, on the reference texts and on generated text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extraction import city, gazetteer, governance, items, people
from analysis.extraction.lexicon.places import COUNTY_WORDS
from analysis.extraction.lexicon.roles import CDO_ROLE_WORDS
from analysis.reading import cleaner
from analysis.reading.text import alternation_matches, cut_at_word, lower_same_length

REFERENCE_DOCS = Path(__file__).parent / "reference" / "dev" / "docs"
PARAGRAPHS = [
    p
    for path in sorted(REFERENCE_DOCS.glob("*.txt"))
    for p in path.read_text(encoding="utf-8").split("\n\n")
    if p.strip()
]
# Pieces German text about people is made of, to build hostile mixes from.
PIECES = st.sampled_from(
    [
        "Anna Muster",
        "Prof. Dr. Jan von der Beispiel",
        "Oberbürgermeister",
        "Leiterin",
        "sagt",
        "so",
        "wird",
        ",",
        " ",
        "der Stadt Musterfeld",
        "CDO",
        "XLeiter",
        "Frankfurt am Main",
        "Essener",
        "Musterstadt",
        "-",
        ".",
        "\n",
        "als",
        "die",
        "Universität",
        "Hochschule",
        "Institut für",
        "e. V.",
        "Hub",
        "Landkreis",
        "Wettbewerb",
        "Landeswettbewerb",
        "Modellregion",
        "Projekt",
        "-Portal",
        "„Digital“",
    ]
)
MIXES = st.lists(PIECES, min_size=1, max_size=30).map(" ".join)


def _plain_places(text: str) -> list[gazetteer.Mention]:
    """The scan find_places replaced: every capitalised word looked up in turn."""
    idx = gazetteer.index()
    out, pos = [], 0
    for m in gazetteer.WORD.finditer(text):
        if m.start() < pos:
            continue
        before = text[m.start() - 1 : m.start()]
        if before and (before.isalpha() or before == "-"):
            continue
        for form, places in idx.get(m.group(0), {}).items():
            if (
                text.startswith(form, m.start())
                and gazetteer._boundary_after(text, m.start() + len(form)) is not None
            ):
                out.append(gazetteer.Mention(tuple(places), m.start(), m.start() + len(form), form))
                pos = m.start() + len(form)
                break
    return out


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@pytest.mark.parametrize("i", range(len(people.RULES)))
def test_people_rule_fast_path_equals_plain_scan_on_reference_texts(i: int) -> None:
    rule = people.RULES[i]
    for text in PARAGRAPHS:
        assert _spans(people._finditer(i, rule, text)) == _spans(rule.finditer(text)), text[:80]


@settings(max_examples=300, deadline=None)
@given(MIXES)
def test_people_rule_fast_paths_equal_plain_scan_on_generated_text(text: str) -> None:
    for i, rule in enumerate(people.RULES):
        assert _spans(people._finditer(i, rule, text)) == _spans(rule.finditer(text)), i


@settings(max_examples=300, deadline=None)
@given(MIXES)
def test_find_places_equals_plain_scan(text: str) -> None:
    assert gazetteer.find_places(text) == _plain_places(text)


def test_find_places_equals_plain_scan_on_reference_texts() -> None:
    for text in PARAGRAPHS:
        assert gazetteer.find_places(text) == _plain_places(text)


def test_literal_prechecks_cover_their_word_lists() -> None:
    assert all(any(stem in w for stem in city._COUNTY_STEMS) for w in COUNTY_WORDS)
    assert all(any(stem in w for stem in governance.CDO_ROLE_STEMS) for w in CDO_ROLE_WORDS)
    for words, pattern in zip(governance.UNIT_TRIGGERS, governance.UNIT_PATTERNS, strict=True):
        for text in PARAGRAPHS:
            if pattern.search(text):
                assert any(w in text for w in words), (pattern.pattern[:40], text[:80])


def test_unit_matches_equal_every_pattern_run_on_reference_texts() -> None:
    for text in PARAGRAPHS:
        found = sorted(
            (m for p in governance.UNIT_PATTERNS for m in p.finditer(text)),
            key=lambda m: (m.start(), -m.end()),
        )
        plain: list[re.Match] = []
        for m in found:
            if not plain or m.start() >= plain[-1].end():
                plain.append(m)
        assert _spans(governance._unit_matches(text)) == _spans(plain)


# The paragraph scans built from several patterns, each with its plain alternation.
ALTERNATION_SCANS = [
    (items.org_matches, items.ANY_ORG),
    (items.funding_matches, items.FUNDING_UNQUOTED),
    (items.project_matches, items.PROJECT_UNQUOTED),
]


def _found(matches) -> list[tuple[tuple[int, int], dict[str, str]]]:
    """Each match as its span and the named groups that took part."""
    return [(m.span(), {k: v for k, v in m.groupdict().items() if v is not None}) for m in matches]


@pytest.mark.parametrize("scan, plain", ALTERNATION_SCANS, ids=["orgs", "funding", "projects"])
def test_alternation_scans_equal_plain_alternation_on_reference_texts(scan, plain: re.Pattern) -> None:
    for text in PARAGRAPHS:
        assert _found(scan(text)) == _found(plain.finditer(text)), text[:80]


@settings(max_examples=300, deadline=None)
@given(MIXES)
def test_alternation_scans_equal_plain_alternation_on_generated_text(text: str) -> None:
    for scan, plain in ALTERNATION_SCANS:
        assert _found(scan(text)) == _found(plain.finditer(text)), plain.pattern[:40]


def test_alternation_triggers_are_in_every_match_on_reference_texts() -> None:
    for patterns, triggers in (
        (items._ORG_HEADS, items.ORG_TRIGGERS),
        (items.FUNDING_ALTERNATIVES, items.FUNDING_TRIGGERS),
        (items.PROJECT_ALTERNATIVES, items.PROJECT_TRIGGERS),
    ):
        for pattern, words in zip(patterns, triggers, strict=True):
            for text in PARAGRAPHS:
                for m in pattern.finditer(text):
                    assert any(w in m.group(0) for w in words), (pattern.pattern[:40], m.group(0))


def test_alternation_matches_prefers_the_earlier_pattern_at_one_place() -> None:
    short, long = re.compile(r"Muster"), re.compile(r"Musterfeld")
    text = "in Musterfeld und Musterfeld"
    assert [m.group(0) for m in alternation_matches([short, long], [("M",), ("M",)], text)] == ["Muster"] * 2
    assert [m.group(0) for m in alternation_matches([long, short], [("M",), ("M",)], text)] == [
        "Musterfeld"
    ] * 2
    assert alternation_matches([long], [("Beispiel",)], text) == []  # no trigger word: not run


def test_cleaner_prechecks_hold_in_every_match() -> None:
    lines = [
        lower_same_length(line)
        for path in sorted(REFERENCE_DOCS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    lines += ["jetzt kostenlos anmelden", "5 min read", "lesedauer 3", "mehr …", "weiterlesen", "sign up"]
    for pattern, words in (
        (cleaner.CALL_TO_ACTION, cleaner.CALL_TO_ACTION_WORDS),
        (cleaner.READING_TIME, cleaner.READING_TIME_WORDS),
        (cleaner.TEASER_END, cleaner.TEASER_END_WORDS),
    ):
        for low in lines:
            if pattern.search(low):
                assert any(w in low for w in words), (pattern.pattern[:40], low[:80])


@pytest.mark.parametrize(
    "text, limit, cut",
    [
        ("kurz", 10, "kurz"),
        ("genau zehn", 10, "genau zehn"),
        ("ein Satz mit vielen Wörtern", 12, "ein Satz …"),
    ],
)
def test_cut_at_word_cuts_before_the_limit_at_a_space(text: str, limit: int, cut: str) -> None:
    assert cut_at_word(text, limit) == cut
    assert len(cut_at_word(text, limit)) <= limit


@pytest.mark.parametrize(
    "text", ["Anna Muster -Portal Oberbürgermeister sagt", "Das x-Portal Anna Muster sagt es", "also sagt er"]
)
def test_name_before_a_verb_of_speaking_may_start_inside_a_word(text: str) -> None:
    for i in (3, 5):
        rule = people.RULES[i]
        assert _spans(people._finditer(i, rule, text)) == _spans(rule.finditer(text)), i
