"""Compiled patterns of the organisation finder, all on normalised text.

A *chunk* is a run of capitalised words on one line, joined by single spaces
and the few lower-case words that stand inside names (``of``, ``and``, ``for``,
``the``, ``&``), plus legal-form tails with their punctuation (``Co., Ltd.``,
``Co.,Ltd``).  Names are looked for only inside chunks.
"""

from __future__ import annotations

import re

import regex

__all__ = [
    "AMOUNT_AFTER",
    "AMOUNT_BEFORE",
    "BRACKETED_SHORT_FORM",
    "CAPS_DATELINE",
    "CHUNK",
    "DEFINITION_PHRASE",
    "EXCHANGE_CODE",
    "PARENTHESIS_ALIAS",
    "TOKEN",
    "WORD",
    "YEAR_BEFORE",
]

WORD = (
    r"(?:People's|\p{Lu}[\p{L}\p{M}\p{N}]*(?:'(?!s\b)\p{L}+)?"
    r"(?:(?:[-&]|/(?!\p{Lu}\p{Ll}\p{Ll}))"
    r"(?!(?:based|owned|funded|backed|listed|made|built|run|led|registered|controlled|headquartered|local)\b)"
    r"[\p{L}\p{N}]+)*(?:'(?<=\p{Ll}s')(?=\ \p{Lu}))?)"
)
"""One capitalised word: ``Samruk-Kazyna``, ``Xi'an``, ``B&R``; a possessive ``'s`` is not part of it, nor a
slash before a capitalised word (``Trafigura/Mota-Engil``: two names) or a suffix such as ``-based``, ``-local``.
A plural possessive before a capitalised word is (``Vietnam Automobile Manufacturers' Association``,
``Workers' Party``)."""

EXCHANGE_CODE = r"(?:[A-Z]{2,6}|Nasdaq)"
"""A stock exchange's code before a share's ticker and a colon (``NSE: SCOM``, ``HKEX: 1800``, ``Nasdaq: BIDU``)."""

_CONNECTOR = r"(?:of|and|for|the|de|du|des|&|Of|And|For|The)"
_LEGAL_TAIL = (
    r"(?:\.,?\ ?|,\ ?)"
    r"(?:Ltd|LTD|Limited|LIMITED|Inc|INC|Co|CO|Corp|LLC|LLP|JSC|PLC|Plc|AG|GmbH|Pvt|Pte|Bhd|S\.A|N\.V|B\.V)\b"
)

_DOTTED_LEGAL = r"(?:S\.A\.S|S\.A\.C|S\.A\.A|S\.A\.E|S\.A|S\.C|S\.p\.A|S\.R\.L|S\.r\.l|N\.V|B\.V|A\.S|A\.G|C\.A)"
"""Legal forms spelt with full stops after a space (``Cosco Shipping Ports Chancay Peru S.A.``,
``Ansaldo Energia S.p.A.``): one word, whose final full stop :meth:`_emit` adds to the name."""

_ORDINAL = r"(?:[1-9]\d?(?:st|nd|rd|th)|[1-9]\d?(?=\ (?:Engineering\ )?Bureau\b))"
"""A numbered unit inside a name: ``China Railway 20th Bureau Group``, ``China Railway 14th Bureau``, and the
bare number before ``Bureau`` that many reports print (``China Railway 20 Bureau Group Corporation``)."""

_NUMBERED = r"(?:No\.\ [1-9]\d?)"
"""A unit's number inside a name: ``China Railway No. 5 Engineering Group``, ``China Construction No. 8
Engineering Division`` (the numbered subsidiaries of Chinese builders); one word to the finder."""

_ELIDED = r"(?:[dl]'(?=\p{Lu}))"
"""A French or Italian article elided before a capitalised word inside a name: ``Cote d'Ivoire``,
``Societe d'Energie``; the word keeps it (``d'Ivoire`` is one token)."""

CHUNK = regex.compile(
    rf"""
    (?=\p{{Lu}})                 # a capital first: the cheapest test, so most positions fail at once
    (?<![\p{{L}}\p{{N}}'-])
    {WORD}
    (?:
        \ {_NUMBERED}(?=\ \p{{Lu}})    # "China Railway No. 5 Engineering Group": a numbered unit
      | \ {_DOTTED_LEGAL}(?=\.)
      | \ (?:{_CONNECTOR}\ ){{0,2}}{_ELIDED}?{WORD}
      | \ {_ORDINAL}(?=\ \p{{Lu}})   # "China Railway 20th Bureau Group": an ordinal inside a name
      | {_LEGAL_TAIL}
    )*
    """,
    regex.VERBOSE,
)
"""A run of capitalised words that may hold one or more names."""

TOKEN = regex.compile(
    rf"(?<=\ ){_NUMBERED}(?=\ )|(?<=\ ){_DOTTED_LEGAL}(?![\p{{L}}.])|(?<=\ ){_ELIDED}{WORD}|{WORD}"
    rf"|(?<=\ ){_CONNECTOR}(?=\ )|(?<=\ ){_ORDINAL}(?=\ )"
)
"""The words of a chunk: capitalised words and the connectors between them."""

PARENTHESIS_ALIAS = regex.compile(
    r"\ ?\((?:hereinafter(?:\ referred\ to\ as)?\ |or\ |aka\ )?(?:\"[^()\n\"]{1,30}\"(?:,\ |,?\ (?:or|and)\ ))*"
    r"\"?([^()\n\"]{1,40}?)\"?\)"
)
"""A short form defined in brackets right after a name: ``China Machinery Co., Ltd. (CMC)``; the last of a filing's
list of defined terms (``(hereinafter "the Company" or "CRBC")``)."""

DEFINITION_PHRASE = re.compile(
    r"""
    \b(?:
        (?P<old>(?:also|formerly|previously|originally)\ (?:known|called|named)\ as|also\ called|formerly|previously
               |hereinafter(?:\ referred\ to)?\ as|referred\ to\ as|abbreviated\ (?:as|to)|short\ for|known\ as)
      | (?P<new>changed\ (?:its|their)\ names?\ to|(?:was\ |were\ |been\ |later\ )?renamed(?:\ as|\ to)?
               |now\ (?:known\ as|called)|rebranded\ as|became\ known\ as)
    )\ "?(?=[A-Z])
    """,
    re.VERBOSE,
)
"""Phrases that make two names one organisation; ``old`` keeps the first name, ``new`` takes the second."""

TITLE_CASE_WORD = regex.compile(r"\b[\p{L}][\p{L}'-]{3,}")
"""Words of four letters or more, to tell headlines in Title Case from prose."""

_CAPS_PLACE = r"\p{Lu}[\p{Lu}\p{M}'.-]*\p{Lu}(?:[ ]\p{Lu}[\p{Lu}\p{M}'.-]*\p{Lu}){0,2}"
"""A place in capitals, accented letters included (``LÀO CAI``, ``ĐÀ NẴNG``, ``SÃO PAULO``)."""

CAPS_DATELINE = regex.compile(
    rf"(?m)^[^\S\n]*(?P<places>{_CAPS_PLACE}(?:/{_CAPS_PLACE}){{0,3}})(?=,[ ]|[ ]?\(|[ ]?-{{1,2}}[ ]|:[ ])"
)
"""The places in capitals that open a dateline: ``KUALA LUMPUR:``, ``PHNOM PENH, Nov. 1``, ``BELGRADE/PODGORICA,``."""

BRACKETED_SHORT_FORM = regex.compile(r"\((?P<short>[A-Z][A-Za-z]{1,7})\)")
"""A short form in brackets after a word: ``the East Coast Rail Link (ECRL)``."""

AMOUNT_BEFORE = regex.compile(
    r"\d(?:\ (?:million|billion|trillion|thousand|bn|mn|m|b|crore|lakh|lakhs|crores))?\ $|[a-z]\ \($", regex.REVERSE
)
"""What stands before a currency code: an amount (``2,350 billion GNF``) or a currency's name (``francs (GNF)``)."""
AMOUNT_AFTER = regex.compile(r"\ ?\d")
"""What stands after a currency code: an amount (``SBD 386 million``, ``GNF2bn``)."""
YEAR_BEFORE = regex.compile(r"(?:(?<!\d)\d{3,4}|\d[/.-]\d{1,2})\ $", regex.REVERSE)
"""A year or a numeric date before an era mark: ``2081 BS``, ``1445 AH``, ``2081/03/12 BS``."""
