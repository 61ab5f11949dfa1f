"""What every reader shares: the block model of a page layout and how its cuts are stitched.

Each reader (``.txt``, ``.md``, ``.docx``, ``.pdf``) turns its input into
:class:`Raw` blocks (title, header, heading, paragraph, footnote, closing,
table row) with :func:`classify_block` or :func:`classify`; :func:`stitch`
then rebuilds what page breaks cut apart (see :mod:`figaudit.readers.text`
for the rules), and :func:`to_block` makes the document's blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from figaudit import grammar as g
from figaudit.model import Block

TITLE_START = re.compile(
    r"^\s*(BÁO CÁO|TỜ TRÌNH|THÔNG BÁO|KẾ HOẠCH|NGHỊ QUYẾT|CHƯƠNG TRÌNH|ĐỀ ÁN|KẾT LUẬN|BÁO CÁO TỔNG KẾT|BÁO CÁO SƠ KẾT)\b"
)
CLOSING_START = re.compile(r"^\s*(Nơi nhận|NƠI NHẬN)\s*:")
MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_LOWER_START = re.compile(rf"[{g.VI_LOWER}0-9)\];,]")


@dataclass
class Raw:
    kind: str  # title | header | heading | para | fn | closing
    text: str
    pieces: list[tuple[int, int]] = field(default_factory=list)
    footnote: int | None = None
    level: int = 0
    table: int | None = None


def _unbold(s: str) -> str:
    return s.replace("**", "").replace("__", "")


def heading_level(s: str) -> int:
    """0 if ``s`` is not a heading, else its level (1 = roman, 2 = 1., 3 = 1.1./a))."""
    s = s.strip()
    if "\n" in s or len(s) > g.HEADING_MAX_CHARS:
        return 0
    if g.HEADING_ROMAN.match(s):
        return 1
    m = g.HEADING_NUMBERED.match(s)
    if m and not g.TERMINAL.search(strip_markers(s)) or (m and s.endswith(":")):
        return 2 + m.group(1).count(".")
    m = g.HEADING_LETTER.match(s)
    if m and not g.TERMINAL.search(strip_markers(s)):
        return 4
    return 0


def strip_markers(s: str) -> str:
    return re.sub(rf"[{g.SUPERSCRIPT_DIGITS}]+", "", s).rstrip()


def md_to_superscript(s: str) -> str:
    """``[^7]`` → ``⁷``."""
    return g.MD_MARKER.sub(lambda m: g.to_superscript(m.group(1)), s)


def classify(blocks: list[tuple[str, int]], raws: list[Raw] | None = None) -> list[Raw]:
    """Classify blocks, appended to ``raws`` (the blocks read so far, which decide what a title or header is)."""
    raws = [] if raws is None else raws
    for text, line in blocks:
        # A markdown footnote definition or heading in a .txt is mapped onto the same model.
        md = g.MD_FOOTNOTE.match(text)
        if md:
            sup = g.to_superscript(md.group(1))
            text = sup + " " + text[md.end():]
        text = md_to_superscript(text)
        if MD_HEADING.match(text):
            text = MD_HEADING.sub("", text)
        raws.extend(classify_block(text, _lines_to_pieces(text.split("\n"), line)[1], raws))
    return raws


_CLOSING_SEEN: dict[int, tuple[list, int, bool]] = {}


def _closing_seen(before: list[Raw]) -> bool:
    """Has a closing block (``Nơi nhận``, signatures) been read?  Remembered per list of blocks, so that reading
    stays linear in the number of blocks."""
    seen = _CLOSING_SEEN.get(id(before))
    n, closing = (seen[1], seen[2]) if seen is not None and seen[0] is before else (0, False)
    closing = closing or any(r.kind == "closing" for r in before[n:])
    if len(_CLOSING_SEEN) > 64:
        _CLOSING_SEEN.clear()
    _CLOSING_SEEN[id(before)] = (before, len(before), closing)
    return closing


def classify_block(text: str, pieces: list[tuple[int, int]], before: list[Raw]) -> list[Raw]:
    """Raw block(s) for one block of text, given the blocks before it (shared with the Markdown reader)."""
    line = pieces[0][1] if pieces else 0
    title_seen = any(r.kind == "title" for r in before[:10])  # (only asked while fewer than 10 blocks are read)
    closing = _closing_seen(before)
    # "⁷ Cấp huyện 30; …\n⁸ Cấp tỉnh 1; …", or a page's last body lines then its footnotes with no blank line between
    # (as pasted from a PDF page): each footnote line opens a block of its own
    starts = [k for k, (o, _) in enumerate(pieces) if k and g.FOOTNOTE_START.match(text[o:o + 8])]
    if starts:  # (each footnote made directly, from its own lines: one pass over the block)
        bounds = starts + [len(pieces)]
        cut = pieces[starts[0]][0]
        head = classify_block(text[:cut - 1], pieces[:starts[0]], before)
        out = []
        for k0, k1 in zip(bounds, bounds[1:]):
            a = pieces[k0][0]
            b = pieces[k1][0] - 1 if k1 < len(pieces) else len(text)
            out.append(_footnote(text[a:b], [(o - a, ln) for o, ln in pieces[k0:k1]]))
        return head + out
    if g.FOOTNOTE_START.match(text):
        return [_footnote(text, pieces)]
    if closing or CLOSING_START.match(_unbold(text)):
        return [Raw("closing", *_lines_to_pieces(text.split("\n"), line))]
    if not title_seen and len(before) < 10 and TITLE_START.match(text.replace("**", " ")):
        joined, tpieces = "", []
        for k, part in enumerate(text.split("\n")):
            for seg in (p.strip() for p in part.split("**")):
                if seg:
                    tpieces.append((len(joined) + (1 if joined else 0), line + k))
                    joined = f"{joined} {seg}" if joined else seg
        return [Raw("title", joined, tpieces)]
    # "I. KẾT QUẢ ĐẠT ĐƯỢC**1. Công tác tuyên giáo**": headings glued by bold marks.
    segments = [s.strip() for s in text.split("**") if s.strip()]
    if len(segments) > 1 and all(heading_level(s) for s in segments):
        return [Raw("heading", s, [(0, line)], level=heading_level(s)) for s in segments]
    plain = _unbold(text)
    level = heading_level(plain)
    if level:
        return [Raw("heading", plain.strip(), [(0, line)], level=level)]
    if not title_seen and not any(r.kind in ("para", "heading") for r in before) and len(before) < 6 \
            and len(plain) < 200 and not g.TERMINAL.search(plain):
        return [Raw("header", plain, [(0, line)])]
    # A block of several lines is one paragraph whose lines we keep apart for line references.
    return [Raw("para", *_lines_to_pieces(text.split("\n"), line))]


def _footnote(text: str, pieces: list[tuple[int, int]]) -> Raw:
    """A block opening with its superscript number: footnote ``n``."""
    fn = g.FOOTNOTE_START.match(text)
    cut = fn.end()
    return Raw("fn", _unbold(text[cut:]), [(max(0, o - cut), ln) for o, ln in pieces if o >= cut or o == 0],
               footnote=g.superscript_to_int(fn.group(1)))


def _lines_to_pieces(lines: list[str], first_line: int) -> tuple[str, list[tuple[int, int]]]:
    pieces, offset, parts = [], 0, []
    for k, ln in enumerate(lines):
        ln = _unbold(ln)
        pieces.append((offset, first_line + k))
        parts.append(ln)
        offset += len(ln) + 1
    return "\n".join(parts), pieces


def _is_open(r: Raw) -> bool:
    """True if the block does not end its sentence (a page break may have cut it)."""
    return not g.TERMINAL.search(strip_markers(r.text))


def _starts_lower(r: Raw) -> bool:
    return bool(_LOWER_START.match(r.text.lstrip()))


def _join(a: Raw, b: Raw) -> None:
    """Append b to a, keeping b's source lines."""
    sep = " "
    base = len(a.text) + len(sep)
    a.text = a.text + sep + b.text
    a.pieces.extend((base + off, ln) for off, ln in b.pieces)


def stitch(raws: list[Raw]) -> list[Raw]:
    # Pages: body blocks followed by a run of footnotes.
    pages: list[tuple[list[Raw], list[Raw]]] = []
    body: list[Raw] = []
    fns: list[Raw] = []
    for r in raws:
        if r.kind == "fn":
            fns.append(r)
        else:
            if fns:
                pages.append((body, fns))
                body, fns = [], []
            body.append(r)
    pages.append((body, fns))

    out: list[Raw] = []
    pending_body: Raw | None = None
    pending_fn: Raw | None = None
    for body, fns in pages:
        body = list(body)
        # 1. An unfinished footnote of the previous page continues just above this page's footnotes.
        if pending_fn is not None and fns and body and body[-1].kind == "para" and _starts_lower(body[-1]) \
                and not (len(body) == 1 and pending_body is not None):
            _join(pending_fn, body.pop())
        # 2. An unfinished paragraph of the previous page continues in the first body block.
        if pending_body is not None and body and body[0].kind == "para":
            _join(pending_body, body.pop(0))
        # 3. Within the page: unfinished block + block starting in lower case.
        merged: list[Raw] = []
        for r in body:
            if merged and merged[-1].kind == "para" and r.kind == "para" and _is_open(merged[-1]) and _starts_lower(r):
                _join(merged[-1], r)
            else:
                merged.append(r)
        out.extend(merged)
        out.extend(fns)
        if fns:
            last_para = merged[-1] if merged else pending_body
            pending_body = last_para if last_para is not None and last_para.kind == "para" and _is_open(last_para) else None
            pending_fn = fns[-1] if _is_open(fns[-1]) else None
    return out


def to_block(r: Raw) -> Block:
    kind = {"para": "paragraph", "fn": "footnote"}.get(r.kind, r.kind)
    return Block(id="", kind=kind, text=r.text, pieces=list(r.pieces), footnote=r.footnote, level=r.level, table=r.table)
