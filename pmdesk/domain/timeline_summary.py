"""Which events a picture of a very long incident shows, and the words that say so.

A chart of 10,000 events cannot be read (or drawn within Qt's image limits), and the
library's preview or the Review page would spend seconds on them. They show at most a
few hundred: the key moments first (detected, alerted, escalated, mitigated, resolved),
then investigations and dead ends, then notes; within each, events spread over the
whole incident rather than its first minutes. `shown_note` is the caption that says
what was left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import attrgetter

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.model import EventKind, TimelineEvent

KEY_KINDS = (EventKind.DETECTED, EventKind.ALERTED, EventKind.ESCALATED,
             EventKind.MITIGATED, EventKind.RESOLVED)
_RANK = {**dict.fromkeys(KEY_KINDS, 0), EventKind.INVESTIGATED: 1, EventKind.DEAD_END: 1}
_time = attrgetter("at")


def spread(items: list[TimelineEvent], limit: int | None = None) -> list[TimelineEvent]:
    """items reordered so that every start of the result is spread over all of them:
    the first, the last, the middle, the quarters, and so on (only the first `limit`
    of that order, if given)."""
    count = len(items)
    want = count if limit is None else min(limit, count)
    if count <= 2:
        return list(items[:want])
    order = [0, count - 1]
    spans = [(0, count - 1)]
    while spans and len(order) < want:
        halves = []
        for lo, hi in spans:
            if hi - lo > 1:
                mid = (lo + hi) // 2
                order.append(mid)
                halves += [(lo, mid), (mid, hi)]
        spans = halves
    return [items[n] for n in order[:want]]


def by_importance(events: Iterable[TimelineEvent],
                  limit: int | None = None) -> list[TimelineEvent]:
    """Every event (or the first `limit`), the ones a summary keeps first: see the
    module's docstring."""
    ranks: list[list[TimelineEvent]] = [[], [], []]
    for event in sorted(events, key=_time):
        ranks[_RANK.get(event.kind, 2)].append(event)
    chosen: list[TimelineEvent] = []
    for rank in ranks:
        room = None if limit is None else limit - len(chosen)
        chosen += spread(rank, room)
    return chosen


def summary(events: Iterable[TimelineEvent], limit: int) -> list[TimelineEvent]:
    """At most `limit` events, the most important (by_importance), in time order; the
    first and the last event always among them, so that a picture of the summary spans
    the whole incident."""
    ordered = sorted(events, key=_time)
    if len(ordered) <= limit:
        return ordered
    ends = [ordered[0], ordered[-1]] if limit >= 2 else ordered[:limit]
    taken = {id(e) for e in ends}  # by identity: two events may be alike
    chosen = [e for e in by_importance(ordered, limit) if id(e) not in taken]
    return sorted([*ends, *chosen[: limit - len(ends)]], key=_time)


SHOWN_NOTE = QT_TRANSLATE_NOOP(
    "TimelineSummary",
    "Showing {shown} of {total} events, the key moments first (detected, alerted, "
    "escalated, mitigated, resolved).",
)


def shown_note(
    shown: int,
    total: int,
    words: str = SHOWN_NOTE,
    number: Callable[[int], str] = "{:,}".format,
) -> str | None:
    """The caption of a picture that shows `shown` of `total` events; None if all.
    words and number: the caption translated and the locale's digits (render passes them)."""
    if shown >= total:
        return None
    return words.format(shown=number(shown), total=number(total))
