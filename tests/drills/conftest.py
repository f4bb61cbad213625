"""Set-up shared by the drills: a small disk of their own."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def mount_point(tmp_path: Path) -> Iterator[Path]:
    """A fresh folder with a 256 KiB tmpfs mounted on it; unmounted whatever happens.
    Skips, with the reason, where mounting is not permitted."""
    folder = tmp_path / f"mnt-{uuid.uuid4().hex[:8]}"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k,mode=0755", "tmpfs", str(folder)],
        capture_output=True, text=True, check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip() or 'not permitted'}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)
