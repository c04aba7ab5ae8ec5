"""What a report kernel imports stays light: naming a place's Land (the gazetteer) or loading
profiles must not compile the extraction's rules (about a second per kernel, paid by every
report of a national build)."""

from __future__ import annotations

import subprocess
import sys

RULE_MODULES = ("analysis.extraction.governance", "analysis.extraction.events", "analysis.extraction.items")


def test_place_facts_and_profiles_load_without_the_rules():
    probe = (
        "import sys\n"
        "import analysis.dataset.places, analysis.dataset.profiles, analysis.dataset.cities\n"
        "from analysis.dataset.places import place_facts\n"
        "place_facts('Köln')\n"
        f"print([m for m in {RULE_MODULES!r} if m in sys.modules])\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"


def test_extract_document_is_still_reached_through_the_package():
    from analysis.extraction import extract_document
    from analysis.extraction.document import extract_document as defined

    assert extract_document is defined
