"""Every word of a source document, and where an imported postmortem keeps it.

A word is a run of letters. The check says which words of the source are in none of the
postmortem's fields (text fields, lists, event texts, tasks, Notes) nor among what the
import report says it read as structure (headings, labels, statements). Words that only
ever spell a date or a time are exempt, since those are read into times: month and
weekday names, AM/PM, ordinal suffixes (30th), zone abbreviations; so are single
letters (the x of a checkbox, the T and Z of an ISO time) and the labels of reference
links (`[issue-274]: https://...`), which are markup: their addresses are kept.
"""

from __future__ import annotations

import html
import re

from pmdesk.domain.dates import MONTH_NAMES, WEEKDAY_NAMES
from pmdesk.domain.time_zones import ABBREVIATIONS, REGIONS
from pmdesk.io.report import Imported

_WORD = re.compile(r"[^\W\d_]+")
_REFERENCE = re.compile(r"^ {0,3}\[([^\]]+)\]:|\]\[([^\]]+)\]", re.MULTILINE)
TIME_WORDS = frozenset(
    {*(m[:3] for m in MONTH_NAMES), *MONTH_NAMES, "sept", *WEEKDAY_NAMES,
     *(d[:3] for d in WEEKDAY_NAMES), "am", "pm", "st", "nd", "rd", "th", "utc", "gmt",
     *(a.lower() for a in ABBREVIATIONS), *(r.lower() for r in REGIONS if "/" not in r)}
)  # fmt: skip


def words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def kept_text(imported: Imported) -> str:
    pm = imported.pm
    parts = [pm.title, pm.introduction, pm.root_cause, pm.root_cause_detail, pm.resolution,
             pm.analogy, pm.conclusion, pm.notes, pm.timezone, *pm.services, *pm.authors,
             *pm.tags, *pm.impact, *pm.improvements, *imported.report.structure]
    parts += [pm.severity.value if pm.severity else "", pm.status.value.replace("_", " ")]
    parts += [e.text for e in pm.timeline]
    parts += [f"{t.description} {t.owner}" for t in pm.actions]
    return "\n".join(parts)


def lost_words(source: str, imported: Imported) -> set[str]:
    """Words of source that the import kept nowhere (see the module docstring)."""
    references = {w for m in _REFERENCE.finditer(source) for w in words(m[1] or m[2] or "")}
    wanted = words(html.unescape(source)) - TIME_WORDS - references
    return {w for w in wanted - words(kept_text(imported)) if len(w) > 1}
