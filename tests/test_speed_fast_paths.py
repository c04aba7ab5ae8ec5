"""Literal pre-checks in front of costly patterns never turn a match away."""

from __future__ import annotations

import pytest

from analysis.extraction.governance import NO_CDO, NO_CDO_CUES

# One sentence per alternative of NO_CDO (and case variants the rule reads with re.I).
NO_CDO_SENTENCES = (
    *NO_CDO.matches,
    "Musterfeld kommt bisher ohne Chief Digital Officer aus.",
    "Die Stadt verfügt nicht über einen CDO.",
    "Einen CDO hat die Stadt bislang nicht.",
    "Ein Chief Digital Officer existiert in Musterfeld noch nicht.",
    "Ein CDO ist in der Verwaltung nicht vorhanden.",
    "Ein Digitalisierungsbeauftragter fehlt bislang.",
    "KEINEN CDO GIBT ES HIER.",
)


@pytest.mark.parametrize("sentence", NO_CDO_SENTENCES)
def test_every_no_cdo_sentence_holds_a_cue(sentence: str) -> None:
    assert NO_CDO.search(sentence)
    assert NO_CDO_CUES.search(sentence)


def test_no_cue_means_no_match_on_real_sentences(dev_sentences: list[str]) -> None:
    for sentence in dev_sentences:
        if NO_CDO.search(sentence):
            assert NO_CDO_CUES.search(sentence), sentence


@pytest.fixture(scope="module")
def dev_sentences() -> list[str]:
    from pathlib import Path

    from analysis.extraction.context import DocContext
    from analysis.reading.reader import list_sources, read_source

    root = Path(__file__).parent / "reference" / "dev" / "docs"
    if not root.is_dir():
        pytest.skip("no development texts")
    return [s.text for p in list_sources(root) for s in DocContext(read_source(p, root)).sentences]
