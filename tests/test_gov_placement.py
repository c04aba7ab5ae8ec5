"""Where the CDO sits: by the unit the role sits in, the head it reports to, the line it heads
(issue 15). Every sentence is invented (invented towns, invented people); each case fails
without its rule. A document is built in memory: no files, no report build."""

from __future__ import annotations

import pytest
from text_profiles import profile_of


def _gov(text: str) -> dict:
    profile = profile_of(text)
    return profile["governance"]


@pytest.mark.parametrize(
    "text,placement",
    [
        # the staff unit of the head of the administration, named, without a verb
        ("Der CDO Stefan Wolf leitet die Stabsstelle Digitalisierung beim Oberbürgermeister.", "mayor"),
        ("Die Stabsstelle Digitales beim Landrat wird von CDO Stefan Wolf geleitet.", "mayor"),
        # the reporting verb, the county head, an adverb before the verb
        ("Der CDO berichtet direkt an den Oberbürgermeister.", "mayor"),
        ("Die Digitalisierungsbeauftragte ist der Landrätin direkt unterstellt.", "mayor"),
        # a department line the CDO works in (a sentence that names the CDO)
        (
            "Die Digitalisierungsbeauftragte ist im Dezernat für Ordnung und Digitales tätig.",
            "administration_department",
        ),
        ("Der CDO arbeitet im Fachbereich Zentrale Dienste.", "administration_department"),
        ("Der CDO gehört zum Dezernat für Bildung und Digitalisierung.", "administration_department"),
        # the CDO heads a department line
        (
            "Stefan Wolf ist CDO der Stadt und leitet zugleich den Fachbereich Organisation.",
            "administration_department",
        ),
        ("Stefan Wolf, Leiter des Dezernats II, ist auch CDO der Stadt.", "administration_department"),
        # the CDO heads the IT office (the holder found through the apposition)
        ("Stefan Wolf, Leiter der IT-Abteilung, ist zugleich Chief Digital Officer.", "it_department"),
        ("Stefan Wolf, CIO und CDO der Stadt, erklärt das Vorgehen.", "it_department"),
    ],
)
def test_placement_by_the_unit_the_role_sits_in(text, placement):
    assert _gov(text)["cdo_placement"] == placement, text


def test_a_department_line_in_a_sentence_beside_the_cdo_does_not_place_the_cdo():
    gov = _gov("Der CDO stellte die Strategie vor. Die Schulen im Fachbereich Bildung erhalten Tablets.")
    assert gov["cdo_placement"] == "unspecified"


def test_a_unit_name_after_the_cue_is_no_person_the_cue_is_bound_to():
    # "Zentrale Dienste" is shaped like a name but opens with no given name
    assert (
        _gov("Der CDO arbeitet im Fachbereich Zentrale Dienste.")["cdo_placement"]
        == "administration_department"
    )
    # a person after the cue: the cue is theirs
    gov = _gov("Der CDO stellte die Strategie vor. Beteiligt war auch IT-Leiter Jonas Brenner.")
    assert gov["cdo_placement"] == "unspecified"


def test_a_cdo_meeting_the_mayor_is_not_placed_with_the_mayor():
    assert _gov("Der CDO stellte dem Oberbürgermeister die Strategie vor.")["cdo_placement"] == "unspecified"


def test_a_cdo_reporting_to_the_head_of_a_line_sits_in_that_line():
    gov = _gov("Daniel Hahn ist Chief Digital Officer der Stadt. Er berichtet an den Ersten Beigeordneten.")
    assert gov["cdo_placement"] == "administration_department"


def test_the_interviewee_answering_in_the_first_person_heads_the_it_office():
    gov = _gov(
        "Sie sind seit Januar Chief Digital Officer der Stadt.\nIch leite zugleich das Amt für Informationstechnik."
    )
    assert gov["cdo_placement"] == "it_department"


def test_the_it_head_who_is_also_the_cdo_needs_no_name():
    assert _gov("Der CIO der Stadt ist zugleich CDO.")["cdo_placement"] == "it_department"
    # a CIO beside the CDO, not said to be the CDO, is no placement
    assert _gov("Der CDO arbeitet eng mit dem CIO zusammen.")["cdo_placement"] == "unspecified"
