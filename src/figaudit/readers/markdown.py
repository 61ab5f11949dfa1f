"""Reader for Markdown reports: ``[^n]`` footnotes through markdown-it-py's footnote plugin.

markdown-it-py (with mdit-py-plugins, both already required by jupytext) keeps
a source line map for every block, so figures keep their 1-based lines.
A numeric label is the footnote's number (``[^7]`` is footnote 7); other labels
are numbered by order of first reference.
A definition never referenced and a reference to an undefined label are kept
and reported by the structure checks, never dropped.

Headings, paragraphs and footnotes become the same raw blocks as the text
reader's, so a page-by-page Markdown conversion (superscript markers, footnote
paragraphs between body paragraphs) is stitched the same way.
"""

from __future__ import annotations

import re
from pathlib import Path

from figaudit import grammar as g
from figaudit.decode import read_text_file
from figaudit.model import Document
from figaudit.readers import register
from figaudit.readers.layout import Raw, classify_block, heading_level, md_to_superscript, stitch, to_block
from figaudit.structure import finish_document



def _inline_text(tok, numbers: dict[str, int]) -> tuple[str, list[int]]:
    """Text of an inline token; footnote refs become superscript numbers.  Returns (text, offsets of line starts)."""
    parts, starts = [], [0]
    length = 0
    for c in tok.children or []:
        if c.type in ("text", "code_inline", "html_inline"):
            s = c.content
        elif c.type == "footnote_ref":
            s = g.to_superscript(numbers[c.meta["label"]])
        elif c.type in ("softbreak", "hardbreak"):
            s = "\n"
        else:
            s = ""
        parts.append(s)
        length += len(s)
        if s == "\n":
            starts.append(length)
    return md_to_superscript("".join(parts)), starts


@register(".md", ".markdown")
def read_markdown(path: Path) -> Document:
    return read_text_file(path, parse_markdown)


def parse_markdown(text: str, source: str = "<markdown>") -> Document:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    md = MarkdownIt("commonmark").use(footnote_plugin)
    env: dict = {}
    tokens = md.parse(text, env)
    # A numeric label is the footnote's number ([^7] is footnote 7, as the author wrote it);
    # other labels are numbered by order of first reference, after the numeric ones.
    order: list[str] = []
    for tok in tokens:
        for c in tok.children or []:
            if c.type == "footnote_ref" and c.meta["label"] not in order:
                order.append(c.meta["label"])
    defined = re.findall(r"(?m)^\[\^([^\]]+)\]:", text)
    order += [lab for lab in defined if lab not in order]
    numbers = {lab: int(lab) for lab in order if lab.isascii() and lab.isdigit()}  # ('²'.isdigit() is true)
    for lab in order:
        if lab not in numbers:
            numbers[lab] = max(numbers.values(), default=0) + 1
    raws: list[Raw] = []
    item_prefix: list[str] = []  # "1. " of the list item being read (Markdown moves it out of the text)
    fn_label = None
    in_footnote = False
    title_seen = False
    for i, tok in enumerate(tokens):
        if tok.type == "footnote_open":
            in_footnote, fn_label = True, tok.meta["label"]
            continue
        if tok.type == "footnote_close":
            in_footnote = False
            continue
        if tok.type == "list_item_open":
            item_prefix.append(f"{tok.info}{tok.markup} " if tok.info else f"{tok.markup} ")
            continue
        if tok.type == "list_item_close":
            item_prefix.pop()
            continue
        if tok.type != "inline" or tok.map is None:
            continue
        opener = tokens[i - 1].type if i else ""
        body, starts = _inline_text(tok, numbers)
        if item_prefix and item_prefix[-1] and opener == "paragraph_open":
            body, starts = item_prefix[-1] + body, [0] + [s + len(item_prefix[-1]) for s in starts[1:]]
            item_prefix[-1] = ""  # only the item's first paragraph carries its number
        first_line = tok.map[0] + 1
        pieces = [(off, first_line + k) for k, off in enumerate(starts)]
        if in_footnote:
            number = numbers[fn_label]
            if raws and raws[-1].kind == "fn" and raws[-1].footnote == number:
                base = len(raws[-1].text) + 1  # a second paragraph of the same footnote
                raws[-1].text += "\n" + body
                raws[-1].pieces += [(base + o, ln) for o, ln in pieces]
            else:
                raws.append(Raw("fn", body, pieces, footnote=number))
            continue
        if opener == "heading_open":
            if not title_seen and not any(r.kind in ("para", "heading") for r in raws) and not heading_level(body):
                title_seen = True
                raws.append(Raw("title", " ".join(body.split()), pieces))
            else:
                level = heading_level(body) or int(tokens[i - 1].tag[1:]) + 1
                raws.append(Raw("heading", body.strip(), pieces, level=level))
            continue
        raws.extend(classify_block(body, pieces, raws))
    # definitions markdown-it did not render (never referenced): keep them, unreferenced
    rendered = {r.footnote for r in raws if r.kind == "fn"}
    for label in defined:
        if numbers[label] not in rendered:
            m = re.search(rf"(?m)^\[\^{re.escape(label)}\]:\s*(.*)$", text)
            line = text[: m.start()].count("\n") + 1
            raws.append(Raw("fn", m.group(1), [(0, line)], footnote=numbers[label]))
    return finish_document(source, [to_block(r) for r in stitch(raws)])
