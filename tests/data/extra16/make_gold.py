#!/usr/bin/env python3
"""Build tests/data/extra16/gold.jsonl from hand annotations of the j*.txt documents here.

The three documents are invented but realistic Belt and Road news texts (a 24.kg story on a
protest and a suspended license at a Chinese-owned gold mine in Kyrgyzstan with som amounts; an
Economic Times analysis of Chinese debt in Sri Lanka and the Maldives with Rs crore/LKR/MVR amounts,
Indian fiscal quarters and a think tank; a Zawya Projects story on a Saudi-Chinese JV's solar EPC
contract in Jazan with SAR/AED amounts, MW/km2 and a Tadawul filing) written BLIND: annotated from
shared/gold/NOTES.md and shared/spec/facts.md alone, without running bri_corpus on them, so
that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls
recorded in tests/data/extra3 ... extra15/make_gold.py; the comments record the calls NOTES
leaves open.  Calls made for the first time in this set:
  - a mine or deposit named after a locality ("the Ishtamberdy mine", "outside Kumtor", "the
    Solton-Sary deposit") names no place and no organisation, as a plant named after a river
    (extra8/extra15);
  - the news agency "24.kg" is an organisation as written (its digits are no quantity); the
    copyright line naming it is chrome;
  - a district's "district administration" / "district council" (lower case) is the district as
    a region place, as NOTES' "the Kazakhstan government";
  - "has invested more than $120 million ... since" a year: an investment without point date
    (a running total, as extra12's "produced since February"); "poured its first gold bar in
    2014" is a first-output milestone (production, extra11); a mine's annual output is the
    owner's production;
  - "Deputy Chairman of the Cabinet of Ministers" meeting villagers and the company: the
    Cabinet of Ministers is tagged (extra5) and takes part; unnamed villagers add no party;
  - a payment of fees to a tax body, a court's suspension of a license, and a road blockade
    are no events (extra9/extra11: fines, permits);
  - "som" amounts in a Kyrgyz outlet are the Kyrgyz som (KGS); "Rs" in an Indian paper is INR;
  - India's fiscal year runs April-March: "Q1 FY26" -> 2025-04/2025-06 (as extra15's Pakistani quarter);
  - a lead's noun "the Hambantota port deal" is no trigger: the signing anchors on the later "signed";
    "reached a final agreement" to restructure debt anchors on "agreement" (support verb + event noun),
    its covered sum the amount (extra8);
  - "Colombo Port City" (reclaimed district) and "Jazan City for Primary and Downstream Industries"
    (industrial city) are no organisations; the city/region in them is tagged (extra8's park call);
  - a masthead with a section label ("Zawya Projects") is the paper, "Zawya", the label outside
    (extra13); "Tadawul" in "(Tadawul: 4392)" is another name of the Saudi Exchange;
  - a share price ("to SAR 38.60") is money; a contract "awarded"/"wins" has no type (extra10), its
    signing with the buyer is the signing.
  (The brief asked for five documents; j04 (a China Daily decade feature) and j05 (a Tehran Times
  railway story) were not written in the time given.)
Run:  python3 tests/data/extra16/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= j01 24.kg, Bishkek (14/10/2025 16:27, a Tuesday)
KG = C("Kyrgyzstan", "KG")
FGM = "Full Gold Mining LLC"
CHATKAL = REG("Chatkal", "KG")
TEREK = CITY("Terek-Sai", "KG")
MINISTRY_NR = "Ministry of Natural Resources, Ecology and Technical Supervision"
A01 = [
    # dates (the Related headline's "third quarter" and the copyright year are chrome; "180 days"
    # and "10 days" are durations with digits: quantities)
    ("j01", "date", "14/10/2025 16:27", 0, "2025-10-14T16:27"),
    ("j01", "date", "on [[Monday]]", 0, "2025-10-13"),
    ("j01", "date", "7 a.m. on October 13", 0, "2025-10-13T07:00"),
    ("j01", "date", "On [[October 10]]", 0, "2025-10-10"),
    ("j01", "date", "for [[2023]] and", 0, "2023"),
    ("j01", "date", "2023 and [[2024]]", 0, "2024"),
    ("j01", "date", "bar in [[2014]]", 0, "2014"),
    ("j01", "date", "Last year", 0, "2024"),
    ("j01", "date", "on [[Tuesday]]", 0, "2025-10-14"),
    ("j01", "date", "by [[October 31]]", 0, "2025-10-31"),
    ("j01", "date", "by [[October 24]]", 0, "2025-10-24"),
    ("j01", "date", "in [[September]]", 0, "2025-09"),
    ("j01", "date", "In [[2019]]", 0, "2019"),
    # money
    ("j01", "money", "48.6 million som", 0, M("48600000", "KGS")),
    ("j01", "money", "about $556,000", 0, M("556000", "USD", "approx")),
    ("j01", "money", "more than $120 million", 0, M("120000000", "USD", "gt")),
    ("j01", "money", "95 million som", 0, M("95000000", "KGS")),
    ("j01", "money", "12.3 million som", 0, M("12300000", "KGS")),
    # quantities ("license No. 0847-AP", "clause 4.2", "24.kg" and the phone number are identifiers)
    ("j01", "quantity", "About 300 residents", 0, Q("300", "resident", "approx")),
    ("j01", "quantity", "11 hours", 0, Q("11", "hour")),
    ("j01", "quantity", "180 days", 0, Q("180", "day")),
    ("j01", "quantity", "860 people", 0, Q("860", "person")),
    ("j01", "quantity", "1.9 tonnes", 0, Q("1.9", "t")),
    ("j01", "quantity", "about 8 percent", 0, Q("8", "%", "approx")),
    ("j01", "quantity", "2,400 hectares", 0, Q("2400", "ha")),
    ("j01", "quantity", "10 days", 0, Q("10", "day")),
    ("j01", "quantity", "42-km", 0, Q("42", "km")),
    ("j01", "quantity", "1.5 percent", 0, Q("1.5", "%")),
    # organisations ("the ministry", "the company", "aiyl okmotu", "a joint commission", "local
    # development fund": generic; "Judge Naryn Abdyrakhmanova" is a person)
    ("j01", "organisation", "BISHKEK, [[24.kg]]", 0, O("24.kg")),
    ("j01", "organisation", "told [[24.kg]]", 0, O("24.kg")),
    ("j01", "organisation", FGM, 0, O(FGM)),
    ("j01", "organisation", "Jalal-Abad Inter-District Court", 0, O("Jalal-Abad Inter-District Court")),
    ("j01", "organisation", MINISTRY_NR, 0, O(MINISTRY_NR)),
    ("j01", "organisation", "[[Full Gold Mining]] owes", 0, O(FGM)),
    ("j01", "organisation", "Hongyuan Mining Group", 0, O("Hongyuan Mining Group")),
    ("j01", "organisation", "Cabinet of Ministers", 0, O("Cabinet of Ministers")),
    ("j01", "organisation", "[[Full Gold Mining]] would", 0, O(FGM)),
    ("j01", "organisation", "Supreme Court", 0, O("Supreme Court")),
    ("j01", "organisation", "State Tax Service", 0, O("State Tax Service")),
    # places ("Naryn" in the judge's name is a person; Jalal-Abad in the court's name is not tagged)
    ("j01", "place", "Chatkal villagers", 0, CHATKAL),
    ("j01", "place", "[[Chinese]]-owned", 0, CN),
    ("j01", "place", "BISHKEK", 0, CITY("Bishkek", "KG")),
    ("j01", "place", "of [[Terek-Sai]] village", 0, TEREK),
    ("j01", "place", "in [[Jalal-Abad]] region", 0, REG("Jalal-Abad", "KG")),
    ("j01", "place", "the [[Chatkal]] district", 0, CHATKAL),
    ("j01", "place", "the [[Xinjiang]]-based", 0, REG("Xinjiang", "CN")),
    ("j01", "place", "citizens of [[Kyrgyzstan]]", 0, KG),
    ("j01", "place", "in [[Jalal-Abad]] on", 0, CITY("Jalal-Abad", "KG")),
    ("j01", "place", "42-km [[Terek-Sai]]", 0, TEREK),
    ("j01", "place", "Kanysh-Kiya", 0, CITY("Kanysh-Kiya", "KG")),
    ("j01", "place", "against [[Chinese]] investors", 0, CN),
    ("j01", "place", "in [[Naryn]] region", 0, REG("Naryn", "KG")),
    ("j01", "place", "a [[Chinese]] company", 0, CN),
    # events ("blocked", "suspended", "ruled", "paid", "agreed to transfer", "would appeal": no
    # event type or future; the promised inspection is future)
    ("j01", "event", "invested", 0, E("investment", None, None, [FGM], M("120000000", "USD", "gt"))),
    ("j01", "event", "poured", 0, E("production", "2014", None, [FGM])),
    ("j01", "event", "produced", 0, E("production", "2024", None, [FGM], Q("1.9", "t"))),
    ("j01", "event", "met", 0, E("meeting", "2025-10-14", "Jalal-Abad", [FGM, "Cabinet of Ministers"])),
]

# ================================= j02 Economic Times analysis, New Delhi (Sep 22, 2025, a Monday, ISO week 39)
LK = C("Sri Lanka", "LK")
IN = C("India", "IN")
HAMB = CITY("Hambantota", "LK")
CMB = CITY("Colombo", "LK")
BEIJING = CITY("Beijing", "CN")
SLPA = "Sri Lanka Ports Authority"
CMPH = "China Merchants Port Holdings"
CEXIM = "Export-Import Bank of China"
CDB = "China Development Bank"
CHEC = "China Harbour Engineering Company"
IEXIM = "Export-Import Bank of India"
APSEZ = "Adani Ports and Special Economic Zone"
A02 = [
    # dates ("Eight years after": a duration; "in the same period": no calendar unit; India's fiscal
    # year runs April-March, so "Q1 FY26" is April-June 2025)
    ("j02", "date", "Sep 22, 2025, 06:45:00 AM", 0, "2025-09-22T06:45"),
    ("j02", "date", "on [[Friday]]", 0, "2025-09-19"),
    ("j02", "date", "July 2017", 0, "2017-07"),
    ("j02", "date", "from [[2008]].", 0, "2008"),
    ("j02", "date", "the end of June", 0, "2025-06"),
    ("j02", "date", "last week", 0, "2025-W38"),
    ("j02", "date", "June 2024", 0, "2024-06"),
    ("j02", "date", "in [[October]]", 0, "2024-10"),
    ("j02", "date", "payments in [[2025]]", 0, "2025"),
    ("j02", "date", "since [[2008]]", 0, "2008"),
    ("j02", "date", "in [[April]]", 0, "2025-04"),
    ("j02", "date", "Q1 FY26", 0, "2025-04/2025-06"),
    ("j02", "date", "August 2018", 0, "2018-08"),
    ("j02", "date", "January 2024", 0, "2024-01"),
    # money ("Rs" in an Indian paper is the Indian rupee; a crore is ten million; "rupee for yuan" has no amount)
    ("j02", "money", "about $4.7 billion", 0, M("4700000000", "USD", "approx")),
    ("j02", "money", "$1.12 billion", 0, M("1120000000", "USD")),
    ("j02", "money", "$37.6 billion", 0, M("37600000000", "USD")),
    ("j02", "money", "about $4.2 billion", 0, M("4200000000", "USD", "approx")),
    ("j02", "money", "LKR 2.1 trillion", 0, M("2100000000000", "LKR")),
    ("j02", "money", "$1.4 billion", 0, M("1400000000", "USD")),
    ("j02", "money", "$550 million", 0, M("550000000", "USD")),
    ("j02", "money", "about Rs 7,800 crore", 0, M("78000000000", "INR", "approx")),
    ("j02", "money", "Rs 3,107 crore", 0, M("31070000000", "INR")),
    ("j02", "money", "MVR 3.2 billion", 0, M("3200000000", "MVR")),
    ("j02", "money", "around $1.37 billion", 0, M("1370000000", "USD", "approx")),
    ("j02", "money", "1.5 billion yuan", 0, M("1500000000", "CNY")),
    # quantities
    ("j02", "quantity", "70%", 0, Q("70", "%")),
    ("j02", "quantity", "99-year", 0, Q("99", "year")),
    ("j02", "quantity", "nearly 40 per cent", 0, Q("40", "%", "lt")),
    ("j02", "quantity", "269 hectares", 0, Q("269", "ha")),
    ("j02", "quantity", "1,400-metre", 0, Q("1400", "m")),
    ("j02", "quantity", "0.6 million TEU", 0, Q("600000", "TEU")),
    # organisations ("ET Bureau" is a desk byline (extra7); "think tank", "the government": generic; the
    # Economic Times in the closing promotion line is chrome; "West Container Terminal" is a facility)
    ("j02", "organisation", "by [[Gateway House]]", 0, O("Gateway House")),
    ("j02", "organisation", SLPA, 0, O(SLPA)),
    ("j02", "organisation", "(SLPA)", 0, O(SLPA)),
    ("j02", "organisation", CMPH, 0, O(CMPH)),
    ("j02", "organisation", "[[SLPA]] used", 0, O(SLPA)),
    ("j02", "organisation", CEXIM, 0, O(CEXIM)),
    ("j02", "organisation", "Central Bank of Sri Lanka", 0, O("Central Bank of Sri Lanka")),
    ("j02", "organisation", CEXIM, 1, O(CEXIM)),
    ("j02", "organisation", CDB, 0, O(CDB)),
    ("j02", "organisation", "(CDB)", 0, O(CDB)),
    ("j02", "organisation", "fellow at [[Gateway House]]", 0, O("Gateway House")),
    ("j02", "organisation", CHEC, 0, O(CHEC)),
    ("j02", "organisation", "(CHEC)", 0, O(CHEC)),
    ("j02", "organisation", IEXIM, 0, O(IEXIM)),
    ("j02", "organisation", "India Exim Bank", 0, O(IEXIM)),
    ("j02", "organisation", APSEZ, 0, O(APSEZ)),
    ("j02", "organisation", "(APSEZ)", 0, O(APSEZ)),
    ("j02", "organisation", "John Keells Holdings", 0, O("John Keells Holdings")),
    ("j02", "organisation", "[[APSEZ]] reported", 0, O(APSEZ)),
    ("j02", "organisation", "People's Bank of China", 0, O("People's Bank of China")),
    # places ("Colombo Port City" is a reclaimed district: its city is tagged, as an industrial park's
    # (extra8); the demonyms in the bridge's name are places (extra8); "Male" stands for the government,
    # the city as written (extra13); the "Read More News on" tag line is chrome)
    ("j02", "place", "From [[Hambantota]]", 0, HAMB),
    ("j02", "place", "[[Chinese]] debt still", 0, CN),
    ("j02", "place", "[[Sri Lanka]]'s choices", 0, LK),
    ("j02", "place", "NEW DELHI", 0, CITY("New Delhi", "IN")),
    ("j02", "place", "the [[Hambantota]] port", 0, HAMB),
    ("j02", "place", "[[Chinese]] lenders", 0, CN),
    ("j02", "place", "[[Sri Lanka]]'s largest", 0, LK),
    ("j02", "place", "a [[Mumbai]] think", 0, CITY("Mumbai", "IN")),
    ("j02", "place", "the [[Chinese]] firm", 0, CN),
    ("j02", "place", "[[Sri Lanka]]'s total", 0, LK),
    ("j02", "place", "[[Colombo]] reached", 0, CMB),
    ("j02", "place", '"[[Sri Lanka]] is not', 0, LK),
    ("j02", "place", "[[Colombo]] Port City", 0, CMB),
    ("j02", "place", "[[India]] has tried", 0, IN),
    ("j02", "place", "lent [[Sri Lanka]]", 0, LK),
    ("j02", "place", "in [[Colombo]] with", 0, CMB),
    ("j02", "place", "the [[Colombo]] terminal", 0, CMB),
    ("j02", "place", "In the [[Maldives]]", 0, C("Maldives", "MV")),
    ("j02", "place", "the [[China]]-Maldives", 0, CN),
    ("j02", "place", "China-[[Maldives]] Friendship", 0, C("Maldives", "MV")),
    ("j02", "place", "[[Male]] still", 0, CITY("Male", "MV")),
    ("j02", "place", "[[Chinese]] banks", 0, CN),
    ("j02", "place", "visited [[Beijing]]", 0, BEIJING),
    ("j02", "place", '"[[New Delhi]] should', 0, CITY("New Delhi", "IN")),
    ("j02", "place", "match [[Beijing]]", 0, BEIJING),
    # events ("the Hambantota port deal" in the lead is a noun with no trigger: the signing anchors on
    # "signed"; "financed", "lent", "secured a currency swap": financing (x07/extra8); "budgeted",
    # "reported a net profit", "handling": no occurrence; a report "released" is no event)
    ("j02", "event", "signed", 0, E("signing", "2017-07", None, [SLPA, CMPH], M("1120000000", "USD"))),
    (
        "j02",
        "event",
        "final [[agreement]]",
        0,
        E("signing", "2024-06", None, ["Colombo", CEXIM], M("4200000000", "USD", "approx")),
    ),
    ("j02", "event", "signed", 1, E("signing", "2024-10", None, ["Colombo", CDB])),
    ("j02", "event", "built", 0, E("construction", None, "Colombo", [CHEC], M("1400000000", "USD"))),
    ("j02", "event", "opened", 0, E("ceremony", "2025-04", "Colombo", [APSEZ, "John Keells Holdings"])),
    ("j02", "event", "completed", 0, E("construction", "2018-08", "Maldives", None, M("3200000000", "MVR"))),
    ("j02", "event", "visited", 0, E("visit", "2024-01", "Beijing", ["Maldives"])),
]

# ================================= j03 Zawya Projects, Riyadh (November 17, 2025, a Monday)
SA = C("Saudi Arabia", "SA")
JAZAN = REG("Jazan", "SA")
RUH = CITY("Riyadh", "SA")
CEEC = "China Energy Engineering Corporation"
MASAR = "Al Masar Contracting Co."
MECC = "Masar Energy China Contracting Company"
SPPC = "Saudi Power Procurement Company"
KEZAD = "KEZAD Group"
A03 = [
    # dates (the copyright year is chrome)
    ("j03", "date", "November 17, 2025", 0, "2025-11-17"),
    ("j03", "date", "on [[Sunday]]", 0, "2025-11-16"),
    ("j03", "date", "on [[November 12]]", 0, "2025-11-12"),
    ("j03", "date", "the first quarter of 2026", 0, "2026-Q1"),
    ("j03", "date", "the second half of 2028", 0, "2028-H2"),
    ("j03", "date", "in [[March]]", 0, "2025-03"),
    ("j03", "date", "since [[2019]]", 0, "2019"),
    ("j03", "date", "December 2024", 0, "2024-12"),
    ("j03", "date", "in [[May]]", 0, "2025-05"),
    ("j03", "date", "on [[October 28]]", 0, "2025-10-28"),
    ("j03", "date", "the end of 2026", 0, "2026"),
    ("j03", "date", "on [[Monday]]", 0, "2025-11-17"),
    # money (a share price is money)
    ("j03", "money", "SAR 2.6bn", 0, M("2600000000", "SAR")),
    ("j03", "money", "SAR 2.6 billion", 0, M("2600000000", "SAR")),
    ("j03", "money", "$693 million", 0, M("693000000", "USD")),
    ("j03", "money", "AED 1.1 billion", 0, M("1100000000", "AED")),
    ("j03", "money", "SAR 38.60", 0, M("38.6", "SAR")),
    # quantities (the stock code 4392 is an identifier)
    ("j03", "quantity", "1,500 MW", 0, Q("1500", "MW")),
    ("j03", "quantity", "51 percent", 0, Q("51", "%")),
    ("j03", "quantity", "49 percent", 0, Q("49", "%")),
    ("j03", "quantity", "about 32 km2", 0, Q("32", "km2", "approx")),
    ("j03", "quantity", "some 560,000 homes", 0, Q("560000", "home", "approx")),
    ("j03", "quantity", "11 bids", 0, Q("11", "bid")),
    ("j03", "quantity", "more than 4.8 GW", 0, Q("4.8", "GW", "gt")),
    ("j03", "quantity", "2,060 MW", 0, Q("2060", "MW")),
    ("j03", "quantity", "up to 8 GWh", 0, Q("8", "GWh", "le")),
    ("j03", "quantity", "45 km2", 0, Q("45", "km2")),
    ("j03", "quantity", "12 km", 0, Q("12", "km")),
    ("j03", "quantity", "4.1 percent", 0, Q("4.1", "%")),
    # organisations (the masthead "Zawya Projects" is the paper with its section label outside, as
    # extra13's edition label; "Jazan City for Primary and Downstream Industries" is an industrial city,
    # no organisation (extra8's park call), its region tagged; "Tadawul" names the Saudi Exchange; "the
    # company", "the joint venture": generic; the writing/editing line and the copyright are chrome)
    ("j03", "organisation", "China's [[CEEC]]", 0, O(CEEC)),
    ("j03", "organisation", "[[Zawya]] Projects", 0, O("Zawya")),
    ("j03", "organisation", MASAR, 0, O(MASAR)),
    ("j03", "organisation", CEEC, 0, O(CEEC)),
    ("j03", "organisation", "(CEEC)", 0, O(CEEC)),
    ("j03", "organisation", MECC, 0, O(MECC)),
    ("j03", "organisation", "(MECC)", 0, O(MECC)),
    ("j03", "organisation", "Saudi Exchange", 0, O("Saudi Exchange")),
    ("j03", "organisation", "Tadawul", 0, O("Saudi Exchange")),
    ("j03", "organisation", "[[MECC]] signed", 0, O(MECC)),
    ("j03", "organisation", SPPC, 0, O(SPPC)),
    ("j03", "organisation", "(SPPC)", 0, O(SPPC)),
    ("j03", "organisation", "[[Al Masar]] owns", 0, O(MASAR)),
    ("j03", "organisation", "and [[CEEC]] the remaining", 0, O(CEEC)),
    ("j03", "organisation", "[[CEEC]] has built", 0, O(CEEC)),
    ("j03", "organisation", "ACWA Power", 0, O("ACWA Power")),
    ("j03", "organisation", "[[CEEC]] vice-president", 0, O(CEEC)),
    ("j03", "organisation", "Ministry of Energy", 0, O("Ministry of Energy")),
    ("j03", "organisation", "PowerChina", 0, O("PowerChina")),
    ("j03", "organisation", "with [[KEZAD Group]]", 0, O(KEZAD)),
    ("j03", "organisation", "AD Ports Group", 0, O("AD Ports Group")),
    ("j03", "organisation", "[[KEZAD]] said", 0, O(KEZAD)),
    ("j03", "organisation", "[[Al Masar]] shares", 0, O(MASAR)),
    # places
    ("j03", "place", "[[Saudi]] contractor", 0, SA),
    ("j03", "place", "[[China]]'s CEEC", 0, CN),
    ("j03", "place", "in [[Jazan]]\n", 0, JAZAN),
    ("j03", "place", "RIYADH", 0, RUH),
    ("j03", "place", "at [[Jazan]] City", 0, JAZAN),
    ("j03", "place", "in [[China]], Spain", 0, CN),
    ("j03", "place", "Spain", 0, C("Spain", "ES")),
    ("j03", "place", "the [[UAE]]", 0, C("UAE", "AE")),
    ("j03", "place", "in [[Saudi Arabia]]", 0, SA),
    ("j03", "place", "Al Kharj", 0, CITY("Al Kharj", "SA")),
    ("j03", "place", "visited [[Riyadh]]", 0, RUH),
    ("j03", "place", "in [[Abu Dhabi]]", 0, CITY("Abu Dhabi", "AE")),
    # events ("wins", "awarded", "tender ... launched": no event type (extra10); "will cover", "would
    # open": future; "rose": a price move)
    ("j03", "event", "signed", 0, E("signing", "2025-11-12", None, [MECC, SPPC], M("2600000000", "SAR"))),
    ("j03", "event", "built", 0, E("construction", None, "Saudi Arabia", [CEEC], Q("4.8", "GW", "gt"))),
    ("j03", "event", "completed", 0, E("construction", "2024-12", "Al Kharj", [CEEC, "ACWA Power"], Q("2060", "MW"))),
    ("j03", "event", "visited", 0, E("visit", "2025-05", "Riyadh", [CEEC])),
    ("j03", "event", "met", 0, E("meeting", "2025-05", "Riyadh", [CEEC, "Ministry of Energy"])),
    ("j03", "event", "signed", 1, E("signing", "2025-10-28", None, ["PowerChina", KEZAD], M("1100000000", "AED"))),
]

ANNOTATIONS = A01 + A02 + A03


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "j*.txt")
