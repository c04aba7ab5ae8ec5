"""The report build: seeds -> profiles JSON -> tables -> executed notebooks -> HTML/PDF.

Each step below can run alone and writes atomically. A report is rebuilt only when its
inputs changed (see `fingerprints`); a failing notebook fails only its own report; two
builds cannot write into the same folder at once. Progress and skipped inputs go to the
`analysis.build` logger (the command line prints them on stderr, one line each).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from analysis.dataset.profiles import ExtractResult

from analysis import atomic
from analysis.build.catalogue import NOTEBOOKS, ReportSpec, plan_reports
from analysis.build.fingerprints import code_fingerprint, report_fingerprint
from analysis.build.worker import Outcome, die_with_parent, output_paths, render_report, worker_context
from analysis.errors import BuildError, UsageError
from analysis.reporting.texts import DEFAULT_LANG, LANGUAGES

log = logging.getLogger(__name__)

FORMATS = ("html", "pdf")
OUTPUT_DIRS = (".", "notebooks", "data", "data/tables", ".build")
TITLE_PAGE_SOURCES = 10  # more would fill pages before the report starts
SOURCE_LIST = "sources.csv"  # in the seeds folder: publisher, title, date, web address of each source


def build_time() -> datetime:
    """Honours SOURCE_DATE_EPOCH, so that two builds of the same inputs are identical."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), tz=UTC)
        except ValueError:
            raise UsageError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not {epoch!r}") from None
    return datetime.now(UTC).replace(microsecond=0)


def _describe_sources(
    dataset: dict[str, Any], ids: tuple[str, ...], lang: str, source_list: dict[str, dict[str, str]]
) -> list[str]:
    """The sources for the title page as a reader cites them (publisher, title, date); a
    long list is cut, the report's bibliography has them all."""
    from analysis.reporting.texts import texts
    from analysis.views.sources import Bibliography

    T = texts(lang)
    bib = Bibliography([d for d in dataset["documents"] if d["doc_id"] in ids], source_list, T)
    out = [f"{d.get('city')}: {bib.entry(d)}" for d in bib.documents[:TITLE_PAGE_SOURCES]]
    if len(bib.documents) > TITLE_PAGE_SOURCES:
        out.append(T("ui.more_sources", n=len(bib.documents) - TITLE_PAGE_SOURCES, total=len(bib.documents)))
    return out


def report_meta(
    spec: ReportSpec,
    dataset: dict[str, Any],
    built: str,
    source_list: dict[str, dict[str, str]] | None = None,
    built_iso: str = "",
) -> dict[str, Any]:
    """What the title page shows (the keyword arguments of reporting.render.ReportMeta)."""
    return {
        "title": spec.title,
        "kicker": spec.kicker,
        "subtitle": spec.subtitle,
        "built": built,
        "built_iso": built_iso,
        "parameters": spec.parameters_text,
        "sources": _describe_sources(dataset, spec.doc_ids, spec.lang, source_list or {}),
        "lang": spec.lang,
    }


# --- steps ---------------------------------------------------------------------------------


@contextlib.contextmanager
def build_lock(out: Path) -> Iterator[None]:
    """One build per output folder: a second one is refused at once."""
    from filelock import FileLock, Timeout

    out.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(out / ".build.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise BuildError(
            f"another build is writing to {out}/ (lock {out / '.build.lock'}); wait for it to finish"
        ) from None
    try:
        yield
    finally:
        lock.release()


def remove_leftovers(out: Path) -> None:
    """Temporary files of a build that was killed (SIGKILL skips every cleanup handler),
    in the folders the build writes and nowhere else."""
    for folder in OUTPUT_DIRS:
        for path in (out / folder).glob(".*.tmp*"):
            if path.is_file():
                path.unlink(missing_ok=True)


def extract_step(seeds: Path, out: Path) -> tuple[ExtractResult, Path]:
    """Sources -> profiles JSON and tables, with the analysts' `corrections.csv` of the
    sources folder applied (its rows that cannot apply are skipped like unreadable files).
    The profiles file is rewritten only when its bytes change (unchanged bytes keep the
    reports from rebuilding); the tables always, so that a change of the table code shows.
    A corrected document changes only its own bytes, so only the reports that read it
    are rebuilt (see `fingerprints.report_fingerprint`)."""
    from analysis.dataset.profiles import dumps, extract_folder
    from analysis.dataset.tables import write_tables

    result = extract_folder(seeds)
    for err in result.skipped:
        log.warning(err.line())
    corrected = sum(1 for d in result.dataset["documents"] if d.get("corrections"))
    if corrected:
        log.info(f"corrections applied to {corrected} document{'s' * (corrected != 1)}")
    profiles = out / "data" / "profiles.json"
    text = dumps(result.dataset)
    write_tables(result.dataset, out / "data" / "tables")
    if not profiles.exists() or profiles.read_text(encoding="utf-8") != text:
        atomic.write_text(profiles, text)
    return result, profiles


class BuildState:
    """The fingerprint each report was last built from (`.build/state.json`)."""

    def __init__(self, out: Path):
        self.path = out / ".build" / "state.json"
        try:
            self.built: dict[str, str] = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.built = {}

    def save(self) -> None:
        atomic.write_text(self.path, json.dumps(self.built, indent=1, sort_keys=True))


def reports_to_build(
    specs: list[ReportSpec],
    fingerprints: dict[str, str],
    state: BuildState,
    out: Path,
    formats: tuple[str, ...],
    force: bool,
) -> list[ReportSpec]:
    """Those whose inputs changed since their last build, or whose outputs are missing."""
    return [
        s
        for s in specs
        if force
        or state.built.get(s.name) != fingerprints[s.name]
        or not all((out / f"{s.name}.{f}").exists() for f in formats)
    ]


class _Progress:
    """A tqdm bar on a terminal; otherwise one log line per report."""

    def __init__(self, total: int):
        self.bar = None
        if sys.stderr.isatty() and total:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="report", file=sys.stderr, leave=False)

    def done(self, outcome: Outcome) -> None:
        line = (
            f"built {outcome.name} in {outcome.seconds:.1f}s" if outcome.ok else f"FAILED {outcome.message}"
        )
        if self.bar:
            self.bar.write(line, file=sys.stderr)
            self.bar.update(1)
        elif outcome.ok:
            log.info(line)
        else:
            log.error(line)

    def close(self) -> None:
        if self.bar:
            self.bar.close()


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """The report workers: forked warm from the fork server, each dying with the build."""
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=worker_context(),
        initializer=die_with_parent,
        initargs=(os.getpid(),),
    )


def run_reports(
    todo: list[ReportSpec],
    jobs: int,
    render_args: dict[str, Any],
    dataset: dict[str, Any],
    built: tuple[str, str],
    on_done: Callable[[Outcome], None],
    source_list: dict[str, dict[str, str]] | None = None,
) -> list[Outcome]:
    """Render the reports in parallel workers; `on_done(outcome)` after each one."""
    outcomes: list[Outcome] = []
    if not todo:
        return outcomes
    progress = _Progress(len(todo))
    pool = worker_pool(min(jobs, len(todo)))
    try:
        futures = {
            pool.submit(
                render_report, s, meta=report_meta(s, dataset, built[0], source_list, built[1]), **render_args
            ): s
            for s in todo
        }
        for future in as_completed(futures):
            try:
                outcome = future.result()
            except BrokenProcessPool:  # a worker died (out of memory, a crash in a C library)
                spec = futures[future]
                outcome = Outcome(
                    spec.name, False, 0.0, f"notebooks/{spec.notebook} [{spec.name}]: the worker process died"
                )
            outcomes.append(outcome)
            progress.done(outcome)
            on_done(outcome)
    except KeyboardInterrupt:
        pool.shutdown(wait=False, cancel_futures=True)  # do not run the queued reports first
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        progress.close()
    return outcomes


def forget_removed(out: Path, specs: list[ReportSpec], state: BuildState) -> None:
    """Delete the reports that are no longer planned (a city removed from the sources)."""
    planned = {s.name for s in specs}
    for stale in set(state.built) - planned:
        state.built.pop(stale)
        for path in output_paths(out, stale).values():
            path.unlink(missing_ok=True)


# --- the whole build -------------------------------------------------------------------------


def build(
    seeds: Path,
    out: Path,
    formats: tuple[str, ...] = FORMATS,
    jobs: int = 1,
    force: bool = False,
    langs: tuple[str, ...] = (DEFAULT_LANG,),
) -> int:
    """Run every step; exit status 0, or 1 when inputs were skipped or reports failed."""
    unknown = set(formats) - set(FORMATS)
    if unknown or not formats:
        raise UsageError(f"--formats takes html and/or pdf, not {','.join(sorted(unknown)) or '(nothing)'}")
    unknown_langs = set(langs) - set(LANGUAGES)
    if unknown_langs or not langs:
        raise UsageError(
            f"--lang takes {' and/or '.join(LANGUAGES)}, not {','.join(sorted(unknown_langs)) or '(nothing)'}"
        )
    if not NOTEBOOKS.is_dir():
        raise BuildError(
            f"no notebooks folder at {NOTEBOOKS}: install the project from its checkout "
            "(pip install -e .) so that the report notebooks are found"
        )
    with build_lock(out):
        return _build_locked(seeds, out, formats, jobs, force, tuple(dict.fromkeys(langs)))


def _build_locked(
    seeds: Path, out: Path, formats: tuple[str, ...], jobs: int, force: bool, langs: tuple[str, ...]
) -> int:
    from analysis.reporting.index import write_index
    from analysis.views.sources import read_source_list

    now = build_time()
    built_text = now.strftime("%Y-%m-%d %H:%M UTC")
    built_iso = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    remove_leftovers(out)
    result, profiles = extract_step(seeds, out)
    dataset = result.dataset

    state = BuildState(out)
    specs = plan_reports(dataset, langs)
    sources_file = seeds / SOURCE_LIST
    source_list = read_source_list(sources_file)
    code = code_fingerprint()
    fingerprints = {s.name: report_fingerprint(s, dataset, code, formats, source_list) for s in specs}
    todo = reports_to_build(specs, fingerprints, state, out, formats, force)

    def record(outcome: Outcome) -> None:
        if outcome.ok:
            state.built[outcome.name] = fingerprints[outcome.name]
        else:
            state.built.pop(outcome.name, None)
        state.save()

    render_args = {
        "profiles": str(profiles.resolve()),
        "out": str(out.resolve()),
        "formats": formats,
        "sources": str(sources_file.resolve()) if sources_file.exists() else "",
    }
    outcomes = run_reports(todo, jobs, render_args, dataset, (built_text, built_iso), record, source_list)
    forget_removed(out, specs, state)
    state.save()

    failed = [o for o in outcomes if not o.ok]
    write_index(
        out, specs, dataset, formats, built_text, {o.name for o in failed}, result.skipped, langs, source_list
    )
    log.info(
        f"reports: {len(todo) - len(failed)} built, {len(specs) - len(todo)} unchanged, "
        f"{len(failed)} failed -> {out}/index.html"
    )
    return 1 if failed or result.skipped else 0
