"""Helpers of the shape tests: a passage written for a test (our own words and numbers, never text from the
labelled corpus) audited end to end, and the findings rows it gives."""

from __future__ import annotations

from decimal import Decimal

from figaudit.clean import analyse, write_clean
from figaudit.findings import validate_clean


def audit(tmp_path, text: str, name: str = "passage.txt"):
    p = tmp_path / name
    p.write_text("BÁO CÁO kết quả công tác năm 2024\n\n" + text + "\n", encoding="utf-8")
    c = analyse(p)
    write_clean(c, tmp_path / "clean")
    detail, _ = validate_clean(tmp_path / "clean")
    return c, detail


def page(tmp_path, text: str, lang: str = "vi"):
    """The audit page of a passage (its findings written as ``figaudit run`` writes them): (findings, Audit)."""
    from figaudit.findings import write_findings
    from figaudit.report import Audit

    p = tmp_path / "page.txt"
    p.write_text("BÁO CÁO kết quả công tác năm 2024\n\n" + text + "\n", encoding="utf-8")
    write_clean(analyse(p), tmp_path / "c")
    detail, results = validate_clean(tmp_path / "c")
    write_findings(detail, results, tmp_path / "o")
    return detail, Audit.load(tmp_path / "c", tmp_path / "o", lang=lang)


def audits(tmp_path, texts: list[str]):
    """The findings of each text, audited in a folder of its own (variants of one shape, side by side)."""
    for k, text in enumerate(texts):
        (tmp_path / str(k)).mkdir()
        yield audit(tmp_path / str(k), text)[1]


def alarms(detail):
    """The rows that tell the reader something is wrong (``fail`` and ``warn``)."""
    return detail[detail["status"].isin(["fail", "warn"])]


def no_alarm(detail):
    bad = detail[detail["status"] == "fail"]
    assert bad.empty, bad[["check_id", "stated", "computed", "expression", "quote"]].to_string()


def stated_status(frame) -> dict:
    """{stated figure: status} of some findings rows."""
    return {Decimal(str(s)): st for s, st in zip(frame["stated"], frame["status"])}


def triples(frame) -> list[tuple[int, int, str]]:
    """(stated, computed, status) of some findings rows, as whole numbers."""
    return [(int(a), int(b), st) for a, b, st in zip(frame["stated"], frame["computed"], frame["status"])]


def verdicts(frame) -> list[tuple[float, float, str]]:
    """(stated, computed, status) of some findings rows, as floats."""
    return [(float(a), float(b), st) for a, b, st in zip(frame["stated"], frame["computed"], frame["status"])]


def rows(detail, check, **eq):
    d = detail[detail["check"] == check]
    for k, v in eq.items():
        d = d[d[k] == v]
    return d
