"""kg: a knowledge-graph builder for Chinese local news.

The stages, in the order data flows through them, each a module::

    read -> normalise -> articles -> nlp (entities, sentence relations)
         -> analyse -> resolve -> relate -> graph -> export

From texts in memory to a graph, with no files::

    >>> import kg
    >>> g = kg.extract_graph(["市水利局持续推进城区供水管网联通改造项目建设。"])
    >>> sorted(t for _, t in g.nodes(data="type"))
    ['agency', 'project']

The extractor alone, a spaCy pipeline::

    >>> nlp = kg.load_pipeline()
    >>> [(e.text, e.label_) for e in nlp("市水利局推进城区供水管网联通改造项目").ents]
    [('市水利局', 'AGENCY'), ('城区供水管网联通改造项目', 'PROJECT')]

Files in, files out: :func:`kg.build` (``kg build`` on the command line).
"""

__version__ = "0.1.0"

from kg.build import BuildResult, build
from kg.extract import extract_graph
from kg.nlp import load_pipeline
from kg.read import Document

__all__ = ["__version__", "Document", "extract_graph", "load_pipeline", "build", "BuildResult"]
