"""Input readers, one module per file type, chosen by suffix (a registry).

A reader takes the path and returns a :class:`figaudit.model.Document`.  New
formats register themselves with :func:`register`; nothing else in figaudit
knows about file formats.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from figaudit.errors import InputError
from figaudit.model import Document

Reader = Callable[[Path], Document]
READERS: dict[str, Reader] = {}

#: Suffixes refused with a specific hint.
REFUSED = {
    ".doc": "is an old binary Word file (.doc): open it in Word or LibreOffice and save it as .docx",
}


def register(*suffixes: str):
    def deco(fn: Reader) -> Reader:
        for s in suffixes:
            READERS[s.lower()] = fn
        return fn

    return deco


def read(path: str | Path) -> Document:
    """Read any supported report into the document model."""
    path = Path(path)
    if path.is_dir():
        raise InputError(path, "is a directory, not a report file (pass the files in it, e.g. DIR/*.txt)")
    suffix = path.suffix.lower()
    if suffix in REFUSED:
        raise InputError(path, REFUSED[suffix])
    reader = READERS.get(suffix)
    if reader is None:
        if not path.exists():
            raise InputError(path, "no such file")
        known = ", ".join(sorted(READERS))
        raise InputError(path, f"unsupported file type '{suffix or '(none)'}' (figaudit reads {known})")
    return reader(path)


# Register the built-in readers.
from figaudit.readers import text  # noqa: E402,F401,I001
from figaudit.readers import markdown  # noqa: E402,F401
from figaudit.readers import docx  # noqa: E402,F401
from figaudit.readers import pdf  # noqa: E402,F401
