"""What the organisation finder needs to know about place words: is this word a country, a demonym, a region?

The organisation finder does not tag places (the ``place`` plugin does); it asks
three questions of them: where does an ``of``-complement of places end
(``Department of Europe and Central Asia``), is a name made of nothing but a
country word and a head word (``Chinese Company`` is not a name), and what is
the country of a demonym (``Chinese Embassy`` → ``Embassy of China``).
Country names come from pycountry (ISO 3166), with the short forms news use;
demonyms and regions are listed here.
"""

from __future__ import annotations

import functools

import pycountry

__all__ = ["country_of_demonym", "is_country", "is_country_or_demonym", "is_place_noun", "is_place_word"]

# Short names news text uses beside the ISO names.
_COMMON_COUNTRY_NAMES = frozenset(
    {
        "China",
        "Russia",
        "Iran",
        "Syria",
        "Laos",
        "Vietnam",
        "Turkey",
        "Türkiye",
        "Tanzania",
        "Bolivia",
        "Venezuela",
        "Moldova",
        "South Korea",
        "North Korea",
        "Korea",
        "Taiwan",
        "Czech Republic",
        "Czechia",
        "UK",
        "US",
        "USA",
        "U.S.",
        "UAE",
        "Britain",
        "Great Britain",
        "Brunei",
        "Macau",
        "Macao",
        "Hong Kong",
        "Ivory Coast",
        "Cape Verde",
        "Congo",
        "DR Congo",
        "Palestine",
        "Kosovo",
        "Micronesia",
        "Burma",
        "Kyrgyz Republic",
        "the Netherlands",
        "Holland",
        "Swaziland",
        "Macedonia",
        "PRC",
    }
)

_DEMONYMS: dict[str, str] = {
    "Chinese": "China",
    "Kazakh": "Kazakhstan",
    "Kazakhstani": "Kazakhstan",
    "Uzbek": "Uzbekistan",
    "Kyrgyz": "Kyrgyzstan",
    "Tajik": "Tajikistan",
    "Turkmen": "Turkmenistan",
    "Russian": "Russia",
    "Pakistani": "Pakistan",
    "Indian": "India",
    "Afghan": "Afghanistan",
    "Iranian": "Iran",
    "Turkish": "Turkey",
    "Mongolian": "Mongolia",
    "Belarusian": "Belarus",
    "Ukrainian": "Ukraine",
    "Georgian": "Georgia",
    "Azerbaijani": "Azerbaijan",
    "Armenian": "Armenia",
    "German": "Germany",
    "French": "France",
    "Italian": "Italy",
    "Spanish": "Spain",
    "British": "United Kingdom",
    "American": "United States",
    "Hungarian": "Hungary",
    "Serbian": "Serbia",
    "Greek": "Greece",
    "Polish": "Poland",
    "Czech": "Czechia",
    "Austrian": "Austria",
    "Swiss": "Switzerland",
    "Dutch": "Netherlands",
    "Belgian": "Belgium",
    "Portuguese": "Portugal",
    "Swedish": "Sweden",
    "Norwegian": "Norway",
    "Finnish": "Finland",
    "Danish": "Denmark",
    "Romanian": "Romania",
    "Bulgarian": "Bulgaria",
    "Croatian": "Croatia",
    "Montenegrin": "Montenegro",
    "Egyptian": "Egypt",
    "Ethiopian": "Ethiopia",
    "Kenyan": "Kenya",
    "Nigerian": "Nigeria",
    "Tanzanian": "Tanzania",
    "Zambian": "Zambia",
    "Ugandan": "Uganda",
    "Angolan": "Angola",
    "Algerian": "Algeria",
    "Moroccan": "Morocco",
    "Djiboutian": "Djibouti",
    "Ghanaian": "Ghana",
    "Sudanese": "Sudan",
    "Zimbabwean": "Zimbabwe",
    "Mozambican": "Mozambique",
    "Senegalese": "Senegal",
    "Cameroonian": "Cameroon",
    "Rwandan": "Rwanda",
    "Malagasy": "Madagascar",
    "Saudi": "Saudi Arabia",
    "Emirati": "United Arab Emirates",
    "Qatari": "Qatar",
    "Omani": "Oman",
    "Iraqi": "Iraq",
    "Syrian": "Syria",
    "Jordanian": "Jordan",
    "Israeli": "Israel",
    "Lebanese": "Lebanon",
    "Kuwaiti": "Kuwait",
    "Bahraini": "Bahrain",
    "Yemeni": "Yemen",
    "Bangladeshi": "Bangladesh",
    "Nepali": "Nepal",
    "Nepalese": "Nepal",
    "Sri Lankan": "Sri Lanka",
    "Maldivian": "Maldives",
    "Burmese": "Myanmar",
    "Myanmar": "Myanmar",
    "Thai": "Thailand",
    "Vietnamese": "Vietnam",
    "Lao": "Laos",
    "Laotian": "Laos",
    "Cambodian": "Cambodia",
    "Malaysian": "Malaysia",
    "Singaporean": "Singapore",
    "Indonesian": "Indonesia",
    "Filipino": "Philippines",
    "Philippine": "Philippines",
    "Japanese": "Japan",
    "Korean": "South Korea",
    "Australian": "Australia",
    "Brazilian": "Brazil",
    "Argentine": "Argentina",
    "Chilean": "Chile",
    "Peruvian": "Peru",
    "Mexican": "Mexico",
    "Canadian": "Canada",
    "Cuban": "Cuba",
    "Venezuelan": "Venezuela",
    "Ecuadorian": "Ecuador",
    "Bolivian": "Bolivia",
    "Fijian": "Fiji",
}

_REGIONS = frozenset(
    {
        "Asia",
        "Central Asia",
        "South Asia",
        "Southeast Asia",
        "East Asia",
        "West Asia",
        "Western Asia",
        "Europe",
        "Eastern Europe",
        "Western Europe",
        "Central Europe",
        "Central and Eastern Europe",
        "Africa",
        "East Africa",
        "West Africa",
        "North Africa",
        "Southern Africa",
        "Sub-Saharan Africa",
        "Middle East",
        "Eurasia",
        "Caucasus",
        "South Caucasus",
        "Latin America",
        "Caribbean",
        "Pacific",
        "Asia-Pacific",
        "Asia Pacific",
        "Oceania",
        "Americas",
        "North America",
        "South America",
        "Gulf",
        "Persian Gulf",
        "Balkans",
        "Arctic",
        "Indian Ocean",
        "Mediterranean",
        "Central",
        "Eastern",
        "Western",
        "Northern",
        "Southern",
        "East",
        "West",
        "North",
        "South",
        "Xinjiang",
        "Tibet",
        "Inner Mongolia",
    }
)

_REGIONAL_ADJECTIVES = frozenset(
    {"Asian", "European", "African", "Eurasian", "Arab", "Latin", "Central Asian", "Middle Eastern", "Nordic"}
)


@functools.cache
def _countries() -> frozenset[str]:
    names: set[str] = set(_COMMON_COUNTRY_NAMES)
    for country in pycountry.countries:
        names.add(country.name)
        for field in ("common_name", "official_name"):
            value = getattr(country, field, None)
            if value:
                names.add(value)
    return frozenset(names)


def is_country(word: str) -> bool:
    """True when ``word`` (one or more words) names a country."""
    return word in _countries()


def country_of_demonym(word: str) -> str | None:
    """Return the country a demonym names (``Kazakh`` → ``Kazakhstan``), or the word itself for a country name."""
    if word in _DEMONYMS:
        return _DEMONYMS[word]
    return word if is_country(word) else None


def is_country_or_demonym(word: str) -> bool:
    """True for a country name or the adjective of one (``Kazakhstan``, ``Kazakh``)."""
    return word in _DEMONYMS or is_country(word)


def is_place_noun(word: str) -> bool:
    """True for a country or region name (not an adjective): ``Europe``, ``Kazakhstan``."""
    return word in _REGIONS or is_country(word)


def is_place_word(word: str) -> bool:
    """True for a country, a demonym, a region or a regional adjective."""
    return word in _REGIONS or word in _REGIONAL_ADJECTIVES or is_country_or_demonym(word)
