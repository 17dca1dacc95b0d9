#!/usr/bin/env python3
"""Build tests/data/extra47/gold.jsonl from hand annotations of the ao*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a Post-Courier story on the
handover of a coastal road in Madang built for Ramu NiCo under the Tax Credit Scheme, with K/US$/SBD
amounts, km and tonnes, nickel output, a prime minister's meeting in Beijing and a Honiara road
contract; a New Times story on the groundbreaking of a Chinese glass factory in the Kigali Special
Economic Zone, with US$/Rwf/FRW amounts, hectares, MW/GWh, a road inauguration, a hydropower loan
and a business forum ahead; an ECO News story on CALB's EUR 2 billion investment contract for a
battery plant in Sines signed in Lisbon, with EUR amounts, GWh, hectares, jobs, an EU State aid
approval and Spanish battery and car plant news; a China Harbour Engineering Company website item on
the completion of the San Pedro Port quay wall, with US$/RMB/CFA amounts, cubic metres of concrete,
workers, percentages, a ceremony with officials and a school donation) written BLIND: annotated
from shared/gold/NOTES.md and shared/spec/facts.md and the earlier sets' recorded calls, without
running bri_corpus on them.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra45/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - "K" before an amount in a Papua New Guinean paper is the kina (PGK), as "K" in a Zambian one is
    the kwacha (extra12); "SBD" is the Solomon Islands dollar; "Rwf" and "FRW" the Rwandan franc
    (RWF); "CFA francs" after an amount in an Ivorian item the West African CFA franc (XOF, ac04);
  - "Ramu NiCo Management (MCC) Limited": the bracketed acronym is part of the legal name (no
    separate mention of MCC), while "Metallurgical Corporation of China (MCC)" defines MCC for the
    later "MCC chairman";
  - a capitalised "... Provincial Government" / "Solomon Islands Government" is a public body with a
    proper name (NOTES' capitalised institution word): an organisation, its place word not tagged;
    the lower-case "national government" is no mention;
  - "the Basamuk refinery" (a plant named after its site, extra28) names no place, while "a handover
    ceremony in Basamuk" does; "the Madang wharf" tags the town (extra45's Doraleh port);
    "Guadalcanal" (an island) is a region of Solomon Islands (extra20's Samal Island);
  - "the [[2027]] general election", "the provincial budget for [[2025]]": years are dates (extra40's
    "the 2026 budget"); "clause 14.2", "Special Mining Lease 8", "toll-free line 3580", "HKEX: 3931",
    "T03" and the ICP licence are identifiers;
  - a road handed over by its funder to a provincial government at a "handover ceremony" is a
    ceremony (x02/t01) anchored on the headline "hands over"; the road "Built by" a contractor and
    "completed in January" is one construction of the builder dated by that month, its cost the
    amount (am01's "built by ... at a cost of");
  - the headline "Ground broken" anchors the groundbreaking (w07/v03: construction) of which the
    body's "Construction ... started on Monday" is the same occurrence; the factory's cost told in
    that sentence is its amount (extra20); the zone ("Kigali Special Economic Zone") is no
    organisation and tags its city (extra41's Coega zone), which places the groundbreaking;
  - "works ... had reached 62 per cent" and "Dredging ... is 93% complete" are progress figures of
    work under way, no occurrence (unlike extra41's "has so far completed 270 km", a finished length);
  - a road "inaugurated" by a minister whose title names no body stands for Rwanda (extra5), the
    "Mayor of Nyaruguru District" attending for the district (extra15's governor); the builder who
    "upgraded" it is an undated construction with the cost as amount, not a party to the ceremony;
  - Rwanda's fiscal year runs July-June: "the 2026/27 fiscal year" -> 2026-07/2027-06; "Vision 2050"
    is a programme's name (no date), "by 2035" a date;
  - "the groundbreaking in February", told as a noun in a spending sentence, is a construction
    occurrence of CALB placed in Sines; the Commission "approved" State aid: a decision, no event;
    "pledged more than EUR 6bn" (many firms): a tally (extra4);
  - "Leapmotor's first T03 cars rolled off the line" at Stellantis' plant is a production milestone
    (NOTES' first truck), both companies its parties; "Ebro" is the car maker (a river's name);
  - "Iberian Peninsula" spans Spain and Portugal: a region with no country; "The Spanish plant" is
    the country (NOTES' demonym standing for the state's companies, as "Hungarian subsidiary");
  - a ceremony "held ... to celebrate the completion" of a quay wall is the completion itself (one
    construction occurrence, as a groundbreaking ceremony is the start), anchored on the headline
    "completes"; "built by" CHEC in the same sentence and "was completed 45 days ahead of schedule"
    are the same occurrence; attendees take part: the Minister of Transport (no ministry named) for
    Côte d'Ivoire, the port authority, the Chinese Ambassador for China;
  - "On the sidelines of the ceremony, CHEC donated 500 desks and 1,200 school kits worth XOF 18
    million": a donation dated and placed by the ceremony, the first count its amount (extra45,
    goods told before the sum); "CHEC's 14th port project": an ordinal, no quantity;
  - "Source: CHEC  Date: 2025-11-04" in a contractor's web item: CHEC a byline (NOTES' SOURCE line),
    the date the publication date; "Home > News > ..." navigation and "Editor:" are chrome.
Run:  python3 tests/data/extra47/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= ao01 Post-Courier (Friday, March 14, 2025)
PG = C("Papua New Guinea", "PG")
SB = C("Solomon Islands", "SB")
BASAMUK = CITY("Basamuk", "PG")
RAMU = "Ramu NiCo Management (MCC) Limited"
MPG = "Madang Provincial Government"
DWH = "Department of Works and Highways"
CR14 = "China Railway 14th Bureau Group"
MCC = "Metallurgical Corporation of China"
MRA = "Mineral Resources Authority"
SIG = "Solomon Islands Government"
CCECC = "China Civil Engineering Construction Corporation"
A01 = [
    # dates ("a week after", "under two hours", "over five years": durations; the copyright year is chrome)
    ("ao01", "date", "Friday, March 14, 2025", 0, "2025-03-14"),
    ("ao01", "date", "yesterday", 0, "2025-03-13"),
    ("ao01", "date", "in [[January]]", 0, "2025-01"),
    ("ao01", "date", "last year", 0, "2024"),
    ("ao01", "date", "on [[2023]]", 0, "2023"),
    ("ao01", "date", "in [[2024]]", 0, "2024"),
    ("ao01", "date", "since [[2012]]", 0, "2012"),
    ("ao01", "date", "March 6", 0, "2025-03-06"),
    ("ao01", "date", "by [[2028]]", 0, "2028"),
    ("ao01", "date", "the second quarter", 0, "2025-Q2"),
    ("ao01", "date", "on [[Tuesday]]", 0, "2025-03-11"),
    ("ao01", "date", "the [[2027]] general", 0, "2027"),
    ("ao01", "date", "for [[2025]] set", 0, "2025"),
    # money ("K" -> PGK)
    ("ao01", "money", "K48.6 million", 0, M("48600000", "PGK")),
    ("ao01", "money", "about US$12.1 million", 0, M("12100000", "USD", "approx")),
    ("ao01", "money", "K312 million", 0, M("312000000", "PGK")),
    ("ao01", "money", "more than K1.1 billion", 0, M("1100000000", "PGK", "gt")),
    ("ao01", "money", "US$1.5bn", 0, M("1500000000", "USD")),
    ("ao01", "money", "SBD 430 million", 0, M("430000000", "SBD")),
    ("ao01", "money", "US$51m", 0, M("51000000", "USD")),
    ("ao01", "money", "K3.5 million", 0, M("3500000", "PGK")),
    # quantities ("seven coastal villages", "five years": spelled out; "14th", "clause 14.2",
    # "Lease 8": names/identifiers; "a month": rate outside; the advertising line is chrome)
    ("ao01", "quantity", "36km", 0, Q("36", "km")),
    ("ao01", "quantity", "17 months", 0, Q("17", "month")),
    ("ao01", "quantity", "34,130 tonnes", 0, Q("34130", "t")),
    ("ao01", "quantity", "3,210 tonnes", 0, Q("3210", "t")),
    ("ao01", "quantity", "6 per cent", 0, Q("6", "%")),
    ("ao01", "quantity", "2,450 workers", 0, Q("2450", "worker")),
    ("ao01", "quantity", "about 76 per cent", 0, Q("76", "%", "approx")),
    ("ao01", "quantity", "50,000 tonnes", 0, Q("50000", "t")),
    ("ao01", "quantity", "48 kilometres", 0, Q("48", "km")),
    ("ao01", "quantity", "some 1,200 tonnes", 0, Q("1200", "t", "approx")),
    # organisations (masthead is text; "Tax Credit Scheme"/"TCS" a programme; "(MCC)" inside Ramu NiCo's
    # legal name is part of it; "PNG Ports" in Related and the copyright company are chrome)
    ("ao01", "organisation", "POST-COURIER", 0, O("Post-Courier")),
    ("ao01", "organisation", "[[Ramu NiCo]] hands", 0, O(RAMU)),
    ("ao01", "organisation", MPG, 0, O(MPG)),
    ("ao01", "organisation", DWH, 0, O(DWH)),
    ("ao01", "organisation", RAMU, 0, O(RAMU)),
    ("ao01", "organisation", CR14, 0, O(CR14)),
    ("ao01", "organisation", "[[Ramu NiCo]] president", 0, O(RAMU)),
    ("ao01", "organisation", "[[Ramu NiCo]], majority", 0, O(RAMU)),
    ("ao01", "organisation", MCC, 0, O(MCC)),
    ("ao01", "organisation", "([[MCC]])", 1, O(MCC)),
    ("ao01", "organisation", "[[MCC]] chairman", 0, O(MCC)),
    ("ao01", "organisation", MRA, 0, O(MRA)),
    ("ao01", "organisation", "([[MRA]])", 0, O(MRA)),
    ("ao01", "organisation", SIG, 0, O(SIG)),
    ("ao01", "organisation", CCECC, 0, O(CCECC)),
    ("ao01", "organisation", "([[CCECC]])", 0, O(CCECC)),
    # places (byline "Gabriel Madang" a person; "the Basamuk refinery" names no place; "Lae" in
    # Related is chrome; places inside organisation names are not tagged)
    ("ao01", "place", "in [[Basamuk]]", 0, BASAMUK),
    ("ao01", "place", "Rai Coast", 0, REG("Rai Coast", "PG")),
    ("ao01", "place", "Papua New Guinea", 0, PG),
    ("ao01", "place", "Beijing", 0, CITY("Beijing", "CN")),
    ("ao01", "place", "[[Chinese]] investors", 0, CN),
    ("ao01", "place", "in the [[Solomon Islands]]", 0, SB),
    ("ao01", "place", "Honiara", 0, CITY("Honiara", "SB")),
    ("ao01", "place", "Guadalcanal", 0, REG("Guadalcanal", "SB")),
    ("ao01", "place", "the [[Madang]] wharf", 0, CITY("Madang", "PG")),
    # events ("took ownership", "received the keys": the handover's steps; "funded": financing; "paid",
    # "spent", "employed": figures; "would lift", "would be completed", "to upgrade": future/purpose)
    ("ao01", "event", "hands over", 0, E("ceremony", "2025-03-13", "Basamuk", [RAMU, MPG, DWH])),
    ("ao01", "event", "Built", 0, E("construction", "2025-01", None, [CR14], M("48600000", "PGK"))),
    ("ao01", "event", "produced", 0, E("production", "2024", None, [RAMU], Q("34130", "t"))),
    ("ao01", "event", "met", 0, E("meeting", "2025-03-06", "Beijing", ["Papua New Guinea", MCC])),
    ("ao01", "event", "Government [[signed]]", 0,
     E("signing", "2025-03-11", "Honiara", [SIG, CCECC], M("430000000", "SBD"))),
]

# ================================= ao02 The New Times (Tuesday, June 10, 2025)
RW = C("Rwanda", "RW")
KGL = CITY("Kigali", "RW")
NT = "The New Times"
RDB = "Rwanda Development Board"
RJG = "Rwanda Jinyuan Glass Ltd"
JIG = "Jinyuan Industrial Group"
CRBC = "China Road and Bridge Corporation"
PCH = "Power Construction Corporation of China"
MINECOFIN = "Ministry of Finance and Economic Planning"
EXIM = "Export-Import Bank of China"
REGRP = "Rwanda Energy Group"
RCBF = "Rwanda-China Business Forum"
A02 = [
    # dates ("Vision 2050": a name; the copyright year is chrome)
    ("ao02", "date", "Tuesday, June 10, 2025", 0, "2025-06-10"),
    ("ao02", "date", "on [[Monday]]", 0, "2025-06-09"),
    ("ao02", "date", "the second half of 2026", 0, "2026-H2"),
    ("ao02", "date", "in [[2024]]", 0, "2024"),
    ("ao02", "date", "last year", 0, "2024"),
    ("ao02", "date", "from [[2023]]", 0, "2023"),
    ("ao02", "date", "May 28", 0, "2025-05-28"),
    ("ao02", "date", "the end of May", 0, "2025-05"),
    ("ao02", "date", "April 2021", 0, "2021-04"),
    ("ao02", "date", "the 2026/27 fiscal year", 0, "2026-07/2027-06"),
    ("ao02", "date", "by [[2035]]", 0, "2035"),
    ("ao02", "date", "August 14-15", 0, "2025-08-14/2025-08-15"),
    # money (Rwf / FRW -> RWF)
    ("ao02", "money", "US$65 million", 0, M("65000000", "USD")),
    ("ao02", "money", "Rwf 41.7 billion", 0, M("41700000000", "RWF")),
    ("ao02", "money", "US$2.9 billion", 0, M("2900000000", "USD")),
    ("ao02", "money", "FRW 52 billion", 0, M("52000000000", "RWF")),
    ("ao02", "money", "US$180 million", 0, M("180000000", "USD")),
    # quantities ("a day", "a year": rates outside; "line 3580": an identifier; "II": a name)
    ("ao02", "quantity", "12-hectare", 0, Q("12", "ha")),
    ("ao02", "quantity", "about 300 tonnes", 0, Q("300", "t", "approx")),
    ("ao02", "quantity", "some 850 jobs", 0, Q("850", "job", "approx")),
    ("ao02", "quantity", "142 companies", 0, Q("142", "company")),
    ("ao02", "quantity", "276 hectares", 0, Q("276", "ha")),
    ("ao02", "quantity", "18 per cent", 0, Q("18", "%")),
    ("ao02", "quantity", "66km", 0, Q("66", "km")),
    ("ao02", "quantity", "43.5MW", 0, Q("43.5", "MW")),
    ("ao02", "quantity", "62 per cent", 0, Q("62", "%")),
    ("ao02", "quantity", "about 210 GWh", 0, Q("210", "GWh", "approx")),
    ("ao02", "quantity", "some 530 hectares", 0, Q("530", "ha", "approx")),
    ("ao02", "quantity", "406MW", 0, Q("406", "MW")),
    ("ao02", "quantity", "nearly 450MW", 0, Q("450", "MW", "lt")),
    ("ao02", "quantity", "more than 300 Chinese firms", 0, Q("300", "firm", "gt")),
    # organisations (masthead is text; "the RDB one-stop centre" an internal unit: RDB tagged; "the
    # zone" generic; the "Read more" line and the copyright company are chrome)
    ("ao02", "organisation", "THE NEW TIMES", 0, O(NT)),
    ("ao02", "organisation", RDB, 0, O(RDB)),
    ("ao02", "organisation", "([[RDB]])", 0, O(RDB)),
    ("ao02", "organisation", RJG, 0, O(RJG)),
    ("ao02", "organisation", JIG, 0, O(JIG)),
    ("ao02", "organisation", "[[RDB]] Chief", 0, O(RDB)),
    ("ao02", "organisation", "The [[RDB]] said", 0, O(RDB)),
    ("ao02", "organisation", "the [[RDB]] one-stop", 0, O(RDB)),
    ("ao02", "organisation", CRBC, 0, O(CRBC)),
    ("ao02", "organisation", "([[CRBC]])", 0, O(CRBC)),
    ("ao02", "organisation", PCH, 0, O(PCH)),
    ("ao02", "organisation", "([[PowerChina]])", 0, O(PCH)),
    ("ao02", "organisation", MINECOFIN, 0, O(MINECOFIN)),
    ("ao02", "organisation", "([[MINECOFIN]])", 0, O(MINECOFIN)),
    ("ao02", "organisation", EXIM, 0, O(EXIM)),
    ("ao02", "organisation", REGRP, 0, O(REGRP)),
    ("ao02", "organisation", "([[REG]])", 0, O(REGRP)),
    ("ao02", "organisation", "said [[RDB]] would", 0, O(RDB)),
    # places (byline "Emmanuel Gisenyi" and "Afrika" are persons; "Nyabarongo II" a plant named
    # after a river; places inside organisation and forum names are not tagged)
    ("ao02", "place", "[[Chinese]] glass", 0, CN),
    ("ao02", "place", "in [[Kigali]] Special", 0, KGL),
    ("ao02", "place", "KIGALI", 0, KGL),
    ("ao02", "place", "the [[Kigali]] Special", 0, KGL),
    ("ao02", "place", "Gasabo District", 0, REG("Gasabo District", "RW")),
    ("ao02", "place", "[[China]]'s Jinyuan", 0, CN),
    ("ao02", "place", "\"[[Rwanda]] imported", 0, RW),
    ("ao02", "place", "[[Chinese]]-built", 0, CN),
    ("ao02", "place", "Huye", 0, CITY("Huye", "RW")),
    ("ao02", "place", "to [[Kibeho]]", 0, CITY("Kibeho", "RW")),
    ("ao02", "place", "in [[Kibeho]]", 0, CITY("Kibeho", "RW")),
    ("ao02", "place", "Nyaruguru District", 0, REG("Nyaruguru District", "RW")),
    ("ao02", "place", "Northern Province", 0, REG("Northern Province", "RW")),
    ("ao02", "place", "[[Rwanda]]'s Vision", 0, RW),
    ("ao02", "place", "in [[Kigali]] on", 0, KGL),
    ("ao02", "place", "300 [[Chinese]] firms", 0, CN),
    # summits
    ("ao02", "summit", RCBF, 0, S(RCBF, "2025-08-14/2025-08-15", "Kigali")),
    # events ("Construction ... started", "broke ground", "The groundbreaking": the headline's
    # occurrence; "imported": trade; "attracted ... investments": a tally; "had reached 62 per cent":
    # progress; "is financed": financing; "will turn out", "would raise", "would host": future)
    ("ao02", "event", "Ground broken", 0,
     E("construction", "2025-06-09", "Kigali", [RDB, RJG], M("65000000", "USD"))),
    ("ao02", "event", "inaugurated", 0, E("ceremony", "2025-05-28", "Kibeho", ["Rwanda", "Nyaruguru District"])),
    ("ao02", "event", "upgraded", 0, E("construction", None, None, [CRBC], M("52000000000", "RWF"))),
    ("ao02", "event", "signed", 0, E("signing", "2021-04", None, [MINECOFIN, EXIM], M("180000000", "USD"))),
]

# ================================= ao03 ECO News (23 September 2025, 10:47)
PT = C("Portugal", "PT")
ES = C("Spain", "ES")
SINES = CITY("Sines", "PT")
ECO = "ECO News"
CALB = "CALB Group Co., Ltd."
AICEP = "Portugal Global Trade and Investment Agency"
MOE = "Ministry of Economy"
EC = "European Commission"
CCDR = "Alentejo Regional Coordination and Development Commission"
AESC = "Envision AESC"
A03 = [
    # dates ("over ten years", "the past three years": durations; the copyright year is chrome)
    ("ao03", "date", "23 September 2025, 10:47", 0, "2025-09-23T10:47"),
    ("ao03", "date", "on [[Monday]]", 0, "2025-09-22"),
    ("ao03", "date", "the fourth quarter of 2027", 0, "2027-Q4"),
    ("ao03", "date", "by [[2030]]", 0, "2030"),
    ("ao03", "date", "In [[July]]", 0, "2025-07"),
    ("ao03", "date", "in [[February]]", 0, "2025-02"),
    ("ao03", "date", "on [[Monday]]", 1, "2025-09-22"),
    ("ao03", "date", "last Friday", 0, "2025-09-19"),
    ("ao03", "date", "the first half of 2026", 0, "2026-H1"),
    ("ao03", "date", "June 2024", 0, "2024-06"),
    ("ao03", "date", "April of that year", 0, "2024-04"),
    # money
    ("ao03", "money", "€2 billion", 0, M("2000000000", "EUR")),
    ("ao03", "money", "€2.0 billion", 0, M("2000000000", "EUR")),
    ("ao03", "money", "up to EUR 145 million", 0, M("145000000", "EUR", "le")),
    ("ao03", "money", "€350 million", 0, M("350000000", "EUR")),
    ("ao03", "money", "around €90m", 0, M("90000000", "EUR", "approx")),
    ("ao03", "money", "€28m", 0, M("28000000", "EUR")),
    ("ao03", "money", "€1.0 billion", 0, M("1000000000", "EUR")),
    ("ao03", "money", "more than €6bn", 0, M("6000000000", "EUR", "gt")),
    # quantities ("3931", "T03": identifiers; "a year": rate outside; "of desalinated water" excluded)
    ("ao03", "quantity", "100 hectares", 0, Q("100", "ha")),
    ("ao03", "quantity", "15 GWh", 0, Q("15", "GWh")),
    ("ao03", "quantity", "1,800 direct jobs", 0, Q("1800", "job")),
    ("ao03", "quantity", "30 GWh", 0, Q("30", "GWh")),
    ("ao03", "quantity", "3.4%", 0, Q("3.4", "%")),
    ("ao03", "quantity", "up to 2.5 million cubic metres", 0, Q("2500000", "m3", "le")),
    ("ao03", "quantity", "about 40%", 0, Q("40", "%", "approx")),
    ("ao03", "quantity", "30 GWh", 1, Q("30", "GWh")),
    ("ao03", "quantity", "1,500 people", 0, Q("1500", "person")),
    # organisations (masthead is text; "Temporary Crisis and Transition Framework" a programme; "The
    # Commission" an anaphor; "the group" generic; "(ZILS)" names the zone; "HKEX" before a stock code
    # (y06); Related line and the copyright footer are chrome)
    ("ao03", "organisation", "ECO News", 0, O(ECO)),
    ("ao03", "organisation", "[[CALB]] signs", 0, O(CALB)),
    ("ao03", "organisation", CALB, 0, O(CALB)),
    ("ao03", "organisation", AICEP, 0, O(AICEP)),
    ("ao03", "organisation", "([[AICEP]])", 0, O(AICEP)),
    ("ao03", "organisation", MOE, 0, O(MOE)),
    ("ao03", "organisation", "Volkswagen", 0, O("Volkswagen")),
    ("ao03", "organisation", "[[CALB]] will", 0, O(CALB)),
    ("ao03", "organisation", "[[AICEP]] said", 0, O(AICEP)),
    ("ao03", "organisation", EC, 0, O(EC)),
    ("ao03", "organisation", "[[CALB]] (HKEX", 0, O(CALB)),
    ("ao03", "organisation", "HKEX", 0, O("HKEX")),
    ("ao03", "organisation", CCDR, 0, O(CCDR)),
    ("ao03", "organisation", "CCDR Alentejo", 0, O(CCDR)),
    ("ao03", "organisation", "Águas de Santo André", 0, O("Águas de Santo André")),
    ("ao03", "organisation", "The [[CCDR]] will", 0, O(CCDR)),
    ("ao03", "organisation", "Instituto Politécnico de Setúbal", 0, O("Instituto Politécnico de Setúbal")),
    ("ao03", "organisation", AESC, 0, O(AESC)),
    ("ao03", "organisation", "Junta de Extremadura", 0, O("Junta de Extremadura")),
    ("ao03", "organisation", "Leapmotor", 0, O("Leapmotor")),
    ("ao03", "organisation", "Stellantis", 0, O("Stellantis")),
    ("ao03", "organisation", "Chery", 0, O("Chery")),
    ("ao03", "organisation", "Ebro", 0, O("Ebro")),
    ("ao03", "organisation", "CaixaBank", 0, O("CaixaBank")),
    # places (places inside organisation names are not tagged; the zone tags its town (extra41);
    # "Jiangsu province": the generic outside; "Setúbal" in Related is chrome)
    ("ao03", "place", "Lisbon", 0, CITY("Lisbon", "PT")),
    ("ao03", "place", "[[Chinese]] battery", 0, CN),
    ("ao03", "place", "in [[Sines]] with", 0, SINES),
    ("ao03", "place", "Lisbon", 1, CITY("Lisbon", "PT")),
    ("ao03", "place", "in [[Portugal]] since", 0, PT),
    ("ao03", "place", "Palmela", 0, CITY("Palmela", "PT")),
    ("ao03", "place", "the [[Sines]] Industrial", 0, SINES),
    ("ao03", "place", "Morocco", 0, C("Morocco", "MA")),
    ("ao03", "place", "Changzhou", 0, CITY("Changzhou", "CN")),
    ("ao03", "place", "Jiangsu", 0, REG("Jiangsu", "CN")),
    ("ao03", "place", "Navalmoral de la Mata", 0, CITY("Navalmoral de la Mata", "ES")),
    ("ao03", "place", "The [[Spanish]] plant", 0, ES),
    ("ao03", "place", "[[Chinese]] automakers", 0, CN),
    ("ao03", "place", "Iberian Peninsula", 0, REG("Iberian Peninsula")),
    ("ao03", "place", "Zaragoza", 0, CITY("Zaragoza", "ES")),
    ("ao03", "place", "Barcelona", 0, CITY("Barcelona", "ES")),
    ("ao03", "place", "[[Chinese]] companies", 0, CN),
    ("ao03", "place", "in [[Spain]] and", 0, ES),
    ("ao03", "place", "and [[Portugal]] over", 0, PT),
    # events (the headline "signs" anchors the signing, the ceremony its setting; "approved": a
    # decision; "spent": spending; "will receive", "will invest", "to be built", "is due to open":
    # future; "pledged": a tally)
    ("ao03", "event", "signs", 0, E("signing", "2025-09-22", "Lisbon", [CALB, AICEP, MOE], M("2000000000", "EUR"))),
    ("ao03", "event", "groundbreaking", 0, E("construction", "2025-02", "Sines", [CALB])),
    ("ao03", "event", "completed the foundations", 0,
     E("construction", "2025-09-19", "Navalmoral de la Mata", [AESC])),
    ("ao03", "event", "rolled off the line", 0, E("production", "2024-06", "Zaragoza", ["Leapmotor", "Stellantis"])),
    ("ao03", "event", "Chery [[signed]]", 0, E("signing", "2024-04", "Barcelona", ["Chery", "Ebro"])),
]

# ================================= ao04 CHEC website (Date: 2025-11-04)
CI = C("Côte d'Ivoire", "CI")
SPD = CITY("San Pedro", "CI")
CHEC = "China Harbour Engineering Company Ltd."
PASP = "Port Autonome de San Pedro"
CCCCD = "CCCC Dredging (Group) Co., Ltd."
A04 = [
    # dates ("year on year": no point; "Over the past 31 months": a quantity; the ICP line is chrome)
    ("ao04", "date", "2025-11-04", 0, "2025-11-04"),
    ("ao04", "date", "October 28, 2025", 0, "2025-10-28"),
    ("ao04", "date", "January 18, 2023", 0, "2023-01-18"),
    ("ao04", "date", "15 March 2023", 0, "2023-03-15"),
    ("ao04", "date", "in [[2024]] alone", 0, "2024"),
    ("ao04", "date", "in [[2024]], up", 0, "2024"),
    ("ao04", "date", "the end of December", 0, "2025-12"),
    ("ao04", "date", "November 3", 0, "2025-11-03"),
    ("ao04", "date", "the second quarter of 2026", 0, "2026-Q2"),
    ("ao04", "date", "the first three quarters of this year", 0, "2025-01/2025-09"),
    # money ("CFA francs" -> XOF)
    ("ao04", "money", "US$ 390 million", 0, M("390000000", "USD")),
    ("ao04", "money", "about RMB 2.8 billion", 0, M("2800000000", "CNY", "approx")),
    ("ao04", "money", "more than 9.6 billion CFA francs", 0, M("9600000000", "XOF", "gt")),
    ("ao04", "money", "XOF 18 million", 0, M("18000000", "XOF")),
    ("ao04", "money", "US$ 4.7 billion", 0, M("4700000000", "USD")),
    # quantities ("14th": an ordinal; "three primary schools": spelled out; the phone number is chrome)
    ("ao04", "quantity", "650-metre", 0, Q("650", "m")),
    ("ao04", "quantity", "more than 300 guests", 0, Q("300", "guest", "gt")),
    ("ao04", "quantity", "31 months", 0, Q("31", "month")),
    ("ao04", "quantity", "186,000 cubic metres", 0, Q("186000", "m3")),
    ("ao04", "quantity", "42 caissons", 0, Q("42", "caisson")),
    ("ao04", "quantity", "3,600 tonnes", 0, Q("3600", "t")),
    ("ao04", "quantity", "45 days", 0, Q("45", "day")),
    ("ao04", "quantity", "1,650 workers", 0, Q("1650", "worker")),
    ("ao04", "quantity", "87%", 0, Q("87", "%")),
    ("ao04", "quantity", "410 local welders", 0, Q("410", "welder")),
    ("ao04", "quantity", "500,000 TEU", 0, Q("500000", "TEU")),
    ("ao04", "quantity", "1.5 million TEU", 0, Q("1500000", "TEU")),
    ("ao04", "quantity", "6.8 million tonnes", 0, Q("6800000", "t")),
    ("ao04", "quantity", "11.5%", 0, Q("11.5", "%")),
    ("ao04", "quantity", "about 40%", 0, Q("40", "%", "approx")),
    ("ao04", "quantity", "16-metre", 0, Q("16", "m")),
    ("ao04", "quantity", "93%", 0, Q("93", "%")),
    ("ao04", "quantity", "24 hectares", 0, Q("24", "ha")),
    ("ao04", "quantity", "500 desks", 0, Q("500", "desk")),
    ("ao04", "quantity", "1,200 school kits", 0, Q("1200", "kit")),
    ("ao04", "quantity", "23.6%", 0, Q("23.6", "%")),
    # organisations (masthead is text, "Source: CHEC" a byline; "the project team", "the company",
    # "the port" generic; the copyright line is chrome; San Pedro inside PASP's name is not tagged)
    ("ao04", "organisation", CHEC, 0, O(CHEC)),
    ("ao04", "organisation", "Source: [[CHEC]]", 0, O(CHEC)),
    ("ao04", "organisation", "[[CHEC]] completes", 0, O(CHEC)),
    ("ao04", "organisation", CHEC, 1, O(CHEC)),
    ("ao04", "organisation", "([[CHEC]])", 0, O(CHEC)),
    ("ao04", "organisation", PASP, 0, O(PASP)),
    ("ao04", "organisation", "([[PASP]])", 0, O(PASP)),
    ("ao04", "organisation", "by [[CHEC]] and", 0, O(CHEC)),
    ("ao04", "organisation", "and [[PASP]], with", 0, O(PASP)),
    ("ao04", "organisation", "and [[CHEC]] began", 0, O(CHEC)),
    ("ao04", "organisation", "[[CHEC]] trained", 0, O(CHEC)),
    ("ao04", "organisation", "[[CHEC]]'s sister", 0, O(CHEC)),
    ("ao04", "organisation", CCCCD, 0, O(CCCCD)),
    ("ao04", "organisation", "[[CHEC]] donated", 0, O(CHEC)),
    ("ao04", "organisation", "[[CHEC]]'s 14th", 0, O(CHEC)),
    # places ("San Pedro Port" tags its town (extra45's Doraleh port); "Ivorian" the people (NOTES'
    # demonym); "the country", "the region" generic)
    ("ao04", "place", "of [[San Pedro]] Port container", 0, SPD),
    ("ao04", "place", "in [[San Pedro]], Côte", 0, SPD),
    ("ao04", "place", "San Pedro, [[Côte d'Ivoire]]", 0, CI),
    ("ao04", "place", "of [[San Pedro]] Port, built", 0, SPD),
    ("ao04", "place", "Transport of [[Côte d'Ivoire]]", 0, CI),
    ("ao04", "place", "[[Chinese]] Ambassador", 0, CN),
    ("ao04", "place", "Ambassador to [[Côte d'Ivoire]]", 0, CI),
    ("ao04", "place", "Abidjan", 0, CITY("Abidjan", "CI")),
    ("ao04", "place", "[[Ivorian]].", 0, CI),
    ("ao04", "place", "[[San Pedro]]'s annual", 0, SPD),
    ("ao04", "place", "Abidjan", 1, CITY("Abidjan", "CI")),
    ("ao04", "place", "schools in [[San Pedro]]", 0, SPD),
    ("ao04", "place", "West Africa", 0, REG("West Africa")),
    # events (the headline "completes" anchors the completion; "a ceremony was held ... to celebrate the
    # completion", "built by" and "was completed 45 days ahead" are the same occurrence; "trained",
    # "paid", "employed", "handled": figures; "is 93% complete": progress; "will be finished", "is
    # scheduled to open", "would lift": future; "signed new contracts": a tally)
    ("ao04", "event", "completes", 0,
     E("construction", "2025-10-28", "San Pedro", [CHEC, "Côte d'Ivoire", PASP, "China"])),
    ("ao04", "event", "was [[signed]] in Abidjan", 0,
     E("signing", "2023-01-18", "Abidjan", [CHEC, PASP], M("390000000", "USD"))),
    ("ao04", "event", "CHEC [[began]] construction", 0, E("construction", "2023-03-15", "San Pedro", [CHEC])),
    ("ao04", "event", "started", 0, E("construction", "2025-11-03", "San Pedro")),
    ("ao04", "event", "donated", 0, E("donation", "2025-10-28", "San Pedro", [CHEC], Q("500", "desk"))),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "ao*.txt")
