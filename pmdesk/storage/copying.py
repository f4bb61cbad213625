"""Copying a whole library from one engine to another (`pmdesk copy SOURCE DEST`).

Incidents go across in batches, each one transaction in the destination, with their ids,
their times and their place in the trash; then the totals of both are compared. A
destination that already holds incidents is refused unless appending is asked for:
then the copies get new ids there (the old ones may be taken).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pmdesk.storage.interface import LibraryStore
from pmdesk.storage.types import LibraryError

BATCH = 500


@dataclass(frozen=True)
class CopyReport:
    copied: int
    source: dict[str, int]  # the source's totals
    added: dict[str, int]  # what the destination gained

    @property
    def matches(self) -> bool:
        return self.source == self.added


def _difference(after: dict[str, int], before: dict[str, int]) -> dict[str, int]:
    return {name: after[name] - before.get(name, 0) for name in after}


def copy_library(
    source: LibraryStore,
    dest: LibraryStore,
    *,
    append: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> CopyReport:
    ids = source.every_id()
    before = dest.totals()
    if before["incidents"] and not append:
        raise LibraryError(
            f"The destination already holds {before['incidents']:,} incidents; pmdesk copies "
            "only into an empty library. Add --append to add copies (with new ids) to them."
        )
    if dest.read_only:
        raise LibraryError(dest.notice or "The destination is read-only.")
    for start in range(0, len(ids), BATCH):
        records = source.records(ids[start : start + BATCH])
        if append:
            for record in records:
                record.pm.id = None
        dest.put_records(records)
        if progress is not None:
            progress(min(start + BATCH, len(ids)), len(ids))
    return CopyReport(len(ids), source.totals(), _difference(dest.totals(), before))
