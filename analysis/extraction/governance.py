"""Governance: is there a Chief Digital Officer, where does the role sit, which units carry
digitalisation, and the organisational facts around them (bundling, broadband, decisions).
"""

from __future__ import annotations

import re

from analysis.extraction.context import DocContext, Sentence
from analysis.reading.text import clean_name, norm_key

CDO = re.compile(r"Chief[ \xa0-]Digital[ \xa0-]Officers?|\bCDOs?\b")
NO_CDO = re.compile(
    r"\b(kein(en|e)?|nicht über eine[nm]?|ohne)\b[^.]{0,40}(Chief Digital Officer|CDO)|"
    r"(Chief Digital Officer|CDO)\b[^.]{0,40}\b(gibt es|existiert|hat die Stadt)\b[^.]{0,40}\bnicht\b|"
    r"(Chief Digital Officer|CDO)\b[^.]{0,40}\b(nicht vorhanden|fehlt)",
    re.I,
)

# Placement rules, strongest first. Each reads the sentence that names the CDO role.
IT_HEAD = re.compile(
    r"(Leiter(in)?|Leitung|Chef(in)?)\s+(des|der)\s+(Amt(e?s)?|Abteilung|Fachbereich(e?s)?|Bereich(e?s)?|Referat(e?s)?)?\s*"
    r"(für\s+)?(Informationstechnik|Informationsverarbeitung|IT\b|IT-|Informations- und Kommunikationstechnik|EDV)"
    r"|IT-Leiter(in)?|Leiter(in)? der IT\b|CIO\b und CDO|CDO und CIO",
    re.I,
)
MAYOR = re.compile(
    r"(direkt|unmittelbar)\s+(beim|bei der|dem|der)\s+(Ober)?[Bb]ürgermeister(in)?|"
    r"Stabsstelle\s+(des|der)\s+(Ober)?[Bb]ürgermeister|(Ober)?[Bb]ürgermeister(s|in)?\s+(zugeordnet|unterstellt)|"
    r"(beim|bei der|dem|der)\s+(Ober)?[Bb]ürgermeister(in)?\s+(angesiedelt|zugeordnet|verortet)|"
    r"(Landrat|Landrätin)\s+(zugeordnet|unterstellt)|Verwaltungsspitze\s+(zugeordnet|angesiedelt)",
    re.I,
)
DEPARTMENT = re.compile(
    r"(Dezernat|Fachbereich|Fachbereichsleitung|Geschäftsbereich|Beigeordnete|Dezernent|Abteilung|Referat|"
    r"Verwaltungsvorstand|Fachdienst)\w*\b[^.]{0,120}(angesiedelt|zugeordnet|verortet|eingegliedert|unterstellt)|"
    r"(angesiedelt|zugeordnet|verortet|eingegliedert|unterstellt)[^.]{0,40}\b(Dezernat|Fachbereich|Geschäftsbereich)",
    re.I,
)
STAFF_UNIT = re.compile(r"Stabsstelle", re.I)
PLACEMENT_RULES = [
    ("it_department", IT_HEAD),
    ("mayor", MAYOR),
    ("administration_department", DEPARTMENT),
    ("staff_unit", STAFF_UNIT),
]

# Organisational units that carry digitalisation.
_CAP = r"[A-ZÄÖÜ][\wÄÖÜäöüß-]*"
_NAMEPART = rf"(?:{_CAP}|und|für|der|des|&)"
UNIT_PATTERNS = [
    re.compile(rf"\b(?:Amt|Amts|Amtes)\s+für\s+{_CAP}(?:\s+(?:und|sowie)\s+{_CAP}|,\s*{_CAP})*"),
    re.compile(
        rf"\b(?:Competence|Kompetenz)[ -]?(?:Center|Centre|Zentrum)\s+{_CAP}(?:[ -]{_CAP})?(?:\s+\([^)]{{2,30}}\))?"
    ),
    re.compile(rf"\bKompetenzzentrum\s+{_CAP}(?:\s+{_CAP})?"),
    re.compile(
        r"\b(?:Projektbüro|Digitalisierungsbüro|Smart[ -]City[ -]Büro|Programmbüro)(?:\s+[\"„»][^\"“”«]{2,60}[\"“”«])?"
    ),
    re.compile(rf"\bStabsstellen?(?:\s+(?!des\b|der\b|ist\b){_CAP})?"),
    re.compile(
        r"\b(?:Digitalisierungsbeauftragte[nr]?|Digitallotsen|E-Government-Beauftragte[nr]?|Smart-City-Beauftragte[nr]?)"
    ),
    re.compile(
        r"\b(?:Koordinierungsgremium|Lenkungsgruppe|Lenkungskreis|Steuerungsgruppe|Steuerungskreis|Digitalrat|Digitalisierungsrat|Lenkungsausschuss)"
    ),
    re.compile(
        r"\bIT-Abteilung\b|\bHauptamt(?:es|s)?\b|\b(?:kommunalen?|städtischen?|interne[nr]?)\s+IT-Dienstleister[sn]?\b"
    ),
    re.compile(rf"\bFachbereich\s+(?:{_CAP})(?:\s+(?:und|&)\s+{_CAP})*(?=[^.]{{0,80}}[Dd]igital)"),
]
ANY_UNIT = re.compile("|".join(f"(?:{p.pattern})" for p in UNIT_PATTERNS))  # one pass per paragraph
_UNIT_CANON = [
    (re.compile(r"^(Amts|Amtes)\b"), "Amt"),
    (re.compile(r"^Hauptamt(es|s)$"), "Hauptamt"),
    (re.compile(r"^(kommunalen?|städtischen?|interne[nr]?)\s+"), ""),
    (re.compile(r"IT-Dienstleister[sn]$"), "IT-Dienstleister"),
    (re.compile(r"^Stabsstellen\b"), "Stabsstelle"),
    (re.compile(r"\s*\([^)]*\)$"), ""),
    (re.compile(r"^Digitalisierungsbeauftragte[nr]$"), "Digitalisierungsbeauftragte"),
]
BUNDLING = re.compile(
    r"(bündel|zusammenf[üu]hr|zusammengef[üu]hrt|zusammengelegt|vereint|gemeinsam\w* Dach)", re.I
)
SMART_CITY = re.compile(r"Smart[ -]?City", re.I)
EGOV = re.compile(r"E-?Government|Verwaltungsdigitalisierung|Digitale[nr]? Verwaltung", re.I)
SEPARATE = re.compile(r"getrennt|separat|eigenständig", re.I)
DECISION = re.compile(
    r"\b(Rat|Stadtrat|Ratsbeschluss|Kreistag|Gemeinderat|Hauptausschuss|Verwaltungsvorstand)\w*\b.{0,200}?"
    r"\b(beschlossen|beschließt|verabschiedet|zugestimmt|Beschluss)|\bRatsbeschluss",
    re.I,
)


DECISION_WORDS = ("beschl", "verabschied", "zugestimmt")


def _placement(sentences: list[Sentence]) -> tuple[str, list[Sentence]]:
    for key, rule in PLACEMENT_RULES:
        hits = [s for s in sentences if rule.search(s.text)]
        if hits:
            return key, hits
    return "unspecified", []


def _canonical_unit(name: str) -> str:
    name = clean_name(name)
    for pattern, repl in _UNIT_CANON:
        name = pattern.sub(repl, name).strip()
    return name


def extract_units(ctx: DocContext) -> list[dict]:
    units, seen = [], set()
    for block in ctx.content_blocks:
        for m in ANY_UNIT.finditer(block.text):
            name = _canonical_unit(m.group(0))
            key = norm_key(name)
            # A shorter mention of a unit already listed ("Amt für Informationstechnik"
            # after "Amt für Informationstechnik und Organisation") is the same unit.
            if len(name) < 4 or any(k == key or k.startswith(key + " ") for k in seen):
                continue
            seen.add(key)
            units.append({"name": name, "evidence": ctx.evidence(block.span.sub(m.start(), m.end()))})
    return units


def _holder(cdo_sentences: list[Sentence], people: list[dict]) -> str | None:
    for s in cdo_sentences:
        for p in people:
            if p["name"] in s.text:
                return p["name"]
    return None


def extract_governance(ctx: DocContext, people: list[dict]) -> dict:
    cdo_sentences = [
        s for s in ctx.sentences if ("CDO" in s.text or "Officer" in s.text) and CDO.search(s.text)
    ]
    negated = [s for s in cdo_sentences if NO_CDO.search(s.text)]
    if cdo_sentences and len(negated) < len(cdo_sentences):
        cdo = True
    elif negated:
        cdo = False
    else:
        cdo = None
    placement, placement_hits = (None, [])
    if cdo:
        placement, placement_hits = _placement([s for s in cdo_sentences if s not in negated])
    evidence_sentences = placement_hits or (negated if cdo is False else cdo_sentences[:1])
    gov = {
        "cdo": cdo,
        "cdo_placement": placement,
        "cdo_holder": _holder(cdo_sentences, people) if cdo else None,
        "units": extract_units(ctx),
        "evidence": [ctx.evidence(s.span) for s in _unique(evidence_sentences + cdo_sentences[:2])],
        "bundling": _bundling(ctx),
        "broadband": _broadband(ctx),
        "decisions": [
            {"name": _short(s.text), "evidence": ctx.evidence(s.span)}
            for s in ctx.sentences
            if _mentions(s, DECISION_WORDS) and DECISION.search(s.text)
        ],
    }
    return gov


def _unique(items: list[Sentence]) -> list[Sentence]:
    seen, out = set(), []
    for s in items:
        if s.span.start not in seen:
            seen.add(s.span.start)
            out.append(s)
    return out


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _bundling(ctx: DocContext) -> dict | None:
    """Are smart city and e-government handled together? True/False with the sentence."""
    for s in ctx.sentences:
        if _mentions(s, ("smart",)) and SMART_CITY.search(s.text) and EGOV.search(s.text):
            if BUNDLING.search(s.text):
                return {"value": True, "evidence": ctx.evidence(s.span)}
            if SEPARATE.search(s.text):
                return {"value": False, "evidence": ctx.evidence(s.span)}
    return None


def _broadband(ctx: DocContext) -> dict | None:
    """Which unit is responsible for broadband roll-out, where the text says so."""
    for s in ctx.sentences:
        if not _mentions(s, ("breitband",)):
            continue
        for pattern in UNIT_PATTERNS:
            m = pattern.search(s.text)
            if m:
                return {"name": _canonical_unit(m.group(0)), "evidence": ctx.evidence(s.span)}
    return None


def _mentions(s: Sentence, words: tuple[str, ...]) -> bool:
    """Cheap literal test before a costly pattern (most sentences have none of the words)."""
    low = s.text.lower()
    return any(w in low for w in words)
