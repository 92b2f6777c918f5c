"""The partkg vocabulary. GENERATED from ontology/partkg.ttl by `python -m kg.graph.vocabgen`:
do not edit by hand; a test fails when this file and the ontology drift apart."""
from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class PKG(DefinedNamespace):
    _NS = Namespace("https://w3id.org/partkg/ontology#")
    _fail = True

    # classes
    Assertion: URIRef
    Body: URIRef
    Build: URIRef
    Decision: URIRef
    Document: URIRef
    Event: URIRef
    Extraction: URIRef
    Group: URIRef
    Mention: URIRef
    Person: URIRef
    Place: URIRef
    Position: URIRef
    Quantity: URIRef

    # properties
    about: URIRef
    absolves: URIRef
    accordingTo: URIRef
    addressee: URIRef
    authoredBy: URIRef
    authorizes: URIRef
    comparesTo: URIRef
    confidence: URIRef
    criticizes: URIRef
    dated: URIRef
    deadline: URIRef
    demands: URIRef
    documentCount: URIRef
    documentId: URIRef
    expels: URIRef
    extractor: URIRef
    forbids: URIRef
    genre: URIRef
    headOf: URIRef
    holdsPosition: URIRef
    isClass: URIRef
    issuedBy: URIRef
    issues: URIRef
    locatedIn: URIRef
    memberOf: URIRef
    mentionedIn: URIRef
    modality: URIRef
    number: URIRef
    originalPublication: URIRef
    partOf: URIRef
    publishedIn: URIRef
    qualifier: URIRef
    quantityKind: URIRef
    quote: URIRef
    quoteEnd: URIRef
    quoteStart: URIRef
    references: URIRef
    reported: URIRef
    reportsOn: URIRef
    sentTo: URIRef
    sourceFile: URIRef
    status: URIRef
    text: URIRef
    translationSource: URIRef
    unit: URIRef
    wikidataId: URIRef
