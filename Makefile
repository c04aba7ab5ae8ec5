# Quick start: `make reports` (sets everything up), then `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
KERNEL := city-digital
JOBS   ?= $(shell nproc 2>/dev/null || echo 2)

.DEFAULT_GOAL := reports
.PHONY: venv reports profiles tables test lab bench clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,bench]'
	$(PY) -m ipykernel install --prefix $(VENV) --name $(KERNEL) --display-name "Python (city-digital)" >/dev/null
	touch $(STAMP)

profiles: venv
	$(PY) -m analysis extract --seeds seeds --out reports/data/profiles.json || test $$? -eq 1

tables: profiles
	$(PY) -m analysis tables --profiles reports/data/profiles.json --out reports/data/tables

reports: venv
	$(PY) -m analysis build --seeds seeds --out reports --jobs $(JOBS)

test: venv
	$(PY) -m pytest

lab: venv
	$(VENV)/bin/jupyter lab notebooks/

bench: venv
	$(PY) benchmarks/bench_build.py
	$(PY) benchmarks/bench_extract.py

clean:
	find reports -mindepth 1 ! -name README.md -exec rm -rf {} +
	rm -rf .pytest_cache .hypothesis build *.egg-info
