"""Family ``footnote_breakdown``: a body total whose footnote breaks it down.

``kiểm tra 115 đảng viên⁷`` + footnote 7 ``Cấp huyện 30; cấp cơ sở 85;`` →
115 = 30 + 85.

* A footnote is a breakdown when, after an optional lead (``Gồm``,
  ``Trong đó:``), it is nothing but parts ``label number`` (``Cấp huyện 30``)
  or ``number label`` (``34 Hội nghị Thường trực``) separated by ``;``, ``,``
  or ``và``.  A footnote with prose around its numbers is not a breakdown (it
  belongs to other families).
* The candidate totals are the counts/amounts of the clause that the marker
  closes.  When a marker follows two totals (``586 đảng viên, 574 tổ chức¹¹``)
  the breakdown binds to the total whose unit matches the parts' unit, then
  to the one whose value the sum fits, then to the nearest in value; the other
  totals are recorded as ``unverifiable`` (no breakdown), never as failures.
* ``Trong đó`` makes the parts a subset: the sum must not exceed the total.
* Missing levels (no ``cấp tỉnh`` in footnote 7) are allowed and listed.
"""

from __future__ import annotations

import re
from decimal import Decimal

from figaudit import grammar as g
from figaudit.figures import Figure
from figaudit.numbers import fmt_vi
from figaudit.model import Block, Document
from figaudit.relations import Relation, exact_or_interval, register
from figaudit.relations.common import TOTAL_KINDS, Index, fits, parse_parts, sum_interval, unit_head

CHECK = "footnote_breakdown"
_LEVEL = re.compile(rf"^(?:{g.LEVEL})$", re.IGNORECASE)
_CLAUSE_BOUNDARY = re.compile(r"[;:()]|\.(?=\s)|\n")
STANDARD_LEVELS = ["cấp tỉnh", "cấp huyện", "cấp cơ sở"]


def parse_breakdown(fn: Block, index: Index) -> tuple[list[tuple[str, Figure]], bool] | None:
    """Return ([(label, figure)], is_subset) if the footnote is a pure breakdown."""
    text = fn.text
    lead = g.BREAKDOWN_LEAD.match(text)
    subset = bool(g.SUBSET_LEAD.match(text))
    parts = parse_parts(text, lead.end() if lead else 0, len(text), fn.id, index)
    return (parts, subset) if parts else None


def _clause_totals(block: Block, marker_start: int, figures: list[Figure]) -> tuple[list[Figure], int, int]:
    """Counts/amounts of the clause the marker closes, and the clause span."""
    text = block.text
    start = 0
    for m in _CLAUSE_BOUNDARY.finditer(text, 0, marker_start):
        start = m.end()
    for mk in block.markers:
        if mk.end <= marker_start and mk.end > start:
            start = mk.end
    end_m = _CLAUSE_BOUNDARY.search(text, marker_start)
    # keep a parenthesis that follows the marker in the quote: "(tăng 6 …)"
    if end_m and text[end_m.start()] == "(":
        close = text.find(")", end_m.start())
        end = close + 1 if close != -1 else len(text)
    else:
        end = end_m.start() if end_m else len(text)
    totals = [f for f in figures if f.block == block.id and start <= f.start and f.end <= marker_start
              and f.kind in TOTAL_KINDS and (f.value is not None or f.lo is not None)]
    return totals, start, end


@register(CHECK)
def find(doc: Document, figures: list[Figure]) -> list[Relation]:
    out: list[Relation] = []
    footnotes = doc.footnotes
    index = Index(doc, figures)
    for block in doc.blocks:
        if block.kind == "footnote":
            continue
        for mk in block.markers:
            fn = footnotes.get(mk.number)
            if fn is None:
                continue
            parsed = parse_breakdown(fn, index)
            if parsed is None:
                continue
            parts, subset = parsed
            totals, c_start, c_end = _clause_totals(block, mk.start, figures)
            quote = block.text[c_start:c_end].strip()
            part_figs = [f for _, f in parts]
            lo, hi, lo_open, hi_open = sum_interval(part_figs)
            computed = sum((f.value for f in part_figs), Decimal(0))
            part_units = {unit_head(f.unit) for f in part_figs if f.unit}
            expr_parts = " + ".join(f.text for f in part_figs)
            labels = [label.lower() for label, _ in parts]
            levels = [lab for lab in labels if _LEVEL.match(lab)]
            missing = [lv for lv in STANDARD_LEVELS if levels and not any(lv.split()[-1] in lab for lab in levels)]
            note = "missing_levels" if missing else ""
            note_args = {"levels": missing} if missing else {}
            base = dict(check=CHECK, footnote=mk.number, block=block.id, quote=quote, footnote_text=fn.text,
                        parts=[(label, f.value) for label, f in parts])
            if not totals:
                out.append(Relation(id=f"{CHECK}:fn{mk.number}", checkable=False, stated=None, computed=computed,
                                    computed_lo=lo, computed_hi=hi, unit=part_figs[0].unit, line=block.line_at(mk.start),
                                    expression=f"{expr_parts} = {fmt_vi(computed)}", figures=[f.id for f in part_figs],
                                    note="breakdown_without_total", **base))
                continue
            # Choose the total the breakdown belongs to.
            def rank(t: Figure):
                unit_ok = not part_units or unit_head(t.unit) in part_units
                value = t.value if t.value is not None else (t.lo or Decimal(0))
                ok = fits(t, lo, hi) if not subset else value >= lo
                return (not unit_ok, not ok, abs(value - computed), -t.start)

            bound = min(totals, key=rank)
            slo, shi, s_lo_open, s_hi_open = exact_or_interval(bound)
            if subset:  # parts ≤ total: the sum's lower end must not pass the total's upper end
                rel_lo, rel_hi = None, shi
                expression = f"{expr_parts} = {fmt_vi(computed)} ≤ {bound.text}"
            else:
                rel_lo, rel_hi = slo, shi
                expression = f"{expr_parts} = {fmt_vi(computed)}"
            out.append(Relation(
                id=f"{CHECK}:fn{mk.number}", checkable=True, stated=bound.value, computed=computed,
                stated_lo=rel_lo, stated_hi=rel_hi, computed_lo=lo, computed_hi=hi,
                strict_lo=s_lo_open or hi_open, strict_hi=s_hi_open or lo_open,
                unit=bound.unit, line=bound.line, expression=expression, note=note, note_args=note_args,
                figures=[bound.id] + [f.id for f in part_figs], **base))
            for other in totals:
                if other is bound:
                    continue
                out.append(Relation(
                    id=f"{CHECK}:fn{mk.number}:{other.id}", checkable=False, stated=other.value, computed=None,
                    unit=other.unit, line=other.line, figures=[other.id],
                    note="breakdown_bound_elsewhere",
                    note_args={"footnote": mk.number, "bound": f"{bound.text} {bound.unit}".strip()},
                    **{**base, "parts": []}))
    return out
