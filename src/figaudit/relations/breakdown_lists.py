"""Sentence- and list-level shapes of the ``text_breakdown`` family, each with an example in its docstring: frames
whose parts add up, colon and bullet lists, ``Tổng cộng`` / ``Tính chung`` sentences, trailing totals, ``Cụ thể``
and ``Qua phân loại`` breakdowns, remainders (``còn lại``, ``chưa …``) and twin counts after a slash.

Each finder takes the document, the figure index and the relations found so far (so a figure already used as a
total or a part is not used twice), and is registered in order in ``text_breakdown.LATER_SHAPES``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from figaudit import grammar as g
from figaudit.figures import Figure
from figaudit.numbers import fmt_vi
from figaudit.model import Document
from figaudit.relations import Relation, hedge_band_hi, soften
from figaudit.relations.common import (
    TOTAL_KINDS, Index, clause_of, fits, from_previous_sentence, holds, next_sentence, parse_parts, previous_sentence, quote,
    per_unit, place_kin, same_kind, same_unit, sentence_of, sentences, sentences_opening, sum_interval, unit_head, writer_span,
)
from figaudit.relations.frames import MAX_PARTS, SUBSET_CUE, casualty, frames, period_of, words_period
from figaudit.relations.partition import (closes_with_others, complementary_pair, complementary_pairs, direction,
                                          school_levels)
from figaudit.relations.breakdowns import CHECK, OPEN_WORDS, breakdown, exact_enough, headline, within_whole, words_before

#: a sentence that disposes of what the one before counted: "Đã khởi tố …", "Qua đó khởi tố …" ("Trong đó đã xử lý
#: …" is not one)
_DISPOSITION = re.compile(r"(?:Qua đó\s*,?\s*(?:đã\s+)?|(?:Đã|đã)\s+)(?:khởi tố|xử lý|giải quyết|điều tra)\b")


def frame_sums(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """A ``trong đó`` / ``Trong số N …`` frame whose parts add up to its whole is a breakdown too (a pass); when
    the parts exhaust the whole by their labels (all three levels, a complementary pair, the nouns of a compound
    unit), a sum that differs is a discrepancy.  Overlapping subgroups are never summed otherwise."""
    done = {r.figures[0] for r in found}
    out = []
    for fr in _by_pairs(frames(doc, index)):
        if fr.kind in ("funnel", "open_list") or (fr.whole.id + fr.of) in done and not (
                fr.kind == "header_named" and fr.partition):  # (a named header's pair: another dimension of it)
            continue
        if fr.partition == "others" and any(index.paren(p) for p in fr.parts):
            fr = replace(fr, partition="")  # (a nested list's "các thị trường khác" closes that list, not this one)
        parts = [p for p in fr.parts if p.kind in TOTAL_KINDS and (same_kind(p.unit, fr.whole.unit) or not p.unit
                                                                 or fr.kind == "trong_do_paragraph" or fr.visits
                                                                 or fr.partition in ("pair", "compound")
                                                                 or fr.kind == "header" and place_kin(fr.whole.unit, p.unit))]
        if fr.whole.kind == "amount" and any(p.kind != "amount" and not p.unit for p in parts):
            continue  # "97 triệu USD; trong đó … 60,6 triệu USD, còn lại 34,5 là …": a bare number beside money is no
            # sum of it (the writer's unit is unsaid)
        if len(parts) > 2 and not fr.partition and fr.labels and fr.kind != "trong_do_paragraph":
            # a longer list holding one complementary pair ("… nữ 1.840; … Tái cử 3.364 người; Tham gia mới 2.818
            # người"): the pair exhausts the whole
            ids = {p.id for p in parts}
            mine = [(p, lab) for p, lab in zip(fr.parts, fr.labels) if p.id in ids]
            pair = complementary_pair([lab for _, lab in mine])
            ptext = index.blocks[parts[0].block].text
            if pair is not None and all(a.block == b.block and not re.search(r"[;.]\s|\n", ptext[a.end:b.start])
                                        for a, b in zip(parts, parts[1:])):
                pair = None  # "194 người do Trung ương giới thiệu, 301 người do địa phương giới thiệu và 4 người tự ứng
                # cử": one run of one dimension, the pair is two of its three items
            heads = {lab.split()[0] if lab.split() else "" for _, lab in mine}
            if pair is not None and len(heads) == 1 and "" not in heads:
                pair = None  # "nguồn vốn Trung ương …; nguồn vốn địa phương …; nguồn vốn huy động …": every item named
                # by one head noun is one dimension, the pair two of its items
            if pair is not None and fits(fr.whole, *sum_interval(parts)[:2]):
                pair = None  # "34 vụ (… vụ án cũ 15 vụ; … vụ án mới 08 vụ; phục hồi điều tra 06 vụ; …)" adding up to the
                # whole: the pair is two of the list's items, not another dimension
            if pair is not None:
                parts = [mine[pair[0]][0], mine[pair[1]][0]]
                fr = replace(fr, parts=parts, partition="pair_in_list")
        if fr.partition and parts and _SHARE_ONLY_ITEM.search(
                index.blocks[parts[-1].block].text, parts[-1].end,
                sentence_of(index.blocks[parts[-1].block].text, parts[-1].start)[1]):
            fr = replace(fr, partition="")  # "… có điều kiện 13.409 việc (71,25%), chưa có điều kiện 5.255 việc
            # (27,92%), số hoãn và tạm đình chỉ chiếm 0,83%": a third group, given only by its share
        lo, hi, _, _ = sum_interval(parts) if len(parts) >= 2 else (None, None, False, False)
        by_sum = False
        if fr.kind == "trong_do" and parts and not fr.partition and not (len(parts) >= 2 and fits(fr.whole, lo, hi)):
            more = _continued(index, fr.whole, parts, done)
            if more is not None:
                parts, closed = more
                if closed:  # the list's last items are all the others: it is all of the whole
                    fr = replace(fr, partition="others")
                else:
                    by_sum = True
                lo, hi, _, _ = sum_interval(parts)
        if len(parts) < 2 or not (fits(fr.whole, lo, hi) or fr.partition):
            if fr.kind == "header":  # the other dimensions follow in the sentence, past the first clause
                text = index.blocks[fr.whole.block].text  # (a header frame quotes its own block)
                parts = [f for f in index.within(fr.whole.block, fr.whole.end, sentence_of(text, fr.whole.start)[1])
                         if index.is_stock(f) and same_kind(f.unit, fr.whole.unit)]
            places = parts if fr.kind == "trong_do" and len(parts) >= 2 and not fr.partition else []
            run = _exact_run(fr.whole, parts)
            if run is not None and len(run) < len(parts) and _one_closed_list(index, parts):
                run = None  # "Trong đó, A có 43 trường, B có 109 trường, C có 38 trường và D có 9 trường" (of 190): one
                # list "…, … và …"; three of its items adding up to the whole is a coincidence, not a dimension
            parts = run
            if parts is None:
                labels = _stretches(index, places, fr.span) if places else None
                kind = "" if labels is None else "places" if _named_places(labels) else "levels" if school_levels(labels) else ""
                if kind:
                    # "334 nhà bị hư hỏng. Trong đó, tỉnh A 142 nhà, tỉnh B 97 nhà, …": places (or levels of schooling)
                    # do not overlap, so together they stay within the whole (read by their names: an excess warns)
                    block = index.blocks[fr.quote_block]
                    rel = within_whole(fr.whole, places, f"trong_do_{kind}_sum", block, quote(block.text, *fr.span))
                    out.append(soften(rel, f"inferred_{kind}_sum"))
                continue
            by_sum = True
        block = index.blocks[fr.quote_block]
        rel = breakdown(fr.whole, [("", p) for p in parts], f"{fr.kind}_sum" + (f"_{fr.of}" if fr.of else ""), block,
                        quote(block.text, *fr.span), listed=True)
        if rel and fr.kind == "trong_do" and not fits(fr.whole, rel.computed_lo, rel.computed_hi) \
                and _numberless_first_item(index, parts[0]):
            continue  # "191 cuộc kiểm toán trong đó Báo cáo quyết toán ngân sách năm 2013 … và 2 cuộc …, còn lại 188
            # cuộc": the first item is one named without a figure, so the figures are not all of the whole
        if rel and any("/" in p.text for p in parts) and not fits(fr.whole, rel.computed_lo, rel.computed_hi):
            continue  # "trong đó năm trước chuyển sang 3/866 việc, thụ lý mới 9.043 việc" (of 12.909): a ratio read as
            # its numerator is no certain part when the sum misses — "3/866" may be 3.866 mistyped
        if rel:
            ids = {p.id for p in parts}
            odd = [p for p in index.within(parts[0].block, parts[0].start, parts[-1].end)
                   if p.kind in TOTAL_KINDS and p.id not in ids and p.unit and not same_kind(p.unit, fr.whole.unit)
                   and p.kind != fr.whole.kind and fr.whole.kind == "amount"] if parts[0].block == parts[-1].block else []
            if fr.visits and not fits(fr.whole, rel.computed_lo, rel.computed_hi):
                soften(rel, "inferred_visits")  # items counted against occurrences of them: one item may recur
            elif by_sum:
                rel.note = rel.note or "parts_by_sum"
            elif odd and not fits(fr.whole, rel.computed_lo, rel.computed_hi):
                soften(rel, "inferred_odd_unit")  # a part in a unit we could not read (a typo) may be the difference
            elif fr.partition == "negation":
                soften(rel, "inferred_negation_pair")  # "đỗ" / "không đỗ": absentees may be neither
            elif fr.partition == "pair_in_list" and not fits(fr.whole, rel.computed_lo, rel.computed_hi):
                if abs(rel.computed - fr.whole.value) > fr.whole.value / 10:
                    continue  # "người tham gia BHXH, BHYT 1.114.100 người. Trong đó: BHXH bắt buộc 87.866 …; BHXH tự
                    # nguyện 6.500 …; BHYT 1.107.600": a pair far from the whole splits one of its groups, not all of it
                soften(rel, "inferred_pair_in_list")  # the other items of the list may be of the pair's dimension too
            elif fr.partition == "petition_types":
                soften(rel, "inferred_petition_types")  # a report may count a letter of two kinds once
            elif fr.partition == "others" and not fits(fr.whole, rel.computed_lo, rel.computed_hi):
                soften(rel, "inferred_others")  # "các thị trường khác": a group may be filed under two headings
            if fr.kind == "trong_do_paragraph":
                soften(rel, "inferred_previous_paragraph")
            elif fr.kind == "header_named":
                soften(rel, "inferred_named_header")  # the whole found by its name's words
            elif fr.kind == "pair_next":
                soften(rel, "inferred_pair_next")
            rel.note_args = {**rel.note_args, "partition": fr.partition} if fr.partition else rel.note_args
            done.add(fr.whole.id + fr.of)
            out.append(rel)
    return out


#: "trong đó <an item named without a figure> và <the first part>": the words between the cue and the first part
_NUMBERLESS_ITEM = re.compile(r"\btrong\s+(?:số\s+)?đó\b\s*,?\s*(?:có\s+)?(?P<item>[^\W\d_][^;:()]{6,160}?)\s*(?:,|\bvà)\s*$",
                              re.IGNORECASE)


def _numberless_first_item(index: Index, first: Figure) -> bool:
    """An item before the first part of a ``trong đó`` list that has no count of the list's kind: ``trong đó Báo cáo
    quyết toán năm 2013 … và 2 cuộc …`` (dates and years between are no count)."""
    text = index.blocks[first.block].text
    s0 = max(sentence_of(text, first.start)[0], first.start - 200)
    m = _NUMBERLESS_ITEM.search(text[s0:first.start])
    if m is None:
        return False
    a, b = s0 + m.start("item"), s0 + m.end("item")
    return not [f for f in index.within(first.block, a, b) if f.kind in TOTAL_KINDS]


#: one more item of a list given only by its share: ", số hoãn và tạm đình chỉ chiếm 0,83%"
_SHARE_ONLY_ITEM = re.compile(r"[,;]\s*(?:và\s+)?(?:số|còn lại|phần còn lại)\b[^,;.\d()]{0,60}\b(?:chiếm|là)\s+(?:khoảng\s+)?"
                              r"\d+(?:,\d+)?\s*%", re.IGNORECASE)


def slash_twins(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``đã giải quyết 1.198 vụ/2.162 bị can, trong đó truy tố 1.186 vụ/2.143 bị can, đình chỉ 9 vụ/15 bị can …``: a
    breakdown of the cases whose whole and every part carry a second count after a slash (the accused) breaks that
    count down the same way, with the same certainty."""
    out = []
    for r in list(found):
        if r.check != CHECK or len(r.figures) < 3:
            continue
        figs = [index.by_id.get(i) for i in r.figures]
        if any(f is None for f in figs):
            continue
        twins = [_slash_twin(index, f) for f in figs]
        beside = False
        if any(t is None for t in twins):
            twins, beside = [_comma_twin(index, f) for f in figs], True
        if any(t is None for t in twins) or not all(same_kind(t.unit, twins[0].unit) for t in twins) or \
                (not beside and len({unit_head(t.unit) for t in twins}) != 1) or \
                same_kind(twins[0].unit, figs[0].unit) or len({t.id for t in twins}) != len(twins):
            continue
        block = index.blocks[figs[0].block]
        rel = breakdown(twins[0], [("", t) for t in twins[1:]], r.variant + "_twin", block, r.quote, listed=True)
        if rel is None:
            continue
        if "inferred" in r.note_args:
            soften(rel, r.note_args["inferred"])
        elif beside:
            soften(rel, "inferred_twin_column")  # (one person may be counted under two cases: a mismatch warns)
        out.append(rel)
    return out


def summed_twins(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """The twins (:func:`slash_twins`) of the breakdowns found by their sum, which run after the first pass."""
    return slash_twins(doc, index, [r for r in found if r.variant == "adds_up"])


def _comma_twin(index: Index, f: Figure) -> Figure | None:
    """The count of people written right after a count of cases and a comma (``khởi tố 5 vụ, 7 bị can``, ``phát hiện
    23 vụ, 27 đối tượng``): the same item counted in its second unit."""
    text = index.blocks[f.block].text
    if not f.unit or not same_kind(f.unit, "vụ"):
        return None
    m = re.compile(rf"\s*{re.escape(f.unit)}\s*(?:,|\bvới\b)\s*", re.IGNORECASE).match(text, f.end)
    if m is None:
        return None
    at = m.end()
    nxt = index.within(f.block, at, at + 6, limit=1)
    if not nxt or nxt[0].start != at or nxt[0].kind not in TOTAL_KINDS or nxt[0].value is None \
            or not same_kind(nxt[0].unit, "người"):
        return None
    return nxt[0]


def _slash_twin(index: Index, f: Figure) -> Figure | None:
    """The count written right after a figure and a slash, in another unit (``9 vụ/15 bị can`` → 15 bị can)."""
    text = index.blocks[f.block].text
    m = re.match(r"[^\W\d_\s]*(?:\s+[^\W\d_\s]+){0,2}\s*/\s*", text[f.end:f.end + 30])
    if not m or not f.unit:
        return None
    nxt = index.within(f.block, f.end + m.end(), f.end + m.end() + 12, limit=1)
    return nxt[0] if nxt and nxt[0].kind in TOTAL_KINDS and nxt[0].value is not None and nxt[0].unit else None


def _continued(index: Index, whole: Figure, parts: list[Figure], done: set[str]) -> tuple[list[Figure], bool] | None:
    """``… là 1.025,6 tỷ đồng, trong đó nợ có khả năng thu 612,4 tỷ đồng, chiếm 57,9%; nợ khó thu 321,8 tỷ đồng; nợ
    đang xử lý 91,4 tỷ đồng``: a ``trong đó`` frame stops at its clause, but its list may run on in the ``;`` clauses
    of its sentence.  The figures of the whole's unit there (beside their own shares) join the parts only when all
    of them together add up to the whole exactly (a pass, found by its sum)."""
    text = index.blocks[whole.block].text if whole.block in index.blocks else ""
    last = parts[-1]
    if not text or last.block != whole.block:
        return None
    c1 = clause_of(text, last.start)[1]
    _, s1 = sentence_of(text, last.start)
    if c1 >= s1 or text[c1:c1 + 1] != ";":
        return None
    more = []
    for f in index.within(whole.block, c1, s1, limit=24):
        if f.kind == "percent" and index.role(f) in ("share", ""):
            continue
        if not index.is_stock(f) or index.paren(f) or not same_unit(f.unit, whole.unit) or f.id in done:
            return None  # another figure in the list: not only its parts
        more.append(f)
    run = parts + more
    if not more or len(run) > 12:
        return None
    lo, hi, _, _ = sum_interval(run)
    if fits(whole, lo, hi) and exact_enough(whole, run):
        return run, False
    # "…; nộp các khoản khác 268 tỷ đồng; xử lý tài chính khác 1.094 tỷ đồng.": a list closed by the others is all of
    # the whole, whether or not it adds up
    labels = [text[max(text.rfind(";", c1, f.start), text.rfind(",", c1, f.start)) + 1:f.start] for f in more]
    return (run, True) if len(run) >= 3 and closes_with_others(labels) else None


def _by_pairs(found):
    """Each frame, except that a ``trong đó`` list holding two or more complementary pairs (``thành thị …, nông thôn
    …; nam …, nữ …``) becomes one frame per pair: each pair is all of the whole, along its own dimension."""
    for fr in found:
        pairs = complementary_pairs(fr.labels) if (fr.kind == "trong_do" and not fr.partition and not fr.of
                                                   and len(fr.labels) == len(fr.parts) >= 4) else []
        if len(pairs) < 2:
            yield fr
            continue
        for k, (a, b) in enumerate(pairs):
            yield replace(fr, parts=[fr.parts[a], fr.parts[b]], labels=[fr.labels[a], fr.labels[b]], partition="pair",
                          of="" if k == 0 else f"pair{k + 1}")


#: a place's name right before its figure, after a list word: "…, Hà Giang 97", "các tỉnh: Sơn La 48",
#: "Điện Biên là địa phương … với 142"
_PLACE_AT = re.compile(r"(?:^|[,;:]\s*|\b(?:là|với|đến|đó là)\s+)(?:(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+)?"
                       rf"((?:[{g.VI_UPPER}][^\W\d_]*)(?:\s+[{g.VI_UPPER}][^\W\d_]*){{0,3}})\b")


def _stretches(index: Index, parts: list[Figure], span: tuple[int, int]) -> list[str] | None:
    """Each part's stretch of text (from the part before, the first from its ``trong đó``), when all parts are in one
    block and unit and no other figure stands in a stretch; else None."""
    if any(p.block != parts[0].block or not p.unit or not same_unit(p.unit, parts[0].unit) for p in parts):
        return None
    text = index.blocks[parts[0].block].text
    cue = list(re.finditer(r"trong\s+(?:số\s+)?đó", text[max(span[0], parts[0].start - 200):parts[0].start], re.IGNORECASE))
    if not cue:
        return None
    pos, labels = max(span[0], parts[0].start - 200) + cue[-1].end(), []
    for p in parts:
        if index.within(p.block, pos, p.start):
            return None
        labels.append(text[pos:p.start])
        pos = p.end
    return labels


def _named_places(labels: list[str]) -> bool:
    """Does each part's stretch of text name a place of its own, every one different?"""
    names = []
    for seg in labels:
        found = [m.group(1) for m in _PLACE_AT.finditer(seg) if not re.fullmatch(r"Trong|Trong đó|Riêng|Cụ|Còn", m.group(1))]
        if len(found) != 1:
            return False
        names.append(found[0])
    return len(set(names)) == len(names)


def _one_closed_list(index: Index, parts: list[Figure]) -> bool:
    """Are the parts the items of one list closed by ``và`` (``A 43, B 109, C 38 và D 9``): one block, one
    sentence, only commas between them, and ``và`` before the last?"""
    if any(p.block != parts[0].block for p in parts) or len(parts) < 3:
        return False
    text = index.blocks[parts[0].block].text
    gaps = [text[a.end:b.start] for a, b in zip(parts, parts[1:])]
    return all(re.search(r"[;.:()\n]", gp) is None for gp in gaps) and all("," in gp for gp in gaps[:-1]) \
        and re.search(r"\bvà\b", gaps[-1]) is not None and not any(re.search(r"\bvà\b", gp) for gp in gaps[:-1])


def _exact_run(whole: Figure, parts: list[Figure]) -> list[Figure] | None:
    """One dimension of a frame that lists several (``Trong 120 đại biểu có 41 nữ, …; 5 đại biểu dưới 30 tuổi, 60
    … từ 30 đến 50 tuổi, 55 … trên 50 tuổi``): consecutive parts that add up to the whole exactly.  Exact counts
    only, never a small whole split in two (a coincidence then is too likely); a pass, found by its sum."""
    if whole.qualifier or whole.decimals or whole.value is None or whole.value < 10:
        return None
    for i in range(len(parts)):
        total = Decimal(0)
        for j in range(i, min(len(parts), i + 12)):  # a window: cost linear in the parts
            p = parts[j]
            if p.qualifier or p.decimals or p.value is None or p.scale != whole.scale:
                break
            total += p.value
            if total > whole.value:
                break
            if j > i and total == whole.value and not (whole.value < 20 and j == i + 1):
                return parts[i:j + 1]
    return None


#: "nâng tổng số doanh nghiệp … lên 124,6 nghìn doanh nghiệp", "đưa tổng số … lên"
_RAISED = re.compile(g.RAISED_LEAD + r"[^.;]{0,140}?\blên\s+(?:(?:con số|mức)\s+)?$", re.IGNORECASE)


_PAIR_NAMES = re.compile(r"tổng\s+(?:số\s+)?(.+?)\s+và\s+(.+?)\s+(?:trong|của|tại|năm|tháng|đến|lên)\b", re.IGNORECASE)


def _named_pair(text: str, m, before: list[Figure]) -> list[Figure] | None:
    """``nâng tổng số hợp tác xã thành lập mới và hợp tác xã tái hoạt động … lên …``: the two groups the total names,
    each the latest figure before it followed by the words that set its group apart (``thành lập mới``, ``tái hoạt
    động``: the words the two names share are their common noun)."""
    if m is None:
        return None
    pm = _PAIR_NAMES.search(m.group())
    if pm is None:
        return None
    names = [re.findall(r"[^\W\d_]+", pm.group(k).lower()) for k in (1, 2)]
    common = set(names[0]) & set(names[1])
    out = []
    for words in names:
        own = [w for w in words if w not in common][:3]
        if len(own) < 2:
            return None
        phrase = " ".join(own)
        hits = [f for f in before if phrase in " ".join(re.findall(r"[^\W\d_]+", text[f.end:f.end + 50].lower()))]
        if not hits:
            return None
        out.append(hits[-1])
    return out if out[0] is not out[1] else None


def _added(text: str, index: Index, f: Figure) -> bool:
    """``vốn đăng ký tăng thêm 830,2 tỷ đồng``: an amount added, read as a change, that is one more part of a total."""
    return f.kind in TOTAL_KINDS and f.value is not None and index.role(f) == "change" \
        and _ADDED.search(text, max(0, f.start - 25), f.start) is not None


def raised_totals(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``… 96,2 nghìn doanh nghiệp thành lập mới … . Cùng với đó, có 28,4 nghìn doanh nghiệp quay trở lại …, nâng
    tổng số … lên 124,6 nghìn doanh nghiệp``: the figures of its unit just before it (in its sentence and the one
    before) that add up to the new total exactly (a pass, found by its sum; a total raised from an unstated base
    says nothing)."""
    done = {r.figures[0] for r in found}
    out = []
    for block in doc.blocks:
        text = block.text
        figs = index.by_block.get(block.id, [])
        for i, total in enumerate(figs):
            if total.id in done or total.kind not in TOTAL_KINDS or total.value is None or total.qualifier \
                    or not _RAISED.search(text, max(0, total.start - 160), total.start):
                continue
            s0, _ = sentence_of(text, total.start)
            lo = from_previous_sentence(text, s0)
            before = [f for f in figs[max(0, i - 30):i] if f.start >= lo and (index.is_stock(f) or _added(text, index, f))
                      and same_unit(f.unit, total.unit) and not f.qualifier]  # ("vốn tăng thêm 830,2 tỷ": a part too)
            q = quote(text, lo, sentence_of(text, total.start)[1])
            for k in range(len(before) - 1):  # runs ending right before the total
                run = before[k:]
                lo_, hi_, _, _ = sum_interval(run)
                if fits(total, lo_, hi_) and exact_enough(total, run):
                    rel = breakdown(total, [("", f) for f in run], "raised_total", block, q, listed=True)
                    if rel:
                        rel.note = rel.note or "parts_by_sum"
                        out.append(rel)
                    break
            else:
                wide = [f for f in figs[max(0, i - 40):i] if f.start >= total.start - 1500 and index.is_stock(f)
                        and same_unit(f.unit, total.unit)]  # (named groups: a wider window; "hơn 4.100 doanh nghiệp
                # thành lập mới", hedged, is still the group its name says)
                named = _named_pair(text, _RAISED.search(text, max(0, total.start - 160), total.start), wide)
                rel = breakdown(total, [("", f) for f in named], "raised_total", block, q, listed=True) if named else None
                if rel is not None and any(f.qualifier for f in named):
                    spans = [writer_span(f) for f in named]  # "hơn 4.100 …" is 4.100–4.200 as its writer means it
                    rel.computed_lo, rel.computed_hi = sum(a for a, _ in spans), sum(b for _, b in spans)
                    rel.strict_lo = rel.strict_hi = False  # (its ends included: "hơn 91.700" + "gần 22.500" may be 114.300)
                if rel is not None:
                    out.append(rel if fits(total, rel.computed_lo, rel.computed_hi) else soften(rel, "inferred_raised_pair"))
    return out


#: the remainder of a ratio, right before its figure: "giải quyết 95/100 đơn, đạt 95%; còn 5 đơn …"
_REST_SENTENCE = re.compile(r"\s*(?:[-–•+]\s*)?Còn(?:\s+lại)?\s+(?=\d)")
#: after the rest's unit: "chưa đạt chuẩn", "không hoàn thành" (group 1: the predicate the ratio has)
_NEGATED_REST = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?(?:chưa|không)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)", re.IGNORECASE)


def negated_rests(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``… có 112/118 xã đạt chuẩn nông thôn mới … .  Còn 6 xã chưa đạt chuẩn, gồm: …``: a sentence opening with the
    rest of a ratio stated before (in its paragraph or the one before), the ratio's own predicate negated: the
    numerator and the rest make the denominator.  Read across sentences by the predicate, a mismatch warns."""
    out = []
    recent: list = []
    for block in doc.blocks:
        text = block.text
        for s0, s1 in sentences(text):
            m = _REST_SENTENCE.match(text, s0)
            rest = index.at(block.id, m.end()) if m else None
            if rest is None or not index.is_stock(rest) or not rest.unit:
                continue
            neg = _NEGATED_REST.match(text, rest.end, min(len(text), rest.end + 50))
            if neg is None:
                continue
            pred = neg.group(1).lower()
            ratio = None
            for b in [block] + recent[::-1]:
                upto = s0 if b is block else len(b.text)
                cands = [f for f in index.last_before(b.id, upto, 30) if f.kind == "ratio" and f.extra.get("denominator")
                         and same_unit(f.unit, rest.unit) and not index.role(f)
                         and b.text[f.end:f.end + 60].lower().split(pred.split()[0])[0].count(" ") <= 3
                         and pred.split()[0] in b.text[f.end:f.end + 60].lower()]
                if cands:
                    ratio = (b, cands[-1])
                    break
            if ratio is None:
                continue
            b, r = ratio
            num, den = Decimal(r.extra["numerator"]), Decimal(r.extra["denominator"])
            total = r.derived(f"{fmt_vi(den)} {r.unit}", den)
            rel = breakdown(total, [("", r.derived(fmt_vi(num), num)), ("", rest)], "ratio_rest", block,
                            quote(text, s0, s1), listed=True)
            if rel:
                rel.id = f"{CHECK}:{r.id}:ratio_rest_next"
                if not fits(total, rel.computed_lo, rel.computed_hi):
                    soften(rel, "inferred_negated_rest")
                out.append(rel)
        if block.kind == "paragraph":
            recent = (recent + [block])[-2:]
    return out


#: (or what is missing: "bầu được 4.120/4.185 đại biểu … (thiếu 65 đại biểu)", "38/40 đại biểu, còn thiếu 2")
#: (not "79/100 xã (sau sáp nhập còn 74 xã)": the same communes counted again after a merger, no remainder)
_RATIO_REST = re.compile(r"^(?![^.]{0,60}?\bsau\s+(?:khi\s+)?(?:sáp nhập|sắp xếp|hợp nhất|điều chỉnh))"
                         r"[^.]{0,60}?(?:\bcòn(?:\s+lại)?|\b(?:còn\s+)?thiếu)\s+$", re.IGNORECASE)


def ratio_remainders(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``đã giải quyết 95/100 đơn (đạt 95%), còn 5 đơn đang giải quyết``: the ratio's numerator and the remainder
    after ``còn`` make its denominator (the next figure of the ratio's unit, in its sentence)."""
    out = []
    for block in doc.blocks:
        text = block.text
        figs = index.by_block.get(block.id, [])
        for i, r in enumerate(figs):
            if r.kind != "ratio" or not r.unit or not r.extra.get("denominator") or index.role(r):
                continue
            _, s1 = sentence_of(text, r.start)
            rest = next((f for f in figs[i + 1:i + 6] if f.start < s1 and f.kind in TOTAL_KINDS
                         and f.value is not None and (same_unit(f.unit, r.unit) or not f.unit)), None)
            if rest is None or not index.is_stock(rest) or not _RATIO_REST.match(text[r.end:rest.start]):
                continue
            num, den = Decimal(r.extra["numerator"]), Decimal(r.extra["denominator"])
            total = r.derived(f"{fmt_vi(den)} {r.unit}", den)
            part = r.derived(fmt_vi(num), num)
            rel = breakdown(total, [("", part), ("", rest)], "ratio_rest", block,
                            quote(text, sentence_of(text, r.start)[0], s1), listed=True)
            if rel:
                rel.id = f"{CHECK}:{r.id}:ratio_rest"
                out.append(rel)
    return out


def ratio_splits(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``13/86 xã đạt chuẩn nâng cao, 2 xã đạt 15-18 tiêu chí, 26 xã …, 41 xã … và 4 xã …``: the ratio's numerator
    and a run of counts of its unit after it, in its sentence, that make up its denominator exactly.  No cue says
    they are its parts, so only a sum that holds is recorded (a pass)."""
    done = {r.figures[0] for r in found} | {f for r in found for f in r.figures[1:]}
    out = []
    for block in doc.blocks:
        text = block.text
        figs = index.by_block.get(block.id, [])
        for i, r in enumerate(figs):
            if r.kind != "ratio" or not r.unit or not r.extra.get("denominator") or index.role(r) or r.id in done:
                continue
            num, den = Decimal(r.extra["numerator"]), Decimal(r.extra["denominator"])
            _, s1 = sentence_of(text, r.start)
            run, acc, prev_end = [], num, r.end
            for f in figs[i + 1:i + 16]:  # (a window: linear)
                if f.start >= s1:
                    break
                if f.kind not in TOTAL_KINDS or not same_unit(f.unit, r.unit):
                    continue  # ("3 xã đạt 15-18 tiêu chí": each group's own criteria)
                if len(text[prev_end:f.start]) > 80 or f.value is None or index.paren(f) is not None \
                        or not index.is_stock(f) or f.qualifier:
                    break
                run.append(f)
                acc += f.value
                prev_end = f.end
                if acc >= den:
                    break
            if len(run) < 2 or acc != den:
                continue
            total = r.derived(f"{fmt_vi(den)} {r.unit}", den)
            rel = breakdown(total, [("", r.derived(fmt_vi(num), num))] + [("", f) for f in run], "ratio_split", block,
                            quote(text, sentence_of(text, r.start)[0], s1), listed=True)
            if rel:
                rel.id = f"{CHECK}:{r.id}:ratio_split"
                out.append(rel)
    return out


#: a sentence that details a figure stated before it: "Cụ thể, khiển trách 12 người, cảnh cáo 5 người …"
_SPECIFICS = re.compile(r"(?:[-–•]\s*)?Cụ thể\s*(?:là|như sau)?\s*[,:]", re.IGNORECASE)


def specifics(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``… thi hành kỷ luật 52 đảng viên … . Cụ thể, khiển trách 30 người, cảnh cáo 15 người và khai trừ 7
    người.``: the figures of a ``Cụ thể`` sentence, all of one kind, add up to a figure of the two sentences before
    it.  Which figure they detail is not said, so only a sum that holds exactly, for one figure, is recorded (or, for
    the one figure of the unit in the sentence right before, a warning).  Without the cue, a sentence of three or
    more counts of one kind that add up exactly to the one figure of the sentence right before is recorded (a pass):
    ``Xảy ra 214 vụ … . Chủ yếu trên quốc lộ 92 vụ; tỉnh lộ 47 vụ; …``."""
    done = {r.figures[0] for r in found} | {f for r in found for f in r.figures[1:]}
    out = []
    for block in doc.blocks:
        text = block.text
        for s0, s1 in sentences(text):
            cued = bool(_SPECIFICS.match(text, s0))
            if not cued and _CLASSIFIED.match(text, s0):
                continue  # a sorting sentence ("Nguyên nhân: …", "Kết quả: …") is read by classified
            parts = [f for f in index.within(block.id, s0, s1) if index.is_stock(f) and f.id not in done]
            if any(per_unit(text, f) for f in index.within(block.id, s0, s1, limit=MAX_PARTS)):
                continue  # "…, huyện B, huyện C mỗi huyện 600 triệu đồng, …": an item counted once for each of
                # several places; the list is no plain sum
            if not cued and (len(parts) < 3 or any(index.paren(p) for p in parts)
                             or [f for f in index.within(block.id, s0, s1) if f.kind in TOTAL_KINDS | {"percent"}
                                 and not index.is_stock(f) and not index.paren(f)]):
                continue  # without a cue: a sentence of three or more counts of one kind and nothing else
            groups, mixed = [parts], False
            if cued and parts and not all(same_kind(p.unit, parts[0].unit) for p in parts):
                # "Cụ thể, 18 dự án cấp mới với 64 triệu USD; 22 dự án điều chỉnh với số vốn tăng thêm 324 triệu USD;
                # …": items of two kinds, each kind adding up to its own figure (an addition is a part of the capital)
                added = [f for f in index.within(block.id, s0, s1) if f.id not in done and f.value is not None
                         and f.kind in TOTAL_KINDS and index.role(f) == "change" and not index.paren(f)
                         and _ADDED.search(text, max(0, f.start - 25), f.start)]
                groups = []
                for f in sorted(parts + added, key=lambda f: f.start):
                    if not f.unit:
                        continue
                    grp = next((grp for grp in groups if same_kind(grp[0].unit, f.unit)), None)
                    if grp is None:
                        groups.append([f])
                    else:
                        grp.append(f)
                groups = [grp for grp in groups if len(grp) > 1]  # ("8 lượt góp vốn" beside the projects: no group)
                mixed = True  # (items of two kinds: only a sum that holds exactly is recorded — "8 lượt góp vốn" may
                # complete the projects of another unit)
            for group in groups:
                rel = _specific(text, index, block, group, s0, s1, cued, done, exact_only=mixed)
                if rel is None and mixed and (plain := [p for p in group if index.is_stock(p)]) != group:
                    rel = _specific(text, index, block, plain, s0, s1, cued, done, exact_only=True)
                if rel is not None:
                    out.append(rel)
    return out


def _specific(text: str, index: Index, block, parts: list[Figure], s0: int, s1: int, cued: bool, done: set[str],
              exact_only: bool = False) -> Relation | None:
    """One kind of the figures of a ``Cụ thể`` sentence against the figure they add up to (see :func:`specifics`)."""
    if len(parts) < 2 or any(p.qualifier or p.decimals and not exact_only or not same_kind(p.unit, parts[0].unit) for p in parts):
        return None
    total_value = sum((p.value for p in parts), Decimal(0))
    prev = previous_sentence(text, s0)
    before = previous_sentence(text, prev[0]) if prev else None
    lo = (before or prev or (s0, s0))[0]
    wholes = [f for f in index.within(block.id, lo, s0) if f.kind in TOTAL_KINDS and f.value == total_value
              and not f.qualifier and same_kind(f.unit, parts[0].unit) and f.id not in done]
    if not cued:  # only the last sentence before with counts of its own, and a sum that holds exactly (a pass)
        near = prev
        if near is not None and not [f for f in index.within(block.id, near[0], near[1]) if index.is_stock(f)]:
            near = before  # ("So với năm trước, giảm 31 vụ, …": a sentence of changes stands between)
        wholes = [f for f in wholes if near is not None and near[0] <= f.start < near[1]]
    if exact_only and not wholes:  # (written to their rounding: "64,36 + 323,43 + 607 triệu" of "995 triệu USD")
        wholes = [f for f in index.within(block.id, lo, s0) if index.is_stock(f) and f.id not in done and not f.qualifier
                  and same_kind(f.unit, parts[0].unit) and (r := breakdown(f, [("", p) for p in parts], "specifics",
                                                                          block, "", listed=True)) is not None
                  and fits(f, r.computed_lo, r.computed_hi)]
    soft = False
    if cued and not wholes and prev is not None and parts[0].unit and not exact_only:
        # the one figure of the unit in the sentence right before is the one detailed (read from place)
        wholes = [f for f in index.within(block.id, prev[0], s0) if index.is_stock(f) and f.id not in done
                  and same_unit(f.unit, parts[0].unit)]
        soft = True
    if len(wholes) != 1 or (total_value < 20 and len(parts) == 2):
        return None
    rel = breakdown(wholes[0], [("", p) for p in parts], "specifics", block, quote(text, lo, s1), listed=True)
    if rel is None:
        return None
    if soft:
        if not fits(wholes[0], rel.computed_lo, rel.computed_hi):
            soften(rel, "inferred_specifics")
    else:
        rel.note = rel.note or "parts_by_sum"
    done.update([wholes[0].id] + [p.id for p in parts])
    return rel


#: a sentence (or a clause after ``;``) that sorts the figure before it by one criterion: ``Qua phân loại, có …``,
#: ``Nguyên nhân: do chập điện 17 vụ, …``, ``Phân theo lĩnh vực: …``, ``Về nội dung, …``
_CLASSIFIED = re.compile(
    r"(?:[-–•+]\s*)?(?:(?:qua\s+)?phân loại(?:\s+(?:theo\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,3})?"
    r"|(?:phân|chia|xét)\s+theo\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}"
    r"|(?:về|theo)\s+(?:nguyên nhân|nội dung|lĩnh vực|hình thức|tính chất|thẩm quyền|loại hình|loại|địa bàn|địa điểm|"
    r"đối tượng|khu vực|nhóm|ngành|cơ cấu)(?:\s+[^\W\d_]+){0,3}"
    r"|cơ cấu\s+theo(?:\s+[^\W\d_]+){1,3}|(?:phân tích\s+)?nguyên nhân(?:\s+[^\W\d_]+){0,4}"
    r"|kết quả(?:\s+(?:xếp loại|đánh giá|phân loại|đánh giá,?\s+xếp loại))?)\s*[,:]\s*", re.IGNORECASE)
#: criteria that sort every unit (each belongs to one place, level, kind): ``Phân theo huyện:``, ``Chia theo cấp học:``
_PARTITION_BY = re.compile(r"(?:[-–•+]\s*)?(?:(?:qua\s+)?phân loại\s+theo|phân\s+theo|chia\s+theo|xét\s+theo)\s+"
                           r"(?:đơn vị hành chính|địa bàn|địa phương|huyện|xã|cấp|bậc|loại hình|ngành|giới tính|độ tuổi|khu vực|"
                           r"thành phần kinh tế|trình độ)", re.IGNORECASE)
#: the last group named as all the others: "Các huyện còn lại", "nguyên nhân khác", "lĩnh vực khác"
_OTHER_GROUP = re.compile(r"\b(?:các\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:khác|còn lại)\b", re.IGNORECASE)
_COMPLETE = re.compile(r"\bcòn lại\b|\bsố còn lại\b|\bcác (?:nguyên nhân|trường hợp|vụ|lĩnh vực) khác\b", re.IGNORECASE)
_PARTIAL = re.compile(r"chủ yếu|một số|nhiều nhất|như sau|điển hình|\bnhư\b|…|\.\.\.", re.IGNORECASE)


def classified(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``Xảy ra 28 vụ cháy … . Nguyên nhân: do chập điện 17 vụ, sơ suất 6 vụ, còn lại 5 vụ chưa rõ``: a sentence
    that sorts by one criterion (cause, type, field) the one figure of its unit in the sentence before it.  Which
    figure it sorts is read from place, so a sum that does not hold is a warning; a list without its remainder
    (``còn lại``) may name only the main groups, so it is recorded only when it adds up or exceeds the whole."""
    done = {r.figures[0] for r in found} | {f for r in found for f in r.figures[1:]}
    # a figure already broken down may be an item (its own parts are then no items): "Qua phân loại, có 2.563 đơn đủ
    # điều kiện, gồm 742 …, 315 …; 1.565 đơn không đủ điều kiện"
    nested = {f for r in found if r.check == CHECK for f in r.figures[1:]}
    order = {b.id: n for n, b in enumerate(doc.blocks)}
    wholes_here: set[str] = set()
    out = []
    for block, s0, s1, m in sentences_opening(doc, _CLASSIFIED):
        text = block.text
        figs = [f for f in index.within(block.id, m.end(), s1) if f.kind in TOTAL_KINDS | {"percent"} and f.id not in nested]
        parts = [f for f in figs if index.is_stock(f) and (f.id not in done or f.id in {r.figures[0] for r in found})
                 and not index.paren(f)]
        if len(parts) < 2 or len(parts) != len([f for f in figs if not index.paren(f)
                                                and not (f.kind == "percent" and index.role(f) == "share")]):
            continue  # changes or other figures among the items (an item's own share may stand beside it)
        unit = parts[0].unit
        bare = not any(p.unit for p in parts)  # "Về hình thức kỷ luật: khiển trách 20; cảnh cáo 6; …": the whole's unit
        if not bare and (not unit or any(not same_unit(p.unit, unit) for p in parts)):
            continue
        prev = previous_sentence(text, s0)
        lo, hi, _, _ = sum_interval(parts)
        taken = done - {r.figures[0] for r in found} - wholes_here
        if prev is None and bare:  # bare numbers opening a paragraph: only a whole they add up to exactly, just before
            h = headline(doc, index, order[block.id], "", taken, lo if lo == hi else None)
            if h is None or not h[1]:
                continue
            whole = h[0]
            wb = doc.blocks[order[whole.block]]
            q = quote(wb.text, *sentence_of(wb.text, whole.start), limit=200) + " … " + quote(text, s0, s1, limit=300)
        elif prev is None:  # the sorting sentence opens its paragraph: the figure it sorts is stated before
            h = headline(doc, index, order[block.id], unit, taken, lo if lo == hi else None, parts[0].unit)
            if h is None:
                continue
            whole = h[0]
            wb = doc.blocks[order[whole.block]]
            q = quote(wb.text, *sentence_of(wb.text, whole.start), limit=200) + " … " + quote(text, s0, s1, limit=300)
        else:
            wholes = [f for f in index.within(block.id, prev[0], s0) if index.is_stock(f)
                      and (same_unit(f.unit, unit) if not bare else f.kind == "count" and f.unit)
                      and f.id not in taken and not index.paren(f)]
            if len(wholes) > 1:  # several candidates: only the one the items add up to exactly
                wholes = [w for w in wholes if not w.qualifier and lo == hi == w.value]
            if len(wholes) != 1:
                continue
            whole, q = wholes[0], quote(text, prev[0], s1)
        rel = breakdown(whole, [("", p) for p in parts], "classified", block, q, listed=True)
        if rel is None:
            continue
        if prev is None:  # (a whole stated before may be sorted by several criteria, a row each)
            rel.id = f"{rel.id}:{parts[0].id}"
        complete = bool(_COMPLETE.search(text, m.end(), s1) or _PARTITION_BY.match(text, s0))
        holds = fits(whole, rel.computed_lo, rel.computed_hi)
        if not holds and not complete and (rel.computed_hi is not None and rel.stated_lo is not None
                                           and rel.computed_hi < rel.stated_lo or _PARTIAL.search(text, s0, s1)):
            continue  # fewer than the whole: perhaps only the main groups
        if not holds:
            soften(rel, "inferred_classified")
        done.update([whole.id] + [p.id for p in parts])
        wholes_here.add(whole.id)
        out.append(rel)
    return out


#: ``1.245 cơ sở giáo dục: mầm non 412 cơ sở; tiểu học 385 cơ sở; …``: a total, a short noun phrase, a colon, a list
_COLON_AFTER = re.compile(r"[^\d;:.,()]{0,50}:\s*|[^\d;:.,()]{0,50}[;,]\s*(?=(?:huyện|thị xã|thành phố|quận|TP\.?)\s+\w)")
_PLACE_BEFORE = re.compile(r"(?:huyện|thị xã|thành phố|quận|xã|phường|TP\.?)\s+[A-ZĐÂĂÊÔƠƯ]", re.UNICODE)


def colon_lists(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``Toàn tỉnh có 1.245 cơ sở giáo dục: mầm non 412 cơ sở; tiểu học 385 cơ sở; …``: the items after a colon that
    follows a total are its breakdown; so are the districts listed right after it (``86 xã đạt chuẩn; huyện A 12
    xã, huyện B 20 xã, …``).  A colon does not say the list is complete (a report may list the main groups
    only), so a sum that does not hold is a warning."""
    done = {r.figures[0] for r in found} | {f for r in found for f in r.figures[1:]}
    out = []
    for block in doc.blocks:
        text = block.text
        open_in: dict[int, bool] = {}  # (each sentence searched once: cost linear in the text)
        for total in index.by_block.get(block.id, []):
            if not index.is_stock(total) or total.id in done or total.qualifier in ("trên", "hơn", "ngoài", "dưới"):
                continue
            m = _COLON_AFTER.match(text, total.end)
            if not m:
                continue
            s0, s1 = sentence_of(text, total.start)
            if s0 not in open_in:
                open_in[s0] = OPEN_WORDS.search(text, s0, s1) is not None
            if s1 <= m.end() or open_in[s0]:
                continue
            if ":" not in m.group() and _PLACE_BEFORE.search(text, max(s0, total.start - 40), total.start):
                continue  # "huyện A 98 đảng viên, huyện B 87 …": the first item, not a total
            parts = parse_parts(text, m.end(), s1, block.id, index)
            if not parts or len(parts) < 2 or any(f.id in done or not index.is_stock(f) for _, f in parts):
                continue
            if not all(same_unit(f.unit, total.unit) or not f.unit for _, f in parts) or not total.unit:
                continue
            rel = breakdown(total, parts, "colon_list", block, quote(text, sentence_of(text, total.start)[0], s1), listed=True)
            if rel is None:
                continue
            if not fits(total, rel.computed_lo, rel.computed_hi):
                soften(rel, "inferred_colon_list")
            done.update([total.id] + [f.id for _, f in parts])
            out.append(rel)
    return out


#: ``…; tổng cộng: 1.005 hộ``, ``…, tổng số 12.765 học sinh``, ``… và 5 huy chương đồng (tổng 15 huy chương)``: the
#: total named after its parts (in a bracket of its own)
_TRAILING_TOTAL = re.compile(r"(?:[,;]\s*(?:và\s+)?|(?P<paren>\(\s*))(?:tổng cộng|tổng số|cộng|tổng)\s*(?:là|:)?\s*$",
                             re.IGNORECASE)
_PAREN_END = re.compile(r"[^\d()]{0,30}\)")


def trailing_totals(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """The figures of one unit listed in a sentence, then ``tổng cộng`` / ``tổng số`` and their total: the words make
    the sum certain.  The list starts at the sentence (or its last colon); a figure there equal to the total is the
    total stated twice, not a part."""
    done = {r.figures[0] for r in found} | {f for r in found for f in r.figures[1:]}
    out = []
    for block in doc.blocks:
        text = block.text
        for total in index.by_block.get(block.id, []):
            if not index.is_stock(total) or total.id in done or total.qualifier:
                continue
            m = _TRAILING_TOTAL.search(text, max(0, total.start - 25), total.start)
            if not m or (m.group("paren") and not _PAREN_END.match(text, total.end)):
                continue
            s0, s1 = sentence_of(text, total.start)
            lo = s0
            for c in re.finditer(":", text[s0:m.start()]):  # "Có 745 hộ: …": the list starts after a figure's colon
                pos = s0 + c.start()
                near = index.within(block.id, max(s0, pos - 50), pos)
                if near and index.is_stock(near[-1]) and not re.search(r"[;,]", text[near[-1].end:pos]):
                    lo = pos + 1
            if re.search(r"\btổng\b", text[lo:m.start()], re.IGNORECASE):
                continue
            figs = [f for f in index.within(block.id, lo, m.start()) if f.kind in TOTAL_KINDS | {"percent"}]
            parts = [f for f in figs if index.is_stock(f) and same_unit(f.unit, total.unit)]
            if len(parts) < 2 or len(parts) != len([f for f in figs if not index.paren(f)]) or \
                    any(p.id in done or p.value == total.value for p in parts):
                continue
            rel = breakdown(total, [("", p) for p in parts], "trailing_total", block, quote(text, s0, s1), listed=True)
            if rel is not None and m.group("paren") and re.search(r"tổng\s+số", m.group(), re.IGNORECASE) \
                    and not fits(total, rel.computed_lo, rel.computed_hi):
                continue  # ("(tổng số 1.200 hộ)" may be the whole they are drawn from: found only by its sum)
            if rel is not None:
                done.update([total.id] + [p.id for p in parts])
                out.append(rel)
    return out


_BULLET_LINE = re.compile(r"[ \t]*(?:[-–•+*]|[a-zđ]\)|\d{1,2}[.)])\s")
_NUMBERED = re.compile(r"[ \t]*\d{1,2}[.)]\s")
_CERTAIN_LEAD = re.compile(r"\b(?:chia ra|bao gồm|gồm)\b", re.IGNORECASE)
_VERB_BEFORE = re.compile(r"([^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(?:(?:được|là|đạt)\s+)?$")


def bullet_breakdowns(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``Vốn đầu tư … ước đạt 58.214 tỷ đồng … Chia ra:`` then one bullet per part (``- Vốn khu vực Nhà nước:
    12.846 tỷ đồng;``), as lines of the paragraph or as paragraphs of their own: the bullets break down the figure(s)
    of the sentence that ends with the colon (or of the sentence before a bare ``Cụ thể:``).  Each total takes from
    every bullet the one figure of its unit in the bullet's opening sentence (before a ``trong đó``), or, when the
    totals share a unit, the one after its own verb (``thụ lý 8.426 vụ; đã giải quyết 7.922 vụ`` → ``thụ lý 1.362
    vụ; đã giải quyết 1.318 vụ`` …).  ``Chia ra``/``gồm`` make the sum certain; other leads warn; a bullet that
    states several such figures gives its first (then a mismatch only warns); after ``Trong đó:`` the bullets may
    be some of the parts only, so they are recorded only when they add up."""
    done = {r.figures[0] for r in found} | {f for r in found for f in r.figures[1:]}
    parts_done = {f for r in found for f in r.figures[1:]}
    out = []
    blocks = doc.blocks
    for n, block in enumerate(blocks):
        text = block.text
        starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        lines = [(a, (starts[k + 1] - 1) if k + 1 < len(starts) else len(text)) for k, a in enumerate(starts)]
        k = 0
        while k < len(lines):
            a, b = lines[k]
            if not text[a:b].rstrip().endswith(":"):
                k += 1
                continue
            if _BULLET_LINE.match(text, a) and not _NUMBERED.match(text, a):
                # (a numbered heading may lead bullets: "1. Tổng số học sinh: 1.250, trong đó:"); a bullet whose
                # last sentence sorts its own figure over sub-bullets of another mark: "- Hình sự: xảy ra 60 vụ …
                # Phân theo loại tội: / + Trộm cắp: 30 vụ; …"
                run, j = _sub_bullets(text, lines, k)
                out += _sub_sorted(doc, n, text, block, a, b, run, index, done, parts_done) if len(run) >= 2 else []
                k = max(j, k + 1)
                continue
            run = []  # (block, start, end) of each bullet
            j = k + 1
            while j < len(lines) and _BULLET_LINE.match(text, lines[j][0]) and len(run) < 40:
                run.append((block, *lines[j]))
                j += 1
            if j == len(lines) and not run:  # the colon ends the paragraph: bullets as paragraphs of their own
                m = n + 1
                while m < len(blocks) and blocks[m].kind == "paragraph" and len(run) < 40:
                    bt = blocks[m].text
                    spans, pos = [], 0
                    for ln in bt.split("\n"):
                        spans.append((pos, pos + len(ln)))
                        pos += len(ln) + 1
                    if not all(_BULLET_LINE.match(bt, x) for x, y in spans if bt[x:y].strip()):
                        break
                    run += [(blocks[m], x, y) for x, y in spans if bt[x:y].strip()]
                    m += 1
            got = (_bullets_of(text, block, b, run, index, done) or _sorted_bullets(doc, n, text, block, b, run, index,
                                                                                   done, parts_done)) if len(run) >= 2 else []
            out += got
            k = j if got else k + 1  # (bullets that broke nothing down may hold a bullet that sorts its own figure)
    return out


#: a header that sorts a figure stated before by one criterion: "Theo địa bàn:", "Phân theo lĩnh vực:"
_SORT_HEADER = re.compile(r"\s*(?:[-–•+]\s*)?(?:(?:(?:phân|chia|xét|[^\W\d_]+\s+[^\W\d_]+)\s+)?theo\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,4}|cụ thể|chi tiết)"
                          r"\s*:\s*$", re.IGNORECASE)


def _sub_bullets(text: str, lines: list, k: int) -> tuple[list, int]:
    """The sub-bullets under bullet line ``k``: the lines after it that open with another bullet mark."""
    own = _BULLET_LINE.match(text, lines[k][0]).group().strip()
    run, j = [], k + 1
    while j < len(lines) and (m := _BULLET_LINE.match(text, lines[j][0])) and m.group().strip() != own and len(run) < 40:
        run.append(lines[j])
        j += 1
    marks = {_BULLET_LINE.match(text, x).group().strip() for x, _ in run}
    return (run if len(marks) == 1 else []), j


def _sub_sorted(doc: Document, n: int, text: str, block, a: int, b: int, run: list, index: Index,
                done: set[str], parts_done: set[str]) -> list[Relation]:
    """A bullet line closing with a sorting sentence (``Cơ cấu theo loại tội phạm:``) after its own figures: the
    sub-bullets sort the line's figure of their unit (the one they add up to, else the only one, else the first when
    it is the largest)."""
    colon = text[:b].rstrip().rfind(":")
    s0, _ = sentence_of(text, colon)
    if s0 <= a or not (_SORT_HEADER.match(text, s0, colon + 1) or _CLASSIFIED.fullmatch(text, s0, colon + 1)):
        return []

    def local(unit: str, value, name: str):
        cands = [f for f in index.within(block.id, a, s0) if index.is_stock(f) and same_unit(f.unit, unit)
                 and not index.paren(f) and f.id not in parts_done]
        exact = [f for f in cands if value is not None and not f.qualifier and f.value == value]
        if exact:
            return exact[-1], True
        if len(cands) == 1 or cands and all(f.value < cands[0].value for f in cands[1:]):
            return cands[0], False
        return None

    return _sorted_bullets(doc, n, text, block, b, [(block, x, y) for x, y in run], index, done, parts_done,
                           find_whole=local)


def _sorted_bullets(doc: Document, n: int, text: str, block, b: int, run: list, index: Index,
                    done: set[str], parts_done: set[str], find_whole=None) -> list[Relation]:
    """``Theo địa bàn:`` (or any sorting header, with no figure of its own) opening a paragraph, then one bullet per
    group, each with the same figures in the same order (``- Huyện A: 22 vụ, 15 người chết;``): each column sorts
    the figure of its unit stated before (:func:`~figaudit.relations.breakdowns.headline`).  Read from place, so a
    sum that does not hold warns; a list without its remainder (``còn lại``, ``khác``) may name only the main
    groups, and is recorded only when it adds up or exceeds the whole."""
    colon = text[:b].rstrip().rfind(":")
    s0, _ = sentence_of(text, colon)
    if find_whole is None:
        if s0 != 0 or not (_SORT_HEADER.match(text, s0, colon + 1) or _CLASSIFIED.fullmatch(text, s0, colon + 1)):
            return []

        def find_whole(unit, value, name):
            return headline(doc, index, n, unit, parts_done, value, name)
    rows = []
    for pb, la, lb in run:
        figs = [f for f in index.within(pb.id, la, lb) if f.kind in TOTAL_KINDS and not index.paren(f)]
        if not figs or any(not index.is_stock(f) or f.id in done for f in figs):
            return []
        rows.append(figs)
    width = len(rows[0])
    if width > 4 or any(len(r) != width or any(not same_unit(f.unit, g.unit) for f, g in zip(r, rows[0])) for r in rows):
        return []  # not one figure per column in every bullet
    complete = bool(_COMPLETE.search(run[-1][0].text, run[-1][1], run[-1][2]) or
                    _OTHER_GROUP.search(run[-1][0].text, run[-1][1], run[-1][2]))
    cols = []
    for k in range(width):
        parts = [r[k] for r in rows]
        if not parts[0].unit:
            continue
        name = parts[0].unit
        if sum(same_unit(f.unit, parts[0].unit) for f in rows[0]) > 1:
            # columns of one unit ("kiểm tra 842 cơ sở, vi phạm 118 cơ sở"): each named by the words before it
            pb, la, _ = run[0]
            before = [f for f in rows[0] if f.end <= parts[0].start]
            lead = re.findall(r"[^\W\d_]+", pb.text[before[-1].end if before else la:parts[0].start])
            lead = [w for w in lead if w.lower() not in {"là", "được", "có", "đã"}][-2:]
            if not lead:
                continue
            name = " ".join(lead)
        lo, hi, _, _ = sum_interval(parts)
        h = find_whole(parts[0].unit, lo if lo == hi else None, name)
        if h is None:
            continue
        whole = h[0]
        wb = index.blocks[whole.block]
        q = quote(wb.text, *sentence_of(wb.text, whole.start), limit=200) + " … " + quote(text, 0, len(text), limit=400)
        rel = breakdown(whole, [("", p) for p in parts], "sorted_bullets", block, q, listed=True)
        if rel is not None:
            rel.id = f"{rel.id}:{parts[0].id}"
            cols.append((rel, whole, parts, fits(whole, rel.computed_lo, rel.computed_hi)))
    # rows that account for one whole exactly are all the groups: another column's shortfall is a discrepancy
    complete = complete or any(holds for _, _, _, holds in cols)
    out = []
    for rel, whole, parts, holds in cols:
        if not holds and not complete and rel.computed_hi is not None and rel.stated_lo is not None \
                and rel.computed_hi < rel.stated_lo:
            continue  # fewer than the whole: perhaps only the main groups
        if not holds:
            soften(rel, "inferred_classified")
        done.update(p.id for p in parts)
        out.append(rel)
    return out


def _bullets_unit(run: list, index: Index) -> str:
    """The one unit of the bullets' figures, when each bullet states exactly one figure (for a total written
    without its unit, the unit being in its label: ``Tổng số học sinh: 1.250``)."""
    units = set()
    for pb, la, lb in run:
        figs = [f for f in index.within(pb.id, la, lb) if index.is_stock(f) and not index.paren(f)]
        if len(figs) != 1:
            return ""
        units.add(figs[0].unit.lower())
    units.discard("")  # ("- Chuyển cơ quan khác: 45" after "- Đã giải quyết: 1.210 đơn": the unit said once)
    return units.pop() if len(units) == 1 else ""


def _bullets_of(text: str, block, b: int, run: list, index: Index, done: set[str]) -> list[Relation]:
    out = []
    colon = text[:b].rstrip().rfind(":")
    s0, _ = sentence_of(text, colon)
    lead_lo = s0
    totals = [f for f in index.within(block.id, s0, colon) if index.is_stock(f) and not index.paren(f)]
    if not totals:  # "… đã giải quyết 7.922 vụ, việc. Cụ thể:": the sentence before
        prev = previous_sentence(text, s0)
        if prev is None:
            return out
        lead_lo = prev[0]
        totals = [f for f in index.within(block.id, prev[0], s0) if index.is_stock(f) and not index.paren(f)]
    lead = text[lead_lo:colon]
    subset = bool(re.search(r"\btrong\s+(?:số\s+)?đó\s*$", lead, re.IGNORECASE))  # "… Trong đó:"
    if subset:
        prev = previous_sentence(text, s0)
        if not totals and prev is not None:
            lead_lo, lead = prev[0], text[prev[0]:colon]
        totals = totals or [f for f in index.within(block.id, lead_lo, colon) if index.is_stock(f) and not index.paren(f)]
    elif re.search(r"\btrong\s+(?:số\s+)?đó\b", lead, re.IGNORECASE):
        return out
    if not totals or len(totals) > 8 or OPEN_WORDS.search(re.sub(r"(?i)\btrong\s+(?:số\s+)?đó\s*$", "", lead)):
        return out
    for t in totals:
        unit = t.unit or _bullets_unit(run, index)  # "1. Tổng số học sinh: 1.250, trong đó:" then "- Nam: 640 em" …
        if t.id in done or not unit:
            continue
        shared = any(u.id != t.id and same_unit(u.unit, unit) for u in totals)
        if subset and t is not totals[0]:
            continue  # "Tổng thu … ước đạt 18.642 tỷ đồng, bằng … (16.585 tỷ đồng). Trong đó:": the sentence's total
        vm = _VERB_BEFORE.search(text, max(lead_lo, t.start - 40), t.start)
        verb = vm.group(1).lower() if vm else ""
        parts, first_of_several = [], False
        for pb, la, lb in run:
            ptext = pb.text
            head_end = min(sentence_of(ptext, la)[1], lb)
            cut = re.search(r"\btrong\s+(?:số\s+)?đó\b", ptext[la:head_end], re.IGNORECASE)
            head_end = la + cut.start() if cut else head_end
            line_figs = index.within(pb.id, la, head_end)
            cands = [f for f in line_figs if index.is_stock(f) and not index.paren(f)
                     and (same_unit(f.unit, unit) or (not t.unit and not f.unit))]
            if shared:  # the words since the figure before it name its verb
                ends = {f.id: max([la] + [g.end for g in line_figs if g.end <= f.start]) for f in cands}
                cands = [f for f in cands if verb and verb.split()[-1] in ptext[ends[f.id]:f.start].lower()]
            if len(cands) > 1 and not shared:  # the month's and the year-to-date value: the total's period
                cands = [f for f in cands if period_of(ptext, f) == period_of(text, t)] or cands
            if not cands or (len(cands) > 1 and shared):
                parts = []
                break
            first_of_several = first_of_several or len(cands) > 1
            parts.append(cands[0])
        if len(parts) < 2 or any(p.id in done for p in parts):
            continue
        last_block, _, last_end = run[-1]
        q = quote(text, lead_lo, run[-1][2], limit=600) if last_block is block else \
            quote(text, lead_lo, len(text), limit=300) + " " + " ".join(quote(pb.text, la, lb, limit=160) for pb, la, lb in run)
        rel = breakdown(t, [("", p) for p in parts], "bullets", block, q, listed=True)
        if rel is None:
            continue
        adds_up = fits(t, rel.computed_lo, rel.computed_hi)
        if subset and not adds_up:
            continue  # some of the parts: the part_of_whole family checks each against the whole
        if (not _CERTAIN_LEAD.search(lead) or first_of_several) and not adds_up:
            soften(rel, "inferred_bullets")
        done.update([t.id] + [p.id for p in parts])
        out.append(rel)
    return out


#: a sentence that adds up the one before: "Tổng vốn thu hút đạt 918,6 triệu USD", "Tính chung, …", "Tổng cộng …"
_ADDED = re.compile(r"\btăng thêm\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$", re.IGNORECASE)
_SUM_SENTENCE = re.compile(r"(?:[-–•+]\s*)?(?:(Tổng cộng|Tính chung|Cộng chung|Cộng lại|Cộng)\b|Tổng\s+(?:số\s+)?[^\W\d_])")


_OPENS_SUBSET = g.OPENS_SUBSET  # (a sentence opening "Trong đó", "Trong số này": the grammar's one pattern)


def sum_sentences(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``… cấp mới 612,4 triệu USD; điều chỉnh tăng 287,9 triệu USD; góp vốn 18,3 triệu USD. Tổng vốn FDI thu hút đạt
    918,6 triệu USD``: a sentence opening ``Tổng …`` whose first figure is the sum of the figures of its unit in the
    sentence before.  Only ``Tổng cộng``/``Tính chung`` say so outright (a mismatch warns); a ``Tổng <name>`` is
    recorded when the sum holds."""
    done = {r.figures[0] for r in found} | {f for r in found for f in r.figures[1:]}
    out = []
    for block, s0, s1, m in sentences_opening(doc, _SUM_SENTENCE):
        text = block.text
        firsts = [f for f in index.within(block.id, s0, s1, limit=4) if f.kind in TOTAL_KINDS | {"percent"}]
        if not firsts or not index.is_stock(firsts[0]) or index.paren(firsts[0]) or firsts[0].id in done:
            continue
        total = firsts[0]
        prev = previous_sentence(text, s0)
        if prev is None:
            continue
        figs = [f for f in index.within(block.id, prev[0], s0) if index.is_stock(f) and not index.paren(f)]
        parts = [f for f in figs if same_unit(f.unit, total.unit)]
        if len(parts) >= 2 and (sub := SUBSET_CUE.search(text, parts[0].end, parts[-1].start)) is not None:
            parts = [f for f in parts if f.end <= sub.start()]  # "… là 55,7 ha, …, trong đó … 1,7 ha; … 54 ha": a whole
            # is never added to its own parts
        if len(parts) < 2 and total.unit and (run := _closing_run(text, index, block.id, prev, total)) is not None:
            # "Số vốn của doanh nghiệp thành lập mới là 247 tỷ đồng. Số vốn tăng thêm … là 621 tỷ đồng. Tổng số vốn
            # đăng ký vào nền kinh tế là 868 tỷ đồng": one figure a sentence, the last ones adding up exactly (a pass)
            if not any(p.id in done for p in run):
                rel = breakdown(total, [("", p) for p in run], "sum_sentence", block,
                                quote(text, sentence_of(text, run[0].start)[0], s1), listed=True)
                if rel is not None:
                    rel.note = rel.note or "parts_by_sum"
                    done.update([total.id] + [p.id for p in run])
                    out.append(rel)
            continue
        if len(parts) < 2 or any(p.id in done for p in parts) or not total.unit:
            continue
        if _OPENS_SUBSET.match(text, prev[0]) and (earlier := previous_sentence(text, prev[0])) is not None \
                and [f for f in index.within(block.id, earlier[0], prev[0]) if index.is_stock(f)
                     and same_kind(f.unit, total.unit)]:
            continue  # "… thiệt hại trong tháng là 60,5 ha. Trong đó: cháy 20,5 ha …; chặt phá 40,0 ha. Tính chung ba
            # tháng … là 180,2 ha": the list is of the whole before it, not of the sum after
        lead_back = previous_sentence(text, prev[0])
        if words_period(text[s0:total.start]) == "cumulative" and (
                words_period(text[prev[0]:parts[-1].start]) == "month"
                or lead_back is not None and words_period(text[lead_back[0]:prev[0]]) == "month"):
            continue  # "Trong tháng, … cháy 39,5 ha; … chặt phá 6,9 ha. Tính chung … trong bảy tháng là 1.401,4 ha":
            # the months so far, of which that month is one
        rel = breakdown(total, [("", p) for p in parts], "sum_sentence", block, quote(text, prev[0], s1), listed=True)
        if rel is None:
            continue
        if _OPENS_SUBSET.match(text, prev[0]) and not fits(total, rel.computed_lo, rel.computed_hi):
            continue  # "Trong đó, bán lẻ 237,5 nghìn tỷ; …. Tính chung 4 tháng … đạt 1.267,9 nghìn tỷ": the list is of
            # a whole before it (even one the text does not show), not of the sum after — found only when it adds up
        if not m.group(1) and total.qualifier and total.value and g.QUALIFIER_KIND.get(total.qualifier.split(" ")[-1]) \
                == "above" and rel.computed_lo is not None and rel.computed_lo > hedge_band_hi(total):
            continue  # "… 466 tỷ đồng; … 367 tỷ đồng. Tổng thu ngân sách hơn 36 tỷ đồng": a "Tổng <name>" the figures
            # before pass by far is another measure, not their sum ("hơn" is no licence for any sum above it)
        if not fits(total, rel.computed_lo, rel.computed_hi):
            # "điều chỉnh tăng vốn … với số vốn tăng thêm 287,9 triệu USD": an addition is a part too, when the
            # sum then holds exactly
            added = [f for f in index.within(block.id, prev[0], s0) if not index.paren(f) and f.value is not None
                     and f.kind in TOTAL_KINDS and index.role(f) == "change" and same_unit(f.unit, total.unit)
                     and _ADDED.search(text, max(0, f.start - 25), f.start)]
            alt = breakdown(total, [("", p) for p in sorted(parts + added, key=lambda f: f.start)], "sum_sentence",
                            block, quote(text, prev[0], s1), listed=True) if added else None
            if alt is not None and fits(total, alt.computed_lo, alt.computed_hi):
                rel, parts = alt, parts + added
            elif not m.group(1) and not _near_miss(total, rel):
                continue  # "Tổng <name>": which figures it adds is not said — unless the sum of the figures before
                # misses it by a hair (a different total would not come within a few per cent of them by chance)
            else:
                soften(rel, "inferred_sum_sentence")
        done.update([total.id] + [p.id for p in parts])
        out.append(rel)
    return out


def _near_miss(total: Figure, rel: Relation) -> bool:
    """The sum of the parts within 3 % of the total, but not equal to it (a typo, not a different whole)."""
    if total.value is None or not total.value or rel.computed is None:
        return False
    return abs(rel.computed - total.value) <= total.value * Decimal("0.03")


def _closing_run(text: str, index: Index, block_id: str, prev: tuple[int, int], total: Figure) -> list[Figure] | None:
    """The last figures of the total's unit in up to three sentences before it, one per sentence, that add up to it
    exactly (two or more; never a small total split in two)."""
    picked: list[Figure] = []
    span = prev
    for _ in range(3):
        if span is None:
            break
        figs = [f for f in index.within(block_id, span[0], span[1]) if index.is_stock(f) and not index.paren(f)
                and same_unit(f.unit, total.unit)]
        if len(figs) != 1:
            break
        picked.insert(0, figs[0])
        span = previous_sentence(text, span[0])
    for k in range(2, len(picked) + 1):
        run = picked[-k:]
        if total.value >= 20 and sum(p.value for p in run) == total.value and exact_enough(total, run):
            return run
    return None


#: ``…, nếu loại trừ tiền sử dụng đất 1.200 tỷ đồng thì đạt 3.800 tỷ đồng``: the total less a part is the rest.
_EXCLUDING = re.compile(r"\b(?:nếu\s+)?(?:loại trừ|không kể|không tính|trừ đi)\b", re.IGNORECASE)
_THEN = re.compile(r"\s*(?:thì|,)\s*(?:còn|đạt|là|chỉ còn|ước đạt|bằng)?\s*(?:(?:khoảng|gần|hơn|trên)\s+)?$", re.IGNORECASE)


def remainders(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``Tổng thu đạt 5.000 tỷ đồng, nếu loại trừ tiền sử dụng đất 1.200 tỷ đồng thì đạt 3.800 tỷ đồng``: 5.000 =
    1.200 + 3.800 (the cue words make the relation certain)."""
    out = []
    for block in doc.blocks:
        text = block.text
        for m in _EXCLUDING.finditer(text):
            s0, s1 = sentence_of(text, m.start())
            before = [f for f in index.within(block.id, s0, m.start()) if index.is_stock(f)]
            after = [f for f in index.within(block.id, m.end(), s1) if index.is_stock(f)]
            if not before or len(after) < 2:
                continue
            total, part, rest = before[-1], after[0], after[1]
            if not (same_unit(total.unit, part.unit) and same_unit(total.unit, rest.unit)):
                continue
            between = text[part.end:rest.start]
            if part.unit and between.lstrip().lower().startswith(part.unit.lower()):
                between = between.lstrip()[len(part.unit):]
            if not _THEN.fullmatch(between):
                continue
            rel = breakdown(total, [("loại trừ", part), ("còn lại", rest)], "remainder", block, quote(text, s0, s1),
                            listed=True)
            if rel:
                out.append(rel)
    return out


def adds_up(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """A total followed, in its sentence, by a run of figures of its unit that add up to it exactly (within
    rounding): ``xuất nhập khẩu đạt 35,08 tỷ USD, … xuất khẩu 17,67 tỷ USD, nhập khẩu 17,41 tỷ USD``.  No cue word
    says they are its parts, so only a sum that holds is recorded (a pass, with a note), and only where a
    coincidence is unlikely: a total pinned by its figures (not ``trên 353 tỷ``), parts one after another (the first
    within the next clause, each within a short gap of the one before), none of them a share-holding sibling, and no
    small total (under 20) split in two."""
    done = {r.figures[0] for r in found} | {f for r in found for f in r.figures[1:]}
    out = []
    for block in doc.blocks:
        text = block.text
        stocks = [f for f in index.by_block.get(block.id, []) if index.is_stock(f) and f.kind in TOTAL_KINDS]
        for i, total in enumerate(stocks):
            if total.id in done or total.value is None or total.value <= 0 or total.qualifier:
                continue
            if _own_share_follows(index, block.id, text, total, bare=True):
                continue  # (an item with its share, "38 vụ (39,6%)", is no total of the items after it)
            t0, s1 = sentence_of(text, total.start)
            colon = text.rfind(":", max(t0, total.start - 400), total.start)  # (a window: long sentences stay linear)
            nxt_same = [f for f in stocks[i + 1:i + 4] if f.start < s1 and same_kind(f.unit, total.unit)][:1]
            if (colon >= 0 or _CLASSIFIED.match(text, t0)) and not index.within(block.id, max(colon, t0, total.start - 400),
                                                                                 total.start, limit=1) \
                    and nxt_same and ";" in text[total.end:nxt_same[0].start]:
                continue  # "Phân loại theo cơ sở: nhà ở 41 vụ; cơ sở sản xuất 22 vụ; …": the first item of a list

            nxt = next_sentence(text, s1)
            if nxt is not None and _DISPOSITION.match(text, nxt[0]):
                s1 = nxt[1]  # "… bắt giữ 40 vụ, 52 đối tượng. Đã khởi tố 31 vụ, 40 bị can, xử lý hành chính …"
            parts: list[Figure] = []
            prev_end = total.end
            for f in stocks[i + 1:i + 26]:  # a window of figures, never all pairs (cost linear in the figures)
                if f.start >= s1 or f.value is None:
                    break
                gap = text[prev_end:f.start]
                if len(gap) > (140 if not parts else 80) or index.paren(f) is not None and index.paren(f) != index.paren(total):
                    break
                if not (same_kind(f.unit, total.unit) or (not f.unit and _TAIL_UNIT.match(text, f.end))):
                    # a figure of another unit between two parts ("… 12 dự án với 980 triệu USD; …", "khởi tố 24 vụ,
                    # 36 bị can; xử lý hành chính 3 vụ, 4 đối tượng": the cases and the persons are two partitions)
                    continue
                if f.id in done or f.qualifier in ("trên", "hơn", "ngoài", "dưới") \
                        or any(per_unit(text, x) for x in index.within(block.id, prev_end, f.end, limit=4)):
                    break  # (nor past an amount for each of several units: "B, C mỗi huyện 600 triệu đồng")
                if _own_share_follows(index, block.id, text, f):
                    break
                parts.append(f)
                prev_end = f.end
                if _moved_apart(text, total, parts):
                    break  # "31 địa phương giảm …, 29 địa phương tăng … và 2 không đổi": siblings, no total and parts
                lo, hi, _, _ = sum_interval(parts)
                if len(parts) >= 2 and fits(total, lo, hi) and exact_enough(total, parts) \
                        and not (total.value < 20 and len(parts) == 2):
                    rel = breakdown(total, [("", p) for p in parts], "adds_up", block,
                                    quote(text, sentence_of(text, total.start)[0], s1), listed=True)
                    if rel and holds(rel):  # (a sum found by fit must pass: intervals that only touch do not fit —
                        # "33 tỷ" then "18 tỷ; 5 tỷ; 8 tỷ", a list of siblings)
                        rel.note = rel.note or "parts_by_sum"
                        done.update([total.id] + [p.id for p in parts])
                        out.append(rel)
                    break
                if hi is not None and total.value is not None and lo > total.value * Decimal("1.1"):
                    break
    return out


#: a bracket opened right after a total's unit with a subset cue: "41.870 người (trong đó …", "215 lao động (gồm: …"
_CUED_BRACKET = re.compile(r"\s*(?:[^\W\d_]{1,20}\s+){0,3}(?:[^\W\d_]{1,20}\s*)?\(\s*(?:trong\s+(?:số\s+)?đó|bao\s+gồm|gồm)"
                           r"\s*[:,]?\s*", re.IGNORECASE)  # (each word ends at a space: one way to read a run, linear)
_ITEM_LABEL = re.compile(r"\s*(?:và\s+)?[^\W\d_][^\d;,()]{0,60}?\s*(?::\s*)?$")


def bracket_sums(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``… lên 41.870 người (trong đó hội viên nông dân 30.120/35.400, đạt 85%; cựu chiến binh 8.400/9.000, …)``,
    ``215 lao động (trong đó nam 120, nữ 95)``: a bracket of labelled items opened by a subset cue right after the
    total, each item's first figure written without a unit (or in the total's), a ratio read as its numerator.
    ``trong đó`` does not say the items are all of the total, and a bare number may count something else
    (``3 lớp (trong đó lớp A 40 …)`` counts pupils), so only items adding up to it exactly are recorded (a pass)."""
    done = {r.figures[0] for r in found} | {f for r in found for f in r.figures[1:]}
    out = []
    for block in doc.blocks:
        text = block.text
        for total in index.by_block.get(block.id, []):
            if total.id in done or not index.is_stock(total) or total.kind not in TOTAL_KINDS or total.qualifier \
                    or total.value is None or total.value <= 0:
                continue
            m = _CUED_BRACKET.match(text, total.end)
            if m is None:
                continue
            close = text.find(")", m.end(), m.end() + 800)
            if close < 0 or "(" in text[m.end():close]:
                continue  # (a bracket inside the list: items with notes of their own, read by other rules)
            sep = ";" if ";" in text[m.end():close] else ","
            parts, pos = [], m.end()
            for item_end in [*(i for i in range(m.end(), close) if text[i] == sep), close]:
                figs = index.within(block.id, pos, item_end)
                first = figs[0] if figs else None
                if first is None or first.value is None or not _ITEM_LABEL.fullmatch(text, pos, first.start):
                    parts = []
                    break
                if first.kind == "ratio" and not first.unit and first.extra.get("numerator") and not index.role(first):
                    first = first.derived(first.text.split("/")[0], Decimal(first.extra["numerator"]))
                elif not (first.kind in TOTAL_KINDS and index.is_stock(first)
                          and (not first.unit or same_kind(first.unit, total.unit))) or first.id in done:
                    parts = []
                    break
                if sep == "," and len(figs) > 1:
                    parts = []  # (a comma list holds one figure an item)
                    break
                parts.append(first)
                pos = item_end + 1
            if len(parts) < 2 or not all(p.value is not None for p in parts):
                continue
            lo, hi, _, _ = sum_interval(parts)
            if not (fits(total, lo, hi) and exact_enough(total, parts)) or (total.value < 20 and len(parts) == 2):
                continue
            s0, s1 = sentence_of(text, total.start)
            rel = breakdown(total, [("", p) for p in parts], "cued_bracket", block, quote(text, s0, max(s1, close + 1)),
                            listed=True)
            if rel:
                rel.note = rel.note or "parts_by_sum"
                done.update([total.id] + [p.id for p in parts])
                out.append(rel)
    return out


#: a part's own subset or examples, after it in its clause: "… 180 vụ, trong đó 53 vụ trộm cắp", "… như trộm cắp 53 vụ"
_SUB_CUE = re.compile(r"\b(?:trong\s+(?:số\s+)?đó|như|nhất là|chủ yếu|riêng|gồm|bao gồm)\b", re.IGNORECASE)


def trong_do_sentences(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``Toàn tỉnh phát hiện 250 vụ … . Trong đó, xảy ra 140 vụ phạm tội về trật tự xã hội …; phát hiện 9 vụ … kinh
    tế …. Phát hiện 101 vụ … ma túy …``: a sentence opening ``Trong đó`` starts a run of sentences whose counts of the
    whole's unit (not a part's own subsets, shares or other tolls) add up, exactly, to a figure of the sentence before.
    No word says the run is all of the whole, so only a sum that holds exactly is recorded (a pass), from three parts
    and a whole of 20 or more."""
    done = {r.figures[0] for r in found} | {f for r in found for f in r.figures[1:]}
    out = []
    for block in doc.blocks:
        text = block.text
        spans = sentences(text)
        for k in range(1, len(spans)):
            s0, _ = spans[k]
            if not _OPENS_SUBSET.match(text, s0):
                continue
            p0, p1 = spans[k - 1]
            wholes = [f for f in index.within(block.id, p0, p1) if index.is_stock(f) and f.kind in TOTAL_KINDS
                      and f.unit and f.value is not None and f.value >= 20 and not f.qualifier and not f.decimals
                      and f.id not in done and not index.paren(f)][-6:]  # (the last few: cost linear in the text)
            for whole in wholes:
                parts = _sentence_run(text, index, block.id, spans[k:k + 5], whole, done)
                if parts is None:
                    continue
                rel = breakdown(whole, [("", p) for p in parts], "trong_do_sentences", block,
                                quote(text, p0, sentence_of(text, parts[-1].start)[1]), listed=True)
                if rel is not None and fits(whole, rel.computed_lo, rel.computed_hi):
                    rel.note = rel.note or "parts_by_sum"
                    done.update([whole.id] + [p.id for p in parts])
                    out.append(rel)
                    break
    return out


def _sentence_run(text: str, index: Index, block_id: str, spans, whole: Figure, done: set[str]) -> list[Figure] | None:
    """The parts of ``whole`` in a run of sentences (see :func:`trong_do_sentences`): the first figure of its unit in
    each clause (never one inside a bracket, after a subset cue of its clause, beside its own share, or of another
    toll), read until they add up exactly; None when they never do, or when a figure of its unit follows in the
    sentence where they do."""
    toll = casualty(text, whole)
    parts: list[Figure] = []
    total = Decimal(0)
    for k, (s0, s1) in enumerate(spans):
        figs = [f for f in index.within(block_id, s0, s1, limit=40) if index.is_stock(f) and f.kind in TOTAL_KINDS
                and f.value is not None and f.unit and same_kind(f.unit, whole.unit) and not index.paren(f)]
        opener = _OPENS_SUBSET.match(text, s0).end() if k == 0 else s0
        clause_seen: set[int] = set()
        for f in figs:
            c0, _ = clause_of(text, f.start)
            if c0 in clause_seen or _SUB_CUE.search(text, max(c0, opener), f.start):
                continue  # (a second figure of the unit in a clause, or one after a subset cue or "như": a part's own
                # detail, or examples)
            clause_seen.add(c0)
            if f.id in done or f.qualifier or f.decimals or _own_share_follows(index, block_id, text, f, bare=True) \
                    or casualty(text, f) not in ("", toll):
                continue
            if parts and total == whole.value:
                return None  # more of the unit after the run adds up: not the whole's list
            parts.append(f)
            total += f.value
            if total > whole.value:
                return None
        if total == whole.value and len(parts) >= 3:
            return parts
    return None


def _moved_apart(text: str, total: Figure, parts: list[Figure]) -> bool:
    """The total and its first part are labelled by opposite moves (one fell, one rose or stayed): the places that
    fell are never made of those that rose."""
    said = [direction(m.group()) if (m := _OWN_LABEL.match(text, f.end)) else None for f in (total, parts[0])]
    return None not in said and said[0] != said[1]


#: the words right after a figure, up to a comma, bracket, number or "và": its own label ("địa phương giảm số vụ")
_OWN_LABEL = re.compile(r"[^,;:()\d]{0,40}?(?=\s*(?:[,;:()\d]|\bvà\b|$))")


def _own_share_follows(index: Index, block_id: str, text: str, f: Figure, bare: bool = False) -> bool:
    """The figure is followed by its own share (``…, chiếm 39,6%``, or with ``bare`` a bracketed ``38 vụ
    (39,6%)``): an item of a whole."""
    nxt = index.within(block_id, f.end, min(len(text), f.end + 60))
    if not nxt or nxt[0].kind != "percent":
        return False
    if index.role(nxt[0]) == "share":
        return True
    p = index.paren(nxt[0])
    if not bare:
        return False
    return not index.role(nxt[0]) and p is not None and p[0] < f.end + 25 and not text[p[0] + 1:nxt[0].start].strip()


_TAIL_UNIT = re.compile(r"\s*(?:[;,.)]|$|\s+và\s)")


#: "hộ nghèo và hộ cận nghèo", "lao động nam và nữ": a header naming two groups together
_COMBINED = re.compile(r"([^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s+và\s+([^\W\d_]+(?:\s+[^\W\d_]+){0,2})", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r";\s*")


#: the poor and the near-poor together: "tỷ lệ hộ nghèo đa chiều" (the multidimensional poverty rate) counts both
_MULTIDIMENSIONAL = re.compile(r"\bnghèo\s+đa\s+chiều\b", re.IGNORECASE)


def _union(header: str) -> tuple[str, set[str]] | None:
    """What a header names as two groups together, as (a word of the first group, the words only the second has):
    ``hộ nghèo và hộ cận nghèo`` → ("nghèo", {"cận"}); ``tỷ lệ hộ nghèo đa chiều`` → the same."""
    if _MULTIDIMENSIONAL.search(header):
        return "nghèo", {"cận"}
    m = _COMBINED.search(header)
    if m is None:
        return None
    only_b = set(m.group(2).lower().split()) - set(m.group(1).lower().split())
    return (m.group(1).lower().split()[-1], only_b) if only_b else None


def _list_items(text: str, index: Index, block_id: str, s0: int, s1: int):
    """A sentence ``<header>: <name> <figures>; <name> <figures>; …``: its header and its items as
    ``(name, [figures])``, or None."""
    colon = text.find(":", s0, s1)
    if colon < 0:
        return None
    items, pos = [], colon + 1
    for part in _ITEM_SPLIT.split(text[colon + 1:s1]):
        a, b = pos, pos + len(part)
        pos = b + 1
        while pos < s1 and text[pos] == " ":
            pos += 1
        figs = [f for f in index.within(block_id, a, b) if f.value is not None and f.kind in TOTAL_KINDS | {"percent"}]
        if not figs:
            return None
        name = " ".join(text[a:figs[0].start].lower().split()).strip(" ,.-–")
        if not name or len(name) > 60:
            return None
        items.append((name, figs))
    return (text[s0:colon], [f for f in index.within(block_id, s0, colon) if f.value is not None
                              and f.kind in TOTAL_KINDS | {"percent"}], items) if len(items) >= 2 else None


def combined_lists(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``Tỷ lệ hộ nghèo và hộ cận nghèo: huyện A 9,1%, …; huyện B …`` followed by the same list for ``hộ nghèo`` and
    for ``hộ cận nghèo`` (same places, same order): each place's figure for the two groups together is the sum of
    its figures for each group, and so are the headers' own figures — the same kind of figure (a rate, or a count of
    one unit) in each.  The header names the union and the two lists name each group: the sum is certain."""
    done = {r.figures[0] for r in found}
    out = []
    lists = []  # (block, header, header figures, items) of every list sentence, in order
    for block in doc.blocks:
        for s0, s1 in sentences(block.text):
            got = _list_items(block.text, index, block.id, s0, s1)
            if got is not None:
                lists.append((block,) + got)
    for k, (b0, h0, hf0, items0) in enumerate(lists):
        union = _union(h0)
        if union is None:
            continue
        tail, only_b = union
        nxt = lists[k + 1:k + 5]
        first = next((x for x in nxt if tail in x[1].lower() and not only_b & set(x[1].lower().split())), None)
        second = next((x for x in nxt if only_b <= set(x[1].lower().split())), None)
        if first is None or second is None or first is second:
            continue
        names = [n for n, _ in items0]
        if [n for n, _ in first[3]] != names or [n for n, _ in second[3]] != names:
            continue
        rows = [(hf0, first[2], second[2])] + [(f0, f1, f2) for (_, f0), (_, f1), (_, f2) in zip(items0, first[3], second[3])]
        for f0s, f1s, f2s in rows:
            for f0 in f0s:
                same = lambda fs: [f for f in fs if f.kind == f0.kind and (f.kind == "percent" or same_unit(f.unit, f0.unit))]
                p1, p2 = same(f1s), same(f2s)
                if len(same(f0s)) != 1 or len(p1) != 1 or len(p2) != 1 or f0.id in done:
                    continue
                rel = breakdown(f0, [("", p1[0]), ("", p2[0])], "combined", b0,
                                quote(b0.text, *sentence_of(b0.text, f0.start), limit=300), listed=True)
                if rel is not None:
                    done.add(f0.id)
                    out.append(rel)
    return out + _combined_rates(doc, index, done)


#: "trong đó" after a count naming two groups: "33 người chết và mất tích, trong đó 23 người chết …"
_UNION_CUE = re.compile(r"\s*,?\s*trong\s+(?:số\s+)?đó\s*(?:có\s+)?:?\s*", re.IGNORECASE)
_ITEM_EDGE = re.compile(r"[,;:()]|\btrong\s+(?:số\s+)?đó\b", re.IGNORECASE)


def union_counts(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    """``33 người chết và mất tích, trong đó 23 người chết (…); 10 người mất tích (…)``, ``120 hộ nghèo và cận nghèo,
    trong đó 80 hộ nghèo, 40 hộ cận nghèo``: a count naming two groups together, then one count naming each (of its
    unit, outside brackets, to the sentence's end, and no other): the two are the whole.  Two groups may overlap
    (``cán bộ và đảng viên``), so a mismatch warns."""
    done = {r.figures[0] for r in found}
    out = []
    for block in doc.blocks:
        text = block.text
        figs = [f for f in index.by_block.get(block.id, []) if f.kind in TOTAL_KINDS and f.value is not None]
        for i, w in enumerate(figs):
            if w.id in done or not w.unit or index.paren(w) is not None or not index.is_stock(w):
                continue
            nxt = figs[i + 1] if i + 1 < len(figs) else None
            cue = _UNION_CUE.search(text, w.end, min(len(text), w.end + 70, nxt.start if nxt else len(text)))
            if cue is None or re.search(r"[\d;.()]", text[w.end:cue.start()]):
                continue
            union = _union(text[w.end:cue.start()].lower())
            if union is None:
                continue
            tail, only_b = union
            s1 = sentence_of(text, w.start)[1]
            later = [f for f in figs[i + 1:i + 9] if f.start >= cue.end() and f.start < s1 and index.paren(f) is None]
            mine = [f for f in later if same_unit(f.unit, w.unit)]
            a, b = [], []
            for f in mine:
                before = [m.end() for m in _ITEM_EDGE.finditer(text, max(cue.end(), f.start - 40), f.start)]
                after = _ITEM_EDGE.search(text, f.end, min(s1, f.end + 40))
                words = set(re.findall(r"[^\W\d_]+", text[before[-1] if before else max(cue.end(), f.start - 40):
                                                             after.start() if after else min(s1, f.end + 40)].lower()))
                if only_b <= words:
                    b.append(f)
                elif tail in words and not only_b & words:
                    a.append(f)
            if len(a) != 1 or len(b) != 1 or len(mine) != 2:
                continue
            rel = breakdown(w, [("", a[0]), ("", b[0])], "union", block, quote(text, sentence_of(text, w.start)[0], s1,
                                                                                 limit=300), listed=True)
            if rel is not None:
                done.add(w.id)
                out.append(soften(rel, "inferred_union_parts"))
    return out


def _combined_rates(doc: Document, index: Index, done: set[str]) -> list[Relation]:
    """``tỷ lệ hộ nghèo đa chiều 5,2% (hộ nghèo 2,9%, hộ cận nghèo 2,3%)``, ``tỷ lệ hộ nghèo và cận nghèo là 8,1%;
    trong đó hộ nghèo chiếm 4,5%, hộ cận nghèo 3,6%``: the rate of the two groups together and, after it in its
    sentence, one rate naming each group."""
    out = []
    for block in doc.blocks:
        text = block.text
        figs = [f for f in index.by_block.get(block.id, []) if f.kind == "percent" and f.value is not None]
        for i, f0 in enumerate(figs):
            s0, s1 = sentence_of(text, f0.start)
            union = _union(words_before(text, index, block.id, f0, s0).lower())
            if union is None or f0.id in done or index.role(f0) in ("change_pct", "prior", "plan_pct", "band"):
                continue
            tail, only_b = union
            later = [f for f in figs[i + 1:i + 5] if f.start < s1 and index.role(f) not in ("change_pct", "prior", "plan_pct", "band")]
            floor = f0.end
            if len(later) < 2 and (prev := previous_sentence(text, s0)) is not None:
                # "số hộ nghèo 12.846 hộ, chiếm 4,49%; số hộ cận nghèo …, chiếm 3,57%. Tổng tỷ lệ … là 8,16%."
                later = [f for f in figs[:i] if f.start >= prev[0] and index.role(f) not in ("change_pct", "prior", "plan_pct", "band")][-4:]
                floor = prev[0]

            def words_of(f: Figure) -> set[str]:
                own = set(re.findall(r"[^\W\d_]+", words_before(text, index, block.id, f, floor).lower()))
                if tail not in own:  # the name before the count the rate is of: back to the clause's start
                    c0 = max(floor, text.rfind(";", 0, f.start) + 1, text.rfind("(", 0, f.start) + 1)
                    own = set(re.findall(r"[^\W\d_]+", text[c0:f.start].lower()))
                return own
            words = [words_of(f) for f in later]
            a = [f for f, w in zip(later, words) if tail in w and not only_b & w and not _union(" ".join(w))]
            b = [f for f, w in zip(later, words) if only_b <= w and tail in w | only_b]
            if len(a) != 1 or len(b) != 1:
                continue
            rel = breakdown(f0, [("", a[0]), ("", b[0])], "combined", block, quote(text, s0, s1), listed=True)
            if rel is not None:
                done.add(f0.id)
                out.append(rel)
    return out
