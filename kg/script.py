"""Writing script: traditional -> simplified Chinese, offsets kept.

Shared by reading (to judge a decoding), normalisation and every lookup of a
name a user types (``kg show 格爾木``).

>>> to_simplified("比亞迪")
'比亚迪'
"""

from __future__ import annotations

from functools import lru_cache


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FA1F


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional -> simplified with OpenCC (phrase-aware).

    The result has the same length as the input, so offsets survive: where a
    phrase conversion would change the length, that stretch is converted
    character by character instead.

    >>> to_simplified("格爾木工業園區")
    '格尔木工业园区'
    """
    conv = _converter()
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    pieces = []
    for line in text.split("\n"):
        conv_line = conv.convert(line)
        if len(conv_line) != len(line):
            conv_line = "".join(c if len(c) == 1 else ch for ch, c in ((ch, conv.convert(ch)) for ch in line))
        pieces.append(conv_line)
    return "\n".join(pieces)
