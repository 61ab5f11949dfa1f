"""Shapes of the ``text_breakdown`` family that belong to one genre's fixed vocabulary: traffic accidents by mode,
inspection findings (violations, recovery, other handling), fund balances, outcomes of complaints
(đúng / đúng một phần / sai), growth contributions in percentage points, and months or quarters adding up to a period.

Same contract as ``breakdown_lists``: ``finder(doc, index, found) -> list[Relation]``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from figaudit import grammar as g
from figaudit.figures import Figure
from figaudit.numbers import fmt_vi
from figaudit.model import Document
from figaudit.relations import Relation, exact_or_interval, soften
from figaudit.relations.common import (
    QUANTITY_KINDS,
    TOTAL_KINDS, Index, clause_of, clauses_in, fits, next_sentence, per_unit, previous_sentence, quote, same_kind, same_unit, sentence_of,
    sentences, unit_head, writer_span,
)
from figaudit.relations.breakdowns import CHECK, SUBSET_START, breakdown, sum_text, within_whole, words_before

#: a sentence about one mode of transport: "Trong đó, đường bộ xảy ra 916 vụ, …", "Đường sắt xảy ra 7 vụ, …"
_MODE = re.compile(r"(?:[-–•]\s*)?(?:trong đó,?\s*)?(?:tai nạn\s+)?(?:giao thông\s+)?(?:trên\s+)?(?:tuyến\s+)?"
                   r"(đường bộ|đường sắt|đường thủy|đường thuỷ|hàng hải)\b", re.IGNORECASE)
#: the three counts of a traffic report, each by the word before it
_METRICS = {"cases": re.compile(r"xảy ra\s+$", re.IGNORECASE), "dead": re.compile(r"chết\s+$", re.IGNORECASE),
            "injured": re.compile(r"bị thương\s+$", re.IGNORECASE)}
_NONE = {"cases": re.compile(r"không xảy ra", re.IGNORECASE), "injured": re.compile(r"không có người bị thương", re.IGNORECASE),
         "dead": re.compile(r"không có người chết", re.IGNORECASE)}


def _metrics(text: str, index: Index, block_id: str, s0: int, s1: int) -> dict[str, Figure | None]:
    found: dict[str, Figure | None] = {}
    for f in index.within(block_id, s0, s1, TOTAL_KINDS, limit=12):
        for name, cue in _METRICS.items():
            if name not in found and f.value is not None and cue.search(text, max(0, f.start - 12), f.start):
                found[name] = f
    for name, cue in _NONE.items():
        if name not in found and cue.search(text, s0, s1):
            found[name] = None  # stated as none: zero
    return found


def traffic_modes(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``toàn quốc xảy ra 812 vụ, làm chết 430 người, bị thương 515 người …`` followed (in the next sentences or
    paragraphs) by one sentence per mode — ``đường bộ xảy ra 953 vụ …``, ``Đường sắt xảy ra 7 vụ …``, ``Đường thủy
    …``, ``hàng hải không xảy ra tai nạn``: the modes' counts add up to the whole's, for cases, deaths and injuries.
    A sum that holds passes; one that does not warns — more than the whole whenever three modes are reported, less
    only when all four are (a mode left out may hold the rest).  A whole already sorted by another criterion
    (cause, place) is sorted by mode too."""
    done = {f for r in found for f in r.figures[1:]} | {r.figures[0] for r in found if r.variant in ("modes", "modes_sum")}
    out = []
    sents = [(b, s0, s1) for b in doc.blocks if b.kind != "heading" for s0, s1 in sentences(b.text)]
    for k, (b, s0, s1) in enumerate(sents):
        text = b.text
        if _MODE.match(text, s0) or not re.search(r"tai nạn|TNGT", text[s0:s1]):
            continue
        totals = _metrics(text, index, b.id, s0, s1)
        if "cases" not in totals or totals["cases"] is None or totals["cases"].id in done:
            continue
        modes: dict[str, dict] = {}
        where: dict[str, tuple] = {}  # each mode's first clause: (block, start), where its changes are read from
        # a window of sentences (the cost stays linear), each read clause by clause: "Trong đó, đường bộ xảy ra 94
        # vụ, …; đường thủy nội địa xảy ra 2 vụ, …; không xảy ra tai nạn đường sắt"
        clauses = [(b2, c0, c1) for b2, t0, t1 in sents[k + 1:k + 13] for c0, c1 in clauses_in(b2.text, t0, t1)]
        for b2, t0, t1 in clauses[:40]:
            none = g.MODE_NONE.search(b2.text, t0, t1)
            m = none or _MODE.match(b2.text, t0) or _MODE.search(b2.text, t0, min(t1, t0 + 40))
            if m is None or not none and not _metrics(b2.text, index, b2.id, t0, t1):
                continue
            mode = m.group(1).lower().replace("thuỷ", "thủy")
            if mode in modes:
                break
            got = {} if none else _metrics(b2.text, index, b2.id, t0, t1)
            if none or "cases" in got and got["cases"] is None:  # "hàng hải không xảy ra tai nạn": no deaths, no injuries
                got = {"cases": None, "dead": None, "injured": None}
            modes[mode] = got
            where[mode] = (b2, t0)
        if len(modes) < 2:
            continue
        changes = _mode_changes(index, b, totals, s1, where)
        complete = {"đường bộ", "đường sắt", "đường thủy", "hàng hải"} <= set(modes)
        for name, total in totals.items():
            if total is None or total.id in done:
                continue
            vals = [mv[name] for mv in modes.values() if name in mv]
            if len(vals) != len(modes):
                continue
            parts = [v for v in vals if v is not None]
            summed = sum((v.value for v in parts), Decimal(0))
            if summed < total.value and not complete or summed != total.value and len(modes) < 3:
                # a mode left unreported (sea) may hold the rest: the modes named are only some of the whole
                if summed <= total.value and parts:
                    named = [mode for mode, mv in modes.items() if mv[name] is not None]
                    out.append(within_whole(total, parts, "modes_sum", b, quote(text, s0, s1), labels=named))
                continue  # (more than the whole is wrong in any case, but with two modes read it may be misread)
            rel = Relation(
                id=f"{CHECK}:{total.id}:modes", check=CHECK, checkable=True, stated=total.value, computed=summed,
                stated_lo=total.value, stated_hi=total.value, computed_lo=summed, computed_hi=summed, unit=total.unit,
                line=total.line, footnote=b.footnote, block=b.id, quote=quote(text, s0, s1),
                footnote_text=b.text if b.kind == "footnote" else "",
                expression=" + ".join([v.text for v in parts] + ["0"] * (len(vals) - len(parts))) + f" = {sum_text(parts, summed)}",
                figures=[total.id] + [v.id for v in parts], variant="modes", note="parts_by_sum" if summed == total.value else "",
                parts=[(mode, mv[name].value if mv[name] is not None else Decimal(0)) for mode, mv in modes.items()])
            out.append(soften(rel, "inferred_traffic_modes") if summed != total.value else rel)
            if summed == total.value and changes is not None:
                out += _changes_by_mode(name, changes, b, quote(text, s0, s1), doc)
    return out


#: a count the text says did not change: "số người chết không thay đổi", "số vụ không thay đổi"
_UNCHANGED = {"cases": re.compile(r"\bsố vụ(?:\s+tai nạn)?\s+không thay đổi", re.IGNORECASE),
              "dead": re.compile(r"\bsố người chết\s+không thay đổi", re.IGNORECASE),
              "injured": re.compile(r"\bsố người bị thương\s+không thay đổi", re.IGNORECASE)}


def _metric_of_change(f: Figure) -> str:
    u = (f.unit or "").lower()
    return "dead" if "chết" in u else "injured" if "bị thương" in u else "cases" if unit_head(u) == "vụ" else ""


def _changes_in(text: str, index: Index, block_id: str, a: int, z: int) -> dict[str, tuple[Decimal, Figure | None]]:
    """The signed change of each count stated in text[a:z]: the first change figure of its metric (``giảm 61 người
    chết``, ``tăng 2 vụ``), or zero where the text says it did not change."""
    got: dict[str, tuple[Decimal, Figure | None]] = {}
    for c in index.within(block_id, a, z, TOTAL_KINDS, limit=16):
        name = _metric_of_change(c)
        if not name or name in got or index.role(c) != "change" or c.value is None:
            continue
        sign = _sign_before(text, c, a)
        if sign:
            got[name] = (Decimal(sign) * c.value, c)
    for name, cue in _UNCHANGED.items():
        if name not in got and cue.search(text, a, z):
            got[name] = (Decimal(0), None)
    return got


def _mode_changes(index: Index, b, totals: dict, s1: int, where: dict) -> tuple | None:
    """The whole's changes (after its sentence, up to its first mode) and each mode's (from its first clause to the
    next mode's, or its paragraph's end): ``So với cùng kỳ giảm 357 vụ, … Trong đó, đường bộ xảy ra 953 vụ, … . So với
    cùng kỳ năm trước giảm 356 vụ, …``."""
    first = next(iter(where.values()))
    cases = totals.get("cases")
    if cases is None:
        return None
    whole = _changes_in(b.text, index, b.id, cases.end, first[1] if first[0] is b else len(b.text))
    if first[0] is not b:  # "…, làm bị thương 599 người." / "So với cùng kỳ giảm 357 vụ, … Trong đó, đường bộ …"
        whole = {**_changes_in(first[0].text, index, first[0].id, 0, first[1]), **whole}
    order = list(where.items())  # (in the text's order: the modes were found reading forward)
    per_mode = {}
    for k, (mode, (b2, t0)) in enumerate(order):
        nxt = order[k + 1][1] if k + 1 < len(order) else None
        z = nxt[1] if nxt is not None and nxt[0] is b2 else len(b2.text)
        per_mode[mode] = _changes_in(b2.text, index, b2.id, t0, z)
    return whole, per_mode


#: what a change compares with: "So với tháng 8/2022, giảm 127 vụ" (the month before) against "So với cùng kỳ năm
#: trước tăng 335 vụ" (the same period a year before)
_COMPARED_WITH = re.compile(r"\bso\s+(?:với\s+)?(?:(cùng kỳ|năm|quý|tháng cùng kỳ)|(tháng|kỳ trước|tuần))", re.IGNORECASE)


def _compared_with(text: str, f: Figure) -> str:
    """``"year"`` or ``"month"``: what the nearest ``so với …`` of the figure's sentence compares with (before it if
    any, else after it); "" when the sentence says nothing."""
    s0, s1 = sentence_of(text, f.start)
    before = [m for m in _COMPARED_WITH.finditer(text, max(s0, f.start - 200), f.start)]
    m = before[-1] if before else _COMPARED_WITH.search(text, f.end, min(s1, f.end + 200))
    return "" if m is None else "year" if m.group(1) else "month"


def _changes_by_mode(name: str, changes: tuple, b, q: str, doc: Document | None = None) -> list[Relation]:
    """The modes' changes of one count add up to the whole's (``−356 + 2 − 2 − 1 = −357``), when every mode states
    its own.  Read from where the changes stand: a sum that differs warns."""
    whole, per_mode = changes
    if name not in whole or whole[name][1] is None or any(name not in mc for mc in per_mode.values()):
        return []
    head, hfig = whole[name]
    vals = [(mode, mc[name]) for mode, mc in per_mode.items()]
    if doc is not None:
        texts = {x.id: x.text for x in doc.blocks}
        bases = {_compared_with(texts[f.block], f) for _, (_, f) in vals if f is not None} - {""}
        head_basis = _compared_with(texts[hfig.block], hfig)
        if head_basis and bases and bases != {head_basis}:
            return []  # "So với tháng 8, giảm 127 vụ" / each mode "So với cùng kỳ năm trước tăng …": other periods
    summed = sum((v for _, (v, _) in vals), Decimal(0))
    signed = lambda v: f"+{fmt_vi(v)}" if v >= 0 else f"−{fmt_vi(-v)}"  # noqa: E731
    rel = Relation(
        id=f"{CHECK}:{hfig.id}:mode_changes", check=CHECK, checkable=True, stated=head, computed=summed,
        stated_lo=head, stated_hi=head, computed_lo=summed, computed_hi=summed, unit=hfig.unit, line=hfig.line,
        footnote=b.footnote, block=b.id, quote=q, footnote_text=b.text if b.kind == "footnote" else "",
        expression=" ".join(signed(v) for _, (v, _) in vals) + f" = {signed(summed)}",
        figures=[hfig.id] + [f.id for _, (_, f) in vals if f is not None], variant="mode_changes",
        parts=[(mode, v) for mode, (v, _) in vals])
    return [rel if summed == head else soften(rel, "inferred_changes_sum")]


#: an inspection's findings, and what was recommended for them (the standard wording of inspection reports)
_FOUND = re.compile(r"\b(?:vi phạm|sai phạm)\b(?:[^;.]|\.(?=\d)){0,60}$", re.IGNORECASE)
#: (the land's lead is the money's: "thu hồi 240 tỷ đồng, 572 ha đất")
#: recommendations only ("đã thu hồi 1,9 tỷ" is what was collected since, not what was recommended)
_RECOVER = re.compile(r"\b(?:kiến|đề) nghị\s+thu hồi\b(?:[^;.]|\.(?=\d)){0,45}$", re.IGNORECASE)
_OTHER = re.compile(r"(?:\b(?:kiến|đề) nghị\s+(?:xử lý\s+)?khác\b|\b(?:kiến|đề) nghị\b[^;.\d]{0,50}?\bxử lý\b)(?:[^;.]|\.(?=\d)){0,45}$",
                    re.IGNORECASE)  # ("kiến nghị khác về kinh tế số tiền …", "kiến nghị xử lý khác …", "đề nghị các cơ
# quan có thẩm quyền xem xét xử lý …")


#: the second recommendation said to be the rest: "kiến nghị xử lý khác", "kiến nghị khác về kinh tế"
#: (the land's lead is the money's: "kiến nghị xử lý khác 265 tỷ đồng, 4.723 ha đất")
_REST = re.compile(r"\b(?:kiến|đề) nghị\s+(?:xử lý\s+)?khác\b(?:[^;.]|\.(?=\d)){0,60}$", re.IGNORECASE)


def violations(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``phát hiện vi phạm 2.180 tỷ đồng, 1.045 ha đất; kiến nghị thu hồi 412 tỷ đồng, 96 ha đất; kiến nghị xử lý
    khác 1.768 tỷ đồng, 930 ha đất``: what an inspection found is what it recommended to recover plus what it
    recommended to handle otherwise ("khác": the rest), for money and for land alike.  The identity is the
    genre's, not the sentence's grammar, so a mismatch is a warning."""
    done = {r.figures[0] for r in found}
    out = []
    for block in doc.blocks:
        text = block.text
        figs = [f for f in index.by_block.get(block.id, []) if f.kind in TOTAL_KINDS and f.value is not None and f.unit]
        for i, total in enumerate(figs):
            if total.id in done or not _FOUND.search(text, max(0, total.start - 80), total.start) \
                    or _named_by(_RECOVER, text, index, block.id, total):
                continue  # (not "vi phạm, kiến nghị thu hồi 1,4 tỷ đồng": the recommendation is no finding)
            _, s1 = sentence_of(text, total.start)
            nxt = next_sentence(text, s1)
            end = nxt[1] if nxt else s1
            later = [f for f in figs[i + 1:i + 16] if f.start < end and same_unit(f.unit, total.unit)]
            rec = next((f for f in later if _named_by(_RECOVER, text, index, block.id, f)), None)
            oth = next((f for f in later if _named_by(_OTHER, text, index, block.id, f)), None)
            if rec is not None and oth is None and rec.start < s1:
                # "Tổng số tiền vi phạm 2,1 tỷ đồng, kiến nghị thu hồi 1,9 tỷ đồng": what is to be recovered was found
                out.append(_recovered_part(total, rec, block, quote(text, sentence_of(text, total.start)[0], s1)))
                continue
            if rec is None or oth is None or rec is oth or oth.start < rec.start:
                continue
            rel = breakdown(total, [("", rec), ("", oth)], "violations", block, quote(text, sentence_of(text, total.start)[0],
                                                                                     sentence_of(text, oth.start)[1]), listed=True)
            if rel is None:
                continue
            rel.stated_lo, rel.stated_hi = writer_span(total)
            rel.strict_lo = rel.strict_hi = False
            (alo, ahi), (blo, bhi) = writer_span(rec), writer_span(oth)
            rel.computed_lo, rel.computed_hi = alo + blo, ahi + bhi
            if rel.computed_hi < rel.stated_lo and not _REST.search(text, max(0, oth.start - 110), oth.start):
                continue  # "phát hiện vi phạm hơn 2,8 nghìn tỷ; kiến nghị thu hồi 514 tỷ; kiến nghị các cơ quan … xem xét,
                # xử lý 338 tỷ": short of the finding, and nothing says the second is all the rest ("khác") — the
                # remainder may be handled in ways left unsaid
            out.append(soften(rel, "inferred_violations"))
    return out


def _named_by(words: re.Pattern, text: str, index: Index, block_id: str, f: Figure) -> bool:
    """Do these words name the figure, with no other figure between them and it?"""
    m = words.search(text, max(0, f.start - 110), f.start)
    return m is not None and not [g for g in index.within(block_id, m.start(), f.start)
                                  if g.kind in TOTAL_KINDS and same_unit(g.unit, f.unit)]  # (land after money shares it)


def _recovered_part(total: Figure, rec: Figure, block, q: str) -> Relation:
    """The amount recommended for recovery within the violations found (``part_of_whole``, read from the genre's
    wording: a mismatch warns)."""
    _, shi = writer_span(total)
    plo, phi = writer_span(rec)
    rel = Relation(
        id=f"part_of_whole:{total.id}:{rec.id}", check="part_of_whole", checkable=True, stated=total.value,
        computed=rec.value, stated_hi=shi, computed_lo=plo, computed_hi=phi, unit=total.unit, line=rec.line,
        footnote=block.footnote, block=block.id, quote=q, footnote_text=block.text if block.kind == "footnote" else "",
        expression=f"{rec.text} ≤ {total.text}", figures=[total.id, rec.id], variant="recovered")
    return soften(rel, "inferred_violations")


#: the four flows of a fund, each named right before its amount
_FUND_FLOWS = {
    "closing": re.compile(r"\b(?:hiện còn|còn lại|số dư cuối kỳ|tồn quỹ(?: cuối kỳ)?|số dư hiện nay)\s*(?:là\s*)?$", re.I),
    "opening": re.compile(r"\b(?:số dư đầu kỳ|tồn quỹ đầu kỳ|số dư (?:năm|kỳ) trước)(?:\s+chuyển sang)?\s*(?:là\s*)?$", re.I),
    "inflow": re.compile(r"\b(?:tiếp nhận(?:\s+được)?|vận động được|huy động được|quyên góp được)\s*$", re.I),
    "outflow": re.compile(r"\b(?:(?:đã\s+)?phân bổ|đã chi(?:\s+hỗ trợ)?|giải ngân|xuất quỹ)\s*$", re.I),
}


def fund_balances(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """A fund's balance in one paragraph: ``số dư đầu kỳ 1,2 tỷ đồng``, ``tiếp nhận 5 tỷ đồng``, ``đã phân bổ 4,6 tỷ
    đồng``, ``hiện còn 1,6 tỷ đồng`` → closing = opening + received − allocated; or, with no balance named, in one
    sentence: ``tiếp nhận 18,4 tỷ đồng; đã phân bổ 17,1 tỷ đồng, số còn lại 1,3 tỷ đồng`` → left = received −
    allocated.  Each flow must be named exactly once in its stretch (a ``Trong đó`` sentence breaking the receipts
    down is skipped); the text may leave a flow unsaid, so a mismatch warns."""
    done = {r.figures[0] for r in found}
    pairs = {(r.figures[0], f) for r in found for f in r.figures[1:]}  # (a whole and its part, already related)
    out = []
    for block in doc.blocks:
        text = block.text
        low = text.lower()
        fund = "quỹ" in low and "số dư" in low
        if not fund and not ("tiếp nhận" in low and "còn lại" in low):
            continue  # (a fund's balance, or what was received and what is left of it)
        flows = _flows(text, index, block.id, 0, len(text))
        if fund:
            spans = [(0, len(text), flows)]
        elif all(len(v) <= 1 for v in flows.values()):
            spans = [(0, len(text), {**flows, "opening": [None]})]
        else:  # several receipts in the paragraph: one sentence each
            spans = [(a, b, {**_flows(text, index, block.id, a, b), "opening": [None]}) for a, b in sentences(text)]
        for _, _, fl in spans:
            rel = _fund_relation(text, block, fl, done)
            if rel is not None and not set(zip(rel.figures[:1] * 3, rel.figures[1:])) & pairs:  # (said already)
                out.append(rel)
    return out


def _flows(text: str, index: Index, block_id: str, a: int, b: int) -> dict[str, list[Figure]]:
    flows: dict[str, list[Figure]] = {k: [] for k in _FUND_FLOWS}
    for f in index.within(block_id, a, b):
        if f.kind != "amount" or f.value is None or index.paren(f) is not None:
            continue
        s0, _ = sentence_of(text, f.start)
        if SUBSET_START.match(text[s0:f.start]):
            continue
        lead = text[max(s0, f.start - 40):f.start]
        for k, rx in _FUND_FLOWS.items():
            if rx.search(lead):
                flows[k].append(f)
                break
    return flows


def _fund_relation(text: str, block, flows: dict, done: set) -> Relation | None:
    if any(len(v) != 1 for v in flows.values()):
        return None
    c, o, i, x = (flows[k][0] for k in ("closing", "opening", "inflow", "outflow"))
    opened = o is not None
    if not opened:
        o = i.derived("0", Decimal(0))
    if c.id in done or not all(same_unit(f.unit, c.unit) for f in (o, i, x) if f.unit or opened):
        return None
    s0, s1 = sentence_of(text, c.start)
    if not opened:  # what was received is what was allocated and what is left (a breakdown of the receipts)
        rel = breakdown(i, [("", x), ("", c)], "fund_balance", block, quote(text, sentence_of(text, i.start)[0], s1),
                        listed=True)
        return soften(rel, "inferred_fund_balance") if rel is not None and len(rel.figures) == 3 else None
    computed = o.value + i.value - x.value
    (olo, ohi), (ilo, ihi), (xlo, xhi) = (_interval(f) for f in (o, i, x))
    slo, shi, lo_open, hi_open = exact_or_interval(c)
    rel = Relation(
        id=f"{CHECK}:{c.id}:fund_balance", check=CHECK, checkable=True, stated=c.value, computed=computed,
        stated_lo=slo, stated_hi=shi, strict_lo=lo_open, strict_hi=hi_open, computed_lo=olo + ilo - xhi,
        computed_hi=ohi + ihi - xlo, unit=c.unit, line=c.line, footnote=block.footnote, block=block.id,
        quote=quote(text, s0, s1), figures=[c.id] + ([o.id] if opened else []) + [i.id, x.id], variant="fund_balance",
        expression=(f"{o.text} + " if opened else "") + f"{i.text} − {x.text} = {fmt_vi(computed)}")
    return soften(rel, "inferred_fund_balance")


def _interval(f: Figure) -> tuple[Decimal, Decimal]:
    lo, hi, _, _ = exact_or_interval(f)
    return (lo if lo is not None else f.value), (hi if hi is not None else f.value)


#: the outcomes of settled complaints or denunciations: "tố cáo đúng 5 vụ, đúng một phần 6 vụ, sai 8 vụ"
_OUTCOME = re.compile(r"(?:\b(?:có\s+)?đúng\s+(?:một\s+)?phần|\bcó\s+đúng\s*,?\s*có\s+sai|\bđúng|\bkhông\s+đúng|\bsai|"
                      r"\bchưa\s+có\s+cơ\s+sở(?:\s+kết\s+luận)?|\bkhông\s+có\s+cơ\s+sở)"
                      r"(?:\s+(?:và|,)\s+đúng\s+một\s+phần)?\s*(?:là\s+)?$", re.IGNORECASE)
#: the same outcome written after the count: "3 đơn tố cáo sai, 4 đơn tố cáo chưa có cơ sở kết luận"
_OUTCOME_AFTER = re.compile(r"\s*(?:(?:vụ việc|vụ|đơn|trường hợp)\s+)?(?:tố cáo|khiếu nại|kiến nghị)?\s*(?:là\s+)?"
                            r"(?:có\s+đúng\s*,?\s*có\s+sai|đúng\s+(?:và\s+)?(?:đúng\s+)?một\s+phần|đúng|sai|không\s+đúng"
                            r"|chưa\s+có\s+cơ\s+sở(?:\s+kết\s+luận)?|không\s+có\s+cơ\s+sở"
                            # "74 đơn được rút thông qua giải thích": withdrawn, one more outcome
                            r"|(?:được\s+)?rút(?:\s+đơn)?)\b", re.IGNORECASE)
#: what kind of letter a figure counts ("11 đơn khiếu nại đúng", "9 đơn tố cáo đúng"): an outcome run keeps to one
_LETTER_KIND = re.compile(r"\s*(?:(?:vụ việc|vụ|đơn|trường hợp)\s+)?(tố cáo|khiếu nại|kiến nghị)\b", re.IGNORECASE)
_SETTLED_FAR = re.compile(r"\b(?:giải quyết|kết luận|xác minh)\b[^;.]{0,70}$", re.IGNORECASE)
_SETTLED = re.compile(r"\b(?:giải quyết|kết luận|xác minh)\b[^;.]{0,25}$", re.IGNORECASE)


def outcomes(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``đã giải quyết 19/21 vụ; qua giải quyết, kết luận tố cáo đúng 5 vụ, đúng một phần 6 vụ, sai 8 vụ``: the
    outcomes (true, partly true, untrue, not grounded) of the settled cases add up to the settled count said just
    before (of the same kind of letter when the outcomes name it, else a ratio's numerator or a count after ``giải
    quyết``).  A report may leave some outcome out (a withdrawn letter): a sum that differs warns."""
    done = {f for r in found for f in r.figures[1:]}
    out = []
    for block in doc.blocks:
        text = block.text
        figs = index.by_block.get(block.id, [])
        k = 0
        while k < len(figs):
            run = []
            j = k
            said: list[str] = []  # each figure's outcome words
            while j < len(figs) and len(run) < 12 and figs[j].kind in TOTAL_KINDS and figs[j].value is not None \
                    and not index.paren(figs[j]) and figs[j].id not in done \
                    and (not run or not re.search(r"\.\s", text[run[-1].end:figs[j].start])):
                m = _OUTCOME.search(text, max(figs[j - 1].end if j > k else 0, figs[j].start - 40), figs[j].start) \
                    or _OUTCOME_AFTER.match(text, figs[j].end, min(len(text), figs[j].end + 60))
                if not m:
                    break
                kind = _LETTER_KIND.match(text, figs[j].end)
                if run and kind and (k0 := _LETTER_KIND.match(text, run[0].end)) and k0.group(1).lower() != kind.group(1).lower():
                    break  # "… 179 đơn khiếu nại sai; có 9 đơn tố cáo đúng": the next kind's outcomes begin
                said.append(m.group(0).lower())
                run.append(figs[j])
                j += 1
            if len(run) < 2:
                k += 1
                continue
            k = j
            if not any(re.search(r"\bsai\b|\bkhông\s+(?:đúng|có)|\bchưa\s+có", w) for w in said):
                continue  # an outcome list names the untrue (or ungrounded) ones too
            s0, _ = sentence_of(text, run[0].start)
            prev = previous_sentence(text, s0)
            lo = prev[0] if prev else s0
            lead = text[max(s0, run[0].start - 200):run[0].start].lower()
            own = _LETTER_KIND.match(text, run[0].end)  # the run's own kind first ("11 đơn khiếu nại đúng, …")
            subject = own.group(1).lower() if own else next((w for w in ("tố cáo", "khiếu nại", "kiến nghị") if w in lead),
                                                            None)
            cands, named = [], []
            for f in index.last_before(block.id, run[0].start, 12):  # (the figures just before: a window)
                if f.start < lo:
                    continue
                if f.value is None or not _SETTLED_FAR.search(text, max(lo, f.start - 80), f.start):
                    continue
                # "… và 90/100 vụ tố cáo. Qua giải quyết, kết luận tố cáo đúng …": the settled count of that kind first
                into = named if subject and subject in text[f.end:f.end + 30].lower() else cands
                if into is cands and not _SETTLED.search(text, max(lo, f.start - 40), f.start):
                    continue
                if f.kind == "ratio":
                    into.append(f.derived(fmt_vi(Decimal(f.extra["numerator"])), Decimal(f.extra["numerator"])))
                elif index.is_stock(f):
                    into.append(f)

            def kind_ok(c):  # ("23 đơn tố cáo" settled, "5 tố cáo sai" of them)
                u, v = c.unit.lower(), run[0].unit.lower()
                return not u or not v or same_kind(u, v) or u.endswith(" " + v) or v.endswith(" " + u)
            cands = [c for c in named if kind_ok(c)] or [c for c in cands if kind_ok(c)]
            if not cands:
                continue
            total = cands[-1]
            rel = breakdown(total, [("", f) for f in run], "outcomes", block, quote(text, lo, sentence_of(text, run[-1].start)[1]),
                            listed=True)
            if rel is None:
                continue
            if not fits(total, rel.computed_lo, rel.computed_hi):
                soften(rel, "inferred_outcomes")
            done.update(f.id for f in run)
            out.append(rel)
    return out


#: the cue of a contribution in points; group 1 when it pulls the growth down ("làm giảm 0,17", "đóng góp giảm 0,03",
#: "đóng góp âm 0,2")
_CONTRIBUTES = re.compile(r"(?:\bđóng góp(?:\s+(giảm|âm))?|\b(?:làm|kéo)\s+(giảm))\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$",
                          re.IGNORECASE)
_NESTED = re.compile(r"\btrong đó\b|\briêng\b", re.IGNORECASE)
#: a sector's own rate, then its contribution: ", đóng góp", ", làm giảm", ", tác động làm giảm", ", với mức đóng góp"
_OWN_RATE = re.compile(r"\s*,\s*(?:(?:mức|với mức)\s+)?(?:(?:có\s+)?tác động\s+)?(?:đóng góp|làm (?:tăng|giảm))\b",
                       re.IGNORECASE)
_GROWTH = re.compile(r"\btăng(?:\s+trưởng)?\b[^;.]{0,80}$", re.IGNORECASE)
#: after a sector's own growth rate, its contribution (words and an aside may stand between): "tăng 12,5% (cùng kỳ
#: tăng 6%), đóng góp 6,2 điểm", "tăng 6,2% so với cùng kỳ năm trước (cùng kỳ giảm 0,7%), đóng góp 2,0 điểm"
_OWN_RATE_AHEAD = re.compile(r"[^;.()]{0,45}(?:\([^()]{0,80}\))?[^;.()]{0,15}\bđóng góp\b", re.IGNORECASE)
#: the one component of growth besides the sectors: taxes on products less subsidies
_PRODUCT_TAXES = re.compile(r"\bthuế\s+sản\s+phẩm\b", re.IGNORECASE)
_OVERALL = re.compile(r"\b(?:mức|tốc độ)\s+tăng(?:\s+trưởng)?\s+chung\b", re.IGNORECASE)


def _run_cut(text: str, index: Index, run: list[Figure], nested: set[str]) -> bool:
    """Another contribution in the sentences of the run, neither taken by it nor nested in one of its sectors: an
    item worded in a way the run did not follow cut it (some of the sectors say nothing of the whole's growth)."""
    s0, s1 = sentence_of(text, run[0].start)[0], sentence_of(text, run[-1].start)[1]
    s0, s1 = max(s0, run[0].start - 300), min(s1, run[-1].end + 300)  # (a window each side: linear in the block)
    taken = {p.id for p in run} | nested
    return any(s0 <= f.start < s1 and f.id not in taken and f.value is not None
               and (f.unit or "").lower().startswith("điểm") and _CONTRIBUTES.search(text, max(0, f.start - 25), f.start)
               for f in index.within(run[0].block, s0, s1))  # (the run's sentences only: linear)


def contribution_points(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``GRDP ước tăng 8,12% … . Trong mức tăng chung, công nghiệp đóng góp 4,47 điểm phần trăm; dịch vụ đóng góp
    2,61 điểm phần trăm; …``: the sectors' contributions, in points, add up to the growth rate stated just before
    (in their sentence or the one before).  Certain when the sentence says they split ``mức tăng chung``; else read
    from place (a warning)."""
    done = {f for r in found for f in r.figures[1:]}
    out = []
    prev_par = None
    for block in doc.blocks:
        text = block.text
        figs = index.by_block.get(block.id, [])
        run: list[Figure] = []
        nested: set[str] = set()  # contributions inside a sector's own (no item of a run)
        last_end = 0  # the end of the last contribution read (in the run or nested in one)
        for f in figs + [None]:
            if f is not None and f.value is not None and (f.unit or "").lower().startswith("điểm") \
                    and (m := _CONTRIBUTES.search(text, max(0, f.start - 25), f.start)) \
                    and (not run or not re.search(r"\.\s", text[run[-1].end:f.start])):
                seen, last_end = last_end, f.end
                if run and _NESTED.search(text, seen, f.start) and not (
                        (m.group(1) or m.group(2)) and not re.search(r"\btrong đó\b", text[seen:f.start], re.IGNORECASE)):
                    nested.add(f.id)
                    continue  # "…, trong đó riêng ngành chế biến tăng 12,8%, đóng góp 3,05 điểm": inside a sector's share
                    # (not "…; riêng ngành khai khoáng giảm 9%, làm giảm 1,3 điểm": the one sector that pulls down)
                if m.group(1) or m.group(2):  # "ngành khai khoáng giảm 5,5%, làm giảm 0,17 điểm phần trăm": negative
                    f = replace(f, text="−" + f.text, value=-f.value, lo=-f.hi if f.hi is not None else None,
                                hi=-f.lo if f.lo is not None else None, lo_open=f.hi_open, hi_open=f.lo_open)
                run.append(f)
                continue
            if f is not None and f.kind == "percent" and run and _OWN_RATE.match(text, f.end):
                continue  # a sector's own growth rate between the contributions ("tăng 7,51%, đóng góp 2,70 …")
            if len(run) >= 2 and not any(p.id in done for p in run) and not _run_cut(text, index, run, nested):
                s0, s1 = sentence_of(text, run[0].start)
                prev = previous_sentence(text, s0)
                lo = prev[0] if prev else s0
                def growth_rates(b, lo_, hi_):
                    t = b.text
                    return [x for x in index.last_before(b.id, hi_, 12) if x.start >= lo_ and x.kind == "percent"
                            and x.value is not None and _GROWTH.search(t, max(lo_, x.start - 80), x.start)
                            and not _CONTRIBUTES.search(t, max(0, x.start - 25), x.start)
                            and index.paren(x) is None  # ("(cùng kỳ năm trước tăng 6%)": an aside)
                            and not _OWN_RATE_AHEAD.match(t, x.end, x.end + 120)]  # (a sector's own rate)
                rates = growth_rates(block, lo, run[0].start)
                elsewhere = False
                if not rates and prev_par is not None and _OVERALL.search(text, s0, run[0].start):
                    # "Trong mức tăng chung, …" opening a paragraph: the rate is in the paragraph before (read from
                    # place: that paragraph may state another period's rate, so a mismatch warns)
                    rates = growth_rates(prev_par, 0, len(prev_par.text) + 1)
                    elsewhere = len(rates) > 1  # (one rate there is the headline; several: which one is read)
                if rates:
                    total = rates[0]  # the overall rate opens the passage; the sectors' own rates come after it
                    whole = total.derived(total.text, total.value, unit=run[0].unit)
                    whole.decimals, whole.scale = total.decimals, total.scale
                    rel = breakdown(whole, [("", p) for p in run], "contributions", block,
                                    quote(text, lo, sentence_of(text, run[-1].start)[1]), listed=True)
                    if rel is not None and rel.computed < whole.value and not fits(whole, rel.computed_lo, rel.computed_hi) \
                            and not _PRODUCT_TAXES.search(text, run[0].start, run[-1].end):
                        rel = None  # "trong mức tăng 5,2%, khu vực nông nghiệp đóng góp 0,4 điểm; công nghiệp đóng góp 2,1
                        # điểm; dịch vụ … 2,5 điểm": the sectors leave out taxes on products, the rest of the growth
                    if rel is not None:
                        rel.id = f"{CHECK}:{total.id}:contributions"
                        if (elsewhere or not _OVERALL.search(text, lo, run[0].start)) \
                                and not fits(whole, rel.computed_lo, rel.computed_hi):
                            soften(rel, "inferred_contributions")
                        done.update(p.id for p in run)
                        out.append(rel)
            run = []
        if block.kind == "paragraph":
            prev_par = block
    return out


_MONTH_OF = re.compile(r"\btháng\s+(\d{1,2})(?![\d/])", re.IGNORECASE)
_QUARTER_OF = re.compile(r"\bquý\s+(I{1,3}|IV|[1-4])(?![\w])|\b(\d{1,2})\s+tháng(?:\s+đầu\s+năm)?\b", re.IGNORECASE)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def month_parts(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``Quý I/2025 ước đạt 21.846 tỷ đồng … . Tính riêng từng tháng, tháng 1 đạt 7.512 tỷ đồng, tháng 2 đạt 6.979
    tỷ đồng và tháng 3 ước đạt 7.384 tỷ đồng``: the months of a quarter (or of the first N months) add up to its
    figure of the same unit, stated in the sentence or the two before.  Read from the period words: a warning."""
    done = {f for r in found for f in r.figures[1:]}
    out = []
    last_par = None  # the paragraph before this block
    for block in doc.blocks:
        text = block.text
        figs = [f for f in index.by_block.get(block.id, []) if index.is_stock(f) and f.unit and not index.paren(f)]
        prev_par, last_par = last_par, (block if block.kind == "paragraph" else last_par)
        i = 0
        while i < len(figs):
            run, months = [], []
            j = i
            while j < len(figs) and len(run) < 12:
                m = _MONTH_OF.search(words_before(text, index, block.id, figs[j], kinds=QUANTITY_KINDS))
                if not m or (run and (not same_unit(figs[j].unit, run[0].unit) or int(m.group(1)) != months[-1] + 1
                                      or re.search(r"\.\s", text[run[-1].end:figs[j].start]))):
                    break
                run.append(figs[j])
                months.append(int(m.group(1)))
                j += 1
            if len(run) < 2 or any(f.id in done for f in run):
                i += 1
                continue
            i = j
            s0, _ = sentence_of(text, run[0].start)
            lo = s0
            for _ in range(2):
                prev = previous_sentence(text, lo)
                if prev is None:
                    break
                lo = prev[0]
            wholes = []
            pool = [(block, w) for w in index.last_before(block.id, run[0].start, 20) if w.start >= lo]
            if prev_par is not None and s0 == sentences(text)[0][0]:  # the paragraph opens with the months
                pool = [(prev_par, w) for w in index.by_block.get(prev_par.id, [])[-20:]] + pool
            for b, w in pool:
                if not index.is_stock(w) or not same_unit(w.unit, run[0].unit) or w in run:
                    continue
                q = _QUARTER_OF.search(words_before(b.text, index, b.id, w, kinds=QUANTITY_KINDS))
                if not q:
                    continue
                span = (range(3 * _ROMAN.get(q.group(1).upper(), 0) - 2, 3 * _ROMAN.get(q.group(1).upper(), 0) + 1)
                        if q.group(1) and not q.group(1).isdigit() else
                        range(3 * int(q.group(1)) - 2, 3 * int(q.group(1)) + 1) if q.group(1) else range(1, int(q.group(2)) + 1))
                if list(span) == months:
                    wholes.append(w)
            if len(wholes) != 1:
                continue
            rel = breakdown(wholes[0], [("", f) for f in run], "months", block,
                            quote(text, lo, sentence_of(text, run[-1].start)[1]), listed=True)
            if rel is None:
                continue
            if not fits(wholes[0], rel.computed_lo, rel.computed_hi):
                soften(rel, "inferred_months")
            done.update(f.id for f in run)
            out.append(rel)
    return out


#: the outcome of some of N items (indicators, targets, groups), right after their count: "14/16 chỉ tiêu đạt và vượt",
#: "có 2 chỉ tiêu không đạt", "3/10 chỉ tiêu dự kiến đạt thấp hơn kế hoạch"; (met, not met) — nothing between the
#: noun and the outcome but a few words, no figure
_MET = g.TARGET_OUTCOME
#: "Trong 16 chỉ tiêu", "Có 16 chỉ tiêu": the count of all the items, opening the sentence
_OF_ALL = re.compile(r"\b(?:trong|trong số|trên|tổng số|có)\s+$", re.IGNORECASE)


def targets_met(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``Trong 16 chỉ tiêu, có 14/16 chỉ tiêu đạt và vượt kế hoạch; 2 chỉ tiêu không đạt``, ``7/10 chỉ tiêu cao hơn
    kế hoạch; 3/10 chỉ tiêu thấp hơn kế hoạch``: the items met and those not met, in one sentence, are all the N
    items (N the ratios' common base or the count that opens the sentence).  Opposite outcomes make the two groups
    disjoint; that they cover all N is read from the sentence naming no third outcome (``cơ bản đạt``), so a sum
    that differs warns."""
    done = {f for r in found for f in r.figures}
    out = []
    for block in doc.blocks:
        text = block.text
        for s0, s1 in sentences(text):
            if "đạt" not in text[s0:s1] and "hơn" not in text[s0:s1]:
                continue
            in_s = [f for f in index.within(block.id, s0, s1) if f.value is not None and f.kind in TOTAL_KINDS | {"ratio"}
                    and f.end <= s1 and not index.paren(f)][:12]  # (by the index: a scan of the block is quadratic)
            said = []
            for f in in_s:
                m = _MET.match(text, f.end, min(s1, f.end + 60))
                if m and not [g for g in in_s if f.end < g.start < m.end()]:
                    said.append((f, "no" if m.group("no") else "yes"))
            if len(said) != 2 or {w for _, w in said} != {"yes", "no"}:
                continue
            if re.search(r"\bcơ bản đạt\b|\bkhó đạt\b|\bđạt thấp\b(?!\s+hơn)", text[s0:s1], re.IGNORECASE):
                continue  # a third outcome: the two named are not all
            (a, _), (b, _) = said
            if a.id in done or b.id in done or not same_unit(a.unit, b.unit) or not a.unit:
                continue
            bases = {Decimal(f.extra["denominator"]) for f in (a, b) if f.kind == "ratio"}
            opening = [f for f in in_s if f.start < a.start and f.kind in TOTAL_KINDS and same_unit(f.unit, a.unit)
                       and _OF_ALL.search(text, max(s0, f.start - 12), f.start)]
            if opening:
                total = opening[0]
                if bases and bases != {total.value}:
                    continue
            elif len(bases) == 1 and a.kind == "ratio":
                total = a.derived(f"{fmt_vi(bases.pop())}", Decimal(a.extra["denominator"]))
            else:
                continue
            parts = [f.derived(fmt_vi(Decimal(f.extra["numerator"])), Decimal(f.extra["numerator"])) if f.kind == "ratio"
                     else f for f in (a, b)]
            rel = breakdown(total, [("", p) for p in parts], "targets_met", block, quote(text, s0, s1), listed=True)
            if rel is None:
                continue
            if not fits(total, rel.computed_lo, rel.computed_hi):
                soften(rel, "inferred_targets_met")
            done.update((a.id, b.id))
            out.append(rel)
    return out


#: the comparison a change names after it: "so với cùng kỳ", "so với tháng trước", "so với năm 2023"
_CHANGE_REF = g.CHANGE_REFERENCE
_RISE = g.RISE_BEFORE
_FALL = g.FALL_BEFORE


def _sign_before(text: str, c: Figure, floor: int) -> int:
    """+1 for a rise (``tăng``), −1 for a fall (``giảm``) written just before a change figure, 0 for neither."""
    lead = text[max(floor, c.start - 25):c.start]
    return 1 if _RISE.search(lead) else -1 if _FALL.search(lead) else 0


def _change_of(text: str, index: Index, f: Figure, ref: str | None) -> tuple[Decimal, Figure, str] | None:
    """The signed change stated right after a figure (before the next stock of its sentence), with its comparison."""
    s0, s1 = sentence_of(text, f.start)
    other = False  # a stock of another unit passed: "09 vụ, 12 đối tượng …, nhiều hơn 02 vụ"
    for c in index.within(f.block, f.end, s1, TOTAL_KINDS, limit=4):
        if index.is_stock(c):
            if c.unit and f.unit and not same_kind(c.unit, f.unit) and not other:
                other = True
                continue
            return None  # the next figure of the period comes first: no change of this one
        if index.role(c) != "change" or c.value is None or (c.unit and not same_unit(c.unit, f.unit)) \
                or (other and not c.unit):
            continue  # (past the other unit's count, only a change that names the unit is this one's)
        sign = _sign_before(text, c, s0)
        if not sign:
            return None
        m = _CHANGE_REF.search(text, max(s0, f.end), min(s1, c.end + 60))
        said = m.group(1).lower() if m else ref
        return Decimal(sign) * c.value, c, said or ""
    return None


def _signed_span(signed: Decimal, c: Figure) -> tuple[Decimal, Decimal] | None:
    """The interval of a signed change as written: exact for a whole count, half a unit of its last digit else, and
    a hedged one as its writer means it (``hơn 13,38 tỷ`` is 13,38x)."""
    lo, hi = writer_span(c) if c.qualifier else exact_or_interval(c)[:2]
    if lo is None or hi is None:
        return None
    return (lo, hi) if signed >= 0 else (-hi, -lo)


def change_sums(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``Toàn tỉnh xảy ra 95 vụ, giảm 12 vụ; trong đó đường bộ 90 vụ, giảm 10 vụ, đường sắt 5 vụ, giảm 2 vụ``: when a
    whole adds up exactly to its parts and each states its change against the same period, the parts' changes add up
    to the whole's.  Read from where the changes stand, so a sum that differs warns (a group with nothing left this
    period may still have changed)."""
    out = []
    by_id, blocks = index.by_id, index.blocks
    for r in found:
        if r.check != CHECK or len(r.figures) < 3 or r.computed != r.stated or len(r.parts or []) != len(r.figures) - 1:
            continue
        figs = [by_id.get(i) for i in r.figures]
        if None in figs or any(f.kind not in TOTAL_KINDS for f in figs):
            continue
        total = figs[0]
        head = _change_of(blocks[total.block].text, index, total, None)
        if head is None:
            continue
        changes = [_change_of(blocks[p.block].text, index, p, head[2]) for p in figs[1:]]
        if any(c is None or c[2] != head[2] for c in changes):
            continue  # a part without its change, or against another period
        summed = sum((c[0] for c in changes), Decimal(0))
        # each change as written is rounded to its last digit: "−25,9 + 2,2" may be −25,86 + 2,24 = −23,62 ("−23,6")
        spans = [_signed_span(c[0], c[1]) for c in [head] + changes]
        if any(sp is None for sp in spans):
            continue
        block = blocks[total.block]
        signed = lambda v: f"+{fmt_vi(v)}" if v >= 0 else f"−{fmt_vi(-v)}"  # noqa: E731
        rel = Relation(
            id=f"{CHECK}:{head[1].id}:changes", check=CHECK, checkable=True, stated=head[0], computed=summed,
            stated_lo=spans[0][0], stated_hi=spans[0][1], computed_lo=sum(sp[0] for sp in spans[1:]),
            computed_hi=sum(sp[1] for sp in spans[1:]), unit=head[1].unit or total.unit,
            line=head[1].line, footnote=block.footnote, block=block.id, quote=r.quote,
            footnote_text=block.text if block.kind == "footnote" else "",
            expression=" ".join(signed(c[0]) for c in changes) + f" = {signed(summed)} ({head[2]})",
            figures=[head[1].id] + [c[1].id for c in changes], variant="changes_sum",
            parts=[("", c[0]) for c in changes])
        out.append(rel if summed == head[0] else soften(rel, "inferred_changes_sum"))
    return out


#: an amount per unit and per unit of time: "đồng/người/năm", "đồng/hộ/tháng", "đồng/người mỗi tháng"
_PER_TIME = re.compile(r"\s*(?:đồng|USD|VNĐ|VND)?\s*/\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*(?:/\s*|mỗi\s+|một\s+)(?:năm|tháng|ngày|quý)\b",
                       re.IGNORECASE)


#: a level per head of a population: "thu nhập bình quân", "GRDP bình quân đầu người"
_PER_CAPITA = re.compile(r"\bthu nhập\b|\bđầu người\b", re.IGNORECASE)


#: between a count and its amount for each: "114 phần, mỗi phần ", "93 suất quà mỗi suất trị giá "
_EACH_GAP = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*,?\s*mỗi\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*"
                       r"(?:(?:là|trị giá|được|có|gồm|hỗ trợ)\s+)*", re.IGNORECASE)
#: between the amount for each and the total it makes: " đồng, tổng là ", "đ, tổng số tiền ", " (tổng cộng "
_THEN_TOTAL = re.compile(r"\s*(?:[^\W\d_]+\s*)?[,(]?\s*(?:với\s+)?tổng\s+(?:cộng\s+|số\s+tiền\s+|số\s+|trị\s+giá\s+|kinh\s+phí\s+)?"
                         r"(?:là\s+|:\s*)?", re.IGNORECASE)


def _products_then_total(text: str, index: Index, block, rates: list[Figure], in_s: list[Figure],
                         done: set[str]) -> list[Relation]:
    """``114 phần mỗi phần là 700.000đ, tổng là 79.800.000đ``: a count, the amount for each, then the total they make,
    one right after the other — the total is the product.  Read from place (a total may hold more than the pairs the
    sentence names), so a mismatch warns."""
    out = []
    pos = {f.id: k for k, f in enumerate(in_s)}
    for x in rates:
        k = pos.get(x.id)
        if k is None or k == 0 or k + 1 >= len(in_s):
            continue
        c, t = in_s[k - 1], in_s[k + 1]
        if c.kind != "count" or c.value is None or index.role(c) not in ("", "each") or c.qualifier or t.kind != "amount" or not index.is_stock(t) \
                or t.id in done or not same_unit(t.unit, x.unit) or per_unit(text, t) \
                or x.start - c.end > 120 or t.start - x.end > 80 \
                or not _EACH_GAP.fullmatch(text, c.end, x.start) or not _THEN_TOTAL.fullmatch(text, x.end, t.start):
            continue
        computed = c.value * x.value
        s0, s1 = sentence_of(text, c.start)
        rel = Relation(
            id=f"{CHECK}:{t.id}:per_unit", check=CHECK, checkable=True, stated=t.value, computed=computed,
            stated_lo=writer_span(t)[0], stated_hi=writer_span(t)[1], computed_lo=c.value * writer_span(x)[0],
            computed_hi=c.value * writer_span(x)[1], unit=t.unit, line=t.line, footnote=block.footnote, block=block.id,
            quote=quote(text, s0, s1), footnote_text=block.text if block.kind == "footnote" else "",
            expression=f"{c.text} × {x.text} = {sum_text([t], computed)}", figures=[t.id, c.id, x.id],
            variant="per_unit", parts=[("", computed)])
        done.add(t.id)
        out.append(soften(rel, "inferred_per_unit"))
    return out


def per_unit_sums(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``xây 05 nhà với tổng số tiền 350 triệu đồng, trong đó 3 hộ nghèo được hỗ trợ 50 triệu đồng mỗi căn, 2 hộ
    chính sách được hỗ trợ mỗi căn 100 triệu đồng``: the total is each count times its amount per unit (3 × 50 +
    2 × 100), and the counts add up to the count before the total.  Each count is the one right before its rate in
    the same stretch of the sentence; read from place, so a mismatch warns."""
    done = {r.figures[0] for r in found}
    out = []
    for block in doc.blocks:
        text = block.text
        figs = index.by_block.get(block.id, [])
        rates = [f for f in figs if f.value is not None and per_unit(text, f)]
        seen: set[int] = set()
        for r in rates:
            s0, s1 = sentence_of(text, r.start)
            if s0 in seen:
                continue
            seen.add(s0)
            in_s = [f for f in figs if s0 <= f.start and f.end <= s1 and f.kind in TOTAL_KINDS and f.value is not None
                    and not index.paren(f)][:24]
            mine = [f for f in in_s if per_unit(text, f)]
            if any(_PER_TIME.match(text, x.end, x.end + 40)
                   or _PER_CAPITA.search(text, max(clause_of(text, x.start)[0], x.start - 60), x.start) for x in mine):
                continue  # "GRDP bình quân đầu người 60,5 triệu đồng/người/năm": an income per head of the
                # population, or an amount for each unit of time, is not paid once per unit — no count times it makes
                # a total
            out.extend(_products_then_total(text, index, block, mine, in_s, done))
            amounts = [f for f in in_s if f.kind == "amount" and index.is_stock(f) and f not in mine]
            if len(amounts) != 1 or not mine or amounts[0].start > mine[0].start or amounts[0].id in done:
                continue
            total = amounts[0]
            if any(not same_unit(x.unit, total.unit) for x in mine):
                continue
            pairs, ok = [], True
            for x in mine:  # the count just before each rate, after the rate (or the total) before it
                floor = pairs[-1][1].end if pairs else total.end
                counts = [c for c in in_s if floor <= c.start < x.start and c.kind == "count" and index.is_stock(c)]
                if len(counts) != 1:
                    ok = False
                    break
                pairs.append((counts[0], x))
            if not ok:
                continue
            computed = sum((c.value * x.value for c, x in pairs), Decimal(0))
            # each rate as its writer rounded it ("bình quân 41,7 triệu đồng/hộ" is 41,65–41,75 triệu): times its count
            c_lo = sum((c.value * writer_span(x)[0] for c, x in pairs), Decimal(0))
            c_hi = sum((c.value * writer_span(x)[1] for c, x in pairs), Decimal(0))
            expr = " + ".join(f"{c.text} × {x.text}" for c, x in pairs) + f" = {fmt_vi(computed / (total.scale or 1))}"
            rel = Relation(
                id=f"{CHECK}:{total.id}:per_unit", check=CHECK, checkable=True, stated=total.value, computed=computed,
                stated_lo=writer_span(total)[0], stated_hi=writer_span(total)[1], computed_lo=c_lo,
                computed_hi=c_hi, unit=total.unit, line=total.line, footnote=block.footnote, block=block.id,
                quote=quote(text, s0, s1), footnote_text=block.text if block.kind == "footnote" else "",
                expression=expr, figures=[total.id] + [f.id for c, x in pairs for f in (c, x)], variant="per_unit",
                parts=[("", c.value * x.value) for c, x in pairs])
            out.append(soften(rel, "inferred_per_unit"))
            heads = [c for c in in_s if c.start < total.start and c.kind == "count" and index.is_stock(c)]
            if len(heads) == 1 and len(pairs) >= 2 and heads[0].id not in done:
                counts = [c for c, _ in pairs]
                crel = breakdown(heads[0], [("", c) for c in counts], "per_unit_counts", block, quote(text, s0, s1),
                                 listed=True)
                if crel is not None and len(crel.figures) == len(counts) + 1:
                    out.append(crel if crel.computed == crel.stated else soften(crel, "inferred_per_unit"))
    return out


#: the same stage words right after a count's unit ("12.480 thí sinh đăng ký dự thi", "79 thí sinh vắng thi")
_REGISTERED_AFTER = re.compile(r"[^\W\d_]*(?:\s+[^\W\d_]+){0,2}?\s+đăng ký\b", re.IGNORECASE)
_SAT_AFTER = re.compile(r"[^\W\d_]*(?:\s+[^\W\d_]+){0,2}?\s+(?:đã\s+)?(?:dự thi|có mặt)\b", re.IGNORECASE)
_ABSENT_AFTER = re.compile(r"[^\W\d_]*(?:\s+[^\W\d_]+){0,2}?\s+(?:vắng|không dự thi|bỏ thi)\b", re.IGNORECASE)


def exam_attendance(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``có 19.860 thí sinh đăng ký dự thi; 19.700 thí sinh dự thi, vắng 160 thí sinh``: those registered are those
    who sat plus those absent (in one sentence, or the next).  The stages are named by the genre's words, so a sum that
    differs warns (a candidate excused may be counted apart)."""
    done = {r.figures[0] for r in found}
    out = []
    for block in doc.blocks:
        text = block.text
        if "vắng" not in text.lower() and "không dự thi" not in text.lower():
            continue
        figs = [f for f in index.by_block.get(block.id, []) if f.kind == "count" and f.value is not None]
        def named(f, before, after):  # the stage word before the number, or right after its unit
            return before.search(text, max(0, f.start - 40), f.start) or after.match(text, f.end, f.end + 30)

        for i, reg in enumerate(figs):
            if reg.id in done or not named(reg, g.EXAM_REGISTERED, _REGISTERED_AFTER):
                continue
            _, s1 = sentence_of(text, reg.start)
            nxt = next_sentence(text, s1)
            end = nxt[1] if nxt else s1
            later = [f for f in figs[i + 1:i + 8] if f.start < end and same_kind(f.unit, reg.unit)]
            sat = next((f for f in later if named(f, g.EXAM_SAT, _SAT_AFTER)), None)
            absent = next((f for f in later if named(f, g.EXAM_ABSENT, _ABSENT_AFTER)), None)
            if sat is None or absent is None or sat is absent:
                continue
            rel = breakdown(reg, [("", sat), ("", absent)], "exam_attendance", block,
                            quote(text, sentence_of(text, reg.start)[0], sentence_of(text, max(sat.start, absent.start))[1]),
                            listed=True)
            if rel is not None and len(rel.figures) == 3:
                out.append(rel if rel.computed == rel.stated else soften(rel, "inferred_exam_attendance"))
    return out


#: a body of two tiers that are all of it: "Tòa án nhân dân 2 cấp", "Viện kiểm sát hai cấp", "cơ quan THADS 2 cấp"
_TWO_TIERS = re.compile(r"\b(?:2|hai)\s+cấp\b", re.IGNORECASE)
#: the opening words of a clause about the upper tier ("TAND tỉnh", "cấp tỉnh", "Cục THADS tỉnh") or the lower one
#: ("TAND cấp huyện", "các Chi cục", "khu vực"); each clause names one tier only
_UPPER_TIER = re.compile(r"\b(?:cấp\s+)?tỉnh\b", re.IGNORECASE)
_LOWER_TIER = re.compile(r"\b(?:cấp\s+)?(?:huyện|khu vực)\b|\bchi cục\b", re.IGNORECASE)
#: a sentence of changes against another period: "So cùng kỳ, số vụ án thụ lý tăng 4.118 vụ, …"
_COMPARED = re.compile(r"\s*so\s+(?:với\s+)?(?:cùng kỳ|năm trước|năm \d{4})", re.IGNORECASE)
#: words that say nothing of what a figure counts ("giải quyết được 9.200", "thụ lý là 1.400")
_FILLER = {"được", "là", "đạt", "hơn", "trên", "gần", "khoảng", "có", "với", "tổng", "số"}
_WORDS = re.compile(r"[^\W\d_]+")


def _verb(text: str, index: Index, block_id: str, f: Figure, floor: int) -> str:
    """The two words that name what a figure counts, right before it: ``thụ lý`` in ``TAND tỉnh thụ lý 1.400``."""
    seg = words_before(text, index, block_id, f, floor=floor)
    seg = re.split(r"[,;:()]", seg)[-1]
    words = [w.lower() for w in _WORDS.findall(seg)]
    while words and words[-1] in _FILLER:
        words.pop()
    return " ".join(words[-2:]) if len(words) >= 2 else ""


def two_tiers(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``Tòa án nhân dân 2 cấp thụ lý 12.400 vụ án, giải quyết 10.300 vụ`` and, opening the next sentence or paragraph,
    ``Trong đó, TAND tỉnh thụ lý 1.400 vụ án, giải quyết 1.100 vụ; TAND cấp huyện thụ lý 11.000 vụ án, giải quyết
    9.200 vụ``: the two tiers are all of the body, so each count of the whole is the sum of the count named by the
    same words in the two clauses (one figure in each, or no relation)."""
    out = []
    summed = {r.figures[0] for r in found if r.check == CHECK}
    blocks = doc.blocks
    for k, b in enumerate(blocks):
        text = b.text
        if not _TWO_TIERS.search(text):
            continue
        for s0, s1 in sentences(text):
            m = _TWO_TIERS.search(text, s0, s1)
            if m is None:
                continue
            wholes = [f for f in index.within(b.id, m.end(), s1, TOTAL_KINDS, limit=8)
                      if f.value is not None and index.is_stock(f) and f.id not in summed]
            if not wholes:
                continue
            tb, nxt = b, next_sentence(text, s1)
            if nxt is not None and _COMPARED.match(text, nxt[0]):
                nxt = next_sentence(text, nxt[1])  # (one sentence of changes against last year may stand between)
            if nxt is None and k + 1 < len(blocks) and blocks[k + 1].kind == "paragraph":
                tb = blocks[k + 1]
                nxt = sentences(tb.text)[0] if sentences(tb.text) else None
            if nxt is None or not SUBSET_START.match(tb.text[nxt[0]:nxt[1]]):
                continue
            tiers = clauses_in(tb.text, *nxt)
            if len(tiers) != 2:
                continue
            (a0, a1), (c0, c1) = tiers
            up, low = tb.text[a0:min(a1, a0 + 60)], tb.text[c0:min(c1, c0 + 60)]
            if not (_UPPER_TIER.search(up) and not _LOWER_TIER.search(up) and _LOWER_TIER.search(low)
                    and not _UPPER_TIER.search(low)):
                continue
            for w in wholes:
                verb = _verb(text, index, b.id, w, m.end())
                if not verb:
                    continue
                parts = []
                for x0, x1 in tiers:
                    same = [f for f in index.within(tb.id, x0, x1, TOTAL_KINDS, limit=12)
                            if f.value is not None and same_kind(f.unit, w.unit) and _verb(tb.text, index, tb.id, f, x0) == verb]
                    if len(same) != 1:
                        break
                    parts.append(same[0])
                if len(parts) != 2:
                    continue
                rel = breakdown(w, [("cấp tỉnh", parts[0]), ("cấp huyện", parts[1])], "two_tiers", tb,
                                quote(tb.text, *nxt), listed=True)
                if rel:
                    out.append(rel)
    return out


#: a prize of one rank: "giải nhất", "giải Khuyến khích", "giải A" (the figure's unit)
_PRIZE_RANK = re.compile(r"giải\s+(nhất|nhì|ba|tư|khuyến khích|đặc biệt|[abc])$", re.IGNORECASE)
#: what wins prizes, one each: pupils, entrants, works, teams
_PRIZE_HOLDERS = ("học sinh", "em", "thí sinh", "sinh viên", "giải", "tác phẩm", "đề tài", "sáng kiến", "công trình",
                  "sản phẩm", "đội", "tập thể", "cá nhân", "vận động viên", "vđv", "đơn vị")
#: between the prize winners and their prizes: "(", ", trong đó có ", " đoạt các giải này, có "
_TO_PRIZES = re.compile(r"[^\d;.()]{0,60}?(?:\(\s*|(?:,\s*)?(?:trong\s+đó|gồm|có)\s*(?:có\s*)?:?\s*)$", re.IGNORECASE)
_RANK_WORD = re.compile(r"\bgiải\s+(?:nhất|nhì|ba|tư|khuyến khích|đặc biệt)\b", re.IGNORECASE)
_PRIZE_GAP = re.compile(r"\s+giải\s+[^\W\d_]+(?:\s+khích)?\s*(?:,|;|\s+và)\s*", re.IGNORECASE)  # (after a figure: its unit)


def prize_levels(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``69 học sinh đoạt giải (13 giải Nhất, 31 giải Nhì, 25 giải Ba)``, ``Trong 1.355 học sinh đoạt giải, có 93
    giải Nhất, 544 giải Nhì và 718 giải Ba``: one prize of each rank per winner, so the ranks add up to the winners
    (or to the prizes).  One entrant might take two prizes, so a mismatch warns."""
    done = {r.figures[0] for r in found}
    out = []
    for block in doc.blocks:
        text = block.text
        figs = [f for f in index.by_block.get(block.id, []) if f.kind in TOTAL_KINDS and f.value is not None]
        k = 0
        while k < len(figs):
            f = figs[k]
            if not (f.unit and _PRIZE_RANK.match(f.unit)) or k == 0:
                k += 1
                continue
            run = [f]  # the run of prizes of distinct ranks, joined by "," / ";" / "và" only
            while k + len(run) < len(figs):
                g_ = figs[k + len(run)]
                if not (g_.unit and _PRIZE_RANK.match(g_.unit)) or not _PRIZE_GAP.fullmatch(text, run[-1].end, g_.start):
                    break
                run.append(g_)
            whole = figs[k - 1]
            k += len(run)
            ranks = [_PRIZE_RANK.match(p.unit).group(1).lower() for p in run]
            if len(run) < 2 or len(set(ranks)) != len(ranks) or whole.id in done or not whole.unit \
                    or unit_head(whole.unit).lower() not in _PRIZE_HOLDERS or _PRIZE_RANK.match(whole.unit) \
                    or sentence_of(text, whole.start) != sentence_of(text, run[0].start) \
                    or not _TO_PRIZES.fullmatch(text, whole.end, run[0].start):
                continue
            s0, s1 = sentence_of(text, whole.start)
            tail = re.split(r"[();.]", text[run[-1].end:min(s1, run[-1].end + 60)])[0]
            if len(_RANK_WORD.findall(tail)) > 1:
                continue  # "(11 giải Nhất, 31 giải Nhì, chín giải Ba)": a rank counted in words, not read — the run is
                # not all of the prizes
            rel = breakdown(whole, [("", p) for p in run], "prize_levels", block, quote(text, s0, s1), listed=True)
            if rel is not None:
                done.add(whole.id)
                out.append(soften(rel, "inferred_prize_levels"))
    return out


#: the per-unit noun after an average (g.AVERAGE_LEAD): "bình quân 357.000 đồng/hội viên", "… 30 triệu đồng/hộ"
_PER_NOUN = re.compile(r"\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:đồng|USD)?\s*/\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)", re.IGNORECASE)


def averages(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``Chi hội có 210 hội viên. Quỹ … đạt 75 triệu đồng, bình quân đạt 357.000 đồng/hội viên``: an average per
    unit is the one amount of its unit before it (its sentence, or the one before) over the one count of its noun
    there, each as its writer rounded it.  No word ties the three together, so only an average that holds is
    recorded (a pass)."""
    done = {r.figures[0] for r in found}
    out = []
    for block in doc.blocks:
        text = block.text
        figs = index.by_block.get(block.id, [])
        for i, x in enumerate(figs):
            if x.kind != "amount" or x.value is None or x.id in done \
                    or not g.AVERAGE_LEAD.search(text, max(0, x.start - 40), x.start):
                continue
            m = _PER_NOUN.match(text, x.end, min(len(text), x.end + 40))
            if m is None:
                continue
            s0, s1 = sentence_of(text, x.start)
            lo = previous_sentence(text, s0)
            window = [f for f in figs[max(0, i - 12):i] if f.start >= (lo[0] if lo else s0) and f.value
                      and f.kind in TOTAL_KINDS and index.is_stock(f) and not index.paren(f)]
            noun = m.group(1).lower().split()

            def nearest(fs: list[Figure]) -> list[Figure]:  # (the sentence's own, else the one before's)
                return [f for f in fs if f.start >= s0] or fs
            totals = nearest([f for f in window if f.kind == "amount" and same_unit(f.unit, x.unit) and not per_unit(text, f)
                              and not g.AVERAGE_LEAD.search(text, max(0, f.start - 40), f.start)])
            counts = nearest([f for f in window if f.kind == "count" and f.unit
                              and f.unit.lower().split()[:len(noun)] == noun])
            if len(totals) != 1 or len(counts) != 1:
                continue
            t, c = totals[0], counts[0]
            t_lo, t_hi = writer_span(t)
            x_lo, x_hi = writer_span(x)
            c_lo, c_hi = t_lo / c.value, t_hi / c.value
            if c_hi < x_lo or c_lo > x_hi:
                continue
            computed = t.value / c.value
            out.append(Relation(
                id=f"{CHECK}:{x.id}:average", check=CHECK, checkable=True, stated=x.value, computed=computed,
                stated_lo=x_lo, stated_hi=x_hi, computed_lo=c_lo, computed_hi=c_hi, unit=x.unit, line=x.line,
                footnote=block.footnote, block=block.id, quote=quote(text, lo[0] if lo else s0, s1),
                footnote_text=block.text if block.kind == "footnote" else "",
                expression=f"{t.text} / {c.text} = {fmt_vi((computed / (x.scale or 1)).quantize(Decimal('0.01')))}",
                figures=[x.id, t.id, c.id], variant="average"))
    return out
