"""Reading a long paste off the GUI thread, so that the window keeps answering.

Reading 10,000 pasted lines as messages (pmdesk.domain.chat_log: a chat log's speakers
are found over the whole paste first) takes about half a second of Python. Over
READ_AT_ONCE lines a thread of its own reads them; the GUI thread gets the interpreter
back every millisecond meanwhile (Python's switch interval, shortened while a paste is
read), so the window paints and answers. The events are added when all are read, as
one undo step; their texts are checked for the writing hints in the thread too
(domain.writing.check_ahead), and their timeline cards' labels and widths worked out and
the cards placed on their lanes (render/timeline/card_content.py), so that the GUI
thread's block that adds them is shorter.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from pmdesk.domain.model import Postmortem
from pmdesk.domain.writing import check_ahead
from pmdesk.render.timeline.card_content import Ahead, CardContents
from pmdesk.ui.editor.paste import Proposal, anchor, propose_events

READ_AT_ONCE = 1_000
# While a paste is read, Python hands the interpreter from thread to thread this often
# (its default is 5 ms): see _window_first.
SWITCH_S = 0.001
_switching = threading.Lock()
_readers = [0, 0.0]  # pastes being read, the interval before the first


@contextmanager
def _window_first() -> Iterator[None]:
    """Every Python call the window makes (a timer, a paint of a card, a cell's data)
    waits for the interpreter while the reading thread holds it: up to the switch
    interval each, so that one paint could wait 0.1-0.2 s. A shorter interval while
    a paste is read (bench_paste, 3 runs of 3 windows each, load 0.3-0.9: the longest
    pause of a paste of 10,000 lines 0.11-0.14 s before, 0.09-0.12 s after)."""
    with _switching:
        if _readers[0] == 0:
            _readers[1] = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_S)
        _readers[0] += 1
    try:
        yield
    finally:
        with _switching:
            _readers[0] -= 1
            if _readers[0] == 0:
                sys.setswitchinterval(_readers[1])


class PasteJob(QObject):
    done = Signal(object, object)  # the Proposal and its cards (Ahead), on the GUI thread

    def __init__(self, text: str, pm: Postmortem, cards: CardContents, parent: QObject) -> None:
        super().__init__(parent)
        self._cards = cards
        # What the reading needs of the incident, taken now: the editor goes on changing
        # it meanwhile.
        self._text = text
        self._after: datetime = anchor(pm)
        self._pm = Postmortem(timezone=pm.timezone, started_at=pm.started_at)
        self._thread = threading.Thread(target=self._read, name="pmdesk-paste", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _read(self) -> None:
        with _window_first():
            proposal, ahead = self._work()
        try:
            self.done.emit(proposal, ahead)  # queued: this QObject lives on the GUI thread
        except RuntimeError:
            pass  # the editor was closed meanwhile: nobody waits for it

    def _work(self) -> tuple[Proposal, Ahead]:
        try:
            proposal = propose_events(self._text, self._pm, after=self._after)
            check_ahead(e.text for e in proposal.events)
        except Exception:  # a reader bug must not leave the paste waiting for ever
            proposal = Proposal()
        try:
            ahead = self._cards.ahead(proposal.events)
        except Exception:  # only a head start: the scene makes them itself then
            ahead = Ahead({})
        return proposal, ahead
