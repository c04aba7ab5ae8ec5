# Quick start: `make reports` (sets everything up), then `make test` (`make test-fast` while editing).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
LOCK   := requirements.lock
JOBS   ?= $(shell nproc 2>/dev/null || echo 2)
EXTRAS := test,bench,lint

.DEFAULT_GOAL := reports
.PHONY: venv reports profiles tables test test-fast lint format lock lab bench clean distclean FORCE

# The lock pins wheels for Python 3.11 and newer. A .venv made by another Python than the
# one asked for (`make venv PYTHON=python3.11` after a failed try with 3.10), or by one too
# old, or whose Python no longer runs, is made again rather than reused.
PYVERSION = import sys; print("%d.%d" % sys.version_info[:2])
STALE_VENV := $(shell   if [ -e $(VENV) ]; then     have=$$($(PY) -c '$(PYVERSION)' 2>/dev/null); want=$$($(PYTHON) -c '$(PYVERSION)' 2>/dev/null);     if [ -z "$$have" ] || [ "$$(printf '%s\n' 3.11 "$$have" | sort -V | head -1)" != 3.11 ]; then echo "$${have:-broken}";     elif [ "$(origin PYTHON)" = "command line" ] && [ -n "$$want" ] && [ "$$have" != "$$want" ]; then echo "$$have"; fi;   fi)
ifneq ($(STALE_VENV),)
$(STAMP): FORCE
endif

venv: $(STAMP)

# With the lock file, every install gets the same versions (hash-checked); without it
# (a trimmed checkout), the lower bounds of pyproject.toml.
$(STAMP): pyproject.toml $(wildcard $(LOCK))
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { 	  echo "error: the project needs Python 3.11 or newer; $(PYTHON) is $$($(PYTHON) -V 2>&1 || echo 'not found'): run make venv PYTHON=python3.11 (or newer)" >&2; exit 1; }
	@if [ -n "$(STALE_VENV)" ]; then 	  echo "removing $(VENV): made by Python $(STALE_VENV), making it again with $(PYTHON)"; rm -rf $(VENV); fi
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	if [ -f $(LOCK) ]; then \
	  $(PY) -m pip install --quiet --require-hashes -r $(LOCK) && \
	  $(PY) -m pip install --quiet --no-deps -e . ; \
	else \
	  $(PY) -m pip install --quiet -e '.[$(EXTRAS)]' ; \
	fi
	touch $(STAMP)

profiles: venv
	$(PY) -m analysis extract --seeds seeds --out reports/data/profiles.json || test $$? -eq 1

tables: profiles
	$(PY) -m analysis tables --profiles reports/data/profiles.json --out reports/data/tables

reports: venv
	$(PY) -m analysis build --seeds seeds --out reports --jobs $(JOBS)

# Everything CI needs, the real report builds (tests marked slow) included: under 6 minutes
# on a 2-core machine. The tests run on every core (pytest-xdist: `-n auto`, one worker a
# core; `--dist loadgroup` keeps the readers of a shared build on one worker, so the build
# runs once; tests/conftest.py starts the long tests first). `make test-fast` leaves the
# slow tests out, on every core too: seconds, for the edit loop.
test: venv
	$(PY) -m pytest -n auto --dist loadgroup

test-fast: venv
	$(PY) -m pytest -n auto --dist loadgroup -m "not slow"

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: venv
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Re-resolve every dependency (after changing pyproject.toml, or to take newer releases).
lock: venv
	$(PY) -m pip install --quiet "uv>=0.5"
	$(VENV)/bin/uv pip compile pyproject.toml $(foreach e,$(subst $(comma), ,$(EXTRAS)),--extra $(e)) \
	  --universal --python-version 3.11 --generate-hashes --output-file $(LOCK)

# The notebooks run on the kernel `python3`: in the JupyterLab of .venv that is .venv's
# Python with the locked libraries, as in the build (no kernel of its own to register).
lab: venv
	$(VENV)/bin/jupyter lab notebooks/

bench: venv
	$(PY) benchmarks/bench_build.py
	$(PY) benchmarks/bench_extract.py

clean:
	find reports -mindepth 1 ! -name README.md -exec rm -rf {} +
	rm -rf .pytest_cache .hypothesis .mypy_cache .ruff_cache build *.egg-info

# Also the environment (the next `make` installs it again from the lock, a few minutes).
distclean: clean
	rm -rf $(VENV)

comma := ,
