"""``kg publish``: push every named graph of the built dataset to a triplestore.

Uses the SPARQL 1.1 Graph Store HTTP Protocol, which Oxigraph server (``/store``), Apache Jena
Fuseki (``/{dataset}/data``), GraphDB (``/repositories/{id}/rdf-graphs/service``), Virtuoso
(``/sparql-graph-crud``) and others speak: one ``PUT {endpoint}?graph={iri}`` per graph, with
the graph as N-Triples. PUT replaces the graph, so publishing again replaces each graph and
never duplicates a triple. Graphs on the server that the dataset no longer has are left alone.
"""
from __future__ import annotations

import base64
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

import pyoxigraph as ox

from ..errors import KGError
from .engine import open_store

__all__ = ["PublishError", "Published", "publish"]


class PublishError(KGError):
    """The triplestore refused a graph, or could not be reached."""


@dataclass(frozen=True)
class Published:
    graph: str
    triples: int
    status: int


def _graph_url(endpoint: str, graph: str) -> str:
    sep = "&" if urlsplit(endpoint).query else "?"
    return f"{endpoint}{sep}graph={quote(graph, safe='')}"


def publish(exports: Path, endpoint: str, *, user: str | None = None, password: str | None = None,
            timeout: float = 60.0, graphs: list[str] | None = None) -> list[Published]:
    """PUT each named graph of the graph built into ``exports`` to the Graph Store ``endpoint``.

    ``graphs`` restricts it to those graph IRIs. Returns what was sent, graph by graph.
    """
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PublishError(f"not an HTTP URL: {endpoint!r}",
                           hint="give the Graph Store endpoint, e.g. http://127.0.0.1:7878/store")
    store = open_store(exports)
    names = sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
    if graphs:
        unknown = sorted(set(graphs) - set(names))
        if unknown:
            raise PublishError(f"no such graph in the dataset: {', '.join(unknown)}",
                               hint=f"the dataset has {len(names)} graph(s); 'kg query \"SELECT DISTINCT ?g "
                                    "WHERE { GRAPH ?g {} }\"' lists them")
        names = [g for g in names if g in set(graphs)]
    if not names:
        raise PublishError("the dataset has no named graph to publish", path=exports, hint="run 'kg build' first")
    headers = {"Content-Type": "application/n-triples; charset=utf-8", "User-Agent": "partkg"}
    if user is not None:
        token = base64.b64encode(f"{user}:{password or ''}".encode("utf-8")).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    done = []
    for name in names:
        triples = [q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(name))]
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        req = urllib.request.Request(_graph_url(endpoint, name), data=body, headers=headers, method="PUT")
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                status = resp.status
        except urllib.error.HTTPError as e:
            detail = e.read(300).decode("utf-8", "replace").strip().splitlines()
            raise PublishError(f"{endpoint} refused graph <{name}>: HTTP {e.code} {e.reason}"
                               + (f": {detail[0]}" if detail else ""),
                               hint="check that the URL is the Graph Store endpoint and that writes are allowed") \
                from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise PublishError(f"cannot reach {endpoint}: {reason}",
                               hint="is the triplestore running, and is this its Graph Store URL?") from None
        done.append(Published(name, len(triples), status))
    return done
