"""Whatever someone types into the search box finds sensible results and never fails."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.domain.listing import IncidentQuery
from pmdesk.domain.model import Postmortem
from pmdesk.storage.library import Library
from pmdesk.storage.search import fts_query, search_terms

TODAY = date(2024, 1, 1)

# Pieces that FTS5 would read as syntax, mixed with words in several scripts.
PIECES = [
    *"disk Full AND OR NOT NEAR near/3 \" ' * - + : ^ ( ) { } [ ] / \\ title:".split(),
    *"🔥 👩\u200d💻 שלום 数据库 café naïve x2 5xx _ . ,".split(),
    *[" ", "  ", "\n", "\t", "\u200f", "\x00"],
]
typed = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@pytest.fixture(scope="module")
def noisy_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    with Library(tmp_path_factory.mktemp("search") / "library.sqlite3") as lib:
        lib.add_many(
            Postmortem(title="".join(PIECES[i:] + PIECES[:i]), notes=" ".join(PIECES[:: i + 1]))
            for i in range(0, len(PIECES), 3)
        )
        yield lib


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("disk full", '"disk"* "full"*'),
        ('"unbalanced', '"unbalanced"*'),
        ("a AND (b OR NOT c*", '"a"* "AND"* "b"* "OR"* "NOT"* "c"*'),
        ("title:outage -db", '"title"* "outage"* "db"*'),
        ("Disk disk DISK", '"Disk"*'),
        ("snake_case", '"snake"* "case"*'),
        ("שלום עולם", '"שלום"* "עולם"*'),
        ("", None),
        ("   ", None),
        ('"*()-:🔥', None),
    ],
)
def test_fts_query(text: str, expected: str | None) -> None:
    assert fts_query(text) == expected


def test_search_terms_are_the_words_for_highlighting() -> None:
    assert search_terms("Disk FULL, disk 🔥 café!") == ["Disk", "FULL", "café"]


@settings(max_examples=100, deadline=None)
@given(text=st.one_of(typed, st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)))
def test_any_typed_text_runs_as_a_search(noisy_library: Library, text: str) -> None:
    query = IncidentQuery(search=text)
    assert noisy_library.count(query, TODAY) == len(noisy_library.ids(query, TODAY))
    noisy_library.page(query, 0, 5, TODAY)


@settings(max_examples=60, deadline=None)
@given(text=typed)
def test_an_incident_is_found_by_its_own_title(noisy_library: Library, text: str) -> None:
    incident_id = noisy_library.add(Postmortem(title=text))
    results = noisy_library.ids(IncidentQuery(search=text), TODAY)
    assert incident_id in results
    if fts_query(text) is None:  # nothing to search for: everything is listed
        assert noisy_library.count(IncidentQuery(search=text), TODAY) == noisy_library.count(
            IncidentQuery(), TODAY
        )


@pytest.mark.parametrize(
    ("typed_text", "stored"),
    [("cafe", "Café au lait"), ("CAFÉ", "cafe"), ("NAIVE", "naïve"), ("数据", "数据库故障")],
)
def test_accents_case_and_prefixes_do_not_matter(
    library: Library, typed_text: str, stored: str
) -> None:
    incident_id = library.add(Postmortem(title=stored))
    assert library.ids(IncidentQuery(search=typed_text), TODAY) == [incident_id]


def test_every_part_of_an_incident_is_searchable(library: Library) -> None:
    from tests.storage.samples import rich_postmortem

    incident_id = library.add(rich_postmortem())
    words = (
        "données Absatz paiement Ørsted محمد traffic Логин surge max_connections capacity "
        "DDoS Load alerts Ana barista learned Unplaced"
    )
    for word in words.split():
        assert library.ids(IncidentQuery(search=word), TODAY) == [incident_id], word
