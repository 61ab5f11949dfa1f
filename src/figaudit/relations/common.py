"""Helpers shared by the relation finders: sentences, clauses, parentheses,
part lists (``label number`` / ``number label``), unit heads and intervals."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from decimal import Decimal

from figaudit import grammar as g
from figaudit.figures import Figure
from figaudit.model import Block, Document
from figaudit.relations import exact_or_interval

TOTAL_KINDS = {"count", "amount"}
#: every figure that states a quantity (a figure "between" two others, for the rules that stop at one)
QUANTITY_KINDS = TOTAL_KINDS | {"percent", "ratio", "fraction"}

#: Two-word heads: "đơn tố cáo" and "đơn khiếu nại" share the head "đơn", but
#: "đảng viên" is not an "đảng".
TWO_WORD_HEADS = {
    "đảng viên", "tổ chức", "học viên", "cán bộ", "đồng chí", "vụ việc", "vụ án", "trường hợp", "văn bản",
    "tin bài", "phóng sự", "hội nghị", "đơn vị", "hồ sơ", "bản ghi", "công việc", "doanh nghiệp", "dự án",
    "công trình", "lượt học", "lượt truy", "lượt người", "hộ gia", "người lao", "lao động", "việc làm", "chi bộ",
    "đảng bộ", "cơ quan", "địa phương", "sinh viên", "học sinh", "công chức", "viên chức", "bị cáo", "bị can",
    "đối tượng", "ủy viên", "đại biểu", "thí sinh", "huy chương", "công dân", "tân binh", "hợp tác xã",
}
#: units written as abbreviations of a longer head: the medals (``40 HCV, 30 HCB và 20 HCĐ`` of ``90 huy chương``),
#: firms and cooperatives (``6.000 DN``, ``12 HTX``), pupils, teachers, students (``HS``, ``GV``, ``SV``), party
#: organisations (``TCĐ``, ``TCCSĐ``)
_ABBREVIATED_HEADS = {"hcv": "huy chương", "hcb": "huy chương", "hcđ": "huy chương", "dn": "doanh nghiệp",
                      "htx": "hợp tác xã", "hs": "học sinh", "gv": "giáo viên", "sv": "sinh viên", "tcđ": "tổ chức",
                      "tccsđ": "tổ chức"}
#: a line break ends a sentence unless the next line goes on in lowercase ("Năm 2020,\ncơ cấu …": a page's
#: wrapped line); "a) …" items still start their own
#: abbreviations a capitalised name follows: "TP. Hòa Bình", "TX. Sơn Tây", "TT. Phú Mỹ", "ThS. Lê …" (no sentence end)
_ABBREV = "".join(rf"(?<!\b{a})" for a in ("TP", "Tp", "TX", "Tx", "TT", "ThS", "TS", "PGS", "GS", "BS", "KS"))
#: (nor a name's initial before its bracket: "Nguyễn Văn T. (SN 1968, …)")
_SENT_END = re.compile(rf"(?:{_ABBREV}[.!?…]+)(?!(?<=\s[{g.VI_UPPER}]\.)\s+\()(?=\s+[\"“(]?[{g.VI_UPPER}0-9-]|\s*$)"
                       rf"|\n(?![{g.VI_LOWER}](?![).]))"
                       rf"|(?<=[{g.VI_LOWER}0-9])\.(?=[{g.VI_UPPER}][{g.VI_LOWER}])")  # "năm 2016.Theo": glued by extraction
_PART_SEP = re.compile(r"\s*(?:;|,(?=\s)|\s+và\s+)\s*")
_TAIL = re.compile(r"[\s.;,…]*$")
_LABEL_TAIL = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,3}[\s.;,…]*$")
#: a bracketed note on the list just read, closing its clause: "khiển trách 3, cảnh cáo 1, khai trừ 4 (trong đó, cấp
#: tỉnh cảnh cáo 1, khai trừ 2)." — a subset of what was listed, not more parts
#: what the listed items have, after the last one: " với hơn 900 cán bộ, nhân viên." (once, to the clause's end)
_WITH_NOTE = re.compile(r"\s+với\s+(?:tổng\s+(?:số\s+)?)?(?:hơn|trên|gần|khoảng)?\s*\d[\d.,]*[^;()\d]*[\s.;,…]*$", re.IGNORECASE)
_WITH_NUMBER = re.compile(r"\svới\s+(?:tổng\s+(?:số\s+)?)?(?:hơn|trên|gần|khoảng)?\s*\d", re.IGNORECASE)
_SUBSET_NOTE = re.compile(r"\(\s*(?:trong đó|trong số đó|riêng)\b[^()]{0,300}\)[\s.;,…]*", re.IGNORECASE)


@lru_cache(maxsize=8192)
def unit_head(unit: str) -> str:
    u = " ".join(unit.lower().split())
    if u.split(" ")[0] in _ABBREVIATED_HEADS:
        return _ABBREVIATED_HEADS[u.split(" ")[0]]
    for head in TWO_WORD_HEADS:
        if u == head or u.startswith(head + " "):
            return head
    return u.split(" ")[0] if u else ""


def unit_re(unit: str) -> str:
    """A pattern for a unit as the page may write it: ``đồng`` also as ``đ``, ``VNĐ`` (``16.610.000đ/14.080.000đ``)."""
    spellings = {unit} | {short for short, full in g.MONEY_SHORT.items() if full == unit.lower()}
    return "(?:" + "|".join(re.escape(w) for w in sorted(spellings, key=lambda w: (-len(w), w))) + ")"


def same_unit(a: str, b: str) -> bool:
    return bool(a) and bool(b) and unit_head(a) == unit_head(b)


#: Unit heads that all count people: a subset of đảng viên may be counted in người or cấp ủy viên.
PERSON_HEADS = {
    "đảng viên", "người", "trường hợp", "đồng chí", "cán bộ", "ủy viên", "cấp ủy viên", "tỉnh ủy viên", "thành ủy viên",
    "huyện ủy viên", "đảng ủy viên", "bí thư", "đại biểu", "công chức", "viên chức", "bị cáo", "bị can", "đối tượng", "học viên",
    "học sinh", "sinh viên", "thí sinh", "hội viên", "đoàn viên", "lao động", "người lao", "nữ", "nam",
    # a person counted by what they are: "thí sinh người DTTS là 1.548 em", "trong đó có 1 chủ tịch UBND huyện"
    "em", "cháu", "chủ tịch", "phó chủ tịch", "trưởng phòng", "phó trưởng phòng", "giám đốc", "phó giám đốc",
    # people counted by their work or condition: "2.420 giáo viên, tăng 120 người"
    "giáo viên", "nhân viên", "bác sĩ", "y sĩ", "điều dưỡng", "công nhân", "nông dân", "bệnh nhân", "người bệnh",
    "thanh niên", "phụ nữ", "trẻ em", "cựu chiến binh", "du khách", "khách", "lượt khách",
    # "giao 310 tân binh, trong đó … Quân đội là 270 công dân"
    "công dân", "tân binh",
}


#: Unit heads that all count cases (a court's ``vụ án`` and ``vụ việc`` are its ``vụ``).
CASE_HEADS = {"vụ", "vụ việc", "vụ án"}


def same_kind(a: str, b: str) -> bool:
    """Same unit head, or both count people, or both count cases (for parts of a whole and rates, not for sums)."""
    if same_unit(a, b):
        return True
    if not a or not b:
        return False
    return (counts_people(a) and counts_people(b)) or (unit_head(a) in CASE_HEADS and unit_head(b) in CASE_HEADS) \
        or (_party_org(a) and _party_org(b)) or {unit_head(a), unit_head(b)} == {"hộ", "hộ gia"}
    # ("155 hộ gia đình …, trong đó cấp tỉnh 8 hộ": households counted in the short word)


#: heads that name an administrative place; "địa phương" (a locality) stands for any of them
PLACE_HEADS = {"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"}


def place_kin(whole: str, part: str) -> bool:
    """Parts counted as ``địa phương`` of a whole counted in places: ``Trong 63 tỉnh, thành phố, có 31 địa phương
    giảm …`` (only where a cue word has already named the whole; never for sums found by fit)."""
    return unit_head(part) == "địa phương" and unit_head(whole) in PLACE_HEADS | {"địa phương"}


def _party_org(u: str) -> bool:
    """``tổ chức đảng``, ``tổ chức cơ sở đảng``, ``đảng bộ (cơ sở)``, ``chi bộ``: all count party organisations."""
    u = " ".join(u.lower().split())
    return unit_head(u) in ("đảng bộ", "chi bộ") or (u.startswith("tổ chức") and "đảng" in u.split())


def counts_people(u: str) -> bool:
    """Does a unit count people (``đảng viên``, ``bị can``, ``1 phó chủ tịch UBND xã``)?"""
    u = " ".join(u.lower().split())
    # a deputy is a person whatever the unit reader kept of the title: "1 phó chủ tịch UBND xã" read as "phó chủ"
    return unit_head(u) in PERSON_HEADS or any(u == h or u.startswith(h + " ") for h in PERSON_HEADS) \
        or u.startswith("phó ")


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
        self.by_id = {f.id: f for f in figures}

    def last_before(self, block: str, pos: int, n: int) -> list[Figure]:
        """The last n figures of a block that start before pos, in order (a window: callers stay linear)."""
        lst = self.by_block.get(block, [])
        k = bisect_left(self._starts.get(block, []), pos)
        return lst[max(0, k - n):k]

    def within(self, block: str, start: int, end: int, kinds=None, limit: int | None = None) -> list[Figure]:
        """Figures of a block inside [start, end), in order (the first ``limit`` of them)."""
        lst = self.by_block.get(block, [])
        i = bisect_left(self._starts.get(block, []), start)
        out = []
        for k in range(i, len(lst)):
            f = lst[k]
            if f.start >= end:
                break
            if f.end <= end and (kinds is None or f.kind in kinds):
                out.append(f)
                if limit is not None and len(out) >= limit:
                    break
        return out

    def at(self, block: str, start: int) -> Figure | None:
        i = bisect_left(self._starts.get(block, []), start)
        lst = self.by_block.get(block, [])
        return lst[i] if i < len(lst) and lst[i].start == start else None

    # -- frames and roles (computed once per block, linear in its length) ------------------

    def paren(self, f: Figure) -> tuple[int, int] | None:
        """(open, close) offsets of the innermost parenthesis around a figure, or None."""
        return self._frames(f.block)[0].get(f.id)

    def role(self, f: Figure) -> str:
        """What the figure is in its sentence: see :data:`ROLES`."""
        return self._frames(f.block)[1].get(f.id, "")

    def is_stock(self, f: Figure) -> bool:
        """A quantity of the period a total, part, numerator or base can be (not a change, prior value, plan)."""
        return f.kind in TOTAL_KINDS and f.value is not None and not self.role(f)

    def _frames(self, block_id: str):
        cache = self.__dict__.setdefault("_frame_cache", {})
        if block_id not in cache:
            block = self.blocks.get(block_id)
            text = block.text if block else ""
            figs = self.by_block.get(block_id, [])
            parens = _paren_of(text, figs)
            year = section_year(self.doc, block)[0] if block else None
            cache[block_id] = (parens, _roles(text, figs, parens, year))
        return cache[block_id]


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


def sentences_opening(doc: Document, pattern: re.Pattern):
    """Each ``(block, start, end, match)`` of a sentence that opens with the pattern (``Tổng cộng …``)."""
    for block in doc.blocks:
        for s0, s1 in sentences(block.text):
            m = pattern.match(block.text, s0)
            if m:
                yield block, s0, s1, m


@lru_cache(maxsize=1024)
def sentence_starts(text: str) -> tuple[int, ...]:
    return tuple(s for s, _ in sentences(text))


def sentence_of(text: str, pos: int) -> tuple[int, int]:
    """The sentence around pos (found by bisection: linear in the text overall)."""
    spans = sentences(text)
    k = bisect_right(sentence_starts(text), pos) - 1
    if k >= 0 and spans[k][0] <= pos < spans[k][1]:
        return spans[k]
    return 0, len(text)


@lru_cache(maxsize=1024)
def _clause_index(text: str) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
    """Every clause of a text, in one pass per sentence (starts, spans): see :func:`clause_of`."""
    spans: list[tuple[int, int]] = []
    pairs = _matching_parens(text)  # (a bracket never closed — text pasted from a page — hides no clause break)
    for s_start, s_end in sentences(text):
        start, depth = s_start, 0
        for i in range(s_start, s_end):
            ch = text[i]
            if ch == "(" and i in pairs:
                depth += 1
            elif ch == ")":
                depth = max(0, depth - 1)
            elif depth == 0 and (ch in ";:" or (ch == "." and i + 1 < len(text) and text[i + 1].isspace())):
                spans.append((start, i))
                start = i + 1
        spans.append((start, s_end))
    return tuple(a for a, _ in spans), tuple(spans)


def clauses_in(text: str, s0: int, s1: int) -> list[tuple[int, int]]:
    """The clauses (see :func:`clause_of`) of the sentence spanning s0..s1, in order."""
    starts, spans = _clause_index(text)
    k = bisect_right(starts, s0) - 1
    out = []
    for a, b in spans[max(k, 0):]:
        if a >= s1:
            break
        if a >= s0:
            out.append((a, b))
    return out or [(s0, s1)]


def previous_sentence(text: str, s0: int) -> tuple[int, int] | None:
    """The sentence before the one starting at s0 (None at the start of the text)."""
    k = bisect_right(sentence_starts(text), s0) - 1
    spans = sentences(text)
    if k >= 0 and spans[k][0] == s0:
        k -= 1
    return spans[k] if k >= 0 else None


def from_previous_sentence(text: str, s0: int) -> int:
    """Where the sentence before the one starting at s0 starts (s0 at the start of the text): the window of rules
    that look one sentence back."""
    prev = previous_sentence(text, s0)
    return prev[0] if prev else s0


def next_sentence(text: str, s1: int) -> tuple[int, int] | None:
    """The sentence after the one ending at s1 (None at the end of the text)."""
    k = bisect_right(sentence_starts(text), s1 - 1)
    spans = sentences(text)
    while k < len(spans) and spans[k][0] < s1:
        k += 1
    return spans[k] if k < len(spans) else None


def clause_of(text: str, pos: int) -> tuple[int, int]:
    """The clause around pos: between ``;``/``:``/sentence ends, ignoring those inside parentheses."""
    s_start, s_end = sentence_of(text, pos)
    if s_start <= pos < s_end:
        starts, spans = _clause_index(text)
        k = bisect_right(starts, pos) - 1
        if k >= 0 and spans[k][0] >= s_start and spans[k][1] <= s_end and spans[k][0] <= pos <= spans[k][1]:
            return spans[k]
    return s_start, s_end  # between sentences (whitespace): the whole region


def paren_span(text: str, open_pos: int) -> tuple[int, int] | None:
    """(start of content, end of content) of the balanced parenthesis opening at open_pos (every pair of a text
    matched once, in one pass: a text of many unclosed brackets costs no more than one)."""
    if open_pos >= len(text) or text[open_pos] != "(":
        return None
    close = _matching_parens(text).get(open_pos)
    return (open_pos + 1, close) if close is not None else None


@lru_cache(maxsize=256)
def _matching_parens(text: str) -> dict[int, int]:
    pairs, stack = {}, []
    for i, ch in enumerate(text):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            pairs[stack.pop()] = i
    return pairs


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


#: words and a comma opening a part's label ("kiến nghị, phản ánh 202 đơn"): one or two words, then more words
_LABEL_PREFIX = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)?,\s+(?=[^\W\d_]+\s+[^\W\d_]+\s+\d)")

#: the label of a list segment that is the change of the part before it ("giảm 10 vụ", "tăng thêm 2 xã")
_CHANGE_LABEL = g.CHANGE_LABEL


def per_unit(text: str, f: Figure) -> bool:
    """An amount for each unit (``50 triệu đồng mỗi căn``, ``mỗi hộ được hỗ trợ 40 triệu đồng``, ``15 triệu
    đồng/hộ``): never a part of a total (it may still be the current value of a change, or a level)."""
    return f.kind == "amount" and bool(g.PER_UNIT_AFTER.match(text, f.end, f.end + 40)
                                       or g.PER_UNIT_BEFORE.search(text, max(0, f.start - 60), f.start))


def parse_parts(text: str, start: int, end: int, block: str, index: Index) -> list[tuple[str, Figure]] | None:
    """``Cấp huyện 30; cấp cơ sở 85`` / ``34 Hội nghị Thường trực, 45 …``: a pure list of parts, or None."""
    pos = start
    parts: list[tuple[str, Figure]] = []
    paren_items = False  # (a list of "name (quantity)" items is that all through)
    if (k := text.rfind("(", start, end)) > start and _SUBSET_NOTE.fullmatch(text, k, end):
        end = k  # the list ends where its note begins
    if (k := text.rfind(" với ", start, end)) > start and _WITH_NOTE.fullmatch(text, k, end) \
            and not _WITH_NUMBER.search(text, start, k):
        end = k  # "gồm 2 bệnh viện, 6 phòng khám và 44 trạm y tế với hơn 900 cán bộ": what the items have, no item
    sub = text[:end]
    while pos < end:
        if _TAIL.fullmatch(sub, pos):
            break
        m = g.PART_LABEL_NUMBER.match(sub, pos) or g.PART_NUMBER_LABEL.match(sub, pos)
        head = ""
        if not m and parts and (lp := _LABEL_PREFIX.match(sub, pos)) is not None:
            m = g.PART_LABEL_NUMBER.match(sub, lp.end())  # "kiến nghị, phản ánh 202 đơn": a label with a comma
            head = lp.group().strip() + " " if m else ""
        if not m and (not parts or paren_items):
            m = g.PART_LABEL_PAREN.match(sub, pos)  # "gồm: Hero (20 thùng), Jet (15 thùng) và Zest (06 thùng)"
            if m is not None and any(f.unit for f in index.within(block, m.start(), m.start("num"), TOTAL_KINDS)):
                m = None  # "quà của hội 500 suất (250 triệu đồng)": an item with a count of its own, its amount bracketed
            paren_items = m is not None
        if not m:
            return None
        fig = index.at(block, m.start("num"))
        if fig is None or fig.kind not in TOTAL_KINDS or fig.value is None or index.role(fig) == "each":
            return None  # (a product in the list, "2 huyện mỗi huyện 60 căn": no pure list of parts)
        if not (parts and index.role(fig) == "change" and _CHANGE_LABEL.fullmatch(m.group("label"))):
            parts.append((" ".join((head + m.group("label")).split()), fig))
        # (else "đường bộ 90 vụ, giảm 10 vụ, đường sắt 5 vụ": the change of the part before, not a part)
        pos = m.end()
        sep = _PART_SEP.match(sub, pos)
        if sep and sep.end() > pos:
            if "," in sep.group() and parts and _LABEL_TAIL.fullmatch(sub, sep.end()):
                break  # "8 đơn phản ánh, kiến nghị": the last label goes on after a comma, no figure follows
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


def writer_span(f: Figure) -> tuple[Decimal, Decimal]:
    """A figure as its writer means it: rounding, and one unit of its last digit past a hedge (``hơn 2,74 tỷ`` is
    2,74x tỷ, ``trên 418 tỷ`` is 418,x tỷ, ``gần 6,1`` is 6,0x)."""
    unit = Decimal(1).scaleb(-f.decimals) * f.scale
    written = f.value / f.scale if f.scale else f.value
    words = set((f.qualifier or "").lower().split())
    if (words & {"khoảng", "xấp", "chừng"} and not words & {"hơn", "trên", "gần", "dưới"}) or words == {"trên", "dưới"} \
            or (words & {"hơn", "trên"} and "gần" in words):
        # "khoảng 125.000 tỷ", "trên dưới 300", and a hedge both ways ("gần trên 120.000 tỷ"): either side of the
        # figure, by one unit of its last non-zero digit when it is round (never past a tenth of it)
        if f.decimals == 0 and written == written.to_integral_value() and written:
            unit = max(unit, min(unit * Decimal(10) ** trailing_zeros(int(written), 6), f.value / 10))
        return f.value - unit, f.value + unit
    if f.qualifier in ("hơn", "trên", "gần") and f.decimals == 0 and written == written.to_integral_value() and written:
        # "trên 12.000 tỷ đồng" past a round figure: the writer rounded to thousands, 12.035 is "trên 12.000" — but
        # never past a tenth of it ("trên 2.000 tỷ" is not 2.712)
        unit = max(unit, min(unit * Decimal(10) ** trailing_zeros(int(written), 6), f.value / 10))
    if f.qualifier in ("hơn", "trên"):
        return f.value, f.value + unit
    if f.qualifier == "gần":
        return f.value - unit, f.value
    return f.value - unit / 2, f.value + unit / 2


def trailing_zeros(n: int, most: int) -> int:
    """How many zeros end a whole number (at most ``most``): the digit its writer rounded to (``483.000`` → 3)."""
    k = 0
    while n and n % 10 == 0 and k < most:
        n //= 10
        k += 1
    return k


def meant_span(f: Figure) -> tuple[Decimal, Decimal]:
    """The values a figure may stand for when two of them are compared: a whole count is exact (hedged or not); an
    amount in scale words is rounded to its last digit, and a whole number of them ending in zeros to its last
    non-zero digit (``1.150 nghìn`` may be 1,15 triệu); any other figure as its writer means it."""
    if f.scale == 1 or f.qualifier or f.decimals:
        return (f.value, f.value) if f.scale == 1 and not f.decimals else writer_span(f)
    half = Decimal(10) ** trailing_zeros(int(f.value / f.scale), 3) * f.scale / 2
    return f.value - half, f.value + half


def floor_span(f: Figure) -> tuple[Decimal, Decimal]:
    """A round figure after ``hơn``/``trên`` up to the next step of its last non-zero digit (``hơn 10.000`` is
    10.000–10.999); any other figure as its writer means it."""
    if f.qualifier not in ("hơn", "trên") or f.decimals or f.value is None or f.value != f.value.to_integral_value():
        return writer_span(f)
    return f.value, f.value + Decimal(10) ** trailing_zeros(int(f.value / f.scale), 9) * f.scale


def holds(rel) -> bool:
    """Does the recomputed interval meet the stated one (the test the suites apply, open ends and rounding
    intervals' open sides included)?  A relation recorded only because it fits must hold by this test."""
    bounded = rel.computed_lo is None and rel.computed_hi is None  # (else an end left open is unbounded)
    c_lo = rel.computed_lo if rel.computed_lo is not None else (rel.computed if bounded else None)
    c_hi = rel.computed_hi if rel.computed_hi is not None else (rel.computed if bounded else None)
    if c_lo is None and c_hi is None:
        return False  # (one open end: "tăng hơn 0,13 triệu người" bounds the change from below only)
    lo_ok = rel.stated_lo is None or c_hi is None or (c_hi > rel.stated_lo if rel.strict_lo else c_hi >= rel.stated_lo)
    hi_ok = rel.stated_hi is None or c_lo is None or (c_lo < rel.stated_hi if rel.strict_hi else c_lo <= rel.stated_hi)
    return lo_ok and hi_ok


def fits(total: Figure, lo, hi) -> bool:
    slo, shi, _, _ = exact_or_interval(total)
    return (hi is None or slo is None or hi >= slo) and (shi is None or lo is None or shi >= lo)


def quote(text: str, start: int, end: int, limit: int = 400) -> str:
    q = " ".join(text[start:min(end, start + 2 * limit)].split())  # never more than twice the limit is read
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


# ---------------------------------------------------------------------------
# Roles of figures
# ---------------------------------------------------------------------------

#: Roles a figure can have ("" = a stock: a quantity of the period the sentence speaks of).
ROLES = {
    "change": "the amount of a change (tăng 12, giảm gần 1.900 vụ, ít hơn 03 vụ, gấp 2 lần)",
    "prior": "a value of another period (so với cùng kỳ (471.562 tỷ đồng); cùng kỳ năm 2023 tiếp nhận 55 đơn)",
    "plan": "a plan or target value (chỉ tiêu …: 2.200; dự toán … là 285.000)",
    "change_pct": "a percentage change (tăng 8%, giảm 357 vụ (27,05%), bằng 98% so với cùng kỳ, (-3,63%))",
    "plan_pct": "a percentage of a plan (đạt 95% kế hoạch, vượt 7% so với chỉ tiêu)",
    "share": "a percentage that is a share of a whole (chiếm 12,5%, đạt tỷ lệ 91,1%)",
    "quantifier": "a percentage of a set the text does not count (có 100% số xã đạt chuẩn)",
    "attain": "``đạt X%`` with nothing after: of a plan left unsaid, or a rate of an earlier figure",
    "band": "an end of a range (tăng nhẹ từ 0,3% đến dưới 2%; từ 5 đến 10 người): each member's own, no stock or share",
    "each": "one of a product (2 huyện mỗi huyện 60 căn): the count of members or each one's value, no part of a sum",
}
_SEG_BREAK = re.compile(r"[;:()]|,(?=\s)|\.(?=\s)")
#: the degree of a loss in a disaster report: "ước thiệt hại 50%", "thiệt hại trên 70%", "giảm năng suất 30-70%"
_DAMAGE_DEGREE = re.compile(r"\b(?:thiệt hại|hư hại|giảm năng suất|năng suất giảm)\s+(?:(?:từ|trên|dưới|khoảng|ước|"
                            r"khoảng từ)\s+)?$", re.IGNORECASE)
_BENG_SO_VOI = re.compile(r"bằng\s+(?:(?:chỉ|mới|chưa)\s+)?$", re.IGNORECASE)  # ("bằng chỉ 35,9% so với cùng kỳ")
_SO_VOI_AFTER = re.compile(r"^\s*(?:\(\s*(?:tăng|giảm)\s[^()]{0,40}\)\s*)?(?:so\s+(?:với\s+)?(?:cùng kỳ|năm|kỳ|tháng|số|mức|thực hiện)"
                           r"|cùng kỳ|năm trước|năm\s+\d{4}|tháng trước|kỳ trước)", re.IGNORECASE)  # "bằng 90% cùng kỳ", "bằng 98,5%
# (giảm 1.280 ha) so với năm trước": the change in its bracket before the comparison
_EQUALS = re.compile(r"\d[^\d;()]{0,20}(?:=|,\s*(?:tương đương|tương ứng|tức là|bằng)(?:\s+với)?)\s*$", re.IGNORECASE)
#: a rate after a change in the bracket that holds both: "(giảm 60 vụ, tỷ lệ 16,67%)" is the change again, as a rate
#: (not "tăng 375 triệu đồng so với cuối năm, tỷ lệ 0,17%": outside a bracket, a rate of the figure's own)
_RATE_IN_CHANGE_BRACKET = re.compile(r"\d[^\d;()]{0,20},\s*(?:tỷ|tỉ)\s+lệ(?:\s+(?:tăng|giảm))?(?:\s+là)?\s*$", re.IGNORECASE)
_QUANTIFIER_BEFORE = re.compile(r"(?:có|với|là|ở|tại)\s+$", re.IGNORECASE)
_QUANTIFIER_AFTER = re.compile(r"\s*(?:số|tổng số|các|những)\s+[^\W\d_]", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"\s*(?:trên|so với|của)\s+(?:tổng\s+)?số\b", re.IGNORECASE)
_ATTAIN = re.compile(r"(?:đạt|bằng|hoàn thành)\s+(?:(?:trên|hơn|gần|khoảng|xấp xỉ)\s+)?$", re.IGNORECASE)
_CHANGE_LIST_GAP = re.compile(r"[^\d;:()]{0,40}")
_STOCK_CUE = re.compile(r"\b(?:xảy ra|làm|có|đạt|là|chiếm|tổng|trong đó|trong số|còn|với|gồm|tiếp nhận|phát hiện|bắt|thu)\b",
                        re.IGNORECASE)
_ROLE_WINDOW = 90
#: what follows a unit to make it a rate: "tiêu chí/xã", "triệu đồng/người/năm"
_PER_UNIT = re.compile(r"(?:\s*/\s*[^\W\d_]+)*")
#: after a change and its unit, a label of two words or more before the next figure (", đường sắt "): a new part,
#: not the same change going on; the words of a casualty count ("chết", "bị thương") do not count as a label
_NEW_LABEL = re.compile(r"\s*(?:,|và|,\s*và)\s+(?!(?:làm\s+)?(?:chết|bị thương|tử vong|mất tích)\b)"
                        r"[^\W\d_]+(?:\s+[^\W\d_]+)+\s*", re.IGNORECASE)


def _paren_of(text: str, figs: list[Figure]) -> dict[str, tuple[int, int]]:
    """Innermost balanced parenthesis around each figure (one pass over the text)."""
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            pairs.append((stack.pop(), i))
    pairs.sort()
    out: dict[str, tuple[int, int]] = {}
    open_: list[tuple[int, int]] = []  # pairs that contain the current position, innermost last
    k = 0
    for f in figs:  # figures in text order
        while k < len(pairs) and pairs[k][0] < f.start:
            open_.append(pairs[k])
            k += 1
        open_ = [p for p in open_ if p[1] > f.start]
        inner = [p for p in open_ if p[1] >= f.end]
        if inner:
            out[f.id] = inner[-1]
    return out


def _segment_start(text: str, pos: int, floor: int) -> int:
    """Start of the clause segment before pos (after the last ``, ; : ( )`` or sentence end)."""
    start = floor
    for m in _SEG_BREAK.finditer(text, floor, pos):
        start = m.end()
    return start


def _roles(text: str, figs: list[Figure], parens: dict[str, tuple[int, int]], year: int | None = None) -> dict[str, str]:
    out: dict[str, str] = {}
    prev: Figure | None = None
    for f in figs:
        r = _role(text, f, parens.get(f.id), prev, out.get(prev.id, "") if prev else "", year)
        if r:
            out[f.id] = r
        if f.kind in TOTAL_KINDS or f.kind in ("percent", "multiplier"):
            prev = f
    return out


def _role(text: str, f: Figure, paren: tuple[int, int] | None, prev: Figure | None, prev_role: str,
          year: int | None = None) -> str:
    if f.kind == "multiplier":
        return "change"
    if f.kind not in TOTAL_KINDS and f.kind != "percent":
        return ""
    s0 = max(0, f.start - _ROLE_WINDOW)
    sent = _SENT_END.search(text, s0, f.start)
    while sent:  # do not look back across a sentence end
        s0 = sent.end()
        sent = _SENT_END.search(text, s0, f.start)
    before = text[s0:f.start]
    after = text[f.end:f.end + 60]
    seg0 = _segment_start(text, f.start, s0)
    if _FROM_SIDE.search(before) and _TO_AFTER.match(after):
        return "prior"  # "tăng từ 4.586 triệu USD năm 2023 lên 5.412 triệu USD": the value it rose from
    if _EACH_BEFORE.search(before) or _EACH_AFTER.match(after):
        return "each"  # "2 huyện mỗi huyện 60 căn": 2 × 60 — neither figure is a part of the 150 houses
    if (_FROM_SIDE.search(before) and _RANGE_TO_AFTER.match(after)) or _RANGE_FROM_BEFORE.search(before):
        return "band"  # "8 nhóm tăng nhẹ từ 0,3% đến dưới 2%": the ends of a range, not a share nor a stock
    if f.kind in TOTAL_KINDS and f.unit and (f.qualifier in ("trên", "dưới", "từ") or _BAND_WORD.search(before)) \
            and (m := _CLASS_AFTER.match(after)) is not None \
            and not re.match(rf"[\d.,]+\s*{re.escape(f.unit)}(?!\w)", after[m.end() - 1:], re.IGNORECASE):
        return "band"  # "tàu cá trên 90 CV có 410 chiếc": the threshold of a class, counted in another unit
    if f.kind == "percent":
        if _DAMAGE_DEGREE.search(before):
            return "quantifier"  # "4 ha lạc … ước thiệt hại 50%", "lúa thiệt hại trên 70%": how badly each hectare was
            # hit, no share of a whole
        if _LEVEL_BAND.search(before) and not g.PLAN_AFTER.match(after) and not _SHARE_AFTER.match(after) \
                and not _QUANTIFIER_AFTER.match(after):
            return "quantifier"  # "22 bộ, cơ quan đạt dưới 30%": each one's rate is below 30 %, not 22 of a whole
        if prev is not None and prev.kind == "count" and prev.unit and (f.qualifier in ("trên", "dưới", "từ")
                                                                         or _BAND_WORD.search(before)) \
                and _MEMBER_RATE.search(before) and not _SEG_BREAK_STRONG.search(text, prev.end, f.start) \
                and (of := _OF_NOUNS.match(after)) is not None and not of.group(0).lower().lstrip().startswith(("tổng", "số")) \
                and unit_head(prev.unit).lower() not in of.group(0).lower():
            return "quantifier"  # "08 tỉnh chiếm trên 70% dân số", "34 tỉnh có dưới 10% DTTS": a band each member's own
            # rate falls in (of its population, not a share of the provinces)
        if _RATE_POINTS.search(before) and prev is not None and prev.kind == "percent" \
                and (prev_role in ("share", "") or (prev_role == "attain" and prev.value is not None and prev.value <= 100)) \
                and not _SEG_BREAK_STRONG.search(text, prev.end, f.start):
            return "change_pct"  # "đạt tỷ lệ 97,5%, thấp hơn năm trước là 0,8%", "đạt 95,6%, vượt chỉ tiêu đề ra 5,6%":
            # points of a rate against another year's or a target's, not a percentage of a stock
        if prev is not None and prev_role == "change" and prev.kind != "percent" \
                and AMOUNT_THEN_PERCENT.fullmatch(text, prev.end, f.start):
            return "change_pct"  # "giảm 20 người tương ứng với 6,57% so với năm 2019": the same change, as a percentage
        if g.PLAN_AFTER.match(after) and not f.extra.get("negative"):
            return "plan_pct"  # "vượt 5% so với chỉ tiêu", "tăng 45% so với kế hoạch": against the plan, not last year
        if g.ROLE_CHANGE.search(before) or f.extra.get("negative") or text[max(0, f.start - 1):f.start] == "+":
            return "change_pct"
        if prev is not None and prev.kind == "percent" and prev_role == "change_pct" \
                and _COORDINATED_RATE.fullmatch(text, prev.end, f.start):
            return "change_pct"  # "(tăng 18,1% tổ chức đảng và 15,7% đảng viên so với năm 2020)": the verb runs on
        if _BENG_SO_VOI.search(before) and _SO_VOI_AFTER.match(after):
            return "change_pct"
        if g.PLAN_AFTER.match(after):
            return "plan_pct"
        if prev is not None and prev_role == "change" and (_EQUALS.search(before) or paren is not None
                                                            and prev.start > paren[0]
                                                            and _RATE_IN_CHANGE_BRACKET.search(before)):
            return "change_pct"  # "ít hơn 03 vụ = 1,6%", "(giảm 60 vụ, tỷ lệ 16,67%)"
        if _BENG_SO_VOI.search(before) and re.match(r"\s*tổng\s+số\b", after, re.IGNORECASE):
            return "share"  # "là 230 đồng chí, bằng 2,3% tổng số đảng viên"
        if _QUANTIFIER_AFTER.match(after) and not g.SHARE_BEFORE.search(before):
            return "quantifier"  # "18 tỉnh có 100% số xã đạt chuẩn", "32 vụ việc, 90% số vụ việc đã giải quyết":
            # a share of a set whose part the text does not count
        if _SHARE_AFTER.match(after):
            return "share"  # "đạt 85,69% trên tổng số án thụ lý"
        if paren and _PAREN_LEAD.fullmatch(text, paren[0] + 1, f.start) and prev is not None and prev_role == "change" \
                and prev.end <= paren[0] and not _SENT_END.search(text, prev.end, paren[0]) \
                and not g.ROLE_PRIOR.search(before) and not g.ROLE_PLAN.search(before):
            return "change_pct"  # "giảm 357 vụ (27,05%)" (not "… (tăng 3 trường). Có 19/20 xã đạt chuẩn (95%)")
        if g.ROLE_PRIOR.search(before) or _prior_segment(text, f, paren, seg0, year):
            return "prior"
        if g.SHARE_BEFORE.search(before):
            return "share"
        if _ATTAIN.search(before):
            return "attain"  # "đạt 176,2%": of a plan left unsaid, or a rate of an earlier figure
        return ""
    if g.ROLE_CHANGE.search(before) or (prev_role == "change_pct" and _CORRESPONDING.search(before)):
        return "change"  # "giảm 39,17% so với cùng kỳ (tương ứng 161 doanh nghiệp)"
    if (g.ROLE_PRIOR.search(before) and not _OWN_CHANGE_AFTER.match(after)) or _prior_segment(text, f, paren, seg0, year) \
            or g.PRIOR_NAMED.search(before):
        return "prior"  # (not "tăng so với cùng kỳ năm trước là A đạt 13.800 ha (tăng 14,4%)": a current with its change)
    if paren is not None and prev is not None and prev_role == "prior" and prev.start > paren[0] \
            and _PRIOR_LIST_GAP.fullmatch(text, prev.end, f.start):
        return "prior"  # "So với cùng kỳ năm 2023 (63 vụ, 45 người chết, 19 người bị thương)": the bracket's list
    if _EXCESS_OVER_PLAN.search(before) and paren is None:
        return "change"  # "đạt 123%, vượt kế hoạch 160 triệu đồng", "vượt chỉ tiêu được giao là 45 hộ": by how much the
        # plan was beaten, never the plan (that one is bracketed: "vượt dự toán (2.100 tỷ đồng)")
    if g.ROLE_PLAN.search(before):
        return "plan"
    if prev is not None and prev_role == "change" and prev.kind != "percent":
        gap = text[prev.end:f.start]
        after_unit = _PER_UNIT.match(gap, len(prev.unit) + 1).end() if prev.unit and gap.lstrip().startswith(prev.unit) else 0
        if _CHANGE_LIST_GAP.fullmatch(gap) and ("," in gap or " và " in gap) and not _STOCK_CUE.search(gap) \
                and not _NEW_LABEL.fullmatch(gap, after_unit):
            return "change"  # "giảm 52 vụ, 18 người chết, 41 người bị thương"
            # (not "đường bộ 90 vụ, giảm 10 vụ, đường sắt 5 vụ": a new label before a figure of the same unit is a part)
    return ""


#: the first value of a from-to pair, "(tăng|giảm) từ 3,12% xuống 2,45%", "từ 4.586 triệu USD năm 2023 lên 5.412 …"
_FROM_SIDE = re.compile(r"(?<!\w)từ\s+(?:(?:mức|con số)\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?$", re.IGNORECASE)
_TO_AFTER = re.compile(r"(?:[^;.\d]|(?:19|20)\d\d){0,50}?(?<!\w)(?:lên|xuống|còn)\s+(?:(?:còn|mức|con số)\s+)?"
                       r"(?:(?:khoảng|gần|hơn|trên)\s+)?\d", re.IGNORECASE)
#: the other end of a range: "từ 0,3% đến dưới 2%", "từ 5 - 10 người", "từ 20 tới 25 tỷ đồng"
_RANGE_TO_AFTER = re.compile(r"\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*)?(?:đến|tới|-|–)\s*"
                             r"(?:(?:dưới|trên|hơn|khoảng|gần|không quá)\s+)?\d", re.IGNORECASE)
_RANGE_FROM_BEFORE = re.compile(r"(?<!\w)từ\s+(?:(?:khoảng|gần|hơn|trên|dưới)\s+)?\d[\d.,]*\s*(?:%|[^\W\d_]+(?:\s+[^\W\d_]+){0,2})?"
                                r"\s*(?:đến|tới|-|–)\s*(?:(?:dưới|trên|hơn|khoảng|gần|không quá)\s+)?$", re.IGNORECASE)
#: a figure's own change right after it, in brackets: "13.837,5 ha (tăng 14,4%)"
_OWN_CHANGE_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s*){0,2}\(\s*(?:tăng|giảm)\s", re.IGNORECASE)
#: between two rates one change verb governs: " tổ chức đảng và ", ", "
_COORDINATED_RATE = re.compile(r"\s*(?:[^\W\d_]+\s+){0,4}?(?:và|,)\s*|\s*,\s*", re.IGNORECASE)
_BAND_WORD = re.compile(r"(?:trên|dưới|từ|không quá)\s+$", re.IGNORECASE)
#: a product written out: "2 huyện mỗi huyện 60 căn" (the count of members, then each one's value)
_EACH_BEFORE = re.compile(r"(?<!\w)mỗi\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:(?:có|là|được|khoảng)\s+)?$", re.IGNORECASE)
_EACH_AFTER = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s+mỗi\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:(?:có|là|được|khoảng)\s+)?\d",
                         re.IGNORECASE)
#: after a threshold, its class counted: " CV có 410 chiếc", " ha trở lên là 12 hộ"
_CLASS_AFTER = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:trở lên\s+|trở xuống\s+)?(?:có|là|gồm)\s+(?:khoảng\s+)?\d",
                          re.IGNORECASE)
_MEMBER_RATE = re.compile(r"\b(?:chiếm|có)\s+(?:(?:trên|dưới|từ|không quá)\s+)?$", re.IGNORECASE)
_OF_NOUNS = re.compile(r"\s*(?:[^\W\d_]+\s*){1,4}")
#: a band the members' own rates fall in: "đạt dưới 30%", "có tỷ lệ giải ngân từ 30% (trở lên)", "ở mức không quá 5%"
_LEVEL_BAND = re.compile(r"(?:\bđạt|\btỷ lệ[^,;.\d]{0,30}|\bở mức)\s+(?:dưới|không quá|từ)\s+$", re.IGNORECASE)
#: what may open a bracket before the percentage of the change beside it: "giảm 357 vụ (27,05%)", "(bằng 5,2%)"
_PAREN_LEAD = re.compile(r"\s*(?:(?:bằng|tức|tức là|tương đương|tương ứng|ứng với)\s+)?")
_PRIOR_PAREN = re.compile(r"\s*(?:so\s+(?:với\s+)?)?(?:cùng kỳ|năm trước|năm ngoái|năm \d{4}(?![-–/]))", re.IGNORECASE)
_CORRESPONDING = re.compile(r"tương ứng\s+(?:với\s+)?$", re.IGNORECASE)
#: between a change's amount and the same change as a percentage: " người tương ứng với ", " vụ, tương ứng ", " vụ = ",
#: " vụ (32/40) tức giảm " (its two years in brackets, then the rate "that is"), " vụ - tương ứng tăng "
AMOUNT_THEN_PERCENT = re.compile(r"\s*(?:[^\W\d_]+\s*){0,3}?(?:\([^()\d]{0,20}[\d.,]+\s*/\s*[\d.,]+[^()\d]{0,20}\)\s*)?"
                                 r"(?:\s*[,\-–—]?\s*tương ứng\s+(?:với\s+)?(?:mức\s+)?(?:(?:tăng|giảm)\s+)?|,?\s*tức(?:\s+là)?\s+(?:(?:tăng|giảm)\s+)?|=\s*)",
                                 re.IGNORECASE)
#: between two prior values listed in one bracket: "63 vụ, 45 …", "45 người chết và 19 …"
_PRIOR_LIST_GAP = re.compile(r"[^\d;()%]{0,40}?(?:,|\svà)\s*")


#: an amount by which a plan was beaten, named right after the plan: "vượt kế hoạch ", "vượt chỉ tiêu được giao là "
_EXCESS_OVER_PLAN = re.compile(r"(?<!\w)vượt\s+(?:chỉ tiêu|kế hoạch|dự toán|mục tiêu|KH)(?:\s+[^\W\d_]+){0,6}?\s+(?:là\s+)?"
                               r"(?:(?:khoảng|gần|hơn|trên)\s+)?$", re.IGNORECASE)

#: a rate compared, just before the points: "thấp hơn năm 2021 là ", "vượt chỉ tiêu Nghị quyết đề ra ", "vượt "
_RATE_POINTS = re.compile(r"(?:\b(?:cao hơn|thấp hơn)\s+(?:so\s+(?:với\s+)?)?(?:năm\s+\d{4}|năm trước|cùng kỳ)[^,;\d]{0,20}?"
                          r"|\bvượt(?:\s+(?:chỉ tiêu|kế hoạch|mục tiêu)[^,;\d]{0,40}?)?)\s+(?:là\s+)?$", re.IGNORECASE)
_SEG_BREAK_STRONG = re.compile(r"[;.]\s")


def _prior_segment(text: str, f: Figure, paren: tuple[int, int] | None, seg0: int, year: int | None = None) -> bool:
    """The figure's parenthesis or clause segment speaks of another period."""
    if paren is not None and _PRIOR_PAREN.match(text, paren[0] + 1, f.start):
        return True  # "(năm 2021 các tỷ lệ này lần lượt là 64,2% và 12%)", "(cùng kỳ 45 vụ)"
    m = g.ROLE_PRIOR_SEGMENT.match(text, seg0, f.start)
    if not m:
        return False
    # "năm 2023 …" outside a parenthesis: another period only when it is not the report's own year (unknown: not)
    y = re.match(r"\s*năm (\d{4})", text[seg0:f.start], re.IGNORECASE)
    return y is None or (year is not None and int(y.group(1)) != year)
