"""Reported changes checked against the prior year's report (synthetic 2022 fixture made from the seed)."""

import csv

import pytest

from conftest import ROOT, SEED
from figaudit.clean import analyse, write_clean
from figaudit.findings import validate_many

FIX = ROOT / "tests" / "fixtures"
PRIOR_TXT = FIX / "synthetic-prior-2022.txt"
PRIOR_CSV = FIX / "synthetic-prior-2022.csv"
CLAIMS = {"b20.2": 109, "b20.5": 37, "b20.7": 691, "b20.9": 413, "b20.12": 585, "b20.13": 550, "b20.15": 0,
          "b20.18": 21, "b20.20": 656, "fn23.4": 2930000}


def audit(tmp_path, prior, name="c"):
    clean = tmp_path / name
    write_clean(analyse(SEED, prior=prior), clean)
    return validate_many([clean])[0][0]


def prior_rows(detail):
    return detail[detail["check"] == "prior_change"].set_index("check_id")


def test_the_fixture_says_it_is_synthetic():
    assert PRIOR_TXT.read_text(encoding="utf-8").startswith("BẢN GIẢ LẬP (synthetic)")
    assert analyse(PRIOR_TXT).doc.year == 2022


@pytest.mark.parametrize("prior", [PRIOR_TXT, PRIOR_CSV], ids=["report", "csv"])
def test_all_nine_change_claims_reconcile(tmp_path, prior):
    d = audit(tmp_path, prior)
    rows = prior_rows(d)
    assert sorted(i.split(":")[1] for i in rows.index) == sorted(CLAIMS)
    assert set(rows["status"]) == {"pass"}
    assert not (d["status"] == "fail").any()
    assert not (d["check"] == "change").any() or "implied_prior" not in set(d[d["check"] == "change"]["variant"])
    # the matched prior sentence is shown with each claim
    import json
    args = json.loads(rows.loc["prior_change:b20.18", "note_args"])
    assert args["prior_values"] == ["20", "1"] and "20 đơn tố cáo, 01 đơn khiếu nại" in args["prior_sentences"][0]


def test_csv_form_gives_the_same_findings(tmp_path):
    a = prior_rows(audit(tmp_path, PRIOR_TXT, "a"))[["status", "stated", "computed"]]
    b = prior_rows(audit(tmp_path, PRIOR_CSV, "b"))[["status", "stated", "computed"]]
    assert a.equals(b)


def _edited(tmp_path, old, new, name="prior.txt"):
    text = PRIOR_TXT.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    p = tmp_path / name
    p.write_text(text.replace(old, new), encoding="utf-8")
    return p


def test_one_changed_prior_figure_fails_exactly_that_claim(tmp_path):
    p = _edited(tmp_path, "kiểm tra 109 đảng viên⁷", "kiểm tra 108 đảng viên⁷")
    d = audit(tmp_path, p)
    fails = d[d["status"] == "fail"]
    assert fails["check_id"].tolist() == ["prior_change:b20.2"]
    assert (fails.iloc[0]["stated"], fails.iloc[0]["computed"]) == (6, 7)


def test_wrong_direction_fails(tmp_path):
    # 638 "giảm 18": a prior of 620 means the figure rose
    p = _edited(tmp_path, "đối với 656 tổ chức đảng¹⁴", "đối với 620 tổ chức đảng¹⁴")
    d = audit(tmp_path, p)
    r = prior_rows(d).loc["prior_change:b20.20"]
    assert r["status"] == "fail" and r["computed"] == -18


def test_two_candidate_matches_are_unverifiable_with_both_listed(tmp_path):
    p = _edited(tmp_path, "kiểm tra 109 đảng viên⁷ (tăng 6 đảng viên so với năm 2021);",
                "kiểm tra 109 đảng viên⁷ (tăng 6 đảng viên so với năm 2021); Ủy ban kiểm tra các cấp trong tỉnh kiểm tra 112 đảng viên;")
    d = audit(tmp_path, p)
    r = prior_rows(d).loc["prior_change:b20.2"]
    assert r["status"] == "unverifiable" and r["note"] == "prior_ambiguous"
    assert "109 đảng viên" in r["note_args"] and "112 đảng viên" in r["note_args"]
    assert not (d["status"] == "fail").any()


def test_missing_indicator_is_unverifiable(tmp_path):
    rows = list(csv.DictReader(open(PRIOR_CSV, encoding="utf-8")))
    p = tmp_path / "prior.csv"
    with open(p, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(r for r in rows if "lượt truy cập" not in r["unit"])
    r = prior_rows(audit(tmp_path, p)).loc["prior_change:fn23.4"]
    assert r["status"] == "unverifiable" and r["note"] in ("prior_not_found", "prior_ambiguous")


def test_bad_prior_csv_is_a_clear_error(tmp_path):
    from figaudit.errors import InputError

    p = tmp_path / "prior.csv"
    p.write_text("name,number\nx,1\n", encoding="utf-8")
    with pytest.raises(InputError, match="label, value, unit"):
        analyse(SEED, prior=p)


@pytest.mark.slow
def test_cli_prior_and_pairs(tmp_path, capsys):
    from figaudit.cli import main

    assert main(["run", str(SEED), "--prior", str(PRIOR_TXT), "--out", str(tmp_path / "o"), "--clean-dir", str(tmp_path / "c")]) == 0
    rows = list(csv.DictReader(open(tmp_path / "o" / SEED.stem / "findings.csv", encoding="utf-8")))
    assert sum(1 for r in rows if r["check"] == "prior_change" and r["status"] == "pass") == 10
    html = (tmp_path / "o" / SEED.stem / "audit.html").read_text(encoding="utf-8")
    assert "So với năm trước" in html and "synthetic-prior-2022.txt" in html
    pairs = tmp_path / "pairs.csv"
    pairs.write_text(f"current,prior\n{SEED},{PRIOR_CSV}\n", encoding="utf-8")
    assert main(["run", str(SEED), "--pairs", str(pairs), "--out", str(tmp_path / "o2"), "--clean-dir", str(tmp_path / "c2")]) == 0
    capsys.readouterr()
    assert main(["run", str(SEED), "--prior", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o3"),
                 "--clean-dir", str(tmp_path / "c3")]) == 2
    err = [ln for ln in capsys.readouterr().err.splitlines() if ln.strip()]
    assert len(err) == 1 and "nope.txt" in err[0] and "no such prior-year file" in err[0]


def test_two_figures_of_one_clause_are_told_apart_by_their_own_words(tmp_path):
    """Last year's one sentence counts two indicators of the same unit; this year's claim names one of them."""
    prior = tmp_path / "bao-cao-2023.txt"
    prior.write_text("BÁO CÁO kết quả công tác kiểm tra năm 2023\n\nỦy ban kiểm tra các cấp kiểm tra việc thực hiện "
                     "nhiệm vụ kiểm tra, giám sát đối với 120 tổ chức đảng và kiểm tra việc thi hành kỷ luật đối với 85 "
                     "tổ chức đảng.\n", encoding="utf-8")
    cur = tmp_path / "bao-cao-2024.txt"
    cur.write_text("BÁO CÁO kết quả công tác kiểm tra năm 2024\n\nỦy ban kiểm tra các cấp kiểm tra việc thi hành kỷ "
                   "luật trong Đảng đối với 97 tổ chức đảng (tăng 12 tổ chức đảng so với năm 2023).\n", encoding="utf-8")
    write_clean(analyse(cur, prior=prior), tmp_path / "c")
    rows = prior_rows(validate_many([tmp_path / "c"])[0][0])
    assert list(rows["status"]) == ["pass"] and list(rows["computed"]) == [12]  # 97 − 85, not 97 − 120


def test_a_count_of_where_a_rate_moved_is_not_what_rose(tmp_path):
    """``chỉ số giá dịch vụ y tế ở 20 tỉnh, thành tăng 5%``, ``thu từ 3 khu vực kinh tế tăng 4,2%``: the count says
    where (or among what) the rate moved; no prior of 20 provinces or 3 sectors is implied."""
    from shapes import audit, rows
    _, d = audit(tmp_path, "Trong tháng, chỉ số giá dịch vụ y tế ở 20 tỉnh, thành tăng 5% so với tháng trước. Thu ngân sách "
                           "từ 3 khu vực kinh tế tăng 4,2% so với cùng kỳ. Xuất khẩu đạt 120 triệu USD, tăng 20%.")
    ch = rows(d, "change")
    assert sorted((float(r.stated), r.variant) for r in ch.itertuples()) == [
        (4.2, "no_current"), (5.0, "no_current"), (20.0, "implied_prior")]


def test_a_round_figure_said_about_is_read_to_its_rounding(tmp_path):
    """``ước đạt khoảng 125.000 tỷ đồng, tăng 35,8% … (cùng kỳ là 92.376 tỷ đồng)``: 92.376 × 1,358 = 125.447 is about
    125.000; so is a figure hedged both ways (``gần trên 125.000``, our own numbers); a rate far off (40,8 %) still fails."""
    from shapes import audit, rows
    text = ("Tổng thu ước đạt {q} 125.000 tỷ đồng, tăng {r}% so với cùng kỳ năm 2023 (9 tháng năm 2023 là 92.376 tỷ đồng).")
    for k, (q, r, want) in enumerate([("khoảng", "35,8", "pass"), ("gần trên", "35,8", "pass"), ("khoảng", "40,8", "fail")]):
        _, d = audit(tmp_path, text.format(q=q, r=r), name=f"{k}.txt")
        assert list(rows(d, "change", variant="both_years")["status"]) == [want], (q, r)
