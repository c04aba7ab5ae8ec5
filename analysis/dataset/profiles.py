"""The profiles dataset: extract a folder of sources, write it, read it back, validate it."""

from __future__ import annotations

import json
import multiprocessing as mp
from collections.abc import Iterator
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


# Below this many sources a second process costs about what it saves (forking, sending the
# profiles back; measured: 40 real texts 1.28 s with one process, 1.18 s with two): the five
# seeds or one city's texts are extracted in this process.
PARALLEL_FROM = 32


def extract_folder(
    seeds: Path, max_bytes: int = DEFAULT_MAX_BYTES, corrections: bool = True, jobs: int = 1
) -> ExtractResult:
    """Every document in `seeds` (non-recursive); files that cannot be read are skipped with a
    reason. With `corrections`, the analysts' `corrections.csv` in `seeds` (if any) is applied;
    its rows that cannot apply are skipped, one line each (see `analysis.dataset.corrections`).

    With `jobs` > 1 and at least PARALLEL_FROM sources, that many forked processes read and
    extract the sources; the result is the same, in the same order, as with one."""
    documents, skipped = [], []
    ids: dict[str, str] = {}
    paths = list_sources(seeds)
    for path, outcome in zip(paths, _read_and_extract_all(paths, seeds, max_bytes, jobs), strict=True):
        if path.stem in ids:  # "a.txt" and "a.html" would both be document "a"
            skipped.append(
                SourceError(path.name, f"document id {path.stem!r} already used by {ids[path.stem]}")
            )
            continue
        if isinstance(outcome, SourceError):
            skipped.append(outcome)
            continue
        ids[path.stem] = path.name
        documents.append(outcome)
    documents.sort(key=lambda d: d["doc_id"])
    _flag_duplicates(documents)
    dataset = {"schema_version": SCHEMA_VERSION, "documents": documents}
    if not corrections:
        corr.mark_uncorrected(dataset)
        return ExtractResult(dataset, skipped)
    corrected = corr.apply_corrections(dataset, Path(seeds) / corr.FILE_NAME, in_place=True)
    return ExtractResult(corrected.dataset, [*skipped, *corrected.skipped])


def _read_and_extract(path: Path, seeds: Path, max_bytes: int) -> dict | SourceError:
    """One source's profile, or why it cannot be read."""
    from analysis.extraction import (
        extract_document,  # not needed to load profiles: keeps report kernels light
    )

    try:
        source = read_source(path, seeds, max_bytes=max_bytes)
    except SourceError as exc:
        return exc
    return extract_document(source)


def _read_and_extract_all(
    paths: list[Path], seeds: Path, max_bytes: int, jobs: int
) -> Iterator[dict | SourceError]:
    """`_read_and_extract` of each path, in order: here one after another (a source read only
    when its turn comes), or in `jobs` forked processes for a large folder."""
    if jobs <= 1 or len(paths) < PARALLEL_FROM or "fork" not in mp.get_all_start_methods():
        yield from (_read_and_extract(path, seeds, max_bytes) for path in paths)
        return
    from analysis.extraction import extract_document  # noqa: F401 - the rules, compiled once before forking

    # fork: the workers inherit the compiled rules, the gazetteer and the lemma table instead
    # of loading them again (about a second each); a SourceError does not pickle (its
    # arguments), so it travels as (name, reason)
    with mp.get_context("fork").Pool(min(jobs, len(paths))) as pool:
        work = [(path, seeds, max_bytes) for path in paths]
        chunk = max(1, len(paths) // (jobs * 8))
        for outcome in pool.imap(_extract_in_worker, work, chunksize=chunk):
            yield SourceError(*outcome) if isinstance(outcome, tuple) else outcome


def _extract_in_worker(work: tuple[Path, Path, int]) -> dict | tuple[str, str]:
    outcome = _read_and_extract(*work)
    return (outcome.name, outcome.reason) if isinstance(outcome, SourceError) else outcome


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
