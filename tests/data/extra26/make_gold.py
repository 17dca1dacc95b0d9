#!/usr/bin/env python3
"""Build tests/data/extra26/gold.jsonl from hand annotations of the x*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (an Express Tribune story on
the Thar Block-I coal plant's output and Chinese IPP dues, with Rs/$ amounts, Pakistani fiscal years,
a refinancing with Chinese lenders, two JCC meetings and a mine expansion; an ANTARA story on the
opening of a third HPAL line at the Obi Island nickel smelter, with Rp trillion/US$ amounts, tonnes,
passengers, a consortium, a precursor-plant MoU and a delivery of nickel sulphate to Ningbo; an RTS
story on a presidential visit to Zijin's Bor copper mine, with EUR/dinar/RSD/USD amounts, tonnes, km,
a concession annex, an interstate agreement and a tunnel breakthrough; a Chinese Foreign Ministry
regular press conference transcript announcing a ministerial conference, with year-to-date cooperation
figures, a refinery agreement in Colombo, talks with Kazakhstan and a trainset delivery to Laos)
written BLIND: annotated from shared/gold/NOTES.md and shared/spec/facts.md alone, without running
bri_corpus on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra25/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - a coal block's plant ("the Block-I coal power plant", "Thar Block-I") names no place, as extra16's
    mine/deposit named after a locality; "Thar" inside the names of the plant's owner, the coal board
    and a company ("Thar Coal Block-1 Power Generation Company", "Thar Energy") is not tagged (flat);
  - "a year earlier" after "in FY25" is an anaphor with a calendar unit (extra5) resolved to the
    previous fiscal year (FY24 -> 2023-07/2024-06); "the same months of FY25" gives only "FY25"
    (extra4's "the same period last year");
  - a headline's "signs $310m refinancing deal" anchors the signing that the body tells as "closed the
    refinancing ... on Saturday" (NOTES' first mention), placed and dated by the body; "Shanghai
    Electric unit" in it is the group named as written ("Shanghai Electric" -> "Shanghai Electric
    Group", NOTES' "CETC group");
  - an exchange named with a ticker in running text ("listed on the Pakistan Stock Exchange as HUBC"):
    the exchange is an organisation, the ticker an identifier (extra20); "IDX" in "(IDX: NCKL)" is the
    exchange as an organisation (extra5's "Tadawul: 2082"), canonical as written;
  - a headline "opens third HPAL line" anchors the inauguration (ceremony) that the body tells with
    "inaugurated" (NOTES' first mention); "At the ceremony, ... signed" takes the ceremony's date and
    place (extra21's sidelines call);
  - "N of them X" after workers ("14,000 workers, 3,100 of them Chinese nationals") -> 3100 worker,
    span the digits (extra9);
  - "the same year" after "in 2025" is 2025 (NOTES' "the same year");
  - an ANTARA "Reporter:" line is chrome, like "Editor:" (NOTES) and Reuters' "Reporting by" (extra15);
    its in-body "Related news:" lines are chrome (NOTES' Related News);
  - a header weekday, date and time joined by "|" ("Tuesday, 14 April 2026 | 11:05") is one date and
    time (extra18/extra22); "Source: RTS, Tanjug" names two outlets (NOTES' byline);
  - a former company name given as an apposition ("Serbia Zijin Copper, the former RTB Bor") is the
    same organisation (NOTES' former names), the town inside it not tagged;
  - "Orthodox Easter" is a named holiday (NOTES' "the Spring Festival"): 2026-04-12, the Orthodox
    Easter Sunday of 2026;
  - a President "touring" a mine, retold as "During the visit", is the visit anchored on "touring"
    (the first mention); a signing "During the visit" takes its date and place;
  - capitals as the two governments signing an interstate agreement ("Belgrade and Beijing signed")
    are city places (extra13) and take part as written;
  - an annex to a concession contract that "commits the company to spend" a sum takes that sum as its
    amount (extra21's cost "under the MoU"), in the first currency given (extra6);
  - a tunnel named after a mountain pass ("Iriski Venac tunnel") and a motorway named after a mountain
    ("Fruska Gora Corridor") name no place (extra9's Rikoti highway); its breakthrough is construction
    (extra23) with the tunnel's length as amount (extra14's size);
  - a regular press conference's question that first tells an occurrence ("said ... that it had
    signed", "met with") anchors it; the answer dates and places it (extra22's "held talks");
  - "Sri Lanka's Board of Investment": the country is a place and the board an organisation (the
    majority reading of "X's Ministry", extra3/5/6/11/22; NOTES joins only an Embassy); "Sinopec" is the
    document's "China Petroleum and Chemical Corporation";
  - "six new EMU trainsets" (spelled-out count) is no quantity, so the delivery has no amount;
    "Since it opened in December 2021" is the opening (ceremony) of a railway, dated, with no party
    named; "marks the fourth anniversary ... next month" and "Next year marks the 35th anniversary" are
    no occurrences (extra14);
  - a railway named after two countries ("China-Laos Railway") tags both (extra12's towns in a line's
    name); its operating company ("Laos-China Railway Company Limited") is an organisation whose
    places are not tagged;
  - a reporter named like a city ("Zhang Kunming"), an activist like a town ("Milan Negotin"), a plant
    manager like a town ("Faisal Mithi") and a spokesperson like a city ("Agus Ternate Putra") are no
    places; "Shenzhen TV" is an outlet whose city is not tagged.
Run:  .venv/bin/python tests/data/extra26/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")
BEJ = CITY("Beijing", "CN")

# ================================= x01 The Express Tribune, Islamabad (Published: February 18, 2026)
PK = C("Pakistan", "PK")
ISLAMKOT = CITY("Islamkot", "PK")
ISB = CITY("Islamabad", "PK")
SEG = "Shanghai Electric Group"
SSRL = "Sino Sindh Resources Limited"
TCB1 = "Thar Coal Block-1 Power Generation Company"
CDB = "China Development Bank"
ICBC = "Industrial and Commercial Bank of China"
JWGE = "CPEC Joint Working Group on Energy"
TCEB = "Thar Coal and Energy Board"
HUBCO = "Hub Power Company"
IMF = "International Monetary Fund"
JCC16 = "16th Joint Cooperation Committee meeting"
JCC15 = "15th Joint Cooperation Committee meeting"
A01 = [
    # dates ("July-December" in a February 2026 report: the current fiscal year's first half;
    # "the same months of FY25" -> FY25 only; "a year earlier" after "in FY25" -> FY24 (new call);
    # "Power Policy 2015": a name; "within 30 days": a quantity; the footer line is text (v01/k02))
    ("x01", "date", "February 18, 2026", 0, "2026-02-18"),
    ("x01", "date", "July-December", 0, "2025-07/2025-12"),
    ("x01", "date", "of [[FY25]], but", 0, "2024-07/2025-06"),
    ("x01", "date", "Tribune on [[Tuesday]]", 0, "2026-02-17"),
    ("x01", "date", "January 30", 0, "2026-01-30"),
    ("x01", "date", "in [[2019]] at", 0, "2019"),
    ("x01", "date", "on [[Saturday]]", 0, "2026-02-14"),
    ("x01", "date", "February 24-25", 0, "2026-02-24/2026-02-25"),
    ("x01", "date", "in [[May]]", 0, "2026-05"),
    ("x01", "date", "last September", 0, "2025-09"),
    ("x01", "date", "in [[December]]", 0, "2025-12"),
    ("x01", "date", "in [[FY25]], up", 0, "2024-07/2025-06"),
    ("x01", "date", "a year earlier", 0, "2023-07/2024-06"),
    ("x01", "date", "June 30", 0, "2026-06-30"),
    ("x01", "date", "lower at Rs142.50 on [[Tuesday]]", 0, "2026-02-17"),
    ("x01", "date", "January 28", 0, "2026-01-28"),
    ("x01", "date", "since [[July]]", 0, "2025-07"),
    ("x01", "date", "FY2026-27", 0, "2026-07/2027-06"),
    ("x01", "date", "February 18th, 2026", 0, "2026-02-18"),
    # money (rupees in a Pakistani paper are PKR; "Rs24.6 per unit" a unit price, the rate outside
    # (extra18); "over Rs7 billion a year" gt, the rate outside; a share price is money (extra16))
    ("x01", "money", "Rs180b", 0, M("180000000000", "PKR")),
    ("x01", "money", "$310m", 0, M("310000000", "USD")),
    ("x01", "money", "about Rs180 billion", 0, M("180000000000", "PKR", "approx")),
    ("x01", "money", "Rs61.4 billion", 0, M("61400000000", "PKR")),
    ("x01", "money", "Rs24.6", 0, M("24.6", "PKR")),
    ("x01", "money", "over Rs7 billion", 0, M("7000000000", "PKR", "gt")),
    ("x01", "money", "Rs9 billion", 0, M("9000000000", "PKR")),
    ("x01", "money", "Rs142.50", 0, M("142.5", "PKR")),
    ("x01", "money", "Rs42 billion", 0, M("42000000000", "PKR")),
    # quantities ("Block-I", "Block-1", "TCB-1", "clause 4.2", "HUBC", the phone number: names,
    # identifiers, chrome; "two 660MW units": the spelled-out count is none, "660MW" is; "16th",
    # "15th", "third": ranks; "some 160 Pakistani and Chinese engineers" keeps the demonyms (extra21))
    ("x01", "quantity", "12pc", 0, Q("12", "%")),
    ("x01", "quantity", "1,320MW", 0, Q("1320", "MW")),
    ("x01", "quantity", "4,870 gigawatt hours", 0, Q("4870", "GWh")),
    ("x01", "quantity", "12%", 0, Q("12", "%")),
    ("x01", "quantity", "660MW", 0, Q("660", "MW")),
    ("x01", "quantity", "11 documents", 0, Q("11", "document")),
    ("x01", "quantity", "105km", 0, Q("105", "km")),
    ("x01", "quantity", "7.8 million tonnes", 0, Q("7800000", "t")),
    ("x01", "quantity", "3.6 million tonnes", 0, Q("3600000", "t")),
    ("x01", "quantity", "2.9 million tonnes", 0, Q("2900000", "t")),
    ("x01", "quantity", "3.4%", 0, Q("3.4", "%")),
    ("x01", "quantity", "some 160 Pakistani and Chinese engineers", 0, Q("160", "engineer", "approx")),
    ("x01", "quantity", "30 days", 0, Q("30", "day")),
    ("x01", "quantity", "0.6%", 0, Q("0.6", "%")),
    # organisations (the byline and the plant manager are persons; CPEC is a programme; "Joint
    # Cooperation Committee" sits inside the meetings' names (summits); "Power Policy 2015" is a
    # policy; "the government", "the IPP", "the mine": generic; Facebook/Twitter in the chrome line)
    ("x01", "organisation", "[[Shanghai Electric]] unit", 0, O(SEG)),
    ("x01", "organisation", "told [[The Express Tribune]]", 0, O("The Express Tribune")),
    ("x01", "organisation", SEG, 0, O(SEG)),
    ("x01", "organisation", SSRL, 0, O(SSRL)),
    ("x01", "organisation", "([[SSRL]])", 0, O(SSRL)),
    ("x01", "organisation", TCB1, 0, O(TCB1)),
    ("x01", "organisation", "([[TCB-1]])", 0, O(TCB1)),
    ("x01", "organisation", "Ministry of Energy", 0, O("Ministry of Energy")),
    ("x01", "organisation", "[[TCB-1]] closed", 0, O(TCB1)),
    ("x01", "organisation", CDB, 0, O(CDB)),
    ("x01", "organisation", "([[CDB]])", 0, O(CDB)),
    ("x01", "organisation", ICBC, 0, O(ICBC)),
    ("x01", "organisation", "([[ICBC]])", 0, O(ICBC)),
    ("x01", "organisation", JWGE, 0, O(JWGE)),
    ("x01", "organisation", "[[SSRL]], a joint", 0, O(SSRL)),
    ("x01", "organisation", "and [[Shanghai Electric]], completed", 0, O(SEG)),
    ("x01", "organisation", TCEB, 0, O(TCEB)),
    ("x01", "organisation", "([[TCEB]])", 0, O(TCEB)),
    ("x01", "organisation", HUBCO, 0, O(HUBCO)),
    ("x01", "organisation", "([[Hubco]])", 0, O(HUBCO)),
    ("x01", "organisation", "Pakistan Stock Exchange", 0, O("Pakistan Stock Exchange")),
    ("x01", "organisation", "Thar Energy", 0, O("Thar Energy")),
    ("x01", "organisation", "[[Hubco]] shares", 0, O(HUBCO)),
    ("x01", "organisation", "Central Power Purchasing Agency", 0, O("Central Power Purchasing Agency")),
    ("x01", "organisation", IMF, 0, O(IMF)),
    ("x01", "organisation", "([[IMF]])", 0, O(IMF)),
    ("x01", "organisation", "Published in [[The Express Tribune]]", 0, O("The Express Tribune")),
    # places ("Block-I" names no place (new call); China/Pakistan in CPEC's long name are places
    # (v01/k02); "the Sindh government": the province (NOTES); "Islamabad" standing for the
    # government is the city (extra13); places inside the organisations' names are not tagged)
    ("x01", "place", "[[Chinese]] IPPs chase", 0, CN),
    ("x01", "place", "[[Chinese]] lenders", 0, CN),
    ("x01", "place", "ISLAMABAD", 0, ISB),
    ("x01", "place", "Tharparkar", 0, REG("Tharparkar", "PK")),
    ("x01", "place", "but [[Chinese]] independent", 0, CN),
    ("x01", "place", "built at [[Islamkot]]", 0, ISLAMKOT),
    ("x01", "place", "the [[China]]-Pakistan", 0, CN),
    ("x01", "place", "China-[[Pakistan]] Economic", 0, PK),
    ("x01", "place", "in [[Beijing]] on Saturday", 0, BEJ),
    ("x01", "place", "Karachi", 0, CITY("Karachi", "PK")),
    ("x01", "place", "expected in [[Beijing]]", 0, BEJ),
    ("x01", "place", "from [[Islamkot]] to", 0, ISLAMKOT),
    ("x01", "place", "Chhor", 0, CITY("Chhor", "PK")),
    ("x01", "place", "the [[Sindh]] government", 0, REG("Sindh", "PK")),
    ("x01", "place", "mine at [[Islamkot]]", 0, ISLAMKOT),
    ("x01", "place", "[[Chinese]] Ambassador", 0, CN),
    ("x01", "place", "160 [[Pakistani]] and", 0, PK),
    ("x01", "place", "Pakistani and [[Chinese]] engineers", 0, CN),
    ("x01", "place", "Our [[Chinese]] partners", 0, CN),
    ("x01", "place", "to [[Chinese]] plants", 0, CN),
    ("x01", "place", "asked [[Islamabad]]", 0, ISB),
    # summits (numbered JCC meetings are named gatherings (extra3/extra8); the JWG's session is a
    # body's unnamed meeting)
    ("x01", "summit", JCC16, 0, S(JCC16, "2026-05", "Beijing")),
    ("x01", "summit", JCC15, 0, S(JCC15, "2025-09")),
    # events ("wrote to", "will be taken up", "would need", "has paid", "has asked", "closed 3.4%
    # lower": no occurrence of a type; the headline "signs" anchors the refinancing closed in
    # Beijing (new call); "generated" is the owner's half-year output (k02), placed by the plant's
    # district; "built" an undated building work; "the two sides signed 11 documents" at the 15th
    # JCC meeting: one signing with the count (extra13), dated by the meeting; "completed the
    # expansion" a construction with its capacity (extra14); "The mine produced" the owner's annual
    # output; the ambassador stands for China (extra13), "met ... engineers" a sub-step of the visit)
    ("x01", "event", "signs", 0, E("signing", "2026-02-14", "Beijing", [TCB1, CDB, ICBC], M("310000000", "USD"))),
    ("x01", "event", "generated", 0, E("production", "2025-07/2025-12", "Tharparkar", [TCB1], Q("4870", "GWh"))),
    ("x01", "event", "built", 0, E("construction", None, "Islamkot", [SEG])),
    ("x01", "event", "sides [[signed]]", 0, E("signing", "2025-09", None, ["Pakistan", "China"], Q("11", "document"))),
    ("x01", "event", "completed", 0, E("construction", "2025-12", "Islamkot", [SSRL], Q("7800000", "t"))),
    ("x01", "event", "produced", 0, E("production", "2024-07/2025-06", "Islamkot", [SSRL], Q("3600000", "t"))),
    ("x01", "event", "visited", 0, E("visit", "2026-01-28", "Islamkot", ["China"])),
]

# ================================= x02 ANTARA, Jakarta (March 6, 2026 17:48 GMT+700)
ID = C("Indonesia", "ID")
OBI = REG("Obi Island", "ID")
KAWASI = CITY("Kawasi", "ID")
ENFI = "China ENFI Engineering Corporation"
ONC = "PT Obi Nickel Cobalt"
LYGEND = "Lygend Resources & Technology"
MEMR = "Ministry of Energy and Mineral Resources"
BKPM = "Investment Coordinating Board"
NCKL = "PT Trimegah Bangun Persada Tbk"
IBC = "Indonesia Battery Corporation"
RONBAY = "Ningbo Ronbay New Energy Technology"
BPS = "Central Statistics Agency"
A02 = [
    # dates (the time zone stays outside (extra12); "the same year" after "in 2025" -> 2025 (NOTES);
    # "17 months": a quantity; "five-year": a spelled-out duration)
    ("x02", "date", "March 6, 2026 17:48", 0, "2026-03-06T17:48"),
    ("x02", "date", "on [[Thursday]]", 0, "2026-03-05"),
    ("x02", "date", "August 2024", 0, "2024-08"),
    ("x02", "date", "(MHP) in [[2025]]", 0, "2025"),
    ("x02", "date", "from [[2024]]", 0, "2024"),
    ("x02", "date", "In [[February]]", 0, "2026-02"),
    ("x02", "date", "since [[2018]]", 0, "2018"),
    ("x02", "date", "passengers [[last year]]", 0, "2025"),
    ("x02", "date", "taxes in [[2025]]", 0, "2025"),
    ("x02", "date", "the same year", 0, "2025"),
    ("x02", "date", "output in [[2026]]", 0, "2026"),
    ("x02", "date", "billion [[last year]]", 0, "2025"),
    ("x02", "date", "March 2", 0, "2026-03-02"),
    # money ("Rp" is the rupiah, IDR; "about Rp18 trillion" approx)
    ("x02", "money", "Rp15 trillion", 0, M("15000000000000", "IDR")),
    ("x02", "money", "US$1.1 billion", 0, M("1100000000", "USD")),
    ("x02", "money", "about Rp18 trillion", 0, M("18000000000000", "IDR", "approx")),
    ("x02", "money", "Rp15 trillion", 1, M("15000000000000", "IDR")),
    ("x02", "money", "US$910 million", 0, M("910000000", "USD")),
    ("x02", "money", "more than US$2.4 billion", 0, M("2400000000", "USD", "gt")),
    ("x02", "money", "Rp1.3 trillion", 0, M("1300000000000", "IDR")),
    ("x02", "money", "Rp 421.6 trillion", 0, M("421600000000000", "IDR")),
    ("x02", "money", "US$ 33.5 billion", 0, M("33500000000", "USD")),
    # quantities ("third", "two of the three lines": rank / spelled-out; "NCKL": a ticker; "a year":
    # the rate outside; "3,100 of them Chinese nationals" -> the antecedent's noun (extra9))
    ("x02", "quantity", "120,000 tonnes", 0, Q("120000", "t")),
    ("x02", "quantity", "17 months", 0, Q("17", "month")),
    ("x02", "quantity", "30 percent", 0, Q("30", "%")),
    ("x02", "quantity", "78,400 tonnes", 0, Q("78400", "t")),
    ("x02", "quantity", "21 percent", 0, Q("21", "%")),
    ("x02", "quantity", "6,000 tonnes", 0, Q("6000", "t")),
    ("x02", "quantity", "about 14,000 workers", 0, Q("14000", "worker", "approx")),
    ("x02", "quantity", "3,100", 0, Q("3100", "worker")),
    ("x02", "quantity", "41,200 passengers", 0, Q("41200", "passenger")),
    ("x02", "quantity", "about 42 percent", 0, Q("42", "%", "approx")),
    ("x02", "quantity", "2.4 million tonnes", 0, Q("2400000", "t")),
    # organisations (HPAL and MHP are a process and a product; "the government", "Ministry
    # spokesperson", "the Chinese partner": generic; the consortium is the named company; ANTARA in
    # the dateline is the agency, the copyright line chrome; "IDX" is the exchange (extra5))
    ("x02", "organisation", "([[ANTARA]]) -", 0, O("ANTARA")),
    ("x02", "organisation", ENFI, 0, O(ENFI)),
    ("x02", "organisation", ONC, 0, O(ONC)),
    ("x02", "organisation", "([[ONC]])", 0, O(ONC)),
    ("x02", "organisation", "of [[Harita Nickel]] and", 0, O("Harita Nickel")),
    ("x02", "organisation", LYGEND, 0, O(LYGEND)),
    ("x02", "organisation", "[[ONC]] said", 0, O(ONC)),
    ("x02", "organisation", MEMR, 0, O(MEMR)),
    ("x02", "organisation", BKPM, 0, O(BKPM)),
    ("x02", "organisation", "([[BKPM]])", 0, O(BKPM)),
    ("x02", "organisation", "[[Harita Nickel]]'s listed", 0, O("Harita Nickel")),
    ("x02", "organisation", NCKL, 0, O(NCKL)),
    ("x02", "organisation", "([[IDX]]:", 0, O("IDX")),
    ("x02", "organisation", IBC, 0, O(IBC)),
    ("x02", "organisation", "([[IBC]])", 0, O(IBC)),
    ("x02", "organisation", "and [[Lygend]] signed", 0, O(LYGEND)),
    ("x02", "organisation", "[[ONC]] produced", 0, O(ONC)),
    ("x02", "organisation", RONBAY, 0, O(RONBAY)),
    ("x02", "organisation", "[[Lygend]] chairman", 0, O(LYGEND)),
    ("x02", "organisation", "the [[BKPM]] recorded", 0, O(BKPM)),
    ("x02", "organisation", BPS, 0, O(BPS)),
    ("x02", "organisation", "([[BPS]])", 0, O(BPS)),
    # places ("North Maluku province": the generic noun outside; "Obi Island" a region as written
    # (extra20); Kawasi village named in the area's and the airstrip's names (extra17/extra18);
    # places inside company names are not tagged; the Related news lines are chrome)
    ("x02", "place", "Obi Island smelter", 0, OBI),
    ("x02", "place", "Jakarta", 0, CITY("Jakarta", "ID")),
    ("x02", "place", "on [[Obi Island]] in", 0, OBI),
    ("x02", "place", "in [[North Maluku]] province", 0, REG("North Maluku", "ID")),
    ("x02", "place", "and [[China]]'s Lygend", 0, CN),
    ("x02", "place", "[[North Maluku]] Governor", 0, REG("North Maluku", "ID")),
    ("x02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("x02", "place", "Ambassador to [[Indonesia]]", 0, ID),
    ("x02", "place", "the [[Kawasi]] industrial", 0, KAWASI),
    ("x02", "place", "in [[Ningbo]], China", 0, CITY("Ningbo", "CN")),
    ("x02", "place", "Ningbo, [[China]], under", 0, CN),
    ("x02", "place", "the [[Chinese]] partner", 0, CN),
    ("x02", "place", "Our [[Indonesian]] colleagues", 0, ID),
    ("x02", "place", "[[Chinese]] nationals", 0, CN),
    ("x02", "place", "Ternate and", 0, CITY("Ternate", "ID")),
    ("x02", "place", "the [[Kawasi]] airstrip", 0, KAWASI),
    ("x02", "place", "[[Indonesia]] holds", 0, ID),
    # events ("opens" (headline) anchors the inauguration (new call): the deputy minister stands for
    # the ministry the document names (extra5), the governor for his province (extra15), the
    # ambassador for China (extra13), the owner and the attending board take part; "built" the undated
    # completed line with its cost (extra7), "started" its start (w-call), the builder and the owner in
    # both; the MoU "At the ceremony" takes its date and place; "produced" the company's annual output;
    # "delivered" placed at the buyer's city; "had invested ... since 2018" a running total (extra16),
    # placed "on the island"; "carried ... passengers", "paid", "recorded", "rose": figures, payments)
    ("x02", "event", "opens", 0,
     E("ceremony", "2026-03-05", "Obi Island", [MEMR, "North Maluku", ONC, "China", BKPM])),
    ("x02", "event", "built", 0, E("construction", None, "Obi Island", [ENFI, ONC], M("1100000000", "USD"))),
    ("x02", "event", "started", 0, E("construction", "2024-08", "Obi Island", [ENFI, ONC])),
    ("x02", "event", "signed", 0,
     E("signing", "2026-03-05", "Obi Island", [NCKL, IBC, LYGEND], M("15000000000000", "IDR"))),
    ("x02", "event", "produced", 0, E("production", "2025", "Obi Island", [ONC], Q("78400", "t"))),
    ("x02", "event", "delivered", 0, E("delivery", "2026-02", "Ningbo", [ONC, RONBAY], Q("6000", "t"))),
    ("x02", "event", "had [[invested]]", 0,
     E("investment", None, "Obi Island", [LYGEND], M("2400000000", "USD", "gt"))),
]

# ================================= x03 RTS, Bor (Tuesday, 14 April 2026 | 11:05)
RS = C("Serbia", "RS")
BOR = CITY("Bor", "RS")
SLATINA = CITY("Slatina", "RS")
SZM = "Serbia Zijin Mining"
SZC = "Serbia Zijin Copper"
ZMG = "Zijin Mining Group"
MME = "Ministry of Mining and Energy"
CRBC = "China Road and Bridge Corporation"
CIFTIS = "China International Fair for Trade in Services"
A03 = [
    # dates ("the end of 2028" -> the year (extra14); "mid-2027" -> the year (extra4); "Orthodox
    # Easter" a named holiday (new call); "over 30 years": a quantity; the copyright year is chrome)
    ("x03", "date", "Tuesday, 14 April 2026 | 11:05", 0, "2026-04-14T11:05"),
    ("x03", "date", "the end of 2028", 0, "2028"),
    ("x03", "date", "on [[Friday]]", 0, "2026-04-10"),
    ("x03", "date", "in [[2025]]", 0, "2025"),
    ("x03", "date", "last year", 0, "2025"),
    ("x03", "date", "in [[2018]]", 0, "2018"),
    ("x03", "date", "December 2018", 0, "2018-12"),
    ("x03", "date", "mid-2027", 0, "2027"),
    ("x03", "date", "in [[November]]", 0, "2025-11"),
    ("x03", "date", "on [[Thursday]]", 0, "2026-04-09"),
    ("x03", "date", "in [[March]]", 0, "2026-03"),
    ("x03", "date", "April 3", 0, "2026-04-03"),
    ("x03", "date", "May 8", 0, "2026-05-08"),
    ("x03", "date", "in [[September]]", 0, "2026-09"),
    ("x03", "date", "Orthodox Easter", 0, "2026-04-12"),
    # money ("dinars" in a Serbian outlet are RSD; "about" approx)
    ("x03", "money", "EUR 1.3 billion", 0, M("1300000000", "EUR")),
    ("x03", "money", "1.3 billion euros", 0, M("1300000000", "EUR")),
    ("x03", "money", "EUR 3.2 billion", 0, M("3200000000", "EUR")),
    ("x03", "money", "168,000 dinars", 0, M("168000", "RSD")),
    ("x03", "money", "more than USD 4.6 billion", 0, M("4600000000", "USD", "gt")),
    ("x03", "money", "RSD 9.4 billion", 0, M("9400000000", "RSD")),
    ("x03", "money", "about EUR 80 million", 0, M("80000000", "EUR", "approx")),
    # quantities ("second-largest", "second anniversary": ranks; "Article 7": an identifier;
    # "no more than 40 percent" le; "year on year": no figure)
    ("x03", "quantity", "286,400 tonnes", 0, Q("286400", "t")),
    ("x03", "quantity", "9 percent", 0, Q("9", "%")),
    ("x03", "quantity", "about 14 percent", 0, Q("14", "%", "approx")),
    ("x03", "quantity", "11 months", 0, Q("11", "month")),
    ("x03", "quantity", "1.1 million tonnes", 0, Q("1100000", "t")),
    ("x03", "quantity", "30 years", 0, Q("30", "year")),
    ("x03", "quantity", "42-kilometre", 0, Q("42", "km")),
    ("x03", "quantity", "no more than 40 percent", 0, Q("40", "%", "le")),
    ("x03", "quantity", "23 days", 0, Q("23", "day")),
    ("x03", "quantity", "3.5 km", 0, Q("3.5", "km")),
    # organisations ("Zijin" is the group the body names in full, apart from its Serbian
    # subsidiaries with their own legal names (extra21's BYD call); "RTB Bor" the subsidiary's former
    # name (NOTES); "Minister of Mining and Energy" a title; "Environmental groups", "the company":
    # generic; RTS in the copyright line is chrome)
    ("x03", "organisation", "[[Zijin]] to put", 0, O(ZMG)),
    ("x03", "organisation", "Source: [[RTS]]", 0, O("RTS")),
    ("x03", "organisation", "Tanjug", 0, O("Tanjug")),
    ("x03", "organisation", "BOR - [[Serbia Zijin Mining]]", 0, O(SZM)),
    ("x03", "organisation", ZMG, 0, O(ZMG)),
    ("x03", "organisation", SZC, 0, O(SZC)),
    ("x03", "organisation", "RTB Bor", 0, O(SZC)),
    ("x03", "organisation", "When [[Zijin]] came", 0, O(ZMG)),
    ("x03", "organisation", "[[Zijin]] says", 0, O(ZMG)),
    ("x03", "organisation", MME, 0, O(MME)),
    ("x03", "organisation", "and [[Serbia Zijin Mining]] signed", 0, O(SZM)),
    ("x03", "organisation", "Green Timok", 0, O("Green Timok")),
    ("x03", "organisation", "Environmental Protection Agency", 0, O("Environmental Protection Agency")),
    ("x03", "organisation", CRBC, 0, O(CRBC)),
    ("x03", "organisation", "([[CRBC]])", 0, O(CRBC)),
    # places ("Cukaru Peki mine", "Iriski Venac tunnel", "Fruska Gora Corridor": no places (extra16,
    # extra9); "Bor-based" tags the town (extra22); Serbia inside the subsidiaries' names and Timok in
    # the association's are not tagged; the capitals signing stand for their governments (extra13))
    ("x03", "place", "into [[Bor]] mine", 0, BOR),
    ("x03", "place", "BOR", 0, BOR),
    ("x03", "place", "near [[Bor]] by", 0, BOR),
    ("x03", "place", "The [[Chinese]]-owned", 0, CN),
    ("x03", "place", "making [[Serbia]] the", 0, RS),
    ("x03", "place", "Europe", 0, REG("Europe")),
    ("x03", "place", "Poland", 0, C("Poland", "PL")),
    ("x03", "place", "[[Bor]] had", 0, BOR),
    ("x03", "place", "in [[Serbia]] since", 0, RS),
    ("x03", "place", "at [[Slatina]] by", 0, SLATINA),
    ("x03", "place", "Belgrade", 0, CITY("Belgrade", "RS")),
    ("x03", "place", "and [[Beijing]] signed", 0, BEJ),
    ("x03", "place", "Zajecar", 0, CITY("Zajecar", "RS")),
    ("x03", "place", "in [[Beijing]] in November", 0, BEJ),
    ("x03", "place", "[[Chinese]] firms", 0, CN),
    ("x03", "place", "from [[China]].", 0, CN),
    ("x03", "place", "The [[Bor]]-based", 0, BOR),
    ("x03", "place", "of [[Slatina]] and", 0, SLATINA),
    ("x03", "place", "Krivelj", 0, CITY("Krivelj", "RS")),
    ("x03", "place", "[[Serbia]] and China will", 0, RS),
    ("x03", "place", "Serbia and [[China]] will", 0, CN),
    ("x03", "place", "Novi Sad", 0, CITY("Novi Sad", "RS")),
    ("x03", "place", "to [[Beijing]] again", 0, BEJ),
    ("x03", "place", "[[Serbian]] officials", 0, RS),
    ("x03", "place", "visit to [[Bor]] came", 0, BOR),
    # summits (a fair is a named gathering (spec: expo), dated and placed by the text; "a business
    # forum is planned" is unnamed)
    ("x03", "summit", CIFTIS, 0, S(CIFTIS, "2026-09", "Beijing")),
    # events ("will invest", "will mark", "is expected to travel", "is planned": future; "exported",
    # "exceeded", "had asked": no type; "came in 2018": an arrival, no type; "touring" anchors the
    # President's visit (new call), the President standing for Serbia, the group's chairman for the
    # group; "produced" the miner's annual output; "has invested ... since December 2018" a running
    # total (extra16); the annex signed "During the visit" takes its date and place and the sum it
    # commits (new call); the interstate agreement signed by the two capitals (new call); "broke
    # through" a tunnel: construction (extra23), no place named)
    ("x03", "event", "touring", 0, E("visit", "2026-04-10", "Bor", [ZMG, "Serbia"])),
    ("x03", "event", "produced", 0, E("production", "2025", "Bor", [SZM], Q("286400", "t"))),
    ("x03", "event", "has [[invested]]", 0, E("investment", None, "Serbia", [ZMG], M("4600000000", "USD", "gt"))),
    ("x03", "event", "Mining [[signed]]", 0,
     E("signing", "2026-04-10", "Bor", [SZM, MME], M("9400000000", "RSD"))),
    ("x03", "event", "Beijing [[signed]]", 0, E("signing", "2025-11", "Beijing", ["Belgrade", "Beijing"])),
    ("x03", "event", "broke through", 0, E("construction", "2026-04-03", None, [CRBC], Q("3.5", "km"))),
]

# ================================= x04 Foreign Ministry regular press conference (2025-11-12 20:31)
LK = C("Sri Lanka", "LK")
KZ = C("Kazakhstan", "KZ")
LA = C("Laos", "LA")
AFRICA = REG("Africa")
BRMC = "2025 Belt and Road Ministerial Conference on Green Development"
SINOPEC = "China Petroleum and Chemical Corporation"
BOI = "Board of Investment"
CRRC = "China Railway Rolling Stock Corporation"
LCRC = "Laos-China Railway Company Limited"
FOCACBJ = "Beijing Summit of the Forum on China-Africa Cooperation"
CAETE = "China-Africa Economic and Trade Expo"
A04 = [
    # dates ("year on year", "over the same period": no calendar point; "yesterday afternoon": the
    # part of day outside (extra6); the copyright and address lines are chrome)
    ("x04", "date", "November 12, 2025", 0, "2025-11-12"),
    ("x04", "date", "2025-11-12 20:31", 0, "2025-11-12T20:31"),
    ("x04", "date", "December 8 to 9", 0, "2025-12-08/2025-12-09"),
    ("x04", "date", "this year", 0, "2025"),
    ("x04", "date", "the first ten months of 2025", 0, "2025-01/2025-10"),
    ("x04", "date", "on [[Monday]]", 0, "2025-11-10"),
    ("x04", "date", "November 10", 0, "2025-11-10"),
    ("x04", "date", "Yesterday", 0, "2025-11-11"),
    ("x04", "date", "Beijing [[yesterday]]", 0, "2025-11-11"),
    ("x04", "date", "Since [[2013]]", 0, "2013"),
    ("x04", "date", "in [[2024]]", 0, "2024"),
    ("x04", "date", "next month", 0, "2025-12"),
    ("x04", "date", "December 2021", 0, "2021-12"),
    ("x04", "date", "Last month", 0, "2025-10"),
    ("x04", "date", "September last year", 0, "2024-09"),
    ("x04", "date", "June 2027", 0, "2027-06"),
    ("x04", "date", "Next year", 0, "2026"),
    # money
    ("x04", "money", "19.6 trillion yuan", 0, M("19600000000000", "CNY")),
    ("x04", "money", "US$30.4 billion", 0, M("30400000000", "USD")),
    ("x04", "money", "3.7 billion US dollars", 0, M("3700000000", "USD")),
    ("x04", "money", "28.6 billion dollars", 0, M("28600000000", "USD")),
    ("x04", "money", "over 43.8 billion dollars", 0, M("43800000000", "USD", "gt")),
    ("x04", "money", "over 210 billion yuan", 0, M("210000000000", "CNY", "gt")),
    # quantities ("fourth anniversary", "35th anniversary": ranks; "six new EMU trainsets":
    # spelled-out count; "per day": the rate outside; the year inside the conference's name is none)
    ("x04", "quantity", "over 60 countries", 0, Q("60", "country", "gt")),
    ("x04", "quantity", "12 international organizations", 0, Q("12", "organization")),
    ("x04", "quantity", "5.8 percent", 0, Q("5.8", "%")),
    ("x04", "quantity", "51.3 percent", 0, Q("51.3", "%")),
    ("x04", "quantity", "16,400 trips", 0, Q("16400", "trip")),
    ("x04", "quantity", "1.72 million TEUs", 0, Q("1720000", "TEU")),
    ("x04", "quantity", "200,000 barrels", 0, Q("200000", "barrel")),
    ("x04", "quantity", "14 cooperation documents", 0, Q("14", "document")),
    ("x04", "quantity", "more than 52 million passengers", 0, Q("52000000", "passenger", "gt")),
    ("x04", "quantity", "over 60 million tonnes", 0, Q("60000000", "t", "gt")),
    ("x04", "quantity", "5,800 jobs", 0, Q("5800", "job")),
    # organisations ("Foreign Ministry Spokesperson" names the body (extra6), whose fuller name sits
    # only in the chrome copyright line; the questioners' outlets are organisations (extra6), Shenzhen
    # inside "Shenzhen TV" untagged; "Sinopec" is the document's China Petroleum and Chemical
    # Corporation; "Foreign Minister", "Premier", "Prime Minister": titles; "the Sri Lankan government",
    # "the Chinese government": countries (NOTES); "Chinese financial institutions": generic)
    ("x04", "organisation", "Foreign Ministry", 0, O("Foreign Ministry")),
    ("x04", "organisation", "United Nations Environment Programme", 0, O("United Nations Environment Programme")),
    ("x04", "organisation", "Xinhua News Agency", 0, O("Xinhua News Agency")),
    ("x04", "organisation", "General Administration of Customs", 0, O("General Administration of Customs")),
    ("x04", "organisation", "Reuters", 0, O("Reuters")),
    ("x04", "organisation", BOI, 0, O(BOI)),
    ("x04", "organisation", "Sinopec", 0, O(SINOPEC)),
    ("x04", "organisation", SINOPEC, 0, O(SINOPEC)),
    ("x04", "organisation", "Shenzhen TV", 0, O("Shenzhen TV")),
    ("x04", "organisation", "AFP", 0, O("AFP")),
    ("x04", "organisation", CRRC, 0, O(CRRC)),
    ("x04", "organisation", LCRC, 0, O(LCRC)),
    ("x04", "organisation", "Bloomberg", 0, O("Bloomberg")),
    ("x04", "organisation", "Export-Import Bank of China", 0, O("Export-Import Bank of China")),
    ("x04", "organisation", "[[CCTV]]: Reporter", 0, O("CCTV")),
    ("x04", "organisation", "from [[CCTV]].", 0, O("CCTV")),
    ("x04", "organisation", "ASEAN", 0, O("ASEAN")),
    # places (regional adjectives are regions (NOTES): "African countries/friends" -> Africa; the
    # railway named after two countries tags both (new call), its company's name not; places inside
    # the conference's, summit's and expo's names are not tagged; "Zhang Kunming" is a person)
    ("x04", "place", "the [[Chinese]] government", 0, CN),
    ("x04", "place", "Hangzhou", 0, CITY("Hangzhou", "CN")),
    ("x04", "place", "2025, [[China]]'s trade", 0, CN),
    ("x04", "place", "of [[China]]'s total", 0, CN),
    ("x04", "place", "[[China]]-Europe freight", 0, CN),
    ("x04", "place", "China-[[Europe]] freight", 0, REG("Europe")),
    ("x04", "place", "[[Chinese]] enterprises", 0, CN),
    ("x04", "place", "[[Sri Lanka]]'s Board", 0, LK),
    ("x04", "place", "the [[Hambantota]] refinery", 0, CITY("Hambantota", "LK")),
    ("x04", "place", "Colombo", 0, CITY("Colombo", "LK")),
    ("x04", "place", "the [[Sri Lankan]] government", 0, LK),
    ("x04", "place", "in [[Sri Lanka]]'s history", 0, LK),
    ("x04", "place", "Prime Minister of [[Kazakhstan]]", 0, KZ),
    ("x04", "place", "in [[Beijing]] yesterday", 0, BEJ),
    ("x04", "place", "[[Kazakhstan]] is an", 0, KZ),
    ("x04", "place", "partner of [[China]] in", 0, CN),
    ("x04", "place", "Central Asia", 0, REG("Central Asia")),
    ("x04", "place", "2013, [[China]]-Kazakhstan", 0, CN),
    ("x04", "place", "China-[[Kazakhstan]] trade", 0, KZ),
    ("x04", "place", "AFP: [[Laos]] marks", 0, LA),
    ("x04", "place", "the [[China]]-Laos Railway next", 0, CN),
    ("x04", "place", "China-[[Laos]] Railway next", 0, LA),
    ("x04", "place", "the [[China]]-Laos Railway has", 0, CN),
    ("x04", "place", "China-[[Laos]] Railway has", 0, LA),
    ("x04", "place", "Vientiane", 0, CITY("Vientiane", "LA")),
    ("x04", "place", "jobs in [[Laos]]", 0, LA),
    ("x04", "place", "to [[African]] countries", 0, AFRICA),
    ("x04", "place", "[[China]] has always", 0, CN),
    ("x04", "place", "helped [[African]] countries", 0, AFRICA),
    ("x04", "place", "[[Chinese]] financial", 0, CN),
    ("x04", "place", "[[African]] friends", 0, AFRICA),
    ("x04", "place", "Changsha", 0, CITY("Changsha", "CN")),
    ("x04", "place", "of [[China]]-ASEAN", 0, CN),
    # summits (the press conference is no named gathering (extra4); the conference with its year at
    # the head of its name (extra11), the FOCAC summit dated by "September last year" and placed by its
    # name, the expo dated and placed by the text)
    ("x04", "summit", BRMC, 0, S(BRMC, "2025-12-08/2025-12-09", "Hangzhou")),
    ("x04", "summit", FOCACBJ, 0, S(FOCACBJ, "2024-09", "Beijing")),
    ("x04", "summit", CAETE, 0, S(CAETE, "2027-06", "Changsha")),
    # events ("will be held", "will attend", "will release": future; "reached", "made ... trips",
    # "has carried", "has grown", "has created", "provided ... credit lines": figures, tallies,
    # financing; "is delivering real benefits": figurative; the question's "had signed" anchors the
    # refinery agreement the answer dates and places (new call), the board, the government and the
    # company its parties; the question's "met with" anchors the talks (extra22), the Premier standing
    # for China and the Prime Minister for Kazakhstan; the 14 documents a signing of its own (extra22);
    # "marks the fourth anniversary", "marks the 35th anniversary": no occurrence (extra14); "Since it
    # opened in December 2021": the railway's opening (extra6); the trainset delivery placed at the
    # city)
    ("x04", "event", "had [[signed]]", 0,
     E("signing", "2025-11-10", "Colombo", ["Sri Lanka", BOI, SINOPEC], M("3700000000", "USD"))),
    ("x04", "event", "Li Qiang [[met]] with", 0, E("meeting", "2025-11-11", "Beijing", ["China", "Kazakhstan"])),
    ("x04", "event", "witnessed the [[signing]]", 0,
     E("signing", "2025-11-11", "Beijing", ["China", "Kazakhstan"], Q("14", "document"))),
    ("x04", "event", "it [[opened]] in", 0, E("ceremony", "2021-12")),
    ("x04", "event", "Corporation [[delivered]]", 0, E("delivery", "2025-10", "Vientiane", [CRRC, LCRC])),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "x*.txt")
