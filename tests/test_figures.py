"""Figures: every digit run classified, Vietnamese formats parsed, hedges as intervals."""

import re
from decimal import Decimal

import pytest

from conftest import seed_text
from figaudit.figures import extract
from figaudit.readers.text import parse_text


def figs_of(text):
    return extract(parse_text(text))


def one(figs, text):
    hits = [f for f in figs if f.text == text]
    assert hits, f"no figure {text!r}: {[f.text for f in figs]}"
    return hits[0]


def test_every_digit_run_of_the_seed_is_classified(seed_analysis):
    doc, figures = seed_analysis.doc, seed_analysis.figures
    by_block = {}
    for f in figures:
        by_block.setdefault(f.block, []).append(f)
    n = 0
    for b in doc.blocks:
        for m in re.finditer(r"\d+", b.text):
            n += 1
            covering = [f for f in by_block.get(b.id, []) if f.start <= m.start() and m.end() <= f.end]
            assert len(covering) == 1, f"{m.group()} at line {b.line_at(m.start())} covered by {len(covering)} figures"
            assert covering[0].kind and covering[0].reason or covering[0].kind in ("date", "period")
    assert n == len(re.findall(r"\d+", seed_text())) == 348
    assert not [f for f in figures if f.kind == "unparsed"]


def test_seed_figures(seed_analysis):
    f = {x.id: x for x in seed_analysis.figures}
    texts = {(x.text, x.line): x for x in seed_analysis.figures}
    assert texts[("27.387", 20)].value == 27387 and texts[("27.387", 20)].unit == "lượt học viên"
    assert texts[("102,6%", 20)].kind == "percent" and texts[("102,6%", 20)].value == Decimal("102.6")
    x = texts[("4,4 triệu", 144)]
    assert x.value == 4_400_000 and x.unit == "lượt truy cập" and x.qualifier == "trên gần"
    assert x.extra["contradictory_hedge"] is True
    assert texts[("02", 36)].value == 2 and texts[("02", 36)].unit == "đồng chí"
    assert texts[("56 - QĐ/TW", 58)].kind == "document_number"
    assert texts[("130/2020/NĐ - CP", 58)].kind == "document_number"
    assert texts[("14/5/2021", 10)].kind == "date"
    assert texts[("2020 - 2025", 10)].kind == "period"
    assert texts[("12/12", 148)].kind == "ratio"
    assert texts[("115", 54)].unit == "đảng viên"
    assert texts[("10.500", 130)].qualifier == "trên" and texts[("10.500", 130)].lo_open
    assert texts[("hàng nghìn", 18)].lo == 1000 and texts[("hàng nghìn", 18)].value is None
    assert texts[("133", 10)].kind == "duration"
    assert texts[("3", 104)].kind == "label"  # Quân khu 3
    assert len(f) == len(seed_analysis.figures)


PASSAGES = [
    # (passage, figure text, kind, value, unit)
    ("GRDP năm 2024 ước đạt 127.387 tỷ đồng, tăng 7,2% so với năm 2023.", "127.387 tỷ", "amount", Decimal("127387000000000"), "đồng"),
    ("Toàn tỉnh có 1.234 hộ nghèo, chiếm 1,25% tổng số hộ.", "1.234", "count", Decimal(1234), "hộ"),
    ("Đã thu hồi 12,5 ha đất của 3 dự án.", "12,5", "amount", Decimal("12.5"), "ha"),
    ("Có khoảng 2.000 người tham dự Lễ hội.", "2.000", "count", Decimal(2000), "người"),
    ("Theo Quyết định số 1234/QĐ-UBND ngày 5 tháng 3 năm 2024 của UBND tỉnh.", "1234/QĐ-UBND", "document_number", Decimal(1234), ""),
    ("Luật số 45/2019/QH14 có hiệu lực.", "45/2019/QH14", "document_number", Decimal(45), ""),
    ("Trong quý I/2024, tỉnh thu hút 15 dự án.", "15", "count", Decimal(15), "dự án"),
    ("Tổ chức 6 tháng đầu năm 2023.", "6", "duration", Decimal(6), "tháng"),
    # one amount in falling scale words, a zero-padded group kept
    ("Dư nợ đạt 2.417 tỷ 306 triệu đồng.", "2.417 tỷ 306 triệu", "amount", Decimal("2417306000000"), "đồng"),
    ("Doanh số cho vay 912 tỷ 045 triệu 718 nghìn đồng.", "912 tỷ 045 triệu 718 nghìn", "amount",
     Decimal("912045718000"), "đồng"),
]


def test_a_compound_amount_is_exact_to_its_last_scale_word():
    f = one(figs_of("Dư nợ đạt 2.417 tỷ 306 triệu đồng, tăng 12 triệu 500 nghìn đồng."), "2.417 tỷ 306 triệu")
    assert f.resolution == Decimal(500_000)
    g = one(figs_of("Dư nợ đạt 2.417 tỷ 306 triệu đồng, tăng 12 triệu 500 nghìn đồng."), "12 triệu 500 nghìn")
    assert g.value == Decimal(12_500_000) and g.resolution == Decimal(500)


@pytest.mark.parametrize("passage,text,kind,value,unit", PASSAGES)
def test_report_style_passages(passage, text, kind, value, unit):
    f = one(figs_of(passage), text)
    assert (f.kind, f.value) == (kind, value)
    if unit:
        assert f.unit.startswith(unit)


def test_hedge_intervals():
    figs = figs_of("Tiếp nhận trên 10.500 văn bản, gần 1.000 tin bài, dưới 50 đơn, khoảng 300 học viên.")
    above, near, below, about = (one(figs, t) for t in ("10.500", "1.000", "50", "300"))
    assert (above.lo, above.hi, above.lo_open) == (10500, None, True)
    assert (near.hi, near.hi_open) == (1000, True) and near.lo < 1000
    assert (below.lo, below.hi) == (0, 50)
    assert about.lo == 270 and about.hi == 330


def test_invalid_number_is_kept_as_unparsed():
    figs = figs_of("Tỷ lệ đạt 12.5 điểm và 1,000.50 đồng.")
    bad = [f for f in figs if f.kind == "unparsed"]
    assert {f.text for f in bad} == {"12.5", "1,000.50"}
    assert all("not a valid Vietnamese number" in f.reason for f in bad)
    english = [f for f in figs_of("Hàng nhập khẩu đạt 727.000 tấn, hàng nội địa 412,000 tấn.") if f.kind == "unparsed"]
    assert [f.text for f in english] == ["412,000"] and "English way" in english[0].reason


def test_a_percentage_with_an_english_decimal_point_is_read_as_written():
    """``chiếm gần 4.2%``, ``đạt 102.35%``: one or two digits after a dot are no thousands group (``3.100%`` is, read
    the Vietnamese way); a dotted number without ``%`` (``12.5 điểm``) stays unparsed."""
    figs = figs_of("Hộ nghèo chiếm gần 4.2% tổng số hộ, thu ngân sách đạt 102.35% dự toán, tăng 3.100% và 12.5 điểm.")
    pct = {f.text: f for f in figs if f.kind == "percent"}
    assert {t: (f.value, f.extra.get("dot_decimal")) for t, f in pct.items()} == {
        "4.2%": (Decimal("4.2"), True), "102.35%": (Decimal("102.35"), True), "3.100%": (Decimal(3100), None)}
    assert pct["4.2%"].qualifier == "gần" and pct["4.2%"].hi == Decimal("4.2")
    assert {f.text for f in figs if f.kind == "unparsed"} == {"12.5"}


def test_code_digits_are_kept():
    figs = figs_of("Phòng chống dịch H5N1 tại 3 xã.")
    assert {f.text for f in figs if f.kind == "code"} == {"5", "1"}


@pytest.mark.parametrize("text, meant, floor", [
    ("đạt 1.150 nghìn tấn", ("1145000", "1155000"), ("1149500", "1150500")),  # a round amount in scale words
    ("đạt 2,74 tỷ đồng", ("2735000000", "2745000000"), ("2735000000", "2745000000")),  # decimals: half their last digit
    ("có 120 hộ", ("120", "120"), ("119.5", "120.5")),  # a count is exact when two are compared
    ("có hơn 10.000 hộ", ("10000", "10000"), ("10000", "20000")),  # a round floor reaches its next step
    ("trên 418 tỷ đồng", ("418000000000", "419000000000"), ("418000000000", "419000000000")),
])
def test_the_spans_a_writer_means(text, meant, floor):
    """One reading of rounding for every family: what a figure may stand for when compared (``meant_span``) and a
    hedged round floor (``floor_span``), both from the step of its last non-zero digit."""
    from figaudit.relations.common import floor_span, meant_span, trailing_zeros
    f = extract(parse_text(text, "t.txt"))[0]
    assert meant_span(f) == (Decimal(meant[0]), Decimal(meant[1]))
    assert floor_span(f) == (Decimal(floor[0]), Decimal(floor[1]))
    assert (trailing_zeros(483000, 12), trailing_zeros(483000, 2), trailing_zeros(0, 5)) == (3, 2, 0)


def test_a_ratio_over_zero_is_two_values_not_a_fraction(tmp_path):
    """``số người bị thương không thay đổi (0/0)``: this period's and the last's side by side — no fraction, no value;
    the figure is kept (unparsed, with its reason) and the passage is audited, never an internal error."""
    from shapes import audit
    figs = figs_of("Số vụ cháy tăng 2 vụ, số người bị thương không thay đổi (0/0), số người chết 3/0 người.\n")
    for text in ("0/0", "3/0"):
        f = one(figs, text)
        assert f.kind == "unparsed" and f.value is None and "a/0" in f.reason
    _, detail = audit(tmp_path, "Năm 2025 xảy ra 6 vụ cháy, số người bị thương không thay đổi (0/0).")
    assert not detail.empty and (tmp_path / "clean" / "figures.csv").exists()


def test_thousands_set_off_by_spaces_are_one_number(tmp_path):
    """``1 748 vụ việc``, ``19 136 hộ vay``: thousands typed with a space (plain, no-break or thin) before a count's
    word are one number; a label's number, a year's, or one before a scale word stays apart (``mức độ 4 120 thủ
    tục``, ``năm 2024 1 200 người``, ``1 748 tỷ``)."""
    from shapes import alarms, audit, rows, triples
    figs = figs_of("Trong kỳ thụ lý 2 364 vụ việc và 19\u00a0136 hộ vay; mức độ 4 120 thủ tục; năm 2024 1 200 người; "
                   "thu 1 748 tỷ đồng.")
    counts = {f.text: f.value for f in figs if f.kind == "count"}
    assert counts["2 364"] == 2364 and counts["19\u00a0136"] == 19136
    assert "4 120" not in counts and "1 200" not in counts and counts.get("120") == 120
    assert {f.text for f in figs if f.kind == "amount"} == {"748 tỷ"}
    _, d = audit(tmp_path, "Số vụ việc thụ lý trong kỳ là 2 364 vụ việc (trong đó có: 1 512 vụ việc bào chữa, 852 vụ việc "
                           "bảo vệ quyền lợi), tăng 364 vụ việc (tăng 18,2%) so với tháng trước.")
    assert alarms(d).empty
    assert (2364, 2364, "pass") in triples(rows(d, "text_breakdown"))


def test_a_decimal_split_by_a_space_is_never_read_as_two_figures():
    """``vốn sự nghiệp 61, 5 tỷ đồng`` (no hedge before it, as ``hơn 37, 38 tỷ``): 61,5 tỷ with a stray space, or 61
    and 5 tỷ? Both kept unparsed with their reason, neither checked."""
    figs = figs_of("Ngân sách hỗ trợ trên 200 tỷ đồng (gồm vốn trái phiếu 107 tỷ đồng, vốn sự nghiệp 61, 5 tỷ đồng, vốn "
                   "đầu tư 32, 4 tỷ đồng).")
    assert [f.text for f in figs if f.kind == "unparsed"] == ["61", "5 tỷ", "32", "4 tỷ"]
    assert all("split by a space" in f.reason for f in figs if f.kind == "unparsed")


def test_a_pair_with_decimals_over_a_slash_is_one_fraction():
    """``đã trồng 42,5/60 ha``, ``giải ngân 8,75/350 tỷ đồng``: a done amount over its plan, with decimals — one figure
    keeping both terms and the decimals written, never the count 42,5 beside the amount 60 ha; two percentages side
    by side (``12,4/9,8%``) and a whole-number ratio stay as they were."""
    figs = figs_of("Huyện đã trồng 42,5/60 ha rừng. Giải ngân 8,75/350 tỷ đồng. Tăng trưởng cao hơn của tỉnh "
                   "(12,4/9,8%). Có 9/12 xã đạt chuẩn. Xã trồng 12,5/20ha cây ăn quả.\n")
    assert (one(figs, "12,5/20").kind, one(figs, "12,5/20").unit) == ("fraction", "ha")  # (its unit glued to it)
    f = one(figs, "42,5/60")
    assert (f.kind, f.unit, f.extra["numerator"], f.extra["denominator"], f.extra["decimals"]) == \
        ("fraction", "ha", Decimal("42.5"), Decimal(60), (1, 0))
    g_ = one(figs, "8,75/350")
    assert g_.kind == "fraction" and g_.extra["decimals"] == (2, 0) and g_.value == Decimal("8.75") / 350
    assert one(figs, "9,8%").kind == "percent" and not [f for f in figs if f.kind == "fraction" and "12,4" in f.text]
    assert one(figs, "9/12").kind == "ratio" and one(figs, "9/12").extra["numerator"] == 9
