"""Command line: ``figaudit run [REPORT ...]``.

argparse (standard library) is enough for one sub-command and keeps start-up
cheap; progress bars come from tqdm, already locked as a dependency of GX.
"""

from __future__ import annotations

import argparse
import signal
import sys
import traceback
from pathlib import Path

from figaudit import __version__
from figaudit.errors import FigauditError, one_line
from figaudit.paths import RAW



def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="figaudit", description="Audit the figures of narrative reports.")
    p.add_argument("--version", action="version", version=f"figaudit {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="audit one or more reports", description="Audit reports: clean → validate → report.")
    r.add_argument("reports", nargs="*", type=Path, help="report files (.txt, .md); default: every file in data/raw/")
    r.add_argument("--out", type=Path, default=Path("reports"), help="output folder (default: reports/)")
    r.add_argument("--clean-dir", type=Path, default=Path("data/clean"), help="folder for clean tables (default: data/clean/)")
    r.add_argument("--year", type=int, help="report year, overriding the one found in the title")
    r.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of the HTML audit (default: vi)")
    r.add_argument("--fail-on", choices=["fail", "warn", "never"], default="fail",
                   help="which statuses make the exit code 1 (default: fail)")
    r.add_argument("--suites", type=Path, help="folder of expectation suites (default: the repository's expectations/)")
    r.add_argument("--no-notebooks", action="store_true", help="do not keep the executed notebooks beside the outputs")
    r.add_argument("--chunk", type=_positive, default=50, metavar="N",
                   help="reports per notebook run in a batch (default 50): bounds memory; GX runs once per chunk")
    r.add_argument("--timeout", type=_seconds, default=600, metavar="SECONDS",
                   help="time budget to analyse one report (default 600; 0 = none): a report over it gets a one-line "
                        "error and the batch goes on")
    r.add_argument("--prior", type=Path, metavar="PRIOR",
                   help="last year's report (any readable format) or a CSV of its figures (label,value,unit[,section]): "
                        "the reported changes are checked against it (one REPORT)")
    r.add_argument("--pairs", type=Path, metavar="CSV",
                   help="for a batch: a CSV file with lines 'current,prior' pairing each report with last year's")
    r.add_argument("--debug", action="store_true", help="show tracebacks")
    return p


def _positive(value: str) -> int:
    """``--chunk``: a whole number of reports, at least 1."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if not 1 <= n <= 10_000:
        raise argparse.ArgumentTypeError(f"{n} is out of range (1 to 10000)")
    return n


def _seconds(value: str) -> float:
    """``--timeout``: seconds, 0 for no budget."""
    try:
        n = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not 0 <= n <= 86_400:  # (NaN fails this too)
        raise argparse.ArgumentTypeError(f"{value} is out of range (0 to 86400 seconds)")
    return n


def _line(res) -> str:
    if res.status != "ok":
        return f"✗ {one_line(res.message)}"
    c = res.counts
    return (f"✓ {one_line(res.path.name)}: {c['fail']} fail, {c['warn']} warn, {c['unverifiable']} unverifiable, {c['pass']} pass "
            f"→ {one_line(res.out / 'audit.html')} ({res.seconds:.1f} s)")


def _priors(args, reports: list[Path], stems: list[str]) -> dict[str, Path] | None:
    """Stem → prior-year file, from --prior (one report) or --pairs (a batch)."""
    if args.prior and args.pairs:
        print("figaudit: give --prior for one report or --pairs for a batch, not both", file=sys.stderr)
        return None
    if args.prior:
        if len(reports) != 1:
            print("figaudit: --prior pairs one report with last year's; for a batch use --pairs CSV", file=sys.stderr)
            return None
        return {stems[0]: args.prior}
    if not args.pairs:
        return {}
    import csv

    if not args.pairs.is_file():
        print(f"figaudit: {one_line(args.pairs)}: no such pairing file", file=sys.stderr)
        return None
    try:
        return _read_pairs(args, reports, stems, csv)
    except (UnicodeDecodeError, csv.Error, OSError) as err:
        reason = "is not UTF-8 text" if isinstance(err, UnicodeDecodeError) else f"cannot be read ({err})"
        print(f"figaudit: {one_line(args.pairs)}: {one_line(reason)}", file=sys.stderr)
        return None


def _read_pairs(args, reports: list[Path], stems: list[str], csv) -> dict[str, Path] | None:
    base = args.pairs.parent
    by_path = {p.resolve(): s for p, s in zip(reports, stems)}
    out = {}
    with open(args.pairs, encoding="utf-8-sig", newline="") as f:
        for n, row in enumerate(csv.reader(f), start=1):
            if not row or row[0].strip().lower() in ("current", "") or row[0].startswith("#"):
                continue
            if len(row) < 2:
                print(f"figaudit: {one_line(args.pairs)}: line {n} needs 'current,prior'", file=sys.stderr)
                return None
            if not row[1].strip():
                print(f"figaudit: {one_line(args.pairs)}: line {n} names no prior report", file=sys.stderr)
                return None
            cur, prior = (Path(x.strip()) for x in row[:2])
            cur = cur if cur.is_absolute() else (base / cur)
            prior = prior if prior.is_absolute() else (base / prior)
            stem = by_path.get(cur.resolve())
            if stem is None:
                print(f"figaudit: {one_line(args.pairs)}: line {n}: {one_line(cur)} is not among the reports given", file=sys.stderr)
                return None
            out[stem] = prior
    return out


def cmd_run(args) -> int:
    from figaudit.execute import Runner, run_info, unique_stems

    reports = list(args.reports)
    if not reports:
        reports = sorted(p for p in RAW.iterdir() if p.is_file() and not p.name.startswith("."))
    if args.year is not None and not (1900 <= args.year <= 2100):
        print(f"figaudit: --year {args.year} is not a plausible report year", file=sys.stderr)
        return 2
    stems = unique_stems(reports)
    priors = _priors(args, reports, stems)
    if priors is None:
        return 2
    info = run_info()
    results = []
    from tqdm import tqdm

    bar = tqdm(total=len(reports), unit="report", file=sys.stderr, disable=None if len(reports) > 1 else True, leave=False)
    with Runner(args.out, args.clean_dir, lang=args.lang, suites=args.suites, keep_notebooks=not args.no_notebooks,
                timeout=args.timeout) as runner:
        for res in runner.run(list(zip(reports, stems)), args.year, info, chunk=args.chunk, priors=priors):
            bar.set_description(one_line(res.path.name)[:40])
            results.append(res)
            for w in res.warnings:
                tqdm.write(f"! {one_line(w)}", file=sys.stderr)
            tqdm.write(_line(res), file=sys.stdout if res.status == "ok" else sys.stderr)
            bar.update()
    bar.close()
    bad = [r for r in results if r.status != "ok"]
    if len(results) > 1:
        ok = len(results) - len(bad)
        print(f"{ok} of {len(results)} reports audited" + (f", {len(bad)} failed" if bad else ""), file=sys.stderr)
    if bad:
        return 2
    from figaudit.findings import exit_code  # (pandas is loaded by then: the findings were read)

    return exit_code({s: sum(r.counts[s] for r in results) for s in ("fail", "warn")}, args.fail_on)


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived: unwind (temporary folders removed, kernel ended) and exit 128 + the signal."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _on_signal(signum, frame):
    # a second Ctrl-C or a supervisor's repeated TERM must not cut the clean-up short
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_IGN)
    raise Interrupted(signum)


def _trap_signals() -> dict:
    """Our own handlers for SIGINT and SIGTERM (the old ones are returned, to be put back).

    SIGTERM's default kills Python outright, leaving the kernel and the temporary folders behind; and the asyncio
    loop under papermill swallows a plain KeyboardInterrupt when SIGINT is left to Python's default handler."""
    import threading

    if threading.current_thread() is not threading.main_thread():  # (signals can only be set from the main thread)
        return {}
    return {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    old = _trap_signals()
    try:
        return cmd_run(args)
    except Interrupted as sig:
        name = signal.Signals(sig.signum).name
        print(f"figaudit: interrupted by {name}; unfinished reports were not written", file=sys.stderr)
        return 128 + sig.signum
    except FigauditError as err:
        if args.debug:
            traceback.print_exc()
        print(f"figaudit: {one_line(err)}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("figaudit: interrupted", file=sys.stderr)
        return 130
    except Exception as err:  # a bug: one line unless --debug
        if getattr(args, "debug", False):
            traceback.print_exc()
        print(f"figaudit: internal error: {type(err).__name__}: {one_line(err)} (rerun with --debug for details)",
              file=sys.stderr)
        return 2
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
