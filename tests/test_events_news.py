"""News reports: recognised by their marks, and dated steps of the day they appeared.

Invented reports: reported speech dated by a weekday, a photo caption naming people from
the left, and a report without a dateline whose lead says a step happens "nun", dated by
its publication line.
"""

from __future__ import annotations

from pathlib import Path

from analysis.extraction.city import detect_city
from analysis.extraction.context import DocContext
from analysis.extraction.events import extract_events
from analysis.extraction.meta import detect_published, detect_source_kind
from analysis.reading.reader import read_source


def _context(tmp_path: Path, text: str) -> DocContext:
    path = tmp_path / "n.txt"
    path.write_text(text, encoding="utf-8")
    ctx = DocContext(read_source(path, tmp_path))
    ctx.city = detect_city(ctx)
    ctx.published = detect_published(ctx)
    return ctx


BODY = (
    "Die Verwaltung soll in den kommenden Jahren schlanker und digitaler werden. Dafür braucht es "
    "Fachleute, die Abläufe neu denken und die Ämter beraten.\n"
)


def test_reported_speech_dated_by_a_weekday_marks_a_report(tmp_path):
    text = (
        "Tannbrück wird digital\n\n"
        + BODY
        + "„Wir fangen jetzt an“, sagte die Bürgermeisterin am Dienstag.\n"
    )
    assert detect_source_kind(_context(tmp_path, text)) == "news"


def test_a_photo_caption_from_the_left_marks_a_report(tmp_path):
    text = "Tannbrück wird digital\n\nVon links: Anna Beispiel, Jan Muster und Eva Probe.\n" + BODY
    assert detect_source_kind(_context(tmp_path, text)) == "news"


def test_speech_without_a_weekday_is_no_mark_of_a_report(tmp_path):
    text = "Tannbrück wird digital\n\n" + BODY + "„Wir fangen an“, sagte die Bürgermeisterin.\n"
    assert detect_source_kind(_context(tmp_path, text)) != "news"


def test_a_step_of_today_in_a_report_is_dated_by_its_publication_line(tmp_path):
    text = (
        "Tannbrück\n\nDie Stadt Tannbrück braucht Personal\n\n03.09.2030 | 03.09.2030, 16:45\n\n"
        "Tannbrück. In Tannbrück hat nun die Arbeitsgruppe Digitalisierung ihre Arbeit aufgenommen. "
        "Sie tagt monatlich.\n\n" + BODY
    )
    ctx = _context(tmp_path, text)
    assert ctx.published == "2030-09-03"
    events = extract_events(ctx, detect_source_kind(ctx))
    assert [(e["date"], e["kind"], e["type"], e["expression"]) for e in events] == [
        ("2030-09-03", "milestone", "organisation", "nun")
    ]


def test_a_dateline_with_the_place_and_an_agency_dates_the_report(tmp_path):
    for opener in ("Tannbrück, 3. März 2030 – ", "Tannbrück (epd) 03.03.2030 – "):
        text = "Tannbrück wird digital\n\n" + opener + BODY
        ctx = _context(tmp_path, text)
        assert ctx.published == "2030-03-03", opener
        assert detect_source_kind(ctx) == "news"
        events = extract_events(ctx, "news")
        assert [(e["date"], e["label"][:15]) for e in events] == [("2030-03-03", "Die Verwaltung ")]


def test_the_day_a_page_was_fetched_is_no_event_and_no_publication(tmp_path):
    text = "Tannbrück wird digital\n\n" + BODY + "Diese Seite wurde am 03.03.2030 abgerufen.\n"
    ctx = _context(tmp_path, text)
    assert ctx.published is None
    assert extract_events(ctx, "other") == []
