"""Find German date expressions in noisy web text, with exact character spans.

The rules read German date grammar (day/month/year forms, qualifiers such as
"Anfang"/"Herbst", quarters, "seit"/"bis" relations, ranges) plus a few
contextual heuristics that tell years from counts and from years glued into
names ("Agenda 2030").  Standard library only.

Spans cover the date phrase itself including relation words ("seit 2019",
"von 2017 bis 2020") and date nouns ("Jahr 2003", "ersten Quartal 2020"), but
not plain prepositions that merely attach it to the sentence ("im", "am", "in").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as _calendar_date

from analysis.reading.german import ARTICLES

__all__ = ["MONTHS", "DateMention", "find_dates", "parse_date"]


@dataclass(frozen=True)
class DateMention:
    """One date expression found in a text; ``text[start:end] == self.text``."""

    start: int
    end: int
    text: str
    date: str
    end_date: str | None
    qualifier: str | None
    relation: str | None
    named: bool


MONTHS: dict[str, int] = {
    "januar": 1,
    "jänner": 1,
    "jaenner": 1,
    "jan": 1,
    "jan.": 1,
    "jän": 1,
    "jän.": 1,
    "februar": 2,
    "feber": 2,
    "feb": 2,
    "feb.": 2,
    "febr": 2,
    "febr.": 2,
    "märz": 3,
    "maerz": 3,
    "mär": 3,
    "mär.": 3,
    "mrz": 3,
    "mrz.": 3,
    "april": 4,
    "apr": 4,
    "apr.": 4,
    "mai": 5,
    "juni": 6,
    "jun": 6,
    "jun.": 6,
    "juli": 7,
    "jul": 7,
    "jul.": 7,
    "august": 8,
    "aug": 8,
    "aug.": 8,
    "september": 9,
    "sep": 9,
    "sep.": 9,
    "sept": 9,
    "sept.": 9,
    "oktober": 10,
    "okt": 10,
    "okt.": 10,
    "november": 11,
    "nov": 11,
    "nov.": 11,
    "dezember": 12,
    "dez": 12,
    "dez.": 12,
}

# Qualifier words, lowercase -> qualifier.  Seasons map to the part of the
# calendar year they mostly cover (winter is dated by the year it starts in).
_QUALIFIERS: dict[str, str] = {
    "anfang": "early",
    "beginn": "early",
    "jahresanfang": "early",
    "jahresbeginn": "early",
    "frühjahr": "early",
    "fruehjahr": "early",
    "frühling": "early",
    "fruehling": "early",
    "mitte": "mid",
    "jahresmitte": "mid",
    "sommer": "mid",
    "frühsommer": "mid",
    "hochsommer": "mid",
    "spätsommer": "mid",
    "ende": "late",
    "jahresende": "late",
    "jahreswechsel": "late",
    "herbst": "late",
    "spätherbst": "late",
    "winter": "late",
}
_MONTH_QUALIFIERS = ("anfang", "beginn", "mitte", "ende")
# German weekday names, lower case ("Sonnabend": Saturday in the north); the cleaner's date
# lines use them too.
WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag")
# The part of the year the n-th quarter or half-year of it is.
_QUARTER_QUALIFIER = {1: "early", 2: "mid", 3: "mid", 4: "late"}
_HALF_QUALIFIER = {1: "early", 2: "late"}

_REL_SINCE = {"seit", "ab", "frühestens", "fruehestens", "beginnend"}
_REL_UNTIL = {"bis", "spätestens", "spaetestens"}
# Relation words that also introduce counts ("von 2000 Mitarbeitenden").
_REL_WEAK = {"von", "vom", "zwischen"}

# Capitalised words that are not names: date vocabulary ...
_DATE_WORDS = frozenset(
    {m.rstrip(".") for m in MONTHS}
    | set(_QUALIFIERS)
    | {
        "jahr",
        "jahre",
        "jahres",
        "jahren",
        "jahrs",
        "quartal",
        "quartals",
        "halbjahr",
        "halbjahres",
        "monat",
        "monats",
        "woche",
        "kw",
        "stand",
        "stichtag",
        "zeitraum",
        "copyright",
        "anno",
        *WEEKDAYS,
        "uhr",
        "datum",
    }
)
# ... and function words / adverbs that are capitalised only at sentence start.
_FUNCTION_WORDS = frozenset(
    [
        "im",
        "in",
        "am",
        "an",
        "um",
        "ab",
        "seit",
        "bis",
        "von",
        "vom",
        "zum",
        "zur",
        "nach",
        "vor",
        "für",
        "fuer",
        "mit",
        "bei",
        "und",
        "oder",
        "aber",
        "doch",
        "auch",
        "schon",
        "bereits",
        "erst",
        "noch",
        "nun",
        "jetzt",
        "dann",
        "damals",
        "heute",
        "seitdem",
        "seither",
        "danach",
        "zuvor",
        "zuletzt",
        "zunächst",
        "erstmals",
        "ebenfalls",
        "ebenso",
        "zudem",
        "außerdem",
        "anschließend",
        "inzwischen",
        "mittlerweile",
        "bisher",
        "schließlich",
        "letztlich",
        "gleichzeitig",
        "so",
        "da",
        "als",
        "wie",
        "wenn",
        "ob",
        "dass",
        *ARTICLES,
        "es",
        "er",
        "sie",
        "wir",
        "ich",
        "man",
        "hier",
        "dort",
        "insgesamt",
        "etwa",
        "rund",
        "ca",
        "über",
        "unter",
        "gegen",
        "spätestens",
        "frühestens",
        "zwischen",
        "während",
        "wurde",
        "wird",
        "ist",
        "war",
        "hat",
        "hatte",
        "sind",
        "waren",
        "werden",
        "soll",
        "sollen",
        "kann",
        "können",
        "muss",
        "müssen",
        "laut",
        "gemäß",
        "per",
        "durch",
        "ohne",
        "aus",
        "auf",
    ]
)
# Words right before a number that make it a year even if a noun follows.
_STRONG_CUES = frozenset(
    {
        "im",
        "in",
        "um",
        "vor",
        "nach",
        "seit",
        "ab",
        "bis",
        "anno",
        "jahr",
        "jahre",
        "jahres",
        "stand",
        "für",
        "fuer",
        "seitdem",
        "spätestens",
        "frühestens",
        "copyright",
    }
)

_SP = r"[ \t\u00a0]"  # horizontal space: dates do not span line breaks
_NO_LETTER_BEFORE = r"(?<![^\W\d_])"
_NO_LETTER_AFTER = r"(?![^\W\d_])"
_NOT_IN_NUMBER = r"(?<!\d)(?<!\d[.,])"  # not the tail of 12.2019 or 1,2019


def _words(words) -> str:
    """Regex alternation of words, longest first, each closed unless it ends in '.'."""
    parts = []
    for w in sorted(words, key=len, reverse=True):
        parts.append(re.escape(w) + ("" if w.endswith(".") else _NO_LETTER_AFTER))
    return "(?i:" + "|".join(parts) + ")"


# A year may be glued to a following reading time ("20193 min read" = 2019 + "3 min");
# otherwise no digit and no lowercase letter may follow ("1990er" is a decade).
_YEAR_TAIL = r"(?:(?=\d{1,2}\s?[Mm]in(?:\.|uten|\b))|(?!\d))(?![a-zäöüß])"
_YEAR = r"(?P<year>(?:19|20)\d\d)" + _YEAR_TAIL
_DAY = r"(?P<day>0?[1-9]|[12]\d|3[01])"
_MON_NUM = r"(?P<mon>0?[1-9]|1[0-2])"
_MONTH = rf"(?P<mname>{_words(MONTHS)})"
_WEEKDAY = (
    rf"(?:{_NO_LETTER_BEFORE}(?:(?i:{'|'.join(WEEKDAYS)})|(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?)"
    rf"(?:,{_SP}*|{_SP}+)(?:(?i:den){_SP}+)?)?"
)
_QUAL_YEAR_WORDS = rf"(?P<qual>{_words(_QUALIFIERS)})"
_QUAL_MONTH_WORDS = rf"(?P<qual>{_words(_MONTH_QUALIFIERS)})"
_ORDINAL = (
    r"(?P<ord>(?i:erste[nmrs]?|zweite[nmrs]?|dritte[nmrs]?|vierte[nmrs]?|letzte[nmrs]?)"
    r"(?![^\W\d_])|(?<!\d)[1-4]\.|(?:IV|III|II|I)\.)"
)
_PERIOD_UNIT = (
    r"(?P<unit>(?i:quartals?|vierteljahr(?:es|s)?|halbjahr(?:es|s)?|jahreshälfte|hälfte"
    r"|hj\.?)(?![^\W\d_]))"
)
_OF_YEAR = rf"(?:(?i:des|dieses){_SP}+(?i:jahres|jahrs){_SP}+|(?i:im{_SP}+)?(?i:jahre?){_SP}+)"

# Atom patterns by kind, most specific first: at one position the first wins.
# Kinds starting with "p_" have no year and only count as part of a range.
_ATOMS: dict[str, str] = {
    "full": rf"{_WEEKDAY}(?<!\d){_DAY}\.{_SP}*{_MONTH}{_SP}*,?{_SP}*{_YEAR}",
    "num4": rf"{_WEEKDAY}{_NOT_IN_NUMBER}{_DAY}\.{_SP}?{_MON_NUM}\.{_SP}?{_YEAR}",
    "num2": (
        rf"{_WEEKDAY}{_NOT_IN_NUMBER}(?P<day>[0-2]\d|3[01])\.(?P<mon>0[1-9]|1[0-2])\."
        r"(?P<yy>\d\d)(?!\d)(?!\.\d)"
    ),
    "iso": (rf"(?<![\d.\-/]){_YEAR}-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"),
    "qmonth": rf"{_NO_LETTER_BEFORE}{_QUAL_MONTH_WORDS}{_SP}+{_MONTH}{_SP}*{_YEAR}",
    "qyear": (
        rf"{_NO_LETTER_BEFORE}{_QUAL_YEAR_WORDS}{_SP}+{_OF_YEAR}?{_YEAR}"
        rf"(?:{_SP}*/{_SP}*(?P<y2>(?:19|20)\d\d|\d\d)(?!\d))?"
    ),
    "period": (
        rf"{_NO_LETTER_BEFORE}{_ORDINAL}{_SP}*{_PERIOD_UNIT}{_SP}+"
        rf"(?:(?i:des{_SP}+jahres|im{_SP}+jahre?){_SP}+)?{_YEAR}"
    ),
    "qcode": rf"{_NO_LETTER_BEFORE}(?P<qc>[QqHh])(?P<qn>[1-4]){_SP}*[/\-]?{_SP}*['’]?{_YEAR}",
    "monyear": rf"{_NO_LETTER_BEFORE}{_MONTH}{_SP}*{_YEAR}",
    "monnum": rf"{_NOT_IN_NUMBER}(?P<mon>0[1-9]|1[0-2])[./]{_YEAR}",
    "year": (
        rf"(?:{_NO_LETTER_BEFORE}(?P<jahr>(?i:jahre?s?)){_SP}+)?"
        rf"{_NOT_IN_NUMBER}(?<!\d[-–/]){_NO_LETTER_BEFORE}{_YEAR}"
        rf"(?:{_SP}*[-–—/]{_SP}*(?P<y2>(?:19|20)\d\d|\d\d)(?!\d)(?![a-zäöüß]))?"
        rf"(?!{_SP}?[-–/]{_SP}?\d)(?![.,]\d)"
    ),
    "p_daymon": rf"{_WEEKDAY}(?<!\d){_DAY}\.{_SP}*{_MONTH}",
    "p_numdm": rf"{_WEEKDAY}{_NOT_IN_NUMBER}{_DAY}\.{_MON_NUM}\.(?!\d)",
    "p_month": rf"{_NO_LETTER_BEFORE}{_MONTH}",
    "p_day": rf"{_NOT_IN_NUMBER}{_DAY}\.(?!\d)",
}

_REL = (
    rf"(?:{_NO_LETTER_BEFORE}(?P<rel>(?i:seit|ab|bis|vom|von|zwischen|spätestens|spaetestens"
    rf"|frühestens|fruehestens|beginnend)){_NO_LETTER_AFTER}"
    rf"(?:{_SP}+(?i:dem|den|der|zum|zur|ins|in{_SP}+das|spätestens|spaetestens|bis"
    rf"|einschließlich|inklusive|mit){_NO_LETTER_AFTER}){{0,3}}{_SP}+)?"
)


def _unnamed(pattern: str) -> str:
    """Drop group names so the atom patterns can share one alternation."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_MASTER_RE = re.compile(_REL + "(?:" + "|".join(f"(?P<k_{k}>{_unnamed(p)})" for k, p in _ATOMS.items()) + ")")
_ATOM_RES = {k: re.compile(p) for k, p in _ATOMS.items()}
_NUMBER_RE = re.compile(r"\d{2,}")
# Where a match can begin: a letter after a non-letter, a digit after a non-digit.
_CANDIDATE_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]|(?<!\d)\d")
# A match never crosses a line break and its digit-free lead is a few words
# ("von Januar bis zum zweiten Halbjahr des Jahres 2020"); 24 words is ample.
_LEAD_WORDS_RE = re.compile(r"(?:[^\S\n]*[^\s]+){0,24}")
_LEAD_CHARS = 600
_KIND_GROUPS = [f"k_{k}" for k in _ATOMS]

# Context around a bare 4-digit number that marks it as a count, not a year.
_UNITS = (
    r"(?:€|%|\$|(?i:euro|eur|usd|chf|prozent|km²?|mbit(?:/s)?|gbit(?:/s)?|mio\.?|millionen"
    r"|mrd\.?|milliarden|tsd\.?|tausend|qm|m²|meter|kilometer|stück|stk\.?|kwh|mwh|gb|mb"
    r"|tb|hektar|kg|tonnen|min\.?|minuten|std\.?|stunden)(?![^\W\d_]))"
)
_UNIT_AFTER_RE = re.compile(
    rf"{_SP}*(?:[-–]{_SP}*|{_SP}(?i:und|bis|oder){_SP}+)?(?:\d[\d.,]*{_SP}*)?{_UNITS}"
)
# Words right before a bare number that make it a count or a label, not a year.
_COUNT_WORDS = frozenset(
    [
        "rund",
        "etwa",
        "ca",
        "circa",
        "zirka",
        "über",
        "ueber",
        "insgesamt",
        "knapp",
        "fast",
        "nahezu",
        "ungefähr",
        "mindestens",
        "höchstens",
        "annähernd",
        "rd",
        "gut",
        "unter",
        "ganze",
        "nr",
        "no",
        "nummer",
        "tel",
        "telefon",
        "fax",
        "id",
        "az",
        "plz",
        "postfach",
        "seite",
        "s",
        "heft",
        "band",
        "bd",
        "kapitel",
        "art",
        "kw",
        "eur",
        "usd",
        "chf",
    ]
)
_COUNT_PAIRS = frozenset({("mehr", "als"), ("weniger", "als"), ("bis", "zu")})
_NEXT_WORD_RE = re.compile(rf"{_SP}+([^\W\d_][\w\-]*)")
_VON_AN_RE = re.compile(rf"{_SP}+an{_NO_LETTER_AFTER}")
_UNTIL_NOW_RE = re.compile(rf"{_SP}+bis{_SP}+(?i:heute|jetzt|dato){_NO_LETTER_AFTER}")
_OPEN_QUOTES = "„“\"«»‚‘'"
_CLOSE_QUOTES = "“”\"»«‘’'"
_TITLE_QUOTE_SPAN = 80  # how far back an opening quote of a title may be

_RANGE_DASH_RE = re.compile(rf"{_SP}*[-–—]{_SP}*")
_RANGE_AND_RE = re.compile(rf"{_SP}+und{_SP}+")
_RANGE_SLASH_RE = re.compile(rf"{_SP}*/{_SP}*")
_SPACE_RE = re.compile(rf"{_SP}+")
_LEFTOVER_RE = re.compile(r"[^\w]*(?:(?i:im|am|in|um|zum|zur|vom|von|den|dem|der|des|die|das)(?!\w)[^\w]*)*")


@dataclass
class _Atom:
    """A matched date phrase before range joining; y/m/d None where the text is silent."""

    start: int  # includes a relation word
    core: int  # start of the date itself
    end: int
    rel: str | None
    y: int | None
    m: int | None = None
    d: int | None = None
    qual: str | None = None
    y_end: int | None = None  # set for ranges
    m_end: int | None = None
    d_end: int | None = None
    jahr: bool = False  # "Jahr 2003"
    named: bool = False


def _fmt(y: int, m: int | None, d: int | None) -> str:
    """Date string "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as the text."""
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _valid_day(y: int, m: int, d: int) -> bool:
    try:
        _calendar_date(y, m, d)
    except ValueError:
        return False
    return True


def _period_qualifier(ordinal: str, unit: str) -> str | None:
    """Qualifier for "ersten Quartal", "2. Halbjahr", "letzten Quartal", ..."""
    o = ordinal.lower().rstrip(".")
    romans = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
    if o.isdigit():
        n = int(o)
    elif o in romans:
        n = romans[o]
    else:
        n = next((i for i, s in enumerate(("erst", "zweit", "dritt", "viert"), 1) if o.startswith(s)), 0)
    half = not unit.lower().startswith(("quartal", "viertel"))
    if o.startswith("letzt"):
        n = 2 if half else 4
    return (_HALF_QUALIFIER if half else _QUARTER_QUALIFIER).get(n)


def _qualifier(kind: str, f: dict[str, str | None]) -> str | None:
    """early/mid/late from "Anfang", "Herbst", "ersten Quartal", "Q4", ...; "" if invalid."""
    qual = f.get("qual")
    if qual:
        return _QUALIFIERS[qual.lower()]
    if kind == "period":
        ordinal, unit = f["ord"], f["unit"]
        assert ordinal is not None and unit is not None  # both required by the period pattern
        return _period_qualifier(ordinal, unit) or ""
    if kind == "qcode":
        letter, number = f["qc"], f["qn"]
        assert letter is not None and number is not None  # both required by the code pattern
        n = int(number)
        if letter.lower() == "h":
            return _HALF_QUALIFIER.get(n, "")
        return _QUARTER_QUALIFIER[n]
    return None


def _atom_from_match(text: str, m: re.Match) -> _Atom | None:
    """Turn a master-regex match into an atom; None if it is not a real date."""
    group = next(g for g in _KIND_GROUPS if m.group(g) is not None)
    kind = group[2:]
    core, end = m.span(group)
    atom = _ATOM_RES[kind].fullmatch(text, core, end)  # same pattern, same span
    assert atom is not None  # the master pattern matched this kind's pattern here
    f = atom.groupdict()
    a = _Atom(
        start=m.start(), core=core, end=end, rel=m.group("rel").lower() if m.group("rel") else None, y=None
    )
    if f.get("year"):
        a.y = int(f["year"])
    elif f.get("yy"):  # two-digit year: 00-69 -> 20xx
        a.y = int(f["yy"]) + (2000 if int(f["yy"]) < 70 else 1900)
    if f.get("mname"):
        a.m = MONTHS[f["mname"].lower()]
    elif f.get("mon"):
        a.m = int(f["mon"])
    if f.get("day"):
        a.d = int(f["day"])
        if a.m is not None and not _valid_day(a.y or 2000, a.m, a.d):
            return None  # 31.02.2020: no silent fallback to a coarser date
    a.qual = _qualifier(kind, f)
    if a.qual == "":
        return None  # "3. Halbjahr", "H3"
    if f.get("y2"):
        y2 = f["y2"]
        assert a.y is not None  # a second year follows a first one in every pattern
        y_end = int(y2) if len(y2) == 4 else a.y // 100 * 100 + int(y2)
        if y_end <= a.y:
            return None
        if kind == "year":
            a.y_end = y_end  # "2017-2020"; "Winter 2018/19" is dated by its start year
    if kind == "qyear" and _UNIT_AFTER_RE.match(text, end):
        return None  # "am Ende 2000 Euro"
    if kind == "monnum":
        before = _tokens_before(text, core, 1)
        if before and before[0].lower().rstrip(".:") in _COUNT_WORDS:
            return None  # "KW 12/2020", "Heft 04/2019"
    if kind == "year":
        a.jahr = bool(f.get("jahr"))
        if not _classify_bare_year(text, a):
            return None
    return a


def _tokens_before(text: str, pos: int, n: int = 2) -> list[str]:
    """Up to n space-separated tokens before pos on the same line, nearest first."""
    out: list[str] = []
    i, lo = pos, max(0, pos - 80)
    for _ in range(n):
        while i > lo and text[i - 1] in " \t\u00a0":
            i -= 1
        j = i
        while j > lo and not text[j - 1].isspace():
            j -= 1
        if j == i:
            break
        out.append(text[j:i])
        i = j
    return out


def _is_plain_word(word: str) -> bool:
    """Date vocabulary or a function word: not part of a name."""
    w = word.lower()
    return w in _DATE_WORDS or w in _FUNCTION_WORDS or w.endswith(("jahr", "jahres", "jahre"))


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """Year closes a quoted phrase that also holds words: „smarte Region 2023“."""
    if end >= len(text) or text[end] not in _CLOSE_QUOTES:
        return False
    lo = max(0, start - _TITLE_QUOTE_SPAN)
    for i in range(start - 1, lo - 1, -1):
        ch = text[i]
        if ch == "\n":
            return False
        if ch in _OPEN_QUOTES:
            return any(c.isalpha() for c in text[i + 1 : start])
    return False


def _classify_bare_year(text: str, a: _Atom) -> bool:
    """Decide year vs count for a bare 4-digit number; sets a.named.  False = count."""
    if _UNIT_AFTER_RE.match(text, a.end):
        return False  # "2050 Euro", "2017 min read", "2000-3000 Euro"
    tokens = _tokens_before(text, a.core)
    raw = tokens[0] if tokens else ""
    word = raw.lstrip(_OPEN_QUOTES + "([").rstrip("-")
    low = word.lower().rstrip(".:")
    nxt = _NEXT_WORD_RE.match(text, a.end)
    next_word = nxt.group(1) if nxt else ""
    if a.rel is None and not a.jahr:
        counted = (
            low in _COUNT_WORDS
            or raw[-1:] in ("€", "$", "§", "#")
            or (len(tokens) == 2 and (tokens[1].lower(), low) in _COUNT_PAIRS)
        )
        if counted and not (low in ("über", "ueber") and next_word == "hinaus"):
            return False  # "rund 2020 Beschäftigte", "Nr. 2019"; but "über 2030 hinaus"
        if word and word[0].isupper() and word[-1].isalnum() and not _is_plain_word(word):
            a.named = True  # "Agenda 2030", "Masterplan Digitale Stadt 2025"
        elif len(raw) > 1 and raw[-1] in _CLOSE_QUOTES and raw[-2].isalpha():
            a.named = True  # „Digitale Stadt“ 2025
        elif _in_quoted_title(text, a.core, a.end):
            a.named = True  # "smarte Region 2023"
    if a.named:
        return True
    strong = (
        a.jahr
        or (a.rel is not None and a.rel not in _REL_WEAK)
        or low in _STRONG_CUES
        or low.endswith(("jahr", "jahres"))
        or word == "©"
    )  # "Geschäftsjahr 2019"
    # "2000 Mitarbeitende": a count before a noun is no date
    return strong or not next_word[:1].isupper() or _is_plain_word(next_word)


def _date_tuple(a: _Atom) -> tuple[int, int, int]:
    """Sort key; a missing month/day sorts before any given one."""
    return (a.y or 0, a.m or 0, a.d or 0)


def _can_connect(text: str, a: _Atom, b: _Atom) -> bool:
    """Whether the text between a and b reads as a range connector."""
    if a.y_end is not None or b.y_end is not None or a.rel in _REL_UNTIL:
        return False
    gap_start, gap_end = a.end, b.start
    if b.rel == "bis":
        return _SPACE_RE.fullmatch(text, gap_start, gap_end) is not None
    if b.rel is not None:
        return False
    if a.rel == "zwischen" and _RANGE_AND_RE.fullmatch(text, gap_start, gap_end):
        return True
    return bool(
        _RANGE_DASH_RE.fullmatch(text, gap_start, gap_end)
        or _RANGE_SLASH_RE.fullmatch(text, gap_start, gap_end)
    )


def _join(text: str, a: _Atom, b: _Atom) -> _Atom | None:
    """Range "a - b" / "von a bis b" / "zwischen a und b"; a may borrow year/month from b."""
    if b.y is None or not _can_connect(text, a, b):
        return None
    y, m, d = a.y, a.m, a.d
    if y is None:  # "Januar bis März 2020", "1. bis 3. März 2020"
        if m is None:
            if d is None or b.d is None or b.m is None:
                return None
            m = b.m
        elif b.m is None:
            return None
        y = b.y if m <= (b.m or 12) else b.y - 1  # "November bis Februar 2021"
        if d is not None and not _valid_day(y, m, d):
            return None
    if (y, m or 0, d or 0) >= _date_tuple(b):
        return None
    return _Atom(
        start=a.start,
        core=a.core,
        end=b.end,
        rel="range",
        y=y,
        m=m,
        d=d,
        qual=a.qual,
        y_end=b.y,
        m_end=b.m,
        d_end=b.d,
        named=a.named,
    )


def _mention(text: str, a: _Atom) -> DateMention:
    """Public record of an atom: relation from its words, span adjusted to them."""
    start, end, relation = a.start, a.end, None
    assert a.y is not None  # only dated atoms become mentions (see _build)
    end_date = None
    if a.y_end is not None:  # joined range or "2017-2020"
        relation = "range"
        end_date = _fmt(a.y_end, a.m_end, a.d_end)
    elif a.rel in _REL_SINCE:
        relation = "since"
    elif a.rel in _REL_UNTIL:
        relation = "until"
    elif a.rel in ("von", "vom") and (an := _VON_AN_RE.match(text, end)):
        relation, end = "since", an.end()  # "von 2019 an"
    if relation in (None, "since") and (now := _UNTIL_NOW_RE.match(text, end)):
        relation, end = "since", now.end()  # "2019 bis heute"
    if a.rel in _REL_WEAK and relation is None:
        start = a.core  # "die Strategie von 2019": "von" is no relation here
    return DateMention(
        start=start,
        end=end,
        text=text[start:end],
        date=_fmt(a.y, a.m, a.d),
        end_date=end_date,
        qualifier=a.qual,
        relation=relation,
        named=a.named,
    )


def _matches_full_scan(text: str):
    """Master-regex matches by a plain scan of every position (reference, slow)."""
    return _MASTER_RE.finditer(text)


def _first_word(word: str) -> str:
    return re.findall(r"[^\W\d_]+", word.lower())[0]


# Every date expression opens with a digit or with one of these words (lower-cased letters
# up to the first non-letter): a relation, a weekday, a qualifier, an ordinal, a month, "Jahr",
# a quarter code. Checked before the master pattern is tried at a word (most words are none).
_FIRST_WORDS = frozenset(
    {_first_word(w) for w in (*MONTHS, *_QUALIFIERS, *_MONTH_QUALIFIERS)}
    | {"seit", "ab", "bis", "vom", "von", "zwischen", "spätestens", "spaetestens", "frühestens"}
    | {"fruehestens", "beginnend", "jahr", "jahre", "jahrs", "jahres", "q", "h", "i", "ii", "iii", "iv"}
    | set(WEEKDAYS)
    | {"mo", "di", "mi", "do", "fr", "sa", "so"}
    | {f"{o}{e}" for o in ("erste", "zweite", "dritte", "vierte", "letzte") for e in ("", "n", "m", "r", "s")}
)
_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _matches(text: str):
    """Master-regex matches, trying only word/number starts shortly before numbers.

    Every dated expression holds a number of two or more digits (year, "21" of
    "23.02.21") and starts at most a few words before it on the same line, so
    scanning just those windows gives the same matches as a full scan.
    """
    last_end = tried = 0  # tried: candidates before it were already tried
    for num in _NUMBER_RE.finditer(text):
        hi = num.start()
        lo = max(tried, last_end, hi - _LEAD_CHARS)
        lead = _LEAD_WORDS_RE.match(text[lo:hi][::-1])  # words walked backwards
        assert lead is not None  # the pattern also matches the empty string
        for cand in _CANDIDATE_RE.finditer(text, hi - lead.end(), hi + 1):
            if cand.start() < last_end:
                continue
            if not text[cand.start()].isdigit():
                word = _LETTERS_RE.match(text, cand.start())
                if word is None or word.group(0).lower() not in _FIRST_WORDS:
                    continue
            m = _MASTER_RE.match(text, cand.start())
            if m:
                last_end = m.end()
                yield m
        tried = max(tried, hi + 1)


def find_dates(text: str) -> list[DateMention]:
    """All date mentions in text, ordered by start, non-overlapping (longest match wins)."""
    return _build(text, _matches(text))


def _build(text: str, matches) -> list[DateMention]:
    """Atoms from matches, adjacent ones joined into ranges, yearless leftovers dropped."""
    atoms = [a for m in matches if (a := _atom_from_match(text, m))]
    out: list[DateMention] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and (joined := _join(text, a, atoms[i + 1])):
            out.append(_mention(text, joined))
            i += 2
            continue
        if a.y is not None:  # yearless atoms only matter inside a range
            out.append(_mention(text, a))
        i += 1
    return out


def parse_date(expr: str) -> DateMention | None:
    """Convenience: the single date expression covering `expr` (stripped), else None.

    Offsets refer to the stripped string; a leading preposition ("im") may stay
    outside the span.
    """
    s = expr.strip()
    found = find_dates(s)
    if len(found) != 1:
        return None
    m = found[0]
    if _LEFTOVER_RE.fullmatch(s[: m.start] + " " + s[m.end :]):
        return m
    return None


def precision_of(date: str) -> str:
    """'2017' -> 'year', '2017-11' -> 'month', '2017-11-09' -> 'day'."""
    return {4: "year", 7: "month", 10: "day"}[len(date)]
