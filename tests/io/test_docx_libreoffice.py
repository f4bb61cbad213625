"""LibreOffice lays both exports out as PDF, and the text a reader sees is there.

CI installs LibreOffice (libreoffice-writer-nogui) and poppler-utils for pdftotext; where
they are missing the tests are skipped with that reason.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from pmdesk.io.docx.export import export_docx
from tests.io.docx_fixtures import ANALOGY, make_png, seed_postmortem

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(
        shutil.which("soffice") is None,
        reason="LibreOffice (soffice) is not installed; CI installs libreoffice-writer-nogui",
    ),
    pytest.mark.skipif(
        shutil.which("pdftotext") is None,
        reason="pdftotext is not installed; CI installs poppler-utils",
    ),
]


def _folded(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def pdf_texts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("libreoffice")
    pm = seed_postmortem()
    export_docx(pm, folder / "full.docx", chart_png=make_png(600, 200), today=date(2023, 11, 20))
    export_docx(pm, folder / "summary.docx", summary=True, today=date(2023, 11, 20))
    # A private profile: a user's running LibreOffice or a stale lock must not interfere.
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(folder / "full.docx"),
            str(folder / "summary.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    texts = {}
    for name in ("full", "summary"):
        pdf = folder / f"{name}.pdf"
        assert pdf.stat().st_size > 0, f"LibreOffice did not convert {name}.docx"
        out = subprocess.run(
            ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True, timeout=60
        )
        texts[name] = _folded(out.stdout)
    return texts


def test_full_report_converts_with_all_its_text(pdf_texts: dict[str, str]) -> None:
    text = pdf_texts["full"]
    for expected in (
        "The Great Downtime Debacle: A Postmortem",
        "At a glance",
        "Corrective and preventative measures",
        "The incident was escalated to the database team.",
        "Overdue",
        "Figure 1. Incident timeline",
        "Page 1 of",
    ):
        assert expected in text
    assert _folded(ANALOGY)[:60] in text


def test_summary_converts_without_the_analogy(pdf_texts: dict[str, str]) -> None:
    text = pdf_texts["summary"]
    assert "Leadership summary" in text
    assert "Follow-up tasks" in text
    assert "Page 1 of 1" in text  # the seed's summary fits on one page
    assert _folded(ANALOGY)[:60] not in text
