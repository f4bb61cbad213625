"""A team library on PostgreSQL beside the SQLite file: search keystrokes and autosave.

The same incidents in both engines (build/bench-cache/library-COUNT.sqlite3, copied into
a PostgreSQL database with `pmdesk copy`'s code, once, and kept in a cluster of its own
under build/bench-cache/postgres, started for the run and stopped after, fsync on).

- Search: the queries of the search benchmark's four phrases, typed a key at a time
  (every prefix), as the window's search reader asks them: ids(query) on a library that
  serves searches (the kept order filtered by the matches), then the same typing again
  (the server's cache warm, as on a server in use). Storage only: the window's own
  part (timer, model reset, paint: ~10-20 ms, bench_search) comes on top in both.
  Then what the window waits for before it paints: first_ids (the first rows, tested
  by id), or ids where the store has no quicker first answer.
- Search in the window (bench_search's WindowTyping in a fresh process), key press to
  the table repainted: first in the window opened right after the server started
  (its cache cold: the first letters typed after a restart), then in another one
  after the storage figures. Also from each phrase's last key to every match listed
  (the count shown), where the first rows came before the rest.
- Autosave: save_changes of a title with the editor's base, on random incidents, one
  every 25 ms (bench_autosave's store_autosave_times), over loopback.

Skipped with a note when PostgreSQL is not installed.

    .venv/bin/python -m bench.bench_postgres [--quick]
"""

from __future__ import annotations

import sys
import time
from datetime import date

from bench.bench_autosave import store_autosave_times
from bench.bench_search import PHRASES
from bench.common import CACHE, cli_main, figure, library, median, note, percentile
from pmdesk.storage.interface import LibraryStore

FULL_SIZE, QUICK_SIZE = 100_000, 10_000
SEARCH_GOAL, AUTOSAVE_GOAL = "< 50 ms", "median < 10 ms"


def _prefixes() -> list[str]:
    return [phrase[:n] for phrase in PHRASES for n in range(1, len(phrase) + 1)]


def keystroke_times(lib: LibraryStore) -> list[float]:
    """Milliseconds per keystroke's query; the unsearched list asked first, as the window
    does when it opens (prepare_search_later)."""
    from pmdesk.domain.listing import IncidentQuery

    today = date.today()
    lib.serve_searches()
    lib.ids(IncidentQuery(), today)
    times = []
    for text in _prefixes():
        began = time.perf_counter()
        lib.ids(IncidentQuery(search=text), today)
        times.append((time.perf_counter() - began) * 1000)
    return times


def first_rows_times(lib: LibraryStore) -> list[float]:
    """Milliseconds per keystroke until the window's reader has the ids it paints first."""
    from pmdesk.domain.listing import IncidentQuery
    from pmdesk.services.search_reads import FIRST_ROWS

    today = date.today()
    lib.serve_searches()
    lib.ids(IncidentQuery(), today)
    times = []
    for text in _prefixes():
        query = IncidentQuery(search=text)
        began = time.perf_counter()
        if lib.first_ids(query, today, FIRST_ROWS) is None:
            lib.ids(query, today)
        times.append((time.perf_counter() - began) * 1000)
    return times


def team_library(server: object, count: int) -> str:
    """The database bench_COUNT on the benchmark's cluster, holding the COUNT-incident
    library (copied from the SQLite one the first time)."""
    from pmdesk.storage.copying import copy_library
    from pmdesk.storage.location import TeamLocation
    from pmdesk.storage.opener import open_store

    url: str = server.database(f"bench_{count}")  # type: ignore[attr-defined]
    with open_store(TeamLocation(url)) as team:
        held = team.totals()["incidents"]
    if held != count:
        note(f"copying {count:,} incidents into PostgreSQL (once; kept in the cache)")
        began = time.perf_counter()
        server.admin(f"DROP DATABASE bench_{count} WITH (FORCE)")  # type: ignore[attr-defined]
        url = server.database(f"bench_{count}")  # type: ignore[attr-defined]
        with open_store(library(count, log=note)) as source, \
                open_store(TeamLocation(url)) as team:
            copy_library(source, team)
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")
        note(f"copied in {time.perf_counter() - began:.0f} s")
    return url


def run(quick: bool = False) -> list[dict[str, object]]:
    from pmdesk.storage.location import TeamLocation
    from pmdesk.storage.opener import open_store
    from tests.pg_server import PgServer, ServerMissing

    count = QUICK_SIZE if quick else FULL_SIZE
    saves = 150 if quick else 400
    try:
        server = PgServer(durable=True, folder=CACHE / "postgres").start()
    except ServerMissing as exc:
        note(f"PostgreSQL figures skipped: {exc}")
        return [figure("postgres", None, "", note=f"skipped: {exc}")]
    try:
        url = team_library(server, count)
        sqlite_path = library(count, log=note)
        # The first letters typed after the server started, in the window; then again
        # from a cold server for the storage figures' first typing.
        lines = window_keystrokes(url, count, "cold")
        server.stop()
        server.start()
        for engine, location in (("postgres", TeamLocation(url)), ("sqlite", sqlite_path)):
            with open_store(location) as lib:
                keys = keystroke_times(lib)
                again = keystroke_times(lib)  # the same phrases typed again
                first = first_rows_times(lib)
            with open_store(location) as lib:
                saved, _ = store_autosave_times(lib, saves)
            what = f"{engine}_{count}_incidents"
            lines += [
                figure(f"search_keystroke_{what}_median", median(keys), "ms",
                       goal=SEARCH_GOAL, note=f"{len(keys)} keystrokes, query only"),
                figure(f"search_keystroke_{what}_slowest", max(keys), "ms", goal=SEARCH_GOAL,
                       note="the first typing after the server (or the file) was opened"),
                figure(f"search_keystroke_{what}_again_median", median(again), "ms",
                       goal=SEARCH_GOAL, note="the same phrases typed a second time"),
                figure(f"search_keystroke_{what}_again_slowest", max(again), "ms",
                       goal=SEARCH_GOAL),
                figure(f"search_keystroke_{what}_first_rows_median", median(first), "ms",
                       goal=SEARCH_GOAL, note="what the window paints first: first_ids, "
                       "else ids (the same typing, a third time)"),
                figure(f"search_keystroke_{what}_first_rows_slowest", max(first), "ms",
                       goal=SEARCH_GOAL),
                figure(f"autosave_title_{what}_median", median(saved), "ms",
                       goal=AUTOSAVE_GOAL, note=f"x{saves}, loopback" if engine == "postgres"
                       else f"x{saves}"),
                figure(f"autosave_title_{what}_p99", percentile(saved, 0.99), "ms"),
            ]
        return lines + window_keystrokes(url, count, "warm")
    finally:
        server.stop()


def window_keystrokes(url: str, count: int, cache: str) -> list[dict[str, object]]:
    """bench_search's measure on the team library: a fresh process opens the main window
    on it and types the four phrases; key press to the table repainted."""
    import json

    from bench.bench_search import _CHILD, keystrokes
    from bench.common import child_report

    report = json.loads(" ".join(child_report(
        _CHILD, [url, json.dumps(list(PHRASES))], "REPORT", timeout=600)))
    times = [float(ms) for ms in report["keystrokes_ms"]]
    slowest = max(range(len(times)), key=times.__getitem__)
    # The warm window's median keeps the name it had before the cold one was measured.
    what = f"window_postgres_{count}_incidents" + ("_cold" if cache == "cold" else "")
    where = ("the window opened right after the server started" if cache == "cold"
             else "a window opened after the storage figures (the server's cache warm)")
    whole = [float(ms) for ms in report["whole_ms"]]
    return [
        figure(f"search_keystroke_{what}_median", median(times), "ms", goal=SEARCH_GOAL,
               note=f"key press to the table repainted, {where}"),
        figure(f"search_keystroke_{what}_slowest", times[slowest], "ms",
               note=f"{keystrokes()[slowest]!r}; the first three: "
               + ", ".join(f"{ms:.0f}" for ms in times[:3]) + " ms"),
        figure(f"search_{what}_all_matches_median", median(whole), "ms",
               note="each phrase's last key to every match listed and counted: "
               + ", ".join(f"{ms:.0f}" for ms in whole) + " ms"),
    ]


def main(argv: list[str] | None = None) -> int:
    return cli_main(__doc__, run, "10,000 incidents", argv)


if __name__ == "__main__":
    sys.exit(main())
