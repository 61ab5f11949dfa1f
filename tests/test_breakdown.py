"""Family footnote_breakdown: binding totals to footnote breakdowns."""

from decimal import Decimal

from figaudit.clean import analyse
from figaudit.figures import extract
from figaudit.readers.text import parse_text
from figaudit.relations import find_all
from conftest import seeded


def rels_of_text(text):
    doc = parse_text(text)
    return {r.id: r for r in find_all(doc, extract(doc), ["footnote_breakdown"])}


def test_seed_footnotes_7_to_14(seed_analysis):
    rels = {r.id: r for r in seed_analysis.relations if r.check == "footnote_breakdown"}
    bound = {r.footnote: (r.stated, r.computed) for r in rels.values() if r.checkable}
    assert bound == {7: (115, 115), 8: (39, 39), 9: (738, 738), 10: (454, 454), 11: (586, 586),
                     12: (5, 5), 13: (26, 26), 14: (638, 638)}
    unbound = sorted((r.footnote, r.stated) for r in rels.values() if not r.checkable and r.stated is not None)
    assert unbound == [(11, 574), (13, 2)]
    assert rels["footnote_breakdown:fn7"].note == "missing_levels"
    assert rels["footnote_breakdown:fn7"].note_args == {"levels": ["cấp tỉnh"]}
    assert rels["footnote_breakdown:fn8"].expression == "1 + 16 + 22 = 39"
    # footnote 21 lists parts but the body states no total
    assert rels["footnote_breakdown:fn21"].checkable is False and rels["footnote_breakdown:fn21"].computed == 90
    # prose footnotes (1, 15, 18...) are not breakdowns
    assert not any(r.footnote in (1, 15, 18, 23) for r in rels.values())


def test_seeded_error_gives_the_new_arithmetic(tmp_path):
    p = seeded(tmp_path, "Cấp tỉnh 1; cấp huyện 16; cấp cơ sở 22;", "Cấp tỉnh 1; cấp huyện 17; cấp cơ sở 22;")
    r = {r.id: r for r in analyse(p).relations}["footnote_breakdown:fn8"]
    assert (r.stated, r.computed, r.expression) == (39, 40, "1 + 17 + 22 = 40")


def test_two_totals_one_marker_binds_to_the_fitting_one(tmp_path):
    # Swap so that the breakdown now fits 574 (the second total).
    p = seeded(tmp_path, "Cấp tỉnh 3; cấp huyện 58; cấp cơ sở 525;", "Cấp tỉnh 3; cấp huyện 58; cấp cơ sở 513;")
    rels = {r.id: r for r in analyse(p).relations}
    assert rels["footnote_breakdown:fn11"].stated == 574
    other = [r for r in rels.values() if r.footnote == 11 and not r.checkable]
    assert [r.stated for r in other] == [586]


def test_other_genres():
    text = ("BÁO CÁO kết quả năm 2024\n\n"
            "Năm 2024, các cấp ủy thi hành kỷ luật 45 đảng viên¹ và có 12 đảng bộ trực thuộc².\n\n"
            "Tổng thu ngân sách đạt trên 12.500 tỷ đồng³.\n\n"
            "¹ Khiển trách 30, cảnh cáo 11, cách chức 4.\n\n"
            "² Gồm 8 huyện ủy và 4 đảng ủy khối.\n\n"
            "³ Thu nội địa 9.800 tỷ đồng; thu xuất nhập khẩu 2.900 tỷ đồng.\n")
    rels = rels_of_text(text)
    assert (rels["footnote_breakdown:fn1"].stated, rels["footnote_breakdown:fn1"].computed) == (45, 45)
    assert (rels["footnote_breakdown:fn2"].stated, rels["footnote_breakdown:fn2"].computed) == (12, 12)
    r3 = rels["footnote_breakdown:fn3"]
    assert r3.computed == Decimal("12700000000000") and r3.strict_lo and r3.stated_hi is None


def test_subset_breakdown():
    rels = rels_of_text("Kiểm tra 50 đảng viên¹.\n\n¹ Trong đó: cấp huyện 20; cấp cơ sở 25.\n")
    r = rels["footnote_breakdown:fn1"]
    assert r.stated_lo is None and r.stated_hi == 50 and "≤" in r.expression
