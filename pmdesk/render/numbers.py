"""Counts as the windows' locale writes them: 3,400 / 3.400 / 3 400.

Without a locale to follow (the C locale of scripts and CI) Qt writes 3400; pmdesk writes
3,400 there, as it did before it followed the locale.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def number(n: int) -> str:
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{n:,}"
    return locale.toString(n)
