"""The importer's other parts one by one: front matter, section headings, task lines,
labels in headings and tables."""

from __future__ import annotations

from datetime import date

import pytest

from pmdesk.domain.model import Severity, TaskStatus
from pmdesk.io.markdown import sections as sec
from pmdesk.io.markdown.front_matter import split_front_matter
from pmdesk.io.markdown.importer import import_markdown
from pmdesk.io.markdown.parse import parse_blocks
from pmdesk.io.markdown.tasks import parse_task_line
from pmdesk.io.markdown.tokens import InlineText


def test_toml_front_matter() -> None:
    matter, rest = split_front_matter(
        '+++\ntitle = "docs.rs outage"\nauthors = ["Pietro Albini"]\n[extra]\nteam = "infra"\n'
        "+++\nbody\n"
    )
    assert matter is not None and matter.kind == "TOML"
    assert matter.values == {
        "title": ["docs.rs outage"], "authors": ["Pietro Albini"], "extra.team": ["infra"]
    }
    assert rest == "body\n"


def test_yaml_front_matter_with_lists_nesting_and_a_line_it_cannot_read() -> None:
    matter, rest = split_front_matter(
        "---\ntitle: 'Queue backlog'\ntags: [queue, sev2]\nauthors:\n  - Ana\n  - Bo\n"
        "meta:\n  team: core\njust words\n---\n# Body\n"
    )
    assert matter is not None and matter.kind == "YAML"
    assert matter.values["title"] == ["Queue backlog"]
    assert matter.values["tags"] == ["queue", "sev2"]
    assert matter.values["authors"] == ["Ana", "Bo"]
    assert matter.values["meta.team"] == ["core"]
    assert matter.unread == ["just words"]
    assert rest == "# Body\n"


@pytest.mark.parametrize(
    "text", ["no front matter\n", "---\n\nA rule, then prose\n---\n", "+++\nunclosed = 1\n"]
)
def test_text_without_front_matter_is_left_alone(text: str) -> None:
    assert split_front_matter(text) == (None, text)


def test_unknown_front_matter_keys_go_to_notes() -> None:
    pm = import_markdown('+++\ntitle = "X"\npath = "a/b"\n+++\n## Impact\n\n- slow\n').pm
    assert pm.title == "X" and "path: a/b" in pm.notes


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Timeline (all times PST ) Saturday Oct 30th 2021", sec.TIMELINE),
        ("Follow-up timeline (times in BST)", sec.TIMELINE),
        ("Timeline of events", sec.TIMELINE),
        ("Long-term Improvements (Target: Q4 2025)", sec.TASKS),
        ("Corrective actions", sec.TASKS),
        ("Immediate Actions", sec.TASKS),
        ("Lessons", sec.IMPROVEMENTS),
        ("What Went Poorly", sec.IMPROVEMENTS),
        ("Root Cause of the Outage", sec.DETAIL),
        ("Authors", sec.META),
        ("Contributing Factors", None),
        ("2021-06-29: Broken Deploys", None),
    ],
)
def test_headings_are_classified_by_name_and_by_their_words(heading: str, key: str | None) -> None:
    assert sec.classify(heading) == key


def test_plain_lines_head_sections_but_not_in_the_seed_layout() -> None:
    other = sec.outline(parse_blocks("Intro words.\n\nAction Items\n- fix it\n"))
    assert [s.key for s in other.sections] == [sec.PREAMBLE, sec.TASKS]
    sentence = sec.outline(parse_blocks("The timeline was long.\n\nNext paragraph.\n"))
    assert [s.key for s in sentence.sections] == [sec.PREAMBLE]
    seed = sec.outline(
        parse_blocks("**Section 1: Issue Summary:**\n\nAction Items\n\n- fix it\n")
    )
    assert [s.key for s in seed.sections] == [sec.PREAMBLE, sec.SUMMARY]


@pytest.mark.parametrize(
    ("line", "description", "owner", "due", "status"),
    [
        ("✅ Reverted the change", "Reverted the change", "", None, TaskStatus.DONE),
        ("[x] Update deployer", "Update deployer", "", None, TaskStatus.DONE),
        ("HIGH Include downloads in smoke tests", "Include downloads in smoke tests "
         "(priority: HIGH)", "", None, TaskStatus.OPEN),
        ("[P2] Automate tests", "Automate tests (priority: P2)", "", None, TaskStatus.OPEN),
        ("Add tests. Owner: @lucas", "Add tests.", "lucas", None, TaskStatus.OPEN),
        ("Alert on errors. Owner: Jo Park; Due: Nov 15, 2025", "Alert on errors.", "Jo Park",
         date(2025, 11, 15), TaskStatus.OPEN),
        ("Cap retries — @maria", "Cap retries", "maria", None, TaskStatus.OPEN),
        ("Turn actions on. (Done as of 2021-06-30)", "Turn actions on. (Done as of 2021-06-30)",
         "", None, TaskStatus.DONE),
        ("Fix the cache (see ticket 12)", "Fix the cache (see ticket 12)", "", None,
         TaskStatus.OPEN),
        ("Canary (owner: Priya; due by Apr 1, 2024)", "Canary", "Priya", date(2024, 4, 1),
         TaskStatus.OPEN),
    ],
)  # fmt: skip
def test_task_lines_of_other_layouts(
    line: str, description: str, owner: str, due: date | None, status: TaskStatus
) -> None:
    task = parse_task_line(InlineText.of(line), lenient=True)
    assert (task.description, task.owner, task.due, task.status) == (
        description, owner, due, status
    )


def test_pmdesks_own_task_lines_read_strictly() -> None:
    """Words a user typed into a task stay words: only pmdesk's details group is read."""
    for line in ["HIGH Include downloads", "Add tests. Owner: @lucas", "✅ Reverted"]:
        task = parse_task_line(InlineText.of(line))
        assert (task.description, task.owner, task.status) == (line, "", TaskStatus.OPEN)


def test_labels_in_headings_and_in_tables() -> None:
    pm = import_markdown(
        "# Cert expiry\n\n## Authors\nAron Asor\n\n## Status\nResolved\n\n"
        "## Date\nStart: Wednesday, 2018-08-22\n\n| Severity | Services |\n|---|---|\n"
        "| Major | sushibar |\n\n## Timeline\n\n- 03:26pm noticed\n"
    ).pm
    assert pm.authors == ["Aron Asor"]
    assert pm.severity is Severity.MAJOR and pm.services == ["sushibar"]
    assert "Status: Resolved" in pm.notes  # not a postmortem status: kept as written
    assert pm.timeline[0].at.date() == date(2018, 8, 22)  # the start's day
