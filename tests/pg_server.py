"""A throwaway PostgreSQL cluster for the tests and the benchmark.

initdb into a fresh folder, started with pg_ctl on a free loopback port (its unix socket
in that folder too), stopped and removed afterwards. PostgreSQL refuses to run as root,
so as root the cluster runs as the `postgres` user that Debian's package makes. Where no
server is installed the tests that need one skip with the reason, unless
PMDESK_REQUIRE_POSTGRES is set (CI sets it): then a missing server fails them.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

REQUIRE = "PMDESK_REQUIRE_POSTGRES"
# A server started outside the tests (CI's .ci/run: scripts/test-postgres): its admin URL.
GIVEN = "PMDESK_TEST_PG"
ADMIN = "pmdesk_admin"


class ServerMissing(Exception):
    pass


def bin_dir() -> Path:
    given = os.environ.get("PMDESK_PG_BIN")
    if given:
        return Path(given)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise ServerMissing("PostgreSQL is not installed (no initdb; on Debian: apt-get install "
                        "postgresql)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class GivenServer:
    """A server someone else started (PMDESK_TEST_PG); databases are made on it, and it is
    left running."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self._names = itertools.count(1)
        self._prefix = f"t{os.getpid()}_"

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(self.admin_url)
        netloc = parts.netloc if user is None else f"{user}@{parts.netloc.rpartition('@')[2]}"
        return urlunsplit(parts._replace(netloc=netloc, path=f"/{database}"))

    def admin(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def new_database(self) -> str:
        name = f"{self._prefix}{next(self._names)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE template0 STRATEGY FILE_COPY")
        return self.url(name)

    def start(self) -> GivenServer:
        return self

    def stop(self) -> None:
        pass


def server(*, durable: bool = False) -> PgServer | GivenServer:
    """The given server if there is one, else a new cluster of our own (not started)."""
    given = os.environ.get(GIVEN)
    return GivenServer(given) if given else PgServer(durable=durable)


@contextlib.contextmanager
def server_or_skip() -> Iterator[None]:
    """Around making or starting a server: without one the test is skipped, or fails
    where REQUIRE is set (CI installs PostgreSQL, so a server that does not start there is
    a fault to see, not a reason to skip)."""
    import pytest

    try:
        yield
    except ServerMissing as exc:
        if os.environ.get(REQUIRE):
            pytest.fail(f"{REQUIRE} is set but no PostgreSQL server could start: {exc}")
        pytest.skip(f"no PostgreSQL server for the team-library tests: {exc}")


class PgServer:
    def __init__(self, *, durable: bool = False, folder: Path | None = None,
                 options: tuple[str, ...] = (), auth: tuple[str, ...] = ("-A", "trust")
                 ) -> None:
        """folder: keep the cluster there across runs (the benchmark's cache); by
        default a new temporary folder, removed by stop()."""
        self.bin = bin_dir()
        self.kept = folder is not None
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder or Path(tempfile.mkdtemp(prefix="pmdesk-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.durable = durable  # False: no fsync, for quick tests; True for benchmarks
        self.options = list(options)  # more "-c name=value" for the server
        self.auth = auth  # initdb's authentication options
        self._user: list[str] = []
        self._names = itertools.count(1)
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError as exc:
                raise ServerMissing("running as root and there is no postgres user") from exc
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
            self._user = ["runuser", "-u", "postgres", "--"]

    def owns(self, path: Path) -> None:
        """Give path to the user the server runs as (its key must be that user's)."""
        if self._user:
            owner = pwd.getpwnam("postgres")
            os.chown(path, owner.pw_uid, owner.pw_gid)

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self._user, *args], capture_output=True, text=True,
                              check=False, cwd=self.folder)
        if done.returncode != 0:
            raise ServerMissing(f"{Path(args[0]).name} failed: {done.stderr.strip()[-500:]}")

    def start(self) -> PgServer:
        if not (self.data / "PG_VERSION").exists():
            self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", ADMIN, *self.auth,
                      "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = [f"-p {self.port}", "-c listen_addresses=127.0.0.1",
                   f"-c unix_socket_directories={self.folder}", "-c max_connections=200"]
        if not self.durable:
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        else:  # the benchmark's: a server as a team would run it (fsync on, a real cache)
            options += ["-c shared_buffers=512MB"]
        options += self.options
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.folder / "server.log"), "-w", "-t", "60", "-o", " ".join(options),
                  "start")
        return self

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        return f"postgresql://{user or ADMIN}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def new_database(self, name: str | None = None) -> str:
        name = name or f"lib{next(self._names)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE template0 STRATEGY FILE_COPY")
        return self.url(name)

    def database(self, name: str) -> str:
        """The database called name, made if it is not there yet."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if found.fetchone() is None:
                conn.execute(f"CREATE DATABASE {name} TEMPLATE template0")  # type: ignore[arg-type]
        return self.url(name)

    def stop(self) -> None:
        with contextlib.suppress(ServerMissing):
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m",
                      "fast" if self.kept else "immediate", "-w", "stop")
        if not self.kept:
            shutil.rmtree(self.folder, ignore_errors=True)
