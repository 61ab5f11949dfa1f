"""Family ``percent``: percentages, ratios and shares.

* numerator and base both stated → recompute: ``kết nạp được 2.303 đảng viên
  mới (đạt 104,7% so với chỉ tiêu …: 2.200 đảng viên)`` → 104,68 %.  A stated
  104,7 covers [104,65; 104,75) by rounding and [104,7; 104,8) by truncation:
  outside both is a fail, inside truncation only is a warn;
* ``chiếm X%`` of a whole stated earlier (``1.250 doanh nghiệp, trong đó 830
  doanh nghiệp tư nhân, chiếm 66,4%``);
* ``a/b`` with a percent next to it (``đạt 19/20 xã (95%)``); a lone ratio
  checks a ≤ b (``12/12 văn phòng``);
* base not stated (``342 lớp với 27.387 lượt học viên (đạt 102,6% kế hoạch)``)
  → unverifiable with the implied base, plus a granularity test (GRIM): is
  there any whole base that makes the stated percent from that numerator?
  342/333 = 102,70 % and 342/334 = 102,40 %, so 102,6 % cannot come from 342
  and must refer to the 27.387.  When no candidate numerator can give the
  percent, that is a warning;
* shares of one whole that should total 100 % (``nông nghiệp 8,5%, công
  nghiệp 60,2%, dịch vụ 31,3%``), with the rounding of every share.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal

from figaudit import grammar as g
from figaudit.figures import Figure
from figaudit.numbers import fmt_vi
from figaudit.model import Document
from figaudit.relations import Relation, exact_or_interval, register
from figaudit.relations.common import TOTAL_KINDS, Index, clause_of, quote, same_unit, sentence_of

CHECK = "percent"
HUNDRED = Decimal(100)
_CHANGE_BEFORE = re.compile(r"(?:tăng|giảm|tăng thêm|giảm đi|gấp)\s+(?:trên|hơn|gần|khoảng)?\s*$", re.IGNORECASE)
_CHANGE_AFTER = re.compile(r"^\s*(?:so với|so cùng kỳ)", re.IGNORECASE)
_PLAN = re.compile(r"^\s*(?:so với\s+)?(?:kế hoạch|KH|chỉ tiêu|dự toán|mục tiêu|nghị quyết)", re.IGNORECASE)
_REACH = re.compile(r"(?:đạt|bằng|hoàn thành)\s+(?:trên|hơn|gần|khoảng)?\s*$", re.IGNORECASE)
_SHARE = re.compile(r"chiếm\s+(?:tỷ lệ\s+|tỉ lệ\s+)?(?:trên|hơn|gần|khoảng)?\s*$", re.IGNORECASE)
_RATE = re.compile(r"(?:đạt\s+)?tỷ lệ\s+(?:là\s+)?(?:trên|hơn|gần|khoảng)?\s*$|tỉ lệ\s+(?:là\s+)?$", re.IGNORECASE)
_SO_VOI = re.compile(r"^\s*so\s+(?:với\s+)?(?:cùng kỳ|năm|kỳ)", re.IGNORECASE)
_SHARE_CUE = re.compile(r"\b(?:chiếm|tỷ trọng|tỉ trọng|cơ cấu|xếp loại|phân loại)\b", re.IGNORECASE)
_LIST_LABEL = re.compile(rf"([{g.VI_LETTER}][{g.VI_LETTER}\s\-]{{0,60}}?)\s+(?:chiếm\s+)?$")
_LABEL_BAD = re.compile(r"\b(?:tăng|giảm|đạt|so với|bằng|gấp|vượt)\b", re.IGNORECASE)


def half_unit(p: Figure) -> Decimal:
    return Decimal(1).scaleb(-p.decimals) / 2


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
    """(fail-level lo, hi, hi_strict), (warn-level lo, hi) for a stated percent."""
    h = half_unit(p)
    if p.qualifier:
        lo, hi, lo_open, hi_open = exact_or_interval(p)
        return (lo, hi, lo_open, hi_open), (None, None)
    return (p.value - h, p.value + 2 * h, False, True), (p.value - h, p.value + h)


def _checked(p: Figure, num: Figure, base: Figure, variant: str, block, q: str, index_note: str = "") -> Relation:
    computed = HUNDRED * num.value / base.value
    (lo, hi, lo_open, hi_open), (alo, ahi) = _intervals(p)
    return Relation(
        id=f"{CHECK}:{p.id}", check=CHECK, checkable=True, stated=p.value, computed=computed.quantize(Decimal("0.0001")),
        stated_lo=lo, stated_hi=hi, strict_lo=lo_open, strict_hi=hi_open, computed_lo=computed, computed_hi=computed,
        alt_lo=alo, alt_hi=ahi, alt_strict_hi=True, unit="%", line=p.line, footnote=block.footnote, block=block.id,
        quote=q, footnote_text=block.text if block.kind == "footnote" else "",
        expression=f"100 × {num.text} / {base.text} = {fmt_vi(computed.quantize(Decimal('0.01')))} %", figures=[p.id, num.id, base.id],
        variant=variant, note=index_note)


def _numerators_before(text: str, index: Index, block_id: str, p: Figure) -> tuple[list[Figure], int]:
    """Counts before the percent in its clause (or, inside a parenthesis, before the parenthesis), nearest first."""
    open_paren = text.rfind("(", 0, p.start)
    close_paren = text.rfind(")", 0, p.start)
    anchor = open_paren if open_paren > close_paren else p.start
    c0, _ = clause_of(text, anchor if anchor > 0 else p.start)
    s0, _ = sentence_of(text, p.start)
    start = c0 if anchor == p.start else max(s0, clause_of(text, anchor)[0])
    cands = [f for f in index.within(block_id, start, anchor, TOTAL_KINDS) if f.value is not None and f.value > 0]
    return list(reversed(cands)), anchor


@register(CHECK)
def find(doc: Document, figures: list[Figure]) -> list[Relation]:
    index = Index(doc, figures)
    out: list[Relation] = []
    used: set[str] = set()
    for block in doc.blocks:
        text = block.text
        figs = index.by_block.get(block.id, [])
        out.extend(_share_lists(text, block, figs, used))
        for r in figs:  # ratios first: they claim the percent that states them
            if r.kind == "ratio":
                out.extend(_ratio(text, block, r, index, used))
        for p in figs:
            if p.kind != "percent" or p.value is None or p.id in used:
                continue
            before = text[max(0, p.start - 30):p.start]
            if _CHANGE_BEFORE.search(before) or (re.search(r"bằng\s*$", before) and _SO_VOI.match(text[p.end:p.end + 30])):
                continue  # a percentage change ("tăng 8%", "bằng 112% so với cùng kỳ"): family "change"
            s0, s1 = sentence_of(text, p.start)
            c0, c1 = clause_of(text, p.start)
            q = quote(text, s0, s1)
            nums, anchor = _numerators_before(text, index, block.id, p)
            # a base after the percent, in its parenthesis or clause, in a numerator's unit
            scope_end = text.find(")", p.end) if anchor < p.start else c1
            scope_end = c1 if scope_end == -1 else scope_end
            after = [f for f in index.within(block.id, p.end, scope_end, TOTAL_KINDS) if f.value]
            pair = next(((n, b) for b in after for n in nums if same_unit(n.unit, b.unit)), None)
            if pair is None and (_SHARE.search(before) or _RATE.search(before)) and nums and not _PLAN.match(text[p.end:p.end + 30]):
                n = nums[0]
                whole = next((f for f in index.within(block.id, s0, n.start, TOTAL_KINDS)
                              if f.value and same_unit(f.unit, n.unit) and f.value >= n.value), None)
                if whole is not None:
                    pair = (n, whole)
            if pair is not None:
                out.append(_checked(p, pair[0], pair[1], "recomputed", block, q))
                continue
            # no base: implied base and granularity
            h = half_unit(p)
            whole_nums = [n for n in nums if n.value == n.value.to_integral_value() and n.decimals == 0]
            plan = bool(_PLAN.match(text[p.end:p.end + 30]) or _REACH.search(before))
            if not whole_nums or p.qualifier:
                out.append(Relation(id=f"{CHECK}:{p.id}", check=CHECK, checkable=False, stated=p.value, computed=None,
                                    unit="%", line=p.line, footnote=block.footnote, block=block.id, quote=q,
                                    footnote_text=block.text if block.kind == "footnote" else "", figures=[p.id],
                                    note="percent_no_numbers", variant="no_numbers"))
                continue
            results = [(n, *grim(n.value, p.value, h)) for n in whole_nums]
            feasible = [r for r in results if r[1]]
            implied = [f"{n.text} {n.unit}".strip() + f" → {fmt_vi((HUNDRED * n.value / p.value).quantize(Decimal(1)))}"
                       for n, ok, _ in feasible]
            impossible = [f"{n.text} {n.unit}".strip() + ": " + ", ".join(f"{n.text}/{fmt_vi(b)} = {fmt_vi(v)} %" for b, v in near)
                          for n, ok, near in results if not ok]
            args = {"implied": implied, "impossible": impossible, "target": "kế hoạch" if plan else ""}
            if feasible:
                out.append(Relation(id=f"{CHECK}:{p.id}", check=CHECK, checkable=False, stated=p.value, computed=None,
                                    unit="%", line=p.line, footnote=block.footnote, block=block.id, quote=q,
                                    footnote_text=block.text if block.kind == "footnote" else "",
                                    figures=[p.id] + [n.id for n, _, _ in results], note="percent_implied_base",
                                    note_args=args, variant="implied_base"))
            else:
                n, _, near = results[0]
                nearest = min(near, key=lambda bv: abs(bv[1] - p.value))[1] if near else None
                (lo, hi, _, _), _ = _intervals(p)
                out.append(Relation(id=f"{CHECK}:{p.id}", check=CHECK, checkable=True, stated=p.value, computed=nearest,
                                    computed_lo=nearest, computed_hi=nearest, stated_lo=None, stated_hi=None,
                                    alt_lo=lo, alt_hi=hi, alt_strict_hi=True, unit="%", line=p.line,
                                    footnote=block.footnote, block=block.id, quote=q,
                                    footnote_text=block.text if block.kind == "footnote" else "",
                                    figures=[p.id] + [x.id for x, _, _ in results], note="percent_grim_impossible",
                                    note_args=args, expression="; ".join(impossible), variant="grim"))
    return out


def _ratio(text, block, r: Figure, index: Index, used: set) -> list[Relation]:
    num, den = Decimal(r.extra["numerator"]), Decimal(r.extra["denominator"])
    s0, s1 = sentence_of(text, r.start)
    q = quote(text, s0, s1)
    # the percent that states this ratio: in the same clause, before ("đạt 95% (19/20 xã)") or after ("19/20 xã … (95%)")
    c0, c1 = clause_of(text, r.start)
    nxt = sorted((f for f in index.within(block.id, c0, c1, {"percent"}) if f.value is not None and f.id not in used),
                 key=lambda f: abs(f.start - r.start))
    if nxt and den:
        p = nxt[0]
        used.add(p.id)
        fake_num = Figure(id=r.id, block=r.block, kind="count", text=str(r.extra["numerator"]), start=r.start, end=r.end, line=r.line, value=num)
        fake_den = Figure(id=r.id, block=r.block, kind="count", text=str(r.extra["denominator"]), start=r.start, end=r.end, line=r.line, value=den)
        rel = _checked(p, fake_num, fake_den, "ratio_percent", block, q)
        rel.figures = [p.id, r.id]
        return [rel]
    return [Relation(id=f"{CHECK}:{r.id}", check=CHECK, checkable=True, stated=den, computed=num, stated_lo=None,
                     stated_hi=den, computed_lo=num, computed_hi=num, unit=r.unit, line=r.line, footnote=block.footnote,
                     block=block.id, quote=q, footnote_text=block.text if block.kind == "footnote" else "",
                     expression=f"{r.extra['numerator']} ≤ {r.extra['denominator']}", figures=[r.id], variant="ratio")]


def _share_lists(text, block, figs: list[Figure], used: set) -> list[Relation]:
    """Lists of label-percent parts in one sentence that split a whole: they must total 100 %."""
    out = []
    pcts = [f for f in figs if f.kind == "percent" and f.value is not None and not f.qualifier]
    by_sentence: dict[tuple[int, int], list[Figure]] = {}
    for p in pcts:
        by_sentence.setdefault(sentence_of(text, p.start), []).append(p)
    for (s0, s1), ps in by_sentence.items():
        if len(ps) < 2:
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
        if len(parts) < 2 or (len(parts) < 3 and not _SHARE_CUE.search(text[s0:s1])):
            continue
        total = sum((p.value for _, p in parts), Decimal(0))
        tol = sum((half_unit(p) for _, p in parts), Decimal(0))
        for _, p in parts:
            used.add(p.id)
        out.append(Relation(
            id=f"{CHECK}:{parts[0][1].id}:shares", check=CHECK, checkable=True, stated=HUNDRED, computed=total,
            stated_lo=HUNDRED, stated_hi=HUNDRED, computed_lo=total - tol, computed_hi=total + tol, unit="%",
            line=parts[0][1].line, footnote=block.footnote, block=block.id, quote=quote(text, s0, s1),
            footnote_text=block.text if block.kind == "footnote" else "",
            expression=" + ".join(p.text for _, p in parts) + f" = {fmt_vi(total)} %", figures=[p.id for _, p in parts],
            parts=[(lab, p.value) for lab, p in parts], variant="share_sum"))
    return out
