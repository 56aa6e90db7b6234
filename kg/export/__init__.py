"""Export stage: write a built graph to files.

Each format is a plain function ``write_<format>(graph, path, **options)``.
"""
