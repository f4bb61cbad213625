"""The two colour schemes, light and dark: Qt's palette for the Fusion style and the
colours pmdesk draws with itself (notes beside fields, severities, status marks, tinted
boxes). Every text colour here stays at 4.5:1 or more against the background it is
drawn on (WCAG's minimum for text); tests/ui/test_contrast.py checks each pair.

Which scheme is in effect is decided by pmdesk.ui.theme; windows ask `current()`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


@dataclass(frozen=True, slots=True)
class Colours:
    dark: bool
    # Qt's palette: the Fusion style draws every standard widget with these.
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    placeholder: str
    tooltip_base: str
    tooltip_text: str
    link: str
    link_visited: str
    disabled_text: str
    # pmdesk's own: notes beside fields, on the window or a field's base.
    error: str
    warning: str
    hint: str
    hint_mark: str  # the background of a phrase a writing hint underlines
    muted: str  # secondary text (the "gray" of captions)
    # the step list's marks (icons: 3:1 is enough, but they meet 4.5:1 too)
    done: str
    attention: str
    todo: str
    review: str
    missing: str
    severity_critical: str
    severity_major: str
    severity_minor: str
    severity_low: str
    overdue: str
    offline: str
    bar: str  # the dashboard's bars
    bar_unset: str
    conflict_fill: str  # the bar saying someone else changed the incident
    example_fill: str  # the example panel under the step list
    example_border: str
    example_text: str
    search_mark: str  # what the search found, marked in the preview
    search_mark_text: str
    rule: str  # table borders in the Review page

    def palette(self) -> QPalette:
        """The full palette, every group, so that no colour comes from the platform."""
        p = QPalette()
        mid = QColor(self.button)
        roles = {
            Role.Window: self.window, Role.WindowText: self.window_text,
            Role.Base: self.base, Role.AlternateBase: self.alternate_base,
            Role.Text: self.text, Role.Button: self.button, Role.ButtonText: self.button_text,
            Role.Highlight: self.highlight, Role.HighlightedText: self.highlighted_text,
            Role.PlaceholderText: self.placeholder, Role.ToolTipBase: self.tooltip_base,
            Role.ToolTipText: self.tooltip_text, Role.Link: self.link,
            Role.LinkVisited: self.link_visited, Role.BrightText: self.error,
            Role.Light: mid.lighter(150).name(), Role.Midlight: mid.lighter(125).name(),
            Role.Mid: mid.darker(130).name(), Role.Dark: mid.darker(160).name(),
            Role.Shadow: "#000000", Role.Accent: self.highlight,
        }
        for role, colour in roles.items():
            p.setColor(role, QColor(colour))
        for role in (Role.WindowText, Role.Text, Role.ButtonText):
            p.setColor(Group.Disabled, role, QColor(self.disabled_text))
        p.setColor(Group.Disabled, Role.Highlight, QColor(self.muted))
        p.setColor(Group.Inactive, Role.Highlight, QColor(self.highlight))
        p.setColor(Group.Inactive, Role.HighlightedText, QColor(self.highlighted_text))
        return p

    def severity(self, name: str) -> str:
        """The colour of a severity by its value ("critical", "major", ...)."""
        return str(getattr(self, f"severity_{name}", self.muted))


LIGHT = Colours(
    dark=False,
    window="#efefef", window_text="#1f1f1f", base="#ffffff", alternate_base="#f5f5f5",
    text="#1f1f1f", button="#e8e8e8", button_text="#1f1f1f", highlight="#1f5fbf",
    highlighted_text="#ffffff", placeholder="#5f6368", tooltip_base="#ffffdc",
    tooltip_text="#1f1f1f", link="#0b57d0", link_visited="#6a1b9a", disabled_text="#8a8a8a",
    error="#a4001a", warning="#7a4d00", hint="#1d4f91", hint_mark="#e8eef8", muted="#5f6368",
    done="#2e7d32", attention="#8f5600", todo="#6b6b6b", review="#455a64", missing="#555555",
    severity_critical="#b71c1c", severity_major="#a14a05", severity_minor="#7a5600",
    severity_low="#546e7a", overdue="#c62828", offline="#9a4f00", bar="#3f7fbf",
    bar_unset="#9e9e9e", conflict_fill="#fff4e0", example_fill="#f4f1e8",
    example_border="#d8d2c0", example_text="#2b2b2b", search_mark="#ffe082",
    search_mark_text="#000000", rule="#bbbbbb",
)

DARK = Colours(
    dark=True,
    window="#2b2d30", window_text="#e6e6e6", base="#1e1f22", alternate_base="#26282b",
    text="#e6e6e6", button="#3c3f43", button_text="#e6e6e6", highlight="#3d6fcf",
    highlighted_text="#ffffff", placeholder="#a0a5ab", tooltip_base="#3c3f43",
    tooltip_text="#e6e6e6", link="#8ab4f8", link_visited="#c58af9", disabled_text="#7d8187",
    error="#ff8a8a", warning="#f0b44c", hint="#8ab4f8", hint_mark="#2a3a55", muted="#a8adb3",
    done="#81c995", attention="#f0b44c", todo="#a0a5ab", review="#b0bec5", missing="#b0b0b0",
    severity_critical="#ff8a80", severity_major="#ffb74d", severity_minor="#e6c35c",
    severity_low="#b0bec5", overdue="#ff8a80", offline="#ffb74d", bar="#6fa8dc",
    bar_unset="#80868b", conflict_fill="#3d3222", example_fill="#302d26",
    example_border="#5a5445", example_text="#e8e4d8", search_mark="#7a6320",
    search_mark_text="#ffffff", rule="#555a60",
)


def relative_luminance(colour: str) -> float:
    """WCAG 2's relative luminance of an sRGB colour ("#rrggbb")."""
    q = QColor(colour)

    def linear(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(q.red()) + 0.7152 * linear(q.green()) + 0.0722 * linear(q.blue())


def contrast(foreground: str, background: str) -> float:
    """WCAG 2's contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    a, b = sorted((relative_luminance(foreground), relative_luminance(background)))
    return (b + 0.05) / (a + 0.05)
