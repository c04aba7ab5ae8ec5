"""Display helpers for report notebooks: sections, numbered captions, escaped tables,
quotes, key findings and fact boxes, all in the report's language.

Everything that comes from a source text is HTML-escaped here, so markup or code inside
a source ("<script>", "{{ 7*7 }}") shows as inert text in the HTML and PDF reports.
German source text is marked `lang="de"` (hyphenated by German rules), names and ids are
never hyphenated, and the prose carries the report's language.
"""

from __future__ import annotations

import base64
import html
import io
import re

import pandas as pd

from analysis.reading.text import cut_at_word
from analysis.reporting.texts import DEFAULT_LANG, Texts, texts
from analysis.views.corrections import correction_note, evidence_quote, marked, quote_or_note

_state: dict = {"figure": 0, "table": 0, "lang": DEFAULT_LANG, "pending": ""}


def setup(lang: str = DEFAULT_LANG) -> Texts:
    """Deterministic, print-friendly matplotlib settings and the report's language; returns
    the texts of that language (`T`)."""
    import matplotlib

    T = texts(lang)
    matplotlib.rcParams.update(
        {
            "svg.fonttype": "none",  # chart text stays text: searchable, read aloud, selectable
            "svg.hashsalt": "city-digital",  # stable element ids: same inputs, same bytes
            "font.family": "DejaVu Sans",
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    )
    _state.update(figure=0, table=0, lang=lang, pending="")
    return T


def T() -> Texts:
    return texts(_state["lang"])


def esc(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "–"
    return html.escape(str(value), quote=True)


def anchor(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "section"


def _show(markup: str):
    from IPython.display import HTML, display

    markup, _state["pending"] = _state["pending"] + markup, ""
    display(HTML(markup))


def section(key: str, level: int = 2, intro: bool | str = True) -> None:
    """A heading (and its introduction) from the texts, kept with what follows: it is shown
    together with the next output, so that no heading is left alone at a page foot.
    `intro`: True for the section's introduction, False for none, or the name of a variant
    (`section.{key}.intro.{variant}`)."""
    t = T()
    title = t(f"section.{key}")
    markup = f'<h{level} id="{anchor(key)}">{esc(title)}</h{level}>'
    intro_key = f"section.{key}.intro" + (f".{intro}" if isinstance(intro, str) else "")
    if intro and t.has(intro_key):
        markup += f'<p class="intro">{esc(t(intro_key))}</p>'
    _state["pending"] += markup


def figure_section(key: str, figures: list, level: int = 2) -> None:
    """The heading of a section whose introduction explains a figure (markers, lanes,
    bands). When no figure is drawn (a timeline with fewer than two markers), the
    introduction says where the steps are instead (`section.{key}.intro.no_figure`): a
    page never explains a figure that is not there."""
    section(key, level=level, intro=True if figures else "no_figure")


def heading(text: str, key: str, level: int = 3) -> None:
    """A heading whose text is data (a Land's name in the per-place detail), with the id
    `key`, kept with what follows like a section heading."""
    _state["pending"] += f'<h{level} id="{anchor(key)}">{esc(text)}</h{level}>'


def figure_html(fig, caption: str, alt: str) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    _state["figure"] += 1
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    n = _state["figure"]
    return (
        f'<figure class="report-figure" id="figure-{n}"><img src="data:image/svg+xml;base64,{data}" '
        f'alt="{esc(alt)}"/><figcaption><b>{esc(T()("ui.figure"))} {n}.</b> {esc(caption)}</figcaption></figure>'
    )


def figure(fig, caption: str, alt: str) -> None:
    """A matplotlib figure as an embedded vector image with a numbered caption and an
    alternative text that describes the data (not the caption again)."""
    _show(figure_html(fig, caption, alt))


def table_html(
    df: pd.DataFrame,
    caption: str,
    widths: dict[str, str] | None = None,
    note: str | None = None,
    wrap: tuple[str, ...] = (),
    german: tuple[str, ...] = (),
    names: tuple[str, ...] = (),
    links: dict[str, list[str | None]] | None = None,
    css_class: str = "",
) -> str:
    """`german`: columns of German source text (lang="de"); `names`: columns of names and
    ids, never hyphenated; `wrap`: long text columns; `links`: per column, a web address
    for each row's cell (None: no link), e.g. a place's name to its own report;
    `css_class`: an extra class of the table's box (a compact listing)."""
    _state["table"] += 1
    n = _state["table"]
    widths = widths or {}
    # With widths given, the layout is fixed: the named columns get their width and the
    # others share the rest, so a long quote column cannot push the table off the page.
    # Without, short values (dates, counts, yes/no) never break.
    classes = {}
    for c in df.columns:
        cls = []
        if c in wrap:
            cls.append("wrap")
        elif len(df) and not widths and df[c].map(lambda v: len(esc(v))).max(skipna=True) <= 12:
            cls.append("nowrap")
        if c in names:
            cls.append("name")
        classes[c] = " ".join(cls)
    langs = {c: ' lang="de"' if c in german else "" for c in df.columns}
    head = "".join(f'<th scope="col">{esc(c)}</th>' for c in df.columns)
    cols = "".join(f'<col style="width:{widths[c]}"/>' if c in widths else "<col/>" for c in df.columns)
    layout = ' class="fixed"' if widths else ""
    links = links or {}

    def cell(c: str, i: int, value) -> str:
        href = links[c][i] if c in links else None
        return f'<a href="{esc(href)}">{esc(value)}</a>' if href else esc(value)

    rows = []
    for i, (_, row) in enumerate(df.iterrows()):
        cells = "".join(f'<td class="{classes[c]}"{langs[c]}>{cell(c, i, row[c])}</td>' for c in df.columns)
        rows.append(f"<tr>{cells}</tr>")
    if not rows:
        rows.append(
            f'<tr><td colspan="{len(df.columns)}" class="empty">{esc(T()("ui.none_found"))}</td></tr>'
        )
    foot = f'<p class="table-note">{esc(note)}</p>' if note else ""
    # A short table moves to the next page whole; a longer one may break between rows, so
    # that it does not leave half a page empty before it.
    chars = sum(len(esc(v)) for v in df.to_numpy().ravel()) if len(df) else 0
    size = "short" if len(df) <= 12 and chars <= 400 else "long"
    label = esc(T()("ui.table"))
    box = " ".join(filter(None, ("report-table", size, css_class)))
    return (
        f'<div class="{box}" id="table-{n}"><table{layout}>'
        f"<caption><b>{label} {n}.</b> {esc(caption)}</caption>"
        f"<colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{foot}</div>"
    )


def table(
    df: pd.DataFrame,
    caption: str,
    widths: dict[str, str] | None = None,
    note: str | None = None,
    wrap: tuple[str, ...] = (),
    german: tuple[str, ...] = (),
    names: tuple[str, ...] = (),
    links: dict[str, list[str | None]] | None = None,
    css_class: str = "",
) -> None:
    """A DataFrame as an escaped HTML table with a numbered caption."""
    _show(table_html(df, caption, widths, note, wrap, german, names, links, css_class))


def paragraph(text: str) -> None:
    """A paragraph of prose computed from the data (escaped)."""
    _show(f'<p class="generated">{esc(text)}</p>')


def quote(text: str, source: str) -> None:
    """An evidence quote in the original German, with where it comes from (a source note)."""
    _show(
        f'<blockquote lang="de"><p>{esc(" ".join(text.split()))}</p>'
        f'<footer lang="{_state["lang"]}">{esc(source)}</footer></blockquote>'
    )


def evidence(item: dict, source: str) -> None:
    """An item's German sentence as a quote (see `quote`); an item an analyst added has
    none, so the analyst's note is shown instead, in the report's language, never as a quote."""
    sentence = evidence_quote(item)
    if sentence is not None:
        quote(sentence, source)
    else:
        _show(
            f'<p class="corrected" lang="{_state["lang"]}">{esc(quote_or_note(item, T()))} {esc(source)}</p>'
        )


def _short_quote(text: str, limit: int = 260) -> str:
    return cut_at_word(" ".join(text.split()), limit)


# A statement over hundreds of places cites its first runs of sources, then how many more
# (the places' own sources, numbered in the bibliography): a page of numbers tells nothing.
NOTE_RUNS = 12


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Consecutive source numbers as runs: [1, 2, 3, 7] -> [(1, 3), (7, 7)]; a finding over
    hundreds of places cites its sources in a few runs, not hundreds of notes."""
    out: list[tuple[int, int]] = []
    for n in sorted(numbers):
        if out and n == out[-1][1] + 1:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return out


def _note_run(run: tuple[int, int]) -> str:
    first, last = run
    link = f'<a class="note" href="#source-{first}">[{first}]</a>'
    if last == first:
        return link
    if last == first + 1:
        return f'{link} <a class="note" href="#source-{last}">[{last}]</a>'
    return f'<a class="note" href="#source-{first}">[{first}</a>–<a class="note" href="#source-{last}">{last}]</a>'


def findings(items, notes) -> None:
    """Numbered key findings; each with its source numbers (linked to the bibliography)
    and the German sentence it rests on."""
    t = T()
    out = []
    for f in items:
        refs = ""
        if f.doc_ids:
            numbers = [int(n) for n in notes(f.doc_ids).split(", ") if n]
            runs = _runs(numbers)
            refs = " " + " ".join(_note_run(run) for run in runs[:NOTE_RUNS])
            rest = sum(last - first + 1 for first, last in runs[NOTE_RUNS:])
            if rest:
                refs += f' <span class="more-notes">{esc(t("ui.more_sources", n=rest))}</span>'
        mark = ""
        if f.corrected is not None:
            detail = f"{t('ui.corrected')}: {f.corrected}" if f.corrected else t("ui.corrected")
            mark = f' <span class="corrected">{esc(t("ui.corrected_mark"))} ({esc(detail)})</span>'
        evidence = ""
        if f.quote:
            evidence = f'<span class="evidence" lang="de">„{esc(_short_quote(f.quote))}“</span>'
        out.append(f'<li><span class="finding">{esc(f.text)}</span>{mark}{refs}{evidence}</li>')
    _show(f'<ol class="findings">{"".join(out)}</ol>')


def fact_box(rows: list[tuple[str, str]]) -> None:
    """The fact box that opens a city profile: label and value pairs."""
    items = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows)
    _show(f'<dl class="fact-box">{items}</dl>')


def bibliography(bib, compact: bool = False) -> None:
    """The numbered sources, each with an anchor the notes link to; `compact`: in a
    smaller type (hundreds of sources, a national comparison)."""
    items = "".join(
        f'<li id="source-{bib.note(d["doc_id"])}" value="{bib.note(d["doc_id"])}">'
        f'<span class="name">{esc(marked(d.get("city") or "", correction_note(d, "city"), T()))}</span>: '
        f'{esc(bib.entry(d))} <span class="genre">({esc(bib.kind(d))})</span></li>'
        for d in bib.documents
    )
    _show(f'<ol class="bibliography{" compact" if compact else ""}">{items}</ol>')
