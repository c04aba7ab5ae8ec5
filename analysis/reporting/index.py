"""reports/index.html: every report in both formats, the build date and the sources."""

from __future__ import annotations

from pathlib import Path

from analysis import atomic
from analysis.reporting.display import esc as _e
from analysis.reporting.render import css


def write_index(out: Path, specs, dataset: dict, formats, built: str, failed: set[str], skipped) -> None:
    rows = []
    for s in specs:
        if s.name in failed:
            links = '<span class="failed">build failed (see the build log)</span>'
        else:
            links = " · ".join(f'<a href="{_e(s.name)}.{f}">{f.upper()}</a>' for f in formats)
            links += f' · <a href="notebooks/{_e(s.name)}.ipynb">notebook</a>'
        rows.append(
            f"<tr><td>{_e(s.kicker)}</td><td>{_e(s.title)}</td><td>{_e(s.parameters_text)}</td>"
            f"<td>{links}</td></tr>"
        )
    sources = []
    for d in dataset["documents"]:
        dup = f" (identical to {d['duplicate_of']})" if d.get("duplicate_of") else ""
        sources.append(
            f"<tr><td>{_e(d['source']['path'])}{_e(dup)}</td><td>{_e(d['city'])}</td><td>{_e(d['source_kind'])}</td>"
            f"<td>{_e(d['published'])}</td><td><code>{_e(d['source']['sha256'][:16])}</code></td></tr>"
        )
    skipped_html = ""
    if skipped:
        items = "".join(f"<li>{_e(e.name)}: {_e(e.reason)}</li>" for e in skipped)
        skipped_html = f"<h2>Skipped files</h2><ul>{items}</ul>"
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>City digital-strategy reports</title>
<style>{css()}</style></head>
<body>
<header class="title-page"><p class="kicker">Report index</p><h1 class="report-title">City digital-strategy reports</h1>
<p class="subtitle">How cities in North Rhine-Westphalia organise their digital transformation</p>
<p>Built {_e(built)} from {len(dataset["documents"])} source documents.
Data: <a href="data/profiles.json">profiles.json</a> · <a href="data/tables/">tables (CSV)</a></p></header>
<h2>Reports</h2>
<table><thead><tr><th>Kind</th><th>Report</th><th>Parameters</th><th>Formats</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<h2>Sources</h2>
<table><thead><tr><th>File</th><th>City</th><th>Kind</th><th>Published</th><th>SHA-256</th></tr></thead>
<tbody>{"".join(sources)}</tbody></table>
{skipped_html}
</body></html>
"""
    atomic.write_text(out / "index.html", page)
