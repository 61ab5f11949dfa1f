"""Findings: what GX flagged, turned into one row per check.

The output contract (``findings.csv``, read by CI and other tools):
``check_id, check, status, stated, computed, difference, unit, line, footnote,
quote``; status is ``pass``, ``fail``, ``warn`` or ``unverifiable``.
A richer table (arithmetic, notes, rules that flagged the row) feeds the HTML.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pandas as pd

from figaudit.errors import ToolError
from figaudit.tables import read_relations, read_table, write_csv
from figaudit.validate import SuiteResult, get_validator

FINDING_COLUMNS = ["check_id", "check", "status", "stated", "computed", "difference", "unit", "line", "footnote", "quote"]
DETAIL_COLUMNS = FINDING_COLUMNS + ["expression", "note", "note_args", "footnote_text", "rules", "figures", "parts", "block",
                                    "variant"]
STATUSES = ["fail", "warn", "unverifiable", "pass"]


def _dec(v):
    return v if isinstance(v, Decimal) else None


def _diff(stated, computed):
    s, c = _dec(stated), _dec(computed)
    return c - s if s is not None and c is not None else None


def relation_findings(rel: pd.DataFrame, result: SuiteResult) -> list[dict]:
    flagged = result.flagged()
    rows = []
    for r in rel.itertuples(index=False):
        rules = flagged.get(str(r.id), [])
        if not r.checkable:
            status = "unverifiable"
        elif any(x.severity == "fail" for x in rules):
            status = "fail"
        elif any(x.severity == "warn" for x in rules):
            status = "warn"
        else:
            status = "pass"
        rows.append({
            "check_id": r.id, "check": r.check, "status": status, "stated": r.stated, "computed": r.computed,
            "difference": _diff(r.stated, r.computed), "unit": r.unit, "line": r.line, "footnote": r.footnote,
            "quote": r.quote, "expression": r.expression, "note": r.note, "note_args": r.note_args,
            "footnote_text": r.footnote_text, "rules": " ".join(sorted({x.rule for x in rules})),
            "figures": r.figures, "parts": r.parts, "block": r.block, "variant": r.variant,
        })
    return rows


def structure_findings(footnotes: pd.DataFrame, markers: pd.DataFrame, results: list[SuiteResult]) -> list[dict]:
    rows = []
    tables = {"footnotes": footnotes, "markers": markers}
    for res in results:
        table = tables[res.table]
        by_id = {str(r["id"]): r for r in table.to_dict("records")}
        for row_id, rules in sorted(res.flagged().items()):
            row = by_id[row_id]
            for rule in sorted({x.rule for x in rules}):
                sev = next(x.severity for x in rules if x.rule == rule)
                number = int(row["number"])
                rows.append({
                    "check_id": f"footnote_integrity:{rule}:{row_id}", "check": "footnote_integrity",
                    "status": sev, "stated": Decimal(number), "computed": None, "difference": None, "unit": "",
                    "line": int(row["line"]), "footnote": number, "quote": row.get("text", ""),
                    "expression": "", "note": rule, "note_args": json.dumps({"number": number, "expected": int(row["expected"])} if "expected" in row else {"number": number}),
                    "footnote_text": row.get("text", ""), "rules": rule, "figures": "", "parts": "", "block": row.get("block", row_id),
                    "variant": rule,
                })
    if not rows:
        n_fn, n_mk = len(footnotes), len(markers)
        rows.append({"check_id": "footnote_integrity:all", "check": "footnote_integrity", "status": "pass",
                     "stated": Decimal(n_fn), "computed": Decimal(n_mk), "difference": None, "unit": "",
                     "line": int(footnotes["line"].min()) if n_fn else 0, "footnote": None, "quote": "",
                     "expression": "", "note": "footnotes_consistent",
                     "note_args": json.dumps({"footnotes": n_fn, "markers": n_mk}), "footnote_text": "",
                     "rules": "", "figures": "", "parts": "", "block": "", "variant": ""})
    return rows


def validate_clean(clean: Path, suites: str | Path | None = None) -> tuple[pd.DataFrame, list[SuiteResult]]:
    """Run every suite on the clean tables of one report; return (detail findings, suite results)."""
    v = get_validator(suites)
    relations = read_relations(clean / "relations.csv")
    footnotes = read_table(clean / "footnotes.csv")
    markers = read_table(clean / "markers.csv")
    figures = read_table(clean / "figures.csv")
    figures["value"] = pd.to_numeric(figures["value"].replace("", None), errors="coerce")
    figures["line"] = pd.to_numeric(figures["line"])
    markers["footnote_line"] = pd.to_numeric(markers["footnote_line"].replace("", None), errors="coerce")
    results: list[SuiteResult] = []
    rows: list[dict] = []
    for name, _ in v.suites_for("figures"):
        results.append(v.run(name, figures))
    structure = [v.run(name, footnotes) for name, _ in v.suites_for("footnotes")]
    structure += [v.run(name, markers) for name, _ in v.suites_for("markers")]
    results += structure
    rows += structure_findings(footnotes, markers, structure)
    families = {name: meta["check"] for name, meta in v.suites_for("relations")}
    missing = sorted(set(relations["check"]) - set(families.values()))
    if missing:
        raise ToolError(f"no expectation suite for check family {', '.join(missing)}")
    for name, check in sorted(families.items()):
        sub = relations[relations["check"] == check].reset_index(drop=True)
        res = v.run(name, sub)
        results.append(res)
        rows += relation_findings(sub, res)
    detail = pd.DataFrame(rows, columns=DETAIL_COLUMNS)
    detail["line"] = detail["line"].astype(int)
    detail["footnote"] = pd.to_numeric(detail["footnote"], errors="coerce").astype("Int64")
    detail = detail.sort_values(["line", "footnote", "check_id"], kind="stable", na_position="first").reset_index(drop=True)
    return detail, results


def write_findings(detail: pd.DataFrame, results: list[SuiteResult], out: Path, gx_version: str = "") -> None:
    write_csv(detail[FINDING_COLUMNS], out / "findings.csv")
    write_csv(detail, out / "findings_detail.csv")
    payload = {"great_expectations": gx_version, "suites": [r.to_json() for r in sorted(results, key=lambda r: r.suite)]}
    (out / "validation.json").write_text(json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def read_detail(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, keep_default_na=False, dtype=str)
    for c in ("stated", "computed", "difference"):
        df[c] = df[c].map(lambda v: Decimal(v) if v else None)
    df["line"] = df["line"].astype(int)
    return df


def counts(detail: pd.DataFrame) -> dict[str, int]:
    vc = detail["status"].value_counts()
    return {s: int(vc.get(s, 0)) for s in STATUSES}


def exit_code(detail: pd.DataFrame, fail_on: str = "fail") -> int:
    c = counts(detail)
    if fail_on == "never":
        return 0
    if c["fail"] or (fail_on == "warn" and c["warn"]):
        return 1
    return 0
