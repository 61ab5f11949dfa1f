"""Families ``year_arithmetic`` and ``citation``: years and cited documents.

Citation index: every cited document (type word, number, type code, issuer,
date when given) — ``Kết luận số 01-KL/TW, ngày 14/5/2021 của Bộ Chính trị``.

``year_arithmetic``:

* ``sơ kết / tổng kết / kỷ niệm N năm (thực hiện) <document>`` against the
  year of the report — or of the plan, inside a plan section (``NHIỆM VỤ TRỌNG
  TÂM NĂM 2024``): ``sơ kết 02 năm thực hiện Kết luận số 01-KL/TW, ngày
  14/5/2021`` in 2023 → 2;
* a document cited with its date once and later without it: ``sơ kết 03 năm
  thực hiện Kết luận 01- KL/TW`` in the 2024 plan → 2024 − 2021 = 3;
* an anniversary with both ends: ``55 năm … (02/9/1969- 02/9/2024)``;
* reviews are often named by round numbers: ``tổng kết 20 năm thực hiện Nghị
  quyết số 09-NQ/TW, ngày 8/1/2002`` in 2023 is 21 years → warn, not fail
  (one year off is a warning, more is a failure).

``citation``: the same number, type and issuer cited with two different
dates is a warning, unless the dates fall in different party terms (party
documents are numbered afresh each term, so they are different documents).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from figaudit import grammar as g
from figaudit.figures import Figure
from figaudit.model import Document
from figaudit.relations import Relation, register, soften
from figaudit.relations.common import Index, clause_of, quote, section_year, sentence_of, year_source

_DOC_TYPE = re.compile(
    r"(Nghị quyết|Kết luận|Chỉ thị|Quyết định|Quy định|Thông báo(?: kết luận)?|Hướng dẫn|Đề án|Kế hoạch|Chương trình|"
    r"Quy chế|Nghị định|Luật|Thông tư|Công văn|Thông tri|Điều lệ|Văn bản)(?:\s+liên tịch)?\s+(?:số\s+)?$", re.IGNORECASE)
_DATE_AFTER = g.SPAN_SUMMED
_REVIEW = re.compile(r"(sơ kết|tổng kết|kỷ niệm|kết quả|nhìn lại|tròn)\s+(?:giữa nhiệm kỳ\s+)?$", re.IGNORECASE)
_PARTY_CODE = re.compile(r"^(\d+)\s?-\s?([^\W\d_]+)\s?/\s?(.+)$")
_STATE_CODE = re.compile(r"^(\d+)/(\d{4})/(.+)$")

#: Party congress terms (start dates): central bodies (…/TW) and provincial ones.
CENTRAL_TERMS = [(2001, 4), (2006, 4), (2011, 1), (2016, 1), (2021, 2), (2026, 1)]
PROVINCIAL_TERMS = [(2005, 10), (2010, 10), (2015, 10), (2020, 10), (2025, 10)]


@dataclass
class Citation:
    figure: Figure
    key: str  # normalised number/type/issuer
    doc_type: str
    number: int
    code: str
    issuer: str
    date: tuple[int, int, int] | None
    date_fig: Figure | None
    line: int
    block: str


def _norm_code(text: str) -> tuple[str, int, str, str, int | None]:
    t = re.sub(r"\s+", "", text)
    m = _STATE_CODE.match(t)
    if m:
        return f"{int(m.group(1))}/{m.group(2)}/{m.group(3).upper()}", int(m.group(1)), m.group(3).split("-")[0], m.group(3).split("-")[-1], int(m.group(2))
    m = _PARTY_CODE.match(t)
    if m:
        return f"{int(m.group(1))}-{m.group(2).upper()}/{m.group(3).upper()}", int(m.group(1)), m.group(2), m.group(3), None
    parts = t.split("/")
    return t.upper(), int(re.match(r"\d+", t).group()), parts[1] if len(parts) > 1 else "", "", None


def _date(f: Figure) -> tuple[int, int, int] | None:
    nums = [int(x) for x in re.findall(r"\d+", f.text)]
    if len(nums) == 3:
        return nums[2], nums[1], nums[0]
    return None


def citations(doc: Document, index: Index) -> list[Citation]:
    out = []
    for block in doc.blocks:
        text = block.text
        for f in index.by_block.get(block.id, []):
            if f.kind != "document_number":
                continue
            key, number, code, issuer, year = _norm_code(f.text)
            tm = _DOC_TYPE.search(text[max(0, f.start - 40):f.start])
            date_fig = None
            for g2 in index.within(block.id, f.end, f.end + 30, {"date"}):
                if _DATE_AFTER.match(text[f.end:g2.start]) or re.match(r"^\s*,?\s*(?:ban hành\s+)?ngày\s+", text[f.end:g2.start]):
                    date_fig = g2
                break
            date = _date(date_fig) if date_fig else None
            out.append(Citation(f, key, tm.group(1) if tm else "", number, code, issuer, date, date_fig, f.line, block.id))
    return out


def _term(date: tuple[int, int, int], issuer: str) -> int:
    terms = CENTRAL_TERMS if issuer.upper().endswith("TW") else PROVINCIAL_TERMS
    k = 0
    for i, (y, m) in enumerate(terms):
        if (date[0], date[1]) >= (y, m):
            k = i
    return k


def _start_year(c: Citation, by_key: dict[str, list[Citation]]) -> tuple[int | None, Citation | None]:
    if c.date:
        return c.date[0], c
    dated = [x for x in by_key.get(c.key, []) if x.date]
    if dated:
        years = {x.date[0] for x in dated}
        if len(years) == 1:
            return dated[0].date[0], dated[0]
    m = _STATE_CODE.match(re.sub(r"\s+", "", c.figure.text))
    if m:
        return int(m.group(2)), None
    return None, None


@register("year_arithmetic")
def find_years(doc: Document, figures: list[Figure]) -> list[Relation]:
    index = Index(doc, figures)
    cites = citations(doc, index)
    by_key: dict[str, list[Citation]] = {}
    for c in cites:
        by_key.setdefault(c.key, []).append(c)
    by_fig = {c.figure.id: c for c in cites}
    out: list[Relation] = []
    for block in doc.blocks:
        text = block.text
        for d in index.by_block.get(block.id, []):
            if d.kind != "duration" or d.unit != "năm" or d.value is None:
                continue
            if not _REVIEW.search(text[max(0, d.start - 30):d.start]):
                span = _span_after(text, index, block, d) or _after_years(text, index, block, d)
                if span is not None:
                    out.append(span)
                continue
            c0, c1 = clause_of(text, d.start)
            end_year, year_kind = section_year(doc, block)
            ysrc = year_source(doc, block, index)
            base = dict(check="year_arithmetic", unit="năm", line=d.line, footnote=block.footnote, block=block.id,
                        footnote_text=block.text if block.kind == "footnote" else "")
            # both ends given: "(02/9/1969- 02/9/2024)" or "(1969 - 2024)"
            # (only up to the next "N năm": "sơ kết 5 năm … và kỷ niệm 131 năm … (19/5/1890 – 19/5/2021)")
            later = index.within(block.id, d.end, c1, {"duration"})
            both = [f for f in index.within(block.id, d.end, min(c1, d.end + 160, later[0].start if later else c1), {"date", "period"})]
            dates = [f for f in both if f.kind == "date" and _date(f)]
            if len(dates) >= 2 and text.find("(", d.end, dates[0].start) != -1:
                y0, y1 = _date(dates[0])[0], _date(dates[1])[0]
                out.append(_years_rel(d, Decimal(y1 - y0), f"{y1} − {y0} = {y1 - y0}", [dates[0].id, dates[1].id],
                                      quote(text, c0, min(c1, dates[1].end + 1)), "both_ends", {}, base))
                continue
            periods = [f for f in both if f.kind == "period"]
            if periods and text.find("(", d.end, periods[0].start) != -1:
                y0, y1 = periods[0].extra["from"], periods[0].extra["to"]
                out.append(_years_rel(d, Decimal(y1 - y0), f"{y1} − {y0} = {y1 - y0}", [periods[0].id],
                                      quote(text, c0, periods[0].end + 1), "both_ends", {}, base))
                continue
            # the document reviewed comes before the next "N năm" of the clause
            nxt = [f for f in index.within(block.id, d.end, c1, {"duration"})]
            stop = min(c1, d.end + 120, nxt[0].start if nxt else c1)
            docs = [f for f in index.within(block.id, d.end, stop, {"document_number"})]
            if not docs:
                # "Thực hiện Nghị quyết số 26-NQ/TU ngày 10/6/2021 …, tỉnh đã sơ kết 3 năm thực hiện": cited before
                s0, _ = sentence_of(text, d.start)
                prev = [f for f in index.within(block.id, s0, d.start, {"document_number", "duration"})]
                if prev and prev[-1].kind == "document_number" and re.search(r"thực hiện\s*[.;,]?\s*$|thực hiện\b", text[d.end:d.end + 20]):
                    docs = [prev[-1]]
            q = quote(text, c0, c1)  # the whole clause: "(khóa IX)" must not be cut
            if not docs:
                out.append(Relation(id=f"year_arithmetic:{d.id}", checkable=False, stated=d.value, computed=None, quote=q,
                                    note="years_no_document", figures=[d.id], variant="no_document", **base))
                continue
            cite = by_fig[docs[0].id]
            start, source = _start_year(cite, by_key)
            args = {"document": cite.figure.text, "end_year": end_year, "end_kind": year_kind,
                    "date_line": source.line if source else None, "start_year": start}
            if start is None or end_year is None:
                out.append(Relation(id=f"year_arithmetic:{d.id}", checkable=False, stated=d.value, computed=None, quote=q,
                                    note="years_no_date" if start is None else "years_no_report_year", note_args=args,
                                    figures=[d.id, docs[0].id], variant="document", **base))
                continue
            figs = [d.id, docs[0].id] + ([source.date_fig.id] if source and source.date_fig else []) + ([ysrc] if ysrc else [])
            out.append(_years_rel(d, Decimal(end_year - start), f"{end_year} − {start} = {end_year - start}", figs[1:], q,
                                  "document", args, base))
    return out


#: between "N năm" and the period it counts: "5 năm 2021 - 2025", "Trong 6 năm (2016 - 2020)", "15 năm qua (2009-2024)",
#: "5 năm nhiệm kỳ 2025 - 2030" (the term itself, right after the count; not "N năm thực hiện … nhiệm kỳ …")
_TO_SPAN = re.compile(r"\s*năm\s*(?:qua\s*)?(?:\(\s*)?(?:giai đoạn\s+|nhiệm kỳ\s+|từ\s+(?:năm\s+)?)?$", re.IGNORECASE)


def _span_after(text: str, index: Index, block, d: Figure) -> Relation | None:
    """``bình quân 5 năm 2021 - 2025``, ``Trong 6 năm 2016 - 2020``: a number of years right before the period it
    counts.  Reports count such periods both ways (2025 − 2021 = 4, or 5 calendar years), so either passes; any
    other number fails.  A period named after other words (``5 năm thực hiện Nghị quyết nhiệm kỳ 2020 - 2025``: a
    mid-term review counts 3 years of a 5-year term) is not the duration's."""
    nxt = index.within(block.id, d.end, min(len(text), d.end + 40), {"period"})
    if not nxt or not _TO_SPAN.fullmatch(text, d.end, nxt[0].start):
        return None
    p = nxt[0]
    y0, y1 = p.extra["from"], p.extra["to"]
    if y1 <= y0:
        return None
    c0, c1 = clause_of(text, d.start)
    diff = Decimal(y1 - y0)
    if "nhiệm kỳ" in text[d.end:p.start].lower() and d.value not in (diff, diff + 1):
        return None  # "sơ kết 3 năm nhiệm kỳ 2020 - 2025": years of the term so far, not its length
    return Relation(id=f"year_arithmetic:{d.id}", check="year_arithmetic", checkable=True, stated=d.value,
                    computed=diff, stated_lo=d.value, stated_hi=d.value, computed_lo=diff, computed_hi=diff + 1,
                    unit="năm", line=d.line, footnote=block.footnote, block=block.id, quote=quote(text, c0, c1),
                    footnote_text=block.text if block.kind == "footnote" else "",
                    expression=f"{y1} − {y0} = {y1 - y0} ({y0}…{y1}: {y1 - y0 + 1})", figures=[d.id, p.id],
                    variant="span", note="years_inclusive" if d.value == diff + 1 else "")


#: "Như vậy, sau 15 năm," / "tức là qua 8 năm": a span that sums up the years just stated (a bare "Sau 2 năm
#: triển khai đề án" names its own period)
_AFTER = re.compile(r"\b(?:như vậy|vậy là|tức là|tính ra)\s*,?\s*(?:sau|qua)\s+$", re.IGNORECASE)


def _after_years(text: str, index: Index, block, d: Figure) -> Relation | None:
    """``giảm từ 41,2% năm 2009 xuống 9,8% năm 2023. Như vậy, sau 14 năm, …``: a span opening a clause after the
    two years it runs between (in its sentence or the one before).  Both counts of a period pass (2023 − 2009 = 14,
    or 15 calendar years); the years are read from their place, so another count warns, never fails."""
    if not _AFTER.search(text, max(0, d.start - 30), d.start):
        return None
    s0, _ = sentence_of(text, d.start)
    prev0 = sentence_of(text, s0 - 1)[0] if s0 > 0 else s0
    figs = [f for f in index.within(block.id, prev0, d.start, {"year", "period"}, limit=12)]
    periods = [f for f in figs if f.kind == "period"]
    years = sorted({int(f.value) for f in figs if f.kind == "year" and f.value is not None})
    spans = {(p.extra["from"], p.extra["to"]) for p in periods}  # ("giai đoạn 2006-2021 khi giảm từ … năm 2006 …
    if len(years) == 2:                                          # xuống … năm 2021": one span, said twice)
        spans.add((years[0], years[1]))
    elif years and not all(any(a <= y <= b for a, b in spans) for y in years):
        return None
    if len(spans) != 1:
        return None
    (y0, y1), = spans
    used = [f.id for f in figs][:4]
    if y1 <= y0:
        return None
    diff = Decimal(y1 - y0)
    c0, c1 = clause_of(text, d.start)
    rel = Relation(id=f"year_arithmetic:{d.id}", check="year_arithmetic", checkable=True, stated=d.value,
                   computed=diff, stated_lo=d.value, stated_hi=d.value, computed_lo=diff, computed_hi=diff + 1,
                   unit="năm", line=d.line, footnote=block.footnote, block=block.id, quote=quote(text, prev0, c1),
                   footnote_text=block.text if block.kind == "footnote" else "",
                   expression=f"{y1} − {y0} = {y1 - y0} ({y0}…{y1}: {y1 - y0 + 1})", figures=[d.id] + used,
                   variant="after_years", note="years_inclusive" if d.value == diff + 1 else "")
    return soften(rel, "inferred_years_before")


def _years_rel(d: Figure, computed: Decimal, expr: str, figs: list[str], q: str, variant: str, args: dict, base: dict) -> Relation:
    n = d.value
    return Relation(id=f"year_arithmetic:{d.id}", checkable=True, stated=n, computed=computed, stated_lo=n - 1,
                    stated_hi=n + 1, computed_lo=computed, computed_hi=computed, alt_lo=n, alt_hi=n, quote=q,
                    expression=expr, figures=[d.id] + figs, variant=variant, note_args=args,
                    note="years_round_number" if computed != n else "", **base)


def _yearly(c: Citation) -> bool:
    """An administrative document number (``123/QĐ-UBND``): numbered afresh every year."""
    t = re.sub(r"\s+", "", c.figure.text)
    return not _STATE_CODE.match(t) and not _PARTY_CODE.match(t)


def _ordinal(date: tuple[int, int, int]) -> Decimal:
    return Decimal(date[0] * 10000 + date[1] * 100 + date[2])


@register("citation")
def find_citations(doc: Document, figures: list[Figure]) -> list[Relation]:
    index = Index(doc, figures)
    by_key: dict[str, list[Citation]] = {}
    for c in citations(doc, index):
        by_key.setdefault(c.key, []).append(c)
    out: list[Relation] = []
    for key, cs in sorted(by_key.items()):
        dated = [c for c in cs if c.date]
        if len(dated) < 2:
            continue
        first = dated[0]
        yearly = _yearly(first)
        for other in dated[1:]:
            # state documents numbered number/TYPE-ISSUER restart their numbers every year: "123/QĐ-UBND ngày 5/3/2023"
            # and "123/QĐ-UBND ngày 10/1/2024" are two documents; party documents restart with every term
            if yearly:
                same_term = first.date[0] == other.date[0]
            else:
                same_term = _term(first.date, first.issuer) == _term(other.date, other.issuer)
            blk = index.blocks[other.block]
            text = blk.text
            c0, c1 = clause_of(text, other.figure.start)
            d1 = "/".join(str(x) for x in reversed(first.date))
            d2 = "/".join(str(x) for x in reversed(other.date))
            out.append(Relation(
                id=f"citation:{key}:{other.figure.id}", check="citation", checkable=True, stated=_ordinal(first.date),
                computed=_ordinal(other.date), stated_lo=None, stated_hi=None, computed_lo=_ordinal(other.date),
                computed_hi=_ordinal(other.date), alt_lo=_ordinal(first.date) if same_term else None,
                alt_hi=_ordinal(first.date) if same_term else None, line=other.line, footnote=blk.footnote,
                block=blk.id, quote=quote(text, c0, c1), footnote_text=text if blk.kind == "footnote" else "",
                expression=f"{first.figure.text}: {d1} {'=' if d1 == d2 else '≠'} {d2}",
                figures=[first.figure.id, other.figure.id] + [x.date_fig.id for x in (first, other) if x.date_fig],
                note=("citation_different_years" if yearly else "citation_different_terms") if not same_term else "citation_dates",
                note_args={"document": first.figure.text, "first": d1, "second": d2, "first_line": first.line},
                variant="same_term" if same_term else "different_terms"))
    return out
