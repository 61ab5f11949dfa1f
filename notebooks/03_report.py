# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% tags=["parameters", "remove-cell"]
clean_dir = "../data/clean/hai-duong-2023-bao-cao-co-quan-tham-muu"  # the clean tables of one report
out_dir = "../reports/hai-duong-2023-bao-cao-co-quan-tham-muu"  # findings.csv and validation.json of that report
lang = "vi"  # "vi" or "en"
provenance = "{}"  # JSON written by `figaudit run`: input hash, parameters, versions, run time

# %% tags=["remove-input"]
import json
from pathlib import Path

from IPython.display import HTML, display

from figaudit import report

audit = report.Audit.load(Path(clean_dir), Path(out_dir), lang=lang, provenance=json.loads(provenance))
display(HTML(audit.header_html()))

# %% tags=["remove-input"]
display(HTML(audit.discrepancies_html()))

# %% tags=["remove-input"]
svg = audit.chart_breakdowns()
if svg is not None:
    display(HTML(audit.chart_caption("breakdowns")))
    display(HTML(svg))

# %% tags=["remove-input"]
for name in ("relations", "changes"):
    svg = getattr(audit, f"chart_{name}")()
    if svg is not None:
        display(HTML(audit.chart_caption(name, heading=False)))
        display(HTML(svg))

# %% tags=["remove-input"]
display(HTML(audit.families_html()))

# %% tags=["remove-input"]
display(HTML(audit.citations_html()))

# %% tags=["remove-input"]
display(HTML(audit.coverage_html()))

# %% tags=["remove-input"]
display(HTML(audit.provenance_html()))
