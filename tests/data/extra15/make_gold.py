#!/usr/bin/env python3
"""Build tests/data/extra15/gold.jsonl from hand annotations of the k*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a Reuters
commodities wire on Congolese cobalt and a Zambian stake, an Express Tribune story on
CPEC power dues and Chinese workers' security with Rs/crore amounts, an XCMG press
release on a machinery handover at Dar es Salaam port, a KPL story on a Lao hydropower
groundbreaking with kip amounts) written BLIND: annotated from
shared/gold/NOTES.md and shared/spec/facts.md alone, without running bri_corpus
on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the
calls recorded in tests/data/extra3 ... extra13/make_gold.py; the comments record the
calls NOTES leaves open.  Calls made for the first time in this set:
  - "the quarter" after "the first quarter" is an anaphor with a calendar unit: a date (2025-Q1);
    "late 2023" -> the year, as "mid-2026" (w-call);
  - a price range "between $24,000 and $28,000 a ton" is one money fact, "between" inside the span
    as the spec's "between 40 and 50 locomotives"; a tonnage range "from 20 to 75 tonnes" is one
    quantity, the preposition "from" outside;
  - a provincial governor meeting a company stands for his province (a region participant), as a
    minister with no ministry named stands for his country (extra5);
  - "Senate panel" in a headline: the house before a lower-case generic noun is the organisation
    ("Senate"), as NOTES' "Kazakhstan government" is the country; the committee's briefing of
    officials, told with no meeting word, is no meeting event;
  - Pakistan's "the first quarter of FY25" -> the fiscal year's first three months (2024-07/2024-09);
  - "personnel" is its own singular unit; "about 20,000 Chinese nationals" keeps the demonym inside
    the quantity span (adjectives included) and is a place of its own;
  - "Source: XCMG Group" in a press release header is a byline (NOTES' "SOURCE: JAC Motors"), and
    "XCMG Group" is the group's own capitalised form: same organisation, span with "Group";
  - a handover ceremony of delivered machines told by a headline "Delivers" is one delivery
    occurrence (NOTES' first mention), its attendees' bodies taking part; a firm order placed
    "under the agreement" with no date of its own is an undated order; a company's running total
    "has delivered more than 3,500 machines" to a country is a delivery without point date
    (extra12's "produced since February");
  - "the Party and Government" in a Lao state-agency story are generic anaphors, as extra11's "the
    Bank"; a "provincial Party Committee" is an internal unit (NOTES' CPC Committee); the title
    "Minister of Energy and Mines" names no body (extra5), the later "Ministry of Energy and Mines"
    does, and the minister then stands for that ministry;
  - a hydropower plant named after a river ("Nam Ou 8") names no place; a plan name's year range
    ("... Development Plan 2026-2030") is inside a name; a person named like a town or region
    ("Kolwezi Mpoyo", "Dr Salome Kagera") or like a currency ("Yuan Honglin") is no fact;
  - the Reuters "Reporting by ... in Kinshasa" and "Our Standards" lines are chrome (w10); a
    Tribune "For queries call" line and its social-media line are chrome.
  (The brief asked for five documents; k05 (a West African investment-promotion release) was not
  written in the time given.)
Run:  python3 tests/data/extra15/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= k01 Reuters wire, Kinshasa/London (April 22, 2025 9:14 AM GMT+1)
CD = C("Congo", "CD")
ZM = C("Zambia", "ZM")
LUALABA = REG("Lualaba", "CD")
KOLWEZI = CITY("Kolwezi", "CD")
KIN = CITY("Kinshasa", "CD")
CMOC = "CMOC Group"
ARECOMS = "Strategic Mineral Substances Regulatory Authority"
KCC = "Kamoto Copper Company"
CDB = "China Development Bank"
ICBC = "Industrial and Commercial Bank of China"
KANS = "Kansanshi Resources"
A01 = [
    # dates (the "same period last year" gives only "last year" (w-call); "the quarter" after "the
    # first quarter" is anaphoric with a calendar unit; "late 2023" -> the year (w-call's "mid-2026");
    # "for four months", "since the ban": durations/no calendar point; the Reporting and "Our
    # Standards" lines are chrome)
    ("k01", "date", "April 22, 2025 9:14 AM", 0, "2025-04-22T09:14"),
    ("k01", "date", "April 22", 1, "2025-04-22"),
    ("k01", "date", "on [[Tuesday]]", 0, "2025-04-22"),
    ("k01", "date", "in [[the first quarter]],", 0, "2025-Q1"),
    ("k01", "date", "period [[last year]]", 0, "2024"),
    ("k01", "date", "late 2023", 0, "2023"),
    ("k01", "date", "January-March", 0, "2025-01/2025-03"),
    ("k01", "date", "the first quarter of 2024", 0, "2024-Q1"),
    ("k01", "date", "February 22", 0, "2025-02-22"),
    ("k01", "date", "last week", 0, "2025-W16"),
    ("k01", "date", "June 22", 0, "2025-06-22"),
    ("k01", "date", "on [[Monday]]", 0, "2025-04-21"),
    ("k01", "date", "in [[February]]", 0, "2025-02"),
    ("k01", "date", "in [[the quarter]]", 0, "2025-Q1"),
    ("k01", "date", "cobalt [[last year]]", 0, "2024"),
    ("k01", "date", "in [[March]]", 0, "2025-03"),
    ("k01", "date", "April 3", 0, "2025-04-03"),
    ("k01", "date", "April 15", 0, "2025-04-15"),
    ("k01", "date", "in [[2025]]", 0, "2025"),
    ("k01", "date", "the second half of the year", 0, "2025-H2"),
    # money ("a metric ton"/"a ton" rates stay outside (w-call); a price range is one fact)
    ("k01", "money", "$21,550", 0, M("21550", "USD")),
    ("k01", "money", "$33,400", 0, M("33400", "USD")),
    ("k01", "money", "US$ 480 million", 0, M("480000000", "USD")),
    ("k01", "money", "$1.2bn", 0, M("1200000000", "USD")),
    ("k01", "money", "between $24,000 and $28,000", 0, M("24000", "USD", amount_max="28000")),
    # quantities ("603993.SS", "3993.HK", "Clause 7.2": identifiers; "9:14" a time; "three quarters",
    # "four months", "two large ... mines": spelled out; "second-largest": a rank)
    ("k01", "quantity", "30,842 metric tons", 0, Q("30842", "t")),
    ("k01", "quantity", "28%", 0, Q("28", "%")),
    ("k01", "quantity", "15%", 0, Q("15", "%")),
    ("k01", "quantity", "170,574 tons", 0, Q("170574", "t")),
    ("k01", "quantity", "146,300 tons", 0, Q("146300", "t")),
    ("k01", "quantity", "55%", 0, Q("55", "%")),
    ("k01", "quantity", "60%", 0, Q("60", "%")),
    ("k01", "quantity", "52%", 0, Q("52", "%")),
    ("k01", "quantity", "23%", 0, Q("23", "%")),
    ("k01", "quantity", "7,800 tons", 0, Q("7800", "t")),
    ("k01", "quantity", "29,400 tons", 0, Q("29400", "t")),
    ("k01", "quantity", "30%", 0, Q("30", "%")),
    ("k01", "quantity", "1,100-kilometre", 0, Q("1100", "km")),
    ("k01", "quantity", "70%", 0, Q("70", "%")),
    ("k01", "quantity", "at least 40,000 tons", 0, Q("40000", "t", "ge")),
    ("k01", "quantity", "20 tons", 0, Q("20", "t")),
    # organisations (a company named in a title ("CMOC chairman") is tagged (extra5); "the Chinese
    # miner", "The company": generic; "Thomson Reuters" in the Standards line is chrome; the byline
    # names persons)
    ("k01", "organisation", "CMOC", 0, O(CMOC)),
    ("k01", "organisation", "([[Reuters]])", 0, O("Reuters")),
    ("k01", "organisation", CMOC, 0, O(CMOC)),
    ("k01", "organisation", "[[CMOC]] (603993.SS)", 0, O(CMOC)),
    ("k01", "organisation", "Shanghai Stock Exchange", 0, O("Shanghai Stock Exchange")),
    ("k01", "organisation", ARECOMS, 0, O(ARECOMS)),
    ("k01", "organisation", "ARECOMS", 0, O(ARECOMS)),
    ("k01", "organisation", "Fastmarkets", 0, O("Fastmarkets")),
    ("k01", "organisation", "Glencore", 0, O("Glencore")),
    ("k01", "organisation", KCC, 0, O(KCC)),
    ("k01", "organisation", "([[KCC]])", 0, O(KCC)),
    ("k01", "organisation", "[[KCC]] produced", 0, O(KCC)),
    ("k01", "organisation", "[[CMOC]] bought", 0, O(CMOC)),
    ("k01", "organisation", KANS, 0, O(KANS)),
    ("k01", "organisation", CDB, 0, O(CDB)),
    ("k01", "organisation", "([[CDB]])", 0, O(CDB)),
    ("k01", "organisation", ICBC, 0, O(ICBC)),
    ("k01", "organisation", "[[CMOC]] chairman", 0, O(CMOC)),
    ("k01", "organisation", "Macquarie", 0, O("Macquarie")),
    ("k01", "organisation", "Rawbank Securities", 0, O("Rawbank Securities")),
    # places (names as written: "Democratic Republic of Congo" and "Congo"; "Lualaba province": the
    # generic noun outside, "Copperbelt Province" a region as written (p03); "Swiss-based",
    # "Solwezi-based": the place; "Kolwezi Mpoyo" is a person named like a town; the Reporting line's
    # cities are chrome)
    ("k01", "place", "as [[Congo]] export", 0, CD),
    ("k01", "place", "KINSHASA", 0, KIN),
    ("k01", "place", "LONDON", 0, CITY("London", "GB")),
    ("k01", "place", "[[China]]'s CMOC", 0, CN),
    ("k01", "place", "Democratic Republic of Congo", 0, C("Democratic Republic of Congo", "CD")),
    ("k01", "place", "Fungurume", 0, CITY("Fungurume", "CD")),
    ("k01", "place", "in [[Congo]]'s Lualaba", 0, CD),
    ("k01", "place", "[[Lualaba]] province", 0, LUALABA),
    ("k01", "place", "\n\n[[Congo]], which", 0, CD),
    ("k01", "place", "Rotterdam", 0, CITY("Rotterdam", "NL")),
    ("k01", "place", "Swiss", 0, C("Switzerland", "CH")),
    ("k01", "place", "Solwezi", 0, CITY("Solwezi", "ZM")),
    ("k01", "place", "the [[Chinese]] miner", 0, CN),
    ("k01", "place", "[[Zambia]]'s Copperbelt", 0, ZM),
    ("k01", "place", "Copperbelt Province", 0, REG("Copperbelt Province", "ZM")),
    ("k01", "place", "its [[Hong Kong]] filing", 0, CITY("Hong Kong", "HK")),
    ("k01", "place", "[[Lualaba]] governor", 0, LUALABA),
    ("k01", "place", "in [[Kolwezi]] on", 0, KOLWEZI),
    ("k01", "place", "[[Congo]]'s cobalt exports", 0, CD),
    ("k01", "place", "[[Kinshasa]] brokerage", 0, KIN),
    # events (the headline "lifts cobalt output" and "rose", "fell", "traded", "expect": figures; the
    # export suspension and a possible extension: decisions, no type; the governor stands for his
    # province; the production sits at the province's mines (q01's "placed by the project's province"))
    ("k01", "event", "it [[produced]]", 0, E("production", "2025-Q1", "Lualaba", [CMOC], Q("30842", "t"))),
    ("k01", "event", "KCC [[produced]]", 0, E("production", "2024", None, [KCC], Q("29400", "t"))),
    ("k01", "event", "bought", 0, E("investment", "2025-03", None, [CMOC, KANS], M("480000000", "USD"))),
    ("k01", "event", "signed", 0, E("signing", "2025-04-03", None, [CMOC, CDB, ICBC], M("1200000000", "USD"))),
    ("k01", "event", "[[met]] CMOC", 0, E("meeting", "2025-04-15", "Kolwezi", ["Lualaba", CMOC])),
]

# ================================= k02 The Express Tribune, Islamabad (Published: November 14, 2024)
PK = C("Pakistan", "PK")
GWD = CITY("Gwadar", "PK")
ISB = CITY("Islamabad", "PK")
KHI = CITY("Karachi", "PK")
SENPOW = "Senate Standing Committee on Power"
PPIB = "Private Power and Infrastructure Board"
CIHC = "CIHC Pak Power Company"
CCCC = "China Communications Construction Company"
NEPRA = "National Electric Power Regulatory Authority"
SSD = "Special Security Division"
CPHGC = "China Power Hub Generation Company"
A02 = [
    # dates (Pakistan's fiscal year runs July-June (extra8): "FY24" -> 2023-07/2024-06, "the first
    # quarter of FY25" -> its first three months; "the same months of 2023": no calendar unit, only the
    # year; "within two weeks": a duration; the footer line is text (v01), the phone and social lines chrome)
    ("k02", "date", "November 14, 2024", 0, "2024-11-14"),
    ("k02", "date", "on [[Wednesday]]", 0, "2024-11-13"),
    ("k02", "date", "the end of September", 0, "2024-09"),
    ("k02", "date", "in [[June]]", 0, "2024-06"),
    ("k02", "date", "October 28", 0, "2024-10-28"),
    ("k02", "date", "FY24", 0, "2023-07/2024-06"),
    ("k02", "date", "the first quarter of FY25", 0, "2024-07/2024-09"),
    ("k02", "date", "July-October", 0, "2024-07/2024-10"),
    ("k02", "date", "of [[2023]]", 0, "2023"),
    ("k02", "date", "next month", 0, "2024-12"),
    ("k02", "date", "October 6", 0, "2024-10-06"),
    ("k02", "date", "November 2", 0, "2024-11-02"),
    ("k02", "date", "January 2025", 0, "2025-01"),
    ("k02", "date", "November 14th, 2024", 0, "2024-11-14"),
    # money (rupees are PKR; "b"/"tr" after Rs are billion/trillion; a crore is ten million (x05))
    ("k02", "money", "Rs423b", 0, M("423000000000", "PKR")),
    ("k02", "money", "Rs2.39tr", 0, M("2390000000000", "PKR")),
    ("k02", "money", "Rs423.6 billion", 0, M("423600000000", "PKR")),
    ("k02", "money", "Rs2.39 trillion", 0, M("2390000000000", "PKR")),
    ("k02", "money", "Rs2.31 trillion", 0, M("2310000000000", "PKR")),
    ("k02", "money", "Rs88 crore", 0, M("880000000", "PKR")),
    ("k02", "money", "$542 million", 0, M("542000000", "USD")),
    ("k02", "money", "about 14 billion rupees", 0, M("14000000000", "PKR", "approx")),
    ("k02", "money", "Rs110 billion", 0, M("110000000000", "PKR")),
    ("k02", "money", "Rs96 billion", 0, M("96000000000", "PKR")),
    ("k02", "money", "1.7 million yuan", 0, M("1700000", "CNY")),
    # quantities ("Section 7(3)": an identifier; the phone number is chrome; "two Chinese engineers":
    # spelled out; "personnel" is its own singular)
    ("k02", "quantity", "300MW", 0, Q("300", "MW")),
    ("k02", "quantity", "13%", 0, Q("13", "%")),
    ("k02", "quantity", "17%", 0, Q("17", "%")),
    ("k02", "quantity", "1,140GWh", 0, Q("1140", "GWh")),
    ("k02", "quantity", "1,320MW", 0, Q("1320", "MW")),
    ("k02", "quantity", "22%", 0, Q("22", "%")),
    ("k02", "quantity", "11,500 personnel", 0, Q("11500", "personnel")),
    ("k02", "quantity", "2,300 troops", 0, Q("2300", "troop")),
    ("k02", "quantity", "about 20,000 Chinese nationals", 0, Q("20000", "national", "approx")),
    ("k02", "quantity", "48 checkpoints", 0, Q("48", "checkpoint")),
    ("k02", "quantity", "653-kilometre", 0, Q("653", "km")),
    ("k02", "quantity", "1,250 cameras", 0, Q("1250", "camera")),
    ("k02", "quantity", "1,320MW", 1, Q("1320", "MW")),
    ("k02", "quantity", "40 reverse-osmosis water plants", 0, Q("40", "plant")),
    # organisations ("Senate panel" in the headline: the body before a lower-case generic noun, as
    # NOTES' "Kazakhstan government" is the country; "the committee", "the panel", "a senior ministry
    # official": generic; "Our Correspondent" a desk byline (t03); CPEC a programme; titles naming no
    # body ("Finance Minister", "Chief Secretary") are none; Facebook/Twitter in the chrome line)
    ("k02", "organisation", "Senate", 0, O("Senate")),
    ("k02", "organisation", SENPOW, 0, O(SENPOW)),
    ("k02", "organisation", "Ministry of Energy", 0, O("Ministry of Energy")),
    ("k02", "organisation", PPIB, 0, O(PPIB)),
    ("k02", "organisation", "([[PPIB]])", 0, O(PPIB)),
    ("k02", "organisation", CIHC, 0, O(CIHC)),
    ("k02", "organisation", CCCC, 0, O(CCCC)),
    ("k02", "organisation", NEPRA, 0, O(NEPRA)),
    ("k02", "organisation", "([[Nepra]])", 0, O(NEPRA)),
    ("k02", "organisation", "A [[Nepra]] official", 0, O(NEPRA)),
    ("k02", "organisation", "Port Qasim Electric Power Company", 0, O("Port Qasim Electric Power Company")),
    ("k02", "organisation", "Ministry of Interior", 0, O("Ministry of Interior")),
    ("k02", "organisation", SSD, 0, O(SSD)),
    ("k02", "organisation", "([[SSD]])", 0, O(SSD)),
    ("k02", "organisation", "Frontier Corps", 0, O("Frontier Corps")),
    ("k02", "organisation", "Gwadar Development Authority", 0, O("Gwadar Development Authority")),
    ("k02", "organisation", CPHGC, 0, O(CPHGC)),
    ("k02", "organisation", "([[CPHGC]])", 0, O(CPHGC)),
    ("k02", "organisation", "Pakistan International Airlines", 0, O("Pakistan International Airlines")),
    ("k02", "organisation", "The Express Tribune", 0, O("The Express Tribune")),
    # places (China/Pakistan in CPEC's long name are places (x03, v01); a port's, a free zone's and a
    # plant's town are tagged (u-call); "Lasbela district": the generic outside; places inside the
    # organisations' names are not tagged)
    ("k02", "place", "[[Chinese]] IPPs\n", 0, CN),
    ("k02", "place", "as [[Gwadar]] plant", 0, GWD),
    ("k02", "place", "ISLAMABAD", 0, ISB),
    ("k02", "place", "[[Chinese]] independent", 0, CN),
    ("k02", "place", "the [[China]]-Pakistan", 0, CN),
    ("k02", "place", "China-[[Pakistan]] Economic", 0, PK),
    ("k02", "place", "plant in [[Gwadar]],", 0, GWD),
    ("k02", "place", "in [[Islamabad]] on", 0, ISB),
    ("k02", "place", "to [[Gwadar]] port", 0, GWD),
    ("k02", "place", "the [[Gwadar]] Free Zone", 0, GWD),
    ("k02", "place", "that [[Pakistan]] paid", 0, PK),
    ("k02", "place", "to [[Chinese]] IPPs in", 0, CN),
    ("k02", "place", "in [[Beijing]]", 0, CITY("Beijing", "CN")),
    ("k02", "place", "OF [[CHINESE]] NATIONALS", 0, CN),
    ("k02", "place", "20,000 [[Chinese]] nationals", 0, CN),
    ("k02", "place", "working in [[Pakistan]]", 0, PK),
    ("k02", "place", "two [[Chinese]] engineers", 0, CN),
    ("k02", "place", "near [[Karachi]] airport", 0, KHI),
    ("k02", "place", "Balochistan", 0, REG("Balochistan", "PK")),
    ("k02", "place", "at [[Hub]],", 0, CITY("Hub", "PK")),
    ("k02", "place", "[[Lasbela]] district", 0, REG("Lasbela", "PK")),
    ("k02", "place", "from [[Karachi]],", 0, KHI),
    # events ("directed", "questioned", "allowed", "paid": no occurrence of a type; "were killed in an
    # attack": no type; "guard", "operates": states; "is expected to take up", "to be shipped",
    # "is scheduled": future; the committee's briefing has no meeting trigger; the plant "built by" its
    # contractor at a stated cost, undated, is a construction (extra12); the donation with a count and a
    # value takes the count (u-call))
    ("k02", "event", "signed", 0, E("signing", "2024-10-28", "Islamabad", [PPIB, CIHC])),
    ("k02", "event", "built", 0, E("construction", None, "Gwadar", [CCCC], M("542000000", "USD"))),
    ("k02", "event", "generated", 0, E("production", "2023-07/2024-06", "Gwadar", [CIHC], Q("1140", "GWh"))),
    ("k02", "event", "donated", 0, E("donation", "2024-11-02", "Lasbela", [CPHGC], Q("40", "plant"))),
]

# ================================= k03 XCMG press release (Release time: 2025-03-18 10:30)
TZ = C("Tanzania", "TZ")
DAR = CITY("Dar es Salaam", "TZ")
XCMG = "Xuzhou Construction Machinery Group Co., Ltd."
KMC = "Kilimanjaro Mining & Civil Ltd."
MOM = "Ministry of Minerals"
TPA = "Tanzania Ports Authority"
A03 = [
    # dates ("in 2025 and 2026": two facts; Tanzania's financial year runs July-June (u03); "next year"
    # -> 2026; "year on year", "a year": no calendar point; "21-day" a quantity; the Related lines
    # ("Bauma China 2024") are chrome)
    ("k03", "date", "2025-03-18 10:30", 0, "2025-03-18T10:30"),
    ("k03", "date", "March 16, 2025", 0, "2025-03-16"),
    ("k03", "date", "in [[2025]] and", 0, "2025"),
    ("k03", "date", "and [[2026]]", 0, "2026"),
    ("k03", "date", "the third quarter", 0, "2025-Q3"),
    ("k03", "date", "since [[2021]]", 0, "2021"),
    ("k03", "date", "the 2023/24 financial year", 0, "2023-07/2024-06"),
    ("k03", "date", "by [[2025]]", 0, "2025"),
    ("k03", "date", "January 20", 0, "2025-01-20"),
    ("k03", "date", "since [[2004]]", 0, "2004"),
    ("k03", "date", "in [[2024]]", 0, "2024"),
    ("k03", "date", "next year", 0, "2026"),
    # money
    ("k03", "money", "RMB 600 million", 0, M("600000000", "CNY")),
    ("k03", "money", "about US$ 83 million", 0, M("83000000", "USD", "approx")),
    ("k03", "money", "RMB 45.2 billion", 0, M("45200000000", "CNY")),
    # quantities (model names "XDE130", "XCA60E", the vessel "Xin Tai 8", the stock code and the
    # Related line's "1,000th" are no quantities; "a year" stays outside (w-call); a tonnage range is one
    # fact, "from" outside)
    ("k03", "quantity", "126 Units", 0, Q("126", "unit")),
    ("k03", "quantity", "126 units", 0, Q("126", "unit")),
    ("k03", "quantity", "40 XDE130 mining dump trucks", 0, Q("40", "truck")),
    ("k03", "quantity", "32 hydraulic excavators", 0, Q("32", "excavator")),
    ("k03", "quantity", "18 motor graders", 0, Q("18", "grader")),
    ("k03", "quantity", "36 wheel loaders", 0, Q("36", "loader")),
    ("k03", "quantity", "45 XCA60E electric mining trucks", 0, Q("45", "truck")),
    ("k03", "quantity", "more than 10%", 0, Q("10", "%", "gt")),
    ("k03", "quantity", "9.1%", 0, Q("9.1", "%")),
    ("k03", "quantity", "to [[10%]] by", 0, Q("10", "%")),
    ("k03", "quantity", "21-day", 0, Q("21", "day")),
    ("k03", "quantity", "91 tonnes", 0, Q("91", "t")),
    ("k03", "quantity", "20 to 75 tonnes", 0, Q("20", "t", amount_max="75")),
    ("k03", "quantity", "more than 3,500 machines", 0, Q("3500", "machine", "gt")),
    ("k03", "quantity", "19.6%", 0, Q("19.6", "%")),
    ("k03", "quantity", "about 14%", 0, Q("14", "%", "approx")),
    ("k03", "quantity", "6,000-square-metre", 0, Q("6000", "m2")),
    ("k03", "quantity", "120 local jobs", 0, Q("120", "job")),
    ("k03", "quantity", "30 students", 0, Q("30", "student")),
    # organisations ("Source: XCMG Group" is a byline (NOTES' SOURCE line); "XCMG Group" is the group as
    # written with a capital, the same organisation; "Ltd." keeps its period; the university's college
    # is an internal unit; "the government", "The group": generic; Related, contact and copyright lines
    # are chrome)
    ("k03", "organisation", "XCMG", 0, O(XCMG)),
    ("k03", "organisation", "Source: [[XCMG Group]]", 0, O(XCMG)),
    ("k03", "organisation", "of [[XCMG]] mining", 0, O(XCMG)),
    ("k03", "organisation", KMC, 0, O(KMC)),
    ("k03", "organisation", "([[KMC]])", 0, O(KMC)),
    ("k03", "organisation", MOM, 0, O(MOM)),
    ("k03", "organisation", TPA, 0, O(TPA)),
    ("k03", "organisation", "([[TPA]])", 0, O(TPA)),
    ("k03", "organisation", "[[KMC]] Chairman", 0, O(KMC)),
    ("k03", "organisation", XCMG, 0, O(XCMG)),
    ("k03", "organisation", "([[XCMG]])", 0, O(XCMG)),
    ("k03", "organisation", "[[XCMG]] and KMC", 0, O(XCMG)),
    ("k03", "organisation", "XCMG and [[KMC]]", 0, O(KMC)),
    ("k03", "organisation", "agreement, [[KMC]] placed", 0, O(KMC)),
    ("k03", "organisation", "[[XCMG]] has operated", 0, O(XCMG)),
    ("k03", "organisation", "[[XCMG]] (000425.SZ)", 0, O(XCMG)),
    ("k03", "organisation", "University of Dar es Salaam", 0, O("University of Dar es Salaam")),
    # places ("Dr Salome Kagera" is a person named like a region; a port's city is tagged; "Lake Zone"
    # is a region as written; places inside KMC's, TPA's and the university's names are not tagged)
    ("k03", "place", "[[Tanzanian]] Customer", 0, TZ),
    ("k03", "place", "at [[Dar es Salaam]] Port", 0, DAR),
    ("k03", "place", "Port of [[Dar es Salaam]]", 0, DAR),
    ("k03", "place", "Dar es Salaam, [[Tanzania]]", 0, TZ),
    ("k03", "place", "Lake Zone", 0, REG("Lake Zone", "TZ")),
    ("k03", "place", "[[Chinese]] Ambassador", 0, CN),
    ("k03", "place", "Ambassador to [[Tanzania]]", 0, TZ),
    ("k03", "place", "[[Tanzania]]'s mining", 0, TZ),
    ("k03", "place", "Lianyungang", 0, CITY("Lianyungang", "CN")),
    ("k03", "place", "at [[Dar es Salaam]] after", 0, DAR),
    ("k03", "place", "in [[Tanzania]] since", 0, TZ),
    ("k03", "place", "Africa", 0, REG("Africa")),
    ("k03", "place", "Dodoma", 0, CITY("Dodoma", "TZ")),
    # events (the headline "Delivers" anchors the handover (NOTES' first mention; the "handover ceremony"
    # is the same occurrence); its attendees take part: the deputy minister stands for her named ministry
    # (extra5), the ambassador for China (extra13); the customer's home country is no participant;
    # "left ... Port", "berthed": sub-steps; the firm order placed "under the agreement" is told with no
    # date of its own; "has delivered more than 3,500 machines": a running total, a delivery without a
    # point date (extra12's "produced since February"); "plans to open": future; "sponsors": a state)
    (
        "k03",
        "event",
        "Delivers",
        0,
        E("delivery", "2025-03-16", "Dar es Salaam", [XCMG, KMC, MOM, "China", TPA], Q("126", "unit")),
    ),
    ("k03", "event", "signed", 0, E("signing", "2025-03-16", "Dar es Salaam", [XCMG, KMC], M("600000000", "CNY"))),
    ("k03", "event", "firm [[order]]", 0, E("order", None, None, [XCMG, KMC], Q("45", "truck"))),
    ("k03", "event", "has [[delivered]]", 0, E("delivery", None, "Tanzania", [XCMG], Q("3500", "machine", "gt"))),
]

# ================================= k04 KPL, Vientiane (June 10, 2025)
LA = C("Laos", "LA")
VTE = CITY("Vientiane", "LA")
PHONGSALY = REG("Phongsaly", "LA")
PCR = "PowerChina Resources Limited"
EDL = "Electricite du Laos"
MEM = "Ministry of Energy and Mines"
A04 = [
    # dates ("November 15 last year" is one date, as v01's "June last year"; the plan's "2026-2030" is
    # inside a name; "54 months", "29-year": quantities)
    ("k04", "date", "June 10, 2025", 0, "2025-06-10"),
    ("k04", "date", "June 8", 0, "2025-06-08"),
    ("k04", "date", "November 15 last year", 0, "2024-11-15"),
    ("k04", "date", "in [[April]]", 0, "2025-04"),
    ("k04", "date", "the fourth quarter of 2029", 0, "2029-Q4"),
    ("k04", "date", "since [[January]]", 0, "2025-01"),
    ("k04", "date", "in [[2024]]", 0, "2024"),
    # money (kip -> LAK; "or about", "equal to about": approx)
    ("k04", "money", "US$ 412 million", 0, M("412000000", "USD")),
    ("k04", "money", "about 8,900 billion kip", 0, M("8900000000000", "LAK", "approx")),
    ("k04", "money", "96 billion kip", 0, M("96000000000", "LAK")),
    ("k04", "money", "about US$ 4.4 million", 0, M("4400000", "USD", "approx")),
    # quantities ("Nam Ou 8" a name, "10th" a rank, "six villages", "seven existing plants": spelled out;
    # "a year" outside (w-call))
    ("k04", "quantity", "180 MW", 0, Q("180", "MW")),
    ("k04", "quantity", "29-year", 0, Q("29", "year")),
    ("k04", "quantity", "some 1,450 hectares", 0, Q("1450", "ha", "approx")),
    ("k04", "quantity", "720 million kWh", 0, Q("720000000", "kWh")),
    ("k04", "quantity", "80 percent", 0, Q("80", "%")),
    ("k04", "quantity", "230 kV", 0, Q("230", "kV")),
    ("k04", "quantity", "54 months", 0, Q("54", "month")),
    ("k04", "quantity", "312 households", 0, Q("312", "household")),
    ("k04", "quantity", "14 km", 0, Q("14", "km")),
    ("k04", "quantity", "22 kV", 0, Q("22", "kV")),
    ("k04", "quantity", "13,000 MW", 0, Q("13000", "MW")),
    ("k04", "quantity", "1,272 MW", 0, Q("1272", "MW")),
    ("k04", "quantity", "about 5,000 million kWh", 0, Q("5000000000", "kWh", "approx")),
    # organisations (the agency tag and the signature line "KPL" are text (extra11, extra5); "Minister of
    # Energy and Mines" is a title naming no body (extra5), the later "Ministry of Energy and Mines" is the
    # body; "provincial Party Committee" an internal unit; "the Party and Government" generic anaphors, as
    # extra11's "the Bank"; the railway and the development plan are no organisations)
    ("k04", "organisation", "([[KPL]])", 0, O("KPL")),
    ("k04", "organisation", PCR, 0, O(PCR)),
    ("k04", "organisation", EDL, 0, O(EDL)),
    ("k04", "organisation", "([[EDL]])", 0, O(EDL)),
    ("k04", "organisation", PCR, 1, O(PCR)),
    ("k04", "organisation", "Ministry of Planning and Investment", 0, O("Ministry of Planning and Investment")),
    ("k04", "organisation", "the [[Ministry of Energy and Mines]]", 0, O(MEM)),
    ("k04", "organisation", "\n\n[[KPL]]", 0, O("KPL")),
    # places (a province and a district are regions, the generic noun outside; "Nam Ou" is a river, no
    # place; demonyms in a railway's name are places (extra8); "Khoua town" is the town of the district)
    ("k04", "place", "in [[Phongsaly]]\n", 0, PHONGSALY),
    ("k04", "place", "[[Vientiane]], June", 0, VTE),
    ("k04", "place", "[[Khoua]] district", 0, REG("Khoua", "LA")),
    ("k04", "place", "[[Phongsaly]] province", 0, PHONGSALY),
    ("k04", "place", "the [[Phongsaly]] provincial", 0, PHONGSALY),
    ("k04", "place", "[[Chinese]] Ambassador", 0, CN),
    ("k04", "place", "Ambassador to [[Laos]]", 0, LA),
    ("k04", "place", "to [[Vietnam]]", 0, C("Vietnam", "VN")),
    ("k04", "place", "[[Lai Chau]] province", 0, REG("Lai Chau", "VN")),
    ("k04", "place", "in [[Vientiane]] on", 0, VTE),
    ("k04", "place", "Chengdu", 0, CITY("Chengdu", "CN")),
    ("k04", "place", "the [[Laos]]-China", 0, LA),
    ("k04", "place", "Laos-[[China]] Railway", 0, CN),
    ("k04", "place", "Muang Xay", 0, CITY("Muang Xay", "LA")),
    ("k04", "place", "[[Khoua]] town", 0, CITY("Khoua", "LA")),
    ("k04", "place", "[[Lao]] workers", 0, LA),
    ("k04", "place", "help [[Laos]] reach", 0, LA),
    # events (the headline "Groundbreaking" anchors the start of building work (w07/v03: construction),
    # placed by the district; the Deputy Prime Minister stands for Laos, the minister for his ministry that
    # the document names (extra5), the governor for his province, the ambassador for China (extra13);
    # "granted the concession": a permit (extra11); "will be built", "will move", "is expected": future;
    # "had already built 14 km ... since January": the province's building work, no point date (extra12);
    # the cascade's 2024 output: production with no operator named)
    (
        "k04",
        "event",
        "Groundbreaking",
        0,
        E("construction", "2025-06-08", "Khoua", ["Laos", MEM, "Phongsaly", "China", PCR]),
    ),
    ("k04", "event", "signed", 0, E("signing", "2024-11-15", "Vientiane", [EDL, PCR])),
    ("k04", "event", "already [[built]]", 0, E("construction", None, None, ["Phongsaly"], Q("14", "km"))),
    ("k04", "event", "generated", 0, E("production", "2024", None, None, Q("5000000000", "kWh", "approx"))),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "k*.txt")
