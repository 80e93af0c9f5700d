"""Plain records passed from one pipeline stage to the next.

read -> RawDoc -> normalise -> NormDoc -> segment -> SectionedDoc
     -> match -> MatchedDoc -> link -> MatchedDoc (footnotes filled) -> tables/write

Offsets named ``start``/``end`` are into the *normalised* text unless a name
says ``raw``; ``NormDoc.to_raw`` maps them back to the raw text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class Kind(StrEnum):
    """What a figure states (SCHEMA `kind`)."""

    LEVEL = "level"
    CHANGE = "change"
    GROWTH = "growth"
    PREVIOUS = "previous"


@dataclass(frozen=True, slots=True)
class RawDoc:
    """A document as read: the decoded text, untouched."""

    doc_id: str
    """The source file's stem."""
    source: str
    """Path of the source file, or a label such as ``<text>``."""
    format: str
    """``text`` or ``pdf``."""
    encoding: str
    """The encoding the bytes were decoded with."""
    sha256: str
    """Hex digest of the source bytes."""
    text: str
    """The raw text exactly as decoded (for a PDF: the pages' text joined)."""
    page_starts: tuple[int, ...] = ()
    """Raw offset where each page begins; empty for text input."""
    wrapped_line_ends: tuple[int, ...] = ()
    """Raw offsets of the line feeds that end a line its page wrapped (known
    from a PDF's geometry); empty for text input."""


@dataclass(frozen=True, slots=True)
class NormDoc:
    """The text rewritten for matching, with a map back to the raw text."""

    raw: RawDoc
    text: str
    """Normalised text in the source's own script."""
    simplified: str
    """``text`` in simplified script, character for character (same length)."""
    to_raw: Sequence[int]
    """``to_raw[i]`` is the raw offset of ``text[i]``; one extra entry for the end."""
    steps: dict[str, int] = field(default_factory=dict)
    """Characters each normalisation step changed."""
    heading_marks: frozenset[int] = frozenset()
    """Offsets of line starts that the source marked as headings (``## ``)."""

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets covering normalised ``text[start:end]``."""
        if end <= start:
            return self.to_raw[start], self.to_raw[start]
        return self.to_raw[start], self.to_raw[end - 1] + 1


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the text it governs."""

    section_id: str
    """Dotted ordinals of this and the enclosing headings (``1.2.3``)."""
    level: int
    """1 for 一、, 2 for （一）, 3 for 1., 4 for （1）; 0 for 第一部分; a
    yearbook's un-numbered headings 5 (a chapter), 6 (a part) and 7 (an entry)."""
    ordinal: str
    """The ordinal as written (``一``, ``2``)."""
    title: str
    section_path: str
    """Titles of the enclosing headings and this one, joined by `` > ``."""
    start: int
    """Offset of the heading line."""
    end: int
    """Offset where the next heading of the same or a higher level begins."""
    ordinal_span: tuple[int, int]
    rule: str
    """Id of the heading rule that recognised it."""


@dataclass(frozen=True, slots=True)
class FootnoteDef:
    """A footnote definition (``[2]根据……``)."""

    footnote: str
    """The footnote's id as written in its marker (``2``)."""
    text: str
    start: int
    """Offset of the definition's marker."""
    end: int
    body_start: int
    """Offset where the footnote's own text begins."""


@dataclass(frozen=True, slots=True)
class Marker:
    """A footnote marker in the body (``[2]``, ``<sup>[2]</sup>``)."""

    footnote: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell; an empty cell has ``start == end``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Table:
    """A table found in the text: caption lines, then rows of cells."""

    start: int
    end: int
    caption: tuple[Cell, ...]
    """Lines above the table that name it or its units."""
    rows: tuple[tuple[Cell, ...], ...]
    header_rows: int
    """How many of ``rows`` are header rows."""
    section_id: str
    section_path: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A run of prose: a body line, or the text of a footnote."""

    start: int
    end: int
    section_id: str
    section_path: str


@dataclass(frozen=True, slots=True)
class NonFact:
    """A number recognised as not a statistic (a year, an ordinal, a marker…)."""

    start: int
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class SectionedDoc:
    """A normalised document cut into its title, sections, prose and tables."""

    norm: NormDoc
    title: str
    region: str
    year: int | None
    sections: tuple[Section, ...]
    footnotes: tuple[FootnoteDef, ...]
    markers: tuple[Marker, ...]
    paragraphs: tuple[Paragraph, ...]
    tables: tuple[Table, ...]
    nonfacts: tuple[NonFact, ...]
    """Numbers the segmenter itself explains (heading ordinals, footnote labels)."""


@dataclass(frozen=True, slots=True)
class Fact:
    """One figure the bulletin states, interpreted."""

    section_id: str
    section_path: str
    indicator: str
    dimension: str
    kind: Kind
    value: Decimal
    unit: str
    value_base: Decimal
    unit_base: str
    basis: str
    qualifier: str
    text: str
    context: str
    start: int
    end: int
    rule: str
    clause: tuple[int, int]
    """Span of the clause the figure belongs to (footnote markers there apply)."""
    footnotes: tuple[str, ...] = ()
    period: str = ""
    """The part of the year the figure is of where the text names one (10月,
    1-10月, 前三季度, 6月末); empty for the bulletin's own year."""
    price_basis: str = ""
    """For a change: ``real`` or ``nominal`` where the text says which prices it is at."""


@dataclass(frozen=True, slots=True)
class Unexplained:
    """A number that is neither a fact nor a recognised non-fact."""

    text: str
    start: int
    end: int
    context: str


@dataclass(frozen=True, slots=True)
class MatchedDoc:
    """Everything found in one document."""

    doc: SectionedDoc
    facts: tuple[Fact, ...]
    nonfacts: tuple[NonFact, ...]
    numbers: int
    """How many numbers the text holds."""
    unexplained: tuple[Unexplained, ...]
    failures: tuple[str, ...] = ()
    """Paragraphs whose reading raised (a bug): their figures are left unexplained."""


@dataclass(frozen=True, slots=True)
class DocError:
    """A document that could not be processed."""

    doc_id: str
    source: str
    kind: str
    message: str
