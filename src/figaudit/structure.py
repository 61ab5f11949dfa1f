"""Format-independent finishing of a document: ids, sections, markers, year.

The report's own footnote structure (every marker bound to exactly one
footnote and used once, every footnote referenced, numbering contiguous, no
duplicates) is checked in one place: the ``footnotes`` and ``markers`` tables
(:mod:`figaudit.tables`) validated by the ``footnote_structure`` and
``markers`` suites, whose flagged rows become ``footnote_integrity`` findings.
A report with a dangling marker is still audited.
"""

from __future__ import annotations

import re
from collections import Counter

from figaudit import grammar as g
from figaudit.model import Block, Document, Marker


_LONG_SUPERSCRIPT = re.compile(rf"[{g.SUPERSCRIPT_DIGITS}]{{{g.MAX_MARKER_DIGITS + 1},}}")


def find_markers(text: str) -> list[Marker]:
    exponents = {m.start() for m in g.UNIT_EXPONENT.finditer(text)}
    out = []
    for m in g.MARKER.finditer(text):
        # "km²": the superscript belongs to the unit (its start is inside the match).
        if any(e <= m.start() < e + 4 for e in exponents) and m.group(1) in "²³":
            continue
        out.append(Marker(g.superscript_to_int(m.group(1)), m.start(), m.end()))
    return out


def detect_year(title: str) -> int | None:
    m = g.TITLE_YEAR.search(title)
    return int(m.group(1)) if m else None


def finish_document(source: str, blocks: list[Block]) -> Document:
    doc = Document(source=source)
    path: list[tuple[int, str]] = []
    n_body = 0
    seen_fn: Counter[int] = Counter()
    for b in blocks:
        if b.kind == "footnote":
            seen_fn[b.footnote] += 1
            b.id = f"fn{b.footnote}" if seen_fn[b.footnote] == 1 else f"fn{b.footnote}-{seen_fn[b.footnote]}"
        else:
            n_body += 1
            b.id = f"b{n_body}"
        if b.kind == "title" and not doc.title:
            doc.title = b.text
        if b.kind == "heading":
            path = [(lvl, t) for lvl, t in path if lvl < b.level] + [(b.level, b.text)]
        b.section = " › ".join(t for _, t in path)
        b.markers = find_markers(b.text)
        if (long_run := _LONG_SUPERSCRIPT.search(b.text)) is not None:
            doc.warnings.append(f"line {b.line_at(long_run.start())}: a run of {long_run.end() - long_run.start()} "
                                "superscript digits is not read as a footnote marker (a footnote number has at most "
                                f"{g.MAX_MARKER_DIGITS} digits)")
        doc.blocks.append(b)
    # a footnote belongs to the section of the paragraph that refers to it (in .md/.docx
    # the footnotes come last, under whatever heading ends the document)
    first_ref: dict[int, str] = {}
    for b in doc.blocks:
        if b.kind != "footnote":
            for m in b.markers:
                first_ref.setdefault(m.number, b.section)
    for b in doc.blocks:
        if b.kind == "footnote" and b.footnote in first_ref:
            b.section = first_ref[b.footnote]
    if not doc.title:
        # no "BÁO CÁO …" title: a newspaper headline or a report's first line stands for it
        first = next((b for b in doc.blocks if b.kind in ("header", "heading", "paragraph")), None)
        if first is not None and first.kind == "header":
            doc.title = " ".join(first.text.split())
    doc.year = detect_year(doc.title)
    return doc
