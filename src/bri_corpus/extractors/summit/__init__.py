"""Built-in plugin: named gatherings (summits, forums, roundtables, expos) with their date and location."""

from __future__ import annotations

from collections.abc import Callable

from bri_corpus import Extractor, hookimpl

from .extract import find_summits


@hookimpl
def bri_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the ``summit`` extractor (it reads date facts; it must not need places)."""
    register(
        Extractor(
            name="summit",
            kinds=("summit",),
            extract=find_summits,
            needs=("date",),
            description="named gatherings (summit, forum, roundtable, expo) with date and location",
        )
    )
