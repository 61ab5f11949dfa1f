"""Prior values given as a list "tương ứng" (in the same order) to a list of current rates or shares.

Statistics offices write a structure and, in brackets, the same structure a year before, in the same order:
"Nông nghiệp chiếm 20,5%; công nghiệp chiếm 45,1%; dịch vụ chiếm 34,4% (cơ cấu tương ứng của năm trước là 21,3%
- 44,0% - 34,7%)".  A later sentence then states how each share moved: "tỷ trọng công nghiệp tăng 1,1 điểm
phần trăm", "dịch vụ giảm 0,3%".  The change is the named share against its counterpart in the bracket.

:func:`counterpart` finds, for such a change, the current value and the prior one: the current list is the run of
rates right before the bracket (as many as the bracket holds), the prior list is the bracket's, and the change is
tied to the current rate whose own words it repeats (the words before it, from the figure before).  The tie is
read from words, so a mismatch only warns (the caller softens the row).
"""

from __future__ import annotations

import re

from figaudit import grammar as g
from figaudit.figures import Figure
from figaudit.relations.common import TOTAL_KINDS, Index, sentence_of

#: the bracket opens with the word that makes the order binding: "(cơ cấu tương ứng của năm 2022 là: …",
#: "(năm trước tương ứng là …", "(cùng kỳ lần lượt là …"
_OPENS = g.CORRESPONDING_OPEN
#: between two rates of the bracket: "21,3% - 44,0% - 34,7%", "21,3%; 44,0% và 34,7%"
_BETWEEN = re.compile(r"\s*(?:[-–;,]|và)\s*", re.IGNORECASE)
#: words that name no group (they open any list of shares)
_STOP = {"khu", "vực", "chiếm", "tỷ", "tỉ", "trọng", "lệ", "cơ", "cấu", "và", "là", "đạt", "của", "các", "những",
         "ngành", "nhóm", "tăng", "giảm", "nên", "do", "thì", "còn", "riêng", "đi", "như", "vậy", "có", "với", "năm",
         "trong", "đó", "đạt", "so", "mức", "lên", "xuống"}
_WORD = re.compile(r"[^\W\d_]+")
#: old and new places of the tone mark ("thuỷ" / "thủy", "hoà" / "hòa"): one report often writes both
_TONES = str.maketrans({"ỷ": "y", "ý": "y", "ỳ": "y", "ỹ": "y", "ỵ": "y", "à": "a", "á": "a", "ả": "a", "ã": "a",
                        "ạ": "a", "è": "e", "é": "e", "ẻ": "e", "ẽ": "e", "ẹ": "e", "ủ": "u", "ú": "u", "ù": "u",
                        "ũ": "u", "ụ": "u", "ỏ": "o", "ó": "o", "ò": "o", "õ": "o", "ọ": "o"})


def _words(text: str) -> set[str]:
    """The naming words of a stretch of text, tone marks folded (a group is named the same either way)."""
    return {w.translate(_TONES) for w in (x.lower() for x in _WORD.findall(text)) if w not in _STOP and len(w) > 1}


def lists(text: str, index: Index, block_id: str) -> list[tuple[list[Figure], list[Figure], list[set[str]]]]:
    """The (current rates, prior rates, the current rates' naming words) of each bracket of a block."""
    figs = [f for f in index.by_block.get(block_id, []) if f.kind in TOTAL_KINDS | {"percent"}]
    out, seen = [], set()
    for f in figs:
        p = index.paren(f)
        if f.kind != "percent" or p is None or p in seen:
            continue
        seen.add(p)
        inside = [x for x in figs if index.paren(x) == p]
        if len(inside) < 2 or any(x.kind != "percent" for x in inside) or not _OPENS.search(text, p[0], inside[0].start):
            continue
        if any(not _BETWEEN.fullmatch(text, a.end, b.start) for a, b in zip(inside, inside[1:])):
            continue  # (only rates, one after the other: the list and nothing else)
        s0 = sentence_of(text, p[0])[0]
        before = [x for x in figs if s0 <= x.start and x.end <= p[0] and not index.paren(x)]
        cur = before[-len(inside):]
        if len(cur) < len(inside) or any(x.kind != "percent" or index.role(x) in ("change", "change_pct", "prior", "band")
                                         for x in cur):
            continue
        names = []
        for i, c in enumerate(cur):
            start = cur[i - 1].end if i else s0
            seg = text[start:c.start]
            start += max(seg.rfind(":"), seg.rfind(";")) + 1  # (the words after a heading's colon)
            names.append(_words(text[start:c.start]))
        out.append((cur, inside, names))
    return out


def counterpart(text: str, index: Index, block, d: Figure, verb_start: int, earlier_blocks: list,
                cache: dict) -> tuple[Figure, Figure] | None:
    """(current, prior) of a change of one rate of a listed structure, or None.  ``verb_start``: where the change's
    verb begins; ``cache``: block id → :func:`lists` (shared by the changes of a run)."""
    s0 = sentence_of(text, d.start)[0]
    prev = [x for x in index.within(block.id, s0, d.start) if x.kind in TOTAL_KINDS | {"percent"} and x.id != d.id]
    name = _words(text[max(s0, prev[-1].end if prev else s0):verb_start])
    if not name:
        return None
    best: list[tuple[float, Figure, Figure]] = []
    for b in [block] + list(earlier_blocks[:5]):
        if b.id not in cache:
            cache[b.id] = lists(b.text, index, b.id)
        for cur, prior, names in cache[b.id]:
            if b.id == block.id and prior[-1].end > d.start:
                continue  # (a bracket after the change is not what it compares with)
            for c, p, words in zip(cur, prior, names):
                if words:
                    hit = len(words & name)
                    if hit and hit / len(words) >= 0.5:
                        best.append((hit / len(words) + hit / 100, c, p))
        if best:
            break  # the nearest block with a list that names the group
    if not best:
        return None
    best.sort(key=lambda t: -t[0])
    if len(best) > 1 and best[1][0] == best[0][0]:
        return None  # two groups named alike: no tie
    return best[0][1], best[0][2]
