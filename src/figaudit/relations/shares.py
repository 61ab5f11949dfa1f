"""Parts of one whole named by their shares (family ``text_breakdown``, variant ``shares``).

A report often states a whole once and then each of its groups with the group's share of it, in later sentences
or paragraphs: "Huyện có 2.400 hộ kinh doanh mới. … Nhóm thương mại có 1.500 hộ, chiếm 62,5% tổng số hộ kinh
doanh mới. Nhóm dịch vụ có 900 hộ, chiếm 37,5% tổng số hộ kinh doanh mới."  No cue word lists the groups, but the
shares do: when the percent family has recomputed two or more shares of the same whole and the stated shares
total 100 % (within their rounding), the groups are all of the whole, and their figures must add up to it.

This is a derived finder: it reads the percent family's relations, never the text again.  A share that did not
recompute is not used (its binding may be wrong).  A mismatch is a warning, never a failure: shares that total
100 % only to their rounding leave room for a small group nobody named."""

from __future__ import annotations

from decimal import Decimal

from figaudit.figures import Figure
from figaudit.model import Document
from figaudit.numbers import HUNDRED, fmt_vi
from figaudit.relations import Relation, exact_or_interval, register_derived, soften
from figaudit.relations.common import quote, sentence_of, sum_interval
from figaudit.relations.breakdowns import CHECK, breakdown, within_whole

#: percent relations whose whole is a figure of the text (not a plan, a surplus or a sum of the parts themselves)
_BOUND = ("recomputed", "named_whole", "consensus_whole", "rate")
#: the most shares of one whole looked at (a window: cost linear in the relations)
MAX_SHARES = 12


def _recomputes(r: Relation) -> bool:
    lo = r.stated_lo if r.stated_lo is not None else r.alt_lo
    hi = r.stated_hi if r.stated_hi is not None else r.alt_hi
    if r.computed is None or lo is None or hi is None:
        return False
    c_lo = r.computed_lo if r.computed_lo is not None else r.computed
    c_hi = r.computed_hi if r.computed_hi is not None else r.computed
    return c_hi >= lo and c_lo <= hi


@register_derived(CHECK)
def find(doc: Document, figures: list[Figure], found: list[Relation]) -> list[Relation]:
    by_id = {f.id: f for f in figures}
    taken = {fid for r in found if r.check == CHECK for fid in r.figures}
    groups: dict[str, list[tuple[Figure, Figure]]] = {}
    for r in found:
        if r.check != "percent" or r.variant not in _BOUND or len(r.figures) != 3 or "−" in r.expression:
            continue
        p, num, whole = (by_id.get(i) for i in r.figures)
        if None in (p, num, whole) or not _recomputes(r) or num.id == whole.id:
            continue
        group = groups.setdefault(whole.id, [])
        if len(group) < MAX_SHARES and all(n.id != num.id and q.id != p.id for q, n in group):
            group.append((p, num))
    blocks = {b.id: b for b in doc.blocks}
    out = []
    for whole_id, group in groups.items():
        whole = by_id[whole_id]
        if whole.id in taken or len(group) < 2:
            continue
        group.sort(key=lambda pn: (pn[1].line, pn[1].start))
        run = _run_to_hundred(group)
        if run is None:
            partial = _partial_sum(whole, group, blocks[whole.block], found)
            if partial is not None:
                out.append(partial)
            continue
        if any(n.id in taken for _, n in run):
            continue
        block = blocks[whole.block]
        s0, s1 = sentence_of(block.text, whole.start)
        rel = breakdown(whole, [("", n) for _, n in run], "shares", block, quote(block.text, s0, s1), listed=True)
        if rel is None or len(rel.figures) != len(run) + 1:
            continue
        rel.note_args = {**rel.note_args, "shares": " + ".join(p.text for p, _ in run)}
        out.append(soften(rel, "inferred_shares"))
        taken.update(rel.figures)
        pcts = {p.id for p, _ in run}
        if not any(r.check == "percent" and r.variant == "share_sum" and pcts & set(r.figures) for r in found):
            out.append(_hundred(run, blocks[run[0][0].block]))
    return out


def _hundred(run: list[tuple[Figure, Figure]], block) -> Relation:
    """The shares of the run themselves: they total 100 % within their rounding (family ``percent``, a pass by
    construction, recorded so the structure the text states is on the audit)."""
    ps = [p for p, _ in run]
    total = sum((p.value for p in ps), Decimal(0))
    tol = sum((p.half_digit for p in ps), Decimal(0))
    s0 = sentence_of(block.text, ps[0].start)[0]
    s1 = sentence_of(block.text, ps[-1].start)[1] if ps[-1].block == block.id else len(block.text)
    return Relation(
        id=f"percent:{ps[0].id}:shares", check="percent", checkable=True, stated=HUNDRED, computed=total,
        stated_lo=HUNDRED, stated_hi=HUNDRED, computed_lo=total - tol, computed_hi=total + 2 * tol, unit="%",
        line=ps[0].line, footnote=block.footnote, block=block.id, quote=quote(block.text, s0, s1),
        footnote_text=block.text if block.kind == "footnote" else "",
        expression=" + ".join(p.text for p in ps) + f" = {fmt_vi(total)} %", figures=[p.id for p in ps],
        variant="share_sum")


def _partial_sum(whole: Figure, group: list[tuple[Figure, Figure]], block, found: list[Relation]) -> Relation | None:
    """Groups named with their shares that stop short of 100 % ("90 vụ cháy, chủ yếu do điện 30 vụ (33,3%), do bất
    cẩn 25 vụ (27,8%)"): the groups named are some of the whole, and together they do not exceed it (family
    ``part_of_whole``, variant ``shares_sum``).  Recorded only when it holds: shares of one whole may overlap, so
    an excess is no discrepancy (and each share has its own row in the percent family)."""
    if any(r.check == "part_of_whole" and r.variant.endswith("_sum") and r.figures[0] == whole.id for r in found):
        return None  # (a cue word's frame already summed these parts)
    total_pct = sum((p.value for p, _ in group), Decimal(0))
    slack = sum((2 * p.half_digit for p, _ in group), Decimal(0))
    if total_pct + slack >= HUNDRED:
        return None
    parts = [n for _, n in group]
    _, hi, _, _ = sum_interval(parts)
    _, shi, _, _ = exact_or_interval(whole)
    if shi is None or hi is None or hi > shi:
        return None
    s0, s1 = sentence_of(block.text, whole.start)
    return within_whole(whole, parts, "shares_sum", block, quote(block.text, s0, s1),
                        note=f"({' + '.join(p.text for p, _ in group)} = {fmt_vi(total_pct)}%)")


def _run_to_hundred(group: list[tuple[Figure, Figure]]) -> list[tuple[Figure, Figure]] | None:
    """The first run of consecutive shares (in the order of their figures) whose stated values total 100 % within
    their rounding (half a unit of the last digit each, a whole unit when written truncated)."""
    for i in range(len(group)):
        total, slack = Decimal(0), Decimal(0)
        for j in range(i, len(group)):
            p = group[j][0]
            total += p.value
            slack += 2 * p.half_digit
            if j > i and abs(total - HUNDRED) <= slack:
                return group[i:j + 1]
            if total > HUNDRED + slack:
                break
    return None
