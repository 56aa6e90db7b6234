"""Normalise stage: raw page text -> clean paragraphs and sentences.

Real input is e-paper text: lines hard-wrapped every ~15 characters, paragraphs
cut by page breaks, spaces inside names and numbers ("李 莎 莎", "2 万吨"), mixed
full- and half-width punctuation, traditional characters. :func:`normalise`
turns it into paragraphs; every character of the result remembers its offset in
the original text, so any span found later maps back to the source.

Pinyin glosses that scraped pages keep after characters (業(yè)) and the
anti-copy noise forums insert into reposted articles ("' d5 `6 | ~* t9") are
removed. Normalisation is idempotent: ``normalise(normalise(t).text).text ==
normalise(t).text``.

>>> n = normalise("本报讯（记者 李 莎 莎）签订\\n\\n协议 12 个。")
>>> n.text
'本报讯（记者 李莎莎）签订协议12个。'
>>> n.original_span(7, 10)          # "李莎莎" in the original text
(7, 12)
"""

from __future__ import annotations

import re
import re._constants as re_constants
import re._parser as re_parser
import statistics
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from kg.script import is_cjk, to_simplified
from kg.spec import layout_spec

__all__ = ["Paragraph", "NormalText", "normalise", "simplified", "split_sentences"]


@dataclass(frozen=True)
class Paragraph:
    start: int  # offsets into NormalText.text
    end: int
    kind: str  # "text", "heading", "opener", "continuation" or "caption"


@dataclass
class NormalText:
    text: str
    offsets: list[int]  # offsets[i]: index in the original of text[i]; one extra entry at the end
    paragraphs: list[Paragraph] = field(default_factory=list)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised span ``text[start:end]``."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


# Half-width punctuation that is written full-width next to Chinese text.
_TO_FULL = {",": "，", "(": "（", ")": "）", ":": "：", ";": "；", "!": "！", "?": "？"}
_SPACES = {" ", "\t", "\u3000", "\u00a0", "\u2002", "\u2003", "\u2009", "\u202f", "\r", "\f", "\v"}
_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}


def _unify_char(ch: str) -> str:
    """One character to one character: full-width ASCII to half-width."""
    o = ord(ch)
    if 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A or ch in "％＋．／＝＆＠＃":
        return unicodedata.normalize("NFKC", ch)
    return ch


# _unify_char as one str.translate over the page, instead of a Python call per character.
_UNIFY = {o: _unify_char(chr(o)) for o in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B),
                                            *map(ord, "％＋．／＝＆＠＃")]}
# A page with none of those characters (most) is left as it is, without a dict look-up a character.
_UNIFIED = re.compile("[" + re.escape("".join(sorted(map(chr, _UNIFY)))) + "]")
# What a line needs the slow path for: a space, a character to drop (zero-width,
# soft hyphen, control), half-width punctuation to widen, or a bracket that may
# open a pinyin gloss. Most lines of a page have none of them.
_NEEDS_CLEANING = re.compile("[" + re.escape("".join(sorted(_SPACES | _DROP | set(_TO_FULL) | {"（"})))
                             + "\x00-\x1f\x7f-\x9f]")
# What a paragraph needs _clean_chars again for, across its joined lines.
_NEEDS_RECLEANING = re.compile("[ " + re.escape("".join(_TO_FULL)) + "]")


# A pinyin gloss after a character, as scraped pages keep them from ruby text:
# 業(yè), 項（xiàng mù）. A tone mark tells it from a Latin name in brackets (ABB).
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_GLOSS = re.compile(rf"(?<=[\u3400-\u9fff])[(（]\s*((?:[a-zA-Zü{_TONED}]+['’\s]*)+)[)）]")


_DECIMAL_STOP = re.compile(r"(?<=[0-9])。(?=[0-9])")


def _taiwan_usage(text: str) -> bool:
    """Whether a page was converted to Taiwan usage (專案 for 项目): see layout.yaml ``taiwan_usage``."""
    return any(word in text for word in layout_spec().taiwan_usage)


# A gloss holds a tone mark: a line without one (most) has none, found without the look-behind
# search, which tries every position of the line.
_TONE_MARK = re.compile(f"[{_TONED}]")


def _pinyin_glosses(text: str, start: int, end: int) -> set[int]:
    """Offsets of the pinyin glosses in ``text[start:end]``, brackets included."""
    out: set[int] = set()
    if not _TONE_MARK.search(text, start, end):
        return out
    for m in _GLOSS.finditer(text, start, end):
        if any(ch in _TONED for ch in m.group(1)):
            out.update(range(m.start(), m.end()))
    return out


# Anti-copy noise that forums insert into reposted articles ("' d5 `6 | ~* t9 X5 N",
# "; Z4 L N/ ?' h( p& n: @"): four or more space-separated tokens of one or two
# printable ASCII characters, several of them punctuation. Chinese news never writes
# such a run; a real Latin run ("GDP 3.5 %", "A B C") has longer words or no punctuation.
_JAMMER = re.compile(r"(?<![!-~])(?:[!-~]{1,2} +){3,}[!-~]{1,2}(?![!-~])")
_JAMMER_PUNCT = re.compile(r"[^A-Za-z0-9 ]")


def _jammers(text: str, start: int, end: int) -> set[int]:
    """Offsets of anti-copy noise runs in ``text[start:end]``, with the spaces after them."""
    out: set[int] = set()
    for m in _JAMMER.finditer(text, start, end):
        tokens = m.group(0).split()
        if sum(1 for t in tokens if _JAMMER_PUNCT.search(t)) >= max(2, len(tokens) // 3):
            stop = m.end()
            while stop < end and text[stop] == " ":
                stop += 1
            out.update(range(m.start(), stop))
    return out


# What a page decoded in the wrong encoding leaves of a character it could not read: question marks,
# and a stray Latin letter from the same bytes glued to the next word ("開幕??h人民政府" for
# "開幕。縣人民政府"). The letter is no part of the name after it; the marks stay (they cut the sentence).
_MOJIBAKE_LETTER = re.compile(r"(?<=\?\?)[A-Za-z](?=[\u3400-\u9fff])")


def _mojibake_letters(text: str, start: int, end: int) -> set[int]:
    return {m.start() for m in _MOJIBAKE_LETTER.finditer(text, start, end)}


# What _clean_line drops: zero-width characters, the soft hyphen, and the control characters
# (Unicode's Cc) but the tab, carriage return, form feed and vertical tab, which are spaces there.
_DROPPED = re.compile("[" + re.escape("".join(sorted(_DROP))) + "\x00-\x08\x0a\x0e-\x1f\x7f-\x9f]")
_AS_SPACE = {ord(c): " " for c in _SPACES}
_HALF_WIDTH = re.compile("[" + re.escape("".join(_TO_FULL)) + "]")
_SPACE_RUN = re.compile("  +")


def _clean_line(text: str, start: int, end: int) -> tuple[str, list[int] | range]:
    """The characters of one line and their original offsets, spaces resolved.

    A space is dropped next to a digit or punctuation, or between two
    single-character runs ("李 莎 莎"); a space between two longer runs
    (a headline's "疏通城市供水脉络 筑牢民生保障防线", a byline's "夏静 仁增加措")
    is kept as one space.
    """
    line = text[start:end]
    if not _NEEDS_CLEANING.search(line):
        # Nothing to drop, widen or resolve: the characters as they are.
        return line, range(start, end)
    glossed = _pinyin_glosses(text, start, end)
    if "??" in line:
        glossed |= _mojibake_letters(text, start, end)
    if " " in line:
        glossed |= _jammers(text, start, end)
    if glossed or _DROPPED.search(line):
        keep = [i for i in range(start, end) if i not in glossed and not _DROPPED.match(text[i])]
        return _clean_chars("".join([text[i] for i in keep]).translate(_AS_SPACE), keep)
    return _clean_chars(line.translate(_AS_SPACE), range(start, end))


def _clean_chars(chars: str, offsets: list[int] | range) -> tuple[str, list[int] | range]:
    """``chars`` (spaces already written " ") and their offsets, cleaned: spaces resolved, punctuation widened.

    The string and its offsets, not a pair per character: a line of a page that needs cleaning
    (a space, a half-width comma) is most often thousands of characters long, and all but a few
    of them stay as they are.
    """
    # strip
    left = len(chars) - len(chars.lstrip(" "))
    right = len(chars.rstrip(" "))
    if left or right < len(chars):
        chars, offsets = chars[left:right], offsets[left:right]
    # collapse runs of spaces (the first of a run stays)
    if "  " in chars:
        keep = [k for k in range(len(chars)) if not (chars[k] == " " and chars[k - 1] == " ")]
        chars, offsets = _SPACE_RUN.sub(" ", chars), [offsets[k] for k in keep]
    # Punctuation width first, judged on the nearest non-space neighbours, so
    # that the space decisions below see the same characters on every pass.
    # A conversion can make its neighbour convertible (",,格"): repeat until stable.
    if _HALF_WIDTH.search(chars):
        out = list(chars)
        half = [k for k, ch in enumerate(out) if ch in _TO_FULL]
        changed = True
        while changed:
            changed = False
            for k in half:
                ch = out[k]
                if ch in _TO_FULL:
                    left_ch = _neighbour(out, k, -1)
                    right_ch = _neighbour(out, k, 1)
                    if any(c and (is_cjk(c) or _is_full_punct(c)) for c in (left_ch, right_ch)):
                        out[k] = _TO_FULL[ch]
                        changed = True
        chars = "".join(out)
    if " " not in chars:
        return chars, offsets
    n = len(chars)
    dropped = set()
    at = chars.find(" ")
    while at != -1:
        left_ch = chars[at - 1] if at > 0 else ""
        right_ch = chars[at + 1] if at + 1 < n else ""
        if _drop_space(chars, at, left_ch, right_ch):
            dropped.add(at)
        at = chars.find(" ", at + 1)
    if not dropped:
        return chars, offsets
    keep = [k for k in range(n) if k not in dropped]
    return "".join([chars[k] for k in keep]), [offsets[k] for k in keep]


def _neighbour(chars: str | list[str], k: int, step: int) -> str:
    k += step
    while 0 <= k < len(chars):
        if chars[k] != " ":
            return chars[k]
        k += step
    return ""


def _is_full_punct(ch: str) -> bool:
    return bool(ch) and 0x3000 <= ord(ch) <= 0x303F or ch in "，（）：；！？“”‘’、"


def _run_length(chars: str, k: int, step: int) -> int:
    n = 0
    k += step
    while 0 <= k < len(chars) and is_cjk(chars[k]):
        n += 1
        k += step
    return n


def _drop_space(chars, k: int, left: str, right: str) -> bool:
    if not left or not right:
        return True
    lc, rc = is_cjk(left), is_cjk(right)
    if (lc and (rc or right.isdigit())) or (rc and left.isdigit()):
        if left.isdigit() or right.isdigit():
            return True
        return _run_length(chars, k, -1) == 1 and _run_length(chars, k, 1) == 1
    if _is_full_punct(left) or _is_full_punct(right):
        return True
    # Latin letters or digits next to Chinese: "10.5GWh 储能", "APP “青藏优品”".
    if (lc and right.isascii() and right.isalnum()) or (rc and left.isascii() and left.isalnum()):
        return True
    # A trailing unit after a number: "17.4 ％", "601.2 亿"
    return right in "%％" or (left.isdigit() and right in "万亿千百")


def _line_kinds(lines: list[str]) -> list[str]:
    """What each line is: an article's opener, a continuation, a caption, maybe a heading, or text."""
    lay = layout_spec()
    # The searches are found once a page: the cache of _any_of hashes every pattern's compiled code at each call.
    cues = ((_any_of(lay.openers), "opener"), (_any_of(lay.continuations), "continuation"),
            (_any_of(lay.captions), "caption"), (_any_of(lay.subheadings), "subheading"))
    return [_line_kind(line, cues) for line in lines]


def _line_kind(line: str, cues: tuple[tuple[tuple[re.Pattern, ...], str], ...]) -> str:
    lay = layout_spec()
    for searches, kind in cues:
        for cue in searches:
            if cue.search(line):
                return kind
    if len(line) <= lay.heading_max_chars and lay.not_in_heading.isdisjoint(line) and not _ends_sentence(line):
        return "heading?"
    return "text"


@lru_cache(maxsize=64)
def _any_of(patterns: tuple[re.Pattern, ...]) -> tuple[re.Pattern, ...]:
    """The searches that find whether any of ``patterns`` is in a line: one for the cues that hold at the
    line's start, one for the others.

    One search for a list of cues, not a Python call per cue on every line of every page. But the
    regex engine tries a search whose pattern opens with "^" at the start alone, and an alternation of
    cues at every character: the cues that hold at the start are joined under one "^", and the line's
    other characters are tried only for the others.
    """
    anchored, others = [], []
    for p in patterns:
        (anchored if _at_start(p) else others).append(p)
    found = []
    if anchored:
        found.append(re.compile("^(?:" + "|".join(f"(?:{p.pattern[1:]})" for p in anchored) + ")"))
    if others:
        found.append(re.compile("|".join(f"(?:{p.pattern})" for p in others)))
    return tuple(found) or (re.compile("(?!)"),)


def _at_start(pattern: re.Pattern) -> bool:
    """Whether ``pattern`` matches at the start only: "^" opens it, not one branch of an alternation at its
    top level ("^a|b", which the parser reads as one branch item), so that its "^" may be shared with others."""
    if not pattern.pattern.startswith("^"):
        return False
    # (read as the joined search reads it: its text alone, without the flags it was compiled with)
    parsed = re_parser.parse(pattern.pattern)
    return len(parsed.data) > 0 and parsed.data[0] == (re_constants.AT, re_constants.AT_BEGINNING)


def _ends_sentence(line: str) -> bool:
    lay = layout_spec()
    i = len(line) - 1
    while i >= 0 and line[i] in lay.sentence_close:
        i -= 1
    return i >= 0 and line[i] in lay.sentence_end and i >= len(line) - 3


def _wrap_width(lengths: list[int]) -> int | None:
    """The hard-wrap width of a page, or None when lines are real paragraphs."""
    if len(lengths) < 8:
        return None
    med = statistics.median(lengths)
    if med > 40:
        return None
    band = sum(1 for n in lengths if med - 3 <= n <= med + 2)
    return int(med) if band >= 0.6 * len(lengths) else None


@lru_cache(maxsize=1)
def _converted_place_names() -> tuple[tuple[str, str], ...]:
    """Divisions whose own simplified names the conversion changes, with what it makes of them.

    Some characters are traditional forms and simplified ones too: 乾 of 乾坤 becomes 干 of
    干净, but 乾安县 and 乾县 are written with 乾 (so 於潜镇, 濛阳镇). Longest first.
    """
    from kg.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    pairs = set()
    for name in (*gaz.places, *gaz.aliases, *gaz.ambiguous):
        made = to_simplified(name)
        if made != name and len(made) == len(name):
            pairs.add((name, made))
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p)))


def _keep_place_names(original: str, work: str) -> str:
    """``work`` (the converted ``original``) with divisions' names the conversion changed written back.

    A name is written back where the original has the name's own characters at the
    places the conversion changed (乾安县 or 乾安縣, never a page's own 干).
    """
    chars: list[str] | None = None
    for name, made in _converted_place_names():
        at = work.find(made)
        while at >= 0:
            changed = [i for i in range(len(name)) if name[i] != made[i]]
            if all(original[at + i] == name[i] for i in changed):
                chars = chars if chars is not None else list(work)
                for i in changed:
                    chars[at + i] = name[i]
            at = work.find(made, at + 1)
    return "".join(chars) if chars is not None else work


def simplified(text: str) -> str:
    """``text`` in simplified characters, as normalisation converts it: the same length, offsets kept.

    Taiwan usage is read back where the text shows it, and divisions' own
    names that the conversion would change (乾安县) are kept.

    >>> simplified("格爾木市簽約")
    '格尔木市签约'
    """
    return _keep_simplified_too(text, _keep_place_names(text, to_simplified(text, taiwan=_taiwan_usage(text))))


def _keep_simplified_too(original: str, work: str) -> str:
    """``work`` with the characters that simplified writing uses too (乾) written back on a simplified page.

    The conversion makes 乾 into 干 (乾燥 -> 干燥), but a page already in simplified
    characters writes 干 for "dry" and keeps 乾 only for names (乾照光电, 乾元): there, the
    page's own character stands, but in the words that mean "dry" (天气乾燥: ``simplified_too_words``).
    A page is simplified where nothing else changes.
    """
    lay = layout_spec()
    chars = lay.simplified_too
    if not chars:
        return work
    # A search, not a Python step per character: most pages hold none of them.
    found = _chars_re(chars)
    if not found.search(original):
        return work
    if _differs_elsewhere(original, work, found):
        return _keep_in_names(original, work, lay)
    out = list(work)
    for m in found.finditer(original):
        i = m.start()
        if original[max(0, i - 1):i + 1] not in lay.simplified_too_words \
                and original[i:i + 2] not in lay.simplified_too_words:
            out[i] = original[i]
    return "".join(out)


@lru_cache(maxsize=4)
def _chars_re(chars: frozenset[str]) -> re.Pattern:
    return re.compile("[" + re.escape("".join(sorted(chars))) + "]")


def _differs_elsewhere(original: str, work: str, found: re.Pattern) -> bool:
    """Whether ``work`` differs from ``original`` at a character ``found`` does not match.

    The stretches between those characters are compared whole: a page holds a handful of them,
    and a comparison character by character in Python took a fifth of normalising.
    """
    n = min(len(original), len(work))
    start = 0
    for m in found.finditer(original, 0, n):
        if original[start:m.start()] != work[start:m.start()]:
            return True
        start = m.end()
    return original[start:n] != work[start:n]


def _keep_in_names(original: str, work: str, lay) -> str:
    """``work`` with 乾 of a traditional page written back where it heads or ends a name.

    Traditional text writes 乾 for "dry" as well, but in the words that mean it
    (``simplified_too_words``, read with their neighbours converted: 乾淨 as 乾净);
    elsewhere it is a name's 乾 (海南乾承實業, 乾隆), which the conversion would spoil.
    """
    out: list[str] | None = None
    for m in _chars_re(lay.simplified_too).finditer(original):
        i, ch = m.start(), m.group()
        if work[i] == ch:
            continue
        before = (work[i - 1] if i else "") + ch
        after = ch + work[i + 1:i + 2]
        if before in lay.simplified_too_words or after in lay.simplified_too_words:
            continue
        out = out if out is not None else list(work)
        out[i] = ch
    return "".join(out) if out is not None else work


def normalise(original: str) -> NormalText:
    """Normalise page text into paragraphs, keeping offsets into ``original``."""
    work = simplified(original)
    if _UNIFIED.search(work):
        work = work.translate(_UNIFY)
    # A line is its text and the original offset of each character: most lines need no cleaning, and
    # are kept as a slice of the page and a range, never as a pair of objects per character.
    lines: list[tuple[str, list[int] | range]] = []
    pos = 0
    for raw in work.split("\n"):
        end = pos + len(raw)
        if not _NEEDS_CLEANING.search(work, pos, end):
            if raw:
                lines.append((raw, range(pos, end)))
        else:
            cleaned = _clean_line(work, pos, end)
            if cleaned[0]:
                lines.append(cleaned)
        pos = end + 1
    texts = [t for t, _ in lines]
    kinds = _line_kinds(texts)
    width = _wrap_width([len(t) for t in texts])
    joins = _decide_joins(texts, kinds, width)

    paragraphs: list[list[tuple[str, list[int] | range]]] = []
    para_kinds: list[str] = []
    again: list[bool] = []
    for k, line in enumerate(lines):
        dirty = bool(_NEEDS_RECLEANING.search(texts[k]))
        if k > 0 and joins[k - 1]:
            paragraphs[-1].append(line)
            again[-1] = again[-1] or dirty
        else:
            paragraphs.append([line])
            para_kinds.append(kinds[k])
            again.append(dirty)
    out_texts: list[str] = []
    offsets: list[int] = []
    length = 0
    spans: list[Paragraph] = []
    for p, kind, dirty in zip(paragraphs, para_kinds, again):
        if dirty:
            # Clean again across the joins: "，" at the end of one line decides the width of a ","
            # that starts the next. A paragraph with no space and no half-width punctuation would
            # come back as it is.
            p = [_clean_chars("".join([t for t, _ in p]), [i for _, o in p for i in o])]
        if length:
            # The separator stands for the line break right after the previous paragraph.
            out_texts.append("\n")
            offsets.append(offsets[-1] + 1)
            length += 1
        start = length
        for t, o in p:
            out_texts.append(t)
            offsets.extend(o)
            length += len(t)
        if kind == "heading?":
            kind = "heading"
        elif kind == "subheading":
            kind = "text"  # the article's own text, not a headline that could open another
        spans.append(Paragraph(start, length, kind))
    offsets.append(len(original) if not offsets else min(len(original), offsets[-1] + 1))
    text = "".join(out_texts)
    if "。" in text:
        # "57。6亿元": a decimal point some converters turned into a full stop (after the
        # spaces are resolved, so that a second pass finds nothing more to change)
        text = _DECIMAL_STOP.sub(".", text)
    return NormalText(text, offsets, spans)


def _decide_joins(texts: list[str], kinds: list[str], width: int | None) -> list[bool]:
    """``joins[k]``: line k+1 continues the paragraph of line k."""
    n = len(texts)
    joins = [False] * max(0, n - 1)
    # In a hard-wrapped page a short line ends its paragraph; a heading candidate
    # of wrap width is body text unless a heading or an article start follows it.
    if width is not None:
        low = width - 3
        for k in range(n - 1, -1, -1):
            if kinds[k] != "heading?":
                continue
            nxt = kinds[k + 1] if k + 1 < n else "end"
            in_band = low <= len(texts[k]) <= width + 2
            prev_ends = k == 0 or len(texts[k - 1]) < low or kinds[k - 1] in ("heading?", "caption")
            if not prev_ends or (in_band and nxt not in ("heading?", "opener", "continuation", "end")):
                kinds[k] = "text"
    if width is not None:
        # A hard-wrapped line of a sentence can look like a subheading: the width decides.
        kinds[:] = ["text" if kind == "subheading" else kind for kind in kinds]
    dangling = layout_spec().dangling_end
    for k in range(n - 1):
        cur, nxt = kinds[k], kinds[k + 1]
        if cur == "heading?" and nxt == "heading?" and texts[k][-1] in dangling:
            # A heading cannot end on a particle: the line was wrapped.
            joins[k] = True
            continue
        if nxt in ("opener", "continuation", "caption", "heading?", "subheading") \
                or cur in ("heading?", "caption", "subheading"):
            continue
        # A line that stops mid-sentence was cut by a wrap, a column or a page break;
        # in a hard-wrapped page a full-width line goes on even after a full stop.
        joins[k] = not _ends_sentence(texts[k]) or (width is not None and len(texts[k]) >= width - 3)
    return joins


def split_sentences(text: str, start: int = 0, end: int | None = None,
                    max_chars: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(s, e)`` of ``text[start:end]``, none longer than ``max_chars``.

    ``max_chars`` defaults to ``sentence_max_chars`` of layout.yaml; a longer
    run is cut at its last clause mark (，、：) before the limit, else at the limit.

    >>> split_sentences("签约了。“好！”他说；完")
    [(0, 4), (4, 8), (8, 11), (11, 12)]
    >>> split_sentences("甲乙，丙丁戊己", max_chars=4)
    [(0, 3), (3, 7)]
    """
    lay = layout_spec()
    limit = lay.sentence_max_chars if max_chars is None else max_chars
    return [piece for s, e in _sentence_spans(text, start, end, lay)
            for piece in ([(s, e)] if e - s <= limit else _cut_long(text, s, e, limit, lay.clause_marks))]


def _cut_long(text: str, s: int, e: int, limit: int, marks: frozenset[str]) -> list[tuple[int, int]]:
    out = []
    while e - s > limit:
        window = text[s:s + limit]
        cut = max((window.rfind(m) for m in marks), default=-1)
        # A mark in the first half would leave a sliver; cut at the limit instead.
        cut = s + cut + 1 if cut >= limit // 2 else s + limit
        if text[s:cut].strip():
            out.append((s, cut))
        s = cut
    if text[s:e].strip():
        out.append((s, e))
    return out


@lru_cache(maxsize=4)
def _sentence_end_re(ends: frozenset[str], closes: frozenset[str]) -> re.Pattern:
    # An end mark and the closing marks and end marks right after it; found by the regex engine,
    # not a Python step per character of every paragraph.
    one = sorted(c for c in ends if len(c) == 1)
    more = sorted(c for c in ends | closes if len(c) == 1)
    return re.compile(f"[{''.join(map(re.escape, one))}][{''.join(map(re.escape, more))}]*" if one else "(?!)")


def _sentence_spans(text: str, start: int, end: int | None, lay) -> list[tuple[int, int]]:
    end = len(text) if end is None else end
    spans = []
    s = start
    for m in _sentence_end_re(lay.sentence_end, lay.sentence_close).finditer(text, start, end):
        j = m.end()
        if text[s:j].strip():
            spans.append((s, j))
        s = j
    if s < end and text[s:end].strip():
        spans.append((s, end))
    return spans
