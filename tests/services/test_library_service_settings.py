"""Preferences and remembered window state, kept with QSettings in the config folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray

from pmdesk.services.settings import (
    Preferences,
    load_preferences,
    load_state,
    save_preferences,
    save_state,
    settings,
    settings_file,
    zone_or_utc,
)


def test_defaults_when_nothing_was_saved() -> None:
    prefs = load_preferences()
    assert prefs == Preferences()
    assert prefs.timezone == "UTC"
    assert prefs.template_path is None
    assert prefs.export_path == Path.home()


def test_preferences_round_trip(tmp_path: Path) -> None:
    chosen = Preferences(
        timezone="Europe/Berlin",
        author="Zoë O'Neil",
        export_folder=str(tmp_path),
        word_template=str(tmp_path / "house.docx"),
    )
    save_preferences(chosen)
    assert load_preferences() == chosen
    assert load_preferences().zone.key == "Europe/Berlin"
    assert load_preferences().template_path == tmp_path / "house.docx"


def test_settings_live_in_the_config_folder_of_this_test() -> None:
    save_preferences(Preferences(author="Ana"))
    assert settings_file().is_file()
    assert str(settings_file()).startswith(os.environ["XDG_CONFIG_HOME"])


def test_an_unknown_time_zone_falls_back_to_utc() -> None:
    store = settings()
    store.setValue("preferences/timezone", "Mars/Olympus")
    store.sync()
    assert load_preferences().timezone == "UTC"
    assert zone_or_utc("").key == "UTC"


def test_window_state_round_trip() -> None:
    assert load_state("libraryGeometry") is None
    save_state("libraryGeometry", QByteArray(b"\x01\x02\x03"))
    assert load_state("libraryGeometry") == QByteArray(b"\x01\x02\x03")
