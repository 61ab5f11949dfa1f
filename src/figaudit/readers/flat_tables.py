"""Tables that reached the text flattened: one cell per line or per blank-line block, or one row per line with
tabs or ``|`` between the cells (how a statistics office's web table or a PDF table reads once copied as text).

A flattened table is told from prose by its rhythm: row labels, each followed by the same number N of value
cells (``3.417``, ``105,56``, ``-`` for none), at least :data:`MIN_ROWS` times::

    Năm học            ← the corner, then N column heads
    2021-2022
    2022-2023
    Tiểu học           ← a row: its label and N values
    3.417
    3.572
    Công lập
    3.417
    3.562
    Chỉ số phát triển (Năm trước = 100) - %    ← a section: a label with no values

Nothing is guessed cell by cell: a label followed by another count of values than N ends the table, and what
follows is prose again.  Each row becomes one block of kind ``table`` whose text is its cells joined by
:data:`SEP` (each cell keeps its source line); the first block of a table holds the corner and the column heads.
The checks (family ``table``) read these blocks back with :func:`cells`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

SEP = " | "
MIN_ROWS = 3
#: the longest text a cell may have (a longer block is prose)
MAX_CELL = 160
#: a value cell: a number in Vietnamese or plain notation, a percentage, or a mark for "none" / "not available"
_VALUE = re.compile(r"^\s*(?:[-–+]?\s*(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\s*%?|[-–—]|\.\.+|…|x)\s*$")
_YEARISH = re.compile(r"^\s*(?:19|20)\d\d\s*$")
_ROW_SPLIT = re.compile(r"\t+|\s*\|\s*")
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


@dataclass
class Cell:
    text: str
    line: int
    sep: bool = False  # read from a row with tabs or pipes (a table by its own marks, even of one value column)


@dataclass
class FlatTable:
    corner: Cell | None
    columns: list[Cell]
    rows: list[list[Cell]] = field(default_factory=list)  # [label] (a section) or [label, v1 … vN]


def is_value(text: str) -> bool:
    return bool(_VALUE.match(text))


def _row_line(line: str) -> list[str] | None:
    """``Tiểu học 3.417 3.572 3.687`` (cells separated by spaces): the label and the values read from the end."""
    tokens = line.split()
    k = len(tokens)
    while k > 0 and is_value(tokens[k - 1]):
        k -= 1
    if len(tokens) - k < 2 or k == 0 or len(line) > MAX_CELL or not re.search(r"[^\W\d_]\)?$", tokens[k - 1]):
        return None
    return [" ".join(tokens[:k])] + tokens[k:]


_PERIOD = re.compile(r"^(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?$")


def _head_line(line: str) -> list[str] | None:
    """``Năm học - School year 2019-2020 2020-2021 2021-2022``: a label, then at least two years or periods."""
    tokens = line.split()
    k = len(tokens)
    while k > 0 and _PERIOD.match(tokens[k - 1]):
        k -= 1
    if len(tokens) - k < 2 or k == 0 or len(line) > MAX_CELL:
        return None
    return [" ".join(tokens[:k])] + tokens[k:]


def explode_rows(blocks: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A block whose lines are table rows (``Tiểu học 98.210 100.340 102.115``, at least :data:`MIN_ROWS` of them
    with the same number of values) with its title and section lines between them, no blank line anywhere: each
    line becomes a block of its own, so that the table can be told from the title lines around it.  Blocks of
    prose (long lines, or too few rows) are left whole."""
    out: list[tuple[str, int]] = []
    for text, line in blocks:
        lines = text.split("\n")
        if len(lines) >= MIN_ROWS + 1 and all(len(ln) <= MAX_CELL for ln in lines):
            widths = Counter(len(r) for r in map(_row_line, lines) if r)
            split = [ln for ln in lines if ("\t" in ln.strip() or ln.strip().startswith("|")) and not _MD_RULE.match(ln)]
            if widths and widths.most_common(1)[0][1] >= MIN_ROWS or len(split) >= MIN_ROWS + 1 and len(split) < len(lines):
                # (rows with tabs or pipes under a lead line: "Phân theo cấp:" then "| Cấp tỉnh | 62 |" …)
                if len(split) >= MIN_ROWS + 1 and not (widths and widths.most_common(1)[0][1] >= MIN_ROWS):
                    k = 0
                    while k < len(lines):  # the lead lines stay one block, the table lines one block
                        j = k
                        is_row = lines[k] in split or _MD_RULE.match(lines[k])
                        while j < len(lines) and bool(lines[j] in split or _MD_RULE.match(lines[j])) == bool(is_row):
                            j += 1
                        out.append(("\n".join(lines[k:j]), line + k))
                        k = j
                    continue
                out.extend((ln, line + i) for i, ln in enumerate(lines) if ln.strip())
                continue
        out.append((text, line))
    return out


def _cell_stream(blocks: list[tuple[str, int]]) -> list[tuple[int, Cell]]:
    """Every block as one cell, or as its lines when it is a column of short lines or rows with separators
    (``(block index, cell)``)."""
    out: list[tuple[int, Cell]] = []
    for k, (text, line) in enumerate(blocks):
        lines = text.split("\n")
        rowed = [_row_line(ln) or (_head_line(ln) if len(lines) == 1 else None) for ln in lines]
        if all(rowed) or (len(lines) >= 3 and sum(1 for r in rowed if r) >= 0.6 * len(lines)):
            for i, (ln, r) in enumerate(zip(lines, rowed)):
                if r:
                    out.extend((k, Cell(c, line + i)) for c in r)
                elif ln.strip():
                    out.append((k, Cell(ln.strip(), line + i)))
            continue
        splitters = [ln for ln in lines if "\t" in ln.strip() or ln.strip().startswith("|")]
        # (a line or two of three or more cells between tabs or pipes, alone in its block: the heads above rows
        # read by their spaces, "Thị trường<TAB>Năm 2023 (người)<TAB>Năm 2024 (người)<TAB>So sánh (%)")
        heads = len(lines) < 3 and splitters and len(splitters) == len([ln for ln in lines if ln.strip()]) and \
            all(len(_ROW_SPLIT.split(ln.strip().strip("|"))) >= 3 and len(ln) <= 2 * MAX_CELL for ln in splitters)
        if (len(lines) >= 3 and len(splitters) >= 0.6 * len(lines)) or heads:
            for i, ln in enumerate(lines):
                if _MD_RULE.match(ln) or not ln.strip():
                    continue
                for c in _ROW_SPLIT.split(ln.strip().strip("|")):
                    out.append((k, Cell(c.strip() or "-", line + i, sep=True)))
            continue
        short = [ln for ln in lines if len(ln.strip()) <= MAX_CELL // 2]
        values = [ln for ln in lines if is_value(ln)]
        if len(lines) >= 6 and len(short) == len(lines) and len(values) >= 0.3 * len(lines):
            out.extend((k, Cell(ln.strip(), line + i)) for i, ln in enumerate(lines) if ln.strip())
            continue
        out.append((k, Cell(" ".join(ln.strip() for ln in lines if ln.strip()), line)))
    return out


_ROW_NUMBER = re.compile(r"^\s*(\d{1,3})\.?\s*$")


def _merge_row_numbers(stream: list[tuple[int, Cell]]) -> list[tuple[int, Cell]]:
    """An ordinal column (``TT``/``STT``: 1, 2, 3 … each before a row label) joins the label it numbers
    (``1. Huyện A``), so that it is not read as the previous row's last value.  Only a run of at least three
    consecutive numbers counts as such a column."""
    out: list[tuple[int, Cell]] = []
    expected, merged = 1, []
    i = 0
    while i < len(stream):
        k, c = stream[i]
        m = _ROW_NUMBER.match(c.text)
        if m and int(m.group(1)) == expected and i + 1 < len(stream) and not is_value(stream[i + 1][1].text):
            nc = stream[i + 1][1]
            out.append((k, Cell(f"{expected}. {nc.text}", c.line)))
            merged.append(i)
            expected += 1
            i += 2
            continue
        out.append((k, c))
        i += 1
    return out if len(merged) >= 3 else stream


def _runs(cells: list[Cell], i: int) -> int:
    """How many value cells follow cell i."""
    k = 0
    while i + 1 + k < len(cells) and is_value(cells[i + 1 + k].text):
        k += 1
    return k


def find_tables(blocks: list[tuple[str, int]]) -> list[tuple[int, int, FlatTable]]:
    """``(first block, last block + 1, table)`` for every flattened table among the blank-line blocks, in order.
    A table takes whole blocks only (a block that holds prose and table cells stays prose).  Linear in the cells."""
    stream = _merge_row_numbers(_cell_stream(blocks))
    cells = [c for _, c in stream]
    owner = [k for k, _ in stream]
    n = len(cells)
    label_runs = Counter()
    for i, c in enumerate(cells):
        if not is_value(c.text) and len(c.text) <= MAX_CELL:
            k = _runs(cells, i)
            if k >= 2 or (k == 1 and c.sep):
                label_runs[k] += 1
    found: list[tuple[int, int, FlatTable]] = []
    widths = [k for k, m in label_runs.most_common() if m >= MIN_ROWS]
    if not widths:
        return found
    width = widths[0]
    i = 0
    while i < n:
        c = cells[i]
        if is_value(c.text) or len(c.text) > MAX_CELL or _runs(cells, i) != width:
            i += 1
            continue
        start, rows, j, trailing = i, [], i, 0
        while j < n and len(cells[j].text) <= MAX_CELL and not is_value(cells[j].text):
            k = _runs(cells, j)
            if k == width:
                rows.append(cells[j:j + 1 + width])
                j += 1 + width
                trailing = 0
            elif k == 0 and trailing < 2:
                rows.append([cells[j]])
                j += 1
                trailing += 1
            else:
                break
        while rows and len(rows[-1]) == 1:  # labels after the last row are prose again
            rows.pop()
            j -= 1
        if sum(1 for r in rows if len(r) > 1) < MIN_ROWS:
            i = max(j, i + 1)
            continue
        first_row = rows[0]
        if len(first_row) > 1 and all(_YEARISH.match(c.text) for c in first_row[1:]):
            # "Năm | 2021 | 2022 | 2023": the years are the column heads, not a row
            found.append((owner[start], owner[j - 1] + 1, FlatTable(first_row[0], first_row[1:], rows[1:])))
            if (start > 0 and owner[start - 1] == found[-1][0]) or (j < n and owner[j] == found[-1][1] - 1) \
                    or (len(found) > 1 and found[-1][0] < found[-2][1]):
                found.pop()
            i = j
            continue
        # the column heads: the `width` cells before the first label (sections may stand between), and the corner
        head_end, columns, corner = start, [], None
        head_line = cells[max(0, start - width - 1):start]
        if len(head_line) == width + 1 and all(c.sep for c in head_line) and len({c.line for c in head_line}) == 1:
            # a row of heads with tabs or pipes: the corner and the heads are that line's cells, whatever they say
            b0, b1 = owner[start - width - 1], owner[j - 1] + 1
            if not ((start - width - 1 > 0 and owner[start - width - 2] == b0) or (j < n and owner[j] == b1 - 1)) \
                    and not (found and b0 < found[-1][1]):
                found.append((b0, b1, FlatTable(head_line[0], head_line[1:], rows)))
            i = j
            continue
        right_before = [c.text for c in cells[max(0, start - width):start]]
        mixed = len({_column_like(t) for t in right_before}) > 1  # years and a word: a section stands between
        while mixed and head_end > 0 and len(cells[head_end - 1].text) <= MAX_CELL // 2 and _runs(cells, head_end - 1) == 0 \
                and head_end > start - 2 and not _column_like(cells[head_end - 1].text) and width > 0:
            head_end -= 1  # "Lớp - Class": a section between the heads and the first row
        cand = cells[max(0, head_end - width):head_end]
        if len(cand) == width and all(len(h.text) <= MAX_CELL // 2 and (not is_value(h.text) or _YEARISH.match(h.text))
                                      for h in cand):
            columns = cand
            first = head_end - width
            if first > 0 and not is_value(cells[first - 1].text) and len(cells[first - 1].text) <= MAX_CELL // 2:
                corner, first = cells[first - 1], first - 1
            rows = [[h] for h in cells[head_end:start]] + rows
        else:
            first = start
        # whole blocks only
        b0, b1 = owner[first], owner[j - 1] + 1
        if (first > 0 and owner[first - 1] == b0) or (j < n and owner[j] == b1 - 1):
            i = j
            continue
        if found and b0 < found[-1][1]:
            i = j
            continue
        found.append((b0, b1, FlatTable(corner, columns, rows)))
        i = j
    return found


def _column_like(text: str) -> bool:
    """A column head rather than a section label: a year, a period (``2018-2019``, ``2015/2014``), a plan or
    estimate of a year (``KH 2024``, ``Ước TH năm 2023``)."""
    return len(text) <= 40 and bool(re.search(r"(?:19|20)\d\d", text) or _HEAD_WORDS.match(text))


#: heads of columns that compare or qualify the year columns: "Tăng (+), giảm (-)", "So sánh (%)", "Kế hoạch"
_HEAD_WORDS = re.compile(r"^\s*(?:tăng|giảm|so sánh|chênh lệch|kế hoạch|thực hiện|ước|cùng kỳ|\+\s*/|±|tỷ lệ\s*\(?%)", re.I)


def cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table block's text."""
    out, pos = [], 0
    for part in text.split(SEP):
        out.append((pos, pos + len(part)))
        pos += len(part) + len(SEP)
    return out
