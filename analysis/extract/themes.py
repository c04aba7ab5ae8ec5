"""Motivations, goals and challenges as stable theme keys.

Each theme is recognised by German word stems; the sentence it was read from is kept.
Whether a theme is a goal, a motivation or a challenge depends on the section it stands
in and on the wording around it.
"""
from __future__ import annotations

import re

from .context import DocContext

THEMES: dict[str, re.Pattern] = {
    "efficiency": re.compile(r"effizien|effektivität|ressourcen\w* (sparsam|schon|sparen|gespart)|ressourcen zu sparen|"
                             r"kostendruck|zeitersparnis|einsparung|wirtschaftlichkeit", re.I),
    "automation": re.compile(r"automatisier|automation", re.I),
    "skills_shortage": re.compile(r"fachkräftemangel|fachkräfte\w* fehl|personalmangel|fluktuation", re.I),
    "demographic_change": re.compile(r"demo[gt]raphi\w* wandel|demografi\w* wandel|demografischen|demographischen", re.I),
    "quality_of_life": re.compile(r"lebensqualität|lebenswert|daseinsvorsorge", re.I),
    "participation": re.compile(r"beteiligung|partizipati|einbindung von bürger|bürger\w* einzubeziehen|"
                                r"bürger\w* (aktiv )?eingebunden|mitgestalt", re.I),
    "data_protection": re.compile(r"datenschutz", re.I),
    "it_security": re.compile(r"it-sicherheit|informationssicherheit|cybersicherheit", re.I),
    "transparency": re.compile(r"transparenz|open[- ]data|offene daten", re.I),
    "sustainability": re.compile(r"nachhaltig|klimaschutz|luftqualität|grüner|umwelt", re.I),
    "economic_development": re.compile(r"wirtschaftsstandort|standortvorteil|wettbewerbsf|it-standort|gründung", re.I),
    "digital_divide": re.compile(r"digitale\w* spaltung|sozial inklusiv|inklusion|behinderung|ältere menschen|"
                                 r"alle teile der bürgerschaft|diversität", re.I),
    "service_quality": re.compile(r"serviceorientier|bürgerorientiert|online-dienst|dienstleistungen im internet|"
                                  r"qualität ihrer dienstleistungen|zeit- und ortsunabhängig|orts- und zeitunabhängig", re.I),
    "acceptance": re.compile(r"akzeptanz|bedenkenträger", re.I),
    "legal_barriers": re.compile(r"rechtliche\w* hürden|rechtslage|rechtlichen rahmen", re.I),
    "employee_concerns": re.compile(r"sorgen? bei den beschäftigten|ängste|stellenabbau|sicherheit des arbeitsplatzes|"
                                    r"mitarbeitenden mitgenommen", re.I),
    "innovation": re.compile(r"innovation|vorreiter|modernität|technologisch fortschrittlich", re.I),
}
CHALLENGE = re.compile(r"herausforderung|risiko|risiken|gefahr|hürde|sorge|bedenken|mangel|problem|entgegenwirken|"
                       r"abzufedern|schwierig", re.I)
GOAL = re.compile(r"\bziel|soll|sollen|möchte|wollen|will|anspruch|angestrebt|chance|steigern|erhöhen", re.I)


def _category(section: str, sentence: str) -> str:
    if section == "challenges" and CHALLENGE.search(sentence):
        return "challenge"
    if CHALLENGE.search(sentence) and not GOAL.search(sentence):
        return "challenge"
    if GOAL.search(sentence) or section == "goals":
        return "goal"
    return "motivation"


def extract_themes(ctx: DocContext) -> list[dict]:
    found: dict[str, dict] = {}
    for s in ctx.sentences:
        for key, pattern in THEMES.items():
            if key not in found:
                m = pattern.search(s.text)
                if m:
                    found[key] = {"name": key, "category": _category(s.section, s.text),
                                  "matched": m.group(0), "evidence": ctx.evidence(s.span)}
    return [found[k] for k in THEMES if k in found]
