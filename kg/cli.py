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
@click.option("--strict", is_flag=True, help="Fail (exit 1) if any document has a problem.")
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
    result = build_graph(corpus, out, jobs=jobs, cache=not no_cache, progress=progress and not quiet)
    for p in result.problems:
        click.echo(f"{p.severity}: {p.message}", err=True)
    if strict and result.problems:
        raise BuildError(f"{len(result.problems)} problem(s) in the corpus (see {out / 'build-report.json'})",
                         path=corpus, hint="fix them or build without --strict")
    if not quiet:
        n_rel = sum(len(ex.assertions) for ex in result.extractions)
        n_ent = len({e.id for ex in result.extractions for e in ex.entities})
        click.echo(f"built {len(result.extractions)} document(s): {n_ent} entities, {n_rel} relations, "
                   f"{len(result.dataset)} triples → {out}/ ({len(result.files)} files)")


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
    from .api import corpus_authority, extract_documents, load_corpus
    docs, problems = [], []
    for f in files:
        d, p = load_corpus(f)
        docs.extend(d)
        problems.extend(p)
    authority = corpus_authority(files[0]) if files else None
    extractions = extract_documents(docs, authority)
    for ex in extractions:
        obj = ex.to_json()
        click.echo(json.dumps(obj, ensure_ascii=False, indent=None if fmt == "jsonl" else 1))
    for p in problems:
        click.echo(f"error: {p.message}", err=True)
    if problems and not docs:
        sys.exit(1)


@main.command()
@click.argument("query", required=False)
@click.option("--file", "-f", "qfile", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("--exports", type=click.Path(path_type=Path), default=Path("exports"), show_default=True,
              help="The folder 'kg build' wrote.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@_clean_errors
def query(query: str | None, qfile: Path | None, exports: Path, fmt: str) -> None:
    """Run a SPARQL query (inline, a .rq file, or --file) over the built graph.

    Example: kg query 'SELECT ?body WHERE { ?body pkg:issues ?doc }'
    """
    from .query import format_result, run_query
    if qfile is not None:
        text = qfile.read_text(encoding="utf-8")
    elif query is not None and query.endswith(".rq") and Path(query).exists():
        text = Path(query).read_text(encoding="utf-8")
    elif query:
        text = query
    else:
        raise click.UsageError("give a query, a .rq file, or --file")
    click.echo(format_result(run_query(exports, text), fmt))


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
    preds = [ex.to_json() for ex in extract_documents(docs, corpus_authority(files[0]))]
    click.echo(format_report(score(preds, load_gold(gold_dir)), verbose=verbose))


if __name__ == "__main__":   # pragma: no cover
    main()
