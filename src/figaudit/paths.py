"""Where figaudit finds what ships beside the package in its repository checkout (one place for every module).

``ROOT`` is the checkout (``src/figaudit/`` is two levels below it): the embedded default report in
``data/raw/``, the Great Expectations suites in ``expectations/``, the audit notebooks in ``notebooks/``.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
SUITES = ROOT / "expectations"
NOTEBOOK_DIR = ROOT / "notebooks"
TEMPLATES = Path(__file__).resolve().parent / "templates"
