"""SPARQL over the built graph."""
from .engine import QueryResult, format_result, run_query

__all__ = ["QueryResult", "format_result", "run_query"]
