"""The German tags of English PDFs at national size (analysis/reporting/pdf_lang.py): the
marked-content texts are read with qpdf and each font's ToUnicode map instead of pypdf's
text extraction (which took as long as WeasyPrint's layout of a 30-page report). The texts
must be those pypdf reads, compared as `mark_german` compares them (letters and digits)."""

from __future__ import annotations

import io

import pytest

from analysis.reporting.pdf_lang import _key, _mcid_texts, _unicode_map

CMAP = b"""/CIDInit /ProcSet findresource begin
begincmap
1 begincodespacerange
<0000> <ffff>
endcodespacerange
3 beginbfchar
<0024> <0041>
<13ae> <00660069>
<00a6> <00e4>
endbfchar
2 beginbfrange
<0044> <0046> <0061>
<0050> <0051> [<006d> <006e>]
endbfrange
endcmap"""


def test_the_tounicode_map_reads_single_codes_ligatures_and_ranges():
    codes = _unicode_map(CMAP)
    assert codes[0x24] == "A" and codes[0xA6] == "ä"
    assert codes[0x13AE] == "fi"  # a ligature: one glyph, two letters
    assert [codes[c] for c in (0x44, 0x45, 0x46)] == ["a", "b", "c"]  # a range from a start
    assert [codes[c] for c in (0x50, 0x51)] == ["m", "n"]  # a range as an array


PAGE = """<!DOCTYPE html><html lang="en"><head><title>Musterstadt</title>
<style>body { font-family: "DejaVu Sans"; } .b { font-weight: bold; }</style></head><body>
<h2>Place by place</h2>
<p>The post sits in the <span lang="de">Stabsstelle Digitalisierung</span> of the city; offices
<i>affine</i> <span class="b">Öffentlichkeitsarbeit</span> and figures 2019–2024.</p>
<table><tr><td><a href="city-musterstadt.html">Musterstadt (county)</a></td>
<td lang="de">Der Rat beschloss die Strategie einstimmig.</td></tr></table>
</body></html>"""


def _pypdf_texts(pdf_bytes: bytes) -> dict[tuple[int, int], str]:
    """The reference: pypdf's text extraction with a marked-content visitor (the former reader)."""
    from pypdf import PdfReader

    out: dict[tuple[int, int], str] = {}
    for index, page in enumerate(PdfReader(io.BytesIO(pdf_bytes)).pages):
        stack: list[int | None] = []

        def before(op, args, cm, tm, stack=stack):
            if op == b"BDC":
                props = args[1] if len(args) > 1 else None
                mcid = props.get("/MCID") if isinstance(props, dict) else None
                stack.append(int(mcid) if mcid is not None else (stack[-1] if stack else None))
            elif op == b"BMC":
                stack.append(stack[-1] if stack else None)
            elif op == b"EMC" and stack:
                stack.pop()

        def text(t, cm, tm, font, size, stack=stack, index=index):
            if stack and stack[-1] is not None and t:
                out[(index, stack[-1])] = out.get((index, stack[-1]), "") + t

        page.extract_text(visitor_operand_before=before, visitor_text=text)
    return out


@pytest.fixture(scope="module")
def pdf() -> bytes:
    from weasyprint import HTML

    from analysis.reporting.render import PDF_VARIANT

    return HTML(string=PAGE).write_pdf(pdf_variant=PDF_VARIANT)


def test_the_marked_content_texts_are_those_pypdf_reads(pdf: bytes):
    ours = {k: _key(v) for k, v in _mcid_texts(pdf).items() if _key(v)}
    reference = {k: _key(v) for k, v in _pypdf_texts(pdf).items() if _key(v)}
    assert ours == reference
    joined = "".join(ours.values())
    # umlauts, a ligature ("fi" in "affine", "ffi" in "Öffentlichkeitsarbeit") and a bold font
    assert "stabsstelledigitalisierung" in joined and "affine" in joined
    assert "öffentlichkeitsarbeit" in joined and "musterstadtcounty" in joined
