"""File > Open team library…: the address of a library on a PostgreSQL server."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.services.settings import recent_team_libraries

EXPLANATION = (
    QT_TRANSLATE_NOOP("LibraryTeamDialog", "The address of the team library, for example\n"
    "postgresql://ana@db.example.com/incidents?sslmode=verify-full\n"
    "or postgresql://?service=incidents for a service of pg_service.conf.\n\n"
    "pmdesk keeps no password: PostgreSQL's own tools find it in ~/.pgpass, in the "
    "service or in PGPASSWORD.")
)


def ask_team_library(parent: QWidget) -> str | None:
    """The address the user chose (recent ones offered), or None."""
    recent = recent_team_libraries()
    text, accepted = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("LibraryTeamDialog", "Open team library"),
        QCoreApplication.translate("LibraryTeamDialog", EXPLANATION),
        recent or ["postgresql://"],
        0,
        True,
    )
    text = text.strip()
    if not accepted or not text:
        return None
    if not text.lower().startswith(("postgresql://", "postgres://")):
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("LibraryTeamDialog", "Open team library"),
            QCoreApplication.translate(
                "LibraryTeamDialog", "A team library's address starts with postgresql://."
            ),
        )
        return None
    if urlsplit(text).password is not None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("LibraryTeamDialog", "Open team library"),
            QCoreApplication.translate(
                "LibraryTeamDialog",
                "This address holds a password. pmdesk uses it now but does not remember it: "
                "put the password in ~/.pgpass (or a service of pg_service.conf) instead.",
            ),
        )
    return text
