"""The ``Document`` type: one news text as read, with its metadata and chrome regions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from .chrome import find_chrome
from .errors import DocumentError
from .header import read_header

__all__ = ["ENCODING_ERRORS", "Document"]

ENCODING_ERRORS = ("strict", "replace")
"""How undecodable bytes may be handled: ``strict`` reports the file, ``replace`` reads it with U+FFFD."""


def _frozen_mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(value or {}))


@attrs.frozen(kw_only=True)
class Document:
    """A news document: its raw text exactly as decoded, and what is known about it.

    Build one with :meth:`from_path` or :meth:`from_text`; both read the
    publication date and source from the header and find the page chrome.

    Attributes:
        id: the document id (a file's name without its extension).
        raw: the text exactly as decoded from the file: offsets of every fact point into it.
        path: the source file, or ``None`` for a document made from a string.
        published: the publication date, from the header or given by the caller.
        metadata: other header facts: ``source``, ``published_time`` (``"HH:MM"``),
            ``published_span`` (raw offsets of the header date).
        chrome: raw ``(start, end)`` regions that are page chrome; no fact lies in them.
    """

    id: str = attrs.field(validator=attrs.validators.min_len(1))
    raw: str
    path: str | None = None
    published: dt.date | None = None
    metadata: Mapping[str, Any] = attrs.field(factory=dict, converter=_frozen_mapping)
    chrome: tuple[tuple[int, int], ...] = ()

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the mapping proxy as a plain dict so documents travel to worker processes."""
        return {field.name: getattr(self, field.name) for field in attrs.fields(Document)} | {
            "metadata": dict(self.metadata)
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, _frozen_mapping(value) if name == "metadata" else value)

    @property
    def source(self) -> str | None:
        """The source the header names (a URL or an organisation), or ``None``."""
        source = self.metadata.get("source")
        return source if isinstance(source, str) else None

    def in_chrome(self, start: int, end: int) -> bool:
        """Tell whether the raw span ``[start, end)`` overlaps page chrome."""
        return any(start < c_end and c_start < end for c_start, c_end in self.chrome)

    @classmethod
    def from_text(
        cls,
        raw: str,
        *,
        id: str,
        published: dt.date | None = None,
        path: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> Document:
        """Make a document from a string; the header supplies ``published`` when it is not given."""
        header = read_header(raw)
        meta: dict[str, Any] = {}
        if header.source:
            meta["source"] = header.source
        if header.published_time:
            meta["published_time"] = header.published_time
        if header.date_span:
            meta["published_span"] = header.date_span
        meta.update(metadata or {})
        return cls(
            id=id,
            raw=raw,
            path=path,
            published=published if published is not None else header.published,
            metadata=meta,
            chrome=_outside(find_chrome(raw), header.date_span),
        )

    @classmethod
    def from_path(cls, path: str | Path, *, encoding_errors: str = "strict") -> Document:
        """Read a UTF-8 text file as a document whose id is the file's stem.

        A byte-order mark is kept in ``raw`` (offsets count it); normalisation drops it.

        Raises:
            DocumentError: when the file is missing, unreadable, binary, empty or
                (with ``encoding_errors="strict"``) not UTF-8; the message names the file.
        """
        if encoding_errors not in ENCODING_ERRORS:
            raise ValueError(f"encoding_errors must be one of {ENCODING_ERRORS}, got {encoding_errors!r}")
        file = Path(path)
        name = str(path)
        try:
            data = file.read_bytes()
        except FileNotFoundError:
            raise DocumentError(name, "no such file") from None
        except IsADirectoryError:
            raise DocumentError(name, "is a directory, not a text file") from None
        except OSError as error:
            raise DocumentError(name, f"cannot be read: {error.strerror or error}") from None
        if not data.strip():
            raise DocumentError(name, "is empty")
        nul = data.find(b"\x00")
        if nul >= 0:
            raise DocumentError(name, f"looks binary (NUL byte at byte {nul}); only UTF-8 text files are read")
        try:
            raw = data.decode("utf-8", errors="strict")
        except UnicodeDecodeError as error:
            if encoding_errors == "strict":
                raise DocumentError(
                    name, f"not UTF-8 at byte {error.start} (use --encoding-errors replace to read it anyway)"
                ) from None
            raw = data.decode("utf-8", errors="replace")
        return cls.from_text(raw, id=file.stem, path=str(file))


def _outside(chrome: tuple[tuple[int, int], ...], span: tuple[int, int] | None) -> tuple[tuple[int, int], ...]:
    """The chrome regions with the header's date cut out: the publication date is a date fact even on a line that
    is otherwise chrome (``Author: K. Mensah | Date: Apr - 15 - 2025 , 06:42``), as the annotation guide says."""
    if span is None:
        return chrome
    start, end = span
    kept: list[tuple[int, int]] = []
    for c_start, c_end in chrome:
        if c_end <= start or end <= c_start:
            kept.append((c_start, c_end))
            continue
        if c_start < start:
            kept.append((c_start, start))
        if end < c_end:
            kept.append((end, c_end))
    return tuple(kept)
