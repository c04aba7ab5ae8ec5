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

from analysis.reporting.texts import DEFAULT_LANG, texts

PACKAGE_DIR = Path(__file__).resolve().parent.parent
NOTEBOOKS = PACKAGE_DIR.parent / "notebooks"


@dataclass(frozen=True)
class ReportSpec:
    name: str  # output file stem
    notebook: str  # file name in notebooks/
    title: str
    kicker: str
    subtitle: str
    parameters: dict[str, Any] = field(hash=False)  # notebook parameters (the language among them)
    doc_ids: tuple[str, ...] = ()  # documents the report reads
    lang: str = DEFAULT_LANG  # part of the report's identity: its name and its fingerprint

    @property
    def parameters_text(self) -> str:
        return ", ".join(f"{k} = {v}" for k, v in self.parameters.items())


@cache
def catalogue() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        resources.files("analysis.build").joinpath("reports.json").read_text("utf-8")
    )
    return loaded


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


def report_name(name: str, lang: str) -> str:
    """The default language keeps the plain name (`city-musterstadt`); others add theirs (`city-musterstadt-de`)."""
    return name if lang == DEFAULT_LANG else f"{name}-{lang}"


def _spec(entry: dict[str, Any], doc_ids: tuple[str, ...], fields: dict[str, str], lang: str) -> ReportSpec:
    T = texts(lang)
    key = entry["texts"]
    return ReportSpec(
        name=report_name(_fill(entry["name"], fields), lang),
        notebook=entry["notebook"],
        title=T(f"{key}.title", **fields),
        kicker=T(f"{key}.kicker", **fields),
        subtitle=T(f"{key}.subtitle", **fields),
        parameters={**_fill(entry["parameters"], fields), "lang": lang},
        doc_ids=doc_ids,
        lang=lang,
    )


def plan_reports(dataset: dict[str, Any], langs: tuple[str, ...] = (DEFAULT_LANG,)) -> list[ReportSpec]:
    """Per language: every comparison over all cities, then every per-city report for each
    city found."""
    from analysis.dataset.aggregates import region_text, states_of
    from analysis.views.city import known_cities

    docs = [d for d in dataset["documents"] if not d.get("duplicate_of")]
    all_ids = tuple(d["doc_id"] for d in docs if d.get("city"))
    cities = known_cities(dataset)
    slugs = [slug(city) for city in cities]
    specs = []
    for lang in langs:
        # a comparison's subtitle names the region its places cover (one Land, or Germany)
        region = {"region": region_text(states_of(cities), texts(lang))}
        specs += [_spec(entry, all_ids, region, lang) for entry in catalogue()["comparisons"]]
        for city, city_slug in zip(cities, slugs, strict=True):
            if slugs.count(city_slug) > 1:  # "Mülheim" and "Muelheim": one file name, two cities
                city_slug += "-" + hashlib.sha256(city.encode()).hexdigest()[:6]
            ids = tuple(d["doc_id"] for d in docs if d.get("city") == city)
            for entry in catalogue()["per_city"]:
                specs.append(_spec(entry, ids, {"city": city, "slug": city_slug}, lang))
    return specs
