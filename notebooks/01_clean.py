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

# %% [markdown]
# # 1. Clean: from the report to tables of figures
#
# Reads the report (rebuilding paragraphs and footnotes cut by page breaks),
# classifies **every** number it contains, and finds the relations between
# figures that can be checked (for now: totals against their footnote
# breakdowns). Writes the tables to `clean_dir`; nothing is checked yet.

# %% tags=["parameters"]
report_path = "../data/raw/hai-duong-2023-bao-cao-co-quan-tham-muu.txt"  # the report to audit
clean_dir = "../data/clean/hai-duong-2023-bao-cao-co-quan-tham-muu"  # where the clean tables go
report_year = None  # int: overrides the year found in the title

# %%
from pathlib import Path

from figaudit.clean import analyse, write_clean
from figaudit.tables import figures_frame

cleaned = analyse(report_path, year=report_year)
write_clean(cleaned, Path(clean_dir))
doc = cleaned.doc
print(f"{doc.source}: {doc.title!r}, year {doc.year}")
print(f"{len(doc.blocks)} blocks, {len(doc.footnotes)} footnotes, {len(cleaned.figures)} figures, {len(cleaned.relations)} relations")
for w in doc.warnings:
    print("warning:", w)

# %% [markdown]
# Figures by kind (every digit run of the report is in one of these rows):

# %%
figures_frame(cleaned.figures)["kind"].value_counts()
