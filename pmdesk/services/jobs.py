"""Long work off the GUI thread, with progress and Cancel: importing and exporting many
incidents, exporting the one being edited, rebuilding the search index.

Each job opens its own connection to the same library (a file or a team library): a
connection must stay in the thread that made it, and the window's keeps serving the
table meanwhile.
Jobs report through Qt signals, which reach the window's thread queued.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from pmdesk.domain.listing import LibraryError
from pmdesk.domain.model import Postmortem
from pmdesk.io.errors import ExportFailed, ImportFailed
from pmdesk.io.export_files import safe_filename, unique_path
from pmdesk.io.formats import EXPORT_FORMATS, ExportFormat
from pmdesk.io.guard import FileGuard
from pmdesk.services.exports import ChartSource, ExportCancelled, draw_chart, export_file
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


class ImportJob(Job):
    """Read files and add the good ones to the library in one transaction."""

    def __init__(self, location: Location, files: Sequence[Path]) -> None:
        super().__init__()
        self.location = location
        self.files = [Path(f) for f in files]

    def work(self) -> ImportResult:
        # Imported here, not at the top: the readers pull in Markdown parsing, which
        # the window does not need to open.
        from pmdesk.io.files import read_postmortem

        result = ImportResult(total=len(self.files))
        parsed: list[tuple[str, Postmortem]] = []
        for done, path in enumerate(self.files):
            if self.cancelled:
                result.cancelled = True
                return result  # nothing has been written yet
            self.signals.progress.emit(done, result.total, path.name)
            try:
                # The guard refuses the library's own files before opening them: this
                # process holds the library open, and closing any descriptor of it here
                # would drop SQLite's locks.
                parsed.append((path.name, read_postmortem(path, guard_of(self.location))))
            except ImportFailed as exc:
                result.failures.append((path.name, str(exc)))
            except (ValueError, KeyError, TypeError) as exc:
                result.failures.append(
                    (path.name, f"it is not a postmortem pmdesk can read: {exc}")
                )
        if self.cancelled:
            result.cancelled = True
            return result
        self.signals.progress.emit(result.total, result.total, "Saving…")
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
    """What the exports share: the format, the Word template, and the chart, drawn on
    the GUI thread (see gui_thread.py) by an object made here, on it."""

    def __init__(
        self,
        fmt: ExportFormat,
        template: Path | None,
        chart_renderer: ChartSource,
        guard: FileGuard | None,
    ) -> None:
        super().__init__()
        self.fmt: ExportFormat = fmt
        self.template = template
        self.chart = GuiThreadCall(chart_renderer)
        self.guard = guard  # the library's own files, which no export may replace

    def cancelled_now(self) -> None:
        self.chart.cancel()

    def _write(self, pm: Postmortem, path: Path, taken: set[Path] | None = None) -> None:
        export_file(pm, path, self.fmt, template=self.template, chart=self.chart, taken=taken,
                    guard=self.guard)


class ExportJob(_ExportJob):
    """Write each incident to its own file in folder, named after its title."""

    def __init__(
        self,
        location: Location,
        incident_ids: Sequence[int],
        folder: Path,
        fmt: ExportFormat,
        *,
        template: Path | None = None,
        chart_renderer: ChartSource = draw_chart,
    ) -> None:
        super().__init__(fmt, template, chart_renderer, guard_of(location))
        self.location = location
        self.incident_ids = list(incident_ids)
        self.folder = Path(folder)

    def work(self) -> ExportResult:
        result = ExportResult(total=len(self.incident_ids))
        taken: set[Path] = set()
        suffix = EXPORT_FORMATS[self.fmt].suffix
        with open_store(self.location) as library:
            for done, incident_id in enumerate(self.incident_ids):
                if self.cancelled:
                    result.cancelled = True
                    break
                what = f"incident {incident_id}"
                try:
                    pm = library.get(incident_id)
                    what = pm.title or what
                    self.signals.progress.emit(done, result.total, what)
                    path = unique_path(self.folder, safe_filename(pm.title), suffix, taken)
                    self._write(pm, path, taken)
                    result.written.append(path)
                except ExportCancelled:
                    result.cancelled = True
                    break
                except (ExportFailed, LibraryError) as exc:
                    result.failures.append((what, str(exc)))
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
        template: Path | None = None,
        chart_renderer: ChartSource = draw_chart,
        guard: FileGuard | None = None,
    ) -> None:
        super().__init__(fmt, template, chart_renderer, guard)
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
            result.failures.append((self.path.name, str(exc)))
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
            self.signals.progress.emit(done, total, f"{done:,} of {total:,} incidents")
            return not self.cancelled

        with open_store(self.location) as library:
            result.cancelled = not library.rebuild_search_index(progress)
        return result
