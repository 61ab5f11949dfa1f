"""Every pattern of the grammar matches the examples written beside it."""

import pytest

from figaudit import grammar as g
import figaudit.relations  # noqa: F401  (the families register their own patterns with grammar.pattern)


@pytest.mark.parametrize("name", sorted(g.PATTERNS))
def test_pattern_examples(name):
    p = g.PATTERNS[name]
    assert p.matches, f"pattern {name} has no example"
    for ex in p.matches:
        assert p.regex.search(ex), f"{name} must match {ex!r}"
    for ex in p.rejects:
        assert not p.regex.search(ex), f"{name} must not match {ex!r}"


def test_units_longest_first():
    m = g.UNIT_AFTER.match(" tổ chức đảng⁸ có")
    assert m.group(1) == "tổ chức đảng"
    m = g.UNIT_AFTER.match(" lượt học viên tham gia")
    assert m.group(1) == "lượt học viên"


def test_superscript_round_trip():
    # every reader writes markers with one table; the structure pass reads them back
    assert g.to_superscript("15") == "¹⁵" and g.to_superscript(7) == "⁷"
    assert all(g.superscript_to_int(g.to_superscript(n)) == n for n in (0, 9, 10, 123))
