"""German quotes and names in an English PDF get /Lang (de) on their structure elements
(WeasyPrint writes the document's language only). One small page, rendered once."""

from __future__ import annotations

import io

import pikepdf
import pytest

from analysis.reporting.pdf_lang import german_texts, mark_german
from analysis.reporting.render import html_to_pdf

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Musterstadt</title>
<style>body { font-family: "DejaVu Sans"; } td { width: 8em; }</style></head><body>
<p>The post sits in the <span lang="de">Stabsstelle Digitalisierung</span> of the city.</p>
<blockquote lang="de"><p>Die Stadt Musterstadt hat im Mai 2020 eine Digitalstrategie beschlossen und
eine Stabsstelle für Digitalisierung beim Oberbürgermeister eingerichtet.</p></blockquote>
<table><tr><td>adopted</td><td lang="de">Der Rat beschloss die Strategie einstimmig.</td></tr></table>
</body></html>"""


def _langs(pdf_bytes: bytes) -> list[tuple[str, str]]:
    out = []
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:

        def walk(elem):
            if "/Lang" in elem:
                out.append((str(elem.S), str(elem.Lang)))
            kids = elem.get("/K")
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    walk(kid)

        walk(pdf.Root.StructTreeRoot.K[0])
    return out


@pytest.fixture(scope="module")
def plain_pdf() -> bytes:
    from weasyprint import HTML

    from analysis.reporting.render import PDF_VARIANT

    return HTML(string=PAGE).write_pdf(pdf_variant=PDF_VARIANT)


def test_weasyprint_alone_writes_no_lang_on_structure_elements(plain_pdf: bytes) -> None:
    assert _langs(plain_pdf) == []


def test_every_german_element_of_the_html_is_found_and_tagged(plain_pdf: bytes) -> None:
    marked, report = mark_german(plain_pdf, PAGE)
    assert report.german_in_html == 3 and report.found == 3
    langs = _langs(marked)
    assert {lang for _, lang in langs} == {"de"}
    assert {s for s, _ in langs} >= {"/Span", "/TD"}


def test_english_text_stays_untagged(plain_pdf: bytes) -> None:
    marked, _ = mark_german(plain_pdf, PAGE)
    with pikepdf.open(io.BytesIO(marked)) as pdf:
        assert str(pdf.Root.Lang) == "en"
    assert len(_langs(marked)) <= 4  # the span, the quote's paragraph, the cell (and a line piece)


def test_html_to_pdf_tags_english_reports_only() -> None:
    assert _langs(html_to_pdf(PAGE))
    german = PAGE.replace('<html lang="en">', '<html lang="de">')
    assert _langs(html_to_pdf(german)) == []


def test_german_texts_reads_the_outermost_german_elements() -> None:
    keys = german_texts(PAGE)
    assert keys[0] == "stabsstelledigitalisierung" and len(keys) == 3
