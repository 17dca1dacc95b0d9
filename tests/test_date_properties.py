"""Property tests of the date plugin: any date formatted in a supported way is found and resolved back."""

from __future__ import annotations

import datetime as dt

import regex
from hypothesis import assume, example, given
from hypothesis import strategies as st

from bri_corpus import Document
from bri_corpus.extractors.date import find_dates, resolve, scan
from bri_corpus.extractors.date.patterns import ATOM_ENTRIES, ATOM_PATTERNS, CORE_WORDS, DATE_ATOM, atom_entries
from bri_corpus.extractors.date.scan import find_atoms
from bri_corpus.normalize import normalize
from strategies import news_text

MONTHS = ("January February March April May June July August September October November December").split()
SHORT = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


FULL_FORMATS = (
    lambda d: d.isoformat(),
    lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}",
    lambda d: f"{d.year}/{d.month}/{d.day}",
    lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{d.day} {MONTHS[d.month - 1]}, {d.year}",
    lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{MONTHS[d.month - 1]} {_ordinal(d.day)} {d.year}",
    lambda d: f"{_ordinal(d.day)} of {MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{SHORT[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{MONTHS[d.month - 1].upper()} {d.day}, {d.year}",
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    lambda d: f"{d.year}年{d.month}月{d.day}日",
)
TEMPLATES = (
    "The agreement was signed on {} in Astana.",
    "On {}, the first train left Xi'an.",
    "Officials said the line opened ({}) ahead of schedule.",
    "{} - the plant resumed work.",
)

dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31))


def _facts(text: str, published: dt.date | None) -> list[tuple[str, str]]:
    document = Document.from_text(text, id="property", published=published)
    return [(fact.text, fact.value.timex) for fact in find_dates(document, normalize(document.raw))]


@given(day=dates, form=st.sampled_from(FULL_FORMATS), template=st.sampled_from(TEMPLATES))
@example(day=dt.date(2020, 2, 12), form=FULL_FORMATS[6], template=TEMPLATES[0])
def test_any_full_date_is_found_and_resolved(day, form, template):
    """A full date in any supported format is one fact with exactly its span and its ISO value."""
    surface = form(day)
    assert [(surface, day.isoformat())] == _facts(template.format(surface), None)


@given(day=dates, template=st.sampled_from(TEMPLATES))
def test_unambiguous_slash_dates_resolve_both_ways(day, template):
    """Slash dates resolve when only one day-month order fits (or both orders give the same day)."""
    for surface in (f"{day.month:02d}/{day.day:02d}/{day.year}", f"{day.day:02d}/{day.month:02d}/{day.year}"):
        expected = day.isoformat() if day.day > 12 or day.day == day.month else f"{day.year:04d}-XX-XX"
        assert [(surface, expected)] == _facts(template.format(surface), None)


@given(day=dates, offset=st.integers(min_value=-150, max_value=60))
def test_day_and_month_take_the_year_of_a_nearby_report(day, offset):
    """`April 24` in a report dated within months of the day resolves to that day's year."""
    surface = f"{MONTHS[day.month - 1]} {day.day}"
    published = day - dt.timedelta(days=offset)
    assert [(surface, day.isoformat())] == _facts(f"The ceremony takes place on {surface} in Hefei.", published)


@given(day=dates, offset=st.integers(min_value=-150, max_value=7))
def test_a_past_day_takes_the_year_of_a_nearby_report(day, offset):
    """`was held on April 24` in a report from months after to a week before the day: that day's year."""
    surface = f"{MONTHS[day.month - 1]} {day.day}"
    published = day - dt.timedelta(days=offset)
    assert [(surface, day.isoformat())] == _facts(f"The ceremony was held on {surface} in Hefei.", published)


@given(day=dates, offset=st.integers(min_value=8, max_value=200))
def test_a_past_day_after_the_report_is_the_year_before(day, offset):
    """`was held on April 24` in a report written more than a week before that day tells of the year before."""
    surface = f"{MONTHS[day.month - 1]} {day.day}"
    published = day - dt.timedelta(days=offset)
    year_before = resolve.day_value(day.year - 1, day.month, day.day)
    facts = _facts(f"The ceremony was held on {surface} in Hefei.", published)
    assert facts == ([(surface, year_before)] if year_before else [])


@given(day=dates)
def test_month_year_and_quarter(day):
    """`September 2013` gives the month; `the first quarter of 2020` the quarter."""
    month = f"{MONTHS[day.month - 1]} {day.year}"
    assert [(month, f"{day.year}-{day.month:02d}")] == _facts(f"Sales rose in {month}.", None)
    quarter = (day.month - 1) // 3 + 1
    ordinal = ("first", "second", "third", "fourth")[quarter - 1]
    phrase = f"the {ordinal} quarter of {day.year}"
    assert [(phrase, f"{day.year}-Q{quarter}")] == _facts(f"Output grew in {phrase}.", None)


HIDDEN_CAPITAL = regex.compile(r"(?<=[A-Z][A-Za-z'-]*)[A-Z]")
"""A capital inside a capitalised word: no core starts there."""
DIGIT_AFTER_COMMA = regex.compile(r",\d")
"""A digit right after a comma: it continues a number ("1,200"), no core starts there."""


@given(
    text=st.text(alphabet=st.sampled_from(list("0123456789 -/.,:TtheMayJunQ1H2ofyearagoinon Spring\n")), max_size=80)
)
def test_fast_scan_equals_the_joined_pattern(text):
    """The fast scanner finds exactly the atoms a plain finditer of the joined pattern finds.

    Except for its two known gaps: a date word or code inside a longer capitalised word ("H-Q1", "TheMay") is no
    core, and digits right after a comma continue a number ("1,2000": a thousands group, not the year 2000),
    while the joined pattern, tried at every character, finds both.
    """
    assume(HIDDEN_CAPITAL.search(text) is None)
    assume(DIGIT_AFTER_COMMA.search(text) is None)
    expected = [(m.span(), m.group()) for m in DATE_ATOM.finditer(text)]
    assert expected == [(m.span(), m.group()) for _, m in find_atoms(text)]


@given(text=st.text(max_size=200))
def test_never_raises_and_spans_are_provenance(text):
    """Any text: no exception, and every fact's text is exactly the raw text at its offsets."""
    document = Document.from_text(text or "x", id="fuzz", published=dt.date(2020, 5, 29))
    for fact in find_dates(document, normalize(document.raw)):
        assert document.raw[fact.start : fact.end] == fact.text


# Words and separators for texts dense in date material and near misses: the scanner's shortcuts must never lose
# an atom that the joined pattern finds.
SALAD_WORDS = (
    *MONTHS,
    *SHORT,
    "MAY",
    "SEPT",
    "Jan",
    "Monday",
    "Friday",
    "FRIDAY",
    *"Spring Festival Chinese New Year Lunar Lantern Dragon Boat Mid-Autumn Christmas Eve Day Nowruz".split(),
    *"International Women's Labour Labor Workers' Valentine's Gala".split(),
    *"1 2 4 5 9 10 12 18 19 24 29 30 31 05 100 2000 2013 2019 2020 2023 1899 2100 21 99 12345 1,5 3.5".split(),
    *"1st 2nd 3rd 4th 12nd 18th 21st 31st Q1 Q4 Q5 H1 H2 1Q20 2H21 FY2020".split(),
    *"year years month week day days quarter half ago yesterday Tomorrow".split(),
    *"spring summer autumn fall winter Summer Winter".split(),
    *"the The very end beginning start middle close turn of early Early late mid Mid this Last next that".split(),
    *"same following previous current earlier Later a A an two ten twenty first Second third fourth final".split(),
    *"last latter Jan-Aug March-April before after later Two Three quarters months half-year".split(),
    *"to through until and & or between in on since by nearly amid fiscal a.m. pm P.M. 10:30 08:34".split(),
    *"年 月 日 % $ ( ) companies sets km Vision Expo".split(),
)
SALAD_SEPARATORS = (" ", " ", " ", " ", "", "-", ", ", ".", "/", ":", "\n", "'s ")
date_salad = st.lists(st.tuples(st.sampled_from(SALAD_WORDS), st.sampled_from(SALAD_SEPARATORS)), max_size=30).map(
    lambda parts: "".join(word + separator for word, separator in parts)
)


@given(text=date_salad)
def test_every_entry_matches_where_its_alternative_does(text):
    """An alternative is only tried where its entry matches: the entry must match wherever the alternative does."""
    every = tuple(range(len(ATOM_PATTERNS)))
    for position in range(len(text)):
        joined = atom_entries(every).match(text, position)
        for index, (name, first, pattern) in enumerate(ATOM_PATTERNS):
            match = pattern.match(text, position) if first.fullmatch(text[position]) else None
            if match is not None and match.end() > position:
                assert ATOM_ENTRIES[name].match(text, position), (name, text[position:])
                assert joined is not None and (joined.lastindex or 0) - 1 <= index, (name, text[position:])


_TOKEN = regex.compile(r"\d(?<![\d.,]\d)(?!\d{4})|[A-Z][A-Za-z'-]*")
_MONTH_NAMES = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
).split()
_MONTH_PAIR_TOKEN = regex.compile(
    "(?:" + "|".join(form for name in _MONTH_NAMES for form in (name, name.upper())) + ")-[ADFJMNOS]"
)
"""A capitalised token opening with a month and a hyphen before another month's capital (``January-August``)."""

_WEEKDAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_POSSESSIVE_WEEKDAY_TOKEN = regex.compile(
    "(?:" + "|".join(form for name in _WEEKDAY_NAMES for form in (name, name.upper())) + ")'s"
)
"""A capitalised token that is a weekday and its possessive (``Monday's``): a core when a space follows."""


def _reference_cores(text: str) -> set[int]:
    """The cores as first defined: a digit token, or a capitalised token that is a date word or a Q/H code."""
    cores = set()
    for token in _TOKEN.finditer(text):
        word = token.group()
        if (
            word[0].isdigit()
            or word in CORE_WORDS
            or _MONTH_PAIR_TOKEN.match(word)
            or (_POSSESSIVE_WEEKDAY_TOKEN.fullmatch(word) and text[token.end() : token.end() + 1] == " ")
            or (word in {"Q", "H"} and regex.match(r"[QH][1-4]", text[token.start() :]))
        ):
            cores.add(token.start())
    return cores


@given(text=st.one_of(date_salad, news_text))
@example(text="in May-June, ThisMay, Friday's MAY Q1 H2 Hq \U00010d40 May")
@example(text="at Monday's meeting, Friday's. SUNDAY'S vote Monday'sx")
def test_cores_are_the_date_words_and_numbers(text):
    """The two fast core patterns find exactly the cores of the one-token-at-a-time definition."""
    assert _reference_cores(text) == set(scan._core_starts(text))


# "12nd quarter": the joined pattern reads "2nd quarter" inside the number, the scanner (rightly) does not.
SPACED_WORDS = tuple(word for word in SALAD_WORDS if not regex.fullmatch(r"\d+[1-4](?:st|nd|rd|th)", word))


@given(words=st.lists(st.sampled_from(SPACED_WORDS), max_size=30))
def test_fast_scan_equals_the_joined_pattern_on_spaced_words(words):
    """On words separated by spaces alone, the fast scanner finds exactly what the joined pattern finds."""
    text = regex.sub(r"[-/.:,']", " ", " ".join(words))
    expected = [(m.span(), m.group()) for m in DATE_ATOM.finditer(text)]
    assert expected == [(m.span(), m.group()) for _, m in find_atoms(text)]


def test_a_past_day_just_after_new_year_keeps_the_next_year():
    """`was held on January 1` in a report dated 31 December: the header lags by a day, not a year."""
    published = dt.date(1999, 12, 31)
    assert [("January 1", "2000-01-01")] == _facts("The ceremony was held on January 1 in Hefei.", published)
