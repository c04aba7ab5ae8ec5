"""What a report depends on, as one hash: a changed hash means the report is rebuilt."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from functools import cache
from typing import Any

from analysis.build.catalogue import NOTEBOOKS, PACKAGE_DIR, ReportSpec

CODE_SUFFIXES = (".py", ".j2", ".css", ".json")


TEXTS_DIR = PACKAGE_DIR / "reporting" / "texts"


def code_fingerprint() -> str:
    """Hash of the library code and templates: a change re-renders every report. The texts
    of a language are not in it: they count only for the reports in that language."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.parent == TEXTS_DIR and path.suffix == ".json":
            continue
        if path.is_file() and path.suffix in CODE_SUFFIXES and "__pycache__" not in path.parts:
            h.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


@cache
def texts_hash(lang: str) -> str:
    return hashlib.sha256((TEXTS_DIR / f"{lang}.json").read_bytes()).hexdigest()


@cache  # every city profile shares one notebook: read and hash it once
def notebook_hash(name: str) -> str:
    return hashlib.sha256((NOTEBOOKS / name).read_bytes()).hexdigest()


def report_fingerprint(
    spec: ReportSpec,
    dataset: dict[str, Any],
    code: str,
    formats: tuple[str, ...],
    source_list: dict[str, dict[str, str]] | None = None,
) -> str:
    """Everything a report is made from: its spec (name, parameters, language), the formats,
    the code, the notebook, its documents and their lines of the sources list."""
    docs = [d for d in dataset["documents"] if d["doc_id"] in spec.doc_ids]
    cited = {d["source"]["path"]: (source_list or {}).get(d["source"]["path"]) for d in docs}
    payload = {
        "spec": asdict(spec),
        "sources": cited,
        "formats": list(formats),
        "code": code,
        "notebook": notebook_hash(spec.notebook),
        "texts": texts_hash(spec.lang),
        "documents": docs,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
