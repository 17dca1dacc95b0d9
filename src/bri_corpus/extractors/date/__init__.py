"""The built-in ``date`` plugin: every calendar reference in a news text, as a TIMEX3-style value.

See README.md in this folder for what it finds and what it leaves out.
"""

from __future__ import annotations

from collections.abc import Callable

from bri_corpus import Extractor, hookimpl

from .extract import find_dates

__all__ = ["bri_register_extractors", "find_dates"]


@hookimpl
def bri_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the ``date`` extractor."""
    register(
        Extractor(
            name="date",
            kinds=("date",),
            extract=find_dates,
            needs=(),
            description="Dates, partial and relative dates, ranges and times, resolved to TIMEX3-style values.",
        )
    )
