"""Safe, stable identifiers: slugs for entity keys and IRIs for the graph.

A slug is lowercase ASCII (Cyrillic transliterated, everything else folded to ``_``), at most
80 characters (longer ones end in a hash of the whole), so an IRI minted from any label —
quotes, angle brackets, spaces, Cyrillic, 5,000 characters — is valid in every serialization.

IRI scheme (documented in ontology/README.md):

    {BASE}id/{slug}                 an entity (person, body, place, event, group, position,
                                    cited document); the slug comes from the authority id or from
                                    type-specific parts (a document: issuer, kind, date)
    {BASE}doc/{doc_id}              a source document of the corpus
    {BASE}doc/{doc_id}/point/{n}    a numbered provision (Decision) of a document
    {BASE}graph/{doc_id}            the named graph of what the document says
    {BASE}assertion/{doc_id}/{h}    an assertion (factoid); h hashes subject, predicate, object
    {BASE}ontology#Term             the ontology
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

__all__ = ["BASE", "ONTOLOGY", "slug", "translit"]

BASE = "https://w3id.org/partkg/"
ONTOLOGY = BASE + "ontology#"

_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o",
                "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                "iu", "ia"]))


def translit(s: str) -> str:
    """Library-of-Congress-style transliteration of Cyrillic, lowercase."""
    return "".join(_TR.get(c, c) for c in s.lower())


def slug(label: str, maxlen: int = 80) -> str:
    return _slug(str(label), maxlen)


@lru_cache(maxsize=1 << 16)
def _slug(label: str, maxlen: int) -> str:
    """:func:`slug` (a build asks for the same keys' slugs many times: pages, IRIs)."""
    if label.isascii():      # what the normalizations and transliteration leave of ASCII
        s = label.lower()
    else:
        s = translit(unicodedata.normalize("NFKC", label))
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_") or "x"
    if len(s) > maxlen:
        h = hashlib.sha1(s.encode()).hexdigest()[:8]
        s = s[: maxlen - 9].rstrip("_") + "_" + h
    return s
