"""Which row each event card goes on, so that no two cards on a row overlap.

`LanePacker` lays out the whole chart with the fewest lanes, and moves one card without
making the rest jump. Apart from the scale because it works on plain x intervals and
knows nothing of time; unit-tested without Qt.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field


def card_span(
    x: float, width: float, lead: float, right_limit: float | None = None,
    left_limit: float = 0.0,
) -> tuple[float, float, bool]:
    """Horizontal extent of a card whose marker is at x: it starts `lead` px before x
    and runs right, unless that would cross right_limit (and flipping would not cross
    left_limit); then it opens to the left and ends just after x.
    Returns (left, right, flipped)."""
    if (right_limit is not None and x - lead + width > right_limit
            and x - width + lead >= left_limit):
        return x - width + lead, x + lead, True
    return x - lead, x - lead + width, False


@dataclass
class _Lane:
    lefts: list[float] = field(default_factory=list)
    rights: list[float] = field(default_factory=list)
    keys: list[Hashable] = field(default_factory=list)

    def fits(self, left: float, right: float, gap: float) -> bool:
        i = bisect.bisect_left(self.lefts, left)
        if i > 0 and self.rights[i - 1] + gap > left:
            return False
        return not (i < len(self.lefts) and right + gap > self.lefts[i])

    def insert(self, key: Hashable, left: float, right: float) -> None:
        i = bisect.bisect_left(self.lefts, left)
        self.lefts.insert(i, left)
        self.rights.insert(i, right)
        self.keys.insert(i, key)

    def remove(self, key: Hashable, left: float) -> None:
        i = bisect.bisect_left(self.lefts, left)
        while self.keys[i] != key:
            i += 1
        del self.lefts[i], self.rights[i], self.keys[i]


class LanePacker:
    """Assigns cards (horizontal intervals) to lanes so that cards in one lane are at
    least `gap` apart. `pack` lays out everything with the fewest lanes; `place` and
    `remove` change one card and leave every other card where it was, so editing one
    event never makes the rest of the chart jump."""

    def __init__(self, gap: float = 6.0) -> None:
        self.gap = gap
        self._lanes: list[_Lane] = []
        self._where: dict[Hashable, tuple[int, float]] = {}

    def __contains__(self, key: Hashable) -> bool:
        return key in self._where

    def lane_of(self, key: Hashable) -> int:
        return self._where[key][0]

    @property
    def lane_count(self) -> int:
        while self._lanes and not self._lanes[-1].keys:
            self._lanes.pop()
        return len(self._lanes)

    def pack(self, spans: Iterable[tuple[Hashable, float, float]]) -> dict[Hashable, int]:
        """Lay out all cards afresh: sweep from left to right, reusing the topmost lane
        that has come free (optimal for intervals). Returns key -> lane."""
        self._lanes, self._where = [], {}
        ordered = sorted(spans, key=lambda s: (s[1], s[2], str(s[0])))
        busy: list[tuple[float, int]] = []  # (right end + gap, lane)
        free: list[int] = []
        for key, left, right in ordered:
            while busy and busy[0][0] <= left:
                heapq.heappush(free, heapq.heappop(busy)[1])
            lane = heapq.heappop(free) if free else len(self._lanes)
            if lane == len(self._lanes):
                self._lanes.append(_Lane())
            self._lanes[lane].insert(key, left, right)
            self._where[key] = (lane, left)
            heapq.heappush(busy, (right + self.gap, lane))
        return {key: lane for key, (lane, _) in self._where.items()}

    def place(self, key: Hashable, left: float, right: float) -> int:
        """Put (or move) one card. A new card goes on the topmost lane where it fits; a
        card already placed stays on its lane if it still fits there, else it goes to
        the nearest lane that has room, so a dragged card stays near where it was let go."""
        prefer = 0
        if key in self._where:
            prefer = self._where[key][0]
            self.remove(key)
        count = len(self._lanes)
        order = [prefer]
        for step in range(1, count + 1):
            order.extend(n for n in (prefer - step, prefer + step) if 0 <= n < count)
        lane = next((n for n in order if n < count and self._lanes[n].fits(left, right, self.gap)),
                    count)
        if lane == len(self._lanes):
            self._lanes.append(_Lane())
        self._lanes[lane].insert(key, left, right)
        self._where[key] = (lane, left)
        return lane

    def remove(self, key: Hashable) -> None:
        lane, left = self._where.pop(key)
        self._lanes[lane].remove(key, left)

    def spans(self) -> list[tuple[Hashable, int, float, float]]:
        """Every card as (key, lane, left, right); for tests and debugging."""
        return [
            (k, n, left, right)
            for n, ln in enumerate(self._lanes)
            for k, left, right in zip(ln.keys, ln.lefts, ln.rights, strict=True)
        ]
