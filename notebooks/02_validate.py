# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 2. Validate: Great Expectations checks the relations
#
# Loads the suites in `expectations/` (hand-written JSON, one per table; the
# relation families share the template `relations.json` unless their rules
# differ) into an ephemeral GX context and validates the clean tables of all
# the jobs at once (one GX run per suite: its cost is per run, not per row).
# The findings of each report are built from the rows GX flags and written to
# its `out` folder as `findings.csv`, `findings_detail.csv` and
# `validation.json`.

# %% tags=["parameters"]
jobs = '[{"stem": "hai-duong-2023-bao-cao-co-quan-tham-muu", "report": "../data/raw/hai-duong-2023-bao-cao-co-quan-tham-muu.txt", "clean": "../data/clean/hai-duong-2023-bao-cao-co-quan-tham-muu", "out": "../reports/hai-duong-2023-bao-cao-co-quan-tham-muu", "year": null, "lang": "vi"}]'  # JSON list of jobs (one per report)
suites_dir = None  # folder of expectation suites; default: the repository's expectations/

# %%
import pandas as pd
from IPython.display import display

from figaudit.batch import TAG, parse_jobs, validate_stage

jobs = parse_jobs(jobs)
status = validate_stage(jobs, suites_dir)

# %% [markdown]
# Findings by status, per report:

# %%
for s in status:
    display(pd.DataFrame([s]), metadata={TAG: s["stem"]})
