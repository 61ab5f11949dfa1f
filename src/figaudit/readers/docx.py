"""Reader for .docx: real Word footnotes, headings by style, hand-typed superscript markers.

docx2python (MIT, pure Python) was chosen over pandoc (a system binary that CI
would have to install): it gives paragraph styles, footnote references in the
body (``----footnote21----``) and the footnote texts.  Its numbers are the
XML ids (pandoc-made files start at 20 or 21, Word's at 1, deleted notes leave
gaps), so footnotes are renumbered as displayed: by order of first reference.
``html=True`` keeps ``<sup>`` runs, so superscript digits typed by hand (common
in files converted from PDF) become markers too.

"line" in the findings of a .docx is the paragraph's number in the document.
"""

from __future__ import annotations

import html
import unicodedata
import re
import zipfile
from pathlib import Path

from figaudit import grammar as g
from figaudit.decode import check_file, strip_invisible
from figaudit.errors import InputError
from figaudit.model import Document
from figaudit.readers import register
from figaudit.readers.layout import Raw, classify_block, heading_level, to_block
from figaudit.structure import finish_document

_REF = re.compile(r"----(footnote|endnote)(\d+)----")
_FN_HEAD = re.compile(r"^(footnote|endnote)(\d+)\)\s*")
_SUP = re.compile(r"<sup>(.*?)</sup>", re.S)
_TAG = re.compile(r"<[^>]+>")


def _clean(raw: str) -> str:
    """docx2python html text → plain text with superscript digits kept as superscripts."""
    text = _SUP.sub(lambda m: g.to_superscript(m.group(1)) if _TAG.sub("", m.group(1)).strip().isdigit() else m.group(1), raw)
    return strip_invisible(unicodedata.normalize("NFC", html.unescape(_TAG.sub("", text))))


#: limits on what a .docx package may unpack to (a "zip bomb" of a few kB can expand to gigabytes); Python's
#: zipfile never yields more than a member's declared size, so the declared sizes bound the memory
MAX_MEMBERS = 5_000
MAX_UNPACKED = 256 * 1048576
MAX_RATIO = 200  # uncompressed / compressed, for members over 1 MiB


def _check_package(path: Path, members: list) -> None:
    if len(members) > MAX_MEMBERS:
        raise InputError(path, f"is not a plausible .docx ({len(members)} parts in the package, over {MAX_MEMBERS})")
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED:
        raise InputError(path, f"unpacks to {total / 1048576:.0f} MiB, over the {MAX_UNPACKED // 1048576} MiB limit "
                               "for one report (a damaged or hostile package)")
    for m in members:
        if m.file_size > 1048576 and m.file_size > MAX_RATIO * max(1, m.compress_size):
            raise InputError(path, f"has a part ({m.filename}) compressed {m.file_size // max(1, m.compress_size)}:1, "
                                   "more than any real document (a hostile package)")


@register(".docx")
def read_docx(path: Path) -> Document:
    from docx2python import docx2python
    from docx2python.iterators import iter_paragraphs

    check_file(path)
    if not zipfile.is_zipfile(path):
        raise InputError(path, "is not a valid .docx (not a ZIP package): the file is damaged or mislabelled")
    try:
        with zipfile.ZipFile(path) as z:
            if "word/document.xml" not in z.namelist():
                raise InputError(path, "is a damaged .docx (no word/document.xml): open and re-save it in Word or LibreOffice")
            _check_package(path, z.infolist())
    except zipfile.BadZipFile:
        raise InputError(path, "is a damaged .docx (broken ZIP package): open and re-save it in Word or LibreOffice") from None
    try:
        with docx2python(path, html=True) as d:
            # styles come from the *_pars trees, text with <sup> runs from the parallel text trees
            body = list(zip((p.style or "" for p in iter_paragraphs(d.body_pars)), iter_paragraphs(d.body)))
            notes = [text for text in iter_paragraphs(d.footnotes)]
            notes += [text for text in iter_paragraphs(d.endnotes)] if hasattr(d, "endnotes") else []
    except Exception as err:  # docx2python raises KeyError/BadZipFile/XML errors on damaged packages
        raise InputError(path, f"is a damaged .docx ({type(err).__name__}): open and re-save it in Word or LibreOffice") from None
    # display numbers: order of first reference in the body
    numbers: dict[tuple[str, int], int] = {}
    for _, raw in body:
        for m in _REF.finditer(raw):
            numbers.setdefault((m.group(1), int(m.group(2))), len(numbers) + 1)
    raws: list[Raw] = []
    locations: dict[int, tuple[int, int]] = {}
    k = 0
    for style, raw in body:
        text = _clean(_REF.sub(lambda m: g.to_superscript(numbers[(m.group(1), int(m.group(2)))]), raw))
        if not text.strip():
            continue
        k += 1
        locations[k] = (0, k)
        style = style.lower()
        if style.startswith("heading") or style == "title":
            level = heading_level(text) or (int(style[-1]) + 1 if style[-1:].isdigit() else 2)
            if style in ("heading1", "title") and not any(r.kind in ("para", "heading", "title") for r in raws) and not heading_level(text):
                raws.append(Raw("title", " ".join(text.split()), [(0, k)]))
            else:
                raws.append(Raw("heading", text.strip(), [(0, k)], level=level))
            continue
        raws.extend(classify_block(text, [(0, k)], raws))
    for raw in notes:
        m = _FN_HEAD.match(raw)
        if not m:
            if raw.strip() and raws and raws[-1].kind == "fn":  # a second paragraph of the same note
                raws[-1].text += " " + _clean(raw).strip()
            continue
        key = (m.group(1), int(m.group(2)))
        number = numbers.get(key, len(numbers) + 1)
        numbers.setdefault(key, number)
        k += 1
        locations[k] = (0, k)
        raws.append(Raw("fn", _clean(raw[m.end():]).strip(), [(0, k)], footnote=number))
    if not raws:
        raise InputError(path, "holds no text")
    # footnotes come after the body in a .docx: order them by number for a stable model
    body_raws = [r for r in raws if r.kind != "fn"]
    fn_raws = sorted((r for r in raws if r.kind == "fn"), key=lambda r: r.footnote)
    doc = finish_document(path.name, [to_block(r) for r in body_raws + fn_raws])  # real paragraphs: no page stitching
    doc.encoding, doc.location_kind, doc.locations = "docx", "paragraph", locations
    return doc
