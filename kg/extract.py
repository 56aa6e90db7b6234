"""The whole extraction in memory: texts in, a graph out.

:func:`extract_graph` runs the stages after reading, in order::

    normalise -> articles -> entities (spaCy) -> resolve -> relate -> graph

The first three work on one document at a time (:func:`kg.analyse.analyse_document`);
resolution, relations and the graph work on the whole corpus. Nothing is
read from or written to files, and nothing is printed.

>>> import kg
>>> g = kg.extract_graph(["市水利局持续推进城区供水管网联通改造项目建设。"])
>>> sorted(g.nodes[n]["label"] + " " + g.nodes[n]["type"] for n in g)
['城区供水管网联通改造项目 project', '市水利局 agency']
"""

from __future__ import annotations

import hashlib
import os
import pickle
from typing import Callable, Iterable, Mapping, Protocol

import networkx as nx
from spacy.language import Language

from kg.analyse import BLOCK_CHARS, DocumentAnalysis
from kg.analyses import analyse_documents, gc_paused
from kg.consistency import consistent
from kg.graph import build_graph
from kg.lexicon import Entry, load_lexicons
from kg.nlp import load_pipeline
from kg.read import Document
from kg.relate import relate
from kg.resolve import DocumentReading, read_document, resolve

__all__ = ["extract_graph", "graph_of", "as_documents", "ReadingStore"]


class ReadingStore(Protocol):
    """Where :func:`graph_of` keeps each document's :func:`kg.resolve.read_document` between builds
    (:class:`kg.analyses.AnalysisCache` is one)."""

    def get_reading(self, document: Document, mark: str = "") -> DocumentReading | None: ...

    def put_reading(self, document: Document, reading: DocumentReading, mark: str = "") -> None: ...


def as_documents(texts: Iterable[str | Document]) -> list[Document]:
    """Documents from strings (ids ``text0``, ``text1`` …) or :class:`kg.Document` objects.

    A string is read as a ``.txt`` file is: a page that may hold several articles.

    >>> [d.id for d in as_documents(["一", Document("a1", "", "二")])]
    ['text0', 'a1']
    """
    out = []
    for i, t in enumerate(texts):
        if isinstance(t, Document):
            out.append(t)
        elif isinstance(t, str):
            out.append(Document(f"text{i}", "", t))
        else:
            raise TypeError(f"texts[{i}] is {type(t).__name__}; expected str or kg.Document")
    return out


def extract_graph(texts: Iterable[str | Document], *, nlp: Language | None = None, home_city: str | None = None,
                  lexicons: Iterable[str | os.PathLike] = (), statistical: bool = True,
                  on_document: Callable[[Document, DocumentAnalysis], None] | None = None,
                  on_chars: Callable[[int], None] | None = None,
                  block_chars: int = BLOCK_CHARS) -> nx.MultiDiGraph:
    """The knowledge graph of ``texts``.

    ``texts``: strings or :class:`kg.Document` (id, text, title, date, url).
    ``nlp``: the extractor; by default :func:`kg.load_pipeline` with
    ``lexicons`` and ``statistical``. ``home_city``: the city that 我市 and a
    bare 市… mean (default: inferred from the texts). ``on_document`` is
    called after each document is analysed; a document whose analysis has no
    article (no text left after normalisation) adds nothing to the graph.
    ``on_chars`` is called with the number of characters analysed, block by
    block (progress that moves inside a large document); documents longer
    than ``block_chars`` are analysed in blocks (:func:`kg.analyse.analyse_document`).

    The graph follows ``docs/graph-contract.md``.

    >>> g = extract_graph(["蓝科锂业2万吨电池级碳酸锂项目建成投产。"])
    >>> sorted(d["relation"] for _, _, d in g.edges(data=True))
    ['builds', 'co_mention']
    """
    documents = as_documents(texts)
    lexicons = list(lexicons)  # read twice: by the pipeline and by resolution
    if nlp is None:
        nlp = load_pipeline(lexicons, statistical=statistical)
    return graph_of(analyse_documents(documents, nlp, on_document=on_document, on_chars=on_chars,
                                      block_chars=block_chars), home_city=home_city,
                    lexicon=load_lexicons(lexicons, include_package=False))


def graph_of(analyses: Iterable[DocumentAnalysis], *, home_city: str | None = None,
             readings: ReadingStore | None = None, lexicon: Iterable[Entry] = (),
             read: Mapping[Document, bytes] | None = None) -> nx.MultiDiGraph:
    """The corpus-level stages over per-document analyses: consistency, resolve, relate, graph.

    Analyses without articles are left out (they have nothing to add). ``readings`` keeps what
    resolution reads from each document alone, for the next build (a rebuild's cache).
    ``lexicon``: the user's lexicon entries, whose aliases resolution merges with their names.
    ``read``: documents already read for resolution, pickled with their mark as
    :func:`kg.analyses.analyse_documents` keeps them: used where the consistency pass left the analysis as it was.
    """
    kept = [a for a in analyses if a.articles]
    with gc_paused(collect=True, keep=True):
        # Corpus-level consistency: known company names found at their other mentions.
        found = consistent(kept)
        if readings is not None:
            read = document_readings(kept, found.analyses, readings, read)
        elif read:
            read = [_early_reading(read, before, after) or read_document(after)
                    for before, after in zip(kept, found.analyses)]
        else:
            read = None
        kept = found.analyses
        res = resolve(kept, home_city=home_city, company_names=found.names, readings=read, lexicon=lexicon)
        edges = relate(kept, res)
        return build_graph(list(res.entities.values()), edges, documents=len(kept),
                           articles=sum(len(a.articles) for a in kept), home_city=res.home_city)


def _early_reading(read: Mapping[Document, bytes], before: DocumentAnalysis,
                   after: DocumentAnalysis) -> DocumentReading | None:
    """The reading of ``after`` in ``read``, if the consistency pass left it as it was (``before``)."""
    if after is not before:
        return None
    data = read.get(after.document)
    return None if data is None else pickle.loads(data)[1]


def document_readings(analyses: list[DocumentAnalysis], found: list[DocumentAnalysis],
                      store: ReadingStore, read: Mapping[Document, bytes] | None = None) -> list[DocumentReading]:
    """:func:`kg.resolve.read_document` of each of ``found`` (the ``analyses`` after the consistency pass),
    from ``store`` where it holds it, kept there where it is read.

    An analysis the pass added to is kept with a digest of its mentions: what the pass finds in a
    document depends on the rest of the corpus, and its reading is good for those mentions only.
    """
    out = []
    for before, after in zip(analyses, found):
        mark = "" if after is before else hashlib.blake2b(repr(after.mentions).encode()).hexdigest()
        reading = _early_reading(read, before, after) if read else None
        if reading is not None:
            store.put_reading(after.document, reading, mark)
        else:
            reading = store.get_reading(after.document, mark)
        if reading is None:
            reading = read_document(after)
            store.put_reading(after.document, reading, mark)
        out.append(reading)
    return out
