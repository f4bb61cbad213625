"""The incident library: a SQLite file with full-text search (no Qt here). What it is
asked and answers (queries, rows, figures) is in pmdesk.domain.listing."""

from pmdesk.storage.library import Library
from pmdesk.storage.migrations import SCHEMA_VERSION
from pmdesk.storage.search import fts_query, search_terms
from pmdesk.storage.types import LibraryDamaged, LibraryError, LibraryTooNew

__all__ = [
    "SCHEMA_VERSION",
    "Library",
    "LibraryDamaged",
    "LibraryError",
    "LibraryTooNew",
    "fts_query",
    "search_terms",
]
