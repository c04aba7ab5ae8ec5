"""Partners in the nominative: the article before a name decides its case (issue 15)."""

from __future__ import annotations

import pytest

from analysis.extraction.items import partner_nominative


@pytest.mark.parametrize(
    "name,before,nominative",
    [
        (
            "Deutschen Forschungszentrum für Digitales",
            "mit dem ",
            "Deutsches Forschungszentrum für Digitales",
        ),
        ("Kommunalen Datenzentrale Tannland", "von der ", "Kommunale Datenzentrale Tannland"),
        ("Deutschen Städtetag", "beim ", "Deutscher Städtetag"),
        ("Deutsche Städtetag", "Auch der ", "Deutscher Städtetag"),
        (
            "Vereins Digitale Region Tannland e. V.",
            "Gründungsmitglied des ",
            "Verein Digitale Region Tannland e. V.",
        ),
        (
            "Fraunhofer-Instituts für Offene Systeme",
            "Unterstützung des ",
            "Fraunhofer-Institut für Offene Systeme",
        ),
        # a plural noun is no adjective: the name stays as written
        ("Technische Betriebe Tannbrück", "die ", "Technische Betriebe Tannbrück"),
        # a nominative without an article stays
        ("Beispielsoft GmbH", "mit ", "Beispielsoft GmbH"),
        # a genitive -s only after a genitive article ("die Stadtwerke", "Partners")
        ("Stadtwerke Tannbrück", "der ", "Stadtwerke Tannbrück"),
    ],
)
def test_partner_nominative(name, before, nominative):
    assert partner_nominative(name, before) == nominative


def test_a_listed_partner_is_its_name_without_the_genitive_that_follows_unless_an_abbreviation_closes_it():
    from itemx_helpers import LEAD, names, profile

    text = (
        "Die Stadt ist in mehreren Netzwerken vertreten, etwa im Tannrat der Arbeitsgruppe Daten "
        "und im Verband der kommunalen Musterdienstleister (VKM).\n"
    )
    found = names(profile(LEAD + text)["partners"])
    assert "Tannrat" in found and "Verband der kommunalen Musterdienstleister (VKM)" in found, found
    assert not any("Arbeitsgruppe" in f for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Kooperationspartner sind Beispielsoft und Datenfluxx, gemeinsam mit der Hochschule Tannweiler.",
        "Umgesetzt wird das Projekt von Datenfluxx; die Plattform wird von Beispielsoft betrieben.",
        "Die Stadt arbeitet mit der Datenhafen AG zusammen und ist Mitglied im Verbund Tannland.",
        "Als Partner fungiert Datenfluxx. Beteiligt sind die Sparkasse und die IHK.",
        "Der Bericht wurde von der Verwaltung erstellt.",
    ],
)
def test_the_cue_patterns_run_on_their_words_find_what_the_plain_scan_finds(text):
    from analysis.extraction.items import COOPERATION, COOPERATION_PATTERNS
    from analysis.reading.text import alternation_matches

    low = text.lower()
    patterns, triggers = zip(*COOPERATION_PATTERNS, strict=True)
    fast = [(m.start(), m.end()) for m in alternation_matches(patterns, triggers, low)]
    assert fast == [(m.start(), m.end()) for m in COOPERATION.finditer(low)]
