"""Opening the user's library: created on first use with the sample postmortem in it."""

from __future__ import annotations

from importlib import resources

from pmdesk.domain.listing import EXAMPLE_PREFIX, EXAMPLE_TAG
from pmdesk.domain.model import Postmortem, Severity, Status, TaskStatus, TaskType
from pmdesk.storage.interface import LibraryStore
from pmdesk.storage.location import Location
from pmdesk.storage.opener import open_store

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


def open_library(location: Location, *, who: str | None = None) -> LibraryStore:
    """Open the library at location (a file or a team library); a new one starts with
    the sample postmortem in it. who: the name a team library records with each save."""
    library = open_store(location, who=who)
    if library.created:
        try:
            library.add(sample_postmortem())
        except BaseException:
            library.close()
            raise
    return library
