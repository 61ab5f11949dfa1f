"""Do the parts, by their labels, exhaust the whole?  (Shared by frames, sentence breakdowns and tables.)

The text, not the numbers, says so: all three levels of government (``cấp tỉnh 12, cấp huyện 40, cấp xã 95``), a
complementary pair (``22 tập thể, 18 cá nhân``; ``xuất khẩu`` / ``nhập khẩu``; ``thành thị`` / ``nông thôn``), one
label negating the other (``đạt chuẩn`` / ``chưa đạt chuẩn``), the three kinds of citizens' letters (``khiếu nại``,
``tố cáo``, ``kiến nghị, phản ánh``), or the nouns of a compound unit (``201 mô hình, điển hình`` = ``147 mô hình``
+ ``54 điển hình``).  Without such a cue, groups named after ``trong đó`` may overlap and need not add up.
"""

from __future__ import annotations

import re

from figaudit.figures import Figure

#: a level of government named in a label, and the tier it belongs to
LEVEL_WORDS = {"tỉnh": "tỉnh", "thành phố": "tỉnh", "trung ương": "tw", "huyện": "huyện", "thị xã": "huyện",
                "xã": "xã", "cơ sở": "xã", "phường": "xã"}
LEVEL = re.compile(r"\b(?:cấp|ở cấp|tại cấp|do(?=\s+(?:thị xã|thành phố|trung ương|\S+)\s+quản lý))\s+(trung ương|tỉnh|thành phố|huyện|thị xã|xã|cơ sở|phường)\b",
                  re.IGNORECASE)  # "cấp huyện", "do tỉnh quản lý"
#: complementary halves: one label from each side, and the two parts are all of the whole
PAIRS = [({"tập thể"}, {"cá nhân"}), ({"xây mới", "làm mới", "xây dựng mới"}, {"sửa chữa"}),
         ({"tái cử"}, {"mới", "lần đầu", "tham gia mới"}),
         ({"nam"}, {"nữ"}), ({"trong nước", "nội địa"}, {"nước ngoài", "ngoài nước", "quốc tế"}), ({"tiền mặt"}, {"hiện vật", "quà"}),
         ({"đảng bộ cơ sở"}, {"chi bộ cơ sở"}), ({"xuất khẩu"}, {"nhập khẩu"}), ({"thành thị"}, {"nông thôn"}),
         ({"bắt buộc"}, {"tự nguyện"}), ({"công lập"}, {"ngoài công lập", "tư thục", "dân lập"}),
         ({"trung ương"}, {"địa phương"}),
         # a forest is natural or planted (Luật Lâm nghiệp 2017, Điều 5): the two areas are all of its area
         ({"rừng tự nhiên"}, {"rừng trồng"}),
         # what is still pending is either within its time limit or past it
         ({"trong hạn", "còn hạn", "chưa đến hạn", "chưa quá hạn"}, {"quá hạn"}),
         # the two kinds of transfer from the central budget (Luật Ngân sách nhà nước, Điều 40)
         ({"bổ sung cân đối"}, {"bổ sung có mục tiêu"}),
         # what a period carries over and what it adds: "kỳ trước chuyển sang 45 đơn, tiếp nhận mới 275 đơn", "cũ …, mới …"
         ({"cũ", r"chuyển\s+(?:sang|qua)(?!\s+(?:cơ quan|cho|đến|tới|xử lý|giải quyết))", "tồn", "tồn đọng"},
          {"mới", "thụ lý mới", "tiếp nhận mới", "phát sinh mới", "phát sinh trong kỳ"})]
#: each side of each pair as a row label's opening words ("Nam", "Nữ"; "Công lập", "Ngoài công lập")
_ROW_PAIRS = [tuple(re.compile(r"^\s*(?:" + "|".join(sorted(side, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)
                    for side in pair) for pair in PAIRS]


#: ways of handling a case that exclude each other, though together they need not be all the cases found (some may
#: still be under verification): "xử lý hình sự 241 vụ, xử lý hành chính 27 vụ"
DISJOINT = [({"hình sự", "khởi tố"}, {"hành chính", "xử phạt"})]


#: the levels of schooling (Luật Giáo dục): a school, class or pupil is of one level only
SCHOOL_LEVEL = re.compile(r"\b(?:(mầm non|nhà trẻ|mẫu giáo)|(tiểu học)|(THCS|trung học cơ sở)|(THPT|trung học phổ thông)"
                          r"|(GDTX|giáo dục thường xuyên))\b", re.IGNORECASE)


def school_levels(labels: list[str]) -> bool:
    """Each label names one level of schooling and no two the same (``mầm non có 43 trường, tiểu học có 109 trường,
    THCS có 38 trường``): the parts are disjoint, though they need not be every level (``liên cấp`` schools)."""
    levels = []
    for lab in labels:
        found = {m.lastindex for m in SCHOOL_LEVEL.finditer(lab)}
        if len(found) != 1:
            return False
        levels.append(found.pop())
    return len(levels) >= 2 and len(set(levels)) == len(levels)


#: classifications whose classes exclude each other (each alternative one class): the modes of transport (an
#: accident, a trip or a tonne goes by one of them) and the degrees of a traffic accident (one degree per accident)
CLASSIFICATIONS = [
    re.compile(r"\b(?:(đường\s+bộ)|(đường\s+sắt)|(đường\s+(?:thủy|thuỷ|sông)(?:\s+nội\s+địa)?)|(hàng\s+hải|đường\s+biển)"
               r"|(hàng\s+không|đường\s+hàng\s+không))\b", re.IGNORECASE),
    re.compile(r"\b(?:(va\s+chạm)|(ít\s+nghiêm\s+trọng)|(đặc\s+biệt\s+nghiêm\s+trọng)|(rất\s+nghiêm\s+trọng)"
               r"|((?<!ít\s)(?<!rất\s)(?<!biệt\s)nghiêm\s+trọng))\b", re.IGNORECASE),
]


def class_of(words: str) -> tuple[int, int] | None:
    """The one class of one classification some words name (``Tính riêng đường bộ, …`` → road transport), or None."""
    for k, scheme in enumerate(CLASSIFICATIONS):
        found = {m.lastindex for m in scheme.finditer(words)}
        if len(found) == 1:
            return k, found.pop()
    return None


def distinct_classes(labels: list[str]) -> bool:
    """Each label names one class of one classification and no two the same (``đường bộ 100 vụ, đường thủy 15 vụ``;
    ``va chạm 8 vụ; ít nghiêm trọng 4 vụ; nghiêm trọng 18 vụ``): the parts are disjoint, though they need not be
    every class."""
    for scheme in CLASSIFICATIONS:
        classes = []
        for lab in labels:
            found = {m.lastindex for m in scheme.finditer(lab)}
            if len(found) != 1:
                break
            classes.append(found.pop())
        else:
            if len(classes) >= 2 and len(set(classes)) == len(classes):
                return True
    return False


def disjoint_kinds(labels: list[str]) -> bool:
    """Two labels, one for each of two ways of handling that exclude each other (``xử lý hình sự`` / ``xử lý hành
    chính``), neither naming both: the parts are disjoint, so together they stay within the whole."""
    if len(labels) != 2:
        return False
    for a, b in DISJOINT:
        sides = [(_says(lab.lower(), a), _says(lab.lower(), b)) for lab in labels]
        if sorted(sides) == [(False, True), (True, False)]:
            return True
    return False


def distinct_levels(labels: list[str]) -> bool:
    """Each part names one level of government and no two the same (``do tỉnh quản lý`` / ``do huyện quản lý``):
    the parts are disjoint, though two levels need not be all of the whole."""
    levels = []
    for lab in labels:
        found = {LEVEL_WORDS[m.group(1).lower()] for m in LEVEL.finditer(lab)}
        if len(found) != 1:
            return False
        levels.append(found.pop())
    return len(levels) >= 2 and len(set(levels)) == len(levels)


def partition_cue(whole: Figure, labels: list[str]) -> str:
    """Do the parts, by their labels, exhaust the whole?"""
    levels = set()
    for lab in labels:
        m = LEVEL.search(lab)
        if m:
            levels.add(LEVEL_WORDS[m.group(1).lower()])
    if {"tỉnh", "huyện", "xã"} <= levels and len(levels) == len(labels) or ({"tỉnh", "huyện", "xã"} <= levels and len(labels) == 3):
        return "levels"
    if len(labels) == 2 and complementary_pair(labels):
        return "pair"
    if negation_pair(labels):
        return "negation"
    if _petition_types(labels):
        return "petition_types"
    if _medals(labels):
        return "medals"
    if _directions(labels):
        return "directions"
    if len(labels) >= 2 and _REST.search(labels[-1]) and not any(_REST.search(lab) for lab in labels[:-1]):
        return "rest"  # "…, số còn lại chưa áp dụng biện pháp 436 người": the last part is all the others
    if len(labels) >= 3 and closes_with_others(labels):
        return "others"  # "…, Hoa Kỳ 38 mã, các thị trường khác 24 mã": the last group is all the others
    nouns = [n.strip() for n in re.split(r",|\bvà\b", whole.unit) if n.strip()]
    if len(nouns) >= 2 and len(labels) == len(nouns) and all(any(f" {n} " in f" {lab} " for lab in labels) for n in nouns):
        return "compound"
    return ""


#: the three medals, spelt out or abbreviated ("huy chương vàng", "HCV"): a medal is one of them
_MEDAL_KINDS = [re.compile(rf"(?<!\w)(?:{a}|(?:huy chương|hc)\s+{w})(?!\w)", re.IGNORECASE)
                for a, w in (("hcv", "vàng"), ("hcb", "bạc"), ("hcđ", "đồng"))]


def _medals(labels: list[str]) -> bool:
    """Gold, silver and bronze, once each: all the medals won."""
    if len(labels) != 3:
        return False
    hits = [[i for i, k in enumerate(_MEDAL_KINDS) if k.search(lab)] for lab in labels]
    return all(len(h) == 1 for h in hits) and sorted(h[0] for h in hits) == [0, 1, 2]


#: the three ways a figure can move (each place either fell, rose, or stayed): "31 địa phương giảm …, 29 địa phương
#: tăng … và 3 địa phương không tăng, không giảm"
_DIRECTION_KINDS = (re.compile(r"(?<!không )(?<!\w)giảm(?!\w)"), re.compile(r"(?<!không )(?<!\w)tăng(?!\w)"),
                    re.compile(r"không\s+tăng(?:,?\s+(?:không|và không)\s+giảm)?|không\s+thay\s+đổi|giữ\s+nguyên|"
                               r"không\s+đổi|bằng\s+cùng\s+kỳ"))


def direction(label: str) -> int | None:
    """The one way the label says its figure moved: 0 down, 1 up, 2 unchanged (None for none or both)."""
    lab = label.lower()
    if _DIRECTION_KINDS[2].search(lab):
        return 2
    hits = [i for i in (0, 1) if _DIRECTION_KINDS[i].search(lab)]
    return hits[0] if len(hits) == 1 else None


def _directions(labels: list[str]) -> bool:
    """One label per direction (down, up, unchanged), each naming only its own: all the places there are."""
    return len(labels) == 3 and sorted(str(direction(lab)) for lab in labels) == ["0", "1", "2"]


#: the last part of a list named as the rest ("số còn lại", "các trường hợp còn lại", "còn lại"): the list is closed
_REST = re.compile(r"(?<!\w)còn lại(?!\w)", re.IGNORECASE)

#: the last part named as "the other <groups>" ("các thị trường khác", "lĩnh vực khác"): the list is closed, though a
#: report may file a group under two headings, so a sum that misses only warns
_OTHERS = re.compile(r"(?<!\w)[^\W\d_]+(?:\s+[^\W\d_]+)?\s+khác(?:\s*(?:là|:))?(?:\s+[^\W\d_]+){0,2}\s*$", re.IGNORECASE)

def closes_with_others(labels: list[str]) -> bool:
    """Does a list end with the group of all the others (``các thị trường khác``), or two such groups (``nộp các khoản
    khác …; xử lý tài chính khác …``), and name no other group so?"""
    others = [bool(_OTHERS.search(lab)) for lab in labels]
    return bool(others) and others[-1] and not any(others[:-2]) and not all(others)


#: "… không đạt", "… chưa hoàn thành": the negation of the other label's word
_NEGATED = re.compile(r"(?<!\w)(?:không|chưa)\s+(\w+)")


def negation_pair(labels: list[str]) -> bool:
    """Two labels of which one negates the other (``đạt chuẩn`` / ``chưa đạt chuẩn``, ``đỗ`` / ``không đỗ``): the
    parts are disjoint and together name everything the whole counts."""
    if len(labels) != 2:
        return False
    for a, b in (labels, labels[::-1]):
        m = _NEGATED.search(b)
        if m and not _NEGATED.search(a) and re.search(rf"(?<!\w){re.escape(m.group(1))}(?!\w)", a):
            return True
    return False


#: the kinds of citizens' letters the law knows (khiếu nại, tố cáo, kiến nghị/phản ánh)
_PETITION_KINDS = (re.compile(r"(?<!\w)khiếu nại(?!\w)"), re.compile(r"(?<!\w)tố cáo(?!\w)"),
                   re.compile(r"(?<!\w)(?:kiến nghị|phản ánh)(?!\w)"))


def _petition_types(labels: list[str]) -> bool:
    """``khiếu nại 420 đơn, tố cáo 204 đơn, kiến nghị, phản ánh 710 đơn``: one label per kind of letter, each naming
    only its own kind."""
    if len(labels) != len(_PETITION_KINDS):
        return False
    hits = [[i for i, k in enumerate(_PETITION_KINDS) if k.search(lab)] for lab in labels]
    return all(len(h) == 1 for h in hits) and sorted(h[0] for h in hits) == [0, 1, 2]


def complementary_pair(labels: list[str]) -> tuple[int, int] | None:
    """Indexes of two labels that name complementary halves (``tái cử`` / ``tham gia mới``), if exactly one pair does."""
    found = _pairs(labels)
    return found[0] if len(found) == 1 else None


def complementary_pairs(labels: list[str]) -> list[tuple[int, int]]:
    """Every complementary pair among the labels, when each label belongs to at most one of them (``thành thị …;
    nông thôn …; nam …, nữ …``: two dimensions of one whole, each of them all of it)."""
    found = _pairs(labels)
    used = [i for pair in found for i in pair]
    return sorted(found, key=min) if len(used) == len(set(used)) else []


def _pairs(labels: list[str]) -> list[tuple[int, int]]:
    found = []
    for a, b in PAIRS:
        ia = [i for i, lab in enumerate(labels) if any(re.search(rf"(?<!\w){w}(?!\w)", lab) for w in a)]
        ib = [i for i, lab in enumerate(labels) if any(re.search(rf"(?<!\w){w}(?!\w)", lab) for w in b)]
        if len(ia) == 1 and len(ib) == 1 and ia != ib:
            found.append((ia[0], ib[0]))
    return found


def row_pair(first: str, second: str) -> bool:
    """Two table rows, in this order, labelled as the two halves of one pair (``Nam`` then ``Nữ``)."""
    return any(a.match(first) and b.match(second) for a, b in _ROW_PAIRS)


def row_half(label: str) -> bool:
    """A table row labelled as one half of a pair (``Nữ``, ``Ngoài công lập``)."""
    return any(a.match(label) or b.match(label) for a, b in _ROW_PAIRS)


#: "xuất, nhập khẩu", "xuất nhập khẩu", "xuất - nhập khẩu": both flows
_BOTH_TRADE = re.compile(r"xuất\s*[,/–-]?\s*nhập\s+khẩu")


def _says(text: str, words: set[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in words)


def counterpart_clash(name: str, other: str) -> bool:
    """``other`` names the counterpart of what ``name`` names and ``name`` does not (``kim ngạch xuất khẩu`` against
    ``tổng kim ngạch xuất, nhập khẩu``): the two are not the same whole."""
    name, other = (_BOTH_TRADE.sub("xuất khẩu và nhập khẩu", t.lower()) for t in (name, other))
    for a, b in PAIRS:
        for x, y in ((a, b), (b, a)):
            if _says(name, x) and not _says(name, y) and _says(other, y):
                return True
    return False
