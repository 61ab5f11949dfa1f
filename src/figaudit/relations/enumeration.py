"""Family ``enumeration``: a stated count against the items listed after it.

* parenthesis — ``tại 6 huyện, thị ủy (Bình Giang, Cẩm Giàng, Thanh Hà, Nam
  Sách, Kinh Môn, Kim Thành)``; ``04 cuộc kiểm tra, giám sát (Kiểm tra …;
  Giám sát …; Giám sát …; Giám sát …)``;
* colon or ``gồm`` — ``tại 3 huyện: Gia Lộc, Tứ Kỳ và Ninh Giang``;
* a footnote that opens with ``Gồm`` under a counted total — seed footnote
  15: ``08 cuộc`` = 3 + 02 + 01 numbered items plus two unnumbered items
  (``Giải quyết tố cáo …``, ``Giải quyết khiếu nại …``); ``01 đảng viên`` in
  it is not a ``cuộc``.

Items split at top-level ``;`` are counted with confidence (a mismatch fails);
items split at commas, and unnumbered items, are counted without it (a
mismatch is only a warning).
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import islice

from figaudit import grammar as g
from figaudit.figures import Figure
from figaudit.numbers import fmt_vi
from figaudit.model import Document
from figaudit.relations import Relation, register
from figaudit.relations.common import (
    QUANTITY_KINDS,
    TOTAL_KINDS, Index, clause_of, paren_span, parse_parts, quote, same_unit, sentence_of, split_top, unit_head,
)

CHECK = "enumeration"
#: the lead of a list after a count, within its sentence: ``3 huyện: …``, ``9 đơn vị … bao gồm: …``, ``gồm …``
_LIST_CUE = re.compile(r"(?:\b(?:gồm có|bao gồm|gồm|là|như sau)\s*:|\b(?:gồm có|bao gồm|gồm)\b|:)\s*", re.IGNORECASE)
_LEVEL_WORD = r"(?:[Xx]ã|[Pp]hường|[Tt]hị trấn|[Hh]uyện|[Tt]hị xã|[Tt]hành phố|TP\.?|[Tt]ỉnh|[Qq]uận|[Tt]hôn|[Ấấ]p|[Bb]ản)"
#: "là" before a list of names: "3 xã đạt chuẩn kiểu mẫu là xã An Phú, xã Bình Minh và xã Tân Hưng"
_COMMUNE_LEVEL = {"xã", "phường", "thị trấn", "thôn", "ấp", "bản", "tổ dân phố"}
#: the district or province a commune of a list is in: "xã A, huyện B", "xã C, thành phố D"
_PARENT_PLACE = re.compile(r"\s*(?:huyện|thị xã|thành phố|TP\.?|quận|tỉnh)\s", re.IGNORECASE)
#: the next name of a list after an item's bracket: "), Lê Văn B", ") và Ngô Văn C"
_NEXT_NAME = re.compile(rf"\s*(?:,|\s+và)\s*[{g.VI_UPPER}]")
_IS_NAMES = re.compile(rf"\blà\s+(?=(?:{_LEVEL_WORD}\s+)?[{g.VI_UPPER}])")
_CATEGORY = re.compile(r"\b(?:các|những|một số|nhiều)\s+(?:lĩnh vực|hình thức|nội dung|nhóm|loại|mặt|ngành|chuyên đề)\b", re.IGNORECASE)
_NUMBERED = re.compile(r"(?:^|\s|;|:)\(?(\d{1,2})\s*[-.)]\s*(?=[^\W\d_])")
_NOT_LIST = re.compile(r"\b(?:tăng|giảm|so với|trong đó|chiếm|đạt)\b", re.IGNORECASE)
_FN_LEAD = re.compile(r"^\s*(?:gồm có|bao gồm|gồm)\b\s*:?\s*", re.IGNORECASE)
_AND = re.compile(r"\s+và\s+")
#: brackets that give reasons or conditions, not the members counted: "4.735 đồng chí (do tuổi cao, sức yếu, …)"
#: a list of examples, not of every item counted: "6 mô hình … như:", "một số …, chẳng hạn:", "tiêu biểu là:"
_EXAMPLES_CUE = re.compile(r"\b(?:như|chẳng hạn|ví dụ|điển hình|tiêu biểu|nhất là)(?:\s+(?:là|như))?\s*:?\s*$",
                           re.IGNORECASE)
#: the level a move ends at: "… từ 4 sao lên 5 sao", "hạ xuống 2 sao"
_TO_LEVEL = re.compile(r"(?<!\w)(?:lên|xuống)\s+(?:(?:mức|hạng|hạng mức)\s+)?$", re.IGNORECASE)
#: the two ends of a range: "10 - 14 tiêu chí", "15–18 tiêu chí"
_RANGE_END = re.compile(r"\d\s*[-–]\s*$")
_RANGE_START = re.compile(r"\s*[-–]\s*\d")
_REASONS = re.compile(r"\s*(?:do|vì|bởi|theo|nhằm|để|khi|nếu|chủ yếu|như)\b", re.IGNORECASE)


#: a place or body named by its proper name, with its level word: "Gia Lộc", "xã Tân Hưng", "TP. Hải Dương"
_NAME = re.compile(rf"(?:{_LEVEL_WORD}\s*)?[{g.VI_UPPER}][{g.VI_LETTER}]*(?:\s+[{g.VI_UPPER}0-9][{g.VI_LETTER}0-9]*){{0,4}}")


#: units that count events, not things: the names in a bracket after them are where they happened
_EVENT_HEADS = {"vụ", "vụ việc", "vụ án", "lượt", "cuộc", "trận", "đợt", "lần", "ca", "trường hợp"}
#: units that count things or people found somewhere: a bracket of bare names after them (``14 nhà sập đổ (Yên Bái,
#: Hà Giang)``, ``3 người chết (Mù Cang Chải, Trạm Tấu)``) says where they are, unless the names are people's own
_LOCATED_HEADS = {"người", "nhà", "căn", "ngôi", "hộ", "hộ gia", "ha", "héc", "con", "tấn", "cây", "điểm", "phòng",
                  "lớp", "km", "m", "mét", "người lao", "lao động", "học sinh", "công dân", "tân binh", "thí sinh",
                  "người chết", "gia súc", "gia cầm", "tàu", "thuyền", "xe", "cột", "trạm", "cầu", "công trình"}
#: the family names most Vietnamese people carry: a name of three words or more opening with one is a person's
_FAMILY_NAMES = {"nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
                 "dương", "lý", "đinh", "đào", "mai", "trịnh", "lương", "tạ", "cao", "lưu", "chu", "kiều", "tô", "thái",
                 "lâm", "quách", "vương", "triệu", "tăng", "đoàn", "hà", "la", "mạc", "giáp", "lò", "vi", "nông"}


def _where_they_are(total: Figure, items: list[str]) -> bool:
    """A bracket of names after a count of things found somewhere names the places, not each thing counted."""
    if unit_head(total.unit or "") not in _LOCATED_HEADS or not names_only(items):
        return False
    words = [it.strip(" .;,").split() for it in items]
    return not all(len(w) >= 3 and w[0].lower() in _FAMILY_NAMES for w in words)  # (people named one by one)


def names_only(items: list[str]) -> bool:
    """Every item is a proper name (each word capitalised, after an optional level word): such a list is closed and
    counted with confidence, even at commas."""
    # a place's district in brackets after it is part of its name: "xã Mỹ An (Ba Tri)"
    return all(_NAME.fullmatch(" ".join(re.sub(r"\s*\([^()]*\)", "", it).strip(" .;,").split())) for it in items)


#: the tail that names a group of items by the place they belong to: "… thuộc huyện Hưng Hà", "… của huyện Tiên Lãng"
_GROUP_TAIL = re.compile(r"\s+(?:thuộc|của|ở|tại)\s+(?:huyện|thị xã|thành phố|TP\.?|quận|tỉnh|xã|phường)\b[^,;]*$",
                         re.IGNORECASE)
#: what opens a list before its first item: "gồm các xã:", "gồm:"
_LIST_HEAD = re.compile(r"^\s*(?:gồm|bao gồm|là)?\s*(?:các\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*)?:\s*|^\s*(?:gồm|bao gồm)\s+",
                        re.IGNORECASE)


def _items(text: str, start: int, end: int) -> tuple[list[str], bool]:
    """Items of a list and whether they are counted with confidence (split at ';', or all proper names)."""
    semi = split_top(text, start, end, ";")
    if len(semi) > 1:
        groups = [text[a:b] for a, b in semi]
        if any("," in it or re.search(r"\svà\s", it) for it in groups):
            # "(gồm các xã: A, B thuộc huyện X; C thuộc huyện Y; D và E thuộc huyện Z)": the ";" parts are groups of
            # items, each group named by its tail — the items are the names within them
            tails = [_GROUP_TAIL.search(it) for it in groups]
            if all(tails):
                inner = [x for it, t in zip(groups, tails) for x in _comma_items(_LIST_HEAD.sub("", it[:t.start()]), 0,
                                                                                  len(_LIST_HEAD.sub("", it[:t.start()])))]
                return inner, names_only(inner)
            if any(tails):
                return groups, False  # some groups named by a place, some not: which are items is in doubt
        return groups, True  # (names may hold commas and "và": "(đồ uống và thuốc lá; may mặc, mũ nón và giày dép)")
    out = _comma_items(text, start, end)
    return out, len(out) > 1 and names_only(out)


def _comma_items(text: str, start: int, end: int) -> list[str]:
    """Items at commas and ``và``; a list of names ends at its ``và X`` when lower-case words follow (``… Hồng Thu và
    Sơn Lương, đều là các xã đặc biệt khó khăn`` is six names and a remark about them)."""
    out: list[str] = []
    text = text[start:end]  # (the list only: masking stays linear in it)
    masked = _mask_names(text)  # ("Phòng Tài nguyên và Môi trường" is one item)
    segs = split_top(masked, 0, len(text), ",")
    for k, (a, b) in enumerate(segs):
        cuts = [a] + [x for m in _AND.finditer(masked, a, b) for x in (m.start(), m.end())] + [b]
        pieces = [text[cuts[i]:cuts[i + 1]] for i in range(0, len(cuts), 2) if text[cuts[i]:cuts[i + 1]].strip()]
        out.extend(pieces)
        nxt = text[segs[k + 1][0]:segs[k + 1][1]] if k + 1 < len(segs) else ""
        if len(pieces) > 1 and nxt and re.match(rf"\s*[{g.VI_LOWER}]", nxt) and not names_only([nxt]) and names_only(out):
            break
    return out


def _mask_names(text: str) -> str:
    """The text with the commas and ``và`` inside the fixed names of state bodies (``Sở Tài nguyên và Môi trường``,
    ``Văn hóa, Thể thao và Du lịch``) hidden, so that a list is not split inside them (same length: spans hold)."""
    if " và " not in text and "," not in text:
        return text
    return g.AGENCY_NAME_WITH_AND.sub(lambda m: m.group().replace(",", "\u201a").replace("và", "v+"), text)


def _count(total: Figure) -> Decimal | None:
    """What a figure counts: a count's value, a ratio's numerator (``3/10 chỉ tiêu`` counts 3 of them)."""
    if total.kind == "ratio" and total.extra.get("numerator") is not None and total.unit:
        return Decimal(total.extra["numerator"])
    return total.value if total.kind == "count" else None


def _relation(total: Figure, items: list[str], counted: Decimal, confident: bool, block, q: str, variant: str,
              numbered: list[Figure] = ()) -> Relation:
    n = _count(total)
    short = [" ".join(it.strip(" .;,").split()[:8]) + ("…" if len(it.split()) > 8 else "") for it in items]
    # counting is arithmetic too: each listed item is a 1
    expr = " + ".join([f.text for f in numbered] + ["1"] * (len(items) - len(numbered))) + f" = {fmt_vi(counted)}"
    # items split at every comma are at most as many as the list really has; more than the count: the split, not the
    # report, is in doubt (names hold commas and "và": "nhà ở, điện, nước, chất đốt và vật liệu xây dựng") — nothing
    # is asserted; fewer: fewer still, a warning
    checkable = confident or counted <= n
    return Relation(
        id=f"{CHECK}:{total.id}", check=CHECK, checkable=checkable, stated=n, computed=counted,
        stated_lo=n if confident else None, stated_hi=n if confident else None, computed_lo=counted, computed_hi=counted,
        alt_lo=None if confident else n, alt_hi=None if confident else n, unit=total.unit, line=total.line,
        footnote=block.footnote, block=block.id, quote=q, footnote_text=block.text if block.kind == "footnote" else "",
        expression=expr, note="" if confident else "items_uncertain", note_args={"items": short},
        figures=[total.id] + [f.id for f in numbered], variant=variant)


#: a plural noun between a count and its list (``vào các đơn vị:``, ``tại các huyện:``): the list may name those
_OTHER_PLURAL = re.compile(r"\b(?:các|những)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)", re.IGNORECASE)


def _list_after(text: str, index: Index, block, total: Figure, c0: int) -> Relation | None:
    """``5 huyện có tỷ lệ … giảm nhanh nhất giai đoạn 2016-2023 gồm: huyện A, huyện B, …``: the items of a
    list led by ``gồm`` / ``:`` in the count's sentence (nothing countable between the two).  Items are counted at
    ``;`` and, finer, at ``,`` and ``và``; numbered items (``1- … 2- …``) by their numbers.  A count that one of these
    readings gives passes; otherwise it is a warning (the items may group several things: ``A, B và C của Công ty
    X; D của …``, or the list may run on past the count's items), never a failure: a parenthesis of names right
    after the count is the closed list that can fail."""
    s0, s1 = sentence_of(text, total.start)
    m = _LIST_CUE.search(text, total.end, min(s1, total.end + 140))
    by_la = by_noun = False
    if m is None:
        m = _IS_NAMES.search(text, total.end, min(s1, total.end + 140))  # "3 xã … là xã A, xã B và xã C"
        by_la = m is not None
    if m is None and total.unit:
        # "02 chỉ tiêu không đạt là chỉ tiêu A và tỷ lệ B": the list's first item repeats the counted noun
        m = re.compile(rf"\blà\s+(?={re.escape(total.unit.split()[0])}\s)", re.IGNORECASE).search(
            text, total.end, min(s1, total.end + 140))
        by_noun = m is not None
    if not m or ";" in text[total.end:m.start()]:
        return None
    aside = (p := index.paren(total)) is not None and p[1] < m.start()  # the count in a bracket before the list
    between = [f for f in index.within(block.id, total.end, m.start()) if f.kind in QUANTITY_KINDS
               and f.qualifier not in _THRESHOLDS  # ("có tỷ lệ giải ngân trên 80%, gồm: …": a criterion, no count)
               and not _RANGE_END.search(text, max(0, f.start - 8), f.start) and not _RANGE_START.match(text, f.end)]
    # (nor "đạt 10 - 14 tiêu chí": a range is a criterion of the group too)
    if between or _CATEGORY.search(text, total.end, m.start()):
        return None
    other = _OTHER_PLURAL.search(text, total.end, m.start())
    if other and total.unit and unit_head(total.unit).lower() not in other.group(1).lower():
        return None  # "1.180 thanh niên nhập ngũ vào các đơn vị: A; B; C": the list names the units, not the recruits
    start, end = m.end(), s1
    # the list ends where another counted group starts: "gồm: A, B, C và 11 cá nhân …", "… D; 9 bị cáo còn lại …"
    grouped, later = [], []
    for f in index.within(block.id, start, s1, TOTAL_KINDS, limit=12):  # (a window: cost linear in the sentence)
        if index.paren(f):
            break  # (the next figure in a bracket: no other counted group ends the list, as before)
        if not _counted_group(text, f, total, s1):
            later = [f]
            break
        grouped.append(f)
    if later and len(list(islice(_NUMBERED.finditer(text, start - 1, min(s1, later[0].end + 200)), 2))) < 2:
        # (numbered items, "1- A: 552 2- B: …", are counted by their numbers)
        cut = _NEXT_GROUP.search(text, start, later[0].start)
        if cut is None or cut.start() <= start:
            return None
        end = cut.start()
    content = text[start:end]
    if _NOT_LIST.search(content) and not (by_noun and not index.within(block.id, start, end)):
        return None
    numbers = [int(x.group(1)) for x in _NUMBERED.finditer(content)]
    fine: list[str] = []
    semi: list[str] = []
    closing: list[str] = []
    groups: list[str] = []
    if len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1)):
        counts = {len(numbers)}
        items = [content]
    else:
        if [f for f in index.within(block.id, start, end, TOTAL_KINDS) if f not in grouped]:
            return None  # figures in the list: a breakdown, not names
        semi = [text[a:b] for a, b in split_top(text, start, end, ";")]
        fine = []
        for it in semi:
            fine.extend(_comma_items(it, 0, len(it)))
        if len(fine) < 2:
            return None
        if unit_head(total.unit or "").lower() in _COMMUNE_LEVEL:
            own = [it for it in fine if not _PARENT_PLACE.match(it)]
            if 1 < len(own) < len(fine):
                fine = own  # "6 xã gồm: xã A, B, thành phố C; xã D, huyện E; …": the districts are no items
        groups = [x for x in _AND.split(content) if x.strip()]  # "ấp A, xã B (C) và ấp D, xã E (F)": two places
        last = list(_AND.finditer(_mask_names(semi[-1]))) if len(semi) > 1 else []
        closing = semi[:-1] + [semi[-1][:last[-1].start()], semi[-1][last[-1].end():]] if last else []
        counts = ({len(semi)} if len(semi) > 1 else set()) | {len(fine)} \
            | ({len(groups)} if len(groups) == 2 and len(semi) == 1 else set()) \
            | ({len(closing)} if closing else set())
        # (no ";": not one item; "là: A và B; C và D; E và F": the last two items may be joined by "và" where the others
        # are set apart by ";", so the "và" in the last group may close the list — or join one item's two words)
        items = groups if total.value == len(groups) and total.value not in (len(semi), len(fine)) else fine
    n = _count(total)
    if n not in counts and re.search(r"(?:…|\.\.\.|\bv\.v\.?|\bvân vân)\s*[.;]?\s*$", content):
        return None  # "89 đại biểu … thuộc các dân tộc: Thái, Mông, …, Cơ Ho…": a list the text leaves open
    if n not in counts and _EXAMPLES_CUE.search(text[max(total.end, m.start() - 30):m.end()]):
        return None  # "mở rộng 6 mô hình … như: mô hình A; mô hình B": "như" names examples, not every one counted
    if by_la and (n not in counts or not names_only(fine if len(items) > 1 else items)):
        return None  # "là" leads many things besides a list: only a list of names that gives the count is one
    if by_noun and n not in counts:
        return None
    if aside and n not in counts:
        return None  # "bảng B (gồm 6 huyện miền núi): A nhất, B nhì, C ba": the list may be of the bracket's head
    counted = n if n in counts else Decimal(max(counts, key=lambda c: (-abs(c - n), c)))
    if len(items) > 1 and len(items) != counted:  # the items shown are the ones counted (at ";", not at every comma)
        items = next((its for its in (semi, fine, groups, closing) if len(its) == counted), items)
    if n not in counts and 2 * counted <= n and len(items) > 1 and sum(len(it.split()) for it in items) > 6 * len(items):
        return None  # "thực hiện 8 cuộc kiểm toán, bao gồm Kiểm toán ngân sách … của Thành phố A và Việc xác định giá
        # trị doanh nghiệp, thực hiện cổ phần hóa …": a few whole titles, far fewer than the count — those included,
        # not the list
    # a list after "gồm" / ":" may run on past the items of the count (a warning, never a failure)
    rel = _relation(total, items if len(items) > 1 else [content] * int(counted), Decimal(counted), False, block,
                    quote(text, c0, end), "list")
    if n in counts:
        rel.note = ""
    elif counted > n and len(items) > 1 and names_only(items) and all("(" in it for it in items):
        rel.checkable = True  # "có 3 bị cáo … gồm: Nguyễn Văn A. (SN 1970, …), …, và Phạm Văn D. (SN 1985, …)": named
        # people, each with a bracket of their own, are split with no doubt — one too many warns
    return rel


#: a kind named in a word or two, in lower case ("lốc xoáy", "mưa đá"): not an event told of ("Kiểm tra việc …")
_KIND_ITEM = re.compile(rf"[{g.VI_LOWER}][{g.VI_LETTER}]*(?:\s+[{g.VI_LETTER}]+){{0,2}}")


#: places counted and then named right after their noun, no cue between: "tại 3 xã Tân An, Tân Bình và Tân Hòa"
_PLACE_NOUNS = ("xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "tỉnh", "thành phố", "thôn", "ấp", "bản", "làng",
                "tổ dân phố", "khu phố")
_PLACE_NAME = rf"[{g.VI_UPPER}][{g.VI_LETTER}]*(?:\s+[{g.VI_UPPER}][{g.VI_LETTER}]*){{0,3}}"
#: a name of the list may carry its own level word, written short and in any case: "…, tp Long Hải, TX. Bình An, …"
_PLACE_ITEM = rf"(?:(?:[Tt][Pp]\.?|[Tt][Xx]\.?|thị xã|thành phố|thị trấn|huyện|quận|xã|phường)\s*)?{_PLACE_NAME}"
_PLACES_AFTER = re.compile(rf"\s+(?:{'|'.join(_PLACE_NOUNS)})\s+({_PLACE_NAME}(?:\s*,\s*{_PLACE_ITEM}){{0,30}}"
                           rf"(?:\s*,?\s+và\s+{_PLACE_ITEM})?)(?=\s*(?:[.;:)]|$|,\s*[{g.VI_LOWER}]|\s+và\s+\d|\s+[{g.VI_LOWER}]))")


def _places_named(text: str, block, total: Figure, c0: int) -> Relation | None:
    """``triển khai tại 3 xã Tân An, Tân Bình và Tân Hòa``: places counted, then named one after another right after
    their noun (a capitalised name each, split at commas and ``và``).  No cue word says the names are all of them, so
    fewer names than the count warn, more say nothing (a name may hold a comma)."""
    if (total.unit or "").lower() not in _PLACE_NOUNS:
        return None
    m = _PLACES_AFTER.match(text, total.end)
    if m is None:
        return None
    items = [x.strip() for x in re.split(r"\s*,\s*|\s+và\s+", m.group(1)) if x.strip()]
    if len(items) < 2:
        return None
    return _relation(total, items, Decimal(len(items)), False, block, quote(text, c0, m.end()), "names")


def _counted_group(text: str, f: Figure, total: Figure, s1: int) -> bool:
    """A group of the list that counts its own names: ``7 xã gồm: xã A; xã B; 2 xã C và xã D thuộc huyện E`` — the
    ``2 xã`` opens a ``;`` group (same noun as the total) whose names are exactly two; it is items of the list, not
    another counted group that ends it."""
    if f.kind != "count" or not f.unit or not total.unit or unit_head(f.unit) != unit_head(total.unit):
        return False
    if not re.search(r"[;:]\s*$", text[max(0, f.start - 3):f.start]):
        return False
    stop = min(s1, f.end + 300)  # (a group of names is short: the cost stays linear in the sentence)
    end = text.find(";", f.end, stop)
    group = _GROUP_TAIL.sub("", text[f.start:end if end >= 0 else stop].rstrip(" .;"))
    names = _comma_items(group, 0, len(group))
    return len(names) == f.value and len(names) >= 2 and names_only(
        [re.sub(r"^\S+\s+", "", names[0], count=1)] + names[1:])


#: where a list of names gives way to another counted group: "…, Ban Quản lý dự án và 11 cá nhân", "…; 9 bị cáo"
_NEXT_GROUP = re.compile(r"(?:\s*;|\s+và)\s*$")
#: qualifiers of a threshold in a count's predicate (a criterion, not a figure the list could detail)
_THRESHOLDS = {"trên", "dưới", "hơn", "từ"}
#: a predicate between a count and the bracket naming its items: "3/10 chỉ tiêu dự kiến đạt thấp hơn kế hoạch (…)"
_WIDE_GAP_TO_PAREN = re.compile(r"[^\d;.(),:]{41,90}?\s*(?=\()")
#: what a bracket names as the variants of one item (the sexes, singles and doubles …), never items of a count
_VARIANTS = {"nam", "nữ", "đơn", "đôi", "đôi nam nữ", "đồng đội", "cá nhân", "tập thể", "nam nữ", "nội dung đơn",
             "nội dung đôi"}
#: a sentence that lists the items of a count closing the sentence before: "… 4 sản phẩm đạt 4 sao. Gồm: …"
_NEXT_LEAD = re.compile(r"\s*(?:bao gồm|gồm có|gồm|cụ thể|đó là|cụ thể là)\s*:\s*", re.IGNORECASE)


def _readings(text: str, start: int, end: int) -> tuple[list[str], set[int]]:
    """The items of a list by its possible readings (at ``;``; at ``,`` and ``và``; two ``và`` groups)."""
    semi = [text[a:b] for a, b in split_top(text, start, end, ";")]
    fine: list[str] = []
    for it in semi:
        fine.extend(_comma_items(it, 0, len(it)))
    return fine, {len(semi), len(fine)}


#: a figure that is each item's own quantity ("mỗi đơn vị có 6 đơn") or the larger set a few are taken from ("ba
#: trong số 5 bị cáo")
#: a band of a ranking the list completes: "… khác (góp mặt) trong top 10", "còn lại trong tốp 5"
_OTHERS_IN_BAND = re.compile(r"\b(?:khác|còn lại)\b[^\d.;:]{0,30}\b(?:top|tốp|nhóm)\s+(?:đầu\s+)?$", re.IGNORECASE)
_EACH_OR_AMONG = re.compile(r"(?:\bmỗi\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:có\s+)?|\btrong\s+số\s+)$", re.IGNORECASE)
#: the noun a bracket of names opens with: "(các xã: …", "(gồm các xã: …", "(xã Ea A, Ea B)"
_ITEM_NOUN = re.compile(r"\s*(?:gồm\s*:?\s*)?(?:các\s+)?([^\W\d_]+)(?!\w)", re.IGNORECASE)
_UNIT_WORDS = {u.lower() for u in g.UNITS if " " not in u}
#: a bracket that opens with the word of a kind, not of an item: "(môn A, B và C)", "(lĩnh vực A và B)", "(các ngành …)"
_CATEGORY_LEAD = g.pattern("category_lead", r"\s*(?:ở\s+|thuộc\s+|tại\s+)?(?:các\s+)?(môn|bộ môn|lĩnh vực|ngành|khối|nhóm|"
                           r"loại hình|hạng mục)\s+[^\W\d_]", flags=re.IGNORECASE,
                           matches=["môn Cầu lông, Bơi", "các lĩnh vực đất đai và xây dựng", "thuộc ngành y tế và giáo dục"],
                           rejects=["Cầu lông, Bơi", "môn: 3", "xã A, xã B"],
                           doc="A bracket naming the kinds a count's items fall in, not the items themselves.")


def _paren_after_predicate(text: str, index: Index, block, total: Figure, c0: int, open_at: int) -> Relation | None:
    """``3/10 chỉ tiêu kinh tế dự kiến đạt thấp hơn kế hoạch (thu ngân sách; giá trị xuất khẩu và sản lượng lúa)``:
    a bracket of names after the count's predicate (no figure, no comma between).  Which reading of the list is
    meant (at ``;``, or at ``và`` too) is not certain: a count one reading gives passes, none warns."""
    span = paren_span(text, open_at)
    if span is None:
        return None
    content = text[span[0]:span[1]]
    if _NOT_LIST.search(content) or _REASONS.match(content) or index.within(block.id, span[0], span[1], TOTAL_KINDS) \
            or index.within(block.id, total.end, open_at, QUANTITY_KINDS):
        return None
    items, counts = _readings(text, span[0], span[1])
    n = _count(total)
    if len(items) < 2 or n > 3 * len(items):
        return None
    counted = n if n in counts else Decimal(max(counts, key=lambda c: (-abs(c - n), c)))
    rel = _relation(total, items, Decimal(counted), False, block, quote(text, c0, span[1] + 1), "paren_after")
    if n in counts:
        rel.note = ""
    return rel


def _list_next(text: str, index: Index, block, total: Figure, c0: int) -> Relation | None:
    """``… có 4 sản phẩm đạt hạng 4 sao. Gồm: A; B; C; D.``: the count that closes its sentence, listed by the next
    sentence's ``Gồm:`` / ``Cụ thể:`` with no figures among the items.  Read as the list after a count in its own
    sentence (:func:`_list_after`): a count a reading gives passes, none warns."""
    s0, s1 = sentence_of(text, total.start)
    if s1 - total.end > 60 or index.within(block.id, total.end, s1, QUANTITY_KINDS, limit=1):
        return None  # (the count closes its sentence; checked in this order, the cost stays linear)
    m = _NEXT_LEAD.match(text, s1)
    if m is None:
        return None
    _, e1 = sentence_of(text, m.end())
    if index.within(block.id, m.end(), e1, TOTAL_KINDS) or _NOT_LIST.search(text, m.end(), e1):
        return None
    items, counts = _readings(text, m.end(), e1)
    n = _count(total)
    if len(items) < 2 or n > 3 * len(items):
        return None
    counted = n if n in counts else Decimal(max(counts, key=lambda c: (-abs(c - n), c)))
    rel = _relation(total, items, Decimal(counted), False, block, quote(text, c0, e1), "list_next")
    if n in counts:
        rel.note = ""
    return rel


@register(CHECK)
def find(doc: Document, figures: list[Figure]) -> list[Relation]:
    index = Index(doc, figures)
    out: list[Relation] = []
    done: set[str] = set()
    for block in doc.blocks:
        text = block.text
        for total in index.by_block.get(block.id, []):
            n = _count(total)
            if n is None or n != int(n) or total.qualifier or n < 2:
                continue
            if index.role(total) in ("prior", "band") or _TO_LEVEL.search(text, max(0, total.start - 20), total.start):
                continue  # "3 sản phẩm được nâng hạng từ 4 sao lên 5 sao, gồm: A, B, C": the ends of a move
                # between levels, not a count of the list
            if _RANGE_END.search(text, max(0, total.start - 8), total.start) or _RANGE_START.match(text, total.end):
                continue  # "8 xã đạt 10 - 14 tiêu chí là: A, B, …": an end of a range counts no list (the 8 does)
            if _OTHERS_IN_BAND.search(text, max(0, total.start - 60), total.start):
                continue  # "Những địa phương khác góp mặt trong top 10 gồm: A, B, C": the rest of a ranked band
                # whose other members were named before — the band's size counts no list
            if _EACH_OR_AMONG.search(text, max(0, total.start - 40), total.start):
                continue  # "(mỗi đơn vị có 6 đơn) gồm: A, B và C", "ba trong số 5 bị cáo, gồm: …": each one's
                # quantity, or the set the named few are taken from — neither counts the list
            c0, c1 = clause_of(text, total.start)
            m = g.GAP_TO_PAREN.match(text, total.end)
            span = paren_span(text, m.end()) if m else None
            if span is None and (w := _WIDE_GAP_TO_PAREN.match(text, total.end)) is not None:
                rel = _paren_after_predicate(text, index, block, total, c0, w.end())
                if rel is not None:
                    done.add(total.id)
                    out.append(rel)
                    continue
            if span and re.fullmatch(r"\s*\d{1,2}\s*", text[span[0]:span[1]]):
                span = None  # "(1) …": an item number, not a parenthesis of names
            if span and _IS_NAMES.search(text, total.end, span[0] - 1) and _NEXT_NAME.match(text, span[1] + 1):
                span = None  # "4 đối tượng là Trần Văn A (sinh năm 1996, trú tại …), Lê Văn B (…) và …": the bracket
                # tells of the first one named, the list is of the names
            if span:
                content = text[span[0]:span[1]]
                inner = index.within(block.id, span[0], span[1], QUANTITY_KINDS)  # ("(+19,4%; 2.222/1.861 vụ)")
                if not _NOT_LIST.search(content) and not inner and not _REASONS.match(content) \
                        and not parse_parts(text, span[0], span[1], block.id, index):
                    noun = _ITEM_NOUN.match(content)
                    if noun and noun.group(1).lower() in _UNIT_WORDS and total.unit \
                            and unit_head(noun.group(1)) != unit_head(total.unit):
                        continue  # "2 xã đạt 5-9 tiêu chí (xã A, xã B)": the names are of communes, not of criteria
                    if (cat := _CATEGORY_LEAD.match(content)) and total.unit \
                            and not total.unit.lower().startswith(cat.group(1).lower()):
                        continue  # "6 huy chương (môn Bơi, Cờ vua)": the kinds the items fall in — a kind may hold several
                    items, confident = _items(text, span[0], span[1])
                    if all(it.strip().lower() in _VARIANTS for it in items):
                        continue  # "Bóng đá nam 11 người, bóng bàn, bóng chuyền (nam, nữ)", "3 đội bóng (nam, nữ)":
                        # the kinds an item comes in, not a list of the count's items
                    if len(items) != n and unit_head(total.unit or "") in _EVENT_HEADS \
                            and (names_only(items) or all(_KIND_ITEM.fullmatch(it.strip()) for it in items)):
                        continue  # "7 vụ cướp tài sản (Hà Nội, Bắc Ninh, …)": where the cases happened — a place may
                        # have several, and one case may cross two; "5 đợt thiên tai (lốc xoáy, mưa đá)": the kinds of
                        # the events (a word or two each), each of which may come more than once
                    if len(items) != n and _where_they_are(total, items):
                        continue  # "14 nhà sập đổ (Yên Bái, Hà Giang)": where the houses stood
                    if len(items) > 1 and not (n > 20 and len(items) * 5 < n and not confident):
                        done.add(total.id)
                        out.append(_relation(total, items, Decimal(len(items)), confident, block,
                                             quote(text, c0, span[1] + 1), "paren"))
                continue
            rel = _list_after(text, index, block, total, c0) or _list_next(text, index, block, total, c0) \
                or _places_named(text, block, total, c0)
            if rel is not None:
                done.add(total.id)
                out.append(rel)
        # A counted total whose footnote opens with "Gồm" and lists items.
        if block.kind == "footnote":
            continue
        for mk in block.markers:
            fn = doc.footnotes.get(mk.number)
            if fn is None or not _FN_LEAD.match(fn.text) or parse_parts(fn.text, _FN_LEAD.match(fn.text).end(), len(fn.text), fn.id, index):
                continue
            c0, _ = clause_of(text, mk.start)
            totals = [f for f in index.within(block.id, c0, mk.start, {"count"}) if f.value and not f.decimals]
            if not totals:
                continue
            total = totals[-1]
            if total.id in done:
                continue
            segs = split_top(fn.text, _FN_LEAD.match(fn.text).end(), len(fn.text), ";.")
            counted, numbered, items = Decimal(0), [], []
            for a, b in segs:
                # a count of the total's unit at the top level of the segment (not inside its parentheses)
                top = [f for f in index.within(fn.id, a, b, {"count"}) if same_unit(f.unit, total.unit)
                       and fn.text.count("(", a, f.start) == fn.text.count(")", a, f.start)]
                items.append(fn.text[a:b])
                if top:
                    counted += top[0].value
                    numbered.append(top[0])
                else:
                    counted += 1
            confident = len(numbered) == len(segs)
            rel = _relation(total, items, counted, confident, fn, quote(text, c0, mk.end), "footnote", numbered)
            rel.block, rel.footnote, rel.footnote_text = block.id, mk.number, fn.text
            rel.note = "" if confident else "items_unnumbered"
            rel.note_args = {"unnumbered": len(segs) - len(numbered), "numbered": len(numbered)}
            out.append(rel)
    return out
