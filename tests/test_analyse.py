"""Per-document analysis: long documents in blocks, long sentences bounded."""

import cProfile
import pstats

from kg.analyse import analyse_document, text_blocks
from kg.read import Document

PARAGRAPH = ("本报讯 格尔木市水利局与青海盐湖工业股份有限公司签订合作协议，共同推进城区供水管网联通改造项目。"
             "城区供水管网联通改造项目由青海水利水电工程有限公司承建。\n\n")


def page(n):
    # Paragraphs with their own numbers, so that no two sentences are alike.
    return "".join(PARAGRAPH.replace("城区", f"第{i}城区") for i in range(n))


def found(analysis):
    mentions = sorted((m.text, m.label, m.start, m.end, m.original) for m in analysis.mentions)
    relations = sorted((h.source.start if h.source else -1, h.target.start, h.relation, h.rule)
                       for h in analysis.relations)
    sentences = [(s.text, s.orig_start, s.orig_end) for a in analysis.articles for s in a.sentences]
    return mentions, relations, sentences


def test_blocks_find_what_one_piece_finds(nlp):
    doc = Document("big", "", page(40))
    whole = analyse_document(doc, nlp, keep_docs=False)
    sizes = []
    blocked = analyse_document(doc, nlp, keep_docs=False, block_chars=700, on_block=sizes.append)
    assert len(sizes) >= 5 and sum(sizes) == len(doc.text)
    assert found(blocked) == found(whole)
    assert len(found(whole)[1]) >= 40 * 2
    # Sentence numbers and article ids go on across blocks.
    indexes = [s.index for a in blocked.articles for s in a.sentences]
    assert indexes == list(range(len(indexes)))
    ids = [a.id for a in blocked.articles]
    assert len(ids) == len(set(ids)) and all(i.startswith("big#a") for i in ids)
    assert {m.article for m in blocked.mentions} <= set(ids)


def test_blocks_end_at_paragraphs_then_lines_then_sentences():
    text = "甲" * 10 + "\n\n" + "乙" * 10 + "。\n" + "丙" * 10 + "\n" + "丁" * 30
    blocks = text_blocks(text, 16)
    assert blocks[0] == (0, 12)  # after the blank line
    assert blocks[1] == (12, 24)  # after the line that ends a sentence
    assert blocks[-1][1] == len(text) and all(e - s <= 16 for s, e in blocks)
    assert [b[0] for b in blocks[1:]] == [b[1] for b in blocks[:-1]]
    assert text_blocks("短", 16) == [(0, 1)]


def test_a_long_unpunctuated_line_is_bounded(nlp):
    unit = "格尔木市水利局与比亚迪股份有限公司和青海盐湖工业股份有限公司推进城区供水管网联通改造项目建设"

    def work(document):
        # Counted, not timed: the Python function calls of the analysis.
        profile = cProfile.Profile()
        profile.enable()
        analysis = analyse_document(document, nlp, keep_docs=False)
        profile.disable()
        return analysis, pstats.Stats(profile).total_calls

    _, base = work(Document("s", "", unit * 20))
    analysis, spent = work(Document("l", "", unit * 400))  # about 18,000 characters, no punctuation
    # Linear: 20 times the text costs about 20 times the work (pairwise work would cost 400 times).
    assert spent < base * 60, (base, spent)
    assert max(len(s.text) for a in analysis.articles for s in a.sentences) <= 1000
    assert sum(m.label == "COMPANY" for m in analysis.mentions) >= 700


def test_a_name_across_a_gap_the_page_left_has_no_space(nlp):
    import kg

    # a scraped line keeps a space between two longer runs; no Chinese name holds one
    text = "重点引进了广东 禾青电缆有限公司拟投资20亿元的电缆生产项目。"
    found = {m.text: m.original for m in analyse_document(Document("p.txt", "", text), nlp).mentions}
    assert found.get("广东禾青电缆有限公司") == "广东禾青电缆有限公司"
    assert not any(" " in name for name in found)
    # and it is the same company as the name written without the gap
    g = kg.extract_graph([text, "广东禾青电缆有限公司年产值再创新高。"], nlp=nlp)
    assert [d["label"] for _, d in g.nodes(data=True) if d["type"] == "company"] == ["广东禾青电缆有限公司"]


def test_a_leader_named_alone_in_a_headline_is_no_place():
    import kg

    # the headline names the leader alone; the story names him after his title
    g = kg.extract_graph(["慕新海会见香港新华集团董事会主席一行\n本报讯 昨日，市委书记慕新海在眉山会见了香港新华集团董事会主席一行。"])
    places = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert "慕新海" not in places, places
    assert "眉山市" in places


def test_an_original_surface_is_the_printed_characters_of_the_span_without_what_normalisation_dropped():
    from kg.analyse import _original_surface
    from kg.normalise import normalise

    page = "市水利局持续推进城区供水\u200b管网联通改造项目。"
    norm = normalise(page)
    start, end = norm.text.index("城区"), norm.text.index("。")
    assert norm.text[start:end] == "城区供水管网联通改造项目"
    # the zero-width space the page holds inside the name is left out, as normalisation left it out
    assert _original_surface(page, norm, start, end) == "城区供水管网联通改造项目"
    assert _original_surface(page, norm, 0, 4) == "市水利局"
    assert _original_surface(page, norm, start, start) == ""


def test_mentions_carry_their_sentence_rule_and_offsets_and_relations_join_mentions_of_their_sentence(nlp):
    # a sentence with no name between two that have some: numbering and offsets go on past it
    text = "市水利局持续推进城区供水管网联通改造项目建设。今天天气很好。县发改局召开会议。"
    analysis = analyse_document(Document("d1", "", text), nlp, keep_docs=False)
    got = [(m.text, m.label, m.sentence, m.start, m.end, m.s_start, m.s_end) for m in analysis.mentions]
    assert got == [("市水利局", "AGENCY", 0, 0, 4, 0, 4), ("城区供水管网联通改造项目", "PROJECT", 0, 8, 20, 8, 20),
                   ("县发改局", "AGENCY", 2, 30, 34, 0, 4)]
    assert all(m.rule and m.doc == "d1" and m.article == "d1#a1" for m in analysis.mentions)
    [hit] = analysis.relations
    assert (hit.source, hit.target, hit.relation) == (analysis.mentions[0], analysis.mentions[1], "leads")


def test_a_leaders_given_name_that_is_a_city_is_no_place():
    import kg

    # 县委书记贺西宁: a surname and a city's short name; named alone later, the city is still his name
    g = kg.extract_graph(["本报讯 县委书记贺西宁到开发区调研。在项目现场，贺西宁对园区建设给予肯定；随后，"
                          "王某向贺西宁详细介绍了规划。"])
    places = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "place"}
    assert not places & {"西宁", "西宁市", "青海省"}, places


def test_sentences_are_made_into_docs_as_the_pipelines_pipe_makes_them(nlp):
    # kg's components take one doc each: the docs are made with a call per component, and must come out as
    # spaCy's pipe makes them; a component with a pipe of its own is given the docs through spaCy's pipe
    from spacy.language import Language

    from kg.analyse import sentence_docs

    texts = ["市水利局持续推进城区供水管网联通改造项目建设。", "格尔木市与青海某某新能源有限公司签订合作协议。", "", "好。"]
    ours, theirs = list(sentence_docs(nlp, texts)), list(nlp.pipe(texts))
    assert [[(t.text, t.tag_) for t in d] for d in ours] == [[(t.text, t.tag_) for t in d] for d in theirs]
    assert [[(e.text, e.label_) for e in d.ents] for d in ours] == [[(e.text, e.label_) for e in d.ents] for d in theirs]
    assert [[(h.source and h.source.text, h.target.text, h.relation) for h in d._.kg_relations or ()] for d in ours] \
        == [[(h.source and h.source.text, h.target.text, h.relation) for h in d._.kg_relations or ()] for d in theirs]

    seen = []

    class Batched:
        def __call__(self, doc):
            return doc

        def pipe(self, docs, **kwargs):
            for doc in docs:
                seen.append(doc.text)
                yield doc

    @Language.factory("kg_test_batched")
    def make_batched(nlp, name):
        return Batched()

    import spacy

    other = spacy.blank("zh")
    other.add_pipe("kg_test_batched")
    assert [d.text for d in sentence_docs(other, ["甲乙。", "丙。"])] == ["甲乙。", "丙。"]
    assert seen == ["甲乙。", "丙。"]
