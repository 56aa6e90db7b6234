"""Regenerate seeds_entities.jsonl from the hand annotation below.

The annotation lists, per paragraph of a seed page, the surface forms of the
entities in it with their labels; every occurrence of a surface in the
paragraph is annotated unless an occurrence list is given. Paragraph texts are
the normalised paragraphs (kg/normalise.py); the script checks that each
surface occurs and that no spans overlap. See ANNOTATION.md for the rules.

    python tests/data/make_seed_gold.py
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.normalise import normalise

HERE = Path(__file__).parent
SEEDS = HERE.parents[1] / "seeds"
C, P, A, L = "COMPANY", "PROJECT", "AGENCY", "PLACE"

ANNOTATION = {
    "000_89b9f35cc2ac333f": {
        0: [("格尔木工业园", L)],
        1: [("格尔木工业园", L), ("昆仑经济技术开发区", L)],
        2: [("昆仑经济技术开发区", L)],
        3: [("盐湖沃锦减碳示范项目", P)],
        6: [("管委会", A)],
        7: [("昆仑经济技术开发区", L)],
        9: [("城区供水管网联通改造工程", P)],
        10: [("市水利局", A), ("城区供水管网联通改造项目", P)],
        11: [("市水利局", A)],
        12: [("城区供水管网联通改造民生工程", P), ("察尔汗路", L), ("泰山路", L), ("昆仑路", L), ("八一路", L),
             ("中山路", L), ("建兴巷", L), ("宇宙巷", L), ("民主巷", L), ("昆仑公园", L)],
        17: [("市水利局", A)],
        19: [("市水利局", A)],
        20: [("市人社局", A)],
        22: [("智能精准粥料+甜菜益生菌无抗养殖技术应用", P), ("绿动光伏智洁未来——柴达木盆地无人机清洁运维技术", P),
             ("盐续未来——格尔木盐湖可持续发展工程服务", P)],
        24: [("市人社局", A)],
    },
    "004_e758a23138851ca3": {
        1: [("格尔木市", L), ("远景能源", C), ("天行集团", C), ("安徽瑞柏", C)],
        2: [("蓝科锂业", C), ("比亚迪", C), ("碳酸锂中试", P), ("中信昆仑", C), ("嘉诺科技", C),
            ("钾产品精深加工", P), ("亿纬锂能", C), ("10.5GWh储能电池制造", P), ("盐湖股份", C), ("4万吨基础锂盐", P),
            ("年产4万吨碳酸锂", P), ("陕西建工", C), ("年产3万吨六氟磷酸锂", P), ("广州天赐", C), ("30万吨磷酸铁锂", P),
            ("安徽瑞柏", C), ("锂电池电解液", P), ("江苏久吾高科", C), ("2000吨锂吸附剂", P), ("上海电气", C),
            ("电网侧共享储能电站", P), ("青豫直流二期", P), ("国家大型风电光伏基地", P),
            ("三峡新能源", C), ("海西基地160万千瓦时光伏光热", P), ("南山口抽水蓄能电站", P), ("鲁能新能源", C),
            ("液体压缩空气储能示范", P), ("龙源电力", C), ("高倍率熔盐储能供热和发电示范项目", P), ("青海省", L),
            ("储能电站", P, [1]), ("中船", C), ("风电装备制造", P), ("吉林电力", C), ("氢能产业", P),
            ("台吉乃尔野奢文旅小镇一期", P), ("梦幻盐湖", P), ("方程赛车赛事城", P), ("胡杨林沙漠公园", P),
            ("枸杞交易中心", P, [0]), ("欧美", L), ("格尔木市农副产品储备保障交易中心", P), ("温州", L),
            ("2万吨电池级碳酸锂", P)],
        4: [("市委", A, [0, 1]), ("纪委", A), ("监委", A), ("市委巡察工作领导小组", A)],
        5: [("州委", A), ("市委", A, [0, 1, 2, 3, 4]), ("东城区", L, [0]), ("市人社局", A), ("市自然资源局", A),
            ("党中央", A), ("东城区工委", A), ("市委统战部", A), ("市民族宗教事务局", A), ("市工商联", A),
            ("市人力资源和社会保障局", A), ("市政务服务监督管理局", A)],
        7: [("市委", A)],
        8: [("体育场社区", L), ("浙江", L), ("温州市", L), ("格尔木市", L), ("市政务服务监督管理局", A)],
        9: [("西藏路社区", L), ("浙江", L), ("市委", A)],
        14: [("格尔木市新型冠状病毒感染的肺炎疫情防控处置工作指挥部", A)],
        17: [("格尔木市新型冠状病毒感染的肺炎疫情防控处置工作指挥部", A), ("格尔木市主城区", L), ("郭勒木德镇", L),
             ("唐古拉山镇", L), ("长江源村", L), ("曲麻莱", L), ("黄河源社区", L), ("农垦集团", C), ("河东", L),
             ("河西", L), ("园艺场片区", L), ("格尔木工业园片区", L)],
        18: [("格尔木市新型冠状病毒感染的肺炎疫情防控处置工作指挥部", A)],
    },
}


def occurrences(text: str, surface: str) -> list[int]:
    out, i = [], text.find(surface)
    while i >= 0:
        out.append(i)
        i = text.find(surface, i + 1)
    return out


def main() -> None:
    rows = []
    for doc_id, paragraphs in ANNOTATION.items():
        norm = normalise((SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8"))
        for k, p in enumerate(norm.paragraphs):
            text = norm.text[p.start:p.end]
            spans = []
            for item in paragraphs.get(k, []):
                surface, label = item[0], item[1]
                found = occurrences(text, surface)
                assert found, (doc_id, k, surface)
                picks = item[2] if len(item) > 2 else range(len(found))
                for j in picks:
                    spans.append([found[j], found[j] + len(surface), label, surface])
            spans.sort()
            # Drop an occurrence that falls inside a longer annotated name
            # (市委 inside 市委统战部), then insist that nothing overlaps.
            kept = [s for s in spans if not any(o is not s and o[0] <= s[0] and s[1] <= o[1] and
                                                 (o[1] - o[0]) > (s[1] - s[0]) for o in spans)]
            for a, b in zip(kept, kept[1:]):
                assert a[1] <= b[0], (doc_id, k, a, b)
            rows.append({"id": f"{doc_id[:3]}#p{k}", "doc": doc_id, "text": text, "spans": kept})
    with open(HERE / "seeds_entities.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "paragraphs,", sum(len(r["spans"]) for r in rows), "spans")


if __name__ == "__main__":
    main()
