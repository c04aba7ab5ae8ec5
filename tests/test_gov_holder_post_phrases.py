"""The holder named with the post as the object of a verb of taking it up, also when the name
stands in an apposition or the post is topicalised with an indefinite article; a person who
only acts on the post (advertises, creates it) is no holder (issue 15, invented sentences)."""

from __future__ import annotations

import pytest
from text_profiles import profile_of

HOLDERS = [
    (
        "Die Leiterin des Fachbereichs Organisation, Anna Probe, übernimmt zugleich die Rolle der CDO.",
        "Anna Probe",
    ),
    ("Der Leiter des Hauptamtes, Jonas Musterfeld, tritt im Mai die Stelle des CDO an.", "Jonas Musterfeld"),
    ("Die Aufgaben eines Chief Digital Officers nimmt Jonas Musterfeld wahr.", "Jonas Musterfeld"),
    ("Die Funktion einer Digitalisierungsbeauftragten übernimmt Erika Beispiel.", "Erika Beispiel"),
]
NOT_HOLDERS = [
    "Die Bürgermeisterin, Erika Beispiel, hat die Stelle der CDO ausgeschrieben.",
    "Erika Beispiel hat die Stelle der CDO ausgeschrieben.",
    "Der Oberbürgermeister, Max Muster, hat die Stelle eines CDO geschaffen.",
]


@pytest.mark.parametrize("sentence,holder", HOLDERS, ids=[f"holder-{i}" for i in range(len(HOLDERS))])
def test_the_person_taking_up_the_post_is_the_holder(sentence, holder):
    assert profile_of(sentence)["governance"]["cdo_holder"] == holder


@pytest.mark.parametrize("sentence", NOT_HOLDERS, ids=[f"not-{i}" for i in range(len(NOT_HOLDERS))])
def test_a_person_acting_on_the_post_is_no_holder(sentence):
    governance = profile_of(sentence)["governance"]
    assert governance["cdo_holder"] is None
    assert governance["cdo_status"] != "in_office"
