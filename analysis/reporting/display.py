"""Display helpers for report notebooks: numbered captions, escaped tables, quotes.

Everything that comes from a source text is HTML-escaped here, so markup or code inside
a source ("<script>", "{{ 7*7 }}") shows as inert text in the HTML and PDF reports.
"""

from __future__ import annotations

import base64
import html
import io

import pandas as pd

_counters = {"figure": 0, "table": 0}


def setup() -> None:
    """Deterministic, print-friendly matplotlib and pandas settings for a report."""
    import matplotlib

    matplotlib.rcParams.update(
        {
            "svg.fonttype": "path",  # text as outlines: German characters render anywhere
            "svg.hashsalt": "city-digital",  # stable element ids: same inputs, same bytes
            "font.family": "DejaVu Sans",
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    )
    _counters.update(figure=0, table=0)


def esc(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "–"
    return html.escape(str(value), quote=True)


def _show(markup: str):
    from IPython.display import HTML, display

    display(HTML(markup))


def figure_html(fig, caption: str, alt: str | None = None) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    _counters["figure"] += 1
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    n = _counters["figure"]
    return (
        f'<figure class="report-figure" id="figure-{n}"><img src="data:image/svg+xml;base64,{data}" '
        f'alt="{esc(alt or caption)}"/><figcaption><b>Figure {n}.</b> {esc(caption)}</figcaption></figure>'
    )


def figure(fig, caption: str, alt: str | None = None) -> None:
    """Show a matplotlib figure as an embedded vector image with a numbered caption."""
    _show(figure_html(fig, caption, alt))


def table_html(
    df: pd.DataFrame,
    caption: str,
    widths: dict[str, str] | None = None,
    note: str | None = None,
    wrap: tuple[str, ...] = (),
) -> str:
    _counters["table"] += 1
    n = _counters["table"]
    widths = widths or {}
    # With widths given, the layout is fixed: the named columns get their width and the
    # others share the rest, so a long quote column cannot push the table off the page.
    # Without, short values (dates, counts, yes/no) never break.
    classes = (
        {
            c: "wrap"
            if c in wrap
            else "nowrap"
            if not widths and df[c].map(lambda v: len(esc(v))).max(skipna=True) <= 12
            else ""
            for c in df.columns
        }
        if len(df)
        else dict.fromkeys(df.columns, "")
    )
    head = "".join(f"<th>{esc(c)}</th>" for c in df.columns)
    cols = "".join(f'<col style="width:{widths[c]}"/>' if c in widths else "<col/>" for c in df.columns)
    layout = ' class="fixed"' if widths else ""
    rows = []
    for _, row in df.iterrows():
        cells = "".join(f'<td class="{classes[c]}">{esc(row[c])}</td>' for c in df.columns)
        rows.append(f"<tr>{cells}</tr>")
    if not rows:
        rows.append(f'<tr><td colspan="{len(df.columns)}" class="empty">none found in the sources</td></tr>')
    foot = f'<p class="table-note">{esc(note)}</p>' if note else ""
    size = "short" if len(df) <= 12 else "long"  # a short table moves to the next page whole
    return (
        f'<div class="report-table {size}" id="table-{n}"><p class="caption"><b>Table {n}.</b> {esc(caption)}</p>'
        f'<table{layout} lang="de"><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>{foot}</div>'
    )


def table(
    df: pd.DataFrame,
    caption: str,
    widths: dict[str, str] | None = None,
    note: str | None = None,
    wrap: tuple[str, ...] = (),
) -> None:
    """Show a DataFrame as an escaped HTML table with a numbered caption."""
    _show(table_html(df, caption, widths, note, wrap))


def paragraph(text: str) -> None:
    """A paragraph of prose computed from the data (escaped)."""
    _show(f'<p class="generated">{esc(text)}</p>')


def quote(text: str, source: str) -> None:
    """An evidence quote in the original German, with where it comes from."""
    _show(
        f'<blockquote lang="de"><p>{esc(" ".join(text.split()))}</p><footer>{esc(source)}</footer></blockquote>'
    )
