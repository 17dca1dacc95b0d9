#!/usr/bin/env python3
"""Build tests/data/extra7/gold.jsonl from hand annotations of the t*.txt documents here.

The ten documents are invented but realistic Belt and Road news texts (a Solomon
Star story with SBD/PGK/FJD amounts, a Shanghai Stock Exchange announcement of
CRCC with a contract table, a Daily Star story with Tk crore/lakh and fiscal
years, an AGP story translated from French with GNF/FCFA amounts, a Khovar state
news agency story, a ten-year analysis of the China-Myanmar corridor, a weekly
newsletter digest, a Nepali ministry press note with Bikram Sambat dates, a
Capital Ethiopia business story with birr amounts, an Il Sole 24 Ore English
Edition story with EUR m/bn amounts) written BLIND: annotated from
shared/gold/NOTES.md and shared/spec/facts.md alone, without running bri_corpus
on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and
the calls recorded in tests/data/extra3/make_gold.py, tests/data/extra4/make_gold.py
and tests/data/extra5/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - a fiscal year with a known calendar is a month interval: Bangladesh's runs
    July-June, so "fiscal year 2024-25" and "FY25" -> 2024-07/2025-06, and "the
    last fiscal year" told in August 2024 -> 2023-07/2024-06; the words "fiscal
    year" stay in the span (they change the value);
  - a Bikram Sambat date ("2081/03/12 BS", "21 Asoj 2080 BS") is a calendar
    point whose value is its Gregorian day (the note prints it beside); "BS"
    stays in the span, and the Gregorian form in brackets is a fact of its own;
  - a newsletter issue's week ("3-9 March 2024") is one interval, and the bare
    weekdays of its items resolve inside it;
  - an exchange announcement whose headline "SIGNING" covers several contracts
    anchors one signing per contract (NOTES' 004 "visits"); the table's figures
    are mentions of their own;
  - a grant that funds a project ("funded by a grant of ...") is financing, not a
    donation; a thing given ("which China gave to the country") is a donation;
  - an award presented at the end of a reception ("presented ... with the Order
    of Friendship") is a sub-step of the meeting, not an occurrence of its own;
  - a newspaper desk byline ("Star Business Report") is no organisation mention;
  - a state visit's participants are the visitor's side only, unless the text
    has the host act in it ("for talks with Tanzanian officials"); signings
    during it name both sides where the text does ("the two sides");
  - the cost of a building work told in the same clause as its completion or
    builder ("completed in 2019 at a cost of", "built ... under a $257 million
    EPC contract") is the construction event's amount (as z03/z04's "built");
  - an exchange rate with no currency amount ("121.5 to the dollar") is no money;
  - "Guinean" inside the currency name "Guinean francs" is no place.
Run:  python3 tests/data/extra7/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

# ================================= t01 Solomon Star, Honiara (Tuesday, 14 May 2024)
SB = C("Solomon Islands", "SB")
HONIARA = CITY("Honiara", "SB")
CRFG = "China Railway First Group"
SIPA = "Solomon Islands Ports Authority"
CHEC = "China Harbour Engineering Company"
MID = "Ministry of Infrastructure Development"
CRCC1 = "China Railway Construction Corporation"
PIC_FMM = "China-Pacific Island Countries Foreign Ministers' Meeting"
A01 = [
    # dates ("a week after": a spelled-out duration; "every day": no calendar point; "in the 2024
    # development budget": a year, as z07's "Mongolia's 2023 budget"; "later this year": span "this
    # year", as z05's "earlier this month"; the copyright line is chrome)
    ("t01", "date", "Tuesday, 14 May 2024", 0, "2024-05-14"),
    ("t01", "date", "yesterday", 0, "2024-05-13"),
    ("t01", "date", "March 2022", 0, "2022-03"),
    ("t01", "date", "the third quarter of 2024", 0, "2024-Q3"),
    ("t01", "date", "the [[2024]] development", 0, "2024"),
    ("t01", "date", "Last November", 0, "2023-11"),
    ("t01", "date", "September 2019", 0, "2019-09"),
    ("t01", "date", "29 May 2023", 0, "2023-05-29"),
    ("t01", "date", "later [[this year]]", 0, "2024"),
    # money (SI$ is the Solomon Islands dollar, K the kina in a PNG context, FJ$ the Fiji dollar;
    # "had passed": a verb qualifier outside the span, as "exceeded")
    ("t01", "money", "SBD 386 million", 0, M("386000000", "SBD")),
    ("t01", "money", "about US$46 million", 0, M("46000000", "USD", "approx")),
    ("t01", "money", "SBD 210 million", 0, M("210000000", "SBD")),
    ("t01", "money", "SI$45.5 million", 0, M("45500000", "SBD")),
    ("t01", "money", "K1.2 billion", 0, M("1200000000", "PGK")),
    ("t01", "money", "FJ$90 million", 0, M("90000000", "FJD")),
    ("t01", "money", "SBD 1.5 billion", 0, M("1500000000", "SBD", "gt")),
    # quantities ("four lanes": spelled-out; "almost half": no number; "Section 17": a clause
    # number; the phone numbers are chrome)
    ("t01", "quantity", "12.8-kilometre", 0, Q("12.8", "km")),
    ("t01", "quantity", "more than 600 residents", 0, Q("600", "resident", "gt")),
    ("t01", "quantity", "5.2 km", 0, Q("5.2", "km")),
    ("t01", "quantity", "420 solar street lights", 0, Q("420", "light")),
    ("t01", "quantity", "18 months", 0, Q("18", "month")),
    ("t01", "quantity", "10,000-seat", 0, Q("10000", "seat")),
    # organisations (the masthead is text, the byline a person (named like a country); CCECC is not
    # expanded (NOTES); "Parliament" is generic (y03); "the Public Finance and Audit Act" is a law;
    # "National Stadium" a building; the footer's "Solomon Star News" is chrome)
    ("t01", "organisation", "SOLOMON STAR", 0, O("Solomon Star")),
    ("t01", "organisation", CRFG, 0, O(CRFG)),
    ("t01", "organisation", "(CRFG)", 0, O(CRFG)),
    ("t01", "organisation", SIPA, 0, O(SIPA)),
    ("t01", "organisation", "(SIPA)", 0, O(SIPA)),
    ("t01", "organisation", CHEC, 0, O(CHEC)),
    ("t01", "organisation", "(CHEC)", 0, O(CHEC)),
    ("t01", "organisation", "[[SIPA]] chief", 0, O(SIPA)),
    ("t01", "organisation", MID, 0, O(MID)),
    ("t01", "organisation", "(MID)", 0, O(MID)),
    ("t01", "organisation", CRCC1, 0, O(CRCC1)),
    ("t01", "organisation", "(CRCC)", 0, O(CRCC1)),
    ("t01", "organisation", "CCECC", 0, O("CCECC")),
    # places ("the Solomon Islands government": a lower-case generic noun after the country;
    # Solomon Islands inside SIPA and China/Pacific inside the meeting's name are not tagged; road
    # names keep their places; "Guadalcanal and Malaita provinces": the generic noun outside; the
    # Noro wharf's town is tagged, as a port's; the Related line is chrome)
    ("t01", "place", "[[China]] hands over", 0, C("China", "CN")),
    ("t01", "place", "upgraded [[Honiara]] East Road,", 0, HONIARA),
    ("t01", "place", "HONIARA", 0, HONIARA),
    ("t01", "place", "The [[Solomon Islands]] government", 0, SB),
    ("t01", "place", "kilometre [[Honiara]] East Road", 0, HONIARA),
    ("t01", "place", "the [[Chinese]] contractor", 0, C("China", "CN")),
    ("t01", "place", "[[Chinese]] Ambassador", 0, C("China", "CN")),
    ("t01", "place", "from [[China]], widened", 0, C("China", "CN")),
    ("t01", "place", "Noro", 0, CITY("Noro", "SB")),
    ("t01", "place", "Western Province", 0, REG("Western Province", "SB")),
    ("t01", "place", "Guadalcanal", 0, REG("Guadalcanal", "SB")),
    ("t01", "place", "Malaita", 0, REG("Malaita", "SB")),
    ("t01", "place", "Papua New Guinea", 0, C("Papua New Guinea", "PG")),
    ("t01", "place", "Port Moresby", 0, CITY("Port Moresby", "PG")),
    ("t01", "place", "Fiji", 0, C("Fiji", "FJ")),
    ("t01", "place", "a [[Chinese]] firm", 0, C("China", "CN")),
    ("t01", "place", "Lautoka", 0, CITY("Lautoka", "FJ")),
    ("t01", "place", "Stadium in [[Honiara]]", 0, HONIARA),
    ("t01", "place", "which [[China]] gave", 0, C("China", "CN")),
    ("t01", "place", "[[Chinese]] assistance", 0, C("China", "CN")),
    ("t01", "place", "in [[Beijing]] on", 0, CITY("Beijing", "CN")),
    ("t01", "place", "travel to [[China]]", 0, C("China", "CN")),
    # summits
    ("t01", "summit", PIC_FMM, 0, S(PIC_FMM, "2023-05-29", "Beijing")),
    # events (the headline "hands over" anchors the handover ceremony ("took over", "cut the
    # ribbon", "handover ceremony" are the same occurrence; the Prime Minister and the Ambassador
    # stand for their countries; "in the capital" places it); the headline "signed" anchors the
    # SIPA-CHEC contract, dated and placed by "At the same ceremony"; "began the works": the
    # start of the building work; "funded by a grant": financing; "widened", "added", "installed":
    # sub-steps of the building work; "is due to start", "would supervise", "is expected to
    # travel": future; "had set aside": a budget; "had passed": a running total; "established
    # diplomatic relations", "attended the ... Meeting", "questioned": no type; PNG's opening and
    # CRCC's "built" are two occurrences with no date ("a week after" is a duration); "gave": the
    # stadium given to "the country")
    ("t01", "event", "hands over", 0, E("ceremony", "2024-05-13", "Honiara", ["China", "Solomon Islands", CRFG])),
    (
        "t01",
        "event",
        "wharf contract [[signed]]",
        0,
        E("signing", "2024-05-13", "Honiara", [SIPA, CHEC], M("210000000", "SBD")),
    ),
    ("t01", "event", "began", 0, E("construction", "2022-03", None, [CRFG])),
    ("t01", "event", "Papua New Guinea [[opened]]", 0, E("ceremony", None, "Port Moresby", ["Papua New Guinea"])),
    ("t01", "event", "section [[built]]", 0, E("construction", None, "Port Moresby", [CRCC1])),
    ("t01", "event", "CCECC [[completed]]", 0, E("construction", "2023-11", "Honiara", ["CCECC"])),
    ("t01", "event", "China [[gave]]", 0, E("donation", None, "Honiara", ["China", "Solomon Islands"])),
]

# ================================= t02 SSE announcement of CRCC (9 July 2024)
CRCCL = "China Railway Construction Corporation Limited"
CCECC = "China Civil Engineering Construction Corporation"
MOTUZ = "Ministry of Transport of the Republic of Uzbekistan"
CR20 = "China Railway 20th Bureau Group Co., Ltd."
BTP = "Bouygues Travaux Publics"
STUA = "Societe de Transport Urbain d'Abidjan"
CRCCI = "CRCC International Group Co., Ltd."
MTCPE = "Ministry of Transport and Communications of Peru"
TASH = CITY("Tashkent", "UZ")
ABJ = CITY("Abidjan", "CI")
CHANCAY = CITY("Chancay", "PE")
HUARAL = CITY("Huaral", "PE")
A02 = [
    # dates (the reporting window is one interval, as "May 18th to 19th"; "2025 to 2027" likewise,
    # as w06's "between 2014 and 2019"; "% of 2023 revenue": a year; "year on year": no calendar
    # point; "Lin 2024-048": an announcement number)
    ("t02", "date", "1 April 2024 to 30 June 2024", 0, "2024-04-01/2024-06-30"),
    ("t02", "date", "% of [[2023]] revenue", 0, "2023"),
    ("t02", "date", "18 April 2024", 0, "2024-04-18"),
    ("t02", "date", "7 June 2024", 0, "2024-06-07"),
    ("t02", "date", "26 June 2024", 0, "2024-06-26"),
    ("t02", "date", "standards for [[2023]]", 0, "2023"),
    ("t02", "date", "2025 to 2027", 0, "2025/2027"),
    ("t02", "date", "the first half of 2024", 0, "2024-H1"),
    ("t02", "date", "9 July 2024", 0, "2024-07-09"),
    # money ("approx." and "approximately": approx; the table's RMB figures are mentions of their own)
    ("t02", "money", "approx. RMB 5.31 billion", 0, M("5310000000", "CNY", "approx")),
    ("t02", "money", "approx. RMB 8.76 billion", 0, M("8760000000", "CNY", "approx")),
    ("t02", "money", "approx. RMB 2.04 billion", 0, M("2040000000", "CNY", "approx")),
    ("t02", "money", "approx. RMB 16.11 billion", 0, M("16110000000", "CNY", "approx")),
    ("t02", "money", "approximately US$735 million", 0, M("735000000", "USD", "approx")),
    ("t02", "money", "approximately RMB 5.31 billion", 0, M("5310000000", "CNY", "approx")),
    ("t02", "money", "approximately EUR 1.12 billion", 0, M("1120000000", "EUR", "approx")),
    ("t02", "money", "approximately RMB 8.76 billion", 0, M("8760000000", "CNY", "approx")),
    ("t02", "money", "approximately PEN 1.05 billion", 0, M("1050000000", "PEN", "approx")),
    ("t02", "money", "approximately RMB 2.04 billion", 0, M("2040000000", "CNY", "approx")),
    ("t02", "money", "approximately RMB 16.11 billion", 0, M("16110000000", "CNY", "approx")),
    ("t02", "money", "RMB 93.2 billion", 0, M("93200000000", "CNY")),
    # quantities (stock code, announcement number, row numbers, "Section 2", "Line 2", "Article 9"
    # and the "20th Bureau" of a name are identifiers or names)
    ("t02", "quantity", "0.45%", 0, Q("0.45", "%")),
    ("t02", "quantity", "0.77%", 0, Q("0.77", "%")),
    ("t02", "quantity", "0.18%", 0, Q("0.18", "%")),
    ("t02", "quantity", "| [[1.40%]]", 0, Q("1.40", "%")),
    ("t02", "quantity", "38.6-kilometre", 0, Q("38.6", "km")),
    ("t02", "quantity", "42 months", 0, Q("42", "month")),
    ("t02", "quantity", "27 km", 0, Q("27", "km")),
    ("t02", "quantity", "18 stations", 0, Q("18", "station")),
    ("t02", "quantity", "600,000 passengers", 0, Q("600000", "passenger")),
    ("t02", "quantity", "approximately 1.40%", 0, Q("1.40", "%", "approx")),
    ("t02", "quantity", "12.6%", 0, Q("12.6", "%")),
    # organisations (the stock short name "CRCC" is the company the document defines; "the
    # Company", "The Board of Directors": generic or internal, the company named in the signature's
    # board tagged; the upper-case name takes the body's spelling; CRCC inside "CRCC International
    # Group Co., Ltd." is part of that name; places inside the ministries' and STUA's names not tagged)
    ("t02", "organisation", "Short Name: [[CRCC]]", 0, O(CRCCL)),
    ("t02", "organisation", "CHINA RAILWAY CONSTRUCTION CORPORATION LIMITED", 0, O(CRCCL)),
    ("t02", "organisation", CRCCL, 0, O(CRCCL)),
    ("t02", "organisation", '("[[CRCC]]"', 0, O(CRCCL)),
    ("t02", "organisation", CCECC, 0, O(CCECC)),
    ("t02", "organisation", '("[[CCECC]]")', 0, O(CCECC)),
    ("t02", "organisation", MOTUZ, 0, O(MOTUZ)),
    ("t02", "organisation", CR20, 0, O(CR20)),
    ("t02", "organisation", BTP, 0, O(BTP)),
    ("t02", "organisation", STUA, 0, O(STUA)),
    ("t02", "organisation", "(STUA)", 0, O(STUA)),
    ("t02", "organisation", CRCCI, 0, O(CRCCI)),
    ("t02", "organisation", MTCPE, 0, O(MTCPE)),
    ("t02", "organisation", CRCCL, 1, O(CRCCL)),
    # places (places in the road, line and expressway names count, as line names do)
    ("t02", "place", "| [[Tashkent]] Ring", 0, TASH),
    ("t02", "place", "| [[Uzbekistan]] |", 0, C("Uzbekistan", "UZ")),
    ("t02", "place", "| [[Abidjan]] Urban", 0, ABJ),
    ("t02", "place", "Cote d'Ivoire", 0, C("Cote d'Ivoire", "CI")),
    ("t02", "place", "| [[Chancay]]-Huaral", 0, CHANCAY),
    ("t02", "place", "| Chancay-[[Huaral]]", 0, HUARAL),
    ("t02", "place", "| [[Peru]] |", 0, C("Peru", "PE")),
    ("t02", "place", "the [[Tashkent]] Ring", 0, TASH),
    ("t02", "place", "the [[Abidjan]] urban", 0, ABJ),
    ("t02", "place", "the [[Chancay]]-Huaral Expressway contract", 0, CHANCAY),
    ("t02", "place", "the Chancay-[[Huaral]] Expressway contract", 0, HUARAL),
    ("t02", "place", "in [[Lima]]", 0, CITY("Lima", "PE")),
    ("t02", "place", "[[China]]'s accounting", 0, C("China", "CN")),
    # events (the headline "SIGNING" covers the three contracts, so it anchors three signings (NOTES'
    # 004 "visits"); "signed the following" and the three "signed" of the details are the same
    # occurrences; the parties are the signing subsidiaries and their clients; "will be completed",
    # "are expected to have": future; "amounted to": a half-year tally)
    (
        "t02",
        "event",
        "SIGNING",
        0,
        E("signing", "2024-04-18", None, [CCECC, MOTUZ], M("735000000", "USD", "approx")),
    ),
    (
        "t02",
        "event",
        "SIGNING",
        0,
        E("signing", "2024-06-07", None, [CR20, BTP, STUA], M("1120000000", "EUR", "approx")),
    ),
    (
        "t02",
        "event",
        "SIGNING",
        0,
        E("signing", "2024-06-26", "Lima", [CRCCI, MTCPE], M("1050000000", "PEN", "approx")),
    ),
]

# ================================= t03 The Daily Star, Dhaka (Thu Aug 22, 2024 12:00 AM)
BD = C("Bangladesh", "BD")
MONGLA = CITY("Mongla", "BD")
DHAKA = CITY("Dhaka", "BD")
MPA = "Mongla Port Authority"
ECNEC3 = "Executive Committee of the National Economic Council"
CCCC = "China Communications Construction Company"
A03 = [
    # dates (both header stamps are text; a Bangladeshi fiscal year runs July-June, so "fiscal year
    # 2024-25", "FY25" and "FY2023-24" are month intervals and "the last fiscal year" (told in
    # August 2024) is FY2023-24; "in October": the coming October; "October last year", as v01's
    # "June last year"; "At present": a bare adverb; "20-year": a quantity)
    ("t03", "date", "Thu Aug 22, 2024 12:00 AM", 0, "2024-08-22T00:00"),
    ("t03", "date", "Thu Aug 22, 2024 09:41 AM", 0, "2024-08-22T09:41"),
    ("t03", "date", "yesterday", 0, "2024-08-21"),
    ("t03", "date", "9 November 2022", 0, "2022-11-09"),
    ("t03", "date", "in [[October]] and", 0, "2024-10"),
    ("t03", "date", "June 2027", 0, "2027-06"),
    ("t03", "date", "fiscal year 2024-25", 0, "2024-07/2025-06"),
    ("t03", "date", "FY2023-24", 0, "2023-07/2024-06"),
    ("t03", "date", "the last fiscal year", 0, "2023-07/2024-06"),
    ("t03", "date", "October 2016", 0, "2016-10"),
    ("t03", "date", "October last year", 0, "2023-10"),
    ("t03", "date", "FY25", 0, "2024-07/2025-06"),
    # money (Tk is the taka; a crore is ten million; the headline figure is a mention of its own)
    ("t03", "money", "Tk 4,068 crore", 0, M("40680000000", "BDT")),
    ("t03", "money", "Tk 4,068 crore", 1, M("40680000000", "BDT")),
    ("t03", "money", "Tk 3,592 crore", 0, M("35920000000", "BDT")),
    ("t03", "money", "Tk 476 crore", 0, M("4760000000", "BDT")),
    ("t03", "money", "Tk 720 crore", 0, M("7200000000", "BDT")),
    ("t03", "money", "Tk 310 crore", 0, M("3100000000", "BDT")),
    ("t03", "money", "about $9.8 billion", 0, M("9800000000", "USD", "approx")),
    ("t03", "money", "Tk 10,689 crore", 0, M("106890000000", "BDT")),
    ("t03", "money", "$4.1 billion", 0, M("4100000000", "USD")),
    # quantities (a lakh is a hundred thousand; "a year" stays outside the span (w06);
    # "second-largest": rank; "two container terminals": spelled-out; "of land" outside)
    ("t03", "quantity", "4 lakh TEUs", 0, Q("400000", "TEU")),
    ("t03", "quantity", "1,200-metre", 0, Q("1200", "m")),
    ("t03", "quantity", "3.5-km", 0, Q("3.5", "km")),
    ("t03", "quantity", "74 acres", 0, Q("74", "acre")),
    ("t03", "quantity", "about 1.1 lakh TEUs", 0, Q("110000", "TEU", "approx")),
    ("t03", "quantity", "up to 10 metres", 0, Q("10", "m", "le")),
    ("t03", "quantity", "28 percent", 0, Q("28", "%")),
    ("t03", "quantity", "1.14 crore tonnes", 0, Q("11400000", "t")),
    ("t03", "quantity", "11 projects", 0, Q("11", "project")),
    ("t03", "quantity", "2 percent", 0, Q("2", "%")),
    ("t03", "quantity", "20-year", 0, Q("20", "year")),
    ("t03", "quantity", "more than 5.5 lakh jobs", 0, Q("550000", "job", "gt")),
    # organisations (the masthead is text; "Star Business Report", a desk byline, is no mention;
    # the Annual Development Programme is a programme and the BRI an initiative; "MPA Chairman",
    # "CCECC's country manager": the body named in a title; the copyright and Related lines are chrome)
    ("t03", "organisation", "[[The Daily Star]]\n", 0, O("The Daily Star")),
    ("t03", "organisation", MPA, 0, O(MPA)),
    ("t03", "organisation", "(MPA)", 0, O(MPA)),
    ("t03", "organisation", CCECC, 0, O(CCECC)),
    ("t03", "organisation", "(CCECC)", 0, O(CCECC)),
    ("t03", "organisation", "[[MPA]] Chairman", 0, O(MPA)),
    ("t03", "organisation", "[[CCECC]]'s country", 0, O(CCECC)),
    ("t03", "organisation", "Export-Import Bank of China", 0, O("Export-Import Bank of China")),
    ("t03", "organisation", "Planning Commission", 0, O("Planning Commission")),
    ("t03", "organisation", ECNEC3, 0, O(ECNEC3)),
    ("t03", "organisation", "(Ecnec)", 0, O(ECNEC3)),
    ("t03", "organisation", CCCC, 0, O(CCCC)),
    ("t03", "organisation", "World Bank", 0, O("World Bank")),
    # places (the port's town is tagged; Mongla inside MPA and China inside the bank's name are not;
    # "Dhaka joined": the capital standing for the state, tagged as written; the Karnaphuli is a
    # river, its tunnel no place; "the country's": an anaphor)
    ("t03", "place", "[[Mongla]] port expansion", 0, MONGLA),
    ("t03", "place", "with [[Chinese]] firm", 0, C("China", "CN")),
    ("t03", "place", "Bagerhat", 0, CITY("Bagerhat", "BD")),
    ("t03", "place", "[[Mongla]] handles", 0, MONGLA),
    ("t03", "place", "through [[Mongla]] rose", 0, MONGLA),
    ("t03", "place", "[[China]] has so far", 0, C("China", "CN")),
    ("t03", "place", "projects in [[Bangladesh]]", 0, BD),
    ("t03", "place", "which [[Dhaka]] joined", 0, DHAKA),
    ("t03", "place", "visit to [[Dhaka]]", 0, DHAKA),
    ("t03", "place", "Chattogram", 0, CITY("Chattogram", "BD")),
    ("t03", "place", "[[Chinese]] Ambassador", 0, C("China", "CN")),
    ("t03", "place", "[[Chinese]] firms", 0, C("China", "CN")),
    ("t03", "place", "jobs in [[Bangladesh]]", 0, BD),
    # events (the headline "signed" anchors the signing ("signed a Tk 4,068 crore contract", "signed
    # the deal", "the signing" are the same occurrence; the Ambassador who attended is a named
    # attendee); "had approved": a decision; "will begin", "will be built", "will come", "must
    # repay": future; "handles", "rose": figures; "has so far financed", "had created": tallies;
    # "joined": no type; President Xi stands for China; "completed in October last year": the
    # tunnel's building work, its cost the amount)
    (
        "t03",
        "event",
        "firm [[signed]]",
        0,
        E("signing", "2024-08-21", "Bagerhat", [MPA, CCECC, "China"], M("40680000000", "BDT")),
    ),
    ("t03", "event", "Xi Jinping's [[visit]]", 0, E("visit", "2016-10", "Dhaka", ["China"])),
    (
        "t03",
        "event",
        "Company [[completed]]",
        0,
        E("construction", "2023-10", "Chattogram", [CCCC], M("106890000000", "BDT")),
    ),
]
# ================================= t04 AGP, Conakry, translated from French (03/10/2024 - 16h25)
GN = C("Guinea", "GN")
CN = C("China", "CN")
CONAKRY = CITY("Conakry", "GN")
MOREBAYA = CITY("Morebaya", "GN")
AGP = "Agence Guineenne de Presse"
CTG = "Compagnie du TransGuineen"
WCS = "Winning Consortium Simandou"
GOVGN = "Government of Guinea"
CRBC = "China Road and Bridge Corporation"
A04 = [
    # dates (a header date and time joined by " - " is one fact, as extra5's comma call; "16h25"
    # is the French notation of 16:25; dates without a year take the report's year; "in July":
    # the closest past July; the Read also line is chrome)
    ("t04", "date", "03/10/2024 - 16h25", 0, "2024-10-03T16:25"),
    ("t04", "date", "Wednesday, 2 October", 0, "2024-10-02"),
    ("t04", "date", "February 2023", 0, "2023-02"),
    ("t04", "date", "28 September", 0, "2024-09-28"),
    ("t04", "date", "31 December 2024", 0, "2024-12-31"),
    ("t04", "date", "by [[2027]]", 0, "2027"),
    ("t04", "date", "the first half of 2025", 0, "2025-H1"),
    ("t04", "date", "in [[July]] with", 0, "2024-07"),
    ("t04", "date", "in [[2022]]", 0, "2022"),
    # money (GNF is the Guinean franc; "francs CFA"/"FCFA" in Senegal and Cote d'Ivoire are the West
    # African franc, XOF; "nearly": lt; "Guinean" inside the currency name is no place)
    ("t04", "money", "about 15 billion US dollars", 0, M("15000000000", "USD", "approx")),
    ("t04", "money", "nearly 130,000 billion Guinean francs", 0, M("130000000000000", "GNF", "lt")),
    ("t04", "money", "2,350 billion GNF", 0, M("2350000000000", "GNF")),
    ("t04", "money", "about 272 million dollars", 0, M("272000000", "USD", "approx")),
    ("t04", "money", "312 billion francs CFA", 0, M("312000000000", "XOF")),
    ("t04", "money", "262 billion FCFA", 0, M("262000000000", "XOF")),
    ("t04", "money", "450,000 GNF", 0, M("450000", "GNF")),
    # quantities ("per year" stays outside the span; "the first ore-carrier quay", "the second
    # container terminal": ranks; "12%" is in the chrome line)
    ("t04", "quantity", "about 100 kilometres", 0, Q("100", "km", "approx")),
    ("t04", "quantity", "420 metres", 0, Q("420", "m")),
    ("t04", "quantity", "up to 250,000 tonnes", 0, Q("250000", "t", "le")),
    ("t04", "quantity", "120 million tonnes", 0, Q("120000000", "t")),
    ("t04", "quantity", "15%", 0, Q("15", "%")),
    ("t04", "quantity", "600 km", 0, Q("600", "km")),
    ("t04", "quantity", "1,000 engineers", 0, Q("1000", "engineer")),
    ("t04", "quantity", "More than 46,000 people", 0, Q("46000", "person", "gt")),
    ("t04", "quantity", "80%", 0, Q("80", "%")),
    ("t04", "quantity", "50 kg", 0, Q("50", "kg")),
    # organisations (the masthead is text, its copyright line chrome; "Minister of Mines and
    # Geology", "Minister of Transport": titles naming no body; "the Simandou project" a project;
    # "the Guinean state", "the Senegalese authorities": lower-case nouns after a demonym;
    # "Madina market" a market)
    ("t04", "organisation", AGP, 0, O(AGP)),
    ("t04", "organisation", "(AGP)", 0, O(AGP)),
    ("t04", "organisation", CTG, 0, O(CTG)),
    ("t04", "organisation", "(CTG)", 0, O(CTG)),
    ("t04", "organisation", CHEC, 0, O(CHEC)),
    ("t04", "organisation", "(CHEC)", 0, O(CHEC)),
    ("t04", "organisation", "the [[CTG]], the port", 0, O(CTG)),
    ("t04", "organisation", "The [[CTG]], a joint", 0, O(CTG)),
    ("t04", "organisation", WCS, 0, O(WCS)),
    ("t04", "organisation", "(WCS)", 0, O(WCS)),
    ("t04", "organisation", "SimFer", 0, O("SimFer")),
    ("t04", "organisation", GOVGN, 0, O(GOVGN)),
    ("t04", "organisation", "[[WCS]] and SimFer signed", 0, O(WCS)),
    ("t04", "organisation", "SimFer", 1, O("SimFer")),
    ("t04", "organisation", CRBC, 0, O(CRBC)),
    ("t04", "organisation", "(CRBC)", 0, O(CRBC)),
    # places (the port's town is tagged; "the prefecture of Forecariah": the generic noun outside;
    # "Guineans": the people (x03's "Pakistanis"); the person "Simandou Conde" is no place; Guinea
    # inside the Government's name is not tagged; the language "French" is no place)
    ("t04", "place", "Conakry, 03", 0, CONAKRY),
    ("t04", "place", "the [[Morebaya]] port", 0, MOREBAYA),
    ("t04", "place", "port of [[Morebaya]]", 0, MOREBAYA),
    ("t04", "place", "Forecariah", 0, REG("Forecariah", "GN")),
    ("t04", "place", "south-east of [[Conakry]]", 0, CONAKRY),
    ("t04", "place", "the [[Chinese]] Ambassador", 0, CN),
    ("t04", "place", "Ambassador to [[Guinea]]", 0, GN),
    ("t04", "place", "the [[Guinean]] state", 0, GN),
    ("t04", "place", "Kerouane", 0, CITY("Kerouane", "GN")),
    ("t04", "place", "signed in [[Conakry]]", 0, CONAKRY),
    ("t04", "place", "[[Guineans]], work", 0, GN),
    ("t04", "place", "In [[Senegal]]", 0, C("Senegal", "SN")),
    ("t04", "place", "[[Chinese]] companies", 0, CN),
    ("t04", "place", "the [[Senegalese]] authorities", 0, C("Senegal", "SN")),
    ("t04", "place", "Ndayane", 0, CITY("Ndayane", "SN")),
    ("t04", "place", "Dakar", 0, CITY("Dakar", "SN")),
    ("t04", "place", "Cote d'Ivoire", 0, C("Cote d'Ivoire", "CI")),
    ("t04", "place", "terminal of [[Abidjan]]", 0, CITY("Abidjan", "CI")),
    # events (the headline "completed" anchors the quay's completion ("announced ... the completion",
    # "The works were carried out ... since February 2023" are the same building work); the
    # ceremony is a second occurrence (w02, w04), dated and placed by the completion it marks, the
    # ministers (no ministry named) standing for Guinea and the Ambassador for China; "is building":
    # under way; "will pay", "train", "is expected": future; "work on the sites": a figure; "costs",
    # "cost": prices; the addendum's payment is its amount)
    ("t04", "event", "is [[completed]]", 0, E("construction", "2024-10-02", "Morebaya", [CTG, CHEC])),
    ("t04", "event", "The [[ceremony]]", 0, E("ceremony", "2024-10-02", "Morebaya", [CTG, "Guinea", "China"])),
    (
        "t04",
        "event",
        "SimFer [[signed]]",
        0,
        E("signing", "2024-09-28", "Conakry", [GOVGN, WCS, "SimFer"], M("2350000000000", "GNF")),
    ),
    (
        "t04",
        "event",
        "authorities [[signed]]",
        0,
        E("signing", "2024-07", None, ["Senegal", CRBC], M("312000000000", "XOF")),
    ),
    ("t04", "event", "inaugurated", 0, E("ceremony", "2022", "Abidjan")),
]

# ================================= t05 Khovar, Dushanbe (17.09.2024 15:10)
NIAT = "National Information Agency of Tajikistan"
TBEA = "TBEA Co., Ltd."
ZT = "Zarafshon-TBEA"
GOVTJ = "Government of the Republic of Tajikistan"
MEWR = "Ministry of Energy and Water Resources of the Republic of Tajikistan"
SCISPM = "State Committee on Investment and State Property Management of the Republic of Tajikistan"
DIF = "Dushanbe Investment Forum 2024"
RTJ = C("Republic of Tajikistan", "TJ")
TJ = C("Tajikistan", "TJ")
DUSH = CITY("Dushanbe", "TJ")
SEP12 = "2024-09-12/2024-09-13"
A05 = [
    # dates (the dateline's date is text, as v06's "Dec. 4"; "Today" resolves; "March this year", as
    # v01's "June last year"; "The same day" refers back to 16 September (z10); the year in the
    # forum's name is no date; the copyright line is chrome)
    ("t05", "date", "17.09.2024 15:10", 0, "2024-09-17T15:10"),
    ("t05", "date", "DUSHANBE, [[17.09.2024]]", 0, "2024-09-17"),
    ("t05", "date", "Today", 0, "2024-09-17"),
    ("t05", "date", "since [[2009]]", 0, "2009"),
    ("t05", "date", "March this year", 0, "2024-03"),
    ("t05", "date", "16 September", 0, "2024-09-16"),
    ("t05", "date", "The same day", 0, "2024-09-16"),
    ("t05", "date", "12-13 September", 0, SEP12),
    ("t05", "date", "the first eight months of 2024", 0, "2024-01/2024-08"),
    # money (somoni is TJS; "worth a total of": no qualifier)
    ("t05", "money", "more than 1.8 billion US dollars", 0, M("1800000000", "USD", "gt")),
    ("t05", "money", "1.45 billion somoni", 0, M("1450000000", "TJS")),
    ("t05", "money", "2.7 million dollars", 0, M("2700000", "USD")),
    ("t05", "money", "3.2 billion dollars", 0, M("3200000000", "USD")),
    ("t05", "money", "1.3 billion dollars", 0, M("1300000000", "USD")),
    # quantities ("the second thermal power plant": rank; "per year" outside; the address, postcode
    # and phone are chrome)
    ("t05", "quantity", "400 megawatts", 0, Q("400", "MW")),
    ("t05", "quantity", "500-kV", 0, Q("500", "kV")),
    ("t05", "quantity", "1.2 million tons", 0, Q("1200000", "t")),
    ("t05", "quantity", "1,100 citizens", 0, Q("1100", "citizen")),
    ("t05", "quantity", "200-megawatt", 0, Q("200", "MW")),
    ("t05", "quantity", "25 electric buses", 0, Q("25", "bus")),
    ("t05", "quantity", "17.4 percent", 0, Q("17.4", "%")),
    # organisations (both masthead forms are mentions, as w01's "UzA | National News Agency of
    # Uzbekistan"; "Chairman of the Board of Directors of TBEA": an internal unit, the company
    # tagged; the State Committee named in a title is tagged (v02); "Leader of the Nation", "Head of
    # State", "Founder of Peace and National Unity": titles; "Palace of the Nation" a building,
    # "Order of Friendship" an award; "the company", "the joint venture": generic)
    ("t05", "organisation", "KHOVAR", 0, O(NIAT)),
    ("t05", "organisation", NIAT, 0, O(NIAT)),
    ("t05", "organisation", TBEA, 0, O(TBEA)),
    ("t05", "organisation", "/[[Khovar]]/", 0, O(NIAT)),
    ("t05", "organisation", TBEA, 1, O(TBEA)),
    ("t05", "organisation", "that [[TBEA]], one", 0, O(TBEA)),
    ("t05", "organisation", ZT, 0, O(ZT)),
    ("t05", "organisation", GOVTJ, 0, O(GOVTJ)),
    ("t05", "organisation", MEWR, 0, O(MEWR)),
    ("t05", "organisation", SCISPM, 0, O(SCISPM)),
    ("t05", "organisation", "[[TBEA]] handed", 0, O(TBEA)),
    ("t05", "organisation", "delegation of [[TBEA]]", 0, O(TBEA)),
    # places (the country in "President of the Republic of Tajikistan" is tagged, as "Kazakh
    # President"; not inside the bodies' names; "Panjakent district", "the Sughd region", "the
    # Dushanbe city administration": generic nouns outside; the plant's town is tagged, as x03's
    # Karot; Dushanbe inside the forum's name is not)
    ("t05", "place", "DUSHANBE", 0, DUSH),
    ("t05", "place", "President of the [[Republic of Tajikistan]]", 0, RTJ),
    ("t05", "place", "People's Republic of China", 0, C("People's Republic of China", "CN")),
    ("t05", "place", "in [[Tajikistan]] since", 0, TJ),
    ("t05", "place", "of [[Dushanbe]] with", 0, DUSH),
    ("t05", "place", "Panjakent", 0, REG("Panjakent", "TJ")),
    ("t05", "place", "President of the [[Republic of Tajikistan]]", 1, RTJ),
    ("t05", "place", "Sughd", 0, REG("Sughd", "TJ")),
    ("t05", "place", "the [[Dushanbe]] city", 0, DUSH),
    ("t05", "place", "Rogun", 0, CITY("Rogun", "TJ")),
    ("t05", "place", "between [[Tajikistan]] and", 0, TJ),
    ("t05", "place", "and [[China]] in", 0, CN),
    # summits
    ("t05", "summit", DIF, 0, S(DIF, SEP12, "Dushanbe")),
    # events (the headline "receives" anchors the reception, a meeting of the President (for
    # Tajikistan) and TBEA's chairman; "discussed", "presented ... with the Order": parts of it;
    # "has implemented": a tally; "the launch of the ... plant": a ceremony; "processes", "employs":
    # states; "will continue": future; "handed over ... a gift": a donation to the city, the State
    # Committee's chairman a named attendee; "took part in": no type; the forum's "agreements ...
    # were signed" is one signing with no named parties; "visited": TBEA's delegation; "amounted
    # to": a figure)
    ("t05", "event", "receives", 0, E("meeting", "2024-09-17", None, ["Tajikistan", TBEA])),
    ("t05", "event", "launch", 0, E("ceremony", "2024-03", "Panjakent", [ZT])),
    (
        "t05",
        "event",
        "Tajikistan [[signed]]",
        0,
        E("signing", "2024-09-16", None, [TBEA, MEWR], M("1450000000", "TJS")),
    ),
    (
        "t05",
        "event",
        "handed over",
        0,
        E("donation", "2024-09-16", "Dushanbe", [TBEA, "Dushanbe", SCISPM], Q("25", "bus")),
    ),
    ("t05", "event", "were [[signed]]", 0, E("signing", SEP12, "Dushanbe", None, M("3200000000", "USD"))),
    ("t05", "event", "visited", 0, E("visit", SEP12, "Rogun", [TBEA])),
]
# ================================= t06 analysis, China-Myanmar corridor (2 December 2024)
MM = C("Myanmar", "MM")
KP = CITY("Kyaukphyu", "MM")
MUSE = CITY("Muse", "MM")
MDY = CITY("Mandalay", "MM")
BEJ = CITY("Beijing", "CN")
AIR = "Asia Infrastructure Review"
CNPC = "China National Petroleum Corporation"
MOGE = "Myanmar Oil and Gas Enterprise"
CITIC = "CITIC Group"
KSEZ = "Kyaukphyu Special Economic Zone Management Committee"
CREEC = "China Railway Eryuan Engineering Group"
GACC = "General Administration of Customs of China"
VISIT20 = "2020-01-17/2020-01-18"
A06 = [
    # dates ("Ten years on", "at ten", "second decade", "for weeks": durations; "A year later"
    # after "November 2017" is an anaphoric year, as v05's "a year earlier"; "the end of 2023"
    # and "mid-2024": the year (NOTES, w08))
    ("t06", "date", "2 December 2024", 0, "2024-12-02"),
    ("t06", "date", "January 2015", 0, "2015-01"),
    ("t06", "date", "July 2013", 0, "2013-07"),
    ("t06", "date", "April 2017", 0, "2017-04"),
    ("t06", "date", "the end of 2023", 0, "2023"),
    ("t06", "date", "November 2017", 0, "2017-11"),
    ("t06", "date", "A year later", 0, "2018"),
    ("t06", "date", "9 September 2018", 0, "2018-09-09"),
    ("t06", "date", "17-18 January 2020", 0, VISIT20),
    ("t06", "date", "in [[2018]]", 0, "2018"),
    ("t06", "date", "February 2021", 0, "2021-02"),
    ("t06", "date", "December 2023", 0, "2023-12"),
    ("t06", "date", "study in [[2019]]", 0, "2019"),
    ("t06", "date", "the first quarter of 2024", 0, "2024-Q1"),
    ("t06", "date", "in [[2014]]", 0, "2014"),
    ("t06", "date", "in [[2021]]", 0, "2021"),
    ("t06", "date", "last year", 0, "2023"),
    ("t06", "date", "listed in [[2019]]", 0, "2019"),
    ("t06", "date", "mid-2024", 0, "2024"),
    ("t06", "date", "October 2023", 0, "2023-10"),
    # money ("a year" stays outside the span; "cut from $7.3 billion to $1.3 billion": a comparison
    # of two figures, both count)
    ("t06", "money", "about $2.5 billion", 0, M("2500000000", "USD", "approx")),
    ("t06", "money", "$13.8 million", 0, M("13800000", "USD")),
    ("t06", "money", "$7.3 billion", 0, M("7300000000", "USD")),
    ("t06", "money", "$1.3 billion", 0, M("1300000000", "USD")),
    ("t06", "money", "$2.7 billion", 0, M("2700000000", "USD")),
    ("t06", "money", "$10.3 billion", 0, M("10300000000", "USD")),
    ("t06", "money", "$12.8 billion", 0, M("12800000000", "USD")),
    ("t06", "money", "$11.5 billion", 0, M("11500000000", "USD")),
    # quantities ("fourth strategic channel", "the first phase": ranks; "only nine": spelled-out;
    # of-complements outside)
    ("t06", "quantity", "771 km", 0, Q("771", "km")),
    ("t06", "quantity", "793 km", 0, Q("793", "km")),
    ("t06", "quantity", "more than 63 million tonnes", 0, Q("63000000", "t", "gt")),
    ("t06", "quantity", "52 billion cubic metres", 0, Q("52000000000", "m3")),
    ("t06", "quantity", "up to 2 million tonnes", 0, Q("2000000", "t", "le")),
    ("t06", "quantity", "33 documents", 0, Q("33", "document")),
    ("t06", "quantity", "70%", 0, Q("70", "%")),
    ("t06", "quantity", "30%", 0, Q("30", "%")),
    ("t06", "quantity", "431-km", 0, Q("431", "km")),
    ("t06", "quantity", "38 early-harvest projects", 0, Q("38", "project")),
    # organisations (the byline's publication is text; CMEC is a programme, the BRI-style corridor no
    # organisation; "CITIC" is CITIC Group; "Foreign Minister": a title; "the two governments",
    # "the port consortium": generic; the Tags line is chrome)
    ("t06", "organisation", AIR, 0, O(AIR)),
    ("t06", "organisation", CNPC, 0, O(CNPC)),
    ("t06", "organisation", "(CNPC)", 0, O(CNPC)),
    ("t06", "organisation", MOGE, 0, O(MOGE)),
    ("t06", "organisation", "(MOGE)", 0, O(MOGE)),
    ("t06", "organisation", "according to [[CNPC]]", 0, O(CNPC)),
    ("t06", "organisation", CITIC, 0, O(CITIC)),
    ("t06", "organisation", "[[CITIC]] and the", 0, O(CITIC)),
    ("t06", "organisation", KSEZ, 0, O(KSEZ)),
    ("t06", "organisation", CREEC, 0, O(CREEC)),
    ("t06", "organisation", GACC, 0, O(GACC)),
    ("t06", "organisation", "ISEAS-Yusof Ishak Institute", 0, O("ISEAS-Yusof Ishak Institute")),
    ("t06", "organisation", "Stimson Center", 0, O("Stimson Center")),
    # places (places in the corridor's name count, as x03/v01 read CPEC's; the Bay of Bengal and the
    # Strait of Malacca are seas; a port's and a line's towns are tagged; "the Myanmar side", as
    # "the Chinese side"; "Shan State" as written, "northern" outside; "on Beijing": the capital
    # standing for the state, tagged as written; not inside MOGE's, KSEZ's or GACC's names)
    ("t06", "place", "the [[China]]-Myanmar corridor", 0, CN),
    ("t06", "place", "the China-[[Myanmar]] corridor", 0, MM),
    ("t06", "place", "Kunming", 0, CITY("Kunming", "CN")),
    ("t06", "place", "[[Chinese]] planners", 0, CN),
    ("t06", "place", "the [[China]]-Myanmar Economic", 0, CN),
    ("t06", "place", "China-[[Myanmar]] Economic", 0, MM),
    ("t06", "place", "from [[Kyaukphyu]] to", 0, KP),
    ("t06", "place", "the [[Chinese]] border", 0, CN),
    ("t06", "place", "Ruili", 0, CITY("Ruili", "CN")),
    ("t06", "place", "[[Myanmar]] receives", 0, MM),
    ("t06", "place", "in [[Beijing]].", 0, BEJ),
    ("t06", "place", "Naypyitaw", 0, CITY("Naypyitaw", "MM")),
    ("t06", "place", "the [[Kyaukphyu]] deep-sea", 0, KP),
    ("t06", "place", "[[Myanmar]] holds", 0, MM),
    ("t06", "place", "the [[Myanmar]] side", 0, MM),
    ("t06", "place", "the 431-km [[Muse]]-Mandalay", 0, MUSE),
    ("t06", "place", "Muse-[[Mandalay]] railway", 0, MDY),
    ("t06", "place", "Shan State", 0, REG("Shan State", "MM")),
    ("t06", "place", "the [[Muse]] border", 0, MUSE),
    ("t06", "place", "Washington", 0, CITY("Washington", "US")),
    ("t06", "place", "on [[Beijing]] than", 0, BEJ),
    ("t06", "place", "between [[Mandalay]] and", 0, MDY),
    # events ("reached Kunming": an arrival, no type; "were built by": the pipelines' building work,
    # undated (the flows are states); "had carried": a running total; "receives", "leads", "holds":
    # states; "was proposed", "was cut", "approved", "resumed", "stood/peaked/fell": no occurrence of a
    # type; "the two governments" are China and Myanmar; the state visit is President Xi's (China),
    # and "the two sides signed 33 documents" during it is one signing, dated and placed by the
    # visit; "completed a feasibility study": no building work (w01); "had begun construction by
    # mid-2024": a tally)
    (
        "t06",
        "event",
        "were [[built]]",
        0,
        E("construction", None, None, [CNPC, MOGE], M("2500000000", "USD", "approx")),
    ),
    ("t06", "event", "governments [[signed]]", 0, E("signing", "2018-09-09", "Beijing", ["China", "Myanmar"])),
    ("t06", "event", "state [[visit]]", 0, E("visit", VISIT20, "Naypyitaw", ["China"])),
    (
        "t06",
        "event",
        "sides [[signed]]",
        0,
        E("signing", VISIT20, "Naypyitaw", ["China", "Myanmar"], Q("33", "document")),
    ),
    ("t06", "event", "Committee [[signed]]", 0, E("signing", "2023-12", None, [CITIC, KSEZ])),
]

# ================================= t07 newsletter digest (Issue 187, 3-9 March 2024)
KHORGOS = CITY("Khorgos", "KZ")
BRB = "Belt & Road Briefing"
LIE = "Linglong International Europe"
ETIC = "Egypt-TEDA Investment Company"
HNC = "PT Huayue Nickel Cobalt"
BFA24 = "Boao Forum for Asia Annual Conference 2024"
A07 = [
    # dates (the week is one interval; weekdays resolve inside it; "a year earlier" after
    # "in 2023": 2022; "the second quarter": of the year; "Issue 187": a number)
    ("t07", "date", "3-9 March 2024", 0, "2024-03-03/2024-03-09"),
    ("t07", "date", "on [[Tuesday]]", 0, "2024-03-05"),
    ("t07", "date", "14% in [[2023]]", 0, "2023"),
    ("t07", "date", "on [[Monday]]", 0, "2024-03-04"),
    ("t07", "date", "from [[2025]]", 0, "2025"),
    ("t07", "date", "8 March", 0, "2024-03-08"),
    ("t07", "date", "on [[Wednesday]]", 0, "2024-03-06"),
    ("t07", "date", "4-5 March", 0, "2024-03-04/2024-03-05"),
    ("t07", "date", "the second quarter", 0, "2024-Q2"),
    ("t07", "date", "precipitate in [[2023]]", 0, "2023"),
    ("t07", "date", "a year earlier", 0, "2022"),
    ("t07", "date", "on [[Friday]]", 0, "2024-03-08"),
    ("t07", "date", "26 March", 0, "2024-03-26"),
    # money
    ("t07", "money", "EUR 642 million", 0, M("642000000", "EUR")),
    ("t07", "money", "$312 million", 0, M("312000000", "USD")),
    ("t07", "money", "$1.4 billion", 0, M("1400000000", "USD")),
    ("t07", "money", "$2 billion", 0, M("2000000000", "USD")),
    # quantities ("Seven stories", "five continents", "Eleven new tenants": spelled-out; "second",
    # "fourth", "first": ranks; "a year" outside; the footer address is chrome)
    ("t07", "quantity", "1 million TEU", 0, Q("1000000", "TEU")),
    ("t07", "quantity", "14%", 0, Q("14", "%")),
    ("t07", "quantity", "300-hectare", 0, Q("300", "ha")),
    ("t07", "quantity", "150,000 cars", 0, Q("150000", "car")),
    ("t07", "quantity", "13.6 million tyres", 0, Q("13600000", "tyre")),
    ("t07", "quantity", "11 new tenants", 0, Q("11", "tenant")),
    ("t07", "quantity", "7.34 square kilometre", 0, Q("7.34", "km2")),
    ("t07", "quantity", "154 companies", 0, Q("154", "company")),
    ("t07", "quantity", "72,000 tonnes", 0, Q("72000", "t")),
    ("t07", "quantity", "60,000 tonnes", 0, Q("60000", "t")),
    # organisations (the newsletter's masthead is text, its footer chrome; "the Belt and Road" in the
    # strapline is the initiative; the Boao Forum for Asia inside the conference's name is not tagged
    # (flat); "the company": generic; TAZARA stays as written; Kazakhstan/Egypt/Pakistan inside names
    # are not tagged; "Transport Minister", "Finance Minister": titles)
    ("t07", "organisation", "BELT & ROAD BRIEFING", 0, O(BRB)),
    ("t07", "organisation", "KTZ Express", 0, O("KTZ Express")),
    ("t07", "organisation", "Kazakhstan Temir Zholy", 0, O("Kazakhstan Temir Zholy")),
    ("t07", "organisation", "BYD", 0, O("BYD")),
    ("t07", "organisation", "BYD", 1, O("BYD")),
    ("t07", "organisation", LIE, 0, O(LIE)),
    ("t07", "organisation", ETIC, 0, O(ETIC)),
    ("t07", "organisation", "TAZARA", 0, O("TAZARA")),
    ("t07", "organisation", CCECC, 0, O(CCECC)),
    ("t07", "organisation", HNC, 0, O(HNC)),
    ("t07", "organisation", "State Bank of Pakistan", 0, O("State Bank of Pakistan")),
    # places (the item labels are text, as w08's section labels; the dry port's town is tagged;
    # "Lobito" in a headline is the Angolan port town; "the Chinese industrial zone", as "the Chinese
    # side"; Morowali is a regency; Hainan a province)
    ("t07", "place", "KAZAKHSTAN", 0, C("Kazakhstan", "KZ")),
    ("t07", "place", "The [[Khorgos]]-Eastern", 0, KHORGOS),
    ("t07", "place", "border with [[China]]", 0, CN),
    ("t07", "place", "through [[Khorgos]]", 0, KHORGOS),
    ("t07", "place", "HUNGARY", 0, C("Hungary", "HU")),
    ("t07", "place", "picks [[Szeged]]", 0, CITY("Szeged", "HU")),
    ("t07", "place", "[[Chinese]] carmaker", 0, CN),
    ("t07", "place", "near [[Szeged]]", 0, CITY("Szeged", "HU")),
    ("t07", "place", "in [[Europe]],", 0, REG("Europe")),
    ("t07", "place", "SERBIA", 0, C("Serbia", "RS")),
    ("t07", "place", "Zrenjanin", 0, CITY("Zrenjanin", "RS")),
    ("t07", "place", "EGYPT", 0, C("Egypt", "EG")),
    ("t07", "place", "the [[Chinese]] industrial", 0, CN),
    ("t07", "place", "Ain Sokhna", 0, CITY("Ain Sokhna", "EG")),
    ("t07", "place", "ZAMBIA", 0, C("Zambia", "ZM")),
    ("t07", "place", "Lobito", 0, CITY("Lobito", "AO")),
    ("t07", "place", "[[Zambian]] Transport", 0, C("Zambia", "ZM")),
    ("t07", "place", "Dar es Salaam", 0, CITY("Dar es Salaam", "TZ")),
    ("t07", "place", "[[Tanzanian]] officials", 0, C("Tanzania", "TZ")),
    ("t07", "place", "financed by [[China]]", 0, CN),
    ("t07", "place", "INDONESIA", 0, C("Indonesia", "ID")),
    ("t07", "place", "Morowali", 0, REG("Morowali", "ID")),
    ("t07", "place", "Central Sulawesi", 0, REG("Central Sulawesi", "ID")),
    ("t07", "place", "PAKISTAN", 0, C("Pakistan", "PK")),
    ("t07", "place", "[[China]] rolled", 0, CN),
    ("t07", "place", "[[Pakistani]] Finance", 0, C("Pakistan", "PK")),
    ("t07", "place", "Islamabad", 0, CITY("Islamabad", "PK")),
    ("t07", "place", "Hainan", 0, REG("Hainan", "CN")),
    # summits (Boao inside the name is not tagged; the year in the name is no date)
    ("t07", "summit", BFA24, 0, S(BFA24, "2024-03-26", "Hainan")),
    # events ("raising", "rose", "makes", "hosts": figures and states; "picks": no type; "is to
    # build", "is expected", "opens": future; "opened a fourth production hall": an opening; the
    # tenants signed "at a ceremony" is one signing, placed by the zone it runs; the Zambian
    # minister (no ministry named) stands for Zambia, the talks with Tanzanian officials are part of
    # the visit; "financed", "rolled over": financing; "produced ... in 2023": output)
    ("t07", "event", "completed", 0, E("construction", "2024-03-05", "Khorgos")),
    ("t07", "event", "BYD [[signed]]", 0, E("signing", "2024-03-04", None, ["BYD"])),
    ("t07", "event", "opened", 0, E("ceremony", "2024-03-08", "Zrenjanin", [LIE])),
    (
        "t07",
        "event",
        "Sokhna, [[signed]]",
        0,
        E("signing", "2024-03-06", "Ain Sokhna", [ETIC], M("312000000", "USD")),
    ),
    ("t07", "event", "visited", 0, E("visit", "2024-03-04/2024-03-05", "Dar es Salaam", ["Zambia", "Tanzania"])),
    ("t07", "event", "produced", 0, E("production", "2023", "Morowali", [HNC], Q("72000", "t"))),
]
# ================================= t08 Nepal ministry press note (2081/03/12 BS = 26 June 2024)
GOVNP = "Government of Nepal"
MOPIT = "Ministry of Physical Infrastructure and Transport"
DOR = "Department of Roads of the Government of Nepal"
CR14 = "China Railway 14th Bureau Group Corporation Limited"
GOVPRC = "Government of the People's Republic of China"
KTM = CITY("Kathmandu", "NP")
PRC = C("People's Republic of China", "CN")
A08 = [
    # dates (a Bikram Sambat date is a calendar point: its value is the Gregorian day the text gives
    # beside it, and "BS" stays in the span, as a modifier that changes the value; both forms are
    # facts; "So far": a bare adverb)
    ("t08", "date", "2081/03/12 BS", 0, "2024-06-26"),
    ("t08", "date", "26 June 2024", 0, "2024-06-26"),
    ("t08", "date", "today", 0, "2024-06-26"),
    ("t08", "date", "21 Asoj 2080 BS", 0, "2023-10-08"),
    ("t08", "date", "8 October 2023", 0, "2023-10-08"),
    ("t08", "date", "13 Baisakh 2075 BS", 0, "2018-04-26"),
    ("t08", "date", "26 April 2018", 0, "2018-04-26"),
    ("t08", "date", "15 Jestha 2081 BS", 0, "2024-05-28"),
    ("t08", "date", "28 May 2024", 0, "2024-05-28"),
    ("t08", "date", "December 2025", 0, "2025-12"),
    # money ("Rs." in a Nepali note is the Nepalese rupee; an arba is a billion, a crore ten million)
    ("t08", "money", "Rs. 7.21 arba", 0, M("7210000000", "NPR")),
    ("t08", "money", "NPR 7.21 billion", 0, M("7210000000", "NPR")),
    ("t08", "money", "Rs. 64 crore", 0, M("640000000", "NPR")),
    ("t08", "money", "Rs. 1.85 arba", 0, M("1850000000", "NPR")),
    ("t08", "money", "Rs. 2.4 arba", 0, M("2400000000", "NPR")),
    # quantities (the paragraph numbers, "14th Bureau", "second phase", "first phase": names and
    # ranks; the phone line is chrome)
    ("t08", "quantity", "3.35-km", 0, Q("3.35", "km")),
    ("t08", "quantity", "7.5-km", 0, Q("7.5", "km")),
    ("t08", "quantity", "about 20 km", 0, Q("20", "km", "approx")),
    ("t08", "quantity", "8.2-km", 0, Q("8.2", "km")),
    ("t08", "quantity", "82 percent", 0, Q("82", "%")),
    ("t08", "quantity", "10.4-km", 0, Q("10.4", "km")),
    ("t08", "quantity", "About 1,150 workers", 0, Q("1150", "worker", "approx")),
    ("t08", "quantity", "96 technicians", 0, Q("96", "technician")),
    # organisations (the letterhead is text; "the Ministry", "the Department", "the contractor":
    # anaphors; "Department of Roads of the Government of Nepal" is one name, as "Ministry of
    # Commerce of the People's Republic of China"; "Minister for Physical Infrastructure and
    # Transport" is a title; "parliament" is generic; the cooperation agreement's title no fact)
    ("t08", "organisation", "[[Government of Nepal]]\n", 0, O(GOVNP)),
    ("t08", "organisation", MOPIT, 0, O(MOPIT)),
    ("t08", "organisation", DOR, 0, O(DOR)),
    ("t08", "organisation", CR14, 0, O(CR14)),
    ("t08", "organisation", GOVPRC, 0, O(GOVPRC)),
    ("t08", "organisation", "the [[Government of Nepal]] will bear", 0, O(GOVNP)),
    ("t08", "organisation", "to the [[Government of Nepal]] on", 0, O(GOVNP)),
    ("t08", "organisation", "the [[Government of Nepal]] has released", 0, O(GOVNP)),
    ("t08", "organisation", GOVPRC, 1, O(GOVPRC)),
    # places (places in the tunnel's, road's and ring road's names count, as line and road names do;
    # "the Nuwakot district": the generic noun outside; the Ambassador's title names two countries;
    # Singhadurbar is the government secretariat, a building; not inside the governments' names)
    ("t08", "place", "Singhadurbar, [[Kathmandu]]", 0, KTM),
    ("t08", "place", "the [[Tokha]]-Chhahare Tunnel and", 0, CITY("Tokha", "NP")),
    ("t08", "place", "the Tokha-[[Chhahare]] Tunnel and", 0, CITY("Chhahare", "NP")),
    ("t08", "place", "the [[Kathmandu]] Ring Road Improvement Project\n", 0, KTM),
    ("t08", "place", "the [[Tokha]]-Chhahare Tunnel was", 0, CITY("Tokha", "NP")),
    ("t08", "place", "the Tokha-[[Chhahare]] Tunnel was", 0, CITY("Chhahare", "NP")),
    ("t08", "place", "connect [[Kathmandu]] with", 0, KTM),
    ("t08", "place", "Nuwakot", 0, REG("Nuwakot", "NP")),
    ("t08", "place", "the [[Kathmandu]]-Trishuli", 0, KTM),
    ("t08", "place", "Trishuli", 0, CITY("Trishuli", "NP")),
    ("t08", "place", "Ambassador of the [[People's Republic of China]]", 0, PRC),
    ("t08", "place", "China to [[Nepal]]", 0, C("Nepal", "NP")),
    ("t08", "place", "the [[Kathmandu]] Ring Road Improvement Project,", 0, KTM),
    ("t08", "place", "from [[China]]", 0, CN),
    ("t08", "place", "development of [[Nepal]]", 0, C("Nepal", "NP")),
    # events (the subject line's "Signing" anchors the tunnel agreement ("was signed today", "The
    # agreement was signed by" are the same occurrence: the Department, the contractor, the Minister
    # (for his Ministry, which issues the note) and the Ambassador (for China) as named attendees);
    # "will connect", "will be built", "will bear", "expects": future; "the ... Agreement signed on
    # 21 Asoj 2080 BS": a second signing with no parties named; "has reached": a figure; "was
    # handed over": the first phase's handover, a ceremony (x02); "has released", "has earmarked":
    # budget; "presented to parliament": no type; "are employed": a figure)
    ("t08", "event", "Signing", 0, E("signing", "2024-06-26", None, [DOR, CR14, MOPIT, "People's Republic of China"])),
    ("t08", "event", "Agreement [[signed]]", 0, E("signing", "2023-10-08")),
    ("t08", "event", "handed over", 0, E("ceremony", "2018-04-26", None, [GOVNP])),
]

# ================================= t09 Capital Ethiopia (Monday, 11 November 2024)
ET = C("Ethiopia", "ET")
CAP = "Capital Ethiopia"
IPDC = "Industrial Parks Development Corporation"
JSG = "Jiangsu Sunshine Group"
EEP = "Ethiopian Electric Power"
DEC = "Dongfang Electric Corporation"
SRS = "Somali Regional State"
DIRE = CITY("Dire Dawa", "ET")
AYSHA = CITY("Aysha", "ET")
DJ = C("Djibouti", "DJ")
ADAMA = CITY("Adama", "ET")
A09 = [
    # dates ("last week" in a Monday paper is the previous ISO week, 2024-W45; weekdays resolve
    # against the paper's date; "in September": the closest past September; "a year ago" after
    # "on Friday": 2023, as v05's "a year earlier"; "within two years": a spelled-out duration)
    ("t09", "date", "Monday, 11 November 2024", 0, "2024-11-11"),
    ("t09", "date", "last week", 0, "2024-W45"),
    ("t09", "date", "on [[Thursday]]", 0, "2024-11-07"),
    ("t09", "date", "in [[2019]]", 0, "2019"),
    ("t09", "date", "January 2022", 0, "2022-01"),
    ("t09", "date", "on [[Friday]] inaugurated", 0, "2024-11-08"),
    ("t09", "date", "October 2023", 0, "2023-10"),
    ("t09", "date", "in [[2023]], earning", 0, "2023"),
    ("t09", "date", "in [[September]]", 0, "2024-09"),
    ("t09", "date", "June 2026", 0, "2026-06"),
    ("t09", "date", "29 July", 0, "2024-07-29"),
    ("t09", "date", "on [[Friday]], compared", 0, "2024-11-08"),
    ("t09", "date", "a year ago", 0, "2023"),
    # money (birr and Br are ETB; "121.5 to the dollar", "57": an exchange rate with no currency
    # amount; "an estimated cost of"-style wording gives no qualifier)
    ("t09", "money", "ETB 6.8 billion", 0, M("6800000000", "ETB")),
    ("t09", "money", "USD 120 million", 0, M("120000000", "USD")),
    ("t09", "money", "about 3.4 billion birr", 0, M("3400000000", "ETB", "approx")),
    ("t09", "money", "$257 million", 0, M("257000000", "USD")),
    ("t09", "money", "Br 2.1 billion", 0, M("2100000000", "ETB")),
    ("t09", "money", "$101.3 million", 0, M("101300000", "USD")),
    ("t09", "money", "$1 billion", 0, M("1000000000", "USD")),
    # quantities ("eight factory sheds": spelled-out; "Aysha II": a name; "The first 40 turbines":
    # "first" is no qualifier (w03); "an estimated": no qualifier; "a year" outside; "code 600220": an
    # identifier; the Related line is chrome)
    ("t09", "quantity", "25-year", 0, Q("25", "year")),
    ("t09", "quantity", "96,000 square metres", 0, Q("96000", "m2")),
    ("t09", "quantity", "2.5-megawatt", 0, Q("2.5", "MW")),
    ("t09", "quantity", "4,500 local workers", 0, Q("4500", "worker")),
    ("t09", "quantity", "38 percent", 0, Q("38", "%")),
    ("t09", "quantity", "30,000 jobs", 0, Q("30000", "job")),
    ("t09", "quantity", "120MW", 0, Q("120", "MW")),
    ("t09", "quantity", "85%", 0, Q("85", "%")),
    ("t09", "quantity", "80 turbines", 0, Q("80", "turbine")),
    ("t09", "quantity", "400 GWh", 0, Q("400", "GWh")),
    ("t09", "quantity", "about 600,000 households", 0, Q("600000", "household", "approx")),
    ("t09", "quantity", "40 turbines", 0, Q("40", "turbine")),
    ("t09", "quantity", "5,600 MW", 0, Q("5600", "MW")),
    ("t09", "quantity", "1,450 GWh", 0, Q("1450", "GWh")),
    ("t09", "quantity", "around 85,000 workers", 0, Q("85000", "worker", "approx")),
    # organisations (the masthead is text, the byline a person, the copyright line chrome; "IPDC head
    # office", "IPDC chief executive": the body named, as "TRC Director General"; "Sunshine" and
    # "Jiangsu Sunshine" are the group; the industrial parks are parks; AGOA is a law; "Trade
    # Minister" a title, "the ministry" generic; Ethiopia/China inside names are not tagged)
    ("t09", "organisation", "Capital Ethiopia", 0, O(CAP)),
    ("t09", "organisation", IPDC, 0, O(IPDC)),
    ("t09", "organisation", "(IPDC)", 0, O(IPDC)),
    ("t09", "organisation", JSG, 0, O(JSG)),
    ("t09", "organisation", "and [[IPDC]] signed", 0, O(IPDC)),
    ("t09", "organisation", "the [[IPDC]] head", 0, O(IPDC)),
    ("t09", "organisation", "[[Sunshine]] will", 0, O(JSG)),
    ("t09", "organisation", "[[IPDC]] chief", 0, O(IPDC)),
    ("t09", "organisation", CCECC, 0, O(CCECC)),
    ("t09", "organisation", "(CCECC)", 0, O(CCECC)),
    ("t09", "organisation", EEP, 0, O(EEP)),
    ("t09", "organisation", "(EEP)", 0, O(EEP)),
    ("t09", "organisation", DEC, 0, O(DEC)),
    ("t09", "organisation", "Export-Import Bank of China", 0, O("Export-Import Bank of China")),
    ("t09", "organisation", "[[EEP]] said", 0, O(EEP)),
    ("t09", "organisation", "told [[Capital]] in", 0, O(CAP)),
    ("t09", "organisation", "[[Jiangsu Sunshine]], listed", 0, O(JSG)),
    # places (the parks' and the wind farm's towns are tagged (IMIP's places count; x03's Karot);
    # "the US market": the country; "Somali Regional State" as written; "the Adama park": the
    # generic noun outside)
    ("t09", "place", "[[Chinese]] firm", 0, CN),
    ("t09", "place", "over [[Dire Dawa]] park", 0, DIRE),
    ("t09", "place", "; [[Aysha]] wind", 0, AYSHA),
    ("t09", "place", "A [[Chinese]] textile", 0, CN),
    ("t09", "place", "the [[Dire Dawa]] Industrial", 0, DIRE),
    ("t09", "place", "Addis Ababa", 0, CITY("Addis Ababa", "ET")),
    ("t09", "place", "manager in [[Ethiopia]]", 0, ET),
    ("t09", "place", "[[Ethiopia]] lost", 0, ET),
    ("t09", "place", "the [[US]] market", 0, C("US", "US")),
    ("t09", "place", "120MW [[Aysha]] II", 0, AYSHA),
    ("t09", "place", SRS, 0, REG(SRS, "ET")),
    ("t09", "place", "border with [[Djibouti]]", 0, DJ),
    ("t09", "place", "[[Ethiopia]]'s installed", 0, ET),
    ("t09", "place", "Kenya", 0, C("Kenya", "KE")),
    ("t09", "place", "and [[Djibouti]] in", 0, DJ),
    ("t09", "place", "Hawassa", 0, CITY("Hawassa", "ET")),
    ("t09", "place", "Hawassa, [[Adama]] and", 0, ADAMA),
    ("t09", "place", "Mekelle", 0, CITY("Mekelle", "ET")),
    ("t09", "place", "in [[Shanghai]]", 0, CITY("Shanghai", "CN")),
    ("t09", "place", "the [[Adama]] park", 0, ADAMA),
    # events (the lead's "deal signed last week" anchors the lease signing, dated by "on Thursday"
    # and placed in Addis Ababa; the headline "to take over", "will invest", "will also build",
    # "expect to employ", "would generate", "aims": future; the headline "inaugurated" anchors the
    # wind farm's inauguration (EEP's "inaugurated", the Prime Minister's "cut the ribbon": the
    # same occurrence, he stands for Ethiopia); "completed in 2019": the park's building work, its
    # cost the amount; "built by Dongfang ... under a $257 million EPC contract": the farm's
    # building work, undated; "was financed": financing; "were connected", "lost", "exported",
    # "employ", "traded", "runs": no occurrence of a type)
    (
        "t09",
        "event",
        "deal [[signed]]",
        0,
        E("signing", "2024-11-07", "Addis Ababa", [JSG, IPDC], M("6800000000", "ETB")),
    ),
    ("t09", "event", "wind farm [[inaugurated]]", 0, E("ceremony", "2024-11-08", SRS, [EEP, "Ethiopia"])),
    (
        "t09",
        "event",
        "CCECC) [[completed]]",
        0,
        E("construction", "2019", "Dire Dawa", [CCECC], M("3400000000", "ETB", "approx")),
    ),
    ("t09", "event", "plant, [[built]]", 0, E("construction", None, SRS, [DEC], M("257000000", "USD"))),
]

# ================================= t10 Il Sole 24 Ore English Edition, Genoa (15 January 2025, 08:30)
IT = C("Italy", "IT")
VADO = CITY("Vado Ligure", "IT")
IS24 = "Il Sole 24 Ore"
APMV = "APM Terminals Vado Ligure"
ZPMC = "Shanghai Zhenhua Heavy Industries"
SGCC = "State Grid Corporation of China"
CDP = "Cassa Depositi e Prestiti"
PSA = "Port System Authority of the Western Ligurian Sea"
A10 = [
    # dates ("a year earlier" after "in 2024": 2023; "last August", as w03's "last December";
    # "last week" in a Wednesday paper: 2025-W02; "the first eleven months of 2024": a month interval)
    ("t10", "date", "15 January 2025, 08:30", 0, "2025-01-15T08:30"),
    ("t10", "date", "in [[2024]], up", 0, "2024"),
    ("t10", "date", "a year earlier", 0, "2023"),
    ("t10", "date", "on [[Tuesday]]", 0, "2025-01-14"),
    ("t10", "date", "December 2019", 0, "2019-12"),
    ("t10", "date", "9 January", 0, "2025-01-09"),
    ("t10", "date", "last August", 0, "2024-08"),
    ("t10", "date", "by [[2028]]", 0, "2028"),
    ("t10", "date", "November 2014", 0, "2014-11"),
    ("t10", "date", "December 2023", 0, "2023-12"),
    ("t10", "date", "June 2023", 0, "2023-06"),
    ("t10", "date", "last week", 0, "2025-W02"),
    ("t10", "date", "completed in [[2028]]", 0, "2028"),
    ("t10", "date", "the first half of 2027", 0, "2027-H1"),
    ("t10", "date", "the first eleven months of 2024", 0, "2024-01/2024-11"),
    # money ("m" and "bn" suffixes are million and billion)
    ("t10", "money", "EUR 450m", 0, M("450000000", "EUR")),
    ("t10", "money", "around EUR 120m", 0, M("120000000", "EUR", "approx")),
    ("t10", "money", "EUR 85m", 0, M("85000000", "EUR")),
    ("t10", "money", "EUR 2.1bn", 0, M("2100000000", "EUR")),
    ("t10", "money", "EUR 1.9bn", 0, M("1900000000", "EUR")),
    ("t10", "money", "EUR 19.3bn", 0, M("19300000000", "EUR")),
    # quantities ("Six ship-to-shore cranes", "two berths": spelled-out counts; "first call", "second
    # phase": ranks; "a year" outside; "24 Ore" is part of a name; the P.IVA number is chrome)
    ("t10", "quantity", "402,000 TEU", 0, Q("402000", "TEU")),
    ("t10", "quantity", "31%", 0, Q("31", "%")),
    ("t10", "quantity", "50.1%", 0, Q("50.1", "%")),
    ("t10", "quantity", "40%", 0, Q("40", "%")),
    ("t10", "quantity", "9.9%", 0, Q("9.9", "%")),
    ("t10", "quantity", "up to 24,000 TEU", 0, Q("24000", "TEU", "le")),
    ("t10", "quantity", "700 metres", 0, Q("700", "m")),
    ("t10", "quantity", "23,992-TEU", 0, Q("23992", "TEU")),
    ("t10", "quantity", "1.2m TEU", 0, Q("1200000", "TEU")),
    ("t10", "quantity", "35%", 0, Q("35", "%")),
    ("t10", "quantity", "59.1%", 0, Q("59.1", "%")),
    ("t10", "quantity", "5.9%", 0, Q("5.9", "%")),
    ("t10", "quantity", "950 km", 0, Q("950", "km")),
    ("t10", "quantity", "1,000 MW", 0, Q("1000", "MW")),
    ("t10", "quantity", "19%", 0, Q("19", "%")),
    # organisations (the masthead is text, without " - English Edition"; the Reporting/editing line
    # carries no facts and the copyright line is chrome; "APM Terminals Vado Ligure" (the operator)
    # and "APM Terminals" (its parent) are taken as written, as CETC and CETC International; "COSCO
    # Shipping Universe" is a ship; the Tyrrhenian Link a cable; "CDP" inside "CDP Reti" is part of
    # its name; "the government", "the holding company", "a consortium": generic)
    ("t10", "organisation", IS24, 0, O(IS24)),
    ("t10", "organisation", APMV, 0, O(APMV)),
    ("t10", "organisation", "by [[APM Terminals]], with", 0, O("APM Terminals")),
    ("t10", "organisation", "COSCO Shipping Ports", 0, O("COSCO Shipping Ports")),
    ("t10", "organisation", "Qingdao Port International", 0, O("Qingdao Port International")),
    ("t10", "organisation", "(QPI)", 0, O("Qingdao Port International")),
    ("t10", "organisation", ZPMC, 0, O(ZPMC)),
    ("t10", "organisation", "(ZPMC)", 0, O(ZPMC)),
    ("t10", "organisation", PSA, 0, O(PSA)),
    ("t10", "organisation", "RFI", 0, O("RFI")),
    ("t10", "organisation", SGCC, 0, O(SGCC)),
    ("t10", "organisation", "(SGCC)", 0, O(SGCC)),
    ("t10", "organisation", "CDP Reti", 0, O("CDP Reti")),
    ("t10", "organisation", "Snam", 0, O("Snam")),
    ("t10", "organisation", "and [[Terna]], a stake", 0, O("Terna")),
    ("t10", "organisation", CDP, 0, O(CDP)),
    ("t10", "organisation", "(CDP)", 0, O(CDP)),
    ("t10", "organisation", "Sinochem", 0, O("Sinochem")),
    ("t10", "organisation", "Pirelli", 0, O("Pirelli")),
    ("t10", "organisation", "[[Terna]] said", 0, O("Terna")),
    ("t10", "organisation", "Prysmian", 0, O("Prysmian")),
    ("t10", "organisation", "Nexans", 0, O("Nexans")),
    ("t10", "organisation", "Istat", 0, O("Istat")),
    # places (the terminal's town is tagged; not inside the operator's, ZPMC's, SGCC's or the port
    # authority's names; "Rome": the capital standing for the state, as written; seas are no places)
    ("t10", "place", "[[Chinese]] partners", 0, CN),
    ("t10", "place", "GENOA", 0, CITY("Genoa", "IT")),
    ("t10", "place", "[[Vado Ligure]] terminal", 0, VADO),
    ("t10", "place", "at [[Vado Ligure]], near", 0, VADO),
    ("t10", "place", "Savona", 0, CITY("Savona", "IT")),
    ("t10", "place", "call in [[Italy]]", 0, IT),
    ("t10", "place", "to [[Shanghai]], Ningbo", 0, CITY("Shanghai", "CN")),
    ("t10", "place", "Ningbo", 0, CITY("Ningbo", "CN")),
    ("t10", "place", "Port Klang", 0, CITY("Port Klang", "MY")),
    ("t10", "place", "Turin", 0, CITY("Turin", "IT")),
    ("t10", "place", "[[Italian]] institutional", 0, IT),
    ("t10", "place", "Rome", 0, CITY("Rome", "IT")),
    ("t10", "place", "[[Chinese]] holdings", 0, CN),
    ("t10", "place", "since [[Italy]] left", 0, IT),
    ("t10", "place", "Sicily", 0, REG("Sicily", "IT")),
    ("t10", "place", "Sardinia", 0, REG("Sardinia", "IT")),
    ("t10", "place", "Campania", 0, REG("Campania", "IT")),
    ("t10", "place", "[[Italian]] exports", 0, IT),
    ("t10", "place", "to [[China]] fell", 0, CN),
    # events ("handled", "is ... owned", "holds", "owns", "fell": figures and states; "received ... on
    # its first call": no type; "opened in December 2019": the terminal's opening; "were delivered
    # ... by ZPMC": a delivery to the terminal; "could raise", "plans to spend", "would be
    # completed", "will be energised": future; "bought for EUR 2.1bn": buying a stake is an
    # investment (w04, w10); "has reviewed", "left the Belt and Road Initiative", "used its golden
    # power rules": no type; "had awarded a ... contract": no type (v04's "was first awarded"))
    ("t10", "event", "opened", 0, E("ceremony", "2019-12", "Vado Ligure")),
    ("t10", "event", "delivered", 0, E("delivery", "2024-08", "Vado Ligure", [ZPMC])),
    ("t10", "event", "bought", 0, E("investment", "2014-11", None, [SGCC, "CDP Reti"], M("2100000000", "EUR"))),
]

ANNOTATIONS = A01 + A02 + A03 + A04 + A05 + A06 + A07 + A08 + A09 + A10


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "t*.txt")
