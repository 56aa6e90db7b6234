"""``kg eval``: score entity extraction against annotated text (exact spans).

Gold formats:

* ours (JSONL): ``{"text": ..., "spans": [[start, end, "COMPANY", "surface"], ...]}``
  with end-exclusive offsets and our labels COMPANY, PROJECT, AGENCY, PLACE;
* CLUENER: ``{"text": ..., "label": {"company": {"浙商银行": [[0, 3]]}}}`` with
  inclusive ends; company -> COMPANY, government -> AGENCY, address -> PLACE;
* Boson: ``{"text": ..., "entities": [[start, end, label, surface], ...]}``;
  company_name -> COMPANY, location -> PLACE.

* character-tagged text, one ``char TAG`` a line (space or tab), a blank
  line between sentences: People's Daily 1998 (``B_nt``/``M_nt``/``E_nt``,
  ``nt`` organisation, ``ns`` place) and MSRA / People's Daily NER (BIO:
  ``B-ORG``, ``I-LOC``). Their organisation type holds companies and
  government bodies alike, so it is scored as ``ORG`` against our COMPANY
  and AGENCY spans merged; ``ns``/``LOC`` is PLACE; persons are not scored.
  A state's army named by its one-character name (日军, 美海军) is for us an
  agency, an organ of that state; MSRA tags the country alone as a place
  (日 LOC) and People's Daily 1998 leaves the word untagged: there, unless
  ``--as-annotated``, the army's word is neutral.

CLUENER ``organization`` and Boson ``org_name`` mix government bodies with
schools, teams and associations: a prediction that overlaps such a span (and
matches no gold span exactly) counts neither for nor against. Only the types
a data set annotates are scored.

CLUENER's convention for places differs from ours in three ways, and its records
are scored through a mapping rather than by bending ours:

* it writes an address whole (上海市徐汇区漕宝路), where we name each division
  (上海市|徐汇区|漕宝路): predicted places that touch with no character
  between them are joined into one address before scoring;
* scenic spots and landmarks (故宫, 香山, 龟山公园) are a type of their own,
  ``scene``, that our PLACE covers: like ``organization`` it is neutral.

Every set but ours marks some words that name no particular entity in our
convention: a generic word (政府, 海军, 国会, 市区: ``generic_names``) or a kind of
office named by its field alone (公安机关, 民政部门, 有关部门: ``office_kinds``).
We never extract them, and such a gold span is neutral
(:func:`names_nothing`); so is a news outlet a set calls a company or an
agency (:func:`names_outlet`: 新华网, 新晚报), which the build makes no node;
and so is a firm's own department a set marks a company whole
(:func:`names_firm_department`: 某某银行个人业务部), where we name the firm and
the department is no part of its name; and so is a political party CLUENER
marks a government (:func:`names_party`: 共和党), no organ of a state for us;
and a company or an agency a set marks with the brackets around it or after it
(:func:`bracketed_name`: 【某某银行】, 某某银行（601000.sh）), where we name it
inside or before them.
``kg eval --as-annotated`` scores them as the set has them.

* its address is a place inside a country, and it leaves countries and regions
  of the world nearly always unmarked: where it does, a place we find there is
  not scored (:func:`_beyond_address`; ``--as-annotated`` scores it).
* it writes a post with the body it is held in as one ``position`` (广州市委常委,
  全国政协委员, 总工会主席) and leaves the body unmarked there, where we name the
  body (广州市委): a company or an agency we find inside such a post is not
  scored (``--as-annotated`` scores it).

A fourth difference is left in the figure: CLUENER marks a city as an address
only where the text puts something there, and leaves the same name unmarked
when it qualifies a noun (北京市场) — 北京 is marked at 111 of its 409
occurrences in train.json. We mark every place name.

>>> score([{"gold": {(0, 4, "AGENCY")}, "pred": {(0, 4, "AGENCY"), (5, 7, "PLACE")}, "neutral": [],
...         "types": {"AGENCY", "PLACE"}}])["PLACE"]["fp"]
1
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from kg import contract

CLUENER_MAP = {"company": "COMPANY", "government": "AGENCY", "address": "PLACE"}
CLUENER_NEUTRAL = {"organization", "scene"}
BOSON_MAP = {"company_name": "COMPANY", "location": "PLACE"}
BOSON_NEUTRAL = {"org_name"}
LABELS = ("COMPANY", "PROJECT", "AGENCY", "PLACE")
# Character-tagged sets: their tag type -> the type scored; ORG is COMPANY and AGENCY merged.
CHAR_TAG_MAP = {"nt": "ORG", "ORG": "ORG", "ns": "PLACE", "LOC": "PLACE", "nr": "PERSON", "PER": "PERSON"}
MERGED_ORG = {"COMPANY": "ORG", "AGENCY": "ORG"}
GOVERNMENT_TAILS = ("人民政府", "市政府", "省政府", "县政府", "区政府", "政府")
SCORED = LABELS + ("ORG",)
# The types a post's body is of (CLUENER's position holds it: 广州市委常委).
ORGANISATIONS = ("COMPANY", "AGENCY")
_CHAR_TAG_LINE = re.compile(r"^\S[ \t]+(?:O|[BIMES][-_][A-Za-z]+)$")


class GoldError(ValueError):
    """A gold file that is missing, not JSON lines, or of no known format; the message names it."""


@dataclass
class GoldRecord:
    text: str
    spans: set[tuple[int, int, str]]
    neutral: list[tuple[int, int]]
    types: set[str]
    merge: dict[str, str] = field(default_factory=dict)  # predicted label -> scored type (COMPANY -> ORG)
    whole_addresses: bool = False  # the set writes an address whole: join touching predicted places
    # Where the set's place type does not reach (CLUENER: a country or a region of the world it leaves
    # unmarked): a PLACE predicted exactly there counts neither for nor against.
    unscored_places: frozenset[tuple[int, int]] = frozenset()
    # The set's posts, which hold the body a person serves in (CLUENER: 广州市委常委): a COMPANY or AGENCY
    # predicted inside one counts neither for nor against.
    posts: tuple[tuple[int, int], ...] = ()


def bucket(text: str) -> int:
    """A record's tenth of CLUENER: md5(text) % 10 (0 is held out, 1 is the training dev set)."""
    return int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16) % 10


# CLUENER train's tenth kept for choosing rules and thresholds (kg eval --dev); training's dev set too.
DEV_BUCKET = 1


def is_holdout(text: str) -> bool:
    """The CLUENER records kept out of training: md5(text) % 10 == 0."""
    return bucket(text) == 0


FORMATS_HELP = ("expected 'text' with 'spans' (kg), 'label' (CLUENER) or 'entities' (Boson), "
                "or 'relation', 'source' and 'target' (a relations file)")


def detect_format(first: dict) -> str:
    """The gold format of a record; raises :class:`GoldError` for none."""
    if "text" in first:
        if "label" in first:
            return "cluener"
        if "entities" in first:
            return "boson"
        if "spans" in first:
            return "kg"
    raise GoldError(f"unknown gold format: the first record has the keys {sorted(first)}; {FORMATS_HELP}")


def read_jsonl(path: str | Path) -> list[tuple[int, dict]]:
    """``(line number, record)`` of each non-empty line; raises :class:`GoldError` naming the file and line."""
    rows = []
    try:
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldError(f"{path}:{lineno}: invalid JSON ({exc.msg})") from None
                if not isinstance(rec, dict):
                    raise GoldError(f"{path}:{lineno}: a record must be a JSON object")
                rows.append((lineno, rec))
    except FileNotFoundError:
        raise GoldError(f"no such file: {path}") from None
    except OSError as exc:
        raise GoldError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise GoldError(f"{path} is not UTF-8 text") from None
    return rows


def load_gold(path: str | Path, fmt: str = "auto", as_annotated: bool = False) -> list[GoldRecord]:
    """The records of a gold file; raises :class:`GoldError` naming the file (and line) when it cannot."""
    if is_char_tagged(path):
        return read_char_tagged(path, as_annotated=as_annotated)
    return _records(path, read_jsonl(path), fmt, as_annotated)


def _set_aside_generic(text: str, spans: set, neutral: list) -> set:
    """``spans`` without those that name nothing for us or name a news outlet, which are added to ``neutral``."""
    generic = {x for x in spans if names_nothing(text[x[0]:x[1]])
               or (x[2] != "PLACE" and names_outlet(text[x[0]:x[1]]))
               or (x[2] in ("COMPANY", "ORG") and names_firm_department(text[x[0]:x[1]]))
               or (x[2] == "AGENCY" and names_party(text[x[0]:x[1]]))
               or (x[2] in ("COMPANY", "AGENCY") and bracketed_name(text[x[0]:x[1]]))}
    neutral += sorted((s, e) for s, e, _ in generic)
    return spans - generic


def names_nothing(text: str) -> bool:
    """Whether our convention reads an annotated span as naming no particular entity.

    A generic word (``generic_names``: 政府, 海军, 市区), or a kind of office named
    by its field alone (``office_kinds``): a word of jieba's dictionary that is
    no name, then 机关, 部门 or 机构; or a generic word after a word that says where
    or whose and not which (``generic_determiners``: 地方政府, 当地政府, 各级政府),
    as the rules read it.

    >>> [names_nothing(t) for t in ("政府", "公安机关", "有关部门", "县民政部门", "国务院", "地方政府", "地方税务局")]
    [True, True, True, False, False, True, False]
    """
    from kg.nlp.entity_rules import is_generic_name, office_kind
    from kg.spec import entity_rule_spec

    if is_generic_name(text) or office_kind(text):
        return True
    lead = next((d for d in entity_rule_spec().determiners_longest if text.startswith(d) and len(text) > len(d)), "")
    return bool(lead) and is_generic_name(text[len(lead):])


def bracketed_name(text: str) -> bool:
    """Whether an annotated organisation holds brackets our convention leaves out of a name.

    CLUENER marks a name set off in brackets with them (【某某银行】, （ABC）), and a name with its
    ticker, its short form or its name in another script in brackets after it as one span
    (某某银行（601000.sh）, 某某影业(SomePictures)); we name what is inside the brackets, or the
    name before them (the alias in them is a name of its own). A legal name with its place in
    brackets inside it (某某（上海）有限公司) is the legal name, whole for us too.

    >>> [bracketed_name(t) for t in ("【青梧银行】", "（abc）", "远帆银行（601000.sh）", "青梧影业(SomePictures)",
    ...                              "青梧科技（上海）有限公司", "远帆银行")]
    [True, True, True, True, False, False]
    """
    if len(text) < 3:
        return False
    if text[0] in "（(【[" and text[-1] in "）)】]":
        return True
    return text[-1] in "）)" and any(text.find(b, 2) > 0 for b in "（(")


def names_firm_department(text: str) -> bool:
    """Whether our convention reads an annotated organisation as a firm and a department only a firm has.

    The rules name the firm and leave its department (``firm_only_departments``:
    营业部, 市场部, 业务部) out of the name, after the firm as alone, and so any
    department (``firm_department_ends``) after a firm's strong head (某某银行现金管理部,
    某某证券研究部); CLUENER marks the two as one company (某某银行个人业务部).

    >>> [names_firm_department(t) for t in ("青梧银行个人业务部", "远帆地产市场部", "营业部", "市委组织部",
    ...                                     "青梧银行现金管理部", "远帆证券研究部", "银行卡部")]
    [True, True, False, False, True, True, False]
    """
    from kg.spec import entity_rule_spec

    spec = entity_rule_spec()
    end = next((d for d in spec.firm_only_departments if text.endswith(d)), "")
    if end:
        return len(text) - len(end) >= 2
    if not text.endswith(tuple(spec.firm_department_ends)):
        return False
    heads = _strong_company_heads()
    return any(text.endswith(heads, 0, p) for p in range(3, len(text) - 1))


@lru_cache(maxsize=1)
def _strong_company_heads() -> tuple[str, ...]:
    """The strong company suffixes (银行, 有限公司), read once: every annotated company asks for them."""
    from kg.spec import entity_rule_spec

    return tuple(s for s, v in entity_rule_spec().suffix_table().items() if v == "COMPANY:strong")


def names_party(text: str) -> bool:
    """Whether an annotated agency is a political party as a whole, no organ of a state in our convention.

    A party (``party_ends`` in scoring.yaml: 共和党, 中国共产党) is an association of its members with no
    division or level; its organs that act for a division (县委, 市纪委) are agencies. CLUENER marks a
    party a government.

    >>> [names_party(t) for t in ("共和党", "中国共产党", "县委", "党")]
    [True, True, False, False]
    """
    from kg.resources import load_yaml

    ends = tuple(load_yaml("scoring.yaml").get("party_ends", ()))
    name = text.strip("《》“”\"")
    return any(name.endswith(e) and len(name) - len(e) >= 2 for e in ends)


def names_outlet(text: str) -> bool:
    """Whether our convention reads an annotated organisation as a news outlet, no company and no agency.

    The build never makes an outlet a node (``media_suffixes``, ``outlet_names``: 新华网, 新快报, 富士电视台;
    every article's dateline names one), as People's Daily 1998 and MSRA are
    scored with 新华社 neither (:func:`organisation_type`). A county's media
    centre (县融媒体中心) is its body, and a grid (国家电网) no outlet.

    >>> [names_outlet(t) for t in ("新华网", "《新晚报》", "国家电网", "某县融媒体中心", "网易")]
    [True, True, False, False, False]
    """
    from kg.spec import entity_rule_spec

    spec = entity_rule_spec()
    name = text.strip("《》“”\"")
    paper = any(spec.outlet_name_re.fullmatch(name, len(name) - n) for n in range(2, min(len(name), 6)))
    return (len(name) > 1 and (name.endswith(spec.media_suffixes) or paper)
            and not name.endswith(spec.media_exceptions) and not name.endswith(spec.media_bodies))


def is_char_tagged(path: str | Path) -> bool:
    """The file is one ``char TAG`` a line (People's Daily 1998, MSRA)."""
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    return bool(_CHAR_TAG_LINE.match(line.rstrip("\n")))
    except (OSError, UnicodeDecodeError):
        return False
    return False


@lru_cache(maxsize=1)
def _organisation_tables() -> tuple[dict[str, str], dict[str, str]]:
    from kg.lexicon import package_lexicon
    from kg.spec import entity_rule_spec

    names: dict[str, str] = {}
    for e in package_lexicon():
        if e.label in ("COMPANY", "AGENCY"):
            for n in (e.name, *e.aliases):
                names.setdefault(n, e.label)
    suffixes = {s: v.split(":")[0] for s, v in entity_rule_spec().suffix_table().items()}
    return names, suffixes


def organisation_type(name: str) -> str:
    """An organisation's type in our convention: COMPANY, AGENCY, or ORG for neither.

    People's Daily 1998 (nt) and MSRA (ORG) tag every organisation; we name
    companies and government or party bodies. The package lexicon decides
    first, then our type suffixes (…有限公司, …局, …委员会); schools, media,
    associations, teams and foreign bodies with neither are ORG.

    >>> [organisation_type(n) for n in ("国务院", "北京电报局", "长江航运集团", "新华社", "中华医学会")]
    ['AGENCY', 'AGENCY', 'COMPANY', 'ORG', 'ORG']
    """
    names, suffixes = _organisation_tables()
    if name in names:
        return names[name]
    for k in range(min(len(name) - 1, 7), 0, -1):
        label = suffixes.get(name[-k:])
        if label in ("COMPANY", "AGENCY"):
            return label
        if label:
            break
    return "ORG"


@lru_cache(maxsize=1)
def _army_names() -> re.Pattern:
    """A state's army by the state's one-character name and an army's suffix (日军, 美海军; ``army_suffixes``)."""
    from kg.gazetteer import load_gazetteer
    from kg.nlp.entity_rules import army_states
    from kg.spec import entity_rule_spec

    spec = entity_rule_spec()
    states = army_states(spec, load_gazetteer().countries)
    if not states or not spec.army_suffixes:
        return re.compile("(?!)")
    return re.compile(f"[{''.join(map(re.escape, sorted(states)))}](?:{'|'.join(map(re.escape, spec.army_suffixes))})")


def read_char_tagged(path: str | Path, keep: tuple[str, ...] = ("ORG", "PLACE"),
                     all_organisations: bool = False, scoring: bool = True,
                     as_annotated: bool = False) -> list[GoldRecord]:
    r"""One record per sentence of a character-tagged file, its spans typed by :data:`CHAR_TAG_MAP`.

    BIO (MSRA: B-ORG, I-ORG) and BMES (People's Daily 1998: B_nt, M_nt, E_nt)
    both work: a span starts at B or S and runs over the tags of its type
    that follow. Only the types in ``keep`` are returned (people are not
    scored). For scoring, where the set's convention differs from ours, the
    span is neutral (neither for nor against, as CLUENER's ``organization``):
    an organisation that is neither a company nor an agency by
    :func:`organisation_type` (新华社, 北京大学; unless ``all_organisations``),
    and a place followed by an untagged 政府 (北京市|政府, an agency for us);
    and, unless ``as_annotated``, a span that names nothing for us (:func:`names_nothing`), and a
    state's army by its one-character name the set tags no organisation (日军: 日 LOC in MSRA).
    ``scoring=False`` reads the tags as they are (for training). People's Daily 1998 writes about 479 one-character names twice,
    tagged B then E (孔 B_nr, 孔 E_nr), a slip of its conversion: such a pair
    is read as one character.

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".bio", delete=False, encoding="utf-8") as f:
    ...     _ = f.write("市\tB-ORG\n委\tI-ORG\n在\tO\n京\tB-LOC\n\n")
    >>> r = read_char_tagged(f.name)[0]; os.unlink(f.name)
    >>> r.text, sorted(r.spans), r.merge["AGENCY"]
    ('市委在京', [(0, 2, 'ORG'), (3, 4, 'PLACE')], 'ORG')
    """
    out: list[GoldRecord] = []
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        spans, start, kind = set(), None, None
        text = "".join(chars)
        for i, tag in enumerate(tags + ["O"]):
            pos, _, typ = tag.replace("_", "-").partition("-")
            if start is not None and (pos in ("B", "S", "O") or typ != kind):
                if CHAR_TAG_MAP.get(kind) in keep:
                    spans.add((start, i, CHAR_TAG_MAP[kind]))
                start, kind = None, None
            if pos in ("B", "S") or (pos in ("I", "M", "E") and start is None and typ):
                start, kind = i, typ
            if pos in ("E", "S") and start is not None:  # BMES: the span ends here
                if CHAR_TAG_MAP.get(kind) in keep:
                    spans.add((start, i + 1, CHAR_TAG_MAP[kind]))
                start, kind = None, None
        neutral: list[tuple[int, int]] = []
        # People's Daily and MSRA mostly write a place's government as the place and an
        # untagged 政府 (北京市|政府); for us 北京市政府 is an agency. Neither reading counts.
        for s, e, t in sorted(spans) if scoring else ():
            if t == "PLACE":
                gov = next((g for g in GOVERNMENT_TAILS if text.startswith(g, e)), "")
                if gov and all(tags[i] == "O" for i in range(e, e + len(gov))):
                    neutral.append((s, e + len(gov)))
                    spans.discard((s, e, t))
        # A state's army by its one-character name (日军, 美军) is an agency for us; MSRA tags the country
        # alone as a place (日 LOC) and People's Daily 1998 leaves it untagged. Neither reading counts.
        for m in _army_names().finditer(text) if scoring and not as_annotated else ():
            if all(CHAR_TAG_MAP.get(tags[i].replace("_", "-").partition("-")[2]) != "ORG"
                   for i in range(m.start(), m.end())):
                neutral.append((m.start(), m.end()))
                spans.discard((m.start(), m.start() + 1, "PLACE"))
        if scoring and not all_organisations:
            other = {(s, e) for s, e, t in spans if t == "ORG" and organisation_type(text[s:e]) == "ORG"}
            spans = {x for x in spans if x[2] != "ORG" or (x[0], x[1]) not in other}
            neutral += sorted(other)
        if scoring and not as_annotated:
            spans = _set_aside_generic(text, spans, neutral)
        out.append(GoldRecord(text, spans, neutral, set(keep), dict(MERGED_ORG)))

    try:
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                line = line.rstrip("\n")
                if not line.strip():
                    if chars:
                        flush()
                    chars, tags = [], []
                    continue
                parts = line.split()
                if len(parts) != 2:
                    raise GoldError(f"{path}:{lineno}: expected 'char TAG'")
                if (chars and parts[0] == chars[-1] and tags[-1].startswith("B_")
                        and parts[1] == "E_" + tags[-1][2:]):
                    tags[-1] = "S_" + tags[-1][2:]
                    continue
                chars.append(parts[0])
                tags.append(parts[1])
    except FileNotFoundError:
        raise GoldError(f"no such file: {path}") from None
    if chars:
        flush()
    return out


def _records(path, rows: list[tuple[int, dict]], fmt: str, as_annotated: bool = False) -> list[GoldRecord]:
    if not rows:
        return []
    try:
        fmt = detect_format(rows[0][1]) if fmt == "auto" else fmt
    except GoldError as exc:
        raise GoldError(f"{path}: {exc}") from None
    out = []
    for lineno, rec in rows:
        try:
            out.append(_parse(rec, fmt, as_annotated))
        except (KeyError, ValueError, TypeError) as exc:
            raise GoldError(f"{path}:{lineno}: not a {fmt} record ({type(exc).__name__}: {exc})") from None
    return out


def _parse(rec: dict, fmt: str, as_annotated: bool = False) -> GoldRecord:
    text = rec["text"]
    if not isinstance(text, str):
        raise TypeError("'text' is not a string")
    spans: set[tuple[int, int, str]] = set()
    neutral: list[tuple[int, int]] = []
    if fmt == "cluener":
        for label, by_surface in rec.get("label", {}).items():
            for positions in by_surface.values():
                for s, e in positions:
                    if label in CLUENER_MAP:
                        spans.add((s, e + 1, CLUENER_MAP[label]))
                    elif label in CLUENER_NEUTRAL:
                        neutral.append((s, e + 1))
        types = set(CLUENER_MAP.values())
    elif fmt == "boson":
        for s, e, label, *_ in rec.get("entities", []):
            if label in BOSON_MAP:
                spans.add((s, e, BOSON_MAP[label]))
            elif label in BOSON_NEUTRAL:
                neutral.append((s, e))
        types = set(BOSON_MAP.values())
    else:
        for s, e, label, *_ in rec.get("spans", []):
            spans.add((s, e, label))
        types = set(LABELS)
    unscored: frozenset[tuple[int, int]] = frozenset()
    posts: tuple[tuple[int, int], ...] = ()
    if fmt == "cluener" and not as_annotated:
        posts = tuple(sorted((s, e + 1) for positions in rec.get("label", {}).get("position", {}).values()
                             for s, e in positions))
    if fmt in ("cluener", "boson") and not as_annotated:
        spans = _set_aside_generic(text, spans, neutral)
    if fmt == "cluener" and not as_annotated:
        marked = {(s, e) for s, e, label in spans if label == "PLACE"}
        unscored = frozenset((m.start(), m.end()) for m in _beyond_address().finditer(text)
                             if (m.start(), m.end()) not in marked)
    return GoldRecord(text, spans, neutral, types, whole_addresses=fmt == "cluener", unscored_places=unscored,
                      posts=posts)


@lru_cache(maxsize=1)
def _beyond_address() -> re.Pattern:
    """The names of countries (the gazetteer's world list) and of regions of the world (``scoring.yaml``).

    CLUENER's address is a place inside a country, by its guideline a
    province, city, district, street, number, road or village; it marks 中国
    at 12 of 573 mentions outside the held-out tenth, 美国 at 19 of 279, 亚洲
    at none of 44. We name every place, so where it leaves such a name
    unmarked, a place predicted there is neither right nor wrong.
    """
    from kg.gazetteer import load_gazetteer
    from kg.resources import load_yaml

    names = set(load_gazetteer().countries) | set(load_yaml("scoring.yaml")["cluener_beyond_address"])
    return re.compile("|".join(map(re.escape, sorted(names, key=lambda n: (-len(n), n)))))


def predict(texts: Iterable[str], nlp) -> list[set[tuple[int, int, str]]]:
    """Entity spans the build would find, as offsets into each text."""
    from kg.analyse import analyse_document
    from kg.read import Document

    out = []
    for i, text in enumerate(texts):
        analysis = analyse_document(Document(f"eval{i}", "<eval>", text, single_article=True), nlp, keep_docs=False)
        out.append({(m.start, m.end, m.label) for m in analysis.mentions if m.label in LABELS})
    return out


def score(items: Iterable[dict]) -> dict:
    """Per-type and micro-averaged precision, recall, F1 (exact spans)."""
    counts = {t: {"tp": 0, "fp": 0, "fn": 0} for t in SCORED}
    seen_types: set[str] = set()
    for it in items:
        gold, pred, types = it["gold"], it["pred"], it["types"]
        seen_types |= types
        for s, e, label in pred:
            if label not in types:
                continue
            if (s, e, label) in gold:
                counts[label]["tp"] += 1
            elif label == "PLACE" and (s, e) in it.get("unscored", ()):
                continue
            elif label in ORGANISATIONS and any(ps <= s and e <= pe for ps, pe in it.get("posts", ())):
                continue
            elif any(s < ne and ns < e for ns, ne in it["neutral"]) and not any(
                    (s, e) == (gs, ge) for gs, ge, _ in gold):
                continue
            else:
                counts[label]["fp"] += 1
        for s, e, label in gold:
            if label in types and (s, e, label) not in pred:
                counts[label]["fn"] += 1
    result = {}
    total = {"tp": 0, "fp": 0, "fn": 0}
    for t in SCORED:
        if t not in seen_types:
            continue
        c = counts[t]
        for k in total:
            total[k] += c[k]
        result[t] = {**c, **_prf(c)}
    result["ALL"] = {**total, **_prf(total)}
    return result


def confusion(items: Iterable[dict]) -> dict[tuple[str, str], int]:
    """(gold type, predicted type) -> number of gold spans found exactly but typed otherwise.

    >>> confusion([{"gold": {(0, 4, "AGENCY")}, "pred": {(0, 4, "COMPANY")}, "neutral": [], "types": {"AGENCY"}}])
    {('AGENCY', 'COMPANY'): 1}
    """
    out: dict[tuple[str, str], int] = {}
    for it in items:
        gold = {(s, e): label for s, e, label in it["gold"]}
        for s, e, label in it["pred"]:
            g = gold.get((s, e))
            if g is not None and g != label and (s, e, label) not in it["gold"]:
                out[(g, label)] = out.get((g, label), 0) + 1
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def _prf(c: dict) -> dict:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate(records: list[GoldRecord], nlp) -> dict:
    return score(scored_items(records, nlp))


def scored_items(records: list[GoldRecord], nlp) -> list[dict]:
    """Each record's gold and predicted spans, ready for :func:`score` (predicted once)."""
    preds = predict([r.text for r in records], nlp)
    return [{"gold": r.spans, "pred": {(s, e, r.merge.get(label, label))
                                       for s, e, label in (join_touching(p) if r.whole_addresses else p)},
             "neutral": r.neutral, "types": r.types, "unscored": r.unscored_places, "posts": r.posts}
            for r, p in zip(records, preds)]


def join_touching(spans: set[tuple[int, int, str]], label: str = "PLACE") -> set[tuple[int, int, str]]:
    """``spans`` with each run of ``label`` spans that touch end to start joined into one.

    >>> sorted(join_touching({(0, 3, "PLACE"), (3, 6, "PLACE"), (7, 9, "PLACE"), (9, 12, "AGENCY")}))
    [(0, 6, 'PLACE'), (7, 9, 'PLACE'), (9, 12, 'AGENCY')]
    """
    out = {sp for sp in spans if sp[2] != label}
    run: list[int] | None = None
    for s, e, _ in sorted(sp for sp in spans if sp[2] == label):
        if run is not None and s == run[1]:
            run[1] = e
            continue
        if run is not None:
            out.add((run[0], run[1], label))
        run = [s, e]
    if run is not None:
        out.add((run[0], run[1], label))
    return out


def bootstrap(items: list[dict], rounds: int = 1000, seed: int = 0) -> dict[str, tuple[float, float]]:
    """95% interval of F1 per type, resampling records with replacement.

    A test set of a few hundred spans moves by several points between
    samples; the interval says how far a figure can be trusted.

    >>> items = [{"gold": {(0, 2, "PLACE")}, "pred": {(0, 2, "PLACE")}, "neutral": [], "types": {"PLACE"}}]
    >>> bootstrap(items, rounds=10)["PLACE"]
    (1.0, 1.0)
    """
    import random

    rng = random.Random(seed)
    f1s: dict[str, list[float]] = {}
    for _ in range(rounds):
        for t, c in score(rng.choice(items) for _ in items).items():
            if c["tp"] + c["fp"] + c["fn"]:  # a sample with no span of the type has no F1
                f1s.setdefault(t, []).append(c["f1"])
    out = {}
    for t, v in f1s.items():
        v.sort()
        out[t] = (v[int(len(v) * 0.025)], v[min(len(v) - 1, int(len(v) * 0.975))])
    return out


def format_table(result: dict) -> str:
    lines = [f"{'type':<8} {'precision':>9} {'recall':>7} {'f1':>6} {'tp':>6} {'fp':>6} {'fn':>6}"]
    for t, c in result.items():
        lines.append(f"{t:<8} {c['precision']:>9.3f} {c['recall']:>7.3f} {c['f1']:>6.3f} {c['tp']:>6} {c['fp']:>6} {c['fn']:>6}")
    return "\n".join(lines)


def score_relations(graph, gold: list[dict]) -> dict:
    """Precision of typed edges and recall of gold relations, per relation.

    A predicted edge matches a gold relation when the relation is the same
    and each gold name is the label or an alias of the edge's node.
    """
    names = {n: contract.names(d) for n, d in graph.nodes(data=True)}
    edges = [(u, v, d["relation"]) for u, v, d in graph.edges(data=True) if d.get("relation") != "co_mention"]

    def matches(edge, g):
        u, v, rel = edge
        return rel == g["relation"] and g["source"] in names[u] and g["target"] in names[v]

    out = {}
    for rel in sorted({g["relation"] for g in gold} | {e[2] for e in edges}):
        pred = [e for e in edges if e[2] == rel]
        gold_rel = [g for g in gold if g["relation"] == rel]
        tp_pred = sum(1 for e in pred if any(matches(e, g) for g in gold_rel))
        found = sum(1 for g in gold_rel if any(matches(e, g) for e in pred))
        out[rel] = {"predicted": len(pred), "correct": tp_pred, "gold": len(gold_rel), "found": found,
                    "precision": round(tp_pred / len(pred), 4) if pred else 0.0,
                    "recall": round(found / len(gold_rel), 4) if gold_rel else 0.0}
    allp = sum(v["predicted"] for v in out.values())
    out["ALL"] = {"predicted": allp, "correct": sum(v["correct"] for v in out.values()),
                  "gold": len(gold), "found": sum(v["found"] for v in out.values())}
    out["ALL"]["precision"] = round(out["ALL"]["correct"] / allp, 4) if allp else 0.0
    out["ALL"]["recall"] = round(out["ALL"]["found"] / len(gold), 4) if gold else 0.0
    return out


def _relations_main(args, rows: list[tuple[int, dict]]) -> int:
    import sys

    from kg.show import GraphFileError, read_graph

    for lineno, rec in rows:
        if not all(isinstance(rec.get(k), str) for k in ("relation", "source", "target")):
            print(f"kg eval: error: {args.gold}:{lineno}: a relation needs 'relation', 'source' and 'target' strings",
                  file=sys.stderr)
            return 2
    try:
        graph = read_graph(args.graph)
        result = score_relations(graph, [rec for _, rec in rows])
    except GraphFileError as exc:
        print(f"kg eval: error: {exc}", file=sys.stderr)
        return 2
    except (KeyError, ValueError, TypeError) as exc:
        print(f"kg eval: error: {args.graph} does not follow kg's graph contract ({type(exc).__name__}: {exc})",
              file=sys.stderr)
        return 2
    print(f"{args.gold} against {args.graph}: typed edges")
    print(f"{'relation':<11} {'precision':>9} {'recall':>7} {'correct/predicted':>18} {'found/gold':>11}")
    for rel, c in result.items():
        print(f"{rel:<11} {c['precision']:>9.3f} {c['recall']:>7.3f} {c['correct']:>9}/{c['predicted']:<8} "
              f"{c['found']:>5}/{c['gold']:<5}")
    return 0


def main(args) -> int:
    import sys

    try:
        rows = [] if is_char_tagged(args.gold) else read_jsonl(args.gold)
        if not rows and is_char_tagged(args.gold):
            records = read_char_tagged(args.gold, all_organisations=args.all_organisations,
                                       as_annotated=args.as_annotated)
            if not args.all_organisations:
                n = sum(1 for r in records for s, e in r.neutral if not names_nothing(r.text[s:e]))
                print(f"{n} organisations that are neither a company nor an agency in our convention (新华社, 北京大学) "
                      "are neutral; --all-organisations scores them as ORG")
            return _entities_main(args, records)
        if not rows:
            raise GoldError(f"{args.gold} has no records")
        if "relation" in rows[0][1]:
            return _relations_main(args, rows)
        records = _records(args.gold, rows, args.format, args.as_annotated)
    except GoldError as exc:
        print(f"kg eval: error: {exc}", file=sys.stderr)
        return 2
    return _entities_main(args, records)


def _print_generic(records: list[GoldRecord], args) -> None:
    n = sum(1 for r in records for s, e in r.neutral if names_nothing(r.text[s:e]))
    if n and not args.as_annotated:
        print(f"{n} annotated spans that name nothing in our convention (政府, 公安机关, 有关部门) are neutral; "
              "--as-annotated scores them")
    n = sum(1 for r in records for s, e in r.neutral if names_outlet(r.text[s:e]) and not names_nothing(r.text[s:e]))
    if n and not args.as_annotated:
        print(f"{n} annotated companies and agencies that are news outlets in our convention (新华网, 新快报) are "
              "neutral; --as-annotated scores them")
    n = sum(len(r.posts) for r in records)
    if n:
        print(f"{n} posts written with the body they are held in (广州市委常委) are the set's: a company or an agency "
              "predicted inside one is not scored; --as-annotated scores it")
    n = sum(len(r.unscored_places) for r in records)
    if n:
        print(f"{n} unmarked names of countries and regions of the world (中国, 美国, 欧洲) are beyond the set's "
              "address type: a place predicted there is not scored; --as-annotated scores it")


def _entities_main(args, records: list[GoldRecord]) -> int:
    import sys

    from kg.nlp import load_pipeline

    if args.holdout:
        records = [r for r in records if is_holdout(r.text)]
    if getattr(args, "dev", False):
        records = [r for r in records if bucket(r.text) == DEV_BUCKET]
    if args.limit:
        records = records[: args.limit]
    _print_generic(records, args)
    nlp = load_pipeline(args.lexicon, statistical=not args.fast)
    items = scored_items(records, nlp)
    print(f"{args.gold}: {len(records)} records, exact span match")
    print(format_table(score(items)))
    mixed = confusion(items)
    if mixed:
        print("same span, other type (gold -> predicted): "
              + ", ".join(f"{g} -> {p} {n}" for (g, p), n in mixed.items()))
    if args.bootstrap:
        print(f"95% interval of F1 over {args.bootstrap} resamples of the records:")
        for t, (lo, hi) in bootstrap(items, args.bootstrap).items():
            print(f"{t:<8} {lo:.3f} - {hi:.3f}")
    return 0
