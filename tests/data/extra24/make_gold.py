#!/usr/bin/env python3
"""Build tests/data/extra24/gold.jsonl from hand annotations of the x*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a Xinhua wire from Vientiane
on the handover of a China-aided section of National Road 13 North, with yuan/kip/dollar amounts,
a photo caption, an ambassador's remarks and a forum in Kunming; a Dhaka Tribune story on the
commissioning of the Padma Rail Link's Bhanga-Jashore section, with Tk crore/$ amounts, a China Exim
loan, Bangladeshi fiscal years and the Payra power plant's output; a PSCU press release on a
presidential tour of the Nairobi Expressway extension, with KSh "/-" amounts, tolls, numbered
directives, a Kenyan financial year and an SGR loan signing; a POWERCHINA website news item on the
completion of the Gribo-Popoli hydropower station in Cote d'Ivoire, with US$/RMB/yuan amounts, MW/GWh/kV,
a chairman's quote, a FOCAC-summit MoU and a stock code) written BLIND: annotated from
shared/gold/NOTES.md and shared/spec/facts.md alone, without running bri_corpus on them, so that
they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra23/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - a Xinhua photo caption closing the item ("Photo taken on March 18, 2025 shows ...") is text, and
    its credit "(Xinhua/Kaikeo Saiyasane)" is a mention of the agency (as the "Source: Xinhua" byline);
    the photographer is a person;
  - a handover ceremony dated weeks after the completion that the text dates apart ("started in
    October 2022 and was completed on Jan. 26") is its own occurrence (ceremony), beside the start and
    the completion (w-call: two construction occurrences); the builder's clause with the grant ("was
    built by ... with a grant of") joins the completion, its grant the amount (extra19);
  - "China-aided" tags "China" (extra19's "Chinese-owned"); "the Lao government" is the country
    (NOTES' "Kazakhstan government"); "Kasi district" is a region as extra14's districts;
  - an interim government's "Railways Adviser" heads the ministry the document names ("Ministry of
    Railways") and stands for it, as a minister does (extra5);
  - a plant named after a river or its villages ("Payra power plant", "Gribo-Popoli Hydropower
    Station", "Boutoubre hydropower project") names no place (extra15/extra16/extra18); the villages
    named as such ("the villages of Gribo and Popoli") are city places;
  - receiving imported coal at a plant's jetty is a purchase of supplies (NOTES), no delivery;
  - Kenya's "2025/26 financial year" -> 2025-07/2026-06 (extra6's Tanzanian one); "between 2014 and
    2017" -> one interval 2014/2017, the preposition outside the span (NOTES);
  - a road named after a person ("James Gichuru", "Waiyaki Way") and an airport named after one
    ("Jomo Kenyatta International Airport") name no place; a toll plaza or interchange named after
    its town ("Kikuyu toll plaza", "Uthiru interchange") tags the town (extra22's station);
  - "Government of Kenya" (capitalised) is an organisation (extra14's "Chinese Government");
    "the Ministry" after the ministry's full name is an anaphor (extra21);
  - a hydropower plant "handed over to the owner" after its final acceptance, told by a headline
    "Completes", is one construction occurrence with the builder, its subsidiary that undertook it,
    the owner and the minister's named ministry (s05-s08's towers); a certificate presented at the
    ceremony is a sub-step (extra7's award); "entered commercial operation" has no type; the first
    unit that "began generating power" is a first-output milestone (production, extra11); a running
    total "by the end of September the plant had generated" is production without point date
    (extra12);
  - a ranking list's name with its year ("2025 Fortune Global 500 list") is a name: no date, no
    organisation, no quantity; "(601669.SH)" is a stock code;
  - a person named like a place ("Bounchanh Xaysomboun", "Afzal Hossain Narail", "Joseph Kitale
    Mwangi", "Aboubakar Daloa Konate", "Zhang Yunnan") is no place (extra6/extra11).
Run:  .venv/bin/python tests/data/extra24/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")
BEJ = CITY("Beijing", "CN")
EXIM = "Export-Import Bank of China"

# ================================= x01 Xinhua, Vientiane (2025-03-19 21:06:52)
LA = C("Laos", "LA")
VTE = CITY("Vientiane", "LA")
VV = CITY("Vangvieng", "LA")
YCIH = "Yunnan Construction and Investment Holding Group Co., Ltd."
MPWT = "Ministry of Public Works and Transport"
MOTC = "Ministry of Transport of China"
LNCCI = "Lao National Chamber of Commerce and Industry"
FORUM1 = "Lao-China Road Transport Cooperation Forum"
A01 = [
    # dates ("Editor:" is chrome; "more than two months", "the first two months after completion":
    # spelled-out durations; "Earlier this month": span "this month" (z05))
    ("x01", "date", "2025-03-19 21:06:52", 0, "2025-03-19T21:06:52"),
    ("x01", "date", "March 19", 0, "2025-03-19"),
    ("x01", "date", "Wednesday", 0, "2025-03-19"),
    ("x01", "date", "October 2022", 0, "2022-10"),
    ("x01", "date", "Jan. 26 this year", 0, "2025-01-26"),
    ("x01", "date", "the first 11 months of 2024", 0, "2024-01/2024-11"),
    ("x01", "date", "since [[2016]]", 0, "2016"),
    ("x01", "date", "from [[2026]]", 0, "2026"),
    ("x01", "date", "on [[Monday]]", 0, "2025-03-17"),
    ("x01", "date", "Last year", 0, "2024"),
    ("x01", "date", "this month", 0, "2025-03"),
    ("x01", "date", "March 6-7", 0, "2025-03-06/2025-03-07"),
    ("x01", "date", "by [[2027]]", 0, "2027"),
    ("x01", "date", "Dec. 3, 2021", 0, "2021-12-03"),
    ("x01", "date", "in [[April]]", 0, "2025-04"),
    ("x01", "date", "March 18, 2025", 0, "2025-03-18"),
    # money ("a year": a rate, outside the span)
    ("x01", "money", "420 million yuan", 0, M("420000000", "CNY")),
    ("x01", "money", "about 58 million U.S. dollars", 0, M("58000000", "USD", "approx")),
    ("x01", "money", "1.46 billion dollars", 0, M("1460000000", "USD")),
    ("x01", "money", "15 billion kip", 0, M("15000000000", "LAK")),
    # quantities ("National Road 13 North": a name; "a day": a rate; spelled-out durations)
    ("x01", "quantity", "78.5-km", 0, Q("78.5", "km")),
    ("x01", "quantity", "about 150 km", 0, Q("150", "km", "approx")),
    ("x01", "quantity", "11 bridges", 0, Q("11", "bridge")),
    ("x01", "quantity", "23 km", 0, Q("23", "km")),
    ("x01", "quantity", "about 6,500 vehicles", 0, Q("6500", "vehicle", "approx")),
    ("x01", "quantity", "70 minutes", 0, Q("70", "minute")),
    ("x01", "quantity", "38 percent", 0, Q("38", "%")),
    ("x01", "quantity", "more than 30 aid projects", 0, Q("30", "project", "gt")),
    ("x01", "quantity", "more than 1,200 Lao workers", 0, Q("1200", "worker", "gt")),
    ("x01", "quantity", "85 percent", 0, Q("85", "%")),
    ("x01", "quantity", "140 Lao technicians", 0, Q("140", "technician")),
    ("x01", "quantity", "300 tonnes", 0, Q("300", "t")),
    ("x01", "quantity", "20 water tanks", 0, Q("20", "tank")),
    ("x01", "quantity", "120 tonnes", 0, Q("120", "t")),
    ("x01", "quantity", "8 medical teams", 0, Q("8", "team")),
    ("x01", "quantity", "500 Lao engineers", 0, Q("500", "engineer")),
    ("x01", "quantity", "12.6 percent", 0, Q("12.6", "%")),
    # organisations ("Editor:" is chrome; "Minister of Public Works and Transport" is a title naming no
    # body; "the company": generic; Yunnan inside YCIH's name and Lao/China inside the ministry's and the
    # chamber's names are not tagged)
    ("x01", "organisation", "Source: [[Xinhua]]", 0, O("Xinhua")),
    ("x01", "organisation", "(Xinhua)", 0, O("Xinhua")),
    ("x01", "organisation", YCIH, 0, O(YCIH)),
    ("x01", "organisation", "(YCIH)", 0, O(YCIH)),
    ("x01", "organisation", "the [[Ministry of Public Works and Transport]] (MPWT)", 0, O(MPWT)),
    ("x01", "organisation", "([[MPWT]])", 0, O(MPWT)),
    ("x01", "organisation", "[[YCIH]] employed", 0, O(YCIH)),
    ("x01", "organisation", "the [[MPWT]] and", 0, O(MPWT)),
    ("x01", "organisation", MOTC, 0, O(MOTC)),
    ("x01", "organisation", LNCCI, 0, O(LNCCI)),
    ("x01", "organisation", "([[LNCCI]])", 0, O(LNCCI)),
    ("x01", "organisation", "([[Xinhua]]/Kaikeo", 0, O("Xinhua")),
    # places (the railway's name tags both countries (lines); Lao/China inside the forum's name are not
    # tagged; "Xaysomboun" is a person; "Yunnan provincial government": the province before a lower-case
    # generic noun)
    ("x01", "place", "[[China]] hands over", 0, CN),
    ("x01", "place", "section to [[Laos]]", 0, LA),
    ("x01", "place", "VIENTIANE", 0, VTE),
    ("x01", "place", "[[China]] on Wednesday", 0, CN),
    ("x01", "place", "78.5-km [[Phonhong]]", 0, CITY("Phonhong", "LA")),
    ("x01", "place", "Phonhong-[[Vangvieng]] section", 0, VV),
    ("x01", "place", "the [[Lao]] government", 0, LA),
    ("x01", "place", "ceremony in [[Vangvieng]]", 0, VV),
    ("x01", "place", "the [[Lao]] capital", 0, LA),
    ("x01", "place", "the [[China]]-aided", 0, CN),
    ("x01", "place", "[[Chinese]] Ambassador", 0, CN),
    ("x01", "place", "Ambassador to [[Laos]]", 0, LA),
    ("x01", "place", "the [[China]]-Laos Railway station", 0, CN),
    ("x01", "place", "China-[[Laos]] Railway station", 0, LA),
    ("x01", "place", "station at [[Vangvieng]]", 0, VV),
    ("x01", "place", "[[Chinese]] investment", 0, CN),
    ("x01", "place", "investment in [[Laos]]", 0, LA),
    ("x01", "place", "that [[China]] has", 0, CN),
    ("x01", "place", "[[Lao]] Minister", 0, LA),
    ("x01", "place", "the [[Chinese]] government and people", 0, CN),
    ("x01", "place", "1,200 [[Lao]] workers", 0, LA),
    ("x01", "place", "140 [[Lao]] technicians", 0, LA),
    ("x01", "place", "in [[Kasi]] district", 0, REG("Kasi", "LA")),
    ("x01", "place", "the [[Chinese]] government donated", 0, CN),
    ("x01", "place", "Oudomxay", 0, REG("Oudomxay", "LA")),
    ("x01", "place", "Luang Namtha", 0, REG("Luang Namtha", "LA")),
    ("x01", "place", "the [[Yunnan]] provincial", 0, REG("Yunnan", "CN")),
    ("x01", "place", "northern [[Laos]]", 0, LA),
    ("x01", "place", "Kunming", 0, CITY("Kunming", "CN")),
    ("x01", "place", "500 [[Lao]] engineers", 0, LA),
    ("x01", "place", "since the [[China]]-Laos", 0, CN),
    ("x01", "place", "since the China-[[Laos]]", 0, LA),
    ("x01", "place", "more [[Chinese]] tour", 0, CN),
    ("x01", "place", "new [[Vangvieng]]-Luang", 0, VV),
    ("x01", "place", "Luang Prabang", 0, CITY("Luang Prabang", "LA")),
    ("x01", "place", "near [[Vangvieng]], Laos", 0, VV),
    ("x01", "place", "Vangvieng, [[Laos]]. (", 0, LA),
    # summits
    ("x01", "summit", FORUM1, 0, S(FORUM1, "2025-03-06/2025-03-07", "Kunming")),
    # events ("handed over", "Speaking at the ceremony", "received the handover certificate", "thanked":
    # the headline's occurrence; "widening", "rebuilding", "laying": parts of the building work; "has
    # implemented ... aid projects", "reached" (investment): tallies; "would set aside", "expects",
    # "begins": future; "has trained": no type; the ambassador stands for China, the minister for the
    # ministry the document names (extra5))
    ("x01", "event", "hands over", 0, E("ceremony", "2025-03-19", "Vangvieng", ["China", "Laos", MPWT])),
    ("x01", "event", "started", 0, E("construction", "2022-10", None, [YCIH])),
    ("x01", "event", "completed", 0, E("construction", "2025-01-26", None, [YCIH], M("420000000", "CNY"))),
    ("x01", "event", "company also [[donated]]", 0, E("donation", "2025-03-17", "Kasi", [YCIH], Q("300", "t"))),
    (
        "x01",
        "event",
        "government [[donated]]",
        0,
        E("donation", "2024", None, ["China", "Oudomxay", "Luang Namtha"], Q("120", "t")),
    ),
    (
        "x01",
        "event",
        "signed",
        0,
        E("signing", "2025-03-06/2025-03-07", "Kunming", [MPWT, MOTC]),
    ),
    ("x01", "event", "Railway [[opened]]", 0, E("ceremony", "2021-12-03")),
]

# ================================= x02 Dhaka Tribune, Dhaka (Publish : 09 Dec 2024, 11:48 PM)
BD = C("Bangladesh", "BD")
DHAKA = CITY("Dhaka", "BD")
JASHORE = CITY("Jashore", "BD")
BHANGA = CITY("Bhanga", "BD")
NARAIL_T = CITY("Narail", "BD")
BR = "Bangladesh Railway"
CREC = "China Railway Group Limited"
ERD = "Economic Relations Division"
MOR = "Ministry of Railways"
BCPCL = "Bangladesh-China Power Company (Pvt) Limited"
BPDB = "Bangladesh Power Development Board"
NWPGCL = "North-West Power Generation Company Limited"
CMC = "China National Machinery Import and Export Corporation"
BIDA = "Bangladesh Investment Development Authority"
SUMMIT2 = "Bangladesh-China Business Summit"
A02 = [
    # dates (both header stamps are text; Bangladesh's fiscal year runs July-June (t03); "the first year":
    # no calendar point; "from next month" sits in the Related headline (chrome))
    ("x02", "date", "January 1", 0, "2025-01-01"),
    ("x02", "date", "FY2024-25", 0, "2024-07/2025-06"),
    ("x02", "date", "09 Dec 2024, 11:48 PM", 0, "2024-12-09T23:48"),
    ("x02", "date", "10 Dec 2024, 09:15 AM", 0, "2024-12-10T09:15"),
    ("x02", "date", "Sunday", 0, "2024-12-08"),
    ("x02", "date", "January 1", 1, "2025-01-01"),
    ("x02", "date", "August 2016", 0, "2016-08"),
    ("x02", "date", "in [[2022]]", 0, "2022"),
    ("x02", "date", "27 April 2018", 0, "2018-04-27"),
    ("x02", "date", "March 2025", 0, "2025-03"),
    ("x02", "date", "fiscal year 2024-25", 0, "2024-07/2025-06"),
    ("x02", "date", "October 2023", 0, "2023-10"),
    ("x02", "date", "the July-September quarter", 0, "2024-07/2024-09"),
    ("x02", "date", "in [[November]], it", 0, "2024-11"),
    ("x02", "date", "26-27 November", 0, "2024-11-26/2024-11-27"),
    # money (Tk crore: 10^7 taka (t03); "an additional": no qualifier; the Related headline's 15% is chrome)
    ("x02", "money", "Tk 1,380 crore", 0, M("13800000000", "BDT")),
    ("x02", "money", "Tk 40,512 crore", 0, M("405120000000", "BDT")),
    ("x02", "money", "about $3.4 billion", 0, M("3400000000", "USD", "approx")),
    ("x02", "money", "Tk 21,036 crore", 0, M("210360000000", "BDT")),
    ("x02", "money", "$41.7 million", 0, M("41700000", "USD")),
    ("x02", "money", "Tk 1,380 crore", 1, M("13800000000", "BDT")),
    ("x02", "money", "Tk 2,250 crore", 0, M("22500000000", "BDT")),
    ("x02", "money", "Tk 187 crore", 0, M("1870000000", "BDT")),
    ("x02", "money", "Tk 4,800 crore", 0, M("48000000000", "BDT")),
    ("x02", "money", "$1.1 billion", 0, M("1100000000", "USD")),
    ("x02", "money", "Tk 37,000 crore", 0, M("370000000000", "BDT")),
    # quantities ("a day": a rate; "50:50" a share ratio, no quantity; "two units": spelled-out; "the
    # second-largest": a rank; "of containers": an of-complement; the hotline is chrome)
    ("x02", "quantity", "86.2km", 0, Q("86.2", "km")),
    ("x02", "quantity", "172km", 0, Q("172", "km")),
    ("x02", "quantity", "about 3.5 hours", 0, Q("3.5", "hour", "approx")),
    ("x02", "quantity", "at least 12,000 passengers", 0, Q("12000", "passenger", "ge")),
    ("x02", "quantity", "2 percent", 0, Q("2", "%")),
    ("x02", "quantity", "5-year", 0, Q("5", "year")),
    ("x02", "quantity", "20-year", 0, Q("20", "year")),
    ("x02", "quantity", "3.1 million passengers", 0, Q("3100000", "passenger")),
    ("x02", "quantity", "more than 42,000 tonnes", 0, Q("42000", "t", "gt")),
    ("x02", "quantity", "1,260 TEUs", 0, Q("1260", "TEU")),
    ("x02", "quantity", "1,320MW", 0, Q("1320", "MW")),
    ("x02", "quantity", "2,310 million kWh", 0, Q("2310000000", "kWh")),
    ("x02", "quantity", "9 percent", 0, Q("9", "%")),
    ("x02", "quantity", "1.25 million tonnes", 0, Q("1250000", "t")),
    ("x02", "quantity", "5 contracts", 0, Q("5", "contract")),
    # organisations ("Tribune Report": a desk byline (t03); "ministry seeks": generic; the ADP is a
    # programme; "Railways Adviser" a title; the copyright line is chrome; Bangladesh/China inside the
    # railway's, the JV's, the board's and the authority's names are not tagged)
    ("x02", "organisation", "[[Dhaka Tribune]]\n", 0, O("Dhaka Tribune")),
    ("x02", "organisation", BR, 0, O(BR)),
    ("x02", "organisation", "(BR)", 0, O(BR)),
    ("x02", "organisation", "told the [[Dhaka Tribune]]", 0, O("Dhaka Tribune")),
    ("x02", "organisation", CREC, 0, O(CREC)),
    ("x02", "organisation", "(CREC)", 0, O(CREC)),
    ("x02", "organisation", "with [[Bangladesh Railway]] in", 0, O(BR)),
    ("x02", "organisation", EXIM, 0, O(EXIM)),
    ("x02", "organisation", "([[China Exim]])", 0, O(EXIM)),
    ("x02", "organisation", "[[China Exim]] signed", 0, O(EXIM)),
    ("x02", "organisation", ERD, 0, O(ERD)),
    ("x02", "organisation", "([[ERD]])", 0, O(ERD)),
    ("x02", "organisation", "[[ERD]] officials", 0, O(ERD)),
    ("x02", "organisation", MOR, 0, O(MOR)),
    ("x02", "organisation", "Planning Commission", 0, O("Planning Commission")),
    ("x02", "organisation", "[[BR]] data", 0, O(BR)),
    ("x02", "organisation", BCPCL, 0, O(BCPCL)),
    ("x02", "organisation", "([[BCPCL]])", 0, O(BCPCL)),
    ("x02", "organisation", BPDB, 0, O(BPDB)),
    ("x02", "organisation", "([[BPDB]])", 0, O(BPDB)),
    ("x02", "organisation", "[[BCPCL]], a 50:50", 0, O(BCPCL)),
    ("x02", "organisation", NWPGCL, 0, O(NWPGCL)),
    ("x02", "organisation", CMC, 0, O(CMC)),
    ("x02", "organisation", "([[CMC]])", 0, O(CMC)),
    ("x02", "organisation", BIDA, 0, O(BIDA)),
    ("x02", "organisation", "([[BIDA]])", 0, O(BIDA)),
    ("x02", "organisation", "that [[China Exim]] would", 0, O(EXIM)),
    # places (the line's towns are tagged (extra6/extra8); a station named after its town tags it
    # (extra22); Padma is a river, so "Padma Bridge" and the project's name name no place; the Payra
    # plant is named after a river (extra15); "Narail and Magura districts": regions (extra14), the
    # station town Narail a city; "Afzal Hossain Narail" is a person; "Indonesian coal": the country)
    ("x02", "place", "Full [[Dhaka]]-Jashore", 0, DHAKA),
    ("x02", "place", "Dhaka-[[Jashore]] service", 0, JASHORE),
    ("x02", "place", "86.2km [[Bhanga]]-Jashore", 0, BHANGA),
    ("x02", "place", "Bhanga-[[Jashore]] section", 0, JASHORE),
    ("x02", "place", "at [[Jashore]] Junction", 0, JASHORE),
    ("x02", "place", "connects [[Dhaka]] with", 0, DHAKA),
    ("x02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("x02", "place", "train from [[Dhaka]] reached", 0, DHAKA),
    ("x02", "place", "reached [[Jashore]] in", 0, JASHORE),
    ("x02", "place", "at [[Bhanga]], Kashiani", 0, BHANGA),
    ("x02", "place", "Kashiani", 0, CITY("Kashiani", "BD")),
    ("x02", "place", "and [[Narail]].", 0, NARAIL_T),
    ("x02", "place", "[[Beijing]] on 27", 0, BEJ),
    ("x02", "place", "in [[Narail]] and Magura", 0, REG("Narail", "BD")),
    ("x02", "place", "Magura", 0, REG("Magura", "BD")),
    ("x02", "place", "the [[Dhaka]]-Bhanga", 0, DHAKA),
    ("x02", "place", "Dhaka-[[Bhanga]] section opened", 0, BHANGA),
    ("x02", "place", "Mongla", 0, CITY("Mongla", "BD")),
    ("x02", "place", "[[Chinese]]-financed", 0, CN),
    ("x02", "place", "project in [[Bangladesh]] after", 0, BD),
    ("x02", "place", "Patuakhali", 0, REG("Patuakhali", "BD")),
    ("x02", "place", "Indonesian", 0, C("Indonesia", "ID")),
    ("x02", "place", "[[Chinese]] firms", 0, CN),
    ("x02", "place", "held in [[Dhaka]] on", 0, DHAKA),
    ("x02", "place", "proposed [[Jashore]]-Benapole", 0, JASHORE),
    ("x02", "place", "Benapole", 0, CITY("Benapole", "BD")),
    # summits (Bangladesh/China inside the name are not tagged)
    ("x02", "summit", SUMMIT2, 0, S(SUMMIT2, "2024-11-26/2024-11-27", "Dhaka")),
    # events (the headline "commissioned" anchors the opening ("formally opened", "inaugurated": the same
    # occurrence (NOTES' first mention; extra17: a commissioning is an opening)), the adviser standing for
    # the ministry the document names and the ambassador for China; "completing the ... line": part of the
    # opening; "was built by": a building work with no date told (extra12); "has sought", "allocated",
    # "was revised": budget steps, no type; "falls due", "would continue to study", "will begin": future;
    # "has carried", "hauled", "earned": figures; "received ... coal": a purchase of supplies (NOTES);
    # the summit's signing takes the count as its amount (extra13) and the summit's dates and city)
    (
        "x02",
        "event",
        "commissioned",
        0,
        E("ceremony", "2024-12-08", "Jashore", [MOR, "China", BR]),
    ),
    ("x02", "event", "line was [[built]]", 0, E("construction", None, None, [CREC])),
    ("x02", "event", "it [[signed]] with", 0, E("signing", "2016-08", None, [CREC, BR])),
    (
        "x02",
        "event",
        "China Exim [[signed]] the",
        0,
        E("signing", "2018-04-27", "Beijing", [EXIM, ERD], M("210360000000", "BDT")),
    ),
    ("x02", "event", "section [[opened]] in", 0, E("ceremony", "2023-10")),
    (
        "x02",
        "event",
        "generated",
        0,
        E("production", "2024-07/2024-09", "Patuakhali", [BCPCL], Q("2310000000", "kWh")),
    ),
    (
        "x02",
        "event",
        "also [[signed]] 5",
        0,
        E("signing", "2024-11-26/2024-11-27", "Dhaka", ["China"], Q("5", "contract")),
    ),
]

# ================================= x03 PSCU press release, Nairobi (Saturday 14th June, 2025)
KE = C("Kenya", "KE")
NBO = CITY("Nairobi", "KE")
KIKUYU = CITY("Kikuyu", "KE")
UTHIRU = CITY("Uthiru", "KE")
PSCU = "Presidential Strategic Communications Unit"
CRBC = "China Road and Bridge Corporation"
MEC = "Moja Expressway Company"
MRT = "Ministry of Roads and Transport"
KURA = "Kenya Urban Roads Authority"
TREASURY = "National Treasury"
NTSA = "National Transport and Safety Authority"
FORUM3 = "Kenya-China Economic and Trade Forum"
AIS = "Africa Infrastructure Summit"
A03 = [
    # dates (the header's weekday stays inside the span (extra18); the signature block is text (extra5);
    # "the end of the first quarter of 2026" -> the quarter (NOTES' "the end of January"); Kenya's
    # financial year runs July-June (extra6); "between 2014 and 2017": one interval, "between" outside)
    ("x03", "date", "Saturday 14th June, 2025", 0, "2025-06-14"),
    ("x03", "date", "today", 0, "2025-06-14"),
    ("x03", "date", "February 2024", 0, "2024-02"),
    ("x03", "date", "the end of the first quarter of 2026", 0, "2026-Q1"),
    ("x03", "date", "May 2022", 0, "2022-05"),
    ("x03", "date", "31st December, 2025", 0, "2025-12-31"),
    ("x03", "date", "the 2025/26 financial year", 0, "2025-07/2026-06"),
    ("x03", "date", "2014 and 2017", 0, "2014/2017"),
    ("x03", "date", "in [[2024]], earning", 0, "2024"),
    ("x03", "date", "On [[Thursday]]", 0, "2025-06-12"),
    ("x03", "date", "9th-11th September, 2025", 0, "2025-09-09/2025-09-11"),
    ("x03", "date", "Nairobi, [[14th June, 2025]]", 0, "2025-06-14"),
    # money ("/-" is the shilling mark, inside the span (extra6); "Sh" in a Kenyan text is KES; "per trip",
    # "for a full trip": rates outside)
    ("x03", "money", "KSh 51.6 billion/-", 0, M("51600000000", "KES")),
    ("x03", "money", "KSh 21.7 billion", 0, M("21700000000", "KES")),
    ("x03", "money", "KSh 360/-", 0, M("360", "KES")),
    ("x03", "money", "KSh 3.8 billion/-", 0, M("3800000000", "KES")),
    ("x03", "money", "KSh 1,550/-", 0, M("1550", "KES")),
    ("x03", "money", "Sh28.3 billion", 0, M("28300000000", "KES")),
    ("x03", "money", "US$ 1.49 billion", 0, M("1490000000", "USD")),
    # quantities ("14-seater": a hyphenated count adjective (x03); the numbered points "1." "2." "3." are
    # list labels; the phone number is chrome)
    ("x03", "quantity", "17.8-kilometre", 0, Q("17.8", "km")),
    ("x03", "quantity", "64 percent", 0, Q("64", "%")),
    ("x03", "quantity", "30-year", 0, Q("30", "year")),
    ("x03", "quantity", "80 percent", 0, Q("80", "%")),
    ("x03", "quantity", "27.1km", 0, Q("27.1", "km")),
    ("x03", "quantity", "61.4 million trips", 0, Q("61400000", "trip")),
    ("x03", "quantity", "3 percent", 0, Q("3", "%")),
    ("x03", "quantity", "30 days", 0, Q("30", "day")),
    ("x03", "quantity", "4.2km", 0, Q("4.2", "km")),
    ("x03", "quantity", "1,214 project-affected persons", 0, Q("1214", "person")),
    ("x03", "quantity", "46 applications", 0, Q("46", "application")),
    ("x03", "quantity", "2.9 million passengers", 0, Q("2900000", "passenger")),
    ("x03", "quantity", "6.8 million tonnes", 0, Q("6800000", "t")),
    ("x03", "quantity", "2,000 reflective jackets", 0, Q("2000", "jacket")),
    ("x03", "quantity", "500 helmets", 0, Q("500", "helmet")),
    # organisations ("Roads and Transport Cabinet Secretary", "Head of State", "Head of Presidential
    # Communications": titles; "the Ministry": an anaphor (extra21); the Nairobi Expressway, the SGR and the
    # "public-private partnership" are no organisations; the e-mail in the contact line is chrome)
    ("x03", "organisation", PSCU, 0, O(PSCU)),
    ("x03", "organisation", "(PSCU)", 0, O(PSCU)),
    ("x03", "organisation", CRBC, 0, O(CRBC)),
    ("x03", "organisation", "(CRBC)", 0, O(CRBC)),
    ("x03", "organisation", "engineers of [[CRBC]]", 0, O(CRBC)),
    ("x03", "organisation", "company, [[Moja Expressway Company]] (MEC)", 0, O(MEC)),
    ("x03", "organisation", "(MEC)", 0, O(MEC)),
    ("x03", "organisation", "with [[CRBC]] providing", 0, O(CRBC)),
    ("x03", "organisation", "Government of Kenya", 0, O("Government of Kenya")),
    ("x03", "organisation", MRT, 0, O(MRT)),
    ("x03", "organisation", "and [[Moja Expressway Company]] to review", 0, O(MEC)),
    ("x03", "organisation", KURA, 0, O(KURA)),
    ("x03", "organisation", "(KURA)", 0, O(KURA)),
    ("x03", "organisation", "The [[National Treasury]] to release", 0, O(TREASURY)),
    ("x03", "organisation", "built by [[CRBC]] between", 0, O(CRBC)),
    ("x03", "organisation", "Kenya Railways", 0, O("Kenya Railways")),
    ("x03", "organisation", "the [[National Treasury]] and", 0, O(TREASURY)),
    ("x03", "organisation", EXIM, 0, O(EXIM)),
    ("x03", "organisation", "Meanwhile, [[CRBC]] has", 0, O(CRBC)),
    ("x03", "organisation", NTSA, 0, O(NTSA)),
    ("x03", "organisation", "(NTSA)", 0, O(NTSA)),
    # places (the expressway's and the line's towns are tagged (x02, extra6); a toll plaza's and an
    # interchange's town likewise; "James Gichuru", "Waiyaki Way" and JKIA are named after persons;
    # "Kitale" is part of a person's name; Kenya/China/Africa inside organisation and summit names are
    # not tagged)
    ("x03", "place", "[[Nairobi]], Saturday", 0, NBO),
    ("x03", "place", "Gichuru-[[Rironi]]", 0, CITY("Rironi", "KE")),
    ("x03", "place", "the [[Nairobi]] Expressway, which", 0, NBO),
    ("x03", "place", "[[Nairobi]] Governor", 0, NBO),
    ("x03", "place", "new [[Uthiru]] interchange", 0, UTHIRU),
    ("x03", "place", "the [[Kikuyu]] toll", 0, KIKUYU),
    ("x03", "place", "at [[Kikuyu]], the", 0, KIKUYU),
    ("x03", "place", "4.2km [[Uthiru]] service", 0, UTHIRU),
    ("x03", "place", "Naivasha", 0, CITY("Naivasha", "KE")),
    ("x03", "place", "Naivasha-[[Kisumu]]", 0, CITY("Kisumu", "KE")),
    ("x03", "place", "extension in [[Nairobi]], on", 0, NBO),
    ("x03", "place", "Kiambu County", 0, REG("Kiambu County", "KE")),
    ("x03", "place", "[[Kenya]] would host", 0, KE),
    ("x03", "place", "Mombasa", 0, CITY("Mombasa", "KE")),
    ("x03", "place", "Communications\n[[Nairobi]]", 0, NBO),
    # summits (a forum on whose sidelines a loan was signed takes the signing's day and city (extra23))
    ("x03", "summit", FORUM3, 0, S(FORUM3, "2025-06-12", "Nairobi")),
    ("x03", "summit", AIS, 0, S(AIS, "2025-09-09/2025-09-11", "Mombasa")),
    # events (the headline "TOURS" anchors the visit ("toured", "inspected", "was briefed": the same
    # occurrence or its sub-steps): the President stands for Kenya, the Cabinet Secretary for the ministry
    # the document names (extra5), the governor for his county's city (extra15), and the companies that
    # briefed him take part (s09); "is being built", "will be opened", "to review", "to complete", "to
    # release", "would gazette", "would host": under way or future; "ORDERS REVIEW", "issued ...
    # directives": no type; "recorded", "collected", "carried", "earning": figures; "is financed": financing)
    ("x03", "event", "TOURS", 0, E("visit", "2025-06-14", None, ["Kenya", MRT, "Nairobi", CRBC, MEC])),
    ("x03", "event", "which [[started]] in", 0, E("construction", "2024-02", None, [CRBC])),
    ("x03", "event", "it [[opened]] to the public", 0, E("ceremony", "2022-05")),
    ("x03", "event", "Railway, [[built]] by", 0, E("construction", "2014/2017", None, [CRBC])),
    (
        "x03",
        "event",
        "signed",
        0,
        E("signing", "2025-06-12", "Nairobi", [TREASURY, EXIM], M("1490000000", "USD")),
    ),
    ("x03", "event", "donated", 0, E("donation", None, "Kiambu County", [CRBC, NTSA], Q("2000", "jacket"))),
]

# ================================= x04 POWERCHINA website news item (2025-11-03)
CI = C("Cote d'Ivoire", "CI")
SOUBRE = CITY("Soubre", "CI")
GRIBO = CITY("Gribo", "CI")
PCC = "Power Construction Corporation of China, Ltd."
CIE = "Cote d'Ivoire Energies"
SB8 = "Sinohydro Bureau 8 Co., Ltd."
MMPE = "Ministry of Mines, Petroleum and Energy of Cote d'Ivoire"
FOCAC = "Beijing Summit of the Forum on China-Africa Cooperation"
A04 = [
    # dates (the navigation line, "Views:" counter, Related headline and copyright line are chrome; "early
    # 2025" -> the year (extra15's "late 2023"); "the end of September" -> the month (NOTES); "the first
    # three quarters of 2025" as extra10's "the first five months"; "2025 Fortune Global 500": a name)
    ("x04", "date", "2025-11-03", 0, "2025-11-03"),
    ("x04", "date", "October 28", 0, "2025-10-28"),
    ("x04", "date", "December 14, 2020", 0, "2020-12-14"),
    ("x04", "date", "the third quarter of 2021", 0, "2021-Q3"),
    ("x04", "date", "June 30, 2024", 0, "2024-06-30"),
    ("x04", "date", "early 2025", 0, "2025"),
    ("x04", "date", "the end of September", 0, "2025-09"),
    ("x04", "date", "In [[2023]]", 0, "2023"),
    ("x04", "date", "September 5, 2024", 0, "2024-09-05"),
    ("x04", "date", "since [[2008]]", 0, "2008"),
    ("x04", "date", "in [[2017]]", 0, "2017"),
    ("x04", "date", "the first three quarters of 2025", 0, "2025-01/2025-09"),
    # money (RMB and yuan -> CNY; "an estimated investment of about": approx)
    ("x04", "money", "US$ 287 million", 0, M("287000000", "USD")),
    ("x04", "money", "about RMB 2.06 billion", 0, M("2060000000", "CNY", "approx")),
    ("x04", "money", "about 1.8 billion yuan", 0, M("1800000000", "CNY", "approx")),
    ("x04", "money", "RMB 186.3 billion", 0, M("186300000000", "CNY")),
    # quantities ("three ... units", "All three units": spelled-out; "per year": a rate; "an average of": no
    # qualifier; "40-bed": a hyphenated count adjective (x03); "Bureau 8", "601669.SH", "105th", "Global
    # 500": names, codes and ranks; "45 of whom": the antecedent's noun (extra9))
    ("x04", "quantity", "about 350 kilometers", 0, Q("350", "km", "approx")),
    ("x04", "quantity", "112 MW", 0, Q("112", "MW")),
    ("x04", "quantity", "37.3 MW", 0, Q("37.3", "MW")),
    ("x04", "quantity", "540 GWh", 0, Q("540", "GWh")),
    ("x04", "quantity", "23-meter", 0, Q("23", "m")),
    ("x04", "quantity", "2.1-kilometer", 0, Q("2.1", "km")),
    ("x04", "quantity", "38-kilometer", 0, Q("38", "km")),
    ("x04", "quantity", "225 kV", 0, Q("225", "kV")),
    ("x04", "quantity", "412 million kWh", 0, Q("412000000", "kWh")),
    ("x04", "quantity", "more than 2,600 local workers", 0, Q("2600", "worker", "gt")),
    ("x04", "quantity", "about 88 percent", 0, Q("88", "%", "approx")),
    ("x04", "quantity", "14 km", 0, Q("14", "km")),
    ("x04", "quantity", "60 solar street lamps", 0, Q("60", "lamp")),
    ("x04", "quantity", "320 Ivorian technicians", 0, Q("320", "technician")),
    ("x04", "quantity", "[[45]] of whom", 0, Q("45", "technician")),
    ("x04", "quantity", "225 MW", 0, Q("225", "MW")),
    ("x04", "quantity", "more than 20 projects", 0, Q("20", "project", "gt")),
    ("x04", "quantity", "275 MW", 0, Q("275", "MW")),
    ("x04", "quantity", "8.7%", 0, Q("8.7", "%")),
    # organisations ("Source: International Business Department": an internal unit (NOTES); "the
    # owner", "the company", "the project team": generic; "Fortune" inside the list's name is no mention;
    # Cote d'Ivoire/China inside the owner's, the ministry's and the bank's names is not tagged; the
    # copyright company is chrome)
    ("x04", "organisation", "[[POWERCHINA]] Completes", 0, O(PCC)),
    ("x04", "organisation", PCC, 0, O(PCC)),
    ("x04", "organisation", "([[POWERCHINA]])", 0, O(PCC)),
    ("x04", "organisation", CIE, 0, O(CIE)),
    ("x04", "organisation", "([[CI-Energies]])", 0, O(CIE)),
    ("x04", "organisation", SB8, 0, O(SB8)),
    ("x04", "organisation", "subsidiary of [[POWERCHINA]]", 0, O(PCC)),
    ("x04", "organisation", "between [[POWERCHINA]] and", 0, O(PCC)),
    ("x04", "organisation", MMPE, 0, O(MMPE)),
    ("x04", "organisation", EXIM, 0, O(EXIM)),
    ("x04", "organisation", "[[POWERCHINA]] Chairman", 0, O(PCC)),
    ("x04", "organisation", "[[POWERCHINA]] will continue", 0, O(PCC)),
    ("x04", "organisation", "2023, [[POWERCHINA]] also", 0, O(PCC)),
    ("x04", "organisation", "2024, [[POWERCHINA]] and", 0, O(PCC)),
    ("x04", "organisation", "and [[CI-Energies]] signed", 0, O(CIE)),
    ("x04", "organisation", "[[POWERCHINA]] has been", 0, O(PCC)),
    ("x04", "organisation", "[[POWERCHINA]] (601669.SH)", 0, O(PCC)),
    # places (the station, the Boutoubre project and the river name no place (see the docstring); the
    # villages named as such are cities; "Daloa" and "Yunnan" are parts of persons' names; Beijing, China
    # and Africa inside the summit's name are not tagged)
    ("x04", "place", "Station in [[Cote d'Ivoire]]\n", 0, CI),
    ("x04", "place", "Station in [[Cote d'Ivoire]], built", 0, CI),
    ("x04", "place", "near [[Soubre]]", 0, SOUBRE),
    ("x04", "place", "[[Abidjan]], the", 0, CITY("Abidjan", "CI")),
    ("x04", "place", "signed in [[Abidjan]]", 0, CITY("Abidjan", "CI")),
    ("x04", "place", "[[Ivorian]] state", 0, CI),
    ("x04", "place", "[[Ivorian]] Minister", 0, CI),
    ("x04", "place", "cooperation with [[Cote d'Ivoire]]", 0, CI),
    ("x04", "place", "to [[Africa]]'s", 0, REG("Africa")),
    ("x04", "place", "villages of [[Gribo]]", 0, GRIBO),
    ("x04", "place", "and [[Popoli]] and", 0, CITY("Popoli", "CI")),
    ("x04", "place", "center in [[Gribo]]", 0, GRIBO),
    ("x04", "place", "320 [[Ivorian]] technicians", 0, CI),
    ("x04", "place", "working in [[Cote d'Ivoire]]", 0, CI),
    ("x04", "place", "station at [[Soubre]]", 0, SOUBRE),
    # summits (the summit's date and city come from the signing told at it (extra23); its city sits in
    # its name)
    ("x04", "summit", FOCAC, 0, S(FOCAC, "2024-09-05", "Beijing")),
    # events (the headline "Completes" anchors the completion ("passed its final acceptance", "was handed
    # over", "built by", "undertaken by", "At the ceremony": the same occurrence, see the docstring);
    # "presented ... a certificate": a sub-step; "is financed": financing; "entered commercial operation":
    # no type; "employed", "trained", "reached": figures; "will join", "will continue": future; the MoU
    # signed "during" the summit has no location fact of its own (Beijing sits inside the summit's name)
    # and takes the investment it covers as its amount (extra8))
    (
        "x04",
        "event",
        "Completes",
        0,
        E("construction", "2025-10-28", "Soubre", [PCC, CIE, SB8, MMPE]),
    ),
    (
        "x04",
        "event",
        "was [[signed]] in Abidjan",
        0,
        E("signing", "2020-12-14", "Abidjan", [PCC, MMPE], M("287000000", "USD")),
    ),
    ("x04", "event", "Construction [[started]]", 0, E("construction", "2021-Q3", None, [PCC, SB8])),
    ("x04", "event", "began generating", 0, E("production", "2024-06-30")),
    ("x04", "event", "had [[generated]]", 0, E("production", None, None, None, Q("412000000", "kWh"))),
    ("x04", "event", "also [[built]]", 0, E("construction", "2023", None, [PCC], Q("14", "km"))),
    ("x04", "event", "donated", 0, E("donation", "2023", "Gribo", [PCC], Q("60", "lamp"))),
    (
        "x04",
        "event",
        "CI-Energies [[signed]] a memorandum",
        0,
        E("signing", "2024-09-05", None, [PCC, CIE], M("1800000000", "CNY", "approx")),
    ),
    ("x04", "event", "was [[completed]] in 2017", 0, E("construction", "2017", "Soubre", [PCC])),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "x*.txt")
