"""Trade identities across a section: total trade = exports + imports, and a surplus (deficit) = exports − imports
(imports − exports), for the same period and the same group of traders.

Trade reports state the three figures in separate sentences or paragraphs::

    Tổng kim ngạch xuất nhập khẩu tháng 3 đạt 12,6 tỷ USD … . Qua đó đưa kim ngạch xuất nhập khẩu 3 tháng đạt 35,1 tỷ USD.
    Trong đó, xuất khẩu tháng 3 đạt 6,5 tỷ USD … và 3 tháng đạt 18,2 tỷ USD.
    Nhập khẩu trong tháng đạt 6,1 tỷ USD …, qua đó đưa kim ngạch nhập khẩu 3 tháng đạt 16,9 tỷ USD.

Each amount is named by the words before it (back to the figure before it, else the opening words of its sentence):
what flow it is (``xuất nhập khẩu``, ``xuất khẩu``, ``nhập khẩu``, ``xuất siêu``/``nhập siêu``), which period
(``tháng 3`` is a month, ``3 tháng`` the months so far, ``cả năm``), which traders (``FDI``, ``khu vực có vốn đầu
tư nước ngoài``, ``trong nước``) and whether crude oil is in (``kể cả dầu thô``, ``không kể dầu thô``).  Only when
exactly one figure of each flow has the same period and traders is the identity checked; read from the names, not
pointed at by a cue word, a mismatch warns.
"""

from __future__ import annotations

import re
from decimal import Decimal

from figaudit.figures import Figure
from figaudit.model import Document
from figaudit.numbers import fmt_vi
from figaudit.relations import Relation, exact_or_interval, soften
from figaudit.relations.common import Index, quote, same_unit, sentence_of, writer_span

_FLOW = [("balance", re.compile(r"\b(xuất siêu|nhập siêu|thặng dư thương mại|thâm hụt thương mại)\b", re.I)),
         ("total", re.compile(r"\b(?:xuất,?\s*nhập khẩu|xuất khẩu và nhập khẩu|XNK)\b", re.I)),
         ("exports", re.compile(r"\bxuất khẩu\b", re.I)),
         ("imports", re.compile(r"\bnhập khẩu\b", re.I))]
_CUM = re.compile(r"\b(\d{1,2})\s+tháng\b|\b(cả năm|năm \d{4})\b", re.I)
_MONTH = re.compile(r"\btháng\s+(\d{1,2})\b|\b(trong tháng)\b", re.I)
_FDI = re.compile(r"\bFDI\b|(?:có\s+)?vốn đầu tư (?:trực tiếp )?nước ngoài|\bđầu tư nước ngoài\b", re.I)
_DOMESTIC = re.compile(r"\bkhu vực (?:kinh tế )?trong nước\b|\bdoanh nghiệp trong nước\b", re.I)
_WITH_CRUDE = re.compile(r"\bkể cả dầu thô\b", re.I)
_WITHOUT_CRUDE = re.compile(r"\b(?:không kể|trừ|không tính)\s+dầu thô\b", re.I)
_QUANTITIES = {"count", "amount", "percent", "ratio", "fraction", "multiplier"}
#: the most trade figures looked at in a section (a window: the cost stays linear)
MAX_FIGURES = 200


def _name(text: str, index: Index, block_id: str, f: Figure) -> tuple[str, str, str, str] | None:
    """(flow, period, traders, crude) of an amount, or None."""
    s0, _ = sentence_of(text, f.start)
    # back to the quantity before it (dates, years and "7 tháng" are words of the name here, not quantities)
    prev = [x for x in index.last_before(block_id, f.start, 8) if x.kind in _QUANTITIES and x.start >= s0]
    w0 = prev[-1].end if prev else s0
    window = text[w0:f.start]
    first = [x for x in index.within(block_id, s0, f.start, limit=8) if x.kind in _QUANTITIES]
    subject = text[s0:first[0].start] if first else window
    flow = next((k for k, rx in _FLOW if rx.search(window)), None)
    if flow is None and w0 != s0:
        flow = next((k for k, rx in _FLOW if rx.search(subject)), None)
    if flow is None:
        return None
    if flow == "balance":
        m = _FLOW[0][1].search(window) or _FLOW[0][1].search(subject)
        flow = "surplus" if m.group(1).lower() in ("xuất siêu", "thặng dư thương mại") else "deficit"
    period = ""
    for seg in (window, subject):
        c, mo = _CUM.search(seg), _MONTH.search(seg)
        if c:
            period = "cum:" + (c.group(1) or "year")
        elif mo:
            period = "month:" + (mo.group(1) or "?")
        if period:
            break
    tail = text[f.end:f.end + 30].split(",")[0]
    around = subject + " " + window + " " + tail
    traders = "fdi" if _FDI.search(around) else "dom" if _DOMESTIC.search(around) else ""
    crude = ""
    for seg in (tail, window, subject):  # the words right after the figure first ("32,8 tỷ USD kể cả dầu thô")
        crude = "without" if _WITHOUT_CRUDE.search(seg) else "with" if _WITH_CRUDE.search(seg) else ""
        if crude:
            break
    return flow, period, traders, crude


def _ledger(doc: Document, index: Index) -> list[list[tuple[Figure, tuple, object]]]:
    """Trade amounts by section, each with its name and block."""
    sections: list[list] = [[]]
    for block in doc.blocks:
        if block.kind == "heading" and sections[-1]:
            sections.append([])
        for f in index.by_block.get(block.id, []):
            if len(sections[-1]) >= MAX_FIGURES:
                break
            if f.kind != "amount" or f.value is None or index.role(f) or not re.search(r"USD|đồng", f.unit, re.I):
                continue
            name = _name(block.text, index, block.id, f)
            if name is not None:
                sections[-1].append((f, name, block))
    months = set()
    for sec in sections:
        for _, (flow, period, _, _), _ in sec:
            if period.startswith("month:") and period != "month:?":
                months.add(period)
    out = []
    for sec in sections:
        ms = {p for _, (_, p, _, _), _ in sec if p.startswith("month:") and p != "month:?"}
        only = next(iter(ms)) if len(ms) == 1 else None
        out.append([(f, (fl, only if p == "month:?" and only else p, t, c), b) for f, (fl, p, t, c), b in sec])
    return out


def _pick(sec, flow: str, period: str, traders: str, crude: str | None) -> list:
    found = [(f, b) for f, (fl, p, t, c), b in sec if fl == flow and p == period and t == traders
             and (crude is None or c == crude)]
    if not found and period == "cum:year":  # a year's report: figures that name no period are the year's
        found = [(f, b) for f, (fl, p, t, c), b in sec if fl == flow and p == "" and t == traders
                 and (crude is None or c == crude)]
    return found


def _span(f: Figure) -> tuple[Decimal, Decimal]:
    """A figure as its writer means it: ``hơn 17,4 tỷ`` is 17,4x tỷ; a rounded figure its rounding interval."""
    if f.qualifier:
        return writer_span(f)
    lo, hi, _, _ = exact_or_interval(f)
    return (lo if lo is not None else f.value), (hi if hi is not None else f.value)


def _rel(check: str, stated: Figure, a: Figure, b: Figure, sign: int, block, variant: str) -> Relation:
    computed = a.value + sign * b.value
    alo, ahi = _span(a)
    blo, bhi = _span(b)
    c_lo, c_hi = (alo + blo, ahi + bhi) if sign > 0 else (alo - bhi, ahi - blo)
    slo, shi, lo_open, hi_open = exact_or_interval(stated)
    s0, s1 = sentence_of(block.text, stated.start)
    op = "+" if sign > 0 else "−"
    rel = Relation(
        id=f"{check}:{stated.id}:{variant}", check=check, checkable=True, stated=stated.value, computed=computed,
        stated_lo=slo, stated_hi=shi, strict_lo=False, strict_hi=False, computed_lo=c_lo, computed_hi=c_hi,
        unit=stated.unit, line=stated.line, footnote=block.footnote, block=block.id, quote=quote(block.text, s0, s1),
        figures=[stated.id, a.id, b.id], expression=f"{a.text} {op} {b.text} = {fmt_vi(computed)}", variant=variant,
        parts=[("xuất khẩu" if sign > 0 else "", a.value), ("nhập khẩu", b.value)] if sign > 0 else [])
    return soften(rel, "inferred_trade")


def totals(doc: Document, index: Index, check: str) -> list[Relation]:
    """Total trade = exports + imports, for each period and group of traders named once each."""
    out = []
    for sec in _ledger(doc, index):
        for f, (flow, period, traders, _), block in sec:
            if flow != "total" or not period:
                continue
            ex = _pick(sec, "exports", period, traders, None)
            im = _pick(sec, "imports", period, traders, None)
            tot = _pick(sec, "total", period, traders, None)
            if len(ex) == 1 and len(im) == 1 and len(tot) == 1 and same_unit(ex[0][0].unit, f.unit) \
                    and same_unit(im[0][0].unit, f.unit):
                out.append(_rel(check, f, ex[0][0], im[0][0], +1, block, "trade_total"))
    return out


def balances(doc: Document, index: Index, check: str, done: set[str]) -> list[Relation]:
    """A surplus = exports − imports (a deficit = imports − exports) stated apart from its two figures."""
    out = []
    for sec in _ledger(doc, index):
        for f, (flow, period, traders, crude), block in sec:
            if flow not in ("surplus", "deficit") or f.id in done or not period:
                continue
            ex = _pick(sec, "exports", period, traders, crude) or (_pick(sec, "exports", period, traders, "")
                                                                   if crude else [])
            im = _pick(sec, "imports", period, traders, "") or _pick(sec, "imports", period, traders, None)
            if len(ex) != 1 or len(im) != 1 or not same_unit(ex[0][0].unit, f.unit):
                continue
            a, b = (ex[0][0], im[0][0]) if flow == "surplus" else (im[0][0], ex[0][0])
            out.append(_rel(check, f, a, b, -1, block, "trade_balance_named"))
    return out
