#!/usr/bin/env python3
"""Build tests/data/extra44/gold.jsonl from hand annotations of the al*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (an APS story on the
handover of Chinese-built public housing in Oran with DA/DZD/US$ amounts, a new AADL-CSCEC contract,
the Algerian Qatari Steel output and the integrated phosphate project; a Daily Monitor story on a
parliamentary committee's questions about the Kampala-Entebbe Expressway's China Exim debt, with
Shs/US$ amounts, a presidential commissioning and Isimba's output; a Hungarian Ministry of Foreign
Affairs and Trade release on a second EVE Energy unit in Debrecen with HUF/EUR amounts, GWh, hectares
and jobs, and track-laying on the Budapest-Belgrade railway; a Chinese embassy's monthly newsletter
for Zimbabwe with numbered items, RMB/US$/ZiG amounts, a grant signing, a rice donation, a dam wall,
a business forum and a steel plant's first output) written BLIND: annotated from
shared/gold/NOTES.md and shared/spec/facts.md alone, without running bri_corpus on them, so that
they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in the earlier sets' make_gold.py files; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - "DA" before an amount in an Algerian outlet is the Algerian dinar (DZD), as "DZD" itself;
  - "the wilaya(s) of Oran / Jijel / Tebessa" (Algerian provinces, lower-case "wilaya") tag the name
    alone as a region (extra40's "Jizzakh region"); "Wali of Oran" (the governor's title) is the
    wilaya too, and the wali attending a signing stands for it (extra15's governor); "in Oran" and
    the headline "Oran:" are the city (same name, two places, extra40);
  - "On the same day" after a dated handover is an anaphor with a calendar unit (NOTES' "the same
    year"): the handover's day;
  - a handover of finished housing told by a headline "handed over" is a ceremony (x02/t01)
    anchored on the headline verb (NOTES' first mention), its count of units the amount; the
    minister, whose title names no body in the document, stands for Algeria (extra5);
  - an agreement "for the $7 billion project ... signed in Beijing ... by Sonatrach, Asmidal and
    Manal with the Chinese side" takes the project's cost as amount (extra21's cost under an MoU),
    "the Chinese side" as China (NOTES' demonym);
  - "has built more than 120,000 housing units" across the country since a year: a construction
    running total without point date (extra16), placed in the country, the count its amount;
  - a committee told figures by officials ("Appearing before the committee", "told the committee")
    is no meeting (extra15's Senate panel); "Consolidated Fund" is a public account, no organisation;
  - "China Exim Bank" is the "Export-Import Bank of China" that the same document names in full;
  - a section "built by CCCC and financed with a ... loan from" a bank: an undated construction of
    the builder; the loan in the separate "financed" clause is financing (no type), not its amount;
  - an announced future investment ("will build a second production unit ..., investing HUF 160
    billion") is an intention (NOTES: future intentions), no event; the support agreement the
    minister "signed" is a signing of the ministry the masthead names (extra5) with the company,
    the grant it provides its amount (extra39);
  - a Hungarian ministry release's signature "Press Office of the Ministry of ..." tags the ministry
    (NOTES' "CPC Committee of AE"), the press office being an internal unit;
  - "eight hours", "under four hours": spelled-out durations, no quantity (extra5's "almost four
    years");
  - a newsletter title "China-Zimbabwe Cooperation Newsletter" is no organisation, and its country
    names are tagged (NOTES' "China-Kazakhstan production capacity cooperation");
  - a numbered item heading with a verb ("Grant agreement signed", "Gwayi-Shangani dam wall
    completed") anchors the item's occurrence (NOTES' first mention, headlines included);
  - "the Embassy handed over ... rice donated by the Chinese Government": one donation anchored on
    "handed over" (extra14's Handover), its parties the donor government and the receiving
    department ("the Embassy" after the full name in the header is generic, extra14);
  - "11 agreements worth US$ 412 million were signed by companies of the two countries" at a forum:
    a signing of unnamed parties (extra17) with the count as its amount (extra13), placed and dated
    by the forum;
  - a reception "marking the 76th anniversary of the founding of the People's Republic of China" is a
    celebration (ceremony) of the ambassador's country (extra13); the country's full name there is a
    place as written (x09);
  - persons named like places ("Frederick Kabale", "Ms Grace Masaka") are no places (extra6/extra11).
Run:  .venv/bin/python tests/data/extra44/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")
CHEXIM = "Export-Import Bank of China"

# ================================= al01 APS, Algiers (14 October 2025 - 17:32, a Tuesday)
DZ = C("Algeria", "DZ")
APS = "Algeria Press Service"
CSCEC = "China State Construction Engineering Corporation"
AADL = "National Agency for Housing Improvement and Development"
AQS = "Algerian Qatari Steel"
A01 = [
    # dates ("30 months": a quantity; the copyright year is chrome; "3010" a hotline number)
    ("al01", "date", "14 October 2025 - 17:32", 0, "2025-10-14T17:32"),
    ("al01", "date", "ALGIERS, [[14 October 2025]]", 0, "2025-10-14"),
    ("al01", "date", "on [[Monday]]", 0, "2025-10-13"),
    ("al01", "date", "March 2022", 0, "2022-03"),
    ("al01", "date", "the end of the year", 0, "2025"),
    ("al01", "date", "On [[the same day]]", 0, "2025-10-13"),
    ("al01", "date", "since [[1982]]", 0, "1982"),
    ("al01", "date", "February 2024", 0, "2024-02"),
    ("al01", "date", "last year", 0, "2024"),
    ("al01", "date", "the end of September", 0, "2025-09"),
    ("al01", "date", "March 2022", 1, "2022-03"),
    # money ("DA" is the dinar)
    ("al01", "money", "DA 38.6 billion", 0, M("38600000000", "DZD")),
    ("al01", "money", "about US$ 285 million", 0, M("285000000", "USD", "approx")),
    ("al01", "money", "DZD 52 billion", 0, M("52000000000", "DZD")),
    ("al01", "money", "$7 billion", 0, M("7000000000", "USD")),
    # quantities ("a year": rate outside; "41% progress": the per cent)
    ("al01", "quantity", "5,200 public housing units", 0, Q("5200", "unit")),
    ("al01", "quantity", "8,000 units", 0, Q("8000", "unit")),
    ("al01", "quantity", "5,200 public rental housing units", 0, Q("5200", "unit")),
    ("al01", "quantity", "3,400 units", 0, Q("3400", "unit")),
    ("al01", "quantity", "8,000 housing units", 0, Q("8000", "unit")),
    ("al01", "quantity", "30 months", 0, Q("30", "month")),
    ("al01", "quantity", "more than 120,000 housing units", 0, Q("120000", "unit", "gt")),
    ("al01", "quantity", "85 percent", 0, Q("85", "%")),
    ("al01", "quantity", "1.9 million tonnes", 0, Q("1900000", "t")),
    ("al01", "quantity", "41%", 0, Q("41", "%")),
    ("al01", "quantity", "5.4 million tonnes", 0, Q("5400000", "t")),
    ("al01", "quantity", "2,400 workers", 0, Q("2400", "worker")),
    # organisations (the minister's title names no body; "Great Mosque" a building; the
    # copyright line and the Related headline are chrome)
    ("al01", "organisation", APS, 0, O(APS)),
    ("al01", "organisation", "Service [[(APS)]]", 0, O(APS)),
    ("al01", "organisation", "2025 [[(APS)]]", 0, O(APS)),
    ("al01", "organisation", CSCEC, 0, O(CSCEC)),
    ("al01", "organisation", "(CSCEC)", 0, O(CSCEC)),
    ("al01", "organisation", AADL, 0, O(AADL)),
    ("al01", "organisation", "(AADL)", 0, O(AADL)),
    ("al01", "organisation", "[[AADL]] and CSCEC", 0, O(AADL)),
    ("al01", "organisation", "AADL and [[CSCEC]]", 0, O(CSCEC)),
    ("al01", "organisation", "[[CSCEC]], present", 0, O(CSCEC)),
    ("al01", "organisation", AQS, 0, O(AQS)),
    ("al01", "organisation", "(AQS)", 0, O(AQS)),
    ("al01", "organisation", "Ministry of Energy and Mines", 0, O("Ministry of Energy and Mines")),
    ("al01", "organisation", "Wuhuan Engineering", 0, O("Wuhuan Engineering")),
    ("al01", "organisation", "Tian'an Chemical", 0, O("Tian'an Chemical")),
    ("al01", "organisation", "Sonatrach", 0, O("Sonatrach")),
    ("al01", "organisation", "Asmidal", 0, O("Asmidal")),
    ("al01", "organisation", "Manal", 0, O("Manal")),
    ("al01", "organisation", "the [[AADL]] hotline", 0, O(AADL)),
    # places
    ("al01", "place", "[[Oran]]: 5,200", 0, CITY("Oran", "DZ")),
    ("al01", "place", "[[Chinese]] firm", 0, CN),
    ("al01", "place", "ALGIERS", 0, CITY("Algiers", "DZ")),
    ("al01", "place", "Oued Tlelat", 0, CITY("Oued Tlelat", "DZ")),
    ("al01", "place", "south of [[Oran]]", 0, CITY("Oran", "DZ")),
    ("al01", "place", "wilayas of [[Oran]]", 0, REG("Oran", "DZ")),
    ("al01", "place", "Mostaganem", 0, REG("Mostaganem", "DZ")),
    ("al01", "place", "in [[Oran]] in", 0, CITY("Oran", "DZ")),
    ("al01", "place", "Wali of [[Oran]]", 0, REG("Oran", "DZ")),
    ("al01", "place", "the [[Chinese]] Ambassador", 0, CN),
    ("al01", "place", "Ambassador to [[Algeria]]", 0, DZ),
    ("al01", "place", "present in [[Algeria]]", 0, DZ),
    ("al01", "place", "Mohammadia", 0, CITY("Mohammadia", "DZ")),
    ("al01", "place", "east of [[Algiers]]", 0, CITY("Algiers", "DZ")),
    ("al01", "place", "Bellara", 0, CITY("Bellara", "DZ")),
    ("al01", "place", "Jijel", 0, REG("Jijel", "DZ")),
    ("al01", "place", "[[Chinese]] partners", 0, CN),
    ("al01", "place", "Beijing", 0, CITY("Beijing", "CN")),
    ("al01", "place", "the [[Chinese]] side", 0, CN),
    ("al01", "place", "Tebessa", 0, REG("Tebessa", "DZ")),
    ("al01", "place", "Souk Ahras", 0, REG("Souk Ahras", "DZ")),
    ("al01", "place", "Annaba", 0, REG("Annaba", "DZ")),
    # events ("will allocate", "to be completed", "is designed to produce": intentions; "reached 41%
    # progress": a progress figure; "cost": no occurrence verb)
    ("al01", "event", "units [[handed over]]", 0, E("ceremony", "2025-10-13", "Oued Tlelat", ["Algeria"],
                                                   Q("5200", "unit"))),
    ("al01", "event", "started [[construction]]", 0, E("construction", "2022-03", "Oued Tlelat", [CSCEC])),
    ("al01", "event", "CSCEC [[signed]]", 0, E("signing", "2025-10-13", "Oran", [AADL, CSCEC, "Oran", "China"],
                                               M("52000000000", "DZD"))),
    ("al01", "event", "has [[built]]", 0, E("construction", None, "Algeria", [CSCEC],
                                           Q("120000", "unit", "gt"))),
    ("al01", "event", "inaugurated", 0, E("ceremony", "2024-02", "Mohammadia")),
    ("al01", "event", "which [[produced]]", 0, E("production", "2024", "Bellara", [AQS], Q("1900000", "t"))),
    ("al01", "event", "was [[signed]] in Beijing", 0, E("signing", "2022-03", "Beijing",
                                                         ["Sonatrach", "Asmidal", "Manal", "China"],
                                                         M("7000000000", "USD"))),
]

# ================================= al02 Daily Monitor, Kampala (Tuesday, November 04, 2025)
UG = C("Uganda", "UG")
UNRA = "Uganda National Roads Authority"
CCCC = "China Communications Construction Company"
COMMITTEE = "Committee on Physical Infrastructure"
AFDB = "African Development Bank"
MEMD = "Ministry of Energy and Mineral Development"
CWE = "China International Water and Electric Corporation"
A02 = [
    # dates (Ugandan financial year July-June; "the 2015 loan agreement": the year, extra37)
    ("al02", "date", "Tuesday, November 04, 2025", 0, "2025-11-04"),
    ("al02", "date", "on [[Monday]]", 0, "2025-11-03"),
    ("al02", "date", "the 2024/25 financial year", 0, "2024-07/2025-06"),
    ("al02", "date", "June 2018", 0, "2018-06"),
    ("al02", "date", "the [[2015]] loan", 0, "2015"),
    ("al02", "date", "July 1", 0, "2025-07-01"),
    ("al02", "date", "on [[Saturday]]", 0, "2025-11-01"),
    ("al02", "date", "in [[August]]", 0, "2025-08"),
    ("al02", "date", "last year", 0, "2024"),
    # money ("Shs" is UGX; the Related headline's "Shs500b" is chrome)
    ("al02", "money", "Shs1.2 trillion", 0, M("1200000000000", "UGX")),
    ("al02", "money", "Shs68.4 billion", 0, M("68400000000", "UGX")),
    ("al02", "money", "about $38 million", 0, M("38000000", "USD", "approx")),
    ("al02", "money", "about Shs140 billion", 0, M("140000000000", "UGX", "approx")),
    ("al02", "money", "$476 million", 0, M("476000000", "USD")),
    ("al02", "money", "Shs5,000", 0, M("5000", "UGX")),
    ("al02", "money", "Shs300 billion", 0, M("300000000000", "UGX")),
    ("al02", "money", "$1.2bn", 0, M("1200000000", "USD")),
    # quantities ("less than a third": a fraction in words; "Clause 7.2": an identifier)
    ("al02", "quantity", "51km", 0, Q("51", "km")),
    ("al02", "quantity", "20 percent", 0, Q("20", "%")),
    ("al02", "quantity", "11.2km", 0, Q("11.2", "km")),
    ("al02", "quantity", "up to 12,000 vehicles", 0, Q("12000", "vehicle", "le")),
    ("al02", "quantity", "1,023 GWh", 0, Q("1023", "GWh")),
    ("al02", "quantity", "183MW", 0, Q("183", "MW")),
    # organisations (bare "Parliament", "the committee", "Consolidated Fund": no mentions)
    ("al02", "organisation", "Daily Monitor", 0, O("Daily Monitor")),
    ("al02", "organisation", COMMITTEE, 0, O(COMMITTEE)),
    ("al02", "organisation", UNRA, 0, O(UNRA)),
    ("al02", "organisation", "(Unra)", 0, O(UNRA)),
    ("al02", "organisation", CHEXIM, 0, O(CHEXIM)),
    ("al02", "organisation", "[[Unra]] officials", 0, O(UNRA)),
    ("al02", "organisation", CCCC, 0, O(CCCC)),
    ("al02", "organisation", "(CCCC)", 0, O(CCCC)),
    ("al02", "organisation", "[[Unra]]'s acting", 0, O(UNRA)),
    ("al02", "organisation", "by [[CCCC]] and", 0, O(CCCC)),
    ("al02", "organisation", AFDB, 0, O(AFDB)),
    ("al02", "organisation", "(AfDB)", 0, O(AFDB)),
    ("al02", "organisation", "China Exim Bank", 0, O(CHEXIM)),
    ("al02", "organisation", "[[Unra]] has not", 0, O(UNRA)),
    ("al02", "organisation", MEMD, 0, O(MEMD)),
    ("al02", "organisation", CWE, 0, O(CWE)),
    ("al02", "organisation", "(CWE)", 0, O(CWE)),
    # places (persons named like towns are none; "Isimba hydropower station" names no place)
    ("al02", "place", "on [[Entebbe]] Expressway", 0, CITY("Entebbe", "UG")),
    ("al02", "place", "Busega", 0, CITY("Busega", "UG")),
    ("al02", "place", "Kampala", 0, CITY("Kampala", "UG")),
    ("al02", "place", "Kampala-[[Entebbe]]", 0, CITY("Entebbe", "UG")),
    ("al02", "place", "Busega", 1, CITY("Busega", "UG")),
    ("al02", "place", "Busega-[[Mpigi]]", 0, CITY("Mpigi", "UG")),
    ("al02", "place", "Kampala", 1, CITY("Kampala", "UG")),
    ("al02", "place", "Kampala-[[Mpigi]]", 0, CITY("Mpigi", "UG")),
    ("al02", "place", "Mpigi District", 0, REG("Mpigi District", "UG")),
    ("al02", "place", "said [[Uganda]]", 0, UG),
    ("al02", "place", "Kampala", 2, CITY("Kampala", "UG")),
    ("al02", "place", "Jinja", 0, CITY("Jinja", "UG")),
    ("al02", "place", "Kayunga District", 0, REG("Kayunga District", "UG")),
    # events (the toll rise, "collected", "paying", "expected to carry": no occurrence; the
    # President stands for Uganda; "told the committee": no meeting)
    ("al02", "event", "commissions", 0, E("ceremony", "2025-11-01", "Mpigi District", ["Uganda"])),
    ("al02", "event", "road, [[built]] by", 0, E("construction", None, None, [CCCC], M("476000000", "USD"))),
    ("al02", "event", "was [[opened]] to traffic", 0, E("ceremony", "2018-06")),
    ("al02", "event", "was [[built]] by CCCC", 0, E("construction", None, None, [CCCC])),
    ("al02", "event", "also [[signed]]", 0, E("signing", "2025-08", None, ["Uganda", CHEXIM],
                                             M("1200000000", "USD"))),
    ("al02", "event", "generated", 0, E("production", "2024", "Kayunga District", None, Q("1023", "GWh"))),
    ("al02", "event", "plant was [[built]]", 0, E("construction", None, None, [CWE], Q("183", "MW"))),
]

# ================================= al03 Hungarian Ministry of Foreign Affairs and Trade (18.11.2025, a Tuesday)
HU = C("Hungary", "HU")
MFAT = "Ministry of Foreign Affairs and Trade"
EVE = "EVE Energy"
EVEHU = "EVE Power Hungary Kft."
HIPA = "Hungarian Investment Promotion Agency"
CREEG = "China Railway Electrification Engineering Group"
DEB = CITY("Debrecen", "HU")
BUD = CITY("Budapest", "HU")
A03 = [
    # dates
    ("al03", "date", "18.11.2025, 14:05", 0, "2025-11-18T14:05"),
    ("al03", "date", "on [[Tuesday]]", 0, "2025-11-18"),
    ("al03", "date", "July 2024", 0, "2024-07"),
    ("al03", "date", "the first half of 2026", 0, "2026-H1"),
    ("al03", "date", "Last year", 0, "2024"),
    ("al03", "date", "in [[October]]", 0, "2025-10"),
    ("al03", "date", "March 2026", 0, "2026-03"),
    # money
    ("al03", "money", "HUF 160 billion", 0, M("160000000000", "HUF")),
    ("al03", "money", "HUF 160 billion", 1, M("160000000000", "HUF")),
    ("al03", "money", "EUR 410 million", 0, M("410000000", "EUR")),
    ("al03", "money", "HUF 14.5 billion", 0, M("14500000000", "HUF")),
    ("al03", "money", "EUR 1.4 billion", 0, M("1400000000", "EUR", "gt")),  # "will exceed"
    ("al03", "money", "HUF 750 billion", 0, M("750000000000", "HUF")),
    # quantities ("300014": a stock code; "eight hours", "four hours": spelled-out durations)
    ("al03", "quantity", "1,000 new jobs", 0, Q("1000", "job")),
    ("al03", "quantity", "1,000 new jobs", 1, Q("1000", "job")),
    ("al03", "quantity", "45 hectares", 0, Q("45", "ha")),
    ("al03", "quantity", "28 GWh", 0, Q("28", "GWh")),
    ("al03", "quantity", "30 GWh", 0, Q("30", "GWh")),
    ("al03", "quantity", "5,300 jobs", 0, Q("5300", "job")),
    ("al03", "quantity", "152 km", 0, Q("152", "km")),
    ("al03", "quantity", "85 percent", 0, Q("85", "%")),
    ("al03", "quantity", "up to 160 km/h", 0, Q("160", "km/h", "le")),
    # organisations (the minister's title is no mention; "the construction consortium" generic)
    ("al03", "organisation", MFAT, 0, O(MFAT)),
    ("al03", "organisation", "EVE Energy", 0, O(EVE)),
    ("al03", "organisation", "EVE Energy", 1, O(EVE)),
    ("al03", "organisation", "EVE Energy", 2, O(EVE)),
    ("al03", "organisation", "SZSE", 0, O("SZSE")),
    ("al03", "organisation", "BMW Group", 0, O("BMW Group")),
    ("al03", "organisation", EVEHU, 0, O(EVEHU)),
    ("al03", "organisation", HIPA, 0, O(HIPA)),
    ("al03", "organisation", "(HIPA)", 0, O(HIPA)),
    ("al03", "organisation", CREEG, 0, O(CREEG)),
    ("al03", "organisation", "(CREEG)", 0, O(CREEG)),
    ("al03", "organisation", CHEXIM, 0, O(CHEXIM)),
    ("al03", "organisation", MFAT, 1, O(MFAT)),
    # places
    ("al03", "place", "Energy's [[Debrecen]]", 0, DEB),
    ("al03", "place", "The [[Chinese]] battery", 0, CN),
    ("al03", "place", "plant in [[Debrecen]]", 0, DEB),
    ("al03", "place", "in [[Budapest]] on", 0, BUD),
    ("al03", "place", "The [[Hungarian]] government", 0, HU),
    ("al03", "place", "Huizhou", 0, CITY("Huizhou", "CN")),
    ("al03", "place", "[[China]]'s Guangdong", 0, CN),
    ("al03", "place", "Guangdong", 0, REG("Guangdong", "CN")),
    ("al03", "place", "Group's [[Debrecen]]", 0, DEB),
    ("al03", "place", "investment in [[Hungary]]", 0, HU),
    ("al03", "place", "[[Chinese]] companies", 0, CN),
    ("al03", "place", "investors in [[Hungary]]", 0, HU),
    ("al03", "place", "attack [[Hungarian]] jobs", 0, HU),
    ("al03", "place", "km [[Hungarian]] section", 0, HU),
    ("al03", "place", "the [[Budapest]]-Belgrade", 0, BUD),
    ("al03", "place", "Budapest-[[Belgrade]]", 0, CITY("Belgrade", "RS")),
    ("al03", "place", "between [[Budapest]] and", 0, BUD),
    ("al03", "place", "and [[Belgrade]] from", 0, CITY("Belgrade", "RS")),
    # events ("will build ..., investing", "will be built", "production ... is scheduled", "Test runs
    # will start", "announced", "financed": intentions, financing or no type)
    ("al03", "event", "he [[signed]]", 0, E("signing", "2025-11-18", "Budapest", [MFAT, EVE],
                                           M("14500000000", "HUF"))),
    ("al03", "event", "broke ground", 0, E("construction", "2024-07", "Debrecen", [EVEHU], Q("30", "GWh"))),
    ("al03", "event", "completed", 0, E("construction", "2025-10", "Hungary", [CREEG], Q("152", "km"))),
]

# ================================= al04 Chinese Embassy in Zimbabwe, newsletter (October 2025)
ZW = C("Zimbabwe", "ZW")
EMB = "Embassy of the People's Republic of China in the Republic of Zimbabwe"
CHGOV = "Chinese Government"
DSD = "Department of Social Development"
JIANGXI = "China Jiangxi Corporation for International Economic and Technical Cooperation"
CCPIT = "China Council for the Promotion of International Trade"
DISCO = "Dinson Iron and Steel Company"
HRE = CITY("Harare", "ZW")
FORUM = S("Zimbabwe-China Business Forum", "2025-10-24", "Harare")
A04 = [
    # dates ("Issue No. 10": an identifier; "76th": a rank)
    ("al04", "date", "(October 2025)", 0, "2025-10"),
    ("al04", "date", "On [[14 October]]", 0, "2025-10-14"),
    ("al04", "date", "On [[21 October]]", 0, "2025-10-21"),
    ("al04", "date", "On [[30 September]]", 0, "2025-09-30"),
    ("al04", "date", "completion in [[2027]]", 0, "2027"),
    ("al04", "date", "From [[23 to 26 October]]", 0, "2025-10-23/2025-10-26"),
    ("al04", "date", "on [[24 October]]", 0, "2025-10-24"),
    ("al04", "date", "in [[September]]", 0, "2025-09"),
    ("al04", "date", "on [[28 September]]", 0, "2025-09-28"),
    # money ("ZiG" is the Zimbabwe Gold, ZWG)
    ("al04", "money", "RMB 200 million", 0, M("200000000", "CNY")),
    ("al04", "money", "US$ 230 million", 0, M("230000000", "USD")),
    ("al04", "money", "ZiG 6.1 billion", 0, M("6100000000", "ZWG")),
    ("al04", "money", "US$ 412 million", 0, M("412000000", "USD")),
    ("al04", "money", "US$ 1.5 billion", 0, M("1500000000", "USD")),
    # quantities
    ("al04", "quantity", "3,000 tonnes", 0, Q("3000", "t")),
    ("al04", "quantity", "about 60,000 households", 0, Q("60000", "household", "approx")),
    ("al04", "quantity", "245 km", 0, Q("245", "km")),
    ("al04", "quantity", "11 agreements", 0, Q("11", "agreement")),
    ("al04", "quantity", "50,000 tonnes", 0, Q("50000", "t")),
    ("al04", "quantity", "1.2 million tonnes", 0, Q("1200000", "t")),
    ("al04", "quantity", "more than 4,000 local jobs", 0, Q("4000", "job", "gt")),
    # organisations ("the Embassy": generic after the header; the copyright and consular lines
    # are chrome; the minister's title names no body)
    ("al04", "organisation", EMB, 0, O(EMB)),
    ("al04", "organisation", CHGOV, 0, O(CHGOV)),
    ("al04", "organisation", DSD, 0, O(DSD)),
    ("al04", "organisation", JIANGXI, 0, O(JIANGXI)),
    ("al04", "organisation", "(China Jiangxi)", 0, O(JIANGXI)),
    ("al04", "organisation", CCPIT, 0, O(CCPIT)),
    ("al04", "organisation", "(CCPIT)", 0, O(CCPIT)),
    ("al04", "organisation", DISCO, 0, O(DISCO)),
    ("al04", "organisation", "(DISCO)", 0, O(DISCO)),
    ("al04", "organisation", "Tsingshan Holding Group", 0, O("Tsingshan Holding Group")),
    # places (the dam named after rivers names no place)
    ("al04", "place", "[[China]]-Zimbabwe Cooperation", 0, CN),
    ("al04", "place", "China-[[Zimbabwe]] Cooperation", 0, ZW),
    ("al04", "place", "[[Chinese]] Ambassador", 0, CN),
    ("al04", "place", "[[Zimbabwe]]'s Minister", 0, ZW),
    ("al04", "place", "signed in [[Harare]]", 0, HRE),
    ("al04", "place", "which [[China]] will", 0, CN),
    ("al04", "place", "Mutare", 0, CITY("Mutare", "ZW")),
    ("al04", "place", "Manicaland", 0, REG("Manicaland", "ZW")),
    ("al04", "place", "Matabeleland North", 0, REG("Matabeleland North", "ZW")),
    ("al04", "place", "Bulawayo", 0, CITY("Bulawayo", "ZW")),
    ("al04", "place", "visited [[Harare]]", 0, HRE),
    ("al04", "place", "Victoria Falls", 0, CITY("Victoria Falls", "ZW")),
    ("al04", "place", "held in [[Harare]]", 0, HRE),
    ("al04", "place", "at [[Manhize]]\n", 0, CITY("Manhize", "ZW")),
    ("al04", "place", "at [[Manhize]],", 0, CITY("Manhize", "ZW")),
    ("al04", "place", "Midlands", 0, REG("Midlands", "ZW")),
    ("al04", "place", "\"[[Chinese]] companies", 0, CN),
    ("al04", "place", "in [[Harare]] on 28", 0, HRE),
    ("al04", "place", "founding of the [[People's Republic of China]]", 0, C("People's Republic of China", "CN")),
    # summit
    ("al04", "summit", "Zimbabwe-China Business Forum", 0, FORUM),
    # events ("will provide", "will reach", "will supply", "is designed to produce": intentions;
    # "donated" is the same occurrence as "handed over")
    ("al04", "event", "agreement [[signed]]", 0, E("signing", "2025-10-14", "Harare", ["China", "Zimbabwe"],
                                                   M("200000000", "CNY"))),
    ("al04", "event", "handed over", 0, E("donation", "2025-10-21", "Mutare", [CHGOV, DSD], Q("3000", "t"))),
    ("al04", "event", "wall [[completed]]", 0, E("construction", "2025-09-30", "Matabeleland North", [JIANGXI],
                                                  M("230000000", "USD"))),
    ("al04", "event", "visited", 0, E("visit", "2025-10-23/2025-10-26", "Harare", [CCPIT])),
    ("al04", "event", "were [[signed]]", 0, E("signing", "2025-10-24", "Harare", None, Q("11", "agreement"))),
    ("al04", "event", "produced", 0, E("production", "2025-09", "Manhize", [DISCO], Q("50000", "t"))),
    ("al04", "event", "reception", 0, E("ceremony", "2025-09-28", "Harare", ["China"])),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "al*.txt")
