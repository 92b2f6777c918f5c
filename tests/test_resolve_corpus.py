"""Cross-document identity (kg.resolve.corpus): which corpus document a report means."""
from __future__ import annotations

import pytest

from kg.model import Assertion, Document, Entity, Evidence, Extraction
from kg.resolve.corpus import WINDOW_DAYS, resolve_corpus


def _resolution(doc_id: str, date: str | None, issuer: str = "central_committee") -> Extraction:
    meta = {"genre": "resolution", **({"date": date} if date else {})}
    ev = Evidence(doc_id, 0, 1, "x")
    return Extraction(Document(doc_id, "x", meta), [Entity(doc_id, doc_id, "Document"), Entity(issuer, issuer, "Body")],
                      [Assertion(issuer, "issues", ev, doc_id)])


def _telegram(doc_id: str, date: str | None, issuer: str = "plenum") -> Extraction:
    meta = {"genre": "telegram", **({"date": date} if date else {})}
    ev = Evidence(doc_id, 0, 1, "x")
    reported = "plenum_1937_resolution"
    return Extraction(Document(doc_id, "x", meta),
                      [Entity(doc_id, doc_id, "Document"), Entity(reported, "the resolution", "Document"),
                       Entity(issuer, issuer, "Body"), Entity("central_committee", "CC", "Body")],
                      [Assertion(issuer, "issues", ev, reported), Assertion(issuer, "partOf", ev, "central_committee"),
                       Assertion(doc_id, "mentions", ev, reported)])


@pytest.mark.parametrize("resolutions, telegram_date, expected", [
    ([("r1", "1937-03-01")], "1937-03-20", "r1"),                          # in the window
    ([("r1", "1937-03-01")], "1937-09-20", None),                          # too long before
    ([("r1", "1937-03-25")], "1937-03-20", None),                          # after the report
    ([("r1", "1937-03-01"), ("r2", "1937-03-10")], "1937-03-20", None),    # two in the window: which?
    ([("r1", "1937-03-01"), ("r2", "1936-01-10")], "1937-03-20", "r1"),    # the other is out of it
    ([("r1", "1937-03-01"), ("r2", None)], "1937-03-20", "r1"),            # dated beats undated
    ([("r1", "1936-03-01"), ("r2", None)], "1937-03-20", "r2"),            # else the undated one
    ([("r1", None), ("r2", None)], "1937-03-20", None),
    ([("r1", "1937-03-01")], None, "r1"),                                  # an undated report: the only one
    ([("r1", "1937-03-01"), ("r2", "1930-01-01")], None, None),
    ([("r1", "1937-03-01")], "1937-03", "r1"),                             # a month: its 28th
])
def test_a_report_means_the_one_resolution_its_issuer_made_shortly_before(resolutions, telegram_date, expected):
    exs = [_resolution(d, date) for d, date in resolutions] + [_telegram("t", telegram_date)]
    mapping = resolve_corpus(exs)
    assert mapping == ({("t", "plenum_1937_resolution"): expected} if expected else {})
    telegram = exs[-1]
    want = expected or "plenum_1937_resolution"
    assert [e.id for e in telegram.entities][1] == want and telegram.assertions[0].object == want


def test_the_window_is_inclusive():
    exs = [_resolution("r1", "1937-01-01"), _telegram("t", "1937-03-04")]     # 62 days later
    assert WINDOW_DAYS == 62 and resolve_corpus(exs) == {("t", "plenum_1937_resolution"): "r1"}


def test_a_part_of_the_reported_issuer_issues_the_same_resolution():
    """The corpus's resolution is the plenum's and the report names the Central Committee."""
    plenum = _resolution("r1", "1937-03-01", issuer="plenum")
    plenum.entities.append(Entity("central_committee", "CC", "Body"))
    plenum.assertions.append(Assertion("plenum", "partOf", Evidence("r1", 0, 1, "x"), "central_committee"))
    exs = [plenum, _telegram("t", "1937-03-20", issuer="central_committee")]
    assert resolve_corpus(exs) == {("t", "plenum_1937_resolution"): "r1"}


def test_two_parts_of_one_whole_are_not_the_same_issuer():
    """A conference and the Central Committee are both part of the party: a report of the
    conference's resolution does not mean the Central Committee's, however close the dates."""
    cc = _resolution("r1", "1937-03-01")
    cc.entities.append(Entity("communist_party", "the party", "Body"))
    cc.assertions.append(Assertion("central_committee", "partOf", Evidence("r1", 0, 1, "x"), "communist_party"))
    report = _telegram("t", "1937-03-20", issuer="party_conference")
    report.assertions = [a for a in report.assertions if a.predicate != "partOf"]
    report.entities.append(Entity("communist_party", "the party", "Body"))
    report.assertions.append(Assertion("party_conference", "partOf", Evidence("t", 0, 1, "x"), "communist_party"))
    assert resolve_corpus([cc, report]) == {}
