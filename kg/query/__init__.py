"""SPARQL over the built graph: the embedded store, saved queries, an endpoint, publishing."""
from .engine import QueryResult, execute, format_result, open_store, run_query

__all__ = ["QueryResult", "execute", "format_result", "open_store", "run_query"]
