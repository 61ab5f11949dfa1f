"""Helpers shared by the relation finders: sentences, clauses, parentheses,
part lists (``label number`` / ``number label``), unit heads and intervals."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from decimal import Decimal

from figaudit import grammar as g
from figaudit.figures import Figure
from figaudit.model import Block, Document
from figaudit.relations import exact_or_interval

TOTAL_KINDS = {"count", "amount"}

#: Two-word heads: "đơn tố cáo" and "đơn khiếu nại" share the head "đơn", but
#: "đảng viên" is not an "đảng".
TWO_WORD_HEADS = {
    "đảng viên", "tổ chức", "học viên", "cán bộ", "đồng chí", "vụ việc", "vụ án", "trường hợp", "văn bản",
    "tin bài", "phóng sự", "hội nghị", "đơn vị", "hồ sơ", "bản ghi", "công việc", "doanh nghiệp", "dự án",
    "công trình", "lượt học", "lượt truy", "lượt người", "hộ gia", "người lao", "lao động", "việc làm", "chi bộ",
    "đảng bộ", "cơ quan", "địa phương", "sinh viên", "học sinh", "công chức", "viên chức",
}
_SENT_END = re.compile(rf"(?:[.!?…]+)(?=\s+[\"“(]?[{g.VI_UPPER}0-9-]|\s*$)|\n")
_CLAUSE = re.compile(r"[;:]|\.(?=\s)|\n")
_PART_SEP = re.compile(r"\s*(?:;|,(?=\s)|\s+và\s+)\s*")
_TAIL = re.compile(r"[\s.;,…]*$")


def unit_head(unit: str) -> str:
    u = " ".join(unit.lower().split())
    for head in TWO_WORD_HEADS:
        if u == head or u.startswith(head + " "):
            return head
    return u.split(" ")[0] if u else ""


def same_unit(a: str, b: str) -> bool:
    return bool(a) and bool(b) and unit_head(a) == unit_head(b)


class Index:
    """Figures of a document by block, in text order (built once per document and figure list)."""

    def __new__(cls, doc: Document, figures: list[Figure]):
        cached = getattr(doc, "_figure_index", None)
        if cached is not None and cached[0] is figures:
            return cached[1]
        self = super().__new__(cls)
        self._init(doc, figures)
        doc._figure_index = (figures, self)
        return self

    def _init(self, doc: Document, figures: list[Figure]):
        self.doc = doc
        self.by_block: dict[str, list[Figure]] = {}
        for f in figures:
            self.by_block.setdefault(f.block, []).append(f)
        for lst in self.by_block.values():
            lst.sort(key=lambda f: f.start)
        self._starts = {b: [f.start for f in lst] for b, lst in self.by_block.items()}
        self.blocks = {b.id: b for b in doc.blocks}

    def within(self, block: str, start: int, end: int, kinds=None) -> list[Figure]:
        lst = self.by_block.get(block, [])
        i = bisect_left(self._starts.get(block, []), start)
        out = []
        for f in lst[i:]:
            if f.start >= end:
                break
            if f.end <= end and (kinds is None or f.kind in kinds):
                out.append(f)
        return out

    def at(self, block: str, start: int) -> Figure | None:
        for f in self.by_block.get(block, []):
            if f.start == start:
                return f
        return None


@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans; a parenthesis never ends a sentence (cached: every finder asks for them)."""
    spans, start, depth = [], 0, 0
    i = 0
    ends = {m.end(): m for m in _SENT_END.finditer(text)}
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if depth == 0 and (i + 1) in ends:
            spans.append((start, i + 1))
            start = i + 1
    if start < len(text):
        spans.append((start, len(text)))
    return tuple((s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans if text[s:e].strip())


def sentence_of(text: str, pos: int) -> tuple[int, int]:
    for s, e in sentences(text):
        if s <= pos < e:
            return s, e
    return 0, len(text)


def clause_of(text: str, pos: int) -> tuple[int, int]:
    """The clause around pos: between ``;``/``:``/sentence ends, ignoring those inside parentheses."""
    s_start, s_end = sentence_of(text, pos)
    start, end, depth = s_start, s_end, 0
    for i in range(s_start, s_end):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in ";:" or (ch == "." and i + 1 < len(text) and text[i + 1].isspace())):
            if i < pos:
                start = i + 1
            else:
                end = i
                break
    return start, end


def paren_span(text: str, open_pos: int) -> tuple[int, int] | None:
    """(start of content, end of content) of the balanced parenthesis opening at open_pos."""
    if open_pos >= len(text) or text[open_pos] != "(":
        return None
    depth = 0
    for i in range(open_pos, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return open_pos + 1, i
    return None


def split_top(text: str, start: int, end: int, seps: str = ";") -> list[tuple[int, int]]:
    """Split text[start:end] at separators that are not inside parentheses or quotes."""
    out, depth, s = [], 0, start
    quote = False
    for i in range(start, end):
        ch = text[i]
        if ch in "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in "“”\"":
            quote = not quote if ch == '"' else ch == "“"
        elif depth == 0 and not quote and ch in seps:
            if ch == "," and (i + 1 < end and not text[i + 1].isspace()):
                continue  # a decimal comma
            if ch == "." and (i + 1 < end and not text[i + 1].isspace()):
                continue
            out.append((s, i))
            s = i + 1
    out.append((s, end))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b - (len(text[a:b]) - len(text[a:b].rstrip())))
            for a, b in out if text[a:b].strip()]


def parse_parts(text: str, start: int, end: int, block: str, index: Index) -> list[tuple[str, Figure]] | None:
    """``Cấp huyện 30; cấp cơ sở 85`` / ``34 Hội nghị Thường trực, 45 …``: a pure list of parts, or None."""
    pos = start
    parts: list[tuple[str, Figure]] = []
    sub = text[:end]
    while pos < end:
        if _TAIL.fullmatch(sub, pos):
            break
        m = g.PART_LABEL_NUMBER.match(sub, pos) or g.PART_NUMBER_LABEL.match(sub, pos)
        if not m:
            return None
        fig = index.at(block, m.start("num"))
        if fig is None or fig.kind not in TOTAL_KINDS or fig.value is None:
            return None
        parts.append((" ".join(m.group("label").split()), fig))
        pos = m.end()
        sep = _PART_SEP.match(sub, pos)
        if sep and sep.end() > pos:
            pos = sep.end()
        elif not _TAIL.fullmatch(sub, pos):
            return None
    return parts or None


def sum_interval(parts: list[Figure]):
    lo, hi = Decimal(0), Decimal(0)
    lo_open = hi_open = False
    for f in parts:
        plo, phi, po, pc = exact_or_interval(f)
        lo = lo + (plo if plo is not None else Decimal(0))
        hi = None if hi is None or phi is None else hi + phi
        lo_open |= po
        hi_open |= pc
    return lo, hi, lo_open, hi_open


def fits(total: Figure, lo, hi) -> bool:
    slo, shi, _, _ = exact_or_interval(total)
    return (hi is None or slo is None or hi >= slo) and (shi is None or lo is None or shi >= lo)


def quote(text: str, start: int, end: int, limit: int = 400) -> str:
    q = " ".join(text[start:end].split())
    return q if len(q) <= limit else q[: limit - 1] + "…"


def section_year(doc: Document, block: Block) -> tuple[int | None, str]:
    """The year a block speaks of: the plan year inside a plan section, else the report year."""
    m = g.PLAN_HEADING.search(block.section or "")
    if m:
        return int(m.group(1)), "plan"
    return doc.year, "report"


def year_source(doc: Document, block: Block, index: Index) -> str | None:
    """Id of the figure that states the year a block speaks of (title year, or plan heading year)."""
    year, kind = section_year(doc, block)
    if year is None:
        return None
    if kind == "plan":
        heads = [b for b in doc.blocks if b.kind == "heading" and g.PLAN_HEADING.search(b.text) and b.text in block.section]
    else:
        heads = [b for b in doc.blocks if b.kind == "title"]
    for b in heads:
        for f in index.by_block.get(b.id, []):
            if f.kind == "year" and f.value == year:
                return f.id
    return None
