"""Taking out of a company's Word template whatever reaches outside it or runs code.

Kept: styles, page setup, header and footer text, embedded pictures and fonts, theme,
numbering, document properties. Dropped: every external relationship (an attached
template on a file share, pictures and OLE objects linked from elsewhere, hyperlinks,
mail-merge sources: Word fetches some as soon as the file opens), and every internal one
of a kind not on the list below (macros, ribbon customisations, ActiveX controls,
embedded objects, sub-documents, the glossary...), with the parts only they reach. The
element that held a dropped reference goes with it (the whole picture or object; a
hyperlink keeps its words), so nothing in the export points at a missing part. Fields
that fetch (INCLUDEPICTURE, DDEAUTO, ...) lose their instruction and keep the result
last shown. A macro-enabled template or a .dotx becomes a plain document.
"""

from __future__ import annotations

import posixpath
from collections import deque
from typing import Any
from urllib.parse import unquote

from lxml import etree

_OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
_MS = "http://schemas.microsoft.com/office/"
KEPT_RELATIONSHIPS = frozenset({
    *(_OD + kind for kind in (
        "officeDocument", "extended-properties", "custom-properties", "styles", "settings",
        "webSettings", "fontTable", "theme", "themeOverride", "numbering", "header",
        "footer", "footnotes", "endnotes", "comments", "image", "font", "customXml",
        "customXmlProps",
    )),
    _PKG + "core-properties",
    _PKG + "thumbnail",
    _MS + "2007/relationships/stylesWithEffects",
    _MS + "2007/relationships/hdphoto",
    _MS + "2011/relationships/people",
    _MS + "2011/relationships/commentsExtended",
    _MS + "2016/09/relationships/commentsIds",
    _MS + "2018/08/relationships/commentsExtensible",
})
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# Field instructions that fetch or run something when Word updates fields.
FETCHING_FIELDS = frozenset({
    "INCLUDEPICTURE", "INCLUDETEXT", "INCLUDE", "LINK", "DDE", "DDEAUTO", "IMPORT",
    "DATABASE",
})

_TYPES_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_O = "{urn:schemas-microsoft-com:office:office}"
_V = "{urn:schemas-microsoft-com:vml}"
_ALTERNATE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
# What goes when something inside refers to a dropped relationship: the whole object.
_HOLDERS = frozenset({_W + "object", _W + "pict", _W + "drawing", _W + "mailMerge"})
# Elements that hold only a link: they go alone (a picture's click-through link).
_LINK_ONLY = frozenset({_A + "hlinkClick", _A + "hlinkHover", _A + "hlinkMouseOver"})
_VML_URLS = (_O + "href", _O + "althref", "src")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_CONTENT_TYPES = "[Content_Types].xml"

Element = Any  # lxml's element type (lxml ships without type information)


def _rels_name(part: str) -> str:
    folder, _, leaf = part.rpartition("/")
    return f"{folder}/_rels/{leaf}.rels" if folder else f"_rels/{leaf}.rels"


def _target(source: str, target: str) -> str:
    target = unquote(target)
    if target.startswith("/"):
        return posixpath.normpath(target).lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def _xml(blob: bytes) -> Element:
    return etree.fromstring(blob, _PARSER)


def _bytes(root: Element) -> bytes:
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data


def sanitize(parts: dict[str, bytes]) -> dict[str, bytes]:
    """The parts of a safe package made from parts (a template's, unpacked).

    Raises ValueError (or lxml's XMLSyntaxError, a subclass of it) if the package's
    relationships or content types cannot be read.
    """
    kept: dict[str, bytes] = {}
    dropped: dict[str, set[str]] = {}
    main: str | None = None
    queue: deque[str] = deque([""])  # "" is the package itself, whose rels are _rels/.rels
    seen = {""}
    while queue:
        source = queue.popleft()
        rels_name = _rels_name(source) if source else "_rels/.rels"
        if rels_name not in parts:
            continue
        rels = _xml(parts[rels_name])
        for rel in list(rels):
            kind, target = rel.get("Type", ""), rel.get("Target", "")
            name = _target(source, target)
            if (rel.get("TargetMode") == "External" or kind not in KEPT_RELATIONSHIPS
                    or name not in parts):
                dropped.setdefault(source, set()).add(rel.get("Id", ""))
                rels.remove(rel)
                continue
            if kind == _OD + "officeDocument" and not source:
                main = name
            if name not in seen:
                seen.add(name)
                queue.append(name)
        kept[rels_name] = _bytes(rels)
    if main is None:
        raise ValueError("no main document part")
    for name in seen - {""}:
        kept[name] = _clean_part(parts[name], dropped.get(name, set()))
    kept[_CONTENT_TYPES] = _content_types(parts[_CONTENT_TYPES], main)
    return kept


def _clean_part(blob: bytes, dropped: set[str]) -> bytes:
    """An XML part without references to dropped relationships or fetching fields;
    other parts (pictures, fonts) unchanged."""
    if not blob.lstrip().startswith(b"<"):
        return blob
    root = _xml(blob)
    changed = _drop_references(root, dropped)
    changed = _empty_fetching_fields(root) or changed
    changed = _drop_vml_urls(root) or changed
    return _bytes(root) if changed else blob


def _holder(element: Element) -> Element:
    """What to remove with element: the outermost alternate content around it, else the
    nearest object, picture or mail merge, else element itself."""
    if element.tag in _LINK_ONLY:
        return element
    outer = nearest = None
    for node in (element, *element.iterancestors()):
        if node.tag == _ALTERNATE:
            outer = node
        elif nearest is None and node.tag in _HOLDERS:
            nearest = node
    return outer if outer is not None else nearest if nearest is not None else element


def _drop_references(root: Element, dropped: set[str]) -> bool:
    if not dropped:
        return False
    doomed = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # comments, processing instructions
        hits = [key for key, value in element.attrib.items()
                if key.startswith(_R) and value in dropped]
        if not hits:
            continue
        if element.tag == _W + "hyperlink" or element is root:
            for key in hits:  # a hyperlink keeps its words
                del element.attrib[key]
        else:
            doomed.append(_holder(element))
    for element in doomed:
        run, paragraph = _ancestor(element, _W + "r"), _ancestor(element, _W + "p")
        parent = element.getparent()
        if parent is None:
            continue  # already gone with a larger holder
        parent.remove(element)
        # A paragraph that held nothing but the object would stay as an empty line.
        if run is not None and all(child.tag == _W + "rPr" for child in run):
            run.getparent().remove(run)
        if paragraph is not None and _only_properties(paragraph):
            container = paragraph.getparent()
            if container is not None and len(container.findall(_W + "p")) > 1:
                container.remove(paragraph)
    return True


def _ancestor(element: Element, tag: str) -> Element | None:
    return next(element.iterancestors(tag), None)


def _only_properties(paragraph: Element) -> bool:
    return all(child.tag == _W + "pPr" for child in paragraph)


def _fetches(instruction: str) -> bool:
    words = instruction.split()
    return bool(words) and words[0].upper() in FETCHING_FIELDS


def _empty_fetching_fields(root: Element) -> bool:
    changed = False
    for simple in list(root.iter(_W + "fldSimple")):
        if _fetches(simple.get(_W + "instr", "")):
            parent = simple.getparent()
            at = parent.index(simple)
            for child in reversed(list(simple)):  # the shown result stays, as plain runs
                parent.insert(at, child)
            parent.remove(simple)
            changed = True
    # Complex fields: begin, instruction runs, separate, result, end; they may nest.
    fields: list[list[Element]] = []
    for element in root.iter(_W + "fldChar", _W + "instrText", _W + "delInstrText"):
        if element.tag != _W + "fldChar":
            if fields:
                fields[-1].append(element)
            continue
        kind = element.get(_W + "fldCharType")
        if kind == "begin":
            fields.append([])
        elif kind in ("separate", "end") and fields:
            instruction = fields.pop() if kind == "end" else fields[-1]
            if _fetches("".join(item.text or "" for item in instruction)):
                for item in instruction:
                    item.text = ""
                changed = True
            if kind == "separate":
                fields[-1] = []
    return changed


def _drop_vml_urls(root: Element) -> bool:
    """Legacy VML pictures can name their source directly, without a relationship."""
    changed = False
    for element in root.iter(f"{_V}*"):
        for key in _VML_URLS:
            value = element.get(key, "")
            if "://" in value or value.startswith(("\\\\", "//", "file:")):
                del element.attrib[key]
                changed = True
    return changed


def _content_types(blob: bytes, main: str) -> bytes:
    """The content types with the main part a plain document (not a template, not
    macro-enabled)."""
    root = _xml(blob)
    part_name = "/" + main
    for override in root.iter(_TYPES_NS + "Override"):
        if override.get("PartName", "").lower() == part_name.lower():
            override.set("ContentType", DOCUMENT_TYPE)
            break
    else:
        etree.SubElement(root, _TYPES_NS + "Override", PartName=part_name,
                         ContentType=DOCUMENT_TYPE)
    return _bytes(root)
