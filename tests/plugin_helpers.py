"""Throwaway plugins for tests: each registers one extractor that needs no data."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pluggy
import regex

from bri_corpus import Document, Extractor, Fact, NormalizedText, hookimpl, make_plugin_manager

WORD = regex.compile(r"\b[A-Z][a-z]+\b")


def capitalised_words(document: Document, text: NormalizedText) -> Iterable[Fact]:
    """Emit a `word` fact for each capitalised word."""
    for match in WORD.finditer(text.text):
        yield Fact.from_normalized(
            document, text, kind="word", start=match.start(), end=match.end(), value=match.group()
        )


def count_words(document: Document, text: NormalizedText, facts: tuple[Fact, ...]) -> Iterable[Fact]:
    """Emit one `tally` fact over the whole text, counting the `word` facts it was handed."""
    if text.text:
        yield Fact.from_normalized(document, text, kind="tally", start=0, end=len(text.text), value=len(facts))


class WordPlugin:
    @hookimpl
    def bri_register_extractors(self, register: Callable[[Extractor], None]) -> None:
        register(Extractor(name="words", kinds=("word",), extract=capitalised_words))


class TallyPlugin:
    @hookimpl
    def bri_register_extractors(self, register: Callable[[Extractor], None]) -> None:
        register(Extractor(name="tally", kinds=("tally",), needs=("word",), extract=count_words))


class RaisingPlugin:
    @hookimpl
    def bri_register_extractors(self, register: Callable[[Extractor], None]) -> None:
        def explode(document: Document) -> Iterable[Fact]:
            raise RuntimeError("boom")

        register(Extractor(name="explode", kinds=("word",), extract=explode))


class LyingPlugin:
    """Returns a fact whose offsets do not give its text."""

    @hookimpl
    def bri_register_extractors(self, register: Callable[[Extractor], None]) -> None:
        def lie(document: Document) -> Iterable[Fact]:
            yield Fact(doc=document.id, kind="word", start=0, end=3, text="nope", value="x")

        register(Extractor(name="liar", kinds=("word",), extract=lie))


def manager_with(*plugins: object) -> pluggy.PluginManager:
    """A fresh manager with no built-ins and no entry points, and only ``plugins``."""
    manager = make_plugin_manager(load_entrypoints=False, builtins=False)
    for plugin in plugins:
        manager.register(plugin)
    return manager
