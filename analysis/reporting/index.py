"""reports/index.html: every report in every language and format, the build date, the
data files and the sources as a reader cites them. Written in the first language built."""

from __future__ import annotations

from pathlib import Path

from analysis import atomic
from analysis.reporting.display import esc as _e
from analysis.reporting.render import css
from analysis.reporting.texts import DEFAULT_LANG, texts


def write_index(
    out: Path,
    specs,
    dataset: dict,
    formats,
    built: str,
    failed: set[str],
    skipped,
    langs: tuple[str, ...] = (DEFAULT_LANG,),
    source_list: dict | None = None,
) -> None:
    from analysis.views.sources import Bibliography

    T = texts(langs[0])
    rows = []
    for s in specs:
        if s.name in failed:
            links = f'<span class="failed">{_e(T("index.failed"))}</span>'
        else:
            links = " · ".join(f'<a href="{_e(s.name)}.{f}">{f.upper()}</a>' for f in formats)
            links += f' · <a href="notebooks/{_e(s.name)}.ipynb">{_e(T("index.notebook"))}</a>'
        rows.append(
            f'<tr><td>{_e(s.kicker)}</td><td lang="{s.lang}">{_e(s.title)}</td>'
            f"<td>{_e(s.lang.upper())}</td><td>{links}</td></tr>"
        )
    bib = Bibliography(dataset["documents"], source_list or {}, T)
    sources = []
    for d in dataset["documents"]:
        dup = f" ({T('index.identical', doc=d['duplicate_of'])})" if d.get("duplicate_of") else ""
        entry = bib.entry(d) if d["doc_id"] in bib.number else ""
        sources.append(
            f'<tr><td class="name">{_e(d["source"]["path"])}{_e(dup)}</td><td>{_e(d["city"])}</td>'
            f"<td>{_e(entry)}</td><td>{_e(T.date(d['published']))}</td></tr>"
        )
    tables = sorted(p.name for p in (out / "data" / "tables").glob("*.csv"))
    table_links = ", ".join(f'<a href="data/tables/{_e(t)}">{_e(t)}</a>' for t in tables)
    skipped_html = ""
    if skipped:
        items = "".join(f"<li>{_e(e.name)}: {_e(e.reason)}</li>" for e in skipped)
        skipped_html = f"<h2>{_e(T('index.skipped'))}</h2><ul>{items}</ul>"
    page = f"""<!DOCTYPE html>
<html lang="{T.lang}"><head><meta charset="utf-8"><title>{_e(T("index.title"))}</title>
<meta name="description" content="{_e(T("index.description"))}">
<style>{css()}</style></head>
<body>
<header class="title-page"><p class="kicker">{_e(T("index.kicker"))}</p><h1 class="report-title">{_e(T("index.title"))}</h1>
<p class="subtitle">{_e(T("index.subtitle"))}</p>
<p>{_e(T("index.description"))}</p>
<p>{_e(T("index.built", built=T.timestamp(built), n=len(dataset["documents"])))}
{_e(T("index.data"))}: <a href="data/profiles.json">profiles.json</a> · {T("index.tables", links=table_links)}</p></header>
<h2>{_e(T("index.reports"))}</h2>
<table><thead><tr><th>{_e(T("index.kind"))}</th><th>{_e(T("index.report"))}</th><th>{_e(T("index.language"))}</th><th>{_e(T("index.formats"))}</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<h2>{_e(T("index.sources"))}</h2>
<table><thead><tr><th>{_e(T("index.file"))}</th><th>{_e(T("index.city"))}</th><th>{_e(T("index.title_col"))}</th><th>{_e(T("index.published"))}</th></tr></thead>
<tbody>{"".join(sources)}</tbody></table>
{skipped_html}
</body></html>
"""
    atomic.write_text(out / "index.html", page)
