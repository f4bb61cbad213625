"""Which of qtawesome's icon fonts pmdesk loads.

Every icon pmdesk shows is from Font Awesome 6 solid ("fa6s."). qtawesome loads all
twelve fonts it bundles, with their character maps, at the first icon: ~40 ms of every
start. Giving it only the one pmdesk uses takes ~3 ms. This reaches into qtawesome's
module (its singleton and its font list, stable through the 1.x releases pinned in
pyproject.toml); if those are not there, qtawesome is left to load every font, so icons
still draw, only later.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

PREFIX = "fa6s"


def load_only_the_icon_font() -> None:
    """Call once a QApplication exists and before the first icon."""
    import qtawesome

    try:
        resource = qtawesome._resource
        if resource.get("iconic") is not None:
            return  # icons were made already: the fonts are loaded
        spec = next(font for font in qtawesome._BUNDLED_FONTS if font[0] == PREFIX)
        from qtawesome.iconic_font import IconicFont

        resource["iconic"] = IconicFont(spec)
    except (AttributeError, KeyError, StopIteration, TypeError) as exc:
        log.info("Loading every icon font qtawesome has (%s)", exc)
