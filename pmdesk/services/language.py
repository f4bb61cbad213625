"""The language of the windows: which one, its translations, its locale and direction.

The language follows the system unless Preferences names one; `PMDESK_LANG` (set by
`pmdesk --lang`) overrides both, for tests and screenshots. It is read once at start:
the Preferences dialog says a change takes effect when pmdesk is started again.

Translations are the `.qm` files that `scripts/i18n build` makes from the `.ts` files
in resources/i18n (the setup runs it; the bundle ships them). Without them, or for a
language pmdesk has no translation for (Hebrew, Arabic...), the windows stay in English,
but the locale still sets how numbers and dates are written and which way the windows
lay out: a right-to-left language mirrors them.
"""

from __future__ import annotations

import logging
import os
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from pmdesk.domain.edit_names import use_translation
from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.timeline_labels import ENGLISH_MONTHS, ENGLISH_WEEKDAYS, use_day_names

log = logging.getLogger(__name__)

ENV_VAR = "PMDESK_LANG"
# The choices of Preferences: "system", then each language in its own name (never
# translated: a reader finds their language whatever the windows speak).
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español"}
LANGUAGE_CHOICES = ("system", *LANGUAGES)
SYSTEM_CHOICE_TEXT = QT_TRANSLATE_NOOP("Language", "As the system (%1)")

_installed: list[QTranslator] = []  # kept alive while installed
_in_effect = ["en"]  # the language install_language set last ("de", "he"...)


def chosen_language(preference: str = "system") -> str:
    """The language name ("de", "es_MX", "he"...) the windows use: PMDESK_LANG, else the
    preference, else the system's."""
    forced = os.environ.get(ENV_VAR, "").strip()
    if forced:
        return forced
    if preference in LANGUAGES:
        return preference
    return QLocale.system().name()


def _qm_file(stem: str) -> str | None:
    """The path of resources/i18n/<stem>.qm, if it was built."""
    found = resources.files("pmdesk.resources") / "i18n" / f"{stem}.qm"
    return str(found) if found.is_file() else None


def install_language(name: str) -> QLocale:
    """Set the locale, the translations and the layout direction of the running app for
    the language called name; returns its locale. Safe to call again (tests do)."""
    app = QCoreApplication.instance()
    assert app is not None, "install_language needs a Q*Application"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = QLocale(name)
    QLocale.setDefault(locale)
    language = locale.name().split("_")[0]
    _in_effect[0] = language
    if language != "en":
        ours = QTranslator(app)
        path = _qm_file(f"pmdesk_{language}")
        if path is not None and ours.load(path):
            app.installTranslator(ours)
            _installed.append(ours)
        elif language in LANGUAGES:
            log.warning("No translation file for %s: the windows stay in English", language)
        qt_own = QTranslator(app)  # Qt's own words: OK, Cancel, the file dialog...
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(locale, "qtbase", "_", folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    _use_day_names(locale)
    # Undo and Redo name edits in the windows' language.
    use_translation(lambda context, text: QCoreApplication.translate(context, text))
    if isinstance(app, QGuiApplication):
        # Hebrew, Arabic, Persian... mirror the windows even without a translation.
        rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
    return locale


def language_in_effect() -> str:
    """The language the windows were set to at start ("de", "es", "he", "C"...): what
    the guide and other texts outside the .qm files follow."""
    return _in_effect[0]


def _use_day_names(locale: QLocale) -> None:
    """The timeline's day labels ("Sun 15 Oct", "So. 15 Okt.") in the locale's words."""
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        use_day_names(ENGLISH_WEEKDAYS, ENGLISH_MONTHS)
        return
    short = QLocale.FormatType.ShortFormat
    use_day_names(tuple(locale.dayName(day, short) for day in range(1, 8)),
                  tuple(locale.monthName(month, short) for month in range(1, 13)))


def language_choice_text(key: str) -> str:
    """How Preferences names a choice: each language in its own name; "system" with the
    language the system has."""
    if key != "system":
        return LANGUAGES[key]
    system = QLocale.system()
    own = system.nativeLanguageName() or system.name()
    return QCoreApplication.translate("Language", SYSTEM_CHOICE_TEXT).replace("%1", own)
