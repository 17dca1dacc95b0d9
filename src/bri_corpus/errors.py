"""The exceptions bri_corpus raises, all under one base class.

Every message names the thing that went wrong (a file, a plugin and its
version, a document id), says what happened and, where there is one, what to
do next, so that the CLI can print it as a single line.
"""

from __future__ import annotations

__all__ = ["BriCorpusError", "DocumentError", "ExtractorError", "PluginLoadError", "SelectionError"]


class BriCorpusError(Exception):
    """The base class of every error bri_corpus raises on purpose."""


class DocumentError(BriCorpusError):
    """A document could not be read: missing, not UTF-8, empty or binary.

    Attributes:
        path: the file (or source name) the problem is about.
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class PluginLoadError(BriCorpusError):
    """A third-party plugin failed to load from its entry point."""


class ExtractorError(BriCorpusError):
    """An extractor raised while working on a document (used with ``strict=True``).

    Attributes:
        extractor: the extractor's name.
        document_id: the id of the document it was working on.
    """

    def __init__(self, extractor: str, document_id: str, error: BaseException) -> None:
        super().__init__(f"extractor {extractor!r} failed on document {document_id!r}: {type(error).__name__}: {error}")
        self.extractor = extractor
        self.document_id = document_id
        self.error = error


class SelectionError(BriCorpusError):
    """The extractors asked for do not exist, or their ``needs`` cannot be met."""
