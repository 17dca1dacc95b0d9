"""The built-in ``organisation`` plugin: named organisations, linked within a document.

Thin glue only: the work is in :mod:`.extract`; the gazetteer API is
:func:`.gazetteer.load_gazetteer`.  Other plugins add organisations to the gazetteer
by implementing ``bri_gazetteer_paths`` for the kind ``"organisation"``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from bri_corpus import Extractor, hookimpl

from .extract import find_organisations
from .gazetteer import load_gazetteer

__all__ = ["bri_register_extractors", "find_organisations", "load_gazetteer"]


@hookimpl
def bri_register_extractors(
    register: Callable[[Extractor], None], gazetteer_paths: Callable[[str], tuple[Path, ...]]
) -> None:
    """Register the ``organisation`` extractor, with the gazetteer files other plugins contribute."""
    extra = gazetteer_paths("organisation")
    extract = functools.partial(find_organisations, gazetteer=load_gazetteer(extra)) if extra else find_organisations
    register(
        Extractor(
            name="organisation",
            kinds=("organisation",),
            extract=extract,
            needs=("summit",),
            description="Named organisations (companies, ministries, banks, international bodies), linked per document",
        )
    )
