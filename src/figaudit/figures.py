"""Extract every figure of a document into one table (``figures.csv``).

Every ASCII digit run of every block ends up inside exactly one figure row,
with a kind and the reason for it; nothing is silently dropped (the coverage
test asserts it).  Kinds:

==================  =====================================================
count               a number of things, with its unit phrase (``115 đảng viên``)
amount              money or a physical measure (``27.387 tỷ đồng``, ``12 ha``)
percent             ``104,7%``
ratio               ``12/12``, ``821/1.450``
fraction            ``63,5/78,5 ha``: a/b with decimals (a done amount over its plan, or two values side by side)
multiplier          ``gấp 1,6 lần``, ``tăng 2,5 lần`` (not a count)
year                ``năm 2023``
date                ``14/5/2021``, ``ngày 14 tháng 5 năm 2021``, ``tháng 5/2023``, ``Sáng 26/11``
period              ``2020 - 2025``, ``2015/2014`` (two years compared)
range               ``từ 20 đến 25``
document_number     ``35-NQ/TW``, ``130/2020/NĐ-CP``
duration            ``10 năm``, ``6 tháng``
ordinal             ``lần thứ 3``
term                ``khóa XIII``, ``lần thứ Tám`` (no digits, kept for completeness)
label               a number that is part of a name (``Quân khu 3``)
item_number         the number of a heading or list item (``1. Công tác …``)
code                digits glued to letters (``H5N1``, ``QH14`` outside a document number)
unparsed            a digit string that is not a valid Vietnamese number (``12.5``)
==================  =====================================================
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from decimal import Decimal

from figaudit import grammar as g
from figaudit.model import Block, Document
from figaudit.numbers import decimals_of, fmt_vi, hedge_interval, parse_vi

NUMERIC_KINDS = {"count", "amount", "percent", "ratio", "fraction", "year", "duration", "ordinal", "label", "item_number", "multiplier"}

_LOOSE = re.compile(r"(?<![\w])\d[\d.,]*\d|(?<![\w])\d")
_CODE_AFTER_HYPHEN = re.compile(r"(?<=[A-Za-z])-(\d+)(?![\d.,]\d)")
_WORD = re.compile(rf"[{g.VI_LETTER}][{g.VI_LETTER}\-]*")
_SUPERS = re.compile(rf"[{g.SUPERSCRIPT_DIGITS}]+")


@dataclass
class Figure:
    id: str
    block: str
    kind: str
    text: str
    start: int
    end: int
    line: int
    value: Decimal | None = None
    unit: str = ""
    qualifier: str = ""
    lo: Decimal | None = None
    hi: Decimal | None = None
    lo_open: bool = False
    hi_open: bool = False
    decimals: int = 0
    scale: int = 1
    reason: str = ""
    footnote: int | None = None
    section: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def needs_value(self) -> bool:
        return self.kind in NUMERIC_KINDS and not self.extra.get("words", False)

    def derived(self, text: str, value: Decimal, unit: str | None = None, end: int | None = None) -> "Figure":
        """An exact count computed from this figure's place (a ratio's numerator, a sum, a difference): it keeps the
        id, block, offsets and line of the figure it stands on, for provenance."""
        return Figure(id=self.id, block=self.block, kind="count", text=text, start=self.start,
                      end=self.end if end is None else end, line=self.line, value=value, lo=value, hi=value,
                      unit=self.unit if unit is None else unit, footnote=self.footnote, section=self.section)

    def terms(self) -> tuple["Figure", "Figure"]:
        """A ratio's numerator and denominator as figures at its place; a fraction's keep the decimals written, so
        their rounding widens what is computed from them (``63,5/78,5``: 63,45–63,55 over 78,45–78,55)."""
        out = []
        head, _, rest = self.unit.partition(" ")
        scale = g.SCALE_WORDS.get(head, 1) if rest else 1  # "(22,09/57,92 tỷ đồng)": both terms in tỷ đồng
        for k, key in enumerate(("numerator", "denominator")):
            v = Decimal(self.extra[key])
            t = self.derived(f"{fmt_vi(v)} {head}" if scale > 1 else fmt_vi(v), v * scale, unit=rest if scale > 1 else None)
            t.scale = scale
            if self.kind == "fraction":
                t.decimals = self.extra["decimals"][k]
            out.append(t)
        return out[0], out[1]

    @property
    def half_digit(self) -> Decimal:
        """Half a unit of the last written digit, as written (``12,5%`` → 0,05): the rounding of the stated figure."""
        return Decimal(1).scaleb(-self.decimals) / 2

    @property
    def resolution(self) -> Decimal:
        """Half a unit of the last written digit, in the figure's scale."""
        return Decimal(1).scaleb(-self.decimals) * self.scale / 2


def extract(doc: Document) -> list[Figure]:
    out: list[Figure] = []
    for b in doc.blocks:
        out.extend(extract_block(b))
    for f in out:  # an estimate is recorded with the figure's reading (``number × tỷ; estimate (ước đạt)``)
        if "estimate" in f.extra:
            f.reason = f"{f.reason}; estimate ({f.extra['estimate']})" if f.reason else f"estimate ({f.extra['estimate']})"
    return out


def extract_block(b: Block) -> list[Figure]:
    text = b.text
    spans: list[tuple[int, int, str, dict]] = []  # start, end, kind, info

    taken = bytearray(len(text))  # characters already inside a figure: each check costs the figure's length

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    def take(s: int, e: int, kind: str, info: dict):
        spans.append((s, e, kind, info))
        taken[s:e] = b"\x01" * (e - s)

    def add(m: re.Match, kind: str, **info):
        s, e = m.span()
        if free(s, e):
            take(s, e, kind, info)

    for m in g.BRACKET_REF.finditer(text):
        add(m, "reference", reason="bracketed note reference [n]")
    for m in g.DOC_NUMBER_STATE.finditer(text):
        add(m, "document_number", value=m.group(1), reason="number/year/type-issuer")
    for m in g.DOC_NUMBER_PARTY.finditer(text):
        add(m, "document_number", value=m.group(1), reason="number-TYPE/ISSUER")
    for m in g.DOC_NUMBER_ADMIN.finditer(text):
        add(m, "document_number", value=m.group(1), reason="number/TYPE-ISSUER")
    for m in g.DOC_NUMBER_BARE.finditer(text):
        if free(*m.span(1)):
            take(*m.span(1), "document_number", {"value": m.group(1).split("/")[0],
                                                 "reason": "a document's number/year after its type"})
    for m in g.DOC_NUMBER_NAMED.finditer(text):
        if free(*m.span(1)):
            take(*m.span(1), "document_number", {"value": m.group(1), "reason": "a document's number after its type"})
    for m in g.ROAD_POSITION.finditer(text):
        add(m, "code", reason="a place on a road or a road's number (Km12+300, QL.3)")
    for m in g.DATE_WORDS.finditer(text):
        add(m, "date", reason="ngày … tháng … năm …")
    for m in g.DATE_WORDS_NO_YEAR.finditer(text):
        add(m, "date", reason="ngày … tháng … (no year)")
    for m in g.MONTH_NAME.finditer(text):
        if free(*m.span(1)):
            take(*m.span(1), "date", {"reason": "month named by its number"})
    for m in g.TIME_OF_DAY.finditer(text):
        add(m, "date", reason="time of day")
    for m in g.DATE_NUMERIC.finditer(text):
        add(m, "date", reason="d/m/yyyy")
    for m in g.MONTH_YEAR.finditer(text):
        add(m, "date", reason="month/year")
    for m in g.PERIOD.finditer(text):
        add(m, "period", reason="yyyy - yyyy")
    for m in g.YEAR_PAIR.finditer(text):
        add(m, "period", reason="yyyy/yyyy (two years compared)")
    for m in g.DAY_MONTH_HYPHEN.finditer(text):
        s_, e_ = m.span(1)[0], m.span(2)[1]
        if free(s_, e_):
            take(s_, e_, "date", {"reason": "day-month after a time word"})
    for m in g.MONTH_YEAR_BARE.finditer(text):
        if not _unit_after(text, m.end()):
            add(m, "date", reason="month/year")  # "so với tháng cùng kỳ (9/2022)": not a ratio
    for m in g.DAY_BEFORE_DATE.finditer(text):
        for d in re.finditer(r"\d+", m.group(1)):
            s_, e_ = m.start(1) + d.start(), m.start(1) + d.end()
            if free(s_, e_):
                take(s_, e_, "date", {"reason": "a day before a day/month"})
    for m in g.DAY_MONTH.finditer(text):
        if g.RATIO_CUE.search(text[max(0, m.start() - 25):m.start()]):
            continue  # "không thay đổi (5/5)": this year against last, a ratio
        # a day and month: after a time word, next to another date, or with no unit after it
        if g.DAY_MONTH_CUE.search(text[max(0, m.start() - 25):m.start()]) or not _unit_after(text, m.end()):
            add(m, "date", reason="day/month")
    for m in g.RANGE.finditer(text):
        add(m, "range", reason="từ … đến …")
    for m in g.SPACED_THOUSANDS.finditer(text):
        add(m, "number", spaced=True, reason="thousands set off by spaces")
    for m in g.RATIO.finditer(text):
        pair = g.CASES_PERSONS_AFTER.match(text, m.end())
        if pair is not None and free(*m.span()):
            # "bắt giữ 15/12 vụ đối tượng": the police's cases/persons, two counts side by side, never a fraction
            cut = m.start() + m.group().index("/")
            num_end = m.start() + len(m.group()[:cut - m.start()].rstrip())
            den_start = cut + 1 + len(m.group()[cut + 1 - m.start():]) - len(m.group()[cut + 1 - m.start():].lstrip())
            take(m.start(), num_end, "number", {"unit": pair.group(1), "reason": "cases of a cases/persons pair"})
            take(den_start, m.end(), "number", {"unit": pair.group(2), "reason": "persons of a cases/persons pair"})
            continue
        if g.PAIRED_VALUES.search(text[max(0, m.start() - 20):m.start()]):
            continue  # "chỉ tiêu tương ứng 14.000/900 người": two values side by side, each read on its own
        if _PER_PERIOD_AFTER.match(text, m.end()):
            continue  # "học 9/10 buổi/tuần": nine or ten sessions a week, a rate per period, no fraction
        add(m, "ratio", reason="a/b")
    for m in g.FRACTION.finditer(text):
        if "," not in m.group() or g.PAIRED_VALUES.search(text[max(0, m.start() - 20):m.start()]) \
                or _PER_PERIOD_AFTER.match(text, m.end()):
            continue  # (a pair of whole numbers is a ratio above; "tương ứng 12,5/9,8 tấn": two values side by side)
        add(m, "fraction", reason="a/b with decimals (a done amount over its plan, or two values side by side)")
    for m in g.PERCENT.finditer(text):
        add(m, "percent", number=m.group(1), reason="number with %")
    for m in g.COMPOUND_SCALED.finditer(text):
        groups = [(m.group(1), m.group(2))] + re.findall(r"(\d{1,3})\s+(triệu|nghìn|ngàn)", m.group(3))
        scales = [g.SCALE_WORDS[w.lower()] for _, w in groups]
        if all(a > b for a, b in zip(scales, scales[1:])):  # falling: "5 tỷ 300 triệu", never "5 triệu 300 triệu"
            add(m, "compound", groups=[(n, sc) for (n, _), sc in zip(groups, scales)],
                reason="number in falling scale words (" + " ".join(w for _, w in groups) + ")")
    for m in g.SCALED.finditer(text):
        scale = g.SCALE_WORDS[m.group(2).lower()] * (g.SCALE_WORDS[m.group(3).lower()] if m.group(3) else 1)
        words = m.group(2) + (f" {m.group(3)}" if m.group(3) else "")
        add(m, "scaled", number=m.group(1), scale=scale, reason=f"number × {words}")
    for m in g.WORD_SCALED.finditer(text):
        scale = g.SCALE_WORDS[m.group(2).lower()] * (g.SCALE_WORDS[m.group(3).lower()] if m.group(3) else 1)
        if re.search(r"mươi\s+$|mười\s+$", text[max(0, m.start() - 7):m.start()], re.IGNORECASE):
            continue  # ("hai mươi ba triệu", "mười hai nghìn": a longer number in words, not read)
        add(m, "scaled", number=str(g.WORD_SCALED_NUMBERS[m.group(1).lower()]), scale=scale,
            reason=f"{m.group(1)} {m.group(2)} (a round number in words)")
    for m in g.WORD_QUANTITY.finditer(text):
        add(m, "word_quantity", word=m.group(1).lower(), reason=f"hàng {m.group(1)} (in words)")
    for m in g.WORD_NUMBER.finditer(text):
        if free(*m.span(1)):
            take(*m.span(1), "word_number", {"value": g.WORD_NUMBERS[m.group(1).lower()],
                                             "reason": f"{m.group(1)} (a count in words)"})
    for m in g.TERM.finditer(text):
        add(m, "term", reason="roman numeral or ordinal word")
    for m in g.FLAT_EXPONENT.finditer(text):  # "1.524 m 3 lâm sản": m³ with its superscript flattened
        if free(*m.span(1)):
            take(*m.span(1), "code", {"reason": "a unit's exponent written flat (m 3 = m³)"})
    for m in _CODE_AFTER_HYPHEN.finditer(text):  # "Covid-19", "H5N1-2": part of a name
        if free(*m.span(1)):
            take(*m.span(1), "code", {"reason": "digits after a hyphenated name"})
    for m in _LOOSE.finditer(text):
        add(m, "number")
    # Digits glued to letters (codes) and anything else left: never dropped.
    for m in g.DIGIT_RUN.finditer(text):
        if free(*m.span()):
            glued = (m.start() > 0 and text[m.start() - 1].isalpha()) or (m.end() < len(text) and text[m.end()].isalpha())
            take(m.start(), m.end(), "code" if glued else "unparsed",
                 {"reason": "digits inside a word" if glued else "unrecognised digits"})

    spans.sort(key=lambda s: s[0])
    ones = _ones_in_lists(text, spans, free)
    if ones:
        spans = sorted(spans + ones, key=lambda s: s[0])
    figures = []
    for k, (s, e, kind, info) in enumerate(spans, start=1):
        f = Figure(id=f"{b.id}.{k}", block=b.id, kind=kind, text=text[s:e], start=s, end=e, line=b.line_at(s),
                   footnote=b.footnote, section=b.section, reason=info.get("reason", ""))
        _classify(f, b, info)
        if info.get("unit") and f.value is not None:
            f.kind, f.unit = "count", info["unit"]
        figures.append(f)
    for prev, f in zip(figures, figures[1:]):
        if prev.kind == "count" and not prev.unit and f.kind == "amount" and f.scale > 1 \
                and _SPLIT_DECIMAL.fullmatch(text, prev.end, f.start) and re.fullmatch(r"\d{1,3}", prev.text) \
                and re.match(r"\d{1,3}\s", f.text):
            # "hơn 37, 38 tỷ đồng", "vốn sự nghiệp 61, 5 tỷ đồng": a bare number, then a comma, a space and a scaled
            # amount — 37,38 tỷ with a stray space, or two figures? Neither is read, nothing is checked with them
            for x in (prev, f):
                x.kind, x.value, x.lo, x.hi = "unparsed", None, None, None
                x.reason = f"'{prev.text}, {f.text}': a decimal split by a space, or two figures? (not used in checks)"
    _carry_units(text, figures)
    return figures


#: a count's share right after it: "410 đồng chí, chiếm 26,97%", "1.109 (chiếm 72,96%)"
_SHARE_NEXT = re.compile(r"\s*(?:[,(]\s*)?chiếm\b", re.IGNORECASE)


def _carry_units(text: str, figures: list[Figure]) -> None:
    """A bare count the writer left the unit out of, next in a list to a count of a unit, is counted in that unit:
    with its share after it (``… lần đầu là 410 đồng chí, chiếm 26,97%; tái cử 1.109, chiếm 72,96%``), or as the
    figure of a name in a ``;`` list (``Cụ thể: Đảng bộ A chỉ tiêu 150 đảng viên mới; B 110; C 95 và …``)."""
    last = None  # the last count with a unit (its own or carried), and where its unit ends
    last_end = 0
    for f in figures:
        if f.kind != "count" or f.value is None:
            if f.kind not in ("date", "year", "document_number", "code", "percent"):
                last = None  # (another kind of figure ends the list; a share beside an item does not)
            continue
        if f.unit:
            u = re.match(r"\s*" + re.escape(f.unit), text[f.end:f.end + len(f.unit) + 4], re.IGNORECASE)
            last, last_end = f, f.end + (u.end() if u else 0)
            continue
        if last is None or f.start - last_end > 200:
            continue
        gap = text[last_end:f.start]
        share = _SHARE_NEXT.match(text, f.end) and _SHARE_NEXT.match(text, last_end) \
            and re.search(r"[;,]", gap) and not re.search(r"[.!?]\s|\n|\d", gap.split("%", 1)[-1])
        item = _NAMED_ITEM_GAP.fullmatch(gap) and _ITEM_END.match(text, f.end)
        if share or item:
            f.unit = last.unit
            why = f"unit '{last.unit}' of the count before it in its list"
            f.reason = f"{f.reason}; {why}" if f.reason else why
            last_end = f.end


#: from one item of a ";" list to the bare figure of the next, named: "; Bình Sơn ", "; Đảng bộ Quân sự tỉnh "
_NAMED_ITEM_GAP = re.compile(rf"\s*;\s*[{g.VI_UPPER}][^\d;.!?\n()%:]{{0,60}}\s")
#: what may follow such an item's figure: the next item, or the list's end
_ITEM_END = re.compile(r"\s*(?:;|\bvà\b|\.(?!\d)|$)")


#: between the two halves of a decimal split by a stray space: "37, 38 tỷ"
_SPLIT_DECIMAL = re.compile(r", ")


def _ones_in_lists(text: str, spans: list, free) -> list:
    """``40 em đạt giải Nhì, một em đạt giải đặc biệt``: ``một`` counts 1 when the count before it, across a list
    separator, is of the same unit (elsewhere it is the article "a")."""
    out = []
    starts = [s for s, _, _, _ in spans]
    for m in g.WORD_ONE.finditer(text):
        if not free(*m.span(1)) or re.search(r"mười\s+$", text[max(0, m.start() - 6):m.start()], re.IGNORECASE):
            continue  # ("mười một": eleven)
        k = bisect.bisect_left(starts, m.start()) - 1
        if k < 0 or spans[k][2] != "number":
            continue
        prev_unit = _unit_after(text, spans[k][1])
        word = re.match(r"[^\W\d_]+", text[m.end():m.end() + 20])
        if not prev_unit or not word or word.group().lower() != prev_unit.split()[0].lower():
            continue  # (the very word of the unit: "một số xã" is "some communes")
        gap = text[spans[k][1]:m.start()]
        if len(gap) > 80 or re.search(r"[\d.;()]", gap) or not re.search(r"(?:,|\bvà)\s*$", gap):
            continue
        out.append((m.start(1), m.end(1), "word_number", {"value": 1, "reason": "một (a count in words, in a list)"}))
    return out


#: a unit per period right after a ratio: "9/10 buổi/ tuần", "2/3 ca/ngày"
_PER_PERIOD_AFTER = re.compile(r"\s*[^\W\d_]+\s*/\s*(?:ngày|tuần|tháng|năm|giờ|buổi|ca|kỳ)(?!\w)", re.IGNORECASE)


def _after(text: str, end: int, n: int = 60) -> str:
    return _SUPERS.sub("", text[end:end + n])


_UNIT_LEAD = re.compile(r"^\s*[“\"‘]\s*|^\s+số\s+(?=[^\W\d_])", re.IGNORECASE)


def _unit_after(text: str, end: int) -> str:
    rest = _after(text, end)
    lead = _UNIT_LEAD.match(rest)  # "105 “Nhà đại đoàn kết”", "150 số vụ": the unit is the noun after
    if lead:
        rest = " " + rest[lead.end():]
    m = g.UNIT_AFTER.match(rest)
    if m:
        unit = m.group(1).lower() if m.group(1) not in ("USD", "MW", "kWh") else m.group(1)
        unit = g.MONEY_SHORT.get(unit, unit)  # "200.000đ" is 200.000 đồng
        # "95.300 nghìn người.km", "310 triệu tấn.km": a measure of its own, never the people or tonnes themselves
        return unit + ".km" if re.match(r"\s?[.·]\s?km\b", rest[m.end():]) else unit
    words = []
    for w in _WORD.finditer(rest):
        gap = rest[(words[-1][1] if words else 0):w.start()]
        if words and gap.strip() or (not words and gap.strip()):
            break
        if w.group(0).lower() in g.UNIT_STOPWORDS or len(words) == 2:
            break
        words.append((w.group(0), w.end()))
    return " ".join(w for w, _ in words).lower()


def _qualifier_before(text: str, start: int) -> list[str]:
    """Hedge words right before a number, outermost first (``trên gần`` → [trên, gần]).

    ``trên`` after a verb of place (``triển khai trên 12 xã``) means "on", not "more than"."""
    before = text[max(0, start - 40):start]
    found: list[str] = []
    while True:
        m = g.QUALIFIER.search(before)
        if not m:
            break
        if m.group(1).lower() == "trên" and g.LOCATIVE_TREN.search(before):
            break
        if m.group(1).lower() == "hơn" and re.search(r"(?:ít|nhiều|cao|thấp|lớn|nhỏ)\s+hơn\s+$", before, re.IGNORECASE):
            break  # "ít hơn 03 vụ": a comparison, not "more than 3"
        found.insert(0, m.group(1).lower())
        before = before[:m.start()]
    if not found and (w := _HEDGE_THEN_UNIT.search(text, max(0, start - 30), start)) is not None \
            and re.match(rf"[\d.,]+\s+{re.escape(w.group(2))}(?!\w)", text[start:start + 40], re.IGNORECASE):
        found = [w.group(1).lower()]  # "có trên lượt 4.820 lượt hộ": the unit written twice, the hedge before the first
    return found


#: a hedge cut from its number by the number's own unit word, written twice: "trên lượt 4.820 lượt"
_HEDGE_THEN_UNIT = re.compile(r"(?<!\w)(trên|hơn|gần|khoảng)\s+([^\W\d_]+)\s+$", re.IGNORECASE)


#: a percentage with a decimal point written the English way: "3.1", "101.86" (never "3.100", which may be thousands)
_DOT_DECIMAL = re.compile(r"\d{1,3}\.\d{1,2}")


#: more digits than any stated figure has (a national budget in đồng has 16); beyond it a number is unparsed
MAX_DIGITS = 20


def _set_value(f: Figure, token: str, scale: int = 1) -> bool:
    digits = sum(ch.isdigit() for ch in token)
    if digits > MAX_DIGITS:  # (checked before parsing: a long enough digit string is slow or an error to convert)
        f.kind, f.reason = "unparsed", f"a number of {digits} digits is beyond any figure a report states"
        return False
    if g.ENGLISH_THOUSAND.fullmatch(token.strip()):
        f.kind, f.reason = "unparsed", f"{token!r} may be thousands written the English way or three zero decimals"
        return False
    v = parse_vi(token)
    if v is None:
        f.kind, f.reason = "unparsed", f"not a valid Vietnamese number: {token!r}"
        return False
    v = v * scale
    f.value = v.to_integral_value() if v == v.to_integral_value() else v.normalize()
    f.decimals = decimals_of(token)
    f.scale = scale
    return True


def _classify(f: Figure, b: Block, info: dict) -> None:
    text = b.text
    kind = f.kind
    if kind in ("date", "period", "range", "ratio", "fraction", "term", "code", "unparsed", "reference"):
        if kind in ("ratio", "fraction"):
            tokens = [x.strip() for x in f.text.split("/")]
            a, c = (parse_vi(x) for x in tokens)
            f.unit = _unit_after(text, f.end)
            if not c:  # "số người bị thương không thay đổi (0/0)": this period's and last period's, side by side
                f.kind, f.reason = "unparsed", "a/0 is no fraction: two values side by side (this period / the last)"
                return
            f.value = a / c
            f.extra = {"numerator": int(a), "denominator": int(c)} if kind == "ratio" else \
                {"numerator": a, "denominator": c, "decimals": (decimals_of(tokens[0]), decimals_of(tokens[1]))}
        if kind == "range":
            m = g.RANGE.match(f.text)
            lo, hi = parse_vi(m.group(1)), parse_vi(m.group(2))
            f.lo, f.hi = lo, hi
            f.unit = _unit_after(text, f.end)
        if kind == "period":
            m = g.PERIOD.match(f.text) or g.YEAR_PAIR.match(f.text)
            f.extra = {"from": int(m.group(1)), "to": int(m.group(2))}
        return
    if kind == "document_number":
        f.value = Decimal(info["value"])
        return
    if kind == "word_number":
        f.kind, f.unit = "count", _unit_after(text, f.end)
        f.value = f.lo = f.hi = Decimal(info["value"])
        f.extra["words"] = True
        return
    if kind == "word_quantity":
        lo, hi = g.WORD_QUANTITY_BOUNDS[info["word"]]
        f.kind, f.unit = "count", _unit_after(text, f.end)
        f.lo, f.hi, f.hi_open = Decimal(lo), Decimal(hi), True
        f.qualifier = f"hàng {info['word']}"
        f.extra["words"] = True  # a quantity in words: an interval, no point value
        return
    if f.start >= 1 and text[f.start - 1] in "-−" and (f.start < 2 or not text[f.start - 2].isalnum()):
        f.extra["negative"] = True  # "(-3,63%)": a fall written with a sign
    quals = _qualifier_before(text, f.start)
    if any(q in g.ESTIMATE_WORDS for q in quals):
        # "ước đạt 27.387 tỷ đồng": an estimate of a period not yet closed, written to its last digit like any
        # figure, not a hedge on the number ("khoảng" is)
        f.extra["estimate"] = next(q for q in quals if q in g.ESTIMATE_WORDS)
        quals = [q for q in quals if q not in g.ESTIMATE_WORDS]
    elif g.ESTIMATE_BEFORE.search(text, max(0, f.start - 30), f.start):
        f.extra["estimate"] = "ước tính"  # "ước tính có 4.000 ha": the estimate word before the verb
    qual = " ".join(quals)
    qkind = g.QUALIFIER_KIND[quals[-1]] if quals else None
    f.qualifier = qual
    if len(quals) > 1:
        f.extra["contradictory_hedge"] = len({g.QUALIFIER_KIND[q] for q in quals}) > 1
    if kind == "percent":
        number = info["number"]
        if _DOT_DECIMAL.fullmatch(number.strip()):  # "gần 3.1%", "đạt 101.86%": one or two digits after a dot are no
            number = number.strip().replace(".", ",")  # thousands group: a decimal point written the English way
            f.extra["dot_decimal"] = True
        if _set_value(f, number):
            f.kind, f.unit = "percent", "%"
            f.lo, f.hi, f.lo_open, f.hi_open = hedge_interval(f.value, qkind)
            if g.OWNERSHIP_BEFORE.search(text, max(0, f.start - 30), f.start) and g.OWNERSHIP_AFTER.match(text, f.end):
                f.kind, f.reason = "label", "a kind of ownership (ngân hàng 100% vốn nước ngoài)"
        return
    if kind == "compound":
        first, scale = info["groups"][0]
        if _set_value(f, first, scale):
            last = info["groups"][-1][1]
            f.value = f.value + sum((Decimal(int(n)) * sc for n, sc in info["groups"][1:]), Decimal(0))
            f.scale, f.decimals = last, 0  # (exact to its last scale word: "… 419 nghìn" is ± 500 đồng)
            f.unit = _unit_after(text, f.end)
            f.kind = "amount" if f.unit in g.AMOUNT_UNITS else "count"
            f.lo, f.hi, f.lo_open, f.hi_open = hedge_interval(f.value, qkind)
        return
    if kind == "scaled":
        if _set_value(f, info["number"], info["scale"]):
            f.unit = _unit_after(text, f.end)
            f.kind = "amount" if f.unit in g.AMOUNT_UNITS else "count"
            f.lo, f.hi, f.lo_open, f.hi_open = hedge_interval(f.value, qkind)
        return
    # A plain number: decide what it is from its context.
    token = re.sub(r"[ \u00a0\u202f]", ".", f.text) if info.get("spaced") else f.text  # ("1 748" is 1.748)
    if not _set_value(f, token):
        return
    before = text[max(0, f.start - 40):f.start]
    after = _after(text, f.end)
    is_int = f.decimals == 0 and "." not in token
    if f.start == len(text) - len(text.lstrip()) and g.ITEM_NUMBER.match(text) and g.ITEM_NUMBER.match(text).end() > f.end:
        f.kind, f.reason = "item_number", "number of a heading or list item"
    elif is_int and 1900 <= f.value <= 2100 and len(token) == 4 and (g.YEAR_CONTEXT.search(before) or not g.UNIT_AFTER.match(after)):
        f.kind, f.reason = "year", "four-digit year" + (" after 'năm'" if g.YEAR_CONTEXT.search(before) else "")
    elif g.ORDINAL.search(before):
        f.kind, f.reason = "ordinal", "after 'thứ'"
    elif g.AGE_BEFORE.search(before) and not g.UNIT_AFTER.match(after):
        f.kind, f.reason = "label", "an age (lứa tuổi trên 16)"
    elif g.PHASE_LABEL_BEFORE.search(before) and not re.match(r"\s*(?:năm|tháng|ngày|tuần|quý)\b", after):
        f.kind, f.reason = "label", "the number of a phase, round or lot (giai đoạn 2, đợt 3)"
    elif g.SERIES_LABEL_BEFORE.search(before) and re.match(r"\s*[:\-–]", after):
        f.kind, f.reason = "label", "the number of a part of a series (Bài 2: …)"
    elif g.LABEL_BEFORE.search(before) and not (re.search(r"(?:[Qq]uốc lộ|[Tt]ỉnh lộ|[Đđ]ường|[Pp]hòng)\s+$", before)
                                                and re.match(r"\s*(?:vụ|người|trường hợp|lượt|phương tiện|ca)\b", after)):
        # ("tỉnh lộ 47 vụ": the cases on the provincial roads, not road 47)
        f.kind, f.reason = "label", "part of a name or reference"
    elif re.match(r"\s*sao\b", after) and re.search(r"(?:OCOP|hạng|đạt|khách sạn)\s*$", before, re.IGNORECASE):
        f.kind, f.reason = "label", "a star rating (OCOP 4 sao)"
    elif g.TIMES_AFTER.match(after) and (g.MULTIPLIER_BEFORE.search(before) or re.match(r"^\s*lần\s+so\s", after)):
        f.kind, f.unit, f.reason = "multiplier", "lần", "N lần after gấp/tăng/giảm: a multiplier"
    elif g.ENGLISH_THOUSANDS.match(token) and _unit_after(text, f.end) not in g.AMOUNT_UNITS:
        f.kind = "unparsed"
        f.reason = f"{token!r} before a count: an English thousands separator or a decimal? (not used in checks)"
        f.value = None
    elif g.DURATION.match(after):
        f.kind, f.unit = "duration", g.DURATION.match(after).group(1)
        f.reason = "number of " + f.unit
    else:
        f.unit = _unit_after(text, f.end)
        f.kind = "amount" if f.unit in g.AMOUNT_UNITS else "count"
        f.reason = "number with unit" if f.unit else "number without a unit"
        named = None if f.unit or f.decimals else g.UNIT_NAMED_BEFORE.search(text, max(0, f.start - 90), f.start)
        if named is not None:  # "số lượng hồ sơ đã giải quyết là 113.295 (…)": the words before name its unit
            f.unit, f.reason = " ".join(named.group(1).split()), "number whose unit is named before it (số … là)"
            f.kind = "amount" if f.unit in g.AMOUNT_UNITS else "count"
        f.lo, f.hi, f.lo_open, f.hi_open = hedge_interval(f.value, qkind)
        if qual:
            f.reason += f" (hedged: {qual})"
