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
from PySide6.QtCore import QByteArray, QSettings

from pmdesk.paths import APP_NAME

DEFAULT_TIMEZONE = "UTC"


@dataclass(frozen=True, slots=True)
class Preferences:
    """What a user chooses once and every window then follows."""

    timezone: str = DEFAULT_TIMEZONE  # IANA name used to show times in the library
    author: str = ""  # put in the authors of each new postmortem
    export_folder: str = ""  # where exports go unless the user picks another folder
    word_template: str = ""  # a .docx whose styles Word exports use; "" = built-in

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zone_or_utc(self.timezone)

    @property
    def template_path(self) -> Path | None:
        return Path(self.word_template) if self.word_template else None

    @property
    def export_path(self) -> Path:
        return Path(self.export_folder) if self.export_folder else Path.home()


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
