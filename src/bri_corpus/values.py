"""Typed fact values, serialised to the value shapes of the JSONL contract (docs/facts.md).

Each value type is a frozen attrs class whose ``to_json()`` returns exactly the
spec's shape: optional keys are left out when they are empty, amounts are
exact decimal strings with no exponent and no thousands separators.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Protocol, runtime_checkable

import attrs

__all__ = [
    "QUALIFIERS",
    "DateValue",
    "EventValue",
    "FactValue",
    "JsonValue",
    "Money",
    "Organisation",
    "Place",
    "Quantity",
    "Summit",
    "decimal_string",
    "value_to_json",
]

QUALIFIERS = frozenset({"gt", "ge", "lt", "le", "approx"})
"""The qualifier codes the spec allows on money and quantity values."""

PLACE_TYPES = frozenset({"country", "region", "city"})

EVENT_TYPES = frozenset(
    {
        "signing",
        "delivery",
        "order",
        "visit",
        "meeting",
        "ceremony",
        "donation",
        "investment",
        "construction",
        "production",
    }
)
"""The event types the spec defines."""


@runtime_checkable
class JsonValue(Protocol):
    """Anything that can serialise itself to a JSON-ready value (third-party value types too)."""

    def to_json(self) -> Any:
        """Return the JSON-ready form of this value."""


def decimal_string(amount: Decimal) -> str:
    """Format ``amount`` as an exact decimal string: no exponent, no trailing zeros.

    >>> decimal_string(Decimal("2.36E+10"))
    '23600000000'
    >>> decimal_string(Decimal("1.50"))
    '1.5'
    """
    if not amount.is_finite():
        raise ValueError(f"amount must be finite, got {amount!r}")
    text = format(amount.normalize(), "f")
    return "0" if text in ("-0", "") else text


def _is_decimal(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, Decimal) or not value.is_finite():
        raise TypeError(f"{type(instance).__name__}.{attribute.name} must be a finite Decimal, got {value!r}")


def _is_qualifier(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and value not in QUALIFIERS:
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name} must be one of {sorted(QUALIFIERS)} or None, got {value!r}"
        )


def _amount_json(
    amount: Decimal, measure: tuple[str, str], qualifier: str | None, amount_max: Decimal | None
) -> dict[str, str]:
    """Return the JSON of an amount: ``amount``, its currency or unit, then ``amount_max`` and ``qualifier``."""
    out = {"amount": decimal_string(amount), measure[0]: measure[1]}
    if amount_max is not None:
        out["amount_max"] = decimal_string(amount_max)
    if qualifier is not None:
        out["qualifier"] = qualifier
    return out


@attrs.frozen(kw_only=True)
class DateValue:
    """A TIMEX3-style calendar value: ``2020-04-24``, ``2020-Q1``, ``XXXX-04-24``, ``2023-05-18/2023-05-19``.

    Serialises to the bare string, as the spec's date facts carry it.
    """

    timex: str = attrs.field(validator=attrs.validators.min_len(1))

    def to_json(self) -> str:
        """Return the TIMEX string."""
        return self.timex


@attrs.frozen(kw_only=True)
class Money:
    """An amount of money: exact ``Decimal`` amount and ISO 4217 ``currency``.

    ``amount_max`` holds the high end of a range (``$2-3 billion``), whose low end is ``amount``.
    """

    amount: Decimal = attrs.field(validator=_is_decimal)
    currency: str = attrs.field(validator=attrs.validators.matches_re(r"[A-Z]{3}"))
    qualifier: str | None = attrs.field(default=None, validator=_is_qualifier)
    amount_max: Decimal | None = attrs.field(default=None, validator=_is_decimal)

    def to_json(self) -> dict[str, str]:
        """Return ``{"amount", "currency"[, "amount_max"][, "qualifier"]}``."""
        return _amount_json(self.amount, ("currency", self.currency), self.qualifier, self.amount_max)


@attrs.frozen(kw_only=True)
class Quantity:
    """A number with its unit symbol (``km``, ``t``, ``%``) or its counted noun in the singular (``vehicle``)."""

    amount: Decimal = attrs.field(validator=_is_decimal)
    unit: str = attrs.field(validator=attrs.validators.min_len(1))
    qualifier: str | None = attrs.field(default=None, validator=_is_qualifier)
    amount_max: Decimal | None = attrs.field(default=None, validator=_is_decimal)

    def to_json(self) -> dict[str, str]:
        """Return ``{"amount", "unit"[, "amount_max"][, "qualifier"]}``."""
        return _amount_json(self.amount, ("unit", self.unit), self.qualifier, self.amount_max)


@attrs.frozen(kw_only=True)
class Organisation:
    """A named organisation: the canonical ``name`` in the document, and a gazetteer ``id`` when known."""

    name: str = attrs.field(validator=attrs.validators.min_len(1))
    id: str | None = None

    def to_json(self) -> dict[str, str]:
        """Return ``{"name"[, "id"]}``."""
        out = {"name": self.name}
        if self.id:
            out["id"] = self.id
        return out


@attrs.frozen(kw_only=True)
class Place:
    """A country, region or city, with the ISO 3166-1 alpha-2 code of the country it lies in.

    ``country`` is ``None`` for a region spanning several countries (``Central Asia``).
    """

    name: str = attrs.field(validator=attrs.validators.min_len(1))
    type: str = attrs.field(validator=attrs.validators.in_(PLACE_TYPES))
    country: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.matches_re(r"[A-Z]{2}"))
    )

    def to_json(self) -> dict[str, str]:
        """Return ``{"name"[, "country"], "type"}``."""
        out = {"name": self.name}
        if self.country:
            out["country"] = self.country
        out["type"] = self.type
        return out


@attrs.frozen(kw_only=True)
class Summit:
    """A named gathering, with its date (TIMEX) and location name when the text gives them."""

    name: str = attrs.field(validator=attrs.validators.min_len(1))
    date: str | None = None
    location: str | None = None

    def to_json(self) -> dict[str, str]:
        """Return ``{"name"[, "date"][, "location"]}``."""
        out = {"name": self.name}
        if self.date:
            out["date"] = self.date
        if self.location:
            out["location"] = self.location
        return out


def _to_tuple(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class EventValue:
    """Something that happened: its ``type``, and its date, location, participants and amount when known."""

    type: str = attrs.field(validator=attrs.validators.in_(EVENT_TYPES))
    date: str | None = None
    location: str | None = None
    participants: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    amount: Money | Quantity | None = None

    def to_json(self) -> dict[str, Any]:
        """Return ``{"type"[, "date"][, "location"][, "participants"][, "amount"]}``."""
        out: dict[str, Any] = {"type": self.type}
        if self.date:
            out["date"] = self.date
        if self.location:
            out["location"] = self.location
        if self.participants:
            out["participants"] = list(self.participants)
        if self.amount is not None:
            out["amount"] = self.amount.to_json()
        return out


FactValue = DateValue | Money | Quantity | Organisation | Place | Summit | EventValue
"""The value types of the built-in kinds."""


def value_to_json(value: object) -> Any:
    """Serialise a fact value: a value type's ``to_json()``, or a plain JSON value as it is."""
    if isinstance(value, JsonValue):
        return value.to_json()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Mapping):
        return {str(k): value_to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [value_to_json(v) for v in value]
    if isinstance(value, Decimal):
        return decimal_string(value)
    raise TypeError(f"cannot serialise a fact value of type {type(value).__name__}: {value!r}")
