"""A synthetic profiles dataset of invented cities whose events carry types (as the
extraction will write them) and whose documents carry analyst corrections (as the
corrections loader will leave them). Built in code so every test sees the same shape."""

from __future__ import annotations

import copy

QUOTE = "Ein erfundener Satz über die Stadt."


def ev(start: int = 0, quote: str = QUOTE) -> dict:
    return {"start": start, "end": start + len(quote), "quote": quote}


def event(date, type_, label, kind="milestone", qualifier=None, end=None, quote=None, **extra) -> dict:
    return {
        "date": date,
        "end": end,
        "qualifier": qualifier,
        "kind": kind,
        "type": type_,
        "label": label,
        "subject": None,
        "evidence": ev(quote=quote or f"{label} ({date})."),
        **extra,
    }


# The contract's cdo_status for a plain `cdo` flag (a test that needs a created or planned post
# passes `status`).
STATUS_OF_CDO = {True: "in_office", False: "none", None: None}


def governance(
    cdo, placement=None, holder=None, bundling=None, broadband=None, quote=QUOTE, status=None
) -> dict:
    return {
        "cdo": cdo,
        "cdo_status": status or STATUS_OF_CDO[cdo],
        "cdo_placement": placement,
        "cdo_holder": holder,
        "units": [],
        "evidence": [ev(quote=quote)] if cdo is not None else [],
        "bundling": {"value": bundling, "evidence": ev()} if bundling is not None else None,
        "broadband": {"name": broadband, "evidence": ev()} if broadband else None,
        "decisions": [],
    }


def document(doc_id, city, kind, published, gov, events=(), projects=(), **extra) -> dict:
    return {
        "doc_id": doc_id,
        "source": {"path": f"{doc_id}.txt", "sha256": "ab" * 32, "encoding": "utf-8"},
        "city": city,
        "source_kind": kind,
        "published": published,
        "title": f"Titel {doc_id}",
        "governance": gov,
        "events": list(events),
        "projects": list(projects),
        "funding": [],
        "partners": [],
        "people": [],
        "themes": [],
        **extra,
    }


def project(name, domain) -> dict:
    return {"name": name, "domain": domain, "evidence": ev(quote=f"{name} ist ein Projekt.")}


def dataset() -> dict:
    """Nordhafen: strategy adopted 9 Nov 2017, CDO early 2018 at the mayor's staff unit, moved
    to the IT office in Feb 2021 (bundled). Südwald: the CDO post decided but not filled
    (an analyst corrected `cdo`). Osterfeld: undated strategy page that says nothing about a CDO."""
    docs = [
        document(
            "a1",
            "Nordhafen",
            "profile",
            "2019-03-19",
            governance(
                True,
                "mayor",
                "Erika Beispiel",
                quote="Die Stabsstelle beim Oberbürgermeister hat die Rolle des CDO.",
            ),
            events=[
                event("2016-05", "council_decision", "Ratsbeschluss zur Digitalisierung"),
                event("2017-11-09", "strategy_adopted", "Digitale Agenda Nordhafen"),
                event("2018", "cdo_appointed", "CDO berufen", qualifier="early"),
                event("2019-06", "project", "Bürgerportal gestartet"),
                event("2025", "target", "Masterplan Nordhafen 2025", kind="horizon"),
            ],
            projects=[project("Bürgerportal", "Verwaltung"), project("Parkleitsystem", "Mobilität")],
        ),
        document(
            "a2",
            "Nordhafen",
            "news",
            "2021-02-23",
            governance(
                True,
                "it_department",
                "Jonas Muster",
                bundling=True,
                broadband="Amt für Informationstechnik",
                quote="Jonas Muster übernimmt als Leiter des IT-Amts die Funktion des CDO.",
            ),
            events=[
                event("2021-02-23", "organisation", "Digitalisierungsthemen gebündelt"),
                event("2021-02", "cdo_appointed", "Leiter des IT-Amts wird CDO"),
            ],
        ),
        document(
            "b1",
            "Südwald",
            "profile",
            "2019-03-19",
            governance(
                False, status="planned", quote="Der Rat hat die Schaffung der Stelle des CDO beschlossen."
            ),
            events=[
                event("2019", "cdo_appointed", "Stelle des CDO geschaffen", kind="horizon"),
                event(
                    "2020-09",
                    "strategy_adopted",
                    "Masterplan Südwald",
                    corrected={"note": "Datum aus dem Ratsprotokoll ergänzt"},
                ),
            ],
            projects=[project("Geoportal", "Datenplattform")],
            corrections=[
                {
                    "field": "governance.cdo",
                    "action": "set",
                    "old": True,
                    "new": False,
                    "note": "Stelle nur beschlossen, nicht besetzt",
                },
                {
                    "field": "events",
                    "action": "add",
                    "old": None,
                    "new": {"label": "Masterplan Südwald"},
                    "note": "Datum aus dem Ratsprotokoll ergänzt",
                },
            ],
        ),
        document(
            "c1",
            "Osterfeld",
            "strategy",
            None,
            governance(None),
            events=[event("2016", "strategy_process", "Workshops zur Strategie")],
        ),
    ]
    return {"schema_version": 1, "documents": copy.deepcopy(docs)}


SOURCE_LIST = {
    "a1.txt": {
        "file": "a1.txt",
        "publisher": "Atlas der Städte",
        "title": "Smart City Nordhafen",
        "date": "2019-03-19",
        "url": "",
    },
    "a2.txt": {
        "file": "a2.txt",
        "publisher": "Kommunal-Nachrichten",
        "title": "Nordhafen bündelt",
        "date": "",
        "url": "https://example.org/n",
    },
}


def untyped(data: dict) -> dict:
    """The same dataset as the extraction writes it before events carry types."""
    data = copy.deepcopy(data)
    for d in data["documents"]:
        for e in d["events"]:
            e.pop("type", None)
    return data


# The columns of cities.csv that ../shared/CONTRACT.md requires, in its order (written out
# here, not read from the code under test).
CONTRACT_COLUMNS = (
    "city",
    "strategy_status",
    "strategy_date",
    "strategy_subject",
    "cdo_status",
    "cdo_since",
    "cdo_placement",
    "cdo_holder",
    "reporting_line",
    "as_of",
    "sources",
)
