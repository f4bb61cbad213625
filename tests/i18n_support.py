"""Helpers for the language tests: the built translations, and a language switched on for
one test and back to the tests' own ("C", set by tests/conftest.py) afterwards."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("de", "es")
TOOLS = Path(sys.executable).parent  # pyside6-lupdate and pyside6-lrelease live beside it


def build_translations() -> None:
    """The .qm files from the .ts files, as the setup makes them (scripts/i18n build),
    when one is missing or older than its .ts."""
    for lang in LANGUAGES:
        ts, qm = I18N / f"pmdesk_{lang}.ts", I18N / f"pmdesk_{lang}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                           check=True)


@contextmanager
def language(name: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The app in the language called name (as `pmdesk --lang name` starts it) for the
    block; the tests' language again after it, whatever happened inside."""
    from pmdesk.services.language import install_language

    build_translations()
    monkeypatch.setenv("PMDESK_LANG", name)
    install_language(name)
    try:
        yield
    finally:
        monkeypatch.setenv("PMDESK_LANG", "C")
        install_language("C")
