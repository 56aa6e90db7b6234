import json
import os
import subprocess
import sys

from kg.evaluate import is_holdout, load_gold, score


def test_cluener_offsets_are_inclusive_and_labels_mapped(tmp_path):
    f = tmp_path / "c.json"
    f.write_text(json.dumps({"text": "浙商银行在杭州", "label": {"company": {"浙商银行": [[0, 3]]}, "address": {"杭州": [[5, 6]]},
                                                            "organization": {"在杭": [[4, 5]]}}}, ensure_ascii=False),
                 encoding="utf-8")
    (rec,) = load_gold(f)
    assert rec.spans == {(0, 4, "COMPANY"), (5, 7, "PLACE")}
    assert rec.neutral == [(4, 6)] and rec.types == {"COMPANY", "AGENCY", "PLACE"}


def test_boson_format(tmp_path):
    f = tmp_path / "b.jsonl"
    f.write_text(json.dumps({"text": "杭州江干区公安分局", "entities": [[0, 9, "org_name", "杭州江干区公安分局"], [0, 2, "location", "杭州"]]},
                            ensure_ascii=False), encoding="utf-8")
    (rec,) = load_gold(f)
    assert rec.spans == {(0, 2, "PLACE")} and rec.neutral == [(0, 9)] and "AGENCY" not in rec.types


def test_neutral_spans_count_neither_way():
    item = {"gold": {(0, 2, "PLACE")}, "pred": {(0, 2, "PLACE"), (3, 9, "AGENCY"), (10, 12, "COMPANY")},
            "neutral": [(3, 9)], "types": {"COMPANY", "AGENCY", "PLACE"}}
    r = score([item])
    assert r["PLACE"]["tp"] == 1 and r["AGENCY"]["fp"] == 0 and r["COMPANY"]["fp"] == 1
    assert r["PLACE"]["f1"] == 1.0 and r["COMPANY"]["precision"] == 0.0


def test_unscored_types_are_ignored():
    r = score([{"gold": set(), "pred": {(0, 2, "PROJECT")}, "neutral": [], "types": {"PLACE"}}])
    assert "PROJECT" not in r and r["ALL"]["fp"] == 0


def test_holdout_split_is_fixed():
    # md5 of the text decides, so the held-out part never moves between runs or machines.
    held = [i for i in range(200) if is_holdout(f"句子{i}")]
    assert held == [3, 21, 36, 37, 51, 70, 87, 89, 124, 135, 138, 140, 147, 153, 158, 188, 196]


def test_bootstrap_interval_brackets_the_figure():
    from kg.evaluate import bootstrap, score

    # Ten records: eight found exactly, two missed; one record has no place at all.
    items = [{"gold": {(0, 2, "PLACE")}, "pred": {(0, 2, "PLACE")}, "neutral": [], "types": {"PLACE"}}] * 8
    items += [{"gold": {(0, 2, "PLACE")}, "pred": set(), "neutral": [], "types": {"PLACE"}}] * 2
    items += [{"gold": set(), "pred": set(), "neutral": [], "types": {"PLACE"}}]
    lo, hi = bootstrap(items, rounds=500)["PLACE"]
    f1 = score(items)["PLACE"]["f1"]
    assert lo < f1 < hi <= 1.0 and lo > 0.5
    # Seeded: the same interval in every process, whatever its hash seed.
    assert (lo, hi) == (0.7143, 1.0)
    code = ("from kg.evaluate import bootstrap\n"
            "items = [{'gold': {(0, 2, 'PLACE')}, 'pred': {(0, 2, 'PLACE')}, 'neutral': [], 'types': {'PLACE'}}] * 8\n"
            "items += [{'gold': {(0, 2, 'PLACE')}, 'pred': set(), 'neutral': [], 'types': {'PLACE'}}] * 2\n"
            "items += [{'gold': set(), 'pred': set(), 'neutral': [], 'types': {'PLACE'}}]\n"
            "print(bootstrap(items, rounds=500)['PLACE'])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONHASHSEED": "7"})
    assert out.stdout.strip() == "(0.7143, 1.0)"


def _eval(argv, capsys):
    from kg.cli import main

    code = main(["eval", *argv])
    return code, capsys.readouterr().err


def test_gold_file_errors_name_the_file_and_exit_2(tmp_path, capsys):
    files = {
        "missing.jsonl": None,
        "broken.jsonl": '{"text": "格尔木", "spans": []}\n{"text": "x", \n',
        "unknown.jsonl": '{"sentence": "格尔木", "tags": []}\n',
        "badspans.jsonl": '{"text": "格尔木", "spans": [[0, 3, "PLACE"]]}\n{"text": "格尔木", "spans": [[0]]}\n',
        "array.jsonl": '[1, 2]\n',
        "gbk.jsonl": "格尔木".encode("gbk"),
        "empty.jsonl": "\n",
    }
    expected = {"missing.jsonl": "no such file", "broken.jsonl": "broken.jsonl:2: invalid JSON",
                "unknown.jsonl": "unknown gold format", "badspans.jsonl": "badspans.jsonl:2: not a kg record",
                "array.jsonl": "array.jsonl:1: a record must be a JSON object", "gbk.jsonl": "is not UTF-8 text",
                "empty.jsonl": "has no records"}
    for name, content in files.items():
        if isinstance(content, bytes):
            (tmp_path / name).write_bytes(content)
        elif content is not None:
            (tmp_path / name).write_text(content, encoding="utf-8")
        code, err = _eval([str(tmp_path / name)], capsys)
        assert code == 2 and err.startswith("kg eval: error: ") and name in err and expected[name] in err, err


def test_relations_against_a_broken_graph_exit_2(tmp_path, capsys):
    gold = tmp_path / "rel.jsonl"
    gold.write_text('{"relation": "builds", "source": "比亚迪", "target": "碳酸锂项目"}\n', encoding="utf-8")
    (tmp_path / "bad.graphml").write_text("<graphml", encoding="utf-8")
    code, err = _eval([str(gold), "--graph", str(tmp_path / "bad.graphml")], capsys)
    assert code == 2 and f"{tmp_path / 'bad.graphml'} is not a GraphML file" in err
    code, err = _eval([str(gold), "--graph", str(tmp_path / "none.graphml")], capsys)
    assert code == 2 and "run `kg build` first" in err
    gold.write_text('{"relation": "builds", "source": "比亚迪"}\n', encoding="utf-8")
    code, err = _eval([str(gold), "--graph", str(tmp_path / "bad.graphml")], capsys)
    assert code == 2 and "rel.jsonl:1: a relation needs" in err


def test_character_tagged_sets_score_organisations_merged(tmp_path, nlp):
    from kg.evaluate import read_char_tagged, scored_items

    # People's Daily 1998 style (BMES, space) and MSRA style (BIO, tab): one agency, one company, one place.
    pd = tmp_path / "dev.txt"
    sentence = "市水利局和青海盐湖工业股份有限公司在格尔木市签约"
    tags = (["B_nt"] + ["M_nt"] * 2 + ["E_nt"] + ["O"] + ["B_nt"] + ["M_nt"] * 10 + ["E_nt"] + ["O"]
            + ["B_ns"] + ["M_ns"] * 2 + ["E_ns"] + ["O"] * 2)
    pd.write_text("\n".join(f"{c} {t}" for c, t in zip(sentence, tags)) + "\n\n", encoding="utf-8")
    bio = tmp_path / "test.bio"
    bio.write_text("\n".join(f"{c}\t{t.replace('_nt', '-ORG').replace('_ns', '-LOC').replace('M-', 'I-').replace('E-', 'I-')}"
                             for c, t in zip(sentence, tags)) + "\n", encoding="utf-8")
    for path in (pd, bio):
        [record] = read_char_tagged(path)
        assert record.text == sentence
        assert sorted(record.spans) == [(0, 4, "ORG"), (5, 17, "ORG"), (18, 22, "PLACE")]
        result = score(scored_items([record], nlp))
        assert set(result) == {"ORG", "PLACE", "ALL"}
        assert result["ORG"]["tp"] == 2 and result["PLACE"]["tp"] == 1
    out = subprocess.run([sys.executable, "-m", "kg.cli", "eval", str(pd)], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert out.returncode == 0 and "\nORG " in out.stdout, out.stderr


def test_cli_scores_the_dev_tenth_apart_from_the_held_out_one(tmp_path, capsys):
    from kg.cli import main
    from kg.evaluate import DEV_BUCKET, bucket

    texts = [f"青海盐湖工业股份有限公司第{i}次签约。" for i in range(60)]
    gold = tmp_path / "cl.json"
    gold.write_text("\n".join(json.dumps({"text": t, "label": {"company": {"青海盐湖工业股份有限公司": [[0, 11]]}}},
                                         ensure_ascii=False) for t in texts), encoding="utf-8")
    assert main(["eval", str(gold), "--dev", "--fast"]) == 0
    out = capsys.readouterr().out
    n_dev = sum(1 for t in texts if bucket(t) == DEV_BUCKET)
    assert f"{n_dev} records" in out and 0 < n_dev < len(texts)



def test_cluener_addresses_are_scored_whole_and_scenes_are_neutral(tmp_path, monkeypatch):
    import kg.evaluate as ev

    # CLUENER writes 南京市鼓楼区 as one address and 玄武湖公园 as a scene; we name each division apart.
    text = "会场设在南京市鼓楼区，会后去玄武湖公园"
    found = {(4, 7, "PLACE"), (7, 10, "PLACE"), (14, 19, "PLACE")}
    monkeypatch.setattr(ev, "predict", lambda texts, nlp: [set(found) for _ in texts])
    cluener = tmp_path / "c.json"
    cluener.write_text(json.dumps({"text": text, "label": {"address": {"南京市鼓楼区": [[4, 9]]},
                                                           "scene": {"玄武湖公园": [[14, 18]]}}}, ensure_ascii=False),
                       encoding="utf-8")
    r = score(ev.scored_items(load_gold(cluener), nlp=None))["PLACE"]
    assert (r["tp"], r["fp"], r["fn"]) == (1, 0, 0)
    # Our own format keeps exact spans: the same prediction is three places against one.
    ours = tmp_path / "o.jsonl"
    ours.write_text(json.dumps({"text": text, "spans": [[4, 10, "PLACE", "南京市鼓楼区"]]}, ensure_ascii=False),
                    encoding="utf-8")
    r = score(ev.scored_items(load_gold(ours), nlp=None))["PLACE"]
    assert (r["tp"], r["fp"], r["fn"]) == (0, 3, 1)


def test_annotated_spans_that_name_nothing_for_us_are_neutral_unless_as_annotated(tmp_path, capsys):
    from kg.cli import main
    from kg.evaluate import names_nothing, read_char_tagged

    # a bare government, a kind of office by its field alone: our convention names neither
    text = "政府要求公安机关和县民政部门配合"
    f = tmp_path / "c.json"
    f.write_text(json.dumps({"text": text, "label": {"government": {
        "政府": [[0, 1]], "公安机关": [[4, 7]], "县民政部门": [[9, 13]]}}}, ensure_ascii=False), encoding="utf-8")
    (rec,) = load_gold(f)
    assert rec.spans == {(9, 14, "AGENCY")} and sorted(rec.neutral) == [(0, 2), (4, 8)]
    (raw,) = load_gold(f, as_annotated=True)
    assert raw.spans == {(0, 2, "AGENCY"), (4, 8, "AGENCY"), (9, 14, "AGENCY")} and raw.neutral == []
    assert not names_nothing("国务院") and not names_nothing("北京机关")  # a body's name; a place before a kind
    # the same in a character-tagged set
    bio = tmp_path / "t.bio"
    tags = ["B-ORG", "I-ORG"] + ["O"] * 2 + ["B-ORG"] + ["I-ORG"] * 3 + ["O"] * len(text[8:])
    bio.write_text("\n".join(f"{c}\t{t}" for c, t in zip(text, tags)) + "\n", encoding="utf-8")
    [record] = read_char_tagged(bio)
    assert record.spans == set() and sorted(record.neutral) == [(0, 2), (4, 8)]
    [record] = read_char_tagged(bio, all_organisations=True, as_annotated=True)
    assert record.spans == {(0, 2, "ORG"), (4, 8, "ORG")}
    assert main(["eval", str(f), "--fast"]) == 0
    assert "2 annotated spans that name nothing" in capsys.readouterr().out
    assert main(["eval", str(f), "--fast", "--as-annotated"]) == 0
    assert "name nothing" not in capsys.readouterr().out


def test_news_outlets_a_set_calls_companies_or_agencies_are_neutral_unless_as_annotated(tmp_path, capsys):
    from kg.cli import main

    # the build makes no outlet a node; a county's media centre is its body, a grid is a firm
    text = "据东川晚报报道，丰源网与国家电网、县融媒体中心合作"
    f = tmp_path / "c.json"
    f.write_text(json.dumps({"text": text, "label": {
        "company": {"东川晚报": [[1, 4]], "丰源网": [[8, 10]], "国家电网": [[12, 15]]},
        "government": {"县融媒体中心": [[17, 22]]}}}, ensure_ascii=False), encoding="utf-8")
    (rec,) = load_gold(f)
    assert rec.spans == {(12, 16, "COMPANY"), (17, 23, "AGENCY")} and sorted(rec.neutral) == [(1, 5), (8, 11)]
    (raw,) = load_gold(f, as_annotated=True)
    assert len(raw.spans) == 4 and raw.neutral == []
    assert main(["eval", str(f), "--fast"]) == 0
    assert "2 annotated companies and agencies that are news outlets" in capsys.readouterr().out


def test_cluener_countries_it_leaves_unmarked_are_not_scored_as_places(tmp_path, monkeypatch):
    import kg.evaluate as ev

    # CLUENER's address is a place inside a country: 瑞典 and 北欧 unmarked here are beyond it, the marked
    # 挪威 and the unmarked city 宁波 are scored; a company over a country's name is scored as ever.
    text = "瑞典客商到宁波考察，北欧市场和挪威的订单，瑞典银行"
    found = {(0, 2, "PLACE"), (5, 7, "PLACE"), (10, 12, "PLACE"), (15, 17, "PLACE"), (21, 23, "PLACE"),
             (21, 25, "COMPANY")}
    monkeypatch.setattr(ev, "predict", lambda texts, nlp: [set(found) for _ in texts])
    f = tmp_path / "c.json"
    f.write_text(json.dumps({"text": text, "label": {"address": {"挪威": [[15, 16]]}}}, ensure_ascii=False),
                 encoding="utf-8")
    (rec,) = load_gold(f)
    assert rec.unscored_places == {(0, 2), (10, 12), (21, 23)}
    r = score(ev.scored_items([rec], nlp=None))
    assert (r["PLACE"]["tp"], r["PLACE"]["fp"], r["PLACE"]["fn"]) == (1, 1, 0)
    assert r["COMPANY"]["fp"] == 1
    # As annotated, each unmarked country is a place wrongly found.
    (raw,) = load_gold(f, as_annotated=True)
    r = score(ev.scored_items([raw], nlp=None))
    assert (r["PLACE"]["tp"], r["PLACE"]["fp"]) == (1, 4)


def test_cluener_a_body_inside_a_post_it_writes_whole_is_not_scored(tmp_path, monkeypatch):
    import kg.evaluate as ev

    # CLUENER writes a post with the body it is held in as one position (某州市委常委) and leaves the body
    # unmarked there; we name the body. Inside the post it counts neither way; the same body outside a post,
    # or a span running out of the post, is scored as ever.
    text = "青梧市委常委、远帆集团董事长林某到青梧市委调研"
    found = {(0, 4, "AGENCY"), (7, 11, "COMPANY"), (18, 22, "AGENCY"), (2, 8, "AGENCY")}
    monkeypatch.setattr(ev, "predict", lambda texts, nlp: [set(found) for _ in texts])
    f = tmp_path / "c.json"
    f.write_text(json.dumps({"text": text, "label": {"position": {"青梧市委常委": [[0, 5]], "远帆集团董事长": [[7, 13]]},
                                                     "name": {"林某": [[14, 15]]}}}, ensure_ascii=False),
                 encoding="utf-8")
    (rec,) = load_gold(f)
    assert rec.posts == ((0, 6), (7, 14))
    r = score(ev.scored_items([rec], nlp=None))
    assert (r["AGENCY"]["fp"], r["COMPANY"]["fp"]) == (2, 0)
    (raw,) = load_gold(f, as_annotated=True)
    r = score(ev.scored_items([raw], nlp=None))
    assert (r["AGENCY"]["fp"], r["COMPANY"]["fp"]) == (3, 1)


def test_a_kind_of_firm_by_its_trade_alone_names_nothing():
    from kg.evaluate import names_nothing

    # CLUENER marks any bookmaker or commercial bank as a company; for us they name no firm, a brand does
    assert [names_nothing(t) for t in ("博彩公司", "商业银行", "小额贷款公司", "远帆信托公司", "青梧商业银行")] == [
        True, True, True, False, False]


def test_a_government_said_by_whose_it_is_names_nothing(tmp_path):
    # "地方政府", "各级政府": where or whose, not which, as the rules read them; a local bureau's name is one
    f = tmp_path / "c.json"
    text = "地方政府与青梧市地方税务局"
    f.write_text(json.dumps({"text": text, "label": {"government": {"地方政府": [[0, 3]], "青梧市地方税务局": [[5, 12]]}}},
                            ensure_ascii=False), encoding="utf-8")
    (rec,) = load_gold(f)
    assert rec.spans == {(5, 13, "AGENCY")} and rec.neutral == [(0, 4)]


def test_cluener_a_firm_and_its_own_department_marked_whole_is_neutral(tmp_path):
    # CLUENER marks 某某银行个人业务部 a company; we name the bank and leave its department out of the name
    f = tmp_path / "c.json"
    text = "青梧银行个人业务部经理说，远帆地产将扩招"
    f.write_text(json.dumps({"text": text, "label": {"company": {"青梧银行个人业务部": [[0, 8]], "远帆地产": [[14, 17]]}}},
                            ensure_ascii=False), encoding="utf-8")
    (rec,) = load_gold(f)
    assert rec.spans == {(14, 18, "COMPANY")} and rec.neutral == [(0, 9)]
    (raw,) = load_gold(f, as_annotated=True)
    assert len(raw.spans) == 2


def test_a_state_army_by_its_one_character_name_is_neutral_in_character_tagged_sets(tmp_path):
    from kg.evaluate import read_char_tagged

    # MSRA tags the country alone (日 LOC) in 日军, which we name whole as an agency; a place elsewhere stays
    text = "日军撤出青梧镇"
    tags = ["B-LOC", "O", "O", "O", "B-LOC", "I-LOC", "I-LOC"]
    bio = tmp_path / "t.bio"
    bio.write_text("\n".join(f"{c}\t{t}" for c, t in zip(text, tags)) + "\n", encoding="utf-8")
    [record] = read_char_tagged(bio)
    assert record.spans == {(4, 7, "PLACE")} and (0, 2) in record.neutral
    [raw] = read_char_tagged(bio, as_annotated=True)
    assert raw.spans == {(0, 1, "PLACE"), (4, 7, "PLACE")} and (0, 2) not in raw.neutral


def test_a_bare_legislature_names_nothing_as_a_bare_government(tmp_path):
    # CLUENER marks 国会 alone; for us it is any state's until the country is named (美国国会), as 政府 is
    from kg.evaluate import names_nothing

    assert names_nothing("国会") and names_nothing("议会") and not names_nothing("美国国会")
    f = tmp_path / "c.json"
    text = "总统要求国会尽快表决"
    f.write_text(json.dumps({"text": text, "label": {"government": {"国会": [[4, 5]]}}}, ensure_ascii=False),
                 encoding="utf-8")
    (rec,) = load_gold(f)
    assert rec.spans == set() and rec.neutral == [(4, 6)]
    (raw,) = load_gold(f, as_annotated=True)
    assert raw.spans == {(4, 6, "AGENCY")}


def test_cluener_a_political_party_marked_a_government_is_neutral(tmp_path):
    # a party as a whole is no organ of a state for us; its organs for a division (县委) are agencies
    f = tmp_path / "c.json"
    text = "青禾党与县委联合发布公告"
    f.write_text(json.dumps({"text": text, "label": {"government": {"青禾党": [[0, 2]], "县委": [[4, 5]]}}},
                            ensure_ascii=False), encoding="utf-8")
    (rec,) = load_gold(f)
    assert rec.spans == {(4, 6, "AGENCY")} and rec.neutral == [(0, 3)]
    (raw,) = load_gold(f, as_annotated=True)
    assert len(raw.spans) == 2


def test_cluener_a_firm_and_any_department_after_its_head_marked_whole_is_neutral(tmp_path):
    # 某某证券研究部, 某某银行现金管理部: the rules name the firm, whatever the department after its head word
    f = tmp_path / "c.json"
    text = "远帆证券策略研究部主管称，青梧银行票据管理部已获批"
    f.write_text(json.dumps({"text": text, "label": {"company": {"远帆证券策略研究部": [[0, 8]],
                                                                 "青梧银行票据管理部": [[13, 21]]}}},
                            ensure_ascii=False), encoding="utf-8")
    (rec,) = load_gold(f)
    assert rec.spans == set() and rec.neutral == [(0, 9), (13, 22)]


def test_cluener_a_name_marked_with_its_brackets_is_neutral(tmp_path):
    # "【青梧银行】", "远帆银行（601000.sh）": we name the bank inside or before the brackets; a legal name with
    # its place in brackets is whole for us too and stays scored
    f = tmp_path / "c.json"
    text = "【青梧银行】提醒：远帆银行（601000.sh）与青梧科技（上海）有限公司签约"
    f.write_text(json.dumps({"text": text, "label": {"company": {
        "【青梧银行】": [[0, 5]], "远帆银行（601000.sh）": [[9, 23]], "青梧科技（上海）有限公司": [[25, 36]]}}},
        ensure_ascii=False), encoding="utf-8")
    (rec,) = load_gold(f)
    assert rec.spans == {(25, 37, "COMPANY")} and rec.neutral == [(0, 6), (9, 24)]
    (raw,) = load_gold(f, as_annotated=True)
    assert len(raw.spans) == 3
