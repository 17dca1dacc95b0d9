"""Write facts as JSON Lines, CSV or an aligned human-readable table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from .facts import Fact

__all__ = ["FORMATS", "FactWriter"]

FORMATS = ("jsonl", "csv", "table")

_CSV_FIELDS = ("doc", "kind", "start", "end", "text", "value", "extractor", "confidence")
_TABLE_WIDTHS = {"doc": 22, "kind": 12, "start": 6, "end": 6, "text": 34}


def _flat_value(value: object, *, nested: bool = False) -> str:
    """Return a value as one short string.

    A date stays as it is; an object becomes ``key=value; ...``; an object inside
    one (an event's amount) becomes its values joined by spaces (``300 ambulance gt``).
    """
    if isinstance(value, dict):
        if nested:
            return " ".join(_flat_value(item, nested=True) for item in value.values())
        parts = []
        for key, item in value.items():
            shown = ", ".join(map(str, item)) if isinstance(item, list) else _flat_value(item, nested=True)
            parts.append(f"{key}={shown}")
        return "; ".join(parts)
    return str(value)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class FactWriter:
    """Write facts to ``stream`` in one of :data:`FORMATS`, one document's facts at a time."""

    def __init__(self, stream: TextIO, format: str = "jsonl") -> None:
        if format not in FORMATS:
            raise ValueError(f"format must be one of {FORMATS}, got {format!r}")
        self._stream = stream
        self._format = format
        self._csv: csv.DictWriter[str] | None = None
        self._table_header_written = False

    def write(self, facts: Iterable[Fact]) -> int:
        """Write ``facts`` and return how many were written."""
        count = 0
        for fact in facts:
            getattr(self, f"_write_{self._format}")(fact)
            count += 1
        self._stream.flush()
        return count

    def _write_jsonl(self, fact: Fact) -> None:
        self._stream.write(fact.to_jsonl() + "\n")

    def _write_csv(self, fact: Fact) -> None:
        if self._csv is None:
            self._csv = csv.DictWriter(self._stream, fieldnames=_CSV_FIELDS, lineterminator="\n")
            self._csv.writeheader()
        row = fact.to_json()
        value = row["value"]
        row["value"] = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        row.setdefault("confidence", "")
        self._csv.writerow(row)

    def _write_table(self, fact: Fact) -> None:
        if not self._table_header_written:
            header = "".join(name.ljust(width + 1) for name, width in _TABLE_WIDTHS.items()) + "value"
            self._stream.write(header + "\n" + "-" * len(header) + "\n")
            self._table_header_written = True
        row = fact.to_json()
        cells = [
            _clip(row["doc"], _TABLE_WIDTHS["doc"]).ljust(_TABLE_WIDTHS["doc"] + 1),
            row["kind"].ljust(_TABLE_WIDTHS["kind"] + 1),
            str(row["start"]).rjust(_TABLE_WIDTHS["start"]) + " ",
            str(row["end"]).rjust(_TABLE_WIDTHS["end"]) + " ",
            _clip(row["text"], _TABLE_WIDTHS["text"]).ljust(_TABLE_WIDTHS["text"] + 1),
            _flat_value(row["value"]),
        ]
        self._stream.write("".join(cells) + "\n")
