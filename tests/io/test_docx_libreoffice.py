"""LibreOffice lays the Word exports out as a reader sees them: all their text is there,
the leadership summary stays on one page whatever the incident holds, and no page is
left mostly empty before a page that starts with a heading (headings keep with what
follows; nothing forces a page break).

CI installs LibreOffice (libreoffice-writer-nogui) and poppler-utils for pdftotext; where
they are missing the tests are skipped with that reason.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from pmdesk.io.docx.export import export_docx
from pmdesk.io.formats import ExportOptions
from tests.io.docx_fixtures import ANALOGY, long_postmortem, make_png, seed_postmortem
from tests.io.libreoffice_layout import convert, gaps_before_headings, pages_of, text_of

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
TODAY = date(2023, 11, 20)
SUMMARY = ExportOptions(summary=True)


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample's and a 200-event incident's report and summary, laid out once."""
    folder = tmp_path_factory.mktemp("libreoffice")
    seed, long = seed_postmortem(), long_postmortem()
    files = {
        "full": (seed, ExportOptions(), make_png(600, 200)),
        "summary": (seed, SUMMARY, None),
        "long full": (long, ExportOptions(), make_png(600, 500)),
        "long summary": (long, ExportOptions(summary=True, analogy=True), None),
        "long summary without names": (long, ExportOptions(summary=True, names=False), None),
    }
    paths = {}
    for name, (pm, options, chart) in files.items():
        paths[name] = folder / f"{name.replace(' ', '-')}.docx"
        export_docx(pm, paths[name], options, chart_png=chart, today=TODAY)
    convert(folder, *paths.values())
    return paths


def test_full_report_converts_with_all_its_text(laid_out: dict[str, Path]) -> None:
    text = text_of(laid_out["full"])
    for expected in (
        "The Great Downtime Debacle: A Postmortem",
        "Prepared by Dana Ops and Lee Support on 20 November 2023",
        "Issue summary",
        "Corrective and preventative measures",
        "The incident was escalated to the database team.",
        "Overdue",
        "Figure 1. Incident timeline",
        "Page 1 of",
    ):
        assert expected in text
    assert " ".join(ANALOGY.split())[:60] in text


def test_summary_is_one_page_without_the_analogy(laid_out: dict[str, Path]) -> None:
    text = text_of(laid_out["summary"])
    assert "Leadership summary" in text
    assert "Prepared by Dana Ops and Lee Support on 20 November 2023" in text
    assert "Follow-up tasks" in text
    assert "Page 1 of 1" in text
    assert " ".join(ANALOGY.split())[:60] not in text
    assert len(pages_of(laid_out["summary"])) == 1


@pytest.mark.parametrize("name", ["long summary", "long summary without names"])
def test_summary_of_a_long_incident_stays_one_page(laid_out: dict[str, Path], name: str) -> None:
    pages = pages_of(laid_out[name])
    assert len(pages) == 1, [p.first_line for p in pages]
    text = text_of(laid_out[name])
    assert "more tasks" in text and "in the full report" in text  # says what it left out
    assert ("Owner 1" in text) == ("names" not in name)


@pytest.mark.parametrize("name", ["full", "long full"])
def test_no_page_is_left_mostly_empty_before_a_heading(
    laid_out: dict[str, Path], name: str
) -> None:
    assert gaps_before_headings(laid_out[name]) == []
