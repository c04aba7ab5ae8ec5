"""`python -m analysis add`: web addresses and files -> snapshots, sources.csv lines, and
after `extract` the same facts as the plain text. Every fetch goes to a local server on
127.0.0.1 (tests/sources_material.py)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sources_material import SITE_NAME, Route, page_html, pdf_bytes, serve, title_of

from analysis import cli
from analysis.dataset.profiles import extract_folder
from analysis.sources import register, snapshots
from analysis.sources.add import add_sources, sniff

DEV = Path(__file__).parent / "reference" / "dev" / "docs"
# A handful of development texts of different kinds (portrait, news, strategy page).
HANDFUL = ("d01_aachen_portrait", "d05_kaiserslautern_news", "d12_guetersloh_strategy")
INVENTED = (
    "Musterfeld: Stadt beruft Digitalisierungsbeauftragte\n"
    "[3.4.2023] Die Stadt Musterfeld hat Erika Beispiel zur Chief Digital Officer ernannt. "
    "Sie leitet die Stabsstelle Digitalisierung beim Oberbürgermeister.\n"
    "Der Rat hatte die Digitalstrategie im Mai 2022 beschlossen.\n"
)


def facts(doc: dict) -> dict:
    """What a report states about a document (ids, paths and offsets aside)."""
    gov = doc["governance"]
    return {
        "city": doc["city"],
        "cdo": gov["cdo"],
        "placement": gov["cdo_placement"],
        "holder": gov["cdo_holder"],
        "events": sorted((e["date"], e["type"]) for e in doc["events"]),
        "people": sorted(p["name"] for p in doc["people"]),
        "units": sorted(u["name"] if isinstance(u, dict) else u for u in gov["units"]),
    }


def by_name(dataset: dict) -> dict[str, dict]:
    return {snapshots.SNAPSHOT_ID.sub("", d["doc_id"]): d for d in dataset["documents"]}


def quotes_exact(folder: Path, dataset: dict) -> bool:
    for doc in dataset["documents"]:
        raw = (folder / doc["source"]["path"]).read_bytes().decode(doc["source"]["encoding"])
        for ev in _evidence(doc):
            if raw[ev["start"] : ev["end"]] != ev["quote"]:
                return False
    return True


def _evidence(node):
    if isinstance(node, dict):
        if {"start", "end", "quote"} <= node.keys():
            yield node
        for value in node.values():
            yield from _evidence(value)
    elif isinstance(node, list):
        for value in node:
            yield from _evidence(value)


@pytest.fixture(scope="module")
def material():
    """Pages and PDFs of a handful of development texts (PDFs take WeasyPrint a moment)."""
    out = {}
    for stem in HANDFUL:
        text = (DEV / f"{stem}.txt").read_text(encoding="utf-8")
        out[stem] = (text, page_html(text, title_of(text), "2021-02-23").encode(), pdf_bytes(text))
    return out


def test_add_pages_and_pdfs_gives_snapshots_rows_and_the_facts_of_the_text(tmp_path, material):
    txt, web = tmp_path / "txt", tmp_path / "web"
    txt.mkdir(), web.mkdir()
    routes = {}
    for stem, (text, page, pdf) in material.items():
        (txt / f"{stem}.txt").write_text(text, encoding="utf-8")
        routes[f"/{stem}.html"] = Route(page)
        routes[f"/{stem}.pdf"] = Route(pdf, "application/pdf")
    with serve(routes) as (base, agents):
        result = add_sources([f"{base}{path}" for path in sorted(routes)], web)
    assert not result.skipped, [e.line() for e in result.skipped]
    assert len(result.added) == 2 * len(HANDFUL)
    assert agents and all("city-digital-reports" in a for a in agents)  # a clear user agent

    # the raw bytes unchanged, under their content hash
    for added in result.added:
        meta = json.loads((web / "snapshots" / f"{added.doc_id}.json").read_text(encoding="utf-8"))
        raw = (web / "snapshots" / meta["snapshot"]).read_bytes()
        assert raw == routes["/" + meta["snapshot"].replace(f"_{meta['sha256'][:16]}", "")].body
        assert snapshots.sha256(raw) == meta["sha256"] and added.doc_id.endswith(meta["sha256"][:16])

    rows = {r["file"]: r for r in register.read_rows(web / "sources.csv")}
    assert set(rows) == {a.text_file for a in result.added}
    page_rows = [r for r in rows.values() if r["url"].endswith(".html")]
    assert all(r["publisher"] == SITE_NAME and r["date"] == "2021-02-23" and r["title"] for r in page_rows)
    assert all(r["retrieved"].endswith("Z") and r["url"].startswith(base) for r in rows.values())

    want = by_name(extract_folder(txt).dataset)
    got = extract_folder(web)
    assert not got.skipped
    pages = [
        d for d in got.dataset["documents"] if d["source"]["path"] in {a.text_file for a in result.added}
    ]
    assert len(pages) == 2 * len(HANDFUL)
    for doc in pages:
        stem = snapshots.SNAPSHOT_ID.sub("", doc["doc_id"])
        assert facts(doc) == facts(want[stem]), (doc["source"]["path"], facts(doc), facts(want[stem]))
    assert quotes_exact(web, got.dataset)


def test_add_files_and_a_folder_of_pdfs(tmp_path, material):
    inbox, seeds = tmp_path / "inbox", tmp_path / "seeds"
    inbox.mkdir(), seeds.mkdir()
    for stem, (_text, _page, pdf) in material.items():
        (inbox / f"{stem}.pdf").write_bytes(pdf)
    (inbox / "notiz.txt").write_text(INVENTED, encoding="utf-8")
    code = cli.main(["add", str(inbox), "--seeds", str(seeds)])
    assert code == 0
    dataset = extract_folder(seeds).dataset
    assert len(dataset["documents"]) == len(HANDFUL) + 1
    note = next(d for d in dataset["documents"] if d["doc_id"].startswith("notiz_"))
    assert note["city"] == "Musterfeld" and note["source"]["path"] == f"snapshots/{note['doc_id']}.txt"
    # the same bytes again add nothing
    again = add_sources([str(inbox / "notiz.txt")], seeds)
    assert not again.added and len(again.already) == 1
    assert len(register.read_rows(seeds / "sources.csv")) == len(HANDFUL) + 1


BAD = {
    "/gone": Route(status=404),
    "/broken": Route(b"oops", status=503),
    "/loop": Route(status=302, location="/loop"),
    "/huge": Route(b"<html><body>" + b"x" * 3000 + b"</body></html>"),
    "/image": Route(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png"),
    "/slow": Route(b"<html><body><p>spaet</p></body></html>", delay_s=2.0),
    "/lying.pdf": Route(b"<html><body><p>Fehlerseite</p></body></html>", "application/pdf"),
    "/download": Route(b"PK\x03\x04" + b"\0" * 64, "application/octet-stream"),
}
BAD_LINES = {
    "/gone": "HTTP 404",
    "/broken": "HTTP 503",
    "/loop": "redirects (a redirect loop?)",
    "/huge": "response too large (0.00289 MB > 0.002 MB limit)",
    "/image": "content type 'image/png' is not a web page, PDF or text",
    "/slow": "timed out after 0.5 s",
    "/lying.pdf": "not a PDF: its bytes are a web page (HTML)",
    "/download": "content type 'application/octet-stream' is not a web page, PDF or text",
}


def test_bad_inputs_get_one_line_each_and_the_rest_goes_on(tmp_path, capsys):
    seeds, inbox = tmp_path / "seeds", tmp_path / "inbox"
    seeds.mkdir(), inbox.mkdir()
    (inbox / "strategie.pdf").write_bytes(b"<!DOCTYPE html><html><body>keine PDF</body></html>")
    (inbox / "seite.html").write_bytes(b"%PDF-1.7\n%binary")
    (inbox / "notiz.txt").write_text(INVENTED, encoding="utf-8")
    routes = {**BAD, "/ok.html": Route(page_html(INVENTED, "Musterfeld digital").encode())}
    with serve(routes) as (base, _):
        argv = ["add", *(f"{base}{p}" for p in routes), "ftp://127.0.0.1/datei.pdf", "file:///etc/hosts"]
        argv += [str(inbox / n) for n in ("strategie.pdf", "seite.html", "notiz.txt", "fehlt.pdf")]
        code = cli.main([*argv, "--seeds", str(seeds), "--max-mb", "0.002", "--timeout", "0.5"])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert all(line.startswith("skipped ") for line in err), err
    assert "Traceback" not in "\n".join(err)
    for path, reason in BAD_LINES.items():
        assert any(line.startswith(f"skipped {base}{path}: ") and reason in line for line in err), (path, err)
    assert any("ftp://127.0.0.1/datei.pdf: not an http(s) address" in line for line in err)
    assert any("file:///etc/hosts: not an http(s) address" in line for line in err)
    assert "skipped strategie.pdf: not a PDF: its bytes are a web page (HTML)" in err
    assert "skipped seite.html: not a web page (HTML): its bytes are a PDF" in err
    assert any(line.startswith("skipped fehlt.pdf: cannot read file") for line in err)
    assert len(err) == len(BAD) + 5
    rows = register.read_rows(seeds / "sources.csv")
    assert sorted(r["file"].split("_")[0] for r in rows) == ["snapshots/notiz", "snapshots/ok"]


def test_a_redirect_is_followed_and_the_address_it_ends_at_registered(tmp_path):
    routes = {
        "/alt": Route(status=301, location="/neu/strategie.html"),
        "/neu/strategie.html": Route(page_html(INVENTED, "Musterfeld digital").encode()),
    }
    with serve(routes) as (base, _):
        result = add_sources([f"{base}/alt"], tmp_path)
    assert not result.skipped and result.added[0].doc_id.startswith("strategie_")
    assert result.added[0].row["url"] == f"{base}/neu/strategie.html"
    meta = json.loads((tmp_path / "snapshots" / f"{result.added[0].doc_id}.json").read_text(encoding="utf-8"))
    assert meta["url"] == f"{base}/alt" and meta["final_url"] == f"{base}/neu/strategie.html"


def test_a_saved_page_names_its_address(tmp_path):
    page = page_html(INVENTED, "Musterfeld digital").replace(
        "<!DOCTYPE html>",
        "<!DOCTYPE html>\n<!-- saved from url=(0042)https://www.musterfeld.example/digital -->",
    )
    (tmp_path / "digital.html").write_text(page, encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    result = add_sources([str(tmp_path / "digital.html")], seeds)
    assert result.added[0].row["url"] == "https://www.musterfeld.example/digital"
    assert (
        result.added[0].row["title"] == "Musterfeld digital" and result.added[0].row["publisher"] == SITE_NAME
    )


def test_scanned_and_encrypted_pdfs_are_skipped_with_their_reason(tmp_path, capsys):
    from sources_material import encrypted_pdf_bytes, scanned_pdf_bytes

    (tmp_path / "scan.pdf").write_bytes(scanned_pdf_bytes())
    (tmp_path / "geheim.pdf").write_bytes(encrypted_pdf_bytes(INVENTED))
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    code = cli.main(["add", str(tmp_path / "scan.pdf"), str(tmp_path / "geheim.pdf"), "--seeds", str(seeds)])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert err == [
        "skipped scan.pdf: no text layer (scanned PDF)",
        "skipped geheim.pdf: encrypted PDF (needs a password)",
    ]
    assert not (seeds / "snapshots").exists() and not (seeds / "sources.csv").exists()


def test_offline_rebuild_gives_identical_bytes(tmp_path, material, monkeypatch):
    """After `add`, extract and tables read only the snapshots: with the network gone they
    give the same bytes, twice."""
    import httpx

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    _text, page, pdf = material[HANDFUL[1]]
    with serve({"/a.html": Route(page), "/a.pdf": Route(pdf, "application/octet-stream")}) as (base, _):
        assert not add_sources([f"{base}/a.html", f"{base}/a.pdf"], seeds).skipped

    def no_network(*args, **kwargs):
        raise AssertionError("a rebuild must not fetch")

    monkeypatch.setattr(httpx.Client, "send", no_network)
    outputs = []
    for run in ("1", "2"):
        out = tmp_path / f"run{run}"
        assert cli.main(["extract", "--seeds", str(seeds), "--out", str(out / "profiles.json")]) == 0
        assert (
            cli.main(["tables", "--profiles", str(out / "profiles.json"), "--out", str(out / "tables")]) == 0
        )
        outputs.append({p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert outputs[0] == outputs[1] and len(outputs[0]) > 1


def test_register_appends_from_threads_lose_no_row(tmp_path):
    path = tmp_path / "sources.csv"
    path.write_text(
        'file,publisher,kind,what the text says about itself,title,date,url\nalt.txt,Verlag,news,,"Titel, mit Komma",2020-01-01,\n',
        encoding="utf-8",
    )

    def add(i: int) -> None:
        register.append_rows(
            path,
            [{"file": f"snapshots/n{i}.txt", "title": f"Nr. {i}", "url": f"https://example.invalid/{i}"}],
        )

    threads = [threading.Thread(target=add, args=(i,)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    rows = register.read_rows(path)
    assert rows[0]["file"] == "alt.txt" and rows[0]["title"] == "Titel, mit Komma"
    assert sorted(r["file"] for r in rows[1:]) == sorted(f"snapshots/n{i}.txt" for i in range(12))
    assert list(rows[0]) == list(register.COLUMNS)  # `retrieved` added once, at the end


def test_sniff_tells_pdf_page_text_and_other_binaries():
    assert sniff(b"%PDF-1.7\n...") == "pdf"
    assert sniff(b"\xef\xbb\xbf<!DOCTYPE html><html>") == "html"
    assert sniff(b"Die Stadt Musterfeld.") == "txt"
    assert sniff(b"\x89PNG\r\n\x1a\n\0\0") is None


def test_evidence_page_reads_the_pdf_snapshots_page_offsets(tmp_path):
    snap = snapshots.write_snapshot(
        tmp_path, "plan", "pdf", b"%PDF-1.7", "Seite eins.\nSeite zwei.\n", {"pages": [0, 12]}
    )
    text_file = f"snapshots/{snap.text_path.name}"
    assert snapshots.evidence_page(tmp_path, text_file, 3) == 1
    assert snapshots.evidence_page(tmp_path, text_file, 14) == 2
    assert snapshots.evidence_page(tmp_path, "000_seed.txt", 3) is None


def test_snapshot_names_are_readable_and_hashed():
    digest = snapshots.sha256(b"x")
    assert (
        snapshots.doc_id_for("Digitalstrategie Düsseldorf 2025!", digest)
        == f"digitalstrategie-duesseldorf-2025_{digest[:16]}"
    )
    assert snapshots.SNAPSHOT_ID.search(snapshots.doc_id_for("a", digest))
    assert snapshots.page_of([0, 100, 250], 0) == 1 and snapshots.page_of([0, 100, 250], 120) == 2
    assert snapshots.page_of([0, 100, 250], 999) == 3


def test_the_reader_lists_stored_texts_of_snapshots_not_their_raw_pages(tmp_path):
    from analysis.reading.reader import list_sources

    (tmp_path / "a.txt").write_text("Die Stadt Musterfeld.", encoding="utf-8")
    snaps = tmp_path / "snapshots"
    snaps.mkdir()
    for name in ("seite_0123456789abcdef.html", "seite_0123456789abcdef.txt", "seite_0123456789abcdef.json"):
        (snaps / name).write_text("Die Stadt Musterfeld.", encoding="utf-8")
    (snaps / ".x.tmp.txt").write_text("halb", encoding="utf-8")
    names = [p.relative_to(tmp_path).as_posix() for p in list_sources(tmp_path)]
    assert names == ["a.txt", "snapshots/seite_0123456789abcdef.txt"]


@pytest.mark.slow
def test_bench_sources_quick_meets_the_tolerance(tmp_path):
    """The measurement of issue 18 on 5 development texts (the full run: 40, see README)."""
    import subprocess
    import sys

    bench = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_sources.py"
    r = subprocess.run(
        [sys.executable, str(bench), "--quick", "--out", str(tmp_path / "sources.json")],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "OK: worst add route" in r.stdout


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "file": st.text(min_size=1, max_size=20),
                "title": st.text(max_size=40),
                "publisher": st.text(max_size=20),
            }
        ),
        min_size=1,
        max_size=4,
    )
)
def test_register_keeps_every_cell_as_written(rows):
    """Commas, quotes, line breaks (as \\n) and any other text in a cell survive the append."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sources.csv"
        register.append_rows(path, rows[:1])
        register.append_rows(path, rows[1:])
        back = register.read_rows(path)
    want = [{c: register.cell_text(r.get(c, "")) for c in register.COLUMNS} for r in rows]
    assert [{c: b[c] for c in register.COLUMNS} for b in back] == want
