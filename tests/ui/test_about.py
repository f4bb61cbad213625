"""The About dialog names the files the user may need to find: library, data and logs."""

import logging
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from pmdesk import __version__
from pmdesk.logs import LOG_FILE, setup_logging
from pmdesk.paths import log_dir
from pmdesk.ui.about import AboutDialog


def test_about_shows_version_and_where_logs_are_written(tmp_path: Path, qtbot: QtBot) -> None:
    dialog = AboutDialog(f"The library file {tmp_path / 'lib.sqlite3'}",
                         "One a day in the backups folder")
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert __version__ in texts
    assert str(log_dir()) in texts
    assert f"The library file {tmp_path / 'lib.sqlite3'}" in texts
    assert "One a day in the backups folder" in texts
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        assert setup_logging(log_dir()) == log_dir() / LOG_FILE
        logging.getLogger("pmdesk.test").warning("written where About says")
        assert "written where About says" in (log_dir() / LOG_FILE).read_text()
    finally:
        for handler in set(root.handlers) - set(before):
            root.removeHandler(handler)
            handler.close()
