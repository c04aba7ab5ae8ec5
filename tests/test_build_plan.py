"""The build plan per language: names, parameters, fingerprints, the --lang option."""

from __future__ import annotations

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
