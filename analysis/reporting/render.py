"""Executed notebook -> report HTML (nbconvert, report template) -> PDF (WeasyPrint).

Why WeasyPrint for the PDF: nbconvert's own PDF routes need a TeX installation (latex)
or a headless Chromium download (webpdf), neither of which a fresh machine or CI has;
WeasyPrint installs from PyPI, uses the system's pango/cairo, paginates with CSS paged
media (running headers, page numbers, a table of contents with page numbers) and embeds
its fonts. The PDF is rendered from the very HTML the reader gets.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from analysis.reporting.typesetting import typeset, use_german_breaks_in_weasyprint

TEMPLATES = Path(str(resources.files("analysis.reporting").joinpath("templates")))
HIDE_TAG = "report-hide"  # notebook cells meant for JupyterLab only (titles, usage notes)


PDF_VARIANT = "pdf/a-3a"  # tagged (accessible structure) and archival, with an XMP metadata stream


@dataclass
class ReportMeta:
    title: str
    kicker: str
    subtitle: str
    built: str
    parameters: str
    sources: list[str] = field(default_factory=list)
    lang: str = "en"
    built_iso: str = ""  # the build time for the PDF metadata (honours SOURCE_DATE_EPOCH)


@lru_cache(maxsize=1)
def css() -> str:
    return (TEMPLATES / "report.css").read_text(encoding="utf-8")


@lru_cache(maxsize=1)  # one exporter per worker: its templates are loaded once, not per report
def _exporter():
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    c = Config()
    c.HTMLExporter.exclude_input = True
    c.HTMLExporter.exclude_input_prompt = True
    c.HTMLExporter.exclude_output_prompt = True
    c.HTMLExporter.anchor_link_text = ""
    c.TagRemovePreprocessor.enabled = True
    c.TagRemovePreprocessor.remove_cell_tags = {HIDE_TAG}
    c.TemplateExporter.extra_template_basedirs = [str(TEMPLATES)]
    return HTMLExporter(config=c, template_name="report")


_HEADING = re.compile(r'<h([23]) id="([^"]+)"[^>]*>(.*?)</h\1>', re.S)


def _toc(body: str) -> str:
    items = []
    for level, anchor, inner in _HEADING.findall(body):
        text = html.unescape(re.sub(r"<[^>]+>", "", inner)).strip()
        cls = "toc-2" if level == "2" else "toc-3"
        items.append(f'<li class="{cls}"><a href="#{anchor}">{html.escape(text)}</a></li>')
    return "<ol>" + "".join(items) + "</ol>"


def notebook_to_html(notebook, meta: ReportMeta) -> str:
    """Render an executed notebook node as the report's HTML page."""
    from analysis.reporting.texts import texts

    T = texts(meta.lang)
    report = {
        "title": meta.title,
        "kicker": meta.kicker,
        "subtitle": meta.subtitle,
        # "Built on 7 December 2026, 15:15 UTC" / "Erstellt am 7. Dezember 2026, 15:15 Uhr (UTC)"
        "built": T("ui.built_on", when=T.timestamp(meta.built_iso or meta.built)) if meta.built else "",
        "built_iso": meta.built_iso,
        "parameters": meta.parameters,
        "sources": meta.sources,
        "css": css(),
        "lang": meta.lang,
        "ui": {k.split(".", 1)[1]: v for k, v in T.table.items() if k.startswith("ui.")},
    }
    body, _ = _exporter().from_notebook_node(notebook, resources={"report": report})
    main = body.split('<main class="report-body">', 1)[-1]
    return typeset(body.replace("TOC_PLACEHOLDER", _toc(main), 1), meta.lang)


_ROOT_LANG = re.compile(r"<html[^>]*\blang=\"([a-zA-Z-]+)\"")


def html_to_pdf(page: str, base_url: str | None = None) -> bytes:
    """The PDF of a report page; in a report not in German, the structure elements of its
    German quotes and names get /Lang (de) (see `pdf_lang`: WeasyPrint writes none)."""
    from weasyprint import HTML

    from analysis.reporting.pdf_lang import mark_german

    use_german_breaks_in_weasyprint()
    pdf = HTML(string=page, base_url=base_url).write_pdf(pdf_variant=PDF_VARIANT)
    root = _ROOT_LANG.search(page)
    if root and not root.group(1).startswith("de"):
        pdf, _ = mark_german(pdf, page)
    return pdf
