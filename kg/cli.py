"""Command line: ``kg build``, ``kg eval``, ``kg show``."""

from __future__ import annotations

import argparse
import os
import sys

from kg import __version__


def _build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph of companies, projects, agencies and places from Chinese news text.",
    )
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser(
        "build", help="read text and write the graph",
        description="Read news text (.txt, .md, .html/.htm, .jsonl; folders are read recursively), find entities "
                    "and their links, and write the graph. Every input document is accounted for in the summary.",
    )
    b.add_argument("inputs", nargs="*", default=["seeds"], metavar="INPUT",
                   help="files or folders to read (default: seeds/)")
    b.add_argument("-o", "--output", default="output", metavar="OUTPUT",
                   help="folder the graph files are written to (default: output/)")
    b.add_argument("--formats", default="graphml,html", metavar="LIST",
                   help="comma-separated exports: graphml, html, gexf, json, csv (default: graphml,html)")
    b.add_argument("--home-city", default=None, metavar="NAME",
                   help="city that 我市 and a bare 市… refer to (default: inferred from the corpus)")
    b.add_argument("--lexicon", action="append", default=[], metavar="FILE",
                   help="extra JSONL lexicon of known names (repeatable); see README")
    b.add_argument("--fast", action="store_true",
                   help="rules only: leave out the trained tagger; several times faster, and it misses names "
                        "without a suffix (索尼, 腾讯) and more addresses (see README)")
    b.add_argument("--max-nodes", type=int, default=None, metavar="N",
                   help="HTML page: draw an overview of at most N entities (default 400), an equal share per type "
                        "by PageRank; the page holds and searches all of them and says what it leaves out")
    b.add_argument("--min-weight", type=float, default=None, metavar="W",
                   help="HTML page: start with co-mention edges lighter than W hidden (a slider shows them; "
                        "GraphML keeps everything)")
    b.add_argument("--cache", default=None, metavar="DIR",
                   help="folder of the analysis cache: a rebuild re-analyses only new or changed documents "
                        "(default: OUTPUT/.kg-cache)")
    b.add_argument("--no-cache", action="store_true", help="neither read nor write the analysis cache")
    b.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="analyse documents, and write the formats, in N processes (default 1); the output is the same bytes")
    b.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="where documents are analysed: local processes (-j), or a Dask cluster (needs "
                        "pip install 'kg[dask]'); the output is the same bytes")
    b.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="with --engine dask: the scheduler's address, e.g. tcp://10.0.0.5:8786 "
                        "(default: a local cluster of -j workers)")
    b.add_argument("--progress", dest="progress", action="store_true", default=None,
                   help="always show the progress bar (default: only for 20 or more documents or a million characters)")
    b.add_argument("--no-progress", dest="progress", action="store_false", help="never show the progress bar")

    e = sub.add_parser("eval", help="score entity extraction against annotated text",
                       description="Score the extractor against gold spans (exact match) and print precision, "
                                   "recall and F1 per type. GOLD is our JSONL (text + spans), CLUENER or Boson "
                                   "JSON lines; a relations file (relation, source, target) scores the typed "
                                   "edges of a built graph instead (--graph).")
    e.add_argument("gold", metavar="GOLD", help="annotated file")
    e.add_argument("--format", choices=["auto", "kg", "cluener", "boson"], default="auto", help="gold format")
    e.add_argument("--limit", type=int, default=None, metavar="N", help="score only the first N records")
    e.add_argument("--holdout", action="store_true",
                   help="CLUENER: score only the held-out part (the records never used for training)")
    e.add_argument("--dev", action="store_true",
                   help="CLUENER: score only the dev tenth of train (md5 bucket 1), where rules are tuned")
    e.add_argument("--fast", action="store_true", help="score the rules-only mode (--fast of kg build)")
    e.add_argument("--all-organisations", action="store_true",
                   help="People's Daily and MSRA: score every organisation as ORG, also those that are neither a "
                        "company nor an agency in our convention (by default they are neutral)")
    e.add_argument("--as-annotated", action="store_true",
                   help="score the spans that name nothing in our convention (政府, 公安机关, 有关部门) as the set "
                        "marks them, and places found on the countries CLUENER leaves unmarked (by default neither "
                        "is scored)")
    e.add_argument("--bootstrap", type=int, default=0, metavar="N",
                   help="also print a 95%% interval of each F1 from N resamples of the records")
    e.add_argument("--lexicon", action="append", default=[], metavar="FILE", help="extra JSONL lexicon")
    e.add_argument("--graph", default="output/graph.graphml", metavar="FILE",
                   help="for a relations file (lines with 'relation'): the built graph to score")

    s = sub.add_parser("show", help="print an entity with its neighbours and evidence",
                       description="Print an entity's type, aliases and neighbours grouped by relation, with the "
                                   "evidence sentences and their documents. ENTITY matches a label or any alias.")
    s.add_argument("entity", metavar="ENTITY", help="label or alias, e.g. 比亚迪")
    s.add_argument("--graph", default="output/graph.graphml", metavar="FILE", help="GraphML written by kg build")
    s.add_argument("--limit", type=int, default=3, metavar="N", help="evidence sentences per edge (default 3)")
    s.add_argument("--by-date", action="store_true",
                   help="list all the entity's evidence in date order, each sentence once with its relations")
    s.add_argument("--since", metavar="YYYY-MM-DD", default="", help="only evidence dated on or after this day")
    s.add_argument("--until", metavar="YYYY-MM-DD", default="", help="only evidence dated on or before this day")
    return p


# What a shell reports for a program that SIGPIPE ended (128 + 13), as for
# `seq 1000000 | head -1`: the reader stopped, so not all output was delivered.
EXIT_BROKEN_PIPE = 141


def main(argv: list[str] | None = None) -> int:
    try:
        code = _main(argv)
        # Flush here, not at interpreter exit, so that a closed pipe is caught below.
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # Later writes, including the interpreter's own flush at exit, must not fail again.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):  # stdout is not a real file (captured)
            pass
        return EXIT_BROKEN_PIPE


def _main(argv: list[str] | None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        if args.command == "build":
            return _cmd_build(args)
        if args.command == "eval":
            from kg.evaluate import main as eval_main

            return eval_main(args)
        if args.command == "show":
            from kg.show import main as show_main

            return show_main(args)
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    parser.print_help()
    return 2


def _cmd_build(args) -> int:
    from kg.build import NoDocumentsError, OutputError, build, repaired_reason
    from kg.export import FORMATS
    from kg.lexicon import LexiconError
    from kg.read import InputError

    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        print(f"kg build: error: unknown format(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)}",
              file=sys.stderr)
        return 2
    html_options = {}
    if args.max_nodes is not None:
        html_options["max_nodes"] = args.max_nodes
    if args.min_weight is not None:
        html_options["min_weight"] = args.min_weight
    if args.jobs < 1:
        print(f"kg build: error: -j must be 1 or more, not {args.jobs}", file=sys.stderr)
        return 2
    cache = False if args.no_cache else (args.cache if args.cache is not None else True)
    if args.engine == "dask":
        from kg.analyses import DASK_MISSING

        try:
            import distributed  # noqa: F401
        except ImportError:
            print(f"kg build: error: {DASK_MISSING}", file=sys.stderr)
            return 2
    elif args.scheduler is not None:
        print("kg build: error: --scheduler goes with --engine dask", file=sys.stderr)
        return 2
    try:
        result = build(args.inputs, args.output, formats=formats, home_city=args.home_city, lexicons=args.lexicon,
                       statistical=not args.fast, progress=args.progress, html_options=html_options,
                       cache=cache, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler)
    except NoDocumentsError as exc:
        _warn_skipped(exc.read.skipped)
        print(f"kg build: error: {exc}", file=sys.stderr)
        return 2
    except (InputError, OutputError, LexiconError) as exc:
        print(f"kg build: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"kg build: error: cannot write output: {exc.strerror or exc} ({exc.filename or args.output})",
              file=sys.stderr)
        return 2
    counts = result.counts()
    for path, n in counts["repaired"]:
        print(f"kg build: warning: repaired {path}: {repaired_reason(n)}", file=sys.stderr)
    _warn_skipped(result.read.skipped)
    print(result.summary())
    return 0


def _warn_skipped(skipped) -> None:
    for s in skipped:
        print(f"kg build: warning: skipped {s.path}: {s.reason}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
