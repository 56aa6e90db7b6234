"""A whole build: read -> :func:`kg.extract_graph` -> export.

>>> result = build(["seeds"], "output")              # doctest: +SKIP
>>> print(result.summary())                          # doctest: +SKIP
"""

from __future__ import annotations

import os
import shutil
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import networkx as nx
from spacy.language import Language

from kg.analyse import DocumentAnalysis
from kg.analyses import (AnalysisCache, KgPipeline, analyse_documents, analysis_fingerprint, gc_paused,
                         pipeline_fingerprint)
from kg.export import export
from kg.extract import graph_of
from kg.read import Document, ReadResult, Skip, read_inputs
from kg.resolve import read_document

DEFAULT_FORMATS = ("graphml", "html")
PROGRESS_MIN_DOCUMENTS = 20
PROGRESS_MIN_CHARS = 1_000_000
# The cache of per-document analyses, inside the output folder unless --cache names another.
CACHE_DIR = ".kg-cache"


class OutputError(Exception):
    """The output folder cannot be created or written."""


class NoDocumentsError(Exception):
    """The inputs gave no document to build from; nothing was written."""

    def __init__(self, inputs: list, read: ReadResult, outdir, after: str = ""):
        names = ", ".join(str(p) for p in inputs) or "(no input)"
        if not read.files:
            why = "no files found"
        else:
            reasons = Counter(s.reason for s in read.skipped)
            why = f"{read.files} file(s), none gave a document{after}:" + "".join(
                f"\n  {n} x {reason}" for reason, n in sorted(reasons.items(), key=lambda x: (-x[1], x[0])))
        super().__init__(f"no document read from {names}: {why}\nnothing was written; {outdir} is unchanged")
        self.read = read


@dataclass
class BuildResult:
    """What a build read, the graph it made and the files it wrote.

    >>> result = build(["seeds"], "output")                  # doctest: +SKIP
    >>> result.counts()["documents_read"], sorted(result.outputs)   # doctest: +SKIP
    (2, ['graphml', 'html'])
    """

    read: ReadResult
    graph: nx.MultiDiGraph
    outputs: dict[str, Path] = field(default_factory=dict)
    home_city: str = ""
    notes: list[str] = field(default_factory=list)

    def counts(self) -> dict:
        """Figures of the summary, read from the graph that was written.

        Every input document is in exactly one of ``documents_read`` and
        ``skipped`` (a document read but left empty by normalisation is
        skipped); ``repaired`` lists the read ones that had characters replaced.
        """
        g = self.graph
        skipped_paths = {s.path for s in self.read.skipped}
        used = [d for d in self.read.documents if d.path not in skipped_paths]
        return {
            "files": self.read.files,
            "documents_read": len(used),
            "repaired": [(d.path, d.repaired) for d in used if d.repaired],
            "skipped": [(s.path, s.reason) for s in self.read.skipped],
            "articles": int(g.graph.get("articles", 0)),
            "entities": dict(sorted(Counter(t for _, t in g.nodes(data="type")).items())),
            "edges": dict(sorted(Counter(r for _, _, r in g.edges(data="relation")).items())),
            "home_city": self.home_city,
            "outputs": {k: str(v) for k, v in self.outputs.items()},
        }

    def summary(self) -> str:
        c = self.counts()
        repaired = ""
        if c["repaired"]:
            chars = sum(n for _, n in c["repaired"])
            repaired = f" ({len(c['repaired'])} repaired: {chars} character{'s' * (chars != 1)})"
        lines = [
            f"documents: {c['documents_read']} read{repaired}, {len(c['skipped'])} skipped",
        ]
        for path, n in c["repaired"]:
            lines.append(f"  repaired {path}: {repaired_reason(n)}")
        for path, reason in c["skipped"]:
            lines.append(f"  skipped {path}: {reason}")
        lines.append(f"articles:  {c['articles']}")
        lines.append(f"home city: {c['home_city'] or '(none: no city is named in most documents; --home-city sets one)'}")
        ents = ", ".join(f"{k} {v}" for k, v in c["entities"].items()) or "none"
        lines.append(f"entities:  {sum(c['entities'].values())} ({ents})")
        edges = ", ".join(f"{k} {v}" for k, v in c["edges"].items()) or "none"
        lines.append(f"edges:     {sum(c['edges'].values())} ({edges})")
        notes = getattr(self.outputs, "notes", {})
        for fmt, path in c["outputs"].items():
            lines.append(f"wrote {fmt}: {path}" + (f"\n  {notes[fmt]}" if fmt in notes else ""))
        lines.extend(self.notes)
        return "\n".join(lines)


def repaired_reason(n: int) -> str:
    return f"{n} character{'s' * (n != 1)} replaced (undecodable bytes, or code points UTF-8 or XML cannot carry)"


def check_output_dir(outdir: str | os.PathLike) -> Path:
    out = Path(outdir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create output folder {out}: {exc.strerror or exc}") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise OutputError(f"output folder is not writable: {out}")
    return out


def build(inputs: Iterable[str | os.PathLike] = ("seeds",), outdir: str | os.PathLike = "output", *,
          formats: Iterable[str] = DEFAULT_FORMATS, home_city: str | None = None,
          lexicons: Iterable[str | os.PathLike] = (), statistical: bool = True, nlp: Language | None = None,
          progress: bool | None = None, html_options: dict | None = None,
          cache: str | os.PathLike | bool = True, jobs: int = 1, engine: str = "local",
          scheduler=None) -> BuildResult:
    """Build the graph of ``inputs`` and write ``formats`` to ``outdir``.

    ``cache``: the folder of the analysis cache (:mod:`kg.analyses`), True
    for ``outdir/.kg-cache``, False for none. ``jobs``: worker processes for
    the per-document analysis; the files are the same bytes for any number.
    ``engine="dask"`` analyses on a Dask cluster (``scheduler``: its address
    or a ``distributed.Client``; default a local cluster of ``jobs``
    workers), again with the same bytes.
    ``nlp`` replaces the extractor that ``lexicons`` and ``statistical`` would load;
    ``progress`` shows a bar of characters analysed on stderr (default: for 20
    documents or a million characters and more);
    ``html_options`` go to :func:`kg.export.html.write_html`. Raises
    :class:`NoDocumentsError`, before anything is written, when the inputs
    give no document.
    """
    inputs = list(inputs)
    read = read_inputs(inputs)
    if not read.documents:
        raise NoDocumentsError(inputs, read, outdir)
    lexicons = list(lexicons)
    # Computed before anything is written: it reads the lexicons, and a bad one fails the build here.
    fingerprint = (pipeline_fingerprint(nlp) if nlp is not None
                   else analysis_fingerprint(lexicons, statistical=statistical) if cache is not False else None)
    out = check_output_dir(outdir)

    # Loaded only when a document is not in the cache (it takes seconds), and on a Dask cluster named by its
    # scheduler by the workers alone.
    pipeline = KgPipeline.of(lexicons, statistical=statistical)

    docs = read.documents
    total = sum(len(d.text) for d in docs)
    show = progress if progress is not None else (
        len(docs) >= PROGRESS_MIN_DOCUMENTS or total >= PROGRESS_MIN_CHARS)
    bar = None
    if show:
        from tqdm import tqdm

        # Characters, not documents: one large file still shows movement.
        bar = tqdm(total=total, desc="analysing", unit="char", unit_scale=True, file=sys.stderr)

    def account(doc: Document, analysis: DocumentAnalysis) -> None:
        if not analysis.articles:
            read.skipped.append(Skip(doc.path, "no text left after normalisation"))

    store = None
    # A build that finds no text leaves the output folder as it was: a cache it made there goes too.
    made_cache = cache is True and not (out / CACHE_DIR).exists()
    if cache is not False:
        store = AnalysisCache(out / CACHE_DIR if cache is True else Path(cache), fingerprint)
    notes = list(store.notes) if store is not None else []
    try:
        # extract_graph in two steps, so that analyses come from the cache or from worker processes.
        # Documents the workers read for resolution as they analysed them.
        early: dict[Document, bytes] = {}
        graph = graph_of(analyse_documents(docs, nlp if nlp is not None else pipeline, cache=store, jobs=jobs,
                                           engine=engine, scheduler=scheduler, on_document=account,
                                           on_chars=bar.update if bar is not None else None, readings=early,
                                           reader=read_document),
                         home_city=home_city, readings=store, lexicon=pipeline.lexicon, read=early)
    except ImportError:
        # A library that cannot be imported fails as the pipeline loads, before anything is analysed;
        # a cache this build made goes too.
        if made_cache:
            store.close()
            shutil.rmtree(out / CACHE_DIR, ignore_errors=True)
            store = None
        raise
    finally:
        if bar is not None:
            bar.close()
        if store is not None:
            store.close()
            notes.append(f"cache: {store.hits} of {len(docs)} documents reused, {store.misses} analysed "
                         f"({store.path})")
    if not graph.graph["documents"]:
        if made_cache:
            shutil.rmtree(out / CACHE_DIR, ignore_errors=True)
        raise NoDocumentsError(inputs, read, outdir, after=" with text")
    with gc_paused(keep=True):
        outputs = export(graph, out, formats=tuple(formats), jobs=jobs, **(html_options or {}))
    return BuildResult(read, graph, outputs, str(graph.graph.get("home_city", "")), notes)
