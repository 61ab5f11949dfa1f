"""Reports as auditors receive them: the same findings from .txt, .md, .docx and .pdf; clear refusals."""

import codecs
import csv
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT, SEED, integrity, seed_text
from figaudit.clean import analyse, write_clean
from figaudit.errors import InputError
from figaudit.findings import validate_many
from figaudit.readers import read

FIX = ROOT / "tests" / "fixtures"
FORMATS = [SEED, FIX / "seed.md", FIX / "seed.docx", FIX / "seed.pdf"]


@pytest.fixture(scope="module")
def audits(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("formats")
    cleans = []
    for p in FORMATS:
        c = tmp / p.suffix.lstrip(".")
        write_clean(analyse(p), c)
        cleans.append(c)
    return dict(zip([p.suffix for p in FORMATS], validate_many(cleans)))


def signature(detail) -> Counter:
    """What must not depend on the format: check, status, stated, computed, footnote (not lines, not ids)."""
    return Counter(zip(detail["check"], detail["status"], detail["stated"].map(str), detail["computed"].map(str),
                       detail["footnote"].map(str)))


@pytest.mark.parametrize("suffix", [".md", ".docx", ".pdf"])
def test_same_findings_as_the_text(audits, suffix):
    txt, _ = audits[".txt"]
    other, _ = audits[suffix]
    assert signature(other) == signature(txt)
    assert len(other) == len(txt) == 48


@pytest.mark.parametrize("path", FORMATS, ids=lambda p: p.suffix)
def test_every_format_reads_the_whole_report(path):
    doc = read(path)
    assert doc.year == 2023 and doc.title.startswith("BÁO CÁO kết quả công tác")
    assert sorted(doc.footnotes) == list(range(1, 28)) and integrity(doc) == set()
    assert "quản lý thu các loại thuế trên địa bàn tỉnh); 02 cuộc giám sát" in doc.footnotes[15].text
    assert any("là cấp trưởng diện Ban Thường vụ Tỉnh ủy quản lý³." in b.text for b in doc.blocks)


def test_docx_footnotes_are_renumbered_from_xml_ids():
    # pandoc writes footnote ids 21, 22, …: the displayed numbers are 1, 2, …
    import zipfile

    xml = zipfile.ZipFile(FIX / "seed.docx").read("word/footnotes.xml").decode()
    assert 'w:id="21"' in xml and 'w:id="1"' not in xml
    doc = read(FIX / "seed.docx")
    assert doc.footnotes[7].text == "Cấp huyện 30; cấp cơ sở 85;"
    assert doc.location_kind == "paragraph"


def test_docx_hand_typed_superscripts_are_markers():
    c = analyse(FIX / "manual-superscripts.docx")
    assert sorted(c.doc.footnotes) == [7, 8]
    rels = {r.id: (r.stated, r.computed) for r in c.relations if r.check == "footnote_breakdown"}
    assert rels == {"footnote_breakdown:fn7": (115, 115), "footnote_breakdown:fn8": (39, 40)}


def test_pdf_markers_are_not_glued_to_numbers():
    doc = read(FIX / "seed.pdf")
    figs = analyse(FIX / "seed.pdf").figures
    # "năm 2023⁶": plain text extraction would read 20236
    assert not [f for f in figs if f.text in ("20236", "1156", "397")]
    b = next(b for b in doc.blocks if "thu nhập năm 2023⁶" in b.text)
    assert [m.number for m in b.markers] == [6]
    page, para = doc.locations[b.line]
    assert page >= 2 and para >= 1 and doc.location_kind == "page"


def test_markdown_with_a_parser_not_a_regex(tmp_path):
    p = tmp_path / "r.md"
    p.write_text("# BÁO CÁO năm 2023\n\n1. Kiểm tra 115 đảng viên[^a] và `39` tổ chức[^9].\n\n"
                 "[^a]: Cấp huyện 30; cấp cơ sở 85;\n\n[^z]: Không được dẫn.\n", encoding="utf-8")
    doc = read(p)
    kinds = integrity(doc)
    assert "marker_without_footnote" in kinds  # [^9] is never defined
    assert "footnote_without_marker" in kinds  # [^z] is never referenced, but kept
    assert any(b.text.startswith("1. Kiểm tra 115") for b in doc.blocks)  # the list number is kept


def test_text_encodings(tmp_path):
    text = seed_text()
    for name, data in [("bom.txt", codecs.BOM_UTF8 + text.encode()), ("u16.txt", text.encode("utf-16")),
                       ("nfd.txt", __import__("unicodedata").normalize("NFD", text).encode())]:
        p = tmp_path / name
        p.write_bytes(data)
        assert len(analyse(p).figures) == 277, name


# ------------------------------------------------------------------ refusals, each with a clear line

def _refused(path: Path, problem: str):
    with pytest.raises(InputError) as e:
        read(path)
    msg = str(e.value)
    assert str(path) in msg and problem in msg and "\n" not in msg, msg


def test_scanned_pdf_needs_ocr(tmp_path):
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (800, 1000), "white")
    ImageDraw.Draw(im).text((50, 50), "BAO CAO 2023 - 115 dang vien", fill="black")
    p = tmp_path / "scan.pdf"
    im.save(p)
    _refused(p, "no text layer")
    _refused(p, "OCR")


def test_encrypted_pdf(tmp_path):
    _refused(FIX / "encrypted.pdf", "encrypted PDF")


def test_damaged_docx(tmp_path):
    p = tmp_path / "broken.docx"
    p.write_bytes(b"PK\x03\x04 this is not really a zip")
    _refused(p, "damaged")
    import zipfile

    q = tmp_path / "empty.docx"
    with zipfile.ZipFile(q, "w") as z:
        z.writestr("hello.txt", "no word document here")
    _refused(q, "damaged .docx")


def test_old_doc_and_fake_pdf(tmp_path):
    p = tmp_path / "r.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 64)
    _refused(p, "save it as .docx")
    q = tmp_path / "r.pdf"
    q.write_text("not a pdf at all", encoding="utf-8")
    _refused(q, "not a PDF")


TCVN3 = "B¸o c¸o kÕt qu¶ c«ng t¸c n¨m 2023 cña c¸c c¬ quan tham m­u, kiÓm tra 115 ®¶ng viªn vµ 39 tæ chøc ®¶ng."
VNI = "Baùo caùo keát quaû coâng taùc naêm 2023 cuûa caùc cô quan tham möu, kieåm tra 115 ñaûng vieân vaø 39 toå chöùc ñaûng."


@pytest.mark.parametrize("name,text,encoding,problem", [
    ("tcvn3-bytes.txt", TCVN3, "cp1252", "TCVN3"),
    ("tcvn3-utf8.txt", TCVN3, "utf-8", "TCVN3"),
    ("vni-bytes.txt", VNI, "cp1252", "VNI"),
    ("vni-utf8.txt", VNI, "utf-8", "VNI"),
])
def test_legacy_vietnamese_encodings_are_named(tmp_path, name, text, encoding, problem):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    _refused(p, problem)
    _refused(p, "convert it to Unicode")


def test_unicode_text_is_not_mistaken_for_legacy():
    assert analyse(SEED).doc.year == 2023  # no false alarm on a real Unicode report


@pytest.mark.slow
def test_cli_batch_of_formats(tmp_path):
    from figaudit.cli import main

    assert main(["run", str(FIX / "seed.pdf"), str(FIX / "seed.docx"), str(SEED), "--out", str(tmp_path / "o"),
                 "--clean-dir", str(tmp_path / "c")]) == 0
    names = sorted(p.name for p in (tmp_path / "o").iterdir())
    assert names == sorted(["seed-pdf", "seed-docx", SEED.stem])
    rows = {n: list(csv.DictReader(open(tmp_path / "o" / n / "findings.csv", encoding="utf-8"))) for n in names}
    sig = {n: Counter((r["check"], r["status"], r["stated"], r["computed"], r["footnote"]) for r in rs) for n, rs in rows.items()}
    assert sig["seed-pdf"] == sig["seed-docx"] == sig[SEED.stem]
    html = (tmp_path / "o" / "seed-pdf" / "audit.html").read_text(encoding="utf-8")
    assert "trang " in html and ", đoạn " in html


def _pdf_with_raised_marker(path: Path) -> None:
    """A one-page PDF whose footnote marker is raised (text rise, Ts) at the body's own size."""
    content = (b"BT /F1 12 Tf 72 700 Td (BAO CAO nam 2023) Tj ET\n"
               b"BT /F1 12 Tf 72 670 Td (Kiem tra 115 dang vien) Tj 4 Ts (7) Tj 0 Ts ( va 39 to chuc.) Tj ET\n"
               b"BT /F1 12 Tf 72 640 Td (Cong 115 dang vien nam 2023) Tj ET\n")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(out)


def test_pdf_marker_raised_at_the_same_size(tmp_path):
    p = tmp_path / "raised.pdf"
    _pdf_with_raised_marker(p)
    doc = read(p)
    b = next(b for b in doc.blocks if "115" in b.text and "Kiem" in b.text)
    assert "vien⁷" in b.text and [m.number for m in b.markers] == [7]
    assert "1157" not in b.text and "vien7" not in b.text
