"""Routing validation problems and writing hints to the place they concern.

Problems come from the controller (domain validation); writing hints from
pmdesk.domain.writing. Both are recomputed on every change, which is cheap, and shown
beside their field: field-level notes in the HintLabel under the field, item-level notes
(one task, one event, one list row) on that row. A blaming phrase is underlined in its
text box, and its note offers blameless words as a link that puts them in its place.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from pmdesk.domain.i18n import CHECKS, WRITING
from pmdesk.domain.validation import Level, Problem
from pmdesk.domain.writing import Hint, HintKind, writing_hints
from pmdesk.services.document_controller import DocumentController
from pmdesk.ui.editor.forms import HintLabel, Note
from pmdesk.ui.theme import current, follow
from pmdesk.ui.words import number

# Validation already says "Who owns this task?" and "When is this task due?"; the writing
# hints for the same gaps would repeat it on the same row.
_SAID_BY_VALIDATION = frozenset({HintKind.NO_OWNER, HintKind.NO_DATE})


def problem_note(problem: Problem) -> Note:
    message = QCoreApplication.translate(CHECKS, problem.message)
    return Note("error" if problem.level is Level.ERROR else "warning", message)


def row_prefix(index: int) -> str:
    """"Row 2:", how a note about one row of a list starts."""
    return QCoreApplication.translate("Hints", "Row {row}:").format(row=number(index + 1))


REWRITE = "rewrite:"


def rewrite_link(hint: Hint) -> str:
    """Where a rewrite applies: the field, its row or item, and the phrase's place."""
    index = "" if hint.index is None else str(hint.index)
    return f"{REWRITE}{hint.field}:{index}:{hint.item_id or ''}:{hint.start}:{hint.end}"


def _said(hint: Hint) -> str:
    """The message, with the phrase it is about unless it quotes it already."""
    message = QCoreApplication.translate(WRITING, hint.message)
    if hint.phrase and hint.phrase.lower() not in hint.message.lower():
        return QCoreApplication.translate("Hints", "“{phrase}”: {message}").format(
            phrase=hint.phrase, message=message
        )
    return message


def merge_hints(hints: list[Hint]) -> list[Note]:
    """One note per row, each suggestion said once: 'Row 2: “Human error” …. Try …',
    with a link per phrase that has blameless words to put in its place."""
    groups: dict[tuple[int | None, str | None], list[Hint]] = {}
    for hint in hints:
        groups.setdefault((hint.index, hint.item_id), []).append(hint)
    notes = []
    for (index, _item), group in groups.items():
        messages = list(dict.fromkeys(_said(h) for h in group))
        suggestions = list(
            dict.fromkeys(QCoreApplication.translate(WRITING, h.suggestion) for h in group)
        )
        text = " ".join(messages + suggestions)
        instead = QCoreApplication.translate("Hints", "Write “{rewrite}” instead of “{phrase}”")
        links = tuple((rewrite_link(h), instead.format(rewrite=h.rewrite, phrase=h.phrase))
                      for h in group if h.rewrite)
        if index is not None:
            text = f"{row_prefix(index)} {text}"
        notes.append(Note("hint", text, links))
    return notes


class HintRouter(QObject):
    """Holds the current problems and hints and keeps the registered labels showing them."""

    changed = Signal()

    def __init__(self, ctrl: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctrl = ctrl
        self.problems: list[Problem] = list(ctrl.problems)
        self.hints: list[Hint] = self._hints()
        self._stale = False
        self._labels: dict[str, list[tuple[HintLabel, QWidget | None]]] = {}
        # (field, item id) -> its notes; made when first asked after a change, so that a
        # table of 10,000 rows does not search every problem for every row it paints.
        self._by_item: dict[tuple[str, str], list[Note]] | None = None
        self._boxes: dict[str, QPlainTextEdit] = {}  # text boxes whose phrases are marked
        ctrl.problemsChanged.connect(self._on_problems)
        for signal in (ctrl.fieldChanged, ctrl.eventsAdded, ctrl.eventsRemoved,
                       ctrl.eventsChanged, ctrl.tasksChanged):
            signal.connect(self._on_content)
        follow(self, lambda _colours: self._mark_all())

    def _hints(self) -> list[Hint]:
        return [h for h in writing_hints(self.ctrl.pm) if h.kind not in _SAID_BY_VALIDATION]

    def _on_problems(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        if self._stale:  # a whole postmortem came in: its hints once, now
            self._stale = False
            self.hints = self._hints()
        self._refresh()

    def _on_content(self, *_args: object) -> None:
        if self.ctrl.replacing:  # every field in turn: ends with problemsChanged
            self._stale = True
            return
        hints = self._hints()
        if hints != self.hints:
            self.hints = hints
            self._refresh()

    def _refresh(self) -> None:
        self._by_item = None
        for name in self._labels:
            self._show(name)
        self._mark_all()
        self.changed.emit()

    def _mark_all(self) -> None:
        for name, box in self._boxes.items():
            self._mark(name, box)

    # ---- rewrites ----------------------------------------------------------------------
    def apply_link(self, href: str) -> None:
        """A note's link was followed: put the blameless words in the phrase's place,
        as one step to undo, if the phrase is still there."""
        if not href.startswith(REWRITE):
            return
        hint = next((h for h in self.hints if h.rewrite and rewrite_link(h) == href), None)
        if hint is None:
            return
        ctrl = self.ctrl

        def rewritten(text: str) -> str | None:
            if text[hint.start:hint.end] != hint.phrase:
                return None
            return text[:hint.start] + hint.rewrite + text[hint.end:]

        if hint.item_id is not None and hint.field == "timeline":
            event = ctrl.find_event(hint.item_id)
            if event is not None and (new := rewritten(event.text)) is not None:
                ctrl.update_event(event.id, text=new)
        elif hint.item_id is not None:
            task = next((t for t in ctrl.pm.actions if t.id == hint.item_id), None)
            if task is not None and (new := rewritten(task.description)) is not None:
                ctrl.update_task(task.id, description=new)
        elif hint.index is not None:
            items = list(getattr(ctrl.pm, hint.field))
            if hint.index < len(items) and (new := rewritten(items[hint.index])) is not None:
                items[hint.index] = new
                ctrl.set_field(hint.field, items)
        elif (new := rewritten(getattr(ctrl.pm, hint.field))) is not None:
            ctrl.set_field(hint.field, new)
        ctrl.seal()

    def _mark(self, field: str, box: QPlainTextEdit) -> None:
        """Underline each phrase a note is about, where the box shows it."""
        text = box.toPlainText()
        marks = []
        for hint in self.hints:
            if (hint.field != field or hint.index is not None or hint.item_id is not None
                    or text[hint.start:hint.end] != hint.phrase or not hint.phrase):
                continue
            mark = QTextEdit.ExtraSelection()
            cursor = QTextCursor(box.document())
            cursor.setPosition(hint.start)
            cursor.setPosition(hint.end, QTextCursor.MoveMode.KeepAnchor)
            mark.cursor = cursor
            look = QTextCharFormat()
            look.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            colours = current()  # the hints' own colour, on a tint the text reads on
            look.setUnderlineColor(QColor(colours.hint))
            look.setBackground(QColor(colours.hint_mark))
            mark.format = look
            marks.append(mark)
        box.setExtraSelections(marks)

    def marked(self, field: str) -> list[str]:
        """The phrases underlined in field's text box (for tests)."""
        box = self._boxes.get(field)
        if box is None:
            return []
        return [m.cursor.selectedText() for m in box.extraSelections()]

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
        label.linkActivated.connect(self.apply_link)
        if isinstance(widget, QPlainTextEdit):
            self._boxes[field] = widget
            # Typed text moves or stretches a mark: marked again (after the hints are).
            widget.textChanged.connect(lambda: self._mark(field, widget))
            self._mark(field, widget)
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
