"""lagebild: a sourced situational picture from raw news articles.

The library's front door: :func:`lagebild.pipeline.analyse` runs the per-document stages on
one document, :func:`lagebild.pipeline.run` drives files and folders into a database.
"""

__version__ = "0.1.0"
