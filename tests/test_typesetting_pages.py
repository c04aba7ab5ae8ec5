"""Page breaks of the report stylesheet, on small pages rendered by WeasyPrint: a heading,
its introduction and a computed sentence are never left at a page foot without what they
introduce; a table does not leave a tail of one row on a new page."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from analysis.reporting.render import css


def _pages(body: str) -> list[str]:
    from weasyprint import HTML

    page = f'<html lang="en"><head><style>{css()}</style></head><body><main>{body}</main></body></html>'
    pdf = HTML(string=page).write_pdf()
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def _table(rows: int, word: str) -> str:
    cells = "".join(f"<tr><td>{word} {i}</td><td>value</td></tr>" for i in range(rows))
    return f'<div class="report-table long"><table><thead><tr><th>a</th><th>b</th></tr></thead><tbody>{cells}</tbody></table></div>'


def _page_of(pages: list[str], text: str) -> int:
    return next(i for i, p in enumerate(pages) if text in p)


def test_heading_intro_and_computed_sentence_go_with_the_table() -> None:
    for filler in range(56, 67, 2):  # move the heading down the page until it would sit at the foot
        body = (
            f'<div style="height:{filler}em"></div><div class="cell"><h2 id="t">Appendix</h2>'
            '<p class="intro">Identifiers for checking.</p><p class="generated">Parameters: city = Adorf.</p></div>'
            f'<div class="cell">{_table(6, "Zeile")}</div>'
        )
        pages = _pages(body)
        assert _page_of(pages, "Parameters") == _page_of(pages, "Zeile 0"), filler


def test_no_table_tail_of_one_row() -> None:
    for filler in range(44, 53, 2):
        pages = _pages(f'<div style="height:{filler}em"></div>{_table(14, "Reihe")}')
        if _page_of(pages, "Reihe 0") != _page_of(pages, "Reihe 13"):
            # the last three rows together: never a tail of one or two rows
            assert _page_of(pages, "Reihe 11") == _page_of(pages, "Reihe 13"), filler


def test_german_words_in_an_automatic_table_break_only_at_german_breaks() -> None:
    """A narrow cell of an automatically laid out table (no soft hyphens) hyphenates German by
    WeasyPrint's dictionary: it breaks "Stabs|stelle", never "Stab|sstelle"."""
    from analysis.reporting.render import html_to_pdf

    tables = "".join(
        f'<div class="report-table" style="width:{w}em"><table><tbody>'
        '<tr><td class="wrap" lang="de">Stabsstelle Stabsstelle</td></tr></tbody></table></div>'
        for w in [x / 10 for x in range(28, 56, 2)]
    )
    page = f'<html lang="de"><head><style>{css()}</style></head><body><main>{tables}</main></body></html>'
    text = "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(html_to_pdf(page))).pages)
    lines = [line.strip() for line in text.splitlines()]
    assert any(line.endswith(("Stabs\u2010", "Stabs-")) for line in lines), lines
    assert not any(line.endswith(("Stab\u2010", "Stab-")) for line in lines), lines


def test_a_german_fact_box_stays_inside_the_page() -> None:
    """A fact box value in German, with the soft hyphens of the typesetting pass, wraps
    within the page (a `1fr` grid column ran the Strategie row off the page)."""
    import shutil
    import subprocess

    import pytest

    from analysis.reporting.render import html_to_pdf
    from analysis.reporting.typesetting import typeset

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) not installed")
    value = (
        "„Agenda 2030“, vorgelegt September 2019 [1]; einen Beschluss nennen die Quellen nicht; "
        "zuvor: „Informationstechnikstrategie für Adorf“ beschlossen 2004, „Verwaltungsmodernisierungsprogramm“ "
        "beschlossen 2012 und „Digitalisierungsziele“ vorgelegt im August 2016"
    )
    page = typeset(
        f'<html lang="de"><head><style>{css()}</style></head><body><main><dl class="fact-box">'
        f"<dt>Strategie</dt><dd>{value}</dd></dl></main></body></html>",
        "de",
    )
    bbox = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=html_to_pdf(page), capture_output=True, check=True
    ).stdout.decode()
    width = float(re.search(r'<page width="([0-9.]+)"', bbox).group(1))
    right = max(float(x) for x in re.findall(r'xMax="([0-9.]+)"', bbox))
    assert right < width - 30, (right, width)  # inside the page's right margin
