"""Read ``data/bri_hubs.tsv``: Belt and Road hubs (border crossings, dry ports, sea ports, zones) that geonames lacks.

``generate.py`` adds them to the gazetteer as curated cities (or regions), with their alternate spellings.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path
from typing import NamedTuple

__all__ = ["Hub", "hubs"]

DATA_FILE = Path(__file__).parent / "data" / "bri_hubs.tsv"


class Hub(NamedTuple):
    """One row of the hubs file."""

    name: str
    alternates: tuple[str, ...]
    country: str
    type: str
    population: int
    role: str

    @property
    def surfaces(self) -> tuple[str, ...]:
        """The name, its alternates and their accent-free forms, without repeats."""
        names = (self.name, *self.alternates)
        return tuple(dict.fromkeys((*names, *(_plain(n) for n in names))))


def _plain(name: str) -> str:
    """Return ``name`` without combining marks (``Małaszewicze`` keeps its ``ł``: generate.py folds it)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.cache
def hubs() -> tuple[Hub, ...]:
    """Return the rows of the hubs file (comment lines skipped)."""
    rows: list[Hub] = []
    for line in DATA_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, alternates, country, kind, population, role = line.split("\t")
        rows.append(
            Hub(
                name=name,
                alternates=tuple(a for a in alternates.split("|") if a),
                country=country,
                type=kind,
                population=int(population),
                role=role,
            )
        )
    return tuple(rows)
