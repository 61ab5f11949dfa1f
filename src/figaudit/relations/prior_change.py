"""Reported changes against last year's report (family ``prior_change``).

The prior year comes as a report in any format figaudit reads (same ingest and
figure cleaning: :func:`figaudit.clean.load_prior` analyses it and hands its
figures in, so this family never imports the pipeline) or as a CSV of figures (``label, value, unit`` and optionally
``section``) for auditors who only have a table.

Matching (documented in the README): a change claim's current figure is
compared with every prior figure of the same unit head (``đảng viên``,
``tổ chức``, ``đơn`` …) at the same level (a body figure with body figures, a
footnote part with footnote parts).  Score =

    0.60 × overlap of the words that belong to the figure (from the previous
           figure of its clause to the next one, without numbers, units, stop
           words and the change phrase; shared words over the smaller set)
  + 0.25 × same section heading (numbers stripped: "Công tác kiểm tra, giám sát")
  + 0.15 × same full unit phrase ("tổ chức đảng" = "tổ chức đảng")

The best candidate is taken when it scores at least 0.35 and leads the next
one by at least 0.10; otherwise the claim stays ``unverifiable`` and the
candidates are listed — never a silent guess.  A change stated for several
figures (``26 đơn tố cáo, 02 đơn khiếu nại … (tăng 07 đơn)``) is matched figure
by figure and compared with the sum.

Also listed (information, not findings): prior indicators the new report no
longer mentions, and figures that match across years without a stated change
(with the computed change).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from figaudit.errors import InputError
from figaudit.figures import Figure
from figaudit.model import Document
from figaudit.numbers import HUNDRED, fmt_vi, parse_vi
from figaudit.relations import Relation, exact_or_interval
from figaudit.relations.common import TOTAL_KINDS, Index, clause_of, quote, unit_head

CHECK = "prior_change"
MIN_SCORE, MIN_LEAD = 0.35, 0.10
STOP = {"các", "của", "và", "với", "đối", "trong", "được", "đã", "có", "là", "cho", "tại", "về", "theo", "những", "này",
        "năm", "so", "tăng", "giảm", "gấp", "lần", "bằng", "trên", "gần", "khoảng", "hơn", "số", "tổng"}
_WORD = re.compile(r"[^\W\d_]+")
_HEADING_NUM = re.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*")


@dataclass
class PriorFigure:
    id: str
    value: Decimal
    unit: str
    words: set[str]
    section: str
    level: str  # "body" | "footnote"
    sentence: str
    line: int | str
    lo: Decimal | None = None
    hi: Decimal | None = None
    extra: dict = field(default_factory=dict)


def _words(text: str, unit: str = "") -> set[str]:
    unit_words = set(unit.lower().split())
    return {w for w in (m.group(0).lower() for m in _WORD.finditer(text)) if w not in STOP and w not in unit_words}


def _section(section: str) -> str:
    last = section.split(" › ")[-1] if section else ""
    return _HEADING_NUM.sub("", last).strip().lower()


def _context(doc: Document, index: Index, f: Figure) -> tuple[set[str], str]:
    """The words that belong to a figure: from the previous figure of its clause (or the clause start) to it, and on
    to the next figure or parenthesis — so that two figures of one clause are told apart (``kiểm tra việc thực hiện
    nhiệm vụ … đối với 120 tổ chức đảng và kiểm tra việc thi hành kỷ luật đối với 85 tổ chức đảng``)."""
    block = index.blocks[f.block]
    text = block.text
    c0, c1 = clause_of(text, f.start)
    figs = [x for x in index.within(block.id, c0, c1) if x.kind in TOTAL_KINDS | {"percent"} and x.id != f.id]
    start = max([c0] + [x.end for x in figs if x.end <= f.start])
    end = min([c1] + [x.start for x in figs if x.start >= f.end])
    cut = re.compile(r"[(,;]|\svà\s").search(text, f.end, end)
    if cut:
        end = cut.start()  # "(tăng 6 …)" is the change phrase; after "và" or "," comes the next indicator
    words = _words(text[start:f.start] + " " + text[f.end:end], f.unit)
    if len(words) < 2:  # "586 đảng viên, 574 tổ chức": a figure right after another shares its clause's words
        words = _words(text[c0:start] + " " + text[f.end:end], f.unit)
    return words, quote(text, c0, c1)


def prior_figures(doc: Document, figures: list[Figure], relations: list[Relation]) -> list[PriorFigure]:
    """The indicators of last year's report, already analysed by :func:`figaudit.clean.analyse`."""
    index = Index(doc, figures)
    # the prior report's own change amounts ("tăng 6 đảng viên") are deltas, not indicators
    deltas = {r.figures[0] for r in relations if r.check == "change"}
    out = []
    for f in figures:
        if f.kind not in TOTAL_KINDS | {"percent"} or f.value is None or f.id in deltas:
            continue
        block = index.blocks[f.block]
        words, sentence = _context(doc, index, f)
        lo, hi, _, _ = exact_or_interval(f)
        out.append(PriorFigure(f.id, f.value, f.unit, words, _section(block.section),
                               "footnote" if block.kind == "footnote" else "body", sentence, f.line, lo, hi))
    return out


def prior_from_csv(path: Path) -> list[PriorFigure]:
    """``label, value, unit[, section]``; values in Vietnamese (27.387) or plain (27387) notation."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise InputError(path, f"cannot be read as a UTF-8 CSV ({type(err).__name__})") from None
    if not rows or not {"label", "value", "unit"} <= set(rows[0]):
        raise InputError(path, "a prior-year CSV needs the columns label, value, unit (and optionally section)")
    out = []
    for i, r in enumerate(rows, start=2):
        raw = (r.get("value") or "").strip()
        value = parse_vi(raw)
        if value is None:
            try:
                value = Decimal(raw)
            except InvalidOperation:
                raise InputError(path, f"line {i}: value {raw!r} is not a number") from None
        unit = (r.get("unit") or "").strip()
        out.append(PriorFigure(f"csv{i}", value, unit, _words(r["label"], unit), _section(r.get("section") or ""),
                               (r.get("level") or "body").strip() or "body", r["label"].strip(), i, value, value))
    return out


def score(cur_words: set[str], cur_section: str, cur_unit: str, p: PriorFigure) -> float:
    """0.60 × word overlap (shared words over the smaller set: a CSV label may name an indicator with more or fewer
    words than the report) + 0.25 × same section + 0.15 × same full unit."""
    small = min(len(cur_words), len(p.words))
    overlap = len(cur_words & p.words) / small if small else 0.0
    return 0.6 * overlap + 0.25 * (bool(cur_section) and cur_section == p.section) + 0.15 * (cur_unit.lower() == p.unit.lower())


def match(f: Figure, doc: Document, index: Index, prior: list[PriorFigure]) -> tuple[PriorFigure | None, list[tuple[float, PriorFigure]]]:
    block = index.blocks[f.block]
    words, _ = _context(doc, index, f)
    level = "footnote" if block.kind == "footnote" else "body"
    cands = [p for p in prior if unit_head(p.unit) == unit_head(f.unit) and p.level == level]
    ranked = sorted(((score(words, _section(block.section), f.unit, p), p) for p in cands), key=lambda sp: -sp[0])
    if ranked and ranked[0][0] >= MIN_SCORE and (len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= MIN_LEAD):
        return ranked[0][1], ranked
    return None, ranked


def _fmt_cands(ranked) -> list[str]:
    return [f"{fmt_vi(p.value)} {p.unit} ({p.line}; {s:.2f}): {p.sentence[:120]}" for s, p in ranked[:3]]


def verify_changes(doc: Document, figures: list[Figure], relations: list[Relation], prior: list[PriorFigure],
                   prior_name: str) -> tuple[list[Relation], list[dict]]:
    """Replace each implied-prior change claim by a prior_change relation checked against the prior figures."""
    index = Index(doc, figures)
    by_id = {f.id: f for f in figures}
    out: list[Relation] = []
    used_prior: set[str] = set()
    claimed: set[str] = set()
    for r in relations:
        if r.check != "change" or r.variant != "implied_prior":
            out.append(r)
            continue
        a = r.note_args
        cur_figs = [by_id[i] for i in a["current_ids"]]
        claimed.update(a["current_ids"])
        matches, all_ranked, missing = [], [], []
        for f in cur_figs:
            m, ranked = match(f, doc, index, prior)
            all_ranked.append((f, ranked))
            if m is None:
                missing.append(f)
            else:
                matches.append((f, m))
        base = dict(check=CHECK, unit=r.unit, line=r.line, footnote=r.footnote, block=r.block, quote=r.quote,
                    footnote_text=r.footnote_text, variant=r.variant)
        if missing:
            cands = [c for f, ranked in all_ranked if f in missing for c in _fmt_cands(ranked)]
            out.append(Relation(id=f"{CHECK}:{r.id.split(':', 1)[1]}", checkable=False, stated=r.stated, computed=None,
                                note="prior_ambiguous" if cands else "prior_not_found",
                                note_args={**a, "candidates": cands, "prior_report": prior_name},
                                expression=r.expression, figures=r.figures, **base))
            continue
        for _, m in matches:
            used_prior.add(m.id)
        out.append(_checked(r, a, cur_figs, [m for _, m in matches], prior_name, base))
    info = _info(doc, index, figures, prior, used_prior, claimed)
    return out, info


def _interval(figs_lo_hi) -> tuple[Decimal, Decimal | None]:
    lo = sum((lo for lo, _ in figs_lo_hi), Decimal(0))
    his = [hi for _, hi in figs_lo_hi]
    return lo, (None if any(h is None for h in his) else sum(his, Decimal(0)))


def _checked(r: Relation, a: dict, cur_figs: list[Figure], priors: list[PriorFigure], prior_name: str, base: dict) -> Relation:
    """The stated change against (current − prior), with the intervals of hedged or rounded figures."""
    verb, is_pct = a["verb"], a["percent"]
    cur = sum((f.value for f in cur_figs), Decimal(0))
    prv = sum((p.value for p in priors), Decimal(0))
    clo, chi = _interval([(lo if lo is not None else f.value, hi) for f in cur_figs for lo, hi, _, _ in [exact_or_interval(f)]])
    plo, phi = _interval([(p.lo if p.lo is not None else p.value, p.hi) for p in priors])
    d = r.stated
    exp = Decimal(d).as_tuple().exponent
    h = Decimal(1).scaleb(exp if exp < 0 else 0) / 2  # half a unit of the stated change's last digit
    cur_text = " + ".join(fmt_vi(f.value) for f in cur_figs)
    prv_text = " + ".join(fmt_vi(p.value) for p in priors)
    chi_ = chi if chi is not None else clo
    phi_ = phi if phi is not None else plo
    alo = ahi = None
    if verb in ("tăng", "giảm") and not is_pct:
        sign = Decimal(1 if verb == "tăng" else -1)
        computed = sign * (cur - prv)
        ends = [sign * (c - p) for c in (clo, chi_) for p in (plo, phi_)]
        expr = (f"({cur_text}) − ({prv_text}) = {fmt_vi(cur - prv)}" if verb == "tăng"
                else f"({prv_text}) − ({cur_text}) = {fmt_vi(prv - cur)}")
        slo, shi, strict_hi = (d, d, False) if exp >= 0 else (d - h, d + h, True)
    else:
        if verb in ("tăng", "giảm"):
            sign = Decimal(1 if verb == "tăng" else -1)
            fn = lambda c, p: sign * HUNDRED * (c - p) / p  # noqa: E731
            unit = " %"
        elif verb == "gấp":
            fn, unit = (lambda c, p: c / p), ""
        else:  # bằng X% so với
            fn, unit = (lambda c, p: HUNDRED * c / p), " %"
        computed = fn(cur, prv)
        ends = [fn(c, p) for c in (clo, chi_) for p in (plo, phi_) if p]
        expr = f"f({cur_text}; {prv_text}) = {fmt_vi(computed.quantize(Decimal('0.01')))}{unit}"
        if verb in ("tăng", "giảm"):
            expr = f"100 × (({cur_text}) − ({prv_text})) / ({prv_text}) = {fmt_vi(computed.quantize(Decimal('0.01')))} %"
        elif verb == "gấp":
            expr = f"({cur_text}) / ({prv_text}) = {fmt_vi(computed.quantize(Decimal('0.01')))}"
        else:
            expr = f"100 × ({cur_text}) / ({prv_text}) = {fmt_vi(computed.quantize(Decimal('0.01')))} %"
        slo, shi, strict_hi = d - h, d + 2 * h, True  # rounding or truncation of the stated percent / factor
        alo, ahi = d - h, d + h  # rounding only: a pass by truncation alone is a warning
    args = {**a, "prior_values": [str(p.value) for p in priors], "prior_lines": [str(p.line) for p in priors],
            "prior_sentences": [p.sentence for p in priors], "prior_report": prior_name, "prior": str(prv),
            "current": str(cur)}
    return Relation(id=f"{CHECK}:{r.id.split(':', 1)[1]}", checkable=True, stated=d, computed=computed.quantize(Decimal("0.0001")),
                    stated_lo=slo, stated_hi=shi, strict_hi=strict_hi, computed_lo=min(ends), computed_hi=max(ends),
                    alt_lo=alo, alt_hi=ahi, alt_strict_hi=True, expression=expr, note="prior_matched", note_args=args,
                    figures=r.figures, **base)


def _info(doc, index, figures, prior, used_prior, claimed) -> list[dict]:
    """Prior indicators no longer mentioned; figures that match across years without a stated change."""
    info = []
    matched_prior = set(used_prior)
    for f in figures:
        if f.kind not in TOTAL_KINDS or f.value is None or f.id in claimed or not f.unit:
            continue
        m, ranked = match(f, doc, index, prior)
        if m is not None and ranked[0][0] >= 0.6:
            matched_prior.add(m.id)
            _, sentence = _context(doc, index, f)
            info.append({"kind": "no_stated_change", "label": sentence, "unit": f.unit, "current": str(f.value),
                         "prior": str(m.value), "change": str(f.value - m.value), "line": f.line, "prior_line": str(m.line)})
    for p in prior:
        if p.id in matched_prior or p.level != "body" or not p.unit:
            continue
        # does anything in the current report speak of it?
        cands = [f for f in figures if f.kind in TOTAL_KINDS and f.value is not None and unit_head(f.unit) == unit_head(p.unit)]
        best = max((score(_context(doc, index, f)[0], _section(index.blocks[f.block].section), f.unit, p) for f in cands), default=0)
        if best < MIN_SCORE:
            info.append({"kind": "no_longer_mentioned", "label": p.sentence, "unit": p.unit, "current": "",
                         "prior": str(p.value), "change": "", "line": "", "prior_line": str(p.line)})
    return info
