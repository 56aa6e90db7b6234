"""Export stage: write a built graph to files.

Each format is a plain function ``write_<format>(graph, path, **options)``;
:func:`export` writes the requested ones into a folder.

>>> export(graph, "output", formats=("graphml", "html"))     # doctest: +SKIP
{'graphml': PosixPath('output/graph.graphml'), 'html': PosixPath('output/graph.html')}
"""

from __future__ import annotations

from pathlib import Path

from kg.export.csv import write_csv
from kg.export.gexf import write_gexf
from kg.export.graphml import write_graphml
from kg.export.nodelink import write_node_link
from kg.export.style import layout


def write_html(graph, path, **options):
    """:func:`kg.export.html.write_html`, imported on first use (jinja2 and pyvis are only needed here)."""
    from kg.export.html import write_html as write

    return write(graph, path, **options)


# format -> (writer, file name inside the output folder; "." for csv's folder of two files)
FORMATS = {
    "graphml": (write_graphml, "graph.graphml"),
    "html": (write_html, "graph.html"),
    "gexf": (write_gexf, "graph.gexf"),
    "json": (write_node_link, "graph.json"),
    "csv": (write_csv, "."),
}


def export(graph, outdir, formats=("graphml", "html"), **html_options) -> dict[str, Path]:
    """Write each of ``formats`` into ``outdir``; return their paths.

    csv gives two entries, ``"csv nodes"`` and ``"csv edges"``.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown export format(s) {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    # One layout serves every view, so Gephi and the page agree and it is computed once.
    positions = layout(graph) if {"graphml", "gexf", "html"} & set(formats) else None
    paths: dict[str, Path] = {}
    for fmt in formats:
        write, name = FORMATS[fmt]
        if fmt == "csv":
            written = write(graph, out)
            paths["csv nodes"], paths["csv edges"] = written["nodes"], written["edges"]
        elif fmt == "json":
            write(graph, out / name)
            paths[fmt] = out / name
        else:
            write(graph, out / name, positions=positions, **(html_options if fmt == "html" else {}))
            paths[fmt] = out / name
    return paths
