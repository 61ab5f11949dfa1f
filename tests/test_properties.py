"""Property-based error seeding on the real seed (hypothesis, library API, no notebooks).

1. Change any component of any passing additive relation by a non-zero amount
   → that relation fails, with the new arithmetic.
2. Change any number that takes part in no relation (dates, document numbers,
   periods, unrelated counts) → no fail appears.
"""

import re
import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEED, seed_text
from figaudit.clean import analyse, write_clean
from figaudit.findings import validate_clean
from figaudit.numbers import fmt_vi

BASE = analyse(SEED)
LINES = seed_text().split("\n")
FIGS = {f.id: f for f in BASE.figures}
# Relations whose failure a component change must cause: exact sums and confidently counted lists.
ADDITIVE = [r for r in BASE.relations if r.checkable and r.check in ("footnote_breakdown", "text_breakdown", "enumeration")
            and r.stated_lo is not None and r.stated_lo == r.stated_hi
            # a footnote after two totals binds to whichever fits: a change that makes the parts
            # fit the other total is indistinguishable from a correct report (see the issue notes)
            and not any(o.id.startswith(r.id + ":") for o in BASE.relations)]
COMPONENTS = [(r, fid) for r in ADDITIVE for fid in r.figures
              if FIGS[fid].kind == "count" and (r.check != "enumeration" or fid == r.figures[0])]
IN_RELATION = {fid for r in BASE.relations for fid in r.figures}
UNRELATED = [f for f in BASE.figures if f.id not in IN_RELATION and re.search(r"\d", f.text)
             and "**" not in LINES[f.line - 1]  # headings glued by bold marks are split on one line
             and f.kind in ("date", "document_number", "period", "count", "amount", "duration", "label", "ordinal",
                            "year", "ratio", "item_number")]


def raw_replace(fig, new_text: str) -> str:
    """The seed text with this figure's characters replaced, located through the block's line pieces."""
    block = BASE.doc.block(fig.block)
    piece_start = max(o for o, _ in block.pieces if o <= fig.start)
    col = fig.start - piece_start
    line = LINES[fig.line - 1]
    if block.kind == "footnote" and piece_start == 0:  # the footnote's own number is not in its text
        col += len(re.match(r"\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*", line).group(0))
    assert line[col:col + len(fig.text)] == fig.text, (fig.text, line[col:col + 40])
    s = col
    lines = list(LINES)
    lines[fig.line - 1] = line[:s] + new_text + line[s + len(fig.text):]
    return "\n".join(lines)


def vi_count(value: int, like: str) -> str:
    if like.startswith("0") and len(like) == 2 and value < 10:
        return f"{value:02d}"
    return fmt_vi(Decimal(value))


def audit_text(text: str):
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "seed.txt"
        p.write_text(text, encoding="utf-8")
        write_clean(analyse(p), Path(tmp) / "clean")
        detail, _ = validate_clean(Path(tmp) / "clean")
        return detail


def test_there_is_something_to_vary():
    assert len(ADDITIVE) >= 12 and len(COMPONENTS) >= 30 and len(UNRELATED) >= 100


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(st.sampled_from(COMPONENTS), st.integers(min_value=1, max_value=60), st.booleans())
def test_changing_a_component_fails_its_relation(component, size, up):
    rel, fid = component
    fig = FIGS[fid]
    old = int(fig.value)
    delta = size if up or old - size < 0 else -size
    if rel.check == "enumeration" and old + delta < 2:
        delta = size
    new = old + delta
    detail = audit_text(raw_replace(fig, vi_count(new, fig.text)))
    row = detail[detail["check_id"] == rel.id]
    assert len(row) == 1, f"{rel.id} vanished after changing {fig.text} → {new}"
    row = row.iloc[0]
    assert row["status"] == "fail", (rel.id, fig.text, new)
    if fid == rel.figures[0]:  # the stated total changed
        assert row["stated"] == new and row["computed"] == rel.computed
    else:  # a part changed: the recomputed sum moved by the same amount
        assert row["stated"] == rel.stated and row["computed"] == rel.computed + delta


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(st.sampled_from(UNRELATED), st.integers(min_value=1, max_value=8))
def test_changing_an_unrelated_number_adds_no_fail(fig, bump):
    runs = list(re.finditer(r"\d+", fig.text))
    m = runs[0]
    digits = m.group()
    if fig.kind == "date":  # keep a valid day of the month
        new = str((int(digits) + bump - 1) % 28 + 1).zfill(len(digits))
    elif fig.kind in ("year", "period") or len(digits) == 4:
        new = str(int(digits) + (bump if int(digits) + bump < 2100 else -bump))
    else:
        new = str(int(digits) + bump).zfill(len(digits)) if "." not in fig.text else digits
        if "." in fig.text:  # "2.956" → "2.957": keep the grouping valid
            new = fmt_vi(fig.value + bump)
            detail = audit_text(raw_replace(fig, new))
            assert not (detail["status"] == "fail").any()
            return
    new_text = fig.text[:m.start()] + new + fig.text[m.end():]
    detail = audit_text(raw_replace(fig, new_text))
    assert not (detail["status"] == "fail").any(), detail[detail["status"] == "fail"][["check_id", "stated", "computed"]]
