"""The authority file: the domain's known actors, bodies, places, events and documents.

The packaged file ``kg/resources/authority.yaml`` is extended (and, id by id, overridden) by a
corpus's own ``authority.yaml``. Each entry gives an id, a type, labels in English and Russian,
aliases (English, transliteration, Russian) and, where verified, Wikidata/VIAF/GeoNames ids.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import yaml

from ..errors import AuthorityError
from ..model import ENTITY_TYPES

__all__ = ["Authority", "AuthorityEntry", "CORE_ENV", "authority_core", "default_authority_path", "is_generic",
           "load_authority"]

LINK_KEYS = ("wikidata", "viaf", "geonames")

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: An ablation, never the default: with this environment variable set, the packaged authority
#: is reduced to a core before a corpus's own file extends it, to measure what the generic rules
#: do with names the authority does not know (the development documents' actors are in the full
#: file). ``predev``: the entries of the authority as it stood before the first development set
#: was written (commit 9c1c5d3, ids in ``resources/core_predev.txt``; their names as they are
#: now); ``seeds``: the entries a name of which occurs in the seed texts (the repository's
#: ``corpus/*.txt``); a path: the entries named in that text file or folder of ``.txt`` files.
#: Every core keeps the generic resources (:data:`GENERIC_SOURCES`): they were not fitted to
#: the development documents.
CORE_ENV = "KG_AUTHORITY_CORE"

#: ``source`` prefixes of entries generated from a general reference work rather than written for
#: the documents at hand (``authority_places_geonames.yaml``, by ``tools/make_geonames_places.py``):
#: the ablation cores keep them.
GENERIC_SOURCES = ("GeoNames cities15000",)


@dataclass(frozen=True)
class AuthorityEntry:
    id: str
    type: str
    label: str
    label_ru: str | None = None
    aliases: tuple[str, ...] = ()
    aliases_ru: tuple[str, ...] = ()
    is_class: bool = False
    part_of: str | None = None
    start: str | None = None
    end: str | None = None
    links: tuple[tuple[str, str], ...] = ()
    source: str | None = None
    pejorative: bool = False

    @property
    def all_names(self) -> tuple[str, ...]:
        names = [self.label, *self.aliases]
        if self.label_ru:
            names.append(self.label_ru)
        names.extend(self.aliases_ru)
        return tuple(dict.fromkeys(n for n in names if n))


def _strs(value: Any, where: str, path: Path) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(str(v) for v in value if str(v).strip())
    raise AuthorityError(f"{where}: expected a list of strings", path=path)


def _entry(raw: Any, path: Path, n: int) -> AuthorityEntry:
    if not isinstance(raw, dict):
        raise AuthorityError(f"entry {n} is not a mapping", path=path, hint="each entry is '- id: …'")
    eid = raw.get("id")
    if not isinstance(eid, str) or not eid:
        raise AuthorityError(f"entry {n} has no id", path=path)
    etype = raw.get("type")
    if etype not in ENTITY_TYPES:
        raise AuthorityError(f"{eid}: type {etype!r} is not one of {', '.join(ENTITY_TYPES)}", path=path)
    label = raw.get("label")
    if not isinstance(label, str) or not label.strip():
        raise AuthorityError(f"{eid}: no label", path=path)
    aliases = raw.get("aliases") or {}
    if isinstance(aliases, list):
        aliases = {"en": aliases}
    if not isinstance(aliases, dict):
        raise AuthorityError(f"{eid}: aliases must be a mapping of language to names", path=path)
    latin = _strs(aliases.get("en"), f"{eid}.aliases.en", path) + \
        _strs(aliases.get("translit"), f"{eid}.aliases.translit", path)
    ru = _strs(aliases.get("ru"), f"{eid}.aliases.ru", path)
    links = tuple((k, str(raw[k])) for k in LINK_KEYS if raw.get(k))
    return AuthorityEntry(
        id=eid, type=etype, label=label.strip(), label_ru=raw.get("label_ru"),
        aliases=latin, aliases_ru=ru, is_class=bool(raw.get("class", False)),
        part_of=raw.get("part_of"), start=str(raw["start"]) if raw.get("start") else None,
        end=str(raw["end"]) if raw.get("end") else None, links=links, source=raw.get("source"),
        pejorative=bool(raw.get("pejorative", False)))


class Authority:
    """A set of :class:`AuthorityEntry` objects by id."""

    def __init__(self, entries: Iterable[AuthorityEntry] = ()) -> None:
        self.entries: dict[str, AuthorityEntry] = {}
        for e in entries:
            self.entries[e.id] = e

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, key: str) -> AuthorityEntry | None:
        return self.entries.get(key)

    def extended(self, other: "Authority") -> "Authority":
        return Authority([*self.entries.values(), *other.entries.values()])

    @property
    def digest(self) -> str:
        """A content hash (cached): keys the compiled gazetteer and the extraction cache."""
        cached = getattr(self, "_digest", None)
        if cached is None:
            import hashlib
            h = hashlib.sha256()
            for k in sorted(self.entries):
                h.update(repr(self.entries[k]).encode())
            cached = self._digest = h.hexdigest()[:16]
        return cached


def default_authority_path() -> Path:
    return Path(str(resources.files("kg") / "resources" / "authority.yaml"))


def packaged_authority_paths() -> list[Path]:
    """``authority.yaml`` and its companions (``authority_*.yaml``), in name order."""
    folder = default_authority_path().parent
    return sorted(folder.glob("authority*.yaml"))


def read_authority_file(path: Path) -> Authority:
    try:
        # libyaml's safe loader when PyYAML has it (the same result, about 10 times faster: the
        # generated GeoNames file alone has some 8,000 names)
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER) or []
    except OSError as e:
        raise AuthorityError(f"cannot read the authority file: {e.strerror or e}", path=path) from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise AuthorityError(f"authority file is not valid YAML: {getattr(e, 'problem', e)}",
                             path=path, line=mark.line + 1 if mark else None) from None
    if not isinstance(data, list):
        raise AuthorityError("authority file must be a YAML list of entries", path=path)
    seen: set[str] = set()
    entries = []
    for n, raw in enumerate(data, 1):
        e = _entry(raw, path, n)
        if e.id in seen:
            raise AuthorityError(f"duplicate id {e.id!r}", path=path, hint="ids must be unique")
        seen.add(e.id)
        entries.append(e)
    return Authority(entries)


@lru_cache(maxsize=8)
def _cached(path: str, mtime: float) -> Authority:
    return read_authority_file(Path(path))


def _named_in(authority: Authority, folder: Path) -> set[str]:
    import re
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else [folder]
    if not files or not all(f.is_file() for f in files):
        raise AuthorityError(f"{CORE_ENV}: no text to take the core's names from", path=folder)
    text = "\n".join(f.read_text(encoding="utf-8") for f in files).lower()
    return {e.id for e in authority.entries.values()
            if any(re.search(r"(?<!\w)" + re.escape(n.lower()) + r"(?!\w)", text) for n in e.all_names)}


def authority_core(authority: Authority, which: str) -> Authority:
    """``authority`` reduced to the core ``which`` names (see :data:`CORE_ENV`), with the
    generic resources (:data:`GENERIC_SOURCES`)."""
    here = Path(__file__).resolve().parent
    if which == "predev":
        wanted = set((here.parent / "resources" / "core_predev.txt").read_text(encoding="utf-8").split())
    elif which == "seeds":
        wanted = _named_in(authority, here.parents[1] / "corpus")
    else:
        wanted = _named_in(authority, Path(which))
    return Authority(e for e in authority.entries.values() if e.id in wanted or is_generic(e))


def is_generic(e: AuthorityEntry) -> bool:
    """Whether ``e`` comes from a generic resource (:data:`GENERIC_SOURCES`), not written."""
    return (e.source or "").startswith(GENERIC_SOURCES)


def yield_generic(authority: Authority) -> Authority:
    """``authority`` with its generic entries (:data:`GENERIC_SOURCES`) yielding to the written
    ones: a generic entry that shares a name with a written Place is dropped (the same place,
    known already), and a name it shares with a written entry of another type is dropped from it
    (dropping the entry if that was its label)."""
    generic = [e for e in authority.entries.values() if is_generic(e)]
    if not generic:
        return authority
    places, others = set(), set()
    for e in authority.entries.values():
        if not is_generic(e):
            (places if e.type == "Place" else others).update(n.lower() for n in e.all_names)
    out = []
    for e in authority.entries.values():
        if is_generic(e):
            names = {n.lower() for n in e.all_names}
            if names & places or e.label.lower() in others:
                continue
            if names & others:
                e = replace(e, aliases=tuple(n for n in e.aliases if n.lower() not in others),
                            aliases_ru=tuple(n for n in e.aliases_ru if n.lower() not in others),
                            label_ru=None if (e.label_ru or "").lower() in others else e.label_ru)
        out.append(e)
    return Authority(out)


def load_authority(extra: Path | None = None) -> Authority:
    """The packaged authority, extended by ``extra`` (a corpus's ``authority.yaml``) if given.
    With :data:`CORE_ENV` set (an ablation), the packaged part is reduced to that core first."""
    base = Authority()
    seen: dict[str, Path] = {}
    for path in packaged_authority_paths():
        part = _cached(str(path), path.stat().st_mtime)
        for key in part.entries:
            if key in seen:
                raise AuthorityError(f"id {key!r} is defined in both {seen[key].name} and {path.name}",
                                     path=path, hint="keep one entry per id across the authority files")
            seen[key] = path
        base = base.extended(part)
    core = os.environ.get(CORE_ENV, "").strip()
    if core:
        base = authority_core(base, core)
    if extra is not None and extra.exists():
        base = base.extended(_cached(str(extra), extra.stat().st_mtime))
    return yield_generic(base)
