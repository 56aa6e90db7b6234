"""Access to the package's data files (rules, lexicons, stop-lists, styles).

Data lives in ``kg/data``; nothing here is a hard-coded list. Users extend the
lexicons with ``--lexicon FILE`` (see :mod:`kg.lexicon`).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


def data_path(name: str):
    """Path-like handle of a file in ``kg/data``."""
    return resources.files("kg") / "data" / name


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    with data_path(name).open(encoding="utf-8") as fh:
        # libyaml's parser where PyYAML has it: the same data, several times faster (every pipeline load reads these).
        return yaml.load(fh, Loader=_SAFE_LOADER)


@lru_cache(maxsize=None)
def load_jsonl(name: str) -> tuple[dict, ...]:
    rows = []
    with data_path(name).open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("//"):
                rows.append(json.loads(line))
    return tuple(rows)


def entity_types() -> dict[str, dict]:
    """The graph's entity types, keyed by type name (``company`` ...)."""
    return load_yaml("types.yaml")


def type_colors() -> dict[str, str]:
    return {name: spec["color"] for name, spec in entity_types().items()}


def label_to_type() -> dict[str, str]:
    """spaCy entity label -> graph type (``COMPANY`` -> ``company``)."""
    return {spec["label"]: name for name, spec in entity_types().items()}


def relation_styles() -> dict[str, dict]:
    """How each relation reads: Chinese ``name`` and ``color``, in legend order (``relations.yaml``)."""
    return load_yaml("relations.yaml")
