"""The read behind the table's search: its first rows first where the whole answer may
be slow (a word in most incidents of a team library), then all of it.

The store decides (LibraryStore.first_ids gives None where its whole answer is as
quick); the reader delivers the first answer at once and runs the rest after a pause,
giving way to the next keystroke (background_reader.Partial).
"""

from __future__ import annotations

from datetime import date

from pmdesk.domain.listing import IncidentQuery
from pmdesk.services.background_reader import Partial, ReadCall
from pmdesk.storage.interface import LibraryStore

# A first answer fills most screens of the table (~25 rows in a 1280x800 window).
FIRST_ROWS = 30


def ids_read(query: IncidentQuery, today: date, page: int) -> ReadCall:
    """ids(query), or Partial((first ids, summaries of the first `page` of them), the
    read of all ids)."""

    def whole(lib: LibraryStore) -> list[int]:
        return lib.ids(query, today)

    def read(lib: LibraryStore) -> object:
        first = lib.first_ids(query, today, FIRST_ROWS)
        if first is None:
            return whole(lib)
        return Partial((first, lib.summaries(first[:page], today) if page else []), whole)

    return read
