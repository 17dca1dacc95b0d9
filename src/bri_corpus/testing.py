"""Example corpora: the format and the runner, for built-in and third-party extractors alike.

A corpus is a JSON Lines file, one case per line, in the spirit of Duckling's
corpora: a short text, the publication date that anchors relative dates, and
the facts expected in it, spans written as text.

.. code-block:: json

    {"text": "The plant opened on April 24.", "published": "2020-05-29",
     "expect": [{"kind": "date", "span": "April 24", "value": "2020-04-24"}]}
    {"text": "It took ten years to build.", "published": "2020-05-29",
     "expect": [], "why": "a duration is not a date"}

Keys of a case:

``text`` (required)
    The document text.
``published``
    ``YYYY-MM-DD``; omitted means the document has no known date.
``expect`` (required)
    The facts expected, each ``{"kind", "span", "value"}`` with optional
    ``"occurrence"`` (0-based, when the span text repeats).  ``value`` is the
    JSON form from the fact format (a string for dates, an object otherwise);
    when it is left out only the span is checked.
``kinds``
    The kinds this case checks; by default the kinds of the extractors under
    test.  Facts of these kinds that are not expected fail the case, so an
    empty ``expect`` is a negative case.
``partial``
    ``true`` to allow unexpected facts (a case that pins only some of them).
``why``
    Why the case is there (required in spirit for negatives).

A case passes when every expected fact is found with exactly that span and
value and, unless ``partial``, nothing else of the checked kinds is.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from .document import Document
from .facts import Fact
from .pipeline import Pipeline, PipelineSettings

__all__ = ["Case", "check_case", "load_corpus", "make_pipeline", "run_corpus"]


@attrs.frozen(kw_only=True)
class Case:
    """One corpus case, as read from its line.

    Attributes:
        id: ``<file name>:<line number>``, used as the test id.
        text: the document text.
        published: the publication date, if any.
        expect: the expected facts as written.
        kinds: the kinds checked (empty: those of the extractors under test).
        partial: unexpected facts are allowed.
        why: the note on the case.
    """

    id: str
    text: str
    published: dt.date | None = None
    expect: tuple[dict[str, Any], ...] = ()
    kinds: tuple[str, ...] = ()
    partial: bool = False
    why: str = ""


def load_corpus(path: str | Path) -> list[Case]:
    """Read a corpus file; blank lines and lines starting with ``//`` are skipped.

    Raises:
        ValueError: naming the file and line, when a line is not a valid case.
    """
    file = Path(path)
    cases: list[Case] = []
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        where = f"{file.name}:{number}"
        try:
            data = json.loads(line)
            published = dt.date.fromisoformat(data["published"]) if data.get("published") else None
            cases.append(
                Case(
                    id=where,
                    text=data["text"],
                    published=published,
                    expect=tuple(data["expect"]),
                    kinds=tuple(data.get("kinds", ())),
                    partial=bool(data.get("partial", False)),
                    why=data.get("why", ""),
                )
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"{where}: not a valid corpus case: {type(error).__name__}: {error}") from None
    return cases


def make_pipeline(extractors: Sequence[str]) -> Pipeline:
    """Build a pipeline that emits only ``extractors`` (their needs still run), with no third-party plugins
    other than those already registered through entry points named in ``BRI_CORPUS_LOAD_PLUGINS``."""
    return Pipeline(PipelineSettings(only=tuple(extractors)))


def _locate(text: str, span: str, occurrence: int) -> tuple[int, int] | None:
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(span, start + 1)
        if start < 0:
            return None
    return start, start + len(span)


def _describe(fact: Fact) -> str:
    return f"{fact.kind} {fact.text!r} [{fact.start}:{fact.end}] = {json.dumps(fact.to_json()['value'])}"


def check_case(case: Case, pipeline: Pipeline) -> list[str]:
    """Run ``case`` through ``pipeline`` and return what went wrong (an empty list when it passes)."""
    document = Document.from_text(case.text, id="case", published=case.published)
    facts = pipeline.run(document).facts
    kinds = set(case.kinds) or {kind for e in pipeline.extractors if e.name in pipeline.emitting for kind in e.kinds}
    kinds |= {str(expected["kind"]) for expected in case.expect}
    relevant = [f for f in facts if f.kind in kinds]
    errors: list[str] = []
    used: set[int] = set()
    for expected in case.expect:
        where = _locate(case.text, expected["span"], int(expected.get("occurrence", 0)))
        if where is None:
            errors.append(f"the corpus is wrong: span {expected['span']!r} is not in the text")
            continue
        candidates = [
            i
            for i, f in enumerate(relevant)
            if i not in used and f.kind == expected["kind"] and (f.start, f.end) == where
        ]
        if not candidates:
            errors.append(f"missed {expected['kind']} {expected['span']!r}")
            continue
        index = candidates[0]
        used.add(index)
        if "value" in expected:
            actual = relevant[index].to_json()["value"]
            if actual != expected["value"]:
                errors.append(
                    f"wrong value for {expected['kind']} {expected['span']!r}: "
                    f"expected {json.dumps(expected['value'])}, got {json.dumps(actual)}"
                )
    if not case.partial:
        errors.extend(f"unexpected {_describe(f)}" for i, f in enumerate(relevant) if i not in used)
    if errors:
        found = "\n    ".join(_describe(f) for f in relevant) or "(none)"
        errors.append(f"text: {case.text!r}\n  published: {case.published}\n  found:\n    {found}")
    return errors


def run_corpus(path: str | Path, extractors: Iterable[str]) -> dict[str, list[str]]:
    """Run every case of a corpus; return the failing cases' ids with their errors."""
    pipeline = make_pipeline(tuple(extractors))
    failures: dict[str, list[str]] = {}
    for case in load_corpus(path):
        errors = check_case(case, pipeline)
        if errors:
            failures[case.id] = errors
    return failures
