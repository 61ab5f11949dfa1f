"""A socio-economic report passage in another province's style (written for the tests, not the seed):
no false alarm, and the readings an auditor would make."""


import pytest

from conftest import ROOT
from figaudit.clean import analyse, write_clean
from figaudit.findings import validate_clean

PASSAGE = ROOT / "tests" / "fixtures" / "passage-kinh-te-xa-hoi.txt"


@pytest.fixture(scope="module")
def audit(tmp_path_factory):
    c = analyse(PASSAGE)
    clean = tmp_path_factory.mktemp("genre") / "c"
    write_clean(c, clean)
    detail, _ = validate_clean(clean)
    return c, detail.set_index("check_id")


def test_title_year_and_no_false_alarm(audit):
    c, d = audit
    assert c.doc.year == 2024 and c.doc.title.startswith("BÁO CÁO Tình hình kinh tế - xã hội năm 2024")
    assert not (d["status"] == "fail").any() and not (d["status"] == "warn").any()


def test_plan_share_is_not_a_change(audit):
    c, d = audit
    # "bằng 108,4% dự toán và bằng 112,3% so với cùng kỳ": only the second compares with last year
    changes = {r.expression.split(" ≈")[0] for r in c.relations if r.check == "change"}
    assert "5.420 tỷ / 112,3%" in changes and not any("108,4%" in x for x in changes)


def test_one_change_per_casualty_figure(audit):
    c, _ = audit
    exprs = {r.expression for r in c.relations if r.check == "change"}
    assert {"210 + 12 = 222", "98 + 5 = 103", "156 + 21 = 177"} <= exprs


def test_rate_recomputed_from_the_whole_stated_before(audit):
    _, d = audit
    assert d.loc["percent:b9.4", "status"] == "pass" and d.loc["percent:b9.4", "expression"] == "100 × 598 / 640 = 93,44 %"


def test_review_of_a_document_cited_earlier_in_the_sentence(audit):
    _, d = audit
    assert d.loc["year_arithmetic:b11.3", "expression"] == "2024 − 2021 = 3"
    assert d.loc["year_arithmetic:b11.4", "expression"] == "2024 − 1954 = 70"


def test_shares_and_subsets(audit):
    _, d = audit
    assert d.loc["percent:b5.8:shares", "status"] == "pass"
    subsets = d[d["check"] == "part_of_whole"]
    assert set(subsets["status"]) == {"pass"}
    assert {4_980_000_000_000, 440_000_000_000, 598} <= set(subsets["computed"])  # "4.980 tỷ đồng" in đồng


def test_newspaper_item_headline_and_next_sentence_subsets(tmp_path):
    p = ROOT / "tests" / "fixtures" / "passage-bao-fdi.txt"
    c = analyse(p)
    assert c.doc.title.startswith("Quảng Ninh: 9 tháng đầu năm 2024") and c.doc.year == 2024
    subsets = {(r.stated, r.computed) for r in c.relations if r.check == "part_of_whole"}
    # "… 1,35 tỷ USD …. Trong đó, …": each part (the parts together are the text_breakdown sum below, once)
    assert subsets == {(1_350_000_000, 980_000_000), (1_350_000_000, 370_000_000)}
    lists = [r for r in c.relations if r.check == "text_breakdown"]
    # 152 dự án, gồm 98 + 31 + 23; and "1,35 tỷ USD. Trong đó, … 980 triệu USD; … 370 triệu USD" adds up
    assert [(r.stated, r.computed) for r in lists] == [(152, 152), (1_350_000_000, 1_350_000_000)]
    write_clean(c, tmp_path / "c")
    detail, _ = validate_clean(tmp_path / "c")
    assert not (detail["status"].isin(["fail", "warn"])).any()
