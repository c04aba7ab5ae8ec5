"""People named by a first name whose surname is also a first name (issue 15). Invented
sentences and people; a document is built in memory."""

from __future__ import annotations

from text_profiles import profile_of

from analysis.extraction.people import _surname_alone


def _people(text: str) -> list[str]:
    profile = profile_of(text, lead="Die Stadt Musterfeld treibt die Digitalisierung voran.\n")
    return [p["name"] for p in profile["people"]]


def test_a_surname_that_is_also_a_first_name_counts_where_the_text_uses_it_alone():
    # "Otto" is a first name too; the text goes on with the surname alone, as journalism does
    text = "Der Arbeitstag von Jana Otto ist lang. Otto: „Wir machen das gern.“"
    assert "Jana Otto" in _people(text)


def test_two_first_names_without_a_surname_used_alone_are_no_person():
    assert "Jana Otto" not in _people("Der Arbeitstag von Jana Otto ist lang.")
    assert not _surname_alone("Jana Otto kam. Jana Otto ging.", "Jana", "Otto")
    assert _surname_alone("Jana Otto kam. Dann sagte Otto etwas.", "Jana", "Otto")
