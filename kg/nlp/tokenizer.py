"""The tokenizer ``kg.JiebaTokenizer.v1``: jieba segmentation for spaCy.

jieba's dictionary and HMM run in Rust through ``rjieba`` (an order of
magnitude faster than Python jieba; it differs only on runs such as
"2003-04", which it keeps whole), in a private instance, so the words that
lexicons add never leak into other users of jieba. Each token carries
jieba's dictionary part of speech in ``token.tag_``.

The words added by components (lexicon names) and the word pairs kept apart
are the tokenizer's own state: ``nlp.to_disk`` saves them and ``spacy.load``
restores them.

>>> import spacy
>>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.JiebaTokenizer.v1"}}})
>>> [(t.text, t.tag_) for t in nlp("格尔木市水利局")]
[('格尔木市', 'ns'), ('水利局', 'n')]
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache, partial
from itertools import accumulate
from operator import itemgetter
from pathlib import Path
from typing import Iterable

import numpy
import spacy
import srsly
from spacy.attrs import LIKE_NUM, LIKE_URL, SHAPE, TAG
from spacy.lang import lex_attrs as _base_attrs
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.normalise import simplified
from kg.script import has_traditional

# The tokenizer leaves (words, tags, offsets) here for kg_entity_rules, which
# would otherwise rebuild them from Token objects at a high cost per word.
TOKENS_KEY = "kg_tokens"
# And the text: spaCy's Doc.text joins a Token object's text per word at every call.
TEXT_KEY = "kg_text"
STATE_FILE = "words.json"
_NUM = re.compile(r"^[0-9０-９][0-9０-９.．%％\-/:]*[A-Za-z]{0,4}$")  # 2003-04, 10.5GWh: quantities
_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9\-&.]*$")
_GUESS_CACHE = 200_000


def _is_mark(word: str) -> bool:
    """A word of punctuation only (，、：), as jieba cuts one."""
    return bool(word) and not any(ch.isalnum() or ch.isspace() for ch in word)


def _attach_spaces(pieces: list[str]) -> tuple[list[str], list[bool]]:
    """spaCy's words and trailing-space flags from jieba's pieces (a single space is a flag)."""
    words: list[str] = []
    spaces: list[bool] = []
    for w in pieces:
        if w == " " and words and not spaces[-1]:
            spaces[-1] = True
        elif w:
            words.append(w)
            spaces.append(False)
    return words, spaces


def doc_text(doc: Doc) -> str:
    """``doc.text``, as our tokenizer left it, or joined from the tokens for a doc of another tokenizer.

    A doc's text never changes (splitting and merging tokens keep it), so the copy stays true. But
    spaCy may copy user data into a doc made from another (``Span.as_doc(copy_user_data=True)``):
    a copy whose length and ends do not fit the doc's tokens is not its text.
    """
    text = doc.user_data.get(TEXT_KEY)
    if text is None or not len(doc):
        return doc.text
    last = doc[-1]
    if last.idx + len(last.text_with_ws) == len(text) and text.endswith(last.text_with_ws) \
            and text.startswith(doc[0].text):
        return text
    return doc.text


try:
    from spacy.lang.zh import lex_attrs as _zh_attrs

    _ZH_SINGLE_NUMBERS = frozenset(_zh_attrs._single_num_words)
    _ZH_NUMBER = re.compile("^((" + "|".join(_zh_attrs._count_num_words) + "){1}"
                            + "(" + "|".join(_zh_attrs._base_num_words) + "){1})+"
                            + "(" + "|".join(_zh_attrs._count_num_words) + ")?$")
except (ImportError, AttributeError):  # another spaCy: its own getter stays
    _zh_attrs = None


def _zh_like_num(text: str) -> bool:
    """spaCy's Chinese ``like_num``, with its pattern compiled once.

    spaCy's joins and compiles the pattern at every call, and calls it for every word the
    vocabulary has not seen: most of the cost of a new word in a long build.
    """
    if text.startswith(("+", "-", "±", "~")):
        text = text[1:]
    text = text.replace(",", "").replace(".", "").replace("，", "").replace("。", "")
    if text.isdigit():
        return True
    if text.count("/") == 1:
        num, denom = text.split("/")
        if num.isdigit() and denom.isdigit():
            return True
    return text in _ZH_SINGLE_NUMBERS or _ZH_NUMBER.match(text) is not None


# A word of Chinese characters alone (most of a build's new words): alphabetic, never upper case.
_CJK_WORD = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+")


def _word_shape(text: str) -> str:
    """spaCy's ``word_shape``, with a Chinese word's answer (x, xx, xxx, xxxx) given without a step per character.

    Called for every word the vocabulary has not seen, with ``like_url`` below: a long build's
    new words are some hundred thousand.
    """
    if len(text) < 100 and _CJK_WORD.fullmatch(text):
        return "x" * min(len(text), 4)
    return _base_attrs.word_shape(text)


def _like_url(text: str) -> bool:
    """spaCy's ``like_url``, with the answer for a word without a full stop (no address, bar its prefixes) given at once."""
    if text and "." not in text:
        return text.startswith(("http://", "https://"))
    return _base_attrs.like_url(text)


def _like_email(text: str) -> bool:
    """spaCy's ``like_email``, with the answer for a word without an at sign (no address) given without its pattern."""
    return "@" in text and _base_attrs.like_email(text)


def _lean_getter(func):
    """The same answers as spaCy's lexeme attribute ``func``, from a C method where one gives them, or None.

    spaCy calls every getter for every word the vocabulary has not seen: a long build's new words
    are some hundred thousand, and a Python function of one line (``string.isalpha()``) costs more
    to call than the answer.
    """
    same = {_base_attrs.lower: str.lower, _base_attrs.is_alpha: str.isalpha, _base_attrs.is_digit: str.isdigit,
            _base_attrs.is_lower: str.islower, _base_attrs.is_space: str.isspace,
            _base_attrs.is_title: str.istitle, _base_attrs.is_upper: str.isupper,
            # (every character below 128: str.isascii)
            _base_attrs.is_ascii: str.isascii,
            # (spaCy never asks for the empty word: its lexeme is a constant)
            _base_attrs.prefix: itemgetter(0), _base_attrs.suffix: itemgetter(slice(-3, None)),
            _base_attrs.like_email: _like_email}
    try:
        if func in same:
            return same[func]
    except TypeError:  # (a getter of another kind, not hashable: none of spaCy's)
        return None
    if func in (_base_attrs.is_bracket, _base_attrs.is_quote, _base_attrs.is_left_punct, _base_attrs.is_right_punct):
        # Each is "the word is one of these marks", the marks a tuple of its code: the same test against a set.
        code = func.__code__
        marks = [c for c in code.co_consts if isinstance(c, tuple) and all(isinstance(x, str) for x in c)]
        if not code.co_names and len(marks) == 1:
            return frozenset(marks[0]).__contains__
        return None
    if isinstance(func, partial) and func.func is _base_attrs.get_lang and not func.args \
            and set(func.keywords) == {"lang"} and isinstance(func.keywords["lang"], str) \
            and "{" not in func.keywords["lang"] and "}" not in func.keywords["lang"]:
        # The language's code whatever the word: str.format of a text without fields ignores its argument.
        return func.keywords["lang"].format
    return None


def _jieba_dictionary() -> Path:
    """jieba's dictionary file: one "word count tag" line per word."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the jieba package (dictionary and parts of speech) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "dict.txt"


@lru_cache(maxsize=1)
def base_tags() -> dict[str, str]:
    """jieba's dictionary word -> part of speech, read as ``jieba.posseg`` reads it.

    Read here rather than through ``jieba.posseg``, which also loads jieba's
    own segmenter (unused: rjieba segments) and reads the file twice: seconds
    of every pipeline load, a rebuild's included.
    """
    data = _jieba_dictionary().read_bytes()
    text = data.decode("utf-8")
    if (text.endswith("\n") and not text.startswith("\n") and "\n\n" not in text
            and not any(c in text for c in "\r\t\x0b\x0c") and text.count(" ") == 2 * text.count("\n")):
        # Every line is "word count tag": the fields in one split, in C, instead of a loop over 349,045 lines.
        fields = text.replace("\n", " ").split(" ")[:-1]
        return dict(zip(fields[0::3], fields[2::3]))
    tags: dict[str, str] = {}
    for line in data.split(b"\n"):
        line = line.strip()
        if line:
            word, _, tag = line.decode("utf-8").split(" ")
            tags[word] = tag
    return tags


@lru_cache(maxsize=4)
def common_name_words(min_count: int) -> frozenset[str]:
    """The words jieba's dictionary tags as a person's name (nr…) and counts at least ``min_count`` times.

    Such a word is an ordinary one (青少年 1223, 智慧 1581, 科普 297) that the dictionary's tagger
    took for a name; a person in the news is a word it has never seen. One pass, on first use.
    """
    # (the lines tagged nr…, found in C: a loop over all 349,045 lines took a quarter of a second)
    found = re.findall(r"^(\S+) (\d+) nr\S*$", _jieba_dictionary().read_text("utf-8"), re.M)
    return frozenset(word for word, count in found if int(count) >= min_count)


@lru_cache(maxsize=1)
def phrase_name_words() -> frozenset[str]:
    """The words jieba's dictionary tags as a person's name that are a phrase of two of its words, an
    adverb, a verb or an adjective then a verb or an adjective: 努力实现, 严格执行, 建立健全, 尤为重要
    (jieba's dictionary holds about 200 of them).

    Read as a name, the phrase owns the noun after it ("努力实现|政府、银行和企业", "建立健全|项目推进机制":
    no government of a place, no project named 建立健全): the tokenizer tags them as the phrases they
    are (l). One pass, on first use.
    """
    tags = base_tags()
    found = re.findall(r"^(\S\S\S\S) \d+ nr\S*$", _jieba_dictionary().read_text("utf-8"), re.M)
    return frozenset(w for w in found if tags.get(w[:2], "").startswith(("v", "a", "d"))
                     and tags.get(w[2:], "").startswith(("v", "a")))


@lru_cache(maxsize=4)
def common_verb_words(min_count: int) -> frozenset[str]:
    """The words jieba's dictionary tags as verbs (v…) and counts at least ``min_count`` times: 比如 5621,
    延长 1229 are the verbs they look like; 安化 27 is a county jieba calls a verb. One pass, on first use."""
    found = re.findall(r"^(\S+) (\d+) v\S*$", _jieba_dictionary().read_text("utf-8"), re.M)
    return frozenset(word for word, count in found if int(count) >= min_count)


@lru_cache(maxsize=4)
def common_time_words(min_count: int) -> frozenset[str]:
    """The words jieba's dictionary tags as times (t) and counts at least ``min_count`` times: 今年 9959,
    明天 3264 are the times they look like; 星月 100 and 中天 113 are as often a firm's brand. One pass,
    on first use."""
    found = re.findall(r"^(\S+) (\d+) t$", _jieba_dictionary().read_text("utf-8"), re.M)
    return frozenset(word for word, count in found if int(count) >= min_count)


def dictionary_counts(words) -> dict[str, int]:
    """How often jieba's dictionary counts each of ``words`` (0 for one it does not hold).

    A common word (温泉 680, 凤凰 1348) is read in its ordinary sense first; a rare one that
    jieba tags as a name (嘉祥 10) is most likely the name. One pass over the dictionary for
    the words asked, not a table of all 349,045.
    """
    import ahocorasick_rs

    words = sorted(set(words))
    if not words:
        return {}
    text = "\n" + _jieba_dictionary().read_text("utf-8")
    heads = ["\n" + w + " " for w in words]
    counts = dict.fromkeys(words, 0)
    for i, _, end in ahocorasick_rs.AhoCorasick(heads).find_matches_as_indexes(text):
        count = text[end:text.find(" ", end)]
        if count.isdigit():
            counts[words[i]] = int(count)
    return counts


class JiebaTokenizer:
    """Segment with jieba and tag tokens with jieba's dictionary POS."""

    def __init__(self, vocab: Vocab, user_words: Iterable[tuple[str, str]] = ()):
        import rjieba

        self.vocab = vocab
        if _zh_attrs is not None and vocab.lex_attr_getters.get(LIKE_NUM) is _zh_attrs.like_num:
            vocab.lex_attr_getters[LIKE_NUM] = _zh_like_num
        if vocab.lex_attr_getters.get(SHAPE) is _base_attrs.word_shape:
            vocab.lex_attr_getters[SHAPE] = _word_shape
        if vocab.lex_attr_getters.get(LIKE_URL) is _base_attrs.like_url:
            vocab.lex_attr_getters[LIKE_URL] = _like_url
        for attr, func in list(vocab.lex_attr_getters.items()):
            lean = _lean_getter(func)
            if lean is not None:
                vocab.lex_attr_getters[attr] = lean
        self.seg = rjieba.Jieba()
        self.tags = dict(base_tags())
        self.tags.update(dict.fromkeys(phrase_name_words(), "l"))
        self._guessed: dict[str, str] = {}
        # What was added, in order, so that a saved pipeline segments as this one: a word added with no
        # count gets one from the dictionary as it is then, so words and kept-apart pairs are replayed in
        # the order they came (a Dask worker rebuilds the pipeline from its bytes).
        self.user_words: dict[str, str] = {}
        self.apart: dict[tuple[str, str], None] = {}
        self._ops: list[list[str]] = []
        self.leading: frozenset[str] = frozenset()
        self.marked: frozenset[str] = frozenset()
        self.trailing: frozenset[str] = frozenset()
        self.inner: frozenset[str] = frozenset()
        self.sections: tuple[str, ...] = ()
        self._leading_re: re.Pattern | None = None
        self._whole_re: re.Pattern | None = None
        self.add_words(user_words)

    def keep_whole(self, pattern: str) -> None:
        """Keep each match of ``pattern`` one word where jieba cuts it ("2×150t/d" -> "2|×|150t|/|d"):
        a rate's slash is no mark between two names, nor a count's sign (2×660MW). Only where the match starts and ends at jieba's seams."""
        self._whole_re = re.compile(pattern) if pattern else None

    def split_leading(self, chars: Iterable[str]) -> None:
        """Cut these characters off the front of a word jieba has never seen ("及宏方" -> "及|宏方").

        jieba's guess for an unknown name glues a conjunction before it; the rules need the seam. So
        it does before a pronoun of one character ("由该|集团"), which would open a firm's name.
        """
        self.leading = self.leading | frozenset(chars)
        self._update_re()

    def split_marked(self, chars: Iterable[str]) -> None:
        """As :meth:`split_leading`, only for a word right after a punctuation mark ("，即青禾" -> "，|即|青禾"):
        at a clause's start with no mark the character may open the name itself (即昊|集团)."""
        self.marked = self.marked | frozenset(chars)
        self._update_re()

    def split_trailing(self, chars: Iterable[str]) -> None:
        """As :meth:`split_leading`, at the end of the word ("教育城已" -> "教育城|已"): jieba's guess glues an
        adverb of the clause after a name to the name's last character."""
        self.trailing = self.trailing | frozenset(chars)
        self._update_re()

    def _update_re(self) -> None:
        cut = self.leading | self.marked | self.inner | self.trailing
        self._leading_re = re.compile("[" + "".join(map(re.escape, sorted(cut))) + "]") if cut else None

    def split_inner(self, chars: Iterable[str], sections: Iterable[str] = ()) -> None:
        """Cut these characters out of a word jieba has never seen ("城至枫" -> "城|至|枫").

        jieba's guess for the unknown ends of a road glues its 至 to one or both of them
        ("金溪县|城至枫|山段"); the route rules need the joint as a word. A word the joint opens is
        cut only where a road's section (``sections``: 段) ends one of the next two words ("县城|至枫|
        山段"): elsewhere it is a name (贵阳|至锐|工具有限责任公司).
        """
        self.inner = self.inner | frozenset(chars)
        self.sections = tuple(sorted(set(self.sections) | set(sections)))
        self._update_re()

    def keep_apart(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Never glue these word pairs ("等"+"项目"): enumeration rules need the seam."""
        for a, b in pairs:
            self.apart[(a, b)] = None
            self._ops.append(["apart", a, b])
            if self.seg.has_word(a + b):
                # No count keeps the pair apart whenever both halves are words; a count of one still lets a
                # compound win over two common halves (商会|会长 lost to 商会会长)
                self.seg.add_word(a + b, 0, None)

    def add_words(self, words: Iterable[tuple[str, str]]) -> None:
        for word, tag in words:
            if word and word.strip():
                # No count: the segmenter picks one that keeps the word whole, as jieba's add_word does.
                self.seg.add_word(word, None, tag)
                self.tags[word] = tag
                self.user_words[word] = tag
                self._ops.append(["word", word, tag])

    def segment(self, text: str) -> tuple[list[str], list[bool], list[int], list[str]]:
        """jieba's words of ``text`` with their trailing-space flags, offsets and tags."""
        words: list[str] = self.seg.cut(text, True)
        if self._leading_re is not None and self._leading_re.search(text):
            words = self._cut_leading(words)
        if self._whole_re is not None and ("/" in text or "×" in text):
            words = self._join_whole(words, text)
        if " " in text:
            words, spaces = _attach_spaces(words)
            offs = []
            pos = 0
            for w, sp in zip(words, spaces):
                offs.append(pos)
                pos += len(w) + sp
        else:
            spaces = [False] * len(words)
            offs = list(accumulate(map(len, words), initial=0))[:-1]
        get, guessed = self.tags.get, self._guessed.get
        return words, spaces, offs, [get(w) or guessed(w) or self._tag(w) for w in words]

    def _join_whole(self, words: list[str], text: str) -> list[str]:
        matches = [m.span() for m in self._whole_re.finditer(text)]
        if not matches:
            return words
        starts = dict((o, i) for i, o in enumerate(accumulate(map(len, words), initial=0)))
        out, i = [], 0
        for a, b in matches:
            x, y = starts.get(a), starts.get(b)
            if x is None or y is None or x < i or y - x < 2:
                continue
            out += words[i:x]
            out.append(text[a:b])
            self._guessed.setdefault(text[a:b], "m")  # an amount, as jieba tags 150t
            i = y
        return out + words[i:]

    def _cut_leading(self, words: list[str]) -> list[str]:
        lead, marked, inner, known, sections = self.leading, self.marked, self.inner, self.tags, self.sections
        trail = self.trailing

        def cut(w: str, i: int) -> bool:
            # (most words are in the dictionary: that test first)
            return len(w) >= 2 and w not in known and (w[0] in lead or not inner.isdisjoint(w) or w[-1] in trail
                                                       or (w[0] in marked and i > 0 and _is_mark(words[i - 1])))

        def opens_section(i: int) -> bool:
            return bool(sections) and any(x.endswith(sections) for x in words[i + 1:i + 3])

        # Most words are in the dictionary, where cut() says no at once, and most of the others have none
        # of the characters at either end or inside: those are found with a set difference, not a Python step
        # per word, and only a sentence left with such a word is gone through (the characters' search above
        # lets in every sentence that holds one anywhere).
        if not any(len(w) >= 2 and (w[0] in lead or w[0] in marked or w[-1] in trail or not inner.isdisjoint(w))
                   for w in set(words).difference(known)):
            return words
        if not any(cut(words[i], i) for i in [i for i, w in enumerate(words) if w not in known]):
            return words
        out = []
        for i, w in enumerate(words):
            if not cut(w, i):
                out.append(w)
                continue
            end = ""
            if w[-1] in trail:
                w, end = w[:-1], w[-1]
                if not (w[0] in lead or not inner.isdisjoint(w) or (w[0] in marked and i > 0 and _is_mark(words[i - 1]))):
                    out += [w, end]  # only the adverb after the name
                    continue
            if w[0] in lead or w[0] in marked:
                out.append(w[0])
                w = w[1:]
            if not w:
                out.append(end)
                continue
            if w[0] in inner and len(w) > 1 and not opens_section(i):
                out += [w, end] if end else [w]  # "贵阳|至锐|工具…": a name the joint's character opens
                continue
            piece = ""
            for ch in w:
                if ch in inner:
                    out += [piece, ch] if piece else [ch]
                    piece = ""
                else:
                    piece += ch
            if piece:
                out.append(piece)
            if end:
                out.append(end)
        return out

    def __call__(self, text: str) -> Doc:
        if has_traditional(text):
            # The rules and the tagger know names in simplified characters. Text from kg's own
            # normalisation is already simplified; this serves ``nlp(text)`` on a traditional page.
            # The doc is in simplified characters, each at its offset in ``text``.
            text = simplified(text)
        words, spaces, offs, tags = self.segment(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        if words:
            # One array write instead of a Python Token object per word.
            add = self.vocab.strings.add
            doc.from_array([TAG], numpy.array([add(t) for t in tags], dtype="uint64").reshape(-1, 1))
        doc.user_data[TOKENS_KEY] = (words, tags, offs, text)
        doc.user_data[TEXT_KEY] = text
        return doc

    def _tag(self, word: str) -> str:
        tag = self._guess_tag(word)
        if len(self._guessed) < _GUESS_CACHE:
            # Unknown words recur (names, numbers); remember their guessed tag.
            self._guessed[word] = tag
        return tag

    def _guess_tag(self, word: str) -> str:
        tag = self._guessed.get(word)
        if tag is not None:
            return tag
        if _NUM.match(word):
            return "m"
        if _LATIN.match(word):
            return "eng"
        if word.isspace():
            return "_SP"
        if not any(ch.isalnum() for ch in word):
            return "w"
        return "x"  # not in the dictionary: a new word, often a name

    # spaCy serialisation: the added words and the pairs kept apart.
    def _state(self) -> dict:
        return {"ops": self._ops,
                "words": [[w, t] for w, t in self.user_words.items()], "apart": [list(p) for p in self.apart],
                "leading": sorted(self.leading), "marked": sorted(self.marked), "trailing": sorted(self.trailing),
                "inner": sorted(self.inner), "sections": list(self.sections)}

    def _restore(self, state: dict) -> "JiebaTokenizer":
        if "ops" in state:
            # The pipeline's own components may have made the same additions already, as they do when a
            # pipeline is built from its config before its bytes are read: those are skipped (a word added
            # twice gets a new count, and the pipeline would segment otherwise).
            for op, a, b in state["ops"]:
                if op == "word" and self.user_words.get(a) != b:
                    self.add_words([(a, b)])
                elif op == "apart" and (a, b) not in self.apart:
                    self.keep_apart([(a, b)])
        else:
            self.add_words((w, t) for w, t in state.get("words", ()))
            self.keep_apart((a, b) for a, b in state.get("apart", ()))
        self.split_leading(state.get("leading", ()))
        self.split_marked(state.get("marked", ()))
        self.split_trailing(state.get("trailing", ()))
        self.split_inner(state.get("inner", ()), state.get("sections", ()))
        return self

    def to_bytes(self, **kwargs) -> bytes:
        return srsly.msgpack_dumps(self._state())

    def from_bytes(self, data: bytes, **kwargs) -> "JiebaTokenizer":
        return self._restore(srsly.msgpack_loads(data))

    def to_disk(self, path, **kwargs) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / STATE_FILE, self._state())

    def from_disk(self, path, **kwargs) -> "JiebaTokenizer":
        state_file = Path(path) / STATE_FILE
        return self._restore(srsly.read_json(state_file)) if state_file.exists() else self


@spacy.registry.tokenizers("kg.JiebaTokenizer.v1")
def create_jieba_tokenizer():
    """The tokenizer factory named in a pipeline's config."""

    def make(nlp):
        return JiebaTokenizer(nlp.vocab)

    return make
