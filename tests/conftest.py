"""Shared test set-up: headless Qt, and no test ever touches a real user folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    home = tmp_path_factory.mktemp("home")
    saved = {k: os.environ.get(k) for k in _FOLDER_VARS}
    for var, sub in _FOLDER_VARS.items():
        os.environ[var] = str(home / sub)
    os.environ.pop("PMDESK_DB", None)
    yield
    for var, value in saved.items():
        if value is None:
            os.environ.pop(var, None)
        else:
            os.environ[var] = value


_FOLDER_VARS = {
    "XDG_DATA_HOME": "data",
    "XDG_CONFIG_HOME": "config",
    "XDG_STATE_HOME": "state",
    "XDG_CACHE_HOME": "cache",
}


@pytest.fixture
def sample_path() -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "sample_postmortem.md"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
