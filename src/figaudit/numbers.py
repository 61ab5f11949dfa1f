"""Vietnamese number parsing: babel's strict parser, plus scale words and hedges.

``27.387`` → 27387, ``104,7`` → 104.7, ``02`` → 2, ``4,4 triệu`` → 4 400 000.
Values are :class:`decimal.Decimal` end to end (no float drift in sums).
A token babel refuses (``12.5``: English decimal or a typo) is returned as
None and recorded as ``unparsed`` by the caller, never dropped.
"""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import NumberFormatError, parse_decimal

#: a hundred per cent: the one constant every family computing a percentage uses
HUNDRED = Decimal(100)


def parse_vi(token: str) -> Decimal | None:
    token = token.strip().replace("\u2212", "-")
    try:
        return parse_decimal(token, locale="vi", strict=True)
    except (NumberFormatError, ValueError):
        return None


def decimals_of(token: str) -> int:
    """How many decimal digits were written (``104,7`` → 1)."""
    return len(token.split(",", 1)[1]) if "," in token else 0


def hedge_interval(value: Decimal, kind: str | None) -> tuple[Decimal | None, Decimal | None, bool, bool]:
    """Interval (lo, hi, lo_open, hi_open) of the true value behind a hedged figure.

    None means unbounded.  See grammar.QUALIFIER for the semantics.
    """
    tenth = value * Decimal("0.1")
    if kind is None:
        return value, value, False, False
    if kind == "above":
        return value, None, True, False
    if kind == "below_near":
        return value - tenth, value, False, True
    if kind == "below":
        return Decimal(0), value, False, True
    if kind == "about":
        return value - tenth, value + tenth, False, False
    if kind == "at_least":
        return value, None, False, False
    if kind == "at_most":
        return Decimal(0), value, False, False
    raise ValueError(kind)


def fmt_vi(value: Decimal | float | int | None, decimals: int | None = None) -> str:
    """Format a number the Vietnamese way: 27.387 / 104,68."""
    if value is None:
        return ""
    d = Decimal(str(value))
    if decimals is None:
        decimals = max(0, -d.normalize().as_tuple().exponent) if d != d.to_integral_value() else 0
    q = f"{d:,.{decimals}f}"
    return q.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
