"""Themes only from sentences that state them."""

from __future__ import annotations

import pytest
from itemx_helpers import LEAD, profile


def _themes(text: str) -> dict[str, dict]:
    return {t["name"]: t for t in profile(LEAD + text + "\n")["themes"]}


def test_the_citys_shareholdings_are_no_participation():
    text = "Vernetzt werden die Fachbereiche, die städtischen Beteiligungen und die Unternehmen der Stadt."
    assert "participation" not in _themes(text)


def test_participation_from_a_later_sentence_that_states_it():
    text = (
        "Der Beteiligungsbericht nennt alle Töchter der Stadt. "
        "Die Bürgerbeteiligung läuft über eine Online-Plattform."
    )
    theme = _themes(text)["participation"]
    assert theme["evidence"]["quote"].startswith("Die Bürgerbeteiligung"), theme


@pytest.mark.parametrize(
    "sentence",
    [
        "Das neue Quartier soll sozial inklusiver gestaltet werden.",
        "Alle Dienste laufen über das Portal, inklusive der Online-Anträge.",
        "Eine besondere Herausforderung stellt die Diversität der Bürgerschaft dar.",
    ],
)
def test_social_inclusion_and_diversity_are_no_digital_divide(sentence):
    assert "digital_divide" not in _themes(sentence)


def test_digital_inclusion_is_the_digital_divide():
    assert "digital_divide" in _themes("Die digitale Inklusion älterer Bürger ist ein Ziel der Stadt.")


def test_a_theme_word_inside_a_list_of_fields_of_action_states_no_theme():
    text = (
        "Das Konzept beruht auf den Handlungsfeldern Energie & Umwelt, Mobilität (vor allem Busse) und Bildung. "
        "Die Stadt will nachhaltiger werden."
    )
    theme = _themes(text)["sustainability"]
    assert theme["evidence"]["quote"] == "Die Stadt will nachhaltiger werden.", theme


def test_a_theme_stated_after_a_list_of_fields_in_the_same_sentence_counts():
    text = "Durch die Vernetzung der Handlungsfelder Energie und Bildung will die Stadt ein attraktiver Wirtschaftsstandort werden."
    assert "economic_development" in _themes(text)
