"""Drill: every word of an imported document is kept, in a field or in Notes.

Over the real postmortems of ../shared/corpus/real, over documents nested deeper than
markdown-it reads (which once dropped the rest of the document with exit 0), and over
generated documents mixing every layout the importer knows with arbitrary words.
What counts as a word, and which words are exempt, is said in tests/io/words.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmdesk.io.errors import ImportFailed
from pmdesk.io.markdown.importer import import_markdown
from tests.io.test_real_corpus import CORPUS, NAMES
from tests.io.words import lost_words

pytestmark = pytest.mark.drill


@pytest.mark.skipif(not NAMES, reason=f"no real corpus at {CORPUS}")
@pytest.mark.parametrize("name", NAMES)
def test_every_word_of_a_real_postmortem_is_kept(name: str) -> None:
    source = (CORPUS / name).read_text("utf-8")
    assert lost_words(source, import_markdown(source)) == set()


LAYOUTS = sorted((Path(__file__).parents[1] / "io" / "layouts").glob("*.md"))


@pytest.mark.parametrize("path", LAYOUTS, ids=[p.name for p in LAYOUTS])
def test_every_word_of_a_hand_written_layout_is_kept(path: Path) -> None:
    source = path.read_text("utf-8")
    assert lost_words(source, import_markdown(source)) == set()


def _deep_list(depth: int) -> str:
    return "".join(f"{'  ' * i}- level{chr(97 + i % 26)} item\n" for i in range(depth))


@pytest.mark.parametrize(
    "nested",
    [
        _deep_list(12),
        _deep_list(40),
        "> " * 20 + "quoted deeply\n",
        ">" * 200 + " quoted deeper\n",
        "- " * 120 + "markers on one line\n",
        "1. " * 60 + "numbers on one line\n",
        "\n".join(" " * (4 * i) + "- indented" + chr(97 + i % 26) for i in range(30)) + "\n",
        "".join("  " * i + "> - mixed" + chr(97 + i % 26) + "\n" for i in range(25)),
    ],
    ids=["list-12", "list-40", "quotes-20", "quotes-200", "markers", "numbers", "indent", "mixed"],
)
def test_deep_nesting_keeps_the_rest_of_the_document(nested: str) -> None:
    source = (
        "# Deep outage\n\n## Timeline\n\n- 2024-05-01 10:00 UTC broke\n\n## Notes\n\n"
        + nested
        + "\n## Impact\n\n- customers saw errors afterwards\n\n## Action Items\n\n"
        "- [ ] flatten the nesting\n"
    )
    imported = import_markdown(source)
    pm = imported.pm
    assert pm.impact == ["customers saw errors afterwards"]
    assert [t.description for t in pm.actions] == ["flatten the nesting"]
    assert len(pm.timeline) == 1
    assert lost_words(source, imported) == set()


# ---- generated documents -------------------------------------------------------------

_LETTERS = st.characters(categories=("Lu", "Ll", "Lo"), exclude_characters="ªº")
WORDS = st.one_of(
    st.text(_LETTERS, min_size=2, max_size=9),
    st.sampled_from(["Timeline", "Impact", "Owner", "Severity", "Action", "Items", "done",
                     "incident", "مرحبا", "שלום", "日本語", "Straße", "naïve", "UTC", "PST"]),
)  # fmt: skip
PHRASE = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)


@st.composite
def inline(draw: st.DrawFn) -> str:
    text = draw(PHRASE)
    form = draw(st.sampled_from(["plain", "bold", "em", "code", "link", "image", "entity"]))
    other = draw(WORDS)
    return {
        "plain": text,
        "bold": f"**{text}**",
        "em": f"*{text}*",
        "code": f"`{text}`",
        "link": f"[{text}](https://example.com/{other})",
        "image": f"![{text}](pictures/{other}.png)",
        "entity": f"{text} &amp; {other}",
    }[form]


def _line(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(inline(), min_size=1, max_size=4)))


@st.composite
def block(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from([
        "heading", "section", "para", "label", "list", "nested", "quote", "table", "events",
        "event_headings", "code", "rule", "tasks", "plain_label",
    ]))  # fmt: skip
    line = _line(draw)
    if kind == "heading":
        return "#" * draw(st.integers(1, 6)) + " " + line
    if kind == "section":
        name = draw(st.sampled_from([
            "Timeline", "Action Items", "Impact", "Summary", "Root Cause", "Lessons Learned",
            "Follow-up timeline (times in BST)", "Authors", "Status", "Date", "Resolution",
            "Corrective actions", "What went well", "Notes", "Severity",
        ]))  # fmt: skip
        return f"{'#' * draw(st.integers(1, 3))} {name}"
    if kind == "label":
        label = draw(st.sampled_from(["Severity", "Status", "Authors", "Tags", "Date", "Start",
                                      "Owner", "Impact", "Summary", "Time zone", "Duration"]))
        return f"**{label}:** {line}"
    if kind == "plain_label":
        return f"{draw(st.sampled_from(['Date', 'Authors', 'Status', 'Start']))}: {line}"
    if kind == "list":
        marker = draw(st.sampled_from(["- ", "* ", "1. ", "- [ ] ", "- [x] ", "- ✅ "]))
        return "\n".join(marker + _line(draw) for _ in range(draw(st.integers(1, 4))))
    if kind == "nested":
        depth = draw(st.integers(1, 16))
        return "\n".join("  " * i + "- " + _line(draw) for i in range(depth))
    if kind == "quote":
        return ">" * draw(st.integers(1, 30)) + " " + line
    if kind == "table":
        header = draw(st.sampled_from(["| Time | Event |", "| Event | When |", "| A | B |",
                                       "| Action | Owner | Due |", "| Severity | Major |"]))
        width = header.count("|") - 1
        rows = []
        for _ in range(draw(st.integers(1, 3))):
            cells = [draw(st.sampled_from(["10:45", "2024-05-01 10:00"])), *(
                _line(draw) for _ in range(width - 1))]
            rows.append("| " + " | ".join(cells) + " |")
        return "\n".join([header, "|" + "---|" * width, *rows])
    if kind == "events":
        stamps = ["10:45 - ", "**10:45** - ", "2024-05-01 10:45: ", "11:02 PM UTC ",
                  "13:55 PM PST Saturday Oct 30th: ", "17-02-2025 22:50 "]
        return "\n".join(
            "- " + draw(st.sampled_from(stamps)) + _line(draw)
            for _ in range(draw(st.integers(1, 4)))
        )
    if kind == "event_headings":
        return f"### {draw(st.sampled_from(['5:00 PM', '2021-06-29 18:30']))}\n{line}"
    if kind == "code":
        return f"```\n{line}\n10:30 {line}\n```"
    if kind == "rule":
        return "---"
    return "\n".join(
        f"- {_line(draw)} Owner: @{draw(WORDS)} Due: 2025-01-{draw(st.integers(10, 28))}"
        for _ in range(draw(st.integers(1, 3)))
    )


@st.composite
def documents(draw: st.DrawFn) -> str:
    front = draw(st.sampled_from(["", "yaml", "toml"]))
    head = ""
    if front == "yaml":
        head = f"---\ntitle: {draw(PHRASE)}\nauthors: [{draw(WORDS)}]\n{draw(WORDS)}: x\n---\n"
    elif front == "toml":
        head = f'+++\ntitle = "{draw(PHRASE)}"\n[extra]\nteam = "{draw(PHRASE)}"\n+++\n'
    parts = draw(st.lists(block(), min_size=1, max_size=12))
    gaps = draw(st.lists(st.sampled_from(["\n\n", "\n"]), min_size=len(parts), max_size=len(parts)))
    return head + "".join(p + g for p, g in zip(parts, gaps, strict=True))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_every_word_of_a_generated_document_is_kept(source: str) -> None:
    try:
        imported = import_markdown(source)
    except ImportFailed as exc:
        assert "\n" not in str(exc)
        return
    assert lost_words(source, imported) == set()
