"""The windows and widgets (PySide6). Nothing below pmdesk.ui is imported by the
domain, storage, io, render or services layers."""
