"""kg.extract.structure: relations a phrase's shape states (sentences in the style of the dev sets'
documents, shortened; written for these tests)."""
from __future__ import annotations

from kg.api import extract_documents
from kg.loaders import load_path


def _extract(tmp_path, name, text):
    p = tmp_path / f"{name}.txt"
    p.write_text(text, encoding="utf-8")
    ex = extract_documents([load_path(p)])[0]
    ids = {m.text: e.id for e in ex.entities for m in e.mentions}
    return ex, {(a.subject, a.predicate, a.object) for a in ex.assertions}, ids


def test_members_and_head_listed_after_the_body(tmp_path):
    ex, r, ids = _extract(tmp_path, "gko", (
        "Государственный Комитет Обороны (ГКО) был образован 30 июня 1941 года. "
        "Председателем ГКО стал И. В. Сталин; членами ГКО — К. Е. Ворошилов, Г. М. Маленков и Л. П. Берия. "
        "В феврале 1942 в состав ГКО были введены Н. А. Вознесенский, А. И. Микоян и Л. М. Каганович.\n"))
    gko = ids["ГКО"]
    assert (ids["И. В. Сталин"], "headOf", gko) in r
    for name in ("К. Е. Ворошилов", "Г. М. Маленков", "Л. П. Берия", "Н. А. Вознесенский", "А. И. Микоян", "Л. М. Каганович"):
        assert (ids[name], "memberOf", gko) in r, name
    assert (ids["И. В. Сталин"], "memberOf", gko) not in r


def test_a_rank_holds_for_every_name_it_opens(tmp_path):
    ex, r, ids = _extract(tmp_path, "ranks", (
        "The case of Army Commanders I. E. Yakir and I. P. Uborevich, and Corps Commanders Kork, Eideman and "
        "Primakov was heard yesterday in closed session.\n"))
    army, corps = ids["Army Commanders"], ids["Corps Commanders"]
    assert army != corps
    assert {(ids["I. E. Yakir"], "holdsPosition", army), (ids["I. P. Uborevich"], "holdsPosition", army)} <= r
    for name in ("Kork", "Eideman", "Primakov"):
        assert (ids[name], "holdsPosition", corps) in r and (ids[name], "holdsPosition", army) not in r


def test_a_list_stops_at_a_name_with_its_own_rank(tmp_path):
    ex, r, ids = _extract(tmp_path, "marshals", (
        "The plan was drafted by Marshals Vasilevsky, Govorov and Konev, General Shtemenko and others.\n"))
    # "General" is Shtemenko's own rank (a Position of its own): the marshals' list stops before him
    assert not any(s == ids["Shtemenko"] and p == "holdsPosition" and o == "marshal" for s, p, o in r)
    assert (ids["Shtemenko"], "holdsPosition", ids["General"]) in r


def test_members_of_an_organ_named_only_by_its_body(tmp_path):
    ex, r, ids = _extract(tmp_path, "ecci", (
        "Президиум ИККИ предложил секциям Коммунистического Интернационала распустить Коминтерн. "
        "Постановление подписали члены Президиума ИККИ Г. Димитров, В. Пик, М. Торез и другие.\n"))
    for name in ("Г. Димитров", "В. Пик", "М. Торез"):
        assert (ids[name], "memberOf", ids["Президиум ИККИ"]) in r, name
    for name in ("В. Пик", "М. Торез"):   # members, though the gazetteer files the phrase under the chairman
        assert not any(s == ids[name] and p == "headOf" for s, p, o in r)


def test_candidates_hold_the_office_without_membership(tmp_path):
    ex, r, ids = _extract(tmp_path, "candidates", (
        "The Politburo removed from their posts the candidate members of the CC VKP(b) Comrades M. I. Rodionov "
        "and P. S. Popkov.\n"))
    office = ids["candidate members of the CC"]
    people = [e.id for e in ex.entities if e.type == "Person"]
    assert len(people) == 2
    for p in people:
        assert (p, "holdsPosition", office) in r
        assert (p, "memberOf", "central_committee") not in r


def test_organs_joined_before_the_party_are_its_parts(tmp_path):
    ex, r, ids = _extract(tmp_path, "organs", (
        "The Central Committee and the Central Control Commission of the VKP(b) resolve:\n\n"
        "1. Обкомы и райкомы партии обязаны закончить проверку в месячный срок.\n"))
    party = ids["VKP(b)"]
    assert (ids["Central Committee"], "partOf", party) in r
    assert (ids["Central Control Commission of the VKP(b)"], "partOf", party) in r
    assert (ids["Обкомы"], "partOf", ids["партии"]) in r


def test_a_telegram_reports_on_what_the_papers_carry(tmp_path):
    ex, r, ids = _extract(tmp_path, "telegram", (
        "Telegram\n\nMoscow, June 12, 1937.\n\n"
        "1. This morning's Pravda and Izvestiya carry a communiqué of the Procuracy of the USSR stating that "
        "the accused were found guilty.\n\nHenderson\n"))
    doc = ex.document.id
    com = ids["communiqué of the Procuracy of the USSR"]
    assert {(com, "publishedIn", "pravda"), (com, "publishedIn", ids["Izvestiya"]), (doc, "reportsOn", com)} <= r
    assert (ids["Procuracy of the USSR"], "issues", com) in r


def test_a_papers_editorial_appeared_in_it(tmp_path):
    ex, r, ids = _extract(tmp_path, "editorial", (
        "«Правда», 23 мая 1943 г. Передовая статья\n\nРоспуск Коммунистического Интернационала\n\n"
        "Вчера в печати опубликовано постановление Президиума ИККИ.\n"))
    doc = ex.document.id
    assert (doc, "publishedIn", "pravda") in r and ("pravda", "issues", doc) in r


def test_a_title_printed_in_a_paper(tmp_path):
    ex, r, ids = _extract(tmp_path, "printed", (
        "Bukharin's answer was his article \"Notes of an Economist\", printed in Pravda on 30 September 1928.\n"))
    docs = [e.id for e in ex.entities if e.type == "Document" and e.id != ex.document.id]
    assert any((d, "publishedIn", "pravda") in r for d in docs)


def test_a_court_sitting_in_composition(tmp_path):
    ex, r, ids = _extract(tmp_path, "court", (
        "9 марта 1938 года Военная коллегия Верховного Суда СССР в составе: председательствующего — "
        "армвоенюриста В. В. Ульриха, членов: диввоенюриста И. О. Матулевича и бригвоенюриста Б. И. Иевлева "
        "рассмотрела дело.\n"))
    court = next(e.id for e in ex.entities if e.type == "Body" and any(m.text.startswith("Военная коллегия") for m in e.mentions))
    assert (ids["В. В. Ульриха"], "headOf", court) in r
    for name in ("И. О. Матулевича", "Б. И. Иевлева"):
        assert (ids[name], "memberOf", court) in r, name
    assert not any(p == "memberOf" and o == "supreme_court" for s, p, o in r)


def test_a_successor_takes_the_post_not_every_seat(tmp_path):
    ex, r, ids = _extract(tmp_path, "successor", (
        "Sergei Kirov, first secretary of the Leningrad obkom and a member of the Politburo, was murdered "
        "on 1 December 1934. In Leningrad, where A. A. Zhdanov succeeded Kirov, the arrests began at once.\n\n"
        "Членами ГКО стали К. Е. Ворошилов и Г. М. Маленков; в ноябре 1944 вместо Ворошилова — Н. А. Булганин.\n"))
    zhdanov, kirov = ids["A. A. Zhdanov"], ids["Sergei Kirov"]
    obkom = next(o for s, p, o in r if s == kirov and p == "headOf")
    assert (zhdanov, "headOf", obkom) in r
    assert (kirov, "memberOf", "politburo") in r and (zhdanov, "memberOf", "politburo") not in r
    assert (ids["Н. А. Булганин"], "memberOf", ids["ГКО"]) in r


def test_names_before_the_seat_and_the_russian_order(tmp_path):
    ex, r, ids = _extract(tmp_path, "seats", (
        "After the July plenum Zinoviev was removed from the Politburo. Rudzutak, Mikoyan and Kaganovich became "
        "candidate members of the Politburo, and Kuibyshev and Andreyev were elected members of the Presidium "
        "of the CCC.\n\n"
        "После съезда в Политбюро вошли Зиновьев, Каменев, Рыков и Сталин. В Москве жили Троцкий и Бухарин.\n"))
    cand = ids["candidate members of the Politburo"]
    for name in ("Rudzutak", "Mikoyan", "Kaganovich"):
        assert (ids[name], "holdsPosition", cand) in r, name
        assert (ids[name], "memberOf", ids["Politburo"]) not in r, name   # a candidate is not a member
    for name in ("Зиновьев", "Каменев", "Рыков", "Сталин"):
        assert (ids[name], "memberOf", ids["Политбюро"]) in r, name
    # «в Москве» is a place, not a body the names enter
    assert not any(s == ids["Троцкий"] and p == "memberOf" for s, p, o in r)


def test_the_post_given_or_taken_names_its_holder(tmp_path):
    ex, r, ids = _extract(tmp_path, "posts", (
        "In the postscript Lenin declared Stalin too rude and proposed that the comrades find a way of removing him "
        "from the post of General Secretary. Shepilov was relieved of his post as Secretary of the Central Committee. "
        "The Politburo proposed that Comrade Yezhov be nominated to the post of People's Commissar for Internal Affairs.\n"))
    assert (ids["Stalin"], "holdsPosition", ids["General Secretary"]) in r
    assert (ids["Shepilov"], "holdsPosition", ids["Secretary of the Central Committee"]) in r
    # a proposed appointment is not an office held
    assert not any(s == ids["Comrade Yezhov"] and p in ("holdsPosition", "headOf") for s, p, o in r), r


def test_an_office_named_before_the_one_who_took_it(tmp_path):
    ex, r, ids = _extract(tmp_path, "filled", (
        "В феврале 1949 года Попков был снят с поста; первым секретарём обкома избран В. М. Андрианов. "
        "Первым секретарём обкома избраны были многие.\n"))
    assert (ids["В. М. Андрианов"], "holdsPosition", ids["первым секретарём"]) in r
    assert not any(p == "holdsPosition" and s == ids["Попков"] and o == ids["первым секретарём"] for s, p, o in r)


def test_a_list_passes_over_one_name_it_does_not_know(tmp_path):
    ex, r, ids = _extract(tmp_path, "unknown", (
        "The case of Army Commanders I. E. Yakir and I. P. Uborevich, and Corps Commanders Kork, Eideman, Zzyxkin, "
        "Primakov and Putna was heard yesterday in closed session.\n"))
    corps = ids["Corps Commanders"]
    for name in ("Kork", "Eideman", "Primakov", "Putna"):
        assert (ids[name], "holdsPosition", corps) in r, name


def test_members_of_the_group_or_body_just_named(tmp_path):
    ex, r, ids = _extract(tmp_path, "antecedent", (
        "Органами государственной безопасности раскрыта террористическая группа врачей. "
        "В состав этой группы входили: профессор М. С. Вовси, профессор В. Н. Виноградов, врач Г. И. Майоров.\n\n"
        "Сразу после съезда ЦК направил в Ленинград группу членов ЦК, в которую входили С. М. Киров и В. М. Молотов.\n"))
    group = ids["террористическая группа врачей"]
    for name in ("М. С. Вовси", "В. Н. Виноградов", "Г. И. Майоров"):
        assert (ids[name], "memberOf", group) in r, name
    for name in ("С. М. Киров", "В. М. Молотов"):
        assert (ids[name], "memberOf", ids["ЦК"]) in r, name
