"""Signing in to a server that asks for a password, end to end: libpq's own ways
(~/.pgpass or PGPASSFILE, a service in pg_service.conf, PGPASSWORD) open the library,
the connection says which one it used and never the password, and a missing or wrong
password is one clear line."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest

from pmdesk.domain.listing import IncidentQuery, LibraryError
from pmdesk.domain.model import Postmortem
from pmdesk.storage.location import TeamLocation
from pmdesk.storage.postgres.library import TeamLibrary
from tests.pg_server import ADMIN, PgServer, server_or_skip

SECRET = "s3cret words"  # the test role's password, on a throwaway cluster
USER, DATABASE = "ana", "team"


@pytest.fixture(scope="module")
def server() -> Iterator[PgServer]:
    """A cluster of its own whose loopback connections must give a password (its socket
    stays trusted, for setting it up)."""
    with server_or_skip():
        pg = PgServer(auth=("--auth-local=trust", "--auth-host=scram-sha-256")).start()
    try:
        with psycopg.connect(host=str(pg.folder), port=pg.port, user=ADMIN,
                             dbname="postgres", autocommit=True) as conn:
            conn.execute(f"CREATE ROLE {USER} LOGIN PASSWORD '{SECRET}'")  # type: ignore[arg-type]
            conn.execute(f"CREATE DATABASE {DATABASE} OWNER {USER}")  # type: ignore[arg-type]
        yield pg
    finally:
        pg.stop()


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No password anywhere libpq looks, until a test puts one there."""
    for name in ("PGPASSWORD", "PGSERVICE", "PGSERVICEFILE", "PGPASSFILE", "PGUSER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PGSYSCONFDIR", str(tmp_path / "etc"))
    return tmp_path


def address(server: PgServer) -> str:
    return f"postgresql://{USER}@127.0.0.1:{server.port}/{DATABASE}"


def opens_and_keeps(location: TeamLocation, title: str) -> str:
    with TeamLibrary(location) as library:
        library.add(Postmortem(title=title))
        note = library.connection_note
    with TeamLibrary(location) as library:
        query, today = IncidentQuery(search=title), date.today()
        titles = [row.title for row in library.summaries(library.ids(query, today), today)]
    assert titles == [title]
    assert SECRET not in note
    return note


def test_a_password_in_pgpass_opens_the_library_and_is_named(
    server: PgServer, clean_env: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    passfile = clean_env / "team.pgpass"
    passfile.write_text(f"127.0.0.1:{server.port}:{DATABASE}:{USER}:{SECRET}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    note = opens_and_keeps(TeamLocation(address(server)), "Through pgpass")
    assert f"signed in as {USER} with the password in {passfile}" in note


def test_a_service_in_pg_service_conf_opens_the_library_and_is_named(
    server: PgServer, clean_env: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = clean_env / "pg_service.conf"
    services.write_text(f"[incidents]\nhost=127.0.0.1\nport={server.port}\n"
                        f"dbname={DATABASE}\nuser={USER}\npassword={SECRET}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    note = opens_and_keeps(TeamLocation("postgresql://?service=incidents"), "Through a service")
    assert f"with the password of the service 'incidents' in {services}" in note


def test_the_command_line_signs_in_through_the_service_too(
    server: PgServer, clean_env: Path, sample_path: Path,
) -> None:
    services = clean_env / "pg_service.conf"
    services.write_text(f"[incidents]\nhost=127.0.0.1\nport={server.port}\n"
                        f"dbname={DATABASE}\nuser={USER}\npassword={SECRET}\n")
    env = {**os.environ, "PGSERVICEFILE": str(services), "PGSERVICE": "incidents"}
    for args in (["import", str(sample_path)], ["list", "--search", "debacle"]):
        done = subprocess.run([sys.executable, "-m", "pmdesk", "--db", "postgresql://", *args],
                              capture_output=True, text=True, env=env, timeout=120,
                              check=False)
        assert done.returncode == 0, done.stderr
        assert SECRET not in done.stdout + done.stderr
    assert "The Great Downtime Debacle" in done.stdout


def test_without_a_password_the_message_says_where_to_put_one(
    server: PgServer, clean_env: Path,
) -> None:
    with pytest.raises(LibraryError, match="asks for a password") as caught:
        TeamLibrary(TeamLocation(address(server)))
    assert "~/.pgpass" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_wrong_password_is_refused_in_one_line_that_does_not_repeat_it(
    server: PgServer, clean_env: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PGPASSWORD", "not it")
    with pytest.raises(LibraryError, match=r"refused pmdesk: .*password authentication failed")\
            as caught:
        TeamLibrary(TeamLocation(address(server)))
    assert "not it" not in str(caught.value)
    assert "\n" not in str(caught.value)
