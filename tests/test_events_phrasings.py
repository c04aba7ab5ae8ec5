"""Phrasings of each event type written for places never seen (invented town and people).

Each sentence stands alone after a short header (published 2023-03-03); the event of its
date must get the type its verb class and subject say.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.extraction.context import DocContext
from analysis.extraction.events import extract_events
from analysis.extraction.meta import detect_published
from analysis.reading.reader import read_source

HEADER = "Digitales Tannbrück\nVeröffentlicht: 03.03.2023\n\nDie Stadt Tannbrück treibt die Digitalisierung voran.\n"
CASES = [
    (
        "Mit Jan Muster hat die Stadt im Juni 2021 erstmals einen Digitalisierungsbeauftragten.",
        "cdo_appointed",
    ),
    ("Im Juni 2021 schuf die Stadt erstmals eine Stelle für einen CDO.", "organisation"),
    ("Im August 2021 stellte die Stadt eine Chief Digital Officer ein.", "cdo_appointed"),
    ("Tannbrück hat seit Juni 2022 einen neuen CDO.", "cdo_appointed"),
    (
        "Der Gemeinderat hat am 12. Mai 2021 die Digitalisierungsstrategie einstimmig beschlossen.",
        "strategy_adopted",
    ),
    (
        "Mit dem Beschluss des Stadtrats vom 3. März 2020 trat die Smart-City-Strategie in Kraft.",
        "strategy_adopted",
    ),
    ("Die Strategie wurde im Juni 2020 der Öffentlichkeit präsentiert.", "strategy_presented"),
    ("Im Jahr 2019 gab der Rat den Startschuss für die Digitalstrategie.", "strategy_process"),
    ("2018 legte die Verwaltung den Entwurf der Digitalen Agenda vor.", "strategy_presented"),
    ("Seit Januar 2020 ist Max Muster Chief Digital Officer der Stadt.", "cdo_appointed"),
    ("Die Stadt hat 2021 eine Stabsstelle Digitalisierung eingerichtet.", "organisation"),
    ("Am 5. Mai 2022 verabschiedete der Kreistag das Digitalisierungskonzept.", "strategy_adopted"),
    ("Die im März 2021 beschlossene Digitalstrategie gilt für alle Ämter.", "strategy_adopted"),
    ("Der Entwurf der Strategie wurde im Mai 2022 in den Ausschüssen beraten.", "strategy_process"),
    (
        "Im Herbst 2021 hat der Rat die Verwaltung beauftragt, eine Digitalstrategie zu erarbeiten.",
        "strategy_process",
    ),
    ("Die Smart-City-Strategie ist im April 2022 erschienen.", "strategy_presented"),
    ("Im Februar 2021 wurde die Digitalstrategie dem Oberbürgermeister übergeben.", "strategy_presented"),
    ("Die Ratsversammlung stimmte der Digitalstrategie am 4. Juli 2019 zu.", "strategy_adopted"),
    ("Im Juli 2019 wurde der Digitalstrategie vom Rat zugestimmt.", "strategy_adopted"),
    ("Seit Oktober 2020 leitet Eva Probe als CDO die Stabsstelle.", "cdo_appointed"),
    ("Im Mai 2021 trat Jan Muster sein Amt als Chief Digital Officer an.", "cdo_appointed"),
    ("Im Januar 2020 nahm das Amt für Digitalisierung seine Arbeit auf.", "organisation"),
    ("2019 wurde Tannbrück als Modellprojekt Smart Cities ausgewählt.", "programme"),
    ("Im Sommer 2022 startete die Fortschreibung der Digitalstrategie.", "strategy_process"),
    ("Die Digitale Agenda wurde 2020 gemeinsam mit den Bürgern entwickelt.", "strategy_process"),
    (
        "Im Dezember 2019 hat der Stadtrat die Digitalstrategie „Tannbrück vernetzt“ verabschiedet.",
        "strategy_adopted",
    ),
    ("Die Leitlinien wurden im Juni 2021 vom Hauptausschuss gebilligt.", "strategy_adopted"),
]


@pytest.mark.parametrize("sentence,type_", CASES)
def test_phrasing_gives_its_type(tmp_path: Path, sentence: str, type_: str):
    path = tmp_path / "d.txt"
    path.write_text(HEADER + sentence + "\n", encoding="utf-8")
    ctx = DocContext(read_source(path, tmp_path))
    ctx.published = detect_published(ctx)
    events = [e for e in extract_events(ctx, "strategy") if e["date"] != "2023-03-03"]
    assert [e["type"] for e in events] == [type_]
