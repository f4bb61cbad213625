"""Connecting to a team library's server, and running the shared statements on it.

Credentials are libpq's business: pmdesk passes the URL as given and libpq finds the
password (PGPASSWORD, a service in pg_service.conf, ~/.pgpass or PGPASSFILE) and the
TLS settings (sslmode, sslrootcert) itself. What pmdesk adds is saying, afterwards,
which of those it used (describe()), as far as libpq lets that be known.
"""

from __future__ import annotations

import configparser
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import psycopg

from pmdesk.storage.connection import Parameters
from pmdesk.storage.dialect import Dialect
from pmdesk.storage.location import TeamLocation
from pmdesk.storage.postgres.dialect import POSTGRES
from pmdesk.storage.types import LibraryError, LibraryOffline

APPLICATION = "pmdesk"
# libpq waits this long for a server that does not answer (a refused connection fails
# at once). The reconnecting library tries again with a growing pause between tries.
CONNECT_TIMEOUT_S = 5

NUL_STANDS_IN = "\ufffd"
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")

Connection = psycopg.Connection[tuple[Any, ...]]


@lru_cache(maxsize=1024)
def translate(sql: str) -> str:
    """The shared statements' `?` and `:name` parameters in psycopg's style."""
    sql = sql.replace("%", "%%").replace("?", "%s")
    return _NAMED.sub(r"%(\1)s", sql)


class PgDatabase:
    """The connection the shared statements run on (see connection.Database)."""

    dialect: Dialect = POSTGRES

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Parameters = ()) -> psycopg.Cursor[Any]:
        return self.conn.execute(translate(sql), _storable(parameters))

    def executemany(self, sql: str, rows: Iterable[Parameters]) -> None:
        with self.conn.cursor() as cursor:
            cursor.executemany(translate(sql), [_storable(row) for row in rows])

    def query(self, sql: str, parameters: Parameters = ()) -> Iterator[dict[str, Any]]:
        cursor = self.execute(sql, parameters)
        keys = [column.name for column in cursor.description or ()]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def close(self) -> None:
        self.conn.close()


def _text(value: object) -> object:
    if isinstance(value, str) and "\0" in value:
        return value.replace("\0", NUL_STANDS_IN)
    return value


def _storable(parameters: Parameters) -> Parameters:
    """PostgreSQL's text cannot hold NUL (U+0000), which SQLite's can: a NUL that came
    in with a paste or a file is stored as U+FFFD (the replacement character), instead
    of the whole save being refused."""
    if isinstance(parameters, Mapping):
        return {key: _text(value) for key, value in parameters.items()}
    return [_text(value) for value in parameters]


_NO_PASSWORD = (
    "pmdesk does not keep passwords: put it in ~/.pgpass (or the file PGPASSFILE names), "
    "in a service of pg_service.conf used with ?service=NAME, or in PGPASSWORD."
)


def connect(location: TeamLocation) -> Connection:
    """An autocommit connection (the library opens its transactions itself).
    Raises LibraryOffline if the server cannot be reached, LibraryError if it refused."""
    try:
        given = psycopg.conninfo.conninfo_to_dict(location.url)
    except psycopg.ProgrammingError as exc:
        raise LibraryError(f"{location.shown} is not a PostgreSQL address pmdesk can use: "
                           f"{_first_line(exc)}.") from exc
    extra: dict[str, Any] = {"fallback_application_name": APPLICATION}
    if "connect_timeout" not in given and "PGCONNECT_TIMEOUT" not in os.environ:
        extra["connect_timeout"] = CONNECT_TIMEOUT_S
    try:
        return psycopg.connect(location.url, autocommit=True, **extra)
    except psycopg.OperationalError as exc:
        reason = _first_line(exc)
        if "password" in reason and ("no password" in reason or "supplied" in reason):
            raise LibraryError(f"The server of {location.shown} asks for a password. "
                               f"{_NO_PASSWORD}") from exc
        if "authentication failed" in reason or "does not exist" in reason or \
                "certificate" in reason or "SSL" in reason or "permission" in reason:
            raise LibraryError(f"The server of {location.shown} refused pmdesk: {reason}.") \
                from exc
        raise LibraryOffline(f"pmdesk cannot reach the team library {location.shown}: "
                             f"{reason}.") from exc


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0].rstrip(".") if text else type(exc).__name__


def _options(conn: Connection) -> dict[str, str]:
    """libpq's connection options as in force for this connection."""
    return {
        option.keyword.decode(): option.val.decode()
        for option in conn.pgconn.info
        if option.val is not None
    }


def _service_files() -> list[Path]:
    files = []
    if os.environ.get("PGSERVICEFILE"):
        files.append(Path(os.environ["PGSERVICEFILE"]))
    else:
        files.append(Path.home() / ".pg_service.conf")
    folder = os.environ.get("PGSYSCONFDIR")
    files.append(Path(folder) / "pg_service.conf" if folder else
                 Path("/etc/postgresql-common/pg_service.conf"))
    return files


def _service_has_password(service: str) -> Path | None:
    for path in _service_files():
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read(path, encoding="utf-8")
        except (OSError, configparser.Error, UnicodeDecodeError):
            continue
        if parser.has_section(service):
            return path if parser.has_option(service, "password") else None
    return None


def credentials_source(conn: Connection, location: TeamLocation) -> str:
    """Where the password came from, in words (or that none was asked)."""
    if not conn.pgconn.used_password:
        return ("without a password (the server trusted this connection: a local socket, "
                "a client certificate or its own rules)")
    if location.has_password:
        return "with the password written in the address (pmdesk does not keep it)"
    if os.environ.get("PGPASSWORD"):
        return "with the password in the PGPASSWORD environment variable"
    options = _options(conn)
    service = options.get("service") or os.environ.get("PGSERVICE")
    if service and (found := _service_has_password(service)) is not None:
        return f"with the password of the service {service!r} in {found}"
    passfile = options.get("passfile") or os.environ.get("PGPASSFILE") or "~/.pgpass"
    if Path(passfile).expanduser().is_file():
        return f"with the password in {passfile}"
    return "with a password libpq found (it does not say where)"


def tls_in_words(conn: Connection) -> str:
    mode = _options(conn).get("sslmode", "prefer")
    if not conn.pgconn.ssl_in_use:
        return "not encrypted (no TLS)"
    if mode == "verify-full":
        return "encrypted, the server's certificate and name verified (sslmode=verify-full)"
    if mode == "verify-ca":
        return "encrypted, the server's certificate verified but not its name (verify-ca)"
    return f"encrypted, but the server is not verified (sslmode={mode})"


def describe(conn: Connection, location: TeamLocation) -> str:
    info = conn.info
    where = f"{info.host}:{info.port}" if info.host.startswith("/") is False else info.host
    return (f"Team library {info.dbname} on {where}, signed in as {info.user} "
            f"{credentials_source(conn, location)}; {tls_in_words(conn)}.")
