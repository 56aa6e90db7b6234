"""Per-document analysis: normalise, split into articles, run the extractor on each sentence.

:func:`analyse_document` is a pure function of one document and the
pipeline: no global state is read or written, so documents can be analysed in
parallel and cached by their content. Everything after it (resolution,
relations, the graph) works on the whole corpus.

>>> from kg.nlp import load_pipeline
>>> a = analyse_document(Document("d1", "", "市水利局持续推进城区供水管网联通改造项目建设。"), load_pipeline())
>>> [(m.text, m.label) for m in a.mentions]
[('市水利局', 'AGENCY'), ('城区供水管网联通改造项目', 'PROJECT')]
>>> [(r.source.text, r.relation, r.target.text) for r in a.relations]
[('市水利局', 'leads', '城区供水管网联通改造项目')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Span
from spacy.util import raise_error

from kg.articles import Article, split_articles
from kg.gazetteer import load_gazetteer
from kg.normalise import NormalText, normalise
from kg.read import Document
from kg.spec import entity_rule_spec


# Documents longer than this are analysed in blocks: a 50 MB file is read as
# fifty 1 MB pages would be, in the memory of one.
BLOCK_CHARS = 1_000_000
# Where a block may end, best first: a blank line; a line that ends a
# sentence; any line end; sentence-final punctuation.
_BLOCK_ENDS = (
    re.compile(r"\n[ \t\u3000]*\n"),
    re.compile(r"[。！？!?；;…][”’」』）)》\"']*[ \t\u3000]*\n"),
    re.compile(r"\n"),
    re.compile(r"[。！？!?；;…][”’」』）)》\"']*"),
)


# A space between two Chinese characters is left by the page (a headline's or a scraped line's
# gap: "广东 吉青电缆有限公司"); no Chinese name holds one, so a mention's name has none.
_INNER_SPACE = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")


def name_text(surface: str) -> str:
    """A mention's name: its surface without spaces between Chinese characters.

    >>> name_text("广东 吉青电缆有限公司"), name_text("Bandai Namco")
    ('广东吉青电缆有限公司', 'Bandai Namco')
    """
    return _INNER_SPACE.sub("", surface) if " " in surface or "\u3000" in surface else surface


@dataclass(frozen=True)
class Mention:
    doc: str
    article: str
    sentence: int  # Sentence.index within the document
    label: str  # COMPANY, PROJECT, AGENCY, PLACE, or HOME_CITY / HOME_PREFECTURE for references
    text: str  # simplified, normalised surface
    original: str  # the surface as printed (traditional characters kept)
    start: int  # offsets in the original document text
    end: int
    rule: str = ""
    # Offsets in the sentence's normalised text: adjacency there ignores the
    # spaces and line breaks of the page.
    s_start: int = 0
    s_end: int = 0

    def __hash__(self) -> int:
        # Mentions key the corpus-level stages' dicts and sets, about 800,000 lookups at 3.7M
        # characters; where a mention sits is enough to tell them apart (equality still compares all).
        return hash((self.doc, self.start, self.end, self.label))


@dataclass(frozen=True)
class RelationHit:
    """A typed relation between two mentions of one sentence.

    ``source`` is None when the sentence leaves the subject implicit
    ("先后与A、B等企业达成…意向"); :mod:`kg.relate` supplies it from the article.
    """

    source: Mention | None
    target: Mention
    relation: str
    rule: str


@dataclass
class DocumentAnalysis:
    document: Document
    articles: list[Article] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[RelationHit] = field(default_factory=list)
    docs: dict[int, object] = field(default_factory=dict)  # sentence index -> spaCy Doc

    def sentence_texts(self) -> dict[int, str]:
        """Sentence index -> the sentence's text, over all the document's articles (a mention's
        ``s_start``/``s_end`` point into it)."""
        return {s.index: s.text for art in self.articles for s in art.sentences}


def analyse_document(document: Document, nlp: Language, keep_docs: bool = True, *,
                     block_chars: int = BLOCK_CHARS, on_block: Callable[[int], None] | None = None) -> DocumentAnalysis:
    """Mentions and sentence relations of one document.

    ``nlp`` is :func:`kg.load_pipeline`'s extractor, or any pipeline that ends
    with ``kg_sentence_relations``. ``keep_docs`` keeps each sentence's spaCy
    ``Doc`` (for inspection; a build does not need them).

    A document longer than ``block_chars`` is analysed in blocks cut at
    paragraph or sentence ends (:func:`text_blocks`), so the memory one
    document needs stays bounded; no sentence is cut, so what lies within a
    sentence is found as in one piece. ``on_block`` is called with the
    characters of each block when it is done (for progress).
    """
    if "kg_sentence_relations" not in nlp.pipe_names:
        raise ValueError("the pipeline has no kg_sentence_relations component: "
                         "use kg.load_pipeline(), or nlp.add_pipe('kg_sentence_relations') last")
    blocks = text_blocks(document.text, block_chars)
    if len(blocks) == 1:
        result = _analyse(document, nlp, keep_docs)
        if on_block is not None:
            on_block(len(document.text))
        return result
    result = DocumentAnalysis(document)
    norm_base = 0
    for start, end in blocks:
        part = _analyse(replace(document, text=document.text[start:end], repaired=0), nlp, keep_docs)
        _append(result, part, start, norm_base)
        norm_base += sum(len(s.text) for a in part.articles for s in a.sentences)
        if on_block is not None:
            on_block(end - start)
    return result


def text_blocks(text: str, block_chars: int = BLOCK_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of the blocks of a long text, each at most ``block_chars`` long.

    A block ends, by preference, at a blank line (a paragraph end) in the
    second half of the window, else at a line that ends a sentence, else at
    any line end, else after sentence-final punctuation, else at the limit.

    >>> text_blocks("甲。\\n\\n乙乙。\\n丙丙丙", 6)
    [(0, 4), (4, 8), (8, 11)]
    """
    n = len(text)
    out: list[tuple[int, int]] = []
    s = 0
    while n - s > block_chars:
        cut = _block_end(text, s + max(1, block_chars // 2), s + block_chars)
        out.append((s, cut))
        s = cut
    out.append((s, n))
    return out


def _block_end(text: str, lo: int, hi: int) -> int:
    for pattern in _BLOCK_ENDS:
        last = None
        for last in pattern.finditer(text, lo, hi):
            pass
        if last is not None:
            return last.end()
    return hi


def _analyse(document: Document, nlp: Language, keep_docs: bool) -> DocumentAnalysis:
    norm = normalise(document.text)
    articles = split_articles(document, norm)
    result = DocumentAnalysis(document, articles)
    sentences = [s for a in articles for s in a.sentences]
    original, doc_id = document.text, document.id
    mentions, relations = result.mentions, result.relations
    # Asked once, not for each of a corpus's spans: the extension belongs to the class.
    has_rule = Span.has_extension("kg_rule")
    for sent, sdoc in zip(sentences, sentence_docs(nlp, [s.text for s in sentences])):
        if keep_docs:
            result.docs[sent.index] = sdoc
        refs = sdoc.spans.get("kg_refs")
        spans = list(sdoc.ents) + list(refs) if refs else sdoc.ents
        if not spans:
            continue
        hits = sdoc._.kg_relations
        by_span: dict[tuple[int, int], Mention] = {}
        base, article, index = sent.start, sent.article, sent.index
        for span in spans:
            s_start, s_end = span.start_char, span.end_char
            start, end = base + s_start, base + s_end
            s0, e0 = norm.original_span(start, end)
            mention = Mention(doc_id, article, index, span.label_, name_text(span.text),
                              name_text(_original_surface(original, norm, start, end)), s0, e0,
                              getattr(span._, "kg_rule", "") if has_rule else "", s_start, s_end)
            if hits:
                by_span[(s_start, s_end)] = mention
            mentions.append(mention)
        for hit in hits or ():
            src = by_span.get((hit.source.start_char, hit.source.end_char)) if hit.source is not None else None
            dst = by_span.get((hit.target.start_char, hit.target.end_char))
            if dst is not None and (hit.source is None or src is not None):
                relations.append(RelationHit(src, dst, hit.relation, hit.rule))
    leaders = _leaders_read_as_places(result.mentions, "\n".join(s.text for s in sentences), result.sentence_texts())
    if leaders:
        result.mentions = [m for m in result.mentions if m not in leaders]
        result.relations = [h for h in result.relations if h.target not in leaders and h.source not in leaders]
    result.mentions.sort(key=lambda m: (m.sentence, m.start, m.end, m.label))
    return result


def sentence_docs(nlp: Language, texts: list[str]) -> Iterator:
    """``nlp.pipe(texts)``: each text's doc, through every component in turn.

    spaCy's ``pipe`` threads each doc through a generator per component, with an error handler's
    frame around each call; a build's sentences are tens of thousands of short docs, and kg's
    components each take one doc. Where every component takes the doc alone (none has a ``pipe`` of
    its own or an error handler) and errors are raised, as in kg's pipelines, the docs are made here
    in the same order with a plain call per component; otherwise spaCy's ``pipe`` makes them.
    """
    procs = [proc for _, proc in nlp.pipeline]
    if nlp.default_error_handler is not raise_error \
            or any(hasattr(proc, "pipe") or hasattr(proc, "get_error_handler") for proc in procs):
        return nlp.pipe(texts)
    return _each_doc(nlp.make_doc, procs, texts)


def _each_doc(make_doc, procs, texts: list[str]) -> Iterator:
    for text in texts:
        doc = make_doc(text)
        for proc in procs:
            doc = proc(doc)
        yield doc


def _leaders_read_as_places(mentions: list[Mention], text: str, sentences: dict[int, str]) -> set[Mention]:
    """Places that are a person's name after a title elsewhere in the document: no place the gazetteer knows.

    A headline names a leader alone ("慕新海会见…"), where the model reads a name ending like a place
    (…海); the story names the same leader after the title ("市委书记慕新海"), which no place follows.
    A leader's given name can be a city's (州委书记龙长春): where the surname comes right before the
    city, and the whole name follows a title elsewhere, the city is the person's name ("龙长春一行").
    """
    places = [m for m in mentions if m.label == "PLACE" and 2 <= len(m.text) <= 3]
    if not places:
        return set()
    gaz = load_gazetteer()
    spec = entity_rule_spec()
    titles = spec.person_title_ends
    people = {name for name in {m.text for m in places} if gaz.written(name) is None and after_title(text, name, titles)}
    out = {m for m in places if m.text in people}
    named: dict[str, bool] = {}
    for m in places:
        if m in out or m.s_start < 1:
            continue
        surname = sentences.get(m.sentence, "")[m.s_start - 1:m.s_start]
        if surname in spec.surnames:
            name = surname + m.text
            if name not in named:
                named[name] = after_title(text, name, titles)
            if named[name]:
                out.add(m)
    return out


def after_title(text: str, name: str, titles: tuple[str, ...]) -> bool:
    """Whether ``name`` follows any of ``titles`` in ``text``: a search for the name, not for each title and name."""
    at = text.find(name)
    while at != -1:
        if text.endswith(titles, 0, at):
            return True
        at = text.find(name, at + 1)
    return False


def _append(result: DocumentAnalysis, part: DocumentAnalysis, offset: int, norm_base: int) -> None:
    """Add a block's analysis to the document's: article ids, sentence and paragraph numbers and offsets continue."""
    doc_id = result.document.id
    n_sent = sum(len(a.sentences) for a in result.articles)
    n_para = sum(len(a.paragraphs) for a in result.articles)
    ids: dict[str, str] = {}
    for art in part.articles:
        new_id = ids[art.id] = f"{doc_id}#a{len(result.articles) + 1}"
        art.id = new_id
        art.paragraphs = [p + n_para for p in art.paragraphs]
        art.sentences = [replace(s, article=new_id, index=s.index + n_sent, start=s.start + norm_base,
                                 end=s.end + norm_base, orig_start=s.orig_start + offset,
                                 orig_end=s.orig_end + offset, paragraph=s.paragraph + n_para)
                         for s in art.sentences]
        result.articles.append(art)
    moved = {m: replace(m, article=ids[m.article], sentence=m.sentence + n_sent, start=m.start + offset,
                        end=m.end + offset) for m in part.mentions}
    result.mentions.extend(moved[m] for m in part.mentions)
    result.relations.extend(RelationHit(moved[h.source] if h.source is not None else None, moved[h.target],
                                        h.relation, h.rule) for h in part.relations)
    result.docs.update({i + n_sent: d for i, d in part.docs.items()})


def _original_surface(original: str, norm: NormalText, start: int, end: int) -> str:
    # The printed characters of the span, without the spaces and line breaks
    # that normalisation removed.
    offsets = norm.offsets[start:end]
    if offsets and offsets == list(range(offsets[0], offsets[0] + len(offsets))):
        return original[offsets[0]:offsets[0] + len(offsets)]  # (most spans: one slice of the page)
    return "".join([original[i] for i in offsets])
