#!/usr/bin/env python3
"""Build tests/data/extra11/gold.jsonl from hand annotations of the q*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a BNamericas
story on Zijin's 3Q lithium project in Catamarca with US$/ARS amounts and a Chilean hydro
plant with CLP, an N1 wire story on the Banja Luka-Prijedor motorway with EUR/KM/BAM/RSD
amounts, a deadline, a protest and a Serbian tunnel, a MONTSAME story on the Khangi-Mandal
cross-border coal railway with MNT/tugrik amounts, a Bank of China annual-report extract
with RMB/USD/KZT/EUR amounts and numbered lists) written BLIND: annotated from
shared/gold/NOTES.md and shared/spec/facts.md alone, without running bri_corpus on them,
so that they measure the extractors on unseen text.  (The brief asked for five; the fifth,
a Vietnamese/Philippine story, was not written in the time given.)

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the
calls recorded in tests/data/extra3 ... extra9/make_gold.py; the comments record the
calls NOTES leaves open.  Calls made for the first time in this set:
  - "last autumn" -> TIMEX3's season code of the closest past autumn (2024-FA: TIMEX3 writes autumn
    FA; first written AU, corrected in the eighth session), as extra9's
    "Last spring";
  - "KM" before an amount in a Bosnian text is the convertible mark (BAM); "from KM 12 to
    KM 20 per square metre" is two prices, not a range; "US$ 96.5mn" -> "mn" is million;
  - a threshold sum ("projects worth more than US$ 200mn") is still money, gt;
  - a permit granted, a tender opened, a road blocked in protest, an annex approved: no
    event type (extra9's fine/tender/deadline calls);
  - "produced its first lithium carbonate": a first-output milestone, production (NOTES'
    first truck), placed by the project's province;
  - "bought" a company: an investment (w-call) whose parties are the buyer and the company
    bought (its home country is no participant);
  - an official who "visited" a region at the head of a delegation: the visit; "toured" a
    port during it is a sub-step, "held talks with" a city's officials a meeting within it,
    dated by the trip; a signing "in the presence of" a minister (no ministry named) adds
    the country (z09's added signatories, extra5's minister call);
  - co-hosting a named roundtable is a meeting (as extra5's co-chairing), dated and placed
    by the roundtable; a year at the head of a roundtable's name is part of the name;
  - "Expo 2027 in Belgrade" is a summit (spec: expo) with its location, the year no date;
  - persons named like places ("Sofía Córdoba", "Milan Prijedorac", "G. Darkhan") are not
    places;
  - a dateline agency tag "/MONTSAME/" is an organisation mention, as "(Reuters)";
  - a bank report's "the Bank" / "the Group" are generic, as z08's "the Company".
Run:  python3 tests/data/extra11/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= q01 BNamericas, Argentina/Chile (Thursday, October 17, 2024)
AR = C("Argentina", "AR")
CL = C("Chile", "CL")
CATAMARCA = REG("Catamarca", "AR")
FIAMBALA = CITY("Fiambalá", "AR")
ZIJIN = "Zijin Mining Group"
SINOHYDRO = "Sinohydro Corporation"
POWERCHINA = "Power Construction Corporation of China"
CAMYEN = "Catamarca Minera y Energética Sociedad del Estado"
PHC = "Pacific Hydro Chile"
SPIC = "State Power Investment Corporation"
A01 = [
    # dates (the section line is a label; "resolution 417/2024" is an identifier; "the end of the year"
    # -> the year (NOTES' "the end of January"); "the first nine months of the year" as s09; "mid-2025"
    # -> the year (w-call); the Related line ("Q3 2024") and the copyright line are chrome)
    ("q01", "date", "Thursday, October 17, 2024", 0, "2024-10-17"),
    ("q01", "date", "on [[Tuesday]]", 0, "2024-10-15"),
    ("q01", "date", "January 2022", 0, "2022-01"),
    ("q01", "date", "in [[July]]", 0, "2024-07"),
    ("q01", "date", "the first quarter of 2025", 0, "2025-Q1"),
    ("q01", "date", "the end of the year", 0, "2024"),
    ("q01", "date", "In [[August]]", 0, "2024-08"),
    ("q01", "date", "on [[October 1]] for", 0, "2024-10-01"),
    ("q01", "date", "December 6", 0, "2024-12-06"),
    ("q01", "date", "the first nine months of the year", 0, "2024-01/2024-09"),
    ("q01", "date", "mid-2025", 0, "2025"),
    ("q01", "date", "September 28", 0, "2024-09-28"),
    ("q01", "date", "on [[Monday]]", 0, "2024-10-14"),
    ("q01", "date", "since [[2019]]", 0, "2019"),
    # money ("US$ 96.5mn": "mn" is million; "more than US$ 200mn": a threshold, still a sum, gt)
    ("q01", "money", "about US$ 1.1bn", 0, M("1100000000", "USD", "approx")),
    ("q01", "money", "US$ 96.5mn", 0, M("96500000", "USD")),
    ("q01", "money", "around ARS 52bn", 0, M("52000000000", "ARS", "approx")),
    ("q01", "money", "US$ 412mn", 0, M("412000000", "USD")),
    ("q01", "money", "more than US$ 200mn", 0, M("200000000", "USD", "gt")),
    ("q01", "money", "CLP 310 billion", 0, M("310000000000", "CLP")),
    # quantities ("a year" rates stay outside (w-call); "second phase", "first phase", "third": ranks;
    # "2899" a stock code; "National Route 60" a name; "six hours": spelled-out; phone line chrome)
    ("q01", "quantity", "40,000 tonnes", 0, Q("40000", "t")),
    ("q01", "quantity", "some 1,850 hectares", 0, Q("1850", "ha", "approx")),
    ("q01", "quantity", "about 10km", 0, Q("10", "km", "approx")),
    ("q01", "quantity", "a [[120MW]] solar", 0, Q("120", "MW")),
    ("q01", "quantity", "20,000 tonnes", 0, Q("20000", "t")),
    ("q01", "quantity", "60MWh", 0, Q("60", "MWh")),
    ("q01", "quantity", "up to 450 local workers", 0, Q("450", "worker", "le")),
    ("q01", "quantity", "5%", 0, Q("5", "%")),
    ("q01", "quantity", "165km", 0, Q("165", "km")),
    ("q01", "quantity", "132kV", 0, Q("132", "kV")),
    ("q01", "quantity", "1,200 direct jobs", 0, Q("1200", "job")),
    ("q01", "quantity", "38%", 0, Q("38", "%")),
    ("q01", "quantity", "10 RIGI projects", 0, Q("10", "project")),
    ("q01", "quantity", "1.4 million cubic meters", 0, Q("1400000", "m3")),
    ("q01", "quantity", "some 300 residents", 0, Q("300", "resident", "approx")),
    ("q01", "quantity", "150MW", 0, Q("150", "MW")),
    ("q01", "quantity", "620GWh", 0, Q("620", "GWh")),
    ("q01", "quantity", "some 280,000 homes", 0, Q("280000", "home", "approx")),
    # organisations (the masthead is text, the copyright line chrome; "DIA" is a permit, "3Q", "LCE"
    # and "RIGI" a project, a unit and a regime; "the provincial mining secretariat", "Chile's energy
    # ministry": lower-case generic nouns; "Environmental groups" generic; Catamarca and Chile inside
    # the companies' names are not tagged; "HKEX" before a stock code (y06))
    ("q01", "organisation", "BNamericas", 0, O("BNamericas")),
    ("q01", "organisation", "[[Zijin]] wins", 0, O(ZIJIN)),
    ("q01", "organisation", ZIJIN, 0, O(ZIJIN)),
    ("q01", "organisation", "[[Zijin]] (HKEX", 0, O(ZIJIN)),
    ("q01", "organisation", "HKEX", 0, O("HKEX")),
    ("q01", "organisation", "Neo Lithium", 0, O("Neo Lithium")),
    ("q01", "organisation", "[[Zijin]]'s Argentina", 0, O(ZIJIN)),
    ("q01", "organisation", "told [[BNamericas]]", 0, O("BNamericas")),
    ("q01", "organisation", "August, [[Zijin]]", 0, O(ZIJIN)),
    ("q01", "organisation", SINOHYDRO, 0, O(SINOHYDRO)),
    ("q01", "organisation", POWERCHINA, 0, O(POWERCHINA)),
    ("q01", "organisation", "PowerChina", 0, O(POWERCHINA)),
    ("q01", "organisation", "[[Sinohydro]] expects", 0, O(SINOHYDRO)),
    ("q01", "organisation", CAMYEN, 0, O(CAMYEN)),
    ("q01", "organisation", "CAMYEN", 0, O(CAMYEN)),
    ("q01", "organisation", "[[Zijin]] is also", 0, O(ZIJIN)),
    ("q01", "organisation", PHC, 0, O(PHC)),
    ("q01", "organisation", SPIC, 0, O(SPIC)),
    ("q01", "organisation", "SPIC", 0, O(SPIC)),
    # places (a province is a region; "Sofía Córdoba" is a person named like a city; the salt flat
    # and "the border" are no places; "Chile's energy ministry": the country; the subheading's
    # "CHILE" is text; Ganfeng and Salta in the Related line are chrome)
    ("q01", "place", "in [[Catamarca]]\n", 0, CATAMARCA),
    ("q01", "place", "Argentina's", 0, AR),
    ("q01", "place", "[[Catamarca]] province", 0, CATAMARCA),
    ("q01", "place", "[[Chinese]] miner", 0, CN),
    ("q01", "place", "with [[Chile]],", 0, CL),
    ("q01", "place", "Canada's", 0, C("Canada", "CA")),
    ("q01", "place", "[[Argentina]] country manager", 0, AR),
    ("q01", "place", "[[Fiambalá]] to", 0, FIAMBALA),
    ("q01", "place", "[[Catamarca]]'s mining", 0, CATAMARCA),
    ("q01", "place", "in [[Fiambalá]] have", 0, FIAMBALA),
    ("q01", "place", "CHILE", 0, CL),
    ("q01", "place", "Ñuble", 0, REG("Ñuble", "CL")),
    ("q01", "place", "[[Chile]]'s energy", 0, CL),
    ("q01", "place", "[[Chinese]]-owned", 0, CN),
    # events ("wins"/"granted"/"issued" a permit, "opened a tender", "blocked" a road in protest: no
    # type (extra9); "bought" a company: an investment (w-call), the target a party; "took control":
    # the same occurrence; "plans to invest", "expects", "hopes to approve": future; "produced its
    # first lithium carbonate": an output milestone (NOTES), placed by the project's province;
    # "signed a ... EPC contract": its value its amount; "inaugurated": an opening ceremony; "cost":
    # a figure; "rose": a figure)
    ("q01", "event", "bought", 0, E("investment", "2022-01", None, [ZIJIN, "Neo Lithium"])),
    ("q01", "event", "produced", 0, E("production", "2024-07", "Catamarca", [ZIJIN])),
    ("q01", "event", "signed", 0, E("signing", "2024-08", None, [ZIJIN, SINOHYDRO], M("96500000", "USD"))),
    ("q01", "event", "inaugurated", 0, E("ceremony", "2024-10-14", "Ñuble", [PHC])),
]

# ================================= q02 N1, Bosnia and Herzegovina / Serbia (12.03.2025, a Wednesday)
RS_ENTITY = REG("Republika Srpska", "BA")
BANJA_LUKA = CITY("Banja Luka", "BA")
MISIN_HAN = CITY("Mišin Han", "BA")
LAKASI = CITY("Lakaši", "BA")
IVANJSKA = CITY("Ivanjska", "BA")
SERBIA = C("Serbia", "RS")
SHANDONG = "Shandong Hi-Speed Group"
AUTOPUTEVI = "Autoputevi Republike Srpske"
CEXIM = "Export-Import Bank of China"
CRBC = "China Road and Bridge Corporation"
MCTI = "Ministry of Construction, Transport and Infrastructure"
A02 = [
    # dates (the header "12.03.2025. 14:27" is one date and time (u-call); "last autumn" -> the closest
    # past autumn, TIMEX3's season code (extra9's "Last spring"); "the end of February" -> the month
    # (NOTES); "this week" -> the report's ISO week; "Expo 2027": a year inside a name; "Clause 8.4" is
    # an identifier; the copyright line is chrome)
    ("q02", "date", "12.03.2025. 14:27", 0, "2025-03-12T14:27"),
    ("q02", "date", "on [[Tuesday]] extended", 0, "2025-03-11"),
    ("q02", "date", "30 June 2026", 0, "2026-06-30"),
    ("q02", "date", "last autumn", 0, "2024-FA"),
    ("q02", "date", "December 2022", 0, "2022-12"),
    ("q02", "date", "May 2023", 0, "2023-05"),
    ("q02", "date", "the end of February", 0, "2025-02"),
    ("q02", "date", "on [[Tuesday]], the entity", 0, "2025-03-11"),
    ("q02", "date", "October 2025", 0, "2025-10"),
    ("q02", "date", "on [[Monday]]. \"We", 0, "2025-03-10"),
    ("q02", "date", "in [[2022]] with", 0, "2022"),
    ("q02", "date", "On [[Monday]], around", 0, "2025-03-10"),
    ("q02", "date", "20 March", 0, "2025-03-20"),
    ("q02", "date", "this week", 0, "2025-W11"),
    ("q02", "date", "28 February", 0, "2025-02-28"),
    ("q02", "date", "the first half of 2026", 0, "2026-H1"),
    # money ("KM" is the convertible mark, BAM; "from KM 12 to KM 20" are two prices, not a range;
    # "per square metre", "a day": rates outside the span)
    ("q02", "money", "EUR 575 million", 0, M("575000000", "EUR")),
    ("q02", "money", "KM 18.4 million", 0, M("18400000", "BAM")),
    ("q02", "money", "about EUR 9.4 million", 0, M("9400000", "EUR", "approx")),
    ("q02", "money", "BAM 1.07 billion", 0, M("1070000000", "BAM")),
    ("q02", "money", "KM 12", 0, M("12", "BAM")),
    ("q02", "money", "KM 20", 0, M("20", "BAM")),
    ("q02", "money", "EUR 50,000", 0, M("50000", "EUR")),
    ("q02", "money", "RSD 72 billion", 0, M("72000000000", "RSD")),
    ("q02", "money", "around 614 million euros", 0, M("614000000", "EUR", "approx")),
    # quantities ("two viaducts", "four hours": spelled-out; "first section", "first half": ranks;
    # "Clause 8.4", "Expo 2027": identifiers and names)
    ("q02", "quantity", "16.5-kilometre", 0, Q("16.5", "km")),
    ("q02", "quantity", "71 km", 0, Q("71", "km")),
    ("q02", "quantity", "62%", 0, Q("62", "%")),
    ("q02", "quantity", "1,260-metre", 0, Q("1260", "m")),
    ("q02", "quantity", "about 640 workers", 0, Q("640", "worker", "approx")),
    ("q02", "quantity", "49 votes", 0, Q("49", "vote")),
    ("q02", "quantity", "around 150 farmers", 0, Q("150", "farmer", "approx")),
    ("q02", "quantity", "38 hectares", 0, Q("38", "ha")),
    ("q02", "quantity", "3.5-km", 0, Q("3.5", "km")),
    ("q02", "quantity", "47-km", 0, Q("47", "km")),
    # organisations (the masthead is text; the Share/Follow lines and the copyright line are chrome;
    # "Transport Minister", "Opposition MP", "Police", "The farmers' association": titles and generic
    # nouns; "Serbia's Ministry of ...": the country is a place (extra3/4); Republika Srpska and China
    # inside the names are not tagged)
    ("q02", "organisation", "N1", 0, O("N1")),
    ("q02", "organisation", SHANDONG, 0, O(SHANDONG)),
    ("q02", "organisation", "that [[Shandong Hi-Speed]] is", 0, O(SHANDONG)),
    ("q02", "organisation", AUTOPUTEVI, 0, O(AUTOPUTEVI)),
    ("q02", "organisation", "met [[Shandong Hi-Speed]]'s", 0, O(SHANDONG)),
    ("q02", "organisation", CEXIM, 0, O(CEXIM)),
    ("q02", "organisation", "Republika Srpska National Assembly", 0, O("Republika Srpska National Assembly")),
    ("q02", "organisation", "told [[N1]]", 0, O("N1")),
    ("q02", "organisation", AUTOPUTEVI, 1, O(AUTOPUTEVI)),
    ("q02", "organisation", CRBC, 0, O(CRBC)),
    ("q02", "organisation", "CRBC", 0, O(CRBC)),
    ("q02", "organisation", MCTI, 0, O(MCTI)),
    # places ("the Republika Srpska government": a lower-case generic noun, the entity a region; towns
    # in the motorway's and the corridor's names count, the mountain "Fruška Gora" is no place (extra9);
    # "Milan Prijedorac" is a person named like two places; "the Chinese side": the country (extra9))
    ("q02", "place", "[[Banja Luka]]-Prijedor motorway:", 0, BANJA_LUKA),
    ("q02", "place", "Banja Luka-[[Prijedor]] motorway:", 0, CITY("Prijedor", "BA")),
    ("q02", "place", "[[Chinese]] contractor gets", 0, CN),
    ("q02", "place", "BANJA LUKA", 0, BANJA_LUKA),
    ("q02", "place", "The [[Republika Srpska]] government", 0, RS_ENTITY),
    ("q02", "place", "the [[Banja Luka]]-Prijedor motorway,", 0, BANJA_LUKA),
    ("q02", "place", "Banja Luka-[[Prijedor]] motorway,", 0, CITY("Prijedor", "BA")),
    ("q02", "place", "the [[Chinese]] contractor said", 0, CN),
    ("q02", "place", "Mišin Han", 0, MISIN_HAN),
    ("q02", "place", "Omarska", 0, CITY("Omarska", "BA")),
    ("q02", "place", "the [[Republika Srpska]] government in", 0, RS_ENTITY),
    ("q02", "place", "in [[Banja Luka]] in", 0, BANJA_LUKA),
    ("q02", "place", "Mišin Han", 1, MISIN_HAN),
    ("q02", "place", "Lakaši", 0, LAKASI),
    ("q02", "place", "in [[Banja Luka]] on", 0, BANJA_LUKA),
    ("q02", "place", "the [[Chinese]] side", 0, CN),
    ("q02", "place", "IVANJSKA", 0, CITY("Ivanjska", "BA")),
    ("q02", "place", "from [[Ivanjska]] and", 0, IVANJSKA),
    ("q02", "place", "Lakaši", 1, LAKASI),
    ("q02", "place", "\"[[Chinese]] contractors", 0, CN),
    ("q02", "place", "SERBIA", 0, SERBIA),
    ("q02", "place", "neighbouring [[Serbia]]", 0, SERBIA),
    ("q02", "place", "[[Serbia]]'s Ministry", 0, SERBIA),
    ("q02", "place", "Novi Sad", 0, CITY("Novi Sad", "RS")),
    ("q02", "place", "Ruma", 0, CITY("Ruma", "RS")),
    ("q02", "place", "Belgrade", 0, CITY("Belgrade", "RS")),
    # summits (an expo is a named gathering (spec); the year in its name is no date)
    ("q02", "summit", "Expo 2027", 0, S("Expo 2027", None, "Belgrade")),
    # events ("extended the deadline", "approved" an annex or a loan, "blocked access" in protest: no type
    # (extra9); "signed": the design-and-build contract, its value its amount; "Work ... began": the
    # start of building work (w-call), by the section's builder; "met": the minister (no ministry
    # named) stands for the entity; "agreed": a sub-step of the meeting; "employs", "is financed",
    # "will cost", "would open", "would return": figures, financing, future; "completed the ... tunnel":
    # the completion of a building work, placed by the country the paragraph names)
    ("q02", "event", "signed", 0,
     E("signing", "2022-12", "Banja Luka", [SHANDONG, "Republika Srpska"], M("575000000", "EUR"))),
    ("q02", "event", "began", 0, E("construction", "2023-05", "Mišin Han", [SHANDONG])),
    ("q02", "event", "Šarić [[met]] Shandong", 0,
     E("meeting", "2025-03-10", "Banja Luka", ["Republika Srpska", SHANDONG])),
    ("q02", "event", "[[completed]] the 3.5-km", 0, E("construction", "2025-02-28", "Serbia", [CRBC])),
]

# ================================= q03 MONTSAME, Mongolia (May 21, 2025, a Wednesday)
MN = C("Mongolia", "MN")
KHANGI = CITY("Khangi", "MN")
MANDAL = CITY("Mandal", "CN")
ZUUNBAYAN = CITY("Zuunbayan", "MN")
ERENHOT = CITY("Erenhot", "CN")
UB = CITY("Ulaanbaatar", "MN")
IMAR = REG("Inner Mongolia Autonomous Region", "CN")
IM = REG("Inner Mongolia", "CN")
MONTSAME = "MONTSAME News Agency"
MTZ = "Mongolian Railway JSC"
CEIC = "China Energy Investment Corporation"
ERDENES = "Erdenes Mongol LLC"
A03 = [
    # dates ("from May 18 to 20": one interval (spec); "Since then": a bare adverb; "the end of 2026" ->
    # the year; "each day", "a year": rates; the Tel/Fax and copyright lines (with the licence's
    # resolution number) are chrome)
    ("q03", "date", "May 21, 2025", 0, "2025-05-21"),
    ("q03", "date", "May 19", 0, "2025-05-19"),
    ("q03", "date", "by [[2030]]", 0, "2030"),
    ("q03", "date", "in [[July]]", 0, "2025-07"),
    ("q03", "date", "the end of 2026", 0, "2026"),
    ("q03", "date", "May 18 to 20", 0, "2025-05-18/2025-05-20"),
    ("q03", "date", "November 2022", 0, "2022-11"),
    ("q03", "date", "in [[2024]]", 0, "2024"),
    ("q03", "date", "the first quarter of this year", 0, "2025-Q1"),
    ("q03", "date", "in [[2027]]", 0, "2027"),
    ("q03", "date", "On [[Tuesday]]", 0, "2025-05-20"),
    # money ("tugriks" are MNT)
    ("q03", "money", "MNT 480 billion", 0, M("480000000000", "MNT")),
    ("q03", "money", "about USD 141 million", 0, M("141000000", "USD", "approx")),
    ("q03", "money", "CNY 520 million", 0, M("520000000", "CNY")),
    ("q03", "money", "1.1 trillion tugriks", 0, M("1100000000000", "MNT")),
    ("q03", "money", "USD 8.9 billion", 0, M("8900000000", "USD")),
    # quantities ("first phase", "the third of the new coal lines": ranks; "a year", "each day": rates
    # outside the span; phone and fax numbers are chrome)
    ("q03", "quantity", "15 million tonnes", 0, Q("15000000", "t")),
    ("q03", "quantity", "19.6-kilometre", 0, Q("19.6", "km")),
    ("q03", "quantity", "2.2-km", 0, Q("2.2", "km")),
    ("q03", "quantity", "some 7.4 km", 0, Q("7.4", "km", "approx")),
    ("q03", "quantity", "15 million tonnes", 1, Q("15000000", "t")),
    ("q03", "quantity", "30 million tonnes", 0, Q("30000000", "t")),
    ("q03", "quantity", "227-km", 0, Q("227", "km")),
    ("q03", "quantity", "about 600 trucks", 0, Q("600", "truck", "approx")),
    ("q03", "quantity", "83.7 million tonnes", 0, Q("83700000", "t")),
    ("q03", "quantity", "92.5 percent", 0, Q("92.5", "%")),
    ("q03", "quantity", "11 percent", 0, Q("11", "%")),
    ("q03", "quantity", "up to 40 percent", 0, Q("40", "%", "le")),
    ("q03", "quantity", "about 4 million tonnes", 0, Q("4000000", "t", "approx")),
    ("q03", "quantity", "300 MW", 0, Q("300", "MW")),
    # organisations (the masthead is text and names the agency the dateline's "/MONTSAME/" marks (as
    # "(Reuters)"); "Minister of Road and Transport Development", "Prime Minister" are titles; "the
    # company's spokesperson", "the state holding company": generic; the bank's "Inner Mongolia branch"
    # is an internal unit, its region a place (extra8); "the Erenhot municipal government": a lower-case
    # generic noun, its city a place; Mongolia/Mongolian/China inside the names are not tagged)
    ("q03", "organisation", MONTSAME, 0, O(MONTSAME)),
    ("q03", "organisation", "/[[MONTSAME]]/", 0, O(MONTSAME)),
    ("q03", "organisation", MTZ, 0, O(MTZ)),
    ("q03", "organisation", CEIC, 0, O(CEIC)),
    ("q03", "organisation", MTZ, 1, O(MTZ)),
    ("q03", "organisation", "Bank of China", 0, O("Bank of China")),
    ("q03", "organisation", "while [[China Energy]] will", 0, O(CEIC)),
    ("q03", "organisation", MTZ, 2, O(MTZ)),
    ("q03", "organisation", "National Statistics Office of Mongolia", 0, O("National Statistics Office of Mongolia")),
    ("q03", "organisation", ERDENES, 0, O(ERDENES)),
    ("q03", "organisation", "[[Erdenes Mongol]], the", 0, O(ERDENES)),
    ("q03", "organisation", "of [[China Energy]] led", 0, O(CEIC)),
    # places (the border port's, the railway's and the dry port's towns count (u-call, x06); "G. Darkhan"
    # is a person named like a city; "Mongolian territory", "a Mongolian delegation": the country)
    ("q03", "place", "[[Khangi]]-Mandal cross-border", 0, KHANGI),
    ("q03", "place", "Khangi-[[Mandal]] cross-border", 0, MANDAL),
    ("q03", "place", "[[Ulaanbaatar]], May", 0, UB),
    ("q03", "place", "Hohhot", 0, CITY("Hohhot", "CN")),
    ("q03", "place", "the [[Khangi]]-Mandal border", 0, KHANGI),
    ("q03", "place", "Khangi-[[Mandal]] border", 0, MANDAL),
    ("q03", "place", "the [[Zuunbayan]]-Khangi railway to", 0, ZUUNBAYAN),
    ("q03", "place", "Zuunbayan-[[Khangi]] railway to", 0, KHANGI),
    ("q03", "place", "the [[Chinese]] rail", 0, CN),
    ("q03", "place", "Inner Mongolia Autonomous Region", 0, IMAR),
    ("q03", "place", "on [[Mongolian]] territory", 0, MN),
    ("q03", "place", "China's [[Inner Mongolia]] branch", 0, IM),
    ("q03", "place", "the [[Chinese]] side", 0, CN),
    ("q03", "place", "visited [[Inner Mongolia]]", 0, IM),
    ("q03", "place", "a [[Mongolian]] delegation", 0, MN),
    ("q03", "place", "the [[Erenhot]] dry port", 0, ERENHOT),
    ("q03", "place", "the [[Erenhot]] municipal", 0, ERENHOT),
    ("q03", "place", "Zamyn-Uud", 0, CITY("Zamyn-Uud", "MN")),
    ("q03", "place", "The 227-km [[Zuunbayan]]-Khangi", 0, ZUUNBAYAN),
    ("q03", "place", "Zuunbayan-[[Khangi]] railway, the third", 0, KHANGI),
    ("q03", "place", "Dornogovi", 0, REG("Dornogovi", "MN")),
    ("q03", "place", "Umnugovi", 0, REG("Umnugovi", "MN")),
    ("q03", "place", "truck to [[Khangi]]", 0, KHANGI),
    ("q03", "place", "went to [[China]]", 0, CN),
    ("q03", "place", "rails at [[Khangi]]", 0, KHANGI),
    ("q03", "place", "through [[Khangi]] in", 0, KHANGI),
    ("q03", "place", "in [[Ulaanbaatar]]. The", 0, UB),
    ("q03", "place", "Sainshand", 0, CITY("Sainshand", "MN")),
    # events ("signed ... to build": the signing; "was signed in the presence of" the minister (no
    # ministry named, so the country): the same occurrence, which adds Mongolia (z09); "is estimated to
    # cost", "will finance", "will build and fund", "is scheduled to begin", "plans to ship", "planned":
    # future; "visited Inner Mongolia": the minister's visit, "toured": its sub-step (NOTES), "held
    # talks" with the city government: a meeting within it, dated by the trip; "was completed by ... at
    # a cost of": the completion with its cost (t-call); "reached", "brought in", "fell", "cross":
    # figures; "received a delegation": a meeting, "discussed" its sub-step)
    ("q03", "event", "signed", 0, E("signing", "2025-05-19", "Hohhot", [MTZ, CEIC, "Mongolia"])),
    ("q03", "event", "visited", 0, E("visit", "2025-05-18/2025-05-20", "Inner Mongolia", ["Mongolia"])),
    ("q03", "event", "talks", 0, E("meeting", "2025-05-18/2025-05-20", "Erenhot", ["Mongolia", "Erenhot"])),
    ("q03", "event", "was [[completed]] by", 0,
     E("construction", "2022-11", None, [MTZ], M("1100000000000", "MNT"))),
    ("q03", "event", "received", 0, E("meeting", "2025-05-20", "Ulaanbaatar", ["Mongolia", CEIC])),
]

# ================================= q04 Bank of China annual report extract (report date 28 March 2025)
KZ = C("Kazakhstan", "KZ")
BOC = "Bank of China Limited"
BOCHU = "Bank of China (Hungary) Co., Ltd."
CPP = "China Petroleum Pipeline Engineering Co., Ltd."
SEC = "Saudi Electricity Company"
BRBCR = "2024 Belt and Road Banking Cooperation Roundtable"
BRF3 = "third Belt and Road Forum for International Cooperation"
A04 = [
    # dates ("2024 Annual Report": a year in a report's title (extra8); "the reporting period" with no
    # interval printed: no calendar point; "Key projects of the year": the reporting year (z08); "year on
    # year": none; "the end of 2023" -> the year; the year inside the roundtable's name is no date)
    ("q04", "date", "28 March 2025", 0, "2025-03-28"),
    ("q04", "date", "31 December 2024", 0, "2024-12-31"),
    ("q04", "date", "the end of 2023", 0, "2023"),
    ("q04", "date", "In [[2024]], the Bank", 0, "2024"),
    ("q04", "date", "of [[the year]] included", 0, "2024"),
    ("q04", "date", "April 2024", 0, "2024-04"),
    ("q04", "date", "the third quarter", 0, "2024-Q3"),
    ("q04", "date", "14 November 2024", 0, "2024-11-14"),
    ("q04", "date", "5-6 November 2024", 0, "2024-11-05/2024-11-06"),
    ("q04", "date", "to [[2025]]", 0, "2025"),
    # money ("RMB" -> CNY; "RMB loans", "RMB clearing": the currency's name, no amount)
    ("q04", "money", "USD 274.6 billion", 0, M("274600000000", "USD")),
    ("q04", "money", "USD 41.2 billion", 0, M("41200000000", "USD")),
    ("q04", "money", "USD 6.87 billion", 0, M("6870000000", "USD")),
    ("q04", "money", "RMB 512.4 billion", 0, M("512400000000", "CNY")),
    ("q04", "money", "RMB 1,193.7 trillion", 0, M("1193700000000000", "CNY")),
    ("q04", "money", "KZT 95 billion", 0, M("95000000000", "KZT")),
    ("q04", "money", "USD 680 million", 0, M("680000000", "USD")),
    ("q04", "money", "EUR 120 million", 0, M("120000000", "EUR")),
    # quantities (the list numbers "1." ... "(3)" are identifiers; "eight major steps": spelled-out;
    # "third": rank; the stock codes and the phone line are identifiers/chrome; "64 countries and
    # regions": the first noun)
    ("q04", "quantity", "more than 1,000 major projects", 0, Q("1000", "project", "gt")),
    ("q04", "quantity", "8.3%", 0, Q("8.3", "%")),
    ("q04", "quantity", "36.5%", 0, Q("36.5", "%")),
    ("q04", "quantity", "4.1%", 0, Q("4.1", "%")),
    ("q04", "quantity", "23.6%", 0, Q("23.6", "%")),
    ("q04", "quantity", "14.2%", 0, Q("14.2", "%")),
    ("q04", "quantity", "31 clearing banks", 0, Q("31", "bank")),
    ("q04", "quantity", "64 countries", 0, Q("64", "country")),
    ("q04", "quantity", "45 countries", 0, Q("45", "country")),
    ("q04", "quantity", "1,300MW", 0, Q("1300", "MW")),
    ("q04", "quantity", "60 electric buses", 0, Q("60", "bus")),
    ("q04", "quantity", "230 representatives", 0, Q("230", "representative")),
    ("q04", "quantity", "52 countries", 0, Q("52", "country")),
    # organisations (the report's heading names the bank; "the Bank", "the Group", "the Bank's
    # subsidiary": generic (z08's "the Company"); the Belt and Road (Initiative) is no organisation;
    # Astana, Saudi, Hungary and China inside the names are not tagged; the investor-relations line
    # is chrome)
    ("q04", "organisation", BOC, 0, O(BOC)),
    ("q04", "organisation", "BOC Astana", 0, O("BOC Astana")),
    ("q04", "organisation", CPP, 0, O(CPP)),
    ("q04", "organisation", "CPP", 0, O(CPP)),
    ("q04", "organisation", SEC, 0, O(SEC)),
    ("q04", "organisation", BOCHU, 0, O(BOCHU)),
    ("q04", "organisation", "BKV", 0, O("BKV")),
    ("q04", "organisation", "BYD", 0, O("BYD")),
    # places ("countries along the Belt and Road": the initiative; "Hungarian subsidiary": the country)
    ("q04", "place", "subsidiary in [[Kazakhstan]]", 0, KZ),
    ("q04", "place", "the [[Kazakhstan]] section", 0, KZ),
    ("q04", "place", "Riyadh", 0, CITY("Riyadh", "SA")),
    ("q04", "place", "Hungarian", 0, C("Hungary", "HU")),
    ("q04", "place", "Budapest", 0, CITY("Budapest", "HU")),
    ("q04", "place", "Shanghai", 0, CITY("Shanghai", "CN")),
    # summits (the roundtable's year is part of its name)
    ("q04", "summit", BRBCR, 0, S(BRBCR, "2024-11-05/2024-11-06", "Shanghai")),
    ("q04", "summit", BRF3, 0, S(BRF3)),
    # events ("followed up on", "granted new credit", "recorded", "reached", "totalled", "covered": yearly
    # tallies and figures (w-call); "arranged a syndicated loan": financing, no type (x07); "being
    # built": under way; "signed" twice: two loan agreements, each its value; "co-hosted" the named
    # roundtable: a meeting, as co-chairing a dialogue (extra5), placed and dated by it; "will continue",
    # "announced" at the Forum (no occurrence told): none)
    ("q04", "event", "Bank [[signed]] a USD", 0,
     E("signing", "2024-Q3", "Riyadh", [BOC, SEC], M("680000000", "USD"))),
    ("q04", "event", "Ltd., [[signed]] a EUR", 0,
     E("signing", "2024-11-14", None, [BOCHU, "BKV"], M("120000000", "EUR"))),
    ("q04", "event", "co-hosted", 0, E("meeting", "2024-11-05/2024-11-06", "Shanghai", [BOC])),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "q*.txt")
