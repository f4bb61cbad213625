"""Placing and removing many timeline cards at once gives the lanes that placing and
removing them one by one gave (the old way, quadratic in the number of lanes)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.domain.timeline_lanes import LanePacker

Span = tuple[str, float, float]


def _spans(rng: random.Random, count: int, prefix: str, width: float = 120) -> list[Span]:
    spans = []
    for n in range(count):
        left = rng.uniform(0, 2000)
        spans.append((f"{prefix}{n}", left, left + rng.uniform(4, width)))
    return spans


def _one_by_one(existing: list[Span], new: list[Span], gap: float) -> LanePacker:
    packer = LanePacker(gap)
    for key, left, right in existing:
        packer.place(key, left, right)
    for key, left, right in new:
        packer.place(key, left, right)
    return packer


def _batch(existing: list[Span], new: list[Span], gap: float) -> tuple[LanePacker, dict]:
    packer = LanePacker(gap)
    for key, left, right in existing:
        packer.place(key, left, right)
    return packer, packer.place_many(new)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(0, 40), st.integers(1, 80),
       st.sampled_from([0.0, 4.0, 10.0]), st.booleans())
def test_a_batch_lands_where_one_by_one_placing_put_it(
    seed: int, existing: int, new: int, gap: float, ties: bool
) -> None:
    rng = random.Random(seed)
    before = _spans(rng, existing, "old")
    batch = sorted(_spans(rng, new, "new"), key=lambda s: s[1])
    if ties:  # events at the same minute: cards that start at the same x
        batch = [(k, round(left / 50) * 50, round(left / 50) * 50 + right - left)
                 for k, left, right in batch]
    expected = _one_by_one(before, batch, gap)
    packer, lanes = _batch(before, batch, gap)
    assert packer.spans() == expected.spans()
    assert lanes == {key: expected.lane_of(key) for key, _, _ in batch}


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 150), st.integers(1, 40))
def test_a_batch_placed_a_slice_at_a_time_lands_where_one_by_one_put_it(
    seed: int, new: int, slice_size: int
) -> None:
    # The timeline adds a big paste a slice at a time, each slice after the last.
    rng = random.Random(seed)
    before = _spans(rng, 10, "old")
    batch = sorted(_spans(rng, new, "new"), key=lambda s: s[1])
    packer = LanePacker(6)
    for key, left, right in before:
        packer.place(key, left, right)
    for start in range(0, new, slice_size):
        packer.place_many(batch[start:start + slice_size])
    assert packer.spans() == _one_by_one(before, batch, 6).spans()


def test_a_batch_out_of_order_is_placed_one_by_one_all_the_same() -> None:
    rng = random.Random(5)
    before, batch = _spans(rng, 20, "old"), _spans(rng, 60, "new")  # not sorted
    packer, _ = _batch(before, batch, 6)
    assert packer.spans() == _one_by_one(before, batch, 6).spans()


def test_a_batch_never_moves_a_card_that_is_there() -> None:
    packer = LanePacker(6)
    packer.place("a", 100, 200)
    with pytest.raises(ValueError):
        packer.place_many([("b", 0, 50), ("a", 300, 400)])
    assert packer.lane_of("a") == 0 and "b" not in packer


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 120), st.floats(0, 1))
def test_removing_many_leaves_what_removing_one_by_one_left(
    seed: int, count: int, share: float
) -> None:
    rng = random.Random(seed)
    spans = _spans(rng, count, "e")
    gone = [key for key, _, _ in spans if rng.random() < share] + ["never placed"]
    one, many = LanePacker(4), LanePacker(4)
    one.pack(spans)
    many.pack(spans)
    for key in gone[:-1]:
        one.remove(key)
    many.remove_many(gone)
    assert many.spans() == one.spans()
    assert many.lane_count == one.lane_count
    many.place("later", 10, 20)  # still consistent: a card goes where one fits
    assert many.lane_of("later") == one.place("later", 10, 20)


def test_a_sorted_batch_is_swept_not_placed_card_by_card(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Card by card, 10,000 pasted cards on ~3,000 lanes took ~20 s (each looked at every
    # lane); the sweep is O(n log n). How fast it is, `make bench` measures.
    rng = random.Random(1)
    spans = sorted(_spans(rng, 10_000, "e", width=600), key=lambda s: s[1])
    packer = LanePacker(6)
    packer.place("there", 5, 50)
    monkeypatch.setattr(LanePacker, "place", None)
    lanes = packer.place_many(spans)
    assert len(lanes) == 10_000 and packer.lane_count > 100
    packer.remove_many(key for key, _, _ in spans)
    assert packer.spans() == [("there", 0, 5, 50)]
