import json

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
