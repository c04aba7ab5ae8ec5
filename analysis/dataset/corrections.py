"""Analyst corrections: `corrections.csv` beside the sources, applied after extraction.

A row is `doc_id, field, action, value, note` (and, optionally, `sha256`: the first
characters of the source's SHA-256 the row was written for). `field` is a path into the
document (`SCALAR_FIELDS` take `set`, `LIST_FIELDS` take `add` and `drop`), `value` is
typed as a person types it in a spreadsheet (see `parse_value` and the README), `note`
says why.

The corrected value goes in place; the document keeps what was extracted in
`corrections: [{field, action, old, new, note}]`, so nothing is lost. An item added by a
correction has no quote in the text: its `evidence` is null and it carries
`corrected: {note, action: "add"}`. Rows that cannot apply (unknown document or field, a
value outside the vocabulary, a drop that matches nothing, a malformed line, a row pinned
to an older version of its source) are skipped with one line each; the others apply.
"""

from __future__ import annotations

import contextlib
import copy
import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from analysis import vocabulary as vocab
from analysis.errors import ProfilesError, SourceError

FILE_NAME = "corrections.csv"
COLUMNS = ("doc_id", "field", "action", "value", "note")
PIN_COLUMN = "sha256"
MIN_PIN = 8  # hex characters of the source hash a pin must give (2^32 versions apart)

SCALAR_FIELDS = (
    "city",
    "published",
    "source_kind",
    "governance.cdo",
    "governance.cdo_status",
    "governance.cdo_placement",
    "governance.cdo_holder",
)
LIST_FIELDS = ("events", "projects", "partners", "funding", "people", "governance.units")
FIELDS = SCALAR_FIELDS + LIST_FIELDS
ACTIONS = ("set", "add", "drop")

# What a person may type for yes/no (Excel writes TRUE/FALSE, a German Excel WAHR/FALSCH).
_YES = {"yes", "true", "ja", "wahr", "1", "y", "j"}
_NO = {"no", "false", "nein", "falsch", "0", "n"}
_NULL = {"", "null", "none"}

_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_EVENT_DATE = re.compile(rf"^(?:(?P<qualifier>[a-z]+)\s+)?(?P<date>{_DATE})(?:\s*/\s*(?P<end>{_DATE}))?$")
_GERMAN_DAY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_HEX = re.compile(r"^[0-9a-f]+$")
_EXTRA = "\0extra"  # key under which read_table notes why a row is malformed
MALFORMED = _EXTRA
UNCLOSED = "a quote opened in this row is not closed"
NOT_CSV = "not readable as CSV"
UNREADABLE = (UNCLOSED, NOT_CSV)  # rows a spreadsheet and this reader may split differently
UTF8_BOM = b"\xef\xbb\xbf"
# C0 controls and DEL, but tab and line ends (a note may run over lines): never in a fact.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_CELL = 16 * 1024 * 1024  # the csv module's default (128 KB) would drop a row with a long quote

# The value syntax of each list field, as the README and the error messages show it.
SYNTAX = {
    "events": "DATE|KIND|TYPE|LABEL (e.g. 2018-03|milestone|cdo_appointed|CDO appointed)",
    "projects": "NAME|DOMAIN (the domain may be left out)",
    "partners": "NAME",
    "funding": "NAME",
    "governance.units": "NAME",
    "people": "NAME|ROLE|AFFILIATION (e.g. Erika Beispiel|Chief Digital Officer|city)",
}


class CorrectionError(SourceError):
    """A corrections row that cannot apply; `line()` gives `skipped FILE line N: REASON`."""

    def __init__(self, file: str, line_no: int, reason: str):
        super().__init__(f"{file} line {line_no}", reason)
        self.file = file
        self.line_no = line_no


class ValueProblem(Exception):
    """A value that does not parse or is outside the vocabulary (message is the reason)."""


@dataclass(frozen=True)
class Correction:
    line: int  # line in its file where the row starts (the header is line 1)
    doc_id: str
    field: str
    action: str
    value: str
    note: str
    sha256: str = ""  # prefix of the source hash the row was written for; "" = not pinned
    file: str = FILE_NAME  # where the row comes from, for messages

    def error(self, reason: str) -> CorrectionError:
        return CorrectionError(self.file, self.line, reason)


@dataclass
class CorrectionResult:
    dataset: dict
    skipped: list[CorrectionError]
    applied: int = 0


# --- reading the file ----------------------------------------------------------------------

# A spreadsheet runs a cell that starts with one of these as a formula; text from a web page
# must not (`=HYPERLINK(…)` in a quote). Written with a leading apostrophe, read without it.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def excel_guard(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def excel_unguard(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_START) else cell


# Byte order marks and the codec of the text after them, longest first (UTF-32's
# little-endian mark begins with UTF-16's).
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


class SheetError(ValueError):
    """A sheet whose bytes are no text in any encoding a spreadsheet writes."""


def sheet_encoding(data: bytes) -> tuple[str, bytes]:
    """(codec, byte order mark) a spreadsheet's file was written in: by its mark (Excel's
    "Unicode Text" is UTF-16 with one), UTF-16 without one (every other byte NUL), UTF-8,
    or cp1252 (an older Excel's "CSV"). The mark is b"" when there is none."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, bom
    head = data[:4096]
    if head.count(b"\x00") * 3 > len(head):  # ASCII text in UTF-16: one NUL per character
        return ("utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"), b""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252", b""
    return "utf-8", b""


def decode_sheet(data: bytes) -> str:
    """The text of a corrections file or review sheet, in whichever encoding a spreadsheet
    saved it (see `sheet_encoding`); SheetError when the bytes are not such a text."""
    codec, bom = sheet_encoding(data)
    try:
        return data[len(bom) :].decode(codec, errors="replace" if codec == "cp1252" else "strict")
    except UnicodeDecodeError as exc:
        raise SheetError(f"not a text file in {codec.upper()} ({exc.reason} at byte {exc.start})") from None


def first_line(text: str) -> str:
    """The header line, whatever the line ends (CRLF, LF, or CR alone as old Macs write)."""
    return re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]


def sniff_delimiter(text: str, required: Iterable[str]) -> str | None:
    """The delimiter (`,`, `;` or tab) under which the header names every required column."""
    header = first_line(text)
    for delimiter in (",", ";", "\t"):
        cells = next(csv.reader([header], delimiter=delimiter), [])
        if set(required) <= {c.strip().lower() for c in cells}:
            return delimiter
    return None


def read_table(
    text: str, required: tuple[str, ...], name: str, multiline: tuple[str, ...] = ("note",)
) -> tuple[list[tuple[int, dict]], str]:
    """(line number, row by lower-case column name) for every non-blank row, and the
    delimiter. A header without the required columns raises CorrectionError (line 1).
    Only the `multiline` columns may run over lines (Alt+Enter in Excel); a row where
    another does, or where a line inside a multi-line cell reads as a row of its own, has
    a quote that is not closed: it is marked malformed, and reading goes on at the next
    line, so one stray quote does not swallow the rows after it. A cell holding a control
    character (a NUL) is marked malformed too: it would reach the reports raw."""
    if csv.field_size_limit() < MAX_CELL:
        csv.field_size_limit(MAX_CELL)  # a quote of a long paragraph is no reason to lose a row
    delimiter = sniff_delimiter(text, required)
    if delimiter is None:
        first = first_line(text).strip()[:80]
        raise CorrectionError(
            name, 1, f"the header must name the columns {','.join(required)} (found {first!r})"
        )
    lines = io.StringIO(text, newline="").readlines()  # line ends as csv counts them (not U+2028)
    header = [c.strip().lower() for c in next(csv.reader(lines[:1], delimiter=delimiter), [])]
    rows: list[tuple[int, dict]] = []
    offset = 1  # physical lines consumed before the reader's text
    while offset < len(lines):
        reader = csv.reader(io.StringIO("".join(lines[offset:]), newline=""), delimiter=delimiter)
        restart = None
        while True:
            start = offset + reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                rows.append((start, {_EXTRA: f"{NOT_CSV} ({exc})"}))
                restart = start
                break
            if not any(c.strip() for c in cells):
                continue  # Excel leaves rows of empty cells (";;;;") at the end
            row = {h: c for h, c in zip(header, cells, strict=False) if h}
            end = offset + reader.line_num
            at_end_open = (  # a cell ran over lines to the end of the file: its quote never closed
                end == len(lines)
                and any("\n" in c or "\r" in c for c in cells)
                and "".join(lines[start - 1 : end]).count('"') % 2
            )
            if (
                at_end_open
                or any("\n" in c or "\r" in c for h, c in row.items() if h not in multiline)
                or any(_holds_a_row(c, delimiter, header) for h, c in row.items() if h in multiline)
            ):
                rows.append((start, {_EXTRA: UNCLOSED}))
                restart = start
                break
            control = next((m for c in cells if (m := CONTROL.search(c))), None)
            if control:
                row = {_EXTRA: f"a cell holds the control character U+{ord(control[0]):04X}"}
            if any(c.strip() for c in cells[len(header) :]):
                row[_EXTRA] = f"{len(cells)} cells, the header has {len(header)}"
            rows.append((start, row))
        if restart is None:
            break
        offset = restart  # go on with the line after the malformed row's first line
    return rows, delimiter


def _holds_a_row(cell: str, delimiter: str, header: list[str]) -> bool:
    """Does a multi-line cell hold, after its first line, a line that reads as a row of the
    file (a document id, and a correctable field in the `field` column)? Then a quote was
    never closed and swallowed the rows after it; a note written over lines holds prose."""
    doc, field = header.index("doc_id"), header.index("field")
    for line in re.split(r"\r\n|\r|\n", cell)[1:]:
        cells = next(csv.reader([line], delimiter=delimiter), [])
        if len(cells) > max(doc, field) and cells[doc].strip() and cells[field].strip() in FIELDS:
            return True
    return False


def read_corrections(path: Path) -> tuple[list[Correction], list[CorrectionError]]:
    """The rows of a corrections file, and the rows that are malformed (skipped)."""
    name = path.name
    try:
        text = decode_sheet(path.read_bytes())
    except OSError as exc:
        return [], [CorrectionError(name, 1, f"cannot read file ({exc.strerror or exc})")]
    except SheetError as exc:
        return [], [CorrectionError(name, 1, str(exc))]
    try:
        rows, _ = read_table(text, COLUMNS, name)
    except CorrectionError as exc:
        return [], [exc]
    out, bad = [], []
    for line, row in rows:
        doc_id = row.get("doc_id", "").strip()
        if doc_id.startswith("#"):
            continue  # a comment row
        if _EXTRA in row:
            bad.append(CorrectionError(name, line, f"malformed line: {row[_EXTRA]}"))
            continue
        missing = [c for c in ("doc_id", "field", "action") if not row.get(c, "").strip()]
        if missing:
            bad.append(CorrectionError(name, line, f"malformed line: no {' and no '.join(missing)}"))
            continue
        out.append(
            Correction(
                line=line,
                doc_id=doc_id,
                field=row["field"].strip(),
                action=row["action"].strip().lower(),
                value=excel_unguard(row.get("value", "").strip()),
                note=" ".join(excel_unguard(row.get("note", "")).split()),
                sha256=row.get(PIN_COLUMN, "").strip().lower(),
                file=name,
            )
        )
    return out, bad


# --- the value syntax -------------------------------------------------------------------------


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _null(text: str) -> bool:
    return text.strip().lower() in _NULL


def _one_of(value: str, allowed: Iterable[str], what: str) -> str:
    allowed = list(allowed)
    if value not in allowed:
        raise ValueProblem(f"{value!r} is not a {what} (one of {', '.join(allowed)})")
    return value


def parse_scalar(field: str, text: str) -> Any:
    """The value a `set` row gives to a scalar field; an empty cell clears it (null)."""
    text = text.strip()
    if field == "city":
        if _null(text):
            raise ValueProblem("a city cannot be empty")
        return " ".join(text.split())
    if field == "source_kind":
        return _one_of(text.lower(), vocab.SOURCE_KINDS, "source kind")
    if field == "published":
        if _null(text):
            return None
        german = _GERMAN_DAY.match(text)  # Excel shows and saves dates as 23.02.2021
        iso = f"{german[3]}-{int(german[2]):02d}-{int(german[1]):02d}" if german else text
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
            with contextlib.suppress(ValueError):
                return date.fromisoformat(iso).isoformat()
        raise ValueProblem(f"{text!r} is not a date (YYYY-MM-DD or DD.MM.YYYY)")
    if field == "governance.cdo":
        low = text.lower()
        if low in _NULL:
            return None
        if low in _YES:
            return True
        if low in _NO:
            return False
        raise ValueProblem(f"{text!r} is not yes, no or empty (not stated)")
    if field == "governance.cdo_status":
        if text.lower() in vocab.CDO_STATUSES:  # before the null words: "none" is a status here
            return text.lower()
        return None if _null(text) else _one_of(text.lower(), vocab.CDO_STATUSES, "CDO status")
    if field == "governance.cdo_placement":
        return None if _null(text) else _one_of(text.lower(), vocab.PLACEMENTS, "placement")
    if field == "governance.cdo_holder":
        return None if _null(text) else " ".join(text.split())
    raise ValueProblem(f"{field} is not a scalar field")


def _precision(day: str) -> str:
    return vocab.PRECISIONS[day.count("-")]


def parse_item(field: str, text: str, complete: bool) -> dict:
    """A list item as typed (see SYNTAX). `complete` (for `add`) requires every part;
    for `drop` the parts left empty match anything."""
    text = text.strip()
    if not text:
        raise ValueProblem(f"no value: give {SYNTAX[field]}")
    if field == "events":
        return _parse_event(text, complete)
    if field == "projects":
        name, _, domain = text.rpartition("|") if "|" in text else (text, "", "")
        name, domain = name.strip(), domain.strip()
        if not name:
            raise ValueProblem(f"no project name: give {SYNTAX[field]}")
        return {"name": " ".join(name.split()), "domain": domain or None}
    if field == "people":
        parts = [p.strip() for p in text.split("|")]
        name = parts[0]
        role = "|".join(parts[1:-1]) if len(parts) > 2 else (parts[1] if len(parts) == 2 else "")
        affiliation = parts[-1].lower() if len(parts) > 2 else ""
        if not name:
            raise ValueProblem(f"no name: give {SYNTAX[field]}")
        if affiliation:
            _one_of(affiliation, vocab.AFFILIATIONS, "affiliation")
        elif complete:
            raise ValueProblem(f"no affiliation: give {SYNTAX[field]}")
        return {"name": " ".join(name.split()), "role": role or None, "affiliation": affiliation or None}
    return {"name": " ".join(text.split())}  # units, partners, funding: the name is the whole value


def _parse_event(text: str, complete: bool) -> dict:
    parts = [p.strip() for p in text.split("|", 3)]
    parts += [""] * (4 - len(parts))
    when, kind, type_, label = parts
    event: dict[str, Any] = {}
    if when:
        m = _EVENT_DATE.match(when.lower())
        if not m:
            raise ValueProblem(f"{when!r} is not an event date (YYYY, YYYY-MM, YYYY-MM-DD, START/END)")
        if m["qualifier"]:
            _one_of(m["qualifier"], vocab.QUALIFIERS, "date qualifier")
        for day in filter(None, (m["date"], m["end"])):
            _check_date(day)
        event.update(date=m["date"], end=m["end"], qualifier=m["qualifier"])
    if kind:
        event["kind"] = _one_of(kind.lower(), vocab.EVENT_KINDS, "event kind")
    if type_:
        event["type"] = _one_of(type_.lower(), vocab.EVENT_TYPES, "event type")
    if label:
        event["label"] = " ".join(label.split())
    if complete:
        missing = [n for n, v in zip(("date", "kind", "type", "label"), parts, strict=True) if not v]
        if missing:
            raise ValueProblem(f"no {', '.join(missing)}: give {SYNTAX['events']}")
        if (event["end"] is not None) != (event["kind"] == "period"):
            raise ValueProblem("a period has START/END dates, and only a period has")
    return event


def _check_date(day: str) -> None:
    year, month, dom = [*day.split("-"), "1", "1"][:3]  # a year alone or a month: its first day
    try:
        date(int(year), int(month), int(dom))
    except ValueError:
        raise ValueProblem(f"{day!r} is not a date") from None


def format_value(field: str, value: Any) -> str:
    """A fact in the value syntax a correction row takes (the inverse of parsing), so a
    reviewer can copy it from the review sheet and edit it."""
    if field in SCALAR_FIELDS:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "yes" if value else "no"
        return str(value)
    if field == "events":
        when = value["date"] + (f"/{value['end']}" if value.get("end") else "")
        if value.get("qualifier"):
            when = f"{value['qualifier']} {when}"
        return f"{when}|{value['kind']}|{value.get('type') or ''}|{value['label']}"
    if field == "projects":
        return f"{value['name']}|{value['domain']}" if value.get("domain") else value["name"]
    if field == "people":
        return f"{value['name']}|{value.get('role') or ''}|{value['affiliation']}"
    return value["name"]


def _matches(spec: dict, item: dict) -> bool:
    """Every part the drop row gives equals the item's (case and spacing aside)."""
    for key, wanted in spec.items():
        if wanted is None:
            continue
        if _norm(str(wanted)) != _norm(str(item.get(key) or "")):
            return False
    return True


def _new_item(field: str, spec: dict, note: str) -> dict:
    corrected = {"note": note, "action": "add"}
    if field == "events":
        return {
            "date": spec["date"],
            "end": spec["end"],
            "qualifier": spec["qualifier"],
            "kind": spec["kind"],
            "type": spec["type"],
            "label": spec["label"],
            "subject": None,  # an analyst's event names no subject (the schema requires the key)
            "precision": _precision(spec["date"]),
            "evidence": None,
            "corrected": corrected,
        }
    if field == "projects":
        return {"name": spec["name"], "domain": spec["domain"], "evidence": None, "corrected": corrected}
    if field == "people":
        return {
            "name": spec["name"],
            "role": spec["role"],
            "affiliation": spec["affiliation"],
            "evidence": None,
            "corrected": corrected,
        }
    return {"name": spec["name"], "evidence": None, "corrected": corrected}


def _same_item(field: str, spec: dict, item: dict) -> bool:
    """Would an added item repeat one already in the list?"""
    if field == "events":
        keys = ("date", "end", "kind", "label")
        return all(_norm(str(spec.get(k) or "")) == _norm(str(item.get(k) or "")) for k in keys)
    return _norm(spec["name"]) == _norm(item["name"])


# --- applying ------------------------------------------------------------------------------------


def _get(doc: dict, field: str) -> Any:
    node = doc
    for part in field.split("."):
        node = node[part]
    return node


def _put(doc: dict, field: str, value: Any) -> None:
    *parents, last = field.split(".")
    node = doc
    for part in parents:
        node = node[part]
    node[last] = value


class _Document:
    """One document under correction: its extracted scalars and one record per field."""

    def __init__(self, doc: dict):
        self.doc = doc
        self.extracted = {f: _get(doc, f) for f in SCALAR_FIELDS}
        self.set_by: dict[str, str] = {}  # scalar field -> "FILE line N" of the row that set it
        self.scalar_records: dict[str, dict] = {}
        self.records: list[dict] = []

    def set(self, field: str, value: Any, note: str) -> None:
        _put(self.doc, field, value)
        record = self.scalar_records.get(field)
        if record is None:
            record = {
                "field": field,
                "action": "set",
                "old": self.extracted[field],
                "new": value,
                "note": note,
            }
            self.scalar_records[field] = record
            self.records.append(record)
        record.update(new=value, note=note)

    def finish(self) -> None:
        """Records that end where they began (an implied change undone) are no corrections."""
        self.records = [r for r in self.records if r["action"] != "set" or r["old"] != r["new"]]
        self.doc["corrections"] = self.records


def _apply_set(state: _Document, row: Correction) -> None:
    field = row.field
    try:
        value = parse_scalar(field, row.value)
    except ValueProblem as exc:
        raise row.error(str(exc)) from None
    if field in state.set_by:
        raise row.error(f"{field} of {row.doc_id} is already set by {state.set_by[field]}")
    if value == state.extracted[field] and field not in state.scalar_records:
        shown = format_value(field, value) or "(empty)"
        raise row.error(f"stale: the extraction already gives {field} = {shown}; remove the row")
    gov = state.doc["governance"]
    implied = f"{row.note} (follows {field})"
    partner = {"governance.cdo": "governance.cdo_placement", "governance.cdo_placement": "governance.cdo"}
    if field in partner and partner[field] in state.set_by:
        _check_pair(row, field, value, gov, state.set_by[partner[field]])
    # The contract ties them: `cdo` is true exactly for a CDO in office (`cdo_status`), and a
    # placement stands exactly where there is a post (a CDO in office, or a post created or
    # planned, which has the placement of the post while `cdo` is false). A row that sets one
    # sets the others it implies, each recorded with the row's note, so that every section that
    # reads one of them (cities.csv reads `cdo_status`) shows the analyst's answer.
    if field == "governance.cdo_placement":
        if value is None and _has_post(gov):
            raise row.error("a CDO's placement cannot be empty: use unspecified, or set governance.cdo to no")
        if value is not None and not _has_post(gov):
            state.set("governance.cdo", True, implied)
            state.set("governance.cdo_status", "in_office", implied)
    if field == "governance.cdo":
        status = gov.get("cdo_status")
        if value is True and status != "in_office":
            state.set("governance.cdo_status", "in_office", implied)
        elif value is False and status in ("in_office", None):
            state.set("governance.cdo_status", "none", implied)
        elif value is None and status is not None:
            state.set("governance.cdo_status", None, implied)
        if (
            value is not True
            and gov["cdo_placement"] is not None
            and gov.get("cdo_status") not in _POST_NOT_IN_OFFICE
        ):
            state.set("governance.cdo_placement", None, implied)
        if value is True and gov["cdo_placement"] is None:
            state.set("governance.cdo_placement", "unspecified", implied)
    if field == "governance.cdo_status":
        if "governance.cdo" in state.set_by and (value == "in_office") != (gov["cdo"] is True):
            raise row.error(
                f"contradicts {state.set_by['governance.cdo']}: governance.cdo is yes exactly for in_office"
            )
        cdo = None if value is None else value == "in_office"
        if gov["cdo"] != cdo:
            state.set("governance.cdo", cdo, implied)
        if value in (None, "none") and gov["cdo_placement"] is not None:
            state.set("governance.cdo_placement", None, implied)
        if value not in (None, "none") and gov["cdo_placement"] is None:
            state.set("governance.cdo_placement", "unspecified", implied)
    state.set(field, value, row.note)
    state.set_by[field] = f"{row.file} line {row.line}"


# Statuses of a post that exists without a CDO in office (it keeps its placement).
_POST_NOT_IN_OFFICE = ("post_created", "planned")


def _has_post(gov: dict) -> bool:
    return gov["cdo"] is True or gov.get("cdo_status") in _POST_NOT_IN_OFFICE


def _check_pair(row: Correction, field: str, value: Any, gov: dict, other_row: str) -> None:
    """A CDO and its placement both set by rows: they must agree with each other."""
    cdo, placement = (value, gov["cdo_placement"]) if field == "governance.cdo" else (gov["cdo"], value)
    if (cdo is True) != (placement is not None) and gov.get("cdo_status") not in _POST_NOT_IN_OFFICE:
        raise row.error(
            f"contradicts {other_row}: a CDO (governance.cdo yes) has a placement, and only a CDO has"
        )


def _apply_list(state: _Document, row: Correction) -> None:
    items: list[dict] = _get(state.doc, row.field)
    try:
        spec = parse_item(row.field, row.value, complete=row.action == "add")
    except ValueProblem as exc:
        raise row.error(str(exc)) from None
    label = row.field.split(".")[-1]
    if row.action == "add":
        same = [it for it in items if _same_item(row.field, spec, it)]
        if same and same[0].get("corrected"):
            raise row.error(f"{label} of {row.doc_id}: {row.value!r} is added by an earlier row already")
        if same:
            raise row.error(f"stale: {label} of {row.doc_id} already has {row.value!r}; remove the row")
        item = _new_item(row.field, spec, row.note)
        items.append(item)
        new = {k: v for k, v in item.items() if k != "corrected"}
        state.records.append({"field": row.field, "action": "add", "old": None, "new": new, "note": row.note})
        return
    found = [i for i, it in enumerate(items) if _matches(spec, it)]
    if not found:
        raise row.error(f"drop matches no item in {label} of {row.doc_id}: {row.value!r}")
    if len(found) > 1:
        raise row.error(
            f"drop matches {len(found)} items in {label} of {row.doc_id}; give more of {SYNTAX[row.field]}"
        )
    old = items.pop(found[0])
    state.records.append({"field": row.field, "action": "drop", "old": old, "new": None, "note": row.note})


def _check_row(row: Correction, documents: dict[str, dict]) -> dict:
    """The document a row applies to; CorrectionError for a row that cannot apply at all."""
    doc = documents.get(row.doc_id)
    if doc is None:
        raise row.error(f"unknown document {row.doc_id!r} (not among the sources)")
    if row.field not in FIELDS:
        raise row.error(f"unknown field {row.field!r} (fields: {', '.join(FIELDS)})")
    if row.action not in ACTIONS:
        raise row.error(f"unknown action {row.action!r} (set, add or drop)")
    if (row.action == "set") != (row.field in SCALAR_FIELDS):
        hint = "set" if row.field in SCALAR_FIELDS else "add or drop"
        raise row.error(f"{row.field} takes {hint}, not {row.action}")
    if not row.note:
        raise row.error("no note: say why the fact is corrected")
    if row.sha256:
        if not (_HEX.match(row.sha256) and MIN_PIN <= len(row.sha256) <= 64):
            raise row.error(f"sha256 {row.sha256!r} is not {MIN_PIN} to 64 hex characters of a source hash")
        current = doc["source"]["sha256"]
        if not current.startswith(row.sha256):
            raise row.error(
                f"stale: written for version {row.sha256[:12]} of {doc['source']['path']}, which is now "
                f"{current[:12]}; check the row against the new text and update its sha256"
            )
    return doc


def apply_rows(dataset: dict, rows: list[Correction], in_place: bool = False) -> CorrectionResult:
    """Apply parsed rows to an extracted dataset (a copy, unless `in_place`), in order; each
    row that cannot apply is skipped with its reason, the others apply."""
    if not in_place:
        dataset = copy.deepcopy(dataset)
    documents = {d["doc_id"]: d for d in dataset["documents"]}
    already = sorted(d["doc_id"] for d in documents.values() if d.get("corrections"))
    if already:
        raise ProfilesError(
            f"document {already[0]} already carries corrections: apply corrections to a freshly extracted "
            "dataset (extract_folder(seeds, corrections=False).dataset)"
        )
    states = {doc_id: _Document(doc) for doc_id, doc in documents.items()}
    skipped: list[CorrectionError] = []
    applied = 0
    for row in rows:
        try:
            _check_row(row, documents)
            state = states[row.doc_id]
            (_apply_set if row.action == "set" else _apply_list)(state, row)
            applied += 1
        except CorrectionError as exc:
            skipped.append(exc)
    for state in states.values():
        state.finish()
    return CorrectionResult(dataset, skipped, applied)


def apply_corrections(dataset: dict, path: str | Path, in_place: bool = False) -> CorrectionResult:
    """The dataset with the corrections of `path` applied (a copy, unless `in_place`) and
    the rows skipped, each with `line()` = `skipped corrections.csv line N: REASON`.
    A missing file is no correction at all."""
    path = Path(path)
    if not path.exists():
        return apply_rows(dataset, [], in_place)
    rows, bad = read_corrections(path)
    result = apply_rows(dataset, rows, in_place)
    result.skipped = sorted(bad + result.skipped, key=lambda e: e.line_no)
    return result


def mark_uncorrected(dataset: dict) -> None:
    """Every document states that it carries no correction (`corrections: []`)."""
    for doc in dataset["documents"]:
        doc["corrections"] = []
