"""Turn what a user passes (files, folders, documents) into a stream of documents or problems."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .document import Document
from .errors import DocumentError
from .problems import Problem

__all__ = ["Source", "expand_sources", "read_source"]

Source = str | Path | Document
"""A document given directly, or the path of a text file or of a folder of ``.txt`` files."""


def expand_sources(sources: Iterable[Source]) -> Iterator[Document | Path | Problem]:
    """Expand folders into their ``.txt`` files (recursively, sorted); report missing paths and empty folders.

    Files are yielded as paths, to be read where they are processed (in a
    worker process, if there are workers), so reading streams too.
    """
    for source in sources:
        if isinstance(source, Document):
            yield source
            continue
        path = Path(source)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                yield Problem(stage="document", message=f"{source}: folder has no .txt files", path=str(source))
            yield from files
        elif path.exists():
            yield path
        else:
            yield Problem(stage="document", message=f"{source}: no such file or folder", path=str(source))


def read_source(source: Document | Path, encoding_errors: str) -> Document | Problem:
    """Read one file as a document, or describe why it cannot be read."""
    if isinstance(source, Document):
        return source
    try:
        return Document.from_path(source, encoding_errors=encoding_errors)
    except DocumentError as error:
        return Problem(stage="document", message=str(error), document_id=source.stem, path=error.path)
