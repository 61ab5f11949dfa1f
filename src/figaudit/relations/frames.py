"""Frames: a whole and the figures the text presents as its parts (shared by several families).

A frame is found from the words of the genre, never from the numbers:

* ``trong_do`` — a subset cue (``trong đó``, ``trong số đó``, ``trong số này``)
  after the whole: ``Toàn tỉnh có 1.250 doanh nghiệp, trong đó 830 doanh
  nghiệp tư nhân``; a sentence opening with ``Trong đó`` takes the whole of the
  previous sentence (only when that sentence has one candidate of the parts'
  unit: ``… làm mới 105 nhà; sửa chữa 02 nhà. Trong đó có 47 nhà …`` is not
  guessed);
* ``paren_co`` — ``30 cuộc thanh tra (có 03 cuộc đột xuất)``;
* ``header`` — a clause opening with its whole: ``Trong số 520 trường hợp bị kỷ
  luật thì cấp xã có 400 trường hợp, cấp huyện có 108 và cấp tỉnh có 12``;
* ``funnel`` — a later stage of the same items after a cue: ``kiểm tra 6 tổ chức
  đảng, 15 đảng viên. Qua kiểm tra, kết luận 9 đảng viên có vi phạm``;
  ``triển khai 40 cuộc thanh tra, đã kết thúc 32 cuộc`` (not ``Qua đó, đưa … lên``,
  which brings a total up).

Wholes and parts are stocks (:meth:`Index.is_stock`), never a change, a value
of another period or a plan.  The parts of a cue run to the end of its clause
(its sentence after ``trong đó:`` or when the cue opens the sentence), so a
``trong đó`` never reaches past ``;`` into another statement.

A frame also says whether its parts exhaust the whole (:func:`partition_cue`):
all three levels (``cấp tỉnh``, ``cấp huyện``, ``cấp xã``/``cơ sở``), a
complementary pair (``tập thể``/``cá nhân``, ``xây mới``/``sửa chữa``, ``tái
cử``/``mới``), or the nouns of a compound unit (``201 mô hình, điển hình`` =
``147 mô hình`` + ``54 điển hình``).  Without such a cue, ``trong đó`` groups
may overlap (nữ, dân tộc thiểu số, tôn giáo) and are never required to add up.
"""

from __future__ import annotations

import re
from itertools import islice
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from decimal import Decimal

from figaudit import grammar as g
from figaudit.figures import Figure
from figaudit.model import Document
from figaudit.relations import exact_or_interval
from figaudit.relations.common import (
    TOTAL_KINDS, Index, sentence_starts, clause_of, fits, sum_interval, from_previous_sentence, next_sentence, previous_sentence, same_kind, same_unit, sentence_of, unit_head,
    sentences, per_unit, place_kin, counts_people,
)
from figaudit.relations.partition import (
    LEVEL, LEVEL_WORDS, class_of, complementary_pair, distinct_classes, negation_pair, partition_cue,
)

#: A subset cue; group 1 is ``:`` when the list runs on to the end of the sentence.
SUBSET_CUE = re.compile(r"\btrong\s+(?:số\s+)?(?:đó|này)\b\s*(?:có\s+)?(:)?"
                        # "cơ cấu" the noun ("với cơ cấu: nữ 12, …"), never the verb ("cơ cấu lại nợ cho 34 khách hàng")
                        r"|(?<!được )(?<!đã )(?<!đang )(?<!tái )\b(?:với\s+)?cơ cấu(?:\s+gồm)?\b(?!\s+(?:lại|cho|nợ|thời hạn))\s*(:)?",
                        re.IGNORECASE)
_PAREN_HAS = re.compile(r"\(\s*(?:có|gồm có|trong đó có|trong đó)\s+(?=[\d.,]+)", re.IGNORECASE)
#: A clause opening with its whole: "Trong số 117 đảng viên …", "trong tổng số 400 đại biểu có …", "Trong 48 Bí thư".
HEADER_CUE = re.compile(r"(?:^|(?<=[;:.,]\s)|(?<=[;:]))\s*(?:[-–•]\s*)?(?:đối với nhóm [^\d,;]{0,20},\s*)?trong\s+(?:tổng\s+)?(?:số\s+)?(?=\d)",
                        re.IGNORECASE)
#: A later stage of the items just counted.
FUNNEL_CUE = re.compile(
    r"\b(?:qua\s+(?:công tác\s+)?(?:kiểm tra|giám sát|thanh tra|giải quyết|xem xét|xác minh|rà soát|thẩm tra)"
    r"|(?:đã\s+)?kết thúc(?:\s+thanh tra)?(?:\s+trực tiếp)?(?=\s+\d)|kết luận(?:\s+có)?(?=\s+\d)"
    # "Kết quả, phát hiện 41 cơ sở vi phạm" (after "kiểm tra 380 cơ sở")
    r"|kết quả,?\s+(?:đã\s+)?phát hiện(?:\s+(?:có|vi phạm))?(?=\s+\d)"
    # "Qua đó, đề nghị hỗ trợ cho 30 hộ" (after "khảo sát 34 hộ"); not "Qua đó, đưa … lên" (a total brought up)
    r"|qua\s+đó,?\s+(?:(?:đã|thống nhất)\s+)*(?:đề nghị|phát hiện|kết luận|xác định)"
    # "tiếp nhận 310 đơn, đã phân loại và chuyển 290 đơn đến …" (only after a count received: see _funnel_frames)
    r"|(?P<forward>(?:đã\s+)?(?:phân loại,?\s+(?:và\s+)?)?chuyển(?=\s+\d))"
    # "Yêu cầu kiểm điểm 14 tập thể, 18 cá nhân. Đã xử lý 9 tập thể và 11 cá nhân" (only after a request: below)
    r"|(?P<handled>đã\s+(?:xem xét,?\s+)?xử lý(?=\s+\d))"
    # "thụ lý 310 vụ, đã giải quyết 280 vụ", "xảy ra 95 vụ, điều tra làm rõ 81 vụ" (each after its earlier stage: below)
    r"|(?P<settled>(?:đã\s+)?(?:giải quyết|xét xử|trả kết quả(?:\s+(?:giải quyết|đúng hạn))?)(?:\s+xong)?(?=\s+\d))"
    r"|(?P<solved>(?:đã\s+)?(?:điều tra,?\s+)?(?:làm rõ|khám phá)(?=\s+\d))"
    # "kiểm tra 380 cơ sở, phát hiện 41 cơ sở vi phạm"; "41 cơ sở vi phạm, đã xử phạt 35 cơ sở" (below)
    r"|(?P<found>(?:đã\s+)?phát hiện(?:\s+có)?(?=\s+\d))"
    r"|(?P<punished>(?:đã\s+)?(?:thi hành kỷ luật|kỷ luật|xử phạt(?:\s+vi phạm hành chính)?)(?:\s+đối với)?(?=\s+\d))"
    # "tiếp nhận 800 đơn, đủ điều kiện xử lý 600 đơn"; "có điều kiện thi hành 900 việc, đã thi hành xong 610 việc"
    r"|(?P<prosecuted>(?:đã\s+)?khởi tố(?:\s+hình sự)?(?=\s+\d))"
    r"|(?P<eligible>đủ điều kiện(?:\s+xử lý)?(?:\s+(?:là|có))?(?=\s+\d))"
    r"|(?P<done>(?:đã\s+)?(?:thi hành|giải quyết|hoàn thành|xử lý)\s+xong(?=\s+\d)))\b",
    re.IGNORECASE)
_NOT_DONE = re.compile(r"\b(?:đến hạn|quá hạn|phải|cần|chưa|đang)\s+$", re.IGNORECASE)
#: a count carried over from the period before: "89 vụ tháng trước chuyển sang", "kỳ trước chuyển sang 45 đơn"
_CARRIED_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+){0,5}?(?:chuyển sang|chuyển qua)\b", re.IGNORECASE)
_CARRIED_BEFORE = re.compile(r"\b(?:chuyển sang|chuyển qua|cũ)\s*:?\s*$", re.IGNORECASE)
_ACTIVITIES = r"kiểm tra|giám sát|thanh tra|giải quyết|xem xét|xác minh|rà soát|thẩm tra"
#: the activity a "Qua …" cue names, and any more it joins to it ("Qua kiểm tra, giám sát", "qua thanh tra và kiểm tra")
_QUA_ACTIVITY = re.compile(r"qua\s+(?:công tác\s+)?(" + _ACTIVITIES + r")", re.IGNORECASE)
_MORE_ACTIVITY = re.compile(r"(?:\s*(?:,|và|hoặc)\s*(?:" + _ACTIVITIES + r")\b)*", re.IGNORECASE)
_MORE_ACTIVITIES = re.compile(_ACTIVITIES, re.IGNORECASE)
#: The earlier stage each later-stage cue of FUNNEL_CUE needs before it (in its sentence or the one before).
_STAGE_NEEDS = {
    "forward": re.compile(r"nhận", re.IGNORECASE),  # "tiếp nhận 310 đơn, … chuyển 290 đơn"
    # "Yêu cầu kiểm điểm … Đã xử lý …", "phát hiện 60 trường hợp vi phạm, đã xử lý 55 trường hợp"
    "handled": re.compile(r"\b(?:yêu cầu|kiến nghị|đề nghị|vi phạm|sai phạm)\b", re.IGNORECASE),
    "prosecuted": re.compile(r"\b(?:phát hiện|bắt giữ|bắt quả tang)\b", re.IGNORECASE),  # "bắt giữ 120 vụ, khởi tố 15 vụ"
    "settled": re.compile(r"\b(?:thụ lý|tiếp nhận|nhận được)\b", re.IGNORECASE),  # "thụ lý 310 vụ, đã giải quyết 280 vụ"
    "solved": re.compile(r"\b(?:xảy ra|phát hiện|khởi tố)\b", re.IGNORECASE),  # "xảy ra 95 vụ, điều tra làm rõ 81 vụ"
    "found": re.compile(r"\b(?:kiểm tra|thanh tra|rà soát|giám sát)\b", re.IGNORECASE),  # "kiểm tra 420 cơ sở, phát hiện 57"
    "punished": re.compile(r"\b(?:vi phạm|sai phạm)\b", re.IGNORECASE),  # "57 cơ sở vi phạm, đã xử phạt 49 cơ sở"
    "eligible": re.compile(r"\b(?:tiếp nhận|nhận được|thụ lý)\b", re.IGNORECASE),  # "tiếp nhận 820 đơn, đủ điều kiện 610"
    "done": re.compile(r"\b(?:điều kiện|thụ lý|tiếp nhận|phải thi hành|phải giải quyết)\b", re.IGNORECASE),
}
#: Leading words that do not stop a cue from opening its sentence: "Đến nay, đã kết thúc 38 cuộc".
_TIME_LEAD = re.compile(r"^(?:đến nay|hiện nay|tính đến nay|đến thời điểm (?:này|báo cáo)|đến cuối kỳ)\s*,?\s*(?:đã\s+)?$",
                        re.IGNORECASE)
_OPENS_SUBSET = g.OPENS_SUBSET
@dataclass
class Frame:
    whole: Figure
    parts: list[Figure]
    kind: str  # trong_do | paren_co | header | funnel
    span: tuple[int, int]  # quote span in the block's text
    labels: list[str] = field(default_factory=list)
    partition: str = ""  # "", "levels", "pair", "negation", "petition_types", "medals", "compound", …: the parts exhaust the whole
    block: str = ""  # the block the span quotes, when it is not the whole's (a paragraph opening with "Trong đó")
    of: str = ""  # "den": the whole and parts are ratios' denominators ("602/683 trường … 203/210 trường, …")
    visits: bool = False  # the whole counts occurrences (lượt) of the parts' noun: a sum that misses only warns

    @property
    def quote_block(self) -> str:
        return self.block or self.whole.block


def as_count(index: Index, f: Figure) -> Figure | None:
    """A stock, or a ratio ``a/b <unit>`` read as its numerator (``có 5.854/8.225 xã đạt chuẩn, trong đó 925 xã …``)."""
    if f.kind == "ratio" and f.unit and f.extra.get("denominator") and not index.role(f):
        return f.derived(f.text, Decimal(f.extra["numerator"]))
    return f if index.is_stock(f) else None


def _is_ratio(index: Index, f: Figure) -> bool:
    return f.kind == "ratio" and bool(f.unit) and bool(f.extra.get("denominator")) and not index.role(f)


def _visits_of(text: str, before: list[Figure], parts: list[Figure]) -> list[Figure]:
    """``nhận được 85 lượt ý kiến, kiến nghị …. Trong đó có 20 ý kiến, kiến nghị về đất đai; …``: a whole counted in
    occurrences (``lượt``) of the very noun its parts count.  Each part's items are among the whole's occurrences, so
    the parts stay within it; the other way round (occurrences among items) is never read."""
    unit = next((p.unit for p in parts if p.unit), "")
    if not unit or unit_head(unit) == "lượt":
        return []
    after = re.compile(rf"\s*lượt\s+{re.escape(unit_head(unit))}(?![{g.VI_LETTER}])", re.IGNORECASE)
    return [f for f in before if f.unit and unit_head(f.unit) == "lượt" and after.match(text, f.end)]


def _over_same_base(index: Index, whole: Figure, part: Figure) -> bool:
    """``có 96/112 xã đạt chuẩn …. Trong đó, …; 112/112 xã thu gom rác thải``: a ratio after the cue over the whole's
    own denominator and more than its numerator is another measure of the same universe, never a subset of the
    whole's numerator (one that is no more than it may be either: the ≤ reading stays)."""
    w, o = index.at(whole.block, whole.start), index.at(part.block, part.start)
    return (w is not None and o is not None and _is_ratio(index, w) and _is_ratio(index, o)
            and Decimal(w.extra["denominator"]) == Decimal(o.extra["denominator"])
            and Decimal(o.extra["numerator"]) > Decimal(w.extra["numerator"]))


def denominator(f: Figure) -> Figure:
    """A ratio ``a/b <unit>`` read as its denominator b (the items the ratio is of)."""
    return f.derived(f"{f.text} (mẫu số)", Decimal(f.extra["denominator"]))


def _ratio_twin(fr: "Frame", index: Index, originals: list[Figure], whole: Figure) -> "Frame | None":
    """The same frame over the denominators, when the whole and every part are ratios: ``602/683 trường …; trong
    đó 203/210 trường, …`` also says 210 + … ≤ 683."""
    if not _is_ratio(index, whole) or len(originals) < 2 or not all(_is_ratio(index, p) for p in originals):
        return None
    return replace(fr, whole=denominator(whole), parts=[denominator(p) for p in originals], of="den")


#: a figure named as the base of the one before it: "620 trường chuẩn quốc gia trong tổng số 900 trường", "41 tỷ đồng
#: trên tổng số 52 tỷ đồng phải thu" — the whole of that figure, never a part of a list
_NAMED_BASE = re.compile(r"\b(?:trong|trên)\s+tổng\s+số\s*(?:là\s*)?$", re.IGNORECASE)


#: the toll a count of people says, in the words right after it: the dead, the missing, the injured
_TOLL = re.compile(r"(?:\s*(?:người|trường hợp|nạn nhân))?\s*(?:bị\s+)?(chết|tử vong|thiệt mạng|mất tích|thương)\b",
                   re.IGNORECASE)
_TOLLS = {"chết": "dead", "tử vong": "dead", "thiệt mạng": "dead", "mất tích": "missing", "thương": "injured"}


def casualty(text: str, f: Figure) -> str:
    """``10 người mất tích`` → "missing", ``4 người bị thương`` → "injured", ``9 người chết`` → "dead"; else ""."""
    m = _TOLL.match(text, f.end, min(len(text), f.end + 30))
    return _TOLLS[m.group(1).lower()] if m else ""


#: a toll named before its count: "làm bị thương 6 người", "làm chết 5 người"
_TOLL_BEFORE = re.compile(r"\b(?:làm\s+)?(?:bị\s+)?(chết|tử vong|thiệt mạng|mất tích|thương)\s+$", re.IGNORECASE)


def toll(text: str, f: Figure) -> str:
    """The casualty a count of persons is, named after it (:func:`casualty`) or before it (``làm bị thương 6 người``)."""
    said = casualty(text, f)
    if said or not f.unit or unit_head(f.unit) not in ("người", "nạn nhân", "trường hợp"):
        return said
    m = _TOLL_BEFORE.search(text, max(0, f.start - 25), f.start)
    return _TOLLS[m.group(1).lower()] if m else ""


def named_base(text: str, f: Figure) -> bool:
    return _NAMED_BASE.search(text, max(0, f.start - 22), f.start) is not None


def _stocks(index: Index, figs: list[Figure]) -> list[Figure]:
    return [c for c in (as_count(index, f) for f in figs) if c is not None]


def _outside_asides(index: Index, figs: list[Figure], cue_pos: int) -> list[Figure]:
    """Figures not inside a parenthesis that closes before the cue (an aside is never the whole)."""
    return [f for f in figs if (p := index.paren(f)) is None or p[1] >= cue_pos]


_ITEM_END = re.compile(r"[,;:()\n]|\.(?=\s|$)|\svà\s|\d")


_BULLET = re.compile(r"\s*(?:[-–•+*]|[a-zđ]\)|\d{1,2}[.)])\s")


def _bullets_end(text: str, pos: int) -> int:
    """The end of the run of bullet lines starting at pos (at most 30 lines: a window, cost linear)."""
    end = pos
    for _ in range(30):
        nxt = next_sentence(text, end)
        if nxt is None or not _BULLET.match(text, nxt[0]):
            break
        end = nxt[1]
    return end


def _label(text: str, f: Figure, floor: int) -> str:
    """The words that name a part: back to the previous separator, and on to the next one (``207 trường hợp đảng
    viên ở cấp xã``)."""
    lo = max(0, f.start - 60)
    start = max(floor, lo, *(text.rfind(ch, lo, f.start) + 1 for ch in ",;:(\n"), text.rfind(" và ", lo, f.start) + 4,
                text.rfind(". ", lo, f.start) + 2)
    if max(floor, lo) < start <= len(text) and text[start - 1] == ":" and not text[start:f.start].strip():
        # "- Cấp huyện: 50 cuộc": the label stands before its colon
        start = max(floor, lo, *(text.rfind(ch, lo, start - 1) + 1 for ch in ",;(\n"))
    m = _ITEM_END.search(text, f.end, min(len(text), f.end + 60))
    end = m.start() if m else min(len(text), f.end + 60)
    return " ".join((text[start:f.start] + " " + text[f.end:end]).lower().split())


#: a list nested in a part (its items are not parts of the outer whole); group 1: ``:`` (the items run to the end)
#: a part's own list, right after its figure and noun: "5 trường THCS gồm: A, B và C"
_PART_LIST = re.compile(r"(?<=\d)\s+[^\W\d_]+(?:,?\s+[^\W\d_]+){0,5}?\s+(?:bao gồm|gồm có|gồm)\s*:", re.IGNORECASE)
_NESTED_LIST = re.compile(r",\s*(?:bao gồm|gồm có|gồm)\b\s*(:)?", re.IGNORECASE)


def frames(doc: Document, index: Index) -> list[Frame]:
    """Every frame of the document (cached on the index)."""
    cached = index.__dict__.get("_frames_list")
    if cached is not None:
        return cached
    out: list[Frame] = []
    previous: list = []  # paragraphs of the current section so far
    for block in doc.blocks:
        if block.kind == "heading":
            previous = []
        out += _subset_frames(block, index)
        out += _header_frames(block, index)
        out += _funnel_frames(block, index)
        out += _bare_paren_frames(block, index)
        out += _level_frames(block, index)
        out += _riêng_frames(block, index, previous[-2:])
        out += _named_header_frames(block, index, previous[-2:])
        out += _standard_frames(block, index)
        out += _of_total_frames(block, index)
        out += _pair_after_frames(block, index)
        cum = _cumulative_frames(block, index)
        out += cum + _months_so_far_frames(block, index, previous[-1:], {fr.whole.id for fr in cum})
        out += _raised_frames(block, index)
        out += _paragraph_trong_do_frames(block, index, previous[-3:])
        out += _conclusion_frames(block, index)
        out += _open_list_frames(block, index)
        if block.kind == "paragraph" and any(index.is_stock(f) or _is_ratio(index, f) for f in index.by_block.get(block.id, [])):
            previous.append(block)  # a photo caption or a line without counts does not push a whole out of reach
    out = _without_nested([fr for fr in out if not _is_level(index, fr.whole)])
    index.__dict__["_frames_list"] = out
    return out


def _without_nested(frs: list[Frame]) -> list[Frame]:
    """A list's parts, less those that a ``trong đó`` of one of its own parts holds: ``(cá 2,1 tỷ đồng, tôm 2,8 tỷ
    đồng, trong đó tôm thẻ 410 triệu đồng; cua 560 triệu đồng …)`` lists three items, the 410 being the 2,8's."""
    subs: dict[str, set[str]] = {}
    for fr in frs:
        if fr.kind in ("trong_do", "paren_co") and not fr.of:
            subs.setdefault(fr.whole.id, set()).update(p.id for p in fr.parts)
    if not subs:
        return frs
    out = []
    for fr in frs:
        ids = {p.id for p in fr.parts}
        nested = set().union(*(subs.get(i, set()) for i in ids)) - {fr.whole.id} if len(ids) > 1 else set()
        if nested & ids and not fr.of:
            keep = [k for k, p in enumerate(fr.parts) if p.id not in nested]
            if not keep:
                continue
            labels = [fr.labels[k] for k in keep] if len(fr.labels) == len(fr.parts) else fr.labels
            fr = replace(fr, parts=[fr.parts[k] for k in keep], labels=labels)
        out.append(fr)
    return out


#: a level, not an amount: an average or a rate per unit has no parts (``thu nhập bình quân 8,4 triệu đồng; trong đó
#: lao động nam 9,1 triệu đồng, lao động nữ 7,6 triệu đồng`` — the groups' averages do not add up, and may exceed it)
_LEVEL_NAME = re.compile(r"\b(?:bình quân|trung bình|mức lương|đơn giá|năng suất|mật độ|tuổi thọ)\b", re.IGNORECASE)


def _is_level(index: Index, f: Figure) -> bool:
    block = index.blocks.get(f.block)
    if block is None:
        return False
    s0, _ = sentence_of(block.text, f.start)
    return bool(_LEVEL_NAME.search(block.text, max(s0, f.start - 100), f.start))


_BARE_PAREN = re.compile(r"\(\s*(?:trong đó\s+)?[\d.,]+\s+[^\W\d_][^\d();:]{0,40}\)")


def _bare_paren_frames(block, index: Index) -> list[Frame]:
    """``142.779 lao động (48.835 nữ)``: one figure of the same kind alone in a parenthesis right after a total is
    a subgroup of it (read from the layout: a violation is a warning)."""
    text = block.text
    out = []
    for total in index.by_block.get(block.id, []):
        if not index.is_stock(total):
            continue
        open_ = text.find("(", total.end, min(len(text), total.end + 40))
        if open_ == -1 or re.search(r"[\d;.,]", text[total.end:open_]) \
                or ((tp := index.paren(total)) is not None and tp[1] < open_):
            continue  # (not from inside one bracket to the next: "Lào (3 HCB), Brunei (2 HCB)")
        m = _BARE_PAREN.match(text, open_)
        if not m:
            continue
        inner = [f for f in index.within(block.id, open_, m.end()) if f.kind in TOTAL_KINDS | {"percent"}]
        described = len(re.findall(r"[^\W\d_]+", text[inner[0].end:m.end()])) - len(inner[0].unit.split()) >= 1 \
            if inner else False  # "(20 vụ việc từ kỳ trước chuyển sang)", "(2.100 lao động nữ)": the words set the
        # subgroup apart
        if len(inner) != 1 or not index.is_stock(inner[0]) or not same_kind(inner[0].unit, total.unit) \
                or same_unit(inner[0].unit, total.unit) and inner[0].unit == total.unit and not described:
            continue
        out.append(Frame(total, inner, "paren_bare", (sentence_of(text, total.start)[0], m.end())))
    return out


def _level_frames(block, index: Index) -> list[Frame]:
    """A total followed by one figure per level, without a list cue, in its sentence or the lines after it
    (bullets): ``giám sát 554 lượt tổ chức đảng, cụ thể: - Cấp tỉnh 17 lượt; - Cấp huyện 146 lượt; - Cấp cơ sở 391
    lượt``.  All three levels, once each, exhaust the total."""
    text = block.text
    out = []
    stocks = [f for f in index.by_block.get(block.id, []) if index.is_stock(f)]
    for i, total in enumerate(stocks):
        if LEVEL.search(_label(text, total, 0)) or re.search(r"trung ương", _label(text, total, 0), re.IGNORECASE):
            continue  # a level's own figure is a part, not the total
        s0, s1 = sentence_of(text, total.start)
        limit = s1
        for _ in range(4):  # the total's sentence and up to four lines/sentences after it
            if limit >= len(text):
                break
            nxt = next_sentence(text, limit)
            if nxt is None:
                break
            limit = nxt[1]
        parts, levels = [], []
        for f in stocks[i + 1:i + 13]:  # a window of figures, never all pairs
            if f.start >= limit:
                break
            if not same_unit(f.unit, total.unit):
                if same_kind(f.unit, total.unit) and not LEVEL.search(_label(text, f, total.end)):
                    break  # ("có 275 hộ đăng ký, kết quả có 155 hộ gia đình …, trong đó cấp tỉnh 8 hộ, …": a nearer
                    # count of the kind, no level of its own, owns the levels after it)
                continue
            m = LEVEL.search(_label(text, f, total.end))
            if not m:
                break  # (before the levels: a nearer figure of the unit is theirs — "có 190 hộ …. Qua bình xét, 130 hộ
                # đạt, gồm 10 hộ cấp tỉnh, …" — and after them the list has ended)
            parts.append(f)
            levels.append(LEVEL_WORDS[m.group(1).lower()])
        if len(parts) in (3, 4) and {"tỉnh", "huyện", "xã"} <= set(levels) and len(set(levels)) == len(levels):
            out.append(Frame(total, parts, "levels", (s0, limit), [], "levels"))
    return out


#: ``Riêng …``, ``Chỉ tính riêng năm 2025, …``: the sentence speaks of a part of what was counted before it.
RIENG_CUE = re.compile(r"(?:^|(?<=[.;:]\s)|(?<=[;:]))\s*(?:[-–•]\s*)?(?:chỉ\s+)?(?:tính\s+)?riêng\b", re.IGNORECASE)
#: ``lũy kế 5 tháng …``, ``tính chung 9 tháng``, ``từ đầu năm đến nay``: a cumulative figure, of which the month's is part.
CUMULATIVE_CUE = re.compile(r"\b(?:lũy kế|luỹ kế|tính chung|cộng dồn|từ đầu năm(?:\s+đến nay)?)\b", re.IGNORECASE)
_VERB_STOP = {"đã", "được", "có", "là", "với", "tổng", "số", "trên", "hơn", "gần", "khoảng", "xấp", "xỉ", "và", "các",
              "những", "thì", "cũng", "trong", "tháng", "năm", "đầu", "toàn", "tỉnh", "cả", "nước", "ước", "đạt", "riêng",
              "chỉ", "tính", "lũy", "luỹ", "kế", "chung", "từ", "đến", "nay", "cùng", "kỳ", "này", "đó", "qua", "về"}


#: ``xét xử 310 vụ với 455 bị cáo``: the second figure shares the verb of the first
_WITH_TAIL = re.compile(r"[\d.,]+\s+[^\W\d_][^\d,;:()]{0,20}?\s+với\s+$")


def verb_words(text: str, f: Figure | int) -> set[str]:
    """The content words right before a figure in its segment (``xét xử được 1.240 vụ`` → {xét, xử})."""
    end = f if isinstance(f, int) else f.start
    lo = max(0, end - 40)
    start = max(lo, *(text.rfind(ch, lo, end) + 1 for ch in ",;:("), text.rfind(" và ", lo, end) + 4)
    if (m := _WITH_TAIL.search(text, start, end)) and isinstance(f, Figure):
        return verb_words(text, start + m.start())
    words = re.findall(r"[^\W\d_]+", text[start:end].lower())
    said = {w for w in words[-3:] if w not in _VERB_STOP}
    if not said and isinstance(f, Figure) and (m := _LIST_TAIL.search(text, max(0, start - 40), end)):
        return verb_words(text, m.start())  # "phát hiện 726 vụ, 1.222 đối tượng": 1.222 is found too
    return said


#: ``phát hiện 726 vụ, 1.222 đối tượng``: a figure right after another figure and its unit shares its verb
_LIST_TAIL = re.compile(r"(?<![\d.,])[\d.,]*\d\s+[^\W\d_][^\d,;:()]{0,20}?\s*(?:,|\bvà)\s*$")


def _riêng_frames(block, index: Index, previous: list) -> list[Frame]:
    """``Cả nhiệm kỳ thụ lý 9.800 vụ, xét xử 9.500 vụ. Chỉ tính riêng năm nay, thụ lý 2.100 vụ, xét xử 2.020 vụ``:
    each figure of the ``Riêng`` sentence is part of the figure of the same unit *and the same verb* before it (in
    the same paragraph or the two before); without a shared verb nothing is related."""
    text = block.text
    out = []
    for m in RIENG_CUE.finditer(text):
        s0, s1 = sentence_of(text, m.end())
        parts = [f for f in index.within(block.id, m.end(), s1) if index.is_stock(f) and f.unit
                 and not per_unit(text, f)]  # ("Riêng xã A, B được 500 triệu đồng/xã": another rate, no part)
        lead = text[m.end():parts[0].start] if parts else ""
        own = class_of(lead)  # "Tính riêng đường bộ, …": the class the sentence singles out
        period = bool(_RIENG_PERIOD.match(text, m.end()) or _PERIOD_WORD.search(lead))
        pool = [(block, f) for f in index.within(block.id, 0, s0) if index.is_stock(f) and not per_unit(text, f)]
        pool = ([(b, f) for b in previous for f in index.by_block.get(b.id, []) if index.is_stock(f)
                 and not per_unit(b.text, f)] + pool)[-60:]  # ("Mỗi xã được 400 triệu đồng": a rate, no whole)
        for part in parts:
            said = verb_words(text, part)
            if not said:
                continue
            cands = [(b, w) for b, w in pool if same_unit(w.unit, part.unit) and said & verb_words(b.text, w)
                     and not ((sp := index.paren(w)) is not None and g.BREAKDOWN_BRACKET.match(b.text, sp[0]))
                     and not _IN_SUBSET.search(b.text, clause_of(b.text, w.start)[0], w.start)]
            # (not "(trong đó tôm 7.086 tấn)" nor ", trong đó khách quốc tế 3.641 lượt": a part of another figure is
            # no whole of what "Riêng" singles out)
            if own is not None:  # "Hàng hải có 6 vụ … Tính riêng đường bộ, …": another class of the same
                # classification is a sibling, never the whole
                cands = [(b, w) for b, w in cands if (c := class_of(b.text[sentence_of(b.text, w.start)[0]:w.start]))
                         is None or c[0] != own[0] or c == own]
            if not cands:
                continue
            b, whole = cands[-1]
            if b is block and not (period and part.value is not None
                                   and (hi := exact_or_interval(whole)[1]) is not None and part.value > hi):
                # ("Riêng tháng 6, toàn quốc xảy ra 1.900 vụ" after "đường thủy xảy ra 27 vụ": a period's own count
                # larger than the figure before says the reading is wrong, not the report)
                out.append(Frame(whole, [part], "rieng", (sentence_of(text, whole.start)[0], s1)))
            elif b is block:
                continue
            elif (hi := exact_or_interval(whole)[1]) is None or part.value <= hi:
                # the whole in a paragraph before (a photo caption may stand between), quoted from the "Riêng" one;
                # so far away, a part larger than the whole says the reading is wrong, not the report: nothing
                out.append(Frame(whole, [part], "rieng", (s0, s1), block=block.id))
    return out


_IN_SUBSET = re.compile(r"\btrong\s+(?:số\s+)?đó\b", re.IGNORECASE)
_RIENG_PERIOD = re.compile(r"\s*(?:trong\s+)?(?:tháng|quý|năm|tuần|ngày|dịp|đợt|kỳ)\b", re.IGNORECASE)
#: a period named later in the words a "Riêng" opens: "Tính riêng đường bộ, trong tháng 8, …"
_PERIOD_WORD = g.pattern("rieng_period_word", r"\btrong\s+(?:tháng|quý|năm|tuần|dịp|đợt|kỳ)\b",
                         matches=[" tai nạn đường bộ, trong tháng 8 "], rejects=[" tai nạn đường bộ, "], flags=re.IGNORECASE)


#: a sentence opening with a whole named by words, no figure: "Trong tổng số thu ngân sách năm 2024, thì có …",
#: "Trong vốn đầu tư của khu vực nhà nước, …" (not "Trong đó", "Trong năm", "Trong tháng 5", "Trong thời gian tới")
_NAMED_HEADER = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\n))\s*(?:[-–•]\s*)?Trong\s+(?:tổng\s+)?(?:số\s+)?(?!đó\b|số đó\b|này\b|năm\b|tháng\b|quý\b|kỳ\b"
    r"|thời\s+gian\b|giai\s+đoạn\b|dịp\b|những\s+năm\b|đợt\b|tuần\b|ngày\b|lúc\b|khi\b|quá\s+trình\b|bối\s+cảnh\b|điều\s+kiện\b)"
    r"((?:[^\W\d_]+\s+){1,9}?[^\W\d_]+)(?:\s+(?:năm|tháng|quý)\s+[\d/]+)?\s*(?:,|:|\s+thì\b|\s+có\b)")
_NAME_TAIL = re.compile(r"[^\d,;:.()]{0,60}")
_NEGATION = re.compile(r"(?<!\w)(?:không|chưa)(?!\w)", re.IGNORECASE)
_NAME_STOP = _VERB_STOP | {"của", "ở", "tại", "bị", "được", "đã", "thì", "các", "những", "theo", "số"}


def _name_words(s: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", s.lower()) if w not in _NAME_STOP}


def _named_header_frames(block, index: Index, previous: list) -> list[Frame]:
    """``Số thu ngân sách đạt 5.600 tỷ đồng. Trong tổng số thu ngân sách năm nay, thì có 4.200 tỷ đồng thu nội địa và
    thu từ hải quan 1.400 tỷ đồng``: a sentence opening ``Trong <tên>`` without a figure speaks of the earlier figure
    named by those words (its own words before it in its sentence, and its unit, hold at least three of the name's,
    and two more than any other figure's do).  The sentence's figures of that unit are its parts.  Read by words, not
    pointed at: a part larger than the whole warns when every word of the name is found, else nothing is said."""
    text = block.text
    out = []
    for m in _NAMED_HEADER.finditer(text):
        name = _name_words(m.group(1))
        if len(name) < 2:
            continue
        s0, s1 = sentence_of(text, m.end())
        parts = [f for f in index.within(block.id, m.end(), s1, limit=MAX_PARTS) if index.is_stock(f) and f.unit]
        if not parts:
            continue
        pool = [(b, f) for b in previous for f in index.by_block.get(b.id, [])[-40:] if index.is_stock(f)]
        pool += [(block, f) for f in index.within(block.id, max(0, s0 - 2000), s0) if index.is_stock(f)]
        scored = []
        window = pool[-60:]
        ends = {}  # each figure's words start after the figure before it
        for (pb, pf), (b, w) in zip(window, window[1:]):
            if pb is b:  # (and after the words naming that one: "có 1.240 đơn đủ điều kiện, gồm 400 đơn …")
                ends[w.id] = _NAME_TAIL.match(b.text, pf.end).end()
        for b, w in window:
            if not same_kind(w.unit, parts[0].unit):
                continue
            w0 = max(sentence_of(b.text, w.start)[0], w.start - 120, ends.get(w.id, 0))
            tail = _NAME_TAIL.match(b.text, w.end).group()  # "có 1.240 đơn đủ điều kiện xử lý": named after it too
            if _NEGATION.search(tail) and not _NEGATION.search(m.group(1)):
                continue  # "310 đơn không đủ điều kiện …" is not what "Trong số đơn đủ điều kiện" names
            said = _name_words(b.text[w0:w.start] + " " + w.unit + " " + tail)
            hit = len(name & said)
            if hit >= 3 or (hit == len(name) and hit >= 2):
                scored.append((hit, b, w))
        if not scored:
            continue
        best = max(h for h, _, _ in scored)
        top = [(b, w) for h, b, w in scored if h == best]
        runner_up = max((h for h, _, w in scored if w.id != top[-1][1].id), default=0)
        if len({w.id for _, w in top}) != 1 or best - runner_up < 2:
            continue  # two figures named alike (the state sector's capital and the foreign one): not guessed
        b, whole = top[-1]
        full = best == len(name)
        mine = [p for p in parts if same_kind(p.unit, whole.unit) and p.id != whole.id]  # (cấp ủy viên of đảng viên)
        hi = exact_or_interval(whole)[1]
        if not full:
            mine = [p for p in mine if hi is None or p.value <= hi]
        if not mine:
            continue
        outer = [p for p in mine if index.paren(p) is None]
        if len(outer) >= 2:
            mine = outer  # "610 đơn thuộc thẩm quyền (khiếu nại 200 đơn, …); 650 đơn không thuộc …": the nested list
            # breaks down its own part
        labels = [_label(text, p, m.end()) for p in mine]
        cue = partition_cue(whole, labels) if len(outer) == len(mine) else ""
        out.append(Frame(whole, mine, "header_named", (s0, s1), labels, cue, block=block.id))
    return out


#: "17 trong tổng số 21 ngành", "622 vụ, việc trong tổng số 698 vụ, việc": a count named with the total it is of
_OF_TOTAL = re.compile(r"\s*(?:[^\W\d_]+(?:,\s*[^\W\d_]+)?\s+){0,2}trong\s+(?:tổng\s+)?số\s+(?=\d)", re.IGNORECASE)


def _pair_after_frames(block, index: Index) -> list[Frame]:
    """``Trong tổng số 120 người trúng cử có 35 nữ …. Tái cử là 84 người; lần đầu tham gia có 36 người.``:
    a sentence of exactly two counts naming complementary halves (``tái cử`` / ``lần đầu``) right after a sentence
    whose total the text marks (``Trong (tổng) số N``, ``tổng số N``) splits that total.  Read across a sentence
    end: a mismatch warns."""
    text = block.text
    out = []
    spans = sentences(text)
    for k in range(1, len(spans)):
        s0, s1 = spans[k]
        if _OPENS_SUBSET.match(text, s0):
            continue
        figs = [f for f in index.within(block.id, s0, s1, limit=MAX_PARTS) if index.is_stock(f) and f.unit]
        if len(figs) != 2 or not same_kind(figs[0].unit, figs[1].unit):
            continue
        labels = [_label(text, f, s0) for f in figs]
        if complementary_pair(labels) is None:
            continue
        p0, p1 = spans[k - 1]
        marked = [f for f in index.within(block.id, p0, p1, limit=MAX_PARTS) if index.is_stock(f)
                  and same_kind(f.unit, figs[0].unit)
                  and re.search(r"(?:\btrong\s+(?:tổng\s+)?số|\btổng số)\s*(?:là\s*)?$", text[max(p0, f.start - 25):f.start],
                                re.IGNORECASE)]
        if len(marked) != 1:
            continue
        out.append(Frame(marked[0], figs, "pair_next", (p0, s1), labels, "pair"))
    return out


def _of_total_frames(block, index: Index) -> list[Frame]:
    """``đầu tư vào 17 trong tổng số 21 ngành``: the count is part of the total the same phrase names (certain)."""
    text = block.text
    out = []
    figs = index.by_block.get(block.id, [])
    for k, f in enumerate(figs[:-1]):
        if not index.is_stock(f):
            continue
        m = _OF_TOTAL.match(text, f.end)
        whole = figs[k + 1]
        if m is None or whole.start != m.end() or not index.is_stock(whole) or \
                (f.unit and whole.unit and not same_kind(f.unit, whole.unit)):
            continue
        out.append(Frame(whole, [f], "of_total", sentence_of(text, f.start)))
    return out


#: the tiers of the new-countryside standard: "đạt chuẩn nông thôn mới" ⊃ "… nâng cao" ⊃ "… kiểu mẫu" (for a
#: commune; a village has "đạt chuẩn" ⊃ "kiểu mẫu")
_STANDARD = re.compile(r"\bđạt chuẩn\s+(?:nông thôn mới|NTM)(?:\s+(nâng cao|kiểu mẫu))?", re.IGNORECASE)
_TIER = {None: 0, "nâng cao": 1, "kiểu mẫu": 2}
#: (the act of recognising, a count right after its verb, is one too: "Quyết định công nhận 05 xã đạt chuẩn …")
_ADDED = re.compile(r"\b(?:có\s+)?thêm\b|\bmới\s+được\s+công nhận\b|(?<!được )\bcông nhận\s+(?:mới\s+)?(?:cho\s+)?\d",
                    re.IGNORECASE)
#: a group the sentence addresses (a task, a rule for it): "đối với 05 xã …" — never a stock its tiers nest in
_ADDRESSED = re.compile(r"\b(?:đối với|với)\s+(?:(?:các|những)\s+)?$", re.IGNORECASE)
_STOCK_NOW = re.compile(r"\s*(?:[-–•]\s*)?(?:hiện(?:\s+nay)?|đến nay|lũy kế|luỹ kế|tính đến nay|toàn tỉnh hiện)\b", re.IGNORECASE)


def _tiered(text: str, index: Index, block_id: str, s0: int, s1: int) -> list[tuple[Figure, int]]:
    """The counts of a sentence with the standard tier each meets: a figure's own words after it, or those of the
    next figure of its list (``11 xã, 24 thôn đạt chuẩn NTM``: both meet the standard)."""
    figs = [f for f in index.within(block_id, s0, s1, limit=MAX_PARTS) if (index.is_stock(f) or _is_ratio(index, f)) and f.unit]
    out: list[tuple[Figure, int]] = []
    pending: list[Figure] = []
    for k, f in enumerate(figs):
        nxt = figs[k + 1].start if k + 1 < len(figs) else s1
        tail = text[f.end:nxt]
        if tail.lstrip().lower().startswith(f.unit.lower()):
            tail = tail.lstrip()[len(f.unit):]
        m = _STANDARD.search(tail)
        if m and not re.search(r"[;.]", tail[:m.start()]):
            tier = _TIER[m.group(1).lower() if m.group(1) else None]
            out += [(g, tier) for g in pending] + [(f, tier)]
            pending = []
        elif re.fullmatch(r"[\s,]*(?:và\s*)?", tail):
            pending.append(f)  # a list runs on to its shared words
        else:
            pending = []
    return out


def _standard_frames(block, index: Index) -> list[Frame]:
    """The standard's tiers in one sentence: ``có 14/15 xã đạt chuẩn nông thôn mới, 2 xã đạt chuẩn nông thôn mới
    nâng cao`` → the advanced commune is one of the 10 (same unit, a higher tier ≤ a lower one); and the additions of
    the period within the count now: ``Có thêm 6 xã đạt chuẩn NTM …. Hiện toàn tỉnh có 130 xã đạt chuẩn NTM`` (same
    unit and tier).  Read from the standard's vocabulary: a mismatch warns."""
    text = block.text
    if not _STANDARD.search(text):
        return []
    out = []
    spans = sentences(text)
    added: dict[tuple[str, int], Figure] = {}
    for s0, s1 in spans:
        tiered = _tiered(text, index, block.id, s0, s1)
        for f, tier in tiered if not _ADDED.search(text, s0, s1) else []:  # (additions of a period: no tiers)
            if _ADDRESSED.search(text, max(s0, f.start - 12), f.start):
                continue  # "đối với 05 xã đạt chuẩn …; đối với 06 xã đạt chuẩn … nâng cao": groups addressed one by one
            lower = [w for w, t in tiered if t < tier and same_unit(w.unit, f.unit) and w.start < f.start
                     and not _ADDRESSED.search(text, max(s0, w.start - 12), w.start)]
            if lower and (tier == 1 or unit_head(f.unit) != "xã" or _tier_of(tiered, lower[-1]) == 1):
                out.append(Frame(as_count(index, lower[-1]) or lower[-1], [as_count(index, f) or f], "tiers", (s0, s1)))
        if _ADDED.search(text, s0, s1) and not _STOCK_NOW.match(text, s0):
            added = {(unit_head(f.unit), tier): as_count(index, f) or f for f, tier in tiered
                     if _ADDED.search(text, s0, f.start)}
            continue
        if added and _STOCK_NOW.match(text, s0):
            for f, tier in tiered:
                part = added.get((unit_head(f.unit), tier))
                if part is not None and part.id != f.id:
                    out.append(Frame(as_count(index, f) or f, [part], "additions", (spans[0][0], s1)))
            added = {}
    return out


def _tier_of(tiered: list[tuple[Figure, int]], f: Figure) -> int:
    return next(t for g, t in tiered if g is f)


_MONTH = re.compile(r"\b(?:trong\s+tháng|tháng\s+(?:\d{1,2}|này|qua|[IVX]+)|trong\s+kỳ|từ\s+(?:ngày\s+)?\d{1,2}/\d{1,2})", re.IGNORECASE)


def _in_month(text: str, f: Figure) -> bool:
    """The figure's clause speaks of a month (or a short period), and is not itself cumulative."""
    c0, _ = clause_of(text, f.start)
    seg = text[c0:f.start]
    return bool(_MONTH.search(seg)) and not CUMULATIVE_CUE.search(seg)


def _cumulative_frames(block, index: Index) -> list[Frame]:
    """``trong tháng 5 tiếp 539 lượt …, lũy kế 5 tháng tiếp 2.058 lượt``: the month within the cumulative figure of the
    same unit and verb, in the same sentence or the one before."""
    text = block.text
    out = []
    wholes: set[int] = set()  # ids of the frames' wholes so far
    for m in CUMULATIVE_CUE.finditer(text):
        s0, s1 = sentence_of(text, m.start())
        end = clause_of(text, m.end())[1]
        cums = [f for f in index.within(block.id, m.end(), end) if index.is_stock(f) and f.unit]
        lo = from_previous_sentence(text, s0)
        pool = [f for f in index.last_before(block.id, m.start(), 16) if f.start >= lo and index.is_stock(f)
                and _in_month(text, f)]  # (the nearest figures before the cue: a window, linear however long the sentence)
        for c in cums:
            said = verb_words(text, c)
            year = _YEAR.search(text, m.start(), c.start)
            pool_c = [w for w in pool if not _other_year(text, w, year.group() if year else None)]
            cands = [w for w in pool_c if same_unit(w.unit, c.unit) and (said & verb_words(text, w) if said else False)]
            if not cands and not said - _QUARTER_WORDS:
                # "Tháng 3 có 40 doanh nghiệp thành lập mới. Lũy kế quý I có 95 doanh nghiệp thành lập mới": no verb of
                # its own, the same words after the figure; "thu ngân sách tháng 10 đạt 420 tỷ đồng; lũy kế 10 tháng đạt
                # 4.150 tỷ đồng": a clause of nothing but its period goes on with the subject before — the one month
                # figure of its unit (none other to choose from)
                tail = _tail_words(text, c)
                same = [w for w in pool_c if same_unit(w.unit, c.unit) and tail and _tail_words(text, w) == tail]
                bare = not tail and not _label_words(text, clause_of(text, c.start)[0], c)
                mine = [w for w in pool_c if same_unit(w.unit, c.unit)]
                cands = same if len(same) == 1 else mine if bare and len(mine) == 1 else []
            if not cands:
                continue
            out.append(Frame(c, [cands[-1]], "cumulative", (lo, end + 1 if end < len(text) else end)))
            wholes.add(id(c))
        more = _parallel_period_frames(text, index, block, m, set(wholes))
        out += more
        wholes.update(id(fr.whole) for fr in more)  # (kept as it grows: rebuilt per cue it made the block quadratic)
    return out


#: a run of months from the start of the year that says how many: "lũy kế 7 tháng", "8 tháng đầu năm 2025"
_RUN_OF_MONTHS = g.pattern(
    "months_so_far",
    r"\b(?:(?:lũy kế|luỹ kế)\s+(?:đến\s+hết\s+|hết\s+)?(\d{1,2})\s+tháng|(\d{1,2})\s+tháng\s+(?:đầu\s+năm|năm\s+(?:19|20)\d\d"
    r"|qua|năm\s+nay))\b",
    matches=["lũy kế 7 tháng", "8 tháng đầu năm 2025", "trong 4 tháng qua", "10 tháng năm 2022", "luỹ kế hết 5 tháng"],
    rejects=["thời hạn 6 tháng", "tháng 6 năm 2024", "ngày 15 tháng 6 năm 2024", "sau 3 tháng 5 ngày"],
    doc="A period of months counted from the year's start, with its number (the month it ends with).",
    flags=re.IGNORECASE)
#: the month a clause speaks of, by number ("trong tháng 7", "tháng 7/2025"), not a day's date ("ngày 15 tháng 7")
_MONTH_NAMED = re.compile(r"(?<!\d )(?<!\d)\btháng\s+(\d{1,2})\b(?!\s*tháng)", re.IGNORECASE)
#: words between a period cue and its figure that make the figure another period's or a target
_OTHER_PERIOD = re.compile(r"\b(?:cùng kỳ|so với|năm trước|" + g.PLAN_WORD + r"|dự toán|chỉ tiêu|mục tiêu|bình quân|trung bình)\b",
                           re.IGNORECASE)
#: the year right after a month's number: "tháng 8/2025", "tháng 8-2025", "tháng 8 năm 2025"
_MONTH_YEAR = re.compile(r"\s*(?:/|-|–|\s+năm\s+)((?:19|20)\d\d)(?!\d)")
_YEAR = re.compile(r"(?<![\d/.,])(?:19|20)\d\d(?![\d/.,]\d)")
#: the words after a figure, to the next figure, ";" or sentence end (a window)
_AFTER_UNIT = re.compile(r"[^\d;.]{0,120}")
_SPAN_WORDS = {"tuy", "nhiên", "nếu", "với", "cho", "của", "và", "bị", "tại", "trên", "địa", "bàn"}


def _measure_words(text: str, f: Figure, lo: int) -> set[tuple[str, str]]:
    """What a figure measures, as the pairs of adjacent words around it (``kim ngạch``, ``xuất khẩu``, ``cấp mới``):
    a window before it (from lo) and the words after its unit up to the next figure, ``;`` or sentence end; pairs of
    names (capitalised words), of the figure's unit, of period and function words left out.  Pairs, not words:
    ``xuất khẩu`` and ``xuất siêu`` share a word, not a measure."""
    m = _AFTER_UNIT.match(text, f.end)
    unit = set((f.unit or "").lower().split())
    out = set()
    for seg in (text[max(lo, f.start - 80):f.start], m.group()):
        words = re.findall(r"[^\W\d_]+", seg)
        keep = [w if w[:1].islower() and w not in unit and w not in _VERB_STOP and w not in _PERIOD_WORDS
                and w not in _SPAN_WORDS else "" for w in words]
        out |= {(a, b) for a, b in zip(keep, keep[1:]) if a and b}
    return out


def _first_of_units(index: Index, block_id: str, start: int, end: int) -> list[Figure]:
    """The first stock of each unit in [start, end) (the later ones of a unit are another period's, a target's …)."""
    seen, out = set(), []
    for f in index.within(block_id, start, end, limit=12):
        if index.is_stock(f) and f.unit and f.value is not None and unit_head(f.unit) not in seen:
            seen.add(unit_head(f.unit))
            out.append(f)
    return out


def _months_so_far_frames(block, index: Index, previous: list, done: set[str]) -> list[Frame]:
    """``Tháng 8 thu 610 tỷ đồng …`` (a paragraph, or a sentence before) then ``Lũy kế 8 tháng thu 4.870 tỷ đồng …``:
    the month within the months so far that end with it (the month's number is the run's length), the same unit and
    at least two pairs of adjacent words alike around the two figures (the same measure); the one month figure so
    named, within the sentences before or the paragraph before.  The month named by the words of its own sentence, the year the same
    if both name one; read from period words, a mismatch warns."""
    text = block.text
    out = []
    first_month = _MONTH_NAMED.search(text)  # (once: a search from the block's start per cue made it quadratic)
    for m in _RUN_OF_MONTHS.finditer(text):
        n = int(m.group(1) or m.group(2))
        if not 2 <= n <= 12:
            continue
        s0, _ = sentence_of(text, m.start())
        c0, end = clause_of(text, m.end())
        year = _YEAR.search(text, m.start(), min(len(text), m.end() + 12))
        year_c = year.group() if year else None
        pools = [(block, max(0, from_previous_sentence(text, from_previous_sentence(text, s0))), m.start())]
        if previous and (first_month is None or first_month.start() >= s0):
            pools.append((previous[-1], 0, len(previous[-1].text)))
        for c in _first_of_units(index, block.id, m.end(), end):
            if c.id in done or _OTHER_PERIOD.search(text, m.end(), c.start):
                continue
            cands = []
            for pb, lo, hi in pools:
                for w in index.last_before(pb.id, hi, 16):
                    if w.start < lo or not index.is_stock(w) or not same_unit(w.unit, c.unit):
                        continue
                    ptext = pb.text
                    w0 = max(sentence_of(ptext, w.start)[0], w.start - 240)  # (a window: linear in long sentences)
                    named = list(_MONTH_NAMED.finditer(ptext, w0, w.start))
                    if not named or int(named[-1].group(1)) != n or _RUN_OF_MONTHS.search(ptext, w0, w.start) \
                            or CUMULATIVE_CUE.search(ptext, w0, w.start) \
                            or _OTHER_PERIOD.search(ptext, named[-1].end(), w.start):
                        continue
                    if w not in _first_of_units(index, pb.id, named[-1].end(), w.end):
                        continue  # (the first of its unit after the month's name)
                    wy = _MONTH_YEAR.match(ptext, named[-1].end())
                    if wy and year_c and wy.group(1) != year_c:
                        continue
                    if len(_measure_words(ptext, w, w0) & _measure_words(text, c, c0)) >= 2:
                        cands.append(w)
            if len(cands) == 1:
                out.append(Frame(c, cands, "cumulative", (s0, end + 1 if end < len(text) else end)))
                done.add(c.id)
    return out


def _other_year(text: str, w: Figure, year: str | None) -> bool:
    """Does the month a figure's clause names (``tháng 8/2024``) fall in another year than the one given?"""
    if year is None:
        return False
    c0 = max(clause_of(text, w.start)[0], w.start - 240)  # (a window: linear in long clauses)
    named = list(_MONTH_NAMED.finditer(text, c0, w.start))
    my = _MONTH_YEAR.match(text, named[-1].end()) if named else None
    return bool(my) and my.group(1) != year


_QUARTER_WORDS = {"quý", "i", "ii", "iii", "iv", "tuần", "đợt"}
#: the words after a figure's unit, to a mark or the next figure: "40 doanh nghiệp thành lập mới." → "thành lập mới"
_TAIL = re.compile(r"[^\d;,.:()]{0,60}")


def _tail_words(text: str, f: Figure) -> str:
    tail = " ".join(_TAIL.match(text, f.end).group().split()).lower()
    unit = (f.unit or "").lower()
    return tail[len(unit):].strip() if unit and tail.startswith(unit) else tail


_PERIOD_WORDS = {"của", "là", "được", "có", "tháng", "lũy", "luỹ", "kế", "từ", "đầu", "năm", "nay", "đến", "trong", "kỳ", "này"}
_RUN = 6  # sentences a parallel period run may have


def _label_words(text: str, s0: int, f: Figure) -> frozenset[str]:
    """The words that name what a figure counts in its sentence, without the period (``tháng 5``, ``Lũy kế 5
    tháng``) and function words: ``Tổng số vụ thuộc thẩm quyền của cấp huyện tháng 5 là 40 vụ`` → {vụ, thuộc, …}."""
    words = re.findall(r"[^\W\d_]+", text[max(s0, f.start - 160):f.start].lower())  # (a window: linear in long sentences)
    return frozenset(w for w in words if w not in _PERIOD_WORDS and w not in _VERB_STOP)


def _parallel_period_frames(text: str, index: Index, block, m, done: set[int]) -> list[Frame]:
    """Parallel sentences for the month and for the cumulative period: ``Tháng 5, cấp tỉnh thụ lý 40 vụ. Cấp huyện
    thụ lý 120 vụ. Lũy kế 5 tháng, cấp tỉnh thụ lý 210 vụ. Cấp huyện thụ lý 600 vụ.`` — each month figure within the
    cumulative one named by the same words (every word of the two names alike, the period left out).  The month run
    opens with a month word and the cumulative run with the cue; neither run has another period word."""
    spans = sentences(text)
    k = bisect_right(sentence_starts(text), m.start()) - 1  # (by bisection: linear over all the cues)
    if k < 0 or not spans[k][0] <= m.start() < spans[k][1]:
        return []
    if CUMULATIVE_CUE.search(text, spans[k][0], m.start()):
        return []
    month_k = None
    for j in range(k - 1, max(-1, k - 1 - _RUN), -1):
        a, b = spans[j]
        if CUMULATIVE_CUE.search(text, a, b):
            break
        if _MONTH.search(text, a, b):
            month_k = j
            break
    if month_k is None:
        return []
    after = [k]
    for j in range(k + 1, min(len(spans), k + _RUN)):
        a, b = spans[j]
        if CUMULATIVE_CUE.search(text, a, b) or _MONTH.search(text, a, b):
            break
        after.append(j)

    def named(js):
        out = {}
        for j in js:
            for f in index.within(block.id, *spans[j]):
                if index.is_stock(f) and f.unit:
                    lab = _label_words(text, spans[j][0], f)
                    if len(lab) >= 2:
                        out.setdefault((lab, unit_head(f.unit)), []).append(f)
        return out

    months = named(range(month_k, k))
    cums = named(after)
    frames_ = []
    for key, cs in cums.items():
        ws = months.get(key, [])
        if len(cs) == 1 and len(ws) == 1 and id(cs[0]) not in done:
            frames_.append(Frame(cs[0], ws, "cumulative", (spans[month_k][0], spans[after[-1]][1])))
    return frames_


#: the new total a clause brings a stock to, right before its figure: "…, nâng tổng số hội viên toàn huyện lên "
_RAISED_TO = g.pattern("raised_to", g.RAISED_LEAD + r"[^\d.;:()]{0,80}?\blên\s+(?:(?:con số|mức|thành)\s+)?$",
                       matches=["kết nạp thêm 320 hội viên, nâng tổng số hội viên lên ", "đưa tổng số xã đạt chuẩn lên "],
                       rejects=["nâng cao chất lượng lên ", "nâng tổng số hội viên lên 8.450 người"], flags=re.IGNORECASE)
#: an addition of the period, in the words before its figure: "kết nạp (mới) …", "phát triển mới …", "có thêm …"
_ADDITION = g.pattern("addition", r"\b(?:kết nạp|thêm|thành lập mới|thành lập|phát triển mới|phát triển|trồng mới|"
                      r"công nhận mới|xây dựng mới|cấp mới|bổ sung)\b",
                      matches=["Năm qua kết nạp thêm ", "phát triển mới ", "có thêm "], rejects=["giảm ", "còn lại "],
                      flags=re.IGNORECASE)


def _raised_frames(block, index: Index) -> list[Frame]:
    """``Năm qua kết nạp thêm 320 hội viên, nâng tổng số hội viên lên 8.450 người``: the additions of the period are
    among the new total (the last addition of its kind before the clause, in its sentence).  Read from the verbs, a
    part over the whole warns."""
    text = block.text
    out = []
    for m in _RAISED_CLAUSE.finditer(text):
        whole = next(iter(index.within(block.id, m.end(), min(len(text), m.end() + 120), TOTAL_KINDS, limit=1)), None)
        if whole is None or whole.value is None or not index.is_stock(whole) \
                or not _RAISED_TO.search(text, max(0, whole.start - 120), whole.start):
            continue
        s0, _ = sentence_of(text, m.start())
        before = [f for f in index.last_before(block.id, m.start(), 6) if f.start >= s0 and f.kind in TOTAL_KINDS
                  and f.value is not None and same_kind(f.unit, whole.unit)]
        if not before:
            continue
        part = before[-1]
        c0 = max(s0, text.rfind(",", s0, part.start) + 1, text.rfind(";", s0, part.start) + 1)
        if not _ADDITION.search(text, c0, part.start) or index.paren(part) or part.qualifier in ("trên", "hơn", "ngoài"):
            continue
        out.append(Frame(whole, [part], "raised", (s0, sentence_of(text, whole.start)[1])))
    return out


_RAISED_CLAUSE = re.compile(g.RAISED_LEAD, re.IGNORECASE)
#: a net balance, the difference of two flows: "xuất siêu 10,7 tỷ USD", "thặng dư thương mại đạt …"
_BALANCE_WORD = re.compile(r"\b(?:xuất siêu|nhập siêu|thặng dư|thâm hụt)\b", re.IGNORECASE)
_BALANCE_BEFORE = re.compile(r"\b(?:xuất siêu|nhập siêu|thặng dư|thâm hụt|cán cân|chênh lệch)\b[^\d.;]{0,20}$", re.IGNORECASE)
#: a clause closing a list with the new total: ", đưa tổng số đảng viên lên …", ", nâng tổng số … lên …"
_RAISED_TOTAL = re.compile(r"[,;]\s*(?:đưa|nâng)\s+(?:tổng\s+)?số\b", re.IGNORECASE)
#: a share whose part stands in the bracket after it: "trong đó, đảng viên nữ chiếm 60% (" + "750 đảng viên)"
_SHARE_BEFORE_BRACKET = re.compile(r"\bchiếm\s+(?:tỷ lệ\s+|tỉ lệ\s+)?[\d.,]+\s*%\s*\($", re.IGNORECASE)
#: a figure attached to the item before it: "90 đảng bộ cơ sở, với 700 chi bộ trực thuộc"
_WITH_ITEM = re.compile(r"\bvới\s+$", re.IGNORECASE)


def _with_item(text: str, index: Index, block_id: str, c1: int, f: Figure) -> bool:
    """``90 đảng bộ cơ sở, với 700 chi bộ trực thuộc``: a figure after ``với`` that counts the same kind of thing as
    the item before it belongs to that item (not ``8 dự án với 370 triệu USD``: the item's amount)."""
    if not _WITH_ITEM.search(text, max(c1, f.start - 12), f.start):
        return False
    before = index.last_before(block_id, f.start, 1)
    return bool(before) and before[0].start >= c1 and same_kind(before[0].unit, f.unit)


#: the word that turns from what was entered to what came of it: "có 275 hộ đăng ký, kết quả có 155 hộ …"
_RESULT = re.compile(r"\bkết quả\b", re.IGNORECASE)


def _stage_of_item(text: str, index: Index, block_id: str, c1: int, f: Figure) -> bool:
    """``Trong đó cấp huyện 16.300 hồ sơ, giải quyết 15.900 hồ sơ; cấp xã …``: a figure a later-stage verb opens,
    right after a comma and the item before it (of its kind, in its ``;`` segment, not opened by that verb): the item's
    own funnel, never another part of the whole."""
    m = next((x for x in FUNNEL_CUE.finditer(text, max(c1, f.start - 40), f.end) if x.end() == f.start - 1), None)
    if m is None or text[max(c1, m.start() - 2):m.start()].strip() != ",":
        return False
    before = index.last_before(block_id, m.start(), 1)
    if not before or before[0].start < c1 or not same_kind(before[0].unit, f.unit) or ";" in text[before[0].end:m.start()]:
        return False
    cue = m.group(0).lower().split()[-1]
    return cue not in text[max(c1, before[0].start - 30):before[0].start].lower() \
        and cue not in text[max(0, c1 - 200):c1].lower()  # ("khám phá 452 vụ; trong đó … xảy ra 38 vụ, khám phá 37
    # vụ": the whole is of that stage, and the stage's count its part)


def _subset_frames(block, index: Index) -> list[Frame]:
    text = block.text
    out = []
    cues = [(m.start(), m.end(), bool(m.group(1) or m.group(2) or "cơ cấu" in m.group(0).lower()))
            for m in SUBSET_CUE.finditer(text)]
    cues += [(m.start(), m.end(), False) for m in _PAREN_HAS.finditer(text)]
    cues = sorted(cues)
    last_end = 0  # where the previous cue's parts end: a part of that list is never this cue's whole
    for k, (c0, c1, colon) in enumerate(cues):
        s0, s1 = sentence_of(text, c0)
        floor = last_end if last_end > s0 and ";" in text[last_end:c0] else 0  # (a cue in the same clause nests)
        last_end = 0
        opens = not text[s0:c0].strip(" -–•*")
        paren_cue = text[c0] == "("
        if paren_cue:
            end = text.find(")", c1)
            end = s1 if end == -1 else end
        elif colon or opens:
            end = s1  # "trong đó:" and a sentence opening with "Trong đó" list parts to the sentence end
            if colon and not text[c1:s1].strip():
                end = _bullets_end(text, s1)  # "trong đó:\n- cấp tỉnh: 20 cuộc;\n- cấp huyện: …": the lines below
        else:
            end = max(clause_of(text, c1)[1], c1)
        if not paren_cue:
            opened = text.rfind("(", s0, c0)
            closed = text.find(")", c1, end) if opened >= 0 and text.rfind(")", opened, c0) < 0 else -1
            if closed >= 0:  # (looked for within the cue's own reach only: linear however many cues a block has)
                end = closed  # "giải quyết 11 tin (trong đó: khởi tố 02 tin, …); còn lại 05 tin": the bracket's list
                # ends with the bracket, and what follows belongs to the figure outside it
        if not paren_cue and k + 1 < len(cues) and cues[k + 1][0] < end and text[cues[k + 1][0]] != "(":
            end = cues[k + 1][0]  # "…, trong đó 12 đơn tố cáo, trong đó 5 đơn …": the next cue opens a sub-breakdown
        nested = _NESTED_LIST.search(text, c1, end) if not paren_cue else None
        drop = (0, 0)
        if nested is not None:  # "…; thu do huyện quản lý 197,7 tỷ đồng, gồm: thu thuế …": the items are the part's
            drop = (nested.start(), end if nested.group(1) else clause_of(text, nested.end())[1])
        drops = [drop]
        if not paren_cue:  # "…; 5 trường THCS gồm: A, B …; 4 trường mầm non gồm: C …, 3 trường còn lại …": each
            # part's own list, to the next ";", is no part of the whole (at most a few looked at: linear)
            for nm in islice(_PART_LIST.finditer(text, c1, end), 6):
                semi = text.find(";", nm.end(), end)
                drops.append((nm.start(), end if semi < 0 else semi))
        raised = _RAISED_TOTAL.search(text, c1, end)
        if raised is not None:
            end = raised.start()  # "…, trong đó 40 nữ, đưa tổng số đảng viên lên 12.350": the new total is no part
        cumul = CUMULATIVE_CUE.search(text, c1, end) if not (paren_cue or opens or colon) else None
        # (a sentence opening "Trong đó, …" may list each part's month and cumulative figures: see _by_period)
        if cumul is not None and index.within(block.id, c1, cumul.start(), TOTAL_KINDS):
            end = cumul.start()  # "tháng 7 đạt 34.000 tấn; trong đó, tôm 20.000 tấn, …, lũy kế 7 tháng đạt 236.624 tấn":
            # the cumulative figure opens another period, no part of the month's
        parts = _stocks(index, [f for f in index.within(block.id, c1, end, limit=MAX_PARTS)
                                if not any(a <= f.start < z for a, z in drops) and not per_unit(text, f)
                                and not named_base(text, f)
                                and not ((fp := index.paren(f)) is not None and fp[0] > c1
                                         and not (_SHARE_BEFORE_BRACKET.search(text, max(c1, fp[0] - 40), fp[0] + 1)
                                                  and text[f.end:fp[1]].strip().lower() == (f.unit or "").lower()
                                                  and not text[fp[0] + 1:f.start].strip()))
                                and not _with_item(text, index, block.id, c1, f)
                                and not _stage_of_item(text, index, block.id, c1, f)])
        # (not "70 đảng bộ cơ sở (5 đảng bộ bộ phận và 640 chi bộ trực thuộc)" nor "90 đảng bộ, với 700 chi bộ": the
        # units inside a part)
        if not parts:
            continue
        last_end = parts[-1].end if not (paren_cue or colon or opens) else 0  # (a list to the sentence end may
        # run past its own clause onto the next whole: only a clause's list is a floor)
        # the whole: the nearest figure of the parts' unit before the cue, in its sentence (the previous sentence
        # for "… . Trong đó, …"), outside asides; when that figure is a change or a value of another period, the
        # parts belong to it and nothing is checked
        if opens:
            prev = previous_sentence(text, s0)
            if prev is None:
                continue
            p0 = prev[0]
            before = _last_within(index, block.id, p0, s0, TOTAL_KINDS | {"ratio"})
        else:
            p0 = s0
            before = _last_within(index, block.id, s0, c0, TOTAL_KINDS | {"ratio"})
        before = _outside_asides(index, [as_count(index, f) or f for f in before if f.value is not None and f.start >= floor],
                                 c0)  # ("kiểm tra 4 đảng viên, trong đó 1 cấp ủy viên; giám sát 25 đảng viên, trong đó
        # 12 cấp ủy viên": the 12 are of the 25, not of the 1)
        cands = next(([f for f in before if same_unit(f.unit, p.unit)] for p in parts
                      if p.unit and any(same_unit(f.unit, p.unit) for f in before)), [])
        if not cands:
            cands = next(([f for f in before if same_kind(f.unit, p.unit)] for p in parts
                          if p.unit and any(same_kind(f.unit, p.unit) for f in before)), [])
        elif not opens and (near := before[-1]).start > cands[-1].start and near.unit and parts[0].unit \
                and same_kind(near.unit, parts[0].unit) and c0 - near.end <= 40 \
                and text[near.end:c0].strip(" ,(").lower() == near.unit.lower():
            cands = [near]  # "… lên 60.000 người, trong đó 9.000 đảng viên …": the figure the cue follows, of the
            # parts' kind, is their whole (not an earlier one of their very unit: "kết nạp 1.500 đảng viên")
        elif not opens and (near := before[-1]).start > cands[-1].start and index.is_stock(near) and near.unit \
                and parts[0].unit and same_kind(near.unit, parts[0].unit) and not re.search(r"[;.]", text[near.end:c0]) \
                and (as_count(index, cands[-1]) is None or _RESULT.search(text, cands[-1].end, near.start)):
            cands = [near]  # "có 275 hộ đăng ký, kết quả có 155 hộ gia đình đạt …, trong đó cấp tỉnh 8 hộ": the count
            # of the parts' kind after the result word (or after a plan) is the whole, not the registered 275
        visits = False
        if not cands:
            cands = _visits_of(text, before, parts)
            visits = bool(cands)
        cross = False
        if not cands and not opens and not paren_cue:
            cands = _pair_in_other_unit(text, index, before, parts, c1)
            cross = bool(cands)
        if cands and as_count(index, cands[-1]) is None:
            cands = _beyond_change(text, index, block.id, cands, parts, p0 if opens else None)
        if not cands or as_count(index, cands[-1]) is None:
            continue
        if opens and len([f for f in cands if as_count(index, f) is not None]) > 1:
            # "… 105 nhà; sửa chữa 02 nhà …. Trong đó có 47 nhà": which whole? not guessed — unless the wholes are one
            # month's and the cumulative figure, and each part says which it is
            out += _by_period(text, index, [f for f in cands if as_count(index, f) is not None], parts, "trong_do",
                              (p0, s1))
            continue
        whole = cands[-1]
        if _BALANCE_BEFORE.search(text, max(0, whole.start - 30), whole.start) \
                and not _BALANCE_WORD.search(text, c1, parts[-1].start):
            continue  # "xuất siêu 10 tỷ USD. Trong đó, xuất khẩu 25 tỷ USD, nhập khẩu 15 tỷ USD": a balance is the
            # difference of the two flows after it, never their sum (sectors' own balances are its parts: "trong đó,
            # khu vực A xuất siêu 600 triệu USD, …")
        top = max((p.value for p in parts if p.value is not None and same_kind(p.unit, whole.unit)), default=None)
        if top is not None and whole.value is not None and top > (exact_or_interval(whole)[1] or whole.value) and any(
                f.value is not None and f.value >= top and f.start < whole.start and (
                    same_kind(f.unit, whole.unit) or f" {whole.unit} " in f" {text[f.end:f.end + 30]} ")  # "21 lượt đơn"
                for f in before if as_count(index, f) is not None):
            continue  # "tiếp nhận 30 đơn, giải quyết 12 đơn, trong đó 18 đơn lưu": a part larger than the nearest
            # figure belongs to an earlier one; which, the text does not say
        if top is not None and whole.value is not None and top > (exact_or_interval(whole)[1] or whole.value):
            siblings = [f for f in before if f.start <= whole.start and as_count(index, f) is not None
                        and same_kind(f.unit, whole.unit)]
            if len(siblings) > 1 and sum(f.value for f in siblings) >= top:
                continue  # "có 12 hợp tác xã loại khá, 85 hợp tác xã loại trung bình, thuộc 3 lĩnh vực, trong đó 90 hợp
                # tác xã nông nghiệp; …": the parts may be of the siblings together (97), not of the nearest one
        if opens and top is not None and whole.value is not None and top > (exact_or_interval(whole)[1] or whole.value) \
                and any(f.start > whole.end and f.kind == "count" and f.value is not None and f.value >= top
                        for f in before if index.is_stock(f)):
            continue  # "bắt giữ 02 vụ … ma túy, xử lý 50 trường hợp buôn lậu, …. Trong đó 07 vụ vận chuyển pháo nổ":
            # a sentence of several counts; the part larger than the one of its unit belongs to a later one
        nouns = _compound_nouns(text, whole, c0, parts)
        mine = [p for p in parts if same_kind(p.unit, whole.unit) or not p.unit and not p.qualifier
                or any(same_unit(p.unit, n) for n in nouns) or cross or visits and same_unit(p.unit, parts[0].unit)]  # (a bare "trên 18" is a bound, no part)
        mine = [p for p in mine if not _over_same_base(index, whole, p)]
        said = casualty(text, whole)
        if said:  # "10 người mất tích, trong đó ở A là 6 người …, 4 người bị thương": the injured are no part of the
            # missing — the list of the missing ends where another toll begins
            clash = next((k for k, p in enumerate(mine) if casualty(text, p) not in ("", said)), None)
            mine = mine if clash is None else mine[:clash]
        if not mine:
            continue
        kind = "paren_co" if paren_cue else "trong_do"
        labels = [_label(text, p, c1) for p in mine]
        span = (min(p0, sentence_of(text, whole.start)[0]) if opens else sentence_of(text, whole.start)[0],
                s1 if not paren_cue else end + 1)
        named = replace(whole, unit=", ".join(nouns)) if nouns else whole
        cue = partition_cue(named, labels)
        if cue == "others" and any(p.kind == "count" and p.start < mine[-1].start and all(p is not q for q in mine)
                                   for p in parts):
            cue = ""  # ("18 chủ rừng …, 129 chủ rừng …, 13 UBND xã … và 7 chủ rừng khác": an item counted in another
            # noun was left out, so the list read is not all of the whole)
        out.append(Frame(whole, mine, kind, span, labels, cue, visits=visits))
        originals = [f for f in index.within(block.id, c1, end, limit=MAX_PARTS) if f.kind == "ratio" and
                     any(p.start == f.start for p in mine)]
        twin = _ratio_twin(out[-1], index, originals, index.at(whole.block, whole.start) or whole)
        if twin is not None and len(originals) == len(mine):
            out.append(twin)
        if not cross:
            out += _paired_whole_frames(text, index, before, whole, [p for p in parts if p not in mine], kind, span, c1)
            out += _toll_frames(text, index, before, whole, [p for p in parts if p not in mine], span, c1,
                                list(zip(mine, labels)))
        if not paren_cue and len(mine) == 1 and end >= s1 - 1 and (nxt := next_sentence(text, s1)) is not None:
            rest = _other_half(text, index, block.id, nxt, whole, labels[0])
            if rest:  # "Trong đó khách quốc tế 120 nghìn lượt, tăng 8%. Khách nội địa 180 nghìn lượt, …"
                more = [lab for _, lab, _ in rest]
                out.append(Frame(whole, mine + [f for f, _, _ in rest], kind, (span[0], rest[-1][2]), labels + more,
                                 partition_cue(named, labels + more)))
        if not paren_cue and colon and end >= s1 - 1:
            run, at = [], next_sentence(text, s1)
            while at is not None and len(run) < _RUN and (item := _item_sentence(text, index, block.id, at, whole)):
                run.append(item)  # "trong đó: Hàng xuất khẩu đạt 815.000 TEUs, …. Hàng nhập khẩu đạt 727.000 TEUs, …
                at = next_sentence(text, at[1])  # . Hàng nội địa …": a colon's list, one item per sentence (a sum only)
            if run:
                out.append(Frame(whole, mine + run, "trong_do_cont", (span[0], at[0] if at else len(text)), [], ""))
        if not paren_cue and end >= s1 - 1 and (nxt := next_sentence(text, s1)) is not None \
                and (cont := _CONTINUES.match(text, nxt[0])) is not None:
            more = [f for f in index.within(block.id, cont.end(), nxt[1], limit=MAX_PARTS)
                    if index.is_stock(f) and same_unit(f.unit, whole.unit)]
            if more:  # "Bên cạnh đó, còn có 6.141 lượt góp vốn … 7,5 tỷ USD": the list may go on (a sum only)
                out.append(Frame(whole, mine + more, "trong_do_cont", (span[0], nxt[1]), [], ""))
    return out


def _other_half(text: str, index: Index, block_id: str, nxt: tuple[int, int], whole: Figure,
                label: str) -> list[tuple[Figure, str, int]]:
    """The sentences after a one-part ``Trong đó`` that go on with its list, each (figure, label, sentence end): the
    other half of a complementary pair in the whole's unit (``… Trong đó khách quốc tế 120 nghìn lượt. Khách nội địa
    180 nghìn lượt.``), or a run of sentences each opening with another class of the part's classification
    (``Trong đó, đường bộ chở 300 nghìn lượt …. Đường thủy chở 90 nghìn lượt …``).  Not when the sentence after
    them opens the same way (``Hàng nội địa đạt 412.000 TEUs``): the list goes on, the ones read are some of it."""
    half = _item_sentence(text, index, block_id, nxt, whole)
    if half is None:
        return []
    run = [(half, _label(text, half, nxt[0]), nxt[1])]
    pair = complementary_pair([label, run[0][1]])
    at = nxt
    while pair or distinct_classes([label] + [lab for _, lab, _ in run]):
        after = next_sentence(text, at[1])
        if after is None or not _opens_like_item(text, after, whole):
            return run
        item = None if pair or len(run) >= _RUN else _item_sentence(text, index, block_id, after, whole)
        if item is None:
            return []
        run.append((item, _label(text, item, after[0]), after[1]))
        at = after
    return []


#: a sentence opening as an item of a list: a few words naming it, then its figure (the unit is checked after)
_ITEM_LEAD = re.compile(r"\s*(?:[-–•]\s*)?[^\W\d_][^\d,;:()]{0,40}?(?:\s+(?:là|có|đạt))?\s*")
_ITEM_OPENING = re.compile(_ITEM_LEAD.pattern + r"\d[\d.,]*\s+(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)?([^\W\d_]+)",
                           re.IGNORECASE)  # (the unit after a scale word: "Hàng nội địa ước đạt 773 nghìn TEUs")


def _opens_like_item(text: str, span: tuple[int, int], whole: Figure) -> bool:
    """Does a sentence open as one more item in the whole's unit, whatever its number (``Hàng nội địa đạt 412,000
    TEUs`` — a number figaudit may not read is still an item)?"""
    m = _ITEM_OPENING.match(text, span[0], min(span[1], span[0] + 120))
    head = whole.unit.split(" ")[0].lower() if whole.unit else ""
    return bool(m and head and m.group(1).lower() == head)


def _item_sentence(text: str, index: Index, block_id: str, span: tuple[int, int], whole: Figure) -> Figure | None:
    """The figure a sentence opens with when it reads as one more item of a list of the whole's unit: a few words
    naming the item, then the figure (``Hàng nhập khẩu đạt 727.000 TEUs, …``)."""
    figs = index.within(block_id, span[0], min(span[1], span[0] + 80), limit=1)
    if not figs or not index.is_stock(figs[0]) or not same_unit(figs[0].unit, whole.unit):
        return None
    if not _ITEM_LEAD.fullmatch(text, span[0], figs[0].start):
        return None
    return figs[0]


#: between the two figures of a pair of wholes: "12 tổ chức và 45 cá nhân", "8 tập thể, 30 cá nhân"
_PAIR_GAP = re.compile(r"\s*(?:[^\W\d_]+\s*){0,4}?(?:,|\bvà)\s*")


def _paired_whole_frames(text: str, index: Index, before: list[Figure], whole: Figure, rest: list[Figure], kind: str,
                         span: tuple[int, int], cue: int) -> list[Frame]:
    """``xử lý 12 tổ chức và 45 cá nhân, trong đó phạt tiền 10 tổ chức và 40 cá nhân``: the parts of the other unit
    belong to the whole of that unit paired with the first one (the two wholes side by side before the cue)."""
    rest = [p for p in rest if p.unit and not same_kind(p.unit, whole.unit)]
    if not rest:
        return []
    k = next((i for i, f in enumerate(before) if f.start == whole.start), None)
    if k is None:
        return []
    out = []
    for j in (k - 1, k + 1):  # the whole's neighbour on either side, paired with it by a comma or "và"
        if not 0 <= j < len(before):
            continue
        other = before[j]
        a, b = (other, whole) if j < k else (whole, other)
        mine = [p for p in rest if same_unit(p.unit, other.unit)]
        if not mine or as_count(index, other) is None or not _PAIR_GAP.fullmatch(text, a.end, b.start):
            continue
        labels = [_paired_label(text, index, p, cue) for p in mine]
        out.append(Frame(as_count(index, other), mine, kind, span, labels, partition_cue(other, labels)))
    return out


def _toll_frames(text: str, index: Index, before: list[Figure], whole: Figure, rest: list[Figure],
                 span: tuple[int, int], cue: int, items: list[tuple[Figure, str]]) -> list[Frame]:
    """``30 vụ, làm chết 16 người, bị thương 15 người. Trong đó, nghiêm trọng 18 vụ, làm chết 16 người, …``: the
    parts' tolls (the dead, the injured) are of the toll of that kind stated with the whole — the one figure before
    the cue of that unit and toll.  The item lists one toll beside its cases, so the frame is read from place (a
    mismatch warns)."""
    groups: dict[str, list[Figure]] = {}
    for p in rest:
        if p.unit and not same_kind(p.unit, whole.unit) and (said := toll(text, p)):
            groups.setdefault(said, []).append(p)
    out = []
    for said, mine in groups.items():
        wholes = [f for f in before if f.start > whole.start - 200 and f.unit and same_kind(f.unit, mine[0].unit)
                  and toll(text, f) == said and as_count(index, f) is not None]
        if len(wholes) == 1 and wholes[0].start < cue:
            labels = [_item_label(text, p, items) or _label(text, p, cue) for p in mine]
            out.append(Frame(as_count(index, wholes[0]), mine, "toll", span, labels, ""))
    return out


def _item_label(text: str, p: Figure, items: list[tuple[Figure, str]]) -> str:
    """The label of the case figure of ``p``'s own item (``tai nạn nghiêm trọng 18 vụ, 16 người chết``: the toll's
    item is "tai nạn nghiêm trọng")."""
    q, lab = next(((q, lab) for q, lab in reversed(items) if q.start < p.start), (None, ""))
    return lab if q is not None and not re.search(r"[;.]", text[q.end:p.start]) else ""  # (the nearest item only)


def _paired_label(text: str, index: Index, p: Figure, cue: int) -> str:
    """The label of the second figure of a pair (``xử lý hình sự 241 vụ, 376 đối tượng``): the words before the
    first, which name both."""
    own = _label(text, p, cue)
    prev = index.last_before(p.block, p.start, 1)
    if prev and prev[0].start >= cue and _PAIR_GAP.fullmatch(text, prev[0].end, p.start) \
            and not re.search(r"[^\W\d_]", text[prev[0].end:p.start].replace(prev[0].unit, "", 1).strip(" ,")):
        return " ".join(filter(None, (_label(text, prev[0], cue), own)))
    return own


#: a sentence that may go on with the list of the sentence before ("Cùng với đó, …", "Bên cạnh đó, còn có …")
_CONTINUES = re.compile(r"\s*(?:[-–•]\s*)?(?:cùng với đó|bên cạnh đó)\s*,?\s*(?:còn\s+)?(?:có\s+)?", re.IGNORECASE)


def _compound_nouns(text: str, whole: Figure, cue: int, parts: list[Figure] = ()) -> list[str]:
    """``có 201 mô hình, điển hình, trong đó …``: the nouns the whole counts, when its unit runs on to the cue as a
    list of short nouns (the figure's unit stops at the comma); or, when a description follows the list (``201 mô
    hình, điển hình "Dân vận khéo" đạt hiệu quả (trong đó …)``), the parts' own nouns when the list right after
    the whole names each of them."""
    gap = text[whole.end:cue]
    units = []
    for p in parts:
        if p.unit and p.unit.lower() not in units:
            units.append(p.unit.lower())
    if whole.unit and len(units) >= 2 and units[0] == whole.unit.lower():
        head = re.split(r"[“\"(\d;:]", text[whole.end:whole.end + 60])[0].lower()
        listed = [" ".join(n.split()) for n in re.split(r",|\bvà\b", head)]
        listed[0] = whole.unit.lower()
        if all(any(n == u or n.startswith(u + " ") and k == len(listed) - 1 for k, n in enumerate(listed)) for u in units):
            return units
    if not whole.unit or len(gap) > 60 or re.search(r"\d|[;:()]", gap):
        return []
    nouns = [" ".join(n.split()).lower() for n in re.split(r",|\bvà\b", gap) if n.strip()]
    if not 2 <= len(nouns) <= 4 or not nouns[0].startswith(whole.unit.lower()) or any(len(n.split()) > 4 for n in nouns):
        return []
    return nouns


def _pair_in_other_unit(text: str, index: Index, before: list[Figure], parts: list[Figure], cue: int) -> list[Figure]:
    """``cần hỗ trợ 36 hộ, trong đó 30 nhà làm mới, 6 nhà sửa chữa``: two parts of one unit naming complementary
    halves, after a whole counted in another noun.  The nearest stock before the cue is the whole only when the two
    add up to it (a reading that is never the ground of a discrepancy)."""
    if len(parts) != 2 or not parts[0].unit or parts[0].unit != parts[1].unit or not before:
        return []
    if not complementary_pair([_label(text, p, cue) for p in parts]):
        return []
    whole = as_count(index, before[-1])
    if whole is None or not fits(whole, *sum_interval(parts)[:2]):
        return []
    return [whole]


def _beyond_change(text: str, index: Index, block_id: str, cands: list[Figure], parts: list[Figure],
                   sentence_start: int | None) -> list[Figure]:
    """The nearest figure before ``trong đó`` is a change (``… tăng 15 thôn so với năm trước, trong đó 120 thôn …``,
    or a whole sentence of changes before ``Trong đó, …``).  The parts may be of the change; only when every part
    exceeds it can they not be, and the whole is the nearest stock before it (in the sentence before the changes,
    for a sentence opening with ``Trong đó``) — kept only when every part fits in it: this reading is never the
    ground of a discrepancy."""
    change = cands[-1]
    mine = [p for p in parts if same_unit(p.unit, change.unit)]
    if index.role(change) != "change" or change.value is None or not mine or \
            any(p.value is None or p.value <= abs(change.value) for p in mine):
        return []
    stocks = [f for f in cands if as_count(index, f) is not None]
    if not stocks and sentence_start is not None and (prev := previous_sentence(text, sentence_start)) is not None:
        stocks = [c for f in index.within(block_id, prev[0], sentence_start, TOTAL_KINDS | {"ratio"})
                  if same_unit(f.unit, change.unit) and (c := as_count(index, f)) is not None]
    if not stocks:
        return []
    hi = exact_or_interval(stocks[-1])[1]
    return stocks[-1:] if hi is None or all(p.value <= hi for p in mine) else []


#: the most parts a frame takes (a window: a machine-made list of thousands of figures stays linear)
MAX_PARTS = 60


def _last_within(index: Index, block: str, start: int, end: int, kinds) -> list[Figure]:
    """The figures of kinds inside [start, end), among the last MAX_PARTS before end (a window: a sentence of
    thousands of figures costs the same per cue)."""
    return [f for f in index.last_before(block, end, MAX_PARTS) if f.start >= start and f.end <= end and f.kind in kinds]


#: a paragraph that opens by breaking down the one before: "Trong đó, 120 mô hình tập thể và 45 điển hình cá nhân"
_OPENS_TRONG_DO = g.OPENS_SUBSET


#: "7 tháng/2024", "6 tháng đầu năm", "9 tháng": the months of the year so far
#: (or in words: "trong bảy tháng"; "năm tháng" is left out, "năm" being also "year")
_MONTHS_SO_FAR = re.compile(r"(?:(?<![\d/])(?:[2-9]|1[01])|(?<!\w)(?:hai|ba|bốn|sáu|bảy|tám|chín|mười(?:\s+một)?))"
                            r"\s+tháng(?!\s+\d)", re.IGNORECASE)
_SO_FAR_WORDS = re.compile(r"\b(?:lũy kế|luỹ kế|cộng dồn|từ đầu năm|cả năm)\b", re.IGNORECASE)


def words_period(words: str) -> str:
    """The period some words name, as ``period_of`` tells it, but without ``tính chung`` (which may only add up):
    ``Tính chung diện tích … trong bảy tháng`` → "cumulative"; ``Trong tháng, diện tích …`` → "month"."""
    if _SO_FAR_WORDS.search(words) or _MONTHS_SO_FAR.search(words):
        return "cumulative"
    return "month" if _MONTH.search(words) else ""


def period_of(text: str, f: Figure) -> str:
    """``lũy kế 6 tháng thu 5.310 tỷ``, ``7 tháng/2024 đạt 81 tỷ USD`` → "cumulative"; ``tháng 6 là 820 tỷ``, ``trong
    tháng thu 415 tỷ`` → "month"."""
    c0 = max(clause_of(text, f.start)[0], text.rfind(",", 0, f.start) + 1, f.start - 50)
    seg = text[c0:f.start]
    if CUMULATIVE_CUE.search(seg) or _MONTHS_SO_FAR.search(seg):
        return "cumulative"
    if _MONTH.search(seg):
        return "month"
    return ""


def _by_period(text: str, index: Index, wholes: list[Figure], parts: list[Figure], kind: str, span: tuple[int, int],
               part_text: str | None = None) -> list[Frame]:
    """Two wholes, one month's and one cumulative, and parts that each say their period: a frame for each."""
    tags = {}
    for w in wholes:
        tags.setdefault(period_of(text, w), []).append(w)
    if set(tags) != {"month", "cumulative"} or any(len(v) != 1 for v in tags.values()):
        return []
    ptext = text if part_text is None else part_text
    out = []
    for tag, (w,) in tags.items():
        mine = [p for p in parts if period_of(ptext, p) == tag and same_kind(p.unit, w.unit)]
        if mine:
            out.append(Frame(w, mine, kind, span, [_label(ptext, p, 0) for p in mine], ""))
    return out


#: right before a figure: "(là) 1 trong 3 đơn vị", "một trong số 5 xã" — one member of the set the figure counts
_ONE_OF = re.compile(r"(?:\b\d+|\bmột)\s+trong\s+(?:số\s+)?$", re.IGNORECASE)


def _paragraph_trong_do_frames(block, index: Index, previous: list) -> list[Frame]:
    """A paragraph opening with ``Trong đó`` whose whole is in the paragraphs before it (a news page sets a photo
    caption between them): the nearest paragraph with a figure of the parts' unit, when it holds exactly one.  A
    compound unit (``165 mô hình, điển hình``) takes parts of each of its nouns.  Read across paragraphs, the frame
    is an inference: its mismatches are warnings (family ``part_of_whole``), and its parts are summed only when they
    add up (family ``text_breakdown``)."""
    text = block.text
    m = _OPENS_TRONG_DO.match(text)
    detail = m is None and (m := _DETAIL_LEAD.match(text)) is not None  # "Cụ thể, cấp tỉnh 5 …; cấp huyện 77 …"
    if not m or not previous:
        return []
    _, s1 = sentence_of(text, m.end())
    parts = [f for f in index.within(block.id, m.end(), s1) if index.is_stock(f) and f.unit and not named_base(text, f)]
    ratios = [f for f in index.within(block.id, m.end(), s1) if _is_ratio(index, f)]
    if not parts and len(ratios) >= 2:
        # "Trong số đó, cấp tiểu học 203/210 trường, …" under "602/683 trường đạt chuẩn" two paragraphs up
        for b in reversed(previous):
            same = [f for f in index.by_block.get(b.id, []) if _is_ratio(index, f) and same_unit(f.unit, ratios[0].unit)]
            if not same:
                continue
            if len(same) > 1:
                return []
            whole = same[0]
            labels = [_label(text, p, m.end()) for p in ratios]
            num = Frame(as_count(index, whole), [as_count(index, p) for p in ratios], "trong_do_paragraph", (0, s1),
                        labels, "", block=block.id)
            return [num, replace(num, whole=denominator(whole), parts=[denominator(p) for p in ratios], of="den")]
        return []
    if not parts:
        return []
    kin = (lambda u: same_unit(u, parts[0].unit)) if any(
        same_unit(f.unit, parts[0].unit) for b in previous if not _OPENS_TRONG_DO.match(b.text)
        for f in index.by_block.get(b.id, []) if index.is_stock(f)) \
        else (lambda u: counts_people(u) and counts_people(parts[0].unit))  # ("… 4.200 lao động …" above, then
    # "Trong đó, … là 950 người; …": people counted in another noun, when no paragraph above counts the parts' own)
    for b in reversed(previous):
        same = [f for f in index.by_block.get(b.id, []) if index.is_stock(f) and kin(f.unit)]
        if not same:
            continue
        if len(same) > 1:  # which whole? not guessed, unless a month's and the cumulative one, each part saying which
            return [replace(fr, block=block.id, span=(0, s1)) for fr in
                    _by_period(b.text, index, same, parts, "trong_do_paragraph", (0, 0), part_text=text)]
        whole = same[0]
        if _OPENS_TRONG_DO.match(b.text, sentence_of(b.text, whole.start)[0]) \
                or re.search(r"(?<!\w)riêng\b[^.;]{0,60}$", b.text[sentence_of(b.text, whole.start)[0]:whole.start], re.IGNORECASE):
            continue  # "… Trong đó riêng xã A nuôi đến 90ha tôm": itself a part of something, no whole of the next
            # list (which is looked for further up)
        if _ONE_OF.search(b.text, max(0, whole.start - 30), whole.start):
            continue  # "Huyện đoàn A là 1 trong 3 đơn vị được chọn …": the set one unit belongs to, no total that a
            # later "Trong đó" paragraph breaks down (looked for further up)
        phrase = re.split(r"[;.\d]", b.text[whole.end:whole.end + 40])[0].lower()  # (to the next figure: "13 vụ, 29 đối
        # tượng" counts the suspects apart, no compound unit of the 13)
        mine = [p for p in parts if same_kind(p.unit, whole.unit) or p.unit.lower() in phrase]
        if not mine or detail and len(mine) < 2:  # ("Cụ thể, 9 sản phẩm … đạt 4 sao. Trong đó …": one figure after
            return []  # "Cụ thể" restates a whole, and is no part of the paragraph before)
        return [Frame(whole, mine, "trong_do_paragraph", (0, s1), [_label(text, p, m.end()) for p in mine], "",
                      block=block.id)]
    return []


#: conclusions issued for inspections: "ban hành (được) 8 kết luận thanh tra", "đã ban hành 12 kết luận"
#: the end of a list the text says is incomplete: "…, cảnh cáo 12 trường hợp...", "… và một số thị trường khác"
_OPEN_END = re.compile(r"\s*(?:\.{3}|…|,?\s*v\.v\.?|,?\s*(?:và|cùng)\s+(?:một số|nhiều|các)\s+[^\d,;.:]{1,40}?\s+khác)\s*(?:[.;]|$)",
                       re.IGNORECASE)
#: a sentence that details a figure of the one before: "Cụ thể, …", "Số liệu của một số huyện như sau: …"
_DETAIL_LEAD = re.compile(r"\s*(?:[-–•]\s*)?(?:Cụ thể\s*(?:là|như sau)?\s*[,:]|[^.:;\d]{0,80}\bmột số\b[^.:;\d]{0,60}"
                          r"\b(?:như sau|là|gồm)\s*:)", re.IGNORECASE)


def _open_list_frames(block, index: Index) -> list[Frame]:
    """Parts of a whole in a list that does not claim to be complete, so only their sum ≤ the whole is checked:
    a run of figures of the whole's kind after it in its sentence that ends with ``...``, ``…``, ``v.v.`` or ``và
    một số … khác`` (``kỷ luật 90 đảng viên, khiển trách 40 trường hợp, cảnh cáo 12 trường hợp...``); or a sentence
    detailing the one before (``Cụ thể, …``, ``… một số huyện như sau: …``) whose figures are of the unit of exactly
    one figure of that sentence.  Figures in brackets are asides (a part's own subgroup), never parts."""
    text = block.text
    out = []
    for s0, s1 in sentences(text):
        stocks = [f for f in index.within(block.id, s0, s1, TOTAL_KINDS, limit=MAX_PARTS)
                  if f.value is not None and index.is_stock(f) and index.paren(f) is None]
        lead = _DETAIL_LEAD.match(text, s0)
        if lead is not None:
            prev = previous_sentence(text, s0)
            parts = [f for f in stocks if f.start >= lead.end()]
            parts = [f for f in parts if parts[0].unit and same_unit(f.unit, parts[0].unit)]  # ("lúa 680 ha, năng
            if prev is None or len(parts) < 2:  # suất 62 tạ/ha; ngô 95 ha, …": each item's own measures are no parts)
                continue
            cands = [f for f in index.within(block.id, prev[0], prev[1], TOTAL_KINDS, limit=MAX_PARTS)
                     if f.value is not None and index.is_stock(f) and index.paren(f) is None
                     and same_unit(f.unit, parts[0].unit)]
            if len(cands) == 1:
                out.append(Frame(cands[0], parts, "open_list", (prev[0], s1)))
            continue
        end = _OPEN_END.search(text, max(s0, s1 - 60), s1 + 1)
        if end is None or end.end() < len(text[:s1].rstrip()) or len(stocks) < 3:
            continue  # (the mark ends the sentence)
        whole = stocks[0]
        parts = [f for f in stocks[1:] if f.end <= end.start() and same_kind(f.unit, whole.unit)]
        if len(parts) >= 2 and not text[parts[-1].end:end.start()].count(",") \
                and ";" not in text[whole.end:parts[0].start] \
                and not (_ITEM_COLON.search(text, max(s0, whole.start - 40), whole.start)
                         and _ITEM_COLON.search(text, max(s0, parts[0].start - 40), parts[0].start)) \
                and not _RANKED_ITEMS.search(text, s0, parts[0].start):
            # (a whole before ";" is the first item of the list; so is one labelled like the items: "A: 50 lao
            # động, B: 19 lao động, C: 11 lao động và các nước khác", or ranked first: "A dẫn đầu với 50 …, tiếp
            # đến là B 19 …")
            out.append(Frame(whole, parts, "open_list", (s0, s1)))
    return out


#: a list item's label and colon right before its figure: "Nhật Bản: 1.926 lao động"
_ITEM_COLON = re.compile(r"(?:^|[,;:(]\s*|\bvà\s+)[^\W\d_][^\d,;:()]{0,35}:\s*$")


_RANKED_ITEMS = re.compile(r"\b(?:dẫn đầu|đứng đầu|nhiều nhất|cao nhất|lớn nhất|tiếp đến là|tiếp theo là|tiếp đến|tiếp theo)\b",
                           re.IGNORECASE)


_CONCLUSIONS = re.compile(r"\bban hành(?:\s+được)?\s+$", re.IGNORECASE)


def _conclusion_frames(block, index: Index) -> list[Frame]:
    """``Trong 31 cuộc thanh tra, đã ban hành được 12 kết luận``: one conclusion per inspection at
    most, so the conclusions issued do not exceed the inspections counted before them in the sentence (or the one
    before).  Units differ (``kết luận`` / ``cuộc``), so the rule names them; read by place, a mismatch warns."""
    text = block.text
    out = []
    figs = index.by_block.get(block.id, [])
    for i, f in enumerate(figs):
        if f.kind not in TOTAL_KINDS or f.value is None or not f.unit.lower().startswith("kết luận") \
                or not _CONCLUSIONS.search(text, max(0, f.start - 30), f.start):
            continue
        s0, s1 = sentence_of(text, f.start)
        lo = from_previous_sentence(text, s0)
        inspections = [w for w in figs[max(0, i - 12):i] if w.start >= lo and index.is_stock(w)
                       and w.unit.lower().startswith("cuộc") and "thanh tra" in text[w.end:w.end + 25].lower()]
        if inspections:
            out.append(Frame(inspections[-1], [f], "conclusions", (lo, s1)))
    return out


def _header_frames(block, index: Index) -> list[Frame]:
    """``Trong số 520 trường hợp bị kỷ luật thì cấp xã có 400 …, cấp huyện có 108 và cấp tỉnh có 12 trường hợp``."""
    text = block.text
    out = []
    for m in HEADER_CUE.finditer(text):
        whole = index.at(block.id, m.end())
        if whole is None or not index.is_stock(whole):
            continue
        s0, s1 = sentence_of(text, whole.start)
        end = clause_of(text, whole.end)[1]
        parts = [f for f in index.within(block.id, whole.end, end) if index.is_stock(f)
                 and (same_kind(f.unit, whole.unit) or not f.unit or place_kin(whole.unit, f.unit))]
        if not parts:
            continue
        labels = [_label(text, p, whole.end) for p in parts]
        out.append(Frame(whole, parts, "header", (s0, end + 1 if end < len(text) else end), labels,
                         partition_cue(whole, labels)))
        if text[s0:m.start()].strip(" -–•") or len(out) > MAX_PARTS:
            continue
        # a header opening its sentence heads its ";" clauses too, each another way of sorting the same whole: "Trong
        # 280 đại biểu có 52 nữ …; 2 tiến sĩ, 30 thạc sĩ, 240 đại học; 5 dưới 30 tuổi, …" (read from place: a warning)
        c0 = end
        while c0 < s1 - 1 and text[c0] == ";":
            c1 = clause_of(text, c0 + 1)[1]
            figs = [f for f in index.within(block.id, c0 + 1, c1) if f.kind in TOTAL_KINDS and f.value is not None]
            more = [f for f in figs if index.is_stock(f) and same_kind(f.unit, whole.unit)]
            if not more or len(more) != len(figs):
                break  # (a clause of something else ends the header's reach)
            labels = [_label(text, p, c0 + 1) for p in more]
            out.append(Frame(whole, more, "header_clause", (s0, c1 + 1 if c1 < len(text) else c1), labels, ""))
            c0 = c1
    return out


def _last_cue(text: str, s0: int, pos: int) -> int | None:
    """The end of the last ``trong đó`` in [s0, pos), if any."""
    found = None
    for m in SUBSET_CUE.finditer(text, s0, pos):
        found = m.end()
    return found


#: how far back (characters) a funnel stage looks in its own sentence for the count it is a stage of
_FUNNEL_REACH = 800

#: the word that opens a list of a count's items: "19 vụ, gồm 15 vụ … và 04 vụ …"
_ITEMS_LEAD = re.compile(r"(?<!\w)(?:bao\s+)?gồm(?!\w)", re.IGNORECASE)


def _funnel_frames(block, index: Index) -> list[Frame]:
    """A later stage of the items just counted: ``Qua kiểm tra, kết luận 9 đảng viên có vi phạm`` ≤ the ``15 đảng
    viên`` checked before it; ``đã kết thúc 38 cuộc`` ≤ ``triển khai 57 cuộc``.

    A cue opens its sentence also after a time word (``Đến nay, đã kết thúc …``) or when the sentence itself opens
    with a funnel cue (``Qua kiểm tra đã đề nghị …; kết luận có 5 đảng viên …``); the items are then counted in the
    sentence before, skipping sentences that open with ``Trong đó`` (they break the count down, they do not count
    the items again).  ``chuyển`` is a stage only of a count received (``tiếp nhận``/``nhận``) before it."""
    text = block.text
    out = []
    for m in FUNNEL_CUE.finditer(text):
        if _NOT_DONE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "hồ sơ đến hạn giải quyết 19.944", "phải giải quyết 300 vụ": due, not done — no later stage
        s0, s1 = sentence_of(text, m.start())
        lead = text[s0:min(m.start(), s0 + 300)].strip(" ,-–•*")  # (its opening only: a long sentence stays linear)
        opens = not lead or bool(_TIME_LEAD.match(lead))
        nested = not opens and bool(FUNNEL_CUE.match(lead)) and FUNNEL_CUE.match(lead).group("forward") is None
        end = min(clause_of(text, m.end())[1], m.end() + _FUNNEL_REACH)
        stage = [f for f in index.within(block.id, m.end(), end) if index.is_stock(f) and f.unit]
        if not stage:
            continue
        pool: list[Figure] = []
        p0 = s0
        if opens or nested:
            prev = previous_sentence(text, s0)
            for _ in range(3):  # (a few breakdown sentences at most: the walk stays bounded)
                if prev is None or not _OPENS_SUBSET.match(text, prev[0]):
                    break
                prev = previous_sentence(text, prev[0])
            if prev is not None and _OPENS_SUBSET.match(text, prev[0]):
                continue
            if prev is None:
                continue
            p0 = max(prev[0], prev[1] - 3 * _FUNNEL_REACH)  # (its end: a sentence of any length stays linear)
            pool = index.within(block.id, p0, prev[1])
        if not opens:  # (a window of the sentence before the cue: a sentence of any length stays linear)
            pool = pool + index.within(block.id, max(s0, m.start() - _FUNNEL_REACH), m.start())
        acts = _QUA_ACTIVITY.search(text, s0, min(m.end(), s0 + 300)) if opens or nested \
            else _QUA_ACTIVITY.match(text, m.start())  # (the lead "Qua …" opens the sentence)
        if acts is not None:  # the cue itself, or the "Qua …" lead of the sentence it is nested in
            more = _MORE_ACTIVITY.match(text, acts.end()).group(0)
            a0 = max(p0, acts.start() - 3 * _FUNNEL_REACH)  # (a window: linear)
            counted = [bool(re.search(rf"(?<!\w){a}(?!\w)", text[a0:acts.start()], re.IGNORECASE))
                       for a in [acts.group(1)] + _MORE_ACTIVITIES.findall(more)]
            if not counted[0] and _MORE_ACTIVITIES.search(text, a0, acts.start()):
                continue  # "Qua giám sát, …" after a sentence of inspections: the stage is of counts not given
            loose = not all(counted)  # "Qua kiểm tra, giám sát, …" after inspections alone: the stage may hold more
            # than the count before it, so the reading is kept only where it holds (never the ground of a discrepancy)
        else:
            loose = False
        stage_of = next((k for k, need in _STAGE_NEEDS.items() if m.group(k) is not None), None)
        if stage_of is not None and not _STAGE_NEEDS[stage_of].search(text, max(p0, m.start() - 3 * _FUNNEL_REACH),
                                                                       m.start()):
            continue  # a stage verb relates only to the earlier stage it follows
        pool = [f for f in _outside_asides(index, pool, m.start()) if f.kind in TOTAL_KINDS and f.value is not None]
        heads = [unit_head(f.unit) for f in stage]
        if len(stage) > 1 and len(set(heads)) == len(heads) and \
                all(sum(1 for w in pool if same_unit(w.unit, f.unit)) == 1 for f in stage):
            # "Đã xử lý 21 tập thể và 24 cá nhân": each count of its own unit is the stage of that unit's count
            for f in stage:
                w = next(w for w in pool if same_unit(w.unit, f.unit))
                if index.is_stock(w) and not (loose and f.value > w.value):
                    out.append(Frame(w, [f], "funnel", (p0, end + 1 if end < len(text) else end)))
            continue
        for f in stage[:1]:  # the first count of the stage clause is the stage; later ones may be its own parts
            same = [w for w in pool if same_unit(w.unit, f.unit)]
            kin = [w for w in pool if same_kind(w.unit, f.unit)]
            if same and kin and kin[-1].start > same[-1].start:
                same = [kin[-1]]  # "…; TAND huyện thụ lý 18.453 vụ án, giải quyết 14.203 vụ": the nearest count of its
                # kind, not the sibling's stage of the same word ("giải quyết 1.513 vụ" before the ";")
            if same and kin and kin[0].start < same[-1].start:
                lead = None
                for lead in _ITEMS_LEAD.finditer(text, kin[0].end, same[-1].start):
                    pass
                owners = [w for w in kin if lead is not None and w.end <= lead.start()]
                if owners and not re.search(r"[;.]", text[owners[-1].end:same[-1].start]):
                    same = owners  # "thụ lý 19 vụ, gồm 15 vụ mới và 04 vụ …; đến nay đã giải quyết 14 vụ": the stage is
                    # of the count the list breaks down, not of its last item
            if not same or not index.is_stock(same[-1]):
                continue
            if index.paren(f) is not None and index.paren(f) == index.paren(same[-1]):
                continue  # "(qua tự kiểm tra 1 vụ; qua thanh tra 2 vụ; …)": one bracket lists channels side by side
            if negation_pair([_label(text, same[-1], p0), _label(text, f, p0)]):
                continue  # "… không đủ điều kiện xử lý là 210 đơn; đơn đủ điều kiện xử lý là 2.240 đơn": two halves
                # of one count, not a stage of the other
            if (cue := _last_cue(text, max(s0, same[-1].start - _FUNNEL_REACH), same[-1].start)) is not None \
                    and not re.search(r"[;.]", text[cue:m.start()]):
                continue  # "…, trong đó, không khởi tố 127 tin, tạm dừng giải quyết 03 tin, đang giải quyết 20 tin":
                # outcomes listed side by side after one "trong đó" are siblings, not stages
            if loose and f.value > same[-1].value:
                continue
            if _CARRIED_AFTER.match(text, same[-1].end) or _CARRIED_BEFORE.search(text, max(0, same[-1].start - 40),
                                                                                   same[-1].start):
                continue  # "thụ lý mới 624 vụ + 89 vụ tháng trước chuyển sang; đã giải quyết 260 vụ": the load is
                # both; the carried-over count alone is not the earlier stage
            out.append(Frame(same[-1], [f], "funnel", (p0, end + 1 if end < len(text) else end)))
    return out
