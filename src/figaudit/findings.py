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

from figaudit.relations import families as relation_families
from figaudit.tables import read_csv, read_relations, read_table, write_csv
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


def load_tables(clean: Path) -> dict[str, pd.DataFrame]:
    """The clean tables of one report, typed for validation."""
    relations = read_relations(clean / "relations.csv")
    footnotes = read_table(clean / "footnotes.csv")
    markers = read_table(clean / "markers.csv")
    figures = read_table(clean / "figures.csv")
    figures["value"] = pd.to_numeric(figures["value"].replace("", None), errors="coerce")
    figures["line"] = pd.to_numeric(figures["line"])
    markers["footnote_line"] = pd.to_numeric(markers["footnote_line"].replace("", None), errors="coerce")
    if "use" in markers:
        markers["use"] = pd.to_numeric(markers["use"])
    return {"relations": relations, "footnotes": footnotes, "markers": markers, "figures": figures}


def _combine(tables: list[dict[str, pd.DataFrame]], name: str) -> pd.DataFrame:
    """One table for all reports; row ids become "<report index>|<id>" so GX names each row unambiguously."""
    frames = []
    for i, t in enumerate(tables):
        df = t[name].copy()
        df["id"] = f"{i}|" + df["id"].astype(str)
        if "key" in df.columns:
            df["key"] = f"{i}|" + df["key"].astype(str)
        frames.append(df)
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def validate_many(cleans: list[Path], suites: str | Path | None = None) -> list[tuple[pd.DataFrame, list[SuiteResult]]]:
    """Validate several reports with one GX run per suite (GX's cost is per call, not per row)."""
    v = get_validator(suites)
    tables = [load_tables(c) for c in cleans]
    combined = {name: _combine(tables, name) for name in ("relations", "footnotes", "markers", "figures")}
    seen = set(combined["relations"]["check"]) if len(combined["relations"]) else set()
    families = v.family_suites(set(relation_families()) | seen)
    structure: list[SuiteResult] = []
    others: list[SuiteResult] = []
    for name, _ in v.suites_for("figures"):
        others.append(v.run(name, combined["figures"]))
    for table in ("footnotes", "markers"):
        structure += [v.run(name, combined[table]) for name, _ in v.suites_for(table)]
    family_results = []
    for check, name in families.items():
        rel = combined["relations"]
        sub = rel[rel["check"] == check].reset_index(drop=True) if len(rel) else rel
        family_results.append((check, v.run(name, sub, check)))
    # rows per report, per table (and per family for relations), counted once
    counts_by = {}
    for name, table in combined.items():
        if len(table):
            rep = table["id"].str.split("|", n=1).str[0]
            counts_by[name] = rep.value_counts().to_dict()
            if name == "relations":
                counts_by["relations-check"] = table.groupby([rep, table["check"]]).size().to_dict()
    out = []
    for i, t in enumerate(tables):
        prefix = f"{i}|"

        def mine(res, i=i, prefix=prefix):
            if res.table == "relations" and res.check:
                n = counts_by.get("relations-check", {}).get((str(i), res.check), 0)
            else:
                n = counts_by.get(res.table, {}).get(str(i), 0)
            return res.only(prefix, n)

        struct_i = [mine(r) for r in structure]
        rows = structure_findings(t["footnotes"], t["markers"], struct_i)
        results_i = [mine(r) for r in others] + struct_i
        for check, res in family_results:
            res_i = mine(res)
            results_i.append(res_i)
            sub = t["relations"][t["relations"]["check"] == check].reset_index(drop=True)
            rows += relation_findings(sub, res_i)
        detail = pd.DataFrame(rows, columns=DETAIL_COLUMNS)
        detail["line"] = detail["line"].astype(int)
        detail["footnote"] = pd.to_numeric(detail["footnote"], errors="coerce").astype("Int64")
        detail = detail.sort_values(["line", "footnote", "check_id"], kind="stable", na_position="first").reset_index(drop=True)
        out.append((detail, results_i))
    return out


def validate_clean(clean: Path, suites: str | Path | None = None) -> tuple[pd.DataFrame, list[SuiteResult]]:
    """Run every suite on the clean tables of one report; return (detail findings, suite results)."""
    return validate_many([clean], suites)[0]


def write_findings(detail: pd.DataFrame, results: list[SuiteResult], out: Path, gx_version: str = "") -> None:
    write_csv(detail[FINDING_COLUMNS], out / "findings.csv")
    write_csv(detail, out / "findings_detail.csv")
    payload = {"great_expectations": gx_version, "suites": [r.to_json() for r in sorted(results, key=lambda r: r.suite)]}
    (out / "validation.json").write_text(json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def read_detail(path: Path) -> pd.DataFrame:
    df = read_csv(path, dtype=str)
    for c in ("stated", "computed", "difference"):
        df[c] = df[c].map(lambda v: Decimal(v) if v else None)
    df["line"] = df["line"].astype(int)
    return df


def counts(detail: pd.DataFrame) -> dict[str, int]:
    vc = detail["status"].value_counts()
    return {s: int(vc.get(s, 0)) for s in STATUSES}


def exit_code(c: dict[str, int], fail_on: str = "fail") -> int:
    """The run's exit status from its counts: 1 when a ``fail`` (or, with ``--fail-on warn``, a ``warn``) was found."""
    if fail_on == "never":
        return 0
    return 1 if c.get("fail") or (fail_on == "warn" and c.get("warn")) else 0
