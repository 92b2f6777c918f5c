"""The Python vocabulary is generated from the ontology and must not drift from it."""
from kg.graph.vocabgen import VOCAB_FILE, render


def test_vocab_matches_ontology():
    assert VOCAB_FILE.read_text(encoding="utf-8") == render(), "run: python -m kg.graph.vocabgen"
