"""A city seen through all its documents: one merged timeline, governance per document."""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.dataset.cities import known_cities as known_cities  # notebooks and the build ask here
from analysis.dataset.cities import stated_cdo_status
from analysis.errors import ParameterError
from analysis.reading.text import norm_key


@dataclass
class CityView:
    city: str
    documents: list[dict]  # the city's documents, oldest first (undated last)
    governance: list[dict]  # one row per document: its date and governance model
    timeline: list[dict]  # merged, de-duplicated events; each lists its doc_ids

    @property
    def governance_changed(self) -> bool:
        models = {
            (g["cdo_status"], g["cdo_placement"]) for g in self.governance if g["cdo_status"] is not None
        }
        return len(models) > 1

    @property
    def current(self) -> dict | None:
        """The governance row that speaks for the city now (see `latest_informative`)."""
        return latest_informative(self.governance, lambda r: r["cdo"], lambda r: r["as_of"])


def as_of(doc: dict) -> tuple[str | None, bool]:
    """The date a document speaks for: its publication date, else (estimated) its latest milestone."""
    if doc["published"]:
        return doc["published"], False
    milestones = [e["date"] for e in doc["events"] if e["kind"] == "milestone"]
    return (max(milestones), True) if milestones else (None, True)


def latest_informative(items: list, cdo_of, date_of):
    """The most recent item that says something about a CDO (an undated one counts as
    oldest); if none does, the most recent item at all."""
    informative = [i for i in items if cdo_of(i) is not None] or items
    return max(informative, key=lambda i: date_of(i) or "", default=None)


def check_city(dataset: dict, city: str) -> None:
    if city not in known_cities(dataset):
        raise ParameterError(
            f"unknown city {city!r}; known cities: {', '.join(known_cities(dataset)) or '(none)'}"
        )


def resolve_cities(dataset: dict, cities) -> list[str]:
    """'all' / None / a list or comma-separated string -> validated list of cities."""
    known = known_cities(dataset)
    if cities in (None, "all", "", []):
        return known
    if isinstance(cities, str):
        cities = [c.strip() for c in cities.split(",") if c.strip()]
    if not isinstance(cities, (list, tuple)):
        raise ParameterError(f"cities must be 'all' or a list of names, not {cities!r}")
    for c in cities:
        check_city(dataset, c)
    return list(dict.fromkeys(cities))


def documents_of(dataset: dict, city: str) -> list[dict]:
    """The city's documents (duplicates excluded), oldest first by `as_of`; undated last."""
    check_city(dataset, city)
    docs = [d for d in dataset["documents"] if d.get("city") == city and not d.get("duplicate_of")]
    return sorted(docs, key=lambda d: (as_of(d)[0] is None, as_of(d)[0] or "", d["doc_id"]))


def _words(label: str) -> set[str]:
    return set(re.findall(r"\w{4,}", norm_key(label)))


def _same_event(a: dict, b: dict) -> bool:
    if (a["date"], a["end"], a["kind"]) != (b["date"], b["end"], b["kind"]):
        return False
    wa, wb = _words(a["label"]), _words(b["label"])
    return not wa or not wb or len(wa & wb) / len(wa | wb) >= 0.3


def merge_timeline(docs: list[dict]) -> list[dict]:
    merged: list[dict] = []
    for d in docs:
        for e in d["events"]:
            for m in merged:
                if _same_event(m, e):
                    if d["doc_id"] not in m["doc_ids"]:
                        m["doc_ids"].append(d["doc_id"])
                    break
            else:
                merged.append({**e, "doc_ids": [d["doc_id"]], "city": d["city"]})
    return sorted(merged, key=lambda e: (e["date"], e["kind"], e["label"]))


def city_view(dataset: dict, city: str) -> CityView:
    docs = documents_of(dataset, city)
    governance = [
        {
            "doc_id": d["doc_id"],
            "published": d["published"],
            "source_kind": d["source_kind"],
            "as_of": as_of(d)[0],
            "as_of_estimated": as_of(d)[1],
            "cdo": d["governance"]["cdo"],
            "cdo_status": stated_cdo_status(d),
            "reporting_line": d["governance"].get("reporting_line"),
            "cdo_placement": d["governance"]["cdo_placement"],
            "cdo_holder": d["governance"]["cdo_holder"],
            "units": [u["name"] for u in d["governance"]["units"]],
            "evidence": d["governance"]["evidence"],
            "bundling": d["governance"].get("bundling"),
            "broadband": d["governance"].get("broadband"),
        }
        for d in docs
    ]
    return CityView(city, docs, governance, merge_timeline(docs))
