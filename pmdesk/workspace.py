"""Opening the user's library: created on first use with the sample postmortem in it."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from pmdesk.domain.listing import EXAMPLE_PREFIX, EXAMPLE_TAG
from pmdesk.domain.model import Postmortem, Severity, Status, TaskStatus, TaskType
from pmdesk.storage.library import Library

# The seed's layout with a story worth copying: the seed itself (sample_postmortem.md, the
# import and export tests' fixture) detects the outage the minute it starts and opens
# with a cliché; a first-time writer copies whatever the example does.
SAMPLE_RESOURCE = "example_postmortem.md"
SAMPLE_OWNERS = ("Database team", "Monitoring team", "Marketing and on-call leads")
SAMPLE_TYPES = (TaskType.PREVENT, TaskType.DETECT, TaskType.PROCESS)


def sample_markdown() -> str:
    return resources.files("pmdesk.resources").joinpath(SAMPLE_RESOURCE).read_text("utf-8")


def sample_postmortem() -> Postmortem:
    # Imported here: only a new library needs the Markdown reader, and start-up should
    # not pay for it.
    from pmdesk.io.markdown.importer import parse_markdown

    pm = parse_markdown(sample_markdown())
    pm.title = EXAMPLE_PREFIX + pm.title
    pm.tags = [EXAMPLE_TAG, "database", "launch"]
    pm.services = ["Online shop", "Sign-in"]
    pm.authors = ["The pmdesk team"]
    # The sample is a finished example, so a first-time user sees what "done" looks like;
    # a 25% drop in sales for two hours is a major incident.
    pm.status = Status.FINAL
    pm.severity = Severity.MAJOR
    # A finished example has owned follow-ups, done by now (the seed names no owners).
    for task, owner, kind in zip(pm.actions, SAMPLE_OWNERS, SAMPLE_TYPES, strict=False):
        task.owner = owner
        task.type = kind
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
