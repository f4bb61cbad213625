"""Timeline layouts, one recogniser each.

A recogniser looks at the blocks of a timeline section from one position and says
whether its layout starts there, how many blocks it takes, what it found (events, day
marks, statements about the times, and text that is no event) and how sure it is: the
share of what it took that really were events. `read_timeline_blocks` asks every
recogniser at each position and keeps the surest. The layouts:

- `list_events`: bullets or a numbered list, `- 14:05 text`, `1. **10:45** - text`, an
  item that is only a date with the day's events nested under it;
- `table_events`: a pipe table with a time column and an event column in any order (a
  separate date column, a zone in the header such as "Time (UTC)", a "Kind" column);
- `heading_events`: one heading per event (`### 5:00 PM`, `### 2021-06-29 18:30`), the
  blocks under it its text;
- `day_heading`: a heading, bold line or line that is only a date: later times are on it;
- `paragraph_events`: lines starting with a time; a line that does not, and looks
  wrapped, continues the event above it;
- `code_events`: the same inside a code block;
- `statement`: "All times in UTC", "all events happened on 2019-10-21".
"""

from __future__ import annotations

from collections.abc import Sequence

from pmdesk.domain.model import EventKind
from pmdesk.domain.time_parsing import Stamp, parse_event_parts
from pmdesk.domain.time_statements import date_statement, zone_statement
from pmdesk.io.markdown.draft import prose
from pmdesk.io.markdown.pieces import (
    DayMark,
    Found,
    Leftover,
    Match,
    Piece,
    Reading,
    Recogniser,
    Statement,
    Structure,
    day_header,
    event_of_line,
)
from pmdesk.io.markdown.tables import timeline_columns
from pmdesk.io.markdown.tokens import (
    Block,
    Code,
    Heading,
    Item,
    ItemList,
    Line,
    Para,
    Rule,
    Table,
    block_text,
    leading_label,
    plain,
)

# A statement longer than this is prose that happens to say it: kept in notes as well.
_SHORT_STATEMENT = 200
# A line at least this long was wrapped by its writer's editor, so the next line goes on
# with it; after a shorter line only a line starting in lower case does.
_WRAPPED = 40

__all__ = [
    "RECOGNISERS", "DayMark", "Found", "Leftover", "Match", "Piece", "Reading", "Statement",
    "Structure", "code_events", "day_heading", "heading_events", "list_events",
    "paragraph_events", "read_timeline_blocks", "statement", "table_events",
]  # fmt: skip


def _heading_text(block: Block) -> str | None:
    """The text of a heading or of a paragraph that is one bold line."""
    if isinstance(block, Heading):
        return plain(block.line).strip().text
    if isinstance(block, Para) and len(block.lines) == 1:
        label = leading_label(block.lines[0])
        if label is not None and not label[1].text:
            return label[0]
    return None


def _item_pieces(item: Item, reading: Reading) -> tuple[list[Piece], bool]:
    """(pieces, whether the item was an event or a day with events)."""
    first = item.blocks[0] if item.blocks else None
    written = "- " + "\n".join(block_text(b) for b in item.blocks)
    if not isinstance(first, Para) or not first.lines:
        return [Leftover(written)], False
    found = event_of_line(first.lines[0], reading)
    if found is None:
        mark = day_header(first.text(), reading) if len(first.lines) == 1 else None
        nested = [b for b in item.blocks[1:] if isinstance(b, ItemList)]
        if mark is not None and nested:
            pieces: list[Piece] = [mark]
            for sub in nested:
                day_events = list_events([sub], 0, reading)
                pieces += day_events.pieces if day_events else [Leftover(block_text(sub))]
            return pieces, True
        return [Leftover(written)], False
    stamp, text, kind = found
    paragraphs = [prose("\n".join([text, *(plain(line).text for line in first.lines[1:])]))]
    after: list[Piece] = []
    for block in item.blocks[1:]:
        nested_events = list_events([block], 0, reading) if isinstance(block, ItemList) else None
        if nested_events is not None and nested_events.confidence >= 0.5:
            after += nested_events.pieces
        else:
            paragraphs.append(prose(block.text() if isinstance(block, Para) else block_text(block)))
    event = Found(stamp, "\n\n".join(p for p in paragraphs if p), kind, written)
    return [event, *after], True


def list_events(blocks: Sequence[Block], at: int, reading: Reading) -> Match | None:
    block = blocks[at]
    if not isinstance(block, ItemList) or not block.items:
        return None
    pieces: list[Piece] = []
    hits = 0
    for item in block.items:
        found, hit = _item_pieces(item, reading)
        pieces += found
        hits += hit
    return Match(1, pieces, hits / len(block.items)) if hits else None


def table_events(blocks: Sequence[Block], at: int, reading: Reading) -> Match | None:
    block = blocks[at]
    if not isinstance(block, Table) or not block.rows:
        return None
    columns = timeline_columns(block, reading.dates, reading.lenient)
    if columns is None:
        return None
    pieces: list[Piece] = [Structure(" | ".join(h.text for h in block.header))]
    hits = 0
    for row in block.rows:
        written = " | ".join(c.text for c in row)
        found = columns.read(row)
        filled = [c.text for c in row if c.text.strip()]
        mark = day_header(filled[0], reading) if found is None and len(filled) == 1 else None
        if mark is not None:
            pieces.append(mark)  # a row that is only a date: "| **Jan 10** | |"
        elif found is None:
            pieces.append(Leftover(written))
        else:
            pieces.append(Found(found[0], found[1], found[2], written))
            hits += 1
    return Match(1, pieces, hits / len(block.rows)) if hits else None


def heading_events(blocks: Sequence[Block], at: int, reading: Reading) -> Match | None:
    text = _heading_text(blocks[at])
    if text is None:
        return None
    parts = parse_event_parts(text, reading.dates, reading.lenient)
    if parts is None:
        return None
    stamp, rest = parts
    end = at + 1
    while end < len(blocks) and _heading_text(blocks[end]) is None:
        if isinstance(blocks[end], Rule):
            break
        end += 1
    body = [b.text() if isinstance(b, Para) else block_text(b) for b in blocks[at + 1 : end]]
    event_text = "\n\n".join(p for p in (prose(x) for x in [rest, *body]) if p)
    written = "\n".join([text, *body])
    return Match(end - at, [Found(stamp, event_text, None, written)])


def day_heading(blocks: Sequence[Block], at: int, reading: Reading) -> Match | None:
    block = blocks[at]
    text = _heading_text(block)
    if text is None and isinstance(block, Para) and len(block.lines) == 1:
        text = block.text()
    mark = day_header(text, reading) if text else None
    return Match(1, [mark]) if mark is not None else None


def _line_events(lines: Sequence[str | Line], reading: Reading) -> Match | None:
    pieces: list[Piece] = []
    current: Found | None = None
    hits = misses = 0
    previous = ""
    for line in lines:
        text = line if isinstance(line, str) else plain(line).text
        found: tuple[Stamp, str, EventKind | None] | None
        if isinstance(line, str):
            parts = parse_event_parts(text, reading.dates, reading.lenient)
            found = (parts[0], parts[1], None) if parts else None
        else:
            found = event_of_line(line, reading)
        if found is not None:
            current = Found(found[0], found[1], found[2], text)
            pieces.append(current)
            hits += 1
        elif current is not None and text.strip() and _continues(previous, text):
            # A wrapped line belongs to the event above it.
            current.text = prose(f"{current.text}\n{text}")
            current.written += "\n" + text
        elif text.strip():
            pieces.append(Leftover(text))
            misses += 1
            current = None
        previous = text
    return Match(1, pieces, hits / (hits + misses)) if hits else None


def _continues(previous: str, line: str) -> bool:
    first = line.lstrip()[:1]
    return len(previous.rstrip()) >= _WRAPPED or first.islower() or first in ",;)–—-"


def paragraph_events(blocks: Sequence[Block], at: int, reading: Reading) -> Match | None:
    block = blocks[at]
    return _line_events(block.lines, reading) if isinstance(block, Para) else None


def code_events(blocks: Sequence[Block], at: int, reading: Reading) -> Match | None:
    block = blocks[at]
    if not isinstance(block, Code):
        return None
    return _line_events([t.strip() for t in block.text.split("\n")], reading)


def statement(blocks: Sequence[Block], at: int, reading: Reading) -> Match | None:
    block = blocks[at]
    if not isinstance(block, Para):
        return None
    text = block.text()
    zone = zone_statement(text)
    day = date_statement(text, reading.dates)
    if zone is None and day is None:
        return None
    keep = len(text) > _SHORT_STATEMENT
    return Match(1, [Statement(text, zone.zone if zone else None, day, keep)])


RECOGNISERS: tuple[Recogniser, ...] = (
    heading_events,
    day_heading,
    list_events,
    table_events,
    paragraph_events,
    code_events,
    statement,
)


def read_timeline_blocks(blocks: Sequence[Block], reading: Reading) -> list[Piece]:
    """Every block of a timeline section as pieces, by the surest recogniser at each
    position; a block no recogniser takes is kept as text."""
    pieces: list[Piece] = []
    at = 0
    while at < len(blocks):
        matches = [m for r in RECOGNISERS if (m := r(blocks, at, reading)) is not None]
        best = max(matches, key=lambda m: m.confidence, default=None)
        if best is None:
            block = blocks[at]
            if not isinstance(block, Rule):
                text = block.text() if isinstance(block, Para) else block_text(block)
                pieces.append(Leftover(text))
            at += 1
            continue
        pieces += best.pieces
        at += best.used
    return pieces

