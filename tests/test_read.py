import json
import re

import pytest

from kg.read import InputError, decode, read_inputs

TEXT = "本报讯（记者 李莎莎）格尔木工业园与远景能源签订投资协议，项目总投资达12亿元。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_encodings_are_detected(tmp_path, encoding):
    f = tmp_path / f"page-{encoding}.txt"
    f.write_bytes(TEXT.encode(encoding))
    result = read_inputs([f])
    assert not result.skipped
    assert result.documents[0].text == TEXT


def test_short_gbk_text_is_not_mistaken_for_big5():
    assert decode("格尔木".encode("gb18030")) == ("格尔木", "gb18030")


def test_big5_traditional_text(tmp_path):
    f = tmp_path / "trad.txt"
    trad = "格爾木工業園與遠景能源簽訂投資協議，項目總投資達十二億元。"
    f.write_bytes(trad.encode("big5"))
    doc = read_inputs([f]).documents[0]
    assert doc.text == trad


def test_undecodable_and_binary_files_are_skipped_with_reason(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "bad.txt").write_bytes(b"abc\xff\xffdef\xff")
    (tmp_path / "ok.txt").write_text(TEXT, encoding="utf-8")
    result = read_inputs([tmp_path])
    assert [d.id for d in result.documents] == ["ok"]
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in result.skipped}
    assert "binary" in reasons["bin.txt"]
    assert set(reasons) == {"bin.txt", "bad.txt"}


def test_folders_are_read_recursively_and_unsupported_files_accounted_for(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.md").write_text("# 标题\n\n" + TEXT, encoding="utf-8")
    (tmp_path / "a" / "x.pdf").write_bytes(b"%PDF")
    result = read_inputs([tmp_path])
    assert [d.id for d in result.documents] == ["deep"]
    assert result.documents[0].text.startswith("标题")
    assert any("unsupported" in s.reason for s in result.skipped)
    assert result.files == 2


def test_missing_input_is_an_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_inputs([tmp_path / "nope"])


def test_html_drops_script_style_and_navigation(tmp_path):
    f = tmp_path / "news.html"
    f.write_text(
        "<html><head><title>格尔木新闻</title><style>p{}</style>"
        "<meta property='article:published_time' content='2026-11-02'></head>"
        "<body><nav>首页 | 导航</nav><script>var x='脚本';</script>"
        "<article><h1>标题</h1><p>" + TEXT + "</p><p>第二段。</p></article><footer>版权</footer></body></html>",
        encoding="utf-8",
    )
    doc = read_inputs([f]).documents[0]
    assert TEXT in doc.text and "第二段" in doc.text
    for dropped in ("导航", "脚本", "版权", "p{}"):
        assert dropped not in doc.text
    assert doc.title == "格尔木新闻" and doc.date == "2026-11-02" and doc.single_article


def test_jsonl_one_article_per_line_with_bad_lines_reported(tmp_path):
    f = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "x1", "title": "标题", "date": "2026-01-01", "url": "http://e.x/1", "text": TEXT},
                   ensure_ascii=False),
        "{not json",
        json.dumps({"title": "无正文"}, ensure_ascii=False),
        json.dumps({"text": "第二篇：格尔木市水利局推进项目。"}, ensure_ascii=False),
    ]
    f.write_text("\n".join(lines), encoding="utf-8")
    result = read_inputs([f])
    assert [d.id for d in result.documents] == ["feed/x1", "feed/4"]
    assert result.documents[0].title == "标题" and result.documents[0].url == "http://e.x/1"
    assert sorted(s.path.rsplit(":", 1)[-1] for s in result.skipped) == ["2", "3"]


def test_same_stem_in_two_folders_gets_two_ids(tmp_path):
    for d in ("p1", "p2"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "page.txt").write_text(TEXT, encoding="utf-8")
    ids = [d.id for d in read_inputs([tmp_path]).documents]
    assert len(set(ids)) == 2


# --- hostile input: invalid code points, stray bytes, binary files -------------------------------------------

INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _assert_valid(doc):
    for value in (doc.id, doc.path, doc.text, doc.title, doc.date, doc.url):
        assert not INVALID.search(value), (value, doc)
        value.encode("utf-8")


def _hostile_file(tmp_path, kind):
    """A file of each reader with invalid code points in its text (and in every metadata field it has)."""
    # 5 characters, each encodable in the file but invalid for XML; the text is long enough not to look binary.
    bad = "\x00\x01\x0b\ufffe\uffff"
    if kind == "txt":
        f = tmp_path / "page.txt"
        f.write_bytes((TEXT[:10] + bad + TEXT[10:] + "\n\n" + TEXT * 2).encode("utf-8"))
        return f, 5
    if kind == "md":
        f = tmp_path / "page.md"
        f.write_bytes(("# 标题\x01\n\n" + TEXT[:10] + bad + TEXT[10:] + "\n\n" + TEXT * 2).encode("utf-8"))
        return f, 6
    if kind == "html":
        f = tmp_path / "page.html"
        f.write_bytes(("<html><head><title>格尔木\x02新闻</title>"
                       "<meta property='article:published_time' content='2026-11-02\x03'>"
                       "<meta property='og:url' content='http://e.x/\x04'></head>"
                       "<body><p>" + TEXT[:10] + bad + TEXT[10:] + "</p></body></html>").encode("utf-8"))
        return f, 8
    f = tmp_path / "feed.jsonl"
    # Valid JSON: escapes of a lone surrogate and of control characters, in every field.
    f.write_text('{"id": "x\\ud800", "title": "标题\\udfff", "date": "2026\\u0000", "url": "http://e.x/\\u0001", '
                 '"text": "' + TEXT[:10] + '\\ud800\\u0000\\u000b\\ufffe\\uffff' + TEXT[10:] + '"}\n', encoding="utf-8")
    return f, 9


@pytest.mark.parametrize("kind", ["txt", "md", "html", "jsonl"])
def test_every_reader_repairs_invalid_code_points_and_counts_them(tmp_path, kind):
    from kg.normalise import normalise

    f, expected = _hostile_file(tmp_path, kind)
    result = read_inputs([f])
    assert not result.skipped
    (doc,) = result.documents
    _assert_valid(doc)
    assert doc.repaired == expected
    assert TEXT[:10] + "\ufffd" * 5 + TEXT[10:] in doc.text  # one for one: offsets survive
    normalise(doc.text)  # OpenCC raised UnicodeEncodeError on a lone surrogate
    if kind != "txt" and kind != "md":
        assert "\ufffd" in doc.title and doc.date.endswith("\ufffd") and doc.url.endswith("\ufffd")


def test_a_lone_surrogate_in_jsonl_builds(tmp_path, nlp):
    from kg.build import build

    f, _ = _hostile_file(tmp_path, "jsonl")
    result = build([f], tmp_path / "out", nlp=nlp, progress=False)
    assert result.counts()["documents_read"] == 1
    assert (tmp_path / "out" / "graph.graphml").read_text(encoding="utf-8")


def test_documents_made_elsewhere_are_repaired_too():
    from kg.read import Document

    doc = Document("d\ud800", "d.txt", "格尔木\x00市", title="\uffff", repaired=2)
    _assert_valid(doc)
    assert doc.repaired == 5
    again = Document(**{**doc.__dict__, "id": "d~2"})  # as read_inputs renames a repeated id
    assert again.repaired == 5


@pytest.mark.parametrize("stray", [b"\x00", b"\xff", b"\x00\xff"])
def test_a_stray_byte_in_a_utf8_page_is_replaced_not_the_page_skipped(tmp_path, stray):
    f = tmp_path / "page.txt"
    f.write_bytes(TEXT[:10].encode("utf-8") + stray + TEXT[10:].encode("utf-8"))
    result = read_inputs([f])
    assert not result.skipped
    (doc,) = result.documents
    assert doc.text == TEXT[:10] + "\ufffd" * len(stray) + TEXT[10:]
    assert doc.repaired == len(stray) and doc.encoding == "utf-8"


@pytest.mark.parametrize("encoding", ["gb18030", "big5", "utf-16"])
def test_a_stray_byte_keeps_the_detected_encoding(tmp_path, encoding):
    text = "格爾木工業園與遠景能源簽訂投資協議，項目總投資達十二億元。" if encoding == "big5" else TEXT
    data = text.encode(encoding)
    # A byte that no reading accepts, at a character boundary (after the BOM and 4 characters for UTF-16).
    cut = 10 if encoding == "utf-16" else 8
    f = tmp_path / "page.txt"
    f.write_bytes(data[:cut] + (b"\x00\xd8" if encoding == "utf-16" else b"\xff") + data[cut:])
    (doc,) = read_inputs([f]).documents
    assert doc.encoding == ("utf-16" if encoding == "utf-16" else encoding)
    assert doc.text == text[:4] + "\ufffd" + text[4:] and doc.repaired == 1


def test_binary_files_are_skipped_and_the_threshold_is_a_parameter(tmp_path):
    import random

    rng = random.Random(7)
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(4000)))
    (tmp_path / "nul.txt").write_bytes(b"\x00" * 50 + TEXT.encode("utf-8"))
    noisy = TEXT.encode("utf-8") + b"\xff"  # 1 bad character in 38: under a tenth
    (tmp_path / "noisy.txt").write_bytes(noisy)
    result = read_inputs([tmp_path])
    assert [d.id for d in result.documents] == ["noisy"]
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in result.skipped}
    assert set(reasons) == {"image.txt", "nul.txt"}
    assert all("binary content" in r and "more than 10%" in r for r in reasons.values())
    strict = read_inputs([tmp_path / "noisy.txt"], max_bad_share=0.01)
    assert not strict.documents and "more than 1%" in strict.skipped[0].reason


def test_jsonl_records_end_at_newlines_only(tmp_path):
    f = tmp_path / "feed.jsonl"
    # Raw U+2028, a form feed and a tab inside strings: str.splitlines cut the record into invalid pieces.
    f.write_text('{"text": "' + TEXT[:10] + "\u2028\x0c\t" + TEXT[10:] + '"}\r\n{"text": "第二篇。"}\n', encoding="utf-8")
    result = read_inputs([f])
    assert not result.skipped
    assert [d.id for d in result.documents] == ["feed/1", "feed/2"]
    assert result.documents[0].text == TEXT[:10] + "\u2028\ufffd\t" + TEXT[10:] and result.documents[0].repaired == 1


def test_undecodable_file_names_give_printable_ids_and_paths(tmp_path):
    import os

    with open(os.path.join(os.fsencode(tmp_path), b"page\xff.txt"), "wb") as fh:
        fh.write(TEXT.encode("utf-8"))
    with open(os.path.join(os.fsencode(tmp_path), b"x\xfe.pdf"), "wb") as fh:
        fh.write(b"%PDF")
    result = read_inputs([tmp_path])
    (doc,) = result.documents
    _assert_valid(doc)
    assert doc.id == "page\ufffd" and doc.repaired == 1
    result.skipped[0].path.encode("utf-8")
