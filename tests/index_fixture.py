"""A typed fixture for index tests: real places of the municipality register (their Land
and kind known to the gazetteer), one source document and one report spec each, and the
two comparisons. No extraction, no report build."""

from __future__ import annotations

from pathlib import Path

from analysis.build.catalogue import ReportSpec
from analysis.extraction.gazetteer import index

COMPARISONS = ("governance-comparison", "strategy-timelines")


def register_names(n_towns: int, n_counties: int) -> list[str]:
    """The n_towns most populous municipalities and the n_counties most populous counties
    of the register, each by a name that reads as that place (places.place_facts)."""
    from analysis.dataset.places import COUNTY, MUNICIPALITY, place_facts

    names = {form for forms in index().values() for form in forms}
    facts = [f for f in (place_facts(n) for n in names) if f is not None and f.state]
    facts.sort(key=lambda f: (-f.population, f.name))
    towns = [f.name for f in facts if f.kind == MUNICIPALITY]
    counties = [f.name for f in facts if f.kind == COUNTY]
    return list(dict.fromkeys(towns))[:n_towns] + list(dict.fromkeys(counties))[:n_counties]


def document(i: int, city: str | None) -> dict:
    return {
        "doc_id": f"doc{i:04d}",
        "city": city,
        "source": {"path": f"source-{i:04d}.txt"},
        "published": "2024-05-01",
        "source_kind": "news",
        "title": f"Digitalstrategie {city}",
        "events": [],
    }


def dataset(places: list[str]) -> dict:
    return {"documents": [document(i, city) for i, city in enumerate(places)]}


def specs(places: list[str], lang: str = "en") -> list[ReportSpec]:
    out = [
        ReportSpec(name, f"{name}.ipynb", name.replace("-", " ").title(), "Comparison", "", {"lang": lang})
        for name in COMPARISONS
    ]
    for i, city in enumerate(places):
        out.append(
            ReportSpec(
                f"city-{i:04d}",
                "city_profile.ipynb",
                city,
                "City profile",
                "",
                {"city": city, "lang": lang},
                (f"doc{i:04d}",),
                lang,
            )
        )
    return out


def write(out: Path, places: list[str], lang: str = "en") -> Path:
    from analysis.reporting.index import write_index

    (out / "data" / "tables").mkdir(parents=True, exist_ok=True)
    write_index(
        out, specs(places, lang), dataset(places), ("html", "pdf"), "2026-12-07 12:00 UTC", set(), [], (lang,)
    )
    return out / "index.html"
