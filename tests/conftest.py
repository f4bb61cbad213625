"""Shared test set-up: headless Qt, and no test ever touches a real user folder."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import pg_server as pg_servers
from tests.pg_server import GivenServer, PgServer, server_or_skip

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    home = tmp_path_factory.mktemp("home")
    saved = {k: os.environ.get(k) for k in _FOLDER_VARS}
    for var, sub in _FOLDER_VARS.items():
        os.environ[var] = str(home / sub)
    os.environ.pop("PMDESK_DB", None)
    # The windows' language is the tests' own, whatever the machine's (the language
    # tests switch to another for a while: tests/i18n_support.py).
    saved_lang = os.environ.get("PMDESK_LANG")
    os.environ["PMDESK_LANG"] = "C"
    yield
    if saved_lang is None:
        os.environ.pop("PMDESK_LANG", None)
    else:
        os.environ["PMDESK_LANG"] = saved_lang
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


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer | GivenServer]:
    """A PostgreSQL server for the whole run (tests/pg_server.py): CI's (PMDESK_TEST_PG)
    or a cluster of its own; skips without one, fails instead where
    PMDESK_REQUIRE_POSTGRES is set (CI)."""
    with server_or_skip():
        server = pg_servers.server().start()
    yield server
    server.stop()


@pytest.fixture
def team_url(pg_server: PgServer | GivenServer) -> str:
    """A new, empty database on the test server."""
    return pg_server.new_database()


@pytest.fixture
def sample_path() -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "sample_postmortem.md"


_GUI_FIXTURES = {"qtbot", "qapp"}
_UI_TESTS = Path(__file__).resolve().parent / "ui"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _GUI_FIXTURES & set(getattr(item, "fixturenames", ())) or _UI_TESTS in item.path.parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _gui_marker_is_true(request: pytest.FixtureRequest) -> Iterator[None]:
    """`-m "not gui"` must run without Qt: a test that makes the QApplication without
    being marked fails, instead of passing only when a gui test ran before it."""
    app_module = sys.modules.get("PySide6.QtCore")
    had_app = app_module is not None and app_module.QCoreApplication.instance() is not None
    yield
    if had_app or request.node.get_closest_marker("gui"):
        return
    app_module = sys.modules.get("PySide6.QtCore")
    if app_module is not None and app_module.QCoreApplication.instance() is not None:
        pytest.fail("this test made a QApplication: use the qapp or qtbot fixture (gui)")
