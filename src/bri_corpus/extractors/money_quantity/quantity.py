"""Find quantities: a number with its unit (``6,000 kilometers``, ``25JPH``, ``80%``) or its counted noun
(``more than 300 large orders``), leaving out ranks, years, identifiers, names and money.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

import regex

from bri_corpus import Document, Fact, NormalizedText, Quantity

from .amounts import Found, extend_backwards, is_change, number_spans, word_before
from .lexicon import Unit, lexicon
from .money import scan_money
from .numbers import parse_digits, parse_spelled, scale_factor
from .patterns import QUALIFIER_WORDS, SCALE_WORDS, VERB_QUALIFIERS, patterns
from .resolve import is_plural_noun, singular

__all__ = ["find_quantities", "scan_quantities"]

MAX_MODIFIERS = 3
"""At most this many adjectives or noun modifiers between the number and its counted noun."""

_STOP_WORDS = frozenset(
    """
    a an the of and or nor but in on at to for with by from as into onto upon than then per via
    is are was were be been being am has have had do does did will would can could may might shall should must
    that which who whom whose this these those it its their his her our your my we they he she you i me us them
    not no each every more most less least other others such same so also about over under between through
    up down out off all both only just very said says according among within including like plus
    after before during since until while when where what how why there here now
    year-on-year year-over-year respectively approximately around nearly almost some
    one two three four five six seven eight nine ten eleven twelve hundred thousand million billion trillion
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
"""Words that end the search for a counted noun: function words, numbers, months and weekdays."""

_DETERMINERS_AFTER_NUMBER = frozenset({"more", "such", "other"})
"""Stop words that may stand right between a number and its counted noun (``94 such trains``, ``600 more workers``)."""

_SUPERLATIVE = regex.compile(r"(?i:best|top|leading|worst|most|[a-z]{2,}est)")
_NOT_SUPERLATIVE = frozenset(
    """
    forest interest harvest request protest conquest honest modest west northwest southwest midwest pest guest chest
    nest test contest digest manifest
    """.split()
)

_IDENTIFIER_BEFORE = frozenset(
    """
    no no. nos nos. number # top fortune global forbes phase line unit block article section chapter room
    route flight terminal berth gate lot grade level stage version model type class batch team zone district
    building highway road street avenue platform pier plot hall booth vol vol. issue page figure table act law
    decree resolution item paragraph clause annex appendix episode season round day covid-19 g
    """.split()
)
"""Words after which a number is an identifier or a rank (``No. 1 project``, ``Top 500``, ``Phase 2 works``)."""

_YEAR_BEFORE = frozenset(
    """
    in since from by until till of before after during through to and between the year years end early late mid
    fiscal fy spring summer autumn fall winter circa ©
    january february march april may june july august september october november december
    """.split()
)
"""Words after which a bare four-digit number is read as a year (``in 2013``, ``since 2004``)."""

_MONTHS = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

_QUALIFYING = frozenset(w.split()[-1] for w in (*QUALIFIER_WORDS, *VERB_QUALIFIERS))

_ONE = Decimal(1)

_PERIOD_UNITS = frozenset({"month", "quarter"})
"""Time units that, after ``first``, make a period of the year (``the first 10 months``): the date plugin's."""


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1800 <= int(number) <= 2100


def _is_standard_number(before: str, digits: str) -> bool:
    """Tell whether a bare number of four or more digits follows an acronym (``ISO 14001``, ``GB 50011``)."""
    return len(digits) >= 4 and digits.isdigit() and len(before) > 1 and before.isalpha() and before.isupper()


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


def _counted_noun(text: str, position: int) -> tuple[str, int, int] | None:
    """Find the counted noun after a number: its word, its end, and how many modifiers precede it.

    ``300 large orders`` → ``("orders", end, 1)``; ``two sides and`` → the plural ``sides``.
    Returns ``None`` when no plural noun follows within :data:`MAX_MODIFIERS` modifiers.
    """
    word_after = patterns().word_after
    modifiers = 0
    joined = False
    while modifiers <= MAX_MODIFIERS + joined:  # two joined modifiers count as one: "economic and trade"
        match = word_after.match(text, position)
        if match is None:
            return None
        word = match.group("word")
        lower = word.lower()
        if lower in ("and", "or") and modifiers and not joined:
            joined = True  # "600 Chinese and local staff": two modifiers joined
            position = match.end()
            continue
        if lower in _DETERMINERS_AFTER_NUMBER and not modifiers and not joined:
            # "600 more workers": the count of what is added (not "600 more than"); "94 such trains", "12 other
            # firms": a determiner between the number and its noun
            position = match.end()
            modifiers = 1
            continue
        if lower in _STOP_WORDS:
            return None
        if lower == "times":
            if not modifiers and _FREQUENCY_AFTER.match(text, match.end()):
                return word, match.end(), 0  # "flooded 20 times a year": a count of events
            return None  # "4 times faster and runs": a multiplier counts nothing after it
        if is_plural_noun(word):
            head = word_after.match(text, match.end())
            if head is not None and (
                _is_compound_head(word, head.group("word"))
                or (joined and head.group("word") in _HEADS_AFTER_COORDINATION)
            ):
                # "14 civil works contracts", "11 cement and building-materials plants": the last plural is the head
                return head.group("word"), head.end(), modifiers + 1
            return word, match.end(), modifiers
        if _SUPERLATIVE.fullmatch(lower) and lower not in _NOT_SUPERLATIVE:
            return None  # "the 500 best Chinese enterprises" is a ranking
        modifiers += 1
        position = match.end()
    return None


_FREQUENCY_AFTER = regex.compile(r"[ ](?:a|an|per|each|every)[ ](?:year|month|week|day|decade|season)\b")
"""The period after ``times`` that makes it a count of events (``20 times a year``), not a multiplier
(``20 times larger``)."""


def _is_compound_head(word: str, following: str) -> bool:
    """Tell whether the plural ``following`` right after the plural ``word`` is the head of a compound noun.

    ``civil works contracts``, ``goods trains``, ``sales offices``: a plural-only noun used as a modifier.
    """
    return (
        word in _PLURAL_MODIFIERS
        and following[:1].islower()
        and following not in _STOP_WORDS
        and is_plural_noun(following)
    )


_HEADS_AFTER_COORDINATION = frozenset(
    """
    plants factories projects companies enterprises firms facilities mills stations parks zones sites mines
    contracts agreements deals schemes programmes programs centres centers units lines routes producers makers
    """.split()
)
"""Plural heads of establishments and deals after coordinated modifiers, whose last one may be a plural too
(``11 cement and building-materials plants``, ``40 oil and chemicals projects``): the head is counted."""


_PLURAL_MODIFIERS = frozenset(
    """
    works goods sales arms customs savings logistics services sports electronics communications telecommunications
    """.split()
)
"""Plural nouns that modify a following noun rather than being counted (``goods trains``); other plurals before a
plural-looking word are its subject (``the 50 locomotives costs``)."""


_ELLIPTICAL_OF = regex.compile(r"[ ]of[ ](?:them|whom|which)\b")
"""What follows a bare count whose noun is left out: ``320 technicians, 45 of whom``, ``1,100 workers, 640 of
them Georgian``."""

_PART_OF_WHOLE = regex.compile(r"[ ]of[ ](?P<det>(?:its|the|their|our|his|her|a[ ]total[ ]of)[ ])?(?=\d)")
"""What follows a bare count that is a part of a whole counted after it: ``installed 412 of its 530 pylons``,
``the first 120 of 400 electric buses`` (the part counts the whole's noun; without a determiner the part must
be no larger than the whole)."""

_CHANGE_FROM = ("up from ", "down from ")
"""What stands before a bare count that an earlier count of the sentence names the noun of: ``Some 4,000 people
work there, up from 2,800 in 2023``."""

_ANTECEDENT_COUNT = regex.compile(
    r"(?<![\w.,-])(?:\d{1,3}(?:,\d{3})+|\d+"
    r"|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|hundreds?|thousands?|dozens?))(?=[ ])"
)
"""A count (digits or spelled out) that may name the noun an elliptical ``N of them`` counts."""

_ANTECEDENT_REACH = 200
"""How far back in its sentence an elliptical count looks for the count that names its noun."""


def _unit_leads() -> tuple[frozenset[str], frozenset[str]]:
    """Return the leading ASCII letters of every unit symbol (exact case) and unit name (lower case)."""
    lex = lexicon()
    symbols = frozenset(_ASCII_WORD.match(form).group() for form in lex.unit_symbols)  # type: ignore[union-attr]
    names = frozenset(_ASCII_WORD.match(form).group().lower() for form in lex.unit_names)  # type: ignore[union-attr]
    return symbols, names


_ASCII_WORD = re.compile(r"[A-Za-z]*")
_SYMBOL_LEADS, _NAME_LEADS = _unit_leads()
_UNIT_STARTS = frozenset(
    {form[0] for form in lexicon().unit_symbols}
    | {case(form[0]) for form in lexicon().unit_names for case in (str.lower, str.upper)}
)
"""The characters a unit symbol or name starts with."""


def _may_have_unit_at(text: str, position: int) -> bool:
    """Tell cheaply whether a unit may be written at ``position`` (right after a number).

    After a space or ``-`` a unit symbol or name starts with a word whose leading ASCII letters are those of
    some unit (``km``, ``per`` of ``per cent``); ``False`` means :func:`_unit_at` finds nothing there, ``True``
    only that it may.  A unit written close to the number (``80%``, ``25JPH``) is left to the pattern.
    """
    after = text[position : position + 1]
    if (after != " " and after != "-" and after != "\n") or after in _UNIT_STARTS:
        return True
    word = _ASCII_WORD.match(text, position + 1).group()  # type: ignore[union-attr]  # [A-Za-z]* always matches
    if not word:
        following = text[position + 1 : position + 2]
        return following in _UNIT_STARTS or following > "\x7f"  # "%", a rare character
    if text[position + 1 + len(word) : position + 2 + len(word)] > "\x7f":
        return True  # a word going on with a non-ASCII letter: let the pattern decide
    return word in _SYMBOL_LEADS or word.lower() in _NAME_LEADS


def _scale_words() -> frozenset[str]:
    """Return the scale words a number's pattern takes in (``million``, ``bn``, ``crores``), lower case."""
    words: set[str] = set()
    for scale in SCALE_WORDS.split("|"):
        words |= {scale[:-2], scale[:-1]} if scale.endswith("s?") else {scale}
    return frozenset(words)


_ENDS_NOTHING = _STOP_WORDS - {"to"} - _DETERMINERS_AFTER_NUMBER - _scale_words()
"""Stop words that, right after a number's digits, end it: no range (``to``), scale word or counted noun (``more``,
``such`` and ``other`` may: ``600 more workers``, ``94 such trains``)."""
_WORD_ENDS = frozenset(' \n,.;:!?)]}"')
"""Characters after which a word ends for the counted-noun pattern too (not ``'``, ``-``, a digit, a letter)."""


def _nothing_after(text: str, run_end: int) -> bool:
    """Tell cheaply that the digits ending at ``run_end`` and a space are followed by a stop word (``12 May``,
    ``2023 and``) that is no unit either: then the number is no quantity."""
    word = _ASCII_WORD.match(text, run_end + 1).group()  # type: ignore[union-attr]  # [A-Za-z]* always matches
    if not word or text[run_end + 1 + len(word) : run_end + 2 + len(word)] not in _WORD_ENDS:
        return False  # "" (the text's end) is in every string
    lower = word.lower()
    return lower in _ENDS_NOTHING and word not in _SYMBOL_LEADS and lower not in _NAME_LEADS


def _unit_at(text: str, position: int) -> tuple[Unit, int, str] | None:
    """Return the unit written at ``position`` (right after a number), its end, and its surface text."""
    if not _may_have_unit_at(text, position):
        return None
    match = patterns().unit_after.match(text, position)
    if match is None:
        return None
    lex = lexicon()
    if match.group("symbol"):
        # A symbol that begins a longer unit name ("350 km per hour") gives way to the name.
        longer = patterns().unit_name_after.match(text, position)
        if longer is None or longer.end() <= match.end():
            return lex.unit_symbols[match.group("symbol")], match.end(), match.group("symbol")
        match = longer
    name = match.group("name")
    key = " ".join(name.lower().split())
    unit = lex.unit_names.get(key) or lex.unit_names[key.replace("-", " ")]  # a 15,000-square-metre hub
    return unit, match.end(), name


def _is_name_like(text: str, start: int, written_before: str, word: str) -> bool:
    """Tell whether a capitalised word pair around the number makes it part of a name (``Golden 30 Years``).

    ``written_before`` is the word before the number starting at ``start``, as written.  In a title-case
    headline every word is capitalised (``JAC Delivers 300 Ambulances``), so there the pair only counts as
    a name inside quotes.
    """
    quoted = written_before[:1] in "\"'" and len(written_before) > 1
    before = written_before.strip("\"'(")
    if not (_is_capitalised(word) and _is_capitalised(before)) or before.lower() in _QUALIFYING:
        return False
    return quoted or _odd_quotes_before(text, start) or not _in_title_case_line(text, start)


_CAPITALISED_AFTER_UNIT = re.compile(r" [A-Z][a-z]+")
_SENTENCE_ENDS_BEFORE = frozenset((".", "!", "?", ""))
_FUNCTION_WORDS = frozenset("the a an in on at of for and by with from to its their this that".split())


def _is_inside_facility_name(text: str, start: int, written_before: str, unit_end: int) -> bool:
    """Tell whether a measure stands inside a capitalised name (``the Soubre-Man 225 kV Transmission Project``,
    ``the Kapchorwa 6 MW Hydro Power Station``): a name word before it and one after its unit.  Annotation
    takes no number inside a name; ``the 330 kV Kabwe-Pensulo line`` (function word before) still counts."""
    if (
        not written_before[:1].isupper()
        or written_before.lower() in _FUNCTION_WORDS
        or written_before.endswith(("'s", "s'"))  # "Kazakhstan's 1 GW Zhanatas wind farm": a description
    ):
        return False
    sentence_end = text[max(0, start - len(written_before) - 3) : start - len(written_before) - 1]
    if sentence_end.strip() in _SENTENCE_ENDS_BEFORE:
        return False  # "Lusaka. 330 kV Substation ..." is no name: the word opens its sentence
    if not _CAPITALISED_AFTER_UNIT.match(text, unit_end):
        return False
    return not _in_title_case_line(text, start)  # "JAC Delivers 300 MW Solar Plant": a headline's capitals


def _line_at(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end >= 0 else len(text)]


def _odd_quotes_before(text: str, position: int) -> bool:
    """Tell whether ``position`` lies inside a double-quoted stretch of its line."""
    line_start = text.rfind("\n", 0, position) + 1
    return text.count('"', line_start, position) % 2 == 1


def _in_title_case_line(text: str, position: int) -> bool:
    """Tell whether the line around ``position`` is a short title-case headline."""
    line = _line_at(text, position)
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    if len(line) > 200 or len(words) < 2:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_BIG_WORDS = ("hundred", "thousand", "million", "billion")


def _is_identifier_before(before: str) -> bool:
    """Tell whether the word before a number (lower case) makes it an identifier or a date (``No.``, ``June``).

    A month followed by a comma is not (``Between January and February, 1,148 trains``): a day follows its
    month without one; a year after the comma is left out as a year by :func:`_quantity_for`.
    """
    return before in _IDENTIFIER_BEFORE or before.rstrip(".") in _MONTHS


_PERCENT_AFTER = regex.compile(r"\s?%|\s(?i:per\s?cent|percent)\b")


def _is_percentage_at(text: str, run_end: int) -> bool:
    """Tell whether the digits ending at ``run_end`` are a percentage (``60%``, ``12 per cent``).

    A percentage is never an identifier, even after ``line`` or ``phase`` (``rail line 60% complete``).
    """
    return _PERCENT_AFTER.match(text, run_end) is not None


_SENTENCE_ENDS = frozenset(".!?:;\"'(")


def _is_name_number(text: str, start: int, written_before: str, number: str) -> bool:
    """Tell whether a small bare number belongs to the capitalised name before it (``Power of Siberia 2 talks``).

    ``Line 2``, ``Phase 3``, ``Terminal 4``: a whole number of at most three digits right after a Title Case
    word that does not open a sentence (nor a headline in Title Case, where every word is capitalised) is part
    of that name, not a count.  Qualifiers (``Some 300 fishermen``) and sentence starts (``Only 30 workers``)
    stay counts.
    """
    if not (number.isdigit() and len(number) <= 3 and written_before.isalpha() and _is_capitalised(written_before)):
        return False
    if written_before.lower() in _QUALIFYING or written_before.lower() in _STOP_WORDS:
        return False
    word_start = start - 1 - len(written_before)
    previous = text[max(0, word_start - 2) : word_start].strip()
    if not previous or previous[-1] in _SENTENCE_ENDS:
        return False
    if _GIVING_VERB_BEFORE.search(text, max(0, word_start - 16), word_start) is not None:
        return False  # "will offer Mozambique 500 scholarships": the name is the receiver, the number a count
    return not _in_title_case_line(text, start)


_GIVING_VERB_BEFORE = regex.compile(
    r"(?<![\w])(?:offer|give|gave|grant|send|sent|donate|lend|lent|award|sell|sold|supply|supplied|provide|promise"
    r"|hand|ship|owe|loan)(?:s|ed|d|ing|en)?[ ]$",
    regex.IGNORECASE,
)
"""A verb that takes a receiver before the thing given (``offered Zambia 200 scholarships``, ``sold Serbia 12
drones``): the capitalised word after it is the receiver, not a name the number closes."""


def _quantity_for(text: str, match: regex.Match[str], written_before: str) -> Found | None:
    """Turn one number match into a quantity, or ``None`` when it is not one.

    ``written_before`` is the word before the match (:func:`.amounts.word_before`), which the caller has
    already found not to be an identifier word.  The number is read as written (spelled out, or digits with
    an optional range and scale word); it is ruled out when it is an identifier, a year range, a phone
    number or a year, then kept with the unit written after it or with the plural noun it counts.  The
    cheap tests run first, and the amounts (``Decimal``) are computed only for what is kept, or where a
    range must be checked.
    """
    spelled, first, second, scale_text = match.group(*patterns().number_groups)
    start = match.start()
    scale = _ONE
    low: Decimal | None = None
    high: Decimal | None = None
    if not spelled:
        if (len(first) >= 7 and first.isdigit()) or (first.startswith("0") and len(first) > 1 and "." not in first):
            return None  # a phone, fax or licence number
        if second and _is_year(first) and _is_year(second):
            return None  # 2000-2021
        if scale_text:
            scale = scale_factor(scale_text.strip(" \n-"))
        if second:
            low = parse_digits(first) * scale
            high = parse_digits(second) * scale
            if high <= low:
                return None
            if is_change(text, start):
                # "rose from 40 to 50 vehicles" is a change, not a range: keep the new figure only.
                low, high, start = high, None, match.start("n2")
                written_before = word_before(text, start)
                if _is_identifier_before(written_before.lower()):
                    return None
    before = written_before.lower()
    if _is_standard_number(written_before, first or ""):
        return None  # "ISO 14001 standards", "GB 50011 codes": a number after an acronym is an identifier
    year_like = not spelled and high is None and scale == 1 and _is_year(first or "")
    if year_like and (before.rstrip(",") in _YEAR_BEFORE or _is_capitalised(written_before)):
        return None  # "in 2013", "Vision 2030 goals"
    end = match.end()
    unit = _unit_at(text, end)
    if unit is None and spelled and not any(word in spelled.lower() for word in _BIG_WORDS):
        return None  # "two sides", "five countries", "one share": only "three million" counts nouns
    if unit is not None:
        found_unit, unit_end, surface = unit
        if spelled and found_unit.category == "time":
            return None  # "ten years", "Five-Year Plan": durations spelled out are not quantities
        if before == "first" and found_unit.symbol in _PERIOD_UNITS:
            return None  # "the first 11 months of 2024": a period of the calendar (a date), not a duration
        if _is_name_like(text, start, written_before, surface) or _is_inside_facility_name(
            text, start, written_before, unit_end
        ):
            return None
        if low is None:
            low = parse_spelled(spelled) if spelled else parse_digits(first) * scale
            if low is None:
                return None
        return Found(
            start=start,
            end=unit_end,
            amount=low * found_unit.factor,
            amount_max=None if high is None else high * found_unit.factor,
            unit=found_unit.symbol,
            scale=scale,
        )
    counted = _counted_noun(text, end)
    if counted is not None and not spelled and scale == 1 and "." in (first or ""):
        return None  # "Rule 14.07 exceeds", "1.5 engineers": things are counted in whole numbers
    if counted is None:
        return None  # "a 300-bed hospital": a hyphenated count adjective is no fact, as the annotated sets have it
    noun, noun_end, modifiers = counted
    if year_like and (modifiers or before not in _QUALIFYING):
        return None  # "its 2023 sales" is a year; "more than 2000 sets" is a count
    if _is_name_like(text, start, written_before, noun) or noun.lower() in lexicon().currency_names:
        return None
    if not spelled and high is None and scale == 1 and _is_name_number(text, start, written_before, first):
        return None  # "Power of Siberia 2 talks", "Line 2 trains": the number ends a name
    if low is None:
        low = parse_spelled(spelled) if spelled else parse_digits(first) * scale
        if low is None:
            return None
    return Found(start=start, end=noun_end, amount=low, amount_max=high, unit=singular(noun), scale=scale)


def _elliptical_count(text: str, start: int, run_end: int) -> Found | None:
    """Read a bare whole number that counts a noun named just before it: ``320 technicians, 45 of whom``.

    The noun is the one counted by the last count of the same sentence before the number (digits or spelled
    out: ``Sixty-two companies work there now, 31 of them Chinese``); with none, the number is no quantity.
    """
    number = text[start:run_end]
    if "." in number:
        return None
    window_start = max(0, start - _ANTECEDENT_REACH)
    sentence_start = max(text.rfind(". ", window_start, start), text.rfind("\n", window_start, start))
    window_start = max(window_start, sentence_start + 1)
    counted = None
    for count in _ANTECEDENT_COUNT.finditer(text, window_start, start - 1):
        if _unit_at(text, count.end()) is not None:
            counted = None  # "40 hectares, 12 of which": a measure, left out (is it 12 ha or 12 plots?)
            continue
        candidate = _counted_noun(text, count.end())
        if candidate is not None and candidate[1] <= start:
            counted = candidate
    if counted is None or counted[0].lower() in lexicon().currency_names:
        return None
    return Found(start=start, end=run_end, amount=parse_digits(number), unit=singular(counted[0]))


def _part_count(text: str, start: int, run_end: int, money: Sequence[Found]) -> Found | None:
    """Read a bare whole number that counts the noun of the whole after it: ``412 of its 530 pylons``.

    The whole must be a quantity of its own (a counted noun or a unit), and no amount of money.
    """
    number = text[start:run_end]
    if "." in number:
        return None
    whole_of = _PART_OF_WHOLE.match(text, run_end)
    if whole_of is None:
        return None
    whole_start = whole_of.end()
    if any(item.start <= whole_start < item.end for item in money):
        return None
    match = patterns().number.match(text, whole_start)
    if match is None:
        return None
    whole = _quantity_for(text, match, word_before(text, whole_start))
    if whole is None or whole.start != whole_start:
        return None
    amount = parse_digits(number)
    if whole_of.group("det") is None and (whole.amount_max is not None or amount > whole.amount):
        return None  # "120 of 400 buses" is a part; "2024 of 30 buses" or "5 of 2-3 units" is not
    return Found(start=start, end=run_end, amount=amount, unit=whole.unit)


def _is_change_from(text: str, start: int) -> bool:
    """Tell whether the number at ``start`` follows ``up from`` or ``down from`` and is no year (``up from 2019``
    compares with a time)."""
    if not text.endswith(_CHANGE_FROM, max(0, start - 10), start):
        return False
    year = text[start : start + 4]
    return not (year.isdigit() and year.startswith(("19", "20")) and not text[start + 4 : start + 5].isdigit())


def _never_after_quantity() -> frozenset[str]:
    """Return the printable ASCII characters that cannot directly follow the digits of a quantity.

    After its digits a quantity goes on with a space (a range, a scale word, a unit, a counted noun),
    ``-`` (``10-15``, ``2,000-MW``) or a unit symbol written close (``80%``, ``25JPH``); so ``2023,``,
    ``24/7`` or ``5.`` at a sentence end are no quantities, and their number need not be matched.
    """
    symbol_starts = {symbol[0] for symbol in lexicon().unit_symbols}
    printable = (chr(code) for code in range(0x21, 0x7F))
    return frozenset(c for c in printable if not c.isalpha() and c != "-" and c not in symbol_starts)


_NEVER_AFTER_QUANTITY = _never_after_quantity()


def scan_quantities(text: str) -> list[Found]:
    """Return every quantity in a normalised text, in order, leaving out amounts of money."""
    money = scan_money(text)
    money_starts = [m.start for m in money]
    found: list[Found] = []
    number = patterns().number
    done = 0
    size = len(text)
    for start, run_end in number_spans(text):
        if start < done:
            continue
        elliptical = ""
        if run_end >= 0 and (run_end == size or text[run_end] in _NEVER_AFTER_QUANTITY):
            if run_end == size or text[run_end] not in ".,;" or not _is_change_from(text, start):
                continue  # digits followed by ",", ".", "/", ...: no unit or counted noun can follow
            elliptical = "before"  # "4,000 people, up from 2,800.": the noun is named before
        elif run_end >= 0 and text[run_end] == " " and _nothing_after(text, run_end):
            if text.startswith(" of ", run_end) and _ELLIPTICAL_OF.match(text, run_end):
                elliptical = "before"  # "45 of whom": the noun is named before
            elif text.startswith(" of ", run_end) and _PART_OF_WHOLE.match(text, run_end):
                elliptical = "after"  # "412 of its 530 pylons": the noun is named after
            elif _is_change_from(text, start):
                elliptical = "before"  # "up from 2,800 in 2023"
            else:
                continue  # "12 May", "2023 and"

        index = bisect.bisect_right(money_starts, start) - 1
        if index >= 0 and money[index].end > start:
            continue  # inside an amount of money (tested first: one number in five, and cheaper than the word)
        written_before = word_before(text, start)
        before = written_before.lower()
        if _is_identifier_before(before) and not (run_end >= 0 and _is_percentage_at(text, run_end)):
            continue  # "No. 1 project", "Top 500", "June 12 talks"
        if elliptical:
            if elliptical == "after":
                quantity = _part_count(text, start, run_end, money)
            else:
                quantity = _elliptical_count(text, start, run_end)
            if quantity is not None:
                done = quantity.end
                found.append(extend_backwards(text, quantity, before=before))
            continue
        match = number.match(text, start)
        if match is None:
            continue
        if index + 1 < len(money) and money[index + 1].start < match.end():
            continue
        quantity = _quantity_for(text, match, written_before)
        if quantity is None:
            continue
        done = quantity.end
        found.append(extend_backwards(text, quantity, before=before if quantity.start == start else None))
    return found


def find_quantities(document: Document, text: NormalizedText) -> Iterator[Fact]:
    """Yield a ``quantity`` fact for every quantity in the document."""
    for item in scan_quantities(text.text):
        value = Quantity(amount=item.amount, unit=item.unit, qualifier=item.qualifier, amount_max=item.amount_max)
        yield Fact.from_normalized(document, text, kind="quantity", start=item.start, end=item.end, value=value)
