"""The user's preferences and remembered window state, kept with QSettings.

The settings file lives in the platform's config folder (platformdirs), looked up on
every call rather than once per process, so tests that point XDG_CONFIG_HOME at a
temporary folder never read or write a real user's settings.
"""

from __future__ import annotations

import dataclasses
import zoneinfo
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QLocale, QSettings

from pmdesk.domain.time_formatting import Clock
from pmdesk.io.formats import EXPORT_CHOICES, ChoiceKey
from pmdesk.paths import APP_NAME
from pmdesk.services.language import LANGUAGE_CHOICES

DEFAULT_TIMEZONE = "UTC"
# The clock preference: the system's, or one chosen.
CLOCK_CHOICES = ("system", "12", "24")
# The colour scheme: the system's (light where it does not say), or one chosen.
THEME_CHOICES = ("system", "light", "dark")


@dataclass(frozen=True, slots=True)
class Preferences:
    """What a user chooses once and every window then follows."""

    timezone: str = DEFAULT_TIMEZONE  # IANA name used to show times in the library
    author: str = ""  # put in the authors of each new postmortem
    export_folder: str = ""  # where exports go unless the user picks another folder
    word_template: str = ""  # a .docx whose styles Word exports use; "" = built-in
    clock: str = "system"  # "system", "12" or "24": how times of day are written
    theme: str = "system"  # "system", "light" or "dark": the windows' colours
    language: str = "system"  # "system" or a language code ("de"), read at start

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zone_or_utc(self.timezone)

    @property
    def template_path(self) -> Path | None:
        return Path(self.word_template) if self.word_template else None

    @property
    def export_path(self) -> Path:
        return Path(self.export_folder) if self.export_folder else Path.home()

    @property
    def clock_style(self) -> Clock:
        """The clock every window and export uses: the one chosen, else the system's."""
        return Clock(self.clock) if self.clock in ("12", "24") else system_clock()


def system_clock() -> Clock:
    """12 hours when the system's short time format shows AM/PM ("h:mm AP"), else 24."""
    fmt = QLocale.system().timeFormat(QLocale.FormatType.ShortFormat)
    # Quoted text in a Qt format is literal, so an "a" inside quotes is no AM/PM marker.
    unquoted = "".join(fmt.split("'")[::2])
    return Clock.H12 if "a" in unquoted.lower() else Clock.H24


def zone_or_utc(name: str) -> zoneinfo.ZoneInfo:
    """The zone called name, or UTC if the name is empty or unknown here."""
    try:
        return zoneinfo.ZoneInfo(name or DEFAULT_TIMEZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long
        return zoneinfo.ZoneInfo(DEFAULT_TIMEZONE)


def is_known_timezone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long
        return False
    return True


def settings_file() -> Path:
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "pmdesk.conf"


def settings() -> QSettings:
    """The app's QSettings; create one per use, they are cheap and not thread-bound."""
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


_KEYS = {f.name: f"preferences/{f.name}" for f in dataclasses.fields(Preferences)}


def load_preferences() -> Preferences:
    store = settings()
    values: dict[str, str] = {}
    for name, key in _KEYS.items():
        value = store.value(key)
        if isinstance(value, str):
            values[name] = value
    prefs = Preferences(**values)
    if not is_known_timezone(prefs.timezone):
        prefs = dataclasses.replace(prefs, timezone=DEFAULT_TIMEZONE)
    if prefs.clock not in CLOCK_CHOICES:
        prefs = dataclasses.replace(prefs, clock="system")
    if prefs.theme not in THEME_CHOICES:
        prefs = dataclasses.replace(prefs, theme="system")
    if prefs.language not in LANGUAGE_CHOICES:
        prefs = dataclasses.replace(prefs, language="system")
    return prefs


def save_preferences(prefs: Preferences) -> None:
    store = settings()
    for name, key in _KEYS.items():
        store.setValue(key, getattr(prefs, name))
    store.sync()


def save_state(key: str, value: QByteArray) -> None:
    """Remember a piece of window state (geometry, splitter sizes, header state)."""
    store = settings()
    store.setValue(f"state/{key}", value)
    store.sync()


def load_state(key: str) -> QByteArray | None:
    value = settings().value(f"state/{key}")
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes) and value:
        return QByteArray(value)
    return None


@dataclass(frozen=True, slots=True)
class ExportChoices:
    """What the export dialog offered last time: the user's last choices, remembered.
    The analogy is remembered per choice: it is left out of the summary by default."""

    choice: ChoiceKey = "report"
    names: bool = True
    analogy: tuple[tuple[ChoiceKey, bool], ...] = (("report", True), ("summary", False),
                                                  ("md", True))
    folder: str = ""  # the last folder exported into; "" = the preferred export folder

    def analogy_for(self, choice: ChoiceKey) -> bool:
        return dict(self.analogy).get(choice, choice != "summary")

    def with_analogy(self, choice: ChoiceKey, value: bool) -> tuple[tuple[ChoiceKey, bool], ...]:
        return tuple({**dict(self.analogy), choice: value}.items())


def _flag(value: object, default: bool) -> bool:
    # An INI file gives booleans back as the strings "true" and "false".
    if isinstance(value, bool):
        return value
    return {"true": True, "false": False}.get(str(value).lower(), default)


def load_export_choices() -> ExportChoices:
    store = settings()
    default = ExportChoices()
    choice = store.value("export/choice")
    key: ChoiceKey = choice if choice in EXPORT_CHOICES else default.choice
    analogy = tuple(
        (k, _flag(store.value(f"export/analogy_{k}"), default.analogy_for(k)))
        for k, c in EXPORT_CHOICES.items() if c.options
    )
    folder = store.value("export/folder")
    return ExportChoices(
        choice=key,
        names=_flag(store.value("export/names"), default.names),
        analogy=analogy,
        folder=folder if isinstance(folder, str) else "",
    )


def save_export_choices(choices: ExportChoices) -> None:
    store = settings()
    store.setValue("export/choice", choices.choice)
    store.setValue("export/names", choices.names)
    for key, value in choices.analogy:
        store.setValue(f"export/analogy_{key}", value)
    store.setValue("export/folder", choices.folder)
    store.sync()


def first_start() -> bool:
    """True the first time it is asked on this computer (then remembered): the welcome
    is shown once."""
    store = settings()
    if store.value("state/welcomed"):
        return False
    store.setValue("state/welcomed", True)
    store.sync()
    return True


RECENT_TEAM_LIBRARIES = 8


def recent_team_libraries() -> list[str]:
    """Team libraries opened lately, newest first: addresses without passwords."""
    value = settings().value("team/recent")
    if isinstance(value, str):
        value = [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def remember_team_library(url: str) -> None:
    """url must come without its password (TeamLocation.shown): pmdesk keeps none."""
    from pmdesk.storage.location import without_password

    url = without_password(url)
    recent = [url, *(u for u in recent_team_libraries() if u != url)]
    store = settings()
    store.setValue("team/recent", recent[:RECENT_TEAM_LIBRARIES])
    store.sync()
