"""index.html groups the places' reports by Land after the comparisons, labels counties,
names the region it covers, and lists everything when no script runs."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import index_fixture as fx

from analysis.dataset.places import place_facts
from analysis.reporting.index import fold, place_of, region


class Page(HTMLParser):
    """The index's structure: Land headings, the places in order, what is hidden."""

    def __init__(self) -> None:
        super().__init__()
        self.lands: list[str] = []
        self.places: list[str] = []
        self.hidden: list[str] = []
        self.links: list[str] = []
        self._in_h3 = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "h3":
            self._in_h3 = True
        if tag == "tbody" and "data-place" in a:
            self.places.append(a["data-place"])
        if "hidden" in a:
            self.hidden.append(tag)
        if tag == "a":
            self.links.append(a["href"])

    def handle_endtag(self, tag):
        if tag == "h3":
            self._in_h3 = False

    def handle_data(self, data):
        if self._in_h3:
            self.lands.append(data)


def _page(tmp_path, places, lang="en") -> tuple[Page, str]:
    html = fx.write(tmp_path, places, lang).read_text(encoding="utf-8")
    page = Page()
    page.feed(html)
    return page, html


def test_places_are_grouped_by_land_alphabetically_after_the_comparisons(tmp_path):
    places = ["Köln", "Dresden", "Bonn", "Rhein-Sieg-Kreis", "Leipzig", "Nirgendheim an der Leere"]
    page, html = _page(tmp_path, places)
    assert page.lands == [
        "Nordrhein-Westfalen",
        "Sachsen",
        "Land not known (not in the municipality register)",
    ]
    assert "<h3>Land not known" in html and '<h3 lang="de">Sachsen</h3>' in html
    assert page.places == [
        "Bonn",
        "Köln",
        "Rhein-Sieg-Kreis",
        "Dresden",
        "Leipzig",
        "Nirgendheim an der Leere",
    ]
    assert page.links.index("governance-comparison.html") < page.links.index("city-0000.html")
    assert html.index("strategy-timelines.pdf") < html.index("Nordrhein-Westfalen")


def test_a_county_is_labelled_as_a_county(tmp_path):
    _, html = _page(tmp_path, ["Bonn", "Rhein-Sieg-Kreis"])
    assert re.search(r"Rhein-Sieg-Kreis</span> <span class=\"place-kind\">\(county\)", html)
    assert not re.search(r"Bonn</span> <span class=\"place-kind\">", html)
    _, html_de = _page(tmp_path, ["Bonn", "Rhein-Sieg-Kreis"], "de")
    assert 'Rhein-Sieg-Kreis</span> <span class="place-kind">(Kreis)' in html_de


def test_a_profile_that_says_county_is_the_county_of_its_citys_name():
    docs = [{"city": "München", "place_kind": "county"}]
    assert place_of("München", docs) == place_facts("München", county=True)
    assert place_of("München", [{"city": "München"}]).kind == "municipality"


def test_the_subtitle_names_the_region_covered(tmp_path):
    _p, one = _page(tmp_path, ["Bonn", "Köln"])
    assert "How places in Nordrhein-Westfalen organise" in one
    _p, several = _page(tmp_path, ["Bonn", "Dresden", "München"])
    assert "How places in Germany organise their digital transformation: 3 Länder covered" in several
    assert "North Rhine-Westphalia" not in several
    assert region([place_facts("Bonn"), None]) == ("Nordrhein-Westfalen", 1)


def test_without_script_everything_is_visible_and_only_the_box_waits_for_it(tmp_path):
    page, html = _page(tmp_path, fx.register_names(30, 5))
    assert page.hidden == ["p"]  # the filter box: useless without script, so shown by it
    assert 'type="search"' in html and "<script>" in html
    assert "http" not in html.split("<script>")[1]  # no network, no library


def test_the_sources_are_listed_by_place(tmp_path):
    _p, html = _page(tmp_path, ["Köln", "Bonn", "Aachen"])
    sources = html.split("<h2>Sources</h2>")[1]
    assert sources.index("Aachen") < sources.index("Bonn") < sources.index("Köln")


def test_fold_compares_without_case_or_accents():
    assert fold("Münster") == "munster" and fold("Großenhain") == "grossenhain"
