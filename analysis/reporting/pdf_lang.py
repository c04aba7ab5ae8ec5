"""German quotes in an English PDF carry their language (/Lang (de)) for screen readers.

The HTML marks German text with `lang="de"` (quotes, quote columns, German names inside
English sentences); WeasyPrint (70) tags the PDF's structure (P, TD, Span, BlockQuote …)
but writes no /Lang on a structure element, only the document's. A screen reader then
reads "Stabsstelle des Oberbürgermeisters" with English rules.

This step, after WeasyPrint, finds the structure elements whose text is the text of an
element that the HTML marks German, and gives them `/Lang (de)`. A structure element has
no link back to its HTML element, so they are matched by their text: the text of each
marked-content sequence (MCID) on each page, read with pypdf, joined per structure element
and compared, letters and digits only (line-end hyphens, soft hyphens and spacing differ
between the two), with the texts of the HTML's German elements: equal, or for an element
cut by a page break, a long enough piece of one. `mark_german` returns how many of the
HTML's German elements it found, so the build and the tests measure how reliable it is.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from html.parser import HTMLParser

# A piece of a German element cut by a page break is matched when at least this long
# (letters and digits): shorter ones ("Smart City") also occur in English text.
MIN_PIECE = 30


_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.replace("\u00ad", "")).lower()


class _GermanTexts(HTMLParser):
    """The texts of the outermost elements with lang="de" below <body>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []  # per open element: does it start a German element?
        self.depth_german = 0
        self.current: list[str] = []
        self.texts: list[str] = []
        self.in_body = False

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        if tag in _VOID:
            return
        lang = dict(attrs).get("lang") or ""
        starts = self.in_body and self.depth_german == 0 and lang.startswith("de")
        self.stack.append(starts)
        if starts:
            self.depth_german = len(self.stack)
            self.current = []

    def handle_endtag(self, tag):
        if tag in _VOID or not self.stack:
            return
        if self.depth_german == len(self.stack):
            self.texts.append("".join(self.current))
            self.depth_german = 0
        self.stack.pop()

    def handle_data(self, data):
        if self.depth_german:
            self.current.append(data)


def german_texts(page: str) -> list[str]:
    """The keys (letters and digits, lower case) of the HTML's German elements."""
    parser = _GermanTexts()
    parser.feed(page)
    return [k for k in (_key(t) for t in parser.texts) if k]


def _unicode_map(cmap: bytes) -> dict[int, str]:
    """A font's ToUnicode CMap (bfchar and bfrange entries) as code -> text."""
    out: dict[int, str] = {}

    def text(hex_digits: bytes) -> str:
        return bytes.fromhex(hex_digits.decode("ascii")).decode("utf-16-be", "replace")

    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in re.findall(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>", block):
            out[int(src, 16)] = text(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, rest in re.findall(
            rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]*>|\[[^\]]*\])", block
        ):
            first, last = int(lo, 16), int(hi, 16)
            if rest.startswith(b"["):
                for code, dst in zip(
                    range(first, last + 1), re.findall(rb"<([0-9a-fA-F]*)>", rest), strict=False
                ):
                    out[code] = text(dst)
            else:
                start = int(rest[1:-1] or b"0", 16)
                for offset in range(last - first + 1):
                    out[first + offset] = chr(start + offset) if start + offset < 0x110000 else ""
    return out


# The operators that matter here (marked content, font, shown text, form XObjects); qpdf
# hands no others to Python.
_OPERATORS = "BDC BMC EMC Tf Tj TJ ' \" Do"


class _FontText:
    """Decodes the strings a font shows: two-byte codes for a composite (Type0) font, one
    byte otherwise, through its ToUnicode map (Latin-1 where a font has none)."""

    def __init__(self, font) -> None:
        self.width = 2 if font.get("/Subtype") == "/Type0" else 1
        to_unicode = font.get("/ToUnicode")
        self.map = _unicode_map(to_unicode.read_bytes()) if to_unicode is not None else None

    def decode(self, raw: bytes) -> str:
        if self.map is None:
            return raw.decode("latin-1")
        w = self.width
        return "".join(self.map.get(int.from_bytes(raw[i : i + w], "big"), "") for i in range(0, len(raw), w))


def _mcid_texts(pdf_bytes: bytes) -> dict[tuple[int, int], str]:
    """(page index, MCID) -> the text shown in that marked-content sequence.

    The content streams are parsed by qpdf (pikepdf), the shown strings decoded through
    each font's ToUnicode map; only letters and digits are compared afterwards, so no
    layout (spaces, line ends) is reconstructed. pypdf's text extraction did the same in
    pure Python and took as long as WeasyPrint's whole layout of a 40-page report."""
    import pikepdf

    out: dict[tuple[int, int], str] = {}
    fonts: dict[tuple[int, int], _FontText] = {}

    def font_text(font) -> _FontText:
        key = font.objgen
        if key == (0, 0):  # a direct object: not shared, not cached
            return _FontText(font)
        if key not in fonts:
            fonts[key] = _FontText(font)
        return fonts[key]

    def walk(index: int, content, resources, stack: list[int | None], depth: int = 0) -> None:
        font: _FontText | None = None
        for instruction in pikepdf.parse_content_stream(content, _OPERATORS):
            if isinstance(instruction, pikepdf.ContentStreamInlineImage):
                continue
            operands, op = instruction.operands, str(instruction.operator)
            if op == "BDC":
                props = operands[1] if len(operands) > 1 else None
                mcid = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
                stack.append(int(mcid) if mcid is not None else (stack[-1] if stack else None))
            elif op == "BMC":
                stack.append(stack[-1] if stack else None)
            elif op == "EMC":
                if stack:
                    stack.pop()
            elif op == "Tf":
                found = (
                    (resources.get("/Font") or {}).get(str(operands[0])) if resources is not None else None
                )
                font = font_text(found) if found is not None else None
            elif op in ("Tj", "TJ", "'", '"'):
                if not stack or stack[-1] is None or font is None:
                    continue
                shown = operands[-1]
                parts = shown if isinstance(shown, pikepdf.Array) else [shown]
                text = "".join(font.decode(bytes(p)) for p in parts if isinstance(p, pikepdf.String))
                if text:
                    out[(index, stack[-1])] = out.get((index, stack[-1]), "") + text
            elif op == "Do" and resources is not None and depth < 8:
                xobject = (resources.get("/XObject") or {}).get(str(operands[0]))
                if xobject is not None and xobject.get("/Subtype") == "/Form":
                    walk(index, xobject, xobject.get("/Resources", resources), stack, depth + 1)

    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for index, page in enumerate(pdf.pages):
            walk(index, page, page.obj.get("/Resources"), [])
    return out


@dataclass
class LangReport:
    german_in_html: int  # distinct texts of German elements in the HTML
    found: int  # of these, found as structure elements of the PDF
    tagged: int  # structure elements given /Lang (de)


def mark_german(pdf_bytes: bytes, page: str) -> tuple[bytes, LangReport]:
    """The PDF with /Lang (de) on the structure elements of the HTML's German elements."""
    import pikepdf

    wanted = german_texts(page)
    if not wanted:
        return pdf_bytes, LangReport(0, 0, 0)
    exact = set(wanted)
    mcids = _mcid_texts(pdf_bytes)
    found: set[str] = set()
    tagged = 0
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        page_index = {p.objgen: i for i, p in enumerate(pdf.pages)}
        root = pdf.Root.get("/StructTreeRoot")
        if root is None:
            return pdf_bytes, LangReport(len(wanted), 0, 0)

        texts: dict[tuple[tuple[int, int], int], str] = {}

        def text_of(elem, page_no) -> str:
            """The element's text (its marked content and its children's, in order); each
            element's text is read once (`visit` asks for it at every level above it)."""
            key = (elem.objgen, page_no)
            if key[0] != (0, 0) and key in texts:
                return texts[key]
            text = _text_of(elem, page_no)
            if key[0] != (0, 0):
                texts[key] = text
            return text

        def _text_of(elem, page_no) -> str:
            kids = elem.get("/K")
            pg = elem.get("/Pg")
            if pg is not None:
                page_no = page_index.get(pg.objgen, page_no)
            items = kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []
            parts = []
            for kid in items:
                if isinstance(kid, int):
                    parts.append(mcids.get((page_no, int(kid)), ""))
                elif isinstance(kid, pikepdf.Dictionary):
                    if kid.get("/Type") == "/MCR":
                        parts.append(mcids.get((page_no, int(kid.MCID)), ""))
                    elif "/S" in kid:
                        parts.append(text_of(kid, page_no))
            return "".join(parts)

        def visit(elem, page_no, depth=0) -> None:
            nonlocal tagged
            if depth > 200:
                return
            key = _key(text_of(elem, page_no))
            match = key in exact or (
                len(key) >= MIN_PIECE and next((w for w in wanted if key in w), None) is not None
            )
            if match and "/Lang" not in elem:
                elem.Lang = pikepdf.String("de")
                tagged += 1
                found.update(w for w in wanted if key == w or (len(key) >= MIN_PIECE and key in w))
                return  # its children inherit the language
            kids = elem.get("/K")
            children = [
                kid
                for kid in (kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else [])
                if isinstance(kid, pikepdf.Dictionary) and "/S" in kid
            ]
            _join_broken_spans(children, page_no)
            for kid in children:
                visit(kid, page_no, depth + 1)

        def _join_broken_spans(children, page_no) -> None:
            """A German span broken over lines is one structure element per line: the
            consecutive Span siblings whose texts together are a German element."""
            nonlocal tagged
            keys = [_key(text_of(kid, page_no)) for kid in children]
            for i in range(len(children)):
                joined = ""
                for j in range(i, min(len(children), i + 4)):
                    if children[j].get("/S") != "/Span":
                        break
                    joined += keys[j]
                    if j > i and joined in exact:
                        for kid in children[i : j + 1]:
                            if "/Lang" not in kid:
                                kid.Lang = pikepdf.String("de")
                                tagged += 1
                        found.add(joined)
                        break

        top = root.get("/K")
        for elem in top if isinstance(top, pikepdf.Array) else [top]:
            visit(elem, 0)
        buf = io.BytesIO()
        pdf.save(buf, deterministic_id=True)
    return buf.getvalue(), LangReport(len(exact), len(exact & found), tagged)
