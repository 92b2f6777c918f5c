"""Plain text and Markdown, with optional YAML front matter (a ``---`` block at the top)."""
from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import FrontMatterError
from ..model import Document
from . import loader, warn
from .decode import decode_bytes, scrub_controls

__all__ = ["load_text", "parse_front_matter"]

_FM_RE = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_ID_RE = re.compile(r"[^A-Za-z0-9_.-]+")


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader, with dates left as text (checked later, so a bad one is a warning,
    not a crash) and aliases refused (``*a`` repeated is YAML's "billion laughs")."""

    def compose_node(self, parent, index):  # noqa: ANN001
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed in front matter",
                                              event.start_mark)
        return super().compose_node(parent, index)


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def _plain(value: Any) -> Any:
    """YAML dates become ISO strings; nested structures are kept."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def parse_front_matter(text: str, path: Path | None = None) -> tuple[dict[str, Any], str]:
    """Split ``text`` into (metadata, body). Without a front-matter block, metadata is empty."""
    if not text.startswith("---"):
        return {}, text
    m = _FM_RE.match(text)
    if not m:
        raise FrontMatterError("front matter opens with '---' but never closes", path=path, line=1,
                               hint="end the block with a line holding only '---'")
    try:
        meta = yaml.load(m.group(1), Loader=_FrontMatterLoader) or {}
    except yaml.YAMLError as e:
        line = None
        mark = getattr(e, "problem_mark", None)
        if mark is not None:
            line = mark.line + 2
        problem = getattr(e, "problem", None) or "invalid YAML"
        raise FrontMatterError(f"front matter is not valid YAML: {problem}", path=path, line=line,
                               hint="fix the YAML between the '---' lines") from None
    if not isinstance(meta, dict):
        raise FrontMatterError("front matter must be a mapping of keys to values", path=path, line=2,
                               hint="write it as 'key: value' lines")
    return _plain(meta), text[m.end():]


def doc_id_for(path: Path, meta: dict[str, Any]) -> str:
    raw = str(meta.get("id") or path.stem)
    return _ID_RE.sub("_", raw).strip("_") or "document"


@loader("text", suffixes=(".txt", ".md", ".markdown", ".text"))
def load_text(path: Path, data: bytes) -> Document:
    text, encoding = decode_bytes(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, n_controls = scrub_controls(text)
    if n_controls:
        warn(f"{n_controls} control character(s) replaced by spaces", path=path,
             hint="the text may come from a bad conversion; check it")
    meta, body = parse_front_matter(text, path)
    if encoding != "utf-8":
        meta.setdefault("encoding", encoding)
    if not body.strip():
        raise FrontMatterError("the document has front matter but no text", path=path,
                               hint="add the document's text below the closing '---'")
    return Document(id=doc_id_for(path, meta), text=body, meta=meta)
