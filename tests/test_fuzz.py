"""Random input through every stage: read -> normalise -> the pipeline -> extract_graph -> every exporter.

Bytes and text of every kind (control characters, lone surrogates, combining
marks, lines thousands of characters long with no punctuation, 500-character
names, markup) in each input format. No stage may raise; the GraphML must
validate against the XSD; the page must hold only its own scripts, whatever
the names say.

``KG_FUZZ_EXAMPLES`` sets the number of examples: 30 by default, 300 when CI
is set (it was run with 5,000 before the robustness issue closed).
"""

import csv
import json
import os
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.export import FORMATS, export
from kg.extract import extract_graph
from kg.read import read_inputs

from .conftest import SHARED

EXAMPLES = int(os.environ.get("KG_FUZZ_EXAMPLES", "300" if os.environ.get("CI") else "30"))
SCHEMA = SHARED / "schemas" / "graphml" / "graphml.xsd"

# Pieces that reach the interesting code: names the rules find, their suffixes,
# punctuation that splits sentences and enumerations, markup, broken characters.
FRAGMENTS = [
    "格尔木市", "水利局", "比亚迪股份有限公司", "有限公司", "项目", "等企业", "与", "、", "，", "。", "；", "\n", "\n\n",
    "本报讯", "（上接一版）", "“", "”", "我市", "市委", "推进", "承建", "位于", "由", " ", "\u3000", "\t",
    "<script>window.__pwned=1</script>", "<img src=x onerror=alert(1)>", "\"'&<>", "</textarea>", "{{x}}",
    "\ud800", "\udfff", "\x00", "\x07", "\x1b", "\ufeff", "\u200b", "\u0301", "\u0e47\u0e47\u0e47", "\U0001f600",
    "業(yè)", "格爾木", "ＡＢＣ１２３", "100MW/200MWh", "2024年5月1日",
]
long_runs = st.builds(lambda w, n: w * n, st.sampled_from(["格尔木", "有限公司", "项目", "、", "甲"]),
                      st.integers(200, 3000))
names = st.builds(lambda n: "比" * n + "有限公司", st.integers(100, 500))
pieces = st.lists(st.one_of(st.sampled_from(FRAGMENTS), long_runs, names,
                            st.text(st.characters(blacklist_categories=()), max_size=20)), max_size=40).map("".join)
any_text = st.one_of(pieces, st.text(st.characters(blacklist_categories=()), max_size=400))


def as_file(fmt: str, text: str) -> bytes:
    raw = text.encode("utf-8", "surrogatepass")  # lone surrogates become bytes no UTF-8 reader accepts
    if fmt in ("txt", "md"):
        return raw
    if fmt == "html":
        return b"<html><head><title>" + raw[:200] + b"</title></head><body><article><p>" + raw + \
            b"</p></article></body></html>"
    return (json.dumps({"text": text, "title": text[:30], "date": text[:10], "url": text[:40]}) + "\n").encode()


inputs = st.lists(st.one_of(st.tuples(st.sampled_from(["txt", "md", "html", "jsonl"]), any_text.map(str)),
                            st.tuples(st.just("txt"), st.binary(max_size=3000))), min_size=1, max_size=3)


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts = 0
        self.handlers = []

    def handle_starttag(self, tag, attrs):
        self.scripts += tag == "script"
        self.handlers += [name for name, _ in attrs if name.lower().startswith("on")]


def elements(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def schema():
    if not SCHEMA.exists():
        pytest.skip(f"GraphML XSD not found at {SCHEMA}")
    from lxml import etree

    return etree.XMLSchema(etree.parse(str(SCHEMA)))


@pytest.fixture(scope="module")
def own_page(nlp, tmp_path_factory):
    """The scripts of a page whose names are harmless: a hostile page must hold no more."""
    out = tmp_path_factory.mktemp("own")
    export(extract_graph(["格尔木市水利局推进城区供水管网联通改造项目。"], nlp=nlp), out, formats=("html",))
    return elements((out / "graph.html").read_text(encoding="utf-8"))


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
@given(files=inputs)
def test_no_input_breaks_a_stage(files, nlp, schema, own_page):
    from lxml import etree

    with tempfile.TemporaryDirectory() as tmp:
        inp, out = Path(tmp) / "in", Path(tmp) / "out"
        inp.mkdir()
        for i, (fmt, content) in enumerate(files):
            data = content if isinstance(content, bytes) else as_file(fmt, content)
            (inp / f"f{i}.{fmt}").write_bytes(data)
        read = read_inputs([inp])
        assert read.files == len(files)
        for doc in read.documents:
            # Every string a stage sees can be written as UTF-8 and carried in XML.
            for value in (doc.id, doc.text, doc.title, doc.date, doc.url):
                value.encode("utf-8")
                assert not any(ch in value for ch in "\x00\x1b\ufffe")
        graph = extract_graph(read.documents, nlp=nlp)
        assert graph.graph["documents"] <= len(read.documents)
        export(graph, out, formats=tuple(FORMATS))
        assert schema.validate(etree.parse(str(out / "graph.graphml"))), schema.error_log
        etree.parse(str(out / "graph.gexf"))
        json.loads((out / "graph.json").read_text(encoding="utf-8"))
        with open(out / "nodes.csv", encoding="utf-8", newline="") as fh:
            assert len(list(csv.reader(fh))) == graph.number_of_nodes() + 1
        page = elements((out / "graph.html").read_text(encoding="utf-8"))
        assert page.scripts == own_page.scripts and page.handlers == own_page.handlers
