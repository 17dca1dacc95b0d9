"""Compiled patterns for the context around a gazetteer match.

The patterns that look back from a match end with ``$`` and are searched in a short window before it;
they are compiled with ``regex.REVERSE``, so that the search starts from the window's end instead of
trying every start position: the same matches, found faster.
"""

from __future__ import annotations

import regex

# The word just before a match (after one space) and the word just after it.
PREVIOUS_WORD = regex.compile(r"([\p{L}\p{M}][\p{L}\p{M}.'-]*) $", regex.REVERSE)
"""Searched from the end (``REVERSE``): the same match as a forward search, without trying every start."""
NEXT_WORD = regex.compile(r" ([\p{L}\p{M}][\p{L}\p{M}'-]*)")

# Where a sentence starts: text start, a line break, or end punctuation (with closing quotes) and a space.
SENTENCE_START = regex.compile(r"(?:^|\n|[.!?:;]['\")\]]* |[\"'(\[] ?|- )$", regex.REVERSE)

# Capitalised words that start or join sentences and headlines but never belong to a place name.
FUNCTION_WORDS = frozenset(
    """A An The In At On To From For Of By With Via Into Onto Near And Or But As Since Between Among Across
    Both Also Then When While After Before During Under Over About Around Through Throughout Within Without
    Like Unlike This That These Those Its Their Our His Her My Your Welcome Welcomes Visit Visits Visiting
    Dear Stay Strong Go Come Made Meanwhile However Moreover Besides Here There Where Whether If Although
    Including Especially Only Even Yet Not No So Now Today Yesterday Tomorrow Last Next Every Each All Both
    Other Another Some Many Most More Such Than Is Are Was Were Be Been Has Have Had Will Would Can Could
    Says Said Say Reports Report News Update Updates Vs Per Via""".split()
)

# Words after a place that name what kind of place it is (they do not make it part of a longer name).
PLACE_DESIGNATORS = frozenset(
    """City Province Region Oblast Krai Okrug Prefecture County District State Municipality Governorate Autonomous
    Area Zone Peninsula Basin Valley Island Islands Coast Port Airport Station Capital
    Expressway Highway Motorway Railway Rail High-Speed Metro Bridge Corridor Canal Dam Pipeline Terminal
    Special Economic Industrial Free Junction SGR MGR BRT LRT MRT SEZ ICD""".split()
)
"""Words after a place that keep it a place: designators (``Jilin Province``) and the infrastructure named after
it (``Phnom Penh-Sihanoukville Expressway``, ``Rashakai Special Economic Zone``, ``Gwadar Port``)."""

FACILITY_HEADS = frozenset(
    """Airport Port Seaport Harbour Harbor Terminal Station Zone Park Hub Corridor Railway Expressway Highway
    Motorway Bridge Dam Pipeline Canal Tunnel Plant Project Estate City Base Line Road Avenue Boulevard Wharf Jetty
    Quay Farm Mine Refinery Smelter Towers Tower Junction Interchange Depot Yard Substation""".split()
)
"""Last words of a facility named after the place it stands in (``Pokhara International Airport``)."""
FACILITY_MODIFIERS = frozenset(
    """International Special Economic Industrial Free Trade Deep-Sea Deep-Water Deepwater Dry Container Logistics
    Cargo Freight Hydropower Hydroelectric Power Solar Wind Coal-Fired Thermal Science Technology High-Tech Hi-Tech
    Bonded Comprehensive Export Processing Cross-Border Border Multipurpose Multi-Purpose Oil Gas Passenger Rail
    High-Speed Railway Bus Ring Eco-Industrial Development Business Financial Tech Satellite Green New Regional
    Domestic Inland Sea River Naval Transit Petrochemical Steel Cement Smart Digital Innovation Agricultural""".split()
)
"""Words a facility name may hold between the place and its head (``Duqm Special Economic Zone``)."""
NAME_PREFIXES = frozenset({"New", "Old"})
PLACE_TITLES = frozenset(
    """Menteri Governor Mayor Chief Premier Minister President Governor-General Deputy Vice Chairman
    Commissioner Regent Wali Akim Hakim Provincial""".split()
)
"""Capitalised words of an official's title after the place they govern (``Pahang Menteri Besar``, ``Punjab Chief
Minister``, ``Mombasa Governor``): the place stands alone before them."""
"""Capitalised words that may lead a facility's name before its place (``New Gwadar International Airport``)."""
OFFICIAL_TITLES = frozenset(
    """Minister Ministers Secretary Secretary-General Ambassador Envoy Consul Consul-General President Vice-President
    Premier Governor Mayor Chairman Chairperson Spokesperson Spokesman Spokeswoman Commissioner""".split()
)
"""Words of an official's title after a demonym: the words after them name the portfolio or the person, not a
body the demonym would belong to (``Peruvian Minister of Energy and Mines``)."""

# "Palacio de Gobierno", "Casa da Moeda": a word followed by a Romance "of" and a capitalised word is part of a name.
ROMANCE_OF = regex.compile(r" (?:de|del|della|di|do|da|dos|das|des|du) (?:la |los |las |el )?\p{Lu}")

# "Consorcio Parque Logistico del Pacifico", "Constructora Andes del Sur": a word after a capitalised word and a
# Romance "of" ends a longer name (searched backwards in a short window before the match).
ROMANCE_OF_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?P<word>\p{Lu}[\p{L}\p{M}]*) (?:de|del|della|di|do|da|dos|das|des|du)"
    r"(?: (?:la|los|las|el|le))? $",
    regex.REVERSE,
)
ROMANCE_OF_ENDINGS = (
    " de ",
    " del ",
    " della ",
    " di ",
    " do ",
    " da ",
    " dos ",
    " das ",
    " des ",
    " du ",
    " la ",
    " los ",
    " las ",
    " el ",
    " le ",
)
"""What the text before a match ends with when :data:`ROMANCE_OF_BEFORE` may match: a cheap ``endswith`` first."""
ROMANCE_PLACE_WORDS = frozenset(
    """Puerto Porto Aeropuerto Aeroporto Provincia Departamento Region Región Regione Ciudad Cidade Distrito
    Municipio Estado Zona Terminal Muelle Valle Isla Islas Cerro Villa San Santa Santo São Sao Porto""".split()
)
"""Words before a Romance ``de`` that name the place after it (``Puerto de Chancay``, ``Provincia de Huaura``)."""

REGION_DESIGNATORS = frozenset(
    {
        "Province",
        "province",
        "provinces",
        "Provincial",
        "Region",
        "region",
        "regions",
        "Oblast",
        "oblast",
        "Governorate",
        "governorate",
        "State",
        "state",
        "County",
        "county",
        "Department",
        "department",
    }
)
CITY_DESIGNATORS = frozenset({"City", "city"})
DIVISION_NOUNS = (
    "wilaya", "province", "region", "state", "district", "governorate", "county", "prefecture", "oblast",
    "department", "municipality", "regency", "division", "emirate", "canton", "voivodeship", "commune",
)  # fmt: skip
"""Nouns of administrative divisions as a text states where a town lies (``in the wilaya of Jijel``, ``in Dolj
county``): one vocabulary for every licence that reads such a statement."""

# Head words of public bodies and gatherings: a place before ("Chinese Foreign Ministry", "European Union")
# or after ("Ministry of Health of Kazakhstan", "Department of Europe and Central Asia") belongs to the name.
INSTITUTION_HEADS = frozenset(
    """Ministry Ministries Embassy Embassies Consulate Academy University Universities Institute Association
    Union Bank Exim EXIM Eximbank
    Commission Council Parliament Committee Chamber Government Cabinet Senate Assembly Congress
    Federation Foundation Fund Society Court Office Bureau Department Administration Authority Agency Agencies
    Secretariat Forum Summit Roundtable Conference Dialogue Symposium Expo Exhibition Fair Games Cup League
    Olympics Festival Party Army Navy Police Customs Alliance Organization Organisation Club Centre Center Hospital
    School College Trust""".split()
)
# Head words of company, media and programme names that a country or demonym can start
# ("China Machinery Engineering Corporation", "China Daily", "Chinese New Year", "China Dream").
COMPANY_HEADS = frozenset(
    """Corporation Corp Company Co Group Holding Holdings Ltd Inc LLC JSC PLC Limited Industries Railways
    Airlines Airways Post Television Radio Daily Times News Network Review Observer Herald Tribune Telegraph
    Year Dream Motors Automobile Petroleum Energy Energies Power Exchange""".split()
)

# "the 500 best Chinese enterprises", "Top 500 Chinese Enterprises": a ranking's name holds no place.
RANKING_BEFORE = regex.compile(
    r"(?:\b[Tt]op\s+\d[\d,]*|\b\d[\d,]*\s+(?:best|largest|biggest|leading|top|most\s+\w+|strongest))\s+$",
    regex.REVERSE,
)

# A demonym used as the name of a language: "in Chinese", "into Russian", "speaks Kazakh".
LANGUAGE_CONTEXT = regex.compile(
    r"\b(?:in|into|speak|speaks|spoke|speaking|learn|learning|(?:[Tt]ranslated|[Ww]ritten)(?: from| into| in)?)"
    r" (?:\p{Lu}\p{Ll}+(?:, | and | or ))*$",
    regex.REVERSE,
)

# "the Strait of Malacca", "the Gulf of Guinea", "the Bay of Bengal": a sea's name names no country, region or city.
WATER_BODY_BEFORE = regex.compile(r"\b(?:Straits?|Gulf|Bay|Sea|Ocean)\ of\ (?:the\ )?$", regex.REVERSE)

# "the US dollar", "the Sri Lankan rupee", "the Indian Ocean", "the South China Sea": a currency or a sea, not the
# country (amounts are money facts, which block places already; this is the currency named alone).
CURRENCY_OR_SEA_AFTER = regex.compile(
    r" (?:dollars?|cents|rupees?|yuan|renminbi|rubles?|roubles?|shillings?|naira|tenge|dinars?|riyals?|rials?"
    r"|dirhams?|ringgit|lira|liras|francs?|pesos?|pounds?|euros?|yen|baht|kip|riel|taka|kyats?|som|manat|lari|dram"
    r"|hryvnias?|zloty|forints?|rand|kwacha|birr|cedis?|Ocean|Sea|River|Gulf|Strait|Reef)(?![\p{L}\p{N}-])"
)

# "Deputy Prime Minister Igor Borisov", "minister Roberto Jaen", "project manager Zhang Yunnan": a person's title, one
# given name, then a word the gazetteer also holds: a surname (searched backwards in a short window before the match).
PERSON_TITLE_BEFORE = regex.compile(
    r"\b(?:[Mm]inister|[Pp]remier|[Pp]resident|[Aa]mbassador|[Gg]overnor|[Mm]ayor|[Cc]hair(?:man|woman|person)"
    r"|[Ss]ecretary|[Dd]irector|[Mm]anager|CEO|Mr|Mrs|Ms|Dr|Prof|[Pp]rofessor|[Ee]ngineer|[Cc]ommissioner"
    r"|[Ss]pokes(?:man|woman|person)|[Cc]onsul|[Ee]nvoy|[Hh]ead|[Ll]eader|[Oo]fficial|[Dd]eputy|[Cc]oordinator"
    r"|[Ss]enator|[Ll]awmaker|[Ee]xecutive|[Ee]conomist|[Aa]nalyst|[Rr]eporter|[Ff]ounder|[Pp]artner)\.?"
    r" \p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)? $",
    regex.REVERSE,
)

# "said Wen Shanxi", "Written by Sothea Kampot", "according to Marat Aktau": a speech verb, a byline's "by" or
# "according to", one capitalised given name, then a word the gazetteer also holds: the person's surname, even
# where the name is a province or region that otherwise needs no context (searched backwards before the match).
SPEAKER_OR_AUTHOR_BEFORE = regex.compile(
    r"\b(?:said|says|told|added|noted|explained|wrote|writes|[Bb]y|[Aa]ccording[ ]to)[ ](?P<given>\p{Lu}\p{Ll}+) $",
    regex.REVERSE,
)
APPOSITION_AFTER = regex.compile(
    r",[ ](?:a|an|the)[ ](?:\p{Ll}+[ ]){0,3}?(?:researcher|professor|analyst|economist"
    r"|director|manager|engineer|expert|fellow|spokes(?:man|woman|person)|official|adviser|advisor|lecturer"
    r"|reporter|correspondent|journalist|head|chief|chairman|chairwoman|president|minister|ambassador|member)\b"
)
"""A person's role in apposition after a name (``Wen Shanxi, a senior researcher at CCG``)."""

_DIRECTION_WORDS = "North South East West Northern Southern Eastern Western Central Upper Lower Greater Inner Outer"
NOT_GIVEN_NAMES = frozenset(_DIRECTION_WORDS.split())
"""Capitalised words before a region that are part of its name or describe it, never a person's given name."""

# "Kibing Solar (Melaka) Sdn Bhd", "Huawei Technologies (Kenya) Ltd", "PowerChina (Hong Kong) Co., Ltd": a place in
# brackets between a capitalised name and a company's legal form or head word names the company's local unit.
BRACKETED_IN_COMPANY_AFTER = regex.compile(
    r"\) (?:Sdn|Bhd|Pte|Pvt|Private|Co|Corp|Company|Corporation|Ltd|Limited|LLC|LLP|Inc|GmbH|SA|S\.A\.|AG|PLC|JSC"
    r"|SARL|SAS|BV|B\.V\.|NV|Holding|Holdings|Group|Industries|Technologies|Investment|Investments)(?![\p{L}\p{N}])"
)
BRACKETED_IN_COMPANY_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}\p{N}&.'-]* \($", regex.REVERSE)
"""The capitalised word and bracket before a place that :data:`BRACKETED_IN_COMPANY_AFTER` may close."""


PINYIN_SYLLABLE = regex.compile(
    r"(?i)(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u|v|ü)"
)
"""A single Chinese syllable (``Li``, ``Wei``, ``Chen``): a surname far more often than a town."""
