"""The document model every reader produces.

A report is a title, headings and body paragraphs, plus numbered footnotes.
Each block keeps the 1-based source line(s) it came from, so that every figure
can be traced back to the input ("provenance" in the audit).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass
class Marker:
    """A footnote reference in a block's text, e.g. the ``⁷`` of ``đảng viên⁷``."""

    number: int
    start: int  # offset in Block.text
    end: int


@dataclass
class Block:
    id: str  # stable within a document: "b12" for body, "fn7" for footnote 7
    kind: str  # title | heading | paragraph | footnote | table
    text: str  # NFC text, markers kept in place (as superscripts)
    # (offset in text, source line) for each piece that was stitched together;
    # a piece covers text[offset : next offset].
    pieces: list[tuple[int, int]] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    section: str = ""  # the nearest heading above, e.g. "3. Công tác kiểm tra, giám sát"
    footnote: int | None = None  # footnote number for kind == "footnote"
    level: int = 0  # heading level (1 = "I.", 2 = "1.", ...)
    table: int | None = None  # kind == "table": the table's number (a row per block, see figaudit.readers.flat_tables)

    @property
    def line(self) -> int:
        return self.pieces[0][1] if self.pieces else 0

    @property
    def lines(self) -> list[int]:
        return [ln for _, ln in self.pieces]

    def line_at(self, offset: int) -> int:
        """Source line of the character at ``offset`` (the pieces' offsets are listed once per state of the
        pieces, not per call: a block of thousands of lines costs one pass)."""
        cache = self.__dict__.get("_starts")
        if cache is None or cache[0] is not self.pieces or cache[1] != len(self.pieces):
            cache = (self.pieces, len(self.pieces), [o for o, _ in self.pieces])
            self.__dict__["_starts"] = cache
        i = bisect.bisect_right(cache[2], offset) - 1
        return self.pieces[max(i, 0)][1]


@dataclass
class Document:
    source: str  # file name as given
    title: str = ""
    year: int | None = None
    blocks: list[Block] = field(default_factory=list)
    # how the text was decoded, for provenance
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    # What "line" means for this input: "line" (text), "paragraph" (.docx: the
    # paragraph's 1-based number) or "page" (.pdf: paragraph number, with its
    # page and the paragraph's number on that page in `locations`).
    location_kind: str = "line"
    locations: dict[int, tuple[int, int]] = field(default_factory=dict)

    @property
    def body(self) -> list[Block]:
        return [b for b in self.blocks if b.kind != "footnote"]

    @property
    def footnotes(self) -> dict[int, Block]:
        out: dict[int, Block] = {}
        for b in self.blocks:
            if b.kind == "footnote" and b.footnote is not None and b.footnote not in out:
                out[b.footnote] = b
        return out

    def block(self, block_id: str) -> Block:
        for b in self.blocks:
            if b.id == block_id:
                return b
        raise KeyError(block_id)
