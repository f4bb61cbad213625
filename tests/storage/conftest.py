"""The storage tests run against both engines: every test that asks for `library` (or
`location`) runs on a SQLite file and on a PostgreSQL database. A test that also asks
for `library_path` looks at the file itself, and runs on SQLite only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pmdesk.storage.interface import LibraryStore
from pmdesk.storage.location import Location, TeamLocation
from pmdesk.storage.opener import open_store

ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" in metafunc.fixturenames:
        file_only = "library_path" in metafunc.fixturenames
        metafunc.parametrize("engine", ("sqlite",) if file_only else ENGINES)


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def location(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Location:
    """Where the test's library lives: a new file, or a new database on the test server."""
    if engine == "sqlite":
        return tmp_path / "library.sqlite3"
    return TeamLocation(request.getfixturevalue("team_url"))


@pytest.fixture
def library(location: Location) -> Iterator[LibraryStore]:
    with open_store(location) as lib:
        yield lib
