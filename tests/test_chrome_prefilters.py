"""The chrome finder's prefilters only skip lines that the line checks would not flag anyway."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from bri_corpus.chrome import _find_chrome
from strategies import news_text

# Pieces of chrome and of story text, in several cases, so that lines mix them the way scraped pages do.
_FRAGMENTS = [
    "Home",
    "NEWS",
    "Newsroom",
    "Press Releases",
    "Contact Us",
    "About us",
    "Share to",
    "Print",
    "Back to top",
    "Related News",
    "Related articles:",
    "Recommended reading",
    "More News",
    "Latest news",
    "Read more",
    "Next",
    "Previous article",
    "Tags:",
    "Search",
    "Menu",
    "Sitemap",
    "Site Map",
    "Subscribe",
    "Follow us",
    "Log in",
    "Sign in",
    ">>",
    "»",
    "|",
    "/",
    "You may also like",
    "See also",
    "相关新闻",
    "推荐阅读",
    "更多",
    "Tel:",
    "Tel.",
    "tel +86 10 1234 5678",
    "Telephone: (010)",
    "Fax: +1",
    "Mobile:",
    "Hotline: 400",
    "phone:",
    "Editor:",
    "Edited by",
    "Reporter:",
    "Author:",
    "Translator:",
    "Proofreader:",
    "Responsible editor:",
    "For further details:",
    "For more information:",
    "Media contact:",
    "Press enquiries:",
    "Contact:",
    "Contact person:",
    "Copyright ©",
    "copyright 2023",
    "Copyright of",
    "(c) 2024",
    "©",
    "All rights reserved",
    "ICP",
    "京ICP备",
    "京B2-2020",
    "info@example.com",
    "a.b@c.org",
    "Source: https://example.com/a",
    "www.example.cn",
    "http://x.io/news",
    "hotel",
    "intel",
    "Forward",
    "For the project,",
    "press on",
    "Skip to content",
    "Most Popular",
    "Our Standards:",
    "Trending now",
    "Top Stories",
    "Editor's picks",
    "Tags: Rail | Ports",
    "Keywords:",
    "Most read:",
    "Filed under:",
    "Registration Number: 13",
    " | ",
    "|",
    " > ",
    " » ",
    "Belt & Road",
    "World",
    "Business",
    "The plant will open in 2025.",
    "It said.",
    "China Railway signed a deal",
    "human rights",
    "\u0130stanbul",
]
_SEPARATORS = [" ", " ", "\n", "\n", "\n\n", "\r\n", ": ", ". ", "\u2028", "\t"]
_chrome_text = st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.sampled_from(_SEPARATORS)), max_size=30).map("".join)


@given(_chrome_text)
@example("Story text.\nTel: +86 10 1234 5678\n\nFor further details: see below")
@example("Related News\nA link\nAnother link\n\nThe story goes on. It said.")
def test_prefilters_change_nothing_on_chrome_like_text(raw: str) -> None:
    """Checking only the prefiltered lines finds exactly what checking every line finds."""
    assert _find_chrome(raw, prefilter=True) == _find_chrome(raw, prefilter=False)


@given(news_text)
def test_prefilters_change_nothing_on_any_text(raw: str) -> None:
    """The same holds for arbitrary text with odd spaces, line breaks and Unicode."""
    assert _find_chrome(raw, prefilter=True) == _find_chrome(raw, prefilter=False)
