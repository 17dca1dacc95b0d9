"""The ``Fact`` type: one extracted fact with its provenance in the raw text."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

import attrs

from .values import value_to_json

if TYPE_CHECKING:
    from .document import Document
    from .normalize import NormalizedText

__all__ = ["KIND_ORDER", "Fact", "running_extractor"]

_RUNNING_EXTRACTOR: ContextVar[str] = ContextVar("bri_corpus_running_extractor", default="")


@contextlib.contextmanager
def running_extractor(name: str) -> Iterator[None]:
    """Within this block, facts made with :meth:`Fact.from_normalized` carry ``extractor=name``.

    The pipeline runs each extractor inside it, so that it need not copy every
    fact just to stamp the extractor's name on it.
    """
    token = _RUNNING_EXTRACTOR.set(name)
    try:
        yield
    finally:
        _RUNNING_EXTRACTOR.reset(token)


KIND_ORDER = ("date", "money", "quantity", "organisation", "place", "summit", "event")
"""The built-in kinds in the order facts of equal start are written out; other kinds sort after them by name."""
_KIND_RANK = {kind: rank for rank, kind in enumerate(KIND_ORDER)}


def _check_confidence(value: float | None) -> None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise ValueError(f"Fact.confidence must be within [0, 1], got {value!r}")


def _in_unit_interval(instance: Fact, attribute: attrs.Attribute[float | None], value: float | None) -> None:
    _check_confidence(value)


@attrs.frozen(kw_only=True)
class Fact:
    """One fact found in a document.

    ``start`` and ``end`` are offsets into the document's raw text (as decoded,
    nothing stripped), so ``document.raw[fact.start:fact.end] == fact.text``;
    the pipeline drops and reports any fact for which that does not hold.

    Attributes:
        doc: the id of the document the fact comes from.
        kind: ``date``, ``money``, ``quantity``, ``organisation``, ``place``, ``summit``, ``event`` or a plugin's own.
        start: raw start offset (inclusive).
        end: raw end offset (exclusive).
        text: the raw text at those offsets.
        value: the typed value (see :mod:`bri_corpus.values`).
        extractor: the name of the extractor that produced it (filled in by the pipeline).
        confidence: optional, within [0, 1].
    """

    doc: str
    kind: str = attrs.field(validator=attrs.validators.min_len(1))
    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field()
    text: str
    value: Any
    extractor: str = ""
    confidence: float | None = attrs.field(default=None, validator=_in_unit_interval)

    @end.validator
    def _end_not_before_start(self, attribute: attrs.Attribute[int], end: int) -> None:
        if end < self.start:
            raise ValueError(f"Fact.end={end} is before Fact.start={self.start}")

    @classmethod
    def from_normalized(
        cls,
        document: Document,
        text: NormalizedText,
        *,
        kind: str,
        start: int,
        end: int,
        value: Any,
        confidence: float | None = None,
    ) -> Fact:
        """Make a fact from a span of the *normalised* text, with raw offsets and raw text.

        This is how extractors, which match on ``text.text``, build their facts.
        Run by the pipeline, the fact carries the running extractor's name already.
        """
        raw_start, raw_end = text.to_raw(start, end)  # in bounds and ordered, or it raises
        if not kind:
            raise ValueError("Fact.kind must not be empty")
        _check_confidence(confidence)
        # Every extracted fact is built here, so the fields are set directly (as attrs' own frozen
        # __init__ does) once the checks its validators make are done: half the cost of ``cls(...)``.
        fact = object.__new__(cls)
        set_field = object.__setattr__
        set_field(fact, "doc", document.id)
        set_field(fact, "kind", kind)
        set_field(fact, "start", raw_start)
        set_field(fact, "end", raw_end)
        set_field(fact, "text", document.raw[raw_start:raw_end])
        set_field(fact, "value", value)
        set_field(fact, "extractor", _RUNNING_EXTRACTOR.get())
        set_field(fact, "confidence", confidence)
        return fact

    def sort_key(self) -> tuple[int, int, str, int]:
        """Return the output order key: by start, then kind (built-ins first), then end."""
        return (self.start, _KIND_RANK.get(self.kind, len(KIND_ORDER)), self.kind, self.end)

    def to_json(self) -> dict[str, Any]:
        """Return the fact as the JSONL contract's object (docs/facts.md), field for field."""
        out: dict[str, Any] = {
            "doc": self.doc,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": value_to_json(self.value),
            "extractor": self.extractor,
        }
        if self.confidence is not None:
            out["confidence"] = self.confidence
        return out

    def to_jsonl(self) -> str:
        """Return the fact as one JSON Lines line (no trailing newline)."""
        return json.dumps(self.to_json(), ensure_ascii=False)
