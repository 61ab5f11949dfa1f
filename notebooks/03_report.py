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

# %% [markdown] tags=["remove-cell"]
# # 3. Report: the audit page
#
# Builds each report's audit from its findings: discrepancies first, charts,
# a section per check family, the citation index, coverage and provenance.
# `figaudit run` renders this notebook to `audit.html` with nbconvert (code
# hidden, offline template); every section is tagged with its report.

# %% tags=["parameters", "remove-cell"]
jobs = '[{"stem": "hai-duong-2023-bao-cao-co-quan-tham-muu", "report": "../data/raw/hai-duong-2023-bao-cao-co-quan-tham-muu.txt", "clean": "../data/clean/hai-duong-2023-bao-cao-co-quan-tham-muu", "out": "../reports/hai-duong-2023-bao-cao-co-quan-tham-muu", "year": null, "lang": "vi"}]'  # JSON list of jobs (one per report), each with its "lang" and "provenance"

# %% tags=["remove-input"]
from IPython.display import HTML, display

from figaudit.batch import TAG, parse_jobs, report_sections

for job in parse_jobs(jobs):
    for section in report_sections(job):
        display(HTML(section), metadata={TAG: job["stem"]})
