"""Edits of very many events at once (a long paste, its undo or redo)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# An edit of this many events or more runs without the garbage collector.
MANY_EVENTS = 1_000


@contextmanager
def collector_waits(many: bool) -> Iterator[None]:
    """Python's collector looks at the young objects every 700 new ones: while the
    editor makes the 10,000 events, card data and lane entries of a long paste (none of
    them garbage) it ran ~40 ms of the window's 0.2 s freeze. It waits until the edit is
    applied, then runs as usual."""
    if not many or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
