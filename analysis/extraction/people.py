"""Named people acting for or speaking about the city, with role and affiliation.

A pair of capitalised words is a person only where German marks it as one: a role word
before it ("Oberbürgermeister Uwe Muster"), an apposition after it ("Anna Muster,
Geschäftsführerin der X GmbH"), a verb of speaking ("sagt Anna Muster"), or a leadership
clause ("dessen Leitung Anna Muster übernimmt").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from analysis.extraction.context import DocContext, Sentence
from analysis.extraction.governance import UNIT_PATTERNS, _canonical_unit
from analysis.extraction.lexicon.people import (
    BYLINE_OPENERS,
    CITY_BODY_HEADS,
    CITY_BODY_WORDS,
    CREDIT_WORDS,
    DATE_WORD_SURNAMES,
    DETERMINERS,
    EXTERNAL_BODY_HEADS,
    EXTERNAL_BODY_WORDS,
    EXTERNAL_ROLE_ENDINGS,
    NOT_SURNAMES,
    NOUN_ENDINGS,
    given_names,
)
from analysis.extraction.names import NAME, NAME_WORD, NOT_NAME_WORDS
from analysis.extraction.rules import alternation
from analysis.reading.german import CAPITALISED_ARTICLES
from analysis.reading.text import LOWER, UPPER, clean_name, compile_skippable, skippable_all

MUNICIPAL_ROLE = (
    r"Oberbürgermeister(?:in)?|Bürgermeister(?:in)?|Stadtdirektor(?:in)?|Stadträtin|Stadtrat|"
    r"Beigeordnete[r]?|Dezernent(?:in)?|Stadtkämmerer(?:in)?|Kämmerer(?:in)?|Landrat|Landrätin|"
    r"Amtsleiter(?:in)?|Chief Digital Officer|CDO|CIO|Digitalisierungsbeauftragte[r]?|"
    r"Stadtbaurat|Stadtbaurätin|Ratsmitglied|Ratsherr|Ratsfrau|Stadtverordnete[r]?|Kreisrat|Kreisrätin|"
    r"Fraktionsvorsitzende[r]?"
)
OTHER_ROLE = (
    r"Geschäftsführer(?:in)?|Managing Partner|CEO|Gründer(?:in)?|Vorsitzende[r]?|Vorstand|"
    r"Staatssekretär(?:in)?|Minister(?:in)?|Ministerpräsident(?:in)?|Präsident(?:in)?|Sprecher(?:in)?|"
    r"Projektleiter(?:in)?|Leiter(?:in)?|Professor(?:in)?|Direktor(?:in)?|Referent(?:in)?|Berater(?:in)?"
)
ROLE = rf"(?:{MUNICIPAL_ROLE}|{OTHER_ROLE})"
SPEECH = r"(?:sagt|sagte|erklärt|erklärte|ergänzt|ergänzte|betont|betonte|so|meint|berichtet|fügt)"

RULES = [
    # role word directly before the name
    re.compile(rf"\b(?P<role>{ROLE})\s+(?P<name>{NAME})"),
    # apposition: "Name, Role der Organisation"
    re.compile(
        rf"(?P<name>{NAME}),\s+(?P<role>(?:(?:[{LOWER}]+(?:e|er|es|en)\s+)?{ROLE}(?:\s+für\s+[^,.;:“”„\"]{{2,60}}?)?"
        rf"|[{UPPER}][\w-]+(?:\s+[{UPPER}][\w-]+)?))"
        rf"(?P<org>\s+(?:der|des|von|bei|im|beim)\s+[^,.;:“”„\"]{{2,60}}?)?(?=[“”„\",.;:]|$)"
    ),
    # speaking: "sagt Name" / "Name sagt"
    re.compile(rf"\b{SPEECH}\s+(?P<name>{NAME})"),
    re.compile(rf"(?P<name>{NAME})\s+{SPEECH}\b"),
    # leadership clauses (index LEADERSHIP_RULE: the role is the unit led)
    re.compile(rf"\b(?:Leitung|Vorsitz|Führung)\s+(?P<name>{NAME})\s+(?:übernimmt|übernehmen|innehat|hat)\b"),
    re.compile(rf"(?P<name>{NAME})\s+wird\s+(?:als\s+)?(?P<role>{ROLE}[^,.;]{{0,60}}?)\s+(?:die|den|das)\b"),
    re.compile(
        rf"(?:^|(?<=[.!?“”\"]\s))Als\s+(?P<role>{ROLE}[^,.;]{{0,90}}?)\s+(?:wird|ist|bleibt)\s+(?:sich\s+)?(?P<name>{NAME})"
    ),
]
# "Leiter der IT-Abteilung, Anna Muster." and "Leiten wird es Anna Muster": the name after the role
RULES.append(
    re.compile(rf"\b(?P<role>{ROLE})\s+(?:des|der)\s+[^.;:„“\"]{{2,80}}?,\s+(?P<name>{NAME})(?=\s*[.,;]|$)")
)
RULES.append(re.compile(rf"\b(?:Leiten|Führen)\s+wird\s+(?:es|sie|ihn)\s+(?P<name>{NAME})"))
RULES = skippable_all(RULES)  # the same matches, faster (reading.text.skippable)
# Two people named together: "die Professoren A und B", "von A und B im Tandem geleitet"
PAIR = compile_skippable(
    rf"\b(?:Professoren|Professorinnen|Leiter|Leiterinnen|Geschäftsführer|Vorsitzenden|von)\s+(?P<a>{NAME})\s+und\s+(?P<b>{NAME})"
    rf"(?=[^.]{{0,40}}\b(?:geleitet|berufen|ernannt|gewählt|vorgestellt)|\s*\()"
)
LEADERSHIP_RULE = 4
# Paragraph-level pre-checks of the rules (a paragraph failing one cannot match the rule).
_APPOSITION = re.compile(
    rf",\s+(?:{ROLE}|[{UPPER}][\w-]+(?:\s+[{UPPER}][\w-]+)?\s+(?:der|des|von|bei|im|beim)\s)"
)
TRIGGERS = {
    0: lambda text: True,  # rules 0, 2, 3 and 7 look for their word first (see _finditer)
    1: lambda text: _APPOSITION.search(text) is not None,
    2: lambda text: True,
    3: lambda text: True,
    4: lambda text: "Leitung" in text or "Vorsitz" in text or "Führung" in text,
    5: lambda text: " wird " in text,
    6: lambda text: "Als " in text,
    7: lambda text: ", " in text,
    8: lambda text: "Leiten wird" in text or "Führen wird" in text,
}
# Capitalised pairs that are not names even in a person-shaped place.
_NOT_FIRST = {
    *CAPITALISED_ARTICLES,
    "Stadt",
    "Smart",
    "City",
    "Digitale",
    "Digitalen",
    "Landeshauptstadt",
    "Ratsherr",
    "Ratsfrau",
    "Herr",
    "Frau",
    "Im",
    "Mit",
    "Als",
    "Wie",
    "Auch",
    "Dabei",
    "Zudem",
    "Neue",
    "Neuer",
    "Deutsche",
    "Deutscher",
    "Digital",
    "Open",
    "Data",
}
EXTERNAL_ORG = re.compile(
    rf"(?<![\w-])(?:{alternation(EXTERNAL_BODY_WORDS)})(?![\w-])"
    # a compound naming an outside body by its head ("Digitalverband", "Bundesministerium")
    rf"|(?<![\w-])(?=[{UPPER}])[\w-]*?(?i:{alternation(EXTERNAL_BODY_HEADS)})(?:e?s)?(?![\w-])"
)
CITY_ORG = re.compile(
    rf"(?<![\w-])(?:{alternation(CITY_BODY_WORDS)})(?![\w-])"
    # a compound naming one of the city's offices ("Hauptamt", "Bürgeramts", "Kreisverwaltung")
    rf"|(?<![\w-])(?=[{UPPER}])[\w-]*?(?i:{alternation(CITY_BODY_HEADS)})(?![\w-])"
)


_ROLE_WORD = re.compile(rf"^{ROLE}$")
# An apposition that opens with a role word, maybe with its remit ("Referentin für Smart City")
_ROLE_OPENING = re.compile(rf"(?:[{LOWER}]+(?:e|er|es|en)\s+)?{ROLE}(?:\s+für\s|$)")


def _valid(name: str) -> bool:
    words = [w for w in name.replace("Dr.", "").replace("Prof.", "").split() if w]
    return (
        len(words) >= 2
        and words[0] not in _NOT_FIRST
        and words[-1] not in _NOT_FIRST
        and not any(_ROLE_WORD.match(w) for w in words)
        and not (words[0].endswith(NOUN_ENDINGS) and not _given_name(words[0]))
    )


def is_person_name(name: str) -> bool:
    """A name-shaped pair that may name a person (not a unit, a role or a company)."""
    return _valid(clean_name(name))


def _given_name(word: str) -> bool:
    """A first name of the general list; a double name counts when each part is one ("Anna-Lena")."""
    names = given_names()
    return word in names or ("-" in word and all(part in names for part in word.split("-")))


def _unit_before(s: Sentence, pos: int) -> str | None:
    best = None
    for pattern in UNIT_PATTERNS:
        for m in pattern.finditer(s.text[:pos]):
            if best is None or m.start() > best[0]:
                best = (m.start(), _canonical_unit(m.group(0)))
    return best[1] if best else None


def _affiliation(role: str | None, org: str | None, city: str | None) -> str:
    """'city' for the city's own offices and officials; 'external' for anyone speaking for
    another organisation (a platform, a company, a ministry)."""
    if org:
        if EXTERNAL_ORG.search(org):
            return "external"
        return "city" if (city and city in org) or CITY_ORG.search(org) else "external"
    if role and (
        re.match(MUNICIPAL_ROLE, role) or re.search(r"Leit|Amt|Competence|Kompetenz|Stabsstelle", role)
    ):
        return "city"
    # a role that only an outside body gives (Geschäftsführer, Ministerin, Professor, Gründer);
    # "Referentin", "Projektleiter", "Sprecher" without a body name the city's own staff
    return "external" if role and _EXTERNAL_ROLE.match(role) else "city"


_EXTERNAL_ROLE = re.compile(
    rf"(?:{alternation(tuple(e.capitalize() for e in EXTERNAL_ROLE_ENDINGS))}|Managing Partner|CEO|Gründer(?:in)?|Präsident(?:in)?|Vorsitzende[r]?)\b"
)


# Most rules need a closed-list word next to the name. Finding that word first, and trying
# the rule only there, gives the same matches as scanning every capital letter, in a
# fraction of the time (the regex engine skips ahead fast to a literal word, but not to a
# pattern that opens with a name or with \b).
# Rules that open with a role or a verb of speaking: tried where that word starts a word.
_ROLE_WORD_ANYWHERE = re.compile(ROLE)
WORD_THEN_NAME = {0: _ROLE_WORD_ANYWHERE, 2: re.compile(rf"{SPEECH}\s+[{UPPER}]"), 7: _ROLE_WORD_ANYWHERE}
# Rules whose name is followed at once by a comma, or by white space and a verb of speaking
# or "wird": the name is looked for only in the short stretch before that word. (The word
# patterns open with a literal, which the regex engine finds fast.)
NAME_THEN_WORD = {
    1: (re.compile(r",\s"), False),
    # (no look-behind for the white space: it would hide the literal from the engine)
    3: (re.compile(rf"{SPEECH}\b"), True),
    5: (re.compile(r"wird\s"), True),
}
_NAME_REACH = 100  # longer than any name with its titles
_NAME_AT_END = re.compile(rf"(?:{NAME})$")


_PARTICLES = frozenset({"von", "van", "de", "zu", "der"})


def _may_end_name(text: str, end: int) -> bool:
    """Cheap necessary test for a name ending at `end`: a letter there, the last word
    capitalised, and the word before it a particle ("von", "van der") or holding a capital
    (a name may start inside a word: "-Portal Anna" holds the pair "Portal Anna")."""
    if not text[end - 1 : end].isalpha():
        return False
    words = text[max(0, end - 80) : end].split()
    if len(words) < 3:
        return True  # the window may have cut a word: let the pattern decide
    return words[-1][0].isupper() and (
        words[-2] in _PARTICLES or words[-2][0].isupper() or any(c.isupper() for c in words[-2])
    )


def _finditer(
    i: int, rule: re.Pattern[str], text: str, scans: dict[re.Pattern[str], list[re.Match[str]]] | None = None
) -> Iterator[re.Match[str]]:
    """The matches of rule i in text, the same as `rule.finditer(text)`. `scans`: the word
    scans of this text already made (rules 0 and 7 look for the same role words)."""
    done = 0  # matches do not overlap, as with finditer
    if i in WORD_THEN_NAME:
        word_pattern = WORD_THEN_NAME[i]
        words = scans.get(word_pattern) if scans is not None else None
        if words is None:
            words = list(word_pattern.finditer(text))
            if scans is not None:
                scans[word_pattern] = words
        for word in words:
            at = word.start()
            if at < done or (at and (text[at - 1].isalnum() or text[at - 1] == "_")):
                continue  # inside a longer word: the rule's leading \b fails here
            m = rule.match(text, at)
            if m:
                done = m.end()
                yield m
    elif i in NAME_THEN_WORD:
        pattern, after_space = NAME_THEN_WORD[i]
        for word in pattern.finditer(text):
            end = word.start()
            if after_space:
                while end > 0 and text[end - 1].isspace():
                    end -= 1
                if end == word.start():
                    continue  # the rule needs white space between name and word
            if not _may_end_name(text, end):
                continue
            pos = max(done, end - _NAME_REACH)
            while (name := _NAME_AT_END.search(text, pos, end)) is not None:
                m = rule.match(text, name.start())
                if m:
                    done = m.end()
                    yield m
                    break
                pos = name.start() + 1
    else:
        yield from rule.finditer(text)


def extract_people(ctx: DocContext) -> list[dict]:
    people: dict[str, dict] = {}
    order: list[str] = []
    for block in ctx.content_blocks:
        scans: dict[re.Pattern[str], list[re.Match[str]]] = {}
        hits = sorted(
            (
                (m.start(), i, m)
                for i, rule in enumerate(RULES)
                if TRIGGERS[i](block.text)
                for m in _finditer(i, rule, block.text, scans)
            ),
            key=lambda h: h[:2],
        )
        for _, i, m in hits:
            RULES[i]
            s = ctx.sentence_at(block.start + m.start())
            name = _whole_name(block.text, m.start("name"), m.end("name"), clean_name(m.group("name")))
            if not _valid(name):
                continue
            groups = m.groupdict()
            role = clean_name(groups["role"]) if groups.get("role") else None
            org = clean_name(groups["org"]) if groups.get("org") else None
            if "org" in groups and not org and not (role and _ROLE_OPENING.match(role)):
                continue  # "Bereiche Umwelt, Verkehr": an apposition needs a role word or an organisation
            if role is None and i == LEADERSHIP_RULE:
                unit = _unit_before(s, block.start + m.start() - s.span.start)
                role = f"Leitung {unit}" if unit else "Leitung"
            full_role = f"{role} {org}" if role and org else role
            affiliation = _affiliation(role, org, ctx.city)
            if org is None and not (role and re.match(MUNICIPAL_ROLE, role)):
                # "sagt A vom Digitalverband B", "A, Expertin bei der Beratungsfirma B": the
                # body the person speaks for stands right after the name
                _, after_affiliation = _apposition(block.text[m.end("name") :], ctx.city)
                if after_affiliation == "external" or _external_role_before(block.text, m.start("name")):
                    affiliation = "external"
            entry = people.get(name)
            if entry is None:
                order.append(name)
                people[name] = {
                    "name": name,
                    "role": full_role,
                    "affiliation": affiliation,
                    "evidence": ctx.evidence(s.span),
                }
            elif entry["role"] is None and full_role:
                entry["role"] = full_role
                entry["affiliation"] = _affiliation(role, org, ctx.city)
        if " und " in block.text:
            for m in PAIR.finditer(block.text):
                s = ctx.sentence_at(block.start + m.start())
                for g in ("a", "b"):
                    name = clean_name(m.group(g))
                    if _valid(name) and name not in people:
                        order.append(name)
                        people[name] = {
                            "name": name,
                            "role": None,
                            "affiliation": "city",
                            "evidence": ctx.evidence(s.span),
                        }
    for block in ctx.content_blocks:
        for m in _named_by_first_name(block.text, ctx.content_text):
            name = _whole_name(block.text, m.start(), m.end(), clean_name(m.group(0)))
            if name in people or any(name in known or known in name for known in people) or not _valid(name):
                continue
            s = ctx.sentence_at(block.start + m.start())
            at = block.start + m.start() - s.span.start
            if _credited(s.text, at):
                continue
            role, affiliation = _apposition(s.text[at + len(m.group(0)) :], ctx.city)
            before_role = _external_role_before(s.text, at)
            if before_role:
                role, affiliation = role or before_role, "external"
            order.append(name)
            people[name] = {
                "name": name,
                "role": role,
                "affiliation": affiliation,
                "evidence": ctx.evidence(s.span),
            }
    return [people[n] for n in order]


# --- a name with a middle given name -------------------------------------------------------
# "Hans Peter Muster", "Anna Lena Beispiel": a rule finds two of the three words; the given
# name before them, or the surname after two given names, belongs to the name.
_GIVEN_BEFORE = re.compile(rf"(?<![\w-])({NAME_WORD})\s+$")
_SURNAME_AFTER = re.compile(rf"\s+({NAME_WORD})(?![\w-])")


def _whole_name(text: str, start: int, end: int, name: str) -> str:
    """The name with a middle given name: `name` found at text[start:end]."""
    words = name.split()
    if len(words) != 2 or not _given_name(words[0]):
        return name
    if _given_name(words[1]):
        after = _SURNAME_AFTER.match(text, end)
        if after and after.group(1) not in NOT_NAME_WORDS and not _given_name(after.group(1)):
            return f"{name} {after.group(1)}"
        return name
    before = _GIVEN_BEFORE.search(text, max(0, start - 30), start)
    if before and _given_name(before.group(1)) and before.group(1) not in NOT_NAME_WORDS | DETERMINERS:
        return f"{before.group(1)} {name}"
    return name


# --- people named by a first name ---------------------------------------------------------
# A capitalised pair whose first word is a first name of the general list is a person even
# without a role word beside it ("neben Anna Beispiel", "der Stadt, Jan Muster, gibt es"),
# except in a credit line or a byline.
_CAPITALISED = re.compile(rf"(?<![\w-])(?:(?:Dr|Prof)\.\s+)*([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)\s")
_NAME_HERE = re.compile(NAME)
_CREDIT_BEFORE = re.compile(rf"(?:^|[\s(|/:])(?:{alternation(CREDIT_WORDS)})(?:[\s:/,]|$)")
_BYLINE = re.compile(rf"^\s*(?:{alternation(BYLINE_OPENERS)})\s")
_CLAUSE_END = re.compile(r"[;.!?]|\s-\s|\s–\s")


_WORD = re.compile(rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?")


def _named_by_first_name(text: str, document: str = "") -> Iterator[re.Match[str]]:
    """Pairs opening with a first name. A second word that is also a first name ("Anna
    Maria") is a surname only where the document names the person by it alone ("Anna Otto
    … sagt Otto"), as German journalism does after the first mention."""
    names = given_names()
    # One set intersection finds the first names a paragraph holds (most hold none); only
    # their places are looked at.
    present = names.intersection(_WORD.findall(text))
    if not present:
        return
    done = 0
    for word in _CAPITALISED.finditer(text):
        if word.group(1) not in present and "-" not in word.group(1):
            continue
        if word.start() < done or word.group(1) in NOT_NAME_WORDS or word.group(1) in DETERMINERS:
            continue
        if text[max(0, word.start() - 2) : word.start()].strip()[-1:].isdigit():
            continue  # an amount: "3 Mio Euro"
        if not _given_name(word.group(1)):
            continue
        m = _NAME_HERE.match(text, word.start())
        last = m.group(0).split()[-1] if m else ""
        if (
            m
            and (last not in NOT_NAME_WORDS or last in DATE_WORD_SURNAMES)
            and (last not in names or _surname_alone(document, word.group(1), last))
            and last not in NOT_SURNAMES
        ):
            done = m.end()
            yield m


def _surname_alone(document: str, first: str, last: str) -> bool:
    """Is `last` used in the document without `first` before it, as a surname is ("Arndt:",
    "sagt Arndt", "Herr Arndt")?"""
    for m in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", document):
        before = document[max(0, m.start() - len(first) - 1) : m.start()]
        if not before.startswith(first) and not before.rstrip().endswith(first):
            return True
    return False


def _credited(sentence: str, at: int) -> bool:
    """The name stands in a credit line ("Foto: Stadt Musterfeld / Anna Beispiel") or a
    byline ("Von Jan Muster")."""
    before = sentence[max(0, at - 60) : at]
    return _CREDIT_BEFORE.search(before) is not None or _BYLINE.match(sentence[:at] + " ") is not None


def _apposition(after: str, city: str | None) -> tuple[str | None, str]:
    """Role and affiliation from the apposition after a name (", Professorin für Planung an
    der Universität Musterfeld;"): the role is the apposition when it holds a role word; the
    person is external when the clause names an outside body and no body of the city."""
    clause_end = _CLAUSE_END.search(after)
    clause = after[: clause_end.start()] if clause_end else after
    role = None
    if clause.startswith(","):
        apposition = clause[1:].split(",")[0].strip()
        if _ROLE_WORD_ANYWHERE.search(apposition) and len(apposition) <= 80:
            role = apposition
        # the apposition alone tells whom the person speaks for ("A, Professorin an der
        # Universität B, begleitet die Stadt": the city after the apposition is the object)
        parts = clause[1:].split(",")
        # further parts of a chain of appositions open with a noun; a clause after the
        # apposition opens with its verb ("…, begleitet die Stadt")
        chain = [parts[0], *itertools.takewhile(lambda part: part.strip()[:1].isupper(), parts[1:])]
        clause = "," + ",".join(chain)
    if role and role.split()[0].casefold().endswith(EXTERNAL_ROLE_ENDINGS) and not CITY_ORG.search(clause):
        return role, "external"  # "A, Geschäftsführer der Beispiel-Plattform"
    if EXTERNAL_ORG.search(clause):
        # the city's name inside the outside body's name ("Universität Musterfeld") is no tie to the city
        rest = _BODY_NAME.sub("", clause)
        if not ((city and city in rest) or CITY_ORG.search(rest)):
            return role, "external"
    return role, "city"


_WORD_BEFORE = re.compile(r"([\w-]+)\s+(?:(?:Dr|Prof)\.\s+)*$")


def _external_role_before(text: str, at: int) -> str | None:
    """The role word right before a name when it names an office of the state, a company or
    a parliament, also as a compound ("Digitalministerin", "Bundestagsabgeordneter")."""
    m = _WORD_BEFORE.search(text[max(0, at - 60) : at])
    if m and m.group(1)[:1].isupper() and m.group(1).casefold().endswith(EXTERNAL_ROLE_ENDINGS):
        return m.group(1)
    return None


# An outside body's word and the capitalised name after it ("Universität Musterfeld-Beispiel").
_BODY_NAME = re.compile(rf"(?:{EXTERNAL_ORG.pattern})(?:\s+(?:für\s+|in\s+|zu\s+)?[{UPPER}][\w-]*)*")
