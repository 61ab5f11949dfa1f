"""The clean stage: ingest → figures → relations, written to ``data/clean/<report>/``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from figaudit import figures as figs
from figaudit import relations as rels
from figaudit.model import Document
from figaudit.readers import read
from figaudit.relations import prior_change
from figaudit.tables import citations_frame, blocks_frame, figures_frame, footnotes_frame, markers_frame, relations_frame, write_csv


@dataclass
class Cleaned:
    doc: Document
    figures: list
    relations: list
    prior_info: list = field(default_factory=list)
    prior: str = ""


def analyse(path: str | Path, year: int | None = None, prior: str | Path | None = None) -> Cleaned:
    """Everything the engine does, in-process and without GX (used by tests and benchmarks).

    ``prior``: last year's report (any readable format) or a CSV of its figures; the change
    claims are then checked against it (family ``prior_change``)."""
    doc = read(path)
    if year:
        doc.year = int(year)
    if doc.year is None:
        doc.warnings.append("no report year found in the title: year-dependent checks are unverifiable; --year would settle them")
    figures = figs.extract(doc)
    relations = rels.find_all(doc, figures)
    if prior:
        relations, info = prior_change.verify_changes(doc, figures, relations, load_prior(prior), Path(prior).name)
        return Cleaned(doc, figures, relations, info, Path(prior).name)
    return Cleaned(doc, figures, relations)


def load_prior(path: str | Path) -> list[prior_change.PriorFigure]:
    """Last year's figures: a CSV of them, or a report in any readable format analysed like this one."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return prior_change.prior_from_csv(path)
    c = analyse(path)
    return prior_change.prior_figures(c.doc, c.figures, c.relations)


def write_clean(c: Cleaned, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    write_csv(figures_frame(c.figures), out / "figures.csv")
    write_csv(blocks_frame(c.doc), out / "blocks.csv")
    write_csv(footnotes_frame(c.doc), out / "footnotes.csv")
    write_csv(markers_frame(c.doc), out / "markers.csv")
    write_csv(relations_frame(c.relations), out / "relations.csv")
    write_csv(citations_frame(c.doc, c.figures), out / "citations.csv")
    import pandas as pd

    info_cols = ["kind", "label", "unit", "current", "prior", "change", "line", "prior_line"]
    write_csv(pd.DataFrame(c.prior_info, columns=info_cols), out / "prior_info.csv")
    meta = {"source": c.doc.source, "title": c.doc.title, "year": c.doc.year, "encoding": c.doc.encoding,
            "warnings": c.doc.warnings, "location_kind": c.doc.location_kind,
            "locations": {str(k): list(v) for k, v in sorted(c.doc.locations.items())}, "prior": c.prior}
    import json
    (out / "document.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
