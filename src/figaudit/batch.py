"""The work of each notebook, over a list of jobs (one job = one report).

The notebooks call these so that they stay thin, and so that a batch pays the
fixed costs once: one kernel, one GX run per suite for all the reports of a
chunk, one exporter.  A job is a dict:

``{"stem", "report", "clean", "out", "year", "lang", "provenance"}`` — the
clean and out folders are the report's temporary folders while it is built.

Every display made for a report carries ``metadata={"figaudit_report": stem}``
so that the runner can cut the executed notebooks into one record per report.
"""

from __future__ import annotations

import json
import signal
import threading
from contextlib import contextmanager
from pathlib import Path

from figaudit.errors import InputError

TAG = "figaudit_report"


class ReportTimeout(Exception):
    """A report's analysis ran past its time budget (``--timeout``)."""


@contextmanager
def time_budget(seconds: float | None):
    """Raise :class:`ReportTimeout` in the block after ``seconds`` (a SIGALRM timer; off when None or 0).

    The notebooks run their cells in the kernel's main thread, where the timer can be set; the regular-expression
    engine checks for signals while it works, so a runaway match is stopped too."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum, frame):
        raise ReportTimeout

    old = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def parse_jobs(jobs) -> list[dict]:
    return json.loads(jobs) if isinstance(jobs, str) else list(jobs)


def clean_stage(jobs: list[dict]) -> list[dict]:
    """Ingest, figures and relations for each job; a bad report never stops the others."""
    from figaudit.clean import analyse, write_clean

    status = []
    for job in jobs:
        try:
            with time_budget(job.get("timeout")):
                cleaned = analyse(job["report"], year=job.get("year"), prior=job.get("prior"))
                write_clean(cleaned, Path(job["clean"]))
            status.append({"stem": job["stem"], "ok": True, "figures": len(cleaned.figures),
                           "relations": len(cleaned.relations), "year": cleaned.doc.year})
        except ReportTimeout:
            status.append({"stem": job["stem"], "ok": False, "kind": "input-error",
                           "error": f"{job['report']}: not analysed within the {job['timeout']:g} s time budget (--timeout); "
                                    "nothing was written for it"})
        except InputError as err:
            status.append({"stem": job["stem"], "ok": False, "kind": "input-error", "error": str(err)})
        except Exception as err:  # a bug on one report: isolate it, name it
            status.append({"stem": job["stem"], "ok": False, "kind": "tool-error", "error": f"{job['report']}: {type(err).__name__}: {err}"})
    return status


def validate_stage(jobs: list[dict], suites_dir=None) -> list[dict]:
    """One GX run per suite over all the jobs; findings written per report."""
    from figaudit.findings import counts, validate_many, write_findings
    from figaudit.validate import get_validator

    results = validate_many([Path(j["clean"]) for j in jobs], suites_dir)
    gx_version = get_validator(suites_dir).gx_version
    status = []
    for job, (detail, suite_results) in zip(jobs, results):
        out = Path(job["out"])
        out.mkdir(parents=True, exist_ok=True)
        write_findings(detail, suite_results, out, gx_version)
        status.append({"stem": job["stem"], **counts(detail)})
    return status


def report_sections(job: dict) -> list[str]:
    """The audit page of one report, as HTML sections in reading order."""
    from figaudit.report import Audit

    audit = Audit.load(Path(job["clean"]), Path(job["out"]), lang=job.get("lang", "vi"), provenance=job.get("provenance", {}))
    sections = [audit.header_html(), audit.discrepancies_html()]
    first = True
    for name in ("breakdowns", "relations", "changes", "prior"):
        svg = getattr(audit, f"chart_{name}")()
        if svg is not None:
            sections.append(audit.chart_caption(name, heading=first) + svg)
            first = False
    sections += [audit.prior_html(), audit.families_html(), audit.citations_html(), audit.coverage_html(),
                 audit.provenance_html()]
    return [s for s in sections if s]
