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

from dataclasses import dataclass, field

from spacy.language import Language

from kg.articles import Article, split_articles
from kg.normalise import NormalText, normalise
from kg.read import Document


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


def analyse_document(document: Document, nlp: Language, keep_docs: bool = True) -> DocumentAnalysis:
    """Mentions and sentence relations of one document.

    ``nlp`` is :func:`kg.load_pipeline`'s extractor, or any pipeline that ends
    with ``kg_sentence_relations``. ``keep_docs`` keeps each sentence's spaCy
    ``Doc`` (for inspection; a build does not need them).
    """
    if "kg_sentence_relations" not in nlp.pipe_names:
        raise ValueError("the pipeline has no kg_sentence_relations component: "
                         "use kg.load_pipeline(), or nlp.add_pipe('kg_sentence_relations') last")
    norm = normalise(document.text)
    articles = split_articles(document, norm)
    result = DocumentAnalysis(document, articles)
    sentences = [s for a in articles for s in a.sentences]
    for sent, sdoc in zip(sentences, nlp.pipe(s.text for s in sentences)):
        if keep_docs:
            result.docs[sent.index] = sdoc
        spans = list(sdoc.ents) + list(sdoc.spans.get("kg_refs", []))
        by_span: dict[tuple[int, int], Mention] = {}
        for span in spans:
            s0, e0 = _original(norm, sent.start + span.start_char, sent.start + span.end_char)
            mention = Mention(
                doc=document.id,
                article=sent.article,
                sentence=sent.index,
                label=span.label_,
                text=span.text,
                original=_original_surface(document.text, norm, sent.start + span.start_char, sent.start + span.end_char),
                start=s0,
                end=e0,
                rule=getattr(span._, "kg_rule", "") if span.has_extension("kg_rule") else "",
                s_start=span.start_char,
                s_end=span.end_char,
            )
            by_span[(span.start_char, span.end_char)] = mention
            result.mentions.append(mention)
        for hit in sdoc._.kg_relations or ():
            src = by_span.get((hit.source.start_char, hit.source.end_char)) if hit.source is not None else None
            dst = by_span.get((hit.target.start_char, hit.target.end_char))
            if dst is not None and (hit.source is None or src is not None):
                result.relations.append(RelationHit(src, dst, hit.relation, hit.rule))
    result.mentions.sort(key=lambda m: (m.sentence, m.start, m.end, m.label))
    return result


def _original(norm: NormalText, start: int, end: int) -> tuple[int, int]:
    return norm.original_span(start, end)


def _original_surface(original: str, norm: NormalText, start: int, end: int) -> str:
    # The printed characters of the span, without the spaces and line breaks
    # that normalisation removed.
    return "".join(original[norm.offsets[i]] for i in range(start, end))
