"""Rows of a timeline that is read rather than edited (the export chart, the library's
preview): events top to bottom in time order, and the card text that wraps onto a
second line before it is cut.

The editable view packs cards into the fewest lanes (timeline_lanes), which puts a card
that opens to the left above an earlier one: read down the chart, 00:30 came before
23:15. Here each event goes one row below the one before it, and the rows start again at
the top only where every card so far has ended, so reading down one stretch of the chart
and then the next gives the events in order. Pure Python, unit-tested without Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable

from pmdesk.domain.timeline_labels import elide


def ordered_rows(
    cards: Iterable[tuple[Hashable, float, float, float]], gap: float
) -> tuple[dict[Hashable, float], float]:
    """Rows for cards given in time order as (key, left, right, height in rows; a card
    of two lines is a row and a bit).

    Each card goes right below the previous one; once a card starts `gap` past the right
    end of every card before it, it starts again at the top. A card that opens to the
    left (at the chart's right edge) can reach back over an earlier stretch: it then goes
    below what it would cover. Returns where each card's first row is (0 at the top; a
    fraction after a two-line card) and the height used, in rows."""
    rows: dict[Hashable, float] = {}
    reach = float("-inf")  # the right end of the widest-reaching card so far
    below = 0.0  # where the row under the previous card is
    count = 0.0
    widest = 0.0
    stretch: list[tuple[float, float, float]] = []  # this stretch's (left, right, bottom)
    earlier: list[tuple[float, float, float]] = []  # the stretches before it, near enough
    for key, left, right, height in cards:
        widest = max(widest, right - left)
        if left >= reach + gap:
            # Times only grow, so a later card cannot reach further left than this.
            earlier = [c for c in earlier + stretch if c[1] + gap > left - 2 * widest]
            stretch = []
            row = 0.0
        else:
            row = below
        while clash := [c[2] for c in earlier
                        if c[0] < right + gap and left < c[1] + gap and row < c[2]]:
            row = max(clash)
        rows[key] = row
        below = row + height
        stretch.append((left, right, below))
        count = max(count, below)
        reach = max(reach, right)
    return rows, count


def two_lines(text: str, width: float, measure: Callable[[str], float]) -> tuple[str, str]:
    """text in at most two lines of `width` as measured by `measure`: the first line
    breaks between words (inside a word only when one word is wider than a line), the
    second is cut with an ellipsis when the rest does not fit either. Text that fits on
    one line comes back whole with an empty second line."""
    if measure(text) <= width:
        return text, ""
    words = text.split(" ")
    first = words[0]
    taken = 1
    for word in words[1:]:
        if measure(f"{first} {word}") > width:
            break
        first = f"{first} {word}"
        taken += 1
    if measure(first) > width:  # one long word: break it where the line is full
        lo, hi = 1, len(first)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if measure(first[:mid]) <= width:
                lo = mid
            else:
                hi = mid - 1
        rest = first[lo:] + "".join(f" {w}" for w in words[taken:])
        return first[:lo], elide(rest, width, measure)
    return first, elide(" ".join(words[taken:]), width, measure)
