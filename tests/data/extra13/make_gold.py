#!/usr/bin/env python3
"""Build tests/data/extra13/gold.jsonl from hand annotations of the n*.txt documents here.

The five documents are invented but realistic Belt and Road news texts (an Ethiopian Ministry of
Industry press release on the handover of the Bahir Dar Industrial Park's second phase with
Birr/ETB/USD amounts and Ethiopian fiscal years; a UzA story on the groundbreaking of a Changan car
plant in Namangan region with soum/dollar amounts and the intergovernmental committee; a CamboJA
story on evictions and a suspended UDG contract at Dara Sakor with riel/USD amounts; a Handelsblatt
English Edition story on EU state aid for the CATL-Stellantis LFP plant near Zaragoza with EUR/CNY
amounts and GWh; an RNZ Pacific story on a China-built road in Nuku'alofa with TOP/CNY/VUV amounts)
written BLIND: annotated from shared/gold/NOTES.md and shared/spec/facts.md alone, without
running bri_corpus on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls
recorded in tests/data/extra3 ... extra11/make_gold.py; the comments record the calls NOTES
leaves open.  Calls made for the first time in this set:
  - Ethiopia's fiscal year (1 Hamle to 30 Sene, about 8 July to 7 July) is read at month
    precision as July-June, like t03's Bangladeshi one: "the 2022/23 fiscal year" ->
    2022-07/2023-06; "the end of the 2026/27 fiscal year" -> the fiscal year (NOTES' "the end
    of January"); "the first half of the 2023/24 fiscal year" -> 2023-07/2023-12;
  - an Ethiopian-calendar year inside a reference number ("MoI/PR/117/2017 E.C.") is part of an
    identifier: no date, no quantity, and "MoI" in it no organisation mention;
  - a press release's masthead and signature block (ministry and country names) are text (extra5's
    signature-block call); the web address under it is chrome;
  - a handover ceremony told by a headline verb ("Government Receives ...") anchors on that verb
    (NOTES' first mention); its participants are the host government and ministry, the contractor,
    and the attendees' bodies (an ambassador stands for the state named in the title);
  - continents in a quote ("investors from Asia, Europe") are regions without a country;
  - a person named like a town ("H.E. Dessie Bekele", the byline "Sok Kratie") is no place;
  - a signing at a committee meeting of "14 documents ... worth a total of 5.1 billion dollars" takes
    the count as its amount (u-call for orders, w07's "signing of 34 agreements");
  - a country's national output ("Spain ... assembling 2.38 million vehicles in 2024") is a tally,
    no production event; a single firm's annual output ("Uzavtosanoat produced 412,000 cars") is one;
  - a capital standing for its government or for an EU body ("Brussels clears", "Madrid wants", "every
    pa'anga we send to Beijing") is the city place, as written;
  - a newspaper masthead's edition label ("HANDELSBLATT ENGLISH EDITION") stays outside: the paper is
    "Handelsblatt";
  - a resort/concession name ("Dara Sakor") and a volcano's name ("Hunga Tonga-Hunga Ha'apai") are no
    places; a district in a national park's name ("Botum Sakor National Park") is tagged (u-call);
  - "had built 460 houses": a building work whose count is its amount; a sports event ("Pacific Mini
    Games") is no summit;
  - "a year after" one event told of another is a span between them, no date.
Run:  python3 tests/data/extra13/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

# ================================= n01 Ethiopian Ministry of Industry press release (14 March 2025)
FDRE = "Federal Democratic Republic of Ethiopia"
GOVET = "Government of the Federal Democratic Republic of Ethiopia"
MOI = "Ministry of Industry"
CCECC = "China Civil Engineering Construction Corporation"
IPDC = "Industrial Parks Development Corporation"
ARIC = "Amhara Regional Investment Commission"
MOF = "Ministry of Finance"
EXIM = "Export-Import Bank of China"
ZLT = "Zhejiang Lanhua Textile"
ABAY = "Abay Leather Works"
PRC = "People's Republic of China"
BAHIR = CITY("Bahir Dar", "ET")
ET = C("Ethiopia", "ET")
A01 = [
    # dates ("2017 E.C." in the reference number: an identifier; "two months ahead of schedule": a
    # spelled-out duration; "early 2023" -> the year (x06); Wednesday before Friday 14 March)
    ("n01", "date", "14 March 2025", 0, "2025-03-14"),
    ("n01", "date", "on [[Wednesday]]", 0, "2025-03-12"),
    ("n01", "date", "November 2021", 0, "2021-11"),
    ("n01", "date", "early 2023", 0, "2023"),
    ("n01", "date", "January this year", 0, "2025-01"),
    ("n01", "date", "July 2022", 0, "2022-07"),
    ("n01", "date", "the 2022/23 fiscal year", 0, "2022-07/2023-06"),
    ("n01", "date", "the end of the 2026/27 fiscal year", 0, "2026-07/2027-06"),
    ("n01", "date", "since [[2011]]", 0, "2011"),
    ("n01", "date", "the same day", 0, "2025-03-12"),
    ("n01", "date", "the first half of the 2023/24 fiscal year", 0, "2023-07/2023-12"),
    # money (Birr -> ETB; "a year": the rate stays outside)
    ("n01", "money", "Birr 5.4 billion", 0, M("5400000000", "ETB")),
    ("n01", "money", "about US$ 42 million", 0, M("42000000", "USD", "approx")),
    ("n01", "money", "ETB 3.1 billion", 0, M("3100000000", "ETB")),
    ("n01", "money", "more than USD 60 million", 0, M("60000000", "USD", "gt")),
    ("n01", "money", "$95 million", 0, M("95000000", "USD")),
    # quantities ("second phase": rank; "four sheds", "two investors": spelled-out counts; "per day":
    # a rate outside; the phone number and "117" in the reference: identifiers)
    ("n01", "quantity", "75 hectares", 0, Q("75", "ha")),
    ("n01", "quantity", "14 factory sheds", 0, Q("14", "shed")),
    ("n01", "quantity", "112,000 square metres", 0, Q("112000", "m2")),
    ("n01", "quantity", "10 MW", 0, Q("10", "MW")),
    ("n01", "quantity", "4,500 cubic metres", 0, Q("4500", "m3")),
    ("n01", "quantity", "up to 20,000 jobs", 0, Q("20000", "job", "le")),
    ("n01", "quantity", "more than 1,800 km", 0, Q("1800", "km", "gt")),
    ("n01", "quantity", "3 industrial parks", 0, Q("3", "park")),
    ("n01", "quantity", "32,000 square metres", 0, Q("32000", "m2")),
    # organisations ("Minister of Industry": a title naming no body (extra5); "The Ministry": generic;
    # "Public Relations Directorate": an internal unit; "the federal government": lower-case generic;
    # the parks are facilities, not organisations (extra8))
    ("n01", "organisation", MOI, 0, O(MOI)),
    ("n01", "organisation", GOVET, 0, O(GOVET)),
    ("n01", "organisation", "the [[Ministry of Industry]] (MoI)", 0, O(MOI)),
    ("n01", "organisation", "(MoI)", 0, O(MOI)),
    ("n01", "organisation", CCECC, 0, O(CCECC)),
    ("n01", "organisation", "(CCECC)", 0, O(CCECC)),
    ("n01", "organisation", IPDC, 0, O(IPDC)),
    ("n01", "organisation", "(IPDC)", 0, O(IPDC)),
    ("n01", "organisation", ARIC, 0, O(ARIC)),
    ("n01", "organisation", MOF, 0, O(MOF)),
    ("n01", "organisation", EXIM, 0, O(EXIM)),
    ("n01", "organisation", "[[CCECC]] has worked", 0, O(CCECC)),
    ("n01", "organisation", "[[IPDC]] signed", 0, O(IPDC)),
    ("n01", "organisation", ZLT, 0, O(ZLT)),
    ("n01", "organisation", ABAY, 0, O(ABAY)),
    ("n01", "organisation", "Ethiopia\n[[Ministry of Industry]]\nwww", 0, O(MOI)),
    # places (the FDRE inside the Government's name is not tagged; Amhara inside the commission's
    # name is not; "the region", "the country": generic; Dessie in the minister's name is a person)
    ("n01", "place", "Industry\n[[Federal Democratic Republic of Ethiopia]]", 0, C(FDRE, "ET")),
    ("n01", "place", "Addis Ababa", 0, CITY("Addis Ababa", "ET")),
    ("n01", "place", "Bahir Dar", 0, BAHIR),
    ("n01", "place", "[[Chinese]] Contractor", 0, C("China", "CN")),
    ("n01", "place", "Bahir Dar", 1, BAHIR),
    ("n01", "place", "the [[Amhara]] region", 0, REG("Amhara", "ET")),
    ("n01", "place", PRC, 0, C(PRC, "CN")),
    ("n01", "place", "to [[Ethiopia]],", 0, ET),
    ("n01", "place", "Bahir Dar", 2, BAHIR),
    ("n01", "place", "Asia", 0, REG("Asia")),
    ("n01", "place", "Europe", 0, REG("Europe")),
    ("n01", "place", "in [[Ethiopia]] since", 0, ET),
    ("n01", "place", "[[Chinese]] companies", 0, C("China", "CN")),
    ("n01", "place", "Hawassa", 0, CITY("Hawassa", "ET")),
    ("n01", "place", "[[Federal Democratic Republic of Ethiopia]]\nMinistry of Industry\nwww", 0, C(FDRE, "ET")),
    # events ("held a handover ceremony" and "Addressing the ceremony": the headline's occurrence;
    # "is covered by", "financed": financing, no type; "worked on": a tally of a firm's record, no
    # occurrence; "exported goods worth": a trade figure (r-call); "expected to create": future)
    ("n01", "event", "Receives", 0,
     E("ceremony", "2025-03-12", "Bahir Dar", [GOVET, MOI, CCECC, PRC, IPDC, ARIC])),
    ("n01", "event", "inaugurated", 0, E("ceremony", "2021-11", "Bahir Dar")),
    ("n01", "event", "Construction [[began]]", 0, E("construction", "2023", "Bahir Dar", [CCECC])),
    ("n01", "event", "was [[completed]] in January", 0, E("construction", "2025-01", "Bahir Dar", [CCECC])),
    ("n01", "event", "Finance [[signed]]", 0, E("signing", "2022-07", None, [MOF, EXIM], M("3100000000", "ETB"))),
    ("n01", "event", "IPDC [[signed]]", 0,
     E("signing", "2025-03-12", "Bahir Dar", [IPDC, ZLT, ABAY], Q("32000", "m2"))),
]

# ================================= n02 UzA, Namangan (22.04.2025, 16:40)
UZA = "National News Agency of Uzbekistan"
CUM = "Changan Uz Motors LLC"
UZAVTO = "JSC Uzavtosanoat"
CHANGAN = "Chongqing Changan Automobile Co., Ltd."
UFRD = "Uzbekistan Fund for Reconstruction and Development"
BOC = "Bank of China"
NBU = "National Bank for Foreign Economic Activity of the Republic of Uzbekistan"
IGC = "Uzbekistan-China Intergovernmental Committee on Cooperation"
UZ = C("Uzbekistan", "UZ")
CN = C("China", "CN")
NAMREG = REG("Namangan", "UZ")
TASH = CITY("Tashkent", "UZ")
A02 = [
    # dates (the header's date and time are one fact (extra5); the dateline's "April 22" is text (v06);
    # "the previous year" refers back to 2024; the copyright years are chrome)
    ("n02", "date", "22.04.2025, 16:40", 0, "2025-04-22T16:40"),
    ("n02", "date", "April 22", 0, "2025-04-22"),
    ("n02", "date", "Today", 0, "2025-04-22"),
    ("n02", "date", "in [[2028]]", 0, "2028"),
    ("n02", "date", "the fourth quarter of 2026", 0, "2026-Q4"),
    ("n02", "date", "April 18", 0, "2025-04-18"),
    ("n02", "date", "10-11 March this year", 0, "2025-03-10/2025-03-11"),
    ("n02", "date", "in [[2024]]", 0, "2024"),
    ("n02", "date", "the previous year", 0, "2023"),
    ("n02", "date", "Last year", 0, "2024"),
    # money (soums -> UZS; a bare "dollars" in an Uzbek agency story -> USD)
    ("n02", "money", "450 million US dollars", 0, M("450000000", "USD")),
    ("n02", "money", "2.9 trillion soums", 0, M("2900000000000", "UZS")),
    ("n02", "money", "5.1 billion dollars", 0, M("5100000000", "USD")),
    ("n02", "money", "13.8 billion dollars", 0, M("13800000000", "USD")),
    # quantities ("a year": a rate outside; "first phase", "eighth": ranks; the phone number: none)
    ("n02", "quantity", "51 percent", 0, Q("51", "%")),
    ("n02", "quantity", "68 hectares", 0, Q("68", "ha")),
    ("n02", "quantity", "50,000 passenger cars", 0, Q("50000", "car")),
    ("n02", "quantity", "10,000 light commercial vehicles", 0, Q("10000", "vehicle")),
    ("n02", "quantity", "25,000 cars", 0, Q("25000", "car")),
    ("n02", "quantity", "About 3,500 new jobs", 0, Q("3500", "job", "approx")),
    ("n02", "quantity", "14 documents", 0, Q("14", "document")),
    ("n02", "quantity", "22.4 percent", 0, Q("22.4", "%")),
    ("n02", "quantity", "More than 2,800 enterprises", 0, Q("2800", "enterprise", "gt")),
    ("n02", "quantity", "412,000 cars", 0, Q("412000", "car")),
    ("n02", "quantity", "61,500 vehicles", 0, Q("61500", "vehicle")),
    # organisations (the masthead and the dateline tag are text, the copyright line chrome; Uzbekistan
    # and China inside the names are not tagged; "Changan" alone is the Chongqing carmaker, not the JV;
    # the deputy prime minister's title names no body (extra5); "CIS" stays as written, as NOTES' SCO)
    ("n02", "organisation", "UzA", 0, O(UZA)),
    ("n02", "organisation", UZA, 0, O(UZA)),
    ("n02", "organisation", "(UzA)", 0, O(UZA)),
    ("n02", "organisation", CUM, 0, O(CUM)),
    ("n02", "organisation", UZAVTO, 0, O(UZAVTO)),
    ("n02", "organisation", CHANGAN, 0, O(CHANGAN)),
    ("n02", "organisation", UFRD, 0, O(UFRD)),
    ("n02", "organisation", BOC, 0, O(BOC)),
    ("n02", "organisation", NBU, 0, O(NBU)),
    ("n02", "organisation", "Uzbek National Bank", 0, O(NBU)),
    ("n02", "organisation", BOC, 1, O(BOC)),
    ("n02", "organisation", "board of [[Changan]],", 0, O(CHANGAN)),
    ("n02", "organisation", "Last year, [[Uzavtosanoat]]", 0, O(UZAVTO)),
    ("n02", "organisation", "CIS", 0, O("CIS")),
    # places ("Namangan region", "Pop district", "Chust district": the lower-case generic stays outside
    # (u05); "the region", "the republic": generic; "the Chinese side" is a demonym place (v01))
    ("n02", "place", "in [[Namangan]] region", 0, NAMREG),
    ("n02", "place", "NAMANGAN", 0, CITY("Namangan", "UZ")),
    ("n02", "place", "Pop", 0, REG("Pop", "UZ")),
    ("n02", "place", "of [[Namangan]] region", 0, NAMREG),
    ("n02", "place", "President of the [[Republic of Uzbekistan]]", 0, C("Republic of Uzbekistan", "UZ")),
    ("n02", "place", "the [[Chinese]] side", 0, CN),
    ("n02", "place", "On April 18, in [[Tashkent]]", 0, TASH),
    ("n02", "place", PRC, 0, C(PRC, "CN")),
    ("n02", "place", "to [[Uzbekistan]] Yu", 0, UZ),
    ("n02", "place", "Beijing", 0, CITY("Beijing", "CN")),
    ("n02", "place", "between [[Uzbekistan]] and China", 0, UZ),
    ("n02", "place", "and [[China]] reached", 0, CN),
    ("n02", "place", "[[Chinese]] capital", 0, CN),
    ("n02", "place", "Asaka", 0, CITY("Asaka", "UZ")),
    ("n02", "place", "Pitnak", 0, CITY("Pitnak", "UZ")),
    ("n02", "place", "and [[Tashkent]], and", 0, TASH),
    ("n02", "place", "Kazakhstan", 0, C("Kazakhstan", "KZ")),
    ("n02", "place", "Russia", 0, C("Russia", "RU")),
    ("n02", "place", "[[Chinese]]-Uzbek", 0, CN),
    ("n02", "place", "Chinese-[[Uzbek]]", 0, C("Uzbekistan", "UZ")),
    ("n02", "place", "Chust", 0, REG("Chust", "UZ")),
    # summits (a committee's numbered meeting is a named meeting (extra8's JCC, extra5's dialogue),
    # without "eighth meeting of"; "At that meeting": an anaphor)
    ("n02", "summit", IGC, 0, S(IGC, "2025-03-10/2025-03-11", "Beijing")),
    # events (the headline "Foundation laid" anchors the groundbreaking (w07/v03), "a ceremony was held
    # to lay the foundation" and "The foundation-laying" are the same occurrence; the head of state
    # stands for Uzbekistan, the ambassador for China; the project cost is another sentence, so no
    # amount (t-call); "financed": financing; "will produce", "scheduled for commissioning": future;
    # "exported": a trade figure (r-call); "reached": a figure; "inspected production": a sub-step of
    # the visit; the meeting with regional officials is a meeting within the visit (q-call); the 14
    # documents signed at the committee: one signing whose count is its amount (w07, u-call))
    ("n02", "event", "Foundation laid", 0,
     E("construction", "2025-04-22", "Pop", ["Uzbekistan", CUM, UZAVTO, CHANGAN, PRC])),
    ("n02", "event", "was [[signed]] between", 0,
     E("signing", "2025-04-18", "Tashkent", [NBU, BOC], M("2900000000000", "UZS"))),
    ("n02", "event", "parties [[signed]]", 0,
     E("signing", "2025-03-10/2025-03-11", "Beijing", ["Uzbekistan", "China"], Q("14", "document"))),
    ("n02", "event", "produced", 0, E("production", "2024", None, [UZAVTO], Q("412000", "car"))),
    ("n02", "event", "visited", 0, E("visit", "2025-04-22", "Chust", ["Uzbekistan"])),
    ("n02", "event", "held a [[meeting]]", 0, E("meeting", "2025-04-22", "Chust", ["Uzbekistan"])),
]

# ================================= n03 CamboJA News, Koh Kong (May 7, 2025)
CAMBOJA = "CamboJA News"
MLMUPC = "Ministry of Land Management, Urban Planning and Construction"
UDG = "Union Development Group"
YEEJIA = "Yeejia Tourism Development"
CCHR = "Cambodian Center for Human Rights"
CDC = "Council for the Development of Cambodia"
KOHKONG = REG("Koh Kong", "KH")
BOTUM = REG("Botum Sakor", "KH")
KH = C("Cambodia", "KH")
A03 = [
    # dates ("a 2019 contract": the year; "last week" -> the ISO week before the report's (extra2/3);
    # "late 2023", like "early 2022": the year; "weeks after", "the past five years": durations)
    ("n03", "date", "May 7, 2025", 0, "2025-05-07"),
    ("n03", "date", "April 11", 0, "2025-04-11"),
    ("n03", "date", "a [[2019]] contract", 0, "2019"),
    ("n03", "date", "since [[2008]]", 0, "2008"),
    ("n03", "date", "March 2023", 0, "2023-03"),
    ("n03", "date", "last week", 0, "2025-W18"),
    ("n03", "date", "April 29", 0, "2025-04-29"),
    ("n03", "date", "late 2023", 0, "2023"),
    ("n03", "date", "September 2020", 0, "2020-09"),
    # money (riel -> KHR; "less than": lt)
    ("n03", "money", "4 million riel", 0, M("4000000", "KHR")),
    ("n03", "money", "less than $1,000", 0, M("1000", "USD", "lt")),
    ("n03", "money", "18.6 billion riel", 0, M("18600000000", "KHR")),
    ("n03", "money", "$4.5 million", 0, M("4500000", "USD")),
    ("n03", "money", "$300 million", 0, M("300000000", "USD")),
    ("n03", "money", "more than $1.4 billion", 0, M("1400000000", "USD", "gt")),
    # quantities ("at least 312 of them": the antecedent's noun, the of-complement outside (extra9);
    # "two hectares": a spelled-out number with a physical unit counts (NOTES); "54": an age;
    # "Article 7": a clause number; the newsroom phone number: chrome and an identifier)
    ("n03", "quantity", "More than 300 families", 0, Q("300", "family", "gt")),
    ("n03", "quantity", "23-km", 0, Q("23", "km")),
    ("n03", "quantity", "about 36,000 hectares", 0, Q("36000", "ha", "approx")),
    ("n03", "quantity", "roughly 20 percent", 0, Q("20", "%", "approx")),
    ("n03", "quantity", "1,140 households", 0, Q("1140", "household")),
    ("n03", "quantity", "at least 312", 0, Q("312", "household", "ge")),
    ("n03", "quantity", "two hectares", 0, Q("2", "ha")),
    ("n03", "quantity", "460 houses", 0, Q("460", "house")),
    # organisations (the masthead is text, its fullest form the canonical name; the copyright line and
    # the "Related:" headline are chrome; "Land & Environment" is a section label; "Chinese Embassy" a
    # public body with a capitalised institution word (NOTES), kept as written; "US Treasury" likewise;
    # "the ministry", "the company", "the firm": generic; Dara Sakor is the resort's name, no place)
    ("n03", "organisation", CAMBOJA, 0, O(CAMBOJA)),
    ("n03", "organisation", MLMUPC, 0, O(MLMUPC)),
    ("n03", "organisation", UDG, 0, O(UDG)),
    ("n03", "organisation", "(UDG)", 0, O(UDG)),
    ("n03", "organisation", YEEJIA, 0, O(YEEJIA)),
    ("n03", "organisation", "LICADHO", 0, O("LICADHO")),
    ("n03", "organisation", "\n\n[[UDG]] said", 0, O(UDG)),
    ("n03", "organisation", "Equitable Cambodia", 0, O("Equitable Cambodia")),
    ("n03", "organisation", CCHR, 0, O(CCHR)),
    ("n03", "organisation", "(CCHR)", 0, O(CCHR)),
    ("n03", "organisation", "which [[UDG]] completed", 0, O(UDG)),
    ("n03", "organisation", "US Treasury", 0, O("US Treasury")),
    ("n03", "organisation", "sanctioned [[UDG]]", 0, O(UDG)),
    ("n03", "organisation", "Chinese Embassy", 0, O("Chinese Embassy")),
    ("n03", "organisation", "told [[CamboJA]] that", 0, O(CAMBOJA)),
    ("n03", "organisation", CDC, 0, O(CDC)),
    ("n03", "organisation", "(CDC)", 0, O(CDC)),
    # places (a district in a national park's name is tagged, as a town in a park's (u-call); "Koh Kong
    # province", "Botum Sakor district": the generic outside; "Tianjin-based": the city; "Sok Kratie" is
    # a person (Kratie is a province); Kampot under "Related:" is chrome)
    ("n03", "place", "[[Chinese]] Resort", 0, C("China", "CN")),
    ("n03", "place", "Koh Kong", 0, KOHKONG),
    ("n03", "place", "in [[Koh Kong]] province", 0, KOHKONG),
    ("n03", "place", "a [[Chinese]] developer", 0, C("China", "CN")),
    ("n03", "place", "Tianjin", 0, CITY("Tianjin", "CN")),
    ("n03", "place", "in [[Botum Sakor]] district", 0, BOTUM),
    ("n03", "place", "of [[Botum Sakor]] National Park", 0, BOTUM),
    ("n03", "place", "Sre Ambel", 0, CITY("Sre Ambel", "KH")),
    ("n03", "place", "development to [[Cambodia]]", 0, KH),
    ("n03", "place", "that [[China]] \"respects", 0, C("China", "CN")),
    ("n03", "place", "the [[Cambodian]] government", 0, KH),
    ("n03", "place", "\n\n[[Koh Kong]] provincial", 0, KOHKONG),
    ("n03", "place", "approved [[Chinese]] investment", 0, C("China", "CN")),
    # events ("suspended", "evicted", "moved off", "relocated", "paid compensation", "wrote to",
    # "sanctioned", "appeal": no event type (extra9's fine/deadline calls); "to build": the contract's
    # purpose, not an occurrence; "has handled no": negated; "has received ... investment": a tally;
    # "had built 460 houses": a building work with its count as amount; the airport's completion with
    # its cost in the same clause (t-call), no place (Dara Sakor names a resort))
    ("n03", "event", "had [[built]] 460", 0, E("construction", None, None, [UDG], Q("460", "house"))),
    ("n03", "event", "UDG [[completed]]", 0, E("construction", "2023", None, [UDG], M("300000000", "USD"))),
]

# ================================= n04 Handelsblatt English Edition (03.02.2025 - 07:45)
HB = "Handelsblatt"
CATL = "Contemporary Amperex Technology Co. Limited"
STLA = "Stellantis"
EC = "European Commission"
IFW = "Kiel Institute for the World Economy"
ES = C("Spain", "ES")
ZGZ = CITY("Zaragoza", "ES")
ARAGON = REG("Aragon", "ES")
BRU = CITY("Brussels", "BE")
EUROPE = REG("Europe")
A04 = [
    # dates (the header's date and time are one fact; Friday before Monday 3 February; "the end of 2026"
    # -> the year (NOTES); "a year after" the MoU: a span between two events, no date; "a year earlier"
    # after "in 2024" -> 2023 (extra5); "preliminary 2024 net profit": the year; "last week": the ISO
    # week before the report's; "year on year": no calendar point)
    ("n04", "date", "03.02.2025 - 07:45", 0, "2025-02-03T07:45"),
    ("n04", "date", "on [[Friday]] approved", 0, "2025-01-31"),
    ("n04", "date", "the end of 2026", 0, "2026"),
    ("n04", "date", "by [[2029]]", 0, "2029"),
    ("n04", "date", "10 December 2024", 0, "2024-12-10"),
    ("n04", "date", "November 2023", 0, "2023-11"),
    ("n04", "date", "last month", 0, "2025-01"),
    ("n04", "date", "in [[2023]]", 0, "2023"),
    ("n04", "date", "in [[2024]],", 0, "2024"),
    ("n04", "date", "a year earlier", 0, "2023"),
    ("n04", "date", "since [[2022]]", 0, "2022"),
    ("n04", "date", "by [[2030]]", 0, "2030"),
    ("n04", "date", "last week", 0, "2025-W05"),
    ("n04", "date", "preliminary [[2024]] net", 0, "2024"),
    ("n04", "date", "Milan on [[Friday]]", 0, "2025-01-31"),
    # money ("CNY 49 bn to 52 bn": one range; a share price is money)
    ("n04", "money", "EUR 298 million", 0, M("298000000", "EUR")),
    ("n04", "money", "up to EUR 4.1 billion", 0, M("4100000000", "EUR", "le")),
    ("n04", "money", "more than EUR 3 bn", 0, M("3000000000", "EUR", "gt")),
    ("n04", "money", "CNY 49 bn to 52 bn", 0, M("49000000000", "CNY", None, "52000000000")),
    ("n04", "money", "EUR 12.64", 0, M("12.64", "EUR")),
    # quantities ("a year": a rate outside; "second-largest": a rank; "(300750)", "(3750)": stock codes;
    # "SA.112345": a case number; "a fifth": no digits)
    ("n04", "quantity", "50%", 0, Q("50", "%")),
    ("n04", "quantity", "25 GWh", 0, Q("25", "GWh")),
    ("n04", "quantity", "roughly 300,000 small electric cars", 0, Q("300000", "car", "approx")),
    ("n04", "quantity", "50 GWh", 0, Q("50", "GWh")),
    ("n04", "quantity", "about 2,000 people", 0, Q("2000", "person", "approx")),
    ("n04", "quantity", "1,500 jobs", 0, Q("1500", "job")),
    ("n04", "quantity", "60-hectare", 0, Q("60", "ha")),
    ("n04", "quantity", "2.38 million vehicles", 0, Q("2380000", "vehicle")),
    ("n04", "quantity", "0.9%", 0, Q("0.9", "%")),
    ("n04", "quantity", "a [[10%]] tariff", 0, Q("10", "%")),
    ("n04", "quantity", "11-20%", 0, Q("11", "%", None, "20")),
    ("n04", "quantity", "1.2%", 0, Q("1.2", "%")),
    # organisations (the masthead's "ENGLISH EDITION" is an edition label, the paper is Handelsblatt;
    # the copyright line and "More on this topic:" are chrome; "the Commission": an anaphor (w-call's
    # "the Forum"); "the Aragon (regional) government", "The Spanish government": lower-case generics,
    # their places tagged (NOTES); the aid framework and NextGenerationEU are programmes; "the EU" is an
    # organisation (z04, s10), kept as written; Kiel inside the institute's name is not tagged)
    ("n04", "organisation", "HANDELSBLATT", 0, O(HB)),
    ("n04", "organisation", "[[CATL]]-Stellantis", 0, O(CATL)),
    ("n04", "organisation", "CATL-[[Stellantis]]", 0, O(STLA)),
    ("n04", "organisation", EC, 0, O(EC)),
    ("n04", "organisation", "that [[Stellantis]] and", 0, O(STLA)),
    ("n04", "organisation", CATL, 0, O(CATL)),
    ("n04", "organisation", "(CATL)", 0, O(CATL)),
    ("n04", "organisation", "[[Stellantis]] and CATL signed", 0, O(STLA)),
    ("n04", "organisation", "Stellantis and [[CATL]] signed", 0, O(CATL)),
    ("n04", "organisation", "[[Stellantis]]' existing", 0, O(STLA)),
    ("n04", "organisation", "[[CATL]]'s cell", 0, O(CATL)),
    ("n04", "organisation", "told [[Handelsblatt]]", 0, O(HB)),
    ("n04", "organisation", "the [[EU]]'s", 0, O("EU")),
    ("n04", "organisation", IFW, 0, O(IFW)),
    ("n04", "organisation", "IfW Kiel", 0, O(IFW)),
    ("n04", "organisation", "in the [[EU]] will", 0, O("EU")),
    ("n04", "organisation", "\n\n[[CATL]], listed", 0, O(CATL)),
    ("n04", "organisation", "[[Stellantis]] shares", 0, O(STLA)),
    # places (a capital standing for its government ("Brussels clears", "Madrid wants") is the city, names
    # as written; the dateline's cities are text; "European" is the regional adjective of Europe (NOTES'
    # "Central Asian"); Figueruelas is the plant's town; Hungary under "More on this topic:" is chrome)
    ("n04", "place", "Brussels", 0, BRU),
    ("n04", "place", "[[Spanish]] aid", 0, ES),
    ("n04", "place", "Madrid", 0, CITY("Madrid", "ES")),
    ("n04", "place", "Düsseldorf", 0, CITY("Düsseldorf", "DE")),
    ("n04", "place", "[[Spanish]] state", 0, ES),
    ("n04", "place", "China", 0, C("China", "CN")),
    ("n04", "place", "Figueruelas", 0, CITY("Figueruelas", "ES")),
    ("n04", "place", "near [[Zaragoza]]", 0, ZGZ),
    ("n04", "place", "largest [[Chinese]] industrial", 0, C("China", "CN")),
    ("n04", "place", "investments in [[Spain]]", 0, ES),
    ("n04", "place", "the [[Aragon]] regional", 0, ARAGON),
    ("n04", "place", "in [[Zaragoza]] on", 0, ZGZ),
    ("n04", "place", "the [[Aragon]] government", 0, ARAGON),
    ("n04", "place", "[[Brussels]] examined", 0, BRU),
    ("n04", "place", "to [[European]] firms", 0, EUROPE),
    ("n04", "place", "Debrecen", 0, CITY("Debrecen", "HU")),
    ("n04", "place", "[[Spain]] has become", 0, ES),
    ("n04", "place", "[[Europe]]'s second", 0, EUROPE),
    ("n04", "place", "that [[Madrid]] wants", 0, CITY("Madrid", "ES")),
    ("n04", "place", "\"[[Chinese]] technology", 0, C("China", "CN")),
    ("n04", "place", "with [[European]] jobs", 0, EUROPE),
    ("n04", "place", "and [[European]] rules", 0, EUROPE),
    ("n04", "place", "The [[Spanish]] government", 0, ES),
    ("n04", "place", "[[Chinese]]-owned", 0, C("China", "CN")),
    ("n04", "place", "of [[European]] battery", 0, EUROPE),
    ("n04", "place", "[[German]] carmakers", 0, C("Germany", "DE")),
    ("n04", "place", "exported to [[China]]", 0, C("China", "CN")),
    ("n04", "place", "Shenzhen", 0, CITY("Shenzhen", "CN")),
    ("n04", "place", "Hong Kong", 0, CITY("Hong Kong", "HK")),
    ("n04", "place", "Milan", 0, CITY("Milan", "IT")),
    # events ("clears", "approved", "examined", "required", the Debrecen "approval": decisions (v01);
    # "plan to build", "will invest", "is due to start", "expected to employ": future; Spain's
    # "assembling 2.38 million vehicles": a national statistic, a tally (w-call), no production event;
    # "has committed" funds, "reported" profit, "closed": no type; the site preparation is the start
    # of the plant's building work, by the two partners, at Figueruelas)
    ("n04", "event", "CATL [[signed]]", 0, E("signing", "2024-12-10", "Zaragoza", [STLA, CATL])),
    ("n04", "event", "concluded", 0, E("signing", "2023-11", None, [STLA, CATL])),
    ("n04", "event", "started", 0, E("construction", "2025-01", "Figueruelas", [STLA, CATL])),
]

# ================================= n05 RNZ Pacific (12:18 pm on 19 August 2025)
RNZP = "RNZ Pacific"
CRFG = "China Railway First Group"
MINF = "Ministry of Infrastructure"
ADB = "Asian Development Bank"
PIF = "Pacific Islands Forum Leaders Meeting"
TO = C("Tonga", "TO")
NUK = CITY("Nuku'alofa", "TO")
A05 = [
    # dates (the header's time and day are one fact; Monday/Thursday before Tuesday 19 August; "the
    # 2006 riots": the year; "three years": a spelled-out duration)
    ("n05", "date", "12:18 pm on 19 August 2025", 0, "2025-08-19T12:18"),
    ("n05", "date", "on [[Monday]]", 0, "2025-08-18"),
    ("n05", "date", "March 2021", 0, "2021-03"),
    ("n05", "date", "September 2022", 0, "2022-09"),
    ("n05", "date", "January 2022", 0, "2022-01"),
    ("n05", "date", "the [[2006]] riots", 0, "2006"),
    ("n05", "date", "in [[2024]]", 0, "2024"),
    ("n05", "date", "in [[May]]", 0, "2025-05"),
    ("n05", "date", "25 to 29 August", 0, "2025-08-25/2025-08-29"),
    ("n05", "date", "on [[Thursday]]", 0, "2025-08-14"),
    ("n05", "date", "in [[2017]]", 0, "2017"),
    # money (TOP = pa'anga, VUV = vatu; "every pa'anga": no number)
    ("n05", "money", "TOP 82 million", 0, M("82000000", "TOP")),
    ("n05", "money", "about US$35m", 0, M("35000000", "USD", "approx")),
    ("n05", "money", "600 million yuan", 0, M("600000000", "CNY")),
    ("n05", "money", "about US$120 million", 0, M("120000000", "USD", "approx")),
    ("n05", "money", "VUV 1.4 billion", 0, M("1400000000", "VUV")),
    # quantities ("a year": a rate outside; "roughly a third": no digits; "18 member states" -> state)
    ("n05", "quantity", "11.5km", 0, Q("11.5", "km")),
    ("n05", "quantity", "at least 20 times", 0, Q("20", "time", "ge")),
    ("n05", "quantity", "40 buses", 0, Q("40", "bus")),
    ("n05", "quantity", "12 garbage trucks", 0, Q("12", "truck")),
    ("n05", "quantity", "About 1,800 delegates", 0, Q("1800", "delegate", "approx")),
    ("n05", "quantity", "18 member states", 0, Q("18", "state")),
    # organisations ("Tonga's government", "the Tonga government": lower-case generics, the country
    # tagged (NOTES); "Vanuatu's Parliament" -> "Parliament of Vanuatu" (NOTES' "Kazakhstan's Embassy");
    # "China Exim Bank" is the Export-Import Bank of China; "Infrastructure Minister": a title)
    ("n05", "organisation", "RNZ Pacific", 0, O(RNZP)),
    ("n05", "organisation", CRFG, 0, O(CRFG)),
    ("n05", "organisation", MINF, 0, O(MINF)),
    ("n05", "organisation", "Export-Import Bank of China", 0, O("Export-Import Bank of China")),
    ("n05", "organisation", "told [[RNZ Pacific]]", 0, O(RNZP)),
    ("n05", "organisation", "China Exim Bank", 0, O("Export-Import Bank of China")),
    ("n05", "organisation", ADB, 0, O(ADB)),
    ("n05", "organisation", "(ADB)", 0, O(ADB)),
    ("n05", "organisation", "Vanuatu's Parliament", 0, O("Parliament of Vanuatu")),
    # places (the volcano's name "Hunga Tonga-Hunga Ha'apai" names no country, as a gorge (extra8);
    # Kolomotu'a and Sopu are districts of the capital; "Beijing" stands for the lender's state, the
    # city as written; Korman Stadium is named after a person; Samoa under "Related stories" is chrome)
    ("n05", "place", "Tonga", 0, TO),
    ("n05", "place", "[[China]]-built", 0, C("China", "CN")),
    ("n05", "place", "[[Tonga]]'s government", 0, TO),
    ("n05", "place", "in [[Nuku'alofa]] from", 0, NUK),
    ("n05", "place", "[[Chinese]] ambassador", 0, C("China", "CN")),
    ("n05", "place", "Kolomotu'a", 0, REG("Kolomotu'a", "TO")),
    ("n05", "place", "Sopu", 0, REG("Sopu", "TO")),
    ("n05", "place", "that [[Tonga]] still", 0, TO),
    ("n05", "place", "lists [[Tonga]] at", 0, TO),
    ("n05", "place", "[[China]] also", 0, C("China", "CN")),
    ("n05", "place", "the [[Tonga]] government", 0, TO),
    ("n05", "place", "which [[Nuku'alofa]] hosts", 0, NUK),
    ("n05", "place", "Beijing", 0, CITY("Beijing", "CN")),
    ("n05", "place", "[[Chinese]]-built", 0, C("China", "CN")),
    ("n05", "place", "Port Vila", 0, CITY("Port Vila", "VU")),
    # summits (the Pacific Mini Games are a sports event, no summit; "Pacific" inside the names is not
    # tagged)
    ("n05", "summit", PIF, 0, S(PIF, "2025-08-25/2025-08-29", "Nuku'alofa")),
    # events (the headline "takes over" anchors the handover; as s05-s08's towers, a handover whose
    # rebuilding and cost the next sentence tells is one construction occurrence with the builder, the
    # recipient and the attendees' bodies (the Prime Minister stands for Tonga, the ambassador for
    # China), its cost the amount; "Works began": the start, apart; the loan "signed": a signing whose
    # borrower is not told; "delivered ... as a gift": a donation, its first count the amount (u-call);
    # "eruption", "owes", "repayments started", "approved", "hosted", "hosts" (future): no event)
    ("n05", "event", "takes over", 0,
     E("construction", "2025-08-18", "Nuku'alofa", ["Tonga", CRFG, "China", MINF], M("82000000", "TOP"))),
    ("n05", "event", "Works [[began]]", 0, E("construction", "2022-09", "Nuku'alofa", [CRFG])),
    ("n05", "event", "China [[signed]]", 0,
     E("signing", "2021-03", None, ["Export-Import Bank of China"], M("600000000", "CNY"))),
    ("n05", "event", "delivered", 0, E("donation", "2025-05", None, ["China", "Tonga"], Q("40", "bus"))),
]

ANNOTATIONS = A01 + A02 + A03 + A04 + A05

if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "n*.txt")
