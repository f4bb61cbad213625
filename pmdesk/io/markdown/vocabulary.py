"""The exports' fixed words in every language pmdesk is translated to, so that a German
or Spanish pmdesk export imports again (`## Abschnitt 2: Zeitleiste`).

They are read from the translations themselves (resources/i18n/*.ts, the XML that
Qt Linguist edits; plain Python reads it, io does not import Qt), once, the first time an
import asks: a word translated anew is known to the importer at once.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from functools import cache
from importlib import resources

log = logging.getLogger(__name__)
CONTEXT = "ExportWords"


@cache
def translations() -> dict[str, tuple[str, ...]]:
    """English export word -> its finished translations, in every language shipped."""
    found: dict[str, list[str]] = {}
    folder = resources.files("pmdesk.resources") / "i18n"
    try:
        files = sorted((f for f in folder.iterdir() if f.name.endswith(".ts")),
                       key=lambda f: f.name)
    except (FileNotFoundError, NotADirectoryError):
        return {}
    for ts in files:
        try:
            root = ET.fromstring(ts.read_bytes())
        except (ET.ParseError, OSError) as exc:  # a broken file costs that language only
            log.warning("Cannot read the translations in %s: %s", ts.name, exc)
            continue
        for context in root.iter("context"):
            if context.findtext("name") != CONTEXT:
                continue
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                target = message.find("translation")
                text = target.text if target is not None else None
                if text and target is not None and target.get("type") is None:
                    found.setdefault(source, []).append(text)
    return {source: tuple(texts) for source, texts in found.items()}


def names_for(english: str) -> tuple[str, ...]:
    """The translations of one export word ("Timeline" -> "Zeitleiste", "Cronología")."""
    return translations().get(english, ())


def section_words() -> tuple[str, ...]:
    """The word before a section's number: "Abschnitt", "Sección" (from "Section {number}:
    {name}")."""
    words = []
    for text in names_for("Section {number}: {name}"):
        before = text.split("{number}")[0].strip()
        if before and "{" not in before:
            words.append(before)
    return tuple(words)
