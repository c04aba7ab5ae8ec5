"""Scale of the comparative reports: a synthetic corpus of 100 places drawn from the
municipality register (real Länder, sizes and counties; `_common.register_places`), and
only the two comparisons (governance-comparison, strategy-timelines) rendered to HTML and
PDF through the library (`plan_reports` + `render_report`, the build's own per-report step).

Prints time and peak RSS (this process and its kernels) per report, the PDF page counts,
the pages of the aggregate part (everything before the per-place detail, whose heading
carries the id `place-detail`: the page of that named destination minus one), the time to
write the index of every report, and renders every PDF page to PNG (`pdftoppm -r 50`) so
that a person can judge whether the tables and figures are still readable. The issue's
budget: `--cities 400`, both comparisons, HTML and PDF under 90 s, each aggregate part at
most 6 pages.

    .venv/bin/python benchmarks/bench_scale.py               # 100 places
    .venv/bin/python benchmarks/bench_scale.py --cities 400  # the national budget
    .venv/bin/python benchmarks/bench_scale.py --quick       # 8 places
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import DEFAULT_OUT, TreeMonitor, machine, make_corpus, mib, table, write_json

COMPARISONS = ("governance-comparison", "strategy-timelines")
# The id of the heading that opens a comparison's per-place detail; WeasyPrint makes every
# id a named destination of the PDF.
DETAIL_ANCHOR = "place-detail"
BUDGET_SECONDS = 90  # both comparisons, HTML and PDF, at 400 places (issue 17)
BUDGET_AGGREGATE_PAGES = 6


def aggregate_pages(pdf: Path) -> int | None:
    """The pages before the per-place detail: the page of the named destination
    `place-detail` minus one (pages counted from 1); None when the PDF has no such
    destination (a comparison without a detail part)."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    dest = reader.named_destinations.get(DETAIL_ANCHOR)
    if dest is None:
        return None
    return reader.get_destination_page_number(dest)  # 0-based page of the detail = pages before it


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cities", type=int, default=100, help="cities in the synthetic corpus (default 100)")
    ap.add_argument("--quick", action="store_true", help="tiny run: 8 cities")
    ap.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="folder for scale.json and scale/ (PDFs, PNGs)"
    )
    ap.add_argument("--dpi", type=int, default=50, help="resolution of the PNG pages (default 50)")
    ap.add_argument("--lang", default="en", help="report languages, comma-separated: en, de (default en)")
    args = ap.parse_args()
    n = 8 if args.quick else args.cities

    from analysis.build import build_time, plan_reports, render_report, report_meta
    from analysis.build.catalogue import report_name
    from analysis.dataset.profiles import extract_folder, write_profiles

    info = machine()
    pages_dir = args.out / "scale"
    shutil.rmtree(pages_dir, ignore_errors=True)
    pages_dir.mkdir(parents=True)
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        seeds, out = Path(tmp) / "seeds", Path(tmp) / "out"
        intended = make_corpus(seeds, n, n_cities=n, real_places=True)
        started = time.perf_counter()
        dataset = extract_folder(seeds).dataset
        t_extract = time.perf_counter() - started
        profiles = out / "data" / "profiles.json"
        write_profiles(dataset, profiles)
        cities = len({d["city"] for d in dataset["documents"] if d.get("city")})
        as_drawn = sum(
            intended.get(Path(d["source"]["path"]).name) == d.get("city") for d in dataset["documents"]
        )
        print(
            f"{n} synthetic documents, {cities} places recognised ({as_drawn} as drawn from the register), "
            f"extracted in {t_extract:.1f}s",
            flush=True,
        )

        # The build's report workers start warm (its fork server imports papermill, nbconvert,
        # WeasyPrint and the hyphenation dictionaries once: analysis/build/preload.py); so
        # does this process, so that the first report is not charged with them.
        started = time.perf_counter()
        import analysis.build.preload  # noqa: F401

        print(f"workers' imports (preload, once per build): {time.perf_counter() - started:.1f}s", flush=True)
        now = build_time()
        built, built_iso = now.strftime("%Y-%m-%d %H:%M UTC"), now.strftime("%Y-%m-%dT%H:%M:%SZ")
        langs = tuple(lang.strip() for lang in args.lang.split(",") if lang.strip())
        wanted = {report_name(c, lang) for c in COMPARISONS for lang in langs}
        for spec in [s for s in plan_reports(dataset, langs) if s.name in wanted]:
            meta = report_meta(spec, dataset, built, built_iso=built_iso)
            print(f"rendering {spec.name} ...", flush=True)
            with TreeMonitor() as mon:
                outcome = render_report(
                    spec, str(profiles.resolve()), str(out.resolve()), ("html", "pdf"), meta
                )
            r: dict[str, Any] = {
                "ok": outcome.ok,
                "seconds": round(outcome.seconds, 2),
                "peak_rss": mon.peak,
                "message": outcome.message,
                "pages": None,
                "png": [],
            }
            pdf = out / f"{spec.name}.pdf"
            if outcome.ok and pdf.exists():
                from pypdf import PdfReader

                r["pages"] = len(PdfReader(pdf).pages)
                r["aggregate_pages"] = aggregate_pages(pdf)
                r["html_kb"] = (out / f"{spec.name}.html").stat().st_size // 1024
                shutil.copy(pdf, pages_dir / pdf.name)
                if shutil.which("pdftoppm"):
                    subprocess.run(
                        ["pdftoppm", "-r", str(args.dpi), "-png", str(pdf), str(pages_dir / spec.name)],
                        check=True,
                    )
                    r["png"] = [str(p) for p in sorted(pages_dir.glob(f"{spec.name}-*.png"))]
            else:
                r["log"] = (out / ".build" / "logs" / f"{spec.name}.log").read_text(encoding="utf-8")[-3000:]
            results[spec.name] = r

        # The index of every report a full build of this corpus would make (the comparisons
        # and a profile per place), timed as the build writes it.
        from analysis.reporting.index import write_index

        (out / "data" / "tables").mkdir(parents=True, exist_ok=True)
        specs = plan_reports(dataset, langs)
        started = time.perf_counter()
        write_index(out, specs, dataset, ("html", "pdf"), built, set(), [], langs)
        t_index = time.perf_counter() - started
        index_kb = (out / "index.html").stat().st_size // 1024
        print(f"index of {len(specs)} reports written in {t_index:.2f}s ({index_kb} KiB)", flush=True)

    print(f"\n{n} places; {info['cpus']} CPUs, load average at start {info['loadavg_at_start']}\n")
    print(
        table(
            ["report", "ok", "seconds", "peak RSS (tree)", "PDF pages", "aggregate pages", "HTML KiB"],
            [
                [
                    k,
                    "yes" if r["ok"] else "FAILED",
                    f"{r['seconds']:.1f}",
                    mib(r["peak_rss"]),
                    r["pages"],
                    "no detail part" if r.get("aggregate_pages") is None else r["aggregate_pages"],
                    r.get("html_kb", ""),
                ]
                for k, r in results.items()
            ],
        )
    )
    total = sum(r["seconds"] for r in results.values())
    worst = [r.get("aggregate_pages") for r in results.values()]
    print(
        f"\nall comparisons: {total:.1f}s (budget at 400 places: {BUDGET_SECONDS}s); aggregate parts: "
        + ", ".join("not marked" if w is None else str(w) for w in worst)
        + f" pages (budget: {BUDGET_AGGREGATE_PAGES} each)"
    )
    for name, r in results.items():
        if not r["ok"]:
            print(f"\n{name} failed: {r['message']}\n{r['log']}")
        elif r["png"]:
            print(f"\n{name}: {len(r['png'])} page images\n  " + "\n  ".join(r["png"]))
        else:
            print(f"\n{name}: no pdftoppm; PDF in {pages_dir}")
    write_json(
        args.out / "scale.json",
        {
            "machine": info,
            "cities": n,
            "recognised_cities": cities,
            "recognised_as_drawn": as_drawn,
            "extract_s": round(t_extract, 2),
            "comparisons_s": round(total, 2),
            "index_s": round(t_index, 3),
            "index_reports": len(specs),
            "index_kb": index_kb,
            "budget": {"seconds": BUDGET_SECONDS, "aggregate_pages": BUDGET_AGGREGATE_PAGES},
            "reports": results,
        },
    )
    return 0 if all(r["ok"] for r in results.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
