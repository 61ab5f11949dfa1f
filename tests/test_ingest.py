"""Ingest: decoding, paragraphs and footnotes rebuilt across page breaks, structure checks."""

import codecs
import unicodedata

import pytest

from conftest import SEED, integrity, seed_text, write
from figaudit.errors import InputError
from figaudit.readers import read
from figaudit.readers.text import parse_text


@pytest.fixture(scope="module")
def doc():
    return read(SEED)


def para_with(doc, needle):
    hits = [b for b in doc.blocks if needle in b.text]
    assert len(hits) == 1, f"{needle!r} in {len(hits)} blocks"
    return hits[0]


def test_title_and_year(doc):
    assert doc.title.startswith("BÁO CÁO kết quả công tác")
    assert doc.year == 2023


def test_paragraph_cut_without_footnotes_is_stitched(doc):
    b = para_with(doc, "đạt 102,6% kế hoạch); công tác tuyển sinh đảm bảo")
    assert b.lines == [20, 22]
    assert b.line_at(b.text.index("tuyển sinh")) == 22


def test_paragraph_cut_by_footnote_block_is_stitched_even_in_upper_case(doc):
    b = para_with(doc, "là cấp trưởng diện Ban Thường vụ Tỉnh ủy quản lý³.")
    assert b.lines == [28, 34]
    assert [m.number for m in b.markers] == [3]


def test_footnote_continued_on_next_page(doc):
    fn = doc.footnotes[15]
    assert "quản lý thu các loại thuế trên địa bàn tỉnh); 02 cuộc giám sát" in fn.text
    assert fn.lines == [76, 88]
    # and the body paragraph cut on that page got its own continuation
    b = para_with(doc, "đã tham mưu chỉ đạo hoàn thành việc kiểm tra")
    assert b.lines == [56, 78]
    # the continuation is no longer a body paragraph of its own
    assert not any(x.kind == "paragraph" and x.text.startswith("loại thuế") for x in doc.blocks)


def test_paragraph_cut_across_a_footnote_continuation(doc):
    b = para_with(doc, "xây dựng Đề án “Xây dựng chính quyền xã")
    assert b.lines == [86, 92]


def test_headings_split_and_sections(doc):
    heads = [b.text for b in doc.blocks if b.kind == "heading"]
    assert heads[:2] == ["I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Công tác tuyên giáo"]
    assert "III. NHIỆM VỤ TRỌNG TÂM NĂM 2024" in heads
    assert doc.footnotes[7].section.endswith("3. Công tác kiểm tra, giám sát")


def test_every_marker_bound_and_numbering_clean(doc):
    assert sorted(doc.footnotes) == list(range(1, 28))
    markers = sorted(m.number for b in doc.blocks for m in b.markers)
    assert markers == list(range(1, 28))
    assert integrity(doc) == set()


def test_no_text_lost(doc):
    import re
    raw = seed_text()
    assert len(re.findall(r"\d+", raw)) == sum(len(re.findall(r"\d+", b.text)) for b in doc.blocks)
    def words(s):
        return re.findall(r"\w+", s.replace("**", " "))
    from figaudit.grammar import SUPERSCRIPT_DIGITS
    fn_numbers = ["".join(SUPERSCRIPT_DIGITS[int(c)] for c in str(n)) for n in doc.footnotes]
    # every word of the input is in exactly one block, except the footnotes' own numbers
    assert sorted(words("\n".join(b.text for b in doc.blocks)) + fn_numbers) == sorted(words(raw))


def test_bom_crlf_nfd_utf16(tmp_path):
    text = "BÁO CÁO tổng kết năm 2022\n\nKiểm tra 12 đảng viên¹.\n\n¹ Cấp huyện 5; cấp cơ sở 7.\n"
    nfd = unicodedata.normalize("NFD", text).replace("\n", "\r\n")
    p = tmp_path / "r.txt"
    p.write_bytes(codecs.BOM_UTF8 + nfd.encode("utf-8"))
    d = read(p)
    assert d.year == 2022 and d.footnotes[1].text == "Cấp huyện 5; cấp cơ sở 7."
    assert all(unicodedata.is_normalized("NFC", b.text) for b in d.blocks)
    p16 = tmp_path / "r16.txt"
    p16.write_bytes(text.encode("utf-16"))
    d16 = read(p16)
    assert d16.encoding == "utf-16" and d16.footnotes[1].text == d.footnotes[1].text
    p32 = tmp_path / "r32.txt"  # UTF-32 with BOM: its BOM starts like UTF-16's, it must not be read as UTF-16
    p32.write_bytes(text.encode("utf-32"))
    d32 = read(p32)
    assert d32.encoding == "utf-32" and d32.year == 2022 and d32.footnotes[1].text == d.footnotes[1].text


def test_a_nul_anywhere_in_the_file_is_refused(tmp_path):
    text = "BÁO CÁO năm 2022\n\n" + "Kiểm tra 12 đảng viên. " * 400
    p = tmp_path / "late-nul.txt"
    p.write_bytes((text + "\x00" + "Thêm 3 đảng viên.").encode("utf-8"))  # past the first 4 KiB
    assert len(text.encode("utf-8")) > 4096
    with pytest.raises(InputError) as e:
        read(p)
    assert "NUL" in str(e.value) and str(p) in str(e.value) and "\n" not in str(e.value)


@pytest.mark.parametrize("content,problem", [
    (b"", "file is empty"),
    (b"  \n\t\n", "only whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00rest", "PNG image"),
    (b"Ki\xe3m tra 12 \xf1\xe3ng vi\xean", "not valid UTF-8"),
])
def test_bad_input_one_line_error(tmp_path, content, problem):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError) as e:
        read(p)
    msg = str(e.value)
    assert problem in msg and str(p) in msg and "\n" not in msg


def test_missing_and_directory_and_unknown_type(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read(tmp_path.joinpath("d.txt").mkdir() or tmp_path / "d.txt")
    (tmp_path / "x.xyz").write_text("a")
    with pytest.raises(InputError, match="unsupported file type"):
        read(tmp_path / "x.xyz")
    with pytest.raises(InputError, match="save it as .docx"):
        read(tmp_path / "old.doc")


def test_structural_problems_recorded_not_raised():
    text = ("BÁO CÁO năm 2023\n\nKiểm tra 5 đảng viên¹ và 3 tổ chức⁴.\n\n¹ Cấp huyện 2; cấp cơ sở 3.\n\n"
            "¹ Trùng số.\n\n³ Không có dấu chú thích.\n")
    d = parse_text(text)
    kinds = integrity(d)
    assert "marker_without_footnote" in kinds  # ⁴
    assert "duplicate_footnote" in kinds  # ¹ twice
    assert "footnote_without_marker" in kinds  # ³
    assert "numbering_gap" in kinds  # 1 → 3
    d = parse_text("BÁO CÁO năm 2023\n\nKiểm tra 5 đảng viên¹, giám sát 3 tổ chức¹.\n\n¹ Cấp huyện 2; cấp cơ sở 3.\n")
    assert integrity(d) == {"marker_repeated"}  # one footnote referenced twice: a warning


def test_markdown_footnotes(tmp_path):
    p = write(tmp_path, "# BÁO CÁO năm 2023\n\n## 1. Kiểm tra\n\nKiểm tra 115 đảng viên[^7].\n\n[^7]: Cấp huyện 30; cấp cơ sở 85;\n", "r.md")
    d = read(p)
    assert d.footnotes[7].text == "Cấp huyện 30; cấp cơ sở 85;"
    assert [m.number for b in d.blocks for m in b.markers] == [7]


def test_unit_exponent_is_not_a_marker():
    d = parse_text("Diện tích 1.668 km² và 500 m² nhà.\n")
    assert all(not b.markers for b in d.blocks) and integrity(d) == set()
