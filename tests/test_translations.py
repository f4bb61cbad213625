"""Every string the windows and the exports show is translated into German and Spanish.

lupdate reads the sources into a copy of each committed .ts file: a string added to the
code since (new, unfinished), one whose English changed, or one gone from the code
(vanished) fails the test, as does an entry left unfinished or empty in the committed
file. Fix: `make translations`, translate what is unfinished, commit the .ts files.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.i18n_support import I18N, LANGUAGES, ROOT, TOOLS

Entry = tuple[str, str]  # context, English


def _entries(ts: Path) -> dict[Entry, ET.Element]:
    found: dict[Entry, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _problem(message: ET.Element) -> str | None:
    translation = message.find("translation")
    if translation is None:
        return "no translation"
    kind = translation.get("type")
    if kind is not None:
        return kind  # unfinished, vanished, obsolete
    if not (translation.text or "").strip():
        return "empty"
    return None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_string_is_left_untranslated(lang: str, tmp_path: Path) -> None:
    committed = I18N / f"pmdesk_{lang}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    sources = sorted(str(p) for p in (ROOT / "pmdesk").rglob("*.py"))
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(fresh)],
        check=True, capture_output=True, cwd=ROOT,
    )
    before, after = _entries(committed), _entries(fresh)
    problems = [f"{ctx} / {src!r}: {why}" for (ctx, src), message in after.items()
                if (why := _problem(message)) is not None]
    problems += [f"{ctx} / {src!r}: not in the committed {committed.name}"
                 for ctx, src in after.keys() - before.keys()]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_every_placeholder_and_shortcut(lang: str) -> None:
    """A translation that drops {name} would raise at .format(); one that loses the & of
    a menu entry loses its Alt key."""
    fields = re.compile(r"\{[^{}]*\}|%1")
    wrong = []
    for (ctx, source), message in _entries(I18N / f"pmdesk_{lang}.ts").items():
        text = message.findtext("translation") or ""
        if sorted(fields.findall(source)) != sorted(fields.findall(text)):
            wrong.append(f"{ctx} / {source!r}: placeholders differ in {text!r}")
        if ("&" in source.replace("&nbsp;", "")) != ("&" in text.replace("&nbsp;", "")):
            wrong.append(f"{ctx} / {source!r}: keyboard shortcut (&) differs in {text!r}")
    assert not wrong, "\n".join(wrong)
