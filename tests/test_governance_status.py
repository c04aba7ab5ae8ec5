"""The CDO's status, holder, placement, reporting line and units, one rule family a test.

Every sentence is invented (invented towns and people); each test fails without its rule.
Fast: a document is built in memory from one short text, no files, no report build.
"""

from __future__ import annotations

import pytest
from text_profiles import LEAD, profile_of

from analysis.dataset.profiles import validate
from analysis.extraction.cdo_status import document_status, role_clause


def _profile(text: str) -> dict:
    return profile_of(text)


def _gov(text: str) -> dict:
    return _profile(text)["governance"]


# --- cdo_status from the verbs and their clause -------------------------------------------

STATUS_CASES = [
    # a named holder bound to the role word
    ("Anna Muster ist seit Mai Chief Digital Officer der Stadt.", "in_office"),
    # the role held, no holder named
    (
        "Die Leiterin des Hauptamts hat zugleich die Funktion einer Digitalisierungsbeauftragten inne.",
        "in_office",
    ),
    # the role exists since a date
    ("Die Stadt hat seit 2019 einen CDO.", "in_office"),
    # a CDO at work in the present
    ("Der CDO berät die Ämter bei ihren Vorhaben.", "in_office"),
    # a person named in the post now, also in a newly created one
    (
        "Im neu eingerichteten Büro des CDO arbeitet derzeit Jan Beispiel.",
        "in_office",
    ),
    # an appointment
    ("Die Stadt hat einen Chief Digital Officer berufen.", "in_office"),
    # a post created by a decision, no holder, the future of its work is no plan
    (
        "Der Kreistag beschloss im Juni die Schaffung einer Stelle für eine Digitalisierungsbeauftragte, "
        "die das Programm leiten wird.",
        "post_created",
    ),
    ("Die Stadt hat 2021 die Stelle einer Digitalisierungsbeauftragten eingerichtet.", "post_created"),
    # the post as a compound of the role word
    ("Im Mai wurde die CDO-Stelle geschaffen.", "post_created"),
    ("Die Stelle der Beauftragten für Digitales ist ausgeschrieben.", "post_created"),
    # the post placed, no one said to fill it
    ("Die Stelle der Digitalisierungsbeauftragten wird dem Dezernat II zugeordnet.", "post_created"),
    # a created post whose filling is still to come stays created
    ("Die im Mai eingerichtete Stelle des CDO soll im Herbst besetzt werden.", "post_created"),
    # advertised or vacant: the post exists, no one fills it
    ("Die Stelle des Chief Digital Officers ist seit Mai ausgeschrieben.", "post_created"),
    ("Die Stelle des CDO ist derzeit noch nicht besetzt.", "post_created"),
    # an indefinite CDO with a verb that says what becomes of this city's post
    ("Die Stadt hat eine Stelle für einen CDO ausgeschrieben.", "post_created"),
    ("Die Stadt Musterfeld verfügt über einen Chief Digital Officer.", "in_office"),
    # a verb of filling or creating as an infinitive with "zu": decided, or only intended
    ("Der Stadtrat hat beschlossen, einen Chief Digital Officer einzustellen.", "post_created"),
    ("Die Stadt hat vor, einen CDO einzustellen.", "planned"),
    # proposed, intended, to be decided
    ("Die Stelle eines CDO soll im kommenden Jahr geschaffen werden.", "planned"),
    ("Die Stadt plant, einen Chief Digital Officer einzustellen.", "planned"),
    ("Die Fraktionen wollen im Herbst einen CDO einstellen.", "planned"),
    ("Musterfeld: CDO bald im Rathaus", "planned"),
    # a modal in another clause (a relative clause about the projects) is no plan for the post
    ("Der CDO berät die Ämter, die bis 2030 papierlos arbeiten sollen.", "in_office"),
    # the city says it has none
    ("Einen CDO gibt es in Musterfeld bislang nicht.", "none"),
    ("Die Stadt Musterfeld hat keinen Chief Digital Officer.", "none"),
    ("Musterfeld hat noch keinen Digitalisierungsbeauftragten.", "none"),
    # a plan outranks "none": the text states the plan
    ("Musterfeld hat keinen CDO. Die Stadt plant, einen CDO einzustellen.", "planned"),
    # nothing said
    ("Die Stadt baut neue Radwege.", None),
    # CDOs in general, a CDO of another town, a former CDO, officers in every office
    ("Viele Städte setzen inzwischen auf einen CDO.", None),
    ("Jan Beispiel war zuvor CDO eines Versandhändlers.", None),
    ("In allen Ämtern gibt es inzwischen Digitalisierungsbeauftragte.", None),
    # a CIO alone is no CDO
    ("Der CIO der Stadt, Jan Beispiel, leitet das Amt für IT.", None),
]


@pytest.mark.parametrize("text,status", STATUS_CASES)
def test_cdo_status_and_cdo_follow_the_clause_of_the_role_word(text, status):
    gov = _gov(text)
    assert gov["cdo_status"] == status, text
    assert gov["cdo"] == (None if status is None else status == "in_office"), text


def test_the_status_is_always_emitted_and_the_profile_validates():
    profile = _profile("Die Stadt baut neue Radwege.")
    assert "cdo_status" in profile["governance"] and profile["governance"]["cdo_status"] is None
    validate({"schema_version": 1, "documents": [profile]})


def test_a_plan_word_in_a_clause_that_depends_on_the_role_clause_counts():
    text = "Die Stadt plant, einen CDO einzustellen."
    start = text.index("CDO")
    assert "plant" in role_clause(text, start, start + 3)
    other = "Der CDO berät die Ämter, die papierlos arbeiten sollen."
    start = other.index("CDO")
    assert "sollen" not in role_clause(other, start, start + 3)


def test_document_status_weighs_the_sentences():
    assert document_status(["active", "created"], holder_named=False) == "post_created"
    assert document_status(["planned", "created"], holder_named=False) == "post_created"
    assert document_status(["planned"], holder_named=True) == "in_office"
    assert document_status(["none", "active"], holder_named=False) == "none"
    assert document_status(["placed", "active"], holder_named=False) == "in_office"
    assert document_status(["placed"], holder_named=False) == "post_created"
    assert document_status([], holder_named=False) is None


# --- placement of created and planned posts -----------------------------------------------


def test_a_created_post_has_the_placement_of_the_post():
    gov = _gov(
        "Der künftige CDO soll im Ordnungsdezernat arbeiten. "
        "Die im Mai eingerichtete Stelle des CDO soll im Herbst besetzt werden."
    )
    assert (gov["cdo_status"], gov["cdo_placement"]) == ("post_created", "administration_department")


def test_a_planned_post_without_a_place_is_unspecified_and_no_status_has_no_placement():
    assert _gov("Die Stadt plant, einen CDO einzustellen.")["cdo_placement"] == "unspecified"
    assert _gov("Einen CDO gibt es in Musterfeld nicht.")["cdo_placement"] is None


# --- the holder ---------------------------------------------------------------------------


def test_a_holder_is_a_given_name_and_a_surname_not_a_company_shaped_like_a_name():
    assert _gov("Netzgesellschaft Talwerk ist der neue CDO der Stadt.")["cdo_holder"] is None
    assert _gov("Anna Talwerk ist der neue CDO der Stadt.")["cdo_holder"] == "Anna Talwerk"


def test_a_holder_after_the_role_and_its_bracketed_gloss():
    gov = _gov("Eingeladen hat der CDO (Leiter der Digitalisierung) der Stadt, Jonas Feldmann.")
    assert (gov["cdo_status"], gov["cdo_holder"]) == ("in_office", "Jonas Feldmann")


@pytest.mark.parametrize(
    "text,holder",
    [
        (
            "Anna Muster wurde im Mai zur ersten Digitalisierungsbeauftragten der Stadt ernannt.",
            "Anna Muster",
        ),
        ("Der Rat hat Jan Beispiel zum CDO bestellt.", "Jan Beispiel"),
        ("Der neue CDO heißt Jan Beispiel.", "Jan Beispiel"),
    ],
)
def test_a_holder_appointed_to_the_role_or_named_by_it(text, holder):
    gov = _gov(text)
    assert (gov["cdo_status"], gov["cdo_holder"]) == ("in_office", holder)


def test_a_staff_unit_in_the_mayors_area_is_placed_with_the_mayor():
    gov = _gov(
        "Der CDO der Stadt leitet eine Stabsstelle. Die Stabsstelle sitzt im Bereich des Oberbürgermeisters."
    )
    assert gov["cdo_placement"] == "mayor"
    assert _gov("Der CDO ist dem OB direkt unterstellt.")["cdo_placement"] == "mayor"


def test_a_person_who_was_cdo_elsewhere_is_not_this_citys_cdo():
    gov = _gov("Leiten wird das Amt Jan Beispiel, der unter anderem als CDO der Stadt Talhausen tätig war.")
    assert (gov["cdo_status"], gov["cdo_holder"]) == (None, None)


# --- the reporting line -------------------------------------------------------------------

REPORTING_CASES = [
    ("Der CDO ist direkt dem Oberbürgermeister unterstellt.", "direkt dem Oberbürgermeister unterstellt"),
    (
        "Anna Muster ist CDO der Stadt. Sie arbeitet im Geschäftsbereich des Stadtdirektors Jan Beispiel.",
        "im Geschäftsbereich des Stadtdirektors Jan Beispiel",
    ),
    ("Der CDO berichtet direkt an die Landrätin.", "berichtet direkt an die Landrätin"),
    # also for a planned post
    (
        "Die Stelle eines CDO soll beim Oberbürgermeister angesiedelt werden.",
        "beim Oberbürgermeister angesiedelt",
    ),
    # not stated
    ("Der CDO arbeitet eng mit dem Oberbürgermeister zusammen.", None),
    # said of no CDO at all
    ("Die Pressestelle ist direkt dem Oberbürgermeister unterstellt.", None),
]


@pytest.mark.parametrize("text,line", REPORTING_CASES)
def test_reporting_line_in_the_sources_words(text, line):
    profile = _profile(text)
    got = profile["governance"]["reporting_line"]
    if line is None:
        assert got is None, got
        return
    assert got is not None and got["text"] == line
    e = got["evidence"]
    assert profile["source"]["path"] == "t.txt"
    assert (LEAD + text)[e["start"] : e["end"]] == e["quote"] == line
    validate({"schema_version": 1, "documents": [profile]})


# --- units --------------------------------------------------------------------------------


def _units(text: str) -> list[str]:
    return [u["name"] for u in _gov(text)["units"]]


def test_a_description_of_the_unit_just_named_is_no_second_unit():
    units = _units("Die Stadt betreibt das Amt für Digitales und IT als städtischen IT-Dienstleister.")
    assert units == ["Amt für Digitales und IT"], units
    # alone, the city's IT service provider is a unit
    assert "IT-Dienstleister" in _units("Auch der kommunale IT-Dienstleister ist beteiligt.")


def test_another_organisations_working_group_is_no_city_unit():
    assert _units("Musterfeld ist im Arbeitskreis „Digitale Verwaltung“ des Landkreistages vertreten.") == []
    assert _units("Die Stadt hat einen Arbeitskreis Digitalisierung gegründet.") == [
        "Arbeitskreis Digitalisierung"
    ]


def test_the_cdos_own_staff_unit_is_listed_beside_another_staff_unit():
    units = _units(
        "Die Stadt richtete eine Stabsstelle ein. Die Stabsstelle hat die Rolle des CDO inne. "
        "Geplant ist außerdem eine Stabsstelle Bürgerdialog."
    )
    assert units == ["Stabsstelle", "Stabsstelle Bürgerdialog"], units


def test_english_office_and_board_names_are_units():
    units = _units("Seit 2019 gibt es das Open Data Board und das »Digital Services Office« der Stadt.")
    assert units == ["Open Data Board", "Digital Services Office"], units
