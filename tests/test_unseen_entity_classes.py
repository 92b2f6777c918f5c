"""Classes of names the authority does not list, found by their head noun or kind (ninth
session, issue 3, read on heldout13/14 when they became development sets): officials by a
fault, the church and its flock, voters, the non-party, women and the young, campaigns by their
noun (socialist competition, rationing, the amalgamation of kolkhozes), classes of institutions by
a qualifier (State shops, wall newspapers, local organs), a settlement by its kind («г. Руза»,
«Московской губ.», "the village of Dymovka"), a document by its author after "by", a work of
art by its kind and quoted title, and a heading run on into its title. Sentences are quoted from
the development sets; extraction runs on the predev core of the authority."""
from __future__ import annotations

import pytest

from kg.extract import gazetteer_for
from kg.extract.mentions import find_mentions
from kg.extract.patterns import place_settlement, vocabulary
from kg.model import Document
from kg.resolve.authority import authority_core, load_authority


@pytest.fixture(scope="module")
def gz():
    return gazetteer_for(authority_core(load_authority(), "predev"))


def found(gz, text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.key) for m in vocabulary(text, [], gz)}


def mentions(gz, text: str, **meta) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.key) for m in find_mentions(Document("t", text, meta=meta), gz)}


def test_english_classes_of_people(gz):
    got = found(gz, 'that the Party will continue to blame "kulak saboteurs" and "negligent officials" in the '
                    "local organs")   # heldout13, Chilston 1934
    assert got["negligent officials"][0] == "Group"
    assert got["local organs"][0] == "Body"
    got = found(gz, "goes forward not alone but in a bloc with non-party people. In the past Communists were "
                    "distrustful of non-party people")   # heldout14, Stalin 1946
    assert got["non-party people"][0] == "Group"
    assert found(gz, "at a meeting of voters of the Stalin electoral district")["voters"] == ("Group", "voters")
    assert found(gz, "especially dangerous for the youth. The student youth, the most sensitive")["student youth"][0] == "Group"
    # a party's members are not a "party youth" here: "youth" alone stays out
    assert "youth" not in found(gz, "especially dangerous for the youth.")


def test_church_and_old_regime(gz):
    got = found(gz, "had interfered administratively in the activity of religious associations. The Russian "
                    "Orthodox Church, whose Patriarch")   # heldout14, 1954
    assert got["religious associations"][0] == "Body"
    assert got["Russian Orthodox Church"] == ("Body", "orthodox_church")
    assert found(gz, "he was arrested by the tsarist government")["tsarist government"][0] == "Body"


def test_russian_classes_and_campaigns(gz):
    got = found(gz, "организовывал делегатские собрания работниц и крестьянок, издавал журналы")   # heldout13
    assert got["делегатские собрания"][0] == "Body"
    assert got["работниц"] == ("Group", "women_workers")
    assert got["крестьянок"] == ("Group", "peasant_women")
    # the journal «Работница» (a singular noun) is not the class
    assert "Работница" not in found(gz, "издавал журналы «Коммунистка» и «Работница»")
    got = found(gz, "превратить соревнование из почина отдельных ударных бригад в массовое движение")   # heldout13
    assert got["ударных бригад"][0] == "Group"
    assert found(gz, "Социалистическое соревнование — коммунистический метод строительства социализма")[
        "Социалистическое соревнование"] == ("Event", "socialist_competition")
    assert found(gz, "Есть случаи, когда районные работники подменяют добровольное")["районные работники"][0] == "Group"
    assert found(gz, "Укрупнение колхозов — дело добровольное")["Укрупнение колхозов"][0] == "Event"   # heldout14
    # «местных работников» is not a class the gold sets count (heldout2): left out
    assert "местных работников" not in found(gz, "помощь местных работников")


def test_english_campaigns_and_institutions(gz):
    got = found(gz, "bread is henceforth to be sold freely in the State shops at uniform prices; the ration-card "
                    "system is abolished")   # heldout13, Chilston 1934
    assert got["State shops"][0] == "Body"
    assert got["ration-card system"] == ("Event", "bread_rationing")
    assert found(gz, "socialist competition and shock work")["socialist competition"] == ("Event", "socialist_competition")
    assert found(gz, "the tasks of socialist construction")["socialist construction"] == ("Event", "socialist_construction")


def test_settlements_by_kind(gz):
    text = "ЩЕРБАКОВ Александр Сергеевич (27.IX.1901, г. Руза Московской губ., — 10.V.1945, Москва)"   # heldout14
    got = {m.text: m.type for m in place_settlement(text, [], gz)}
    assert got == {"г. Руза": "Place", "Московской губ.": "Place"}
    # the year's «г.» before a capital is not a town
    assert place_settlement("В 1937 г. Центральный Комитет постановил", [], gz) == []
    got = {m.text: m.type for m in place_settlement("Grigory Malinovsky was murdered in the village of Dymovka in "
                                                    "the Nikolaev district", [], gz)}   # heldout9
    assert got == {"Dymovka": "Place"}


def test_document_by_its_author(gz):
    text = ("The plenum heard a report by M. Molotov, President of the Council, and a report by "
            "M. Kaganovich on the work of the political departments.")   # heldout13, Chilston 1934
    # the document is the noun, keyed as "Molotov's report" is; "by M. Molotov" stays the relation's evidence
    docs = [(m.text, m.key) for m in find_mentions(Document("t", text), gz) if m.type == "Document"]
    assert sorted(docs) == [("report", "kaganovich_report"), ("report", "molotov_report")]


def test_work_of_art_and_heading_run_on_into_title(gz):
    text = ("Постановление Центрального Комитета ВКП(б) об опере «Великая дружба» В. Мурадели. 10 февраля 1948 г.\n\n"
            "Центральный Комитет ВКП(б) считает, что опера «Великая дружба» (музыка В. Мурадели, либретто "
            "Г. Мдивани) является порочным как в музыкальном, так и в художественном отношении произведением.")   # heldout14
    got = mentions(gz, text, title="Об опере «Великая дружба» В. Мурадели")
    docs = {s: k for s, (t, k) in got.items() if t == "Document"}
    # the heading is the document itself, not a second resolution of the CC
    assert "Постановление Центрального Комитета ВКП(б)" not in docs or docs["Постановление Центрального Комитета ВКП(б)"] == "__this__"
    assert docs.get("Великая дружба") not in (None, "__this__")


def test_institutions_by_head_noun(gz):
    from kg.extract.patterns import institution_name
    def bodies(text):
        return {m.text: m.type for m in institution_name(text, [], gz)}
    assert bodies("As a turner at the Putilov works in St. Petersburg he joined")["Putilov works"] == "Body"   # heldout14
    assert "AMO works" in bodies("the workers of the Elektrozavod and of the AMO works spend two hours a day")   # heldout13
    assert bodies("Speech at an election meeting in the Bolshoi Theatre, February 9, 1946") == {"Bolshoi Theatre": "Body"}
    # "the works of Marx": no name before the lower-case head
    assert bodies("He read the works of Marx and Engels.") == {}


def test_russian_committees_for_affairs_and_theatres(gz):
    got = found(gz, "2. Предложить Управлению пропаганды и агитации ЦК и Комитету по делам искусств добиться "
                    "исправления положения")   # heldout14, 1948
    assert got["Комитету по делам искусств"][0] == "Body"
    again = found(gz, "Комитет по делам искусств при Совете Министров СССР")
    assert again["Комитет по делам искусств"][1] == got["Комитету по делам искусств"][1]   # one key in every case
    assert found(gz, "поставленная Большим театром Союза ССР")["Большим театром"][0] == "Body"
