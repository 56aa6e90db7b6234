"""Writing script: traditional -> simplified Chinese, offsets kept.

Shared by reading (to judge a decoding), normalisation and every lookup of a
name a user types (``kg show 格爾木``).

>>> to_simplified("比亞迪")
'比亚迪'
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.spec import layout_spec


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FA1F


@lru_cache(maxsize=1)
def _variants() -> dict[int, str]:
    """Variant forms OpenCC leaves as they are (陜西, Hong Kong's form of 陝西), as the standard form."""
    return {ord(k): v for k, v in layout_spec().variant_chars.items()}


@lru_cache(maxsize=2)
def _converter(config: str = "t2s"):
    import opencc

    return opencc.OpenCC(config)


@lru_cache(maxsize=1)
def _variant_chars() -> re.Pattern:
    # Most pages hold none of them: a search is much cheaper than a translation by a dict.
    return re.compile("[" + re.escape("".join(sorted(map(chr, _variants())))) + "]" if _variants() else "(?!)")


# Where a Taiwan phrase conversion may change the length, a line is converted piece by piece.
_PIECES = re.compile(r"[^\s，。、；：！？,.;:!?（）()“”\"]+|.", re.S)


def to_simplified(text: str, taiwan: bool = False) -> str:
    """Traditional -> simplified with OpenCC (phrase-aware).

    ``taiwan``: read Taiwan usage back too (專案 -> 项目, 資訊 -> 信息), for
    pages a site converted to it. The result has the same length as the input,
    so offsets survive: where a phrase conversion would change the length,
    that stretch is converted without Taiwan phrases, or character by
    character.

    >>> to_simplified("格爾木工業園區"), to_simplified("陜西鋅業")
    ('格尔木工业园区', '陕西锌业')
    >>> to_simplified("開州39個專案集中簽約", taiwan=True)
    '开州39个项目集中签约'
    """
    if _variant_chars().search(text):
        text = text.translate(_variants())
    conv = _converter("tw2sp" if taiwan else "t2s")
    out = conv.convert(text)
    if len(out) == len(text):
        return _particle_zhe(text, out)
    plain = _converter("t2s")
    pieces = []
    for line in text.split("\n"):
        conv_line = conv.convert(line)
        if len(conv_line) != len(line):
            conv_line = "".join(_same_length(m.group(0), conv, plain) for m in _PIECES.finditer(line))
        pieces.append(conv_line)
    return _particle_zhe(text, "\n".join(pieces))


def _particle_zhe(text: str, out: str) -> str:
    """``out`` with each 著 that is the aspect particle written as 着 (标志著新疆 -> 标志着新疆).

    OpenCC's plain conversion keeps 著, which jieba then glues to the next
    name; its Taiwan conversion tells the particle from 著名 and 显著, and
    ``zhu_words`` (layout.yaml) from the works it would misread (编著).

    >>> _particle_zhe("標志著新疆", "标志著新疆"), _particle_zhe("著名的編著", "著名的编著")
    ('标志着新疆', '著名的编著')
    """
    if "著" not in out:
        return out
    taiwan = _converter("tw2s").convert(text)
    if len(taiwan) != len(out):
        return out
    keep = layout_spec().zhu_words
    chars = list(out)
    for i, ch in enumerate(out):
        if ch == "著" and taiwan[i] == "着" and out[i - 1:i + 1] not in keep and out[i:i + 2] not in keep:
            chars[i] = "着"
    return "".join(chars)


def _same_length(piece: str, conv, plain) -> str:
    for c in (conv, plain):
        out = c.convert(piece)
        if len(out) == len(piece):
            return out
    return "".join(c if len(c) == 1 else ch for ch, c in ((ch, plain.convert(ch)) for ch in piece))


@lru_cache(maxsize=1)
def _character_table() -> dict[str, str]:
    # Every CJK character OpenCC converts on its own, one pass over the blocks.
    chars = [chr(o) for block in ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00)) for o in range(*block)]
    converted = _converter().convert("\n".join(chars)).split("\n")
    return {c: s for c, s in zip(chars, converted) if len(s) == 1 and s != c} if len(converted) == len(chars) else {}


@lru_cache(maxsize=1)
def _traditional_chars() -> re.Pattern:
    return re.compile("[" + "".join(sorted(_character_table())) + "]")


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds a character OpenCC converts on its own: a cheap test before converting.

    >>> has_traditional("格尔木"), has_traditional("格爾木")
    (False, True)
    """
    return _traditional_chars().search(text) is not None


def traditional_map(simplified: set[str] | str) -> dict[str, str]:
    """Traditional characters whose simplified form is in ``simplified``, each -> that form.

    A page that must work offline cannot run OpenCC; it carries this table,
    restricted to the characters its names use, to read traditional queries.

    >>> traditional_map("亚迪")
    {'亞': '亚'}
    """
    wanted = set(simplified)
    return {t: s for t, s in sorted(_character_table().items()) if s in wanted}
