"""The team library: the storage interface on a PostgreSQL server (psycopg 3).

Imported only when a postgresql:// location is opened, so that a SQLite library's start
pays nothing for psycopg.
"""
