"""Front matter: the YAML (`---`) or TOML (`+++`) block static-site generators put at the
top of a page, holding the title, authors, date and tags.

TOML is read by the standard library. YAML is read for what front matter holds: `key:
value` lines, quoted strings, `[a, b]` lists and `- item` lists, nested keys (flattened
as `parent.child`); a line it cannot read is kept as text. Keys that name no field of a
postmortem are kept in notes, so nothing is dropped.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
_YAML_KEY = re.compile(r"^(?P<indent>\s*)(?P<key>[\w.-][\w .-]*?)\s*:(?:\s+(?P<value>.*))?$")
_YAML_ITEM = re.compile(r"^(?P<indent>\s*)-\s+(?P<value>.*)$")


@dataclass(slots=True)
class FrontMatter:
    values: dict[str, list[str]] = field(default_factory=dict)  # key -> its values as text
    unread: list[str] = field(default_factory=list)  # lines that are no key and value
    kind: str = ""  # "YAML" or "TOML"


def split_front_matter(text: str) -> tuple[FrontMatter | None, str]:
    """(front matter, the rest of the text); (None, text) without front matter."""
    lines = text.split("\n")
    first = lines[0].strip() if lines else ""
    if first not in _FENCES:
        return None, text
    for end in range(1, len(lines)):
        if lines[end].strip() in _FENCES[first]:
            body = "\n".join(lines[1:end])
            rest = "\n".join(lines[end + 1 :])
            matter = _toml(body) if first == "+++" else _yaml(body)
            if matter is None:
                return None, text
            return matter, rest
    return None, text


def _as_text(value: Any) -> list[str]:
    if isinstance(value, list | tuple):
        return [t for item in value for t in _as_text(item)]
    if isinstance(value, datetime | date):
        return [value.isoformat()]
    if isinstance(value, bool):
        return ["true" if value else "false"]
    return [str(value)] if str(value).strip() else []


def _flatten(table: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    for key, value in table.items():
        if isinstance(value, dict):
            yield from _flatten(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def _toml(body: str) -> FrontMatter | None:
    try:
        table = tomllib.loads(body)
    except tomllib.TOMLDecodeError:
        # Not TOML after all; a YAML reading keeps every line either way.
        return _yaml(body)
    return FrontMatter({k: _as_text(v) for k, v in _flatten(table)}, kind="TOML")


def _scalar(text: str) -> str:
    value = text.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _inline_list(text: str) -> list[str] | None:
    value = text.strip()
    if not (value.startswith("[") and value.endswith("]")):
        return None
    return [v for v in (_scalar(part) for part in value[1:-1].split(",")) if v]


def _yaml(body: str) -> FrontMatter | None:
    matter = FrontMatter(kind="YAML")
    parents: list[tuple[int, str]] = []  # (indent, key) of open mappings
    last_key: str | None = None
    for line in body.split("\n"):
        if not line.strip():
            continue
        if line.lstrip().startswith("#"):
            matter.unread.append(line.strip().lstrip("#").strip())  # a comment: words kept
            continue
        key_match = _YAML_KEY.match(line)
        item_match = _YAML_ITEM.match(line)
        if item_match is not None and last_key is not None:
            matter.values.setdefault(last_key, []).append(_scalar(item_match["value"]))
        elif key_match is not None:
            indent = len(key_match["indent"])
            while parents and parents[-1][0] >= indent:
                parents.pop()
            key = ".".join([*(p[1] for p in parents), key_match["key"].strip()])
            value = key_match["value"] or ""
            if not value.strip():
                parents.append((indent, key_match["key"].strip()))
                last_key = key
                continue
            listed = _inline_list(value)
            matter.values[key] = listed if listed is not None else [_scalar(value)]
            last_key = key
        else:
            matter.unread.append(line.strip())
    if not matter.values:
        return None
    return matter
