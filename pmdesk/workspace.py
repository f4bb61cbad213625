"""Opening the user's library: created on first use with the sample postmortem in it."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from pmdesk.domain.model import Postmortem, Severity, Status, TaskStatus
from pmdesk.storage.library import Library

SAMPLE_RESOURCE = "sample_postmortem.md"
SAMPLE_OWNERS = ("Database team", "Monitoring team", "Engineering leads")


def sample_markdown() -> str:
    return resources.files("pmdesk.resources").joinpath(SAMPLE_RESOURCE).read_text("utf-8")


def sample_postmortem() -> Postmortem:
    # Imported here: only a new library needs the Markdown reader, and start-up should
    # not pay for it.
    from pmdesk.io.markdown.importer import parse_markdown

    pm = parse_markdown(sample_markdown())
    # The sample is a finished example, so a first-time user sees what "done" looks like;
    # a 25% drop in sales for two hours is a major incident.
    pm.status = Status.FINAL
    pm.severity = Severity.MAJOR
    # A finished example has owned follow-ups, done by now (the seed names no owners).
    for task, owner in zip(pm.actions, SAMPLE_OWNERS, strict=False):
        task.owner = owner
        task.status = TaskStatus.DONE
    return pm


def open_library(path: Path) -> Library:
    """Open the library at path; a new one starts with the sample postmortem in it."""
    path = Path(path)
    is_new = not path.exists() or path.stat().st_size == 0
    path.parent.mkdir(parents=True, exist_ok=True)
    library = Library(path)
    if is_new:
        library.add(sample_postmortem())
    return library
