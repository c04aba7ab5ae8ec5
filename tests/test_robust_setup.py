"""A newcomer's set-up (issue 20): `make venv` with a Python that is too old says so in one
line, a .venv made by another Python is made again, the pre-commit hooks leave the
reference copies alone, and no kernel is registered that nothing uses."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def fake_python(path: Path, version: str) -> Path:
    """A stand-in interpreter that answers the version questions the Makefile asks."""
    major, minor = version.split(".")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "#!/bin/sh\n"
        f'case "$*" in\n'
        f'  *"-V"*) echo "Python {version}.9";;\n'
        f'  *"sys.exit"*) exit $(( {minor} < 11 ));;\n'
        f'  *) echo "{major}.{minor}";;\n'
        "esac\n"
    )
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return path


def make(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    shutil.copy(REPO / "Makefile", tmp_path / "Makefile")
    for name in ("pyproject.toml", "requirements.lock"):
        (tmp_path / name).write_text("")
    # as a newcomer runs it: not a sub-make of `make test` (which would print "make[1]: …"
    # and pass its flags down)
    env = {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}
    return subprocess.run(["make", *args], cwd=tmp_path, capture_output=True, text=True, env=env)


def test_a_python_too_old_stops_make_venv_with_one_line(tmp_path):
    proc = make(tmp_path, "venv", f"PYTHON={fake_python(tmp_path / 'py310', '3.10')}")
    assert proc.returncode != 0
    errors = [line for line in proc.stderr.splitlines() if not line.startswith("make:")]
    assert len(errors) == 1 and "needs Python 3.11 or newer" in errors[0] and "3.10" in errors[0]
    assert not (tmp_path / ".venv").exists()


@pytest.mark.parametrize("venv_version, rebuilt", [("3.10", True), ("3.12", True), ("3.11", False)])
def test_a_venv_made_by_another_python_is_made_again(tmp_path, venv_version, rebuilt):
    fake_python(tmp_path / ".venv" / "bin" / "python", venv_version)
    (tmp_path / ".venv" / ".installed").write_text("")
    os.utime(tmp_path / ".venv" / ".installed", (2**31, 2**31))  # newer than its inputs
    proc = make(tmp_path, "-n", "venv", f"PYTHON={fake_python(tmp_path / 'py311', '3.11')}")
    assert ("rm -rf .venv" in proc.stdout) == rebuilt, proc.stdout + proc.stderr


def test_pre_commit_leaves_the_reference_copies_alone():
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text("utf-8"))
    import re

    excluded = re.compile(config.get("exclude", "^$"))
    assert excluded.search("tests/reference/tools/score_extraction.py")
    assert not excluded.search("tests/test_reader.py")


def test_the_build_kernel_is_the_one_the_notebooks_name():
    import json

    from analysis.build.worker import KERNEL

    for nb in (REPO / "notebooks").glob("*.ipynb"):
        assert json.loads(nb.read_text("utf-8"))["metadata"]["kernelspec"]["name"] == KERNEL
    assert "ipykernel install" not in (REPO / "Makefile").read_text("utf-8")
