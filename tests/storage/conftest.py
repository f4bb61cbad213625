from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pmdesk.storage.library import Library


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    with Library(library_path) as lib:
        yield lib
