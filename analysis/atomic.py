"""Atomic file writes: readers see the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it replaces `target` in one rename.

    The temporary file lives in the same directory so that `os.replace` is atomic; on any
    exception it is removed, so a crash never leaves a partial `target` behind.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Keep the suffix: tools such as papermill look at it.
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.stem}.", suffix=f".tmp{target.suffix}", dir=target.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def leftovers(target: str | os.PathLike[str]) -> list[Path]:
    """Temporary files of `atomic_path(target)` that a killed process left beside `target`
    (SIGKILL skips the cleanup above). Remove them only while no other writer of `target`
    runs: under the lock that serialises its writers."""
    target = Path(target)
    return sorted(p for p in target.parent.glob(f".{target.stem}.*.tmp{target.suffix}") if p.is_file())


def write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_text(target: str | os.PathLike[str], text: str) -> None:
    write_bytes(target, text.encode("utf-8"))
