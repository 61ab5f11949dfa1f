"""Family ``part_of_whole``: subsets of a stated whole.

* ``trong đó`` / ``trong số đó`` introduce subsets: ``Toàn tỉnh có 1.250
  doanh nghiệp, trong đó 830 doanh nghiệp tư nhân, 95 doanh nghiệp FDI`` →
  830 ≤ 1.250 and 95 ≤ 1.250.  Several ``trong đó`` groups may overlap, so
  they are never required to add up.
* after a closed partition of a total, a later count of the same unit in the
  same paragraph speaks of the same pool: seed footnote 18, ``đã có 374 đơn đã
  có kết quả`` of the 1.403 đơn received → 374 ≤ 1.403.
"""

from __future__ import annotations

import re

from figaudit.figures import Figure
from figaudit.model import Document
from figaudit.relations import Relation, exact_or_interval, register
from figaudit.relations.common import TOTAL_KINDS, Index, quote, same_unit, sentence_of
from figaudit.relations.text_breakdown import closed_partition, is_marked_total

CHECK = "part_of_whole"
_SUBSET_OPEN = re.compile(r"\s*trong\s+(?:số\s+)?đó\s*[:,]?\s*", re.IGNORECASE)
_SUBSET = re.compile(r"\(?\s*\btrong\s+(?:số\s+)?đó\b\s*(?:có\s*)?[:,]?\s*", re.IGNORECASE)


def _relation(total: Figure, part: Figure, variant: str, block, q: str) -> Relation:
    _, shi, _, s_hi_open = exact_or_interval(total)
    plo, phi, p_lo_open, _ = exact_or_interval(part)
    return Relation(
        id=f"{CHECK}:{total.id}:{part.id}", check=CHECK, checkable=True, stated=total.value, computed=part.value,
        stated_lo=None, stated_hi=shi, computed_lo=plo, computed_hi=phi, strict_hi=s_hi_open or p_lo_open,
        unit=total.unit, line=part.line, footnote=block.footnote, block=block.id, quote=q,
        footnote_text=block.text if block.kind == "footnote" else "",
        expression=f"{part.text} ≤ {total.text}", figures=[total.id, part.id], variant=variant)


@register(CHECK)
def find(doc: Document, figures: list[Figure]) -> list[Relation]:
    index = Index(doc, figures)
    out: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    for block in doc.blocks:
        text = block.text
        counts = [f for f in index.by_block.get(block.id, []) if f.kind in TOTAL_KINDS and f.value is not None]
        for total in counts:
            s0, s1 = sentence_of(text, total.start)
            # trong đó … after the total, in its sentence
            m = _SUBSET.search(text, total.end, s1)
            if m and not [f for f in counts if total.end < f.start < m.start() and same_unit(f.unit, total.unit)]:
                for part in index.within(block.id, m.end(), s1, TOTAL_KINDS):
                    if part.value is not None and (same_unit(part.unit, total.unit) or not part.unit) and (total.id, part.id) not in seen:
                        seen.add((total.id, part.id))
                        out.append(_relation(total, part, "trong_do", block, quote(text, s0, s1)))
            # "… thu hút 1,35 tỷ USD … . Trong đó, cấp mới … 980 triệu USD; …": the next sentence opens with "Trong đó"
            nxt = _SUBSET_OPEN.match(text, s1) if s1 < len(text) else None
            if nxt and not [f for f in counts if total.end < f.start < s1 and same_unit(f.unit, total.unit)]:
                n0, n1 = sentence_of(text, nxt.end())
                for part in index.within(block.id, nxt.end(), n1, TOTAL_KINDS):
                    if part.value is not None and same_unit(part.unit, total.unit) and (total.id, part.id) not in seen:
                        seen.add((total.id, part.id))
                        out.append(_relation(total, part, "trong_do", block, quote(text, s0, n1)))
            # a later same-unit count after a closed partition
            parts = closed_partition(text, total, index, block.id, total.end) if is_marked_total(text, total) else None
            if parts:
                last = parts[-1]
                for later in counts:
                    if later.start > last.end and same_unit(later.unit, total.unit) and (total.id, later.id) not in seen:
                        seen.add((total.id, later.id))
                        l0, l1 = sentence_of(text, later.start)
                        out.append(_relation(total, later, "after_partition", block, quote(text, l0, l1)))
    return out
