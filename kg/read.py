"""Read stage: find input files, detect their encoding, turn each into documents.

Formats: ``.txt`` and ``.md`` (one document per file), ``.html``/``.htm``
(article text through an HTML5 parser, with scripts, styles and navigation
dropped) and ``.jsonl`` (one article per line: ``text`` plus optional ``id``,
``title``, ``date``, ``url``).

Nothing is lost silently: every file or line that cannot be used is returned
as a :class:`Skip` with its reason.

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


class InputError(Exception):
    """An input path that does not exist or cannot be listed."""


@dataclass(frozen=True)
class Document:
    id: str
    path: str
    text: str
    title: str = ""
    date: str = ""
    url: str = ""
    encoding: str = ""
    # Web articles (HTML, JSONL) are one article each; newspaper pages are split.
    single_article: bool = False


@dataclass(frozen=True)
class Skip:
    path: str
    reason: str


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


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes, detecting the encoding; return ``(text, encoding)``.

    Order: a BOM decides; else strict UTF-8; else the detector's best guess
    within the Chinese family; else strict GB18030. Raises :class:`DecodeError`.

    >>> decode("格尔木".encode("gb18030"))
    ('格尔木', 'gb18030')
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {enc} after its byte-order mark ({exc.reason})") from None
    if b"\x00" in data:
        raise DecodeError("binary content (NUL bytes, no UTF-16 byte-order mark)")
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
    if not candidates:
        raise DecodeError("not UTF-8, GB18030/GBK, Big5 or UTF-16 text")
    if len(candidates) == 1:
        enc, text = next(iter(candidates.items()))
        return text, enc
    # Short texts fool byte-level detectors (GBK bytes also decode as Big5):
    # keep the reading made of characters that Chinese text actually uses.
    enc = max(candidates, key=lambda e: (_plausibility(candidates[e]), e == "gb18030"))
    return candidates[enc], enc


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


def read_inputs(paths: Iterable[str | os.PathLike]) -> ReadResult:
    """Read every input path into documents; unusable inputs become skips."""
    files = iter_files(paths)
    result = ReadResult(files=len(files))
    used_ids: dict[str, int] = {}
    for f in files:
        for item in _read_file(f):
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


def _read_file(path: Path) -> list[Document | Skip]:
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
        text, encoding = decode(data)
    except DecodeError as exc:
        return [Skip(str(path), f"cannot decode: {exc}")]
    doc_id = path.stem
    if suffix in JSONL_SUFFIXES:
        return _read_jsonl(path, text, encoding)
    if suffix in HTML_SUFFIXES:
        from kg.htmltext import html_to_text

        body, meta = html_to_text(text)
        if not body.strip():
            return [Skip(str(path), "no article text in the HTML")]
        return [Document(doc_id, str(path), body, title=meta.get("title", ""), date=meta.get("date", ""),
                         url=meta.get("url", ""), encoding=encoding, single_article=True)]
    if suffix == ".md":
        text = markdown_to_text(text)
    if not text.strip():
        return [Skip(str(path), "empty document")]
    return [Document(doc_id, str(path), text, encoding=encoding)]


def _read_jsonl(path: Path, text: str, encoding: str) -> list[Document | Skip]:
    out: list[Document | Skip] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            rec = json.loads(line)
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
