"""The incident library: a SQLite file with full-text search (no Qt here)."""

from pmdesk.storage.library import Library
from pmdesk.storage.migrations import SCHEMA_VERSION
from pmdesk.storage.search import fts_query, search_terms
from pmdesk.storage.stats import LibraryStats
from pmdesk.storage.types import (
    IncidentQuery,
    IncidentSummary,
    LibraryDamaged,
    LibraryError,
    LibraryTooNew,
    NotFound,
    OverdueTask,
    SortKey,
)

__all__ = [
    "SCHEMA_VERSION",
    "IncidentQuery",
    "IncidentSummary",
    "Library",
    "LibraryDamaged",
    "LibraryError",
    "LibraryStats",
    "LibraryTooNew",
    "NotFound",
    "OverdueTask",
    "SortKey",
    "fts_query",
    "search_terms",
]
