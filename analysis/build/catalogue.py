"""Which reports a dataset gets: the catalogue (`reports.json`) applied to the cities found."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent.parent
NOTEBOOKS = PACKAGE_DIR.parent / "notebooks"


@dataclass(frozen=True)
class ReportSpec:
    name: str  # output file stem
    notebook: str  # file name in notebooks/
    title: str
    kicker: str
    subtitle: str
    parameters: dict[str, Any] = field(hash=False)  # notebook parameters shown to the reader
    doc_ids: tuple[str, ...] = ()  # documents the report reads

    @property
    def parameters_text(self) -> str:
        return ", ".join(f"{k} = {v}" for k, v in self.parameters.items())


@cache
def catalogue() -> dict[str, Any]:
    return json.loads(resources.files("analysis.build").joinpath("reports.json").read_text("utf-8"))


def slug(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split()) or "unnamed"


def _fill(value: Any, fields: dict[str, str]) -> Any:
    """The catalogue's `{city}`/`{slug}` placeholders filled in, in strings and nested values."""
    if isinstance(value, str):
        return value.format(**fields)
    if isinstance(value, dict):
        return {k: _fill(v, fields) for k, v in value.items()}
    return value


def _spec(entry: dict[str, Any], doc_ids: tuple[str, ...], fields: dict[str, str]) -> ReportSpec:
    filled = {k: _fill(v, fields) for k, v in entry.items()}
    return ReportSpec(doc_ids=doc_ids, **filled)


def plan_reports(dataset: dict) -> list[ReportSpec]:
    """Every comparison over all cities, then every per-city report for each city found."""
    from analysis.views.city import known_cities

    docs = [d for d in dataset["documents"] if not d.get("duplicate_of")]
    all_ids = tuple(d["doc_id"] for d in docs if d.get("city"))
    specs = [_spec(entry, all_ids, {}) for entry in catalogue()["comparisons"]]
    cities = known_cities(dataset)
    slugs = [slug(city) for city in cities]
    for city, city_slug in zip(cities, slugs, strict=True):
        if slugs.count(city_slug) > 1:  # "Mülheim" and "Muelheim": one file name, two cities
            city_slug += "-" + hashlib.sha256(city.encode()).hexdigest()[:6]
        ids = tuple(d["doc_id"] for d in docs if d.get("city") == city)
        for entry in catalogue()["per_city"]:
            specs.append(_spec(entry, ids, {"city": city, "slug": city_slug}))
    return specs
