"""The library's tables as of format 1, and the statements of later formats.

This text is frozen: a later format changes the schema through a new migration in
migrations.py (with its statements added at the end here), never by editing these
statements, so that every existing file can be brought forward step by step.
"""

from __future__ import annotations

# PRAGMA application_id of the files pmdesk makes ("pmdk"), so that another program's
# SQLite file is told apart from a library of a newer pmdesk. Libraries made before it
# was set have 0, and are known by their tables.
APPLICATION_ID = 0x706D646B
INCIDENTS = "incidents"
EVENTS = "events"
TASKS = "tasks"
FTS = "incidents_fts"

SCHEMA_V1: tuple[str, ...] = (
    """
    CREATE TABLE incidents (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL DEFAULT '',
        introduction TEXT NOT NULL DEFAULT '',
        severity TEXT,
        status TEXT NOT NULL DEFAULT 'draft',
        started_at TEXT,
        detected_at TEXT,
        resolved_at TEXT,
        timezone TEXT NOT NULL DEFAULT 'UTC',
        services TEXT NOT NULL DEFAULT '[]',
        authors TEXT NOT NULL DEFAULT '[]',
        tags TEXT NOT NULL DEFAULT '[]',
        impact TEXT NOT NULL DEFAULT '[]',
        root_cause TEXT NOT NULL DEFAULT '',
        root_cause_detail TEXT NOT NULL DEFAULT '',
        resolution TEXT NOT NULL DEFAULT '',
        improvements TEXT NOT NULL DEFAULT '[]',
        analogy TEXT NOT NULL DEFAULT '',
        conclusion TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        -- Derived from the rest on every write (see derived.py), for fast listing.
        severity_rank INTEGER NOT NULL DEFAULT 0,
        status_rank INTEGER NOT NULL DEFAULT 0,
        year INTEGER,
        month TEXT,
        duration_s REAL,
        ttd_s REAL,
        ttr_s REAL,
        open_tasks INTEGER NOT NULL DEFAULT 0,
        done_tasks INTEGER NOT NULL DEFAULT 0,
        next_due TEXT
    )
    """,
    """
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'note',
        position INTEGER NOT NULL DEFAULT 0
    )
    """,
    """
    CREATE TABLE tasks (
        id TEXT PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        description TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        due TEXT,
        status TEXT NOT NULL DEFAULT 'open',
        type TEXT NOT NULL DEFAULT 'prevent',
        position INTEGER NOT NULL DEFAULT 0
    )
    """,
    "CREATE INDEX events_by_incident ON events(incident_id, at, position)",
    # Also counts an incident's overdue tasks without reading the table.
    "CREATE INDEX tasks_by_incident ON tasks(incident_id, status, due)",
    "CREATE INDEX tasks_by_status_due ON tasks(status, due, incident_id)",
    # The listing always excludes the trash, so partial indexes over live incidents
    # serve it; each index also ends in the rowid, which breaks ties by id for free.
    "CREATE INDEX live_by_started ON incidents(started_at) WHERE deleted_at IS NULL",
    "CREATE INDEX live_by_severity ON incidents(severity_rank) WHERE deleted_at IS NULL",
    "CREATE INDEX live_by_status ON incidents(status_rank) WHERE deleted_at IS NULL",
    "CREATE INDEX live_by_year ON incidents(year) WHERE deleted_at IS NULL",
    "CREATE INDEX live_by_title ON incidents(title COLLATE NOCASE) WHERE deleted_at IS NULL",
    "CREATE INDEX live_by_duration ON incidents(duration_s) WHERE deleted_at IS NULL",
    "CREATE INDEX live_by_open_tasks ON incidents(open_tasks) WHERE deleted_at IS NULL",
    "CREATE INDEX live_by_updated ON incidents(updated_at) WHERE deleted_at IS NULL",
    "CREATE INDEX live_by_month ON incidents(month) WHERE deleted_at IS NULL",
    "CREATE INDEX trash ON incidents(deleted_at) WHERE deleted_at IS NOT NULL",
    # One row per incident, rowid = incident id, rebuilt in the transaction of every
    # write to that incident. It keeps its own copy of the text (not contentless)
    # because the text is assembled from three tables.
    """
    CREATE VIRTUAL TABLE incidents_fts USING fts5(
        title, body, people, timeline, tasks,
        tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
)

# Format 2: the same search table with prefix indexes. Search-as-you-type ends every
# query in a prefix ("pa"*); without them FTS5 merges the entries of every indexed word
# starting with those letters (50-180 ms for one or two letters at 100,000 incidents).
# With them a one- or two-letter prefix is one entry to read; longer prefixes
# match few words and are fast without one. The cost is space: at 100,000 incidents
# the search index grows from 74 to 166 MB, the library file by 16%.
FTS_V2 = """
    CREATE VIRTUAL TABLE incidents_fts USING fts5(
        title, body, people, timeline, tasks,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2'
    )
    """
FTS_V2_COLUMNS: tuple[str, ...] = ("title", "body", "people", "timeline", "tasks")

# Format 3: the overdue list (open tasks due before today, with their incident's title)
# read from two covering indexes. Through tasks_by_status_due it visited each task's row
# and its incident's row: 22,000 random reads for 11,000 overdue tasks of 100,000
# incidents, 1.5 s from a cold disk (0.14-0.26 s from these; 79 -> 35 ms warm), in the
# list's order. Open tasks only, live incidents only: ~9 MB at 100,000 incidents. The
# columns of the partial indexes' conditions are in them too: without them SQLite reads
# the row to test the condition again.
OVERDUE_INDEXES: tuple[str, ...] = (
    "CREATE INDEX tasks_overdue ON tasks(due, incident_id, position, id, owner, description,"
    " status) WHERE status = 'open'",
    "CREATE INDEX live_titles ON incidents(id, title, deleted_at) WHERE deleted_at IS NULL",
)
