"""Families of Group, Event and Document mentions found without the authority knowing them
(eighth session, issue 3): the old ruling classes by a nationality, the labour movement's
currents, managers and secretaries, the opposition's "centres", Russian classes in their case
forms, the party's discussions, works with no author in a literature line, and the false
positives they replaced (a party's "(Bolsheviks)", leading read as leaders, a book's title).
Sentences are quoted from the development sets (tests/data/heldout*); extraction runs on the
predev core of the authority, so what is found is the rules'."""
from __future__ import annotations

import pytest

from kg.extract import extract, gazetteer_for
from kg.extract.mentions import find_mentions
from kg.extract.patterns import vocabulary
from kg.model import Document
from kg.resolve.authority import authority_core, load_authority


@pytest.fixture(scope="module")
def predev():
    return authority_core(load_authority(), "predev")


@pytest.fixture(scope="module")
def gz(predev):
    return gazetteer_for(predev)


def found(gz, text: str) -> dict[str, tuple[str, str]]:
    """surface -> (type, key) of what the vocabulary rule finds in ``text``."""
    return {m.text: (m.type, m.key) for m in vocabulary(text, [], gz)}


def mentions(gz, text: str) -> dict[str, tuple[str, str]]:
    """surface -> (type, key) of the resolved mentions of a one-text document."""
    return {m.text: (m.type, m.key) for m in find_mentions(Document("t", text), gz)}


def test_old_ruling_classes_by_nationality(gz):
    got = found(gz, "by the Mongol khans, by the Turkish beys, by the Swedish feudal lords, by the Polish and "
                    "Lithuanian gentry, by the British and French capitalists, by the Japanese barons.")  # heldout11
    for surface in ("Mongol khans", "Turkish beys", "Swedish feudal lords", "Polish and Lithuanian gentry",
                    "British and French capitalists", "Japanese barons"):
        assert got[surface][0] == "Group", surface
    assert got["Mongol khans"][1] != got["Turkish beys"][1]
    got = found(gz, "пытались оторвать Украину от Советского Союза и отдать её под ярмо польских панов и германских "
                    "фашистов.")   # heldout10, Khrushchev 1938
    assert got["польских панов"][0] == "Group"
    # a class word as a possessive, with no nationality, is not the class: "the khans' epic" (heldout12)
    assert "khans" not in found(gz, "popularised the khans' epic \"Idegei\", which glorifies the feudal aristocracy")
    assert found(gz, "which glorifies the feudal aristocracy and its raids")["feudal aristocracy"][0] == "Group"


def test_currents_of_the_labour_movement(gz):
    got = found(gz, "The American imperialists have found faithful helpers in the right-wing socialists: Blum in "
                    "France, Attlee and Bevin in Britain.")   # heldout12, Zhdanov 1947
    assert got["right-wing socialists"][0] == "Group"
    assert found(gz, "4. Towards the “fellow-travellers” the Party prescribes a tactful and careful "
                     "attitude.")["fellow-travellers"] == ("Group", "fellow_travellers")   # heldout11
    # "socialists" alone stays out ("former liberals and socialists" is one category: seeds, 003)
    assert "socialists" not in found(gz, "former liberals and socialists")
    got = found(gz, "кадров из троцкистов, бухаринцев, эсеров, меньшевиков, буржуазных националистов")   # heldout10
    assert got["эсеров"] == ("Group", "srs")


def test_adherents_ending_in_intsy(gz):
    got = mentions(gz, "диверсионных и вредительских кадров из троцкистов, бухаринцев, эсеров, меньшевиков")
    assert got["бухаринцев"][0] == "Group"


def test_russian_classes_in_their_case_forms(gz):
    got = found(gz, "В ротах, батареях и эскадронах вводились политические руководители (политруки). Руководство "
                    "работой военных комиссаров осуществляло Главное политическое управление.")   # heldout12
    assert got["политические руководители"] == got["политруки"] == ("Group", "politruks")
    assert got["военных комиссаров"] == ("Group", "military_commissars")
    got = found(gz, "Запрещается на время чистки прием в партию новых членов, за исключением рабочих от станка.")
    assert got["рабочих от станка"] == ("Group", "bench_workers")   # heldout3, 1929
    # «рабочих» is the class where no noun follows it; «рабочих мест» is not
    assert found(gz, "вело лекционную работу среди рабочих и комсомольцев")["рабочих"] == ("Group", "workers")
    assert "рабочих" not in found(gz, "создание новых рабочих мест")
    assert found(gz, "вело лекционную работу среди рабочих и комсомольцев")["комсомольцев"][0] == "Group"


def test_two_classes_joined_are_one_group_not_a_nested_one(gz):
    got = {(m.text, m.source) for m in find_mentions(Document("t", "обвинял руководство ЦК в «барско-феодальном "
                                                             "отношении» к нуждам рабочих и крестьян."), gz)}
    assert ("рабочих и крестьян", "rule:vocabulary") in got
    assert not any(text == "крестьян" for text, _ in got)     # heldout11, 1930


def test_the_oppositions_centres_and_their_trial(gz):
    got = mentions(gz, "tried Nikolaev and thirteen co-defendants in the trial of the so-called \"Leningrad Centre\"; "
                       "all fourteen were shot within an hour of the verdict.")   # heldout2
    assert got["Leningrad Centre"][0] == "Group"
    assert any(t == "Event" and "Leningrad Centre" in s for s, (t, _) in got.items())
    assert "Wilson Center" not in found(gz, "the Wilson Center Digital Archive")


def test_discussions_one_event_by_topic(gz):
    text = ("Stalin, Marr and the linguistics discussion of 1950. On 9 May 1950 Pravda opened a free discussion on "
            "linguistics with an article by the Georgian linguist Arnold Chikobava.")   # heldout12
    got = found(gz, text)
    assert got["linguistics discussion"] == got["free discussion on linguistics"]
    assert got["linguistics discussion"][0] == "Event"
    # "a discussion on questions which …": no qualifier, no event (heldout11)
    assert found(gz, "opened a discussion on questions which had long been settled") == {}


def test_party_in_brackets_is_no_group_and_no_person(predev):
    doc = Document("t", "In July 1936 Agasi Khanjian, first secretary of the Communist Party (Bolsheviks) of Armenia, "
                        "died of a gunshot wound in Beria's office.")   # heldout10
    ex = extract(doc, predev)
    assert not [e for e in ex.entities if e.id == "bolsheviks"]
    doc = Document("t", "VIII пленум Центрального Комитета Коммунистической партии (большевиков) Эстонии.")
    assert not [e for e in extract(doc, predev).entities if e.type == "Group"]


def test_leading_is_not_the_leaders(gz):
    got = mentions(gz, "СНК СССР и ЦК ВКП(б) отмечают, что за 1937–1938 гг. под руководством партии органы НКВД "
                       "проделали большую работу.")   # heldout10
    assert not any(t == "Group" for t, _ in got.values())
    got = mentions(gz, "the leaders of the Kiev obkom surrounded themselves with people selected on grounds of personal "
                       "loyalty. The CC KP(b)U is to submit proposals for strengthening the leadership of the Kiev "
                       "obkom.")   # heldout10
    groups = {s: k for s, (t, k) in got.items() if t == "Group"}
    assert groups.get("leadership of the Kiev obkom") == groups.get("leaders of the Kiev obkom") is not None


def test_a_work_without_an_author_in_a_literature_line(gz):
    text = "Съезд одобрил резолюцию.\n\nЛит.: Тринадцатый съезд РКП(б). Май 1924 года. Стенографический отчёт. М., 1963.\n"
    got = mentions(gz, text)   # heldout7
    assert got["Тринадцатый съезд РКП(б). Май 1924 года. Стенографический отчёт"][0] == "Document"
    text = "It was abolished in 1934.\n\nBibliography: Bol'shaya Sovetskaya Entsiklopediya, 3rd ed., vol. 28 (Moscow, 1978).\n"
    assert mentions(gz, text)["Bol'shaya Sovetskaya Entsiklopediya"][0] == "Document"   # heldout3


def test_a_decision_before_a_dated_decree_is_its_own_document(gz):
    text = ("В начале Великой Отечественной войны по решению ЦК ВКП(б) указом Президиума Верховного Совета СССР от "
            "16 июля 1941 г. институт военных комиссаров был восстановлен.")   # heldout12
    docs = {s: k for s, (t, k) in mentions(gz, text).items() if t == "Document"}
    assert "решению ЦК ВКП(б)" in docs
    assert any(s.startswith("указом") and k.endswith("1941_07_16") for s, k in docs.items())


def test_an_event_in_a_books_title_is_the_books(gz):
    text = ("The Workers' Opposition was condemned in 1921.\n\nSource: entry written in the style of a reference work; "
            "facts follow standard accounts, e.g. R. V. Daniels, The Conscience of the Revolution (Cambridge, Mass., 1960).\n")
    got = mentions(gz, text)   # heldout
    assert not any(t == "Event" for t, _ in got.values())
