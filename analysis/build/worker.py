"""One report, in a worker process: execute the notebook, render HTML and PDF, write them
atomically. A failure fails only this report and leaves nothing that looks current."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing import get_context
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any

from analysis import atomic
from analysis.build.catalogue import NOTEBOOKS, ReportSpec

KERNEL = "python3"  # the kernel the notebooks name: the Python of the environment the build runs in
# Imported once by the fork server, so that every worker starts warm.
PRELOAD = ["analysis.build.preload"]


@dataclass
class Outcome:
    name: str
    ok: bool
    seconds: float
    message: str = ""


def worker_context() -> BaseContext:
    """Workers forked from a clean server process that has imported the heavy modules once
    (papermill, nbconvert, WeasyPrint): each worker starts warm, and no worker inherits
    the parent's state. Falls back to spawn where fork servers do not exist."""
    try:
        ctx = get_context("forkserver")
    except ValueError:
        return get_context("spawn")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies (Linux)


WATCH_SECONDS = 0.5  # how often a worker looks whether its build still runs


def die_with_parent(build_pid: int) -> None:
    """Initializer of every report worker: the worker ends, with the kernel it runs, within
    a second of the build's end, however the build ended (SIGKILL skips every handler), so
    that no worker goes on writing reports into a folder a new build now owns. The fork
    server that forks the workers cannot tell: every worker holds the pipe whose closing
    would end it. So a worker dies with its parent (the fork server; Linux's parent-death
    signal) and watches the build's process itself."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if not _running(build_pid):
        os._exit(1)
    threading.Thread(target=_watch, args=(build_pid,), name="watch-build", daemon=True).start()


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, under another user
    try:  # a killed build is a zombie until its parent reaps it: ended all the same
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except (OSError, IndexError):
        return True


def _watch(build_pid: int) -> None:
    while _running(build_pid):
        time.sleep(WATCH_SECONDS)
    for child in _children(os.getpid()):  # the notebook's kernel runs in its own session
        with contextlib.suppress(OSError):
            os.kill(child, signal.SIGKILL)
    os._exit(1)


def _children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (from /proc; none where there is no /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(stat.parent.name))
    return out


def failure_line(spec: ReportSpec, exc: Exception) -> str:
    """One line naming notebook, report and cell."""
    from papermill.exceptions import PapermillExecutionError

    if isinstance(exc, PapermillExecutionError):
        cell = exc.exec_count if exc.exec_count is not None else exc.cell_index
        return f"notebooks/{spec.notebook} [{spec.name}]: cell {cell} raised {exc.ename}: {exc.evalue}"
    return f"notebooks/{spec.notebook} [{spec.name}]: {type(exc).__name__}: {exc}"


def output_paths(out_dir: Path, name: str) -> dict[str, Path]:
    """Where a report's files go, by format (the executed notebook included)."""
    return {
        "ipynb": out_dir / "notebooks" / f"{name}.ipynb",
        "html": out_dir / f"{name}.html",
        "pdf": out_dir / f"{name}.pdf",
    }


def render_report(
    spec: ReportSpec,
    profiles: str,
    out: str,
    formats: tuple[str, ...],
    meta: dict[str, Any],
    sources: str = "",
) -> Outcome:
    """Execute the notebook with its parameters, then write notebook, HTML and PDF atomically."""
    started = time.perf_counter()
    out_dir = Path(out)
    log = out_dir / ".build" / "logs" / f"{spec.name}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with _stderr_to(log):
        try:
            _render(spec, profiles, out_dir, formats, meta, sources)
        except Exception as exc:
            for path in output_paths(out_dir, spec.name).values():
                path.unlink(missing_ok=True)
            return Outcome(spec.name, False, time.perf_counter() - started, failure_line(spec, exc))
    return Outcome(spec.name, True, time.perf_counter() - started)


@contextlib.contextmanager
def _stderr_to(path: Path) -> Iterator[None]:
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


# What jupyter_client says when a kernel process ends before it answered its first request:
# no cell has run then. Kernels that start at the same moment on a busy machine can lose a
# race for their TCP ports and end so; a second start is the remedy, not a failed report.
KERNEL_DIED_AT_START = "Kernel died before replying to kernel_info"
KERNEL_STARTS = 2


def execute_with_a_live_kernel(execute: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """`execute(*args, **kwargs)` (papermill's `execute_notebook`), started once more when
    its kernel died before it ran anything; any other error, or a second death, is raised."""
    for attempt in range(1, KERNEL_STARTS + 1):
        try:
            return execute(*args, **kwargs)
        except RuntimeError as exc:
            if KERNEL_DIED_AT_START not in str(exc) or attempt == KERNEL_STARTS:
                raise
            print(f"kernel died at start ({exc}); starting it again", file=sys.stderr, flush=True)
    raise AssertionError("unreachable")  # the loop returns or raises


def _render(
    spec: ReportSpec,
    profiles: str,
    out_dir: Path,
    formats: tuple[str, ...],
    meta: dict[str, Any],
    sources: str,
) -> None:
    import nbformat
    import papermill

    from analysis.reporting.render import ReportMeta, html_to_pdf, notebook_to_html

    targets = output_paths(out_dir, spec.name)
    with atomic.atomic_path(targets["ipynb"]) as tmp_nb:
        execute_with_a_live_kernel(
            papermill.execute_notebook,
            str(NOTEBOOKS / spec.notebook),
            str(tmp_nb),
            parameters={
                **spec.parameters,
                "profiles_path": profiles,
                "sources_path": sources,
                "built": meta.get("built_iso", ""),
            },
            kernel_name=KERNEL,
            progress_bar=False,
            log_output=False,
            cwd=str(NOTEBOOKS),
        )
        nb = nbformat.read(tmp_nb, as_version=4)  # type: ignore[no-untyped-call]
        page = notebook_to_html(nb, ReportMeta(**meta))
        pdf = html_to_pdf(page, base_url=str(out_dir)) if "pdf" in formats else None
    if "html" in formats:
        atomic.write_text(targets["html"], page)
    if pdf is not None:
        atomic.write_bytes(targets["pdf"], pdf)
