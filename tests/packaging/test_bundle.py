"""Smoke test of the built app: the PyInstaller bundle and the wheel installed in a venv.

`make test` builds both first (scripts/build-bundle); run alone, these tests are skipped
until a bundle exists.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from pmdesk import __version__

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("PMDESK_BUNDLE_DIR", ROOT / "build" / "dist" / "pmdesk"))
_VENV_NOTE = ROOT / "build" / "wheel-venv"  # written by scripts/build-bundle
WHEEL_VENV = Path(_VENV_NOTE.read_text().strip()) if _VENV_NOTE.exists() else ROOT / "none"
SAMPLE = ROOT / "resources" / "sample_postmortem.md"

needs_bundle = pytest.mark.skipif(
    not (BUNDLE / "pmdesk").exists(), reason="no bundle built; `make bundle` builds it"
)


def _run(exe: Path, *args: str, cwd: Path, env_extra: dict[str, str] | None = None
         ) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(cwd),
        "XDG_DATA_HOME": str(cwd / "data"),
        "XDG_STATE_HOME": str(cwd / "state"),
        "XDG_CONFIG_HOME": str(cwd / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        **(env_extra or {}),
    }
    return subprocess.run([str(exe), *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def _smoke(exe: Path, tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite3"
    out = _run(exe, "--version", cwd=tmp_path)
    assert out.returncode == 0 and out.stdout.strip() == f"pmdesk {__version__}"
    imported = _run(exe, "import", str(SAMPLE), "--db", str(db), cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    new_id = imported.stdout.split()[0]  # "id  title  6 events  3 tasks  0 paragraphs..."
    docx = tmp_path / "report.docx"
    md = tmp_path / "report.md"
    for fmt, target in (("docx", docx), ("md", md)):
        done = _run(exe, "export", new_id, "--format", fmt, "-o", str(target), "--db", str(db),
                    cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(docx) as archive:
        assert "The Great Downtime Debacle" in archive.read("word/document.xml").decode()
    assert "**10:30 AM UTC:**" in md.read_text(encoding="utf-8")
    window = _run(exe, "--db", str(db), "--quit-after", "1500", cwd=tmp_path)
    assert window.returncode == 0, window.stderr
    log = tmp_path / "state" / "pmdesk" / "log" / "pmdesk.log"
    assert "main window shown" in log.read_text(encoding="utf-8")


@needs_bundle
def test_bundle_runs_without_python(tmp_path: Path) -> None:
    _smoke(BUNDLE / "pmdesk", tmp_path)


@needs_bundle
def test_bundle_opens_a_team_library(tmp_path: Path, team_url: str) -> None:
    """psycopg's C part and the libpq, libssl and libcrypto it brings are in the bundle."""
    listed = _run(BUNDLE / "pmdesk", "list", "--db", team_url, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "Example: " in listed.stdout


@pytest.mark.skipif(not (WHEEL_VENV / "bin" / "pmdesk").exists(),
                    reason="no wheel install; `make bundle` makes one")
def test_installed_wheel_finds_its_resources(tmp_path: Path) -> None:
    # Run from a folder outside the checkout: resources must come from site-packages.
    _smoke(WHEEL_VENV / "bin" / "pmdesk", tmp_path)


@pytest.mark.parametrize(
    ("tool", "args", "name"),
    [
        ("desktop-file-validate", [], "org.pmdesk.PmDesk.desktop"),
        ("appstreamcli", ["validate", "--no-net", "--pedantic"], "org.pmdesk.PmDesk.metainfo.xml"),
    ],
)
def test_desktop_integration_files_validate(tool: str, args: list[str], name: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (scripts/install-system-deps test installs it)")
    out = subprocess.run([tool, *args, str(ROOT / "packaging" / name)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


@needs_bundle
def test_the_bundle_carries_the_translations() -> None:
    """The windows' German and Spanish (built from resources/i18n/*.ts), Qt's own words
    for them and the guide in both are in the bundle."""
    for name in ("pmdesk_de.qm", "pmdesk_es.qm", "qtbase_de.qm", "qtbase_es.qm",
                 "guide_de.html", "guide_es.html"):
        assert list(BUNDLE.rglob(name)), f"{name} is missing from the bundle"
