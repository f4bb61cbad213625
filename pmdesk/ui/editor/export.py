"""Exporting the postmortem being edited to Markdown or Word, through a save dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from pmdesk.domain.model import Postmortem
from pmdesk.io.errors import ExportFailed
from pmdesk.io.export_files import export_markdown_with_chart, safe_filename
from pmdesk.io.guard import FileGuard
from pmdesk.ui.editor.page_narrative import chart_png

FILTERS = {"docx": "Word document (*.docx)", "md": "Markdown (*.md)"}
SUFFIXES = {"docx": ".docx", "md": ".md"}


def _export_folder() -> Path:
    try:
        from pmdesk.services.settings import load_preferences
    except ImportError:
        return Path.home()
    return load_preferences().export_path


def _template() -> Path | None:
    try:
        from pmdesk.services.settings import load_preferences
    except ImportError:
        return None
    return load_preferences().template_path


def write_export(pm: Postmortem, path: Path, fmt: str, guard: FileGuard | None = None) -> None:
    """Write pm to path; ExportFailed carries a message for the user. The guard (the
    library's files) refuses a path that is the library itself, its log or a backup."""
    if fmt == "md":
        # The chart goes beside the Markdown file, which links to it by name.
        export_markdown_with_chart(
            pm, path, chart_png(pm) if pm.timeline else None, guard=guard
        )
    elif fmt == "docx":
        try:
            from pmdesk.io.files import export_postmortem
        except ImportError as exc:
            raise ExportFailed("Word export is not available in this version.") from exc
        export_postmortem(
            pm, path, "docx", chart_png=chart_png(pm), template=_template(), guard=guard
        )
    else:
        raise ExportFailed(f"Unknown export format {fmt!r}.")


def ask_and_export(
    parent: QWidget, pm: Postmortem, fmt: str | None = None, guard: FileGuard | None = None
) -> Path | None:
    """Ask where to save (fmt None lets the user choose the format), then export.

    Returns the path written, or None if the user cancelled or the export failed (the
    user has been told why)."""
    formats = [fmt] if fmt else ["docx", "md"]
    filters = ";;".join(FILTERS[f] for f in formats)
    suggested = _export_folder() / f"{safe_filename(pm.title)}{SUFFIXES[formats[0]]}"
    name, chosen = QFileDialog.getSaveFileName(
        parent, "Export postmortem", str(suggested), filters, FILTERS[formats[0]])
    if not name:
        return None
    path = Path(name)
    picked = next((f for f, s in SUFFIXES.items() if path.suffix.lower() == s), None)
    if picked is None:
        picked = next((f for f, text in FILTERS.items() if text == chosen), formats[0])
        path = path.with_name(path.name + SUFFIXES[picked])
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_export(pm, path, picked, guard)
    except ExportFailed as exc:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, "Export failed",
                            f"{exc}\n\nNothing was written. Choose another folder or file "
                            "name and try again.")
        return None
    QGuiApplication.restoreOverrideCursor()
    return path
