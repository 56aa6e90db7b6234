"""Export stage: write a built graph to files.

Each format is a plain function ``write_<format>(graph, path, **options)``;
:func:`export` writes the requested ones into a folder, as one set: they are
staged and swapped in together (:func:`kg.export.atomic.output_set`), so an
interrupted export leaves the previous files, or all the new ones once the
next export has recovered the folder.

>>> export(graph, "output", formats=("graphml", "html"))     # doctest: +SKIP
{'graphml': PosixPath('output/graph.graphml'), 'html': PosixPath('output/graph.html')}
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from kg.export.atomic import output_set
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
# Every file name kg writes into an output folder (csv's two included).
OUTPUT_NAMES = tuple(name for _, name in FORMATS.values() if name != ".") + ("nodes.csv", "edges.csv")


class Outputs(dict):
    """The paths written, by format; ``notes`` says, by format, what a file leaves out.

    The HTML page draws an overview of the graph: its note (from
    :func:`kg.export.html.overview_note`) goes into the build summary.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.notes: dict[str, str] = {}


def export(graph, outdir, formats=("graphml", "html"), *, jobs: int = 1, **html_options) -> Outputs:
    """Write each of ``formats`` into ``outdir``; return their paths (with ``notes``).

    csv gives two entries, ``"csv nodes"`` and ``"csv edges"``. ``jobs``
    above 1 writes the formats side by side in that many forked processes
    (the GraphML and the page of a large graph take seconds each); the files
    are the same bytes either way.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown export format(s) {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    # One layout serves every view, so Gephi and the page agree and it is computed once.
    positions = layout(graph) if {"graphml", "gexf", "html"} & set(formats) else None
    paths = Outputs()
    with output_set(out, OUTPUT_NAMES) as staging:
        job = (graph, staging, positions, html_options)
        if jobs > 1 and len(formats) > 1 and "fork" in multiprocessing.get_all_start_methods():
            global _JOB
            _JOB = job
            try:
                # Forked: the children share the graph as it is, with nothing to pickle but each format's facts.
                with multiprocessing.get_context("fork").Pool(min(jobs, len(formats))) as pool:
                    results = pool.map(_write_format, formats, chunksize=1)
            finally:
                _JOB = None
        else:
            results = [_write_format(fmt, job) for fmt in formats]
        for fmt, (written, note) in zip(formats, results):
            if fmt == "csv":
                paths["csv nodes"], paths["csv edges"] = out / written["nodes"], out / written["edges"]
            else:
                paths[fmt] = out / written
            if note:
                paths.notes[fmt] = note
    return paths


# What the forked writers of one export share: graph, staging folder, positions, page options.
_JOB = None


def _write_format(fmt: str, job=None) -> tuple:
    """Write one format into the staging folder: the file name(s) written and the format's note."""
    graph, staging, positions, html_options = job if job is not None else _JOB
    write, name = FORMATS[fmt]
    if fmt == "csv":
        written = write(graph, staging)
        return {"nodes": written["nodes"].name, "edges": written["edges"].name}, ""
    if fmt == "json":
        write(graph, staging / name)
        return name, ""
    facts = write(graph, staging / name, positions=positions, **(html_options if fmt == "html" else {}))
    return name, facts.get("note", "") if isinstance(facts, dict) else ""
