"""Assertions → RDF: one named graph per source document, the ontology and the authority in
graphs of their own (rdflib is used only here and in the exporters)."""
from .build import GRAPH_AUTHORITY, GRAPH_BUILD, GRAPH_ONTOLOGY, BuildInfo, build_dataset, entity_iri

__all__ = ["GRAPH_AUTHORITY", "GRAPH_BUILD", "GRAPH_ONTOLOGY", "BuildInfo", "build_dataset", "entity_iri"]
