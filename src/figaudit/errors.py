"""Errors that the CLI turns into one-line messages and exit codes."""

from __future__ import annotations


import re

#: characters that would break a one-line message or play tricks on a terminal: C0/C1 controls (newline, escape
#: sequences), and the bidirectional overrides that reorder what is shown
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u2028\u2029]")


def one_line(text: object) -> str:
    """``text`` safe to print on one line: each unsafe character written as its escape (``\\n``, ``\\x1b``)."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))


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
        super().__init__(f"{one_line(self.path)}: {one_line(problem)}")


class ToolError(FigauditError):
    """figaudit itself failed (a GX check errored, a notebook broke...).

    Never reported as a finding about the report.
    """
