"""Links to Wikidata: reconcile the graph's unlinked entities, for a historian to review.

Nothing here links silently. :func:`reconcile` asks Wikidata (its ``wbsearchentities`` and
``wbgetentities`` API) for candidates, scores each against what the corpus knows about the entity
(its names, its type, its dates and the dates of the documents that name it) and
:func:`write_review` writes them into a review file, ``corpus/links-review.yaml``. A historian
accepts one candidate per entity by writing its QID after ``accept:``; :func:`apply_review`, which
the build calls (:func:`kg.api.corpus_authority`), adds the accepted identifiers to the authority,
with the review as their ``source``. Identifiers in the authority file itself always win.

    targets = unlinked_entities(extractions, authority)       # offline
    client = WikidataClient(cache_dir=..., transport=...)     # the only thing that goes online
    results = reconcile(targets, client)
    write_review(path, results)                                # keeps earlier decisions

The HTTP layer is a plain callable, ``transport(url, headers) -> bytes``: the default one uses
urllib; tests pass their own or point ``endpoint`` at a server on 127.0.0.1. Every response is
cached on disk (one JSON file per URL), requests are spaced by ``min_interval`` seconds, and every
request carries a descriptive User-Agent, as Wikimedia's policy asks.

Scoring (0-1): 0.5 × name similarity + 0.3 × type fit + 0.2 × date fit, after hard rejections:

* type: a Person must be an instance of human (Q5); other types are checked against the English
  labels of the candidate's P31 classes (an oblast is an "oblast of Russia", a congress a
  "party congress" …); disambiguation pages, lists, names, bands, albums, films and the like are
  rejected for every type (the rock band called Leningrad is not the city);
* dates: a person born, or a body founded, after the earliest document that names it is
  rejected; when the authority gives dates (born/founded, died/dissolved), a candidate whose
  dates differ by more than ``DATE_SLACK`` years is rejected.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import hashlib
import json
import re
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml

from .. import __version__
from ..errors import KGError
from ..model import Extraction
from .authority import Authority, AuthorityEntry

__all__ = [
    "Candidate", "DEFAULT_ENDPOINT", "LinkError", "LinkReport", "REVIEW_FILE", "Target", "Transport",
    "WikidataClient", "apply_review", "default_cache_dir", "link_corpus", "measure_links", "read_review",
    "reconcile", "review_path_for", "score_candidate", "suggestion", "unlinked_entities", "urllib_transport", "user_agent",
    "write_review",
]

DEFAULT_ENDPOINT = "https://www.wikidata.org/w/api.php"
REVIEW_FILE = "links-review.yaml"
DEFAULT_TYPES = ("Person", "Body", "Place")
SEARCH_LIMIT = 7          # candidates asked per name
MAX_NAMES = 3             # names searched per entity (label, then distinct aliases), plus Russian
KEEP = 5                  # candidates written per entity
DATE_SLACK = 2            # years of disagreement tolerated between two dates
SUGGEST, MARGIN = 0.8, 0.05  # a suggestion scores at least this and leads the next by this
HUMAN = "Q5"              # instance of (P31) human; seen as WD~human,5 in SpocWiki/_Standards
QID = re.compile(r"^Q[1-9][0-9]*$")

#: P31 class labels (English, lower case) that fit each type: any class whose label contains one
#: of these words counts as a fit. Persons are checked by id (Q5) instead.
TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "Body": ("organization", "organisation", "party", "committee", "commission", "congress",
             "conference", "council", "commissariat", "ministry", "agency", "government",
             "bureau", "directorate", "police", "secret service", "intelligence", "legislature",
             "parliament", "soviet", "presidium", "secretariat", "collegium", "international",
             "embassy", "diplomatic mission", "department", "institution", "organ", "publisher",
             "publishing house", "newspaper", "website", "company", "union", "league", "court"),
    "Place": ("city", "town", "village", "settlement", "capital", "oblast", "krai", "region",
              "province", "republic", "country", "state", "federal subject", "administrative",
              "territorial", "district", "municipality", "okrug", "gubernia", "governorate",
              "island", "metropolis", "big city", "port", "fortress", "geographic"),
    "Event": ("event", "policy", "campaign", "war", "revolution", "rebellion", "uprising",
              "purge", "repression", "famine", "trial", "reform", "plan", "period", "process",
              "operation", "genocide", "persecution", "political", "economic", "history"),
    "Document": ("document", "article", "written work", "literary work", "work", "speech",
                 "resolution", "decree", "law", "treaty", "book", "publication", "report",
                 "letter", "order", "constitution", "text", "edition", "collection", "essay"),
    "Group": ("group", "faction", "opposition", "movement", "tendency", "social class", "class",
              "ethnic", "people", "occupation", "political"),
    "Position": ("position", "office", "post", "title", "rank", "role", "occupation",
                 "profession", "diplomatic rank", "public office"),
}
#: P31 class labels that are never the item an entity of the corpus means.
REJECT_WORDS = ("disambiguation", "wikimedia list", "list article", "wikimedia category",
                "wikimedia template", "family name", "given name", "surname", "musical group",
                "band", "album", "single", "song", "film", "television series", "video game",
                "taxon", "scholarly article", "fictional", "character", "asteroid", "ship",
                "painting", "sculpture", "street", "railway station", "metro station")
#: The date properties that carry an entity's start and end, by type.
DATE_PROPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Person": (("P569",), ("P570",)),
    "Body": (("P571", "P580"), ("P576", "P582")),
    "Place": (("P571", "P580"), ("P576", "P582")),
    "Event": (("P580", "P585", "P571"), ("P582", "P585", "P576")),
    "Document": (("P577", "P571", "P585"), ()),
    "Group": (("P571", "P580"), ("P576", "P582")),
    "Position": (("P571", "P580"), ("P576", "P582")),
}

Transport = Callable[[str, dict[str, str]], bytes]


class LinkError(KGError):
    """Wikidata could not be asked, or a review file is malformed."""


# --------------------------------------------------------------------------- the HTTP layer

def user_agent(contact: str | None = None) -> str:
    """The User-Agent every request carries (Wikimedia asks for a name, version and contact)."""
    who = contact or "https://w3id.org/partkg"
    return (f"partkg/{__version__} ({who}; entity reconciliation for a historical knowledge graph) "
            f"python-urllib")


def urllib_transport(timeout: float = 30.0) -> Transport:
    """The default transport: one GET with urllib; HTTP errors become :class:`LinkError`."""
    def get(url: str, headers: dict[str, str]) -> bytes:
        req = urllib.request.Request(url, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:   # noqa: S310 (http/https only)
                return resp.read()
        except urllib.error.HTTPError as e:
            retry = e.headers.get("Retry-After") if e.headers else None
            raise LinkError(f"Wikidata answered HTTP {e.code} for {url}",
                            hint=f"retry later{f' (after {retry} s)' if retry else ''}") from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise LinkError(f"cannot reach {urllib.parse.urlsplit(url).netloc}: {reason}",
                            hint="check the network, or run 'kg link' without --online") from None
    return get


def default_cache_dir() -> Path:
    import os
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "partkg" / "wikidata"


class WikidataClient:
    """Wikidata's action API with an on-disk cache, a rate limit and a User-Agent.

    ``requests`` counts the requests that went out (cache hits do not count); ``clock`` and
    ``sleep`` are injectable so the rate limit can be checked without waiting.
    """

    def __init__(self, *, endpoint: str = DEFAULT_ENDPOINT, cache_dir: Path | None = None,
                 transport: Transport | None = None, min_interval: float = 1.0,
                 contact: str | None = None, refresh: bool = False,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        scheme = urllib.parse.urlsplit(endpoint).scheme
        if scheme not in ("http", "https"):
            raise LinkError(f"the endpoint must be an http(s) URL, not {endpoint!r}")
        self.endpoint = endpoint
        self.cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self.transport = transport or urllib_transport()
        self.min_interval = max(0.0, float(min_interval))
        self.headers = {"User-Agent": user_agent(contact), "Accept": "application/json"}
        self.refresh = refresh
        self.clock, self.sleep = clock, sleep
        self.requests = 0
        self.cache_hits = 0
        self._last: float | None = None

    # one GET, through the cache and the rate limit
    def get(self, params: dict[str, str]) -> dict[str, Any]:
        query = urllib.parse.urlencode(sorted({**params, "format": "json"}.items()))
        url = f"{self.endpoint}?{query}"
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        path = self.cache_dir / key[:2] / f"{key}.json"
        if not self.refresh and path.exists():
            try:
                self.cache_hits += 1
                return json.loads(path.read_text(encoding="utf-8"))["response"]
            except (OSError, ValueError, KeyError):
                self.cache_hits -= 1          # a broken cache file is fetched again
        if self._last is not None:
            wait = self.min_interval - (self.clock() - self._last)
            if wait > 0:
                self.sleep(wait)
        try:
            raw = self.transport(url, dict(self.headers))
        finally:
            self._last = self.clock()
            self.requests += 1
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise LinkError(f"Wikidata's answer to {url} is not JSON",
                            hint="check --endpoint (it is the action API, …/w/api.php)") from None
        if isinstance(data, dict) and "error" in data:
            err = data["error"]
            raise LinkError(f"Wikidata refused {params.get('action')}: "
                            f"{err.get('code', '?')}: {err.get('info', '')}".rstrip(": "),
                            hint="retry later" if err.get("code") == "maxlag" else None)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"url": url, "response": data}, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
        return data

    def search(self, text: str, language: str = "en", limit: int = SEARCH_LIMIT) -> list[dict[str, Any]]:
        """``wbsearchentities``: items whose label or alias matches ``text``."""
        data = self.get({"action": "wbsearchentities", "search": text, "language": language,
                         "uselang": language, "type": "item", "limit": str(limit)})
        return [hit for hit in data.get("search", []) if QID.match(str(hit.get("id", "")))]

    def entities(self, ids: Iterable[str], props: str = "labels|aliases|descriptions|claims",
                 languages: str = "en|ru") -> dict[str, dict[str, Any]]:
        """``wbgetentities``, 50 ids per request."""
        ids = sorted(set(ids), key=lambda q: int(q[1:]))
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(ids), 50):
            data = self.get({"action": "wbgetentities", "ids": "|".join(ids[i:i + 50]),
                             "props": props, "languages": languages})
            for qid, ent in (data.get("entities") or {}).items():
                if isinstance(ent, dict) and "missing" not in ent:
                    out[qid] = ent
        return out


# --------------------------------------------------------------------------- what to link

@dataclass
class Target:
    """An entity of the built corpus that has no Wikidata link yet."""

    id: str
    label: str
    type: str
    names: list[str]
    names_ru: list[str] = field(default_factory=list)
    start: str | None = None          # born / founded (authority)
    end: str | None = None            # died / dissolved (authority)
    documents: list[str] = field(default_factory=list)
    doc_dates: list[str] = field(default_factory=list)
    in_authority: bool = False

    @property
    def earliest_doc_year(self) -> int | None:
        years = [y for y in (_year(d) for d in self.doc_dates) if y is not None]
        return min(years) if years else None


@dataclass
class Candidate:
    qid: str
    label: str
    description: str = ""
    score: float = 0.0
    why: list[str] = field(default_factory=list)
    rejected: bool = False

    def to_yaml(self) -> dict[str, Any]:
        out: dict[str, Any] = {"qid": self.qid, "label": self.label}
        if self.description:
            out["description"] = self.description
        out["score"] = round(self.score, 3)
        out["why"] = self.why
        return out


def _core(label: str) -> str:
    """A label without a trailing parenthesis: 'New Economic Policy (NEP)' → 'New Economic Policy'."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", label).strip() or label


def unlinked_entities(extractions: list[Extraction], authority: Authority,
                      types: Iterable[str] = DEFAULT_TYPES) -> list[Target]:
    """The entities of ``extractions`` of the given types that no identifier links to Wikidata.

    Classes (obkoms, party members) and the corpus's own documents are left out: they are not
    one thing that Wikidata could have an item for.
    """
    wanted = set(types)
    doc_ids = {ex.document.id for ex in extractions}
    found: dict[str, Target] = {}
    for ex in sorted(extractions, key=lambda e: e.document.id):
        date = str(ex.document.meta.get("date") or "")
        for e in ex.entities:
            if e.type not in wanted or e.id in doc_ids or e.is_class:
                continue
            entry = authority.get(e.id)
            if entry is not None and (entry.is_class or dict(entry.links).get("wikidata")):
                continue
            t = found.get(e.id)
            if t is None:
                if entry is not None:
                    names = [_core(entry.label), *entry.aliases]
                    ru = [n for n in (entry.label_ru, *entry.aliases_ru) if n]
                    t = Target(e.id, entry.label, entry.type, names, [_core(n) for n in ru],
                               entry.start, entry.end, in_authority=True)
                else:
                    surface = sorted({m.text for m in e.mentions}, key=lambda s: (-len(s), s))
                    t = Target(e.id, e.label, e.type, [_core(e.label), *surface])
                found[e.id] = t
            if ex.document.id not in t.documents:
                t.documents.append(ex.document.id)
                if date:
                    t.doc_dates.append(date)
    for t in found.values():
        t.names = list(dict.fromkeys(n for n in t.names if n and n.strip()))
        t.names_ru = list(dict.fromkeys(t.names_ru))
    return sorted(found.values(), key=lambda t: t.id)


def _search_names(t: Target) -> list[str]:
    """The label first, then aliases that are not abbreviations or bare surnames."""
    out = [t.names[0]] if t.names else []
    for n in t.names[1:]:
        if len(out) >= MAX_NAMES:
            break
        words = n.split()
        if len(words) < 2 or n.isupper() or _norm(n) in {_norm(o) for o in out}:
            continue
        out.append(n)
    return out


# --------------------------------------------------------------------------- scoring

def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold().replace("ё", "е"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def _similar(a: str, b: str) -> float:
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    ratio = difflib.SequenceMatcher(None, na, nb).ratio()
    ta, tb = set(na.split()), set(nb.split())
    if ta and tb and (ta <= tb or tb <= ta):    # 'Henderson' ⊂ 'Loy W. Henderson'
        ratio = max(ratio, 0.6 + 0.3 * len(ta & tb) / max(len(ta), len(tb)))
    return ratio


def _sharp(similarity: float) -> float:
    """An exact name counts fully; a near one (an extra 'of Ukraine') loses a fifth at once."""
    return 1.0 if similarity >= 1.0 else 0.8 * similarity


def suggestion(cands: list[Candidate]) -> str | None:
    """The QID worth a historian's first look: the best candidate, if it scores ``SUGGEST`` or
    more and leads the next one by ``MARGIN``. A hint for the review file, never a link."""
    ok = [c for c in cands if not c.rejected]
    if ok and ok[0].score >= SUGGEST and (len(ok) == 1 or ok[0].score - ok[1].score >= MARGIN):
        return ok[0].qid
    return None


def _year(value: Any) -> int | None:
    m = re.match(r"^[+]?(-?\d{1,4})", str(value or ""))
    return int(m.group(1)) if m else None


def _claim_items(ent: dict[str, Any], prop: str) -> list[str]:
    out = []
    for claim in (ent.get("claims") or {}).get(prop, []):
        if claim.get("rank") == "deprecated":
            continue
        value = ((claim.get("mainsnak") or {}).get("datavalue") or {}).get("value")
        if isinstance(value, dict) and value.get("id"):
            out.append(str(value["id"]))
    return out


def _claim_years(ent: dict[str, Any], props: Iterable[str]) -> list[int]:
    out = []
    for prop in props:
        for claim in (ent.get("claims") or {}).get(prop, []):
            if claim.get("rank") == "deprecated":
                continue
            value = ((claim.get("mainsnak") or {}).get("datavalue") or {}).get("value")
            if isinstance(value, dict) and "time" in value:
                y = _year(value["time"])
                if y is not None:
                    out.append(y)
        if out:
            return out
    return out


def _names_of(ent: dict[str, Any], *, only: str | None = None, exclude: str | None = None) -> list[str]:
    def keep(lang: str) -> bool:
        return (only is None or lang == only) and lang != exclude
    names = [v.get("value", "") for k, v in (ent.get("labels") or {}).items() if keep(k)]
    for k, vals in (ent.get("aliases") or {}).items():
        if keep(k):
            names.extend(v.get("value", "") for v in vals)
    return [n for n in names if n]


def _best_pair(ours: list[str], theirs: list[str]) -> tuple[float, tuple[str, str]]:
    best, pair = 0.0, ("", "")
    for a in ours:
        for b in theirs:
            s = _similar(a, b)
            if s > best:
                best, pair = s, (a, b)
    return best, pair


def _text(ent: dict[str, Any], key: str, langs: tuple[str, ...] = ("en", "ru")) -> str:
    block = ent.get(key) or {}
    for lang in langs:
        if lang in block:
            return str(block[lang].get("value", ""))
    return next((str(v.get("value", "")) for v in block.values()), "")


def score_candidate(t: Target, qid: str, ent: dict[str, Any],
                    class_labels: dict[str, str]) -> Candidate:
    """Score one Wikidata item (``ent``, as ``wbgetentities`` returns it) for target ``t``."""
    cand = Candidate(qid, _text(ent, "labels") or qid, _text(ent, "descriptions", ("en",)))
    why: list[str] = []
    # names: the best English (or other Latin-script) match; where both sides have Russian
    # names, averaged with the best Russian match (which tells Moscow from Moscow, Idaho)
    best, pair = _best_pair([*t.names, *t.names_ru], _names_of(ent, exclude="ru"))
    why.append(f"name {best:.2f}: {pair[0]!r} ~ {pair[1]!r}" if best < 1 else f"name matches {pair[1]!r}")
    name = _sharp(best)
    ru_theirs = _names_of(ent, only="ru")
    if t.names_ru and ru_theirs:
        ru_best, ru_pair = _best_pair(t.names_ru, ru_theirs)
        name = 0.5 * _sharp(best) + 0.5 * _sharp(ru_best)
        why.append(f"Russian name {ru_best:.2f}: {ru_pair[0]!r} ~ {ru_pair[1]!r}" if ru_best < 1
                   else f"Russian name matches {ru_pair[1]!r}")
    # type
    classes = _claim_items(ent, "P31")
    labels = [class_labels.get(c, "").casefold() for c in classes]
    shown = ", ".join(f"{lab or '?'} ({c})" for c, lab in zip(classes, labels)) or "no P31"
    rejected = None
    if any(w in lab for lab in labels for w in REJECT_WORDS):
        rejected = f"instance of {shown}: not a {t.type.lower()}"
        typ = 0.0
    elif t.type == "Person":
        typ = 1.0 if HUMAN in classes else 0.0
        if not typ:
            rejected = f"instance of {shown}: not a human ({HUMAN})"
    elif HUMAN in classes:
        typ, rejected = 0.0, f"a human ({HUMAN}), not a {t.type.lower()}"
    elif any(w in lab for lab in labels for w in TYPE_WORDS.get(t.type, ())):
        typ = 1.0
    else:
        typ = 0.3
    why.append(f"instance of {shown}")
    # dates
    starts_p, ends_p = DATE_PROPS.get(t.type, ((), ()))
    c_start, c_end = _claim_years(ent, starts_p), _claim_years(ent, ends_p)
    date, checks = 0.5, []
    ours_start, ours_end = _year(t.start), _year(t.end)
    first_doc = t.earliest_doc_year
    what = "born" if t.type == "Person" else "begins"
    if c_start and first_doc is not None and min(c_start) > first_doc:
        rejected = rejected or f"{what} {min(c_start)}, after the {first_doc} document that names it"
    for ours_y, theirs, label in ((ours_start, c_start, "start"), (ours_end, c_end, "end")):
        if ours_y is None or not theirs:
            continue
        gap = min(abs(ours_y - y) for y in theirs)
        if gap <= DATE_SLACK:
            checks.append(1.0)
            why.append(f"{label} {theirs[0]} agrees with {ours_y}")
        else:
            checks.append(0.0)
            rejected = rejected or f"{label} {theirs[0]} disagrees with {ours_y}"
    if checks:
        date = sum(checks) / len(checks)
    elif c_start:
        why.append(f"{what} {c_start[0]}")
    cand.score = 0.0 if rejected else round(0.5 * name + 0.3 * typ + 0.2 * date, 3)
    cand.rejected = rejected is not None
    if rejected:
        why.insert(0, f"rejected: {rejected}")
    cand.why = why
    return cand


def reconcile(targets: list[Target], client: WikidataClient, *,
              keep: int = KEEP) -> dict[str, list[Candidate]]:
    """Candidates for every target, best first: searches by name (English, then Russian), one
    batched ``wbgetentities`` for the candidates and one for the labels of their classes."""
    hits: dict[str, dict[str, dict[str, Any]]] = {}
    for t in targets:
        found: dict[str, dict[str, Any]] = {}
        for name in _search_names(t):
            for hit in client.search(name, "en"):
                found.setdefault(hit["id"], hit)
        for name in t.names_ru[:1]:
            for hit in client.search(name, "ru"):
                found.setdefault(hit["id"], hit)
        hits[t.id] = found
    ents = client.entities({q for found in hits.values() for q in found})
    class_ids = {c for ent in ents.values() for c in _claim_items(ent, "P31")}
    classes = client.entities(class_ids, props="labels", languages="en") if class_ids else {}
    class_labels = {q: _text(e, "labels", ("en",)) for q, e in classes.items()}
    out: dict[str, list[Candidate]] = {}
    for t in targets:
        cands = [score_candidate(t, q, ents[q], class_labels) for q in hits[t.id] if q in ents]
        cands.sort(key=lambda c: (c.rejected, -c.score, int(c.qid[1:])))
        out[t.id] = cands[:keep]
    return out


# --------------------------------------------------------------------------- the review file

REVIEW_HEADER = """\
# partkg link review: Wikidata candidates for entities of the corpus that have no link yet.
# Written by `kg link --online`; nothing here is linked until a historian accepts it.
#
# To accept, write the QID after `accept:` (one of the candidates, or any item you checked
# yourself, then say where in `source:`), and your name after `reviewer:`. The next `kg build`
# adds it to the graph as skos:exactMatch. `accept: none` rejects every candidate; an empty
# `accept:` leaves the entity unlinked. Running `kg link --online` again keeps your decisions.
"""


def read_review(path: Path) -> dict[str, dict[str, Any]]:
    """The review file's records by entity id ({} when there is no file)."""
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise LinkError(f"review file is not valid YAML: {getattr(e, 'problem', e)}", path=path,
                        line=mark.line + 1 if mark else None) from None
    except OSError as e:
        raise LinkError(f"cannot read the review file: {e.strerror or e}", path=path) from None
    records = data.get("entities") if isinstance(data, dict) else None
    if not isinstance(records, list):
        raise LinkError("review file must be a mapping with an 'entities' list", path=path,
                        hint="delete it and run 'kg link --online' again")
    out: dict[str, dict[str, Any]] = {}
    for n, rec in enumerate(records, 1):
        if not isinstance(rec, dict) or not isinstance(rec.get("id"), str):
            raise LinkError(f"entity {n} has no id", path=path)
        accept = rec.get("accept")
        if accept not in (None, "", "none") and not QID.match(str(accept)):
            raise LinkError(f"{rec['id']}: accept must be a QID such as Q123 or 'none', not {accept!r}",
                            path=path)
        out[rec["id"]] = rec
    return out


def write_review(path: Path, targets: list[Target], results: dict[str, list[Candidate]], *,
                 endpoint: str = DEFAULT_ENDPOINT, today: str | None = None) -> Path:
    """Write (or refresh) the review file. A decision already taken (``accept``, ``reviewer``,
    ``source``, ``note``) is kept; entities are sorted by id."""
    previous = read_review(path)
    by_id = {t.id: t for t in targets}
    records = []
    for eid in sorted(set(previous) | set(results)):
        old = previous.get(eid, {})
        t = by_id.get(eid)
        rec: dict[str, Any] = {"id": eid}
        rec["label"] = t.label if t else old.get("label")
        rec["type"] = t.type if t else old.get("type")
        rec["documents"] = t.documents if t else old.get("documents", [])
        if t and (t.start or t.end):
            rec["dates"] = {k: v for k, v in (("start", t.start), ("end", t.end)) if v}
        rec["accept"] = old.get("accept")
        for key in ("reviewer", "source", "note"):
            rec[key] = old.get(key)
        if eid in results:
            cands = results[eid]
            rec["suggested"] = suggestion(cands)
            rec["candidates"] = [c.to_yaml() for c in cands]
            rec["asked"] = today or dt.date.today().isoformat()
        else:
            for key in ("suggested", "candidates", "asked"):
                if key in old:
                    rec[key] = old[key]
        records.append(rec)
    body = yaml.safe_dump({"service": endpoint, "entities": records}, allow_unicode=True,
                          sort_keys=False, width=110)
    from ..exports import write_atomic
    return write_atomic(path, REVIEW_HEADER + body)


def apply_review(authority: Authority, path: Path) -> Authority:
    """The authority with the identifiers accepted in the review file ``path`` added.

    An entity already linked by the authority keeps its identifier; an accepted entity that the
    authority does not know becomes an entry (its id, type and label from the review file).
    """
    records = read_review(path)
    if not records:
        return authority
    changed: list[AuthorityEntry] = []
    for eid, rec in sorted(records.items()):
        qid = rec.get("accept")
        if not qid or qid == "none":
            continue
        cand = next((c for c in rec.get("candidates") or [] if c.get("qid") == qid), None)
        who = f" by {rec['reviewer']}" if rec.get("reviewer") else ""
        source = rec.get("source") or (
            f"accepted{who} in {path.name} from Wikidata's candidates (score {cand.get('score')}, "
            f"asked {rec.get('asked', '?')}): {cand.get('label')} — {cand.get('description', '')}".rstrip(" —")
            if cand else f"accepted{who} in {path.name} (no source given)")
        entry = authority.get(eid)
        if entry is not None:
            links = dict(entry.links)
            if links.get("wikidata"):
                continue
            links["wikidata"] = qid
            src = f"{entry.source}; wikidata: {source}" if entry.source else source
            changed.append(dataclasses.replace(entry, links=tuple(sorted(links.items())), source=src))
        else:
            etype, label = rec.get("type"), rec.get("label")
            if not etype or not label:
                raise LinkError(f"{eid}: an accepted entity needs its type and label", path=path)
            changed.append(AuthorityEntry(id=eid, type=str(etype), label=str(label),
                                          links=(("wikidata", qid),), source=source))
    return authority.extended(Authority(changed)) if changed else authority


# --------------------------------------------------------------------------- measuring links

def measure_links(extractions: list[Extraction], authority: Authority,
                  reference: dict[str, Any], types: Iterable[str] = DEFAULT_TYPES) -> dict[str, Any]:
    """Precision of the graph's Wikidata links against ``reference`` (entity id → QID seen in an
    independent source) and coverage of the entities of ``types`` that ``reference`` says have an
    item (``has_item``: ids; their QID may be unknown)."""
    in_graph = {e.id: e for ex in extractions for e in ex.entities}
    linked = {k: dict(a.links).get("wikidata") for k, a in authority.entries.items()
              if k in in_graph and dict(a.links).get("wikidata")}
    checked = {k: q for k, q in (reference.get("qids") or {}).items() if k in linked}
    right = sorted(k for k, q in checked.items() if linked[k] == q)
    wrong = sorted(k for k, q in checked.items() if linked[k] != q)
    wanted = set(types)
    has_item = sorted(k for k in reference.get("has_item") or [] if k in in_graph
                      and in_graph[k].type in wanted)
    covered = sorted(k for k in has_item if k in linked)
    return {
        "links": len(linked), "checked": len(checked), "right": right, "wrong": wrong,
        "precision": len(right) / len(checked) if checked else None,
        "has_item": has_item, "covered": covered,
        "missing": sorted(set(has_item) - set(covered)),
        "coverage": len(covered) / len(has_item) if has_item else None,
    }


# --------------------------------------------------------------------------- the whole step

@dataclass
class LinkReport:
    """What ``kg link`` did (or, offline, would do)."""

    corpus: Path
    review: Path
    targets: list[Target]
    online: bool
    results: dict[str, list[Candidate]] = field(default_factory=dict)
    requests: int = 0
    cache_hits: int = 0
    decided: dict[str, str] = field(default_factory=dict)     # id → accepted QID or "none"

    @property
    def searches(self) -> int:
        """Name searches an online run makes (before the two batched entity look-ups)."""
        return sum(len(_search_names(t)) + min(1, len(t.names_ru)) for t in self.targets)


def review_path_for(corpus: Path) -> Path:
    return (corpus if corpus.is_dir() else corpus.parent) / REVIEW_FILE


def link_corpus(corpus: Path, *, online: bool = False, review: Path | None = None,
                client: WikidataClient | None = None, types: Iterable[str] = DEFAULT_TYPES,
                today: str | None = None) -> LinkReport:
    """Find the corpus's unlinked entities; when ``online``, ask Wikidata and write the review
    file. Offline, nothing is requested and nothing is written."""
    from ..api import corpus_authority, extract_documents, load_corpus
    review = review or review_path_for(corpus)
    authority = corpus_authority(corpus)
    if review != review_path_for(corpus):
        authority = apply_review(authority, review)
    docs, _problems = load_corpus(corpus)
    extractions = extract_documents(docs, authority)
    previous = read_review(review)
    decided = {k: str(r["accept"]) for k, r in previous.items() if r.get("accept")}
    targets = [t for t in unlinked_entities(extractions, authority, types) if t.id not in decided]
    report = LinkReport(corpus, review, targets, online, decided=decided)
    if not online:
        return report
    if client is None:
        client = WikidataClient()
    report.results = reconcile(targets, client) if targets else {}
    report.requests, report.cache_hits = client.requests, client.cache_hits
    write_review(review, targets, report.results, endpoint=client.endpoint, today=today)
    return report
