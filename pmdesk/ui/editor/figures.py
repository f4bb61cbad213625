"""The derived figures (duration, time to detect, escalate, resolve), kept up to date."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.metrics import compute, format_span
from pmdesk.services.document_controller import DocumentController
from pmdesk.ui.words import left_to_right

FIGURES = (
    ("duration", QT_TRANSLATE_NOOP("EditorFigures", "Duration")),
    ("time_to_detect", QT_TRANSLATE_NOOP("EditorFigures", "Time to detect")),
    ("time_to_escalate", QT_TRANSLATE_NOOP("EditorFigures", "Time to escalate")),
    ("time_to_resolve", QT_TRANSLATE_NOOP("EditorFigures", "Time to resolve")),
)


class FiguresPanel(QWidget):
    """Read-only figures in a row: a caption over each value."""

    def __init__(self, ctrl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctrl = ctrl
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(0)
        for column, (key, caption) in enumerate(FIGURES):
            label = QLabel(QCoreApplication.translate("EditorFigures", caption), self)
            value = QLabel(self)
            value.setObjectName(f"figure_{key}")
            font = QFont(value.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.2)
            value.setFont(font)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, 0, column)
            grid.addWidget(value, 1, column)
            self.values[key] = value
        grid.setColumnStretch(len(FIGURES), 1)
        for signal in (ctrl.fieldChanged, ctrl.eventsAdded, ctrl.eventsRemoved,
                       ctrl.eventsChanged):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        metrics = compute(self.ctrl.pm)
        for key, caption in FIGURES:
            text = format_span(getattr(metrics, key))
            self.values[key].setText(left_to_right(text))
            self.values[key].setAccessibleName(
                self.tr("{caption}: {text}").format(
                    caption=QCoreApplication.translate("EditorFigures", caption), text=text
                )
            )

    def text(self, key: str) -> str:
        return self.values[key].text()
