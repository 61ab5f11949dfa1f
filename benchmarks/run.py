"""figaudit benchmark (``make bench``): wall time and memory, measured in one run.

Prints a table and writes ``benchmarks/results.md``:

* floor — what the stack costs before figaudit does anything: ``import
  great_expectations`` + an empty notebook through papermill's API + nbconvert
  of a one-cell notebook, in a fresh process of the project's environment;
* end to end — ``figaudit run`` on the seed, to the HTML, in a fresh process;
* their ratio;
* engine — ingest + figures + relations on the seed, in-process, without
  notebooks or GX, and its throughput;
* batch — 1, 10, 100 and 1 000 synthetic variants of the seed (numbers
  changed, names distinct) in one ``figaudit run``: wall time, peak memory of
  the whole process tree, and the marginal cost per report;
* interactive — re-executing the three notebooks for one edited report in an
  already started kernel;
* interrupt — SIGTERM sent to a batch while its notebooks run, to the end of the
  process (the clean-up itself is a test; its promptness is measured only here);
* hostile shapes — the engine on machine-made texts of 10 kB, 100 kB and 1 MB of each
  shape a rule walks (``benchmarks/hostile.py``): the growth of the time against
  the growth of the size says whether every rule stays linear.

Medians of several runs; never run as a test (machines are shared and noisy).
Options: ``--quick`` (batches up to 100, fewer repeats), ``--sizes 1,10``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "hai-duong-2023-bao-cao-co-quan-tham-muu.txt"
PY = sys.executable

FLOOR = r"""
import time, tempfile, os
t = time.perf_counter()
import great_expectations
import nbformat, papermill as pm
from nbconvert import HTMLExporter
nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "python3", "language": "python", "display_name": "Python 3"},
                                        "language_info": {"name": "python"}})
nb.cells = [nbformat.v4.new_code_cell("x = 1")]
d = tempfile.mkdtemp()
pm.execute_notebook(nb, os.path.join(d, "out.ipynb"), progress_bar=False, kernel_name="python3")
HTMLExporter().from_notebook_node(nbformat.read(os.path.join(d, "out.ipynb"), as_version=4))
print(time.perf_counter() - t)
"""


def median_of(fn, n: int) -> float:
    return statistics.median(fn() for _ in range(n))


def run_timed(cmd: list[str], cwd=None) -> tuple[float, int]:
    """Wall time and peak RSS (bytes) of a command's whole process tree (polled)."""
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    stop = threading.Event()

    def poll():
        nonlocal peak
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not stop.is_set():
            try:
                procs = [root] + root.children(recursive=True)
                peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                pass
            time.sleep(0.05)

    th = threading.Thread(target=poll, daemon=True)
    th.start()
    _, err = proc.communicate()
    stop.set()
    th.join()
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd[:4])} … failed ({proc.returncode}): {err.decode()[-500:]}")
    return wall, peak


def floor_once() -> float:
    out = subprocess.run([PY, "-c", FLOOR], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def e2e_once(tmp: Path) -> float:
    shutil.rmtree(tmp / "out", ignore_errors=True)
    wall, _ = run_timed([PY, "-m", "figaudit", "run", str(SEED), "--out", str(tmp / "out"), "--clean-dir", str(tmp / "clean")])
    return wall


def engine() -> tuple[float, float]:
    from figaudit.clean import analyse

    analyse(SEED)
    times = []
    for _ in range(30):
        t = time.perf_counter()
        analyse(SEED)
        times.append(time.perf_counter() - t)
    med = statistics.median(times)
    return med, SEED.stat().st_size / 1024 / med


def make_variants(folder: Path, n: int) -> list[Path]:
    """Synthetic variants of the seed: every count shifted a little, distinct names."""
    text = SEED.read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        k = i % 7
        variant = re.sub(r"(?<=cấp cơ sở )(\d+)", lambda m: str(int(m.group(1)) + k), text)
        p = folder / f"bao-cao-{i:04d}.txt"
        p.write_text(variant, encoding="utf-8")
        paths.append(p)
    return paths


def batch(tmp: Path, n: int) -> tuple[float, int]:
    src = tmp / f"in-{n}"
    paths = make_variants(src, n)
    out = tmp / f"out-{n}"
    shutil.rmtree(out, ignore_errors=True)
    return run_timed([PY, "-m", "figaudit", "run", *map(str, paths), "--out", str(out), "--clean-dir", str(tmp / f"clean-{n}"),
                      "--no-notebooks"])


def interactive(tmp: Path) -> float:
    """Re-execute the three notebooks for one (edited) report in a started kernel."""
    from figaudit.execute import Runner, run_info

    runner = Runner(tmp / "i-out", tmp / "i-clean", keep_notebooks=False)
    p = tmp / "edited.txt"
    text = SEED.read_text(encoding="utf-8")
    times = []
    with runner:
        info = run_info()
        for i in range(4):
            p.write_text(text.replace("cấp cơ sở 85;", f"cấp cơ sở {85 + i};"), encoding="utf-8")
            t = time.perf_counter()
            list(runner.run([(p, "edited")], None, info))
            times.append(time.perf_counter() - t)
    return statistics.median(times[1:])  # the first run imports GX into the kernel


def interrupt_once(tmp: Path) -> float:
    """Seconds from SIGTERM, sent while a batch's notebooks run, to the end of the process (it must kill its busy
    kernel, not wait for it; the behaviour itself is tested in tests/test_reliability.py, the time only here)."""
    import signal

    work = tmp / "interrupt"
    shutil.rmtree(work, ignore_errors=True)
    paths = make_variants(work / "in", 6)
    proc = subprocess.Popen([PY, "-m", "figaudit", "run", *map(str, paths), "--out", str(work / "out"),
                             "--clean-dir", str(work / "clean"), "--chunk", "3"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while not list((work / "out").glob(".run-*")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    t0 = time.perf_counter()
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=300)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--sizes", default=None)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else ([1, 10, 100] if args.quick else [1, 10, 100, 1000])
    reps = 2 if args.quick else 3
    tmp = Path(tempfile.mkdtemp(prefix="figaudit-bench-"))
    rows: list[tuple[str, str, str]] = []
    try:
        print("floor …", flush=True)
        floor = median_of(floor_once, reps)
        print("end to end …", flush=True)
        e2e = median_of(lambda: e2e_once(tmp), reps)
        eng, kbs = engine()
        print("interactive …", flush=True)
        inter = interactive(tmp)
        print("interrupt …", flush=True)
        stop = median_of(lambda: interrupt_once(tmp), reps)
        rows += [("floor (import GX + empty papermill run + nbconvert)", f"{floor:.2f} s", ""),
                 ("end to end, seed → audit.html", f"{e2e:.2f} s", f"ratio {e2e / floor:.2f} × floor (target ≤ 1.5)"),
                 ("engine: ingest + figures + relations on the seed", f"{eng * 1000:.1f} ms",
                  f"{kbs:.0f} kB/s (target ≤ 50 ms)"),
                 ("interactive: rerun the 3 notebooks in an open kernel", f"{inter:.2f} s", "target ≤ 1 s"),
                 ("interrupt: SIGTERM while a notebook runs, to exit", f"{stop:.2f} s",
                  "target ≤ 15 s (the busy kernel is killed, not waited for)")]
        results = {}
        for n in sizes:
            print(f"batch of {n} …", flush=True)
            results[n] = batch(tmp, n)
            wall, peak = results[n]
            note = ""
            if n > 1 and 1 in results:
                note = f"marginal {(wall - results[1][0]) / (n - 1):.3f} s/report"
            if n == 1000:
                note += f"; {wall / e2e:.1f} × one report (target ≤ 5), peak < 1.5 GB: {'yes' if peak < 1.5e9 else 'no'}"
            rows.append((f"batch of {n} in one run", f"{wall:.1f} s", f"peak {peak / 1e6:.0f} MB" + (f"; {note}" if note else "")))
        print("hostile shapes …", flush=True)
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import hostile

        rows += hostile.rows([10_000, 100_000, 1_000_000])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    head = (f"figaudit benchmark — {dt.date.today().isoformat()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, medians of {reps} runs")
    width = max(len(r[0]) for r in rows)
    print("\n" + head)
    for name, value, note in rows:
        print(f"  {name:<{width}}  {value:>9}  {note}")
    md = [f"# Benchmark results\n\n{head}.\n", "| measure | value | note |", "|---|---:|---|"]
    md += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    (ROOT / "benchmarks" / "results.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    print("\nwritten to benchmarks/results.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
