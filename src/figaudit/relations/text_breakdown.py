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

This module holds the shapes anchored on the total itself (the three above); the later shapes, which read a whole
sentence or list, live in ``breakdown_lists`` and ``breakdown_genres`` and run in the order of ``LATER_SHAPES``. All
of them build their relation with ``breakdowns.breakdown``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from figaudit import grammar as g
from figaudit.figures import Figure
from figaudit.model import Document
from figaudit.relations import Relation, exact_or_interval, register, soften
from figaudit.relations import breakdown_genres, breakdown_lists, compound, trade
from figaudit.relations.common import (
    QUANTITY_KINDS,
    TOTAL_KINDS, Index, clause_of, fits, paren_span, parse_parts, quote, same_kind, same_unit, sentence_of, sum_interval,
    unit_head,
)
from figaudit.relations.frames import SUBSET_CUE
from figaudit.relations.breakdowns import (
    CHECK, OPEN_WORDS, SUBSET_START, breakdown, closed_partition, exact_enough, is_marked_total, within_whole,
)

#: after a figure, the lead of its own list: "10.599 đơn vị hành chính cấp xã gồm có: …" (a new total, no item)
_OWN_LIST = re.compile(r"[^,;:()\d]{0,60}?\b(?:bao\s+)?gồm(?:\s+có)?\s*:", re.IGNORECASE)
_GAP_TO_PAREN_WIDE = re.compile(r"[^;.()]{0,50}?\s*(?=\()")
#: a long description between a total and its bracket, with no subset cue in it ("trong đó", "riêng", "có")
_GAP_TO_PAREN_FAR = re.compile(r"(?:(?!trong đó|riêng|\bcó\b)[^\d;.()]){0,110}?\s*(?=\()", re.IGNORECASE)
#: the tiers of a standard above its plain level: "đạt chuẩn nông thôn mới" ⊃ "… nâng cao" ⊃ "… kiểu mẫu"
_STANDARD_MET = re.compile(r"\bđạt\s+chuẩn\b", re.IGNORECASE)
_HIGHER_TIER = g.pattern("higher_tier", r"\b(?:nâng cao|kiểu mẫu)\b", matches=["6 xã đạt chuẩn nông thôn mới nâng cao"],
                         rejects=["21 xã đạt chuẩn nông thôn mới"], flags=re.IGNORECASE)


def _higher_tiers(whole_words: str, bracket: str) -> bool:
    """A whole that meets a standard (``xã đạt chuẩn NTM``) and a bracket naming its higher tiers."""
    return bool(_STANDARD_MET.search(whole_words) and not _HIGHER_TIER.search(whole_words) and _HIGHER_TIER.search(bracket))


_LIST_LEAD = re.compile(r"\s*[,;]?\s*(?:gồm có|bao gồm|gồm|cụ thể(?: là| như sau)?|chia ra|(?:với|bằng|theo)\s+(?:các\s+)?hình thức"
                        # "phân theo khu vực như sau:", "chia theo loại hình như sau:"
                        r"|(?:phân|chia)\s+(?:ra\s+)?theo\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?\s+như sau)\s*:?\s*"
                        r"|\s*:\s*", re.IGNORECASE)
_COMPOUND_UNIT = re.compile(r",\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}(?=\s*,\s*(?:gồm|bao gồm)\b)", re.IGNORECASE)
_FORM_LEAD = re.compile(r"\s(?:với|bằng|theo|dưới)\s+(?:các\s+)?hình thức(?:\s+sau)?\s*:?\s*(?=\S)", re.IGNORECASE)
#: rates or levels, not parts: "(mức 300.000 đồng và 600.000 đồng/suất)", "(định mức 2 triệu đồng/hộ)"
_RATE_LEVELS = re.compile(r"\b(?:mức|định mức|đơn giá)\b|\d\s*[^\W\d_]*\s*/\s*(?:suất|người|hộ|tháng|năm|ha|con|kg|lượt|căn|m2|m²)\b",
                          re.IGNORECASE)
_CHANGE = re.compile(r"\b(?:tăng|giảm|so với)\b", re.IGNORECASE)
#: a bracket ranking the total against others' figures: "225 xã (chỉ sau tỉnh A 252 xã và tỉnh B 226 xã)"
_RANKED = g.pattern("ranked", r"\s*(?:chỉ\s+)?(?:xếp\s+|đứng\s+)?(?:sau(?!\s+đại học)|trước|hơn|kém|nhiều hơn|ít hơn|cao hơn|thấp hơn)\s",
                    matches=["chỉ sau tỉnh A 252 xã", "đứng sau Hà Nội với 12 trường", "nhiều hơn huyện B 5 xã"],
                    rejects=["huyện A 20 xã", "sau đại học 15 người"], flags=re.IGNORECASE)
_PENDING = re.compile(r"^(?:đang|chưa|còn đang|còn)\b", re.IGNORECASE)
_DONE = re.compile(r"\bđã\b[^,;]{0,30}$", re.IGNORECASE)
#: the total's own predicates between it and its list: ", đạt 59% dự toán giao", ", tăng 12% so với cùng kỳ"
_PREDICATES = re.compile(r"(?:\s*,\s*(?:đạt|bằng|tăng|giảm|vượt)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?[\d.,]+\s*%[^,;.:()\d]{0,40}){1,3}",
                         re.IGNORECASE)
#: a lead's words up to its colon ("gồm các nhãn hiệu:")
_WORDS_TO_COLON = re.compile(r"\s*(?:gồm có|bao gồm|gồm)\b[^\d,;:.()]{0,40}:", re.IGNORECASE)
#: a list lead and the first item's name between a total and a bracket: the bracket is that item's quantity
_FIRST_ITEM_BEFORE = re.compile(r"(?:\b(?:gồm có|bao gồm|gồm)\b[^():;\d]*:?|:)\s*[^\W\d_][^():;,]*$", re.IGNORECASE)
#: a lead that names a list of components (not "cụ thể", nor a bare colon)
_NAMED_LEAD = re.compile(r"\s*[,;]?\s*(?:gồm có|bao gồm|gồm)\s*:?\s*", re.IGNORECASE)
_ITEM_PREDICATE_ROLES = ("plan_pct", "change_pct", "attain", "share")
_NAMED_LEAD_INSIDE = re.compile(r"\b(?:bao gồm|gồm có|gồm)\b", re.IGNORECASE)


#: units that sit under the total's units, not among them: "chi bộ trực thuộc", "đảng bộ bộ phận"
_SUBORDINATE = re.compile(r"\b(?:trực thuộc|bộ phận)\b", re.IGNORECASE)
#: between two totals counted together: "5 vụ việc, 9 đối tượng (…)", "12 vụ và 20 bị can (…)"
_PAIRED_TOTALS = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*(?:,|\bvà\b|\bvới\b)\s*$", re.IGNORECASE)


#: a label naming a place: "huyện An Lạc", "tỉnh Bình Sơn", "TP. Hải Dương", "Hà Nội" (every word of the name
#: capitalised; not "Cấp huyện")
_PLACE_WORD = re.compile(r"^(?:(?:tại|ở)\s+)?(?:(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)\s+)?",
                         re.IGNORECASE)
_PROPER_NAME = re.compile(r"(?!Cấp\b)(?:[A-ZĐÀ-Ỹ][^\W\d_]*\.?)(?:(?:\s+|\s*[-–]\s*)[A-ZĐÀ-Ỹ][^\W\d_]*)*")


def _head_nouns(text: str, total: Figure, end: int, parts: list) -> tuple[str, ...]:
    """The parts' units the words after the total name as what it counts: ``27 đề tài, dự án (04 dự án …, 20 đề tài
    …)``, ``12 đề tài và dự án (…)`` — each a word of its own in those words (no figure between)."""
    words = " " + " ".join(re.sub(r"[,/]", " ", text[total.end:end]).lower().split()) + " "
    if len(words) > 60 or any(ch.isdigit() for ch in words):
        return ()
    if not total.unit and (lead := _SUBJECT_IS.search(text[max(clause_of(text, total.start)[0], total.start - 60):
                                                            total.start])):
        # "số nhà sập đổ, hư hỏng là 95 (tỉnh A 20 nhà, …)": a bare total after "là" counts the noun its subject
        # names, which its parts carry
        words += " ".join(re.sub(r"[,/]", " ", lead.group(1)).lower().split()) + " "
    return tuple(f.unit.lower() for _, f in parts if f.unit and f" {f.unit.lower()} " in words)


def _all_places(parts: list) -> bool:
    """Every part labelled by the name of a place."""
    labels = [lab.strip() for lab, _ in parts]
    return bool(labels) and all(_PROPER_NAME.fullmatch(lab[_PLACE_WORD.match(lab).end():]) for lab in labels)


def _paired_owner(text: str, total: Figure, parts: list, c0: int, block_id: str, index: Index) -> Figure | None:
    """``phát hiện 5 vụ việc, 9 đối tượng (qua thanh tra 2 vụ, qua điều tra 3 vụ)``: a parenthesis after the second of
    two totals counted together, whose parts are all in the first total's unit, breaks down the first."""
    if not parts or any(not f.unit or same_kind(f.unit, total.unit) for _, f in parts):
        return None
    before = index.within(block_id, c0, total.start)
    if not before or not index.is_stock(before[-1]) or not _PAIRED_TOTALS.fullmatch(text, before[-1].end, total.start):
        return None
    prev = before[-1]
    return prev if all(same_kind(f.unit, prev.unit) for _, f in parts) else None


#: a bracket that names only the main items: "(tập trung tại …", "(chủ yếu là …", "(như …", "(nhiều nhất là …"
_OPEN_PAREN = re.compile(r"\s*(?:tập trung (?:tại|ở|chủ yếu)|chủ yếu|như|điển hình|nhiều nhất|cao nhất|nổi bật|một số)\b",
                         re.IGNORECASE)
#: a list that trails off: "…, Yên Bái 2.559 ha...)"
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)\s*$")


def _list_owner(text: str, total: Figure, parts: list, index: Index, block_id: str) -> Figure | None:
    """The figure a ``gồm`` list breaks down.  A change before the lead may own it only if the parts add up to it:
    ``có 596 trường, giảm 8 trường so với năm học trước do sáp nhập, gồm 201 trường mầm non, …`` lists the 596
    schools (the stock of the sentence the sum matches), not the 8 fewer; when neither adds up, nothing is said."""
    if index.role(total) not in ("change", "negative"):
        return total
    lo, hi, _, _ = sum_interval([f for _, f in parts])
    if lo is None or fits(total, lo, hi):
        return total
    s0, _ = sentence_of(text, total.start)
    for f in reversed(index.within(block_id, s0, total.start, TOTAL_KINDS)):
        if index.is_stock(f) and same_unit(f.unit, total.unit):
            return f if fits(f, lo, hi) else None
    return None


def _predicated_items(text: str, total: Figure, start: int, end: int, block_id: str, index: Index) -> list | None:
    """``gồm: thu từ thuế, phí 210,4 tỷ đồng, đạt 71% dự toán; thu tiền sử dụng đất 95,2 tỷ đồng, đạt 62% …``:
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
        if items and not same_unit(f.unit, total.unit) and _WITH_BEFORE.search(text[last:f.start]):
            continue  # "khởi tố 42 vụ với 58 bị can": the item's second figure, in its own unit
        if not same_unit(f.unit, total.unit) or not (
                re.search(r"[^\W\d_]{2,}", text[last:f.start])
                or not items and f.unit and re.match(rf"\s*{re.escape(f.unit)}\s+[^\W\d_]{{2,}}", text[f.end:end])):
            return None  # another unit, or an item without a label (before it, or after the first item's unit:
            # "gồm 310 doanh nghiệp tạm ngừng …, 150 doanh nghiệp …")
        items.append(("", f))
        last = f.end
    return items if len(items) >= 2 else None


_WITH_ITEM = re.compile(r"[^\d;.]{0,30}?\bvới\s+(?:(?:trên|hơn|gần|khoảng|tổng số)\s+)?", re.IGNORECASE)
_WITH_BEFORE = re.compile(r"^\s*[^\W\d_]*(?:\s+[^\W\d_]+){0,2}\s+với\s*$", re.IGNORECASE)


def _loose_paren(text: str, total: Figure, span: tuple[int, int], block_id: str, index: Index,
                 near: bool = False) -> list | None:
    """A parenthesis or ``gồm`` list too wordy to parse as a list (``(gồm 1.020 vụ sự cố điện ở khu dân cư, nhà xưởng
    và 430 vụ cháy rơm, cỏ khô)``): its figures of the total's unit, when there are no others and they add up exactly (a
    pass only).  After a colon (``near``: ``đạt 4.200 tỷ đồng: 1.400 tỷ đồng là vốn của doanh nghiệp mới và 2.800 tỷ
    đồng là vốn do 40.000 lượt doanh nghiệp tăng thêm``) figures of another kind may describe an item, and a sum
    within 3 % of the total is kept too (the caller warns)."""
    figs = index.within(block_id, span[0], span[1])
    parts = [f for f in figs if f.kind in TOTAL_KINDS and f.value is not None]
    if near:
        parts = [f for f in parts if f.kind == total.kind]
    taken = {f.id for f in parts}  # (by id: a list's membership compares whole figures, pair by pair)
    # (a code is no quantity: the "3" of "1.400m3" is read as digits glued to a word)
    others = [f for f in figs if f.kind not in ("date", "year", "label", "reference", "code") and f.id not in taken]
    if len(parts) < 2 or (others and not near) or any(f.kind == total.kind for f in others) \
            or any(not same_unit(f.unit, total.unit) or f.qualifier for f in parts):
        return None
    lo, hi, _, _ = sum_interval(parts)
    if not exact_enough(total, parts) or (total.value < 20 and len(parts) == 2):
        return None
    if not fits(total, lo, hi) and not (near and abs(sum(f.value for f in parts) - total.value) <= total.value * Decimal("0.03")):
        return None
    return [("", f) for f in parts]


#: an item's own words after its figure, to the next mark or "và": "40 trạm y tế phường và …" → " trạm y tế phường"
_ITEM_WORDS = re.compile(r"(?:(?!\svà\s)[^\d,;:()]){0,60}")


def _kinds(total: Figure, parts: list, block, q: str) -> Relation | None:
    """``186 chủ thể (48 hợp tác xã, 62 doanh nghiệp, 67 hộ kinh doanh)``: a count of a collective noun, bracketing
    counts each of its own kind (no two alike, none the total's): the kinds are its parts.  A bracket may also count
    something else (``25 xã (120 thôn, 45 tổ dân phố)``), so the reading is kept only when the sum comes near the
    total (within a tenth): a sum that holds passes, a near miss warns."""
    figs = [f for _, f in parts]
    heads = [unit_head(f.unit) for f in figs]
    if total.kind != "count" or not total.unit or len(figs) < 2 or any(f.kind != "count" or not f.unit for f in figs) \
            or any(same_kind(f.unit, total.unit) for f in figs):
        return None
    # (kinds of one head told apart by their words: "12 trạm y tế xã, 40 trạm y tế phường" — then only a sum that
    # holds is kept)
    named = len(set(heads)) == len(heads)
    if not named and same_kind(total.unit, "người"):
        return None  # ("48 học sinh (7 giải Nhất, 19 giải Nhì, …)": prizes of people, read by prize_levels)
    if not named and len({" ".join(_ITEM_WORDS.match(block.text, f.end).group().split()).lower() for f in figs}) != len(figs):
        return None
    rel = breakdown(total, parts, "paren_kinds", block, q, listed=True)
    if rel is None or rel.computed is None or total.value is None or total.value <= 0:
        return None
    if fits(total, rel.computed_lo, rel.computed_hi):
        rel.note = rel.note or "parts_by_sum"
        return rel
    if named and abs(rel.computed - total.value) <= total.value / 10:
        return soften(rel, "inferred_kinds")
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
            if _THRESHOLD_BEFORE.search(text, max(0, total.start - 30), total.start):
                continue  # "4 tỉnh có kim ngạch dưới ngưỡng 100 triệu USD, gồm: A 42,3 triệu, …": a bar each item is
                # under, never their total
            after = total.end
            # 0. "giảm 240 người do nghỉ hưu (150 người), chuyển công tác (60 người) và thôi việc (30 người)"
            cause = _CAUSE_LEAD.match(text, total.end)
            parts = _bracketed_items(text, total, cause.end(), block.id, index) \
                if cause and not _NOT_ALL_CAUSES.search(cause.group()) else None
            if parts:
                end = index.paren(parts[-1][1])[1] + 1
                rel = breakdown(total, parts, "causes", block, quote(text, clause_of(text, total.start)[0], end),
                                listed=False)
                if rel:
                    out.append(soften(rel, "inferred_causes"))  # a net change may also hold what it offsets
                continue
            # 1. A parenthesis right after the total (and its unit words).
            m = g.GAP_TO_PAREN.match(text, total.end)
            if m is None and (w := _GAP_TO_PAREN_WIDE.match(text, total.end)) is not None and not [
                    f for f in index.within(block.id, total.end, w.end()) if f.kind in QUANTITY_KINDS]:
                m = w  # "46 khách sạn được xếp hạng từ 3 đến 5 sao (28 …": a range or a label between, no figure of count
            far = False
            if m is None and (w := _GAP_TO_PAREN_FAR.match(text, total.end)) is not None and not [
                    f for f in index.within(block.id, total.end, w.end()) if f.kind in QUANTITY_KINDS]:
                # "kỷ luật 9 người là cấp ủy viên cấp dưới, cán bộ thuộc diện Ban Thường vụ quản lý (khiển trách 4
                # trường hợp, …)": a long description between; taken only when every part counts the total's kind
                far_span = paren_span(text, w.end())
                far_parts = parse_parts(text, far_span[0], far_span[1], block.id, index) if far_span else None
                if far_parts and len(far_parts) >= 2 and all(f.unit and same_kind(f.unit, total.unit) for _, f in far_parts):
                    m, far = w, True
            if m and _FIRST_ITEM_BEFORE.search(text, total.end, m.end()):
                m = None  # "60 thùng …, gồm: Hero (20 thùng), Jet (15 thùng)": the bracket is the first item's, and
                # the list after the lead is read below
            if m:
                span = paren_span(text, m.end())
                gom = _SUBSET_GOM.match(text, span[0], span[1]) if span else None
                if gom:  # "(trong đó gồm 50 ý kiến …, 04 ý kiến … và 06 ý kiến …)": what follows "gồm" is the list
                    span = (gom.end(), span[1])
                if span and not _CHANGE.search(text[span[0]:span[1]]) and not SUBSET_START.match(text[span[0]:span[1]]) \
                        and not _RANKED.match(text, span[0]) \
                        and not _RATE_LEVELS.search(text, span[0], span[1]):
                    parts = parse_parts(text, span[0], span[1], block.id, index)
                    if parts and any(_SUBORDINATE.search(f"{lab} {f.unit}") for lab, f in parts):
                        parts = None  # "70 đảng bộ cơ sở (5 đảng bộ bộ phận và 640 chi bộ trực thuộc)": units under it
                    if parts and _higher_tiers(text[total.end:m.end()], text[span[0]:span[1]]):
                        parts = None  # "21 xã … đạt chuẩn nông thôn mới (6 xã nâng cao, 2 xã kiểu mẫu)": higher
                        # tiers of the standard nest inside the whole, they do not split it
                    loose = False
                    if not parts:
                        parts, loose = _loose_paren(text, total, span, block.id, index), True
                    if parts and _OPEN_PAREN.match(text, span[0]) or parts and _ELLIPSIS_END.search(text, span[0], span[1]):
                        # "160.851 ha lúa bị ngập (tập trung tại A 25.780 ha; …; B 2.559 ha...)": the places hit most,
                        # not all of them — together they stay within the whole
                        c0, _ = clause_of(text, total.start)
                        figs = [f for _, f in parts if f.unit and same_unit(f.unit, total.unit)]
                        if len(figs) >= 2:
                            out.append(within_whole(total, figs, "paren_open", block, quote(text, c0, span[1] + 1)))
                        parts = None
                    if parts:
                        c0, _ = clause_of(text, total.start)
                        owner = _paired_owner(text, total, parts, c0, block.id, index) if not loose else None
                        rel = breakdown(owner or total, parts, "paren", block, quote(text, c0, span[1] + 1), listed=False,
                                        nouns=_head_nouns(text, owner or total, m.end(), parts))
                        if rel and loose:
                            rel.note = rel.note or "parts_by_sum"
                        if rel and far:
                            soften(rel, "inferred_far_paren")  # the bracket may describe the words just before it
                        if rel and gom:
                            soften(rel, "inferred_subset_gom")  # "trong đó" says of it, "gồm" all of it: a warning
                        if rel and rel.computed_hi is not None and rel.stated_lo is not None \
                                and rel.computed_hi < rel.stated_lo and (total.qualifier or _all_places(parts)):
                            soften(rel, "inferred_paren_examples")  # "gần 800 ha (huyện A 350 ha, huyện B 120 ha)":
                            # places named in brackets may be only the main ones
                        if rel is None and not loose:
                            rel = _kinds(total, parts, block, quote(text, c0, span[1] + 1))
                        if rel:
                            out.append(rel)
                    after = span[1] + 1
            # 2. gồm / bao gồm / colon, in the same clause.
            at = after if after > total.end else _unit_end(text, total)
            if after > total.end and (named := _WORDS_TO_COLON.match(text, after)) is not None:
                at = named.end() - 1  # "60 thùng … (30.000 bao) gồm các nhãn hiệu: Hero (20 thùng), …": the list is
                # after the colon, past the words that name its items
            lead = _LIST_LEAD.match(text, at)
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
                if ":" in lead.group() and lead.group().strip(" ,;:"):
                    c1 = max(c1, sentence_of(text, lead.end())[1])  # "gồm: A 45 hộ; B 35 hộ; C 20 hộ": to its end
                if lead.group().strip(" ,;") == ":" and OPEN_WORDS.search(text, lead.end(), c1):
                    continue  # "40 xã đạt chuẩn: như xã A …, xã B …": examples, not the breakdown
                parts = parse_parts(text, lead.end(), c1, block.id, index) if not wordy else None
                if parts and (k := next((k for k, (_, f) in enumerate(parts) if k and _OWN_LIST.match(text, f.end)),
                                        None)) is not None:
                    parts = parts[:k]  # "… 84 thành phố và 10.599 đơn vị cấp xã gồm có: …": a total with a list of its
                    # own ends the list before it
                if parts:  # "gồm 1.417 lớp học, với trên 44.000 học sinh": what the item has, in its own unit, no item
                    parts = [(lab, f) for k, (lab, f) in enumerate(parts) if k == 0 or not (
                        _WITH_ITEM.fullmatch(text, parts[k - 1][1].end, f.start) and f.unit
                        and not same_kind(f.unit, parts[k - 1][1].unit))]
                if not parts and not wordy and (cols := _two_columns(text, total, lead, block, index)):
                    out += cols
                    continue
                loose = False
                if not parts:
                    parts, loose = _loose_paren(text, total, (lead.end(), c1), block.id, index,
                                                near=lead.group().strip(" ,") == ":"), True
                if not parts and _NAMED_LEAD.fullmatch(lead.group()):
                    end = sentence_of(text, lead.end())[1] if ":" in lead.group() else c1
                    parts = _predicated_items(text, total, lead.end(), end, block.id, index)
                    owner = _list_owner(text, total, parts, index, block.id) if parts else None
                    if parts and owner is not None:  # (a change before the lead owns the list only if it adds up)
                        rel = breakdown(owner, parts, "list", block, quote(text, clause_of(text, owner.start)[0], end),
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
                if parts and total.qualifier in ("dưới", "trên", "hơn") and _counted_before(text, index, block.id, total,
                                                                                      len(parts)):
                    parts = None  # "3 huyện có số thu trên 50 tỷ đồng, gồm: A 81,5 tỷ, B 64,2 tỷ và C 58,3 tỷ": the
                    # items the count before counts, each past the bar — the bar is no total of them
                owner = _list_owner(text, total, parts, index, block.id) if parts else None
                if owner is not None:
                    rel = breakdown(owner, parts, "list", block, quote(text, clause_of(text, owner.start)[0], c1), listed=True)
                    if rel and loose and not fits(owner, rel.computed_lo, rel.computed_hi):
                        soften(rel, "inferred_loose_list")  # (a wordy list read by its figures: a near miss warns)
                    elif rel and loose:
                        rel.note = rel.note or "parts_by_sum"
                    if rel:
                        out.append(rel)
            # 3. A partition later in the sentence, closed by "còn (lại)" (or, for a total not called one, by a
            # remainder "đang giải quyết …").
            if not index.is_stock(total):
                continue
            marked = is_marked_total(text, total)
            if marked and _SUBSET_OPEN.match(text, sentence_of(text, total.start)[0]):
                marked = False  # "Trong đó diện tích A là 46 ha; B là 6.270 ha; … còn lại 1.943 ha": each item is a
                # part of the whole before, "là" marks no total of the items after it
            parts = closed_partition(text, total, index, block.id, after, marked=marked)
            if parts and not marked and (not fits(total, *(span := sum_interval(parts)[:2]))
                                         or span[1] is None and exact_or_interval(total)[1] is not None):
                parts = None  # a total the text does not call one: which figure the remainder completes is not
                # certain ("đã hướng dẫn 987 vụ việc; tiếp nhận 660 vụ việc; đã giải quyết 349, còn 311"), so only a
                # partition that adds up is recorded (a sum with an open end, "trên 9.000 ha … còn lại 3.500 ha", adds
                # up to no bounded total in particular; beside an open total, "hơn 1,9 nghìn", it may)
            if parts:
                s0, s1 = sentence_of(text, total.start)
                rel = breakdown(total, [("", f) for f in parts], "partition", block, quote(text, s0, s1), listed=False)
                if rel:
                    out.append(rel)
    for shape in LATER_SHAPES:  # the registry below, in order: each sees what the ones before it found
        out += shape(doc, index, out)
    return out


#: a bracket that opens "trong đó gồm": the items after it make the whole ("(trong đó gồm 50 …, 04 … và 06 …)")
_SUBSET_GOM = re.compile(r"\s*trong\s+(?:số\s+)?đó\s*,?\s*(?:bao\s+)?gồm(?:\s+có)?\s*:?\s*", re.IGNORECASE)
#: the subject of a bare total: "số nhà sập đổ, hư hỏng là " (no figure between), the words up to "là"
_SUBJECT_IS = re.compile(r"(?:^\s*|[;:.(]\s*|,\s+)((?:số\s+)?[^\W\d_]+(?:[\s,]+[^\W\d_]+){0,8})\s+là\s+$", re.IGNORECASE)
#: a sentence that opens as a subset of the whole before it: "Trong đó …"
_SUBSET_OPEN = re.compile(r"\s*trong\s+(?:số\s+)?đó\b", re.IGNORECASE)
#: a list of causes after a total: "… do nghỉ hưu (…), …" (not "chủ yếu do …", which names only the main ones)
_CAUSE_LEAD = re.compile(r"(?:\s++[^\W\d_]++){0,5}?(?:\s*+,\s*+|\s++)(?:là\s+)?do\s+(?!(?:một số|nhiều|những)\b)(?=[^\W\d_])", re.IGNORECASE)
_NOT_ALL_CAUSES = re.compile(r"\b(?:chủ yếu|phần lớn|một phần|trong đó|ngoài ra)\b", re.IGNORECASE)
#: between two bracketed items: ", " or " và " and the next label (no figure, no clause break)
_ITEM_GAP = re.compile(r"\)\s*(?:,|;|\bvà\b|,\s*và\b)\s*[^\W\d_][^\d();.:]{0,60}?\s*(?=\()", re.IGNORECASE)
_FIRST_LABEL = re.compile(r"[^\W\d_][^\d();.:,]{0,60}?\s*(?=\()")
_ITEM_JOIN = re.compile(r"^[,;\s]*(?:và\s+)?", re.IGNORECASE)
_LIST_END = re.compile(r"\)\s*(?:[.;]|$)")


def _bracketed_items(text: str, total: Figure, start: int, block_id: str, index: Index) -> list | None:
    """``nghỉ hưu (150 người), chuyển công tác (60 người) và thôi việc (30 người)``: labels each followed by a
    parenthesis holding only one figure in the total's unit, the list ending its clause; at least two items."""
    m = _FIRST_LABEL.match(text, start)
    if m is None:
        return None
    parts, label, pos = [], m.start(), m.end()
    while True:
        close = text.find(")", pos, pos + 42) if pos < len(text) and text[pos] == "(" else -1
        if close == -1 or "(" in text[pos + 1:close]:
            return None  # (a short bracket, looked for within its own reach: linear however the text goes on)
        span = (pos + 1, close)
        inside = index.within(block_id, span[0], span[1])
        if len(inside) != 1 or inside[0].kind not in TOTAL_KINDS or inside[0].value is None \
                or (inside[0].unit and not same_unit(inside[0].unit, total.unit)) or text[span[0]:inside[0].start].strip():
            return None
        parts.append((_ITEM_JOIN.sub("", " ".join(text[label:pos].split())), inside[0]))
        nxt = _ITEM_GAP.match(text, span[1])
        if nxt is None:
            break
        label, pos = span[1] + 1, nxt.end()
    if len(parts) < 2 or not _LIST_END.match(text, span[1]):
        return None
    return parts


_PAIRED_GAP = re.compile(r"\s*(?:,|;|\bvà\b|,\s*và\b)?\s*(?:[^\W\d_][^\d();.:]{0,60}?)?\s*$", re.IGNORECASE)


def _two_columns(text: str, total: Figure, lead, block, index: Index) -> list[Relation]:
    """``trao 3.250 suất quà, trị giá 1,62 tỷ đồng, gồm quà của tỉnh 1.200 suất (0,60 tỷ đồng) và quà của huyện 2.050
    suất (1,02 tỷ đồng)``: items of two figures each, one in a parenthesis after the other; each column is a breakdown
    of the one figure of its unit stated before the lead in the clause."""
    c0 = clause_of(text, total.start)[0]
    s1 = sentence_of(text, lead.end())[1]
    items, pos = [], lead.end()
    for f in index.within(block.id, lead.end(), s1):
        if items and len(items[-1]) == 1:  # the bracketed figure of the item before
            span = index.paren(items[-1][0])
            gap = text[items[-1][0].end:f.start]
            if span is not None or not gap.rstrip(" ").endswith("(") or len(gap) > 30 or re.search(r"[\d();,.]", gap[:-1]):
                return []
            span = paren_span(text, f.start - 1)
            if span is None or text[f.end:span[1]].strip() != f.unit or f.kind not in TOTAL_KINDS:
                return []
            items[-1].append(f)
            pos = span[1] + 1
            continue
        if f.kind not in TOTAL_KINDS or index.paren(f) is not None or f.start - pos > 80 \
                or not _PAIRED_GAP.match(text[pos:f.start]):
            break  # (a gap longer than a label and its joiner is none; not looked at, its run of spaces costs time)
        items.append([f])
    if len(items) < 2 or any(len(it) != 2 for it in items) or not _LIST_END.match(text, pos - 1):
        return []
    out = []
    before = [f for f in index.within(block.id, c0, lead.start()) if index.is_stock(f)]
    for col in (0, 1):
        parts = [it[col] for it in items]
        if not all(same_unit(p.unit, parts[0].unit) for p in parts):
            return []
        whole = [f for f in before if same_kind(f.unit, parts[0].unit) and f.kind == parts[0].kind]
        if len(whole) != 1:
            continue
        rel = breakdown(whole[0], [("", p) for p in parts], "list", block, quote(text, c0, pos), listed=True)
        if rel:
            out.append(rel)
    return out


def _unit_end(text: str, total: Figure) -> int:
    """Offset just after the total's unit phrase (``12 đảng bộ trực thuộc|, gồm``)."""
    pos = total.end
    m = re.compile(r"[^\d,;:.()]*").match(text, pos)
    return m.end() if m else pos


def _clause_end_after(text: str, pos: int) -> int:
    m = re.compile(r"[;.](?=\s|$)|\n").search(text, pos)
    return m.start() if m else len(text)


def _trade_totals(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """Exports and imports adding up to the trade total (``trade.totals``), unless the total is already broken down."""
    done = {r.figures[0] for r in found}
    return [r for r in trade.totals(doc, index, CHECK) if r.figures[0] not in done]


#: a bar named before a figure: "dưới ngưỡng 100 triệu USD", "vượt mức 50 tỷ đồng"
_THRESHOLD_BEFORE = re.compile(r"\b(?:ngưỡng|mức)\s+(?:(?:trên|dưới|hơn)\s+)?$", re.IGNORECASE)


def _counted_before(text: str, index: Index, block_id: str, total: Figure, n: int) -> bool:
    """A count of ``n`` items earlier in the total's clause (``3 huyện có số thu trên 50 tỷ đồng``)."""
    c0 = clause_of(text, total.start)[0]
    return any(f.kind == "count" and f.value == n and f.unit and not same_kind(f.unit, total.unit)
               for f in index.within(block_id, max(c0, total.start - 120), total.start))


#: The family's later shapes, in the order they run (an earlier shape claims a figure first).
LATER_SHAPES = (
    breakdown_lists.frame_sums, breakdown_lists.slash_twins, breakdown_lists.remainders, breakdown_lists.colon_lists,
    breakdown_lists.bullet_breakdowns, breakdown_lists.sum_sentences, breakdown_genres.outcomes,
    breakdown_genres.contribution_points, breakdown_genres.month_parts, breakdown_lists.trailing_totals,
    breakdown_lists.adds_up, breakdown_lists.bracket_sums, breakdown_lists.summed_twins, breakdown_lists.specifics, breakdown_lists.classified, breakdown_lists.ratio_remainders, breakdown_lists.ratio_splits,
    breakdown_lists.negated_rests, breakdown_lists.raised_totals, breakdown_genres.violations,
    breakdown_genres.traffic_modes, _trade_totals, breakdown_genres.fund_balances, breakdown_lists.combined_lists,
    breakdown_lists.union_counts,
    breakdown_genres.targets_met, breakdown_genres.per_unit_sums, breakdown_genres.exam_attendance, breakdown_genres.prize_levels,
    breakdown_genres.averages,
    breakdown_lists.trong_do_sentences, breakdown_genres.change_sums, breakdown_genres.two_tiers, compound.find,
)
