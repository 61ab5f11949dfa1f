from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "hai-duong-2023-bao-cao-co-quan-tham-muu.txt"


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def seeded(tmp_path: Path, old: str, new: str, name: str = "seeded.txt", count: int = 1) -> Path:
    """A copy of the seed report with `old` replaced by `new` (must occur exactly `count` times)."""
    text = seed_text()
    assert text.count(old) == count, f"{old!r} occurs {text.count(old)} times in the seed"
    p = tmp_path / name
    p.write_text(text.replace(old, new), encoding="utf-8")
    return p


def write(tmp_path: Path, text: str, name: str = "passage.txt") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.fixture(scope="session")
def seed_analysis():
    from figaudit.clean import analyse

    return analyse(SEED)


def integrity(doc) -> set[str]:
    """The footnote-structure rules Great Expectations flags on a document's tables (the one place they live)."""
    from figaudit.tables import footnotes_frame, markers_frame
    from figaudit.validate import get_validator

    v = get_validator()
    out: set[str] = set()
    for table, df in (("footnotes", footnotes_frame(doc)), ("markers", markers_frame(doc))):
        for name, _ in v.suites_for(table):
            out |= {r.rule for r in v.run(name, df).rules if r.flagged}
    return out
