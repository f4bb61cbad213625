"""Long work off the GUI thread, with progress and Cancel: importing and exporting many
incidents, exporting the one being edited, rebuilding the search index.

Each job opens its own Library on the same file: a SQLite connection must stay in the
thread that made it, and the window's connection keeps serving the table meanwhile.
Jobs report through Qt signals, which reach the window's thread queued.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from pmdesk.domain.listing import LibraryError
from pmdesk.domain.model import Postmortem
from pmdesk.io.errors import ExportFailed, ImportFailed
from pmdesk.io.export_files import safe_filename, unique_path
from pmdesk.io.formats import EXPORT_CHOICES, EXPORT_FORMATS, ExportFormat, ExportOptions
from pmdesk.io.guard import FileGuard
from pmdesk.io.report import Imported, ImportOptions
from pmdesk.render.numbers import number
from pmdesk.services.exports import ChartSource, ExportCancelled, chart_on_clock, export_file
from pmdesk.services.failures import failure_text
from pmdesk.services.gui_thread import GuiThreadCall
from pmdesk.storage.batches import add_imported
from pmdesk.storage.interface import LibraryStore
from pmdesk.storage.library_files import guard_of
from pmdesk.storage.location import Location
from pmdesk.storage.opener import open_store

log = logging.getLogger(__name__)


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


@dataclass
class RebuildResult(JobResult):
    done: int = 0  # incidents whose search entry was rewritten


class JobSignals(QObject):
    progress = Signal(int, int, str)  # done, total, the item being worked on
    finished = Signal(object)  # the job's JobResult


class Job(QRunnable):
    def __init__(self) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the caller keeps the Python object until finished
        self.signals = JobSignals()
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()
        self.cancelled_now()

    def cancelled_now(self) -> None:
        """Called on cancel (from any thread): wake whatever the job waits for."""

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
               result: JobResult, guard: FileGuard | None) -> list[tuple[Path, Imported]]:
    """Each file read as a postmortem, with progress; failures go to result. The guard
    refuses the library's own files before opening them: this process holds the library
    open, and closing any descriptor of it here would drop SQLite's locks."""
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
            read.append((path, read_import(path, options, guard)))
        except ImportFailed as exc:
            result.failures.append((path.name, failure_text(exc)))
        except (ValueError, KeyError, TypeError) as exc:
            said = QCoreApplication.translate(
                "Jobs", "it is not a postmortem pmdesk can read: {error}"
            )
            result.failures.append((path.name, said.format(error=exc)))
    return read


class ReadJob(Job):
    """Read files as postmortems and store nothing: what the import preview shows."""

    def __init__(
        self,
        files: Sequence[Path],
        options: ImportOptions | None = None,
        guard: FileGuard | None = None,
    ) -> None:
        super().__init__()
        self.files = [Path(f) for f in files]
        self.options = options
        self.guard = guard

    def work(self) -> ReadResult:
        result = ReadResult(total=len(self.files))
        result.read = read_files(self, self.files, self.options, result, self.guard)
        self.signals.progress.emit(result.total, result.total, "")
        return result


class ImportJob(Job):
    """Add postmortems to the library in one transaction: read from files, or already
    read (and checked in the preview), with the failures of that reading carried over."""

    def __init__(
        self,
        location: Location,
        files: Sequence[Path] = (),
        *,
        parsed: Sequence[tuple[str, Postmortem]] = (),
        failures: Sequence[tuple[str, str]] = (),
        total: int | None = None,
    ) -> None:
        super().__init__()
        self.location = location
        self.files = [Path(f) for f in files]
        self.parsed = list(parsed)
        self.failures = list(failures)
        self.total = total

    def work(self) -> ImportResult:
        count = len(self.files) + len(self.parsed) + len(self.failures)
        result = ImportResult(total=self.total or count, failures=list(self.failures))
        parsed = list(self.parsed)
        read = read_files(self, self.files, None, result, guard_of(self.location))
        parsed += [(path.name, imported.pm) for path, imported in read]
        if self.cancelled:
            result.cancelled = True
            return result
        self.signals.progress.emit(
            result.total, result.total, QCoreApplication.translate("Jobs", "Saving…")
        )
        if parsed:
            with open_store(self.location) as library:
                self._store(library, parsed, result)
        return result

    @staticmethod
    def _store(
        library: LibraryStore, parsed: list[tuple[str, Postmortem]], result: ImportResult
    ) -> None:
        stored, failed = add_imported(library, parsed)
        result.imported = [incident_id for _, incident_id in stored]
        result.failures.extend(failed)


class _ExportJob(Job):
    """What the exports share: the format and its options, the Word template, and the
    chart, drawn on the GUI thread (see gui_thread.py) by an object made here, on it."""

    def __init__(
        self,
        fmt: ExportFormat,
        options: ExportOptions | None,
        template: Path | None,
        chart_renderer: ChartSource | None,
        guard: FileGuard | None,
    ) -> None:
        super().__init__()
        self.fmt: ExportFormat = fmt
        self.options = options or ExportOptions()
        self.template = template
        self.chart = GuiThreadCall(chart_renderer or chart_on_clock(self.options.clock))
        self.guard = guard  # the library's own files, which no export may replace

    def cancelled_now(self) -> None:
        self.chart.cancel()

    def _write(self, pm: Postmortem, path: Path, taken: set[Path] | None = None) -> None:
        export_file(
            pm,
            path,
            self.fmt,
            self.options,
            template=self.template,
            chart=self.chart,
            taken=taken,
            guard=self.guard,
        )


class ExportJob(_ExportJob):
    """Write each incident to its own file in folder, named after its title."""

    def __init__(
        self,
        location: Location,
        incident_ids: Sequence[int],
        folder: Path,
        fmt: ExportFormat,
        *,
        options: ExportOptions | None = None,
        template: Path | None = None,
        chart_renderer: ChartSource | None = None,
    ) -> None:
        super().__init__(fmt, options, template, chart_renderer, guard_of(location))
        self.location = location
        self.incident_ids = list(incident_ids)
        self.folder = Path(folder)

    def work(self) -> ExportResult:
        result = ExportResult(total=len(self.incident_ids))
        taken: set[Path] = set()
        suffix = EXPORT_FORMATS[self.fmt].suffix
        # The summary's file is named so that it can sit beside the full report.
        tail = EXPORT_CHOICES["summary"].name_suffix if self.options.summary else ""
        with open_store(self.location) as library:
            for done, incident_id in enumerate(self.incident_ids):
                if self.cancelled:
                    result.cancelled = True
                    break
                what = QCoreApplication.translate("Jobs", "incident {id}").format(id=incident_id)
                try:
                    pm = library.get(incident_id)
                    what = pm.title or what
                    self.signals.progress.emit(done, result.total, what)
                    path = unique_path(self.folder, safe_filename(pm.title) + tail, suffix, taken)
                    self._write(pm, path, taken)
                    result.written.append(path)
                except ExportCancelled:
                    result.cancelled = True
                    break
                except (ExportFailed, LibraryError) as exc:
                    result.failures.append((what, failure_text(exc)))
                except Exception as exc:  # one bad incident must not end the whole batch
                    log.exception("Export of %r failed", what)
                    result.failures.append((what, f"unexpected error: {exc}"))
        self.signals.progress.emit(result.total, result.total, "")
        return result


class FileExportJob(_ExportJob):
    """The editor's export: the postmortem being edited, to the file the user chose."""

    def __init__(
        self,
        pm: Postmortem,
        path: Path,
        fmt: ExportFormat,
        *,
        options: ExportOptions | None = None,
        template: Path | None = None,
        chart_renderer: ChartSource | None = None,
        guard: FileGuard | None = None,
    ) -> None:
        super().__init__(fmt, options, template, chart_renderer, guard)
        self.pm = copy.deepcopy(pm)  # typing goes on in the editor meanwhile
        self.path = Path(path)

    def work(self) -> ExportResult:
        result = ExportResult(total=1)
        self.signals.progress.emit(0, 1, self.path.name)
        try:
            self._write(self.pm, self.path)
            result.written.append(self.path)
        except ExportCancelled:
            result.cancelled = True
        except ExportFailed as exc:
            result.failures.append((self.path.name, failure_text(exc)))
        self.signals.progress.emit(1, 1, "")
        return result


class RebuildIndexJob(Job):
    """Rewrite every incident's search entry (Library.rebuild_search_index), in batches
    that each commit, so Cancel stops at the end of the batch it is in: what was
    rewritten stays, the rest keeps its old entry, and searches work throughout."""

    def __init__(self, location: Location) -> None:
        super().__init__()
        self.location = location

    def work(self) -> RebuildResult:
        result = RebuildResult()

        def progress(done: int, total: int) -> bool:
            result.done, result.total = done, total
            said = QCoreApplication.translate("Jobs", "{done} of {n} incidents")
            self.signals.progress.emit(
                done, total, said.format(done=number(done), n=number(total))
            )
            return not self.cancelled

        with open_store(self.location) as library:
            result.cancelled = not library.rebuild_search_index(progress)
        return result
