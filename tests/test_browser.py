"""The shared HTML audit in a real browser: offline, no console errors, fail rows visible, XSS inert."""

import os
import re

import pytest

from browser import chromium, inspect
from conftest import seeded, write
from figaudit.cli import main

pytestmark = pytest.mark.slow

if chromium() is None:
    if os.environ.get("CI"):
        raise RuntimeError("chromium is required for the browser test in CI (make test installs it)")
    pytest.skip("chromium is not installed (make test installs it as root)", allow_module_level=True)

XSS = ('<script>window.__xss = 1</script> <img src=x onerror="window.__xss = 2"> '
       '<a href="javascript:window.__xss=3">bấm</a> javascript:alert(1) <svg onload="window.__xss=4">')

def network(page) -> list[str]:
    """Requests that leave the page: data: URIs are embedded content, everything else counts."""
    return [u for u in page.requests if not u.startswith("data:")]


CHECKS = {
    "charts": "[...document.querySelectorAll('.chart img')].filter(i => i.complete && i.naturalWidth > 0).length",
    "xss": "window.__xss === undefined ? null : window.__xss",
    "scripts": "document.querySelectorAll('script').length",
    "injected": "document.querySelectorAll('img[src=\"x\"], a[href^=\"javascript\"], svg[onload], iframe').length",
    "fail_visible": "[...document.querySelectorAll('article.finding.fail')].filter(e => {const r = e.getBoundingClientRect();"
                    " return r.height > 20 && getComputedStyle(e).visibility !== 'hidden';}).length",
    "payload_as_text": "document.body.innerText.includes('<script>window.__xss = 1</script>')",
    "title": "document.title",
    "lang": "document.documentElement.lang",
    "verdict": "document.querySelector('.verdict').innerText",
    "stream_outputs": "document.querySelectorAll('[data-mime-type*=\"stderr\"], [data-mime-type*=\"stdout\"], .jp-OutputArea-executeResult pre').length",
    "noise": "/findfont|Traceback|Warning:|DeprecationWarning/.test(document.body.innerText)",
}


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    text = (f"BÁO CÁO kết quả năm 2023 {XSS}\n\n"
            f"Kiểm tra 10 đảng viên¹ {XSS} và 39 tổ chức đảng².\n\n"
            f"¹ Cấp huyện 5; cấp cơ sở 6.\n\n² Cấp tỉnh 1; cấp huyện 16; cấp cơ sở 22;\n")
    report = write(tmp, text, "hostile.txt")
    code = main(["run", str(report), "--out", str(tmp / "r"), "--clean-dir", str(tmp / "c")])
    return code, tmp / "r" / "hostile" / "audit.html"


def test_hostile_report_renders_as_text(hostile_run, tmp_path):
    code, html = hostile_run
    assert code == 1  # 5 + 6 = 11 ≠ 10
    page = inspect(html, tmp_path / "hostile.png", CHECKS)
    assert page.values["xss"] is None and page.values["scripts"] == 0 and page.values["injected"] == 0
    assert page.values["payload_as_text"] is True
    assert page.values["fail_visible"] == 1
    assert not page.console_errors and not page.exceptions
    assert network(page) == [html.resolve().as_uri()]
    assert (tmp_path / "hostile.png").stat().st_size > 10_000


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_seed_page_in_the_browser(tmp_path, lang):
    p = seeded(tmp_path, "Cấp tỉnh 1; cấp huyện 16; cấp cơ sở 22;", "Cấp tỉnh 1; cấp huyện 17; cấp cơ sở 22;")
    assert main(["run", str(p), "--out", str(tmp_path / "r"), "--clean-dir", str(tmp_path / "c"), "--lang", lang]) == 1
    html = tmp_path / "r" / "seeded" / "audit.html"
    shot = tmp_path / f"seed-{lang}.png"
    page = inspect(html, shot, CHECKS)
    assert not page.console_errors and not page.exceptions
    assert network(page) == [html.resolve().as_uri()]
    assert page.values["charts"] >= 3  # the charts are embedded images (data: URIs), not fetched
    assert page.values["fail_visible"] == 1
    assert page.values["stream_outputs"] == 0 and page.values["noise"] is False
    assert page.values["lang"] == lang
    assert page.values["verdict"] == {"vi": "Phát hiện 1 sai lệch cần xem xét.", "en": "Discrepancies found: 1. They need review."}[lang]
    # keep a copy for people to look at (CI artifact / local check)
    out = os.environ.get("FIGAUDIT_SCREENSHOTS")
    if out:
        import shutil
        shutil.copy(shot, out)
    size = html.stat().st_size
    assert size < 400_000, f"audit.html is {size} bytes"
    assert not re.search(r"data:(?:font|application)", html.read_text(encoding="utf-8"))


def test_the_harness_sees_errors_and_requests(tmp_path):
    """The browser checks can fail: a page that logs an error, throws and fetches is caught."""
    page = tmp_path / "bad.html"
    page.write_text("<html><body><img src='http://127.0.0.1:9/x.png'><script>console.error('boom');"
                    "window.__xss = 5; throw new Error('bad')</script></body></html>", encoding="utf-8")
    rep = inspect(page, tmp_path / "bad.png", {"xss": "window.__xss"})
    assert rep.values["xss"] == 5
    assert any("boom" in e for e in rep.console_errors)
    assert rep.exceptions
    assert "http://127.0.0.1:9/x.png" in rep.requests
