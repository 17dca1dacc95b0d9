#!/usr/bin/env python3
"""Build tests/data/extra34/gold.jsonl from hand annotations of the ab*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (an ANTARA story on the
groundbreaking of the Batang Toru transmission line in South Tapanuli, with Rp trillion/US$ amounts,
kV/km/MW, a Sinohydro-built plant, an SDIC stake purchase and the Jakarta-Bandung railway's passengers;
a Daily Mirror story on a Cabinet approval of a BOI agreement for a bunkering terminal at Hambantota,
with US$/Rs./LKR amounts, acres, barrels a day, a gazette notice, a CPC (Ceylon Petroleum) MoU, CMPort's
2017 stake and a tug delivery; a Gulf News story on three Saudi contracts signed by Chinese contractors at
the Saudi-Chinese Investment Forum 2026 in Riyadh, with SR/$/Dh/US cents amounts, GW/MWh/km/TEU, a
completed solar plant and an EWEC power purchase agreement in the UAE; a MOFCOM press release in numbered
items on a vice-ministerial meeting with Kazakhstan, a signing of 7 documents, a hospital handover in Osh,
a bus delivery at Khorgos, January-September figures and two forums ahead) written BLIND: annotated from
shared/gold/NOTES.md and shared/spec/facts.md alone, without running bri_corpus on them, so that they
measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table (documents are
keyed by the file-name part before the first underscore, "ab01" ...).

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra33/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - "PT PLN (Persero)": the legal-form bracket of an Indonesian state company stays inside the
    name's span (it is part of the registered name); later "PLN" is the same organisation;
  - "South Tapanuli regent's office" (lower-case office) is the regency as a region place (extra16's
    district administration); the dateline "South Tapanuli" and the capitalised "South Tapanuli
    Regency" are regions as written; "Marancar sub-district" keeps the generic noun outside;
  - a groundbreaking of a line that "is being built by" two named companies takes both builders as
    participants (extra32), with the minister's country (title naming no body), the ambassador's
    country and the governor's province (extra15); its cost in the headline's project phrase
    ("a Rp3.1 trillion ... transmission project") is its amount in the first currency (extra6);
  - a plant's first power "generated ... in June" is the owner's first-output production (extra11,
    extra16's owner call), placed by the plant's district;
  - a "Co-Spokesman" is a title; "Monday's Cabinet meeting" is an internal decision meeting (extra28's
    board meeting): no summit, no event, "Cabinet" generic after "Cabinet of Ministers" (extra21);
  - "CPC" defined inline as "Ceylon Petroleum Corporation" is that company, not the Chinese party;
    an MoU to "supply up to 1.2 million tonnes ... a year" takes the tonnage as its amount
    (extra28's supply agreement), "a year" outside the span (extra4);
  - a Gazette number ("Extraordinary Gazette No. 2438/17"), "Section 17" and a law's title with its
    year ("BOI Law No. 4 of 1978") are identifiers: no date, no quantity, "BOI" in it no mention
    (extra17); "Strategic Development Project" is a designation, no organisation;
  - a delegation "from Guangdong Province" accompanying an ambassador's visit takes part as the
    province (extra19);
  - a Gulf News header "Published: ..." and "Last updated: ..." are two date-and-time facts (extra31);
    the "Also In ..." block, the WhatsApp line and the copyright line are chrome;
  - contracts signed "at" a named forum "held in Riyadh on February 9-10" are placed at the forum's
    city and dated by the day given ("on Monday"); each of three contracts signed the same day is its
    own signing, the two witnesses taking part (extra31): the Investment Minister stands for the
    ministry the document names, the Chinese Vice Minister of Commerce (a title naming no body) for China;
  - "Saudi" before a lower-case noun ("Saudi contracts", "a Saudi target") is Saudi Arabia; "the kingdom"
    is an anaphor (x12); "Riyadh Metro" and "Jazan Port" tag their cities (extra22's station, x04);
    "Wadi Turabah solar plant" and "Al Sila solar plant" are plants named after their sites (no place);
  - a power purchase agreement "for the 1.8GW ... plant" takes the capacity as its amount (extra28);
    a tariff in "US cents per kilowatt-hour" is money, the rate outside (extra28's "US 4.96 cents");
  - in a MOFCOM release the masthead's full name is the ministry's canonical name (text, extra13); the
    breadcrumb, "Print | Close", the address/telephone line and the ICP line are chrome (NOTES);
  - a headline "Meets ..., Witnesses Signing of 7 Cooperation Documents" anchors the meeting and the
    signing (NOTES' first mention); the signing's parties are the two witnesses' ministries, the
    delegation's country (extra19) and the two companies of the part told (extra29), its count the
    amount (extra13/extra22);
  - a handover ceremony of a China-aided hospital funded "by a Chinese grant of RMB 260 million" takes
    the grant as its amount (extra31's hospital value), the ambassador's and the minister's countries
    taking part; a hospital named after its city tags the city (extra20);
  - buses a company "is buying" are a purchase (NOTES: no event); the purchase "contract ... was signed"
    is the signing of buyer and maker; "the first 120 of 400 electric buses": the first number is a
    count of the noun after it, span the digits (extra29); the maker's running total "has delivered
    more than 3,000 buses to Central Asian countries since 2012" is a delivery without point date
    (extra15/extra23) with the region as recipient;
  - persons named like places ("Budi Sipirok", "Teddy Asahan", "Nirmala Ampara", "Kamal Dehiwala",
    "Harsha Kalutara", "Rania Tabuk", "Aidos Taraz", "Alymbek Naryn") are no places (extra6/extra11).
Run:  .venv/bin/python tests/data/extra34/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= ab01 ANTARA, South Tapanuli (Tuesday, 14 October 2025 16:48 WIB)
ID = C("Indonesia", "ID")
NSUM = REG("North Sumatra", "ID")
STAP = REG("South Tapanuli", "ID")
PLN = "PT PLN (Persero)"
CET = "China Electric Power Equipment and Technology Co., Ltd."
NSHE = "PT North Sumatera Hydro Energy"
SDIC = "SDIC Power Holdings Co., Ltd."
KCIC = "PT Kereta Cepat Indonesia China"
A01 = [
    # dates ("over the next three years", "so far": durations/adverbs; the time zone WIB outside;
    # "in September" sits in a Related-news line: chrome)
    ("ab01", "date", "mid-2026", 0, "2026"),
    ("ab01", "date", "Tuesday, 14 October 2025 16:48", 0, "2025-10-14T16:48"),
    ("ab01", "date", "on [[Monday]]", 0, "2025-10-13"),
    ("ab01", "date", "August 19", 0, "2025-08-19"),
    ("ab01", "date", "in [[June]]", 0, "2025-06"),
    ("ab01", "date", "the second quarter of 2026", 0, "2026-Q2"),
    ("ab01", "date", "in [[March]]", 0, "2025-03"),
    ("ab01", "date", "last year", 0, "2024"),
    ("ab01", "date", "by [[2030]]", 0, "2030"),
    # money ("a further Rp1.4 trillion": no qualifier, extra25)
    ("ab01", "money", "Rp3.1 trillion", 0, M("3100000000000", "IDR")),
    ("ab01", "money", "US$188 million", 0, M("188000000", "USD")),
    ("ab01", "money", "about US$1.6 billion", 0, M("1600000000", "USD", "approx")),
    ("ab01", "money", "US$215 million", 0, M("215000000", "USD")),
    ("ab01", "money", "Rp1.4 trillion", 0, M("1400000000000", "IDR")),
    ("ab01", "money", "Rp86 billion", 0, M("86000000000", "IDR")),
    # quantities ("two of its four": spelled-out; "(600886)" a stock code and "0634-21045" a hotline:
    # identifiers; "a further 15 percent": no qualifier; "per year" outside)
    ("ab01", "quantity", "275-kilovolt", 0, Q("275", "kV")),
    ("ab01", "quantity", "62 kilometers", 0, Q("62", "km")),
    ("ab01", "quantity", "510 megawatts", 0, Q("510", "MW")),
    ("ab01", "quantity", "510 MW", 0, Q("510", "MW")),
    ("ab01", "quantity", "127.5 MW", 0, Q("127.5", "MW")),
    ("ab01", "quantity", "15 percent", 0, Q("15", "%")),
    ("ab01", "quantity", "40 percent", 0, Q("40", "%")),
    ("ab01", "quantity", "6.06 million passengers", 0, Q("6060000", "passenger")),
    ("ab01", "quantity", "23 percent", 0, Q("23", "%")),
    ("ab01", "quantity", "14 villages", 0, Q("14", "village")),
    ("ab01", "quantity", "about 10 km", 0, Q("10", "km", "approx")),
    ("ab01", "quantity", "some 6 million tonnes", 0, Q("6000000", "t", "approx")),
    # organisations (the Reporter/Editor lines and the copyright line are chrome (extra26); places
    # inside the names of KCIC and of the exchange are not tagged; the minister's title names no body)
    ("ab01", "organisation", "([[ANTARA]])", 0, O("ANTARA")),
    ("ab01", "organisation", PLN, 0, O(PLN)),
    ("ab01", "organisation", CET, 0, O(CET)),
    ("ab01", "organisation", "([[CET]])", 0, O(CET)),
    ("ab01", "organisation", "Sinohydro Corporation", 0, O("Sinohydro Corporation")),
    ("ab01", "organisation", NSHE, 0, O(NSHE)),
    ("ab01", "organisation", "([[NSHE]])", 0, O(NSHE)),
    ("ab01", "organisation", "and [[PLN]] expects", 0, O(PLN)),
    ("ab01", "organisation", SDIC, 0, O(SDIC)),
    ("ab01", "organisation", "of [[NSHE]] for", 0, O(NSHE)),
    ("ab01", "organisation", "Shanghai Stock Exchange", 0, O("Shanghai Stock Exchange")),
    ("ab01", "organisation", KCIC, 0, O(KCIC)),
    ("ab01", "organisation", "([[KCIC]])", 0, O(KCIC)),
    ("ab01", "organisation", "and [[PLN]] plans", 0, O(PLN)),
    ("ab01", "organisation", "PT Agincourt Resources", 0, O("PT Agincourt Resources")),
    # places ("Batang Toru hydropower plant"/"power line" and "Martabe gold mine": named after their
    # sites, no place (extra16/extra28); "Batang Toru district" is the district (extra14))
    ("ab01", "place", "[[South Tapanuli]], North Sumatra (ANTARA)", 0, STAP),
    ("ab01", "place", "South Tapanuli, [[North Sumatra]] (ANTARA)", 0, NSUM),
    ("ab01", "place", "[[Chinese]]-built", 0, CN),
    ("ab01", "place", "grid in [[North Sumatra]]", 0, NSUM),
    ("ab01", "place", "Sibolga", 0, CITY("Sibolga", "ID")),
    ("ab01", "place", "in [[Jakarta]] on", 0, CITY("Jakarta", "ID")),
    ("ab01", "place", "[[Marancar]] sub-district", 0, REG("Marancar", "ID")),
    ("ab01", "place", "South Tapanuli Regency", 0, REG("South Tapanuli Regency", "ID")),
    ("ab01", "place", "[[Chinese]] Ambassador", 0, CN),
    ("ab01", "place", "[[North Sumatra]] Governor", 0, NSUM),
    ("ab01", "place", "[[Batang Toru]] district", 0, REG("Batang Toru", "ID")),
    ("ab01", "place", "the [[Jakarta]]-Bandung", 0, CITY("Jakarta", "ID")),
    ("ab01", "place", "Jakarta-[[Bandung]]", 0, CITY("Bandung", "ID")),
    ("ab01", "place", "of [[Indonesian]] and", 0, ID),
    ("ab01", "place", "and [[Chinese]] state", 0, CN),
    ("ab01", "place", "[[Indonesia]] aims", 0, ID),
    ("ab01", "place", "in [[Tapanuli]] over", 0, REG("Tapanuli", "ID")),
    ("ab01", "place", "far, [[South Tapanuli]] regent's", 0, STAP),
    # events ("is being built by", "the ceremony": the headline's groundbreaking; "expects ... to come
    # online", "plans to spend": future; "carried ... passengers": traffic; "have received ...
    # compensation": a payment (extra18); "lifting its stake": the same purchase)
    ("ab01", "event", "breaks ground", 0,
     E("construction", "2025-10-13", "Marancar", ["Indonesia", PLN, CET, "China", "North Sumatra"],
       M("3100000000000", "IDR"))),
    ("ab01", "event", "contract [[signed]] in Jakarta", 0, E("signing", "2025-08-19", "Jakarta", [PLN, CET])),
    ("ab01", "event", "was [[built]] by Sinohydro", 0,
     E("construction", None, "Batang Toru", ["Sinohydro Corporation", NSHE], M("1600000000", "USD", "approx"))),
    ("ab01", "event", "It [[generated]] its first", 0, E("production", "2025-06", "Batang Toru", [NSHE])),
    ("ab01", "event", "acquired", 0, E("investment", "2025-03", None, [SDIC, NSHE], M("215000000", "USD"))),
]

# ================================= ab02 Daily Mirror, Colombo (11 June 2025 02:13 am)
LK = C("Sri Lanka", "LK")
HAMB = CITY("Hambantota", "LK")
HIPG = "Hambantota International Port Group"
CMPORT = "China Merchants Port Holdings Company Limited"
SLPA = "Sri Lanka Ports Authority"
CPC = "Ceylon Petroleum Corporation"
BOI = "Board of Investment"
A02 = [
    # dates ("over 15 years": a quantity; "1978" inside a law's title: no date)
    ("ab02", "date", "11 June 2025 02:13 am", 0, "2025-06-11T02:13"),
    ("ab02", "date", "said [[yesterday]]", 0, "2025-06-10"),
    ("ab02", "date", "[[Monday]]'s Cabinet", 0, "2025-06-09"),
    ("ab02", "date", "next week", 0, "2025-W25"),
    ("ab02", "date", "the end of 2027", 0, "2027"),
    ("ab02", "date", "May 30", 0, "2025-05-30"),
    ("ab02", "date", "In [[March]]", 0, "2025-03"),
    ("ab02", "date", "December 2017", 0, "2017-12"),
    ("ab02", "date", "in [[2024]]", 0, "2024"),
    ("ab02", "date", "last year", 0, "2024"),
    ("ab02", "date", "in [[April]]", 0, "2025-04"),
    ("ab02", "date", "on [[Saturday]]", 0, "2025-06-07"),
    # money ("mn" is million (extra11); "Rs." in a Sri Lankan paper is LKR; "a further": no qualifier)
    ("ab02", "money", "US$ 392 mn", 0, M("392000000", "USD")),
    ("ab02", "money", "US$ 392 million", 0, M("392000000", "USD")),
    ("ab02", "money", "Rs. 11.6 billion", 0, M("11600000000", "LKR")),
    ("ab02", "money", "US$ 250 million", 0, M("250000000", "USD")),
    ("ab02", "money", "about US$ 142 million", 0, M("142000000", "USD", "approx")),
    ("ab02", "money", "US$ 1.12 billion", 0, M("1120000000", "USD")),
    ("ab02", "money", "LKR 38.5 billion", 0, M("38500000000", "LKR")),
    ("ab02", "money", "US$ 1 billion", 0, M("1000000000", "USD")),
    # quantities ("a day"/"a year" outside (extra4); "Gazette No. 2438/17", "Section 17", "Law No. 4":
    # identifiers; "seven", "Two": spelled-out counts; "99-year" and "1,150-acre" as in earlier sets)
    ("ab02", "quantity", "48 acres", 0, Q("48", "acre")),
    ("ab02", "quantity", "1,150-acre", 0, Q("1150", "acre")),
    ("ab02", "quantity", "12 storage tanks", 0, Q("12", "tank")),
    ("ab02", "quantity", "600,000 barrels", 0, Q("600000", "barrel")),
    ("ab02", "quantity", "80,000 barrels", 0, Q("80000", "barrel")),
    ("ab02", "quantity", "15 years", 0, Q("15", "year")),
    ("ab02", "quantity", "up to 1.2 million tonnes", 0, Q("1200000", "t", "le")),
    ("ab02", "quantity", "85 percent", 0, Q("85", "%")),
    ("ab02", "quantity", "99-year", 0, Q("99", "year")),
    ("ab02", "quantity", "752,000 vehicles", 0, Q("752000", "vehicle")),
    ("ab02", "quantity", "34 percent", 0, Q("34", "%")),
    ("ab02", "quantity", "60-tonne", 0, Q("60", "t")),
    # organisations ("Cabinet", "post-Cabinet", "Parliament": generic; "Cabinet Co-Spokesman" a title;
    # places inside HIPG, SLPA, CPC and the shipyard's names are not tagged; the copyright line's
    # publisher is chrome)
    ("ab02", "organisation", "Daily Mirror", 0, O("Daily Mirror")),
    ("ab02", "organisation", "Cabinet of Ministers", 0, O("Cabinet of Ministers")),
    ("ab02", "organisation", BOI, 0, O(BOI)),
    ("ab02", "organisation", "([[BOI]])", 0, O(BOI)),
    ("ab02", "organisation", HIPG, 0, O(HIPG)),
    ("ab02", "organisation", "([[HIPG]])", 0, O(HIPG)),
    ("ab02", "organisation", "Ministry of Ports and Civil Aviation", 0, O("Ministry of Ports and Civil Aviation")),
    ("ab02", "organisation", "Ministry of Finance", 0, O("Ministry of Finance")),
    ("ab02", "organisation", "[[HIPG]], a joint venture", 0, O(HIPG)),
    ("ab02", "organisation", CMPORT, 0, O(CMPORT)),
    ("ab02", "organisation", "([[CMPort]])", 0, O(CMPORT)),
    ("ab02", "organisation", SLPA, 0, O(SLPA)),
    ("ab02", "organisation", "([[SLPA]])", 0, O(SLPA)),
    ("ab02", "organisation", "The [[BOI]] agreement", 0, O(BOI)),
    ("ab02", "organisation", "China Development Bank", 0, O("China Development Bank")),
    ("ab02", "organisation", "([[CDB]])", 0, O("China Development Bank")),
    ("ab02", "organisation", "equity from [[HIPG]]", 0, O(HIPG)),
    ("ab02", "organisation", "[[HIPG]] signed", 0, O(HIPG)),
    ("ab02", "organisation", CPC, 0, O(CPC)),
    ("ab02", "organisation", "([[CPC]])", 0, O(CPC)),
    ("ab02", "organisation", "[[CMPort]] acquired", 0, O(CMPORT)),
    ("ab02", "organisation", "stake in [[HIPG]]", 0, O(HIPG)),
    ("ab02", "organisation", "the [[SLPA]]", 0, O(SLPA)),
    ("ab02", "organisation", "Guangzhou Shipyard International", 0, O("Guangzhou Shipyard International")),
    ("ab02", "organisation", "to [[HIPG]] at", 0, O(HIPG)),
    ("ab02", "organisation", "Samagi Jana Balawegaya", 0, O("Samagi Jana Balawegaya")),
    ("ab02", "organisation", "([[SJB]])", 0, O("Samagi Jana Balawegaya")),
    # places ("a foreign company": no country; "southern" stays outside)
    ("ab02", "place", "at [[Hambantota]] port", 0, HAMB),
    ("ab02", "place", "at [[Hambantota]] in April", 0, HAMB),
    ("ab02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("ab02", "place", "Guangdong Province", 0, REG("Guangdong Province", "CN")),
    ("ab02", "place", "[[Chinese]] firms", 0, CN),
    ("ab02", "place", "southern [[Sri Lanka]]", 0, LK),
    # events ("approved", "declared", "will be financed", "is expected to be signed", "should be tabled",
    # "ready to invest": decisions, financing, future or intent; "handled": traffic; "raising its
    # fleet": a figure)
    ("ab02", "event", "HIPG [[signed]] a memorandum", 0,
     E("signing", "2025-03", None, [HIPG, CPC], Q("1200000", "t", "le"))),
    ("ab02", "event", "acquired", 0, E("investment", "2017-12", None, [CMPORT, HIPG], M("1120000000", "USD"))),
    ("ab02", "event", "were [[delivered]] to HIPG", 0,
     E("delivery", "2025-04", "Hambantota", ["Guangzhou Shipyard International", HIPG])),
    ("ab02", "event", "who [[visited]] the port", 0,
     E("visit", "2025-06-07", "Hambantota", ["China", "Guangdong Province"])),
]

# ================================= ab03 Gulf News, Dubai (February 10, 2026 18:42)
SA = C("Saudi Arabia", "SA")
RIYADH = CITY("Riyadh", "SA")
KHULAIS = CITY("Khulais", "SA")
CEEC = "China Energy Engineering Corporation"
RCRC = "Royal Commission for Riyadh City"
POWERCHINA = "Power Construction Corporation of China"
MAWANI = "Saudi Ports Authority"
CHEC = "China Harbour Engineering Company"
MISA = "Ministry of Investment"
EWEC = "Emirates Water and Electricity Company"
FORUM = "Saudi-Chinese Investment Forum 2026"
FORUM_V = S(FORUM, "2026-02-09/2026-02-10", "Riyadh")
A03 = [
    # dates ("Vision 2030" and the forum's "2026" are inside names; "a year earlier" after "the end of
    # 2025" -> 2024 (extra5))
    ("ab03", "date", "February 10, 2026 18:42", 0, "2026-02-10T18:42"),
    ("ab03", "date", "February 10, 2026 19:05", 0, "2026-02-10T19:05"),
    ("ab03", "date", "on [[Monday]] at the", 0, "2026-02-09"),
    ("ab03", "date", "February 9-10", 0, "2026-02-09/2026-02-10"),
    ("ab03", "date", "sidelines on [[Monday]]", 0, "2026-02-09"),
    ("ab03", "date", "by [[2028]]", 0, "2028"),
    ("ab03", "date", "the end of 2025", 0, "2025"),
    ("ab03", "date", "a year earlier", 0, "2024"),
    ("ab03", "date", "in [[October]]", 0, "2025-10"),
    ("ab03", "date", "On [[Tuesday]]", 0, "2026-02-10"),
    ("ab03", "date", "the second half of 2027", 0, "2027-H2"),
    ("ab03", "date", "on [[Sunday]]", 0, "2026-02-08"),
    ("ab03", "date", "in [[2028]].", 0, "2028"),
    ("ab03", "date", "December 2022", 0, "2022-12"),
    # money ("SR" is the riyal (extra21), "Dh" the dirham; "b" is billion (extra28); "a combined": no
    # qualifier; "per kilowatt-hour" outside)
    ("ab03", "money", "SR11.2b", 0, M("11200000000", "SAR")),
    ("ab03", "money", "SR11.2 billion", 0, M("11200000000", "SAR")),
    ("ab03", "money", "$2.99 billion", 0, M("2990000000", "USD")),
    ("ab03", "money", "SR4.6 billion", 0, M("4600000000", "SAR")),
    ("ab03", "money", "SR3.9 billion", 0, M("3900000000", "SAR")),
    ("ab03", "money", "SR2.7 billion", 0, M("2700000000", "SAR")),
    ("ab03", "money", "SR40 billion", 0, M("40000000000", "SAR")),
    ("ab03", "money", "$16.8 billion", 0, M("16800000000", "USD")),
    ("ab03", "money", "1.29 US cents", 0, M("0.0129", "USD")),
    ("ab03", "money", "Dh4.8 billion", 0, M("4800000000", "AED")),
    ("ab03", "money", "$1.31 billion", 0, M("1310000000", "USD")),
    ("ab03", "money", "$50 billion", 0, M("50000000000", "USD")),
    # quantities ("60-member": a hyphenated count adjective (extra27); "four new stations": spelled-out;
    # "Line 2" and "601868.SH": identifiers; "its third": a rank; "of annual capacity" outside)
    ("ab03", "quantity", "2GW", 0, Q("2", "GW")),
    ("ab03", "quantity", "4,000MWh", 0, Q("4000", "MWh")),
    ("ab03", "quantity", "about 100km", 0, Q("100", "km", "approx")),
    ("ab03", "quantity", "8.4km", 0, Q("8.4", "km")),
    ("ab03", "quantity", "1.5 million TEUs", 0, Q("1500000", "TEU")),
    ("ab03", "quantity", "29 per cent", 0, Q("29", "%")),
    ("ab03", "quantity", "1.1GW", 0, Q("1.1", "GW")),
    ("ab03", "quantity", "30-year", 0, Q("30", "year")),
    ("ab03", "quantity", "1.8GW", 0, Q("1.8", "GW")),
    ("ab03", "quantity", "34 agreements", 0, Q("34", "agreement")),
    # organisations (the masthead is text, the WhatsApp and copyright lines chrome; "Mawani" is the
    # authority's other name (extra22's bracketed national name); "Investment Minister" a title)
    ("ab03", "organisation", "Gulf News", 0, O("Gulf News")),
    ("ab03", "organisation", "ACWA Power", 0, O("ACWA Power")),
    ("ab03", "organisation", CEEC, 0, O(CEEC)),
    ("ab03", "organisation", "([[CEEC]])", 0, O(CEEC)),
    ("ab03", "organisation", RCRC, 0, O(RCRC)),
    ("ab03", "organisation", "([[RCRC]])", 0, O(RCRC)),
    ("ab03", "organisation", POWERCHINA, 0, O(POWERCHINA)),
    ("ab03", "organisation", "([[PowerChina]])", 0, O(POWERCHINA)),
    ("ab03", "organisation", MAWANI, 0, O(MAWANI)),
    ("ab03", "organisation", "([[Mawani]])", 0, O(MAWANI)),
    ("ab03", "organisation", CHEC, 0, O(CHEC)),
    ("ab03", "organisation", "([[CHEC]])", 0, O(CHEC)),
    ("ab03", "organisation", MISA, 0, O(MISA)),
    ("ab03", "organisation", "([[MISA]])", 0, O(MISA)),
    ("ab03", "organisation", "[[MISA]] data", 0, O(MISA)),
    ("ab03", "organisation", "[[CEEC]], listed", 0, O(CEEC)),
    ("ab03", "organisation", "where [[ACWA Power]] expects", 0, O("ACWA Power")),
    ("ab03", "organisation", EWEC, 0, O(EWEC)),
    ("ab03", "organisation", "([[EWEC]])", 0, O(EWEC)),
    ("ab03", "organisation", "Masdar", 0, O("Masdar")),
    ("ab03", "organisation", "Jinko Power Technology", 0, O("Jinko Power Technology")),
    ("ab03", "organisation", "Al Rajhi Capital", 0, O("Al Rajhi Capital")),
    # places (the dateline "Dubai" is the city; places inside RCRC's, Mawani's and the forum's names are
    # not tagged)
    ("ab03", "place", "[[Chinese]] firms win", 0, CN),
    ("ab03", "place", "in [[Saudi]] contracts", 0, SA),
    ("ab03", "place", "at [[Riyadh]] forum", 0, RIYADH),
    ("ab03", "place", "Dubai", 0, CITY("Dubai", "AE")),
    ("ab03", "place", "[[Chinese]] contractors", 0, CN),
    ("ab03", "place", "held in [[Riyadh]] on", 0, RIYADH),
    ("ab03", "place", "at [[Khulais]], about", 0, KHULAIS),
    ("ab03", "place", "Jeddah", 0, CITY("Jeddah", "SA")),
    ("ab03", "place", "the [[Riyadh]] Metro", 0, RIYADH),
    ("ab03", "place", "at [[Jazan]] Port", 0, CITY("Jazan", "SA")),
    ("ab03", "place", "and [[Chinese]] Vice Minister", 0, CN),
    ("ab03", "place", "a [[Saudi]] target", 0, SA),
    ("ab03", "place", "in [[Chinese]] investment", 0, CN),
    ("ab03", "place", "[[Chinese]] direct investment", 0, CN),
    ("ab03", "place", "listed in [[Shanghai]]", 0, CITY("Shanghai", "CN")),
    ("ab03", "place", "Makkah Province", 0, REG("Makkah Province", "SA")),
    ("ab03", "place", "third in [[Saudi Arabia]]", 0, SA),
    ("ab03", "place", "the [[Khulais]] site", 0, KHULAIS),
    ("ab03", "place", "in the [[UAE]]", 0, C("UAE", "AE")),
    ("ab03", "place", "[[China]]'s Jinko", 0, CN),
    ("ab03", "place", "[[Al Dhafra]] region", 0, REG("Al Dhafra", "AE")),
    ("ab03", "place", "[[Chinese]] EPC firms", 0, CN),
    ("ab03", "place", "Capital in [[Riyadh]]", 0, RIYADH),
    ("ab03", "place", "[[Saudi Arabia]] and China signed", 0, SA),
    ("ab03", "place", "and [[China]] signed", 0, CN),
    # summits ("organised the forum": an anaphor)
    ("ab03", "summit", FORUM, 0, FORUM_V),
    # events (the Vice Minister's visit to the Khulais site takes its developer as host (extra30);
    # "win", "walked away with", "awarded"-like headlines: contract awards, no type (extra10);
    # "expects first power", "will cost", "is due online": future; "reached $16.8 billion": a tally)
    ("ab03", "event", "ACWA Power [[signed]]", 0,
     E("signing", "2026-02-09", "Riyadh", ["ACWA Power", CEEC, MISA, "China"], M("4600000000", "SAR"))),
    ("ab03", "event", "(RCRC) [[signed]]", 0,
     E("signing", "2026-02-09", "Riyadh", [RCRC, POWERCHINA, MISA, "China"], M("3900000000", "SAR"))),
    ("ab03", "event", "(Mawani) [[signed]]", 0,
     E("signing", "2026-02-09", "Riyadh", [MAWANI, CHEC, MISA, "China"], M("2700000000", "SAR"))),
    ("ab03", "event", "Lu [[met]]", 0, E("meeting", "2026-02-09", "Riyadh", [MISA, "China"])),
    ("ab03", "event", "completed", 0, E("construction", "2025-10", "Makkah Province", [CEEC], Q("1.1", "GW"))),
    ("ab03", "event", "Lu [[visited]]", 0, E("visit", "2026-02-10", "Khulais", ["China", "ACWA Power"])),
    ("ab03", "event", "on Sunday [[signed]]", 0,
     E("signing", "2026-02-08", "UAE", [EWEC, "Masdar", "Jinko Power Technology"], Q("1.8", "GW"))),
    ("ab03", "event", "and China [[signed]] 34", 0,
     E("signing", "2022-12", "Saudi Arabia", ["Saudi Arabia", "China"], Q("34", "agreement"))),
    ("ab03", "event", "Jinping [[visited]]", 0, E("visit", "2022-12", "Saudi Arabia", ["China"])),
]

# ================================= ab04 MOFCOM news release (2025-11-07 10:15)
KZ = C("Kazakhstan", "KZ")
KG = C("Kyrgyzstan", "KG")
CA = REG("Central Asia")
MOFCOM = "Ministry of Commerce of the People's Republic of China"
MTI = "Ministry of Trade and Integration"
YUTONG = "Yutong Bus Co., Ltd."
AET = "Almatyelectrotrans"
JAN_SEP = "2025-01/2025-09"
SREC = "4th Silk Road E-commerce Cooperation Forum"
CIIE = "8th China International Import Expo"
A04 = [
    # dates ("From" outside the interval (NOTES); "year on year", "a year for three years": no dates;
    # the paragraph numbers are no quantities)
    ("ab04", "date", "2025-11-07 10:15", 0, "2025-11-07T10:15"),
    ("ab04", "date", "On [[Nov. 5]],", 0, "2025-11-05"),
    ("ab04", "date", "January to September", 0, JAN_SEP),
    ("ab04", "date", "Nov. 4", 0, "2025-11-04"),
    ("ab04", "date", "Nov. 3", 0, "2025-11-03"),
    ("ab04", "date", "in [[May]]", 0, "2025-05"),
    ("ab04", "date", "since [[2012]]", 0, "2012"),
    ("ab04", "date", "January to September", 1, JAN_SEP),
    ("ab04", "date", "Nov. 20 to 21", 0, "2025-11-20/2025-11-21"),
    ("ab04", "date", "Nov. 5 to 10", 0, "2025-11-05/2025-11-10"),
    # money ("worth a total of": no qualifier)
    ("ab04", "money", "34.2 billion US dollars", 0, M("34200000000", "USD")),
    ("ab04", "money", "8.6 billion yuan", 0, M("8600000000", "CNY")),
    ("ab04", "money", "RMB 260 million", 0, M("260000000", "CNY")),
    ("ab04", "money", "about 1.1 billion yuan", 0, M("1100000000", "CNY", "approx")),
    ("ab04", "money", "26.4 billion US dollars", 0, M("26400000000", "USD")),
    ("ab04", "money", "189.5 billion yuan", 0, M("189500000000", "CNY")),
    ("ab04", "money", "137.2 billion US dollars", 0, M("137200000000", "USD")),
    # quantities ("4th", "8th": ranks in names; "three years", "five": spelled-out)
    ("ab04", "quantity", "7 Cooperation Documents", 0, Q("7", "document")),
    ("ab04", "quantity", "6.8 percent", 0, Q("6.8", "%")),
    ("ab04", "quantity", "7 cooperation documents", 0, Q("7", "document")),
    ("ab04", "quantity", "500,000 tonnes", 0, Q("500000", "t")),
    ("ab04", "quantity", "32,000 square meters", 0, Q("32000", "m2")),
    ("ab04", "quantity", "300 beds", 0, Q("300", "bed")),
    ("ab04", "quantity", "first [[120]] of", 0, Q("120", "bus")),
    ("ab04", "quantity", "400 electric buses", 0, Q("400", "bus")),
    ("ab04", "quantity", "more than 3,000 buses", 0, Q("3000", "bus", "gt")),
    ("ab04", "quantity", "19.1 percent", 0, Q("19.1", "%")),
    # organisations (the masthead is text; "Vice Minister", "First Vice Minister", "Minister of Health":
    # titles; "Belt and Road": an initiative; places inside the commission's and the Kazakh food
    # corporation's names are not tagged)
    ("ab04", "organisation", MOFCOM, 0, O(MOFCOM)),
    ("ab04", "organisation", "Department of European and Central Asian Affairs", 0,
     O("Department of European and Central Asian Affairs")),
    ("ab04", "organisation", MTI, 0, O(MTI)),
    ("ab04", "organisation", "China-Kazakhstan Joint Commission on Trade and Economic Cooperation", 0,
     O("China-Kazakhstan Joint Commission on Trade and Economic Cooperation")),
    ("ab04", "organisation", "COFCO International", 0, O("COFCO International")),
    ("ab04", "organisation", "Food Corporation of Kazakhstan", 0, O("Food Corporation of Kazakhstan")),
    ("ab04", "organisation", AET, 0, O(AET)),
    ("ab04", "organisation", YUTONG, 0, O(YUTONG)),
    ("ab04", "organisation", "[[Yutong]] has delivered", 0, O(YUTONG)),
    ("ab04", "organisation", "SCO", 0, O("SCO")),
    # places (the address line under "Print | Close" is chrome)
    ("ab04", "place", "[[Kazakh]] Delegation", 0, KZ),
    ("ab04", "place", "in [[Beijing]] with", 0, CITY("Beijing", "CN")),
    ("ab04", "place", "[[Kazakhstan]]'s Ministry", 0, KZ),
    ("ab04", "place", "[[China]]-aided", 0, CN),
    ("ab04", "place", "[[Osh]] Maternity", 0, CITY("Osh", "KG")),
    ("ab04", "place", "in [[Osh]], Kyrgyzstan", 0, CITY("Osh", "KG")),
    ("ab04", "place", "Osh, [[Kyrgyzstan]]", 0, KG),
    ("ab04", "place", "[[Chinese]] Ambassador", 0, CN),
    ("ab04", "place", "to [[Kyrgyzstan]] Li", 0, KG),
    ("ab04", "place", "[[Kyrgyz]] Minister", 0, KG),
    ("ab04", "place", "a [[Chinese]] grant", 0, CN),
    ("ab04", "place", "Khorgos", 0, CITY("Khorgos", "KZ")),
    ("ab04", "place", "crossing in [[Kazakhstan]]", 0, KZ),
    ("ab04", "place", "Zhengzhou", 0, CITY("Zhengzhou", "CN")),
    ("ab04", "place", "[[Central Asian]] countries since", 0, CA),
    ("ab04", "place", "[[Chinese]] enterprises", 0, CN),
    ("ab04", "place", "Xi'an", 0, CITY("Xi'an", "CN")),
    ("ab04", "place", "Shaanxi Province", 0, REG("Shaanxi Province", "CN")),
    ("ab04", "place", "five [[Central Asian]] countries", 0, CA),
    ("ab04", "place", "The [[Kazakh]] delegation", 0, KZ),
    ("ab04", "place", "in [[China]] for", 0, CN),
    ("ab04", "place", "runs in [[Shanghai]]", 0, CITY("Shanghai", "CN")),
    # summits (the ordinal stays in the name (extra32); "(CIIE)" a mention (extra22))
    ("ab04", "summit", SREC, 0, S(SREC, "2025-11-20/2025-11-21", "Xi'an")),
    ("ab04", "summit", CIIE, 0, S(CIIE, "2025-11-05/2025-11-10", "Shanghai")),
    ("ab04", "summit", "([[CIIE]])", 0, S(CIIE, "2025-11-05/2025-11-10", "Shanghai")),
    # events ("exchanged views", "the talks": the headline's meeting; "agreed on the purchase": the part
    # told of the same signing; "attended": attendance at the ceremony; "is buying": a purchase;
    # "made ... investment", "reached": tallies; "will be held", "have been invited", "is in China": no
    # occurrence)
    ("ab04", "event", "Meets", 0, E("meeting", "2025-11-05", "Beijing", [MOFCOM, "Kazakhstan", MTI])),
    ("ab04", "event", "Witnesses [[Signing]]", 0,
     E("signing", "2025-11-05", "Beijing",
       [MOFCOM, "Kazakhstan", MTI, "COFCO International", "Food Corporation of Kazakhstan"], Q("7", "document"))),
    ("ab04", "event", "handover ceremony", 0,
     E("ceremony", "2025-11-04", "Osh", ["China", "Kyrgyzstan"], M("260000000", "CNY"))),
    ("ab04", "event", "were [[delivered]]", 0, E("delivery", "2025-11-03", "Khorgos", [AET, YUTONG], Q("120", "bus"))),
    ("ab04", "event", "was [[signed]] in Zhengzhou", 0,
     E("signing", "2025-05", "Zhengzhou", [AET, YUTONG], M("1100000000", "CNY", "approx"))),
    ("ab04", "event", "has [[delivered]] more", 0,
     E("delivery", None, None, [YUTONG, "Central Asia"], Q("3000", "bus", "gt"))),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "ab*.txt")
