"""The timeline's geometry without Qt: scale, snapping, clamping, lanes, ruler, labels."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.domain.timeline_labels import elide, format_offset, one_line
from pmdesk.domain.timeline_lanes import LanePacker, card_span
from pmdesk.domain.timeline_ruler import ruler_ticks, tick_step
from pmdesk.domain.timeline_scale import (
    MAX_PX_PER_MINUTE,
    MIN_PX_PER_MINUTE,
    TimeScale,
    clamp_zoom,
    default_window,
    fit_zoom,
    fit_zoom_with_cards,
    incident_window,
    padded_range,
    zone,
    zoom_by,
)
from pmdesk.domain.timeline_snapping import (
    drag_time,
    group_drag_bounds,
    handle_bounds,
    snap_to_minute,
)

T0 = datetime(2023, 10, 15, 10, 30, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


# ---- scale ------------------------------------------------------------------------------
@settings(max_examples=80)
@given(st.floats(-10_000, 10_000), st.floats(MIN_PX_PER_MINUTE, MAX_PX_PER_MINUTE))
def test_scale_round_trips_between_time_and_x(minutes: float, ppm: float) -> None:
    scale = TimeScale(T0, ppm)
    back = scale.time_of(scale.x_of(at(minutes)))
    assert abs((back - at(minutes)).total_seconds()) < 0.01


def test_zooming_changes_positions_not_times() -> None:
    scale = TimeScale(T0, 2.0)
    zoomed = scale.zoomed(8.0)
    assert zoomed.x_of(at(30)) == 4 * scale.x_of(at(30))
    assert zoomed.time_of(zoomed.x_of(at(30))) == at(30)


def test_zoom_is_limited_both_ways() -> None:
    assert clamp_zoom(1e9) == MAX_PX_PER_MINUTE
    assert clamp_zoom(0) == MIN_PX_PER_MINUTE
    assert zoom_by(1.0, 1) > 1.0 > zoom_by(1.0, -1)
    assert fit_zoom(at(0), at(100), 1000) == 10.0


def test_fitting_leaves_room_for_the_last_cards() -> None:
    # A 300 px card at the end of a 100-minute window in 1000 px after a 100 px margin.
    zoom = fit_zoom_with_cards(at(0), at(100), 1000, 100, [(at(100), 300), (at(10), 50)])
    assert 100 + 100 * zoom + 300 == pytest.approx(1000)
    # An event far after the window does not shrink it; nor do cards wider than the view.
    assert fit_zoom_with_cards(at(0), at(100), 1000, 100, [(at(900), 300)]) == 9.0
    assert fit_zoom_with_cards(at(0), at(100), 1000, 100, [(at(50), 5000)]) == 9.0
    # However wide the cards, the window keeps a third of the view.
    assert fit_zoom_with_cards(at(0), at(100), 1000, 100, [(at(100), 890)]) == 3.5


# ---- snapping and clamping --------------------------------------------------------------
def test_snap_rounds_to_the_nearest_whole_minute() -> None:
    assert snap_to_minute(at(0) + timedelta(seconds=29)) == at(0)
    assert snap_to_minute(at(0) + timedelta(seconds=30)) == at(1)
    assert snap_to_minute(at(0) - timedelta(seconds=1)) == at(0)


@settings(max_examples=80)
@given(st.floats(-5000, 5000))
def test_a_dragged_time_is_a_whole_minute_inside_the_range(raw_minutes: float) -> None:
    lo, hi = at(-60), at(180)
    bounds = group_drag_bounds([at(10)], lo, hi)
    result = drag_time(at(10), timedelta(minutes=raw_minutes), bounds, lo, hi)
    assert lo <= result <= hi
    assert result.second == 0 and result.microsecond == 0


def test_a_group_keeps_its_shape_at_the_edge() -> None:
    lo, hi = at(-60), at(180)
    starts = [at(0), at(30)]
    bounds = group_drag_bounds(starts, lo, hi)
    moved = [drag_time(s, timedelta(hours=10), bounds, lo, hi) for s in starts]
    assert moved == [at(150), at(180)]
    moved = [drag_time(s, timedelta(hours=-10), bounds, lo, hi) for s in starts]
    assert moved == [at(-60), at(-30)]


def test_window_handles_cannot_cross() -> None:
    lo, hi = at(-60), at(300)
    assert handle_bounds("started_at", at(0), at(135), lo, hi) == (lo, at(134))
    assert handle_bounds("resolved_at", at(0), at(135), lo, hi) == (at(1), hi)
    assert handle_bounds("started_at", at(0), None, lo, hi) == (lo, hi)


# ---- the range shown --------------------------------------------------------------------
def test_window_falls_back_to_the_events_span() -> None:
    events = [at(5), at(50), at(20)]
    assert incident_window(None, None, events) == (at(5), at(50))
    assert incident_window(at(0), None, events) == (at(0), at(50))
    assert incident_window(None, at(90), events) == (at(5), at(90))
    assert incident_window(None, None, []) is None
    assert incident_window(at(0), None, []) == (at(0), at(0))


def test_range_covers_every_event_with_room_to_drag() -> None:
    lo, hi = padded_range((at(0), at(100)), [at(-30), at(40)])
    assert lo < at(-30) and hi > at(100)
    lo, hi = padded_range((at(0), at(0)), [])
    assert hi - lo == timedelta(minutes=30)


def test_empty_timeline_opens_on_a_working_day() -> None:
    start, end = default_window(date(2024, 3, 1), UTC)
    assert start.hour == 9 and end - start == timedelta(hours=8)


def test_unknown_time_zone_falls_back_to_utc() -> None:
    assert zone("Nowhere/Atlantis") is UTC
    assert zone("") is UTC
    assert zone("Europe/Paris") == ZoneInfo("Europe/Paris")


# ---- lanes ------------------------------------------------------------------------------
Span = tuple[object, int, float, float]


def _overlaps(spans: list[Span], gap: float) -> list[tuple[object, object]]:
    bad = []
    for i, (k1, l1, a1, b1) in enumerate(spans):
        for k2, l2, a2, b2 in spans[i + 1 :]:
            if l1 == l2 and a1 < b2 + gap and a2 < b1 + gap:
                bad.append((k1, k2))
    return bad


def test_two_hundred_cards_never_overlap() -> None:
    rng = random.Random(7)
    scale = TimeScale(T0, 3.0)
    packer = LanePacker(gap=6)
    spans = []
    for n in range(200):
        x = scale.x_of(at(rng.uniform(0, 600)))
        left, right, _ = card_span(x, rng.uniform(60, 260), 10)
        spans.append((n, left, right))
    lanes = packer.pack(spans)
    assert set(lanes) == set(range(200))
    assert _overlaps(packer.spans(), 6) == []
    # Optimal for intervals: as many lanes as the most cards over any one point.
    depth = max(sum(1 for _, a, b in spans if a <= x < b + 6) for _, x, _ in spans)
    assert packer.lane_count == depth


@settings(max_examples=60)
@given(st.lists(st.tuples(st.integers(0, 30), st.floats(0, 2000), st.floats(10, 300)),
                max_size=60))
def test_moving_cards_one_by_one_never_overlaps(moves: list[tuple[int, float, float]]) -> None:
    packer = LanePacker(gap=4)
    packer.pack((n, n * 40.0, n * 40.0 + 100) for n in range(10))
    for key, left, width in moves:
        if key % 7 == 0 and key in packer:
            packer.remove(key)
        else:
            packer.place(key, left, left + width)
    assert _overlaps(packer.spans(), 4) == []


def test_moving_one_card_leaves_the_others_in_their_lanes() -> None:
    packer = LanePacker(gap=4)
    before = packer.pack((n, n * 50.0, n * 50.0 + 120) for n in range(20))
    packer.place(5, 5000, 5100)
    for key, lane in before.items():
        assert packer.lane_of(key) == lane  # the moved card still fits on its own lane


def test_a_moved_card_that_no_longer_fits_goes_to_the_nearest_free_lane() -> None:
    packer = LanePacker(gap=0)
    for n in range(6):
        assert packer.place(f"k{n}", 0, 100) == n
    for n in range(6):
        assert packer.place(f"b{n}", 1000, 1100) == n
    packer.remove("b3")
    packer.remove("b4")
    packer.place("k5", 1000, 1100)  # its own lane is taken there; 4 is nearer than 3
    assert packer.lane_of("k5") == 4
    assert packer.place("new", 1000, 1100) == 3  # a new card goes as high as it fits


def test_cards_near_the_right_edge_flip_to_the_left() -> None:
    assert card_span(100, 80, 10, right_limit=500) == (90, 170, False)
    assert card_span(480, 80, 10, right_limit=500) == (410, 490, True)


# ---- ruler ------------------------------------------------------------------------------
def test_ruler_step_follows_the_zoom_from_minutes_to_days() -> None:
    assert tick_step(MAX_PX_PER_MINUTE)[0] == 2
    assert tick_step(8.0)[0] == 10
    assert tick_step(1.0)[0] == 120
    assert tick_step(0.05)[0] == 2 * 1440
    assert tick_step(MIN_PX_PER_MINUTE)[0] == 7 * 1440


def test_ticks_sit_on_round_local_times_with_dates_at_midnight() -> None:
    paris = ZoneInfo("Europe/Paris")
    start = datetime(2023, 10, 15, 20, 7, tzinfo=UTC)  # 22:07 in Paris
    ticks = ruler_ticks(start, start + timedelta(hours=4), paris, px_per_minute=1.0)
    labelled = [t for t in ticks if t.level >= 1]
    assert [t.label for t in labelled] == ["Mon 16 Oct", "02:00"]
    assert all(t.at.astimezone(paris).minute == 0 for t in labelled)
    assert all(start <= t.at <= start + timedelta(hours=4) for t in ticks)
    assert any(t.level == 0 for t in ticks)


def test_ticks_at_fine_zoom_are_minutes() -> None:
    ticks = ruler_ticks(at(0), at(10), UTC, px_per_minute=40.0)
    assert [t.label for t in ticks if t.level == 1][:3] == ["10:30", "10:32", "10:34"]


def test_day_ticks_over_a_dst_change_stay_on_midnight() -> None:
    ny = ZoneInfo("America/New_York")
    start = datetime(2023, 11, 3, tzinfo=ny)
    ticks = ruler_ticks(start, start + timedelta(days=4), ny, px_per_minute=0.07)
    days = [t.at.astimezone(ny) for t in ticks if t.level == 2]
    assert days and all((d.hour, d.minute) == (0, 0) for d in days)


# ---- labels -----------------------------------------------------------------------------
def test_elide_keeps_short_text_and_cuts_long_text_at_a_word() -> None:
    def measure(s: str) -> float:
        return 7.0 * len(s)

    assert elide("Resolved", 100, measure) == "Resolved"
    short = elide("The incident response team was alerted by the pager", 175, measure)
    assert short.endswith("…") and measure(short) <= 175
    assert short == "The incident response…"
    assert elide("Supercalifragilistic", 30, measure) == "Sup…"


def test_one_line_and_offsets() -> None:
    assert one_line("  two\nlines\t here ") == "two lines here"
    assert format_offset(timedelta(minutes=17)) == "+17 min"
    assert format_offset(timedelta(minutes=-65)) == "−1 h 05 min"
    assert format_offset(timedelta(days=2, hours=3)) == "+2 d 3 h"
