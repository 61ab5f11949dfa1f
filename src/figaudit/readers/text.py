"""Reader for .txt and .md reports, including page-by-page conversions.

A page-by-page conversion (the usual way a PDF or Word report becomes text)
puts each page's footnotes at the bottom of the page, between body paragraphs.
So the input is a sequence of pages, each = body blocks then a footnote run.
This reader rebuilds what the layout cut apart:

* a body paragraph that ends a page without ending its sentence continues in
  the first body block of the next page (after the footnote run), whatever
  the case of its first letter (``… là cấp trưởng diện`` / ``Ban Thường vụ
  Tỉnh ủy quản lý³.``);
* two adjacent body blocks, the first unfinished and the second starting in
  lower case, are one paragraph cut by a page without footnotes
  (``… công tác`` / ``tuyển sinh đảm bảo …``);
* a footnote that ends a page unfinished continues in the last body block of
  the next page, just above that page's footnotes, when that block starts in
  lower case (footnote 15 of the seed: ``… quản lý thu các`` / ``loại thuế
  trên địa bàn tỉnh); 02 cuộc giám sát …``).

Markdown inputs may also use ``[^n]`` markers and ``[^n]: text`` footnotes and
``#`` headings; they are mapped onto the same model.
"""

from __future__ import annotations

from pathlib import Path

from figaudit.decode import read_text_file
from figaudit.model import Document
from figaudit.readers import flat_tables, markers, register
from figaudit.readers.layout import Raw, classify, stitch, to_block
from figaudit.structure import finish_document


@register(".txt", ".text")
def read_txt(path: Path) -> Document:
    return read_text_file(path, parse_text)


def parse_text(text: str, source: str = "<text>") -> Document:
    blocks = flat_tables.explode_rows(_split_blocks(markers.normalise(text)))
    raws: list[Raw] = []
    done = 0
    for t, (b0, b1, table) in enumerate(flat_tables.find_tables(blocks), start=1):
        classify(blocks[done:b0], raws)
        raws += _table_raws(table, t)
        done = b1
    classify(blocks[done:], raws)
    return finish_document(source, [to_block(r) for r in stitch(raws)])


def _table_raws(table: flat_tables.FlatTable, number: int) -> list[Raw]:
    """One block per row of a flattened table (the first: the corner and the column heads)."""
    rows = []
    if table.columns:
        rows.append([table.corner or flat_tables.Cell("", table.columns[0].line)] + table.columns)
    rows += table.rows
    out = []
    for row in rows:
        text, pieces = "", []
        for c in row:
            if text or pieces:
                text += flat_tables.SEP
            pieces.append((len(text), c.line))
            text += c.text
        out.append(Raw("table", text, pieces, table=number))
    return out


def _split_blocks(text: str) -> list[tuple[str, int]]:
    """Blank-line separated blocks, each with its first 1-based line number."""
    blocks: list[tuple[str, int]] = []
    cur: list[str] = []
    start = 0
    for i, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not cur:
                start = i
            cur.append(line.rstrip())
        elif cur:
            blocks.append(("\n".join(cur), start))
            cur = []
    if cur:
        blocks.append(("\n".join(cur), start))
    return blocks
