"""Generate ``kg/vocab.py`` from ``ontology/partkg.ttl`` (the ontology is the source of truth).

    python -m kg.graph.vocabgen            # rewrite kg/vocab.py
    python -m kg.graph.vocabgen --check    # exit 1 if kg/vocab.py has drifted

The generated class is an rdflib ``DefinedNamespace`` with ``_fail = True``: a typo in a term
name is an error at import time, not a silent new IRI.
"""
from __future__ import annotations

import sys
from pathlib import Path

from rdflib import OWL, RDF, Graph, URIRef

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY_FILE = ROOT / "ontology" / "partkg.ttl"
VOCAB_FILE = ROOT / "kg" / "vocab.py"
NS = "https://w3id.org/partkg/ontology#"


def render(ontology: Path = ONTOLOGY_FILE) -> str:
    g = Graph().parse(ontology, format="turtle")
    classes, props = set(), set()
    for kind, bucket in ((OWL.Class, classes), (OWL.ObjectProperty, props), (OWL.DatatypeProperty, props)):
        for s in g.subjects(RDF.type, kind):
            if isinstance(s, URIRef) and str(s).startswith(NS):
                bucket.add(str(s)[len(NS):])
    lines = [
        '"""The partkg vocabulary. GENERATED from ontology/partkg.ttl by `python -m kg.graph.vocabgen`:',
        'do not edit by hand; a test fails when this file and the ontology drift apart."""',
        "from rdflib import URIRef",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "",
        "",
        "class PKG(DefinedNamespace):",
        "    _NS = Namespace(\"%s\")" % NS,
        "    _fail = True",
        "",
        "    # classes",
    ]
    lines += [f"    {c}: URIRef" for c in sorted(classes)]
    lines += ["", "    # properties"]
    lines += [f"    {p}: URIRef" for p in sorted(props)]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = VOCAB_FILE.read_text(encoding="utf-8") if VOCAB_FILE.exists() else ""
        if current != text:
            print("kg/vocab.py is out of date with ontology/partkg.ttl: run python -m kg.graph.vocabgen")
            return 1
        return 0
    VOCAB_FILE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
