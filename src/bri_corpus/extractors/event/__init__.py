"""Built-in plugin: events (signings, deliveries, orders, visits, meetings, ceremonies, donations, investments,
construction milestones, production figures) with their date, place, participants and amount."""

from __future__ import annotations

from collections.abc import Callable

from bri_corpus import Extractor, hookimpl

from .extract import find_events


@hookimpl
def bri_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the ``event`` extractor; it reads the facts of every other built-in kind."""
    register(
        Extractor(
            name="event",
            kinds=("event",),
            extract=find_events,
            needs=("date", "money", "quantity", "organisation", "place", "summit"),
            description="events (signing, delivery, order, visit, ...) with date, location, participants, amount",
        )
    )
