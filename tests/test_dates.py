"""Tests for analysis.reading.dates: German date expressions with exact spans."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.reading import dates
from analysis.reading.dates import MONTHS, DateMention, find_dates, parse_date

# (text, date, end_date, qualifier, relation, named): the text holds exactly one mention.
POSITIVE = [
    # full dates, month names
    ("9. November 2017", "2017-11-09", None, None, None, False),
    ("09. Nov. 2017", "2017-11-09", None, None, None, False),
    ("1. März 2020", "2020-03-01", None, None, None, False),
    ("1. Maerz 2020", "2020-03-01", None, None, None, False),
    ("am 3.Juni 2019", "2019-06-03", None, None, None, False),
    ("am 9. November 2017 die", "2017-11-09", None, None, None, False),
    ("31. Dezember 1999", "1999-12-31", None, None, None, False),
    ("29. Februar 2020", "2020-02-29", None, None, None, False),
    ("12. Sept. 2019", "2019-09-12", None, None, None, False),
    ("3. Jänner 2021", "2021-01-03", None, None, None, False),
    ("Sonntag, 23. Februar 2025", "2025-02-23", None, None, None, False),
    ("Montag, den 3. Mai 2021", "2021-05-03", None, None, None, False),
    ("Mo., 3. Mai 2021", "2021-05-03", None, None, None, False),
    # numeric dates
    ("09.11.2017", "2017-11-09", None, None, None, False),
    ("9.11.2017", "2017-11-09", None, None, None, False),
    ("9. 11. 2017", "2017-11-09", None, None, None, False),
    ("[23.02.2021]", "2021-02-23", None, None, None, False),
    ("[23.02.2021] Die Verwaltung", "2021-02-23", None, None, None, False),
    ("2017-11-09", "2017-11-09", None, None, None, False),
    ("23.02.21", "2021-02-23", None, None, None, False),
    ("01.04.98", "1998-04-01", None, None, None, False),
    ("Stand: 03/2019", "2019-03", None, None, None, False),
    ("Stand 11.2020", "2020-11", None, None, None, False),
    ("23.02.2025, 10:30 Uhr", "2025-02-23", None, None, None, False),
    # month + year
    ("im August 2017", "2017-08", None, None, None, False),
    ("August 2017", "2017-08", None, None, None, False),
    ("Aug. 2017", "2017-08", None, None, None, False),
    ("Nov 2017", "2017-11", None, None, None, False),
    ("Im November 2016 wurde", "2016-11", None, None, None, False),
    ("SEPTEMBER 2019", "2019-09", None, None, None, False),
    # qualified
    ("Anfang 2018", "2018", None, "early", None, False),
    ("Mitte 2018", "2018", None, "mid", None, False),
    ("Ende 2017", "2017", None, "late", None, False),
    ("Ende des Jahres 2017", "2017", None, "late", None, False),
    ("Anfang des Jahres 2020", "2020", None, "early", None, False),
    ("Jahresende 2021", "2021", None, "late", None, False),
    ("Beginn 2019", "2019", None, "early", None, False),
    ("Anfang März 2019", "2019-03", None, "early", None, False),
    ("Mitte Juni 2020", "2020-06", None, "mid", None, False),
    ("Ende Mai 2020", "2020-05", None, "late", None, False),
    # seasons
    ("Frühjahr 2018", "2018", None, "early", None, False),
    ("Frühling 2018", "2018", None, "early", None, False),
    ("im Sommer 2018", "2018", None, "mid", None, False),
    ("Herbst 2018", "2018", None, "late", None, False),
    ("Winter 2018/2019", "2018", None, "late", None, False),
    ("Winter 2018/19", "2018", None, "late", None, False),
    # quarters and halves
    ("im ersten Quartal 2020", "2020", None, "early", None, False),
    ("1. Quartal 2020", "2020", None, "early", None, False),
    ("Q1 2020", "2020", None, "early", None, False),
    ("Q4/2021", "2021", None, "late", None, False),
    ("im dritten Quartal 2021", "2021", None, "mid", None, False),
    ("im vierten Quartal 2019", "2019", None, "late", None, False),
    ("IV. Quartal 2021", "2021", None, "late", None, False),
    ("im letzten Quartal 2021", "2021", None, "late", None, False),
    ("im zweiten Halbjahr 2020", "2020", None, "late", None, False),
    ("2. Halbjahr 2020", "2020", None, "late", None, False),
    ("1. Halbjahr 2020", "2020", None, "early", None, False),
    ("in der ersten Jahreshälfte 2022", "2022", None, "early", None, False),
    ("H2 2020", "2020", None, "late", None, False),
    # since / until
    ("seit 2019", "2019", None, None, "since", False),
    ("Seit Anfang 2018 ist", "2018", None, "early", "since", False),
    ("seit Anfang 2018", "2018", None, "early", "since", False),
    ("ab 2020", "2020", None, None, "since", False),
    ("Ab 2020 gilt", "2020", None, None, "since", False),
    ("seit März 2019", "2019-03", None, None, "since", False),
    ("seit dem 1. Januar 2020", "2020-01-01", None, None, "since", False),
    ("ab dem zweiten Halbjahr 2020", "2020", None, "late", "since", False),
    ("von 2019 an", "2019", None, None, "since", False),
    ("2019 bis heute", "2019", None, None, "since", False),
    ("bis 2030", "2030", None, None, "until", False),
    ("bis Ende 2025", "2025", None, "late", "until", False),
    ("bis Ende 2025.", "2025", None, "late", "until", False),
    ("spätestens 2025", "2025", None, None, "until", False),
    ("bis spätestens 2025", "2025", None, None, "until", False),
    ("bis zum Jahr 2030", "2030", None, None, "until", False),
    ("bis zum 31.12.2021", "2021-12-31", None, None, "until", False),
    ("bis Mitte 2024", "2024", None, "mid", "until", False),
    # ranges
    ("2017-2020", "2017", "2020", None, "range", False),
    ("2017–2020", "2017", "2020", None, "range", False),
    ("2017 – 2020", "2017", "2020", None, "range", False),
    ("2017 bis 2020", "2017", "2020", None, "range", False),
    ("von 2017 bis 2020", "2017", "2020", None, "range", False),
    ("zwischen 2017 und 2020", "2017", "2020", None, "range", False),
    ("zwischen Januar und April 2021", "2021-01", "2021-04", None, "range", False),
    ("Januar bis März 2020", "2020-01", "2020-03", None, "range", False),
    ("November bis Februar 2021", "2020-11", "2021-02", None, "range", False),
    ("März/April 2020", "2020-03", "2020-04", None, "range", False),
    ("2019/2020", "2019", "2020", None, "range", False),
    ("2019/20", "2019", "2020", None, "range", False),
    ("1.1.2020 bis 31.12.2021", "2020-01-01", "2021-12-31", None, "range", False),
    ("vom 1. bis 3. März 2020", "2020-03-01", "2020-03-03", None, "range", False),
    ("1.–3. März 2020", "2020-03-01", "2020-03-03", None, "range", False),
    ("von März 2019 bis Juni 2020", "2019-03", "2020-06", None, "range", False),
    ("Ende 2017/Anfang 2018", "2017", "2018", "late", "range", False),
    ("Sofortprogramm Saubere Luft 2017-2020", "2017", "2020", None, "range", True),
    ("»Sofortprogramm Saubere Luft 2017-2020«", "2017", "2020", None, "range", True),
    # plain years with a cue
    ("im Jahr 2003", "2003", None, None, None, False),
    ("Im Jahr 2017 wurde", "2017", None, None, None, False),
    ("2016 gemeinsam mit", "2016", None, None, None, False),
    ("haben 2016 gemeinsam mit", "2016", None, None, None, False),
    ("(2019)", "2019", None, None, None, False),
    ("in 2020", "2020", None, None, None, False),
    ("für 2024 deutliche Fortschritte", "2024", None, None, None, False),
    ("Die 2021 auf den Weg gebrachte", "2021", None, None, None, False),
    ("wurde 2019 beschlossen.", "2019", None, None, None, False),
    ("Geschäftsjahr 2019 Bilanz", "2019", None, None, None, False),
    ("über 2030 hinaus", "2030", None, None, None, False),
    ("© 2019 Stadt", "2019", None, None, None, False),
    ("im Jahr 1999", "1999", None, None, None, False),
    # years glued into names
    ("Masterplans Digitales Musterstadt 2025 vornehmen", "2025", None, None, None, True),
    ('unter dem Motto "digiTal 2023"', "2023", None, None, None, True),
    ("unter dem Motto „digiTal 2023“", "2023", None, None, None, True),
    ("„Strategie 2030“", "2030", None, None, None, True),
    ("Agenda 2030", "2030", None, None, None, True),
    ("Strategie 2025", "2025", None, None, None, True),
    ("(Agenda 2030)", "2030", None, None, None, True),
    ("„Digitale Stadt“ 2025", "2025", None, None, None, True),
    ("Wintersemester 2020/21", "2020", "2021", None, "range", True),
    # glued web-page headers
    ("Bitkom Smart City Atlas19. März 20193 min read", "2019-03-19", None, None, None, False),
    ("Atlas19.03.20195 min read", "2019-03-19", None, None, None, False),
    ("Atlas19. März 201912 Min. Lesezeit", "2019-03-19", None, None, None, False),
    ("ARTIKELSonntag, 23. Februar 2025", "2025-02-23", None, None, None, False),
]

# (text, exact span text) for span conventions.
SPANS = [
    ("im August 2017", "August 2017"),
    ("im Jahr 2003", "Jahr 2003"),
    ("im ersten Quartal 2020", "ersten Quartal 2020"),
    ("am 3.Juni 2019", "3.Juni 2019"),
    ("[23.02.2021]", "23.02.2021"),
    ("Seit Anfang 2018 ist", "Seit Anfang 2018"),
    ("bis Ende 2025.", "bis Ende 2025"),
    ("von 2017 bis 2020", "von 2017 bis 2020"),
    ("von 2019 an", "von 2019 an"),
    ("die Strategie von 2019", "2019"),
    ("zwischen Januar und April 2021", "zwischen Januar und April 2021"),
    ("Sonntag, 23. Februar 2025", "Sonntag, 23. Februar 2025"),
    ("Bitkom Smart City Atlas19. März 20193 min read", "19. März 2019"),
    ("Atlas19.03.20195 min read", "19.03.2019"),
    ("Sofortprogramm Saubere Luft 2017-2020«", "2017-2020"),
    ('Motto "digiTal 2023" im', "2023"),
]

NOT_DATES = [
    "2000 Mitarbeitende",
    "1500 Projektideen",
    "rund 2020 Beschäftigte",
    "über 1.900 Anträge",
    "mit 2050 Euro",
    "2.000 Vorschläge",
    "etwa 2019 Teilnehmende",
    "mehr als 2000 Anträge",
    "insgesamt 2010 Anfragen",
    "knapp 2030 Haushalte",
    "ca. 2019",
    "bis zu 2000 Euro",
    "von 2000 Mitarbeitenden",
    "2019 EUR",
    "2020 €",
    "2020 Prozent",
    "2050 %",
    "1999 km",
    "2000 Mbit",
    "zwischen 2000 und 3000 Euro",
    "2000-3000 Euro",
    "am Ende 2000 Euro",
    "1800 wurde",
    "im Jahr 2150",
    "ID: 459892951",
    "ID: 20191234",
    "Nr. 2019",
    "Tel. 0228 77-2019",
    "KW 12/2020",
    "115",
    "5.0",
    "Industrie 4.0",
    "5G",
    "10-Punkte-Plan",
    "1:1-Wechsel",
    "10.30 Uhr",
    "3.14",
    "2019,5 Millionen",
    "31.02.2020",
    "30.02.2021",
    "32.01.2020",
    "2017 min read",
    "2017 Min. Lesezeit",
    "Ende der 1990er",
    "in den 2010er-Jahren",
    "1990er Jahre",
    "am 1. März",
    "Januar bis März",
    "Anfang März",
    "3. Halbjahr 2020",
    "H3 2020",
    "2017-11",
    "2020/2019",
]


def _only(text: str) -> DateMention:
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


def _fields(m: DateMention) -> tuple:
    return (m.date, m.end_date, m.qualifier, m.relation, m.named)


@pytest.mark.parametrize("text,date,end_date,qualifier,relation,named", POSITIVE)
def test_positive(text, date, end_date, qualifier, relation, named):
    m = _only(text)
    assert _fields(m) == (date, end_date, qualifier, relation, named)
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize("text,span", SPANS)
def test_span_text(text, span):
    m = _only(text)
    assert m.text == span
    assert m.start == text.index(span)


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text):
    assert find_dates(text) == []


PREFIX = "Nach Angaben der Verwaltung wurde "
SUFFIX = " beschlossen, heißt es im Bericht."


@pytest.mark.parametrize("text,date,end_date,qualifier,relation,named", POSITIVE)
def test_embedding_shifts_offsets(text, date, end_date, qualifier, relation, named):
    alone = _only(text)
    embedded = _only(PREFIX + text + SUFFIX)
    assert _fields(embedded) == _fields(alone)
    assert embedded.text == alone.text
    assert embedded.start == alone.start + len(PREFIX)
    assert embedded.end == alone.end + len(PREFIX)


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date_embedded(text):
    assert find_dates(PREFIX + text + SUFFIX) == []


def test_paragraph_with_several_dates():
    text = (
        "Die Digitalstrategie der Stadt Musterstadt wurde im Jahr 2014 erstellt. "
        "Im August 2017 folgte der Masterplan Digitales Musterstadt 2025, "
        "finanziert aus dem »Sofortprogramm Saubere Luft 2017-2020«. Seit Anfang 2018 "
        "arbeiten 2000 Mitarbeitende daran; bis Ende 2025 sollen über 1.900 Anträge "
        "digital sein.\n[23.02.2021] Neue Meldung\n"
    )
    got = [(m.text, *_fields(m)) for m in find_dates(text)]
    assert got == [
        ("Jahr 2014", "2014", None, None, None, False),
        ("August 2017", "2017-08", None, None, None, False),
        ("2025", "2025", None, None, None, True),
        ("2017-2020", "2017", "2020", None, "range", True),
        ("Seit Anfang 2018", "2018", None, "early", "since", False),
        ("bis Ende 2025", "2025", None, "late", "until", False),
        ("23.02.2021", "2021-02-23", None, None, None, False),
    ]


def test_dates_do_not_span_line_breaks():
    assert [m.text for m in find_dates("Januar\nbis März 2020")] == ["bis März 2020"]
    assert find_dates("Strategie\n2025 wurde")[0].named is False


def test_months_dict():
    for key in ("januar", "märz", "maerz", "jan.", "sept.", "sep", "dez.", "mai", "jänner"):
        assert key in MONTHS
    assert all(k == k.lower() for k in MONTHS)
    assert set(MONTHS.values()) == set(range(1, 13))
    assert MONTHS["maerz"] == MONTHS["märz"] == 3 and MONTHS["sept."] == 9


def test_mention_is_frozen():
    m = _only("seit 2019")
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.date = "2020"  # type: ignore[misc]


@pytest.mark.parametrize(
    "expr,date,relation",
    [
        ("9. November 2017", "2017-11-09", None),
        ("  im August 2017 ", "2017-08", None),
        ("seit Anfang 2018", "2018", "since"),
        ("2017–2020", "2017", "range"),
        ("von 2019", "2019", None),
    ],
)
def test_parse_date(expr, date, relation):
    m = parse_date(expr)
    assert m is not None
    assert (m.date, m.relation) == (date, relation)
    assert expr.strip()[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "expr",
    [
        "",
        "kein Datum",
        "2000 Mitarbeitende",
        "2017 und 2019 und 2021",
        "im August 2017 hat die Stadt beschlossen",
        "31.02.2020",
    ],
)
def test_parse_date_rejects(expr):
    assert parse_date(expr) is None


def test_module_has_no_memorised_names():
    source = Path(dates.__file__).read_text(encoding="utf-8")
    for name in ("Bonn", "Wuppertal", "Düsseldorf", "Bitkom", "digiTal", "Musterstadt"):
        assert name not in source


def test_forty_kilobytes_of_dense_text():
    # Speed is measured in benchmarks/, not asserted here; this checks the long input works.
    paragraph = (
        "Die Stadt hat am 9. November 2017 die Strategie beschlossen. Seit Anfang 2018 gibt es "
        "einen CDO, rund 2000 Mitarbeitende sind beteiligt. Zwischen Januar und April 2021 lief "
        "die Beteiligung, bis Ende 2025 soll die Agenda 2030 umgesetzt sein (Stand: 03/2019). "
        "Bitkom Smart City Atlas19. März 20193 min read. [23.02.2021] Meldung mit 10-Punkte-Plan "
        "und Industrie 4.0, Tel. 0228 77-2019, Version 5.0, um 10.30 Uhr.\n"
    )
    text = (paragraph * (40_000 // len(paragraph) + 1))[:40_000]
    found = find_dates(text)
    assert len(found) > 300
    assert all(text[m.start : m.end] == m.text for m in found)


# --- properties -----------------------------------------------------------------

_DATE_FORM = re.compile(r"(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")

_FRAGMENTS = [
    " ",
    " ",
    " ",
    "\n",
    "-",
    "–",
    "/",
    ".",
    ",",
    "(",
    ")",
    "„",
    "“",
    '"',
    "»",
    "«",
    ":",
    "2019",
    "2017",
    "2020",
    "1999",
    "2150",
    "19",
    "03",
    "1",
    "9.",
    "11.",
    "1.1.",
    "23.02.21",
    "20193 min read",
    "min",
    "Euro",
    "%",
    "seit",
    "Seit",
    "ab",
    "bis",
    "von",
    "vom",
    "zum",
    "zwischen",
    "und",
    "an",
    "heute",
    "spätestens",
    "Ende",
    "Anfang",
    "Mitte",
    "des Jahres",
    "Jahr",
    "im",
    "März",
    "Nov.",
    "Januar",
    "Sommer",
    "Winter",
    "ersten",
    "Quartal",
    "Q1",
    "Halbjahr",
    "Sonntag,",
    "Agenda",
    "Strategie",
    "Mitarbeitende",
    "rund",
    "über",
    "hinaus",
    "gemeinsam",
    "Atlas",
    "er",
    "Uhr",
    "4.0",
]
_fragment_text = st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map("".join)
_any_text = st.one_of(_fragment_text, st.text(max_size=120))


def _check_well_formed(text: str, found: list[DateMention]) -> None:
    last_end = 0
    for m in found:
        assert text[m.start : m.end] == m.text
        assert last_end <= m.start < m.end
        last_end = m.end
        assert _DATE_FORM.fullmatch(m.date)
        if m.end_date is not None:
            assert _DATE_FORM.fullmatch(m.end_date) and m.end_date > m.date
            assert m.relation == "range"
        assert m.qualifier in (None, "early", "mid", "late")
        assert m.relation in (None, "since", "until", "range")
        assert "\n" not in m.text


@settings(max_examples=400, deadline=None)
@given(_any_text)
def test_property_spans_sorted_non_overlapping(text):
    _check_well_formed(text, find_dates(text))


@settings(max_examples=400, deadline=None)
@given(_fragment_text)
def test_property_windowed_scan_equals_full_scan(text):
    # find_dates only tries positions shortly before numbers; that must not lose matches.
    assert find_dates(text) == dates._build(text, dates._matches_full_scan(text))


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(POSITIVE),
    st.sampled_from(["", "Laut Plan wurde ", "Text.\n", "(", "so "]),
    st.sampled_from(["", " beschlossen.", ".\nNeu", ")", ", danach"]),
)
def test_property_context_shifts_offsets(case, prefix, suffix):
    text = case[0]
    alone = _only(text)
    found = find_dates(prefix + text + suffix)
    assert len(found) == 1
    assert found[0].start == alone.start + len(prefix)
    assert _fields(found[0]) == _fields(alone)


def test_seed_texts_are_well_formed(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = find_dates(text)
        _check_well_formed(text, found)
        assert found == dates._build(text, dates._matches_full_scan(text))


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("im zweiten Quartal 2021", "mid"),
        ("im vierten Quartal 2021", "late"),
        ("im zweiten Halbjahr 2021", "late"),
        ("Q3 2022", "mid"),
        ("H1 2022", "early"),
    ],
)
def test_quarters_and_half_years_read_as_part_of_the_year(text: str, qualifier: str) -> None:
    m = parse_date(text)
    assert m is not None and m.qualifier == qualifier


def test_every_weekday_opens_a_date() -> None:
    for day in dates.WEEKDAYS:
        m = parse_date(f"{day.capitalize()}, 9. März 2024")
        assert m is not None and m.date == "2024-03-09" and m.start == 0, day


# --- precision of an extracted date (issue 19: every date longer than a year was marked "day") ----


@pytest.mark.parametrize("date, precision", [("2017", "year"), ("2017-11", "month"), ("2017-11-09", "day")])
def test_precision_follows_what_the_date_gives(date, precision):
    assert dates.precision_of(date) == precision


def test_extracted_events_carry_the_precision_of_their_date():
    from analysis.extraction import extract_document
    from analysis.reading.reader import SourceText

    text = (
        "Digitalisierung in Beispielhausen\n\nMeilensteine\n\n"
        "Im Jahr 2017 begann die Erarbeitung der Digitalstrategie. "
        "Im März 2019 hat der Rat der Stadt Beispielhausen die Digitalstrategie beschlossen. "
        "Am 9. November 2020 startete das Bürgerportal.\n"
    )
    doc = extract_document(SourceText("t", "t.txt", "0" * 64, "utf-8", text, text))
    found = {e["date"]: e["precision"] for e in doc["events"]}
    assert found == {"2017": "year", "2019-03": "month", "2020-11-09": "day"}
