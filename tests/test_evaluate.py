"""The scorer of the validity study (``make eval``), on small cases written for it.

The passages here are our own words in the shape of real reports; the labelled
corpus itself is never copied into the repository.
"""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from figaudit import evaluate as ev

ROOT = Path(__file__).resolve().parents[1]

PASSAGE = (
    "Báo cáo tóm tắt\n"
    "Năm nay toàn huyện tiếp nhận 40 đơn, trong đó 12 đơn tố cáo.\n"
    "Thi hành kỷ luật 9 đảng viên (khiển trách 5, cảnh cáo 3, cách chức 1).\n"
    "Thu ngân sách đạt 2,4 tỷ đồng, tăng 10% so với cùng kỳ.\n"
)

LABELS = """
- id: x001
  file: x001.txt
  source: written for the tests
  chars: 200
  relations:
  - kind: part_of_whole
    stated: 40 đơn
    stated_value: 40
    operands: [12 đơn tố cáo]
    unit: đơn
    formula: 40 - 12
    computed: 28
    tolerance: 0
    verdict: consistent
    reason: subset
  - kind: total_vs_parts
    stated: 9 đảng viên
    stated_value: 9
    operands: [khiển trách 5, cảnh cáo 3, cách chức 1]
    unit: đảng viên
    formula: 5 + 3 + 1
    computed: 9
    tolerance: 0
    verdict: consistent
    reason: sum
  - kind: delta
    stated: tăng 10% so với cùng kỳ
    stated_value: 10
    operands: ['2,4 tỷ đồng']
    unit: '%'
    formula: 2.4 / 1.1
    computed: 2.1818
    verdict: not_checkable
    reason: prior year not stated
  traps_and_notes: []
"""


def _corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "x").mkdir(parents=True)
    (root / "x" / "x001.txt").write_text(PASSAGE, encoding="utf-8")
    (root / "x" / "labels.yaml").write_text(LABELS, encoding="utf-8")
    (root / "splits.csv").write_text("id,split\nx001,dev\n", encoding="utf-8")
    return root


def _f(check_id, check, status, stated, computed, line, variant=""):
    return ev.Finding("x001", check_id, check, variant, status, None if stated is None else Decimal(str(stated)),
                      None if computed is None else Decimal(str(computed)), line)


def test_corpus_labels_are_located_by_line(tmp_path):
    passages, labels = ev.load_corpus(_corpus(tmp_path))
    assert passages["x001"][0] == "dev"
    assert [lab.kind for lab in labels] == ["part_of_whole", "total_vs_parts", "delta"]
    assert labels[0].lines == {2} and labels[1].lines == {3} and labels[2].lines == {4}


def test_all_found_and_right(tmp_path):
    _, labels = ev.load_corpus(_corpus(tmp_path))
    findings = [
        _f("part_of_whole:a", "part_of_whole", "pass", 40, 12, 2),  # the part, not the remainder
        _f("text_breakdown:b", "text_breakdown", "pass", 9, 9, 3),
        _f("change:c", "change", "unverifiable", 10, None, 4),
        _f("citation:z", "citation", "pass", 20210514, 20210514, 4),  # ignored: no labelled kind
    ]
    res = ev.score(labels, {"x001": findings}, ["x001"])
    r = res.row()
    assert (r["labelled"], r["found"], r["right"], r["false_alarms"]) == (3, 3, 3, 0)
    assert res.misses() == []


def test_a_miss_is_reported(tmp_path):
    _, labels = ev.load_corpus(_corpus(tmp_path))
    # the breakdown summed the wrong parts: its computed value does not agree, so the label is missed
    findings = [_f("text_breakdown:b", "text_breakdown", "pass", 9, 8, 3)]
    res = ev.score(labels, {"x001": findings}, ["x001"])
    assert res.row("total_vs_parts")["found"] == 0
    assert {lab.kind for lab in res.misses()} == {"part_of_whole", "total_vs_parts", "delta"}


def test_a_false_alarm_is_reported(tmp_path):
    _, labels = ev.load_corpus(_corpus(tmp_path))
    findings = [
        _f("part_of_whole:a", "part_of_whole", "fail", 40, 12, 2),  # matches a consistent label: false alarm
        _f("part_of_whole:q", "part_of_whole", "fail", 12, 40, 2),  # matches nothing: false alarm
        _f("hedge:h", "hedge", "warn", 2.4, 2.4, 4),  # a warning is not an alarm
    ]
    res = ev.score(labels, {"x001": findings}, ["x001"])
    assert [f.check_id for f in res.false_alarms()] == ["part_of_whole:a", "part_of_whole:q"]
    assert res.row("part_of_whole")["found"] == 1 and res.row("part_of_whole")["right"] == 0
    assert res.row()["false_alarms"] == 2
    assert any("part_of_whole:q" in line for line in ev.alarm_lines(res, quotes=False))


def test_an_inconsistency_caught_by_a_warning(tmp_path):
    root = _corpus(tmp_path)
    lab_file = root / "x" / "labels.yaml"
    lab_file.write_text(lab_file.read_text(encoding="utf-8").replace(
        "computed: 9\n    tolerance: 0\n    verdict: consistent", "computed: 8\n    tolerance: 0\n    verdict: inconsistent"),
        encoding="utf-8")
    _, labels = ev.load_corpus(root)
    res = ev.score(labels, {"x001": [_f("text_breakdown:b", "text_breakdown", "warn", 9, 8, 3)]}, ["x001"])
    r = res.row("total_vs_parts")
    assert (r["inconsistent"], r["caught"], r["false_alarms"]) == (1, 1, 0)


def test_scale_words_and_place(tmp_path):
    lab = ev.Label("x001", "dev", "total_vs_parts", "18,7 tỷ đồng", Decimal("18.7"), Decimal("18.74"), Decimal("0.05"),
                   "consistent", lines={5})
    good = _f("text_breakdown:m", "text_breakdown", "pass", 18_700_000_000, 18_740_000_000, 5)
    elsewhere = _f("text_breakdown:n", "text_breakdown", "pass", 18_700_000_000, 18_740_000_000, 9)
    wrong_sum = _f("text_breakdown:o", "text_breakdown", "pass", 18_700_000_000, 19_740_000_000, 5)
    assert [f.check_id for _, f in ev.candidates(lab, [elsewhere, wrong_sum, good])] == ["text_breakdown:m"]


def test_a_part_over_its_whole_matches_the_row_that_reports_it(tmp_path):
    # the label writes the remainder, 40 − 47 = −7; figaudit's row the part, 47 (not 40 − 7 = 33)
    lab = ev.Label("x001", "dev", "part_of_whole", "40 đơn", Decimal(40), Decimal(-7), Decimal(0), "inconsistent",
                   lines={5})
    over = _f("part_of_whole:a", "part_of_whole", "fail", 40, 47, 5)
    other = _f("part_of_whole:b", "part_of_whole", "pass", 40, 33, 5)
    assert [f.check_id for _, f in ev.candidates(lab, [other, over])] == ["part_of_whole:a"]


def test_a_stated_zero_takes_only_a_zero(tmp_path):
    lab = ev.Label("x001", "dev", "delta", "không đổi", Decimal(0), Decimal(0), Decimal(0), "consistent", lines={5})
    forty = _f("change:a", "change", "pass", 40, 40, 5)  # 40 / 10^12 is "almost 0": it must not stand for the label
    zero = _f("change:b", "change", "pass", 0, 0, 5)
    assert [f.check_id for _, f in ev.candidates(lab, [forty])] == []
    assert [f.check_id for _, f in ev.candidates(lab, [forty, zero])] == ["change:b"]


def test_one_finding_per_label(tmp_path):
    labs = [ev.Label("x001", "dev", "percent", "50%", Decimal(50), Decimal(50), Decimal("0.5"), "consistent", lines={1})
            for _ in range(2)]
    res = ev.score(labs, {"x001": [_f("percent:p", "percent", "pass", 50, 50, 1)]}, ["x001"])
    assert res.row()["found"] == 1


def test_markdown_table_totals(tmp_path):
    _, labels = ev.load_corpus(_corpus(tmp_path))
    res = ev.score(labels, {"x001": [_f("text_breakdown:b", "text_breakdown", "pass", 9, 9, 3)]}, ["x001"])
    table = ev.markdown_table(res)
    assert "| **all** | 3 | 1 (33 %) | 1 (33 %) | 0 / 0 | 0 | 0 |" in table
    assert "dev: 1 passages, 3 relations: found 1 (33 %)" in ev.summary_line("dev", res)


def test_make_eval_without_corpus_says_what_to_set(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "FIGAUDIT_CORPUS": str(tmp_path / "nowhere")}
    p = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "eval.py")], capture_output=True, text=True, env=env)
    assert p.returncode == 2
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and "FIGAUDIT_CORPUS" in lines[0]


@pytest.mark.slow
def test_scorer_on_a_real_run(tmp_path):
    """The CLI's own findings for a passage written for the test, scored end to end (in-process engine + GX)."""
    root = _corpus(tmp_path)
    p = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "eval.py"), "--corpus", str(root), "--split", "dev",
                        "--inprocess", "--no-write", "--out", str(tmp_path / "out")], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    assert "dev: 1 passages, 3 relations" in p.stdout
