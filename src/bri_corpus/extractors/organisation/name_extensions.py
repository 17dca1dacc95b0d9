"""Extend names the chunk scan cut short, by what stands right after them.

* A bracketed group word inside a Chinese legal name: ``China Railway Engineering (Group) Co., Ltd.``,
  ``Sinopec (Hong Kong) Limited``, and the bracketed private form of South Asian companies (``Hub Power
  Services (Pvt) Ltd``, ``Engro Energy (Private) Limited``) and of Indonesian state companies (``PT Hutama Karya
  (Persero)``): the bracket and the legal form after it belong to the name.
* The remit after a committee: ``Senate Standing Committee on Power``, ``Standing Committee on Foreign Affairs``.
* A number after ``Bureau``: ``Sinohydro Bureau 8``, the numbered bureaus of Chinese builders.
* The rest of a ministry's list of portfolios after a comma: ``Ministry of Planning, Development and Special
  Initiatives``, ``Ministry of Agriculture, Forestry and Fisheries`` (every item holds a portfolio word).
* The formal name of a state body's country: ``State Council of the People's Republic of China``,
  ``Central Bank of the Republic of Uzbekistan`` (``of the`` and a country's name, never a demonym).
* The host country of an embassy: ``Embassy of the Republic of Kazakhstan in the Kyrgyz Republic``,
  ``the Chinese Embassy in Nepal`` (a country only: in ``the Kazakh Embassy in Beijing`` the city is a place);
  :func:`embassy_aliases` then links the mentions of one embassy.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from . import lexicon as lx
from .candidates import Candidate
from .places import country_code, is_country, is_known_place

__all__ = ["embassy_aliases", "extend_names"]

_BRACKETED_GROUP = regex.compile(
    r" \((?:(?:Group|Holdings?|(?P<international>International|Overseas)"
    r"|(?P<place>HK|\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}{2,})?)|(?!PVT\)|HK\))(?P<acronym>\p{Lu}[\p{Lu}&]{1,5}))\)"
    r" (?:Co\.?,? ?Ltd\b\.?|Co\. Ltd\b\.?|Company Limited|Corporation Limited|Co\., Limited|Corporation|Company|Limited"
    r"|Ltd\b\.?|Pte\.? Ltd\b\.?|Inc\.|Corp\.|Co\.|Sdn\.? Bhd\b\.?"
    r"|(?:Berhad|Bhd|JSC|LLP|LLC|PLC|AG|GmbH|Zrt|Kft|PJSC)\b\.?)"
    r"|(?:Pvt|PVT|Private|PRIVATE)\.?\) (?:Ltd\.?|LTD\.?|Limited|LIMITED)(?![\p{L}\p{N}])"
    r"|Persero\)(?: Tbk\b)?(?![\p{L}\p{N}]))"
)
"""A bracket inside a legal name: a Chinese group word (``China Railway Tunnel (Group) Co., Ltd.``), the private
limited form of South Asian companies (``Lanka Hydraulic Institute (Pvt) Ltd``, ``Engro Energy (Private) Limited``),
the state-owned form of Indonesian companies (``PT Hutama Karya (Persero)``, ``PT Wijaya Karya (Persero) Tbk``),
an acronym (its own or its parent's: ``Ramu NiCo Management (MCC) Limited``),
or the place or ``(International)`` of a foreign subsidiary (``Bank of China (Malaysia) Berhad``,
``China Railway Construction Corporation (International) Limited``, ``ICBC (Almaty) JSC``, a Malaysian
private company's site, ``Jinko Solar (Penang) Sdn Bhd``): that one names
another company than its parent, so the parent's gazetteer entry is dropped."""
_BUREAU_NUMBER = regex.compile(
    r" (?:No\. )?\d{1,2}(?![\d%]|[.,]\d|\.\d| ?(?:percent|per cent)\b)"
    r"(?: (?:Co\.,? ?Ltd\b\.?|Co\. Ltd\b\.?|Company Limited|Corporation Limited|Co\., Limited|Corporation|Company"
    r"|Limited|Ltd\b\.?)(?![\p{L}\p{N}]))?"
)
"""A bureau's number, with the legal form that may follow it: ``Sinohydro Bureau 8 Co., Ltd.``."""
_TIME_WORDS = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Behalf)\b"
)
_COMMITTEE_HEADS = frozenset({"Committee", "Subcommittee", "Sub-Committee", "Commission", "Caucus"})
_COMMITTEE_REMIT = regex.compile(
    r" on (?:the )?(?!%s)\p{Lu}[\p{L}'-]*(?:,? (?:and |& )?(?!%s)\p{Lu}[\p{L}'-]*){0,5}(?![\p{L}\p{N}'-])"
    % ((_TIME_WORDS,) * 2)
)
"""The remit after a committee's name, which belongs to it: ``Senate Standing Committee on Power``,
``Standing Committee on Finance and Revenue``, ``Parliamentary Committee on Foreign Affairs``."""
_APPOSITIVE_COMPANY_NOUNS = (
    r"(?:consortium|joint venture|company|firm|contractor|subsidiary|affiliate|unit|operator|developer|builder"
    r"|partnership|venture|group|concessionaire|special purpose vehicle)"
)
_NAME_BEFORE_APPOSITIVE = regex.compile(
    r" (?P<rest>\p{Lu}\p{Ll}[\p{L}-]*(?: \p{Lu}\p{Ll}[\p{L}-]*)?)"
    rf"(?=, (?:a|an|the) (?:[\p{{L}}-]+ ){{0,3}}{_APPOSITIVE_COMPANY_NOUNS}\b)"
)
"""The rest of a company's name after its leading acronym, before an appositive that says what it is:
``APCA Transmimetro, a consortium of ...``, ``CMC Akoya, the joint venture ...``."""
_EMBASSY_HOST = regex.compile(
    r" in (?:the )?(?P<host>\p{Lu}[\p{L}'-]*(?: (?:of (?:the )?)?(?:[dl]')?\p{Lu}[\p{L}'-]*){0,5})"
)
_COUNTRY_COMPLEMENT = regex.compile(
    r" of (?:the )?(?P<host>\p{Lu}[\p{L}'-]*(?: (?:of (?:the )?)?(?:[dl]')?\p{Lu}[\p{L}'-]*){0,5})"
)
"""A country after a ministry's list of portfolios: ``Ministry of Mines, Petroleum and Energy of Cote d'Ivoire``."""


def _with_end(
    candidate: Candidate,
    text: str,
    end: int,
    form: str | None = None,
    *,
    subsidiary: bool = False,
    site: str | None = None,
) -> Candidate:
    """The candidate extended to ``end``; ``site``: a bracketed place that stays out of its words (and so of
    its core), so that ``Kibing Solar`` repeats ``Kibing Solar (Melaka) Sdn Bhd``."""
    surface = text[candidate.start : end]
    extra_text = text[candidate.end : end]
    if site is not None:
        extra_text = extra_text.replace(f"({site})", " ", 1)
    extra = tuple(w for w in extra_text.replace("(", " ").replace(")", " ").split() if w)
    words = candidate.words + tuple(w.rstrip(".,") for w in extra if w not in lx.CONNECTORS and w != "in")
    return Candidate(
        start=candidate.start,
        end=end,
        surface=surface,
        form=form if form is not None else (surface if candidate.form == candidate.surface else candidate.form),
        entry=None if subsidiary else candidate.entry,
        words=tuple(w for w in words if w),
    )


def _host(text: str, end: int, pattern: regex.Pattern[str] = _EMBASSY_HOST) -> tuple[int, str] | None:
    """The end offset and the country of an embassy's host after ``end`` (`` in the Kyrgyz Republic``), or of
    the country after ``pattern``'s other preposition."""
    match = pattern.match(text, end)
    if match is None:
        return None
    host = match.group("host")
    words = host.split(" ")
    for size in range(len(words), 0, -1):
        last = words[size - 1]
        if last in lx.CONNECTORS:
            continue
        kept = " ".join(words[:size])
        if country_code(kept) is not None or country_code(last) is not None:
            return match.start("host") + len(kept), _country(kept)
    return None


_STATE_BODY_HEADS = frozenset(
    {
        "Council", "Ministry", "Government", "Cabinet", "Commission", "Committee", "Bank", "Authority", "Agency",
        "Administration", "Court", "Parliament", "Office", "Congress", "Assembly", "Senate", "Bureau",
        "Procuratorate", "Inspectorate", "Directorate", "Treasury", "Presidency",
    }
)  # fmt: skip
"""Heads of state bodies whose name may close with their country's formal name after ``of the``."""


def _formal_country_end(text: str, end: int) -> int | None:
    """The end of a country's formal name after `` of the `` at ``end`` (``... of the People's Republic of
    China``, ``... of the Kyrgyz Republic``): a country's name, never a demonym (``of the Chinese side``)."""
    match = _COUNTRY_COMPLEMENT.match(text, end)
    if match is None:
        return None
    words = match.group("host").split(" ")
    for size in range(len(words), 0, -1):
        kept = " ".join(words[:size])
        if words[size - 1] not in lx.CONNECTORS and is_country(kept):
            return match.start("host") + len(kept)
    return None


def _country(phrase: str) -> str:
    """The ISO code of the country a place phrase names (``the Kyrgyz Republic``, ``Kyrgyz`` → ``KG``);
    else the phrase itself."""
    phrase = phrase.removeprefix("the ")
    for size in (0, 1):
        for part in (phrase,) if size == 0 else reversed(phrase.split(" ")):
            code = country_code(part)
            if code is not None:
                return code
    return phrase


_PORTFOLIO_ITEM = r"\p{Lu}[\p{L}-]*(?: (?:and |& )?\p{Lu}[\p{L}-]*){0,2}"
_PORTFOLIO_LIST = regex.compile(
    rf"(?P<items>(?:, {_PORTFOLIO_ITEM})*),? (?:and|&) (?P<last>{_PORTFOLIO_ITEM})(?![\p{{L}}'-]| \p{{Lu}})"
)
_PORTFOLIO_BODIES = ("Ministry of ", "Ministry for ", "Department of ", "Commission for ", "Commission of ",
                     "State Committee for ", "State Committee of ", "Committee for ",
                     # societies, chambers and federations of sectors: "National Society of Mining, Petroleum
                     # and Energy", "Chamber of Commerce, Industry and Agriculture"
                     "Society of ", "Association of ", "Federation of ", "Chamber of ", "Council for ",
                     "Institute of ", "Institute for ", "Confederation of ")  # fmt: skip
_PORTFOLIO_BODY = regex.compile(rf"(?:\p{{Lu}}[\p{{L}}'-]+ ){{0,2}}(?:{'|'.join(_PORTFOLIO_BODIES)})")
"""A ministry's name that may go on with a list of portfolios, also after its country word
(``Serbian Ministry of Construction, Transport and Infrastructure``)."""


def _portfolio_end(text: str, candidate: Candidate) -> int | None:
    """The end of the portfolio list after a ministry's name cut at a comma (``Ministry of Planning``
    ``, Development and Special Initiatives``); ``None`` unless every item holds a portfolio word."""
    if not _PORTFOLIO_BODY.match(candidate.form):
        return None
    match = _PORTFOLIO_LIST.match(text, candidate.end)
    if match is None or not match.group("items"):
        return None
    items = [item for item in match.group("items").split(", ") if item] + [match.group("last")]
    for item in items:
        words = [w for w in item.split(" ") if w not in lx.CONNECTORS]
        if not any(w in lx.PORTFOLIO_WORDS or w in lx.GENERIC_WORDS for w in words):
            return None
        if any(w in lx.TITLES or w in lx.STRONG_HEADS or is_known_place(w) for w in words):
            return None
    return match.end()


_RUN_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}\p{N}&'-]*\ )*\p{Lu}[\p{L}\p{N}&'-]*$")


def _bracketed_group_names(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Names with a bracketed group word that no mention ends before: ``China Railway Tunnel (Group) Co., Ltd.``."""
    ends = {c.end for c in candidates}
    found = []
    for match in _BRACKETED_GROUP.finditer(text):
        if match.start() in ends:
            continue
        run = _RUN_BEFORE.search(text, max(0, match.start() - 80), match.start())
        if run is None:
            continue
        words = run.group().split(" ")
        while words and words[0] in lx.SENTENCE_STARTERS:
            words.pop(0)
        if len(words) < 2:
            continue
        start = match.start() - len(" ".join(words))
        if any(c.start < match.start() and start < c.end and c.start < start for c in candidates):
            continue
        found.append(
            Candidate(start=start, end=match.start(), surface=text[start : match.start()],
                      form=text[start : match.start()], entry=None, words=tuple(words))
        )  # fmt: skip
    return found


def extend_names(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates, each extended by what belongs to its name after it (see the module docstring)."""
    if " (" in text:
        added = _bracketed_group_names(text, candidates)
        if added:
            spans = [(c.start, c.end) for c in added]
            candidates = [c for c in candidates if not any(s <= c.start and c.end <= e for s, e in spans)] + added
    out = []
    for candidate in candidates:
        end = candidate.end
        words = candidate.words
        if not words:
            out.append(candidate)
            continue
        if text.startswith(" (", end):
            match = _BRACKETED_GROUP.match(text, end)
            if match is not None:
                place = match.group("place")
                # "(International)" or a place names the parent's foreign arm, another company.
                subsidiary = (place is not None or match.group("international") is not None) and (
                    candidate.entry is not None
                )
                # A company named after its site, the parent unknown: its name before the bracket is its short form.
                site = place if place is not None and candidate.entry is None else None
                # "Ramu NiCo Management (MCC) Limited": a parent's or its own acronym inside the legal name, no
                # word of its core (``Ramu NiCo`` repeats it) and no mention of its own
                acronym = match.group("acronym")
                if acronym is not None:
                    site = acronym
                    subsidiary = candidate.entry is not None
                candidate = _with_end(candidate, text, match.end(), subsidiary=subsidiary, site=site)
        elif (
            len(words) == 1
            and words[0].isupper()
            and text.find(", ", end, end + 36) > 0
            and (match := _NAME_BEFORE_APPOSITIVE.match(text, end)) is not None
            and not any(
                w in lx.TITLES or w in lx.GENERIC_WORDS or w in lx.SENTENCE_STARTERS
                for w in match.group("rest").split(" ")
            )
        ):
            candidate = _with_end(candidate, text, match.end(), subsidiary=candidate.entry is not None)
        elif words[-1] == "Bureau" and text.startswith(" ", end):
            match = _BUREAU_NUMBER.match(text, end)
            if match is not None:
                candidate = _with_end(candidate, text, match.end())
        elif words[-1] in _COMMITTEE_HEADS and text.startswith(" on ", end):
            match = _COMMITTEE_REMIT.match(text, end)
            if match is not None:
                candidate = _with_end(candidate, text, match.end())
        elif text.startswith(", ", end) and _PORTFOLIO_BODY.match(candidate.form):
            portfolio_end = _portfolio_end(text, candidate)
            if portfolio_end is not None:
                if text.startswith(" of ", portfolio_end):  # "... Petroleum and Energy of Cote d'Ivoire"
                    country = _host(text, portfolio_end, _COUNTRY_COMPLEMENT)
                    if country is not None:
                        portfolio_end = country[0]
                candidate = _with_end(candidate, text, portfolio_end)
        elif (
            words[-1] in _STATE_BODY_HEADS
            and text.startswith(" of the ", end)
            and (country_end := _formal_country_end(text, end)) is not None
        ):
            # a gazetteer body of another country ("State Council of the Philippines") is not the listed one
            other_country = candidate.entry is not None and candidate.entry.country != country_code(
                text[end + 8 : country_end]
            )
            candidate = _with_end(candidate, text, country_end, subsidiary=other_country)
        elif words[0] in lx.EMBASSY_HEADS or candidate.form.startswith(("Embassy of ", "Consulate")):
            if text.startswith(" in ", end):
                host = _host(text, end)
                if host is not None:
                    new_end, _ = host
                    form = None
                    if candidate.form != candidate.surface:  # "Chinese Embassy" → "Embassy of China in Nepal"
                        form = candidate.form + text[end:new_end]
                    candidate = _with_end(candidate, text, new_end, form=form)
        out.append(candidate)
    return out


def _embassy_key(form: str) -> tuple[str, str | None] | None:
    """``(sending country, host country or None)`` of an embassy's name, or ``None`` for another name."""
    for head in ("Embassy of ", "Consulate-General of ", "Consulate General of ", "Consulate of "):
        if form.startswith(head):
            break
    else:
        return None
    rest = form[len(head) :]
    sender, _, host = rest.partition(" in ")
    return head + _country(sender), _country(host) if host else None


def embassy_aliases(candidates: Sequence[Candidate]) -> list[tuple[int, int, bool]]:
    """Definitions that make one organisation of the mentions of one embassy.

    ``Embassy of the People's Republic of China in the Federal Democratic Republic of Nepal`` and
    ``Chinese Embassy in Nepal`` name the same embassy (same sending and host countries); a mention
    without a host (``the Chinese Embassy``) is that embassy when the document names only one embassy of
    that country with a host.  The shorter mention is given as the secondary name.
    """
    keys: dict[int, tuple[str, str | None]] = {}
    for index, candidate in enumerate(candidates):
        if candidate.words and (candidate.words[0] in lx.EMBASSY_HEADS or candidate.form.startswith("Embassy of ")):
            key = _embassy_key(candidate.form)
            if key is not None:
                keys[index] = key
    if len(keys) < 2:
        return []
    hosts_by_sender: dict[str, set[str]] = {}
    for sender, host in keys.values():
        if host is not None:
            hosts_by_sender.setdefault(sender, set()).add(host)
    groups: dict[tuple[str, str], list[int]] = {}
    for index, (sender, host) in keys.items():
        if host is None:
            hosts = hosts_by_sender.get(sender, set())
            if len(hosts) != 1:
                continue
            host = next(iter(hosts))
        groups.setdefault((sender, host), []).append(index)
    aliases: list[tuple[int, int, bool]] = []
    for members in groups.values():
        longest = max(members, key=lambda i: len(candidates[i].form))
        aliases.extend((longest, other, True) for other in members if other != longest)
    return aliases
