"""Compound totals: a count of a compound noun and, in other sentences near it, one count of each of its nouns alone.

Police, inspection and petition reports count two kinds of one thing under one noun phrase and give each kind in a
sentence of its own::

    Trong quý xảy ra 46 vụ cháy, nổ, làm 2 người bị thương. … Cụ thể, có 44 vụ cháy và 2 vụ nổ …
    Năm qua tiếp nhận 310 đơn khiếu nại, tố cáo … Các cơ quan đã thụ lý 205 đơn khiếu nại. … xem xét 105 đơn tố cáo.

The compound (``cháy, nổ``, ``khiếu nại, tố cáo``) is read from the words right after the whole: two to four short
nouns joined by ``,``/``và``, the last not followed by a figure (``…, làm 2 người``, ``…, giảm 6%`` end the list).
Each noun's count is the one count of the whole's head noun (``vụ``, ``đơn``) in the rest of the paragraph (or the
paragraph right after it, or right before it) whose name holds that noun and no other: exactly one value for each,
none of them a change, a ratio, a share or a hedged figure.  Nothing but the words pairs them, so a sum that misses
warns (``inferred_compound_members``), never fails.
"""

from __future__ import annotations

import re

from figaudit import grammar as g
from figaudit.figures import Figure
from figaudit.model import Document
from figaudit.relations import Relation, soften
from figaudit.relations.breakdowns import breakdown
from figaudit.relations.common import Index, fits, quote, sentence_of, unit_head

#: the noun list right after a whole's head noun: "vụ cháy, nổ", "đơn khiếu nại, tố cáo", "vụ tai nạn, va chạm"
_MEMBER = r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}"
_NOUN_LIST = g.pattern("compound_noun_list", rf"\s*({_MEMBER}(?:\s*(?:,|\bvà\b|\bhoặc\b)\s*{_MEMBER}){{1,3}})",
                       matches=[" cháy, nổ, làm 2 người", " kiến nghị, phản ánh (gọi chung)", " tai nạn, va chạm giao thông"],
                       rejects=[" cháy"], flags=re.IGNORECASE)
#: what ends the noun list: a figure right after a word ("…, làm 2 người" — a verb and its count, not a noun)
_STOP = re.compile(r"\s*\d")
#: words that never name a kind of the thing counted (verbs and links opening the next clause)
_NOT_MEMBER = re.compile(r"^(?:trong|gồm|bao|làm|giảm|tăng|với|của|tại|do|đã|được|có|là|chiếm|đạt|so|bằng|như|thì|"
                         r"nhưng|song|riêng|cùng|từ|trên|dưới|hơn|gần|khoảng)\b", re.IGNORECASE)
#: where the noun list of a compound ends: a mark, or the end of the paragraph
_LIST_END = re.compile(r"\s*(?:[,;.:(]|$)")
_AND = re.compile(r"\s(?:và|hoặc)\s", re.IGNORECASE)
#: the most paragraphs looked at around the whole, and figures in each (a window: the cost stays linear)
MAX_FIGURES = 120


def members(text: str, whole: Figure) -> list[str]:
    """The nouns a count of a compound noun names (``212 vụ cháy, nổ`` → ``["cháy", "nổ"]``), or []."""
    head = unit_head(whole.unit)
    if not head:
        return []
    m = re.compile(rf"\s*{re.escape(head)}\b", re.IGNORECASE).match(text, whole.end)
    if not m:
        return []
    lm = _NOUN_LIST.match(text, m.end(), min(len(text), m.end() + 90))
    if not lm:
        return []
    nouns, pos = [], m.end()
    for piece in re.finditer(rf"(?:^|\s*(?:,|\bvà\b|\bhoặc\b)\s*)({_MEMBER})", lm.group(1), re.IGNORECASE):
        word = " ".join(piece.group(1).split()).lower()
        end = m.end() + (lm.start(1) - m.end()) + piece.end()
        if _NOT_MEMBER.match(word) or _STOP.match(text, end) and nouns:
            break
        nouns.append(word)
        pos = end
    if len(nouns) < 2 or len(set(nouns)) < len(nouns) or any(a in b or b in a for i, a in enumerate(nouns)
                                                               for b in nouns[i + 1:]):
        return []
    if not _LIST_END.match(text, pos):  # "…, tố cáo 12 đơn" (a label of a figure), "Chủ tịch xã, phường được bầu lại"
        return []  # (a phrase running on): the list must end at a mark
    return nouns


def _name(text: str, index: Index, f: Figure) -> str:
    """A count's own words: back to the figure or clause mark before it, its unit and the words after it."""
    prev = index.last_before(f.block, f.start, 1)
    lo = max(0, f.start - 80)  # (a window: each look stays short)
    a = max(prev[0].end if prev else 0, lo, max(text.rfind(c, lo, f.start) for c in ";:.,") + 1)
    joined = [m.end() for m in _AND.finditer(text, a, f.start)]
    a = joined[-1] if joined else a  # ("có 43 vụ cháy và 2 vụ nổ": the 2's words start after "và")
    b = re.compile(r"[^\d;,.:()]{0,40}").match(text, f.end).end()
    return " ".join(text[a:b].split()).lower()


def _counts(index: Index, block, head: str, lo: int, hi: int) -> list[Figure]:
    return [f for f in index.within(block.id, lo, hi, limit=MAX_FIGURES)
            if f.kind == "count" and f.value is not None and not f.qualifier and index.is_stock(f)
            and not index.paren(f) and unit_head(f.unit) == head]


def find(doc: Document, index: Index, found: list[Relation]) -> list[Relation]:
    done = {r.figures[0] for r in found} | {f for r in found for f in r.figures[1:]}
    blocks = doc.blocks
    out = []
    cache: dict[str, str] = {}  # figure id → its words (each figure read once)
    for k, block in enumerate(blocks):
        text = block.text
        for whole in index.by_block.get(block.id, [])[:MAX_FIGURES]:
            if whole.kind != "count" or whole.value is None or whole.id in done or not index.is_stock(whole):
                continue
            nouns = members(text, whole)
            if not nouns:
                continue
            head = unit_head(whole.unit)
            pool = [(f, block) for f in _counts(index, block, head, 0, len(text)) if f.id != whole.id]
            for j in (k - 1, k + 1):  # the paragraph right before and right after, not across a heading
                if 0 <= j < len(blocks) and blocks[j].kind != "heading" and blocks[j].footnote == block.footnote:
                    pool += [(f, blocks[j]) for f in _counts(index, blocks[j], head, 0, len(blocks[j].text))]
            chosen = []
            names = [(f, cache.get(f.id) or cache.setdefault(f.id, _name(b.text, index, f))) for f, b in pool]
            for noun in nouns:
                named = [f for f, name in names if re.search(rf"(?<!\w){re.escape(noun)}(?!\w)", name)
                         and not any(re.search(rf"(?<!\w){re.escape(o)}(?!\w)", name) for o in nouns if o != noun)]
                if len({f.value for f in named}) != 1 or named[0].id in done:
                    break
                chosen.append(named[0])
            if len(chosen) != len(nouns):
                continue
            s0, s1 = sentence_of(text, whole.start)
            rel = breakdown(whole, [(n, f) for n, f in zip(nouns, chosen)], "compound_members", block,
                            quote(text, s0, s1), listed=True, nouns=tuple(f"{head} {n}" for n in nouns))
            if rel is None:
                continue
            if not fits(whole, rel.computed_lo, rel.computed_hi):
                soften(rel, "inferred_compound_members")
            done.update([whole.id] + [f.id for f in chosen])
            out.append(rel)
    return out
