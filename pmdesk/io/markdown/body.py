"""Readers for the sections after the summary: prose, lists, tasks and the engaging part."""

from __future__ import annotations

from pmdesk.domain.text import clean_line
from pmdesk.io.markdown.draft import Draft
from pmdesk.io.markdown.front import item_text, labelled_groups, labelled_item
from pmdesk.io.markdown.sections import (
    ANALOGY,
    CONCLUSION,
    DETAIL,
    IMPROVEMENTS,
    RESOLUTION,
    TASKS,
    Section,
    section_key,
)
from pmdesk.io.markdown.tasks import parse_task_line, parse_task_table
from pmdesk.io.markdown.tokens import (
    Block,
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


def read_impact(draft: Draft, section: Section) -> None:
    """Impact statements: one per bullet, or one per paragraph."""
    for block in section.blocks:
        if isinstance(block, ItemList):
            texts = [item_text(item) for item in block.items]
        elif isinstance(block, Para):
            texts = [block.text()]
        else:
            draft.add_note_block(section.heading, block)
            continue
        draft.pm.impact.extend(t for t in (clean_line(t) for t in texts) if t)


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
                rest = [g if isinstance(g, str) else g.as_text() for g in groups[1:]]
                draft.add_paragraph(key, "\n".join([first.value.text, *first.lines, *rest]))
                continue
        draft.add_prose(key, block)


def _item_line(item: Item) -> str:
    return clean_line(item_text(item))


def _add_task(draft: Draft, text: InlineText) -> None:
    task = parse_task_line(text)
    if task.description or task.owner or task.due:
        draft.pm.actions.append(task)


def _add_task_item(draft: Draft, item: Item) -> None:
    first = item.blocks[0] if item.blocks else None
    if isinstance(first, Para) and len(item.blocks) == 1:
        parts: list[InlineText] = []
        for line in first.lines:
            parts += [InlineText.of(" "), plain(line)] if parts else [plain(line)]
        _add_task(draft, joined(parts))
    else:
        _add_task(draft, InlineText.of(_item_line(item)))


def _add_improvement(draft: Draft, text: str) -> None:
    line = clean_line(text)
    if line:
        draft.pm.improvements.append(line)


def _measure(draft: Draft, block: Block, target: str, heading: str) -> None:
    """One block of an improvements or tasks list; tables are always tasks."""
    if isinstance(block, Table):
        draft.pm.actions.extend(parse_task_table(block))
        draft.recognised = True
    elif isinstance(block, ItemList):
        for item in block.items:
            found = labelled_item(item)
            sub = section_key(found.label) if found is not None else None
            if found is not None and sub in (IMPROVEMENTS, TASKS):
                if found.value.text.strip():
                    if sub == TASKS:
                        _add_task(draft, found.value)
                    else:
                        _add_improvement(draft, found.value.text)
                if found.items:
                    _measure(draft, ItemList(found.items), sub or target, heading)
            elif target == TASKS:
                _add_task_item(draft, item)
            else:
                _add_improvement(draft, item_text(item))
    elif isinstance(block, Para) and target == IMPROVEMENTS:
        _add_improvement(draft, block.text())
    elif not isinstance(block, Rule):
        draft.add_note_block(heading, block)


def read_measures(draft: Draft, section: Section, target: str) -> None:
    for block in section.blocks:
        _measure(draft, block, target, section.heading)


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
            continue
        if _is_analogy(block):
            draft.add_prose(ANALOGY, block)
        elif (
            isinstance(block, Para)
            and block.text().endswith(":")
            and following is not None
            and (_is_chart(following) or _is_analogy(following))
        ):
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
