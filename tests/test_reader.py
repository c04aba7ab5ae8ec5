"""Reading sources: codec detection, exact decoded text, refusals with reasons, HTML masking."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.errors import SourceError
from analysis.reading.reader import SourceText, decode, html_view, list_sources, read_source

GERMAN = (
    "Die Stadt Düsseldorf veröffentlicht ihre Digitalstrategie für Bürgerinnen und Bürger – Straße, Größe."
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


# --- decode -------------------------------------------------------------------------------


def test_decode_utf8():
    text, codec, note = decode(GERMAN.encode("utf-8"))
    assert (text, codec, note) == (GERMAN, "utf-8", None)


def test_decode_utf8_with_bom_drops_the_bom():
    text, codec, note = decode(b"\xef\xbb\xbf" + GERMAN.encode("utf-8"))
    assert codec == "utf-8-sig"
    assert text == GERMAN
    assert not text.startswith("\ufeff")
    assert note is None


def test_decode_cp1252_word():
    data = "Düsseldorf".encode("cp1252")
    assert data == b"D\xfcsseldorf"
    text, codec, _note = decode(data)
    assert codec == "cp1252"
    assert text == "Düsseldorf"


def test_decode_cp1252_sentence_with_typographic_quotes():
    s = "„Die Stadt Köln“ – das Rathaus öffnet – 5 €."
    text, codec, _ = decode(s.encode("cp1252"))
    assert codec == "cp1252"
    assert text == s


def test_decode_latin1_only_bytes():
    # 0x81 and 0x8D are undefined in cp1252, so only latin-1 decodes these bytes.
    data = b"Stra\xdfe in M\xfcnchen \x81 Zeichen \x8d Ende"
    with pytest.raises(UnicodeDecodeError):
        data.decode("cp1252")
    text, codec, _ = decode(data)
    assert codec == "latin-1"
    assert text == data.decode("latin-1")
    assert "Straße in München" in text


def test_decode_utf8_with_one_stray_byte_keeps_utf8_and_notes_it():
    data = GERMAN.encode("utf-8") + b" \xff " + "Köln und Mönchengladbach.".encode()
    text, codec, note = decode(data)
    assert codec == "utf-8"
    assert note and "replace" in note.lower()
    assert text.count("\ufffd") == 1
    assert "Düsseldorf" in text and "Mönchengladbach" in text


def test_decode_keeps_crlf():
    data = "Erste Zeile\r\nZweite Zeile mit Ümlaut\r\n".encode()
    text, _codec, _ = decode(data)
    assert text == "Erste Zeile\r\nZweite Zeile mit Ümlaut\r\n"
    assert text.count("\r\n") == 2


# --- read_source ---------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "cp1252"])
def test_read_source_records_codec_and_exact_text(tmp_path, codec):
    p = _write(tmp_path, "doc.txt", GERMAN.encode(codec))
    src = read_source(p, tmp_path)
    assert src.encoding == codec
    assert src.raw == GERMAN
    assert src.view == src.raw
    assert src.doc_id == "doc"
    assert src.path == "doc.txt"
    # The recorded codec decodes the bytes to exactly the text offsets refer to.
    assert p.read_bytes().decode(src.encoding) == src.raw


def test_read_source_stray_byte_sets_note(tmp_path):
    data = GERMAN.encode("utf-8") + b"\xfe" + "Weiter in Köln.".encode()
    src = read_source(_write(tmp_path, "stray.txt", data), tmp_path)
    assert src.encoding == "utf-8"
    assert src.decode_note
    assert src.raw == data.decode("utf-8", errors="replace")


def test_read_source_keeps_crlf_without_translation(tmp_path):
    data = b"Kopfzeile\r\n\r\nDie Stadt Musterstadt plant viel.\r\n"
    src = read_source(_write(tmp_path, "crlf.txt", data), tmp_path)
    assert "\r\n" in src.raw
    assert src.raw == data.decode("utf-8")
    assert len(src.raw) == len(data.decode("utf-8"))


def test_read_source_sha256_is_of_raw_bytes(tmp_path):
    import hashlib

    data = GERMAN.encode("cp1252")
    src = read_source(_write(tmp_path, "h.txt", data), tmp_path)
    assert src.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    "name,data,reason_word",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\t\r\n  \n", "whitespace"),
        ("nul.txt", b"Text\x00\x00\x00mit NUL\x00", "binary"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_read_source_refuses_with_reason(tmp_path, name, data, reason_word):
    p = _write(tmp_path, name, data)
    with pytest.raises(SourceError) as info:
        read_source(p, tmp_path)
    err = info.value
    assert err.name == name
    assert err.reason and reason_word in err.reason.lower()
    assert name in str(err)


def test_read_source_png_without_nul_is_refused(tmp_path):
    p = _write(tmp_path, "bild.txt", b"\x89PNG\r\n\x1a\nkeine nul bytes hier")
    with pytest.raises(SourceError, match="PNG"):
        read_source(p, tmp_path)


def test_read_source_too_large(tmp_path):
    p = _write(tmp_path, "big.txt", b"Text " * 100)
    with pytest.raises(SourceError, match="too large"):
        read_source(p, tmp_path, max_bytes=100)


# --- HTML ---------------------------------------------------------------------------------

HTML = (
    "<html><head><title>Titel</title><style>p { color: red; }</style></head>\n"
    "<body><script type=\"text/javascript\">var stadt = 'Geheim';</script>\n"
    "<h1>Smart City Musterstadt</h1><p>Die Stadt <b>Musterstadt</b> digitalisiert.</p>\n"
    "<!-- Kommentar Versteckt --></body></html>\n"
)


def test_html_view_maps_every_character_back_to_the_page():
    view, offsets = html_view(HTML)
    assert len(offsets) == len(view) + 1 and offsets[-1] == len(HTML)
    assert list(offsets) == sorted(offsets)
    src = SourceText("p", "p", "0" * 64, "utf-8", HTML, view, offsets=offsets)
    i = view.index("Musterstadt digitalisiert")
    start, end = src.raw_span(i, i + len("Musterstadt"))
    assert HTML[start:end] == "Musterstadt"
    j = view.index("Smart City Musterstadt")
    start, end = src.raw_span(j, j + 22)
    assert HTML[start:end] == "Smart City Musterstadt"
    start, end = src.raw_span(view.index("Die Stadt"), view.index("digitalisiert.") + len("digitalisiert."))
    assert HTML[start:end] == "Die Stadt <b>Musterstadt</b> digitalisiert."


def test_html_view_drops_script_style_comments_and_tags():
    view, _ = html_view(HTML)
    for gone in ("Geheim", "color: red", "Versteckt", "<", ">", "script", "<b>"):
        assert gone not in view, gone
    assert "Die Stadt Musterstadt digitalisiert." in view


def test_html_view_decodes_entities():
    page = "<p>Im M&auml;rz 2019 beschloss der Rat die Stra&szlig;e&nbsp;&#8211; &amp; mehr &unknown;</p>"
    view, offsets = html_view(page)
    assert "Im März 2019 beschloss der Rat die Straße\xa0– & mehr &unknown;" in view
    src = SourceText("p", "p", "0" * 64, "utf-8", page, view, offsets=offsets)
    k = view.index("März 2019")
    start, end = src.raw_span(k, k + len("März 2019"))
    assert page[start:end] == "M&auml;rz 2019"
    start, end = src.raw_span(view.index("Straße"), view.index("Straße") + len("Straße\xa0– &"))
    assert page[start:end] == "Stra&szlig;e&nbsp;&#8211; &amp;"


def test_read_source_html_reads_visible_text_but_keeps_raw(tmp_path):
    p = _write(tmp_path, "seite.html", HTML.encode("utf-8"))
    src = read_source(p, tmp_path)
    assert src.raw == HTML
    assert "Geheim" in src.raw and "Geheim" not in src.view
    start, end = src.raw_span(src.view.index("Die Stadt"), src.view.index("Die Stadt") + 9)
    assert src.raw[start:end] == "Die Stadt"


def test_read_source_html_without_visible_text(tmp_path):
    p = _write(tmp_path, "leer.html", b"<html><script>var a = 1;</script><style>b{}</style></html>")
    with pytest.raises(SourceError):
        read_source(p, tmp_path)


# --- list_sources --------------------------------------------------------------------------


def test_list_sources_ignores_hidden_subfolders_and_other_suffixes(tmp_path):
    for name in (
        "b.txt",
        "a.txt",
        "c.html",
        "d.htm",
        ".hidden.txt",
        ".DS_Store",
        "notes.md",
        "scan.pdf",
        "data.json",
        "backup.txt~",
        "archiv.zip",
    ):
        (tmp_path / name).write_bytes(b"Die Stadt Musterstadt.")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "nested.txt").write_bytes(b"Verschachtelt.")
    (tmp_path / "ordner.txt").mkdir()  # a folder with a document suffix is not a document
    names = [p.name for p in list_sources(tmp_path)]
    assert names == ["a.txt", "b.txt", "c.html", "d.htm"]
