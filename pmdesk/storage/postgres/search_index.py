"""Search on PostgreSQL, finding what SQLite's FTS5 finds for the same typed text.

The words are cut and folded here, in Python, for both the stored entries and the
queries: the same runs of letters and digits as search.search_terms, case-folded and
without accents (FTS5's `unicode61 remove_diacritics 2`). PostgreSQL's own parser would
cut "foo-bar" and e-mail addresses differently, and in a database made with the C
locale it drops every letter outside ASCII. So an entry is an array of lexemes turned
into a tsvector as they are (array_to_tsvector), and a query is a tsquery read as
written ('disk':* & 'ful':*), never parsed into other words.

Prefix search over a one- or two-letter word would merge the posting lists of every
word starting with it (tens of thousands at 100,000 incidents), as FTS5 did before its
prefix indexes. The same remedy: each entry also holds the first one and two letters of
each word as lexemes of their own ("_1d", "_2da"; no word holds "_"), so that such a
query is one exact lexeme.
"""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache

from pmdesk.storage.search import search_terms

# PostgreSQL refuses lexemes of 2 KiB or more and tsvectors of 1 MiB or more. Words are
# cut at LONGEST characters (queries too, so a long word still finds itself); an entry
# stops taking new words at BUDGET bytes (a 1 MB paste of distinct words).
LONGEST = 200
BUDGET = 900_000


@lru_cache(maxsize=65536)  # the same words come back in incident after incident
def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.casefold()[:LONGEST]


def _short(word: str) -> list[str]:
    return [f"_{n}{word[:n]}" for n in (1, 2) if len(word) >= n]


def lexemes(document: dict[str, str]) -> list[str]:
    """The entry of an incident whose text is document (derived.fts_document)."""
    seen: dict[str, None] = {}
    size = 0
    for text in document.values():
        for word in search_terms(text):
            for lexeme in (folded := fold(word), *_short(folded)):
                if lexeme and lexeme not in seen:
                    size += len(lexeme.encode()) + 8
                    if size > BUDGET:
                        return list(seen)
                    seen[lexeme] = None
    return list(seen)


def digest(document: dict[str, str]) -> str:
    """Tells whether an incident's searchable text changed since its entry was written."""
    return hashlib.sha1("\0".join(document.values()).encode("utf-8", "surrogatepass")).hexdigest()


def _quoted(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery(user_text: str) -> str | None:
    """A tsquery finding incidents that contain every typed word as a prefix; None when
    the text holds no word (do not filter)."""
    terms = []
    for word in search_terms(user_text):
        folded = fold(word)
        if not folded:
            continue
        if len(folded) <= 2:
            terms.append(_quoted(f"_{len(folded)}{folded}"))
        else:
            terms.append(_quoted(folded) + ":*")
    return " & ".join(terms) if terms else None
