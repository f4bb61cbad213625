"""The editor's pages, each built the first time it is shown or asked for.

An editor opens on one page; building all eight (the timeline's scene, the tasks' table,
the review's checklist) and importing their modules held the window back by ~100 ms
(~400 ms for the first editor of a session). Each page reads the document when it is
built and follows it from then on, so a page built late shows the same as one built
early.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from pmdesk.ui.editor.examples import PAGE_NAMES
from pmdesk.ui.editor.page import EditorContext, Page


def make_page(name: str, ctx: EditorContext) -> Page:
    """A new page, its module imported only now."""
    if name in ("basics", "summary"):
        from pmdesk.ui.editor.page_basics import BasicsPage, SummaryPage

        return BasicsPage(ctx) if name == "basics" else SummaryPage(ctx)
    if name == "timeline":
        from pmdesk.ui.editor.page_timeline import TimelinePage

        return TimelinePage(ctx)
    if name in ("root_cause", "engaging", "conclusion"):
        from pmdesk.ui.editor.page_narrative import (
            EngagingPage,
            conclusion_page,
            root_cause_page,
        )

        maker = {"root_cause": root_cause_page, "engaging": EngagingPage,
                 "conclusion": conclusion_page}[name]
        return maker(ctx)
    if name == "tasks":
        from pmdesk.ui.editor.page_tasks import TasksPage

        return TasksPage(ctx)
    if name == "review":
        from pmdesk.ui.editor.page_review import ReviewPage

        return ReviewPage(ctx)
    raise KeyError(name)


class Pages(Mapping[str, Page]):
    """The pages by name, in the editor's order; a page is built (by `build`) the first
    time it is looked up."""

    def __init__(self, build: Callable[[str], Page]) -> None:
        self._build = build
        self._built: dict[str, Page] = {}

    def __getitem__(self, name: str) -> Page:
        page = self._built.get(name)
        if page is None:
            if name not in PAGE_NAMES:
                raise KeyError(name)
            page = self._built[name] = self._build(name)
        return page

    def __contains__(self, name: object) -> bool:
        return name in PAGE_NAMES

    def __iter__(self) -> Iterator[str]:
        return iter(PAGE_NAMES)

    def __len__(self) -> int:
        return len(PAGE_NAMES)

    def put(self, name: str, page: Page) -> None:
        """A page built ahead of its first look (see pmdesk/ui/editor/spare.py)."""
        self._built[name] = page

    def built(self) -> list[str]:
        """The names of the pages built so far."""
        return list(self._built)
