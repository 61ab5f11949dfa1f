"""Family ``text_breakdown``: a total broken down in the text itself.

Shapes (each with an example it must handle):

* parenthesis after the total — ``23 vụ việc, vụ án (cũ 05; mới 18)``,
  ``thi hành kỷ luật 45 đảng viên (khiển trách 30, cảnh cáo 11, cách chức 4)``;
* ``gồm`` / ``bao gồm`` / ``gồm có`` or a colon — ``có 12 đảng bộ trực thuộc,
  gồm 8 huyện ủy và 4 đảng ủy khối``;
* a partition stated later in the sentence and closed by ``còn`` / ``còn lại``
  — ``… là 23 vụ việc …, đã giải quyết dứt điểm … 16 vụ việc, vụ án; còn đang
  theo dõi 07 vụ việc``; ``tổng số 1.403 đơn …; … 251 đơn thư …, 56 đơn, 95
  đơn, … 13 đơn; 988 đơn thư còn lại …``.

Only parts in the total's unit are summed (a part with another unit is listed
as excluded); a ``trong đó`` list is a subset (family ``part_of_whole``), not
a partition.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from figaudit.figures import Figure
from figaudit.numbers import fmt_vi
from figaudit.model import Document
from figaudit.relations import Relation, exact_or_interval, register, soften
from figaudit.relations.common import (
    TOTAL_KINDS, Index, clause_of, fits, from_previous_sentence, next_sentence, paren_span, parse_parts, previous_sentence, quote, same_kind,
    same_unit, sentence_of, sentences, sum_interval, unit_head, writer_span,
)
from figaudit.relations import trade
from figaudit.relations.frames import SUBSET_CUE, complementary_pair, frames

CHECK = "text_breakdown"
_GAP_TO_PAREN = re.compile(r"[^\d;.()]{0,40}?\s*(?=\()")
_LIST_LEAD = re.compile(r"\s*[,;]?\s*(?:gồm có|bao gồm|gồm|cụ thể(?: là)?|chia ra|(?:với|bằng|theo)\s+(?:các\s+)?hình thức)\s*:?\s*"
                        r"|\s*:\s*", re.IGNORECASE)
_COMPOUND_UNIT = re.compile(r",\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}(?=\s*,\s*(?:gồm|bao gồm)\b)", re.IGNORECASE)
_FORM_LEAD = re.compile(r"\s(?:với|bằng|theo|dưới)\s+(?:các\s+)?hình thức(?:\s+sau)?\s*:?\s*(?=\S)", re.IGNORECASE)
#: rates or levels, not parts: "(mức 300.000 đồng và 600.000 đồng/suất)", "(định mức 2 triệu đồng/hộ)"
_RATE_LEVELS = re.compile(r"\b(?:mức|định mức|đơn giá)\b|\d\s*[^\W\d_]*\s*/\s*(?:suất|người|hộ|tháng|năm|ha|con|kg|lượt|căn|m2|m²)\b",
                          re.IGNORECASE)
_SUBSET = re.compile(r"^\s*trong\s+(?:số\s+)?đó\b", re.IGNORECASE)
_CHANGE = re.compile(r"\b(?:tăng|giảm|so với)\b", re.IGNORECASE)
_TOTAL_MARK = re.compile(r"(?:tổng số|tổng cộng|tổng|toàn bộ|tất cả|là)\s+$", re.IGNORECASE)
_PENDING = re.compile(r"^(?:đang|chưa|còn đang|còn)\b", re.IGNORECASE)
_DONE = re.compile(r"\bđã\b[^,;]{0,30}$", re.IGNORECASE)
_CLOSER_BEFORE = re.compile(r"\bcòn(?:\s+lại)?\b[^;,.]{0,40}$", re.IGNORECASE)
_REMAINDER_BEFORE = re.compile(
    r"\b(?:còn(?:\s+lại)?|đang(?:\s+tiếp tục)?(?:\s+thụ lý)?\s+(?:giải quyết|điều tra|xác minh|xem xét|xử lý)|chưa(?:\s+được)?\s+giải quyết)\b"
    r"[^;,.]{0,40}$", re.IGNORECASE)
#: a sentence that disposes of what the one before counted: "Đã khởi tố …", "Trong đó đã xử lý …" is not one
_DISPOSITION = re.compile(r"(?:Đã|đã)\s+(?:khởi tố|xử lý|giải quyết|điều tra)\b")
_CLOSER_AFTER = re.compile(r"^[^;,.\d]{0,25}?\bcòn lại\b", re.IGNORECASE)


def _summable(total: Figure, label: str, part: Figure, listed: bool) -> bool:
    """A part is added when it has no unit of its own, shares the total's unit, or is an item of a gồm-list."""
    if not part.unit or same_kind(part.unit, total.unit):
        return True  # "kỷ luật 58 đảng viên (khiển trách 32, cảnh cáo 17, khai trừ 9 trường hợp)"
    # an item of a gồm-list in another unit of the same kind is a part; money is never a part of a count, nor a count
    # of money ("52 cuộc kiểm tra, gồm 18 cuộc … và 36 cuộc …, truy thu 41,3 tỷ đồng")
    return listed and part.kind == total.kind


def _relation(total: Figure, parts: list[tuple[str, Figure]], variant: str, block, q: str, listed: bool) -> Relation | None:
    head = unit_head(total.unit)
    if head and all(not f.unit and lab.lower().startswith(head + " ") for lab, f in parts):
        return None  # "3 lớp (lớp A 40, lớp B 45, lớp C 50)": a figure of each item, not parts of the 3
    pair = len(parts) == 2 and complementary_pair([f"{lab} {f.unit}".lower() for lab, f in parts])
    # "40 gương điển hình (22 tập thể, 18 cá nhân)": two halves named by their nouns are parts whatever their unit
    keep = [pair or _summable(total, lab, f, listed) for lab, f in parts]
    summed = [p for p, k in zip(parts, keep) if k]
    excluded = [f"{f.text} {f.unit}".strip() for (lab, f), k in zip(parts, keep) if not k]  # (one pass: linear)
    if len(summed) < 2:
        return None
    figs = [f for _, f in summed]
    lo, hi, lo_open, hi_open = sum_interval(figs)
    slo, shi, s_lo_open, s_hi_open = exact_or_interval(total)
    computed = sum((f.value for f in figs), Decimal(0))
    note_args = {"excluded": excluded} if excluded else {}
    return Relation(
        id=f"{CHECK}:{total.id}:{variant}", check=CHECK, checkable=True, stated=total.value, computed=computed,
        stated_lo=slo, stated_hi=shi, computed_lo=lo, computed_hi=hi, strict_lo=s_lo_open or hi_open,
        strict_hi=s_hi_open or lo_open, unit=total.unit, line=total.line, footnote=block.footnote, block=block.id,
        quote=q, footnote_text=block.text if block.kind == "footnote" else "",
        expression=" + ".join(f.text for f in figs) + f" = {fmt_vi(computed)}", note="parts_excluded" if excluded else "",
        note_args=note_args, figures=[total.id] + [f.id for f in figs], parts=[(lab, f.value) for lab, f in summed],
        variant=variant)


def is_marked_total(text: str, total: Figure) -> bool:
    """``tổng số 1.403 đơn``, ``Tổng số vụ việc … là 23 vụ việc``: the text calls this figure a total."""
    c0, _ = clause_of(text, total.start)
    before = text[max(c0, total.start - 120):total.start]
    return bool(_TOTAL_MARK.search(before) or re.search(r"\b(?:tổng số|tổng cộng)\b", before, re.IGNORECASE))


def closed_partition(text: str, total: Figure, index: Index, block_id: str, after: int,
                     marked: bool = True) -> list[Figure] | None:
    """Figures of the total's unit after it in its sentence, up to a part closed by a remainder: ``còn (lại)``, and
    for a total the text does not call one, also ``đang (tiếp tục) giải quyết / điều tra``, ``chưa giải quyết``
    (``tiếp nhận 66 vụ việc; đã giải quyết 40 vụ việc, còn 26 vụ việc``).  A ratio whose denominator is the total
    counts as its numerator (``giải quyết xong 12/40 vụ việc, đang giải quyết 28 vụ việc``).  Changes, values of
    another period and asides are not parts."""
    s_start, s_end = sentence_of(text, total.start)
    parts: list[Figure] = []
    closer = _CLOSER_BEFORE if marked else _REMAINDER_BEFORE
    for f in index.within(block_id, after, s_end, TOTAL_KINDS | {"ratio"}, limit=30):  # a window, never all pairs
        if f.kind == "ratio":
            if f.extra.get("denominator") != total.value or not same_unit(f.unit, total.unit):
                continue
            f = f.derived(str(f.extra["numerator"]), Decimal(f.extra["numerator"]))
        elif f.value is None or not index.is_stock(f) or not same_kind(f.unit, total.unit) \
                or (not same_unit(f.unit, total.unit) and marked):
            continue
        elif (p := index.paren(f)) is not None and (index.paren(total) != p):
            continue  # an aside
        parts.append(f)
        c_start, _ = clause_of(text, f.start)
        if closer.search(text[max(c_start, f.start - 80):f.start]) or _CLOSER_AFTER.search(text[f.end:f.end + 40]):
            return parts if len(parts) >= 2 else None
    return None


def _frame_sums(doc: Document, index: Index, done: set[str]) -> list[Relation]:
    """A ``trong đó`` / ``Trong số N …`` frame whose parts add up to its whole is a breakdown too (a pass); when
    the parts exhaust the whole by their labels (all three levels, a complementary pair, the nouns of a compound
    unit), a sum that differs is a discrepancy.  Overlapping subgroups are never summed otherwise."""
    out = []
    for fr in frames(doc, index):
        if fr.kind in ("funnel", "open_list") or (fr.whole.id + fr.of) in done:
            continue
        parts = [p for p in fr.parts if p.kind in TOTAL_KINDS and (same_kind(p.unit, fr.whole.unit) or not p.unit
                                                                 or fr.kind == "trong_do_paragraph"
                                                                 or fr.partition in ("pair", "compound"))]
        if len(parts) > 2 and not fr.partition and fr.labels and fr.kind != "trong_do_paragraph":
            # a longer list holding one complementary pair ("… nữ 1.840; … Tái cử 3.364 người; Tham gia mới 2.818
            # người"): the pair exhausts the whole
            mine = [(p, lab) for p, lab in zip(fr.parts, fr.labels) if p in parts]
            pair = complementary_pair([lab for _, lab in mine])
            if pair is not None:
                parts = [mine[pair[0]][0], mine[pair[1]][0]]
                fr = replace(fr, parts=parts, partition="pair")
        lo, hi, _, _ = sum_interval(parts) if len(parts) >= 2 else (None, None, False, False)
        by_sum = False
        if len(parts) < 2 or not (fits(fr.whole, lo, hi) or fr.partition):
            if fr.kind == "header":  # the other dimensions follow in the sentence, past the first clause
                text = index.blocks[fr.whole.block].text  # (a header frame quotes its own block)
                parts = [f for f in index.within(fr.whole.block, fr.whole.end, sentence_of(text, fr.whole.start)[1])
                         if index.is_stock(f) and same_kind(f.unit, fr.whole.unit)]
            parts = _exact_run(fr.whole, parts)
            if parts is None:
                continue
            by_sum = True
        block = index.blocks[fr.quote_block]
        rel = _relation(fr.whole, [("", p) for p in parts], f"{fr.kind}_sum" + (f"_{fr.of}" if fr.of else ""), block,
                        quote(block.text, *fr.span), listed=True)
        if rel:
            if by_sum:
                rel.note = rel.note or "parts_by_sum"
            elif fr.partition == "negation":
                soften(rel, "inferred_negation_pair")  # "đỗ" / "không đỗ": absentees may be neither
            elif fr.partition == "petition_types":
                soften(rel, "inferred_petition_types")  # a report may count a letter of two kinds once
            if fr.kind == "trong_do_paragraph":
                soften(rel, "inferred_previous_paragraph")
            elif fr.kind == "pair_next":
                soften(rel, "inferred_pair_next")
            rel.note_args = {**rel.note_args, "partition": fr.partition} if fr.partition else rel.note_args
            done.add(fr.whole.id + fr.of)
            out.append(rel)
    return out


def _slash_twins(index: Index, rels: list[Relation]) -> list[Relation]:
    """``đã giải quyết 1.198 vụ/2.162 bị can, trong đó truy tố 1.186 vụ/2.143 bị can, đình chỉ 9 vụ/15 bị can …``: a
    breakdown of the cases whose whole and every part carry a second count after a slash (the accused) breaks that
    count down the same way, with the same certainty."""
    out = []
    for r in list(rels):
        if r.check != CHECK or len(r.figures) < 3:
            continue
        figs = [index.by_id.get(i) for i in r.figures]
        if any(f is None for f in figs):
            continue
        twins = [_slash_twin(index, f) for f in figs]
        if any(t is None for t in twins) or len({unit_head(t.unit) for t in twins}) != 1 or \
                unit_head(twins[0].unit) == unit_head(figs[0].unit):
            continue
        block = index.blocks[figs[0].block]
        rel = _relation(twins[0], [("", t) for t in twins[1:]], r.variant + "_twin", block, r.quote, listed=True)
        if rel is None:
            continue
        if "inferred" in r.note_args:
            soften(rel, r.note_args["inferred"])
        out.append(rel)
    return out


def _slash_twin(index: Index, f: Figure) -> Figure | None:
    """The count written right after a figure and a slash, in another unit (``9 vụ/15 bị can`` → 15 bị can)."""
    text = index.blocks[f.block].text
    m = re.match(r"[^\W\d_\s]*(?:\s+[^\W\d_\s]+){0,2}\s*/\s*", text[f.end:f.end + 30])
    if not m or not f.unit:
        return None
    nxt = index.within(f.block, f.end + m.end(), f.end + m.end() + 12, limit=1)
    return nxt[0] if nxt and nxt[0].kind in TOTAL_KINDS and nxt[0].value is not None and nxt[0].unit else None


#: the total's own predicates between it and its list: ", đạt 59% dự toán giao", ", tăng 12% so với cùng kỳ"
_PREDICATES = re.compile(r"(?:\s*,\s*(?:đạt|bằng|tăng|giảm|vượt)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?[\d.,]+\s*%[^,;.:()\d]{0,40}){1,3}",
                         re.IGNORECASE)
#: a lead that names a list of components (not "cụ thể", nor a bare colon)
_NAMED_LEAD = re.compile(r"\s*[,;]?\s*(?:gồm có|bao gồm|gồm)\s*:?\s*", re.IGNORECASE)
_ITEM_PREDICATE_ROLES = ("plan_pct", "change_pct", "attain", "share")
_NAMED_LEAD_INSIDE = re.compile(r"\b(?:bao gồm|gồm có|gồm)\b", re.IGNORECASE)


def _predicated_items(text: str, total: Figure, start: int, end: int, block_id: str, index: Index) -> list | None:
    """``gồm: thu thuế và phí 123,7 tỷ đồng, đạt 68% dự toán; thu tiền cấp đất, thuê đất 60,5 tỷ đồng, đạt 58% …``:
    items too wordy to parse as a list (commas inside their labels, each with its own percentages).  The items are
    the figures of the total's unit; every other figure must be an item's percentage, a change or a plan value, and
    nothing may open a sub-list.  Read by unit, not parsed: a mismatch warns."""
    if SUBSET_CUE.search(text, start, end) or _NAMED_LEAD_INSIDE.search(text, start, end):
        return None
    items = []
    last = start
    for f in index.within(block_id, start, end, limit=40):
        if f.kind in ("date", "year", "reference", "label"):
            continue
        if index.paren(f) is not None:
            continue  # an aside
        if f.kind == "percent":
            if index.role(f) in _ITEM_PREDICATE_ROLES:
                continue
            return None
        if f.kind not in TOTAL_KINDS or f.value is None:
            return None
        if index.role(f):
            continue  # a change, a prior or plan value
        if not same_unit(f.unit, total.unit) or not re.search(r"[^\W\d_]{2,}", text[last:f.start]):
            return None  # another unit, or an item without a label
        items.append(("", f))
        last = f.end
    return items if len(items) >= 2 else None


def _loose_paren(text: str, total: Figure, span: tuple[int, int], block_id: str, index: Index) -> list | None:
    """A parenthesis or ``gồm`` list too wordy to parse as a list (``(gồm 1.020 vụ sự cố điện ở khu dân cư, nhà xưởng
    và 430 vụ cháy rơm, cỏ khô)``): its figures of the total's unit, when there are no others and they add up exactly (a
    pass only)."""
    figs = index.within(block_id, span[0], span[1])
    parts = [f for f in figs if f.kind in TOTAL_KINDS and f.value is not None]
    if len(parts) < 2 or len(parts) != len([f for f in figs if f.kind not in ("date", "year", "label", "reference")]) \
            or any(not same_unit(f.unit, total.unit) or f.qualifier for f in parts):
        return None
    lo, hi, _, _ = sum_interval(parts)
    if not fits(total, lo, hi) or not _exact_enough(total, parts) or (total.value < 20 and len(parts) == 2):
        return None
    return [("", f) for f in parts]


def _exact_run(whole: Figure, parts: list[Figure]) -> list[Figure] | None:
    """One dimension of a frame that lists several (``Trong 120 đại biểu có 41 nữ, …; 5 đại biểu dưới 30 tuổi, 60
    … từ 30 đến 50 tuổi, 55 … trên 50 tuổi``): consecutive parts that add up to the whole exactly.  Exact counts
    only, never a small whole split in two (a coincidence then is too likely); a pass, found by its sum."""
    if whole.qualifier or whole.decimals or whole.value is None or whole.value < 10:
        return None
    for i in range(len(parts)):
        total = Decimal(0)
        for j in range(i, min(len(parts), i + 12)):  # a window: cost linear in the parts
            p = parts[j]
            if p.qualifier or p.decimals or p.value is None or p.scale != whole.scale:
                break
            total += p.value
            if total > whole.value:
                break
            if j > i and total == whole.value and not (whole.value < 20 and j == i + 1):
                return parts[i:j + 1]
    return None


@register(CHECK)
def find(doc: Document, figures: list[Figure]) -> list[Relation]:
    index = Index(doc, figures)
    out: list[Relation] = []
    for block in doc.blocks:
        text = block.text
        for total in index.by_block.get(block.id, []):
            if total.kind not in TOTAL_KINDS or total.value is None:
                continue
            after = total.end
            # 1. A parenthesis right after the total (and its unit words).
            m = _GAP_TO_PAREN.match(text, total.end)
            if m:
                span = paren_span(text, m.end())
                if span and not _CHANGE.search(text[span[0]:span[1]]) and not _SUBSET.match(text[span[0]:span[1]]) \
                        and not _RATE_LEVELS.search(text, span[0], span[1]):
                    parts = parse_parts(text, span[0], span[1], block.id, index)
                    loose = False
                    if not parts:
                        parts, loose = _loose_paren(text, total, span, block.id, index), True
                    if parts:
                        c0, _ = clause_of(text, total.start)
                        rel = _relation(total, parts, "paren", block, quote(text, c0, span[1] + 1), listed=False)
                        if rel and loose:
                            rel.note = rel.note or "parts_by_sum"
                        if rel:
                            out.append(rel)
                    after = span[1] + 1
            # 2. gồm / bao gồm / colon, in the same clause.
            lead = _LIST_LEAD.match(text, after if after > total.end else _unit_end(text, total))
            if (lead is None or not lead.group().strip(" ,;")) and after == total.end:
                # "412 công chức, viên chức, gồm …": the second noun of a compound unit before the lead
                cu = _COMPOUND_UNIT.match(text, _unit_end(text, total))
                if cu:
                    lead = _LIST_LEAD.match(text, cu.end())
            if (lead is None or not lead.group().strip(" ,;")) and after == total.end:
                # "kỷ luật 36 đảng viên bằng các hình thức khiển trách 20, cảnh cáo 10, …": the lead inside the unit
                lead = _FORM_LEAD.search(text, total.end, _unit_end(text, total) + 1)
            wordy = False
            if (lead is None or not lead.group().strip(" ,;")) and after == total.end:
                # "thu 197,7 tỷ đồng, đạt 59% dự toán, gồm: …": the total's own percentages before the lead
                pred = _PREDICATES.match(text, _unit_end(text, total))
                lead2 = _NAMED_LEAD.match(text, pred.end()) if pred else None
                if lead2 is not None:
                    lead, wordy = lead2, True
            if lead and lead.group().strip(" ,;"):
                c0, c1 = clause_of(text, lead.end())
                if c1 <= lead.end():
                    c1 = _clause_end_after(text, lead.end())
                if lead.group().strip(" ,;") == ":" and _OPEN_WORDS.search(text, lead.end(), c1):
                    continue  # "40 xã đạt chuẩn: như xã A …, xã B …": examples, not the breakdown
                parts = parse_parts(text, lead.end(), c1, block.id, index) if not wordy else None
                loose = False
                if not parts:
                    parts, loose = _loose_paren(text, total, (lead.end(), c1), block.id, index), True
                if not parts and _NAMED_LEAD.fullmatch(lead.group()):
                    end = sentence_of(text, lead.end())[1] if ":" in lead.group() else c1
                    parts = _predicated_items(text, total, lead.end(), end, block.id, index)
                    if parts:
                        rel = _relation(total, parts, "list", block, quote(text, clause_of(text, total.start)[0], end),
                                        listed=True)
                        if rel:
                            out.append(soften(rel, "inferred_list_items"))
                        parts = None
                if parts and len(parts) > 2 and _PENDING.match(parts[-1][0]) and _DONE.search(text[clause_of(text, total.start)[0]:total.start]):
                    # "Đã giải quyết 703 tin, bao gồm: khởi tố 461, không khởi tố 242, đang giải quyết 194": the
                    # pending item is not among the settled ones
                    lo, hi, _, _ = sum_interval([f for _, f in parts[:-1]])
                    if fits(total, lo, hi):
                        parts = parts[:-1]
                if parts:
                    rel = _relation(total, parts, "list", block, quote(text, clause_of(text, total.start)[0], c1), listed=True)
                    if rel and loose:
                        rel.note = rel.note or "parts_by_sum"
                    if rel:
                        out.append(rel)
            # 3. A partition later in the sentence, closed by "còn (lại)" (or, for a total not called one, by a
            # remainder "đang giải quyết …").
            if not index.is_stock(total):
                continue
            marked = is_marked_total(text, total)
            parts = closed_partition(text, total, index, block.id, after, marked=marked)
            if parts and not marked and not fits(total, *sum_interval(parts)[:2]):
                parts = None  # a total the text does not call one: which figure the remainder completes is not
                # certain ("đã hướng dẫn 987 vụ việc; tiếp nhận 660 vụ việc; đã giải quyết 349, còn 311"), so only a
                # partition that adds up is recorded
            if parts:
                s0, s1 = sentence_of(text, total.start)
                rel = _relation(total, [("", f) for f in parts], "partition", block, quote(text, s0, s1), listed=False)
                if rel:
                    out.append(rel)
    out += _frame_sums(doc, index, {r.figures[0] for r in out})
    out += _slash_twins(index, out)
    out += _remainders(doc, index)
    out += _colon_lists(doc, index, {r.figures[0] for r in out} | {f for r in out for f in r.figures[1:]})
    out += _bullet_breakdowns(doc, index, {r.figures[0] for r in out} | {f for r in out for f in r.figures[1:]})
    out += _sum_sentences(doc, index, {r.figures[0] for r in out} | {f for r in out for f in r.figures[1:]})
    out += _outcomes(doc, index, {f for r in out for f in r.figures[1:]})
    out += _contribution_points(doc, index, {f for r in out for f in r.figures[1:]})
    out += _month_parts(doc, index, {f for r in out for f in r.figures[1:]})
    out += _trailing_totals(doc, index, {r.figures[0] for r in out} | {f for r in out for f in r.figures[1:]})
    out += _adds_up(doc, index, {r.figures[0] for r in out} | {f for r in out for f in r.figures[1:]})
    out += _specifics(doc, index, {r.figures[0] for r in out} | {f for r in out for f in r.figures[1:]})
    out += _classified(doc, index, {r.figures[0] for r in out} | {f for r in out for f in r.figures[1:]})
    out += _ratio_remainders(doc, index)
    out += _negated_rests(doc, index)
    out += _raised_totals(doc, index, {r.figures[0] for r in out})
    out += _violations(doc, index, {r.figures[0] for r in out})
    out += _traffic_modes(doc, index, {r.figures[0] for r in out})
    done = {r.figures[0] for r in out}
    out += [r for r in trade.totals(doc, index, CHECK) if r.figures[0] not in done]
    out += _fund_balances(doc, index, done)
    return out


#: a sentence about one mode of transport: "Trong đó, đường bộ xảy ra 916 vụ, …", "Đường sắt xảy ra 7 vụ, …"
_MODE = re.compile(r"(?:[-–•]\s*)?(?:trong đó,?\s*)?(?:tai nạn\s+)?(?:giao thông\s+)?(?:trên\s+)?(?:tuyến\s+)?"
                   r"(đường bộ|đường sắt|đường thủy|đường thuỷ|hàng hải)\b", re.IGNORECASE)
#: the three counts of a traffic report, each by the word before it
_METRICS = {"cases": re.compile(r"xảy ra\s+$", re.IGNORECASE), "dead": re.compile(r"chết\s+$", re.IGNORECASE),
            "injured": re.compile(r"bị thương\s+$", re.IGNORECASE)}
_NONE = {"cases": re.compile(r"không xảy ra", re.IGNORECASE), "injured": re.compile(r"không có người bị thương", re.IGNORECASE),
         "dead": re.compile(r"không có người chết", re.IGNORECASE)}


def _metrics(text: str, index: Index, block_id: str, s0: int, s1: int) -> dict[str, Figure | None]:
    found: dict[str, Figure | None] = {}
    for f in index.within(block_id, s0, s1, TOTAL_KINDS, limit=12):
        for name, cue in _METRICS.items():
            if name not in found and f.value is not None and cue.search(text, max(0, f.start - 12), f.start):
                found[name] = f
    for name, cue in _NONE.items():
        if name not in found and cue.search(text, s0, s1):
            found[name] = None  # stated as none: zero
    return found


def _traffic_modes(doc: Document, index: Index, done: set[str]) -> list[Relation]:
    """``toàn quốc xảy ra 812 vụ, làm chết 430 người, bị thương 515 người …`` followed (in the next sentences or
    paragraphs) by one sentence per mode — ``đường bộ xảy ra 953 vụ …``, ``Đường sắt xảy ra 7 vụ …``, ``Đường thủy
    …``, ``hàng hải không xảy ra tai nạn``: the modes' counts add up to the whole's, for cases, deaths and injuries.
    A sum that holds passes; one that does not warns — more than the whole whenever three modes are reported, less
    only when all four are (a mode left out may hold the rest)."""
    out = []
    sents = [(b, s0, s1) for b in doc.blocks if b.kind != "heading" for s0, s1 in sentences(b.text)]
    for k, (b, s0, s1) in enumerate(sents):
        text = b.text
        if _MODE.match(text, s0) or not re.search(r"tai nạn|TNGT", text[s0:s1]):
            continue
        totals = _metrics(text, index, b.id, s0, s1)
        if "cases" not in totals or totals["cases"] is None or totals["cases"].id in done:
            continue
        modes: dict[str, dict] = {}
        for b2, t0, t1 in sents[k + 1:k + 13]:  # a window of sentences: the cost stays linear
            m = _MODE.match(b2.text, t0) or _MODE.search(b2.text, t0, min(t1, t0 + 40))
            if m is None or not _metrics(b2.text, index, b2.id, t0, t1):
                continue
            mode = m.group(1).lower().replace("thuỷ", "thủy")
            if mode in modes:
                break
            got = _metrics(b2.text, index, b2.id, t0, t1)
            if "cases" in got and got["cases"] is None:  # "hàng hải không xảy ra tai nạn": no deaths, no injuries
                got = {"cases": None, "dead": None, "injured": None}
            modes[mode] = got
        if len(modes) < 2:
            continue
        complete = {"đường bộ", "đường sắt", "đường thủy", "hàng hải"} <= set(modes)
        for name, total in totals.items():
            if total is None or total.id in done:
                continue
            vals = [mv[name] for mv in modes.values() if name in mv]
            if len(vals) != len(modes):
                continue
            parts = [v for v in vals if v is not None]
            summed = sum((v.value for v in parts), Decimal(0))
            if summed < total.value and not complete or summed != total.value and len(modes) < 3:
                continue  # a mode left unreported (sea) may hold the rest; more than the whole is wrong in any case
            rel = Relation(
                id=f"{CHECK}:{total.id}:modes", check=CHECK, checkable=True, stated=total.value, computed=summed,
                stated_lo=total.value, stated_hi=total.value, computed_lo=summed, computed_hi=summed, unit=total.unit,
                line=total.line, footnote=b.footnote, block=b.id, quote=quote(text, s0, s1),
                footnote_text=b.text if b.kind == "footnote" else "",
                expression=" + ".join([v.text for v in parts] + ["0"] * (len(vals) - len(parts))) + f" = {fmt_vi(summed)}",
                figures=[total.id] + [v.id for v in parts], variant="modes", note="parts_by_sum" if summed == total.value else "",
                parts=[(mode, mv[name].value if mv[name] is not None else Decimal(0)) for mode, mv in modes.items()])
            out.append(soften(rel, "inferred_traffic_modes") if summed != total.value else rel)
    return out


#: an inspection's findings, and what was recommended for them (the standard wording of inspection reports)
_FOUND = re.compile(r"\b(?:vi phạm|sai phạm)\b(?:[^;.]|\.(?=\d)){0,60}$", re.IGNORECASE)
#: (the land's lead is the money's: "thu hồi 240 tỷ đồng, 572 ha đất")
#: recommendations only ("đã thu hồi 1,9 tỷ" is what was collected since, not what was recommended)
_RECOVER = re.compile(r"\bkiến nghị\s+thu hồi\b(?:[^;.]|\.(?=\d)){0,45}$", re.IGNORECASE)
_OTHER = re.compile(r"\bkiến nghị\b[^;.\d]{0,50}?\bxử lý\b(?:[^;.]|\.(?=\d)){0,45}$", re.IGNORECASE)


def _violations(doc: Document, index: Index, done: set[str]) -> list[Relation]:
    """``phát hiện vi phạm 2.180 tỷ đồng, 1.045 ha đất; kiến nghị thu hồi 412 tỷ đồng, 96 ha đất; kiến nghị xử lý
    khác 1.768 tỷ đồng, 930 ha đất``: what an inspection found is what it recommended to recover plus what it
    recommended to handle otherwise ("khác": the rest), for money and for land alike.  The identity is the
    genre's, not the sentence's grammar, so a mismatch is a warning."""
    out = []
    for block in doc.blocks:
        text = block.text
        figs = [f for f in index.by_block.get(block.id, []) if f.kind in TOTAL_KINDS and f.value is not None and f.unit]
        for i, total in enumerate(figs):
            if total.id in done or not _FOUND.search(text, max(0, total.start - 80), total.start):
                continue
            _, s1 = sentence_of(text, total.start)
            nxt = next_sentence(text, s1)
            end = nxt[1] if nxt else s1
            later = [f for f in figs[i + 1:i + 16] if f.start < end and same_unit(f.unit, total.unit)]
            rec = next((f for f in later if _RECOVER.search(text, max(0, f.start - 110), f.start)), None)
            oth = next((f for f in later if _OTHER.search(text, max(0, f.start - 110), f.start)), None)
            if rec is None or oth is None or rec is oth or oth.start < rec.start:
                continue
            rel = _relation(total, [("", rec), ("", oth)], "violations", block, quote(text, sentence_of(text, total.start)[0],
                                                                                     sentence_of(text, oth.start)[1]), listed=True)
            if rel is None:
                continue
            rel.stated_lo, rel.stated_hi = writer_span(total)
            rel.strict_lo = rel.strict_hi = False
            (alo, ahi), (blo, bhi) = writer_span(rec), writer_span(oth)
            rel.computed_lo, rel.computed_hi = alo + blo, ahi + bhi
            out.append(soften(rel, "inferred_violations"))
    return out



#: the four flows of a fund, each named right before its amount
_FUND_FLOWS = {
    "closing": re.compile(r"\b(?:hiện còn|còn lại|số dư cuối kỳ|tồn quỹ(?: cuối kỳ)?|số dư hiện nay)\s*(?:là\s*)?$", re.I),
    "opening": re.compile(r"\b(?:số dư đầu kỳ|tồn quỹ đầu kỳ|số dư (?:năm|kỳ) trước)(?:\s+chuyển sang)?\s*(?:là\s*)?$", re.I),
    "inflow": re.compile(r"\b(?:tiếp nhận(?:\s+được)?|vận động được|huy động được|quyên góp được)\s*$", re.I),
    "outflow": re.compile(r"\b(?:(?:đã\s+)?phân bổ|đã chi(?:\s+hỗ trợ)?|giải ngân|xuất quỹ)\s*$", re.I),
}


def _fund_balances(doc: Document, index: Index, done: set[str]) -> list[Relation]:
    """A fund's balance in one paragraph: ``số dư đầu kỳ 1,2 tỷ đồng``, ``tiếp nhận 5 tỷ đồng``, ``đã phân bổ 4,6 tỷ
    đồng``, ``hiện còn 1,6 tỷ đồng`` → closing = opening + received − allocated.  Each flow must be named exactly once
    (a ``Trong đó`` sentence breaking the receipts down is skipped); the text may leave a flow unsaid, so a mismatch
    warns."""
    out = []
    for block in doc.blocks:
        text = block.text
        if "quỹ" not in text.lower() or "số dư" not in text.lower():
            continue
        flows: dict[str, list[Figure]] = {k: [] for k in _FUND_FLOWS}
        for f in index.by_block.get(block.id, []):
            if f.kind != "amount" or f.value is None or index.paren(f) is not None:
                continue
            s0, _ = sentence_of(text, f.start)
            if _SUBSET.match(text[s0:f.start]):
                continue
            lead = text[max(s0, f.start - 40):f.start]
            for k, rx in _FUND_FLOWS.items():
                if rx.search(lead):
                    flows[k].append(f)
                    break
        if any(len(v) != 1 for v in flows.values()):
            continue
        c, o, i, x = (flows[k][0] for k in ("closing", "opening", "inflow", "outflow"))
        if c.id in done or not all(same_unit(f.unit, c.unit) for f in (o, i, x)):
            continue
        computed = o.value + i.value - x.value
        (olo, ohi), (ilo, ihi), (xlo, xhi) = (_interval(f) for f in (o, i, x))
        slo, shi, lo_open, hi_open = exact_or_interval(c)
        s0, s1 = sentence_of(text, c.start)
        rel = Relation(
            id=f"{CHECK}:{c.id}:fund_balance", check=CHECK, checkable=True, stated=c.value, computed=computed,
            stated_lo=slo, stated_hi=shi, strict_lo=lo_open, strict_hi=hi_open, computed_lo=olo + ilo - xhi,
            computed_hi=ohi + ihi - xlo, unit=c.unit, line=c.line, footnote=block.footnote, block=block.id,
            quote=quote(text, s0, s1), figures=[c.id, o.id, i.id, x.id], variant="fund_balance",
            expression=f"{o.text} + {i.text} − {x.text} = {fmt_vi(computed)}")
        out.append(soften(rel, "inferred_fund_balance"))
    return out


def _interval(f: Figure) -> tuple[Decimal, Decimal]:
    lo, hi, _, _ = exact_or_interval(f)
    return (lo if lo is not None else f.value), (hi if hi is not None else f.value)


#: "nâng tổng số doanh nghiệp … lên 124,6 nghìn doanh nghiệp", "đưa tổng số … lên"
_RAISED = re.compile(r"\b(?:nâng|đưa)\s+tổng\s+(?:số\s+)?[^.;]{0,140}?\blên\s+(?:(?:con số|mức)\s+)?$", re.IGNORECASE)


def _raised_totals(doc: Document, index: Index, done: set[str]) -> list[Relation]:
    """``… 96,2 nghìn doanh nghiệp thành lập mới … . Cùng với đó, có 28,4 nghìn doanh nghiệp quay trở lại …, nâng
    tổng số … lên 124,6 nghìn doanh nghiệp``: the figures of its unit just before it (in its sentence and the one
    before) that add up to the new total exactly (a pass, found by its sum; a total raised from an unstated base
    says nothing)."""
    out = []
    for block in doc.blocks:
        text = block.text
        figs = index.by_block.get(block.id, [])
        for i, total in enumerate(figs):
            if total.id in done or total.kind not in TOTAL_KINDS or total.value is None or total.qualifier \
                    or not _RAISED.search(text, max(0, total.start - 160), total.start):
                continue
            s0, _ = sentence_of(text, total.start)
            lo = from_previous_sentence(text, s0)
            before = [f for f in figs[max(0, i - 12):i] if f.start >= lo and index.is_stock(f)
                      and same_unit(f.unit, total.unit) and not f.qualifier]
            for k in range(len(before) - 1):  # runs ending right before the total
                run = before[k:]
                lo_, hi_, _, _ = sum_interval(run)
                if fits(total, lo_, hi_) and _exact_enough(total, run):
                    rel = _relation(total, [("", f) for f in run], "raised_total", block, quote(text, lo, sentence_of(
                        text, total.start)[1]), listed=True)
                    if rel:
                        rel.note = rel.note or "parts_by_sum"
                        out.append(rel)
                    break
    return out


#: the remainder of a ratio, right before its figure: "giải quyết 95/100 đơn, đạt 95%; còn 5 đơn …"
_REST_SENTENCE = re.compile(r"\s*(?:[-–•+]\s*)?Còn(?:\s+lại)?\s+(?=\d)")
#: after the rest's unit: "chưa đạt chuẩn", "không hoàn thành" (group 1: the predicate the ratio has)
_NEGATED_REST = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?(?:chưa|không)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)", re.IGNORECASE)


def _negated_rests(doc: Document, index: Index) -> list[Relation]:
    """``… có 112/118 xã đạt chuẩn nông thôn mới … .  Còn 6 xã chưa đạt chuẩn, gồm: …``: a sentence opening with the
    rest of a ratio stated before (in its paragraph or the one before), the ratio's own predicate negated: the
    numerator and the rest make the denominator.  Read across sentences by the predicate, a mismatch warns."""
    out = []
    recent: list = []
    for block in doc.blocks:
        text = block.text
        for s0, s1 in sentences(text):
            m = _REST_SENTENCE.match(text, s0)
            rest = index.at(block.id, m.end()) if m else None
            if rest is None or not index.is_stock(rest) or not rest.unit:
                continue
            neg = _NEGATED_REST.match(text, rest.end, min(len(text), rest.end + 50))
            if neg is None:
                continue
            pred = neg.group(1).lower()
            ratio = None
            for b in [block] + recent[::-1]:
                upto = s0 if b is block else len(b.text)
                cands = [f for f in index.last_before(b.id, upto, 30) if f.kind == "ratio" and f.extra.get("denominator")
                         and same_unit(f.unit, rest.unit) and not index.role(f)
                         and b.text[f.end:f.end + 60].lower().split(pred.split()[0])[0].count(" ") <= 3
                         and pred.split()[0] in b.text[f.end:f.end + 60].lower()]
                if cands:
                    ratio = (b, cands[-1])
                    break
            if ratio is None:
                continue
            b, r = ratio
            num, den = Decimal(r.extra["numerator"]), Decimal(r.extra["denominator"])
            total = r.derived(f"{fmt_vi(den)} {r.unit}", den)
            rel = _relation(total, [("", r.derived(fmt_vi(num), num)), ("", rest)], "ratio_rest", block,
                            quote(text, s0, s1), listed=True)
            if rel:
                rel.id = f"{CHECK}:{r.id}:ratio_rest_next"
                if not fits(total, rel.computed_lo, rel.computed_hi):
                    soften(rel, "inferred_negated_rest")
                out.append(rel)
        if block.kind == "paragraph":
            recent = (recent + [block])[-2:]
    return out
_RATIO_REST = re.compile(r"^[^.]{0,40}?\bcòn(?:\s+lại)?\s+$", re.IGNORECASE)


def _ratio_remainders(doc: Document, index: Index) -> list[Relation]:
    """``đã giải quyết 95/100 đơn (đạt 95%), còn 5 đơn đang giải quyết``: the ratio's numerator and the remainder
    after ``còn`` make its denominator (the next figure of the ratio's unit, in its sentence)."""
    out = []
    for block in doc.blocks:
        text = block.text
        figs = index.by_block.get(block.id, [])
        for i, r in enumerate(figs):
            if r.kind != "ratio" or not r.unit or not r.extra.get("denominator") or index.role(r):
                continue
            _, s1 = sentence_of(text, r.start)
            rest = next((f for f in figs[i + 1:i + 6] if f.start < s1 and f.kind in TOTAL_KINDS
                         and f.value is not None and (same_unit(f.unit, r.unit) or not f.unit)), None)
            if rest is None or not index.is_stock(rest) or not _RATIO_REST.match(text[r.end:rest.start]):
                continue
            num, den = Decimal(r.extra["numerator"]), Decimal(r.extra["denominator"])
            total = r.derived(f"{fmt_vi(den)} {r.unit}", den)
            part = r.derived(fmt_vi(num), num)
            rel = _relation(total, [("", part), ("", rest)], "ratio_rest", block,
                            quote(text, sentence_of(text, r.start)[0], s1), listed=True)
            if rel:
                rel.id = f"{CHECK}:{r.id}:ratio_rest"
                out.append(rel)
    return out


#: a sentence that details a figure stated before it: "Cụ thể, khiển trách 12 người, cảnh cáo 5 người …"
_SPECIFICS = re.compile(r"(?:[-–•]\s*)?Cụ thể\s*(?:là|như sau)?\s*[,:]", re.IGNORECASE)


def _specifics(doc: Document, index: Index, done: set[str]) -> list[Relation]:
    """``… thi hành kỷ luật 52 đảng viên … . Cụ thể, khiển trách 30 người, cảnh cáo 15 người và khai trừ 7
    người.``: the figures of a ``Cụ thể`` sentence, all of one kind, add up to a figure of the two sentences before
    it.  Which figure they detail is not said, so only a sum that holds exactly, for one figure, is recorded (or, for
    the one figure of the unit in the sentence right before, a warning).  Without the cue, a sentence of three or
    more counts of one kind that add up exactly to the one figure of the sentence right before is recorded (a pass):
    ``Xảy ra 214 vụ … . Chủ yếu trên quốc lộ 92 vụ; tỉnh lộ 47 vụ; …``."""
    out = []
    for block in doc.blocks:
        text = block.text
        for s0, s1 in sentences(text):
            cued = bool(_SPECIFICS.match(text, s0))
            if not cued and _CLASSIFIED.match(text, s0):
                continue  # a sorting sentence ("Nguyên nhân: …", "Kết quả: …") is read by _classified
            parts = [f for f in index.within(block.id, s0, s1) if index.is_stock(f) and f.id not in done]
            if not cued and (len(parts) < 3 or any(index.paren(p) for p in parts)
                             or [f for f in index.within(block.id, s0, s1) if f.kind in TOTAL_KINDS | {"percent"}
                                 and not index.is_stock(f) and not index.paren(f)]):
                continue  # without a cue: a sentence of three or more counts of one kind and nothing else
            if len(parts) < 2 or any(p.qualifier or p.decimals or not same_kind(p.unit, parts[0].unit) for p in parts):
                continue
            total_value = sum((p.value for p in parts), Decimal(0))
            prev = previous_sentence(text, s0)
            before = previous_sentence(text, prev[0]) if prev else None
            lo = (before or prev or (s0, s0))[0]
            wholes = [f for f in index.within(block.id, lo, s0) if f.kind in TOTAL_KINDS and f.value == total_value
                      and not f.qualifier and same_kind(f.unit, parts[0].unit) and f.id not in done]
            if not cued:  # only the last sentence before with counts of its own, and a sum that holds exactly (a pass)
                near = prev
                if near is not None and not [f for f in index.within(block.id, near[0], near[1]) if index.is_stock(f)]:
                    near = before  # ("So với năm trước, giảm 31 vụ, …": a sentence of changes stands between)
                wholes = [f for f in wholes if near is not None and near[0] <= f.start < near[1]]
            soft = False
            if cued and not wholes and prev is not None and parts[0].unit:
                # the one figure of the unit in the sentence right before is the one detailed (read from place)
                wholes = [f for f in index.within(block.id, prev[0], s0) if index.is_stock(f) and f.id not in done
                          and same_unit(f.unit, parts[0].unit)]
                soft = True
            if len(wholes) != 1 or (total_value < 20 and len(parts) == 2):
                continue
            rel = _relation(wholes[0], [("", p) for p in parts], "specifics", block, quote(text, lo, s1), listed=True)
            if rel:
                if soft:
                    if not fits(wholes[0], rel.computed_lo, rel.computed_hi):
                        soften(rel, "inferred_specifics")
                else:
                    rel.note = rel.note or "parts_by_sum"
                done.update([wholes[0].id] + [p.id for p in parts])
                out.append(rel)
    return out


#: a sentence (or a clause after ``;``) that sorts the figure before it by one criterion: ``Qua phân loại, có …``,
#: ``Nguyên nhân: do chập điện 17 vụ, …``, ``Phân theo lĩnh vực: …``, ``Về nội dung, …``
_CLASSIFIED = re.compile(
    r"(?:[-–•+]\s*)?(?:(?:qua\s+)?phân loại(?:\s+(?:theo\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,3})?"
    r"|(?:phân|chia|xét)\s+theo\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}"
    r"|(?:về|theo)\s+(?:nguyên nhân|nội dung|lĩnh vực|hình thức|tính chất|thẩm quyền|loại hình|loại)(?:\s+[^\W\d_]+){0,3}"
    r"|nguyên nhân(?:\s+[^\W\d_]+){0,4}"
    r"|kết quả(?:\s+(?:xếp loại|đánh giá|phân loại|đánh giá,?\s+xếp loại))?)\s*[,:]\s*", re.IGNORECASE)
#: criteria that sort every unit (each belongs to one place, level, kind): ``Phân theo huyện:``, ``Chia theo cấp học:``
_PARTITION_BY = re.compile(r"(?:[-–•+]\s*)?(?:(?:qua\s+)?phân loại\s+theo|phân\s+theo|chia\s+theo|xét\s+theo)\s+"
                           r"(?:đơn vị hành chính|địa bàn|địa phương|huyện|xã|cấp|bậc|loại hình|ngành|giới tính|độ tuổi|khu vực|"
                           r"thành phần kinh tế|trình độ)", re.IGNORECASE)
_COMPLETE = re.compile(r"\bcòn lại\b|\bsố còn lại\b|\bcác (?:nguyên nhân|trường hợp|vụ|lĩnh vực) khác\b", re.IGNORECASE)
_PARTIAL = re.compile(r"chủ yếu|một số|nhiều nhất|như sau|điển hình|\bnhư\b|…|\.\.\.", re.IGNORECASE)


def _classified(doc: Document, index: Index, done: set[str]) -> list[Relation]:
    """``Xảy ra 28 vụ cháy … . Nguyên nhân: do chập điện 17 vụ, sơ suất 6 vụ, còn lại 5 vụ chưa rõ``: a sentence
    that sorts by one criterion (cause, type, field) the one figure of its unit in the sentence before it.  Which
    figure it sorts is read from place, so a sum that does not hold is a warning; a list without its remainder
    (``còn lại``) may name only the main groups, so it is recorded only when it adds up or exceeds the whole."""
    out = []
    for block in doc.blocks:
        text = block.text
        for s0, s1 in sentences(text):
            m = _CLASSIFIED.match(text, s0)
            if not m:
                continue
            figs = [f for f in index.within(block.id, m.end(), s1) if f.kind in TOTAL_KINDS | {"percent"}]
            parts = [f for f in figs if index.is_stock(f) and f.id not in done and not index.paren(f)]
            if len(parts) < 2 or len(parts) != len([f for f in figs if not index.paren(f)]):
                continue  # changes, percentages or other figures among the items: not a plain sorting
            unit = parts[0].unit
            if not unit or any(not same_unit(p.unit, unit) for p in parts):
                continue
            prev = previous_sentence(text, s0)
            if prev is None:
                continue
            wholes = [f for f in index.within(block.id, prev[0], s0) if index.is_stock(f) and same_unit(f.unit, unit)
                      and f.id not in done]
            if len(wholes) > 1:  # several candidates: only the one the items add up to exactly
                lo, hi, _, _ = sum_interval(parts)
                wholes = [w for w in wholes if not w.qualifier and lo == hi == w.value]
            if len(wholes) != 1:
                continue
            whole = wholes[0]
            rel = _relation(whole, [("", p) for p in parts], "classified", block, quote(text, prev[0], s1), listed=True)
            if rel is None:
                continue
            complete = bool(_COMPLETE.search(text, m.end(), s1) or _PARTITION_BY.match(text, s0))
            holds = fits(whole, rel.computed_lo, rel.computed_hi)
            if not holds and not complete and (rel.computed_hi is not None and rel.stated_lo is not None
                                               and rel.computed_hi < rel.stated_lo or _PARTIAL.search(text, s0, s1)):
                continue  # fewer than the whole: perhaps only the main groups
            if not holds:
                soften(rel, "inferred_classified")
            done.update([whole.id] + [p.id for p in parts])
            out.append(rel)
    return out


#: ``1.245 cơ sở giáo dục: mầm non 412 cơ sở; tiểu học 385 cơ sở; …``: a total, a short noun phrase, a colon, a list
_COLON_AFTER = re.compile(r"[^\d;:.,()]{0,50}:\s*|[^\d;:.,()]{0,50}[;,]\s*(?=(?:huyện|thị xã|thành phố|quận|TP\.?)\s+\w)")
_PLACE_BEFORE = re.compile(r"(?:huyện|thị xã|thành phố|quận|xã|phường|TP\.?)\s+[A-ZĐÂĂÊÔƠƯ]", re.UNICODE)
_OPEN_WORDS = re.compile(r"\btrong đó\b|\bnhư\b|…|\.\.\.|\bmột số\b|\bchủ yếu\b|\bđiển hình\b|\bnổi bật\b|\bcao nhất\b|"
                         r"\bnhiều nhất\b|\bđứng đầu\b|\bdẫn đầu\b", re.IGNORECASE)


def _colon_lists(doc: Document, index: Index, done: set[str]) -> list[Relation]:
    """``Toàn tỉnh có 1.245 cơ sở giáo dục: mầm non 412 cơ sở; tiểu học 385 cơ sở; …``: the items after a colon that
    follows a total are its breakdown; so are the districts listed right after it (``86 xã đạt chuẩn; huyện A 12
    xã, huyện B 20 xã, …``).  A colon does not say the list is complete (a report may list the main groups
    only), so a sum that does not hold is a warning."""
    out = []
    for block in doc.blocks:
        text = block.text
        for total in index.by_block.get(block.id, []):
            if not index.is_stock(total) or total.id in done or total.qualifier in ("trên", "hơn", "ngoài", "dưới"):
                continue
            m = _COLON_AFTER.match(text, total.end)
            if not m:
                continue
            s0, s1 = sentence_of(text, total.start)
            if s1 <= m.end() or _OPEN_WORDS.search(text, s0, s1):
                continue
            if ":" not in m.group() and _PLACE_BEFORE.search(text, max(s0, total.start - 40), total.start):
                continue  # "huyện A 98 đảng viên, huyện B 87 …": the first item, not a total
            parts = parse_parts(text, m.end(), s1, block.id, index)
            if not parts or len(parts) < 2 or any(f.id in done or not index.is_stock(f) for _, f in parts):
                continue
            if not all(same_unit(f.unit, total.unit) or not f.unit for _, f in parts) or not total.unit:
                continue
            rel = _relation(total, parts, "colon_list", block, quote(text, sentence_of(text, total.start)[0], s1), listed=True)
            if rel is None:
                continue
            if not fits(total, rel.computed_lo, rel.computed_hi):
                soften(rel, "inferred_colon_list")
            done.update([total.id] + [f.id for _, f in parts])
            out.append(rel)
    return out


#: ``…; tổng cộng: 1.005 hộ``, ``…, tổng số 12.765 học sinh``: the total named after its parts
_TRAILING_TOTAL = re.compile(r"[,;]\s*(?:và\s+)?(?:tổng cộng|tổng số|cộng|tổng)\s*(?:là|:)?\s*$", re.IGNORECASE)


def _trailing_totals(doc: Document, index: Index, done: set[str]) -> list[Relation]:
    """The figures of one unit listed in a sentence, then ``tổng cộng`` / ``tổng số`` and their total: the words make
    the sum certain.  The list starts at the sentence (or its last colon); a figure there equal to the total is the
    total stated twice, not a part."""
    out = []
    for block in doc.blocks:
        text = block.text
        for total in index.by_block.get(block.id, []):
            if not index.is_stock(total) or total.id in done or total.qualifier:
                continue
            m = _TRAILING_TOTAL.search(text, max(0, total.start - 25), total.start)
            if not m:
                continue
            s0, s1 = sentence_of(text, total.start)
            lo = s0
            for c in re.finditer(":", text[s0:m.start()]):  # "Có 745 hộ: …": the list starts after a figure's colon
                pos = s0 + c.start()
                near = index.within(block.id, max(s0, pos - 50), pos)
                if near and index.is_stock(near[-1]) and not re.search(r"[;,]", text[near[-1].end:pos]):
                    lo = pos + 1
            if re.search(r"\btổng\b", text[lo:m.start()], re.IGNORECASE):
                continue
            figs = [f for f in index.within(block.id, lo, m.start()) if f.kind in TOTAL_KINDS | {"percent"}]
            parts = [f for f in figs if index.is_stock(f) and same_unit(f.unit, total.unit)]
            if len(parts) < 2 or len(parts) != len([f for f in figs if not index.paren(f)]) or \
                    any(p.id in done or p.value == total.value for p in parts):
                continue
            rel = _relation(total, [("", p) for p in parts], "trailing_total", block, quote(text, s0, s1), listed=True)
            if rel is not None:
                done.update([total.id] + [p.id for p in parts])
                out.append(rel)
    return out


_BULLET_LINE = re.compile(r"[ \t]*(?:[-–•+*]|[a-zđ]\)|\d{1,2}[.)])\s")
_CERTAIN_LEAD = re.compile(r"\b(?:chia ra|bao gồm|gồm)\b", re.IGNORECASE)
_VERB_BEFORE = re.compile(r"([^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(?:(?:được|là|đạt)\s+)?$")


def _bullet_breakdowns(doc: Document, index: Index, done: set[str]) -> list[Relation]:
    """``Vốn đầu tư … ước đạt 58.214 tỷ đồng … Chia ra:`` then one bullet line per part (``- Vốn khu vực Nhà nước:
    12.846 tỷ đồng;``): the bullets break down the figure(s) of the sentence that ends with the colon (or of the
    sentence before a bare ``Cụ thể:``).  Each total takes from every bullet the one figure of its unit, or, when
    the totals share a unit, the one after its own verb (``thụ lý 8.426 vụ; đã giải quyết 7.922 vụ`` → ``thụ lý
    1.362 vụ; đã giải quyết 1.318 vụ`` …).  ``Chia ra``/``gồm`` make the sum certain; other leads warn."""
    out = []
    for block in doc.blocks:
        text = block.text
        if "\n" not in text:
            continue
        starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        lines = [(a, (starts[k + 1] - 1) if k + 1 < len(starts) else len(text)) for k, a in enumerate(starts)]
        k = 0
        while k < len(lines):
            a, b = lines[k]
            if _BULLET_LINE.match(text, a) or not text[a:b].rstrip().endswith(":"):
                k += 1
                continue
            run = []
            j = k + 1
            while j < len(lines) and _BULLET_LINE.match(text, lines[j][0]) and len(run) < 40:
                run.append(lines[j])
                j += 1
            k = j
            if len(run) < 2:
                continue
            colon = text[:b].rstrip().rfind(":")
            s0, _ = sentence_of(text, colon)
            lead_lo = s0
            totals = [f for f in index.within(block.id, s0, colon) if index.is_stock(f) and not index.paren(f)]
            if not totals:  # "… đã giải quyết 7.922 vụ, việc. Cụ thể:": the sentence before
                prev = previous_sentence(text, s0)
                if prev is None:
                    continue
                lead_lo = prev[0]
                totals = [f for f in index.within(block.id, prev[0], s0) if index.is_stock(f) and not index.paren(f)]
            lead = text[lead_lo:colon]
            if not totals or len(totals) > 8 or re.search(r"\btrong\s+(?:số\s+)?đó\b", lead, re.IGNORECASE) \
                    or _OPEN_WORDS.search(lead):
                continue
            for t in totals:
                if t.id in done or not t.unit:
                    continue
                shared = any(u.id != t.id and same_unit(u.unit, t.unit) for u in totals)
                vm = _VERB_BEFORE.search(text, max(lead_lo, t.start - 40), t.start)
                verb = vm.group(1).lower() if vm else ""
                parts = []
                for la, lb in run:
                    line_figs = index.within(block.id, la, lb)
                    cands = [f for f in line_figs if index.is_stock(f) and not index.paren(f) and same_unit(f.unit, t.unit)]
                    if shared:  # the words since the figure before it name its verb
                        ends = {f.id: max([la] + [g.end for g in line_figs if g.end <= f.start]) for f in cands}
                        cands = [f for f in cands if verb and verb.split()[-1] in text[ends[f.id]:f.start].lower()]
                    if len(cands) != 1:
                        parts = []
                        break
                    parts.append(cands[0])
                if len(parts) < 2 or any(p.id in done for p in parts):
                    continue
                rel = _relation(t, [("", p) for p in parts], "bullets", block, quote(text, lead_lo, run[-1][1], limit=600),
                                listed=True)
                if rel is None:
                    continue
                if not _CERTAIN_LEAD.search(lead) and not fits(t, rel.computed_lo, rel.computed_hi):
                    soften(rel, "inferred_bullets")
                done.update([t.id] + [p.id for p in parts])
                out.append(rel)
    return out


#: a sentence that adds up the one before: "Tổng vốn thu hút đạt 918,6 triệu USD", "Tính chung, …", "Tổng cộng …"
_ADDED = re.compile(r"\btăng thêm\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$", re.IGNORECASE)
_SUM_SENTENCE = re.compile(r"(?:[-–•+]\s*)?(?:(Tổng cộng|Tính chung|Cộng chung|Cộng lại|Cộng)\b|Tổng\s+(?:số\s+)?[^\W\d_])")


def _sum_sentences(doc: Document, index: Index, done: set[str]) -> list[Relation]:
    """``… cấp mới 612,4 triệu USD; điều chỉnh tăng 287,9 triệu USD; góp vốn 18,3 triệu USD. Tổng vốn FDI thu hút đạt
    918,6 triệu USD``: a sentence opening ``Tổng …`` whose first figure is the sum of the figures of its unit in the
    sentence before.  Only ``Tổng cộng``/``Tính chung`` say so outright (a mismatch warns); a ``Tổng <name>`` is
    recorded when the sum holds."""
    out = []
    for block in doc.blocks:
        text = block.text
        for s0, s1 in sentences(text):
            m = _SUM_SENTENCE.match(text, s0)
            if not m:
                continue
            firsts = [f for f in index.within(block.id, s0, s1, limit=4) if f.kind in TOTAL_KINDS | {"percent"}]
            if not firsts or not index.is_stock(firsts[0]) or index.paren(firsts[0]) or firsts[0].id in done:
                continue
            total = firsts[0]
            prev = previous_sentence(text, s0)
            if prev is None:
                continue
            figs = [f for f in index.within(block.id, prev[0], s0) if index.is_stock(f) and not index.paren(f)]
            parts = [f for f in figs if same_unit(f.unit, total.unit)]
            if len(parts) < 2 or any(p.id in done for p in parts) or not total.unit:
                continue
            rel = _relation(total, [("", p) for p in parts], "sum_sentence", block, quote(text, prev[0], s1), listed=True)
            if rel is None:
                continue
            if not fits(total, rel.computed_lo, rel.computed_hi):
                # "điều chỉnh tăng vốn … với số vốn tăng thêm 287,9 triệu USD": an addition is a part too, when the
                # sum then holds exactly
                added = [f for f in index.within(block.id, prev[0], s0) if not index.paren(f) and f.value is not None
                         and f.kind in TOTAL_KINDS and index.role(f) == "change" and same_unit(f.unit, total.unit)
                         and _ADDED.search(text, max(0, f.start - 25), f.start)]
                alt = _relation(total, [("", p) for p in sorted(parts + added, key=lambda f: f.start)], "sum_sentence",
                                block, quote(text, prev[0], s1), listed=True) if added else None
                if alt is not None and fits(total, alt.computed_lo, alt.computed_hi):
                    rel, parts = alt, parts + added
                elif not m.group(1):
                    continue  # "Tổng <name>": which figures it adds is not said
                else:
                    soften(rel, "inferred_sum_sentence")
            done.update([total.id] + [p.id for p in parts])
            out.append(rel)
    return out


#: the outcomes of settled complaints or denunciations: "tố cáo đúng 5 vụ, đúng một phần 6 vụ, sai 8 vụ"
_OUTCOME = re.compile(r"(?:\b(?:có\s+)?đúng\s+(?:một\s+)?phần|\bcó\s+đúng\s*,?\s*có\s+sai|\bđúng|\bkhông\s+đúng|\bsai|"
                      r"\bchưa\s+có\s+cơ\s+sở(?:\s+kết\s+luận)?|\bkhông\s+có\s+cơ\s+sở)"
                      r"(?:\s+(?:và|,)\s+đúng\s+một\s+phần)?\s*(?:là\s+)?$", re.IGNORECASE)
#: the same outcome written after the count: "2 tố cáo sai, 6 tố cáo chưa có cơ sở kết luận"
_OUTCOME_AFTER = re.compile(r"\s*(?:(?:vụ việc|vụ|đơn|trường hợp)\s+)?(?:tố cáo|khiếu nại|kiến nghị)?\s*(?:là\s+)?"
                            r"(?:có\s+đúng\s*,?\s*có\s+sai|đúng\s+(?:và\s+)?(?:đúng\s+)?một\s+phần|đúng|sai|không\s+đúng"
                            r"|chưa\s+có\s+cơ\s+sở(?:\s+kết\s+luận)?|không\s+có\s+cơ\s+sở)\b", re.IGNORECASE)
_SETTLED_FAR = re.compile(r"\b(?:giải quyết|kết luận|xác minh)\b[^;.]{0,70}$", re.IGNORECASE)
_SETTLED = re.compile(r"\b(?:giải quyết|kết luận|xác minh)\b[^;.]{0,25}$", re.IGNORECASE)


def _outcomes(doc: Document, index: Index, done: set[str]) -> list[Relation]:
    """``đã giải quyết 19/21 vụ; qua giải quyết, kết luận tố cáo đúng 5 vụ, đúng một phần 6 vụ, sai 8 vụ``: the
    outcomes (true, partly true, untrue, not grounded) of the settled cases add up to the settled count said just
    before (of the same kind of letter when the outcomes name it, else a ratio's numerator or a count after ``giải
    quyết``).  A report may leave some outcome out (a withdrawn letter): a sum that differs warns."""
    out = []
    for block in doc.blocks:
        text = block.text
        figs = index.by_block.get(block.id, [])
        k = 0
        while k < len(figs):
            run = []
            j = k
            said: list[str] = []  # each figure's outcome words
            while j < len(figs) and len(run) < 12 and figs[j].kind in TOTAL_KINDS and figs[j].value is not None \
                    and not index.paren(figs[j]) and figs[j].id not in done \
                    and (not run or not re.search(r"\.\s", text[run[-1].end:figs[j].start])):
                m = _OUTCOME.search(text, max(figs[j - 1].end if j > k else 0, figs[j].start - 40), figs[j].start) \
                    or _OUTCOME_AFTER.match(text, figs[j].end, min(len(text), figs[j].end + 60))
                if not m:
                    break
                said.append(m.group(0).lower())
                run.append(figs[j])
                j += 1
            if len(run) < 2:
                k += 1
                continue
            k = j
            if not any(re.search(r"\bsai\b|\bkhông\s+(?:đúng|có)|\bchưa\s+có", w) for w in said):
                continue  # an outcome list names the untrue (or ungrounded) ones too
            s0, _ = sentence_of(text, run[0].start)
            prev = previous_sentence(text, s0)
            lo = prev[0] if prev else s0
            lead = text[max(s0, run[0].start - 200):run[0].start].lower()
            subject = next((w for w in ("tố cáo", "khiếu nại", "kiến nghị") if w in lead), None)
            cands, named = [], []
            for f in index.last_before(block.id, run[0].start, 12):  # (the figures just before: a window)
                if f.start < lo:
                    continue
                if f.value is None or not _SETTLED_FAR.search(text, max(lo, f.start - 80), f.start):
                    continue
                # "… và 90/100 vụ tố cáo. Qua giải quyết, kết luận tố cáo đúng …": the settled count of that kind first
                into = named if subject and subject in text[f.end:f.end + 30].lower() else cands
                if into is cands and not _SETTLED.search(text, max(lo, f.start - 40), f.start):
                    continue
                if f.kind == "ratio":
                    into.append(f.derived(fmt_vi(Decimal(f.extra["numerator"])), Decimal(f.extra["numerator"])))
                elif index.is_stock(f):
                    into.append(f)

            def kind_ok(c):  # ("23 đơn tố cáo" settled, "5 tố cáo sai" of them)
                u, v = c.unit.lower(), run[0].unit.lower()
                return not u or not v or same_kind(u, v) or u.endswith(" " + v) or v.endswith(" " + u)
            cands = [c for c in named if kind_ok(c)] or [c for c in cands if kind_ok(c)]
            if not cands:
                continue
            total = cands[-1]
            rel = _relation(total, [("", f) for f in run], "outcomes", block, quote(text, lo, sentence_of(text, run[-1].start)[1]),
                            listed=True)
            if rel is None:
                continue
            if not fits(total, rel.computed_lo, rel.computed_hi):
                soften(rel, "inferred_outcomes")
            done.update(f.id for f in run)
            out.append(rel)
    return out


_CONTRIBUTES = re.compile(r"\bđóng góp\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$", re.IGNORECASE)
_GROWTH = re.compile(r"\btăng(?:\s+trưởng)?\b[^;.]{0,80}$", re.IGNORECASE)
_OVERALL = re.compile(r"\b(?:mức|tốc độ)\s+tăng(?:\s+trưởng)?\s+chung\b", re.IGNORECASE)


def _contribution_points(doc: Document, index: Index, done: set[str]) -> list[Relation]:
    """``GRDP ước tăng 8,12% … . Trong mức tăng chung, công nghiệp đóng góp 4,47 điểm phần trăm; dịch vụ đóng góp
    2,61 điểm phần trăm; …``: the sectors' contributions, in points, add up to the growth rate stated just before
    (in their sentence or the one before).  Certain when the sentence says they split ``mức tăng chung``; else read
    from place (a warning)."""
    out = []
    prev_par = None
    for block in doc.blocks:
        text = block.text
        figs = index.by_block.get(block.id, [])
        run: list[Figure] = []
        for f in figs + [None]:
            if f is not None and f.value is not None and (f.unit or "").lower().startswith("điểm") \
                    and _CONTRIBUTES.search(text, max(0, f.start - 25), f.start) \
                    and (not run or not re.search(r"\.\s", text[run[-1].end:f.start])):
                run.append(f)
                continue
            if len(run) >= 2 and not any(p.id in done for p in run):
                s0, s1 = sentence_of(text, run[0].start)
                prev = previous_sentence(text, s0)
                lo = prev[0] if prev else s0
                def growth_rates(b, lo_, hi_):
                    t = b.text
                    return [x for x in index.last_before(b.id, hi_, 12) if x.start >= lo_ and x.kind == "percent"
                            and x.value is not None and _GROWTH.search(t, max(lo_, x.start - 80), x.start)
                            and not _CONTRIBUTES.search(t, max(0, x.start - 25), x.start)
                            and not re.match(r"[^;.]{0,15}\bđóng góp\b", t[x.end:x.end + 30])]  # (a sector's own rate)
                rates = growth_rates(block, lo, run[0].start)
                if not rates and prev_par is not None and _OVERALL.search(text, s0, run[0].start):
                    # "Trong mức tăng chung, …" opening a paragraph: the rate is in the paragraph before
                    rates = growth_rates(prev_par, 0, len(prev_par.text) + 1)
                if rates:
                    total = rates[0]  # the overall rate opens the passage; the sectors' own rates come after it
                    whole = total.derived(total.text, total.value, unit=run[0].unit)
                    whole.decimals, whole.scale = total.decimals, total.scale
                    rel = _relation(whole, [("", p) for p in run], "contributions", block,
                                    quote(text, lo, sentence_of(text, run[-1].start)[1]), listed=True)
                    if rel is not None:
                        rel.id = f"{CHECK}:{total.id}:contributions"
                        if not _OVERALL.search(text, lo, run[0].start) and not fits(whole, rel.computed_lo, rel.computed_hi):
                            soften(rel, "inferred_contributions")
                        done.update(p.id for p in run)
                        out.append(rel)
            run = []
        if block.kind == "paragraph":
            prev_par = block
    return out


_MONTH_OF = re.compile(r"\btháng\s+(\d{1,2})(?![\d/])", re.IGNORECASE)
_QUARTER_OF = re.compile(r"\bquý\s+(I{1,3}|IV|[1-4])(?![\w])|\b(\d{1,2})\s+tháng(?:\s+đầu\s+năm)?\b", re.IGNORECASE)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _own_words(text: str, index: Index, block_id: str, f: Figure) -> str:
    """The words since the quantity before the figure (dates and years are words here: ``tháng 1 đạt``)."""
    before = [x for x in index.last_before(block_id, f.start, 4) if x.kind in TOTAL_KINDS | {"percent", "ratio"}]
    lo = max(before[-1].end if before else 0, f.start - 80)
    return text[lo:f.start]


def _month_parts(doc: Document, index: Index, done: set[str]) -> list[Relation]:
    """``Quý I/2025 ước đạt 21.846 tỷ đồng … . Tính riêng từng tháng, tháng 1 đạt 7.512 tỷ đồng, tháng 2 đạt 6.979
    tỷ đồng và tháng 3 ước đạt 7.384 tỷ đồng``: the months of a quarter (or of the first N months) add up to its
    figure of the same unit, stated in the sentence or the two before.  Read from the period words: a warning."""
    out = []
    last_par = None  # the paragraph before this block
    for block in doc.blocks:
        text = block.text
        figs = [f for f in index.by_block.get(block.id, []) if index.is_stock(f) and f.unit and not index.paren(f)]
        prev_par, last_par = last_par, (block if block.kind == "paragraph" else last_par)
        i = 0
        while i < len(figs):
            run, months = [], []
            j = i
            while j < len(figs) and len(run) < 12:
                m = _MONTH_OF.search(_own_words(text, index, block.id, figs[j]))
                if not m or (run and (not same_unit(figs[j].unit, run[0].unit) or int(m.group(1)) != months[-1] + 1
                                      or re.search(r"\.\s", text[run[-1].end:figs[j].start]))):
                    break
                run.append(figs[j])
                months.append(int(m.group(1)))
                j += 1
            if len(run) < 2 or any(f.id in done for f in run):
                i += 1
                continue
            i = j
            s0, _ = sentence_of(text, run[0].start)
            lo = s0
            for _ in range(2):
                prev = previous_sentence(text, lo)
                if prev is None:
                    break
                lo = prev[0]
            wholes = []
            pool = [(block, w) for w in index.last_before(block.id, run[0].start, 20) if w.start >= lo]
            if prev_par is not None and s0 == sentences(text)[0][0]:  # the paragraph opens with the months
                pool = [(prev_par, w) for w in index.by_block.get(prev_par.id, [])[-20:]] + pool
            for b, w in pool:
                if not index.is_stock(w) or not same_unit(w.unit, run[0].unit) or w in run:
                    continue
                q = _QUARTER_OF.search(_own_words(b.text, index, b.id, w))
                if not q:
                    continue
                span = (range(3 * _ROMAN.get(q.group(1).upper(), 0) - 2, 3 * _ROMAN.get(q.group(1).upper(), 0) + 1)
                        if q.group(1) and not q.group(1).isdigit() else
                        range(3 * int(q.group(1)) - 2, 3 * int(q.group(1)) + 1) if q.group(1) else range(1, int(q.group(2)) + 1))
                if list(span) == months:
                    wholes.append(w)
            if len(wholes) != 1:
                continue
            rel = _relation(wholes[0], [("", f) for f in run], "months", block,
                            quote(text, lo, sentence_of(text, run[-1].start)[1]), listed=True)
            if rel is None:
                continue
            if not fits(wholes[0], rel.computed_lo, rel.computed_hi):
                soften(rel, "inferred_months")
            done.update(f.id for f in run)
            out.append(rel)
    return out


#: ``…, nếu loại trừ tiền sử dụng đất 1.200 tỷ đồng thì đạt 3.800 tỷ đồng``: the total less a part is the rest.
_EXCLUDING = re.compile(r"\b(?:nếu\s+)?(?:loại trừ|không kể|không tính|trừ đi)\b", re.IGNORECASE)
_THEN = re.compile(r"\s*(?:thì|,)\s*(?:còn|đạt|là|chỉ còn|ước đạt|bằng)?\s*(?:(?:khoảng|gần|hơn|trên)\s+)?$", re.IGNORECASE)


def _remainders(doc: Document, index: Index) -> list[Relation]:
    """``Tổng thu đạt 5.000 tỷ đồng, nếu loại trừ tiền sử dụng đất 1.200 tỷ đồng thì đạt 3.800 tỷ đồng``: 5.000 =
    1.200 + 3.800 (the cue words make the relation certain)."""
    out = []
    for block in doc.blocks:
        text = block.text
        for m in _EXCLUDING.finditer(text):
            s0, s1 = sentence_of(text, m.start())
            before = [f for f in index.within(block.id, s0, m.start()) if index.is_stock(f)]
            after = [f for f in index.within(block.id, m.end(), s1) if index.is_stock(f)]
            if not before or len(after) < 2:
                continue
            total, part, rest = before[-1], after[0], after[1]
            if not (same_unit(total.unit, part.unit) and same_unit(total.unit, rest.unit)):
                continue
            between = text[part.end:rest.start]
            if part.unit and between.lstrip().lower().startswith(part.unit.lower()):
                between = between.lstrip()[len(part.unit):]
            if not _THEN.fullmatch(between):
                continue
            rel = _relation(total, [("loại trừ", part), ("còn lại", rest)], "remainder", block, quote(text, s0, s1),
                            listed=True)
            if rel:
                out.append(rel)
    return out


def _adds_up(doc: Document, index: Index, done: set[str]) -> list[Relation]:
    """A total followed, in its sentence, by a run of figures of its unit that add up to it exactly (within
    rounding): ``xuất nhập khẩu đạt 35,08 tỷ USD, … xuất khẩu 17,67 tỷ USD, nhập khẩu 17,41 tỷ USD``.  No cue word
    says they are its parts, so only a sum that holds is recorded (a pass, with a note), and only where a
    coincidence is unlikely: a total pinned by its figures (not ``trên 353 tỷ``), parts one after another (the first
    within the next clause, each within a short gap of the one before), none of them a share-holding sibling, and no
    small total (under 20) split in two."""
    out = []
    for block in doc.blocks:
        text = block.text
        stocks = [f for f in index.by_block.get(block.id, []) if index.is_stock(f) and f.kind in TOTAL_KINDS]
        for i, total in enumerate(stocks):
            if total.id in done or total.value is None or total.value <= 0 or total.qualifier:
                continue
            if _own_share_follows(index, block.id, text, total):
                continue
            _, s1 = sentence_of(text, total.start)
            nxt = next_sentence(text, s1)
            if nxt is not None and _DISPOSITION.match(text, nxt[0]):
                s1 = nxt[1]  # "… bắt giữ 40 vụ, 52 đối tượng. Đã khởi tố 31 vụ, 40 bị can, xử lý hành chính …"
            parts: list[Figure] = []
            prev_end = total.end
            for f in stocks[i + 1:i + 26]:  # a window of figures, never all pairs (cost linear in the figures)
                if f.start >= s1 or f.value is None:
                    break
                gap = text[prev_end:f.start]
                if len(gap) > (140 if not parts else 80) or index.paren(f) is not None and index.paren(f) != index.paren(total):
                    break
                if not (same_kind(f.unit, total.unit) or (not f.unit and _TAIL_UNIT.match(text, f.end))):
                    # a figure of another unit between two parts ("… 12 dự án với 980 triệu USD; …", "khởi tố 24 vụ,
                    # 36 bị can; xử lý hành chính 3 vụ, 4 đối tượng": the cases and the persons are two partitions)
                    continue
                if f.id in done or f.qualifier in ("trên", "hơn", "ngoài", "dưới"):
                    break
                if _own_share_follows(index, block.id, text, f):
                    break
                parts.append(f)
                prev_end = f.end
                lo, hi, _, _ = sum_interval(parts)
                if len(parts) >= 2 and fits(total, lo, hi) and _exact_enough(total, parts) \
                        and not (total.value < 20 and len(parts) == 2):
                    rel = _relation(total, [("", p) for p in parts], "adds_up", block,
                                    quote(text, sentence_of(text, total.start)[0], s1), listed=True)
                    if rel:
                        rel.note = rel.note or "parts_by_sum"
                        done.update([total.id] + [p.id for p in parts])
                        out.append(rel)
                    break
                if hi is not None and total.value is not None and lo > total.value * Decimal("1.1"):
                    break
    return out


def _own_share_follows(index: Index, block_id: str, text: str, f: Figure) -> bool:
    nxt = index.within(block_id, f.end, min(len(text), f.end + 60))
    return bool(nxt) and nxt[0].kind == "percent" and index.role(nxt[0]) == "share"


_TAIL_UNIT = re.compile(r"\s*(?:[;,.)]|$|\s+và\s)")


def _exact_enough(total: Figure, parts: list[Figure]) -> bool:
    """The sum must pin the total: with rounded or hedged figures the sum's interval must be narrower than a tenth
    of the total (else any near figures would "add up")."""
    lo, hi, _, _ = sum_interval(parts)
    if hi is None:
        return False
    return (hi - lo) <= abs(total.value) / 10


def _unit_end(text: str, total: Figure) -> int:
    """Offset just after the total's unit phrase (``12 đảng bộ trực thuộc|, gồm``)."""
    pos = total.end
    m = re.compile(r"[^\d,;:.()]*").match(text, pos)
    return m.end() if m else pos


def _clause_end_after(text: str, pos: int) -> int:
    m = re.compile(r"[;.](?=\s|$)|\n").search(text, pos)
    return m.start() if m else len(text)
