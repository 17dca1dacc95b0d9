"""``Problem``: one thing that went wrong in a run, reported without stopping the run."""

from __future__ import annotations

import logging
from collections.abc import Callable

import attrs

__all__ = ["CountingHandler", "Problem", "ProblemHandler", "log_problem"]

logger = logging.getLogger("bri_corpus")


@attrs.frozen(kw_only=True)
class Problem:
    """A document that could not be read, a plugin that failed to load, or an extractor that failed.

    Attributes:
        stage: ``"document"``, ``"plugin"`` or ``"extractor"``.
        message: one line naming the file, plugin or document, and what went wrong.
        document_id: the document concerned, if any.
        extractor: the extractor or plugin concerned, if any.
        path: the file concerned, if any.
    """

    stage: str
    message: str
    document_id: str | None = None
    extractor: str | None = None
    path: str | None = None

    def as_error(self) -> Exception:
        """Return the exception that ``strict`` mode raises for this problem."""
        from .errors import BriCorpusError, DocumentError

        if self.stage == "document" and self.path is not None:
            return DocumentError(self.path, self.message.removeprefix(f"{self.path}: "))
        return BriCorpusError(self.message)

    def __str__(self) -> str:
        return self.message


ProblemHandler = Callable[[Problem], None]
"""A callback that receives each :class:`Problem` as it happens."""


def log_problem(problem: Problem) -> None:
    """Report a problem as a warning on the ``bri_corpus`` logger (the default handler)."""
    logger.warning("%s", problem.message)


class CountingHandler:
    """Pass each problem on to ``handler`` and count them, so a caller can tell whether anything failed."""

    def __init__(self, handler: ProblemHandler) -> None:
        self._handler = handler
        self.count = 0

    def __call__(self, problem: Problem) -> None:
        self.count += 1
        self._handler(problem)
