"""Marking the words of a search in the preview's text, the way the search matched them.

The full-text search matches each typed word as the start of a word ("disk" finds
"disks"), case-insensitively; highlighting does the same so that what is marked is
what was found.
"""

from __future__ import annotations

import html
import re

from pmdesk.ui.theme import current


def term_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """A regex matching any of terms at the start of a word, to the end of that word."""
    if not terms:
        return None
    # Longest first, so that "data" and "database" mark all of "database".
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W_]*", re.IGNORECASE)


def highlight(text: str, pattern: re.Pattern[str] | None) -> str:
    """text as HTML, with the words pattern matches wrapped in a marked span."""
    if pattern is None:
        return html.escape(text)
    out: list[str] = []
    last = 0
    colours = current()
    mark = f"background-color:{colours.search_mark};color:{colours.search_mark_text}"
    for match in pattern.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        out.append(f'<span style="{mark}">{html.escape(match.group())}</span>')
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def snippet(text: str, pattern: re.Pattern[str], width: int = 80) -> str | None:
    """A short piece of text around its first match, or None when nothing matches."""
    match = pattern.search(text)
    if match is None:
        return None
    start = max(0, match.start() - width)
    end = min(len(text), match.end() + width)
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    return prefix + text[start:end].strip() + suffix
