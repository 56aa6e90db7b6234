"""The division gazetteer and its world list, read from the jionlp package data."""

from kg.gazetteer import load_gazetteer


def test_divisions_have_their_hierarchy():
    g = load_gazetteer()
    assert g.parent_chain("格尔木市") == ["海西蒙古族藏族自治州", "青海省"]
    assert g.lookup("格尔木").name == "格尔木市"


def test_a_shared_alias_names_the_city_above_the_county():
    g = load_gazetteer()
    # 长沙 is 长沙市 (a prefecture-level city), not 长沙县; 西安 not 西安区.
    assert g.lookup("长沙").name == "长沙市" and g.lookup("西安").name == "西安市"
    # Two counties share 长宁 (长宁区 in 上海, 长宁县 in 宜宾): it names neither.
    assert g.lookup("长宁") is None


def test_cities_abroad_know_their_country():
    g = load_gazetteer()
    assert g.world_cities["罗马"] == "意大利" and g.world_cities["吉隆坡"] == "马来西亚"
    assert "中国" in g.countries and "西安" not in g.world_cities  # China's cities are divisions


def test_a_town_name_many_counties_share_has_no_county():
    gaz = load_gazetteer()
    # 城关镇 and 城郊乡 are in dozens of counties: which one a text means is not in the gazetteer.
    assert gaz.places["城关镇"].parent is None and gaz.places["城郊乡"].parent is None
    assert gaz.parent_chain("城郊乡") == []
    # A town name found once keeps its county.
    assert gaz.places["乔楼乡"].parent == "宁陵县"


def test_a_county_the_province_runs_itself_lies_in_its_own_province():
    gaz = load_gazetteer()
    # The list files these under a stand-in division that four provinces share; it is no place.
    assert gaz.parent_chain("临高县") == ["海南省"] and gaz.parent_chain("仙桃市") == ["湖北省"]
    assert gaz.parent_chain("济源市") == ["河南省"] and gaz.parent_chain("石河子市") == ["新疆维吾尔自治区"]
    assert "省直辖行政区划" not in gaz.places and gaz.lookup("省直辖") is None
    # A city without counties keeps its towns.
    assert gaz.parent_chain("万江街道") == ["东莞市", "广东省"]


def test_a_former_name_is_the_division_it_became_unless_another_still_has_it():
    gaz = load_gazetteer()
    assert gaz.written("子长县").name == "子长市" and gaz.lookup("襄樊市").name == "襄阳市"
    # 桥西区 of 邢台市 was renamed; 石家庄市's 桥西区 is still a 桥西区
    assert gaz.lookup("桥西区").name == "桥西区"


# quality-28: a division the packaged list misspells is read by its own name
def test_a_misspelt_division_is_read_by_its_own_name():
    gaz = load_gazetteer()
    assert gaz.places["苗栗县"].parent == "台湾省" and gaz.lookup("苗栗").name == "苗栗县"
    assert "苗粟县" not in gaz.places


def test_a_kind_of_zone_is_no_zones_alias():
    # the division list gives a zone in Puyang the alias 工业园; every park's committee would be that zone's
    from kg.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert gaz.lookup("工业园") is None and "工业园" not in gaz.aliases
    assert gaz.lookup("河南濮阳工业园区") is not None


def test_a_papers_short_name_for_a_division_is_its_alias():
    # 呼市, 锡盟: the first character and the level, as local papers write them (division_short_names.yaml)
    gaz = load_gazetteer()
    assert gaz.written("呼市").name == "呼和浩特市" and gaz.written("锡盟").name == "锡林郭勒盟"
    assert gaz.written("伊盟").name == "鄂尔多斯市"


def test_taiwans_short_name_for_a_county_is_its_alias():
    # 竹縣, 投縣, 北市: Taiwan's papers write the second character and the level (the first names the
    # island's part), and the county so written is the one the article names in full
    gaz = load_gazetteer()
    assert gaz.written("竹县").name == "新竹县" and gaz.written("投县").name == "南投县"
    import kg

    g = kg.extract_graph(["竹縣今年招商成績亮眼，新竹縣政府將再辦說明會。"])
    places = sorted(d["label"] for _, d in g.nodes(data=True) if d["type"] == "place")
    assert "新竹县" in places and "竹县" not in places, places


def test_a_division_with_two_aliases_answers_to_each():
    g = load_gazetteer()
    # The list writes a prefecture's aliases "/"-separated; both were one unknown word, and its
    # customary short name then named a district of another province that shares it.
    assert g.written("巴州").name == "巴音郭楞蒙古自治州"
    assert g.written("巴音郭楞").name == "巴音郭楞蒙古自治州"
    assert g.written("巴音郭楞州").name == "巴音郭楞蒙古自治州"
    assert g.written("克孜勒苏").name == "克孜勒苏柯尔克孜自治州"


def test_a_citys_emblem_name_is_its_alias():
    # 蓉城, 泉城: a city by the name of its emblem, as its papers and guests write it (division_short_names.yaml);
    # one a division of its own bears keeps its meaning (榕城 is a district of Jieyang)
    gaz = load_gazetteer()
    assert gaz.written("蓉城").name == "成都市" and gaz.written("泉城").name == "济南市"
    assert gaz.written("羊城").name == "广州市"
    assert gaz.written("榕城") is None or gaz.written("榕城").name != "福州市"
