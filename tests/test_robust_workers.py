"""A build killed with SIGKILL leaves no report worker behind (issue 20): before, the fork
server's workers went on for minutes, writing reports while a new build ran."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis.build.pipeline import worker_pool

REPO = Path(__file__).resolve().parents[1]
BUILD = """
import sys, time
from analysis.build.pipeline import worker_pool
pool = worker_pool(2)
futures = [pool.submit(time.sleep, 120) for _ in range(2)]
while len(pool._processes) < 2:
    time.sleep(0.05)
print(*pool._processes, flush=True)
time.sleep(120)
"""


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")  # a zombie has ended; only its exit status waits


@pytest.mark.slow  # starts the build's fork server, which imports the renderers: seconds
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux's")
def test_workers_die_within_seconds_of_a_killed_build():
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    build = subprocess.Popen([sys.executable, "-c", BUILD], stdout=subprocess.PIPE, text=True, env=env)
    try:
        workers = [int(pid) for pid in build.stdout.readline().split()]
        assert len(workers) == 2 and all(alive(p) for p in workers)
        os.kill(build.pid, signal.SIGKILL)
        build.wait()
        deadline = time.monotonic() + 10
        while any(alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [p for p in workers if alive(p)], "workers outlived the killed build"
    finally:
        build.kill()
        for pid in workers if "workers" in locals() else []:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_the_build_uses_workers_that_die_with_it():
    pool = worker_pool(1)
    try:
        assert pool._initializer is not None and pool._initializer.__name__ == "die_with_parent"
    finally:
        pool.shutdown()
