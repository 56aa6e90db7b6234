"""The graph contract's JSON fields, encoded and decoded in one place.

GraphML and GEXF carry only scalars, so a node's ``aliases`` and an edge's
``evidence`` are JSON strings in the graph (``docs/graph-contract.md``).
Every reader of a built graph (exports, ``kg show``, ``kg eval``, notebooks)
decodes them here; graphs from elsewhere, or already decoded, are taken as
they are.

>>> data = {"aliases": encode(["格尔木", "格尔木市"])}
>>> data["aliases"]
'["格尔木", "格尔木市"]'
>>> aliases(data)
['格尔木', '格尔木市']
>>> evidence({"evidence": "not json"})
[]
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Mapping

ALIASES = "aliases"
EVIDENCE = "evidence"
JSON_FIELDS = (ALIASES, EVIDENCE)


# One encoder for every call: json.dumps builds a new one whenever it is given an option, and a
# graph encodes a list per node and an item per piece of evidence (40,000 at 3.7M characters).
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def encode(items: Iterable[Any]) -> str:
    """A list as the contract's JSON string (UTF-8 text kept as is, so files stay readable)."""
    return _ENCODER.encode(list(items))


def encode_item(item: Any) -> str:
    """One item as it appears inside :func:`encode`'s list."""
    return _ENCODER.encode(item)


def join_items(encoded: Iterable[str]) -> str:
    """The list of items already encoded by :func:`encode_item`: the string :func:`encode` makes of them.

    >>> join_items([encode_item({"a": 1}), encode_item("格尔木")]) == encode([{"a": 1}, "格尔木"])
    True
    """
    return "[" + ", ".join(encoded) + "]"


def decode(value: Any) -> list | None:
    """A JSON-array field as a list; None when ``value`` is not one."""
    if isinstance(value, list):
        return value
    if isinstance(value, tuple):
        return list(value)
    if value is None or value == "":
        return []
    if not isinstance(value, str):
        return None
    try:
        out = json.loads(value)
    except ValueError:
        return None
    return out if isinstance(out, list) else None


def aliases(data: Mapping[str, Any]) -> list[str]:
    """A node's aliases; a plain string from another tool counts as one alias."""
    value = data.get(ALIASES)
    out = decode(value)
    if out is None:
        return [str(value)]
    return [str(a) for a in out]


def evidence(data: Mapping[str, Any]) -> list[dict]:
    """An edge's evidence items (dicts); anything else in the field is ignored."""
    out = decode(data.get(EVIDENCE))
    return [ev for ev in out or () if isinstance(ev, dict)]


def names(data: Mapping[str, Any]) -> set[str]:
    """A node's label and every alias."""
    return {str(data.get("label", ""))} | set(aliases(data))
