"""What a server adds to a library: several people at once, a role that only reads, a
format from a newer pmdesk, connections that drop, and credentials pmdesk never keeps."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

import psycopg
import pytest

from pmdesk.domain.listing import IncidentQuery, LibraryError
from pmdesk.domain.model import Postmortem
from pmdesk.storage.conflicts import Base, ChangedElsewhere
from pmdesk.storage.location import TeamLocation, location_from, without_password
from pmdesk.storage.opener import open_store
from pmdesk.storage.postgres import migrations
from pmdesk.storage.postgres.library import TeamLibrary
from pmdesk.storage.types import LibraryOffline
from tests.team.conftest import drop_pmdesk_connections, set_connections_allowed

TODAY = date(2024, 6, 1)


def test_a_save_over_someone_elses_change_says_who_changed_what(team: TeamLocation) -> None:
    with TeamLibrary(team, who="Ana") as ana, TeamLibrary(team, who="Bo") as bo:
        incident = ana.add(Postmortem(title="Checkout down"))
        ana.save_changes(incident, fields={"title": "Checkout down for an hour"},
                         base=Base(fields={"title": "Checkout down"}))
        with pytest.raises(ChangedElsewhere) as refused:
            bo.save_changes(incident, fields={"title": "Checkout slow"},
                            base=Base(fields={"title": "Checkout down"}))
        assert refused.value.by == "Ana"
        assert str(refused.value) == "Ana changed the title of this incident since you opened it."
        assert bo.get(incident).title == "Checkout down for an hour"


def test_two_saves_at_the_same_moment_never_overwrite_silently(team: TeamLocation) -> None:
    """Both based on the same title, both sent at once: the row lock makes one wait for
    the other's commit, and then see it. Exactly one is saved; the other is refused."""
    with TeamLibrary(team, who="setup") as setup:
        incident = setup.add(Postmortem(title="Original"))
    outcomes: dict[str, str] = {}
    start = threading.Barrier(2)

    def save(who: str) -> None:
        with TeamLibrary(team, who=who) as library:
            start.wait()
            try:
                library.save_changes(incident, fields={"title": f"By {who}"},
                                     base=Base(fields={"title": "Original"}))
                outcomes[who] = "saved"
            except ChangedElsewhere as exc:
                outcomes[who] = f"refused: {exc.by}"

    threads = [threading.Thread(target=save, args=(who,)) for who in ("Ana", "Bo")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes.values())[1] == "saved", outcomes
    winner = next(who for who, outcome in outcomes.items() if outcome == "saved")
    loser = next(who for who in outcomes if who != winner)
    assert outcomes[loser] == f"refused: {winner}"
    with TeamLibrary(team) as library:
        assert library.get(incident).title == f"By {winner}"


def test_other_peoples_changes_are_heard_with_their_name(team: TeamLocation) -> None:
    with TeamLibrary(team, who="Ana") as ana, TeamLibrary(team, who="Bo") as bo:
        feed = ana.feed()
        try:
            feed.wait(0.1)  # listening from here on
            incident = bo.add(Postmortem(title="Heard"))
            ana.add(Postmortem(title="Mine"))
            heard = feed.wait(5) + feed.wait(0.5)
        finally:
            feed.close()
    theirs = [c for c in heard if not c.mine]
    assert [(c.ids, c.by) for c in theirs] == [([incident], "Bo")]
    assert any(c.mine for c in heard)


def test_presence_shows_who_else_has_an_incident_open(team: TeamLocation) -> None:
    with TeamLibrary(team, who="Ana") as ana, TeamLibrary(team, who="Bo") as bo:
        incident = ana.add(Postmortem(title="Open twice"))
        ana.presence.enter(incident)
        bo.presence.enter(incident)
        assert bo.presence.others(incident) == ["Ana"]
        assert ana.presence.others(incident) == ["Bo"]
        ana.presence.leave(incident)
        assert bo.presence.others(incident) == []


def test_a_role_that_may_only_read_gets_a_read_only_library(reader_url: str) -> None:
    with TeamLibrary(TeamLocation(reader_url)) as library:
        assert library.read_only
        assert library.notice == "Read-only team library: you can browse, search and export."
        assert library.ids(IncidentQuery(search="example"), TODAY) == [1]
        with pytest.raises(LibraryError, match="read-only"):
            library.add(Postmortem(title="Not allowed"))


def test_a_newer_format_opens_read_only_with_a_message(
    team: TeamLocation, admin: psycopg.Connection[Any]
) -> None:
    with TeamLibrary(team) as library:
        incident = library.add(Postmortem(title="Kept"))
    admin.execute("UPDATE pmdesk_format SET format = 99")
    with TeamLibrary(team) as library:
        assert library.read_only
        assert library.notice is not None and "newer pmdesk (format 99" in library.notice
        assert library.get(incident).title == "Kept"
        with pytest.raises(LibraryError, match="newer pmdesk"):
            library.save_changes(incident, fields={"title": "Changed"})


def test_upgrade_runs_under_the_advisory_lock_once(team: TeamLocation) -> None:
    """Four pmdesk opening a new database at once: one makes the library, the others
    wait for it and find it done."""
    made: list[bool] = []
    start = threading.Barrier(4)

    def open_it() -> None:
        start.wait()
        with TeamLibrary(team) as library:
            made.append(library.created)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(made) == [False, False, False, True]
    with psycopg.connect(team.url) as conn:
        assert conn.execute("SELECT format FROM pmdesk_format").fetchall() == [
            (migrations.current_version(),)]


def test_a_dropped_connection_is_offline_then_reconnects(
    team: TeamLocation, admin: psycopg.Connection[Any], team_url: str
) -> None:
    with TeamLibrary(team) as library:
        incident = library.add(Postmortem(title="Before"))
        set_connections_allowed(team_url, False)
        try:
            assert drop_pmdesk_connections(admin) >= 1
            with pytest.raises(LibraryOffline, match="will be saved when the connection"):
                library.save_changes(incident, fields={"title": "During"})
            with pytest.raises(LibraryOffline):  # within the pause: not even tried
                library.get(incident)
        finally:
            set_connections_allowed(team_url, True)
        library._retry_at = 0  # the pause is over
        library.save_changes(incident, fields={"title": "After"})
        assert library.get(incident).title == "After"


def test_an_address_with_a_password_is_never_shown_or_remembered() -> None:
    location = location_from("postgresql://ana:s3cret@db.example.com:5432/incidents")
    assert isinstance(location, TeamLocation)
    assert location.has_password
    assert "s3cret" not in location.shown and "s3cret" not in repr(location)
    assert location.shown == "postgresql://ana@db.example.com:5432/incidents"
    assert without_password("postgresql://db/x?service=team") == "postgresql://db/x?service=team"


def test_the_connection_says_how_it_signed_in(team: TeamLocation) -> None:
    with TeamLibrary(team) as library:
        note = library.connection_note
    assert "signed in as" in note and "without a password" in note
    assert "no TLS" in note


def test_an_unreachable_server_is_a_message_not_a_traceback() -> None:
    with pytest.raises(LibraryError, match="cannot reach the team library"):
        open_store(TeamLocation("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"))


class _Option:
    def __init__(self, keyword: str, value: str) -> None:
        self.keyword, self.val = keyword.encode(), value.encode()


class _Conn:
    """What credentials_source reads of a connection: whether libpq sent a password and
    the options in force."""

    def __init__(self, used_password: bool, **options: str) -> None:
        self.pgconn = type("PG", (), {"used_password": used_password,
                                      "info": [_Option(k, v) for k, v in options.items()]})()


@pytest.mark.parametrize(
    ("env", "files", "url", "used", "expected"),
    [
        ({}, {}, "postgresql://ana@db/x", False, "without a password"),
        ({}, {}, "postgresql://ana:pw@db/x", True, "written in the address"),
        ({"PGPASSWORD": "pw"}, {}, "postgresql://ana@db/x", True, "PGPASSWORD"),
        ({"PGSERVICE": "team"}, {"service": "[team]\nhost=db\npassword=pw\n"},
         "postgresql://ana@db/x", True, "of the service 'team' in"),
        ({}, {"pgpass": "db:5432:x:ana:pw\n"}, "postgresql://ana@db/x", True,
         "with the password in"),
        ({}, {}, "postgresql://ana@db/x", True, "it does not say where"),
    ],
)
def test_how_the_password_was_found_is_said(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any, env: dict[str, str],
    files: dict[str, str], url: str, used: bool, expected: str,
) -> None:
    from pmdesk.storage.postgres.connection import credentials_source

    for name in ("PGPASSWORD", "PGSERVICE", "PGSERVICEFILE", "PGPASSFILE", "PGSYSCONFDIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PGSYSCONFDIR", str(tmp_path / "etc"))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    options = {"passfile": str(tmp_path / ".pgpass")}
    if "service" in files:
        (tmp_path / ".pg_service.conf").write_text(files["service"])
    if "pgpass" in files:
        (tmp_path / ".pgpass").write_text(files["pgpass"])
    said = credentials_source(_Conn(used, **options), TeamLocation(url))  # type: ignore[arg-type]
    assert expected in said


def test_tls_with_the_server_verified_is_said(tls_server: tuple[str, Any]) -> None:
    url, ca = tls_server
    verified = TeamLocation(f"{url}?sslmode=verify-full&sslrootcert={ca}")
    with TeamLibrary(verified) as library:
        library.add(Postmortem(title="Over TLS"))
        assert "server's certificate and name verified (sslmode=verify-full)" in \
            library.connection_note
    with pytest.raises(LibraryError, match="refused pmdesk"):  # not the CA it trusts
        TeamLibrary(TeamLocation(f"{url}?sslmode=verify-full&sslrootcert={__file__}"))
