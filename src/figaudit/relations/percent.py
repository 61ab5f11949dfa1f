"""Family ``percent``: percentages, ratios and shares.

Each percentage is read by its role (:meth:`Index.role`): a change (``tăng
8%``, ``giảm 30 vụ (-20%)``) belongs to the family ``change``, a value of
another year (``năm 2020 đạt tỷ lệ 79,85%``) to nothing; what is left is a
percentage of a plan or a share/rate of a whole.

* numerator and base both stated → recompute: ``kết nạp được 2.303 đảng viên
  mới (đạt 104,7% so với chỉ tiêu …: 2.200 đảng viên)`` → 104,68 %.  A stated
  104,7 covers [104,65; 104,75) by rounding and [104,7; 104,8) by truncation;
  both are accepted (a pass by truncation says so in its note);
* ``vượt 8% so với chỉ tiêu (20.000 tỷ đồng)`` → 100 × (a − T) / T;
* the numerator is the figure the percentage follows (``830 doanh nghiệp tư
  nhân, chiếm 66,4%``, ``12.432 doanh nghiệp (chiếm 91,8%)``); its whole is,
  in order: a base named after the percentage (``trên tổng số 1.250``), the
  whole of the ``trong đó`` frame the numerator sits in, a whole opening the
  sentence (``Trong số 117 đảng viên …``), an earlier figure of the sentence
  that is not itself a share of something (``80 vụ, chiếm 37,9%; 25 vụ
  (chiếm 11,8%)``: 80 is a sibling, not the whole), or — for a list of
  shares — an earlier figure of the paragraph that reproduces at least two of
  them (a consensus, never one guess);
* ``a/b`` with a percent next to it (``đạt 19/20 xã (95%)``); a lone ratio
  checks a ≤ b (``12/12 văn phòng``);
* base not stated (``342 lớp với 27.387 lượt học viên (đạt 102,6% kế
  hoạch)``) → unverifiable with the implied base, plus a granularity test
  (GRIM): is there any whole base that makes the stated percent from that
  numerator?  342/333 = 102,70 % and 342/334 = 102,40 %, so 102,6 % cannot
  come from 342 and must refer to the 27.387.  When no candidate numerator
  can give the percent, that is a warning;
* shares of one whole that should total 100 % (``Cơ cấu kinh tế: nông nghiệp
  8,5%, công nghiệp 60,2%, dịch vụ 31,3%``), only under a structure cue and
  for a closed list (``…``, ``một số`` make it open).
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal

from figaudit import grammar as g
from figaudit.figures import Figure
from figaudit.numbers import HUNDRED, fmt_vi
from figaudit.model import Document
from figaudit.relations import Relation, exact_or_interval, register, soften
from figaudit.relations.common import (
    QUANTITY_KINDS,
    CASE_HEADS, TOTAL_KINDS, Index, clause_of, counts_people, fits, floor_span, from_previous_sentence,
                                       previous_sentence, quote, same_kind, same_unit, sentence_of, sum_interval, unit_head,
                                       unit_re, writer_span)
from figaudit.relations import structure
from figaudit.relations.frames import as_count, frames, verb_words
from figaudit.relations.partition import counterpart_clash

CHECK = "percent"
_SHARE_CUE = re.compile(r"\b(?:cơ cấu|tỷ trọng|tỉ trọng|xếp loại|phân loại)\b", re.IGNORECASE)
_OPEN_LIST = re.compile(r"\.\.\.|…|\bv\.v\b|\bmột số\b|\bnhư\b|\bcao nhất\b|\bthấp nhất\b", re.IGNORECASE)
_LIST_LABEL = re.compile(rf"([{g.VI_LETTER}][{g.VI_LETTER}\s\-]{{0,60}}?)\s*:?\s+(?:chiếm\s+)?$")
_LABEL_BAD = re.compile(r"\b(?:tăng|giảm|đạt|so với|bằng|gấp|vượt|tỷ lệ|tỉ lệ)\b", re.IGNORECASE)
#: a base named after the percentage: "đạt 85,7% trên tổng số 1.400 vụ", "chiếm 20% của 500 hộ"
#: or "bằng 2,3% tổng số đảng viên của Đảng bộ (10.000 đồng chí)"
#: (never past "và": "chiếm 8% trên tổng số người cao tuổi và 16.000 người …" names its base in words, and the figure
#: after "và" is the next item)
_BASE_AFTER = re.compile(r"\s*(?:(?:trên|trong|so với|của)\s+(?:tổng\s+)?(?:số\s+)?(?:(?!\bvà\b)[^\d;,()]){0,30}?"
                         r"|(?:so với\s+|của\s+)?tổng\s+số\s+(?:(?!\bvà\b)[^\d;,()]){0,50}?\s*\()$", re.IGNORECASE)
_EXCESS = re.compile(r"(?:vượt|tăng|cao hơn)\s+(?:(?:trên|hơn|gần|khoảng)\s+)?$", re.IGNORECASE)
#: a sentence opening with its whole: "Trong số 117 đảng viên bị kỷ luật, …", "Trong tổng số 400 đại biểu có …"
_HEADER = re.compile(r"\s*(?:[-–•]\s*)?(?:trong|trên)\s+(?:tổng\s+)?(?:số\s+)?$", re.IGNORECASE)
_RATIO_ADJ = re.compile(r"[\s,(]*(?:(?:đạt|chiếm|bằng|(?:tỷ lệ|tỉ lệ)(?:\s+(?:chung|bình quân|trung bình))?|là|với|tương đương"
                        r"|tương ứng|tức|khoảng)\s*)*"
                        r"(?:(?:hơn|gần|trên|khoảng|xấp xỉ)\s+)?[\s(]*$", re.IGNORECASE)
_SURPLUS_RATE = re.compile(r"tỷ lệ\s+(?:số\s+)?dư\s+(?:là\s+)?$", re.IGNORECASE)
_SURPLUS_COUNT = re.compile(r"số dư\s+(?:là\s+)?$", re.IGNORECASE)
#: a named rate before its percentage: "tỷ lệ khám phá đạt", "đạt tỷ lệ 98,8% về số vụ và"
_RATE_CUE = re.compile(r"\b(?:tỷ lệ|tỉ lệ)\b[^;]{0,60}$", re.IGNORECASE)
#: a disposal rate said with "đạt" after its verb: "giải quyết 1.153 vụ - 2.046 bị cáo, đạt 88,55%"
_DISPOSAL_RATE = re.compile(r"\b(?:giải quyết|xét xử|thi hành xong|khám phá|điều tra làm rõ)\b(?:[^;.]|\.(?=\d)){0,70}\bđạt\s+$",
                            re.IGNORECASE)
#: the unit a rate is of, after it: "99,42% về số bị cáo"
_ABOUT_UNIT = re.compile(r"\s*(?:về|trên)\s+(?:tổng\s+)?số\s+([^\d;,.()]{1,20}?)(?=\s+và\b|\s*[;,.)]|\s*$)", re.IGNORECASE)


def _about(f: Figure, words: str) -> bool:
    """Is a figure of what ``về số …`` / ``trên (tổng) số …`` names (``số tiền`` names money)?"""
    if words.lower().startswith("tiền"):
        return f.kind == "amount" and any(w in (f.unit or "").lower() for w in ("đồng", "usd"))
    return same_unit(f.unit, words)
_RATIO_SKIP = re.compile(r"\b(?:gấp|so với|so|tăng|giảm)\b", re.IGNORECASE)


def grim(n: Decimal, p: Decimal, h: Decimal) -> tuple[bool, list[tuple[int, Decimal]]]:
    """Can a whole base b give round(100 n / b) == p (or truncation)? Also the two nearest achievable percents."""
    if n <= 0 or p <= 0:
        return True, []
    lo_b = HUNDRED * n / (p + 2 * h)  # truncation reaches up to p + 2h
    hi_b = HUNDRED * n / (p - h) if p - h > 0 else Decimal("Infinity")
    feasible = hi_b.is_infinite() or math.floor(hi_b) > lo_b or (math.floor(hi_b) == hi_b and hi_b > lo_b)
    b0 = int(HUNDRED * n / p)
    near = [(b, (HUNDRED * n / b).quantize(Decimal(1).scaleb(-(int(-h.as_tuple().exponent))), ROUND_HALF_UP))
            for b in (b0, b0 + 1) if b >= 1]
    return bool(feasible), near


def _intervals(p: Figure):
    """Interval of the true value behind a stated percent: rounding or truncation of its last digit, or its hedge."""
    if p.qualifier:
        return exact_or_interval(p)
    h = p.half_digit
    return p.value - h, p.value + 2 * h, False, True


def _fits(p: Figure, computed: Decimal) -> bool:
    lo, hi, lo_open, hi_open = _intervals(p)
    return (lo is None or computed > lo or (computed == lo and not lo_open)) and \
        (hi is None or computed < hi or (computed == hi and not hi_open))


def _fits_rounded(p: Figure, num: Figure, whole: Figure) -> bool:
    """Can the percentage come from these two figures within their own rounding (``2,9 nghìn`` of ``20,1 nghìn`` is
    14,2–14,7 %)?  Exact counts stay exact."""
    nlo, nhi, _, _ = exact_or_interval(num)
    wlo, whi, _, _ = exact_or_interval(whole)
    nlo, nhi = (nlo if nlo is not None else num.value), (nhi if nhi is not None else num.value)
    wlo, whi = (wlo if wlo is not None else whole.value), (whi if whi is not None else whole.value)
    if not wlo or wlo <= 0 or not whi:
        return False
    lo, hi, lo_open, hi_open = _intervals(p)
    c_lo, c_hi = HUNDRED * nlo / whi, HUNDRED * nhi / wlo
    return (hi is None or c_lo < hi) and (lo is None or c_hi > lo)


def _base(block, p: Figure, q: str, variant: str) -> dict:
    return dict(check=CHECK, unit="%", line=p.line, footnote=block.footnote, block=block.id, quote=q,
                footnote_text=block.text if block.kind == "footnote" else "", variant=variant)


def _checked(p: Figure, num: Figure, base: Figure, variant: str, block, q: str, excess: bool = False,
             num_text: str | None = None, base_text: str | None = None) -> Relation:
    if excess:
        computed = HUNDRED * (num.value - base.value) / base.value
        expr = f"100 × ({num_text or num.text} − {base_text or base.text}) / {base_text or base.text}"
    else:
        computed = HUNDRED * num.value / base.value
        expr = f"100 × {num_text or num.text} / {base_text or base.text}"
    lo, hi, lo_open, hi_open = _intervals(p)
    h = p.half_digit
    truncated = not p.qualifier and not (p.value - h <= computed < p.value + h) and _fits(p, computed)
    # the recomputed value's own interval, from hedged or rounded operands
    nlo, nhi, _, _ = exact_or_interval(num)
    blo, bhi, _, _ = exact_or_interval(base)
    c_lo = c_hi = computed
    if not excess and None not in (nlo, nhi, blo, bhi) and blo > 0:
        c_lo, c_hi = HUNDRED * nlo / bhi, HUNDRED * nhi / blo
    elif not excess and nhi is None and blo is not None and bhi is not None:
        c_lo, c_hi = HUNDRED * (nlo if nlo is not None else num.value) / bhi, None  # "trên 5.000": no upper bound
    elif not excess and bhi is None and nlo is not None and nhi is not None:
        c_lo, c_hi = Decimal(0), HUNDRED * nhi / blo if blo else None  # a base "hơn 14.600": no lower bound
        if c_hi is not None and base.qualifier in ("trên", "hơn") and not num.qualifier and num.scale > 1 \
                and num.scale == base.scale and not num.decimals and not base.decimals:
            # "trên 2.406 tỷ đồng, …, 1.051 tỷ đồng (chiếm 43,71%)": beside a floor in whole tỷ, the part is cut to
            # whole tỷ the same way (1.051–1.051,99)
            c_hi = HUNDRED * (num.value + num.scale) / blo
    elif not excess and nhi is None and bhi is None and num.qualifier and base.qualifier:
        (wnlo, wnhi), (wblo, wbhi) = floor_span(num), floor_span(base)  # "hơn 10.000 hộ" of "hơn 286.000 hộ":
        if wblo > 0:  # each as its writer means it (10.000–10.999 of 286.000–286.999)
            c_lo, c_hi = HUNDRED * wnlo / wbhi, HUNDRED * wnhi / wblo
    return Relation(
        id=f"{CHECK}:{p.id}", checkable=True, stated=p.value, computed=computed.quantize(Decimal("0.0001")),
        stated_lo=lo, stated_hi=hi, strict_lo=lo_open, strict_hi=hi_open, computed_lo=c_lo, computed_hi=c_hi,
        expression=f"{expr} = {fmt_vi(computed.quantize(Decimal('0.01')))} %", figures=[p.id, num.id, base.id],
        note="percent_truncated" if truncated else "", **_base(block, p, q, variant))


#: a rate named by the group it measures, just before it: "tỷ lệ hộ nghèo tại các huyện nghèo giảm còn"
_GROUP_RATE = re.compile(r"\b(?:tỷ|tỉ)\s+lệ\s+([^\W\d_]+\s+[^\W\d_]+)(?:\s+[^\W\d_]+){0,8}\s*$", re.IGNORECASE)


def _rate_of_group(text: str, index: Index, block_id: str, p: Figure, base: Figure) -> bool:
    """``tỷ lệ hộ nghèo … 47,37%`` whose would-be base is itself named a count of ``hộ nghèo``: the rate is of the
    group within all (all households), not of a count of that same group."""
    c0 = clause_of(text, p.start)[0]
    m = _GROUP_RATE.search(text, c0, p.start)
    if m is None or base.block != block_id:
        return False
    group = " ".join(m.group(1).lower().split())
    if not base.unit or not group.startswith(unit_head(base.unit).lower() + " "):
        return False  # ("tỷ lệ giải quyết đạt …" names an act: its base is what was received)
    return group in _figure_name(text, index, block_id, base)[1]


#: a rate named by what it measures, opening the percentage's clause: "tỷ lệ giải quyết đúng hạn đạt", "độ che phủ
#: rừng là", "tốc độ tăng trưởng"
_NAMED_RATE = re.compile(r"\s*(?:(?:tỷ|tỉ)\s+lệ|độ\s+che\s+phủ|tốc\s+độ)\s+((?:[^\W\d_]+\s+){0,6}?)"
                         r"(?:là|đạt|ước đạt|bằng|còn|đạt mức|chiếm)?\s*(?:khoảng|gần|hơn|trên)?\s*$", re.IGNORECASE)


_AND = re.compile(r"(?<!\w)và(?!\w)")
_FILLERS = {"các", "những", "số", "của", "về", "trong", "chung", "bình", "quân", "toàn"}


def _rate_of_another(text: str, index: Index, block_id: str, p: Figure, num: Figure, paired: bool = False) -> bool:
    """A percentage opening its own clause with a rate's name (``tỷ lệ giải quyết đúng hạn đạt 95,5%``, ``độ che phủ
    rừng là 73,4%``), the figure before it in an earlier clause, whose own words (before it back to ``và`` or a mark,
    and its unit phrase after) lack one of the rate's first three name words (for ``độ che phủ``: ``che phủ``): the
    rate is not that figure's share."""
    s0 = sentence_of(text, p.start)[0]
    c0 = max(s0, *(text.rfind(mark, s0, p.start) + 1 for mark in ",;:("))
    if num.block != block_id or num.end > c0:
        return False
    m = _NAMED_RATE.match(text, c0, p.start)
    if m is None:
        return False
    lead = " ".join(text[c0:p.start].lower().split())
    key = ["che", "phủ"] if lead.startswith("độ che phủ") else \
        [w for w in m.group(1).lower().split() if w not in _FILLERS][:3]
    if not key:
        return False  # ("tỷ lệ đạt 88%": no name to tell)
    s1 = sentence_of(text, num.start)[0]
    b0 = max(s1, *(text.rfind(mark, s1, num.start) + 1 for mark in ",;:("))
    for m in _AND.finditer(text, b0, num.start):
        b0 = m.end()  # "134 hồ sơ đúng hạn và 651 hồ sơ trễ hạn": the words before "và" are the other item's
    after = re.match(r"[^,;:()\d]*", text[num.end:num.end + 80]).group()
    name = " ".join((text[b0:num.start] + " " + after).lower().split())  # its own words, before and after it
    said = [bool(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", name)) for w in key]
    # (a count paired with the total it is of, "6.120 thí sinh … tốt nghiệp trên tổng số 6.200 thí sinh, tỷ lệ đỗ tốt
    # nghiệp đạt 98,71%": the rate of that pair when its name shares a word with the count's)
    return not any(said) if paired else not all(said)


#: a count followed by its own share: "25 người dân tộc thiểu số (chiếm 49,02%)"
_OWN_SHARE_AFTER = re.compile(r"[^\d();.]{0,40}\(\s*chiếm\s+(?:tỷ lệ\s+)?\d", re.IGNORECASE)
#: a count that is the one of a share just before it: "… 21,92% với 701.461 hộ"
_AFTER_SHARE = re.compile(r"%\s*,?\s+với\s+(?:(?:trên|hơn|gần|khoảng)\s+)?$", re.IGNORECASE)
#: a share followed by its count: "chiếm 9,76% với 25.103 hộ"
_WITH_COUNT_AFTER = re.compile(r"\s*,?\s+(?:với|tương đương(?:\s+với)?)\s+(?:(?:trên|hơn|gần|khoảng)\s+)?(?=\d)",
                               re.IGNORECASE)  # (or "chiếm 54%, tương đương 2,6 nghìn tỷ đồng": the same part in money)


#: a share's part in the bracket right after it: "chiếm 60% (" before "750 đảng viên)"
_COUNT_BRACKET_AFTER = re.compile(r"\s*\(\s*")


def _numerator(text: str, index: Index, block_id: str, p: Figure) -> Figure | None:
    """The figure a percentage is stated for: the stock just before its parenthesis (``12.432 doanh nghiệp (chiếm
    91,8%``) or the nearest stock before it in its clause (``830 doanh nghiệp tư nhân, chiếm 66,4%``)."""
    par = index.paren(p)
    if par is None and (m := _WITH_COUNT_AFTER.match(text, p.end)) is not None \
            and ("tương" not in m.group().lower() or _CHIEM.search(text, max(0, p.start - 30), p.start)):
        # ("tương đương" only after "chiếm": "tăng 12%, tương đương 300 người" is a change, "tỷ lệ thất nghiệp là 2,1%,
        # tương đương 4.300 người" a rate of a population the text does not give)
        nxt = index.within(block_id, m.end(), m.end() + 60, TOTAL_KINDS, limit=1)
        if nxt and nxt[0].start == m.end() and index.is_stock(nxt[0]):
            return nxt[0]  # "tỷ lệ hộ nghèo 5,0% với 12.855 hộ": the count it is the share of follows it
    if par is None and index.role(p) == "share" and (m := _COUNT_BRACKET_AFTER.match(text, p.end)) is not None:
        nxt = index.within(block_id, m.end(), m.end() + 40, TOTAL_KINDS, limit=1)
        if nxt and nxt[0].start == m.end() and index.is_stock(nxt[0]) and nxt[0].unit \
                and (fp := index.paren(nxt[0])) is not None and fp[0] == text.index("(", p.end) \
                and text[nxt[0].end:fp[1]].strip().lower() == nxt[0].unit.lower():
            return nxt[0]  # "trong đó, đảng viên nữ chiếm 60% (750 đảng viên)": the bracket holds the part itself
    anchor = par[0] if par else p.start
    inner = max(text.rfind(";", par[0], p.start), text.rfind(":", par[0], p.start), par[0]) if par else 0
    if par and any(index.is_stock(f) for f in index.within(block_id, inner, p.start)):
        anchor = p.start  # "kiến nghị thu hồi 400 triệu đồng (đã thu hồi 380 triệu đồng, đạt 95%)": of its own bracket's
    c0, _ = clause_of(text, anchor)
    if par and anchor == p.start:
        c0 = max(c0, inner)
    s0, _ = sentence_of(text, p.start)
    before = [f for f in index.within(block_id, max(c0, s0, anchor - 300), anchor) if f.kind in QUANTITY_KINDS]
    before = [f for f in before if (fp := index.paren(f)) is None or fp[1] >= anchor]  # not inside an earlier aside
    about = _ABOUT_UNIT.match(text, p.end)
    if about is not None and any(f.kind in TOTAL_KINDS and _about(f, about.group(1)) for f in before):
        # "… 384.209 vụ với 641.616 bị cáo, đạt tỷ lệ 99,5% về số vụ và 98,6% về số bị cáo": the unit it names
        before = [f for f in before if f.kind in TOTAL_KINDS and _about(f, about.group(1))]
    role = index.role(p)
    if before and role in ("plan_pct", "share"):
        # "đạt 18.500 tỷ đồng, tăng 12,5% so với cùng kỳ và vượt 6% so với dự toán", "nộp 1.400 tỷ đồng, bằng 105%
        # dự toán, bằng 106% so với năm trước, chiếm 23% tổng thu": the percentages between are the stock's other
        # predicates, not the figure this one is of
        skip = ("change_pct",) if role == "plan_pct" else ("change_pct", "plan_pct")
        while len(before) > 1 and (before[-1].kind == "percent" and index.role(before[-1]) in skip
                                   or role == "plan_pct" and index.role(before[-1]) == "plan"
                                   and len(before) > 2 and before[-2].kind == "percent"
                                   and index.role(before[-2]) == "plan_pct"
                                   or role == "plan_pct" and before[-1].kind == "percent"
                                   and index.role(before[-1]) == "plan_pct" and index.is_stock(before[0])):
            before.pop()  # "đạt 107,3% dự toán Trung ương giao (16.700 tỷ đồng) và đạt 101,9% dự toán HĐND tỉnh …":
            # the first percentage and its own plan stand between the figure and the second
    if len(before) > 1 and _OF_TOTAL_BEFORE.search(text, max(0, before[-1].start - 30), before[-1].start) \
            and index.is_stock(before[-2]) and (same_kind(before[-2].unit, before[-1].unit)
                                                or _bare_of_total(text, before[-2], before[-1])):
        before.pop()  # "thu hồi 41,37 tỷ đồng trên tổng số 52,18 tỷ đồng phải thu hồi, đạt 79,3%": the base is named
    elif len(before) > 1 and (_THRESHOLD.search(text, max(0, before[-1].start - 40), before[-1].start)
                              or _SCORE_BOUND.search(text, max(0, before[-1].start - 20), before[-1].start)
                              and (before[-1].unit or "").lower().startswith("điểm")):
        before.pop()  # "1.450 doanh nghiệp có vốn dưới 5 tỷ đồng, chiếm 88%": 5 tỷ describes the group
        # ("25.000 bài thi bằng và trên 5 điểm, tương đương 51%": a score bound, no count)
    if before and anchor - before[-1].end < 120 and _OWN_PROPERTY_RATE.fullmatch(text, before[-1].end, anchor):
        return None  # "24 phòng với tỷ lệ kiên cố hóa là 100%": a rate of a property of the 24 rooms (24 is its base,
        # the count with the property is not given)
    if len(before) > 2 and (lead := _last_match(_LIST_LEAD, text, before[0].end, before[-1].start)) is not None \
            and any(lead < f.start for f in before[1:-1]) and _LIST_END_THEN_RATE.fullmatch(text, before[-1].end, anchor):
        return None  # "trồng được 11.600 ha, gồm 7.700 ha rừng A và 4.200 ha rừng B, đạt 58% mục tiêu": after a list the
        # rate may be the total's or the last item's — the text does not say which
    if len(before) > 1 and index.role(before[-1]) == "plan" and role == "attain" and p.start - before[-1].end < 80 \
            and _PLAN_THEN_RATE.fullmatch(text, before[-1].end, p.start):
        before.pop()  # "tuyển sinh 9.309 người, so với chỉ tiêu (8.700 người) đạt 107%": the plan, named before the rate,
        # is its base (see _named_base_before), not the figure it is of
    if not before:
        return _anaphor(text, index, block_id, s0, anchor) or _share_after_semicolon(text, index, block_id, c0, anchor)
    last = before[-1]
    if _SUBSET_CUE.search(text, last.end, anchor):
        return None  # "3.200 doanh nghiệp rút lui, trong đó phần lớn là doanh nghiệp tạm ngừng (chiếm 60%)": the share of
        # a part named after "trong đó" with no figure of its own — of the figure before, not that figure's share
    own = index.within(block_id, last.end, anchor, {"percent"})
    if own and own[0].id != p.id and index.paren(own[0]) is not None and index.paren(own[0]) != index.paren(p) \
            and _has_own_share(index, block_id, last, text) and _NEW_SUBJECT.search(text, index.paren(own[0])[1], anchor):
        return None  # "… là 5.255 việc (chiếm 27,92%), số hoãn và tạm đình chỉ chiếm 0,83%": the figure's share is
        # the one in its bracket; the next names a group of its own, not counted in the text
    return last if index.is_stock(last) else None


#: a percentage compared with another period: "chiếm 80% so với năm trước", "(… 4,5% so với cùng kỳ)"
_VS_PERIOD_AFTER = re.compile(r"\s*so\s+(?:với\s+)?(?:cùng kỳ|năm|kỳ|tháng|quý|giai đoạn|nhiệm kỳ)\b", re.IGNORECASE)
#: a rate of a property of the things just counted: " phòng với tỷ lệ kiên cố hóa là ", " hộ, với tỷ lệ che phủ đạt "
_OWN_PROPERTY_RATE = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?[^\W\d_]*\s*,?\s*với\s+(?:tỷ|tỉ)\s+lệ\s+(?:[^\W\d_]+\s+){1,4}"
                                r"(?:là|đạt)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?", re.IGNORECASE)
def _last_match(rx: re.Pattern, text: str, lo: int, hi: int) -> int | None:
    """Where the last match of ``rx`` in ``text[lo:hi]`` starts (None when there is none)."""
    last = None
    for m in rx.finditer(text, lo, hi):
        last = m.start()
    return last


#: a list after a figure ("…, gồm 7.700 ha …"), and a rate after the list's last item, by a comma and a verb
_LIST_LEAD = re.compile(r"\b(?:gồm|bao gồm)\b", re.IGNORECASE)
_LIST_END_THEN_RATE = re.compile(r"[^\d;.()]{0,60}?,\s*(?:đạt|bằng|vượt)\s+(?:(?:tỷ|tỉ)\s+lệ\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?",
                                 re.IGNORECASE)
#: a part opened after a figure: what follows is a subset of that figure
_SUBSET_CUE = re.compile(r"\btrong\s+(?:đó|số\s+đó|số\s+này)\b", re.IGNORECASE)


#: a sentence that opens by pointing back at the figure before it: "Mức thu này đạt ", "Con số trên bằng ",
#: "Số tiền này chiếm "
#: (a verb after the pointer: "có trên 90% sản phẩm" is a hedge on the figure, no pointer)
_ANAPHOR = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+(?:này|trên)\s+(?:[^\W\d_]+\s+){1,2}$")


def _anaphor(text: str, index: Index, block_id: str, s0: int, anchor: int) -> Figure | None:
    """``… đạt 88.165 tỷ đồng. Mức thu này đạt 30,9% dự toán``: the sentence opens by pointing back at the last
    quantity of the sentence before (when that is a stock and nothing but dates follows it)."""
    if s0 == 0 or anchor - s0 > 80 or not _ANAPHOR.fullmatch(text, s0, anchor):  # (a short opening only: linear)
        return None
    prev = previous_sentence(text, s0)  # (the sentence right before, never the paragraph up to here)
    if prev is None:
        return None
    figs = [f for f in index.within(block_id, prev[0], s0) if f.kind in QUANTITY_KINDS]
    return figs[-1] if figs and index.is_stock(figs[-1]) else None


def _share_after_semicolon(text: str, index: Index, block_id: str, c0: int, anchor: int) -> Figure | None:
    """``Số có điều kiện thi hành là 8.578 việc, giảm 1.732 việc; chiếm 72,75% trong tổng số …``: a clause that opens
    with the share right after ``;`` is of the one stock of the clause before (its change aside)."""
    if c0 < 2 or text[c0 - 1] != ";" or not re.fullmatch(r"\s*(?:chiếm|bằng)\s+(?:tỷ lệ\s+|tỉ lệ\s+)?", text[c0:anchor],
                                                          re.IGNORECASE):
        return None
    b0, _ = clause_of(text, c0 - 2)
    figs = [f for f in index.within(block_id, b0, c0) if f.kind in QUANTITY_KINDS]
    stocks = [f for f in figs if index.is_stock(f)]
    if len(stocks) != 1 or any(f is not stocks[0] and index.role(f) not in ("change", "change_pct") for f in figs):
        return None
    return stocks[0]


#: a base named between the numerator and its percentage: "41,37 tỷ đồng trên tổng số 52,18 tỷ đồng …, đạt 79,3%"
#: (the base's words, never "và": "… trên tổng số trẻ em và 95.000 trẻ em …" goes on to the next item)
_OF_TOTAL_BEFORE = re.compile(r"\b(?:trên|trong)\s+tổng\s+số\s+(?:(?!và\s)[^\W\d_]+\s+){0,3}$", re.IGNORECASE)
#: a bound inside a description of a group, not a quantity of it: "có quy mô vốn dưới ", "độ tuổi từ "
#: a bound on a score before it: "bằng và trên 5 điểm", "từ 8 điểm", "dưới 1 điểm"
_SCORE_BOUND = re.compile(r"\b(?:bằng\s+và\s+trên|trên\s+và\s+bằng|từ|trên|dưới|đạt|không quá)\s+$", re.IGNORECASE)
_THRESHOLD = re.compile(r"\b(?:vốn|quy mô|tuổi|độ tuổi|diện tích|giá trị|thu nhập|mức)(?:\s+[^\W\d_]+){0,2}\s+"
                        r"(?:dưới|trên|từ|không quá|tối đa|tối thiểu)\s+$", re.IGNORECASE)


def _named_base(text: str, index: Index, block_id: str, p: Figure, num: Figure) -> Figure | None:
    """A base named right after the percentage: ``trên tổng số 1.400 vụ``, ``(… 2.200 đảng viên)`` of a plan."""
    par = index.paren(p)
    end = par[1] if par else clause_of(text, p.start)[1]
    for f in index.within(block_id, p.end, min(end, p.end + 80)):
        if f.kind == "percent":
            return None
        if f.kind in TOTAL_KINDS and f.value:
            if index.role(f) == "plan" and same_kind(f.unit, num.unit):
                return f
            if index.is_stock(f) and _BASE_AFTER.fullmatch(text, p.end, f.start) and same_kind(f.unit, num.unit):
                return f
            return None
    if par is not None and num.end <= par[0]:  # "giải quyết 90 việc (đạt 75%) trong tổng số 120 việc": named past it
        nxt = index.within(block_id, par[1], par[1] + 60, limit=1)
        if nxt and index.is_stock(nxt[0]) and same_kind(nxt[0].unit, num.unit) \
                and _OF_TOTAL_AFTER_PAREN.fullmatch(text, par[1], nxt[0].start):
            return nxt[0]
    return None


_OF_TOTAL_AFTER_PAREN = re.compile(r"\)\s*(?:trên|trong)\s+tổng\s+số\s*(?::\s*)?", re.IGNORECASE)


_ELIGIBLE_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?(?:có|đủ)\s+điều\s+kiện\b", re.IGNORECASE)
_ELIGIBLE_BEFORE = re.compile(r"\b(?:có|đủ)\s+điều\s+kiện(?:\s+[^\W\d_]+){0,3}\s+(?:là\s+)?(?:(?:trên|hơn|gần|khoảng)\s+)?$",
                              re.IGNORECASE)  # "có điều kiện thi hành trên 267.000 tỷ đồng"
_DONE_BEFORE = re.compile(r"\b(?:giải quyết|thi hành)(?:\s+xong)?\s+(?:được\s+)?(?:số\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+là\s+)?"
                          r"(?:(?:trên|hơn|gần|khoảng)\s+)?$",
                          re.IGNORECASE)


def _eligible_base(text: str, index: Index, block_id: str, num: Figure) -> Figure | None:
    """The count of cases that can be settled (``5.422 việc có điều kiện giải quyết``, ``có điều kiện thi hành 96 tỷ
    đồng``) in the sentence before a settled count (``đã giải quyết xong 4.918 việc``): the base of the settlement rate that follows."""
    if not _DONE_BEFORE.search(text, max(0, num.start - 30), num.start):
        return None
    s0, _ = sentence_of(text, num.start)
    for f in reversed(index.within(block_id, max(s0, num.start - 300), num.start)):
        if f.kind in TOTAL_KINDS and f.value and index.is_stock(f) and same_kind(f.unit, num.unit) \
                and (_ELIGIBLE_AFTER.match(text, f.end) or _ELIGIBLE_BEFORE.search(text, max(0, f.start - 50), f.start)) \
                and f.value >= num.value:
            return f
    return None


def _only_fitting_whole(text: str, index: Index, block_id: str, p: Figure, num: Figure) -> Figure | None:
    """The one stock of the numerator's kind, larger than it, in the sentence before it, that the share fits."""
    s0, _ = sentence_of(text, num.start)
    fit = [f for f in index.within(block_id, max(s0, num.start - 400), num.start) if index.is_stock(f) and f.value
           and f.value > num.value and same_kind(f.unit, num.unit) and _fits(p, HUNDRED * num.value / f.value)]
    return fit[0] if len(fit) == 1 else None


def _paired_numerator(text: str, index: Index, block_id: str, p: Figure, num: Figure) -> tuple[Figure, Figure] | None:
    """``đã giải quyết 874 vụ, 1.172 bị can, đạt tỷ lệ 99,3%`` (or ``874 vụ/ 1.172 bị can``): the count of the other
    unit just before the numerator (``874 vụ,``) and the one whole of its unit in the sentence that the rate fits, when the numerator's own does not."""
    prev = index.last_before(block_id, num.start, 1)
    if not prev or not index.is_stock(prev[0]) or not prev[0].unit or same_kind(prev[0].unit, num.unit) \
            or not re.fullmatch(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[,/]\s*", text[prev[0].end:num.start]):
        return None
    whole = _only_fitting_whole(text, index, block_id, p, prev[0])
    return (prev[0], whole) if whole is not None else None


_SLASH_AFTER_BRACKET = re.compile(r"\)\s*/\s*$")


def _over_bracket(text: str, index: Index, block_id: str, den: Figure) -> Figure | None:
    """``176 đơn (160 khiếu nại, 16 tố cáo)/221 đơn``: the numerator of a ratio written over its own bracket."""
    if not _SLASH_AFTER_BRACKET.search(text, max(0, den.start - 6), den.start):
        return None
    prev = index.last_before(block_id, den.start, 1)
    par = index.paren(prev[0]) if prev else None
    if par is None or text.rfind(")", 0, den.start) != par[1]:
        return None
    owner = index.last_before(block_id, par[0], 1)
    if not owner or not index.is_stock(owner[0]) or not same_kind(owner[0].unit, den.unit) or not den.value \
            or owner[0].value > den.value or text[owner[0].end:par[0]].strip(" ") not in ("", owner[0].unit):
        return None
    return owner[0]


def _rates_not_shares(text: str, index: Index, block_id: str, whole: Figure, parts: list[Figure],
                      none_fit: bool = False) -> bool:
    """Parts that add up to their whole, each followed by a percentage of its own, with percentages that do not add
    up to 100: shares of that whole would, so the percentages are of something else (each part's own base).  With
    ``none_fit`` (a share the text calls one, ``chiếm``) also no percentage may be the share of its part: one that is
    (``nam 70 (chiếm 58,3%), nữ 50 (chiếm 45%)``) says the others are meant as shares too."""
    parts = [f for f in parts if f.value is not None and same_kind(f.unit, whole.unit)]
    if len(parts) < 2 or not whole.value:
        return False
    lo, hi, _, _ = sum_interval(parts)
    if not fits(whole, lo, hi):
        return False
    shares = []
    reach = 80 if none_fit else 40
    for f in parts:
        nxt = index.within(block_id, f.end, min(len(text), f.end + reach), limit=1)
        if not nxt or nxt[0].kind != "percent" or nxt[0].value is None or re.search(r"[;.]", text[f.end:nxt[0].start]):
            return False
        if none_fit and _fits(nxt[0], HUNDRED * f.value / whole.value):
            return False
        shares.append(nxt[0].value)
    return abs(sum(shares, Decimal(0)) - HUNDRED) > len(shares)


def _over_slash(text: str, index: Index, block_id: str, den: Figure) -> Figure | None:
    """``thu hồi 1,24 tỷ đồng/1.842,6 triệu đồng phải thu``: two amounts (each with its scale and currency) joined
    by a slash are a ratio the reader cannot miss; the one before the slash is the numerator."""
    if den.kind != "amount" or not den.value:
        return None
    prev = index.last_before(block_id, den.start, 1)
    if not prev or prev[0].kind != "amount" or prev[0].value is None or not same_kind(prev[0].unit, den.unit) \
            or not re.fullmatch(rf"\s*(?:{unit_re(prev[0].unit)})?\s*/\s*", text[prev[0].end:den.start]) \
            or prev[0].value > den.value:
        return None
    return prev[0]


#: from a plan to the percentage of it: "(8.700 người) đạt ", "3.000 lao động, đạt tỷ lệ "
_PLAN_THEN_RATE = re.compile(r"\s*(?:[^\W\d_]+\s*){0,3}\)?\s*,?\s*(?:thì\s+|là\s+)?(?:đạt|bằng)\s+(?:(?:tỷ|tỉ)\s+lệ\s+)?", re.IGNORECASE)


def _named_base_before(text: str, index: Index, block_id: str, p: Figure, num: Figure) -> Figure | None:
    """``thu hồi 41,37 tỷ đồng trên tổng số 52,18 tỷ đồng phải thu hồi, đạt 79,3%``: the base named between the
    numerator and the percentage; or the plan named there (``tuyển sinh 9.309 người, so với chỉ tiêu (8.700 người) đạt
    107%``: of the plan right before it)."""
    for f in index.within(block_id, num.end, p.start, limit=3):
        if f.kind in TOTAL_KINDS and f.value and index.role(f) == "plan" and index.role(p) == "attain" \
                and (same_kind(f.unit, num.unit) or not f.unit and num.scale == 1 and f.scale == 1) \
                and p.start - f.end < 80 and _PLAN_THEN_RATE.fullmatch(text, f.end, p.start) \
                and not index.within(block_id, num.end, f.start, {"percent"}):
            return f  # (not "bằng 112,4% dự toán A (16.585 tỷ đồng), bằng 104,6% dự toán B": the first one's plan)
        if f.kind in TOTAL_KINDS and f.value and index.is_stock(f) and (same_kind(f.unit, num.unit)
                                                                        or _bare_of_total(text, num, f)) \
                and _OF_TOTAL_BEFORE.search(text, max(0, f.start - 30), f.start):
            return f
    return None


_CHIEM = re.compile(r"chiếm(?:\s+(?:tỷ lệ|tỉ lệ|tỷ trọng|khoảng|gần|hơn|trên))*\s*$", re.IGNORECASE)
_PLAN_WORD = re.compile(r"kế hoạch|KH|chỉ tiêu|dự toán|mục tiêu|nghị quyết|NQ", re.IGNORECASE)


#: words after a plan's key that do not name which plan it is ("kế hoạch năm", "dự toán được giao", "chỉ tiêu đề ra")
_PLAN_NAME_STOP = re.compile(r"(?:năm|của|được|đã|đề|tỉnh|huyện|giao|so|với|và|cả|ra)\b", re.IGNORECASE)


def _plan_elsewhere(doc, index: Index, block, p: Figure, num: Figure) -> Figure | None:
    """``đạt 30,9% dự toán`` with ``… dự toán thu được giao là 9.400 tỷ đồng`` elsewhere in the paragraph (or
    the one before): the one plan figure of the numerator's unit named with the same word."""
    m = g.PLAN_AFTER.match(block.text[p.end:p.end + 60])
    word = _PLAN_WORD.search(m.group(0)) if m else None
    if word is None:
        return None
    key = word.group(0).lower()
    # the plan's own name, when the words after the key say which ("chỉ tiêu phấn đấu", not "chỉ tiêu dự toán")
    named = re.match(r"\s*((?:[^\W\d_]+\s+){0,1}[^\W\d_]+)", m.group(0)[word.end():] + block.text[p.end + m.end():p.end + m.end() + 30])
    name = f"{key} {named.group(1).lower()}" if named and not _PLAN_NAME_STOP.match(named.group(1)) else key
    s0, _ = sentence_of(block.text, num.start)
    cands = []
    for b in [block] + doc[:1]:  # doc: the paragraphs before this one, nearest first
        figs = index.by_block.get(b.id, [])
        for i, f in enumerate(figs):
            if b is block and s0 <= f.start < num.start and ";" in block.text[f.end:num.start] and any(
                    q.id != f.id and index.is_stock(q) and same_kind(q.unit, f.unit)
                    for q in index.within(b.id, max(s0, block.text.rfind(";", 0, f.start) + 1), block.text.find(";", f.end))):
                continue  # "Cục A thu 113.753 tỷ, vượt chỉ tiêu dự toán (108.800 tỷ) …; Cục B thu 65.702 tỷ, vượt 38,26% chỉ
                # tiêu dự toán": another item's own plan (not "Tổng kế hoạch vốn là 5.618,2 tỷ đồng; giải ngân …")
            before = b.text[max(0, f.start - 80):f.start].lower()
            if name != key and key in before and name not in before \
                    and re.search(rf"{re.escape(key)}\s+(?!{_PLAN_NAME_STOP.pattern})[^\W\d_]+", before, re.IGNORECASE):
                continue  # "vượt chỉ tiêu dự toán (108.800 tỷ đồng), đạt 100,76% chỉ tiêu phấn đấu": another plan's figure
            if index.role(f) == "plan" and f.value and same_kind(f.unit, num.unit) and key in before:
                owner = next((q for q in reversed(figs[max(0, i - 4):i]) if q.kind == "percent"), None)
                if owner is not None and owner.id != p.id and index.role(owner) == "plan_pct" and f.start - owner.end < 60:
                    continue  # "đạt 104% dự toán (NQ cả năm là 61.200 tỷ đồng)": another percentage's own plan
                done = next((q for q in reversed(figs[max(0, i - 3):i]) if index.is_stock(q)), None)
                if done is not None and done.id != num.id and same_kind(done.unit, f.unit) and index.paren(f) \
                        and clause_of(b.text, done.start)[0] == clause_of(b.text, f.start)[0]:
                    continue  # "Chi cục A thu đạt 2.300 tỷ đồng, vượt chỉ tiêu dự toán (2.100 tỷ đồng)": that item's plan
                cands.append(f)
    # one plan, though a report may state it twice ("dự toán năm là 4.000 tỷ" in two paragraphs): the nearest
    return cands[0] if cands and len({f.value for f in cands}) == 1 else None


#: from a count to the bracket of its share: its unit and label words, no figure, no clause mark ("trẻ em mồ côi (")
_LABEL_TO_BRACKET = re.compile(r"\s*[^\W\d_]+(?:[\s,]+[^\W\d_]+){0,9}\s*\(\s*(?:chiếm\s+)?", re.IGNORECASE)


def _items_after(index: Index, last: Figure) -> list[Figure]:
    """``…, trong đó 975 trẻ em mồ côi (37%); 1.522 trẻ em khuyết tật (56,5%), 21 trẻ em …``: after a frame's last part
    with its share in brackets, items of the same shape — a count of the same unit opening the item, right after
    ``;`` or ``,``, its own share in brackets — in the same sentence are more of the frame's parts (read by their
    place: a mismatch warns).  The run stops at the first item of another shape."""
    block = index.blocks.get(last.block)
    if block is None:
        return []
    text = block.text

    def bracket_share(f: Figure) -> tuple[int, int] | None:  # "975 trẻ em mồ côi (37%)": the bracket of its share
        nxt = index.within(f.block, f.end, min(len(text), f.end + 80), limit=1)
        par = index.paren(nxt[0]) if nxt and nxt[0].kind == "percent" else None
        if par is None or par[0] < f.end or text[nxt[0].end:par[1]].strip() or not _LABEL_TO_BRACKET.fullmatch(
                text, f.end, nxt[0].start):
            return None
        return par

    par = bracket_share(last)
    if par is None:
        return []
    out, pos = [], par[1] + 1
    _, s1 = sentence_of(text, last.start)
    for f in index.within(last.block, pos, s1, limit=12):
        if not re.fullmatch(r"\s*[;,]\s*(?:và\s+)?", text[pos:f.start]) or not index.is_stock(f) \
                or not f.unit or not same_unit(f.unit, last.unit):
            break
        par = bracket_share(f)
        if par is None:
            break
        out.append(f)
        pos = par[1] + 1
    return out


def _inferred(text: str, index: Index, block_id: str, base: Figure, num: Figure, wholes: dict) -> bool:
    """Was the base found only by its place (not named after the percentage, not a plan figure, not a frame's whole,
    not a sentence-opening whole)?"""
    if wholes.get(num.id) is base or index.role(base) == "plan" or base.start > num.start:
        return False
    s0, _ = sentence_of(text, base.start)
    return not _HEADER.fullmatch(text, s0, base.start)


#: from a figure's own rate to the next figure, its sibling: "…, đạt khoảng 90% và trên "
_SIBLING_AFTER_RATE = re.compile(r"[^\d;.()]{0,20}?\bvà\s+(?:(?:khoảng|trên|hơn|gần|có)\s+)?", re.IGNORECASE)



def _own_share(text: str, index: Index, block_id: str, f: Figure) -> Figure | None:
    """The percentage a figure carries of a base of its own, right after it: ``79 người (đạt 2,08% so với chỉ
    tiêu)``, ``120 tỷ đồng, chiếm 15%`` (not a change, not a share of it)."""
    nxt = index.within(block_id, f.end, min(len(text), f.end + 40), limit=1)
    if not nxt or nxt[0].kind != "percent" or not nxt[0].value or index.role(nxt[0]) not in ("share", "plan_pct", "quantifier") \
            or not _OWN_SHARE_GAP.fullmatch(text, f.end, nxt[0].start):
        return None
    return nxt[0]


def _chosen_of_total(text: str, index: Index, block_id: str, base: Figure) -> Figure | None:
    """``85 đại biểu trên tổng số 144 đại biểu ứng cử``: for the 144, the 85 chosen from it (a stock of its kind just
    before ``trên/trong tổng số``)."""
    if not _OF_TOTAL_BEFORE.search(text, max(0, base.start - 30), base.start):
        return None
    before = index.within(block_id, max(0, base.start - 60), base.start)
    if not before or not index.is_stock(before[-1]) or not before[-1].value:
        return None
    if not same_kind(before[-1].unit, base.unit) and not _bare_of_total(text, before[-1], base):
        return None
    return before[-1]


def _bare_of_total(text: str, num: Figure, base: Figure) -> bool:
    """A bare number right before ``trong/trên tổng số`` counts what its base counts: ``có 150 trong tổng số 260
    trường``."""
    return not num.unit and re.fullmatch(r"\s*(?:trên|trong)\s+tổng\s+số\s*", text[num.end:base.start]) is not None


def _next_disposal(text: str, index: Index, block_id: str, p: Figure, num: Figure) -> Figure | None:
    """The first figure of the numerator's unit in the clause after a rate, in its sentence: ``…, đạt tỷ lệ 89,5%;
    chuyển tòa án khác 3 vụ`` (3 vụ)."""
    _, s1 = sentence_of(text, p.start)
    for f in index.within(block_id, p.end, min(s1, p.end + 120)):
        if f.kind == "percent" or f.kind in TOTAL_KINDS and not same_unit(f.unit, num.unit):
            return None
        if f.kind in TOTAL_KINDS and f.value and re.search(r"[;,]", text[p.end:f.start]) and index.is_stock(f):
            return f
    return None


def _sibling_share(text: str, index: Index, block_id: str, p: Figure, base: Figure) -> Figure | None:
    """The share a would-be base carries of the very whole this percentage names (``đạt 77,2% số kiến nghị đủ bằng
    chứng`` … ``chiếm 22,8% số kiến nghị đủ bằng chứng``): that figure is a sibling part, not the whole."""
    mine = _NAMED_WHOLE.match(text, p.end)
    own = _own_share(text, index, block_id, base)
    if mine is None or own is None or own.id == p.id:
        return None
    theirs = _NAMED_WHOLE.match(text, own.end)
    same = theirs is not None and " ".join(theirs.group(1).lower().split()) == " ".join(mine.group(1).lower().split())
    return own if same else None


#: between a figure and the share it carries: " người (đạt ", " tỷ đồng, chiếm "
_OWN_SHARE_GAP = re.compile(r"\s*(?:[^\W\d_]+\s*){0,3}(?:\(|,)\s*(?:đạt|chiếm|bằng)\s+(?:tỷ lệ\s+|tỉ lệ\s+)?")


#: between a figure and a rate of its own, its group named between: " tổ xếp loại tốt, đạt ", " hộ (chiếm "
_OWN_RATE_GAP = re.compile(r"[^\d;.()]{0,40}?[(,]\s*(?:đạt|chiếm|bằng)\s+(?:(?:tỷ|tỉ)\s+lệ\s+)?", re.IGNORECASE)


#: a new group named as the subject of the next share: ", số hoãn và tạm đình chỉ chiếm", "; còn lại chiếm"
_NEW_SUBJECT = re.compile(r"[,;]\s*(?:số|còn lại|phần còn lại|nhóm|loại)\b", re.IGNORECASE)


def _share_of_another(text: str, index: Index, block_id: str, f: Figure, words: list[str]) -> bool:
    """Is the share right after ``f`` of a whole named otherwise than ``words`` (``2.400 hội viên, chiếm 30% dân
    số`` against ``tổng số hội viên``)?  Then ``f`` is no sibling part of the whole ``words`` name."""
    own = _own_share(text, index, block_id, f)
    if own is None:
        return False
    named = re.match(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,5}", text[own.end:own.end + 60].split(";")[0].split(",")[0].strip())
    return named is not None and words[0] not in named.group(0).lower().split()


#: a percentage called a rate: "chiếm tỷ lệ ", "với tỷ lệ là "
_NAMED_RATE_BEFORE = g.pattern("named_rate_before", r"\b(?:tỷ|tỉ)\s+lệ\s+(?:là\s+)?$", matches=["không có việc làm, chiếm tỷ lệ "],
                               rejects=["không có việc làm, chiếm "], flags=re.IGNORECASE)
#: a rate restated as the count it stands for: "0,8%, tương đương với ", "1,2% (tương ứng "
_EQUALS_BEFORE = g.pattern("equals_before", r"\s*[,(]?\s*(?:tương đương|tương ứng|tức là|tức)(?:\s+với)?\s*"
                           r"(?:(?:khoảng|gần|hơn|trên)\s+)?", matches=[", tương đương với ", " (tương ứng "],
                           rejects=[", trong đó "], flags=re.IGNORECASE)


def _has_own_share(index: Index, block_id: str, f: Figure, text: str) -> bool:
    """Is this figure followed by a share of its own (``80 vụ, chiếm 37,9%``, ``25 vụ (chiếm 11,8%)``), or a rate it
    restates (``tỷ lệ lao động không có việc làm 0,8%, tương đương với 6.100 lao động``)?"""
    prev = index.last_before(block_id, f.start, 1)
    if prev and prev[0].kind == "percent" and _EQUALS_BEFORE.fullmatch(text, prev[0].end, f.start):
        return True
    nxt = [x for x in index.within(block_id, f.end, min(len(text), f.end + 160))
           if x.kind not in ("ordinal", "year", "date")]  # ("60 thôn duy trì từ năm thứ 3 trở lên (tỷ lệ 75%)")
    if not nxt or nxt[0].kind != "percent":
        return False
    return index.role(nxt[0]) in ("share", "") and not re.search(r";|\.\s", text[f.end:nxt[0].start])


def _whole_in_sentence(text: str, index: Index, block_id: str, p: Figure, num: Figure, wholes: dict) -> Figure | None:
    """The whole of a share: the whole of the numerator's frame, a whole opening the sentence, or (only by its place,
    see :func:`_inferred`) the first earlier figure of the sentence that is not a sibling share."""
    if num.id in wholes:
        return wholes[num.id]
    s0, _ = sentence_of(text, num.start)
    cands = [f for f in index.within(block_id, max(s0, num.start - 600), num.start) if index.is_stock(f) and same_kind(f.unit, num.unit)
             and f.value >= num.value and ((fp := index.paren(f)) is None or fp[1] >= num.start)]
    if not cands:
        return None
    first = cands[0]
    if _HEADER.fullmatch(text, s0, first.start):
        return first  # "Trong số 117 đảng viên …, 45 người …, chiếm 38,5%"
    if _has_own_share(index, block_id, first, text) or _OWN_SHARE_AFTER.match(text, first.end):
        return None  # a sibling share, not the whole (its share read by its words too: "(chiếm 49.02%)", a decimal
        # point no figure reads)
    c0, _ = clause_of(text, num.start)
    own = [f for f in cands if f.start >= c0]
    if own and own[0] is not first and c0 > s0 and index.within(block_id, c0, own[0].start, TOTAL_KINDS) == [] \
            and verb_words(text, own[0]) & verb_words(text, first):
        return own[0]  # "cấp tỉnh kiểm tra 900 cơ sở, phát hiện 300 cơ sở vi phạm (33,33%); cấp huyện kiểm tra 400 cơ
        # sở, phát hiện 100 …  (25%)": each clause of the list opens with its own whole, by the same verb as the first
    return first


def _nested_base(text: str, index: Index, block_id: str, base: Figure, num: Figure) -> Figure | None:
    """A part between a whole and a later figure that carries its own share of the whole right after it (``98 cơ sở
    … (chiếm 40%)``) and is no smaller than the figure: the set the figure may be a share of (its subset)."""
    between = [f for f in index.last_before(block_id, num.start, 8) if f.start >= base.end and f.kind in QUANTITY_KINDS]
    # (the nearest few figures only: a constant cost per percentage, whatever lies between it and its whole)
    for k in range(len(between) - 2, -1, -1):
        f, after = between[k], between[k + 1]
        if f.kind in TOTAL_KINDS and f.value and index.is_stock(f) and f.value >= num.value \
                and (same_kind(f.unit, num.unit) or not num.unit) and after.kind == "percent" \
                and re.fullmatch(r"[^\d;.]{0,40}?\(\s*(?:chiếm\s+)?(?:(?:tỷ|tỉ)\s+lệ\s+)?", text[f.end:after.start]):
            return f
    return None


def _stage_base(text: str, index: Index, block_id: str, num: Figure) -> Figure | None:
    """The base of ``đạt X%`` after a numerator named as the done stage of a process (``đã giải quyết 489 hồ sơ``):
    the nearest figure of its unit before it, in its sentence, named as the base stage (``thụ lý 540 hồ sơ``), with
    no other figure of that unit between.  Read from the stage words, so a rate that differs warns."""
    s0, _ = sentence_of(text, num.start)
    if not g.RATE_DONE_STAGE.search(text, max(s0, num.start - 40), num.start):
        return None
    before = [f for f in index.within(block_id, max(s0, num.start - 300), num.start)
              if f.kind in TOTAL_KINDS and f.value is not None and same_kind(f.unit, num.unit)
              and ((fp := index.paren(f)) is None or fp[1] >= num.start)]  # "thụ lý 900 vụ (mới thụ lý 800 vụ)": of 900
    if not before or not index.is_stock(before[-1]) or not before[-1].value \
            or not (g.RATE_BASE_STAGE.search(text, max(s0, before[-1].start - 40), before[-1].start)
                    or g.RATE_BASE_AFTER.match(text, before[-1].end)):
        return None
    return before[-1]


@register(CHECK)
def find(doc: Document, figures: list[Figure]) -> list[Relation]:
    index = Index(doc, figures)
    wholes = {}
    siblings: dict[str, list[Figure]] = {}  # a frame's parts, by each part
    named_parts: set[str] = set()  # parts whose whole is read by its words (a "Trong số <tên>" sentence)
    listed_after: set[str] = set()  # items after a frame's last part, read as more of its parts (see _items_after)
    for fr in frames(doc, index):
        if fr.kind in ("trong_do", "paren_co", "header", "header_named"):  # frames a cue word (or a name) sets
            for part in fr.parts:
                if part.id not in wholes and fr.kind == "header_named":
                    named_parts.add(part.id)
                if part.id not in wholes:
                    siblings[part.id] = fr.parts
                wholes.setdefault(part.id, fr.whole)
            if fr.kind == "trong_do":
                for f in _items_after(index, fr.parts[-1]):
                    if f.id not in wholes:
                        wholes[f.id] = fr.whole
                        listed_after.add(f.id)
    out: list[Relation] = []
    used: set[str] = set()
    established: list[Figure] = []  # wholes that shares have agreed on (see _consensus)
    earlier = _earlier_paragraphs(doc, 8)
    for block in doc.blocks:
        text = block.text
        figs = index.by_block.get(block.id, [])
        out.extend(_share_lists(text, block, figs, used, index))
        out.extend(_half_shares(text, block, figs, used, index))
        out.extend(structure.structure_lists(text, block, figs, used, index))
        out.extend(structure.transition_pairs(text, block, figs, used, index))
        out.extend(structure.contribution_runs(text, block, figs, used))
        runs = share_runs(text, figs, used, index)
        cat_runs = category_runs(text, figs, used | {p.id for r in runs for p in r}, index)
        out.extend(_share_groups(text, block, runs + cat_runs))
        run_wholes = _run_wholes(text, index, block.id, runs)
        for r in figs:  # ratios first: they claim the percent that states them
            if r.kind in ("ratio", "fraction"):
                out.extend(_ratio(text, block, r, index, used))
        pending: list[tuple[Figure, Figure, str]] = []  # shares with a numerator but no whole yet
        for p in figs:
            if p.kind != "percent" or p.value is None or p.id in used:
                continue
            role = index.role(p)
            if role in ("change_pct", "prior", "band"):
                continue  # a percentage change (family "change") or another year's rate
            s0, s1 = sentence_of(text, p.start)
            q = quote(text, s0, s1)
            if role in ("share", "") and _VS_PERIOD_AFTER.match(text, p.end):
                out.append(_unverifiable(text, index, block, p, [], q, plan=False))
                continue  # "thu nội địa 600 tỷ đồng, chiếm 80% so với năm trước": compared with another period, of no
                # figure of this one (the text does not say of which)
            if role == "quantifier":
                qnum = _numerator(text, index, block.id, p)
                den = _ratio_whole(text, index, block.id, p, qnum) if qnum is not None else None
                if den is not None:  # "48 xã … (40,7% tổng số xã)" after "112/118 xã": of the ratio's whole
                    out.append(_checked(p, qnum, den, "recomputed", block, q))
                    continue
                out.append(_unverifiable(text, index, block, p, [], q, plan=False))
                continue
            num = _numerator(text, index, block.id, p)
            top = _over_bracket(text, index, block.id, num) if num is not None else None
            if top is not None:  # "giải quyết 176 đơn (160 khiếu nại, 16 tố cáo)/221 đơn, đạt 79,6%": a ratio split by
                # the numerator's own breakdown
                out.append(_checked(p, top, num, "recomputed", block, q))
                continue
            over = _over_slash(text, index, block.id, num) if num is not None and role in ("attain", "share", "") else None
            if over is not None:  # "đã thu hồi 29,84 tỷ đồng/54,18 tỷ đồng phải thu, đạt 51,5%": an amount over the
                # amount due, each with its own unit
                out.append(_checked(p, over, num, "recomputed", block, q))
                continue
            surplus = _surplus(text, index, block, p, num, q)
            if surplus is not None:
                out.append(surplus)
                continue
            if num is not None and num.kind == "ratio":
                continue  # "đạt 19/20 xã (95%)" is the ratio's
            base = None
            excess = False
            eligible = _eligible_base(text, index, block.id, num) if num is not None and role in ("share", "attain") else None
            if eligible is not None:  # "thụ lý 7.259 việc, trong đó 5.422 việc có điều kiện giải quyết, đã giải quyết
                # xong 4.918 việc, đạt tỷ lệ 90,7%": a rate of the cases that can be settled
                out.append(soften(_checked(p, num, eligible, "rate", block, q), "inferred_eligible_base"))
                continue
            if num is not None:
                base = _named_base(text, index, block.id, p, num) or _named_base_before(text, index, block.id, p, num)
                if role == "plan_pct":
                    excess = bool(_EXCESS.search(text, max(0, p.start - 20), p.start))
                elif base is None and role != "attain" and (den := _ratio_whole(text, index, block.id, p, num)) is not None:
                    base = den  # "112/118 xã đạt chuẩn, trong đó có 48 xã … (40,7% tổng số xã)": the ratio's whole
                elif base is None and role == "share" and _RATE_WORDS.search(text, num.end, p.start) \
                        and (stage := _stage_base(text, index, block.id, num)) is not None:
                    # "kiến nghị thu hồi 240 triệu đồng, đã thu 240 triệu đồng, đạt tỷ lệ 100%": the stages name it
                    out.append(soften(_checked(p, num, stage, "rate", block, q), "inferred_stage_rate"))
                    continue
                elif base is None and role != "attain":
                    named = _whole_by_name(text, index, block, p, num, q, earlier.get(block.id, [])[:6], wholes) \
                        if role in ("share", "") and num.id not in wholes else None  # a frame's whole comes first
                    if named is None and role in ("share", "") and num.id not in wholes:
                        named = _unit_verb_whole(text, index, block, p, num, q)
                    if named is not None:  # "chiếm 33% tổng thu ngân sách …": the words name the whole
                        out.append(named)
                        continue
                    if num.id in wholes or not _NAMED_TOTAL.match(text, p.end):
                        # a whole named by words that no earlier figure carries is not the figure before it
                        base = _whole_in_sentence(text, index, block.id, p, num, wholes)
                    if base is not None and num.start > p.start \
                            and _AFTER_SHARE.search(text, max(0, base.start - 30), base.start):
                        base = None  # "vùng A 21,92% với 701.461 hộ; vùng B 2,45% với 169.566 hộ": each region's own
                        # count, the whole of neither (each rate is of its own region's households, unsaid)
            if role == "attain" and num is not None and base is None and _NAMED_TOTAL.match(text, p.end):
                named = _whole_by_name(text, index, block, p, num, q, earlier.get(block.id, [])[:6], wholes)
                if named is not None:  # "tiêm phòng cho 48.210 con, đạt 78,6% tổng đàn": the whole named after it
                    out.append(named)
                    continue
            if role == "attain" and num is not None and base is None:
                # "thụ lý 1.250 vụ, giải quyết 1.100 vụ, đạt 88%": a rate when the earlier figure gives it exactly;
                # otherwise a plan left unsaid (never a failure)
                whole = _whole_in_sentence(text, index, block.id, p, num, wholes)
                if whole is not None and whole.id != num.id and whole.value and _fits(p, HUNDRED * num.value / whole.value):
                    out.append(_checked(p, num, whole, "rate", block, q))
                    continue
                stage = _stage_base(text, index, block.id, num)
                if stage is not None:  # "thụ lý 540 hồ sơ; đã giải quyết 489 hồ sơ, đạt 95,6%": the stages name it
                    out.append(soften(_checked(p, num, stage, "rate", block, q), "inferred_stage_rate"))
                    continue
            if role == "plan_pct" and num is not None and base is None:
                plan = _plan_elsewhere(earlier.get(block.id, []), index, block, p, num)
                if plan is not None:
                    rel = _checked(p, num, plan, "plan_elsewhere", block, q, excess=excess)
                    out.append(soften(rel, "inferred_plan_elsewhere"))
                    continue
            of_ratio = False
            if num is not None and base is not None and base.id != num.id and base.value \
                    and (orig := index.by_id.get(base.id)) is not None and orig.kind == "ratio" \
                    and orig.extra.get("denominator") and not _fits(p, HUNDRED * num.value / base.value):
                # "xác định nguyên nhân 60/200 vụ. Trong đó, do chập điện 30 vụ (15%)": a share of all 200, or of the
                # 60 — the text does not say which; the one that fits is taken, and when neither does, it warns
                den = orig.derived(fmt_vi(Decimal(orig.extra["denominator"])), Decimal(orig.extra["denominator"]))
                if _fits(p, HUNDRED * num.value / den.value):
                    base = den
                else:
                    of_ratio = True
            if num is not None and base is not None and base.id != num.id \
                    and _other_named_share(text, index, block.id, p, num) and not _named_as(text, index, block.id, p, base):
                # "2.000 hộ (chiếm 40% so với tổng số hộ dân tộc thiểu số và chiếm 25% so với tổng số hộ nghèo)": two
                # wholes named; the one the words do not name is not the figure the place points at
                out.append(_unverifiable(text, index, block, p, [num], q, plan=False))
                continue
            if num is not None and base is not None and base.id != num.id and _rate_of_another(
                    text, index, block.id, p, num, paired=num.end <= base.start < p.start
                    and _OF_TOTAL_BEFORE.search(text, max(0, base.start - 30), base.start) is not None):
                # "… 134 hồ sơ đúng hạn và 651 hồ sơ trễ hạn, tỷ lệ giải quyết đúng hạn đạt 95,53%", "rừng trồng 99.336
                # ha, độ che phủ rừng là 73,4%": a rate named in its own clause by words the figure before it does not
                # carry measures something else (its base may be unsaid, and the figure is no numerator of it)
                out.append(_unverifiable(text, index, block, p, [], q, plan=False))
                continue
            if num is not None and base is not None and base.id != num.id and _rate_of_group(text, index, block.id, p, base):
                # "… còn khoảng 39.000 hộ, tỷ lệ hộ nghèo tại các huyện nghèo giảm còn 47,37%" after "số hộ nghèo toàn
                # tỉnh … 44.000 hộ": a rate of the group within its population, never a share of another count of it
                out.append(_unverifiable(text, index, block, p, [num], q, plan=False))
                continue
            if num is not None and base is not None and base.id != num.id and base.value == num.value \
                    and same_kind(base.unit, num.unit) and not _fits(p, HUNDRED):
                # "có 86 vụ án bị hủy, sửa do nguyên nhân chủ quan 86 vụ, chiếm tỷ lệ 0,27% trên tổng số án giải quyết":
                # one figure said twice is not its own base; the base the words name is not given
                out.append(_unverifiable(text, index, block, p, [num], q, plan=False))
                continue
            if num is not None and base is not None and base.id != num.id \
                    and (sib := _sibling_share(text, index, block.id, p, base)) is not None:
                # "đã thực hiện 94.331 triệu, đạt 77,2% số kiến nghị …; chưa thực hiện 27.784 triệu, chiếm 22,8% số kiến
                # nghị …": two shares of one named whole; when they make 100 % the whole is their sum
                if _fits(p, HUNDRED - sib.value) or _fits(sib, HUNDRED - p.value):
                    both = base.derived(f"({base.text} + {num.text})", base.value + num.value)
                    rel = _checked(p, num, both, "sum_of_parts", block, q)
                    rel.figures.append(base.id)
                    out.append(soften(rel, "inferred_sum_of_parts"))
                else:
                    out.append(_unverifiable(text, index, block, p, [num], q, plan=False))
                continue
            if num is not None and base is not None and base.id != num.id and base.value \
                    and not _fits_rounded(p, num, base) and _NAMED_WHOLE.match(text, p.end) \
                    and not _named_as(text, index, block.id, p, base, clause=True):
                # "số thu đạt 22.919 tỉ đồng, …; số nợ là 1.023 tỉ đồng, chiếm 4,02% so với số phải thu": the share
                # names its whole ("số phải thu"), and the figure before it goes by other words — not that whole
                out.append(_unverifiable(text, index, block, p, [num], q, plan=False))
                continue
            if num is not None and base is not None and base.id != num.id and base.value \
                    and not _fits_rounded(p, num, base) and (sc := _WIDER_SCOPE.match(text, p.end)) is not None \
                    and not re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, sc.group(1).split())) + r"(?!\w)",
                                      text[clause_of(text, base.start)[0]:base.end + 40], re.IGNORECASE):
                # "riêng cà phê đạt 0,5 tỷ USD, chiếm 40% kim ngạch cà phê toàn quốc" after the province's exports: the
                # share is of the nation's figure, which the text does not give — not of a figure of the sentence
                out.append(_unverifiable(text, index, block, p, [num], q, plan=False))
                continue
            if num is not None and base is not None and base.id != num.id and role in ("attain", "share", "", "plan_pct") \
                    and len(lb := index.last_before(block.id, p.start, 2)) == 2 and base.start < lb[0].start \
                    and (rate := _slash_pair(text, index, block, p, q)) is not None:
                out.append(rate)  # "…; khu vực B là 2.840 hộ /3.410 hộ, đạt tỷ lệ 83,28%": the text's own ratio right
                continue          # before the rate, whatever whole an earlier clause offers
            if num is not None and base is not None and base.id != num.id and base.value and base.start < num.start \
                    and not _fits_rounded(p, num, base) and (mid := _nested_base(text, index, block.id, base, num)) is not None \
                    and _fits(p, HUNDRED * num.value / mid.value):
                # "244 cơ sở, trong đó 98 cơ sở có lò đốt (chiếm 40%), số lò đốt còn hoạt động là 63 (chiếm 64%)": a
                # share of the part before it (which has its own share of the whole), taken when it fits that part and
                # not the whole (siblings' shares that fit neither are still read against the whole)
                out.append(soften(_checked(p, num, mid, "recomputed", block, q), "inferred_whole_by_place"))
                continue
            if num is not None and base is not None and base.id != num.id and base.start < num.start and base.value \
                    and _inferred(text, index, block.id, base, num, wholes) and not _fits(p, HUNDRED * num.value / base.value) \
                    and (rate := index.within(block.id, base.end, min(num.start, base.end + 40), {"percent"}, limit=1)) \
                    and index.role(rate[0]) in ("share", "attain", "plan_pct", "quantifier", "") \
                    and _OWN_RATE_GAP.fullmatch(text, base.end, rate[0].start):
                # "có 1.000 tổ xếp loại tốt, đạt 80%; 150 tổ xếp loại khá (12%)": the figure by place carries a rate of
                # its own — a sibling group, not the whole of the next (that whole is unsaid here)
                out.append(_unverifiable(text, index, block, p, [num], q, plan=False))
                continue
            if num is not None and base is not None and base.id != num.id and _inferred(text, index, block.id, base, num, wholes) \
                    and not _fits(p, HUNDRED * num.value / base.value) \
                    and (own := index.last_before(block.id, num.start, 1)) and own[-1].kind == "percent" \
                    and own[-1].start > base.end and index.role(own[-1]) in ("share", "attain", "plan_pct", "quantifier", "") \
                    and _SIBLING_AFTER_RATE.fullmatch(text, own[-1].end, num.start):
                # "tưới cho 38.000 ha lúa, đạt khoảng 90% và trên 10.000 ha màu (chiếm 11%)": the figure before carries
                # a rate of its own and the next is its sibling after "và" — another crop's share of its own whole
                out.append(_unverifiable(text, index, block, p, [num], q, plan=False))
                continue
            if num is not None and base is not None and base.id != num.id:
                rel = _checked(p, num, base, "recomputed", block, q, excess=excess)
                if of_ratio:
                    soften(rel, "inferred_whole_by_place")
                if num.id in named_parts and wholes.get(num.id) is base:
                    soften(rel, "inferred_named_header")
                elif num.id in listed_after and wholes.get(num.id) is base:
                    soften(rel, "inferred_list_sibling")
                elif _inferred(text, index, block.id, base, num, wholes):
                    if not _fits(p, HUNDRED * num.value / base.value) \
                            and (other := _only_fitting_whole(text, index, block.id, p, num)) is not None:
                        # "tiếp nhận 19.630 hồ sơ, …, đến hạn 19.944 hồ sơ, quá hạn 689 hồ sơ chiếm 3,45%": the place
                        # points at the first figure; the one figure of the sentence the share fits is taken instead
                        rel = _checked(p, num, other, "recomputed", block, q)
                    elif not _fits(p, HUNDRED * num.value / base.value) \
                            and (pair := _paired_numerator(text, index, block.id, p, num)) is not None:
                        # "phải giải quyết 880 vụ, 1.172 bị can, …, đã giải quyết 874 vụ, 1.172 bị can, đạt tỷ lệ
                        # 99,3%": a rate after a pair of counts is of the one of the pair it fits (874 of 880)
                        rel = _checked(p, pair[0], pair[1], "recomputed", block, q)
                    soften(rel, "inferred_whole_by_place")
                elif wholes.get(num.id) is base and not _fits(p, HUNDRED * num.value / base.value) \
                        and (own := _own_share(text, index, block.id, base)) is not None and index.role(own) == "share" \
                        and _CHIEM.search(text, base.end, own.start):  # (not "đạt tỷ lệ 70%": a rate, no share)
                    # "… đạt 14 triệu tấn, chiếm 70% cả nước; trong đó cảng A 8 triệu tấn, chiếm 40% thị phần": a whole
                    # with its own share of a wider one — the part's share may be of that wider whole (the whole over
                    # its share, as rounded as that share): a fit passes, a miss only warns
                    outer = base.derived(f"{base.text} ÷ {own.text}", base.value * HUNDRED / own.value)
                    if _fits(p, HUNDRED * num.value / outer.value):
                        rel = _checked(p, num, outer, "recomputed", block, q)
                    soften(rel, "inferred_outer_whole")
                elif wholes.get(num.id) is base and _CHIEM.search(text, max(0, p.start - 30), p.start) \
                        and not _fits(p, HUNDRED * num.value / base.value) \
                        and (_rates_not_shares(text, index, block.id, base, siblings.get(num.id, []), none_fit=True)
                             or _has_own_share(index, block.id, base, text) and _NAMED_RATE_BEFORE.search(
                                 text, max(0, p.start - 40), p.start)):
                    # "60 vụ án bị hủy, sửa …. Trong đó, tòa cấp tỉnh 9 vụ, chiếm tỷ lệ 0,42%; tòa cấp huyện 51 vụ …,
                    # chiếm tỷ lệ 0,29%": the parts make the whole, yet not one percentage is its part's share of it —
                    # rates of each part's own base, which the text does not give ("tỷ lệ lao động không có việc làm 0,8%,
                    # tương đương 6.100 lao động; trong số này … nông thôn 1.800 lao động, chiếm tỷ lệ 0,4%": the whole is
                    # a rate of its workforce, and "tỷ lệ" the part's of its own)
                    out.append(_unverifiable(text, index, block, p, [num], q, plan=False))
                    continue
                elif wholes.get(num.id) is base and not _CHIEM.search(text, max(0, p.start - 30), p.start):
                    # a frame's whole is certain for "chiếm X%"; "đạt X%" after a part may be a rate of something else
                    if not _fits(p, HUNDRED * num.value / base.value) \
                            and (_rates_not_shares(text, index, block.id, base, siblings.get(num.id, []))
                                 or len(siblings.get(num.id, [])) <= 1 and _has_own_share(index, block.id, base, text)):
                        # "giải quyết 3.803 vụ (đạt 62,7%). Trong đó, TAND tỉnh giải quyết 334 vụ (68,9%); TAND cấp
                        # huyện giải quyết 3.469 vụ (62,2%)": the parts make the whole, yet their percentages do not
                        # make 100 — each is a rate of the part's own caseload, not a share of the whole ("hộ cận
                        # nghèo 2.400 hộ, tỷ lệ 6,2%, trong đó 800 hộ dân tộc thiểu số, tỷ lệ 12,5%": the whole has a rate of
                        # its own population, and the part's is of the group's)
                        out.append(_unverifiable(text, index, block, p, [num], q, plan=False))
                        continue
                    soften(rel, "inferred_frame_whole")
                if not _fits(p, HUNDRED * num.value / base.value) \
                        and (chosen := _chosen_of_total(text, index, block.id, base)) is not None \
                        and _fits(p, HUNDRED * num.value / chosen.value):
                    # "bầu đủ 85 đại biểu trên tổng số 144 đại biểu ứng cử, trong đó 18 đại biểu nữ (21,18%)": the parts
                    # are of the 85 chosen, not of the 144 they were chosen from (read by fit: a pass only)
                    rel = soften(_checked(p, num, chosen, "recomputed", block, q), "inferred_chosen_of_total")
                elif not _fits(p, HUNDRED * num.value / base.value) and getattr(index.by_id.get(base.id), "kind", "") != "ratio" \
                        and re.match(r"\s*(?:[),;.]|$)", text[p.end:p.end + 3]) \
                        and (own := _own_share(text, index, block.id, base)) and own.id != p.id:
                    # (only a bare share: "chiếm 6,7% chi thường xuyên" names its whole by words; and never the
                    # percentage itself, after a base named before it: "620 trường trong tổng số 900 trường (60,2%)")
                    # (a ratio's own share is of its stated denominator: "455/881 vụ (chiếm 49,2%)" implies no base)
                    # "nhận lệnh là 79 người (đạt 2,08% so với chỉ tiêu), trong đó đảng viên chính thức là 66 người
                    # (chiếm 1,74%)": the whole is itself a share of a base, and the part's share may be of that base
                    implied = HUNDRED * base.value / own.value
                    alt = _checked(p, num, base.derived(f"({base.text} / {own.text})", implied), "recomputed", block, q)
                    if not _fits(p, alt.computed) and index.role(own) == "share" \
                            and _CHIEM.search(text, max(0, own.start - 30), own.start):
                        # "86 vụ án bị hủy, sửa, chiếm tỷ lệ 0,27% trên tổng số án giải quyết. Trong đó, TAND tỉnh 11
                        # vụ, chiếm tỷ lệ 0,36%": a whole that is itself a share of a base in words; the part's rate
                        # fits neither it nor that base — it may be of the part's own base, which the text does not give
                        out.append(_unverifiable(text, index, block, p, [num], q, plan=False))
                        continue
                    rel = soften(alt if _fits(p, alt.computed) else rel, "inferred_shared_base")
                elif not _fits(p, HUNDRED * num.value / base.value) \
                        and (more := _next_disposal(text, index, block.id, p, num)) is not None \
                        and _fits(p, HUNDRED * (num.value + more.value) / base.value):
                    # "giải quyết 622 vụ trong tổng số 698 vụ, đạt tỷ lệ 89,5%; chuyển tòa án khác 3 vụ": the rate
                    # may count the cases the next clause disposes of too — or be wrong; a warning, never a failure
                    rel = soften(rel, "inferred_rate_adds_next")
                    rel.note_args = {**rel.note_args, "more": f"{more.text} {more.unit or ''}".strip()}
                out.append(rel)
                continue
            if p.id in run_wholes and num is not None:
                whole, nums = run_wholes[p.id]
                rel = _checked(p, _spanned(num), whole, "sum_of_parts", block, q)
                rel.figures = [p.id] + [x.id for x in nums]
                out.append(soften(rel, "inferred_sum_of_parts"))
                continue
            rate = _slash_pair(text, index, block, p, q) if role in ("attain", "share", "", "plan_pct") else None
            if rate is not None:
                out.append(rate)
                continue
            rate = _rate_by_fit(text, index, block, p, q) if role in ("attain", "share", "") else None
            if rate is not None:
                out.append(rate)
                continue
            if num is not None and role in ("share", ""):
                pending.append((p, num, q))
                continue
            out.append(_unverifiable(text, index, block, p, _numerators(text, index, block.id, p, num), q,
                                     plan=role in ("plan_pct", "attain")))
        out.extend(_consensus(text, index, block, pending, earlier.get(block.id, []), established))
    return out


def _earlier_paragraphs(doc, n: int) -> dict[str, list]:
    """For each block, up to n paragraphs before it in its section, nearest first (one pass over the blocks)."""
    out, window = {}, []
    for b in doc.blocks:
        if b.kind == "heading":
            window = []
        out[b.id] = list(reversed(window[-n:]))
        if b.kind == "paragraph":
            window.append(b)
    return out


#: a whole named by its words after the percentage: "chiếm 27% tổng thu ngân sách trên địa bàn"
#: or "chiếm 52,8% số đảng viên vi phạm" (the whole's unit and what sets it apart)
_NAMED_WHOLE = re.compile(r"\s*(?:trong\s+|của\s+|trên\s+|so\s+với\s+)?(?:tổng\s+(?:số\s+)?(?=[^\W\d_]+)|số\s+(?=[^\W\d_]+\s+[^\W\d_]))"
                          r"([^\W\d_]+(?:\s+[^\W\d_]+){0,5})", re.IGNORECASE)


def _fits_roughly(p: Figure, num: Figure, whole: Figure) -> bool:
    """Can the percentage come from these two figures, each as its writer means it?"""
    nlo, nhi = writer_span(num)
    wlo, whi = writer_span(whole)
    if wlo <= 0:
        return False
    lo, hi, _, _ = _intervals(p) if not p.qualifier else (*writer_span(p), False, False)  # ("trên 48%" is 48,x %)
    c_lo, c_hi = HUNDRED * nlo / whi, HUNDRED * nhi / wlo
    return (hi is None or c_lo < hi) and (lo is None or c_hi >= lo)


#: a whole named as a total right after the percentage ("chiếm 33% tổng thu …"): no figure before it is taken by place
_TOTAL_OF_UNIT = re.compile(r"\s*(?:của\s+|trên\s+|trong\s+)?tổng\s+số\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)", re.IGNORECASE)


def _ratio_whole(text: str, index: Index, block_id: str, p: Figure, num: Figure) -> Figure | None:
    """``có 112/118 xã đạt chuẩn …, trong đó 48 xã … (40,7% tổng số xã)``: the whole named ``tổng số <unit>`` is the
    denominator of the ratio of that unit earlier in the sentence."""
    m = _TOTAL_OF_UNIT.match(text, p.end)
    if m is None or not num.unit:
        return None
    s0, _ = sentence_of(text, num.start)
    ratios = [f for f in index.within(block_id, s0, num.start) if f.kind == "ratio" and f.extra.get("denominator")
              and same_unit(f.unit, num.unit) and m.group(1).lower().startswith(unit_head(f.unit).lower())]
    if not ratios:
        return None
    r = ratios[-1]
    return r.derived(f"{fmt_vi(Decimal(r.extra['denominator']))} {r.unit}", Decimal(r.extra["denominator"]))


_NAMED_TOTAL = re.compile(r"\s*(?:trong\s+|của\s+|so\s+với\s+)?tổng\s+", re.IGNORECASE)
_NAME_STOP = {"của", "toàn", "cả", "các", "trên", "trong", "năm", "được", "đã", "là", "và", "tỉnh", "huyện", "nước"}
#: a figure introduced as a part of something: "Trong tổng số thu …, thì có 7.200 tỷ đồng thu nội địa"
#: one entity ranked among others is no total: "tỉnh A là nơi thu hút nhiều vốn đầu tư nhất với tổng số vốn đăng ký",
#: "đứng thứ hai với tổng vốn …", "dẫn đầu với …"
_RANKED = re.compile(r"\b(?:nhất|dẫn đầu|đứng đầu|đứng thứ|xếp thứ|tiếp theo là)\b", re.IGNORECASE)
#: after "Trong đó", the one result that stands out, no breakdown: "Trong đó nổi bật là số thu … 56.500 tỷ đồng"
_STANDS_OUT = re.compile(r"\s*,?\s*(?:nổi bật|đáng chú ý|đặc biệt|quan trọng|đáng kể)\b", re.IGNORECASE)
_PART_CONTEXT = re.compile(r"(?:\btrong\s+(?:tổng\s+)?số\b[^,;]*,\s*(?:thì\s*)?(?:có\s*)?"
                           r"|\btrong (?:đó|số này)\b(?:\s+có)?\s*[:,]?[^,;]{0,40})$")


#: a whole named by two nouns of one classifier: "chiếm 25% tổng số vụ cháy, nổ" (of the fires and the explosions)
_UNION_NAME = re.compile(r"\s*(?:,|\s(?:và|hoặc))\s*([^\W\d_]+)(?=\s*[).;]|\s*$)", re.IGNORECASE)
#: between a figure and its partner: "19 vụ cháy, 1 vụ nổ", "12 vụ cháy và 2 vụ nổ"
_PARTNER_GAP = re.compile(r"\s*(?:[^\W\d_]+\s*){0,3}?(?:,|\bvà|\bhoặc)\s*")


def _with_partner(text: str, index: Index, block_id: str, f: Figure, second: str) -> Figure | None:
    """``đã xảy ra 19 vụ cháy, 1 vụ nổ``, for a whole named ``vụ cháy, nổ``: the two figures summed, when the next
    figure, of the same kind, names the second noun right after the first; otherwise None (the name is not this
    figure's alone)."""
    nxt = index.within(block_id, f.end, f.end + 60, limit=1)
    nxt = nxt[0] if nxt else None
    if nxt is None or nxt.kind not in TOTAL_KINDS or nxt.value is None or not same_kind(f.unit, nxt.unit):
        return None
    if not _PARTNER_GAP.fullmatch(text, f.end, nxt.start):
        return None
    words = re.match(r"\s*((?:[^\W\d_]+\s*){1,3})", text[nxt.end:nxt.end + 30])
    if words is None or second not in words.group(1).lower().split():
        return None
    return f.derived(f"({text[f.start:f.end]} + {text[nxt.start:nxt.end]})", f.value + nxt.value, end=nxt.end)


def _name_words(m: re.Match) -> list[str]:
    """The words of a named whole (``tổng số hộ nghèo DTTS và …`` → hộ, nghèo, dtts), up to four, past the stop words."""
    words = []
    for w in m.group(1).lower().split()[:4]:
        if w in ("và", "hoặc", "chiếm", "bằng", "đạt"):
            break
        if w not in _NAME_STOP:
            words.append(w)
    return words


def _figure_name(text: str, index: Index, block_id: str, f: Figure) -> tuple[str, str]:
    """The words that name a figure, lower-cased: those before it in its clause (after the figure before it), and
    with them its unit phrase up to the next mark (``còn 6.418 hộ nghèo,``)."""
    c0 = max(clause_of(text, f.start)[0], f.start - 160)
    prev = index.last_before(block_id, f.start, 1)
    if prev and prev[0].end > c0:
        c0 = prev[0].end
    lead = " ".join(text[c0:f.start].lower().split())
    unit_words = re.match(r"\s*((?:[^\W\d_]+\s*){1,4})", text[f.end:f.end + 40])
    return lead, lead + " " + (" ".join(unit_words.group(1).lower().split()) if unit_words else f.unit.lower())


def _named_as(text: str, index: Index, block_id: str, p: Figure, whole: Figure, clause: bool = False) -> bool:
    """Does the whole the percentage names (``… so với tổng số hộ nghèo``) go by the words of this figure?  With
    ``clause``, its words are all of its clause before it (past dates and years: ``tổng số tiền thuế nợ đến ngày
    30/11/2024 là 1.025,6 tỷ``)."""
    m = _NAMED_WHOLE.match(text, p.end)
    if m is None or (whole.block != block_id):
        return False
    _, named = _figure_name(text, index, block_id, whole)
    if clause:
        named = " ".join(text[max(clause_of(text, whole.start)[0], whole.start - 160):whole.start].lower().split()) \
            + " " + named
    around = named + " " + " ".join(text[whole.end:whole.end + 40].lower().split())
    words = _name_words(m)  # every word: "hộ nghèo DTTS" is not "hộ nghèo"
    if clause:  # (past the voice words: "thi hành kỷ luật 215 đảng viên" is the "đảng viên bị kỷ luật")
        words = [w for w in words if w not in ("bị", "được", "đã", "những")]
    return bool(words) and all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", around) for w in words)


def _other_named_share(text: str, index: Index, block_id: str, p: Figure, num: Figure) -> bool:
    """Is there, for the same figure, another share naming a different whole (``chiếm 40% so với tổng số hộ dân tộc
    thiểu số và chiếm 25% so với tổng số hộ nghèo``)?"""
    m = _NAMED_WHOLE.match(text, p.end)
    if m is None:
        return False
    par = index.paren(p)
    end = par[1] if par else clause_of(text, p.start)[1]
    for f in index.within(block_id, num.end, min(end, num.end + 400), kinds=("percent",)):
        if f.id != p.id and (m2 := _NAMED_WHOLE.match(text, f.end)) is not None and _name_words(m2) != _name_words(m) \
                and all(x.kind == "percent" or not index.is_stock(x) for x in index.within(block_id, num.end, f.start)):
            return True
    return False


#: words that may follow a whole's name before its figure without naming it further
_NAME_LINK = _NAME_STOP | {"đạt", "ước", "có", "khoảng", "hơn", "gần", "với", "lên", "số", "là"}


def _name_clash(words: list[str], second: str | None, named: str) -> str:
    """How the figure's name differs from the whole the share names: ``"union"`` when it is of two things the share's
    is one of (``chiếm 33,5% tổng vốn đăng ký cấp mới`` is not the ``tổng vốn đăng ký của các dự án cấp mới và vốn bổ
    sung``), ``"loose"`` when the word after the shared ``tổng vốn`` differs (``tổng vốn đăng ký`` for ``tổng vốn đầu
    tư``: writers use both for the whole, and ``tổng vốn đăng ký`` for the new projects alone too), else ``""``."""
    if not words:
        return ""
    have = named.split()
    at = next((i for i in range(len(have) - 1) if have[i] == "tổng" and have[i + 1] == words[0]), None)
    if at is None:
        return ""
    after = have[at + 2:]
    own = [w.strip(",") for w in words[1:] if w not in _NAME_LINK]
    if "và" in after and second is None and "và" not in words and own:
        first = [w.strip(",") for w in after[:after.index("và")]]
        tail = [w for w in after[after.index("và") + 1:] if w not in _NAME_LINK][:2]
        if own[-1] in first and tail and not all(w in words for w in tail):
            return "union"  # (the share names the first member, "… cấp mới"; a union of all the kinds — "tổng vốn đăng ký
            # mới, điều chỉnh và góp vốn" for "tổng vốn đầu tư cả nước" — is the whole itself)
    if len(words) > 1 and after and after[0] not in _NAME_LINK and after[0] != words[1] and words[1] not in _NAME_LINK:
        return "loose"
    return ""


#: a whole wider than the one the report counts: "… của cả nước", "… toàn quốc", "… của vùng", "… thế giới"
_WIDER_SCOPE = g.pattern("wider_scope", r"[^\d;,.()]{0,40}?\b(?:của\s+)?(cả\s+nước|toàn\s+quốc|thế\s+giới|toàn\s+cầu|toàn\s+ngành"
                         r"|(?:cả|toàn)\s+vùng|(?<=của\s)vùng)\b",
                         matches=[" kim ngạch cà phê toàn quốc.", " sản lượng khai thác của cả nước", " của vùng"],
                         rejects=[" tổng thu ngân sách của tỉnh"], flags=re.IGNORECASE)


def _whole_by_name(text: str, index: Index, block, p: Figure, num: Figure, q: str, earlier: list,
                   parts_of: dict) -> Relation | None:
    """``… nộp trên 2.400 tỷ đồng, chiếm 25% tổng thu ngân sách của tỉnh`` with ``số thu ngân sách ước đạt
    9.600 tỷ đồng`` stated before (in the paragraph or up to six before it): the whole is the figure
    introduced by the same words (``tổng <word>`` or the first two words of the name, in its clause before it).
    One such figure: checked, a mismatch warns (the whole is read by its words, not pointed at).  Several: only the
    one the percentage fits is recorded (a pass) — the text does not say which."""
    m = _NAMED_WHOLE.match(text, p.end)
    if m is None or _WIDER_SCOPE.match(text, m.end(1)):
        return None  # ("chiếm khoảng 16% tổng sản lượng khai thác của cả nước": a whole the text never states)
    name = m.group(1)
    union = _UNION_NAME.match(text, m.end(1))
    second = union.group(1).lower() if union is not None else None
    split = re.search(r"\s(?:và|hoặc)\s+", name)
    if union is None and split is not None and len(name[split.end():].split()) == 1:
        second, name = name[split.end():].strip().lower(), name[:split.start()]  # "tổng số vụ cháy và nổ"
    words = name.lower().split()
    keys = ("tổng " + words[0], " ".join(words[:2])) if len(words) > 1 else ("tổng " + words[0],)
    # "số đảng viên vi phạm" (no "tổng"): the words past the unit set the whole apart, the candidate must say them too
    rest = [] if "tổng" in m.group(0).lower() else [w for w in words[2:4] if w not in _NAME_STOP]
    cands = []
    loose: set[str] = set()
    for b in [block] + earlier:
        for f in index.last_before(b.id, num.start if b is block else len(b.text) + 1, 200):
            if f.kind == "ratio" and f.id != num.id and as_count(index, f) is not None:
                side = "numerator" if re.search(r"\btổng\b", b.text[max(0, f.start - 40):f.start], re.IGNORECASE) \
                    else "denominator"  # "nâng tổng số hội viên lên 180.400/230.500 người": the words before a/b name
                # the a; else "có 312.000/339.000 hộ gia đình đạt …" counts all the households in the b
                f = f.derived(fmt_vi(Decimal(f.extra[side])), Decimal(f.extra[side]))
            if f.kind not in TOTAL_KINDS or not f.value or not same_kind(f.unit, num.unit) \
                    or f.value < num.value or (f.value == num.value and not _fits(p, HUNDRED)) \
                    or index.role(f) in ("change", "prior", "plan") or f.id in parts_of:
                continue  # a part is no "tổng"
            if not rest and b is block and _has_own_share(index, b.id, f, b.text) \
                    and not _share_of_another(b.text, index, b.id, f, words):
                continue  # nor a sibling with its own share (unless the name sets the whole apart: "chiếm 52,8% số đảng
                # viên vi phạm" is of the 180 found in violation, itself a share of those checked; or its share is of
                # another whole: "Tổng số hội viên là 2.400 hội viên, chiếm 30% dân số; …, chiếm 25% tổng số hội viên")
            if (own := _own_share(b.text, index, b.id, f)) is not None and (o := _NAMED_WHOLE.match(b.text, own.end)) \
                    and " ".join(o.group(1).lower().split()) == " ".join(words):
                continue  # "đã thực hiện 94.331 triệu, đạt 77,2% số kiến nghị …; chưa thực hiện 27.784 triệu, chiếm 22,8%
                # số kiến nghị …": a share of the same named whole is a sibling part, never that whole
            if (op := g.OPENS_SUBSET.match(b.text, sentence_of(b.text, f.start)[0])) and not _STANDS_OUT.match(b.text, op.end()):
                continue  # "Trong đó bao gồm: 31 dự án mới … với tổng vốn đăng ký là 233,9 triệu USD, …": an item's
                # own total, one part of a whole stated before
            if g.AVERAGE.search(b.text, max(sentence_of(b.text, f.start)[0], f.start - 200), f.start) \
                    and not g.AVERAGE.search(text, max(sentence_of(text, num.start)[0], num.start - 200), num.start):
                continue  # "bình quân hàng năm … gần 2.400 hộ đăng ký. … năm 2019 đạt 396 hộ, chiếm gần 52% số hộ đăng
                # ký": a yearly average is no whole of one year's count
            lead, named = _figure_name(b.text, index, b.id, f)
            prev = index.last_before(b.id, f.start, 1)
            if prev and prev[-1].unit and named.startswith(prev[-1].unit.lower() + ","):
                named = named[len(prev[-1].unit) + 1:].strip()  # ("làm 12 người chết, 80 người bị thương": 80's name is
                # "người bị thương"; "người chết," is the unit of the item before it)
            around = named + " " + " ".join(b.text[f.end:f.end + 40].lower().split())
            clash = _name_clash(words, second, named)
            if clash == "union":
                continue
            if any(k in named for k in keys) and not _PART_CONTEXT.search(lead) and not _RANKED.search(lead) \
                    and all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", around) for w in rest) \
                    and not counterpart_clash(m.group(1), named.replace(",", " ")):
                if second is not None:  # "tổng số vụ cháy, nổ": the whole is this figure and its partner together
                    f = _with_partner(b.text, index, b.id, f, second)
                    if f is None:
                        continue
                cands.append(f)
                if clash:
                    loose.add(f.id)
    if not cands:
        return None
    if len(cands) > 1 or loose:
        cands = [f for f in cands if _fits_roughly(p, num, f)]  # (a whole named by other words than the share's — "tổng
        # vốn đăng ký" for "tổng vốn đầu tư" — may be it or one part of it: recorded only when the share fits it)
        if len(cands) != 1:
            return None
    rel = _checked(p, num, cands[0], "named_whole", block, q)
    if num.qualifier or cands[0].qualifier:  # "hơn 1,27 tỷ USD" of "hơn 8,45 tỷ USD": each as its writer means it
        (nlo, nhi), (wlo, whi) = writer_span(num), writer_span(cands[0])
        rel.computed_lo, rel.computed_hi = HUNDRED * nlo / whi, HUNDRED * nhi / wlo
    return soften(rel, "inferred_named_whole")


#: "chiếm 47,2% số cuộc triển khai": a whole named by its unit and the verb that counted it
_UNIT_VERB_NAME = re.compile(r"\s*(?:(?:so với|của|trên)\s+)?(?:tổng\s+)?số\s+((?:[^\W\d_]+\s+){1,3}[^\W\d_]+)",
                             re.IGNORECASE)


def _unit_verb_whole(text: str, index: Index, block, p: Figure, num: Figure, q: str) -> Relation | None:
    """``triển khai 1.520 cuộc thanh tra …; đã ban hành 700 kết luận, chiếm 47,2% số cuộc triển khai``: a whole of
    another unit than the numerator's, named by that unit and the verb before it — the one figure of the sentence
    (or the one before) in that unit whose clause says that verb.  Read by its words: a mismatch warns."""
    m = _UNIT_VERB_NAME.match(text, p.end)
    if m is None:
        return None
    words = m.group(1).lower().split()
    lo = from_previous_sentence(text, sentence_of(text, p.start)[0])
    cands = []
    for f in index.within(block.id, lo, num.start):
        if not index.is_stock(f) or not f.unit or not f.value or same_kind(f.unit, num.unit) \
                or ((fp := index.paren(f)) is not None and fp != index.paren(num)):
            continue  # (not "(…, triển khai mới 920 cuộc)": a bracket's part of the whole)
        head = unit_head(f.unit).lower().split()
        verb = words[len(head):]
        if words[:len(head)] != head or not verb:
            continue
        c0 = clause_of(text, f.start)[0]
        if re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, verb)) + r"(?!\w)", text[c0:f.start], re.IGNORECASE):
            cands.append(f)
    if len(cands) != 1:
        return None
    return soften(_checked(p, num, cands[0], "named_whole", block, q), "inferred_named_whole")


#: from the denominator of "5.230 việc/6.800 việc có điều kiện, đạt 76,91%" to its percentage (or of "640 hộ
#: nghèo/41.200 hộ, tỷ lệ 1,55%": the rate named bare, right before its value)
_SLASH_TO_RATE = re.compile(r"[^\d;.()%]{0,40}?(?:,\s*)?(?:(?:đạt|bằng|chiếm|tương đương)(?:\s+(?:tỷ|tỉ)\s+lệ)?|(?:tỷ|tỉ)\s+lệ(?:\s+là)?)"
                            r"\s*:?\s*(?:\(\s*)?$|\s*\(\s*$", re.IGNORECASE)


_RATE_WORD = re.compile(r"\b(?:tỷ|tỉ)\s+lệ\b", re.IGNORECASE)


def _slash_pair(text: str, index: Index, block, p: Figure, q: str) -> Relation | None:
    """``thi hành xong 5.230 việc/6.800 việc có điều kiện, đạt 76,91%``: done / due written with the unit on both
    sides of the slash, and the percentage right after in its clause — the text's own ratio."""
    before = index.last_before(block.id, p.start, 2)
    if len(before) != 2:
        return None
    num, den = before
    if num.kind not in TOTAL_KINDS or den.kind not in TOTAL_KINDS or not num.value or not den.value or not num.unit \
            or not den.unit or num.qualifier or den.qualifier or not _SLASH_TO_RATE.fullmatch(text, den.end, p.start):
        return None
    gap = re.fullmatch(rf"\s*{unit_re(num.unit)}((?:\s+[^\W\d_]+){{0,3}})\s*/\s*", text[num.end:den.start], re.IGNORECASE)
    if gap is None or gap.group(1) and num.value > den.value:
        return None  # ("640 hộ nghèo/41.200 hộ": the numerator's kind named before the slash is a subset of the whole;
        # more of the subset than of the whole is no fraction)
    if same_unit(num.unit, den.unit):
        return _checked(p, num, den, "slash_pair", block, q)
    people = counts_people(num.unit) and counts_people(den.unit)  # ("1.200 đoàn viên/3.400 thanh niên, đạt tỷ lệ
    # 35,3%": members over the people they are drawn from, a coverage rate)
    if num.value > den.value or not _RATE_WORD.search(text, den.end, p.start) \
            or not people and any(unit_head(u) in CASE_HEADS or counts_people(u) for u in (num.unit, den.unit)):
        return None  # ("giải quyết 480 vụ/650 bị can, đạt tỷ lệ 95%": cases and the people in them, two counts of one
        # matter; the rate is of one of them, over a base the text leaves out)
    # "có 940 đài truyền thanh/1.020 xã, đạt tỷ lệ 92,2%": things of one kind over the places that have them, the
    # rate named — the text's own ratio, though each side counts its own noun (a mismatch warns)
    return soften(_checked(p, num, den, "slash_pair", block, q), "inferred_slash_units")


def _rate_by_fit(text: str, index: Index, block, p: Figure, q: str) -> Relation | None:
    """A named rate whose two figures the text states but does not point at: ``phát hiện 1.240 vụ; khám phá 1.057
    vụ; bắt 2.310 đối tượng; tỷ lệ khám phá đạt 85,24%``, ``thụ lý 3.120 vụ với 4.410 bị cáo; xét xử 3.085 vụ với
    4.371 bị cáo; đạt tỷ lệ 98,88% về số vụ và 99,12% về số bị cáo``.  The pair is the one pair of figures of one
    unit in the sentence (or the two before) whose ratio gives the stated percentage; a pass only — a rate no pair
    gives stays unverifiable, since the text never says which figures it is of.  Percentages with a decimal only:
    an integer percentage is met by chance too often."""
    if p.decimals < 1 or p.qualifier or not (_RATE_CUE.search(text, max(0, p.start - 70), p.start)
                                             or _DISPOSAL_RATE.search(text, max(0, p.start - 90), p.start)):
        return None
    s0, _ = sentence_of(text, p.start)
    lo = from_previous_sentence(text, from_previous_sentence(text, s0))  # (the case count, then what was solved of it,
    # then the rate: "xảy ra 1.240 vụ …. … khám phá được 1.105 vụ, bắt …. Tỷ lệ phá án đạt 89,11%")
    about = _ABOUT_UNIT.match(text, p.end)
    cands = [f for f in index.within(block.id, lo, p.start) if f.kind in TOTAL_KINDS  # (a window: never the block)
             and f.value and not f.qualifier and index.role(f) not in ("change", "prior", "plan")
             and (about is None or _about(f, about.group(1)))][-16:]
    fits = [(w, n) for i, w in enumerate(cands) for n in cands[i + 1:]
            if same_unit(w.unit, n.unit) and n.value <= w.value and _fits(p, HUNDRED * n.value / w.value)]
    if len(fits) != 1:
        return None
    whole, num = fits[0]
    return _checked(p, num, whole, "rate_by_fit", block, q)


def _numerators(text: str, index: Index, block_id: str, p: Figure, num: Figure | None) -> list[Figure]:
    """Candidate numerators for the granularity test: the numerator, then the other stocks of its clause."""
    if num is None:
        return []
    par = index.paren(p)
    anchor = par[0] if par else p.start
    c0, _ = clause_of(text, anchor)
    others = [f for f in index.within(block_id, c0, anchor) if index.is_stock(f) and f.id != num.id]
    return [num] + list(reversed(others))[:2]


def _surplus(text: str, index: Index, block, p: Figure, num: Figure | None, q: str) -> Relation | None:
    """Election slates: ``… là 17 người, số dư 2 người, đạt 13,33%`` (2 of the 15 seats) and ``140 người
    để bầu lấy 120 người (với tỷ lệ số dư 16,67%)`` (20 over 120): the surplus over the seats."""
    if num is None:
        return None
    rate = bool(_SURPLUS_RATE.search(text, max(0, p.start - 25), p.start))  # the percent names the surplus rate
    if not rate and not _SURPLUS_COUNT.search(text, max(0, num.start - 20), num.start):  # or the numerator is "số dư N"
        return None
    s0, _ = sentence_of(text, p.start)
    bigger = [f for f in index.within(block.id, max(s0, num.start - 300), num.start)
              if index.is_stock(f) and same_kind(f.unit, num.unit) and f.value > num.value]
    if not bigger:
        return None
    cand = bigger[-1]
    diff = cand.derived(f"({cand.text} − {num.text})", cand.value - num.value)
    # rate: (candidates − seats) / seats; count: surplus / (candidates − surplus)
    surplus, seats = (diff, num) if rate else (num, diff)
    rel = _checked(p, surplus, seats, "surplus", block, q)
    rel.figures = [p.id, cand.id, num.id]
    return rel


#: the words naming what a percentage is of, right after it ("chiếm 58% tổng số hộ nông dân", "đạt 70% kế hoạch")
_OF_WORDS = re.compile(r"\s*(?:(?:so với|của|trên|trong)\s+)?((?:[^\W\d_]+\s*){1,5})", re.IGNORECASE)
_PLAN_HEAD = re.compile(r"(?:kế hoạch|chỉ tiêu|mục tiêu|nhiệm vụ|kh)\b", re.IGNORECASE)


def _base_counts(text: str, p: Figure, n: Figure) -> bool:
    """Is the percentage's base a whole number of the numerator's own items?  Only then can granularity speak:
    ``4 cấp, chiếm 58% tổng số hộ nông dân`` and ``3 khu vực (chiếm 53% dự toán thu)`` are of something else, and
    a figure without a unit (``loại 1 và 2 chiếm 37%``) counts nothing."""
    if not n.unit or unit_head(n.unit).lower() == "cấp" or n.unit.lower().startswith("dân tộc"):
        return False  # ("TAND 2 cấp đã giải quyết … đạt tỷ lệ 90,1%": the tiers of an institution are who acts, not
        # what is counted; "9 dân tộc cùng sinh sống (73% là người dân tộc thiểu số)": an ethnicity names people too, and the
        # share is of the population, not of the 12 groups)
    if re.search(r"/\s*$", text[max(0, n.start - 3):n.start]):
        return False  # "lên 44 xã /104 xã, tương ứng tỷ lệ 42,31%": a denominator written after its numerator's unit
        # is the base itself, not a count the percentage is of
    if re.match(rf"\s*{re.escape(n.unit)}\s*/\s*(?:ngày|tuần|tháng|năm|giờ|buổi|ca|kỳ)(?!\w)", text[n.end:n.end + len(n.unit) + 14],
                re.IGNORECASE):
        return False  # "học 2 buổi/ngày … đạt 99,8%": a rate per day describes the schooling, counts no one
    m = _OF_WORDS.match(text, p.end, min(len(text), p.end + 60))
    if m is None or _PLAN_HEAD.match(m.group(1)):
        return True
    return unit_head(n.unit).lower() in m.group(1).lower()


#: between a count and the percentage a granularity test may read as its share: its own words, then at most one mark
#: and the share's verb ("410 đồng chí, chiếm 26,97%", "25 người dân tộc thiểu số (chiếm 49,02%)") — not a clause with
#: a subject of its own ("học 39 nghề, có việc làm sau đào tạo chiếm 87,8%": the share is of the learners)
_GRIM_GAP = re.compile(r"[^,;()]*(?:[,(]\s*)?(?:(?:chiếm|đạt|bằng|là|tương đương|tương ứng)\s*)?(?:(?:tỷ|tỉ)\s+lệ\s*)?(?:là\s*)?",
                       re.IGNORECASE)


def _unverifiable(text: str, index: Index, block, p: Figure, nums: list[Figure], q: str, plan: bool) -> Relation:
    """No base in the text: the implied base, and whether any whole base can give the percent (GRIM)."""
    h = p.half_digit
    whole_nums = [n for n in nums if n.kind == "count" and n.value == n.value.to_integral_value() and n.decimals == 0
                  and n.scale == 1 and not n.qualifier and _base_counts(text, p, n)]
    # (a hedged count is no numerator to test: "hộ có ít nhất 1 phụ nữ tham gia … đạt 94%" names a threshold)
    # (an amount — 57 ha, 12 tấn — has no whole-number base: no granularity test)
    if p.value is not None and p.value > HUNDRED and not plan:
        whole_nums = []  # "3 huyện … là A (100,12%), B (101,5%)": over 100 % a percentage is a rate, no share of a count
    if not whole_nums or p.qualifier:
        return Relation(id=f"{CHECK}:{p.id}", checkable=False, stated=p.value, computed=None, figures=[p.id] + [n.id for n in nums],
                        note="percent_no_numbers" if not nums else "percent_implied_base",
                        note_args={"implied": [f"{n.text} {n.unit}".strip() + f" → {fmt_vi((HUNDRED * n.value / p.value).quantize(Decimal(1)))}"
                                               for n in nums if p.value], "impossible": [], "target": "kế hoạch" if plan else ""},
                        **_base(block, p, q, "no_numbers" if not nums else "implied_base"))
    results = [(n, *grim(n.value, p.value, h)) for n in whole_nums]
    feasible = [r for r in results if r[1]]
    implied = [f"{n.text} {n.unit}".strip() + f" → {fmt_vi((HUNDRED * n.value / p.value).quantize(Decimal(1)))}"
               for n, ok, _ in feasible]
    impossible = [f"{n.text} {n.unit}".strip() + ": " + ", ".join(f"{n.text}/{fmt_vi(b)} = {fmt_vi(v)} %" for b, v in near)
                  for n, ok, near in results if not ok]
    args = {"implied": implied, "impossible": impossible, "target": "kế hoạch" if plan else ""}
    near_num = whole_nums[0] is nums[0] and p.start - nums[0].end <= 60 \
        and not index.within(block.id, nums[0].end, p.start, TOTAL_KINDS | {"percent"}) \
        and _GRIM_GAP.fullmatch(text, nums[0].end, p.start) is not None
    if feasible or not near_num:
        # a granularity test only speaks when the numerator is the figure right before the percentage
        return Relation(id=f"{CHECK}:{p.id}", checkable=False, stated=p.value, computed=None,
                        figures=[p.id] + [n.id for n, _, _ in results], note="percent_implied_base", note_args=args,
                        **_base(block, p, q, "implied_base"))
    n, _, near = results[0]
    nearest = min(near, key=lambda bv: abs(bv[1] - p.value))[1] if near else None
    lo, hi, _, _ = _intervals(p)
    return Relation(id=f"{CHECK}:{p.id}", checkable=True, stated=p.value, computed=nearest, computed_lo=nearest,
                    computed_hi=nearest, stated_lo=None, stated_hi=None, alt_lo=lo, alt_hi=hi, alt_strict_hi=True,
                    figures=[p.id] + [x.id for x, _, _ in results], note="percent_grim_impossible", note_args=args,
                    expression="; ".join(impossible), **_base(block, p, q, "grim"))


_BULLET_START = re.compile(r"[-–•+]\s")


def _consensus(text: str, index: Index, block, pending: list[tuple[Figure, Figure, str]], doc: list,
               established: list[Figure]) -> list[Relation]:
    """Shares whose whole is stated in an earlier sentence or paragraph of the section: a whole is taken only when it
    reproduces at least two of a sentence's shares (and half of them); then every share of that sentence is checked.
    Consecutive bullet lines are one list, as one sentence.
    A share alone in its sentence may use a whole so established before it, but only to pass (never to fail)."""
    out: list[Relation] = []
    groups: dict[int, list] = {}
    last_key, last_end = None, -1
    for item in pending:  # one list of shares per sentence, or per run of bullet lines ("- Hải quan: 246 vụ, chiếm 15,3%;")
        s0, s1 = sentence_of(text, item[0].start)
        key = s0
        if last_key is not None and s0 != last_key and _BULLET_START.match(text, s0) and not text[last_end:s0].strip():
            key = last_key
        groups.setdefault(key, []).append(item)
        last_key, last_end = key, s1
    for s0, group in groups.items():
        out.extend(_consensus_group(text, index, block, group, doc, s0, established))
    return out


def _consensus_group(text: str, index: Index, block, pending: list[tuple[Figure, Figure, str]], doc: list, s0: int,
                     established: list[Figure]) -> list[Relation]:
    """``doc``: the paragraphs before this one, nearest first."""
    out: list[Relation] = []
    # the nearest stocks before the sentence: in its paragraph, then in up to eight before it (windows: the cost
    # stays linear in the figures)
    cands = [f for f in index.last_before(block.id, s0, 200) if index.is_stock(f)]
    for prev_block in doc[:8]:
        if len(cands) >= 60:
            break
        cands = [f for f in index.last_before(prev_block.id, len(prev_block.text) + 1, 200) if index.is_stock(f)] + cands
    chosen = None
    for w in list(reversed(cands))[:60]:  # the nearest first (a window, never all pairs)
        fit = [p for p, n, _ in pending if (same_kind(w.unit, n.unit) or not n.unit) and w.value >= n.value and w.value
               and (_fits(p, HUNDRED * n.value / w.value) or _fits_rounded(p, n, w))]
        if len(fit) >= 2 and 2 * len(fit) >= len(pending):
            chosen = w
            established.append(w)
            break
    for p, n, q in pending:
        if chosen is not None and (same_kind(chosen.unit, n.unit) or not n.unit) and chosen.value >= n.value:
            # the whole is inferred from its sibling shares, not named: a share that does not fit is a warning
            out.append(soften(_checked(p, n, chosen, "consensus_whole", block, q), "inferred_consensus_whole"))
            continue
        prior = next((w for w in reversed(established[-50:]) if same_kind(w.unit, n.unit) and w.value >= n.value and w.value
                      and w.start != n.start and _fits(p, HUNDRED * n.value / w.value)), None)
        if prior is not None:
            out.append(_checked(p, n, prior, "consensus_whole", block, q))
            continue
        # "… là 5.320 doanh nghiệp. … quy mô nhỏ với 4.890 doanh nghiệp (chiếm 91,9%)": the one earlier stock of the
        # numerator's unit that gives the share; read from the fit, so it can only pass (a share that fits no
        # earlier figure stays unverifiable, never a discrepancy)
        fits_one = [w for w in reversed(cands[-60:]) if n.unit and same_kind(w.unit, n.unit) and w.value and
                    w.value > n.value and w.start != n.start and _fits(p, HUNDRED * n.value / w.value)]
        if len(fits_one) == 1:
            out.append(soften(_checked(p, n, fits_one[0], "earlier_fit", block, q), "inferred_earlier_fit"))
        else:
            out.append(_unverifiable(text, index, block, p, [n], q, plan=False))
    return out


#: between a percentage and the ratio in brackets that explains it: "71,4% kế hoạch năm (12.418/17.392 trẻ)",
#: "93,6% dân số (1.412.860/1.509.450 người)"; or after "với": "đạt tỷ lệ 75% với 30/40 xã"
_PCT_THEN_RATIO = re.compile(r"[\s,]*(?!so\b)(?:[^\W\d_]+\s*){0,3}\(\s*|[\s,]*với\s+", re.IGNORECASE)
#: a rate said of the figure before it: "…, đạt tỷ lệ 100%", "…, đạt 95%"
_RATE_WORDS = re.compile(r"\bđạt\b", re.IGNORECASE)
#: the units of a ratio having a rate of their own: "12/40 huyện có tỷ lệ che phủ rừng là 5%"
_UNITS_HAVE_RATE = re.compile(r"\bcó\s+(?:tỷ|tỉ)\s+lệ\b|^[^,(]*\b(?:tỷ|tỉ)\s+lệ\s+(?!(?:là|đạt|bằng|chiếm)\b)[^\W\d_]+"
                              r"[^,(]*\s(?:là|ở mức|chỉ)\s*$", re.IGNORECASE)
#: a percentage named as the level each unit reaches: "20/40 xã đạt chỉ tiêu 60% số hộ …", "đạt mức 80%"
_LEVEL_NAMED = re.compile(r"\b(?:chỉ tiêu|mục tiêu|mức|ngưỡng|tiêu chí)\s+(?:(?:trên|dưới|từ|tối thiểu|ít nhất)\s+)?$",
                          re.IGNORECASE)
#: after a ratio, its units each doing a thing: "(12/12 đơn vị đều vượt chỉ tiêu)"
_EACH_UNIT = re.compile(r"\s*(?:[^\W\d_]+\s+){0,4}đều\b", re.IGNORECASE)
_ALONE_IN_BRACKETS = re.compile(r"\(\s*(?:(?:đạt|chiếm|bằng)\s+)?(?:(?:tỷ|tỉ)\s+lệ\s+)?[\d.,]+\s*%\s*\)", re.IGNORECASE)


def _pairs_of_units(text: str, index: Index, block_id: str, r: Figure, s0: int, s1: int) -> bool:
    """Does the sentence pair two units with a slash (``12 vụ/30 bị can``), the second one the ratio's?  Then a bare
    ``45/20 bị can`` beside it is such a pair with its first unit left out, no part of a whole."""
    cache = index.__dict__.setdefault("_unit_pairs", {})  # (one scan per sentence, however many ratios it holds)
    key = (block_id, s0)
    if key not in cache:
        figs = index.within(block_id, s0, s1)
        cache[key] = {b.unit for a, b in zip(figs, figs[1:])
                      if a.unit and b.unit and a.kind in TOTAL_KINDS and b.kind in TOTAL_KINDS
                      and re.fullmatch(rf"\s*{re.escape(a.unit)}\s*/\s*", text[a.end:b.start], re.IGNORECASE)
                      and not same_kind(a.unit, b.unit)}
    return bool(r.unit) and any(same_unit(u, r.unit) for u in cache[key])


#: a level the counted units are compared with, its value in the bracket after it: "cao hơn mức bình quân ("
_BENCHMARK_BEFORE = g.pattern("benchmark_before", r"\b(?:cao hơn|thấp hơn|nhanh hơn|chậm hơn|vượt|dưới|trên)\s+"
                              r"(?:[^\W\d_]+\s+){0,5}?(?:bình quân|trung bình|chung|tiến độ|mức)(?:\s+[^\W\d_]+){0,3}\s*\($",
                              matches=[" xã có thu nhập cao hơn mức bình quân của huyện (", " chỉ tiêu thấp hơn mức trung bình chung ("],
                              rejects=[" xã đạt chuẩn về y tế ("], flags=re.IGNORECASE)


#: a colon opening a list, with an item's words after it (not "tỷ lệ: 95%", a label and its value)
_LIST_OPENS = re.compile(r":\s*(?:[^\W\d_]+[\s,]+){3}")


def _ratio(text, block, r: Figure, index: Index, used: set) -> list[Relation]:
    num, den = Decimal(r.extra["numerator"]), Decimal(r.extra["denominator"])
    s0, s1 = sentence_of(text, r.start)
    q = quote(text, s0, s1)
    # the percent that states this ratio, right next to it: "đạt 95% (19/20 xã)", "19/20 xã (đạt 95%)"
    nxt, far = None, False
    gap0 = r.end  # where the words between the ratio and its percent start
    for f in index.within(block.id, r.end, min(len(text), r.end + 100)):
        if f.kind not in QUANTITY_KINDS:
            continue  # "… đạt chuẩn mức độ 1 và mức độ 2, đạt tỷ lệ 84,68%": labels and years are no figures between
        if f.kind == "ratio" and (fp := index.paren(f)) is not None and f.start < fp[1] \
                and re.fullmatch(r"[^\d();,.]{0,20}\(\s*", text[r.end:f.start]):
            gap0 = fp[1] + 1  # "1.296/1.328 vụ (2.351/2.417 bị cáo), đạt 97,6%": the twin in brackets; the percent
            used.add(f.id)    # is the first ratio's, and the twin claims none
            continue
        if f.start < gap0:
            continue
        if _LIST_OPENS.search(text, r.end, f.start):
            break  # "06/09 chỉ tiêu đạt kế hoạch: tỷ trọng kinh tế biển 41,85% …": the colon opens the list of the
            # items counted; a percentage in it is an item's own, not the share the ratio makes
        if f.kind == "percent" and f.value is not None and f.id not in used and index.role(f) not in ("change_pct", "prior", "band") \
                and (_RATIO_ADJ.fullmatch(re.sub(r"^[^(,]*", "", re.sub(r"\d", "", text[gap0:f.start])))
                     or _RATIO_ADJ.fullmatch(re.sub(r"^[^,]*(?=,)", "", re.sub(r"\d", "", text[gap0:f.start])))) \
                and not re.search(r"[.;!?](?:\s|$)", text[r.end:f.start]):
            nxt = f
        elif f.kind == "percent" and f.value is not None and f.id not in used and index.role(f) == "share" \
                and _RATIO_ADJ.fullmatch(re.sub(r"^.*(?=,)", "", re.sub(r"\d", "", text[gap0:f.start]))) \
                and not re.search(r"[.;!?](?:\s|$)", text[r.end:f.start]):
            nxt, far = f, True  # "67/95 trung tâm văn hóa, thể thao … hoạt động hiệu quả, đạt tỷ lệ 71%": the clause's
            # rate after a name with commas of its own (read from place: a mismatch warns)
        elif f.kind == "percent" and f.value is not None and f.id not in used and index.role(f) not in ("change_pct", "prior", "band") \
                and (fp := index.paren(f)) is not None and _ALONE_IN_BRACKETS.fullmatch(text, fp[0], fp[1] + 1) \
                and not re.search(r"[.;!?](?:\s|$)|\d|\b(?:so với|tăng|giảm|tổng số)\b",
                                  re.sub(r"\bnăm\s+(?:19|20)\d\d\s*$", "", text[r.end:fp[0]])):
            nxt, far = f, True  # "128/134 xã, phường đạt Bộ tiêu chí quốc gia về y tế xã (96,5%)": the clause's ratio
            # (its year last: "… đạt chuẩn tiếp cận pháp luật năm 2024 (đạt tỷ lệ 94,1%)")
        break
    prev = index.within(block.id, max(0, r.start - 40), r.start)
    if prev and prev[-1].kind == "percent" and prev[-1].id not in used and index.role(prev[-1]) not in ("change_pct", "prior", "band") \
            and _PCT_THEN_RATIO.fullmatch(text, prev[-1].end, r.start):
        nxt, far = prev[-1], False  # "đạt 18,4% (218/1.186 vụ)": the percent the bracket explains comes first
    elif nxt is None and prev and prev[-1].kind == "percent" and prev[-1].id not in used \
            and index.role(prev[-1]) not in ("change_pct", "prior", "band") and re.fullmatch(r"[\s,(]*", text[prev[-1].end:r.start]):
        nxt = prev[-1]
    if nxt is not None and (_UNITS_HAVE_RATE.search(text[min(r.end, nxt.end):max(r.start, nxt.start)])
                            or nxt.start > r.end and _LEVEL_NAMED.search(text, max(r.end, nxt.start - 25), nxt.start)
                            or nxt.value == 0 and num > 0 or nxt.value == HUNDRED and num < den and not index.paren(nxt)
                            or nxt.value > HUNDRED and num <= den
                            or nxt.end < r.start and _EACH_UNIT.match(text, r.end)):
        nxt = None  # "12/40 huyện có tỷ lệ che phủ rừng là 5%": a rate each of the units has, not their share
        # ("18/22 trường đậu tốt nghiệp 100%": each school's full rate, never 18 of 22); "đạt 104,2% kế hoạch năm
        # (12/12 đơn vị đều vượt chỉ tiêu)": no share of units exceeds the whole, and the bracket says what each
        # unit did, not what the percentage is of
    if nxt is not None and nxt.start > r.end and (np_ := index.paren(nxt)) is not None \
            and _BENCHMARK_BEFORE.search(text, r.end, np_[0] + 1):
        nxt = None  # "9/14 xã có thu nhập cao hơn mức bình quân của huyện (62%)": the bracket gives the level the units are
        # compared with, not their share
    if nxt is not None and den:
        p = nxt
        used.add(p.id)
        rel = _checked(p, *r.terms(), "ratio_percent", block, q)
        rel.figures = [p.id, r.id]
        if far:
            soften(rel, "inferred_ratio_clause")
        return [rel]
    if r.kind == "fraction":
        return []  # "15,5/20 giường bệnh": done against a target as often as a part of a whole — only its percent checks
    skip = index.__dict__.setdefault("_ratio_skip", {})  # the sentence's first change word, found once per sentence
    if (block.id, s0) not in skip:
        skip[(block.id, s0)] = _RATIO_SKIP.search(text, s0, s1)
    first = skip[(block.id, s0)]
    if not r.unit or (first is not None and first.end() <= r.start) or re.match(r"\s*-\s*\d", text[r.end:r.end + 20]):
        return []  # "(24.013/9.278 tỷ đồng)" after "gấp": two years' values; "7.979/8.000 - 8.500": a range target
    if _pairs_of_units(text, index, block.id, r, s0, s1):
        return []  # "khởi tố 12 vụ/30 bị can …; 8 vụ/15 bị can …; 45/20 bị can …": the same pair, its first unit dropped
    rel = Relation(id=f"{CHECK}:{r.id}", check=CHECK, checkable=True, stated=den, computed=num, stated_lo=None,
                   stated_hi=den, computed_lo=num, computed_hi=num, unit=r.unit, line=r.line, footnote=block.footnote,
                   block=block.id, quote=q, footnote_text=block.text if block.kind == "footnote" else "",
                   expression=f"{fmt_vi(num)} ≤ {fmt_vi(den)}", figures=[r.id], variant="ratio")
    if num > den and re.search(r"\bvà\b", text[clause_of(text, r.start)[0]:r.start]):
        return []  # "thụ lý và giải quyết 179/29 vụ án": the two values of two verbs, in turn — no part of a whole
    if num > den:  # "1.260/1.200 ha": done against a target, or this year against last, as often as a part of a whole
        soften(rel, "inferred_ratio_part")
    return [rel]


def share_runs(text: str, figs: list[Figure], used: set, index: Index) -> list[list[Figure]]:
    """Runs of consecutive ``chiếm`` shares in a paragraph that total 100 % within their rounding: the structure of
    one whole (``khu vực Nhà nước … chiếm 39,5% …. Ngoài Nhà nước … chiếm 37,9% …; FDI … chiếm 22,6%``)."""
    shares = [p for p in figs if p.kind == "percent" and p.value is not None and p.id not in used
              and index.role(p) == "share" and not p.qualifier
              and re.search(r"chiếm", text[max(0, p.start - 25):p.start], re.IGNORECASE)]
    runs, i = [], 0
    while i < len(shares):
        total, tol, found = Decimal(0), Decimal(0), None
        for j in range(i, min(len(shares), i + 12)):
            total += shares[j].value
            tol += shares[j].half_digit
            if j > i and total - tol <= HUNDRED <= total + 2 * tol:
                found = j
                while found + 1 < min(len(shares), i + 12) \
                        and sentence_of(text, shares[found + 1].start) == sentence_of(text, shares[found].start) \
                        and total + shares[found + 1].value - tol - shares[found + 1].half_digit <= HUNDRED \
                        <= total + shares[found + 1].value + 2 * (tol + shares[found + 1].half_digit):
                    found += 1  # "… chiếm 80%; … chiếm 19%; … chiếm 1%": a small last share in the sentence is one
                    total += shares[found].value  # more part (80 + 19 already fits 100 by rounding)
                    tol += shares[found].half_digit
                break
            if total - tol > HUNDRED:
                break
        if found is not None and sentence_of(text, shares[i].start) != sentence_of(text, shares[found].start) and not (
                (i == 0 or sentence_of(text, shares[i - 1].start) != sentence_of(text, shares[i].start))
                and (found + 1 == len(shares)
                     or sentence_of(text, shares[found + 1].start) != sentence_of(text, shares[found].start))):
            found = None  # "… yếu kém chiếm 0,39%. Chi bộ … chiếm 92,91%; … chiếm 6,70%; …": a run across sentences takes
            # whole sentences' shares, never the tail of one group and the head of the next
        if found is None:
            i += 1
            continue
        runs.append(shares[i:found + 1])
        i = found + 1
    return runs


_OWN_RATE = re.compile(r"\b(?:tỷ lệ|tỉ lệ|tốc độ|chỉ số)\b", re.IGNORECASE)


def category_runs(text: str, figs: list[Figure], taken: set, index: Index) -> list[list[Figure]]:
    """Percentages listed side by side in one sentence for the categories of one classification, totalling 100 %
    within their rounding: ``hạnh kiểm tốt 91,2%, khá 8,8%``, ``97,3% số xã đạt, 2,7% số xã chưa đạt``, ``nhà kiên
    cố 82,1%, bán kiên cố 15,2%, nhà tạm 2,7%``.  Only a total that holds is recorded (a pass): a sum short of 100 %
    says nothing (the list may be open)."""
    cands = [p for p in figs if p.kind == "percent" and p.value is not None and p.id not in taken and not p.qualifier
             and index.role(p) in ("", "share", "quantifier", "attain") and not index.paren(p)]
    runs, i = [], 0
    while i < len(cands):
        run = [cands[i]]
        j = i + 1
        while j < len(cands) and len(run) < 8:
            gap = text[run[-1].end:cands[j].start]
            if len(gap) > 70 or re.search(r"[.!?]\s|\d", gap) or index.within(cands[0].block, run[-1].end, cands[j].start):
                break
            run.append(cands[j])
            total = sum((p.value for p in run), Decimal(0))
            tol = sum((p.half_digit for p in run), Decimal(0))
            if total - tol <= HUNDRED <= total + 2 * tol:
                named = sum(1 for k, p in enumerate(run) if _OWN_RATE.search(
                    text, run[k - 1].end if k else sentence_of(text, p.start)[0], p.start))
                if named < 2:  # "tỷ lệ hộ nghèo 2,1%, tỷ lệ che phủ rừng 42%, …": rates of different wholes
                    runs.append(list(run))
                break
            if total - tol > HUNDRED:
                break
            j += 1
        i = (i + len(runs[-1])) if runs and runs[-1][0] is cands[i] else i + 1
    return runs


#: the halves of a whole that cannot overlap: their two shares of it add up to at most 100 %
_HALVES = [(re.compile(r"(?<!\w)thành thị(?!\w)", re.I), re.compile(r"(?<!\w)nông thôn(?!\w)", re.I)),
           (re.compile(r"(?<!\w)nam(?!\w)", re.I), re.compile(r"(?<!\w)nữ(?!\w)", re.I)),
           (re.compile(r"(?<!\w)công lập(?!\w)", re.I), re.compile(r"(?<!\w)ngoài công lập(?!\w)", re.I))]
_BARE_SHARE = re.compile(r"\s*\(\s*(?:chiếm\s+(?:tỷ lệ\s+|tỉ lệ\s+)?)?$", re.IGNORECASE)


def _half_shares(text: str, block, figs: list[Figure], used: set, index: Index) -> list[Relation]:
    """``thành thị 187 vụ (chiếm 61,3%), nông thôn 118 vụ (chiếm 48,7%)``: two bare shares of the two halves of one
    whole (urban / rural, men / women) in one sentence.  Halves cannot overlap, so their shares cannot pass 100 % (a
    failure); short of it, a third group may exist (a warning)."""
    out = []
    by_sentence: dict[tuple[int, int], list[Figure]] = {}
    for p in figs:
        if p.kind == "percent" and p.value is not None and not p.qualifier and p.id not in used \
                and index.role(p) in ("share", "") and _BARE_SHARE.search(text, max(0, p.start - 25), p.start) \
                and re.match(r"\s*\)", text[p.end:p.end + 3]):
            by_sentence.setdefault(sentence_of(text, p.start), []).append(p)
    for (s0, s1), ps in by_sentence.items():
        if len(ps) != 2:
            continue
        labels = [text[max(s0, ps[0].start - 60):ps[0].start], text[ps[0].end:ps[1].start]]
        if not any(a.search(labels[0]) and b.search(labels[1]) and not b.search(labels[0]) and not a.search(labels[1])
                   for a, b in _HALVES + [(b, a) for a, b in _HALVES]):
            continue
        total = ps[0].value + ps[1].value
        tol = ps[0].half_digit + ps[1].half_digit
        rel = Relation(
            id=f"{CHECK}:{ps[0].id}:halves", check=CHECK, checkable=True, stated=HUNDRED, computed=total,
            stated_lo=None, stated_hi=HUNDRED, computed_lo=total - tol, computed_hi=total + 2 * tol, unit="%",
            line=ps[0].line, footnote=block.footnote, block=block.id, quote=quote(text, s0, s1),
            footnote_text=block.text if block.kind == "footnote" else "",
            expression=f"{ps[0].text} + {ps[1].text} = {fmt_vi(total)} % ≤ 100 %", figures=[p.id for p in ps],
            variant="share_sum")
        if total - tol <= HUNDRED <= total + 2 * tol:
            continue  # (a pair that makes 100 % is recorded with the other runs of shares)
        if total < HUNDRED:
            rel.stated_lo = HUNDRED
            soften(rel, "inferred_third_group")  # short of 100 %: a third group may exist
        out.append(rel)
    return out


def _share_groups(text, block, runs: list[list[Figure]]) -> list[Relation]:
    """Each run of shares that totals 100 %, recorded as a pass.  Without a structure cue a sum short of 100 % is
    no discrepancy (the list may be open, the groups may overlap), so nothing is recorded then."""
    out = []
    for ps in runs:
        total = sum((p.value for p in ps), Decimal(0))
        tol = sum((p.half_digit for p in ps), Decimal(0))
        s0, s1 = sentence_of(text, ps[0].start)[0], sentence_of(text, ps[-1].start)[1]
        out.append(Relation(
            id=f"{CHECK}:{ps[0].id}:shares", check=CHECK, checkable=True, stated=HUNDRED, computed=total,
            stated_lo=HUNDRED, stated_hi=HUNDRED, computed_lo=total - tol, computed_hi=total + 2 * tol, unit="%",
            line=ps[0].line, footnote=block.footnote, block=block.id, quote=quote(text, s0, s1),
            footnote_text=block.text if block.kind == "footnote" else "",
            expression=" + ".join(p.text for p in ps) + f" = {fmt_vi(total)} %", figures=[p.id for p in ps],
            variant="share_sum"))
    return out


def _span(f: Figure) -> tuple[Decimal | None, Decimal | None]:
    """A figure's interval as its writer means it (``trên 7,5 nghìn``: 7,5–7,6 nghìn; ``1,3 nghìn``: 1,25–1,35)."""
    return floor_span(f) if f.qualifier in ("hơn", "trên") else exact_or_interval(f)[:2]


def _spanned(f: Figure) -> Figure:
    """``f`` as a figure whose interval is its writer's span (a hedged part of a sum: ``trên 7,5 nghìn``)."""
    if f.qualifier not in ("hơn", "trên"):
        return f
    d = f.derived(f"{f.qualifier} {f.text}", f.value)
    d.lo, d.hi = floor_span(f)
    return d


def _run_wholes(text: str, index: Index, block_id: str, runs: list[list[Figure]]) -> dict[str, tuple[Figure, list[Figure]]]:
    """For a run of shares totalling 100 % whose numerators are all stated in one unit: the whole is their sum."""
    out = {}
    for run in runs:
        nums = [_numerator(text, index, block_id, p) for p in run]
        if any(n is None for n in nums) or len({n.id for n in nums}) != len(nums) \
                or not all(same_unit(n.unit, nums[0].unit) for n in nums):
            continue
        spans = [_span(n) for n in nums]
        if any(lo is None or hi is None for lo, hi in spans):
            continue  # ("khoảng" with no bound the text gives): no sum to check against
        s_ = sum((n.value for n in nums), Decimal(0))
        whole = nums[0].derived("(" + " + ".join(n.text for n in nums) + ")", s_, end=nums[-1].end)
        # the sum is as exact as its parts: "trên 7,5 nghìn ca" is 7,5–7,6 nghìn, "1,3 nghìn" is 1,25–1,35 nghìn
        whole.lo, whole.hi = sum((lo for lo, _ in spans), Decimal(0)), sum((hi for _, hi in spans), Decimal(0))
        for p, n in zip(run, nums):
            out[p.id] = (whole, nums)
    return out


def _share_lists(text, block, figs: list[Figure], used: set, index: Index) -> list[Relation]:
    """Lists of label-percent parts in one sentence that split a whole: they must total 100 %.  Only under a
    structure cue (``cơ cấu``, ``tỷ trọng``) and never for an open list: subgroups that each say ``chiếm`` (nữ,
    dân tộc thiểu số, tôn giáo) overlap and need not add up."""
    out = []
    pcts = [f for f in figs if f.kind == "percent" and f.value is not None and not f.qualifier
            and index.role(f) in ("share", "")]
    by_sentence: dict[tuple[int, int], list[Figure]] = {}
    for p in pcts:
        by_sentence.setdefault(sentence_of(text, p.start), []).append(p)
    for (s0, s1), ps in by_sentence.items():
        if len(ps) < 2 or _OPEN_LIST.search(text[s0:s1]):
            continue
        parts = []
        prev_end = None
        for p in ps:
            seg_start = prev_end if prev_end is not None else max(s0, clause_of(text, p.start)[0])
            seg = text[seg_start:p.start]
            m = _LIST_LABEL.search(seg.lstrip(" ,;:").replace(" và ", " "))
            if not m or _LABEL_BAD.search(m.group(1)) or (prev_end is not None and not re.fullmatch(r"\s*(?:[,;]|và)\s*[^\d;.()]*", seg)):
                parts = []
                break
            parts.append((m.group(1).strip(), p))
            prev_end = p.end
        if len(parts) < 2 or not _SHARE_CUE.search(text[s0:s1]):
            continue
        total = sum((p.value for _, p in parts), Decimal(0))
        tol = sum((p.half_digit for _, p in parts), Decimal(0))
        for _, p in parts:
            used.add(p.id)
        rel = Relation(
            id=f"{CHECK}:{parts[0][1].id}:shares", check=CHECK, checkable=True, stated=HUNDRED, computed=total,
            stated_lo=HUNDRED, stated_hi=HUNDRED, computed_lo=total - tol, computed_hi=total + 2 * tol, unit="%",
            line=parts[0][1].line, footnote=block.footnote, block=block.id, quote=quote(text, s0, s1),
            footnote_text=block.text if block.kind == "footnote" else "",
            expression=" + ".join(p.text for _, p in parts) + f" = {fmt_vi(total)} %", figures=[p.id for _, p in parts],
            parts=[(lab, p.value) for lab, p in parts], variant="share_sum")
        if structure.economy_short(text, s0, s1, rel):
            structure.left_open(rel)  # "cơ cấu kinh tế: nông nghiệp 11,3%; công nghiệp 37%; dịch vụ 43,4%": the
            # product taxes unsaid
        out.append(rel)
    return out
