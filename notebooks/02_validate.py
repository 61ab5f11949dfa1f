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
# # 2. Validate: Great Expectations checks the relations
#
# Loads the suites in `expectations/` (hand-written JSON, one per check
# family) into an ephemeral GX context, validates the clean tables row by row,
# and builds the findings from the rows GX flags.

# %% tags=["parameters"]
clean_dir = "../data/clean/hai-duong-2023-bao-cao-co-quan-tham-muu"  # the clean tables of one report
out_dir = "../reports/hai-duong-2023-bao-cao-co-quan-tham-muu"  # where findings.csv and validation.json go
suites_dir = None  # folder of expectation suites; default: the repository's expectations/

# %%
from pathlib import Path

from figaudit.findings import counts, validate_clean, write_findings
from figaudit.validate import get_validator

detail, results = validate_clean(Path(clean_dir), suites_dir)
Path(out_dir).mkdir(parents=True, exist_ok=True)
write_findings(detail, results, Path(out_dir), get_validator(suites_dir).gx_version)
print(counts(detail))

# %%
detail[["check_id", "status", "stated", "computed", "line", "footnote"]]
