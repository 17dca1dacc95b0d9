"""Plugin discovery and the extractor registry.

Built-in plugins (the sub-packages of :mod:`bri_corpus.extractors`) and
third-party plugins (entry points in the ``bri_corpus`` group) are registered on
one pluggy plugin manager in the same way.  Each entry point is loaded on its
own: one that fails is reported and skipped, never stopping the others.

Environment variables:

``BRI_CORPUS_LOAD_PLUGINS``
    Unset: load every installed third-party plugin.  Empty: load none (a way
    out when a broken plugin gets in the way).  ``a,b``: load only the entry
    points named ``a`` and ``b``.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import os
import pkgutil
import weakref
from collections.abc import Callable, Iterable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import attrs
import pluggy
import regex

from . import hookspecs
from .facts import Fact
from .problems import Problem, ProblemHandler, log_problem

__all__ = [
    "ENTRY_POINT_GROUP",
    "LOAD_PLUGINS_ENV",
    "Extractor",
    "PluginInfo",
    "builtin_plugin_modules",
    "collect_extractors",
    "make_plugin_manager",
    "plugin_infos",
]

ENTRY_POINT_GROUP = hookspecs.PROJECT_NAME
LOAD_PLUGINS_ENV = "BRI_CORPUS_LOAD_PLUGINS"

_NAME = regex.compile(r"[a-z][a-z0-9_]*(?:[-.][a-z0-9_]+)*")

ExtractFunction = Callable[..., Iterable[Fact] | None]
"""An extractor's callable, called with keyword arguments ``document``, ``text`` and ``facts``."""

_EXTRACT_ARGUMENTS = ("document", "text", "facts")

# The distribution each entry-point plugin came from, per manager (pluggy keeps this
# only for its own setuptools loader, which cannot isolate one failing entry point).
_DISTRIBUTIONS: weakref.WeakKeyDictionary[pluggy.PluginManager, dict[str, metadata.Distribution]] = (
    weakref.WeakKeyDictionary()
)


def _valid_name(instance: Extractor, attribute: attrs.Attribute[str], value: str) -> None:
    if not _NAME.fullmatch(value):
        raise ValueError(f"Extractor.name must be lower case letters, digits, '_', '-' or '.', got {value!r}")


def _kinds_tuple(value: Iterable[str] | str) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _accepted_arguments(function: ExtractFunction) -> tuple[str, ...]:
    """Return which of the extract arguments ``function`` accepts (all of them if it takes ``**kwargs``)."""
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return _EXTRACT_ARGUMENTS
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters):
        return _EXTRACT_ARGUMENTS
    names = {p.name for p in parameters}
    return tuple(a for a in _EXTRACT_ARGUMENTS if a in names)


@attrs.frozen(kw_only=True)
class Extractor:
    """A named extractor: what a plugin registers through ``bri_register_extractors``.

    Attributes:
        name: the public handle (``--only name``), unique across plugins.
        kinds: the fact kinds it emits.
        extract: called as ``extract(document=..., text=..., facts=...)``; it may
            accept only the arguments it uses.
        needs: the kinds whose facts it reads; extractors emitting them run first.
        description: one line for ``bri-corpus plugins``.
    """

    name: str = attrs.field(validator=_valid_name)
    kinds: tuple[str, ...] = attrs.field(converter=_kinds_tuple, validator=attrs.validators.min_len(1))
    extract: ExtractFunction = attrs.field(repr=False)
    needs: tuple[str, ...] = attrs.field(default=(), converter=_kinds_tuple)
    description: str = ""
    _arguments: tuple[str, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_arguments", _accepted_arguments(self.extract))

    def run(self, **arguments: Any) -> list[Fact]:
        """Call ``extract`` with the arguments it accepts and return its facts as a list."""
        result = self.extract(**{name: arguments[name] for name in self._arguments})
        return list(result) if result is not None else []


@attrs.frozen(kw_only=True)
class PluginInfo:
    """One registered plugin, as ``bri-corpus plugins`` lists it.

    Attributes:
        name: the plugin's name (a built-in module path or an entry-point name).
        version: the version of the distribution it comes from.
        source: ``"builtin"`` or ``"entry point (<distribution>)"``.
        extractors: the extractors it registered.
    """

    name: str
    version: str
    source: str
    extractors: tuple[Extractor, ...] = ()


def builtin_plugin_modules() -> tuple[str, ...]:
    """Return the module paths of the built-in plugins: every public sub-package of ``bri_corpus.extractors``."""
    package = importlib.import_module("bri_corpus.extractors")
    return tuple(
        sorted(
            f"bri_corpus.extractors.{module.name}"
            for module in pkgutil.iter_modules(package.__path__)
            if not module.name.startswith("_")
        )
    )


def _library_version() -> str:
    from . import __version__

    return __version__


def _wanted_entry_points(load_entrypoints: bool | None) -> tuple[bool, set[str] | None]:
    """Return (load any, only these names or None for all) from the argument and the environment."""
    if load_entrypoints is False:
        return False, None
    setting = os.environ.get(LOAD_PLUGINS_ENV)
    if setting is None:
        return True, None
    names = {name.strip() for name in setting.split(",") if name.strip()}
    return bool(names), names


def make_plugin_manager(
    *,
    load_entrypoints: bool | None = None,
    builtins: bool = True,
    on_problem: ProblemHandler = log_problem,
) -> pluggy.PluginManager:
    """Build a plugin manager with the built-in plugins and (by default) the installed third-party ones.

    Args:
        load_entrypoints: ``False`` loads no third-party plugin; ``None`` (the default)
            follows ``BRI_CORPUS_LOAD_PLUGINS``; ``True`` loads them too (still filtered by it).
        builtins: register the built-in extractors.
        on_problem: receives a :class:`Problem` for each plugin that fails to load.
    """
    manager = pluggy.PluginManager(hookspecs.PROJECT_NAME)
    manager.add_hookspecs(hookspecs)
    if builtins:
        for module_name in builtin_plugin_modules():
            _register_safely(manager, module_name, functools.partial(importlib.import_module, module_name), on_problem)
    load_any, only = _wanted_entry_points(load_entrypoints)
    if load_any:
        for entry_point in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            if only is not None and entry_point.name not in only:
                continue
            _register_safely(manager, entry_point.name, entry_point.load, on_problem, entry_point)
    _report_unknown_hooks(manager, on_problem)
    return manager


def _report_unknown_hooks(manager: pluggy.PluginManager, on_problem: ProblemHandler) -> None:
    """Report hook implementations that match no hook (a misspelt ``bri_`` name is never called)."""
    for name in manager.hook.__dict__:
        if name.startswith("_"):
            continue
        caller = getattr(manager.hook, name)
        if caller.spec is None:
            for impl in caller.get_hookimpls():
                on_problem(
                    Problem(
                        stage="plugin",
                        message=f"plugin {impl.plugin_name!r} implements {name!r}, which is not a bri_corpus hook "
                        f"(known hooks: {', '.join(sorted(_known_hooks()))}); it will never be called",
                        extractor=impl.plugin_name,
                    )
                )


def _known_hooks() -> set[str]:
    return {name for name in dir(hookspecs) if name.startswith("bri_")}


def _register_safely(
    manager: pluggy.PluginManager,
    name: str,
    load: Callable[[], object],
    on_problem: ProblemHandler,
    entry_point: metadata.EntryPoint | None = None,
) -> None:
    """Load one plugin and register it; report and skip it if anything fails."""
    try:
        plugin = load()
        manager.register(plugin, name=name)
        if entry_point is not None and entry_point.dist is not None:
            _DISTRIBUTIONS.setdefault(manager, {})[name] = entry_point.dist
    except Exception as error:  # noqa: BLE001 - a broken plugin must never stop the others
        version = ""
        if entry_point is not None and entry_point.dist is not None:
            version = f" ({entry_point.dist.metadata['Name']} {entry_point.dist.version})"
        on_problem(
            Problem(
                stage="plugin",
                message=f"plugin {name!r}{version} failed to load: {type(error).__name__}: {error}; skipped",
                extractor=name,
            )
        )


def _plugin_source(manager: pluggy.PluginManager, plugin_name: str) -> tuple[str, str]:
    """Return (version, source) for a registered plugin."""
    dist = _DISTRIBUTIONS.get(manager, {}).get(plugin_name)
    if dist is not None:
        return dist.version, f"entry point ({dist.metadata['Name']})"
    if plugin_name.startswith("bri_corpus."):
        return _library_version(), "builtin"
    return "", "registered in code"


def collect_extractors(
    manager: pluggy.PluginManager, on_problem: ProblemHandler = log_problem
) -> tuple[PluginInfo, ...]:
    """Call every plugin's ``bri_register_extractors`` one at a time and gather the extractors.

    A plugin whose hook raises, or that registers a name already taken or a
    non-:class:`Extractor`, is reported and the rest goes on.
    """
    taken: dict[str, str] = {}
    infos: list[PluginInfo] = []
    gazetteer_paths = functools.partial(_gazetteer_paths, manager, on_problem)
    impls = sorted(manager.hook.bri_register_extractors.get_hookimpls(), key=lambda impl: impl.plugin_name)
    for impl in impls:
        registered: list[Extractor] = []

        def register(extractor: Extractor, _plugin: str = impl.plugin_name, _out: list[Extractor] = registered) -> None:
            if not isinstance(extractor, Extractor):
                raise TypeError(f"register() takes a bri_corpus.Extractor, got {type(extractor).__name__}")
            if extractor.name in taken:
                on_problem(
                    Problem(
                        stage="plugin",
                        message=f"plugin {_plugin!r}: extractor name {extractor.name!r} is already registered "
                        f"by plugin {taken[extractor.name]!r}; skipped",
                        extractor=extractor.name,
                    )
                )
                return
            taken[extractor.name] = _plugin
            _out.append(extractor)

        arguments = {"register": register, "gazetteer_paths": gazetteer_paths}
        try:
            impl.function(**{name: arguments[name] for name in impl.argnames})
        except Exception as error:  # noqa: BLE001 - one failing plugin must not stop the others
            on_problem(
                Problem(
                    stage="plugin",
                    message=f"plugin {impl.plugin_name!r} failed to register its extractors: "
                    f"{type(error).__name__}: {error}; skipped",
                    extractor=impl.plugin_name,
                )
            )
            for extractor in registered:
                taken.pop(extractor.name, None)
            continue
        version, source = _plugin_source(manager, impl.plugin_name)
        infos.append(PluginInfo(name=impl.plugin_name, version=version, source=source, extractors=tuple(registered)))
    return tuple(infos)


def _as_paths(given: object) -> list[Path]:
    """Return a hook's answer as a list of paths: ``None``, one path, or an iterable of paths."""
    if given is None:
        return []
    if isinstance(given, str | Path):
        return [Path(given)]
    if isinstance(given, Iterable):
        return [Path(p) for p in given]
    raise TypeError(f"expected paths or None, got {type(given).__name__}")


def _gazetteer_paths(manager: pluggy.PluginManager, on_problem: ProblemHandler, kind: str) -> tuple[Path, ...]:
    """Collect the gazetteer files every plugin contributes for ``kind``, one plugin at a time.

    A plugin whose hook raises, or that names a file that does not exist, is reported and its files skipped.
    """
    paths: list[Path] = []
    impls = sorted(manager.hook.bri_gazetteer_paths.get_hookimpls(), key=lambda impl: impl.plugin_name)
    for impl in impls:
        try:
            found = _as_paths(impl.function(kind=kind))
        except Exception as error:  # noqa: BLE001 - one failing plugin must not stop the others
            on_problem(
                Problem(
                    stage="plugin",
                    message=f"plugin {impl.plugin_name!r} failed to give its {kind} gazetteer files: "
                    f"{type(error).__name__}: {error}; skipped",
                    extractor=impl.plugin_name,
                )
            )
            continue
        missing = [str(p) for p in found if not p.is_file()]
        if missing:
            on_problem(
                Problem(
                    stage="plugin",
                    message=f"plugin {impl.plugin_name!r} names {kind} gazetteer files that do not exist: "
                    f"{', '.join(missing)}; skipped",
                    extractor=impl.plugin_name,
                )
            )
            continue
        paths.extend(found)
    return tuple(paths)


def plugin_infos(
    *, load_entrypoints: bool | None = None, on_problem: ProblemHandler = log_problem
) -> tuple[PluginInfo, ...]:
    """Return every registered plugin with its version, source and extractors."""
    manager = make_plugin_manager(load_entrypoints=load_entrypoints, on_problem=on_problem)
    return collect_extractors(manager, on_problem)


def extractors_of(infos: Sequence[PluginInfo]) -> tuple[Extractor, ...]:
    """Return all extractors of ``infos``, sorted by name."""
    return tuple(sorted((e for info in infos for e in info.extractors), key=lambda e: e.name))
