"""Storing a batch of imported postmortems: every good file kept, each file whole or not
at all. The command line and the app's import both store through here."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from pmdesk.domain.model import Postmortem
from pmdesk.storage.interface import LibraryStore
from pmdesk.storage.types import LibraryError

log = logging.getLogger(__name__)


def add_imported(
    library: LibraryStore, parsed: Sequence[tuple[str, Postmortem]]
) -> tuple[list[tuple[str, int]], list[tuple[str, str]]]:
    """Store imported postmortems, each named by its file: (stored, failed), as lists of
    (name, new id) and (name, reason).

    All go in one transaction; should storage refuse one of them, each is then stored in
    its own, so the good files are kept and the bad one named. Either way a file's
    incident is stored whole or not at all.
    """
    try:
        ids = library.add_many(pm for _, pm in parsed)
        return [(name, i) for (name, _), i in zip(parsed, ids, strict=True)], []
    except (ValueError, TypeError, OverflowError, LibraryError) as exc:
        log.info("Import as one batch failed (%s); adding files one by one", exc)
    stored: list[tuple[str, int]] = []
    failed: list[tuple[str, str]] = []
    for name, pm in parsed:
        pm.id = None
        try:
            stored.append((name, library.add(pm)))
        except (ValueError, TypeError, OverflowError, LibraryError) as exc:
            failed.append((name, _storage_reason(exc)))
    return stored, failed


def _storage_reason(exc: Exception) -> str:
    if isinstance(exc, UnicodeError):
        return "It holds text the library cannot store (a lone surrogate); nothing was stored."
    return f"The library did not take it: {exc}"
