"""Scale of the comparative reports: a synthetic corpus of 100 cities, and only the two
comparisons (governance-comparison, strategy-timelines) rendered to HTML and PDF through
the library (`plan_reports` + `render_report`, the build's own per-report step).

Prints time and peak RSS (this process and its kernels) per report, the PDF page counts,
and renders every PDF page to PNG (`pdftoppm -r 50`) so that a person can judge whether
the 100-city tables and figures are still readable.

    .venv/bin/python benchmarks/bench_scale.py            # 100 cities
    .venv/bin/python benchmarks/bench_scale.py --quick    # 8 cities
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
        make_corpus(seeds, n, n_cities=n)
        started = time.perf_counter()
        dataset = extract_folder(seeds).dataset
        t_extract = time.perf_counter() - started
        profiles = out / "data" / "profiles.json"
        write_profiles(dataset, profiles)
        cities = len({d["city"] for d in dataset["documents"] if d.get("city")})
        print(
            f"{n} synthetic documents, {cities} cities recognised, extracted in {t_extract:.1f}s", flush=True
        )

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

    print(f"\n{n} cities; {info['cpus']} CPUs, load average at start {info['loadavg_at_start']}\n")
    print(
        table(
            ["report", "ok", "seconds", "peak RSS (tree)", "PDF pages", "HTML KiB"],
            [
                [
                    k,
                    "yes" if r["ok"] else "FAILED",
                    f"{r['seconds']:.1f}",
                    mib(r["peak_rss"]),
                    r["pages"],
                    r.get("html_kb", ""),
                ]
                for k, r in results.items()
            ],
        )
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
            "extract_s": round(t_extract, 2),
            "reports": results,
        },
    )
    return 0 if all(r["ok"] for r in results.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
