"""Sources as a reader cites them: publisher, title, date, web address, numbered in a
bibliography. Document ids, hashes and character offsets belong to the technical appendix.

What each source says about itself lives in `seeds/sources.csv` (columns `file`,
`publisher`, `kind`, `title`, `date`, `url`, and optionally `retrieved`, the day the page was
fetched, and `publisher_de` etc., the publisher as a report in that language names it when
the publisher is described rather than named, e.g. a portal whose name the page does not
give); a document without a line there is cited by its source kind, its extracted title and
its publication date. The publisher is always given.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from analysis.reporting.texts import Texts
from analysis.views.city import as_of


def read_source_list(path: str | Path | None) -> dict[str, dict[str, str]]:
    """`sources.csv` by file name; an absent file gives no entries (citations fall back to
    what the profiles say)."""
    if not path:
        return {}
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            return {row["file"]: row for row in csv.DictReader(fh) if row.get("file")}
    except FileNotFoundError:
        return {}


class Bibliography:
    """The documents a report reads, numbered in reading order (city, then date)."""

    def __init__(self, documents: list[dict], source_list: dict[str, dict[str, str]], T: Texts):
        self.T = T
        self.source_list = source_list
        docs = [d for d in documents if not d.get("duplicate_of")]
        self.documents = sorted(
            docs, key=lambda d: (d.get("city") or "", as_of(d)[0] is None, as_of(d)[0] or "", d["doc_id"])
        )
        self.number = {d["doc_id"]: i + 1 for i, d in enumerate(self.documents)}

    def note(self, doc_id: str) -> int:
        return self.number[doc_id]

    def notes(self, doc_ids) -> str:
        """'1' or '1, 3': the bibliography numbers of the documents, in order."""
        return ", ".join(str(n) for n in sorted({self.number[i] for i in doc_ids if i in self.number}))

    def _row(self, doc: dict) -> dict[str, str]:
        return self.source_list.get(doc["source"]["path"], {})

    def publisher(self, doc: dict) -> str:
        row = self._row(doc)
        return (
            row.get(f"publisher_{self.T.lang}")
            or row.get("publisher")
            or self.T.label("source_kind", doc["source_kind"])
        )

    def kind(self, doc: dict) -> str:
        return self.T.label("source_kind", doc["source_kind"])

    def entry(self, doc: dict) -> str:
        row = self._row(doc)
        title = row.get("title") or doc.get("title") or self.T("bib.untitled")
        published = doc.get("published") or row.get("date") or None
        text = self.T("bib.format", publisher=self.publisher(doc), title=title, date=self.T.date(published))
        if row.get("url"):
            text += " " + self.T("bib.retrieved", url=row["url"])
        if row.get("retrieved"):
            text += " " + self.T("bib.retrieved_on", date=self.T.date(row["retrieved"][:10]))
        return text

    def short(self, doc: dict) -> str:
        """'Bitkom Smart City Atlas, 19 March 2019 [2]': for prose and tables."""
        return f"{self.publisher(doc)}, {self.T.date(doc.get('published'))} [{self.note(doc['doc_id'])}]"

    def table(self) -> pd.DataFrame:
        T = self.T
        return pd.DataFrame(
            [
                {
                    T("bib.no"): f"[{self.number[d['doc_id']]}]",
                    T("bib.city"): d.get("city"),
                    T("bib.entry"): self.entry(d),
                    T("bib.kind"): self.kind(d),
                }
                for d in self.documents
            ],
            columns=[T("bib.no"), T("bib.city"), T("bib.entry"), T("bib.kind")],
        )

    def technical_table(self) -> pd.DataFrame:
        T = self.T
        rows = []
        for d in self.documents:
            rows.append(
                {
                    T("tech.no"): f"[{self.number[d['doc_id']]}]",
                    T("tech.doc"): d["doc_id"],
                    T("tech.sha"): d["source"]["sha256"][:16],
                    T("tech.encoding"): d["source"].get("encoding"),
                    T("tech.dropped"): sum(d.get("page", {}).get("dropped", {}).values()),
                }
            )
        return pd.DataFrame(
            rows, columns=[T("tech.no"), T("tech.doc"), T("tech.sha"), T("tech.encoding"), T("tech.dropped")]
        )


def offsets_table(documents: list[dict], T: Texts, notes) -> pd.DataFrame:
    """Where each governance and event quote sits in its document (technical appendix)."""
    from analysis.views.findings import event_label

    rows = []
    for d in documents:
        cited = [("CDO", e) for e in d["governance"]["evidence"]]
        cited += [
            (f"{event_label(e, T)}, {T.date(e['date'], e.get('qualifier'))}", e["evidence"])
            for e in d["events"]
            if e.get("evidence")  # an event an analyst added has no place in the text
        ]
        for fact, ev in cited:
            rows.append(
                {
                    T("tech.no"): f"[{notes([d['doc_id']])}]",
                    T("tech.doc"): d["doc_id"],
                    T("tech.where"): fact,
                    T("tech.offsets"): f"{ev['start']}–{ev['end']}",
                }
            )
    return pd.DataFrame(rows, columns=[T("tech.no"), T("tech.doc"), T("tech.where"), T("tech.offsets")])
