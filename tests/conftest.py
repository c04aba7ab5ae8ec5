"""Shared fixtures: repository paths, the seeds dataset, a CLI runner, and ONE real build.

`built_reports` (session-scoped) is the suite's one real build of the seeds, `--lang en,de`,
HTML and PDF, on a copy of the seeds: every test that only reads built reports uses it
instead of building its own (a real build costs a minute of both cores). Tests that need a
build of other inputs, or that change inputs and rebuild, build their own, on the
smallest input that shows the property, and are marked `slow`."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def seeds_dir(repo_root: Path) -> Path:
    seeds = repo_root / "seeds"
    if not seeds.is_dir() or not any(seeds.glob("*.txt")):
        pytest.skip(f"seed texts not found in {seeds}")
    return seeds


REFERENCE = REPO_ROOT / "tests" / "reference"


# --- running on both cores (pytest-xdist, `make test`) ----------------------------------------

# Session fixtures that build reports for real. pytest-xdist runs a session fixture once per
# worker, so the tests that read one build are sent to ONE worker as a group (`--dist
# loadgroup`): the build runs once, and its readers share what it caches (the PDF text).
SHARED_BUILDS = ("built_reports", "small_build")


def shared_build_of(item: pytest.Item) -> str | None:
    """The shared build a test reads (the first of SHARED_BUILDS it uses), or None."""
    used = getattr(item, "fixturenames", ())
    return next((name for name in SHARED_BUILDS if name in used), None)


def schedule(items: list, worker: str | None) -> None:
    """Group the readers of a shared build (an `xdist_group` mark each), and in a worker
    (`worker` is its id) start the long tests first.

    The slow tests (real builds, seconds to a minute each) are the long pole: started last,
    one of them would run alone on one core at the end. So a worker runs the shared builds'
    groups first, then the other slow tests, then the fast ones, which fill the gaps. A
    serial run keeps the order of the files (module fixtures are set up once)."""
    for item in items:
        build = shared_build_of(item)
        if build is not None:
            item.add_marker(pytest.mark.xdist_group(build))
    if worker is None:
        return

    def rank(item: pytest.Item) -> int:
        if shared_build_of(item) is not None:
            return 0
        return 1 if item.get_closest_marker("slow") else 2

    items.sort(key=rank)  # stable: within a rank, the order of the files


def ungrouped_readers(items: list) -> list[str]:
    """The readers of a shared build whose test id lacks its group: xdist's loadgroup sends a
    test to the worker of its group by a suffix `@GROUP` it adds to the id (pytest 9.2 ignores
    it, xdist issue 1386: then every worker would build the seeds once)."""
    return [
        item.nodeid
        for item in items
        if shared_build_of(item) is not None and not item.nodeid.endswith(f"@{shared_build_of(item)}")
    ]


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook reads the xdist_group marks
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    schedule(items, os.environ.get("PYTEST_XDIST_WORKER"))


def pytest_runtest_setup(item: pytest.Item) -> None:
    """A reader of a shared build that xdist could not group stops before the build (each
    worker would build the seeds once: twice the time, unseen)."""
    if getattr(item.config.option, "loadgroup", False) and ungrouped_readers([item]):
        pytest.fail(
            f"--dist loadgroup could not group this reader of {shared_build_of(item)}: "
            "pytest-xdist cannot group tests on this pytest (pytest-xdist issue 1386); "
            "use the locked versions (make venv)",
            pytrace=False,
        )


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The contract, gold labels, development texts and scorer: the copies kept in the
    repository (tests/reference, with their origin), so the score tests run in any clone."""
    return REFERENCE


@pytest.fixture
def seeds(tmp_path: Path, seeds_dir: Path) -> Path:
    """A writable copy of the seed texts (for tests that add a corrections file)."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for p in seeds_dir.glob("*.txt"):
        shutil.copy(p, folder / p.name)
    return folder


@pytest.fixture(scope="session")
def profiles(seeds_dir: Path) -> dict:
    """The profiles dataset of the seeds, as `extract_folder` returns it."""
    from analysis.dataset.profiles import extract_folder

    result = extract_folder(seeds_dir)
    assert not result.skipped, [str(e) for e in result.skipped]
    return result.dataset


def run_main(*args: str | os.PathLike) -> subprocess.CompletedProcess:
    """Run the command line's `main(ARGS)` in this process, stdout and stderr captured, as
    `run_cli` reports it (an exit status, the text of both streams). Where a subprocess adds
    nothing but an interpreter start and the imports (a second or two of CPU each), use this;
    use `run_cli` where a fresh process is the point (output identical across processes, whose
    hash seeds differ; `python -m analysis` itself). The `analysis` logger is left as found:
    `main` points it at the captured stderr."""
    import contextlib
    import io
    import logging

    from analysis.cli import main

    logger = logging.getLogger("analysis")
    saved = (logger.handlers[:], logger.level, logger.propagate)
    argv = [str(a) for a in args]
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse: usage errors and --help
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    finally:
        logger.handlers[:], logger.level, logger.propagate = saved
    return subprocess.CompletedProcess(["analysis", *argv], code, out.getvalue(), err.getvalue())


def run_cli(
    *args: str | os.PathLike, cwd: Path | None = None, timeout: float = 300
) -> subprocess.CompletedProcess:
    """Run `python -m analysis ARGS` in a subprocess with this interpreter; text output captured."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env.setdefault("PYTHONIOENCODING", "utf-8")
    return subprocess.run(
        [sys.executable, "-m", "analysis", *map(str, args)],
        cwd=str(cwd or REPO_ROOT),
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )


def assert_cities_right(reference: Path, cities: Path) -> None:
    """The reference scorer (`tools/score_cities.py` of `reference`, the shared folder or its
    copy) finds every cell of `cities` (a cities.csv) right against the seeds' first-page gold."""
    proc = subprocess.run(
        [
            sys.executable,
            str(reference / "tools" / "score_cities.py"),
            "--gold",
            str(reference / "gold" / "seeds.cities.json"),
            "--cities",
            str(cities),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0 and "all cells right" in proc.stdout, proc.stdout + proc.stderr


def assert_meets_gold(tmp_path: Path, docs: Path, gold: Path, thresholds: list[str]) -> None:
    """Extract `docs` with the CLI, score the result against `gold` with the reference
    scorer and fail with the scorer's problems when a threshold (`metric=min`) is missed."""
    import json

    scorer = REFERENCE / "tools" / "score_extraction.py"
    out = tmp_path / "profiles.json"
    ex = run_cli("extract", "--seeds", docs, "--out", out)
    assert ex.returncode == 0, f"extract exited {ex.returncode}: {ex.stderr}"
    cmd = [
        sys.executable,
        str(scorer),
        "--gold",
        str(gold),
        "--pred",
        str(out),
        "--seeds",
        str(docs),
        "--json",
    ]
    for spec in thresholds:
        cmd += ["--min", spec]
    res = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=300)
    try:
        report = json.loads(res.stdout)
    except json.JSONDecodeError:
        report = {
            "failed": ["(scorer output is not JSON)"],
            "problems": [res.stdout, res.stderr],
            "metrics": {},
        }
    message = (
        f"scorer exit {res.returncode}; failed metrics: {report.get('failed')}\n"
        + "\n".join(f"  - {p}" for p in report.get("problems", []))
        + f"\nmetrics: {report.get('metrics')}"
    )
    assert res.returncode == 0 and report["failed"] == [], message


@pytest.fixture
def cli():
    """The CLI runner as a fixture, in this process (`run_main`):
    `cli("extract", "--seeds", d, "--out", f)`."""
    return run_main


def iter_evidence(doc: dict):
    """(where, evidence) for every evidence object of a document, as the contract lists them."""
    gov = doc["governance"]
    for i, e in enumerate(gov.get("evidence") or []):
        yield f"governance.evidence[{i}]", e
    for i, u in enumerate(gov.get("units") or []):
        yield f"governance.units[{i}] {u.get('name')!r}", u["evidence"]
    for i, d in enumerate(gov.get("decisions") or []):
        yield f"governance.decisions[{i}]", d["evidence"]
    for key in ("bundling", "broadband"):
        if gov.get(key):
            yield f"governance.{key}", gov[key]["evidence"]
    for key in ("events", "projects", "funding", "partners", "people", "themes"):
        for i, item in enumerate(doc.get(key) or []):
            yield f"{key}[{i}] {item.get('name') or item.get('label')!r}", item["evidence"]


# --- real builds -----------------------------------------------------------------------------


def build_jobs() -> int:
    """The `--jobs` of a build inside a test: the cores left to each pytest worker. Under
    `make test` two workers already keep both cores busy, and a build of two report workers
    beside a test on the other worker would put three or four processes on two cores (the
    same CPU work, but every build's reports take longer and the chain of the longest
    worker grows); run serially, a test's build has both cores."""
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    return max(1, (os.cpu_count() or 1) // max(1, workers))


def run_build(
    seeds: Path, out: Path, *extra: str, env: dict | None = None, timeout: float = 900
) -> subprocess.CompletedProcess:
    """`python -m analysis build --seeds SEEDS --out OUT EXTRA…` in a subprocess, output
    captured; `--jobs` as `build_jobs()` says unless EXTRA gives it."""
    jobs = () if "--jobs" in extra else ("--jobs", str(build_jobs()))
    return subprocess.run(
        [sys.executable, "-m", "analysis", "build", "--seeds", str(seeds), "--out", str(out), *extra, *jobs],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO_ROOT,
        env={**os.environ, **(env or {})},
        timeout=timeout,
    )


@dataclass(frozen=True)
class BuiltReports:
    """The shared build: read its files, never write into `out` or `seeds`."""

    out: Path  # reports (NAME.html, NAME.pdf, NAME-de.…), notebooks/, data/, index.html, .build/
    seeds: Path  # the copy of the seeds it was built from (texts, sources.csv, corrections.csv)
    cold: subprocess.CompletedProcess  # the first build, into an empty folder
    again: subprocess.CompletedProcess  # a second build right after: nothing changed


@pytest.fixture(scope="session")
def built_reports(tmp_path_factory, seeds_dir: Path) -> BuiltReports:
    """The seeds built once per session, in English and German, HTML and PDF (about a
    minute), then built again with nothing changed. Use it in every test that only reads
    built reports; mark such tests `slow`."""
    seeds = tmp_path_factory.mktemp("built-seeds")
    for p in seeds_dir.iterdir():
        if p.is_file():
            shutil.copy(p, seeds / p.name)
    out = tmp_path_factory.mktemp("built-reports")
    cold = run_build(seeds, out, "--lang", "en,de")
    again = run_build(seeds, out, "--lang", "en,de")
    return BuiltReports(out, seeds, cold, again)


# --- reading the built PDFs, once per file ---------------------------------------------------
# The readers of the shared build open its PDFs many times over (every report in several
# tests); parsing a tagged PDF/A and extracting its text are seconds each. Each is done once
# per file and worker; the files of a build are never written after it, so a cache by path
# is safe.


@functools.cache
def pdf_reader(path: Path):
    """A pypdf reader of a built PDF, shared (read it, never change it)."""
    from pypdf import PdfReader

    return PdfReader(path)


@functools.cache
def pdf_page_texts(path: Path) -> tuple[str, ...]:
    """The text of each page of a built PDF as pypdf extracts it."""
    return tuple(page.extract_text() or "" for page in pdf_reader(path).pages)


@functools.cache
def pdf_outline_pages(path: Path) -> dict[str, int]:
    """Bookmark title -> page index (the PDF's outline, from the h2 headings)."""
    reader = pdf_reader(path)
    pages: dict[str, int] = {}

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                pages.setdefault(" ".join(item.title.split()), reader.get_destination_page_number(item))

    walk(reader.outline)
    return pages


@functools.cache
def pdftotext(path: Path) -> str:
    """The text of a built PDF as a reader's tools give it (poppler's pdftotext, with line
    ends as laid out); pypdf's text where pdftotext is not installed."""
    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    return "\n".join(pdf_page_texts(path))
