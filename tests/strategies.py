"""Hypothesis strategies for news-like text with the nasty parts in it."""

from __future__ import annotations

from hypothesis import strategies as st

# Characters news text throws at extractors: odd spaces, zero-width characters, soft hyphens,
# curly quotes, dashes, full-width forms, ligatures, combining marks, CR/LF, controls, astral characters.
NASTY = (
    "\u00a0\u2009\u202f\u3000\u200b\u200c\u200d\ufeff\u00ad\u2060"
    "\u2018\u2019\u201c\u201d\u00ab\u00bb\u2013\u2014\u2212\u2010"
    "\uff10\uff11\uff21\uff0c\uff0e\ufb01\ufb02\u2026"
    "\u0301\u0308\u0327\r\n\t\x0b\x0c\x85\u2028\u2029\x00\x1f"
    "\U0001f600\U00020000\u4e2d\u0391"
)

nasty_char = st.sampled_from(NASTY)
plain_char = st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:'\"-$%()/\n")
any_char = st.characters(blacklist_categories=("Cs",))

news_text = st.lists(st.one_of(plain_char, plain_char, nasty_char, any_char), max_size=200).map("".join)
"""Text mixing plain ASCII, the nasty characters above and arbitrary Unicode (no lone surrogates)."""
