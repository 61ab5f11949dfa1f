"""The validity study: figaudit's findings scored against a labelled corpus of real text.

The corpus (``../shared/corpus`` or ``$FIGAUDIT_CORPUS``; see its README) holds
real report texts and, for each, every relation the text asserts: its kind,
the stated figure, the operands, the recomputed value, a tolerance and a
verdict (``consistent``, ``inconsistent``, ``not_checkable``).  This module
matches the rows of ``findings_detail.csv`` to those labels and counts, per
relation kind and in total: relations labelled, found, found with the right
verdict, inconsistencies caught, and false alarms.  ``benchmarks/eval.py``
(``make eval``) runs the CLI over the corpus and calls it.

The matching rule (also in the README):

1. **Kind.** Each finding's family stands for label kinds:
   ``footnote_breakdown`` → ``total_vs_parts``; ``text_breakdown`` and
   ``part_of_whole`` → either of ``total_vs_parts`` and ``part_of_whole`` (a
   whole and its parts: whether the labeller wrote "the parts make the whole"
   or "the parts stay within it", rule 3 still asks the arithmetic to agree); ``percent`` → ``percent`` (and
   ``part_of_whole`` for an ``a/b`` ratio, a ≤ b, and ``total_vs_parts`` for
   shares that must total 100 %); ``change``/``prior_change``
   → ``delta`` (and ``percent`` for a percentage recomputed from a stated
   change); ``enumeration`` and ``year_arithmetic`` → themselves.
   ``citation``, ``hedge`` and ``footnote_integrity`` rows stand for no
   labelled kind (their fails are false alarms, their other rows ignored).
2. **Stated figure.** The finding's ``stated`` equals the label's
   ``stated_value`` as written, ignoring sign and scale words (labels write
   ``18,7 tỷ đồng`` as 18.7, figaudit as 18 700 000 000).
3. **Computed value.** For a ``consistent`` or ``inconsistent`` label the
   finding's ``computed`` agrees with the label's ``computed`` within the
   label's tolerance (at least 0.0001, both being rounded to 4 decimals), on
   the same scale as the stated figure.  A ``part_of_whole`` label computes
   the remainder (whole − part); figaudit writes the part: either matches.
   A ``not_checkable`` label's computed is an implied value (the prior year's,
   the plan's), which figaudit writes in its note, so only 1 and 2 apply.
4. **Place.** The finding's line is a line where the label's ``stated`` text
   or one of its operands occurs in the passage.
5. **One to one.** Labels are matched in order (checkable before
   ``not_checkable``), each to the best free finding: one whose computed
   value agrees, then the nearest line; findings of the label's own kind
   first (``text_breakdown`` for a total, ``part_of_whole`` for a part), the
   other families that stand for it after.

Verdicts: ``consistent`` is right when the finding passes, ``inconsistent``
when it fails or warns (caught), ``not_checkable`` when it is unverifiable.
A **false alarm** is a ``fail`` that matches no ``inconsistent`` label
(unmatched, or matched to a consistent or not-checkable label).  A **miss** is
a label no finding matches.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from figaudit.paths import ROOT

KINDS = ["total_vs_parts", "part_of_whole", "percent", "enumeration", "delta", "year_arithmetic"]
OTHER = "other"

#: Label kinds each finding family can stand for (rule 1).
KINDS_OF_CHECK: dict[str, tuple[str, ...]] = {
    "footnote_breakdown": ("total_vs_parts",),
    "text_breakdown": ("total_vs_parts", "part_of_whole"),
    "part_of_whole": ("part_of_whole", "total_vs_parts"),
    "table": ("total_vs_parts", "delta", "percent", "part_of_whole"),
    "percent": ("percent", "part_of_whole", "total_vs_parts"),
    "change": ("delta", "percent"),
    "prior_change": ("delta", "percent"),
    "enumeration": ("enumeration",),
    "year_arithmetic": ("year_arithmetic",),
}
RIGHT = {"consistent": {"pass"}, "inconsistent": {"fail", "warn"}, "not_checkable": {"unverifiable"}}
MIN_TOL = Decimal("0.0001")
SCALES = [Decimal(10) ** k for k in (0, 3, 6, 9, 12)]


@dataclass
class Label:
    passage: str
    split: str
    kind: str
    stated: str
    stated_value: Decimal
    computed: Decimal | None
    tolerance: Decimal | None
    verdict: str
    operands: list[str] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)
    reason: str = ""

    @property
    def checkable(self) -> bool:
        return self.verdict != "not_checkable"


@dataclass
class Finding:
    passage: str
    check_id: str
    check: str
    variant: str
    status: str
    stated: Decimal | None
    computed: Decimal | None
    line: int
    quote: str = ""

    @property
    def kinds(self) -> tuple[str, ...]:
        return KINDS_OF_CHECK.get(self.check, ())

    @property
    def family_kind(self) -> str:
        return self.kinds[0] if self.kinds else OTHER


@dataclass
class Match:
    label: Label
    finding: Finding | None

    @property
    def found(self) -> bool:
        return self.finding is not None

    @property
    def right(self) -> bool:
        return self.finding is not None and self.finding.status in RIGHT[self.label.verdict]


@dataclass
class Result:
    """Matches and leftover findings of a set of passages."""

    matches: list[Match] = field(default_factory=list)
    unmatched: list[Finding] = field(default_factory=list)
    passages: int = 0

    def false_alarms(self) -> list[Finding]:
        out = [m.finding for m in self.matches if m.finding is not None and m.finding.status == "fail"
               and m.label.verdict != "inconsistent"]
        out += [f for f in self.unmatched if f.status == "fail"]
        return sorted(out, key=lambda f: (f.passage, f.line, f.check_id))

    def misses(self) -> list[Label]:
        return [m.label for m in self.matches if not m.found]

    def row(self, kind: str | None = None) -> dict:
        ms = [m for m in self.matches if kind is None or m.label.kind == kind]
        inconsistent = [m for m in ms if m.label.verdict == "inconsistent"]
        alarms = [f for f in self.false_alarms() if kind is None or f.family_kind == kind]
        extra_warns = [f for f in self.unmatched if f.status == "warn" and (kind is None or f.family_kind == kind)]
        return {
            "labelled": len(ms), "found": sum(m.found for m in ms), "right": sum(m.right for m in ms),
            "inconsistent": len(inconsistent), "caught": sum(m.right for m in inconsistent),
            "false_alarms": len(alarms), "unlabelled_warns": len(extra_warns),
        }


# ---------------------------------------------------------------------------
# Reading the corpus and the findings
# ---------------------------------------------------------------------------

def _dec(v) -> Decimal | None:
    if v is None or v == "":
        return None
    try:
        return Decimal(str(v))
    except InvalidOperation:
        return None


def lines_of(text: str, needle: str) -> set[int]:
    """1-based lines on which ``needle`` starts (whitespace-insensitive within a line)."""
    needle = " ".join(str(needle).split())
    if not needle:
        return set()
    out = set()
    for n, line in enumerate(text.split("\n"), start=1):
        if needle in " ".join(line.split()):
            out.add(n)
    return out


def load_corpus(root: Path) -> tuple[dict[str, tuple[str, Path]], list[Label]]:
    """Passages ``{id: (split, path)}`` and their labels, from a corpus folder."""
    import yaml

    splits = {}
    with open(root / "splits.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            splits[row["id"]] = row["split"]
    passages: dict[str, tuple[str, Path]] = {}
    labels: list[Label] = []
    for lab_file in sorted(root.glob("*/labels.yaml")):
        for entry in yaml.safe_load(lab_file.read_text(encoding="utf-8")) or []:
            pid = str(entry["id"])
            path = lab_file.parent / entry["file"]
            split = splits.get(pid, "")
            passages[pid] = (split, path)
            text = path.read_text(encoding="utf-8")
            for r in entry.get("relations") or []:
                lines = lines_of(text, r.get("stated", ""))
                for op in r.get("operands") or []:
                    lines |= lines_of(text, op)
                labels.append(Label(
                    passage=pid, split=split, kind=r["kind"], stated=str(r.get("stated", "")),
                    stated_value=_dec(r.get("stated_value")) or Decimal(0), computed=_dec(r.get("computed")),
                    tolerance=_dec(r.get("tolerance")), verdict=r["verdict"],
                    operands=[str(o) for o in r.get("operands") or []], lines=lines, reason=str(r.get("reason", ""))))
    return passages, labels


def read_findings(path: Path, passage: str) -> list[Finding]:
    """The rows of one report's ``findings_detail.csv``."""
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            out.append(Finding(passage=passage, check_id=row["check_id"], check=row["check"], variant=row.get("variant", ""),
                               status=row["status"], stated=_dec(row["stated"]), computed=_dec(row["computed"]),
                               line=int(row["line"] or 0), quote=row.get("quote", "")))
    return out


# ---------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------

def _scale(stated: Decimal | None, label_value: Decimal) -> Decimal | None:
    """The power of 1 000 that makes the finding's stated figure the label's (rule 2), or None."""
    if stated is None:
        return None
    a, b = abs(stated), abs(label_value)
    if b == 0 or a == 0:  # (0 is 0 at every scale; without this a stated 0 took any figure at the largest scale)
        return SCALES[0] if a == b else None
    for s in SCALES:
        if abs(a / s - b) <= Decimal("1e-6") * max(Decimal(1), b):
            return s
    return None


def _computed_agrees(f: Finding, lab: Label, scale: Decimal) -> bool:
    """Rule 3 (for checkable labels)."""
    if f.computed is None or lab.computed is None:
        return False
    tol = max(lab.tolerance or Decimal(0), MIN_TOL)
    c = abs(f.computed) / scale
    if abs(c - abs(lab.computed)) <= tol:
        return True
    if lab.kind == "part_of_whole":  # figaudit writes the part, the label the remainder (signed: a part over its
        return abs(c - (abs(lab.stated_value) - lab.computed)) <= tol  # whole leaves a negative remainder)
    return False


def candidates(lab: Label, findings: list[Finding], primary: bool = False) -> list[tuple[tuple, Finding]]:
    """Findings that may stand for a label, with a sort key (best first); ``primary``: only findings whose own
    family is the label's kind."""
    out = []
    for f in findings:
        if lab.kind not in f.kinds or (primary and f.family_kind != lab.kind):
            continue
        scale = _scale(f.stated, lab.stated_value)
        if scale is None:
            continue
        if lab.lines and f.line not in lab.lines:
            continue
        agrees = _computed_agrees(f, lab, scale)
        if lab.checkable and not agrees:
            continue
        near = min((abs(f.line - ln) for ln in lab.lines), default=0)
        out.append(((not agrees, near, f.check_id), f))
    out.sort(key=lambda x: x[0])
    return out


def match_passage(labels: list[Label], findings: list[Finding]) -> tuple[list[Match], list[Finding]]:
    """Rule 5: one finding per label, checkable labels first."""
    free = list(findings)
    used: set[int] = set()
    matches: dict[int, Match] = {}
    order = sorted(range(len(labels)), key=lambda i: (not labels[i].checkable, i))
    for primary in (True, False):  # a finding of the label's own family first, one that also stands for it next
        for i in order:
            if i in matches:
                continue
            lab = labels[i]
            best = next((f for _, f in candidates(lab, free, primary) if id(f) not in used), None)
            if best is not None:
                used.add(id(best))
                matches[i] = Match(lab, best)
    for i in order:
        matches.setdefault(i, Match(labels[i], None))
    return [matches[i] for i in range(len(labels))], [f for f in free if id(f) not in used]


def score(labels: list[Label], findings: dict[str, list[Finding]], passages: list[str]) -> Result:
    """Match every passage's findings to its labels."""
    res = Result(passages=len(passages))
    by_passage: dict[str, list[Label]] = {}
    for lab in labels:
        by_passage.setdefault(lab.passage, []).append(lab)
    for pid in passages:
        ms, rest = match_passage(by_passage.get(pid, []), findings.get(pid, []))
        res.matches += ms
        res.unmatched += rest
    return res


# ---------------------------------------------------------------------------
# Reporting
# ---------------------------------------------------------------------------

COLUMNS = ["labelled", "found", "right verdict", "inconsistent caught", "false alarms", "unlabelled warns"]


def _pct(n: int, d: int) -> str:
    return f"{n} ({100 * n / d:.0f} %)" if d else f"{n}"


def table_rows(res: Result) -> list[list[str]]:
    rows = []
    for kind in KINDS + [None]:
        r = res.row(kind)
        if kind is not None and not r["labelled"] and not r["false_alarms"]:
            continue
        rows.append(["**all**" if kind is None else kind, str(r["labelled"]), _pct(r["found"], r["labelled"]),
                     _pct(r["right"], r["labelled"]), f"{r['caught']} / {r['inconsistent']}", str(r["false_alarms"]),
                     str(r["unlabelled_warns"])])
    other = [f for f in res.false_alarms() if f.family_kind == OTHER]
    if other:
        rows.insert(-1, ["other checks", "–", "–", "–", "–", str(len(other)), "–"])
    return rows


def markdown_table(res: Result) -> str:
    head = "| kind | " + " | ".join(COLUMNS) + " |\n|---|" + "---:|" * len(COLUMNS) + "\n"
    return head + "".join("| " + " | ".join(r) + " |\n" for r in table_rows(res))


def summary_line(name: str, res: Result, seconds: float | None = None) -> str:
    r = res.row()
    per50 = 50 * r["false_alarms"] / res.passages if res.passages else 0
    t = f", {seconds:.0f} s" if seconds is not None else ""
    return (f"{name}: {res.passages} passages, {r['labelled']} relations: found {_pct(r['found'], r['labelled'])}, "
            f"right verdict {_pct(r['right'], r['labelled'])}, inconsistencies caught {r['caught']} / {r['inconsistent']}, "
            f"false alarms {r['false_alarms']} ({per50:.1f} per 50 passages){t}")


def alarm_lines(res: Result, quotes: bool) -> list[str]:
    """One line per false alarm: passage, line, check, stated and computed (and the quote, if asked)."""
    out = []
    for f in res.false_alarms():
        s = f"- {f.passage} line {f.line}: `{f.check_id}` stated {f.stated} computed {f.computed}"
        if quotes:
            s += f" — {f.quote}"
        out.append(s)
    return out


def miss_lines(res: Result) -> list[str]:
    out = []
    for m in res.matches:
        lab = m.label
        if m.found and m.right:
            continue
        what = "missed" if not m.found else f"found as {m.finding.status} ({m.finding.check_id})"
        out.append(f"- {lab.passage} [{lab.kind}, {lab.verdict}] {what}: {lab.stated!r} = {lab.stated_value}; "
                   f"operands {lab.operands}; computed {lab.computed} — {lab.reason}")
    return out


def corpus_root(explicit: str | None = None, repo: Path | None = None) -> Path | None:
    """``$FIGAUDIT_CORPUS``, else ``../shared/corpus`` beside the repository."""
    cand = explicit or os.environ.get("FIGAUDIT_CORPUS")
    if cand:
        p = Path(cand)
        return p if (p / "splits.csv").is_file() else None
    repo = repo or ROOT
    p = repo.parent / "shared" / "corpus"
    return p if (p / "splits.csv").is_file() else None
