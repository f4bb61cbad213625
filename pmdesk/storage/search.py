"""Turning what a person types into the search box into a safe full-text query.

People type phrases, paste log lines, and use quotes, dashes, colons and emoji; FTS5
would read many of those as query syntax and fail. Only the words are kept, each as
a quoted prefix term, so no typed text can ever make a query raise.
"""

from __future__ import annotations

import re

# Runs of letters and digits in any script. Python's \w also matches "_", which the
# FTS tokenizer treats as a separator, so it is excluded here too.
_WORD = re.compile(r"[^\W_]+")


def search_terms(user_text: str) -> list[str]:
    """The words of user_text, in order, each once (case-insensitively), for highlighting."""
    seen: set[str] = set()
    terms: list[str] = []
    for word in _WORD.findall(user_text):
        key = word.casefold()
        if key not in seen:
            seen.add(key)
            terms.append(word)
    return terms


def fts_query(user_text: str) -> str | None:
    """An FTS5 MATCH expression finding incidents that contain every word as a prefix.

    "disk full" becomes '"disk"* "full"*' (implicit AND). Returns None when the text
    holds no word at all, meaning: do not filter.
    """
    terms = search_terms(user_text)
    if not terms:
        return None
    # A word holds only letters and digits, so it never contains a double quote.
    return " ".join(f'"{term}"*' for term in terms)
