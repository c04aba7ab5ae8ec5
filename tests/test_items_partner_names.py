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
