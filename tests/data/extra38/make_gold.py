#!/usr/bin/env python3
"""Build tests/data/extra38/gold.jsonl from hand annotations of the af*.txt documents here.

Four invented but realistic Belt and Road news texts, written BLIND (annotated from shared/gold/NOTES.md,
shared/spec/facts.md and the earlier sets' recorded calls, without running bri_corpus on them):
  af01  a Financial Express story on ECNEC's revised Tk crore cost for the Chinese-built Joydebpur-Ishwardi
        rail link (China Exim buyer's credit, CREC, km, bridges) and the commissioning of a 1,320 MW plant;
  af02  a Georgia Today story on the completion of the main Kvesheti-Kobi tunnel by a Chinese contractor
        (GEL / lari / US$ / EUR, a tender, a contract, the 2023 strategic partnership agreement, a meeting);
  af03  a Reporter (Ethiopia) story on the restructuring of the Addis Ababa-Djibouti railway's China Exim debt
        (US$ / Br / birr, tonnes, passengers, the 2024/25 fiscal year, the operator's board);
  af04  an Edge Malaysia story on the ECRL's quarterly progress (RM billion, 89.6%, 3Q2025, a tunnel
        breakthrough, a minister's visit, a supplementary agreement, a stock code).
(The brief asked for 350-450 words each; in the time given the documents came out at 230-325 words.)

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.  Offsets are computed,
never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded in tests/data/extra3 ...
extra37/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - an ECNEC sitting that approves a project's revised cost, "chaired" by the Prime Minister, is a
    government body's decision (extra14's "approved"), no meeting occurrence: it is the internal sitting of
    one body, not parties meeting;
  - "Tk 4,870cr": "cr" is crore; a Bangladesh "current fiscal year" in May 2024 -> 2023-07/2024-06 (t03);
  - "started construction": the event noun after the support verb is the trigger (r02's "started
    production"); "has generated ... since January": production dated by the month it runs from;
  - a plant "commissioned" by the Prime Minister (standing for the country, no office named) is an opening
    ceremony with its cost in the same clause as amount; named attendees' bodies take part;
  - a railway named after its end towns tags each town; "Djibouti" in "Addis Ababa-Djibouti railway" is
    the city at its end, "neighbouring Djibouti" the country;
  - a headline naming a country as signer ("Ethiopia, China Exim sign") puts the country among the
    participants beside the ministry that signed;
  - "the 2023 agreement": the year is a date (extra37's "The original 2013 loan"); "Article 4",
    "Clause 14.3", "Tunnel 38", "(HKEX: 1800)" are identifiers or names; "36th" is a rank;
  - a byline "By Farah Kuantan / The Edge Malaysia" names the outlet (an organisation) and a person named
    like a town (no place), as "By Nino Gurjaani" and "By Tewodros Harar";
  - "the third quarter (3Q2025)": two date facts of the same quarter; "2Q2025" is 2025-Q2;
  - "Kuantan Port" tags the town (extra22's station call); "Port Klang" is a town as written;
  - a "Read more:" line is chrome like "Related:".
Run:  python3 tests/data/extra38/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402,F401  (shared helpers of the annotated sets)

CN = C("China", "CN")
BEJ = CITY("Beijing", "CN")
EXIM = "Export-Import Bank of China"

# ================================= af01 The Financial Express, Dhaka (May 08, 2024 09:14:22, a Wednesday)
BD = C("Bangladesh", "BD")
DHAKA = CITY("Dhaka", "BD")
JOY = CITY("Joydebpur", "BD")
ISH = CITY("Ishwardi", "BD")
TANGAIL = REG("Tangail", "BD")
BARG = REG("Barguna", "BD")
BARI = CITY("Barishal", "BD")
ECNEC = "Executive Committee of the National Economic Council"
ERD = "Economic Relations Division"
CREC1 = "China Railway Group Limited"
PCC = "Power Construction Corporation of China"
BPDB = "Bangladesh Power Development Board"
A01 = [
    # dates ("two years": a spelled-out duration; the copyright year is chrome)
    ("af01", "date", "May 08, 2024 09:14:22", 0, "2024-05-08T09:14:22"),
    ("af01", "date", "on [[Tuesday]]", 0, "2024-05-07"),
    ("af01", "date", "in [[2019]]", 0, "2019"),
    ("af01", "date", "June 2027", 0, "2027-06"),
    ("af01", "date", "23 November 2021", 0, "2021-11-23"),
    ("af01", "date", "the current fiscal year", 0, "2023-07/2024-06"),
    ("af01", "date", "March 2022", 0, "2022-03"),
    ("af01", "date", "the end of April", 0, "2024-04"),
    ("af01", "date", "on [[Saturday]]", 0, "2024-05-04"),
    ("af01", "date", "since [[January]]", 0, "2024-01"),
    # money (a crore is ten million)
    ("af01", "money", "Tk 4,870cr", 0, M("48700000000", "BDT")),
    ("af01", "money", "Tk 4,870 crore", 0, M("48700000000", "BDT")),
    ("af01", "money", "Tk 3,912 crore", 0, M("39120000000", "BDT")),
    ("af01", "money", "US$ 412 million", 0, M("412000000", "USD")),
    ("af01", "money", "about Tk 1,240 crore", 0, M("12400000000", "BDT", "approx")),
    ("af01", "money", "Tk 850 crore", 0, M("8500000000", "BDT")),
    ("af01", "money", "$1.98 billion", 0, M("1980000000", "USD")),
    # quantities ("a day" outside; "Clause 14.3" an identifier; the advertisement phone number is chrome)
    ("af01", "quantity", "161-km", 0, Q("161", "km")),
    ("af01", "quantity", "58 per cent", 0, Q("58", "%")),
    ("af01", "quantity", "47 bridges", 0, Q("47", "bridge")),
    ("af01", "quantity", "11 stations", 0, Q("11", "station")),
    ("af01", "quantity", "up to 36 trains", 0, Q("36", "train", "le")),
    ("af01", "quantity", "90 minutes", 0, Q("90", "minute")),
    ("af01", "quantity", "1,320 MW", 0, Q("1320", "MW")),
    ("af01", "quantity", "1,050 million kWh", 0, Q("1050000000", "kWh")),
    ("af01", "quantity", "about 4,200 tonnes", 0, Q("4200", "t", "approx")),
    # organisations ("Staff Correspondent": a desk byline; "Prime Minister", "Planning Minister", "Project
    # director": titles; "the bank": an anaphor; China inside China Exim's / PowerChina's names, Bangladesh
    # inside BPDB's name not tagged; the copyright holder is chrome)
    ("af01", "organisation", "[[ECNEC]] clears", 0, O(ECNEC)),
    ("af01", "organisation", ECNEC, 0, O(ECNEC)),
    ("af01", "organisation", "([[ECNEC]])", 0, O(ECNEC)),
    ("af01", "organisation", "Planning Commission", 0, O("Planning Commission")),
    ("af01", "organisation", EXIM, 0, O(EXIM)),
    ("af01", "organisation", "([[China Exim]])", 0, O(EXIM)),
    ("af01", "organisation", ERD, 0, O(ERD)),
    ("af01", "organisation", "([[ERD]])", 0, O(ERD)),
    ("af01", "organisation", CREC1, 0, O(CREC1)),
    ("af01", "organisation", "([[CREC]])", 0, O(CREC1)),
    ("af01", "organisation", "allows [[CREC]]", 0, O(CREC1)),
    ("af01", "organisation", PCC, 0, O(PCC)),
    ("af01", "organisation", "([[PowerChina]])", 0, O(PCC)),
    ("af01", "organisation", BPDB, 0, O(BPDB)),
    ("af01", "organisation", "([[BPDB]])", 0, O(BPDB)),
    ("af01", "organisation", "According to [[BPDB]]", 0, O(BPDB)),
    # places (the districts are regions (m02's division); "Md Shamsul Arefin" a person)
    ("af01", "place", "Joydebpur", 0, JOY),
    ("af01", "place", "Ishwardi", 0, ISH),
    ("af01", "place", "Chinese", 0, CN),
    ("af01", "place", "Joydebpur", 1, JOY),
    ("af01", "place", "Ishwardi", 1, ISH),
    ("af01", "place", "in [[Dhaka]], the", 0, DHAKA),
    ("af01", "place", "in [[Beijing]]", 0, BEJ),
    ("af01", "place", "[[Bangladesh]] will", 0, BD),
    ("af01", "place", "Gazipur", 0, REG("Gazipur", "BD")),
    ("af01", "place", "Tangail", 0, TANGAIL),
    ("af01", "place", "Sirajganj", 0, REG("Sirajganj", "BD")),
    ("af01", "place", "[[Dhaka]]-Rajshahi", 0, DHAKA),
    ("af01", "place", "Rajshahi", 0, CITY("Rajshahi", "BD")),
    ("af01", "place", "Tangail", 1, TANGAIL),
    ("af01", "place", "Barishal", 0, BARI),
    ("af01", "place", "Barishal", 1, BARI),
    ("af01", "place", "Barguna", 0, BARG),
    # events ("approved": ECNEC's decision; "chaired the session": the same body's sitting, no meeting;
    # "comes as a buyer's credit", "will bear": financing; "had been completed", "being built": progress;
    # "will carry": future)
    ("af01", "event", "(ERD) [[signed]]", 0, E("signing", "2021-11-23", "Beijing", [EXIM, ERD], M("412000000", "USD"))),
    ("af01", "event", "started [[construction]]", 0, E("construction", "2022-03", None, [CREC1])),
    ("af01", "event", "commissioned", 0,
     E("ceremony", "2024-05-04", "Barguna", ["Bangladesh", PCC, BPDB], M("1980000000", "USD"))),
    ("af01", "event", "has [[generated]]", 0, E("production", "2024-01", "Barguna", None, Q("1050000000", "kWh"))),
]

# ================================= af02 Georgia Today, Tbilisi (22 July 2025 - 13:05, a Tuesday)
GE = C("Georgia", "GE")
TBS = CITY("Tbilisi", "GE")
KOBI = CITY("Kobi", "GE")
KVE = CITY("Kvesheti", "GE")
CR11 = "China Railway 11th Bureau Group Co., Ltd."
RDG = "Roads Department of Georgia"
ADB = "Asian Development Bank"
EIB = "European Investment Bank"
A02 = [
    # dates (the Related line and the copyright line are chrome; "two years": spelled out; "every year":
    # no calendar point)
    ("af02", "date", "22 July 2025 - 13:05", 0, "2025-07-22T13:05"),
    ("af02", "date", "on [[Sunday]]", 0, "2025-07-20"),
    ("af02", "date", "on [[Monday]]", 0, "2025-07-21"),
    ("af02", "date", "April 2019", 0, "2019-04"),
    ("af02", "date", "19 June 2019", 0, "2019-06-19"),
    ("af02", "date", "the end of 2026", 0, "2026"),
    ("af02", "date", "this year", 0, "2025"),
    ("af02", "date", "in [[2024]]", 0, "2024"),
    ("af02", "date", "31 July 2023", 0, "2023-07-31"),
    ("af02", "date", "On [[Friday]]", 0, "2025-07-18"),
    ("af02", "date", "the [[2023]] agreement", 0, "2023"),
    # money (lari -> GEL)
    ("af02", "money", "GEL 1.56 billion", 0, M("1560000000", "GEL")),
    ("af02", "money", "about US$ 575 million", 0, M("575000000", "USD", "approx")),
    ("af02", "money", "GEL 1.04 billion", 0, M("1040000000", "GEL")),
    ("af02", "money", "310 million lari", 0, M("310000000", "GEL")),
    ("af02", "money", "245 million lari", 0, M("245000000", "GEL")),
    ("af02", "money", "more than EUR 1 billion", 0, M("1000000000", "EUR", "gt")),
    ("af02", "money", "$90 million", 0, M("90000000", "USD")),
    # quantities ("a year" outside; "11th" inside a name; "Article 4": an identifier; the phone is chrome)
    ("af02", "quantity", "8.9-km", 0, Q("8.9", "km")),
    ("af02", "quantity", "23-km", 0, Q("23", "km")),
    ("af02", "quantity", "2,400 metres", 0, Q("2400", "m")),
    ("af02", "quantity", "87%", 0, Q("87", "%")),
    ("af02", "quantity", "About 1,100 workers", 0, Q("1100", "worker", "approx")),
    ("af02", "quantity", "430 Chinese engineers", 0, Q("430", "engineer")),
    ("af02", "quantity", "120,000 TEU", 0, Q("120000", "TEU")),
    # organisations ("the Roads Department" is the department named in full before; "the department",
    # "The Chinese company", "The government": generic; "Economy Minister": a title naming no body;
    # "North-South Corridor": a route; "Georgia Today" only in chrome)
    ("af02", "organisation", CR11, 0, O(CR11)),
    ("af02", "organisation", RDG, 0, O(RDG)),
    ("af02", "organisation", ADB, 0, O(ADB)),
    ("af02", "organisation", "([[ADB]])", 0, O(ADB)),
    ("af02", "organisation", EIB, 0, O(EIB)),
    ("af02", "organisation", "([[EIB]])", 0, O(EIB)),
    ("af02", "organisation", "the [[Roads Department]] in", 0, O(RDG)),
    # places ("Nino Gurjaani", "Giorgi Tsiklauri" persons; Georgia inside the department's name not tagged)
    ("af02", "place", "[[Chinese]] contractor", 0, CN),
    ("af02", "place", "Kvesheti", 0, KVE),
    ("af02", "place", "Kobi", 0, KOBI),
    ("af02", "place", "TBILISI", 0, TBS),
    ("af02", "place", "near [[Kobi]]", 0, KOBI),
    ("af02", "place", "Kvesheti", 1, KVE),
    ("af02", "place", "Kvesheti-[[Kobi]] section", 0, KOBI),
    ("af02", "place", "The [[Chinese]] company", 0, CN),
    ("af02", "place", "in [[Tbilisi]] on", 0, TBS),
    ("af02", "place", "430 [[Chinese]] engineers", 0, CN),
    ("af02", "place", "[[Georgia]] and China", 0, GE),
    ("af02", "place", "Georgia and [[China]]", 0, CN),
    ("af02", "place", "[[Chinese]] firms", 0, CN),
    ("af02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("af02", "place", "in [[Tbilisi]] to", 0, TBS),
    ("af02", "place", "Kutaisi", 0, CITY("Kutaisi", "GE")),
    # events (the headline "completes" anchors the completion of the tunnel's boring ("completed" in the
    # body the same); "financed by": financing; "won an international tender": an award, no type; "has
    # paid": no type; "hold road contracts": a tally; "are to hold": future; the minister stands for
    # Georgia (no ministry named), the ambassador for China)
    ("af02", "event", "completes", 0, E("construction", "2025-07-20", "Kobi", [CR11])),
    ("af02", "event", "[[signed]] a GEL", 0,
     E("signing", "2019-06-19", "Tbilisi", [CR11, RDG], M("1040000000", "GEL"))),
    ("af02", "event", "[[signed]] a strategic", 0, E("signing", "2023-07-31", None, ["Georgia", "China"])),
    ("af02", "event", "Abashidze [[met]]", 0, E("meeting", "2025-07-18", "Tbilisi", ["Georgia", "China"])),
]

# ================================= af03 The Reporter, Addis Ababa (September 6, 2025, a Saturday)
ET = C("Ethiopia", "ET")
ADD = CITY("Addis Ababa", "ET")
MOF3 = "Ministry of Finance"
CREC3 = "China Railway Engineering Corporation"
CCECC = "China Civil Engineering Construction Corporation"
EDR = "Ethio-Djibouti Standard Gauge Rail Transport S.C."
A03 = [
    # dates ("last week": the ISO week before the report's; "every day": no calendar point)
    ("af03", "date", "September 6, 2025", 0, "2025-09-06"),
    ("af03", "date", "on [[August 28]]", 0, "2025-08-28"),
    ("af03", "date", "to [[2045]]", 0, "2045"),
    ("af03", "date", "since [[2018]]", 0, "2018"),
    ("af03", "date", "October 2016", 0, "2016-10"),
    ("af03", "date", "the 2024/25 fiscal year", 0, "2024-07/2025-06"),
    ("af03", "date", "last week", 0, "2025-W35"),
    ("af03", "date", "by [[2027]]", 0, "2027"),
    # money (Br / birr -> ETB)
    ("af03", "money", "some US$ 1.1 billion", 0, M("1100000000", "USD", "approx")),
    ("af03", "money", "Br 18.6 billion", 0, M("18600000000", "ETB")),
    ("af03", "money", "USD 4 billion", 0, M("4000000000", "USD")),
    ("af03", "money", "4.3 billion birr", 0, M("4300000000", "ETB")),
    ("af03", "money", "about $31 million", 0, M("31000000", "USD", "approx")),
    ("af03", "money", "Br 5.1 billion", 0, M("5100000000", "ETB")),
    # quantities ("six locomotives": a spelled-out count)
    ("af03", "quantity", "12 years", 0, Q("12", "year")),
    ("af03", "quantity", "3%", 0, Q("3", "%")),
    ("af03", "quantity", "2.1%", 0, Q("2.1", "%")),
    ("af03", "quantity", "752-km", 0, Q("752", "km")),
    ("af03", "quantity", "70 percent", 0, Q("70", "%")),
    ("af03", "quantity", "1.72 million tonnes", 0, Q("1720000", "t")),
    ("af03", "quantity", "146,000 passengers", 0, Q("146000", "passenger")),
    ("af03", "quantity", "2.5 million tonnes", 0, Q("2500000", "t")),
    # organisations (the outlet "The Reporter has learnt" is tagged as a masthead name; "the ministry",
    # "the company": generic; "board chairman": a title; Djibouti inside EDR's name not tagged)
    ("af03", "organisation", "[[China Exim]] sign", 0, O(EXIM)),
    ("af03", "organisation", MOF3, 0, O(MOF3)),
    ("af03", "organisation", EXIM, 0, O(EXIM)),
    ("af03", "organisation", "([[China Exim]])", 0, O(EXIM)),
    ("af03", "organisation", "The Reporter", 0, O("The Reporter")),
    ("af03", "organisation", CREC3, 0, O(CREC3)),
    ("af03", "organisation", "([[CREC]])", 0, O(CREC3)),
    ("af03", "organisation", CCECC, 0, O(CCECC)),
    ("af03", "organisation", "([[CCECC]])", 0, O(CCECC)),
    ("af03", "organisation", "which [[China Exim]]", 0, O(EXIM)),
    ("af03", "organisation", EDR, 0, O(EDR)),
    ("af03", "organisation", "([[EDR]])", 0, O(EDR)),
    ("af03", "organisation", "the [[EDR]] board", 0, O(EDR)),
    ("af03", "organisation", "[[EDR]] board chairman", 0, O(EDR)),
    # places ("Tewodros Harar", "Abdi Zenebe" persons; the Red Sea coast is a coast)
    ("af03", "place", "[[Ethiopia]], China", 0, ET),
    ("af03", "place", "in [[Beijing]]", 0, BEJ),
    ("af03", "place", "the [[Addis Ababa]]-Djibouti", 0, ADD),
    ("af03", "place", "Addis Ababa-[[Djibouti]] railway", 0, CITY("Djibouti", "DJ")),
    ("af03", "place", "[[Ethiopia]] has paid", 0, ET),
    ("af03", "place", "in [[Addis Ababa]] in", 0, ADD),
    ("af03", "place", "neighbouring [[Djibouti]]", 0, C("Djibouti", "DJ")),
    # events (the headline "sign" anchors the restructuring signing ("signed" in the body the same), its
    # sum owed the amount; "built by ... cost": the building work with its cost (t-call), undated;
    # "financed": financing; "inaugurated": the opening ceremony; "carried", "reached": figures; "plans
    # to add", "expects": future; "has paid": no type)
    ("af03", "event", "Exim [[sign]]", 0,
     E("signing", "2025-08-28", "Beijing", ["Ethiopia", EXIM, MOF3], M("1100000000", "USD", "approx"))),
    ("af03", "event", "built", 0, E("construction", None, None, [CREC3, CCECC], M("4000000000", "USD"))),
    ("af03", "event", "inaugurated", 0, E("ceremony", "2016-10", "Addis Ababa")),
]

# ================================= af04 The Edge Malaysia, Kuala Lumpur (27 Nov 2025, 06:40 pm, a Thursday)
MY = C("Malaysia", "MY")
KB = CITY("Kota Bharu", "MY")
KEL = REG("Kelantan", "MY")
MRL = "Malaysia Rail Link Sdn Bhd"
CCCC = "China Communications Construction Company Ltd"
A04 = [
    # dates (the dateline "(Nov 27)" is a date of its own (extra37); the Read more line is chrome)
    ("af04", "date", "27 Nov 2025, 06:40 pm", 0, "2025-11-27T18:40"),
    ("af04", "date", "Nov 27", 0, "2025-11-27"),
    ("af04", "date", "the end of October", 0, "2025-10"),
    ("af04", "date", "on [[Thursday]]", 0, "2025-11-27"),
    ("af04", "date", "the third quarter", 0, "2025-Q3"),
    ("af04", "date", "3Q2025", 0, "2025-Q3"),
    ("af04", "date", "2Q2025", 0, "2025-Q2"),
    ("af04", "date", "on [[Nov 18]]", 0, "2025-11-18"),
    ("af04", "date", "on [[Monday]]", 0, "2025-11-24"),
    ("af04", "date", "December 2026", 0, "2026-12"),
    ("af04", "date", "January 2027", 0, "2027-01"),
    ("af04", "date", "April 2023", 0, "2023-04"),
    ("af04", "date", "on [[Oct 30]]", 0, "2025-10-30"),
    ("af04", "date", "on [[Thursday]]", 1, "2025-11-27"),
    # money ("HK$" -> HKD)
    ("af04", "money", "RM2.1 billion", 0, M("2100000000", "MYR")),
    ("af04", "money", "RM1.7 billion", 0, M("1700000000", "MYR")),
    ("af04", "money", "RM75.2 billion", 0, M("75200000000", "MYR")),
    ("af04", "money", "RM460 million", 0, M("460000000", "MYR")),
    ("af04", "money", "HK$4.87", 0, M("4.87", "HKD")),
    # quantities ("Tunnel 38": a name; "36th": a rank; "1800": a stock code; "a year" outside)
    ("af04", "quantity", "89.6%", 0, Q("89.6", "%")),
    ("af04", "quantity", "665km", 0, Q("665", "km")),
    ("af04", "quantity", "89.6%", 1, Q("89.6", "%")),
    ("af04", "quantity", "3.4km", 0, Q("3.4", "km")),
    ("af04", "quantity", "42 tunnels", 0, Q("42", "tunnel")),
    ("af04", "quantity", "About 85%", 0, Q("85", "%", "approx")),
    ("af04", "quantity", "up to 8.5 million tonnes", 0, Q("8500000", "t", "le")),
    ("af04", "quantity", "some 6,300 jobs", 0, Q("6300", "job", "approx")),
    ("af04", "quantity", "2.3%", 0, Q("2.3", "%")),
    # organisations (ECRL is the project, no organisation; "Transport Minister", "chief executive officer":
    # titles; Malaysia inside MRL's and the outlet's names, China inside CCCC's and the bank's not tagged)
    ("af04", "organisation", "The Edge Malaysia", 0, O("The Edge Malaysia")),
    ("af04", "organisation", MRL, 0, O(MRL)),
    ("af04", "organisation", "([[MRL]])", 0, O(MRL)),
    ("af04", "organisation", CCCC, 0, O(CCCC)),
    ("af04", "organisation", "([[CCCC]])", 0, O(CCCC)),
    ("af04", "organisation", "completed, [[MRL]] said", 0, O(MRL)),
    ("af04", "organisation", "with [[MRL]] chief", 0, O(MRL)),
    ("af04", "organisation", "officials of [[CCCC]]", 0, O(CCCC)),
    ("af04", "organisation", EXIM, 0, O(EXIM)),
    ("af04", "organisation", "Ministry of Finance", 0, O("Ministry of Finance")),
    ("af04", "organisation", "[[MRL]] and CCCC", 0, O(MRL)),
    ("af04", "organisation", "MRL and [[CCCC]]", 0, O(CCCC)),
    ("af04", "organisation", "jobs, [[MRL]] said", 0, O(MRL)),
    ("af04", "organisation", "[[CCCC]]'s shares", 0, O(CCCC)),
    ("af04", "organisation", "HKEX", 0, O("HKEX")),
    # places ("Farah Kuantan", "Rahim Selamat", "Zulkifli Darus" persons; "Kuantan Port" tags the town)
    ("af04", "place", "Kota Bharu", 0, KB),
    ("af04", "place", "KUALA LUMPUR", 0, CITY("Kuala Lumpur", "MY")),
    ("af04", "place", "Pahang", 0, REG("Pahang", "MY")),
    ("af04", "place", "[[Malaysia]]'s Transport", 0, MY),
    ("af04", "place", "Kota Bharu", 1, KB),
    ("af04", "place", "Kelantan", 0, KEL),
    ("af04", "place", "Kota Bharu", 2, KB),
    ("af04", "place", "Mentakab", 0, CITY("Mentakab", "MY")),
    ("af04", "place", "Port Klang", 0, CITY("Port Klang", "MY")),
    ("af04", "place", "Putrajaya", 0, CITY("Putrajaya", "MY")),
    ("af04", "place", "the [[Kuantan]] Port", 0, CITY("Kuantan", "MY")),
    ("af04", "place", "Kelantan", 1, KEL),
    ("af04", "place", "Terengganu", 0, REG("Terengganu", "MY")),
    # events (the headline "visits" anchors the minister's visit ("visited" the same), the minister standing
    # for Malaysia (no transport ministry named) with the named attendees' bodies; "broke through": the
    # completion of the tunnel (extra23); "reached", "certified", "rose": figures; "was revised",
    # "is funded", "issued": financing; "would open", "will handle": future)
    ("af04", "event", "visits", 0, E("visit", "2025-11-24", "Kota Bharu", ["Malaysia", MRL, CCCC])),
    ("af04", "event", "broke through", 0, E("construction", "2025-11-18", "Pahang", [CCCC])),
    ("af04", "event", "[[signed]] a RM460", 0,
     E("signing", "2025-10-30", "Putrajaya", [MRL, CCCC], M("460000000", "MYR"))),
]

if __name__ == "__main__":
    main(A01 + A02 + A03 + A04, HERE, "af*.txt")
