"""From a document's text to its resolved mentions.

    gazetteer + rules + the loader's annotations → overlap resolution → anaphora → mentions

Two layers are resolved separately: names of documents (titles, "its decision of 5 March
1937") may contain names of other things (a title names the bodies it concerns), while within a
layer the most specific match wins (more content words, then longer, then rules over the
gazetteer).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..model import Document, Mention
from ..iri import slug
from .gazetteer import STOPWORDS, Gazetteer
from .header import read_header
from .lexicon import BOILERPLATE_RE, DOC_NOUN_RE, ordinal_value
from .patterns import LOCAL, RULES, doc_kind, quoted_titles
from .prefilter import gated
from .text import tokenize

__all__ = ["THIS", "boilerplate_spans", "find_mentions", "title_span"]

THIS = "__this__"
_DEPENDENT = ("person_in_brackets", "document_possessive", "following_document", "document_of_body", "body_document",
              "people_of_body", "document_of_person_ru", "elections", "committee_bureau", "organ_of_body",
              "office_of_body", "document_on_topic", "work_cited_in", "followers", "majority")
_PRIORITY = {"tei": 3, "rule": 2, "gazetteer": 1, "weak": 0.5, "anaphora": 0}
_ALWAYS_ON_BOILERPLATE = {"website"}


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if BOILERPLATE_RE.search(m.group(0))
            and len(m.group(0)) < 200]


def _inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
    """``spans`` are sorted and disjoint (lines)."""
    i = bisect.bisect_right(spans, (m.start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= m.start and m.end <= spans[i][1]


def _content(m: Mention) -> int:
    return _content_words(m.text)


@lru_cache(maxsize=65536)
def _content_words(text: str) -> int:
    return sum(1 for t in tokenize(text) if t.is_word and t.norm not in STOPWORDS) or 1


class _Occupancy:
    """Disjoint spans taken so far; overlap tests by binary search."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_right(self.starts, s) - 1
        if i >= 0 and self.ends[i] > s:
            return True
        return i + 1 < len(self.starts) and self.starts[i + 1] < e

    def add(self, s: int, e: int) -> None:
        i = bisect.bisect_right(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)


@lru_cache(maxsize=1024)
def _source_priority(source: str) -> float:
    return _PRIORITY.get(source.split(":")[0], 0)


def _resolve_layer(cands: list[tuple[Mention, int]]) -> list[Mention]:
    priority = _source_priority
    def rank(item: tuple[Mention, int]) -> tuple:
        m, content = item
        # a surname the inflection of a town's name also gives («Томский», not Томск): the person
        return (-content, -(m.end - m.start), -priority(m.source), m.type != "Person", m.start, m.key)
    chosen: list[Mention] = []
    occupied = _Occupancy()
    for m, _ in sorted(cands, key=rank):
        if occupied.overlaps(m.start, m.end):
            continue
        chosen.append(m)
        occupied.add(m.start, m.end)
    return sorted(chosen, key=lambda m: (m.start, m.end))


_TITLE_HEAD_RE = re.compile(r"(?m)^[^\n]{0,200}?,\s*((?:On|Concerning|About|Regarding|О|Об)\s[^\n]{10,600}?)\.?\s+"
                            r"(?=(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-zА-Яа-я]+\s+\d{4}|\d{4})")


def title_span(doc: Document, boiler: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the document's own title stands in its text, if it does."""
    text = doc.text
    title = doc.meta.get("title")
    if title:
        i = text.find(str(title))
        if i < 0 and len(str(title)) > 20:
            # a heading in capitals, or a title run on after its heading's kind and issuer
            # («Постановление ЦК ВКП(б) об опере …»): the same words in another case
            i = text[:4000].lower().find(str(title).lower())
        if i >= 0:
            return i, i + len(str(title))
        # a title with a subtitle: its main part may stand alone
        main = re.split(r"[:.(]", str(title))[0].strip()
        i = text.find(main) if len(main) > 8 else -1
        if i >= 0:
            return i, i + len(main)
    head = text[:2000]
    m = _TITLE_HEAD_RE.search(head)
    if m:
        return m.start(1), m.end(1)
    h = read_header(text)
    if h.title and not any(bs <= h.title[0] < be for bs, be in boiler):
        return h.title
    return None


_ANAPHOR_DOC_RE = re.compile(rf"\b((?:[Tt]he\s+same|[Tt]hat|[Tt]his|[Tt]he\s+present|[Tt]he\s+said|[Tt]he\s+above|[Ss]ame|[Tt]he|[Oo]ur)\s+({DOC_NOUN_RE})(?![\w-])(?<!s)(?:\s+of\s+the\s+(?:Congress|Conference|Plenum|plenum))?)\b")
_ANAPHOR_BODY_RE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(Congress|Conference|Commissariat|Plenum|plenum|Commission|Embassy|Politburo)\b")
_COMPATIBLE = {"decision": {"decision", "resolution", "decree"}, "resolution": {"resolution", "decision", "decree"},
               "decree": {"decree", "decision", "resolution"},
               # an open letter is an appeal and a statement; a declaration is handed in as a letter
               "appeal": {"appeal", "letter", "statement", "declaration"}, "statement": {"statement", "declaration", "appeal", "letter"},
               "declaration": {"declaration", "statement", "appeal", "letter"}}


_ANAPHOR_DOC_RU_RE = re.compile(r"(?<![А-Яа-яЁё])((?:настоящ|Настоящ|данн|Данн|указанн|Указанн|вышеуказанн|Вышеуказанн|названн|Названн|упомянут|Упомянут|эт|Эт)[а-яё]*)\s+"
                                r"((?:постановлени|решени|резолюци|письм|директив|приказ|циркуляр|заявлени|сообщени|приговор|доклад|указ|инструкци|обращени)[а-яё]*)(?![А-Яа-яЁё])")

_BARE_DOC_RU_RE = gated(re.compile(r"(?:^|(?<=[.!?»]\s)|(?<=\n))[ \t]*(Резолюция|Постановление|Решение|Письмо|Директива|Приказ|Сообщение|Доклад|Заявление|Обращение|Указ)"
                             r"(?=\s+(?:[а-яё]+\s+)?(?:[а-яё]+ет|[а-яё]+ит|[а-яё]+ут|[а-яё]+ют|[а-яё]+ат|[а-яё]+ят|[а-яё]+л[аио]?)\b)", re.M))
_SOURCE_LINE = re.compile(r"[ \t]*(?:Original\s+)?(?:Source|Sources|Translated\s+from|Abridged\s+from|Источник)\s*:")


def _in_note(text: str, pos: int) -> bool:
    """Whether ``pos`` is in an editor's note: a line opening with "["."""
    return text[text.rfind("\n", 0, pos) + 1:pos][:1] == "["


#: how far back (characters) a document of the very kind an anaphor names still outranks a nearer one
EXACT_WINDOW = 1500


def _anaphora(text: str, chosen: list[Mention], this_kind: str | None, local_prefix: str = "") -> list[Mention]:
    out: list[Mention] = []

    def own_key(d: Mention) -> str:
        # a document local to this text is keyed by the text's id, whose words ("…_resolution_1956")
        # say nothing of that document's kind
        return d.key[len(local_prefix):] if local_prefix and d.key.startswith(local_prefix) else d.key

    docs = sorted((m for m in chosen if m.type == "Document"), key=lambda d: d.end)
    doc_ends = [d.end for d in docs]

    def fits(d: Mention, compatible: set[str]) -> bool:
        return d.key != THIS and (doc_kind(d.label.split()[-1]) in compatible or any(c in d.label.lower() for c in compatible)
                                  or any(c in own_key(d) for c in compatible)
                                  or any(c in d.text.lower().replace("é", "e") for c in compatible))   # the words it was named by here

    def overlapped(s: int, e: int) -> bool:
        """Whether a document named otherwise overlaps [s, e)."""
        return any(d.start < e for d in docs[bisect.bisect_right(doc_ends, s):][:3])

    def new_document(s: int, e: int, kind: str) -> None:
        """"the resolution" with no document of its kind before it: a document the text knows its
        reader knows (the one just adopted, the one the telegram reports); later anaphors of its
        kind find it as their antecedent."""
        new = Mention(s, e, text[s:e], "Document", f"{local_prefix}the_{kind}_{len(out) + 1}", kind.title(),
                      source="anaphora")
        out.append(new)
        j = bisect.bisect_right(doc_ends, new.end)
        docs.insert(j, new)
        doc_ends.insert(j, new.end)

    for m in _ANAPHOR_DOC_RE.finditer(text):
        kind = doc_kind(m.group(2))
        compatible = _COMPATIBLE.get(kind, {kind})
        k = bisect.bisect_right(doc_ends, m.start())
        found = next((docs[j] for j in range(k - 1, max(-1, k - 200), -1) if fits(docs[j], compatible)), None)
        # "a resolution on X … the decision of the joint session … The resolution": a document of
        # the very kind named, not far back, before one of a merely compatible kind
        same = next((docs[j] for j in range(k - 1, max(-1, k - 200), -1) if fits(docs[j], {kind})), None)
        if same is not None and found is not None and same is not found and m.start() - same.end < EXACT_WINDOW:
            found = same
        prior = [found] if found is not None else []
        determiner = m.group(1).split()[0].lower()
        if re.match(r"(?i)the\s+present\s", m.group(1)):
            # "the present resolution" is the text itself (as «настоящее постановление» is)
            if this_kind and kind in _COMPATIBLE.get(this_kind, {this_kind}):
                out.append(Mention(m.start(1), m.end(1), m.group(1), "Document", THIS, "", source="anaphora"))
            continue
        if prior:
            d = prior[-1]
            s = m.start(1) if determiner in ("same",) else m.start(2) if determiner == "the" and "same" not in m.group(1).lower() else m.start(1)
            if determiner == "the" and "same" in m.group(1).lower():
                s = m.start(1) + 4
            out.append(Mention(s, m.end(1), text[s:m.end(1)], "Document", d.key, d.label, source="anaphora"))
        elif this_kind and kind in _COMPATIBLE.get(this_kind, {this_kind}) and determiner in ("this",):
            out.append(Mention(m.start(1), m.end(1), m.group(1), "Document", THIS, "", source="anaphora"))
        elif determiner == "the" and "same" not in m.group(1).lower() and local_prefix \
                and not _in_note(text, m.start()) and not overlapped(m.start(2), m.end(1)):
            if _SOURCE_LINE.match(text, text.rfind("\n", 0, m.start()) + 1):
                # "Source: … the English translation of the speech": the text itself
                out.append(Mention(m.start(2), m.end(1), text[m.start(2):m.end(1)], "Document", THIS, "", source="anaphora"))
            elif kind not in _COMPATIBLE.get(this_kind or "", {this_kind}):
                new_document(m.start(2), m.end(1), kind)
    # «настоящее постановление» is the document itself; «этим решением», «указанное письмо» the
    # last document of its kind before it
    for m in () if text.isascii() else _ANAPHOR_DOC_RU_RE.finditer(text):
        kind = doc_kind(m.group(2).lower())
        if m.group(1).lower().startswith("настоящ"):
            out.append(Mention(m.start(), m.end(), m.group(0), "Document", THIS, "", source="anaphora"))
            continue
        compatible = _COMPATIBLE.get(kind, {kind})
        k = bisect.bisect_right(doc_ends, m.start())
        found = next((docs[j] for j in range(k - 1, max(-1, k - 200), -1) if fits(docs[j], compatible)), None)
        if found is not None:
            out.append(Mention(m.start(), m.end(), m.group(0), "Document", found.key, found.label, source="anaphora"))
        elif local_prefix and not _in_note(text, m.start()) and not overlapped(m.start(), m.end()):
            new_document(m.start(2), m.end(2), kind)
    # «Резолюция констатирует, что …», «Постановление указывает …»: Russian names the document just
    # discussed by its bare noun at the head of a sentence (no article to cue it)
    for m in () if text.isascii() else _BARE_DOC_RU_RE.finditer(text):
        if overlapped(m.start(1), m.end(1)):
            continue
        kind = doc_kind(m.group(1).lower())
        compatible = _COMPATIBLE.get(kind, {kind})

        def named_as(d: Mention) -> bool:
            # the kind in its own words or just before them: «резолюция Информбюро «О положении …»»
            lead = text[max(0, d.start - 80):d.start]
            lead = re.split(r"[.!?]\s", lead)[-1]
            return any(doc_kind(w) in compatible for w in re.findall(r"[А-Яа-яЁё]{4,}", lead + " " + d.text))
        k = bisect.bisect_right(doc_ends, m.start(1))
        found = next((docs[j] for j in range(k - 1, max(-1, k - 200), -1)
                      if docs[j].key != THIS and (fits(docs[j], compatible) or named_as(docs[j]))), None)
        if found is not None and m.start(1) - found.end < EXACT_WINDOW:
            out.append(Mention(m.start(1), m.end(1), m.group(1), "Document", found.key, found.label, source="anaphora"))
    bodies = sorted((m for m in chosen if m.type == "Body"), key=lambda b: b.end)
    body_ends = [b.end for b in bodies]
    taken = _Occupancy()
    for c in sorted(chosen, key=lambda c: c.start):
        if not taken.overlaps(c.start, c.end):
            taken.add(c.start, c.end)
    for m in _ANAPHOR_BODY_RE.finditer(text):
        head = m.group(1).lower()
        k = bisect.bisect_right(body_ends, m.start())
        found = next((bodies[j] for j in range(k - 1, max(-1, k - 200), -1) if head in bodies[j].label.lower()), None)
        prior = [found] if found is not None else []
        if prior and not taken.overlaps(m.start(1), m.start(1) + 1):
            d = prior[-1]
            s = m.start() if m.group(0)[0].isupper() and m.start() > 0 else m.start()
            out.append(Mention(s, m.end(), text[s:m.end()], "Body", d.key, d.label, source="anaphora"))
    # «Съезд осудил …», «на съезде», «Конференция постановила»: the congress (conference, plenum)
    # last named; not one qualified after («съезд Советов», «съезда партии») or before («очередной съезд»)
    for m in _ANAPHOR_BODY_RU_RE.finditer(text) if ("ъезд" in text or "онференц" in text or "ленум" in text) else ():
        if taken.overlaps(m.start(), m.end()) or _RU_QUALIFIED_AFTER.match(text, m.end()) \
                or _RU_QUALIFIED_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        head = _RU_BODY_HEADS[m.group(1).lower()[:5]]
        k = bisect.bisect_right(body_ends, m.start())
        found = next((bodies[j] for j in range(k - 1, max(-1, k - 200), -1)
                      if head in bodies[j].label.lower() and not bodies[j].is_class), None)
        if found is not None:
            out.append(Mention(m.start(), m.end(), m.group(0), "Body", found.key, found.label, source="anaphora"))
    return out


_ANAPHOR_BODY_RU_RE = re.compile(r"(?<![А-Яа-яЁё-])([Сс]ъезд|[Кк]онференци|[Пп]ленум)(?:а|у|ом|е|я|ю|ей|и)?(?![А-Яа-яЁё-])")
_RU_BODY_HEADS = {"съезд": "congress", "конфе": "conference", "плену": "plenum"}
_RU_QUALIFIED_AFTER = re.compile(r"\s*(?:\(|[А-ЯЁA-Z0-9«\"]|(?:партии|советов|компарти\w*|профсоюз\w*|комсомола|писателей|колхозник\w*)\b)")
_RU_QUALIFIED_BEFORE = re.compile(r"(?<![А-Яа-яЁё])[а-яё]+(?:ый|ой|ий|ого|ому|ым|ом|ая|ую|ей|ые|ых)\s+$")


_MONTH_ADJ_RU = re.compile(r"(?i)(?:январск|февральск|мартовск|апрельск|майск|июньск|июльск|августовск|сентябрьск|"
                           r"октябрьск|ноябрьск|декабрьск)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$")


def find_mentions(doc: Document, gz: Gazetteer, this_kind: str | None = None) -> list[Mention]:
    text = doc.text
    boiler = boilerplate_spans(text)
    gaz = gz.match(text)
    if not text.isascii():
        # «Ноябрьский пленум»: a month's adjective, not the town its inflection also gives (Ноябрьск)
        gaz = [g for g in gaz if not (g[0].type == "Place" and _MONTH_ADJ_RU.match(g[0].text))]
    known = [m for m, _ in gaz]
    cands: list[tuple[Mention, int]] = list(gaz)
    content = _content_words
    for name, fn in RULES.items():
        if name in _DEPENDENT:
            continue
        cands += [(m, content(m.text)) for m in fn(text, known, gz)]
    first = _resolve_layer([c for c in cands if c[0].type != "Document"])
    for name in _DEPENDENT:
        for m in RULES[name](text, first + [c[0] for c in cands if c[0].type == "Document"], gz):
            cands.append((m, _content(m)))
    for a in doc.annotations:
        if a.type != "Date":
            cands.append((a, _content(a) + 1))
    span = title_span(doc, boiler)
    if span and not any(c[0].key == THIS for c in cands) \
            and not any(c[0].source == "rule:bibliography" and c[0].start <= span[0] and span[1] <= c[0].end for c in cands):
        # (a title that stands only inside a cited work's title names that work, not this text)
        s, e = span
        cands.append((Mention(s, e, text[s:e], "Document", THIS, doc.meta.get("title") or text[s:e],
                              source="rule:title"), 100))
    cands = [c for c in cands if not _inside(c[0], boiler) or c[0].source.split(":")[-1] in _ALWAYS_ON_BOILERPLATE]
    names = _resolve_layer([c for c in cands if c[0].type != "Document"])
    docs = _resolve_layer([c for c in cands if c[0].type == "Document"])
    titles = quoted_titles(text, docs)
    # a quoted title the authority knows gives its canonical key to the document it follows
    doc_starts = [d.start for d in docs]
    rekey: dict[str, Mention] = {}
    for t in titles:
        lo, hi = bisect.bisect_left(doc_starts, t.start), bisect.bisect_left(doc_starts, t.end)
        known = [d for d in docs[lo:hi] if d.source == "gazetteer" and d.end <= t.end]
        if known and known[0].key != t.key:
            rekey.setdefault(t.key, known[0])
    if rekey:
        docs = [Mention(d.start, d.end, d.text, d.type, rekey[d.key].key, rekey[d.key].label, d.source, d.is_class)
                if d.key in rekey else d for d in docs]
        titles = [Mention(x.start, x.end, x.text, x.type, rekey[x.key].key, rekey[x.key].label, x.source, x.is_class)
                  if x.key in rekey else x for x in titles]
    # a quoted title that follows a document names that document (it outranks a reading of the
    # quotation on its own); a document followed by the document's own title is the document
    docs = _resolve_layer([(m, 50) for m in docs] + [(t, 60) for t in titles])
    own_title_starts = sorted(t.start for t in titles if t.key == THIS)
    docs = [Mention(d.start, d.end, d.text, d.type, THIS, d.label, d.source, d.is_class)
            if d.key != THIS and _follows(own_title_starts, d.end, 12) else d for d in docs]
    names = _drop_modifiers(text, names, docs)
    names = _split_namesakes(names)
    names = _join_given_names(names)
    names = _surname_again(text, names)
    names = _opposition_again(names)
    names, nested = _compounds(text, names, gz)
    nested += _nested(text, names, [c[0] for c in cands if c[0].type in ("Body", "Place", "Person", "Group")])
    docs = [_extend_document(text, d) for d in docs]
    # "Resolution of the Plenum of the CC, On the Work of …": the heading names the document itself
    this_starts = {d.start for d in docs if d.key == THIS}

    def heads_title(d: Mention) -> bool:
        g = re.match(r"\s*[,:.]\s*|[ \t]+(?=[a-zа-яё])", text[d.end:d.end + 8])    # «Постановление ЦК об …»
        if g is None and re.match(r"[ \t]*\n", text[d.end:d.end + 8]) and (d.start == 0 or text[d.start - 1] == "\n"):
            g = re.match(r"\s*", text[d.end:d.end + 8])    # a heading line over the title line
        if g and d.end + g.end() in this_starts:
            return True
        # "Report of the CCC to the Sixteenth Congress⏎On the Results of …": the rest of the heading
        # line (its addressee, no sentence) may stand between the heading's document and the title
        line_start = text.rfind("\n", 0, d.end) + 1
        if line_start < d.start and text[line_start:d.start].strip():
            return False
        rest = re.match(r"[^\n.;!?]{0,80}\n\s*", text[d.end:d.end + 120])
        return bool(rest) and d.end + rest.end() in this_starts

    this_ends = {d.end for d in docs if d.key == THIS}

    def under_title(d: Mention) -> bool:
        # "О чистке …⏎⏎Резолюция XVI конференции ВКП(б), 29 апреля 1929 г.": the line under the title
        if d.start and text[d.start - 1] != "\n":
            return False
        above = re.search(r"[.:]?[ \t]*\n\s*$", text[max(0, d.start - 8):d.start])
        return bool(above) and max(0, d.start - 8) + above.start() in this_ends

    heading_keys = {d.key for d in docs if d.source == "rule:document_of_body" and (heads_title(d) or under_title(d))}
    # the heading's kind and issuer ("Resolution of the CC"), said again of the same document
    docs = [Mention(d.start, d.end, d.text, d.type, THIS, d.label, d.source, d.is_class)
            if d.key in heading_keys else d for d in docs]
    # a title quoted in the source line after the document's own kind is the document's title
    fixed = []
    for d in docs:
        if d.key.startswith("__source__"):
            kind, _, rest = d.key[len("__source__"):].partition("__")
            compatible = _COMPATIBLE.get(this_kind or "", {this_kind})
            d = Mention(d.start, d.end, d.text, d.type, THIS if kind in compatible else rest, d.label, d.source, d.is_class)
        fixed.append(d)
    docs = fixed
    docs = _authored_documents(text, docs, names)
    local: dict[str, str] = {}
    for d in sorted(docs, key=lambda d: d.start):
        if d.key.startswith(LOCAL) and d.key not in local:
            local[d.key] = f"{slug(doc.id)}_{d.key[len(LOCAL):]}_{len(local) + 1}"
    docs = [Mention(d.start, d.end, d.text, d.type, local[d.key], d.label, d.source, d.is_class)
            if d.key in local else d for d in docs]
    chosen = names + docs
    extra = _anaphora(text, chosen, this_kind, f"{slug(doc.id)}_")
    occupied = _Occupancy()
    for m in sorted(chosen, key=lambda m: m.start):
        if not occupied.overlaps(m.start, m.end):
            occupied.add(m.start, m.end)
    for m in extra:
        if not occupied.overlaps(m.start, m.end):
            chosen.append(m)
            occupied.add(m.start, m.end)
    return sorted(chosen + nested, key=lambda m: (m.start, m.end, m.key))


#: a single word naming a group, used as an adjective: "Trotskyite spies", "fascist Germany",
#: "careerist interests", "a Menshevik tendency" - the group is not what the text speaks of
_MODIFIED = re.compile(r"[ \t]*[\"“”'‘’«»]?[ \t]*(?:-[ \t]*)?([A-Za-z][a-z]+|[а-яё]+)")
#: … unless what it qualifies is itself a group: "Trotskyite and rightist agents", "a
#: counter-revolutionary wrecking organization"
_GROUP_HEAD = re.compile(r"(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:agents|groups?|organi[sz]ations?|elements|bloc|cent(?:re|er)|opposition|factions?|gangs?|band)\b")
_QUOTE_OPEN = "\"“«‘'"
#: "Communist Party (Bolsheviks) of Ukraine", «Коммунистической партии (большевиков) Эстонии": the
#: word in brackets after the party is part of its name, not the Bolsheviks as a group
_PARTY_BRACKET = re.compile(r"(?i)(?:party|parti[a-z]*|парти[а-яё]*)[ \t]*\($")


#: the act of leading, not the leaders: «под руководством партии», "under the party's leadership",
#: "Unsatisfactory Party Leadership of the Kiev obkom"
_LEADING = re.compile(r"(?i)leadership|руководств[а-яё]*")
_UNDER = re.compile(r"(?i)(?:\bunder[ \t]+(?:the[ \t]+)?|(?<![А-Яа-яЁё])под[ \t]+)$")
_OF_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?-i:[A-Z])")


_VERB_TO = re.compile(r"\bto[ \t]+$")
_VERB_OBJECT = re.compile(r"[ \t]+(?:the|its|their|all|our)\b")


def _drop_modifiers(text: str, names: list[Mention], docs: list[Mention]) -> list[Mention]:
    """Groups that are not spoken of: a group word used as a modifier (above), and a group
    named inside a quoted title ("On Anti-Soviet Elements", «Arrest of a Group of Saboteur-Doctors»),
    which names the document, not the group."""
    titles = [(d.start, d.end) for d in docs if d.text[:1] in _QUOTE_OPEN or text[d.start - 1:d.start] in _QUOTE_OPEN]
    # a book's title in a source or literature line ("Daniels, The Conscience of the Revolution",
    # "Conquest, in The Great Terror (1968)") names the book, not the events it is about
    works = [(d.start, d.end) for d in docs if d.source in ("rule:bibliography", "rule:source_line")]

    def inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
        return any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in spans)
    # (an event the text speaks of elsewhere stays: the book is then about it, "The Kirov Murder")
    spoken_of = {m.key for m in names if m.type == "Event" and not inside(m, works)} if works else set()
    out = []
    for m in names:
        if m.type == "Event":
            if m.key not in spoken_of and inside(m, works):
                continue
            if _VERB_TO.search(text, max(0, m.start - 4), m.start) and _VERB_OBJECT.match(text, m.end):
                continue    # "instructs the CC to purge the Party of …": the verb
        if m.type == "Group":
            if inside(m, titles):
                continue
            if text[m.end:m.end + 1] == ")" and _PARTY_BRACKET.search(text, max(0, m.start - 12), m.start):
                continue
            if _LEADING.search(m.text) and (_UNDER.search(text, max(0, m.start - 10), m.start)
                                            or _OF_AFTER.match(text, m.end) and _LEADING.search(m.text).end() == len(m.text)):
                continue    # «под руководством партии», "the Party Leadership of the Kiev obkom": leading, not leaders
            if " " not in m.text and not m.text.endswith(("s", "ы", "и")) and m.text[:1].isascii():
                g = _MODIFIED.match(text, m.end)
                if g and (g.group(1)[0].islower() or g.group(1) in ("Germany", "Deviation", "Acts", "Doctors")) \
                        and g.group(1) not in ("and", "or", "of", "in", "who", "which", "that", "was", "is", "has", "had") \
                        and not _GROUP_HEAD.match(text, m.end):
                    continue
        out.append(m)
    return out


NESTED = "nested"
_LOCAL_BODY = re.compile(r"(?i)press|party organi[sz]ation|party committee|obkom|kraikom|gorkom|raikom|soviet|embassy|newspaper|organi[sz]ation")
#: the political police had an administration in every region: "the Leningrad NKVD", "the Kiev GPU"
_REGIONAL_ORGAN = re.compile(r"^(?:the\s+)?(?:NKVD|OGPU|GPU|Cheka|MGB|MVD|NKGB|UNKVD|НКВД|ОГПУ|ГПУ|ЧК|МГБ|МВД)$")


def _compounds(text: str, names: list[Mention], gz: Gazetteer) -> tuple[list[Mention], list[Mention]]:
    """"Moscow press", "Leningrad party organization": a place that qualifies a body makes a
    body of its own, located there. The place stays as a nested mention."""
    out: list[Mention] = []
    nested: list[Mention] = []
    i = 0
    while i < len(names):
        m = names[i]
        nxt = names[i + 1] if i + 1 < len(names) else None
        if m.type == "Place" and nxt is not None and nxt.type == "Body" and text[m.end:nxt.start] == " " \
                and (_LOCAL_BODY.search(nxt.label + " " + nxt.text) and (nxt.is_class or "press" in nxt.label.lower())
                     or _REGIONAL_ORGAN.match(nxt.text) and not re.match(r"(?:Soviet|USSR|Union|СССР|Russia|RSFSR)", m.text)):
            surface = text[m.start:nxt.end]
            body_words = re.sub(r"(?i)^the\s+", "", nxt.text)
            label = f"{m.text} {body_words}"
            key = _lookup_key(gz, surface, "Body") or slug(label)
            out.append(Mention(m.start, nxt.end, surface, "Body", key, label, source="rule:placed_body"))
            nested.append(Mention(m.start, m.end, m.text, m.type, m.key, m.label, source=NESTED, is_class=m.is_class))
            if not nxt.is_class:   # "the Leningrad NKVD": the NKVD it is a branch of
                nested.append(Mention(nxt.start, nxt.end, nxt.text, nxt.type, nxt.key, nxt.label, source=NESTED))
            i += 2
            continue
        out.append(m)
        i += 1
    return out, nested


def _lookup_key(gz: Gazetteer, surface: str, etype: str) -> str | None:
    for mention, _ in gz.match(surface):
        if mention.type == etype and mention.start == 0 and mention.end == len(surface):
            return mention.key
    return None


_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
#: "CC VKP(b)", "CC CPSU": the party's initials after its organ's name qualify it as "of" would
_PARTY_OF_ORGAN = re.compile(r"(?:\bCC|Central\s+Committee|Politburo|Plenum\s+of\s+the\s+CC)\s+$")
#: words in a Russian adjective's endings ("-ие" only after к, г, х, ж, ш, щ, ч: «присутствие»,
#: «управление» are nouns; "-ом", "-ем" are left out for the nouns' instrumental)
_RU_ADJECTIVES = re.compile(r"(?:[А-ЯЁа-яё]+(?:ый|ий|ой|ого|его|ому|ему|ым|им|ая|яя|ую|юю|ое|ее|ые|ых|их|ыми|ими|(?<=[кгхжшщч])ие)\s+)+")
_SITTING = re.compile(r"(?i)(?:\w+\s+)?(?:session|сесси)")
_QUALIFIER_BEFORE = re.compile(r"(?i)\b(?:of|in|at|to|attached to|under|within|against)\s+(?:the\s+)?(?:so-called\s+)?[\"“«‘]?$")


_RU_CONJUNCT = re.compile(r"[ \t]и[ \t]+$")
_SECOND_PLACE = re.compile(r"[\w-]+[ \t]+(?:and|и)[ \t]+")


def _nested(text: str, names: list[Mention], cands: list[Mention]) -> list[Mention]:
    """Names inside a longer name: "KPK" in "party collegiums of the KPK", "Soviet Union" in
    "Chargé in the Soviet Union". They are mentions of their own entities (and give partOf)."""
    out: list[Mention] = []
    cands = sorted(cands, key=lambda c: c.start)
    cand_starts = [c.start for c in cands]
    for outer in names:
        if outer.type not in ("Body", "Position", "Group", "Event"):
            continue
        lo, hi = bisect.bisect_left(cand_starts, outer.start), bisect.bisect_left(cand_starts, outer.end)
        inner = [c for c in cands[lo:hi] if (outer.start < c.start and c.end <= outer.end
                                             or outer.start <= c.start and c.end < outer.end) and c.key != outer.key]
        # a qualifier: after a preposition ("of the KPK", "in the Soviet Union"), or a place
        # before the head ("Moscow press")
        cyrillic = bool(_CYRILLIC.search(outer.text))
        inner = [c for c in inner if text[c.start - 1:c.start] != "("        # «партия (большевиков)»: part of the name
                 and (_QUALIFIER_BEFORE.search(text[outer.start:c.start]) or _PARTY_OF_ORGAN.search(text[outer.start:c.start])
                 or (cyrillic and c.start > outer.start)       # Russian qualifies by the genitive
                 or (c.type == "Place" and c.start == outer.start and c.end < outer.end)
                 # "the Akmolinsk and Kokchetav obkoms": the second of two places before the head
                 or (c.type == "Place" and c.end < outer.end and _SECOND_PLACE.fullmatch(text, outer.start, c.start)))]
        # «Верховного Совета»: a noun after the name's own adjectives is its head, not a part
        if cyrillic:
            inner = [c for c in inner if not (c.start > outer.start and _RU_ADJECTIVES.fullmatch(text[outer.start:c.start]))]
            if outer.type == "Group":   # «рабочих и крестьян»: the second of two classes joined is not a qualifier
                inner = [c for c in inner if not _RU_CONJUNCT.search(text, outer.start, c.start)]
        # «XVI конференции ВКП(б)»: the name less its ordinal is the generic class, not a part
        inner = [c for c in inner if not (c.end == outer.end and re.fullmatch(r"\S+", text[outer.start:c.start].strip())
                                          and ordinal_value(text[outer.start:c.start].strip()))]
        if outer.type == "Event":
            # "the arrest of Rykov", "the trial of the Moscow Centre": whom it befell; "the session
            # of the Supreme Soviet": the body that sat
            kinds = ("Body",) if _SITTING.match(outer.text) else ("Person", "Group")
            inner = [c for c in inner if c.type in kinds]
        if not inner:
            continue
        best = _resolve_layer([(c, _content(c)) for c in inner])
        found = [Mention(c.start, c.end, c.text, c.type, c.key, c.label, source=NESTED, is_class=c.is_class) for c in best]
        out.extend(found)
        out.extend(_nested(text, found, inner))     # a name inside the name inside the name
    return out


_DOC_TAIL = re.compile(r"\s+(statement|article|speech|report|resolution|letter|decree|directive|theses|address)\b")


_INITIALS = re.compile(r"^((?:(?:Ya|Yu|Ye|Zh|Ch|Sh|Kh|Ts|[A-ZА-ЯЁ])\.\s?)+)")


def _split_namesakes(names: list[Mention]) -> list[Mention]:
    """Two persons the rules found under one surname but with different first initials are two
    persons: their keys take the first initial ("m_kogan", "b_kogan")."""
    firsts: dict[str, set[str]] = {}
    for m in names:
        if m.type == "Person" and m.source.startswith("rule:"):
            g = _INITIALS.match(m.text)
            if g:
                firsts.setdefault(m.key, set()).add(g.group(1)[0].lower())
    split = {k for k, v in firsts.items() if len(v) > 1}
    if not split:
        return names
    out = []
    for m in names:
        g = _INITIALS.match(m.text) if m.key in split else None
        if g:
            key = f"{slug(g.group(1).split('.')[0])}_{m.key}"
            m = Mention(m.start, m.end, m.text, m.type, key, m.text, m.source, m.is_class)
        out.append(m)
    return out


def _join_given_names(names: list[Mention]) -> list[Mention]:
    """"Pavel Zolotarev" and "P. N. Zolotarev" (or plain "Zolotarev") in one document are one
    person when no other given name goes with that surname and the initial agrees."""
    given: dict[str, set[tuple[str, str, str]]] = {}
    for m in names:
        if m.type == "Person" and m.source == "rule:person_given_name":
            words = m.label.split()
            if len(words) >= 2:
                given.setdefault(slug(words[-1]), set()).add((m.key, m.label, words[0][0].lower()))
    if not given:
        return names
    out = []
    for m in names:
        cands = given.get(m.key) if m.type == "Person" and m.source.startswith("rule:") and m.source != "rule:person_given_name" else None
        if cands and len(cands) == 1:
            key, label, initial = next(iter(cands))
            g = _INITIALS.match(re.sub(r"^(?:Comrades?|comrades?|тов\.|т\.)\s+", "", m.text))
            if g is None or g.group(1)[0].lower() == initial:
                m = Mention(m.start, m.end, m.text, m.type, key, label, m.source, m.is_class)
        out.append(m)
    return out


#: rules that find a person by more than a surname: a given name, initials, a title or an
#: honorific ("Comrade Dorokhin", "Colonel Sitnikov")
_NAMED_IN_FULL = frozenset({"rule:person_given_name", "rule:person_initials", "rule:person_honorific"})


def _surname_again(text: str, names: list[Mention]) -> list[Mention]:
    """"Pavel Terekhov … Terekhov", "Comrade Dorokhin … Dorokhin": once a rule has found a person
    by given name, initials or a title and an (English) surname, the surname alone later in the
    text names the same person (when no other person has that surname)."""
    by_surname: dict[str, set[str]] = {}
    first_at: dict[str, Mention] = {}
    for m in names:
        if m.type == "Person":
            words = m.text.split()
            if len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", words[-1]):
                by_surname.setdefault(words[-1], set()).add(m.key)
                if m.source in _NAMED_IN_FULL:
                    first_at.setdefault(words[-1], m)
    if not first_at:
        return names
    taken = sorted((m.start, m.end) for m in names)
    starts = [a for a, _ in taken]
    out = list(names)
    for surname, m0 in first_at.items():
        if len(by_surname.get(surname, ())) != 1:
            continue
        for g in re.finditer(rf"(?<![\w.-]){re.escape(surname)}(?![\w-])", text[m0.end:]):
            s0, e0 = m0.end + g.start(), m0.end + g.end()
            i = bisect.bisect_right(starts, s0) - 1
            if any(a <= s0 < b or s0 <= a < e0 for a, b in taken[max(0, i - 1):i + 3]):
                continue
            out.append(Mention(s0, e0, surname, "Person", m0.key, m0.label, "rule:surname_again"))
    return sorted(out, key=lambda m: (m.start, m.end))


_BARE_OPPOSITION = re.compile(r"(?i)^(?:the\s+)?(?:opposition|оппозици[яиюей]+)$")


def _opposition_again(names: list[Mention]) -> list[Mention]:
    """"the Workers' Opposition … the opposition": once a text has named one opposition, "the
    opposition" after it is that one, not the class of all oppositions."""
    out, last = [], None
    for m in names:
        if m.type == "Group" and re.search(r"(?i)opposition|оппозици", m.label) and not _BARE_OPPOSITION.match(m.text) \
                and m.key != "opposition" and not m.source.startswith("rule:weak"):   # not "leaders of the opposition"
            last = m
        elif m.type == "Group" and last is not None and m.key == "opposition" and _BARE_OPPOSITION.match(m.text):
            m = Mention(m.start, m.end, m.text, m.type, last.key, last.label, m.source, last.is_class)
        out.append(m)
    return out


_PRONOUN_DOC_RE = re.compile(rf"\b(his|her|His|Her)\s+((?:own|main|last|first|secret|open|closing|opening|concluding|political|famous|well-known|long)\s+)?({DOC_NOUN_RE})(?![\w-])(?<!s)")
#: "the report delivered by Zhdanov", read backwards from the person
_DELIVERED_RE = re.compile(r"\b(report|speech|address|lecture)\s+(?:(?:delivered|made|given|read)\s+(?:there\s+)?)?by\s+(?:Comrade\s+)?$")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n\s*\n")


def _authored_documents(text: str, docs: list[Mention], names: list[Mention]) -> list[Mention]:
    """"Stalin in his own report to the Congress", "In his report … Stalin called", "the report
    delivered by Zhdanov", "a report by M. Molotov": a document named by its author, keyed as "Stalin's report" is
    (``document_possessive``), so that the two ways of naming it give one node."""
    persons = [m for m in names if m.type == "Person" and not m.is_class]
    if not persons:
        return docs
    p_starts = [p.start for p in persons]
    d_starts = sorted(d.start for d in docs)
    out = list(docs)
    found: list[tuple[int, int, str, str]] = []       # span, key, label
    for p in persons:
        m = _DELIVERED_RE.search(text, max(0, p.start - 60), p.start) if "by" in text[max(0, p.start - 12):p.start] else None
        if m is not None and not _in_note(text, m.start()):
            kind = doc_kind(m.group(1))
            # the document is the noun; "delivered by Zhdanov" stays the relation's evidence
            found.append((m.start(), m.start() + len(m.group(1)), f"{p.key}_{kind}", f"{p.label}'s {m.group(1)}"))
    for m in _PRONOUN_DOC_RE.finditer(text):
        left = max(0, m.start() - 300)
        ends = [e.end() for e in _SENTENCE_END.finditer(text, left, m.start())]
        s0 = ends[-1] if ends else left
        nxt = _SENTENCE_END.search(text, m.end(), m.end() + 300)
        e0 = nxt.start() if nxt else min(len(text), m.end() + 300)
        i = bisect.bisect_left(p_starts, m.start())
        before = [p for p in persons[max(0, i - 6):i] if p.start >= s0 and p.end <= m.start()]
        after = [p for p in persons[i:i + 3] if p.start >= m.end() and p.end <= e0]
        owner = before[-1] if before else after[0] if after else None
        if owner is None or _in_note(text, m.start()):
            continue
        kind = doc_kind(m.group(3))
        # the pronoun stays outside: relations read "his" before the document for its author
        found.append((m.start(2) if m.group(2) else m.start(3), m.end(), f"{owner.key}_{kind}", f"{owner.label}'s {m.group(3)}"))
    for s, e, key, label in found:
        j = bisect.bisect_left(d_starts, s)
        # a document a rule found in the same words ("report on the work of …") takes the author's key
        at = [d for d in docs if d.start < e and s < d.end and d.source.startswith("rule:")] if (
            j < len(d_starts) and d_starts[j] < e or j and any(d.end > s for d in docs)) else []
        if at:
            for d in at:
                if d.key.startswith(LOCAL):
                    out[out.index(d)] = Mention(d.start, d.end, d.text, d.type, key, label, d.source, d.is_class)
            continue
        if any(d.start < e and s < d.end for d in docs):
            continue
        out.append(Mention(s, e, text[s:e], "Document", key, label, source="rule:authored_document"))
    return sorted(out, key=lambda d: (d.start, d.end))


def _follows(starts: list[int], pos: int, within: int) -> bool:
    """Whether one of the sorted ``starts`` lies in [pos, pos + within]."""
    i = bisect.bisect_left(starts, pos)
    return i < len(starts) and starts[i] - pos <= within


def _extend_document(text: str, d: Mention) -> Mention:
    """A named document followed by its kind: "dizziness from success statement"."""
    if d.source != "gazetteer":
        return d
    m = _DOC_TAIL.match(text, d.end)
    if not m:
        return d
    return Mention(d.start, m.end(), text[d.start:m.end()], d.type, d.key, d.label, source=d.source, is_class=d.is_class)
