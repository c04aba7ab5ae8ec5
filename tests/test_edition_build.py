"""Both editions of the seed reports, built once for real (slow), read as a council member
reads them: the PDF text (pdftotext) and the HTML. One build serves every check here."""

from __future__ import annotations

import html
import itertools
import re
from pathlib import Path

import pytest
from conftest import pdf_page_texts, pdftotext

from analysis.reporting.typesetting import compound_joints, german_break_positions, is_german

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def editions(built_reports) -> Path:
    """The session's shared build of the seeds in both languages (conftest.py)."""
    return built_reports.out


def pdf_text(path: Path) -> str:
    return pdftotext(path)  # once per file (conftest.py): several tests read every PDF


def pdfs(out: Path, lang: str) -> list[Path]:
    found = sorted(p for p in out.glob("*.pdf") if p.stem.endswith("-de") == (lang == "de"))
    assert found
    return found


def html_words(page: str) -> set[str]:
    text = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<(style|script)\b.*?</\1>", " ", page, flags=re.S)))
    return set(re.findall(r"[^\W\d_]+", text.replace("\u00ad", "")))


def test_no_plural_in_parentheses_in_either_edition(editions: Path) -> None:
    for lang in ("en", "de"):
        for pdf in pdfs(editions, lang):
            text = pdf_text(pdf)
            assert "Quelle(n)" not in text and "source(s)" not in text, pdf.name
            assert not re.search(r"\b1 (cities|sources|Städte|Quellen)\b", text), pdf.name


def test_german_cover_has_a_german_date_and_no_iso_date(editions: Path) -> None:
    for pdf in pdfs(editions, "de"):
        cover = pdf_page_texts(pdf)[0]
        assert re.search(
            r"Erstellt am \d{1,2}\.\s(Januar|Februar|März|April|Mai|Juni|Juli|August|September|"
            r"Oktober|November|Dezember) \d{4}, \d\d:\d\d Uhr \(UTC\)",
            cover,
        ), (pdf.name, cover[:400])
        assert not re.search(r"\d{4}-\d{2}-\d{2}", cover), pdf.name
    index = (editions / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"Built \d{4}-\d{2}-\d{2}", index)


def test_german_appendix_names_parameters_in_german(editions: Path) -> None:
    text = pdf_text(editions / "governance-comparison-de.pdf")
    assert "Sprache = Deutsch" in text and "lang = de" not in text


def _breaks(text: str):
    """(first part, second part, hyphenated) of every word that runs over a line end."""
    lines = [line.strip() for line in text.splitlines()]
    for a, b in itertools.pairwise(lines):
        head = re.search(r"([^\W\d_]+)([-\u2010\u00ad]?)$", a)  # WeasyPrint hyphenates with U+2010
        tail = re.match(r"([^\W\d_]+)", b)
        if head and tail:
            yield head.group(1), tail.group(1), bool(head.group(2))


def test_no_german_word_hyphenated_by_english_rules(editions: Path) -> None:
    """In both editions a German word broken at a line end breaks where the report's German
    breaks are: at a compound joint, or a syllable of a long part (never
    "Information-stechnik" by English rules, nor "Stab-sstelle", which Pyphen's German
    patterns allow)."""
    wrong = []
    for lang in ("en", "de"):
        for pdf in pdfs(editions, lang):
            for first, second, hyphenated in _breaks(pdf_text(pdf)):
                word = first + second
                if hyphenated and second[:1].islower() and is_german(word):
                    allowed = set(german_break_positions(word)) | set(compound_joints(word))
                    if len(first) not in allowed:
                        wrong.append(f"{pdf.name}: {first}-{second}")
    assert not wrong, wrong


def test_no_word_broken_without_a_hyphen(editions: Path) -> None:
    """A word of the report split over two lines without a hyphen ("angegeb|en"): both
    pieces are not words of the report, joined they are."""
    wrong = []
    for lang in ("en", "de"):
        for pdf in pdfs(editions, lang):
            words = html_words(pdf.with_suffix(".html").read_text(encoding="utf-8"))
            for first, second, hyphenated in _breaks(pdf_text(pdf)):
                if hyphenated or not second[:1].islower():
                    continue
                if first + second in words and first not in words and second not in words:
                    wrong.append(f"{pdf.name}: {first}|{second}")
    assert not wrong, wrong


def test_german_quotes_carry_their_language_in_the_english_pdf(editions: Path) -> None:
    import pikepdf

    with pikepdf.open(editions / "governance-comparison.pdf") as pdf:
        langs = []

        def walk(node, depth=0):
            if depth > 60:
                return
            if isinstance(node, pikepdf.Dictionary):
                if "/Lang" in node and "/S" in node:
                    langs.append(str(node.Lang))
                kids = node.get("/K")
                if isinstance(kids, pikepdf.Array):
                    for kid in kids:
                        walk(kid, depth + 1)
                elif isinstance(kids, pikepdf.Dictionary):
                    walk(kids, depth + 1)

        walk(pdf.Root.StructTreeRoot)
    assert "de" in langs
