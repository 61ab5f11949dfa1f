"""End to end: the real notebooks through papermill, as `figaudit run` does it."""

import csv
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEED, seeded
from figaudit.cli import main

pytestmark = pytest.mark.slow


def read_findings(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("seed")
    code = main(["run", str(SEED), "--out", str(tmp / "reports"), "--clean-dir", str(tmp / "clean")])
    return code, tmp


def test_seed_reconciles(seed_run):
    code, tmp = seed_run
    assert code == 0
    out = tmp / "reports" / SEED.stem
    rows = read_findings(out / "findings.csv")
    assert list(rows[0]) == ["check_id", "check", "status", "stated", "computed", "difference", "unit", "line", "footnote", "quote"]
    fb = [r for r in rows if r["check"] == "footnote_breakdown"]
    passes = {r["footnote"]: r["stated"] for r in fb if r["status"] == "pass"}
    assert passes == {"7": "115", "8": "39", "9": "738", "10": "454", "11": "586", "12": "5", "13": "26", "14": "638"}
    unverifiable = sorted((r["footnote"], r["stated"]) for r in fb if r["status"] == "unverifiable" and r["stated"])
    assert unverifiable == [("11", "574"), ("13", "2")]
    assert not [r for r in rows if r["status"] == "fail"]
    for name in ("audit.html", "validation.json", "manifest.json", "notebooks/01_clean.ipynb", "notebooks/03_report.ipynb"):
        assert (out / name).is_file(), name
    for name in ("figures.csv", "relations.csv", "blocks.csv", "footnotes.csv", "markers.csv"):
        assert (tmp / "clean" / SEED.stem / name).is_file(), name
    html = (out / "audit.html").read_text(encoding="utf-8")
    assert "<script" not in html and "<link" not in html
    # nothing fetched from the network: no remote src/href/url()/@import (xmlns names are not fetched)
    assert not re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:|//)|url\(\s*["']?https?:|@import""", html)
    assert 'lang="vi"' in html and "Kiểm tra số liệu" in html
    # no temporary folders left behind
    assert not [p for p in (tmp / "reports").iterdir() if p.name.startswith(".")]


def test_seeded_error_exactly_one_fail(tmp_path):
    p = seeded(tmp_path, "Cấp tỉnh 1; cấp huyện 16; cấp cơ sở 22;", "Cấp tỉnh 1; cấp huyện 17; cấp cơ sở 22;")
    code = main(["run", str(p), "--out", str(tmp_path / "r"), "--clean-dir", str(tmp_path / "c"), "--lang", "en"])
    assert code == 1
    rows = read_findings(tmp_path / "r" / "seeded" / "findings.csv")
    fails = [r for r in rows if r["status"] == "fail"]
    assert [(r["check_id"], r["stated"], r["computed"], r["difference"]) for r in fails] == [("footnote_breakdown:fn8", "39", "40", "1")]
    html = (tmp_path / "r" / "seeded" / "audit.html").read_text(encoding="utf-8")
    assert 'lang="en"' in html and "1 + 17 + 22 = 40" in html and "Figure audit" in html


def test_cli_module_entry_and_bad_input(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    proc = subprocess.run([sys.executable, "-m", "figaudit", "run", str(bad), "--out", str(tmp_path / "r"),
                           "--clean-dir", str(tmp_path / "c")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    err = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert err == [f"✗ {bad}: file is empty"], proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "r" / "empty").exists()
