"""A regex for a set of literal words, factored into a prefix tree so that the engine fails fast.

Extractors match long lists of literal forms (currency names, unit symbols, gathering
head words).  A flat alternation of hundreds of forms is tried form by form at every
position; factored by common prefixes (``d(?:inar(?:s|)|o(?:llar(?:s|)|ng))``) the
engine gives up at the first character that no form continues with.  Plugins are
welcome to use it for their own word lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

__all__ = ["literal_alternation"]


def literal_alternation(forms: Iterable[str], *, space: str | None = None) -> str:
    """Return a pattern matching any of the literal ``forms``, the longest that fits first (``US$`` before ``$``).

    Among the forms that match at one place (each a prefix of the next), the longer are tried first, as in a
    flat alternation sorted longest first, so the result matches exactly what that flat alternation matches.
    ``space``, when given, is what a space in a form is written as (``\\s``: any single space; ``\\s+``: any run).
    The pattern is valid for both ``regex`` and the standard ``re``.
    """
    trie: dict[str, dict[str, Any]] = {}
    for form in forms:
        node = trie
        for character in form:
            node = node.setdefault(character, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [
            (space if key == " " and space is not None else regex.escape(key)) + emit(child)
            for key, child in sorted(node.items())
            if key
        ]
        if not branches:
            return ""
        if "" in node:
            branches.append("")  # the form ending here, after every longer one
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(trie)
