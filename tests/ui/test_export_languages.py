"""Word and Markdown exports in the writer's language: their fixed headings, table
headers and lines in German or Spanish, and a German or Spanish Markdown export that
imports again as the same postmortem."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem, Task
from pmdesk.io.docx.export import export_docx
from pmdesk.io.formats import ExportOptions
from pmdesk.io.markdown.export import to_markdown
from pmdesk.io.markdown.importer import parse_markdown
from pmdesk.services.exports import export_words
from pmdesk.workspace import sample_postmortem
from tests.i18n_support import language

PREPARED = date(2023, 11, 20)
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample_postmortem.md"


def _sample() -> Postmortem:
    pm = sample_postmortem()
    assert pm.timeline and pm.actions and pm.improvements and pm.root_cause_detail
    return dataclasses.replace(pm, authors=["Dana Ops", "Lee Support"])


def _docx_text(path: Path) -> tuple[list[str], list[str], list[list[str]]]:
    """Headings, other paragraphs and the tables' header rows of a Word file."""
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    others = [p.text for p in document.paragraphs if not p.style.name.startswith("Heading")]
    headers = [[c.text for c in t.rows[0].cells] for t in document.tables]
    return headings, others, headers


def _export(pm: Postmortem, path: Path, **options: object) -> None:
    export_docx(pm, path, ExportOptions(words=export_words(), **options),  # type: ignore[arg-type]
                today=PREPARED)


def test_german_word_report_and_markdown_have_german_headings(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    pm = _sample()
    with language("de", monkeypatch):
        report = tmp_path / "bericht.docx"
        _export(pm, report)
        markdown = to_markdown(pm, options=ExportOptions(words=export_words()))
    headings, others, headers = _docx_text(report)
    assert headings[:3] == ["Einleitung", "Zusammenfassung des Vorfalls", "Auswirkungen"]
    assert "Zeitleiste" in headings and "Korrektur- und Vorbeugemaßnahmen" in headings
    assert "Erstellt von Dana Ops und Lee Support am 20. November 2023" in "\n".join(others)
    assert ["Zeit (UTC)", "Ereignis", "Art"] in headers
    assert ["Aufgabe", "Verantwortlich", "Fällig", "Status"] in headers
    assert "## Abschnitt 2: Zeitleiste" in markdown.splitlines()
    assert "## Abschnitt 1: Zusammenfassung des Vorfalls" in markdown.splitlines()
    assert markdown.startswith("**Titel:**")


def test_spanish_leadership_summary_says_how_many_more_in_spanish(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = datetime(2023, 10, 15, tzinfo=UTC)
    tasks = [Task(f"Revisar la alerta {n}", owner="Ana", due=date(2024, 1, n + 1))
             for n in range(7)]
    pm = dataclasses.replace(_sample(), actions=tasks, started_at=start,
                             resolved_at=start + timedelta(hours=2))
    with language("es", monkeypatch):
        summary = tmp_path / "resumen.docx"
        _export(pm, summary, summary=True)
    headings, others, headers = _docx_text(summary)
    assert headings[0] == "De un vistazo"
    assert "Tareas de seguimiento" in headings
    assert "… y 3 tareas más (3 abiertas) en el informe completo." in others
    assert ["Tarea", "Responsable", "Fecha límite", "Estado"] in headers
    assert any(line.startswith("Resumen para la dirección · 15 de octubre de 2023")
               for line in "\n".join(others).splitlines())


def test_without_a_language_the_exports_stay_english(tmp_path: Path) -> None:
    pm = _sample()
    report = tmp_path / "report.docx"
    export_docx(pm, report, today=PREPARED)
    headings, others, _headers = _docx_text(report)
    assert headings[:2] == ["Introduction", "Issue summary"]
    assert "Prepared by Dana Ops and Lee Support on 20 November 2023" in "\n".join(others)
    assert "## Section 2: Timeline" in to_markdown(pm).splitlines()


@pytest.mark.parametrize("lang", ["de", "es"])
def test_a_translated_markdown_export_imports_as_the_same_postmortem(
    lang: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    pm = _sample()
    with language(lang, monkeypatch):
        markdown = to_markdown(pm, options=ExportOptions(words=export_words()))
    assert "## Section" not in markdown  # it really is the other language's headings
    back = parse_markdown(markdown)
    english = parse_markdown(to_markdown(pm))
    for name in ("title", "introduction", "root_cause", "root_cause_detail", "resolution",
                 "conclusion", "impact", "improvements", "analogy", "started_at",
                 "resolved_at", "severity"):
        assert getattr(back, name) == getattr(english, name), name
    assert [(e.at, e.kind, e.text) for e in back.timeline] == [
        (e.at, e.kind, e.text) for e in english.timeline
    ]
    assert [(t.description, t.owner, t.due) for t in back.actions] == [
        (t.description, t.owner, t.due) for t in english.actions
    ]
    assert back.notes == english.notes == ""


def test_the_command_line_exports_in_the_language_asked_for(
    tmp_path: Path, qtbot: QtBot, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pmdesk.cli import main
    from pmdesk.services.language import install_language

    db = str(tmp_path / "lib.sqlite3")
    assert main(["--db", db, "import", str(SAMPLE)]) == 0
    capsys.readouterr()
    try:
        assert main(["--lang", "es", "--db", db, "export", "2", "--format", "md"]) == 0
        spanish = capsys.readouterr().out.splitlines()
    finally:  # the tests' language again (--lang set PMDESK_LANG for the process)
        monkeypatch.setenv("PMDESK_LANG", "C")
        install_language("C")
    assert "## Sección 2: Cronología" in spanish
    assert main(["--db", db, "export", "2", "--format", "md"]) == 0
    assert "## Section 2: Timeline" in capsys.readouterr().out.splitlines()
