"""Report build speed on the seeds: a plain scripted baseline vs. `python -m analysis build`
(cold, no-op, one seed changed), with wall time and peak RSS of the whole process tree.

Baseline = what a user would script without this package: one `python -m analysis extract`,
then per report, one after another, in fresh processes: the papermill CLI, `jupyter
nbconvert --to html --no-input`, and `python -c` WeasyPrint for the PDF.

    .venv/bin/python benchmarks/bench_build.py           # all seeds (a few minutes)
    .venv/bin/python benchmarks/bench_build.py --quick   # the first two seed files only
    .venv/bin/python benchmarks/bench_build.py --smoke   # does every step run? (the test suite's smoke test)

`--smoke` runs the steps on the smallest input that exercises them: one invented one-page
city, HTML only, the baseline for its first report only, no "one seed changed" build (what
a change rebuilds is tested once, by tests/test_rebuilds.py). Its ratios mean nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import tempfile
import time
from pathlib import Path

from _common import BIN, DEFAULT_OUT, NOTEBOOKS, PY, SEEDS, GiB, machine, mib, run, table, verdict, write_json

TARGET_COLD, TARGET_NOOP, TARGET_MEM = 0.35, 0.05, 1.5 * GiB
PDF_SNIPPET = "import sys, weasyprint; weasyprint.HTML(filename=sys.argv[1]).write_pdf(sys.argv[2])"
HARMLESS = "\nWeitere Informationen werden regelmäßig veröffentlicht.\n"
# The --smoke input: an invented city on one short page (three reports).
SMOKE_PAGE = """Digitalisierung in Beispielhausen

Die Stadt Beispielhausen treibt die Digitalisierung ihrer Verwaltung voran.

Organisationsstruktur

In Beispielhausen ist der Chief Digital Officer (CDO) im Dezernat für Digitales angesiedelt.

Meilensteine

Im März 2019 hat der Rat der Stadt Beispielhausen die Digitalstrategie beschlossen.
"""


def baseline(seeds: Path, work: Path, formats: tuple[str, ...], reports: int | None = None) -> dict:
    from analysis.build import plan_reports

    (work / "notebooks").mkdir(parents=True)
    profiles = (work / "profiles.json").resolve()
    steps = {"extract": 0.0, "papermill": 0.0, "nbconvert": 0.0, "pdf": 0.0}
    peak, started = 0, time.perf_counter()

    def step(kind: str, cmd: list, **kw) -> None:
        nonlocal peak
        r = run(cmd, **kw)
        steps[kind] += r.seconds
        peak = max(peak, r.peak_rss)

    step("extract", [PY, "-m", "analysis", "extract", "--seeds", seeds, "--out", profiles], check=False)
    specs = plan_reports(json.loads(profiles.read_text(encoding="utf-8")))[:reports]
    for spec in specs:
        nb = work / "notebooks" / f"{spec.name}.ipynb"
        params = [
            a
            for k, v in {**spec.parameters, "profiles_path": str(profiles)}.items()
            for a in ("-p", k, str(v))
        ]
        step(
            "papermill",
            [
                BIN / "papermill",
                NOTEBOOKS / spec.notebook,
                nb,
                *params,
                "-k",
                "python3",
                "--cwd",
                NOTEBOOKS,
                "--no-progress-bar",
            ],
        )
        step(
            "nbconvert",
            [
                BIN / "jupyter",
                "nbconvert",
                "--to",
                "html",
                "--no-input",
                nb,
                "--output-dir",
                work,
                "--output",
                spec.name,
            ],
        )
        if "pdf" in formats:
            step("pdf", [PY, "-c", PDF_SNIPPET, work / f"{spec.name}.html", work / f"{spec.name}.pdf"])
    return {
        "seconds": time.perf_counter() - started,
        "peak_rss": peak,
        "reports": len(specs),
        "steps_s": {k: round(v, 2) for k, v in steps.items()},
        "built": [s.name for s in specs],
        "pdfs": len(list(work.glob("*.pdf"))),
    }


def package_build(seeds: Path, out: Path, jobs: int | None, formats: tuple[str, ...]) -> dict:
    r = run(
        [
            PY,
            "-m",
            "analysis",
            "build",
            "--seeds",
            seeds,
            "--out",
            out,
            "--formats",
            ",".join(formats),
            *(["--jobs", jobs] if jobs else []),
        ],
        check=False,
    )
    summary = re.findall(r"^reports: .*$", r.stderr, re.M)
    return {
        "seconds": r.seconds,
        "peak_rss": r.peak_rss,
        "returncode": r.returncode,
        "built": sorted(re.findall(r"^built (\S+) in ", r.stderr, re.M)),
        "failed": re.findall(r"^FAILED .*$", r.stderr, re.M),
        "summary": summary[-1] if summary else r.stderr.strip()[-500:],
        "pdfs": len(list(out.glob("*.pdf"))),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=Path, default=SEEDS, help="seed folder (default: the repo's seeds/)")
    ap.add_argument("--quick", action="store_true", help="tiny run: only the first two seed files")
    ap.add_argument(
        "--smoke",
        action="store_true",
        help="does every step run? one invented one-page city, HTML only, baseline for one report",
    )
    ap.add_argument("--jobs", type=int, help="passed to `build --jobs` (default: the build's own default)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT / "build.json", help="JSON results file")
    ap.add_argument("--keep", action="store_true", help="keep the temp folder with all outputs")
    args = ap.parse_args()

    from analysis.build import slug
    from analysis.dataset.profiles import extract_folder

    info = machine()
    tmp = Path(tempfile.mkdtemp(prefix="bench-build-"))
    seeds = tmp / "seeds"
    seeds.mkdir()
    formats = ("html",) if args.smoke else ("html", "pdf")
    if args.smoke:
        (seeds / "beispielhausen.txt").write_text(SMOKE_PAGE, encoding="utf-8")
    else:
        files = sorted(p for p in args.seeds.iterdir() if p.suffix in (".txt", ".html", ".htm"))
        for p in files[:2] if args.quick else files:
            shutil.copyfile(p, seeds / p.name)  # writable copies: one is changed below
        if (args.seeds / "sources.csv").exists():  # the reports cite publisher, title and date from it
            shutil.copyfile(args.seeds / "sources.csv", seeds / "sources.csv")
    if args.smoke:
        print("smoke run: every step on one invented page; the ratios below mean nothing", flush=True)
    else:  # untimed warm-up so that neither side pays for a cold disk cache of the libraries
        run([PY, "-c", "import papermill, nbconvert, weasyprint, matplotlib, pandas, analysis.build"])

    print(f"seeds: {len(list(seeds.iterdir()))} files; temp folder {tmp}", flush=True)
    print("baseline (papermill / nbconvert / weasyprint CLIs, one report after another) ...", flush=True)
    base = baseline(seeds, tmp / "baseline", formats, 1 if args.smoke else None)
    out = tmp / "build"
    print("build, cold ...", flush=True)
    cold = package_build(seeds, out, args.jobs, formats)
    print("build, nothing changed ...", flush=True)
    noop = package_build(seeds, out, args.jobs, formats)

    runs = {"cold": cold, "no-op": noop}
    changed: dict | None = None
    if not args.smoke:  # (what a change rebuilds is tested once, by tests/test_rebuilds.py)
        doc = next(d for d in extract_folder(seeds).dataset["documents"] if d.get("city"))
        changed_file = seeds / doc["source"]["path"]
        with changed_file.open("a", encoding="utf-8") as fh:
            fh.write(HARMLESS)
        expected = sorted({f"city-{slug(doc['city'])}", "governance-comparison", "strategy-timelines"})
        print(f"build, after appending a sentence to {changed_file.name} ({doc['city']}) ...", flush=True)
        changed = package_build(seeds, out, args.jobs, formats)
        changed.update(
            changed_file=changed_file.name, expected=expected, as_expected=changed["built"] == expected
        )
        runs["one seed changed"] = changed

    b = base["seconds"]
    rows = [["baseline (scripted CLIs)", f"{b:.1f}", "1.00", mib(base["peak_rss"]), base["reports"], "", ""]]
    limits = {"cold": TARGET_COLD, "no-op": TARGET_NOOP}
    targets = {}
    for label, r in runs.items():
        limit = limits.get(label)
        ratio = r["seconds"] / b
        mem_ok = r["peak_rss"] <= TARGET_MEM
        t_ok = limit is None or ratio <= limit
        targets[label] = {"ratio": round(ratio, 3), "ratio_target": limit, "ratio_ok": t_ok, "mem_ok": mem_ok}
        rows.append(
            [
                f"build {label}",
                f"{r['seconds']:.1f}",
                f"{ratio:.2f}",
                mib(r["peak_rss"]),
                len(r["built"]),
                f"<= {limit} x: {verdict(t_ok)}" if limit else "",
                verdict(mem_ok),
            ]
        )
    print(
        f"\n{info['cpus']} CPUs, load average at start {info['loadavg_at_start']}; "
        "other processes on the machine add noise\n"
    )
    print(
        table(
            [
                "run",
                "wall s",
                "x baseline",
                "peak RSS (tree)",
                "reports built",
                "time target",
                "mem <= 1.5 GiB",
            ],
            rows,
        )
    )
    print(f"\nbaseline steps (s): {base['steps_s']}")
    for label, r in runs.items():
        print(f"build {label}: {r['summary']}" + (f"  {r['failed']}" if r["failed"] else ""))
    if changed is not None:
        print(
            f"one seed changed ({changed['changed_file']}): rebuilt {changed['built']} -> "
            f"{'as expected' if changed['as_expected'] else 'UNEXPECTED, expected ' + str(changed['expected'])}"
        )

    write_json(
        args.out,
        {
            "machine": info,
            "seeds": len(list(seeds.iterdir())),
            "baseline": base,
            "cold": cold,
            "noop": noop,
            "changed": changed,
            "targets": targets,
        },
    )
    if args.keep:
        print(f"outputs kept in {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    as_expected = changed is None or changed["as_expected"]
    return 0 if as_expected and not any(r["failed"] for r in runs.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
