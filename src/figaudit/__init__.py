"""figaudit: a reproducible audit workbook for the figures in narrative reports."""

__version__ = "0.1.0"
