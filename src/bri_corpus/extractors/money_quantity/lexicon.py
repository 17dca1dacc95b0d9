"""Load the plugin's data tables (currencies, currency cues, units) once, as frozen lookups.

The tables are plain TSV files in ``data/`` so that an analyst can review and extend them;
ISO 4217 codes come from :mod:`pycountry` (a maintained copy of the ISO list), not from a hand list.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType

import attrs
import pycountry

__all__ = [
    "CurrencyForm",
    "Lexicon",
    "Unit",
    "lexicon",
]

DATA = Path(__file__).resolve().parent / "data"


@attrs.frozen(kw_only=True)
class CurrencyForm:
    """One way of writing a currency.

    Attributes:
        form: the surface form (``$``, ``Rs``, ``US dollars``).
        role: ``symbol`` (before the number), ``name`` (after it, any letter case), ``both``, ``code``
            (an ISO 4217 code: either side, exact case) or ``local`` (a letter or short mark before the number
            that names a currency only in a document about its country: ``N``, ``K``, ``S/``) or ``mark`` (a mark
            right after the number under the same condition: East Africa's ``/-`` in ``1.2trn/-``), ``prefix``
            (letters glued before a number that name a currency only with a ``subunit`` name after it:
            ``HK12.1 cents``) or ``subunit`` (a bare subunit name, ``cents``, money only after a prefix).
        codes: ISO 4217 codes; several when the form is shared, the first being the default.
        factor: what the written amount is multiplied by: 0.01 for a subunit (``1.29 US cents``).
    """

    form: str
    role: str
    codes: tuple[str, ...]
    factor: Decimal = Decimal(1)


@attrs.frozen(kw_only=True)
class Unit:
    """One unit of measurement.

    Attributes:
        symbol: the unit written into facts (``km``, ``t``, ``%``).
        category: ``length``, ``mass``, ``time``, ...; time units need digits.
        factor: what the written amount is multiplied by (``bcm`` → 10^9 m3).
    """

    symbol: str
    category: str
    factor: Decimal = Decimal(1)


@attrs.frozen(kw_only=True)
class Lexicon:
    """Every table the money and quantity patterns are built from.

    Attributes:
        currency_forms: the forms from ``currency_names.tsv`` plus every usable ISO 4217 code (role ``code``).
        currency_names: lower-cased name form → its entry (names match case-insensitively after the number).
        currency_symbols: exact symbol or code → its entry (before the number).
        currency_exact_after: exact form → entry, for codes and symbols also written after the number.
        currency_marks: exact mark → entry, for marks written right after the number (``/-``).
        cues: ISO code → the words that point to its country (``currency_cues.tsv``).
        unit_symbols: exact symbol → unit (``km``, ``MW``, ``%``).
        unit_names: lower-cased name → unit (``kilometres``, ``per cent``).
    """

    currency_forms: tuple[CurrencyForm, ...]
    currency_names: Mapping[str, CurrencyForm]
    currency_symbols: Mapping[str, CurrencyForm]
    currency_exact_after: Mapping[str, CurrencyForm]
    currency_marks: Mapping[str, CurrencyForm]
    cues: Mapping[str, tuple[str, ...]]
    unit_symbols: Mapping[str, Unit]
    unit_names: Mapping[str, Unit]


def _rows(name: str) -> Iterator[list[str]]:
    """Yield the tab-separated fields of a data file's lines, skipping comments and blank lines."""
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@functools.cache
def _historic_codes() -> frozenset[str]:
    """Return the recently withdrawn ISO 4217 codes (``iso_codes_historic.tsv``: ``BGN``, ``HRK``) that
    pycountry's current list lacks but news of their time still writes."""
    return frozenset(row[0].strip() for row in _rows("iso_codes_historic.tsv"))


def _is_iso_code(code: str) -> bool:
    """Whether ``code`` is a current or recently withdrawn ISO 4217 code."""
    return pycountry.currencies.get(alpha_3=code) is not None or code in _historic_codes()


def _iso_codes() -> frozenset[str]:
    """Return the ISO 4217 codes usable as bare codes: pycountry's list and the recently withdrawn codes,
    minus the excluded ones."""
    excluded = {row[0].strip() for row in _rows("iso_codes_excluded.txt")}
    current = {c.alpha_3 for c in pycountry.currencies}
    return frozenset((current | _historic_codes()) - excluded)


def _currency_forms(known: frozenset[str]) -> list[CurrencyForm]:
    forms: list[CurrencyForm] = []
    for row in _rows("currency_names.tsv"):
        form, role, codes = row[0], row[1], tuple(row[2].split())
        factor = Decimal(row[3]) if len(row) > 3 and row[3].strip() else Decimal(1)
        unknown = [c for c in codes if not _is_iso_code(c)]
        if unknown:
            raise ValueError(f"currency_names.tsv: {form!r} names codes not in ISO 4217: {unknown}")
        forms.append(CurrencyForm(form=form, role=role, codes=codes, factor=factor))
    written = {f.form for f in forms}
    forms.extend(CurrencyForm(form=code, role="code", codes=(code,)) for code in sorted(known) if code not in written)
    return forms


def _units() -> tuple[dict[str, Unit], dict[str, Unit]]:
    symbols: dict[str, Unit] = {}
    names: dict[str, Unit] = {}
    for row in _rows("units.tsv"):
        row += [""] * (5 - len(row))
        unit = Unit(symbol=row[0], category=row[1], factor=Decimal(row[2]))
        for form in filter(None, row[3].split("|")):
            symbols[form] = unit
        for form in filter(None, row[4].split("|")):
            names[form.lower()] = unit
    return symbols, names


@functools.cache
def lexicon() -> Lexicon:
    """Return the plugin's tables, read once per process."""
    forms = _currency_forms(_iso_codes())
    unit_symbols, unit_names = _units()
    cues = {row[0]: tuple(row[1].split("|")) for row in _rows("currency_cues.tsv")}
    return Lexicon(
        currency_forms=tuple(forms),
        currency_names=MappingProxyType({f.form.lower(): f for f in forms if f.role in ("name", "subunit")}),
        currency_symbols=MappingProxyType(
            {f.form: f for f in forms if f.role in ("symbol", "both", "code", "local", "prefix")}
        ),
        currency_exact_after=MappingProxyType({f.form: f for f in forms if f.role in ("both", "code")}),
        currency_marks=MappingProxyType({f.form: f for f in forms if f.role == "mark"}),
        cues=MappingProxyType(cues),
        unit_symbols=MappingProxyType(unit_symbols),
        unit_names=MappingProxyType(unit_names),
    )
