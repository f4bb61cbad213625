"""A timeline read top to bottom: rows in time order, and text on two lines before "…"."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from pmdesk.domain.timeline_rows import ordered_rows, two_lines


def width(text: str) -> float:
    return 10.0 * len(text)  # a monospaced font, 10 px a character


def test_overlapping_cards_go_one_row_below_the_other_in_time_order() -> None:
    # 22:35, 22:40, 22:55, 23:15, 00:30 (its card opens to the left), 00:45
    cards = [("22:35", 0, 300, 1), ("22:40", 10, 310, 1), ("22:55", 40, 340, 1),
             ("23:15", 80, 200, 1), ("00:30", 60, 400, 1), ("00:45", 100, 420, 1)]
    rows, count = ordered_rows(cards, gap=6)
    assert [rows[key] for key, *_ in cards] == [0, 1, 2, 3, 4, 5]
    assert count == 6


def test_rows_start_again_at_the_top_only_where_every_card_so_far_has_ended() -> None:
    cards = [("a", 0, 100, 1), ("b", 50, 150, 1), ("c", 120, 200, 1),  # c starts under b's end
             ("d", 206, 300, 1), ("e", 250, 350, 1)]
    rows, count = ordered_rows(cards, gap=6)
    assert rows == {"a": 0, "b": 1, "c": 2, "d": 0, "e": 1}
    assert count == 3


def test_a_two_line_card_takes_its_height_before_the_next() -> None:
    rows, count = ordered_rows([("a", 0, 100, 1.5), ("b", 10, 90, 1), ("c", 20, 90, 1.5)], 6)
    assert rows == {"a": 0, "b": 1.5, "c": 2.5}
    assert count == 4


@given(st.lists(st.tuples(st.floats(0, 1000), st.floats(20, 400), st.booleans(),
                          st.sampled_from([1, 1.5])), max_size=40))
def test_read_top_to_bottom_each_stretch_lists_events_in_order(
    spans: list[tuple[float, float, bool, float]]
) -> None:
    # In time order: the markers' x grow; a card opens right of its marker, or left of it
    # (near the chart's right edge), reaching 9 px past the marker on the other side.
    cards = [(n, x - w + 9 if flipped else x - 9, x + 9 if flipped else x - 9 + w, h)
             for n, (x, w, flipped, h) in enumerate(sorted(spans))]
    rows, count = ordered_rows(cards, gap=6)
    for (key, _left, _right, h), (later, *_rest) in itertools.pairwise(cards):
        # the next event is lower down, unless it starts a fresh stretch at the top
        assert rows[later] >= rows[key] + h or rows[later] == 0
    for a in cards:  # no two cards that overlap in x overlap in y
        for b in cards:
            if a[0] < b[0] and a[1] < b[2] + 6 and b[1] < a[2] + 6:
                top, bottom = sorted((a, b), key=lambda c: rows[c[0]])
                assert rows[bottom[0]] >= rows[top[0]] + top[3]
    assert count == max((rows[k] + h for k, _, _, h in cards), default=0)


def test_text_wraps_between_words_and_is_cut_only_on_the_second_line() -> None:
    text = "Error rate alert for checkout fired and paged the on-call engineer"
    first, second = two_lines(text, 300, width)
    assert (first, second) == ("Error rate alert for checkout", "fired and paged the on-call…")


def test_text_that_fits_two_lines_is_shown_whole() -> None:
    first, second = two_lines("Deploy of release 4.12 started by the pipeline", 300, width)
    assert (first, second) == ("Deploy of release 4.12 started", "by the pipeline")
    assert two_lines("Rolled back", 300, width) == ("Rolled back", "")


def test_a_word_longer_than_a_line_is_broken_where_the_line_is_full() -> None:
    first, second = two_lines("https://status.example.com/incidents/12345 down", 100, width)
    assert first == "https://st"
    assert width(second) <= 100 and second.endswith("…")
