#!/usr/bin/env python3
"""Build tests/data/extra4/gold.jsonl from hand annotations of the w*.txt documents here.

The ten documents are invented but realistic Belt and Road news texts (an UzA
government news release, a Global Times story on a Chinese SOE in Cameroon, a
Jakarta Globe business story on Morowali nickel, a Serbian business weekly, an
East African weekly with KSh/ETB/USh amounts, a Sri Lankan business daily, an
Arab News story on Saudi Arabia, Iraq and Egypt, a Latin American briefing with
R$/ARS amounts, a MOFCOM statistics release, a Reuters wire from Athens) written
BLIND: annotated from shared/gold/NOTES.md and shared/spec/facts.md alone,
without running bri_corpus on them, so that they measure the extractors on
unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and
the calls recorded in tests/data/extra3/make_gold.py; the comments record the
calls NOTES leaves open.  Calls made for the first time in this set:
  - a rate written "N units a day/a year" keeps the rate outside the span and
    the unit plain (z04 "16 trains a day", z07 "50 bcm-a-year"): "300,000
    barrels a day" -> 300000 barrel;
  - "mid-2026", like "the end of 2023", has no modifier in the spec: the year;
  - "the same period" (no calendar unit) is not a date; "the same period last
    year" gives only "last year";
  - statistical aggregates of many firms (MOFCOM's "made ... investment",
    "contracts ... were signed", the CIIE's "intended deals") are tallies, not
    occurrences;
  - the start ("Work began") and the completion ("completes") of one building
    work are two construction occurrences;
  - buying a plant or a stake is an investment (as z02's "acquired a 5% stake"),
    not a purchase of supplies;
  - "the Forum" after the Forum's full name is an anaphor, as "this summit".
Run:  python3 tests/data/extra4/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")
BEJ = CITY("Beijing", "CN")
EXIM = "Export-Import Bank of China"
CCCC = "China Communications Construction Company"
CHEC = "China Harbour Engineering Company"

# ================================= w01 UzA news release, Beijing (18.10.2023 16:05)
UZ = C("Uzbekistan", "UZ")
KG = C("Kyrgyzstan", "KG")
SAM = CITY("Samarkand", "UZ")
UZA = "National News Agency of Uzbekistan"
CNPC = "China National Petroleum Corporation"
CEEG = "China Energy Engineering Group"
BYDUZ = "BYD Uzbekistan Factory"
AIIB = "Asian Infrastructure Investment Bank"
BRF3 = "third Belt and Road Forum for International Cooperation"
BRF3_DATE = "2023-10-17/2023-10-18"
A01 = [
    # dates (the Tags and copyright lines are chrome)
    ("w01", "date", "18.10.2023 16:05", 0, "2023-10-18T16:05"),
    ("w01", "date", "18 October", 0, "2023-10-18"),
    ("w01", "date", "on [[17 October]].", 0, "2023-10-17"),
    ("w01", "date", "17-18 October", 0, BRF3_DATE),
    ("w01", "date", "last year", 0, "2022"),
    ("w01", "date", "the end of 2023", 0, "2023"),  # like "the end of January 2020" -> 2020-01
    ("w01", "date", "2006", 0, "2006"),
    ("w01", "date", "the third quarter of this year", 0, "2023-Q3"),
    ("w01", "date", "in [[May]]", 0, "2023-05"),
    ("w01", "date", "next year", 0, "2024"),
    ("w01", "date", "16 October", 0, "2023-10-16"),
    ("w01", "date", "14-16 September 2022", 0, "2022-09-14/2022-09-16"),
    # money ("exceed": gt; "another $4.8 billion", "worth a total of": no qualifier)
    ("w01", "money", "$25 billion", 0, M("25000000000", "USD")),
    ("w01", "money", "$25 billion", 1, M("25000000000", "USD")),
    ("w01", "money", "$9 billion", 0, M("9000000000", "USD")),
    ("w01", "money", "$10 billion", 0, M("10000000000", "USD", "gt")),
    ("w01", "money", "$4.8 billion", 0, M("4800000000", "USD")),
    ("w01", "money", "2.6 trillion soums", 0, M("2600000000000", "UZS")),
    ("w01", "money", "about $213 million", 0, M("213000000", "USD", "approx")),
    ("w01", "money", "$2.1 billion", 0, M("2100000000", "USD")),
    ("w01", "money", "$150 million", 0, M("150000000", "USD")),
    # quantities ("third": rank)
    ("w01", "quantity", "46 documents", 0, Q("46", "document")),
    ("w01", "quantity", "more than 140 countries", 0, Q("140", "country", "gt")),
    ("w01", "quantity", "3,000 electric and hybrid vehicles", 0, Q("3000", "vehicle")),
    ("w01", "quantity", "523-kilometre", 0, Q("523", "km")),
    ("w01", "quantity", "12 projects", 0, Q("12", "project")),
    # organisations (the masthead is text; "UzA" in the copyright line is chrome;
    # "the heads of state", "The bank", "the company" are generic)
    ("w01", "organisation", "[[UzA]] |", 0, O(UZA)),
    ("w01", "organisation", UZA, 0, O(UZA)),
    ("w01", "organisation", "([[UzA]])", 0, O(UZA)),
    ("w01", "organisation", CNPC, 0, O(CNPC)),
    ("w01", "organisation", "([[CNPC]])", 0, O(CNPC)),
    ("w01", "organisation", "[[CNPC]] has been", 0, O(CNPC)),
    ("w01", "organisation", CEEG, 0, O(CEEG)),
    ("w01", "organisation", "and [[BYD]].", 0, O("BYD")),
    ("w01", "organisation", BYDUZ, 0, O(BYDUZ)),
    ("w01", "organisation", AIIB, 0, O(AIIB)),
    ("w01", "organisation", "([[AIIB]])", 0, O(AIIB)),
    ("w01", "organisation", "[[AIIB]] Vice", 0, O(AIIB)),
    # places ("the China-Kyrgyzstan-Uzbekistan railway": places in a line's name count)
    ("w01", "place", "BEIJING", 0, BEJ),
    ("w01", "place", "President of [[Uzbekistan]]", 0, UZ),
    ("w01", "place", "in [[China]] for", 0, CN),
    ("w01", "place", "[[Chinese]] President", 0, CN),
    ("w01", "place", "[[China]]-Kyrgyzstan-Uzbekistan", 0, CN),
    ("w01", "place", "China-[[Kyrgyzstan]]-Uzbekistan", 0, KG),
    ("w01", "place", "China-Kyrgyzstan-[[Uzbekistan]]", 0, UZ),
    ("w01", "place", "in [[Beijing]], brought", 0, BEJ),
    ("w01", "place", "between [[Uzbekistan]] and", 0, UZ),
    ("w01", "place", "and [[China]] reached", 0, CN),
    ("w01", "place", "present in [[Uzbekistan]]", 0, UZ),
    ("w01", "place", "Bukhara", 0, REG("Bukhara", "UZ")),
    ("w01", "place", "Kashkadarya", 0, REG("Kashkadarya", "UZ")),
    ("w01", "place", "in [[Jizzakh]] region", 0, REG("Jizzakh", "UZ")),
    ("w01", "place", "to [[Kazakhstan]] or", 0, C("Kazakhstan", "KZ")),
    ("w01", "place", "or [[Kyrgyzstan]],", 0, KG),
    ("w01", "place", "[[China]]-Kyrgyzstan-Uzbekistan", 1, CN),
    ("w01", "place", "China-[[Kyrgyzstan]]-Uzbekistan", 1, KG),
    ("w01", "place", "China-Kyrgyzstan-[[Uzbekistan]]", 1, UZ),
    ("w01", "place", "Kashgar", 0, CITY("Kashgar", "CN")),
    ("w01", "place", "Andijan", 0, CITY("Andijan", "UZ")),
    ("w01", "place", "the [[Uzbek]] delegation", 0, UZ),
    ("w01", "place", "the [[Beijing]] office", 0, BEJ),
    ("w01", "place", "projects in [[Uzbekistan]]", 0, UZ),
    ("w01", "place", "networks in [[Samarkand]]", 0, SAM),
    ("w01", "place", "visit to [[Uzbekistan]]", 0, UZ),
    ("w01", "place", "summit in [[Samarkand]]", 0, SAM),
    # summits ("The Forum", "the Forum": anaphors; "the high-level forum on connectivity": unnamed)
    ("w01", "summit", BRF3, 0, S(BRF3, BRF3_DATE, "Beijing")),
    ("w01", "summit", "SCO summit", 0, S("SCO summit", None, "Samarkand")),
    # events ("discussed": part of the talks; "considered", "will be implemented", "is expected
    # to begin": not occurrences; "does not yet export": negated; "has financed 12 projects": a
    # tally; the feasibility study "was completed": no building work; the talks are placed by
    # "who is in China" (the dateline is no location); the headline signing "Following the
    # negotiations" gets no date of its own)
    ("w01", "event", "holds [[talks]]", 0, E("meeting", "2023-10-17", "China", ["Uzbekistan", "China"])),
    (
        "w01",
        "event",
        "billion [[signed]]",
        0,
        E("signing", None, "China", ["Uzbekistan", "China"], M("25000000000", "USD")),
    ),
    ("w01", "event", "also [[met]]", 0, E("meeting", BRF3_DATE, "Beijing", ["Uzbekistan", CNPC, CEEG, "BYD"])),
    ("w01", "event", "produced", 0, E("production", "2023-Q3", "Jizzakh", [BYDUZ], Q("3000", "vehicle"))),
    ("w01", "event", "delegation [[visited]]", 0, E("visit", "2023-10-16", "Beijing", ["Uzbekistan", AIIB])),
    (
        "w01",
        "event",
        "Limitovskiy [[signed]]",
        0,  # during the visit of 16 October
        E("signing", "2023-10-16", "Beijing", ["Uzbekistan", AIIB], M("150000000", "USD")),
    ),
    (
        "w01",
        "event",
        "state visit",
        0,
        E("visit", "2022-09-14/2022-09-16", "Uzbekistan", ["China", "Uzbekistan"]),
    ),
]

# ================================= w02 Global Times, CHEC in Cameroon (Jan 10, 2024 09:32 PM)
CM = C("Cameroon", "CM")
KRIBI = CITY("Kribi", "CM")
GT = "Global Times"
PAK = "Port Autonome de Kribi"
A02 = [
    # dates ("for ten consecutive years": a spelled-out duration; "year-on-year": no calendar point)
    ("w02", "date", "Jan 10, 2024 09:32 PM", 0, "2024-01-10T21:32"),
    ("w02", "date", "on [[Wednesday]]", 0, "2024-01-10"),
    ("w02", "date", "January 6", 0, "2024-01-06"),
    ("w02", "date", "June 2019", 0, "2019-06"),
    ("w02", "date", "the first nine months of 2023", 0, "2023-01/2023-09"),
    ("w02", "date", "in [[2009]]", 0, "2009"),
    ("w02", "date", "March 2018", 0, "2018-03"),
    ("w02", "date", "the end of 2024", 0, "2024"),
    ("w02", "date", "on [[Monday]]", 0, "2024-01-08"),
    ("w02", "date", "since [[2016]]", 0, "2016"),
    ("w02", "date", "in [[2022]]", 0, "2022"),
    ("w02", "date", "December 2015", 0, "2015-12"),
    # money (the CFA franc of Central Africa is XAF; the Related line is chrome)
    ("w02", "money", "about 400 billion CFA francs", 0, M("400000000000", "XAF", "approx")),
    ("w02", "money", "roughly $660 million", 0, M("660000000", "USD", "approx")),
    ("w02", "money", "$4.3 billion", 0, M("4300000000", "USD")),
    # quantities ("second phase", "first phase": ranks; "1.3 million TEUs a year": the rate
    # stays outside the span)
    ("w02", "quantity", "715-meter", 0, Q("715", "m")),
    ("w02", "quantity", "1.3 million TEUs", 0, Q("1300000", "TEU")),
    ("w02", "quantity", "85 percent", 0, Q("85", "%")),
    ("w02", "quantity", "more than 2,100 local workers", 0, Q("2100", "worker", "gt")),
    ("w02", "quantity", "100,000 tons", 0, Q("100000", "t")),
    ("w02", "quantity", "1.1 million tonnes", 0, Q("1100000", "t")),
    ("w02", "quantity", "18.5 percent", 0, Q("18.5", "%")),
    ("w02", "quantity", "38.5-km", 0, Q("38.5", "km")),
    ("w02", "quantity", "1,200 kilometers", 0, Q("1200", "km")),
    ("w02", "quantity", "more than 6,000 Cameroonian ICT students", 0, Q("6000", "student", "gt")),
    # organisations (the masthead and "Source: Global Times" are text, as z03's "Source: Xinhua";
    # "CHEC's Cameroon office": an internal unit, CHEC tagged; "China's General Administration of
    # Customs": the country is a place, as extra3 reads "Vietnam's Ministry of Transport" (y10 had
    # read this very phrase as one organisation); "the company", "The company": generic)
    ("w02", "organisation", "GLOBAL TIMES", 0, O(GT)),
    ("w02", "organisation", "Source: [[Global Times]]", 0, O(GT)),
    ("w02", "organisation", CHEC, 0, O(CHEC)),
    ("w02", "organisation", "([[CHEC]])", 0, O(CHEC)),
    ("w02", "organisation", CCCC, 0, O(CCCC)),
    ("w02", "organisation", "([[CCCC]])", 0, O(CCCC)),
    ("w02", "organisation", "told the [[Global Times]] on", 0, O(GT)),
    ("w02", "organisation", PAK, 0, O(PAK)),
    ("w02", "organisation", "([[PAK]])", 0, O(PAK)),
    ("w02", "organisation", EXIM, 0, O(EXIM)),
    ("w02", "organisation", "China Exim Bank", 0, O(EXIM)),
    ("w02", "organisation", "according to [[CHEC]]", 0, O(CHEC)),
    ("w02", "organisation", "[[CHEC]]'s Cameroon", 0, O(CHEC)),
    ("w02", "organisation", "told the [[Global Times]].", 0, O(GT)),
    ("w02", "organisation", "[[CHEC]] first", 0, O(CHEC)),
    ("w02", "organisation", "[[Huawei]] and", 0, O("Huawei")),
    ("w02", "organisation", "CAMTEL", 0, O("CAMTEL")),
    ("w02", "organisation", "[[Huawei]] has trained", 0, O("Huawei")),
    ("w02", "organisation", "General Administration of Customs", 0, O("General Administration of Customs")),
    # places (Kribi in the port's name is the port's city, as x04's Hambantota; the Kribi-Lolabe
    # highway's places count, as line names do; China/Africa inside the FOCAC summit's name are not)
    ("w02", "place", "[[Chinese]] builder", 0, CN),
    ("w02", "place", "[[Cameroon]]'s Kribi", 0, CM),
    ("w02", "place", "Cameroon's [[Kribi]] deep-sea", 0, KRIBI),
    ("w02", "place", "the [[Kribi]] deep-sea", 0, KRIBI),
    ("w02", "place", "port in [[Cameroon]], the", 0, CM),
    ("w02", "place", "[[Cameroonian]] Minister", 0, CM),
    ("w02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("w02", "place", "CHEC's [[Cameroon]] office", 0, CM),
    ("w02", "place", '"[[Kribi]] is now', 0, KRIBI),
    ("w02", "place", "port in [[Cameroon]] that", 0, CM),
    ("w02", "place", "arrived in [[Cameroon]]", 0, CM),
    ("w02", "place", "the [[Kribi]]-Lolabe", 0, KRIBI),
    ("w02", "place", "Lolabe", 0, CITY("Lolabe", "CM")),
    ("w02", "place", "[[Cameroon]]'s national operator", 0, CM),
    ("w02", "place", "[[Cameroonian]] ICT", 0, CM),
    ("w02", "place", "[[China]] has been", 0, CN),
    ("w02", "place", "been [[Cameroon]]'s largest", 0, CM),
    ("w02", "place", "[[China]]'s General", 0, CN),
    ("w02", "place", "[[Chinese]] experts", 0, CN),
    ("w02", "place", "Central Africa", 0, REG("Central Africa")),
    # summits
    (
        "w02",
        "summit",
        "Johannesburg Summit of the Forum on China-Africa Cooperation",
        0,
        S("Johannesburg Summit of the Forum on China-Africa Cooperation", "2015-12", "Johannesburg"),
    ),
    # events ("was financed by a loan": financing; "were employed", "handled", "has trained":
    # figures and tallies; "arrived": no type; "is also building", "scheduled for completion":
    # under way / future; "was not disclosed": no event; the handover "at a ceremony" is one
    # ceremony, as x02's "hands over")
    ("w02", "event", "completes", 0, E("construction", None, "Kribi", [CHEC])),
    (
        "w02",
        "event",
        "handed over",
        0,
        E("ceremony", "2024-01-06", None, [CHEC, PAK, "Cameroon", "China"]),
    ),
    ("w02", "event", "Work [[began]]", 0, E("construction", "2019-06", "Kribi", [CHEC])),
    ("w02", "event", "and [[built]] the first", 0, E("construction", None, "Kribi", [CHEC])),
    ("w02", "event", "which [[opened]] in March", 0, E("ceremony", "2018-03", "Kribi")),
    (
        "w02",
        "event",
        "Monday [[signed]]",
        0,
        E("signing", "2024-01-08", None, ["Huawei", "CAMTEL"], Q("1200", "km")),
    ),
]

# ================================= w03 Jakarta Globe business story (November 8, 2023, 4:12 pm)
ID = C("Indonesia", "ID")
MOROWALI = REG("Morowali", "ID")
HUAYOU = "Zhejiang Huayou Cobalt Co."
VALE = "PT Vale Indonesia Tbk"
TSH = "Tsingshan Holding Group"
ANTAM = "PT Aneka Tambang"
HNC = "PT Huayue Nickel Cobalt"
A03 = [
    # dates ("last December": the closest past December; "the same period": no calendar unit)
    ("w03", "date", "November 8, 2023, 4:12 pm", 0, "2023-11-08T16:12"),
    ("w03", "date", "on [[Tuesday]]", 0, "2023-11-07"),
    ("w03", "date", "in [[2026]]", 0, "2026"),
    ("w03", "date", "January-September", 0, "2023-01/2023-09"),
    ("w03", "date", "last year", 0, "2022"),
    ("w03", "date", "in [[2022]]", 0, "2022"),
    ("w03", "date", "last December", 0, "2022-12"),
    ("w03", "date", "last month", 0, "2023-10"),
    ("w03", "date", "Oct. 30-31", 0, "2023-10-30/2023-10-31"),
    ("w03", "date", "January 2020", 0, "2020-01"),
    ("w03", "date", "this year", 0, "2023"),
    # money (Rp is the rupiah)
    ("w03", "money", "Rp 67.5 trillion", 0, M("67500000000000", "IDR")),
    ("w03", "money", "$4.3 billion", 0, M("4300000000", "USD")),
    ("w03", "money", "$5.6 billion", 0, M("5600000000", "USD")),
    ("w03", "money", "Rp 1.2 trillion", 0, M("1200000000000", "IDR")),
    ("w03", "money", "$30 billion", 0, M("30000000000", "USD", "gt")),  # "exceed"
    # quantities ("nearly half": no number; "the first 50,000 tons": "first" is no qualifier)
    ("w03", "quantity", "up to 120,000 tons", 0, Q("120000", "t", "le")),
    ("w03", "quantity", "4,000-hectare", 0, Q("4000", "ha")),
    ("w03", "quantity", "about 86,000 workers", 0, Q("86000", "worker", "approx")),
    ("w03", "quantity", "9,800 Chinese nationals", 0, Q("9800", "national")),
    ("w03", "quantity", "12 percent", 0, Q("12", "%")),
    ("w03", "quantity", "1.6 million tons", 0, Q("1600000", "t")),
    ("w03", "quantity", "13 workers", 0, Q("13", "worker")),
    ("w03", "quantity", "50,000 tons", 0, Q("50000", "t")),
    # organisations (the Indonesia Morowali Industrial Park (IMIP) is a park, as z04's Great Stone
    # industrial park, so its places count; "Vale Indonesia" is PT Vale Indonesia Tbk; the Read also
    # and copyright lines are chrome; "Investment Minister" is a title)
    ("w03", "organisation", "[[Jakarta Globe]]\n", 0, O("Jakarta Globe")),
    ("w03", "organisation", HUAYOU, 0, O(HUAYOU)),
    ("w03", "organisation", VALE, 0, O(VALE)),
    ("w03", "organisation", "[[Vale Indonesia]] president", 0, O(VALE)),
    ("w03", "organisation", "[[Huayou]] is already", 0, O(HUAYOU)),
    ("w03", "organisation", TSH, 0, O(TSH)),
    ("w03", "organisation", "PT Bintang Delapan", 0, O("PT Bintang Delapan")),
    ("w03", "organisation", "Investment Ministry", 0, O("Investment Ministry")),
    ("w03", "organisation", "PT Indonesia Tsingshan Stainless Steel", 0, O("PT Indonesia Tsingshan Stainless Steel")),
    ("w03", "organisation", "([[ITSS]])", 0, O("PT Indonesia Tsingshan Stainless Steel")),
    ("w03", "organisation", "[[Tsingshan Holding]] said", 0, O(TSH)),
    ("w03", "organisation", ANTAM, 0, O(ANTAM)),
    ("w03", "organisation", "([[Antam]])", 0, O(ANTAM)),
    ("w03", "organisation", HNC, 0, O(HNC)),
    # places
    ("w03", "place", "[[Morowali]] Nickel Boom", 0, MOROWALI),
    ("w03", "place", "Fresh [[Chinese]] Money", 0, CN),
    ("w03", "place", "[[Jakarta]]. Chinese", 0, CITY("Jakarta", "ID")),
    ("w03", "place", "[[Chinese]] battery", 0, CN),
    ("w03", "place", "[[Indonesian]] partner", 0, ID),
    ("w03", "place", "Pomalaa", 0, CITY("Pomalaa", "ID")),
    ("w03", "place", "Southeast Sulawesi", 0, REG("Southeast Sulawesi", "ID")),
    ("w03", "place", "signing in [[Jakarta]]", 0, CITY("Jakarta", "ID")),
    ("w03", "place", "the [[Indonesia]] Morowali", 0, ID),
    ("w03", "place", "Indonesia [[Morowali]] Industrial", 0, MOROWALI),
    ("w03", "place", "Central Sulawesi", 0, REG("Central Sulawesi", "ID")),
    ("w03", "place", "[[China]]'s Tsingshan", 0, CN),
    ("w03", "place", "[[Indonesia]]'s PT Bintang", 0, ID),
    ("w03", "place", "9,800 [[Chinese]] nationals", 0, CN),
    ("w03", "place", "[[Chinese]] investment", 0, CN),
    ("w03", "place", "[[Indonesia]]'s metal", 0, ID),
    ("w03", "place", "[[Indonesia]] produced", 0, ID),
    ("w03", "place", "in [[Morowali]] last", 0, MOROWALI),
    ("w03", "place", "Shanghai", 0, CITY("Shanghai", "CN")),
    ("w03", "place", "said [[Indonesia]] would", 0, ID),
    ("w03", "place", "[[Indonesia]]'s exports", 0, ID),
    ("w03", "place", "from [[Morowali]], are", 0, MOROWALI),
    # events ("will produce", "starts operating", "would not lift", "We will continue", "are expected
    # to exceed": future; "developed by": no building milestone (as z03); "employs", "reached",
    # "produced 1.6 million tons" (a country's output): figures; "killed": no type; "had not
    # received", "has not revoked": negated; "the signing in Jakarta" is the same signing)
    (
        "w03",
        "event",
        "Tuesday [[signed]]",
        0,
        E("signing", "2023-11-07", "Jakarta", [HUAYOU, VALE], M("67500000000000", "IDR")),
    ),
    ("w03", "event", "it [[delivered]]", 0, E("delivery", "2023-10", "Morowali", [ANTAM, HNC], Q("50000", "t"))),
    ("w03", "event", "who [[visited]]", 0, E("visit", "2023-10-30/2023-10-31", "Shanghai", ["Indonesia"])),
]

# ================================= w04 Serbian business weekly, Belgrade (21.03.2024.)
RS = C("Serbia", "RS")
HU = C("Hungary", "HU")
BEG = CITY("Belgrade", "RS")
BUD = CITY("Budapest", "HU")
SMED = CITY("Smederevo", "RS")
NSAD = CITY("Novi Sad", "RS")
SUB = CITY("Subotica", "RS")
ZRE = CITY("Zrenjanin", "RS")
HBISRS = "HBIS Group Serbia Iron & Steel"
MCTI = "Serbian Ministry of Construction, Transport and Infrastructure"
CRI = "China Railway International"
LING = "Linglong International Europe"
A04 = [
    # dates ("since then": a bare adverb)
    ("w04", "date", "21.03.2024", 0, "2024-03-21"),
    ("w04", "date", "steel in [[2023]]", 0, "2023"),
    ("w04", "date", "over [[2022]]", 0, "2022"),
    ("w04", "date", "on [[Wednesday]]", 0, "2024-03-20"),
    ("w04", "date", "April 2016", 0, "2016-04"),
    ("w04", "date", "8 March", 0, "2024-03-08"),
    ("w04", "date", "next month", 0, "2024-04"),
    ("w04", "date", "19 March 2022", 0, "2022-03-19"),
    ("w04", "date", "before [[2025]]", 0, "2025"),
    ("w04", "date", "on [[Tuesday]]", 0, "2024-03-19"),
    ("w04", "date", "in [[2021]]", 0, "2021"),
    ("w04", "date", "October last year", 0, "2023-10"),
    ("w04", "date", "July 1", 0, "2024-07-01"),
    # money ("over": gt)
    ("w04", "money", "EUR 46 million", 0, M("46000000", "EUR")),
    ("w04", "money", "over USD 300 million", 0, M("300000000", "USD", "gt")),
    ("w04", "money", "USD 1.16 billion", 0, M("1160000000", "USD")),
    ("w04", "money", "HUF 750 billion", 0, M("750000000000", "HUF")),
    ("w04", "money", "RSD 58 billion", 0, M("58000000000", "RSD")),
    ("w04", "money", "EUR 800 million", 0, M("800000000", "EUR")),
    # quantities ("a record" is no qualifier; "second-largest": rank)
    ("w04", "quantity", "1.98 million tonnes", 0, Q("1980000", "t")),
    ("w04", "quantity", "7%", 0, Q("7", "%")),
    ("w04", "quantity", "around 5,000 people", 0, Q("5000", "person", "approx")),
    ("w04", "quantity", "roughly 1.6%", 0, Q("1.6", "%", "approx")),
    ("w04", "quantity", "108-kilometre", 0, Q("108", "km")),
    ("w04", "quantity", "up to 200 km/h", 0, Q("200", "km/h", "le")),
    ("w04", "quantity", "70 minutes", 0, Q("70", "minute")),
    ("w04", "quantity", "more than 10 million passengers", 0, Q("10000000", "passenger", "gt")),
    ("w04", "quantity", "152-km", 0, Q("152", "km")),
    ("w04", "quantity", "85%", 0, Q("85", "%")),
    # organisations (the masthead is text; "HBIS", the parent, and its Serbian unit are taken as
    # written, as CETC and CETC International; "Serbian Ministry of ...": one name, as "Chinese
    # Foreign Ministry"; "Hungary's ... company MAV": the country is a place; "the Zrenjanin city
    # administration": a lower-case generic noun after a city, as x10's Tashkent)
    ("w04", "organisation", "Serbia Economic Review", 0, O("Serbia Economic Review")),
    ("w04", "organisation", HBISRS, 0, O(HBISRS)),
    ("w04", "organisation", "[[HBIS]], China's", 0, O("HBIS")),
    ("w04", "organisation", MCTI, 0, O(MCTI)),
    ("w04", "organisation", CRI, 0, O(CRI)),
    ("w04", "organisation", "([[CRI]])", 0, O(CRI)),
    ("w04", "organisation", CCCC, 0, O(CCCC)),
    ("w04", "organisation", "([[CCCC]])", 0, O(CCCC)),
    ("w04", "organisation", EXIM, 0, O(EXIM)),
    ("w04", "organisation", "Srbija Voz", 0, O("Srbija Voz")),
    ("w04", "organisation", "MAV", 0, O("MAV")),
    ("w04", "organisation", LING, 0, O(LING)),
    ("w04", "organisation", "[[Linglong]] opened", 0, O(LING)),
    # places
    ("w04", "place", "[[Belgrade]], 21", 0, BEG),
    ("w04", "place", "[[Chinese]]-owned Smederevo", 0, CN),
    ("w04", "place", "Chinese-owned [[Smederevo]]", 0, SMED),
    ("w04", "place", "as [[Novi Sad]]-Subotica", 0, NSAD),
    ("w04", "place", "as Novi Sad-[[Subotica]]", 0, SUB),
    ("w04", "place", "the [[Chinese]]-owned steel", 0, CN),
    ("w04", "place", "mill in [[Smederevo]]", 0, SMED),
    ("w04", "place", "[[China]]'s second", 0, CN),
    ("w04", "place", "the [[Serbian]] state", 0, RS),
    ("w04", "place", "of [[Serbia]]'s exports", 0, RS),
    ("w04", "place", "[[Serbian]] President", 0, RS),
    ("w04", "place", "[[Chinese]] Ambassador", 0, CN),
    ("w04", "place", "108-kilometre [[Novi Sad]]", 0, NSAD),
    ("w04", "place", "Novi Sad-[[Subotica]] section of", 0, SUB),
    ("w04", "place", "the [[Budapest]]-Belgrade", 0, BUD),
    ("w04", "place", "Budapest-[[Belgrade]] railway", 0, BEG),
    ("w04", "place", "between [[Belgrade]] and", 0, BEG),
    ("w04", "place", "and [[Subotica]] to", 0, SUB),
    ("w04", "place", "The [[Belgrade]]-Novi Sad", 0, BEG),
    ("w04", "place", "Belgrade-[[Novi Sad]] section", 0, NSAD),
    ("w04", "place", "[[Hungarian]] Prime", 0, HU),
    ("w04", "place", "the [[Hungarian]] side", 0, HU),
    ("w04", "place", "152-km [[Budapest]]", 0, BUD),
    ("w04", "place", "Kelebia", 0, CITY("Kelebia", "HU")),
    ("w04", "place", "[[Hungary]]'s state-owned", 0, HU),
    ("w04", "place", "The [[Hungarian]] government", 0, HU),
    ("w04", "place", "a [[Chinese]] loan", 0, CN),
    ("w04", "place", "[[Chinese]] tyre", 0, CN),
    ("w04", "place", "the [[Zrenjanin]] city", 0, ZRE),
    ("w04", "place", "largest [[Chinese]] greenfield", 0, CN),
    ("w04", "place", "investment in [[Serbia]].", 0, RS),
    ("w04", "place", "[[Serbian]] and Chinese officials", 0, RS),
    ("w04", "place", "Serbian and [[Chinese]] officials", 0, CN),
    ("w04", "place", "signed in [[Beijing]]", 0, BEJ),
    # events ("announced": the telling; "has since invested": a running total; "employs",
    # "has carried": figures; "thanked": part of the visit; "would start", "would not be
    # completed", "due to take effect", "preparing for ... talks": future or negated; "work ...
    # continues": under way; "is financed", "has budgeted": financing; "bought the ... plant": an
    # acquisition, so an investment; "built by": the section is finished ("nears opening"))
    (
        "w04",
        "event",
        "produced",
        0,
        E("production", "2023", "Smederevo", [HBISRS], Q("1980000", "t")),
    ),
    ("w04", "event", "bought", 0, E("investment", "2016-04", "Smederevo", ["HBIS", "Serbia"], M("46000000", "EUR"))),
    (
        "w04",
        "event",
        "Vucic [[visited]]",
        0,
        E("visit", "2024-03-08", "Smederevo", ["Serbia", "China", HBISRS]),
    ),
    ("w04", "event", "section, [[built]] by", 0, E("construction", None, None, [CRI, CCCC])),
    ("w04", "event", "opened to traffic", 0, E("ceremony", "2022-03-19", None, ["Hungary"])),
    (
        "w04",
        "event",
        "Tuesday [[signed]]",
        0,
        E("signing", "2024-03-19", None, [LING, "Zrenjanin"], M("58000000000", "RSD")),
    ),
    ("w04", "event", "Linglong [[opened]]", 0, E("ceremony", "2021", "Zrenjanin", [LING])),
    ("w04", "event", "agreement [[signed]] in Beijing", 0, E("signing", "2023-10", "Beijing", ["Serbia", "China"])),
]

# ================================= w05 The EastAfrican weekly, Kenya/Ethiopia/Uganda (Saturday, July 13, 2024)
KE = C("Kenya", "KE")
ET = C("Ethiopia", "ET")
UG = C("Uganda", "UG")
NBO = CITY("Nairobi", "KE")
NAI = CITY("Naivasha", "KE")
KLA = CITY("Kampala", "UG")
KRC = "Kenya Railways Corporation"
CRBC = "China Road and Bridge Corporation"
EDR = "Ethiopia-Djibouti Standard Gauge Railway Share Company"
CREC = "China Railway Group Limited"
CCECC = "China Civil Engineering Construction Corporation"
FOCAC = "FOCAC summit"
FOCAC_DATE = "2024-09-04/2024-09-06"
A05 = [
    # dates
    ("w05", "date", "Saturday, July 13, 2024", 0, "2024-07-13"),
    ("w05", "date", "the first half of 2024", 0, "2024-H1"),
    ("w05", "date", "Bank in [[2023]]", 0, "2023"),
    ("w05", "date", "May 31, 2017", 0, "2017-05-31"),
    ("w05", "date", "May 2022", 0, "2022-05"),
    ("w05", "date", "On [[Thursday]]", 0, "2024-07-11"),
    ("w05", "date", "July 7", 0, "2024-07-07"),
    ("w05", "date", "October 2016", 0, "2016-10"),
    ("w05", "date", "in [[June]]", 0, "2024-06"),
    ("w05", "date", "last year", 0, "2023"),
    ("w05", "date", "its [[2015]] agreement", 0, "2015"),  # a year before a noun, as z07's "Mongolia's 2023 budget"
    ("w05", "date", "September 4 to 6", 0, FOCAC_DATE),
    ("w05", "date", "Africa fell to $4.6 billion in [[2023]]", 0, "2023"),
    # money (KSh -> KES, ETB, USh -> UGX)
    ("w05", "money", "KSh 32.4 billion", 0, M("32400000000", "KES")),
    ("w05", "money", "KSh 88.3 billion", 0, M("88300000000", "KES")),
    ("w05", "money", "$3.2 billion", 0, M("3200000000", "USD")),
    ("w05", "money", "ETB 1.2 billion", 0, M("1200000000", "ETB")),
    ("w05", "money", "ETB 2.9 billion", 0, M("2900000000", "ETB")),
    ("w05", "money", "$3 billion", 0, M("3000000000", "USD")),
    ("w05", "money", "about USh 11 trillion", 0, M("11000000000000", "UGX", "approx")),
    ("w05", "money", "$4.6 billion", 0, M("4600000000", "USD")),
    # quantities
    ("w05", "quantity", "6.9 million tonnes", 0, Q("6900000", "t")),
    ("w05", "quantity", "14 percent", 0, Q("14", "%")),
    ("w05", "quantity", "472km", 0, Q("472", "km")),
    ("w05", "quantity", "752-kilometre", 0, Q("752", "km")),
    ("w05", "quantity", "10 new locomotives", 0, Q("10", "locomotive")),
    ("w05", "quantity", "273km", 0, Q("273", "km")),
    # organisations (the masthead is text, the byline a person; "Standard Gauge Railway (SGR)" is
    # a line, not an organisation; "Kenya's National Treasury": the country is a place;
    # "Boston University's Global Development Policy Center": two names; Related is chrome)
    ("w05", "organisation", "THE EASTAFRICAN", 0, O("The EastAfrican")),
    ("w05", "organisation", KRC, 0, O(KRC)),
    ("w05", "organisation", "([[KRC]])", 0, O(KRC)),
    ("w05", "organisation", "National Treasury", 0, O("National Treasury")),
    ("w05", "organisation", "China Exim Bank", 0, O("China Exim Bank")),
    ("w05", "organisation", CRBC, 0, O(CRBC)),
    ("w05", "organisation", "([[CRBC]])", 0, O(CRBC)),
    ("w05", "organisation", "Africa Star Railway Operation Company", 0, O("Africa Star Railway Operation Company")),
    ("w05", "organisation", "a [[CRBC]] subsidiary", 0, O(CRBC)),
    ("w05", "organisation", "when [[KRC]] took", 0, O(KRC)),
    ("w05", "organisation", "a [[CRBC]] delegation", 0, O(CRBC)),
    ("w05", "organisation", EDR, 0, O(EDR)),
    ("w05", "organisation", "([[EDR]])", 0, O(EDR)),
    ("w05", "organisation", CREC, 0, O(CREC)),
    ("w05", "organisation", "([[CREC]])", 0, O(CREC)),
    ("w05", "organisation", CCECC, 0, O(CCECC)),
    ("w05", "organisation", "([[CCECC]])", 0, O(CCECC)),
    ("w05", "organisation", "[[EDR]] received", 0, O(EDR)),
    ("w05", "organisation", "CRRC Dalian", 0, O("CRRC Dalian")),
    ("w05", "organisation", "Yapi Merkezi", 0, O("Yapi Merkezi")),
    ("w05", "organisation", CHEC, 0, O(CHEC)),
    ("w05", "organisation", CCCC, 0, O(CCCC)),
    ("w05", "organisation", "([[CCCC]])", 0, O(CCCC)),
    ("w05", "organisation", "Boston University", 0, O("Boston University")),
    ("w05", "organisation", "Global Development Policy Center", 0, O("Global Development Policy Center")),
    # places (Malaba is a border town on both sides: the Naivasha-Malaba stretch is Kenyan, the
    # Malaba-Kampala section Ugandan; line and road names keep their places)
    ("w05", "place", "[[Ethiopia]]-Djibouti line", 0, ET),
    ("w05", "place", "Ethiopia-[[Djibouti]] line", 0, C("Djibouti", "DJ")),
    ("w05", "place", "as [[Kampala]] eyes", 0, KLA),
    ("w05", "place", "new [[Chinese]] contractor", 0, CN),
    ("w05", "place", "[[Kenya]]'s Standard", 0, KE),
    ("w05", "place", "Mombasa", 0, CITY("Mombasa", "KE")),
    ("w05", "place", "and [[Nairobi]] in", 0, NBO),
    ("w05", "place", "[[Kenya]]'s National", 0, KE),
    ("w05", "place", "[[Kenya]] has not", 0, KE),
    ("w05", "place", "beyond [[Naivasha]]", 0, NAI),
    ("w05", "place", "the [[Naivasha]]-Malaba", 0, NAI),
    ("w05", "place", "Naivasha-[[Malaba]]", 0, CITY("Malaba", "KE")),
    ("w05", "place", "in [[Nairobi]] to", 0, NBO),
    ("w05", "place", "the [[Naivasha]] inland", 0, NAI),
    ("w05", "place", "In [[Ethiopia]], the", 0, ET),
    ("w05", "place", "[[Uganda]], meanwhile", 0, UG),
    ("w05", "place", "[[Turkey]]'s Yapi", 0, C("Turkey", "TR")),
    ("w05", "place", "273km [[Malaba]]", 0, CITY("Malaba", "UG")),
    ("w05", "place", "Malaba-[[Kampala]] section", 0, KLA),
    ("w05", "place", "said [[Uganda]] would", 0, UG),
    ("w05", "place", "[[Kampala]] is also", 0, KLA),
    ("w05", "place", "the [[Kampala]]-Entebbe", 0, KLA),
    ("w05", "place", "Entebbe", 0, CITY("Entebbe", "UG")),
    ("w05", "place", "in [[Beijing]] from", 0, BEJ),
    ("w05", "place", "[[Chinese]] lending", 0, CN),
    ("w05", "place", "to [[Africa]] fell", 0, REG("Africa")),
    # summits (FOCAC inside the summit's name is not an organisation)
    ("w05", "summit", FOCAC, 0, S(FOCAC, FOCAC_DATE, "Beijing")),
    # events ("carried", "earned", "narrowed": figures; "paid ... to service the loans", "financed":
    # financing; "ran the trains", "took over operations", "cancelling", "is courting": no type;
    # "has not extended", "no funding ... has been agreed": negated; "to discuss": the purpose of
    # the meeting; "are expected to showcase": future; Yapi Merkezi's home country is no participant)
    ("w05", "event", "was [[built]] by", 0, E("construction", None, None, [CRBC])),
    ("w05", "event", "was [[launched]]", 0, E("ceremony", "2017-05-31", None, ["Kenya"])),
    ("w05", "event", "Murkomen [[met]]", 0, E("meeting", "2024-07-11", "Nairobi", ["Kenya", CRBC])),
    ("w05", "event", "line, [[built]] by", 0, E("construction", None, None, [CREC, CCECC])),
    ("w05", "event", "opened", 0, E("ceremony", "2016-10")),
    (
        "w05",
        "event",
        "EDR [[received]]",
        0,
        E("delivery", "2024-06", None, [EDR, "CRRC Dalian"], Q("10", "locomotive")),
    ),
    (
        "w05",
        "event",
        "year [[signed]]",
        0,
        E("signing", "2023", None, ["Uganda", "Yapi Merkezi"], M("3000000000", "USD")),
    ),
]

# ================================= w06 Daily FT, Colombo/Hambantota/Male (Wednesday, 29 November 2023 00:00)
LK = C("Sri Lanka", "LK")
MV = C("Maldives", "MV")
CMB = CITY("Colombo", "LK")
MALE = CITY("Male", "MV")
CHECPC = "CHEC Port City Colombo (Pvt) Ltd."
CPCEC = "Colombo Port City Economic Commission"
BOI = "Board of Investment of Sri Lanka"
SINOPEC = "China Petroleum & Chemical Corporation"
A06 = [
    # dates ("between 2014 and 2019": one interval, as z09's "between July 2022 and June 2023")
    ("w06", "date", "Wednesday, 29 November 2023 00:00", 0, "2023-11-29T00:00"),
    ("w06", "date", "this year", 0, "2023"),
    ("w06", "date", "yesterday", 0, "2023-11-28"),
    ("w06", "date", "2014 and 2019", 0, "2014/2019"),
    ("w06", "date", "the third quarter", 0, "2023-Q3"),
    ("w06", "date", "on [[Monday]]", 0, "2023-11-27"),
    ("w06", "date", "since [[August]]", 0, "2023-08"),
    ("w06", "date", "the end of September", 0, "2023-09"),
    ("w06", "date", "17 November", 0, "2023-11-17"),
    ("w06", "date", "in [[January]]", 0, "2024-01"),
    ("w06", "date", "August 2018", 0, "2018-08"),
    ("w06", "date", "30 August", 0, "2023-08-30"),
    # money ("Rs." in a Sri Lankan paper is the Sri Lankan rupee; "b" is billion)
    ("w06", "money", "Rs. 120 b", 0, M("120000000000", "LKR")),
    ("w06", "money", "Rs. 120 billion", 0, M("120000000000", "LKR")),
    ("w06", "money", "$1.4 billion", 0, M("1400000000", "USD")),
    ("w06", "money", "$4.5 billion", 0, M("4500000000", "USD")),
    ("w06", "money", "about $7.4 billion", 0, M("7400000000", "USD", "approx")),
    ("w06", "money", "Rs. 3.2 b", 0, M("3200000000", "LKR")),
    ("w06", "money", "$126 million", 0, M("126000000", "USD")),
    ("w06", "money", "about MVR 20 billion", 0, M("20000000000", "MVR", "approx")),
    # quantities ("five new businesses": spelled-out; "the total to 14": no counted noun;
    # "fifth anniversary": rank; "200,000 barrels of crude a day": of-complement and rate outside)
    ("w06", "quantity", "269 hectares", 0, Q("269", "ha")),
    ("w06", "quantity", "200,000 barrels", 0, Q("200000", "barrel")),
    ("w06", "quantity", "at least 60%", 0, Q("60", "%", "ge")),
    ("w06", "quantity", "150 filling stations", 0, Q("150", "station")),
    ("w06", "quantity", "2.1-km", 0, Q("2.1", "km")),
    # organisations ("Port City Colombo" is a district, so its city is tagged; "CHEC Port City
    # Colombo" is the company's short name; "The Commission": an anaphor; "China-Maldives
    # Friendship Bridge": a bridge; the copyright line is chrome)
    ("w06", "organisation", "[[Daily FT]]\n", 0, O("Daily FT")),
    ("w06", "organisation", "[[Sinopec]] refinery", 0, O(SINOPEC)),
    ("w06", "organisation", CHECPC, 0, O(CHECPC)),
    ("w06", "organisation", CPCEC, 0, O(CPCEC)),
    ("w06", "organisation", "([[CPCEC]])", 0, O(CPCEC)),
    ("w06", "organisation", "[[CHEC Port City Colombo]] is", 0, O(CHECPC)),
    ("w06", "organisation", CHEC, 0, O(CHEC)),
    ("w06", "organisation", BOI, 0, O(BOI)),
    ("w06", "organisation", "([[BOI]])", 0, O(BOI)),
    ("w06", "organisation", SINOPEC, 0, O(SINOPEC)),
    ("w06", "organisation", "([[Sinopec]])", 0, O(SINOPEC)),
    ("w06", "organisation", "[[Sinopec]], which", 0, O(SINOPEC)),
    ("w06", "organisation", "Finance Ministry", 0, O("Finance Ministry")),
    ("w06", "organisation", "Foreign Ministry", 0, O("Foreign Ministry")),
    ("w06", "organisation", "told [[Daily FT]]", 0, O("Daily FT")),
    ("w06", "organisation", CCCC, 0, O(CCCC)),
    ("w06", "organisation", "([[CCCC]])", 0, O(CCCC)),
    ("w06", "organisation", "China Exim Bank", 0, O("China Exim Bank")),
    # places
    ("w06", "place", "Port City [[Colombo]] draws", 0, CMB),
    ("w06", "place", "Port City [[Colombo]], the", 0, CMB),
    ("w06", "place", "in [[Hambantota]]", 0, CITY("Hambantota", "LK")),
    ("w06", "place", "signed in [[Colombo]]", 0, CMB),
    ("w06", "place", "[[Chinese]] Ambassador Qi", 0, CN),
    ("w06", "place", "stations in [[Sri Lanka]]", 0, LK),
    ("w06", "place", "[[Sri Lanka]]'s outstanding", 0, LK),
    ("w06", "place", "debt to [[China]]", 0, CN),
    ("w06", "place", "[[China]] has also", 0, CN),
    ("w06", "place", "In the [[Maldives]]", 0, MV),
    ("w06", "place", "visit to [[China]] in", 0, CN),
    ("w06", "place", "[[China]]-Maldives Friendship", 0, CN),
    ("w06", "place", "China-[[Maldives]] Friendship", 0, MV),
    ("w06", "place", "capital [[Male]] with", 0, MALE),
    ("w06", "place", "[[Maldivian]] officials", 0, MV),
    ("w06", "place", "ceremony in [[Male]]", 0, MALE),
    ("w06", "place", "[[Chinese]] Ambassador Wang", 0, CN),
    ("w06", "place", "[[Maldives]] owes", 0, MV),
    # events ("has secured ... commitments": a yearly tally; "were granted ... status": no type;
    # "has operated", "stood": states; "has not yet committed": negated; "has agreed to provide",
    # "is expected to make his first state visit": intentions; "took office": no type; "invested
    # ... to reclaim ... between 2014 and 2019": an investment; "deal moves ahead" in the headline
    # is no trigger; "The agreement was signed in Colombo": the same signing, which adds the place
    # and the President and the Ambassador)
    (
        "w06",
        "event",
        "which [[invested]]",
        0,
        E("investment", "2014/2019", "Colombo", [CHEC], M("1400000000", "USD")),
    ),
    (
        "w06",
        "event",
        "Monday [[signed]]",
        0,
        E("signing", "2023-11-27", "Colombo", [BOI, SINOPEC, "Sri Lanka", "China"], M("4500000000", "USD")),
    ),
    ("w06", "event", "[[built]] by China Communications", 0, E("construction", None, None, [CCCC])),
    ("w06", "event", "opened", 0, E("ceremony", "2018-08")),
    ("w06", "event", "officials [[marked]]", 0, E("ceremony", "2023-08-30", "Male", ["Maldives", "China"])),
]

# ================================= w07 Arab News, Riyadh/Baghdad/Cairo (Updated 12 January 2024)
SA = C("Saudi Arabia", "SA")
IQ = C("Iraq", "IQ")
RUH = CITY("Riyadh", "SA")
ARAMCO = "Saudi Aramco"
RONG = "Rongsheng Petrochemical Co."
ZPC = "Zhejiang Petroleum and Chemical Co."
ACUD = "Administrative Capital for Urban Development"
CSCEC = "China State Construction Engineering Corporation"
MOE = "Ministry of Education"
CAS = "first China-Arab States Summit"
A07 = [
    # dates ("in March": the closest past March, since the ground was broken; "for 20 years": a
    # quantity)
    ("w07", "date", "12 January 2024", 0, "2024-01-12"),
    ("w07", "date", "on [[Thursday]]", 0, "2024-01-11"),
    ("w07", "date", "in [[March]]", 0, "2023-03"),
    ("w07", "date", "in [[2026]]", 0, "2026"),
    ("w07", "date", "a day in [[2023]]", 0, "2023"),
    ("w07", "date", "9 December 2022", 0, "2022-12-09"),
    ("w07", "date", "the same day", 0, "2022-12-09"),
    ("w07", "date", "on [[Sunday]]", 0, "2024-01-07"),
    ("w07", "date", "the [[2019]] China-Iraq", 0, "2019"),
    ("w07", "date", "by [[2030]]", 0, "2030"),
    ("w07", "date", "on [[Tuesday]]", 0, "2024-01-09"),
    # money (SR is the Saudi riyal)
    ("w07", "money", "SR 12.3 billion", 0, M("12300000000", "SAR")),
    ("w07", "money", "$3.28 billion", 0, M("3280000000", "USD")),
    ("w07", "money", "$12.2 billion", 0, M("12200000000", "USD")),
    ("w07", "money", "IQD 1.3 trillion", 0, M("1300000000000", "IQD")),
    # quantities ("a day" stays outside the span; "second-largest", "first" schools: ranks)
    ("w07", "quantity", "10 percent", 0, Q("10", "%")),
    ("w07", "quantity", "480,000 barrels", 0, Q("480000", "barrel")),
    ("w07", "quantity", "20 years", 0, Q("20", "year")),
    ("w07", "quantity", "300,000 barrels", 0, Q("300000", "barrel")),
    ("w07", "quantity", "1.73 million barrels", 0, Q("1730000", "barrel")),
    ("w07", "quantity", "34 agreements", 0, Q("34", "agreement")),
    ("w07", "quantity", "1,000 schools", 0, Q("1000", "school")),
    ("w07", "quantity", "7,000 schools", 0, Q("7000", "school")),
    ("w07", "quantity", "385.8-meter", 0, Q("385.8", "m")),
    # organisations ("Aramco" is Saudi Aramco; "the Kingdom": an anaphor; "Egypt's Administrative
    # Capital for Urban Development": the country is a place; "Iconic Tower", "Central Business
    # District": a building and a district; "Most Popular" and its headline are chrome)
    ("w07", "organisation", "Arab News", 0, O("Arab News")),
    ("w07", "organisation", "[[Aramco]] expands", 0, O(ARAMCO)),
    ("w07", "organisation", ARAMCO, 0, O(ARAMCO)),
    ("w07", "organisation", RONG, 0, O(RONG)),
    ("w07", "organisation", "Saudi Exchange", 0, O("Saudi Exchange")),
    ("w07", "organisation", "[[Aramco]] will", 0, O(ARAMCO)),
    ("w07", "organisation", "[[Rongsheng]]'s subsidiary", 0, O(RONG)),
    ("w07", "organisation", ZPC, 0, O(ZPC)),
    ("w07", "organisation", "([[ZPC]])", 0, O(ZPC)),
    ("w07", "organisation", "[[Aramco]]'s Senior", 0, O(ARAMCO)),
    ("w07", "organisation", "Shenghong Petrochemical", 0, O("Shenghong Petrochemical")),
    ("w07", "organisation", "[[Aramco]] and China's", 0, O(ARAMCO)),
    ("w07", "organisation", "Norinco Group", 0, O("Norinco Group")),
    ("w07", "organisation", "Huajin Aramco Petrochemical Co.", 0, O("Huajin Aramco Petrochemical Co.")),
    ("w07", "organisation", "PowerChina", 0, O("PowerChina")),
    ("w07", "organisation", "Sinotech", 0, O("Sinotech")),
    ("w07", "organisation", MOE, 0, O(MOE)),
    ("w07", "organisation", ACUD, 0, O(ACUD)),
    ("w07", "organisation", "([[ACUD]])", 0, O(ACUD)),
    ("w07", "organisation", CSCEC, 0, O(CSCEC)),
    ("w07", "organisation", "([[CSCEC]])", 0, O(CSCEC)),
    # places ("Liaoning province": lower-case "province" stays outside; China and Iraq in the
    # framework agreement's name count, as in "China-Kazakhstan production capacity cooperation")
    ("w07", "place", "expands [[China]] refining", 0, CN),
    ("w07", "place", "[[Chinese]] firms", 0, CN),
    ("w07", "place", "schools in [[Iraq]]", 0, IQ),
    ("w07", "place", "RIYADH", 0, RUH),
    ("w07", "place", "[[Chinese]] refiner", 0, CN),
    ("w07", "place", "[[China]]'s Norinco", 0, CN),
    ("w07", "place", "Panjin", 0, CITY("Panjin", "CN")),
    ("w07", "place", "Liaoning", 0, REG("Liaoning", "CN")),
    ("w07", "place", "Kingdom to [[China]]", 0, CN),
    ("w07", "place", "Saudi Arabia", 0, SA),
    ("w07", "place", "Arabia [[China]]'s", 0, CN),
    ("w07", "place", "Russia", 0, C("Russia", "RU")),
    ("w07", "place", "in [[Riyadh]] on", 0, RUH),
    ("w07", "place", "[[Chinese]] President", 0, CN),
    ("w07", "place", "In [[Iraq]], Chinese", 0, IQ),
    ("w07", "place", "Iraq, [[Chinese]] companies", 0, CN),
    ("w07", "place", "2019 [[China]]-Iraq", 0, CN),
    ("w07", "place", "China-[[Iraq]] framework", 0, IQ),
    ("w07", "place", "[[Chinese]]-funded", 0, CN),
    ("w07", "place", "Baghdad", 0, CITY("Baghdad", "IQ")),
    ("w07", "place", "The [[Iraqi]] government", 0, IQ),
    ("w07", "place", "[[Iraqi]] officials", 0, IQ),
    ("w07", "place", "[[Egypt]]'s Administrative", 0, C("Egypt", "EG")),
    ("w07", "place", "[[Africa]]'s tallest", 0, REG("Africa")),
    ("w07", "place", "Cairo", 0, CITY("Cairo", "EG")),
    # summits (China, Arab States, GCC inside the names are not tagged)
    ("w07", "summit", CAS, 0, S(CAS, "2022-12-09", "Riyadh")),
    ("w07", "summit", "China-GCC Summit", 0, S("China-GCC Summit", "2022-12-09")),
    # events ("will supply", "is expected to start operating", "plans to build": future; "in talks
    # ... no agreement has been reached", "has not been used": negated; "averaged": a figure;
    # "The investment follows": an anaphor; "attended the ceremony": the same handover, which adds
    # the Prime Minister and Baghdad; King Salman stands for Saudi Arabia)
    (
        "w07",
        "event",
        "acquisition",
        0,
        E("investment", "2024-01-11", None, [ARAMCO, RONG], M("12300000000", "SAR")),
    ),
    ("w07", "event", "broke ground", 0, E("construction", "2023-03", "Panjin", [ARAMCO, "Norinco Group"])),
    (
        "w07",
        "event",
        "the [[signing]] of 34",
        0,
        E("signing", "2022-12-09", "Riyadh", ["China", "Saudi Arabia"], Q("34", "agreement")),
    ),
    (
        "w07",
        "event",
        "hand over",
        0,
        E("ceremony", "2024-01-07", "Baghdad", ["PowerChina", "Sinotech", MOE, "Iraq"]),
    ),
    ("w07", "event", "have [[built]]", 0, E("construction", None, "Iraq", ["PowerChina", "Sinotech"])),
    ("w07", "event", "had [[completed]]", 0, E("construction", None, None, [CSCEC])),
]

# ================================= w08 BNamericas briefing, Brazil/Argentina/Chile (Published Tuesday, March 19, 2024)
BR = C("Brazil", "BR")
AR = C("Argentina", "AR")
CL = C("Chile", "CL")
BAHIA = REG("Bahia", "BR")
CAMACARI = CITY("Camaçari", "BR")
SGBH = "State Grid Brazil Holding"
SGCC = "State Grid Corporation of China"
BCRA = "Banco Central de la República Argentina"
PBOC = "People's Bank of China"
CGGC = "China Gezhouba Group"
BRF3S = "third Belt and Road Forum"
BRICS16 = "16th BRICS Summit"
BRICS_DATE = "2024-10-22/2024-10-24"
A08 = [
    # dates ("until mid-2026": the year, like "the end of 2023")
    ("w08", "date", "Tuesday, March 19, 2024", 0, "2024-03-19"),
    ("w08", "date", "the second half of 2024", 0, "2024-H2"),
    ("w08", "date", "on [[Monday]]", 0, "2024-03-18"),
    ("w08", "date", "Brazil in [[2023]]", 0, "2023"),
    ("w08", "date", "July 2023", 0, "2023-07"),
    ("w08", "date", "in [[December]]", 0, "2023-12"),
    ("w08", "date", "last week", 0, "2024-W11"),
    ("w08", "date", "mid-2026", 0, "2026"),
    ("w08", "date", "since [[2023]]", 0, "2023"),
    ("w08", "date", "last year", 0, "2023"),
    ("w08", "date", "March 12", 0, "2024-03-12"),
    ("w08", "date", "in [[January]]", 0, "2024-01"),
    ("w08", "date", "billion in [[2023]]", 0, "2023"),
    ("w08", "date", "October 2023", 0, "2023-10"),
    ("w08", "date", "Oct. 17", 0, "2023-10-17"),
    ("w08", "date", "October 22-24", 0, BRICS_DATE),
    # money ("raising ... to R$5.5 billion from R$3 billion": a change, only the new figure counts,
    # as y01's "from 40 to 48 trips" and y08's "from 35 to 23 days")
    ("w08", "money", "R$5.5 billion", 0, M("5500000000", "BRL")),
    ("w08", "money", "R$18.2 billion", 0, M("18200000000", "BRL")),
    ("w08", "money", "130 billion yuan", 0, M("130000000000", "CNY")),
    ("w08", "money", "about $18 billion", 0, M("18000000000", "USD", "approx")),
    ("w08", "money", "about US$5 billion", 0, M("5000000000", "USD", "approx")),
    ("w08", "money", "ARS 1.2 trillion", 0, M("1200000000000", "ARS")),
    ("w08", "money", "US$233 million", 0, M("233000000", "USD")),
    ("w08", "money", "US$2.1 billion", 0, M("2100000000", "USD")),
    # quantities ("Lot 1": an identifier; "16th": rank; "a year" stays outside the span)
    ("w08", "quantity", "150,000 vehicles", 0, Q("150000", "vehicle")),
    ("w08", "quantity", "some 5,000 jobs", 0, Q("5000", "job", "approx")),
    ("w08", "quantity", "17,900 electric vehicles", 0, Q("17900", "vehicle")),
    ("w08", "quantity", "1,468-km", 0, Q("1468", "km")),
    ("w08", "quantity", "800 kV", 0, Q("800", "kV")),
    ("w08", "quantity", "30%", 0, Q("30", "%")),
    # organisations ("BYD Americas" and "BYD" are taken as written; the Kirchner and Cepernic dams
    # are named after people; BRICS inside the summit's name is not an organisation)
    ("w08", "organisation", "BNamericas", 0, O("BNamericas")),
    ("w08", "organisation", "[[BYD]]'s Camaçari", 0, O("BYD")),
    ("w08", "organisation", "automaker [[BYD]]", 0, O("BYD")),
    ("w08", "organisation", "Ford", 0, O("Ford")),
    ("w08", "organisation", "[[BYD]] sold", 0, O("BYD")),
    ("w08", "organisation", "BYD Americas", 0, O("BYD Americas")),
    ("w08", "organisation", SGBH, 0, O(SGBH)),
    ("w08", "organisation", SGCC, 0, O(SGCC)),
    ("w08", "organisation", BCRA, 0, O(BCRA)),
    ("w08", "organisation", "([[BCRA]])", 0, O(BCRA)),
    ("w08", "organisation", PBOC, 0, O(PBOC)),
    ("w08", "organisation", "([[PBOC]])", 0, O(PBOC)),
    ("w08", "organisation", CGGC, 0, O(CGGC)),
    ("w08", "organisation", "([[CGGC]])", 0, O(CGGC)),
    ("w08", "organisation", "Tsingshan Holding Group", 0, O("Tsingshan Holding Group")),
    ("w08", "organisation", "agency [[Corfo]]", 0, O("Corfo")),
    ("w08", "organisation", "[[BYD]] withdrew", 0, O("BYD")),
    ("w08", "organisation", "[[Corfo]] said Chinese", 0, O("Corfo")),
    # places (the BRAZIL / ARGENTINA / CHILE section labels are text; "Bahia state", "Santa Cruz
    # province": lower-case generic nouns stay outside; "the Chilean economic development agency":
    # a demonym before a lower-case noun)
    ("w08", "place", "[[Argentina]]'s yuan", 0, AR),
    ("w08", "place", "[[Chile]]'s lithium", 0, CL),
    ("w08", "place", "BRAZIL", 0, BR),
    ("w08", "place", "[[Chinese]] automaker", 0, CN),
    ("w08", "place", "Camaçari", 0, CAMACARI),
    ("w08", "place", "Camaçari", 1, CAMACARI),
    ("w08", "place", "in [[Bahia]] state", 0, BAHIA),
    ("w08", "place", "investment in [[Brazil]]", 0, BR),
    ("w08", "place", "vehicles in [[Brazil]]", 0, BR),
    ("w08", "place", "[[Bahia]] governor", 0, BAHIA),
    ("w08", "place", "Salvador", 0, CITY("Salvador", "BR")),
    ("w08", "place", "[[Brazil]]'s transmission", 0, BR),
    ("w08", "place", "Maranhão", 0, REG("Maranhão", "BR")),
    ("w08", "place", "Goiás", 0, REG("Goiás", "BR")),
    ("w08", "place", "ARGENTINA", 0, AR),
    ("w08", "place", "[[Argentina]] has activated", 0, AR),
    ("w08", "place", "the [[Chinese]]-financed", 0, CN),
    ("w08", "place", "Santa Cruz", 0, REG("Santa Cruz", "AR")),
    ("w08", "place", "CHILE", 0, CL),
    ("w08", "place", "Antofagasta", 0, CITY("Antofagasta", "CL")),
    ("w08", "place", "the [[Chilean]] economic", 0, CL),
    ("w08", "place", "said [[Chinese]] investment", 0, CN),
    ("w08", "place", "in [[Chile]] totalled", 0, CL),
    ("w08", "place", "[[Chilean]] President", 0, CL),
    ("w08", "place", "visited [[Beijing]]", 0, BEJ),
    ("w08", "place", "[[Chinese]] President", 0, CN),
    ("w08", "place", "of [[Chilean]] fresh", 0, CL),
    ("w08", "place", "[[Brazil]]'s President", 0, BR),
    ("w08", "place", "Kazan", 0, CITY("Kazan", "RU")),
    ("w08", "place", "Russia", 0, C("Russia", "RU")),
    # summits
    ("w08", "summit", BRF3S, 0, S(BRF3S, "2023-10", "Beijing")),
    ("w08", "summit", BRICS16, 0, S(BRICS16, BRICS_DATE, "Kazan")),
    # events ("will begin producing", "will have", "will attend": future; "raising its planned
    # investment": a plan; "sold": a sales figure (x10); "won the concession": no type (y08);
    # "has activated ... since 2023": a running total; "would not cancel": negated; "built by a
    # consortium ... 30% complete": under way (z05); "has dropped plans", "withdrew": no type;
    # "totalled": a figure; "signed ... during the visit": dated and placed by the visit)
    ("w08", "event", "Li [[signed]]", 0, E("signing", "2023-07", "Salvador", ["Bahia", "BYD Americas"])),
    (
        "w08",
        "event",
        "had [[signed]]",
        0,
        E("signing", "2024-W11", None, [BCRA, PBOC], M("130000000000", "CNY")),
    ),
    ("w08", "event", "Boric [[visited]]", 0, E("visit", "2023-10", "Beijing", ["Chile"])),
    ("w08", "event", "and [[met]] Chinese", 0, E("meeting", "2023-10-17", "Beijing", ["Chile", "China"])),
    ("w08", "event", "also [[signed]] a protocol", 0, E("signing", "2023-10", "Beijing", ["Chile", "China"])),
]

# ================================= w09 MOFCOM statistics release (2023-12-22 15:30)
MOFCOM = "Ministry of Commerce of the People's Republic of China"
CIIE6 = "sixth China International Import Expo"
CIIE6_DATE = "2023-11-05/2023-11-10"
JN = "2023-01/2023-11"
A09 = [
    # dates ("year on year", "quarter on quarter": no calendar point; "the same period": no
    # calendar unit; the Website Sponsor line is chrome)
    ("w09", "date", "January-November 2023", 0, JN),
    ("w09", "date", "2023-12-22 15:30", 0, "2023-12-22T15:30"),
    ("w09", "date", "January to November 2023", 0, JN),
    ("w09", "date", "the third quarter", 0, "2023-Q3"),
    ("w09", "date", "from [[January to November]].", 0, JN),
    ("w09", "date", "the end of November", 0, "2023-11"),
    ("w09", "date", "on [[Thursday]]", 0, "2023-12-21"),
    ("w09", "date", "November 5 to 10", 0, CIIE6_DATE),
    ("w09", "date", "the first quarter of next year", 0, "2024-Q1"),
    ("w09", "date", "November 2024", 0, "2024-11"),
    ("w09", "date", "December 15", 0, "2023-12-15"),
    # money ("more than ... each", "over": gt)
    ("w09", "money", "202.55 billion yuan", 0, M("202550000000", "CNY")),
    ("w09", "money", "28.73 billion US dollars", 0, M("28730000000", "USD")),
    ("w09", "money", "1.02 trillion yuan", 0, M("1020000000000", "CNY")),
    ("w09", "money", "766.44 billion yuan", 0, M("766440000000", "CNY")),
    ("w09", "money", "more than 50 million US dollars", 0, M("50000000", "USD", "gt")),
    ("w09", "money", "over 57 billion US dollars", 0, M("57000000000", "USD", "gt")),
    ("w09", "money", "78.41 billion US dollars", 0, M("78410000000", "USD")),
    # quantities ("one-year": spelled-out; "sixth", "seventh": ranks; "ICP 05004093": a licence;
    # "128 countries and regions": the first noun, as z08's "115 countries")
    ("w09", "quantity", "28.4%", 0, Q("28.4", "%")),
    ("w09", "quantity", "22.6%", 0, Q("22.6", "%")),
    ("w09", "quantity", "23.6%", 0, Q("23.6", "%")),
    ("w09", "quantity", "6.4%", 0, Q("6.4", "%")),
    ("w09", "quantity", "8.1%", 0, Q("8.1", "%")),
    ("w09", "quantity", "11.2%", 0, Q("11.2", "%")),
    ("w09", "quantity", "1,689 new contracts", 0, Q("1689", "contract")),
    ("w09", "quantity", "121 overseas economic and trade cooperation zones", 0, Q("121", "zone")),
    ("w09", "quantity", "421,000 local jobs", 0, Q("421000", "job")),
    ("w09", "quantity", "6.7%", 0, Q("6.7", "%")),
    ("w09", "quantity", "More than 3,400 exhibitors", 0, Q("3400", "exhibitor", "gt")),
    ("w09", "quantity", "128 countries", 0, Q("128", "country")),
    # organisations (the masthead is text, the navigation and Website Sponsor lines chrome; the
    # department after "Source:" is a public body, as NOTES' "Department of Europe and Central
    # Asia"; "Vice Minister of Commerce", "Minister of Industry and Trade of Vietnam": titles)
    ("w09", "organisation", MOFCOM, 0, O(MOFCOM)),
    (
        "w09",
        "organisation",
        "Department of Outward Investment and Economic Cooperation",
        0,
        O("Department of Outward Investment and Economic Cooperation"),
    ),
    ("w09", "organisation", "the [[Ministry of Commerce]] (MOFCOM)", 0, O(MOFCOM)),
    ("w09", "organisation", "([[MOFCOM]])", 0, O(MOFCOM)),
    ("w09", "organisation", "that [[MOFCOM]] and", 0, O(MOFCOM)),
    (
        "w09",
        "organisation",
        "National Development and Reform Commission",
        0,
        O("National Development and Reform Commission"),
    ),
    ("w09", "organisation", "([[NDRC]])", 0, O("National Development and Reform Commission")),
    # places ("countries along the Belt and Road": the initiative)
    ("w09", "place", "[[China]]'s Investment", 0, CN),
    ("w09", "place", "2023, [[Chinese]] enterprises", 0, CN),
    ("w09", "place", "undertaken by [[Chinese]] enterprises", 0, CN),
    ("w09", "place", "November, [[Chinese]] enterprises", 0, CN),
    ("w09", "place", "in [[Shanghai]]", 0, CITY("Shanghai", "CN")),
    ("w09", "place", "of [[Vietnam]]", 0, C("Vietnam", "VN")),
    ("w09", "place", "in [[Beijing]]", 0, BEJ),
    # summits ("the previous expo": an anaphor; the seventh CIIE is another gathering; the
    # "regular press conference" is no named gathering)
    ("w09", "summit", CIIE6, 0, S(CIIE6, CIIE6_DATE, "Shanghai")),
    ("w09", "summit", "([[CIIE]])", 0, S(CIIE6, CIIE6_DATE, "Shanghai")),
    ("w09", "summit", "seventh CIIE", 0, S("seventh CIIE", "2024-11")),
    # events (statistical aggregates are tallies, not occurrences: "made ... investment",
    # "contracts ... were signed", "had built 121 ... zones", the expo's "intended deals";
    # "will jointly release", "will be held": future; the minister's meeting and its MoU are
    # MOFCOM's acts, as y05 reads its minister)
    ("w09", "event", "Shouwen [[met]]", 0, E("meeting", "2023-12-15", "Beijing", [MOFCOM, "Vietnam"])),
    ("w09", "event", "sides [[signed]]", 0, E("signing", "2023-12-15", "Beijing", [MOFCOM, "Vietnam"])),
]

# ================================= w10 Reuters wire, Athens (October 4, 2023 11:52 AM GMT+3)
GR = C("Greece", "GR")
ATH = CITY("Athens", "GR")
PIR = CITY("Piraeus", "GR")
PPA = "Piraeus Port Authority"
COSCO = "COSCO Shipping"
PEARL = "Piraeus Europe Asia Rail Logistics"
SGID = "State Grid International Development"
A10 = [
    # dates ("GMT+3": a time zone, outside the span; "later this month": span "this month", as
    # z05's "earlier this month"; "the same period": no calendar unit; "since then" absent)
    ("w10", "date", "October 4, 2023 11:52 AM", 0, "2023-10-04T11:52"),
    ("w10", "date", "Oct 4", 0, "2023-10-04"),
    ("w10", "date", "on [[Wednesday]]", 0, "2023-10-04"),
    ("w10", "date", "the first half of 2023", 0, "2023-H1"),
    ("w10", "date", "the first six months of the year", 0, "2023-01/2023-06"),
    ("w10", "date", "in [[2016]]", 0, "2016"),
    ("w10", "date", "October 2021", 0, "2021-10"),
    ("w10", "date", "last month", 0, "2023-09"),
    ("w10", "date", "on [[Tuesday]]", 0, "2023-10-03"),
    ("w10", "date", "trains in [[2022]]", 0, "2022"),
    ("w10", "date", "this month", 0, "2023-10"),
    ("w10", "date", "in [[2018]]", 0, "2018"),
    ("w10", "date", "since [[2019]]", 0, "2019"),
    ("w10", "date", "on [[Monday]]", 0, "2023-10-02"),
    ("w10", "date", "in [[June]]", 0, "2023-06"),
    ("w10", "date", "last week", 0, "2023-W39"),
    # money
    ("w10", "money", "40.2 million euros", 0, M("40200000", "EUR")),
    ("w10", "money", "280.5 million euros", 0, M("280500000", "EUR")),
    ("w10", "money", "128 million euros", 0, M("128000000", "EUR")),
    # quantities ("raised its holding to 67%": the new figure; "fifth hotel": rank)
    ("w10", "quantity", "46%", 0, Q("46", "%")),
    ("w10", "quantity", "about 1.1 million passengers", 0, Q("1100000", "passenger", "approx")),
    ("w10", "quantity", "2.5 million TEUs", 0, Q("2500000", "TEU")),
    ("w10", "quantity", "51%", 0, Q("51", "%")),
    ("w10", "quantity", "67%", 0, Q("67", "%")),
    ("w10", "quantity", "1,230 trains", 0, Q("1230", "train")),
    ("w10", "quantity", "a [[24%]] stake", 0, Q("24", "%")),
    ("w10", "quantity", "owns [[24%]]", 0, Q("24", "%")),
    # organisations ("COSCO" and "COSCO Shipping" are one group; "The Chinese group", "the company":
    # generic; "the Athens stock exchange", "the Greek energy ministry": lower-case generic nouns
    # after a place; the byline, the Reporting/Editing line and "Our Standards" line carry no facts)
    ("w10", "organisation", "as [[COSCO]] pushes", 0, O(COSCO)),
    ("w10", "organisation", "([[Reuters]])", 0, O("Reuters")),
    ("w10", "organisation", PPA, 0, O(PPA)),
    ("w10", "organisation", "([[PPA]])", 0, O(PPA)),
    ("w10", "organisation", "China's [[COSCO Shipping]]", 0, O(COSCO)),
    ("w10", "organisation", "[[PPA]] said in", 0, O(PPA)),
    ("w10", "organisation", "Piraeus Container Terminal", 0, O("Piraeus Container Terminal")),
    ("w10", "organisation", "[[COSCO]]'s subsidiary", 0, O(COSCO)),
    ("w10", "organisation", "[[COSCO Shipping]] bought", 0, O(COSCO)),
    ("w10", "organisation", "stake in [[PPA]]", 0, O(PPA)),
    ("w10", "organisation", "HRADF", 0, O("HRADF")),
    ("w10", "organisation", "met [[COSCO Shipping]] Vice", 0, O(COSCO)),
    ("w10", "organisation", PEARL, 0, O(PEARL)),
    ("w10", "organisation", "([[PEARL]])", 0, O(PEARL)),
    ("w10", "organisation", "[[PEARL]] ran", 0, O(PEARL)),
    ("w10", "organisation", SGID, 0, O(SGID)),
    ("w10", "organisation", "DESFA", 0, O("DESFA")),
    ("w10", "organisation", "[[State Grid]] already", 0, O(SGID)),
    ("w10", "organisation", "IPTO", 0, O("IPTO")),
    ("w10", "organisation", "European Commission", 0, O("European Commission")),
    # places (the port's city is tagged, as x04's Hambantota; Piraeus inside the organisations'
    # names is not; "Europe" in the quote counts)
    ("w10", "place", "[[Greece]]'s Piraeus", 0, GR),
    ("w10", "place", "Greece's [[Piraeus]] port", 0, PIR),
    ("w10", "place", "ATHENS", 0, ATH),
    ("w10", "place", "[[Greece]]'s biggest", 0, GR),
    ("w10", "place", "[[China]]'s COSCO", 0, CN),
    ("w10", "place", "the [[Athens]] stock", 0, ATH),
    ("w10", "place", "[[Greece]]'s privatisation", 0, GR),
    ("w10", "place", "The [[Chinese]] group", 0, CN),
    ("w10", "place", "[[Greek]] Shipping", 0, GR),
    ("w10", "place", "in [[Athens]] on", 0, ATH),
    ("w10", "place", "Budapest", 0, CITY("Budapest", "HU")),
    ("w10", "place", "Belgrade", 0, CITY("Belgrade", "RS")),
    ("w10", "place", "Prague", 0, CITY("Prague", "CZ")),
    ("w10", "place", '"[[Piraeus]] is', 0, PIR),
    ("w10", "place", "to [[Europe]],", 0, REG("Europe")),
    ("w10", "place", "[[Greek]] Prime", 0, GR),
    ("w10", "place", "to [[Beijing]]", 0, BEJ),
    ("w10", "place", "[[Greece]], which", 0, GR),
    ("w10", "place", "new [[Chinese]] infrastructure", 0, CN),
    ("w10", "place", "[[Chinese]] power grid", 0, CN),
    ("w10", "place", "[[Greek]] gas", 0, GR),
    ("w10", "place", "the [[Greek]] energy", 0, GR),
    # summits
    ("w10", "summit", BRF3S, 0, S(BRF3S, "2023-10", "Beijing")),
    # events ("rose", "handled", "ran": figures; "confirmed", "had completed mandatory investments":
    # no occurrence of a type; "has not yet obtained", "has not signed": negated; "will travel":
    # future; "joined the initiative": no type; "discussed": part of the meeting; "approved":
    # a decision; "owns": a state; the stake sale "agreed in June" is its own signing, as z04)
    ("w10", "event", "bought", 0, E("investment", "2016", None, [COSCO, PPA], M("280500000", "EUR"))),
    ("w10", "event", "raised", 0, E("investment", "2021-10", None, [COSCO, PPA], Q("67", "%"))),
    ("w10", "event", "Stylianides [[met]]", 0, E("meeting", "2023-10-03", "Athens", ["Greece", COSCO])),
    (
        "w10",
        "event",
        "purchase",
        0,
        E("investment", "2023-10-02", None, [SGID, "DESFA"], M("128000000", "EUR")),
    ),
    ("w10", "event", "was [[agreed]]", 0, E("signing", "2023-06", None, [SGID, "DESFA"])),
]

ANNOTATIONS = A01 + A02 + A03 + A04 + A05 + A06 + A07 + A08 + A09 + A10


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "w*.txt")
