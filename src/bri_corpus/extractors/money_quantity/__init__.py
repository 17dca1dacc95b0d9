"""Built-in plugin: amounts of money (``money``) and quantities (``quantity``), two extractors in one plugin.

Both scan the same number patterns; the quantity extractor reuses the money scan (cached per text) to
leave amounts of money out, so each works alone with ``--only``.
"""

from __future__ import annotations

from collections.abc import Callable

from bri_corpus import Extractor, hookimpl

from .money import find_money
from .quantity import find_quantities


@hookimpl
def bri_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the ``money`` and ``quantity`` extractors."""
    register(
        Extractor(
            name="money",
            kinds=("money",),
            extract=find_money,
            needs=(),
            description="amounts of money with ISO 4217 currency, qualifier and range (US$16.54 billion)",
        )
    )
    register(
        Extractor(
            name="quantity",
            kinds=("quantity",),
            extract=find_quantities,
            needs=(),
            description="numbers with their unit or counted noun (6,000 km, more than 300 large orders, 80%)",
        )
    )
