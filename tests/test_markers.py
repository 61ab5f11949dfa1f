"""Footnote markers in the forms reports really use (``readers/markers.py``): each read with the footnote it points
to, and the same breakdown checks as a superscript marker; a lookalike without its footnote stays a figure."""

from __future__ import annotations

from figaudit.readers.markers import normalise
from figaudit.readers.text import parse_text

BODY = ("Năm 2024, Ủy ban Kiểm tra các cấp kiểm tra 115 đảng viên{a} (tăng 6 đảng viên so với năm 2023) và giám sát 39 "
        "tổ chức đảng{b}; nhiệm vụ năm tới gồm: (1) tăng cường kiểm tra; (2) giám sát thường xuyên.\n"
        "Thi hành kỷ luật 20 đảng viên{c}, gồm khiển trách 12, cảnh cáo 8. Chủng cúm H5N1 được kiểm soát.\n")


def _notes(doc):
    return {b.footnote: b.text for b in doc.blocks if b.kind == "footnote"}


def test_bracketed_markers_with_their_notes_below():
    text = BODY.format(a="(1)", b=" [2]", c="(3)") + "(1) Cấp huyện 30; cấp cơ sở 85;\n[2] Cấp tỉnh 1; cấp huyện 16; " \
                                                        "cấp cơ sở 22;\n(3) Cấp huyện 5, cấp cơ sở 15.\n"
    out = normalise(text)
    assert "đảng viên¹ (tăng" in out and "tổ chức đảng²;" in out and "gồm: (1) tăng cường" in out
    assert len(out.split("\n")) == len(text.split("\n"))  # no line added or removed: line references hold
    doc = parse_text(text)
    assert _notes(doc) == {1: "Cấp huyện 30; cấp cơ sở 85;", 2: "Cấp tỉnh 1; cấp huyện 16; cấp cơ sở 22;",
                           3: "Cấp huyện 5, cấp cơ sở 15."}


def test_digits_glued_to_a_word_as_copied_from_a_pdf():
    text = BODY.format(a="1", b="2", c="3") + "1 Cấp huyện 30; cấp cơ sở 85;\n2 Cấp tỉnh 1; cấp huyện 16; cấp cơ sở 22;\n" \
                                              "3 Cấp huyện 5, cấp cơ sở 15.\n"
    out = normalise(text)
    assert "đảng viên¹ (tăng" in out and "tổ chức đảng²;" in out and "đảng viên³, gồm" in out
    assert "H5N1" in out and "115 đảng viên" in out
    assert set(_notes(parse_text(text))) == {1, 2, 3}


def test_a_lookalike_without_its_footnote_stays_as_written():
    # "(1)" opening an enumeration, glued digits with no footnote line, a wrapped line opening with a count
    text = ("Nhiệm vụ năm tới gồm: (1) tăng cường kiểm tra; (2) giám sát.\nKết quả đạt tiêu chuẩn loại A2 và loại B3.\n"
            "Năm 2024 kiểm tra\n115 đảng viên, tăng 6 đảng viên.\n")
    assert normalise(text) == text
    # markers out of order are a list, not footnotes
    text = "Xếp hạng tổ chức(2) và cá nhân(1).\n(1) Cá nhân xuất sắc.\n(2) Tổ chức xuất sắc.\n"
    assert normalise(text) == text


def test_an_asterisk_marker_takes_the_next_number():
    text = "Thu ngân sách 500 tỷ đồng¹, vốn ngoài ngân sách(*) 120 tỷ đồng.\n\n¹ Gồm thu nội địa.\n(*) Gồm vốn doanh nghiệp.\n"
    out = normalise(text)
    assert "ngoài ngân sách² 120" in out and "\n² Gồm vốn doanh nghiệp." in out
    # asterisks used as bullets: not notes
    text = "Vốn ngoài ngân sách* tăng.\n* Về thu ngân sách: đạt kế hoạch.\n* Về chi ngân sách: đúng dự toán.\n"
    assert normalise(text) == text


def test_footnote_lines_pasted_without_blank_lines_are_one_block_each(tmp_path):
    from figaudit.clean import analyse
    p = tmp_path / "r.txt"
    p.write_text("BÁO CÁO kết quả năm 2024\n\n" + BODY.format(a="(1)", b="(2)", c="(3)")
                 + "(1) Cấp huyện 30; cấp cơ sở 85;\n(2) Cấp tỉnh 1; cấp huyện 16; cấp cơ sở 23;\n(3) Cấp huyện 5, cấp cơ "
                   "sở 15.\n", encoding="utf-8")
    c = analyse(p)
    fb = sorted((r.stated, r.computed) for r in c.relations if r.check == "footnote_breakdown")
    assert fb == [(20, 20), (39, 40), (115, 115)]  # the 39 organisations' footnote adds up to 40
