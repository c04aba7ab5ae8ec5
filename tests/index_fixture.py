"""A typed fixture for index tests: real places of the municipality register (their Land
and kind known to the gazetteer), one source document and one report spec each, and the
two comparisons. No extraction, no report build."""

from __future__ import annotations

from pathlib import Path

from analysis.build.catalogue import ReportSpec
from analysis.extraction.gazetteer import index

COMPARISONS = ("governance-comparison", "strategy-timelines")


def register_names(n_towns: int, n_counties: int) -> list[str]:
    """The n_towns most populous municipalities and n_counties most populous counties whose
    name one place alone bears (a name both kinds bear would be read as the city)."""
    bearers: dict[str, list] = {}
    for forms in index().values():
        for form, places in forms.items():
            for p in places:
                if p.name == form:
                    bearers.setdefault(form, []).append(p)
    single = sorted(
        (
            (ps[0].population, name, ps[0].kind)
            for name, ps in bearers.items()
            if len(ps) == 1 and ps[0].state
        ),
        reverse=True,
    )
    towns = [name for _, name, kind in single if kind == "m"][:n_towns]
    counties = [name for _, name, kind in single if kind == "d"][:n_counties]
    return towns + counties


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
