"""Governance comparison across cities: matrix, typology, aggregate shares, evidence."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from analysis.errors import ParameterError
from analysis.views.city import as_of, check_city, documents_of, known_cities, latest_informative
from analysis.vocabulary import NO_CDO, NOT_MENTIONED, TYPOLOGY

# English labels of the vocabulary's placements and typology (keys: analysis.vocabulary).
PLACEMENT_LABELS = {
    "mayor": "Staff unit of the (Lord) Mayor",
    "administration_department": "Within a department line",
    "it_department": "Head of the IT office is CDO",
    "staff_unit": "Own staff unit (line not stated)",
    "unspecified": "CDO, placement not stated",
    NO_CDO: "No CDO",
    NOT_MENTIONED: "CDO not mentioned",
}
_TYPE_NAMES = {
    "mayor": "CDO at the top (mayor's staff unit)",
    "staff_unit": "CDO with an own staff unit",
    "administration_department": "CDO inside a department",
    "it_department": "CDO merged with the IT office",
    "unspecified": "CDO, organisational place open",
    NO_CDO: "no CDO",
    NOT_MENTIONED: "the sources do not mention a CDO",
}
TYPE_OF_PLACEMENT = {key: f"{letter}: {_TYPE_NAMES[key]}" for key, letter in TYPOLOGY.items()}
CDO_TEXT = {True: "yes", False: "no", None: "not stated"}


def model_label(cdo: bool | None, placement: str | None) -> str:
    """'Head of the IT office is CDO', 'No CDO' (the text says so), 'CDO not mentioned'."""
    if cdo is None:
        return PLACEMENT_LABELS[NOT_MENTIONED]
    return PLACEMENT_LABELS[placement] if cdo else PLACEMENT_LABELS[NO_CDO]


def model_type(cdo: bool | None, placement: str | None) -> str:
    if cdo is None:
        return TYPE_OF_PLACEMENT[NOT_MENTIONED]
    return TYPE_OF_PLACEMENT[placement] if cdo else TYPE_OF_PLACEMENT[NO_CDO]


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


def _current(docs: list[dict]) -> dict:
    return latest_informative(docs, lambda d: d["governance"]["cdo"], lambda d: as_of(d)[0])


def governance_matrix(dataset: dict, cities=None) -> pd.DataFrame:
    """One row per city: its current governance model, read from its most recent document."""
    rows = []
    for city in resolve_cities(dataset, cities):
        docs = documents_of(dataset, city)
        doc = _current(docs)
        g = doc["governance"]
        label = model_label(g["cdo"], g["cdo_placement"])
        earlier = {
            model_label(d["governance"]["cdo"], d["governance"]["cdo_placement"])
            for d in docs
            if d is not doc and d["governance"]["cdo"] is not None
        } - {label}
        rows.append(
            {
                "city": city,
                "cdo": CDO_TEXT[g["cdo"]],
                "placement": g["cdo_placement"],
                "placement_label": label,
                "model_type": model_type(g["cdo"], g["cdo_placement"]),
                "holder": g["cdo_holder"],
                "units": ", ".join(u["name"] for u in g["units"]) or None,
                "decisions": len(g.get("decisions", [])),
                "bundled": _flag(g.get("bundling")),
                "broadband": (g.get("broadband") or {}).get("name"),
                "as_of": as_of(doc)[0],
                "doc_id": doc["doc_id"],
                "changed_from": ", ".join(sorted(earlier)) or None,
            }
        )
    return pd.DataFrame(rows, columns=MATRIX_COLUMNS)


MATRIX_COLUMNS = [
    "city",
    "cdo",
    "placement",
    "placement_label",
    "model_type",
    "holder",
    "units",
    "decisions",
    "bundled",
    "broadband",
    "as_of",
    "doc_id",
    "changed_from",
]


def _flag(flag: dict | None) -> str:
    if not flag:
        return "not stated"
    return "yes" if flag["value"] else "no"


def typology(matrix: pd.DataFrame) -> pd.DataFrame:
    """Group cities by governance type (A–F), with the cities of each type."""
    groups: dict[str, list[str]] = {}
    for city, kind in zip(matrix["city"], matrix["model_type"], strict=True):
        groups.setdefault(kind, []).append(city)
    return pd.DataFrame(
        [{"type": t, "cities": ", ".join(groups[t]), "n": len(groups[t])} for t in sorted(groups)],
        columns=["type", "cities", "n"],
    )


def shares(dataset: dict, cities=None) -> dict[str, pd.DataFrame]:
    """Aggregate shares in the manner of the Smart City Atlas: CDO, placements, project domains."""
    matrix = governance_matrix(dataset, cities)
    n = len(matrix)
    cdo = Counter(matrix["cdo"]) if n else Counter()
    placement = Counter(matrix["placement_label"]) if n else Counter()
    domains: Counter[str] = Counter()
    for city in resolve_cities(dataset, cities):
        seen = set()
        for d in documents_of(dataset, city):
            for p in d["projects"]:
                if p.get("domain") and p["domain"] not in seen:
                    seen.add(p["domain"])
                    domains[p["domain"]] += 1

    def frame(counter: Counter, label: str) -> pd.DataFrame:
        rows = [{label: k, "cities": v, "share": v / n if n else 0.0} for k, v in counter.most_common()]
        return pd.DataFrame(rows, columns=[label, "cities", "share"])

    return {
        "cdo": frame(cdo, "CDO"),
        "placement": frame(placement, "placement"),
        "domains": frame(domains, "project domain"),
        "n": n,
    }


def evidence_appendix(dataset: dict, cities=None) -> pd.DataFrame:
    """Every governance fact behind the matrix and shares, with its quote and source."""
    rows = []
    for city in resolve_cities(dataset, cities):
        for d in documents_of(dataset, city):
            g = d["governance"]
            for e in g["evidence"]:
                rows.append(
                    {
                        "city": city,
                        "fact": f"CDO: {model_label(g['cdo'], g['cdo_placement'])}",
                        "quote": e["quote"],
                        "source": d["doc_id"],
                    }
                )
            for key, label in (
                ("bundling", "Smart city / e-government bundled"),
                ("broadband", "Broadband owner"),
            ):
                if g.get(key):
                    rows.append(
                        {
                            "city": city,
                            "fact": label,
                            "quote": g[key]["evidence"]["quote"],
                            "source": d["doc_id"],
                        }
                    )
            for dec in g.get("decisions", []):
                rows.append(
                    {
                        "city": city,
                        "fact": "Political decision",
                        "quote": dec["evidence"]["quote"],
                        "source": d["doc_id"],
                    }
                )
            for p in d["projects"]:
                if p.get("domain"):
                    rows.append(
                        {
                            "city": city,
                            "fact": f"Project domain: {p['domain']} ({p['name']})",
                            "quote": p["evidence"]["quote"],
                            "source": d["doc_id"],
                        }
                    )
    return pd.DataFrame(rows, columns=["city", "fact", "quote", "source"])


def matrix_table(matrix: pd.DataFrame) -> pd.DataFrame:
    """The governance matrix with reader-facing column names."""
    placement = [
        f"{p} (earlier: {e})" if isinstance(e, str) else p
        for p, e in zip(matrix["placement_label"], matrix["changed_from"], strict=True)
    ]
    return pd.DataFrame(
        {
            "city": matrix["city"],
            "CDO": matrix["cdo"],
            "placement": placement,
            "holder": matrix["holder"],
            "units": matrix["units"],
            "smart city + e-gov. bundled": matrix["bundled"],
            "broadband owner": matrix["broadband"],
            "council decisions": matrix["decisions"],
            "as of": matrix["as_of"],
        }
    )


def shares_table(shares: dict) -> pd.DataFrame:
    rows = []
    for key, label in (("cdo", "CDO"), ("placement", "placement"), ("domains", "project domain")):
        for _, r in shares[key].iterrows():
            rows.append(
                {
                    "measure": {
                        "cdo": "has a CDO",
                        "placement": "CDO placement",
                        "domains": "project domain",
                    }[key],
                    "value": r[label],
                    "cities": r["cities"],
                    "of": shares["n"],
                    "share": f"{r['share']:.0%}",
                }
            )
    return pd.DataFrame(rows, columns=["measure", "value", "cities", "of", "share"])
