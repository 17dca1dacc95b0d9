#!/usr/bin/env python3
"""Build tests/data/extra32/gold.jsonl from hand annotations of the r*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a Philippine News Agency
story on a House committee hearing about the China-funded Kaliwa Dam, its supplemental China
Eximbank loan and two China-gifted Manila bridges, with P/US$ amounts; a Morocco World News story
on a royal audience and an MoU for CNGR's Jorf Lasfar battery materials complex with MAD/DH/dirham/
EUR/US$ amounts and GWh; an AZERTAC item on a Middle Corridor ministers' joint declaration in Baku
and a Chinese-built logistics centre at Alat with manat/AZN/TRY/tenge amounts and TEU; a China Daily
feature with two datelined sections on the Garissa solar plant in Kenya and the Phnom Penh-Bavet
Expressway in Cambodia, MOFCOM figures and an energy ministerial conference coming up) written
BLIND: annotated from shared/gold/NOTES.md and shared/spec/facts.md alone, without running
bri_corpus on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls
recorded in tests/data/extra3 ... extra31/make_gold.py; the comments record the calls NOTES
leaves open.  Calls made for the first time in this set:
  - a House committee "hearing" at which officials speak is a meeting (a meeting word, unlike
    extra15/extra28's "grilled officials"), the secretaries standing for the departments the
    document names (extra5), the House by its "House panel" (extra15's "Senate panel"); "House
    Resolution No. 412" is an identifier, the House in it no mention (extra17);
  - a body's agency tag "(PNA)" whose full name sits only in the copyright line is canonical as
    written (extra22: chrome gives no name); "PSE" before a ticker is the exchange as written (extra26);
  - a village named "the village of Daraitan" is a city place (extra18); Manila's districts in a
    bridge's name ("Binondo-Intramuros Bridge") are regions (extra8's bridge towns, extra29's
    localities); a bridge named after streets ("Estrella-Pantaleon") and a dam named after its river
    ("Kaliwa Dam") name no place;
  - a royal audience ("King ... receives", "received in audience") is a meeting of the King's
    country with the company whose chairman he receives; the headline's "deal is sealed" anchors the
    MoU signing the body tells after the audience (NOTES' first mention), with the headline's worth;
  - "started production" of a JV-run complex takes the JV as participant (the complex "run by"
    COBCO); an initial capacity is no output amount;
  - "Mohammed VI Tangier Tech City" tags the city, not the King's name (extra8's park call);
    "Washington" standing for the US government is the city (extra13); "US tax credits" the country;
  - a ministerial meeting told as "ministers ... met in Baku ... and signed a joint declaration" is a
    meeting and a signing of the four countries (the ministers' titles name no body); a numbered
    ministers' meeting keeps its ordinal in the summit name ("4th Trans-Caspian Transport Ministers'
    Meeting", as y05/extra22); "A day later" after May 13 -> 2025-05-14 (extra25);
  - "the Baku International Sea Trade Port in Alat", told as a facility, tags its name's city
    (x04/x12), the Alat logistics centre and free zone their town; "Horgos" is the Chinese border
    city; "Dilucu" a Turkish border village (city place);
  - an opening "attended" by ministers and an ambassador takes their countries (NOTES' attendees),
    "cut the ribbon" being a sub-step (extra30);
  - a building work told as ongoing ("is being built by" X under a deal worth Y) with its start
    dated in the next sentence ("Construction began in June 2023") and no completion told is one
    construction occurrence, anchored on its first mention, dated by the start, the deal's worth its
    amount (extra8); a station "opened" and "built by X for Y" gives an opening (no party) and an
    undated construction of builder and owner;
  - a bare age ("27", "31-year-old") was written out of the texts to keep the gold unambiguous; a
    hyphenated energy size "40-MWh" is a quantity (MWh), as "200-megawatt" (w03).
Run:  .venv/bin/python tests/data/extra32/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")
EXIM = "Export-Import Bank of China"
CRBC = "China Road and Bridge Corporation"
BEJ = CITY("Beijing", "CN")

# ================================= r01 Philippine News Agency, Manila (March 19, 2025, 6:47 pm, a Wednesday)
PH = C("Philippines", "PH")
MNL = CITY("Manila", "PH")
QUEZON = REG("Quezon", "PH")
METRO = REG("Metro Manila", "PH")
HOUSE = "House of Representatives"
CEEC = "China Energy Engineering Corporation"
COA = "Commission on Audit"
DPWH = "Department of Public Works and Highways"
MWSS = "Metropolitan Waterworks and Sewerage System"
DOF = "Department of Finance"
DOTR = "Department of Transportation"
PNR = "Philippine National Railways"
A01 = [
    # dates ("seven-year grace period": a spelled-out duration; "House Resolution No. 412": an
    # identifier; the copyright year is chrome)
    ("r01", "date", "by [[May]],", 0, "2025-05"),
    ("r01", "date", "by [[May]],", 1, "2025-05"),
    ("r01", "date", "March 19, 2025, 6:47 pm", 0, "2025-03-19T18:47"),
    ("r01", "date", "on [[Tuesday]]", 0, "2025-03-18"),
    ("r01", "date", "the second half of 2026", 0, "2026-H2"),
    ("r01", "date", "last year", 0, "2024"),
    ("r01", "date", "March 7", 0, "2025-03-07"),
    ("r01", "date", "November 2018", 0, "2018-11"),
    ("r01", "date", "since [[2019]]", 0, "2019"),
    ("r01", "date", "April 5, 2022", 0, "2022-04-05"),
    ("r01", "date", "July 2021", 0, "2021-07"),
    ("r01", "date", "the third quarter", 0, "2025-Q3"),
    ("r01", "date", "lapsed in [[2023]]", 0, "2023"),
    ("r01", "date", "June 30", 0, "2025-06-30"),
    ("r01", "date", "early 2027", 0, "2027"),
    ("r01", "date", "April 22", 0, "2025-04-22"),
    # money ("P" before an amount in a Philippine paper is the peso, extra20; the "Related Stories"
    # headline's "P1.8-B" is chrome)
    ("r01", "money", "P12.2-billion", 0, M("12200000000", "PHP")),
    ("r01", "money", "P1.8 billion", 0, M("1800000000", "PHP")),
    ("r01", "money", "US$78.5 million", 0, M("78500000", "USD")),
    ("r01", "money", "about P4.5 billion", 0, M("4500000000", "PHP", "approx")),
    ("r01", "money", "US$211.2-million", 0, M("211200000", "USD")),
    ("r01", "money", "P2.06 billion", 0, M("2060000000", "PHP")),
    ("r01", "money", "P3.39-billion", 0, M("3390000000", "PHP")),
    ("r01", "money", "P1.46 billion", 0, M("1460000000", "PHP")),
    # quantities (the rate "a day" stays outside, extra4; "No. 412", the phone number and "PSE: MWC"
    # are identifiers)
    ("r01", "quantity", "96 percent", 0, Q("96", "%")),
    ("r01", "quantity", "22.1-kilometer", 0, Q("22.1", "km")),
    ("r01", "quantity", "up to 600,000 cubic meters", 0, Q("600000", "m3", "le")),
    ("r01", "quantity", "46 Dumagat families", 0, Q("46", "family")),
    ("r01", "quantity", "85 percent", 0, Q("85", "%")),
    ("r01", "quantity", "24 hours", 0, Q("24", "hour")),
    ("r01", "quantity", "2 percent", 0, Q("2", "%")),
    ("r01", "quantity", "20-year", 0, Q("20", "year")),
    ("r01", "quantity", "680-meter", 0, Q("680", "m")),
    ("r01", "quantity", "more than 30,000 vehicles", 0, Q("30000", "vehicle", "gt")),
    ("r01", "quantity", "506-meter", 0, Q("506", "m")),
    ("r01", "quantity", "565-kilometer", 0, Q("565", "km")),
    ("r01", "quantity", "28-hectare", 0, Q("28", "ha")),
    ("r01", "quantity", "1.1 million households", 0, Q("1100000", "household")),
    ("r01", "quantity", "15 days", 0, Q("15", "day")),
    # organisations ("House panel" is the House before a lower-case generic noun, extra15's "Senate
    # panel"; the committee on public works is lower case; "House" inside "House Resolution No. 412"
    # is part of an identifier (extra17); "PSE" before a ticker is the exchange (extra5), as
    # written; "(PNA)" closing the body is the agency tag (extra11), canonical as written because
    # the full name sits only in the copyright line (chrome, extra22); the byline is a person)
    ("r01", "organisation", "[[DPWH]] chief", 0, O(DPWH)),
    ("r01", "organisation", "tells [[House]] panel", 0, O(HOUSE)),
    ("r01", "organisation", HOUSE, 0, O(HOUSE)),
    ("r01", "organisation", CEEC, 0, O(CEEC)),
    ("r01", "organisation", "([[CEEC]])", 0, O(CEEC)),
    ("r01", "organisation", COA, 0, O(COA)),
    ("r01", "organisation", "([[COA]])", 0, O(COA)),
    ("r01", "organisation", DPWH, 0, O(DPWH)),
    ("r01", "organisation", "([[DPWH]])", 0, O(DPWH)),
    ("r01", "organisation", MWSS, 0, O(MWSS)),
    ("r01", "organisation", "([[MWSS]])", 0, O(MWSS)),
    ("r01", "organisation", "the [[House]] panel that", 0, O(HOUSE)),
    ("r01", "organisation", "that [[MWSS]] signed", 0, O(MWSS)),
    ("r01", "organisation", EXIM, 0, O(EXIM)),
    ("r01", "organisation", DOF, 0, O(DOF)),
    ("r01", "organisation", "China Eximbank", 0, O(EXIM)),
    ("r01", "organisation", "China Eximbank", 1, O(EXIM)),
    ("r01", "organisation", CRBC, 0, O(CRBC)),
    ("r01", "organisation", "Bridge traffic, [[PNR]] talks", 0, O(PNR)),
    ("r01", "organisation", DOTR, 0, O(DOTR)),
    ("r01", "organisation", "([[DOTr]])", 0, O(DOTR)),
    ("r01", "organisation", PNR, 0, O(PNR)),
    ("r01", "organisation", "([[PNR]])", 0, O(PNR)),
    ("r01", "organisation", "asked [[COA]]", 0, O(COA)),
    ("r01", "organisation", "the [[MWSS]] said", 0, O(MWSS)),
    ("r01", "organisation", "Manila Water Company Inc.", 0, O("Manila Water Company Inc.")),
    ("r01", "organisation", "([[PSE]]:", 0, O("PSE")),
    ("r01", "organisation", "the [[DPWH]] will", 0, O(DPWH)),
    ("r01", "organisation", "([[PNA]])", 0, O("PNA")),
    # places (a dam named after its river and a bridge named after streets name no place; towns
    # and districts in a bridge's name are tagged (extra8), Manila's districts as regions (extra25/
    # extra29); persons named like provinces ("Romeo Albay Pacheco", "Jose Carlo Ilocos", "Gloria
    # Samar-Uy", "Manuel Tarlac Roxas", "Lorna Aguinaldo Ventura") are no places; "Chico River" (a
    # project named after a river) and "Dumagat" (a people) are no places; "Manila" inside
    # "Manila Water Company Inc." is not tagged (flat))
    ("r01", "place", "MANILA", 0, MNL),
    ("r01", "place", "[[China]]-funded", 0, CN),
    ("r01", "place", "in [[Quezon]] province", 0, QUEZON),
    ("r01", "place", "to [[Metro Manila]] once", 0, METRO),
    ("r01", "place", "reviewed [[Chinese]] official", 0, CN),
    ("r01", "place", "the [[Philippines]]", 0, PH),
    ("r01", "place", "in [[Beijing]] on", 0, BEJ),
    ("r01", "place", "village of [[Daraitan]]", 0, CITY("Daraitan", "PH")),
    ("r01", "place", "Tanay", 0, CITY("Tanay", "PH")),
    ("r01", "place", "Tanay, [[Rizal]]", 0, REG("Rizal", "PH")),
    ("r01", "place", "of [[Chinese]] President", 0, CN),
    ("r01", "place", "to [[Manila]].", 0, MNL),
    ("r01", "place", "the [[Chinese]] lender", 0, CN),
    ("r01", "place", "[[Binondo]]-Intramuros", 0, REG("Binondo", "PH")),
    ("r01", "place", "Binondo-[[Intramuros]]", 0, REG("Intramuros", "PH")),
    ("r01", "place", "the [[Chinese]] government", 0, CN),
    ("r01", "place", "[[China]]-gifted", 0, CN),
    ("r01", "place", "Makati", 0, CITY("Makati", "PH")),
    ("r01", "place", "Mandaluyong", 0, CITY("Mandaluyong", "PH")),
    ("r01", "place", "with [[Chinese]] lenders", 0, CN),
    ("r01", "place", "of [[Leyte]]", 0, REG("Leyte", "PH")),
    ("r01", "place", "whether [[Quezon]] officials", 0, QUEZON),
    ("r01", "place", "households in [[Rizal]]", 0, REG("Rizal", "PH")),
    ("r01", "place", "eastern [[Metro Manila]]", 0, METRO),
    # events (the headline's "to break through by May" and "is expected to inaugurate" are future;
    # "flagged", "handles", "paid ... fees", "reported", "will reopen bidding", "talks ... lapsed"
    # and "asked ... for a special audit" have no type; a House committee "hearing" that officials
    # speak at is a meeting (a meeting word, unlike extra15/extra28's "grilled officials"): the
    # secretaries stand for the departments the document names (extra5), the dateline is no
    # location; the original loan "signed by" two named parties "during the state visit" takes the
    # visit's month and city (extra6/NOTES' "during"); the President stands for China; the bridge
    # "built by" CRBC with a grant is an undated construction with the grant as amount (extra8,
    # the funder no participant); "inaugurated" / "was opened" are openings (ceremony), the second
    # with its cost in the same sentence (extra17/extra29))
    ("r01", "event", "hearing", 0, E("meeting", "2025-03-18", None, [DPWH, HOUSE, DOF, DOTR])),
    ("r01", "event", "MWSS [[signed]]", 0, E("signing", "2025-03-07", "Beijing", [MWSS, EXIM], M("78500000", "USD"))),
    ("r01", "event", "was [[signed]] by", 0, E("signing", "2018-11", "Manila", [DOF, EXIM], M("211200000", "USD"))),
    ("r01", "event", "state visit", 0, E("visit", "2018-11", "Manila", ["China"])),
    ("r01", "event", "[[built]] by China Road", 0, E("construction", None, None, [CRBC], M("3390000000", "PHP"))),
    ("r01", "event", "was [[inaugurated]]", 0, E("ceremony", "2022-04-05")),
    ("r01", "event", "was [[opened]]", 0, E("ceremony", "2021-07", None, None, M("1460000000", "PHP"))),
]

# ================================= r02 Morocco World News, Rabat (April 9, 2025, 2:15 p.m., a Wednesday)
MA = C("Morocco", "MA")
RABAT = CITY("Rabat", "MA")
JORF = CITY("Jorf Lasfar", "MA")
CASA = CITY("Casablanca", "MA")
TANGIER = CITY("Tangier", "MA")
EUROPE = REG("Europe")
CNGR = "CNGR Advanced Material Co., Ltd."
AMDIE = "Moroccan Agency for Investment and Export Development"
EIB = "European Investment Bank"
BTR = "BTR New Material Group"
CMETF = "China-Morocco Economic and Trade Forum"
A02 = [
    # dates ("in 18 months": a duration; "the 2030 World Cup": a year inside a name; "Law 03-22": an
    # identifier; "first quarter" in the "Read also:" headline is chrome)
    ("r02", "date", "April 9, 2025, 2:15 p.m.", 0, "2025-04-09T14:15"),
    ("r02", "date", "on [[Tuesday]]", 0, "2025-04-08"),
    ("r02", "date", "by [[2028]]", 0, "2028"),
    ("r02", "date", "the first quarter of 2025", 0, "2025-Q1"),
    ("r02", "date", "September last year", 0, "2024-09"),
    ("r02", "date", "in [[January]]", 0, "2025-01"),
    ("r02", "date", "in [[2024]]", 0, "2024"),
    ("r02", "date", "a year earlier", 0, "2023"),
    ("r02", "date", "in [[2019]]", 0, "2019"),
    ("r02", "date", "March 27", 0, "2025-03-27"),
    # money ("DH" and "dirhams" are MAD; "worth" and "valued at" carry no qualifier)
    ("r02", "money", "MAD 20 billion", 0, M("20000000000", "MAD")),
    ("r02", "money", "MAD 20 billion", 1, M("20000000000", "MAD")),
    ("r02", "money", "about $2 billion", 0, M("2000000000", "USD", "approx")),
    ("r02", "money", "DH 6.5 billion", 0, M("6500000000", "MAD")),
    ("r02", "money", "EUR 150 million", 0, M("150000000", "EUR")),
    ("r02", "money", "US$ 368 million", 0, M("368000000", "USD")),
    ("r02", "money", "DH 4.7 billion", 0, M("4700000000", "MAD")),
    ("r02", "money", "1.2 billion dirhams", 0, M("1200000000", "MAD")),
    # quantities ("about two dozen": spelled out; "half of them": no number; "third": a rank; the
    # rates "a year" stay outside, extra4; the advertising phone number is chrome)
    ("r02", "quantity", "about 70 GWh", 0, Q("70", "GWh", "approx")),
    ("r02", "quantity", "roughly 900,000 electric cars", 0, Q("900000", "car", "approx")),
    ("r02", "quantity", "4,500 direct jobs", 0, Q("4500", "job")),
    ("r02", "quantity", "30,000 tonnes", 0, Q("30000", "t")),
    ("r02", "quantity", "up to 200,000 tonnes", 0, Q("200000", "t", "le")),
    ("r02", "quantity", "18 months", 0, Q("18", "month")),
    ("r02", "quantity", "50,000-tonne", 0, Q("50000", "t")),
    ("r02", "quantity", "38 percent", 0, Q("38", "%")),
    ("r02", "quantity", "more than 60 Chinese companies", 0, Q("60", "company", "gt")),
    ("r02", "quantity", "Some 300 executives", 0, Q("300", "executive", "approx")),
    ("r02", "quantity", "11 cooperation agreements", 0, Q("11", "agreement")),
    ("r02", "quantity", "42 percent", 0, Q("42", "%")),
    ("r02", "quantity", "30 percent", 0, Q("30", "%")),
    # organisations (the masthead is the outlet (extra13/extra23), "Morocco" in it not tagged; the
    # headline's "CNGR" resolves to the body's full name; "Royal Cabinet" and "Foreign Exchange Office"
    # are capitalised public bodies (NOTES); "the Kingdom" is an anaphor (x12); "Investment Charter" is
    # a law's title; the copyright line is chrome; "Industry and Trade Minister" names no body)
    ("r02", "organisation", "Morocco World News", 0, O("Morocco World News")),
    ("r02", "organisation", "receives [[CNGR]] chairman", 0, O(CNGR)),
    ("r02", "organisation", CNGR, 0, O(CNGR)),
    ("r02", "organisation", "Benabbou, [[CNGR]] and", 0, O(CNGR)),
    ("r02", "organisation", "Al Mada", 0, O("Al Mada")),
    ("r02", "organisation", "Royal Cabinet", 0, O("Royal Cabinet")),
    ("r02", "organisation", "COBCO", 0, O("COBCO")),
    ("r02", "organisation", "OCP Group", 0, O("OCP Group")),
    ("r02", "organisation", AMDIE, 0, O(AMDIE)),
    ("r02", "organisation", "([[AMDIE]])", 0, O(AMDIE)),
    ("r02", "organisation", EIB, 0, O(EIB)),
    ("r02", "organisation", "([[EIB]])", 0, O(EIB)),
    ("r02", "organisation", BTR, 0, O(BTR)),
    ("r02", "organisation", "Hailiang Group", 0, O("Hailiang Group")),
    ("r02", "organisation", "Foreign Exchange Office", 0, O("Foreign Exchange Office")),
    ("r02", "organisation", "Mohammed V University", 0, O("Mohammed V University")),
    # places (the King and "Mohammed VI" in the tech city's name are a person; "Yassine Taza Benali"
    # and "Hicham El Jadidi" are persons named like towns; Tangier inside the tech city's name is
    # tagged (extra8's park call); "Washington" stands for the US government (extra13); "US tax
    # credits" is the country; "the Royal Palace" is a building; the Tags line is chrome)
    ("r02", "place", "Rabat - King", 0, RABAT),
    ("r02", "place", "Royal Palace in [[Rabat]]", 0, RABAT),
    ("r02", "place", "[[China]]'s CNGR", 0, CN),
    ("r02", "place", "at [[Jorf Lasfar]], south", 0, JORF),
    ("r02", "place", "south of [[Casablanca]]", 0, CASA),
    ("r02", "place", "the [[Moroccan]] investment fund", 0, MA),
    ("r02", "place", "\"[[Morocco]] is no longer", 0, MA),
    ("r02", "place", "car maker for [[Europe]]", 0, EUROPE),
    ("r02", "place", "port zone of [[Jorf Lasfar]]", 0, JORF),
    ("r02", "place", "customers in [[Europe]]", 0, EUROPE),
    ("r02", "place", "South Korea", 0, C("South Korea", "KR")),
    ("r02", "place", "its [[Jorf Lasfar]] platform", 0, JORF),
    ("r02", "place", "large [[Chinese]] battery", 0, CN),
    ("r02", "place", "Mohammed VI [[Tangier]] Tech City", 0, TANGIER),
    ("r02", "place", "first [[Moroccan]] line", 0, MA),
    ("r02", "place", "near [[Tangier]] in", 0, TANGIER),
    ("r02", "place", "[[Chinese]] foreign direct", 0, CN),
    ("r02", "place", "into [[Morocco]] reached", 0, MA),
    ("r02", "place", "60 [[Chinese]] companies", 0, CN),
    ("r02", "place", "held in [[Casablanca]]", 0, CASA),
    ("r02", "place", "the [[United States]]", 0, C("United States", "US")),
    ("r02", "place", "made in [[Morocco]]", 0, MA),
    ("r02", "place", "for [[US]] tax", 0, C("United States", "US")),
    ("r02", "place", "If [[Washington]]", 0, CITY("Washington", "US")),
    ("r02", "place", "for [[Chinese]] firms", 0, CN),
    ("r02", "place", "University in [[Rabat]]", 0, RABAT),
    ("r02", "place", "The [[Casablanca-Settat]] region", 0, REG("Casablanca-Settat", "MA")),
    ("r02", "place", "the [[Jorf Lasfar]] cluster", 0, JORF),
    ("r02", "place", "when [[Morocco]] expects", 0, MA),
    # summits ("the 2030 World Cup" is a sports event, no summit (n05))
    ("r02", "summit", CMETF, 0, S(CMETF, "2025-03-27", "Casablanca")),
    # events (a royal audience ("receives", first told in the headline) is a meeting of the King,
    # who stands for his country, with the company whose chairman he receives; the headline's
    # "deal is sealed" anchors the MoU signing the body tells with "signed" (NOTES' first mention),
    # placed and dated by the audience it followed, the minister (no body named) standing for
    # Morocco (extra5), its worth the headline's sum; "after the ceremony" is that signing; "started
    # production" is a first-output milestone (extra11/extra25) of the complex that COBCO runs;
    # "broke ground" starts building work with its value in the same sentence (extra8); "opened its
    # first ... line" is an opening (ceremony, extra27); "ahead of the launch", "will produce",
    # "will supply", "is considering", "discussed", "announced" (a tally of agreements at the forum,
    # extra4) and "reached" (an FDI total) are no occurrences)
    ("r02", "event", "receives", 0, E("meeting", "2025-04-08", "Rabat", ["Morocco", CNGR])),
    ("r02", "event", "sealed", 0,
     E("signing", "2025-04-08", "Rabat", ["Morocco", CNGR, "Al Mada"], M("20000000000", "MAD"))),
    ("r02", "event", "started [[production]]", 0, E("production", "2025-Q1", "Jorf Lasfar", ["COBCO"])),
    ("r02", "event", "broke ground", 0, E("construction", "2024-09", "Tangier", [BTR], M("368000000", "USD"))),
    ("r02", "event", "[[opened]] its first", 0, E("ceremony", "2025-01", "Tangier", ["Hailiang Group"])),
]

# ================================= r03 AZERTAC, Baku (14.05.2025, 17:26, a Wednesday)
AZ = C("Azerbaijan", "AZ")
KZ = C("Kazakhstan", "KZ")
GE = C("Georgia", "GE")
TR = C("Türkiye", "TR")
BAKU = CITY("Baku", "AZ")
ALAT = CITY("Alat", "AZ")
AKTAU = CITY("Aktau", "KZ")
KARS = CITY("Kars", "TR")
XIAN = CITY("Xi'an", "CN")
POTI = CITY("Poti", "GE")
ADY = "Azerbaijan Railways CJSC"
XIP = "Xi'an International Inland Port Investment and Development Group"
KTZ = "Kazakhstan Temir Zholy"
CCCC = "China Communications Construction Company"
ZPMC = "Shanghai Zhenhua Heavy Industries Company"
CR = "China State Railway Group Co., Ltd."
TCTMM = "4th Trans-Caspian Transport Ministers' Meeting"
COUNTRIES4 = ["Azerbaijan", "Kazakhstan", "Georgia", "Türkiye"]
A03 = [
    # dates (a day.month.year header joined to its time by a comma is one fact (extra18); "A day later"
    # after May 13 is an anaphoric offset (extra25); "the spring of 2026" -> TIMEX3's season code
    # (extra21's "the summer of 2026"); "three weeks", "year on year": no dates; the copyright year
    # is chrome)
    ("r03", "date", "14.05.2025, 17:26", 0, "2025-05-14T17:26"),
    ("r03", "date", "Baku, [[May 14]]", 0, "2025-05-14"),
    ("r03", "date", "on [[May 13]]", 0, "2025-05-13"),
    ("r03", "date", "the end of 2026", 0, "2026"),
    ("r03", "date", "January 1, 2026", 0, "2026-01-01"),
    ("r03", "date", "the first four months of this year", 0, "2025-01/2025-04"),
    ("r03", "date", "of [[2024]] saw", 0, "2024"),
    ("r03", "date", "A day later", 0, "2025-05-14"),
    ("r03", "date", "in [[March]]", 0, "2025-03"),
    ("r03", "date", "tonnes in [[2024]]", 0, "2024"),
    ("r03", "date", "next year", 0, "2026"),
    ("r03", "date", "next year", 1, "2026"),
    ("r03", "date", "last year", 0, "2024"),
    ("r03", "date", "the fourth quarter", 0, "2025-Q4"),
    ("r03", "date", "in [[2023]]", 0, "2023"),
    ("r03", "date", "Also on [[May 13]]", 0, "2025-05-13"),
    ("r03", "date", "the spring of 2026", 0, "2026-SP"),
    # money ("manats" and "AZN" are the Azerbaijani manat; "the price of a container ... down to
    # $2,950, from about $4,100": two prices, both money (extra11))
    ("r03", "money", "142 million manats", 0, M("142000000", "AZN")),
    ("r03", "money", "$83.5 million", 0, M("83500000", "USD")),
    ("r03", "money", "TRY 4.8 billion", 0, M("4800000000", "TRY")),
    ("r03", "money", "about US$125 million", 0, M("125000000", "USD", "approx")),
    ("r03", "money", "45 billion tenge", 0, M("45000000000", "KZT")),
    ("r03", "money", "AZN 1.9 billion", 0, M("1900000000", "AZN")),
    ("r03", "money", "$2,950", 0, M("2950", "USD")),
    ("r03", "money", "about $4,100", 0, M("4100", "USD", "approx")),
    # quantities ("pass 10 million tonnes": the verb qualifier outside, gt (NOTES' "exceeded");
    # "4th", "third", "second": ranks; "three weeks", "Four of them": spelled out; the phone line is chrome)
    ("r03", "quantity", "15 days", 0, Q("15", "day")),
    ("r03", "quantity", "48,300 TEU", 0, Q("48300", "TEU")),
    ("r03", "quantity", "62 percent", 0, Q("62", "%")),
    ("r03", "quantity", "4.5 million tonnes", 0, Q("4500000", "t")),
    ("r03", "quantity", "up to 600 block trains", 0, Q("600", "train", "le")),
    ("r03", "quantity", "36-hectare", 0, Q("36", "ha")),
    ("r03", "quantity", "250,000 TEU", 0, Q("250000", "TEU")),
    ("r03", "quantity", "1.2 million tonnes", 0, Q("1200000", "t")),
    ("r03", "quantity", "12 rubber-tyred gantry cranes", 0, Q("12", "crane")),
    ("r03", "quantity", "7.1 million tonnes", 0, Q("7100000", "t")),
    ("r03", "quantity", "10 million tonnes", 0, Q("10000000", "t", "gt")),
    ("r03", "quantity", "105-kilometer", 0, Q("105", "km")),
    ("r03", "quantity", "72,000 TEU", 0, Q("72000", "TEU")),
    ("r03", "quantity", "11 resident companies", 0, Q("11", "company")),
    # organisations (the dateline tag and "AZERTAC reports" are the agency (extra11); "Minister of
    # Digital Development and Transport" and "Transport Minister" name no body (extra5); "the Baku
    # International Sea Trade Port" is told as a facility here (a port named after its city, its city
    # tagged, x04/x12); "China Railway" in brackets is the group's defined short form; the "Follow
    # AZERTAC" line and the copyright line are chrome)
    ("r03", "organisation", "May 14, [[AZERTAC]]", 0, O("AZERTAC")),
    ("r03", "organisation", "[[AZERTAC]] reports", 0, O("AZERTAC")),
    ("r03", "organisation", ADY, 0, O(ADY)),
    ("r03", "organisation", "([[ADY]])", 0, O(ADY)),
    ("r03", "organisation", XIP, 0, O(XIP)),
    ("r03", "organisation", KTZ, 0, O(KTZ)),
    ("r03", "organisation", "([[KTZ]])", 0, O(KTZ)),
    ("r03", "organisation", "and [[ADY]] also", 0, O(ADY)),
    ("r03", "organisation", CCCC, 0, O(CCCC)),
    ("r03", "organisation", "([[CCCC]])", 0, O(CCCC)),
    ("r03", "organisation", ZPMC, 0, O(ZPMC)),
    ("r03", "organisation", "([[ZPMC]])", 0, O(ZPMC)),
    ("r03", "organisation", "Caspian Policy Center", 0, O("Caspian Policy Center")),
    ("r03", "organisation", CR, 0, O(CR)),
    ("r03", "organisation", "([[China Railway]])", 0, O(CR)),
    # places (the Middle Corridor is a route and the Black Sea a water body (extra20): no places;
    # towns in a railway's name are tagged (extra12); "Alat Logistics Centre", "Alat Free Economic
    # Zone" and "Baku International Sea Trade Port" tag their towns (extra9/extra22); "Xi'an" inside
    # the inland port company's name and places inside the summit's name are not tagged (flat);
    # "Elnur Shamakhi" is a person named like a town; "Four of them are Chinese" is a predicate
    # demonym (extra27); the Nakhchivan exclave is a region of Azerbaijan (extra12))
    ("r03", "place", "in [[Baku]] as", 0, BAKU),
    ("r03", "place", "[[Chinese]]-built logistics", 0, CN),
    ("r03", "place", "opens at [[Alat]]", 0, ALAT),
    ("r03", "place", "Baku, May 14", 0, BAKU),
    ("r03", "place", "ministers of [[Azerbaijan]]", 0, AZ),
    ("r03", "place", "Azerbaijan, [[Kazakhstan]]", 0, KZ),
    ("r03", "place", "Kazakhstan, [[Georgia]]", 0, GE),
    ("r03", "place", "Georgia and [[Türkiye]] met", 0, TR),
    ("r03", "place", "met in [[Baku]] on", 0, BAKU),
    ("r03", "place", "the [[Chinese]] border", 0, CN),
    ("r03", "place", "chaired by [[Azerbaijan]]'s", 0, AZ),
    ("r03", "place", "leaves [[Xi'an]]", 0, XIAN),
    ("r03", "place", "reaches [[Poti]]", 0, POTI),
    ("r03", "place", "ports of [[Aktau]]", 0, AKTAU),
    ("r03", "place", "Aktau and [[Alat]].", 0, ALAT),
    ("r03", "place", "New centre at [[Alat]]", 0, ALAT),
    ("r03", "place", "the [[Alat]] Logistics", 0, ALAT),
    ("r03", "place", "the [[Baku]] International", 0, BAKU),
    ("r03", "place", "Port in [[Alat]]", 0, ALAT),
    ("r03", "place", "[[Chinese]] Ambassador", 0, CN),
    ("r03", "place", "a [[Chinese]]-built bridge", 0, CN),
    ("r03", "place", "Asia", 0, REG("Asia")),
    ("r03", "place", "and [[Europe]]", 0, REG("Europe")),
    ("r03", "place", "[[Türkiye]] has set", 0, TR),
    ("r03", "place", "the [[Kars]] logistics", 0, KARS),
    ("r03", "place", "the [[Turkish]] end", 0, TR),
    ("r03", "place", "the [[Baku]]-Tbilisi", 0, BAKU),
    ("r03", "place", "Tbilisi", 0, CITY("Tbilisi", "GE")),
    ("r03", "place", "Tbilisi-[[Kars]]", 0, KARS),
    ("r03", "place", "[[Turkish]] deputy", 0, TR),
    ("r03", "place", "said in [[Baku]]", 0, BAKU),
    ("r03", "place", "from [[Kars]] to", 0, KARS),
    ("r03", "place", "Dilucu", 0, CITY("Dilucu", "TR")),
    ("r03", "place", "Nakhchivan", 0, REG("Nakhchivan", "AZ")),
    ("r03", "place", "[[Kazakhstan]]'s delegation", 0, KZ),
    ("r03", "place", "the [[Aktau]] port", 0, AKTAU),
    ("r03", "place", "[[Azerbaijan]]'s Alat Free", 0, AZ),
    ("r03", "place", "'s [[Alat]] Free", 0, ALAT),
    ("r03", "place", "are [[Chinese]].", 0, CN),
    ("r03", "place", "the [[Baku]]-based", 0, BAKU),
    ("r03", "place", "from [[Xi'an]] to", 0, XIAN),
    ("r03", "place", "to [[Poti]] down", 0, POTI),
    ("r03", "place", "met in [[Baku]] a", 0, BAKU),
    ("r03", "place", "Horgos", 0, CITY("Horgos", "CN")),
    ("r03", "place", "Astana", 0, CITY("Astana", "KZ")),
    # summits (a numbered ministers' meeting is a summit with its ordinal (extra8's JCC, y05); "the
    # meeting" after it is an anaphor)
    ("r03", "summit", TCTMM, 0, S(TCTMM, "2025-05-13", "Baku")),
    # events (the headline "sign" anchors the joint declaration the body tells (NOTES' first mention);
    # the ministers (no body named) stand for their four countries (extra5), the meeting they "met" for
    # is a meeting of its own, "chaired" a retelling of it; the two agreements "On the sidelines of the
    # meeting" take its day and city (extra21); the headline "opens" anchors the opening (ceremony) that
    # the body tells with "attended the opening", dated "A day later", its attendees the four ministers'
    # countries and the ambassador's China (NOTES' attendees; "cut the ribbon" a sub-step, extra30); the
    # centre "built by" CCCC at a cost is an undated construction (extra12); "delivered 12 ... cranes"
    # to the site is a delivery placed by the site; "has set aside" is financing, "is due to start",
    # "will be commissioned", "will meet again" future; "handled", "attracted" tallies; "met ... a
    # delegation" a meeting, Nabiyev standing for Azerbaijan)
    ("r03", "event", "sign", 0, E("signing", "2025-05-13", "Baku", COUNTRIES4)),
    ("r03", "event", "opens", 0, E("ceremony", "2025-05-14", "Alat", COUNTRIES4 + ["China"])),
    ("r03", "event", "Türkiye [[met]] in Baku", 0, E("meeting", "2025-05-13", "Baku", COUNTRIES4)),
    ("r03", "event", "Group [[signed]] an agreement", 0,
     E("signing", "2025-05-13", "Baku", [ADY, XIP], Q("600", "train", "le"))),
    ("r03", "event", "also [[signed]] a protocol", 0, E("signing", "2025-05-13", "Baku", [KTZ, ADY])),
    ("r03", "event", "[[built]] by China", 0, E("construction", None, "Alat", [CCCC], M("142000000", "AZN"))),
    ("r03", "event", "[[delivered]] 12", 0, E("delivery", "2025-03", "Alat", [ZPMC], Q("12", "crane"))),
    ("r03", "event", "Nabiyev [[met]] in Baku", 0, E("meeting", "2025-05-13", "Baku", ["Azerbaijan", CR])),
]

# ================================= r04 China Daily feature (Updated: 2025-05-26 07:30, a Monday)
KE = C("Kenya", "KE")
KH = C("Cambodia", "KH")
GARISSA = CITY("Garissa", "KE")
PNH = CITY("Phnom Penh", "KH")
BAVET = CITY("Bavet", "KH")
CJIC = "China Jiangxi Corporation for International Economic and Technical Cooperation"
REREC = "Rural Electrification and Renewable Energy Corporation"
CET = "China Electric Power Equipment and Technology Co"
MPWT = "Ministry of Public Works and Transport"
BREMC = "fifth Belt and Road Energy Ministerial Conference"
A04 = [
    # dates ("Vision 2030" is a programme's name (extra21); "the same period" has no calendar unit
    # (extra4); "two hours", "five hours": spelled-out durations; the breadcrumb, the "Related:" line
    # and the copyright years are chrome)
    ("r04", "date", "2025-05-26 07:30", 0, "2025-05-26T07:30"),
    ("r04", "date", "in [[2018]],", 0, "2018"),
    ("r04", "date", "December 2018", 0, "2018-12"),
    ("r04", "date", "Last year", 0, "2024"),
    ("r04", "date", "in [[April]] by", 0, "2025-04"),
    ("r04", "date", "May 9", 0, "2025-05-09"),
    ("r04", "date", "last week", 0, "2025-W21"),
    ("r04", "date", "June 2023", 0, "2023-06"),
    ("r04", "date", "the end of April", 0, "2025-04"),
    ("r04", "date", "in [[2024]]", 0, "2024"),
    ("r04", "date", "the first four months of 2025", 0, "2025-01/2025-04"),
    ("r04", "date", "on [[Thursday]]", 0, "2025-05-22"),
    ("r04", "date", "June 24 to 26", 0, "2025-06-24/2025-06-26"),
    ("r04", "date", "by [[2030]]", 0, "2030"),
    # money ("KSh" is the Kenya shilling (extra14); "riels" the Cambodian riel; "deal worth": no qualifier)
    ("r04", "money", "KSh 4.1 billion", 0, M("4100000000", "KES")),
    ("r04", "money", "$31.7 million", 0, M("31700000", "USD")),
    ("r04", "money", "$1.6 billion", 0, M("1600000000", "USD")),
    ("r04", "money", "820 billion riels", 0, M("820000000000", "KHR")),
    ("r04", "money", "about $204 million", 0, M("204000000", "USD", "approx")),
    ("r04", "money", "78.6 billion yuan", 0, M("78600000000", "CNY")),
    ("r04", "money", "$10.9 billion", 0, M("10900000000", "USD")),
    ("r04", "money", "$66.2 billion", 0, M("66200000000", "USD")),
    # quantities ("120 Kenyan staff" keeps the demonym inside (extra15); "second", "first", "fifth":
    # ranks; the e-mail address is chrome)
    ("r04", "quantity", "85 hectares", 0, Q("85", "ha")),
    ("r04", "quantity", "120 Kenyan staff", 0, Q("120", "staff")),
    ("r04", "quantity", "50-megawatt", 0, Q("50", "MW")),
    ("r04", "quantity", "96 million kilowatt-hours", 0, Q("96000000", "kWh")),
    ("r04", "quantity", "about 70,000 homes", 0, Q("70000", "home", "approx")),
    ("r04", "quantity", "30 MW", 0, Q("30", "MW")),
    ("r04", "quantity", "40-MWh", 0, Q("40", "MWh")),
    ("r04", "quantity", "200 solar street lamps", 0, Q("200", "lamp")),
    ("r04", "quantity", "135-kilometer", 0, Q("135", "km")),
    ("r04", "quantity", "58 percent", 0, Q("58", "%")),
    ("r04", "quantity", "About 3,400 people", 0, Q("3400", "person", "approx")),
    ("r04", "quantity", "over 80 percent", 0, Q("80", "%", "gt")),
    ("r04", "quantity", "4,100 households", 0, Q("4100", "household")),
    ("r04", "quantity", "187-km", 0, Q("187", "km")),
    ("r04", "quantity", "4.2 million vehicles", 0, Q("4200000", "vehicle")),
    ("r04", "quantity", "about 120 minutes", 0, Q("120", "minute", "approx")),
    ("r04", "quantity", "12.3 percent", 0, Q("12.3", "%")),
    ("r04", "quantity", "more than 40 countries", 0, Q("40", "country", "gt")),
    ("r04", "quantity", "1,000 MW", 0, Q("1000", "MW")),
    # organisations (masthead and byline are the paper (NOTES' byline); "BRI" is an initiative;
    # "Energy Cabinet Secretary" names no body; "China Daily Information Co" sits in the copyright
    # line (chrome); "Jiangxi" and "China" inside company names are not tagged (flat))
    ("r04", "organisation", "China Daily", 0, O("China Daily")),
    ("r04", "organisation", "China Daily", 1, O("China Daily")),
    ("r04", "organisation", CJIC, 0, O(CJIC)),
    ("r04", "organisation", "([[CJIC]])", 0, O(CJIC)),
    ("r04", "organisation", REREC, 0, O(REREC)),
    ("r04", "organisation", "([[REREC]])", 0, O(REREC)),
    ("r04", "organisation", "[[REREC]] said", 0, O(REREC)),
    ("r04", "organisation", CET, 0, O(CET)),
    ("r04", "organisation", "([[CET]])", 0, O(CET)),
    ("r04", "organisation", "State Grid Corporation of China", 0, O("State Grid Corporation of China")),
    ("r04", "organisation", EXIM, 0, O(EXIM)),
    ("r04", "organisation", "[[CET]] also", 0, O(CET)),
    ("r04", "organisation", CRBC, 0, O(CRBC)),
    ("r04", "organisation", MPWT, 0, O(MPWT)),
    ("r04", "organisation", "Ministry of Commerce", 0, O("Ministry of Commerce")),
    # places (the byline's places are header text (NOTES); the breadcrumb "Africa" is chrome; towns in
    # an expressway's name are tagged (extra8); "the Vietnamese border" is the country (extra30's
    # "the Chinese border"); "Abdirahman Wajir Hussein" and "Chan Kampot" are persons named like places
    # (extra6/extra11); the Mekong is a river; "Belt and Road partner countries" names no place)
    ("r04", "place", "in [[Garissa]], Kenya and", 0, GARISSA),
    ("r04", "place", "Garissa, [[Kenya]] and", 0, KE),
    ("r04", "place", "in [[Phnom Penh]] |", 0, PNH),
    ("r04", "place", "GARISSA", 0, GARISSA),
    ("r04", "place", "GARISSA, [[Kenya]]", 0, KE),
    ("r04", "place", "outside [[Garissa]]", 0, GARISSA),
    ("r04", "place", "120 [[Kenyan]] staff", 0, KE),
    ("r04", "place", "northeastern [[Kenya]]", 0, KE),
    ("r04", "place", "East Africa", 0, REG("East Africa")),
    ("r04", "place", "\"[[Garissa]] used", 0, GARISSA),
    ("r04", "place", "Nairobi", 0, CITY("Nairobi", "KE")),
    ("r04", "place", "[[Kenya]]'s Energy", 0, KE),
    ("r04", "place", "in [[Garissa]] township", 0, GARISSA),
    ("r04", "place", "PHNOM PENH", 0, PNH),
    ("r04", "place", "Kandal", 0, REG("Kandal", "KH")),
    ("r04", "place", "the future [[Phnom Penh]]-Bavet", 0, PNH),
    ("r04", "place", "Phnom Penh-[[Bavet]] Expressway", 0, BAVET),
    ("r04", "place", "[[Cambodia]]'s second", 0, KH),
    ("r04", "place", "the [[Vietnamese]] border", 0, C("Vietnam", "VN")),
    ("r04", "place", "border at [[Bavet]]", 0, BAVET),
    ("r04", "place", "a [[Chinese]]-funded", 0, CN),
    ("r04", "place", "Takeo", 0, CITY("Takeo", "KH")),
    ("r04", "place", "drive to [[Vietnam]]", 0, C("Vietnam", "VN")),
    ("r04", "place", "them [[Cambodian]]", 0, KH),
    ("r04", "place", "first [[Chinese]]-built", 0, CN),
    ("r04", "place", "the 187-km [[Phnom Penh]]-Sihanoukville", 0, PNH),
    ("r04", "place", "Sihanoukville", 0, CITY("Sihanoukville", "KH")),
    ("r04", "place", "BEIJING", 0, BEJ),
    ("r04", "place", "[[Chinese]] enterprises'", 0, CN),
    ("r04", "place", "by [[Chinese]] contractors", 0, CN),
    ("r04", "place", "Qingdao", 0, CITY("Qingdao", "CN")),
    ("r04", "place", "Shandong", 0, REG("Shandong", "CN")),
    ("r04", "place", "\"[[Kenya]] will come", 0, KE),
    ("r04", "place", "[[Kenya]] aims", 0, KE),
    # summits (an energy ministerial conference coming up, its dates and city told)
    ("r04", "summit", BREMC, 0, S(BREMC, "2025-06-24/2025-06-26", "Qingdao")),
    # events (the station "opened" (ceremony, no party named, extra26) and "was built by" CJIC "for"
    # REREC (an undated construction of builder and owner, extra6/extra12); "Last year it generated"
    # is the owner's annual output (extra16); the second phase "was completed ... at a cost of" is a
    # construction with its cost (extra7); the Cabinet Secretary (no body named) "inaugurated" the
    # battery bank: a ceremony of Kenya; "donated" lamps to an unnamed school: a donation with its
    # count; the expressway "is being built by" CRBC under a deal whose worth the same clause gives
    # (extra8) is one building work, anchored on its first mention and dated by the start the next
    # sentence tells ("Construction began": the same occurrence, no completion told); "has paid ...
    # compensation" (extra18), "carried" (traffic), "reached"/"contracts signed ... totaled" (MOFCOM
    # tallies, extra4) and "will be held" are no occurrences)
    ("r04", "event", "it [[opened]] in", 0, E("ceremony", "2018-12", "Garissa")),
    ("r04", "event", "was [[built]] by China Jiangxi", 0, E("construction", None, "Garissa", [CJIC, REREC])),
    ("r04", "event", "generated", 0, E("production", "2024", "Garissa", [REREC], Q("96000000", "kWh"))),
    ("r04", "event", "was [[completed]] in April", 0,
     E("construction", "2025-04", "Garissa", [CET], M("4100000000", "KES"))),
    ("r04", "event", "inaugurated", 0, E("ceremony", "2025-05-09", "Garissa", ["Kenya"])),
    ("r04", "event", "donated", 0, E("donation", "2025-W21", "Garissa", [CET], Q("200", "lamp"))),
    ("r04", "event", "is being [[built]] by", 0, E("construction", "2023-06", None, [CRBC], M("1600000000", "USD"))),
]
ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "r*.txt")
