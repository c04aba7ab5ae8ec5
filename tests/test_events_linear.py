"""Issue 20: the timeline of a hostile text costs time linear in its length.

A paragraph of nothing but date expressions is one run-on "sentence". Each date's fact is
read from its clause and a bounded neighbourhood (events.REACH), and the publication cue is
looked up just before its date, so doubling such a paragraph at most roughly doubles the
time. The check is a ratio measured in the same run (generous slack), not an absolute time.
"""

from __future__ import annotations

import time
from pathlib import Path

from analysis.extraction import events
from analysis.extraction.context import DocContext
from analysis.extraction.meta import detect_published
from analysis.reading.dates import find_dates
from analysis.reading.lemmas import lemma
from analysis.reading.reader import read_source

UNIT = "am 12. März 2019, seit Anfang 2020 und bis Ende 2021; "


def _paragraph(kb: float) -> str:
    """About `kb` KB of whole date expressions (ending with a full stop: not cut off)."""
    size = int(kb * 1024)
    return (UNIT * (size // len(UNIT) + 1)).rstrip("; ") + "."


def _timeline_seconds(tmp_path: Path, kb: float) -> float:
    path = tmp_path / f"dates{kb}.txt"
    path.write_text("Termine\n\n" + _paragraph(kb) + "\n", encoding="utf-8")
    source = read_source(path, tmp_path)
    best = float("inf")
    for _ in range(3):  # CPU time, best of three: another process on the machine adds none
        started = time.process_time()
        ctx = DocContext(source)
        ctx.published = detect_published(ctx)
        found = events.extract_events(ctx, "other")
        best = min(best, time.process_time() - started)
    assert found  # the dates were read, not set aside
    return best


def test_doubling_a_paragraph_of_dates_at_most_roughly_doubles_the_timeline_time(tmp_path):
    lemma("Termin")  # the dictionary loads once per process, outside the measurement
    small = _timeline_seconds(tmp_path, 2)
    large = _timeline_seconds(tmp_path, 4)
    assert large / small < 3, f"2 KB: {small:.3f} s, 4 KB: {large:.3f} s"


def test_doubling_a_paragraph_of_dates_at_most_roughly_doubles_the_date_grammar_time():
    def seconds(kb: float) -> float:
        text = _paragraph(kb)
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            find_dates(text)
            best = min(best, time.process_time() - started)
        return best

    small, large = seconds(8), seconds(16)
    assert large / small < 3, f"8 KB: {small:.3f} s, 16 KB: {large:.3f} s"


def test_the_text_read_for_one_date_is_bounded_in_a_run_on_sentence():
    sentence = _paragraph(16)
    mentions = find_dates(sentence)
    assert len(mentions) > 100
    for m in mentions[:: len(mentions) // 10]:
        for read in (events._clause(sentence, m), events._window(sentence, m), events.near(sentence, m)):
            assert len(read) <= 2 * events.REACH + len(m.text)
