"""Property tests for quantities: numbers with a unit come back exactly, and no text makes a scanner fail."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st

from bri_corpus import Document, normalize
from bri_corpus.extractors.money_quantity.money import find_money
from bri_corpus.extractors.money_quantity.quantity import find_quantities

# (written unit, unit in the fact, is a separate word)
UNITS = [
    ("km", "km", False),
    (" km", "km", False),
    (" kilometres", "km", True),
    (" kilometers", "km", True),
    (" tonnes", "t", True),
    (" tons", "t", True),
    (" MW", "MW", False),
    ("MW", "MW", False),
    (" kWh", "kWh", False),
    ("%", "%", False),
    (" percent", "%", True),
    (" per cent", "%", True),
    (" TEU", "TEU", False),
    (" hectares", "ha", True),
    (" days", "day", True),
    (" years", "year", True),
    (" vehicles", "vehicle", True),
    (" companies", "company", True),
    (" medical masks", "mask", True),
]


@st.composite
def written_quantities(draw: st.DrawFn) -> tuple[str, Decimal, str]:
    """Draw a number and a unit, write them, and return (text, exact amount, unit)."""
    written_unit, unit, _ = draw(st.sampled_from(UNITS))
    integer = draw(st.integers(min_value=1, max_value=999_999).filter(lambda n: not 1800 <= n <= 2100))
    decimals = draw(st.sampled_from(["", "", "5", "25"])) if unit not in ("vehicle", "company", "mask") else ""
    digits = f"{integer:,}" if draw(st.booleans()) else str(integer)
    number = f"{digits}.{decimals}" if decimals else digits
    amount = Decimal(f"{integer}.{decimals}" if decimals else str(integer))
    return f"{number}{written_unit}", amount, unit


@given(written_quantities())
@example(("25JPH", Decimal(25), "JPH"))
@example(("11,000 vehicles", Decimal(11000), "vehicle"))
def test_written_quantity_is_found_exactly(drawn: tuple[str, Decimal, str]) -> None:
    """A number with its unit is one quantity, with exactly that amount and unit, spanning what was written."""
    written, amount, unit = drawn
    text = f"The project reached {written} last year."
    document = Document.from_text(text, id="property")
    facts = list(find_quantities(document, normalize(text)))
    assert [(f.text, f.value.amount, f.value.unit) for f in facts] == [(written, amount, unit)]


@given(st.text(alphabet=st.sampled_from("0123456789 ,.-%$€¥abcdeimnorstuyABKMRSUD\n\"'()"), max_size=80))
def test_scanners_never_fail_and_keep_provenance(text: str) -> None:
    """On any text the scanners return facts whose raw text is exactly the raw span."""
    document = Document.from_text(text or " ", id="fuzz")
    normalized = normalize(document.raw)
    for fact in [*find_money(document, normalized), *find_quantities(document, normalized)]:
        assert document.raw[fact.start : fact.end] == fact.text
        assert fact.text == fact.text.strip()
