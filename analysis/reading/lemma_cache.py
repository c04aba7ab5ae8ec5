"""The lemmatiser's German dictionary, decoded once per machine instead of once per process.

simplemma ships its dictionaries as lzma-compressed front-coded streams; turning the German
one into its lookup table (about 1.1 million forms) is a loop in pure Python that costs about
2 s of CPU in every process that lemmatises a word, more than extracting a few hundred
documents. The decoded table is the same on every run, so after the first decoding it is kept
in a cache file, an SQLite table of form -> lemma, and handed to simplemma's own dictionary
factory. A process then opens the file and looks up only the forms it meets (a few thousand,
each once: `lemmas.lemma` is cached) instead of decoding a million; every lookup, and so
every lemma, is unchanged (tests compare the two tables).

The cache lives in `$ANALYSIS_CACHE_DIR`, else `$XDG_CACHE_HOME/analysis`, else
`~/.cache/analysis`. Its name holds what the table depends on (simplemma's version and a
digest of the shipped dictionary file); a digest of the whole cache file, kept beside it and
checked when a process opens it, guards against a file cut short or altered. Any problem with
the cache (unwritable folder, damaged file) falls back to simplemma's own decoding: slower,
never different.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from analysis import atomic

CACHE_ENV = "ANALYSIS_CACHE_DIR"

Loader = Callable[[str], Mapping[bytes, bytes]]


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
    return cache_dir() / f"simplemma-{version}-{lang}-{shipped}.sqlite"


def _digest_file(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


class SQLiteTable(Mapping[bytes, bytes]):
    """form -> lemma (UTF-8 bytes, as simplemma stores them), read from the cache file on
    demand. A process that forks gets its own connection (SQLite forbids sharing one). Should
    the file fail to answer (a disk error after opening), `fallback` gives the table instead."""

    def __init__(self, path: Path, fallback: Callable[[], Mapping[bytes, bytes]] | None = None) -> None:
        self.path = path
        self._pid = -1
        self._db: sqlite3.Connection | None = None
        self._fallback = fallback
        self._decoded: Mapping[bytes, bytes] | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():
            # immutable: the file never changes once written (a new one replaces it whole)
            uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._db

    def get(self, key: bytes, default: bytes | None = None) -> bytes | None:  # type: ignore[override]
        if self._decoded is None:
            try:
                row = self._connection().execute("SELECT lemma FROM lemmas WHERE form = ?", (key,)).fetchone()
                return row[0] if row is not None else default
            except sqlite3.Error:
                if self._fallback is None:
                    raise
                self._decoded = self._fallback()
        return self._decoded.get(key, default)

    def __getitem__(self, key: bytes) -> bytes:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __iter__(self) -> Iterator[bytes]:
        for (form,) in self._connection().execute("SELECT form FROM lemmas ORDER BY form"):
            yield form

    def __len__(self) -> int:
        return int(self._connection().execute("SELECT count(*) FROM lemmas").fetchone()[0])


def read_cached(
    path: Path, fallback: Callable[[], Mapping[bytes, bytes]] | None = None
) -> SQLiteTable | None:
    """The table stored at `path`, or None when there is none or it is damaged."""
    try:
        stored = _digest_file(path).read_text(encoding="ascii").strip()
        with path.open("rb") as f:
            digest = hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None
    if digest != stored:
        return None  # cut short, altered, or written by a process that died before its digest
    table = SQLiteTable(path, fallback)
    try:
        table._connection().execute(
            "SELECT lemma FROM lemmas LIMIT 1"
        ).fetchall()  # an SQLite file with the table
    except sqlite3.Error:
        return None
    return table


def write_cached(path: Path, table: Mapping[bytes, bytes]) -> None:
    """Store `table` at `path`, then its digest beside it, each in one rename (a reader sees a
    whole file or none, and a file without its digest is not read). A folder that cannot be
    written is no error, only a cache that stays empty."""
    with contextlib.suppress(OSError, sqlite3.Error), atomic.atomic_path(path) as tmp:
        tmp.unlink()  # SQLite creates its own file
        db = sqlite3.connect(tmp)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("CREATE TABLE lemmas (form BLOB PRIMARY KEY, lemma BLOB NOT NULL) WITHOUT ROWID")
            db.executemany("INSERT INTO lemmas VALUES (?, ?)", sorted(table.items()))
            db.commit()
        finally:
            db.close()
        with tmp.open("rb") as f:
            digest = hashlib.file_digest(f, "sha256").hexdigest()
        # the digest goes first, the database last: a digest without its file is never read
        atomic.write_text(_digest_file(path), digest + "\n")


def cached_loader(load: Loader, data_folder: Path, version: str) -> Loader:
    """`load` (simplemma's loader of a language's table) with the cache in front of it."""

    def load_cached(lang: str) -> Mapping[bytes, bytes]:
        try:
            path = cache_file(lang, data_folder / f"{lang}.plzma", version)
        except (OSError, RuntimeError):  # no such language file (simplemma says so), no home
            return load(lang)
        cached = read_cached(path, lambda: load(lang))
        if cached is not None:
            return cached
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
