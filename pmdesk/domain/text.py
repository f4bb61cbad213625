"""Cleaning of text that comes from users, files and pastes."""

from __future__ import annotations

import re

# C0 and C1 controls except tab and newline, plus the characters XML 1.0 forbids; Word
# and most exporters cannot hold them, and they are never meant by a person.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def strip_controls(text: str) -> str:
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def clean_line(text: str) -> str:
    """One-line value: controls removed, runs of white space folded, ends trimmed."""
    return " ".join(strip_controls(text).split())


def clean_block(text: str) -> str:
    """Multi-paragraph value: controls removed, lines trimmed on the right, ends trimmed."""
    lines = [line.rstrip() for line in strip_controls(text).split("\n")]
    return "\n".join(lines).strip()


def split_list(text: str) -> list[str]:
    """'a, b,  c' -> ['a', 'b', 'c']; empty items dropped."""
    return [item for item in (clean_line(p) for p in text.split(",")) if item]


# Words with which a narrative tells how an incident was fixed ("resolved by adding...",
# "rolled back", "restored"), for a summary that has room for the fix alone.
_FIX = re.compile(
    r"\b(resolv\w*|fix(ed|es)?|restor\w*|mitigat\w*|roll(ed|ing)? ?back|recover\w*|"
    r"work-?around)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“'(\[]?[A-Z0-9])")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]


def cause_and_fix(narrative: str) -> tuple[str, str]:
    """A root-cause narrative that also tells the fix, split into what happened and how
    it was fixed (the sentences that say so); ("narrative", "") if it tells no fix."""
    told = sentences(narrative)
    fix = [s for s in told if _FIX.search(s)]
    if not fix or len(fix) == len(told):
        return " ".join(told), ""
    return " ".join(s for s in told if s not in fix), " ".join(fix)
