"""bri-corpus-example: a bri_corpus plugin that finds seaports and dry ports in Belt and Road news.

The whole plugin is this hook implementation: it registers one extractor,
``port``, whose facts have the kind ``port`` and a value ``{"name", "country"}``.
The finding itself lives in :mod:`bri_corpus_example.ports`.
"""

from __future__ import annotations

from collections.abc import Callable

from bri_corpus import Extractor, hookimpl

from .ports import Port, find_ports

__all__ = ["Port", "bri_register_extractors", "find_ports"]


@hookimpl
def bri_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the ``port`` extractor, which reads ``place`` facts for the country of unknown ports."""
    register(
        Extractor(
            name="port",
            kinds=("port",),
            extract=find_ports,
            needs=("place",),
            description="seaports and dry ports (Gwadar Port, Port of Piraeus), with their country",
        )
    )
