"""Group the document's blocks into sections under their headings.

Profiles of the same family share a heading vocabulary ("Organisationsstruktur",
"Meilensteine", "Wettbewerbe & Förderprogramme", ...). Each heading is mapped to a
canonical section key by the words it contains, so that extractors can ask for "the
funding section" of any document that has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.reading.cleaner import Block

# Order matters: the first key whose pattern matches a heading wins.
SECTION_KEYS: list[tuple[str, re.Pattern]] = [
    ("projects", re.compile(r"projekt|beispiel|maßnahme|anwendungsf|use case", re.I)),
    ("funding", re.compile(r"wettbewerb|förder|finanzierung|fördermittel", re.I)),
    ("governance", re.compile(r"organisation|struktur|governance|zuständig|steuerung|verantwort", re.I)),
    (
        "milestones",
        re.compile(
            r"meilenstein|chronik|histori|zeitleiste|zeitplan|rückblick|ausgangslage|entwicklung", re.I
        ),
    ),
    ("goals", re.compile(r"motivation|ziel|vision|leitbild|mission|strategie", re.I)),
    ("participation", re.compile(r"stakeholder|beteiligung|partizipation|bürger", re.I)),
    ("challenges", re.compile(r"chance|herausforderung|risik|hürde", re.I)),
    ("networks", re.compile(r"kommunikation|netzwerk|kooperation|partner|austausch|zusammenarbeit", re.I)),
]


@dataclass
class Section:
    key: str  # canonical key, "lead" before the first heading, else "other"
    heading: Block | None
    blocks: list[Block] = field(default_factory=list)


def section_key(heading: str) -> str:
    for key, pattern in SECTION_KEYS:
        if pattern.search(heading):
            return key
    return "other"


def split_sections(blocks: list[Block]) -> list[Section]:
    """Sections in document order; content before the first heading forms the `lead`."""
    sections = [Section("lead", None)]
    for b in blocks:
        if b.kind == "heading":
            sections.append(Section(section_key(b.text), b))
        elif b.kind == "content":
            sections[-1].blocks.append(b)
    return [s for s in sections if s.blocks]
