"""Each vocabulary is defined once (analysis.vocabulary); everything else agrees with it."""

from __future__ import annotations

import re
from pathlib import Path

from analysis import vocabulary as vocab
from analysis.dataset.profiles import schema as load_schema
from analysis.reporting.figures import TYPE_COLORS, TYPE_LETTER_COLORS
from analysis.reporting.texts import LANGUAGES, texts

REPO = Path(__file__).resolve().parents[1]


def _enum(schema: dict, definition: str, field: str) -> set:
    return set(schema["$defs"][definition]["properties"][field]["enum"]) - {None}


def test_schema_enums_are_the_vocabulary():
    schema = load_schema()
    assert _enum(schema, "governance", "cdo_placement") == set(vocab.PLACEMENTS)
    assert _enum(schema, "document", "source_kind") == set(vocab.SOURCE_KINDS)
    assert _enum(schema, "event", "kind") == set(vocab.EVENT_KINDS)
    assert _enum(schema, "event", "type") == set(vocab.EVENT_TYPES)
    assert _enum(schema, "event", "qualifier") == set(vocab.QUALIFIERS)
    assert _enum(schema, "event", "precision") == set(vocab.PRECISIONS)
    assert _enum(schema, "person", "affiliation") == set(vocab.AFFILIATIONS)
    assert _enum(schema, "item", "category") == set(vocab.THEME_CATEGORIES)


def _labelled(lang: str, prefix: str) -> set:
    return {k.split(".", 1)[1] for k in texts(lang).table if k.startswith(prefix + ".") and k.count(".") == 1}


def test_labels_cover_exactly_the_vocabulary():
    models = set(vocab.PLACEMENTS) | {vocab.NO_CDO, vocab.NOT_MENTIONED}
    for lang in LANGUAGES:
        assert _labelled(lang, "placement") == models
        assert _labelled(lang, "type") == models == set(vocab.TYPOLOGY)
        assert _labelled(lang, "source_kind") == set(vocab.SOURCE_KINDS)
        assert _labelled(lang, "event_type") == set(vocab.EVENT_TYPES) | {"untyped"}
        assert _labelled(lang, "category") == set(vocab.THEME_CATEGORIES)
        for key, letter in vocab.TYPOLOGY.items():
            assert texts(lang)(f"type.{key}").startswith(f"{letter}: ")
    assert set(TYPE_LETTER_COLORS) == models
    assert set(TYPE_COLORS) <= set(vocab.EVENT_TYPES)


def test_typology_letters_are_consecutive_and_match_the_readme():
    letters = list(vocab.TYPOLOGY.values())
    assert letters == [chr(ord("A") + i) for i in range(len(letters))]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"typology (A–{letters[-1]}" in readme


def test_readme_names_every_placement_and_source_kind():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    placements = re.search(r"`cdo_placement` ∈ ([^\n]+(?:\n[^\n]+)?)", readme)
    assert placements, "README should list the placements"
    assert set(re.findall(r"`(\w+)`", placements.group(1))) >= set(vocab.PLACEMENTS)
    kinds = re.search(r"`source_kind` \(([^)]*)\)", readme)
    assert kinds and set(re.findall(r"`(\w+)`", kinds.group(1))) == set(vocab.SOURCE_KINDS)


def test_event_type_is_required_and_every_type_rule_yields_a_vocabulary_type():
    from analysis.extraction.events import TYPE_OF_RULE, TYPE_RULES

    schema = load_schema()
    assert "type" in schema["$defs"]["event"]["required"]
    assert {TYPE_OF_RULE[r.name] for r in TYPE_RULES} <= set(vocab.EVENT_TYPES)


def test_readme_names_every_event_type():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    types = re.search(r"`type` ∈ ([^,)]*)", readme)
    assert types and set(re.findall(r"`(\w+)`", types.group(1))) == set(vocab.EVENT_TYPES)
