"""Laying Word files out with LibreOffice and reading where each word landed on each page
(pdftotext -bbox), so tests can check what a reader sees: how many pages, and how much
of a page is left empty before the next page starts with a heading."""

from __future__ import annotations

import itertools
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import docx

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(
    r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>'
)
PT_PER_EMU = 1 / 12700


@dataclass(frozen=True)
class Page:
    lines: list[tuple[float, float, str]]  # (top, bottom, text) of the body, top to bottom
    body_top: float
    body_bottom: float

    @property
    def filled(self) -> float:
        """How far down the body the last line reaches, 0 (empty) to 1 (full)."""
        if not self.lines:
            return 0.0
        return (self.lines[-1][1] - self.body_top) / (self.body_bottom - self.body_top)

    @property
    def first_line(self) -> str:
        return self.lines[0][2] if self.lines else ""


def convert(folder: Path, *documents: Path) -> None:
    # A private profile: a user's running LibreOffice or a stale lock must not interfere.
    profile = (folder / "profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), *map(str, documents)],
        check=True, capture_output=True, timeout=300,
    )


def pages_of(document: Path) -> list[Page]:
    """The pages of document.pdf (converted beside it), header and footer left out."""
    section = docx.Document(str(document)).sections[-1]
    top = float(section.top_margin) * PT_PER_EMU
    bottom_margin = float(section.bottom_margin) * PT_PER_EMU
    pdf = document.with_suffix(".pdf")
    assert pdf.stat().st_size > 0, f"LibreOffice did not convert {document.name}"
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                         capture_output=True, text=True, timeout=60).stdout
    pages = []
    for _width, height, content in _PAGE.findall(out):
        body_bottom = float(height) - bottom_margin
        lines: dict[float, list[tuple[float, str]]] = {}
        for y_min, y_max, word in _WORD.findall(content):
            y0, y1 = float(y_min), float(y_max)
            if y0 < top or y0 > body_bottom:
                continue  # the page header (the title) and footer (page numbers)
            key = next((k for k in lines if abs(k - y0) < 2), y0)
            lines.setdefault(key, []).append((y1, word))
        rows = [(y0, max(b for b, _ in words), " ".join(w for _, w in words))
                for y0, words in sorted(lines.items())]
        pages.append(Page(rows, top, body_bottom))
    return pages


def text_of(document: Path) -> str:
    pdf = document.with_suffix(".pdf")
    out = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                         text=True, timeout=60)
    return " ".join(out.stdout.split())


def headings_of(document: Path) -> set[str]:
    opened = docx.Document(str(document))
    return {p.text for p in opened.paragraphs if p.style.name.startswith("Heading")}


def gaps_before_headings(document: Path, least: float = 0.75) -> list[str]:
    """Pages whose body is filled less than `least` while the next page opens with a
    heading: the page break a reader would take for a mistake."""
    headings = headings_of(document)
    pages = pages_of(document)
    return [
        f"page {n} is {page.filled:.0%} full before “{after.first_line}” on page {n + 1}"
        for n, (page, after) in enumerate(itertools.pairwise(pages), start=1)
        if after.first_line in headings and page.filled < least
    ]
