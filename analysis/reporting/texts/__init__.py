"""Every reader-facing word of the reports, one file per language (`en.json`, `de.json`).

Views and notebooks ask `texts(lang)` for a sentence by key and fill in its fields; no
prose lives in the code. Both files have the same keys (a test checks it), so a German
report never falls back to English.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from importlib import resources

from analysis.errors import ParameterError

LANGUAGES = ("en", "de")
DEFAULT_LANG = "en"


class Texts:
    """The texts of one language: `T("key", field=value)`, dates, month counts, labels."""

    def __init__(self, lang: str, table: dict):
        self.lang = lang
        self.table = table

    def __call__(self, key: str, /, **fields) -> str:
        return self.table[key].format(**fields)

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
