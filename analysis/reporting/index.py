"""reports/index.html: every report in every language and format, the build date, the
data files and the sources as a reader cites them. Written in the first language built.

The comparisons come first; then the places' own reports, grouped by Land (alphabetical,
the places alphabetical within; a county is labelled as a county), and the places whose
Land the gazetteer does not know last. A search box filters the places by name: a few
lines of inline script, no network and no library; without script the box stays hidden
and everything is listed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from pathlib import Path

from analysis import atomic
from analysis.dataset.places import COUNTY, PlaceFacts, place_facts
from analysis.reporting.display import esc as _e
from analysis.reporting.render import css
from analysis.reporting.texts import DEFAULT_LANG, texts

# The place filter. Each place's rows are one <tbody data-place="…"> inside its Land's
# <section class="land">; typing hides the places whose name does not contain the typed
# text and the Länder left without one. Letters are compared without case and without
# accents, and umlauts also as their two-letter spelling ("Muenster" and "Munster" both
# find "Münster"), as a reader without a German keyboard types them.
FILTER_SCRIPT = """
(function () {
  var box = document.getElementById("place-filter");
  var count = document.getElementById("place-filter-count");
  if (!box || !box.addEventListener) return;
  box.parentNode.hidden = false;
  function plain(s) {
    return s.toLowerCase().normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").replace(/\\u00df/g, "ss");
  }
  function spelled(s) {
    return plain(s.toLowerCase().replace(/\\u00e4/g, "ae").replace(/\\u00f6/g, "oe").replace(/\\u00fc/g, "ue"));
  }
  var places = Array.prototype.slice.call(document.querySelectorAll("tbody[data-place]"));
  places.forEach(function (p) { p._names = [plain(p.dataset.place), spelled(p.dataset.place)]; });
  function filter() {
    var typed = box.value.trim(), wanted = [plain(typed), spelled(typed)], shown = 0;
    places.forEach(function (p) {
      var hit = p._names.some(function (n) { return wanted.some(function (w) { return n.indexOf(w) >= 0; }); });
      p.hidden = !hit;
      if (hit) shown += 1;
    });
    document.querySelectorAll("section.land").forEach(function (land) {
      land.hidden = !land.querySelector("tbody[data-place]:not([hidden])");
    });
    count.textContent = count.dataset.template.replace("{shown}", shown).replace("{total}", places.length);
  }
  box.addEventListener("input", filter);
  filter();
})();
"""


# One width per column in every Land's table, so that the columns line up down the page.
PLACE_COLUMNS = (
    '<colgroup><col style="width:20%"><col style="width:45%"><col style="width:10%">'
    '<col style="width:25%"></colgroup>'
)


def fold(name: str) -> str:
    """A name as the filter compares it: lower case, without accents ("Köln" -> "koln")."""
    decomposed = unicodedata.normalize("NFD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")


def place_of(city: str, documents: Iterable[dict]) -> PlaceFacts | None:
    """The gazetteer's facts of a profile's place. A document may say which kind of place
    it is about (the optional `place_kind`, "county" or "municipality"); where none does,
    the name decides (places.place_facts)."""
    kinds = {d.get("place_kind") for d in documents if d.get("city") == city} - {None}
    if len(kinds) == 1:
        facts = place_facts(city, county=kinds == {COUNTY})
        if facts is not None:
            return facts
    return place_facts(city)


def region(places: Iterable[PlaceFacts | None]) -> tuple[str | None, int]:
    """(the one Land all known places lie in, or None; the number of Länder)."""
    states = {p.state for p in places if p is not None and p.state}
    return (next(iter(states)) if len(states) == 1 else None), len(states)


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
    documents = dataset["documents"]

    def row(s) -> str:
        if s.name in failed:
            links = f'<span class="failed">{_e(T("index.failed"))}</span>'
        else:
            links = " · ".join(f'<a href="{_e(s.name)}.{f}">{f.upper()}</a>' for f in formats)
            links += f' · <a href="notebooks/{_e(s.name)}.ipynb">{_e(T("index.notebook"))}</a>'
        return (
            f'<tr><td>{_e(s.kicker)}</td><td lang="{s.lang}">{_e(s.title)}</td>'
            f"<td>{_e(s.lang.upper())}</td><td>{links}</td></tr>"
        )

    head = (
        f"<thead><tr><th>{_e(T('index.kind'))}</th><th>{_e(T('index.report'))}</th>"
        f"<th>{_e(T('index.language'))}</th><th>{_e(T('index.formats'))}</th></tr></thead>"
    )
    comparisons = [s for s in specs if "city" not in s.parameters]
    by_place: dict[str, list] = {}
    for s in specs:
        if "city" in s.parameters:
            by_place.setdefault(s.parameters["city"], []).append(s)
    facts = {city: place_of(city, documents) for city in by_place}
    unknown = T("index.state_unknown")
    by_land: dict[str, list[str]] = {}
    for city, f in facts.items():
        by_land.setdefault(f.state if f is not None and f.state else unknown, []).append(city)
    lands = sorted((k for k in by_land if k != unknown), key=fold) + ([unknown] if unknown in by_land else [])

    sections = []
    for land in lands:
        bodies = []
        for city in sorted(by_land[land], key=lambda c: (fold(c), c)):
            f = facts[city]
            label = ""
            if f is not None and f.kind == COUNTY:
                label = f' <span class="place-kind">({_e(T("index.county"))})</span>'
            rows = "".join(row(s) for s in by_place[city])
            bodies.append(
                f'<tbody data-place="{_e(city)}"><tr><th colspan="4" class="place">'
                f'<span lang="de">{_e(city)}</span>{label}</th></tr>{rows}</tbody>'
            )
        lang = "" if land == unknown else ' lang="de"'  # a Land by its German name
        sections.append(
            f'<section class="land"><h3{lang}>{_e(land)}</h3>'
            f'<table class="places">{PLACE_COLUMNS}{head}{"".join(bodies)}</table></section>'
        )

    state, n_states = region(facts.values())
    if state:
        subtitle = T("index.subtitle_state", state=state)
    elif n_states:
        subtitle = T("index.subtitle_country", n=n_states)
    else:
        subtitle = T("index.subtitle_unknown")

    bib = Bibliography(documents, source_list or {}, T)
    sources = []
    # grouped by place (alphabetical), then by file, so a place's sources stand together
    for d in sorted(documents, key=lambda d: (fold(d.get("city") or "\uffff"), d["source"]["path"])):
        dup = f" ({T('index.identical', doc=d['duplicate_of'])})" if d.get("duplicate_of") else ""
        entry = bib.entry(d) if d["doc_id"] in bib.number else ""
        sources.append(
            f'<tr><td>{_e(d["city"])}</td><td class="name">{_e(d["source"]["path"])}{_e(dup)}</td>'
            f"<td>{_e(entry)}</td><td>{_e(T.date(d['published']))}</td></tr>"
        )
    tables = sorted(p.name for p in (out / "data" / "tables").glob("*.csv"))
    table_links = ", ".join(f'<a href="data/tables/{_e(t)}">{_e(t)}</a>' for t in tables)
    skipped_html = ""
    if skipped:
        items = "".join(f"<li>{_e(e.name)}: {_e(e.reason)}</li>" for e in skipped)
        skipped_html = f"<h2>{_e(T('index.skipped'))}</h2><ul>{items}</ul>"
    count_template = T("index.filter_count", shown="{shown}", total="{total}")
    filter_box = (
        f'<p class="place-filter" hidden><label for="place-filter">{_e(T("index.filter"))}</label> '
        f'<input type="search" id="place-filter" autocomplete="off" '
        f'placeholder="{_e(T("index.filter_placeholder"))}"> '
        f'<span id="place-filter-count" aria-live="polite" data-template="{_e(count_template)}"></span></p>'
    )
    places_html = ""
    if sections:
        places_html = f"<h2>{_e(T('index.places'))}</h2>{filter_box}{''.join(sections)}"
    page = f"""<!DOCTYPE html>
<html lang="{T.lang}"><head><meta charset="utf-8"><title>{_e(T("index.title"))}</title>
<meta name="description" content="{_e(T("index.description"))}">
<style>{css()}
tbody[hidden], section[hidden], p[hidden] {{ display: none; }}
table.places {{ table-layout: fixed; width: 100%; }}
table.places th.place {{ text-align: left; padding-top: 0.6em; }}
</style></head>
<body>
<header class="title-page"><p class="kicker">{_e(T("index.kicker"))}</p><h1 class="report-title">{_e(T("index.title"))}</h1>
<p class="subtitle">{_e(subtitle)}</p>
<p>{_e(T("index.description"))}</p>
<p>{_e(T("index.built", built=T.timestamp(built), n=len(documents)))}
{_e(T("index.data"))}: <a href="data/profiles.json">profiles.json</a> · {T("index.tables", links=table_links)}</p></header>
<h2>{_e(T("index.reports"))}</h2>
<table class="places">{PLACE_COLUMNS}{head}
<tbody>{"".join(row(s) for s in comparisons)}</tbody></table>
{places_html}
<h2>{_e(T("index.sources"))}</h2>
<table><thead><tr><th>{_e(T("index.city"))}</th><th>{_e(T("index.file"))}</th><th>{_e(T("index.title_col"))}</th><th>{_e(T("index.published"))}</th></tr></thead>
<tbody>{"".join(sources)}</tbody></table>
{skipped_html}
<script>{FILTER_SCRIPT}</script>
</body></html>
"""
    atomic.write_text(out / "index.html", page)
