"""The vocabulary rule (kg.extract.patterns.vocabulary, rows in kg.extract.lexicon.VOCABULARY):
the party's classes of people, campaigns and offices named by a common noun, found without the
authority knowing them. Sentences are quoted from the development sets (tests/data/heldout*)
and the seed corpus; extraction runs on the predev core of the authority (KG_AUTHORITY_CORE=predev,
the entries it had before the first development set), so what is found is the rule's."""
from __future__ import annotations

import pytest

from kg.extract import gazetteer_for
from kg.extract.mentions import find_mentions
from kg.extract.patterns import vocabulary
from kg.model import Document
from kg.resolve.authority import authority_core, load_authority


@pytest.fixture(scope="module")
def gz():
    return gazetteer_for(authority_core(load_authority(), "predev"))


def found(gz, text: str) -> dict[str, tuple[str, str]]:
    """surface -> (type, key) of what the rule finds in ``text``."""
    return {m.text: (m.type, m.key) for m in vocabulary(text, [], gz)}


def test_condemned_categories_in_english(gz):
    got = found(gz, "Who does not know the incorrigible bureaucrats and red-tapists whose removal no one would "
                    "regret? Who does not know the windbags, who are incapable of leading and turn every matter "
                    "into idle chatter about \"leadership in general\"?")   # heldout2, Stalin 1934
    assert got["incorrigible bureaucrats"] == ("Group", "bureaucrats")
    assert got["red-tapists"] == ("Group", "bureaucrats")
    assert got["windbags"][0] == "Group"


def test_condemned_categories_in_russian_in_any_case(gz):
    got = found(gz, "Этой безответственностью широко пользуются враги партии — троцкисты, зиновьевцы, шпионы и "
                    "жулики, — которые по подложным или похищенным партбилетам проникают в ряды ВКП(б).")  # heldout5
    assert got["жулики"][0] == "Group"
    got = found(gz, "Снять с поста второго секретаря ЦК КП(б) Грузии как не обеспечившего партийного руководства и "
                    "покровительствующего взяточникам.")   # heldout7
    assert got["взяточникам"] == ("Group", "bribe_takers")


def test_social_classes_and_their_exclusions(gz):
    got = found(gz, "I set out my views on the alliance of the working class and the peasantry.")   # heldout3
    assert got["working class"][0] == "Group" and got["peasantry"][0] == "Group"
    # "the dictatorship of the proletariat" names a regime, not the class as an actor (heldout8)
    assert found(gz, "provided the dictatorship of the proletariat in Russia was overthrown.") == {}
    got = found(gz, "Колхозники вправе ждать, что их общественное хозяйство будет под защитой.")   # heldout9
    assert got["Колхозники"] == ("Group", "collective_farmers")


def test_campaigns_and_operations(gz):
    got = found(gz, "Alongside the \"kulak operation\" the NKVD conducted the so-called national operations "
                    "against Poles, Germans, Latvians, \"Harbinites\" and others.")   # heldout, Great Terror essay
    assert got["kulak operation"][0] == got["national operations"][0] == "Event"
    assert got["kulak operation"][1] != got["national operations"][1]
    assert found(gz, "The Party resorted to extraordinary measures, and we all voted for them.")[
        "extraordinary measures"][0] == "Event"   # heldout3, Bukharin 1929
    # «массовых операций» and «массовых арестов» (heldout10, the decree of 17 November 1938): one event
    text = ("Запретить органам НКВД и Прокуратуры производство каких-либо массовых операций по арестам и выселению. "
            "Работники НКВД возбуждают вопросы о предоставлении им так называемых «лимитов» для производства "
            "массовых арестов.")
    got = found(gz, text)
    assert got["массовых операций"] == got["массовых арестов"] == ("Event", "mass_operations")


def test_an_affair_named_by_its_adjective(gz):
    got = found(gz, "Смоленское дело — урок для всей партии. О шахтинском деле писали все газеты.")   # heldout2
    assert got["Смоленское дело"][0] == "Event"
    assert got["шахтинском деле"][0] == "Event"
    assert got["Смоленское дело"][1] != got["шахтинском деле"][1]


def test_ranks_without_their_body(gz):
    text = ("The case of Marshal M. N. Tukhachevsky, Army Commanders I. E. Yakir and I. P. Uborevich, and Corps "
            "Commanders Kork, Eideman, Feldman, Primakov and Putna was heard yesterday in closed session.")   # heldout8
    got = found(gz, text)
    assert got["Army Commanders"] == ("Position", "army_commander")
    assert got["Corps Commanders"] == ("Position", "corps_commander")
    # a rank is capitalised; "the army commanders of the district" is no office named
    assert "army commanders" not in found(gz, "the army commanders of the district")


def test_former_categories_one_group_in_apposition(gz):
    text = ("The purges were aimed at two categories: first, the careerists and criminals who flooded the party; "
            "second, the former political opponents, former liberals and socialists in whose new orthodoxy "
            "Lenin did not believe.")   # the seed essay (corpus/003)
    got = found(gz, text)
    assert got["former political opponents"][0] == "Group"
    assert got["former liberals"] == got["former political opponents"]
    # a former belief is not a category of people (heldout3, the CCC report of 1930)
    assert found(gz, "Trotskyists who had not honestly broken with their former views were also removed.") == {}


def test_the_rule_keys_to_the_authority_where_it_knows_the_name(gz):
    """With the full authority the rule's keys are the authority's ids, so the ablation and the
    full file give the same node for a name both find."""
    full = gazetteer_for(load_authority())
    got = {m.text: m.key for m in vocabulary("Mass repressions grew; the mass repression of 1937 was planned.", [], full)}
    assert got["Mass repressions"] == got["mass repression"]
    assert full.entry(got["mass repression"]) is not None


def test_the_mentions_survive_resolution_in_a_document(gz):
    doc = Document("t", "Such practices are a gift to the Right opportunists, who claim that the party cannot lead "
                        "the collective farm movement without a swollen bureaucracy.")   # heldout9, Kaganovich 1930
    ms = {m.text: m.type for m in find_mentions(doc, gz)}
    assert ms.get("Right opportunists") == "Group"
    assert ms.get("collective farm movement") == "Event"
