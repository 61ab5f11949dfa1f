"""Footnote markers as reports really write them, rewritten to the superscript form the readers know.

Besides superscript digits (``đảng viên⁷``) and Markdown's ``[^7]``, reports and text copied out of them mark
footnotes with

* a bracketed number after a word, ``đảng viên(7)`` / ``đảng viên [7]``, the footnote a line ``(7) Cấp huyện 30;
  …`` / ``[7] …`` at the foot of the page or the end of the document;
* digits glued to the word, as a PDF's superscript is copied as text, ``đảng viên7``, the footnote a line ``7 Cấp
  huyện 30; …``;
* an asterisk, ``đảng viên(*)`` / ``đảng viên*``, the note a line ``(*) …`` / ``* …``.

A bracketed or glued number could as well be an enumeration, a code or a count, so a marker is read only where the
footnote it points to is found *below* it, opening a line, and the markers so read run in increasing order through
the text; everything else is left as written (and read as figures, never dropped).  The rewrite keeps every line
where it was (no line is added or removed), so line references stay true.  Grammar: ``grammar.BRACKET_MARK`` …
``grammar.STAR_NOTE``.  One pass per form: linear in the text.
"""

from __future__ import annotations

import re

from figaudit import grammar as g



def normalise(text: str) -> str:
    """The text with every footnote marker of the forms above (that points to a footnote below it) and its
    footnote line's number written as superscript digits."""
    edits: list[tuple[int, int, str]] = []
    used: set[int] = set(int(m.group(1).translate(_FROM_SUP)) for m in _SUP_RUN.finditer(text))
    for mark, note in ((g.BRACKET_MARK, g.BRACKET_NOTE), (g.GLUED_MARK, g.GLUED_NOTE)):
        found = _pairs(text, mark, note, used)
        for (m0, m1, n), (l0, l1) in found:
            edits.append((m0, m1, g.to_superscript(n)))
            edits.append((l0, l1, g.to_superscript(n) + " "))
            used.add(n)
    star = _star(text, used)
    if star is not None:
        (m0, m1), (l0, l1), n = star
        edits += [(m0, m1, g.to_superscript(n)), (l0, l1, g.to_superscript(n) + " ")]
    if not edits:
        return text
    edits.sort()
    out, pos = [], 0
    for a, b, rep in edits:
        if a < pos:
            continue  # (two forms claiming one place: the first wins)
        out += [text[pos:a], rep]
        pos = b
    out.append(text[pos:])
    return "".join(out)


_FROM_SUP = str.maketrans(g.SUPERSCRIPT_DIGITS, "0123456789")
_SUP_RUN = re.compile(rf"([{g.SUPERSCRIPT_DIGITS}]{{1,3}})")


def _pairs(text: str, mark: re.Pattern, note: re.Pattern, used: set[int]):
    """(marker span, number), (note-number span) for each number marked in the body and opening a line below its
    first marker; kept only when the markers so paired run in increasing order."""
    notes: dict[int, list[tuple[int, int]]] = {}
    note_lines = set()
    for m in note.finditer(text):
        indent = len(m.group()) - len(m.group().lstrip(" \t"))
        notes.setdefault(int(m.group(1)), []).append((m.start() + indent, m.end()))
        note_lines.add(m.start())
    if not notes:
        return []
    firsts: dict[int, tuple[int, int]] = {}
    for m in mark.finditer(text):
        n = int(m.group(1))
        if n in notes and n not in firsts and n not in used and _line_start(text, m.start()) not in note_lines:
            firsts[n] = (m.start(), m.end())
    pairs = []
    for n, (m0, m1) in firsts.items():
        below = [span for span in notes[n] if span[0] > m1]
        if below:
            pairs.append(((m0, m1, n), below[0]))
    pairs.sort()
    numbers = [n for (_, _, n), _ in pairs]
    if numbers != sorted(numbers) or len(set(numbers)) != len(numbers):
        return []  # markers out of order: not footnotes (a list, codes): left as written
    return pairs


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _star(text: str, used: set[int]):
    """The one asterisk marker and the one note line below it (several asterisks, or ``*`` used as bullets: none)."""
    marks = list(g.STAR_MARK.finditer(text))
    if len(marks) != 1:
        return None
    m = marks[0]
    notes = [n for n in g.STAR_NOTE.finditer(text) if n.start() > m.end()]
    if len(notes) != 1 or len(list(g.STAR_NOTE.finditer(text))) != 1:
        return None
    number = max(used, default=0) + 1
    line = notes[0]
    return (m.start(), m.end()), (line.start() + len(line.group()) - len(line.group().lstrip()), line.end()), number
