"""The ``kg`` command: a thin layer over :mod:`kg.api`. Every KGError becomes one line on
stderr and exit status 1."""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from . import __version__
from .errors import KGError

__all__ = ["main"]


def _clean_errors(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KGError as e:
            raise click.ClickException(str(e)) from None
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="partkg")
def main() -> None:
    """partkg: turn party documents into a knowledge graph with evidence."""


@main.command()
@click.argument("corpus", type=click.Path(path_type=Path), default=Path("corpus"))
@click.option("--out", "-o", type=click.Path(path_type=Path), default=Path("exports"), show_default=True,
              help="Folder for the exports.")
@click.option("--strict", is_flag=True,
              help="Fail (exit 1) if any document or correction has a problem, or the graph violates "
                   "ontology/shapes.ttl.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors and warnings (no progress bar).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes extracting in parallel.  [default: the cores there are]")
@click.option("--progress/--no-progress", default=True, show_default=True,
              help="Show a progress bar (only on a terminal, never with --quiet).")
@click.option("--no-cache", is_flag=True, help="Extract every document again, ignoring OUT/.cache.")
@_clean_errors
def build(corpus: Path, out: Path, strict: bool, quiet: bool, jobs: int | None, progress: bool,
          no_cache: bool) -> None:
    """Build the graph from CORPUS (default: corpus/) and write every export into --out.

    Each bad input file gets one line on stderr (and an entry in OUT/build-report.json); the
    other documents still build. Unchanged documents are taken from OUT/.cache.

    Example: kg build corpus --out exports --jobs 2
    """
    from .api import build as build_graph
    from .errors import BuildError
    result = build_graph(corpus, out, jobs=jobs, cache=not no_cache, progress=progress and not quiet,
                         validate=strict)
    for p in result.problems:
        click.echo(f"{p.severity}: {p.message}", err=True)
    if strict and result.validation is not None and result.validation.violations:
        for line in result.validation.lines()[1:]:
            click.echo(line, err=True)
    if strict and result.problems:
        raise BuildError(f"{len(result.problems)} problem(s) in the corpus (see {out / 'build-report.json'})",
                         path=corpus, hint="fix them or build without --strict")
    if strict and result.validation is not None:
        result.validation.raise_for_violations(out / "build-report.json")
    if not quiet:
        from .cache import summary_of     # cached extractions stay unread
        summaries = [summary_of(ex) for ex in result.extractions]
        n_rel = sum(s.relations for s in summaries)
        n_ent = len({i for s in summaries for i, _ in s.entities})
        click.echo(f"built {len(result.extractions)} document(s): {n_ent} entities, {n_rel} relations, "
                   f"{result.statements} triples → {out}/ ({len(result.files)} files)")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True)
@_clean_errors
def extract(files: tuple[Path, ...], fmt: str) -> None:
    """Print what each document says: entities with mentions, relations with evidence.

    One JSON object per document and line (jsonl). A file that cannot be read is reported on
    stderr; the others are still printed.

    Example: kg extract corpus/*.txt --format jsonl
    """
    from .api import corpus_authority, corpus_curation, extract_documents, load_corpus
    docs, problems = [], []
    for f in files:
        d, p = load_corpus(f)
        docs.extend(d)
        problems.extend(p)
    authority = corpus_authority(files[0]) if files else None
    curation = corpus_curation(files[0]) if files else None
    extractions = extract_documents(docs, authority, curation=curation, problems=problems, complete=False)
    for ex in extractions:
        obj = ex.to_json()
        click.echo(json.dumps(obj, ensure_ascii=False, indent=None if fmt == "jsonl" else 1))
    for p in problems:
        click.echo(f"{p.severity}: {p.message}", err=True)
    if problems and not docs:
        sys.exit(1)


@main.command()
@click.argument("query", required=False)
@click.option("--file", "-f", "qfile", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("--exports", type=click.Path(path_type=Path), default=Path("exports"), show_default=True,
              help="The folder 'kg build' wrote.")
@click.option("--saved", "-s", metavar="NAME", help="Run a saved query from queries/ (see 'kg queries').")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@_clean_errors
def query(query: str | None, qfile: Path | None, exports: Path, saved: str | None, fmt: str) -> None:
    """Run a SPARQL query (inline, a .rq file, --file, or --saved NAME) over the built graph.

    The graph is the store 'kg build' wrote (exports/store), opened read-only; the default graph
    is the union of the named graphs, and common prefixes (pkg:, rdf:, skos:, dcterms:, oa: …)
    are declared for you.

    Example: kg query 'SELECT ?body WHERE { ?body pkg:issues ?doc }'

    Example: kg query --saved cq01 --format csv
    """
    from .query import format_result, run_query
    if saved is not None:
        from .query.saved import find_saved_query
        text = find_saved_query(saved).text
    elif qfile is not None:
        text = qfile.read_text(encoding="utf-8")
    elif query is not None and query.endswith(".rq") and Path(query).exists():
        text = Path(query).read_text(encoding="utf-8")
    elif query:
        text = query
    else:
        raise click.UsageError("give a query, a .rq file, --file or --saved")
    click.echo(format_result(run_query(exports, text), fmt))


@main.command()
@click.option("--folder", type=click.Path(path_type=Path), default=None,
              help="Folder of .rq files (default: the project's queries/).")
@_clean_errors
def queries(folder: Path | None) -> None:
    """List the saved queries (one per competency question): name and question.

    Run one with 'kg query --saved NAME' (NAME may be the short form, e.g. cq01).

    Example: kg queries
    """
    from .query.saved import saved_queries
    for q in saved_queries(folder):
        click.echo(f"{q.name}\t{q.question}")


@main.command()
@click.option("--exports", type=click.Path(path_type=Path), default=Path("exports"), show_default=True,
              help="The folder 'kg build' wrote.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=7879, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Time limit per query, in seconds; a query over it is stopped (HTTP 503).")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="At most this many solutions (or triples) per answer.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Queries answered at once (one process each).")
@click.option("--quiet", "-q", is_flag=True, help="Do not log requests.")
@_clean_errors
def serve(exports: Path, host: str, port: int, timeout: float, max_rows: int, workers: int, quiet: bool) -> None:
    """Serve the built graph as a read-only SPARQL 1.1 endpoint, with a query page.

    GET or POST queries to /sparql; results as JSON, XML, CSV or TSV (SELECT, ASK) or Turtle,
    JSON-LD (CONSTRUCT, DESCRIBE) by the Accept header. Updates are refused. Open / in a
    browser for the query page, with the saved queries as examples. Ctrl+C stops it.

    Ask it from another shell: curl -H 'Accept: application/sparql-results+json'
    --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 3' http://127.0.0.1:7879/sparql

    Example: kg serve --port 7879
    """
    from .query.server import make_server
    srv = make_server(exports, host, port, timeout=timeout, max_rows=max_rows, workers=workers, log=not quiet)
    click.echo(f"SPARQL endpoint {srv.url}sparql · query page {srv.url} (Ctrl+C stops)", err=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        srv.server_close()


@main.command()
@click.option("--endpoint", required=True, metavar="URL",
              help="The Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store (Oxigraph), "
                   "http://host:3030/ds/data (Fuseki).")
@click.option("--exports", type=click.Path(path_type=Path), default=Path("exports"), show_default=True,
              help="The folder 'kg build' wrote.")
@click.option("--graph", "graphs", multiple=True, metavar="IRI", help="Publish only this graph (repeatable).")
@click.option("--user", default=None, help="User name for HTTP Basic authentication.")
@click.option("--password", default=None, envvar="KG_PUBLISH_PASSWORD",
              help="Password for --user (or the KG_PUBLISH_PASSWORD environment variable).")
@_clean_errors
def publish(endpoint: str, exports: Path, graphs: tuple[str, ...], user: str | None, password: str | None) -> None:
    """Push every named graph to a SPARQL 1.1 Graph Store Protocol server (PUT per graph).

    Publishing again replaces each graph, never duplicates it.

    Example: kg publish --endpoint http://127.0.0.1:7878/store
    """
    from .query.publish import publish as push
    done = push(exports, endpoint, user=user, password=password, graphs=list(graphs) or None)
    for r in done:
        click.echo(f"{r.graph}\t{r.triples} triples\tHTTP {r.status}")
    click.echo(f"published {len(done)} graph(s), {sum(r.triples for r in done)} triples → {endpoint}", err=True)


@main.command(name="eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of gold annotation files (one JSON per document).")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--verbose", "-v", is_flag=True, help="List missed and spurious entities and relations.")
@_clean_errors
def evaluate(gold_dir: Path, files: tuple[Path, ...], verbose: bool) -> None:
    """Score extraction of FILES against gold annotations: precision, recall and F1 for typed
    entities and relations, per document, per type and overall.

    Example: kg eval --gold ../shared/gold ../shared/seeds/*.txt
    """
    from .api import corpus_authority, extract_documents, load_corpus
    from .evaluate import evaluate as score, format_report, load_gold
    docs, problems = [], []
    for f in files:
        d, p = load_corpus(f)
        docs.extend(d)
        problems.extend(p)
    for p in problems:
        click.echo(f"error: {p.message}", err=True)
    exs = extract_documents(docs, corpus_authority(files[0]))
    preds = [ex.to_json() for ex in exs]
    texts = {ex.document.id: ex.document.text for ex in exs}
    click.echo(format_report(score(preds, load_gold(gold_dir), texts), verbose=verbose))


@main.command()
@click.argument("corpus", type=click.Path(path_type=Path), default=Path("corpus"))
@click.option("--online", is_flag=True, help="Ask Wikidata (without it, nothing goes on the network).")
@click.option("--review", type=click.Path(dir_okay=False, path_type=Path),
              help="The review file [default: CORPUS/links-review.yaml].")
@click.option("--types", default="Person,Body,Place", show_default=True,
              help="Entity types to reconcile, comma-separated.")
@click.option("--endpoint", default="https://www.wikidata.org/w/api.php", show_default=True,
              help="Wikidata's action API.")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where answers are cached [default: ~/.cache/partkg/wikidata].")
@click.option("--refresh", is_flag=True, help="Ask again even when an answer is cached.")
@click.option("--rate", type=click.FloatRange(min=0.01), default=1.0, show_default=True,
              help="At most this many requests per second.")
@click.option("--contact", help="Your e-mail or URL, sent in the User-Agent as Wikimedia asks.")
@_clean_errors
def link(corpus: Path, online: bool, review: Path | None, types: str, endpoint: str,
         cache_dir: Path | None, refresh: bool, rate: float, contact: str | None) -> None:
    """Find Wikidata candidates for the corpus's unlinked persons, bodies and places.

    With --online, searches Wikidata (cached, rate-limited) and writes the candidates with their
    scores into the review file; nothing is linked until a historian writes a QID after
    'accept:' there. The next 'kg build' applies accepted links. Without --online, says what it
    would ask and makes no request.

    Example: kg link corpus --online --contact you@example.org
    """
    from .model import ENTITY_TYPES
    from .resolve.link import WikidataClient, link_corpus
    wanted = tuple(t.strip() for t in types.split(",") if t.strip())
    unknown = [t for t in wanted if t not in ENTITY_TYPES]
    if unknown:
        raise click.BadParameter(f"{', '.join(unknown)} (known: {', '.join(ENTITY_TYPES)})", param_hint="--types")
    client = WikidataClient(endpoint=endpoint, cache_dir=cache_dir, min_interval=1.0 / rate,
                            contact=contact, refresh=refresh) if online else None
    rep = link_corpus(corpus, online=online, review=review, client=client, types=wanted)
    accepted = sorted(k for k, v in rep.decided.items() if v != "none")
    if accepted:
        click.echo(f"{len(accepted)} accepted in {rep.review} (applied by 'kg build'): {', '.join(accepted)}")
    if not rep.targets:
        click.echo("every entity of those types is linked or decided; nothing to ask")
        return
    ids = ", ".join(f"{t.id} ({t.type})" for t in rep.targets)
    if not online:
        click.echo(f"{len(rep.targets)} entities have no Wikidata link: {ids}")
        click.echo(f"'kg link --online' would make {rep.searches} name searches and 2 batched look-ups at "
                   f"{endpoint} (at most {rate:g}/s, cached), then write the candidates into {rep.review}; "
                   "no request was made")
        return
    suggested = sum(1 for cands in rep.results.values() if any(not c.rejected for c in cands))
    click.echo(f"asked Wikidata about {len(rep.targets)} entities ({rep.requests} requests, "
               f"{rep.cache_hits} answers from the cache); candidates for {suggested} written to {rep.review}")
    click.echo(f"review them there: write a QID after 'accept:' to link; nothing is linked until you do")


@main.command()
@click.option("--exports", type=click.Path(path_type=Path), default=Path("exports"), show_default=True,
              help="The folder 'kg build' wrote (its partkg.trig is validated).")
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A SHACL shapes file.  [default: ontology/shapes.ttl]")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_clean_errors
def validate(exports: Path, shapes: Path | None, fmt: str) -> None:
    """Check the built graph against the SHACL shapes and the evidence against the text.

    Prints whether the graph conforms, then one line per violation: focus node, path, message
    (and the named graph). Exits 1 if there is a violation.

    Example: kg validate --exports exports
    """
    from .graph.validate import SHAPES_FILE, validate_exports
    report = validate_exports(exports, shapes or SHAPES_FILE)
    if fmt == "json":
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
    else:
        for line in report.lines():
            click.echo(line)
    if not report.conforms:
        sys.exit(1)


if __name__ == "__main__":   # pragma: no cover
    main()
