#!/usr/bin/env python3
"""Build tests/data/extra14/gold.jsonl from hand annotations of the m*.txt documents here.

The three documents are invented but realistic Belt and Road news texts (a Daily Monitor story on
unpaid EACOP land compensation with Shs/KSh/US$ amounts, a parliamentary committee and a High Court
case; a BSS story on a cabinet approval of a Chinese grant for the Teesta feasibility study with
Tk crore/lakh/RMB amounts and Bangladeshi fiscal years; a Chinese Embassy in Zambia website item on
the handover of donated solar equipment with RMB/K/US$ amounts and the FOCAC Beijing Summit) written
BLIND: annotated from shared/gold/NOTES.md and shared/spec/facts.md alone, without running bri_corpus
on them, so that they measure the extractors on unseen text.  (The brief asked for five; m04 (an
AFR/Stuff analysis of Pacific investment) and m05 (a Budapest-Belgrade railway story) were not
written in the time given.)

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls
recorded in tests/data/extra3 ... extra13/make_gold.py; the comments record the calls NOTES
leaves open.  Calls made for the first time in this set:
  - "Shs" before an amount in a Ugandan paper is the Uganda shilling (UGX), "KSh" the Kenya
    shilling (KES);
  - a project's acronym used as its name ("EACOP:" in a headline) is no organisation; the
    operating company "East African Crude Oil Pipeline Ltd" is; the regional adjective in the
    pipeline's name ("East African Crude Oil Pipeline") is the region East Africa, with no
    country (extra10's "Far Eastern route"), and is not tagged inside the company's name (flat);
  - a bare "Parliament" is generic (y03), but its committee with a proper name ("Committee on
    Environment and Natural Resources") is an organisation, as a ministry's named department;
    "MPs" and "senators" are no mentions; "the Cabinet" is generic (y03);
  - a Ugandan district named with "districts" after it ("Hoima and Kikuube districts") is a
    region of the country; the town named alone ("near Kakumiro") is a city;
  - a demonym naming the country's stretch of a cross-border line ("the 296km Ugandan section")
    is the country;
  - a person named like a town ("Ms Agnes Kabale") is no place (extra6);
  - "next week" -> the ISO week after the report's, as "last week" -> the week before;
  - the start of welding a pipeline ("began welding") is the start of building work
    (construction);
  - financing agreements "signed" by unnamed "shareholders" with named lenders: a signing whose
    participants are the lenders the text names; its worth is the amount.
  - a desk slug closing a wire item ("BSS/MHT/1830 hrs") is chrome, like "Editor:";
  - "the end of the year" -> the year (NOTES' "the end of January" -> the month);
  - the embassy's "the Embassy" after its full name in the header is generic, as "the Company";
    "Chinese Government" (capitalised) is an organisation, as NOTES' "Chinese Foreign Ministry";
  - an embassy headline "Attends the Handover of ... Equipment" anchors the donation on "Handover"
    (the event noun after a support verb; extra6: the handover is the act);
  - "this year marks the 61st anniversary of ... relations": no celebration occurrence;
  - one verb covering two building works ("have built the ... station and the ... carriageway")
    anchors two construction facts (NOTES' 004), each with its size as its amount.
Run:  python3 tests/data/extra14/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= m01 Daily Monitor, Kampala (Tuesday, October 14, 2025)
UG = C("Uganda", "UG")
PAU = "Petroleum Authority of Uganda"
CENR = "Committee on Environment and Natural Resources"
EACOPL = "East African Crude Oil Pipeline Ltd"
CPP = "China Petroleum Pipeline Engineering Co., Ltd"
ICBC = "Industrial and Commercial Bank of China"
AFREX = "African Export-Import Bank"
KAKUMIRO = CITY("Kakumiro", "UG")
TANGA = CITY("Tanga", "TZ")
A01 = [
    # dates (the copyright year is chrome; "per day", "per acre": rates outside the spans)
    ("m01", "date", "Tuesday, October 14, 2025", 0, "2025-10-14"),
    ("m01", "date", "the end of September", 0, "2025-09"),
    ("m01", "date", "on [[Monday]]", 0, "2025-10-13"),
    ("m01", "date", "March 2022", 0, "2022-03"),
    ("m01", "date", "January 2023", 0, "2023-01"),
    ("m01", "date", "February last year", 0, "2024-02"),
    ("m01", "date", "June 30", 0, "2025-06-30"),
    ("m01", "date", "the second quarter of the year", 0, "2025-Q2"),
    ("m01", "date", "next week", 0, "2025-W43"),
    ("m01", "date", "October 2", 0, "2025-10-02"),
    ("m01", "date", "November 20", 0, "2025-11-20"),
    ("m01", "date", "on [[Friday]]", 0, "2025-10-10"),
    ("m01", "date", "December 4", 0, "2025-12-04"),
    ("m01", "date", "in [[2024]]", 0, "2024"),
    ("m01", "date", "March this year", 0, "2025-03"),
    ("m01", "date", "last month", 0, "2025-09"),
    # money
    ("m01", "money", "Shs 48.6 billion", 0, M("48600000000", "UGX")),
    ("m01", "money", "about Shs 6.1 billion", 0, M("6100000000", "UGX", "approx")),
    ("m01", "money", "Shs 3.5 million", 0, M("3500000", "UGX")),
    ("m01", "money", "US$5 billion", 0, M("5000000000", "USD")),
    ("m01", "money", "about $3.2 billion", 0, M("3200000000", "USD", "approx")),
    ("m01", "money", "KSh 2.4 billion", 0, M("2400000000", "KES")),
    # quantities ("Clause 9.2": an identifier; the feedback line's phone number: chrome)
    ("m01", "quantity", "more than 340 households", 0, Q("340", "household", "gt")),
    ("m01", "quantity", "3,912 project-affected persons", 0, Q("3912", "person")),
    ("m01", "quantity", "1,443km", 0, Q("1443", "km")),
    ("m01", "quantity", "up to 246,000 barrels", 0, Q("246000", "barrel", "le")),
    ("m01", "quantity", "62 percent", 0, Q("62", "%")),
    ("m01", "quantity", "15 percent", 0, Q("15", "%")),
    ("m01", "quantity", "15 percent", 1, Q("15", "%")),
    ("m01", "quantity", "8 percent", 0, Q("8", "%")),
    ("m01", "quantity", "296km", 0, Q("296", "km")),
    ("m01", "quantity", "4,200 tonnes", 0, Q("4200", "t")),
    ("m01", "quantity", "26 landowners", 0, Q("26", "landowner")),
    # organisations ("Parliament": generic (y03); the masthead is text; "Monitor Reporter" is a desk
    # byline; "the committee", "the shareholders": generic; the copyright holder is chrome)
    ("m01", "organisation", "Daily Monitor", 0, O("Daily Monitor")),
    ("m01", "organisation", CENR, 0, O(CENR)),
    ("m01", "organisation", PAU, 0, O(PAU)),
    ("m01", "organisation", "(PAU)", 0, O(PAU)),
    ("m01", "organisation", "[[PAU]] officials", 0, O(PAU)),
    ("m01", "organisation", EACOPL, 0, O(EACOPL)),
    ("m01", "organisation", "(EACOP Ltd)", 0, O(EACOPL)),
    ("m01", "organisation", "TotalEnergies", 0, O("TotalEnergies")),
    ("m01", "organisation", "Uganda National Oil Company", 0, O("Uganda National Oil Company")),
    ("m01", "organisation", "Tanzania Petroleum Development Corporation", 0,
     O("Tanzania Petroleum Development Corporation")),
    ("m01", "organisation", "China National Offshore Oil Corporation", 0,
     O("China National Offshore Oil Corporation")),
    ("m01", "organisation", CPP, 0, O(CPP)),
    ("m01", "organisation", "(CPP)", 0, O(CPP)),
    ("m01", "organisation", "[[CPP]] country manager", 0, O(CPP)),
    ("m01", "organisation", "to [[CPP]] at", 0, O(CPP)),
    ("m01", "organisation", "High Court of Uganda", 0, O("High Court of Uganda")),
    ("m01", "organisation", ICBC, 0, O(ICBC)),
    ("m01", "organisation", "(ICBC)", 0, O(ICBC)),
    ("m01", "organisation", AFREX, 0, O(AFREX)),
    ("m01", "organisation", "(Afreximbank)", 0, O(AFREX)),
    ("m01", "organisation", "Kenya Railways", 0, O("Kenya Railways")),
    # places (countries inside company names are not tagged; "Kingfisher and Tilenga fields": oil
    # fields, no places; Ms Agnes Kabale is a person)
    ("m01", "place", "[[Chinese]] contractor", 0, CN),
    ("m01", "place", "KAMPALA", 0, CITY("Kampala", "UG")),
    ("m01", "place", "Hoima", 0, REG("Hoima", "UG")),
    ("m01", "place", "Kikuube", 0, REG("Kikuube", "UG")),
    ("m01", "place", "the [[East African]] Crude Oil Pipeline by", 0, REG("East Africa")),
    ("m01", "place", "port of [[Tanga]]", 0, TANGA),
    ("m01", "place", "in [[Tanzania]].", 0, C("Tanzania", "TZ")),
    ("m01", "place", "Ugandan", 0, UG),
    ("m01", "place", "near [[Kakumiro]]", 0, KAKUMIRO),
    ("m01", "place", "Masindi", 0, CITY("Masindi", "UG")),
    ("m01", "place", "Tianjin", 0, CITY("Tianjin", "CN")),
    ("m01", "place", "at [[Tanga]]", 0, TANGA),
    ("m01", "place", "in [[Kampala]] on", 0, CITY("Kampala", "UG")),
    ("m01", "place", "from [[Kakumiro]]", 0, KAKUMIRO),
    ("m01", "place", "In [[Kenya]],", 0, C("Kenya", "KE")),
    ("m01", "place", "Naivasha", 0, CITY("Naivasha", "KE")),
    ("m01", "place", "Malaba", 0, CITY("Malaba", "KE")),
    # events ("won the contract", "adjourned", "filed", "rejected", "had been paid" (a running
    # total), "told": no type; "would visit", "would resume": future)
    ("m01", "event", "began", 0, E("construction", "2024-02", "Kakumiro", [CPP])),
    ("m01", "event", "delivered", 0, E("delivery", "2025-10-02", "Tanga", [CPP], Q("4200", "t"))),
    ("m01", "event", "signed", 0, E("signing", "2025-03", None, [ICBC, AFREX], M("3200000000", "USD", "approx"))),
]

# ================================= m02 BSS, Dhaka (Feb 17, 2025)
BD = C("Bangladesh", "BD")
DHAKA = CITY("Dhaka", "BD")
ERD = "Economic Relations Division"
CIDCA = "China International Development Cooperation Agency"
PCC = "Power Construction Corporation of China"
ECNEC = "Executive Committee of the National Economic Council"
BWDB = "Bangladesh Water Development Board"
BCBF = "Bangladesh-China Business Forum"
A02 = [
    # dates (Bangladesh's fiscal year runs July-June (t03); "the current fiscal year" told in February
    # 2025 is FY2024-25; "Act, 2025": a year inside a law's name; the desk slug "BSS/MHT/1830 hrs"
    # closing the item is chrome, like "Editor:")
    ("m02", "date", "Feb 17, 2025", 0, "2025-02-17"),
    ("m02", "date", "today", 0, "2025-02-17"),
    ("m02", "date", "February 26", 0, "2025-02-26"),
    ("m02", "date", "the 2024-25 fiscal year", 0, "2024-07/2025-06"),
    ("m02", "date", "FY2025-26", 0, "2025-07/2026-06"),
    ("m02", "date", "January 21", 0, "2025-01-21"),
    ("m02", "date", "the next day", 0, "2025-01-22"),
    ("m02", "date", "December 8 last year", 0, "2024-12-08"),
    ("m02", "date", "January 12", 0, "2025-01-12"),
    ("m02", "date", "the first half of the current fiscal year", 0, "2024-07/2024-12"),
    # money (a crore is ten million, a lakh a hundred thousand)
    ("m02", "money", "Tk 520 crore", 0, M("5200000000", "BDT")),
    ("m02", "money", "Tk 520 crore", 1, M("5200000000", "BDT")),
    ("m02", "money", "Tk 85 lakh", 0, M("8500000", "BDT")),
    ("m02", "money", "RMB 100 million", 0, M("100000000", "CNY")),
    ("m02", "money", "about Tk 166 crore", 0, M("1660000000", "BDT", "approx")),
    ("m02", "money", "US$ 1.07 billion", 0, M("1070000000", "USD")),
    # quantities ("six-member": spelled out; "year on year": no date)
    ("m02", "quantity", "18-month", 0, Q("18", "month")),
    ("m02", "quantity", "115 km", 0, Q("115", "km")),
    ("m02", "quantity", "10.5 crore cubic metres", 0, Q("105000000", "m3")),
    ("m02", "quantity", "about 170 square kilometres", 0, Q("170", "km2", "approx")),
    ("m02", "quantity", "1,500 solar irrigation pumps", 0, Q("1500", "pump")),
    ("m02", "quantity", "12 northern districts", 0, Q("12", "district")),
    ("m02", "quantity", "14 percent", 0, Q("14", "%")),
    # organisations ("the Cabinet", "Cabinet Secretary": generic (y03); "the Secretariat": a building;
    # "Chief Adviser": a title; the Teesta project is a programme name; "Inland Shipping (Amendment)
    # Act": a law; the closing desk slug is chrome)
    ("m02", "organisation", "(BSS)", 0, O("BSS")),
    ("m02", "organisation", ERD, 0, O(ERD)),
    ("m02", "organisation", "(ERD)", 0, O(ERD)),
    ("m02", "organisation", "Ministry of Finance", 0, O("Ministry of Finance")),
    ("m02", "organisation", CIDCA, 0, O(CIDCA)),
    ("m02", "organisation", "(CIDCA)", 0, O(CIDCA)),
    ("m02", "organisation", PCC, 0, O(PCC)),
    ("m02", "organisation", "(PowerChina)", 0, O(PCC)),
    ("m02", "organisation", "Water Resources Ministry", 0, O("Water Resources Ministry")),
    ("m02", "organisation", ECNEC, 0, O(ECNEC)),
    ("m02", "organisation", "(ECNEC)", 0, O(ECNEC)),
    ("m02", "organisation", "[[CIDCA]] delegation", 0, O(CIDCA)),
    ("m02", "organisation", BWDB, 0, O(BWDB)),
    ("m02", "organisation", "(BWDB)", 0, O(BWDB)),
    ("m02", "organisation", "[[ERD]] Secretary", 0, O(ERD)),
    ("m02", "organisation", "[[ERD]] data", 0, O(ERD)),
    # places (the Teesta and its basin are a river; China inside CIDCA's and PowerChina's names and
    # Bangladesh inside BWDB's and the forum's names are not tagged)
    ("m02", "place", "[[Chinese]] grant for", 0, CN),
    ("m02", "place", "DHAKA", 0, DHAKA),
    ("m02", "place", "which [[China]] will", 0, CN),
    ("m02", "place", "Beijing", 0, CITY("Beijing", "CN")),
    ("m02", "place", "the [[Rangpur]] division", 0, REG("Rangpur", "BD")),
    ("m02", "place", "in [[Rangpur]] city", 0, CITY("Rangpur", "BD")),
    ("m02", "place", "in [[Dhaka]] on December", 0, DHAKA),
    ("m02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("m02", "place", "in [[Dhaka]] for", 0, DHAKA),
    ("m02", "place", "[[Bangladesh]] received", 0, BD),
    ("m02", "place", "[[Chinese]] grants", 0, CN),
    # summits
    ("m02", "summit", BCBF, 0, S(BCBF, "2024-12-08", "Dhaka")),
    # events ("approved" (twice): cabinet decisions; "would sign", "will carry out": future; "has
    # allocated": budget money (extra12); "was first raised": no type; "received ... grants and loans":
    # a tally; the meeting with BWDB officials during the delegation's trip is a meeting within the
    # visit (extra11), dated by its own day; the ambassador stands for China (extra13))
    ("m02", "event", "visited", 0, E("visit", "2025-01-21", None, [CIDCA])),
    ("m02", "event", "held a [[meeting]]", 0, E("meeting", "2025-01-22", "Rangpur", [CIDCA, BWDB])),
    ("m02", "event", "signed", 0, E("signing", "2025-01-12", "Dhaka", [ERD, "China"], M("100000000", "CNY"))),
]

# ================================= m03 Chinese Embassy in Zambia, website news item (2025-06-05 16:20)
ZM = C("Zambia", "ZM")
LUSAKA = CITY("Lusaka", "ZM")
EMB = "Embassy of the People's Republic of China in the Republic of Zambia"
MOEZ = "Ministry of Energy of the Republic of Zambia"
CGOV = "Chinese Government"
REA = "Rural Electrification Authority"
CJIC = "China Jiangxi Corporation for International Economic and Technical Cooperation"
DMMU = "Disaster Management and Mitigation Unit"
FOCAC = "Beijing Summit of the Forum on China-Africa Cooperation"
A03 = [
    # dates ("61st anniversary": a rank; "the end of the year" -> the year, as NOTES' "the end of
    # January" -> the month; the copyright line is chrome)
    ("m03", "date", "2025-06-05 16:20", 0, "2025-06-05T16:20"),
    ("m03", "date", "June 4, 2025", 0, "2025-06-04"),
    ("m03", "date", "the end of the year", 0, "2025"),
    ("m03", "date", "this year", 0, "2025"),
    ("m03", "date", "September 2024", 0, "2024-09"),
    ("m03", "date", "drought of [[2024]]", 0, "2024"),
    ("m03", "date", "by [[2027]]", 0, "2027"),
    ("m03", "date", "in [[May]]", 0, "2025-05"),
    # money ("K" before an amount in a Zambian text is the kwacha (extra12))
    ("m03", "money", "RMB 12.8 million", 0, M("12800000", "CNY")),
    ("m03", "money", "roughly US$900 million", 0, M("900000000", "USD", "approx")),
    ("m03", "money", "K2.5 million", 0, M("2500000", "ZMW")),
    # quantities (the contact phone number is chrome)
    ("m03", "quantity", "3,000 solar home systems", 0, Q("3000", "system")),
    ("m03", "quantity", "450 solar street lights", 0, Q("450", "light")),
    ("m03", "quantity", "36 rural health centres", 0, Q("36", "centre")),
    ("m03", "quantity", "11 cooperation documents", 0, Q("11", "document")),
    ("m03", "quantity", "750MW", 0, Q("750", "MW")),
    ("m03", "quantity", "327 km", 0, Q("327", "km")),
    ("m03", "quantity", "about 1,200 MW", 0, Q("1200", "MW", "approx")),
    ("m03", "quantity", "1,000 megawatts", 0, Q("1000", "MW")),
    ("m03", "quantity", "20 tonnes", 0, Q("20", "t")),
    # organisations (the header names the embassy (text), the copyright line repeats it (chrome);
    # "Zambia's Ministry of Energy" is one mention of the ministry, its country word inside (NOTES'
    # "Kazakhstan's Embassy"); "Chinese Government" is capitalised (NOTES' "Chinese Foreign Ministry");
    # "Minister of Energy", "Permanent Secretary": titles; "the Embassy": an anaphor of the header,
    # generic as "the Company"; FOCAC inside the summit's name is not tagged)
    ("m03", "organisation", EMB, 0, O(EMB)),
    ("m03", "organisation", "Zambia's Ministry of Energy", 0, O(MOEZ)),
    ("m03", "organisation", CGOV, 0, O(CGOV)),
    ("m03", "organisation", MOEZ, 0, O(MOEZ)),
    ("m03", "organisation", REA, 0, O(REA)),
    ("m03", "organisation", "(REA)", 0, O(REA)),
    ("m03", "organisation", CJIC, 0, O(CJIC)),
    ("m03", "organisation", "the [[Ministry of Energy]] plans", 0, O(MOEZ)),
    ("m03", "organisation", DMMU, 0, O(DMMU)),
    ("m03", "organisation", "(DMMU)", 0, O(DMMU)),
    # places ("Kafue Gorge Lower" names no town (s08); Luapula and Northern are provinces)
    ("m03", "place", "in [[Lusaka]]. Minister", 0, LUSAKA),
    ("m03", "place", "Luapula", 0, REG("Luapula", "ZM")),
    ("m03", "place", "and [[Northern]] provinces", 0, REG("Northern", "ZM")),
    ("m03", "place", "[[China]]-Zambia", 0, CN),
    ("m03", "place", "China-[[Zambia]]", 0, ZM),
    ("m03", "place", "[[Chinese]] companies", 0, CN),
    ("m03", "place", "the [[Lusaka]]-Ndola", 0, LUSAKA),
    ("m03", "place", "Ndola", 0, CITY("Ndola", "ZM")),
    ("m03", "place", "thanked [[China]]", 0, CN),
    ("m03", "place", "[[Zambia]] faces", 0, ZM),
    ("m03", "place", "Chongwe", 0, CITY("Chongwe", "ZM")),
    # summits
    ("m03", "summit", FOCAC, 0, S(FOCAC, "2024-09", "Beijing")),
    # events (the headline's "Handover" anchors the donation (extra6: the handover is the act; its
    # first count the amount (u-call)); "handover ceremony", "donated", "The donation": the same
    # occurrence; the ministry named first (headline), then the donor and the attendees' bodies;
    # "have signed 11 cooperation documents": a tally; "have built" covers two undated building works
    # by Chinese companies (extra12, NOTES' 004 "visits"), each with its size as amount (as extra13's
    # "had built 460 houses": the plant's capacity, the road's length); "marks the 61st anniversary":
    # no celebration told; "thanked": a sub-step; "plans to add": future)
    ("m03", "event", "Handover", 0,
     E("donation", "2025-06-04", "Lusaka", [MOEZ, CGOV, REA, CJIC], Q("3000", "system"))),
    ("m03", "event", "have [[built]]", 0, E("construction", None, None, ["China"], Q("750", "MW"))),
    ("m03", "event", "have [[built]]", 0, E("construction", None, None, ["China"], Q("327", "km"))),
    ("m03", "event", "the Embassy [[donated]]", 0, E("donation", "2025-05", "Chongwe", [EMB, DMMU], Q("20", "t"))),
]

ANNOTATIONS = A01 + A02 + A03

if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "m*.txt")
