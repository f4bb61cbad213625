"""Every package of pmdesk is in the wheel: a package missing from pyproject.toml works
from a checkout and breaks only for users who install pmdesk."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "pmdesk").rglob("__init__.py")
    }
    assert found - listed == set()
