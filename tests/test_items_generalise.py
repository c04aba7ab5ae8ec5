"""Projects, funding and partners named by constructions met on texts of unseen places
(issue 15): each family on invented sentences (invented towns, programmes and firms)."""

from __future__ import annotations

import pytest
from itemx_helpers import LEAD, names, profile


@pytest.mark.parametrize(
    "sentence,programme,kind",
    [
        # a sponsor's name glued to the kind word, as a saved page may lose the hyphen
        (
            "Die Stadt kam im BeispielverbandWettbewerb Digitale Zukunft ins Finale.",
            "Digitale Zukunft",
            "competition",
        ),
        (
            "Die Stadt kam im Beispielverband-Wettbewerb Digitale Zukunft ins Finale.",
            "Beispielverband-Wettbewerb Digitale Zukunft",
            "competition",
        ),
        # a programme named by its field and its funder
        (
            "Der Ausbau wird aus dem Breitbandförderprogramm des Bundes bezahlt.",
            "Breitbandförderprogramm des Bundes",
            "programme",
        ),
        (
            "Tannbrück erhält Geld aus der Gigabitförderung des Landes Musterland.",
            "Gigabitförderung des Landes Musterland",
            "programme",
        ),
        # a quoted name after "gefördert durch"
        (
            "Die App wird mit zwei Millionen Euro gefördert durch „Stadt.Land.Netz“ gebaut.",
            "Stadt.Land.Netz",
            "programme",
        ),
        # a fund's abbreviation opening a compound
        ("Der Umbau wird mit EFRE-Mitteln bezahlt.", "EFRE", "programme"),
        ("Der Kreis ist seit Jahren LEADER-Region.", "LEADER", "programme"),
    ],
)
def test_programme_families_of_unseen_places(sentence, programme, kind):
    funding = profile(LEAD + sentence + "\n")["funding"]
    assert any(f["name"] == programme and f["kind"] == kind for f in funding), funding


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Förderung des Landes kam spät.",
        "Das Programm der Tagung war lang.",
    ],
)
def test_no_programme_without_a_name(sentence):
    assert profile(LEAD + sentence + "\n")["funding"] == []


@pytest.mark.parametrize(
    "sentence,project",
    [
        # a system introduced as "so genannt", with its abbreviation after the owner's genitive
        (
            "Für Anträge nutzt die Gemeinde das so genannte BeispielAntragsSystem des Kreises Tannland (BAS) seit Jahren.",
            "BeispielAntragsSystem (BAS)",
        ),
        ("Die Stadt betreibt das sogenannte Musterportal für alle Anträge.", "Musterportal"),
        # a quoted name after a service head
        ("Die App „Tannbrück mobil“ zeigt die Busse.", "Tannbrück mobil"),
        ("Im Reallabor »Musterquartier« werden Sensoren getestet.", "Musterquartier"),
        # a proper name after a service head, unquoted
        ("Die Stadt startet die App MeinTannbrück.", "MeinTannbrück"),
        ("Bürger melden Schäden über die Plattform Tannbrück.digital an die Stadt.", "Tannbrück.digital"),
    ],
)
def test_project_naming_constructions(sentence, project):
    projects = names(profile(LEAD + sentence + "\n")["projects"])
    assert project in projects, projects


@pytest.mark.parametrize(
    "sentence",
    [
        "Die sogenannte Digitalisierung erfasst alle Ämter.",
        "Die Stadt hat einen so genannten Chief Digital Officer (CDO).",
        "Über die App Anträge stellen ist leicht.",
        "Die Stadt startet die App Ulm.",  # a bare place: the app's own name is not said
    ],
)
def test_no_project_from_a_term_a_common_noun_or_a_place(sentence):
    assert profile(LEAD + sentence + "\n")["projects"] == []


@pytest.mark.parametrize(
    "sentence,partners",
    [
        (
            "Das Netz baut die Stadt in Kooperation mit der Beispielnetz GmbH und der Tannwerk AG.",
            ["Beispielnetz GmbH", "Tannwerk AG"],
        ),
        ("Die App entstand mit Unterstützung von Beispielsoft.", ["Beispielsoft"]),
        ("Gemeinsam mit der ortsansässigen KDMuster baut die Stadt das Portal.", ["KDMuster"]),
    ],
)
def test_partners_named_after_a_cooperation_phrase(sentence, partners):
    found = names(profile(LEAD + sentence + "\n")["partners"])
    assert all(p in found for p in partners), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Gemeinsam mit Bürgern und Vereinen entstand der Plan.",
        "Gemeinsam mit Oberbürgermeisterin Eva Probe stellte er den Plan vor.",
        "Zusammen mit Anna Muster arbeitet er an der Strategie.",
        "Gemeinsam mit Staatssekretär Dageberg eröffnete sie das Büro.",
        "In Zusammenarbeit mit der Stadtverwaltung entstand der Plan.",
    ],
)
def test_no_partner_from_people_or_common_nouns_after_a_cooperation_phrase(sentence):
    assert profile(LEAD + sentence + "\n")["partners"] == []


def test_every_cooperation_phrase_passes_the_pre_check():
    from analysis.extraction.items import COOPERATION_WORDS
    from analysis.extraction.lexicon.items import COOPERATION_CUES

    assert all(any(w in cue for w in COOPERATION_WORDS) for cue in COOPERATION_CUES)


@pytest.mark.parametrize(
    "sentence,partner",
    [
        ("Die Stadt ist seit 2029 Mitglied im Beispielnetz.", "Beispielnetz"),
        ("Die Zusammenarbeit mit der KDMuster läuft gut.", "KDMuster"),
        ("Tannbrück kooperiert mit Beispielsoft.", "Beispielsoft"),
    ],
)
def test_partners_by_membership_and_cooperation(sentence, partner):
    assert partner in names(profile(LEAD + sentence + "\n")["partners"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Zuvor war er Vorstandsmitglied der BEISPIEL-Gruppe Nord.",
        "Die Zusammenarbeit mit der Stadtwirtschaft ist eng.",
        "Gemeinsam mit Wissenschaftseinrichtungen entstehen Ideen.",
    ],
)
def test_no_partner_from_a_persons_post_or_an_ordinary_compound(sentence):
    assert profile(LEAD + sentence + "\n")["partners"] == []
