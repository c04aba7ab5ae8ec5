"""Nothing an analyst writes is lost (issue 20): corrections files and review sheets as
spreadsheets save them (UTF-16 "Unicode Text", old Mac line ends, cp1252), rows after a
quote that is never closed, long cells, control characters, two `review --apply` at once,
and the file's own dialect kept when rows are appended."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from typed_cities import dataset

from analysis import review
from analysis.dataset import corrections as corr
from analysis.errors import AnalysisError

HEADER = ["doc_id", "field", "action", "value", "note"]
ROWS = [
    ["a1", "partners", "add", "Bürgerverein Nordhafen", "Satzung 2020"],
    ["a2", "governance.cdo_holder", "set", "Jonas Muster", "Pressemitteilung"],
]


def fresh() -> dict:
    """The invented cities as the extraction leaves them (no corrections yet)."""
    data = dataset()
    for d in data["documents"]:
        d.pop("corrections", None)
        for e in d["events"]:
            e.pop("corrected", None)
    return data


def as_read(path: Path) -> list[tuple]:
    rows, bad = corr.read_corrections(path)
    assert not bad, [e.line() for e in bad]
    return [(r.doc_id, r.field, r.action, r.value, r.note) for r in rows]


@pytest.mark.parametrize(
    "encoding, delimiter, newline",
    [
        ("utf-16", "\t", "\r\n"),  # Excel's "Unicode Text": UTF-16 with BOM, tabs, CRLF
        ("utf-16-le", "\t", "\r\n"),  # the same without a byte order mark
        ("utf-8", ",", "\r"),  # old Mac line ends
        ("cp1252", ";", "\r"),
        ("utf-8-sig", ";", "\r\n"),
    ],
)
def test_a_corrections_file_reads_in_every_dialect_a_spreadsheet_saves(
    tmp_path, encoding, delimiter, newline
):
    path = tmp_path / "corrections.csv"
    text = newline.join(delimiter.join(r) for r in [HEADER, *ROWS]) + newline
    path.write_bytes(text.encode(encoding))
    assert as_read(path) == [tuple(r) for r in ROWS]


def test_a_file_of_no_text_encoding_is_one_line_not_a_traceback(tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_bytes(b"\xff\xfe" + b"\x00\xd8")  # UTF-16 with a lone surrogate
    rows, bad = corr.read_corrections(path)
    assert (
        rows == []
        and len(bad) == 1
        and bad[0].line().startswith("skipped corrections.csv line 1: not a text")
    )


def test_a_note_whose_quote_never_closes_swallows_no_row(tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_text(
        "doc_id,field,action,value,note\n"
        'a1,partners,add,Verein A,"Grund ohne Ende\n'
        "a1,partners,add,Verein B,zweiter Grund\n"
        'a2,partners,add,Verein C,ein 27" Bildschirm\n'  # a quote mark that closes the open one
        "a2,partners,add,Verein D,vierter Grund\n",
        encoding="utf-8",
    )
    rows, bad = corr.read_corrections(path)
    assert [e.line_no for e in bad] == [2] and corr.UNCLOSED in bad[0].reason
    assert [r.value for r in rows] == ["Verein B", "Verein C", "Verein D"]


def test_a_quote_open_at_the_end_of_the_file_is_reported(tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_text('doc_id,field,action,value,note\na1,partners,add,Verein A,"Grund\n', encoding="utf-8")
    rows, bad = corr.read_corrections(path)
    assert rows == [] and [e.line_no for e in bad] == [2]


def test_a_note_over_lines_stays_one_row(tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_text(
        'doc_id,field,action,value,note\na1,partners,add,Verein A,"erste Zeile\nzweite, dritte Zeile"\n',
        encoding="utf-8",
    )
    assert as_read(path)[0][4] == "erste Zeile zweite, dritte Zeile"


def test_a_control_character_in_a_value_skips_the_row(tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_text("doc_id,field,action,value,note\na1,city,set,Nord\x00hafen,Grund\n", encoding="utf-8")
    rows, bad = corr.read_corrections(path)
    assert rows == [] and "U+0000" in bad[0].reason


def sheet(tmp_path: Path, rows: list[str]) -> Path:
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / "review.csv"
    path.write_text(
        "\r\n".join(["doc_id;field;value;quote;verdict;note", *rows]) + "\r\n", encoding="utf-8-sig"
    )
    return path


def test_apply_reports_a_sheet_row_it_cannot_read_and_keeps_the_others(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    path = sheet(
        tmp_path,
        [
            'a1;partners;Verein A;;missing;"nie geschlossen',
            "a2;partners;Verein B;;missing;Grund B",
            "b1;partners;Verein C;" + "lang " * 40_000 + ";missing;Grund C",  # a cell over 128 KB
        ],
    )
    result = review.apply_sheet(path, seeds, fresh())
    assert [e.line_no for e in result.skipped] == [2]
    assert [c.value for c in result.appended] == ["Verein B", "Verein C"]


def test_apply_reads_a_sheet_saved_as_unicode_text(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    path = tmp_path / "review.txt"
    path.write_bytes(
        "doc_id\tfield\tvalue\tverdict\tnote\r\na2\tpartners\tVerein B\tmissing\tGrund\r\n".encode("utf-16")
    )
    assert [c.value for c in review.apply_sheet(path, seeds, fresh()).appended] == ["Verein B"]


def test_two_applies_at_once_both_append(tmp_path, monkeypatch):
    """Each run reads the file, then writes it: without a lock around both, the later
    rename drops the rows of the other run (both said "appended 1 row")."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / corr.FILE_NAME).write_text("doc_id,field,action,value,note,sha256\n", encoding="utf-8")
    sheets = [
        sheet(tmp_path / n, [f"a{i};partners;Verein {n};;missing;Grund"]) for i, n in ((1, "x"), (2, "y"))
    ]
    slow_read = corr.read_corrections

    def read_then_wait(path):
        out = slow_read(path)
        time.sleep(0.3)  # the other run reads the same old rows meanwhile
        return out

    monkeypatch.setattr(corr, "read_corrections", read_then_wait)
    data = fresh()
    threads = [threading.Thread(target=review.apply_sheet, args=(s, seeds, data)) for s in sheets]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r[3] for r in as_read(seeds / corr.FILE_NAME)) == ["Verein x", "Verein y"]


def test_append_keeps_the_files_encoding_line_ends_and_rows(tmp_path):
    path = tmp_path / corr.FILE_NAME
    old = "doc_id;field;action;value;note\ra1;partners;add;Bürgerverein;Grund ä\r".encode("cp1252")
    path.write_bytes(old)
    review.append_corrections(
        path, [corr.Correction(2, "a2", "partners", "add", "Verein Süd", "Grund", "ab" * 6)]
    )
    data = path.read_bytes()
    assert data.startswith(b"doc_id;field;action;value;note;sha256\r")  # the header gains the pin
    assert old.split(b"\r", 1)[1] in data  # old rows byte for byte
    assert data.endswith("a2;partners;add;Verein Süd;Grund;abababababab\r".encode("cp1252"))


def test_append_keeps_unicode_text_as_unicode_text(tmp_path):
    path = tmp_path / corr.FILE_NAME
    path.write_bytes("doc_id\tfield\taction\tvalue\tnote\tsha256\r\n".encode("utf-16"))
    review.append_corrections(path, [corr.Correction(2, "a2", "partners", "add", "Verein", "Grund", "")])
    assert path.read_bytes().startswith(b"\xff\xfe")
    assert path.read_bytes().decode("utf-16").endswith("a2\tpartners\tadd\tVerein\tGrund\t\r\n")


def test_append_converts_cp1252_only_for_characters_it_lacks_and_says_so(tmp_path):
    path = tmp_path / corr.FILE_NAME
    path.write_bytes("doc_id,field,action,value,note\na1,partners,add,Bürgerverein,Grund\n".encode("cp1252"))
    notes = review.append_corrections(
        path, [corr.Correction(2, "a2", "partners", "add", "Łódź-Verein", "x", "")]
    )
    assert notes and "UTF-8" in notes[0]
    assert path.read_bytes().startswith(corr.UTF8_BOM)
    assert [r[3] for r in as_read(path)] == ["Bürgerverein", "Łódź-Verein"]


def test_append_refuses_after_a_row_whose_quote_is_open(tmp_path):
    """A spreadsheet would read the appended rows as part of that row's note."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    before = b'doc_id,field,action,value,note\na1,partners,add,Verein A,"Grund\n'
    (seeds / corr.FILE_NAME).write_bytes(before)
    with pytest.raises(AnalysisError, match="line 2"):
        review.apply_sheet(sheet(tmp_path, ["a2;partners;Verein B;;missing;Grund"]), seeds, fresh())
    assert (seeds / corr.FILE_NAME).read_bytes() == before


def test_append_removes_the_temporary_file_of_a_killed_run(tmp_path):
    path = tmp_path / corr.FILE_NAME
    leftover = tmp_path / ".corrections.k1ll3d.tmp.csv"
    leftover.write_text("half a file")
    review.append_corrections(path, [corr.Correction(2, "a2", "partners", "add", "Verein", "Grund", "")])
    assert not leftover.exists() and path.exists()


def test_a_control_character_in_a_source_quote_does_not_spoil_the_sheet_row():
    data = fresh()
    data["documents"][0]["events"][0]["evidence"]["quote"] = "Der Rat\x00 beschloss."
    text = review.sheet_csv(review.sheet_rows(data))
    table, _ = corr.read_table(text.lstrip("\ufeff"), ("doc_id", "field", "verdict"), "review.csv")
    assert not [line for line, row in table if corr.MALFORMED in row]
    assert any(row["quote"] == "Der Rat beschloss." for _, row in table)
