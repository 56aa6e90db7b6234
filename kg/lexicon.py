"""Lexicons: known names with their types, from package data and user files.

A lexicon file is JSONL, one object a line::

    {"name": "远景能源", "type": "COMPANY", "aliases": ["远景"]}

``type`` is an entity label (COMPANY, PROJECT, AGENCY, PLACE). Lines starting
with ``//`` are comments. ``kg build --lexicon FILE`` adds a user's file to the
package's own ``kg/data/lexicon.jsonl``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from kg.resources import label_to_type, load_jsonl


class LexiconError(ValueError):
    pass


@dataclass(frozen=True)
class Entry:
    """A known name: ``label`` is COMPANY, PROJECT, AGENCY or PLACE."""

    name: str
    label: str
    aliases: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        """The entry as a lexicon line's object."""
        return {"name": self.name, "type": self.label, "aliases": list(self.aliases)}

    @classmethod
    def from_dict(cls, rec: dict) -> "Entry":
        return cls(rec["name"], rec["type"], tuple(rec.get("aliases", ())))


def parse_lexicon(lines: Iterable[str], source: str = "<lexicon>") -> list[Entry]:
    labels = set(label_to_type())
    out = []
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("//") or line.startswith("#"):
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LexiconError(f"{source}:{lineno}: invalid JSON ({exc.msg})") from None
        name, label = rec.get("name"), str(rec.get("type", "")).upper()
        if not isinstance(name, str) or not name.strip():
            raise LexiconError(f"{source}:{lineno}: missing 'name'")
        if label not in labels:
            raise LexiconError(f"{source}:{lineno}: 'type' must be one of {sorted(labels)}")
        aliases = tuple(a for a in rec.get("aliases", []) if isinstance(a, str) and a.strip())
        out.append(Entry(name.strip(), label, aliases))
    return out


# The package's lexicon files: bodies no suffix rule can see, and the listed and
# central state-owned companies (derived by training/make_company_lexicon.py).
PACKAGE_LEXICONS = ("lexicon.jsonl", "companies.jsonl", "news_companies.jsonl")


@lru_cache(maxsize=1)
def package_lexicon() -> tuple[Entry, ...]:
    """The names of the package's lexicon files (``kg/data/lexicon.jsonl``, ``companies.jsonl``), read once."""
    return tuple(Entry.from_dict(r) for name in PACKAGE_LEXICONS for r in load_jsonl(name))


def load_lexicons(paths: Iterable[str | Path] = (), *, include_package: bool = True) -> list[Entry]:
    """The package lexicon (unless ``include_package`` is false) followed by the user's files (later entries win).

    >>> [e.name for e in load_lexicons()][:2]
    ['市委', '县委']
    """
    entries = list(package_lexicon()) if include_package else []
    for p in paths:
        entries.extend(parse_lexicon(read_lexicon(p).splitlines(), str(Path(p))))
    return entries


def read_lexicon(path: str | Path) -> str:
    """The text of a user's lexicon file; :class:`LexiconError` when it cannot be read."""
    path = Path(path)
    try:
        return path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise LexiconError(f"cannot read lexicon {path}: {exc.strerror or exc}") from None
