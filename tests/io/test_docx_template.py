"""The reference template, and company templates that lack what ours has."""

from __future__ import annotations

import importlib.util
import zipfile
from datetime import date
from pathlib import Path
from types import ModuleType

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE

from pmdesk.io.docx.export import build_document, export_docx
from pmdesk.io.docx.page import add_field
from pmdesk.io.docx.template import StyleBook, open_template
from pmdesk.io.errors import ExportFailed
from tests.io.docx_fixtures import all_text, find_table, seed_postmortem

TODAY = date(2023, 11, 20)
ROOT = Path(__file__).resolve().parents[2]


def _make_template_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_template", ROOT / "scripts" / "make_template.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_template_defines_the_styles_the_export_uses() -> None:
    document = open_template()
    styles = StyleBook(document)
    for name in (
        "Title",
        "Subtitle",
        "Heading 1",
        "Heading 2",
        "List Bullet",
        "Caption",
        "Table Text",
        "Header",
        "Footer",
    ):
        assert styles.paragraph(name), name
    assert styles.table("pmdesk Table")
    assert styles.has_numbering(styles.paragraph("List Bullet") or "")
    assert document.styles["Normal"].font.name is None  # fonts come from the defaults
    assert len(document.element.body) == 1  # only the section properties: no sample text
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.left_margin.cm, 1) == 2.2


def test_template_script_rebuilds_the_same_bytes(tmp_path: Path) -> None:
    script = _make_template_script()
    assert script.build() == script.build()
    rebuilt = tmp_path / "template.docx"
    rebuilt.write_bytes(script.build())
    with (
        zipfile.ZipFile(rebuilt) as fresh,
        zipfile.ZipFile(ROOT / "resources" / "template.docx") as shipped,
    ):
        # The shipped file is the script's output: regenerate it after changing the script.
        assert fresh.read("word/styles.xml") == shipped.read("word/styles.xml")


def _bare_company_template(tmp_path: Path, suffix: str = ".docx") -> Path:
    """A company template that has none of our styles beyond the basics."""
    document = docx.Document()
    document.add_paragraph("Company letterhead sample text")
    styles = document.styles
    for style in list(styles):
        keep = style.name in ("Normal", "Normal Table", "Default Paragraph Font", "No List")
        if not keep and style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.TABLE):
            style.element.getparent().remove(style.element)
    path = tmp_path / f"company{suffix}"
    document.save(str(path))
    return path


def test_a_template_without_our_styles_still_gives_a_readable_report(tmp_path: Path) -> None:
    template = _bare_company_template(tmp_path)
    document = build_document(seed_postmortem(), template=template, today=TODAY)
    text = all_text(document)
    assert "Company letterhead sample text" not in text
    assert document.paragraphs[0].text == "The Great Downtime Debacle: A Postmortem"
    assert document.paragraphs[0].runs[0].bold
    bullets = [p.text for p in document.paragraphs if p.text.startswith("•\t")]
    assert "•\tImplement automatic scaling to handle traffic spikes." in bullets
    heading = next(p for p in document.paragraphs if p.text == "Timeline")
    assert heading.paragraph_format.keep_with_next
    assert len(find_table(document, "Time (").rows) == 7
    assert "Page 1 of 1" in "".join(p.text for p in document.sections[0].footer.paragraphs)


def test_a_company_template_with_page_numbers_keeps_its_own(tmp_path: Path) -> None:
    path = tmp_path / "numbered.docx"
    company = docx.Document()
    footer = company.sections[0].footer.paragraphs[0]
    footer.text = "ACME confidential"
    add_field(footer._p, "PAGE", "1")
    company.save(str(path))
    document = build_document(seed_postmortem(), template=path, today=TODAY)
    footer_xml = document.sections[0].footer._element.xml
    assert footer_xml.count("PAGE") == 1
    assert "ACME confidential" in footer_xml
    assert "Debacle" in document.sections[0].header.paragraphs[0].text


def test_a_dotx_template_is_accepted(tmp_path: Path) -> None:
    source = _bare_company_template(tmp_path)
    dotx = tmp_path / "company.dotx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(dotx, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(item, data)
    document = build_document(seed_postmortem(), template=dotx, today=TODAY)
    assert "Conclusion" in [p.text for p in document.paragraphs]


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"not a zip at all", "not a Word document"), (None, "does not exist")],
)
def test_an_unusable_template_fails_clearly_and_keeps_the_old_file(
    tmp_path: Path, content: bytes | None, reason: str
) -> None:
    template = tmp_path / "broken.docx"
    if content is not None:
        template.write_bytes(content)
    target = tmp_path / "report.docx"
    target.write_bytes(b"previous export")
    with pytest.raises(ExportFailed, match=reason) as failure:
        export_docx(seed_postmortem(), target, template=template, today=TODAY)
    assert "Preferences" in str(failure.value)
    assert target.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["report.docx"] + (["broken.docx"] if content is not None else [])
    )
