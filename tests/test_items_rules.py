"""Projects, funding and partners: each rule family on invented sentences."""

from __future__ import annotations

import pytest
from itemx_helpers import LEAD, names, profile


def test_the_field_of_a_project_list_is_no_project():
    text = (
        "Projekte\n"
        "  • Beispielportal der Stadt Musterfeld (Datenplattform):\n"
        "    Das Portal zeigt Karten und Daten der Stadt.\n"
        "  • Musterfeld-App (Mobilität):\n"
        "    Die App zeigt freie Parkplätze.\n"
    )
    projects = names(profile(LEAD + text)["projects"])
    assert "Datenplattform" not in projects, projects
    assert any("Beispielportal" in p for p in projects), projects


def test_a_service_named_in_one_word_with_app():
    projects = names(profile(LEAD + "Gut angenommen wurde die neue MusterfeldApp der Stadt.\n")["projects"])
    assert "MusterfeldApp" in projects, projects


def test_a_quoted_programme_after_a_sponsored_initiative():
    funding = profile(LEAD + "Musterfeld ist Teil der EU-Initiative »Smart Towns Challenge«.\n")["funding"]
    assert names(funding) == ["Smart Towns Challenge"], funding


@pytest.mark.parametrize(
    "sentence,partner",
    [
        (
            "Die Stadt kooperiert mit der Allianz Smart Region Beispieltal.",
            "Allianz Smart Region Beispieltal",
        ),
        ("Die Stadt kooperiert mit dem »Netzwerk für digitale Dörfer«.", "Netzwerk für digitale Dörfer"),
        ("Der Ausbau lief mit der städtischen Tochtergesellschaft mufanet.", "mufanet"),
        ("Im Steuerkreis sitzt die Kommunikationsgesellschaft Muster-Net.", "Muster-Net"),
        ("Daran arbeiten die Technischen Betriebe Musterfeld mit.", "Technische Betriebe Musterfeld"),
        (
            "Im Board, in dem sich die Stadtwerke, die Wirtschaftsförderung und die Stadt austauschen, "
            "fallen die Entscheidungen.",
            "Wirtschaftsförderung",
        ),
    ],
)
def test_partner_families(sentence, partner):
    partners = names(profile(LEAD + sentence + "\n")["partners"])
    assert partner in partners, partners


def test_a_company_noun_before_an_ordinary_word_names_no_company():
    text = LEAD + "Die Gesellschaft verändert sich, und das Unternehmen Zukunft braucht Mut.\n"
    assert profile(text)["partners"] == []


def test_a_bare_kind_of_organisation_is_no_partner():
    text = LEAD + "Die Universität und die Hochschulen der Region sind wichtig für den Standort.\n"
    assert profile(text)["partners"] == []


def test_a_town_partner_must_be_a_town():
    text = (
        LEAD + "In der Stadt Musterfeld Verantwortliche treffen sich monatlich. "
        "Die Stadt Ende 2019 hatte noch kein Konzept. "
        "Gemeinsam mit der Stadt Solingen entsteht ein Portal.\n"
    )
    partners = names(profile(text)["partners"])
    assert partners == ["Solingen"], partners


def test_quoted_fields_of_solutions_are_projects():
    text = LEAD + 'Begonnen wurde mit Lösungen in den Bereichen "Smartes Licht" und "Kluges Parken".\n'
    projects = names(profile(text)["projects"])
    assert projects == ["Smartes Licht", "Kluges Parken"], projects


def test_a_new_technical_system_is_a_project():
    projects = names(profile(LEAD + "2024 ist für Musterfeld ein neues Radleitsystem geplant.\n")["projects"])
    assert projects == ["Radleitsystem"], projects


@pytest.mark.parametrize(
    "sentence,programme,kind",
    [
        ("Gefördert wird das im Programm Smarte Region Nord.", "Smarte Region Nord", "programme"),
        ("Die Stadt bewirbt sich beim Förderaufruf Digitale Dörfer.", "Digitale Dörfer", "programme"),
        (
            "Das Geld stammt aus dem Muster-Digital-Programm des Landes.",
            "Muster-Digital-Programm",
            "programme",
        ),
        ("Musterfeld gewann die Beispiel-Challenge im Herbst.", "Beispiel-Challenge", "competition"),
        ("Der Ausbau wird aus Mitteln des EFRE bezahlt.", "EFRE", "programme"),
    ],
)
def test_programme_families(sentence, programme, kind):
    funding = profile(LEAD + sentence + "\n")["funding"]
    assert any(f["name"] == programme and f["kind"] == kind for f in funding), funding
