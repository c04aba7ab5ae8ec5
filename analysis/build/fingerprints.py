"""What a report depends on, as one hash: a changed hash means the report is rebuilt."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from functools import cache

from analysis.build.catalogue import NOTEBOOKS, PACKAGE_DIR, ReportSpec

CODE_SUFFIXES = (".py", ".j2", ".css", ".json")


def code_fingerprint() -> str:
    """Hash of the library code and templates: a change re-renders every report."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in CODE_SUFFIXES and "__pycache__" not in path.parts:
            h.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


@cache  # every city profile shares one notebook: read and hash it once
def notebook_hash(name: str) -> str:
    return hashlib.sha256((NOTEBOOKS / name).read_bytes()).hexdigest()


def report_fingerprint(spec: ReportSpec, dataset: dict, code: str, formats: tuple[str, ...]) -> str:
    docs = [d for d in dataset["documents"] if d["doc_id"] in spec.doc_ids]
    payload = {
        "spec": asdict(spec),
        "formats": list(formats),
        "code": code,
        "notebook": notebook_hash(spec.notebook),
        "documents": docs,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
