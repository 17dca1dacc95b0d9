"""The port gazetteer: canonical names and countries of known ports, read once from ``ports.tsv``."""

from __future__ import annotations

import functools
from importlib import resources
from types import MappingProxyType

import attrs

__all__ = ["Gazetteer", "PortEntry", "load_gazetteer"]


@attrs.frozen(kw_only=True)
class PortEntry:
    """One row of ``ports.tsv``.

    Attributes:
        canonical: the port's usual full name (the fact's value name).
        country: ISO 3166-1 alpha-2 code of the country it lies in.
        type: ``seaport``, ``river port``, ``inland port``, ``dry port``, or ``city``
            for a city whose name only looks like a port (``Port of Spain``).
        names: the port's own name as written before "Port" or after "Port of".
        standalone: full names that mean the port without the word "port".
    """

    canonical: str
    country: str
    type: str
    names: tuple[str, ...]
    standalone: tuple[str, ...] = ()

    @property
    def is_port(self) -> bool:
        """Tell whether this row is a port (and not a city named like one)."""
        return self.type != "city"


@attrs.frozen(kw_only=True)
class Gazetteer:
    """The known ports, looked up by the name written next to "port" or by a standalone name."""

    by_name: MappingProxyType[str, PortEntry]
    by_standalone: MappingProxyType[str, PortEntry]

    def lookup(self, name: str) -> PortEntry | None:
        """Return the entry whose own name is ``name`` (case-sensitive, as the data writes it), if any."""
        return self.by_name.get(name)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def parse_gazetteer(lines: list[str]) -> Gazetteer:
    """Build a gazetteer from the lines of a ``ports.tsv`` file.

    Raises:
        ValueError: naming the line, when a row has too few columns or a name is listed twice.
    """
    by_name: dict[str, PortEntry] = {}
    by_standalone: dict[str, PortEntry] = {}
    rows = [line for line in lines if line.strip() and not line.startswith("#")]
    for number, line in enumerate(rows[1:], start=2):  # rows[0] is the column header
        cells = line.rstrip("\n").split("\t")
        if len(cells) < 4:
            raise ValueError(f"ports.tsv row {number}: expected at least 4 tab-separated columns, got {line!r}")
        entry = PortEntry(
            canonical=cells[0],
            country=cells[1],
            type=cells[2],
            names=_split(cells[3]),
            standalone=_split(cells[4]) if len(cells) > 4 else (),
        )
        for name in entry.names:
            if name in by_name:
                raise ValueError(f"ports.tsv row {number}: name {name!r} is already used by {by_name[name].canonical}")
            by_name[name] = entry
        for name in entry.standalone:
            by_standalone[name] = entry
    return Gazetteer(by_name=MappingProxyType(by_name), by_standalone=MappingProxyType(by_standalone))


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Return the packaged gazetteer, read on first use and shared afterwards."""
    text = resources.files("bri_corpus_example").joinpath("ports.tsv").read_text(encoding="utf-8")
    return parse_gazetteer(text.splitlines())
