"""Which row each event card goes on, so that no two cards on a row overlap.

`LanePacker` lays out the whole chart with the fewest lanes, and moves one card without
making the rest jump. Apart from the scale because it works on plain x intervals and
knows nothing of time; unit-tested without Qt.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections.abc import Hashable, Iterable, Iterator
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

    def drop(self, gone: set[Hashable]) -> None:
        kept = [n for n, key in enumerate(self.keys) if key not in gone]
        self.lefts = [self.lefts[n] for n in kept]
        self.rights = [self.rights[n] for n in kept]
        self.keys = [self.keys[n] for n in kept]


def _nearest_first(prefer: int, count: int) -> Iterator[int]:
    """Lane numbers from `prefer` outwards: prefer, prefer - 1, prefer + 1, ..."""
    if prefer < count:
        yield prefer
    for step in range(1, count + 1):
        for n in (prefer - step, prefer + step):
            if 0 <= n < count:
                yield n


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

    def copy(self) -> LanePacker:
        """Another packer with the same cards, which its placing leaves this one as is
        (a paste's new cards are placed on one in its reading thread)."""
        other = LanePacker(self.gap)
        other._lanes = [_Lane(list(lane.lefts), list(lane.rights), list(lane.keys))
                        for lane in self._lanes]
        other._where = dict(self._where)
        return other

    def lane_of(self, key: Hashable) -> int:
        return self._where[key][0]

    @property
    def lane_count(self) -> int:
        while self._lanes and not self._lanes[-1].keys:
            self._lanes.pop()
        return len(self._lanes)

    def right_end(self) -> float | None:
        """Where the rightmost card ends (None without cards): each lane's last."""
        ends = [lane.rights[-1] for lane in self._lanes if lane.rights]
        return max(ends) if ends else None

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
        lane = next((n for n in _nearest_first(prefer, count)
                     if self._lanes[n].fits(left, right, self.gap)), count)
        self._put(lane, key, left, right)
        return lane

    def place_many(self, spans: Iterable[tuple[Hashable, float, float]]) -> dict[Hashable, int]:
        """Put new cards, each where `place` would put it, one after the other in the
        order given, leaving every card already placed where it is. Returns key -> lane.

        In O(n log n) when the spans come in order of their left ends (new cards, as a
        paste adds them): a sweep from left to right, like `pack`, that keeps the lanes
        whose last card has ended in a heap and takes the topmost of them where no card
        placed earlier is in the way. Otherwise card by card with `place`."""
        spans = list(spans)
        if any(key in self._where for key, _, _ in spans):
            raise ValueError("place_many places new cards only; use place to move one")
        if any(a[1] > b[1] for a, b in itertools.pairwise(spans)):
            return {key: self.place(key, left, right) for key, left, right in spans}
        # Lanes no new card is in the way on (a heap), and (right end + gap of the last
        # card, lane) of those that are busy. A lane whose cards all start before the
        # first new one is busy until its last card ends, as if that card were new: so a
        # paste added a slice at a time sweeps on where the last slice stopped.
        first = spans[0][1] if spans else 0.0
        free: list[int] = []
        busy: list[tuple[float, int]] = []
        for n, cards in enumerate(self._lanes):
            if cards.lefts and cards.lefts[-1] <= first:
                busy.append((cards.rights[-1] + self.gap, n))
            else:
                free.append(n)
        heapq.heapify(busy)
        placed: dict[Hashable, int] = {}
        # (Written out, _put included, for the 10,000 cards of a long paste.)
        lanes, where, gap = self._lanes, self._where, self.gap
        push, pop = heapq.heappush, heapq.heappop
        for key, left, right in spans:
            while busy and busy[0][0] <= left:
                push(free, pop(busy)[1])
            if free and not lanes[free[0]].fits(left, right, gap):
                blocked = []  # by a card that was there before the batch
                while free and not lanes[free[0]].fits(left, right, gap):
                    blocked.append(pop(free))
                lane = pop(free) if free else len(lanes)
                for n in blocked:
                    push(free, n)
            else:
                lane = pop(free) if free else len(lanes)
            if lane == len(lanes):
                lanes.append(_Lane())
            cards = lanes[lane]
            if not cards.lefts or cards.lefts[-1] < left:  # as insert would, at the end
                cards.lefts.append(left)
                cards.rights.append(right)
                cards.keys.append(key)
            else:
                cards.insert(key, left, right)
            where[key] = (lane, left)
            push(busy, (right + gap, lane))
            placed[key] = lane
        return placed

    def place_within(self, key: Hashable, left: float, right: float, lanes: int) -> bool:
        """Put a new card on the topmost of the first `lanes` lanes where it fits; False
        (and nothing placed) if it fits on none of them."""
        lane = next((n for n in range(min(lanes, len(self._lanes)))
                     if self._lanes[n].fits(left, right, self.gap)), len(self._lanes))
        if lane >= lanes:
            return False
        self._put(lane, key, left, right)
        return True

    def _put(self, lane: int, key: Hashable, left: float, right: float) -> None:
        if lane == len(self._lanes):
            self._lanes.append(_Lane())
        self._lanes[lane].insert(key, left, right)
        self._where[key] = (lane, left)

    def remove(self, key: Hashable) -> None:
        lane, left = self._where.pop(key)
        self._lanes[lane].remove(key, left)

    def remove_many(self, keys: Iterable[Hashable]) -> None:
        """Take cards out (those not placed are ignored); the others stay where they are.
        A lane that loses many is rebuilt once rather than shifted once per card."""
        by_lane: dict[int, set[Hashable]] = {}
        for key in keys:
            if (where := self._where.pop(key, None)) is not None:
                by_lane.setdefault(where[0], set()).add(key)
        for n, gone in by_lane.items():
            lane = self._lanes[n]
            if len(gone) == len(lane.keys):  # all of it (a paste undone): emptied
                lane.lefts, lane.rights, lane.keys = [], [], []
            else:
                lane.drop(gone)

    def spans(self) -> list[tuple[Hashable, int, float, float]]:
        """Every card as (key, lane, left, right); for tests and debugging."""
        return [
            (k, n, left, right)
            for n, ln in enumerate(self._lanes)
            for k, left, right in zip(ln.keys, ln.lefts, ln.rights, strict=True)
        ]
