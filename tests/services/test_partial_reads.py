"""A read in two parts on the background reader: its first answer at once, the rest
after a pause, given up for a newer request and stopped by any request meanwhile."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pmdesk.services import background_reader
from pmdesk.services.background_reader import BackgroundReader, Partial
from pmdesk.storage.interface import LibraryStore
from pmdesk.storage.types import Interrupted


class Store:
    """Stands in for a library connection: only interrupt() is asked of it here."""

    def __init__(self) -> None:
        self.stop = threading.Event()
        self.stops = 0
        self.calls: list[str] = []

    def interrupt(self) -> None:
        self.stops += 1
        self.stop.set()

    def close(self) -> None:
        pass


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Store:
    fake = Store()
    monkeypatch.setattr(background_reader, "open_store", lambda location: fake)
    monkeypatch.setattr(background_reader, "REST_AFTER_S", 0.2)
    return fake


@pytest.fixture
def reader(store: Store, tmp_path: Path) -> Iterator[BackgroundReader]:
    made = BackgroundReader(tmp_path / "unused.sqlite3")
    yield made
    made.close()


def answers(reader: BackgroundReader) -> list[tuple[str, int, object]]:
    got: list[tuple[str, int, object]] = []
    reader.ready.connect(lambda channel, ticket, result: got.append((channel, ticket, result)))
    return got


def test_the_rest_follows_the_first_answer_with_its_ticket_after_a_pause(
    qtbot: QtBot, reader: BackgroundReader, store: Store
) -> None:
    got = answers(reader)
    rest_began: list[float] = []

    def rest(lib: LibraryStore) -> str:
        rest_began.append(time.monotonic())
        return "all"

    first_at: list[float] = []
    reader.ready.connect(lambda *_: first_at.append(time.monotonic()))
    ticket = reader.request("ids", lambda lib: Partial("first", rest))
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    assert [(c, t) for c, t, _ in got] == [("ids", ticket), ("ids", ticket)]
    assert isinstance(got[0][2], Partial) and got[0][2].first == "first"
    assert got[1][2] == "all"
    assert rest_began[0] - first_at[0] > 0.1  # the window paints the first answer meanwhile
    assert store.stops == 0


def test_a_newer_request_for_the_channel_replaces_a_rest_not_yet_begun(
    qtbot: QtBot, reader: BackgroundReader, store: Store
) -> None:
    got = answers(reader)
    rest_ran = threading.Event()

    def rest(lib: LibraryStore) -> str:
        rest_ran.set()
        return "all of d"

    reader.request("ids", lambda lib: Partial("first of d", rest))
    qtbot.waitUntil(lambda: len(got) == 1, timeout=5000)
    newer = reader.request("ids", lambda lib: "all of da")  # typed within the pause
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    qtbot.wait(400)  # past the rest's time
    assert got[1][1:] == (newer, "all of da") and len(got) == 2
    assert not rest_ran.is_set() and store.stops == 0


def test_any_request_stops_a_running_rest_and_goes_first_then_the_rest_runs_again(
    qtbot: QtBot, reader: BackgroundReader, store: Store
) -> None:
    got = answers(reader)
    runs: list[str] = []

    def rest(lib: LibraryStore) -> str:
        runs.append("rest")
        if len(runs) == 1:  # the first time it is a long read, stopped from outside
            if not store.stop.wait(10):
                raise AssertionError("the rest was never interrupted")
            raise Interrupted("stopped")
        return "all"

    ticket = reader.request("ids", lambda lib: Partial("first", rest))
    qtbot.waitUntil(lambda: runs == ["rest"], timeout=5000)
    began = time.monotonic()
    other = reader.request("overdue", lambda lib: "overdue list")
    qtbot.waitUntil(lambda: len(got) == 3, timeout=5000)
    assert time.monotonic() - began < 0.15 + 0.2  # not after the rest's long read
    assert [(c, t, r) for c, t, r in got[1:]] == [
        ("overdue", other, "overdue list"),
        ("ids", ticket, "all"),  # its channel had nothing newer: run again, to the end
    ]
    assert runs == ["rest", "rest"] and store.stops == 1


def test_a_reader_left_waiting_uses_no_processor(
    qtbot: QtBot, reader: BackgroundReader, store: Store
) -> None:
    """A rest given up for a newer request is forgotten: the reader does not go on
    waking for it (it once spun, and the window's paints waited for Python's lock)."""
    got = answers(reader)
    reader.request("ids", lambda lib: Partial("first of d", lambda lib: "all of d"))
    qtbot.waitUntil(lambda: len(got) == 1, timeout=5000)
    reader.request("ids", lambda lib: "all of da")
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    qtbot.wait(300)  # past the given-up rest's time
    began = time.process_time()
    qtbot.wait(500)
    assert time.process_time() - began < 0.25
    assert reader.idle()
