"""Sources as analysts hold them (issue 18): does `add` of a web page or a PDF give the same
facts as the plain text? And which reader is better per field of a web page?

From each development text (../shared/dev/docs, or tests/reference/dev/docs) it makes a
web page (navigation, cookie banner, footer; title, site name and date in the page's head)
and a strategy-like PDF (WeasyPrint: A4, justified, German hyphenation and ligatures, page
numbers), serves them on 127.0.0.1, runs `add` for every address, `extract`s the sources
folder and scores it with the shared scorer against dev.gold.json, beside the `.txt` route.
Web pages are also read the old way (the saved `.html` in the folder, today's reader).

    .venv/bin/python benchmarks/bench_sources.py            # all 40 texts
    .venv/bin/python benchmarks/bench_sources.py --quick    # 5 texts

Reports core_mean per route (target: within 0.05 of the `.txt` route), the PDF text's
fidelity to the source (share of the source's words recovered in order; words still
hyphenated; ligature characters left), and per web-page field (title, site name, date,
main-text words) how often each reader gets it right.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import json
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from _common import DEFAULT_OUT, REPO, table, write_json

sys.path.insert(0, str(REPO / "tests"))  # the page/PDF makers and the local server

from sources_material import SITE_NAME, Route, page_html, pdf_bytes, serve, title_of  # type: ignore[import-not-found]

from analysis.sources.snapshots import SNAPSHOT_ID

SHARED = REPO.parent / "shared"
DEV_DOCS = next(
    (p for p in (SHARED / "dev" / "docs", REPO / "tests" / "reference" / "dev" / "docs") if p.is_dir()), None
)
GOLD = next(
    p
    for p in (SHARED / "gold" / "dev.gold.json", REPO / "tests" / "reference" / "gold" / "dev.gold.json")
    if p.exists()
)
SCORER = next(
    p
    for p in (
        SHARED / "tools" / "score_extraction.py",
        REPO / "tests" / "reference" / "tools" / "score_extraction.py",
    )
    if p.exists()
)
TOLERANCE = 0.05


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def words(text: str) -> list[str]:
    return re.findall(r"\w+(?:-\w+)*", text)


def fidelity(source: str, extracted: str) -> float:
    """Share of the source's words found in order in the extracted text."""
    a, b = words(source), words(extracted)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / max(1, len(a))


def same_text(source: str, extracted: str) -> bool:
    """The same paragraphs in the same words (blank lines and runs of spaces aside)."""

    def paragraphs(text: str) -> list[str]:
        return [" ".join(line.split()) for line in text.splitlines() if line.strip()]

    return paragraphs(source) == paragraphs(extracted)


def score(folder: Path, gold: dict, dataset: dict, ids: set[str]) -> dict:
    scorer = load_scorer()
    docs = []
    for doc in dataset["documents"]:
        doc = dict(doc, doc_id=SNAPSHOT_ID.sub("", doc["doc_id"]))
        if doc["doc_id"] in ids:
            docs.append(doc)
    sub = {"documents": {k: v for k, v in gold["documents"].items() if k in ids}}
    result, _problems = scorer.score(sub, {"documents": docs}, str(folder))
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="5 texts only")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT / "sources.json")
    args = ap.parse_args()
    if DEV_DOCS is None:
        print("no development texts found", file=sys.stderr)
        return 2

    from analysis.dataset.profiles import extract_folder
    from analysis.sources.add import add_sources

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    texts = sorted(DEV_DOCS.glob("*.txt"))
    if args.quick:
        texts = texts[:5]
    ids = {p.stem for p in texts}
    work = Path(tempfile.mkdtemp(prefix="bench-sources-"))
    try:
        txt_dir, html_dir, web_dir, pdf_dir = (work / n for n in ("txt", "html", "web", "pdf"))
        for d in (txt_dir, html_dir, web_dir, pdf_dir):
            d.mkdir()
        routes: dict[str, Route] = {}
        truth: dict[str, dict] = {}
        started = time.perf_counter()
        for p in texts:
            text = p.read_text(encoding="utf-8")
            shutil.copy(p, txt_dir / p.name)
            title = title_of(text)
            published = gold["documents"].get(p.stem, {}).get("published")
            page = page_html(text, title, published).encode("utf-8")
            (html_dir / f"{p.stem}.html").write_bytes(page)
            routes[f"/{p.stem}.html"] = Route(page)
            routes[f"/{p.stem}.pdf"] = Route(pdf_bytes(text, title), "application/pdf")
            truth[p.stem] = {"title": title, "site": SITE_NAME, "date": published, "text": text}
        made_s = time.perf_counter() - started

        with serve(routes) as (base, _agents):
            web = add_sources([f"{base}/{p.stem}.html" for p in texts], web_dir)
            pdf = add_sources([f"{base}/{p.stem}.pdf" for p in texts], pdf_dir)
        skipped = [e.line() for e in web.skipped + pdf.skipped]

        results = {}
        for name, folder in (
            ("txt", txt_dir),
            ("html (today's reader)", html_dir),
            ("web (add)", web_dir),
            ("pdf (add)", pdf_dir),
        ):
            dataset = extract_folder(folder).dataset
            results[name] = score(folder, gold, dataset, ids)
            if name == "html (today's reader)":
                html_meta = {d["doc_id"]: d for d in dataset["documents"]}

        # per field of a web page: trafilatura/htmldate (register row) vs today's reader (profile)
        fields = {
            k: [0, 0] for k in ("title: add", "title: reader", "site: add", "date: add", "date: reader")
        }
        text_fid: dict[str, list[float]] = {
            k: [] for k in ("add", "reader", "add, furniture-free", "reader, furniture-free")
        }
        for added in web.added:
            stem = SNAPSHOT_ID.sub("", added.doc_id)
            t, row, old = truth[stem], added.row, html_meta.get(stem, {})
            fields["title: add"][0] += row["title"] == t["title"]
            fields["title: reader"][0] += (old.get("title") or "") == t["title"]
            fields["site: add"][0] += row["publisher"] == t["site"]
            fields["date: add"][0] += (row["date"] or None) == t["date"]
            fields["date: reader"][0] += old.get("published") == t["date"]
            for k in fields:
                fields[k][1] += 1
            stored = (web_dir / added.text_file).read_text(encoding="utf-8")
            text_fid["add"].append(fidelity(t["text"], stored))
            text_fid["add, furniture-free"].append(fidelity(stored, t["text"]))
            from analysis.reading.reader import html_view

            view, _ = html_view((html_dir / f"{stem}.html").read_text(encoding="utf-8"))
            text_fid["reader"].append(fidelity(t["text"], view))
            text_fid["reader, furniture-free"].append(fidelity(view, t["text"]))
        pdf_fid, hyphen_left, ligatures_left, pdf_same = [], 0, 0, 0
        for added in pdf.added:
            stem = SNAPSHOT_ID.sub("", added.doc_id)
            stored = (pdf_dir / added.text_file).read_text(encoding="utf-8")
            pdf_fid.append(fidelity(truth[stem]["text"], stored))
            pdf_same += same_text(truth[stem]["text"], stored)
            source_words = set(words(truth[stem]["text"]))
            hyphen_left += sum(1 for w in words(stored) if "-" in w and w not in source_words)
            ligatures_left += sum(stored.count(chr(c)) for c in range(0xFB00, 0xFB07))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    base_core = results["txt"]["core_mean"]
    rows = [
        [
            name,
            r["core_mean"],
            r["city"],
            r["cdo"],
            r["events_f1"],
            r["published"],
            r["bad_evidence"],
            f"{r['core_mean'] - base_core:+.3f}",
        ]
        for name, r in results.items()
    ]
    print(f"{len(texts)} development texts ({DEV_DOCS}); pages and PDFs made in {made_s:.1f} s")
    print(
        table(["route", "core_mean", "city", "cdo", "events_f1", "published", "bad evidence", "vs txt"], rows)
    )
    mean = lambda xs: round(sum(xs) / len(xs), 3) if xs else None  # noqa: E731
    print(
        table(
            ["web page field", "right", "of"],
            [[k, a, b] for k, (a, b) in fields.items()]
            + [
                [f"main text: {label}", mean(text_fid[key]), len(text_fid[key])]
                for label, key in (
                    ("source words kept, trafilatura (add)", "add"),
                    ("source words kept, html_view (reader)", "reader"),
                    ("words that are the source's, trafilatura (add)", "add, furniture-free"),
                    ("words that are the source's, html_view (reader)", "reader, furniture-free"),
                )
            ],
        )
    )
    print(
        table(
            ["PDF text (pypdf)", "value"],
            [
                ["words in order (mean)", mean(pdf_fid)],
                ["min", min(pdf_fid, default=None)],
                ["same paragraphs, same words", f"{pdf_same} of {len(pdf_fid)}"],
                ["hyphenated words left", hyphen_left],
                ["ligature characters left", ligatures_left],
            ],
        )
    )
    for line in skipped:
        print(line)
    worst = min(results["web (add)"]["core_mean"], results["pdf (add)"]["core_mean"])
    ok = not skipped and base_core - worst <= TOLERANCE
    print(f"{'OK' if ok else 'FAIL'}: worst add route {worst} vs txt {base_core} (tolerance {TOLERANCE})")
    write_json(
        args.out,
        {
            "results": results,
            "fields": fields,
            "pdf_fidelity": pdf_fid,
            "web_fidelity": text_fid,
            "hyphen_left": hyphen_left,
            "ligatures_left": ligatures_left,
            "skipped": skipped,
        },
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
