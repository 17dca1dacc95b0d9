"""Resolve a company anaphor (``The company``, ``the Chinese firm``, ``the contractor``, ``It``) to an organisation.

A subject anaphor points back to the organisation the text last told about as a
subject (``CRBC said ... . The company also signed ...`` → CRBC, not the Kenya
Railways it signed with).  An anaphor whose noun names a kind of body (``the
bank``, ``the fund``, ``the authority``) prefers the latest organisation whose name
has that word (``Export-Import Bank of China``).

An organisation is a subject when nothing before it in its clause makes it an
object (no ``with`` / ``to`` / ``by`` ... right before it) and a verb follows it,
after at most a bracketed short form, an apposition, co-ordinated names,
auxiliaries, adverbs or a short time phrase: ``China Road and Bridge Corporation
(CRBC) on Tuesday handed over``, ``PowerChina and WAPDA agreed``, ``CRBC said``.
The tests run on the masked text (names blanked), once per organisation and
document, and only on the organisations between an anaphor and the latest subject
before it.
"""

from __future__ import annotations

import regex

from .entities import Entity, FactIndex
from .lexicon import lexicon

__all__ = ["is_subject", "resolve_anaphor"]


_OBJECT_BEFORE = regex.compile(
    r"\b(?i:with|to|from|by|of|for|in|at|on|between|among|and|or|than|via|under|into|over|about|like|including|as|"
    r"signed|visited|met|joined|acquired|bought)\s+(?:(?i:the)\s+)?(?:\x00+'s\s+)?$"
)
_SUBJECT_AFTER = regex.compile(
    r"""
    (?:\s*\([^()]{1,40}\))?                                    # (CRBC)
    (?:\s*(?:,|and|&|,\s*and)\s+(?:the\s+)?\x00+(?:\s*\([^()]{1,40}\))?)*   # and WAPDA
    (?:,\s+[^,;]{1,80},)?                                      # , a Chinese state-owned company,
    \s+
    (?:(?:has|have|had|was|were|is|are|also|then|later|recently|successfully|formally|officially|jointly|
          reportedly|already|first|today|yesterday|\w+ly|on\s+\w+day|on\s+[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?|
          last\s+\w+|this\s+\w+|earlier\s+this\s+\w+|in\s+\d{4})\s+)*
    (?:said|says|signed|won|built|sent|made|took|met|began|held|set|launched|will|would|can|could|has|had|is|
       was|are|were|beat|bought|sold|paid|got|gave|became|brought|chose|led|ran|saw|spent|struck|undertook|
       \w+ed|\w+es)\b
    """,
    regex.VERBOSE,
)


def is_subject(index: FactIndex, organisation: Entity) -> bool:
    """True when the organisation stands as a subject (see the module docstring); memoised per document."""
    key = ("subject", organisation.start)
    verdict = index.memo.get(key)
    if verdict is None:
        masked = index.masked
        verdict = index.memo[key] = not _OBJECT_BEFORE.search(
            masked, max(0, organisation.start - 40), organisation.start
        ) and bool(_SUBJECT_AFTER.match(masked, organisation.end, min(len(masked), organisation.end + 200)))
    return bool(verdict)


def resolve_anaphor(index: FactIndex, anaphor: regex.Match[str]) -> str | None:
    """Return the organisation the anaphor points back to, or ``None`` (no subject organisation before it).

    The organisations before the anaphor are tried from the nearest back, so a document is searched only as
    far as its latest subject.
    """
    head = " ".join(anaphor.group("head").lower().split())
    before = anaphor.start()
    if anaphor.group("head") in _DEFINED_TERMS:
        issuer = _issuer(index, anaphor.string, before)
        if issuer is not None:
            return issuer
    name_heads = lexicon().anaphor_name_heads
    if head in name_heads:
        named = _latest_named(index, head, before)
        if named is not None:
            return named
    business = head not in name_heads and head not in _NOT_BUSINESS
    parties = index.parties
    for i in range(index.party_index(before) - 1, -1, -1):
        entity = parties[i]
        if entity.kind == "organisation" and entity.end <= before and is_subject(index, entity):
            if business and _PUBLIC_BODY.search(entity.name):
                continue  # "HIPA signed ... with Sunwoda. The Shenzhen-based company broke ground": no agency
            return entity.name
    return None


# "the Company", "the Group" written with a capital: the defined term of an annual report or a filing, which
# stands for its issuer however many subsidiaries the text names in between.
_DEFINED_TERMS = frozenset({"Company", "Group"})
# How near the top of the document the issuer is named (a filing's title or first line).
_ISSUER_REACH = 400


def _issuer(index: FactIndex, text: str, before: int) -> str | None:
    """The issuer a capitalised ``the Company`` stands for: the organisation the text defines as
    ``(the "Company")``, else the first organisation of the document, named near its top; only when the document
    writes the defined term mid-sentence (``the Company's chairman``, ``the Group's revenue``) somewhere; else
    None (a sentence-initial ``The Company`` alone may be any company)."""
    if text.find("the Company") < 0 and text.find("the Group") < 0:
        return None
    defined = max(text.find('"Company")', 0, before), text.find('"Group")', 0, before))
    if defined >= 0:
        # 'China Energy Engineering Corporation Limited (the "Company")': the organisation right before the definition
        named = [e for e in index.parties_between(max(0, defined - 200), defined) if e.kind == "organisation"]
        return named[-1].name if named else None
    first = next((entity for entity in index.parties if entity.kind == "organisation"), None)
    if first is None or first.start > _ISSUER_REACH or first.start >= before:
        return None
    return first.name


_NOT_BUSINESS = frozenset({"it", "they", "latter", "former"})
"""Anaphors that may stand for any body; every other anaphor noun but a body's own (``the bank``, ``the authority``)
names a business (``the Shenzhen-based company``, ``the plant``)."""

# A public body's name: no company, firm or contractor points back to it.
_PUBLIC_BODY = regex.compile(
    r"\b(?:Ministry|Ministries|Agency|Authority|Department|Commission|Council|Government|Embassy|Consulate|"
    r"Parliament|Assembly|Municipality|Office|Directorate|Administration|Presidency|Cabinet)\b"
)


def _latest_named(index: FactIndex, head: str, before: int) -> str | None:
    """Return the latest organisation before ``before`` whose name has the word ``head`` (``the bank``)."""
    parties = index.parties
    for i in range(index.party_index(before) - 1, -1, -1):
        entity = parties[i]
        if entity.kind == "organisation" and regex.search(rf"\b{regex.escape(head)}\b", entity.name, regex.IGNORECASE):
            return entity.name
    return None
