"""Routing validation problems and writing hints to the place they concern.

Problems come from the controller (domain validation); writing hints from
pmdesk.domain.writing. Both are recomputed on every change, which is cheap, and shown
beside their field: field-level notes in the HintLabel under the field, item-level notes
(one task, one event, one list row) on that row.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from pmdesk.domain.validation import Level, Problem
from pmdesk.domain.writing import Hint, HintKind, writing_hints
from pmdesk.services.document_controller import DocumentController
from pmdesk.ui.editor.forms import HintLabel, Note

# Validation already says "Who owns this task?" and "When is this task due?"; the writing
# hints for the same gaps would repeat it on the same row.
_SAID_BY_VALIDATION = frozenset({HintKind.NO_OWNER, HintKind.NO_DATE})


def problem_note(problem: Problem) -> Note:
    return Note("error" if problem.level is Level.ERROR else "warning", problem.message)


def hint_note(hint: Hint) -> Note:
    return Note("hint", f"{hint.message} {hint.suggestion}")


def merge_hints(hints: list[Hint]) -> list[Note]:
    """One note per row, each suggestion said once: 'Row 2: “Human error” …. Try …'."""
    groups: dict[tuple[int | None, str | None], list[Hint]] = {}
    for hint in hints:
        groups.setdefault((hint.index, hint.item_id), []).append(hint)
    notes = []
    for (index, _item), group in groups.items():
        messages = list(dict.fromkeys(h.message for h in group))
        suggestions = list(dict.fromkeys(h.suggestion for h in group))
        text = " ".join(messages + suggestions)
        notes.append(Note("hint", f"Row {index + 1}: {text}" if index is not None else text))
    return notes


class HintRouter(QObject):
    """Holds the current problems and hints and keeps the registered labels showing them."""

    changed = Signal()

    def __init__(self, ctrl: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctrl = ctrl
        self.problems: list[Problem] = list(ctrl.problems)
        self.hints: list[Hint] = self._hints()
        self._labels: dict[str, list[tuple[HintLabel, QWidget | None]]] = {}
        # (field, item id) -> its notes; made when first asked after a change, so that a
        # table of 10,000 rows does not search every problem for every row it paints.
        self._by_item: dict[tuple[str, str], list[Note]] | None = None
        ctrl.problemsChanged.connect(self._on_problems)
        for signal in (ctrl.fieldChanged, ctrl.eventsAdded, ctrl.eventsRemoved,
                       ctrl.eventsChanged, ctrl.tasksChanged):
            signal.connect(self._on_content)

    def _hints(self) -> list[Hint]:
        return [h for h in writing_hints(self.ctrl.pm) if h.kind not in _SAID_BY_VALIDATION]

    def _on_problems(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        self._refresh()

    def _on_content(self, *_args: object) -> None:
        hints = self._hints()
        if hints != self.hints:
            self.hints = hints
            self._refresh()

    def _refresh(self) -> None:
        self._by_item = None
        for name in self._labels:
            self._show(name)
        self.changed.emit()

    # ---- queries -----------------------------------------------------------------------
    def field_notes(self, field: str, *, with_items: bool = False) -> list[Note]:
        """Notes about the field itself (and, with_items, about its rows too)."""
        notes = [problem_note(p) for p in self.problems
                 if p.field == field and (with_items or p.item_id is None)]
        wanted = [h for h in self.hints if h.field == field
                  and (h.index is not None or h.item_id is None or with_items)]
        return notes + merge_hints(wanted)

    def item_notes(self, field: str, item_id: str) -> list[Note]:
        return list(self._item_notes().get((field, item_id), ()))

    def has_item_notes(self, field: str, item_ids: Iterable[str]) -> bool:
        """Whether any of these items of field has a note."""
        noted = {item for f, item in self._item_notes() if f == field}
        return bool(noted) and not noted.isdisjoint(item_ids)

    def _item_notes(self) -> dict[tuple[str, str], list[Note]]:
        if self._by_item is None:
            notes: dict[tuple[str, str], list[Note]] = {}
            for problem in self.problems:
                if problem.item_id is not None:
                    notes.setdefault((problem.field, problem.item_id), []).append(
                        problem_note(problem))
            hints: dict[tuple[str, str], list[Hint]] = {}
            for hint in self.hints:
                if hint.item_id is not None:
                    hints.setdefault((hint.field, hint.item_id), []).append(hint)
            for key, group in hints.items():
                notes.setdefault(key, []).extend(merge_hints(group))
            self._by_item = notes
        return self._by_item

    def row_indexes(self, field: str) -> set[int]:
        """Rows of a plain list (impact, improvements) that have a writing hint."""
        return {h.index for h in self.hints if h.field == field and h.index is not None}

    def fields_with_notes(self) -> set[str]:
        return {p.field for p in self.problems} | {h.field for h in self.hints}

    # ---- labels ------------------------------------------------------------------------
    def attach(self, field: str, label: HintLabel, widget: QWidget | None = None) -> None:
        """Show field's notes in label; widget (the input) gets them as its description,
        so a screen reader reads them with the field."""
        self._labels.setdefault(field, []).append((label, widget))
        self._show(field)

    def _show(self, field: str) -> None:
        notes = self.field_notes(field)
        for label, widget in self._labels.get(field, []):
            label.set_notes(notes)
            if widget is not None:
                description = " ".join(n.text for n in notes)
                widget.setAccessibleDescription(description)
                proxy = widget.focusProxy()
                if proxy is not None:  # composites: the input itself is what is read out
                    proxy.setAccessibleDescription(description)
