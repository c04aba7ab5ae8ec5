"""The lemmatiser's German dictionary, decoded once per machine instead of once per process.

simplemma ships its dictionaries as lzma-compressed front-coded streams; turning the German
one into its lookup table (about 1.1 million forms) is a loop in pure Python that costs about
2 s of CPU in every process that lemmatises a word, more than extracting a few hundred
documents. The decoded table is the same on every run, so it is kept in a cache file (Python's
`marshal` format, read back in a fraction of that time) and handed to simplemma's own
dictionary factory; every lookup, and so every lemma, is unchanged (tests compare the two).

The cache lives in `$ANALYSIS_CACHE_DIR`, else `$XDG_CACHE_HOME/analysis`, else
`~/.cache/analysis`. Its name holds what the table depends on (simplemma's version, a digest
of the shipped dictionary file, the Python version, since marshal is version-bound); a payload
digest guards against a file cut short or altered. Any problem with the cache (unwritable
folder, damaged file) falls back to simplemma's own loading: slower, never different.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path

from analysis import atomic

CACHE_ENV = "ANALYSIS_CACHE_DIR"
_MAGIC = b"analysis-lemma-cache-1\n"
_DIGEST_BYTES = 32  # sha256 of the payload, stored after the magic line

Loader = Callable[[str], dict[bytes, bytes]]


def cache_dir() -> Path:
    """Where decoded dictionaries are kept (see the module doc)."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "analysis"


def cache_file(lang: str, data_file: Path, version: str) -> Path:
    """The cache file of one language's dictionary: named by everything its content depends on."""
    shipped = hashlib.sha256(data_file.read_bytes()).hexdigest()[:16]
    python = f"py{sys.version_info[0]}{sys.version_info[1]}"
    return cache_dir() / f"simplemma-{version}-{lang}-{shipped}-{python}.marshal"


def read_cached(path: Path) -> dict[bytes, bytes] | None:
    """The table stored at `path`, or None when there is none or it is damaged."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + _DIGEST_BYTES
    if not blob.startswith(_MAGIC) or len(blob) < head:
        return None
    payload = memoryview(blob)[head:]
    if hashlib.sha256(payload).digest() != blob[len(_MAGIC) : head]:
        return None  # cut short or altered: marshal must never read such bytes
    try:
        table = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    return table if isinstance(table, dict) else None


def write_cached(path: Path, table: dict[bytes, bytes]) -> None:
    """Store `table` at `path` in one rename (a reader sees the whole file or none); a folder
    that cannot be written is no error, only a cache that stays empty."""
    payload = marshal.dumps(table)
    with contextlib.suppress(OSError):
        atomic.write_bytes(path, _MAGIC + hashlib.sha256(payload).digest() + payload)


def cached_loader(load: Loader, data_folder: Path, version: str) -> Loader:
    """`load` (simplemma's loader of a language's table) with the cache in front of it."""

    def load_cached(lang: str) -> dict[bytes, bytes]:
        try:
            path = cache_file(lang, data_folder / f"{lang}.plzma", version)
        except OSError:
            return load(lang)  # no such language file: simplemma says what is wrong
        table = read_cached(path)
        if table is None:
            table = load(lang)
            write_cached(path, table)
        return table

    load_cached.__wrapped__ = load  # type: ignore[attr-defined]
    return load_cached


def install() -> bool:
    """Put the cache in front of simplemma's dictionary loading (once per process). False
    when this simplemma has no such loader (another version): it then loads as it always did."""
    from simplemma import __version__ as version
    from simplemma.strategies.dictionaries import dictionary_factory as factory

    load = getattr(factory, "_load_dictionary_from_disk", None)
    if load is None or not callable(load):
        return False
    if hasattr(load, "__wrapped__"):
        return True  # already installed
    factory._load_dictionary_from_disk = cached_loader(load, factory.DATA_FOLDER, version)  # type: ignore[assignment]
    return True
