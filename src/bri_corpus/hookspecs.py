"""The hooks a bri_corpus plugin implements.

A plugin is a module or object with functions marked ``@bri_corpus.hookimpl``
whose names are hooks from this module.  Built-in extractors are plugins too,
registered the same way.  Hooks are called with keyword arguments, so an
implementation may take fewer arguments than its spec: new arguments can be
added later without breaking old plugins.

Ordering between extractors is data, not registration order: each
:class:`bri_corpus.Extractor` declares the kinds it ``needs``, and the pipeline
runs the extractors that produce those kinds first and hands their facts over.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .plugins import Extractor

__all__ = ["PROJECT_NAME", "hookimpl", "hookspec"]

PROJECT_NAME = "bri_corpus"
"""The pluggy project name; also the entry-point group third-party plugins register under."""

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


# ---------------------------------------------------------------- registration


@hookspec
def bri_register_extractors(
    register: Callable[[Extractor], None], gazetteer_paths: Callable[[str], tuple[Path, ...]]
) -> None:
    """Register the extractors this plugin provides.

    Called once, when a pipeline is built, for every registered plugin.
    Call ``register(extractor)`` once per :class:`bri_corpus.Extractor` the plugin
    provides; an extractor's ``name`` is its public handle (``--only``,
    ``bri-corpus plugins``, error reports) and must be unique across plugins.

    The extractor's ``extract`` callable is then called once per document with
    keyword arguments ``document`` (:class:`bri_corpus.Document`), ``text``
    (:class:`bri_corpus.NormalizedText`, whose ``text`` is what to match on) and
    ``facts`` (the facts of the kinds it declared in ``needs``, found earlier in
    the same document).  It returns the facts it found, with raw offsets
    (build them with :meth:`bri_corpus.Fact.from_normalized`).

    :param register: call it with each :class:`bri_corpus.Extractor` this plugin provides.
    :param gazetteer_paths: call it with a kind (``"organisation"``) to get the gazetteer files
        that plugins contribute for that kind through :func:`bri_gazetteer_paths`, so an
        extractor that reads a gazetteer can load them too.  Take this argument only if needed.
    :returns: nothing; results of this hook are ignored.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.1.0 ``gazetteer_paths`` added.
    """


# ---------------------------------------------------------------- data


@hookspec
def bri_gazetteer_paths(kind: str) -> Iterable[str | Path] | None:
    """Return gazetteer files this plugin contributes for the extractors of ``kind``.

    Called when a pipeline is built, by each extractor that reads a gazetteer, once per kind
    it asks for (the built-in ``organisation`` extractor asks for ``"organisation"``; the file
    format is documented in its README).  Every plugin's files are collected, in plugin-name
    order, and later files win over the built-in data on the same ``id``.
    A plugin that raises here is reported and skipped.

    :param kind: the fact kind whose gazetteer is being built.
    :returns: paths of gazetteer files, or ``None`` when the plugin has none for that kind.

    .. versionadded:: 0.1.0
    """
