"""Report HTML pieces: captions as <caption>, languages for hyphenation, findings, sources."""

from __future__ import annotations

import pandas as pd
import pytest
import typed_cities as fx

from analysis.reporting import display
from analysis.views.findings import Finding


@pytest.fixture(autouse=True)
def english():
    display.setup("en")
    yield
    display.setup("en")


def test_table_caption_is_a_caption_and_german_columns_are_marked():
    df = pd.DataFrame({"city": ["Nordhafen"], "German source sentence": ["Der Rat hat beschlossen."]})
    html = display.table_html(df, "Events.", german=("German source sentence",), names=("city",))
    assert "<caption><b>Table 1.</b> Events.</caption>" in html
    assert '<td class="nowrap name">Nordhafen</td>' in html
    assert '<td class="" lang="de">Der Rat hat beschlossen.</td>' in html
    assert 'lang="de"' not in html.split("<tbody>")[0]  # the table itself is in the report's language
    assert 'scope="col"' in html


def test_german_report_numbers_tables_and_figures_in_german():
    display.setup("de")
    html = display.table_html(pd.DataFrame({"a": [1]}), "Beispiel.")
    assert "<b>Tabelle 1.</b>" in html
    empty = display.table_html(pd.DataFrame(columns=["a"]), "Leer.")
    assert "in den Quellen nichts gefunden" in empty and "<b>Tabelle 2.</b>" in empty


def test_figure_has_the_given_alt_text_and_searchable_text():
    from matplotlib.figure import Figure

    fig = Figure(figsize=(2, 1))
    fig.subplots().set_title("Nordhafen")
    html = display.figure_html(fig, "A caption.", "Timeline of 1 city: Nordhafen: Strategy adopted 2017.")
    assert 'alt="Timeline of 1 city: Nordhafen: Strategy adopted 2017."' in html
    assert "<b>Figure 1.</b> A caption." in html
    import base64
    import re

    svg = base64.b64decode(re.search(r"base64,([^\"]+)", html).group(1)).decode()
    assert "Nordhafen" in svg  # chart text stays text, not outlines


def test_section_heading_travels_with_the_next_output(monkeypatch):
    shown = []
    monkeypatch.setattr(display, "_show", lambda markup: shown.append(display._state["pending"] + markup))
    display.section("key_findings")
    assert shown == []  # nothing shown on its own: no heading alone at a page foot
    display.paragraph("First.")
    assert shown[0].startswith('<h2 id="key-findings">Key findings</h2><p class="intro">')
    assert shown[0].endswith('<p class="generated">First.</p>')


def test_findings_link_sources_and_quote_in_german(monkeypatch):
    shown = []
    monkeypatch.setattr(display, "_show", shown.append)
    items = [
        Finding(
            "Nordhafen adopted a strategy on 9 November 2017.", ["a1"], "Der Rat beschloss die Agenda.", None
        ),
        Finding("Südwald: post planned.", ["b1"], None, "Stelle nur beschlossen"),
    ]
    display.findings(items, lambda ids: "2" if ids == ["a1"] else "3")
    html = shown[0]
    assert html.startswith('<ol class="findings">') and html.count("<li>") == 2
    assert '<a class="note" href="#source-2">[2]</a>' in html
    assert '<span class="evidence" lang="de">„Der Rat beschloss die Agenda.“</span>' in html
    assert "✎ (corrected by an analyst: Stelle nur beschlossen)" in html


def test_bibliography_items_are_anchors_for_the_notes(monkeypatch):
    from analysis.reporting.texts import texts
    from analysis.views.sources import Bibliography

    shown = []
    monkeypatch.setattr(display, "_show", shown.append)
    bib = Bibliography(fx.dataset()["documents"], fx.SOURCE_LIST, texts("en"))
    display.bibliography(bib)
    assert '<li id="source-1" value="1">' in shown[0]
    assert "Atlas der Städte: “Smart City Nordhafen”, 19 March 2019." in shown[0]
    assert "a1" not in shown[0].replace("a1.txt", "")  # no document ids in the bibliography


def test_bibliography_marks_a_corrected_city(monkeypatch):
    from analysis.reporting.texts import texts
    from analysis.views.sources import Bibliography

    data = fx.dataset()
    data["documents"][3]["corrections"] = [
        {"field": "city", "action": "set", "old": "Osterfeld-Ost", "new": "Osterfeld", "note": "Ortsteil"}
    ]
    shown = []
    monkeypatch.setattr(display, "_show", shown.append)
    display.bibliography(Bibliography(data["documents"], {}, texts("en")))
    assert "Osterfeld ✎ (corrected by an analyst: Ortsteil)" in shown[0]
