"""The publication day from a byline that carries it (issue 15): "Geschrieben von … | date".

Invented sites and authors; a date in a sentence of prose, or a byline followed by more text,
is no publication day.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.extraction.context import DocContext
from analysis.extraction.meta import detect_published
from analysis.reading.reader import read_source

BODY = "Die Gemeinde Tannbrück hat ihre Verwaltung in den letzten Jahren Schritt für Schritt digitalisiert.\n"


def _published(tmp_path: Path, text: str) -> str | None:
    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    return detect_published(DocContext(read_source(path, tmp_path)))


@pytest.mark.parametrize(
    "line",
    [
        "Geschrieben von Musterblatt Städteportal | 3. März 2031",
        "Von Anna Beispiel, 03.03.2031",
        "Ein Beitrag von Jan Muster am 3. März 2031",
    ],
)
def test_a_byline_with_its_day_gives_the_publication_day(tmp_path, line):
    assert _published(tmp_path, "Tannbrück digital\n\n" + line + "\n\n" + BODY) == "2031-03-03"


@pytest.mark.parametrize(
    "line",
    [
        "Von Anna Beispiel stammt der Plan, der am 3. März 2031 im Rat beraten wurde und seither gilt.",
        "Von der Bürgerwerkstatt am 3. März 2031 blieben viele Ideen.",
    ],
)
def test_a_date_in_prose_is_no_publication_day(tmp_path, line):
    assert _published(tmp_path, "Tannbrück digital\n\n" + line + "\n\n" + BODY) is None


@pytest.mark.parametrize(
    "line",
    [
        "Pressemitteilung vom 3. März 2031",
        "Stadt Tannbrück | Pressemitteilung Nr. 12 vom 03.03.2031",
        "Geschrieben von Musterblatt Städteportal | 3. März 2031 | Politik",
    ],
)
def test_a_line_naming_the_report_and_its_day_gives_the_publication_day(tmp_path, line):
    assert _published(tmp_path, "Tannbrück digital\n\n" + line + "\n\n" + BODY) == "2031-03-03"


def test_a_report_named_in_prose_gives_no_publication_day(tmp_path):
    line = "In der Pressemitteilung vom 3. März 2031 hatte die Stadt noch von einem Entwurf gesprochen, der seither überarbeitet wurde."
    assert _published(tmp_path, "Tannbrück digital\n\n" + line + "\n\n" + BODY) is None
