"""Which place a document is about: a gazetteer name inside a longer word is no match, and a
saved HTML page whose <title> names the place gives the city when its body names none."""

from __future__ import annotations

from pathlib import Path

from analysis.extraction.city import detect_city
from analysis.extraction.context import DocContext
from analysis.extraction.gazetteer import find_places
from analysis.reading.reader import read_source

BODY = "Die Verwaltung hat im Mai 2020 die Digitalstrategie beschlossen. Der Rat stimmte zu."


def _city(tmp_path: Path, name: str, text: str) -> str | None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return detect_city(DocContext(read_source(path, tmp_path)))


def test_a_gazetteer_name_inside_a_longer_word_is_no_match():
    # "Großweil" is a municipality; "Großweiler" (invented here) is another, longer name
    assert [m.written for m in find_places("Smart City Großweiler")] == []
    assert [m.written for m in find_places("Die Großweiler Bürgermeisterin")] == ["Großweil"]
    assert [m.written for m in find_places("die Stadt Großweils")] == ["Großweil"]


def test_a_page_title_with_a_longer_name_than_a_gazetteer_place(tmp_path):
    text = "Smart City Großweiler\n\nDie Stadt Großweiler treibt die Digitalisierung voran. " + BODY + "\n"
    assert _city(tmp_path, "a.txt", text) == "Großweiler"


def test_the_html_title_names_the_city_when_the_body_does_not(tmp_path):
    page = (
        "<html><head><title>Digitale Verwaltung – Stadt Tannbrück</title></head>"
        f"<body><h1>Digitale Verwaltung</h1><p>{BODY}</p></body></html>"
    )
    assert _city(tmp_path, "p.html", page) == "Tannbrück"


def test_the_html_title_with_a_gazetteer_place_and_a_qualifier(tmp_path):
    page = (
        "<html><head><title>Digitalisierung in Bad Salzuflen | Startseite</title></head>"
        f"<body><p>{BODY}</p></body></html>"
    )
    assert _city(tmp_path, "q.html", page) == "Bad Salzuflen"
    page = (
        "<html><head><title>Digitalisierung in Tannbrück an der Lauter</title></head>"
        f"<body><p>{BODY}</p></body></html>"
    )
    assert _city(tmp_path, "r.html", page) == "Tannbrück an der Lauter"


def test_the_body_still_wins_over_the_title(tmp_path):
    page = (
        "<html><head><title>Stadt Tannbrück</title></head>"
        f"<body><p>Die Stadt Bad Salzuflen treibt die Digitalisierung voran. {BODY}</p></body></html>"
    )
    assert _city(tmp_path, "s.html", page) == "Bad Salzuflen"
