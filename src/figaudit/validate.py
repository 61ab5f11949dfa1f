"""Great Expectations does the checking.

Suites are hand-written JSON in ``expectations/`` (one per table, and one per
check family only where its rules differ: ``relations.json`` with ``"check":
"*"`` is the template every other relation family is validated with, reported
under the family's name), loaded into an *ephemeral* GX context: GX writes
nothing to the repo.
Each suite's ``meta`` says which table it validates (``relations``,
``footnotes``, ``markers``, ``figures``), which family (``check``) and which
column identifies a row.  Every expectation's ``meta`` carries a ``rule`` name
and a ``severity``:

* ``fail`` / ``warn``: a row GX flags is a discrepancy in the report;
* ``error``: a row GX flags means figaudit itself is broken (a relation with
  no recomputed value, a figure with no value) → :class:`ToolError`.

A result that GX could not compute (``exception_info``) is always a tool
error, never a finding about the report.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from figaudit.errors import ToolError
from figaudit.paths import SUITES

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")



def suites_dir(path: str | Path | None = None) -> Path:
    if path:
        return Path(path)
    if SUITES.is_dir():
        return SUITES
    return Path.cwd() / "expectations"


@dataclass
class RuleResult:
    suite: str
    rule: str
    type: str
    severity: str
    success: bool
    evaluated: int
    flagged: list[str] = field(default_factory=list)
    en: str = ""
    vi: str = ""


@dataclass
class SuiteResult:
    suite: str
    table: str
    check: str
    success: bool
    rules: list[RuleResult]

    def flagged(self) -> dict[str, list[RuleResult]]:
        out: dict[str, list[RuleResult]] = {}
        for r in self.rules:
            for row_id in r.flagged:
                out.setdefault(row_id, []).append(r)
        return out

    def only(self, prefix: str, rows: int) -> "SuiteResult":
        """This result restricted to one report's rows (ids "<prefix><id>"), with the prefix removed."""
        rules = []
        for r in self.rules:
            mine = [i[len(prefix):] for i in r.flagged if i.startswith(prefix)]
            rules.append(RuleResult(r.suite, r.rule, r.type, r.severity, not mine, rows, mine, r.en, r.vi))
        return SuiteResult(self.suite, self.table, self.check, all(r.success for r in rules), rules)

    def to_json(self) -> dict:
        return {
            "suite": self.suite, "table": self.table, "check": self.check, "success": self.success,
            "results": [
                {"rule": r.rule, "expectation_type": r.type, "severity": r.severity, "success": r.success,
                 "evaluated_rows": r.evaluated, "unexpected_ids": sorted(r.flagged)}
                for r in sorted(self.rules, key=lambda r: r.rule)
            ],
        }


def _errored(result) -> str | None:
    info = result.exception_info or {}
    if info.get("raised_exception"):
        return info.get("exception_message") or "exception"
    for v in info.values():
        if isinstance(v, dict) and v.get("raised_exception"):
            return v.get("exception_message") or "exception"
    return None


class Validator:
    """One ephemeral GX context with every suite loaded (made once per process/kernel)."""

    def __init__(self, directory: Path):
        logging.getLogger("great_expectations").setLevel(logging.ERROR)
        import great_expectations as gx
        from great_expectations.core import ExpectationSuite
        from great_expectations.data_context.types.base import ProgressBarsConfig

        self.gx_version = gx.__version__
        self.ctx = gx.get_context(mode="ephemeral")
        self.ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
        self.source = self.ctx.data_sources.add_pandas("figaudit")
        self.suites: dict[str, tuple[object, dict]] = {}
        self._batches: dict[str, object] = {}
        files = sorted(directory.glob("*.json"))
        if not files:
            raise ToolError(f"{directory}: no expectation suites (*.json) found")
        for path in files:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                meta = data.get("meta", {})
                suite = ExpectationSuite(**data)
            except Exception as err:  # a broken suite file is a tool error
                raise ToolError(f"{path}: invalid expectation suite ({err})") from None
            # GX 1.24 only logs an unknown expectation type and drops it: refuse instead.
            if len(suite.expectations) != len(data.get("expectations", [])):
                raise ToolError(f"{path}: invalid expectation suite ({len(data.get('expectations', [])) - len(suite.expectations)}"
                                " expectation(s) not understood by Great Expectations, e.g. a misspelt type)")
            suite = self.ctx.suites.add(suite)
            for key in ("table", "id_column"):
                if key not in meta:
                    raise ToolError(f"{path}: suite meta lacks '{key}'")
            self.suites[suite.name] = (suite, meta)

    def _batch_definition(self, table: str):
        if table not in self._batches:
            asset = self.source.add_dataframe_asset(table)
            self._batches[table] = asset.add_batch_definition_whole_dataframe(f"{table}-all")
        return self._batches[table]

    def family_suites(self, families) -> dict[str, str]:
        """check family → the suite that validates it: its own suite if its rules differ, else the template
        (``"check": "*"``)."""
        own = {m["check"]: n for n, m in self.suites_for("relations") if m.get("check") != "*"}
        template = next((n for n, m in self.suites_for("relations") if m.get("check") == "*"), None)
        missing = sorted(c for c in families if c not in own and template is None)
        if missing:
            raise ToolError(f"no expectation suite for check family {', '.join(missing)}")
        return {c: own.get(c, template) for c in sorted(families)}

    def run(self, name: str, df: pd.DataFrame, check: str | None = None) -> SuiteResult:
        """Validate ``df`` with suite ``name``; a template suite reports as the family ``check`` it ran for."""
        suite, meta = self.suites[name]
        id_col = meta["id_column"]
        if check is not None and meta.get("check") == "*":
            name = check
        check = check or meta.get("check", "")
        if df.empty:
            return SuiteResult(name, meta["table"], check, True, [])
        batch = self._batch_definition(meta["table"]).get_batch(batch_parameters={"dataframe": df})
        res = batch.validate(suite, result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [id_col]})
        rules = []
        for r in res.results:
            cfg = r.expectation_config
            rmeta = cfg.meta or {}
            problem = _errored(r)
            if problem:
                raise ToolError(f"GX check {name}/{rmeta.get('rule', cfg.type)} could not run: {problem}")
            ids = [str(row[id_col]) for row in (r.result or {}).get("unexpected_index_list") or [] if isinstance(row, dict)]
            rules.append(RuleResult(
                suite=name, rule=rmeta.get("rule", cfg.type), type=cfg.type, severity=rmeta.get("severity", "fail"),
                success=bool(r.success), evaluated=int((r.result or {}).get("element_count") or 0), flagged=ids,
                en=rmeta.get("en", ""), vi=rmeta.get("vi", "")))
            if not r.success and not ids:
                # A failed expectation must name its rows, or we cannot build findings from it.
                raise ToolError(f"GX check {name}/{rmeta.get('rule', cfg.type)} failed without naming rows")
        errors = [(r, i) for r in rules if r.severity == "error" for i in r.flagged]
        if errors:
            r, i = errors[0]
            raise ToolError(f"internal check {name}/{r.rule} failed for row {i}: figaudit produced an inconsistent table")
        return SuiteResult(name, meta["table"], check, bool(res.success), rules)

    def suites_for(self, table: str) -> list[tuple[str, dict]]:
        return [(n, m) for n, (_, m) in sorted(self.suites.items()) if m["table"] == table]


_VALIDATORS: dict[Path, Validator] = {}


def get_validator(directory: str | Path | None = None) -> Validator:
    d = suites_dir(directory).resolve()
    if d not in _VALIDATORS:
        _VALIDATORS[d] = Validator(d)
    return _VALIDATORS[d]
