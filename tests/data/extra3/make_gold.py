#!/usr/bin/env python3
"""Build tests/data/extra3/gold.jsonl from hand annotations of the z*.txt documents here.

The ten documents are invented but realistic Belt and Road news texts (a Nigerian
ministry press release, a Gulf wire story, a Xinhua CPEC story, a China-Europe
rail freight story, a Vietnamese/Philippine daily, a Peruvian agency story, a
Mongolia/Russia energy brief, a state-owned enterprise's annual report extract,
a scraped web page with its chrome, a Chinese embassy statement) written BLIND:
annotated from shared/gold/NOTES.md and shared/spec/facts.md alone, without
running bri_corpus on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md;
the comments record the calls NOTES leaves open.
Run:  python3 tests/data/extra3/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")
EXIM = "Export-Import Bank of China"

# ================================= z01 Nigerian ministry press release (Thursday, March 7, 2024)
NG = C("Nigeria", "NG")
FMOT = "Federal Ministry of Transportation"
CCECC = "China Civil Engineering Construction Corporation"
NRC = "Nigerian Railway Corporation"
ABJ = CITY("Abuja", "NG")
LOS = CITY("Lagos", "NG")
IBA = CITY("Ibadan", "NG")
A01 = [
    # dates ("in the coming weeks": no calendar point; "over five years": spelled-out duration)
    ("z01", "date", "Thursday, March 7, 2024", 0, "2024-03-07"),
    ("z01", "date", "on [[Tuesday]] received", 0, "2024-03-05"),
    ("z01", "date", "10 June 2021", 0, "2021-06-10"),
    ("z01", "date", "in [[2023]]", 0, "2023"),
    ("z01", "date", "last month", 0, "2024-02"),
    ("z01", "date", "29 February 2024", 0, "2024-02-29"),
    # money (a bare "N" before an amount is the naira sign written in ASCII)
    ("z01", "money", "$1.96 billion", 0, M("1960000000", "USD")),
    ("z01", "money", "₦3.02 trillion", 0, M("3020000000000", "NGN")),
    ("z01", "money", "N4.8 billion", 0, M("4800000000", "NGN")),
    # quantities
    ("z01", "quantity", "[[60%]] complete", 0, Q("60", "%")),
    ("z01", "quantity", "284-kilometre", 0, Q("284", "km")),
    ("z01", "quantity", "60 per cent", 0, Q("60", "%")),
    ("z01", "quantity", "156km", 0, Q("156", "km")),
    ("z01", "quantity", "more than 1.2 million passengers", 0, Q("1200000", "passenger", "gt")),
    ("z01", "quantity", "over 12,000 Nigerian workers", 0, Q("12000", "worker", "gt")),
    ("z01", "quantity", "3,000 technicians", 0, Q("3000", "technician")),
    ("z01", "quantity", "20 diesel locomotives", 0, Q("20", "locomotive")),
    # organisations (the masthead is text; the signature's e-mail/phone line is chrome;
    # "Minister of Transportation" is a title; "the Tinubu administration" is no name)
    ("z01", "organisation", "FEDERAL MINISTRY OF TRANSPORTATION", 0, O(FMOT)),
    ("z01", "organisation", "receives [[CCECC]] delegation", 0, O(CCECC)),
    ("z01", "organisation", CCECC, 0, O(CCECC)),
    ("z01", "organisation", "([[CCECC]])", 0, O(CCECC)),
    ("z01", "organisation", EXIM, 0, O(EXIM)),
    ("z01", "organisation", "built by [[CCECC]]", 0, O(CCECC)),
    ("z01", "organisation", "said [[CCECC]] had", 0, O(CCECC)),
    ("z01", "organisation", NRC, 0, O(NRC)),
    ("z01", "organisation", "([[NRC]])", 0, O(NRC)),
    ("z01", "organisation", "Federal Executive Council", 0, O("Federal Executive Council")),
    ("z01", "organisation", "the [[NRC]] and", 0, O(NRC)),
    ("z01", "organisation", "and [[CCECC]] signed", 0, O(CCECC)),
    ("z01", "organisation", "which [[CCECC]] will", 0, O(CCECC)),
    # places ("Federal Republic of Nigeria", "Republic of Niger": names as written, like
    # "People's Republic of China"; Nigeria inside NRC and China inside the bank are not tagged)
    ("z01", "place", "Federal Republic of Nigeria", 0, C("Federal Republic of Nigeria", "NG")),
    ("z01", "place", "[[Kano]]-Maradi", 0, CITY("Kano", "NG")),
    ("z01", "place", "Kano-[[Maradi]]", 0, CITY("Maradi", "NE")),
    ("z01", "place", "Director for [[Nigeria]]", 0, NG),
    ("z01", "place", "in [[Abuja]].", 0, ABJ),
    ("z01", "place", "[[Kano]]-Katsina", 0, CITY("Kano", "NG")),
    ("z01", "place", "Katsina", 0, CITY("Katsina", "NG")),
    ("z01", "place", "Jibiya", 0, CITY("Jibiya", "NG")),
    ("z01", "place", "Jibiya-[[Maradi]]", 0, CITY("Maradi", "NE")),
    ("z01", "place", "link [[Nigeria]] with", 0, NG),
    ("z01", "place", "the [[Republic of Niger]],", 0, C("Republic of Niger", "NE")),
    ("z01", "place", "the [[Nigerian]] government", 0, NG),
    ("z01", "place", "the 156km [[Lagos]]", 0, LOS),
    ("z01", "place", "Lagos-[[Ibadan]]", 0, IBA),
    ("z01", "place", "The [[Chinese]] have", 0, CN),
    ("z01", "place", "12,000 [[Nigerian]] workers", 0, NG),
    ("z01", "place", "school in [[Ibadan]]", 0, IBA),
    ("z01", "place", "in [[Lagos]] last", 0, LOS),
    ("z01", "place", "Port Harcourt", 0, CITY("Port Harcourt", "NG")),
    ("z01", "place", "Maiduguri", 0, CITY("Maiduguri", "NG")),
    ("z01", "place", "the [[Abuja]]-Kaduna", 0, ABJ),
    ("z01", "place", "Kaduna", 0, CITY("Kaduna", "NG")),
    ("z01", "place", "[[Chinese]] investors", 0, CN),
    # events ("will link", "would consider", "will supply", "would continue": future;
    # "no contract had yet been signed": negated; "carried ... passengers", "employed",
    # "trained": figures/states; "discussed": part of the same courtesy call)
    (
        "z01",
        "event",
        "Minister [[receives]]",
        0,  # headline; "on Tuesday received a delegation": same
        E("meeting", "2024-03-05", "Abuja", [FMOT, CCECC]),
    ),
    ("z01", "event", "also [[built]] by", 0, E("construction", None, None, [CCECC])),
    (
        "z01",
        "event",
        "commissioned",
        0,  # the President opening the line: the country acts
        E("ceremony", "2021-06-10", None, ["Nigeria"]),
    ),
    ("z01", "event", "handed over", 0, E("delivery", "2024-02", "Lagos", [CCECC, NRC], Q("20", "locomotive"))),
    (
        "z01",
        "event",
        "CCECC [[signed]] a memorandum",
        0,
        E("signing", "2024-02-29", None, [NRC, CCECC], M("4800000000", "NGN")),
    ),
]

# ================================= z02 WAM wire, Abu Dhabi / Oman / Qatar (12 February 2024 - 15:40)
ADPG = "AD Ports Group"
CSPL = "COSCO SHIPPING Ports Limited"
WAM = "Emirates News Agency"
OQ = "OQ Group"
QE = "QatarEnergy"
CNPC = "China National Petroleum Corporation"
UAE = C("UAE", "AE")
OM = C("Oman", "OM")
QA = C("Qatar", "QA")
AUH = CITY("Abu Dhabi", "AE")
A02 = [
    # dates
    ("z02", "date", "12 February 2024 - 15:40", 0, "2024-02-12T15:40"),
    ("z02", "date", "12th February, 2024", 0, "2024-02-12"),
    ("z02", "date", "today", 0, "2024-02-12"),
    ("z02", "date", "the fourth quarter of 2025", 0, "2025-Q4"),
    ("z02", "date", "TEUs in [[2023]]", 0, "2023"),
    ("z02", "date", "the previous year", 0, "2022"),
    ("z02", "date", "last week", 0, "2024-W06"),
    ("z02", "date", "on [[Sunday]]", 0, "2024-02-11"),
    ("z02", "date", "November 2022", 0, "2022-11"),
    ("z02", "date", "in [[2026]]", 0, "2026"),
    ("z02", "date", "billion in [[2023]]", 0, "2023"),
    # money
    ("z02", "money", "AED 1.3 billion", 0, M("1300000000", "AED")),
    ("z02", "money", "AED 1.3 billion", 1, M("1300000000", "AED")),
    ("z02", "money", "US$354 million", 0, M("354000000", "USD")),
    ("z02", "money", "about $1.5 billion", 0, M("1500000000", "USD", "approx")),
    ("z02", "money", "US$95 billion", 0, M("95000000000", "USD", "gt")),  # "exceeded"
    # quantities ("second", "100th": ranks; "4 million tonnes per annum": a rate, like y06's t/year)
    ("z02", "quantity", "35-year", 0, Q("35", "year")),
    ("z02", "quantity", "2.5 million TEUs", 0, Q("2500000", "TEU")),
    ("z02", "quantity", "700-metre", 0, Q("700", "m")),
    ("z02", "quantity", "1.58 million TEUs", 0, Q("1580000", "TEU")),
    ("z02", "quantity", "31%", 0, Q("31", "%")),
    ("z02", "quantity", "500 MW", 0, Q("500", "MW")),
    ("z02", "quantity", "27-year", 0, Q("27", "year")),
    ("z02", "quantity", "4 million tonnes per annum", 0, Q("4000000", "t/year")),
    ("z02", "quantity", "5%", 0, Q("5", "%")),
    # organisations ("COSCO SHIPPING" in the headline is the CSPL of the body; "UAE Ministry of
    # Economy" is one name, like "Chinese Foreign Ministry"; Abu Dhabi inside the terminal's name)
    ("z02", "organisation", "[[WAM]] |", 0, O(WAM)),
    ("z02", "organisation", WAM, 0, O(WAM)),
    ("z02", "organisation", ADPG, 0, O(ADPG)),
    ("z02", "organisation", "Group, [[COSCO SHIPPING]] sign", 0, O(CSPL)),
    ("z02", "organisation", "([[WAM]])", 0, O(WAM)),
    ("z02", "organisation", ADPG, 1, O(ADPG)),
    ("z02", "organisation", CSPL, 0, O(CSPL)),
    ("z02", "organisation", "([[CSPL]])", 0, O(CSPL)),
    ("z02", "organisation", ADPG, 2, O(ADPG)),
    ("z02", "organisation", "of [[CSPL]],", 0, O(CSPL)),
    ("z02", "organisation", "CSP Abu Dhabi Terminal", 0, O("CSP Abu Dhabi Terminal")),
    ("z02", "organisation", OQ, 0, O(OQ)),
    ("z02", "organisation", "[[Sinopec]] last", 0, O("Sinopec")),
    ("z02", "organisation", "[[OQ]] said", 0, O(OQ)),
    ("z02", "organisation", "Qatar, [[QatarEnergy]]", 0, O(QE)),
    ("z02", "organisation", "to [[Sinopec]] under", 0, O("Sinopec")),
    ("z02", "organisation", "[[Sinopec]] also", 0, O("Sinopec")),
    ("z02", "organisation", "[[QatarEnergy]] President", 0, O(QE)),
    ("z02", "organisation", CNPC, 0, O(CNPC)),
    ("z02", "organisation", "([[CNPC]])", 0, O(CNPC)),
    ("z02", "organisation", "UAE Ministry of Economy", 0, O("UAE Ministry of Economy")),
    # places ("Khalifa Port": a port without a city; the Duqm zone is a zone, its town the place)
    ("z02", "place", "; [[Oman]], Qatar", 0, OM),
    ("z02", "place", "Oman, [[Qatar]] energy", 0, QA),
    ("z02", "place", "ABU DHABI", 0, AUH),
    ("z02", "place", "in [[Abu Dhabi]] by", 0, AUH),
    ("z02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("z02", "place", "to the [[UAE]] Zhang", 0, UAE),
    ("z02", "place", "[[Oman]]'s OQ", 0, OM),
    ("z02", "place", "[[China]]'s Sinopec", 0, CN),
    ("z02", "place", "Duqm", 0, CITY("Duqm", "OM")),
    ("z02", "place", "In [[Qatar]],", 0, QA),
    ("z02", "place", "Doha", 0, CITY("Doha", "QA")),
    ("z02", "place", "the [[UAE]] and China", 0, UAE),
    ("z02", "place", "UAE and [[China]] exceeded", 0, CN),
    # events ("to build and operate", "will have", "would receive": future; "finalised the
    # front-end engineering design": no type; "is not yet backed by a final investment decision":
    # negated; "handled": a figure)
    (
        "z02",
        "event",
        "COSCO SHIPPING [[sign]]",
        0,  # headline; "today signed", "was signed": same
        E("signing", "2024-02-12", "Abu Dhabi", [ADPG, CSPL, "China"], M("1300000000", "AED")),
    ),
    ("z02", "event", "had [[delivered]]", 0, E("delivery", None, None, [QE, "Sinopec"])),
    (
        "z02",
        "event",
        "agreement [[signed]] in Doha",
        0,
        E("signing", "2022-11", "Doha", [QE, "Sinopec"], Q("4000000", "t/year")),
    ),
    ("z02", "event", "acquired", 0, E("investment", None, None, ["Sinopec"], Q("5", "%"))),
]

# ================================= z03 Xinhua wire, Islamabad/Gwadar (2024-01-16 19:42:05)
PK = C("Pakistan", "PK")
GWD = CITY("Gwadar", "PK")
KHI = CITY("Karachi", "PK")
COPHC = "China Overseas Port Holding Company"
CEEC = "China Energy Engineering Corporation"
PPIB = "Private Power and Infrastructure Board"
HOSP = "China-Pakistan Friendship Hospital"
JCC13 = "13th Joint Cooperation Committee meeting"
A03 = [
    # dates ("its first full year of operation": no calendar point)
    ("z03", "date", "2024-01-16 19:42:05", 0, "2024-01-16T19:42:05"),
    ("z03", "date", "Jan. 16", 0, "2024-01-16"),
    ("z03", "date", "cargo in [[2023]]", 0, "2023"),
    ("z03", "date", "said on [[Tuesday]]", 0, "2024-01-16"),
    ("z03", "date", "last Thursday", 0, "2024-01-11"),
    ("z03", "date", "the last quarter of 2023", 0, "2023-Q4"),
    ("z03", "date", "the same day", 0, "2024-01-11"),
    ("z03", "date", "October 2023", 0, "2023-10"),
    ("z03", "date", "electricity in [[2023]]", 0, "2023"),
    ("z03", "date", "Dec. 12, 2023", 0, "2023-12-12"),
    ("z03", "date", "since [[2015]]", 0, "2015"),
    ("z03", "date", "by [[2030]]", 0, "2030"),
    ("z03", "date", "Also on [[Tuesday]]", 0, "2024-01-16"),
    ("z03", "date", "in [[2013]]", 0, "2013"),
    # money (rupees in a Pakistani context are PKR)
    ("z03", "money", "1.7 billion yuan", 0, M("1700000000", "CNY")),
    ("z03", "money", "about 246 million U.S. dollars", 0, M("246000000", "USD", "approx")),
    ("z03", "money", "about Rs 95 billion", 0, M("95000000000", "PKR", "approx")),
    ("z03", "money", "6.7 billion U.S. dollars", 0, M("6700000000", "USD")),
    ("z03", "money", "25.4 billion dollars", 0, M("25400000000", "USD")),
    ("z03", "money", "50 million rupees", 0, M("50000000", "PKR")),
    # quantities ("13th": rank; "Main Line-1 (ML-1)": a name; "eight industrial zones": spelled-out)
    ("z03", "quantity", "1.2 million tonnes", 0, Q("1200000", "t")),
    ("z03", "quantity", "33 vessels", 0, Q("33", "vessel")),
    ("z03", "quantity", "884-MW", 0, Q("884", "MW")),
    ("z03", "quantity", "over 3 billion kWh", 0, Q("3000000000", "kWh", "gt")),
    ("z03", "quantity", "1,726-km", 0, Q("1726", "km")),
    ("z03", "quantity", "some 236,000 jobs", 0, Q("236000", "job", "approx")),
    # organisations ("Editor:" is chrome; CPEC is a programme; a minister's title is no organisation)
    ("z03", "organisation", "Source: [[Xinhua]]", 0, O("Xinhua")),
    ("z03", "organisation", "(Xinhua)", 0, O("Xinhua")),
    ("z03", "organisation", COPHC, 0, O(COPHC)),
    ("z03", "organisation", "([[COPHC]])", 0, O(COPHC)),
    ("z03", "organisation", "[[COPHC]] Chairman", 0, O(COPHC)),
    ("z03", "organisation", CEEC, 0, O(CEEC)),
    ("z03", "organisation", "SK Hydro", 0, O("SK Hydro")),
    ("z03", "organisation", PPIB, 0, O(PPIB)),
    ("z03", "organisation", "([[PPIB]])", 0, O(PPIB)),
    ("z03", "organisation", HOSP, 0, O(HOSP)),
    ("z03", "organisation", "from [[COPHC]]", 0, O(COPHC)),
    # places (a port's or airport's city is tagged, as x04 does with Hambantota; China/Pakistan
    # inside the hospital's name are not)
    ("z03", "place", "[[Gwadar]] port handles", 0, GWD),
    ("z03", "place", "as [[Pakistan]], China", 0, PK),
    ("z03", "place", "Pakistan, [[China]] push", 0, CN),
    ("z03", "place", "ISLAMABAD", 0, CITY("Islamabad", "PK")),
    ("z03", "place", "[[Gwadar]] Port in", 0, GWD),
    ("z03", "place", "southwest [[Pakistan]]'s", 0, PK),
    ("z03", "place", "Balochistan", 0, REG("Balochistan", "PK")),
    ("z03", "place", "ceremony in [[Gwadar]]", 0, GWD),
    ("z03", "place", "New [[Gwadar]] International", 0, GWD),
    ("z03", "place", "a [[Chinese]] grant", 0, CN),
    ("z03", "place", "from [[Karachi]].", 0, KHI),
    ("z03", "place", "Pakistani", 0, PK),
    ("z03", "place", "Khyber Pakhtunkhwa", 0, REG("Khyber Pakhtunkhwa", "PK")),
    ("z03", "place", "and [[Pakistan]]'s SK", 0, PK),
    ("z03", "place", "saving [[Pakistan]]", 0, PK),
    ("z03", "place", "in [[Beijing]] on", 0, CITY("Beijing", "CN")),
    ("z03", "place", "from [[Karachi]] to", 0, KHI),
    ("z03", "place", "Peshawar", 0, CITY("Peshawar", "PK")),
    ("z03", "place", "[[Pakistan]]'s Minister", 0, PK),
    ("z03", "place", "[[Chinese]] firms", 0, CN),
    ("z03", "place", "Hospital in [[Gwadar]]", 0, GWD),
    # summits
    ("z03", "summit", JCC13, 0, S(JCC13, "2023-12-12", "Beijing")),
    # events ("handled", "received 33 vessels", "brought ... investment": figures and tallies;
    # "received its first commercial flight": no type; "developed by": no building milestone
    # (as x03's Karot); "approved": a decision; "have not yet signed": negated; "would set up":
    # future; "its launch in 2013": the programme's launch, not a ceremony told in the text)
    ("z03", "event", "a [[ceremony]] in Gwadar", 0, E("ceremony", "2024-01-11", "Gwadar", [COPHC])),
    (
        "z03",
        "event",
        "[[built]] with a Chinese grant",
        0,
        E("construction", None, "Gwadar", ["China"], M("1700000000", "CNY")),
    ),
    ("z03", "event", "inaugurated", 0, E("ceremony", "2023-10", "Gwadar", ["Pakistan"])),
    (
        "z03",
        "event",
        "generated",
        0,
        E("production", "2023", "Khyber Pakhtunkhwa", [CEEC, "SK Hydro"], Q("3000000000", "kWh", "gt")),
    ),
    (
        "z03",
        "event",
        "a [[donation]] of",
        0,
        E("donation", "2024-01-16", "Gwadar", [HOSP, COPHC], M("50000000", "PKR")),
    ),
]

# ================================= z04 rail-freight trade site, Poland/Germany/Belarus (2024-03-05 10:20)
PL = C("Poland", "PL")
DE = C("Germany", "DE")
BY = C("Belarus", "BY")
EU = REG("Europe")
MAL = CITY("Malaszewicze", "PL")
XIAN = CITY("Xi'an", "CN")
PKP = "PKP Cargo"
CRCT = "China Railway Container Transport Co., Ltd."
A04 = [
    # dates ("In 2023 as a whole": span 2023)
    ("z04", "date", "2024-03-05 10:20", 0, "2024-03-05T10:20"),
    ("z04", "date", "the first two months of this year", 0, "2024-01/2024-02"),
    ("z04", "date", "January and February", 0, "2024-01/2024-02"),  # one interval, like y02
    ("z04", "date", "In [[2023]] as", 0, "2023"),
    ("z04", "date", "in [[2022]]", 0, "2022"),
    ("z04", "date", "last Tuesday", 0, "2024-02-27"),  # published on a Tuesday: the one a week before
    ("z04", "date", "Wuhan in [[2023]]", 0, "2023"),
    ("z04", "date", "June 2022", 0, "2022-06"),
    ("z04", "date", "the fourth quarter of 2023", 0, "2023-Q4"),
    ("z04", "date", "in [[2021]]", 0, "2021"),
    ("z04", "date", "the second half of 2024", 0, "2024-H2"),
    # money
    ("z04", "money", "212 million zloty", 0, M("212000000", "PLN")),
    ("z04", "money", "about EUR 49 million", 0, M("49000000", "EUR", "approx")),
    ("z04", "money", "$1.5 billion", 0, M("1500000000", "USD")),
    # quantities ("four 750-metre tracks": the spelled-out count is not, the length is;
    # "twice as fast": no number; "10 years" in the Related line is chrome)
    ("z04", "quantity", "9 percent", 0, Q("9", "%")),
    ("z04", "quantity", "1,148 trains", 0, Q("1148", "train")),
    ("z04", "quantity", "about 124,000 TEU", 0, Q("124000", "TEU", "approx")),
    ("z04", "quantity", "17,523 trips", 0, Q("17523", "trip")),
    ("z04", "quantity", "1.9 million TEU", 0, Q("1900000", "TEU")),
    ("z04", "quantity", "750-metre", 0, Q("750", "m")),
    ("z04", "quantity", "16 trains", 0, Q("16", "train")),
    ("z04", "quantity", "around 30 trains", 0, Q("30", "train", "approx")),
    ("z04", "quantity", "[[30%]] stake", 0, Q("30", "%")),
    ("z04", "quantity", "18-20 days", 0, Q("18", "day", None, "20")),
    ("z04", "quantity", "12 days", 0, Q("12", "day")),
    # organisations (the byline's site is text; "duisport" is a lower-case brand name;
    # the Tags and Related lines are chrome; "Great Stone industrial park": a park)
    ("z04", "organisation", "RailFreight Europe", 0, O("RailFreight Europe")),
    ("z04", "organisation", "European Union", 0, O("European Union")),
    ("z04", "organisation", "[[PKP Cargo]], Poland's", 0, O(PKP)),
    ("z04", "organisation", CRCT, 0, O(CRCT)),
    ("z04", "organisation", "([[CRCT]])", 0, O(CRCT)),
    ("z04", "organisation", "[[PKP Cargo]] last", 0, O(PKP)),
    ("z04", "organisation", "Torpol", 0, O("Torpol")),
    ("z04", "organisation", "Duisburg Gateway Terminal", 0, O("Duisburg Gateway Terminal")),
    ("z04", "organisation", "operator [[duisport]]", 0, O("duisport")),
    ("z04", "organisation", "group [[COSCO]] holds", 0, O("COSCO")),
    ("z04", "organisation", "COSCO SHIPPING Ports Limited", 0, O("COSCO SHIPPING Ports Limited")),
    ("z04", "organisation", "to [[duisport]] was", 0, O("duisport")),
    ("z04", "organisation", "Belarusian Railway", 0, O("Belarusian Railway")),
    ("z04", "organisation", "Rhenus Poland", 0, O("Rhenus Poland")),
    # places (places inside a rail service's name count, as x06 reads line names)
    ("z04", "place", "[[China]]-Europe freight", 0, CN),
    ("z04", "place", "China-[[Europe]] freight", 0, EU),
    ("z04", "place", "as [[Malaszewicze]] terminal", 0, MAL),
    ("z04", "place", "of [[China]]-Europe Railway", 0, CN),
    ("z04", "place", "of China-[[Europe]] Railway", 0, EU),
    ("z04", "place", "the [[Polish]] border", 0, PL),
    ("z04", "place", "town of [[Malaszewicze]]", 0, MAL),
    ("z04", "place", "[[Poland]]'s largest", 0, PL),
    ("z04", "place", "the [[Brest]]-Malaszewicze", 0, CITY("Brest", "BY")),
    ("z04", "place", "Brest-[[Malaszewicze]]", 0, MAL),
    ("z04", "place", "the [[Belarus]]-Poland", 0, BY),
    ("z04", "place", "Belarus-[[Poland]] border", 0, PL),
    ("z04", "place", "yard at [[Malaszewicze]]", 0, MAL),
    ("z04", "place", "[[Polish]] contractor", 0, PL),
    ("z04", "place", "[[Poland]]'s Infrastructure", 0, PL),
    ("z04", "place", "[[Chinese]] Ambassador", 0, CN),
    ("z04", "place", "In [[Germany]]", 0, DE),
    ("z04", "place", "terminal in [[Europe]]", 0, EU),
    ("z04", "place", "Chongqing", 0, CITY("Chongqing", "CN")),
    ("z04", "place", "Chongqing, [[Xi'an]]", 0, XIAN),
    ("z04", "place", "Wuhan", 0, CITY("Wuhan", "CN")),
    ("z04", "place", "[[Chinese]] shipping", 0, CN),
    ("z04", "place", "the [[Belarusian]] side", 0, BY),
    ("z04", "place", "Minsk", 0, CITY("Minsk", "BY")),
    ("z04", "place", "new [[Chinese]] residents", 0, CN),
    ("z04", "place", "from [[Xi'an]] to Hamburg", 0, XIAN),
    ("z04", "place", "Hamburg", 0, CITY("Hamburg", "DE")),
    ("z04", "place", "The [[Hungarian]] government", 0, C("Hungary", "HU")),
    ("z04", "place", "Budapest", 0, CITY("Budapest", "HU")),
    # events ("rose", "passed through", "ran ... trips", "handled": traffic figures; "holds a
    # stake": a state; "attracted ... residents, bringing total declared investment": a tally;
    # "expects ... to run": future; "opening ceremony": the same occurrence as "opened")
    (
        "z04",
        "event",
        "last Tuesday [[opened]]",
        0,
        E("ceremony", "2024-02-27", "Malaszewicze", [PKP, "Poland", "China"]),
    ),
    (
        "z04",
        "event",
        "[[built]] by Polish",
        0,
        E("construction", None, "Malaszewicze", ["Torpol"], M("212000000", "PLN")),
    ),
    ("z04", "event", "was [[agreed]]", 0, E("signing", "2022-06", None, ["COSCO", "duisport"])),
]

# ================================= z05 VnExpress International, Hanoi/Manila (Wednesday, November 15, 2023, 2:05 pm)
VN = C("Vietnam", "VN")
PH = C("Philippines", "PH")
HAN = CITY("Hanoi", "VN")
MNL = CITY("Manila", "PH")
EVN = "Vietnam Electricity"
CSG = "China Southern Power Grid"
CRSG = "China Railway Sixth Group"
MWSS = "Metropolitan Waterworks and Sewerage System"
A05 = [
    # dates ("six to ten minutes": spelled-out; "(GMT+7)": a time zone, outside the span)
    ("z05", "date", "Wednesday, November 15, 2023, 2:05 pm", 0, "2023-11-15T14:05"),
    ("z05", "date", "November 2021", 0, "2021-11"),
    ("z05", "date", "said [[Monday]]", 0, "2023-11-13"),
    ("z05", "date", "On [[Tuesday]]", 0, "2023-11-14"),
    ("z05", "date", "this month", 0, "2023-11"),  # "earlier this month": span as x04's "this month"
    ("z05", "date", "in [[2025]]", 0, "2025"),
    ("z05", "date", "the first ten months of 2023", 0, "2023-01/2023-10"),
    ("z05", "date", "the end of October", 0, "2023-10"),
    ("z05", "date", "April 2022", 0, "2022-04"),
    ("z05", "date", "last year", 0, "2022"),
    # money
    ("z05", "money", "868 million U.S. dollars", 0, M("868000000", "USD")),
    ("z05", "money", "VND 203 trillion", 0, M("203000000000000", "VND")),
    ("z05", "money", "$8.4 billion", 0, M("8400000000", "USD")),
    ("z05", "money", "$90.5 billion", 0, M("90500000000", "USD")),
    ("z05", "money", "PHP 12.2 billion", 0, M("12200000000", "PHP")),
    # quantities ("Line 2A": a name; "four-car", "three railway loans": spelled-out counts)
    ("z05", "quantity", "30 million riders", 0, Q("30000000", "rider", "gt")),  # "passes"
    ("z05", "quantity", "more than 30 million passengers", 0, Q("30000000", "passenger", "gt")),
    ("z05", "quantity", "13-km", 0, Q("13", "km")),
    ("z05", "quantity", "12 four-car trains", 0, Q("12", "train")),
    ("z05", "quantity", "around 35,000 passengers", 0, Q("35000", "passenger", "approx")),
    ("z05", "quantity", "500 kV", 0, Q("500", "kV")),
    ("z05", "quantity", "up to 3,000 MW", 0, Q("3000", "MW", "le")),
    ("z05", "quantity", "390-km", 0, Q("390", "km")),
    ("z05", "quantity", "11.6 percent", 0, Q("11.6", "%")),
    ("z05", "quantity", "45 percent", 0, Q("45", "%")),
    ("z05", "quantity", "680-meter", 0, Q("680", "m")),
    # organisations ("Vietnam's Ministry of Transport": the country is a place, as x11's
    # "Egypt's Ministry of Housing"; "The ministry": an anaphor; Related news is chrome)
    ("z05", "organisation", "VnExpress International", 0, O("VnExpress International")),
    ("z05", "organisation", "Hanoi Metro Company", 0, O("Hanoi Metro Company")),
    ("z05", "organisation", CRSG, 0, O(CRSG)),
    ("z05", "organisation", EXIM, 0, O(EXIM)),
    ("z05", "organisation", EVN, 0, O(EVN)),
    ("z05", "organisation", "([[EVN]])", 0, O(EVN)),
    ("z05", "organisation", CSG, 0, O(CSG)),
    ("z05", "organisation", "Ministry of Transport", 0, O("Ministry of Transport")),
    ("z05", "organisation", "National Assembly", 0, O("National Assembly")),
    ("z05", "organisation", "General Department of Vietnam Customs", 0, O("General Department of Vietnam Customs")),
    ("z05", "organisation", CEEC, 0, O(CEEC)),
    ("z05", "organisation", MWSS, 0, O(MWSS)),
    ("z05", "organisation", "([[MWSS]])", 0, O(MWSS)),
    # places (the Pasig River is a river; Vietnam/China inside organisation names are not tagged)
    ("z05", "place", "[[Hanoi]] metro passes", 0, HAN),
    ("z05", "place", "as [[Vietnam]], Philippines", 0, VN),
    ("z05", "place", "Vietnam, [[Philippines]] weigh", 0, PH),
    ("z05", "place", "[[Chinese]]-backed", 0, CN),
    ("z05", "place", "railway in [[Hanoi]],", 0, HAN),
    ("z05", "place", "[[Vietnam]]'s first", 0, VN),
    ("z05", "place", "agreement in [[Hanoi]] to", 0, HAN),
    ("z05", "place", "northern [[Vietnam]]", 0, VN),
    ("z05", "place", "Yunnan", 0, REG("Yunnan", "CN")),
    ("z05", "place", "Vietnamese", 0, VN),
    ("z05", "place", "Kunming", 0, CITY("Kunming", "CN")),
    ("z05", "place", "[[Vietnam]]'s Ministry", 0, VN),
    ("z05", "place", "Lao Cai", 0, CITY("Lao Cai", "VN")),
    ("z05", "place", "Cai-[[Hanoi]]-Hai", 0, HAN),
    ("z05", "place", "Hai Phong", 0, CITY("Hai Phong", "VN")),
    ("z05", "place", "said [[Vietnam]] had", 0, VN),
    ("z05", "place", "[[Chinese]] loans", 0, CN),
    ("z05", "place", "2023, [[Vietnam]] imported", 0, VN),
    ("z05", "place", "from [[China]], down", 0, CN),
    ("z05", "place", "In the [[Philippines]]", 0, PH),
    ("z05", "place", "Quezon", 0, REG("Quezon", "PH")),
    ("z05", "place", "loan from [[China]] and", 0, CN),
    ("z05", "place", "[[China]] also donated", 0, CN),
    ("z05", "place", "in [[Manila]], which", 0, MNL),
    ("z05", "place", "Makati", 0, CITY("Makati", "PH")),
    ("z05", "place", "Mandaluyong", 0, CITY("Mandaluyong", "PH")),
    ("z05", "place", "[[Philippine]] officials", 0, PH),
    ("z05", "place", "said [[Manila]] would", 0, MNL),
    ("z05", "place", "with [[Beijing]]", 0, CITY("Beijing", "CN")),
    # events ("has carried", "runs", "imported": figures; "would let", "plans to submit": future;
    # "had not decided", "would not revive": negated; "lent", "financed": financing;
    # "built by China Energy Engineering Corporation ... 45 percent complete": building still
    # under way, neither start nor completion (as y03's ECRL); "The deal was signed": same signing)
    ("z05", "event", "it [[opened]] in November", 0, E("ceremony", "2021-11", "Hanoi")),
    ("z05", "event", "line, [[built]] by", 0, E("construction", None, "Hanoi", [CRSG])),
    (
        "z05",
        "event",
        "Power Grid [[signed]]",
        0,  # attended by the Vietnamese Deputy Prime Minister
        E("signing", "2023-11-14", "Hanoi", [EVN, CSG, "Vietnam"]),
    ),
    ("z05", "event", "visited", 0, E("visit", "2023-11", "Kunming", ["Vietnam"])),
    ("z05", "event", "donated", 0, E("donation", None, "Manila", ["China", "Philippines"])),
    ("z05", "event", "was [[opened]] in April", 0, E("ceremony", "2022-04", "Manila")),
]

# ================================= z06 Andina, Lima/Chancay, DD/MM/YYYY header (14/11/2024 17:30)
PE = C("Peru", "PE")
LIMA = CITY("Lima", "PE")
CHANCAY = CITY("Chancay", "PE")
APEC = "APEC Economic Leaders' Week"
APEC_DATE = "2024-11-10/2024-11-16"
MTC = "Ministerio de Transportes y Comunicaciones"
APN = "Autoridad Portuaria Nacional"
CREEC = "China Railway Eryuan Engineering Group Co."
BCRP = "Central Reserve Bank of Peru"
A06 = [
    # dates
    ("z06", "date", "14/11/2024 17:30", 0, "2024-11-14T17:30"),
    ("z06", "date", "Nov. 14", 0, "2024-11-14"),
    ("z06", "date", "on [[Thursday]]", 0, "2024-11-14"),
    ("z06", "date", "30 October", 0, "2024-10-30"),
    ("z06", "date", "late September", 0, "2024-09"),  # like "the end of January 2020" -> 2020-01
    ("z06", "date", "on [[Wednesday]]", 0, "2024-11-13"),
    ("z06", "date", "in [[2023]]", 0, "2023"),
    ("z06", "date", "in [[September]] over", 0, "2024-09"),
    ("z06", "date", "November 10 to 16", 0, APEC_DATE),
    ("z06", "date", "on [[Friday]]", 0, "2024-11-15"),
    # money ("S/" is the sol sign)
    ("z06", "money", "US$1.3 billion", 0, M("1300000000", "USD")),
    ("z06", "money", "US$1.3 billion", 1, M("1300000000", "USD")),
    ("z06", "money", "US$3.5 billion", 0, M("3500000000", "USD")),
    ("z06", "money", "S/ 4.5 billion", 0, M("4500000000", "PEN")),
    ("z06", "money", "12 million soles", 0, M("12000000", "PEN")),
    ("z06", "money", "US$22.8 billion", 0, M("22800000000", "USD")),
    # quantities ("first phase", "first vessel", "third time": ranks; "Line 2" is chrome)
    ("z06", "quantity", "78 kilometers", 0, Q("78", "km")),
    ("z06", "quantity", "holds [[60%]]", 0, Q("60", "%")),
    ("z06", "quantity", "holds [[40%]]", 0, Q("40", "%")),
    ("z06", "quantity", "15 berths", 0, Q("15", "berth")),
    ("z06", "quantity", "1 million TEU", 0, Q("1000000", "TEU")),
    ("z06", "quantity", "23 days", 0, Q("23", "day")),
    ("z06", "quantity", "about 33%", 0, Q("33", "%", "approx")),
    ("z06", "quantity", "Some 300 fishermen", 0, Q("300", "fisherman", "approx")),
    ("z06", "quantity", "some 20 cooperation documents", 0, Q("20", "document", "approx")),
    # organisations (Spanish names as written; "Minister of Transport and Communications" is a
    # title, while "Ministerio de Transportes y Comunicaciones" names the body; the copyright
    # line is chrome; "Palacio de Gobierno" is a building; "Xin Xiamen" a ship)
    ("z06", "organisation", "[[Andina]] |", 0, O("Andina")),
    ("z06", "organisation", "(ANDINA)", 0, O("Andina")),
    ("z06", "organisation", "Cosco Shipping Ports Chancay Perú S.A.", 0, O("Cosco Shipping Ports Chancay Perú S.A.")),
    ("z06", "organisation", "COSCO SHIPPING Ports Limited", 0, O("COSCO SHIPPING Ports Limited")),
    ("z06", "organisation", "Volcan Compañía Minera S.A.A.", 0, O("Volcan Compañía Minera S.A.A.")),
    ("z06", "organisation", APN, 0, O(APN)),
    ("z06", "organisation", "([[APN]])", 0, O(APN)),
    ("z06", "organisation", MTC, 0, O(MTC)),
    ("z06", "organisation", "([[MTC]])", 0, O(MTC)),
    ("z06", "organisation", CREEC, 0, O(CREEC)),
    ("z06", "organisation", "([[CREEC]])", 0, O(CREEC)),
    ("z06", "organisation", BCRP, 0, O(BCRP)),
    ("z06", "organisation", "([[BCRP]])", 0, O(BCRP)),
    # places ("the municipality of Chancay": a lower-case generic noun, its town the place, like
    # x10's "Tashkent city administration"; Chancay/Perú/Peru inside company and bank names are not)
    ("z06", "place", "[[Peru]], China inaugurate", 0, PE),
    ("z06", "place", "Peru, [[China]] inaugurate", 0, CN),
    ("z06", "place", "[[Chancay]] megaport", 0, CHANCAY),
    ("z06", "place", "[[Lima]], Nov.", 0, LIMA),
    ("z06", "place", "[[Chinese]] President", 0, CN),
    ("z06", "place", "the [[Chancay]] port", 0, CHANCAY),
    ("z06", "place", "north of [[Lima]]", 0, LIMA),
    ("z06", "place", "[[Peruvian]] miner", 0, PE),
    ("z06", "place", "[[Peru]]'s Minister", 0, PE),
    ("z06", "place", "Shanghai", 0, CITY("Shanghai", "CN")),
    ("z06", "place", "from [[Chancay]] to", 0, CHANCAY),
    ("z06", "place", "to [[Lima]]'s Callao", 0, LIMA),
    ("z06", "place", "Callao", 0, CITY("Callao", "PE")),
    ("z06", "place", "[[Peruvian]] exports", 0, PE),
    ("z06", "place", "to [[China]] reached", 0, CN),
    ("z06", "place", "fishermen in [[Chancay]]", 0, CHANCAY),
    ("z06", "place", "municipality of [[Chancay]]", 0, CHANCAY),
    ("z06", "place", "hosted by [[Peru]]", 0, PE),
    ("z06", "place", "16 in [[Lima]]", 0, LIMA),
    ("z06", "place", "visit to [[Peru]]", 0, PE),
    # summits ("The APEC summit" names the same gathering; APEC inside them is not an organisation)
    ("z06", "summit", APEC, 0, S(APEC, APEC_DATE, "Lima")),
    ("z06", "summit", "APEC summit", 0, S(APEC, APEC_DATE, "Lima")),
    # events ("virtual ceremony": the same inauguration; "granted ... licence", "called at the
    # port", "protested": no type; "would cut", "is due to make a state visit ... and sign": future;
    # "cost", "holds": figures and states)
    (
        "z06",
        "event",
        "inaugurate",
        0,  # headline; "inaugurated" in the body: same; Lima via APEC
        E("ceremony", "2024-11-14", "Lima", ["Peru", "China"]),
    ),
    ("z06", "event", "also [[signed]]", 0, E("signing", "2024-11-13", None, [MTC, CREEC], M("12000000", "PEN"))),
]

# ================================= z07 energy brief, Ulaanbaatar/Vladivostok (14 September 2023)
MN = C("Mongolia", "MN")
RU = C("Russia", "RU")
UB = CITY("Ulaanbaatar", "MN")
VVO = CITY("Vladivostok", "RU")
SIB = REG("Siberia", "RU")
ETT = "Erdenes Tavan Tolgoi JSC"
EEF = "Eastern Economic Forum"
EEF_DATE = "2023-09-10/2023-09-13"
RZD = "Russian Railways"
A07 = [
    # dates ("Mongolia's 2023 budget": a year, not a name)
    ("z07", "date", "14 September 2023", 0, "2023-09-14"),
    ("z07", "date", "Sept 14", 0, "2023-09-14"),
    ("z07", "date", "this month", 0, "2023-09"),
    ("z07", "date", "September 4", 0, "2023-09-04"),
    ("z07", "date", "the first eight months of 2023", 0, "2023-01/2023-08"),
    ("z07", "date", "on [[Tuesday]]", 0, "2023-09-12"),
    ("z07", "date", "10 to 13 September", 0, EEF_DATE),
    ("z07", "date", "January-August", 0, "2023-01/2023-08"),
    ("z07", "date", "the first half of the year", 0, "2023-H1"),
    ("z07", "date", "Last Friday", 0, "2023-09-08"),
    ("z07", "date", "Mongolia's [[2023]]", 0, "2023"),
    ("z07", "date", "in [[2024]]", 0, "2024"),
    # money
    ("z07", "money", "4.5 billion yuan", 0, M("4500000000", "CNY")),
    ("z07", "money", "1.3 trillion roubles", 0, M("1300000000000", "RUB")),
    ("z07", "money", "7.2 trillion tugriks", 0, M("7200000000000", "MNT")),
    # quantities ("Power of Siberia 2": a name; "50 bcm-a-year": the rate stays outside the span)
    ("z07", "quantity", "19.5-kilometre", 0, Q("19.5", "km")),
    ("z07", "quantity", "15 million tonnes", 0, Q("15000000", "t")),
    ("z07", "quantity", "43.6 million tonnes", 0, Q("43600000", "t")),
    ("z07", "quantity", "12 documents", 0, Q("12", "document")),
    ("z07", "quantity", "15.5 billion cubic metres", 0, Q("15500000000", "m3")),
    ("z07", "quantity", "50%", 0, Q("50", "%")),
    ("z07", "quantity", "50 bcm", 0, Q("50000000000", "m3")),
    ("z07", "quantity", "1.2 million TEU", 0, Q("1200000", "TEU")),
    ("z07", "quantity", "14 days", 0, Q("14", "day")),
    ("z07", "quantity", "55 containers", 0, Q("55", "container")),
    # organisations ("Section:" is a label; "Tavan Tolgoi coal deposit": a deposit)
    ("z07", "organisation", ETT, 0, O(ETT)),
    ("z07", "organisation", "([[ETT]])", 0, O(ETT)),
    ("z07", "organisation", "National Statistics Office of Mongolia", 0, O("National Statistics Office of Mongolia")),
    ("z07", "organisation", "[[Gazprom]] Deputy", 0, O("Gazprom")),
    ("z07", "organisation", "[[Gazprom]] and", 0, O("Gazprom")),
    ("z07", "organisation", CNPC, 0, O(CNPC)),
    ("z07", "organisation", "([[CNPC]])", 0, O(CNPC)),
    ("z07", "organisation", RZD, 0, O(RZD)),
    ("z07", "organisation", "([[RZD]])", 0, O(RZD)),
    # places (Siberia inside the pipeline's name counts, as places in line names do in x06;
    # "Inner Mongolia Autonomous Region" is a region name as written)
    ("z07", "place", "[[Mongolia]], Russia court", 0, MN),
    ("z07", "place", "Mongolia, [[Russia]] court", 0, RU),
    ("z07", "place", "court [[Chinese]] buyers", 0, CN),
    ("z07", "place", "Power of [[Siberia]] 2 talks", 0, SIB),
    ("z07", "place", "ULAANBAATAR", 0, UB),
    ("z07", "place", "VLADIVOSTOK", 0, VVO),
    ("z07", "place", "-- [[Mongolia]] opened", 0, MN),
    ("z07", "place", "deposit to [[China]]", 0, CN),
    ("z07", "place", "[[Russian]] energy", 0, RU),
    ("z07", "place", "Power of [[Siberia]] 2 gas", 0, SIB),
    ("z07", "place", "[[Mongolian]] territory", 0, MN),
    ("z07", "place", "Gashuunsukhait", 0, CITY("Gashuunsukhait", "MN")),
    ("z07", "place", "Ganqimaodu", 0, CITY("Ganqimaodu", "CN")),
    ("z07", "place", "in [[China]]'s Inner", 0, CN),
    ("z07", "place", "Inner Mongolia Autonomous Region", 0, REG("Inner Mongolia Autonomous Region", "CN")),
    ("z07", "place", "[[Mongolian]] state-owned", 0, MN),
    ("z07", "place", "its [[Chinese]] partners", 0, CN),
    ("z07", "place", "2023, [[Mongolia]] exported", 0, MN),
    ("z07", "place", "it to [[China]], the", 0, CN),
    ("z07", "place", "[[Mongolian]] Prime", 0, MN),
    ("z07", "place", "[[Chinese]] Vice", 0, CN),
    ("z07", "place", "in [[Ulaanbaatar]] on", 0, UB),
    ("z07", "place", "the [[Ulaanbaatar]]-Zamyn", 0, UB),
    ("z07", "place", "Zamyn-Uud", 0, CITY("Zamyn-Uud", "MN")),
    ("z07", "place", "forum in [[Vladivostok]]", 0, VVO),
    ("z07", "place", "said [[Russia]] supplied", 0, RU),
    ("z07", "place", "gas to [[China]] through", 0, CN),
    ("z07", "place", "existing Power of [[Siberia]]", 0, SIB),
    ("z07", "place", "crossings with [[China]]", 0, CN),
    ("z07", "place", "Chengdu", 0, CITY("Chengdu", "CN")),
    ("z07", "place", "Moscow", 0, CITY("Moscow", "RU")),
    ("z07", "place", "[[Mongolia]]'s 2023", 0, MN),
    ("z07", "place", "Shiveekhuren", 0, CITY("Shiveekhuren", "MN")),
    # summits ("At the forum": an anaphor)
    ("z07", "summit", EEF, 0, S(EEF, EEF_DATE, "Vladivostok")),
    # events ("no final contract had been agreed", "have not signed": negated; "is expected to
    # raise", "plans to sign": future; "exported", "supplied ... in January-August", "rose":
    # period figures of trade, not output; "arrived": a step of a journey)
    ("z07", "event", "Mongolia [[opened]]", 0, E("ceremony", "2023-09", None, ["Mongolia"])),
    ("z07", "event", "was [[completed]]", 0, E("construction", "2023-09-04", None, [ETT, "China"])),
    ("z07", "event", "Oyun-Erdene [[met]]", 0, E("meeting", "2023-09-12", "Ulaanbaatar", ["Mongolia", "China"])),
    ("z07", "event", "sides [[signed]] 12", 0, E("signing", "2023-09-12", "Ulaanbaatar", ["Mongolia", "China"])),
]

# ================================= z08 PowerChina annual report extract (report date 28 March 2024)
PWC = "Power Construction Corporation of China, Ltd."
SB11 = "Sinohydro Bureau 11"
A08 = [
    # dates ("year on year": no calendar point; "Key projects of the year": the reporting year;
    # the reporting period is one interval, like "May 18th to 19th")
    ("z08", "date", "[[2023]] Annual Report", 0, "2023"),
    ("z08", "date", "1 January 2023 to 31 December 2023", 0, "2023-01-01/2023-12-31"),
    ("z08", "date", "28 March 2024", 0, "2024-03-28"),
    ("z08", "date", "In [[2023]], the Company", 0, "2023"),
    ("z08", "date", "projects of [[the year]]", 0, "2023"),
    ("z08", "date", "20 February 2023", 0, "2023-02-20"),
    ("z08", "date", "the second quarter", 0, "2023-Q2"),
    ("z08", "date", "In [[September]]", 0, "2023-09"),
    ("z08", "date", "in [[Q4]]", 0, "2023-Q4"),
    ("z08", "date", "electricity in [[2023]]", 0, "2023"),
    ("z08", "date", "Myanmar in [[2023]]", 0, "2023"),
    ("z08", "date", "Outlook for [[2024]]", 0, "2024"),
    # money
    ("z08", "money", "RMB 223.1 billion", 0, M("223100000000", "CNY")),
    ("z08", "money", "RMB 131.0 billion", 0, M("131000000000", "CNY")),
    ("z08", "money", "RMB 72.5 billion", 0, M("72500000000", "CNY")),
    ("z08", "money", "US$1.05 billion", 0, M("1050000000", "USD")),
    ("z08", "money", "US$580 million", 0, M("580000000", "USD")),
    ("z08", "money", "no less than RMB 240 billion", 0, M("240000000000", "CNY", "ge")),
    # quantities ("Section 3.2", "(1)" ... "(5)", "Bureau 11", the stock code: identifiers;
    # "three pumped-storage power stations": spelled-out count)
    ("z08", "quantity", "12.8%", 0, Q("12.8", "%")),
    ("z08", "quantity", "19.6%", 0, Q("19.6", "%")),
    ("z08", "quantity", "about 70%", 0, Q("70", "%", "approx")),
    ("z08", "quantity", "6.1%", 0, Q("6.1", "%")),
    ("z08", "quantity", "12.3%", 0, Q("12.3", "%")),
    ("z08", "quantity", "38%", 0, Q("38", "%")),
    ("z08", "quantity", "31%", 0, Q("31", "%")),
    ("z08", "quantity", "17%", 0, Q("17", "%")),
    ("z08", "quantity", "([[9%]])", 0, Q("9", "%")),
    ("z08", "quantity", "176 overseas branches", 0, Q("176", "branch")),
    ("z08", "quantity", "115 countries", 0, Q("115", "country")),
    ("z08", "quantity", "1,500 MW", 0, Q("1500", "MW")),
    ("z08", "quantity", "700 MW", 0, Q("700", "MW")),
    ("z08", "quantity", "1,200 MW", 0, Q("1200", "MW")),
    ("z08", "quantity", "440 MW", 0, Q("440", "MW")),
    ("z08", "quantity", "18.4 TWh", 0, Q("18.4", "TWh")),
    ("z08", "quantity", "7.5%", 0, Q("7.5", "%")),
    ("z08", "quantity", "1.2 GW", 0, Q("1.2", "GW")),
    # organisations ("the Company" is generic; the investor-relations line is chrome;
    # "Uzbekistan's Ministry of Energy": the country is a place, as x11 reads "Egypt's Ministry")
    ("z08", "organisation", PWC, 0, O(PWC)),
    ("z08", "organisation", "([[PowerChina]])", 0, O(PWC)),
    ("z08", "organisation", "2023, [[PowerChina]] signed", 0, O(PWC)),
    ("z08", "organisation", "ACWA Power", 0, O("ACWA Power")),
    ("z08", "organisation", SB11, 0, O(SB11)),
    ("z08", "organisation", "Ministry of Energy", 0, O("Ministry of Energy")),
    ("z08", "organisation", "China Development Bank", 0, O("China Development Bank")),
    ("z08", "organisation", EXIM, 0, O(EXIM)),
    # places ("countries along the Belt and Road": the initiative; the Kafue River is a river)
    ("z08", "place", "Africa", 0, REG("Africa")),
    ("z08", "place", "Asia-Pacific", 0, REG("Asia-Pacific")),
    ("z08", "place", "Middle East", 0, REG("Middle East")),
    ("z08", "place", "Latin America", 0, REG("Latin America")),
    ("z08", "place", "Saudi Arabia", 0, C("Saudi Arabia", "SA")),
    ("z08", "place", "Jeddah", 0, CITY("Jeddah", "SA")),
    ("z08", "place", "in [[Zambia]]", 0, C("Zambia", "ZM")),
    ("z08", "place", "Uzbekistan", 0, C("Uzbekistan", "UZ")),
    ("z08", "place", "Chile", 0, C("Chile", "CL")),
    ("z08", "place", "in [[Niger]] or", 0, C("Niger", "NE")),
    ("z08", "place", "Myanmar", 0, C("Myanmar", "MM")),
    ("z08", "place", "in [[Pakistan]]", 0, C("Pakistan", "PK")),
    # events ("New overseas contracts signed during the reporting period": a yearly tally;
    # "did not sign": negated; "remains under negotiation", "targets", "will deepen": not
    # occurrences; "put into full commercial operation": the completion of the building work
    # told by "built by", so one construction event dated by it)
    (
        "z08",
        "event",
        "PowerChina [[signed]]",
        0,
        E("signing", "2023-02-20", None, [PWC, "ACWA Power"], M("1050000000", "USD")),
    ),
    ("z08", "event", "Zambia, [[built]] by", 0, E("construction", "2023-Q2", "Zambia", [SB11])),
    (
        "z08",
        "event",
        "Energy [[signed]]",
        0,
        E("signing", "2023-09", None, [PWC, "Ministry of Energy"], Q("1200", "MW")),
    ),
    ("z08", "event", "Company's [[investment]]", 0, E("investment", "2023-Q4", "Chile", [PWC], M("580000000", "USD"))),
    ("z08", "event", "generated", 0, E("production", "2023", None, [PWC], Q("18.4", "TWh"))),
]

# ================================= z09 scraped China Daily page, Lusaka (2024-05-21 09:15)
ZM = C("Zambia", "ZM")
TZ = C("Tanzania", "TZ")
LUN = CITY("Lusaka", "ZM")
DAR = CITY("Dar es Salaam", "TZ")
TAZARA = "Tanzania-Zambia Railway Authority"
CNMC = "China Nonferrous Metal Mining (Group) Co., Ltd."
A09 = [
    # dates (navigation, Related stories, Share and copyright lines are chrome;
    # "nearly five decades": a spelled-out duration)
    ("z09", "date", "2024-05-21 09:15", 0, "2024-05-21T09:15"),
    ("z09", "date", "on [[Monday]]", 0, "2024-05-20"),
    ("z09", "date", "1975", 0, "1975"),
    ("z09", "date", "tonnes in [[2023]]", 0, "2023"),
    ("z09", "date", "last year", 0, "2023"),
    ("z09", "date", "July 2022 and June 2023", 0, "2022-07/2023-06"),
    ("z09", "date", "Earlier in [[May]]", 0, "2024-05"),  # "Earlier" stays out, as x04's "this month"
    ("z09", "date", "dollars in [[2023]]", 0, "2023"),
    # money (K is the kwacha sign)
    ("z09", "money", "about $1.4 billion", 0, M("1400000000", "USD", "approx")),
    ("z09", "money", "988 million yuan", 0, M("988000000", "CNY")),
    ("z09", "money", "K1.2 billion", 0, M("1200000000", "ZMW")),
    ("z09", "money", "about US$45 million", 0, M("45000000", "USD", "approx")),
    ("z09", "money", "6.2 billion dollars", 0, M("6200000000", "USD")),
    # quantities ("a third": a fraction with no number; "second-largest": rank)
    ("z09", "quantity", "1,860-kilometer", 0, Q("1860", "km")),
    ("z09", "quantity", "30-year", 0, Q("30", "year")),
    ("z09", "quantity", "more than 2 million tonnes", 0, Q("2000000", "t", "gt")),
    ("z09", "quantity", "120,000 tonnes", 0, Q("120000", "t")),
    ("z09", "quantity", "11 working locomotives", 0, Q("11", "locomotive")),
    ("z09", "quantity", "16%", 0, Q("16", "%")),
    ("z09", "quantity", "700,000 tonnes", 0, Q("700000", "t")),
    ("z09", "quantity", "27.5 million tonnes", 0, Q("27500000", "t")),
    # organisations (the byline's "China Daily" is text; "China Daily Information Co" in the
    # copyright line is chrome; "the Zambian embassy": a lower-case generic noun after a demonym)
    ("z09", "organisation", "[[China Daily]] |", 0, O("China Daily")),
    ("z09", "organisation", CCECC, 0, O(CCECC)),
    ("z09", "organisation", "([[CCECC]])", 0, O(CCECC)),
    ("z09", "organisation", TAZARA, 0, O(TAZARA)),
    ("z09", "organisation", "([[TAZARA]])", 0, O(TAZARA)),
    ("z09", "organisation", "and [[CCECC]] in", 0, O(CCECC)),
    ("z09", "organisation", "[[TAZARA]] said", 0, O(TAZARA)),
    ("z09", "organisation", CNMC, 0, O(CNMC)),
    ("z09", "organisation", "([[CNMC]])", 0, O(CNMC)),
    ("z09", "organisation", "[[CNMC]] did", 0, O(CNMC)),
    # places (places in the railway's name count; not inside TAZARA's name)
    ("z09", "place", "[[Chinese]] firm", 0, CN),
    ("z09", "place", "revive [[Tanzania]]-Zambia", 0, TZ),
    ("z09", "place", "Tanzania-[[Zambia]] railway as", 0, ZM),
    ("z09", "place", "as [[Zambia]], Tanzania", 0, ZM),
    ("z09", "place", "Zambia, [[Tanzania]] sign", 0, TZ),
    ("z09", "place", "in [[Lusaka]] |", 0, LUN),
    ("z09", "place", "[[Zambia]] and Tanzania on", 0, ZM),
    ("z09", "place", "Zambia and [[Tanzania]] on", 0, TZ),
    ("z09", "place", "the [[Tanzania]]-Zambia Railway,", 0, TZ),
    ("z09", "place", "the Tanzania-[[Zambia]] Railway,", 0, ZM),
    ("z09", "place", "after [[China]] built", 0, CN),
    ("z09", "place", "the [[Chinese]] company", 0, CN),
    ("z09", "place", "between [[Dar es Salaam]]", 0, DAR),
    ("z09", "place", "Kapiri Mposhi", 0, CITY("Kapiri Mposhi", "ZM")),
    ("z09", "place", "[[Zambian]] Transport", 0, ZM),
    ("z09", "place", "reporters in [[Lusaka]]", 0, LUN),
    ("z09", "place", "[[Zambian]] President", 0, ZM),
    ("z09", "place", "[[Zambia]]'s copper", 0, ZM),
    ("z09", "place", "port of [[Dar es Salaam]]", 0, DAR),
    ("z09", "place", "Tanzanian", 0, TZ),
    ("z09", "place", "Chambishi", 0, CITY("Chambishi", "ZM")),
    ("z09", "place", "the [[Copperbelt]]", 0, REG("Copperbelt", "ZM")),
    ("z09", "place", "[[China]] is Zambia's", 0, CN),
    ("z09", "place", "is [[Zambia]]'s second", 0, ZM),
    ("z09", "place", "the [[Zambian]] embassy", 0, ZM),
    ("z09", "place", "in [[Beijing]]", 0, CITY("Beijing", "CN")),
    # events ("will invest", "will cut", "would start": future; "carried", "moved", "rose":
    # figures; "completed in 1975": the same building work as "built"; "The agreement was
    # signed by ... TAZARA and CCECC": the same signing, which adds TAZARA and the President)
    (
        "z09",
        "event",
        "Tanzania [[sign]] concession",
        0,
        E("signing", "2024-05-20", None, ["Zambia", "Tanzania", CCECC, TAZARA], M("1400000000", "USD", "approx")),
    ),
    ("z09", "event", "China [[built]]", 0, E("construction", "1975", None, ["China"])),
    ("z09", "event", "pledged", 0, E("investment", "2024-05", "Chambishi", [CNMC], M("1200000000", "ZMW"))),
]

# ================================= z10 Chinese embassy statement, Kathmandu (2024/06/20)
NP = C("Nepal", "NP")
KTM = CITY("Kathmandu", "NP")
PKR_ = CITY("Pokhara", "NP")
EMB = "Embassy of the People's Republic of China in the Federal Democratic Republic of Nepal"
CAMCE = "China CAMC Engineering Co., Ltd."
CAAN = "Civil Aviation Authority of Nepal"
MOHP = "Ministry of Health and Population"
VISIT10 = "2023-09-23/2023-09-26"
A10 = [
    # dates ("Recently", "Since then": bare adverbs; "the past five years": a duration;
    # "the same day" refers back to "Last week", so it carries that week)
    ("z10", "date", "2024/06/20", 0, "2024-06-20"),
    ("z10", "date", "March 2016", 0, "2016-03"),
    ("z10", "date", "1 January 2023", 0, "2023-01-01"),
    ("z10", "date", "in [[2017]]", 0, "2017"),
    ("z10", "date", "23 to 26 September 2023", 0, VISIT10),
    ("z10", "date", "Last week", 0, "2024-W24"),
    ("z10", "date", "the same day", 0, "2024-W24"),
    # money
    ("z10", "money", "1.47 billion yuan", 0, M("1470000000", "CNY")),
    ("z10", "money", "about 216 million US dollars", 0, M("216000000", "USD", "approx")),
    ("z10", "money", "over NPR 20 billion", 0, M("20000000000", "NPR", "gt")),
    # quantities (the address and phone line is chrome)
    ("z10", "quantity", "2%", 0, Q("2", "%")),
    ("z10", "quantity", "20 years", 0, Q("20", "year")),
    ("z10", "quantity", "7 years", 0, Q("7", "year")),
    ("z10", "quantity", "2,500-metre", 0, Q("2500", "m")),
    ("z10", "quantity", "1 million passengers", 0, Q("1000000", "passenger")),
    ("z10", "quantity", "over 1,000 local jobs", 0, Q("1000", "job", "gt")),
    ("z10", "quantity", "50 ambulances", 0, Q("50", "ambulance")),
    ("z10", "quantity", "10 tonnes", 0, Q("10", "t")),
    # organisations (the masthead is text, the copyright line chrome; "the Chinese Embassy in
    # Nepal" is the masthead's embassy, its posting part of the name; "the Embassy": an anaphor;
    # "Framework Agreement on Belt and Road Cooperation": an agreement's title)
    ("z10", "organisation", EMB, 0, O(EMB)),
    ("z10", "organisation", "Chinese Embassy in Nepal", 0, O(EMB)),
    ("z10", "organisation", CAMCE, 0, O(CAMCE)),
    ("z10", "organisation", "([[CAMCE]])", 0, O(CAMCE)),
    ("z10", "organisation", CAAN, 0, O(CAAN)),
    ("z10", "organisation", "([[CAAN]])", 0, O(CAAN)),
    ("z10", "organisation", EXIM, 0, O(EXIM)),
    ("z10", "organisation", MOHP, 0, O(MOHP)),
    # places (an airport's city is tagged, as a port's)
    ("z10", "place", "about [[Pokhara]]", 0, PKR_),
    ("z10", "place", "that [[Pokhara]]", 0, PKR_),
    ("z10", "place", "that [[Nepal]] must", 0, NP),
    ("z10", "place", "airport to [[China]] if", 0, CN),
    ("z10", "place", "First, [[Pokhara]]", 0, PKR_),
    ("z10", "place", "[[Nepal]] has never", 0, NP),
    ("z10", "place", "[[China]] and Nepal signed", 0, CN),
    ("z10", "place", "China and [[Nepal]] signed", 0, NP),
    ("z10", "place", "visit to [[China]] from", 0, CN),
    ("z10", "place", "[[China]] has provided", 0, CN),
    ("z10", "place", "provided [[Nepal]] with", 0, NP),
    ("z10", "place", "in [[Kathmandu]], and", 0, KTM),
    ("z10", "place", "[[Chinese]] Ambassador Chen", 0, CN),
    ("z10", "place", "Nepali", 0, NP),
    ("z10", "place", "Kerung", 0, CITY("Kerung", "CN")),
    ("z10", "place", "Kerung-[[Kathmandu]]", 0, KTM),
    ("z10", "place", "harms [[China]]-Nepal", 0, CN),
    ("z10", "place", "China-[[Nepal]] friendship", 0, NP),
    # events ("must hand over", "if it cannot repay": hypothetical; "has never been asked",
    # "have not discussed": negated; "was financed by a soft loan": financing; "was completed
    # on schedule": the same building work as "built"; "has provided ... grant assistance ...
    # in the past five years": a tally; "to discuss": the purpose of the meeting)
    ("z10", "event", "was [[built]] by", 0, E("construction", None, "Pokhara", [CAMCE])),
    ("z10", "event", "contract [[signed]] with", 0, E("signing", "2016-03", None, [CAMCE, CAAN])),
    ("z10", "event", "inaugurated", 0, E("ceremony", "2023-01-01", "Pokhara", ["Nepal"])),
    # one verb, two occurrences (the Framework Agreement in 2017, its implementation plan during the visit)
    ("z10", "event", "Nepal [[signed]] the Framework", 0, E("signing", "2017", None, ["China", "Nepal"])),
    ("z10", "event", "Nepal [[signed]] the Framework", 0, E("signing", VISIT10, "China", ["China", "Nepal"])),
    ("z10", "event", "official [[visit]]", 0, E("visit", VISIT10, "China", ["Nepal", "China"])),
    ("z10", "event", "handed over", 0, E("donation", "2024-W24", "Kathmandu", [EMB, MOHP], Q("50", "ambulance"))),
    ("z10", "event", "Chen Song [[met]]", 0, E("meeting", "2024-W24", None, ["China", "Nepal"])),
]

ANNOTATIONS = A01 + A02 + A03 + A04 + A05 + A06 + A07 + A08 + A09 + A10


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "z*.txt")
