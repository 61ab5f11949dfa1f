"""Hostile input (issue 14): shapes a real pipeline meets sooner or later (a botched export, a machine-made
annex, a file passed by mistake).  Each input is generated here by code, never committed as a big file.

The engine must answer each with an audit or a one-line error, never a crash, and the number of relations
must stay bounded by the figures (a window per rule, never all pairs).  Timings are measured by
``make bench`` (hostile shapes table), not here."""

from __future__ import annotations

import pytest

from conftest import write
from figaudit.clean import analyse


def test_a_run_of_superscript_digits_is_no_marker_and_is_reported(tmp_path):
    text = "BÁO CÁO năm 2023\n\nKiểm tra 15 đảng viên" + "¹" * 5000 + ".\n\n¹ Cấp huyện 5; cấp cơ sở 10.\n"
    c = analyse(write(tmp_path, text))
    assert not any(len(str(m.number)) > 4 for b in c.doc.blocks for m in b.markers)
    assert any("run of 5000 superscript digits" in w for w in c.doc.warnings), c.doc.warnings


def test_a_footnote_line_opening_with_a_long_superscript_run_is_no_footnote(tmp_path):
    text = "BÁO CÁO năm 2023\n\nKiểm tra 15 đảng viên.\n\n" + "²" * 300 + " Cấp huyện 5; cấp cơ sở 10.\n"
    c = analyse(write(tmp_path, text))
    assert not c.doc.footnotes
    assert any("run of 300 superscript digits" in w for w in c.doc.warnings)


@pytest.mark.parametrize("digits", [21, 5000])
def test_a_number_beyond_any_figure_is_unparsed_with_its_reason(tmp_path, digits):
    text = f"BÁO CÁO năm 2023\n\nThu ngân sách đạt {'7' * digits} đồng, kiểm tra 12 đảng viên.\n"
    c = analyse(write(tmp_path, text))
    unparsed = [f for f in c.figures if f.kind == "unparsed"]
    assert len(unparsed) == 1 and f"{digits} digits" in unparsed[0].reason
    assert any(f.value == 12 for f in c.figures if f.kind != "unparsed")


def test_twenty_digits_is_still_a_figure(tmp_path):
    c = analyse(write(tmp_path, "BÁO CÁO năm 2023\n\nTổng thu đạt 12.345.678.901.234.567.890 đồng.\n"))
    assert [f.value for f in c.figures if f.unit == "đồng"] == [12345678901234567890]


def test_markdown_footnote_label_in_superscript_digits(tmp_path):
    text = "# BÁO CÁO năm 2023\n\nKiểm tra 6 đảng viên[^²].\n\n[^²]: Cấp huyện 2; cấp cơ sở 4.\n"
    c = analyse(write(tmp_path, text, "sup.md"))
    assert len(c.doc.footnotes) == 1
    assert [(r.check, r.stated, r.computed) for r in c.relations] == [("footnote_breakdown", 6, 6)]


def test_chained_trong_do_relations_stay_bounded(tmp_path):
    unit = "Tiếp nhận 40 đơn, trong đó 12 đơn, trong đó "
    c = analyse(write(tmp_path, "BÁO CÁO năm 2023\n\n" + unit * 600 + "5 đơn.\n"))
    assert len(c.figures) >= 1200
    assert len(c.relations) <= 2 * len(c.figures), len(c.relations)


def test_a_machine_made_list_of_thousands_of_parts_stays_bounded(tmp_path):
    parts = ", ".join(f"xã {i} có {i % 9 + 1} hộ" for i in range(3000))
    c = analyse(write(tmp_path, f"BÁO CÁO năm 2023\n\nToàn huyện có 500 hộ, trong đó {parts}.\n"))
    assert len(c.relations) <= 2 * len(c.figures), len(c.relations)
    assert not any(r.computed > r.stated for r in c.relations if r.check == "text_breakdown" and r.computed is not None)


def test_a_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    import zipfile

    from figaudit.errors import InputError
    from figaudit.readers import read

    p = tmp_path / "bomb.docx"
    with zipfile.ZipFile(p, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<w:document/>")
        z.writestr("word/padding.xml", b"\0" * (300 * 1048576))  # 300 MiB of zeros: a few hundred kB packed
    assert p.stat().st_size < 2 * 1048576
    with pytest.raises(InputError, match="over the 256 MiB limit"):
        read(p)


def test_report_text_that_a_spreadsheet_would_run_is_guarded_in_every_csv(tmp_path):
    """A report is untrusted: ``=HYPERLINK(…)`` or ``+cmd|…`` in its text must not become a live formula in the CSVs
    auditors open in a spreadsheet; figaudit reads its own CSVs back unchanged."""
    import csv

    from figaudit.clean import analyse, write_clean
    from figaudit.tables import read_table

    p = tmp_path / "r.txt"
    p.write_text("BÁO CÁO năm 2024\n\n=HYPERLINK(\"http://x\",\"bấm\") kiểm tra 12 đảng viên.\n\n"
                 "+cmd|' /C calc'!A0 giám sát 5 tổ chức đảng.\n\n- Cấp huyện 30 cuộc.\n", encoding="utf-8")
    write_clean(analyse(p), tmp_path / "clean")
    raw = list(csv.DictReader(open(tmp_path / "clean" / "blocks.csv", encoding="utf-8")))
    texts = [r["text"] for r in raw]
    assert all(not t.startswith(("=", "+", "-", "@")) for t in texts)
    assert "'=HYPERLINK" in "".join(texts) and "'- Cấp huyện 30 cuộc." in texts
    back = read_table(tmp_path / "clean" / "blocks.csv")
    assert "- Cấp huyện 30 cuộc." in list(back["text"]) and any(t.startswith("=HYPERLINK") for t in back["text"])


def test_invisible_characters_never_split_a_number(tmp_path):
    """A zero-width space or a soft hyphen pasted into a number is read as the reader sees it: one number."""
    p = write(tmp_path, "BÁO CÁO năm 2024\n\nThu 2.4\u200b60 tỷ đồng, gồm thu nội địa 2.0\u00ad00 tỷ đồng và thu khác "
                        "46\u200d0 tỷ đồng. Kết nạp 3\u20602 đảng viên\u200b.\n")
    c = analyse(p)
    texts = [f.text for f in c.figures if f.kind in ("amount", "count")]
    assert texts == ["2.460 tỷ", "2.000 tỷ", "460 tỷ", "32"]
    assert all(r.computed == r.stated for r in c.relations if r.check == "text_breakdown")


def test_a_minus_sign_ascii_or_unicode_is_recorded_with_the_figure(tmp_path):
    """"−7" (U+2212) and "-7" keep their sign in figures.csv (column ``sign``); a range dash and a bullet do not."""
    from figaudit.clean import write_clean
    from figaudit.tables import read_csv

    p = write(tmp_path, "BÁO CÁO năm 2024\n\n- Lợi nhuận đạt −7 tỷ đồng, tăng trưởng (-2,5%), giai đoạn 2021-2025 "
                        "kiểm tra 12 đảng viên.\n")
    write_clean(analyse(p), tmp_path / "clean")
    f = read_csv(tmp_path / "clean" / "figures.csv")
    sign = dict(zip(f["text"], f["sign"].fillna("")))
    assert sign["7 tỷ"] == "-" and sign["2,5%"] == "-" and sign["12"] == ""
    assert all(s == "" for t, s in sign.items() if "2021" in t or "2025" in t)


def test_a_report_over_its_time_budget_is_named_and_the_next_one_is_analysed(tmp_path, monkeypatch):
    import time

    import figaudit.clean as clean
    from figaudit.batch import clean_stage

    slow = write(tmp_path, "BÁO CÁO năm 2023\n\nKiểm tra 15 đảng viên.\n", "slow.txt")
    fine = write(tmp_path, "BÁO CÁO năm 2023\n\nKiểm tra 12 đảng viên, trong đó 5 đảng viên cấp huyện.\n", "fine.txt")
    real = clean.analyse

    def analyse(path, **kw):  # a runaway rule on one report, in pure Python or in a long match alike
        if str(path).endswith("slow.txt"):
            time.sleep(30)
        return real(path, **kw)

    monkeypatch.setattr(clean, "analyse", analyse)
    jobs = [{"stem": p.stem, "report": str(p), "clean": str(tmp_path / "c" / p.stem), "timeout": 0.5} for p in (slow, fine)]
    t0 = time.monotonic()
    status = clean_stage(jobs)
    assert time.monotonic() - t0 < 10
    assert status[0]["ok"] is False and status[0]["kind"] == "input-error"
    assert "slow.txt" in status[0]["error"] and "0.5 s time budget (--timeout)" in status[0]["error"]
    assert status[1]["ok"] is True and status[1]["relations"] >= 1
    assert not (tmp_path / "c" / "slow").exists()


def test_the_time_budget_stops_a_runaway_regular_expression():
    import re
    import time

    from figaudit.batch import ReportTimeout, time_budget

    t0 = time.monotonic()
    with pytest.raises(ReportTimeout):
        with time_budget(0.5):
            re.match(r"(a*)*b", "a" * 40)  # catastrophic backtracking: minutes without the budget
    assert time.monotonic() - t0 < 10


def test_two_runs_replacing_the_same_report_folder_take_turns(tmp_path):
    """Many writers swapping their finished folder into the same place at once: none fails, the last one in stands
    whole, and no old or temporary folder is left."""
    import threading

    from figaudit.execute import _replace_dir

    final = tmp_path / "report"
    errors = []

    def writer(k: int):
        try:
            for j in range(30):
                tmp = tmp_path / f".report.tmp-{k}-{j}"
                tmp.mkdir()
                (tmp / "audit.html").write_text(f"{k}-{j}", encoding="utf-8")
                _replace_dir(tmp, final)
        except Exception as err:  # noqa: BLE001 - collected for the assertion
            errors.append(err)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]
    assert [p.name for p in final.iterdir()] == ["audit.html"]
