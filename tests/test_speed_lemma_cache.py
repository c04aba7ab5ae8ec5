"""The cached lemma dictionary is the dictionary simplemma decodes itself, whatever the cache holds.

Run on the smallest dictionary simplemma ships (the caching does not depend on the language),
so that each test takes milliseconds, not the two seconds of the German one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from simplemma import __version__ as simplemma_version
from simplemma.strategies.dictionaries import dictionary_factory as factory

from analysis.reading import lemma_cache

SMALLEST = min(factory.DATA_FOLDER.glob("*.plzma"), key=lambda p: p.stat().st_size).stem


def _original():
    load = factory._load_dictionary_from_disk
    return getattr(load, "__wrapped__", load)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(lemma_cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture(scope="module")
def plain() -> dict[bytes, bytes]:
    return _original()(SMALLEST)


def _loader():
    return lemma_cache.cached_loader(_original(), factory.DATA_FOLDER, simplemma_version)


def test_first_and_later_loads_give_simplemmas_own_table(cache: Path, plain: dict[bytes, bytes]) -> None:
    load = _loader()
    assert load(SMALLEST) == plain  # decoded by simplemma, then written
    assert len(list(cache.glob("*.sqlite"))) == 1
    cached = load(SMALLEST)
    assert isinstance(cached, lemma_cache.SQLiteTable)  # read from the cache file
    assert cached == plain
    some = sorted(plain)[:: max(1, len(plain) // 50)]
    assert [cached.get(k) for k in some] == [plain[k] for k in some]
    assert cached.get(b"no such form") is None


def test_the_cache_file_is_what_later_loads_read(
    cache: Path, plain: dict[bytes, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    load = _loader()
    load(SMALLEST)
    calls = []
    monkeypatch.setattr(lemma_cache, "write_cached", lambda *a: calls.append(a))
    uncached = lemma_cache.cached_loader(
        lambda lang: pytest.fail("decoded again"), factory.DATA_FOLDER, simplemma_version
    )
    assert uncached(SMALLEST) == plain and not calls


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "no digest"])
def test_a_damaged_cache_file_is_decoded_again(cache: Path, plain: dict[bytes, bytes], damage: str) -> None:
    load = _loader()
    load(SMALLEST)
    (path,) = cache.glob("*.sqlite")
    blob = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(blob[: len(blob) // 2])
    elif damage == "flip":
        middle = len(blob) // 2
        path.write_bytes(blob[:middle] + bytes([blob[middle] ^ 0xFF]) + blob[middle + 1 :])
    elif damage == "garbage":
        path.write_bytes(b"not a cache at all")
    else:
        path.with_name(path.name + ".sha256").unlink()  # the writer died before its digest
    assert lemma_cache.read_cached(path) is None
    assert load(SMALLEST) == plain
    again = lemma_cache.read_cached(path)
    assert again is not None and dict(again) == plain  # and the cache is whole again


def test_a_forked_process_opens_its_own_connection(cache: Path, plain: dict[bytes, bytes]) -> None:
    load = _loader()
    load(SMALLEST)
    table = load(SMALLEST)
    assert isinstance(table, lemma_cache.SQLiteTable)
    form = next(iter(plain))
    assert table.get(form) == plain[form]
    first = table._connection()
    table._pid = -2  # as after a fork: another process
    assert table._connection() is not first and table.get(form) == plain[form]


def test_an_unwritable_cache_folder_only_means_no_cache(
    tmp_path: Path, plain: dict[bytes, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv(lemma_cache.CACHE_ENV, str(blocker / "cache"))  # a folder under a file
    assert _loader()(SMALLEST) == plain


def test_the_cache_name_changes_with_what_the_table_depends_on(cache: Path) -> None:
    data = factory.DATA_FOLDER / f"{SMALLEST}.plzma"
    assert lemma_cache.cache_file(SMALLEST, data, "2.0.0") != lemma_cache.cache_file(SMALLEST, data, "2.0.1")
    assert lemma_cache.cache_file(SMALLEST, data, "2.0.0").parent == cache


def test_installed_once_in_front_of_simplemma() -> None:
    import analysis.reading.lemmas  # noqa: F401  (installs the cache on import)

    assert hasattr(factory._load_dictionary_from_disk, "__wrapped__")
    assert lemma_cache.install() is True
    assert not hasattr(factory._load_dictionary_from_disk.__wrapped__, "__wrapped__")  # not wrapped twice


def test_a_file_that_fails_after_opening_falls_back_to_decoding(
    cache: Path, plain: dict[bytes, bytes]
) -> None:
    load = _loader()
    load(SMALLEST)
    table = load(SMALLEST)
    assert isinstance(table, lemma_cache.SQLiteTable)

    class Failing:
        def execute(self, *args: object) -> None:
            raise lemma_cache.sqlite3.OperationalError("disk I/O error")

    table._db = Failing()  # type: ignore[assignment]
    form = next(iter(plain))
    assert table.get(form) == plain[form]
    assert table.get(b"no such form") is None
