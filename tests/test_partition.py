"""Labels that exhaust a whole (relations/partition.py), shared by frames, breakdowns and tables."""

from decimal import Decimal

from figaudit.figures import Figure
from figaudit.relations.partition import complementary_pair, distinct_levels, partition_cue, row_half, row_pair


def _whole(unit: str) -> Figure:
    return Figure(id="f1", block="b1", kind="count", text="201", start=0, end=3, line=1, value=Decimal(201), unit=unit)


def test_pairs_levels_negation_letters_and_compound_units():
    assert partition_cue(_whole("gương"), ["tập thể", "cá nhân"]) == "pair"
    assert partition_cue(_whole("đơn"), ["cấp tỉnh", "cấp huyện", "cấp xã"]) == "levels"
    assert partition_cue(_whole("xã"), ["đạt chuẩn", "chưa đạt chuẩn"]) == "negation"
    assert partition_cue(_whole("đơn"), ["khiếu nại", "tố cáo", "kiến nghị, phản ánh"]) == "petition_types"
    assert partition_cue(_whole("mô hình, điển hình"), ["mô hình", "điển hình"]) == "compound"
    # overlapping groups after "trong đó" exhaust nothing
    assert partition_cue(_whole("đảng viên"), ["nữ", "dân tộc thiểu số"]) == ""


def test_complementary_pair_needs_exactly_one_pair():
    assert complementary_pair(["xuất khẩu", "nhập khẩu"]) == (0, 1)
    assert complementary_pair(["nông thôn", "thành thị"]) == (1, 0)
    assert complementary_pair(["xuất khẩu", "xuất khẩu"]) is None


def test_distinct_levels():
    assert distinct_levels(["do tỉnh quản lý", "do huyện quản lý"])
    assert not distinct_levels(["cấp huyện", "cấp huyện"])


def test_table_rows_in_pair_order():
    assert row_pair("Nam", "Nữ")
    assert row_pair("  Công lập", "Ngoài công lập")
    assert row_pair("Trong nước", "Ngoài nước")
    assert not row_pair("Nữ", "Nam")  # a pair is read top to bottom
    assert not row_pair("Huyện A", "Huyện B")
    assert row_half("Nông thôn") and not row_half("Huyện A")
