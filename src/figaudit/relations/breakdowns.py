"""What every finder of the ``text_breakdown`` family shares: the relation a total and its parts make, which parts
may be summed, and whether the text calls a figure a total or closes a partition with a remainder.

``breakdown`` builds the relation: ``thi hành kỷ luật 45 đảng viên (khiển trách 30, cảnh cáo 11, cách chức 4)`` is
45 against 30 + 11 + 4; a part in another unit is listed as excluded, never summed.
"""

from __future__ import annotations

import re
from decimal import Decimal

from figaudit.figures import Figure
from figaudit.numbers import fmt_vi
from figaudit.relations import Relation, exact_or_interval
from figaudit.relations.common import (
    TOTAL_KINDS, Index, clause_of, same_kind, same_unit, sentence_of, sum_interval, trailing_zeros, unit_head,
)
from figaudit.relations.partition import complementary_pair

CHECK = "text_breakdown"
SUBSET_START = re.compile(r"^\s*trong\s+(?:số\s+)?đó\b", re.IGNORECASE)
_TOTAL_MARK = re.compile(r"(?:tổng số|tổng cộng|tổng|toàn bộ|tất cả|là)\s+$", re.IGNORECASE)
#: "còn" of a remainder ("còn lại 6 vụ", "còn 26 vụ việc"), not the "còn" of a contrast ("… còn tại tỉnh B có 38 văn
#: phòng": whereas in B)
_REMAIN = r"còn(?:\s+lại)?(?!\s+(?:tại|ở|đối với|với|như|về|trong|thì|riêng)\b)"
_CLOSER_BEFORE = re.compile(rf"\b{_REMAIN}\b[^;,.]{{0,40}}$", re.IGNORECASE)
_REMAINDER_BEFORE = re.compile(
    rf"\b(?:{_REMAIN}|đang(?:\s+tiếp tục)?(?:\s+thụ lý)?\s+(?:giải quyết|điều tra|xác minh|xem xét|xử lý)|chưa(?:\s+được)?\s+giải quyết)\b"
    r"[^;,.]{0,40}$", re.IGNORECASE)
_CLOSER_AFTER = re.compile(r"^[^;,.\d]{0,25}?\bcòn lại\b", re.IGNORECASE)


def summable(total: Figure, label: str, part: Figure, listed: bool, nouns: tuple[str, ...] = ()) -> bool:
    """A part is added when it has no unit of its own, shares the total's unit or one of the nouns it counts
    (``27 đề tài, dự án (04 dự án …, 20 đề tài …)``), or is an item of a gồm-list."""
    if not part.unit or same_kind(part.unit, total.unit) or any(same_unit(part.unit, n) for n in nouns):
        return True  # "kỷ luật 24 đảng viên (khiển trách 15, cảnh cáo 6, khai trừ 3 trường hợp)"
    # an item of a gồm-list in another unit of the same kind is a part; money is never a part of a count, nor a count
    # of money ("52 cuộc kiểm tra, gồm 18 cuộc … và 36 cuộc …, truy thu 41,3 tỷ đồng")
    return listed and part.kind == total.kind


def _other_class(a: str | None, b: str | None) -> bool:
    """People against cases (``389 người chết`` in a list of ``vụ``): two units of known, different classes."""
    def cls(u):
        return "" if not u else "person" if same_kind(u, "người") else "case" if same_kind(u, "vụ") else ""
    return bool(cls(a) and cls(b) and cls(a) != cls(b))


#: the stages of an inspection's funnel, in order: found at fault, then disciplined (or handled, prosecuted)
_STAGE_FAULT = re.compile(r"\b(?:có\s+)?(?:vi phạm|khuyết điểm|sai phạm)\b", re.IGNORECASE)
_STAGE_ACTION = re.compile(r"\b(?:kỷ luật|xử lý|khởi tố|truy tố|xử phạt)\b", re.IGNORECASE)


def _funnel(parts: list[tuple[str, Figure]]) -> bool:
    """A label of fault (``có vi phạm``) followed by a label of action on it (``phải thi hành kỷ luật``)."""
    fault = [k for k, (lab, _) in enumerate(parts) if _STAGE_FAULT.search(lab) and not _STAGE_ACTION.search(lab)]
    return bool(fault) and any(_STAGE_ACTION.search(lab) for lab, _ in parts[fault[0] + 1:])


#: a kind and its opposite: a whole of the one has no part of the other ("70 trường công lập, gồm …, 5 trường mầm non
#: tư thục": the private schools are listed beside the public ones, not among them)
_OPPOSITES = [(re.compile(r"(?<!ngoài )\bcông lập\b", re.IGNORECASE),
               re.compile(r"\b(?:tư thục|ngoài công lập|dân lập)\b", re.IGNORECASE)),
              (re.compile(r"(?<!ngoài )\bnhà nước\b", re.IGNORECASE), re.compile(r"\bngoài nhà nước\b", re.IGNORECASE))]


def _outside_the_whole(block, total: Figure, parts: list[Figure]) -> bool:
    """Does a part's own phrase name the opposite of the kind the whole's phrase names?"""
    text = block.text
    if total.block != block.id:
        return False
    whole = re.split(r"[,;:(\d]", text[total.end:total.end + 40])[0]  # (its own words, not its list's)
    for kind, other in _OPPOSITES:
        if kind.search(whole):
            return any(p.block == block.id and other.search(re.split(r"[,;()]", text[p.end:p.end + 50])[0]) for p in parts)
    return False


def breakdown(total: Figure, parts: list[tuple[str, Figure]], variant: str, block, q: str, listed: bool,
              nouns: tuple[str, ...] = ()) -> Relation | None:
    head = unit_head(total.unit)
    if head and all(not f.unit and lab.lower().startswith(head + " ") for lab, f in parts):
        return None  # "3 lớp (lớp A 40, lớp B 45, lớp C 50)": a figure of each item, not parts of the 3
    if _funnel(parts):
        return None  # "kiểm tra 40 đảng viên (có vi phạm 40 đồng chí, phải thi hành kỷ luật 12 đồng chí)": stages, each
        # a subset of the one before, not parts side by side
    pair = len(parts) == 2 and complementary_pair([f"{lab} {f.unit}".lower() for lab, f in parts])
    # "40 gương điển hình (22 tập thể, 18 cá nhân)": two halves named by their nouns are parts whatever their unit
    # a gồm-list whose items count the total's own unit has no items in another one: "717 vụ, bao gồm 492 vụ … và 225
    # vụ …, làm 389 người chết" — the deaths are what the cases did, not more cases
    # (nor are cases ever items of a count of people: "19 vụ với 43 bị can, gồm 15 vụ … và 04 vụ …" lists cases)
    keep = [pair or summable(total, lab, f, listed and not _other_class(f.unit, total.unit), nouns)
            for lab, f in parts]
    summed = [p for p, k in zip(parts, keep) if k]
    excluded = [f"{f.text} {f.unit}".strip() for (lab, f), k in zip(parts, keep) if not k]  # (one pass: linear)
    if len(summed) < 2 or _outside_the_whole(block, total, [f for _, f in summed]):
        return None
    figs = [f for _, f in summed]
    lo, hi, lo_open, hi_open = sum_interval(figs)
    slo, shi, s_lo_open, s_hi_open = exact_or_interval(total)
    computed = sum((f.value for f in figs), Decimal(0))
    if total.qualifier in ("trên", "hơn") and computed == total.value:
        s_lo_open = False  # "trên 80.000 lượt, trong đó … 5.000 lượt, … 75.000 lượt": parts written to the same round
        # figure as the hedged total meet it; only a sum below it (or above its reach) says the report is wrong
    note_args = {"excluded": excluded} if excluded else {}
    rel = Relation(
        id=f"{CHECK}:{total.id}:{variant}", check=CHECK, checkable=True, stated=total.value, computed=computed,
        stated_lo=slo, stated_hi=shi, computed_lo=lo, computed_hi=hi, strict_lo=s_lo_open or hi_open,
        strict_hi=s_hi_open or lo_open, unit=total.unit, line=total.line, footnote=block.footnote, block=block.id,
        quote=q, footnote_text=block.text if block.kind == "footnote" else "",
        expression=figs[0].text + "".join(f" − {f.text[1:]}" if f.text.startswith("−") else f" + {f.text}" for f in figs[1:])
        + f" = {sum_text(figs, computed)}", note="parts_excluded" if excluded else "",
        note_args=note_args, figures=[total.id] + [f.id for f in figs], parts=[(lab, f.value) for lab, f in summed],
        variant=variant)
    step = _rounded_total(total, figs, computed)
    if step is not None:  # "ước đạt 483.000 tấn …: 405.000 tấn …, 77.600 tấn": written to thousands, as a writer rounds
        rel.stated_lo, rel.stated_hi, rel.strict_lo, rel.strict_hi = total.value - step / 2, total.value + step / 2, False, True
        rel.note = rel.note or "total_rounded"
    return rel


def sum_text(figs: list[Figure], computed: Decimal) -> str:
    """A sum written as its parts are: ``247.384 tỷ + 621.542 tỷ = 868.926 tỷ`` (not 868.926.000.000.000)."""
    words = {" ".join(f.text.split()[1:]).replace("tỉ", "tỷ").replace("ngàn", "nghìn")  # (one word, two spellings)
             if f.scale > 1 and len(f.text.split()) > 1 else "" for f in figs}
    # (every scale word: "1.428,3 nghìn tỷ" sums in "nghìn tỷ", not in "tỷ")
    scales = {f.scale for f in figs}
    if len(words) == 1 and len(scales) == 1 and (word := words.pop()) and not word[-1].isdigit():
        return f"{fmt_vi(computed / scales.pop())} {word}"
    return fmt_vi(computed)


def _rounded_total(total: Figure, parts: list[Figure], computed: Decimal) -> Decimal | None:
    """An estimate or an amount written rounder than its parts (``ước đạt 483.000 tấn`` of ``405.000 + 77.600``): the
    unit of its last written digit (1.000), within half of which the sum meets it — the writer rounded (as XBRL
    reads a fact by its decimals).  None for an exact count, a hedged total, or parts no finer than the total."""
    if total.value is None or computed == total.value or total.value != total.value.to_integral_value() \
            or not (total.kind == "amount" or total.extra.get("estimate")) or total.qualifier or total.scale != 1:
        return None
    k = trailing_zeros(int(total.value), 12)
    if k == 0 or not any(p.value is not None and p.value == p.value.to_integral_value()
                         and trailing_zeros(int(p.value), 12) < k
                         for p in parts):
        return None
    return Decimal(10) ** k

def within_whole(whole: Figure, parts: list[Figure], variant: str, block, q: str, note: str = "",
                 labels: list[str] | None = None) -> Relation:
    """Parts named as only some of a whole: together they do not exceed it (family ``part_of_whole``, a sum row).
    ``note`` is added to the expression (``(62,5% + 20% = 82,5%)``); ``labels`` names the parts."""
    lo, hi, lo_open, _ = sum_interval(parts)
    _, shi, _, s_hi_open = exact_or_interval(whole)
    total = sum((p.value for p in parts), Decimal(0))
    step = _rounded_total(whole, parts, total) if whole.value is not None and total > whole.value else None
    if step is not None:  # "ước tính 4.000 ha …: 3.623 ha, 101 ha, 249 ha, 28 ha": a whole written to thousands
        shi, s_hi_open = whole.value + step / 2, True
    rel = Relation(
        id=f"part_of_whole:{whole.id}:sum:{parts[0].id}", check="part_of_whole", checkable=True, stated=whole.value,
        computed=total, stated_lo=None, stated_hi=shi, computed_lo=lo, computed_hi=hi, strict_hi=s_hi_open or lo_open,
        unit=whole.unit, line=parts[0].line, footnote=block.footnote, block=block.id, quote=q,
        footnote_text=block.text if block.kind == "footnote" else "",
        expression=" + ".join(p.text for p in parts) + f" = {sum_text(parts, total)} ≤ {whole.text}" + (f" {note}" if note else ""),
        figures=[whole.id] + [p.id for p in parts], variant=variant,
        parts=[(lab, p.value) for lab, p in zip(labels or [""] * len(parts), parts)])
    if step is not None:
        rel.note = "total_rounded"
    return rel


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
        elif index.paren(total) is not None and p is None:
            return None  # "(sơ thẩm 10 vụ; phúc thẩm 4 vụ); số còn lại 6 vụ": a total inside a bracket has its
            # parts inside it too; the remainder after the bracket closes the list around it, not this one
        parts.append(f)
        c_start, _ = clause_of(text, f.start)
        if closer.search(text[max(c_start, f.start - 80):f.start]) or _CLOSER_AFTER.search(text[f.end:f.end + 40]):
            if _list_goes_on(text, index, block_id, total, f, s_end):
                return None  # "…; nộp khoản lợi nhuận còn lại sau phân phối 162 tỷ đồng; nộp các khoản khác 268 tỷ
                # đồng": "còn lại" named an item, the list goes on past it, so it closes nothing
            return parts if len(parts) >= 2 else None
    return None


def _list_goes_on(text: str, index: Index, block_id: str, total: Figure, f: Figure, end: int) -> bool:
    """Is the next figure of the total's unit after ``f`` in its sentence one more item of the same list (after a
    ``;`` or ``,`` with only a label between, no cue opening a breakdown of ``f``)?"""
    nxt = next((x for x in index.within(block_id, f.end, end, TOTAL_KINDS, limit=4)
                if index.is_stock(x) and same_unit(x.unit, total.unit)), None)
    if nxt is None or index.paren(nxt) is not None:
        return False
    gap = text[f.end:nxt.start]
    return bool(re.match(rf"\s*(?:{re.escape(f.unit)})?\s*[;,]", gap)) and not re.search(
        r"\b(?:trong đó|trong số đó|gồm|bao gồm|cụ thể)\b|[(:]", gap, re.IGNORECASE)


OPEN_WORDS = re.compile(r"\btrong đó\b|\bnhư\b|…|\.\.\.|\bmột số\b|\bchủ yếu\b|\bđiển hình\b|\bnổi bật\b|\bcao nhất\b|"
                         r"\bnhiều nhất\b|\bđứng đầu\b|\bdẫn đầu\b", re.IGNORECASE)


def exact_enough(total: Figure, parts: list[Figure]) -> bool:
    """The sum must pin the total: with rounded or hedged figures the sum's interval must be narrower than a tenth
    of the total (else any near figures would "add up")."""
    lo, hi, _, _ = sum_interval(parts)
    if hi is None:
        return False
    return (hi - lo) <= abs(total.value) / 10


def words_before(text: str, index: Index, block_id: str, f: Figure, floor: int = 0, kinds=None) -> str:
    """The words between the figure before it (of ``kinds``, if given) or ``floor``, and the figure: what names it
    (``tháng 1 đạt`` before ``7.512 tỷ đồng``).  At most 80 characters."""
    before = [x for x in index.last_before(block_id, f.start, 4) if kinds is None or x.kind in kinds]
    return text[max(floor, before[-1].end if before else 0, f.start - 80):f.start]


_WORD = re.compile(r"[^\W\d_]+")


def headline(doc, index: Index, n: int, unit: str, exclude: set[str], value: Decimal | None = None,
             name: str = "", depth: int = 4) -> tuple[Figure, bool] | None:
    """The figure a breakdown that opens paragraph ``n`` sorts, stated in the paragraphs before it (``Xảy ra 96 vụ
    … .`` then ``Phân loại theo mức độ: …``): a figure of the unit, not in brackets, not already a part, looking back
    at most ``depth`` paragraphs and never past a heading.  Returns (figure, exact): the one whose value the parts
    add up to exactly (exact), else the one such figure of the nearest paragraph that has any — several there are
    told apart by ``name``, words each must have near it (the parts' unit beyond its head, ``người chết`` → ``làm
    chết 71 người``, or the verb of a column, ``vi phạm`` → ``phát hiện 712 cơ sở vi phạm``);
    then the paragraph's first figure of the unit when it is also its largest (the headline: ``xảy ra 96 vụ …;
    trong đó, đường bộ 94 vụ …``); else None.  With no ``unit`` (parts written as bare numbers) any count will do."""
    nearest: list[Figure] = []
    extra = {w.lower() for w in _WORD.findall(name)} - set(unit_head(unit).split())
    for m in range(n - 1, max(-1, n - 1 - depth), -1):
        b = doc.blocks[m]
        if b.kind == "footnote":
            continue
        if b.kind != "paragraph":
            break
        cands = [f for f in index.by_block.get(b.id, []) if index.is_stock(f)
                 and (same_unit(f.unit, unit) if unit else f.kind == "count" and f.unit)  # (no unit: parts written bare)
                 and f.id not in exclude and not index.paren(f)][:40]
        if extra and cands:
            named = [f for f in cands if extra <= {w.lower() for w in _WORD.findall(
                b.text[max(0, f.start - 20):f.start] + " " + b.text[f.end:f.end + 25])}]
            cands = named
        exact = [f for f in cands if value is not None and not f.qualifier and f.value == value]
        if exact:
            return exact[-1], True
        if cands and not nearest:
            nearest = cands
    if len(nearest) == 1:
        return nearest[0], False
    if nearest and all(f.value < nearest[0].value for f in nearest[1:]):
        return nearest[0], False
    return None
