"""TEI P5 XML: metadata from the ``teiHeader``, text from the ``body``.

``persName``, ``orgName``, ``placeName`` and ``date`` elements are kept as pre-annotated
mentions with offsets into the extracted text. XML is parsed with defusedxml: DTDs, entity
declarations and external references are refused, never expanded.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from ..errors import EncodingError, XMLError
from ..model import Document, Mention
from . import loader
from .decode import decode_bytes
from .text import doc_id_for

__all__ = ["load_tei"]

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
BLOCKS = {"p", "head", "ab", "l", "item", "note", "opener", "closer", "salute", "signed",
          "dateline", "byline", "docTitle", "titlePart", "quote", "lg", "list", "div", "fw", "label"}
_DECLARED_ENCODING = re.compile(rb"\A(?:\xef\xbb\xbf)?<\?xml[^>]*\bencoding\s*=\s*[\"'][A-Za-z0-9._-]+[\"']")
NAME_TYPES = {"persName": "Person", "orgName": "Body", "placeName": "Place", "date": "Date"}


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _find(root: Element, path: str) -> Element | None:
    return root.find(path.replace("t:", f"{{{TEI_NS}}}"))


def _text_of(el: Element | None) -> str | None:
    if el is None:
        return None
    s = " ".join("".join(el.itertext()).split())
    return s or None


def _metadata(root: Element) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    title = _text_of(_find(root, ".//t:teiHeader/t:fileDesc/t:titleStmt/t:title"))
    if title:
        meta["title"] = title
    author = _text_of(_find(root, ".//t:teiHeader/t:fileDesc/t:titleStmt/t:author"))
    if author:
        meta["author"] = author
    bibl = _find(root, ".//t:teiHeader/t:fileDesc/t:sourceDesc/t:bibl")
    if bibl is not None:
        meta["source"] = _text_of(bibl)
        d = _find(bibl, "t:date")
        if d is not None and (d.get("when") or _text_of(d)):
            meta["date"] = d.get("when") or _text_of(d)
    if "date" not in meta:
        d = _find(root, ".//t:teiHeader/t:profileDesc/t:creation/t:date")
        if d is not None and d.get("when"):
            meta["date"] = d.get("when")
    lang = _find(root, ".//t:teiHeader/t:profileDesc/t:langUsage/t:language")
    if lang is not None and lang.get("ident"):
        meta["language"] = lang.get("ident")
    term = _find(root, ".//t:teiHeader/t:profileDesc/t:textClass/t:keywords/t:term")
    if term is not None and _text_of(term):
        meta["genre"] = _text_of(term).lower()
    text_el = _find(root, ".//t:text")
    if text_el is not None and text_el.get("type") and "genre" not in meta:
        meta["genre"] = text_el.get("type").lower()
    if "language" not in meta and text_el is not None and text_el.get(f"{{{XML_NS}}}lang"):
        meta["language"] = text_el.get(f"{{{XML_NS}}}lang")
    return meta


class _Flattener:
    """Walks the body, building the text and recording name elements' offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.mentions: list[tuple[int, int, Element]] = []

    def emit(self, s: str | None) -> None:
        if not s:
            return
        s = " ".join(s.split("\n"))
        if self.length == 0 or (self.parts and self.parts[-1].endswith("\n")):
            s = s.lstrip()
        self.parts.append(s)
        self.length += len(s)

    def block_break(self) -> None:
        if self.length and not "".join(self.parts[-2:]).endswith("\n\n"):
            tail = "".join(self.parts[-2:])
            need = "\n\n" if not tail.endswith("\n") else "\n"
            # trim trailing spaces of the previous block
            while self.parts and self.parts[-1].endswith(" "):
                self.parts[-1] = self.parts[-1][:-1]
                self.length -= 1
            self.parts.append(need)
            self.length += len(need)

    def walk(self, el: Element) -> None:
        name = _local(el.tag)
        if name == "lb":
            self.emit(" ")
        is_block = name in BLOCKS
        if is_block:
            self.block_break()
        start = self.length
        self.emit(el.text)
        for child in el:
            self.walk(child)
            self.emit(child.tail)
        if name in NAME_TYPES:
            self.mentions.append((start, self.length, el))
        if is_block:
            self.block_break()


def _slug(s: str) -> str:
    import re
    return re.sub(r"[^0-9a-zа-яё]+", "_", s.lower()).strip("_")


@loader("tei", suffixes=(".xml", ".tei"))
def load_tei(path: Path, data: bytes) -> Document:
    try:
        decode_bytes(data)
    except EncodingError:
        # an XML declaration may name the encoding (windows-1251, koi8-r): the parser decides
        if not _DECLARED_ENCODING.match(data[:200]):
            raise
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as e:
        raise XMLError(f"refused hostile XML ({type(e).__name__}: DTDs, entities and external "
                       "references are not allowed)", path=path,
                       hint="remove the DOCTYPE and entity declarations") from None
    except SafeET.ParseError as e:
        line = getattr(e, "position", (None,))[0]
        raise XMLError(f"XML is not well-formed: {e}", path=path, line=line,
                       hint="fix the markup (an XML validator shows where)") from None
    if _local(root.tag) not in ("TEI", "teiCorpus"):
        raise XMLError(f"not a TEI document (root element <{_local(root.tag)}>)", path=path,
                       hint="TEI P5 files have a <TEI> root in the TEI namespace")
    meta = _metadata(root)
    body = _find(root, ".//t:text/t:body")
    if body is None:
        body = _find(root, ".//t:text")
    if body is None:
        raise XMLError("TEI document has no <text>/<body>", path=path, hint="add the text in <body>")
    flat = _Flattener()
    flat.walk(body)
    raw = "".join(flat.parts)
    stripped = raw.rstrip()
    if not stripped.strip():
        raise XMLError("TEI <body> holds no text", path=path, hint="add the document's text")
    annotations = []
    for start, end, el in sorted(flat.mentions, key=lambda t: (t[0], t[1])):
        end = min(end, len(stripped))
        while start < end and stripped[start].isspace():
            start += 1
        while end > start and stripped[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        surface = stripped[start:end]
        etype = NAME_TYPES[_local(el.tag)]
        ref = el.get("ref") or el.get("key") or el.get("when") or ""
        key = ref.lstrip("#") if ref else _slug(surface)
        annotations.append(Mention(start, end, surface, etype, key=key, label=surface, source="tei"))
    doc_meta = dict(meta)
    xml_id = root.get(f"{{{XML_NS}}}id")
    if xml_id:
        doc_meta.setdefault("id", xml_id)
    return Document(id=doc_id_for(path, {"id": doc_meta.pop("id", None)}), text=stripped,
                    meta=doc_meta, annotations=annotations)
