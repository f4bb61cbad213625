"""Writing user text into Markdown so that it reads back as the same text.

Characters Markdown would take as markup anywhere in a line are always escaped; others
only where they would be structure: at the start of a line (a list, a rule, a setext
underline, a table's delimiter row) or, via `extra`, where the exporter itself gives a
character meaning (the parentheses and semicolons of a task's details, commas between
names).
"""

from __future__ import annotations

import re

from pmdesk.domain.text import clean_line, strip_controls

_ALWAYS = frozenset("\\*_[]<>|#`~")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_ORDERED = re.compile(r"(\d{1,9})(?=[.)](?:\s|$))")
# A line of only these characters could be a rule, an underline or a table delimiter row.
_RULE_LIKE = re.compile(r"[-:|=+\s]+")


def escape_text(text: str, extra: str = "") -> str:
    """Escape a run of text that is not at the start of a line."""
    out = []
    for i, char in enumerate(text):
        if char in _ALWAYS or char in extra or (char == "&" and _ENTITY.match(text, i)):
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def escape_line(line: str, extra: str = "", at_start: bool = True) -> str:
    """Escape one line; at_start when it begins a Markdown line or a list item's text."""
    body = escape_text(line, extra)
    if not at_start or body.startswith("\\"):
        return body
    if _RULE_LIKE.fullmatch(line) or (line[:1] in ("-", "+") and line[1:2] in ("", " ")):
        return "\\" + body
    ordered = _ORDERED.match(body)
    if ordered is not None:
        return f"{ordered[1]}\\{body[ordered.end() :]}"
    return body


def paragraphs(text: str) -> list[list[str]]:
    """Prose as paragraphs of trimmed lines: blank lines part paragraphs, runs of spaces
    fold into one. This is the form text has after a trip through Markdown."""
    out = []
    for block in re.split(r"\n[^\S\n]*\n", strip_controls(text)):
        lines = [line for line in (clean_line(x) for x in block.split("\n")) if line]
        if lines:
            out.append(lines)
    return out


def paragraph(lines: list[str], indent: str = "", first_at_start: bool = True) -> str:
    """Escaped lines of one paragraph; lines after the first get indent."""
    return "\n".join(
        (indent if n else "") + escape_line(line, at_start=first_at_start or n > 0)
        for n, line in enumerate(lines)
    )


def prose_blocks(text: str) -> list[str]:
    """Prose as top-level Markdown paragraphs."""
    return [paragraph(lines) for lines in paragraphs(text)]


def item_body(text: str, indent: str, first_at_start: bool) -> str:
    """Prose as a list item's content: later lines and paragraphs indented under it."""
    chunks = [
        paragraph(lines, indent, first_at_start=first_at_start or n > 0)
        for n, lines in enumerate(paragraphs(text))
    ]
    return f"\n\n{indent}".join(chunks)
