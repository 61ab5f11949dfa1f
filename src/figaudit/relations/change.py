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
from bisect import bisect_right
from decimal import ROUND_HALF_UP, Decimal

from figaudit import grammar as g
from figaudit.figures import Figure
from figaudit.numbers import HUNDRED, fmt_vi
from figaudit.model import Document
from figaudit.relations import Relation, exact_or_interval, register, soften
from figaudit.relations import corresponding, trade
from figaudit.relations.common import (
    AMOUNT_THEN_PERCENT, CASE_HEADS, TOTAL_KINDS, Index, clause_of, holds, meant_span, paren_span, previous_sentence, quote, same_kind, same_unit, section_year,
    sentence_of, sentences, unit_head,
)

CHECK = "change"
_FROM_TO = re.compile(r"(tăng|giảm)\s+từ\s+$", re.IGNORECASE)
_REF = re.compile(r"^[^;()]{0,40}?so\s+(?:với\s+)?(cùng kỳ(?:\s+năm\s+(\d{4}))?|năm\s+trước|năm\s+(\d{4})|kỳ trước)", re.IGNORECASE)
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


#: The verb of a change, captured (the text right before the figure).
_VERB = re.compile(
    r"(tăng thêm|tăng|giảm đi|giảm bớt|giảm|ít hơn|nhiều hơn|cao hơn|thấp hơn|lớn hơn|nhỏ hơn|vượt|gấp|bằng)"
    r"(?:\s+(?:so\s+(?:với\s+)?)?(?:cùng kỳ|năm trước|năm ngoái|kỳ trước|năm \d{4})(?:\s+năm\s+(?:trước|ngoái|\d{4}))?"
    r"|\s+(?:chỉ tiêu|kế hoạch|mục tiêu)[^,;\d]{0,40}?)?"
    # ("bằng chỉ 35%"; a verb glued to its number, "giảm1,4%", as text pasted from a PDF has it)
    r"(?:\s+là)?(?:\s+(?:(?:trên|hơn|gần|khoảng|xấp xỉ|tới|thêm|ước|chỉ)\s+)?|(?<=[gm]))$", re.IGNORECASE)
_VERB_WORD = re.compile(r"\b(?:tăng|giảm|cao hơn|thấp hơn)\b", re.IGNORECASE)
_SIGN = {"tăng": "tăng", "tăng thêm": "tăng", "nhiều hơn": "tăng", "cao hơn": "tăng", "lớn hơn": "tăng", "vượt": "tăng",
         "giảm": "giảm", "giảm đi": "giảm", "giảm bớt": "giảm", "ít hơn": "giảm", "thấp hơn": "giảm", "nhỏ hơn": "giảm",
         "gấp": "gấp", "bằng": "bằng"}
_PAIR_GAP = re.compile(r"[^;.!?]{0,60}")
_PAREN_OPEN = re.compile(r"\(\s*(?:tương ứng\s+|tương đương\s+(?:với\s+)?|bằng\s+|tức\s+(?:là\s+)?|hay\s+)?(?:(?:tăng|giảm|ít hơn|nhiều hơn)\s+)?(?:(?:trên|hơn|gần|khoảng)\s+)?[+\-−]?\s*",
                         re.IGNORECASE)
_UNCHANGED = re.compile(r"(?:không thay đổi|không đổi|giữ nguyên)\s*\(\s*$", re.IGNORECASE)
#: ``xuất siêu 16 triệu USD``, ``nhập siêu của Thủ đô 3,22 tỷ USD``: the trade balance.
_BALANCE = re.compile(r"(xuất siêu|nhập siêu|thặng dư thương mại|thâm hụt thương mại)(?:\s+[^\W\d_]+){0,3}?\s+"
                      r"(?:(?:ước|khoảng|hơn|gần|trên|là|đạt|tới|ước đạt|ước tính)\s+)*$", re.IGNORECASE)
_EXPORTS = re.compile(r"\bxuất khẩu\b(?!\s+và)(?:\s+[^\W\d_()]+){0,6}?\s+(?:(?:ước|đạt|khoảng|hơn|gần|trên|là|tới)\s+)*$", re.IGNORECASE)
_IMPORTS = re.compile(r"\bnhập khẩu\b(?:\s+[^\W\d_()]+){0,6}?\s+(?:(?:ước|đạt|khoảng|hơn|gần|trên|là|tới)\s+)*$", re.IGNORECASE)
_AVERAGE = g.AVERAGE
_PER_YEAR = re.compile(r"\s*/\s*(?:năm|tháng|quý)")
_FILLER = {"so", "với", "cùng", "kỳ", "năm", "trước", "ngoái", "tăng", "giảm", "là", "đã", "được", "có", "và", "các", "số"}


_PLAN_WORD = re.compile(r"\b(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)\b", re.IGNORECASE)
_SO_VOI = re.compile(r"\bso\s+(?:với\s+)?", re.IGNORECASE)


def _after_plan_comparison(text: str, d: Figure) -> bool:
    """Is the comparison that opens the change's ``;`` item against a plan (``…; so với chỉ tiêu giao (5.000 người)
    đạt 108%, vượt 400 người``)?  Then it is no change from a prior period, whatever the sentence compared before.
    Only a comparison that opens the item: in ``đạt 24% so với kế hoạch, tăng 2%`` the plan is the percentage's."""
    lo = max(0, d.start - 120)  # (a window: never the whole paragraph before each change)
    s0 = max(sentence_of(text, d.start)[0], text.rfind(";", lo, d.start) + 1, lo)
    hit = _SO_VOI.search(text, s0, d.start)
    return hit is not None and not text[s0:hit.start()].strip(" ,:-–") \
        and bool(_PLAN_WORD.match(text, hit.end())) and not _PERIOD_AFTER.match(text, d.end)


#: a prior period the change names after it: "…, tăng 5% so với cùng kỳ"
_PERIOD_AFTER = re.compile(r"[^;.\d]{0,30}?\bso\s+(?:với\s+)?(?:cùng kỳ|năm|tháng|quý|kỳ)\b", re.IGNORECASE)


def _against_plan(text: str, d: Figure) -> bool:
    """Is the change measured against a plan or target (``vượt chỉ tiêu 8,2%``, ``tăng 5% so với kế hoạch``)?"""
    m = _VERB.search(text, max(0, d.start - 60), d.start)
    return bool(m and _PLAN_WORD.search(m.group(0))) or bool(g.PLAN_AFTER.match(text[d.end:d.end + 60]))


def _verb(text: str, d: Figure) -> str | None:
    m = _VERB.search(text, max(0, d.start - 60), d.start)
    if m:
        return _SIGN[m.group(1).lower()]
    if d.extra.get("negative"):
        return "giảm"
    if text[max(0, d.start - 1):d.start] == "+":
        return "tăng"
    return None


@register(CHECK)
def find(doc: Document, figures: list[Figure]) -> list[Relation]:
    index = Index(doc, figures)
    out: list[Relation] = []
    prev_block = None
    recent: list = []  # the blocks before this one (a few), for a current value named by its words
    listed_cache: dict = {}  # block id → its lists of rates and their priors "tương ứng" (corresponding.lists)
    for block in doc.blocks:
        text = block.text
        figs = index.by_block.get(block.id, [])
        prev_par, prev_block = prev_block, (block if block.kind == "paragraph" else None)
        earlier_blocks = recent[::-1]
        recent = (recent + [block])[-6:]
        from_to: list[tuple[Figure, Figure, str]] = []
        for f in figs:  # "tăng từ A lên B": the direction
            fm = _FROM_TO.search(text, max(0, f.start - 25), f.start) if f.kind in TOTAL_KINDS | {"percent"} else None
            if fm and f.value is not None:
                out.extend(_from_to(doc, block, text, f, fm.group(1).lower(), index, from_to))
            elif f.kind in TOTAL_KINDS | {"percent"} and f.value is not None and _BARE_FROM.search(text, max(0, f.start - 8), f.start):
                _from_to(doc, block, text, f, "", index, from_to)  # "từ 3,1% năm 2022 xuống 2,4%": the pair only
        for r in figs:  # "số người chết không thay đổi (5/5)": no change, this year / last year
            if r.kind == "ratio" and _UNCHANGED.search(text, max(0, r.start - 30), r.start):
                a, b = Decimal(r.extra["numerator"]), Decimal(r.extra["denominator"])
                s0, s1 = sentence_of(text, r.start)
                out.append(Relation(
                    id=f"{CHECK}:{r.id}:unchanged", check=CHECK, checkable=True, stated=Decimal(0), computed=a - b,
                    stated_lo=Decimal(0), stated_hi=Decimal(0), computed_lo=a - b, computed_hi=a - b, unit=r.unit,
                    line=r.line, footnote=block.footnote, block=block.id, quote=quote(text, s0, s1),
                    footnote_text=block.text if block.kind == "footnote" else "", figures=[r.id],
                    expression=f"{fmt_vi(a)} − {fmt_vi(b)} = {fmt_vi(a - b)}", variant="unchanged"))
        out.extend(_balances(text, index, block))
        changes = [f for f in figs if index.role(f) in ("change", "change_pct") and f.value is not None
                   and not (_POINTS.match(f.unit or "") and _CONTRIBUTION.search(text, max(0, f.start - 25), f.start))
                   and not _AGAINST_SCENARIO.match(text, f.end)
                   and not _after_plan_comparison(text, f)]  # ("tăng thêm 225 tỷ đồng so với phương án …":
        # against a scenario, not a prior period; a plan stated beside its change is still read)
        verbs: dict[str, str] = {}
        prev: Figure | None = None
        for d in changes:
            v = _verb(text, d) or (verbs.get(prev.id) if prev is not None else None)
            if d.kind == "multiplier":
                v = "gấp"  # "tăng 2,5 lần" is a ratio to the prior value, never "+ 2,5"
            if v == "gấp" and d.kind != "multiplier" or v == "bằng" and d.kind != "percent":
                v = None
            if v == "bằng" and prev is not None and prev.id in verbs and prev.kind in TOTAL_KINDS \
                    and re.fullmatch(r"[^\d;.()]{0,25}\(\s*bằng\s+", text[prev.end:d.start]):
                v = verbs[prev.id]  # "tăng 1.234 tỷ đồng (bằng 11,1%)": the change again, as a percentage
            if v is not None:
                verbs[d.id] = v
            prev = d
        heads: dict[str, Figure] = {}  # percent id → the head of the change list its paired change ends
        pairs = _pair_percents(text, index, block.id, [d for d in changes if d.id in verbs], verbs, heads)
        by_sentence: dict[int, list[Figure]] = {}  # the changes of each sentence, for pairing by order
        for c in changes:
            by_sentence.setdefault(sentence_of(text, c.start)[0], []).append(c)
        texts = {f.id: f.text for f in changes}
        paired_abs = {a.id: texts[x] for x, a in pairs.items()}
        claimed: set[str] = set()
        done: set[str] = set()
        stated_prior: dict[str, Figure] = {}  # change id → the prior value its "từ A …" states
        for a, b, how_verb in from_to:  # "giảm từ 3,12% xuống 2,45%, giảm 0,67 điểm phần trăm": the change stated too
            rel = _from_to_change(doc, block, text, index, a, b, how_verb, changes, verbs, done)
            if rel is not None:
                out.append(rel)
                stated_prior[rel.figures[0]] = a
        by_id = {f.id: f for f in changes}
        in_brackets = {}  # percent id → (this year, last year) of "giảm 20 vụ, giảm 25% (60/80 vụ)"
        for x, a in pairs.items():
            if a.start < by_id[x].start and verbs.get(a.id) == verbs.get(x) \
                    and (pair := _ratio_after(text, index, block.id, by_id[x])) is not None \
                    and (not pair[0].unit or not a.unit or same_unit(pair[0].unit, a.unit)):
                in_brackets[x] = pair
                done.add(a.id)
        for d in changes:
            verb = verbs.get(d.id)
            if d.id in done:
                continue
            if verb is None or d.kind == "duration":
                continue
            is_pct = d.kind == "percent"
            if is_pct and d.id in pairs and verb == "bằng":
                a = pairs[d.id]
                cur = _current(text, index, block, a, by_sentence, claimed=set(), prev_block=prev_par)
                rel = _level_with_change(d, a, verbs.get(a.id), cur, block, text)
                if rel is not None:
                    out.append(rel)
                    done.add(a.id)
                continue
            if is_pct and d.id in pairs:
                a = pairs[d.id]
                where: dict = {}
                cur = _current(text, index, block, a, by_sentence, claimed=set(), where=where, prev_block=prev_par)
                if not cur and (named := _named_current(text, index, block, a, earlier_blocks)) is not None:
                    cur, where["previous"] = [named[0]], True  # "So với năm 2023 (112 vụ), số vụ giảm 25 vụ (-22,3%)"
                if d.id in in_brackets:
                    # "giảm 20 vụ, giảm 25% (60/80 vụ)": the bracket holds this year / last year for both changes
                    pair = in_brackets[d.id]
                    s0, s1 = sentence_of(text, d.start)
                    year, how = _prior_year(doc, block, text, d)
                    for c in (a, d):
                        rel = _relation(c, verb, c is d, pair[0], [], pair[1], year, how, block, quote(text, s0, s1))
                        out.append(soften(rel, "inferred_pair_in_brackets"))
                    continue
                if not cur and verbs.get(a.id, verb) == "giảm" and _none_now(text, index, block.id, a):
                    cur, where["none_now"] = [a.derived("0", Decimal(0))], True  # "không xảy ra tai nạn, giảm 1 vụ (100%)"
                rel = _percent_of_change(d, a, verbs.get(a.id, verb), cur, block, text, stated_prior.get(a.id))
                if where.get("nearest_of") and rel.checkable and not holds(rel) and len(cur) == 1:
                    rel = _other_fitting(rel, where["nearest_of"], cur[0], lambda o: _percent_of_change(
                        d, a, verbs.get(a.id, verb), [o], block, text, stated_prior.get(a.id)))
                if d.id in heads and not (rel.checkable and holds(rel)):
                    h = heads[d.id]
                    h_cur = _current(text, index, block, h, by_sentence, claimed=set(), prev_block=prev_par)
                    alt = _percent_of_change(d, h, verbs.get(h.id, verb), h_cur, block, text, stated_prior.get(h.id))
                    if alt.checkable and holds(alt):
                        rel = soften(alt, "inferred_list_head")
                    else:  # the text does not say which change of the list the rate is of
                        rel.checkable, rel.note = False, "change_percent_ambiguous"
                        rel.note_args = {**rel.note_args, "changes": f"{h.text} {h.unit or ''}, {a.text} {a.unit or ''}"}
                if where.get("previous") and rel.checkable and not holds(rel) and a.unit \
                        and (alt := _fitting_elsewhere(text, index, block, prev_par, d, a, verbs.get(a.id, verb), cur)):
                    rel = alt  # "… 3.440 vụ cháy, … bị thương 109 người. Xảy ra 16 vụ nổ, … bị thương 27 người. So sánh
                    # với năm 2022: …; tăng 19 người bị thương (tăng 21,11%)": of the 109 (the one figure it fits)
                if where.get("ratio_numerator") and not (rel.checkable and holds(rel)):
                    # "có 5.120/6.400 xã (80%), tăng 16 xã (tăng 0,25%)": the rate may be in points of the share
                    # (16 / 6.400), not of last year's count; the text does not say which
                    rel.checkable, rel.note = False, "change_percent_of_share"
                if where.get("previous"):
                    soften(rel, "inferred_previous_sentence")
                elif where.get("none_now"):
                    soften(rel, "inferred_none_now")
                out.append(rel)
                if not where.get("none_now") and a.start > d.start and a.id not in stated_prior and rel.checkable and holds(rel) and len(cur) == 1:
                    # "tăng 0,8% (tăng hơn 0,4 triệu người)": the amount too, from the percentage that agrees
                    amount = _amount_of_percent(a, d, verbs.get(a.id, verb), cur[0], rel)
                    if amount is not None:
                        out.append(amount)
                        done.add(a.id)
                continue
            if verb == "gấp" and (rel := _times_of_change(text, index, block, d, changes, verbs, by_sentence,
                                                           prev_par)) is not None:
                out.append(rel)  # "tăng 246 vụ, tương đương gấp 2,5 lần": this year over (this year − the change)
                continue
            year, how = _prior_year(doc, block, text, d)
            pair = _ratio_after(text, index, block.id, d)
            if pair is not None and verb in ("tăng", "giảm", "gấp"):
                # "gấp 1,85 lần so năm 2019 (5.920/3.200 tỷ đồng)", "ít hơn 03 vụ (180/183 vụ)": this year / last year
                cur_f, prior_f = pair
                s0, s1 = sentence_of(text, d.start)
                rel = _relation(d, verb, is_pct, cur_f, [], prior_f, year, how, block, quote(text, s0, s1))
                if verb != "gấp":  # "(15/20 vụ)" after "tăng 5 vụ" may count something else than both years
                    soften(rel, "inferred_pair_in_brackets")
                out.append(rel)
                continue
            two = _year_pair(text, index, block.id, d, verb)
            stated_both = two is None and (two := _year_pair_after(text, index, block.id, d, is_pct)) is not None
            ambiguous = False  # several rates the change may be of, none fitting it
            if two is None and (is_pct or _POINTS.match(d.unit or "")):
                rp = _rate_prior(text, index, block.id, d)
                if rp is not None:
                    two, ambiguous = rp[:2], rp[2]
            listed = False  # the rate and its prior read from a list "tương ứng" (by the rate's name)
            if two is None and (is_pct or _POINTS.match(d.unit or "")):
                vw = [m.start() for m in _VERB_WORD.finditer(text, max(0, d.start - 40), d.start)]
                two = corresponding.counterpart(text, index, block, d, vw[-1] if vw else d.start, earlier_blocks,
                                                listed_cache)
                listed = two is not None
            if two is None:
                named = _named_current(text, index, block, d, earlier_blocks)
                if named is not None:
                    s0, s1 = sentence_of(text, d.start)
                    rel = _pair_relation(d, verb, named[1], named[0], year, how, block, quote(text, s0, _end_of(text, index, d)))
                    if rel is not None:
                        rel.variant = "both_years"
                        out.append(soften(rel, "inferred_named_current"))
                        continue
            if two is not None and (stated_both or not (_AVERAGE.search(text, max(0, d.start - 30), d.start)
                                                        or _PER_YEAR.match(text, d.end))):
                # (an average's change with both years' averages in its bracket is checked like any other)
                s0, s1 = sentence_of(text, d.start)
                rel = _pair_relation(d, verb, two[1], two[0], year, how, block, quote(text, s0, _end_of(text, index, d)))
                if rel is not None:
                    rel.variant = "both_years"
                    if listed:
                        soften(rel, "inferred_corresponding")
                    out.append(soften(rel, "inferred_rate_among_several") if ambiguous else rel)
                    continue
            s0_ = sentence_of(text, d.start)[0]
            before = [f for f in index.within(block.id, max(s0_, d.start - 200), d.start)
                      if f.kind in TOTAL_KINDS | {"percent"}]
            if is_pct and (_AVERAGE.search(text, max(0, d.start - 30), d.start) or _PER_YEAR.match(text, d.end)
                           or (before and before[-1].kind == "percent" and index.role(before[-1]) in ("share", "", "attain")
                               and not _count_prior_after(text, index, block.id, d, before))):
                # "bình quân tăng 20,1%/năm" (an average rate) or "đạt tỷ lệ 90,49%, cao hơn năm trước 0,77%" (points
                # of a rate): not a percentage of this year's figure
                s0, s1 = sentence_of(text, d.start)
                out.append(Relation(
                    id=f"{CHECK}:{d.id}", check=CHECK, checkable=False, stated=d.value, computed=None, unit="%",
                    line=d.line, footnote=block.footnote, block=block.id, quote=quote(text, s0, s1),
                    footnote_text=block.text if block.kind == "footnote" else "", figures=[d.id],
                    note="change_rate", variant="rate",
                    note_args={"verb": verb, "delta": str(d.value), "prior_year": year, "reference": how}))
                continue
            where = {}
            bound = _current(text, index, block, d, by_sentence, claimed=claimed if is_pct else set(), where=where,
                             prev_block=prev_par, unit_hint=_aside_prior_unit(text, index, block.id, d) if is_pct else "")
            if not bound:
                s0, s1 = sentence_of(text, d.start)
                out.append(Relation(
                    id=f"{CHECK}:{d.id}", check=CHECK, checkable=False, stated=d.value, computed=None,
                    unit=d.unit if not is_pct else "%", line=d.line, footnote=block.footnote, block=block.id,
                    quote=quote(text, s0, s1), footnote_text=block.text if block.kind == "footnote" else "",
                    figures=[d.id], note="change_no_current", variant="no_current",
                    note_args={"verb": verb, "delta": str(d.value), "percent": is_pct, "prior_year": year, "reference": how}))
                continue
            if is_pct:
                claimed.update(f.id for f in bound)
            if len(bound) == 1:
                cur = bound[0]
            else:
                current_v = sum((f.value for f in bound), Decimal(0))
                cur = bound[0].derived(" + ".join(f.text for f in bound), current_v, unit=d.unit, end=bound[-1].end)
                cur.id = "+".join(f.id for f in bound)
            q0 = min(sentence_of(text, bound[0].start)[0], sentence_of(text, d.start)[0])
            q = quote(text, q0, _end_of(text, index, d))
            prior = _prior_value(text, index, block.id, d, cur, changes)
            amount = _signed_bracket(text, index, block.id, d, cur) if is_pct and prior is None else None
            if amount is not None:  # "tăng 5,2% (+62 tỷ đồng)": the amount of the change, signed, in brackets
                rel = _percent_of_change(d, amount, verb, bound, block, text)
                out.append(soften(rel, "inferred_change_in_brackets") if rel.checkable else rel)
                continue
            earlier = _prior_in_sentence(text, index, block.id, d, cur, year) if prior is None else None
            if earlier:
                prior = earlier
            rel = _relation(d, verb, is_pct, cur, bound, prior, year, how, block, q)
            if where.get("nearest_of") and rel.checkable and not holds(rel) and len(bound) == 1:
                rel = _other_fitting(rel, where["nearest_of"], cur, lambda o: _relation(
                    d, verb, is_pct, o, [o], prior, year, how, block, q))
            if rel.checkable and not earlier and is_bare_prior(text, index, d, prior) and not _agrees(rel):
                # "tăng 12,8% (3.765.900 lượt)" is the prior, "giảm 5,2% (120 tỷ đồng)" the amount of the change:
                # each reading is kept only when it agrees, since the bracket does not say which it is
                amount = _percent_of_change(d, prior, verb, bound, block, text) if is_pct else None
                if amount is not None and amount.checkable and _agrees(amount):
                    out.append(soften(amount, "inferred_change_in_brackets"))
                    continue
                if not (cur.value and 2 * prior.value >= cur.value and prior.value <= 2 * cur.value
                        and (not is_pct or d.value < 50)):
                    rel = _relation(d, verb, is_pct, cur, bound, None, year, how, block, q)
                # (else "tăng 1,9% (101.004 con)" after 102.618 con: a bracket the size of the current value can only
                # be the prior, never the amount of a change under 50 %; it disagrees, and warns below)
            if where.get("previous") and rel.checkable:
                soften(rel, "inferred_previous_sentence")
            elif where.get("ratio_numerator") and rel.checkable:
                soften(rel, "inferred_ratio_numerator")
            elif earlier and rel.checkable:
                soften(rel, "inferred_prior_in_sentence")
            elif rel.checkable and is_bare_prior(text, index, d, prior):
                soften(rel, "inferred_prior_in_brackets")
            if d.id in paired_abs:
                rel.note_args["percent_stated"] = paired_abs[d.id]
            out.append(rel)
    for rel in out:
        if rel.variant == "percent_of_change" and rel.checkable and rel.computed is not None and len(rel.figures) > 2 \
                and not (rel.stated_lo is not None and rel.stated_hi is not None
                         and rel.stated_lo <= rel.computed <= rel.stated_hi) \
                and (f := index.by_id.get(rel.figures[2])) is not None and f.value is not None \
                and _OWN_RATE_AFTER.match(index.blocks[f.block].text, f.end):
            # "lao động thất nghiệp 12.400 người, tỷ lệ 2,14%; giảm 1.500 người, tương ứng giảm 0,31%": the count has its
            # own rate, and the change may be that rate's, in points (of all workers), not of last year's count
            rel.checkable, rel.note = False, "change_percent_of_share"
    out += trade.balances(doc, index, CHECK, {r.figures[0] for r in out if r.variant == "trade_balance"})
    return out


def _balances(text: str, index: Index, block) -> list[Relation]:
    """``xuất khẩu 2,75 tỷ USD, nhập khẩu 2,10 tỷ USD (xuất siêu 0,65 tỷ USD)``: the balance is exports − imports
    (imports − exports for ``nhập siêu``), both named before it in its sentence, after any earlier balance."""
    out = []
    floor = 0
    for f in index.by_block.get(block.id, []):
        if f.kind not in TOTAL_KINDS or f.value is None:
            continue
        m = _BALANCE.search(text, max(0, f.start - 50), f.start)
        if not m:
            continue
        s0, _ = sentence_of(text, f.start)
        lo = max(s0, floor)
        floor = f.end
        before = [x for x in index.within(block.id, lo, m.start()) if x.kind == "amount" and x.value is not None]
        ex = [x for x in before if _EXPORTS.search(text, max(lo, x.start - 60), x.start)]
        im = [x for x in before if _IMPORTS.search(text, max(lo, x.start - 60), x.start)]
        if len(ex) != 1 or len(im) != 1 or not same_unit(ex[0].unit, f.unit) or not same_unit(im[0].unit, f.unit):
            continue
        x, mm = ex[0], im[0]
        surplus = m.group(1).lower() in ("xuất siêu", "thặng dư thương mại")
        a, b = (x, mm) if surplus else (mm, x)
        computed = a.value - b.value
        alo, ahi, _, _ = exact_or_interval(a)
        blo, bhi, _, _ = exact_or_interval(b)
        c_lo = alo - bhi if None not in (alo, bhi) else None
        c_hi = ahi - blo if None not in (ahi, blo) else None
        slo, shi, lo_open, hi_open = exact_or_interval(f)
        out.append(Relation(
            id=f"{CHECK}:{f.id}:balance", check=CHECK, checkable=True, stated=f.value, computed=computed,
            stated_lo=slo, stated_hi=shi, strict_lo=lo_open, strict_hi=hi_open, computed_lo=c_lo, computed_hi=c_hi,
            unit=f.unit, line=f.line, footnote=block.footnote, block=block.id,
            quote=quote(text, s0, sentence_of(text, f.start)[1]), footnote_text=block.text if block.kind == "footnote" else "",
            figures=[f.id, a.id, b.id], expression=f"{a.text} − {b.text} = {fmt_vi(computed)}", variant="trade_balance"))
    return out


def _ratio_after(text: str, index: Index, block_id: str, d: Figure) -> tuple[Figure, Figure] | None:
    """A parenthesis right after a change holding ``this year / last year``: ``(24.013/9.278 tỷ đồng)``, ``(52,5/40
    triệu đồng)``."""
    for r in index.within(block_id, d.end, min(len(text), d.end + 45)):
        if r.kind not in ("ratio", "fraction"):
            if r.kind in TOTAL_KINDS or (r.kind == "percent" and index.role(r) != "change_pct"):
                return None
            continue
        p = index.paren(r)
        if p is None or not re.fullmatch(r"\(\s*", text[p[0]:r.start]) or re.search(r"[;.,]", text[d.end:p[0]]):
            return None
        return r.terms()
    return None


def _end_of(text: str, index: Index, d: Figure) -> int:
    """End of the quote of a change: its parenthesis, or its clause."""
    p = index.paren(d)
    if p:
        return p[1] + 1
    return clause_of(text, d.start)[1]


#: between an increase and a multiplier that says it again: "tăng 246 vụ, tương đương gấp 2,5 lần", "tăng 59 cơ sở so
#: với năm 2023 (tức gấp 2,5 lần)"
_SAME_CHANGE_TIMES = re.compile(r"\s*(?:[^\W\d_]+\s*){0,3}?(?:so\s+(?:với\s+)?(?:[^\W\d_]+\s*){1,4}(?:\d{4}\s*)?)?[,(]\s*(?:tương đương|tương ứng|tức là|tức|hay|bằng)\s+"
                                r"(?:với\s+)?gấp\s+", re.IGNORECASE)


def _times_of_change(text: str, index: Index, block, d: Figure, changes: list[Figure], verbs: dict,
                     by_sentence: dict, prev_block) -> Relation | None:
    """``tăng 246 vụ, tương đương gấp 2,5 lần``: the multiplier says the increase again, as this period's figure over
    the last one's (current / (current − increase)); rounded or cut at its last digit.  ``gấp`` is sometimes written
    for the increase itself over the last value; when only that reading fits, the row is left unverifiable."""
    i = next((j for j, c in enumerate(changes) if c.id == d.id), 0)
    a = changes[i - 1] if i > 0 else None
    if a is None or a.kind not in TOTAL_KINDS or verbs.get(a.id) != "tăng" or a.qualifier or d.qualifier \
            or d.start - a.end > 150 or not _SAME_CHANGE_TIMES.fullmatch(text, a.end, d.start):
        return None
    cur = _current(text, index, block, a, by_sentence, claimed=set(), prev_block=prev_block)
    if len(cur) != 1 or cur[0].qualifier or cur[0].value is None or cur[0].value <= a.value:
        return None
    c = cur[0]
    prior = c.value - a.value
    computed = c.value / prior
    h = d.half_digit
    s0, s1 = sentence_of(text, min(c.start, a.start))
    rel = Relation(
        id=f"{CHECK}:{d.id}", check=CHECK, checkable=True, stated=d.value, computed=_q(computed, 4),
        stated_lo=d.value - h, stated_hi=d.value + 2 * h, strict_hi=True, computed_lo=computed, computed_hi=computed,
        unit="", line=d.line, footnote=block.footnote, block=block.id, quote=quote(text, s0, _end_of(text, index, d)),
        footnote_text=block.text if block.kind == "footnote" else "", variant="times_of_change",
        expression=f"{c.text} / ({c.text} − {a.text}) = {fmt_vi(_q(computed))}", figures=[d.id, a.id, c.id],
        note="", note_args={"verb": "gấp", "prior": _plain(prior), "delta": a.text})
    if not holds(rel) and d.value - h <= a.value / prior < d.value + 2 * h:
        rel.checkable, rel.note = False, "change_times_ambiguous"
    elif not (d.value - h <= computed < d.value + h) and holds(rel):
        rel.note = "percent_truncated"
    return rel


def _pair_percents(text: str, index: Index, block_id: str, changes: list[Figure], verbs: dict,
                   heads: dict | None = None) -> dict[str, Figure]:
    """A percentage change stated beside an absolute one, for the same figure: ``giảm 30 vụ (-20%)``, ``giảm 357 vụ
    (27,05%)``, ``giảm 12,5% so với cùng kỳ (tương ứng giảm 40 doanh nghiệp)``, ``giảm 52 vụ, giảm 12,4%``.
    Percent id → the absolute change."""
    out: dict[str, Figure] = {}
    used: set[str] = set()
    pos = {f.id: i for i, f in enumerate(changes)}
    for i, x in enumerate(changes):
        if x.kind != "percent" or verbs.get(x.id) not in ("tăng", "giảm", "bằng"):
            continue
        for a in changes[max(0, i - 3):i + 4]:  # the neighbours in the text: never all pairs
            if a.kind not in TOTAL_KINDS or a.id in used or verbs.get(a.id) not in ("tăng", "giảm"):
                continue
            first, second = (a, x) if a.start < x.start else (x, a)
            gap = text[first.end:second.start]
            if not _PAIR_GAP.fullmatch(gap):
                continue
            if [f for f in index.within(block_id, first.end, second.start) if f.kind in TOTAL_KINDS | {"percent"}]:
                continue
            if _AVERAGE.search(text, max(0, x.start - 30), x.start) or _PER_YEAR.match(text, x.end):
                continue  # "bình quân tăng 20,1%/năm": an average rate, not this change over the prior value
            if _against_plan(text, x) != _against_plan(text, a):
                continue  # "đạt tỷ lệ 98,2%, vượt chỉ tiêu 8,2%, tăng 09 vụ so với năm 2023": beyond the target, and
                # against last year — two comparisons, not one change said twice
            p2 = index.paren(second)
            # the second opens a parenthesis right after the first: "(-20%)", "(tương ứng giảm 161 doanh nghiệp)"
            inside = p2 is not None and p2[0] >= first.end and _PAREN_OPEN.fullmatch(text, p2[0], second.start) is not None
            adjacent = "," in gap and len(gap) <= 45 and (not index.paren(first) and not p2
                                                          or p2 is not None and index.paren(first) == p2)
            said = a.start < x.start and AMOUNT_THEN_PERCENT.fullmatch(text, a.end, x.start) is not None
            if verbs.get(x.id) == "bằng" and not (inside and x.start < a.start):
                continue  # "bằng 98,5% (giảm 1.280 ha)": a level against the prior pairs only with its bracketed change
            if inside or adjacent or said:  # ("giảm 20 người tương ứng với 6,57%": said to be the same change)
                out[x.id] = a
                used.add(a.id)
                if heads is not None and a.start < x.start and (head := _list_head(text, changes, a, verbs, pos)) is not None:
                    heads[x.id] = head  # "tăng 13 vụ, 6 bị cáo …, tỷ lệ tăng 19,1%": the rate may be the list's head's
                break
    return out


def _fitting_elsewhere(text: str, index: Index, block, prev_par, d: Figure, a: Figure, verb: str,
                       cur: list[Figure]) -> Relation | None:
    """A change read against a figure of an earlier sentence that it does not fit: the one other figure of its unit in
    the two sentences before (or the paragraph before) that the percentage fits exactly, if there is just one."""
    s0, _ = sentence_of(text, d.start)
    p1 = previous_sentence(text, s0)
    p2 = previous_sentence(text, p1[0]) if p1 is not None else None
    lo = p2[0] if p2 is not None else (p1[0] if p1 is not None else s0)
    pool = [f for f in index.within(block.id, max(lo, s0 - _WINDOW), s0) if index.is_stock(f)]
    if prev_par is not None and p2 is None:
        pool += [f for f in index.by_block.get(prev_par.id, [])[-12:] if index.is_stock(f)]
    taken = {c.id for c in cur}
    fits_ = _fitting([f for f in pool if f.id not in taken and same_unit(f.unit, a.unit)],
                     lambda f: _percent_of_change(d, a, verb, [f], block, text))
    return fits_[0] if len(fits_) == 1 else None


def _list_head(text: str, changes: list[Figure], a: Figure, verbs: dict, pos: dict) -> Figure | None:
    """The first change of a list one verb governs that ends in ``a`` (``tăng 13 vụ, 6 bị cáo``: 13 vụ); ``pos``: each
    change's place in ``changes`` (a lookup, so the cost stays linear)."""
    k = pos.get(a.id)
    head, stop = None, max(0, (k or 0) - 8)  # (a window of the list: the walk stays bounded)
    while k and k > stop:
        b = changes[k - 1]
        if b.kind not in TOTAL_KINDS or verbs.get(b.id) != verbs.get(a.id) or _verb(text, a if head is None else head) \
                or not _LIST_GAP.fullmatch(text, b.end, (a if head is None else head).start):
            break
        head, k = b, k - 1
    return head


#: between two changes of one verb's list: " vụ, ", " vụ và "
_LIST_GAP = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*(?:,|\bvà\b)\s*")


def _outside_asides(index: Index, figs: list[Figure], pos: int) -> list[Figure]:
    return [f for f in figs if (p := index.paren(f)) is None or p[1] >= pos]


_WINDOW = 400  # characters: how far back a change looks for its figure (a window keeps the cost linear)
_OPENS_COMPARISON = re.compile(r"\s*(?:[-–•]\s*)?so\s+(?:với\s+)?(?:cùng kỳ|tháng|năm|quý|kỳ|kết quả)", re.IGNORECASE)


def _current(text: str, index: Index, block, d: Figure, by_sentence: dict[int, list[Figure]], claimed: set[str],
             where: dict | None = None, prev_block=None, unit_hint: str = "") -> list[Figure]:
    got = _current_of(text, index, block, d, by_sentence, claimed, where, prev_block, unit_hint)
    if len(got) == 1 and d.kind != "percent" and got[0].block == block.id \
            and _other_casualty(_words_of_item(text, d, d.unit or ""), _near_words(text, got[0])):
        return []  # "làm chết 3.735 …, làm bị thương 8.554 người. So với cùng kỳ giảm 193 người chết": not the injured
    return got


def _current_of(text: str, index: Index, block, d: Figure, by_sentence: dict[int, list[Figure]], claimed: set[str],
                where: dict | None = None, prev_block=None, unit_hint: str = "") -> list[Figure]:
    """The figure(s) of this period a change is about: before it in its clause, then in its sentence, then — when
    its sentence states none (``So với cùng kỳ, giảm 6 vụ, giảm 2 người chết``) — in the previous sentence, or in
    the last sentence of the previous paragraph when the change opens its paragraph with ``So với …``."""
    p = index.paren(d)
    m = _VERB.search(text, max(0, d.start - 60), d.start)
    if p and any(index.is_stock(f) and index.paren(f) == p for f in index.within(block.id, p[0], d.start)):
        p = None  # "966 người (trong đó, khu vực A: 661 người, tăng 51 người …)": the bracket's own stock
    anchor = p[0] if p else (m.start() if m else d.start)
    s0, _ = sentence_of(text, d.start)
    c0 = clause_of(text, anchor)[0]
    unit = d.unit if d.kind not in ("percent", "multiplier") else ""
    for lo in (c0, s0):  # a window of text before the change, never the whole of a long sentence
        cands = [f for f in _outside_asides(index, index.within(block.id, max(lo, anchor - _WINDOW), anchor), anchor)
                 if index.is_stock(f) and f.id not in claimed and not (d.kind == "percent" and _POINTS.match(f.unit or ""))]
        if lo == s0 and c0 > s0 and text[c0 - 1] == ";" and [f for f in cands if f.start >= c0]:
            return []  # "18 dự án … 64 triệu USD; 22 dự án điều chỉnh với số vốn tăng thêm 324 triệu USD": a ";" item
            # with figures of its own is about them, never about the item before it
        if lo == s0 and c0 > s0 and text[c0 - 1] == ";" and cands and _own_subject(text, c0, anchor, cands[-1]):
            return []  # "… đạt 41.500 ca, giảm 1.250 ca; số ca mới có kết quả dương tính giảm 610 ca": a ";" item naming
            # a group of its own is not the count before it
        got = _pick(text, d, unit, cands, where)
        if got:
            return got
        if lo == c0 and not cands and (r := _ratio_numerator(text, index, block.id, max(c0, anchor - _WINDOW), anchor,
                                                             unit)) is not None:
            if where is not None:
                where["ratio_numerator"] = True
            return [r]
    # the priors in the bracket of an opening "So với cùng kỳ năm 2023 (63 vụ, …)" are no currents
    opening = _OPENING_COMPARISON.match(text, s0)
    first = index.within(block.id, opening.end() - 1, anchor, limit=1) if opening else []
    aside = index.paren(first[0]) if first else None
    if aside is not None and aside[0] != opening.end() - 1:
        aside = None
    if [f for f in index.within(block.id, max(s0, anchor - _WINDOW), anchor) if index.is_stock(f)
            and (aside is None or index.paren(f) != aside)]:
        return []
    prev = previous_sentence(text, s0)
    if prev is not None:
        src_text, src_block, upto = text, block, s0
        p0 = prev[0]
    elif prev_block is not None and _OPENS_COMPARISON.match(text):
        src_text, src_block, upto = prev_block.text, prev_block, len(prev_block.text)
        last = sentences(src_text)
        if not last:
            return []
        p0 = last[-1][0]
    else:
        return []
    if where is not None:
        where["previous"] = True
    cands = [f for f in _outside_asides(index, index.within(src_block.id, p0, upto), upto) if index.is_stock(f)]
    if not unit and unit_hint:  # "số lượt tiếp giảm 6,8% (cùng kỳ 3.054 lượt)": the prior's unit names the current's
        same = [f for f in cands if same_unit(f.unit, unit_hint)]
        return same if len(same) == 1 else _by_words(text, d, unit_hint, same, src_text)
    if not unit:
        return cands if len(cands) == 1 else []
    same = [f for f in cands if same_unit(f.unit, unit)]
    if len(same) == 1:
        return same
    scored = _by_words(text, d, unit, same, src_text)
    mine = [c for c in by_sentence.get(s0, []) if c.kind in TOTAL_KINDS and same_unit(c.unit, unit)]
    kth = same[mine.index(d)] if same and len(same) == len(mine) and d in mine else None
    if scored:
        if kth is not None and kth not in scored:
            return []  # the names point at one figure, the order at another ("338 đối tượng truy nã, 134 đối tượng
            # truy nã nguy hiểm. … tăng 51 đối tượng, … tăng 24 đối tượng"): not guessed
        return [kth] if kth is not None else scored
    if kth is not None:
        return [kth]  # the k-th change of the unit is about the k-th figure of the unit
    return []


#: a ";" item opening with the name of what it counts: "; số bệnh nhân mới giảm …"
_ITEM_SUBJECT = re.compile(r"\s*(?:tổng\s+)?số\s+(?:lượng\s+)?((?:[^\W\d_]+\s+){1,12})", re.IGNORECASE)
_SUBJECT_STOP = {"số", "lượng", "tổng", "các", "những", "được", "đã", "có", "là", "của", "và", "trong", "năm", "tháng",
                 "kỳ", "cùng", "so", "với", "toàn", "tỉnh", "huyện", "cả", "nước"}


def _own_subject(text: str, c0: int, anchor: int, cand: Figure) -> bool:
    """Does the ``;`` item from ``c0`` to the change name a group of its own, with words the clause of ``cand`` does
    not have (``số bệnh nhân mới có kết quả dương tính`` after ``số bệnh nhân được phát hiện … ca``)?"""
    m = _ITEM_SUBJECT.match(text, c0, anchor)
    if m is None:
        return False
    mine = {w for w in re.findall(r"[^\W\d_]+", m.group(1).lower()) if w not in _SUBJECT_STOP}
    lo = max(0, cand.start - 200)  # (a window before the figure, never the paragraph)
    k0 = max(lo, text.rfind(";", lo, cand.start) + 1, text.rfind(".", lo, cand.start) + 1)
    theirs = set(re.findall(r"[^\W\d_]+", text[k0:cand.end + 20].lower()))
    return len(mine - theirs) >= 2


def _ratio_numerator(text: str, index: Index, block_id: str, lo: int, anchor: int, unit: str) -> Figure | None:
    """``có 118/132 xã đạt chuẩn nông thôn mới, tăng 7 xã so với năm trước``: a change of the units a share counts
    (``X/Y`` of one unit, X ≤ Y, the last figure of the change's clause) is a change of its numerator; the
    denominator is the universe the share is of.  The reading is inferred (a mismatch warns)."""
    if not unit:
        return None
    before = [f for f in index.within(block_id, lo, anchor) if (f.value is not None or f.kind == "ratio")
              and not (f.kind == "percent" and index.paren(f) is not None)]  # (its share in brackets: "(89,4%)")
    if not before or before[-1].kind != "ratio" or index.paren(before[-1]) is not None:
        return None
    r = before[-1]
    try:
        a, b = Decimal(r.extra["numerator"]), Decimal(r.extra["denominator"])
    except (KeyError, TypeError, ArithmeticError):
        return None
    if not r.unit or not same_unit(r.unit, unit) or not 0 <= a <= b:
        return None
    return r.derived(fmt_vi(a), a)


#: a count that says where, or among what, a rate moved: "ở 20 tỉnh", "trong 8 nhóm hàng", "từ 3 khu vực"
_SCOPE_BEFORE = re.compile(r"\b(?:ở|tại|trong|từ|trên|giữa)\s+(?:cả\s+|các\s+|tổng\s+số\s+)?$", re.IGNORECASE)
_SCOPE_HEADS = {"tỉnh", "thành", "thành phố", "xã", "huyện", "quận", "phường", "khu vực", "vùng", "nhóm", "ngành",
                "lĩnh vực", "địa phương", "đơn vị", "nước", "quốc gia", "thị trường", "tháng", "quý"}


def _pick(text: str, d: Figure, unit: str, cands: list[Figure], where: dict | None = None) -> list[Figure]:
    if not cands:
        return []
    if not unit:
        about = g.CHANGE_ABOUT.match(text, d.end)
        if about:  # "… 139,9 nghìn tỉ đồng …, tăng 0,7% về số doanh nghiệp": the figure the change names
            named = _named_by(text, about.group(1), cands)
            if named is not None:
                return [named]
        if d.kind == "percent" and _SCOPE_BEFORE.search(text, max(0, cands[-1].start - 20), cands[-1].start) \
                and any(f"{(cands[-1].unit or '').lower()} ".startswith(h + " ") for h in _SCOPE_HEADS):
            return []  # "giá dịch vụ ở 20 tỉnh, thành tăng 5%", "trong 8 nhóm hàng …": where or among what the
            # rise was measured, never the quantity that rose
        return [cands[-1]]
    same = [f for f in cands if same_unit(f.unit, unit)]
    if not same:  # "2.420 giáo viên, tăng 120 người": a change counted in people of a count of a kind of people
        kind = [f for f in cands if same_kind(f.unit, unit)]
        return kind if len(kind) == 1 else []
    if len(same) == 1:
        kin = [f for f in cands if f is not same[0] and unit_head(f.unit) in CASE_HEADS] \
            if unit_head(unit) in CASE_HEADS and same[0].start <= _segment_start(text, d) else []
        if kin and where is not None:  # "thụ lý 2.450 vụ việc, giải quyết 2.310 vụ, việc; tăng 350 vụ, việc": cases
            where["nearest_of"] = kin + same  # counted as "vụ" or "vụ việc" alike — the one "vụ" is a guess too
        return same
    return _combined_or_one(text, d, unit, same, where)


#: the dead and the injured, counted in one unit ("người") side by side: a change of one is never of the other
_CASUALTIES = ({"chết", "tử"}, {"thương"})


def _other_casualty(said: set[str], near: set[str]) -> bool:
    """Does the change name the dead and its one candidate the injured, or the other way round (``giảm 193 người
    chết`` with ``làm bị thương 8.554 người`` the only count in ``người`` left)?"""
    return any(said & a and not said & b and near & b and not near & a for a, b in (_CASUALTIES, _CASUALTIES[::-1]))


def _named_by(text: str, noun: str, cands: list[Figure]) -> Figure | None:
    """The one candidate a noun phrase names: by its unit (twice the weight), then by the words just before it."""
    words = {w.lower() for w in _WORDS.findall(noun)} - _FILLER
    if not words:
        return None
    scored = [(2 * len(words & set(f.unit.lower().split())) + len(words & _near_words(text, f)), f) for f in cands]
    best = max(sc for sc, _ in scored)
    top = [f for sc, f in scored if sc == best]
    if best > 0 and len(top) == 1:
        return top[0]
    if best == 0:  # "đạt 950 nghìn tấn, trị giá 2,1 tỷ USD, tăng 5,2% về khối lượng và 8,4% về giá trị": the measure
        # named by what it is — a quantity in a unit of measure, or money
        value = bool(words & _VALUE_WORDS)
        kind = [f for f in cands if f.unit in (g.MONEY_UNITS if value else g.MEASURE_UNITS)] \
            if value != bool(words & _QUANTITY_WORDS) else []
        return kind[0] if len(kind) == 1 else None
    return None


#: what a change "về …" names: the money a trade is worth, or the quantity traded
_VALUE_WORDS = {"giá", "trị", "ngạch", "tiền"}
_QUANTITY_WORDS = {"lượng", "khối", "sản"}


#: the subject a change names, up to its verb: "số đối tượng nguy hiểm bị bắt, vận động đầu thú (tăng 18 …)"
_SUBJECT = re.compile(r"(?<!\w)số\s+([^\d;.()]{2,110})$", re.IGNORECASE)


def _words_of_item(text: str, d: Figure, unit: str) -> set[str]:
    """The words that name what changed: after the change (``giảm 5 người chết``) and between its clause's start and
    its verb (``số người mắc giảm 86 người``)."""
    tail = re.split(r"[,;()]|\s và\s", text[d.end:d.end + 40])[0]
    said = {w.lower() for w in _WORDS.findall(tail)}
    m = None
    for m in _VERB.finditer(text, max(0, d.start - 40), d.start):
        pass
    if m is not None and not text[m.end():d.start].strip(" ,"):
        # the subject "số <name> …" (its commas included), else the words since the last comma
        subject = _SUBJECT.search(text, max(0, m.start() - 120), m.start())
        head = subject.group(1) if subject else re.split(r"[,;()\d]", text[max(0, m.start() - 40):m.start()])[-1]
        said |= {w.lower() for w in _WORDS.findall(head)}
    return said - set(unit_head(unit).split()) - _FILLER


def _near_words(text: str, f: Figure) -> set[str]:
    lo = max(0, f.start - 30)
    start = max(text.rfind(",", lo, f.start), text.rfind(";", lo, f.start), text.rfind(".", lo, f.start), f.start - 30) + 1
    near = text[start:f.start] + " " + re.split(r"[,;()]", text[f.end:f.end + 25])[0]
    return {w.lower() for w in _WORDS.findall(near)} - _FILLER


def _by_words(text: str, d: Figure, unit: str, same: list[Figure], cand_text: str | None = None) -> list[Figure]:
    said = _words_of_item(text, d, unit)
    if not said or not same:
        return []
    scored = [(len(said & _near_words(cand_text or text, f)), f) for f in same]
    best = max(s for s, _ in scored)
    top = [f for s, f in scored if s == best]
    return top if best > 0 and len(top) == 1 else []


def _segment_start(text: str, d: Figure) -> int:
    """Where the change's own ``;`` item (or bracket) starts, within the window before it."""
    lo = max(0, d.start - _WINDOW)
    return max(text.rfind(";", lo, d.start), text.rfind("(", lo, d.start))


def _combined_or_one(text: str, d: Figure, unit: str, cands: list[Figure], where: dict | None = None) -> list[Figure]:
    """Several figures share the change's unit.  A more general unit sums them ("26 đơn tố cáo, 02 đơn khiếu
    nại (tăng 07 đơn)"); otherwise the figure whose neighbouring words the change repeats is meant
    ("làm chết 98 người, bị thương 156 người (giảm 5 người chết, …)"), else the nearest — a guess: the figures
    tied with it are left in ``where["nearest_of"]`` ("thụ lý 2.450 vụ việc, giải quyết 2.310 vụ việc; tăng 350 vụ
    việc" may be of either)."""
    general = all(f.unit.lower() != unit.lower() and len(f.unit) > len(unit) for f in cands) and \
        len({f.unit.lower() for f in cands}) == len(cands)
    if general:
        return cands
    said = _words_of_item(text, d, unit)
    scored = [(len(said & _near_words(text, f)), f) for f in cands]
    best = max(sc for sc, _ in scored)
    top = [f for sc, f in scored if sc == best]
    seg = _segment_start(text, d)
    own = [f for f in top if f.start > seg]
    if len(own) == 1:
        return own  # "…; khu vực B: 140 người, giảm 42 người": the one figure of the change's own ";" item
    if len(top) > 1 and where is not None:
        where["nearest_of"] = top
    return [max(top, key=lambda f: f.start)]


def _next_change(changes: list[Figure], d: Figure) -> int:
    """Index of the first change after d (changes are in text order)."""
    lo, hi = 0, len(changes)
    while lo < hi:
        mid = (lo + hi) // 2
        if changes[mid].start > d.end:
            hi = mid
        else:
            lo = mid + 1
    return lo


#: from the last of a clause's changes to the bracket of prior values they share: "… tăng 5,2% so với năm 2023 ("
_TO_SHARED_BRACKET = re.compile(r"(?:[^\d(;.]|(?<!\d)(?:19|20)\d\d(?!\d)){0,30}\(")


#: from a prior value's closing bracket to the change it is the prior of: "(1.350 tổ chức), giảm "
_OPENS_NEXT_CHANGE = re.compile(r"\)\s*,?\s*(?:(?:thì|đã|lại|cũng)\s+)*(?:tăng|giảm)\s+(?:thêm\s+)?", re.IGNORECASE)


def _prior_value(text: str, index: Index, block_id: str, d: Figure, cur: Figure, changes: list[Figure]) -> Figure | None:
    """The prior-period value the sentence states for this change: the first figure with the role "prior" after it,
    in its parenthesis or clause, before the next change (``… so với cùng kỳ (471.562 tỷ đồng)``)."""
    p = index.paren(d)
    clause_end = end = p[1] if p else clause_of(text, d.start)[1]
    k = bisect_right([c.start for c in changes], d.end) if len(changes) < 64 else _next_change(changes, d)
    windows = []
    if k < len(changes):
        end = min(end, changes[k].start)
        # "giảm 146 lượt tiếp, 127 lượt người (năm trước đã tiếp 1.012 lượt/1.091 lượt người)": the changes of one
        # clause share the parenthesis of prior values after the last of them
        last = k
        while last + 1 < len(changes) and last - k < 12 and changes[last + 1].start < clause_end and \
                not re.search(r"[;(]", text[changes[last].end:changes[last + 1].start]):
            last += 1
        if changes[last].start < clause_end and not re.search(r"[;(]", text[d.end:changes[k].start]):
            tail = _TO_SHARED_BRACKET.match(text[changes[last].end:clause_end + 1])
            if tail is not None and (sp := paren_span(text, changes[last].end + tail.end() - 1)) is not None \
                    and not g.BREAKDOWN_BRACKET.match(text, sp[0]):
                windows.append(sp)  # (not "(trong đó, khu vực A: 400 người, …)": the parts, not the prior values)
    windows.insert(0, (d.end, end))
    bare = _bare_prior(text, index, block_id, d, cur)
    if bare is not None:
        return bare
    for w0, w1 in windows:
        for f in index.within(block_id, w0, w1, limit=20):
            if f.kind in TOTAL_KINDS and f.value is not None and not index.role(f) and f.unit and f.unit == cur.unit \
                    and (fp := index.paren(f)) is not None and fp[0] > d.end \
                    and _PRIOR_ASIDE.search(text, fp[0], f.start):
                return f  # "(6 tháng đầu năm 2019 đã tiếp 1.012 lượt)": the aside after a comparison gives the prior
            if index.role(f) == "prior" and f.kind in TOTAL_KINDS and f.value is not None:
                if w0 == d.end and k < len(changes) and (fp := index.paren(f)) is not None \
                        and _OPENS_NEXT_CHANGE.fullmatch(text, fp[1], changes[k].start):
                    return None  # "đã giảm 80 tổ chức và so với cuối năm 2023 (1.350 tổ chức), giảm 30 tổ chức": the
                    # comparison after this change opens the next one; its bracket is the next change's prior
                if len(windows) == 1 or w0 == d.end:
                    if f.unit and cur.unit and f.unit != cur.unit and (fp := index.paren(f)) is not None:
                        # "(năm trước 300 lượt/410 lượt người)": the prior of this change's own unit, if the aside has it
                        own = [g for g in index.within(block_id, f.end, fp[1], limit=10)
                               if index.role(g) == "prior" and g.unit == cur.unit and g.value is not None]
                        if own:
                            return own[0]
                    return f if (same_kind(f.unit, cur.unit) or not f.unit or not cur.unit) else None
                if f.unit and (f.unit == cur.unit or f.unit == d.unit and same_kind(f.unit, cur.unit)):
                    return f  # a shared parenthesis: the prior value of this change's own unit (or the change's)
    return None


def _count_prior_after(text: str, index: Index, block_id: str, d: Figure, before: list[Figure]) -> bool:
    """``612.800 lượt, chiếm 12,6% tổng lượt khách, tăng 28,4% so với cùng kỳ (477.200 lượt)``: the prior value
    after the change is a count of the unit of a count before it, so the change is of that count, not of the share."""
    p = index.paren(d)
    end = p[1] if p else clause_of(text, d.start)[1]
    units = {f.unit for f in before if f.kind in TOTAL_KINDS and f.unit and index.is_stock(f)}
    for f in index.within(block_id, d.end, end + 1, limit=6):
        if f.kind in TOTAL_KINDS and f.unit in units and (index.role(f) == "prior" or index.paren(f)):
            return True
        if f.kind in TOTAL_KINDS | {"percent"} and index.role(f) in ("change", "change_pct"):
            return False
    return False


def _aside_prior_unit(text: str, index: Index, block_id: str, d: Figure) -> str:
    """The unit of the prior value an aside right after a percentage change gives: ``giảm 6,8% (cùng kỳ 3.054 lượt)``."""
    m = re.match(r"\s*\(", text[d.end:d.end + 4])
    p = paren_span(text, d.end + m.end() - 1) if m else None
    if p is None:
        return ""
    for f in index.within(block_id, p[0], p[1] + 1, limit=3):
        if f.kind in TOTAL_KINDS and f.unit and (index.role(f) == "prior" or _PRIOR_ASIDE.search(text, p[0], f.start)):
            return f.unit
    return ""


def _signed_bracket(text: str, index: Index, block_id: str, d: Figure, cur: Figure) -> Figure | None:
    """``doanh thu 1.250 tỷ đồng, tăng 5,2% (+62 tỷ đồng)``: a bracket right after a percentage change holding a signed
    figure of the current's unit is the amount of that change (the verb gives its direction; the sign only marks it)."""
    m = re.match(r"\s*\(\s*([+\-−–])\s*", text[d.end:d.end + 8])
    if m is None:
        return None
    f = index.at(block_id, d.end + m.end())
    if f is None or f.kind not in TOTAL_KINDS or f.value is None or not f.unit or not same_unit(f.unit, cur.unit):
        return None
    p = index.paren(f)
    if p is None or re.search(r"\d", text[f.end:p[1]]):
        return None
    return f.derived(m.group(1) + f.text, abs(f.value)) if f.value < 0 else f


def _bare_prior(text: str, index: Index, block_id: str, d: Figure, cur: Figure) -> Figure | None:
    """``Khách nội địa 4.249.600 lượt, tăng 12,8% (3.765.900 lượt)``: a bracket right after the change holding only
    a figure of the current's unit is the value it changed from (read from place: the caller softens it)."""
    m = re.match(r"\s*\(\s*", text[d.end:d.end + 6])
    if m is None:
        return None
    f = index.at(block_id, d.end + m.end())
    if f is None or f.start != d.end + m.end() or f.kind not in TOTAL_KINDS or f.value is None or index.role(f) \
            or not f.unit or not same_unit(f.unit, cur.unit) or f.id == cur.id:
        return None
    p = index.paren(f)
    if p is None or re.search(r"\d", text[f.end:p[1]]) or len(text[f.end:p[1]].strip(" )")) > 20:
        return None
    return f


def _agrees(rel: Relation) -> bool:
    """The relation's recomputed interval meets its stated one."""
    lo, hi, clo, chi = rel.stated_lo, rel.stated_hi, rel.computed_lo, rel.computed_hi
    if lo is None or hi is None or clo is None or chi is None:
        return False
    return clo <= hi and chi >= lo


def is_bare_prior(text: str, index: Index, d: Figure, prior: Figure | None) -> bool:
    return prior is not None and not index.role(prior) and prior.start - d.end <= 6 and \
        not _PRIOR_ASIDE.search(text, d.end, prior.start)


#: an aside naming the period compared with
#: an aside naming the period compared with: "(năm 2022: …)", "(cùng kỳ …)", "(quý I/2022 là …)", "(6 tháng đầu năm
#: 2022 đạt …)", "(tháng 5/2023 …)"
_PRIOR_ASIDE = re.compile(r"\b(?:năm\s+(?:19|20)\d\d|cùng kỳ|năm trước|kỳ trước"
                          r"|(?:quý\s+(?:I{1,3}|IV|[1-4])|tháng\s+\d{1,2})\s*(?:/\s*|năm\s+)(?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR_SEGMENT = re.compile(r"\bnăm\s+(\d{4})\b", re.IGNORECASE)


def _named_year(text: str, d: Figure) -> int | None:
    """The year a change is compared with, written right after it (``tăng 28,7% so với năm 2019``)."""
    m = _REF.match(text[d.end:d.end + 80])
    named = m and (m.group(2) or m.group(3))
    return int(named) if named else None


def _segment_year(text: str, f: Figure) -> int | None:
    """The year a figure's own segment opens with (``năm 2019 toàn tỉnh xảy ra 820 vụ``), if any."""
    c0 = max(clause_of(text, f.start)[0], text.rfind(",", 0, f.start) + 1, f.start - 80)
    ys = [y for y in _YEAR_SEGMENT.finditer(text, c0, f.start)
          if not re.search(r"\bso(?:\s+với)?\s+$", text[max(0, y.start() - 10):y.start()], re.IGNORECASE)]
    return int(ys[-1].group(1)) if len(ys) == 1 else None  # (never the year compared with: "so với năm 2022 …")


def _prior_in_sentence(text: str, index: Index, block_id: str, d: Figure, cur: Figure, year) -> Figure | None:
    """``Năm 2023 có 320 hộ nghèo; năm 2024 còn 250 hộ, giảm 70 hộ``, ``năm 2024 đạt 5.200 tỷ đồng, năm 2023 đạt
    4.800 tỷ đồng, tăng 8,3%``: the one figure of the current's unit earlier in the sentence that speaks of another
    period, when its year (if it says one) is the year compared with (the one the change names, else the year
    before the report's)."""
    s0, _ = sentence_of(text, d.start)
    cands = [f for f in index.last_before(block_id, d.start, 60) if f.start >= s0 and f.id != cur.id  # (a window)
             and index.role(f) == "prior"
             and f.kind in TOTAL_KINDS and f.value is not None and same_unit(f.unit, cur.unit)]
    if len(cands) > 1 and len(adj := [f for f in cands if (fp := index.paren(f)) is not None
                                      and _OPENS_NEXT_CHANGE.fullmatch(text, fp[1], d.start)]) == 1:
        cands = adj  # "so với năm 2023 (1.400 tổ chức), đã giảm 80 …, và so với năm 2022 (1.350 tổ chức), giảm 30 …":
        # each change right after its own comparison's bracket
    elif len(cands) > 1:  # "(45 người chết, 19 người bị thương), giảm 5 người chết": the one the change's words name
        cands = _by_words(text, d, cur.unit, cands)
    if not cands and (named := _named_year(text, d)) is not None:
        # "Năm 2019 xảy ra 820 vụ, năm 2023 xảy ra 1.150 vụ, tăng 28,7% so với năm 2019": the figure of the year the
        # change names, said so in its own segment (whatever the report's year)
        cands = [f for f in index.last_before(block_id, cur.start, 30) if f.start >= s0 and f.kind in TOTAL_KINDS
                 and f.value is not None and index.is_stock(f) and same_unit(f.unit, cur.unit)
                 and _segment_year(text, f) == named]  # (a stock: "so với năm 2022 giảm 12 người" is a change)
        return cands[0] if len(cands) == 1 else None
    if len(cands) != 1:
        return None
    f = cands[0]
    c0 = max(clause_of(text, f.start)[0], text.rfind(",", 0, f.start) + 1)
    said = _YEAR_SEGMENT.search(text, c0, f.start)  # the year of the figure's own segment
    if said and g.ROLE_PRIOR.search(text, max(0, f.start - 80), f.start):
        # "So với năm 2023 (2.840 người), … năm 2024 là 3.120 người, tăng 9,9%": the comparison is written out; only
        # a change naming another year is about something else
        m = _REF.match(text[d.end:d.end + 80])
        named = m and (m.group(2) or m.group(3))
        return None if named and int(named) != int(said.group(1)) else f
    if said and (year is None or int(said.group(1)) != year):  # year: the one the change compares with
        return None
    return f


#: a count followed by its own rate: " người, tỷ lệ 2,14%", " người (chiếm 2,14%)", " người, chiếm tỷ lệ 2,14%"
_OWN_RATE_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s*){0,2}?[,(]?\s*(?:chiếm\s+)?(?:tỷ lệ|tỉ lệ|chiếm)\s*:?\s*(?:là\s+)?[\d.,]+\s*%",
                             re.IGNORECASE)


def _percent_of_change(x: Figure, a: Figure, verb: str, cur: list[Figure], block, text: str,
                       prior_f: Figure | None = None) -> Relation:
    """``giảm 30 vụ (-20%)``: the percentage is the absolute change over the prior value (current ∓ change), or over
    the prior value the sentence states (``giảm từ 112 xuống 79 phòng, tức giảm 31 phòng (27,7%)``: 31 / 112)."""
    s0, s1 = sentence_of(text, min(x.start, a.start))
    q0 = min([s0] + [sentence_of(text, f.start)[0] for f in cur])
    base = dict(check=CHECK, unit="%", line=x.line, footnote=block.footnote, block=block.id, quote=quote(text, q0, s1),
                footnote_text=block.text if block.kind == "footnote" else "", variant="percent_of_change")
    if prior_f is not None and prior_f.value:
        computed = HUNDRED * a.value / prior_f.value
        lo, hi, lo_open, hi_open = (x.value - x.half_digit, x.value + 2 * x.half_digit, False, True) if not x.qualifier \
            else exact_or_interval(x)
        return Relation(
            id=f"{CHECK}:{x.id}", checkable=True, stated=x.value, computed=_q(computed, 4), stated_lo=lo, stated_hi=hi,
            strict_lo=lo_open, strict_hi=hi_open, computed_lo=computed, computed_hi=computed,
            expression=f"100 × {a.text} / {prior_f.text} = {fmt_vi(_q(computed, 2))} %",
            figures=[x.id, a.id, prior_f.id], note="change_percent", note_args={"verb": verb, "prior": _plain(prior_f.value)},
            **base)
    sign = Decimal(1 if verb == "tăng" else -1)
    c = sum((f.value for f in cur), Decimal(0))
    prior = c - sign * a.value
    if not cur or prior <= 0:
        implied = HUNDRED * a.value / x.value if x.value else None
        return Relation(id=f"{CHECK}:{x.id}", checkable=False, stated=x.value, computed=None,
                        figures=[x.id, a.id] + [f.id for f in cur], note="change_percent_no_current",
                        note_args={"delta": a.text, "implied_prior": _plain(_q(implied, 2)) if implied else "",
                                   **_implied_args(a, implied if implied else None)}, **base)
    computed = HUNDRED * a.value / prior
    # the percentage grows with the change and falls with the current value: its interval from theirs
    clo, chi, _, _ = exact_or_interval(cur[0]) if len(cur) == 1 else (c, c, False, False)
    alo, ahi, _, _ = exact_or_interval(a)
    alo = a.value if alo is None else alo

    def pct(cv, av):
        pv = cv - sign * av
        return HUNDRED * av / pv if pv > 0 else None

    c_lo = pct(chi, alo) if chi is not None else None
    c_hi = pct(clo, ahi) if ahi is not None and clo is not None else None
    if c_lo is None:
        c_lo = Decimal(0)
    h = x.half_digit
    lo, hi, lo_open, hi_open = (x.value - h, x.value + 2 * h, False, True) if not x.qualifier else exact_or_interval(x)
    op = "−" if verb == "tăng" else "+"
    cur_text = " + ".join(f.text for f in cur)
    return Relation(
        id=f"{CHECK}:{x.id}", checkable=True, stated=x.value, computed=_q(computed, 4), stated_lo=lo, stated_hi=hi,
        strict_lo=lo_open, strict_hi=hi_open, computed_lo=c_lo, computed_hi=c_hi,
        expression=f"100 × {a.text} / ({cur_text} {op} {a.text}) = {fmt_vi(_q(computed, 2))} %",
        figures=[x.id, a.id] + [f.id for f in cur], note="change_percent", note_args={"verb": verb, "prior": _plain(prior)},
        **base)


def _level_with_change(x: Figure, a: Figure, verb: str | None, cur: list[Figure], block, text: str) -> Relation | None:
    """``đạt 84.300 ha, bằng 98,5% (giảm 1.280 ha) so với năm trước``: the level against the prior value, whose
    bracketed change gives that prior (84.300 + 1.280): 100 × 84.300 / 85.580 must be the 98,5 %.  Only when the
    current value is this sentence's one figure before it and the level and the change agree in direction."""
    if verb not in ("tăng", "giảm") or len(cur) != 1 or x.value is None or a.value is None \
            or (x.value < HUNDRED) != (verb == "giảm") or x.value == HUNDRED:
        return None
    c = cur[0]
    sign = Decimal(1 if verb == "tăng" else -1)
    prior = c.value - sign * a.value
    if prior <= 0:
        return None
    computed = HUNDRED * c.value / prior
    clo, chi, _, _ = exact_or_interval(c)
    alo, ahi, _, _ = exact_or_interval(a)
    corners = [HUNDRED * cv / (cv - sign * av) for cv in (clo if clo is not None else c.value, chi if chi is not None else c.value)
               for av in (alo if alo is not None else a.value, ahi if ahi is not None else a.value) if cv - sign * av > 0]
    if not corners:
        return None
    h = x.half_digit
    lo, hi, lo_open, hi_open = (x.value - 2 * h, x.value + 2 * h, False, False) if not x.qualifier else exact_or_interval(x)
    s0, s1 = sentence_of(text, min(c.start, x.start))
    op = "+" if verb == "giảm" else "−"
    return Relation(
        id=f"{CHECK}:{x.id}", check=CHECK, checkable=True, stated=x.value, computed=_q(computed, 4), stated_lo=lo,
        stated_hi=hi, strict_lo=lo_open, strict_hi=hi_open, computed_lo=min(corners), computed_hi=max(corners),
        unit="%", line=x.line, footnote=block.footnote, block=block.id, quote=quote(text, s0, s1),
        footnote_text=block.text if block.kind == "footnote" else "", variant="level_of_change",
        expression=f"100 × {c.text} / ({c.text} {op} {a.text}) = {fmt_vi(_q(computed, 2))} %",
        figures=[x.id, a.id, c.id], note="change_percent", note_args={"verb": verb, "prior": _plain(prior)})


#: "Tuyến hàng hải không xảy ra tai nạn, giảm 1 vụ (100%)": none this period, said in words
_NONE_ANY = g.NONE_NOW


def _none_now(text: str, index: Index, block_id: str, a: Figure) -> bool:
    """The clause before a fall says there is none this period, and only other changes stand between ("không xảy
    ra tai nạn, giảm 1 vụ (100%), giảm 4 người chết (100%)": none of either)."""
    s0, _ = sentence_of(text, a.start)
    between = [f for f in index.within(block_id, max(s0, a.start - 160), a.start, TOTAL_KINDS | {"percent"})
               if index.role(f) not in ("change", "change_pct")]
    floor = max(s0, a.start - 160, between[-1].end if between else 0)
    m = None
    for m in _NONE_ANY.finditer(text, floor, a.start):
        pass
    if m is None or re.search(r"[;.]", text[m.end():a.start]) or \
            not all(index.role(f) in ("change", "change_pct") for f in index.within(block_id, m.start(), a.start, TOTAL_KINDS | {"percent"})):
        return False
    head = (a.unit or "").split(" ")[0].lower()
    said = text[m.start():min(a.start, (text.find(",", m.end()) + 1 or a.start))].lower()
    # the none must be of what fell: "không có người chết" says nothing of the cases; no accident means no victims
    return bool(head) and (re.search(rf"(?<!\w){re.escape(head)}(?!\w)", said) is not None
                           or ("xảy ra" in said and head in ("vụ", "người")))


def _amount_of_percent(a: Figure, x: Figure, verb: str, cur: Figure, pct_rel: Relation) -> Relation | None:
    """``là 51,2 triệu người, tăng 0,8% (tăng hơn 0,4 triệu người)``: the amount of the change is the current value
    less the prior the percentage implies, C·p/(100 + p) for a rise and C·p/(100 − p) for a fall.  Written only when
    the percentage row agrees: the same figures are then not reported twice."""
    sign = Decimal(1 if verb == "tăng" else -1)
    clo, chi, _, _ = exact_or_interval(cur)
    if clo is None or chi is None or x.qualifier:
        return None
    h = x.half_digit

    def amount(cv, p):
        den = HUNDRED + sign * p
        return cv * p / den if den > 0 else None

    c_lo, c_hi, computed = amount(clo, x.value - h), amount(chi, x.value + 2 * h), amount(cur.value, x.value)
    if None in (c_lo, c_hi, computed):
        return None
    if a.qualifier:
        lo, hi, lo_open, hi_open = exact_or_interval(a)
    else:  # (the amount is written rounded or cut to its last digit)
        lo, hi, lo_open, hi_open = a.value - a.resolution, a.value + 2 * a.resolution, False, True
    den = "100 + " if verb == "tăng" else "100 − "
    return Relation(
        id=f"{CHECK}:{a.id}", check=CHECK, checkable=True, stated=a.value, computed=_q(computed, 4), stated_lo=lo, stated_hi=hi,
        strict_lo=lo_open, strict_hi=hi_open, computed_lo=c_lo, computed_hi=c_hi, unit=a.unit, line=a.line,
        footnote=pct_rel.footnote, block=pct_rel.block, quote=pct_rel.quote, footnote_text=pct_rel.footnote_text,
        expression=f"{cur.text} × {x.text.rstrip('%').strip()} / ({den}{x.text.rstrip('%').strip()}) = {fmt_vi(_q(computed, 2))}",
        figures=[a.id, x.id, cur.id], variant="amount_of_percent", note="change_amount_of_percent",
        note_args={"verb": verb, "percent": x.text})


def _relation(d: Figure, verb: str, is_pct: bool, cur: Figure, bound: list[Figure], prior: Figure | None, year, how, block, q) -> Relation:
    implied, ilo, ihi = _implied(cur, verb, d, is_pct)
    args = {"verb": verb, "current": str(cur.value), "current_text": cur.text, "unit": cur.unit,
            "delta": str(d.value), "percent": is_pct, "prior_year": year, "reference": how,
            "implied_prior": _plain(_q(implied, 2)) if implied is not None else "",
            **_implied_args(cur, implied),
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
        (alo, ahi), (blo, bhi) = meant_span(cur), meant_span(prior)
        if blo > 0:  # "đạt 1.150 nghìn lượt, tăng 101,6% so với tháng trước (570,9 nghìn)": each as its writer rounds it
            ends = sorted(sign * HUNDRED * (c - b) / b for c in (alo, ahi) for b in (blo, bhi))
            c_lo, c_hi = ends[0], ends[-1]
        expr = f"100 × ({cur.text} − {prior.text}) / {prior.text} = {fmt_vi(_q(HUNDRED * (cur.value - prior.value) / prior.value))} %"
    elif verb == "gấp":
        computed = cur.value / prior.value
        c_lo = c_hi = computed
        expr = f"{cur.text} / {prior.text} = {fmt_vi(_q(computed))}"
    else:  # bằng X% so với
        computed = HUNDRED * cur.value / prior.value
        c_lo = c_hi = computed
        expr = f"100 × {cur.text} / {prior.text} = {fmt_vi(_q(computed))} %"
    note = ""
    if d.decimals or is_pct or verb == "gấp":
        h = d.half_digit
        slo, shi, s_hi_open = d.value - h, d.value + 2 * h, True  # rounding or truncation of the stated figure
        if not (d.value - h <= abs(computed) < d.value + h) and slo <= abs(computed) < shi:
            note = "percent_truncated"
    return Relation(id=f"{CHECK}:{d.id}", checkable=True, stated=d.value, computed=_q(computed, 4), stated_lo=slo, stated_hi=shi,
                    strict_lo=s_lo_open, strict_hi=s_hi_open, computed_lo=c_lo, computed_hi=c_hi,
                    expression=expr, variant="both_years", note=note, **base)


def _written(cur: Figure, value) -> tuple[Decimal, str]:
    """A value in the current figure's written scale and that scale's word: (3.197,98, "tỷ") beside ``5.072 tỷ``,
    never 3.197.982.345.523,33 đồng."""
    scale_word = re.match(r"[\d.,\s]+(\S.*)?$", cur.text)
    if cur.scale > 1 and scale_word and scale_word.group(1):
        # (a compound "2.412 tỷ 530 triệu" is written down to its last scale word: 2.207.410 triệu)
        word = scale_word.group(1)
        return _q(Decimal(value) / cur.scale, 2), word.split()[-1] if re.search(r"\d", word) else word
    return _q(value, 2), ""


def _shown(cur: Figure, value) -> str:
    v, word = _written(cur, value)
    return f"{fmt_vi(v.normalize())} {word}".strip()


def _implied_args(cur: Figure, value) -> dict:
    """The implied prior value as the page shows it (in the figure's written scale)."""
    if value is None:
        return {"implied_written": "", "scale_word": ""}
    v, word = _written(cur, value)
    return {"implied_written": _plain(v), "scale_word": f" {word}" if word else ""}


def _expr_implied(cur: Figure, d: Figure, verb: str, is_pct: bool, implied) -> str:
    if implied is None:
        return ""
    shown = _shown(cur, implied)
    if verb == "gấp":
        return f"{cur.text} / {d.text} ≈ {shown}"
    if verb == "bằng":
        return f"{cur.text} / {d.text} ≈ {shown}"
    if is_pct:
        return f"{cur.text} / (1 {'+' if verb == 'tăng' else '−'} {d.text}) ≈ {shown}"
    return f"{cur.text} {'−' if verb == 'tăng' else '+'} {d.text} = {shown}"


#: a comparison right after the second figure of "từ A đến B": the pair is a range of changes, not two levels
_COMPARED_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?so\s+(?:với\s+)?(?:cùng\s+kỳ|năm|tháng|kỳ|quý)", re.IGNORECASE)
_BARE_FROM = re.compile(r"(?:^|[\s(,])từ\s+(?:mức\s+)?$", re.IGNORECASE)


def _from_to(doc, block, text, a: Figure, verb: str, index: Index, pairs: list | None = None) -> list[Relation]:
    """``tăng từ A lên B``: the direction must match (B > A for tăng).  The pair (A, B, its verb) is added to
    ``pairs``; a bare ``từ A lên/xuống B`` (no verb before it) takes its direction from ``lên``/``xuống``."""
    m = re.match(r"^[^;.]{0,30}?\s(lên|xuống|đến)\s+(?:còn\s+|mức\s+)*", text[a.end:])
    if not m or (not verb and m.group(1) == "đến"):
        return []
    nxt = [f for f in index.within(block.id, a.end + m.end() - 1, a.end + m.end() + 20, TOTAL_KINDS | {"percent"}) if f.value is not None]
    if not nxt or [f for f in index.within(block.id, a.end, nxt[0].start) if f.kind in TOTAL_KINDS | {"percent"}]:
        return []
    b = nxt[0]
    if m.group(1) == "đến" and b.value is not None and a.value is not None and (
            (b.value - a.value) * (1 if verb == "tăng" else -1) < 0 or _COMPARED_AFTER.match(text, b.end)):
        return []  # "đều giảm từ 2% đến 10% so cùng kỳ": a range of changes (each item fell by 2 to 10 %), no move
        # from one level to another — read so when the range runs against the verb or is compared with a period
    if pairs is not None and (a.kind == "percent") == (b.kind == "percent") and not a.unit and b.unit \
            and a.kind == b.kind:  # "từ 112 xuống còn 79 phòng": the unit written once, after the second
        a0 = a
        a = a.derived(a.text, a.value, unit=b.unit)
        a.id, a.decimals, a.qualifier, a.lo, a.hi = a0.id, a0.decimals, a0.qualifier, a0.lo, a0.hi
    if pairs is not None and (a.kind == "percent") == (b.kind == "percent") and same_unit(a.unit, b.unit):
        pairs.append((a, b, verb or ("tăng" if m.group(1) == "lên" else "giảm" if m.group(1) == "xuống" else "")))
    if not verb:
        return []
    sign = Decimal(1 if verb == "tăng" else -1)
    computed = sign * (b.value - a.value)
    s0, s1 = sentence_of(text, a.start)
    return [Relation(id=f"{CHECK}:{a.id}:from_to", check=CHECK, checkable=True, stated=Decimal(0), computed=computed,
                     stated_lo=Decimal(0), stated_hi=None, strict_lo=True, computed_lo=computed, computed_hi=computed,
                     unit=b.unit, line=a.line, footnote=block.footnote, block=block.id, quote=quote(text, s0, s1),
                     footnote_text=block.text if block.kind == "footnote" else "",
                     expression=f"{b.text} − {a.text} = {fmt_vi(b.value - a.value)}", figures=[a.id, b.id], variant="direction",
                     note="change_direction", note_args={"verb": verb})]


#: what may stand between a from-to pair and the change stated with it: years, the comparison, a comma or bracket
_FT_GAP = re.compile(r"[^;.\d]{0,40}", re.IGNORECASE)
#: the next sentence sums the movement up: ``… xuống 27,9% năm 2021. Như vậy, sau 15 năm, tỷ lệ … đã giảm 30,3%``
_FT_SUMMARY = re.compile(r"[^;.\d]{0,20}\.\s+(?:như vậy|tức là|nghĩa là)\s*,?[^;.\d]{0,80}", re.IGNORECASE)
_SPAN = re.compile(r"\b(?:sau|trong|qua)\s+\d{1,2}\s+năm\b", re.IGNORECASE)
_YEARS = re.compile(r"\b(?:năm|cuối năm|đầu năm|năm học)\s+\d{4}(?:\s*[-–]\s*\d{4})?", re.IGNORECASE)
_POINTS = re.compile(r"^điểm(?:\s+phần trăm|\s*%)?$", re.IGNORECASE)
#: a sector's contribution to a growth rate, in points: "giảm 5,52%, làm giảm 0,17 điểm phần trăm" is no change of a
#: level (family text_breakdown adds the contributions up)
_CONTRIBUTION = re.compile(r"\b(?:làm|kéo)\s+(?:tăng|giảm)\s+(?:thêm\s+)?$|\bđóng góp(?:\s+(?:tăng|giảm|âm))?\s+$",
                           re.IGNORECASE)


def _other_fitting(rel: Relation, tied: list[Figure], chosen: Figure, build) -> Relation:
    """A change bound to the nearest of several figures of its unit, none named by its words, that does not fit
    it: the one other figure it fits is meant (``thụ lý 2.450 vụ việc, giải quyết 2.310 vụ việc; tăng 350 vụ việc
    (16,7%)`` is of the 2.450); fitting none, or several, the reading stays a guess (a mismatch warns)."""
    fits = _fitting([o for o in tied if o is not chosen], build)
    if len(fits) == 1:
        return soften(fits[0], "inferred_fitting_candidate")
    return soften(rel, "inferred_nearest_of_several")


def _fitting(candidates: list[Figure], build) -> list[Relation]:
    """The readings ``build`` makes of each candidate figure that are checkable and hold."""
    return [alt for o in candidates if (alt := build(o)) is not None and alt.checkable and holds(alt)]


#: after a change, the comparison it names when that is not the pair's start (a plan, a scenario, a target)
_AGAINST_OTHER = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?so\s+(?:với\s+)?(?:phương án|kế hoạch|dự toán|chỉ tiêu|mục tiêu|"
                            r"kịch bản|dự báo|dự kiến)", re.IGNORECASE)


_AGAINST_SCENARIO = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?so\s+(?:với\s+)?(?:phương án|kịch bản|dự báo)", re.IGNORECASE)


def _from_to_change(doc, block, text: str, index: Index, a: Figure, b: Figure, pair_verb: str, changes: list[Figure],
                    verbs: dict[str, str], done: set[str]) -> Relation | None:
    """The change stated beside ``từ A lên/xuống B``, right after B (``…xuống còn 2,45%, giảm 0,67 điểm phần trăm``)
    or right before A (``tăng 120 hộ (từ 1.480 hộ lên 1.600 hộ)``): it is B − A.  For two rates a bare ``%`` change
    may be points (``giảm 0,67%`` for 3,12 % → 2,45 %) or relative; either reading that fits passes."""
    cand = None
    # (only the changes in a window around the pair: the cost stays linear in a paragraph of many pairs)
    for d in index.within(block.id, max(0, a.start - 120), b.end + 200):
        if d.id in done or verbs.get(d.id) not in ("tăng", "giảm"):  # (verbs: the changes of the block)
            continue
        if d.start >= b.end:
            gap = _YEARS.sub(" ", text[b.end:d.start])
            if (_FT_GAP.fullmatch(gap) or _FT_SUMMARY.fullmatch(_SPAN.sub(" ", gap))) and \
                    not [f for f in index.within(block.id, b.end, d.start) if f.kind in TOTAL_KINDS | {"percent"}]:
                cand = d
            break
        if d.end <= a.start:
            gap = _YEARS.sub(" ", text[d.end:a.start])
            if _FT_GAP.fullmatch(gap) and "(" in gap and not [f for f in index.within(block.id, d.end, a.start)
                                                              if f.kind in TOTAL_KINDS | {"percent"}]:
                cand = d
    if cand is None:
        return None
    d = cand
    verb = verbs[d.id]
    if pair_verb and pair_verb != verb:
        return None  # "tăng từ A lên B, giảm C": not the same movement (the direction row speaks for the pair)
    if _AVERAGE.search(text, max(0, d.start - 30), d.start) or _PER_YEAR.match(text, d.end):
        return None  # an average yearly pace, not B − A
    if d.start >= b.end and _AGAINST_OTHER.match(text, d.end):
        return None  # "tăng từ A lên B, tăng thêm C so với phương án đang thực hiện": C is against the plan named
    year, how = _prior_year(doc, block, text, d)
    s0 = sentence_of(text, min(a.start, d.start))[0]
    q = quote(text, s0, sentence_of(text, max(b.end, d.end) - 1)[1])
    rel = _pair_relation(d, verb, a, b, year, how, block, q)
    if rel is None:
        return None
    rel.variant = "from_to"
    done.add(d.id)
    return rel


def _pair_relation(d: Figure, verb: str, prior: Figure, cur: Figure, year, how, block, q: str) -> Relation | None:
    """A stated change d against two stated values.  Two rates: a change in ``điểm phần trăm`` is their difference;
    a bare ``%`` change may be that difference (``giảm 0,67%`` for 3,12 % → 2,45 %) or relative, and either reading
    that fits passes.  Two amounts: an amount change is their difference, a ``%`` change relative."""
    rates = prior.kind == "percent"
    if rates != (cur.kind == "percent") or (not rates and not same_unit(prior.unit, cur.unit)):
        return None
    points = bool(_POINTS.match(d.unit or ""))
    if points and not rates and not same_unit(d.unit, cur.unit):
        return None  # (points of a rate against two counts; "giảm 0,2 điểm" of two scores in điểm is their difference)
    points = points and rates
    if rates and d.kind != "percent" and not points:
        return None
    if not rates and d.kind != "percent" and d.unit and not same_unit(d.unit, cur.unit):
        return None
    absolute = _relation(d, verb, False, cur, [cur], prior, year, how, block, q)
    if (rates and (points or holds(absolute))) or (not rates and d.kind != "percent"):
        rel = absolute
    else:
        rel = _relation(d, verb, True, cur, [cur], prior, year, how, block, q)
        if rates and not holds(rel):
            rel = absolute  # neither reading fits: shown as points, the reading reports use most
    rel.id = f"{CHECK}:{d.id}"
    return rel


#: the period a figure's own stretch of text names (since the figure before it): ``năm 2022 là``, ``năm học
#: 2022-2023 là``, ``Năm 2023, tỷ lệ … là``
_OWN_YEAR = re.compile(r"\bnăm(?:\s+học)?\s+(\d{4})(?:\s*[-–]\s*(\d{4}))?", re.IGNORECASE)


_OWN_MONTH = re.compile(r"\btháng\s+(\d{1,2})(?![\d/])", re.IGNORECASE)


def _own_year(text: str, index: Index, block_id: str, f: Figure, floor: int) -> int | None:
    """The year (or, as minus its number, the month) the figure's own stretch of text names."""
    before = [x for x in index.last_before(block_id, f.start, 6) if x.start >= floor and x.kind in TOTAL_KINDS | {"percent"}
              and x.id != f.id]
    lo = before[-1].end if before else max(floor, f.start - 200)
    years = [int(m.group(2) or m.group(1)) for m in _OWN_YEAR.finditer(text, lo, f.start)]
    if not years:
        months = [int(m.group(1)) for m in _OWN_MONTH.finditer(text, lo, f.start) if 1 <= int(m.group(1)) <= 12]
        return -months[-1] if len(set(months)) == 1 else None
    return years[-1] if len(set(years)) == 1 else None


_SECOND_YEAR = re.compile(r"(?:\s*[^\W\d_]+){0,3}\s*(?:,|và|còn|trong khi)\s+(?:của\s+|so với\s+)?"
                          r"(?:năm(?:\s+học)?\s+\d{4}(?:\s*[-–]\s*\d{4})?|tháng\s+\d{1,2})"
                          r"\s*(?:là|đạt|có|chỉ có|mới có|ước đạt|ước tính|ước|:)?\s*(?:(?:khoảng|gần|hơn|trên)\s+)?$", re.IGNORECASE)
_CHANGE_NEXT = re.compile(r"(?:\s*[^\W\d_]+){0,3}\s*(?:[,;(]|và)\s*(?:tức là\s+|như vậy\s+)?(?:tăng|giảm|gấp|bằng)[^\d]{0,25}", re.IGNORECASE)


def _year_pair(text: str, index: Index, block_id: str, d: Figure, verb: str) -> tuple[Figure, Figure] | None:
    """``năm 2023 đạt 605.200 tấn, năm 2022 đạt 598.400 tấn, tăng 1,14%``: two figures of one kind before the change
    in its sentence, each in a stretch naming its own year; the later year is the current, the earlier the prior."""
    s0, _ = sentence_of(text, d.start)
    kinds = [x for x in index.last_before(block_id, d.start, 8) if x.start >= s0 and x.value is not None and x.id != d.id
             and (x.kind in TOTAL_KINDS or x.kind == "percent") and index.role(x) not in ("change", "change_pct", "plan", "plan_pct")]
    if len(kinds) < 2:
        return None
    a, b = kinds[-2], kinds[-1]
    if (a.kind == "percent") != (b.kind == "percent") or (a.kind != "percent" and not same_unit(a.unit, b.unit)):
        return None
    ya, yb = _own_year(text, index, block_id, a, s0), _own_year(text, index, block_id, b, s0)
    if ya is None or yb is None or ya == yb or (ya < 0) != (yb < 0) or re.search(r"[;]", text[a.start:d.start]):
        return None  # (two years, or two months: never a year and a month)
    if ya < 0 and (abs(ya - yb) != 1 or not re.match(r"[^;.]{0,12}so\s+(?:với\s+)?tháng\s+trước", text[d.end:])):
        return None  # two months: consecutive, and the change says it is against the month before
    # the two stand side by side, the second opening with its own year, and the change follows at once
    if not _SECOND_YEAR.match(text, a.end, b.start) or not _CHANGE_NEXT.fullmatch(text, b.end, d.start):
        return None
    cur, prior = (a, b) if abs(ya) > abs(yb) else (b, a)
    m = _REF.match(text[d.end:d.end + 80])
    said = m and (m.group(2) or m.group(3))
    if said and int(said) != min(abs(ya), abs(yb)):
        return None
    return cur, prior


#: from a change to the bracket after its comparison: " so với năm 2018 (", " so với cùng kỳ năm 2023 ("
_TO_PAIR_BRACKET = re.compile(r"[^;.()\d]{0,15}?\bso\s+(?:với\s+)?(?:cùng kỳ\s+)?năm\s+(\d{4})\s*\(", re.IGNORECASE)


def _year_pair_after(text: str, index: Index, block_id: str, d: Figure, is_pct: bool) -> tuple[Figure, Figure] | None:
    """``giảm 0,21 điểm so với năm 2023 (năm 2023 là 42,65 điểm; năm 2024 được 42,44 điểm)``: the bracket after the
    comparison states both years, each figure in a stretch naming its own year — the compared year's is the prior,
    the later year's the current."""
    m = _TO_PAIR_BRACKET.match(text, d.end, min(len(text), d.end + 60))
    if m is None or (sp := paren_span(text, m.end() - 1)) is None:
        return None
    inside = [x for x in index.within(block_id, m.end(), sp[1], limit=4)
              if x.value is not None and (x.kind in TOTAL_KINDS or x.kind == "percent")]
    if len(inside) != 2:
        return None
    a, b = inside
    if (a.kind == "percent") != (b.kind == "percent") or (a.kind != "percent" and not same_unit(a.unit, b.unit)) \
            or (not is_pct and d.unit and not same_kind(d.unit, a.unit) and a.kind != "percent"):
        return None
    ya, yb = _own_year(text, index, block_id, a, m.end()), _own_year(text, index, block_id, b, m.end())
    if ya is None or yb is None or ya < 0 or yb < 0 or ya == yb or min(ya, yb) != int(m.group(1)):
        return None
    return (a, b) if ya > yb else (b, a)


_TARGET_ASIDE = re.compile(r"\bso\s+(?:với\s+)?(?:mục tiêu|chỉ tiêu|kế hoạch|bình quân|mức)[^;.()\d]{0,70}\($", re.IGNORECASE)


def _rate_prior(text: str, index: Index, block_id: str, d: Figure) -> tuple[Figure, Figure, bool] | None:
    """``là 19,8%, giảm 0,6% so với năm 2022 (20,4%)``, ``đạt 93,2%, tăng 1,1 điểm phần trăm so với năm 2022
    (92,1%)``: the rate before the change and the prior rate the change's own aside gives."""
    s0, _ = sentence_of(text, d.start)
    p = index.paren(d)
    end = p[1] if p else clause_of(text, d.start)[1]
    after = [x for x in index.within(block_id, d.end, end + 1, limit=6) if x.kind in TOTAL_KINDS | {"percent"}]
    if not after or after[0].kind != "percent":
        return None
    if index.role(after[0]) != "prior" and not ((ap := index.paren(after[0])) is not None and ap[0] < after[0].start
                                                and _TARGET_ASIDE.search(text, max(0, ap[0] - 90), ap[0] + 1)):
        return None  # "cao hơn 0,62 điểm phần trăm so với mục tiêu Nghị quyết đề ra (7,5%)": a target is compared too
    before = [x for x in index.last_before(block_id, d.start, 6) if x.start >= s0 and x.kind in TOTAL_KINDS | {"percent"}
              and x.id != d.id and not index.paren(x)]  # ("cao hơn bình quân cả nước (51,8%)": an aside, not the rate)
    points = bool(_POINTS.match(d.unit or ""))  # points compare rates, a rate of the plan too ("bằng 58,2% kế hoạch")
    skip = ("change_pct", "prior", "band") if points else ("change_pct", "prior", "plan_pct", "band")
    if not before or before[-1].kind != "percent" or index.role(before[-1]) in skip:
        return None
    rates = [x for x in before if x.kind == "percent" and index.role(x) not in skip + ("quantifier",)]
    if len(rates) > 1:
        # "bằng 58,2% kế hoạch vốn và bằng 62,1% kế hoạch giao, cao hơn 3,5 điểm phần trăm so với cùng kỳ (55,7%)":
        # several rates the change may be of; the one it fits, else the nearest (a mismatch then only warns)
        h = d.half_digit * 2 + Decimal("0.05")
        fitting = [x for x in rates if abs(abs(x.value - after[0].value) - d.value) <= h]
        if len(fitting) == 1:
            return fitting[0], after[0], False
        return before[-1], after[0], True
    return before[-1], after[0], False


#: ``So với Tết năm trước (161,5 tỷ đồng), tổng kinh phí chăm lo tăng 24,92 tỷ đồng``: the comparison opens the
#: sentence, the prior value in its brackets, then the name of what changed
_OPENING_COMPARISON = re.compile(r"\s*(?:[-–•+]\s*)?so\s+(?:với\s+)?[^;.()]{1,60}?\(", re.IGNORECASE)
_NAME_STOP = {"của", "các", "những", "số", "đã", "được", "thì", "cũng", "vẫn", "toàn", "tỉnh", "đạt", "là", "có", "và"}


def _named_current(text: str, index: Index, block, d: Figure, earlier: list) -> tuple[Figure, Figure] | None:
    """The current value of a change whose sentence opens with the comparison and its prior value (``So với năm
    2024 (98,86%), tỷ lệ tốt nghiệp tăng 0,36 điểm phần trăm``), when the sentence states no current value: the
    nearest earlier figure of the prior's kind whose own words carry the name (``tỷ lệ tốt nghiệp … 99,12%``), in
    this paragraph or up to five before it.  Read from its words, so a mismatch warns."""
    s0, _ = sentence_of(text, d.start)
    m = _OPENING_COMPARISON.match(text, s0)
    if not m:
        return None
    kinds = TOTAL_KINDS | {"percent"}
    first = index.within(block.id, m.end(), d.start, kinds=kinds, limit=1)
    if not first or (p := index.paren(first[0])) is None or p[0] != m.end() - 1:
        return None
    if index.within(block.id, p[1], d.start, kinds=kinds, limit=1):
        return None  # the sentence states another figure: not this shape (looked up, not listed: a long sentence
        # stays linear)
    inside = index.within(block.id, m.end(), min(p[1] + 1, d.start), kinds=kinds)
    if [f for f in inside[1:] if index.paren(f) != p]:
        return None
    verb = _VERB.search(text, max(0, d.start - 60), d.start)
    if verb is None:
        return None
    start = max(p[1] + 1, text.rfind(",", 0, verb.start()) + 1, text.rfind(";", 0, verb.start()) + 1)
    name = [w.lower() for w in _WORDS.findall(text[start:verb.start()])]
    name = [w for w in name if w not in _NAME_STOP][:3]
    if len(name) < 2:
        return None
    if len(inside) == 1:
        prior = inside[0]
    else:  # "So với năm 2023 (112 vụ cháy, 6 người chết, …), số người chết giảm 2 người": the prior the name points at
        own = [f for f in inside if d.kind != "percent" and f.kind in TOTAL_KINDS and d.unit and same_unit(f.unit, d.unit)]
        if len(own) != 1:
            own = [f for f in inside if d.kind != "percent" and f.kind in TOTAL_KINDS
                   and set(name) <= set(_WORDS.findall(text[f.end:f.end + 30].split(",")[0].lower())) | set(f.unit.lower().split())]
        if len(own) != 1:
            return None
        prior = own[0]
    phrase = " ".join(name)
    rate = prior.kind == "percent"
    for b in [block] + earlier:
        upto = s0 if b is block else len(b.text) + 1
        for f in reversed(index.last_before(b.id, upto, 40)):
            if f.value is None or (f.kind == "percent") != rate or (not rate and not same_unit(f.unit, prior.unit)) \
                    or index.role(f) in ("change", "change_pct", "prior", "plan", "plan_pct", "band") or index.paren(f):
                continue  # (a figure in brackets is a reference beside the value, not the value)
            before = index.last_before(b.id, f.start, 1)
            c0 = max(before[0].end if before else 0, f.start - 120, clause_of(b.text, f.start)[0] if rate else 0)
            lead = " ".join(w for w in (x.lower() for x in _WORDS.findall(b.text[c0:f.start])) if w not in _NAME_STOP)
            if phrase in lead or (len(inside) > 1 and set(name) <= set(lead.split()) | set(f.unit.lower().split())):
                return f, prior  # (the name may be the figure's unit: "xảy ra 87 vụ cháy")
    return None
