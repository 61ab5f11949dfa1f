"""The validity study (``make eval``): figaudit over the labelled corpus of real text.

Runs the installed CLI (``figaudit run``) over each split of the corpus as one
batch, matches the findings to the labels (rule in :mod:`figaudit.evaluate`
and the README), prints the table and writes ``benchmarks/accuracy.md``.

The corpus is found at ``$FIGAUDIT_CORPUS`` or ``../shared/corpus`` beside the
repository.  Its texts are not ours: nothing of them goes into a committed
file.  ``accuracy.md`` names false alarms by passage id, line and figures
only; the quotes, and every miss of the ``dev`` split, go to
``benchmarks/eval-out/`` (not committed).  The ``test`` split is only
scored: its misses are not written anywhere, its false alarms only to
``eval-out/test-false-alarms.md``.

Options: ``--split dev|test`` (default both), ``--inprocess`` (engine and GX
in this process, no HTML: a quick loop while working on the grammar; not the
measurement), ``--no-write`` (leave ``accuracy.md`` as it is).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from figaudit import evaluate as ev  # noqa: E402

OUT = ROOT / "benchmarks" / "eval-out"
ACCURACY = ROOT / "benchmarks" / "accuracy.md"


def run_cli(files: list[Path], out: Path) -> float:
    exe = Path(sys.executable).with_name("figaudit")
    cmd = [str(exe) if exe.exists() else "figaudit", "run", *map(str, files), "--out", str(out / "reports"),
           "--clean-dir", str(out / "clean"), "--no-notebooks", "--fail-on", "never"]
    t = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["(no message)"])[-1]
        raise SystemExit(f"make eval: figaudit run failed (exit {proc.returncode}): {tail}")
    return seconds


def run_inprocess(files: list[Path], out: Path) -> float:
    from figaudit.clean import analyse, write_clean
    from figaudit.findings import validate_many, write_findings

    t = time.perf_counter()
    cleans = []
    for f in files:
        c = out / "clean" / f.stem
        write_clean(analyse(f), c)
        cleans.append(c)
    for c, (detail, results) in zip(cleans, validate_many(cleans)):
        d = out / "reports" / c.name
        d.mkdir(parents=True, exist_ok=True)
        write_findings(detail, results, d)
    return time.perf_counter() - t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", help="corpus folder (default: $FIGAUDIT_CORPUS or ../shared/corpus)")
    ap.add_argument("--split", choices=["dev", "test"], action="append", help="split(s) to score (default: both)")
    ap.add_argument("--inprocess", action="store_true", help="run the engine in this process (quick, no HTML)")
    ap.add_argument("--no-write", action="store_true", help="do not rewrite benchmarks/accuracy.md")
    ap.add_argument("--out", type=Path, default=OUT, help="working folder (default: benchmarks/eval-out/)")
    args = ap.parse_args(argv)
    out_root = args.out
    root = ev.corpus_root(args.corpus, ROOT)
    if root is None:
        where = args.corpus or "../shared/corpus"
        print(f"make eval: no labelled corpus at {where} (a folder with splits.csv); "
              "set FIGAUDIT_CORPUS=/path/to/corpus", file=sys.stderr)
        return 2
    passages, labels = ev.load_corpus(root)
    splits = args.split or ["dev", "test"]
    out_root.mkdir(parents=True, exist_ok=True)
    results: dict[str, tuple[ev.Result, float]] = {}
    for split in splits:
        ids = sorted(p for p, (s, _) in passages.items() if s == split)
        out = out_root / split
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        files = [passages[p][1] for p in ids]
        seconds = (run_inprocess if args.inprocess else run_cli)(files, out)
        findings = {}
        for p in ids:
            detail = out / "reports" / passages[p][1].stem / "findings_detail.csv"
            if not detail.is_file():
                raise SystemExit(f"make eval: no findings for {p} ({detail})")
            findings[p] = ev.read_findings(detail, p)
        res = ev.score([lab for lab in labels if lab.split == split], findings, ids)
        results[split] = (res, seconds)
        print(ev.summary_line(split, res, seconds))
        print(ev.markdown_table(res))
        if split == "dev":
            (out_root / "dev-details.md").write_text(
                "# dev: false alarms\n\n" + "\n".join(ev.alarm_lines(res, quotes=True)) +
                "\n\n# dev: misses and wrong verdicts\n\n" + "\n".join(ev.miss_lines(res)) +
                "\n\n# dev: unlabelled rows (checkable, matched to no label)\n\n" +
                "\n".join(f"- {f.passage} line {f.line}: `{f.check_id}` {f.status} stated {f.stated} computed {f.computed}"
                          f" — {f.quote}" for f in res.unmatched if f.status != "unverifiable" and f.kinds) + "\n",
                encoding="utf-8")
            print(f"dev details (false alarms with quotes, misses): {out_root / 'dev-details.md'}")
        else:
            (out_root / "test-false-alarms.md").write_text(
                "# test: false alarms (scored only; never used to write grammar)\n\n" +
                "\n".join(ev.alarm_lines(res, quotes=True)) + "\n", encoding="utf-8")
    if not args.no_write and not args.inprocess and set(splits) == {"dev", "test"}:
        ACCURACY.write_text(render(root, passages, labels, results), encoding="utf-8")
        print(f"wrote {ACCURACY.relative_to(ROOT)}")
    return 0


def render(root: Path, passages, labels, results) -> str:
    n_chars = sum(len(p.read_text(encoding="utf-8")) for _, p in passages.values())
    lines = [
        "# figaudit on real text: the validity study",
        "",
        f"`make eval`, {dt.date.today().isoformat()}: the CLI run over the labelled corpus "
        f"({len(passages)} passages of real Vietnamese report text, {n_chars // 1000} k characters, "
        f"{len(labels)} labelled relations), findings matched to labels by the rule in the README "
        "(\"How accurate is it\") and in `src/figaudit/evaluate.py`.",
        "",
        "Columns: *found* = labelled relations that some finding matches (any status); *right verdict* = "
        "consistent → pass, inconsistent → fail or warn, not checkable → unverifiable; *inconsistent caught* = "
        "labelled inconsistencies found as fail or warn; *false alarms* = fails that match no inconsistent label; "
        "*unlabelled warns* = warnings that match no label (noise short of an alarm).",
        "",
    ]
    for split, (res, seconds) in results.items():
        lines += [f"## {split}", "", ev.summary_line(split, res, seconds), "", ev.markdown_table(res)]
        if split == "dev":
            alarms = ev.alarm_lines(res, quotes=False)
            lines += ["False alarms (passage, line, check, figures; quotes are kept out of the repository):", ""]
            lines += alarms or ["- none"]
            lines += [""]
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    sys.exit(main())
