"""Property tests: any amount written in a supported style is found once, with the exact ``Decimal`` back."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, example, given
from hypothesis import strategies as st

from bri_corpus import Document, Money, normalize
from bri_corpus.extractors.money_quantity.money import find_money

# (written before the number, written after the number, ISO code)
CURRENCY_STYLES = [
    ("$", "", "USD"),
    ("US$", "", "USD"),
    ("US$ ", "", "USD"),
    ("USD ", "", "USD"),
    ("€", "", "EUR"),
    ("EUR ", "", "EUR"),
    ("£", "", "GBP"),
    ("RMB ", "", "CNY"),
    ("CNY ", "", "CNY"),
    ("¥", "", "CNY"),
    ("KZT ", "", "KZT"),
    ("₸", "", "KZT"),
    ("RUB ", "", "RUB"),
    ("UZS ", "", "UZS"),
    ("", " yuan", "CNY"),
    ("", " renminbi", "CNY"),
    ("", " tenge", "KZT"),
    ("", " US dollars", "USD"),
    ("", " dollars", "USD"),
    ("", " euros", "EUR"),
    ("", " rubles", "RUB"),
    ("", " roubles", "RUB"),
    ("", " soums", "UZS"),
    ("", " somoni", "TJS"),
    ("", " lari", "GEL"),
    ("", " USD", "USD"),
    ("", " KZT", "KZT"),
    ("RMB ", " yuan", "CNY"),
]

SCALES = [
    ("", 1),
    (" thousand", 10**3),
    (" million", 10**6),
    (" billion", 10**9),
    (" trillion", 10**12),
    (" mln", 10**6),
    (" bn", 10**9),
    ("bn", 10**9),
    ("m", 10**6),
    ("-billion", 10**9),
]

SENTENCES = [
    "The two sides signed deals worth {} at the forum.",
    "{} was allocated to the project.",
    "The bank lent {}.",
    "Under the agreement, ({}) goes to the port.",
    'Officials said "{}" had been invested in Kazakhstan.',
]


def _with_commas(integer: int) -> str:
    return f"{integer:,}"


@st.composite
def written_amounts(draw: st.DrawFn) -> tuple[str, Decimal, str]:
    """Draw an amount, write it in one supported style, and return (text, exact amount, currency)."""
    before, after, code = draw(st.sampled_from(CURRENCY_STYLES))
    scale_word, factor = draw(st.sampled_from(SCALES))
    integer = draw(st.integers(min_value=1, max_value=999_999 if not scale_word else 999))
    decimal_choices = ["", "", "5", "25", "75", "05"] if scale_word else ["", "50"]
    decimals = draw(st.sampled_from(decimal_choices))
    separators = draw(st.booleans())
    # "USD 1900", "CNY 2020": a bare year-like number after a currency code is read as a year, by design.
    assume(scale_word or separators or not 1900 <= integer <= 2100 or not (before.strip().isalpha() or not before))
    digits = _with_commas(integer) if separators else str(integer)
    number = f"{digits}.{decimals}" if decimals else digits
    written = f"{before}{number}{scale_word}{after}"
    amount = Decimal(f"{integer}.{decimals}" if decimals else str(integer)) * factor
    return written, amount, code


def _money_facts(text: str) -> list[Money]:
    document = Document.from_text(text, id="property")
    return [fact.value for fact in find_money(document, normalize(text))]


@given(written_amounts(), st.sampled_from(SENTENCES))
@example(("US$16.54 billion", Decimal("16540000000"), "USD"), SENTENCES[0])
@example(("RMB 5 billion yuan", Decimal("5000000000"), "CNY"), SENTENCES[0])
@example(("$2.4-billion", Decimal("2400000000"), "USD"), SENTENCES[2])
@example(("1,234 tenge", Decimal("1234"), "KZT"), SENTENCES[1])
def test_written_amount_is_found_exactly(drawn: tuple[str, Decimal, str], sentence: str) -> None:
    """The one amount in the sentence is found, with exactly the amount and currency that were written."""
    written, amount, code = drawn
    text = sentence.format(written)
    facts = _money_facts(text)
    assert [(fact.amount, fact.currency) for fact in facts] == [(amount, code)], text


@given(written_amounts())
def test_span_is_the_written_amount(drawn: tuple[str, Decimal, str]) -> None:
    """The fact's raw text is exactly the written amount, whatever surrounds it."""
    written, _, _ = drawn
    text = f"The deal, worth {written}, was signed."
    document = Document.from_text(text, id="property")
    facts = list(find_money(document, normalize(text)))
    assert [fact.text for fact in facts] == [written]


@given(
    st.integers(min_value=1, max_value=98),
    st.integers(min_value=1, max_value=50),
    st.sampled_from([(" billion", 10**9), (" million", 10**6)]),
)
def test_range_keeps_both_ends(low: int, width: int, scale: tuple[str, int]) -> None:
    """``$2-3 billion`` is one fact whose amount is the low end and amount_max the high end."""
    word, factor = scale
    high = low + width
    facts = _money_facts(f"Costs of ${low}-{high}{word} are expected.")
    assert [(f.amount, f.amount_max) for f in facts] == [(Decimal(low * factor), Decimal(high * factor))]


@given(
    st.sampled_from(
        [
            ("more than", "gt"),
            ("over", "gt"),
            ("above", "gt"),
            ("at least", "ge"),
            ("less than", "lt"),
            ("under", "lt"),
            ("nearly", "lt"),
            ("almost", "lt"),
            ("up to", "le"),
            ("at most", "le"),
            ("about", "approx"),
            ("around", "approx"),
            ("some", "approx"),
            ("roughly", "approx"),
            ("approximately", "approx"),
        ]
    ),
    st.integers(min_value=1, max_value=999),
)
def test_qualifier_words_set_the_qualifier(qualifier: tuple[str, str], integer: int) -> None:
    """A qualifier before the amount is inside the span and sets the spec's code."""
    words, code = qualifier
    text = f"The fund lent {words} ${integer} million to the port."
    document = Document.from_text(text, id="property")
    facts = list(find_money(document, normalize(text)))
    assert [(f.text, f.value.qualifier) for f in facts] == [(f"{words} ${integer} million", code)]
