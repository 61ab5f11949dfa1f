"""Relation finders, one module per check family (a registry).

A finder reads the document and its figures and returns :class:`Relation`
rows: what the report states, what figaudit recomputes from other figures of
the report, and the interval within which the two agree (from rounding and
hedges).  Finders never decide pass/fail: Great Expectations does, on the
relation table (see :mod:`figaudit.validate`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Callable

from figaudit import grammar as g
from figaudit.figures import Figure
from figaudit.model import Document

Finder = Callable[[Document, list[Figure]], list["Relation"]]
FINDERS: dict[str, Finder] = {}
#: second-order finders: they read what the finders found (e.g. shares of one whole that total 100 %), run after them
Derived = Callable[[Document, list[Figure], list["Relation"]], list["Relation"]]
DERIVED: dict[str, list[Derived]] = {}


def register(check: str):
    def deco(fn: Finder) -> Finder:
        FINDERS[check] = fn
        return fn

    return deco


@dataclass
class Relation:
    id: str  # check_id, stable across reruns of the same input
    check: str  # family, e.g. "footnote_breakdown"
    checkable: bool  # False → unverifiable, with `note` saying what would settle it
    stated: Decimal | None
    computed: Decimal | None
    # Acceptable intervals (None = unbounded): the true value behind the
    # stated figure, and the recomputed value with its own rounding.
    stated_lo: Decimal | None = None
    stated_hi: Decimal | None = None
    computed_lo: Decimal | None = None
    computed_hi: Decimal | None = None
    strict_lo: bool = False  # stated_lo is exclusive ("trên 10.500")
    strict_hi: bool = False  # stated_hi is exclusive (rounding half-open, "gần")
    # A narrower interval whose violation is only a warning (rounding when
    # truncation would pass; an anniversary off by one year). None = same as stated.
    alt_lo: Decimal | None = None
    alt_hi: Decimal | None = None
    alt_strict_hi: bool = False
    variant: str = ""  # sub-kind within the family (e.g. "grim", "share_sum", "implied_prior")
    unit: str = ""
    line: int = 0
    footnote: int | None = None
    block: str = ""
    quote: str = ""  # the body text of the claim
    footnote_text: str = ""
    expression: str = ""  # the arithmetic written out: "30 + 85 = 115"
    note: str = ""  # message key (see figaudit.messages): missing levels, why unverifiable, ...
    note_args: dict = field(default_factory=dict)  # values for the message
    figures: list[str] = field(default_factory=list)  # ids of the figures involved
    parts: list[tuple[str, Decimal]] = field(default_factory=list)  # (label, value) for charts

    def row(self) -> dict:
        d = asdict(self)
        d["figures"] = " ".join(self.figures)
        d["parts"] = "; ".join(f"{label}={value}" for label, value in self.parts)
        d["note_args"] = json.dumps(self.note_args, ensure_ascii=False, sort_keys=True) if self.note_args else ""
        return d


def register_derived(check: str):
    def deco(fn: Derived) -> Derived:
        DERIVED.setdefault(check, []).append(fn)
        return fn

    return deco


def find_all(doc: Document, figures: list[Figure], checks: list[str] | None = None) -> list[Relation]:
    out: list[Relation] = []
    # the cells of a table are read by the table family only: prose rules (trong đó, chiếm, tăng …) never reach them
    in_table = {b.id for b in doc.blocks if b.kind == "table"}
    prose = [f for f in figures if f.block not in in_table] if in_table else figures
    for name, finder in FINDERS.items():
        if checks is None or name in checks:
            out.extend(finder(doc, figures if name == "table" else prose))
    for name, derived in DERIVED.items():
        if checks is None or name in checks:
            for fn in derived:
                out.extend(fn(doc, prose, out))
    _band_above_hedges(out, figures)
    return _one_row_per_sum(out)


#: families whose stated figure is a whole its parts add up to
_SUM_CHECKS = ("footnote_breakdown", "text_breakdown", "part_of_whole")


def _band_above_hedges(rels: list[Relation], figures: list[Figure]) -> None:
    """``hơn 1.690 tỷ đồng`` is more than 1.690, but not without bound: a writer with 2.397,7 tỷ would not say so.
    A whole hedged from below whose parts come to more than the next step of its last written digit, or a tenth more
    (``hơn 500`` up to 600, ``hơn 1.690`` up to 1.859), warns; it never fails (how far "hơn" reaches is a habit, not a
    rule)."""
    by_id = {f.id: f for f in figures}
    for r in rels:
        f = by_id.get(r.figures[0]) if r.figures else None
        if r.check not in _SUM_CHECKS or f is None or f.value is None or f.value <= 0 or f.hi is not None \
                or r.stated_hi is not None or r.stated_lo is None or r.alt_lo is not None or r.alt_hi is not None \
                or g.QUALIFIER_KIND.get(f.qualifier.split(" ")[-1] if f.qualifier else "") != "above":
            continue
        r.alt_hi, r.alt_strict_hi = hedge_band_hi(f), False
        r.note = r.note or "above_hedge_band"


def hedge_band_hi(f: Figure) -> Decimal:
    """How far a figure hedged from below (``hơn 1.690``) reaches as its writer would say it: the next step of its
    last written digit, or a tenth more."""
    step = Decimal(1).scaleb(f.value.normalize().as_tuple().exponent)  # the unit of the last non-zero digit
    return max(f.value + step, f.value * Decimal("1.1"))


def _one_row_per_sum(rels: list[Relation]) -> list[Relation]:
    """A whole and the same parts are one relation: when ``text_breakdown`` states their sum (= the whole), the
    ``part_of_whole`` row of the same sum (≤ the whole) says nothing more, and a discrepancy is reported once."""
    sums = {(r.figures[0], frozenset(r.figures[1:])): "inferred" in r.note_args for r in rels
            if r.check == "text_breakdown" and len(r.figures) > 2}
    # (a sum read from place warns: a part_of_whole excess stays a failure, unless it too is read from place)
    return [r for r in rels if not (r.check == "part_of_whole" and r.variant.endswith("_sum")
                                    and (key := (r.figures[0], frozenset(r.figures[1:]))) in sums
                                    and (not sums[key] or "inferred" in r.note_args))]


def soften(rel: Relation, reason: str) -> Relation:
    """A relation read from where its figures stand rather than from a cue word that makes it certain: a mismatch
    is a warning, never a failure (``fail`` tells a committee its report is wrong).  ``reason`` is a message key
    (``inferred_*`` in :mod:`figaudit.messages`) saying how the relation was read."""
    if rel.stated_lo is None and rel.stated_hi is None:
        return rel
    if rel.alt_lo is None and rel.alt_hi is None:
        rel.alt_lo, rel.alt_hi, rel.alt_strict_hi = rel.stated_lo, rel.stated_hi, rel.strict_hi
    rel.stated_lo = rel.stated_hi = None
    rel.strict_lo = rel.strict_hi = False
    rel.note_args = {**rel.note_args, "inferred": reason}
    if not rel.note:
        rel.note = "binding_inferred"
    return rel


def exact_or_interval(fig: Figure) -> tuple[Decimal | None, Decimal | None, bool, bool]:
    """Interval of the true value behind a figure: hedges, then rounding of decimals."""
    lo, hi, lo_open, hi_open = fig.lo, fig.hi, fig.lo_open, fig.hi_open
    if fig.value is not None and not fig.qualifier and (fig.decimals > 0 or fig.scale > 1):
        r = fig.resolution
        return fig.value - r, fig.value + r, False, True
    return lo, hi, lo_open, hi_open


# Register the built-in finders (order = order of the HTML sections).
from figaudit.relations import footnote_breakdown  # noqa: E402,F401,I001
from figaudit.relations import text_breakdown  # noqa: E402,F401
from figaudit.relations import part_whole  # noqa: E402,F401
from figaudit.relations import table  # noqa: E402,F401
from figaudit.relations import percent  # noqa: E402,F401
from figaudit.relations import enumeration  # noqa: E402,F401
from figaudit.relations import change  # noqa: E402,F401
from figaudit.relations import years  # noqa: E402,F401
from figaudit.relations import hedges  # noqa: E402,F401
from figaudit.relations import shares  # noqa: E402,F401
from figaudit.relations import prior_change  # noqa: E402


def families() -> list[str]:
    """Every relation family (the finders' and ``prior_change``, which needs last year's report)."""
    return sorted(set(FINDERS) | set(DERIVED) | {prior_change.CHECK})


def page_order(checks) -> list[str]:
    """``checks`` in the order the audit page shows them: the footnotes' structure, then the families as they are
    registered (footnote breakdowns first), then last year's report, then anything else by name."""
    rank = {c: i for i, c in enumerate(["footnote_integrity", *FINDERS, prior_change.CHECK])}
    return sorted(checks, key=lambda c: (rank.get(c, len(rank)), c))
