"""kg.extract.prefilter: a gated regex answers exactly as the regex does."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.extract import lexicon, mentions, patterns, provisions, relations, structure
from kg.extract.prefilter import LONG, _SAFE, _UNSAFE, _disjoint, _first_chars, finder, first_finder, gated
from kg.extract.text import sentences

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    files = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "tests" / "data").rglob("*.txt"))
    out: list[str] = []
    for f in files:
        try:
            text = f.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        out.append(text)
        out += [s.text for s in sentences(text)]
        out += text.splitlines()
    # case, inflection, words inside words, characters re and str.lower() case-fold differently
    out += ["THE OBKOM MUST NOT", "Shall Be Obliged To", "необязательно", "НЕ ДОЛЖНЫ", "Запрещается",
            "MİSTAKES were made", "mıstakes", "ſhortcomings", "the KRITICISM", "anti-Soviet", "ANTI-SOVIET",
            "it is to be", "Isto", "необязанный", "xmust", "must", "", " ", "Commitee's errors", "µ errors",
            "the Plenum CONDEMNS", "ВРАГИ", "ᲀ", "Ошибки", "he fought", "not fought", "NOT\tFOUGHT"]
    return out


TEXTS = _texts()


def _regexes() -> list[tuple[str, re.Pattern]]:
    found = []
    for mod in (lexicon, mentions, patterns, provisions, relations, structure):
        for name, v in sorted(vars(mod).items()):
            p = getattr(v, "pattern_object", v)
            if isinstance(p, re.Pattern) and isinstance(p.pattern, str):
                found.append((f"{mod.__name__}.{name}", p))
    return found


@pytest.mark.parametrize("name,pattern", _regexes(), ids=[n for n, _ in _regexes()])
def test_gated_answers_as_the_regex(name: str, pattern: re.Pattern) -> None:
    g = gated(pattern)
    for t in TEXTS:
        m1, m2 = pattern.search(t), g.search(t)
        assert (m1 and m1.span()) == (m2 and m2.span()), (name, t[:80])
        assert [m.span() for m in pattern.finditer(t)] == [m.span() for m in g.finditer(t)], (name, t[:80])
        f1, f2 = pattern.fullmatch(t), g.fullmatch(t)
        assert (f1 and f1.span()) == (f2 and f2.span())


def test_gate_skips_sentences_without_the_words() -> None:
    g = gated(re.compile(r"(?i)\b(mistakes?|errors?)\b|обязан\w*"))
    assert not g.may_match("The plenum met on Tuesday.")
    assert g.may_match("Grave ERRORS were made.") and g.may_match("необязанный")
    assert g.search("Grave ERRORS were made.").group() == "ERRORS"


def test_search_begins_at_the_first_literal_a_match_may_begin_with() -> None:
    g = gated(re.compile(r"(?i)\b(mistakes?|errors?)\b|обязан\w*"))
    m = g.search("The plenum found ERRORS and mistakes.")
    assert m.span() == (17, 23) and m.pos == 17
    assert [x.group() for x in g.finditer("The plenum found ERRORS and mistakes.")] == ["ERRORS", "mistakes"]
    # a literal further on says nothing of where a match begins: the search starts at 0
    g2 = gated(re.compile(r"(?:([a-z][\w-]+)\s+)?(decree|resolution)"))
    assert g2.search("the decree").pos == 0
    # a character re and str.lower() case-fold differently: the search starts at 0
    assert g.search("İ the errors").pos == 0 and g.search("İ the errors").group() == "errors"


def test_a_case_insensitive_search_tries_the_regex_only_where_a_first_literal_begins() -> None:
    # "do" begins "documents", "Doubtless" and "does": the match is the one re's search finds,
    # tried at each such word in turn (the alternative listed first wins at a place, as in re)
    p = re.compile(r"(?i)\b(?:(?:does|do|did)\s+not\s+meet|errors?|do\s+not)\b")
    g = gated(p)
    assert g._search_at is not None
    for t in ("Documents of the CC. Doubtless the obkom DOES NOT MEET its tasks; errors.",
              "The documents show no errors", "Do not", "documents do nothing", "xdo not meet", "İ do not meet"):
        m1, m2 = p.search(t), g.search(t)
        assert (m1 and m1.span()) == (m2 and m2.span()), t
    assert g.search("Documents of the CC. Doubtless the obkom DOES NOT MEET its tasks").group() == "DOES NOT MEET"
    # a case-sensitive regex is searched by re from the first literal on
    assert gated(re.compile(r"\b(?:Errors|Mistakes)\b"))._search_at is None


def test_gate_reads_a_literal_further_on_and_none_without_one() -> None:
    g = gated(re.compile(r"(?:([a-z][\w-]+)\s+)?(decree|resolution)"))
    assert not g.may_match("x") and g.search("the DECREE") is None and g.search("the decree").span() == (0, 10)
    assert isinstance(gated(re.compile(r"[A-Z]\w+")), re.Pattern)
    assert isinstance(gated(re.compile(r"(?a)\bmust\b")), re.Pattern)


def test_safe_characters_case_fold_alike_in_re_and_str() -> None:
    """Within _SAFE, re's case-insensitive match of two characters is equality of their
    str.lower(), which keeps the length and whether a character is a word character."""
    import _sre
    from re import _casefix     # type: ignore[attr-defined]
    safe = [chr(o) for o in range(0x110000) if not _UNSAFE.match(chr(o))]
    assert len(safe) < 2000 and _SAFE
    safe_set = set(safe)
    for c in safe:
        low = c.lower()
        assert len(low) == 1 and ord(low) == _sre.unicode_tolower(ord(c)) and low in safe_set, c
        assert bool(re.match(r"\w", c)) == bool(re.match(r"\w", low)), c
        # re's extra case-insensitive partners of a safe character all lie outside the set
        for partner in _casefix._EXTRA_CASES.get(ord(low), ()):
            assert chr(partner) not in safe_set, (c, chr(partner))


def test_quantity_patterns_find_what_they_found() -> None:
    """kg.extract.quantities: the patterns with a lookahead (and gates) find the same matches
    as the patterns as first written."""
    from kg.extract import quantities as q
    num, qual = q._NUM, q._QUAL
    pairs = [(re.compile(rf"{num}\s+([a-z]+)"), q._NOUN_RE), (re.compile(rf"{qual}{num}"), q._COUNT_RE),
             (re.compile(rf"{qual}{num}\s*(?:percent|per cent|%)"), q._SHARE_RE),
             (re.compile(rf"\bmembership\s+of\s+{qual}{num}"), q._MEMBERSHIP_RE)]
    pairs += [(re.compile(rf"\b(?:by\s+)?(?:a\s+)?{frac}\s+majority\b", re.I), r) for frac, _, r in q._MAJORITY_RES]
    texts = TEXTS + ["more than 1,200 members", "MORE THAN 5", "около 300 человек", "some40 percent", "x1,000",
                     "up to 12.5 per cent", "By A Two-Thirds Majority", "a membership of about 3,500,000",
                     "over  7%", "nearly", "1937 1,2,3 ٣ ١٢ members"]
    for old, new in pairs:
        for t in texts:
            assert [m.span() for m in old.finditer(t)] == [m.span() for m in new.finditer(t)], (old.pattern, t[:60])
            a, b = old.search(t), new.search(t)
            assert (a and a.groups()) == (b and b.groups())


def _inline_patterns() -> list[tuple[str, int]]:
    """The string patterns kg.extract's modules pass to re.search & co. (literal or constant)."""
    import ast
    found = set()
    for path in sorted((ROOT / "kg" / "extract").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" \
                    and node.func.attr in ("search", "match", "fullmatch", "finditer", "findall") and node.args:
                try:
                    found.add(eval(compile(ast.Expression(node.args[0]), str(path), "eval"),   # noqa: S307
                                   {**vars(relations), **vars(patterns)}))
                except Exception:   # noqa: BLE001 - built from a document's words: not a constant
                    continue
    return sorted(p for p in found if isinstance(p, str))


def test_gatedre_answers_as_re() -> None:
    """kg.extract.gatedre (relations.py's ``re``): every inline pattern of kg.extract answers as
    re does on strings long enough to be gated (shorter ones go to re itself)."""
    from kg.extract import gatedre
    pats = _inline_patterns()
    assert len(pats) > 100 and relations.re is gatedre
    # strings gatedre gates (shorter ones go to re as they are), the odd ones padded to that length
    texts = [t for t in TEXTS if gatedre.MIN_LENGTH <= len(t) < 3000][::3] + [t[:120] for t in TEXTS if len(t) >= 3000] \
        + [(t + " ") * (gatedre.MIN_LENGTH // (len(t) + 1) + 1) for t in TEXTS[-27:]]
    assert re.findall(pats[0], texts[0]) == gatedre.findall(pats[0], texts[0])
    for p in pats:
        for t in texts:
            m1, m2 = re.search(p, t), gatedre.search(p, t)
            assert (m1 and (m1.span(), m1.groups())) == (m2 and (m2.span(), m2.groups())), (p, t[:80])
            assert [m.span() for m in re.finditer(p, t)] == [m.span() for m in gatedre.finditer(p, t)], (p, t[:80])
            for a, b in ((re.match(p, t), gatedre.match(p, t)), (re.fullmatch(p, t), gatedre.fullmatch(p, t))):
                assert (a and a.span()) == (b and b.span()), (p, t[:80])


def _documents() -> list[str]:
    """Whole documents (what finditer scans with a finder), also in capitals and title case."""
    files = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "tests" / "data").rglob("*.txt"))
    docs = []
    for f in files:
        try:
            docs.append(f.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, OSError):
            continue
    docs = [d for d in docs if len(d) >= LONG]
    return docs + [d.upper() for d in docs[:3]] + [d.title() for d in docs[:3]] + [d.swapcase() for d in docs[:3]]


DOCUMENTS = _documents()


@pytest.mark.parametrize("name,pattern", _regexes(), ids=[n for n, _ in _regexes()])
def test_finder_finds_every_match_on_whole_documents(name: str, pattern: re.Pattern) -> None:
    """The finder matches (on the lower-cased text) wherever a match begins, so finditer over a
    whole document tried only there finds what re finds, with the same groups."""
    g = gated(pattern)
    fd = finder(pattern)
    for d in DOCUMENTS:
        found = [(m.span(), m.groups()) for m in pattern.finditer(d)]
        assert found == [(m.span(), m.groups()) for m in g.finditer(d)], name
        if fd is not None and not _UNSAFE.search(d):
            starts = {c.start() for c in fd.finditer(d.lower())}
            assert {s for (s, _), _ in found} <= starts, name
        for other in (finder(pattern, lower=False), first_finder(pattern)):
            if other is not None:
                assert {s for (s, _), _ in found} <= {c.start() for c in other.finditer(d)}, name


def test_finder_reads_the_regex_on_lower_cased_text() -> None:
    # an optional word first, case ignored: every match begins where the finder matches
    p = re.compile(r"(?i)\b(?:([a-z][\w-]+)\s+)?(decree|resolution)\s+of\s+(?:the\s+)?")
    fd = finder(p)
    text = "The RESOLUTION of the plenum and a secret Decree of the CC; the decree was read. " * 40
    assert [m.span() for m in gated(p).finditer(text)] == [m.span() for m in p.finditer(text)]
    assert {m.start() for m in p.finditer(text)} <= {c.start() for c in fd.finditer(text.lower())}
    assert fd.search("a decree was read") is None       # "of" is read too
    # a case-sensitive [A-Z] first would be every letter on the lower-cased text: no finder
    assert finder(re.compile(r"\b([A-Z][a-z]+)\s+(obkom|gorkom)")) is None
    # nothing literal to read: no finder
    assert finder(re.compile(r"\w+\s+\d+")) is None
    # a negated lookbehind keeps its uncased members; a cased one is left out (superset)
    assert "(?<![\\w\\U0000002d])" in finder(re.compile(r"(?<![\w-])secretary")).pattern
    assert "(?<!" not in finder(re.compile(r"(?<![А-Яа-я])секретар")).pattern
    # a regex without matches or with characters re and str.lower() fold differently: as re
    text = "ſecretary of the CC. İ the secretary of the obkom " * 50
    p = re.compile(r"(?i)(?<![\w-])secretary\s+of\s+the\s+")
    assert [m.span() for m in gated(p).finditer(text)] == [m.span() for m in p.finditer(text)]
    assert list(gated(p).finditer("nothing here. " * 200)) == []


def test_possessive_only_where_the_next_item_cannot_begin_in_the_repeat() -> None:
    from re import _parser
    items = list(_parser.parse(r"[\w-]+\s+\d\w.[a-z]"))
    w, s, d, w2, dot, az = (_first_chars(*it) for it in items)
    assert _disjoint(w, s) and _disjoint(d, s) and not _disjoint(w, d) and not _disjoint(d, w2)
    assert dot is None and not _disjoint(w, dot) and not _disjoint(az, w)
    assert finder(re.compile(r"(?i)\b[a-z][\w-]*\s+elements")).pattern == \
        r"(?=(?:\b[a-z](?:[\w\U0000002d]){0,}+(?:[\s]){1,}+elements))"
    assert "{0,}+" not in finder(re.compile(r"(?i)\b[a-z][\w-]*\d+elements")).pattern


def test_literals_read_once_for_every_gated_regex_answer_as_each_regexs_own_gate() -> None:
    """may_match reads the word-start literals of every gated regex in one pass (prefilter._words);
    its answer is that of the regex's own gate (its literals as one regex) on every test text."""
    gates = [g for _, p in _regexes() for g in [gated(p)] if hasattr(g, "may_match")]
    assert len(gates) > 50
    for t in TEXTS:
        low = t.lower()
        unsafe = not t.isascii() and _UNSAFE.search(t) is not None
        for g in gates:
            assert g.may_match(t) == (g._gate.search(low) is not None or unsafe), (g.pattern, t[:80])


def test_find_dates_without_a_year_is_empty_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.extract import dates
    texts = TEXTS + ["19 January", "June 1937", "1.2.1938", "on 5 March", "in the 1930s", "١٩٣٨ год"]
    fast = [dates.find_dates(t) for t in texts]
    monkeypatch.setattr(dates, "_YEAR_ANYWHERE", re.compile(""))
    assert fast == [dates.find_dates(t) for t in texts]
    assert sum(map(bool, fast)) > 20


def test_a_case_sensitive_regex_is_read_on_the_text_itself() -> None:
    p = re.compile(r"\b((?:[a-z][\w-]*\s+){0,2}(?:delegates|workers)\s+(?:of|to)\s+)")
    assert finder(p) is None      # [a-z] first: every letter once lower-cased
    fd = finder(p, lower=False)
    assert fd.pattern == r"(?=(?:\b(?:(?:[a-z](?:[\w\U0000002d]){0,}+(?:[\s]){1,}){0,2}" \
                         r"(?:(?:delegates|workers))(?:[\s]){1,}(?:(?:of|to))(?:[\s]){1,})))"
    text = "The Delegates of the congress and local party workers to the plenum; Workers of. " * 40
    assert [m.span() for m in gated(p).finditer(text)] == [m.span() for m in p.finditer(text)]
    assert finder(re.compile(r"(?i)delegates"), lower=False) is None


def test_first_finder_finds_the_characters_matches_begin_with() -> None:
    from kg.extract import dates
    assert first_finder(re.compile(r"\b(January|March|May)\s+\d")).pattern == r"[JM](?<=\b[\s\S])"
    assert first_finder(re.compile(r"(?<![\w.])(\d{1,2})\s+мая", re.I)).pattern == r"[\d](?<![\w\U0000002e][\s\S])"
    # a lower-case letter, a word character at large, an optional beginning, case ignored: none
    for p in (r"\b(?:in|of)\s+\d", r"\w+\d", r"(?:the\s+)?\d+", r"(?i)Mar", r"[^A-Z]x"):
        assert first_finder(re.compile(p)) is None, p
    p = re.compile(r"(?<![\w.\-/])(1[89]\d\d|20\d\d)(?![\w\-/]|\.\d)")
    text = "In 1937, 1938-1939 and 12.1938 (x1938) the 1941.5 of 2020/21 and 1905 " * 60
    assert [m.span() for m in gated(p).finditer(text)] == [m.span() for m in p.finditer(text)]


def test_find_dates_over_a_document_as_with_the_plain_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.extract import dates
    assert any(p is not q for (p, _), (q, _) in zip(dates._DOCUMENT_PATTERNS, dates._PATTERNS))
    fast = [dates.find_dates(d) for d in DOCUMENTS]
    monkeypatch.setattr(dates, "_DOCUMENT_PATTERNS", dates._PATTERNS)
    assert fast == [dates.find_dates(d) for d in DOCUMENTS]
    assert sum(map(len, fast)) > 100


def test_leaders_of_read_at_its_cue_words_as_finditer() -> None:
    texts = TEXTS + ["The  heads of the leaders of the Group", "bathe leaders of", "THE\nLEADERS OF THE", "xthe heads of",
                     "the_heads of", "-the heads of", "Лидерами так называемой «новой оппозиции»", "the leaderſ of x",
                     "warheads of the"]
    for t in texts:
        assert [m.span() for m in relations._leaders_of(t)] == [m.span() for m in relations._LEADERS_OF.finditer(t)], t[:80]


def test_comintern_congress_only_where_its_anchor_stands() -> None:
    for t in TEXTS + ["the Seventh World Congress of the Communist International", "VII конгресса Коминтерна"]:
        if patterns._COMINTERN_CONGRESS_RE.search(t):
            assert patterns._COMINTERN_CONGRESS_AT.search(t), t[:80]


def _dev_texts() -> list[str]:
    """The corpus and the development sets (explicit paths), with upper- and title-cased copies
    and a few hand-made strings where the anchors stand at the edges."""
    dirs = [ROOT / "corpus", ROOT / "tests" / "data" / "gold"] + \
        [ROOT / "tests" / "data" / f"heldout{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10)]
    out = [f.read_text(encoding="utf-8") for d in dirs for f in sorted(d.glob("*.txt"))]
    out += [t.upper() for t in out] + [t.title() for t in out]
    out += ["Shakhty case", "the Shakhty-Donbas\ttrial", "(Kirov\n\ncase", "case", " case", "Case of Smith",
            "the  Moscow   Centre \n plot and the Rykov affair", "Ryutin case Ryutin case", "caseplot trial",
            "leading party workers of the", "party and soviet members and candidates of the", "руководители",
            "«руководство партии", "the following secret closed letter of", "His last  speech", "This\nbook by", "THE RESOLUTION OF", "Party Resolution\tby the", "ſecret resolution of",
            "An  article\nENTITLED «On the Party»", "the secret closed letter entitled \"X Y Z\"", "its editorial under  the\nheading 'Lenin'",
            "Comrade Stalin", "(Mme. Curie", "тов. Сталин", "Тов.Иванов", "xComrade Smith",
            "Moscow Oblast", "Nizhny  Novgorod\nKrai", "the Kazakh Autonomous Republic", "(Tula Region)"]
    return out


@pytest.mark.parametrize("name", ["_TRIAL_RE", "_PEOPLE_OF_RE", "_DOC_PHRASE_RE", "_DOC_OF_BODY_RE", "_INTRO_DOC_RE", "_HONORIFIC_RE", "_PLACE_UNIT_RE", "_WEBSITE_RE"])
def test_anchored_finds_what_the_regex_finds(name: str) -> None:
    a = getattr(patterns, name)
    assert type(a).__name__ == "anchored"
    for t in _dev_texts():
        assert [m.span() for m in a.pattern_object.finditer(t)] == [m.span() for m in a.finditer(t)], (name, t[:80])


def test_literal_scans_kept_per_document_answer_as_str() -> None:
    from kg.extract.prefilter import _shortest, holds_any, positions
    text = "the resolution and the resolutions; aaaa « резолюция »"
    for t in ("resolution", "resolutions", "aa", "the", "x", "резолюц", "»"):
        want = [i for i in range(len(text)) if text.startswith(t, i)]
        assert positions(text, t) == want and positions(text, t) == want     # the second from the kept scan
    lits = ["nothing", "absent", "and", "the"]
    assert holds_any(text, lits) and lits[0] == "and"      # the one found moves to the front
    assert not holds_any(text, ["nothing", "absent"])
    assert _shortest(("resolutions", "resolution", "decree", "decrees", "res", "x")) == ("x", "res", "decree")
