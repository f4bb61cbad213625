"""Every text colour of both schemes against what it is drawn on: WCAG 2's contrast ratio
(relative luminance) of at least 4.5:1, the minimum for text (AA)."""

from __future__ import annotations

import pytest

from pmdesk.domain.model import EventKind
from pmdesk.render.timeline.style import (
    CHART_STYLE,
    KIND_LOOKS,
    PREVIEW_STYLE,
    VIEW_STYLE,
    TimelineStyle,
    card_fill,
    in_dark,
)
from pmdesk.ui.colours import DARK, LIGHT, Colours, contrast

TEXT = 4.5
SCHEMES = {"light": LIGHT, "dark": DARK}


def palette_pairs(c: Colours) -> dict[str, tuple[str, str]]:
    """(text, background) of Qt's palette roles the Fusion style draws text with."""
    return {
        "WindowText/Window": (c.window_text, c.window),
        "Text/Base": (c.text, c.base),
        "Text/AlternateBase": (c.text, c.alternate_base),
        "ButtonText/Button": (c.button_text, c.button),
        "HighlightedText/Highlight": (c.highlighted_text, c.highlight),
        "PlaceholderText/Base": (c.placeholder, c.base),
        "PlaceholderText/Window": (c.placeholder, c.window),
        "ToolTipText/ToolTipBase": (c.tooltip_text, c.tooltip_base),
        "Link/Base": (c.link, c.base),
        "LinkVisited/Base": (c.link_visited, c.base),
    }


def own_pairs(c: Colours) -> dict[str, tuple[str, str]]:
    """pmdesk's own texts and marks on the backgrounds they appear on."""
    pairs = {}
    for name in ("error", "warning", "hint"):
        # beside a field (the window) and in a table's cells (the base)
        pairs[f"{name}/Window"] = (getattr(c, name), c.window)
        pairs[f"{name}/Base"] = (getattr(c, name), c.base)
    pairs["text on a hint's mark"] = (c.text, c.hint_mark)
    for ground in ("base", "alternate_base", "window"):
        pairs[f"muted/{ground}"] = (c.muted, getattr(c, ground))
    for name in ("critical", "major", "minor", "low"):  # the library table's rows
        pairs[f"severity {name}/Base"] = (c.severity(name), c.base)
        pairs[f"severity {name}/AlternateBase"] = (c.severity(name), c.alternate_base)
    pairs["overdue/Base"] = (c.overdue, c.base)
    pairs["overdue/AlternateBase"] = (c.overdue, c.alternate_base)
    pairs["offline/Window"] = (c.offline, c.window)  # the status bar
    for state in ("done", "attention", "todo", "review", "missing"):  # step and check marks
        pairs[f"{state}/Base"] = (getattr(c, state), c.base)
    pairs["conflict bar"] = (c.window_text, c.conflict_fill)
    pairs["example panel"] = (c.example_text, c.example_fill)
    pairs["search mark"] = (c.search_mark_text, c.search_mark)
    return pairs


def timeline_pairs(st: TimelineStyle) -> dict[str, tuple[str, str]]:
    pairs = {
        "ink/background": (st.ink, st.background),
        "muted/background": (st.muted, st.background),  # the empty timeline's hint
        "ink/ruler": (st.ink, st.ruler_bg),
        "muted/ruler": (st.muted, st.ruler_bg),
        "window tab": (st.handle_text, st.handle),
        "unset window tab": (st.handle, st.background),
        "drag bubble": (st.bubble_text, st.bubble),
        "selected card": (st.ink, card_fill(st, st.selection, st.card_tint + 0.03).name()),
    }
    for kind, look in KIND_LOOKS.items():
        pairs[f"{kind.value} card"] = (st.ink, card_fill(st, look.color).name())
    return pairs


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_palette_pair_reads_as_text(scheme: str) -> None:
    low = {name: round(contrast(fg, bg), 2)
           for name, (fg, bg) in palette_pairs(SCHEMES[scheme]).items()
           if contrast(fg, bg) < TEXT}
    assert low == {}


@pytest.mark.parametrize("scheme", SCHEMES)
def test_pmdesks_own_colours_read_on_their_backgrounds(scheme: str) -> None:
    low = {name: round(contrast(fg, bg), 2)
           for name, (fg, bg) in own_pairs(SCHEMES[scheme]).items()
           if contrast(fg, bg) < TEXT}
    assert low == {}


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("style", [VIEW_STYLE, PREVIEW_STYLE, CHART_STYLE],
                         ids=["view", "preview", "chart"])
def test_timeline_text_reads_on_every_card_and_ground(
    qapp: object, style: TimelineStyle, dark: bool
) -> None:
    st = in_dark(style) if dark else style
    low = {name: round(contrast(fg, bg), 2)
           for name, (fg, bg) in timeline_pairs(st).items() if contrast(fg, bg) < TEXT}
    assert low == {}


def test_the_ratio_is_wcags() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#777777") == contrast("#777777", "#ffffff")
    assert set(KIND_LOOKS) == set(EventKind)


def test_the_timeline_sits_on_the_same_ground_as_the_fields_around_it() -> None:
    # The render layer cannot import the windows' colours: kept in step here.
    for style, colours in ((VIEW_STYLE, LIGHT), (in_dark(VIEW_STYLE), DARK)):
        assert (style.background, style.ink) == (colours.base, colours.text) or (
            style.background == colours.base and contrast(style.ink, colours.base) >= 12)
