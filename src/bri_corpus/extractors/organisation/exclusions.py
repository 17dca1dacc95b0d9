"""What is no organisation mention: page regions to leave out and per-mention filters.

Document-level finders give the spans to exclude before linking (datelines, bylines, copyright and follow-us
lines, topic lists); the per-mention predicates tell tickers, codes, time zones, currencies, initials, headings
and gatherings' short forms from organisations' names after linking.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from bri_corpus.values import Organisation

from . import lexicon as lx
from .definitions import LONE_GENERIC
from .gazetteer import OrganisationGazetteer
from .patterns import (
    AMOUNT_AFTER,
    AMOUNT_BEFORE,
    CAPS_DATELINE,
    EXCHANGE_CODE,
    YEAR_BEFORE,
)
from .places import is_known_place

__all__ = [
    "person_initials",
    "code_part",
    "facility_named_by_operator",
    "time_zone",
    "lead_in_capitals",
    "TICKER_BEFORE",
    "short_forms_of_gatherings",
    "dateline_places",
    "byline_names",
    "rights_or_promotion",
    "topic_lists",
    "LAW_TITLE_AFTER",
    "LAW_TITLE_INITIALS",
    "TICKER_WORDS_BEFORE",
    "generic_abbreviation_name",
    "common_word_in_capitals",
    "currency_or_era",
    "PORTFOLIO_BEFORE",
    "inside_gathering",
]

_PERSON_TITLE_BEFORE = regex.compile(
    r"(?:Minister|President|Ambassador|Governor|Mayor|Chairman|Chairwoman|Senator|Lawmaker|Speaker|Mr|Mrs|Ms|Dr"
    r"|General|Secretary|Director|Premier|Judge|Justice) $",
    regex.REVERSE,
)
"""A person's title right before a word: what makes capital letters after it a person's initials."""
_SURNAME_AFTER = regex.compile(r" \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?![\p{L}-])")


def person_initials(text: str, start: int, end: int) -> bool:
    """Tell whether two or three capitals are a person's initials: after a title and before a name of one or
    two capitalised words that is no organisation word (``Prime Minister KP Sharma Oli``, ``Governor AB Yusuf``)."""
    surface = text[start:end]
    if not surface.isupper() or not text.startswith(" ", end) or not text[end + 1 : end + 2].isupper():
        return False
    after = _SURNAME_AFTER.match(text, end)
    if after is None or _PERSON_TITLE_BEFORE.search(text, max(0, start - 14), start) is None:
        return False
    words = after.group().split()
    return not any(w in lx.STRONG_HEADS or w in lx.WEAK_HEADS or w in lx.GENERIC_WORDS or w in lx.TITLES for w in words)


_GATHERING_SHORT_FORM = regex.compile(r" ?\((?P<short>\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)")
"""A short form bracketed right after a gathering's name: ``the 10th Eastern Economic Forum (EEF)``."""

_CODE_NUMBER_AFTER = regex.compile(r" (?!(?:19|20)\d\d\b)\d{1,5}(?![\d.,:/-]*\d)(?! ?(?:%|percent|per cent)\b)")
"""A number of up to five digits after an acronym, not an amount or a year: ``ML 171``, ``EPL 7219``."""


def code_part(text: str, start: int, end: int) -> bool:
    """Whether the word at ``[start, end)`` is part of a code rather than an organisation's acronym.

    A part of a dotted code written without spaces (``SMEN.KZ``, ``KZTO.KZ``: a share's ticker and its market),
    or an acronym of up to four capitals numbered inside brackets (``(ML 171)``, a mining licence; ``(EPL 7)``),
    or capitals after a number and a slash (``Resolution 41/NQ-CP``: the issuer's code in a legal act's number),
    or capitals that open a slash-joined identifier holding a number (``NHA/KKH/EPC/03-2024``, a contract's number).
    """
    before = text[start - 1 : start]
    after = text[end : end + 2]
    if before == "(" and "." in text[start:end] and _RIC.fullmatch(text, start, end) and text[end : end + 1] in ")/;,":
        return True  # "PT Adaro Minerals Indonesia Tbk (ADMR.JK)": a share's code on its market
    if (before == "." and text[start - 2 : start - 1].isalnum()) or (after[:1] == "." and after[1:2].isupper()):
        return text[start:end].isupper()
    if before == "/" and text[start - 2 : start - 1].isdigit():
        return text[start:end].isupper()  # "Resolution 41/NQ-CP", "Decree 15/2018/ND-CP": a document's number
    if after[:1] == "/" and text[start:end].isupper():
        code = _SLASH_CODE.match(text, end)
        if code is not None and any(c.isdigit() for c in code.group()):
            return True  # "Contract No. NHA/KKH/EPC/03-2024": the issuer's acronym opens a document's number
    return (
        end - start <= 4
        and before == "("
        and after[:1] == " "
        and text[start:end].isupper()
        and _CODE_NUMBER_AFTER.match(text, end) is not None
        and text.startswith(")", _CODE_NUMBER_AFTER.match(text, end).end())  # type: ignore[union-attr]
    )


_CLOCK_BEFORE = regex.compile(r"(?<![\d:.])\d{1,2}[:.]\d{2}(?: ?(?:[AaPp]\.?[Mm]\.?|hrs?|h))? $")
"""A clock time right before a word: ``5:47 PM``, ``10.30``, ``14:00 hrs``."""


def time_zone(text: str, start: int, end: int) -> bool:
    """Whether two to five capitals after a clock time are its time zone (``5:47 PM MYT``, ``09:00 WIB``, ``8 AM
    PKT`` is not read: a bare hour is too often an amount), not an organisation's acronym."""
    return (
        end - start >= 2
        and text[start:end].isupper()
        and text[start:end].isalpha()
        and _CLOCK_BEFORE.search(text, max(0, start - 14), start) is not None
    )


_FACILITY_NOUN_AFTER = regex.compile(
    r" (?:dry port|inland port|port|container terminal|terminal|logistics (?:centre|center|hub)|hub)\b"
    r"(?! (?:company|operator))"
)


def facility_named_by_operator(text: str, start: int, end: int) -> bool:
    """Whether a company name opened by a place stands for the facility it runs: ``the Khorgos Gateway dry
    port`` is the port (a place word, tagged as its town), not the operating company.  The name must open with
    a known place (an operator named after its site) and be followed by a lower-case facility noun."""
    if text[end : end + 1] != " " or _FACILITY_NOUN_AFTER.match(text, end) is None:
        return False
    first = text[start:end].split(" ", 1)[0]
    return " " in text[start:end] and is_known_place(first)


_SLASH_CODE = regex.compile(r"(?:/[\p{Lu}\p{N}][\p{Lu}\p{N}.-]*)+")
"""The slash-joined parts of an identifier after its first word: ``/KKH/EPC/03-2024``."""
_RIC = regex.compile(r"\p{Lu}[\p{Lu}\p{N}]{1,5}\.\p{Lu}{1,2}")
"""A Reuters instrument code: a share's ticker and its market's letters, bracketed after the company (``(ADMR.JK)``,
``(BBRI.JK)``, ``(GAZP.MM)``); unbracketed, such a word may be a web address naming a publication (``BM.GE``)."""


_LEAD_NEXT_WORD = regex.compile(r" \p{Ll}")


def lead_in_capitals(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a plural noun in capitals opening a paragraph before lower-case words, written
    nowhere else in the document: a newspaper's lead-in (``MINEWORKERS at the mine ...``), no acronym."""
    if end - start < 4 or (start > 0 and text[start - 1] != "\n") or _LEAD_NEXT_WORD.match(text, end) is None:
        return False
    word = text[start:end]
    if not (word.isalpha() and word.isupper()) or text.find(word, end) >= 0:
        return False
    if end - start >= 6 and word.endswith(_PLURAL_ENDINGS):
        return True
    return _written_in_lower_case(text, word)


def _written_in_lower_case(text: str, word: str) -> bool:
    """Whether the document writes ``word`` (in capitals), or its singular, as an ordinary lower-case word
    (``MINES and energy minister ...`` / ``the Husab mine``): the lead-in is a common noun, no acronym (``KPLC``,
    ``BRICS`` are never written in lower case)."""
    lower = word.lower()
    forms = [lower]
    if lower.endswith("s") and len(lower) > 4:
        forms.append(lower[:-1])
    return any(regex.search(rf"(?<![\p{{L}}-]){form}(?![\p{{L}}-])", text) for form in forms)


_PLURAL_ENDINGS = ("ERS", "ORS", "ANS", "ENTS", "ISTS", "IES", "ERES", "ANTS")
"""Endings of plural nouns: an acronym opening a paragraph (``NEPRA signed``, ``KPLC said``) rarely ends so."""


def local_party_title(text: str, end: int, name: str) -> bool:
    """``Provincial Party Secretary Nguyen Van A``, ``Municipal Party Chief``: a local party committee's office
    holder's title; ``Provincial Party`` names no organisation (``the Provincial Party Committee`` does)."""
    words = name.split(" ")
    return (
        len(words) == 2
        and words[1] == "Party"
        and words[0] in _LOCAL_PARTY_LEVELS
        and text.startswith((" Secretary", " Chief", " Deputy Secretary", " Vice Secretary"), end)
    )


_LOCAL_PARTY_LEVELS = frozenset({"Provincial", "Municipal", "City", "District", "County", "Prefectural", "Regional"})


def bracket_in_law_title(text: str, start: int, end: int) -> bool:
    """``the Minerals (Prospecting and Mining) Act``: a bracketed part of a law's title, no organisation."""
    return (
        start > 0
        and text[start - 1] == "("
        and text.startswith(")", end)
        and LAW_TITLE_AFTER.match(text, end + 1) is not None
    )


TICKER_BEFORE = regex.compile(rf"(?:\(|[;,] ?){EXCHANGE_CODE}: ?$", regex.REVERSE)
"""What stands before a share's ticker: an exchange's code and a colon after a bracket or between tickers
(``(MOEX: GAZP)``, ``(NYSE: BABA)``, ``(HKEX: 1800; SSE: CCCC)``)."""


def short_forms_of_gatherings(text: str, gatherings: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The short forms the document defines for its gatherings (``Eastern Economic Forum (EEF)``): the gathering's
    names wherever they stand (``at the EEF``), no organisation's (unless the gazetteer knows the organisation)."""
    found = set()
    for _, end in gatherings:
        match = _GATHERING_SHORT_FORM.match(text, end)
        if match is not None:
            found.add(match.group("short"))
    return frozenset(found)


def dateline_places(text: str) -> Iterator[tuple[int, int]]:
    """The spans of a dateline's places in capitals (``KUALA LUMPUR:``): places, never acronyms of organisations."""
    for match in _datelines(text, 2000):
        offset = match.start("places")
        if _AGENCY_CODE_AFTER.match(text, match.end("places")):
            yield offset, match.end("places")  # "DJIBOUTI CITY (HOL) -": a dateline's place before its agency code
            continue
        for place in match.group("places").split("/"):
            words = [word.capitalize() for word in place.split(" ")]
            if is_known_place(" ".join(words)) or (
                len(words) > 1 and words[-1] in _CITY_WORDS and is_known_place(" ".join(words[:-1]))
            ):
                yield offset, offset + len(place)  # "KUWAIT CITY:" is the place "Kuwait" and its city word
            offset += len(place) + 1


def _datelines(text: str, end: int) -> Iterator[regex.Match[str]]:
    """The matches of ``CAPS_DATELINE.finditer(text, 0, end)``, tried only at line starts: the pattern opens with
    ``^`` and never crosses a line, and matching at a dozen line starts is three times cheaper than scanning."""
    start = 0
    while 0 <= start < end:
        match = CAPS_DATELINE.match(text, start, end)
        if match is not None:
            yield match
        start = text.find("\n", start, end)
        start = start + 1 if start != -1 else -1


_AGENCY_CODE_AFTER = regex.compile(r" ?\(\p{Lu}[\p{L}-]{1,11}\) ?-{1,2} ")
"""A news agency's code in brackets and a dash after a dateline's place: ``DJIBOUTI CITY (HOL) -``,
``ASTANA (Kazinform) -``; the capitals before it name the place the story is filed from."""
_CITY_WORDS = frozenset({"City", "Town"})


_BYLINE = regex.compile(
    r"(?m)^[ \t]*(?:By|BY) (?P<name>\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){1,3})[ \t]*(?=$|[|,;]| - | and | in )"
)
"""A byline: ``By`` and a person's name of two to four words, alone, before a separator or before the place
the author writes from (``By ZHAO LIJUAN in Garissa``)."""

_BYLINE_CO_AUTHOR = regex.compile(
    r" and (?P<name>\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){1,3})[ \t]*(?=$|[|,;]| - | and | in )", regex.MULTILINE
)
"""A further author on a byline's line: ``By ZHAO LIJUAN in Garissa, Kenya and HE YUNXI in Phnom Penh``."""


_SOCIAL_PLATFORMS = (
    r"(?:twitter|x|facebook|instagram|telegram|linkedin|youtube|whatsapp|viber|tiktok|threads|wechat|weibo"
    r"|google news|bluesky)\b"
)
_RIGHTS_OR_PROMOTION = regex.compile(
    r"(?i)(?:copyright\b|all rights reserved|catch all the\b|follow (?:us|[\w&' ]{2,30}?) on "
    + _SOCIAL_PLATFORMS
    + r")[^\n]*"
)
"""A copyright notice or a follow-us line, to the end of its line: page chrome that the page's own chrome
regions may miss (``Copyright: Any unauthorized use of The Daily Star content``, ``follow Arab News on X``,
``(Catch all the Business News ... updates on The Economic Times.)``)."""

_RIGHTS_OR_PROMOTION_KEYS = (
    "opyright", "OPYRIGHT", "ights reserved", "IGHTS RESERVED", "ollow ", "OLLOW ", "atch all the ",
)  # fmt: skip
"""Where :data:`_RIGHTS_OR_PROMOTION` may match, one character on: found by ``str.find``, far faster than a scan."""


_NOW_ON_PLATFORM = regex.compile(
    r"(?<!\p{L})(?:(?:The )?\p{Lu}[\p{L}&'.-]*(?: \p{Lu}[\p{L}&'.-]*){0,4} )?(?:is|are) now on "
    r"(?i:" + _SOCIAL_PLATFORMS + r")[^\n]*",
)
"""An outlet's promotion line, from its name to the end of the line: ``Gulf News is now on WhatsApp. Click here
to subscribe``, ``The Hindu is now on Telegram``."""


def rights_or_promotion(text: str) -> Iterator[tuple[int, int]]:
    """The spans of copyright notices, follow-us lines (see :data:`_RIGHTS_OR_PROMOTION`) and an outlet's
    ``... is now on WhatsApp`` line (:data:`_NOW_ON_PLATFORM`)."""
    position = text.find(" now on ")
    while position > 0:
        line_end = text.find("\n", position)
        for promotion in _NOW_ON_PLATFORM.finditer(
            text, max(0, position - 60), line_end if line_end >= 0 else len(text)
        ):
            if promotion.end() > position:
                yield promotion.span()
                break
        position = text.find(" now on ", position + 1)
    for key in _RIGHTS_OR_PROMOTION_KEYS:
        position = text.find(key, 1)
        while position > 0:
            start = position - 1 if key[0] != "i" and key[0] != "I" else position - 5
            match = _RIGHTS_OR_PROMOTION.match(text, max(0, start))
            if match is not None and not text[max(0, start - 1) : max(0, start)].isalnum():
                yield match.span()
            position = text.find(key, position + 1)


_LIST_LABEL_LINE = regex.compile(
    r"(?im)^[^\S\n]*(?:(?:search|related|article|news)[^\S\n]+)?(?:keywords?|tags?|topics?)[^\S\n]*:[^\S\n]*\n"
    r"(?P<list>[^\n]{1,300})$"
)
"""A label alone on its line (``Search Keywords:``, ``Tags:``) and the list of topics on the next line: page
chrome, whose names are links to topic pages, not mentions in the story."""
_LIST_LABEL_KEYS = ("eywords:", "EYWORDS:", "ags:", "AGS:", "opics:", "OPICS:", "eyword:", "ag:", "opic:")


def topic_lists(text: str) -> Iterator[tuple[int, int]]:
    """The spans of topic lists under a label line (see :data:`_LIST_LABEL_LINE`); found from the label's key.

    Every key ends a line with a colon: the rare line ends ``:`` are found by one ``str.find`` pass, and the
    keys are looked for only there (the spans come in text order, not in the keys' order: the caller sorts)."""
    colon = text.find(":\n")
    while colon >= 0:
        if text.endswith(_LIST_LABEL_KEYS, 0, colon + 1):
            line_start = text.rfind("\n", 0, colon) + 1
            match = _LIST_LABEL_LINE.match(text, line_start)
            if match is not None:
                yield match.span("list")
        colon = text.find(":\n", colon + 1)


def byline_names(text: str, gazetteer: OrganisationGazetteer) -> Iterator[tuple[int, int]]:
    """The spans of the authors' names in bylines (``By JAMES ANYANZWA``): persons, never acronyms.

    Not when the byline names an organisation (a gazetteer name, or a name with a head word: ``By Xinhua``,
    ``By Staff of the Trade Commission``)."""
    if "By " not in text and "BY " not in text:
        return
    for match in _BYLINE.finditer(text, 0, 3000):
        line_end = text.find("\n", match.end())
        bar = text.find("|", match.end(), len(text) if line_end < 0 else line_end)
        byline_end = bar if bar >= 0 else len(text) if line_end < 0 else line_end
        names = [match]
        if text.find(" and ", match.end(), byline_end) >= 0:
            names.extend(_BYLINE_CO_AUTHOR.finditer(text, match.end(), byline_end))
        for name_match in names:
            name = name_match.group("name")
            words = name.title().split(" ")
            if gazetteer.lookup(name) is None and not any(w in lx.STRONG_HEADS or w in lx.WEAK_HEADS for w in words):
                yield name_match.span("name")


LAW_TITLE_AFTER = regex.compile(r" (?:Act|Acts|Bill|Ordinance|Decree|Proclamation)\b(?!-)")
"""A law named after the body it sets up (``Port City Economic Commission Act``) names no organisation."""

LAW_TITLE_INITIALS = frozenset("ABODP")
"""First letters of the words of :data:`LAW_TITLE_AFTER`: a set lookup decides most mentions."""

TICKER_WORDS_BEFORE = regex.compile(
    r"\b(?:ticker(?: symbol)?|stock code|share code|trading code|under the (?:code|symbol))[:\s]*$", regex.IGNORECASE
)
"""A share's code: ``listed under the ticker PPA``, ``(stock code: 1186)``."""

_ENGLISH_WORD_IN_CAPITALS = regex.compile(
    r"\p{Lu}{3,}(?:TION|SION|MENT|NESS|ANCE|ENCE|ITY|INGS|ICAL|ABLE|IBLE|URES|ATIVE|ORY)S?"
)


def generic_abbreviation_name(name: str) -> bool:
    """A name made of a generic abbreviation and generic words only: ``JV Company``, ``SPV``."""
    words = name.split(" ")
    return words[0] in _GENERIC_ABBREVIATIONS and all(w in LONE_GENERIC for w in words[1:])


_GENERIC_ABBREVIATIONS = frozenset({"JV", "SPV"})


def common_word_in_capitals(text: str, start: int, end: int) -> bool:
    """A one-word mention in capitals with an English noun's or adjective's ending (``ANNOUNCEMENT``,
    ``INTRODUCTION``, ``COMMUNITY``): a heading word, which no acronym or brand of seven letters and more ends so."""
    return end - start >= 7 and _ENGLISH_WORD_IN_CAPITALS.fullmatch(text, start, end) is not None


_WIRE_END_MARKS = frozenset({"END", "ENDS", "ENDIT", "MORE"})
"""The words a wire story's end or continuation mark is made of: ``(END)``, ``-ENDS-``, ``(MORE)``."""


def wire_end_mark(text: str, start: int, end: int) -> bool:
    """A wire story's end mark (``(END)``, ``-ENDS-``, ``== END ==``): a capital word of :data:`_WIRE_END_MARKS`
    between brackets, dashes or equals signs, which no acronym of an organisation is."""
    if text[start:end] not in _WIRE_END_MARKS:
        return False
    before = text[max(0, start - 2) : start].strip()
    after = text[end : end + 2].strip()
    return before[-1:] in ("(", "[", "-", "=") and after[:1] in (")", "]", "-", "=")


def currency_or_era(text: str, start: int, end: int) -> bool:
    """Tell whether a short capital word stands as a currency or calendar era, not as an organisation's acronym.

    A currency sign before ``$`` (``SI$45.5 million``, ``FJ$90 million``); an ISO 4217 code next to an amount
    (``SBD 386 million``, ``450,000 GNF``) or bracketed after a currency's name (``Guinean francs (GNF)``);
    an era mark after a year (``2081/03/12 BS``, ``21 Asoj 2080 BS``).
    """
    surface = text[start:end]
    if _MAGNITUDE_AFTER.match(text, end) is not None:
        return True  # "ZiG 412 million", "Tk 38 crore": a currency's code before an amount in words
    if not surface.isupper():
        return False
    if text[end : end + 1] in _CURRENCY_SIGNS:
        return True  # "SI$45.5 million", "GH¢1.86 billion", "HK$", "NZ$": a currency's sign, no organisation
    window = max(0, start - 20)
    if surface in lx.ISO_4217_CODES and (AMOUNT_AFTER.match(text, end) or AMOUNT_BEFORE.search(text, window, start)):
        return True
    return surface in lx.ERA_MARKS and YEAR_BEFORE.search(text, window, start) is not None


_MAGNITUDE_AFTER = regex.compile(r" ?\d[\d.,]* ?(?:million|billion|trillion|bn|mn|crore|lakh)\b")
"""An amount with its magnitude word right after a short word: what makes the word a currency's code."""

_CURRENCY_SIGNS = frozenset("$¢₵€£₦₹¥₸₽")
"""Currency signs that letters before them make a currency's symbol (``GH¢``, ``GH₵``, ``HK$``, ``KZ₸``)."""

PORTFOLIO_BEFORE = regex.compile(r"\bMinisters?\s+(?:of|for)\s+(?:the\s+)?$")
"""What stands before a ministerial portfolio (``Minister of Ports and Shipping``, ``Minister for Power``)."""


def inside_gathering(start: int, end: int, value: Organisation, gathering: tuple[int, int]) -> bool:
    """Tell whether a mention lies in a gathering's name and so is no organisation mention of its own.

    A mention strictly inside the name (``SCO`` in ``SCO summit``) always is; one that is the whole name
    (``CIIE``) is, unless the gazetteer knows it as an organisation (``CICA`` is a body as well as a conference).
    """
    if not (gathering[0] <= start and end <= gathering[1]):
        return False
    return (end - start) < (gathering[1] - gathering[0]) or value.id is None


_MODEL_AFTER = regex.compile(r" \p{Lu}{1,3}-?\d{2,5}[\p{Lu}\p{Ll}]{0,3}(?: \p{Lu}\p{Ll}+)? \p{Ll}")
"""A product's model code after a maker's name and a lower-case noun after it: ``Shacman X3000 heavy trucks``,
``Yutong ZK6125 buses``, ``Sany SY215 Pro excavators``."""


def product_model(text: str, end: int) -> bool:
    """Whether the maker's name ending at ``end`` opens a product's name (a model code follows, then a lower-case
    word): ``150 Shacman X3000 heavy trucks`` names the trucks, not the maker; ``Sinopec 2023 results`` (a year,
    no letter) and ``Huawei 5G network`` (no model code) stay mentions."""
    return _MODEL_AFTER.match(text, end) is not None
