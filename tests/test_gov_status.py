"""The status of the CDO post from the clause of the role word: families added for issue 15.
Invented sentences (invented towns)."""

from __future__ import annotations

from analysis.extraction.cdo_status import HELD, clause_status


def test_a_city_that_has_one_has_a_cdo_in_office():
    assert clause_status("Die Stadt Musterfeld hat seit Mai einen Chief Digital Officer.") == HELD
    assert clause_status("Die Stadt Musterfeld hat einen Chief Digital Officer.") == HELD
    assert clause_status("Der CDO hat ein kleines Team.") != HELD
    assert clause_status("Die Stadt Musterfeld soll einen Chief Digital Officer haben.") != HELD


def test_the_cdos_own_plans_do_not_make_the_post_planned():
    assert clause_status("Der CDO stellte die Pläne für das neue Portal vor.") != "planned"
    assert clause_status("Unsere Digitalisierungsbeauftragte erläuterte ihre Planung.") != "planned"
    # a plan for the post itself
    assert clause_status("Die Pläne für einen CDO liegen im Rathaus vor.") == "planned"
    assert clause_status("Der Vorschlag sieht die Stelle des CDO vor.") == "planned"
