"""The profiles dataset against the package schema; tables built from it."""

from __future__ import annotations

import copy
import json
import shutil

import pytest

from analysis.dataset.profiles import dumps, extract_folder, load_profiles, validate, write_profiles
from analysis.dataset.tables import CITIES_TABLE, TABLES, frames, write_tables
from analysis.errors import ProfilesError

FACT_TABLES = [t for t in TABLES if t != "documents"]


def test_seeds_dataset_validates(profiles):
    validate(profiles)


def test_written_and_loaded_dataset_round_trips(tmp_path, profiles):
    out = tmp_path / "p.json"
    write_profiles(profiles, out)
    assert load_profiles(out) == json.loads(dumps(profiles))


def _first_doc_with_events(dataset):
    for doc in dataset["documents"]:
        if doc["events"]:
            return doc
    pytest.fail("no seed document has events")


@pytest.mark.parametrize(
    "breakage",
    [
        "event_kind_soon",
        "bad_date",
        "placement",
        "affiliation",
        "missing_city_key",
        "negative_offset",
        "empty_quote",
        "schema_version",
    ],
)
def test_broken_dataset_raises_profiles_error(profiles, breakage):
    ds = copy.deepcopy(profiles)
    doc = _first_doc_with_events(ds)
    if breakage == "event_kind_soon":
        doc["events"][0]["kind"] = "soon"
    elif breakage == "bad_date":
        doc["events"][0]["date"] = "März 2019"
    elif breakage == "placement":
        doc["governance"]["cdo_placement"] = "basement"
    elif breakage == "affiliation":
        person_doc = next(d for d in ds["documents"] if d["people"])
        person_doc["people"][0]["affiliation"] = "friend"
    elif breakage == "missing_city_key":
        del doc["city"]
    elif breakage == "negative_offset":
        doc["events"][0]["evidence"]["start"] = -1
    elif breakage == "empty_quote":
        doc["events"][0]["evidence"]["quote"] = ""
    elif breakage == "schema_version":
        ds["schema_version"] = 99
    with pytest.raises(ProfilesError):
        validate(ds)


def test_event_kind_soon_error_names_the_place(profiles):
    ds = copy.deepcopy(profiles)
    doc = _first_doc_with_events(ds)
    i = ds["documents"].index(doc)
    doc["events"][0]["kind"] = "soon"
    with pytest.raises(ProfilesError) as info:
        validate(ds)
    assert f"documents/{i}/events/0/kind" in str(info.value)


def test_load_profiles_invalid_json_names_the_file(tmp_path):
    bad = tmp_path / "kaputt-profiles.json"
    bad.write_text('{"schema_version": 1, "documents": [', encoding="utf-8")
    with pytest.raises(ProfilesError) as info:
        load_profiles(bad)
    assert "kaputt-profiles.json" in str(info.value)


def test_load_profiles_missing_file_names_the_file(tmp_path):
    with pytest.raises(ProfilesError) as info:
        load_profiles(tmp_path / "fehlt.json")
    assert "fehlt.json" in str(info.value)


def test_load_profiles_schema_violation(tmp_path, profiles):
    ds = copy.deepcopy(profiles)
    _first_doc_with_events(ds)["events"][0]["kind"] = "soon"
    p = tmp_path / "p.json"
    p.write_text(json.dumps(ds), encoding="utf-8")
    with pytest.raises(ProfilesError):
        load_profiles(p)


# --- tables ------------------------------------------------------------------------------


def test_frames_has_every_table(profiles):
    assert set(frames(profiles)) == set(TABLES)


@pytest.mark.parametrize("name", FACT_TABLES)
def test_fact_tables_have_doc_city_quote_and_no_empty_quotes(profiles, name):
    df = frames(profiles)[name]
    for col in ("doc_id", "city", "quote"):
        assert col in df.columns, f"{name} lacks {col}"
    assert len(df) > 0, f"{name} is empty for the seeds"
    quotes = df["quote"]
    empty = df[quotes.isna() | (quotes.astype(str).str.strip() == "")]
    assert empty.empty, f"{name}: rows without a quote:\n{empty[['doc_id', 'city']]}"


def test_documents_table_one_row_per_document(profiles):
    df = frames(profiles)["documents"]
    assert list(df["doc_id"]) == [d["doc_id"] for d in profiles["documents"]]
    assert {"doc_id", "city", "source_kind", "published"} <= set(df.columns)


def test_write_tables_one_csv_each(tmp_path, profiles):
    written = write_tables(profiles, tmp_path)
    assert sorted(p.name for p in written) == sorted(f"{t}.csv" for t in (*TABLES, CITIES_TABLE))
    assert all(p.is_file() and p.stat().st_size > 0 for p in written)


def test_duplicate_document_flagged_and_counted_once(tmp_path, seeds_dir):
    src = seeds_dir / "003_767a1c78fbc1d98b.txt"
    other = seeds_dir / "000_f36db0d75a537270.txt"
    if not (src.is_file() and other.is_file()):
        pytest.skip("seed documents absent")
    shutil.copy(src, tmp_path / "a_original.txt")
    shutil.copy(src, tmp_path / "b_kopie.txt")
    shutil.copy(other, tmp_path / "c_anderes.txt")
    ds = extract_folder(tmp_path).dataset
    validate(ds)
    by_id = {d["doc_id"]: d for d in ds["documents"]}
    assert by_id["a_original"].get("duplicate_of") is None
    assert by_id["b_kopie"]["duplicate_of"] == "a_original"
    assert by_id["c_anderes"].get("duplicate_of") is None

    tables = frames(ds)
    assert set(tables["documents"]["doc_id"]) == {"a_original", "b_kopie", "c_anderes"}
    single = frames(extract_folder(seeds_dir).dataset)
    for name in FACT_TABLES:
        df = tables[name]
        assert "b_kopie" not in set(df["doc_id"]), f"{name} has rows from the duplicate"
        n_orig = int((df["doc_id"] == "a_original").sum())
        n_seed = int((single[name]["doc_id"] == src.stem).sum())
        assert n_orig == n_seed, f"{name}: {n_orig} rows for the original, {n_seed} when extracted alone"
