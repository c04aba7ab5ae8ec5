"""The dated strategy timeline of a document.

Each date expression in the document's own sentences becomes an event. Whether it is a
milestone (has happened), a horizon (target or planned date) or a period (a span) is read
from the expression and the sentence's tense, as of the document's publication date.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from analysis.extraction.context import DocContext, Sentence
from analysis.extraction.lexicon import events as words
from analysis.extraction.lexicon.roles import TAKE_OVER_LEMMAS
from analysis.extraction.meta import dateline, dateline_match
from analysis.extraction.rules import alternation, rule
from analysis.reading import dates, lemmas
from analysis.reading.text import compile_skippable, cut_at_word, lower_same_length

PAST = re.compile(
    r"\b(wurde|wurden|war|waren|hatte|hatten|begann|begannen|startete|starteten|gestartet|gegründet|"
    r"beschlossen|verabschiedet|vorgelegt|eingeführt|erstellt|eingerichtet|entwickelt|erarbeitet|"
    r"ins Leben gerufen|erfolgte|ging|gingen|trat|fand|fanden|beschloss|veröffentlicht|ausgewählt|"
    r"ernannt|übernahm|gewann|abgeschlossen|bereits|seit)\b",
    re.I,
)
FUTURE = re.compile(
    r"\b(soll|sollen|sollte|sollten|geplant|plant|planen|wird|werden|Ziel|angestrebt|vorgesehen|"
    r"künftig|zukünftig|bis|spätestens|voraussichtlich|anvisiert|vornehmen wird|"
    # a present modal of will or wish: "will … beschließen", "möchte … vorlegen"
    r"will|wollen|möchte|möchten|beabsichtigt)\b",
    re.I,
)


# "bis Ende 2020 wurden die Leitlinien erarbeitet": a finished step phrased with "bis".
PAST_PASSIVE = compile_skippable(r"\b(?:wurde|wurden|hatte|hatten|war|waren)\b")
MODAL = compile_skippable(r"\b(?:soll|sollen|sollte|sollten|wird|werden|will|wollen)\b")


# "soll im Herbst verabschiedet werden", "wird … vorgelegt werden": a modal with a passive
# infinitive is a step still ahead, whatever past participle it holds.
MODAL_PASSIVE = compile_skippable(
    r"\b(?:soll|sollen|sollte|sollten|wird|werden|muss|müssen|kann|können)\b[^.;]{0,100}?\b\w+(?:t|en)\s+werden\b"
)
# The months a year qualifier points to ("Anfang 2022", "im Herbst 2022"), to compare a date
# of the document's own year with the month it was published in.
_QUALIFIER_MONTH = {"early": "03", "mid": "07", "late": "11"}


# A past participle used as an adjective right after the date ("die im März beschlossene
# Strategie", "der 2019 gegründete Beirat", "die 2020 vorgestellten Leitlinien"): the step is
# done, whatever tense the sentence's own verb has. A participle of planning ("die für 2025
# geplante Strategie") names a step still ahead.
# (up to two lower-case words, the participle with an adjective ending, a capitalised noun)
_ATTRIBUTIVE = r"(?:[a-zäöü]+\s+){0,2}?(?P<participle>[a-zäöü]+(?:t|en))e[nmrs]?(?=\s+[A-ZÄÖÜ])"
ATTRIBUTIVE_PARTICIPLE = re.compile(rf"^\s+{_ATTRIBUTIVE}")
PLAN_PARTICIPLES = frozenset(
    {"geplant", "vorgesehen", "angestrebt", "erwartet", "angekündigt", "beabsichtigt", "anvisiert"}
)


def _attributive_kind(after: str) -> str | None:
    """ "milestone" or "horizon" when a participle used as an adjective follows the date."""
    m = ATTRIBUTIVE_PARTICIPLE.match(after)
    if m is None:
        return None
    participle = m.group("participle")
    if participle in PLAN_PARTICIPLES:
        return "horizon"
    if participle.startswith("ge") or participle.endswith("iert") or lemmas.lemma(participle) != participle:
        return "milestone"
    return None


def _kind(
    m: dates.DateMention, sentence: str, reference: str | None, clause: str = "", after: str = ""
) -> str:
    if m.end_date:
        return "period"
    attributive = _attributive_kind(after) if after else None
    if attributive is not None and not reference:
        return attributive
    if clause and MODAL_PASSIVE.search(lower_same_length(clause)):
        # "soll im Mai verabschiedet werden": its own clause says the step is still ahead,
        # whatever the date is compared with the publication
        return "horizon"
    if m.relation == "until" and PAST_PASSIVE.search(sentence) and not MODAL.search(sentence):
        return "milestone"
    if m.relation == "until" or m.named:
        return "horizon"
    if reference:
        ref = reference[: len(m.date)]
        if m.date > ref:
            return "horizon"
        if m.date < ref:
            return "milestone"
        if len(m.date) == 4 and len(reference) >= 7 and m.qualifier in _QUALIFIER_MONTH:
            month = _QUALIFIER_MONTH[m.qualifier]
            if month != reference[5:7]:
                return "horizon" if month > reference[5:7] else "milestone"
    if attributive is not None:
        return attributive  # the document's own date did not decide
    if MODAL_PASSIVE.search(sentence):
        return "horizon"
    if PAST.search(sentence):
        return "milestone"
    if FUTURE.search(sentence):
        return "horizon"
    return "milestone"


_CDO_STEMS = (
    " cdo",
    "(cdo",
    "„cdo",
    "chief digital officer",
    "digitalisierungsbeauftragt",
    "beauftragte für digitalisierung",
)
# Particles that close a clause with a separable verb ("stellte die Stadt ihre Strategie vor").
_PARTICLES = frozenset({"vor", "fest", "ein", "auf", "an", "ab", "zu", "aus", "dar"})


@lru_cache(maxsize=8192)
def reading(clause: str) -> str:
    """What the type rules read of a clause: its lower-cased text, then the lemmas of its
    words; a particle closing the clause is joined to every lemma ("stellte … vor" also
    reads "vorstellen"). Clauses are short, so this is bounded work per date."""
    words = lemmas.WORD.findall(clause)
    lemma_words = [lemmas.lemma(w).lower() for w in words]
    if len(words) > 1 and words[-1].lower() in _PARTICLES:
        particle = words[-1].lower()
        lemma_words += [particle + w for w in lemma_words[:-1]]
    return f" {lower_same_length(clause)} ¦ {' '.join(lemma_words)} "


def _drafting_then_strategy() -> str:
    """A drafting noun followed, within a few words, by the strategy it drafts."""
    return (
        rf"{alternation(words.DRAFTING_NOUNS)}\s+(?:\S+\s+){{0,4}}?\S*"
        rf"{alternation(words.STRATEGY_WORDS)}"
    )


# A goal by a date said with a "zu"-infinitive closing its clause ("beschloss, bis 2030 alle
# Schulen anzuschließen", "mit dem Ziel, bis Ende 2031 das Netz auszubauen"): "zu" inside a
# separable verb ("an-zu-schließen") or standing before the verb ("zu digitalisieren"); the
# infinitive is the clause's last word (German puts it there), so "bis zu ihren" is none.
_ZU_INFINITIVE_CLOSING = r"(?:\w+zu\w{2,}en|\bzu\s+\w+en)\W*¦"


# Event types, tried in this order on the reading of a clause (see `reading`): the first
# that holds gives the type. Each family reads a verb class by lemma and the kind of thing
# the clause is about (a strategy, a post, a unit, a programme).
TYPE_RULES = [
    rule(
        "event_past_role",
        "a person's earlier post (type other)",
        "",
        all_of=(words.PAST_ROLE, words.ROLE_HEADS),
        prepare=reading,
        matches=("seit 2011 war anna muster leiterin des hauptamts.",),
        not_matches=("seit 2011 ist anna muster leiterin des hauptamts.",),
    ),
    rule(
        "event_membership",
        "the speaker's own membership of a team (type other)",
        "",
        all_of=(words.FIRST_PERSON, words.MEMBERSHIP_LEMMAS),
        prepare=reading,
        matches=("Ich gehöre seit März 2030 zur Projektgruppe der Gemeinde.",),
        not_matches=("seit März 2020 gehört die Stadt dem Netzwerk an",),
    ),
    rule(
        "event_cdo_appointed",
        "a CDO post is filled or changes hands",
        "",
        all_of=(_CDO_STEMS, words.CDO_APPOINTMENT_WORDS),
        prepare=reading,
        matches=(
            "im mai 2019 wurde anna muster zur cdo ernannt.",
            "für 2027 ist die besetzung der stelle des cdo vorgesehen.",
            "Jan Beispiel übernimmt im Juli 2024 die Aufgabe des Chief Digital Officer.",
        ),
        not_matches=(
            "die verantwortung hat die stadt an cdo jan beispiel vergeben.",
            "im mai 2031 hat der rat die stelle einer chief digital officer (cdo) geschaffen.",
        ),
    ),
    rule(
        "event_cdo_took_up",
        "the holder takes up the work of a CDO post (the post is filled)",
        "",
        all_of=(_CDO_STEMS, words.TAKE_UP_NOUNS, words.TAKE_UP_LEMMAS),
        # the work is the post's: "die Arbeit als CDO", "die Stelle der Digitalisierungsbeauftragten"
        then=rf"{alternation(tuple(n.strip() for n in words.TAKE_UP_NOUNS))}\w*\s+(?:\S+\s+){{0,2}}?"
        r"(?:als|des|der)\s+(?:cdo|chief digital officer|digitalisierungsbeauftragt)",
        prepare=reading,
        matches=(
            "Im Juni 2031 hat Eva Probe ihre Tätigkeit als Chief Digital Officer der Gemeinde aufgenommen.",
            "Im Mai 2031 nahm Jan Beispiel seinen Dienst als CDO auf.",
            "Anna Muster trat die Stelle der Digitalisierungsbeauftragten im Juli 2030 an.",
        ),
        not_matches=(
            "Im Mai 2031 hat der CDO die Arbeit der Ämter verglichen.",
            "Im Mai 2031 wurde die Stadt in das Netzwerk der CDOs aufgenommen.",
            "Im Mai soll das Amt seine Arbeit aufnehmen. Leiten wird es Jan Beispiel, zuvor als CDO tätig.",
        ),
    ),
    rule(
        "event_cdo_started_as",
        "the holder starts as CDO",
        "",
        all_of=(words.AS_POST, words.START_LEMMAS),
        prepare=reading,
        matches=(
            "Eva Probe begann im März 2030 als CDO der Gemeinde Tannbrück.",
            "Im Juli 2031 startete Jan Beispiel als Chief Digital Officer.",
        ),
        not_matches=("Im März 2030 begann der CDO mit der Strategie.",),
    ),
    rule(
        "event_cdo_post_created",
        "a CDO post is created that nobody fills yet (an organisational step)",
        "",
        all_of=(_CDO_STEMS, words.POST_CREATION_WORDS),
        prepare=reading,
        matches=("im mai 2031 hat der rat die stelle einer chief digital officer (cdo) geschaffen.",),
        not_matches=("im mai 2019 wurde anna muster zur cdo ernannt.",),
    ),
    rule(
        "event_cdo_first_holder",
        "the city has a CDO for the first time (after a post's creation was ruled out)",
        "",
        all_of=(_CDO_STEMS, words.FIRST_HOLDER_WORDS),
        prepare=reading,
        matches=("Mit Eva Probe hat die Gemeinde seit 2031 erstmals einen Digitalisierungsbeauftragten.",),
        not_matches=("2031 hat die Gemeinde erstmals einen Breitbandplan.",),
    ),
    rule(
        "event_strategy_drafting_decided",
        "a decision to draw a strategy up: work on the strategy, not its adoption",
        "",
        all_of=(words.STRATEGY_WORDS, words.ADOPTION_LEMMAS, words.DRAFTING_NOUNS),
        then=_drafting_then_strategy(),
        prepare=reading,
        matches=("Der Rat beschloss im Mai 2015 die Erarbeitung einer Digitalstrategie.",),
        not_matches=("Der Rat beschloss im Mai 2015 die Digitalstrategie zur Entwicklung der Stadt.",),
    ),
    rule(
        "event_strategy_start",
        "the start of work on a strategy, named as a noun",
        "",
        all_of=(words.STRATEGY_WORDS, words.START_NOUNS),
        prepare=reading,
        matches=("Eine Bürgerwerkstatt war im Mai 2030 der Auftakt für das Leitbild.",),
        not_matches=("Die Digitalstrategie wurde im Mai 2020 vorgestellt.",),
    ),
    rule(
        "event_strategy_adopted",
        "a strategy, agenda or plan is adopted, decided or put in force",
        "",
        all_of=(words.STRATEGY_WORDS, words.ADOPTION_LEMMAS),
        prepare=reading,
        matches=(
            "im juni 2019 verabschiedete der rat die digitalstrategie.",
            "Die Leitlinien beschloss der Kreistag am 4. Mai 2021.",
            "Die Strategie wurde 2020 vorgestellt und im März 2021 beschlossen.",
        ),
        not_matches=("Die Digitalstrategie wurde im Mai 2021 vorgestellt.",),
    ),
    rule(
        "event_strategy_in_force",
        "a strategy paper in force since a date",
        "",
        all_of=(words.STRATEGY_PAPERS, words.IN_FORCE_LEMMAS, words.SINCE_WORDS),
        prepare=reading,
        matches=("Die Digitalstrategie der Gemeinde gilt seit Mai 2030.",),
        not_matches=("Die Ziele der Strategie gelten bis 2030.", "Seit 2030 gilt die Regel für alle Ämter."),
    ),
    rule(
        "event_titled_paper_adopted",
        "a council paper with a title is adopted: the city's programme is adopted",
        "",
        all_of=(words.COUNCIL_PAPERS, words.TITLE_PHRASES, words.ADOPTION_LEMMAS),
        prepare=reading,
        matches=("Der Kreistag beschloss 2031 die Beschlussvorlage mit dem Titel „Tannbrück vernetzt“.",),
        not_matches=("Der Kreistag beschloss 2031 die Beschlussvorlage zur Schulsanierung.",),
    ),
    rule(
        "event_strategy_presented",
        "a strategy is presented, published or handed over, without a stated adoption",
        "",
        all_of=(words.STRATEGY_WORDS, words.PRESENTATION_LEMMAS),
        prepare=reading,
        matches=(
            "Die Digitalstrategie wurde im Mai 2021 vorgestellt.",
            "Im Mai 2021 stellte der Bürgermeister die Digitalstrategie vor.",
            "Die Agenda erschien im Herbst 2020.",
            "2019 hat die Stadt die Digitale Agenda auf den Weg gebracht.",
        ),
        not_matches=("Die Digitalstrategie entstand 2019.",),
    ),
    rule(
        "event_strategy_process",
        "work on a strategy starts, is commissioned, drafted, consulted on or updated",
        "",
        all_of=(words.STRATEGY_WORDS, words.PROCESS_WORDS),
        prepare=reading,
        matches=(
            "2019 begann die erarbeitung der digitalstrategie.",
            "die Digitalstrategie, die im Jahr 2019 entstand",
            "die im Jahr 2018 erstellte Smart-City-Strategie",
        ),
        not_matches=("2019 wurde das amt gegründet.",),
    ),
    rule(
        "event_strategy_planned",
        "a strategy paper planned as work ahead (work on the strategy)",
        "",
        all_of=(words.STRATEGY_PAPERS, words.PLAN_LEMMAS),
        prepare=reading,
        matches=("2029 plante die Gemeinde eine Digitalstrategie.",),
        not_matches=("Bis 2030 sind folgende Ziele geplant.",),
    ),
    rule(
        "event_strategy_update",
        "a participation process or an update (of a strategy named before)",
        "",
        all_of=(words.UPDATE_WORDS,),
        prepare=reading,
        matches=("sie wird im sommer 2024 aktualisiert.",),
        not_matches=("2019 wurde das amt gegründet.",),
    ),
    rule(
        "event_council_decision",
        "another council or board decision",
        "",
        all_of=(words.COUNCIL_WORDS, words.DECISION_VERBS),
        prepare=reading,
        matches=(
            "am 3. mai 2022 wurde er in der gemeinderatssitzung gewählt.",
            "Der Stadtrat beschloss 2031 die Verwaltungsvorlage zum Breitband.",
        ),
        not_matches=("der rat der weisen tagte.",),
    ),
    rule(
        "event_programme",
        "the city joins or is selected for a programme, competition, network or award",
        "",
        all_of=(words.PROGRAMME_WORDS,),
        prepare=reading,
        matches=(
            "seit dem gewinn des wettbewerbs im jahr 2017",
            "2020 wurde die stadt modellprojekt smart cities.",
        ),
        not_matches=("2020 wurde das amt gegründet.",),
    ),
    rule(
        "event_organisation",
        "a unit or steering body for digitalisation is founded, renamed, moved or merged, or "
        "works since a date",
        "",
        all_of=(words.ORGANISATION_UNITS, words.ORGANISATION_VERBS),
        prepare=reading,
        matches=(
            "im oktober 2030 wurde die agentur für digitales gegründet.",
            "seit märz 2021 gibt es die stabsstelle digitales.",
        ),
        not_matches=("im juni 2017 startete die app.",),
    ),
    rule(
        "event_body_since",
        "a steering body at work since a date",
        "",
        all_of=(words.STEERING_BODIES, words.SINCE_WORDS),
        prepare=reading,
        matches=("Seit Mitte 2030 tagt ein Lenkungskreis aller Dezernate.",),
        not_matches=("Seit Mitte 2030 tagt der Kulturausschuss.",),
    ),
    rule(
        "event_cdo_since",
        "a CDO in office since a date",
        "",
        all_of=(_CDO_STEMS, words.SINCE_WORDS),
        prepare=reading,
        matches=("seit anfang 2021 ist ein chief digital officer ansprechpartner.",),
        not_matches=("anfang 2021 sprach der chief digital officer.",),
    ),
    rule(
        "event_target_until",
        "a goal to reach by a date: 'bis' and a modal verb after it, in the text itself",
        "",
        all_of=((" bis ",), words.MODAL_WORDS),
        # the words, not their lemmas (after ¦): "wurde" reads "werden" there
        then=rf"^[^¦]*?\bbis\b[^¦]*?\b{alternation(words.MODAL_WORDS)}\b",
        prepare=reading,
        matches=("bis 2030 sollen alle leistungen online verfügbar sein.",),
        not_matches=(
            "im jahr 2019 tagte der ausschuss.",
            "bis ende 2020 wurden die messstellen installiert.",
        ),
    ),
    rule(
        "event_target_until_infinitive",
        "a goal to reach by a date: 'bis' and a zu-infinitive closing the clause",
        "",
        all_of=((" bis ",), ("zu",)),
        then=rf"^[^¦]*?\bbis\b[^¦]*?{_ZU_INFINITIVE_CLOSING}",
        prepare=reading,
        matches=(
            "alle Schulen der Gemeinde bis 2031 an das Netz anzuschließen.",
            "bis Ende 2030 alle Anträge online anzubieten",
            "mit dem Vorsatz, die Verwaltung bis 2032 zu digitalisieren.",
        ),
        not_matches=(
            "bis 2030 stieg die Zahl der Anträge zu ihren Gunsten.",
            "bis ende 2020 wurden die messstellen installiert.",
        ),
    ),
    rule(
        "event_target",
        "a goal for a date that is not one project's",
        "",
        all_of=(words.TARGET_WORDS,),
        prepare=reading,
        matches=("2030 ist das ziel erreicht.",),
        not_matches=("im jahr 2019 tagte der ausschuss.",),
    ),
    rule(
        "event_project",
        "a named project starts, goes live, ends or is planned",
        "",
        all_of=(words.PROJECT_WORDS,),
        prepare=reading,
        matches=("ende 2020 wurde das open-data-portal freigeschaltet.",),
        not_matches=("im jahr 2019 tagte der ausschuss.",),
    ),
    rule(
        "event_started",
        "something starts (what started is read from the neighbouring clauses when they say)",
        "",
        all_of=(words.START_WORDS,),
        prepare=reading,
        matches=("im mai 2020 startete die erste runde.",),
        not_matches=("im jahr 2019 tagte der ausschuss.",),
    ),
]
_ADOPTED = next(r for r in TYPE_RULES if r.name == "event_strategy_adopted")
_DRAFTED = next(r for r in TYPE_RULES if r.name == "event_strategy_process")
TYPE_OF_RULE = {
    "event_past_role": "other",
    "event_membership": "other",
    "event_cdo_appointed": "cdo_appointed",
    "event_cdo_took_up": "cdo_appointed",
    "event_cdo_started_as": "cdo_appointed",
    "event_cdo_post_created": "organisation",
    "event_cdo_first_holder": "cdo_appointed",
    "event_strategy_drafting_decided": "strategy_process",
    "event_strategy_start": "strategy_process",
    "event_strategy_adopted": "strategy_adopted",
    "event_titled_paper_adopted": "strategy_adopted",
    "event_strategy_in_force": "strategy_adopted",
    "event_strategy_presented": "strategy_presented",
    "event_strategy_process": "strategy_process",
    "event_strategy_planned": "strategy_process",
    "event_strategy_update": "strategy_process",
    "event_council_decision": "council_decision",
    "event_programme": "programme",
    "event_organisation": "organisation",
    "event_body_since": "organisation",
    "event_cdo_since": "cdo_appointed",
    "event_project": "project",
    "event_target_until": "target",
    "event_target_until_infinitive": "target",
    "event_target": "target",
    "event_started": "project",
}
CAREER = rule(
    "career_date",
    "a date of a person's earlier career with another employer: not the city's timeline",
    "",
    all_of=(words.CAREER_MARKERS, words.CAREER_VERBS, words.EMPLOYER_CUES),
    matches=(
        "2009 baute sie als cio die it der musterbank um und war vorstand der beispiel-gruppe.",
        "muster war zuvor bei der kreissparkasse beispielstadt tätig, ab 2016 als abteilungsleiter.",
        "beispiel war von 2010 bis 2017 beim regionalen rechenzentrum tätig.",
        "zuvor arbeitete sie ab 2014 bei einem softwarehaus in musterfeld.",
    ),
    not_matches=(
        "seit 2011 war sie leiterin des städtischen it-amtes.",
        "2019 war die stadt mit ihrer bewerbung erfolgreich.",
    ),
)


@lru_cache(maxsize=8192)
def _rule_for(text: str) -> str | None:
    """The name of the first type rule that holds for `text` (several dates of one sentence
    read the same clauses: cached)."""
    for r in TYPE_RULES:
        if r.search(text):
            return r.name
    return None


def event_type(text: str) -> str:
    """What a dated step means, from the text around its date."""
    name = _rule_for(text)
    return TYPE_OF_RULE[name] if name else "other"


_CLAUSE = re.compile(r",\s+|;\s+|\s+[–—]\s+|:\s+|\s+und\s+(?=\w+\s)")
# How far (in characters) the context of one date reaches either side of it. A sentence of
# ordinary length is read whole; a run-on "sentence" (a list of dates, a page without stops)
# is read only near each date, so the work per date is bounded and the whole is linear.
REACH = 400


@lru_cache(maxsize=1024)
def _cuts(sentence: str) -> tuple[int, ...]:
    """Where the clauses of a sentence start (found once per sentence), and its end."""
    return (0, *(c.end() for c in _CLAUSE.finditer(sentence)), len(sentence))


def _clauses_span(sentence: str, m: dates.DateMention, before: int, after: int) -> tuple[int, int]:
    """Where the clause of a date with `before` clauses before it and `after` after it starts
    and ends, bounded."""
    cuts = _cuts(sentence)
    own = max(0, bisect_right(cuts, m.start) - 1)
    start = cuts[max(0, own - before)]
    end = cuts[min(len(cuts) - 1, own + 1 + after)]
    return max(start, m.start - REACH), min(end, m.end + REACH)


def _clauses_around(sentence: str, m: dates.DateMention, before: int, after: int) -> str:
    """The clause of a date with `before` clauses before it and `after` after it, bounded."""
    start, end = _clauses_span(sentence, m, before, after)
    return sentence[start:end]


def _clause(sentence: str, m: dates.DateMention) -> str:
    """The clause a date stands in, without what another date's participle says of that date
    ("die 2030 beschlossene Strategie soll 2034 fortgeschrieben werden": "beschlossene" is the
    step of 2030; the step of 2034 is the clause's own verb)."""
    start, end = _clauses_span(sentence, m, 0, 0)
    return _OTHER_DATES_PARTICIPLE.sub(
        lambda p: _blank_participle(p, m.start - start, m.end - start), sentence[start:end]
    )


# A year, then a past participle used as an adjective (ATTRIBUTIVE_PARTICIPLE's shape):
# "2030 beschlossene", "2029 erst beschlossenen".
_OTHER_DATES_PARTICIPLE = re.compile(rf"(?<![\w-])(?:19|20)\d\d\s+{_ATTRIBUTIVE}")


def _blank_participle(found: re.Match[str], own_start: int, own_end: int) -> str:
    """The participle of another date blanked (same length: offsets stay); the date's own kept."""
    if own_start <= found.start() < own_end or not _in_noun_phrase(found.string[: found.start()]):
        return found.group(0)
    cut = found.start("participle") - found.start()
    return found.group(0)[:cut] + " " * (found.end() - found.start("participle"))


def _window(sentence: str, m: dates.DateMention) -> str:
    """The clause a date stands in and the clauses either side of it."""
    return _clauses_around(sentence, m, 1, 1)


def near(sentence: str, m: dates.DateMention) -> str:
    """The sentence of a date, or in a run-on sentence the text within REACH of it."""
    if len(sentence) <= 2 * REACH:
        return sentence
    return sentence[max(0, m.start - REACH) : m.end + REACH]


_NOUN_AFTER = re.compile(r"\s+[\w-]*")
# An attributive participle stands inside a noun phrase: its article or determiner comes before
# the date ("die 2030 beschlossene", "der im Mai 2030 vorgestellten"); without one, a verb after
# a date is the sentence's own ("2030 erreichte Musterfeld das Finale").
_DETERMINER_BEFORE = re.compile(
    r"(?:^|[\s(„\"])(?:die|der|das|den|dem|des|eine|einer|einen|einem|eines|ihre[nmrs]?|seine[nmrs]?"
    r"|unsere[nmrs]?|diese[nmrs]?)\s+(?:[\w.-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _in_noun_phrase(before: str) -> bool:
    """Whether the text before a date ends in an article or determiner (and up to two words)."""
    return _DETERMINER_BEFORE.search(before[-60:]) is not None


def _own_participle_rule(sentence: str, m: dates.DateMention) -> str | None:
    """The type rule a date's own participle phrase holds ("die im Mai 2030 vorgestellte
    Strategie wurde im Juli beschlossen": May is the presentation, whatever the verb says;
    "der 2029 gegründete Beirat": the founding of a body)."""
    participle = ATTRIBUTIVE_PARTICIPLE.match(sentence[m.end :])  # (the pattern opens with ^)
    if participle is None or not _in_noun_phrase(sentence[: m.start]):
        return None
    noun = _NOUN_AFTER.match(sentence, m.end + participle.end())
    name = _rule_for(sentence[m.start : noun.end() if noun else m.end + participle.end()])
    return name if name is not None and name not in ("event_started", "event_past_role") else None


def _type(ctx: DocContext, s: Sentence, m: dates.DateMention, kind: str, lead: str | None) -> str:
    if lead is not None:
        return event_type(lead)
    if m.named and kind == "horizon":
        return "target"  # a plan named by its year ("Masterplan … 2025")
    # Each date from its own clause first: one sentence may hold a decision and a target.
    clause = _clause(s.text, m)
    name = _own_participle_rule(s.text, m) or _rule_for(clause)
    about_cdo = s.span.start in ctx.cdo_context
    if name in (None, "event_started", "event_project") and about_cdo and "seit" in lower_same_length(clause):
        return "cdo_appointed"  # "Seit 2030 verantwortet die Leiterin des …" about the CDO
    if name == "event_past_role":
        return "other"
    if name is None or name == "event_started":
        # what started, or what the clause's verb is about, is named next to it
        wider = _rule_for(_window(s.text, m)) or _rule_for(near(s.text, m))
        if wider is not None and (name is None or wider not in ("event_started", "event_target")):
            name = wider
    starts = any(w in reading(clause) for w in words.START_NOUNS)
    if name is None or (starts and not name.startswith("event_strategy")):
        # a pronoun or "the start" of something named in the sentence before
        i = ctx.index_of(s) or 0
        if i:
            before = _rule_for(near(ctx.sentences[i - 1].text, m) + " " + clause)
            if name is None or (before or "").startswith("event_strategy"):
                name = before
    if name == "event_council_decision":
        sentence = near(s.text, m)
        if _ADOPTED.search(sentence):
            # "…, die vom Rat verabschiedet wurde": the decision named in a relative clause
            # is the adoption of the strategy the sentence is about
            name = "event_strategy_adopted"
        elif _DRAFTED.search(sentence):
            # "hat den Rat die Verwaltung beauftragt, eine Strategie zu erarbeiten"
            name = "event_strategy_process"
    return TYPE_OF_RULE[name] if name else "other"


# What an event is about, as the text names it: a quoted name, else the first word naming a
# strategy, post, unit or programme, with the capitalised words before it and a "für …"
# complement after it ("Digitale Agenda", "Amt für Digitalisierung").
_QUOTED = re.compile(r"[„»\"“«]([^„»\"“”«\n]{2,80})[“”\"«»]")
_POST_HEADS = (*(stem.strip(" ,.(„") for stem in _CDO_STEMS), "cdo")
_POST_NAME = re.compile(
    r"Chief[ \xa0]+Digital[ \xa0]+Officers?|(?<![\w-])CDO(?![\w-])|Digitalisierungsbeauftragte[rn]?"
    r"|Beauftragte[rn]?[ \xa0]+für[ \xa0]+Digitalisierung",
    re.I,
)
_SUBJECT_HEADS = (
    words.STRATEGY_WORDS,
    _POST_HEADS,
    tuple(re.sub(r"[^\w-]", "", stem) for stem in words.ORGANISATION_UNITS),  # "amt " -> "amt"
    words.PROGRAMME_NOUNS,
)
_SUBJECT_HEAD_PATTERNS = tuple(
    re.compile(alternation(tuple(h for h in heads if h))) for heads in _SUBJECT_HEADS
)
_CAPITALISED = re.compile(r"(?<![\w-])(?:[A-ZÄÖÜ][^\s,;:()„“”\"»«]*|[Cc][Dd][Oo]\b)")
_COMPLEMENT = re.compile(r"\s+(für|des|der)\s+([A-ZÄÖÜ][\w\-.]*(?:\s+und\s+[A-ZÄÖÜ][\w\-.]*)?)")
_SUBJECT_MAX = 80


def subject(text: str) -> str | None:
    """The strategy, document, post, unit or programme a clause names, or None."""
    quoted = _QUOTED.search(text)
    if quoted and any(c.isalpha() for c in quoted.group(1)):
        return " ".join(quoted.group(1).split())
    # only capitalised words (and the acronym "cdo") can name one
    candidates = [(t, t.group(0).rstrip(".").lower()) for t in _CAPITALISED.finditer(text)]
    for heads, head_pattern in zip(_SUBJECT_HEADS, _SUBJECT_HEAD_PATTERNS, strict=True):
        if heads is _POST_HEADS and (post := _POST_NAME.search(text)):
            return " ".join(post.group(0).split())  # the post's name has several words
        for k, (tok, low) in enumerate(candidates):
            if not head_pattern.search(low):
                continue
            start, end = tok.start(), tok.start() + len(tok.group(0).rstrip("."))
            first = k
            # capitalised attributes right before it ("Digitale Agenda", "Smart-City-Strategie")
            while first > 0 and k - first < 2:
                prev = candidates[first - 1][0]
                if text[prev.end() : candidates[first][0].start()].strip() or not _is_attribute(
                    prev.group(0)
                ):
                    break
                first -= 1
                start = prev.start()
            after = _COMPLEMENT.match(text, end)
            if after and after.group(1) == "für":
                end = after.end()  # "Amt für Digitalisierung", "Strategie für Musterfeld"
            # as a name stands in a sentence: "des Masterplans" names the Masterplan
            return lemmas.name_nominative(" ".join(text[start:end].split())[:_SUBJECT_MAX].rstrip(".,;:"))
    return None


def _is_attribute(word: str) -> bool:
    """A capitalised adjective or name part before a head noun ("Digitale", "Smart-City")."""
    return (
        word[:1].isupper()
        and (word.lower().endswith(("e", "en", "er", "es")) or "-" in word)
        and (word.lower() not in _NOT_ATTRIBUTES)
    )


# Capitalised words ending like adjectives that are articles, pronouns or prepositions.
_NOT_ATTRIBUTES = frozenset(
    {"die", "der", "des", "den", "diese", "dieser", "dieses", "diesen", "eine", "einer", "eines", "einen"}
    | {"seine", "seiner", "seines", "ihre", "ihrer", "ihres", "unser", "unsere", "unserer", "unseres"}
    | {"unter", "über", "hinter", "jede", "jeder", "jedes", "alle", "aller", "welche", "welcher"}
)


def _named_label(text: str, m: dates.DateMention) -> str | None:
    """The name a year is glued into: '„digiZukunft 2030“', 'Masterplan Digitales Musterstadt 2025'."""
    before = text[: m.start]
    quoted = re.search(r"[„»\"]([^„»\"“”«]{0,60})$", before)
    if quoted:
        after = re.match(r"[^“”\"«]{0,40}", text[m.end :])
        assert after is not None  # the pattern also matches the empty string
        rest = after.group(0)
        return " ".join((quoted.group(1) + m.text + rest).split())
    name: list[str] = []
    for word in reversed(before.split()[-5:]):
        if not (word[:1].isupper() or word[:1].isdigit()):
            break
        name.insert(0, word)
    return " ".join([*name, m.text]) if name else None


def _label(sentence: Sentence, m: dates.DateMention, limit: int = 160) -> str:
    """The name of a named horizon; else the sentence, or the clause around the date."""
    if m.named:
        named = _named_label(sentence.text, m)
        if named:
            return named
    whole = near(sentence.text, m)
    text = " ".join(whole.split())
    if len(text) <= limit:
        return text
    rel = m.start - (0 if whole is sentence.text else max(0, m.start - REACH))
    parts = re.split(r"(?<=[,;:–])\s+", whole)
    pos = 0
    for i, part in enumerate(parts):
        if pos <= rel < pos + len(part) + 1:
            chosen = " ".join(parts[max(0, i - 1) : i + 2]) if len(part) < 60 else part
            chosen = " ".join(chosen.split())
            return cut_at_word(chosen, limit)
        pos += len(part) + 1
    return cut_at_word(text, limit)


def extract_events(ctx: DocContext, source_kind: str, governance: dict | None = None) -> list[dict]:
    """The document's dated events. With the document's `governance`, a news report's own
    step (its dateline event) is read as the CDO change of hands it reports (`_hands_over`)."""
    events: list[dict] = []
    dateline_block = None
    found = dateline(ctx) if source_kind == "news" else None
    if found:
        dateline_block, mention = found
        lead = next((s for s in ctx.sentences if s.block is dateline_block), None)
        if lead is not None:
            events.append(
                _event(
                    ctx,
                    lead,
                    mention,
                    "milestone",
                    label_text=_strip_dateline(lead.text),
                    lead=_title_and_lead(ctx, dateline_block),
                )
            )
            _step_said_now(ctx, events[0])
    elif source_kind == "news" and ctx.published and len(ctx.published) == 10:
        now = _news_now(ctx)
        if now is not None:
            events.append(_event(ctx, *now, "milestone"))
    cut_off = _cut_off_sentence(ctx)
    for block in ctx.content_blocks:
        for found_in_block in _with_same_year(block.text, ctx.dates_in(block.text)):
            s = ctx.sentence_at(block.start + found_in_block.start)
            shift = block.start - s.span.start
            m = replace(found_in_block, start=found_in_block.start + shift, end=found_in_block.end + shift)
            if (
                block is dateline_block
                and s.span.start == block.start
                and m.start < _dateline_end(block.text)
            ):
                continue  # the dateline itself, already the news event above
            if s is cut_off and _in_last_clause(s.text, m):
                continue  # the text breaks off inside this clause: its fact is not whole
            if _in_programme_name(ctx, s.text, m):
                continue  # "Horizon 2020": a programme's name, not a date of the city
            if _in_phone_number(block.text, found_in_block):
                continue  # "Tel. 0123 2021-2022": digits of a contact line, not a date
            low = lower_same_length(near(s.text, m))
            if CAREER.search(low) and not any(w in low for w in words.AT_THE_CITY):
                continue  # a person's earlier job elsewhere is not the city's timeline
            kind = _kind(m, near(s.text, m), ctx.published, _clause(s.text, m), s.text[m.end : m.end + 60])
            events.append(_event(ctx, s, m, kind))
    if dateline_block is not None and events:
        _restated_in_news(events)
        if governance is not None:
            _hands_over(events, governance)
    return _dedupe(events)


# A year named by reference to the one before it in the paragraph ("im gleichen Jahr",
# "im darauffolgenden Jahr", "ein Jahr später"), with the years it adds.
_SAME_YEAR = re.compile(
    r"(?<![\w-])(?:(?:im|in dem)\s+(?P<same>gleichen|selben|nämlichen)\s+Jahr"
    r"|(?:im|in dem)\s+(?P<next>darauffolgenden|folgenden|nächsten)\s+Jahr"
    r"|ein\s+Jahr\s+(?P<later>später|danach))(?![\w-])",
    re.I,
)


def _with_same_year(text: str, found: list[dates.DateMention]) -> list[dates.DateMention]:
    """The date mentions of a paragraph, with each year named by reference to the date
    before it (dated by that date's year)."""
    if "jahr" not in text.lower() or not found:
        return found
    out = list(found)
    ends = [m.end for m in found]  # mentions do not overlap: their ends rise with their starts
    for ref in _SAME_YEAR.finditer(text):
        i = bisect_right(ends, ref.start())
        if not i:
            continue
        year = int(found[i - 1].date[:4]) + (0 if ref.group("same") else 1)
        out.append(
            dates.DateMention(ref.start(), ref.end(), ref.group(0), str(year), None, None, None, False)
        )
    return sorted(out, key=lambda m: m.start)


# A saved text that breaks off mid-sentence: its last paragraph ends in a letter or digit
# (no full stop, quote or bracket) and is long enough to be prose, not a label or list item.
_CUT_PARAGRAPH = 200


def _in_last_clause(sentence: str, m: dates.DateMention) -> bool:
    cuts = _cuts(sentence)
    return bisect_right(cuts, m.start) >= len(cuts) - 1


def _cut_off_sentence(ctx: DocContext) -> Sentence | None:
    if not ctx.content_blocks or not ctx.sentences:
        return None
    last = ctx.content_blocks[-1]
    if len(last.text) < _CUT_PARAGRAPH or not last.text[-1].isalnum():
        return None
    s = ctx.sentence_at(last.end - 1)
    return s if s.block is last else None


# "hat jetzt … eröffnet", "ist nun … besetzt": a news report's step of the day it appeared.
_NOW = compile_skippable(r"(?<![\w-])(?:nun|jetzt|heute)(?![\w-])")
_LEAD_BLOCKS = 3
_PARAGRAPH = 80


# Rules that name no step of the day (a goal, or nothing): a sentence typed so is no news.
_NO_STEP_RULES = (None, "event_target", "event_target_until", "event_target_until_infinitive")


def _now_sentence(ctx: DocContext) -> tuple[Sentence, re.Match[str]] | None:
    """The first undated sentence of a news report's lead that says a step happens now
    ("hat nun ihr Leitbild vorgestellt"), with its "now" word."""
    paragraphs = [b for b in ctx.content_blocks if len(b.text) >= _PARAGRAPH]  # not title lines
    for block in paragraphs[:_LEAD_BLOCKS]:
        for s in ctx.sentences:
            if s.block is not block or _has_date(ctx, s):
                continue
            now = _NOW.search(s.lower)
            if now and _rule_for(s.text) not in _NO_STEP_RULES:
                return s, now
    return None


def _news_now(ctx: DocContext) -> tuple[Sentence, dates.DateMention] | None:
    """A news report without a dateline, dated by its publication line: the first sentence
    of its lead that says a step happens now, dated by the publication day."""
    assert ctx.published is not None
    found = _now_sentence(ctx)
    if found is None:
        return None
    s, now = found
    return s, dates.DateMention(now.start(), now.end(), now.group(0), ctx.published, None, None, None, False)


# What a dateline's title and lead may say without naming the step of the day: a goal
# ("das sind die fünf Ziele der Strategie") or nothing typed.
_LEAD_WITHOUT_STEP = ("other", "target")


def _step_said_now(ctx: DocContext, news: dict) -> None:
    """A dateline report whose title and lead name no step of the day takes its step from
    the sentence of its lead paragraphs that says the step happens now ("Die Stadt hat jetzt
    ihre Digitalstrategie vorgestellt")."""
    if news["type"] not in _LEAD_WITHOUT_STEP:
        return
    found = _now_sentence(ctx)
    if found is not None:
        news["type"] = event_type(found[0].text)


def _has_date(ctx: DocContext, s: Sentence) -> bool:
    offset = s.span.start - s.block.start
    return any(offset <= m.start < offset + len(s.text) for m in ctx.dates_in(s.block.text))


# Steps a news item may restate in its lead: when the text dates the same step before its
# dateline, the dateline is the day of the report, not of the step.
_RESTATABLE = ("strategy_adopted", "strategy_presented", "cdo_appointed")


def _restated_in_news(events: list[dict]) -> None:
    news = events[0]  # the dateline event comes first (see extract_events)
    if news["type"] not in _RESTATABLE:
        return
    if any(
        e["type"] == news["type"] and e["kind"] != "horizon" and e["date"] < news["date"] for e in events[1:]
    ):
        news["type"] = "other"


# What a news report's own step may also be: a reorganisation that hands the CDO function to
# someone is, for the timeline, the change of hands (the contract's cdo_appointed).
_HANDOVER_OF = ("organisation", "other")


def _hands_over(events: list[dict], governance: dict) -> None:
    """A news report that names the person who takes over the CDO function ("Anna Beispiel
    wird die Funktion des CDO übernehmen"), in a sentence without a date of its own, reports
    that change of hands as its news: its dateline step is dated as the appointment. A
    takeover dated in its own sentence is an event of its own, and an article that already
    dates an appointment keeps its dateline step as it is."""
    news, holder = events[0], governance.get("cdo_holder")
    if governance.get("cdo_status") != "in_office" or not holder or news["type"] not in _HANDOVER_OF:
        return
    if any(e["type"] == "cdo_appointed" for e in events):
        return
    takes_over = any(
        holder in e["quote"] and TAKE_OVER_LEMMAS & set(lemmas.lemmas(e["quote"]))
        for e in governance.get("evidence") or []
    )
    if takes_over and news["kind"] == "milestone":
        news["type"] = "cdo_appointed"


# A telephone or fax number up to a date-shaped group of its digits ("Tel. 0123 2021-2022",
# "Fax: +49 621 2030"): the digits are a contact line's, not a date.
_PHONE_BEFORE = re.compile(r"(?<!\w)(?:Tel|Telefon|Fax|Telefax|Mobil|Hotline)\.?:?\s*[+\d()/ -]*$", re.I)
_PHONE_WORDS = ("Tel", "tel", "Fax", "fax", "Mobil", "Hotline", "hotline")


def _in_phone_number(paragraph: str, m: dates.DateMention) -> bool:
    if not any(w in paragraph for w in _PHONE_WORDS):
        return False
    return _PHONE_BEFORE.search(paragraph, max(0, m.start - 30), m.start) is not None


def _in_programme_name(ctx: DocContext, sentence: str, m: dates.DateMention) -> bool:
    for name in ctx.programme_names:
        if m.text in name:
            # only an occurrence that overlaps the date can hold it (bounded search)
            lo, hi = max(0, m.start - len(name) + 1), m.start + len(name)
            at = sentence.find(name, lo, hi)
            while at != -1:
                if at <= m.start < at + len(name):
                    return True
                at = sentence.find(name, at + 1, hi)
    return False


def _title_and_lead(ctx: DocContext, block) -> str:
    """What a news item is about: its title and its lead paragraph."""
    title = next((b.text for b in ctx.blocks if b.kind == "heading" and b.start < block.start), "")
    return f"{title} {block.text}"


def _strip_dateline(text: str) -> str:
    return " ".join(text[_dateline_end(text) :].split())


def _dateline_end(text: str) -> int:
    found = dateline_match(text)
    return found.end() if found else 0


def _event(
    ctx: DocContext,
    s: Sentence,
    m: dates.DateMention,
    kind: str,
    label_text: str | None = None,
    lead: str | None = None,
) -> dict:
    label = label_text or _label(s, m)
    label = cut_at_word(label, 160)
    about = lead if lead is not None else None
    return {
        "date": m.date,
        "end": m.end_date,
        "qualifier": m.qualifier,
        "kind": kind,
        "type": _type(ctx, s, m, kind, lead),
        "label": label,
        "subject": _subject_of(s, m, about),
        "precision": dates.precision_of(m.date),
        "expression": m.text,
        "section": s.section,
        "evidence": ctx.evidence(s.span),
        "_named": m.named and kind == "horizon",
    }


def _subject_of(s: Sentence, m: dates.DateMention, lead: str | None) -> str | None:
    """What the event is about: named in its clause, else next to it, else in its sentence."""
    if lead is not None:
        return subject(lead)
    return subject(_clause(s.text, m)) or subject(_window(s.text, m)) or subject(near(s.text, m))


def _dedupe(events: list[dict]) -> list[dict]:
    """One event per date, kind and sentence; a plan named twice ("Masterplan … 2025" in two
    sections) counts once, two different targets for the same year count twice."""
    out, seen = [], set()
    for e in events:
        key = (
            (e["date"], e["end"], e["kind"], "named")
            if e.pop("_named")
            else (e["date"], e["end"], e["kind"], e["evidence"]["start"])
        )
        if key in seen:
            continue
        seen.add(key)
        out.append(e)
    return sorted(out, key=lambda e: (e["date"], e["evidence"]["start"]))
