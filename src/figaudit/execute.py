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
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from figaudit import __version__
from figaudit.errors import InputError, ToolError
from figaudit.paths import NOTEBOOK_DIR, ROOT, TEMPLATES

NOTEBOOKS = ["01_clean", "02_validate", "03_report"]


def notebooks_dir() -> Path:
    d = NOTEBOOK_DIR
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
    def safe(s: str) -> str:
        return "".join(c if (c.isalnum() or c in "-_.") else "-" for c in s).strip(".-")

    stems = [_short(safe(p.stem)) or "report" for p in paths]
    seen = Counter(stems)
    clash = {s for s, n in seen.items() if n > 1}
    out: list[str] = []
    used: set[str] = set()
    for p, stem in zip(paths, stems):
        name = f"{stem}-{safe(p.suffix.lstrip('.'))}" if stem in clash and p.suffix else stem
        base, n = name, 1
        while name in used:  # same name and suffix in two folders
            n += 1
            name = f"{base}-{n}"
        out.append(name)
        used.add(name)
    return out


#: Longest output folder name in UTF-8 bytes: a file system allows 255, and the temporary
#: ``.NAME.tmp-PID`` / ``.NAME.old-PID`` folders and a ``-N`` for a clash need room beside it.
MAX_NAME_BYTES = 150


def _short(name: str) -> str:
    """``name``, or its first characters and a digest of the whole when it is too long for a folder name."""
    if len(name.encode("utf-8")) <= MAX_NAME_BYTES:
        return name
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    head = name.encode("utf-8")[: MAX_NAME_BYTES - 11].decode("utf-8", errors="ignore").rstrip(".-")
    return f"{head}-{digest}"


def _replace_dir(tmp: Path, final: Path) -> None:
    """Move a finished folder into place, replacing an older one.  Two runs writing the same report folder take turns:
    the check and the two renames happen under an exclusive lock on the parent folder (``flock`` on its descriptor:
    no lock file is left behind), so neither finds the other's folder half-moved."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not a POSIX system: no lock, the swap as before
        fcntl = None
    fd = os.open(final.parent, os.O_RDONLY)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        trash = None
        if final.exists():
            trash = final.with_name(f".{final.name}.old-{os.getpid()}-{os.urandom(4).hex()}")
            final.rename(trash)
        tmp.rename(final)
    finally:
        os.close(fd)  # (closing releases the lock)
    if trash is not None:
        shutil.rmtree(trash, ignore_errors=True)


class Runner:
    """Audits reports through the notebooks in one kernel."""

    def __init__(self, out_dir: Path, clean_root: Path, lang: str = "vi", suites: Path | None = None,
                 keep_notebooks: bool = True, log=None, timeout: float | None = None):
        self.timeout = timeout or None  # seconds to analyse one report (batch.time_budget)
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
        import tempfile

        self.km = KernelManager(kernel_name="python3")
        # The kernel gets a throw-away IPython folder: the user's startup scripts and profile settings cannot change
        # an audit, and the executed cells (report paths among them) are not kept in their history.sqlite.
        self._ipython_dir = tempfile.mkdtemp(prefix="figaudit-ipython-")
        env = {**os.environ, "GX_ANALYTICS_ENABLED": "false", "PYDEVD_DISABLE_FILE_VALIDATION": "1",
               "IPYTHONDIR": self._ipython_dir}
        self.km.start_kernel(env=env, stderr=subprocess.DEVNULL, extra_arguments=["--HistoryManager.enabled=False"])
        return self

    def __exit__(self, *exc):
        if self.km is not None:
            try:
                self.km.shutdown_kernel(now=True)
            except Exception:  # pragma: no cover - best effort at exit
                pass
            self.km = None
        if getattr(self, "_ipython_dir", None):
            shutil.rmtree(self._ipython_dir, ignore_errors=True)
            self._ipython_dir = None

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
            c.HTMLExporter.embed_images = False  # charts are inline SVG; embedding re-parses each page (bs4)
            c.HTMLExporter.extra_template_basedirs = [str(TEMPLATES)]
            c.HTMLExporter.template_name = "figaudit"
            self._exporter = HTMLExporter(config=c)
        return self._exporter

    # -- a run: chunks of jobs through the three notebooks ------------------
    def _execute(self, name: str, out: Path, parameters: dict):
        import copy

        import papermill as pm

        nb = copy.deepcopy(self.notebooks()[name])
        return pm.execute_notebook(nb, str(out), parameters=parameters, km=self.km, kernel_name="python3",
                                   progress_bar=False, log_output=False, cwd=str(notebooks_dir()))

    def run(self, items: list[tuple[Path, str]], year: int | None, info: dict, chunk: int = 50,
            priors: dict[str, Path] | None = None):
        """Audit (path, stem) items; yield one ReportResult per report, chunk by chunk.

        ``priors`` maps a stem to last year's report (or CSV of figures) for the prior_change checks."""
        self.priors = priors or {}
        for k in range(0, len(items), chunk):
            yield from self._run_chunk(items[k:k + chunk], year, info)

    def _run_chunk(self, items, year, info):
        from papermill.exceptions import PapermillExecutionError

        from figaudit.readers import read

        t0 = time.perf_counter()
        jobs, results, warnings = [], {}, {}
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.clean_root.mkdir(parents=True, exist_ok=True)
        for path, stem in items:
            path = Path(path)
            try:
                doc = read(path)  # pre-flight: bad input gets its one-line error here, before any output
            except InputError as err:
                results[stem] = ReportResult(path, stem, "input-error", str(err))
                continue
            except (Exception, RecursionError) as err:  # a reader's bug on one report: named, and the batch goes on
                msg = " ".join(f"{type(err).__name__}: {err}".split())[:300]
                results[stem] = ReportResult(path, stem, "tool-error", f"{path}: cannot be read ({msg})")
                continue
            prior = self.priors.get(stem)
            if prior is not None and not Path(prior).is_file():
                results[stem] = ReportResult(path, stem, "input-error", f"{prior}: no such prior-year file (for {path.name})")
                continue
            if year is None and doc.year is None:
                warnings[stem] = [f"{path}: no report year in the title; year-dependent checks are unverifiable "
                                  "(--year YYYY would settle them)"]
            tmp_out = self.out_dir / f".{stem}.tmp-{os.getpid()}"
            tmp_clean = self.clean_root / f".{stem}.tmp-{os.getpid()}"
            for d in (tmp_out, tmp_clean):
                shutil.rmtree(d, ignore_errors=True)
                d.mkdir(parents=True)
            provenance = {
                "prior": {"input": Path(prior).name, "sha256": sha256(Path(prior))} if prior else None,
                "input": path.name, "sha256": sha256(path), "figaudit": __version__, "commit": info.get("commit", ""),
                "started": info.get("started", ""), "libraries": info.get("libraries", {}),
                "parameters": {"year": year, "lang": self.lang, "detected_year": doc.year},
            }
            jobs.append({"stem": stem, "report": str(path.resolve()), "clean": str(tmp_clean.resolve()),
                         "out": str(tmp_out.resolve()), "year": year, "lang": self.lang, "provenance": provenance,
                         "prior": str(Path(prior).resolve()) if prior else None, "timeout": self.timeout,
                         "_path": str(path)})
        work = self.out_dir / f".run-{os.getpid()}"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        try:
            if jobs:
                self._chunk_notebooks(jobs, work, results)
        except PapermillExecutionError as err:
            msg = f"{err.ename}: {err.evalue}".splitlines()[0]
            for job in jobs:
                if job["stem"] not in results:
                    results[job["stem"]] = ReportResult(Path(job["_path"]), job["stem"], "tool-error", f"{job['_path']}: {msg}")
        finally:
            for job in jobs:
                if results.get(job["stem"]) is None or results[job["stem"]].status != "ok":
                    shutil.rmtree(job["out"], ignore_errors=True)
                    shutil.rmtree(job["clean"], ignore_errors=True)
            shutil.rmtree(work, ignore_errors=True)
        elapsed = time.perf_counter() - t0
        for path, stem in items:
            res = results[stem]
            res.warnings = warnings.get(stem, [])
            if res.status == "ok":
                res.seconds = elapsed / max(1, len(jobs))
            yield res

    def _chunk_notebooks(self, jobs: list[dict], work: Path, results: dict) -> None:
        from figaudit.findings import counts, read_detail

        status_path = work / "status.json"
        params = lambda js: json.dumps([{k: v for k, v in j.items() if k != "_path"} for j in js], ensure_ascii=False)  # noqa: E731
        nb1 = self._execute("01_clean", work / "01_clean.ipynb", {"jobs": params(jobs), "status_path": str(status_path)})
        status = {s["stem"]: s for s in json.loads(status_path.read_text(encoding="utf-8"))}
        ok = []
        for job in jobs:
            st = status[job["stem"]]
            if st["ok"]:
                ok.append(job)
            else:
                results[job["stem"]] = ReportResult(Path(job["_path"]), job["stem"], st["kind"], st["error"])
        if not ok:
            return
        nb2 = self._execute("02_validate", work / "02_validate.ipynb",
                            {"jobs": params(ok), "suites_dir": str(self.suites) if self.suites else None})
        nb3 = self._execute("03_report", work / "03_report.ipynb", {"jobs": params(ok)})
        exporter = self.exporter()
        exporter.language_code = self.lang
        for job in ok:
            stem, out, clean = job["stem"], Path(job["out"]), Path(job["clean"])
            page = slice_notebook(nb3, job, params([job]))
            page.metadata["title"] = _title(clean)
            page_outputs_only(page)
            html, _ = exporter.from_notebook_node(page)
            (out / "audit.html").write_text(html, encoding="utf-8")
            if self.keep_notebooks:
                import nbformat

                (out / "notebooks").mkdir(exist_ok=True)
                for name, nb in (("01_clean", nb1), ("02_validate", nb2), ("03_report", nb3)):
                    nbformat.write(slice_notebook(nb, job, params([job])), str(out / "notebooks" / f"{name}.ipynb"))
            manifest = {**job["provenance"], "report": job["_path"], "outputs": sorted(p.name for p in out.iterdir())}
            (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
            final_out, final_clean = self.out_dir / stem, self.clean_root / stem
            _replace_dir(clean, final_clean)
            _replace_dir(out, final_out)
            detail = read_detail(final_out / "findings_detail.csv")
            results[stem] = ReportResult(Path(job["_path"]), stem, "ok", counts=counts(detail), out=final_out)


def slice_notebook(nb, job: dict, job_params: str):
    """One report's record of a batch notebook: its own outputs, and its own job as parameters."""
    import copy

    from papermill.translators import translate_parameters

    from figaudit.batch import TAG

    out = copy.deepcopy(nb)
    stem = job["stem"]
    for cell in out.cells:
        if cell.get("cell_type") != "code":
            continue
        tags = cell.get("metadata", {}).get("tags", [])
        if "injected-parameters" in tags:
            params = dict(out.metadata.get("papermill", {}).get("parameters", {}))
            params["jobs"] = job_params
            cell["source"] = translate_parameters("python3", "python", params, "Parameters (this report's slice of the run)")
            out.metadata.setdefault("papermill", {})["parameters"] = params
            continue
        # this report's outputs, and untagged ones (warnings that concern the whole run)
        cell["outputs"] = [o for o in cell.get("outputs", []) if o.get("metadata", {}).get(TAG) in (None, stem)]
    return out


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
