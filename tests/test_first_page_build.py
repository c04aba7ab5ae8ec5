"""The seed reports' first pages agree with cities.csv (slow: one real build, both languages).

Every status and date stated in the key findings, the table "At a glance", the fact boxes
and the intervals is compared with the row of data/tables/cities.csv written by the same
build: one derivation, so no two sections can disagree."""

from __future__ import annotations

import csv
import html
import re
from pathlib import Path

import pytest

from analysis.reporting.texts import texts

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(built_reports) -> Path:
    """The session's shared build of the seeds in both languages (conftest.py)."""
    return built_reports.out


def cities(out: Path) -> dict[str, dict[str, str]]:
    with (out / "data" / "tables" / "cities.csv").open(encoding="utf-8", newline="") as fh:
        return {r["city"]: r for r in csv.DictReader(fh)}


def plain(fragment: str) -> str:
    # inline tags (German words carry lang spans) join their text; soft hyphens are
    # typesetting hints at compound joints, not text
    inline = re.sub(r"</?(?:span|a|em|strong|abbr|small)\b[^>]*>", "", fragment)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", inline)).replace("\xad", "").split())


def table_after(page: str, anchor: str) -> list[dict[str, str]]:
    """The rows of the first table after the heading `anchor`, as dicts by column header."""
    start = page.index(f'id="{anchor}"')
    table = page[start : page.index("</table>", start)]
    head = [plain(h) for h in re.findall(r"<th[^>]*>(.*?)</th>", table, re.S)]
    rows = re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>", 1)[1], re.S)
    return [
        dict(zip(head, [plain(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", r, re.S)], strict=True))
        for r in rows
    ]


def findings(page: str) -> list[str]:
    block = page[page.index('<ol class="findings">') :]
    block = block[: block.index("</ol>")]
    # a finding may hold spans of its own (German names carry lang="de"): it ends before its notes
    return [plain(f) for f in re.findall(r'<span class="finding">(.*?)</span>\s*(?:<a |</li>)', block, re.S)]


def fact_box(page: str) -> dict[str, str]:
    block = page[page.index('<dl class="fact-box">') :]
    block = block[: block.index("</dl>")]
    return {plain(k): plain(v) for k, v in re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", block, re.S)}


def strategy_words(row: dict[str, str], T) -> str:
    """The strategy cell as the reports must print it from the cities.csv row."""
    if not row["strategy_status"]:
        return T("status.none_found")
    word = T.label("strategy_status", row["strategy_status"])
    if not row["strategy_date"] or row["strategy_status"] == "in_preparation":
        return word  # a step of the work on a strategy is no date of the strategy
    return T(
        "status.dated", status=word, when=T.when(row["strategy_date"], row["strategy_qualifier"] or None)
    )


def cdo_words(row: dict[str, str], T) -> str:
    return T.label("cdo_status", row["cdo_status"] or "not_stated")


def since_words(row: dict[str, str], T) -> str | None:
    return T.date(row["cdo_since"], row["cdo_since_qualifier"] or None) if row["cdo_since"] else None


LANGS = [("en", ""), ("de", "-de")]


@pytest.mark.parametrize(("lang", "suffix"), LANGS)
def test_at_a_glance_and_intervals_state_what_cities_csv_says(built, lang, suffix):
    T, rows = texts(lang), cities(built)
    page = (built / f"governance-comparison{suffix}.html").read_text("utf-8")
    glance = {r[T("glance.city")]: r for r in table_after(page, "at-a-glance")}
    assert set(glance) == set(rows)
    for city, row in rows.items():
        cells = glance[city]
        assert cells[T("glance.strategy_status")] == strategy_words(row, T), city
        assert cells[T("glance.cdo")].startswith(cdo_words(row, T)), city
        since = since_words(row, T)
        expected = since if since else (T("intervals.not_dated") if row["cdo_status"] == "in_office" else "–")
        assert cells[T("glance.since")] == expected, city
        if not row["as_of"]:
            assert cells[T("glance.as_of")].startswith(T("date.estimated", date="").split(" ")[0]), city
    timeline = (built / f"strategy-timelines{suffix}.html").read_text("utf-8")
    intervals = {r[T("intervals.city")]: r for r in table_after(timeline, "intervals")}
    unlisted = [city for city in rows if city not in intervals]  # no dated step: counted, not listed
    if unlisted:
        assert T("national.intervals_others", n=len(unlisted)) in plain(timeline)
    for city, row in rows.items():
        if city in unlisted:
            assert not row["cdo_since"] and not (
                row["strategy_date"] and row["strategy_status"] != "in_preparation"
            )
            continue
        assert intervals[city][T("intervals.strategy_status")].startswith(strategy_words(row, T)), city
        since = since_words(row, T)
        if since:
            assert intervals[city][T("intervals.cdo_since")].startswith(since), city


@pytest.mark.parametrize(("lang", "suffix"), LANGS)
def test_key_findings_state_what_cities_csv_says(built, lang, suffix):
    T, rows = texts(lang), cities(built)
    for report in ("governance-comparison", "strategy-timelines"):
        found = findings((built / f"{report}{suffix}.html").read_text("utf-8"))
        strategy, cdo = found[0], found[1]
        for status in ("adopted", "presented", "in_preparation"):
            group = [c for c, r in rows.items() if r["strategy_status"] == status]
            assert T(f"finding.count.{status}", n=len(group), cities="") in strategy, (report, status)
        for status in ("in_office", "post_created", "planned"):
            group = [c for c, r in rows.items() if r["cdo_status"] == status]
            assert T(f"finding.count.{status}", n=len(group), cities="") in cdo, (report, status)
        for city, row in rows.items():
            about = [f for f in found if f.startswith((f"{city} ", f"{city}:"))]
            said = " ".join(about)
            if row["strategy_status"] in ("adopted", "presented"):
                when = T.when(row["strategy_date"], row["strategy_qualifier"] or None)
                sentence = next(f for f in about if when in f)
                other = "presented" if row["strategy_status"] == "adopted" else "adopted"
                # the statement itself (before "; its sources do not say it was adopted")
                assert T.label("strategy_status", other) not in sentence.split(".")[0].split(";")[0], sentence
            if row["cdo_status"] == "in_office":
                since = since_words(row, T)
                key = "finding.cdo.in_office_since" if since else "finding.cdo.in_office"
                opening = T(key, city=city, date=since, holder="", placement="", reporting="", as_of="")
                assert opening.split(":")[0] in said, (city, said)
            elif row["cdo_status"] == "post_created":
                assert "in office" not in said and "im Amt" not in said, city


@pytest.mark.parametrize(("lang", "suffix"), LANGS)
def test_fact_boxes_state_what_cities_csv_says(built, lang, suffix):
    T, rows = texts(lang), cities(built)
    for city, row in rows.items():
        slug = re.sub(
            r"[^a-z0-9]+", "-", city.lower().replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
        )
        box = fact_box((built / f"city-{slug.strip('-')}{suffix}.html").read_text("utf-8"))
        strategy = box[T("fact.strategy")]
        if row["strategy_status"] in ("adopted", "presented"):
            word = T.label("strategy_status", row["strategy_status"])
            date = T.date(row["strategy_date"], row["strategy_qualifier"] or None)
            assert f"{word} {date}" in strategy, (city, strategy)
        elif not row["strategy_status"]:
            assert strategy == T("fact.strategy.none"), city
        cdo = box[T("fact.cdo")]
        first = T(
            f"fact.cdo.{row['cdo_status'] or 'not_stated'}",
            holder="",
            since="",
            placement="",
            as_of="",
            note="",
        )
        assert cdo.startswith(first.split(",")[0].split("{")[0].strip()), (city, cdo)
        since = since_words(row, T)
        if since:
            assert T("fact.cdo.since", date=since) in cdo, city
        if not row["reporting_line"]:
            assert T("fact.placement") not in box, city  # no reporting line unless the source says
