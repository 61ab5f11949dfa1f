"""Every relation family: on the seed, with one seeded error each, and on passages written for the tests."""

from decimal import Decimal

import pytest

from conftest import SEED, seeded, write
from figaudit.clean import analyse, write_clean
from figaudit.findings import validate_clean


def audit(tmp_path, path):
    clean = tmp_path / f"clean-{path.stem}"
    write_clean(analyse(path), clean)
    detail, _ = validate_clean(clean)
    return detail


def statuses(detail):
    return dict(zip(detail["check_id"], detail["status"]))


def row(detail, check_id):
    rows = detail[detail["check_id"] == check_id]
    assert len(rows) == 1, f"{check_id} not found: {sorted(detail['check_id'])}"
    return rows.iloc[0]


@pytest.fixture(scope="module")
def seed_detail(tmp_path_factory):
    return audit(tmp_path_factory.mktemp("seed"), SEED)


# --------------------------------------------------------------------------- the seed


def test_seed_has_no_fail_and_the_expected_warnings(seed_detail):
    st = statuses(seed_detail)
    assert not [k for k, v in st.items() if v == "fail"]
    assert sorted(k for k, v in st.items() if v == "warn") == ["hedge:fn23.3", "year_arithmetic:fn16.19"]


def test_seed_text_breakdowns(seed_detail):
    st = statuses(seed_detail)
    assert row(seed_detail, "text_breakdown:b30.3:paren")["expression"] == "05 + 18 = 23"
    assert row(seed_detail, "text_breakdown:b30.3:partition")["expression"] == "16 + 07 = 23"
    assert row(seed_detail, "text_breakdown:fn18.1:partition")["expression"] == "251 + 56 + 95 + 13 + 988 = 1.403"
    assert {st[k] for k in ("text_breakdown:b30.3:paren", "text_breakdown:b30.3:partition", "text_breakdown:fn18.1:partition")} == {"pass"}


def test_seed_part_of_whole(seed_detail):
    r = row(seed_detail, "part_of_whole:fn18.1:fn18.7")
    assert (r["status"], r["stated"], r["computed"]) == ("pass", 1403, 374)


def test_seed_percentages(seed_detail):
    r = row(seed_detail, "percent:fn1.2")
    assert r["status"] == "pass" and Decimal("104.68") <= r["computed"] < Decimal("104.69")
    r = row(seed_detail, "percent:b10.4")
    assert r["status"] == "unverifiable"
    assert "27.387 lượt học viên → 26.693" in r["note_args"] and "342/333 = 102,7 %" in r["note_args"]
    assert row(seed_detail, "percent:b38.1")["status"] == "unverifiable"  # "trên 93%": nothing to compute from
    assert row(seed_detail, "percent:fn25.3")["status"] == "pass"  # 12/12


def test_seed_enumerations(seed_detail):
    got = {k: (r["status"], r["stated"], r["computed"]) for k, r in seed_detail.set_index("check_id").iterrows()
           if k.startswith("enumeration:")}
    assert got == {"enumeration:b21.1": ("pass", 8, 8), "enumeration:fn15.1": ("pass", 3, 3),
                   "enumeration:fn15.3": ("pass", 2, 2), "enumeration:fn19.7": ("pass", 4, 4),
                   "enumeration:fn25.2": ("pass", 6, 6)}
    assert row(seed_detail, "enumeration:b21.1")["expression"] == "3 + 02 + 01 + 1 + 1 = 8"


def test_seed_changes_give_implied_prior_values(seed_detail):
    import json

    ch = seed_detail[seed_detail["check"] == "change"]
    assert set(ch["status"]) == {"unverifiable"}
    implied = {json.loads(a)["current_text"]: json.loads(a)["implied_prior"] for a in ch["note_args"]}
    assert implied == {"115": "109", "39": "37", "738": "691", "454": "413", "586": "585", "574": "550",
                       "05": "0", "26 + 02": "21", "638": "656", "4,4 triệu": "2933333.33"}
    assert all(json.loads(a)["prior_year"] == 2022 for a in ch["note_args"])


def test_seed_year_arithmetic(seed_detail):
    st = statuses(seed_detail)
    assert st["year_arithmetic:b5.11"] == "pass"  # 02 năm, 01-KL/TW of 14/5/2021, in 2023
    assert st["year_arithmetic:b55.2"] == "pass"  # 55 năm (02/9/1969- 02/9/2024)
    r = row(seed_detail, "year_arithmetic:b55.5")  # 03 năm of 01-KL/TW, cited undated in the 2024 plan
    assert (r["status"], r["computed"], r["expression"]) == ("pass", 3, "2024 − 2021 = 3")
    r = row(seed_detail, "year_arithmetic:fn16.19")  # 20 năm of 09-NQ/TW (2002) in 2023 = 21
    assert (r["status"], r["computed"]) == ("warn", 21)
    assert st["year_arithmetic:b5.10"] == "unverifiable"  # 133 năm Ngày sinh: no date in the report
    assert st["year_arithmetic:b8.1"] == "unverifiable"  # 35-NQ/TW cited without date


def test_seed_citations(seed_detail):
    r = row(seed_detail, "citation:2-ĐA/TU:b29.6")  # 02-ĐA/TU of 2021 and of 2016: different terms
    assert r["status"] == "pass" and r["note"] == "citation_different_terms"


# --------------------------------------------------------------------------- one seeded error per family

SEEDED = [
    # (family, old, new, check_id, expected status)
    ("text_breakdown", "(cũ 05; mới 18)", "(cũ 05; mới 19)", "text_breakdown:b30.3:paren", "fail"),
    ("part_of_whole", "đã có 374 đơn", "đã có 1.474 đơn", "part_of_whole:fn18.1:fn18.7", "fail"),
    ("percent", "đạt 104,7% so với", "đạt 106,7% so với", "percent:fn1.2", "fail"),
    ("enumeration", "triển khai 04 cuộc kiểm tra, giám sát", "triển khai 05 cuộc kiểm tra, giám sát", "enumeration:fn19.7", "fail"),
    ("enumeration (unnumbered items)", "thực hiện 08 cuộc kiểm tra", "thực hiện 09 cuộc kiểm tra", "enumeration:b21.1", "warn"),
    ("change", "(tăng 6 đảng viên so với năm 2022)", "(tăng 6 đảng viên so với năm 2022: 119 đảng viên)", "change:b20.2", "fail"),
    ("year_arithmetic", "sơ kết 02 năm thực hiện", "sơ kết 04 năm thực hiện", "year_arithmetic:b5.11", "fail"),
    ("citation", "Đề án 02-ĐA/TU, ngày 31/10/2016", "Đề án 02-ĐA/TU, ngày 31/10/2021", "citation:2-ĐA/TU:b29.6", "warn"),
    ("hedge", "đăng tải gần 1.000 tin bài", "đăng tải trên gần 1.000 tin bài", "hedge:fn23.2", "warn"),
    ("footnote_breakdown", "Cấp tỉnh 12; cấp huyện 75; cấp cơ sở 367;", "Cấp tỉnh 12; cấp huyện 75; cấp cơ sở 376;", "footnote_breakdown:fn10", "fail"),
]


@pytest.mark.parametrize("family,old,new,check_id,expected", SEEDED, ids=[s[0] for s in SEEDED])
def test_seeded_error_is_caught(tmp_path, seed_detail, family, old, new, check_id, expected):
    detail = audit(tmp_path, seeded(tmp_path, old, new))
    assert row(detail, check_id)["status"] == expected
    before, after = statuses(seed_detail), statuses(detail)
    changed = {k for k in after if after[k] in ("fail", "warn") and before.get(k) != after[k]}
    assert changed == {check_id}, f"other statuses changed too: {changed}"


def test_percent_by_truncation_passes_with_a_note(tmp_path):
    # 2.303 / 2.200 = 104,68 %: "104,6" is the truncation, "104,7" the rounding; Vietnamese statistics write both
    detail = audit(tmp_path, seeded(tmp_path, "đạt 104,7% so với", "đạt 104,6% so với"))
    r = row(detail, "percent:fn1.2")
    assert (r["status"], r["note"]) == ("pass", "percent_truncated")
    (tmp_path / "r").mkdir()
    assert row(audit(tmp_path / "r", SEED), "percent:fn1.2")["note"] == ""


def test_change_with_both_years_passes_when_right(tmp_path):
    detail = audit(tmp_path, seeded(tmp_path, "(tăng 6 đảng viên so với năm 2022)", "(tăng 6 đảng viên so với năm 2022: 109 đảng viên)"))
    r = row(detail, "change:b20.2")
    assert (r["status"], r["computed"]) == ("pass", 6)


UNRELATED = [
    ("268 bài tham gia", "269 bài tham gia"),  # an unrelated count
    ("Quyết định số 696-QĐ/TU ngày 27/2/2023", "Quyết định số 697-QĐ/TU ngày 28/2/2023"),  # document number and date
    ("cho khoảng 300 học viên", "cho khoảng 310 học viên"),  # a hedged count
    ("giải quyết 174 đơn thư", "giải quyết 175 đơn thư"),
    ("giai đoạn 2013 - 2023", "giai đoạn 2012 - 2023"),  # a period
    ("Quân khu 3", "Quân khu 4"),  # a label
]


@pytest.mark.parametrize("old,new", UNRELATED)
def test_changing_an_unrelated_number_adds_no_fail(tmp_path, seed_detail, old, new):
    detail = audit(tmp_path, seeded(tmp_path, old, new))
    assert statuses(detail) == statuses(seed_detail)


# --------------------------------------------------------------------------- passages written for the tests

def passage(tmp_path, body: str, year: int = 2024):
    return audit(tmp_path, write(tmp_path, f"BÁO CÁO tình hình kinh tế - xã hội năm {year}\n\n{body}\n"))


def test_passage_breakdowns(tmp_path):
    d = passage(tmp_path,
                "Năm 2024 (theo Quyết định số 1234/QĐ-UBND ngày 5/3/2024), toàn tỉnh thi hành kỷ luật 45 đảng viên "
                "(khiển trách 30, cảnh cáo 11, cách chức 4); có 12 đảng bộ trực thuộc, gồm 8 huyện ủy và 5 đảng ủy khối. "
                "Tổng số 320 đơn thư, đã giải quyết 250 đơn; còn lại 70 đơn đang xem xét.")
    st = {k.split(":")[0] + ":" + k.split(":")[-1]: v for k, v in statuses(d).items() if k.startswith("text_breakdown")}
    assert st == {"text_breakdown:paren": "pass", "text_breakdown:list": "fail", "text_breakdown:partition": "pass"}


def test_passage_part_of_whole(tmp_path):
    d = passage(tmp_path, "Toàn tỉnh có 1.250 doanh nghiệp, trong đó 830 doanh nghiệp tư nhân, 1.300 doanh nghiệp có vốn nhà nước.")
    pw = d[d["check"] == "part_of_whole"].set_index("computed")["status"].to_dict()
    assert pw == {830: "pass", 1300: "fail"}


def test_passage_percentages(tmp_path):
    d = passage(tmp_path,
                "Toàn tỉnh có 1.250 doanh nghiệp, trong đó 830 doanh nghiệp tư nhân, chiếm 66,4%. "
                "Cơ cấu kinh tế: nông nghiệp 8,5%, công nghiệp 60,2%, dịch vụ 32,3%. "
                "Có 19/20 xã đạt chuẩn nông thôn mới (95%). Thu ngân sách ước đạt khoảng 12.500 tỷ đồng, đạt 102% dự toán.")
    p = d[d["check"] == "percent"].set_index("variant")["status"].to_dict()
    # 102% dự toán: the base is not stated → implied base of the (hedged) 12.500 tỷ đồng
    assert p == {"recomputed": "pass", "share_sum": "fail", "ratio_percent": "pass", "implied_base": "unverifiable"}


def test_passage_grim_impossible(tmp_path):
    d = passage(tmp_path, "Đã mở 7 lớp bồi dưỡng, đạt 93,5% kế hoạch.")
    r = d[d["check"] == "percent"].iloc[0]
    assert (r["status"], r["variant"]) == ("warn", "grim")  # 7/7 = 100 %, 7/8 = 87,5 %: 93,5 % is unreachable


def test_passage_enumerations(tmp_path):
    d = passage(tmp_path, "Đoàn làm việc tại 3 huyện: Gia Lộc, Tứ Kỳ và Ninh Giang. Kiểm tra 5 sở (Sở Tài chính; Sở Nội vụ; Sở Y tế; Sở Xây dựng).")
    e = d[d["check"] == "enumeration"].set_index("stated")["status"].to_dict()
    assert e == {3: "pass", 5: "fail"}


def test_passage_changes(tmp_path):
    d = passage(tmp_path,
                "Kết nạp 2.303 đảng viên, tăng 103 đảng viên so với năm 2023 (2.200 đảng viên). "
                "Thu ngân sách đạt 15.000 tỷ đồng, tăng 12,5% so với cùng kỳ (13.333 tỷ đồng). "
                "Số hộ nghèo giảm từ 1.200 hộ xuống 1.350 hộ. Xuất khẩu đạt 9,2 tỷ USD, gấp 1,5 lần so với năm 2020.")
    c = d[d["check"] == "change"].set_index("variant")["status"]
    assert sorted(c[c.index == "both_years"]) == ["pass", "pass"]
    assert c["direction"] == "fail" and c["implied_prior"] == "unverifiable"


def test_passage_year_arithmetic_and_citations(tmp_path):
    d = passage(tmp_path,
                "Tổ chức sơ kết 5 năm thực hiện Nghị quyết số 12-NQ/TU, ngày 10/10/2019 của Tỉnh ủy và tổng kết 10 năm "
                "thực hiện Chỉ thị số 05-CT/TU, ngày 3/4/2016. Thực hiện Nghị quyết 12-NQ/TU, ngày 10/11/2019 về du lịch.\n\n"
                "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n\nTổ chức sơ kết 6 năm thực hiện Nghị quyết 12-NQ/TU.")
    y = d[d["check"] == "year_arithmetic"].set_index("stated")["status"].to_dict()
    assert y == {5: "pass", 10: "fail", 6: "pass"}  # 2024−2019; 2024−2016 = 8; plan year 2025 − 2019
    cit = d[d["check"] == "citation"]["status"].tolist()
    assert cit == ["warn"]  # 12-NQ/TU dated 10/10/2019 and 10/11/2019 in the same term


def test_passage_hedges(tmp_path):
    d = passage(tmp_path, "Tiếp nhận trên dưới 100 hồ sơ và trên gần 50 đơn; tổng số trên 150 lượt¹.\n\n¹ Cấp tỉnh 100; cấp huyện 50.")
    st = statuses(d)
    assert [k for k, v in st.items() if k.startswith("hedge")] == ["hedge:b2.2"]  # "trên gần 50", not "trên dưới 100"
    assert st["hedge:b2.2"] == "warn"
    assert st["footnote_breakdown:fn1"] == "fail"  # 100 + 50 = 150 is not "trên 150"
