"""Readers for the sections after the summary: prose, lists, tasks and the engaging part."""

from __future__ import annotations

from pmdesk.domain.text import clean_line
from pmdesk.io.markdown.draft import Draft
from pmdesk.io.markdown.label_fields import apply_label
from pmdesk.io.markdown.labels import (
    item_text,
    labelled_groups,
    labelled_item,
    meta_key,
)
from pmdesk.io.markdown.sections import (
    ANALOGY,
    CONCLUSION,
    DETAIL,
    IMPACT,
    IMPROVEMENTS,
    RESOLUTION,
    TASKS,
    Section,
    normalise_name,
    section_key,
)
from pmdesk.io.markdown.task_tables import parse_task_table
from pmdesk.io.markdown.tasks import parse_task_line
from pmdesk.io.markdown.tokens import (
    Block,
    Heading,
    InlineText,
    Item,
    ItemList,
    Para,
    Rule,
    Table,
    all_in_style,
    block_text,
    joined,
    plain,
)


def read_prose(draft: Draft, section: Section, key: str) -> None:
    for block in section.blocks:
        draft.add_prose(key, block)


# Labels an impact section may hold that are no impact statement.
_IMPACT_META = frozenset({"severity", "status", "services", "start", "end", "detected", "date"})


def _impact_texts(draft: Draft, para: Para, heading: str) -> list[str]:
    """A paragraph's statements; `**Severity:** Major` and the like go to their fields."""
    texts: list[str] = []
    for group in labelled_groups(para):
        if isinstance(group, str):
            texts.append(group)
        elif meta_key(group.label) in _IMPACT_META:
            apply_label(draft, group, heading)
        else:
            texts.append(group.as_text())
    return texts


def read_impact(draft: Draft, section: Section) -> None:
    """Impact statements: one per bullet, or one per paragraph."""
    for block in section.blocks:
        if isinstance(block, ItemList):
            texts = [item_text(item) for item in block.items]
        elif isinstance(block, Para):
            texts = _impact_texts(draft, block, section.heading)
        else:
            draft.add_note_block(section.heading, block)
            continue
        for text in (clean_line(t) for t in texts):
            if text and (IMPACT, text) not in draft.labelled:  # once, if a label said it
                draft.pm.impact.append(text)


def read_detail(draft: Draft, section: Section) -> None:
    """The seed's Section 3: the story of the cause, then a `**Resolution:**` paragraph
    after which the rest of the section is the resolution."""
    key = DETAIL
    for block in section.blocks:
        if isinstance(block, Para) and key == DETAIL:
            groups = labelled_groups(block)
            first = groups[0] if groups else None
            if first is not None and not isinstance(first, str) and first.key == "resolution":
                key = RESOLUTION
                draft.structure(first.label)
                rest = [g if isinstance(g, str) else g.as_text() for g in groups[1:]]
                draft.add_paragraph(key, "\n".join([first.value.text, *first.lines, *rest]))
                continue
        draft.add_prose(key, block)


def _add_task(draft: Draft, text: InlineText, lenient: bool) -> None:
    consumed: list[str] = []
    task = parse_task_line(text, lenient, consumed)
    for words in consumed:
        draft.structure(words)
    if task.description or task.owner or task.due:
        draft.pm.actions.append(task)


def _item_line(item: Item) -> InlineText:
    """The first paragraph of a list item as one line of text (wrapped lines joined)."""
    first = item.blocks[0] if item.blocks else None
    if not isinstance(first, Para):
        return InlineText.of(clean_line(item_text(item)))
    parts: list[InlineText] = []
    for line in first.lines:
        parts += [InlineText.of(" "), plain(line)] if parts else [plain(line)]
    return joined(parts)


def _add_task_item(draft: Draft, item: Item, lenient: bool) -> None:
    """A list item as a task; in other layouts its nested items are tasks of their own
    and its further paragraphs part of its description."""
    if not lenient:
        first = item.blocks[0] if item.blocks else None
        if isinstance(first, Para) and len(item.blocks) == 1:
            _add_task(draft, _item_line(item), lenient)
        else:
            _add_task(draft, InlineText.of(clean_line(item_text(item))), lenient)
        return
    line = _item_line(item)
    nested: list[ItemList] = []
    for block in item.blocks[1:]:
        if isinstance(block, ItemList):
            nested.append(block)
        else:
            line = joined([line, InlineText.of(" " + clean_line(block_text(block)))])
    _add_task(draft, line, lenient)
    for sub in nested:
        for sub_item in sub.items:
            _add_task_item(draft, sub_item, lenient)


# A paragraph in a tasks section that is one task: "**Action item:** Start incidents...".
_TASK_LABELS = frozenset({"action item", "action", "todo", "to do", "task", "follow up", "ai"})


def _task_paragraph(draft: Draft, para: Para, heading: str) -> None:
    """`**Action item:** ...` or a line `TODO: ...` is a task; other text is noted."""
    for group in labelled_groups(para):
        if not isinstance(group, str) and normalise_name(group.label) in _TASK_LABELS:
            draft.structure(group.label)
            text = " ".join([group.value.text, *group.lines, *group.more])
            _add_task(draft, InlineText.of(clean_line(text)), lenient=True)
            continue
        for line in (group if isinstance(group, str) else group.as_text()).split("\n"):
            label, colon, rest = line.partition(":")
            if colon and rest.strip() and normalise_name(label) in _TASK_LABELS:
                draft.structure(label + colon)
                _add_task(draft, InlineText.of(clean_line(rest)), lenient=True)
            else:
                draft.add_note(heading, line)


def _add_improvement(draft: Draft, text: str) -> None:
    line = clean_line(text)
    if line:
        draft.pm.improvements.append(line)


def _measure(draft: Draft, block: Block, target: str, heading: str, lenient: bool) -> None:
    """One block of an improvements or tasks list; tables are always tasks. lenient:
    a section of another layout (`## Action Items`), not pmdesk's `**Tasks:**`."""
    if isinstance(block, Table):
        consumed = [h.text for h in block.header]
        draft.pm.actions.extend(parse_task_table(block, consumed))
        draft.structure(" ".join(consumed))
        draft.recognised = True
    elif isinstance(block, ItemList):
        for item in block.items:
            found = labelled_item(item)
            sub = section_key(found.label) if found is not None else None
            if found is not None and sub in (IMPROVEMENTS, TASKS):
                draft.structure(found.label)
                if found.value.text.strip():
                    if sub == TASKS:
                        _add_task(draft, found.value, lenient)
                    else:
                        _add_improvement(draft, found.value.text)
                if found.items:
                    _measure(draft, ItemList(found.items), sub or target, heading, lenient)
            elif target == TASKS:
                _add_task_item(draft, item, lenient)
            else:
                _add_improvement(draft, item_text(item))
    elif isinstance(block, Para) and target == IMPROVEMENTS:
        _add_improvement(draft, block.text())
    elif isinstance(block, Para) and target == TASKS and lenient:
        _task_paragraph(draft, block, heading)
    elif isinstance(block, Heading):
        draft.structure(block_text(block))
    elif not isinstance(block, Rule):
        draft.add_note_block(heading, block)


def is_checklist(section: Section) -> bool:
    """A section whose lists are all checkboxes is a list of tasks, whatever its name."""
    lists = [b for b in section.blocks if isinstance(b, ItemList)]
    return bool(lists) and all(
        item_text(item).lstrip()[:3].lower() in ("[ ]", "[x]")
        for block in lists for item in block.items
    )  # fmt: skip


def read_measures(draft: Draft, section: Section, target: str) -> None:
    # pmdesk's own layout puts tasks under a `**Tasks:**` label in a Measures section;
    # a section of tasks in its own right is another team's layout.
    lenient = section.key == TASKS
    for block in section.blocks:
        _measure(draft, block, target, section.heading, lenient)


def _is_chart(block: Block) -> bool:
    return (
        isinstance(block, Para)
        and len(block.lines) == 1
        and all(p.style == "image" for p in block.lines[0] if p.content.text.strip() or p.src)
    )


def _is_analogy(block: Block) -> bool:
    return isinstance(block, Para) and all_in_style(block.lines, "em")


def read_engaging(draft: Draft, section: Section) -> None:
    """The seed's Section 5. The chart and the sentences that introduce the chart and the
    analogy are generated on export, so they are not stored; italic paragraphs are the
    analogy; anything else is kept in notes."""
    blocks = section.blocks
    for n, block in enumerate(blocks):
        following = blocks[n + 1] if n + 1 < len(blocks) else None
        if _is_chart(block):
            draft.structure(block_text(block))
            continue
        if _is_analogy(block):
            draft.add_prose(ANALOGY, block)
        elif (
            isinstance(block, Para)
            and block.text().endswith(":")
            and following is not None
            and (_is_chart(following) or _is_analogy(following))
        ):
            draft.structure(block.text())
            continue
        elif not isinstance(block, Rule):
            draft.add_note_block(section.heading, block)


def read_conclusion(draft: Draft, section: Section) -> None:
    read_prose(draft, section, CONCLUSION)


def read_notes(draft: Draft, section: Section) -> None:
    """A Notes section's text is notes as it stands, without a heading."""
    for block in section.blocks:
        if not isinstance(block, Rule):
            draft.add_note(None, block.text() if isinstance(block, Para) else block_text(block))
