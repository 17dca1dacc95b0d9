"""The built-in extractors, each a plugin registered exactly like a third-party one.

Every public sub-package here is a built-in plugin (see
:func:`bri_corpus.plugins.builtin_plugin_modules`): its ``__init__`` holds the
hook implementations, its other modules the patterns, resolvers and data.
"""
