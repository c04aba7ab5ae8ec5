"""The review sheet: every extracted fact, the ones most worth checking first, for a person
to mark `ok`, `wrong` or `missing`; and the way back from a filled-in sheet to rows of
`corrections.csv` (`python -m analysis review --out FILE` / `--apply SHEET`).

The sheet is a CSV (UTF-8 with BOM, `;`-separated: what a German Excel opens with a
double click) and an HTML page of the same rows to browse. Its `value` column uses the
value syntax of `corrections.csv`, so a reviewer copies a value and edits it.
"""

from __future__ import annotations

import contextlib
import csv
import html
import io
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from analysis import atomic
from analysis.dataset import corrections as corr
from analysis.dataset.corrections import SCALAR_FIELDS, Correction, CorrectionError, format_value

SHEET_COLUMNS = (
    "rank",
    "check",
    "doc_id",
    "city",
    "field",
    "value",
    "quote",
    "source",
    "sha256",
    "verdict",
    "corrected_value",
    "note",
)
PIN_CHARS = 12  # the sha256 prefix a sheet row carries, and with it the correction it becomes
BOM = "\ufeff"

# Why a fact is worth checking, most urgent first; a fact is shown under its most urgent reason.
TIERS = (
    ("conflict", "Documents of one city disagree"),
    ("gap", "A CDO without placement, a document without city"),
    ("weak", "Facts from weak rules"),
    ("routine", "Other facts"),
    ("corrected", "Already corrected"),
)
_TIER_RANK = {key: i for i, (key, _) in enumerate(TIERS)}

VERDICTS_OK = {"", "ok", "right", "correct", "richtig", "stimmt"}
VERDICTS_WRONG = {"wrong", "falsch"}
VERDICTS_MISSING = {"missing", "fehlt", "add"}

_GOVERNANCE_SCALARS = (
    "governance.cdo",
    "governance.cdo_status",
    "governance.cdo_placement",
    "governance.cdo_holder",
)
_TIMELINE_SECTIONS = {"milestones"}
_LISTS = (
    ("governance.units", lambda d: d["governance"]["units"]),
    ("events", lambda d: d["events"]),
    ("projects", lambda d: d["projects"]),
    ("funding", lambda d: d["funding"]),
    ("partners", lambda d: d["partners"]),
    ("people", lambda d: d["people"]),
)


@dataclass
class Fact:
    doc: dict
    field: str
    value: str
    quote: str | None
    reasons: list[tuple[str, str]]  # (tier, why), most urgent first after sorting

    @property
    def tier(self) -> str:
        return min((t for t, _ in self.reasons), key=_TIER_RANK.__getitem__, default="routine")


# --- which facts, and why check them ---------------------------------------------------------


def _conflicts(docs: list[dict]) -> dict[tuple[str, str], str]:
    """(doc_id, field) -> what the other documents of the city say, where they disagree."""
    by_city: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        if d["city"]:
            by_city[d["city"]].append(d)
    out = {}
    for city_docs in by_city.values():
        for field in _GOVERNANCE_SCALARS:
            said = {d["doc_id"]: corr._get(d, field) for d in city_docs}
            # the date tells a reviewer whether the city changed its model or a document is wrong
            dated = {
                d["doc_id"]: f" ({d['published']})" if d["published"] else " (undated)" for d in city_docs
            }
            if len({v for v in said.values() if v is not None}) > 1:
                for doc_id in said:
                    others = ", ".join(
                        f"{o}{dated[o]} says {format_value(field, v) or '(empty)'}"
                        for o, v in said.items()
                        if o != doc_id
                    )
                    out[(doc_id, field)] = f"documents of one city disagree: {others}"
    return out


def _corrected_fields(doc: dict) -> dict[str, str]:
    return {c["field"]: c["note"] for c in doc.get("corrections", []) if c["action"] == "set"}


def _scalar_reasons(doc: dict, field: str) -> list[tuple[str, str]]:
    gov = doc["governance"]
    reasons = []
    if field == "city" and not doc["city"]:
        reasons.append(("gap", "no city found"))
    if (
        field == "governance.cdo_placement"
        and gov["cdo"] is True
        and gov["cdo_placement"] in (None, "unspecified")
    ):
        reasons.append(("gap", "a CDO without placement"))
    if field == "governance.cdo" and gov["cdo"] is not None and not gov["evidence"]:
        reasons.append(("weak", "a CDO fact without a quote"))
    if field == "governance.cdo_holder" and gov["cdo"] is True and not gov["cdo_holder"]:
        reasons.append(("weak", "a CDO without a named holder"))
    if field == "published" and not doc["published"]:
        reasons.append(("weak", "no publication date found"))
    return reasons


def _item_reasons(doc: dict, field: str, item: dict) -> list[tuple[str, str]]:
    reasons = []
    if item.get("corrected"):
        return [("corrected", f"added by correction: {item['corrected']['note']}")]
    if field == "events":
        if not item.get("type"):
            reasons.append(("weak", "an event without a type"))
        if item.get("section") and item["section"] not in _TIMELINE_SECTIONS:
            reasons.append(("weak", f"an event found outside a timeline section ({item['section']})"))
        if item["label"].rstrip().endswith(("…", "...")):
            reasons.append(("weak", "the label is cut off"))
    elif field == "people" and not item.get("role"):
        reasons.append(("weak", "a person without a role"))
    elif field == "projects" and not item.get("domain"):
        reasons.append(("weak", "a project without a field of action"))
    if field != "events":
        name = item["name"]
        if len(name.split()) == 1 and len(name) <= 4:
            reasons.append(("weak", "a very short name"))
        also = [
            other
            for other, items in _LISTS
            if other not in (field, "events", "people") and any(i["name"] == name for i in items(doc))
        ]
        if also:
            reasons.append(("weak", f"also listed as {', '.join(also)}"))
    return reasons


def _quote(evidence: dict | None) -> str | None:
    return evidence["quote"] if evidence else None


def collect_facts(dataset: dict) -> list[Fact]:
    """One fact per scalar field of every document and per list item, most worth checking
    first (then by city, document and field)."""
    docs = [d for d in dataset["documents"] if not d.get("duplicate_of")]
    conflicts = _conflicts(docs)
    facts = []
    for doc in docs:
        gov_quote = _quote(doc["governance"]["evidence"][0]) if doc["governance"]["evidence"] else None
        corrected = _corrected_fields(doc)
        for field in SCALAR_FIELDS:
            reasons = _scalar_reasons(doc, field)
            if (doc["doc_id"], field) in conflicts:
                reasons.insert(0, ("conflict", conflicts[(doc["doc_id"], field)]))
            if field in corrected:
                reasons = [("corrected", f"corrected: {corrected[field]}")]
            quote = gov_quote if field.startswith("governance.") else None
            facts.append(Fact(doc, field, format_value(field, corr._get(doc, field)), quote, reasons))
        for field, items in _LISTS:
            for item in items(doc):
                quote = _quote(item.get("evidence"))
                facts.append(
                    Fact(doc, field, format_value(field, item), quote, _item_reasons(doc, field, item))
                )
    order = {f: i for i, f in enumerate(corr.FIELDS)}
    facts.sort(key=lambda f: (_TIER_RANK[f.tier], f.doc["city"] or "", f.doc["doc_id"], order[f.field]))
    return facts


def sheet_rows(dataset: dict) -> list[dict[str, str]]:
    """The review sheet's rows (every column a string; verdict, corrected value and note blank)."""
    return [row for _, row in _tiered_rows(dataset)]


def _tiered_rows(dataset: dict) -> list[tuple[str, dict[str, str]]]:
    rows = []
    for rank, fact in enumerate(collect_facts(dataset), 1):
        doc = fact.doc
        rows.append(
            (
                fact.tier,
                {
                    "rank": str(rank),
                    "check": "; ".join(why for _, why in fact.reasons),
                    "doc_id": doc["doc_id"],
                    "city": doc["city"] or "",
                    "field": fact.field,
                    "value": fact.value,
                    # control characters of the source out: read back, they would mark the row malformed
                    "quote": " ".join(corr.CONTROL.sub("", fact.quote or "").split()),
                    "source": doc["source"]["path"],
                    "sha256": doc["source"]["sha256"][:PIN_CHARS],
                    "verdict": "",
                    "corrected_value": "",
                    "note": "",
                },
            )
        )
    return rows


# --- writing the sheet -----------------------------------------------------------------------


def sheet_paths(out: Path) -> tuple[Path, Path]:
    """FILE -> FILE.csv and FILE.html (a given .csv or .html suffix is the stem's)."""
    base = out.with_suffix("") if out.suffix.lower() in (".csv", ".html") else out
    return base.with_name(base.name + ".csv"), base.with_name(base.name + ".html")


def sheet_csv(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(SHEET_COLUMNS)
    for row in rows:
        writer.writerow([corr.excel_guard(row[c]) for c in SHEET_COLUMNS])
    return BOM + buf.getvalue()


_CSS = """
body { font-family: "DejaVu Sans", sans-serif; margin: 1.5em; color: #222; }
table { border-collapse: collapse; width: 100%; font-size: 0.85em; }
th, td { border-bottom: 1px solid #ddd; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; position: sticky; top: 0; }
td.quote { font-style: italic; color: #444; max-width: 40em; }
td.value { font-family: "DejaVu Sans Mono", monospace; }
td.why { color: #8a3b00; }
nav a { margin-right: 1em; }
code { background: #f3f3f3; padding: 0 0.2em; }
"""


def sheet_html(tiered: list[tuple[str, dict[str, str]]], csv_name: str, seeds_hint: str) -> str:
    """The sheet's rows as a page, one table per reason to check; every text escaped."""
    e = html.escape
    by_tier: dict[str, list[dict[str, str]]] = defaultdict(list)
    for tier, row in tiered:
        by_tier[tier].append(row)
    nav, sections = [], []
    for key, title in TIERS:
        tier_rows = by_tier.get(key, [])
        if not tier_rows:
            continue
        nav.append(f'<a href="#{key}">{e(title)} ({len(tier_rows)})</a>')
        body = "".join(
            f"<tr><td>{e(r['rank'])}</td><td>{e(r['city'])}</td>"
            f'<td><span title="{e(r["source"])}">{e(r["doc_id"])}</span></td><td>{e(r["field"])}</td>'
            f'<td class="value">{e(r["value"])}</td><td class="quote">{e(r["quote"])}</td>'
            f'<td class="why">{e(r["check"])}</td></tr>'
            for r in tier_rows
        )
        sections.append(
            f'<h2 id="{key}">{e(title)}</h2><table><thead><tr><th>#</th><th>City</th><th>Document</th>'
            f"<th>Field</th><th>Value</th><th>Quote</th><th>Why check</th></tr></thead>"
            f"<tbody>{body}</tbody></table>"
        )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Review sheet</title><style>{_CSS}</style></head>
<body>
<h1>Review sheet: {len(tiered)} extracted facts</h1>
<p>Most worth checking first. Write your verdicts in <code>{e(csv_name)}</code> (same rows, same
numbers): <code>ok</code>; <code>wrong</code> with the right value in <code>corrected_value</code>
(empty: the fact goes) and why in <code>note</code>; for a fact the extraction missed, a new
row with <code>missing</code>, the document, the field and the value. Then run
<code>python -m analysis review --apply {e(csv_name)} --seeds {e(seeds_hint)}</code>.</p>
<nav>{"".join(nav)}</nav>
{"".join(sections)}
</body></html>
"""


def write_sheet(dataset: dict, out: Path, seeds_hint: str = "seeds") -> tuple[Path, Path]:
    """Write FILE.csv and FILE.html atomically; return their paths."""
    tiered = _tiered_rows(dataset)
    csv_path, html_path = sheet_paths(out)
    atomic.write_bytes(csv_path, sheet_csv([row for _, row in tiered]).encode("utf-8"))
    atomic.write_text(html_path, sheet_html(tiered, csv_path.name, seeds_hint))
    return csv_path, html_path


# --- from verdicts to corrections ------------------------------------------------------------


def _sheet_corrections(line: int, row: dict[str, str], name: str, hashes: dict[str, str]) -> list[Correction]:
    """The corrections rows one sheet row asks for (none for `ok` or no verdict)."""
    verdict = row.get("verdict", "").strip().lower()
    if verdict in VERDICTS_OK:
        return []
    doc_id, field = row.get("doc_id", "").strip(), row.get("field", "").strip()
    value = corr.excel_unguard(row.get("value", "").strip())
    new = corr.excel_unguard(row.get("corrected_value", "").strip())
    note = " ".join(corr.excel_unguard(row.get("note", "")).split())
    pin = row.get("sha256", "").strip().lower() or hashes.get(doc_id, "")[:PIN_CHARS]

    def make(action: str, text: str) -> Correction:
        return Correction(line, doc_id, field, action, text, note, pin, file=name)

    if verdict in VERDICTS_WRONG:
        if new and new == value:
            raise CorrectionError(name, line, "marked wrong, but corrected_value is the value itself")
        if field in SCALAR_FIELDS:
            return [make("set", new)]
        return [make("drop", value)] + ([make("add", new)] if new else [])
    if verdict in VERDICTS_MISSING:
        if field in SCALAR_FIELDS:
            return [make("set", new or value)]
        return [make("add", new or value)]
    known = ", ".join(sorted(v for v in VERDICTS_OK | VERDICTS_WRONG | VERDICTS_MISSING if v))
    raise CorrectionError(name, line, f"unknown verdict {verdict!r} (one of {known})")


@dataclass
class ApplyResult:
    appended: list[Correction]
    skipped: list[CorrectionError]
    corrections_file: Path
    notes: list[str]  # what was done to the file besides appending (an encoding changed)


LOCK_SECONDS = 120  # how long `--apply` waits for another one writing the same corrections file


@contextlib.contextmanager
def corrections_lock(target: Path) -> Iterator[None]:
    """One writer of a corrections file at a time: two `review --apply` at once would each
    read the old rows and the later rename would lose the other's. Readers need no lock
    (the file is replaced in one rename)."""
    from filelock import FileLock, Timeout

    lock = FileLock(str(target.with_name(f".{target.name}.lock")))
    try:
        lock.acquire(timeout=LOCK_SECONDS)
    except Timeout:
        raise CorrectionError(
            target.name, 1, f"another `review --apply` has been writing it for {LOCK_SECONDS} s; try again"
        ) from None
    try:
        yield
    finally:
        lock.release()


def apply_sheet(sheet: Path, seeds: Path, dataset: dict | None = None) -> ApplyResult:
    """Turn the verdicts of a filled-in sheet into rows appended (atomically) to
    `seeds/corrections.csv`. A sheet row whose corrections would not apply (checked against
    the sources and the rows already in the file) is skipped with one line; none of its
    rows is written; so is a sheet row that cannot be read (a quote never closed, a control
    character). The file is read and written under a lock, so that two runs at once both
    append. `dataset` is the uncorrected extraction of `seeds` (extracted if None)."""
    from analysis.dataset.profiles import extract_folder

    if dataset is None:
        dataset = extract_folder(seeds, corrections=False).dataset
    name = sheet.name if sheet.name != corr.FILE_NAME else str(sheet)  # tell its rows from the file's
    try:
        text = corr.decode_sheet(sheet.read_bytes())
    except OSError as exc:
        raise CorrectionError(name, 1, f"cannot read the sheet ({exc.strerror or exc})") from None
    except corr.SheetError as exc:
        raise CorrectionError(name, 1, str(exc)) from None
    table, _ = corr.read_table(text, ("doc_id", "field", "verdict"), name)
    hashes = {d["doc_id"]: d["source"]["sha256"] for d in dataset["documents"]}
    unread: list[CorrectionError] = []
    proposed_all: list[Correction] = []
    for line, row in table:
        try:
            if corr.MALFORMED in row:
                raise CorrectionError(name, line, f"malformed line: {row[corr.MALFORMED]}")
            proposed_all += _sheet_corrections(line, row, name, hashes)
        except CorrectionError as exc:
            unread.append(exc)
    target = seeds / corr.FILE_NAME
    with corrections_lock(target):
        existing, bad = corr.read_corrections(target) if target.exists() else ([], [])
        broken = [e for e in bad if any(why in e.reason for why in corr.UNREADABLE)]
        if broken:
            raise CorrectionError(
                target.name,
                broken[0].line_no,
                f"{broken[0].reason}: fix this line first (rows appended after it would be read as part of it)",
            )
        # A sheet row applies whole or not at all (a `wrong` item is a drop and an add): drop
        # the rows of every sheet line that fails, until what is left applies cleanly.
        skipped = list(unread)
        proposed = list(proposed_all)
        while True:
            result = corr.apply_rows(dataset, existing + proposed)
            failed = {e.line_no: e for e in result.skipped if e.file == name}
            if not failed:
                break
            skipped += failed.values()
            proposed = [c for c in proposed if c.line not in failed]
        notes = append_corrections(target, proposed) if proposed else []
    return ApplyResult(proposed, sorted(skipped, key=lambda e: e.line_no), target, notes)


_LINE_END = re.compile(r"\r\n|\r|\n")


def append_corrections(path: Path, rows: list[Correction]) -> list[str]:
    """Append rows to a corrections file in its own dialect (encoding and byte order mark,
    delimiter, line ends), adding the `sha256` column to its header if it lacks one; a new
    file is written like the sheet. The rows already there keep their bytes: a row that a
    spreadsheet reads in its own way is never re-quoted. Only when the new rows hold a
    character the file's encoding (cp1252) lacks is the file converted to UTF-8 with BOM;
    the returned notes say so. The file is replaced in one rename: a reader sees the old
    rows or all of the new. Leftovers of a killed run are removed (call under the lock)."""
    for leftover in atomic.leftovers(path):
        leftover.unlink(missing_ok=True)
    data = path.read_bytes() if path.exists() else b""
    if data.strip(b"\x00\r\n\t \xef\xbb\xbf\xff\xfe"):
        codec, bom = corr.sheet_encoding(data)
        text = corr.decode_sheet(data)
        delimiter = corr.sniff_delimiter(text, corr.COLUMNS)
        if delimiter is None:
            raise CorrectionError(path.name, 1, f"the header must name the columns {','.join(corr.COLUMNS)}")
        end = _LINE_END.search(text)
        newline = end.group(0) if end else "\r\n"
        header_line = corr.first_line(text)
        keys = [c.strip().lower() for c in next(csv.reader([header_line], delimiter=delimiter), [])]
    else:  # a new file, written like the sheet
        codec, bom, text, delimiter, newline = "utf-8", corr.UTF8_BOM, "", ";", "\r\n"
        header_line, keys = "", []
    old = data[len(bom) :] if text else b""
    head = ""
    if not keys:
        keys = [*corr.COLUMNS, corr.PIN_COLUMN]
        head = ";".join(keys) + newline
    elif corr.PIN_COLUMN not in keys:  # the header gains the column; the rows stay as they are
        keys.append(corr.PIN_COLUMN)
        header_bytes = header_line.encode(codec, errors="replace")
        if not old.startswith(header_bytes):  # cp1252 bytes that decoded to U+FFFD
            old = text.encode(codec, errors="replace")
        old = header_bytes + (delimiter + corr.PIN_COLUMN).encode(codec) + old[len(header_bytes) :]
        text = header_line + delimiter + corr.PIN_COLUMN + text[len(header_line) :]
    if text and not text.endswith(("\n", "\r")):  # the last row ends where the new ones begin
        old += newline.encode(codec)
        text += newline
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator=newline)
    for c in rows:
        cells = {
            "doc_id": c.doc_id,
            "field": c.field,
            "action": c.action,
            "value": c.value,
            "note": c.note,
            corr.PIN_COLUMN: c.sha256,
        }
        writer.writerow([corr.excel_guard(cells.get(k, "")) for k in keys])
    added = head + buf.getvalue()
    try:
        atomic.write_bytes(path, bom + old + added.encode(codec))
    except UnicodeEncodeError:
        atomic.write_bytes(path, corr.UTF8_BOM + (text + added).encode("utf-8"))
        return [
            f"{path.name}: converted from {codec} to UTF-8 with BOM (the new rows hold characters {codec} lacks)"
        ]
    return []
