"""The built-in ``organisation`` plugin: named organisations, linked within a document.

Thin glue only: the work is in :mod:`.extract`; the gazetteer API is
:func:`.gazetteer.load_gazetteer`.
"""

from __future__ import annotations

from collections.abc import Callable

from bri_corpus import Extractor, hookimpl

from .extract import find_organisations
from .gazetteer import load_gazetteer

__all__ = ["bri_register_extractors", "find_organisations", "load_gazetteer"]


@hookimpl
def bri_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the ``organisation`` extractor."""
    register(
        Extractor(
            name="organisation",
            kinds=("organisation",),
            extract=find_organisations,
            needs=("summit",),
            description="Named organisations (companies, ministries, banks, international bodies), linked per document",
        )
    )
