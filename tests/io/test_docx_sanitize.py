"""Cleaning a company template: what goes, and what stays exactly as it was.

The drill tests/drills/test_hostile_templates.py exports through a template holding every
kind of hostile content; these tests look at single rules on the parts themselves.
"""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from pmdesk.io.docx.package import PackageRefused, read_parts, write_parts
from pmdesk.io.docx.sanitize import DOCUMENT_TYPE, sanitize

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _template(footer_xml: str = "", footer_rels: str = "") -> dict[str, bytes]:
    """python-docx's default document with a footer holding footer_xml."""
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "ACME"
    buffer = io.BytesIO()
    document.save(buffer)
    parts = read_parts(buffer.getvalue())
    if footer_xml:
        name = next(n for n in parts if n.startswith("word/footer") and n.endswith(".xml"))
        parts[name] = (
            f'<w:ftr xmlns:w="{W}" xmlns:r="{R}" xmlns:a="{A}">{footer_xml}</w:ftr>'
        ).encode()
        rels = f"word/_rels/{name.rsplit('/', 1)[1]}.rels"
        parts[rels] = (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships">{footer_rels}</Relationships>'
        ).encode()
    return parts


def _footer(parts: dict[str, bytes]) -> str:
    name = next(n for n in parts if n.startswith("word/footer") and n.endswith(".xml"))
    return parts[name].decode()


def test_a_clean_template_keeps_every_part_as_it_was() -> None:
    parts = _template()
    cleaned = sanitize(parts)
    for name, blob in cleaned.items():
        if name != "[Content_Types].xml" and not name.endswith(".rels"):
            assert blob == parts[name], name
    assert set(cleaned) == set(parts)
    document = docx.Document(io.BytesIO(write_parts(cleaned)))
    assert document.sections[0].footer.paragraphs[0].text == "ACME"


def test_an_external_hyperlink_keeps_its_words() -> None:
    parts = _template(
        '<w:p><w:hyperlink r:id="rIdWeb"><w:r><w:t>our policy</w:t></w:r></w:hyperlink></w:p>',
        f'<Relationship Id="rIdWeb" Type="{REL}hyperlink" Target="https://example.com" '
        'TargetMode="External"/>',
    )
    footer = _footer(sanitize(parts))
    assert "our policy" in footer and "rIdWeb" not in footer


def test_a_click_through_link_goes_but_its_picture_stays() -> None:
    picture = (
        '<w:p><w:r><w:drawing><a:graphic><a:hlinkClick r:id="rIdWeb"/>'
        '<a:blip r:embed="rIdLogo"/></a:graphic></w:drawing></w:r></w:p>'
    )
    rels = (
        f'<Relationship Id="rIdWeb" Type="{REL}hyperlink" Target="https://example.com" '
        'TargetMode="External"/>'
        f'<Relationship Id="rIdLogo" Type="{REL}image" Target="media/logo.png"/>'
    )
    parts = _template(picture, rels)
    parts["word/media/logo.png"] = b"\x89PNG"
    cleaned = sanitize(parts)
    footer = _footer(cleaned)
    assert "hlinkClick" not in footer and 'r:embed="rIdLogo"' in footer
    assert cleaned["word/media/logo.png"] == b"\x89PNG"


def test_only_the_fetching_field_inside_another_is_emptied() -> None:
    def field(*runs: str) -> str:
        return "".join(f"<w:r>{run}</w:r>" for run in runs)

    nested = field(
        '<w:fldChar w:fldCharType="begin"/>', '<w:instrText>IF 1 = 1 "</w:instrText>',
        '<w:fldChar w:fldCharType="begin"/>', '<w:instrText>INCLUDE</w:instrText>',
        '<w:instrText>TEXT "\\\\\\\\server\\\\x.docx"</w:instrText>',
        '<w:fldChar w:fldCharType="end"/>', '<w:instrText>" "no"</w:instrText>',
        '<w:fldChar w:fldCharType="separate"/>', "<w:t>shown</w:t>",
        '<w:fldChar w:fldCharType="end"/>',
    )
    footer = _footer(sanitize(_template(f"<w:p>{nested}</w:p>")))
    assert "IF 1 = 1" in footer and "server" not in footer and "INCLUDE" not in footer
    assert "shown" in footer


@pytest.mark.parametrize("main_type", [
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
])
def test_a_macro_template_or_dotx_becomes_a_plain_document(main_type: str) -> None:
    parts = _template()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        DOCUMENT_TYPE.encode(), main_type.encode())
    cleaned = sanitize(parts)
    assert DOCUMENT_TYPE.encode() in cleaned["[Content_Types].xml"]
    assert main_type.encode() not in cleaned["[Content_Types].xml"]


def test_a_package_with_too_many_parts_is_refused_before_reading_them() -> None:
    """Judged by the size of the zip's directory, which zipfile would read whole."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for n in range(1_500):
            archive.writestr(f"{n:05d}{'x' * 700}", b"")
    with pytest.raises(PackageRefused, match="too many parts"):
        read_parts(buffer.getvalue())
