"""Articles stage: split a normalised page into articles and sentences.

A page holds several articles. An article opens at a "本报讯" paragraph (or a
similar dateline), at a "（上接一版）" continuation, or at the first body
paragraph after a headline block. E-paper text often prints a headline after
its article, so each headline line goes to the neighbouring article whose text
shares most of its character bigrams.

Co-mention is scoped to one article, never across the articles of a page.

>>> from kg.read import Document
>>> arts = split_articles(Document("d", "d.txt", "标题一\\n\\n本报讯（记者 王五）格尔木签约。\\n\\n本报讯 第二篇。"))
>>> [(a.id, a.headline, a.byline) for a in arts]
[('d#a1', '标题一', '记者 王五'), ('d#a2', '', '')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import add

from kg.normalise import NormalText, normalise, split_sentences
from kg.spec import layout_spec
from kg.read import Document

__all__ = ["Sentence", "Article", "split_articles"]


@dataclass(frozen=True)
class Sentence:
    doc: str
    article: str
    index: int  # position in the document
    text: str
    start: int  # offsets in the normalised document text
    end: int
    orig_start: int  # offsets in the original document text
    orig_end: int
    paragraph: int
    kind: str  # paragraph kind: text, heading, opener, continuation, caption
    # Where the sentence's characters stop being consecutive in the original
    # (a line break or space removed inside it): ``(i, o)`` pairs, text[i] is
    # at orig_start + o. Empty for most sentences. With it, a mention found
    # after analysis (kg.consistency) gets its printed offsets without
    # normalising the page again.
    jumps: tuple = ()

    def original_index(self, i: int) -> int:
        """The offset in the original document of ``text[i]``.

        >>> s = Sentence("d", "d#a1", 0, "格尔木市", 0, 4, 10, 15, 0, "text", ((3, 4),))
        >>> [s.original_index(i) for i in range(4)]
        [10, 11, 12, 14]
        """
        j, o = 0, 0
        for jj, oo in self.jumps:
            if jj > i:
                break
            j, o = jj, oo
        return self.orig_start + o + (i - j)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of ``text[start:end]``, as :meth:`NormalText.original_span` gives it."""
        if end <= start:
            return self.original_index(start), self.original_index(start)
        return self.original_index(start), self.original_index(end - 1) + 1


@dataclass
class Article:
    id: str
    doc: str
    headline: str = ""
    byline: str = ""
    date: str = ""
    paragraphs: list[int] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.sentences)


_FULL_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def find_date(text: str) -> str:
    """First date in the text: ISO when the year is given, else as written.

    >>> find_date("经研究，2022年11月3日起"), find_date("11月2日，会议召开")
    ('2022-11-03', '11月2日')
    """
    m = _FULL_DATE.search(text)
    if m:
        y, mo, d = (int(x) for x in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    m = _MONTH_DAY.search(text)
    return m.group(0) if m else ""


_ANY_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def iso_date(value: str, context: str = "") -> str:
    """A date as ``YYYY-MM-DD``, or "" when it has none.

    Evidence is ordered and filtered by these strings, so every written form
    becomes one: ISO, "2014/4/25 10:00", "2014年4月25日". A month and day
    without a year ("11月2日", as datelines write them) take the year of
    ``context``, the document's own date, when it has one.

    >>> iso_date("2014/4/25 10:00"), iso_date("11月2日", "2022-10-30"), iso_date("11月2日"), iso_date("昨天")
    ('2014-04-25', '2022-11-02', '', '')
    """
    m = _ANY_DATE.search(value or "")
    if m:
        y, mo, d = (int(x) for x in m.groups())
        return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else ""
    m = _MONTH_DAY.search(value or "")
    year = iso_date(context)[:4] if context else ""
    if m and year:
        mo, d = (int(x) for x in m.groups())
        return f"{year}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else ""
    return ""


def parse_byline(paragraph: str) -> str:
    """The byline inside an opener's brackets, names kept apart by single spaces.

    >>> parse_byline("本报讯（记者 夏静 仁增加措）11月2日")
    '记者 夏静 仁增加措'
    """
    m = layout_spec().byline.search(paragraph)
    if not m:
        return ""
    return re.sub(r"\s+", " ", m.group(1)).strip()


def _bigrams(text: str) -> set[str]:
    # The pairs made in C: an article's body is scored whole, thousands of characters.
    chars = "".join(text.split())
    return set(map(add, chars, chars[1:]))


def split_articles(doc: Document, norm: NormalText | None = None) -> list[Article]:
    """Articles of a document, each with its sentences (offsets kept)."""
    norm = norm if norm is not None else normalise(doc.text)
    paras = norm.paragraphs
    if not paras:
        return []
    starts = _article_starts([p.kind for p in paras], doc.single_article)
    # Article k owns the paragraphs from starts[k] to the next start; headings
    # inside that range are assigned below.
    owner = [0] * len(paras)
    k = -1
    for i in range(len(paras)):
        if i in starts:
            k += 1
        owner[i] = max(k, 0)
    n_articles = max(k + 1, 1)
    headline_parts: dict[int, list[int]] = {a: [] for a in range(n_articles)}
    # An article's body, joined only if a heading is scored against it.
    body_text: dict[int, list[str]] = {a: [] for a in range(n_articles)}
    for i, p in enumerate(paras):
        if p.kind != "heading":
            body_text[owner[i]].append(norm.text[p.start:p.end])
    _assign_headings(norm, paras, owner, starts, body_text, headline_parts)

    articles = [Article(id=f"{doc.id}#a{a + 1}", doc=doc.id) for a in range(n_articles)]
    for i, p in enumerate(paras):
        articles[owner[i]].paragraphs.append(i)
    index = 0
    for art in articles:
        for i in art.paragraphs:
            p = paras[i]
            for s, e in split_sentences(norm.text, p.start, p.end):
                os_, oe = norm.original_span(s, e)
                art.sentences.append(Sentence(doc.id, art.id, index, norm.text[s:e], s, e, os_, oe, i, p.kind,
                                              _jumps(norm.offsets, s, e)))
                index += 1
    for a, art in enumerate(articles):
        parts = [norm.text[paras[i].start:paras[i].end] for i in headline_parts[a]]
        art.headline = " ".join(parts)
        if doc.single_article and doc.title:
            art.headline = doc.title
        for i in art.paragraphs:
            if paras[i].kind == "opener":
                art.byline = parse_byline(norm.text[paras[i].start:paras[i].end])
                break
        body = "".join(s.text for s in art.sentences if s.kind != "heading")
        art.date = find_date(body[:layout_spec().dateline_max_chars]) or doc.date
    return [a for a in articles if a.sentences]


def _jumps(offsets: list[int], s: int, e: int) -> tuple:
    if e - s < 2 or offsets[e - 1] - offsets[s] == e - 1 - s:
        return ()  # consecutive in the original: the common case, tested in O(1)
    base = offsets[s]
    return tuple((i - s, offsets[i] - base) for i in range(s + 1, e) if offsets[i] != offsets[i - 1] + 1)


def _article_starts(kinds: list[str], single: bool) -> set[int]:
    starts = {0}
    if single:
        return starts
    for i, kind in enumerate(kinds):
        if kind in ("opener", "continuation"):
            # The headline block right above an opener belongs to it.
            j = i
            while j > 0 and kinds[j - 1] == "heading":
                j -= 1
            # The split point stays at the block so that its lines can be
            # shared out to the articles on both sides.
            starts.add(j)
        elif kind == "text" and i > 0 and kinds[i - 1] == "heading":
            j = i
            while j > 0 and kinds[j - 1] == "heading":
                j -= 1
            starts.add(j)
    return starts


def _assign_headings(norm, paras, owner, starts, body_text, headline_parts) -> None:
    """Give each heading line to the article it names.

    A heading block sits between the articles before it and the article it
    opens. A line goes back to an earlier article that has no headline yet
    when it shares clearly more of that article's bigrams; otherwise it heads
    the article that follows (or, at the end of a page, the best earlier one).
    """
    n = len(paras)
    # An article's body is scored against each heading line near it, several times a line.
    body_grams: dict[int, set[str]] = {}
    i = 0
    while i < n:
        if paras[i].kind != "heading":
            i += 1
            continue
        j = i
        while j < n and paras[j].kind == "heading":
            j += 1
        block = list(range(i, j))
        nxt = owner[i] if i in starts or any(b in starts for b in block) else None
        if j >= n:
            nxt = None
        prev_candidates = sorted({owner[b] for b in range(0, i) if paras[b].kind != "heading"} - ({nxt} if nxt is not None else set()))[-3:]
        for b in block:
            line = norm.text[paras[b].start:paras[b].end]
            grams = _bigrams(line)

            def score(a: int) -> float:
                if a not in body_grams:
                    body_grams[a] = _bigrams("".join(body_text[a]))
                return len(grams & body_grams[a]) / len(grams) if grams else 0.0

            choice = nxt
            open_prev = [a for a in prev_candidates if not headline_parts[a]]
            best_prev = max(open_prev, key=score, default=None)
            if best_prev is not None and score(best_prev) >= 0.5:
                if nxt is None or score(best_prev) > score(nxt) + 0.2:
                    choice = best_prev
            if choice is None:
                # A trailing block with nowhere to go: keep it as text of the last article.
                owner[b] = prev_candidates[-1] if prev_candidates else 0
                continue
            owner[b] = choice
            headline_parts[choice].append(b)
            # Once a line goes to the next article, the rest of the block follows it.
            if choice == nxt:
                prev_candidates = []
        i = j
