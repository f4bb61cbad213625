"""Running a background job (pmdesk.services.jobs) from a window: a progress dialog with
Cancel while it runs, and the window told its result when it ends.

The library's import and export, the editor's export and the search index's rebuild all
run this way, so none of them holds the window while it works.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QProgressDialog, QWidget

from pmdesk.services.jobs import Job, JobResult

# A quick job finishes before its dialog would show: no flash of a dialog.
SHOW_AFTER_MS = 400


class JobRunner:
    """One job at a time; a second start while one runs is ignored (see `busy`)."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.last_result: JobResult | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self, job: Job, title: str, done: Callable[[JobResult], None]) -> bool:
        """Run job on the thread pool; done(result) follows on the GUI thread, unless
        the window has gone meanwhile. False if another job is still running."""
        if self.busy:
            return False
        self.job = job
        progress = QProgressDialog(
            title, QCoreApplication.translate("JobRunner", "Cancel"), 0, 0, self.parent
        )
        progress.setWindowTitle(title.rstrip("…"))
        progress.setMinimumDuration(SHOW_AFTER_MS)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.canceled.connect(job.cancel)
        self.progress = progress

        def on_progress(done_count: int, total: int, current: str) -> None:
            if not shiboken6.isValid(progress):
                return
            progress.setMaximum(total)
            progress.setValue(done_count)
            if current:
                progress.setLabelText(
                    QCoreApplication.translate("JobRunner", "{title}\n{current}").format(
                        title=title, current=current
                    )
                )

        def on_finished(result: JobResult) -> None:
            self.job = None
            self.progress = None
            self.last_result = result
            if not shiboken6.isValid(progress):
                return  # the window closed (and cancelled the job) meanwhile
            progress.canceled.disconnect(job.cancel)
            progress.close()
            progress.deleteLater()
            done(result)

        job.signals.progress.connect(on_progress)
        job.signals.finished.connect(on_finished)
        QThreadPool.globalInstance().start(job)
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
