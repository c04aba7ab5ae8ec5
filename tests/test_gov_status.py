"""The status of the CDO post from the clause of the role word: families added for issue 15.
Invented sentences (invented towns)."""

from __future__ import annotations

from analysis.extraction.cdo_status import HELD, clause_status


def test_a_city_that_has_one_has_a_cdo_in_office():
    assert clause_status("Die Stadt Musterfeld hat seit Mai einen Chief Digital Officer.") == HELD
    assert clause_status("Die Stadt Musterfeld hat einen Chief Digital Officer.") == HELD
    assert clause_status("Der CDO hat ein kleines Team.") != HELD
    assert clause_status("Die Stadt Musterfeld soll einen Chief Digital Officer haben.") != HELD
