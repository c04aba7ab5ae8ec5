"""Everything the extractors share about one document, computed once."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from analysis.reading.cleaner import Block, segment
from analysis.reading.dates import DateMention, find_dates
from analysis.reading.reader import SourceText
from analysis.reading.sections import Section, split_sections
from analysis.reading.text import Span, computed_once, lower_same_length, sentences


@dataclass(frozen=True)
class Sentence:
    span: Span
    section: str  # canonical section key
    block: Block

    @computed_once
    def text(self) -> str:
        return self.span.text

    @computed_once
    def lower(self) -> str:
        """Lower-cased text, offsets unchanged (read by many cheap literal pre-checks): the
        slice of its block's lower-cased text, lowered once per paragraph. A capital sigma
        lowers by its neighbours (final "ς"), so a sentence holding one is lowered alone."""
        text = self.span.text
        if "Σ" in text:
            return lower_same_length(text)
        at = self.span.start - self.block.start
        return self.block.lower[at : at + len(text)]


@dataclass
class DocContext:
    source: SourceText
    blocks: list[Block] = field(init=False)
    sections: list[Section] = field(init=False)
    city: str | None = None
    published: str | None = None
    cdo_context: set[int] = field(default_factory=set)  # starts of sentences about the CDO
    programme_names: list[str] = field(default_factory=list)  # funding programmes found (set by the caller)
    UNSET = object()
    dateline: object = field(default=UNSET, init=False)  # set by meta.dateline
    _dates: dict[str, list[DateMention]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.blocks = segment(self.source.view)
        self.sections = split_sections(self.blocks)

    @computed_once
    def sentences(self) -> list[Sentence]:
        out: list[Sentence] = []
        for sec in self.sections:
            for block in sec.blocks:
                out.extend(Sentence(s, sec.key, block) for s in sentences(block.span))
        return out

    @computed_once
    def content_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "content"]

    @computed_once
    def content_lowered(self) -> list[str]:
        """Lower-cased text of each content block, offsets unchanged."""
        return [b.lower for b in self.content_blocks]

    @computed_once
    def _sentence_starts(self) -> list[int]:
        return [s.span.start for s in self.sentences]

    @computed_once
    def _sentence_index(self) -> dict[int, int]:
        return {s.span.start: i for i, s in enumerate(self.sentences)}

    def index_of(self, s: Sentence) -> int | None:
        """Position of a sentence of this document in `sentences` (None for a foreign one)."""
        i = self._sentence_index.get(s.span.start)
        return i if i is not None and self.sentences[i] == s else None

    def dates_in(self, text: str) -> list[DateMention]:
        """Date mentions of a block's text, found once per document (several extractors ask)."""
        found = self._dates.get(text)
        if found is None:
            found = self._dates[text] = find_dates(text)
        return found

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence containing `offset` (patterns run once per paragraph, not per sentence)."""
        i = bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[max(0, i)]

    @computed_once
    def content_text(self) -> str:
        return "\n".join(b.text for b in self.blocks if b.kind == "content")

    @computed_once
    def content_lower(self) -> str:
        """`lower_same_length(content_text)`, joined from the paragraphs' lower case (the same
        string: only a capital sigma lowers by its neighbours, and a text holding one is
        lowered whole)."""
        if "Σ" in self.content_text:
            return lower_same_length(self.content_text)
        return "\n".join(self.content_lowered)

    def evidence(self, span: Span | tuple[int, int]) -> dict:
        """Evidence whose quote is the exact slice of the decoded text."""
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        start, end = self.source.raw_span(start, end)
        return {"start": start, "end": end, "quote": self.source.raw[start:end]}
