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

import re
from dataclasses import replace
from decimal import Decimal

from figaudit import grammar as g
from figaudit.figures import Figure
from figaudit.model import Document
from figaudit.relations import Relation, exact_or_interval, register, soften
from figaudit.relations.common import (
    TOTAL_KINDS, Index, next_sentence, quote, same_kind, same_unit, sentence_of, sum_interval, unit_re,
)
from figaudit.numbers import fmt_vi
from figaudit.relations.frames import frames
from figaudit.relations.partition import disjoint_kinds, distinct_levels, distinct_classes
from figaudit.relations.breakdowns import closed_partition, is_marked_total, sum_text

CHECK = "part_of_whole"
#: the amount after a slash named as what was due: "… 1,24 tỷ đồng/1.842,6 triệu đồng phải thu"
_DUE_AFTER = re.compile(r"\s*[^\W\d_]*(?:\s+[^\W\d_]+)?\s+phải\s+(?:thu hồi|thu|trả|nộp|bồi thường|hoàn trả)\b",
                        re.IGNORECASE)
#: frames read from a verb or a period word rather than a subset cue: a violation is a warning
_INFERRED = {"funnel": "inferred_funnel", "rieng": "inferred_rieng",
             "paren_bare": "inferred_paren_bare",
             "cumulative": "inferred_cumulative", "trong_do_paragraph": "inferred_previous_paragraph",
             "conclusions": "inferred_conclusions", "header_named": "inferred_named_header",
             "tiers": "inferred_standard_tiers", "additions": "inferred_additions", "pair_next": "inferred_pair_next",
             "header_clause": "inferred_header_clause", "toll": "inferred_toll", "raised": "inferred_raised"}


def _relation(total: Figure, part: Figure, variant: str, block, q: str) -> Relation:
    _, shi, _, s_hi_open = exact_or_interval(total)
    plo, phi, p_lo_open, _ = exact_or_interval(part)
    return Relation(
        id=f"{CHECK}:{total.id}:{part.id}", check=CHECK, checkable=True, stated=total.value, computed=part.value,
        stated_lo=None, stated_hi=shi, computed_lo=plo, computed_hi=phi, strict_hi=s_hi_open or p_lo_open,
        unit=total.unit, line=part.line, footnote=block.footnote, block=block.id, quote=q,
        footnote_text=block.text if block.kind == "footnote" else "",
        expression=f"{part.text} ≤ {total.text}", figures=[total.id, part.id], variant=variant)


def _sum_relation(fr, block, index: Index | None = None) -> Relation | None:
    """The parts of a frame together: their sum does not exceed the whole.  Recorded when it holds, or when the
    parts are disjoint by their labels (levels, a complementary pair); groups that may overlap (nữ, đoàn viên,
    dân tộc thiểu số) are never summed into a discrepancy."""
    parts = [p for p in fr.parts if p.kind in TOTAL_KINDS and p.value is not None
             and (same_kind(p.unit, fr.whole.unit) or fr.kind == "trong_do_paragraph"
                                                       or fr.partition in ("pair", "compound"))]  # (its parts chosen by unit)
    if len(parts) < 2 or fr.kind == "funnel":
        return None
    lo, hi, lo_open, _ = sum_interval(parts)
    _, shi, _, s_hi_open = exact_or_interval(fr.whole)
    holds = shi is None or lo < shi or (lo == shi and not (lo_open or s_hi_open))
    kept = {id(p) for p in parts}  # (by identity: a list lookup per part made long lists quadratic)
    labels = [lab for lab, p in zip(fr.labels, fr.parts) if id(p) in kept] if len(fr.labels) == len(fr.parts) else []
    kinds = not holds and not fr.partition and disjoint_kinds(labels)
    modes = not holds and not fr.partition and not kinds and distinct_classes(labels)
    named = not holds and not fr.partition and not kinds and not modes and index is not None and _named_items(index, parts)
    if not holds and not fr.partition and not distinct_levels(labels) and not kinds and not named and not modes:
        return None  # (parts at distinct levels are disjoint: more than the whole is a discrepancy)
    total = sum((p.value for p in parts), Decimal(0))
    if holds and (typo := _digit_typo(fr.whole, parts, total, lo, hi)) is not None:
        return typo
    rel = Relation(
        id=f"{CHECK}:{fr.whole.id}:sum:{parts[0].id}", check=CHECK, checkable=True, stated=fr.whole.value, computed=total,
        stated_lo=None, stated_hi=shi, computed_lo=lo, computed_hi=hi, strict_hi=s_hi_open or lo_open,
        unit=fr.whole.unit, line=parts[0].line, footnote=block.footnote, block=block.id, quote=quote(block.text, *fr.span),
        footnote_text=block.text if block.kind == "footnote" else "",
        expression=" + ".join(p.text for p in parts) + f" = {sum_text(parts, total)} ≤ {fr.whole.text}",
        figures=[fr.whole.id] + [p.id for p in parts], variant=f"{fr.kind}_sum",
        parts=[("", p.value) for p in parts])
    if named:
        return soften(rel, "inferred_named_items")
    if modes:
        return soften(rel, "inferred_distinct_classes")  # (read from the labels: a sum over the whole warns)
    return soften(rel, "inferred_disjoint_kinds") if kinds else rel  # (a person may be counted under both)


#: a sentence detailing the figure before it, unit by unit: "Cụ thể: …", "Cụ thể như sau: …"
_DETAILS = re.compile(r"\s*(?:[-–•]\s*)?Cụ thể\s*(?:là|như sau)?\s*[,:]", re.IGNORECASE)
#: one item of a ";" list naming its unit: "; Bình Sơn ", ": Đảng bộ thành phố An Phú chỉ tiêu phát triển "
_NAMED_ITEM = re.compile(rf"(?:[;:]\s*(?:và\s+)?|\d\s+và\s+)([{g.VI_UPPER}](?:[^\d;:.()%]|\.(?=\S)){{0,80}})$")


def _named_items(index: Index, parts: list[Figure]) -> bool:
    """Is each part the figure of its own named unit in a ``;`` list of a sentence detailing the whole (``Cụ thể:
    Đảng bộ A 150 …; B 110; C 95``), no two names the same?  Units named one by one are disjoint: together they cannot exceed the whole (read from
    the names, so a sum over the whole warns)."""
    if len(parts) < 3:
        return False
    first = index.blocks[parts[0].block].text
    if not _DETAILS.match(first, sentence_of(first, parts[0].start)[0]):
        return False  # (only a sentence that details the whole: "trong đó: bảo hiểm xã hội …; bảo hiểm y tế …" names
        # kinds a person may hold several of)
    names = []
    for p in parts:
        text = index.blocks[p.block].text
        m = _NAMED_ITEM.search(text, max(0, p.start - 90), p.start)
        if m is None:
            return False
        names.append(" ".join(m.group(1).lower().split()))
    return len(set(names)) == len(names)


def _digit_typo(whole: Figure, parts: list[Figure], total: Decimal, lo: Decimal, hi: Decimal | None) -> Relation | None:
    """``tổng vốn 200.928,2 tỷ đồng, trong đó … 120.500,0 tỷ + 79.428,1 tỷ`` (= 199.928,1): the parts fall short of
    the whole by exactly a power of ten in the whole's written unit, the mark of a mistyped digit rather than of
    parts left unsaid.  The parts were then meant to add up: a warning, never a failure (they are a subset)."""
    slo, shi, _, _ = exact_or_interval(whole)
    if hi is None or slo is None or shi is None or not whole.scale or whole.qualifier or any(p.qualifier for p in parts):
        return None  # (a hedged figure, "gần 4.200 tỷ", spans a tenth of itself: any power of ten fits such a gap)
    gap_lo, gap_hi = (slo - hi) / whole.scale, (shi - lo) / whole.scale  # the shortfall, in written units
    written = whole.value / whole.scale
    power = Decimal(100)  # (a gap of 10 is met by chance too often by groups that overlap)
    while power < written:
        if gap_lo <= power <= gap_hi:
            rel = Relation(
                id=f"{CHECK}:{whole.id}:sum:{parts[0].id}", check=CHECK, checkable=True, stated=whole.value,
                computed=total, stated_lo=slo, stated_hi=shi, computed_lo=lo, computed_hi=hi, unit=whole.unit,
                line=parts[0].line, expression=" + ".join(p.text for p in parts) + f" = {sum_text(parts, total)} ≠ {whole.text}",
                figures=[whole.id] + [p.id for p in parts], variant="digit_typo", parts=[("", p.value) for p in parts])
            return soften(rel, "inferred_digit_typo")
        power *= 10
    return None


#: a ratio's items in a second status, in its sentence: "đã hoàn thành 21/28 chỉ tiêu, đang thực hiện 5 chỉ tiêu",
#: "giải quyết 41/47 vụ việc; hiện đang xác minh 4 vụ việc" (not "còn 6 đơn …", a remainder read by text_breakdown)
_IN_PROGRESS = re.compile(r"[^\d.;:()]{0,40}?[,;]\s*(?:và\s+)?(?:hiện\s+|còn\s+)?(?:đang|chưa)\s+"
                          r"(?:[^\W\d_]+\s+){1,4}$", re.IGNORECASE)


def _status_pairs(text: str, block, index: Index) -> list[Relation]:
    """``đã hoàn thành 21/28 chỉ tiêu, đang thực hiện 5 chỉ tiêu``: the ratio's items done and those in progress are
    two statuses of its denominator's items, so together they stay within it (others may be neither: no sum is
    implied).  Done and started may overlap in a writer's words, so a sum past the denominator warns."""
    out = []
    figs = index.by_block.get(block.id, [])
    for i, r in enumerate(figs):
        if r.kind != "ratio" or not r.unit or not r.extra.get("denominator") or index.role(r) or i + 1 >= len(figs):
            continue
        z = figs[i + 1]
        if not index.is_stock(z) or z.value is None or not same_unit(z.unit, r.unit) \
                or not _IN_PROGRESS.fullmatch(text, r.end, z.start):
            continue
        num, den = Decimal(r.extra["numerator"]), Decimal(r.extra["denominator"])
        rel = _sum_row(r.derived(f"{fmt_vi(den)} {r.unit}", den), [r.derived(fmt_vi(num), num), z], "ratio_status", block,
                       quote(text, *sentence_of(text, r.start)), f"{CHECK}:{r.id}:status:{z.id}")
        rel.figures = [r.id, z.id]
        out.append(rel if rel.computed_hi is not None and rel.computed_hi <= rel.stated else
                   soften(rel, "inferred_ratio_status"))
    return out


def _sum_row(whole: Figure, parts: list[Figure], variant: str, block, q: str, rid: str) -> Relation:
    """Parts together within their whole: the sum's interval (hedges and rounding) against the whole's upper end."""
    lo, hi, lo_open, _ = sum_interval(parts)
    total = sum((p.value for p in parts), Decimal(0))
    _, shi, _, s_hi_open = exact_or_interval(whole)
    return Relation(
        id=rid, check=CHECK, checkable=True, stated=whole.value, computed=total, stated_lo=None, stated_hi=shi,
        computed_lo=lo, computed_hi=hi, strict_hi=s_hi_open or lo_open, unit=whole.unit, line=parts[0].line,
        footnote=block.footnote, block=block.id, quote=q, footnote_text=block.text if block.kind == "footnote" else "",
        expression=" + ".join(p.text for p in parts) + f" = {sum_text(parts, total)} ≤ {whole.text}",
        figures=[whole.id] + [p.id for p in parts], variant=variant, parts=[("", p.value) for p in parts])


#: the population a percentage counts, right after it: "74,2% hộ gia đình", "55,1% số hộ", "19% số hộ dân"
_PCT_NOUN = re.compile(r"\s*(?:(?:tổng\s+)?số\s+)?([^\W\d_]+(?:\s+[^\W\d_]+)?)")
_SUBSET = re.compile(r",?\s*trong\s+(?:số\s+)?đó\s*,?\s*(?:có\s+)?$", re.IGNORECASE)
_POPULATION_ROLES = ("", "share", "quantifier")  # (a level, not a change, plan or target)
_SHARE_WORD = re.compile(r"\b(?:chiếm|tỷ trọng|tỉ trọng)\b", re.IGNORECASE)


def _percent_parts(text: str, block, index: Index) -> list[Relation]:
    """``có 74,2% hộ gia đình dùng nước sạch, trong đó 55,1% số hộ dùng nước máy và 19,1% số hộ dùng nước giếng``:
    percentages of one population (the same noun after each), the later ones after ``trong đó``: each part stays
    within the whole, and so do they together.  Read from the nouns (a part may be written over another base), a
    part past the whole warns."""
    out = []
    figs = index.by_block.get(block.id, [])
    for i, w in enumerate(figs):
        if w.kind != "percent" or w.value is None or index.role(w) not in _POPULATION_ROLES or w.qualifier:
            continue
        noun = _PCT_NOUN.match(text, w.end)
        s0, s1 = sentence_of(text, w.start)
        if noun is None or _SHARE_WORD.search(text, max(s0, w.start - 20), w.start):
            continue
        cue = None
        parts = []
        for f in figs[i + 1:i + 8]:
            if f.start >= s1:
                break
            if cue is None:
                cue = _SUBSET.search(text, w.end, f.start)
                if cue is None or f.kind != "percent" or re.search(r"[;.]", text[w.end:cue.start()]):
                    break
            if f.kind != "percent" or f.value is None or index.role(f) not in _POPULATION_ROLES or f.qualifier \
                    or _SHARE_WORD.search(text, max(s0, f.start - 20), f.start):
                parts = []
                break  # (a rate of another kind, or a share of the whole, among them: which base, the text leaves open)
            pn = _PCT_NOUN.match(text, f.end)
            if pn is None or not same_kind(pn.group(1).split()[0], noun.group(1).split()[0]):
                parts = []
                break
            parts.append(f)
        for f in parts:
            out.append(soften(_relation(w, f, "percent_parts", block, quote(text, s0, s1)), "inferred_percent_parts"))
        if len(parts) >= 2:
            rel = _sum_row(w, parts, "percent_parts_sum", block, quote(text, s0, s1), f"{CHECK}:{w.id}:sum:{parts[0].id}")
            out.append(soften(rel, "inferred_percent_parts"))
    return out


@register(CHECK)
def find(doc: Document, figures: list[Figure]) -> list[Relation]:
    index = Index(doc, figures)
    out: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    for fr in frames(doc, index):
        block = index.blocks[fr.quote_block]
        if fr.partition == "others" and any(index.paren(p) for p in fr.parts):
            fr = replace(fr, partition="")  # (a nested list's "các thị trường khác" closes that list, not this one)
        for part in fr.parts if fr.kind not in ("open_list", "trong_do_cont") else []:  # (only their sum says something)
            if (fr.whole.id, part.id, fr.of) not in seen and part.id != fr.whole.id:
                seen.add((fr.whole.id, part.id, fr.of))
                rel = _relation(fr.whole, part, fr.kind, block, quote(block.text, *fr.span))
                if fr.of:
                    rel.id, rel.variant = f"{rel.id}:{fr.of}", f"{rel.variant}_{fr.of}"
                if fr.kind in _INFERRED:
                    soften(rel, _INFERRED[fr.kind])
                out.append(rel)
        rel = _sum_relation(fr, block, index)
        if rel is not None and rel.variant == "digit_typo":
            rel.footnote, rel.block, rel.quote = block.footnote, block.id, quote(block.text, *fr.span)
            rel.footnote_text = block.text if block.kind == "footnote" else ""
        if rel is not None and fr.kind in _INFERRED and rel.variant != "digit_typo":
            soften(rel, _INFERRED[fr.kind])  # (the whole, or the frame, read from words: a sum past it warns)
        if rel is not None and fr.of:
            rel.id, rel.variant = f"{rel.id}:{fr.of}", f"{rel.variant}_{fr.of}"
        if rel is not None and (fr.partition == "petition_types" or fr.partition == "others" and rel.computed_lo is not None
                                and rel.stated_hi is not None and rel.computed_lo > rel.stated_hi):
            soften(rel, f"inferred_{fr.partition}")
        if rel is not None and ("sum", fr.whole.id, rel.id) not in seen:
            seen.add(("sum", fr.whole.id, rel.id))
            out.append(rel)
    for block in doc.blocks:
        text = block.text
        figs = index.by_block.get(block.id, [])
        out.extend(_status_pairs(text, block, index))
        out.extend(_percent_parts(text, block, index))
        for done, due in zip(figs, figs[1:]):
            # "trả lại cho công dân 3,85 tỷ đồng/3.126,4 triệu đồng phải trả": what was done over what was due
            if done.kind == "amount" and due.kind == "amount" and done.value is not None and due.value \
                    and same_kind(done.unit, due.unit) and _DUE_AFTER.match(text, due.end) \
                    and re.fullmatch(rf"\s*(?:{unit_re(done.unit)})?\s*/\s*", text[done.end:due.start]):
                s0, s1 = sentence_of(text, done.start)
                out.append(soften(_relation(due, done, "slash_due", block, quote(text, s0, s1)), "inferred_slash_due"))
        for total in index.by_block.get(block.id, []):
            if not index.is_stock(total) or not is_marked_total(text, total):
                continue
            parts = closed_partition(text, total, index, block.id, total.end)
            if not parts:
                continue
            # the next sentence's count of the same unit speaks of the same pool
            _, s1 = sentence_of(text, parts[-1].start)
            nxt = next_sentence(text, s1)
            if nxt is None:
                continue
            n0, n1 = nxt
            later = [f for f in index.within(block.id, n0, n1) if index.is_stock(f) and same_unit(f.unit, total.unit)]
            if len(later) == 1 and (total.id, later[0].id) not in seen:
                seen.add((total.id, later[0].id))
                out.append(_relation(total, later[0], "after_partition", block, quote(text, n0, n1)))
    return out
