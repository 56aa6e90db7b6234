"""Article text from HTML, through the Lexbor HTML5 parser (selectolax).

Scripts, styles, navigation, headers, footers, forms and asides are dropped;
block elements become paragraph breaks.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

DROP = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select"
BLOCKS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "table", "tr", "td", "th", "blockquote", "pre", "br", "hr", "dd", "dt", "figcaption", "body",
}
_DATE_META = ("article:published_time", "pubdate", "publishdate", "date", "dc.date", "og:published_time")


def html_to_text(html: str) -> tuple[str, dict]:
    """Return ``(text, meta)``; meta may hold ``title``, ``date``, ``url``.

    >>> html_to_text("<html><head><title>T</title><script>x()</script></head>"
    ...              "<body><nav>菜单</nav><p>格尔木</p><p>新闻</p></body></html>")
    ('格尔木\\n\\n新闻', {'title': 'T'})
    """
    tree = LexborHTMLParser(html)
    meta: dict[str, str] = {}
    title = tree.css_first("meta[property='og:title']")
    if title is not None and title.attributes.get("content"):
        meta["title"] = title.attributes["content"].strip()
    elif tree.css_first("title") is not None:
        meta["title"] = tree.css_first("title").text(strip=True)
    for node in tree.css("meta"):
        key = (node.attributes.get("property") or node.attributes.get("name") or "").lower()
        if key in _DATE_META and node.attributes.get("content") and "date" not in meta:
            meta["date"] = node.attributes["content"].strip()
        if key == "og:url" and node.attributes.get("content"):
            meta["url"] = node.attributes["content"].strip()
    if "date" not in meta:
        t = tree.css_first("time[datetime]")
        if t is not None:
            meta["date"] = t.attributes["datetime"].strip()
    for node in tree.css(DROP):
        node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    parts: list[str] = []
    _walk(root, parts)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    text = "\n\n".join(line for line in lines if line)
    meta = {k: v for k, v in meta.items() if v}
    return text, meta


def _walk(node, parts: list[str]) -> None:
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child.tag in ("-comment",):
            continue
        else:
            block = child.tag in BLOCKS
            if block:
                parts.append("\n")
            _walk(child, parts)
            if block:
                parts.append("\n")
