"""Family ``change``: reported changes against the prior period.

Forms: ``tăng N``, ``giảm N``, ``tăng N%``, ``gấp N lần``, ``bằng X% so với
…``, with ``so với năm 2022``, ``so với cùng kỳ`` or nothing (then the year
before the report's, or before the plan's in a plan section).

Binding (each with the seed example that needs it):

* a change in parentheses or later in the clause refers to the figure(s)
  before it: ``kiểm tra 115 đảng viên⁷ (tăng 6 đảng viên so với năm 2022)``;
* a change with a unit binds by unit: ``586 đảng viên, 574 tổ chức¹¹ (tăng
  01 đảng viên, tăng 24 tổ chức)``;
* one change for several figures of its unit binds to their sum: ``26 đơn tố
  cáo, 02 đơn khiếu nại … (tăng 07 đơn)`` → 28;
* a change without a unit binds to the nearest figure before it.

When the sentence states the prior value too (``… tăng 103 đảng viên so với
năm 2022 (2.200 đảng viên)``, ``tăng từ 2.200 lên 2.303``) the change is
checked now.  Otherwise the implied prior-year value is recorded
(115 tăng 6 → 109; 638 giảm 18 → 656; 4,4 triệu tăng 50 % → ≈ 2,93 triệu)
as ``unverifiable`` until the prior-year report is supplied.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from figaudit.figures import Figure
from figaudit.numbers import fmt_vi
from figaudit.model import Document
from figaudit.relations import Relation, exact_or_interval, register
from figaudit.relations.common import TOTAL_KINDS, Index, clause_of, quote, same_unit, section_year, sentence_of, unit_head

CHECK = "change"
HUNDRED = Decimal(100)
_VERB = re.compile(r"(tăng|giảm|gấp|bằng)(?:\s+(?:thêm|đi|xuống|lên))?\s+(?:trên|hơn|gần|khoảng)?\s*$", re.IGNORECASE)
_FROM_TO = re.compile(r"(tăng|giảm)\s+từ\s+$", re.IGNORECASE)
_REF = re.compile(r"^[^;()]{0,40}?so\s+(?:với\s+)?(cùng kỳ(?:\s+năm\s+(\d{4}))?|năm\s+trước|năm\s+(\d{4})|kỳ trước)", re.IGNORECASE)
#: "bằng 112,3% so với cùng kỳ": the comparison must follow the percent directly
_REF_NOW = re.compile(r"^\s*(?:so\s+với|so)\s+(?:cùng kỳ|năm|kỳ trước)", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+")


def _q(d: Decimal, places: int = 2) -> Decimal:
    return d.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


def _plain(d: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 550, 2933333.33."""
    return format(d.normalize(), "f")


def _prior_year(doc, block, text, fig: Figure) -> tuple[int | None, str]:
    m = _REF.match(text[fig.end:fig.end + 80])
    base, kind = section_year(doc, block)
    if m:
        year = m.group(2) or m.group(3)
        if year:
            return int(year), "stated"
        return (base - 1 if base else None), "same_period" if "cùng kỳ" in m.group(1).lower() else "previous"
    return (base - 1 if base else None), "implicit"


def _implied(current: Figure, verb: str, delta: Figure, is_pct: bool) -> tuple[Decimal, Decimal | None, Decimal | None]:
    """Implied prior value and its interval from the current figure and the stated change."""
    clo, chi, _, _ = exact_or_interval(current)
    dlo, dhi, _, _ = exact_or_interval(delta)
    if dlo is None:
        dlo = delta.value
    if dhi is None:
        dhi = delta.value
    v, d = current.value, delta.value
    if verb == "gấp":
        f = lambda c, k: c / k if k else None  # noqa: E731
        return f(v, d), f(clo, dhi) if clo is not None else None, f(chi, dlo) if chi is not None else None
    if verb == "bằng":
        f = lambda c, k: c * HUNDRED / k if k else None  # noqa: E731
        return f(v, d), f(clo, dhi) if clo is not None else None, f(chi, dlo) if chi is not None else None
    sign = 1 if verb == "tăng" else -1
    if is_pct:
        f = lambda c, k: c / (1 + sign * k / HUNDRED)  # noqa: E731
        lo = f(clo, dhi if sign > 0 else dlo) if clo is not None else None
        hi = f(chi, dlo if sign > 0 else dhi) if chi is not None else None
        return f(v, d), lo, hi
    lo = (clo - sign * (dhi if sign > 0 else dlo)) if clo is not None else None
    hi = (chi - sign * (dlo if sign > 0 else dhi)) if chi is not None else None
    return v - sign * d, lo, hi


@register(CHECK)
def find(doc: Document, figures: list[Figure]) -> list[Relation]:
    index = Index(doc, figures)
    out: list[Relation] = []
    for block in doc.blocks:
        text = block.text
        figs = index.by_block.get(block.id, [])
        claimed: set[str] = set()
        for d in figs:
            if d.kind not in ("count", "amount", "percent", "duration", "multiplier") or d.value is None:
                continue
            before = text[max(0, d.start - 25):d.start]
            vm = _VERB.search(before)
            fm = _FROM_TO.search(before)
            if fm:
                out.extend(_from_to(doc, block, text, d, fm.group(1).lower(), index))
                continue
            if not vm:
                continue
            verb = vm.group(1).lower()
            if d.kind == "multiplier":
                verb = "gấp"  # "tăng 2,5 lần" is a ratio to the prior value, never "+ 2,5"
            elif verb == "gấp":
                continue
            is_pct = d.kind == "percent"
            if verb == "bằng" and not (is_pct and _REF_NOW.match(text[d.end:d.end + 60])):
                continue  # "bằng 95% kế hoạch" is a percentage of plan, not a change
            if d.kind == "duration":
                continue
            c0, c1 = clause_of(text, d.start)
            s0, s1 = sentence_of(text, d.start)
            open_paren = text.rfind("(", c0, d.start)
            inside = open_paren != -1 and text.find(")", open_paren) > d.start
            anchor = open_paren if inside else d.start - len(vm.group(0))
            a0 = clause_of(text, anchor)[0] if inside else c0
            cands = [f for f in index.within(block.id, a0, anchor, TOTAL_KINDS) if f.value is not None and f.id not in claimed]
            if not cands:
                continue
            unit = d.unit if d.kind != "percent" else ""
            if unit:
                same = [f for f in cands if same_unit(f.unit, unit)]
                bound = same if same else [cands[-1]]
            else:
                bound = [cands[-1]]
            if len(bound) > 1 and unit:
                bound = _combined_or_one(text, d, unit, bound)
            else:
                bound = [bound[-1]]
            for f in bound:
                claimed.add(f.id)
            year, how = _prior_year(doc, block, text, d)
            current_v = sum((f.value for f in bound), Decimal(0))
            if len(bound) == 1:
                cur = bound[0]
            else:
                cur = Figure(id="+".join(f.id for f in bound), block=block.id, kind="count", text=" + ".join(f.text for f in bound),
                             start=bound[0].start, end=bound[-1].end, line=bound[0].line, value=current_v,
                             lo=current_v, hi=current_v, unit=unit)
            q = quote(text, a0, (text.find(")", d.end) + 1) if inside else c1)
            # the prior value stated in the same clause after the change ("so với năm 2022 (2.200 đảng viên)")
            prior = next((f for f in index.within(block.id, d.end, (text.find(")", d.end) if inside else c1), TOTAL_KINDS)
                          if f.value is not None and same_unit(f.unit, cur.unit or unit) and _REF.match(text[d.end:f.start])), None)
            out.append(_relation(d, verb, is_pct, cur, bound, prior, year, how, block, q))
    return out


def _combined_or_one(text: str, d: Figure, unit: str, cands: list[Figure]) -> list[Figure]:
    """Several figures share the change's unit.  A more general unit sums them ("26 đơn tố cáo, 02 đơn khiếu
    nại (tăng 07 đơn)"); otherwise the figure whose neighbouring words the change repeats is meant
    ("làm chết 98 người, bị thương 156 người (giảm 5 người chết, …)")."""
    general = all(f.unit.lower() != unit.lower() and len(f.unit) > len(unit) for f in cands) and \
        len({f.unit.lower() for f in cands}) == len(cands)
    if general:
        return cands
    tail = text[d.end:d.end + 40].split(",")[0].split(";")[0].split(")")[0]
    said = {w.lower() for w in _WORDS.findall(tail)} - set(unit_head(unit).split())

    def overlap(f: Figure) -> int:
        # the words of the figure's own list item: back to the previous comma, on to the next one
        start = max(text.rfind(",", 0, f.start), text.rfind(";", 0, f.start), f.start - 30) + 1
        near = text[start:f.start] + " " + text[f.end:f.end + 25].split(",")[0]
        return len(said & {w.lower() for w in _WORDS.findall(near)})

    best = max(cands, key=lambda f: (overlap(f), f.start))
    return [best]


def _relation(d: Figure, verb: str, is_pct: bool, cur: Figure, bound: list[Figure], prior: Figure | None, year, how, block, q) -> Relation:
    implied, ilo, ihi = _implied(cur, verb, d, is_pct)
    args = {"verb": verb, "current": str(cur.value), "current_text": cur.text, "unit": cur.unit,
            "delta": str(d.value), "percent": is_pct, "prior_year": year, "reference": how,
            "implied_prior": _plain(_q(implied, 2)) if implied is not None else "",
            "implied_lo": str(_q(ilo, 2)) if ilo is not None else "", "implied_hi": str(_q(ihi, 2)) if ihi is not None else "",
            "current_ids": [f.id for f in bound]}
    base = dict(check=CHECK, unit=cur.unit if not is_pct else "%", line=d.line, footnote=block.footnote, block=block.id,
                quote=q, footnote_text=block.text if block.kind == "footnote" else "",
                figures=[d.id] + [f.id for f in bound] + ([prior.id] if prior else []), note_args=args)
    sign = Decimal(1 if verb in ("tăng",) else -1)
    if prior is None:
        return Relation(id=f"{CHECK}:{d.id}", checkable=False, stated=d.value, computed=None, note="change_implied_prior",
                        expression=_expr_implied(cur, d, verb, is_pct, implied), variant="implied_prior", **base)
    # both values stated: recompute the change
    slo, shi, s_lo_open, s_hi_open = exact_or_interval(d)
    plo, phi, _, _ = exact_or_interval(prior)
    clo, chi, _, _ = exact_or_interval(cur)
    if verb in ("tăng", "giảm") and not is_pct:
        computed = sign * (cur.value - prior.value)
        c_lo = sign * ((clo - phi) if sign > 0 else (chi - plo)) if None not in (clo, chi, plo, phi) else None
        c_hi = sign * ((chi - plo) if sign > 0 else (clo - phi)) if None not in (clo, chi, plo, phi) else None
        expr = f"{cur.text} − {prior.text} = {fmt_vi(cur.value - prior.value)}"
    elif verb in ("tăng", "giảm"):
        computed = sign * HUNDRED * (cur.value - prior.value) / prior.value
        c_lo = c_hi = computed
        expr = f"100 × ({cur.text} − {prior.text}) / {prior.text} = {fmt_vi(_q(HUNDRED * (cur.value - prior.value) / prior.value))} %"
    elif verb == "gấp":
        computed = cur.value / prior.value
        c_lo = c_hi = computed
        expr = f"{cur.text} / {prior.text} = {fmt_vi(_q(computed))}"
    else:  # bằng X% so với
        computed = HUNDRED * cur.value / prior.value
        c_lo = c_hi = computed
        expr = f"100 × {cur.text} / {prior.text} = {fmt_vi(_q(computed))} %"
    if d.decimals or is_pct or verb == "gấp":
        h = Decimal(1).scaleb(-d.decimals) / 2
        slo, shi, s_hi_open = d.value - h, d.value + 2 * h, True
    return Relation(id=f"{CHECK}:{d.id}", checkable=True, stated=d.value, computed=_q(computed, 4), stated_lo=slo, stated_hi=shi,
                    strict_lo=s_lo_open, strict_hi=s_hi_open, computed_lo=c_lo, computed_hi=c_hi,
                    alt_lo=(d.value - Decimal(1).scaleb(-d.decimals) / 2) if (d.decimals or is_pct) else None,
                    alt_hi=(d.value + Decimal(1).scaleb(-d.decimals) / 2) if (d.decimals or is_pct) else None,
                    alt_strict_hi=True, expression=expr, variant="both_years", **base)


def _expr_implied(cur: Figure, d: Figure, verb: str, is_pct: bool, implied) -> str:
    if implied is None:
        return ""
    shown = fmt_vi(_q(implied, 2).normalize())
    if verb == "gấp":
        return f"{cur.text} / {d.text} ≈ {shown}"
    if verb == "bằng":
        return f"{cur.text} / {d.text} ≈ {shown}"
    if is_pct:
        return f"{cur.text} / (1 {'+' if verb == 'tăng' else '−'} {d.text}) ≈ {shown}"
    return f"{cur.text} {'−' if verb == 'tăng' else '+'} {d.text} = {shown}"


def _from_to(doc, block, text, a: Figure, verb: str, index: Index) -> list[Relation]:
    """``tăng từ A lên B``: the direction must match (B > A for tăng)."""
    m = re.match(r"^[^;.]{0,30}?\s(?:lên|xuống|đến)\s+(?:mức\s+)?", text[a.end:])
    if not m:
        return []
    nxt = [f for f in index.within(block.id, a.end + m.end() - 1, a.end + m.end() + 20, TOTAL_KINDS | {"percent"}) if f.value is not None]
    if not nxt:
        return []
    b = nxt[0]
    sign = Decimal(1 if verb == "tăng" else -1)
    computed = sign * (b.value - a.value)
    s0, s1 = sentence_of(text, a.start)
    return [Relation(id=f"{CHECK}:{a.id}:from_to", check=CHECK, checkable=True, stated=Decimal(0), computed=computed,
                     stated_lo=Decimal(0), stated_hi=None, strict_lo=True, computed_lo=computed, computed_hi=computed,
                     unit=b.unit, line=a.line, footnote=block.footnote, block=block.id, quote=quote(text, s0, s1),
                     footnote_text=block.text if block.kind == "footnote" else "",
                     expression=f"{b.text} − {a.text} = {fmt_vi(b.value - a.value)}", figures=[a.id, b.id], variant="direction",
                     note="change_direction", note_args={"verb": verb})]
