"""Great Expectations decides: suites load, seeded errors are flagged, GX errors are tool errors."""

import json
import re
import shutil

import pytest

from conftest import ROOT, SEED, seeded
from figaudit.clean import analyse, write_clean
from figaudit.errors import ToolError
from figaudit.findings import FINDING_COLUMNS, counts, validate_clean
from figaudit.validate import Validator


def audit(tmp_path, path, suites=None):
    clean = tmp_path / "clean"
    write_clean(analyse(path), clean)
    return validate_clean(clean, suites)


def test_all_suites_load():
    v = Validator(ROOT / "expectations")
    assert {"relations", "footnote_structure", "markers", "figures"} <= set(v.suites)
    # every relation family is validated, by the template unless it has rules of its own
    from figaudit.relations import families

    assert v.family_suites(families()) == {c: "relations" for c in families()}


def test_family_suite_overrides_the_template(tmp_path):
    suites = tmp_path / "suites"
    shutil.copytree(ROOT / "expectations", suites)
    data = json.loads((suites / "relations.json").read_text(encoding="utf-8"))
    data["name"], data["meta"]["check"] = "percent_own", "percent"
    data["expectations"] = data["expectations"][:1]  # rules that differ: only "a recomputed value is present"
    (suites / "percent_own.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    _, results = audit(tmp_path, SEED, suites)
    by_suite = {r.suite: r for r in results}
    assert by_suite["percent_own"].check == "percent" and len(by_suite["percent_own"].rules) == 1
    assert "percent" not in by_suite and by_suite["change"].check == "change" and len(by_suite["change"].rules) == 5
    # without the template, a family with no suite of its own is a tool error naming it
    bare = tmp_path / "bare"  # (validators are cached per folder)
    shutil.copytree(suites, bare)
    (bare / "relations.json").unlink()
    with pytest.raises(ToolError, match="no expectation suite for check family change"):
        audit(tmp_path, SEED, bare)


def test_seed_passes(tmp_path):
    detail, results = audit(tmp_path, SEED)
    assert counts(detail)["fail"] == 0
    fb = detail[detail["check"] == "footnote_breakdown"]
    assert sorted(fb[fb["status"] == "pass"]["footnote"].tolist()) == [7, 8, 9, 10, 11, 12, 13, 14]
    assert list(detail.columns[: len(FINDING_COLUMNS)]) == FINDING_COLUMNS


def test_seeded_breakdown_error_is_flagged_by_gx(tmp_path):
    p = seeded(tmp_path, "Cấp tỉnh 1; cấp huyện 16; cấp cơ sở 22;", "Cấp tỉnh 1; cấp huyện 17; cấp cơ sở 22;")
    detail, results = audit(tmp_path, p)
    fails = detail[detail["status"] == "fail"]
    assert fails["check_id"].tolist() == ["footnote_breakdown:fn8"]
    row = fails.iloc[0]
    assert (row["stated"], row["computed"], row["difference"]) == (39, 40, 1)
    # the failing row was named by GX's own unexpected rows
    fb = next(r for r in results if r.suite == "footnote_breakdown")
    assert "footnote_breakdown:fn8" in fb.flagged()
    assert {x.rule for x in fb.flagged()["footnote_breakdown:fn8"]} == {"not_above"}


def test_hedged_total_is_an_inequality(tmp_path):
    text = "BÁO CÁO năm 2023\n\nTiếp nhận trên 100 văn bản¹ và gần 50 tin bài².\n\n¹ Cấp tỉnh 60; cấp huyện 40.\n\n² Cấp tỉnh 30; cấp huyện 21.\n"
    p = tmp_path / "h.txt"
    p.write_text(text, encoding="utf-8")
    detail, _ = audit(tmp_path, p)
    st = dict(zip(detail["check_id"], detail["status"]))
    # 60 + 40 = 100 is not "trên 100"; 30 + 21 = 51 is not "gần 50"
    assert st["footnote_breakdown:fn1"] == "fail" and st["footnote_breakdown:fn2"] == "fail"
    p.write_text(text.replace("cấp huyện 40", "cấp huyện 45").replace("cấp huyện 21", "cấp huyện 18"), encoding="utf-8")
    detail, _ = audit(tmp_path, p)
    st = dict(zip(detail["check_id"], detail["status"]))
    assert st["footnote_breakdown:fn1"] == "pass" and st["footnote_breakdown:fn2"] == "pass"


def test_structure_problems_are_findings(tmp_path):
    text = ("BÁO CÁO năm 2023\n\nKiểm tra 5 đảng viên¹ và 3 tổ chức⁴.\n\n¹ Cấp huyện 2; cấp cơ sở 3.\n\n³ Không có dấu.\n")
    p = tmp_path / "s.txt"
    p.write_text(text, encoding="utf-8")
    detail, _ = audit(tmp_path, p)
    integ = detail[detail["check"] == "footnote_integrity"]
    assert set(integ["status"]) == {"fail"}
    notes = sorted(integ["note"])
    assert notes == ["footnote_without_marker", "marker_without_footnote", "numbering_gap"]
    assert sorted(integ["footnote"].tolist()) == [3, 3, 4]


def test_gx_exception_is_a_tool_error_not_a_finding(tmp_path):
    suites = tmp_path / "suites"
    shutil.copytree(ROOT / "expectations", suites)
    data = json.loads((suites / "relations.json").read_text(encoding="utf-8"))
    data["expectations"][1]["kwargs"]["column_A"] = "no_such_column"
    (suites / "relations.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ToolError, match="could not run"):
        audit(tmp_path, SEED, suites)


def test_broken_suite_file_is_a_tool_error(tmp_path):
    suites = tmp_path / "suites"
    shutil.copytree(ROOT / "expectations", suites)
    (suites / "figures.json").write_text('{"name": "figures", "expectations": [{"type": "expect_colum_values_to_be_betwen", "kwargs": {}}]}')
    with pytest.raises(ToolError, match="invalid expectation suite"):
        Validator(suites)


@pytest.mark.parametrize("lang,about", [("vi", "Tỷ lệ phần trăm tính lại"), ("en", "Percentages recomputed")])
def test_family_table_says_what_each_family_checks(tmp_path, lang, about):
    from figaudit.findings import write_findings
    from figaudit.report import Audit

    detail, results = audit(tmp_path, SEED)
    write_findings(detail, results, tmp_path / "o")
    head = Audit.load(tmp_path / "clean", tmp_path / "o", lang=lang).header_html()
    assert re.search(rf'<td title="{about}[^"]*">[^<]+</td>', head)


def test_exit_code_from_counts():
    from figaudit.findings import exit_code

    assert exit_code({"fail": 1, "warn": 0}) == 1 and exit_code({"fail": 0, "warn": 3}) == 0
    assert exit_code({"fail": 0, "warn": 3}, "warn") == 1 and exit_code({"fail": 2, "warn": 3}, "never") == 0


def test_family_sections_follow_the_registry(tmp_path):
    """The page shows the footnotes' structure, then the families in the order they are registered (footnote
    breakdowns first), not alphabetically."""
    from figaudit.findings import write_findings
    from figaudit.messages import t
    from figaudit.relations import FINDERS
    from figaudit.report import Audit

    detail, results = audit(tmp_path, SEED)
    write_findings(detail, results, tmp_path / "o")
    html = Audit.load(tmp_path / "clean", tmp_path / "o", lang="en").families_html()
    names = re.findall(r"<h3>([^<]+)</h3>", html)
    expected = [t("family_" + c, "en") for c in ["footnote_integrity", *FINDERS] if c in set(detail["check"])]
    assert names == expected and names[:2] == [t("family_footnote_integrity", "en"), t("family_footnote_breakdown", "en")]
