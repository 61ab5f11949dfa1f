"""Family ``part_of_whole``: subsets of a stated whole.

* a subset cue (``trong đó``, ``trong số đó``, ``trong số này``, ``(có …)``)
  introduces parts of the nearest whole before it: ``Toàn tỉnh có 1.250 doanh
  nghiệp, trong đó 830 doanh nghiệp tư nhân, 95 doanh nghiệp FDI`` → 830 ≤
  1.250 and 95 ≤ 1.250.  Several groups may overlap, so they are never
  required to add up;
* a sentence that opens with ``Trong đó`` subsets the previous sentence's
  whole: ``… triển khai 57 cuộc thanh tra (có 02 cuộc đột xuất). Trong đó, có
  18 cuộc …`` → 18 ≤ 57 (the aside in parentheses is not the whole), and only
  when that sentence has one candidate of the parts' unit;
* after a closed partition of a total, a count of the same unit in the next
  sentence speaks of the same pool: seed footnote 18, ``đã có 374 đơn đã có
  kết quả`` of the 1.403 đơn received → 374 ≤ 1.403.

Wholes and parts are stocks (:meth:`Index.is_stock`): a change (``tăng 12 xã``),
a value of another period (``cùng kỳ năm 2023 tiếp nhận 55 đơn``) or a plan
target is never one.  The parts of a cue run to the end of its clause (its
sentence after ``trong đó:``), so a ``trong đó`` never reaches past ``;`` into
another statement.
"""

from __future__ import annotations

import re

from figaudit.figures import Figure
from figaudit.model import Document
from figaudit.relations import Relation, exact_or_interval, register
from figaudit.relations.common import TOTAL_KINDS, Index, clause_of, quote, same_unit, sentence_of
from figaudit.relations.text_breakdown import closed_partition, is_marked_total

CHECK = "part_of_whole"
#: A subset cue; group 1 is ``:`` when the list runs on to the end of the sentence.
SUBSET_CUE = re.compile(r"\b(?:trong\s+(?:số\s+)?(?:đó|này)|trong\s+số\s+(?=\d))\b\s*(?:có\s+)?(:)?", re.IGNORECASE)
_PAREN_HAS = re.compile(r"\(\s*(?:có|gồm có|trong đó có)\s+(?=[\d.,]+)", re.IGNORECASE)


def _relation(total: Figure, part: Figure, variant: str, block, q: str) -> Relation:
    _, shi, _, s_hi_open = exact_or_interval(total)
    plo, phi, p_lo_open, _ = exact_or_interval(part)
    return Relation(
        id=f"{CHECK}:{total.id}:{part.id}", check=CHECK, checkable=True, stated=total.value, computed=part.value,
        stated_lo=None, stated_hi=shi, computed_lo=plo, computed_hi=phi, strict_hi=s_hi_open or p_lo_open,
        unit=total.unit, line=part.line, footnote=block.footnote, block=block.id, quote=q,
        footnote_text=block.text if block.kind == "footnote" else "",
        expression=f"{part.text} ≤ {total.text}", figures=[total.id, part.id], variant=variant)


def _outside_asides(index: Index, figs: list[Figure], cue_pos: int) -> list[Figure]:
    """Figures not inside a parenthesis that closes before the cue (an aside is never the whole)."""
    out = []
    for f in figs:
        p = index.paren(f)
        if p is None or p[1] >= cue_pos:
            out.append(f)
    return out


def subset_frames(doc: Document, index: Index) -> list[tuple[Figure, list[Figure], str, tuple[int, int]]]:
    """(whole, parts, variant, quote span) for every subset cue of the document (cached on the index)."""
    cached = index.__dict__.get("_subset_frames")
    if cached is not None:
        return cached
    out = []
    for block in doc.blocks:
        text = block.text
        cues = [(m.start(), m.end(), bool(m.group(1))) for m in SUBSET_CUE.finditer(text)]
        cues += [(m.start(), m.end(), False) for m in _PAREN_HAS.finditer(text)]
        for c0, c1, colon in sorted(cues):
            s0, s1 = sentence_of(text, c0)
            opens = not text[s0:c0].strip(" -–•*")
            paren_cue = text[c0] == "("
            # the parts: stocks after the cue, to the end of its clause (of its parenthesis, of its sentence after ':')
            if paren_cue:
                end = text.find(")", c1)
                end = s1 if end == -1 else end
            elif colon or opens:
                end = s1  # "trong đó:" and a sentence opening with "Trong đó" list parts to the sentence end
            else:
                end = max(clause_of(text, c1)[1], c1)
            parts = [f for f in index.within(block.id, c1, end) if index.is_stock(f)]
            if not parts:
                continue
            # the whole: the nearest figure of the parts' unit before the cue, in its sentence (the previous
            # sentence for "… . Trong đó, …"), outside asides; when that figure is a change or a value of
            # another period, the parts belong to it and nothing is checked
            if opens:
                if s0 == 0:
                    continue
                p0, _ = sentence_of(text, s0 - 1)
                before = index.within(block.id, p0, s0, TOTAL_KINDS)
            else:
                before = index.within(block.id, s0, c0, TOTAL_KINDS)
            before = _outside_asides(index, [f for f in before if f.value is not None], c0)
            # the first unit of the parts that a figure before the cue has ("cấp mới 12 dự án với 980 triệu USD"
            # under "1,35 tỷ USD": the USD)
            cands = next(([f for f in before if same_unit(f.unit, p.unit)] for p in parts
                          if p.unit and any(same_unit(f.unit, p.unit) for f in before)), [])
            if not cands or not index.is_stock(cands[-1]):
                continue
            if opens and len([f for f in cands if index.is_stock(f)]) > 1:
                continue  # "… 105 nhà; sửa chữa 02 nhà …. Trong đó có 47 nhà": which whole? not guessed
            whole = cands[-1]
            mine = [p for p in parts if same_unit(p.unit, whole.unit) or not p.unit]
            variant = "trong_do" if not paren_cue else "paren_co"
            out.append((whole, mine, variant, (p0 if opens else sentence_of(text, whole.start)[0], s1 if not paren_cue else end + 1)))
    index.__dict__["_subset_frames"] = out
    return out


@register(CHECK)
def find(doc: Document, figures: list[Figure]) -> list[Relation]:
    index = Index(doc, figures)
    out: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    for whole, parts, variant, (q0, q1) in subset_frames(doc, index):
        block = index.blocks[whole.block]
        for part in parts:
            if (whole.id, part.id) not in seen:
                seen.add((whole.id, part.id))
                out.append(_relation(whole, part, variant, block, quote(block.text, q0, q1)))
    for block in doc.blocks:
        text = block.text
        for total in index.by_block.get(block.id, []):
            if not index.is_stock(total) or not is_marked_total(text, total):
                continue
            parts = closed_partition(text, total, index, block.id, total.end)
            if not parts:
                continue
            # the next sentence's count of the same unit speaks of the same pool
            _, s1 = sentence_of(text, parts[-1].start)
            if s1 >= len(text):
                continue
            n0, n1 = sentence_of(text, s1 + 1 if text[s1:s1 + 1].isspace() else s1)
            later = [f for f in index.within(block.id, n0, n1) if index.is_stock(f) and same_unit(f.unit, total.unit)]
            if len(later) == 1 and (total.id, later[0].id) not in seen:
                seen.add((total.id, later[0].id))
                out.append(_relation(total, later[0], "after_partition", block, quote(text, n0, n1)))
    return out
