"""Family ``part_of_whole``: subsets of a stated whole.

Each part of a frame (:mod:`figaudit.relations.frames`: ``trong đó``,
``(có …)``, ``Trong số N …``, a funnel stage after ``Qua kiểm tra``) must not
exceed its whole: ``Toàn tỉnh có 1.250 doanh nghiệp, trong đó 830 doanh
nghiệp tư nhân, 95 doanh nghiệp FDI`` → 830 ≤ 1.250 and 95 ≤ 1.250.

After a closed partition of a total, a count of the same unit in the next
sentence speaks of the same pool: seed footnote 18, ``đã có 374 đơn đã có kết
quả`` of the 1.403 đơn received → 374 ≤ 1.403.
"""

from __future__ import annotations

from figaudit.figures import Figure
from figaudit.model import Document
from figaudit.relations import Relation, exact_or_interval, register
from figaudit.relations.common import Index, quote, same_unit, sentence_of
from figaudit.relations.frames import frames
from figaudit.relations.text_breakdown import closed_partition, is_marked_total

CHECK = "part_of_whole"


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
    for fr in frames(doc, index):
        block = index.blocks[fr.whole.block]
        for part in fr.parts:
            if (fr.whole.id, part.id) not in seen and part.id != fr.whole.id:
                seen.add((fr.whole.id, part.id))
                out.append(_relation(fr.whole, part, fr.kind, block, quote(block.text, *fr.span)))
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
