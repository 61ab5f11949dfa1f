"""The clean tables (``data/clean/<report>/*.csv``): built, written and read back.

CSV is written deterministically: stable row order, ``\\n`` line ends, UTF-8,
Decimals as plain strings, no timestamps or absolute paths.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pandas as pd

from figaudit.figures import Figure
from figaudit.model import Document
from figaudit.relations import Relation

FIGURE_COLUMNS = ["id", "block", "kind", "text", "value", "unit", "qualifier", "lo", "hi", "lo_open", "hi_open",
                  "decimals", "scale", "line", "footnote", "section", "reason", "needs_value", "sign"]
RELATION_DECIMALS = ["stated", "computed", "stated_lo", "stated_hi", "computed_lo", "computed_hi", "alt_lo", "alt_hi"]


def figures_frame(figures: list[Figure]) -> pd.DataFrame:
    rows = []
    for f in figures:
        rows.append({
            "id": f.id, "block": f.block, "kind": f.kind, "text": f.text, "value": f.value, "unit": f.unit,
            "qualifier": f.qualifier, "lo": f.lo, "hi": f.hi, "lo_open": f.lo_open, "hi_open": f.hi_open,
            "decimals": f.decimals, "scale": f.scale, "line": f.line, "footnote": f.footnote, "section": f.section,
            "reason": f.reason, "needs_value": f.needs_value,
            # a minus written before the number ("(-3,63%)", "−7"): values stay magnitudes, the sign is recorded here
            "sign": "-" if f.extra.get("negative") else "",
        })
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS).astype({"footnote": "Int64"})


def blocks_frame(doc: Document) -> pd.DataFrame:
    rows = [{"id": b.id, "kind": b.kind, "line": b.line, "lines": " ".join(map(str, b.lines)), "section": b.section,
             "footnote": b.footnote, "markers": " ".join(str(m.number) for m in b.markers), "text": b.text}
            for b in doc.blocks]
    return pd.DataFrame(rows, columns=["id", "kind", "line", "lines", "section", "footnote", "markers", "text"]).astype(
        {"footnote": "Int64"})


def footnotes_frame(doc: Document) -> pd.DataFrame:
    """One row per footnote block, with what the structure suite checks."""
    referenced = {m.number for b in doc.blocks for m in b.markers}
    rows, prev = [], 0
    for b in doc.blocks:
        if b.kind != "footnote":
            continue
        rows.append({"id": b.id, "number": b.footnote, "key": str(b.footnote), "expected": prev + 1, "line": b.line,
                     "has_marker": b.footnote in referenced, "text": b.text})
        prev = b.footnote
    return pd.DataFrame(rows, columns=["id", "number", "key", "expected", "line", "has_marker", "text"])


def markers_frame(doc: Document) -> pd.DataFrame:
    """One row per footnote marker, with what the markers suite checks: its footnote's line (none: a dangling marker)
    and which use of its number it is (a second use: the footnote is referenced twice)."""
    fns = doc.footnotes
    rows, uses = [], {}
    for b in doc.blocks:
        for k, m in enumerate(b.markers, start=1):
            fn = fns.get(m.number)
            uses[m.number] = uses.get(m.number, 0) + 1
            rows.append({"id": f"{b.id}.m{k}", "number": m.number, "block": b.id, "line": b.line_at(m.start),
                         "footnote_line": fn.line if fn else None, "use": uses[m.number]})
    return pd.DataFrame(rows, columns=["id", "number", "block", "line", "footnote_line", "use"]).astype({"footnote_line": "Int64"})


def relations_frame(relations: list[Relation]) -> pd.DataFrame:
    rows = [r.row() for r in relations]
    cols = list(Relation.__dataclass_fields__)
    df = pd.DataFrame(rows, columns=cols)
    if len(df):
        df = df.sort_values(["line", "id"], kind="stable").reset_index(drop=True)
    return df.astype({"footnote": "Int64"})


#: A text cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "+cmd|…", "@SUM(…)", "- Cấp huyện …"): a
#: report is untrusted input, and auditors open these CSVs in Excel or LibreOffice.  Such a cell is written with a
#: leading apostrophe (OWASP's advice; a cell already starting with one gets another, so the guard is reversible) and
#: :func:`read_csv` takes it off again.  Plain numbers ("-5", "-4,13%") are left as they are.
_FORMULA_START = re.compile(r"^[=+\-@\t\r']")
_PLAIN_NUMBER = re.compile(r"^[-+]?\d[\d.,]*%?$")


def guard_cell(v):
    if isinstance(v, str) and _FORMULA_START.match(v) and not _PLAIN_NUMBER.match(v):
        return "'" + v
    return v


def unguard_cell(v):
    if isinstance(v, str) and len(v) > 1 and v[0] == "'" and _FORMULA_START.match(v[1:]):
        return v[1:]
    return v


def write_csv(df: pd.DataFrame, path: Path) -> None:
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object or pd.api.types.is_string_dtype(out[c]):
            out[c] = out[c].map(lambda v: "" if v is None else guard_cell(str(v) if isinstance(v, Decimal) else v))
    path.parent.mkdir(parents=True, exist_ok=True)
    out.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")


def read_csv(path: Path, **kwargs) -> pd.DataFrame:
    """A CSV figaudit wrote, its text cells as written before the formula guard (see :func:`guard_cell`)."""
    df = pd.read_csv(path, keep_default_na=False, **kwargs)
    for c in df.columns:
        if df[c].dtype == object or pd.api.types.is_string_dtype(df[c]):
            df[c] = df[c].map(unguard_cell)
    return df


def _dec(v: str):
    return Decimal(v) if v not in ("", None) else None


#: Exclusive bounds ("trên 10.500", a rounding interval's upper end) are applied as closed
#: bounds moved by this much: far below the resolution of any reported figure.
EPSILON = Decimal("1e-9")


def read_relations(path: Path) -> pd.DataFrame:
    conv = {c: _dec for c in RELATION_DECIMALS}
    df = read_csv(path, converters=conv, dtype={"note": str, "quote": str, "expression": str})
    for c in ("checkable", "strict_lo", "strict_hi", "alt_strict_hi"):
        df[c] = df[c].map(lambda v: v is True or str(v) == "True").astype(bool)
    df["footnote"] = pd.to_numeric(df["footnote"], errors="coerce").astype("Int64")
    # the bounds GX compares against (closed); open ends nudged inwards by EPSILON
    nudge = lambda v, strict, sign: None if v is None else (v + sign * EPSILON if strict else v)  # noqa: E731
    df["stated_lo_bound"] = [nudge(v, s, 1) for v, s in zip(df["stated_lo"], df["strict_lo"])]
    df["stated_hi_bound"] = [nudge(v, s, -1) for v, s in zip(df["stated_hi"], df["strict_hi"])]
    df["alt_hi_bound"] = [nudge(v, s, -1) for v, s in zip(df["alt_hi"], df["alt_strict_hi"])]
    return df


def read_table(path: Path) -> pd.DataFrame:
    df = read_csv(path)
    for c in df.columns:
        if df[c].dtype == object and set(df[c].unique()) <= {"True", "False"} and len(df):
            df[c] = df[c] == "True"
    return df


def citations_frame(doc: Document, figures: list[Figure]) -> pd.DataFrame:
    """Every cited document: type, number, issuer, date (when given), line."""
    from figaudit.relations.common import Index
    from figaudit.relations.years import citations

    rows = []
    for c in citations(doc, Index(doc, figures)):
        rows.append({"id": c.figure.id, "key": c.key, "type": c.doc_type, "number": c.number, "code": c.code,
                     "issuer": c.issuer, "text": c.figure.text,
                     "date": "" if not c.date else f"{c.date[0]:04d}-{c.date[1]:02d}-{c.date[2]:02d}", "line": c.line})
    return pd.DataFrame(rows, columns=["id", "key", "type", "number", "code", "issuer", "text", "date", "line"])
