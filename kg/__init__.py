"""kg: a knowledge-graph builder for Chinese local news.

The stages, in the order data flows through them::

    read -> normalise -> articles -> entities -> resolve -> relate -> graph -> export

>>> import kg
>>> nlp = kg.load_pipeline()          # doctest: +SKIP
>>> [(e.text, e.label_) for e in nlp("市水利局推进城区供水管网联通改造项目").ents]  # doctest: +SKIP
"""

__version__ = "0.1.0"

__all__ = ["__version__", "load_pipeline", "build"]


def load_pipeline(*args, **kwargs):
    """Return the spaCy extractor (see :func:`kg.pipeline.load_pipeline`)."""
    from kg.pipeline import load_pipeline as _load

    return _load(*args, **kwargs)


def build(*args, **kwargs):
    """Run a whole build (see :func:`kg.build.build`)."""
    from kg.build import build as _build

    return _build(*args, **kwargs)
