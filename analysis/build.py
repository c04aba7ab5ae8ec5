"""The report build: seeds -> profiles JSON -> tables -> executed notebooks -> HTML/PDF.

Each report is rebuilt only when its inputs changed: the notebook, its parameters, the
library code and templates, and the documents it reads (a city profile reads only that
city's documents). Outputs are written atomically; a failing notebook fails only its
own report; two builds cannot write into the same folder at once.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import time
import unicodedata
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from functools import cache
from multiprocessing import get_context
from pathlib import Path

from . import atomic
from .errors import BuildError, UsageError

PACKAGE_DIR = Path(__file__).resolve().parent
NOTEBOOKS = PACKAGE_DIR.parent / "notebooks"
FORMATS = ("html", "pdf")
KERNEL = "python3"


@dataclass(frozen=True)
class ReportSpec:
    name: str  # output file stem
    notebook: str  # file name in notebooks/
    title: str
    kicker: str
    subtitle: str
    parameters: dict  # notebook parameters shown to the reader
    doc_ids: tuple[str, ...]  # documents the report reads

    @property
    def parameters_text(self) -> str:
        return ", ".join(f"{k} = {v}" for k, v in self.parameters.items())


def slug(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split()) or "unnamed"


def plan_reports(dataset: dict) -> list[ReportSpec]:
    """One city profile per city found, plus the two comparisons over all cities."""
    from .cityview import known_cities

    docs = [d for d in dataset["documents"] if not d.get("duplicate_of")]
    all_ids = tuple(d["doc_id"] for d in docs if d.get("city"))
    specs = [
        ReportSpec(
            "governance-comparison",
            "governance_comparison.ipynb",
            "Governance models compared",
            "Comparative report",
            "Chief Digital Officers, their place in the administration and the units "
            "that carry digitalisation",
            {"cities": "all"},
            all_ids,
        ),
        ReportSpec(
            "strategy-timelines",
            "strategy_timelines.ipynb",
            "Digital-strategy timelines",
            "Comparative report",
            "Milestones, targets and periods of the cities' digital strategies",
            {"cities": "all", "start_year": 2000, "end_year": 2030},
            all_ids,
        ),
    ]
    names = [f"city-{slug(city)}" for city in known_cities(dataset)]
    for city, name in zip(known_cities(dataset), names, strict=True):
        if names.count(name) > 1:  # "Mülheim" and "Muelheim": one file name, two cities
            name += "-" + hashlib.sha256(city.encode()).hexdigest()[:6]
        ids = tuple(d["doc_id"] for d in docs if d.get("city") == city)
        specs.append(
            ReportSpec(
                name,
                "city_profile.ipynb",
                f"{city}: digital transformation",
                "City profile",
                "Governance, strategy timeline, projects, partners and people",
                {"city": city},
                ids,
            )
        )
    return specs


def code_fingerprint() -> str:
    """Hash of the library code and templates: a change re-renders every report."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if (
            path.is_file()
            and path.suffix in (".py", ".j2", ".css", ".json")
            and "__pycache__" not in path.parts
        ):
            h.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


@cache  # every city profile shares one notebook: read and hash it once
def _notebook_hash(name: str) -> str:
    return hashlib.sha256((NOTEBOOKS / name).read_bytes()).hexdigest()


def report_fingerprint(spec: ReportSpec, dataset: dict, code: str, formats: tuple[str, ...]) -> str:
    docs = [d for d in dataset["documents"] if d["doc_id"] in spec.doc_ids]
    payload = {
        "spec": asdict(spec),
        "formats": list(formats),
        "code": code,
        "notebook": _notebook_hash(spec.notebook),
        "documents": docs,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def build_time() -> datetime:
    """Honours SOURCE_DATE_EPOCH, so that two builds of the same inputs are identical."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), tz=UTC)
        except ValueError:
            raise UsageError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not {epoch!r}") from None
    return datetime.now(UTC).replace(microsecond=0)


# --- one report (runs in a worker process) ----------------------------------------------


@dataclass
class Outcome:
    name: str
    ok: bool
    seconds: float
    message: str = ""


def _failure_line(spec: ReportSpec, exc: Exception) -> str:
    from papermill.exceptions import PapermillExecutionError

    if isinstance(exc, PapermillExecutionError):
        cell = exc.exec_count if exc.exec_count is not None else exc.cell_index
        return f"notebooks/{spec.notebook} [{spec.name}]: cell {cell} raised {exc.ename}: {exc.evalue}"
    return f"notebooks/{spec.notebook} [{spec.name}]: {type(exc).__name__}: {exc}"


def render_report(spec: ReportSpec, profiles: str, out: str, formats: tuple[str, ...], meta: dict) -> Outcome:
    """Execute the notebook with its parameters, then write notebook, HTML and PDF atomically."""
    started = time.perf_counter()
    out_dir = Path(out)
    log = out_dir / ".build" / "logs" / f"{spec.name}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with _stderr_to(log):
        return _render(spec, profiles, out_dir, formats, meta, started)


@contextlib.contextmanager
def _stderr_to(path: Path):
    """Send this worker's stderr (and its kernels') to a per-report log, not the terminal."""
    sys.stderr.flush()
    saved = os.dup(2)
    with open(path, "w", encoding="utf-8") as log:
        os.dup2(log.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)


def _render(
    spec: ReportSpec, profiles: str, out_dir: Path, formats: tuple[str, ...], meta: dict, started: float
) -> Outcome:
    import nbformat
    import papermill

    from .render import ReportMeta, html_to_pdf, notebook_to_html

    targets = {
        "ipynb": out_dir / "notebooks" / f"{spec.name}.ipynb",
        "html": out_dir / f"{spec.name}.html",
        "pdf": out_dir / f"{spec.name}.pdf",
    }
    try:
        with atomic.atomic_path(targets["ipynb"]) as tmp_nb:
            papermill.execute_notebook(
                str(NOTEBOOKS / spec.notebook),
                str(tmp_nb),
                parameters={**spec.parameters, "profiles_path": profiles},
                kernel_name=KERNEL,
                progress_bar=False,
                log_output=False,
                cwd=str(NOTEBOOKS),
            )
            nb = nbformat.read(tmp_nb, as_version=4)
            page = notebook_to_html(nb, ReportMeta(**meta))
            pdf = html_to_pdf(page, base_url=str(out_dir)) if "pdf" in formats else None
        if "html" in formats:
            atomic.write_text(targets["html"], page)
        if pdf is not None:
            atomic.write_bytes(targets["pdf"], pdf)
    except Exception as exc:
        for path in targets.values():  # a failed report leaves nothing that looks current
            path.unlink(missing_ok=True)
        return Outcome(spec.name, False, time.perf_counter() - started, _failure_line(spec, exc))
    return Outcome(spec.name, True, time.perf_counter() - started)


# --- the whole build ----------------------------------------------------------------------


def _worker_context():
    """Workers forked from a clean server process that has imported the heavy modules once
    (papermill, nbconvert, WeasyPrint): each worker starts warm, and no worker inherits
    the parent's state. Falls back to spawn where fork servers do not exist."""
    try:
        ctx = get_context("forkserver")
    except ValueError:
        return get_context("spawn")
    ctx.set_forkserver_preload(["analysis.render", "papermill", "nbformat", "nbconvert", "weasyprint"])
    return ctx


TITLE_PAGE_SOURCES = 10  # more would fill pages before the report starts


def _describe_sources(dataset: dict, ids: tuple[str, ...]) -> list[str]:
    """The sources for the title page; a long list is cut, the index lists them all."""
    docs = [d for d in dataset["documents"] if d["doc_id"] in ids]
    out = [
        f"{d['source']['path']} — {d['city']}, {d['source_kind']}, "
        f"{'published ' + d['published'] if d['published'] else 'undated'}, sha256 {d['source']['sha256'][:12]}"
        for d in docs[:TITLE_PAGE_SOURCES]
    ]
    if len(docs) > TITLE_PAGE_SOURCES:
        out.append(
            f"… and {len(docs) - TITLE_PAGE_SOURCES} more: all {len(docs)} with their hashes in index.html"
        )
    return out


def report_meta(spec: ReportSpec, dataset: dict, built: str) -> dict:
    """What the title page shows (the keyword arguments of render.ReportMeta)."""
    return {
        "title": spec.title,
        "kicker": spec.kicker,
        "subtitle": spec.subtitle,
        "built": built,
        "parameters": spec.parameters_text,
        "sources": _describe_sources(dataset, spec.doc_ids),
    }


class _Progress:
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
        else:
            print(line, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar:
            self.bar.close()


def build(
    seeds: Path, out: Path, formats: tuple[str, ...] = FORMATS, jobs: int = 1, force: bool = False
) -> int:
    from filelock import FileLock, Timeout

    unknown = set(formats) - set(FORMATS)
    if unknown or not formats:
        raise UsageError(f"--formats takes html and/or pdf, not {','.join(sorted(unknown)) or '(nothing)'}")
    if not NOTEBOOKS.is_dir():
        raise BuildError(
            f"no notebooks folder at {NOTEBOOKS}: install the project from its checkout "
            "(pip install -e .) so that the report notebooks are found"
        )
    out.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(out / ".build.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise BuildError(
            f"another build is writing to {out}/ (lock {out / '.build.lock'}); wait for it to finish"
        ) from None
    try:
        return _build_locked(seeds, out, formats, jobs, force)
    finally:
        lock.release()


OUTPUT_DIRS = (".", "notebooks", "data", "data/tables", ".build")


def _remove_leftovers(out: Path) -> None:
    """Temporary files of a build that was killed (SIGKILL skips every cleanup handler),
    in the folders the build writes and nowhere else."""
    for folder in OUTPUT_DIRS:
        for path in (out / folder).glob(".*.tmp*"):
            if path.is_file():
                path.unlink(missing_ok=True)


def _build_locked(seeds: Path, out: Path, formats: tuple[str, ...], jobs: int, force: bool) -> int:
    from .index import write_index
    from .profiles import dumps, extract_folder
    from .tables import write_tables

    built_at = build_time()
    _remove_leftovers(out)
    result = extract_folder(seeds)
    for err in result.skipped:
        print(err.line(), file=sys.stderr)
    dataset = result.dataset
    profiles = out / "data" / "profiles.json"
    text = dumps(dataset)
    # Tables first (cheap, and always, so a change of tables.py shows); the profiles file,
    # whose unchanged bytes keep the reports from rebuilding, only when it differs.
    write_tables(dataset, out / "data" / "tables")
    if not profiles.exists() or profiles.read_text(encoding="utf-8") != text:
        atomic.write_text(profiles, text)

    state_path = out / ".build" / "state.json"
    try:
        state = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        state = {}
    code = code_fingerprint()
    specs = plan_reports(dataset)
    fingerprints = {s.name: report_fingerprint(s, dataset, code, formats) for s in specs}
    todo = [
        s
        for s in specs
        if force
        or state.get(s.name) != fingerprints[s.name]
        or not all((out / f"{s.name}.{f}").exists() for f in formats)
    ]
    built_text = built_at.strftime("%Y-%m-%d %H:%M UTC")
    outcomes: list[Outcome] = []
    progress = _Progress(len(todo))
    if todo:
        pool = ProcessPoolExecutor(max_workers=min(jobs, len(todo)), mp_context=_worker_context())
        try:
            futures = {
                pool.submit(
                    render_report,
                    s,
                    str(profiles.resolve()),
                    str(out.resolve()),
                    formats,
                    report_meta(s, dataset, built_text),
                ): s
                for s in todo
            }
            for future in as_completed(futures):
                try:
                    outcome = future.result()
                except BrokenProcessPool:  # a worker died (out of memory, a crash in a C library)
                    spec = futures[future]
                    outcome = Outcome(
                        spec.name,
                        False,
                        0.0,
                        f"notebooks/{spec.notebook} [{spec.name}]: the worker process died",
                    )
                outcomes.append(outcome)
                progress.done(outcome)
                if outcome.ok:
                    state[outcome.name] = fingerprints[outcome.name]
                else:
                    state.pop(outcome.name, None)
                atomic.write_text(state_path, json.dumps(state, indent=1, sort_keys=True))
        except KeyboardInterrupt:
            pool.shutdown(wait=False, cancel_futures=True)  # do not run the queued reports first
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    progress.close()
    # Forget reports that are no longer planned (a city removed from the seeds).
    planned = {s.name for s in specs}
    for stale in set(state) - planned:
        state.pop(stale)
        for f in FORMATS:
            (out / f"{stale}.{f}").unlink(missing_ok=True)
        (out / "notebooks" / f"{stale}.ipynb").unlink(missing_ok=True)
    atomic.write_text(state_path, json.dumps(state, indent=1, sort_keys=True))
    failed = [o for o in outcomes if not o.ok]
    write_index(out, specs, dataset, formats, built_text, {o.name for o in failed}, result.skipped)
    skipped_reports = len(specs) - len(todo)
    print(
        f"reports: {len(todo) - len(failed)} built, {skipped_reports} unchanged, {len(failed)} failed -> {out}/index.html",
        file=sys.stderr,
    )
    return 1 if failed or result.skipped else 0
