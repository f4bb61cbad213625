"""Daily backups of the library, and putting one back when the library is damaged.

Backups live in a `backups` folder beside the library: at most one a day, the newest
KEEP kept. They are written with SQLite's backup API, so a library in WAL mode is copied
whole and consistent even while it is open.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

KEEP = 7


def backup_folder(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def _backups(db_path: Path) -> list[Path]:
    folder = backup_folder(db_path)
    stem = Path(db_path).stem
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{stem}-????-??-??.sqlite3"))


def newest_backup(db_path: Path) -> Path | None:
    found = _backups(db_path)
    return found[-1] if found else None


def copy_database(source: Path, target: Path) -> None:
    """Consistent copy of a live SQLite file (WAL content included), via a temp file."""
    tmp = target.with_name(f".{target.name}.tmp")
    # A URI, so that '#' or '?' in a folder name is not read as part of the query.
    src = sqlite3.connect(Path(source).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            tables = {r[0] for r in dst.execute("SELECT name FROM sqlite_master")}
        finally:
            dst.close()
        if "incidents" not in tables:
            tmp.unlink(missing_ok=True)
            raise sqlite3.DatabaseError(f"{source} holds no pmdesk library; nothing backed up")
    finally:
        src.close()
    os.replace(tmp, target)


def daily_backup(db_path: Path, today: date | None = None, keep: int = KEEP) -> Path | None:
    """Back the library up once per day; returns the new backup or None if one exists."""
    db_path = Path(db_path)
    if not db_path.exists():
        return None
    day = (today or date.today()).isoformat()
    target = backup_folder(db_path) / f"{db_path.stem}-{day}.sqlite3"
    if target.exists():
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    copy_database(db_path, target)
    for old in _backups(db_path)[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def restore_backup(backup: Path, db_path: Path) -> Path:
    """Put a backup in place of a damaged library. The damaged file is renamed, never
    changed, so nothing in it is lost; returns where it now is."""
    db_path = Path(db_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
    os.replace(db_path, kept)
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, kept.with_name(kept.name + suffix))
    shutil.copyfile(backup, db_path)
    return kept
