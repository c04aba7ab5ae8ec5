"""The rules read language, never the answers: no sentence, person or named project of a seed or
development text appears in `analysis/` (issue 15: not even as a rule's example; examples are
invented sentences of the same family).

A sentence is caught by any run of seven words it shares with a source text (lower-cased word
tokens): six-word runs still match generic phrases of German administrative language ("als
Chief Digital Officer der Stadt"), seven do not on today's code, and every copied example the
issue named shares at least eight.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "tests" / "reference"
SOURCE_TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((REFERENCE / "dev" / "docs").glob("*.txt"))
GOLD_FILES = (REFERENCE / "gold" / "seeds.gold.json", REFERENCE / "gold" / "dev.gold.json")
# Where rules and their examples live; the gazetteer's municipality register (.tsv) is general
# data of all places and not scanned.
RULE_SUFFIXES = (".py", ".json", ".txt", ".md")
RUN_LENGTH = 7

WORD = re.compile(r"\w+")
# A project name is distinctive (not a word of the language) when it joins words without a
# space ("MusterApp"), carries a digit or a dot ("Musterstadt 4.0", "MS.digital"), or contains
# a place's name; generic project words ("Serviceportal", "Open Data") are the rules' business.
INNER_CAPITAL = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")
# Technologies that a source's gold lists as a project but that are words of the field
# (the items lexicon names them as technology words).
TECHNOLOGY_WORDS = {"5g", "lorawan"}


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def _rule_files() -> list[Path]:
    return sorted(
        path for path in (ROOT / "analysis").rglob("*") if path.is_file() and path.suffix in RULE_SUFFIXES
    )


@cache
def _source_runs() -> dict[tuple[str, ...], str]:
    runs: dict[tuple[str, ...], str] = {}
    for path in SOURCE_TEXTS:
        words = _words(path.read_text(encoding="utf-8", errors="replace"))
        for at in range(len(words) - RUN_LENGTH + 1):
            runs.setdefault(tuple(words[at : at + RUN_LENGTH]), path.name)
    return runs


def _gold_documents() -> list[dict]:
    documents: list[dict] = []
    for path in GOLD_FILES:
        documents.extend(json.loads(path.read_text(encoding="utf-8"))["documents"].values())
    return documents


def _people() -> set[str]:
    people = {person["name"] for doc in _gold_documents() for person in doc.get("people", [])}
    people |= {doc["cdo_holder"] for doc in _gold_documents() if doc.get("cdo_holder")}
    return people


def _place_names() -> set[str]:
    return {doc["city"] for doc in _gold_documents() if doc.get("city")}


def _distinctive_projects() -> set[str]:
    places = {name.lower() for name in _place_names()}
    keys = {project["key"] for doc in _gold_documents() for project in doc.get("projects", [])}
    keys |= {key for doc in _gold_documents() for key in doc.get("optional_projects", [])}
    return {
        key
        for key in keys
        if key.lower() not in TECHNOLOGY_WORDS
        and (
            INNER_CAPITAL.search(key)
            or re.search(r"[\d.]", key)
            or any(place in key.lower() for place in places)
        )
    }


def test_the_check_has_its_material():
    # Without the texts every assertion below would pass on nothing.
    assert len(SOURCE_TEXTS) >= 45
    assert len(_source_runs()) > 10_000
    assert len(_people()) > 20
    assert _distinctive_projects()


def _copied_runs(text: str) -> set[tuple[str, str]]:
    """(run of words, source file) for every seven-word run `text` shares with a source."""
    runs = _source_runs()
    words = _words(text)
    windows = (tuple(words[at : at + RUN_LENGTH]) for at in range(len(words) - RUN_LENGTH + 1))
    return {(" ".join(window), runs[window]) for window in windows if window in runs}


@pytest.mark.parametrize("path", _rule_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_sentence_of_a_source_text_in_the_rules(path: Path):
    copied = _copied_runs(path.read_text(encoding="utf-8"))
    assert not copied, f"{path.name} repeats source text: {sorted(copied)}"


@pytest.mark.parametrize("path", _rule_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_person_or_named_project_of_a_source_in_the_rules(path: Path):
    text = path.read_text(encoding="utf-8").lower()
    named = sorted(name for name in _people() | _distinctive_projects() if name.lower() in text)
    assert not named, f"{path.name} names people or projects of the sources: {named}"


def test_a_copied_example_would_be_caught():
    # The check itself: a rule example quoting a source sentence (with other case and
    # punctuation) is caught, an invented sentence of the same family is not.
    source = SOURCE_TEXTS[0].read_text(encoding="utf-8")
    quoted = " ".join(_words(source)[40 : 40 + RUN_LENGTH + 3]).upper()
    example = f'    # e.g. "{quoted}."\n'
    assert _copied_runs(example)
    invented = '    # e.g. "Die Stelle der Digitalbeauftragten von Musterfeld ist seit 2031 besetzt."\n'
    assert not _copied_runs(invented)
