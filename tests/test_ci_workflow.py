"""The CI workflow a user can copy: valid, installs from the lock file, lints, tests,
rebuilds the reports and uploads them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
WORKFLOW = REPO / ".github" / "workflows" / "reports.yml"


def _steps() -> list[dict]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert set(workflow["jobs"]) >= {"build"}
    # YAML 1.1 reads the key `on` as True
    assert (workflow.get("on") or workflow.get(True)) is not None
    return workflow["jobs"]["build"]["steps"]


def runs(command: str):
    return lambda step: command in step.get("run", "")


def _index(steps: list[dict], predicate) -> int:
    hits = [i for i, step in enumerate(steps) if predicate(step)]
    assert hits, "step not found"
    return hits[0]


def test_workflow_installs_from_the_lock_then_lints_tests_rebuilds_and_uploads():
    steps = _steps()
    install = _index(steps, runs("make venv"))
    lint = _index(steps, runs("make lint"))
    test = _index(steps, runs("make test"))
    rebuild = _index(steps, runs("make reports"))
    upload = _index(steps, lambda s: s.get("uses", "").startswith("actions/upload-artifact@"))
    assert install < lint < test < rebuild < upload
    assert "reports/" in steps[upload]["with"]["path"]
    assert all("uses" in s or "run" in s for s in steps)


def test_workflow_and_make_use_the_lock_file():
    assert "requirements.lock" in WORKFLOW.read_text(encoding="utf-8")
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "LOCK   := requirements.lock" in makefile and "--require-hashes -r $(LOCK)" in makefile
    lock = (REPO / "requirements.lock").read_text(encoding="utf-8")
    for package in ("papermill", "nbconvert", "weasyprint", "pandas", "ruff", "mypy"):
        assert f"\n{package}==" in lock, package
    assert "--hash=sha256:" in lock


def test_ci_entry_point_lints_before_it_tests():
    lines = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    run = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
    assert run.index("make venv") < run.index("make lint") < run.index("make test")


def test_pages_publish_the_reports_without_the_build_state(tmp_path):
    """The Pages artifact is the folder the step before it prepares: run that step on a
    reports folder as a build leaves it, and see what would be published."""
    steps = _steps()
    pages = _index(steps, lambda s: s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    site = steps[pages]["with"]["path"].rstrip("/")
    prepare = _index(steps, lambda s: f" {site}" in s.get("run", "") and "reports" in s.get("run", ""))
    assert prepare < pages and steps[prepare].get("if") == steps[pages].get("if")
    reports = tmp_path / "reports"
    for name in ("index.html", "city-x.pdf", "notebooks/city-x.ipynb", "data/tables/events.csv"):
        (reports / name).parent.mkdir(parents=True, exist_ok=True)
        (reports / name).write_text("x")
    for name in (".build/state.json", ".build/logs/city-x.log", ".build.lock"):
        (reports / name).parent.mkdir(parents=True, exist_ok=True)
        (reports / name).write_text("secret")
    subprocess.run(["bash", "-e", "-c", steps[prepare]["run"]], cwd=tmp_path, check=True)
    published = sorted(
        p.relative_to(tmp_path / site).as_posix() for p in (tmp_path / site).rglob("*") if p.is_file()
    )
    assert published == ["city-x.pdf", "data/tables/events.csv", "index.html", "notebooks/city-x.ipynb"]


def _recipe(target: str) -> list[str]:
    """The command lines of a Makefile target."""
    lines = (REPO / "Makefile").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{target}:"))
    recipe = []
    for line in lines[start + 1 :]:
        if not line.startswith("\t"):
            break
        recipe.append(line.strip())
    return recipe


def test_make_test_runs_every_test_and_test_fast_leaves_out_the_slow_ones():
    """CI runs `make test`: it must not deselect the slow tests (real builds); `make
    test-fast` is the edit loop's subset."""
    (test,) = _recipe("test")
    assert test.startswith("$(PY) -m pytest")
    options = test.removeprefix("$(PY) -m pytest").split()
    assert not {"-m", "-k", "--deselect", "-x"} & set(options) and "slow" not in test, test
    (fast,) = _recipe("test-fast")
    assert fast == f'{test} -m "not slow"'
    addopts = _addopts().split()
    assert not {"-m", "-k", "--deselect"} & set(addopts), "a filter in addopts would hide tests from CI"


def test_make_test_runs_on_every_core_with_each_shared_build_on_one_worker():
    """The suite's CPU time is about four minutes: on one core `make test` cannot finish in
    six. `-n auto` starts a worker a core; `--dist loadgroup` honours the groups that keep
    the readers of a shared build on one worker (tests/conftest.py)."""
    (test,) = _recipe("test")
    options = test.removeprefix("$(PY) -m pytest").split()
    assert options[options.index("-n") + 1] == "auto", test
    assert options[options.index("--dist") + 1] == "loadgroup", test


def _addopts() -> str:
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return str(config["tool"]["pytest"]["ini_options"].get("addopts", ""))
