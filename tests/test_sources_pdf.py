"""PDF text for `add`: paragraphs from visual lines, hyphenation and ligatures undone,
page furniture left out, page offsets kept; encrypted and scanned PDFs."""

from __future__ import annotations

import io

import pytest

from analysis.errors import SourceError
from analysis.sources import pdf as pdfmod
from analysis.sources.pdf import _Line, clean_line, join_lines, pdf_text

# An invented strategy text: long compounds (hyphenated when justified), fi/fl/ff ligatures,
# an elided compound ("Bildungs- und"), a compound's own hyphen ("E-Government").
PARAGRAPH = (
    "Die Digitalisierungsstrategie der Stadt Musterfeld verpflichtet die Verwaltungsmodernisierung "
    "auf offizielle Qualitätsanforderungen: Konfigurationsmanagement, Informationssicherheitsleitlinien "
    "und flächendeckende E-Government-Angebote für Bildungs- und Kultureinrichtungen sowie die "
    "Wirtschaftsförderungsgesellschaft."
)
TEXT = "Digitalstrategie Musterfeld 2030\n" + "\n".join(
    f"{i}. {PARAGRAPH} Abschnitt {i} beschreibt den Umsetzungszeitraum." for i in range(1, 31)
)


@pytest.fixture(scope="module")
def rendered() -> bytes:
    from sources_material import pdf_bytes

    return pdf_bytes(TEXT, "Digitalstrategie Musterfeld 2030")


def test_pdf_text_gives_the_source_text_back_with_pages(rendered):
    got = pdf_text(rendered, "strategie.pdf")
    assert got.text == TEXT + "\n"  # hyphenation, ligatures, reading order and paragraphs intact
    assert len(got.pages) >= 2 and got.pages[0] == 0
    for start in got.pages[1:]:  # each page begins at a word of the text
        assert got.text[start - 1] in " \n" and got.text[start] != " "
    assert got.title == "Digitalstrategie Musterfeld 2030"


def test_a_pdf_encrypted_only_against_copying_is_read(rendered):
    import pikepdf

    with pikepdf.open(io.BytesIO(rendered)) as pdf:
        out = io.BytesIO()
        pdf.save(out, encryption=pikepdf.Encryption(user="", owner="nur-lesen", R=6))
    assert pdf_text(out.getvalue(), "x.pdf").text == TEXT + "\n"


def test_a_broken_pdf_is_one_line():
    with pytest.raises(SourceError, match="not a readable PDF"):
        pdf_text(b"%PDF-1.7\nkaputt", "kaputt.pdf")


@pytest.mark.parametrize(
    "lines, joined",
    [
        (["Die Digitali-", "sierung läuft."], "Die Digitalisierung läuft."),
        (["Die Digitali\u2010", "sierung läuft."], "Die Digitalisierung läuft."),  # Unicode hyphen
        (["moderne E-", "Government-Dienste"], "moderne E-Government-Dienste"),  # the compound's hyphen
        (["für Bildungs-", "und Kulturarbeit"], "für Bildungs- und Kulturarbeit"),  # elided compound
        (["Bürger- bzw.", "Unternehmens-", "konten"], "Bürger- bzw. Unternehmenskonten"),
        (["Fachleute so-", "wie Kenner"], "Fachleute sowie Kenner"),  # "wie" is no elision
        (["ein Satz.", "Noch einer."], "ein Satz. Noch einer."),
        (["Jahr 2020-", "2025"], "Jahr 2020- 2025"),  # not a word hyphenated: left as it was
    ],
)
def test_join_lines_undoes_typesetting(lines, joined):
    assert join_lines(lines) == joined


def test_the_documents_own_spelling_decides_a_line_end_hyphen():
    spelled = frozenset({"MusterGO", "deutsch-französische"})
    assert join_lines(["Projekt Muster-", "GO Plattform"], spelled) == "Projekt MusterGO Plattform"
    assert (
        join_lines(["die deutsch-", "französische Partnerschaft"], spelled)
        == "die deutsch-französische Partnerschaft"
    )
    assert (
        join_lines(["die deutsch-", "französische Partnerschaft"]) == "die deutschfranzösische Partnerschaft"
    )
    lines = [[_Line(700, 11, "Das Projekt MusterGO und die deutsch-französische"), _Line(680, 11, "Muster-")]]
    assert {"MusterGO", "deutsch-französische"} <= pdfmod.spelled_words(lines)
    assert "Muster" not in pdfmod.spelled_words(lines)


def test_clean_line_spells_out_ligatures():
    assert (
        clean_line("o\ufb03zielle \ufb01nanzierung  und \ufb02ächen") == "offizielle finanzierung und flächen"
    )


def test_page_numbers_and_running_heads_are_furniture():
    def page(n: int) -> list[_Line]:
        return [
            _Line(800, 9, "Digitalstrategie Musterfeld"),
            _Line(700, 11, f"Inhalt der Seite {n}."),
            _Line(40, 9, f"Seite {n} von 4"),
        ]

    kept = pdfmod._drop_furniture([page(n) for n in range(1, 5)])
    assert [[line.text for line in lines] for lines in kept] == [
        [f"Inhalt der Seite {n}."] for n in range(1, 5)
    ]


def test_paragraphs_split_at_larger_gaps_and_new_font_sizes():
    lines = [
        _Line(800, 16, "Überschrift"),
        _Line(770, 11, "erste Zeile"),
        _Line(755, 11, "zweite Zeile"),
        _Line(740, 11, "dritte Zeile"),
        _Line(715, 11, "neuer Absatz"),
        _Line(700, 11, "geht weiter"),
    ]
    got = [[line.text for line in p] for p in pdfmod._paragraphs(lines, pdfmod.line_pitch([lines]))]
    assert got == [
        ["Überschrift"],
        ["erste Zeile", "zweite Zeile", "dritte Zeile"],
        ["neuer Absatz", "geht weiter"],
    ]


def test_a_page_of_headings_is_measured_by_the_documents_pitch():
    body = [_Line(800 - 15 * i, 11, f"Zeile {i}") for i in range(10)]
    headings = [_Line(800 - 30 * i, 13, f"Kapitel {i}") for i in range(4)]
    pitch = pdfmod.line_pitch([body, headings])
    assert len(pdfmod._paragraphs(headings, pitch)) == 4  # each heading its own line
    assert len(pdfmod._paragraphs(headings, pdfmod.line_pitch([headings]))) == 1  # the page alone misleads


def test_a_file_name_in_the_metadata_is_no_title_the_first_pages_headline_is():
    assert pdfmod.FILE_NAME_TITLE.search("Microsoft Word - Strategie_final.docx")
    assert pdfmod.FILE_NAME_TITLE.search("Entwurf_v3.indd")
    assert not pdfmod.FILE_NAME_TITLE.search("Digitalstrategie der Stadt Musterfeld")
    page = [
        _Line(800, 20, "Digitalstrategie"),
        _Line(776, 20, "Musterfeld 2030"),
        _Line(700, 11, "Text."),
    ] + [_Line(680 - 15 * i, 11, "Mehr Text.") for i in range(5)]
    assert pdfmod.headline(page) == "Digitalstrategie Musterfeld 2030"
    assert pdfmod.headline([_Line(700, 11, "Nur Text."), _Line(685, 11, "Noch mehr.")]) is None
