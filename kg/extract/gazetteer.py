"""Dictionary matching of the authority's names over token n-grams.

Each alias is tokenised and normalised like the text (:mod:`kg.extract.text`), so case,
curly quotes, line-break hyphens and Russian inflection (обкомы/обкомов/обкомам) do not matter.
Single-word names written with capitals (Stalin, NKVD, ЦК) keep their case pattern, so "press"
and "Press" behave as a reader expects and an abbreviation never matches an ordinary word.
Lookup is a dictionary probe per token position: linear in the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress
from pathlib import Path

from ..atomic import atomic_file
from ..model import Mention
from ..resolve.authority import Authority, AuthorityEntry, is_generic
from .text import Token, norm_word, token_columns, tokenize

__all__ = ["Gazetteer", "gazetteer_for", "STOPWORDS"]

STOPWORDS = frozenset("the a an of our its their his her this that these those and in to for on by "
                      "with at from all".split())


_CYR = re.compile(r"[а-яё]", re.I)
#: the hundreds of thousands of inflected forms made once here would crowd the cache meant for
#: a text's words (27 MB)
_norm_uncached = getattr(norm_word, "__wrapped__", norm_word)
_RU_FORMS = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "и", "ей", "ю", "ой", "я", "ям", "ями",
             "ях", "ого", "ому", "ым", "ых", "ыми", "ая", "ую", "ое", "ые", "ий", "ого", "ем", "ев", "ьи", "ью",
             "их", "им", "ими")   # soft adjectives used as nouns: рабочих, служащим


def _variants(tok: Token) -> frozenset[str]:
    """The normal forms a word's inflections can take. Russian stems are ambiguous ("обком"
    loses "ом" like an instrumental ending; "обкомы" keeps it), so an alias stands for every
    form its nominative takes with a case ending added."""
    if not (_CYR.search(tok.text) and len(tok.text) >= 4 and tok.text.isalpha()):
        return frozenset({tok.norm})
    w = tok.text.lower().replace("ё", "е")
    bases = {w}
    if w[-1] in "аяьйоеы":
        bases.add(w[:-1])
    if w.endswith(("ий", "ый", "ой", "ая", "ое", "ие", "ые")):
        bases.add(w[:-2])
    # a short stem ("прав-" of "правые") would match unrelated words ("право"): keep it exact
    bases = {b for b in bases if len(b) >= 5}
    return frozenset(_norm_uncached(b + e) for b in bases for e in _RU_FORMS) | {tok.norm}


#: endings only a plural Russian noun takes (dative, instrumental, prepositional; the genitive
#: of -ия nouns): a one-word name of one body does not end so, «партиям», «коммунистических
#: партий» are parties, not the party
_RU_PLURAL_ONLY = ("ов", "ам", "ами", "ах", "ям", "ями", "ях")


def _plural_endings(entry_type: str, is_class: bool, toks: list[Token]) -> tuple[str, ...]:
    """The endings a text's word may not have to be the one-word name of a single body."""
    if entry_type != "Body" or is_class or len(toks) != 1:
        return ()
    w = toks[0].text.lower()
    if not (_CYR.search(w) and len(w) >= 4 and w.isalpha()) or w.endswith(("ы", "и")):
        return ()     # a name that is itself plural («эсеры») takes the plural's endings
    ends = _RU_PLURAL_ONLY + (("ий",) if w.endswith("ия") else ())
    return tuple(e for e in ends if not w.endswith(e))


#: endings only the adjective of a town in «-ск» takes («Крымский», «Сталинская», «Донецкий»,
#: «Каспийское»), not its noun (Крымск, -а, -у, -ом, -е)
_RU_ADJECTIVE_ONLY = ("ий", "ого", "ому", "им", "ими", "ая", "ой", "ую", "ое", "ие", "их")


def _adjective_endings(entry, toks: list[Token]) -> tuple[str, ...]:
    """A generated gazetteer town in «-ск»/«-цк» (GeoNames) is not named by its adjective: that
    is mostly another thing's (Crimea's, the Volga's, Stalin's, the Donets basin's, a month's).
    A written entry keeps its adjective («Смоленский» is Smolensk's)."""
    if entry.type != "Place" or len(toks) != 1 or not is_generic(entry):
        return ()
    w = toks[0].text.lower()
    return _RU_ADJECTIVE_ONLY if _CYR.search(w) and w.endswith(("ск", "цк")) else ()


@dataclass(frozen=True)
class _Alias:
    norms: tuple[frozenset[str], ...]
    entry_id: str
    case: str | None        # None: any case; "upper": all capitals; "title": capitalised
    content: int            # tokens that are not stop words
    plural: tuple[bool, ...] = ()   # an English plural in the alias matches only a plural
    any_plural: bool = False        # any(plural): most aliases have none
    not_plural: tuple[str, ...] = ()  # Russian endings the matched word may not have


def _case_of(tok: str) -> str | None:
    letters = [c for c in tok if c.isalpha()]
    if not letters:
        return None
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return "upper"
    if letters[0].isupper():
        return "title"
    return None


def _case_ok(case: str | None, tok: str) -> bool:
    if case is None:
        return True
    letters = [c for c in tok if c.isalpha()]
    if case == "upper":
        return all(c.isupper() for c in letters)
    return bool(letters) and letters[0].isupper()


_DETERMINERS = frozenset({"the", "our", "its", "their", "this", "that"})
_TITLE_WORDS = frozenset("""Comrade Comrades Marshal Marshals General Admiral Colonel Mr Mrs Madam Madame Ambassador
Professor Academician Secretary Commissar Chargé Citizen тов товарищ маршал генерал""".split())
#: Words that may follow a noun phrase; any other lower-case word continues it.
_AFTER_NP = frozenset("""of in and or to from for with by on at as is was were has had have are be been being
which who whom whose that but not itself nor than into upon under over through during against about after
before between while when where since until because if so yet also only even still must should can could may
might will would shall did does do the a an this these those its their his her our""".split())


def _continues_noun_phrase(tok: Token) -> bool:
    return _continues(tok.text, tok.norm)


def _continues(text: str, norm: str) -> bool:
    return text[:1].islower() and text.isalpha() and norm not in _AFTER_NP and not text.endswith("ly")


_IZE = re.compile(r"(?<=[a-z])iz(e|ed|es|ing|ation|ations|er|ers)\b")


def _with_british(names):
    """English names in both spellings: "primary party organizations" also as "organisations"."""
    for name in names:
        yield name
        if name.isascii() and _IZE.search(name):
            yield _IZE.sub(r"is\1", name)


class Gazetteer:
    """Finds every authority name in a text; overlapping matches are resolved later."""

    def __init__(self, authority: Authority) -> None:
        self.authority = authority
        self.index: dict[tuple[str, ...], list[_Alias]] = {}
        self._lookups: dict[tuple[str, str], str | None] = {}
        self.max_len = 1
        for entry in authority.entries.values():
            for name in _with_british(entry.all_names):
                toks = tokenize(name)
                if not toks:
                    continue
                if entry.type == "Person" and len(toks) > 1 and toks[0].text in _TITLE_WORDS:
                    continue   # "Marshal Konev": the rules read the title (an office) and the name apart
                norms = tuple(_variants(t) for t in toks)
                case = None
                if len(toks) == 1 or all(t.norm in STOPWORDS or not t.is_word for t in toks[1:]):
                    case = _case_of(toks[0].text)
                content = sum(1 for t in toks if t.is_word and t.norm not in STOPWORDS)
                plural = tuple(t.text.isascii() and t.norm != t.text.casefold() and t.text.lower().endswith("s") for t in toks)
                alias = _Alias(norms, entry.id, case, max(content, 1), plural, any(plural),
                               _plural_endings(entry.type, entry.is_class, toks) or _adjective_endings(entry, toks))
                # single words by their form; longer names by their first two forms, so a
                # probe at a common word ("the") sees only the names that go on as the text does
                keys = [(f,) for f in norms[0]] if len(norms) == 1 else \
                    [(f, g) for f in norms[0] for g in norms[1]]
                for key in keys:
                    bucket = self.index.setdefault(key, [])
                    if alias not in bucket:
                        bucket.append(alias)
                self.max_len = max(self.max_len, len(norms))
        for bucket in self.index.values():
            bucket.sort(key=lambda a: -len(a.norms))
        self._derive()

    def _derive(self) -> None:
        """What :meth:`match` reads from the index besides it (made again when the index is
        read from a pickle)."""
        #: the forms a name can begin with: a token with any other form starts no match
        self._first = frozenset(key[0] for key in self.index)
        #: buckets of names of two words or more, split when first probed (:meth:`_split`)
        self._pairs: dict[tuple[str, ...], tuple[dict[str, list[_Alias]], list[_Alias]]] = {}

    def _split(self, key: tuple[str, ...], bucket: list[_Alias]) -> tuple[dict[str, list[_Alias]], list[_Alias]]:
        """A bucket of names of two words or more, split: those of three or more by the forms
        their third word takes (each list in the bucket's order), then the two-word ones. A
        bucket is sorted longest first, so the two parts put together keep its order. Made when
        the bucket is first probed (a Russian name's forms make thousands of buckets)."""
        by_third: dict[str, list[_Alias]] = {}
        for alias in bucket:
            if len(alias.norms) > 2:
                for form in alias.norms[2]:
                    by_third.setdefault(form, []).append(alias)
        split = self._pairs[key] = (by_third, [a for a in bucket if len(a.norms) <= 2])
        return split

    def lookup(self, surface: str, etype: str) -> str | None:
        """The id of the entry of type ``etype`` that has ``surface`` as a whole name."""
        key = (surface, etype)
        if key not in self._lookups:
            if len(self._lookups) > 200_000:
                self._lookups.clear()
            self._lookups[key] = next((m.key for m, _ in self.match(surface)
                                       if m.type == etype and m.start == 0 and m.end == len(surface)), None)
        return self._lookups[key]

    def entry(self, key: str) -> AuthorityEntry | None:
        return self.authority.get(key)

    def match(self, text: str, tokens: list[Token] | None = None) -> list[tuple[Mention, int]]:
        """All matches as ``(mention, content_words)``; several entries may share a span."""
        if tokens is None:      # (the tokens as columns: no Token made for a whole document)
            starts, ends, words, norms = token_columns(text)
        else:
            starts, ends, words, norms = [t.start for t in tokens], [t.end for t in tokens], \
                [t.text for t in tokens], [t.norm for t in tokens]
        out: list[tuple[Mention, int]] = []
        n = len(norms)
        index = self.index
        pairs = self._pairs
        # only the tokens a name can begin with (the test in C, over all tokens at once)
        for i in compress(range(n), map(self._first.__contains__, norms)):
            norm = norms[i]
            word = words[i]
            found = index.get((norm,), ())
            if i + 1 < n:
                key = (norm, norms[i + 1])
                pair = pairs.get(key)
                if pair is None and key in index:
                    pair = self._split(key, index[key])
                if pair is not None:
                    # the names of three words or more whose third word is the text's next one
                    longer = pair[0].get(norms[i + 2], ()) if i + 2 < n else ()
                    found = [*found, *longer, *pair[1]]
            for alias in found:
                forms = alias.norms
                k = len(forms)
                if i + k > n:
                    continue
                if k > 3 and any(norms[i + j] not in forms[j] for j in range(3, k)):
                    continue
                if alias.any_plural and any(alias.plural[j] and not words[i + j].lower().endswith("s") for j in range(k)):
                    continue
                if alias.not_plural and word.lower().endswith(alias.not_plural):
                    continue
                if not _case_ok(alias.case, word):
                    continue
                if norm in _DETERMINERS and i + k < n and _continues(words[i + k], norms[i + k]):
                    continue   # "the party masses", "the press department": a modifier, not a name
                start, end = starts[i], ends[i + k - 1]
                # a name never ends inside a word joined by an apostrophe or hyphen
                e = self.authority.get(alias.entry_id)
                assert e is not None
                out.append((Mention(start, end, text[start:end], e.type, e.id, e.label,
                                    source="gazetteer", is_class=e.is_class), alias.content))
        return out


#: Compiled gazetteers by authority digest (the last few).
_COMPILED: dict[str, Gazetteer] = {}


def _remember(digest: str, g: Gazetteer) -> Gazetteer:
    _COMPILED[digest] = g
    while len(_COMPILED) > 4:
        del _COMPILED[next(iter(_COMPILED))]
    return g


def gazetteer_for(authority: Authority) -> Gazetteer:
    """One compiled gazetteer per authority (cached by content digest)."""
    g = _COMPILED.get(authority.digest)
    return g if g is not None else _remember(authority.digest, Gazetteer(authority))


def load_or_compile(authority: Authority, path: Path) -> None:
    """Make :func:`gazetteer_for` take the gazetteer of ``authority`` from ``path`` (a pickle of
    its index, written here the first time): compiling a large authority's names costs seconds
    (34,000 names: about 3 s), reading them back a fraction of that. ``path`` must name the
    authority and this code (the caller keys it by both); an unreadable file is compiled again."""
    import pickle
    if authority.digest in _COMPILED:
        return
    try:
        with open(path, "rb") as f:
            index, max_len = pickle.load(f)
        g = Gazetteer.__new__(Gazetteer)
        g.authority, g.index, g._lookups, g.max_len = authority, index, {}, max_len
        g._derive()
        _remember(authority.digest, g)
        return
    except Exception:          # noqa: BLE001 - missing or unreadable: compile, then keep it
        pass
    g = gazetteer_for(authority)
    try:
        with atomic_file(path, durable=False) as f:
            pickle.dump((g.index, g.max_len), f, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError:
        pass
