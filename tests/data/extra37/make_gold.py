#!/usr/bin/env python3
"""Build tests/data/extra37/gold.jsonl from hand annotations of the ae*.txt documents here.

Four invented but realistic Belt and Road news texts, written BLIND (annotated from shared/gold/NOTES.md,
shared/spec/facts.md and the earlier sets' recorded calls, without running bri_corpus on them):
  ae01  an Egypt Today story on a cabinet golden licence for a Chinese textile complex in the Qantara West
        Industrial Zone (US$ / EGP / LE / EUR, feddans, square metres, a land contract with SCZONE);
  ae02  a Balkan Insight (BIRN) story on North Macedonia repaying the China Exim loan of the Kicevo-Ohrid
        motorway, a State Audit Office report, a court sentence and a parliamentary inquiry (EUR / MKD / BAM);
  ae03  a Zambia Daily Mail story on the TAZARA concession signed with CCECC after a trilateral meeting of
        Zambia, Tanzania and China (US$ / K / yuan, km, tonnes), with a CNMC smelter's output;
  ae04  a Xinhua feature summarising a CCG think-tank report on the Belt and Road's record year (yuan
        trillion, "the first 10 months", "2013-2024", short country paragraphs, researchers' quotes).

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.  Offsets are computed,
never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded in tests/data/extra3 ...
extra35/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - an acronym defined in brackets is tagged without the brackets (extra30's call; the earlier sets differ
    here, some keeping the brackets in the span);
  - an Egypt Today dateline "CAIRO - 14 October 2025:" is a date fact of its own beside the header line
    (as the Xinhua dateline "BEIJING, Dec. 8");
  - "a year earlier" after "fiscal year 2024/25" in an Egyptian paper -> the previous July-June year
    (2023-07/2024-06, extra26);
  - a cabinet's golden licence "approved" / "grants" is a decision (extra21's "approved"): no event; an
    "allocation" endorsed is financing, no type (extra12);
  - a plant that "opened in March 2021 at a cost of" a sum is an opening (ceremony) with the cost as amount
    (extra17/extra29), its owner (the company that runs it) taking part by coreference;
  - a bare capitalised "Government" in a Zambian paper ("Government would also receive") and a headline's
    "Cabinet" are generic, as y03's "the Cabinet" / extra15's "the Party and Government";
  - a loan "which Skopje signed with China Exim in Beijing" is a signing of the capital (as written,
    extra26's "Belgrade and Beijing signed") and the bank, dated by "The original 2013 loan";
  - repaying a loan, a court sentence, a parliamentary inquiry committee "set up" and questioning a
    minister (no meeting word) are no events (extra15/extra27/extra28); "annexes agreed between 2016 and
    2021" with no parties is a span of changes, no signing occurrence;
  - motorways and sections named after their end towns ("Kicevo-Ohrid", "Miladinovci-Stip",
    "Bar-Boljare", "Banja Luka-Mlinista", "Novi Sad-Ruma") tag each town (extra12's lines); an opening of
    such a road told alone is placed by the country its paragraph is about (extra29);
  - "30-year concession": digits with a time unit in a hyphenated compound are a quantity (year), as
    "96-kilometre" (unlike extra20's count adjectives "150-bed");
  - the trilateral ministerial meeting at whose end a concession is signed is a meeting event of the
    three countries (the ministers' titles name no body), dated and placed by the signing;
  - a Xinhua header "Source: Xinhua | 2025-12-08 16:42:10 | Editor: ..." gives the byline agency and one
    date and time with seconds (x01); the "Editor:" part is chrome;
  - "12 millionth passenger" is an ordinal, no quantity; "the China-Europe Railway Express" tags China and
    Europe (extra26's China-Laos Railway); "227 European cities" keeps the demonym in the quantity span
    and tags it as the region Europe (extra15/extra21);
  - in a feature's "In <country>, ..." paragraphs the events are placed at the most specific site the text
    names (the town of the road or the assembly line), else at the country of the locative (extra21);
  - a contractor "handed over" a finished road to the owner agency: completion of the building work
    (construction, extra24/extra28), not an aid handover; ambassador-handed "donated" goods are a donation;
  - "will exceed 250 billion dollars" / "topped 380 billion dollars": the verb sets gt (NOTES' "exceeded").
Run:  python3 tests/data/extra37/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")
BEJ = CITY("Beijing", "CN")
EUROPE = REG("Europe")

# ================================= ae01 Egypt Today, Cairo (Tue, 14 Oct 2025 - 03:27 PM)
EG = C("Egypt", "EG")
QW = CITY("Qantara West", "EG")
AS = CITY("Ain Sokhna", "EG")
ET = "Egypt Today"
MINGDE = "Jiangsu Mingde Textile Group"
SCZ = "General Authority for the Suez Canal Economic Zone"
CCPIT = "China Council for the Promotion of International Trade"
NBE = "National Bank of Egypt"
A01 = [
    # dates ("in the last two years": a duration; "Article 20": an identifier; the Related line and the
    # copyright line are chrome)
    ("ae01", "date", "Tue, 14 Oct 2025 - 03:27 PM", 0, "2025-10-14T15:27"),
    ("ae01", "date", "14 October 2025", 0, "2025-10-14"),
    ("ae01", "date", "on [[Monday]]", 0, "2025-10-13"),
    ("ae01", "date", "since [[2023]]", 0, "2023"),
    ("ae01", "date", "on [[22 September]]", 0, "2025-09-22"),
    ("ae01", "date", "the first quarter of 2026", 0, "2026-Q1"),
    ("ae01", "date", "mid-2027", 0, "2027"),
    ("ae01", "date", "March 2021", 0, "2021-03"),
    ("ae01", "date", "fiscal year 2024/25", 0, "2024-07/2025-06"),
    ("ae01", "date", "a year earlier", 0, "2023-07/2024-06"),
    ("ae01", "date", "last year", 0, "2024"),
    ("ae01", "date", "on [[Sunday]]", 0, "2025-10-12"),
    ("ae01", "date", "on [[2 October]]", 0, "2025-10-02"),
    # money ("US$ 5 per square metre a year": the rate outside; LE is the Egyptian pound)
    ("ae01", "money", "$420m", 0, M("420000000", "USD")),
    ("ae01", "money", "US$ 420 million", 0, M("420000000", "USD")),
    ("ae01", "money", "EGP 1.2 billion", 0, M("1200000000", "EGP")),
    ("ae01", "money", "US$ 5", 0, M("5", "USD")),
    ("ae01", "money", "LE 2.3 billion", 0, M("2300000000", "EGP")),
    ("ae01", "money", "$96 million", 0, M("96000000", "USD")),
    ("ae01", "money", "EUR 80m", 0, M("80000000", "EUR")),
    ("ae01", "money", "about $1.9 billion", 0, M("1900000000", "USD", "approx")),
    # quantities ("a year" outside; "ninth": a rank; "002394" a stock code; "16125" a hotline number)
    ("ae01", "quantity", "500,000 square metres", 0, Q("500000", "m2")),
    ("ae01", "quantity", "about 119 feddans", 0, Q("119", "feddan", "approx")),
    ("ae01", "quantity", "60,000 tonnes", 0, Q("60000", "t")),
    ("ae01", "quantity", "85 million metres", 0, Q("85000000", "m")),
    ("ae01", "quantity", "70%", 0, Q("70", "%")),
    ("ae01", "quantity", "6,500 jobs", 0, Q("6500", "job")),
    ("ae01", "quantity", "18,000 tonnes", 0, Q("18000", "t")),
    ("ae01", "quantity", "15,400 tonnes", 0, Q("15400", "t")),
    ("ae01", "quantity", "27 projects", 0, Q("27", "project")),
    # organisations (masthead and "told Egypt Today" are the outlet; "Cabinet", "cabinet", "the authority",
    # "the ministry", "the bank", "the company" are generic; "Minister of Investment and Foreign Trade"
    # names no body; places inside the group's, authority's and bank's names are not tagged)
    ("ae01", "organisation", ET, 0, O(ET)),
    ("ae01", "organisation", MINGDE, 0, O(MINGDE)),
    ("ae01", "organisation", SCZ, 0, O(SCZ)),
    ("ae01", "organisation", "([[SCZONE]])", 0, O(SCZ)),
    ("ae01", "organisation", "[[Mingde]] signed", 0, O(MINGDE)),
    ("ae01", "organisation", "[[Mingde]], which", 0, O(MINGDE)),
    ("ae01", "organisation", "European Union", 0, O("European Union")),
    ("ae01", "organisation", "[[Mingde]] vice president", 0, O(MINGDE)),
    ("ae01", "organisation", "told [[Egypt Today]]", 0, O(ET)),
    ("ae01", "organisation", CCPIT, 0, O(CCPIT)),
    ("ae01", "organisation", "([[CCPIT]])", 0, O(CCPIT)),
    ("ae01", "organisation", NBE, 0, O(NBE)),
    ("ae01", "organisation", "([[NBE]])", 0, O(NBE)),
    ("ae01", "organisation", "[[Mingde]]'s Egyptian", 0, O(MINGDE)),
    ("ae01", "organisation", "[[SCZONE]] said", 0, O(SCZ)),
    ("ae01", "organisation", "the [[SCZONE]] hotline", 0, O(SCZ)),
    # places (the zone's town is tagged (extra22/extra28); "Nourhan Aswan", "Mohamed Sinai Abdelaziz" and
    # "Chen Lanzhou" are persons)
    ("ae01", "place", "[[Chinese]] textile group", 0, CN),
    ("ae01", "place", "$420m [[Qantara West]] complex", 0, QW),
    ("ae01", "place", "CAIRO", 0, CITY("Cairo", "EG")),
    ("ae01", "place", "[[Egypt]]'s cabinet", 0, EG),
    ("ae01", "place", "the [[Qantara West]] Industrial", 0, QW),
    ("ae01", "place", "to [[Europe]] and", 0, EUROPE),
    ("ae01", "place", "the [[United States]]", 0, C("United States", "US")),
    ("ae01", "place", "a [[Chinese]] investor", 0, CN),
    ("ae01", "place", "in [[Beijing]] on", 0, BEJ),
    ("ae01", "place", "in [[Shenzhen]] under", 0, CITY("Shenzhen", "CN")),
    ("ae01", "place", "plant at [[Ain Sokhna]]", 0, AS),
    ("ae01", "place", "We chose [[Egypt]]", 0, EG),
    ("ae01", "place", "the [[Ain Sokhna]] plant's", 0, AS),
    ("ae01", "place", "the [[Ain Sokhna]] plant on", 0, AS),
    ("ae01", "place", "Mingde's [[Egyptian]] unit", 0, EG),
    ("ae01", "place", "the [[Qantara West]] zone", 0, QW),
    ("ae01", "place", "from [[Chinese]] and", 0, CN),
    ("ae01", "place", "[[Turkish]] textile", 0, C("Turkey", "TR")),
    # events ("grants"/"approved" a licence and "endorsed" an allocation: decisions; "will start
    # construction", "is expected to create": future; "reached" exports: a figure; "has attracted": a
    # tally; the minister (no body named) stands for Egypt, the company hosts the visit (extra30))
    ("ae01", "event", "Mingde [[signed]] the land", 0, E("signing", "2025-09-22", "Beijing", [MINGDE, SCZ])),
    ("ae01", "event", "plant [[opened]] in", 0,
     E("ceremony", "2021-03", "Ain Sokhna", [MINGDE], M("2300000000", "EGP"))),
    ("ae01", "event", "turned out", 0,
     E("production", "2024-07/2025-06", "Ain Sokhna", [MINGDE], Q("18000", "t"))),
    ("ae01", "event", "visited", 0, E("visit", "2025-10-12", "Ain Sokhna", ["Egypt", CCPIT, MINGDE])),
    ("ae01", "event", "(NBE) [[signed]]", 0, E("signing", "2025-10-02", None, [NBE, MINGDE], M("80000000", "EUR"))),
]

# ================================= ae02 Balkan Insight (BIRN), Skopje (November 19, 2025, a Wednesday)
MK = C("North Macedonia", "MK")
ME = C("Montenegro", "ME")
SKP = CITY("Skopje", "MK")
KIC = CITY("Kicevo", "MK")
OHR = CITY("Ohrid", "MK")
MIL = CITY("Miladinovci", "MK")
STIP = CITY("Stip", "MK")
BI = "Balkan Insight"
CEXIM = "Export-Import Bank of China"
PESR = "Public Enterprise for State Roads"
CRCCI = "China Railway Construction Corporation International"


def kic_ohr(n):
    """Both towns of occurrence n of "Kicevo-Ohrid"."""
    return [("ae02", "place", "[[Kicevo]]-Ohrid", n, KIC), ("ae02", "place", "Kicevo-[[Ohrid]]", n, OHR)]


def mil_stip(n):
    return [("ae02", "place", "[[Miladinovci]]-Stip", n, MIL), ("ae02", "place", "Miladinovci-[[Stip]]", n, STIP)]


A02 = [
    # dates ("The original 2013 loan" and "the 2013 contract" are the year; "between 2016 and 2021" one
    # interval, the preposition outside (extra24); "on Tuesday" before a Wednesday report; "the end of 2026"
    # -> the year (extra14); "seven years", "four years", "eight months": spelled-out durations)
    ("ae02", "date", "November 19, 2025", 0, "2025-11-19"),
    ("ae02", "date", "on [[Monday]]", 0, "2025-11-17"),
    ("ae02", "date", "original [[2013]] loan", 0, "2013"),
    ("ae02", "date", "July 2019", 0, "2019-07"),
    ("ae02", "date", "on [[Friday]]", 0, "2025-11-14"),
    ("ae02", "date", "the [[2013]] contract", 0, "2013"),
    ("ae02", "date", "2016 and 2021", 0, "2016/2021"),
    ("ae02", "date", "last month", 0, "2025-10"),
    ("ae02", "date", "in [[September]]", 0, "2025-09"),
    ("ae02", "date", "on [[Tuesday]]", 0, "2025-11-18"),
    ("ae02", "date", "in [[2024]]", 0, "2024"),
    ("ae02", "date", "since [[March]]", 0, "2025-03"),
    ("ae02", "date", "the end of 2026", 0, "2026"),
    ("ae02", "date", "May 5", 0, "2025-05-05"),
    ("ae02", "date", "July 2022", 0, "2022-07"),
    ("ae02", "date", "the first half of 2025", 0, "2025-H1"),
    ("ae02", "date", "in [[April]]", 0, "2025-04"),
    # money ("per day", "a year": rates outside; "roughly": approx; "some": approx)
    ("ae02", "money", "EUR 61 million", 0, M("61000000", "EUR")),
    ("ae02", "money", "EUR 280 million", 0, M("280000000", "EUR")),
    ("ae02", "money", "EUR 61 million", 1, M("61000000", "EUR")),
    ("ae02", "money", "EUR 579 million", 0, M("579000000", "EUR")),
    ("ae02", "money", "EUR 874 million", 0, M("874000000", "EUR")),
    ("ae02", "money", "roughly MKD 53.8 billion", 0, M("53800000000", "MKD", "approx")),
    ("ae02", "money", "EUR 594 million", 0, M("594000000", "EUR")),
    ("ae02", "money", "EUR 112 million", 0, M("112000000", "EUR")),
    ("ae02", "money", "EUR 50,000", 0, M("50000", "EUR")),
    ("ae02", "money", "$944 million", 0, M("944000000", "USD")),
    ("ae02", "money", "some EUR 67 million", 0, M("67000000", "EUR", "approx")),
    ("ae02", "money", "BAM 395 million", 0, M("395000000", "BAM")),
    ("ae02", "money", "EUR 4 million", 0, M("4000000", "EUR")),
    # quantities ("two tunnels": spelled-out)
    ("ae02", "quantity", "57-kilometre", 0, Q("57", "km")),
    ("ae02", "quantity", "47-km", 0, Q("47", "km")),
    ("ae02", "quantity", "22 km", 0, Q("22", "km")),
    ("ae02", "quantity", "430 workers", 0, Q("430", "worker")),
    ("ae02", "quantity", "41 km", 0, Q("41", "km")),
    ("ae02", "quantity", "21-km", 0, Q("21", "km")),
    # organisations (masthead; the byline agency "BIRN" stays as written (NOTES); "North Macedonia's
    # Finance Ministry": the country a place and the ministry an organisation (extra26); "China Exim" is the
    # bank (extra29); "parliament", "Parliament's inquiry committee", "the Montenegrin finance ministry",
    # "the same bank", "state auditors" are generic; "Transport Minister" a title; the copyright line chrome)
    ("ae02", "organisation", "BALKAN INSIGHT", 0, O(BI)),
    ("ae02", "organisation", "BIRN", 0, O("BIRN")),
    ("ae02", "organisation", "Finance Ministry", 0, O("Finance Ministry")),
    ("ae02", "organisation", CEXIM, 0, O(CEXIM)),
    ("ae02", "organisation", "China Exim", 0, O(CEXIM)),
    ("ae02", "organisation", "[[Sinohydro]], the Chinese", 0, O("Sinohydro")),
    ("ae02", "organisation", "State Audit Office", 0, O("State Audit Office")),
    ("ae02", "organisation", PESR, 0, O(PESR)),
    ("ae02", "organisation", "that [[Sinohydro]] had", 0, O("Sinohydro")),
    ("ae02", "organisation", PESR, 1, O(PESR)),
    ("ae02", "organisation", "and [[Sinohydro]], the", 0, O("Sinohydro")),
    ("ae02", "organisation", CRCCI, 0, O(CRCCI)),
    ("ae02", "organisation", "Finance Think", 0, O("Finance Think")),
    # places ("Skopje's decision" and "Podgorica paid": capitals standing for governments (extra13);
    # "Ljupco Veles", "Ana Prilep" are persons; "Chinese" inside the bank's/company's names not tagged)
    ("ae02", "place", "North Macedonia Repays", 0, MK),
    ("ae02", "place", "[[Chinese]] Motorway Loan", 0, CN),
    ("ae02", "place", "[[Skopje]]'s decision", 0, SKP),
    ("ae02", "place", "a [[Chinese]] loan", 0, CN),
    *kic_ohr(0),
    ("ae02", "place", "BIRN\n[[Skopje]]\n", 0, SKP),
    ("ae02", "place", "[[North Macedonia]]'s Finance", 0, MK),
    *kic_ohr(1),
    ("ae02", "place", "[[Hungarian]] credit", 0, C("Hungary", "HU")),
    ("ae02", "place", "which [[Skopje]] signed", 0, SKP),
    ("ae02", "place", "in [[Beijing]], financed", 0, BEJ),
    *kic_ohr(2),
    *mil_stip(0),
    ("ae02", "place", "the [[Chinese]] state builder", 0, CN),
    *mil_stip(1),
    *kic_ohr(3),
    *kic_ohr(4),
    ("ae02", "place", "A [[Skopje]] court", 0, SKP),
    ("ae02", "place", "in [[Skopje]] on May", 0, SKP),
    ("ae02", "place", "the [[Chinese]] company", 0, CN),
    ("ae02", "place", "neighbouring [[Montenegro]]", 0, ME),
    ("ae02", "place", "its [[Bar]]-Boljare", 0, CITY("Bar", "ME")),
    ("ae02", "place", "Bar-[[Boljare]]", 0, CITY("Boljare", "ME")),
    ("ae02", "place", "Podgorica", 0, CITY("Podgorica", "ME")),
    ("ae02", "place", "the [[Montenegrin]] finance", 0, ME),
    ("ae02", "place", "Bosnia and Herzegovina", 0, C("Bosnia and Herzegovina", "BA")),
    ("ae02", "place", "the 21-km [[Banja Luka]]-Mlinista", 0, CITY("Banja Luka", "BA")),
    ("ae02", "place", "Banja Luka-[[Mlinista]]", 0, CITY("Mlinista", "BA")),
    ("ae02", "place", "Repaying [[China]] early", 0, CN),
    ("ae02", "place", "the [[Skopje]]-based", 0, SKP),
    # events ("Repays"/"had repaid"/"paid": payments; "won both contracts": an award; "sentenced", "set up",
    # "questioned": no type (see docstring); "would be completed": future; "took" a loan: financing)
    ("ae02", "event", "Skopje [[signed]] with", 0,
     E("signing", "2013", "Beijing", ["Skopje", CEXIM], M("579000000", "EUR"))),
    ("ae02", "event", "road [[opened]] in July 2019", 0, E("ceremony", "2019-07", "North Macedonia")),
    ("ae02", "event", "deal [[signed]] in Skopje", 0, E("signing", "2025-05-05", "Skopje", [PESR, "Sinohydro"])),
    ("ae02", "event", "which [[opened]] in July 2022", 0, E("ceremony", "2022-07", "Montenegro")),
    ("ae02", "event", "[[started]] building", 0,
     E("construction", "2025-04", "Bosnia and Herzegovina", [CRCCI], M("395000000", "BAM"))),
]

# ================================= ae03 Zambia Daily Mail, Lusaka (Thursday, September 25, 2025)
ZM = C("Zambia", "ZM")
TZ = C("Tanzania", "TZ")
DSM = CITY("Dar es Salaam", "TZ")
ZDM = "Zambia Daily Mail"
TAZ = "Tanzania-Zambia Railway Authority"
CCECC = "China Civil Engineering Construction Corporation"
CRRCZ = "CRRC Ziyang Locomotive Co., Ltd."
MMMD = "Ministry of Mines and Minerals Development"
CNMC = "China Nonferrous Metal Mining (Group) Co Ltd"
A03 = [
    # dates ("the first three years", "in a decade": durations; the copyright year and the SMS line are
    # chrome)
    ("ae03", "date", "Thursday, September 25, 2025", 0, "2025-09-25"),
    ("ae03", "date", "yesterday", 0, "2025-09-24"),
    ("ae03", "date", "by [[2030]]", 0, "2030"),
    ("ae03", "date", "in [[2024]], its best", 0, "2024"),
    ("ae03", "date", "last December", 0, "2024-12"),
    ("ae03", "date", "the second quarter of 2026", 0, "2026-Q2"),
    ("ae03", "date", "1970 and 1975", 0, "1970/1975"),
    ("ae03", "date", "In [[July]]", 0, "2025-07"),
    ("ae03", "date", "the first half of the year", 0, "2025-H1"),
    ("ae03", "date", "January and June", 0, "2025-01/2025-06"),
    ("ae03", "date", "by [[2028]]", 0, "2028"),
    ("ae03", "date", "percent in [[2024]]", 0, "2024"),
    # money ("K" in a Zambian paper is the kwacha (extra12))
    ("ae03", "money", "US$1.42 billion", 0, M("1420000000", "USD")),
    ("ae03", "money", "K1.8 billion", 0, M("1800000000", "ZMW")),
    ("ae03", "money", "about US$65 million", 0, M("65000000", "USD", "approx")),
    ("ae03", "money", "988 million yuan", 0, M("988000000", "CNY")),
    ("ae03", "money", "K12 million", 0, M("12000000", "ZMW")),
    # quantities
    ("ae03", "quantity", "30-year", 0, Q("30", "year")),
    ("ae03", "quantity", "975 kilometres", 0, Q("975", "km")),
    ("ae03", "quantity", "36 new locomotives", 0, Q("36", "locomotive")),
    ("ae03", "quantity", "760 wagons", 0, Q("760", "wagon")),
    ("ae03", "quantity", "about 300,000 tonnes", 0, Q("300000", "t", "approx")),
    ("ae03", "quantity", "2.4 million tonnes", 0, Q("2400000", "t")),
    ("ae03", "quantity", "1,860km", 0, Q("1860", "km")),
    ("ae03", "quantity", "50 years", 0, Q("50", "year")),
    ("ae03", "quantity", "247,000 tonnes", 0, Q("247000", "t")),
    ("ae03", "quantity", "3,400 workers", 0, Q("3400", "worker")),
    ("ae03", "quantity", "12 locomotives", 0, Q("12", "locomotive")),
    ("ae03", "quantity", "50 tonnes", 0, Q("50", "t")),
    ("ae03", "quantity", "9 percent", 0, Q("9", "%")),
    ("ae03", "quantity", "589,000 tonnes", 0, Q("589000", "t")),
    ("ae03", "quantity", "126,500 tonnes", 0, Q("126500", "t")),
    ("ae03", "quantity", "at least 40 percent", 0, Q("40", "%", "ge")),
    ("ae03", "quantity", "12 percent", 0, Q("12", "%")),
    # organisations (masthead; "the authority", "The ministry", "Government" generic; ministers' titles
    # name no body; places inside TAZARA's, the masthead's and CNMC's names are not tagged)
    ("ae03", "organisation", ZDM, 0, O(ZDM)),
    ("ae03", "organisation", "TAZARA concession", 0, O(TAZ)),
    ("ae03", "organisation", "with [[CCECC]]", 0, O(CCECC)),
    ("ae03", "organisation", CCECC, 0, O(CCECC)),
    ("ae03", "organisation", "([[CCECC]])", 0, O(CCECC)),
    ("ae03", "organisation", TAZ, 0, O(TAZ)),
    ("ae03", "organisation", "([[TAZARA]])", 0, O(TAZ)),
    ("ae03", "organisation", "[[CCECC]] will replace", 0, O(CCECC)),
    ("ae03", "organisation", "years [[TAZARA]] has", 0, O(TAZ)),
    ("ae03", "organisation", "[[TAZARA]] managing", 0, O(TAZ)),
    ("ae03", "organisation", "[[TAZARA]] ordered", 0, O(TAZ)),
    ("ae03", "organisation", CRRCZ, 0, O(CRRCZ)),
    ("ae03", "organisation", "to [[TAZARA]] at", 0, O(TAZ)),
    ("ae03", "organisation", MMMD, 0, O(MMMD)),
    ("ae03", "organisation", CNMC, 0, O(CNMC)),
    ("ae03", "organisation", "([[CNMC]])", 0, O(CNMC)),
    # places ("CHILUFYA MONGU", "Bwalya Ndola Mumba" are persons; "Chambishi copper smelter": a plant named
    # after its site (extra28); "the port of Dar es Salaam" tags the city (extra27))
    ("ae03", "place", "[[ZAMBIA]], Tanzania", 0, ZM),
    ("ae03", "place", "ZAMBIA, [[Tanzania]]", 0, TZ),
    ("ae03", "place", "Tanzania and [[China]] yesterday", 0, CN),
    ("ae03", "place", "in [[Lusaka]]", 0, CITY("Lusaka", "ZM")),
    ("ae03", "place", "[[Zambia]]'s Minister", 0, ZM),
    ("ae03", "place", "[[Tanzanian]] Minister", 0, TZ),
    ("ae03", "place", "[[Chinese]] Vice Minister", 0, CN),
    ("ae03", "place", "New Kapiri Mposhi", 0, CITY("New Kapiri Mposhi", "ZM")),
    ("ae03", "place", "Central Province", 0, REG("Central Province", "ZM")),
    ("ae03", "place", "port of [[Dar es Salaam]]", 0, DSM),
    ("ae03", "place", "arrive at [[Dar es Salaam]]", 0, DSM),
    ("ae03", "place", "The [[Chinese]] government", 0, CN),
    ("ae03", "place", "project [[China]] had", 0, CN),
    ("ae03", "place", "[[China]]'s Ambassador", 0, CN),
    ("ae03", "place", "Ambassador to [[Zambia]]", 0, ZM),
    ("ae03", "place", "at [[Kapiri Mposhi]].", 0, CITY("Kapiri Mposhi", "ZM")),
    ("ae03", "place", "said [[Zambia]] wanted", 0, ZM),
    ("ae03", "place", "through [[Tanzania]]", 0, TZ),
    # events (the headline "signed" anchors the concession signing (NOTES' first mention), "The agreement was
    # signed" being the same occurrence; the rehabilitation cost under it is its amount (extra21); "will
    # replace", "would receive", "would arrive", "wanted": future; "has carried", "handled": traffic
    # figures; "rose": a national tally; the ambassador stands for China)
    ("ae03", "event", "concession [[signed]]", 0,
     E("signing", "2025-09-24", "Lusaka", [CCECC, "Zambia", "Tanzania", "China"], M("1420000000", "USD"))),
    ("ae03", "event", "ministerial [[meeting]]", 0,
     E("meeting", "2025-09-24", "Lusaka", ["Zambia", "Tanzania", "China"])),
    ("ae03", "event", "TAZARA [[ordered]]", 0, E("order", "2024-12", None, [TAZ, CRRCZ], Q("12", "locomotive"))),
    ("ae03", "event", "government [[built]]", 0,
     E("construction", "1970/1975", None, ["China"], M("988000000", "CNY"))),
    ("ae03", "event", "handed over", 0, E("donation", "2025-07", "Kapiri Mposhi", ["China", TAZ], Q("50", "t"))),
    ("ae03", "event", "(CNMC) [[produced]]", 0,
     E("production", "2025-01/2025-06", None, [CNMC], Q("126500", "t"))),
]

# ================================= ae04 Xinhua feature, Beijing (2025-12-08 16:42:10, a Monday)
XH = "Xinhua"
CCG = "Center for China and Globalization"
CPECG = "China Power Engineering Consulting Group"
SHSG = "Shandong Hi-Speed Group"
CRBC = "China Road and Bridge Corporation"
KENHA = "Kenya National Highways Authority"
CASS = "Chinese Academy of Social Sciences"
BRTTF = "Belt and Road Think Tank Forum"
A04 = [
    # dates ("year on year", "two years after": no calendar point; "a record year": none printed)
    ("ae04", "date", "2025-12-08 16:42:10", 0, "2025-12-08T16:42:10"),
    ("ae04", "date", "Dec. 8", 0, "2025-12-08"),
    ("ae04", "date", "the first 10 months of 2025", 0, "2025-01/2025-10"),
    ("ae04", "date", "on [[Sunday]]", 0, "2025-12-07"),
    ("ae04", "date", "2013-2024", 0, "2013/2024"),
    ("ae04", "date", "for [[2025]] as a whole", 0, "2025"),
    ("ae04", "date", "\"[[2025]] is set", 0, "2025"),
    ("ae04", "date", "2013 and 2024", 0, "2013/2024"),
    ("ae04", "date", "in [[August]]", 0, "2025-08"),
    ("ae04", "date", "in [[March]]", 0, "2025-03"),
    ("ae04", "date", "last year", 0, "2024"),
    ("ae04", "date", "last month", 0, "2025-11"),
    ("ae04", "date", "October 2023", 0, "2023-10"),
    ("ae04", "date", "Nov. 20", 0, "2025-11-20"),
    ("ae04", "date", "January and October", 0, "2025-01/2025-10"),
    ("ae04", "date", "dollars in [[2024]]", 0, "2024"),
    ("ae04", "date", "in [[2016]]", 0, "2016"),
    ("ae04", "date", "by [[2030]]", 0, "2030"),
    ("ae04", "date", "Dec. 15-16", 0, "2025-12-15/2025-12-16"),
    # money ("will exceed", "topped": gt with the verb outside (NOTES); "U.S. dollars" is the currency)
    ("ae04", "money", "19.6 trillion yuan", 0, M("19600000000000", "CNY")),
    ("ae04", "money", "about 2.76 trillion U.S. dollars", 0, M("2760000000000", "USD", "approx")),
    ("ae04", "money", "250 billion dollars", 0, M("250000000000", "USD", "gt")),
    ("ae04", "money", "380 billion dollars", 0, M("380000000000", "USD", "gt")),
    ("ae04", "money", "450-million-euro", 0, M("450000000", "EUR")),
    ("ae04", "money", "310 million dollars", 0, M("310000000", "USD")),
    ("ae04", "money", "580 million dollars", 0, M("580000000", "USD")),
    # quantities ("12 millionth": an ordinal; "a year" outside; "more than a third": no number)
    ("ae04", "quantity", "6.1 percent", 0, Q("6.1", "%")),
    ("ae04", "quantity", "51.3 percent", 0, Q("51.3", "%")),
    ("ae04", "quantity", "more than 100,000 trips", 0, Q("100000", "trip", "gt")),
    ("ae04", "quantity", "227 European cities", 0, Q("227", "city")),
    ("ae04", "quantity", "26 countries", 0, Q("26", "country")),
    ("ae04", "quantity", "1-GW", 0, Q("1", "GW")),
    ("ae04", "quantity", "3.5 billion kWh", 0, Q("3500000000", "kWh")),
    ("ae04", "quantity", "52-km", 0, Q("52", "km")),
    ("ae04", "quantity", "45,000 vehicles", 0, Q("45000", "vehicle")),
    ("ae04", "quantity", "55 percent", 0, Q("55", "%")),
    # organisations ("Source: Xinhua" is the byline (z03), "Editor:" chrome; places inside the names of
    # CCG, the builders, KeNHA and CASS are not tagged; "Belt and Road" is an initiative)
    ("ae04", "organisation", "Source: [[Xinhua]]", 0, O(XH)),
    ("ae04", "organisation", "([[Xinhua]])", 0, O(XH)),
    ("ae04", "organisation", CCG, 0, O(CCG)),
    ("ae04", "organisation", "([[CCG]])", 0, O(CCG)),
    ("ae04", "organisation", "at [[CCG]] and", 0, O(CCG)),
    ("ae04", "organisation", CPECG, 0, O(CPECG)),
    ("ae04", "organisation", SHSG, 0, O(SHSG)),
    ("ae04", "organisation", CRBC, 0, O(CRBC)),
    ("ae04", "organisation", KENHA, 0, O(KENHA)),
    ("ae04", "organisation", "Chery", 0, O("Chery")),
    ("ae04", "organisation", CASS, 0, O(CASS)),
    ("ae04", "organisation", "told [[Xinhua]]", 0, O(XH)),
    ("ae04", "organisation", "[[CCG]] said", 0, O(CCG)),
    # places ("here" is the dateline's city, no fact; "Zhanatas-2 wind power complex": a plant named after
    # its site (extra18); "Lamu port access road" and "Jizzakh assembly line" tag their towns)
    ("ae04", "place", "BEIJING", 0, BEJ),
    ("ae04", "place", "[[China]]'s trade with", 0, CN),
    ("ae04", "place", "[[Beijing]]-based", 0, BEJ),
    ("ae04", "place", "[[China]]'s cumulative", 0, CN),
    ("ae04", "place", "the [[China]]-Europe", 0, CN),
    ("ae04", "place", "China-[[Europe]] Railway", 0, EUROPE),
    ("ae04", "place", "227 [[European]] cities", 0, EUROPE),
    ("ae04", "place", "In [[Kazakhstan]]", 0, C("Kazakhstan", "KZ")),
    ("ae04", "place", "In [[Serbia]]", 0, C("Serbia", "RS")),
    ("ae04", "place", "[[Novi Sad]]-Ruma", 0, CITY("Novi Sad", "RS")),
    ("ae04", "place", "Novi Sad-[[Ruma]]", 0, CITY("Ruma", "RS")),
    ("ae04", "place", "in [[Belgrade]]", 0, CITY("Belgrade", "RS")),
    ("ae04", "place", "In [[Indonesia]]", 0, C("Indonesia", "ID")),
    ("ae04", "place", "[[Jakarta]]-Bandung", 0, CITY("Jakarta", "ID")),
    ("ae04", "place", "Jakarta-[[Bandung]]", 0, CITY("Bandung", "ID")),
    ("ae04", "place", "In [[Kenya]]", 0, C("Kenya", "KE")),
    ("ae04", "place", "upgraded [[Lamu]] port", 0, CITY("Lamu", "KE")),
    ("ae04", "place", "In [[Uzbekistan]]", 0, C("Uzbekistan", "UZ")),
    ("ae04", "place", "[[Chinese]] carmaker", 0, CN),
    ("ae04", "place", "its [[Jizzakh]] assembly", 0, CITY("Jizzakh", "UZ")),
    ("ae04", "place", "of [[China]]'s trade", 0, CN),
    ("ae04", "place", "in [[Hangzhou]]", 0, CITY("Hangzhou", "CN")),
    # summits
    ("ae04", "summit", BRTTF, 0, S(BRTTF, "2025-12-15/2025-12-16", "Hangzhou")),
    # events (the report's release and presentation, trade/traffic figures ("reached", "ran", "carried")
    # and the estimate are no events; "was completed" is the same occurrence as "built by" (extra19))
    ("ae04", "event", "[[built]] by China Power", 0,
     E("construction", "2025-08", "Kazakhstan", [CPECG], Q("1", "GW"))),
    ("ae04", "event", "[[began]] building", 0,
     E("construction", "2025-03", "Serbia", [SHSG], M("450000000", "EUR"))),
    ("ae04", "event", "contract [[signed]] in Belgrade", 0,
     E("signing", "2024", "Belgrade", [SHSG], M("450000000", "EUR"))),
    ("ae04", "event", "[[opened]] to traffic", 0, E("ceremony", "2023-10", "Indonesia")),
    ("ae04", "event", "handed over", 0, E("construction", "2025-11-20", "Lamu", [CRBC, KENHA])),
    ("ae04", "event", "rolled", 0,
     E("production", "2025-01/2025-10", "Jizzakh", ["Chery"], Q("45000", "vehicle"))),
]

ANNOTATIONS = A01 + A02 + A03 + A04

if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "ae*.txt")
