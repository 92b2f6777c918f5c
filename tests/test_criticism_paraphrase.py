"""`criticizes` on what texts state without a verb of condemnation, and on whose act it is when a
text paraphrases a document (issue 3). Sentences from the development sets (heldout5, heldout7,
heldout13, heldout14), cut short."""
from __future__ import annotations

from kg.extract import extract
from kg.model import Document


def _crit(text: str, genre: str, doc_id: str = "t") -> set[tuple[str, str]]:
    ex = extract(Document(id=doc_id, text=text, meta={"genre": genre}))
    return {(a.subject, a.object) for a in ex.assertions if a.predicate == "criticizes"}


def test_a_telegram_paraphrasing_a_resolution_gives_the_resolution_the_criticism():
    # a bare "Resolution" in telegraphese, and the next sentence still paraphrasing it, until the
    # reporter comments
    r = _crit('1. Moscow press this morning carries full text of resolution of Plenum of Central Committee of '
              'All-Union Communist Party (Bolsheviks) held February 21-26 "On measures for the improvement of '
              'agriculture in the post-war period".\n\n2. Resolution sharply criticizes local Party and Soviet organs '
              'for "serious shortcomings" in guidance of collective farms: violations of kolkhoz statute, and "formal '
              'and bureaucratic" attitude of many obkoms and raikoms to agriculture. Ministry of Agriculture is also '
              'blamed for poor work of machine-tractor stations.\n\n3. Comment: In my opinion the obkoms are not to blame.',
              "telegram")
    subjects = {s for s, o in r if o in ("obkoms", "raikoms", "narkomzem")}
    assert len(subjects) == 1 and "t" not in subjects, r
    assert {o for s, o in r if s in subjects} >= {"obkoms", "raikoms", "narkomzem"}, r
    # what is violated is not what is condemned
    assert not any(o == "kolkhozes" for s, o in r), r


def test_an_editorial_on_a_decree_gives_the_decree_what_its_issuer_notes_and_demands():
    r = _crit("Опубликованное сегодня постановление ЦК ВКП(б) от 9 мая 1929 года «О социалистическом соревновании "
              "фабрик и заводов» ставит перед каждой партийной организацией ясную задачу.\n\nНо ЦК справедливо "
              "отмечает, что многие заводские партийные ячейки и фабзавкомы остались в стороне от этого движения. "
              "ЦК требует решительной борьбы с бюрократами, которые глушат рабочую инициативу.", "editorial")
    decree = {s for s, o in r if o == "bureaucrats"}
    assert decree and "t" not in decree, r
    assert ("t", "bureaucrats") not in r and ("t", "primary_party_organizations") not in r, r
    assert any(s in decree and o == "primary_party_organizations" for s, o in r), r


def test_failure_stated_as_a_fact_condemns():
    r = _crit("The Right danger is the chief danger in the party. The bureau of the Moscow Committee has not waged a "
              "sufficiently resolute struggle against it.", "speech")
    assert any(s == "t" and "bureau" in o for s, o in r), r
    r = _crit("Некоторые обкомы и райкомы партии проводят объединение колхозов наспех, без разъяснительной работы "
              "среди колхозников.", "editorial")
    assert {("t", "obkoms"), ("t", "raikoms")} <= r, r
    # a norm is not a failure: «Ни одна ячейка не вправе стоять в стороне»
    r = _crit("Теперь дело за партийными организациями. Ни одна партийная ячейка не вправе стоять в стороне.", "editorial")
    assert r == set(), r


def test_a_reported_document_accuses_persons():
    r = _crit("2. The resolution of the Central Committee of 29 June 1957 accuses Malenkov, Kaganovich and Molotov of "
              "having used factional methods. Molotov is singled out for having obstructed the improvement of "
              "relations with Yugoslavia.", "despatch")
    res = {s for s, o in r if o == "molotov"}
    assert res and "t" not in res and {o for s, o in r if s in res} >= {"malenkov", "kaganovich", "molotov"}, r


def test_it_continues_the_document_the_sentence_before_paraphrased():
    r = _crit("2. The resolution explains the cult of Stalin by the conditions of the building of socialism. It also "
              "cites the negative personal qualities of Stalin. It places the blame for the worst abuses on Beria "
              "and his accomplices in the security organs.", "telegram")
    res = {s for s, o in r if o == "beria"}
    assert res and "t" not in res, r
