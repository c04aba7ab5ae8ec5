"""Every reader-facing word of the reports, one file per language (`en.json`, `de.json`).

Views and notebooks ask `texts(lang)` for a sentence by key and fill in its fields; no
prose lives in the code. Both files have the same keys (a test checks it), so a German
report never falls back to English. Each sentence is written whole in each language, with
named slots (`"{city} adopted {label} {date}."`), never glued from fragments: word order
differs between the languages.

**Counts (plural forms).** A number and its noun must agree ("1 source", "2 sources";
"1 Quelle", "2 Quellen"), and languages have different plural categories, so the form is
chosen by the CLDR plural rules of the report's language (babel), in one place,
`Texts.__call__`. Two ways to write a counted string in the JSON files:

- a whole sentence per plural category, chosen by the slot `n`:
  `"key": {"one": "{n} source, dated {dates}", "other": "{n} sources, dated {dates}"}`;
- a counted word inside a sentence, for a slot other than `n` or a sentence with two
  counts: `"{n} events for {cities:one=# city;other=# cities}"`: the slot's format spec
  lists `category=text` pairs separated by `;`, and `#` stands for the number.

`other` is required in both; a category the language does not use is ignored. Write
"1 city" through these, never "city(s)" or "Quelle(n)".
"""

from __future__ import annotations

import datetime as dt
import json
import string
from functools import cache
from importlib import resources

from analysis.errors import ParameterError

LANGUAGES = ("en", "de")
DEFAULT_LANG = "en"


@cache
def plural_category(lang: str, n: int | float) -> str:
    """The CLDR plural category of `n` in `lang`: "one", "other" (and "few", "many", … in
    languages that have them)."""
    from babel import Locale

    return str(Locale.parse(lang).plural_form(abs(n)))


class _CountFormatter(string.Formatter):
    """`str.format` plus counted words: `{cities:one=# city;other=# cities}`."""

    def __init__(self, lang: str):
        self.lang = lang

    def format_field(self, value, format_spec: str):
        if "=" not in format_spec:
            return super().format_field(value, format_spec)
        forms = dict(part.split("=", 1) for part in format_spec.split(";"))
        form = forms.get(plural_category(self.lang, value), forms["other"])
        return form.replace("#", str(value))


class Texts:
    """The texts of one language: `T("key", field=value)`, dates, month counts, labels."""

    def __init__(self, lang: str, table: dict):
        self.lang = lang
        self.table = table
        self._formatter = _CountFormatter(lang)

    def __call__(self, key: str, /, **fields) -> str:
        return self._formatter.format(self.template(key, fields.get("n")), **fields)

    def template(self, key: str, n: int | float | None = None) -> str:
        """The template of `key`; for a counted sentence ({"one": …, "other": …}) the form
        that the CLDR plural rules of the language give for `n`."""
        value = self.table[key]
        if isinstance(value, dict):
            if n is None:
                raise TypeError(f"text {key!r} has plural forms: give its count as n=")
            return str(value.get(plural_category(self.lang, n), value["other"]))
        return value

    def count(self, key: str, n: int) -> str:
        """A counted noun phrase from its key: `count("count.source", 2)` -> "2 sources"."""
        return self(key, n=n)

    def has(self, key: str) -> bool:
        return key in self.table

    def label(self, prefix: str, key: str | None, default: str | None = None) -> str:
        """The label of a vocabulary key (`label("placement", "mayor")`); an unknown key is
        shown readably (underscores as spaces) rather than failing the report."""
        full = f"{prefix}.{key}"
        if full in self.table:
            return self.table[full]
        return default if default is not None else str(key).replace("_", " ")

    def date(self, value: str | None, qualifier: str | None = None, end: str | None = None) -> str:
        """'19 March 2019', 'November 2017', 'early 2018', '2017–2020': as precise as the text."""
        if not value:
            return self("date.undated")
        text = self._one_date(value, qualifier)
        if end:
            text = self("date.period", start=text, end=self._one_date(end, None))
        return text

    def _one_date(self, value: str, qualifier: str | None) -> str:
        parts = value.split("-")
        months = self.table["months"]
        if len(parts) == 3:
            return self("date.day", day=int(parts[2]), month=months[int(parts[1]) - 1], year=parts[0])
        if len(parts) == 2:
            return self("date.month", month=months[int(parts[1]) - 1], year=parts[0])
        if qualifier in ("early", "mid", "late"):
            return self(f"date.qualifier.{qualifier}", year=parts[0])
        return parts[0]

    def timestamp(self, iso: str) -> str:
        """A build time ('2026-12-07T15:15:00Z' or '2026-12-07 15:15 UTC') as the language
        writes it: '7 December 2026, 15:15 UTC', '7. Dezember 2026, 15:15 Uhr (UTC)'."""
        text = iso.strip().replace("T", " ").removesuffix("Z").removesuffix("UTC").strip()
        day, _, clock = text.partition(" ")
        if not clock:
            return self.date(day)
        return self("date.timestamp", date=self.date(day), time=clock[:5])

    def parameters(self, values: dict[str, object]) -> str:
        """Report parameters as a reader reads them: 'Stadt = Musterstadt, Sprache = Deutsch'."""
        parts = []
        for name, value in values.items():
            if name == "lang":
                shown = self.label("language", str(value))
            elif isinstance(value, list | tuple):
                shown = self.join([str(v) for v in value])
            elif value == "all":
                shown = self("param.all")
            else:
                shown = str(value)
            parts.append(self("param.pair", name=self.label("param", name), value=shown))
        return ", ".join(parts)

    def when(self, value: str | None, qualifier: str | None = None, end: str | None = None) -> str:
        """'on 9 November 2017', 'in November 2017', 'in early 2018': a date as an adverbial."""
        if not value:
            return self("date.undated")
        n = len(value.split("-"))
        precision = (
            "qualifier"
            if n == 1 and qualifier in ("early", "mid", "late")
            else ("year", "month", "day")[n - 1]
        )
        return self(f"when.{precision}", date=self.date(value, qualifier, end))

    def age(self, as_of: str | None, today: dt.date) -> str:
        """How old a source dated `as_of` is at `today`, in whole years (months when recent)."""
        months = months_between(as_of, today)
        if months is None:
            return self("date.undated")
        if months >= 24:
            return self("age.years", n=months // 12)
        if months >= 12:
            return self("age.year")
        return self("age.months", n=months) if months > 0 else self("age.recent")

    def months(self, lo: int, hi: int) -> str:
        if lo == hi:
            return self("months.one") if lo == 1 else self("months.exact", n=lo)
        return self("months.range", lo=lo, hi=hi)

    def join(self, items: list[str]) -> str:
        items = [i for i in items if i]
        if len(items) <= 1:
            return "".join(items)
        return ", ".join(items[:-1]) + self("list.and") + items[-1]


def months_between(as_of: str | None, today: dt.date) -> int | None:
    """Whole calendar months from a date of any precision (its first day) to `today`."""
    if not as_of:
        return None
    parts = [int(p) for p in as_of.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else 1
    return max(0, (today.year - year) * 12 + today.month - month)


@cache
def texts(lang: str = DEFAULT_LANG) -> Texts:
    if lang not in LANGUAGES:
        raise ParameterError(f"unknown language {lang!r}; reports are written in: {', '.join(LANGUAGES)}")
    raw = resources.files("analysis.reporting.texts").joinpath(f"{lang}.json").read_text("utf-8")
    return Texts(lang, json.loads(raw))
