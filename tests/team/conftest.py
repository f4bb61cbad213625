"""Set-up for the team-library tests: a new database on the test server per test, and
a way to reach it as the administrator (to drop connections, add roles)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from pmdesk.storage.location import TeamLocation


@pytest.fixture
def team(team_url: str) -> TeamLocation:
    return TeamLocation(team_url)


def as_user(url: str, user: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=f"{user}@{parts.netloc.rpartition('@')[2]}"))


@pytest.fixture
def admin(team_url: str) -> Iterator[psycopg.Connection[Any]]:
    """The administrator's own connection to the test's database."""
    with psycopg.connect(team_url, autocommit=True) as conn:
        yield conn


def drop_pmdesk_connections(admin: psycopg.Connection[Any]) -> int:
    """What a network cut does to every pmdesk connection to this database."""
    row = admin.execute(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
    ).fetchone()
    return int(row[0]) if row else 0


def set_connections_allowed(team_url: str, allowed: bool) -> None:
    """Keep every new connection out of the database (a server that is gone), or let them
    in again; run from the server's maintenance database."""
    database = urlsplit(team_url).path.lstrip("/")
    with psycopg.connect(urlunsplit(urlsplit(team_url)._replace(path="/postgres")),
                         autocommit=True) as conn:
        conn.execute(f"ALTER DATABASE {database} ALLOW_CONNECTIONS {str(allowed).lower()}")


@pytest.fixture
def reader_url(team_url: str, admin: psycopg.Connection[Any]) -> str:
    """The address of the test's library (a new one: the example in it) as a role that
    may only read it (made after the library was, so the grants cover its tables)."""
    from pmdesk.workspace import open_library

    open_library(TeamLocation(team_url)).close()
    role = f"reader_{urlsplit(team_url).path.lstrip('/')}"
    admin.execute(f"CREATE ROLE {role} LOGIN")
    admin.execute(f"GRANT USAGE ON SCHEMA public TO {role}")
    admin.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    return as_user(team_url, role)


@pytest.fixture(scope="module")
def tls_server() -> Iterator[tuple[str, Path]]:
    """A server of its own with TLS, its certificate made for 'localhost' by a CA made
    here: (the admin's address by name, the CA's certificate)."""
    import shutil
    import subprocess

    from tests.pg_server import PgServer, server_or_skip

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed: no certificate for the TLS test")
    with server_or_skip():
        server = PgServer()
    certs = server.folder
    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=certs, check=True, capture_output=True)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
            "/CN=pmdesk test CA", "-keyout", "ca.key", "-out", "ca.crt")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
            "-keyout", "server.key", "-out", "server.csr")
    (certs / "san.ext").write_text("subjectAltName=DNS:localhost\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
            "-CAcreateserial", "-days", "2", "-extfile", "san.ext", "-out", "server.crt")
    (certs / "server.key").chmod(0o600)
    for name in ("server.key", "server.crt"):
        server.owns(certs / name)
    server.options += ["-c ssl=on", f"-c ssl_cert_file={certs / 'server.crt'}",
                       f"-c ssl_key_file={certs / 'server.key'}"]
    with server_or_skip():
        server.start()
    try:
        yield server.url().replace("127.0.0.1", "localhost"), certs / "ca.crt"
    finally:
        server.stop()
