#!/usr/bin/env python3
"""Build tests/data/extra42/gold.jsonl from hand annotations of the aj*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a Herald story on the
commissioning of the Hwange expansion and a minister's tour of the Arcadia lithium mine, an
Iraqi News Agency item on the oil-for-reconstruction framework and schools and a refinery built by
Chinese firms, a Notes from Poland story on a Chinese-run terminal at Małaszewicze, a Mint analysis
of a think-tank report on Chinese lending in South Asia) written BLIND: annotated from
shared/gold/NOTES.md, shared/spec/facts.md and the calls of the earlier sets, without running
bri_corpus on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Calls made for the first time in this set:
  - a headline "Hwange 7 and 8 commissioned" names the plant's units (a plant named after its site,
    extra28: no place; the unit numbers are names) and anchors the opening ceremony (NOTES' first
    mention) that the body tells as "officially opened the US$1.5 billion expansion": the cost in
    that clause is its amount (extra17/extra37), its parties the President's country, the owner,
    the builder and the attending ambassador's country (extra28's attendees);
  - "Hwange town" / "Hwange district": the town is a city, the district a region, the lower-case
    generic noun outside (extra36's "Mangystau region"); "Matabeleland North province" likewise;
  - "Council of Ministers Resolution No. 23 of 2025" is an identifier: no date, and the Council
    inside it no mention (extra17/extra34's law titles);
  - Iraq's national output ("Iraq produced an average of 4.2 million barrels per day") is a tally,
    no production event (extra13); "an average of" sets no qualifier (extra25);
  - "Faw Grand Port" tags the town (x04/x12's ports named after towns);
  - "Council of Representatives" (Iraq's parliament by its own name) is an organisation (extra41's
    Jogorku Kenesh);
  - "up from 1,420 in 2024" after "1,870 trains": the bare number counts trains (extra26's "3,100 of
    them"), span the digits; "40-foot" is a quantity in a hyphenated compound with a physical unit
    (extra37's "96-kilometre"), unit "ft";
  - "Connecting Europe Facility" is a programme (no fact), but "Europe" in its name is the region
    (NOTES: places in programme names count, as in "China-Kazakhstan production capacity
    cooperation");
  - a terminal opening told by a headline "opens" takes the partners of the operating joint
    venture, the minister's country (title naming no body) and the ambassador's country; its cost,
    told in the next sentence, is not its amount (the precedents take the cost in the same clause);
  - "5.1 lakh crore" is 5.1 x 10^12 (lakh 10^5, crore 10^7); "₹" is INR; "(NSE: LT)": the exchange
    acronym is an organisation as written (y06/extra5), the ticker an identifier;
  - "Between 2026 and 2028" is one interval, the preposition outside (extra24);
  - "the 2026-27 budget" in an Indian paper is India's April-March fiscal year (extra16);
  - "the acquisition of a 74% stake" is an investment (extra4's stake call) anchored on the event noun;
  - "reached a restructuring agreement with China Exim on $4.2 billion of debt" is a signing anchored
    on "agreement" (extra16/extra29), the debt its amount;
  - "68-page" is a hyphenated count adjective (extra20), no quantity;
  - persons named like places ("Tendai Karoi", "Karim Diyala", "Marta Kalisz", "Tomasz Chełm") are
    no places (extra6/extra11); "July Moyo" (a first name like a month) is no date.
Run:  python3 tests/data/extra42/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")
EXIM = "Export-Import Bank of China"

# ================================= aj01 The Herald (18 March, 2026, a Wednesday; ISO week 12)
ZW = C("Zimbabwe", "ZW")
SINOHYDRO = "Sinohydro Corporation"
ZPC = "Zimbabwe Power Company"
PLZ = "Prospect Lithium Zimbabwe"
MMMD = "Ministry of Mines and Mining Development"
HWANGE = CITY("Hwange", "ZW")
A01 = [
    # dates ("Units 1 to 6", "Hwange 7 and 8", "Unit 7": names; "(c) 2026": chrome)
    ("aj01", "date", "18 March, 2026 | 07:40 AM", 0, "2026-03-18T07:40"),
    ("aj01", "date", "yesterday", 0, "2026-03-17"),
    ("aj01", "date", "March 2023", 0, "2023-03"),
    ("aj01", "date", "during [[2025]]", 0, "2025"),
    ("aj01", "date", "Last week", 0, "2026-W11"),
    ("aj01", "date", "on [[Tuesday]]", 0, "2026-03-17"),
    ("aj01", "date", "on [[Friday]]", 0, "2026-03-13"),
    ("aj01", "date", "last year", 0, "2025"),
    ("aj01", "date", "March 10", 0, "2026-03-10"),
    ("aj01", "date", "early 2027", 0, "2027"),
    ("aj01", "date", "the end of June", 0, "2026-06"),
    # money (the "Related:" headline is chrome; "a month" rate outside)
    ("aj01", "money", "US$1.5 billion", 0, M("1500000000", "USD")),
    ("aj01", "money", "more than US$20 million", 0, M("20000000", "USD", "gt")),
    ("aj01", "money", "ZiG 1.2 billion", 0, M("1200000000", "ZWG")),
    ("aj01", "money", "ZiG 850 million", 0, M("850000000", "ZWG")),
    ("aj01", "money", "US$300m", 0, M("300000000", "USD")),
    # quantities (the newsroom phone line is chrome)
    ("aj01", "quantity", "600MW", 0, Q("600", "MW")),
    ("aj01", "quantity", "600MW", 1, Q("600", "MW")),
    ("aj01", "quantity", "1,520MW", 0, Q("1520", "MW")),
    ("aj01", "quantity", "920MW", 0, Q("920", "MW")),
    ("aj01", "quantity", "3,200 Zimbabwean workers", 0, Q("3200", "worker")),
    ("aj01", "quantity", "1,100", 0, Q("1100", "worker")),
    ("aj01", "quantity", "4.5 million tonnes", 0, Q("4500000", "t")),
    ("aj01", "quantity", "about 310,000 tonnes", 0, Q("310000", "t", "approx")),
    ("aj01", "quantity", "600 jobs", 0, Q("600", "job")),
    ("aj01", "quantity", "5 percent", 0, Q("5", "%")),
    # organisations ("Cabinet", "post-Cabinet", "the Second Republic": generic / no body;
    # Zimpapers in the copyright line: chrome)
    ("aj01", "organisation", "The Herald", 0, O("The Herald")),
    ("aj01", "organisation", EXIM, 0, O(EXIM)),
    ("aj01", "organisation", "China Exim", 0, O(EXIM)),
    ("aj01", "organisation", SINOHYDRO, 0, O(SINOHYDRO)),
    ("aj01", "organisation", ZPC, 0, O(ZPC)),
    ("aj01", "organisation", "([[ZPC]])", 0, O(ZPC)),
    ("aj01", "organisation", "[[Sinohydro]] chairman", 0, O(SINOHYDRO)),
    ("aj01", "organisation", "[[ZPC]] had paid", 0, O(ZPC)),
    ("aj01", "organisation", PLZ, 0, O(PLZ)),
    ("aj01", "organisation", "Zhejiang Huayou Cobalt", 0, O("Zhejiang Huayou Cobalt")),
    ("aj01", "organisation", PLZ, 1, O(PLZ)),
    ("aj01", "organisation", "Yahua Group", 0, O("Yahua Group")),
    ("aj01", "organisation", MMMD, 0, O(MMMD)),
    # places ("Tendai Karoi": a person; "Hwange Thermal Power Station", "Arcadia Lithium Mine":
    # sites' names)
    ("aj01", "place", "in [[HWANGE]]", 0, HWANGE),
    ("aj01", "place", "in [[Hwange]] town", 0, HWANGE),
    ("aj01", "place", "Matabeleland North", 0, REG("Matabeleland North", "ZW")),
    ("aj01", "place", "[[Chinese]] Ambassador", 0, CN),
    ("aj01", "place", "Mozambique", 0, C("Mozambique", "MZ")),
    ("aj01", "place", "Zambia", 0, C("Zambia", "ZM")),
    ("aj01", "place", "[[Zimbabwean]] workers", 0, ZW),
    ("aj01", "place", "[[Hwange]] district", 0, REG("Hwange", "ZW")),
    ("aj01", "place", "Goromonzi", 0, CITY("Goromonzi", "ZW")),
    ("aj01", "place", "[[China]]'s Zhejiang", 0, CN),
    # events ("paid", "employed", "approved", "briefing", "processes", "exported", "is expected to
    # start", "would gazette": payments, decisions, figures, intentions)
    ("aj01", "event", "commissioned", 0, E("ceremony", "2026-03-17", "Hwange",
                                           [SINOHYDRO, ZPC, "China", "Zimbabwe"],
                                           M("1500000000", "USD"))),
    ("aj01", "event", "[[built]] by Sinohydro", 0, E("construction", None, "Hwange", [SINOHYDRO],
                                                      M("1500000000", "USD"))),
    ("aj01", "event", "began generating", 0, E("production", "2023-03", "Hwange", [ZPC])),
    ("aj01", "event", "toured", 0, E("visit", "2026-03-13", "Goromonzi", [PLZ, MMMD])),
    ("aj01", "event", "Zimbabwe [[signed]]", 0, E("signing", "2026-03-10", None, [PLZ, "Yahua Group"],
                                                  M("300000000", "USD"))),
]

# ================================= aj02 Iraqi News Agency (2025-11-04, a Tuesday; ISO week 45)
IQ = C("Iraq", "IQ")
BAGHDAD = CITY("Baghdad", "IQ")
INA = "Iraqi News Agency"
SINOSURE = "China Export and Credit Insurance Corporation"
PC = "Power Construction Corporation of China"
MOE = "Ministry of Education"
CNCEC = "China National Chemical Engineering Co."
SRC = "South Refineries Company"
MOO = "Ministry of Oil"
SOMO = "State Organization for Marketing of Oil"
A02 = [
    # dates ("Resolution No. 23 of 2025": identifier; "Article 7": identifier)
    ("aj02", "date", "2025-11-04 14:20", 0, "2025-11-04T14:20"),
    ("aj02", "date", "on [[Monday]]", 0, "2025-11-03"),
    ("aj02", "date", "the [[2019]] framework", 0, "2019"),
    ("aj02", "date", "On [[Sunday]]", 0, "2025-11-02"),
    ("aj02", "date", "late 2024", 0, "2024"),
    ("aj02", "date", "the end of the first half of 2026", 0, "2026-H1"),
    ("aj02", "date", "October 28", 0, "2025-10-28"),
    ("aj02", "date", "since [[2003]]", 0, "2003"),
    ("aj02", "date", "in [[October]]", 0, "2025-10"),
    ("aj02", "date", "on [[Tuesday]]", 0, "2025-11-04"),
    ("aj02", "date", "since [[2021]]", 0, "2021"),
    ("aj02", "date", "last week", 0, "2025-W44"),
    # money
    ("aj02", "money", "IQD 420 billion", 0, M("420000000000", "IQD")),
    ("aj02", "money", "IQD 420 billion", 1, M("420000000000", "IQD")),
    ("aj02", "money", "about US$320 million", 0, M("320000000", "USD", "approx")),
    ("aj02", "money", "US$5.2 billion", 0, M("5200000000", "USD")),
    ("aj02", "money", "more than 7.6 trillion dinars", 0, M("7600000000000", "IQD", "gt")),
    # quantities (rates "per day" outside; "an average of": no qualifier; the phone line: chrome)
    ("aj02", "quantity", "162 schools", 0, Q("162", "school")),
    ("aj02", "quantity", "100,000 barrels", 0, Q("100000", "barrel")),
    ("aj02", "quantity", "162 new schools", 0, Q("162", "school")),
    ("aj02", "quantity", "18 classrooms", 0, Q("18", "classroom")),
    ("aj02", "quantity", "about 720 pupils", 0, Q("720", "pupil", "approx")),
    ("aj02", "quantity", "679 schools", 0, Q("679", "school")),
    ("aj02", "quantity", "321 schools", 0, Q("321", "school")),
    ("aj02", "quantity", "150,000 bpd", 0, Q("150000", "barrel")),
    ("aj02", "quantity", "300MW", 0, Q("300", "MW")),
    ("aj02", "quantity", "4.2 million barrels", 0, Q("4200000", "barrel")),
    ("aj02", "quantity", "3.38 million bpd", 0, Q("3380000", "barrel")),
    ("aj02", "quantity", "35 percent", 0, Q("35", "%")),
    ("aj02", "quantity", "over 9,000 Iraqi engineers", 0, Q("9000", "engineer", "gt")),
    # organisations (headline "Cabinet", "ministry spokesman", "lawmakers": generic; the
    # Council inside the resolution's identifier is no mention; copyright/e-mail lines: chrome)
    ("aj02", "organisation", INA, 0, O(INA)),
    ("aj02", "organisation", "Baghdad - [[INA]]", 0, O(INA)),
    ("aj02", "organisation", "The [[Council of Ministers]] on", 0, O("Council of Ministers")),
    ("aj02", "organisation", SINOSURE, 0, O(SINOSURE)),
    ("aj02", "organisation", "Sinosure", 0, O(SINOSURE)),
    ("aj02", "organisation", PC, 0, O(PC)),
    ("aj02", "organisation", "([[PowerChina]])", 0, O(PC)),
    ("aj02", "organisation", MOE, 0, O(MOE)),
    ("aj02", "organisation", "told [[INA]]", 0, O(INA)),
    ("aj02", "organisation", "by [[PowerChina]] and", 0, O(PC)),
    ("aj02", "organisation", "Sinotech", 0, O("Sinotech")),
    ("aj02", "organisation", CNCEC, 0, O(CNCEC)),
    ("aj02", "organisation", "([[CNCEC]])", 0, O(CNCEC)),
    ("aj02", "organisation", SRC, 0, O(SRC)),
    ("aj02", "organisation", MOO, 0, O(MOO)),
    ("aj02", "organisation", SOMO, 0, O(SOMO)),
    ("aj02", "organisation", "([[SOMO]])", 0, O(SOMO)),
    ("aj02", "organisation", "Council of Representatives", 0, O("Council of Representatives")),
    # places ("Karim Diyala": a person; "Iraq-China financing account": both countries)
    ("aj02", "place", "[[Chinese]] firms", 0, CN),
    ("aj02", "place", "[[Baghdad]] - INA", 0, BAGHDAD),
    ("aj02", "place", "the [[Iraq]]-China", 0, IQ),
    ("aj02", "place", "Iraq-[[China]] financing", 0, CN),
    ("aj02", "place", "with [[Beijing]]", 0, CITY("Beijing", "CN")),
    ("aj02", "place", "[[Iraq]] deposits", 0, IQ),
    ("aj02", "place", "[[Chinese]] buyers", 0, CN),
    ("aj02", "place", "[[Chinese]] contractors", 0, CN),
    ("aj02", "place", "by [[Baghdad]].", 0, BAGHDAD),
    ("aj02", "place", "Basra", 0, REG("Basra", "IQ")),
    ("aj02", "place", "Dhi Qar", 0, REG("Dhi Qar", "IQ")),
    ("aj02", "place", "Maysan", 0, REG("Maysan", "IQ")),
    ("aj02", "place", "in [[Baghdad]] on October", 0, BAGHDAD),
    ("aj02", "place", "the [[Faw]] Grand", 0, CITY("Faw", "IQ")),
    ("aj02", "place", "[[Iraq]] produced", 0, IQ),
    ("aj02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("aj02", "place", "in [[Baghdad]] on Tuesday", 0, BAGHDAD),
    ("aj02", "place", "[[Iraqis]] expected", 0, IQ),
    ("aj02", "place", "[[Chinese]] companies", 0, CN),
    ("aj02", "place", "[[Iraqi]] engineers", 0, IQ),
    ("aj02", "place", "the [[Iraqi]] people", 0, IQ),
    # events ("approved the release": a decision; "deposits", "pays", "exported", "earning": flows;
    # "must be completed": future; national output: a tally; "discussed", "criticised": no type)
    ("aj02", "event", "hand over", 0, E("construction", "2025-11-02", None, [PC, MOE], Q("162", "school"))),
    ("aj02", "event", "schools [[built]] by", 0, E("construction", "2024", None, [PC, "Sinotech"],
                                                     Q("679", "school"))),
    ("aj02", "event", "(CNCEC) [[signed]]", 0, E("signing", "2025-10-28", "Baghdad", [CNCEC, SRC, MOO],
                                                  M("5200000000", "USD"))),
    ("aj02", "event", "Hussein [[met]]", 0, E("meeting", "2025-11-04", "Baghdad", ["Iraq", "China"])),
]

# ================================= aj03 Notes from Poland (January 22, 2026, a Thursday)
PL = C("Poland", "PL")
BY = C("Belarus", "BY")
EUROPE = REG("Europe")
MAL = CITY("Małaszewicze", "PL")
TERESPOL = CITY("Terespol", "PL")
CRCT = "China Railway Container Transport Corporation"
PKPCC = "PKP Cargo Connect"
PLK = "PKP Polskie Linie Kolejowe"
EU = "European Union"
OSW = "Centre for Eastern Studies"
A03 = [
    # dates ("two weeks", "almost a third": no calendar point)
    ("aj03", "date", "January 22, 2026", 0, "2026-01-22"),
    ("aj03", "date", "on [[Wednesday]]", 0, "2026-01-21"),
    ("aj03", "date", "March 2024", 0, "2024-03"),
    ("aj03", "date", "in [[2024]] after", 0, "2024"),
    ("aj03", "date", "the second half of 2025", 0, "2025-H2"),
    ("aj03", "date", "last year", 0, "2025"),
    ("aj03", "date", "in [[2024]].", 0, "2024"),
    ("aj03", "date", "the end of 2027", 0, "2027"),
    ("aj03", "date", "a year ago", 0, "2025"),
    # money (per-container rate outside)
    ("aj03", "money", "PLN 640 million", 0, M("640000000", "PLN")),
    ("aj03", "money", "EUR 148 million", 0, M("148000000", "EUR")),
    ("aj03", "money", "1.1 billion zloty", 0, M("1100000000", "PLN")),
    ("aj03", "money", "around $4,500", 0, M("4500", "USD", "approx")),
    ("aj03", "money", "more than $7,000", 0, M("7000", "USD", "gt")),
    # quantities ("six loading tracks": spelled-out count)
    ("aj03", "quantity", "300,000 TEU", 0, Q("300000", "TEU")),
    ("aj03", "quantity", "1,050 metres", 0, Q("1050", "m")),
    ("aj03", "quantity", "38 hectares", 0, Q("38", "ha")),
    ("aj03", "quantity", "51%", 0, Q("51", "%")),
    ("aj03", "quantity", "49%", 0, Q("49", "%")),
    ("aj03", "quantity", "1,870 trains", 0, Q("1870", "train")),
    ("aj03", "quantity", "1,420", 0, Q("1420", "train")),
    ("aj03", "quantity", "up to 45 trains", 0, Q("45", "train", "le")),
    ("aj03", "quantity", "26 km", 0, Q("26", "km")),
    ("aj03", "quantity", "about 9,800 km", 0, Q("9800", "km", "approx")),
    ("aj03", "quantity", "14 days", 0, Q("14", "day")),
    ("aj03", "quantity", "40-foot", 0, Q("40", "ft")),
    ("aj03", "quantity", "90 percent", 0, Q("90", "%")),
    ("aj03", "quantity", "about 220 jobs", 0, Q("220", "job", "approx")),
    # organisations ("Connecting Europe Facility": a programme; "Infrastructure Minister": a title;
    # the "Read more:" line is chrome)
    ("aj03", "organisation", "Notes from Poland", 0, O("Notes from Poland")),
    ("aj03", "organisation", CRCT, 0, O(CRCT)),
    ("aj03", "organisation", "([[CRCT]])", 0, O(CRCT)),
    ("aj03", "organisation", PKPCC, 0, O(PKPCC)),
    ("aj03", "organisation", EU, 0, O(EU)),
    ("aj03", "organisation", "of [[CRCT]].", 0, O(CRCT)),
    ("aj03", "organisation", "Malaszewicze Sino-Polish Terminal Sp. z o.o.", 0,
     O("Malaszewicze Sino-Polish Terminal Sp. z o.o.")),
    ("aj03", "organisation", "[[CRCT]] holds", 0, O(CRCT)),
    ("aj03", "organisation", PKPCC, 1, O(PKPCC)),
    ("aj03", "organisation", PLK, 0, O(PLK)),
    ("aj03", "organisation", "([[PKP PLK]])", 0, O(PLK)),
    ("aj03", "organisation", "[[PKP PLK]] is", 0, O(PLK)),
    ("aj03", "organisation", "the [[EU]]'s", 0, O(EU)),
    ("aj03", "organisation", "Rail Bridge Cargo", 0, O("Rail Bridge Cargo")),
    ("aj03", "organisation", OSW, 0, O(OSW)),
    ("aj03", "organisation", "([[OSW]])", 0, O(OSW)),
    # places ("Marta Kalisz", "Tomasz Chełm": persons; "broad-gauge": no demonym)
    ("aj03", "place", "[[Chinese]]-run", 0, CN),
    ("aj03", "place", "at [[Małaszewicze]] as", 0, MAL),
    ("aj03", "place", "via [[Belarus]]", 0, BY),
    ("aj03", "place", "in [[Małaszewicze]],", 0, MAL),
    ("aj03", "place", "[[Belarusian]] border", 0, BY),
    ("aj03", "place", "the [[China]]-Europe", 0, CN),
    ("aj03", "place", "China-[[Europe]] Railway", 0, EUROPE),
    ("aj03", "place", "[[China]]'s ambassador", 0, CN),
    ("aj03", "place", "to [[Poland]],", 0, PL),
    ("aj03", "place", "\"[[Małaszewicze]] is", 0, MAL),
    ("aj03", "place", "is [[Europe]]'s gateway", 0, EUROPE),
    ("aj03", "place", "Asia", 0, REG("Asia")),
    ("aj03", "place", "Warsaw", 0, CITY("Warsaw", "PL")),
    ("aj03", "place", "after [[Poland]] closed", 0, PL),
    ("aj03", "place", "with [[Belarus]] for", 0, BY),
    ("aj03", "place", "the [[Terespol]]-Brest", 0, TERESPOL),
    ("aj03", "place", "Terespol-[[Brest]]", 0, CITY("Brest", "BY")),
    ("aj03", "place", "Siedlce", 0, CITY("Siedlce", "PL")),
    ("aj03", "place", "and [[Terespol]] with", 0, TERESPOL),
    ("aj03", "place", "Connecting [[Europe]] Facility", 0, EUROPE),
    ("aj03", "place", "Xi'an", 0, CITY("Xi'an", "CN")),
    ("aj03", "place", "Duisburg", 0, CITY("Duisburg", "DE")),
    ("aj03", "place", "deepens [[Poland]]'s", 0, PL),
    ("aj03", "place", "Beijing", 0, CITY("Beijing", "CN")),
    ("aj03", "place", "to [[China]].", 0, CN),
    ("aj03", "place", "Lublin", 0, REG("Lublin", "PL")),
    ("aj03", "place", "Biała Podlaska", 0, REG("Biała Podlaska", "PL")),
    # events ("cut the ribbon": a sub-step; "was registered": a founding; "closed", "passed
    # through", "is upgrading", "would be finished", "covers": no occurrence of a type)
    ("aj03", "event", "opens", 0, E("ceremony", "2026-01-21", "Małaszewicze",
                                    ["China", CRCT, PKPCC, "Poland"])),
]

# ================================= aj04 Mint (07 Apr 2026, a Tuesday; India's fiscal year April-March)
IN = C("India", "IN")
PK = C("Pakistan", "PK")
BD = C("Bangladesh", "BD")
LK = C("Sri Lanka", "LK")
NP = C("Nepal", "NP")
MV = C("Maldives", "MV")
SA = REG("South Asia")
NDL = CITY("New Delhi", "IN")
CSEP = "Centre for Social and Economic Progress"
ERD = "Economic Relations Division"
CTG = "China Three Gorges Corporation"
A04 = [
    # dates
    ("aj04", "date", "07 Apr 2026, 06:15 AM", 0, "2026-04-07T06:15"),
    ("aj04", "date", "in [[2025]], a fifth", 0, "2025"),
    ("aj04", "date", "its [[2017]] peak", 0, "2017"),
    ("aj04", "date", "in [[2025]], down", 0, "2025"),
    ("aj04", "date", "in [[2017]], according", 0, "2017"),
    ("aj04", "date", "on [[Monday]]", 0, "2026-04-06"),
    ("aj04", "date", "Between [[2026 and 2028]]", 0, "2026/2028"),
    ("aj04", "date", "last year", 0, "2025"),
    ("aj04", "date", "July 2025", 0, "2025-07"),
    ("aj04", "date", "since [[2017]],", 0, "2017"),
    ("aj04", "date", "FY25", 0, "2024-04/2025-03"),
    ("aj04", "date", "the [[2026-27]] budget", 0, "2026-04/2027-03"),
    ("aj04", "date", "since [[2022]]", 0, "2022"),
    ("aj04", "date", "the first quarter of 2025", 0, "2025-Q1"),
    ("aj04", "date", "April 2022", 0, "2022-04"),
    ("aj04", "date", "June 2024", 0, "2024-06"),
    # money
    ("aj04", "money", "lent [[$4.1 billion]]", 0, M("4100000000", "USD")),
    ("aj04", "money", "about $4.1 billion", 0, M("4100000000", "USD", "approx")),
    ("aj04", "money", "$21.3 billion", 0, M("21300000000", "USD")),
    ("aj04", "money", "$61 billion", 0, M("61000000000", "USD")),
    ("aj04", "money", "roughly ₹5.1 lakh crore", 0, M("5100000000000", "INR", "approx")),
    ("aj04", "money", "$29 billion", 0, M("29000000000", "USD")),
    ("aj04", "money", "at least $18 billion", 0, M("18000000000", "USD", "ge")),
    ("aj04", "money", "$1.2 billion", 0, M("1200000000", "USD")),
    ("aj04", "money", "NPR 22 billion", 0, M("22000000000", "NPR")),
    ("aj04", "money", "₹8,400 crore", 0, M("84000000000", "INR")),
    ("aj04", "money", "Rs 770 crore", 0, M("7700000000", "INR")),
    ("aj04", "money", "$4.2 billion", 0, M("4200000000", "USD")),
    # quantities ("68-page": count adjective; "five countries": spelled-out; "LT": ticker)
    ("aj04", "quantity", "412 loan contracts", 0, Q("412", "contract")),
    ("aj04", "quantity", "12%", 0, Q("12", "%")),
    ("aj04", "quantity", "37 Chinese equity deals", 0, Q("37", "deal")),
    ("aj04", "quantity", "74%", 0, Q("74", "%")),
    ("aj04", "quantity", "720 MW", 0, Q("720", "MW")),
    ("aj04", "quantity", "3.9%", 0, Q("3.9", "%")),
    ("aj04", "quantity", "1.8%", 0, Q("1.8", "%")),
    ("aj04", "quantity", "1.4%", 0, Q("1.4", "%")),
    # organisations ("Belt and Road Initiative": an initiative; the closing "Catch all ... Live
    # Mint" line is site boilerplate, chrome)
    ("aj04", "organisation", "Mint", 0, O("Mint")),
    ("aj04", "organisation", CSEP, 0, O(CSEP)),
    ("aj04", "organisation", "([[CSEP]])", 0, O(CSEP)),
    ("aj04", "organisation", "at [[CSEP]]", 0, O(CSEP)),
    ("aj04", "organisation", "China Development Bank", 0, O("China Development Bank")),
    ("aj04", "organisation", EXIM, 0, O(EXIM)),
    ("aj04", "organisation", "that [[China Exim]]", 0, O(EXIM)),
    ("aj04", "organisation", ERD, 0, O(ERD)),
    ("aj04", "organisation", "Export-Import Bank of India", 0, O("Export-Import Bank of India")),
    ("aj04", "organisation", "Observer Research Foundation", 0, O("Observer Research Foundation")),
    ("aj04", "organisation", CTG, 0, O(CTG)),
    ("aj04", "organisation", "with [[China Exim]]", 0, O(EXIM)),
    ("aj04", "organisation", "World Bank", 0, O("World Bank")),
    ("aj04", "organisation", "Larsen & Toubro", 0, O("Larsen & Toubro")),
    ("aj04", "organisation", "NSE", 0, O("NSE")),
    # places ("Ravi Dutta Sharma": a person)
    ("aj04", "place", "[[China]]'s BRI", 0, CN),
    ("aj04", "place", "South Asia", 0, SA),
    ("aj04", "place", "[[New Delhi]] think-tank", 0, NDL),
    ("aj04", "place", "finds [[Beijing]]", 0, CITY("Beijing", "CN")),
    ("aj04", "place", "NEW DELHI", 0, NDL),
    ("aj04", "place", "[[Chinese]] state lenders", 0, CN),
    ("aj04", "place", "to [[Pakistan]],", 0, PK),
    ("aj04", "place", "[[Bangladesh]], Sri", 0, BD),
    ("aj04", "place", "[[Sri Lanka]], Nepal", 0, LK),
    ("aj04", "place", "[[Nepal]] and the", 0, NP),
    ("aj04", "place", "the [[Maldives]] in", 0, MV),
    ("aj04", "place", "[[Chinese]] creditors", 0, CN),
    ("aj04", "place", "[[Pakistan]] alone", 0, PK),
    ("aj04", "place", "[[South Asian]] borrowers", 0, SA),
    ("aj04", "place", "with [[Bangladesh]]'s", 0, BD),
    ("aj04", "place", "in [[Beijing]] in July", 0, CITY("Beijing", "CN")),
    ("aj04", "place", "the [[Dhaka]]-Ashulia", 0, CITY("Dhaka", "BD")),
    ("aj04", "place", "Ashulia", 0, CITY("Ashulia", "BD")),
    ("aj04", "place", "In [[Nepal]]", 0, NP),
    ("aj04", "place", "[[Tokha]]-Chhahare", 0, CITY("Tokha", "NP")),
    ("aj04", "place", "Chhahare", 0, CITY("Chhahare", "NP")),
    ("aj04", "place", "[[India]], which", 0, IN),
    ("aj04", "place", "[[New Delhi]]'s grant", 0, NDL),
    ("aj04", "place", "to the [[Maldives]] rose", 0, MV),
    ("aj04", "place", "[[Chinese]] capital", 0, CN),
    ("aj04", "place", "37 [[Chinese]] equity", 0, CN),
    ("aj04", "place", "in [[Pakistan]] in the", 0, PK),
    ("aj04", "place", "[[Sri Lanka]], which", 0, LK),
    ("aj04", "place", "new [[Chinese]] loans", 0, CN),
    # events ("released": a report's release, no type; "must repay", "is still being
    # renegotiated", "extended lines of credit", "defaulted", "rose": no occurrence of a type)
    ("aj04", "event", "Exim [[signed]]", 0, E("signing", "2025-07", "Beijing", [EXIM, ERD],
                                              M("1200000000", "USD"))),
    ("aj04", "event", "acquisition", 0, E("investment", "2025-Q1", "Pakistan", [CTG])),
    ("aj04", "event", "restructuring [[agreement]]", 0, E("signing", "2024-06", None, ["Sri Lanka", EXIM],
                                                          M("4200000000", "USD"))),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "aj*.txt")
