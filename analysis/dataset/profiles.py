"""The profiles dataset: extract a folder of sources, write it, read it back, validate it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from json.encoder import encode_basestring as _encode_string  # the C encoder where there is one
from pathlib import Path

from analysis import atomic
from analysis.dataset import corrections as corr
from analysis.errors import ProfilesError, SourceError
from analysis.reading.reader import DEFAULT_MAX_BYTES, list_sources, read_source

SCHEMA_VERSION = 1


@dataclass
class ExtractResult:
    dataset: dict
    skipped: list[SourceError] = field(default_factory=list)


def extract_folder(
    seeds: Path, max_bytes: int = DEFAULT_MAX_BYTES, corrections: bool = True
) -> ExtractResult:
    """Every document in `seeds` (non-recursive); files that cannot be read are skipped with a
    reason. With `corrections`, the analysts' `corrections.csv` in `seeds` (if any) is applied;
    its rows that cannot apply are skipped, one line each (see `analysis.dataset.corrections`)."""
    from analysis.extraction import (
        extract_document,  # not needed to load profiles: keeps report kernels light
    )

    documents, skipped = [], []
    ids: dict[str, str] = {}
    for path in list_sources(seeds):
        try:
            if path.stem in ids:  # "a.txt" and "a.html" would both be document "a"
                raise SourceError(path.name, f"document id {path.stem!r} already used by {ids[path.stem]}")
            source = read_source(path, seeds, max_bytes=max_bytes)
        except SourceError as exc:
            skipped.append(exc)
            continue
        ids[path.stem] = path.name
        documents.append(extract_document(source))
    documents.sort(key=lambda d: d["doc_id"])
    _flag_duplicates(documents)
    dataset = {"schema_version": SCHEMA_VERSION, "documents": documents}
    if not corrections:
        corr.mark_uncorrected(dataset)
        return ExtractResult(dataset, skipped)
    corrected = corr.apply_corrections(dataset, Path(seeds) / corr.FILE_NAME, in_place=True)
    return ExtractResult(corrected.dataset, [*skipped, *corrected.skipped])


def _flag_duplicates(documents: list[dict]) -> None:
    """Identical bytes under two names: the later one points at the first (counted once)."""
    first: dict[str, str] = {}
    for doc in documents:
        sha = doc["source"]["sha256"]
        doc["duplicate_of"] = first.get(sha)
        first.setdefault(sha, doc["doc_id"])


def dumps(dataset: dict) -> str:
    """`json.dumps(dataset, ensure_ascii=False, indent=1)` and a line end, byte for byte.

    Fixed key order from the extractors, no timestamps: the same input gives the same bytes.
    With an indent, the json module encodes with its pure-Python generator (its C encoder
    knows no indent); the writer below appends the same pieces to one list with the C string
    encoder, about three times faster. A value of a type the profiles never hold goes to the
    json module itself."""
    out: list[str] = []
    try:
        _encode(dataset, 0, out)
    except _Unusual:
        return json.dumps(dataset, ensure_ascii=False, indent=1) + "\n"
    out.append("\n")
    return "".join(out)


class _Unusual(Exception):
    """A value `_encode` leaves to the json module (a subclass, a non-string key, ...)."""


_INFINITY = float("inf")


def _encode(value: object, level: int, out: list[str]) -> None:
    """Append the pieces json.dumps(value, ensure_ascii=False, indent=1) gives at `level`."""
    kind = type(value)
    if kind is str:
        out.append(_encode_string(value))  # type: ignore[arg-type]
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float:
        number: float = value  # type: ignore[assignment]
        if number != number:
            out.append("NaN")
        elif number == _INFINITY:
            out.append("Infinity")
        elif number == -_INFINITY:
            out.append("-Infinity")
        else:
            out.append(float.__repr__(number))
    elif kind is dict:
        mapping: dict = value  # type: ignore[assignment]
        if not mapping:
            out.append("{}")
            return
        inner = "\n" + " " * (level + 1)
        separator = "{" + inner
        for key, item in mapping.items():
            if type(key) is not str:
                raise _Unusual
            out.append(separator)
            out.append(_encode_string(key))
            out.append(": ")
            _encode(item, level + 1, out)
            separator = "," + inner
        out.append("\n" + " " * level + "}")
    elif kind is list or kind is tuple:
        items: list | tuple = value  # type: ignore[assignment]
        if not items:
            out.append("[]")
            return
        inner = "\n" + " " * (level + 1)
        separator = "[" + inner
        for item in items:
            out.append(separator)
            _encode(item, level + 1, out)
            separator = "," + inner
        out.append("\n" + " " * level + "]")
    else:
        raise _Unusual


def write_profiles(dataset: dict, out: Path) -> None:
    atomic.write_text(out, dumps(dataset))


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(
        resources.files("analysis.dataset").joinpath("schema/profiles.schema.json").read_text("utf-8")
    )


@lru_cache(maxsize=1)
def _validator():
    # fastjsonschema compiles the schema to Python in milliseconds; jsonschema takes a
    # second just to import (its format checkers), which every report kernel would pay.
    import fastjsonschema

    return fastjsonschema.compile(schema())


def validate(dataset: dict) -> None:
    """Raise ProfilesError naming the first place where `dataset` breaks the schema."""
    import fastjsonschema

    try:
        _validator()(dataset)
    except fastjsonschema.JsonSchemaValueException as exc:
        where = "/".join(str(p) for p in exc.path[1:]) or "(top level)"
        raise ProfilesError(f"profiles do not follow the schema at {where}: {exc.message}") from None


def load_profiles(path: str | Path) -> dict:
    """Read and validate a profiles JSON file."""
    path = Path(path)
    try:
        dataset = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProfilesError(f"{path}: no such file (run `python -m analysis extract` first)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProfilesError(f"{path}: not a readable profiles JSON file ({exc})") from None
    validate(dataset)
    return dataset


def load_or_extract(path: str | Path, seeds: str | Path) -> dict:
    """Profiles from `path` when it exists (as the build writes it), else extracted from
    `seeds` on the fly, so that a notebook opened in JupyterLab runs before any build."""
    path = Path(path)
    if path.exists():
        return load_profiles(path)
    seeds = Path(seeds)
    if not seeds.is_dir():
        raise ProfilesError(f"{path}: no such file, and no seeds folder {seeds} to extract from")
    return extract_folder(seeds).dataset
