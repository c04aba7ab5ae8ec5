"""Small text utilities shared by the extractors: spans, sentences, normalisation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def sub(self, start: int, end: int) -> Span:
        """A span relative to this one's text (offsets stay absolute)."""
        return Span(self.start + start, self.start + end, self.text[start:end])


class computed_once(Generic[T]):  # lower case: used like functools.cached_property
    """`functools.cached_property` without its lock: Python 3.11 takes a lock at every first
    read of every instance (3.12 dropped it), which costs more than most values computed
    per sentence. The value goes into the instance's `__dict__`, where later reads find it
    without the descriptor; it also works on frozen dataclasses. Not for objects shared
    between threads while their values are first computed."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, objtype: type | None = None) -> computed_once[T]: ...
    @overload
    def __get__(self, obj: object, objtype: type | None = None) -> T: ...
    def __get__(self, obj: object | None, objtype: type | None = None) -> T | computed_once[T]:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


# Abbreviations after which a full stop does not end a German sentence.
_ABBREV = {
    "z.b",
    "z. b",
    "u.a",
    "d.h",
    "bzw",
    "ca",
    "dr",
    "prof",
    # academic titles before a name: "Dr.-Ing. Anna Muster", "Dr. rer. nat. Anna Muster"
    "dr.-ing",
    "dipl.-ing",
    "dipl",
    "rer",
    "nat",
    "med",
    "phil",
    "habil",
    "nr",
    "st",
    "str",
    "e.v",
    "evtl",
    "ggf",
    "inkl",
    "vgl",
    "usw",
    "etc",
    "jan",
    "feb",
    "mär",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "nov",
    "dez",
    "mio",
    "mrd",
    "bspw",
    "sog",
    "abs",
    "art",
    "min",
    "max",
    "u",
    "v",
    "o",
}
# A sentence ends at end punctuation (and closing quotes or brackets) before white space, at a
# closing quote before a line break, or at a line break:
#     [.!?…]+["“”»«'‘’)]*\s+  |  ["“”»]\s*\n  |  \n
# Written with the first character of every alternative as one leading class (the three
# classes are disjoint, so the lookbehind picks the alternative): a pattern that opens with a
# class lets the regex engine skip in C to the places where that class occurs, instead of
# trying three alternatives at every character (about six times faster on paragraphs).
_BOUNDARY = re.compile(r"[.!?…\"“”»\n](?:(?<=[.!?…])[.!?…]*[\"“”»«'‘’)]*\s+|(?<=[\"“”»])\s*\n|(?<=\n))")
# The plain form above, kept for the test that both find the same boundaries.
_BOUNDARY_PLAIN = re.compile(r"[.!?…]+[\"“”»«'‘’)]*\s+|[\"“”»]\s*\n|\n")


_SHORT_TOKEN = re.compile(r"\d{1,2}|[a-zäöü]")


def sentences(span: Span) -> list[Span]:
    """Split a paragraph into sentence spans (offsets absolute, whitespace trimmed)."""
    out: list[Span] = []
    text = span.text
    begin = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        nxt = text[end : end + 1]
        if "\n" not in m.group(0):
            if nxt and not (nxt.isupper() or nxt in '„"»[(‚' or nxt.isdigit()):
                continue
            before = text[begin : m.start()].strip()
            last_word = before.rsplit(None, 1)[-1].lower().rstrip(".") if before else ""
            if last_word in _ABBREV or _SHORT_TOKEN.fullmatch(last_word):
                continue  # "9. November", "z. B.": not an end
        _append(out, span, begin, end)
        begin = end
    _append(out, span, begin, len(text))
    return out


def _append(out: list[Span], span: Span, begin: int, end: int) -> None:
    chunk = span.text[begin:end]
    left = len(chunk) - len(chunk.lstrip())
    right = len(chunk.rstrip())
    if right > left:
        out.append(span.sub(begin + left, begin + right))


def lower_same_length(s: str) -> str:
    """Lower case with every offset kept ("İ".lower() has two characters; keep such ones).
    Case-sensitive patterns on lowered text run several times faster than re.IGNORECASE."""
    low = s.lower()
    if len(low) == len(s):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in s)


def cut_at_word(text: str, limit: int) -> str:
    """`text` when it has at most `limit` characters; else cut at the last space before
    the limit, with " …" added (at most `limit` characters with the ellipsis)."""
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def norm_key(s: str) -> str:
    """Case-, accent- and punctuation-insensitive key for de-duplication."""
    s = unicodedata.normalize("NFKC", s).casefold()
    s = s.replace("ß", "ss")
    s = re.sub(r"[\"'„“”»«‚‘’()\[\]]", "", s)
    s = re.sub(r"[-–‑/]", " ", s)
    return " ".join(s.split())


def clean_name(s: str) -> str:
    """Trim punctuation and white space around a name, fold inner white space, and keep
    quotes only where they are balanced ("Initiative »A und B«", not "»A und B")."""
    s = " ".join(s.replace("\xa0", " ").split())
    s = s.strip(" ,;:-–")
    if s.endswith(".") and not re.search(r"\b[A-Za-zÄÖÜäöü]\.[A-Za-zÄÖÜäöü]?\.$", s):
        s = s.rstrip(".")
    quotes = re.findall(r"[„»\"‚«“”‘’]", s)
    if len(quotes) % 2:
        s = re.sub(r"[„»\"‚«“”‘’]", "", s)  # an unbalanced quote was cut from its pair
    return s.strip()


UPPER = "A-ZÄÖÜ"
LOWER = "a-zäöüß"
LOWER_INITIAL = "a-zäöü"  # the first letter of a lower-case word ("ß" opens none)


def literal_anchors(pattern: str) -> tuple[str, ...] | None:
    """The literal start of each top-level alternative ('ressourcen\\w* ...' -> 'ressourcen'),
    or None when one has none: a text without any of them cannot match, and `in` is far
    faster than a regex that tries every position."""
    parts, depth, current = [], 0, ""
    for ch in pattern:
        depth += (ch == "(" and 1) or (ch == ")" and -1) or 0
        if ch == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    anchors = []
    for part in parts:
        literal_start = re.match(r"[^\\\[\](){}?*+.|]*", part)
        assert literal_start is not None  # the pattern also matches the empty string
        literal = literal_start.group(0)
        if part[len(literal) : len(literal) + 1] in ("?", "*", "{"):
            literal = literal[:-1]  # "sorgen?": the "n" is optional
        anchors.append(literal)
    return tuple(anchors) if all(len(a) >= 3 for a in anchors) else None


def alternation_matches(
    patterns: Sequence[re.Pattern[str]], triggers: Sequence[tuple[str, ...]], text: str
) -> list[re.Match[str]]:
    """The matches `re.compile("|".join(f"(?:{p.pattern})" for p in patterns)).finditer(text)`
    finds (leftmost first, the earlier pattern where two start at the same place, no
    overlaps), each as the match of its own pattern. A pattern runs only where the text
    holds one of its trigger words (words every match of it contains): one alternation of
    many patterns that open with a word class is tried at every position of the text, each
    pattern alone only in the texts that can hold it. No pattern may match the empty string."""
    live = [p for p, words in zip(patterns, triggers, strict=True) if any(w in text for w in words)]
    ahead: list[re.Match[str] | None] = [p.search(text) for p in live]
    out: list[re.Match[str]] = []
    pos = 0
    while True:
        best: re.Match[str] | None = None
        for i, p in enumerate(live):
            m = ahead[i]
            if m is not None and m.start() < pos:
                m = ahead[i] = p.search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return out
        if best.end() == best.start():
            raise ValueError(f"pattern {best.re.pattern!r} matched the empty string")
        out.append(best)
        pos = best.end()


# --- patterns that let the regex engine skip -------------------------------------------
#
# Python's regex engine skips in C to the places where a match can begin only when the
# pattern opens with a character class, a literal, or alternatives that each open with a
# literal. A pattern opening with an assertion ("\b(?:Stadt|Gemeinde)...") is instead tried
# at every character of the text. The same pattern with the assertion moved behind the
# first letter of each alternative ("(?:S(?<=\b.)tadt|G(?<=\b.)emeinde)...") asks exactly
# the same of the text (the lookbehind steps back over that letter and tests the assertion
# where the alternative begins) and lets the engine skip. Worth it where the first letters
# are rare: capital letters and digits, and at most a few lower-case letters (which
# stand at most places of German text).
_SKIPPABLE_ASSERTIONS = (r"\b", r"(?<![\w-])", r"(?<!\w)")
_MAX_LOWER_FIRST_LETTERS = 4
_QUANTIFIERS = ("?", "*", "+", "{")


def _parts(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (escapes, classes and groups respected)."""
    parts, current, depth, in_class, i = [], [], 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        step = 2 if ch == "\\" else 1
        if ch == "\\":
            pass
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]" or pattern[i + 1 : i + 3] == "^]":
                step = 2 if pattern[i + 1] == "]" else 3  # "[]...]": the bracket is a member
                current.append(pattern[i : i + step])
                i += step
                continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(pattern[i : i + step])
        i += step
    parts.append("".join(current))
    return parts


def _group_end(pattern: str, start: int) -> int | None:
    """The index of the parenthesis closing the group opened at `start`."""
    depth, in_class, i = 0, False, start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def skippable(pattern: str, flags: int = 0) -> str:
    r"""`pattern` rewritten so that the regex engine can skip to where a match may begin
    (see above), or unchanged where the rewrite does not apply or would not pay: the pattern
    must be one assertion ("\b", "(?<![\w-])", "(?<!\w)") followed by a plain letter or
    digit, or by a group of alternatives that each open with one (not quantified), at most
    _MAX_LOWER_FIRST_LETTERS of them lower-case, and the pattern no top-level alternation
    ("\bStabsstelle\s+..." -> "S(?<=\b.)tabsstelle\s+...")."""
    if flags & (re.VERBOSE | re.IGNORECASE):
        return pattern  # comments and white space / both cases: first letters not plain
    lead = next((a for a in _SKIPPABLE_ASSERTIONS if pattern.startswith(a)), None)
    if lead is None or len(_parts(pattern)) > 1:
        return pattern
    word = pattern[len(lead) :]
    if word[:1].isalnum() and word[1:2] not in _QUANTIFIERS:  # one word, no group
        return f"{word[0]}(?<={lead}.){word[1:]}"  # one first letter: rare enough
    if not word.startswith("(?:"):
        return pattern
    end = _group_end(pattern, len(lead))
    if end is None or pattern[end + 1 : end + 2] in _QUANTIFIERS:
        return pattern
    alternatives = _parts(pattern[len(lead) + 3 : end])
    if not all(a[:1].isalnum() and a[1:2] not in _QUANTIFIERS for a in alternatives):
        return pattern
    if len({a[0] for a in alternatives if a[0].islower()}) > _MAX_LOWER_FIRST_LETTERS:
        return pattern
    moved = "|".join(f"{a[0]}(?<={lead}.){a[1:]}" for a in alternatives)
    return f"(?:{moved}){pattern[end + 1 :]}"


def compile_skippable(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, the same matches, through `skippable`."""
    return re.compile(skippable(pattern, flags), flags)


def skippable_all(patterns: Sequence[re.Pattern[str]]) -> list[re.Pattern[str]]:
    """Each pattern through `skippable` (same order, the same matches)."""
    return [compile_skippable(p.pattern, p.flags) for p in patterns]
