"""Reader for .pdf with a text layer (pdfplumber, MIT; PyMuPDF is AGPL).

Plain text extraction glues footnote markers onto the digits they touch
(``năm 2023²`` → ``20232``), so this reader works with words and their font
size and position: a run of digits set clearly smaller than its line
(< 0.8 ×), or raised above the line's baseline by more than a quarter of the
font size, is a marker and becomes a superscript; at the start of a line under
the footnote rule it is the footnote's number.  Per page:

* the footnote separator is the short horizontal rule in the lower part of
  the page (a line or a thin rectangle); words below it are footnotes;
* a line-only page number at the very bottom is dropped;
* lines are grouped into paragraphs by the vertical gap (larger than the line
  pitch), a change of font (headings) or a footnote number.

Each page becomes body paragraphs followed by its footnotes — the page-layout
form the text reader already knows — so paragraphs and footnotes that
continue on the next page are stitched by the same rules.

"line" in the findings of a .pdf is the paragraph's number in the document;
the page and the paragraph's number on that page are kept for the audit.
"""

from __future__ import annotations

import statistics
import unicodedata
from pathlib import Path

from figaudit import grammar as g
from figaudit.decode import check_file, strip_invisible
from figaudit.errors import InputError
from figaudit.model import Document
from figaudit.readers import register
from figaudit.readers.layout import classify, stitch, to_block
from figaudit.structure import finish_document



def _separator(page) -> float | None:
    """Top of the footnote rule: a short, thin, horizontal line or rectangle in the lower 60 % of the page."""
    cands = []
    for obj in list(page.lines) + list(page.rects):
        w, h = obj["x1"] - obj["x0"], obj["bottom"] - obj["top"]
        if h <= 2 and 0.08 * page.width <= w <= 0.6 * page.width and obj["top"] > 0.4 * page.height:
            cands.append(obj["top"])
    return min(cands) if cands else None


def _lines(words: list[dict]) -> list[list[dict]]:
    """Group words into text lines: a word joins a line it overlaps vertically by at least half its height
    (superscripts and raised markers sit a little higher than their words)."""
    lines: list[dict] = []  # {"top", "bottom", "words"}
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        h = w["bottom"] - w["top"]
        for line in lines:
            overlap = min(line["bottom"], w["bottom"]) - max(line["top"], w["top"])
            if overlap >= 0.5 * min(h, line["bottom"] - line["top"]):
                line["words"].append(w)
                line["top"], line["bottom"] = min(line["top"], w["top"]), max(line["bottom"], w["bottom"])
                break
        else:
            lines.append({"top": w["top"], "bottom": w["bottom"], "words": [w]})
    out = [sorted(line["words"], key=lambda w: w["x0"]) for line in lines]
    out.sort(key=lambda ln: min(w["top"] for w in ln))
    return out


def _line_text(line: list[dict], footnote_area: bool) -> tuple[str, int | None]:
    main = max(w["size"] for w in line)
    baseline = statistics.median(w["bottom"] for w in line if w["size"] >= 0.8 * main)
    out, start_number = "", None
    prev = None
    for i, w in enumerate(line):
        # a marker: digits set smaller than the line, or raised above its baseline at the same size
        raised = w["bottom"] < baseline - 0.25 * main
        small_digits = w["text"].isdigit() and (w["size"] < 0.8 * main or raised)
        if small_digits:
            sup = g.to_superscript(w["text"])
            if i == 0 and footnote_area:
                start_number = int(w["text"])
                out += sup + " "
            else:
                out += sup  # a marker glued to the word before it
            prev = w
            continue
        if prev is not None and not (out.endswith(" ")):
            gap = w["x0"] - prev["x1"]
            out += "" if gap < 1.0 else " "
        out += w["text"]
        prev = w
    return out.strip(), start_number


def _font(line: list[dict]) -> str:
    return statistics.mode(w["fontname"].split("+")[-1] for w in line)


def _paragraphs(lines: list[list[dict]], footnote_area: bool) -> list[str]:
    if not lines:
        return []
    tops = [min(w["top"] for w in ln) for ln in lines]
    paras: list[list[str]] = []
    prev_font = None
    for i, ln in enumerate(lines):
        text, number = _line_text(ln, footnote_area)
        if not text:
            continue
        font = _font(ln)
        gap = tops[i] - tops[i - 1] if i else 0
        size = max(w["size"] for w in ln)
        # line pitch is ~1.2–1.4 × the font size; paragraph spacing makes the gap larger
        new = (not paras or number is not None or gap > 1.75 * size or font != prev_font
               and ("Bold" in font or (prev_font and "Bold" in prev_font)))
        if new:
            paras.append([text])
        else:
            paras[-1].append(text)
        prev_font = font
    return [strip_invisible(unicodedata.normalize("NFC", " ".join(p))) for p in paras]


@register(".pdf")
def read_pdf(path: Path) -> Document:
    import pdfplumber

    check_file(path)
    with open(path, "rb") as f:
        head = f.read(1024)
    if not head.lstrip().startswith(b"%PDF-"):
        raise InputError(path, "is not a PDF file (no %PDF header)")

    def encrypted() -> bool:
        return b"/Encrypt" in path.read_bytes()

    try:
        pdf = pdfplumber.open(path)
    except Exception as err:
        if encrypted() or "Password" in type(err).__name__:
            raise InputError(path, "is an encrypted PDF: remove the password protection and audit the copy") from None
        raise InputError(path, f"is not a readable PDF ({type(err).__name__}): the file may be damaged") from None
    blocks: list[str] = []
    locations: dict[int, tuple[int, int]] = {}
    try:
        for pno, page in enumerate(pdf.pages, start=1):
            words = page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False, x_tolerance=1.5)
            sep = _separator(page)
            body = [w for w in words if sep is None or w["bottom"] <= sep]
            notes = [w for w in words if sep is not None and w["top"] >= sep]
            body_lines = _lines(body)
            # a page number alone on the last line at the very bottom
            if body_lines and not notes and all(w["text"].isdigit() for w in body_lines[-1]) and \
                    min(w["top"] for w in body_lines[-1]) > 0.9 * page.height:
                body_lines.pop()
            note_lines = _lines(notes)
            if note_lines and all(w["text"].isdigit() for w in note_lines[-1]) and len(note_lines[-1]) == 1 and \
                    note_lines[-1][0]["size"] >= 0.8 * max(w["size"] for w in notes):
                note_lines.pop()
            for k, para in enumerate(_paragraphs(body_lines, False) + _paragraphs(note_lines, True), start=1):
                blocks.append(para)
                locations[len(blocks)] = (pno, k)
    except Exception as err:
        if encrypted() or "Password" in type(err).__name__:
            raise InputError(path, "is an encrypted PDF: remove the password protection and audit the copy") from None
        raise InputError(path, f"is a damaged PDF ({type(err).__name__})") from None
    finally:
        pdf.close()
    if not "".join(blocks).strip():
        raise InputError(path, "has no text layer (a scanned PDF?): it needs OCR before it can be audited")
    # one paragraph per "line": the paragraph's number is its line
    raws = classify([(b, i) for i, b in enumerate(blocks, start=1)])
    doc = finish_document(path.name, [to_block(r) for r in stitch(raws)])
    doc.encoding, doc.location_kind, doc.locations = "pdf", "page", locations
    return doc
