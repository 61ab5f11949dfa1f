"""Family ``table``: the arithmetic a statistical table states by its layout (tables read by
:mod:`figaudit.readers.flat_tables`, one block per row).

* **A row and its complementary sub-rows** — a row followed by rows whose labels split it by a known pair
  (``Công lập`` / ``Ngoài công lập``, ``Nam`` / ``Nữ``, ``Thành thị`` / ``Nông thôn``, ``Trung ương`` /
  ``Địa phương``): in every column the row equals the sum of its sub-rows (``-`` is none, 0).  The pair makes the
  split certain: a mismatch fails.
* **A growth index** — a section headed ``Chỉ số phát triển (Năm trước = 100)`` (or ``Previous year = 100``) repeats
  the rows of the table's values; each of its cells is 100 × this column's value / the previous column's value of
  the same row (the first column's previous year is not in the table: nothing is said of it).

A table is read only as far as its layout is certain; nothing is summed because it sits below a figure.
"""

from __future__ import annotations

import re
from decimal import Decimal

from figaudit.figures import Figure
from figaudit.model import Block, Document
from figaudit.numbers import HUNDRED, fmt_vi
from figaudit.readers.flat_tables import SEP, cells
from figaudit.relations import Relation, exact_or_interval, register, soften
from figaudit.relations.common import sum_interval
from figaudit.relations.partition import row_half, row_pair

CHECK = "table"
_INDEX = re.compile(r"chỉ số phát triển|năm trước\s*=\s*100|previous year\s*=\s*100", re.I)
_NONE = re.compile(r"^\s*[-–—]\s*$")


class _Row:
    def __init__(self, block: Block, figs: list[Figure]):
        self.block = block
        spans = cells(block.text)
        self.label = block.text[spans[0][0]:spans[0][1]].strip()
        self.values: list[Figure | None | str] = []  # a figure, "none" (a dash), or None (unreadable)
        for s, e in spans[1:]:
            inside = [f for f in figs if s <= f.start < e and f.value is not None]
            if _NONE.match(block.text[s:e]):
                self.values.append("none")
            elif len(inside) == 1:
                self.values.append(inside[0])
            else:
                self.values.append(None)

    @property
    def section(self) -> bool:
        return not self.values


def _tables(doc: Document, figures: list[Figure]) -> list[tuple[list[str], list[_Row], str]]:
    by_block: dict[str, list[Figure]] = {}
    for f in figures:
        by_block.setdefault(f.block, []).append(f)
    groups: dict[int, list[Block]] = {}
    for b in doc.blocks:
        if b.kind == "table" and b.table is not None:
            groups.setdefault(b.table, []).append(b)
    out = []
    for _, blocks in sorted(groups.items()):
        rows = [_Row(b, by_block.get(b.id, [])) for b in blocks]
        width = max((len(r.values) for r in rows), default=0)
        columns = [f"{k + 1}" for k in range(width)]
        head = blocks[0]
        corner = ""
        if rows and len(rows[0].values) == width and all(not isinstance(v, Figure) or v.kind in ("period", "year")
                                                        for v in rows[0].values):
            spans = cells(head.text)[1:]
            columns = [" ".join(head.text[s:e].split()) for s, e in spans]
            corner = rows[0].label
            rows = rows[1:]
        out.append((columns, rows, corner))
    return out


def _val(v) -> Decimal | None:
    if v == "none":
        return Decimal(0)
    if isinstance(v, Figure):
        return v.value
    return None


def _interval(v) -> tuple[Decimal, Decimal]:
    if v == "none":
        return Decimal(0), Decimal(0)
    lo, hi, _, _ = exact_or_interval(v)
    return (lo if lo is not None else v.value), (hi if hi is not None else v.value)


def _quote(columns: list[str], col: int, rows: list[_Row]) -> str:
    return f"[{columns[col]}] " + "; ".join(f"{r.label}: {r.block.text.split(SEP)[col + 1].strip()}" for r in rows)


#: sections (or a corner) whose figures do not add up: indexes, percentages, structures, averages
_NOT_ADDITIVE = re.compile(r"chỉ số|%|cơ cấu|tỷ lệ|tỉ lệ|bình quân|index|rate|structure|average", re.I)


def _cell_sum(total, parts: list, labels: list[str], variant: str, block_id: str, quote: str) -> Relation | None:
    """A table cell against the sum of other cells (``-`` is none); None when a cell is unreadable or all are none."""
    if not isinstance(total, Figure) or any(_val(p) is None for p in parts) or all(p == "none" for p in parts):
        return None
    figs = [p for p in parts if isinstance(p, Figure)]
    computed = sum((_val(p) for p in parts), Decimal(0))
    lo, hi, lo_open, hi_open = sum_interval(figs) if figs else (Decimal(0), Decimal(0), False, False)
    slo, shi, s_lo_open, s_hi_open = exact_or_interval(total)
    return Relation(
        id=f"{CHECK}:{total.id}:{variant}", check=CHECK, checkable=True, stated=total.value, computed=computed,
        stated_lo=slo, stated_hi=shi, computed_lo=lo, computed_hi=hi, strict_lo=s_lo_open or hi_open,
        strict_hi=s_hi_open or lo_open, unit=total.unit, line=total.line, block=block_id, quote=quote, variant=variant,
        expression=" + ".join(p.text if isinstance(p, Figure) else "0 (–)" for p in parts) + f" = {fmt_vi(computed)}",
        figures=[total.id] + [p.id for p in figs], parts=[(lab, _val(p)) for lab, p in zip(labels, parts)])


def _rates(total, parts: list) -> bool:
    """A column of rates, not of quantities: every cell at most 100 and the cells together far above the total
    (``Toàn tỉnh 40,0; tỉnh 43,4; trung ương 37,0; …``, a column whose head was lost)."""
    figs = [v for v in [total] + parts if isinstance(v, Figure)]
    if not figs or any(f.value > 100 for f in figs) or not isinstance(total, Figure):
        return False
    return sum((f.value for f in figs[1:]), Decimal(0)) > total.value * Decimal("1.5")


def _sum_rows(columns: list[str], row: _Row, subs: list[_Row], variant: str, soft: bool) -> list[Relation]:
    """One relation per column: the row against the sum of its sub-rows (an unreadable cell skips the column, and so
    does a column of rates)."""
    out = []
    for col, total in enumerate(row.values):
        parts = [r.values[col] if col < len(r.values) else None for r in subs]
        if _NOT_ADDITIVE.search(columns[col]) or _rates(total, parts):
            continue
        rel = _cell_sum(total, parts, [r.label for r in subs], variant, row.block.id, _quote(columns, col, [row] + subs))
        if rel is not None:
            out.append(soften(rel, "inferred_table_group") if soft else rel)
    return out


#: a section of shares: "Cơ cấu - Structure (%)"; its total row is 100 and its groups add up to 100
_STRUCTURE = re.compile(r"\bcơ cấu\b|\bstructure\b", re.I)
#: a row that totals the table: "Tổng số", "TỔNG SỐ - TOTAL", "Toàn tỉnh", "Cả nước"
_TOTAL_ROW = re.compile(r"^\s*(?:(?:tổng số|tổng cộng|toàn tỉnh|toàn thành phố|toàn quốc|cả nước|total)\b"
                        r"|(?:tổng|cộng)\s*(?:[-:–]|$))", re.I)  # ("Tổng", "Cộng" alone; never "Cộng đồng …")
#: a section that splits the total by one criterion: "Phân theo giới tính - By sex"
_BY = re.compile(r"^\s*(?:phân theo|chia theo|theo|by)\b", re.I)
#: a row that is a subset, not an addend: "Trong đó: …", "- Trong đó", "Tr.đó"
_SUBSET_ROW = re.compile(r"^\s*[-–+*]?\s*(?:trong đó|tr\.\s*đó|trđ|of which)\b", re.I)


def _partitions(columns: list[str], rows: list[_Row], corner: str) -> list[Relation]:
    """Complementary sub-rows right under a row (certain: a mismatch fails); and the groups a total row is split
    into by ``Phân theo …`` sections (read from the layout: a mismatch warns)."""
    out = []
    additive = not _NOT_ADDITIVE.search(corner)
    width = max((len(r.values) for r in rows), default=0)
    structure = False
    for i, row in enumerate(rows):
        if row.section:
            if not _BY.match(row.label):
                structure = bool(_STRUCTURE.search(row.label)) or (structure and not _NOT_ADDITIVE.search(row.label))
            additive = additive and not _NOT_ADDITIVE.search(row.label)
            continue
        hundred = structure and _TOTAL_ROW.match(row.label) and all(isinstance(v, Figure) and v.value == 100
                                                                    for v in row.values)
        if (not additive and not hundred) or len(row.values) != width:
            continue
        if i + 2 < len(rows):
            a, b = rows[i + 1], rows[i + 2]
            if not a.section and not b.section and row_pair(a.label, b.label):
                out += _sum_rows(columns, row, [a, b], "rows", soft=False)
                continue
        if not _TOTAL_ROW.match(row.label):
            continue
        if i + 1 < len(rows) and not rows[i + 1].section:
            out += _flat_group(columns, row, rows[i + 1:], width, f"below{i}")  # "Tổng số" over the units below it
        if i > 0 and not rows[i - 1].section and (i + 1 == len(rows) or rows[i + 1].section):
            above = []
            for r in reversed(rows[:i]):
                if r.section:
                    break
                above.insert(0, r)
            out += _flat_group(columns, row, above, width, f"above{i}")  # "Tổng cộng" under the units it totals
        # the groups of a total row: each "Phân theo …" section's rows, up to the next section or total row
        j = i + 1
        while j < len(rows) and len(out) < 10_000:
            if not rows[j].section or not _BY.match(rows[j].label):
                break
            group, k = [], j + 1
            while k < len(rows) and not rows[k].section and not _TOTAL_ROW.match(rows[k].label):
                group.append(rows[k])
                k += 1
            addends = [r for r in group if not _SUBSET_ROW.match(r.label) and len(r.values) == width]
            pair = len(addends) == 2 and row_pair(addends[0].label, addends[1].label)
            if len(addends) >= 2 and len(addends) == len(group):
                out += _sum_rows(columns, row, addends, f"group{j}", soft=not pair)
            j = k
    return out


def _flat_group(columns: list[str], total: _Row, rows: list[_Row], width: int, variant: str) -> list[Relation]:
    """A total row over a flat list of unit rows (up to a section or another total row): their sum, read from the
    layout (a mismatch warns).  A list with a hierarchy (sub-rows of a pair, ``Trong đó`` rows) is not summed."""
    group = []
    for r in rows:
        if r.section or _TOTAL_ROW.match(r.label):
            break
        group.append(r)
    if len(group) < 2 or any(len(r.values) != width or _SUBSET_ROW.match(r.label) for r in group) or \
            any(row_half(r.label) for r in group):
        return []
    return _sum_rows(columns, total, group, variant, soft=True)


#: a column that totals the row: "Tổng số", "Tổng cộng", "Total"
_TOTAL_COLUMN = re.compile(r"^\s*(?:tổng(?:\s+(?:số|cộng))?|total|chung)\b", re.I)


def _column_pairs(columns: list[str], rows: list[_Row], corner: str) -> list[Relation]:
    """Columns ``Tổng số | Nam | Nữ`` (or ``Công lập | Ngoài công lập`` …): in every row of an additive section the
    total cell is the sum of the pair's cells (the pair makes it certain: a mismatch fails)."""
    out = []
    for t in range(len(columns) - 2):
        if not _TOTAL_COLUMN.match(columns[t]) or \
                not row_pair(columns[t + 1], columns[t + 2]):
            continue
        additive = not _NOT_ADDITIVE.search(corner)
        for row in rows:
            if row.section:
                additive = additive and not _NOT_ADDITIVE.search(row.label)
                continue
            if not additive or len(row.values) <= t + 2:
                continue
            quote = f"{row.label}: " + "; ".join(f"{columns[c]} {row.block.text.split(SEP)[c + 1].strip()}"
                                                 for c in (t, t + 1, t + 2))
            rel = _cell_sum(row.values[t], [row.values[t + 1], row.values[t + 2]], columns[t + 1:t + 3], "columns",
                            row.block.id, quote)
            if rel is not None:
                out.append(rel)
    return out


def _indexes(columns: list[str], rows: list[_Row]) -> list[Relation]:
    """Growth-index sections: their rows repeat the value rows, in the same order and with the same labels."""
    out = []
    starts = [i for i, r in enumerate(rows) if r.section and _INDEX.search(r.label)]
    for s in starts:
        idx_rows = []
        for r in rows[s + 1:]:
            if r.section:
                break
            idx_rows.append(r)
        values = [r for r in rows[:s] if not r.section]
        if not idx_rows or len(values) < len(idx_rows):
            continue
        base = values[:len(idx_rows)] if [r.label for r in values[:len(idx_rows)]] == [r.label for r in idx_rows] else None
        if base is None:
            continue
        for vr, ir in zip(base, idx_rows):
            for col in range(1, min(len(vr.values), len(ir.values))):
                stated, cur, prev = ir.values[col], vr.values[col], vr.values[col - 1]
                if not (isinstance(stated, Figure) and isinstance(cur, Figure) and isinstance(prev, Figure)) or not prev.value:
                    continue
                computed = HUNDRED * cur.value / prev.value
                clo, chi = _interval(cur)
                plo, phi = _interval(prev)
                slo, shi, s_lo_open, s_hi_open = exact_or_interval(stated)
                if slo is None:  # an index written with no decimals is still rounded to its last digit
                    slo, shi, s_hi_open = stated.value - Decimal("0.5"), stated.value + Decimal("0.5"), True
                out.append(Relation(
                    id=f"{CHECK}:{stated.id}:index", check=CHECK, checkable=True, stated=stated.value,
                    computed=computed.quantize(Decimal("0.0001")), stated_lo=slo, stated_hi=shi,
                    computed_lo=HUNDRED * clo / phi if phi else None, computed_hi=HUNDRED * chi / plo if plo else None,
                    strict_hi=s_hi_open, unit="%", line=stated.line, block=ir.block.id, variant="index",
                    quote=f"[{columns[col - 1]} → {columns[col]}] {ir.label}: {stated.text}; "
                          f"{vr.label}: {prev.text} → {cur.text}",
                    expression=f"100 × {cur.text} / {prev.text} = {fmt_vi(computed.quantize(Decimal('0.01')))}",
                    figures=[stated.id, cur.id, prev.id]))
    return out


_YEAR_HEAD = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
#: a column of changes against another column: "Tăng/giảm (%)", "Tăng (+), giảm (-)", "Chênh lệch", "So sánh (%)"
_CHANGE_HEAD = re.compile(r"tăng|giảm|chênh lệch|so sánh|so với|\+\s*/\s*-|±", re.I)
_RELATIVE = re.compile(r"tăng|giảm|chênh lệch", re.I)
_RATE_ROW = re.compile(r"\(\s*%\s*\)|\btỷ lệ\b|\btỉ lệ\b|\bchỉ số\b|\brate\b", re.I)


def _signed(f: Figure, text: str) -> tuple[Decimal, bool]:
    """A change cell's value with its sign (``-13,5``, ``+9,5``), and whether a sign was written."""
    neg = bool(f.extra.get("negative")) or text.lstrip().startswith(("-", "−", "–"))
    signed = neg or text.lstrip().startswith("+")
    return (-f.value if neg else f.value), signed


def _change_columns(columns: list[str], rows: list[_Row]) -> list[Relation]:
    """``Chỉ tiêu | Năm 2024 | Năm 2023 | Tăng/giảm (%)``: a column of changes between the two year columns, cell by
    cell — relative (``%`` in its head) or absolute; for a row of rates (``Tỷ lệ … (%)``) the change is in points.
    ``So sánh (%)`` may be the index (2024 / 2023 × 100) or the relative change: either reading that fits passes,
    and a cell neither fits is a warning.  The head says what the column holds: a mismatch of a ``Tăng/giảm`` column
    fails."""
    out = []
    years = {k: int(m.group(1)) for k, h in enumerate(columns) if (m := _YEAR_HEAD.search(h)) and not _CHANGE_HEAD.search(h)}
    if len(years) != 2:
        return out
    (k1, y1), (k2, y2) = sorted(years.items(), key=lambda kv: kv[1])
    if y1 == y2:
        return out
    cur_k, prior_k = k2, k1
    for ck, head in enumerate(columns):
        if ck in years or not _CHANGE_HEAD.search(head):
            continue
        pct_head = "%" in head
        relative_words = bool(_RELATIVE.search(head))
        for r in rows:
            if r.section or max(ck, cur_k, prior_k) >= len(r.values):
                continue
            st, cur, prior = r.values[ck], r.values[cur_k], r.values[prior_k]
            if not all(isinstance(v, Figure) for v in (st, cur, prior)) or not prior.value:
                continue
            spans = cells(r.block.text)
            cell_text = r.block.text[spans[ck + 1][0]:spans[ck + 1][1]]
            stated, signed = _signed(st, cell_text)
            rate_row = bool(_RATE_ROW.search(r.label)) or cur.kind == "percent"
            readings = []  # (name, computed, lo, hi)
            clo, chi = _interval(cur)
            plo, phi = _interval(prior)
            if rate_row or not pct_head:
                readings.append(("difference", cur.value - prior.value, clo - phi, chi - plo))
            if pct_head and not rate_row:
                if relative_words:
                    readings.append(("relative", HUNDRED * (cur.value - prior.value) / prior.value,
                                     HUNDRED * (clo - phi) / phi if phi else None, HUNDRED * (chi - plo) / plo if plo else None))
                if not relative_words or "so sánh" in head.lower():
                    readings.append(("index", HUNDRED * cur.value / prior.value,
                                     HUNDRED * clo / phi if phi else None, HUNDRED * chi / plo if plo else None))
            h = st.half_digit if (pct_head or st.decimals) else Decimal(0)
            chosen = None
            for name, comp, lo, hi in readings:
                c_lo, c_hi = (lo, hi) if signed or name == "index" else (abs(lo) if lo is not None else None,
                                                                       abs(hi) if hi is not None else None)
                if c_lo is not None and c_hi is not None and c_lo > c_hi:
                    c_lo, c_hi = c_hi, c_lo
                target = stated if (signed or name == "index") else abs(stated)
                lo_t, hi_t = (target - 2 * h, target + h) if target < 0 else (target - h, target + 2 * h)
                ok = c_lo is not None and c_hi is not None and c_lo <= hi_t and c_hi >= lo_t
                if chosen is None or ok:
                    chosen = (name, comp if (signed or name == "index") else abs(comp), c_lo, c_hi, target)
                if ok:
                    break
            if chosen is None:
                continue
            name, comp, c_lo, c_hi, target = chosen
            expr = {"difference": f"{cur.text} − {prior.text}", "relative": f"100 × ({cur.text} − {prior.text}) / {prior.text}",
                    "index": f"100 × {cur.text} / {prior.text}"}[name]
            rel = Relation(
                id=f"{CHECK}:{st.id}:change", check=CHECK, checkable=True, stated=target,
                computed=comp.quantize(Decimal("0.0001")),
                stated_lo=target - (2 * h if target < 0 else h), stated_hi=target + (h if target < 0 else 2 * h),
                strict_lo=bool(h) and target < 0, strict_hi=bool(h) and target >= 0, computed_lo=c_lo, computed_hi=c_hi, unit="%" if pct_head and not rate_row else cur.unit,
                line=st.line, block=r.block.id, variant=f"change_{name}",
                quote=f"[{columns[prior_k]} → {columns[cur_k]}; {head}] {r.label}: {prior.text} → {cur.text}: {cell_text.strip()}",
                expression=f"{expr} = {fmt_vi(comp.quantize(Decimal('0.01')))}", figures=[st.id, cur.id, prior.id])
            if len(readings) > 1 and "so sánh" in head.lower():
                soften(rel, "inferred_table_comparison")
            out.append(rel)
    return out


#: a column of rates or shares: "Tỷ lệ (%)", "Tỷ lệ tốt nghiệp (%)", "Cơ cấu (%)", "%"
_RATE_HEAD = re.compile(r"tỷ lệ|tỉ lệ|tỷ trọng|cơ cấu|^\s*%\s*$|\(\s*%\s*\)|\brate\b|\bshare\b", re.I)


def _fits(stated: Figure, lo: Decimal, hi: Decimal) -> bool:
    """The stated rate rounds (or truncates) a value in [lo, hi]."""
    h = stated.half_digit
    return lo <= stated.value + 2 * h and hi >= stated.value - h


def _ratio_columns(columns: list[str], rows: list[_Row]) -> list[Relation]:
    """``Đơn vị | Số thí sinh xét | Số tốt nghiệp | Tỷ lệ (%)``: a rate column whose cells are, row by row, one
    value column over another (× 100), or each row's share of the total row (``Cơ cấu (%)``).  The head does not say
    which columns: the reading is the one the rows themselves bear out — one reading (never two) that fits at least
    three rows and three in five — and the rows it does not fit are then inconsistent with their table (a fail;
    a warning when more than one row in four misses).  A column no reading fits is not read at all."""
    out: list[Relation] = []
    body = [r for r in rows if not r.section]
    total_row = next((r for r in body if _TOTAL_ROW.match(r.label)), None)
    for ck, head in enumerate(columns):
        if not _RATE_HEAD.search(head) or _CHANGE_HEAD.search(head) or _YEAR_HEAD.search(head):
            continue
        others = [k for k, h in enumerate(columns) if k != ck and not _RATE_HEAD.search(h) and not _CHANGE_HEAD.search(h)]
        readings = [("ratio", i, j) for i in others for j in others if i != j][:30]
        if total_row is not None:
            readings += [("share", i, i) for i in others]
        scored = []
        for reading in readings:
            name, i, j = reading
            fit, seen, items = 0, 0, []
            for r in body:
                if max(ck, i, j) >= len(r.values):
                    continue
                st = r.values[ck]
                num = r.values[j]
                den = r.values[i] if name == "ratio" else (total_row.values[i] if i < len(total_row.values) else None)
                if not all(isinstance(v, Figure) for v in (st, num, den)) or not den.value:
                    continue
                nlo, nhi = _interval(num)
                dlo, dhi = _interval(den)
                if dlo <= 0:
                    continue
                seen += 1
                lo, hi = HUNDRED * nlo / dhi, HUNDRED * nhi / dlo
                ok = _fits(st, lo, hi)
                fit += ok
                items.append((r, st, num, den, lo, hi, ok))
            scored.append((fit, seen, reading, items))
        if not scored:
            continue
        best = max(s[0] for s in scored)
        top = [s for s in scored if s[0] == best]
        if len(top) != 1:
            continue
        fit, seen, (name, i, j), items = top[0]
        if fit < 3 or fit * 5 < seen * 3:
            continue
        soft = (seen - fit) * 4 > seen
        for r, st, num, den, lo, hi, ok in items:
            if name == "share" and r is total_row:
                continue
            computed = HUNDRED * num.value / den.value
            h = st.half_digit
            what = f"{columns[j]} / {columns[i]}" if name == "ratio" else f"{columns[i]} / {total_row.label}"
            rel = Relation(
                id=f"{CHECK}:{st.id}:{name}", check=CHECK, checkable=True, stated=st.value,
                computed=computed.quantize(Decimal("0.0001")), stated_lo=st.value - h, stated_hi=st.value + 2 * h,
                strict_hi=True, computed_lo=lo, computed_hi=hi, unit="%", line=st.line, block=r.block.id,
                variant=f"rate_{name}",
                quote=f"[{head} = {what}] {r.label}: {num.text} / {den.text}: {st.text}",
                expression=f"100 × {num.text} / {den.text} = {fmt_vi(computed.quantize(Decimal('0.01')))}",
                figures=[st.id, num.id, den.id])
            if soft:
                soften(rel, "inferred_table_rate")
            out.append(rel)
    return out


@register(CHECK)
def find(doc: Document, figures: list[Figure]) -> list[Relation]:
    out: list[Relation] = []
    for columns, rows, corner in _tables(doc, figures):
        out += _partitions(columns, rows, corner)
        out += _column_pairs(columns, rows, corner)
        out += _indexes(columns, rows)
        out += _change_columns(columns, rows)
        out += _ratio_columns(columns, rows)
    return out
