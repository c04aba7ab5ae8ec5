"""Phrasing-family challenge set for people: name and affiliation (issue 15).

Invented people ("Erika Beispiel", "Jonas Musterfeld") in the ways German press releases,
newspaper articles, municipal pages and interviews name them: quoted speakers, appositions
before and after the name, compound role words, prepositional affiliations, Q/A layouts.
Each case is one test, its id naming the family ("x of n per family" from a test run).
"""

from __future__ import annotations

import pytest
from itemx_helpers import LEAD, profile

PEOPLE_FAMILIES = {
    # a verb of speaking before or after the name, the affiliation in what follows
    "speech": [
        (
            "„Die Kommunen brauchen Tempo“, sagt Jonas Musterfeld vom Digitalverband Beispielcom.",
            "Jonas Musterfeld",
            "external",
        ),
        (
            "„Wir sind zufrieden“, sagte Malte Musterfeld, Leiter des Fachbereichs Digitales.",
            "Malte Musterfeld",
            "city",
        ),
        ("„Die Bürger profitieren“, so Erika Beispiel.", "Erika Beispiel", "city"),
        (
            "Das erklärte Erika Beispiel aus dem Bundesministerium des Innern am Montag.",
            "Erika Beispiel",
            "external",
        ),
        (
            "„Digitalisierung ist Chefsache“, betont Tannbrücks Oberbürgermeisterin Erika Beispiel.",
            "Erika Beispiel",
            "city",
        ),
        (
            "„Wir liefern die Technik“, erklärt Jonas Musterfeld, Vertriebsleiter der Datenhafen AG.",
            "Jonas Musterfeld",
            "external",
        ),
        (
            "Laut Erika Beispiel, Sprecherin der Stadtverwaltung, läuft das System stabil.",
            "Erika Beispiel",
            "city",
        ),
        (
            "„Das Land steht an der Seite der Kommunen“, betonte Jonas Musterfeld von der Landesregierung.",
            "Jonas Musterfeld",
            "external",
        ),
    ],
    # an apposition after or before the name
    "apposition": [
        (
            "Erika Beispiel, Expertin für Verwaltungsdigitalisierung bei der Beratungsfirma Probe, sieht Chancen.",
            "Erika Beispiel",
            "external",
        ),
        (
            "Erika Beispiel, Professorin für Stadtplanung an der Universität Tannweiler, begleitet die Stadt.",
            "Erika Beispiel",
            "external",
        ),
        (
            "Die Leiterin des Amtes für Informationstechnik, Erika Beispiel, sieht Nachholbedarf.",
            "Erika Beispiel",
            "city",
        ),
        ("Der IT-Leiter der Stadt, Jonas Musterfeld, erläuterte das Konzept.", "Jonas Musterfeld", "city"),
        (
            "Dr. Jonas Musterfeld, Geschäftsführer der Beispielsoft GmbH, lobte die Zusammenarbeit.",
            "Dr. Jonas Musterfeld",
            "external",
        ),
        (
            "Die Strategie erläuterte Erika Beispiel, die Digitalisierungsbeauftragte des Kreises.",
            "Erika Beispiel",
            "city",
        ),
    ],
    # a role word right before the name, also as a compound ("Digitalministerin")
    "role_before": [
        ("Digitalministerin Erika Beispiel lobte die Stadt.", "Erika Beispiel", "external"),
        (
            "Landesdigitalminister Jonas Musterfeld überreichte den Förderbescheid.",
            "Jonas Musterfeld",
            "external",
        ),
        (
            "Oberbürgermeister Dr. Jonas Musterfeld betonte die Bedeutung der Strategie.",
            "Dr. Jonas Musterfeld",
            "city",
        ),
        ("Die Smart-City-Managerin Erika Beispiel koordiniert die Projekte.", "Erika Beispiel", "city"),
        (
            "Stadtkämmerer Jonas Musterfeld rechnet mit Kosten von zwei Millionen Euro.",
            "Jonas Musterfeld",
            "city",
        ),
        (
            "Staatssekretärin Erika Beispiel vom Ministerium für Digitales überreichte den Bescheid.",
            "Erika Beispiel",
            "external",
        ),
    ],
    # interviews: a name before a colon opens an answer
    "interview": [
        ("Jonas Musterfeld: Wir haben früh angefangen.", "Jonas Musterfeld", "city"),
        ("Frage: Wie geht es weiter?\nErika Beispiel: Wir starten im Herbst.", "Erika Beispiel", "city"),
        ("Im Gespräch: Jonas Musterfeld, Leiter der Stabsstelle Digitales.", "Jonas Musterfeld", "city"),
    ],
    # the city's offices named as compounds (added in the second round)
    "city_office": [
        (
            "„Das war überfällig“, sagt Jonas von Musterfeld, Leiter des Hauptamts.",
            "Jonas von Musterfeld",
            "city",
        ),
        (
            "„Wir sind bereit“, sagt Erika Beispiel-Probe, Leiterin des Bürgeramts.",
            "Erika Beispiel-Probe",
            "city",
        ),
        ("Jonas Musterfeld vom Ordnungsamt erklärt die neue App.", "Jonas Musterfeld", "city"),
        ("„Das entlastet uns“, sagt Erika Beispiel aus der Kreisverwaltung.", "Erika Beispiel", "city"),
        ("Jonas Musterfeld vom Landesamt für Statistik lieferte die Daten.", "Jonas Musterfeld", "external"),
    ],
    # a given name in the middle (added in the second round)
    "middle_name": [
        ("Hans Peter Musterfeld leitet die Stabsstelle Digitalisierung.", "Hans Peter Musterfeld", "city"),
        (
            "„Wir lernen viel“, sagt Anna Lena Beispiel, Leiterin der Bibliothek.",
            "Anna Lena Beispiel",
            "city",
        ),
    ],
    # surnames that are also words of dates (added in the third round)
    "date_word_surname": [
        ("Frank Sommer leitet die Stabsstelle Digitales.", "Frank Sommer", "city"),
        ("Maria Winter und Klaus Fuchs präsentierten die App.", "Maria Winter", "city"),
        ("Seit Ende Mai arbeitet Anna Herbst im Rathaus.", "Anna Herbst", "city"),
    ],
    # names of many origins, as German towns' staff bear them
    "names": [
        ("Aylin Yıldız, Referentin für Smart City, koordiniert die Projekte.", "Aylin Yıldız", "city"),
        ("Sören Beispiel leitet das Team Digitalisierung im Rathaus.", "Sören Beispiel", "city"),
        (
            "Zum Projektteam gehören Jonas Musterfeld und Erika Beispiel aus dem Hauptamt.",
            "Erika Beispiel",
            "city",
        ),
    ],
}


@pytest.mark.parametrize(
    "text,name,affiliation",
    [
        pytest.param(t, n, a, id=f"{family}-{i}")
        for family, cases in PEOPLE_FAMILIES.items()
        for i, (t, n, a) in enumerate(cases)
    ],
)
def test_people_families(text, name, affiliation):
    people = {p["name"]: p for p in profile(LEAD + text + "\n")["people"]}
    assert name in people, people
    assert people[name]["affiliation"] == affiliation, people[name]


NOT_PEOPLE = [
    "Der Radweg ist fertig. Foto: Stadt Musterfeld / Erika Beispiel",
    "Von Jonas Musterfeld",
    "Die Chief Digital Officer Konferenz fand in Tannweiler statt.",
    "Die Erika-Beispiel-Schule erhält neue Tablets.",
    "Das Digitale Tannbrück wächst weiter.",
    "Die Stadt zahlt drei Mio Euro für das Netz.",
    # the journalist who conducted an interview (added in the second round)
    "Das Interview führte Erika Beispiel.",
    "Das Gespräch führte Jonas Musterfeld.",
    "Anfang Mai stellte die Stadt das Konzept vor.",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"not-{i}") for i, t in enumerate(NOT_PEOPLE)])
def test_no_people_families(text):
    assert profile(LEAD + text + "\n")["people"] == []
