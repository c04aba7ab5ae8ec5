"""Extraction throughput and growth on synthetic corpora (10, 100, 1000 documents), one core.

Corpora are generated at run time into a temp folder from the seeds' structure (invented
city and people names, shifted years, shuffled/duplicated sections) and deleted afterwards.
`extract_folder` runs in this process (no multiprocessing), pinned to one CPU where the OS
allows. Times are the best of --repeat runs. Reading is timed separately (list + read +
decode only), so "extracting" = total - reading.

    .venv/bin/python benchmarks/bench_extract.py            # 10, 100, 1000 documents
    .venv/bin/python benchmarks/bench_extract.py --quick    # 3 and 6 documents
    .venv/bin/python benchmarks/bench_extract.py --against 1514610 --passes 6   # ratio to a commit

It also runs 500 documents of real-text size: the development corpus of real web texts
(../shared/dev/docs, when present) and the seeds, copied round-robin under new names, end
to end in one process (target >= 200 documents/s in process CPU time; wall time is shown
too), and reports the one-off cost of loading
the municipality gazetteer, the data this extraction added.

`--against COMMIT` compares this tree with another commit of the repository on the same
real-text documents, run in alternation (baseline, this tree, baseline, ...) in fresh
processes, so that both sides see the same load on a shared machine. Two figures per run:
"end to end", the CPU time of a whole `python -m analysis extract` process (start, imports,
dictionaries, reading, extracting, writing the JSON: what a user waits for), and
"extraction", the CPU time of `extract_folder` in a process that has already extracted once
(the figure of the real-text run above). Reported: documents/s of each run, the ratio of
each pass and their median, and the load average (`os.getloadavg()`) at every pass.

`--against COMMIT --in-process` loads both trees into one process instead and extracts the
same documents with each in turn (read and extract, document by document), pass after pass:
on a machine shared with other work the two then see the same load from one second to the
next, which separate processes do not. Reported: the ratio of each pass, their median, and the
ratio of the best times.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from _common import DEFAULT_OUT, REPO, SEEDS, machine, make_corpus, table, verdict, write_json

TARGET_DOCS_PER_S = 200
REAL_DOCS = 500
DEV_DOCS = SEEDS.parent.parent / "shared" / "dev" / "docs"
T = TypeVar("T")
TARGET_GROWTH_SLACK = 1.1  # time(n2)/time(n1) <= 1.1 * n2/n1, i.e. <= 11 for 1000/100


def best_of(
    repeat: int, fn: Callable[[], T], clock: Callable[[], float] = time.perf_counter
) -> tuple[float, T]:
    """The best time of `repeat` runs (at least one) and the last run's result."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        gc.collect()
        started = clock()
        result = fn()
        best = min(best, clock() - started)
    return best, result


def read_all(folder: Path) -> int:
    from analysis.reading.reader import list_sources, read_source

    return sum(read_source(p, folder).size for p in list_sources(folder))


def _real_text_run(tmp: Path, n: int, repeat: int, extract_folder) -> dict:
    """n documents copied round-robin from the real texts (dev corpus and seeds)."""
    from analysis.extraction import gazetteer

    folder = _real_corpus(tmp / "real", n)
    gazetteer.index.cache_clear()
    started = time.perf_counter()
    names = sum(len(forms) for forms in gazetteer.index().values())
    load_s = time.perf_counter() - started
    mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
    # Process CPU time: the machine is shared, and wall time counts other people's work too.
    t_cpu, _ = best_of(repeat, lambda: extract_folder(folder), clock=time.process_time)
    t_total, _ = best_of(repeat, lambda: extract_folder(folder))
    command_line = _command_line_run(folder, tmp / "real.json", repeat)
    shutil.rmtree(folder, ignore_errors=True)
    return {
        "command_line": command_line,
        "sources": len(_real_sources()),
        "documents": n,
        "mb": round(mb, 3),
        "cpu_s": round(t_cpu, 4),
        "docs_per_s": round(n / t_cpu, 1),
        "total_s": round(t_total, 4),
        "wall_docs_per_s": round(n / t_total, 1),
        "gazetteer_names": names,
        "gazetteer_load_s": round(load_s, 4),
    }


# The CPUs this process may use before it pins itself to one: the command-line runs get them all.
ALL_CPUS = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []


def _command_line_run(folder: Path, out: Path, repeat: int) -> dict:
    """What a user waits for: `python -m analysis extract` on the folder, wall time, with one
    process (`--jobs 1`) and with one per core (`--jobs N`, forked workers), in alternation,
    best of `repeat` each. The same profiles either way (the benchmark checks the bytes)."""
    cores = max(1, len(ALL_CPUS) or (os.cpu_count() or 1))
    walls: dict[int, float] = {1: float("inf"), cores: float("inf")}
    written: dict[int, bytes] = {}
    for _ in range(repeat):
        for jobs in walls:
            cmd = [sys.executable, "-m", "analysis", "extract", "--seeds", str(folder), "--out", str(out)]
            started = time.perf_counter()
            subprocess.run(
                [*cmd, "--jobs", str(jobs)],
                cwd=REPO,
                check=True,
                capture_output=True,
                preexec_fn=(lambda: os.sched_setaffinity(0, ALL_CPUS)) if ALL_CPUS else None,
            )
            walls[jobs] = min(walls[jobs], time.perf_counter() - started)
            written[jobs] = out.read_bytes()
    if written[1] != written[cores]:
        raise SystemExit(f"--jobs {cores} wrote other profiles than --jobs 1")
    documents = len(list(folder.iterdir()))
    return {
        "cores": cores,
        "wall_s_one_process": round(walls[1], 3),
        "wall_s_per_core": round(walls[cores], 3),
        "docs_per_s_one_process": round(documents / walls[1], 1),
        "docs_per_s_per_core": round(documents / walls[cores], 1),
    }


def _real_sources() -> list[Path]:
    """The real texts: the seeds, then the dev corpus where it is present."""
    return sorted(SEEDS.glob("*.txt")) + (sorted(DEV_DOCS.glob("*.txt")) if DEV_DOCS.is_dir() else [])


def _real_corpus(folder: Path, n: int) -> Path:
    """n documents copied round-robin from the real texts (seeds, then the dev corpus)."""
    sources = _real_sources()
    folder.mkdir(parents=True)
    for i in range(n):
        shutil.copyfile(sources[i % len(sources)], folder / f"real{i:05d}.txt")
    return folder


# Runs in the compared tree (its `analysis` first on the path): extract once (imports,
# dictionaries, patterns), then the best CPU time of two more extractions.
_EXTRACTION_ONLY = """
import json, sys, time
from pathlib import Path
from analysis.dataset.profiles import extract_folder
folder = Path(sys.argv[1])
extract_folder(folder)
best = float("inf")
for _ in range(2):
    started = time.process_time()
    extract_folder(folder)
    best = min(best, time.process_time() - started)
print(json.dumps(best))
"""


def _child_cpu(cmd: list[str], cwd: Path) -> tuple[float, str]:
    """CPU seconds (user + system) of one child process, and its standard output."""
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):  # 1: some file skipped, not a crash
        raise SystemExit(f"{' '.join(cmd)} in {cwd} failed:\n{done.stderr[-2000:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done.stdout


def compare(against: str, n: int, passes: int, out: Path, in_process: bool = False) -> int:
    """This tree against commit `against`, in alternation (see the module doc)."""
    rows, runs = [], []
    with tempfile.TemporaryDirectory(prefix="bench-against-") as tmp:
        base = Path(against)
        if not (base / "analysis").is_dir():  # a commit, not a tree already checked out
            base = Path(tmp) / "base"
            base.mkdir()
            archive = subprocess.run(
                ["git", "-C", str(REPO), "archive", against], capture_output=True, check=True
            ).stdout
            subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        corpus = _real_corpus(Path(tmp) / "real", n)
        if in_process:
            return _report_in_process(against, n, passes, out, *compare_in_process(base, corpus, n, passes))
        trees = {"baseline": base, "this tree": REPO}
        end_to_end = [sys.executable, "-m", "analysis", "extract", "--seeds", str(corpus)]
        for tree in trees.values():  # warm-up: byte-code compiled, caches filled
            _child_cpu([*end_to_end, "--out", str(Path(tmp) / "warm.json")], tree)
        for i in range(passes):
            load = os.getloadavg()[0]
            figures = {}
            for name, tree in trees.items():
                e2e, _ = _child_cpu([*end_to_end, "--out", str(Path(tmp) / "out.json")], tree)
                _, printed = _child_cpu([sys.executable, "-c", _EXTRACTION_ONLY, str(corpus)], tree)
                figures[name] = {"end_to_end_cpu_s": e2e, "extraction_cpu_s": json.loads(printed)}
            run = {
                "pass": i + 1,
                "loadavg_1min": round(load, 2),
                **{name: {k: round(v, 3) for k, v in f.items()} for name, f in figures.items()},
                "end_to_end_ratio": figures["baseline"]["end_to_end_cpu_s"]
                / figures["this tree"]["end_to_end_cpu_s"],
                "extraction_ratio": figures["baseline"]["extraction_cpu_s"]
                / figures["this tree"]["extraction_cpu_s"],
            }
            runs.append(run)
            rows.append(
                [
                    i + 1,
                    f"{load:.1f}",
                    f"{n / figures['baseline']['end_to_end_cpu_s']:.0f}",
                    f"{n / figures['this tree']['end_to_end_cpu_s']:.0f}",
                    f"{run['end_to_end_ratio']:.2f}",
                    f"{n / figures['baseline']['extraction_cpu_s']:.0f}",
                    f"{n / figures['this tree']['extraction_cpu_s']:.0f}",
                    f"{run['extraction_ratio']:.2f}",
                ]
            )
            print(*rows[-1], sep="\t", flush=True)
    summary = {
        "end_to_end_ratio_median": round(statistics.median(r["end_to_end_ratio"] for r in runs), 3),
        "extraction_ratio_median": round(statistics.median(r["extraction_ratio"] for r in runs), 3),
    }
    print(
        f"\n{n} real-text documents, this tree against {against}, {passes} passes in alternation "
        "(documents/s in CPU time; ratio = this tree's speed / the baseline's)\n"
    )
    print(
        table(
            ["pass", "load", "e2e base", "e2e this", "e2e ×", "extract base", "extract this", "extract ×"],
            rows,
        )
    )
    print(
        f"\nmedian ratio: end to end {summary['end_to_end_ratio_median']}×, "
        f"extraction {summary['extraction_ratio_median']}×"
    )
    write_json(out, {"machine": machine(), "against": against, "documents": n, "runs": runs, **summary})
    return 0


# Runs in a fresh process: both trees imported one after the other (each tree's `analysis`
# modules set aside under its name before the next is imported), then passes in alternation.
_IN_PROCESS = """
import importlib, json, os, sys, time
from pathlib import Path
folder, passes, trees = Path(sys.argv[1]), int(sys.argv[2]), dict(zip(("baseline", "this tree"), sys.argv[3:5]))
versions = {}
for name, tree in trees.items():
    for module in [m for m in sys.modules if m == "analysis" or m.startswith("analysis.")]:
        del sys.modules[module]
    sys.path.insert(0, tree)
    versions[name] = (importlib.import_module("analysis.reading.reader"), importlib.import_module("analysis.extraction"))
    sys.path.remove(tree)
paths = sorted(folder.iterdir())
def run(name):
    reader, extraction = versions[name]
    started = time.process_time()
    for path in paths:
        extraction.extract_document(reader.read_source(path, folder))
    return time.process_time() - started
for name in versions:
    run(name)  # warm-up: dictionaries, gazetteer, caches
for i in range(passes):
    load = os.getloadavg()[0]
    print(json.dumps({"pass": i + 1, "loadavg_1min": round(load, 2), **{name: run(name) for name in versions}}), flush=True)
"""


def _report_in_process(
    against: str, n: int, passes: int, out: Path, runs: list[dict], rows: list[list]
) -> int:
    best = min(r["baseline"] for r in runs) / min(r["this tree"] for r in runs)
    median = statistics.median(r["extraction_ratio"] for r in runs)
    print(
        f"\n{n} real-text documents, this tree against {against}, both in one process, {passes} passes "
        "in alternation (documents/s in CPU time; ratio = this tree's speed / the baseline's)\n"
    )
    print(table(["pass", "load", "extract base", "extract this", "extract ×"], rows))
    print(f"\nmedian ratio: extraction {median:.3f}× (ratio of the best times {best:.3f}×)")
    summary = {"extraction_ratio_median": round(median, 3), "extraction_ratio_best_times": round(best, 3)}
    write_json(
        out,
        {
            "machine": machine(),
            "against": against,
            "documents": n,
            "in_process": True,
            "runs": runs,
            **summary,
        },
    )
    return 0


def compare_in_process(base: Path, corpus: Path, n: int, passes: int) -> tuple[list[dict], list[list]]:
    """Both trees in one process, in alternation (see the module doc)."""
    cmd = [sys.executable, "-c", _IN_PROCESS, str(corpus), str(passes), str(base), str(REPO)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"in-process comparison failed:\n{done.stderr[-2000:]}")
    runs, rows = [], []
    for line in done.stdout.splitlines():
        run = json.loads(line)
        run["extraction_ratio"] = run["baseline"] / run["this tree"]
        runs.append(run)
        rows.append(
            [
                run["pass"],
                f"{run['loadavg_1min']:.1f}",
                f"{n / run['baseline']:.0f}",
                f"{n / run['this tree']:.0f}",
                f"{run['extraction_ratio']:.2f}",
            ]
        )
    return runs, rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--sizes", default="10,100,1000", help="comma-separated corpus sizes (default 10,100,1000)"
    )
    ap.add_argument("--quick", action="store_true", help="tiny run: sizes 3,6 and one repeat")
    ap.add_argument("--repeat", type=int, default=3, help="runs per size, best time kept (default 3)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT / "extract.json", help="JSON results file")
    ap.add_argument(
        "--against",
        metavar="COMMIT",
        help="compare with this commit (or a checked-out tree), in alternation (see above)",
    )
    ap.add_argument("--passes", type=int, default=4, help="alternations with --against (default 4)")
    ap.add_argument("--documents", type=int, default=REAL_DOCS, help="real-text documents with --against")
    ap.add_argument(
        "--in-process",
        action="store_true",
        help="with --against: both trees in one process, in alternation (steadier on a shared machine)",
    )
    args = ap.parse_args()
    if args.against:
        out = args.out if args.out != ap.get_default("out") else DEFAULT_OUT / "extract-against.json"
        return compare(args.against, args.documents, max(1, args.passes), out, args.in_process)
    sizes = [3, 6] if args.quick else [int(s) for s in args.sizes.split(",")]
    repeat = 1 if args.quick else max(1, args.repeat)

    from analysis.dataset.profiles import extract_folder

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    extract_folder(SEEDS)  # warm-up: imports, compiled patterns

    rows, results = [], []
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as tmp:
        # Nested corpora: the smaller ones are the first documents of the largest, so the
        # growth ratio compares like with like, not two different random mixes of templates.
        everything = make_corpus(Path(tmp) / "all", max(sizes))
        for n in sizes:
            folder = Path(tmp) / f"corpus-{n}"
            folder.mkdir()
            intended = {name: everything[name] for name in sorted(everything)[:n]}
            for name in intended:
                shutil.copyfile(Path(tmp) / "all" / name, folder / name)
            mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
            t_read, _ = best_of(repeat, partial(read_all, folder))
            t_total, res = best_of(repeat, partial(extract_folder, folder))
            docs = res.dataset["documents"]
            found = sum(1 for d in docs if d["city"] == intended.get(d["source"]["path"]))
            r = {
                "documents": n,
                "mb": round(mb, 3),
                "read_s": round(t_read, 4),
                "total_s": round(t_total, 4),
                "extract_s": round(t_total - t_read, 4),
                "docs_per_s": round(n / t_total, 1),
                "mb_per_s": round(mb / t_total, 3),
                "skipped": len(res.skipped),
                "city_recognised": found,
            }
            results.append(r)
            rows.append(
                [
                    n,
                    f"{mb:.2f}",
                    f"{t_read:.3f}",
                    f"{t_total - t_read:.3f}",
                    f"{t_total:.3f}",
                    f"{r['docs_per_s']:.0f}",
                    f"{r['mb_per_s']:.2f}",
                    f"{found}/{n}",
                ]
            )
            shutil.rmtree(folder, ignore_errors=True)

        real = _real_text_run(Path(tmp), 20 if args.quick else REAL_DOCS, repeat, extract_folder)

    print(
        f"extraction on one core, best of {repeat} (generated corpora; other load on the machine adds noise)\n"
    )
    print(
        table(
            ["documents", "MB", "read s", "extract s", "total s", "documents/s", "MB/s", "city found"], rows
        )
    )

    print(
        f"\nreal texts ({real['sources']} sources copied to {real['documents']} documents, {real['mb']:.2f} MB): "
        f"{real['cpu_s']:.3f} s CPU, {real['docs_per_s']:.0f} documents/s "
        f"(wall {real['total_s']:.3f} s, {real['wall_docs_per_s']:.0f} documents/s); "
        f"gazetteer ({real['gazetteer_names']} names) loaded once in {real['gazetteer_load_s'] * 1000:.0f} ms"
    )
    cli = real["command_line"]
    print(
        f"command line, end to end (`python -m analysis extract`, wall, best of {repeat}): "
        f"--jobs 1 {cli['wall_s_one_process']:.2f} s, {cli['docs_per_s_one_process']:.0f} documents/s; "
        f"--jobs {cli['cores']} {cli['wall_s_per_core']:.2f} s, {cli['docs_per_s_per_core']:.0f} documents/s "
        f"(× {cli['wall_s_one_process'] / cli['wall_s_per_core']:.2f}; the same profiles)"
    )
    largest = results[-1]
    growth = results[-1]["total_s"] / results[-2]["total_s"] if len(results) > 1 else None
    size_ratio = results[-1]["documents"] / results[-2]["documents"] if len(results) > 1 else None
    targets: dict[str, dict[str, Any]] = {
        "docs_per_s": {
            "target": f">= {TARGET_DOCS_PER_S} at {largest['documents']} documents",
            "value": largest["docs_per_s"],
            "ok": largest["docs_per_s"] >= TARGET_DOCS_PER_S,
        }
    }
    targets["real_docs_per_s"] = {
        "target": f">= {TARGET_DOCS_PER_S} on {real['documents']} real-text documents",
        "value": real["docs_per_s"],
        "ok": real["docs_per_s"] >= TARGET_DOCS_PER_S,
    }
    targets["end_to_end_docs_per_s"] = {
        "target": f">= {TARGET_DOCS_PER_S} end to end on {real['documents']} real-text documents, "
        f"the command line with --jobs {cli['cores']} (wall)",
        "value": cli["docs_per_s_per_core"],
        "ok": cli["docs_per_s_per_core"] >= TARGET_DOCS_PER_S,
    }
    if growth is not None and size_ratio is not None:
        limit = TARGET_GROWTH_SLACK * size_ratio
        targets["growth"] = {
            "target": f"time({results[-1]['documents']})/time({results[-2]['documents']}) <= {limit:.3g}",
            "value": round(growth, 2),
            "ok": growth <= limit,
        }
    print()
    for t in targets.values():
        print(f"{verdict(t['ok'])}  {t['target']}: {t['value']}")
    write_json(
        args.out,
        {
            "machine": machine(),
            "repeat": repeat,
            "one_core": hasattr(os, "sched_setaffinity"),
            "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "results": results,
            "real_texts": real,
            "targets": targets,
        },
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
