"""Export stage: write a built graph to files.

Each format is a plain function ``write_<format>(graph, path, **options)``;
:func:`export` writes the requested ones into a folder.

>>> export(graph, "output", formats=("graphml", "html"))     # doctest: +SKIP
{'graphml': PosixPath('output/graph.graphml'), 'html': PosixPath('output/graph.html')}
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

# format -> (module, function, file or folder name inside the output folder)
FORMATS = {
    "graphml": ("kg.export.graphml", "write_graphml", "graph.graphml"),
    "html": ("kg.export.html", "write_html", "graph.html"),
    "gexf": ("kg.export.gexf", "write_gexf", "graph.gexf"),
    "json": ("kg.export.nodelink", "write_node_link", "graph.json"),
    "csv": ("kg.export.csv", "write_csv", "."),
}


def writer(fmt: str):
    module, func, _ = FORMATS[fmt]
    return getattr(import_module(module), func)


def export(graph, outdir, formats=("graphml", "html"), **html_options) -> dict[str, Path]:
    """Write each of ``formats`` into ``outdir``; return their paths."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for fmt in formats:
        path = out / FORMATS[fmt][2]
        if fmt == "csv":
            written = writer(fmt)(graph, out)
            paths["csv nodes"], paths["csv edges"] = written["nodes"], written["edges"]
            continue
        if fmt == "html":
            writer(fmt)(graph, path, **html_options)
        else:
            writer(fmt)(graph, path)
        paths[fmt] = path
    return paths
