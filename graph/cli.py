"""The ``radix`` command: query, validate, export and explore the graph, and serve it (:mod:`graph.web.app`).

Exit codes: 0 success; 1 validation found violations; 2 bad input (a malformed query, an unknown
format or parameter, a file that does not parse). Errors print one line to stderr naming the
problem, never a traceback; nothing is written to an output file unless the command succeeds.

Over the size guide on purpose: this is the table of every command and its thin handler (parse, call
the room that does the work, print); the work itself lives in the rooms, so splitting the table would
only scatter the command list.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pyoxigraph as ox

from graph import __version__
from graph.ask.export import EXPORT_FORMATS, export
from graph.ask.kgx import write_kgx
from graph.ask.namedqueries import load_named_queries, named_query_or_file
from graph.ask.sparql import (
    GRAPH_FORMATS,
    SOLUTION_FORMATS,
    formats_for,
    query_kind,
    render_table,
    run,
    serialize,
    table,
)
from graph.errors import RadixError, UnsupportedFormatError
from graph.explore.bind import checked_bindings
from graph.explore.explorer import Explorer
from graph.explore.phenopacket import read_phenopacket
from graph.load.entail import entail
from graph.load.store import BACKENDS, load_graph, oxigraph_store
from graph.paths import ONTOLOGY_DIR

QUERY_FORMATS = [
    "table",
    *SOLUTION_FORMATS,
    *(name for name in GRAPH_FORMATS if name not in SOLUTION_FORMATS),
]

EXIT_OK, EXIT_VIOLATIONS, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``radix`` command line; return its exit code."""
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    if getattr(args, "handler", None) is _serve:
        args.serve_args = extra  # the server parses its own options (--port, --data ...)
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if not hasattr(args, "handler"):
        parser.print_help()
        return EXIT_USAGE
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except RadixError as exc:
        print(f"radix: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="radix", description="Radix: the spinal nerve root knowledge graph.")
    parser.add_argument("--version", action="version", version=f"radix {__version__}")
    parser.add_argument("--ontology", type=Path, default=ONTOLOGY_DIR, help="the ontology folder to load")
    parser.add_argument("--backend", choices=BACKENDS, default="oxigraph", help="triple store under rdflib")
    commands = parser.add_subparsers(metavar="COMMAND")

    query = commands.add_parser("query", help="run a SPARQL query, a .rq file or a named query")
    query.add_argument("query", nargs="?", help="query text, a path to a .rq file, or a named query's name")
    query.add_argument("--format", "-f", default="table", help=f"output format: {', '.join(QUERY_FORMATS)}")
    query.add_argument(
        "--param", "-p", action="append", default=[], metavar="NAME=VALUE", help="a named query's parameter"
    )
    query.add_argument("--output", "-o", type=Path, help="write the answer to this file instead of stdout")
    query.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    query.set_defaults(handler=_query)

    validate = commands.add_parser("validate", help="run the SHACL shapes, quality checks and OWL RL check")
    validate.add_argument(
        "--check",
        action="append",
        metavar="NAME",
        help="run only this check (repeatable; 'shacl', 'owl-rl' or a SPARQL check)",
    )
    validate.set_defaults(handler=_validate)

    export_ = commands.add_parser("export", help="write the whole graph, provenance included")
    export_.add_argument("--format", "-f", default="ttl", help=f"one of: {', '.join(EXPORT_FORMATS)}, kgx")
    export_.add_argument(
        "--output", "-o", type=Path, help="the file to write (stdout when omitted); for kgx, the folder"
    )
    export_.set_defaults(handler=_export)

    release = commands.add_parser(
        "release", help="build an OBO-style release: OWL (full, base), OBO, OBO Graphs, SSSOM"
    )
    release.add_argument("--output", "-o", type=Path, required=True, help="the release folder to write")
    release.add_argument("--date", help="the release date, YYYY-MM-DD (default: today, UTC); dates the version IRI")
    release.add_argument(
        "--previous", type=Path, help="the previous release (folder or radix-base.owl) the notes diff against"
    )
    release.set_defaults(handler=_release)

    search = commands.add_parser("search", help="find entities by label, synonym, CURIE, IRI or mapped external id")
    search.add_argument("text", help="what to look for, e.g. 'absent ankle jerk' or HP:0003438")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--json", action="store_true", help="print JSON instead of a table")
    search.set_defaults(handler=_search)

    related = commands.add_parser("related", help="rank the conditions related to a condition, with why")
    related.add_argument("condition", help="a condition: CURIE, IRI, id or exact label, e.g. S1_radiculopathy")
    related.add_argument("--limit", type=int, default=10)
    related.add_argument("--json", action="store_true", help="print JSON instead of text")
    related.set_defaults(handler=_related)

    localize = commands.add_parser(
        "localize", help="the lesion site and condition for examination findings, with the evidence"
    )
    localize.add_argument(
        "findings", nargs="*", help="findings: phrases ('AJ absent R', 'knee reflex normal') or CURIEs (HP:0003438)"
    )
    localize.add_argument(
        "--exclude", action="append", default=[], metavar="FINDING",
        help="a feature looked for and absent (a phrase or CURIE); repeat for more",
    )  # fmt: skip
    localize.add_argument(
        "--phenopacket",
        type=Path,
        metavar="FILE",
        help="a GA4GH Phenopacket v2 (JSON): its observed and excluded HPO features",
    )
    localize.add_argument("--limit", type=int, default=5)
    localize.add_argument(
        "--priors", choices=("uniform", "incidence"), default="uniform",
        help="every site alike (default), or proportional to population incidence where the graph has it",
    )  # fmt: skip
    localize.add_argument("--json", action="store_true", help="print the full JSON answer")
    localize.set_defaults(handler=_localize)

    path = commands.add_parser("path", help="the shortest paths between two entities, told in words")
    path.add_argument("source")
    path.add_argument("target")
    path.add_argument("--json", action="store_true", help="print JSON instead of text")
    path.set_defaults(handler=_path)

    plexus = commands.add_parser(
        "plexus", help="place a weak-muscle pattern at a root, trunk, division, cord or nerve; or trace a nerve's path"
    )
    plexus.add_argument("--weak", default="", help="comma-separated weak muscles or movements (ids or CURIEs)")
    plexus.add_argument("--spared", default="", help="comma-separated muscles or movements of normal strength")
    plexus.add_argument(
        "--present", default="", help="comma-separated electrodiagnostic findings found, e.g. a reduced SNAP"
    )
    plexus.add_argument(
        "--absent", default="", help="comma-separated electrodiagnostic findings looked for and not found"
    )
    plexus.add_argument(
        "--path", metavar="NERVE", help="list the plexus elements and roots a nerve's fibres run through"
    )
    plexus.add_argument(
        "--compare", nargs=2, metavar=("FIRST", "SECOND"), help="muscles one lesion weakens and the other spares"
    )
    plexus.add_argument("--limit", type=int, default=5)
    plexus.add_argument("--json", action="store_true", help="print JSON instead of text")
    plexus.set_defaults(handler=_plexus)

    coverage = commands.add_parser("coverage", help="write the per-root coverage table generated from the graph")
    coverage.add_argument("--output", "-o", type=Path, help="the Markdown file to write (stdout when omitted)")
    coverage.set_defaults(handler=_coverage)

    serve = commands.add_parser(
        "serve", help="serve the graph over HTTP (SPARQL endpoint and pages); see radix serve --help", add_help=False
    )
    serve.set_defaults(handler=_serve)
    return parser


def _query(args: argparse.Namespace) -> int:
    if args.list:
        for name, listed in load_named_queries().items():
            params = ", ".join(f"{p.name}={p.default}" if p.default else p.name for p in listed.parameters)
            print(f"{name}: {listed.summary}" + (f"  [{params}]" if params else ""))
        return EXIT_OK
    if not args.query:
        raise RadixError("give a query: SPARQL text, a .rq file, or a named query (radix query --list)")
    if args.format not in QUERY_FORMATS:
        raise UnsupportedFormatError(args.format, QUERY_FORMATS)
    values = _parameter_values(args.param)
    named = named_query_or_file(args.query)
    if named is None and re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", args.query):
        names = list(load_named_queries())
        close = difflib.get_close_matches(args.query, names, n=5, cutoff=0.5)
        hint = f"; did you mean: {', '.join(close)}" if close else ""
        raise RadixError(f"no named query {args.query!r}{hint} (radix query --list shows them all)")
    store = oxigraph_store(load_graph(args.ontology, backend=args.backend))
    entail(store)  # as at the endpoint: the super-properties of Radix's properties answer (graph/load/entail.py)
    if named is not None:
        text, bindings = named.text, checked_bindings(store, named, values)
    elif values:
        raise RadixError("--param applies to named queries only")
    elif args.query.endswith(".rq"):
        raise RadixError(f"no query file {args.query!r}")
    else:
        text, bindings = args.query, {}
    answer = run(store, text, bindings=bindings)
    if args.format == "table":
        if isinstance(answer, ox.QuerySolutions):
            output = (render_table(table(answer)) + "\n").encode()
        elif query_kind(answer) == "boolean":
            output = (("yes" if bool(answer) else "no") + "\n").encode()
        else:
            output = serialize(answer, "ttl")
    else:
        if args.format not in formats_for(answer):
            raise UnsupportedFormatError(args.format, ["table", *formats_for(answer)], what="format for this query")
        output = serialize(answer, args.format)
    _write(output, args.output)
    return EXIT_OK


def _parameter_values(pairs: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise RadixError(f"--param {pair!r} must be NAME=VALUE")
        values[name.strip()] = value.strip()
    return values


def _validate(args: argparse.Namespace) -> int:
    from graph.check.validate import validate

    graph = load_graph(args.ontology, backend=args.backend)
    report = validate(graph, args.ontology, only=args.check)
    print(report.render())
    return EXIT_OK if report.ok else EXIT_VIOLATIONS


def _export(args: argparse.Namespace) -> int:
    if args.format == "kgx":
        if args.output is None:
            raise RadixError("--format kgx writes two files: give the folder with -o DIR")
        counts = write_kgx(oxigraph_store(load_graph(args.ontology, backend=args.backend)), args.output)
        print(f"{counts['nodes']} nodes, {counts['edges']} edges in {args.output}/radix_nodes.tsv, radix_edges.tsv")
        return EXIT_OK
    if args.format not in EXPORT_FORMATS:
        raise UnsupportedFormatError(args.format, [*EXPORT_FORMATS, "kgx"])
    graph = load_graph(args.ontology, backend=args.backend)
    _write(export(graph, args.format), args.output)
    return EXIT_OK


def _release(args: argparse.Namespace) -> int:
    from graph.release.build import build_release

    sizes = build_release(args.output, date=args.date, previous=args.previous, ontology_dir=args.ontology)
    for name, size in sorted(sizes.items()):
        print(f"{size:>10,}  {args.output / name}")
    return EXIT_OK


def _explorer(args: argparse.Namespace) -> Explorer:
    return Explorer(oxigraph_store(load_graph(args.ontology, backend=args.backend)))


def _print_json(value: object) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))


def _search(args: argparse.Namespace) -> int:
    hits = _explorer(args).search(args.text, limit=args.limit)
    if args.json:
        _print_json(hits)
    elif not hits:
        print(f"nothing matches {args.text!r}")
    else:
        for hit in hits:
            print(f"{hit['score']:5.1f}  {hit['id']:40}  {hit['label']}  ({hit['via']}: {hit['matched']})")
    return EXIT_OK


def _related(args: argparse.Namespace) -> int:
    answer = _explorer(args).related(args.condition, limit=args.limit)
    if args.json:
        _print_json(answer)
        return EXIT_OK
    print(f"Conditions related to {answer['condition']['label']}:")
    for item in answer["related"]:
        print(f"  {item['score']:6.2f}  {item['label']}")
        for kind, shared in item["shared"].items():
            names = shared if kind == "mimic" else [entry["label"] for entry in shared]
            print(f"          {kind}: {', '.join(names)}")
    return EXIT_OK


def _localize(args: argparse.Namespace) -> int:
    if args.phenopacket is not None:
        try:
            document = args.phenopacket.read_bytes()
        except OSError as exc:
            raise RadixError(f"cannot read the phenopacket {args.phenopacket}: {exc.strerror}") from exc
        read_phenopacket(document)  # a bad phenopacket is refused before the graph is loaded
        answer = _explorer(args).localize_phenopacket(
            document, findings=args.findings, excluded=args.exclude, limit=args.limit, priors=args.priors
        )
    elif not args.findings and not args.exclude:
        raise RadixError("give findings, --exclude FINDING or --phenopacket FILE")
    else:
        answer = _explorer(args).localize(args.findings, excluded=args.exclude, limit=args.limit, priors=args.priors)
    if args.json:
        _print_json(answer)
        return EXIT_OK
    for flag in answer["red_flags"]:
        raised = f"raised by: {'; '.join(flag['raised_by'])}" if flag["raised_by"] else flag["why"]
        print(f"RED FLAG: {flag['label']} ({raised})")
    for feature in answer.get("phenopacket", {}).get("features", []):
        words = ", ".join(item["label"] for item in feature["read_as"]) or "nothing in Radix"
        how = "excluded" if feature["excluded"] else "observed"
        via = f" via {feature['via']}" if feature["via"] and feature["via"] != feature["id"] else ""
        print(f"  phenopacket: {how} {feature['id']} {feature['label']}{via} -> {words}")
    for observation in answer["observations"]:
        print(f"  read {observation['phrase']!r} as {observation['read_as']}")
    for item in answer["unresolved"]:
        suggestions = ", ".join(hit["label"] for hit in item["suggestions"])
        print(f"  could not read {item['phrase']!r}" + (f" (did you mean: {suggestions})" if suggestions else ""))
    if answer["abstain"]:
        print(f"No site: {answer['message']} (probability {answer['none_probability']:.0%})")
    for pair in answer["multi_lesion"]:
        names = " + ".join(site["label"] for site in pair["sites"])
        print(f"Two lesions: {names} ({pair['probability']:.0%})")
    for rank, site in enumerate(answer["sites"], start=1):
        print(f"{rank}. {site['label']}  ({site['probability']:.0%}, {site['kind']})")
        for condition in site["conditions"][:4]:
            role = ", a cause" if condition["role"] == "cause" else ""
            print(f"     {condition['label']} ({condition['probability']:.0%}{role})")
        for row in site["supporting"]:
            print(f"     + LR {row['likelihood_ratio']:5.2f}  {row['why']}")
        for row in site["against"]:
            print(f"     - LR {row['likelihood_ratio']:5.2f}  {row['why']}")
    if not answer["observations"]:
        print("radix: none of the findings could be read; rephrase them or give CURIEs", file=sys.stderr)
        return EXIT_USAGE
    test = answer["next_test"]
    if test:
        how = f" ({test['test']['label']})" if test["test"] else ""
        print(
            f"Next: look for {test['finding']['label']}{how}: if present it favours {test['if_present_favours']},"
            f" if absent {test['if_absent_favours']} ({test['information_gain_bits']} bits)"
        )
    return EXIT_OK


def _path(args: argparse.Namespace) -> int:
    answer = _explorer(args).path(args.source, args.target)
    if answer["from"] == answer["to"] and not args.json:
        print(f"{args.source} and {args.target} are the same entity ({answer['from']}): the path is trivial")
        return EXIT_OK
    if args.json:
        _print_json(answer)
    elif not answer["paths"]:
        print(f"{answer['from']} and {answer['to']} are not connected")
    else:
        for path in answer["paths"]:
            print(path["text"])
    return EXIT_OK


def _plexus(args: argparse.Namespace) -> int:
    from graph.explore.plexus import Plexus, ask_plexus
    from graph.explore.projection import project_store

    if sum(bool(mode) for mode in (args.weak, args.path, args.compare)) != 1:
        raise RadixError("give exactly one of --weak, --path or --compare")
    plexus = Plexus.of(project_store(oxigraph_store(load_graph(args.ontology, backend=args.backend))))
    lists = [[name.strip() for name in text.split(",") if name.strip()] for text in (args.weak, args.spared)]
    findings = [[name.strip() for name in text.split(",") if name.strip()] for text in (args.present, args.absent)]
    answer, lines = ask_plexus(plexus, args.path, args.compare, *lists, *findings, limit=args.limit)
    if args.json:
        _print_json(answer)
    else:
        print("\n".join(lines))
    return EXIT_OK


def _coverage(args: argparse.Namespace) -> int:
    from graph.check.coverage import coverage_markdown

    graph = load_graph(args.ontology, backend=args.backend)
    _write(coverage_markdown(oxigraph_store(graph)).encode("utf-8"), args.output)
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from graph.web import app as server  # imported here: only `radix serve` needs Flask

    return int(server.main(args.serve_args, ontology=args.ontology))


def _write(data: bytes, path: Path | None) -> None:
    """Write ``data`` to ``path`` atomically (a temporary file renamed into place), or to stdout."""
    if path is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    temporary = path.with_name(f".{path.name}.partial")
    try:
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise RadixError(f"cannot write {path}: {exc.strerror}") from exc
