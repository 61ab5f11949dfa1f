"""Family ``hedge``: hedges on one figure that contradict each other.

``với trên gần 4,4 triệu lượt truy cập``: ``trên`` (more than) and ``gần`` (a
little under) cannot both hold: the two intervals do not meet → a warning
about the text, never a failure of the arithmetic.
"""

from __future__ import annotations

from figaudit import grammar as g
from figaudit.figures import Figure
from figaudit.model import Document
from figaudit.numbers import hedge_interval
from figaudit.relations import Relation, register
from figaudit.relations.common import Index, clause_of, quote

CHECK = "hedge"


@register(CHECK)
def find(doc: Document, figures: list[Figure]) -> list[Relation]:
    index = Index(doc, figures)
    out = []
    for f in figures:
        words = f.qualifier.split()
        quals = []
        i = 0
        while i < len(words):  # two-word hedges first ("trên dưới", "ước đạt", "xấp xỉ", "ít nhất")
            two = " ".join(words[i:i + 2])
            if two in g.QUALIFIER_KIND:
                quals.append(two)
                i += 2
            elif words[i] in g.QUALIFIER_KIND:
                quals.append(words[i])
                i += 1
            else:
                i += 1
        if len(quals) < 2 or f.value is None:
            continue
        first = hedge_interval(f.value, g.QUALIFIER_KIND[quals[0]])
        second = hedge_interval(f.value, g.QUALIFIER_KIND[quals[1]])
        # Two intervals meet iff each starts before the other ends.  Put the one that
        # starts higher as "computed": then GX's one comparison alt_hi >(=) computed_lo decides.
        low, high = sorted((first, second), key=lambda iv: (iv[0], iv[2]))
        block = index.blocks[f.block]
        c0, c1 = clause_of(block.text, f.start)
        out.append(Relation(
            id=f"{CHECK}:{f.id}", check=CHECK, checkable=True, stated=f.value, computed=f.value,
            computed_lo=high[0], computed_hi=high[1], stated_lo=None, stated_hi=None,
            alt_lo=low[0], alt_hi=low[1], alt_strict_hi=low[3] or high[2],
            unit=f.unit, line=f.line, footnote=block.footnote, block=block.id, quote=quote(block.text, c0, c1),
            footnote_text=block.text if block.kind == "footnote" else "",
            expression=f"{quals[0]} {f.text} ∩ {quals[1]} {f.text}", figures=[f.id], note="hedge_contradiction",
            note_args={"first": quals[0], "second": quals[1], "figure": f.text}, variant="contradiction"))
    return out
