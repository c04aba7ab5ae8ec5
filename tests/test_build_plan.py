"""The build plan per language: names, parameters, fingerprints, the --lang option."""

from __future__ import annotations

import json

import pytest
import typed_cities as fx

from analysis.build import plan_reports
from analysis.build.fingerprints import code_fingerprint, report_fingerprint


def test_each_language_gets_every_report_with_its_own_name_and_titles():
    specs = plan_reports(fx.dataset(), ("en", "de"))
    names = [s.name for s in specs]
    assert names.count("governance-comparison") == 1 and "governance-comparison-de" in names
    assert "city-suedwald" in names and "city-suedwald-de" in names
    de = next(s for s in specs if s.name == "city-nordhafen-de")
    assert de.parameters == {"city": "Nordhafen", "lang": "de"} and de.lang == "de"
    assert de.title == "Nordhafen: digitale Transformation" and de.kicker == "Stadtprofil"
    en = next(s for s in specs if s.name == "city-nordhafen")
    assert en.title == "Nordhafen: digital transformation"


def test_language_and_source_list_are_part_of_the_fingerprint():
    data = fx.dataset()
    specs = {s.name: s for s in plan_reports(data, ("en", "de"))}
    code = code_fingerprint()
    en = report_fingerprint(specs["city-nordhafen"], data, code, ("html",), fx.SOURCE_LIST)
    de = report_fingerprint(specs["city-nordhafen-de"], data, code, ("html",), fx.SOURCE_LIST)
    assert en != de
    other = dict(fx.SOURCE_LIST, **{"a1.txt": {**fx.SOURCE_LIST["a1.txt"], "title": "Neuer Titel"}})
    assert report_fingerprint(specs["city-nordhafen"], data, code, ("html",), other) != en
    # Südwald reads no line of the sources list that changed: its fingerprint stays
    sued = specs["city-suedwald"]
    assert report_fingerprint(sued, data, code, ("html",), other) == report_fingerprint(
        sued, data, code, ("html",), fx.SOURCE_LIST
    )


def test_unknown_language_is_a_usage_error(cli, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    result = cli("build", "--seeds", seeds, "--out", tmp_path / "out", "--lang", "en,fr")
    assert result.returncode == 2
    assert "--lang takes en and/or de, not fr" in result.stderr and "Traceback" not in result.stderr


# --- bugs of the mutation audit (issue 19), without a real build -------------------------------


def test_an_edit_of_de_json_changes_the_fingerprint_of_every_german_report_and_no_english_one(
    tmp_path, monkeypatch
):
    """Bug: an edit of `de.json` rebuilt no German report (the texts left out of the
    fingerprint, or the English texts hashed for every language)."""
    import shutil

    from analysis.build import fingerprints

    package = tmp_path / "analysis"
    shutil.copytree(fingerprints.PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(fingerprints, "PACKAGE_DIR", package)
    monkeypatch.setattr(fingerprints, "TEXTS_DIR", package / "reporting" / "texts")
    data = fx.dataset()
    specs = plan_reports(data, ("en", "de"))

    def prints() -> dict[str, str]:
        fingerprints.texts_hash.cache_clear()
        code = fingerprints.code_fingerprint()
        return {s.name: report_fingerprint(s, data, code, ("html",), fx.SOURCE_LIST) for s in specs}

    before = prints()
    de_json = package / "reporting" / "texts" / "de.json"
    table = json.loads(de_json.read_text(encoding="utf-8"))
    key = next(iter(table))
    table[key] += " (überarbeitet)"  # a translator rewords one sentence
    de_json.write_text(json.dumps(table, ensure_ascii=False, indent=1), encoding="utf-8")
    after = prints()
    fingerprints.texts_hash.cache_clear()
    changed = {s.lang for s in specs if before[s.name] != after[s.name]}
    unchanged = {s.lang for s in specs if before[s.name] == after[s.name]}
    assert (changed, unchanged) == ({"de"}, {"en"})


def test_a_failed_report_is_not_linked_in_the_index(tmp_path):
    """Bug: a report whose notebook failed was still linked from index.html (to outputs
    that were removed, or that are stale)."""
    from html.parser import HTMLParser

    from analysis.reporting.index import write_index

    data = fx.dataset()
    specs = plan_reports(data, ("en", "de"))
    write_index(tmp_path, specs, data, ("html", "pdf"), "2026-12-07 12:00 UTC", {"city-nordhafen-de"}, [])

    class Links(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.hrefs: list[str] = []

        def handle_starttag(self, tag, attrs):
            self.hrefs += [v for k, v in attrs if tag == "a" and k == "href"]

    parser = Links()
    parser.feed((tmp_path / "index.html").read_text(encoding="utf-8"))
    assert not [h for h in parser.hrefs if "city-nordhafen-de." in h], parser.hrefs
    for s in specs:
        if s.name != "city-nordhafen-de":
            assert {f"{s.name}.html", f"{s.name}.pdf", f"notebooks/{s.name}.ipynb"} <= set(parser.hrefs), (
                s.name
            )
    assert "failed" in (tmp_path / "index.html").read_text(encoding="utf-8").lower()


def test_the_build_lock_is_held_until_the_build_ends(tmp_path):
    """Bug: the build lock released right after it was taken, so two builds wrote into one
    folder at once."""
    from analysis.build.pipeline import build_lock
    from analysis.errors import BuildError

    with (
        build_lock(tmp_path),
        pytest.raises(BuildError, match="another build is writing"),
        build_lock(tmp_path),
    ):
        pass
    with build_lock(tmp_path):  # released at the end: the next build may start
        pass
