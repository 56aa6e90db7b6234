"""Read stage: find input files, detect their encoding, turn each into documents.

Formats: ``.txt`` and ``.md`` (one document per file), ``.html``/``.htm``
(article text through an HTML5 parser, with scripts, styles and navigation
dropped) and ``.jsonl`` (one article per line: ``text`` plus optional ``id``,
``title``, ``date``, ``url``).

Nothing is lost silently: every file or line that cannot be used is returned
as a :class:`Skip` with its reason.

Every string handed on is valid: bytes that do not decode and code points
that UTF-8 cannot encode or XML cannot carry (lone surrogates, C0 controls
other than tab, newline and carriage return, U+FFFE, U+FFFF) are replaced by
U+FFFD, one for one so offsets survive, and each document counts them in
``repaired``. Decoding is lossy per character: a page with a stray byte is
read; a file whose characters are mostly undecodable or control characters
(more than ``MAX_BAD_SHARE``) is binary and skipped.

>>> result = read_inputs(["seeds"])                       # doctest: +SKIP
>>> [d.id for d in result.documents]                      # doctest: +SKIP
['000_89b9f35cc2ac333f', '004_e758a23138851ca3']
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import charset_normalizer

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

# Above this share of replaced characters a file is binary, not text with a few
# bad bytes. Random bytes read as GB18030 are about 28 % bad characters (55 % as
# UTF-8; PNG files 33 % and more), while a page with a stray NUL or 0xFF byte is
# well under 1 %.
MAX_BAD_SHARE = 0.1
REPLACEMENT = "\ufffd"
# Outside XML 1.0's Char production; lone surrogates cannot even be encoded as UTF-8.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Decoders mark each undecodable byte sequence with this lone surrogate (never
# produced by a strict decode), so the repair pass counts it where it falls:
# in the JSONL line, and so the document, that holds it.
_MARK_HANDLER = "kg-mark"
codecs.register_error(_MARK_HANDLER, lambda exc: ("\udcff", exc.end))


def repair(text: str, replacement: str = REPLACEMENT) -> tuple[str, int]:
    """Replace the code points UTF-8 or XML cannot carry; return ``(text, count)``.

    >>> repair("格尔木\\ud800市\\x00")
    ('格尔木�市�', 2)
    """
    return _INVALID.subn(replacement, text)


class InputError(Exception):
    """An input path that does not exist or cannot be listed."""


@dataclass(frozen=True)
class Document:
    """One input document: ``id``, ``path`` (where it was read; "" in memory),
    ``text``, and ``title``, ``date``, ``url`` where known.

    Its strings are repaired on construction, so that no stage ever sees a
    character it cannot encode; ``repaired`` counts the characters replaced
    (here and by the reader before it, which passes its own count in).

    >>> d = Document("a1", "", "格尔木\\ud800市", title="签约", url="https://example.org/a1")
    >>> d.text, d.repaired
    ('格尔木\ufffd市', 1)
    """

    id: str
    path: str
    text: str
    title: str = ""
    date: str = ""
    url: str = ""
    encoding: str = ""
    # Web articles (HTML, JSONL) are one article each; newspaper pages are split.
    single_article: bool = False
    repaired: int = 0

    def __post_init__(self):
        added = 0
        for name in ("id", "text", "title", "date", "url"):
            value, n = repair(getattr(self, name))
            if n:
                object.__setattr__(self, name, value)
                added += n
        if added:
            object.__setattr__(self, "repaired", self.repaired + added)
        # File names are bytes on POSIX; undecodable ones arrive as surrogates and must still print.
        object.__setattr__(self, "path", repair(self.path)[0])


@dataclass(frozen=True)
class Skip:
    path: str
    reason: str

    def __post_init__(self):
        object.__setattr__(self, "path", repair(self.path)[0])
        object.__setattr__(self, "reason", repair(self.reason)[0])


@dataclass
class ReadResult:
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    files: int = 0


class DecodeError(ValueError):
    pass


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Detected encodings we trust for Chinese text; a detector's guess outside this
# family on a Chinese corpus is more often wrong than right.
_CHINESE_FAMILY = {"gb18030", "gbk", "gb2312", "big5", "big5hkscs", "hz", "utf_16", "utf_32"}
_LOSSY_ENCODINGS = ("utf-8", "gb18030", "big5")


def decode(data: bytes, max_bad_share: float = MAX_BAD_SHARE) -> tuple[str, str]:
    """Decode bytes, detecting the encoding; return ``(text, encoding)``.

    Order: a BOM decides; else strict UTF-8; else the detector's best guess
    within the Chinese family, or GB18030, if either decodes without error;
    else the lossy reading (UTF-8, GB18030 or Big5) with the fewest
    bad characters. Undecodable byte sequences come back as lone surrogates,
    one each, for :func:`repair` to replace and count. Raises
    :class:`DecodeError` when more than ``max_bad_share`` of the characters are
    undecodable or control characters (binary data).

    >>> decode("格尔木".encode("gb18030"))
    ('格尔木', 'gb18030')
    >>> decode(b"ab\\xffcdefghijklmnopqrstuvwxyz")
    ('ab\\udcffcdefghijklmnopqrstuvwxyz', 'utf-8')
    """
    text, encoding = _decode(data)
    bad = len(_INVALID.findall(text))
    if text and bad / len(text) > max_bad_share:
        raise DecodeError(f"binary content: {bad} of its {len(text)} characters are undecodable bytes, NULs or "
                          f"control characters (more than {max_bad_share:.0%})")
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, _MARK_HANDLER), enc.replace("-sig", "")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: dict[str, str] = {}
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding.lower() in _CHINESE_FAMILY:
        # gb2312/gbk are subsets of gb18030: decode with the superset.
        enc = best.encoding.lower()
        enc = "gb18030" if enc in {"gbk", "gb2312"} else enc
        with contextlib.suppress(UnicodeDecodeError):
            candidates[enc] = data.decode(enc)
    with contextlib.suppress(UnicodeDecodeError):
        candidates.setdefault("gb18030", data.decode("gb18030"))
    if len(candidates) == 1:
        enc, text = next(iter(candidates.items()))
        return text, enc
    if candidates:
        # Short texts fool byte-level detectors (GBK bytes also decode as Big5):
        # keep the reading made of characters that Chinese text actually uses.
        enc = max(candidates, key=lambda e: (_plausibility(candidates[e]), e == "gb18030"))
        return candidates[enc], enc
    # No clean reading: a few bad bytes in otherwise good text. Big5 pages also
    # decode as GB18030 (to other characters), so plausibility breaks ties.
    # UTF-16 without a BOM is never chosen here: random bytes read as UTF-16
    # with only about 3 % bad characters, so binary data would pass as text.
    lossy = {enc: data.decode(enc, _MARK_HANDLER) for enc in _LOSSY_ENCODINGS}
    bad = {enc: len(_INVALID.findall(text)) for enc, text in lossy.items()}
    fewest = min(bad.values())
    tied = [enc for enc in lossy if bad[enc] == fewest]
    enc = tied[0] if len(tied) == 1 else max(tied, key=lambda e: _plausibility(repair(lossy[e])[0]))
    return lossy[enc], enc


def _plausibility(text: str) -> float:
    from kg.script import to_simplified

    common = _common_chars()
    chars = [c for c in to_simplified(text) if "\u4e00" <= c <= "\u9fff"]
    return sum(c in common for c in chars) / len(chars) if chars else 0.0


@lru_cache(maxsize=1)
def _common_chars(n: int = 4000) -> frozenset[str]:
    """The ``n`` most frequent characters of jieba's word-frequency dictionary."""
    import jieba

    counts: Counter[str] = Counter()
    with open(jieba.get_dict_file().name, encoding="utf-8") as fh:
        for line in fh:
            word, freq, *_ = line.split(" ")
            for ch in word:
                counts[ch] += int(freq)
    return frozenset(c for c, _ in counts.most_common(n))


def iter_files(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Expand files and folders (recursively) into a sorted file list.

    Raises :class:`InputError` for a path that does not exist.
    """
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError(f"input path does not exist: {p}")
        if p.is_dir():
            try:
                found = [f for f in p.rglob("*") if f.is_file()]
            except OSError as exc:
                raise InputError(f"cannot list folder {p}: {exc.strerror}") from None
            out.extend(sorted(found))
        else:
            out.append(p)
    seen: set[Path] = set()
    unique = []
    for f in out:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def read_inputs(paths: Iterable[str | os.PathLike], max_bad_share: float = MAX_BAD_SHARE) -> ReadResult:
    """Read every input path into documents; unusable inputs become skips.

    ``max_bad_share``: a file with a larger share of undecodable or control
    characters is skipped as binary (see :data:`MAX_BAD_SHARE`).
    """
    files = iter_files(paths)
    result = ReadResult(files=len(files))
    used_ids: dict[str, int] = {}
    for f in files:
        for item in _read_file(f, max_bad_share):
            if isinstance(item, Skip):
                result.skipped.append(item)
                continue
            # Two files with the same stem in different folders must not merge.
            n = used_ids.get(item.id, 0)
            used_ids[item.id] = n + 1
            if n:
                item = Document(**{**item.__dict__, "id": f"{item.id}~{n + 1}"})
            result.documents.append(item)
    return result


def _read_file(path: Path, max_bad_share: float = MAX_BAD_SHARE) -> list[Document | Skip]:
    suffix = path.suffix.lower()
    if path.name.startswith("."):
        return [Skip(str(path), "hidden file")]
    if suffix not in SUPPORTED:
        return [Skip(str(path), f"unsupported file type {suffix or '(none)'}; use .txt, .md, .html, .htm or .jsonl")]
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [Skip(str(path), f"unreadable: {exc.strerror or exc}")]
    try:
        text, encoding = decode(data, max_bad_share)
    except DecodeError as exc:
        return [Skip(str(path), f"cannot decode: {exc}")]
    doc_id = path.stem
    if suffix in JSONL_SUFFIXES:
        # Repaired per line, after parsing, so each article counts its own characters.
        return _read_jsonl(path, text, encoding)
    # The whole file is one document: its count covers the file, including
    # the parts (markup, scripts) that the text leaves out.
    text, repaired = repair(text)
    if suffix in HTML_SUFFIXES:
        from kg.htmltext import html_to_text

        body, meta = html_to_text(text)
        if not body.strip():
            return [Skip(str(path), "no article text in the HTML")]
        return [Document(doc_id, str(path), body, title=meta.get("title", ""), date=meta.get("date", ""),
                         url=meta.get("url", ""), encoding=encoding, single_article=True, repaired=repaired)]
    if suffix == ".md":
        text = markdown_to_text(text)
    if not text.strip():
        return [Skip(str(path), "empty document")]
    return [Document(doc_id, str(path), text, encoding=encoding, repaired=repaired)]


def _read_jsonl(path: Path, text: str, encoding: str) -> list[Document | Skip]:
    out: list[Document | Skip] = []
    # Records end at "\n" only: str.splitlines would also cut at U+2028, form
    # feeds and the like, which JSON strings may hold.
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            # strict=False: a raw control character inside a string is repaired, not a lost line.
            rec = json.loads(line, strict=False)
        except json.JSONDecodeError as exc:
            out.append(Skip(where, f"invalid JSON ({exc.msg})"))
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            out.append(Skip(where, "no string field 'text'"))
            continue
        if not rec["text"].strip():
            out.append(Skip(where, "empty 'text'"))
            continue
        rid = rec.get("id")
        doc_id = f"{path.stem}/{rid if rid not in (None, '') else lineno}"
        out.append(Document(doc_id, where, rec["text"], title=_str(rec.get("title")), date=_str(rec.get("date")),
                            url=_str(rec.get("url")), encoding=encoding, single_article=True))
    if not out:
        out.append(Skip(str(path), "no articles in the JSONL file"))
    return out


def _str(value) -> str:
    return "" if value is None else str(value)


_MD_RULES = [
    (re.compile(r"^```.*?^```\s*$", re.S | re.M), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),
    (re.compile(r"^\s*(?:[-*+]|\d+\.)\s+", re.M), ""),
    (re.compile(r"(\*\*|__|\*|`)"), ""),
]


def markdown_to_text(text: str) -> str:
    """Plain text of Markdown: headings, emphasis, links and images unwrapped.

    >>> markdown_to_text("# 标题\\n**格尔木**[链接](http://x)")
    '标题\\n格尔木链接'
    """
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text
