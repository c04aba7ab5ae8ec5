"""The status of the CDO post (contract: `cdo_status`), read from the clause of the role word.

A sentence that names the role says one of five things about the post, read from the lemmas
of the clause that holds the role word (not from the whole sentence: "der CDO berät die
Ämter, die bis 2030 papierlos arbeiten sollen" is no plan for the post):

- `held`: someone holds the post (appointed, filled, the role held or taken over, in the post
  since a date, a person named in it now);
- `created`: a decision created the post, or the post is advertised or vacant, without
  saying that it is filled;
- `placed`: the text places the post ("die Stelle ist dem Dezernat II zugeordnet"), without
  saying that it is filled;
- `planned`: the post is proposed, intended or still to be decided (a modal, a plan verb, a
  near-future adverb), unless it already exists ("die im Mai eingerichtete Stelle");
- `active`: the CDO acts in the present ("der CDO koordiniert …"): a post in office, the
  weakest sign.

`document_status` weighs the sentences of a document into one status.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from analysis.extraction.lexicon.roles import (
    CDO_ROLE_WORDS,
    CREATED_LEMMAS,
    CREATED_PARTICIPLES,
    DECIDED_LEMMAS,
    DISCUSSED_PHRASES,
    FILLED_LEMMAS,
    FORMER_FORMS,
    FORMER_LEMMAS,
    NOW_WORDS,
    PLACED_LEMMAS,
    PLAN_LEMMAS,
    PLAN_NOUN_LEMMAS,
    PLAN_PHRASES,
    POST_NOUNS,
    SEPARABLE_PARTICLES,
    SUBJUNCTIVE_FORMS,
    TAKE_OVER_LEMMAS,
    VACANT_LEMMAS,
    VACANT_PHRASES,
)
from analysis.extraction.names import NAME
from analysis.extraction.rules import alternation
from analysis.reading.lemmas import lemmas
from analysis.reading.text import UPPER, compile_skippable

HELD, CREATED, PLANNED, ACTIVE, PLACED = "held", "created", "planned", "active", "placed"

# Clauses end at a comma, semicolon, colon or a dash between spaces.
_CLAUSE_BREAK = re.compile(r"[,;:]\s+|\s+[–—-]\s+")
# An infinitive with "zu" closes a clause that depends on the verb of the clause before
# ("Die Stadt plant, einen CDO einzustellen"): "zu holen", "einzustellen".
_INFINITIVE_END = re.compile(r"(?:\bzu\s+[a-zäöüß]+|[a-zäöüß]+zu[a-zäöüß]{2,}en)\W*$")
# Quoted speech says what someone wants, not what the post is (tested in test_generalisation).
_QUOTED_SPEECH = re.compile(r"[„»\"“][^„“”\"»«]{12,}[“”\"«]")
_PLAN_PHRASE = re.compile(rf"(?<![\w-]){alternation(PLAN_PHRASES)}(?![\w-])")
_VACANT_PHRASE = compile_skippable(rf"(?<![\w-]){alternation(VACANT_PHRASES)}(?![\w-])")
# The participle with an adjective ending: "die eingerichtete Stelle", "der neu geschaffenen Stelle"
_ATTRIBUTIVE_PARTICIPLE = re.compile(rf"(?<![\w-]){alternation(CREATED_PARTICIPLES)}e[nmrs]?(?![\w-])", re.I)
_POST_NOUN = re.compile(rf"(?<![\w]){alternation(POST_NOUNS)}(?![\w-])")  # also "CDO-Stelle"
_NOW = re.compile(rf"(?<![\w-]){alternation(NOW_WORDS)}(?![\w-])", re.I)
_DISCUSSED = re.compile(rf"(?<![\w-]){alternation(DISCUSSED_PHRASES)}(?![\w-])")
_SUBJUNCTIVE = re.compile(rf"(?<![\w-]){alternation(SUBJUNCTIVE_FORMS)}(?![\w-])")
_INDEFINITE_ROLE = re.compile(
    rf"(?<![\w-])(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner|[Ee]ines)\s+(?:[a-zäöü]+e[nmrs]?\s+)?(?:Stelle\s+(?:eines|einer)\s+)?"
    rf"{alternation(CDO_ROLE_WORDS)}(?:-[{UPPER}][\w]+)?(?![\w-])"
)
_FORMER_FORM = re.compile(rf"(?<![\w-]){alternation(FORMER_FORMS)}(?![\w-])", re.I)
# An indirect question about an indefinite CDO: "ob die Stadt einen CDO braucht" (not "ob dem
# CDO ein Team zugeordnet wird", where the CDO exists).
_OPEN_QUESTION = re.compile(
    rf"(?<![\w-])[Oo]b\s+[^,;:]*?\b(?:einen|eine|ein)\s+(?:[a-zäöü]+e[nr]?\s+)?{alternation(CDO_ROLE_WORDS)}(?![\w-])"
)
_SINCE = re.compile(r"(?<![\w-])[Ss]eit(?![\w-])")
_PERSON = re.compile(NAME)
# The role as a definite person: "der CDO", "unsere neue Digitalisierungsbeauftragte".
_DEFINITE_ROLE = re.compile(
    rf"(?<![\w-])(?:[Dd]er|[Dd]ie|[Dd]en|[Dd]em|[Uu]nser\w*|[Ii]hr\w*|[Ss]ein\w*)\s+(?:neue\w*\s+)?"
    rf"{alternation(CDO_ROLE_WORDS)}(?![\w-])"
)
# The city has one: "Die Stadt hat seit Mai einen CDO" (a CDO as the object of "haben").
_HAS_ONE = compile_skippable(
    rf"\b(?:hat|haben|hatte)\s+(?:[\w.]+\s+){{0,3}}?(?:einen|eine)\s+(?:(?:eigene|neue|erste)[nr]?\s+)?"
    rf"{alternation(CDO_ROLE_WORDS)}(?![\w-])"
)


# Particles of separable verbs, standing last in their clause.
_CLOSING_PARTICLE = re.compile(rf"\s({alternation(SEPARABLE_PARTICLES)})\W*$")


def role_clause(text: str, start: int, end: int) -> str:
    """The clause of `text` that holds the role word at start:end, with the clause it
    depends on when it is an infinitive with "zu"."""
    bounds = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text) + 1]
    for i in range(len(bounds) - 1):
        if bounds[i] <= start < bounds[i + 1]:
            clause_start, clause_end = bounds[i], bounds[i + 1]
            # the clause ends at the next break, or where the role's own span runs into it
            clause_end = max(min(clause_end, len(text)), end)
            if i > 0 and _INFINITIVE_END.search(text[clause_start:clause_end]):
                clause_start = bounds[i - 1]
            return text[clause_start:clause_end]
    return text


def _separable_lemmas(clause: str, words: set[str]) -> set[str]:
    """A separable verb read whole: a particle closing the clause joins each verb lemma of it
    ("Die Stadt schreibt die Stelle aus" -> "ausschreiben", "tritt … an" -> "antreten")."""
    m = _CLOSING_PARTICLE.search(clause)
    if m is None:
        return set()
    particle = m.group(1)
    return {particle + w for w in words if w[:1].islower() and w.endswith("en")}


def clause_status(clause: str, is_person: Callable[[str], bool] = lambda name: True) -> str:
    """held | created | planned | active: what one clause says about the post."""
    spoken = _QUOTED_SPEECH.sub(" ", clause)
    words = set(lemmas(spoken))
    words |= _separable_lemmas(spoken, words)
    if words & FORMER_LEMMAS or ("rühere" in spoken and _FORMER_FORM.search(spoken)):
        return "former"
    if "ob" in words and _OPEN_QUESTION.search(spoken):
        return PLANNED  # "ob die Stadt einen CDO braucht": still to be decided
    plan_words = words & PLAN_LEMMAS
    if plan_words and plan_words <= PLAN_NOUN_LEMMAS and not _INDEFINITE_ROLE.search(spoken):
        # "Der CDO stellte seine Pläne vor", "A (CDO) stellte die Pläne vor": the CDO's plans; a
        # plan noun plans a CDO only for an indefinite one ("Pläne für einen CDO")
        plan_words = set()
    plan = (
        bool(plan_words)
        or bool(_PLAN_PHRASE.search(spoken))
        or bool(
            (_SUBJUNCTIVE.search(spoken) or _DISCUSSED.search(spoken)) and _INDEFINITE_ROLE.search(spoken)
        )
    )
    post = bool(_POST_NOUN.search(clause))
    vacant = bool(words & VACANT_LEMMAS) or bool(_VACANT_PHRASE.search(spoken))
    filled = (
        bool(words & FILLED_LEMMAS)
        or bool(words & TAKE_OVER_LEMMAS and post)
        or bool(_SINCE.search(clause))
        or bool(_HAS_ONE.search(spoken))
    )
    if (filled or words & CREATED_LEMMAS) and not plan and _INFINITIVE_END.search(clause):
        # "hat beschlossen, einen CDO einzustellen": the filling is intended, not done
        return CREATED if words & DECIDED_LEMMAS else PLANNED
    if filled and not plan and not vacant:
        return HELD
    if _NOW.search(clause) and not vacant and any(is_person(n) for n in _PERSON.findall(clause)):
        return HELD  # "im Büro des CDO arbeitet derzeit Anna Muster"
    if _ATTRIBUTIVE_PARTICIPLE.search(spoken):
        return CREATED  # the post exists, only its filling is to come
    if (words & CREATED_LEMMAS or vacant) and not plan:
        return CREATED  # created, or advertised and vacant: the post exists, no one fills it
    if plan:
        return PLANNED
    if post and words & PLACED_LEMMAS:
        return PLACED  # the text places the post, no one is said to fill it
    return ACTIVE


def sentence_status(
    text: str, role_spans: Iterable[tuple[int, int]], is_person: Callable[[str], bool] = lambda name: True
) -> str:
    """The strongest status any role word of the sentence has in its clause."""
    found = {clause_status(role_clause(text, a, b), is_person) for a, b in role_spans}
    for status in (HELD, CREATED, PLANNED, ACTIVE, PLACED):
        if status in found:
            return status
    if found:
        # "Der bisherige CDO hat die Stadt verlassen; die Stelle wird neu ausgeschrieben": a
        # clause about the post after the former holder says what becomes of it
        for clause in _CLAUSE_BREAK.split(text):
            if _POST_NOUN.search(clause):
                after = clause_status(clause, is_person)
                if after in (CREATED, PLANNED):
                    return after
        return "former"
    return ACTIVE


def document_status(kinds: Iterable[str], holder_named: bool) -> str | None:
    """One status for the document from the kinds of its CDO sentences.

    A named holder, or a sentence that says the post is held, puts the CDO in office; a
    created post outranks a plan (a created post whose filling is planned is created); an
    explicit "no CDO" outranks a CDO that only acts in some sentence; a CDO who acts in the
    present outranks a post that is only placed ("die Stelle ist im Dezernat angesiedelt. Der
    CDO koordiniert …" describes a post at work); nothing said: None."""
    found = set(kinds)
    if holder_named or HELD in found:
        return "in_office"
    if CREATED in found:
        return "post_created"
    if PLANNED in found:
        return "planned"
    if "none" in found:
        return "none"
    if ACTIVE in found:
        return "in_office"
    if PLACED in found:
        return "post_created"
    return None
