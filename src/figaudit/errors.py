"""Errors that the CLI turns into one-line messages and exit codes."""

from __future__ import annotations


class FigauditError(Exception):
    """Base class. ``str(err)`` is the one line shown to the user."""

    exit_code = 2


class InputError(FigauditError):
    """The input cannot be audited (unreadable, empty, wrong format...).

    The message always names the file and the problem, on one line.
    """

    def __init__(self, path: object, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ToolError(FigauditError):
    """figaudit itself failed (a GX check errored, a notebook broke...).

    Never reported as a finding about the report.
    """
