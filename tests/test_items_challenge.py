"""Phrasing-family challenge sets for partners, funding and projects (issue 15).

Each family is a set of invented sentences (invented towns Tannbrück, Tannweiler, Bedorf; invented
firms and people), varied as German municipal pages, press releases and newspaper articles
vary them. Every case is one test, its id naming the family, so that "x of n per family"
can be read off a test run. Negative families must yield no item.
"""

from __future__ import annotations

import pytest
from itemx_helpers import LEAD, names, profile

# --- partners: organisations named as working with the city ------------------------------

PARTNER_FAMILIES = {
    # a cooperation phrase before the name, the name inflected after its article
    "cooperation": [
        (
            "In Kooperation mit der Beispielsoft GmbH entsteht ein digitaler Zwilling der Innenstadt.",
            ["Beispielsoft GmbH"],
        ),
        (
            "Die Stadt arbeitet dabei mit Beispielcloud und der Datenhafen AG zusammen.",
            ["Beispielcloud", "Datenhafen AG"],
        ),
        (
            "Gemeinsam mit dem Deutschen Forschungszentrum für Künstliche Intelligenz testet Tannbrück Sensoren.",
            ["Deutsches Forschungszentrum für Künstliche Intelligenz"],
        ),
        (
            "Unterstützt wird die Stadt von der Kommunalen Datenzentrale Musterland.",
            ["Kommunale Datenzentrale Musterland"],
        ),
        (
            "Die Stadt kooperiert mit der Hochschule Tannweiler und dem Landesamt für Digitalisierung Musterland.",
            ["Hochschule Tannweiler", "Landesamt für Digitalisierung Musterland"],
        ),
        ("Zusammen mit Microsoft entwickelt die Stadt einen Chatbot für das Bürgerbüro.", ["Microsoft"]),
        (
            "Partner des Projekts sind die Stadtwerke Tannbrück, die Wirtschaftsförderung Tannland und die Musterbank eG.",
            ["Stadtwerke Tannbrück", "Wirtschaftsförderung Tannland", "Musterbank eG"],
        ),
        (
            "Mit Unterstützung des Fraunhofer-Instituts für Offene Kommunikationssysteme entsteht eine Datenplattform.",
            ["Fraunhofer-Institut für Offene Kommunikationssysteme"],
        ),
        (
            "Wissenschaftlich begleitet wird das Projekt von der Technischen Universität Tannland.",
            ["Technische Universität Tannland"],
        ),
    ],
    # organisations known by their kind: ministries, chambers, associations of municipalities
    "kinds": [
        (
            "Das Ministerium für Digitales und Verkehr des Landes Musterland unterstützt das Vorhaben.",
            ["Ministerium für Digitales und Verkehr"],
        ),
        (
            "Das Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen begleitet die Modellkommunen.",
            ["Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen"],
        ),
        (
            "Mit dabei ist auch die Industrie- und Handelskammer Tannland.",
            ["Industrie- und Handelskammer Tannland"],
        ),
        (
            "Die Handwerkskammer Tannweiler und die IHK Tannland beraten die Betriebe.",
            ["Handwerkskammer Tannweiler", "IHK Tannland"],
        ),
        (
            "Auch der Landkreistag Sachsen-Anhalt begleitet die Modellkommunen.",
            ["Landkreistag Sachsen-Anhalt"],
        ),
        (
            "Die Stadt ist Mitglied im Zweckverband Kommunale Datenverarbeitung Tannland.",
            ["Zweckverband Kommunale Datenverarbeitung Tannland"],
        ),
        ("Rat holte sich die Stadt beim Deutschen Städtetag.", ["Deutscher Städtetag"]),
    ],
    # the city's membership of a network, association or alliance, in the genitive or dative
    "membership": [
        (
            "Tannbrück ist Teil des Netzwerks Digitale Städte Musterland.",
            ["Netzwerk Digitale Städte Musterland"],
        ),
        ("Die Stadt ist dem Verband Kommunaler Unternehmen beigetreten.", ["Verband Kommunaler Unternehmen"]),
        (
            "Die Stadt ist Gründungsmitglied des Vereins Digitale Region Tannland e. V.",
            ["Verein Digitale Region Tannland e. V."],
        ),
        ("Seit 2020 gehört Tannbrück dem Bündnis Offene Kommunen an.", ["Bündnis Offene Kommunen"]),
    ],
    # a company introduced by what it is or does, often in the genitive (added in the second round)
    "company_noun": [
        ("Die Software liefert der IT-Dienstleister Beispiel-IT aus Tannweiler.", ["Beispiel-IT"]),
        ("Das Glasfasernetz baut die städtische Tochter Tannnetz.", ["Tannnetz"]),
        ("Der Softwarehersteller Datenfluxx hat die App programmiert.", ["Datenfluxx"]),
        ("Die Stadt nutzt die Plattform des Anbieters Bürgerwerk.", ["Bürgerwerk"]),
        ("Der Energieversorger Tannenergie stellt die Daten bereit.", ["Tannenergie"]),
        ("Die Tannbrück Digital GmbH ist die Digitaltochter der Stadt.", ["Tannbrück Digital GmbH"]),
    ],
    # a list after "Partner wie", "beteiligt sind" (added in the second round)
    "enumeration": [
        (
            "Mit Partnern wie Beispielsoft, der Datenhafen AG und dem Landkreis Tannland entsteht ein Netzwerk.",
            ["Beispielsoft", "Datenhafen AG", "Landkreis Tannland"],
        ),
        (
            "Beteiligt sind die Hochschule Tannweiler, die Sparkasse Tannbrück und der Verein Digitale Heimat.",
            ["Hochschule Tannweiler", "Sparkasse Tannbrück", "Verein Digitale Heimat"],
        ),
    ],
    # "…partner ist/sind X", "Als Partner fungiert X" (added in the third round)
    "partner_predicate": [
        ("Kooperationspartner sind Beispielsoft und Datenfluxx.", ["Beispielsoft", "Datenfluxx"]),
        ("Technologiepartner ist die Datenfluxx GmbH.", ["Datenfluxx GmbH"]),
        ("Als Partner fungiert Datenfluxx.", ["Datenfluxx"]),
        ("Als Technologiepartner wurde Datenfluxx ausgewählt.", ["Datenfluxx"]),
    ],
    # who builds or runs it, in the passive (added in the third round)
    "contractor": [
        ("Umgesetzt wird das Projekt von Datenfluxx.", ["Datenfluxx"]),
        ("Entwickelt wurde die App von der Tannbrücker Firma Datenfluxx.", ["Datenfluxx"]),
        ("Die Plattform wird von Beispielsoft betrieben.", ["Beispielsoft"]),
    ],
    # plural names in the dative (added in the third round)
    "plural_dative": [
        ("Die Stadt kooperiert dabei mit den Stadtwerken Tannbrück.", ["Stadtwerke Tannbrück"]),
        (
            "Gemeinsam mit den Tannbrücker Verkehrsbetrieben testet die Stadt Sensoren.",
            ["Tannbrücker Verkehrsbetriebe"],
        ),
    ],
    # a Land or a town named bare after a cooperation phrase (added in the fourth round)
    "public_bodies": [
        ("Gemeinsam mit dem Freistaat Bayern entwickelt die Stadt ein Portal.", ["Freistaat Bayern"]),
        ("In Kooperation mit dem Land Hessen entsteht ein Rechenzentrum.", ["Land Hessen"]),
        ("Die Stadt Musterfeld kooperiert dabei mit Würzburg.", ["Würzburg"]),
        # (towns are known by the gazetteer: real names here)
        ("Gemeinsam mit Bonn und Erfurt bewirbt sich Musterfeld.", ["Bonn", "Erfurt"]),
    ],
    # other municipalities the city works with
    "towns": [
        ("Zusammen mit den Städten Tannweiler und Bedorf bewirbt sich Tannbrück.", ["Tannweiler", "Bedorf"]),
        ("Beteiligt sind außerdem die Nachbargemeinden Tannweiler und Bedorf.", ["Tannweiler", "Bedorf"]),
        ("Die Stadt teilt sich den Datenserver mit der Nachbarstadt Tannweiler.", ["Tannweiler"]),
        (
            "Im Verbund mit den Kommunen Tannweiler, Bedorf und Cedorf entsteht ein Portal.",
            ["Tannweiler", "Bedorf", "Cedorf"],
        ),
    ],
}


# Cases the rules still miss, kept so that the count per family stays honest: a name without
# an article that is a compound of dictionary words ("Beispielcloud") or a dictionary word
# itself (a brand such as "Microsoft") reads like "gemeinsam mit Bürgern" to the rules.
KNOWN_PARTNER_MISSES = {
    "cooperation-1": "an unknown compound of dictionary words without an article",
    "cooperation-5": "a brand the German dictionary knows, without an article",
}


@pytest.mark.parametrize(
    "sentence,partners",
    [
        pytest.param(
            s,
            p,
            id=f"{family}-{i}",
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_PARTNER_MISSES[f"{family}-{i}"])]
            if f"{family}-{i}" in KNOWN_PARTNER_MISSES
            else [],
        )
        for family, cases in PARTNER_FAMILIES.items()
        for i, (s, p) in enumerate(cases)
    ],
)
def test_partner_families(sentence, partners):
    found = names(profile(LEAD + sentence + "\n")["partners"])
    assert all(p in found for p in partners), found
    # no fragment: every partner found here is one of the expected ones
    assert all(f in partners for f in found), found


NOT_PARTNERS = [
    "Gemeinsam mit Bürgerinnen und Bürgern entsteht die Strategie.",
    "In Kooperation mit der Projektgruppe Smart City der Verwaltung entsteht ein Konzept.",
    "In Zusammenarbeit mit der Stadtverwaltung Musterfeld entstand die App.",
    "Gemeinsam mit Oberbürgermeisterin Erika Beispiel stellte er die Strategie vor.",
    "Zusammen mit den Fachämtern wurde ein Konzept erstellt.",
    "Die Universität ist ein wichtiger Arbeitgeber.",
    "Musterfeld arbeitet dabei eng mit seinen Ortsteilen zusammen.",
    "Die Stadt ist Teil der Digitalstrategie des Landes.",
    "Das Unternehmen beigetreten ist keines.",
    "Der Entwickler Jonas Musterfeld zeigte die App.",
    "Die Stadt arbeitet mit Hochdruck an der Umsetzung.",
    "Umgesetzt wird das Projekt von der Stadtverwaltung.",
    "Entwickelt wurde die App von Studierenden.",
    "Als Partner sind alle Bürgerinnen und Bürger gefragt.",
    "Gemeinsam mit Kirchen und Vereinen feiert die Stadt das Jubiläum.",
    "Die Stadt kooperiert dabei eng mit Schulen.",
]


@pytest.mark.parametrize("sentence", [pytest.param(s, id=f"not-{i}") for i, s in enumerate(NOT_PARTNERS)])
def test_no_partner_families(sentence):
    assert names(profile(LEAD + sentence + "\n")["partners"]) == []


# --- funding: programme, funder ------------------------------------------------------------

FUNDING_FAMILIES = {
    "programme": [
        (
            "Die Stadt erhält Fördermittel aus dem Programm „Digitale Orte Musterland“.",
            "Digitale Orte Musterland",
        ),
        (
            "Das Vorhaben wird mit 1,2 Millionen Euro aus dem Förderprogramm Digitale Kommune des Landes gefördert.",
            "Digitale Kommune",
        ),
        (
            "Tannbrück gehört seit 2021 zu den Modellprojekten Smart Cities des Bundes.",
            "Modellprojekte Smart Cities",
        ),
        (
            "Über die Förderrichtlinie Digitale Verwaltung Musterland erhielt die Stadt 200.000 Euro.",
            "Digitale Verwaltung Musterland",
        ),
        ("Im Landeswettbewerb „Digitale Orte“ belegte die Stadt den ersten Platz.", "Digitale Orte"),
        ("Aus dem Sonderprogramm Digitale Schule des Landes kommen 300.000 Euro.", "Digitale Schule"),
    ],
    "funder": [
        ("Der Bund fördert das Projekt über die KfW mit rund drei Millionen Euro.", "KfW"),
        (
            "Finanziert wird das Projekt aus Mitteln des Europäischen Fonds für regionale Entwicklung.",
            "Europäischer Fonds für regionale Entwicklung",
        ),
    ],
}


@pytest.mark.parametrize(
    "sentence,programme",
    [
        pytest.param(s, p, id=f"{family}-{i}")
        for family, cases in FUNDING_FAMILIES.items()
        for i, (s, p) in enumerate(cases)
    ],
)
def test_funding_families(sentence, programme):
    found = names(profile(LEAD + sentence + "\n")["funding"])
    assert any(programme in f for f in found), found


NOT_FUNDING = [
    "Die Förderung des Landes kam spät.",
    "Das Programm der Tagung war lang.",
    "Die Stadt fördert Vereine mit 5.000 Euro im Jahr.",
    "Die Digitalisierung fördert die Teilhabe.",
]


@pytest.mark.parametrize("sentence", [pytest.param(s, id=f"not-{i}") for i, s in enumerate(NOT_FUNDING)])
def test_no_funding_families(sentence):
    assert names(profile(LEAD + sentence + "\n")["funding"]) == []


# --- projects: naming constructions ----------------------------------------------------------

PROJECT_FAMILIES = {
    "headed": [
        ("Mit dem Projekt „Smarte Laterne“ testet die Stadt intelligente Beleuchtung.", "Smarte Laterne"),
        ("Die Stadt hat die Plattform TannbrückDigital gestartet.", "TannbrückDigital"),
        ("Das Pilotprojekt Digitaler Zwilling Tannbrück startet 2024.", "Digitaler Zwilling Tannbrück"),
        ("Das Vorhaben „Sensorstadt“ misst Luftdaten in der Innenstadt.", "Sensorstadt"),
    ],
    # a naming verb or phrase before the quoted name
    "named": [
        ("Die Anwendung heißt „Mein Rathaus“ und ist seit Mai 2023 online.", "Mein Rathaus"),
        ("Geplant ist eine Mängelmelder-App namens „Tannbrück meldet“.", "Tannbrück meldet"),
        ("Unter dem Namen „Tannbrück vernetzt“ bündelt die Stadt ihre Projekte.", "Tannbrück vernetzt"),
        ("Das Projekt trägt den Namen „Grüne Welle 2.0“.", "Grüne Welle 2.0"),
        ("Die Stadt startet ein Beteiligungsportal mit dem Namen „Tannbrück fragt“.", "Tannbrück fragt"),
    ],
}


@pytest.mark.parametrize(
    "sentence,project",
    [
        pytest.param(s, p, id=f"{family}-{i}")
        for family, cases in PROJECT_FAMILIES.items()
        for i, (s, p) in enumerate(cases)
    ],
)
def test_project_families(sentence, project):
    found = names(profile(LEAD + sentence + "\n")["projects"])
    assert project in found, found


NOT_PROJECTS = [
    "Die Stadt plant mehrere Projekte zur Digitalisierung.",
    "„Wir sind auf einem guten Weg“, sagt die Bürgermeisterin.",
    "Die App ist kostenlos.",
    "Der Name „Tannbrück“ geht auf eine alte Brücke zurück.",
]


@pytest.mark.parametrize("sentence", [pytest.param(s, id=f"not-{i}") for i, s in enumerate(NOT_PROJECTS)])
def test_no_project_families(sentence):
    assert names(profile(LEAD + sentence + "\n")["projects"]) == []
