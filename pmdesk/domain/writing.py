"""Writing help for a blameless postmortem, and for follow-up tasks someone can act on.

These are hints, not validation: they never block, and each comes with a gentle
suggestion the editor shows next to the field it concerns. The checks are plain word
patterns on purpose; they must be cheap enough to run on every keystroke and easy for a
reader to predict.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.model import Postmortem, Task, TaskStatus


class HintKind(StrEnum):
    BLAME = "blame"
    NO_VERB = "no_verb"
    NO_OWNER = "no_owner"
    NO_DATE = "no_date"


@dataclass(frozen=True, slots=True)
class Hint:
    """One suggestion about one field (and, for list items, one item).

    `start`/`end` locate the phrase in the text for blame hints (-1 when not about a
    phrase), and `rewrite` is blameless wording to put in its place; `item_id` is the
    task or event id, `index` the position in a plain list.
    """

    kind: HintKind
    field: str
    message: str
    suggestion: str
    phrase: str = ""
    start: int = -1
    end: int = -1
    item_id: str | None = None
    index: int | None = None
    rewrite: str = ""


_BLAME_SUGGESTION = QT_TRANSLATE_NOOP(
    "WritingHints",
    "Try describing what in the system or process let this happen, rather than who did "
    "it — for example “the deploy script did not check the config” instead of naming a person."
)
_NAME = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
# Capitalised words after "caused by" that are things, not people.
_NOT_A_PERSON = frozenset(
    """A An The This That These Those Our Their Its It We They Our An Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August September
    October November December Redis Postgres PostgreSQL MySQL Kubernetes Nginx Linux Windows
    AWS Azure Google Cloud DNS CDN API Java Python Docker""".split()
)

_FAULT = "a gap in how the change was checked"
_BY_SOMEONE = "by a change that nothing checked"
_BASE_VERBS = {"known": "know", "noticed": "notice", "checked": "check", "seen": "see",
               "caught": "catch", "realised": "realise", "realized": "realize"}
_JUDGING_WORDS = {
    "careless": "hurried", "carelessly": "in a hurry", "carelessness": "haste",
    "negligent": "unchecked", "negligence": "a missing check", "incompetent": "unfamiliar",
    "incompetence": "unfamiliarity", "sloppy": "hurried", "lazy": "hurried",
}


def _hindsight(match: re.Match[str]) -> str:
    """'should have noticed' -> 'had no way to notice'."""
    last = match.group(0).split()[-1].lower()
    if last == "careful":
        return "was working under pressure"
    return f"had no way to {_BASE_VERBS.get(last, last)}"


def _caused_by(match: re.Match[str]) -> str:
    return f"{match.group(0).split()[0].lower()} {_BY_SOMEONE}"


# (pattern, what we noticed, blameless words to put in the phrase's place). Patterns are
# matched case-insensitively unless they name a person, where the capital letter is what
# tells a name from a thing.
_BLAME_PATTERNS: tuple[tuple[re.Pattern[str], str, Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(r"\b(?:human|operator|user|engineer|admin)\s+errors?\b", re.I),
        QT_TRANSLATE_NOOP("WritingHints", "“Human error” ends the inquiry where it should start."),
        lambda m: "a step the process left to memory",
    ),
    (
        re.compile(r"\b([A-Z][\w-]*)(?:'s|’s)\s+fault\b"),
        QT_TRANSLATE_NOOP("WritingHints", "Saying whose fault it was puts blame on a person."),
        lambda m: _FAULT,
    ),
    (
        re.compile(r"\b(?:his|her|their|my|your|some(?:one|body)(?:'s|’s))\s+fault\b", re.I),
        QT_TRANSLATE_NOOP("WritingHints", "Saying whose fault it was puts blame on a person."),
        lambda m: _FAULT,
    ),
    (
        re.compile(r"\bfault\s+of\s+(" + _NAME + r")\b"),
        QT_TRANSLATE_NOOP("WritingHints", "Saying whose fault it was puts blame on a person."),
        lambda m: "result of a change that nothing checked",
    ),
    (
        re.compile(r"\b(?:[Cc]aused|[Tt]riggered|[Bb]roken|[Bb]roke)\s+by\s+(" + _NAME + r")\b"),
        QT_TRANSLATE_NOOP("WritingHints", "This names a person as the cause."),
        _caused_by,
    ),
    (
        re.compile(
            r"\bshould(?:\s+not|n't|n’t)?\s+have\s+(?:known|noticed|checked|seen|caught|"
            r"realised|realized|been more careful)\b",
            re.I,
        ),
        QT_TRANSLATE_NOOP("WritingHints", "“Should have known” judges a person with hindsight."),
        _hindsight,
    ),
    (
        re.compile(
            r"\b(?:careless(?:ly|ness)?|negligen(?:t|ce)|incompeten(?:t|ce)|sloppy|lazy)\b", re.I
        ),
        QT_TRANSLATE_NOOP(
            "WritingHints", "This word judges a person rather than describing what happened."
        ),
        lambda m: _JUDGING_WORDS[m.group(0).lower()],
    ),
    # No words to offer for these: what to say instead depends on the sentence.
    (
        re.compile(r"\b(?:blame[ds]?|to blame)\b", re.I),
        QT_TRANSLATE_NOOP(
            "WritingHints", "Blame makes people less willing to say what really happened."
        ),
        lambda m: "",
    ),
    (
        re.compile(r"\b(?:screwed|messed)\s+up\b", re.I),
        QT_TRANSLATE_NOOP(
            "WritingHints", "This judges a person rather than describing what happened."
        ),
        lambda m: "",
    ),
)


# A word every blaming phrase above contains (in any case). A text without any of them
# is passed over without trying each pattern: a paste of 10,000 events took a fifth of
# a second to check, pattern by pattern, at every change.
BLAME_WORDS = (
    "error",
    "fault",
    "caused",
    "triggered",
    "broke",
    "should",
    "careless",
    "negligen",
    "incompeten",
    "sloppy",
    "lazy",
    "blame",
    "screwed",
    "messed",
)
_BLAME_WORD = re.compile("|".join(map(re.escape, BLAME_WORDS)))  # one pass, not one per word


def _cased(rewrite: str, text: str, start: int) -> str:
    """A capital where a sentence starts, else as written."""
    before = text[:start].rstrip()
    if not before or before[-1] in ".!?:":
        return rewrite[:1].upper() + rewrite[1:]
    return rewrite


def _is_person(match: re.Match[str]) -> bool:
    if match.lastindex:  # patterns that capture a name
        first = match.group(1).split()[0]
        return first not in _NOT_A_PERSON
    return True


def blame_hints(
    text: str, field: str, *, index: int | None = None, item_id: str | None = None
) -> list[Hint]:
    """Hints for each blaming phrase in text, in reading order, never two on one span."""
    return [
        Hint(
            HintKind.BLAME,
            field,
            message,
            _BLAME_SUGGESTION,
            phrase,
            start,
            end,
            item_id,
            index,
            rewrite,
        )
        for start, end, phrase, message, rewrite in _blaming_phrases(text)
    ]


@lru_cache(maxsize=65_536)
def _blaming_phrases(text: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """(start, end, phrase, message, rewrite) of each blaming phrase: remembered by text,
    as the editor checks every text again at every change (10,000 pasted events
    included)."""
    if _BLAME_WORD.search(text.lower()) is None:
        return ()
    found: list[tuple[int, int, str, str, str]] = []
    for pattern, message, rewrite in _BLAME_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if not _is_person(match) or any(s < end and start < e for s, e, *_ in found):
                continue
            found.append((start, end, match.group(0), message, _cased(rewrite(match), text, start)))
    return tuple(sorted(found))


def check_ahead(texts: Iterable[str]) -> None:
    """Look for blaming phrases in texts about to be added (a long paste, in its reading
    thread), so that the editor's check of every text at the change finds them
    remembered: 10,000 new texts took 0.1-0.15 s of that check, a pause of the window."""
    for text in texts:
        _blaming_phrases(text)


# Verbs a follow-up task usually starts with. A task that starts otherwise ("Monitoring",
# "Database scaling") states a topic, not something a person can do and tick off.
_VERBS = frozenset(
    """add adjust agree align allow alert analyse analyze announce apply approve archive ask
    assess assign audit automate back block book build buy calculate change check clarify
    clean close collect communicate compare complete configure confirm consolidate contact
    create deactivate decide define delete deploy deprecate design detect disable document
    double-check draft drop educate eliminate enable enforce ensure establish estimate evaluate
    expand extend find finish fix follow gather give handle harden hire identify implement
    improve include increase inform install instrument integrate introduce investigate isolate
    limit list load lock log make measure merge migrate mitigate monitor move notify obtain
    onboard optimise optimize organise organize patch pin plan prepare prevent prioritise
    prioritize provide publish put raise rate-limit reach read rebuild record reduce refactor
    register remove rename repair replace report request require rerun research reset resize
    restore restrict retire review revise rewrite roll rotate run schedule scale send
    separate set share ship shorten simplify speed split standardise standardize start stop
    streamline study submit switch talk teach test throttle track train tune turn update
    upgrade use validate verify write
    adopt backfill benchmark broaden cap clear conduct convert cover cut enhance explain fill
    get hold invite keep lower pilot port prototype reassess reconcile reconfigure redesign
    remind replay reproduce revisit rework strengthen sunset tighten trial wrap""".split()
)
_LEADING_FILLER = re.compile(
    r"^(?:(?:we|i|they|the team|team)\s+(?:will|should|must|need to|needs to|are going to|"
    r"is going to)|we'll|let's|let us|need to|needs to|must|should|to|please)\s+",
    re.I,
)
_VERB_SUFFIXES = ("ize", "ise", "ify")

_VERB_SUGGESTION = QT_TRANSLATE_NOOP(
    "WritingHints",
    "Start with what someone will do — “Add an alert for…”, “Set up…”, “Review…” — so it is "
    "clear when the task is done.",
)
_OWNER_SUGGESTION = QT_TRANSLATE_NOOP(
    "WritingHints", "Name one person or team who will see it through; shared tasks tend to stall."
)
_DATE_SUGGESTION = QT_TRANSLATE_NOOP(
    "WritingHints", "Pick a due date, even a rough one, so the task does not drift."
)


def starts_with_verb(description: str) -> bool:
    text = _LEADING_FILLER.sub("", description.strip())
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    if not words:
        return False
    first = words[0].lower()
    return first in _VERBS or first.endswith(_VERB_SUFFIXES)


def task_hints(task: Task) -> list[Hint]:
    """What would make this task easier to act on; nothing for a task already done."""
    if task.status is TaskStatus.DONE:
        return []
    hints: list[Hint] = []
    if task.description.strip() and not starts_with_verb(task.description):
        hints.append(
            Hint(
                HintKind.NO_VERB,
                "actions",
                QT_TRANSLATE_NOOP("WritingHints", "This reads as a topic, not an action."),
                _VERB_SUGGESTION,
                item_id=task.id,
            )
        )
    if not task.owner.strip():
        hints.append(
            Hint(
                HintKind.NO_OWNER,
                "actions",
                QT_TRANSLATE_NOOP("WritingHints", "Nobody owns this task yet."),
                _OWNER_SUGGESTION,
                item_id=task.id,
            )
        )
    if task.due is None:
        hints.append(
            Hint(
                HintKind.NO_DATE,
                "actions",
                QT_TRANSLATE_NOOP("WritingHints", "This task has no due date."),
                _DATE_SUGGESTION,
                item_id=task.id,
            )
        )
    hints.extend(blame_hints(task.description, "actions", item_id=task.id))
    return hints


# Free-text fields a reader takes as the team's account of what happened.
NARRATIVE_FIELDS: tuple[str, ...] = (
    "introduction",
    "root_cause",
    "root_cause_detail",
    "resolution",
    "conclusion",
)
LIST_TEXT_FIELDS: tuple[str, ...] = ("impact", "improvements")


def _all(pm: Postmortem) -> Iterator[Hint]:
    for name in NARRATIVE_FIELDS:
        yield from blame_hints(getattr(pm, name), name)
    for name in LIST_TEXT_FIELDS:
        for index, item in enumerate(getattr(pm, name)):
            yield from blame_hints(item, name, index=index)
    for event in pm.timeline:
        yield from blame_hints(event.text, "timeline", item_id=event.id)
    for task in pm.actions:
        yield from task_hints(task)


def writing_hints(pm: Postmortem) -> list[Hint]:
    """Every writing hint for pm, grouped by field in section order."""
    return list(_all(pm))


def hints_for(hints: list[Hint], field: str, item_id: str | None = None) -> list[Hint]:
    return [h for h in hints if h.field == field and (item_id is None or h.item_id == item_id)]
