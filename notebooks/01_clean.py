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
# # 1. Clean: from the report to tables of figures
#
# Reads each report (rebuilding paragraphs and footnotes cut by page breaks),
# classifies **every** number it contains, and finds the relations between
# figures that can be checked. Writes the tables to each job's `clean` folder;
# nothing is judged yet. A report that cannot be read is recorded with its
# reason and does not stop the others.

# %% tags=["parameters"]
jobs = '[{"stem": "hai-duong-2023-bao-cao-co-quan-tham-muu", "report": "../data/raw/hai-duong-2023-bao-cao-co-quan-tham-muu.txt", "clean": "../data/clean/hai-duong-2023-bao-cao-co-quan-tham-muu", "out": "../reports/hai-duong-2023-bao-cao-co-quan-tham-muu", "year": null, "lang": "vi"}]'  # JSON list of jobs (one per report)
status_path = None  # where to write the per-report status (JSON); None: only display it
prior_report_path = None  # last year's report (any format) or a CSV of its figures, for a single report

# %%
import json

import pandas as pd
from IPython.display import display

from figaudit.batch import TAG, clean_stage, parse_jobs

jobs = parse_jobs(jobs)
if prior_report_path and len(jobs) == 1:
    jobs[0].setdefault("prior", prior_report_path)
status = clean_stage(jobs)
if status_path:
    with open(status_path, "w", encoding="utf-8") as f:
        json.dump(status, f, ensure_ascii=False)

# %% [markdown]
# What was found in each report:

# %%
for s in status:
    display(pd.DataFrame([s]), metadata={TAG: s["stem"]})
