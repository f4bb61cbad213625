"""pmdesk: incident postmortems for people who are not engineers."""

__version__ = "0.1.0"
