"""Guessing an event's kind from its words, for imports and pasted lines."""

from __future__ import annotations

import re

from pmdesk.domain.model import EventKind

# Order matters: the first rule that matches wins, so the more specific come first.
_RULES: tuple[tuple[EventKind, re.Pattern[str]], ...] = (
    (EventKind.RESOLVED, re.compile(r"\b(resolved|fixed|recovered|back to normal|all clear)\b")),
    (EventKind.DEAD_END, re.compile(r"\b(misleading|dead[ -]end|red herring|ruled out|wrong pat)")),
    (EventKind.ESCALATED, re.compile(r"\bescalat")),
    (EventKind.MITIGATED, re.compile(r"\b(mitigat|rolled back|rollback|workaround|failover)")),
    (EventKind.ALERTED, re.compile(r"\b(alerted|paged|notified|on-call was)")),
    (EventKind.DETECTED, re.compile(r"\b(detected|noticed|discovered|reported)\b")),
    (EventKind.INVESTIGATED, re.compile(r"\b(investigat|diagnos|looked into|analy[sz])")),
)


def infer_kind(text: str) -> EventKind:
    lowered = text.lower()
    for kind, pattern in _RULES:
        if pattern.search(lowered):
            return kind
    return EventKind.NOTE
