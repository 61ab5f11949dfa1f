"""Run the audit notebooks with papermill and render the HTML with nbconvert.

One kernel serves the whole run: every notebook of every report executes in
it (papermill is handed a started ``KernelManager``), so Great Expectations is
imported once per run, not once per report.  The nbconvert exporter is also
made once.  Each report is written to a temporary folder first and moved into
place only when complete, so a failed or interrupted run never leaves a
half-written report that looks finished.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from figaudit import __version__
from figaudit.errors import FigauditError, InputError, ToolError

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ["01_clean", "02_validate", "03_report"]
TEMPLATES = Path(__file__).resolve().parent / "templates"


def notebooks_dir() -> Path:
    d = ROOT / "notebooks"
    if not d.is_dir():
        raise ToolError(f"{d}: the audit notebooks are missing (run figaudit from its repository checkout)")
    return d


@dataclass
class ReportResult:
    path: Path
    stem: str
    status: str  # "ok" | "input-error" | "tool-error"
    message: str = ""
    counts: dict = field(default_factory=dict)
    out: Path | None = None
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def git_commit() -> str:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=5)
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True, timeout=5)
        return out.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "") if out.returncode == 0 else ""
    except (OSError, subprocess.SubprocessError):
        return ""


def library_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("pandas", "great-expectations", "papermill", "nbconvert", "matplotlib", "babel"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "?"
    return out


def unique_stems(paths: list[Path]) -> list[str]:
    """Output folder names: the file stem, made safe and unique within the batch."""
    seen: dict[str, int] = {}
    out = []
    for p in paths:
        stem = "".join(c if (c.isalnum() or c in "-_.") else "-" for c in p.stem).strip(".-") or "report"
        n = seen.get(stem, 0) + 1
        seen[stem] = n
        out.append(stem if n == 1 else f"{stem}-{n}")
    return out


def _replace_dir(tmp: Path, final: Path) -> None:
    """Move a finished folder into place, replacing an older one."""
    if final.exists():
        trash = final.with_name(f".{final.name}.old-{os.getpid()}")
        final.rename(trash)
        tmp.rename(final)
        shutil.rmtree(trash, ignore_errors=True)
    else:
        tmp.rename(final)


class Runner:
    """Audits reports through the notebooks in one kernel."""

    def __init__(self, out_dir: Path, clean_root: Path, lang: str = "vi", suites: Path | None = None,
                 keep_notebooks: bool = True, log=None):
        self.out_dir = out_dir
        self.clean_root = clean_root
        self.lang = lang
        self.suites = suites
        self.keep_notebooks = keep_notebooks
        self.log = log or (lambda msg: None)
        self.km = None
        self._exporter = None
        self._notebooks = None

    # -- kernel and exporter, made once ------------------------------------
    def __enter__(self):
        from jupyter_client.manager import KernelManager

        logging.getLogger("papermill").setLevel(logging.WARNING)
        logging.getLogger("traitlets").setLevel(logging.ERROR)
        self.km = KernelManager(kernel_name="python3")
        env = {**os.environ, "GX_ANALYTICS_ENABLED": "false", "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
        self.km.start_kernel(env=env, stderr=subprocess.DEVNULL)
        return self

    def __exit__(self, *exc):
        if self.km is not None:
            try:
                self.km.shutdown_kernel(now=True)
            except Exception:  # pragma: no cover - best effort at exit
                pass
            self.km = None

    def notebooks(self):
        if self._notebooks is None:
            import jupytext

            d = notebooks_dir()
            self._notebooks = {name: jupytext.read(d / f"{name}.py") for name in NOTEBOOKS}
        return self._notebooks

    def exporter(self):
        if self._exporter is None:
            from nbconvert import HTMLExporter
            from traitlets.config import Config

            c = Config()
            c.TagRemovePreprocessor.enabled = True
            c.TagRemovePreprocessor.remove_cell_tags = {"remove-cell", "parameters", "injected-parameters"}
            c.TagRemovePreprocessor.remove_input_tags = {"remove-input"}
            c.HTMLExporter.exclude_input = True
            c.HTMLExporter.exclude_input_prompt = True
            c.HTMLExporter.exclude_output_prompt = True
            c.HTMLExporter.embed_images = True
            c.HTMLExporter.extra_template_basedirs = [str(TEMPLATES)]
            c.HTMLExporter.template_name = "figaudit"
            self._exporter = HTMLExporter(config=c)
        return self._exporter

    # -- one report ---------------------------------------------------------
    def _execute(self, name: str, out: Path, parameters: dict):
        import copy

        import papermill as pm

        nb = copy.deepcopy(self.notebooks()[name])
        return pm.execute_notebook(nb, str(out / f"{name}.ipynb"), parameters=parameters, km=self.km,
                                   kernel_name="python3", progress_bar=False, log_output=False,
                                   cwd=str(notebooks_dir()))

    def audit(self, path: Path, stem: str, year: int | None, run_info: dict) -> ReportResult:
        from papermill.exceptions import PapermillExecutionError

        from figaudit.readers import read

        t0 = time.perf_counter()
        path = Path(path)
        try:
            doc = read(path)  # pre-flight: bad input gets its one-line error here
        except InputError as err:
            return ReportResult(path, stem, "input-error", str(err))
        warnings = []
        if year is None and doc.year is None:
            warnings.append(f"{path}: no report year in the title; year-dependent checks are unverifiable (--year YYYY would settle them)")
        final_out = self.out_dir / stem
        final_clean = self.clean_root / stem
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.clean_root.mkdir(parents=True, exist_ok=True)
        tmp_out = self.out_dir / f".{stem}.tmp-{os.getpid()}"
        tmp_clean = self.clean_root / f".{stem}.tmp-{os.getpid()}"
        for d in (tmp_out, tmp_clean):
            shutil.rmtree(d, ignore_errors=True)
            d.mkdir(parents=True)
        nb_dir = tmp_out / "notebooks"
        nb_dir.mkdir()
        params_common = {"clean_dir": str(tmp_clean.resolve())}
        provenance = {
            "input": path.name, "sha256": sha256(path), "figaudit": __version__, "commit": run_info.get("commit", ""),
            "started": run_info.get("started", ""), "libraries": run_info.get("libraries", {}),
            "parameters": {"year": year, "lang": self.lang, "detected_year": doc.year},
        }
        try:
            self._execute("01_clean", nb_dir, {**params_common, "report_path": str(path.resolve()), "report_year": year})
            self._execute("02_validate", nb_dir, {**params_common, "out_dir": str(tmp_out.resolve()),
                                                  "suites_dir": str(self.suites) if self.suites else None})
            executed = self._execute("03_report", nb_dir, {**params_common, "out_dir": str(tmp_out.resolve()), "lang": self.lang,
                                                          "provenance": json.dumps(provenance, ensure_ascii=False)})
            executed.metadata["title"] = _title(tmp_clean)
            page_outputs_only(executed)
            exporter = self.exporter()
            exporter.language_code = self.lang
            html, _ = exporter.from_notebook_node(executed)
            (tmp_out / "audit.html").write_text(html, encoding="utf-8")
            manifest = {**provenance, "report": str(path), "outputs": sorted(p.name for p in tmp_out.iterdir())}
            (tmp_out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
            if not self.keep_notebooks:
                shutil.rmtree(nb_dir)
        except PapermillExecutionError as err:
            shutil.rmtree(tmp_out, ignore_errors=True)
            shutil.rmtree(tmp_clean, ignore_errors=True)
            kind = "input-error" if err.ename == "InputError" else "tool-error"
            msg = err.evalue if kind == "input-error" else f"{path}: {err.ename}: {err.evalue} (in notebook cell {err.exec_count})"
            return ReportResult(path, stem, kind, msg.splitlines()[0] if msg else err.ename)
        except BaseException:
            shutil.rmtree(tmp_out, ignore_errors=True)
            shutil.rmtree(tmp_clean, ignore_errors=True)
            raise
        _replace_dir(tmp_clean, final_clean)
        _replace_dir(tmp_out, final_out)
        from figaudit.findings import counts, read_detail

        detail = read_detail(final_out / "findings_detail.csv")
        return ReportResult(path, stem, "ok", counts=counts(detail), out=final_out, seconds=time.perf_counter() - t0,
                            warnings=warnings)


def page_outputs_only(nb) -> None:
    """Keep only rich display outputs: stray stdout/stderr (warnings, logs) never reach the page."""
    for cell in nb.cells:
        if cell.get("cell_type") == "code":
            cell["outputs"] = [o for o in cell.get("outputs", []) if o.get("output_type") in ("display_data", "execute_result")]


def _title(clean: Path) -> str:
    try:
        return json.loads((clean / "document.json").read_text(encoding="utf-8")).get("title") or "figaudit"
    except (OSError, ValueError):
        return "figaudit"


def run_info() -> dict:
    return {"commit": git_commit(), "started": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "libraries": library_versions(), "python": sys.version.split()[0]}
