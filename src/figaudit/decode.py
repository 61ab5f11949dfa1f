"""Turn the bytes of a text input into clean NFC text, or refuse with one line.

* UTF-8 with or without BOM, UTF-16 or UTF-32 with BOM; CRLF/CR accepted; NFC applied.
* Binary files (PNG, PDF, ZIP/docx, old .doc) renamed to .txt are refused by
  their magic bytes; invalid UTF-8 is refused with the byte offset, and with
  charset-normalizer's guess of the real encoding to help the user convert it.
"""

from __future__ import annotations

import codecs
import re
import stat
import unicodedata
from pathlib import Path

from figaudit.errors import InputError

#: Inputs larger than this are refused (documented in the README).
MAX_BYTES = 20 * 1024 * 1024

MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (a .docx?)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old binary Word/Office file (.doc): save it as .docx"),
    (b"\x7fELF", "an executable"),
]


def check_file(path: Path, max_bytes: int = MAX_BYTES) -> None:
    """The checks every reader makes first: the file exists, is a file, and is not too large."""
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, not a report file")
    try:
        st = path.stat()
    except OSError as err:
        raise InputError(path, f"cannot be read ({err.strerror})") from None
    if not stat.S_ISREG(st.st_mode):
        # a named pipe would block the run, a device (/dev/zero) never ends
        raise InputError(path, "is not a regular file (a pipe, device or socket): save the report to a file first")
    size = st.st_size
    if size > max_bytes:
        raise InputError(path, f"file is {size / 1048576:.1f} MiB, over the {max_bytes // 1048576} MiB limit for one report")


def read_text_file(path: Path, parse) -> "object":
    """Decode a text input and parse it with ``parse(text, source=...)``, recording the encoding."""
    text, encoding = decode_text(path, read_bytes(path))
    doc = parse(text, source=path.name)
    doc.encoding = encoding
    return doc


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    check_file(path, max_bytes)
    try:
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)  # (a file growing while read is still bounded)
    except OSError as err:
        raise InputError(path, f"cannot be read ({err.strerror})") from None
    if len(data) > max_bytes:
        raise InputError(path, f"file grew past the {max_bytes // 1048576} MiB limit for one report while being read")
    return data


def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """Return (NFC text with LF line ends, encoding name)."""
    if not data:
        raise InputError(path, "file is empty")
    if data.startswith(codecs.BOM_UTF8):
        enc, body = "utf-8-sig", data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # (before UTF-16: FF FE 00 00 starts with FF FE)
        enc, body = "utf-32", data
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        enc, body = "utf-16", data
    else:
        for magic, what in MAGIC:
            if data.startswith(magic):
                raise InputError(path, f"is {what}, not a text report")
        if b"\x00" in data[:4096]:
            raise InputError(path, "is binary data (NUL bytes), not a text report")
        enc, body = "utf-8", data
    try:
        text = body.decode(enc if enc != "utf-8-sig" else "utf-8")
    except UnicodeDecodeError as err:
        legacy = legacy_vietnamese(data.decode("cp1252", errors="replace"))
        if legacy:
            raise InputError(path, f"is written in the legacy {legacy} Vietnamese font encoding: convert it to Unicode "
                                   "(e.g. Unikey's converter) and audit the converted file") from None
        guess = _guess_encoding(data)
        hint = f"; it looks like {guess}: convert it to UTF-8" if guess else "; convert it to UTF-8"
        raise InputError(path, f"is not valid {enc.upper()} text (byte 0x{data[err.start]:02x} at offset {err.start}){hint}") from None
    nul = text.find("\x00")
    if nul != -1:  # anywhere in the file, not only where the magic-byte check looked
        raise InputError(path, f"is binary data (a NUL character at character {nul}), not a text report")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = strip_invisible(unicodedata.normalize("NFC", text))
    legacy = legacy_vietnamese(text)
    if legacy:  # legacy-font text saved as UTF-8 ("B¸o c¸o kÕt qu¶"): valid bytes, unreadable words
        raise InputError(path, f"holds text in the legacy {legacy} Vietnamese font encoding (e.g. “{_example(text, legacy)}”): "
                               "convert it to Unicode (e.g. Unikey's converter) and audit the converted file")
    if not text.strip():
        raise InputError(path, "holds only whitespace, no text")
    return text, enc


#: Frequent Vietnamese words as they look when TCVN3 (ABC) or VNI bytes are read as Latin-1/cp1252.
LEGACY_TELLTALES = {
    "TCVN3 (ABC)": ["c¸c", "kÕt", "n¨m", "®¶ng", "vµ", "®·", "cña", "tØnh", "c«ng", "®¬n", "®ång", "b¸o", "nh©n", "qu¶", "viÖc"],
    "VNI": ["caùc", "keát", "naêm", "ñaûng", "vaø", "ñaõ", "cuûa", "tænh", "coâng", "ñôn", "ñoàng", "baùo", "nhaân", "quaû", "vieäc"],
}


def legacy_vietnamese(text: str) -> str | None:
    """Name of the legacy font encoding the text is in, or None."""
    sample = text[:200_000].lower()
    words = set(re.findall(r"[^\s.,;:()“”\"]+", sample))
    for name, tells in LEGACY_TELLTALES.items():
        hits = sum(1 for t in tells if t in words)
        if hits >= 3:
            return name
    return None


def _example(text: str, legacy: str) -> str:
    for t in LEGACY_TELLTALES[legacy]:
        i = text.lower().find(t)
        if i != -1:
            return text[max(0, i - 10): i + len(t) + 10].replace("\n", " ").strip()
    return ""


def _guess_encoding(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - it is a locked dependency
        return None
    best = from_bytes(data[:65536]).best()
    return best.encoding if best else None


#: characters that show nothing but split a number or a word when read: zero-width space, non-joiner and joiner,
#: word joiner, a byte-order mark inside the text, the soft hyphen ("1.2\u200b34 tỷ" is 1.234 tỷ as the reader sees it)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def strip_invisible(text: str) -> str:
    """The text as a reader sees it: invisible characters removed (see :data:`_INVISIBLE`)."""
    return text.translate(_INVISIBLE)
