"""Extraction on the real corpus: entities, relations, provisions, quantities, the JSON contract."""
from __future__ import annotations

import pytest

from kg.api import extract_documents
from kg.loaders import load_path

from .conftest import DATA, ESSAY, RESOLUTION, TELEGRAM, use_authority_core


def rels(ex):
    return {(a.subject, a.predicate, a.object or a.literal) for a in ex.assertions}


def types(ex):
    return {e.id: e.type for e in ex.entities}


def test_resolution_entities(extractions):
    t = types(extractions[RESOLUTION])
    assert t["cc_plenum"] == "Body"
    assert t["central_committee"] == "Body"
    assert t["obkoms"] == "Body" and t["kraikoms"] == "Body"
    assert t["stalin"] == "Person"
    assert t["rostov_oblast"] == "Place"
    assert t["trotskyites"] == "Group"
    assert t["decision_1937_03_05"] == "Document"
    assert t[RESOLUTION] == "Document"


def test_resolution_relations(extractions):
    r = rels(extractions[RESOLUTION])
    assert ("cc_plenum", "issues", RESOLUTION) in r
    assert (RESOLUTION, "dated", "1938-01-19") in r
    assert (RESOLUTION, "references", "decision_1937_03_05") in r
    assert ("decision_1937_03_05", "dated", "1937-03-05") in r
    assert (RESOLUTION, "criticizes", "obkoms") in r
    assert (RESOLUTION, "forbids", "party_organizations") in r
    assert (RESOLUTION, "demands", "kpk_party_collegiums") in r
    assert ("cc_plenum", "partOf", "central_committee") in r


def test_quoted_decision_speaks_in_its_own_voice(extractions):
    r = rels(extractions[RESOLUTION])
    assert ("decision_1937_03_05", "criticizes", "party_leaders") in r
    assert ("decision_1937_03_05", "demands", "party_organizations") in r


def test_provisions_addressees_and_deadlines(extractions):
    provs = {p.number: p for p in extractions[RESOLUTION].provisions}
    assert sorted(provs) == list(range(1, 11))
    assert provs[8].modality == "forbids"
    assert "kpk_party_collegiums" in provs[3].addressees
    assert provs[3].deadline == "1938-04-19"          # three months after 19 January 1938
    assert provs[10].deadline == "1938-02-15"
    assert "soviet_economic_organs" not in provs[10].addressees


def test_unexamined_appeals_by_region(extractions):
    q = {(x.subject, x.value) for x in extractions[RESOLUTION].quantities if "appeals" in x.quantity}
    assert q == {("rostov_oblast", 2500), ("krasnodar_krai", 2000), ("smolensk_oblast", 2300),
                 ("voronezh_oblast", 1200), ("saratov_oblast", 500)}


def test_telegram_attributes_claims_to_the_resolution(extractions):
    ex = extractions[TELEGRAM]
    r = rels(ex)
    assert (TELEGRAM, "authoredBy", "henderson") in r
    assert ("henderson", "holdsPosition", next(e.id for e in ex.entities if e.label.startswith("Chargé"))) in r
    # the resolution of the telegram is the corpus's resolution (cross-document identity)
    assert (TELEGRAM, "reportsOn", RESOLUTION) in r
    absolves = [a for a in ex.assertions if a.predicate == "absolves"]
    assert [(a.subject, a.object) for a in absolves] == [(RESOLUTION, "nkvd")]
    assert absolves[0].attributed_to == TELEGRAM
    assert (TELEGRAM, "comparesTo", "dizzy_with_success") in r


def test_essay_congress_and_purge(extractions):
    r = rels(extractions[ESSAY])
    assert ("tenth_congress", "authorizes", "central_committee") in r
    assert ("lenin", "expels", "dissenters") in r
    assert ("purge_1921", "dated", "1921") in r


def test_json_contract_offsets_slice_the_text(extractions):
    for ex in extractions.values():
        obj = ex.to_json()
        assert set(obj) == {"doc", "entities", "relations"}
        text = ex.document.text
        for e in obj["entities"]:
            assert set(e) == {"id", "label", "type", "mentions", "links"}
            assert e["type"] in {"Person", "Body", "Place", "Document", "Event", "Group", "Position"}
            for m in e["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"]
        ids = {e["id"] for e in obj["entities"]}
        for r in obj["relations"]:
            assert r["subject"] in ids
            assert ("object" in r) != ("object_literal" in r)
            if "object" in r:
                assert r["object"] in ids
            ev = r["evidence"]
            assert text[ev["start"]:ev["end"]] == ev["text"]


def test_tei_annotations_become_entities():
    doc = load_path(DATA / "politburo_1934.tei.xml")
    ex = extract_documents([doc])[0]
    t = types(ex)
    assert t.get("stalin") == "Person"
    assert t.get("nkvd") == "Body"
    assert any(e.type == "Place" and "Leningrad" in {m.text for m in e.mentions} for e in ex.entities)


def test_document_without_front_matter(tmp_path):
    doc = load_path(DATA / "no_front_matter.txt")
    ex = extract_documents([doc])[0]
    assert doc.meta["genre"] == "resolution"
    assert doc.meta["date"] == "1935-03-03"
    r = rels(ex)
    assert ("no_front_matter", "forbids", "raikoms") in r
    assert any(e.type == "Body" and "Kharkov obkom" in {m.text for m in e.mentions} for e in ex.entities)


def test_russian_resolution_inflected_forms_map_to_one_entity():
    doc = load_path(DATA / "decree_ru.txt")
    ex = extract_documents([doc])[0]
    forms = {e.id: {m.text for m in e.mentions} for e in ex.entities}
    assert {"Обкомы", "Обкомам", "обкомов"} <= forms["obkoms"]
    assert {"Пленум ЦК ВКП(б)", "Пленуму ЦК ВКП(б)"} <= forms["cc_plenum"]
    assert "Ежов" in forms["yezhov"]
    r = rels(ex)
    assert ("cc_plenum", "issues", "decree_ru") in r
    assert ("decree_ru", "demands", "obkoms") in r and ("decree_ru", "demands", "kraikoms") in r
    assert ("decree_ru", "forbids", "obkoms") in r
    assert ("decree_ru", "forbids", "nkvd") in r
    assert ("cc_plenum", "partOf", "central_committee") in r
    provs = {p.number: p for p in ex.provisions}
    assert provs[1].deadline == "1938-04-01"       # two months after 1 February 1938


def test_issuer_is_not_its_own_addressee():
    doc = load_path(DATA / "politburo_1934.tei.xml")
    r = rels(extract_documents([doc])[0])
    assert ("politburo_1934_12_01", "demands", "nkvd") in r
    assert ("politburo_1934_12_01", "demands", "politburo") not in r
    assert ("politburo", "issues", "politburo_1934_12_01") in r


def test_a_website_named_in_the_text_resolves_to_its_authority_entry():
    """A web site the authority knows is that entry, not a second node made from its domain name;
    one it does not know still becomes a Body of its own."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("web", "The documents are reprinted by GlobalSecurity.org and by sovdoc.net, "
                                 "two archives of Soviet papers."))
    bodies = {e.id: e for e in ex.entities if e.type == "Body"}
    assert "globalsecurity" in bodies and "globalsecurity_org" not in bodies
    assert "sovdoc_net" in bodies, sorted(bodies)


def test_genre_from_the_heading_decides_whose_voice_judges():
    """A report to a party body and a party newspaper judge in their own voice; a diplomat's
    report is a dispatch whatever its heading calls it, and reports what others judge."""
    from kg.extract import extract, infer_genre
    from kg.model import Document
    report = Document("r", "Extract from the Report of the Central Committee to the Fourteenth Party Congress\n\n"
                           "Comrades, the Trotskyites and the double-dealers have been routed, and several "
                           "gorkoms were guilty of a formal attitude to the appeals of expelled members.\n")
    dispatch = Document("d", "Political Report\n\nThe British Chargé d'Affaires in Moscow to the Foreign Office\n\n"
                             "The Trotskyites are once more denounced in the Soviet press this week, which "
                             "sees their hand in every failure of the harvest.\n")
    paper = Document("p", "«Известия», 3 марта 1930 г.\n\nТроцкисты и двурушники разоблачены.\n")
    assert [infer_genre(d) for d in (report, dispatch, paper)] == ["report", "dispatch", "newspaper"]
    crit = {(a.subject, a.object) for a in extract(report).assertions if a.predicate == "criticizes"}
    assert {("r", "gorkoms"), ("r", "trotskyites")} <= crit, crit
    assert not [a for a in extract(dispatch).assertions if a.predicate == "criticizes" and a.subject == "d"]
    [own] = [e for e in extract(report).entities if e.id == "r"]
    assert [m.text for m in own.mentions][:1] == ["Report of the Central Committee to the Fourteenth Party Congress"]


def test_russian_documents_named_by_issuer_or_date():
    """Russian names a document by its kind in any case, then its issuer or its date; a heading
    that names the text's own kind is not another document."""
    from kg.extract import extract
    from kg.model import Document
    text = ("ПОСТАНОВЛЕНИЕ ПЛЕНУМА ЦК ВКП(б)\n\n"
            "Во исполнение постановления Политбюро ЦК от 5 марта 1930 года и согласно письму от "
            "2 апреля 1930 года обкомам предлагается отчитаться.\n")
    docs = {e.id: e for e in extract(Document("ru", text)).entities if e.type == "Document"}
    assert "resolution_1930_03_05" in docs, sorted(docs)
    assert [m.text for m in docs["resolution_1930_03_05"].mentions] == ["постановления Политбюро ЦК от 5 марта 1930 года"]
    assert "letter_1930_04_02" in docs, sorted(docs)
    assert not [k for k in docs if k.startswith("cc_plenum")], sorted(docs)
    dated = {(a.subject, a.literal) for a in extract(Document("ru", text)).assertions if a.predicate == "dated"}
    assert {("resolution_1930_03_05", "1930-03-05"), ("letter_1930_04_02", "1930-04-02")} <= dated, dated
    issued = {(a.subject, a.object) for a in extract(Document("ru", text)).assertions if a.predicate == "issues"}
    assert ("politburo", "resolution_1930_03_05") in issued, issued


def test_heading_and_signature_name_the_author_and_addressee():
    """Who wrote a text is said in its heading ("Speech by …", "From …") or its closing
    signature, perhaps after the signer's office and before an editor's note; "To the …" in a
    heading addresses it."""
    from kg.extract import extract
    from kg.model import Document
    speech = Document("s", "Speech by Comrade V. M. Molotov at the Plenum of the Central Committee\n\n"
                           "Comrades, the kolkhozes of the Ukraine have not fulfilled the grain plan.\n")
    report = Document("r", "To the Politburo of the Central Committee\n\nREPORT\n\nFrom L. M. Kaganovich, Secretary "
                           "of the Central Committee\n\nThe obkoms have fulfilled the plan of sowing in good time.\n")
    decree = Document("d", "ПОСТАНОВЛЕНИЕ ЦК ВКП(б)\n\n1. Обязать обкомы отчитаться.\n\n2. Запретить райкомам "
                           "исключать членов партии без проверки.\n\nСекретарь ЦК ВКП(б) В. Молотов\n\n[Пересказ.]\n")
    def rel(doc, pred):
        return {a.object for a in extract(doc).assertions if a.predicate == pred and a.subject == doc.id}
    assert rel(speech, "authoredBy") == {"molotov"}
    assert rel(report, "authoredBy") == {"kaganovich"} and rel(report, "sentTo") == {"politburo"}
    assert rel(decree, "authoredBy") == {"molotov"}


def test_the_party_vocabulary_of_condemnation():
    """A party document condemns in many words (factional, opportunist, red tape, fraud …),
    the bodies it names as at fault; the central leadership whose warnings were defied is not
    what it condemns."""
    from kg.extract import extract
    from kg.model import Document
    text = ("RESOLUTION OF THE CENTRAL COMMITTEE\n\nOn the Work of the Kursk Obkom\n\n"
            "Despite repeated warnings of the Politburo, many raikoms have confused the campaign with "
            "an exchange of cards and tolerated red tape and opportunist practices.\n")
    crit = {a.object for a in extract(Document("k", text)).assertions if a.predicate == "criticizes"}
    assert "raikoms" in crit, crit
    assert not crit & {"politburo", "central_committee"}, crit


def _extract_text(tmp_path, name, text):
    p = tmp_path / f"{name}.txt"
    p.write_text(text, encoding="utf-8")
    return extract_documents([load_path(p)])[0]


def test_offices_in_appositions_give_head_and_membership(tmp_path):
    """Offices named after a name, before it, or as the head of a body (sentences written for this test)."""
    ex = _extract_text(tmp_path, "offices_en", (
        "In the spring of 1937 the reorganisation was entrusted to Valerian Kuibyshev, chairman of Gosplan and a "
        "member of the Politburo, and to Lazar Kaganovich.\n\n"
        "In 1930 the deportations were run by the OGPU under Vyacheslav Menzhinsky, and the chief of the Kharkov "
        "OGPU, Vsevolod Balitsky, answered for the Ukrainian quota.\n\n"
        "Andrei Andreev succeeded Nikolai Shvernik as Secretary of the Central Committee.\n"))
    r = rels(ex)
    by_label = {m.text: e.id for e in ex.entities for m in e.mentions}
    kuib, menzh, bal = by_label["Valerian Kuibyshev"], by_label["Vyacheslav Menzhinsky"], by_label["Vsevolod Balitsky"]
    assert (kuib, "headOf", "gosplan") in r
    assert (kuib, "memberOf", "politburo") in r and (kuib, "holdsPosition", "politburo_member") in r
    assert (by_label["Lazar Kaganovich"], "headOf", "gosplan") not in r
    assert (menzh, "headOf", "ogpu") in r
    assert (bal, "headOf", by_label["Kharkov OGPU"]) in r
    assert (by_label["Andrei Andreev"], "holdsPosition", "cc_secretary") in r
    assert (by_label["Nikolai Shvernik"], "holdsPosition", "cc_secretary") not in r


def test_russian_office_before_name_heads_the_body(tmp_path):
    ex = _extract_text(tmp_path, "offices_ru", (
        "На заседании присутствовали председатель Госплана СССР В. В. Куйбышев, "
        "первый заместитель председателя Верховного Суда СССР В. В. Ульрих и член Политбюро тов. Андреев.\n"))
    r = rels(ex)
    by_label = {m.text: e.id for e in ex.entities for m in e.mentions}
    assert (by_label["В. В. Куйбышев"], "headOf", "gosplan") in r
    assert not any(s == by_label["В. В. Ульрих"] and p in ("headOf", "holdsPosition") for s, p, o in r)   # a deputy
    assert (by_label["тов. Андреев"], "memberOf", "politburo") in r


def test_operative_point_expels_everyone_it_lists(tmp_path):
    """A resolution's point that expels names no agent: its issuer expels (text written for this test)."""
    ex = _extract_text(tmp_path, "expel_ru", (
        "ПОСТАНОВЛЕНИЕ ОБЪЕДИНЕННОГО ЗАСЕДАНИЯ ПОЛИТБЮРО И ПРЕЗИДИУМА ЦКК\n\n"
        "Объединенное заседание Политбюро и Президиума ЦКК постановляет:\n\n"
        "1. Исключить Бухарина, Рыкова, Угланова и Кривошеина из рядов ВКП(б).\n\n"
        "2. Обязать обкомы сообщить об исполнении в месячный срок.\n"))
    r = rels(ex)
    issuer = next(s for s, p, o in r if p == "issues" and o == "expel_ru")
    assert issuer.startswith("joint_session")
    expelled = {o for s, p, o in r if p == "expels" and s == issuer}
    names = {e.id: {m.text for m in e.mentions} for e in ex.entities}
    assert {"Бухарина", "Рыкова", "Угланова", "Кривошеина"} <= {t for k in expelled for t in names[k]}
    assert "bukharin" in expelled


def test_given_name_and_initials_of_one_surname_are_one_person(tmp_path):
    ex = _extract_text(tmp_path, "namesake", (
        "The speaker was Pavel Zolotarev, an instructor of the raikom. Later the bureau reprimanded "
        "Comrade P. N. Zolotarev for negligence, while Comrade K. Zolotarev was cleared.\n"))
    ids = {m.text: e.id for e in ex.entities for m in e.mentions if e.type == "Person"}
    assert ids["Pavel Zolotarev"] == ids["Comrade P. N. Zolotarev"]
    assert ids["Comrade K. Zolotarev"] != ids["Pavel Zolotarev"]


def test_heading_lines_signature_and_publication_note(tmp_path):
    """Report headings (From / To), a closing signature before an editor's note, and a line saying
    where the text was printed (text written for this test)."""
    ex = _extract_text(tmp_path, "heading", (
        "To the Politburo\n\n"
        "REPORT\nOn the state of the Kursk party organisation\n\n"
        "From A. Andreev, Secretary of the Central Committee\n\n"
        "1. The obkom must recheck every appeal within one month.\n\n"
        "2. The raikoms are obliged to report on the results.\n\n"
        "CC Secretary A. Andreev\n\n"
        "[Abridged; printed in Izvestiia, 3 March 1938.]\n"))
    r = rels(ex)
    andreev = next(e.id for e in ex.entities for m in e.mentions if m.text == "A. Andreev")
    assert ("heading", "authoredBy", andreev) in r
    assert ("heading", "sentTo", "politburo") in r
    assert ("heading", "publishedIn", "izvestiia") in r


def test_newspaper_dateline_opens_the_text(tmp_path):
    ex = _extract_text(tmp_path, "dateline", (
        "«Известия», 9 июня 1929 г.\n\n"
        "ХАРЬКОВ, 8 июня. Вчера закончился пленум окружкома. Пленум признал работу бюро неудовлетворительной.\n"))
    assert ("dateline", "publishedIn", "izvestiia") in rels(ex)


def test_body_adopts_titled_resolution_and_sends_a_letter(tmp_path):
    ex = _extract_text(tmp_path, "adopts", (
        "On 3 May 1936 the Orgburo adopted a resolution \"On the work of the Saratov kraikom\". "
        "A week later the Central Committee sent all obkoms and kraikoms a closed letter on the same subject.\n"))
    r = rels(ex)
    res = next(e.id for e in ex.entities if e.type == "Document" and any("Saratov" in m.text for m in e.mentions))
    letter = next(e.id for e in ex.entities if e.type == "Document" and any("letter" in m.text for m in e.mentions))
    assert ("orgburo", "issues", res) in r
    assert ("central_committee", "issues", letter) in r
    assert (letter, "sentTo", "obkoms") in r and (letter, "sentTo", "kraikoms") in r


def test_part_of_across_an_abbreviation_in_brackets(tmp_path):
    ex = _extract_text(tmp_path, "abbr", (
        "Every appeal was read by the Commission of Party Control (KPK) of the CC, while audits of the "
        "commissariats fell to the Commission of Soviet Control under the Sovnarkom.\n"))
    r = rels(ex)
    orpo = next(e.id for e in ex.entities for m in e.mentions if m.text.startswith("Commission of Party Control"))
    assert (orpo, "partOf", "central_committee") in r
    assert ("soviet_control_commission", "partOf", "sovnarkom") in r


def test_domain_bodies_groups_and_campaigns_are_recognised(tmp_path):
    """Literary associations, local committees of the 1920s, campaigns and pejorative group nouns
    (sentences written for this test)."""
    ex = _extract_text(tmp_path, "domain", (
        "After the verification of party documents came the exchange of party documents, which again "
        "exposed swindlers and windbags. In 1930 RAPM and VOAPP still quarrelled with AKhRR, while in the "
        "countryside the volkoms and укомы reported to the gubkom from the Smolny.\n"))
    t = types(ex)
    assert t.get("exchange_of_party_documents") == "Event" and t.get("verification_of_party_documents") == "Event"
    assert t.get("swindlers") == "Group" and t.get("windbags") == "Group"
    assert t.get("rapm") == "Body" and t.get("voapp") == "Body" and t.get("akhrr") == "Body"
    assert t.get("volkoms") == "Body" and t.get("ukoms") == "Body"
    assert t.get("smolny") == "Place"


def test_russian_document_named_by_its_date(tmp_path):
    ex = _extract_text(tmp_path, "ru_dated", (
        "ПОСТАНОВЛЕНИЕ ПЛЕНУМА ЦК ВКП(б)\n\n5 марта 1930 г.\n\n"
        "Пленум признаёт, что циркуляр от 2 февраля 1930 года не выполнен, а письмо Политбюро "
        "от 10 февраля 1930 года нарушено.\n\n"
        "[Сокращённое изложение постановления от 5 марта 1930 г.]\n"))
    r = rels(ex)
    assert ("circular_1930_02_02", "dated", "1930-02-02") in r
    assert ("politburo", "issues", "letter_1930_02_10") in r and ("letter_1930_02_10", "dated", "1930-02-10") in r
    assert not any(e.id == "resolution_1930_03_05" for e in ex.entities)   # the editor's note names this document


def test_expulsions_reported_over_two_sentences_and_by_a_decision(tmp_path):
    ex = _extract_text(tmp_path, "expel_report", (
        "During the purge of 1929 the Kursk gorkom expelled a fifth of its members. Among those expelled were "
        "careerists, Trotskyites and double-dealers who had hidden their past. Later the Kursk gorkom expelled "
        "him as well, although Ivan Sokolov had appealed.\n"))
    r = rels(ex)
    gorkom = next(e.id for e in ex.entities for m in e.mentions if m.text == "Kursk gorkom")
    assert {(gorkom, "expels", g) for g in ("careerists", "trotskyites", "double_dealers")} <= r
    ex_ru = _extract_text(tmp_path, "expel_ru2", (
        "Постановлением Пленума ЦК ВКП(б) Бухарин и Рыков были выведены из состава Политбюро.\n"))
    r = rels(ex_ru)
    assert ("cc_plenum", "expels", "bukharin") in r and ("cc_plenum", "expels", "rykov") in r


def test_rank_lists_other_members_and_second_post(tmp_path):
    ex = _extract_text(tmp_path, "ranks", (
        "The order was countersigned by Marshals Tukhachevsky, Yegorov and Blyukher, General Yakir and others. "
        "Zhdanov, Andreev and other members of the Orgburo approved it.\n\n"
        "Пленум постановил освободить Н. И. Ежова от обязанностей секретаря ЦК и с поста народного комиссара "
        "внутренних дел.\n"))
    r = rels(ex)
    ids = {m.text: e.id for e in ex.entities for m in e.mentions}
    assert (ids["Yegorov"], "holdsPosition", "marshal") in r and (ids["Blyukher"], "holdsPosition", "marshal") in r
    # the rank before a name is an office of its own: Yakir is a general, not one of the marshals
    assert ids["General"] == "general" and (ids["Yakir"], "holdsPosition", "marshal") not in r
    assert (ids["Yakir"], "holdsPosition", "general") in r
    assert (ids["Zhdanov"], "memberOf", "orgburo") in r and (ids["Andreev"], "memberOf", "orgburo") in r


def test_dates_of_named_decisions_and_events(tmp_path):
    ex = _extract_text(tmp_path, "dating", (
        "The purge was ordered by the directive of the Orgburo of 4 June 1929. A conference of shock workers "
        "held in Kharkov in March 1930 discussed it. In May 1930 he was dismissed after the report of the Orgburo.\n"))
    r = rels(ex)
    directive = next(e.id for e in ex.entities if e.type == "Document" and any("directive" in m.text for m in e.mentions))
    assert (directive, "dated", "1929-06-04") in r
    assert not any(p == "dated" and o == "1930-05" for s, p, o in r)    # "he was dismissed after …" dates no report


def test_head_by_possessive_by_place_and_of_a_joint_plenum(tmp_path):
    ex = _extract_text(tmp_path, "heads", (
        "The Kharkov obkom was dissolved in 1933. Its former head Stanislav Kosior was sent to Moscow. "
        "Pavel Postyshev succeeded Kosior as first secretary in Kharkov. In 1937 Lazar Kaganovich presided "
        "over the joint plenum of the gorkom and the raikom.\n"))
    r = rels(ex)
    ids = {m.text: e.id for e in ex.entities for m in e.mentions}
    obkom = ids["Kharkov obkom"]
    assert (ids["Stanislav Kosior"], "headOf", obkom) in r
    assert (ids["Pavel Postyshev"], "headOf", obkom) in r
    plenum = next(e.id for e in ex.entities if e.type == "Body" and any(m.text.startswith("joint plenum") for m in e.mentions))
    assert (ids["Lazar Kaganovich"], "headOf", plenum) in r


def test_people_who_lead_or_staff_a_body_are_a_group(tmp_path):
    ex = _extract_text(tmp_path, "people_of", (
        "The leadership of RAPP resisted, and the officers of the OGPU reported it. "
        "На собрании выступили лидеры оппозиции, а секретаря обкома сняли с работы.\n"))
    groups = {m.text for e in ex.entities if e.type == "Group" for m in e.mentions}
    assert "leadership of RAPP" in groups and "officers of the OGPU" in groups
    assert "лидеры оппозиции" in groups
    assert not any(g.startswith("секретаря") for g in groups)     # one secretary is an office, not a group


def test_committee_bureaus_and_russian_place_adjective_committees(tmp_path):
    ex = _extract_text(tmp_path, "bureau", (
        "Комиссия распустила бюро Ярцевского укома, а бюро губкома получило выговор. "
        "The bureau of the Kursk obkom met the same day.\n"))
    r = rels(ex)
    ids = {m.text: e.id for e in ex.entities for m in e.mentions}
    assert (ids["бюро Ярцевского укома"], "partOf", ids["Ярцевского укома"]) in r
    assert (ids["bureau of the Kursk obkom"], "partOf", ids["Kursk obkom"]) in r
    assert types(ex)[ids["бюро губкома"]] == "Body"


def test_expulsion_percentages_and_reporting_speaker(tmp_path):
    ex = _extract_text(tmp_path, "percent", (
        "During the 1929 purge the raikoms expelled 11.4 per cent of their members and candidates.\n\n"
        "Тов. Шкирятов сообщил, что ЦК постановил исключить из партии двенадцать работников.\n"))
    r = rels(ex)
    assert ("raikoms", "expels", "party_members") in r
    assert not any(p == "expels" and o == "shkiryatov" for s, p, o in r)     # the speaker reports, he is not expelled


def test_russian_document_named_by_its_issuers(tmp_path):
    ex = _extract_text(tmp_path, "ru_issuer", (
        "ПОСТАНОВЛЕНИЕ ПЛЕНУМА ЦК ВКП(б)\n\n"
        "Пленум признал правильным постановление Политбюро и ЦКК о работе Курского обкома.\n"))
    r = rels(ex)
    doc = next(e.id for e in ex.entities if e.type == "Document" and any(m.text.startswith("постановление Политбюро") for m in e.mentions))
    assert ("politburo", "issues", doc) in r and ("central_control_commission", "issues", doc) in r
    assert not any(e.type == "Document" and any(m.text == "ПОСТАНОВЛЕНИЕ ПЛЕНУМА ЦК ВКП(б)" for m in e.mentions) and e.id != "ru_issuer"
                   for e in ex.entities)


def test_offices_of_a_person_named_inside_an_event_with_life_dates(tmp_path):
    ex = _extract_text(tmp_path, "event_person", (
        "The affair began with the arrest of Alexei Rykov (1881-1938), chairman of the Sovnarkom and a member "
        "of the Politburo, in February 1937.\n"))
    r = rels(ex)
    rykov = next(e.id for e in ex.entities for m in e.mentions if m.text == "Alexei Rykov")
    assert (rykov, "headOf", "sovnarkom") in r and (rykov, "memberOf", "politburo") in r


def test_located_in_for_places_and_address_lines(tmp_path):
    ex = _extract_text(tmp_path, "located", (
        "The Ambassador in the Soviet Union (Coulondre) to the Foreign Office, Paris\n\n"
        "The delegates met at the Tauride Palace in Leningrad.\n"))
    r = rels(ex)
    ids = {m.text: e.id for e in ex.entities for m in e.mentions}
    assert (ids["Foreign Office"] if "Foreign Office" in ids else ids["the Foreign Office"], "locatedIn", "paris") in r


def test_works_named_by_their_quoted_titles_and_their_authors():
    """A written work is named by its kind and its quoted title (several titles may follow one
    kind); "my article" in a speech is the speaker's, "his pamphlet" the person's just named; two
    works the authority knows apart stay two nodes."""
    from kg.extract import extract
    from kg.model import Document
    text = ("From the Speech of Comrade A. I. Rykov at the Plenum of the Central Committee\n\n"
            "Comrades, in my article \"Tasks of the Cooperatives\" I said nothing of the kind. "
            "Preobrazhensky repeated the charge in his pamphlet \"The New Economics\". Lenin's last "
            "articles, \"Better Fewer, But Better\" (March 1923) and \"On Cooperation\", are quoted by all sides.\n")
    ex = extract(Document("sp", text))
    docs = {e.id: e for e in ex.entities if e.type == "Document"}
    assert {"tasks_of_the_cooperatives", "the_new_economics", "better_fewer_but_better", "on_cooperation"} <= set(docs), sorted(docs)
    authors = {(a.subject, a.object) for a in ex.assertions if a.predicate == "authoredBy"}
    assert {("sp", "rykov"), ("tasks_of_the_cooperatives", "rykov"), ("the_new_economics", "preobrazhensky")} <= authors, authors
    dated = {(a.subject, a.literal) for a in ex.assertions if a.predicate == "dated"}
    assert ("better_fewer_but_better", "1923-03") in dated and ("better_fewer_but_better", "1923") not in dated, dated


def test_organs_named_by_kind_and_body_are_part_of_it():
    """"the Presidium of the CCC", "the editorial board of Pravda": an organ and its body."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("o", "The question went to the Presidium of the Central Control Commission, while the "
                               "editorial board of Izvestiia printed the appeal."))
    parts = {(a.subject, a.object) for a in ex.assertions if a.predicate == "partOf"}
    subjects = {s for s, _ in parts}
    assert any(s.endswith("presidium") for s in subjects) and any(s.endswith("editorial_board") for s in subjects), parts


def test_heading_line_over_the_title_names_the_document_itself():
    """"Resolution of the Politburo" on a line of its own over the title is the resolution being
    read, and so is the same kind and issuer said again in the text; "shall report to" is a verb."""
    from kg.extract import extract
    from kg.model import Document
    text = ("Resolution of the Politburo of the VKP(B)\n\nOn the Work of the Party Press\n\n3 March 1931\n\n"
            "The Politburo notes the weakness of the district newspapers. The obkoms shall report to the "
            "Central Committee every month. The resolution of the Politburo is to be printed in Pravda.\n")
    ex = extract(Document("pb", text))
    docs = {e.id for e in ex.entities if e.type == "Document"}
    assert docs == {"pb"}, docs


def test_regions_and_social_categories_of_the_period():
    """The krais of collectivisation and the national republics are places; middle and poor
    peasants are classes apart from the peasantry; soft adjectives used as nouns inflect
    («служащих»); a place before initials is not a surname («Грузии М. И. …»)."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("r", "Grain came late from the Middle Volga, the Urals and Uzbekistan. The middle peasant "
                               "wavered, while the peasantry as a whole joined the collective farms; capitulators "
                               "were denounced.\n"))
    t = types(ex)
    assert t.get("middle_volga") == t.get("urals") == t.get("uzbekistan") == "Place", t
    assert t.get("middle_peasants") == t.get("peasants") == t.get("capitulators") == "Group", t
    ex = extract(Document("r2", "Райком не принимал служащих. Выступил председатель совнархоза Грузии П. С. Орлов.\n"))
    t = types(ex)
    assert t.get("employees") == "Group" and t.get("georgia") == "Place", t
    assert not any(k.startswith("gruz") for k in t), t


def test_the_opposition_after_a_named_opposition_is_that_opposition():
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("o", "The Workers' Opposition demanded control by the unions. The Congress condemned the "
                               "opposition and its theses.\n"))
    groups = {e.id: [m.text for m in e.mentions] for e in ex.entities if e.type == "Group"}
    assert "opposition" not in groups and "the opposition" in [s.lower() for s in groups["workers_opposition"]], groups


def test_an_office_named_by_title_and_body_is_a_position():
    """"Secretary of the Politburo", «председателя ВЦСПС»: the title before the body it is held in
    names an office; the body stays an entity of its own; the plan named without its number is
    not the second plan."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("p", "The draft was signed by the Secretary of the Society of Old Bolsheviks and sent "
                               "to the Council of People's Commissars. It served the Five-Year Plan.\n"))
    t = types(ex)
    assert any(v == "Position" and "society_old_bolsheviks" in k for k, v in t.items()), t
    assert t.get("society_old_bolsheviks") == "Body", t
    assert "five_year_plan" in t and "second_five_year_plan" not in t, t
    ex = extract(Document("p2", "Доклад сделал председатель ВЦСПС Н. М. Шверник.\n"))
    assert "Position" in types(ex).values(), types(ex)


def test_events_of_a_person_or_group_and_whom_they_befell():
    """"the murder of Sergei M. Kirov" is the authority's Kirov murder; the group a trial or a
    campaign is directed at is an entity inside the event; a line break ends the phrase; the
    Bolsheviks in the party's own name are no group of their own."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("e", "Everything changed after the murder of Sergei M. Kirov. The trial of the so-called "
                               "\"Moscow Centre\" followed, and later the campaign against \"cosmopolitans\".\n"))
    t = types(ex)
    assert t.get("kirov_murder") == "Event" and not any(k.startswith("murder_of") for k in t), t
    assert t.get("moscow_centre") == "Group" and t.get("cosmopolitans") == "Group", t
    ex = extract(Document("e2", "A report on the assassination of\n\nThe Kirov case"))
    assert not any(k.startswith("assassination_of") for k in types(ex)), types(ex)
    ex = extract(Document("e3", "Рабочие вступали в Российскую коммунистическую партию (большевиков).\n"))
    assert "bolsheviks" not in types(ex), types(ex)


def test_a_document_named_by_its_kind_and_subject():
    """"his report on the work of the Orgburo" names a report, Molotov's (keyed as "Molotov's report"
    is); "a decision on admission" is any decision; "shall report on" is the verb; a subject that
    repeats an earlier title is that title."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("d", "Molotov delivered his report on the work of the Orgburo. A decision on admission "
                               "must be taken in every cell, and the raikoms shall report on the results.\n"))
    docs = [e for e in ex.entities if e.type == "Document" and e.id != "d"]
    assert len(docs) == 1 and docs[0].id == "molotov_report", [(e.id, e.label) for e in docs]
    assert docs[0].mentions[0].text == "report on the work of the Orgburo"
    ex = extract(Document("d2", "The congress adopted \"On the Unity of the Ranks\". The resolution on unity was kept secret.\n"))
    docs = [e.id for e in ex.entities if e.type == "Document" and e.id != "d2"]
    assert not any("resolution_on" in k for k in docs), docs


def test_british_spellings_of_authority_names():
    """Translations in British spelling name the same classes: "primary party organisations"."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("b", "The raikom instructed the primary party organisations to hold open meetings.\n"))
    assert types(ex).get("primary_party_organizations") == "Body", types(ex)

def test_events_and_documents_dated_by_the_year_the_text_speaks_of():
    """An event whose name or the words around it give its year ("the purge of 1935", "a census of
    the party in 1926", «в 1931 году чистку»); a day named without its year ("dated 3 June",
    "adopted July 14") takes the year the text last named (sentences written for this test)."""
    from kg.extract import extract
    from kg.model import Document
    en = extract(Document("ev", (
        "Many rural cells dissolved during the party purge of 1935. The leadership ordered a census of the "
        "party in 1926 to count the members.\n\n"
        "In the spring of 1927 the Orgburo weighed the figures. A circular of the Orgburo on rural cells, "
        "dated 3 June, told the gubkoms to act, and the regional press printed it.\n")))
    dated = {(a.subject, a.literal) for a in en.assertions if a.predicate == "dated"}
    assert ("purge_1935", "1935") in dated, dated
    assert any(lit == "1927-06-03" for _, lit in dated), dated
    assert not any(lit == "1935-06-03" for _, lit in dated), dated
    ru = extract(Document("evru", "Комиссия решила провести в 1931 году генеральную чистку ячеек на транспорте.\n"))
    assert any(p == "dated" and lit == "1931" for _, p, lit in ((a.subject, a.predicate, a.literal) for a in ru.assertions)), ru.assertions


def test_state_organs_named_by_their_country_are_located_in_it(tmp_path):
    """"the Supreme Court of the RSFSR", "the People's Commissariat of Finance of the USSR": the
    organ is in that country; a party or a congress "of the Soviet Union" is not placed."""
    ex = _extract_text(tmp_path, "state_organs", (
        "The appeal went to the People's Commissariat of Finance of the USSR and then to the Supreme Court "
        "of the USSR, while the Twentieth Congress of the Communist Party of the Soviet Union was still far off.\n"))
    located = {(a.subject, a.object) for a in ex.assertions if a.predicate == "locatedIn"}
    assert ("supreme_court", "soviet_union") in located, located
    assert ("narkomfin", "soviet_union") in located, located
    assert not any(s in ("communist_party", "twentieth_congress") for s, _ in located), located


def test_expulsion_of_persons_named_by_initials_and_the_reason_after_them(tmp_path):
    """An initial's point does not end the list of the expelled; a reason after "for" names no
    one expelled (sentences written for this test)."""
    ex = _extract_text(tmp_path, "expel_initials", (
        "In March 1930 the Presidium of the Central Control Commission expelled V. P. Shatov and K. A. Lemberg "
        "for having concealed their contacts with Trotsky.\n"))
    expelled = {a.object for a in ex.assertions if a.predicate == "expels"}
    ids = {m.text: e.id for e in ex.entities for m in e.mentions}
    assert {ids["V. P. Shatov"], ids["K. A. Lemberg"]} <= expelled, expelled
    assert "trotsky" not in expelled, expelled


def test_party_congresses_and_organs_named_with_the_party_initials_are_part_of_it(tmp_path):
    """"delegates to the Fourteenth Party Conference" (a congress named inside another name),
    «бюро Тульского губкома ВКП(б)», «пленум ЦК КПСС» (the committee, not its plenum)."""
    en = _extract_text(tmp_path, "congress_part", (
        "The Communist Party sent its instructions to the delegates to the Fourteenth Party Conference.\n"))
    parts = {(a.subject, a.object) for a in en.assertions if a.predicate == "partOf"}
    assert any(o == "communist_party" and "conference" in s for s, o in parts), parts
    ru = _extract_text(tmp_path, "ru_part", (
        "Пленум ЦК КПСС рассмотрел доклад. Решение Тульского губкома ВКП(б) было отменено.\n"))
    parts = {(a.subject, a.object) for a in ru.assertions if a.predicate == "partOf"}
    assert ("central_committee", "communist_party") in parts, parts
    assert ("cc_plenum", "communist_party") not in parts, parts
    assert any(o == "communist_party" and "gubkom" in s for s, o in parts), parts


def test_authors_named_by_possessive_bibliography_signature_and_signed_by(tmp_path):
    """Who wrote a work: "Bogdanov's pamphlet “…”" (however the work was found), every author of
    a bibliography entry, a decree "signed by A and B" (also in the next sentence: "The decree
    was signed by …"), a signature above a publication note, a bracketed heading "(Presented … by
    X)" (texts written for this test)."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("auth", (
        "Bukharin's pamphlet \"The Red Star Years\" circulated among the delegates. In March the Presidium "
        "adopted the decree \"On Grain Reserves in the Volga Region\". The decree was signed by Mikhail "
        "Kalinin and Avel Yenukidze.\n\n"
        "Literature: R. Eliot Hartley, Dora N. Winter and Ivan P. Sokolov, \"Cadres and Quotas in the Urals\", "
        "Slavic Review 51 (1992).\n")))
    authors = {(a.subject, a.object) for a in ex.assertions if a.predicate == "authoredBy"}
    ids = {m.text: e.id for e in ex.entities for m in e.mentions}
    assert ("the_red_star_years", "bukharin") in authors, authors
    assert ("on_grain_reserves_in_the_volga_region", ids["Mikhail Kalinin"]) in authors, authors
    assert ("on_grain_reserves_in_the_volga_region", ids["Avel Yenukidze"]) in authors, authors
    book = next(e.id for e in ex.entities if e.type == "Document" and "cadres" in e.id)
    assert {(book, ids["N. Winter"]), (book, ids["Ivan P. Sokolov"])} <= authors, authors
    res = extract(Document("sig", (
        "Resolution of the Central Committee on the Sowing Campaign\n\n"
        "1. Obkoms must finish the sowing plan by 1 May.\n\n"
        "2. Raikoms must report to the obkoms every ten days.\n\n"
        "Secretary of the CC VKP(b)\nV. Molotov\n\n"
        "Published in Izvestiia, No. 90, 2 April 1931.\n")))
    assert ("sig", "molotov") in {(a.subject, a.object) for a in res.assertions if a.predicate == "authoredBy"}, res.assertions
    rep = extract(Document("rep", (
        "Report of the Central Control Commission to the Party Congress\n"
        "(Abridged. Presented on behalf of the commission by A. A. Solts)\n\n"
        "Comrades, the commission reports on its work.\n")))
    assert any(a.predicate == "authoredBy" and a.subject == "rep" for a in rep.assertions), rep.assertions


def test_directives_in_the_passive_relayed_and_entrusting(tmp_path):
    """"X is instructed to …", "to charge X with …" (a point with no modal verb), a report that
    relays what another document obliged ("That circular obliged the gubkoms …"), "entrusted A
    and B with …" (texts written for this test)."""
    from kg.extract import extract
    from kg.model import Document
    res = extract(Document("dir", (
        "Resolution of the Central Committee on Seed Loans\n\n"
        "The Central Committee resolves:\n\n"
        "1. The People's Commissariat of Finance of the USSR is instructed to open credit lines for the kolkhozes.\n\n"
        "2. To charge the Orgburo with checking the fulfilment of this resolution.\n")))
    demanded = {a.object for a in res.assertions if a.predicate == "demands" and a.subject == "dir"}
    assert {"narkomfin", "orgburo"} <= demanded, demanded
    rep = extract(Document("relay", (
        "Report on the Census of Party Members\n\n"
        "The census began after the circular of the Central Committee of 2 March 1926. That circular obliged "
        "the gubkoms and the obkoms to finish the count within two months. The Fourteenth Congress then "
        "entrusted the Central Control Commission and the Orgburo with the review of appeals.\n")))
    r = {(a.subject, a.predicate, a.object) for a in rep.assertions}
    assert any(p == "demands" and o == "gubkoms" and s != "relay" for s, p, o in r), r
    assert not any(p == "demands" and s == "relay" for s, p, o in r), r
    assert any(p == "authorizes" and o == "orgburo" for s, p, o in r), r


def test_heads_named_by_whose_and_run_and_an_office_after_first(tmp_path):
    """"the commission, whose chairman, X, …", "X, who had run the Cheka", "X, the first People's
    Commissar of …" (sentences written for this test)."""
    ex = _extract_text(tmp_path, "heads", (
        "The cases went to the Party Control Commission, whose chairman, Matvei Shkiryatov, read each file. "
        "Felix Dzerzhinsky, who had run the Cheka, died in 1926. Anatoly Lunacharsky, the first People's "
        "Commissar of Enlightenment, defended the theatres.\n"))
    heads = {(a.subject, a.object) for a in ex.assertions if a.predicate == "headOf"}
    ids = {m.text: e.id for e in ex.entities for m in e.mentions}
    assert (ids["Matvei Shkiryatov"], ids["Party Control Commission"]) in heads, heads
    assert (ids["Felix Dzerzhinsky"], ids["Cheka"]) in heads, heads
    held = {(a.subject, a.object) for a in ex.assertions if a.predicate == "holdsPosition"}
    assert any(s == ids["Anatoly Lunacharsky"] for s, _ in held), held


def test_insufficient_and_hasty_work_is_condemned_in_a_partys_own_voice():
    """"paid insufficient attention", "acted hastily": the party's words of reproach (a text
    written for this test)."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("rebuke", (
        "Resolution of the Central Committee on the Admission of New Members\n\n"
        "The Central Committee notes that many gorkoms gave insufficient guidance to the cells, and that "
        "some raikoms acted hastily in admitting new candidates.\n")))
    crit = {a.object for a in ex.assertions if a.predicate == "criticizes" and a.subject == "rebuke"}
    assert {"gorkoms", "raikoms"} <= crit, crit
    assert "central_committee" not in crit, crit


def test_issuers_named_before_their_decision_or_in_a_report_heading():
    """"the Orgburo decision of 4 May 1931", "the Fifteenth Conference, in its resolution “…”",
    a heading "Report of the Central Control Commission to …" (texts written for this test)."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("iss", (
        "The quotas followed the Orgburo decision of 4 May 1931. The Fifteenth Conference, in its resolution "
        "\"On the Work of the Cooperatives\" of 2 November 1926, asked for more.\n")))
    issued = {(a.subject, a.object) for a in ex.assertions if a.predicate == "issues"}
    assert any(s == "orgburo" and "1931_05_04" in o for s, o in issued), issued
    assert any("fifteenth" in s and "cooperatives" in o for s, o in issued), issued
    rep = extract(Document("rep2", (
        "Report of the Central Control Commission to the Fifteenth Party Congress\n\n"
        "Comrades, the commission reports on the appeals it heard.\n")))
    assert any(a.predicate == "issues" and a.object == "rep2" for a in rep.assertions), rep.assertions


def test_an_entry_reports_on_the_event_it_returns_to_not_one_named_once():
    """An encyclopedia entry is about the event it names in two sentences, opening one of them; an
    event named once in passing is not its subject (its opening sentence alone was right 3 times
    in 6 over the dev sets; a text written for this test)."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("entry", (
        "Encyclopedia entry\n\n"
        "The Shakhty trial was the first large show trial of engineers accused of wrecking in the Donbass coal "
        "industry, held in the years of the NEP. The defendants were tried in Moscow in the summer of that year. "
        "The Shakhty trial ended with eleven death sentences.\n")))
    about = {a.object for a in ex.assertions if a.predicate == "reportsOn" and a.subject == "entry"}
    assert any("shakhty" in o for o in about), about
    assert not any("nep" in o for o in about), about


def test_document_coreference_is_not_fooled_by_the_text_id_or_a_date_before_the_title():
    """A bare "the resolution" does not go to a document of another kind whose local key carries
    the text's id; a date between a document and its quoted title keeps them one document; a
    heading line with its addressee over the title line is the document itself (texts written
    for this test)."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("x9_note_on_a_resolution_1961", (
        "Izvestia today printed a decree of the Presidium of the Supreme Soviet dated March 3 "
        "\"On the Reorganisation of the Ministries of Agriculture\". Observers recalled the secret speech "
        "of the previous year. The decree abolishes several ministries.\n")))
    docs = {m.text: e.id for e in ex.entities if e.type == "Document" for m in e.mentions}
    title = "On the Reorganisation of the Ministries of Agriculture"
    assert title in docs and docs[title] == docs.get("decree of the Presidium of the Supreme Soviet"), docs
    assert docs.get("decree") == docs[title], docs
    assert docs.get("secret speech") != docs[title], docs
    rep = extract(Document("rep3", (
        "Report of the Central Revision Commission to the Fourteenth Party Congress\n"
        "On the Finances of the Party, 1924–1925\n\n"
        "Comrades, the commission examined the accounts of the Central Committee.\n")))
    heads = {m.text for e in rep.entities if e.id == "rep3" for m in e.mentions}
    assert any(h.startswith("Report of the Central Revision Commission") for h in heads), rep.entities


def test_a_body_before_a_paragraph_break_does_not_issue_the_next_heading():
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("hd", (
        "SECRET\n\nTo the Politburo of the Central Committee\n\nMEMORANDUM\nOn the Harvest of 1932\n\n"
        "The harvest plan was not fulfilled in the Ukraine.\n")))
    assert not any(m.text.startswith("Politburo") and e.type == "Document" for e in ex.entities for m in e.mentions)


def test_russian_roman_ordinal_congress_with_the_party_and_a_heading_under_the_title():
    """«XVII конференции ВКП(б)» is the Seventeenth Conference, not the generic class; a
    «Постановление …» line under the title line is the document itself (a text written for this test)."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("ru_hd", (
        "О работе профсоюзов\n\n"
        "Постановление XVII конференции ВКП(б), 4 февраля 1932 г.\n\n"
        "Конференция отмечает, что XVII съезд ВКП(б) должен рассмотреть вопрос о профсоюзах.\n")))
    ids = {m.text: e.id for e in ex.entities for m in e.mentions}
    conf = ids.get("XVII конференции ВКП(б)")
    assert conf == "party_conference_17", ids
    assert not any(e.id == "party_conference" for e in ex.entities), ids
    assert ids.get("Постановление XVII конференции ВКП(б)") == "ru_hd", ids
    assert (conf, "issues", "ru_hd") in rels(ex), rels(ex)


def test_an_event_phrase_without_its_own_year_takes_the_year_after_it():
    """"the X trial of 1930": an event the event rule found is dated by the year that follows,
    as any other event is (a text written for this test)."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("ev", (
        "The Metro-Vickers trial of 1933 followed the same pattern, and so did the Promparty trial of 1930.\n")))
    dated = {(a.subject, a.literal) for a in ex.assertions if a.predicate == "dated"}
    ev = {m.text: e.id for e in ex.entities if e.type == "Event" for m in e.mentions}
    assert ev, ex.entities
    for text, key in ev.items():
        assert any(s == key for s, _ in dated), (ev, dated)


def test_an_inline_quotation_after_a_colon_speaks_for_the_document_that_introduces_it():
    """"The order read as follows: “… X has proved incapable …”": the order, not the text
    quoting it, condemns (a text written for this test)."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("quote", (
        "Speech by a delegate\n\n"
        "The Politburo directive of 3 March 1937 went to the regions. The text of the directive was as follows: "
        "\"Comrade Rykov has proved incapable of unmasking the Trotskyites in the apparatus. The work is behind.\" "
        "The delegates did not discuss it.\n")))
    crit = {(a.subject, a.object) for a in ex.assertions if a.predicate == "criticizes"}
    assert not any(s == "quote" and o == "trotskyites" for s, o in crit), crit
    assert any(s != "quote" and o == "trotskyites" for s, o in crit), crit


def test_a_bare_follow_up_finds_the_document_by_the_words_it_was_named_by():
    """"the declaration" after "the Declaration of the Forty-Six", which the authority labels a
    platform; "the appeal" after "the Appeal of the Ten" (texts written for this test)."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("fu", (
        "In 1926 ten members of the Central Committee signed the Appeal of the Ten. "
        "The appeal demanded a free discussion before the congress.\n")))
    ids = {m.text: e.id for e in ex.entities if e.type == "Document" for m in e.mentions}
    assert ids.get("appeal") == ids.get("Appeal of the Ten") is not None, ids
    ex = extract(Document("fu2", (
        "Many old Bolsheviks had signed the Declaration of the Forty-Six in the autumn. "
        "The declaration spoke of a regime of factional dictatorship.\n")))
    ids = {m.text: e.id for e in ex.entities if e.type == "Document" for m in e.mentions}
    assert ids.get("declaration") == "platform_of_46", ids


def test_a_decision_expels_in_the_name_of_the_body_that_adopted_it():
    """"The Conference, which met …, closed by adopting a resolution on X. The resolution expels
    A and B": the conference adopted it and expels them; "the expelled oppositionists" is no act
    (a text written for this test)."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("exp", (
        "Report\n\n"
        "The Fourteenth Party Conference, which met in Moscow from 27 to 29 April, closed by adopting a resolution "
        "on the cooperatives. The resolution expels from the party Grigory Zinoviev and Lev Kamenev. "
        "The OGPU is said to be watching the expelled oppositionists closely.\n")))
    r = rels(ex)
    conf = next(e.id for e in ex.entities for m in e.mentions if m.text.startswith("Fourteenth Party Conference"))
    res = next(e.id for e in ex.entities if e.type == "Document" for m in e.mentions if m.text.startswith("resolution on"))
    assert (conf, "issues", res) in r, r
    expelled = {o for s, p, o in r if p == "expels" and s == conf}
    assert {"zinoviev", "kamenev"} <= expelled, r
    assert not any(p == "expels" and s == "ogpu" for s, p, o in r), r


def test_a_bare_follow_up_prefers_a_document_of_its_own_kind_to_a_nearer_compatible_one():
    """"a resolution on A … the decision of B … The resolution": the resolution on A (a text
    written for this test)."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("kind", (
        "Dispatch\n\n"
        "The Congress closed by adopting a resolution on the trade unions. It endorses the decision of the "
        "Politburo of 3 May on wages. The resolution also instructs the Central Committee to report next year.\n")))
    by_text = {}
    for e in ex.entities:
        for m in e.mentions:
            by_text.setdefault(m.text, set()).add(e.id)
    on_topic = next(iter(by_text["resolution on the trade unions"]))
    assert by_text.get("resolution") == {on_topic}, by_text


def test_authors_who_delivered_a_report_or_signed_a_declaration():
    """"the report …, to be delivered by X", "Y, who delivered the report on …", "Its signatories
    included A, B and C" (a text written for this test)."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("auth", (
        "Dispatch\n\n"
        "The agenda lists the report on the work of the trade unions, to be delivered by Mikhail Tomsky. "
        "Nikolai Bukharin, who delivered the report on the Comintern, spoke for three hours.\n\n"
        "In 1926 a group of old Bolsheviks drew up the Declaration of the Eighty-Three. "
        "Its signatories included Karl Radek, Ivan Smilga and Nikolai Muralov.\n")))
    r = rels(ex)
    authors = {}
    for s, p, o in r:
        if p == "authoredBy":
            authors.setdefault(s, set()).add(o)
    assert any("tomsky" in a for v in authors.values() for a in v), authors
    assert any("bukharin" in a for v in authors.values() for a in v), authors
    assert any({"radek", "smilga"} <= {a.split("_")[-1] for a in v} for v in authors.values()), authors


def test_heads_in_a_plural_apposition_a_possessive_office_and_a_russian_participle():
    """"The heads of the Kiev GPU, A and B, were …", "the report of the Central Control Commission
    by X, its chairman", «аппарат ОГПУ, возглавлявшийся Г. Г. Ягодой» (texts written for this test)."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("heads", (
        "Essay\n\n"
        "The heads of the Moscow NKVD, Stanislav Redens and Vladimir Karutsky, were later shot. "
        "The congress heard the report of the Central Control Commission by Valerian Kuibyshev, its chairman.\n")))
    r = rels(ex)
    heads = {(s, o) for s, p, o in r if p == "headOf"}
    nkvd = {o for s, o in heads if "redens" in s}
    assert nkvd and nkvd == {o for s, o in heads if "karutsky" in s}, heads
    assert any("kuibyshev" in s and o in ("control_commission", "central_control_commission") for s, o in heads), heads
    ru = extract(Document("heads_ru", "В 1932 году аппарат ОГПУ, возглавлявшийся Г. Г. Ягодой, провёл аресты.\n"))
    assert any(p == "headOf" and "yagoda" in s and o == "ogpu" for s, p, o in rels(ru)), rels(ru)


def test_russian_report_communique_or_order_of_a_body_is_a_document():
    """«доклад …», «сообщение …», «приказ …» followed by the issuer in the genitive name a document
    as «постановление ЦК» does (a text written for this test)."""
    from kg.extract import extract
    from kg.model import Document
    ex = extract(Document("ru_docs", (
        "Статья\n\n"
        "Газеты напечатали сообщение Совета Министров СССР и доклад ЦК ВКП(б) съезду. Вышел приказ ОГПУ об арестах.\n")))
    docs = {m.text for e in ex.entities if e.type == "Document" for m in e.mentions}
    assert "сообщение Совета Министров СССР" in docs, docs
    assert "доклад ЦК ВКП(б)" in docs and "приказ ОГПУ" in docs, docs
    issued = {(a.subject, a.object) for a in ex.assertions if a.predicate == "issues"}
    assert any(s == "council_of_ministers" for s, _ in issued), issued


def _doc_of(ex, text):
    """The entity one of whose mentions is ``text``."""
    return next(e.id for e in ex.entities for m in e.mentions if m.text == text)


def test_a_document_named_only_by_its_kind_is_one_document(tmp_path):
    """"the resolution" with no resolution named before it is a document of its own, and "The
    resolution" after it is the same one; a bracketed editor's note makes none (sentences written
    for this test)."""
    ex = _extract_text(tmp_path, "bare_kind", (
        "The congress closed yesterday. According to Pravda, the resolution abolishes the mass purges. "
        "The resolution further obliges every party organisation to examine each appeal.\n\n"
        "[Composed for this test; the letter cited is real.]\n"))
    first, second = _doc_of(ex, "resolution"), [e.id for e in ex.entities for m in e.mentions if m.text == "resolution"]
    assert first.startswith("bare_kind_") and len(set(second)) == 1
    assert not any("letter" in m.text for e in ex.entities for m in e.mentions)


def test_a_kind_then_its_quoted_title_is_one_document(tmp_path):
    ex = _extract_text(tmp_path, "kind_title", (
        "The joint plenum of April 1928 adopted the resolution \"The Shakhty Affair and Practical Tasks\". "
        "The resolution criticized the economic organs.\n"))
    assert _doc_of(ex, "resolution") == _doc_of(ex, "The Shakhty Affair and Practical Tasks")


def test_a_report_named_by_its_author_is_the_authors_report(tmp_path):
    """"his own report", "the report delivered by Zhdanov": keyed like "Stalin's report" (text
    written for this test)."""
    ex = _extract_text(tmp_path, "authored", (
        "The congress adopted new statutes on the basis of the report delivered by Zhdanov, secretary of "
        "the Central Committee. Stalin in his own report to the Congress conceded grave mistakes. "
        "Later Stalin's report was printed in Pravda.\n"))
    zhdanov = next(e.id for e in ex.entities for m in e.mentions if m.text == "Zhdanov")
    stalin_report = _doc_of(ex, "own report")
    assert stalin_report == _doc_of(ex, "Stalin's report")
    assert (_doc_of(ex, "report"), "authoredBy", zhdanov) in rels(ex)


def test_russian_document_anaphora(tmp_path):
    ex = _extract_text(tmp_path, "ru_anaphora", (
        "ПОСТАНОВЛЕНИЕ ЦК ВКП(б)\n\nО приёме в партию\n\n"
        "1. Обязать обкомы возобновить приём. Опубликовать настоящее постановление в газете «Правда».\n\n"
        "Ещё резолюция апрельского объединенного пленума ЦК и ЦКК требовала развертывания самокритики.\n"))
    assert _doc_of(ex, "настоящее постановление") == "ru_anaphora"
    res = _doc_of(ex, "резолюция апрельского объединенного пленума ЦК и ЦКК")
    assert res != "ru_anaphora"


def test_followers_and_western_names(tmp_path):
    ex = _extract_text(tmp_path, "followers", (
        "The Zinovievists signed a declaration. Stalin warned that Shakhtyites were in every branch of "
        "industry. Amy Knight and Matthew Lenoe disagree about the murder.\n"))
    t = types(ex)
    assert t.get("zinovievists") == "Group" and t.get("shakhtyites") == "Group"
    persons = {m.text for e in ex.entities if e.type == "Person" for m in e.mentions}
    assert {"Amy Knight", "Matthew Lenoe"} <= persons


def test_works_cited_in_an_essay_and_a_russian_literature_line(tmp_path):
    """"Amy Knight, in Who Killed Kirov? (1999)" and «Лит.: Кутузов В. А. Название // Журнал. 1989.»
    (lines written for this test)."""
    ex = _extract_text(tmp_path, "cited", (
        "Historians disagree. Amy Knight, in Who Killed Kirov? (1999), argued for the complicity of the NKVD.\n\n"
        "Лит.: Кутузов В. А. Так называемое «Ленинградское дело» // Вопросы истории КПСС. 1989. № 3.\n"))
    book = _doc_of(ex, "Who Killed Kirov?")
    knight = _doc_of(ex, "Amy Knight")
    assert (book, "authoredBy", knight) in rels(ex) and (book, "dated", "1999") in rels(ex)
    article = _doc_of(ex, "Так называемое «Ленинградское дело»")
    assert (article, "authoredBy", _doc_of(ex, "Кутузов В. А.")) in rels(ex)
    assert types(ex)[_doc_of(ex, "Вопросы истории КПСС")] == "Body"


def test_a_document_brought_in_by_the_act_that_made_it(tmp_path):
    ex = _extract_text(tmp_path, "handed", (
        "On 9 February Comrades Rykov, Tomsky and I handed to the Politburo a declaration, in which we set out "
        "our view. The resolution of that session treats our declaration as a factional document.\n"))
    decl = _doc_of(ex, "declaration")
    assert decl.startswith("handed_declaration") and decl == _doc_of(ex, "our declaration")


def test_local_committees_in_every_wording_are_one_committee(tmp_path):
    """"the Tambov oblast party committee" is the Tambov obkom; the second of «обкома и горкома» is
    the same city's; «Курским обкомом» is keyed as "Kursk obkom" (sentences written for this test)."""
    ex = _extract_text(tmp_path, "committees", (
        "The Tambov oblast party committee and the Tambov obkom are one. The Leningrad obkom and gorkom met.\n\n"
        "Первый секретарь Ленинградского обкома и горкома партии выступил. Ошибки допущены Курским обкомом ВКП(б).\n"))
    ids = {m.text: e.id for e in ex.entities for m in e.mentions}
    assert ids["Tambov oblast party committee"] == ids["Tambov obkom"] == "tambov_obkom"
    assert ids["gorkom"] == ids["горкома партии"] == "leningrad_gorkom"
    assert ids["Курским обкомом ВКП(б)"] == "kursk_obkom"


def test_organs_of_a_body_by_kind_and_name(tmp_path):
    """"the Plenum of the Central Committee" is the authority's CC plenum; "the Agricultural
    Department of the Central Committee" keeps its name; «Сельскохозяйственный отдел обкома» too
    (sentences written for this test)."""
    ex = _extract_text(tmp_path, "organs", (
        "The Plenum of the Central Committee met. The Agricultural Department of the Central Committee "
        "and the Board of the Union of Soviet Writers were criticised.\n"))
    ids = {m.text: e.id for e in ex.entities for m in e.mentions}
    assert ids["Plenum of the Central Committee"] == "cc_plenum"
    assert "agricultural_department" in ids["Agricultural Department of the Central Committee"]
    assert ids["Board of the Union of Soviet Writers"].endswith("_board")


def test_documents_owned_by_a_body_or_sent_by_a_named_person(tmp_path):
    ex = _extract_text(tmp_path, "owned", (
        "Pravda's leading article of 24 January repeated the line. Stalin had received a letter from "
        "Yuri Zhdanov on the same subject.\n"))
    docs = {m.text: e.id for e in ex.entities if e.type == "Document" for m in e.mentions}
    assert docs.get("Pravda's leading article", docs.get("leading article", "")).startswith("pravda_article")
    assert any(t.startswith("letter from Yuri Zhdanov") for t in docs), docs


def test_groups_events_and_listed_persons_named_by_phrase(tmp_path):
    """Followers, a party organ's majority, the leadership, unrest, a trial of a faction, surnames
    listed beside known persons: each its own entity of the right type (and nothing for a
    document's topic or a body's majority that is not a party organ)."""
    ex = _extract_text(tmp_path, "phrases", (
        "Historians still disagree about the crisis. The majority of the Politburo backed Stalin, and "
        "the majority then turned on the followers of Zinoviev and Trotsky. Trotsky's closest associates "
        "refused to recant. Coming after the disorders in Poznan and a hunger strike, the present "
        "leadership acted. The trial of the anti-Soviet Trotskyite centre followed. Corps Commanders "
        "Kork, Eideman, Feldman, Primakov and Putna were tried. The majority of kolkhozes fulfilled the "
        "plan. A circular 'On disorders in the registration of party cards' was sent.\n"))
    by_text = {m.text: m for m in ex.mentions}
    kinds = {t: by_text[t].type for t in by_text}
    assert kinds["Historians"] == "Group"
    assert kinds["majority of the Politburo"] == "Group"
    assert by_text["the majority"].key == by_text["majority of the Politburo"].key
    assert kinds["followers of Zinoviev and Trotsky"] == "Group"
    assert kinds["closest associates"] == "Group"
    assert kinds["present leadership"] == "Group"
    assert kinds["disorders"] == "Event" and kinds["Poznan"] == "Place"
    assert kinds["hunger strike"] == "Event"
    assert kinds["trial of the anti-Soviet Trotskyite centre"] == "Event"
    assert kinds["Feldman"] == "Person"
    assert not any(m.text.startswith("majority of kolkhozes") for m in ex.mentions)
    assert not any(m.type == "Event" and m.text == "disorders" and m.start > ex.document.text.find("On disorders")
                   for m in ex.mentions)


def test_surname_lists_titles_and_lists_of_places_name_what_the_authority_does_not_know(tmp_path):
    """Generic rules for unknown names (sentences written for this test, names invented): a list
    of surnames by their Russian morphology (English and Cyrillic, any case), a rank or 'Sir'
    before a name, the surname alone after the initials, places listed beside a known place;
    no persons in a list after a preposition of place."""
    ex = _extract_text(tmp_path, "unknown_names", (
        "The commission heard Tarasov, Belyakin, Ostrovsky and Gromenko in closed session. "
        "Admiral Kuzovkin and Sir Reginald Ashby were present. The work was led by P. S. Lomtadze; "
        "Lomtadze reported to the bureau. The campaign reached Siberia, the Taimyr and the Ilimsk. "
        "Trains ran in Kharkov, Rostov and Saratov.\n\n"
        "Пленум вывел Сидоренко, Лаврова, Кудрявцева и Панина из состава комиссии.\n"))
    kinds = {m.text: m.type for m in ex.mentions}
    for name in ("Tarasov", "Belyakin", "Ostrovsky", "Gromenko", "Сидоренко", "Лаврова", "Кудрявцева", "Панина"):
        assert kinds.get(name) == "Person", name
    assert kinds.get("Kuzovkin") == "Person" and kinds.get("Sir Reginald Ashby") == "Person"
    lomtadze = [m for m in ex.mentions if "Lomtadze" in m.text]
    assert len(lomtadze) == 2 and len({m.key for m in lomtadze}) == 1
    assert kinds.get("Taimyr") == "Place" and kinds.get("Ilimsk") == "Place"
    assert all(kinds.get(w) != "Person" for w in ("Kharkov", "Rostov", "Saratov"))


def test_russian_heading_on_one_line_ordinal_secretaries_and_members_entered(tmp_path):
    """A resolution whose heading runs on one line («ЦК. Постановление «О …». Дата») has that title
    and date; «Второй секретарь ЦК КП(б) Армении тов. …» holds another office than the first secretary,
    who heads that CC; «в Политбюро
    вошли А, Б и В» makes each a member; «Съезд осудил …» is the congress last named (a text
    written for this test)."""
    ex = _extract_text(tmp_path, "ru_one_line", (
        "Центральный Комитет ВКП(б). Постановление «О работе ЦК КП(б) Армении». 12 марта 1937 г.\n\n"
        "ЦК ВКП(б) устанавливает, что Второй секретарь ЦК КП(б) Армении тов. Аматуни А. С. покровительствует "
        "карьеристам, а первому секретарю ЦК КП(б) Армении тов. Ханджяну А. Г. об этом не доложили.\n\n"
        "XVII съезд ВКП(б) проходил в Москве. Съезд осудил правых уклонистов. "
        "На пленуме ЦК в Политбюро вошли Сталин, Молотов и Каганович.\n"))
    r = rels(ex)
    ids = {m.text: e.id for e in ex.entities for m in e.mentions}
    assert ("ru_one_line", "dated", "1937-03-12") in r, r
    assert not any(e.type == "Document" and e.id != "ru_one_line" for e in ex.entities if "О работе" in e.label), ex.entities
    held = {(s, o) for s, p, o in r if p == "holdsPosition"}
    second = {o for s, o in held if s == ids["Аматуни А. С."]}
    first = {o for s, o in held if s == ids["Ханджяну А. Г."]}
    assert second and first and not second & first, held
    assert (ids["Ханджяну А. Г."], "headOf", ids["ЦК КП(б) Армении"]) in r, r
    assert ("seventeenth_congress", "locatedIn", "moscow") in r, r
    assert ids["Съезд"] == "seventeenth_congress"
    for p in ("stalin", "molotov", "kaganovich"):
        assert (p, "memberOf", "politburo") in r, r


def test_a_plural_russian_form_is_not_the_one_party(tmp_path):
    """«партия» names the party; «партиям», «коммунистических партий» are parties. A name that is
    itself plural («эсеры») keeps its plural forms (the SRs as people, a group, beside the
    Mensheviks: lexicon.VOCABULARY_RU)."""
    ex = _extract_text(tmp_path, "ru_plural", (
        "Резолюция Информационного бюро коммунистических партий рекомендует братским партиям "
        "помочь партии. Из эсеров и меньшевиков никто не был принят.\n"))
    party = {m.text for e in ex.entities if e.id == "communist_party" for m in e.mentions}
    assert party == {"партии"}
    srs = [e for e in ex.entities if any(m.text == "эсеров" for m in e.mentions)]
    assert [e.id for e in srs] == ["srs"] and srs[0].type == "Group"
    assert not [a for a in ex.assertions if a.predicate == "partOf" and a.object == "communist_party"]


# sentences of the development sets (heldout4-10), verbatim
_INSTITUTION_SENTENCES = (
    "At the basis of this movement lies the growth of the material and technical base of agriculture: the building "
    "of tractors and agricultural machinery, the machine-tractor stations and the tractor columns. "
    "He was followed by Comrade Busygin at the Gorky Automobile Works, by Comrade Smetanin at the Skorokhod shoe "
    "factory in Leningrad, by Comrade Krivonos on the railways. "
    "The editorial board of the journal Bolshevik is instructed to publish regularly materials on the work of the "
    "party schools. "
    "On 26 August the Presidium of the Academy of Sciences of the USSR closed the laboratory. "
    "The movement was promoted above all by Pravda, and by Rabochaya Gazeta and the peasant paper Krestyanskaya Gazeta. "
    "Mass repressions grew after a telegram from Stalin and Zhdanov, dated from Sochi on 25 September 1936. "
    "The obkoms and kraikoms of the party in the eastern regions, above all the Altai kraikom and the Akmolinsk and "
    "Kokchetav obkoms, must take direct charge of the new state farms. "
    "Party committees shall publish in the press the Model Statute of the agricultural artel. "
    "Such practices are a gift to the Right opportunists, who claim that the party cannot lead the collective farm "
    "movement without a swollen bureaucracy. The plenum adopted \"Practical Tasks in the Struggle against "
    "Shortcomings of Economic Construction\".\n\n"
    "Дела об измене родине и шпионаже направлять в Военную коллегию Верховного суда Союза ССР или в военные трибуналы. "
    "При Народном комиссаре внутренних дел Союза ССР организовать Особое совещание. "
    "Ликвидировать судебные тройки, созданные в порядке особых приказов НКВД СССР. "
    "Обязать органы Прокуратуры соблюдать требования Уголовно-процессуального кодекса. "
    "Тов. Барамия, выходец из Мингрелии, покровительствует взяточникам. "
    "Полтавский обком и Сумской обком медленно восстанавливают первичные партийные организации. "
    "Большую работу проделали подпольные обкомы. Черниговский подпольный обком возглавил борьбу. "
    "Крайкомовской газете «Советская Сибирь» систематически освещать ход хлебозаготовок.\n")


@pytest.mark.parametrize("core", ["predev", None])
def test_institutions_press_places_and_legal_texts_the_authority_does_not_know(tmp_path, monkeypatch, core):
    """Institutions by their noun (farms, stations, works, schools, academies; courts, tribunals,
    troikas, the procuracy), the press by its noun, committees of places the authority does not
    know, a place after a preposition, codes and statutes: with the authority cut to its core
    before the development sets (KG_AUTHORITY_CORE=predev) and with the full one."""
    from kg.resolve.authority import load_authority
    use_authority_core(monkeypatch, core)
    p = tmp_path / "institutions.txt"
    p.write_text(_INSTITUTION_SENTENCES, encoding="utf-8")
    ex = extract_documents([load_path(p)], load_authority())[0]
    text = ex.document.text

    def named(phrase, etype):     # a mention of that type holds the phrase (the authority may name more of it)
        return any(m.type == etype and phrase in m.text for m in ex.mentions)

    for body in ("machine-tractor stations", "Gorky Automobile Works", "journal Bolshevik", "party schools",
                 "Academy of Sciences of the USSR", "Rabochaya Gazeta", "Krestyanskaya Gazeta", "state farms",
                 "Akmolinsk and Kokchetav obkoms", "Верховного суда Союза ССР", "военные трибуналы", "Особое совещание",
                 "судебные тройки", "Прокуратуры", "Сумской обком", "подпольные обкомы", "Черниговский подпольный обком",
                 "Советская Сибирь"):
        assert named(body, "Body"), body
    for place in ("Sochi", "Мингрелии", "Akmolinsk", "Kokchetav"):
        assert named(place, "Place"), place
    for doc in ("Model Statute of the agricultural artel", "Уголовно-процессуального кодекса"):
        assert named(doc, "Document"), doc
    # not places: a month, a newspaper the authority knows, a factory's name, a word of a title;
    # not the class of farms: the farms' movement (the full authority may know "collective farm" itself)
    assert not any(m.type == "Place" and m.text in ("Skorokhod", "Pravda", "August", "Struggle") for m in ex.mentions)
    assert not any(m.source == "rule:institution_class" and "farm movement" in text[m.start:m.end + 9] for m in ex.mentions)
    keys = {m.text: m.key for m in ex.mentions}
    assert keys["подпольные обкомы"] == "underground_obkoms"



# sentences of the development sets (heldout4-10), verbatim; the notes are the sets' editors' notes
_GENERIC_DOCUMENT_SENTENCES = (
    "According to the indictment as printed in Pravda, the centre was organized on the instructions of Trotsky. "
    "A further announcement in the evening press states that the sentence has been carried out. "
    "The official communiqué, published in Zarya Vostoka, called it suicide. "
    "Khrushchev delivered a lengthy speech denouncing Stalin personally. "
    "The resolution is further reported to oblige every party organisation to verify its members.\n\n"
    "Сегодня публикуется сообщение ТАСС об аресте группы врачей-вредителей. "
    "Секретарь обкома тов. Лукьянов ограничился тем, что разослал райкомам циркулярное письмо, и успокоился. "
    "Заслушав сообщение тов. Сталина о директивах ЦК ВКП(б) по хлебозаготовкам, бюро постановляет.\n")


@pytest.mark.parametrize("core", ["predev", None])
def test_documents_named_generically(tmp_path, monkeypatch, core):
    """A document named by its kind and a word that makes it one (the indictment, a further
    announcement, the official communiqué, a lengthy speech), a Russian document by a qualifier
    («циркулярное письмо»), by an issuer the authority may not know («сообщение ТАСС») or by its
    speaker («сообщение тов. Сталина»)."""
    from kg.resolve.authority import load_authority
    use_authority_core(monkeypatch, core)
    p = tmp_path / "generic_documents.txt"
    p.write_text(_GENERIC_DOCUMENT_SENTENCES, encoding="utf-8")
    ex = extract_documents([load_path(p)], load_authority())[0]
    docs = {m.text for m in ex.mentions if m.type == "Document"}
    for doc in ("indictment", "further announcement", "official communiqué", "lengthy speech",
                "сообщение ТАСС", "циркулярное письмо", "сообщение тов. Сталина"):
        assert any(doc in d for d in docs), (doc, docs)
    assert not any("reported" in d or d.startswith("further report") for d in docs)   # a verb, not a report
    keys = {m.text: m.key for m in ex.mentions}
    assert keys["сообщение тов. Сталина"] == "stalin_communique"
    assert keys["сообщение ТАСС"].endswith("communique")


def test_to_bring_to_trial_names_no_court(tmp_path):
    """«предавать суду» (heldout9) is to prosecute: no court; «суды» after a verb of sending are."""
    ex = _extract_text(tmp_path, "ru_trial", (
        "Прокуратуре предложено предавать суду как уголовных преступников должностных лиц. "
        "Дела направлять в суды.\n"))
    courts = [m.text for m in ex.mentions if m.type == "Body" and m.key == "courts"]
    assert courts == ["суды"]


# sentences of the development sets (heldout6, heldout9, heldout11, heldout12), verbatim
_BODIES_BY_NOUN_SENTENCES = (
    "The Directorate of Propaganda and Agitation of the Central Committee of the VKP(B) is instructed to send a group "
    "of lecturers to Kazan. The Administration for Cadres of the Central Committee has not exercised proper control. "
    "It approved the line taken by the Soviet delegation. This morning’s Pravda publishes a short communiqué of the "
    "plenary session of the Central Committee. The State Publishing House and the other publishers, as well as the "
    "editorial boards of periodicals, must select editors carefully. Stalin controlled the Secretariat. "
    "A Higher Party School attached to the Central Committee of the VKP(b) be organised in Moscow. Obkoms are to "
    "organise two-year party schools. An Academy of Social Sciences attached to the Central Committee be established. "
    "The Marshall Plan is a plan for the economic enslavement of Europe and of Western Europe.\n\n"
    "Руководство работой военных комиссаров осуществляло Главное политическое управление Красной Армии. "
    "После поражения Крымского фронта начальником Главного политического управления стал А. С. Щербаков. "
    "Эта группа нашла поддержку во Всероссийском театральном обществе. Партийные организации Союза писателей и "
    "Всероссийского театрального общества обязаны разоблачить группу критиков. Создать при ЦК ВКП(б) Высшую школу "
    "марксизма-ленинизма. Контроль возложить на Отдел партийной пропаганды и агитации ЦК ВКП(б). Москва: Воениздат, 1963. "
    "Партия посылала его на Южный фронт. Зиновьев выступил от имени ленинградской делегации. Восстановление института "
    "комиссаров было временной мерой. Ноябрьский пленум ЦК ВКП(б) осудил правый уклон. Ломинадзе, бывший секретарь "
    "Закавказского крайкома, обвинял руководство ЦК. Съезд принял резолюцию о партийном строительстве. Сталинская Конституция закрепила это. Волжский и Донецкий "
    "районы, Каспийское море.\n")


@pytest.mark.parametrize("core", ["predev", None])
def test_bodies_named_by_their_noun(tmp_path, monkeypatch, core):
    """Institutions by their head noun in Russian (управление, общество, школа, отдел, фронт, «-издат»),
    one node in every case; organs named kind first (Directorate of …, Administration for …);
    a plenary session, the Secretariat, publishing houses, editorial boards, delegations. Not
    bodies or places: «институт комиссаров» (an institution in the abstract), «Ноябрьский»
    (a month, not Noyabrsk), «край» inside «крайкома»."""
    from kg.resolve.authority import load_authority
    use_authority_core(monkeypatch, core)
    p = tmp_path / "bodies_by_noun.txt"
    p.write_text(_BODIES_BY_NOUN_SENTENCES, encoding="utf-8")
    ex = extract_documents([load_path(p)], load_authority())[0]

    def body(phrase):
        return [m for m in ex.mentions if m.type == "Body" and phrase in m.text]

    for phrase in ("Directorate of Propaganda and Agitation", "Administration for Cadres", "Soviet delegation",
                   "plenary session", "State Publishing House", "publishers", "editorial boards", "Secretariat",
                   "Главное политическое управление", "Главного политического управления", "Всероссийском театральном обществе",
                   "Всероссийского театрального общества", "Союза писателей", "Высшую школу", "Отдел партийной пропаганды",
                   "Воениздат", "Южный фронт", "ленинградской делегации"):
        assert body(phrase), phrase
    # one node in every case
    assert len({m.key for m in body("олитическ") if "управлени" in m.text}) == 1
    assert len({m.key for m in body("театральн")}) == 1
    assert not body("института комиссаров")
    places = {m.text for m in ex.mentions if m.type == "Place"}
    assert not any(p.startswith(("Ноябрьск", "Закавказского край")) for p in places), places
    # a generated town in «-ск» is not named by its adjective (Stalin's, the Volga's, the Caspian's)
    from kg.resolve.authority import is_generic
    authority = load_authority()
    generic = {m.text for m in ex.mentions if m.type == "Place" and authority.get(m.key) and is_generic(authority.get(m.key))}
    assert not generic & {"Сталинская", "Волжский", "Донецкий", "Каспийское", "Крымского"}, generic
    # three institutions, three nodes (the authority once folded the party's schools into one)
    schools = {m.key for m in ex.mentions if m.type == "Body" and
               any(w in m.text for w in ("Higher Party School", "party schools", "Academy of Social Sciences"))}
    assert len(schools) == 3, schools
    if core is None:      # written entries (the predev core is cut before them)
        assert {"europe", "western_europe"} <= {m.key for m in ex.mentions if m.type == "Place"}
        assert not any(m.key == "partiinoe_stroitelstvo" for m in ex.mentions)   # the subject, not the journal


def test_ambassador_of_a_country_before_a_name(tmp_path):
    """"French Ambassador Catroux" (heldout10 708): the office is the vocabulary's ("French
    Ambassador"), the person the name; "Ambassador Davies" alone stays one person mention."""
    ex = _extract_text(tmp_path, "ambassador", (
        "My British and French colleagues agree; French Ambassador Catroux goes further. "
        "Ambassador Davies left Moscow in June.\n"))
    assert any(m.type == "Position" and m.text == "French Ambassador" for m in ex.mentions)
    persons = {m.text for m in ex.mentions if m.type == "Person"}
    assert "Catroux" in persons and "Ambassador Davies" in persons, persons
