"""Structures of one whole that total 100 % (rows of family ``percent``, variant ``share_sum``).

Three shapes the genre writes, each read only where the text makes the list the whole structure:

* contributions to a growth rate: ``tiêu dùng tăng 6%, đóng góp 45,5%; tích lũy tăng 4%, đóng góp 30,1%;
  chênh lệch xuất nhập khẩu đóng góp 24,4%`` (``làm giảm 12%`` counts negative).  A run of them that totals
  100 % is recorded as a pass; a run that does not is no discrepancy (the list may be open);
* a list under ``cơ cấu``: ``Cơ cấu kinh tế: nông nghiệp chiếm 18,5%; công nghiệp 45,2%; dịch vụ 36,3%
  (cùng kỳ năm trước là: 19,1% - 44,6% - 36,3%)`` — every percentage of the sentence outside brackets is one
  list and every bracket another.  A list that does not total 100 % is a warning: a structure that does not
  close, or an open list the words did not say was open;
* a structure stated as transitions: ``nông nghiệp từ 40,2% giảm còn 35,1%; công nghiệp từ 25,3% tăng lên
  28,6% và dịch vụ từ 34,5% tăng lên 36,3%`` — the first values are one year's structure, the second
  another's.  When one side totals 100 % the pairing is confirmed, and the other side must total 100 % too
  (a warning when it does not).

Hedged shares (``gần 40%``) take their interval; a warning needs exact figures.
"""

from __future__ import annotations

import re
from decimal import Decimal

from figaudit.figures import Figure
from figaudit.numbers import HUNDRED, fmt_vi
from figaudit.relations import Relation, soften
from figaudit.relations.common import TOTAL_KINDS, Index, quote, sentence_of, sentences

CHECK = "percent"

#: the cue before a contribution: "đóng góp 41,8%", "làm giảm 12,6%" (the net export term of GDP by use)
_CONTRIBUTION = re.compile(r"\b(đóng góp|làm giảm)\s+(?:khoảng\s+)?$", re.IGNORECASE)
#: a structure named in the sentence before its list: "Cơ cấu kinh tế …:", "cơ cấu lao động là …"
_STRUCTURE = re.compile(r"\bcơ cấu\b", re.IGNORECASE)
#: the same, looser, for a transition list: the sentence or the one before names the structure or its shares
_STRUCTURE_OR_SHARE = re.compile(r"\b(?:cơ cấu|tỷ trọng|tỉ trọng)\b", re.IGNORECASE)
#: words that make a list open or the percentages something else than parts of one whole
_OPEN = re.compile(r"\.\.\.|…|\bv\.v\b|\bmột số\b|\bnhư\b|\btrong đó\b|\bchủ yếu\b|\bbình quân\b|\btốc độ\b",
                   re.IGNORECASE)
#: between the two values of one transition: "từ 40,2% giảm còn 35,1%", "chiếm 58% đến năm 2020 còn 47%"
_TRANSITION = re.compile(r"\b(?:lên|xuống|còn|tăng|giảm)\b", re.IGNORECASE)
#: between two percentages of a plain list: labels only, no verb of change
_CHANGE_WORD = re.compile(r"\b(?:từ|lên|xuống|còn|tăng|giảm|so với|gấp|bằng)\b", re.IGNORECASE)
_ROLES = ("share", "", "prior")


def _interval(p: Figure, sign: int = 1) -> tuple[Decimal, Decimal] | None:
    """The true value behind a share: rounding for an exact figure, the hedge's interval otherwise."""
    if p.qualifier:
        if p.lo is None or p.hi is None:
            return None
        lo, hi = p.lo, p.hi
    else:
        # reports round or truncate: [x − ½ unit, x + 1 unit)
        lo, hi = p.value - p.half_digit, p.value + 2 * p.half_digit
    return (lo, hi) if sign > 0 else (-hi, -lo)


def _relation(ps: list[Figure], signs: list[int], block, text: str, s0: int, s1: int, key: str) -> Relation | None:
    spans = [_interval(p, s) for p, s in zip(ps, signs)]
    if any(s is None for s in spans):
        return None
    total = sum((p.value * s for p, s in zip(ps, signs)), Decimal(0))
    lo = sum((a for a, _ in spans), Decimal(0))
    hi = sum((b for _, b in spans), Decimal(0))
    expr = ps[0].text
    for p, s in zip(ps[1:], signs[1:]):
        expr += (" − " if s < 0 else " + ") + p.text
    return Relation(
        id=f"{CHECK}:{ps[0].id}:{key}", check=CHECK, checkable=True, stated=HUNDRED, computed=total,
        stated_lo=HUNDRED, stated_hi=HUNDRED, computed_lo=lo, computed_hi=hi, unit="%", line=ps[0].line,
        footnote=block.footnote, block=block.id, quote=quote(text, s0, s1),
        footnote_text=block.text if block.kind == "footnote" else "",
        expression=f"{expr} = {fmt_vi(total)} %", figures=[p.id for p in ps], variant="share_sum")


def _closes(rel: Relation) -> bool:
    return rel.computed_lo <= HUNDRED <= rel.computed_hi


#: the economy's structure by sector, which the genre gives without its fourth component (``thuế sản phẩm trừ trợ
#: cấp sản phẩm``, commonly 5–12 %): "cơ cấu kinh tế", "cơ cấu nền kinh tế", "cơ cấu GRDP", "tổng sản phẩm"
_ECONOMY = re.compile(r"\bcơ cấu\s+(?:nền\s+)?(?:kinh tế|GRDP|GDP|tổng sản phẩm)|\b(?:GRDP|GDP|tổng sản phẩm)\b", re.IGNORECASE)


def economy_short(text: str, s0: int, s1: int, rel: Relation) -> bool:
    """Does this structure of the economy fall short of 100 % by what an unsaid product-tax component could be?"""
    return bool(_ECONOMY.search(text, s0, s1)) and not _PRODUCT_TAX.search(text, s0, s1) \
        and len(rel.figures) == 3 and 3 <= HUNDRED - rel.computed <= 15


#: the fourth component named: then the structure must close
_PRODUCT_TAX = re.compile(r"\bthuế\s+sản\s+phẩm", re.IGNORECASE)


def left_open(rel: Relation) -> Relation:
    """The economy's structure by sector short of 100 % by a product-tax component's size: the genre leaves that
    component unsaid, so it is unverifiable, with what is missing (any other structure short of 100 % warns)."""
    rel.checkable = False
    rel.note = "structure_short"
    rel.note_args = {**rel.note_args, "missing": fmt_vi(HUNDRED - rel.computed)}
    return rel


def contribution_runs(text: str, block, figs: list[Figure], used: set) -> list[Relation]:
    """Runs of consecutive contributions to one growth rate that total 100 % (pass only)."""
    contrib = []
    for p in figs:
        if p.kind != "percent" or p.value is None or p.id in used:
            continue
        m = _CONTRIBUTION.search(text, max(0, p.start - 20), p.start)
        if m:
            contrib.append((p, -1 if m.group(1).lower() == "làm giảm" else 1))
    out, i = [], 0
    while i < len(contrib):
        if contrib[i][1] < 0:
            i += 1
            continue
        hit = None
        for j in range(i + 1, min(len(contrib), i + 8)):
            rel = _relation([c[0] for c in contrib[i:j + 1]], [c[1] for c in contrib[i:j + 1]], block, text,
                            0, 0, "contributions")
            if rel is not None and _closes(rel):
                hit = j
                break
        if hit is None:
            i += 1
            continue
        ps = [c[0] for c in contrib[i:hit + 1]]
        s0, s1 = sentence_of(text, ps[0].start)[0], sentence_of(text, ps[-1].start)[1]
        out.append(_relation(ps, [c[1] for c in contrib[i:hit + 1]], block, text, s0, s1, "contributions"))
        used.update(p.id for p in ps)
        i = hit + 1
    return out


def _paren_spans(text: str, s0: int, s1: int) -> list[tuple[int, int]]:
    spans, depth, start = [], 0, 0
    for k in range(s0, s1):
        c = text[k]
        if c == "(":
            if depth == 0:
                start = k
            depth += 1
        elif c == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, k + 1))
    return spans


def structure_lists(text: str, block, figs: list[Figure], used: set, index: Index) -> list[Relation]:
    """Every percentage of a ``cơ cấu`` sentence (outside brackets, or inside one bracket) is one structure."""
    out = []
    pcts = [p for p in figs if p.kind == "percent" and p.value is not None]
    if len(pcts) < 3:
        return out
    for s0, s1 in sentences(text):
        ps_all = [p for p in index.within(block.id, s0, s1, {"percent"}) if p.value is not None]
        if len(ps_all) < 3:
            continue
        cue = _STRUCTURE.search(text, s0, ps_all[0].start)
        if not cue or _OPEN.search(text, s0, s1):
            continue
        parens = _paren_spans(text, s0, s1)
        zones: dict[tuple[int, int] | None, list[Figure]] = {}
        for p in ps_all:
            zone = next((sp for sp in parens if sp[0] < p.start < sp[1]), None)
            zones.setdefault(zone, []).append(p)
        for zone, ps in zones.items():
            if len(ps) < 3 or any(p.id in used or index.role(p) not in _ROLES for p in ps):
                continue
            if zone is None and cue.start() > ps[0].start:
                continue
            if zone is not None and not _STRUCTURE.search(text, zone[0], ps[0].start) \
                    and not re.search(r"tương ứng", text[zone[0]:ps[0].start], re.IGNORECASE):
                continue  # a bracket of other figures ("(tăng 2,1%)"), not a second structure
            between = "".join(text[a.end:b.start] for a, b in zip(ps, ps[1:]))
            if _CHANGE_WORD.search(between) or index.within(block.id, ps[0].start + 1, ps[-1].start, TOTAL_KINDS):
                continue  # values of change, or amounts between: not a plain list of shares
            rel = _relation(ps, [1] * len(ps), block, text, s0, s1, "structure")
            if rel is None:
                continue
            used.update(p.id for p in ps)
            if not _closes(rel):
                if any(p.qualifier for p in ps):
                    continue
                if economy_short(text, s0, s1, rel):
                    left_open(rel)
                else:
                    soften(rel, "inferred_structure")
            out.append(rel)
    return out


def transition_pairs(text: str, block, figs: list[Figure], used: set, index: Index) -> list[Relation]:
    """``từ a% tăng lên b%; từ c% giảm còn d%; …``: the a, c, … total 100 % and so do the b, d, …"""
    out = []
    spans = sentences(text)
    for k, (s0, s1) in enumerate(spans):
        ps = [p for p in index.within(block.id, s0, s1, {"percent"}) if p.value is not None]
        if len(ps) < 6 or len(ps) % 2 or any(p.id in used or index.role(p) == "change_pct" for p in ps):
            continue
        prev0 = spans[k - 1][0] if k else s0
        if not _STRUCTURE_OR_SHARE.search(text, prev0, s1) or _OPEN.search(text, s0, s1):
            continue
        pairs_ok = all(_TRANSITION.search(text, a.end, b.start) and ";" not in text[a.end:b.start]
                       for a, b in zip(ps[0::2], ps[1::2]))
        seps_ok = all(re.search(r"[;,]|\bvà\b", text[b.end:c.start]) and not _TRANSITION.search(
            re.sub(r"\btừ\b.*", "", text[b.end:c.start])) for b, c in zip(ps[1::2], ps[2::2]))
        if not pairs_ok or not seps_ok:
            continue
        sides = [_relation(ps[0::2], [1] * (len(ps) // 2), block, text, s0, s1, "structure_from"),
                 _relation(ps[1::2], [1] * (len(ps) // 2), block, text, s0, s1, "structure_to")]
        closed = [r is not None and _closes(r) for r in sides]
        if not any(closed):
            continue
        used.update(p.id for p in ps)
        for rel, ok in zip(sides, closed):
            if rel is None:
                continue
            if not ok:
                if any(p.qualifier for p in ps if p.id in rel.figures):
                    continue
                soften(rel, "inferred_structure_pairs")
            out.append(rel)
    return out
