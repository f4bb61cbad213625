"""Importing and exporting many incidents off the GUI thread, with progress and Cancel.

Each job opens its own Library on the same file: a SQLite connection must stay in the
thread that made it, and the window's connection keeps serving the table meanwhile.
Jobs report through Qt signals, which reach the window's thread queued.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QObject, QRunnable, Qt, QThread, Signal

from pmdesk.domain.model import Postmortem
from pmdesk.io.errors import ExportFailed, ImportFailed
from pmdesk.io.export_files import export_markdown_with_chart, safe_filename, unique_path
from pmdesk.io.report import Imported, ImportOptions
from pmdesk.storage.library import Library
from pmdesk.storage.types import LibraryError

log = logging.getLogger(__name__)
ChartRenderer = Callable[[Postmortem], bytes | None]
ExportFormat = Literal["md", "docx"]
SUFFIXES: dict[ExportFormat, str] = {"md": ".md", "docx": ".docx"}
@dataclass
class JobResult:
    total: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (what, why)
    cancelled: bool = False


@dataclass
class ImportResult(JobResult):
    imported: list[int] = field(default_factory=list)  # new incident ids


@dataclass
class ReadResult(JobResult):
    read: list[tuple[Path, Imported]] = field(default_factory=list)  # in the files' order


@dataclass
class ExportResult(JobResult):
    written: list[Path] = field(default_factory=list)


class JobSignals(QObject):
    progress = Signal(int, int, str)  # done, total, the item being worked on
    finished = Signal(object)  # the job's JobResult


class GuiThreadCall(QObject):
    """Calls a function on the GUI thread for a worker, which waits for the result.

    The timeline chart is drawn by a QGraphicsScene, which Qt supports on the GUI thread
    only; the worker hands each chart over and goes on with the document meanwhile
    waiting. Create it on the GUI thread.
    """

    _requested = Signal(object)

    def __init__(self, func: ChartRenderer) -> None:
        super().__init__()
        self._func = func
        self._outcome: tuple[bytes | None, BaseException | None] = (None, None)
        self._requested.connect(self._run, Qt.ConnectionType.BlockingQueuedConnection)

    def _run(self, arg: Postmortem) -> None:
        try:
            self._outcome = (self._func(arg), None)
        except Exception as exc:  # handed to the worker, which decides
            self._outcome = (None, exc)

    def __call__(self, arg: Postmortem) -> bytes | None:
        if QThread.currentThread() is self.thread():
            return self._func(arg)
        self._requested.emit(arg)
        value, error = self._outcome
        if error is not None:
            raise error
        return value


class Job(QRunnable):
    def __init__(self) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the caller keeps the Python object until finished
        self.signals = JobSignals()
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # a job must always finish, or the progress never closes
            log.exception("Background job failed")
            result = JobResult(failures=[("everything", str(exc) or type(exc).__name__)])
        self.signals.finished.emit(result)

    def work(self) -> JobResult:
        raise NotImplementedError


def read_files(job: Job, files: Sequence[Path], options: ImportOptions | None,
               result: JobResult) -> list[tuple[Path, Imported]]:
    """Each file read as a postmortem, with progress; failures go to result."""
    # Imported here, not at the top: the readers pull in Markdown and Word parsing,
    # which the window does not need to open.
    from pmdesk.io.files import read_import

    read: list[tuple[Path, Imported]] = []
    for done, path in enumerate(files):
        if job.cancelled:
            result.cancelled = True
            break
        job.signals.progress.emit(done, len(files), path.name)
        try:
            read.append((path, read_import(path, options)))
        except ImportFailed as exc:
            result.failures.append((path.name, str(exc)))
        except (ValueError, KeyError, TypeError) as exc:
            result.failures.append((path.name, f"it is not a postmortem pmdesk can read: {exc}"))
    return read


class ReadJob(Job):
    """Read files as postmortems and store nothing: what the import preview shows."""

    def __init__(self, files: Sequence[Path], options: ImportOptions | None = None) -> None:
        super().__init__()
        self.files = [Path(f) for f in files]
        self.options = options

    def work(self) -> ReadResult:
        result = ReadResult(total=len(self.files))
        result.read = read_files(self, self.files, self.options, result)
        self.signals.progress.emit(result.total, result.total, "")
        return result


class ImportJob(Job):
    """Add postmortems to the library in one transaction: read from files, or already
    read (and checked in the preview), with the failures of that reading carried over."""

    def __init__(self, db_path: Path, files: Sequence[Path] = (), *,
                 parsed: Sequence[tuple[str, Postmortem]] = (),
                 failures: Sequence[tuple[str, str]] = (), total: int | None = None) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.files = [Path(f) for f in files]
        self.parsed = list(parsed)
        self.failures = list(failures)
        self.total = total

    def work(self) -> ImportResult:
        count = len(self.files) + len(self.parsed) + len(self.failures)
        result = ImportResult(total=self.total or count, failures=list(self.failures))
        parsed = list(self.parsed)
        read = read_files(self, self.files, None, result)
        parsed += [(path.name, imported.pm) for path, imported in read]
        if self.cancelled:
            result.cancelled = True
            return result
        self.signals.progress.emit(result.total, result.total, "Saving…")
        if parsed:
            with Library(self.db_path) as library:
                self._store(library, parsed, result)
        return result

    @staticmethod
    def _store(
        library: Library, parsed: list[tuple[str, Postmortem]], result: ImportResult
    ) -> None:
        try:
            result.imported = library.add_many(pm for _, pm in parsed)
            return
        except (ValueError, TypeError, LibraryError) as exc:
            log.info("Import as one batch failed (%s); adding files one by one", exc)
        # One file holds something storage refuses: keep the others, name the bad one.
        for name, pm in parsed:
            pm.id = None
            try:
                result.imported.append(library.add(pm))
            except (ValueError, TypeError, LibraryError) as exc:
                result.failures.append((name, str(exc)))


class ExportJob(Job):
    """Write each incident to its own file in folder, named after its title."""

    def __init__(
        self,
        db_path: Path,
        incident_ids: Sequence[int],
        folder: Path,
        fmt: ExportFormat,
        *,
        template: Path | None = None,
        chart_renderer: ChartRenderer | None = None,
    ) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.incident_ids = list(incident_ids)
        self.folder = Path(folder)
        self.fmt: ExportFormat = fmt
        self.template = template
        self.chart_renderer = GuiThreadCall(chart_renderer) if chart_renderer else None

    def work(self) -> ExportResult:
        result = ExportResult(total=len(self.incident_ids))
        taken: set[Path] = set()
        with Library(self.db_path) as library:
            for done, incident_id in enumerate(self.incident_ids):
                if self.cancelled:
                    result.cancelled = True
                    break
                what = f"incident {incident_id}"
                try:
                    pm = library.get(incident_id)
                    what = pm.title or what
                    self.signals.progress.emit(done, result.total, what)
                    path = unique_path(
                        self.folder, safe_filename(pm.title), SUFFIXES[self.fmt], taken
                    )
                    self._write(pm, path, taken)
                    result.written.append(path)
                except (ExportFailed, LibraryError) as exc:
                    result.failures.append((what, str(exc)))
                except Exception as exc:  # one bad incident must not end the whole batch
                    log.exception("Export of %r failed", what)
                    result.failures.append((what, f"unexpected error: {exc}"))
        self.signals.progress.emit(result.total, result.total, "")
        return result

    def _write(self, pm: Postmortem, path: Path, taken: set[Path]) -> None:
        chart = self._chart(pm)
        if self.fmt == "md":
            export_markdown_with_chart(pm, path, chart, taken)
            return
        from pmdesk.io.files import export_postmortem

        export_postmortem(pm, path, self.fmt, chart_png=chart, template=self.template)

    def _chart(self, pm: Postmortem) -> bytes | None:
        if self.chart_renderer is None or not pm.timeline:
            return None
        try:
            return self.chart_renderer(pm)
        except Exception:  # a missing chart must not cost the user the document
            log.exception("Timeline chart for %r failed; exporting without it", pm.title)
            return None
