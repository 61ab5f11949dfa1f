"""The domain grammar of Vietnamese narrative reports, in one place.

Every regular expression figaudit uses to read a report lives here, each with
the examples it must match (and, where useful, must not match).  The test
``tests/test_grammar.py`` runs every example, so a change that breaks one is
caught.  Patterns are written for the genre (provincial, ministry and newspaper
reports), not for one seed report.  A pattern only one check family reads may
stay in that family's module, registered here with :func:`pattern` and its
examples all the same (``tests/test_grammar.py`` imports every family).

Conventions of the genre that the patterns encode:

* numbers: ``.`` groups thousands and ``,`` is the decimal mark (``27.387``,
  ``104,7%``); counts are often zero-padded (``02 đồng chí``);
* footnote markers are superscript digits glued to the word (``đảng viên⁷``);
  a footnote starts with its superscript number at the beginning of a block;
* document numbers: party style ``35-NQ/TW``, ``56 - QĐ/TW``; state style
  ``130/2020/NĐ-CP``, ``1234/QĐ-UBND``, ``45/2019/QH14``;
* dates ``14/5/2021``, ``ngày 14 tháng 5 năm 2021``, months ``tháng 5/2023``;
* periods ``2020 - 2025``, ``2023-2030``; ratios ``12/12``;
* hedges before a number: ``trên``, ``hơn``, ``gần``, ``khoảng``, ``xấp xỉ``...
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Every pattern, by name, with its examples (used by the tests).
PATTERNS: dict[str, "Pattern"] = {}


@dataclass
class Pattern:
    name: str
    regex: re.Pattern
    matches: list[str] = field(default_factory=list)
    rejects: list[str] = field(default_factory=list)
    doc: str = ""


def pattern(name: str, regex: str, *, matches: list[str], rejects: list[str] = (), doc: str = "", flags=0):
    """Compile and register a pattern with the examples it must (not) match."""
    compiled = re.compile(regex, flags | re.UNICODE)
    PATTERNS[name] = Pattern(name, compiled, list(matches), list(rejects), doc)
    return compiled


# ---------------------------------------------------------------------------
# Characters
# ---------------------------------------------------------------------------

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT_TO_INT = {c: i for i, c in enumerate(SUPERSCRIPT_DIGITS)}

#: Vietnamese lowercase letters (for "continues a sentence" tests).
VI_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VI_UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"
VI_LETTER = VI_LOWER + VI_UPPER

# ---------------------------------------------------------------------------
# Layout: footnotes, markers, headings
# ---------------------------------------------------------------------------

FOOTNOTE_START = pattern(
    "footnote_start",
    rf"^\s*([{SUPERSCRIPT_DIGITS}]{{1,4}})(?![{SUPERSCRIPT_DIGITS}])\s*",
    matches=["¹ Toàn tỉnh kết nạp được 2.303 đảng viên mới", "¹⁰ Cấp tỉnh 12; cấp huyện 75", "²⁷ Ủy ban Kiểm tra"],
    rejects=["Cấp huyện 30; cấp cơ sở 85;", "¹²³⁴⁵⁶ a run of six superscript digits"],
    doc="A footnote block: superscript number at the start of the block.",
)

MARKER = pattern(
    "marker",
    rf"(?<=[{VI_LETTER}0-9.,;:)”\"'’%])([{SUPERSCRIPT_DIGITS}]{{1,4}})(?![{SUPERSCRIPT_DIGITS}])",
    matches=["kiểm tra 115 đảng viên⁷ (tăng 6", "đảng đảng¹⁰", "tố cáo¹⁵;", "quản lý³.", "năm 2023⁶;"],
    rejects=["⁷ Cấp huyện 30", "kiểm tra 15 đảng viên¹²³⁴⁵ (a run of five is no footnote number)"],
    doc="A footnote marker: superscript digits glued to the preceding word or punctuation.",
)

#: ``m²``, ``km²``, ``m³`` are unit exponents, not footnote markers.
UNIT_EXPONENT = pattern(
    "unit_exponent",
    rf"(?<![{VI_LETTER}])(?:k|c|d|h)?m[²³](?![{SUPERSCRIPT_DIGITS}])",
    matches=["diện tích 1.668 km²", "xây 500 m² nhà", "12 m³ nước"],
    rejects=["đảng viên²", "kỹ năng²"],
)

#: A sentence (or paragraph) that opens by breaking down the whole before it: ``Trong đó, …``, ``Trong số đó …``,
#: ``- Trong số này …``.
OPENS_SUBSET = pattern(
    "opens_subset",
    r"\s*(?:[-–•]\s*)?trong\s+(?:số\s+(?:đó|này|trên)|đó|này)\b",
    matches=["Trong đó, khách quốc tế 5,1 nghìn lượt", "Trong số đó có 12 xã", "- Trong số này, 3 vụ",
             "Trong số trên, có 4,2 tỷ USD vốn mới"],
    rejects=["Trong năm 2024", "trong tổng số 40 vụ"],
    flags=re.IGNORECASE,
    doc="Applied with ``match`` at a sentence's start.",
)

#: ``m²``/``m³`` whose superscript the page flattened to a plain digit after a figure: ``1.524 m 3 lâm sản``,
#: ``200 m2 đất`` — the digit is the unit's exponent, never a count.
FLAT_EXPONENT = pattern(
    "flat_exponent",
    rf"(?<=\d\s)(?:k|c|d|h)?m\s?([23])(?=\s+[{VI_LETTER}])",
    matches=["1.524 m 3 lâm sản", "xây 500 m2 nhà", "12 km 2 rừng"],
    rejects=["tháng 3 năm", "500 m 30 hộ", "nhóm 3 người"],
    doc="A unit exponent written flat: its digit is part of the unit.",
)

#: Markdown footnote reference and definition (for .md input).
#: A web page's note reference glued to the word it annotates: ``cao nhất từ trước đến nay[4],``.  A number in
#: brackets after a space (``[12 đơn vị]``) is no reference.
BRACKET_REF = pattern(
    "bracket_ref",
    r"(?<=[\w.,;:)”\"%])\[(\d{1,3})\](?![\w])",
    matches=["thấp nhất từ trước đến nay[3], trong đó", "đạt 95%[12]."],
    rejects=["gồm [12 đơn vị]", "xem [2]"],
)

#: Footnote markers as reports also write them (rewritten to superscripts by ``readers/markers.py`` only when the
#: footnote they point to is found below them).  A bracketed number after a word: ``đảng viên(7)``, ``đảng viên
#: [7];`` — not one after a colon or a semicolon, which opens an enumeration (``gồm: (1) …``), nor at a line start.
BRACKET_MARK = pattern(
    "bracket_mark",
    rf"(?<=[{VI_LETTER}”\"'%)])[ \t]?[(\[](\d{{1,3}})[)\]](?=[\s,.;:)]|$)",
    matches=["kiểm tra 115 đảng viên(7) (tăng 6", "giám sát 39 tổ chức đảng [8];", "thi hành kỷ luật (3)."],
    rejects=["nhiệm vụ gồm: (1) tăng cường", "trong đó (12 vụ)", "Điều (3a)"],
)
#: …and the footnote it points to, opening a line: ``(7) Cấp huyện 30; cấp cơ sở 85``, ``[7] Cấp huyện 30``.
BRACKET_NOTE = pattern(
    "bracket_note",
    r"^[ \t]*[(\[](\d{1,3})[)\]][ \t]+(?=\S)",
    matches=["(7) Cấp huyện 30; cấp cơ sở 85", "[12] Cấp tỉnh 2"],
    rejects=["Cấp huyện (7) 30"],
    flags=re.MULTILINE,
)
#: Digits glued to a word, as text copied out of a PDF gives a superscript: ``kiểm tra 115 đảng viên7 (tăng``;
#: read as a marker only when a footnote line ``7 Cấp huyện 30; …`` below points back (never ``H5N1``, ``COVID19``
#: standing alone, or a number after a space).
GLUED_MARK = pattern(
    "glued_mark",
    rf"(?<=[{VI_LOWER}][{VI_LOWER}])(\d{{1,3}})(?=[\s,.;:)]|$)",
    matches=["kiểm tra 115 đảng viên7 (tăng 6", "giám sát 39 tổ chức12;"],
    rejects=["kiểm tra 115 đảng viên (tăng", "chủng H5N1 ", "Nghị quyết 57"],
)
#: …and its footnote line: the number, a space, then a capital (a body line wrapped before a count, ``115 đảng viên
#: …``, goes on in lower case).
GLUED_NOTE = pattern(
    "glued_note",
    rf"^[ \t]*(\d{{1,3}})[ \t]+(?=[{VI_UPPER}])",
    matches=["7 Cấp huyện 30; cấp cơ sở 85", "12 Cấp tỉnh 2"],
    rejects=["115 đảng viên, tăng 6"],
    flags=re.MULTILINE,
)
#: An asterisk after a word, ``đảng viên(*)`` / ``đảng viên*``, and its note line ``(*) …`` / ``* …``.
STAR_MARK = pattern(
    "star_mark",
    rf"(?<=[{VI_LETTER}”\")])[ \t]?(?:\(\*\)|\*)(?=[\s,.;:)]|$)",
    matches=["các xã đặc biệt khó khăn(*) được", "vốn ngoài ngân sách*;"],
    rejects=["* Về công tác", "**Kết quả**"],
)
STAR_NOTE = pattern(
    "star_note",
    r"^[ \t]*(?:\(\*\)|\*)[ \t]+(?=[^\W\d_])",
    matches=["(*) Gồm các xã khu vực III", "* Số liệu ước tính"],
    rejects=["** Kết quả"],
    flags=re.MULTILINE,
)

MD_MARKER = pattern("md_marker", r"\[\^(\d+)\]", matches=["đảng viên[^7] (tăng 6"])
MD_FOOTNOTE = pattern("md_footnote", r"^\[\^(\d+)\]:\s*", matches=["[^7]: Cấp huyện 30; cấp cơ sở 85;"])

HEADING_ROMAN = pattern(
    "heading_roman",
    r"^\s*([IVXLC]+)\.\s+(\S.*)$",
    matches=["I. KẾT QUẢ ĐẠT ĐƯỢC", "III. NHIỆM VỤ TRỌNG TÂM NĂM 2024", "II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN"],
    rejects=["1. Công tác tuyên giáo"],
)

HEADING_NUMBERED = pattern(
    "heading_numbered",
    rf"^\s*(\d{{1,2}}(?:\.\d{{1,2}})*)[.)]\s+([{VI_UPPER}].*)$",
    matches=["1. Công tác tuyên giáo", "2.1. Kết quả", "3) Công tác kiểm tra, giám sát"],
    rejects=["27.387 lượt học viên", "- Việc sơ kết"],
    doc="A numbered heading; also used for numbered list items (told apart by length).",
)

HEADING_LETTER = pattern(
    "heading_letter",
    rf"^\s*([a-zđ])[.)]\s+([{VI_UPPER}].*)$",
    matches=["a) Công tác tuyên truyền", "b. Kết quả cụ thể"],
)

# A line that reads as a heading is short and does not end like a sentence.
HEADING_MAX_CHARS = 120

#: A paragraph that ends like this is complete; otherwise a page break may have cut it.
TERMINAL = pattern(
    "terminal",
    r"(?:[.!?:;…]|\.\.\.)[\s”\"’'*)\]]*$",
    matches=["đúng quy định.", "cụ thể như sau:", "tổ chức đảng¹⁴;", "“Góc nhìn nội chính”.", "Samsung..."],
    rejects=["là cấp trưởng diện", "đã tham mưu chỉ đạo", "phòng, chống tham nhũng,"],
)

# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------

#: A number token as written in Vietnamese: digits with ``.`` thousands and ``,``
#: decimals.  Separators must be followed by a digit (``2023.`` ends a sentence).
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"

#: Where a number may start: not inside a word or another number (``lên31,45%`` must not yield ``45``), but
#: right after a lowercase word that lost its space in the page's markup (``tăng lên31,45%``, ``từ15%``): the
#: glued figure is still the report's figure.  Capitals before digits are codes (``F0``, ``H5N1``, ``QL5``).
NUM_START = rf"(?<!\d[.,])(?:(?<![\w])|(?<=[{VI_LOWER}]{{2}}))"

NUMBER_TOKEN = pattern(
    "number_token",
    rf"{NUM_START}(?:{NUMBER})(?![\d])",
    matches=["27.387 lượt học viên", "104,7%", "4,4 triệu", "02 đồng chí", "1.403 đơn", "tăng lên37 người"],
    rejects=["H5N1", "F0"],
    doc="A plain number; dates, document numbers etc. are matched first by the patterns below.",
)

#: Any run of ASCII digits: the coverage test asserts each one is classified.
DIGIT_RUN = pattern("digit_run", r"\d+", matches=["115", "2023"])

# ---------------------------------------------------------------------------
# Compound tokens, matched before plain numbers (order in COMPOUND matters)
# ---------------------------------------------------------------------------

_ISSUER = rf"[{VI_UPPER}][{VI_LETTER}]*"  # NQ, QĐ, QĐi, CTr, BTCTW, NĐ, UBND

DOC_NUMBER_STATE = pattern(
    "doc_number_state",
    rf"(?<![\w/])(\d+)/(\d{{4}})/({_ISSUER}\d*)(?:\s?-\s?({_ISSUER}))?(?![\w])",
    matches=["Nghị định 130/2020/NĐ - CP", "Nghị định 60/2021/NĐ-CP", "Luật số 45/2019/QH14", "Thông tư 12/2022/TT-BTC"],
    doc="State legal documents: number/year/TYPE-ISSUER.",
)

DOC_NUMBER_PARTY = pattern(
    "doc_number_party",
    rf"(?<![\w/])(\d+)\s?-\s?({_ISSUER})\s?/\s?({_ISSUER}(?:\s?-\s?{_ISSUER})?)(?![\w])",
    matches=["Nghị quyết số 35-NQ/TW", "Quyết định số 56 - QĐ/TW", "Nghị quyết số 23- NQ/TW", "Quy định 11- QĐi/TW",
             "Kết luận số 856-KL/TTCP", "Chương trình số 15-CTr/TU", "Hướng dẫn số 21-HD/BTCTW"],
    doc="Party documents: number-TYPE/ISSUER.",
)

DOC_NUMBER_ADMIN = pattern(
    "doc_number_admin",
    rf"(?<![\w/])(\d+)/({_ISSUER})\s?-\s?({_ISSUER})(?![\w])",
    matches=["Quyết định số 1234/QĐ-UBND", "Công văn 56/UBND-VP", "Kế hoạch 89/KH-UBND"],
    doc="Administrative documents: number/TYPE-ISSUER.",
)

#: A document named by its type and a bare number/year (the type suffix left out): ``Nghị định số 150/2006``,
#: ``Quyết định 1234/2019``: an identifier, never a ratio.
DOC_NUMBER_BARE = pattern(
    "doc_number_bare",
    r"(?:Nghị định|Quyết định|Thông tư|Chỉ thị|Nghị quyết|Kết luận|Quy định|Hướng dẫn|Công văn|Kế hoạch|Luật|Pháp lệnh)"
    r"\s+(?:số\s+)?(\d{1,5}/(?:19|20)\d{2})(?![\d/\w])",
    matches=["theo Nghị định số 150/2006 của Chính phủ", "Quyết định 1234/2019 về"],
    rejects=["Nghị định số 150/2006/NĐ-CP", "giải quyết 150/2006 đơn"],
    flags=re.IGNORECASE,
)

#: A document named by its type and a bare number, no year: ``theo Nghị định 116 là 99 sinh viên``, ``Chỉ thị số 05
#: của Ban Bí thư``, ``Chương trình 135``: an identifier, never a count.  Types that are also verbs or common nouns
#: (``quyết định 12 vấn đề``, ``kết luận 3 nội dung``) count only capitalised inside a sentence.
DOC_NUMBER_NAMED = pattern(
    "doc_number_named",
    r"(?:(?i:nghị định|nghị quyết|chỉ thị|thông tư|pháp lệnh|công văn)|Chương trình"
    r"|(?<=\w\s)(?:Quyết định|Kết luận|Kế hoạch|Quy định|Hướng dẫn))\s+(?:số\s+)?(\d{1,5})(?![\d/\w-]|[.,]\d)"
    r"(?!\s*(?:năm|tháng|ngày|tuần|quý)\b)",
    matches=["hưởng chế độ theo Nghị định 116 là 99 sinh viên", "thực hiện Chỉ thị số 05 của Bộ Chính trị",
             "vốn Chương trình 135", "theo Quyết định 1234 của UBND tỉnh", "Nghị quyết 18, Nghị quyết 19"],
    rejects=["Quyết định 12 vấn đề lớn", "ban hành 12 quyết định", "Nghị quyết 05/NQ-TW", "Kế hoạch 5 năm",
             "Nghị định số 150/2006", "Chương trình 3 năm"],
)

DATE_WORDS = pattern(
    "date_words",
    r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
    matches=["ngày 14 tháng 5 năm 2021"],
)

#: ``tháng 8 thu 308 tỷ đồng``: a month named by its number (not a count of 8).
MONTH_NAME = pattern(
    "month_name",
    r"(?<![\w])(?:tháng|Tháng)\s+(0?[1-9]|1[0-2])(?![\d/-])(?![.,]\d)(?!\s*(?:năm\s+\d|tháng))",
    matches=["trong tháng 8 thu 308 tỷ đồng", "Tháng 5 tổ chức", "trong tháng 7, tăng 39%", "Riêng tháng 5, kim ngạch",
             "so với cùng kỳ tháng 9."],
    rejects=["tháng 5/2023", "6 tháng đầu năm", "tháng 5,2"],
)

#: ``ngày 14 tháng 5`` without the year: a date, not "14 months" and a count "5 tổ chức".
DATE_WORDS_NO_YEAR = pattern(
    "date_words_no_year",
    r"ngày\s+(0?[1-9]|[12]\d|3[01])\s+tháng\s+(0?[1-9]|1[0-2])(?![\d/])(?!\s*năm\s+\d)",
    matches=["ngày 14 tháng 5 tổ chức hội nghị"],
    rejects=["ngày 14 tháng 5 năm 2021"],
    flags=re.IGNORECASE,
)

DATE_NUMERIC = pattern(
    "date_numeric",
    # (a date right after a year and a hyphen is the end of a span: "(29/4/1972-29/4/2022)")
    r"(?:(?<=\d{4}-)|(?<![\w/.,-]))(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4})(?![\w/]|[.,]\d)",
    matches=["ngày 14/5/2021", "02/9/1969", "(02/9/1969- 02/9/2024)", "08/02/2022", "tính đến ngày 12-9-2019",
             "hạn chót 30.6.2024", "(15/3/1979-15/3/2024)"],
    rejects=["130/2020/NĐ-CP", "12/9-2019", "1.250.000"],
)

MONTH_YEAR = pattern(
    "month_year",
    r"(?:tháng|tuần|quý\s+[IV]+)\s*(\d{1,2})?\s?[/-]\s?(\d{4})|tháng\s+(\d{1,2})\s*[/-]\s*(\d{4})",
    matches=["tháng 5/2023", "quý I/2024", "so với tháng 8-2022", "Tháng 5/2022, toàn tỉnh", "trong tuần 40/2024"],
    flags=re.IGNORECASE,
)

#: A day and month without the year: ``ngày 30/4``, ``Sáng 26/11``, ``từ 01/01 đến 30/6``,
#: ``(12/3 và 15/4)``.  Only day ≤ 31 and month ≤ 12; a time word before it (DAY_MONTH_CUE), a
#: neighbouring date, or no unit after it makes it a date (``12/12 xã`` stays a ratio).
DAY_MONTH = pattern(
    "day_month",
    r"(?<![\w/.,-])(0?[1-9]|[12]\d|3[01])\s?/\s?(0?[1-9]|1[0-2])(?![\w/-]|[.,]\d)",
    matches=["ngày 30/4", "Sáng 26/11, Sở", "từ 01/01 đến 30/6", "(12/3 và 15/4)"],
    rejects=["đạt 821/1.450 chỉ tiêu", "14/5/2021", "45/60"],
)
#: A time of day: ``2h sáng``, ``14h30``, ``lúc 9 giờ``, ``7 giờ 30 phút sáng``, ``10 giờ tối`` — never a count
#: of hours (``học 2 giờ`` has no time word: it stays a duration).
TIME_OF_DAY = pattern(
    "time_of_day",
    r"(?<![\w.,/])(?:(?:[01]?\d|2[0-4])h(?:[0-5]\d(?:'|p|\b))?(?![\w])"
    r"|(?<=lúc )(?:[01]?\d|2[0-4])\s+giờ(?:\s+[0-5]?\d\s+phút)?"
    r"|(?:[01]?\d|2[0-4])\s+giờ(?:\s+[0-5]?\d\s+phút)?(?=\s+(?:sáng|trưa|chiều|tối|đêm|cùng ngày)\b))",
    matches=["Khoảng hơn 2h sáng", "lúc 14h30 ngày 5", "vào lúc 9 giờ, đoàn", "7 giờ 30 phút sáng", "10 giờ tối"],
    rejects=["học 2 giờ mỗi ngày", "hơn 100 giờ công", "sản lượng 2 ha", "25h"],
    flags=re.IGNORECASE,
)
#: ``Ngày 22-1``, ``Sáng 7-11``, ``từ ngày 24 đến 25-11``: a hyphenated day-month after a time word.
DAY_MONTH_HYPHEN = pattern(
    "day_month_hyphen",
    r"(?:(?<![\w])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|mùng|mồng|đến|tới)\s+)(0?[1-9]|[12]\d|3[01])-(0?[1-9]|1[0-2])(?![\w/-]|[.,]\d)",
    matches=["Ngày 22-1, tại", "Sáng 7-11 tỉnh", "từ ngày 24 đến 25-11"],
    rejects=["giai đoạn 2021-2025", "Ngày 22-1-2024"],
    flags=re.IGNORECASE,
)
#: ``Trong hai ngày 14 và 15/2``, ``các ngày 3, 4 và 5/9``, ``ngày 24 - 25/11``: the days before a day/month (or a
#: full date) after ``ngày`` share its month — dates, not counts.
DAY_BEFORE_DATE = pattern(
    "day_before_date",
    r"(?<![\w])ngày\s+((?:(?:0?[1-9]|[12]\d|3[01])\s*(?:,|và|-|–|đến)\s*){1,4})(?=(?:0?[1-9]|[12]\d|3[01])\s?[/.-]\s?(?:0?[1-9]|1[0-2])(?![\d]))",
    matches=["Trong hai ngày 14 và 15/2, các", "các ngày 3, 4 và 5/9", "ngày 24 - 25/11/2024"],
    rejects=["ngày 14 tháng 5", "kết nạp 14 và 15/20 đảng viên", "ngày 15/2"],
    flags=re.IGNORECASE,
)
#: A place on a road, or a road's number: ``lý trình Km12+300``, ``Km 12 + 500``, ``QL.3``, ``QL 1A``, ``ĐT.741``,
#: ``tỉnh lộ 8``: codes, never counts (``QL.3`` is no 3 of anything).  Group 1 holds the digits of a chainage or of
#: an abbreviated road; the spelled-out ``quốc lộ 6`` is left to its context (``trên quốc lộ 92 vụ`` is a count).
ROAD_POSITION = pattern(
    "road_position",
    r"(?<![\w])(?:Km\s?(\d{1,4}(?:\s?\+\s?\d{1,4}(?:[.,]\d+)?)?)|(?:QL|ĐT|TL|ĐH|ĐX|QLộ)\s?\.?\s?(\d{1,4}[A-Z]?))(?![\d\w])",
    matches=["sạt lở tại Km12+300 ÷ Km12+450", "đoạn Km 12 + 500 đến", "dọc QL.3 thuộc xã", "tuyến QL 1A", "đường ĐT.741"],
    rejects=["dài 12 km đường", "khoảng 300 km", "trên quốc lộ 92 vụ", "QLDA 12"],
)
DAY_MONTH_CUE = pattern(
    "day_month_cue",
    r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|khuya|rạng sáng|mùng|mồng|từ|đến|tới|trước|sau|vào|lúc|hạn|dịp|nay)\s*$"
    r"|(?:\d{1,2}/\d{1,2})\s*(?:-|–|và|,|đến|tới)\s*(?:ngày\s+)?$"
    r"|ngày\s+(?:\d{1,2}\s*(?:,|và|-|–|đến)\s*){1,4}$",  # "các ngày 3, 4 và 5/9 tỉnh tổ chức": the last of the days
    matches=["Sáng ", "tổ chức từ ngày ", "từ 01/01 đến ", "(12/3 và ", "Trong các ngày 3, 4 và "],
    rejects=["kết nạp được "],
    flags=re.IGNORECASE,
)

#: Words before ``a/b`` that make it this year against last (a ratio, not a date): ``không thay đổi (5/5)``,
#: ``ít hơn 03 vụ = 1,6% (180/183 vụ)``.
RATIO_CUE = pattern(
    "ratio_cue",
    r"(?:không thay đổi|không đổi|so với|bằng|=|%)\s*\(?\s*$",
    matches=["số người chết không thay đổi (", "= 1,6% ("],
    rejects=["Sáng "],
    flags=re.IGNORECASE,
)

#: Two years compared as in a table head: ``2015/2014`` (not a ratio to check).
YEAR_PAIR = pattern(
    "year_pair",
    r"(?<![\w/.,])((?:19|20)\d{2})\s?/\s?((?:19|20)\d{2})(?![\w/])",
    matches=["Tăng trưởng 2015/2014", "so sánh 2023/2022"],
    rejects=["821/1.450"],
)

PERIOD = pattern(
    "period",
    r"(?<![\w/.,])((?:19|20)\d{2})\s?[-–—]\s?((?:19|20)\d{2})(?![\w/])",
    matches=["nhiệm kỳ 2020 - 2025", "giai đoạn 2023-2030", "giai đoạn 2023- 2025", "2024 – 2025"],
    rejects=["35-NQ/TW"],
)

RANGE = pattern(
    "range",
    rf"từ\s+({NUMBER})\s*(?:đến|tới|-|–)\s*({NUMBER})",
    matches=["từ 20 đến 25 đảng viên", "từ 1.000 - 1.500 người"],
)

#: A month and year written bare, ``(9/2022)``, ``tháng cùng kỳ (6/2021)``: a date when no unit follows (``9/2022 hộ``
#: would be a ratio).
#: After ``N/M``, the police's pair of units: ``15/12 vụ đối tượng``, ``02/05 vụ/đối tượng`` — N cases, M persons
#: (two counts, never a fraction; read with ``match`` at the slash pair's end).
CASES_PERSONS_AFTER = pattern(
    "cases_persons_after",
    r"\s*(vụ)\s*[/,]?\s*(đối tượng|người|bị can|bị cáo)\b",
    matches=[" vụ đối tượng tàng trữ", " vụ/đối tượng", " vụ/người vi phạm"],
    rejects=[" vụ án", " vụ, trong đó"],
)
MONTH_YEAR_BARE = pattern(
    "month_year_bare",
    r"(?<![\w/.,])(0?[1-9]|1[0-2])\s?/\s?((?:19|20)\d{2})(?![\w/]|[.,]\d)",
    matches=["so với tháng cùng kỳ (9/2022)", "kỳ gốc (12/2019)."],
    rejects=["ngày 14/5/2021", "đạt 821/1.450 chỉ tiêu"],
)

#: Words before ``a/b`` that make it two values named in turn, not a ratio: ``chỉ tiêu tương ứng 14.000/900 người``,
#: ``lần lượt là 45/38 người``.
PAIRED_VALUES = pattern(
    "paired_values",
    r"(?:tương ứng|lần lượt(?:\s+là)?)\s*(?:là\s*)?:?\s*$",
    matches=["(chỉ tiêu tương ứng ", "số đảng viên lần lượt là "],
    rejects=["kết nạp được "],
    flags=re.IGNORECASE,
)

#: ``1 748 vụ việc``, ``19 136 hộ vay``: thousands set off by a space (plain, no-break or thin) the way some offices
#: type them, a count's word after it — one number, not 1 and 748.  Not before a scale word or a percent sign (``1 748
#: tỷ`` is left to the scaled reading of 748), not after a label (``mức độ 4 120 thủ tục``: checked in figures.py).
_SPACED_NOT_AFTER = ["ngày", "tháng", "năm", "quý", "kỳ", "khóa", "khoá", "đợt", "lần", "thứ", "số", "cấp", "độ", "loại",
                     "nhóm", "hạng", "lớp", "khối", "điều", "khoản", "điểm", "mục", "tổ", "ấp", "khu", "phường", "quận",
                     "Ngày", "Tháng", "Năm", "Quý", "Khóa", "Đợt", "Lần", "Số", "Cấp", "Loại", "Nhóm", "Điều", "Khoản"]
SPACED_THOUSANDS = pattern(
    "spaced_thousands",
    rf"(?<![\w.,/])(?<!\d\s)" + "".join(rf"(?<!{w} )" for w in _SPACED_NOT_AFTER) +
    rf"[1-9]\d{{0,2}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d.,/%]|\s+\d)"
    rf"(?=\s+(?!(?:nghìn|ngàn|triệu|tỷ|tỉ|phần trăm)(?![{VI_LETTER}]))[{VI_LOWER}])",
    matches=["trong kỳ là: 1 748 vụ việc", "với 19 136 hộ vay", "có 12 500 lượt người"],
    rejects=["1 748 tỷ đồng", "năm 2023 1 200 người", "ngày 12 120 người", "tổng 1 748", "mức độ 4 120 thủ tục",
             "Điều 5 100 người"],
)

RATIO = pattern(
    "ratio",
    r"(?<![\w/.,])(\d{1,3}(?:\.\d{3})+|\d+)\s?/\s?(\d{1,3}(?:\.\d{3})+|\d+)(?![\w/]|[.,]\d)",
    matches=["cho 12/12 văn phòng huyện", "đạt 9/10 chỉ tiêu", "kết nạp được 821/1.450 chỉ tiêu", "có 5.854/8.225 xã"],
    rejects=["14/5/2021"],
)

#: ``63,5/78,5 ha``, ``6,8/360 tỷ đồng``: a done amount over its planned amount, one side or both with decimals (what
#: the integer ``ratio`` leaves).  Not two percentages side by side (``12,4/9,8%``: this and a benchmark), not a date.
FRACTION = pattern(
    "fraction",
    r"(?<![\w/.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s?/\s?(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
    rf"(?![\d_/%{VI_UPPER}]|[.,]\d|\s?%)",
    matches=["đã trồng 63,5/78,5 ha rừng", "giải ngân 6,8/360 tỷ đồng", "đạt 1.250,5/2.000 tấn", "trồng 12,5/20ha"],
    rejects=["(12,4/9,8%)", "14/5/2021", "2,5/3,1/4,0", "số 12,5/QĐ"],
    doc="Matched after ``ratio``: only a pair with a decimal comma is left for it.  A unit may be glued to it "
        "(``20ha``), never a capital (a code).",
)

PERCENT = pattern(
    "percent",
    # (or a decimal point written the English way, one or two digits after it — never a thousands group: "3.1%")
    rf"{NUM_START}({NUMBER}|\d{{1,3}}\.\d{{1,2}}(?!\d))\s?(?:%|phần trăm)",
    matches=["đạt 104,7%", "tăng 50% so với năm 2022", "chiếm 12,5 %", "đạt 95 phần trăm", "tăng lên37,5%", "chiếm gần 3.1%",
             "đạt 101.86%"],
)

#: ``4,4 triệu``, ``27.387 tỷ``, ``3,5 nghìn`` — number with a scale word.
SCALE_WORDS = {"nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000}
SCALED = pattern(
    "scaled",
    rf"{NUM_START}({NUMBER})\s+(nghìn|ngàn|triệu|tỷ|tỉ)(?:\s+(tỷ|tỉ))?(?![{VI_LETTER}])(?!\s+trọng)",
    matches=["với trên gần 4,4 triệu lượt truy cập", "ước đạt 27.387 tỷ đồng", "3 nghìn người", "vốn 315,9 nghìn tỷ đồng"],
    rejects=["Năm 2005 tỷ trọng nông nghiệp"],
    doc="A number with one scale word, or two (``1,2 nghìn tỷ`` = 1,2 × 10¹²).",
)

#: ``3.135 tỷ 793 triệu đồng``, ``1.088 tỷ 473 triệu 419 nghìn đồng``, ``12 triệu 500 nghìn đồng`` — one amount written
#: in falling scale words, each lower group of at most three digits (``067 nghìn`` keeps its zero): one figure, exact
#: to its last scale word.
COMPOUND_SCALED = pattern(
    "compound_scaled",
    rf"{NUM_START}({NUMBER})\s+(tỷ|tỉ|triệu)((?:\s+\d{{1,3}}\s+(?:triệu|nghìn|ngàn))+)(?![{VI_LETTER}])",
    matches=["dư nợ đạt 3.135 tỷ 793 triệu đồng", "1.088 tỷ 473 triệu 419 nghìn đồng", "thu 12 triệu 500 nghìn đồng",
             "588 tỷ 190 triệu 067 nghìn đồng"],
    rejects=["27.387 tỷ đồng", "4,4 triệu lượt"],
)

#: A number token written ``412,000``: three zero decimals no writer means, so most likely 412.000 written the English
#: way beside ``815.000`` — but the text does not say which; such a figure is kept with this reason, never read.
ENGLISH_THOUSAND = pattern(
    "english_thousand",
    r"(?<![\d.,])[+\-−]?\d{1,3},000(?![\d.,])",
    matches=["Hàng nội địa đạt 412,000 TEUs", "thu 5,000 tỷ đồng"],
    rejects=["đạt 2,938 triệu USD", "tăng 0,5%", "1,000.50 đồng", "1,0005 ha"],
)

#: ``hàng nghìn cuốn``, ``hàng trăm`` — an approximate count written in words.
WORD_QUANTITY = pattern(
    "word_quantity",
    rf"(?<![{VI_LETTER}])hàng\s+(chục|trăm|nghìn|ngàn|vạn|triệu|tỷ)(?![{VI_LETTER}])",
    matches=["đã phát hành hàng nghìn cuốn tài liệu", "hàng trăm người"],
    rejects=["hàng hóa"],
)
#: ``Hai sản phẩm``, ``ba tỉnh thành``: a small count written in words before a unit (``một`` and ``năm`` are
#: left out: "a" and "year").
WORD_NUMBERS = {"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
WORD_NUMBER = pattern(
    "word_number",
    rf"(?<![{VI_LETTER}])(hai|ba|bốn|sáu|bảy|tám|chín|mười)\s+(?=(?:tỉnh|thành phố|huyện|xã|nhóm|sản phẩm|đơn vị|chi bộ|đảng bộ|"
    rf"dự án|doanh nghiệp|trường|lớp|đoàn|cuộc|đợt|vụ|người|đồng chí|cán bộ|chương trình|nội dung|chỉ tiêu|tổ chức|huyện|"
    rf"địa phương|ngành|lĩnh vực|xã, phường|công trình|mô hình|hộ)(?![{VI_LETTER}]))",
    matches=["Hai sản phẩm đánh giá lần đầu", "ba tỉnh thành: A, B, C", "có hai nhóm giảm"],
    rejects=["Tòa án hai cấp", "ba bên"],
    flags=re.IGNORECASE,
)
#: ``hơn bốn triệu lượt``, ``gần một nghìn tỷ đồng``: a number word with a scale word, a round figure written in
#: words (never ``tỷ lệ``/``tỷ trọng``/``tỷ suất``, where ``tỷ`` is no scale)
WORD_SCALED_NUMBERS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
WORD_SCALED = pattern(
    "word_scaled",
    rf"(?<![{VI_LETTER}])(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(nghìn|ngàn|triệu|tỷ|tỉ)(?:\s+(tỷ|tỉ))?"
    rf"(?![{VI_LETTER}])(?!\s+(?:trọng|lệ|suất|giá))",
    matches=["đạt hơn bốn triệu lượt khách", "giới thiệu hơn một triệu đoàn viên", "gần hai nghìn tỷ đồng"],
    rejects=["Trong năm tỷ lệ hộ nghèo giảm", "mười một", "hai mươi triệu"],
    flags=re.IGNORECASE,
)
#: ``một`` ("one", also "a") as a count: only in a list of counts of its own unit, right after one of them
#: (``40 em đạt giải Nhì, một em đạt giải đặc biệt và 74 em …``); checked against that figure in figures.py.
WORD_ONE = pattern(
    "word_one",
    rf"(?<![{VI_LETTER}])(một)\s+(?=[{VI_LETTER}])",
    matches=["40 em đạt giải Nhì, một em đạt giải đặc biệt", "3 người chết, một người bị thương"],
    rejects=["mười một", "thứ nhất"],
    flags=re.IGNORECASE,
)
WORD_QUANTITY_BOUNDS = {  # [lo, hi) of "hàng X"
    "chục": (10, 100), "trăm": (100, 1_000), "nghìn": (1_000, 10_000), "ngàn": (1_000, 10_000),
    "vạn": (10_000, 100_000), "triệu": (1_000_000, 10_000_000), "tỷ": (1_000_000_000, 10_000_000_000),
}

# ---------------------------------------------------------------------------
# Context around a number
# ---------------------------------------------------------------------------

#: Hedges before a number.  Semantics (interval of the true value v given the
#: stated s), used by relations to avoid false failures:
#:   trên/hơn/ngoài s  -> (s, +inf)      "more than"
#:   gần/ngót/non s    -> [0.9 s, s)     "a little under"
#:   dưới s            -> [0, s)
#:   khoảng/xấp xỉ/trên dưới/chừng s -> [0.9 s, 1.1 s]  (ước/ước tính/ước đạt are no hedge: see ESTIMATE_WORDS)  ("độ" is left out: "mức độ 2")
#:   ít nhất/tối thiểu s -> [s, +inf);  tối đa/không quá s -> [0, s]
QUALIFIER = pattern(
    "qualifier",
    # "ngoài" is "more than" only after a verb or a mark ("có ngoài 500", ", ngoài 500"); after a noun it is
    # "foreign/outside" ("nước ngoài", a typo "nươc ngoài", "vốn ngoài ngân sách")
    r"(?:^|(?<=\s))(trên dưới|trên|hơn|(?:(?<![^\W\d_] )|(?<=có )|(?<=là )|(?<=đạt ))ngoài|gần|ngót|(?<!mầm )non|dưới|khoảng|xấp xỉ"
    r"|chừng|ước tính|ước đạt|ước|ít nhất|tối thiểu|tối đa|không quá)\s+$",
    matches=["tiếp nhận trên ", "đăng tải gần ", "cho khoảng ", "ước đạt ", "có trên dưới ", "có ngoài "],
    rejects=["Nhà khách ", "lao động nước ngoài ", "dịch cấp độ ", "gồm mầm non ", "diện tích nươc ngoài "],  # preschool, not "a little under"
    flags=re.IGNORECASE,
)
QUALIFIER_KIND = {
    "trên": "above", "hơn": "above", "ngoài": "above",
    "gần": "below_near", "ngót": "below_near", "non": "below_near",
    "dưới": "below",
    "khoảng": "about", "xấp xỉ": "about", "trên dưới": "about", "chừng": "about",
    "ước": "about", "ước tính": "about", "ước đạt": "about",
    "ít nhất": "at_least", "tối thiểu": "at_least",
    "tối đa": "at_most", "không quá": "at_most",
}

#: Estimate words: ``ước đạt 27.387 tỷ đồng`` is a figure of a period not yet closed, exact to its last digit (the
#: labels of real reports and their arithmetic read it so); they are recorded, not turned into a ±10 % hedge.
ESTIMATE_WORDS = {"ước", "ước tính", "ước đạt"}

#: An estimate word cut from its number by a verb: ``ước tính có 4.000 ha``, ``ước tính là 120 tỷ đồng``.
ESTIMATE_BEFORE = pattern(
    "estimate_before",
    r"(?<![^\W\d_])ước tính\s+(?:có|là|được|khoảng|còn|mất)\s+$",
    matches=["toàn tỉnh ước tính có ", "thiệt hại ước tính là "],
    rejects=["ước tính ", "ước có ", "dự toán có "],
    flags=re.IGNORECASE,
)

#: Words before a 4-digit number that make it a year.
YEAR_CONTEXT = pattern(
    "year_context",
    r"(?:năm|năm học|niên khóa|từ năm|đến năm|cuối năm|đầu năm|trong năm|so với năm|so với cùng kỳ năm|khóa|tháng \d{1,2}/?)\s*$",
    matches=["tuyên truyền về xây dựng nông thôn mới năm ", "so với năm "],
    flags=re.IGNORECASE,
)

#: ``10 năm``, ``6 tháng``: a number of years/months (durations, anniversaries).
DURATION = pattern(
    "duration",
    rf"^\s*(năm|tháng|ngày|tuần|giờ|quý|tuổi)(?![{VI_LETTER}])",
    matches=[" năm thực hiện Nghị quyết", " tháng đầu năm 2023", " tuổi đến trường đạt 99,9%"],
    rejects=[" người tham gia", " năng lực"],
)

#: ``gấp 1,6 lần``, ``tăng 2,5 lần``: a multiplier, not a count of occasions (``kiểm tra 3 lần``).
MULTIPLIER_BEFORE = pattern(
    "multiplier_before",
    r"(?:gấp|tăng|giảm|bằng|hơn|cao hơn|thấp hơn|nhiều hơn|lớn hơn)\s+(?:khoảng|gần|hơn|trên|xấp xỉ|tới|đến)?\s*$",
    matches=["lượng khách gấp ", "doanh thu tăng gần "],
    rejects=["kiểm tra "],
    flags=re.IGNORECASE,
)
TIMES_AFTER = pattern("times_after", rf"^\s*lần(?![{VI_LETTER}])(?!\s+thứ)", matches=[" lần so với cùng kỳ"], rejects=[" lần thứ"])

#: ``trên`` that means "on / in", not "more than": ``triển khai trên 12 xã``.
LOCATIVE_TREN = pattern(
    "locative_tren",
    r"(?:triển khai|áp dụng|xảy ra|diễn ra|phân bố|trải dài|hoạt động|có mặt|nhân rộng)\s+trên\s+$",
    matches=["đã triển khai trên ", "mô hình được áp dụng trên "],
    rejects=["tiếp nhận trên ", "đăng tải trên "],
    flags=re.IGNORECASE,
)

#: ``1,250`` before a count: an English thousands separator (or a typo), never a fraction of a person.
ENGLISH_THOUSANDS = pattern("english_thousands", r"^\d{1,3}(?:,\d{3})+$", matches=["1,250", "12,500,000"], rejects=["104,7", "1,25"])

#: ``lần thứ 3``, ``thứ 2``: ordinals.
ORDINAL = pattern("ordinal", r"(?:lần\s+)?thứ\s+$", matches=["lần thứ "], flags=re.IGNORECASE)

#: Roman-numbered terms and ordinals written without digits (recorded as terms).
TERM = pattern(
    "term",
    rf"(?:khóa|khoá|Đại hội|lần thứ)\s+((?:[IVXLC]+)(?![{VI_LETTER}])|(?:Nhất|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười)(?![{VI_LETTER}]))",
    matches=["Ban Chấp hành Trung ương Đảng (khóa XIII)", "Hội nghị lần thứ Tám", "Đại hội XIII", "lần thứ XVII"],
)

#: Numbers that are part of a name or label: ``Quân khu 3``, ``Ban chỉ đạo 35``,
#: ``Phụ lục 02``, ``Điều 5``, ``khoản 2``, ``Tổ 7``.
LABEL_BEFORE = pattern(
    "label_before",
    r"(?:^|(?<=[\s(,;:“\"]))(?:Quân khu|Trung ương|Ban chỉ đạo|Ban Chỉ đạo|BCĐ|mức độ|cấp độ|Mức độ|Cấp độ|hạng|Hạng|lớp|Lớp|khối|Khối|Phụ lục|phụ lục|Biểu|biểu|Bảng|bảng|Điều|điều|khoản|Khoản|điểm|Mục|mục|Chương|chương|Tổ|tổ|Khu phố|khu phố|Khu vực|khu vực|Ấp|ấp|Phường|phường|Quận|quận|Tiểu đoàn|Trung đoàn|Sư đoàn|Lữ đoàn|(?<![Tt]ổng )(?<![Tt]rong )(?<![Tt]rong tổng )(?<!thiểu )(?<![Đđ]a )[Ss]ố|Cuộc thi viết .{0,3}|văn bằng|Văn bằng|Tầng|tầng|(?<![Hh]ải )(?:phòng|Phòng)|Đường|đường|Quốc lộ|quốc lộ|Tỉnh lộ|tỉnh lộ"
    # (the edition of a games: "tại SEA Games 31", "ASIAD 19")
    r"|(?:SEA|ASEAN Para|Para|Asian) Games|Olympic|Paralympic|ASIAD|Asiad)\s+$",
    matches=["diễn tập tác chiến phòng thủ Quân khu ", "hoạt động của Ban chỉ đạo ", "văn bằng ", "Nghị quyết Trung ương ",
             "huy chương tại SEA Games ", "tham dự ASIAD ",
             "đạt chuẩn quốc gia mức độ ", "học sinh lớp ", "lao động khu vực ", "Ở bảng "],
    rejects=["xử lý tổng số ", "Tổng số ", "xuất khẩu gấp ", "tăng lên gấp ", "Trong số ", "trong tổng số ",
             "người dân tộc thiểu số ", "đa số ", "Hà Nội 120, Hải Phòng "],  # a city, not a room
)

#: A percentage naming a kind of firm by who owns it, not a claim: ``05 ngân hàng 100% vốn nước ngoài``, ``công ty
#: 100% vốn nhà nước`` (the noun of the firm before it, ``vốn`` and its owner after).
OWNERSHIP_BEFORE = pattern(
    "ownership_before",
    r"(?:^|(?<=[\s(,;:]))(?:doanh nghiệp|ngân hàng|công ty|tổ chức tín dụng|dự án|hợp tác xã|cơ sở|nhà đầu tư)\s+$",
    matches=["05 ngân hàng ", "các doanh nghiệp ", "(công ty "],
    rejects=["nắm giữ ", "chiếm "],
    flags=re.IGNORECASE,
)
OWNERSHIP_AFTER = pattern(
    "ownership_after",
    r"\s*vốn\s+(?:đầu tư\s+)?(?:nước ngoài|nhà nước|FDI|tư nhân|trong nước|của)",
    matches=[" vốn nước ngoài", " vốn đầu tư nước ngoài", " vốn nhà nước"],
    rejects=[" vốn điều lệ", " kế hoạch"],
    flags=re.IGNORECASE,
)

#: The number of a phase, round or lot: ``(giai đoạn 1 và giai đoạn 2)``, ``đợt 3``, ``lô 12`` — a name, never a count
#: (unless a period's unit follows: ``giai đoạn 5 năm`` is a duration).
PHASE_LABEL_BEFORE = pattern(
    "phase_label_before",
    r"(?:^|(?<=[\s(,;:“\"]))(?:giai đoạn|đợt|phân khu|lô)\s+$",
    matches=["khu dân cư (giai đoạn ", "Đợt ", "thửa đất lô "],
    rejects=["tổng số ", "các giai đoạn, "],
    flags=re.IGNORECASE,
)

#: An age, not a count: ``kỷ lục lứa tuổi trên 16``, ``trẻ em dưới 6 tuổi`` is read by its unit; here the words
#: before it say so (``độ tuổi từ 15``, ``lứa tuổi 13-14``).
AGE_BEFORE = pattern(
    "age_before",
    r"\b(?:lứa tuổi|độ tuổi|nhóm tuổi|tuổi)\s+(?:(?:trên|dưới|từ|đến|khoảng|ngoài)\s+)?$",
    matches=["lập 2 kỷ lục lứa tuổi trên ", "lao động trong độ tuổi từ ", "nhóm tuổi "],
    rejects=["tuổi trẻ ", "người cao tuổi được "],
    flags=re.IGNORECASE,
)

#: The number of a part of a series or a text, before its title's colon or dash: ``Bài 2: Quyết liệt …``, ``Kỳ 3 -
#: Những con số``, ``Phần 1:`` (read with the text after it: only a colon or dash makes it a title).
SERIES_LABEL_BEFORE = pattern(
    "series_label_before",
    r"(?:^|(?<=[\s(\-–,;:“\"]))(?:Bài|Kỳ|Phần|Tập|Câu|Chuyên đề)\s+$",
    matches=["Dấu ấn kinh tế quý I - Bài ", "Kỳ ", "Phần "],
    rejects=["giải quyết bài ", "tổng số "],
)

#: The number of a numbered heading or list item at the start of a block.
ITEM_NUMBER = pattern(
    "item_number",
    r"^\s*(\d{1,2})(?:\.\d{1,2})*[.)]\s+",
    matches=["1. Công tác tuyên giáo", "3) Tham mưu", "2.1. Kết quả"],
)

# ---------------------------------------------------------------------------
# Units
# ---------------------------------------------------------------------------

#: Unit phrases after a number, longest first.  The list is for the genre
#: (party building, inspection, administration, socio-economic statistics);
#: a number followed by another noun still gets the next words as its unit.
UNITS = sorted(
    {
        "đảng viên mới", "đảng viên", "tổ chức cơ sở đảng", "tổ chức đảng", "tổ chức đoàn thể", "tổ chức",
        "chi bộ", "đảng bộ", "cấp ủy viên", "cấp ủy", "đồng chí", "cán bộ", "công chức", "viên chức",
        "người", "lượt người", "lượt học viên", "lượt truy cập", "lượt", "học viên", "học sinh", "sinh viên",
        "hộ", "hộ gia đình", "gia đình", "doanh nghiệp", "hợp tác xã", "dự án", "công trình", "gói thầu",
        "đơn thư", "đơn tố cáo", "đơn khiếu nại", "đơn", "thư", "vụ việc", "vụ án", "vụ", "trường hợp",
        "cuộc kiểm tra", "cuộc giám sát", "cuộc", "lớp", "buổi", "hội nghị", "hội thảo", "đoàn", "đoàn công tác",
        "văn bản", "tin bài", "tin", "bài", "phóng sự", "chuyên đề", "chương trình", "kế hoạch", "nghị quyết",
        "kết luận", "chỉ thị", "quy định", "báo cáo", "tài liệu", "cuốn", "hồ sơ", "bản ghi", "công việc",
        "xã", "phường", "thị trấn", "huyện", "đơn vị", "cơ quan", "địa phương", "trường", "trường học",
        "bệnh viện", "trạm y tế", "thôn", "khu dân cư", "làng", "mô hình", "sản phẩm", "nội dung",
        "huyện ủy", "thị ủy", "thành ủy", "đảng ủy", "ban", "sở", "ngành", "lao động", "việc làm",
        "đồng", "triệu đồng", "tỷ đồng", "nghìn đồng", "USD", "triệu USD", "tỷ USD",
        "ha", "héc-ta", "km", "m", "m²", "km²", "tấn", "kg", "lít", "m³", "MW", "kWh", "con", "cây",
        "m3", "m2", "km2",  # (written with a plain digit: "2.529 m3 gỗ tròn", "1.400m3")
        "đ", "VNĐ", "VND",  # (đồng written short: "mỗi phần 200.000đ", read as "đồng": see MONEY_SHORT)
        "giường bệnh", "bác sĩ", "ca", "liều", "phòng", "nhà", "căn nhà", "căn hộ", "suất quà", "suất", "phần quà",
        "tiêu chí", "chỉ tiêu", "nhiệm vụ", "phong",
        "bị cáo", "bị can", "đối tượng", "ủy viên", "tỉnh ủy viên", "thành ủy viên", "huyện ủy viên", "đảng ủy viên",
        "đại biểu", "tin báo", "vụ cháy", "lượt công dân", "người chết", "người bị thương", "phần quà", "suất học bổng",
        "điểm phần trăm", "đoàn viên", "đoàn viên thanh niên", "hội viên", "thành viên", "giáo viên", "thí sinh",
        "trẻ em", "bệnh nhân",
    },
    key=lambda u: (-len(u), u),
)

#: Money and physical measures make a figure an "amount"; the rest are counts.
AMOUNT_UNITS = {
    "đồng", "triệu đồng", "tỷ đồng", "nghìn đồng", "USD", "triệu USD", "tỷ USD",
    "ha", "héc-ta", "km", "m", "m²", "km²", "tấn", "kg", "lít", "m³", "MW", "kWh", "m3", "m2", "km2",
}

#: Of those, money (``về giá trị``, ``về kim ngạch`` name it) and the quantities measured (``về lượng`` names them).
MONEY_UNITS = {u for u in AMOUNT_UNITS if u.endswith(("đồng", "USD"))}
MEASURE_UNITS = AMOUNT_UNITS - MONEY_UNITS

#: A figure stated as an average: ``bình quân hàng năm tăng 5,3%``, ``trung bình mỗi hộ 41,7 triệu đồng``.
AVERAGE = pattern(
    "average",
    r"\b(?:bình quân|trung bình)\b",
    matches=["bình quân hàng năm tăng 5,3%", "dư nợ trung bình mỗi hộ"],
    rejects=["bình thường", "trung tâm"],
    flags=re.IGNORECASE,
)

#: The words right before an average's figure: ``bình quân 357.000 đồng/hội viên``, ``trung bình mỗi hộ 41,7 triệu``
#: (a figure read with a ``_PER_NOUN``-style ``/noun`` after it is a per-unit average, not a total).
AVERAGE_LEAD = pattern(
    "average_lead",
    AVERAGE.pattern + r"(?:\s+(?:đạt|là|mỗi\s+[^\W\d_]+(?:\s+[^\W\d_]+)?))?\s+(?:khoảng\s+)?$",
    matches=["quỹ đạt 75 triệu đồng, bình quân ", "bình quân đạt ", "trung bình mỗi hội viên ", "bình quân khoảng "],
    rejects=["bình quân hàng năm tăng ", "bình thường ", "trung bình ngành "],
    flags=re.IGNORECASE,
)

UNIT_AFTER = pattern(
    "unit_after",
    r"^\s*(" + "|".join(re.escape(u) for u in UNITS) + rf")(?![{VI_LETTER}])",
    matches=[" đảng viên⁷ (tăng 6", " tổ chức đảng⁸ có dấu hiệu", " lượt học viên tham gia", " đơn tố cáo, 02"],
    flags=re.IGNORECASE,
)

#: đồng written short after a figure: ``200.000đ``, ``1.500.000 VNĐ`` (a unit of its own, read as ``đồng``).
MONEY_SHORT = {"đ": "đồng", "vnđ": "đồng", "vnd": "đồng"}

#: A bare number whose unit the words before it name: ``số lượng hồ sơ đã giải quyết là 113.295 (…)``, ``tổng số
#: đảng viên được kiểm tra là 48`` — the noun after ``số (lượng)`` is the figure's unit.
UNIT_NAMED_BEFORE = pattern(
    "unit_named_before",
    r"(?<![\w])(?:tổng\s+)?số(?:\s+lượng)?\s+(" + "|".join(re.escape(u) for u in UNITS) + r")(?![\w])"
    r"(?:\s+[^\W\d_]+){0,6}\s+(?:là|đạt)\s*$",
    matches=["số lượng hồ sơ đã giải quyết là ", "tổng số đảng viên được kiểm tra là ", "số hồ sơ đang giải quyết là "],
    rejects=["số hồ sơ, trong đó ", "số lượng hồ sơ tăng ", "lượng hồ sơ là "],
    flags=re.IGNORECASE,
    doc="The unit of a bare number named before it, after số / số lượng / tổng số.",
)

#: Function words that end a free-form unit phrase.
UNIT_STOPWORDS = {
    "của", "tại", "với", "trong", "cho", "được", "đã", "và", "có", "là", "về", "theo", "từ", "đến", "so", "để",
    "thuộc", "trên", "dưới", "ở", "khi", "do", "bị", "các", "những", "này", "đó", "như", "nhằm", "gồm",
    "tham", "tăng", "giảm", "đạt", "chiếm", "bằng", "còn", "mới", "cũ", "lên", "xuống", "tức", "hay", "hoặc", "nhưng",
    "trở", "vượt",
}

# ---------------------------------------------------------------------------
# Roles: what a figure is in its sentence (relations.common.Index.role)
# ---------------------------------------------------------------------------
#
# A relation finder may take a figure as a total, a part, a numerator or a base
# only when it is a *stock* (a quantity of this period).  These patterns mark
# the figures that are not: changes, values of another period, plan targets.

_HEDGE_OPT = r"(?:(?:trên|hơn|gần|khoảng|xấp xỉ|tới|thêm|ước)\s+)?"

#: The amount of a change: the number right after a change verb.
ROLE_CHANGE = pattern(
    "role_change",
    r"(?<![\w])(?:tăng|giảm|tăng thêm|giảm đi|giảm bớt|ít hơn|nhiều hơn|cao hơn|thấp hơn|lớn hơn|nhỏ hơn|vượt|tăng trưởng"
    r"|tương ứng\s+(?:tăng|giảm))"
    # how fast: "vẫn tăng rất cao là 22,8%", "giảm mạnh 30%"
    r"(?:\s+(?:rất\s+|khá\s+)?(?:cao|mạnh|nhẹ|nhanh|chậm|đáng kể))?"
    r"(?:\s+(?:so\s+(?:với\s+)?)?(?:cùng kỳ|năm trước|năm ngoái|kỳ trước)(?:\s+năm\s+(?:trước|ngoái|\d{4}))?)?"
    # on every count at once: "giảm cả ba tiêu chí với 52 vụ, …", "giảm trên cả 3 tiêu chí: 40 vụ, …"
    r"(?:\s+(?:trên\s+)?cả\s+(?:hai|ba|bốn|[2-4])\s+tiêu chí(?:\s*,?\s*(?:với|là|cụ thể|:))?)?"
    # (a verb glued to its number, "giảm1,4%", as text pasted from a PDF has it: the same change)
    r"(?:\s+là|(?<=tăng)\s+đạt|(?<=giảm)\s+đạt|(?<=tăng trưởng)\s+đạt)?(?:\s+" + _HEDGE_OPT + r"|(?<=[gm]))$",
    matches=["so với cùng kỳ tăng gần ", "(tương ứng giảm ", "xảy ra ít hơn ", "giảm ", "cao hơn năm trước ",
             "khoai lang 1.210 ha, giảm",
             "tỷ lệ tăng đạt ", "tốc độ tăng trưởng đạt ",
             "tăng so với cùng kỳ ", "vẫn tăng rất cao là ", "giảm mạnh ",
             "có GRDP tăng trưởng trên ", "So với cùng kỳ năm 2023, giảm cả ba tiêu chí với "],
    rejects=["tăng lên ", "giảm xuống ", "giảm còn ", "tăng từ ", "hơn ", "giảm nghèo "],
    flags=re.IGNORECASE,
    doc="``tăng 12``, ``giảm gần 1.900 vụ``, ``(tương ứng giảm 161)``, ``ít hơn 03 vụ``.  Not ``tăng lên 5`` (a level).",
)

#: A bracket that breaks a figure down (matched at its opening): ``(trong đó, khu vực A: 400 người, …)``, ``(gồm …``.
#: The figures inside are parts — never the prior values of a change before it, nor a whole of a later ``Riêng``.
BREAKDOWN_BRACKET = pattern(
    "breakdown_bracket",
    r"\(?\s*(?:trong\s+(?:số\s+)?đó|bao gồm|gồm)\b",
    matches=["(trong đó, khu vực A: 400 người", "(trong đó tôm 7.086 tấn)", "(gồm 3 xã"],
    rejects=["(năm 2023: 400 người)", "(cùng kỳ 380 người)"],
    flags=re.IGNORECASE,
)

#: Like ROLE_PRIOR below, with the compared thing named between ``so với`` and its period: ``so với việc có điều kiện cùng kỳ năm
#: 2016 là 413 việc`` (the figure speaks of the other period, or of the difference: never of this one).
PRIOR_NAMED = pattern(
    "prior_named",
    r"\bso\s+với\s+(?:[^\W\d_]+\s+){1,6}?(?:cùng kỳ|năm trước|năm ngoái)(?:\s+năm\s+(?:trước|ngoái|\d{4}))?\s+là\s+"
    + _HEDGE_OPT + r"$",
    matches=["trong đó 2.956 việc có điều kiện, so với việc có điều kiện cùng kỳ năm 2016 là ",
             "so với số hộ nghèo năm trước là "],
    rejects=["so với kế hoạch là ", "so với việc có điều kiện là "],
    flags=re.IGNORECASE,
)

#: The value a comparison is made with (another period): ``so với cùng kỳ (471.562 tỷ đồng)``,
#: ``so với năm 2022 là 55``.
ROLE_PRIOR = pattern(
    "role_prior",
    # ("tăng 150% với cùng kỳ năm 2023 (6.000 ca)": "so" left out after a percentage)
    r"(?:so\s+(?:với\s+)?|\blần\s+(?=(?:cùng kỳ|năm))|(?<=%\s)với\s+(?=cùng kỳ|năm))(?:cùng kỳ|năm trước|năm ngoái|kỳ trước|năm \d{4}|tháng \d{1,2}(?:[/-]\d{4})?"
    r"|(?:đầu|cuối)\s+năm(?:\s+\d{4})?|\d{1,2}\s+tháng(?:\s+đầu)?\s+năm(?:\s+\d{4})?|tháng trước|quý trước|tuần trước|tuần liền kề|kỳ báo cáo trước|năm học(?:\s+trước|\s+\d{4}\s*[-–]\s*\d{4})"
    r"|(?:cùng\s+)?thời điểm(?:\s+(?:(?:đầu\s+|cuối\s+)?năm(?:\s+trước|\s+\d{4})|\d{1,2}/\d{1,2}/\d{4}))?|vụ\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+năm\s+(?:trước|\d{4})"
    r"|(?:nhiệm kỳ|giai đoạn)\s+(?:trước|\d{4}\s*[-–]\s*\d{4}))"
    # (nothing after a colon: "cao hơn so với cùng kỳ năm trước là: tỉnh A đạt …" opens a list of currents)
    r"(?:\s+năm\s+(?:trước|ngoái|\d{4}))?[^;,:()\d]{0,40}?(?:\s(?:là|đạt|có)|:|\()\s*" + _HEDGE_OPT + r"$",
    matches=["bằng 94,69% so cùng kỳ (", "tăng 6 đảng viên so với năm 2022 (", "so với cùng kỳ năm trước là ",
             "giảm 310 hộ so với đầu năm (", "gấp 2,4 lần năm 2021 (", "so với cùng thời điểm năm trước (",
             "so với thời điểm 01/10/2023 (", "so với vụ Đông Xuân năm trước (", "so với nhiệm kỳ 2015-2020 (", "tăng 4 lớp so với năm học trước (", "so với tuần trước (", "so với năm học 2022-2023 (",
             "tăng 150% với cùng kỳ năm 2023 (", "so với 6 tháng đầu năm 2023 (", "so với thời điểm cuối năm 2023 ("],
    rejects=["so với kế hoạch (", "tăng ", "so với cùng kỳ năm trước, trong đó có ", "cùng với năm 2023 (",
             "cao hơn so với cùng kỳ năm trước là: Bắc Sơn đạt "],
    flags=re.IGNORECASE,
)

#: A segment (after ``,``/``;``/``(``) that speaks of another period: ``cùng kỳ năm 2023 tiếp nhận 55 đơn``,
#: ``(năm 2020 đạt tỷ lệ tương ứng là 79,85%``.
ROLE_PRIOR_SEGMENT = pattern(
    "role_prior_segment",
    r"\s*(?:(?:so\s+)?(?:với\s+)?cùng kỳ(?:\s+năm\s+(?:trước|ngoái|\d{4}))?|năm trước|năm ngoái|năm \d{4})\b[^\d;]{0,60}$",
    matches=[" cùng kỳ năm 2023 tiếp nhận ", "năm 2020 đạt tỷ lệ tương ứng là ", "cùng kỳ năm trước có "],
    rejects=[" toàn tỉnh tiếp nhận "],
    flags=re.IGNORECASE,
    doc="Applied with ``match(text, start, figure_start)`` to a clause segment after ``,`` ``;``.",
)

#: A plan or target value: ``chỉ tiêu kết nạp …: 2.200``, ``so với chỉ tiêu được giao (17.500``,
#: ``(NQ cả năm là 73.257``, ``dự toán thu ngân sách là 285.000``.
#: the plan word, not inside an office's name ("Sở Kế hoạch và Đầu tư", "Phòng Tài chính - Kế hoạch")
PLAN_WORD = r"(?<!chính - )(?<!chính – )(?<!chính-)(?<!chính )[Kk]ế hoạch(?!\s+(?:và|&)\s+[Đđ]ầu tư)"

#: the words that raise a stock to a new total, as they open: "nâng tổng số hội viên lên …", "đưa tổng số xã đạt chuẩn
#: lên …" (the one stem the rules that read such a clause build on: frames' additions within the new total,
#: breakdown_lists' named pair of a raised total)
RAISED_LEAD = r"\b(?:nâng|đưa)\s+tổng\s+(?:số\s+)?"

ROLE_PLAN = pattern(
    "role_plan",
    # ("bổ sung có mục tiêu 302 tỷ đồng", "chương trình mục tiêu quốc gia 45 tỷ": targeted money, no target)
    # (an office's name is no plan: "Sở Kế hoạch và Đầu tư cấp mới …", "Phòng Tài chính - Kế hoạch huyện")
    r"(?<![\w])(?:" + PLAN_WORD + r"|KH(?!\s*&)|[Cc]hỉ tiêu|[Dd]ự toán|(?<!có )(?<!trình )[Mm]ục tiêu|[Nn]ghị quyết|NQ|(?:so với|số lượng)\s+đăng ký)"
    # (not across a comma: "vượt kế hoạch đề ra, trong đó trồng rừng sản xuất là 204.619 ha" is a part, no plan)
    r"(?:(?:[^;,()\d%]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?(?:\s(?:là|giao|đề ra|đặt ra|cho)|:|\()|\s+(?:là\s+)?)\s*"
    + _HEDGE_OPT + r"$"
    # a target handed down with its verb: "được giao chỉ tiêu tuyển quân 350 thanh niên", "giao kế hoạch trồng 80 ha"
    r"|(?<!\w)(?:giao|đề ra|đặt ra)\s+(?:chỉ tiêu|kế hoạch|nhiệm vụ)(?:\s+[^\W\d_]+){1,4}\s+" + _HEDGE_OPT + r"$",
    matches=["so với chỉ tiêu kết nạp Nghị quyết Đại hội Đảng bộ tỉnh: ", "vượt 7% so với chỉ tiêu được giao (",
             "(NQ cả năm là ", "giao dự toán thu ngân sách là ", "(chỉ tiêu kế hoạch là ",
             "Kế hoạch năm giao giải quyết việc làm cho ", "Dự toán thu năm 2025 là ",
             "được huyện giao chỉ tiêu tuyển quân ", "giao kế hoạch trồng rừng tập trung "],
    rejects=["đạt 100% kế hoạch, tăng ", "giao chỉ tiêu, đã tuyển ", "tổng vốn đầu tư đăng ký hơn ",  # registered capital is no plan
             "vượt kế hoạch đề ra, trong đó trồng rừng là ", "bổ sung có mục tiêu ", "chương trình mục tiêu quốc gia ",
             "Sở Kế hoạch và Đầu tư cấp mới giấy chứng nhận cho ", "Phòng Tài chính - Kế hoạch huyện cho vay "],
)

#: Words after a percentage that make it a percentage of a plan: ``đạt 95% kế hoạch``, ``102,3% dự toán``.
PLAN_AFTER = pattern(
    "plan_after",
    r"^\s*(?:so\s+(?:với\s+)?)?(?:kế hoạch|(?-i:KH)\b|chỉ tiêu|dự toán|mục tiêu|nghị quyết|(?-i:NQ)\b|số lượng đăng ký|đăng ký|nhiệm vụ)",
    matches=[" kế hoạch năm", " so với chỉ tiêu kết nạp", " dự toán Trung ương giao", " KH"],
    rejects=[" so với cùng kỳ", " khu vực 1", " nqa"],
    flags=re.IGNORECASE,
)

#: A percentage that states a share of a whole: ``chiếm 12,5%``, ``chiếm tỷ lệ``, ``tỷ lệ … đạt 97,5%``.
SHARE_BEFORE = pattern(
    "share_before",
    r"(?:chiếm(?:\s+(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng))?|(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng)(?:\s+[^\d;,()%]{0,40}?)?(?:\s+(?:là|đạt|chung))?)"
    r"\s+" + _HEDGE_OPT + r"$",
    matches=["doanh nghiệp, chiếm ", "chiếm tỷ lệ ", "đạt tỷ lệ ", "tỷ lệ giải quyết đạt ", "chiếm khoảng "],
    rejects=["đạt "],
    flags=re.IGNORECASE,
)

# ---------------------------------------------------------------------------
# Footnote breakdowns (relation family ``footnote_breakdown``)
# ---------------------------------------------------------------------------

#: A level of the administrative/party hierarchy used to break totals down.
LEVEL = (
    r"(?:cấp\s+)?(?:trung ương|tỉnh|thành phố|huyện(?:\s+và tương đương)?|cơ sở|xã|thôn|chi bộ|bộ|ngành"
    r"|tỉnh ủy|tỉnh uỷ|huyện ủy|huyện uỷ|xã, phường, thị trấn|đảng ủy trực thuộc|khối)"
)

#: ``Cấp huyện 30``: label then number.
PART_LABEL_NUMBER = pattern(
    "part_label_number",
    # (a colon may stand between a place and its figure: "Hà Giang: 130 nhà; Lai Châu: 259 nhà")
    # (a place's two names joined by a dash are one label: "Bà Rịa – Vũng Tàu: 3 nhà", "Bà Rịa - Vũng Tàu 12 hộ")
    rf"(?<![{VI_LETTER}])(?P<label>(?!(?:tổng|cộng)\b)(?:[{VI_LETTER}]+(?:\s+|\s*[-–]\s*(?=[{VI_UPPER}]))){{0,6}}?[{VI_LETTER}]+)(?:\s*:\s*|\s+)(?P<num>{NUMBER})(?P<unit>(?:\s+[{VI_LETTER}]+){{0,3}}?)\s*(?=[;,.]|$|\s+và\s)",
    matches=["Cấp huyện 30", "cấp cơ sở 85;", "Cấp tỉnh 2, cấp huyện 66", "khiển trách 30, cảnh cáo 11", "Tỉnh Đông: 130 nhà;", "chuyển cơ quan khác khởi tố 4 vụ",
             "Bà Rịa – Vũng Tàu: 3 nhà;", "Bà Rịa - Vũng Tàu 12 hộ;"],
    rejects=["tổng cộng: 755 hộ."],  # a closing total is no part
    flags=re.IGNORECASE,
)

#: ``34 Hội nghị Thường trực``: number then label.
PART_NUMBER_LABEL = pattern(
    "part_number_label",
    rf"(?P<num>{NUMBER})\s+(?P<label>[{VI_LETTER}][^;,.()]*?)\s*(?=[;,.]|$|\s+và\s)",
    matches=["34 Hội nghị Thường trực", "05 Hội nghị cán bộ chủ chốt.", "8 huyện ủy và 4 đảng ủy khối"],
)

#: ``Hero (20 thùng)``: a named item with its quantity in brackets (lists of brands, goods, places).
PART_LABEL_PAREN = pattern(
    "part_label_paren",
    rf"(?P<label>[^\d();,:]{{0,50}}[{VI_LETTER}][^();,:]{{0,30}}?)\s*\(\s*(?P<num>{NUMBER})(?P<unit>(?:\s+[{VI_LETTER}]+){{1,3}}?)\s*\)"
    rf"\s*(?=[;,.]|$|\s+và\s)",
    matches=["Hero (20 thùng), Jet", "Jet No.7 (15 thùng);", "xã An Bình (12 hộ) và xã"],
    rejects=["Hero (20), Jet", "(20 thùng)"],
)

#: Words that may open a breakdown footnote or list.
BREAKDOWN_LEAD = pattern(
    "breakdown_lead",
    r"^\s*(?:trong đó|trong số đó|gồm có|bao gồm|gồm|cụ thể|chia ra|phân theo cấp)?\s*[:,]?\s*",
    matches=["Gồm 34 Hội nghị", "Trong đó: cấp tỉnh 3", "Cấp huyện 30"],
    flags=re.IGNORECASE,
)

#: From a total to the bracket that lists its parts or items: its unit words, no figure, no clause end
#: (``23 vụ việc, vụ án (cũ 05; mới 18)``, ``3 huyện (Nam Sách, Kinh Môn, Kim Thành)``).  Applied with ``match`` at
#: the total's end (``GAP_TO_PAREN.match(text, total.end)``).
GAP_TO_PAREN = pattern(
    "gap_to_paren",
    r"[^\d;.()]{0,40}?\s*(?=\()",
    matches=[" vụ việc, vụ án (cũ 05", " huyện (Nam Sách", " ("],
    rejects=[" vụ việc, trong đó cấp huyện", " đơn; cấp huyện"],  # no bracket follows
)

#: A lead that makes the list a subset ("of which"), not a full partition.
SUBSET_LEAD = pattern("subset_lead", r"^\s*trong\s+(?:số\s+)?đó\b", matches=["Trong đó: cấp tỉnh 3"], flags=re.IGNORECASE)


# ---------------------------------------------------------------------------
# Shapes of later finders (each used by one module, kept here with its examples)
# ---------------------------------------------------------------------------

#: The outcome of some of N items right after their count (``breakdown_genres.targets_met``), read with
#: ``match(text, figure_end)``: group ``yes`` (met) or ``no`` (not met); a few words, no figure, between.
TARGET_OUTCOME = pattern(
    "target_outcome",
    r"\s*[^\W\d_]*(?:\s+[^\W\d_]+){0,5}?\s+(?:(?:dự kiến|ước|có khả năng|sẽ)\s+)?"
    r"(?:(?P<no>không đạt|chưa đạt|không hoàn thành|chưa hoàn thành|đạt thấp hơn|thấp hơn)"
    r"|(?P<yes>đạt và vượt|đạt hoặc vượt|đạt,? vượt|vượt|đạt|hoàn thành|cao hơn|bằng hoặc cao hơn))\b",
    matches=[" chỉ tiêu đạt và vượt kế hoạch", " chỉ tiêu không đạt", " chỉ tiêu kinh tế tăng trưởng cao hơn kế hoạch",
             " chỉ tiêu xã hội dự kiến đạt thấp hơn kế hoạch"],
    rejects=["đồng, tăng 5 tỷ đồng"],
    flags=re.IGNORECASE,
)

#: The bracket of prior values given in the order of the current ones (``relations.corresponding``), searched
#: from the bracket to its first figure.
CORRESPONDING_OPEN = pattern(
    "corresponding_open",
    r"\(\s*(?:[^()\d]{0,30}?(?:năm|kỳ)\s+\d{4}\s*)?[^()\d]{0,50}?\b(?:tương ứng|lần lượt)\b[^()\d]{0,40}?"
    r"(?:(?:năm|kỳ)\s+\d{4}[^()\d]{0,20}?)?$",
    matches=["(cơ cấu tương ứng của năm 2023 là ", "(năm trước tương ứng là ", "(cùng kỳ lần lượt là ",
             "(năm 2023 tương ứng là "],
    rejects=["(tăng 5% so với năm trước ", "(tương ứng giảm 3 vụ) và "],
    flags=re.IGNORECASE,
)

#: None this period, said in words (``change._none_now``): ``không xảy ra tai nạn``, ``không có người chết``.
NONE_NOW = pattern(
    "none_now",
    r"\bkhông\s+(?:xảy ra|có|phát sinh|phát hiện|ghi nhận)\b",
    matches=["tuyến hàng hải không xảy ra tai nạn", "không có người chết", "không phát sinh vụ mới"],
    rejects=["xảy ra 3 vụ", "có 2 người chết"],
    flags=re.IGNORECASE,
)

#: A span that sums up the years just stated (``years._after_years``), right before its number.
SPAN_SUMMED = pattern(
    "span_summed",
    r"\b(?:như vậy|vậy là|tức là|tính ra)\s*,?\s*(?:sau|qua)\s+$",
    matches=["Như vậy, sau ", "tức là qua "],
    rejects=["Sau ", "triển khai sau "],
    flags=re.IGNORECASE,
)

#: The label of a list segment that is the change of the part before it (``common.parse_parts``; fullmatch).
CHANGE_LABEL = pattern(
    "change_label",
    r"(?:tăng|giảm|ít hơn|nhiều hơn|cao hơn|thấp hơn)(?:\s+(?:thêm|đi|bớt))?",
    matches=["giảm", "tăng thêm", "ít hơn"],
    rejects=["đường sắt", "cấp huyện"],
    flags=re.IGNORECASE,
)

#: The comparison a change names after it (``breakdown_genres.change_sums``): group 1 is the period.
CHANGE_REFERENCE = pattern(
    "change_reference",
    r"\bso\s+(?:với\s+)?(cùng kỳ(?:\s+năm\s+(?:trước|\d{4}))?|tháng trước|quý trước|năm trước|kỳ trước|năm\s+\d{4}|đầu năm)",
    matches=["tăng 3 vụ so với cùng kỳ", "giảm 2 tỷ đồng so với tháng trước", "so với năm 2023"],
    rejects=["so sánh các năm", "với cùng kỳ"],
    flags=re.IGNORECASE,
)

#: The verb of a rise or of a fall right before its amount (``breakdown_genres.change_sums``).
RISE_BEFORE = pattern(
    "rise_before",
    r"(?:tăng|nhiều hơn|cao hơn)(?:\s+thêm)?\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$",
    matches=["xuất khẩu 16 tỷ USD, tăng ", "nhiều hơn khoảng "],
    rejects=["giảm ", "tăng trưởng đạt "],
    flags=re.IGNORECASE,
)
FALL_BEFORE = pattern(
    "fall_before",
    r"(?:giảm|ít hơn|thấp hơn)(?:\s+(?:đi|bớt))?\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$",
    matches=["đường bộ 90 vụ, giảm ", "ít hơn gần "],
    rejects=["tăng ", "giảm nghèo đạt "],
    flags=re.IGNORECASE,
)

#: An amount for each unit, never a part (``common.per_unit``; read with ``match`` at the figure's end), after it:
#: ``50 triệu đồng mỗi căn``,
#: ``40 triệu đồng/hộ``, ``1,5 triệu đồng/người/tháng``.
PER_UNIT_AFTER = pattern(
    "per_unit_after",
    r"\s*(?:(?:đồng|USD|VNĐ|VND)\b)?\s*(?:/\s*|mỗi\s+|một\s+|cho mỗi\s+)"
    r"(?:căn|hộ|người|suất|nhà|em|học sinh|cháu|trẻ|con|ha|công trình|thôn|xã)\b",
    matches=[" mỗi căn nhà, và 2 hộ", "/hộ", " /người/tháng", " cho mỗi hộ", " đồng mỗi căn nhà", " đồng/hộ"],
    rejects=[" cho 3 hộ", " hộ nghèo", "/năm"],
    flags=re.IGNORECASE,
)
#: ... or before it: ``được hỗ trợ mỗi căn nhà 100 triệu đồng``, ``mức hỗ trợ mỗi hộ là 3 triệu đồng``.
PER_UNIT_BEFORE = pattern(
    "per_unit_before",
    # (an amount for each of several places named together: "huyện B, huyện C mỗi huyện 600 triệu đồng")
    r"\b(?:mỗi|bình quân mỗi)\s+(?:căn(?:\s+nhà)?|hộ|người|suất|nhà|em|học sinh|cháu|trẻ|con|công trình"
    r"|địa phương|đơn vị|huyện|thị xã|thành phố|xã|phường|thị trấn|trường|phần(?:\s+quà)?|gói|đối tượng|trường hợp)"
    r"(?:\s+(?:là|được|được hỗ trợ|hỗ trợ|từ|trị giá))*\s+(?:(?:trên|hơn|gần|khoảng)\s+)?$",
    matches=["được hỗ trợ mỗi căn nhà ", "mức hỗ trợ mỗi hộ là ", "mỗi suất ", "huyện A, huyện B mỗi huyện ",
             "114 phần mỗi phần là ", "20 suất quà, mỗi suất trị giá "],
    rejects=["hỗ trợ 3 hộ ", "mỗi năm "],
    flags=re.IGNORECASE,
)

#: The two stages of a rate the text states with ``đạt X%`` and nothing after (``percent._stage_base``): the base
#: stage right before its figure, and the done stage right before the numerator.
RATE_BASE_STAGE = pattern(
    "rate_base_stage",
    r"\b(?:thụ lý|tiếp nhận|phải thu|phải thi hành|phải giải quyết|được giao|đăng ký dự thi|đăng ký"
    r"|(?:kiến nghị|phải)\s+thu hồi|gây thiệt hại|thiệt hại|chiếm đoạt|gây thất thoát|(?:được\s+)?giao|kế hoạch"
    r"|được phân bổ|phân bổ)"
    r"(?:\s+(?:mới|tổng số|tổng cộng|là|được|số tiền))*\s+(?:(?:trên|hơn|gần|khoảng)\s+)?$",
    matches=["Tòa án đã thụ lý ", "phải thu ", "tiếp nhận mới ", "đăng ký dự thi ", "gây thiệt hại ",
             "kiến nghị thu hồi số tiền "],
    rejects=["giải quyết ", "thụ lý xong "],
    flags=re.IGNORECASE,
)
#: The base stage named right after its figure (``stage_base``, with ``match`` at the figure's end): ``1.186 đơn
#: thuộc thẩm quyền``, ``540 hồ sơ đủ điều kiện xử lý``.
RATE_BASE_AFTER = pattern(
    "rate_base_after",
    r"\s*(?:[^\W\d_]+\s+){0,3}?(?:thuộc thẩm quyền|đủ điều kiện(?:\s+xử lý)?)\b",
    matches=[" đơn thuộc thẩm quyền", " hồ sơ đủ điều kiện xử lý"],
    rejects=[" đơn khiếu nại, tố cáo"],
    doc="Applied with ``match`` right after the figure.",
    flags=re.IGNORECASE,
)
RATE_DONE_STAGE = pattern(
    "rate_done_stage",
    r"\b(?:đã\s+)?(?:giải quyết(?:\s+xong)?|xét xử|thu được|đã thu|thi hành xong|giải ngân|hoàn thành|dự thi|"
    r"tốt nghiệp|xử lý xong|đã thu hồi|thu hồi được|đã khắc phục|khắc phục được)(?:\s+(?:được|là|số tiền))*\s+"
    r"(?:(?:trên|hơn|gần|khoảng)\s+)?$",
    matches=["; đã giải quyết ", "giải quyết xong ", "thu được ", "giải quyết, xét xử ", "; đã thu hồi "],
    rejects=["thụ lý ", "chưa giải quyết xong 3 và ", "kiến nghị thu hồi "],
    flags=re.IGNORECASE,
)

#: The three counts of an exam's attendance (``breakdown_genres.exam_attendance``), each right before its number.
EXAM_REGISTERED = pattern(
    "exam_registered",
    r"\bđăng ký(?:\s+dự\s+(?:thi|tuyển|kỳ thi))?(?:\s+là)?\s+(?:(?:trên|hơn|gần|khoảng)\s+)?$",
    matches=["tổng số thí sinh đăng ký dự thi là ", "có đăng ký "],
    rejects=["đã dự thi "],
    flags=re.IGNORECASE,
)
EXAM_SAT = pattern(
    "exam_sat",
    r"(?<!đăng ký )(?<!ký )\b(?:dự thi|tham dự|có mặt|tham gia thi)(?:\s+là)?\s+$",
    matches=["; số thí sinh dự thi là ", "có mặt "],
    rejects=["đăng ký dự thi "],
    flags=re.IGNORECASE,
)
EXAM_ABSENT = pattern(
    "exam_absent",
    r"\b(?:vắng(?:\s+(?:thi|mặt))?|không dự thi|bỏ thi)(?:\s+là)?\s+$",
    matches=[", vắng ", "vắng thi ", "không dự thi là "],
    rejects=["dự thi "],
    flags=re.IGNORECASE,
)

#: The names of state bodies (ministries, departments, offices) that hold a ``và`` or a comma: one item of a list,
#: never two (``enumeration._comma_items``).
AGENCY_NAME_WITH_AND = pattern(
    "agency_name_with_and",
    r"(?:Tài nguyên và Môi trường|Lao động\s*[-–]\s*Thương binh và Xã hội|Khoa học và Công nghệ|Kế hoạch và Đầu tư"
    r"|Thông tin và Truyền thông|Nông nghiệp và Phát triển [Nn]ông thôn|Văn hóa,\s*Thể thao và Du lịch"
    r"|Văn hoá,\s*Thể thao và Du lịch|Giáo dục và Đào tạo|Tài chính\s*[-–]\s*Kế hoạch|Văn hóa và Thông tin"
    r"|Kinh tế và Hạ tầng|Quản lý đô thị|Dân tộc và Tôn giáo|Xây dựng và Phát triển đô thị)",
    matches=["Phòng Tài nguyên và Môi trường huyện", "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội"],
    rejects=["tài nguyên và môi trường sống", "UBND huyện và Sở Y tế"],
)

#: What a percentage change is of, named right after it (``change._pick``; group 1: the noun phrase):
#: ``tăng 8,2% về số doanh nghiệp, giảm 1,4% về vốn đăng ký``.
CHANGE_ABOUT = pattern(
    "change_about",
    r"\s*(?:\)\s*)?về\s+(?:số\s+lượng\s+|tổng\s+số\s+|số\s+|tổng\s+)?([^\W\d_]+(?:\s+(?!so\b|và\b)[^\W\d_]+){0,2})",
    matches=[" về số doanh nghiệp", " về vốn đăng ký và", " về số lao động so với tháng trước"],
    rejects=[" so với cùng kỳ", " về 2024", " (về"],
    doc="Applied with ``match(text, end_of_the_percentage)``: only what follows the change right after it.",
    flags=re.IGNORECASE,
)

#: A mode of transport stated as having had no accident, in a clause of its own (``breakdown_genres.traffic_modes``;
#: group 1: the mode): its cases, deaths and injuries are none.
MODE_NONE = pattern(
    "mode_none",
    r"\b(?:không\s+(?:xảy ra|để xảy ra|có)|chưa\s+(?:xảy ra|ghi nhận))\s+(?:vụ\s+)?tai nạn(?:\s+giao thông)?\s+(?:trên\s+)?"
    r"(?:tuyến\s+|lĩnh vực\s+)?(đường bộ|đường sắt|đường thủy|đường thuỷ|hàng hải)",
    matches=["; không xảy ra tai nạn đường sắt.", "chưa ghi nhận vụ tai nạn giao thông đường thủy nào"],
    rejects=["không xảy ra cháy", "tai nạn đường sắt xảy ra 3 vụ"],
    flags=re.IGNORECASE,
)

# ---------------------------------------------------------------------------
# The report year
# ---------------------------------------------------------------------------

TITLE_YEAR = pattern(
    "title_year",
    r"(?:năm|NĂM)\s+((?:19|20)\d{2})(?!\s*[-–]\s*(?:19|20)\d{2})",
    matches=["kết quả công tác ... năm 2023 và nhiệm vụ trọng tâm năm 2024", "BÁO CÁO TỔNG KẾT NĂM 2022"],
)

#: A plan section has its own year: "NHIỆM VỤ TRỌNG TÂM NĂM 2024", "Phương hướng năm 2025".
PLAN_HEADING = pattern(
    "plan_heading",
    r"(?:nhiệm vụ|phương hướng|kế hoạch|mục tiêu)[^\n]{0,40}?năm\s+((?:19|20)\d{2})",
    matches=["III. NHIỆM VỤ TRỌNG TÂM NĂM 2024", "Phương hướng, nhiệm vụ năm 2025"],
    flags=re.IGNORECASE,
)


#: the most digits a footnote number has; a longer run of superscript digits is no marker
MAX_MARKER_DIGITS = 4


_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)


def to_superscript(digits: str | int) -> str:
    """``"15"`` → ``"¹⁵"`` (a footnote marker as the readers write it)."""
    return str(digits).translate(_TO_SUPERSCRIPT)


def superscript_to_int(s: str) -> int:
    return int("".join(str(SUPERSCRIPT_TO_INT[c]) for c in s[:MAX_MARKER_DIGITS + 1]))
