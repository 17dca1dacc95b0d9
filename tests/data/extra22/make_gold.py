#!/usr/bin/env python3
"""Build tests/data/extra22/gold.jsonl from hand annotations of the r*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a Reuters wire from
Singapore on a US$1.35 billion syndicated loan led by Bank of China and ICBC for an aluminium smelter
in North Kalimantan, with a SOFR margin in basis points, tenors in years, a Panda bond and a rate
line; a Kabar story on the groundbreaking of the China-Kyrgyzstan-Uzbekistan railway with three
presidents, som/$ amounts, tunnels, gauges in mm, the CKU joint venture and a timetable; a Daily News
Egypt story on SCZONE's contracts with Chinese manufacturers in the China-Egypt TEDA zone at Ain
Sokhna, with EGP/LE/$ amounts, square metres, an Egyptian fiscal year and a factory opening; a
MOFCOM regular press conference transcript with "Q:"/"A:" turns from named outlets, figures for the
first ten months, forums announced and a minister's meeting and signings recalled) written BLIND:
annotated from shared/gold/NOTES.md and shared/spec/facts.md alone, without running bri_corpus on
them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra21/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - a loan margin in basis points is a quantity with the customary symbol "bp" ("185 basis points",
    "210 bps"); the benchmark it is set over ("Secured Overnight Financing Rate (SOFR)") is a rate,
    no organisation; "Panda bonds" is a bond type;
  - a Reuters rate line "($1 = 16,685 rupiah)" is text, not chrome: both sides are money facts;
    "bln" is billion;
  - pricing or selling bonds is financing, no event type (x07's "extended"/"lent");
  - a syndicated loan signing's parties are the lead banks the text names with the signing and the
    borrower; banks that "joined" the syndicate in a later sentence are roles in it, not parties
    named with the occurrence;
  - "Bank of China (Hong Kong) Ltd" is a subsidiary with its own legal name, apart from "Bank of
    China" (extra21's BYD call), its place not tagged inside; "Jakarta-listed" tags the city
    (extra19's "Chinese-owned");
  - a railway station named after its town ("the future Kara-Suu station") tags the town (extra19's
    land port); a groundbreaking held there is placed at the town;
  - an agency masthead and its dateline tag "/Kabar/" are the agency (extra11's /MONTSAME/);
    a railway company's name in its national language in brackets ("(O'zbekiston temir yo'llari)")
    is another name of the same organisation;
  - a header date and time joined by "|" is one fact (extra5/extra20), the weekday inside (extra18);
    Egypt's fiscal year runs July-June: "fiscal year 2024/25" -> 2024-07/2025-06 (extra13);
  - an economic zone named after its developers ("the China-Egypt TEDA zone") is a zone, no
    organisation (extra18's park), its places tagged (y07); "TEDA" inside it is no mention;
  - a MOFCOM transcript's "MOFCOM" resolves to the document's "Ministry of Commerce" (a well-known
    acronym; the fuller "Ministry of Commerce of the People's Republic of China" sits only in the
    copyright line, which is chrome); a ministry's named bureau ("Bureau of Industry, Security,
    Import and Export Control") is an organisation, as NOTES' "Department of Europe and Central Asia";
  - a question's "held talks" anchors a meeting that the answer retells with "met with" and dates;
    ministers who "witnessed the signing of 9 commercial agreements" make a signing of its own
    (apart from the MoU they signed), its count the amount (extra13), the witnesses' ministry and
    country its participants (y07/extra11);
  - an expo's acronym defined inline ("(CIIE)", "the CIIE") is a summit mention with the expo's
    canonical name; "Section 301" is an identifier.
Run:  .venv/bin/python tests/data/extra22/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= r01 Reuters, Singapore (November 19, 2025 8:14 AM GMT+8)
ID = C("Indonesia", "ID")
SG = C("Singapore", "SG")
BOC = "Bank of China"
BOCHK = "Bank of China (Hong Kong) Ltd"
ICBC = "Industrial and Commercial Bank of China"
KAI = "PT Kalimantan Aluminium Industry"
ADMR = "PT Adaro Minerals Indonesia Tbk"
CCB = "China Construction Bank Corp"
POWERCHINA = "Power Construction Corporation of China"
A01 = [
    # dates (the time zone stays outside the header's span (extra5); "once the dam comes online",
    # "the world's largest": no calendar point; the Reporting and Our Standards lines are chrome)
    ("r01", "date", "November 19, 2025 8:14 AM", 0, "2025-11-19T08:14"),
    ("r01", "date", "Nov 19", 0, "2025-11-19"),
    ("r01", "date", "on [[Tuesday]]", 0, "2025-11-18"),
    ("r01", "date", "the first half of 2026", 0, "2026-H1"),
    ("r01", "date", "by [[2029]]", 0, "2029"),
    ("r01", "date", "on [[Wednesday]]", 0, "2025-11-19"),
    ("r01", "date", "in [[March]]", 0, "2025-03"),
    ("r01", "date", "last year", 0, "2024"),
    ("r01", "date", "Nov. 12", 0, "2025-11-12"),
    ("r01", "date", "October 2024", 0, "2024-10"),
    ("r01", "date", "the first nine months of the year", 0, "2025-01/2025-09"),
    ("r01", "date", "June 2023", 0, "2023-06"),
    ("r01", "date", "by [[2030]]", 0, "2030"),
    ("r01", "date", "on [[Wednesday]]", 1, "2025-11-19"),
    # money ("bln" is billion; "between ... and ..." one range, "between" inside (extra15); a share
    # price is money (extra16); the "($1 = 16,685 rupiah)" rate line is text: both sides are money)
    ("r01", "money", "$1.35 bln", 0, M("1350000000", "USD")),
    ("r01", "money", "US$1.35 billion", 0, M("1350000000", "USD")),
    ("r01", "money", "between $150 million and $200 million", 0,
     M("150000000", "USD", amount_max="200000000")),
    ("r01", "money", "about $2.5 billion", 0, M("2500000000", "USD", "approx")),
    ("r01", "money", "$900 million", 0, M("900000000", "USD")),
    ("r01", "money", "6 billion yuan", 0, M("6000000000", "CNY")),
    ("r01", "money", "$842 million", 0, M("842000000", "USD")),
    ("r01", "money", "4 billion yuan", 0, M("4000000000", "CNY")),
    ("r01", "money", "$38.4 billion", 0, M("38400000000", "USD")),
    ("r01", "money", "1,285 rupiah", 0, M("1285", "IDR")),
    ("r01", "money", "([[$1]] =", 0, M("1", "USD")),
    ("r01", "money", "16,685 rupiah", 0, M("16685", "IDR")),
    # quantities (a tenor with digits is a quantity (u04); basis points -> "bp", "bps" likewise;
    # "a year" a rate outside (w-call); "(MW)" spells out the unit, no second fact; "ADMR.JK" an
    # identifier; "first phase", "second phase", "second sale": ranks; "two people": spelled-out)
    ("r01", "quantity", "7-year", 0, Q("7", "year")),
    ("r01", "quantity", "185 basis points", 0, Q("185", "bp")),
    ("r01", "quantity", "500,000 tonnes", 0, Q("500000", "t")),
    ("r01", "quantity", "1.5 million tonnes", 0, Q("1500000", "t")),
    ("r01", "quantity", "210 bps", 0, Q("210", "bp")),
    ("r01", "quantity", "24 months", 0, Q("24", "month")),
    ("r01", "quantity", "about 5.2 years", 0, Q("5.2", "year", "approx")),
    ("r01", "quantity", "1,100 megawatt", 0, Q("1100", "MW")),
    ("r01", "quantity", "900 MW", 0, Q("900", "MW")),
    ("r01", "quantity", "3-year", 0, Q("3", "year")),
    ("r01", "quantity", "2.5%", 0, Q("2.5", "%")),
    ("r01", "quantity", "12%", 0, Q("12", "%")),
    ("r01", "quantity", "more than 40%", 0, Q("40", "%", "gt")),
    ("r01", "quantity", "12 new alumina refineries", 0, Q("12", "refinery")),
    ("r01", "quantity", "1.5 million tonnes", 1, Q("1500000", "t")),
    ("r01", "quantity", "3.1%", 0, Q("3.1", "%")),
    # organisations ("(Reuters)" in the dateline (extra11); "Bank of China (Hong Kong) Ltd" is a
    # subsidiary with its own legal name (extra21's BYD call), Hong Kong inside it not tagged; "Adaro
    # Minerals" the listed parent's short form; SOFR is a benchmark rate, "Panda bonds" a bond type:
    # no organisations; the "Kalimantan Industrial Park Indonesia" is a park, its places tagged
    # (extra18); "the ministry", "the government", "the arrangers": generic; Thomson Reuters in the
    # chrome line gets nothing)
    ("r01", "organisation", "([[Reuters]])", 0, O("Reuters")),
    ("r01", "organisation", "led by [[Bank of China]]", 0, O(BOC)),
    ("r01", "organisation", ICBC, 0, O(ICBC)),
    ("r01", "organisation", "([[ICBC]])", 0, O(ICBC)),
    ("r01", "organisation", KAI, 0, O(KAI)),
    ("r01", "organisation", "([[KAI]])", 0, O(KAI)),
    ("r01", "organisation", ADMR, 0, O(ADMR)),
    ("r01", "organisation", BOCHK, 0, O(BOCHK)),
    ("r01", "organisation", "and [[ICBC]] acted", 0, O(ICBC)),
    ("r01", "organisation", CCB, 0, O(CCB)),
    ("r01", "organisation", "([[CCB]])", 0, O(CCB)),
    ("r01", "organisation", "Agricultural Bank of China", 0, O("Agricultural Bank of China")),
    ("r01", "organisation", "Bank of Communications", 0, O("Bank of Communications")),
    ("r01", "organisation", "DBS Bank", 0, O("DBS Bank")),
    ("r01", "organisation", "[[KAI]] said", 0, O(KAI)),
    ("r01", "organisation", "Indonesia Stock Exchange", 0, O("Indonesia Stock Exchange")),
    ("r01", "organisation", POWERCHINA, 0, O(POWERCHINA)),
    ("r01", "organisation", "([[PowerChina]])", 0, O(POWERCHINA)),
    ("r01", "organisation", "at [[DBS]] in", 0, O("DBS Bank")),
    ("r01", "organisation", "Ministry of Finance", 0, O("Ministry of Finance")),
    ("r01", "organisation", "with [[Bank of China]] and HSBC", 0, O(BOC)),
    ("r01", "organisation", "HSBC", 0, O("HSBC")),
    ("r01", "organisation", "LSEG", 0, O("LSEG")),
    ("r01", "organisation", "[[KAI]]'s parent", 0, O(KAI)),
    ("r01", "organisation", "Adaro Energy", 0, O("Adaro Energy")),
    ("r01", "organisation", "of [[Adaro Minerals]] rose", 0, O(ADMR)),
    # places ("Chinese banks/lenders" stand for the country's companies; "Jakarta-listed" tags the
    # city (extra19's "Chinese-owned"); "North Kalimantan province", "Bulungan regency": the lower-case
    # generic noun outside; the Kayan River is a river; "Sydney Tan" is a person (extra6/extra11);
    # "Western lenders": no place; Singapore is a country (city-state), as in earlier sets)
    ("r01", "place", "[[Chinese]] banks sign", 0, CN),
    ("r01", "place", "[[Indonesian]] aluminium", 0, ID),
    ("r01", "place", "SINGAPORE", 0, SG),
    ("r01", "place", "[[Chinese]] lenders", 0, CN),
    ("r01", "place", "[[Indonesia]]'s North", 0, ID),
    ("r01", "place", "North Kalimantan", 0, REG("North Kalimantan", "ID")),
    ("r01", "place", "signed in [[Singapore]]", 0, SG),
    ("r01", "place", "Jakarta", 0, CITY("Jakarta", "ID")),
    ("r01", "place", "the [[Kalimantan]] Industrial", 0, REG("Kalimantan", "ID")),
    ("r01", "place", "Industrial Park [[Indonesia]]", 0, ID),
    ("r01", "place", "Tanjung Selor", 0, CITY("Tanjung Selor", "ID")),
    ("r01", "place", "[[Singapore]]'s DBS", 0, SG),
    ("r01", "place", "that [[Chinese]] banks", 0, CN),
    ("r01", "place", "Central Sulawesi", 0, REG("Central Sulawesi", "ID")),
    ("r01", "place", "Bulungan", 0, REG("Bulungan", "ID")),
    ("r01", "place", "\"[[Chinese]] banks", 0, CN),
    ("r01", "place", "Southeast Asia", 0, REG("Southeast Asia")),
    ("r01", "place", "DBS in [[Singapore]]", 0, SG),
    ("r01", "place", "[[Indonesia]]'s Ministry", 0, ID),
    ("r01", "place", "[[China]]'s onshore", 0, CN),
    ("r01", "place", "[[Chinese]] banks' syndicated", 0, CN),
    ("r01", "place", "Asia-Pacific", 0, REG("Asia-Pacific")),
    ("r01", "place", "Japan", 0, C("Japan", "JP")),
    ("r01", "place", "[[Indonesia]], the world's", 0, ID),
    # events (the headline "sign" anchors the loan signing ("signed a US$1.35 billion syndicated
    # loan", "It was signed in Singapore by KAI" are the same occurrence), its parties the two leads
    # and the borrower; "acted as", "joined as": roles in it; "is building": under way (extra11);
    # "will produce", "would raise", "has pledged to raise": future; "extended" a loan, "priced" and
    # "sold" bonds: financing, no type; "began building the first 900 MW dam": the start of building
    # work, placed by the regency, its size the amount (extra14); "rose", "accounted for": figures;
    # "took effect": no type)
    ("r01", "event", "banks [[sign]] $1.35", 0,
     E("signing", "2025-11-18", "Singapore", [BOC, ICBC, KAI], M("1350000000", "USD"))),
    ("r01", "event", "began building", 0, E("construction", "2024", "Bulungan", [POWERCHINA], Q("900", "MW"))),
]

# ================================= r02 Kabar, Jalal-Abad (27-12-2024, 16:42)
KG = C("Kyrgyzstan", "KG")
UZ = C("Uzbekistan", "UZ")
KARASUU = CITY("Kara-Suu", "KG")
JALALABAD = CITY("Jalal-Abad", "KG")
BISHKEK = CITY("Bishkek", "KG")
MAKMAL = CITY("Makmal", "KG")
CKU = "China-Kyrgyzstan-Uzbekistan Railway Company"
UTY = "Uzbekistan Railways JSC"
CABKG = "Cabinet of Ministers of the Kyrgyz Republic"
CRTG = "China Railway Tunnel Group"
CSRG = "China State Railway Group Co., Ltd."
CREEC = "China Railway Eryuan Engineering Group"
CCAS2 = "second China-Central Asia Summit"
A02 = [
    # dates (a header "27-12-2024, 16:42" (day-month-year) is one date and time (extra18); "more than a
    # quarter of a century": a duration; "in three stages": no calendar point; "the end of 2028" -> the
    # year (NOTES); the Tags and copyright lines are chrome)
    ("r02", "date", "27-12-2024, 16:42", 0, "2024-12-27T16:42"),
    ("r02", "date", "December 27", 0, "2024-12-27"),
    ("r02", "date", "on [[Friday]]", 0, "2024-12-27"),
    ("r02", "date", "9 December", 0, "2024-12-09"),
    ("r02", "date", "in [[2025]].", 0, "2025"),
    ("r02", "date", "In [[November]]", 0, "2024-11"),
    ("r02", "date", "the second quarter of 2025", 0, "2025-Q2"),
    ("r02", "date", "the end of 2028", 0, "2028"),
    ("r02", "date", "for [[2030]]", 0, "2030"),
    ("r02", "date", "On [[Thursday]]", 0, "2024-12-26"),
    ("r02", "date", "in [[September]]", 0, "2024-09"),
    ("r02", "date", "next year", 0, "2025"),
    # money ("soms" in a Kyrgyz outlet -> KGS (extra16); "charter capital" is money all the same)
    ("r02", "money", "1.2 billion soms", 0, M("1200000000", "KGS")),
    ("r02", "money", "$4.66 billion", 0, M("4660000000", "USD")),
    ("r02", "money", "about 2.35 billion dollars", 0, M("2350000000", "USD", "approx")),
    ("r02", "money", "8.6 billion soms", 0, M("8600000000", "KGS")),
    ("r02", "money", "about $99 million", 0, M("99000000", "USD", "approx")),
    ("r02", "money", "$1.83 billion", 0, M("1830000000", "USD")),
    # quantities ("a year" a rate outside (w-call); "46 units" without its of-complement (NOTES);
    # "Kambarata-1" a name; "first phase", "first freight train": ranks; "three stages", "three
    # countries": spelled-out)
    ("r02", "quantity", "304.5 km", 0, Q("304.5", "km")),
    ("r02", "quantity", "27 tunnels", 0, Q("27", "tunnel")),
    ("r02", "quantity", "48 km", 0, Q("48", "km")),
    ("r02", "quantity", "81 bridges", 0, Q("81", "bridge")),
    ("r02", "quantity", "10 stations", 0, Q("10", "station")),
    ("r02", "quantity", "11.3 kilometres", 0, Q("11.3", "km")),
    ("r02", "quantity", "up to 120 km/h", 0, Q("120", "km/h", "le")),
    ("r02", "quantity", "15 million tonnes", 0, Q("15000000", "t")),
    ("r02", "quantity", "51%", 0, Q("51", "%")),
    ("r02", "quantity", "24.5%", 0, Q("24.5", "%")),
    ("r02", "quantity", "96-kilometre", 0, Q("96", "km")),
    ("r02", "quantity", "46 units", 0, Q("46", "unit")),
    ("r02", "quantity", "1,435 mm", 0, Q("1435", "mm")),
    ("r02", "quantity", "1,520 mm", 0, Q("1520", "mm")),
    # organisations (the masthead and the "/Kabar/" dateline tag (extra11) are the agency; "CKU
    # railway" in the headline is the line, not the company; "the JV", "the company", "the Chinese
    # contractor", "the republican budget": generic; the JV's and the railways' country names are
    # not tagged inside their names; "(O'zbekiston temir yo'llari)" is the Uzbek name of Uzbekistan
    # Railways JSC; the Presidents' titles name no body; the copyright line is chrome)
    ("r02", "organisation", "[[Kabar]]\n", 0, O("Kabar")),
    ("r02", "organisation", "/[[Kabar]]/", 0, O("Kabar")),
    ("r02", "organisation", CKU, 0, O(CKU)),
    ("r02", "organisation", "(CKU Railway)", 0, O(CKU)),
    ("r02", "organisation", "Kyrgyz Temir Jolu", 0, O("Kyrgyz Temir Jolu")),
    ("r02", "organisation", UTY, 0, O(UTY)),
    ("r02", "organisation", "O'zbekiston temir yo'llari", 0, O(UTY)),
    ("r02", "organisation", CABKG, 0, O(CABKG)),
    ("r02", "organisation", "[[CKU Railway]] signed", 0, O(CKU)),
    ("r02", "organisation", CRTG, 0, O(CRTG)),
    ("r02", "organisation", CSRG, 0, O(CSRG)),
    ("r02", "organisation", CREEC, 0, O(CREEC)),
    ("r02", "organisation", "(CREEC)", 0, O(CREEC)),
    # places (places in the railway's name count (v02), not inside the JV's; a station named after its
    # town tags the town (extra19's land port); "Jalal-Abad region": the region, the generic noun
    # outside; the dateline and the talks' "Jalal-Abad" the city; "Ulan Naryn" is a person; the
    # Kambarata-1 plant names no place (extra15))
    ("r02", "place", "Presidents of [[Kyrgyzstan]]", 0, KG),
    ("r02", "place", "Kyrgyzstan, [[Uzbekistan]] and China break", 0, UZ),
    ("r02", "place", "Uzbekistan and [[China]] break", 0, CN),
    ("r02", "place", "[[Jalal-Abad]], December", 0, JALALABAD),
    ("r02", "place", "President of [[Kyrgyzstan]]", 0, KG),
    ("r02", "place", "President of [[Uzbekistan]]", 0, UZ),
    ("r02", "place", "the [[China]]-Kyrgyzstan-Uzbekistan railway", 0, CN),
    ("r02", "place", "China-[[Kyrgyzstan]]-Uzbekistan railway", 0, KG),
    ("r02", "place", "China-Kyrgyzstan-[[Uzbekistan]] railway", 0, UZ),
    ("r02", "place", "future [[Kara-Suu]] station", 0, KARASUU),
    ("r02", "place", "in [[Jalal-Abad]] region", 0, REG("Jalal-Abad", "KG")),
    ("r02", "place", "President of [[China]]", 0, CN),
    ("r02", "place", "Beijing", 0, CITY("Beijing", "CN")),
    ("r02", "place", "The [[Kyrgyz]] section", 0, KG),
    ("r02", "place", "Torugart", 0, CITY("Torugart", "KG")),
    ("r02", "place", "border with [[China]]", 0, CN),
    ("r02", "place", "the [[Uzbek]] border", 0, UZ),
    ("r02", "place", "near [[Kara-Suu]].", 0, KARASUU),
    ("r02", "place", "near [[Makmal]],", 0, MAKMAL),
    ("r02", "place", "in [[Bishkek]] on", 0, BISHKEK),
    ("r02", "place", "[[China]] holds", 0, CN),
    ("r02", "place", "the [[Kyrgyz]] share", 0, KG),
    ("r02", "place", "96-kilometre [[Makmal]]", 0, MAKMAL),
    ("r02", "place", "Makmal-[[Kara-Suu]] section", 0, KARASUU),
    ("r02", "place", "the [[Chinese]] contractor", 0, CN),
    ("r02", "place", "at [[Kara-Suu]] for", 0, KARASUU),
    ("r02", "place", "[[Uzbekistan]]'s 1,520", 0, UZ),
    ("r02", "place", "talks in [[Jalal-Abad]]", 0, JALALABAD),
    ("r02", "place", "visited [[Bishkek]]", 0, BISHKEK),
    ("r02", "place", "Astana", 0, CITY("Astana", "KZ")),
    # summits (China and Central Asia inside the summit's name are not tagged)
    ("r02", "summit", CCAS2, 0, S(CCAS2, "2025", "Astana")),
    # events (the headline "break ground" anchors the groundbreaking (v03/w07: construction), the
    # body's "groundbreaking ceremony" the same occurrence; the three Presidents stand for their
    # countries, Xi by video link as v02's; the EPC contract "signed ... During the ceremony" takes the
    # ceremony's date and place; "the Chinese contractor delivered" is China Railway Tunnel Group's
    # delivery (no named place); "held talks" anchors the meeting (support verb + event noun),
    # "discussed" a sub-step; "visited Bishkek" the delegation's visit, its company the visitor;
    # "registered" a founding; "will stretch", "are to be finished", "is scheduled", "agreed to
    # review": future; "has set aside": budget money (extra12); "addressed the ceremony": part of it)
    ("r02", "event", "break ground", 0,
     E("construction", "2024-12-27", "Kara-Suu", ["Kyrgyzstan", "Uzbekistan", "China"])),
    ("r02", "event", "CKU Railway [[signed]]", 0,
     E("signing", "2024-12-27", "Kara-Suu", [CKU, CRTG], M("1830000000", "USD"))),
    ("r02", "event", "contractor [[delivered]]", 0, E("delivery", "2024-11", None, [CRTG], Q("46", "unit"))),
    ("r02", "event", "held [[talks]]", 0, E("meeting", "2024-12-26", "Jalal-Abad", ["Kyrgyzstan", "Uzbekistan"])),
    ("r02", "event", "manager [[visited]]", 0, E("visit", "2024-09", "Bishkek", [CSRG])),
]

# ================================= r03 Daily News Egypt, Cairo (Sunday 7 September 2025 | 02:35 PM)
EG = C("Egypt", "EG")
SOKHNA = CITY("Ain Sokhna", "EG")
SCZ = "General Authority for the Suez Canal Economic Zone"
ETIC = "Egypt-TEDA Investment Company"
HENGYI = "Zhejiang Hengyi Group"
LINGLONG = "Shandong Linglong Tyre"
SUNRISE = "Ningbo Sunrise Solar"
CATIC = "China-Africa TEDA Investment Co. Ltd."
JUSHI = "Jushi Egypt for Fiberglass Industry"
TMPG = "Tianjin Municipal People's Government"
CAETE4 = "fourth China-Africa Economic and Trade Expo"
A03 = [
    # dates (a header date and time joined by "|" is one fact, as bullet/comma-joined ones
    # (extra20/extra5), the weekday inside (extra18); Egypt's fiscal year runs July-June: "fiscal year
    # 2024/25" -> 2024-07/2025-06 (extra13's Ethiopian call); the years in "Law No. 72 of 2017" and
    # "Law No. 83 of 2002" are part of the laws' titles (extra17/extra21); "the past three fiscal
    # years": a spelled-out duration; the Read more line is chrome)
    ("r03", "date", "Sunday 7 September 2025 | 02:35 PM", 0, "2025-09-07T14:35"),
    ("r03", "date", "on [[Saturday]]", 0, "2025-09-06"),
    ("r03", "date", "July 2022", 0, "2022-07"),
    ("r03", "date", "fiscal year 2024/25", 0, "2024-07/2025-06"),
    ("r03", "date", "30 June", 0, "2025-06-30"),
    ("r03", "date", "since [[2008]]", 0, "2008"),
    ("r03", "date", "the end of July", 0, "2025-07"),
    ("r03", "date", "the same day", 0, "2025-09-06"),
    ("r03", "date", "in [[2024]] and", 0, "2024"),
    ("r03", "date", "this year", 0, "2025"),
    ("r03", "date", "In [[June]],", 0, "2025-06"),
    ("r03", "date", "12 to 15 June", 0, "2025-06-12/2025-06-15"),
    ("r03", "date", "the end of 2024", 0, "2024"),
    # money (LE and EGP are the Egyptian pound (extra8); "exceeding $8.2bn", "will exceed $1.5bn": the
    # verb qualifier outside the span (NOTES), gt; the headline figure is a mention of its own)
    ("r03", "money", "$520m", 0, M("520000000", "USD")),
    ("r03", "money", "$520m", 1, M("520000000", "USD")),
    ("r03", "money", "$310m", 0, M("310000000", "USD")),
    ("r03", "money", "EGP 7.8bn", 0, M("7800000000", "EGP")),
    ("r03", "money", "$160m", 0, M("160000000", "USD")),
    ("r03", "money", "LE 2.4 billion", 0, M("2400000000", "EGP")),
    ("r03", "money", "$8.2bn", 0, M("8200000000", "USD", "gt")),
    ("r03", "money", "EGP 11.4bn", 0, M("11400000000", "EGP")),
    ("r03", "money", "$2.1bn", 0, M("2100000000", "USD")),
    ("r03", "money", "$1.5bn", 0, M("1500000000", "USD", "gt")),
    ("r03", "money", "$8.9bn", 0, M("8900000000", "USD")),
    ("r03", "money", "$11.6bn", 0, M("11600000000", "USD")),
    # quantities ("three ... contracts", "three investors", "four industrial zones", "six ports":
    # spelled-out counts; "No. 72", "No. 83": identifiers; "second production line", "fourth": ranks;
    # "a year" a rate outside; the demonym stays inside "around 7,000 Egyptian workers" (extra15))
    ("r03", "quantity", "150,000 square metres", 0, Q("150000", "m2")),
    ("r03", "quantity", "2,800 workers", 0, Q("2800", "worker")),
    ("r03", "quantity", "80,000 sq m", 0, Q("80000", "m2")),
    ("r03", "quantity", "2 GW", 0, Q("2", "GW")),
    ("r03", "quantity", "126 contracts", 0, Q("126", "contract")),
    ("r03", "quantity", "38%", 0, Q("38", "%")),
    ("r03", "quantity", "7.34 sq km", 0, Q("7.34", "km2")),
    ("r03", "quantity", "more than 160 companies", 0, Q("160", "company", "gt")),
    ("r03", "quantity", "around 7,000 Egyptian workers", 0, Q("7000", "worker", "approx")),
    ("r03", "quantity", "400,000 tonnes", 0, Q("400000", "t")),
    ("r03", "quantity", "342,000 tonnes", 0, Q("342000", "t")),
    ("r03", "quantity", "90%", 0, Q("90", "%")),
    ("r03", "quantity", "22.5%", 0, Q("22.5", "%")),
    ("r03", "quantity", "6 sq km", 0, Q("6", "km2")),
    ("r03", "quantity", "some 2,000 companies", 0, Q("2000", "company", "approx")),
    # organisations (the masthead is text, its section label "Business" outside (extra13/extra16);
    # "SCZONE Chairperson" tags the body (y07); "the authority", "the developer", "the ministry": generic
    # (the minister's title names no body, extra5); the China-Egypt TEDA zone is a zone, no organisation
    # (extra18's park), so "TEDA" in "the TEDA zone" is no mention; "Jushi Egypt" is the short form of
    # the plant company; Egypt, China, Africa, Tianjin, Zhejiang, Shandong and Ningbo inside names are
    # not tagged; the laws' titles are no organisations; DP World in the chrome line gets nothing)
    ("r03", "organisation", "Daily News Egypt", 0, O("Daily News Egypt")),
    ("r03", "organisation", "[[SCZONE]] signs", 0, O(SCZ)),
    ("r03", "organisation", SCZ, 0, O(SCZ)),
    ("r03", "organisation", "([[SCZONE]])", 0, O(SCZ)),
    ("r03", "organisation", "[[SCZONE]] Chairperson", 0, O(SCZ)),
    ("r03", "organisation", ETIC, 0, O(ETIC)),
    ("r03", "organisation", HENGYI, 0, O(HENGYI)),
    ("r03", "organisation", LINGLONG, 0, O(LINGLONG)),
    ("r03", "organisation", SUNRISE, 0, O(SUNRISE)),
    ("r03", "organisation", CATIC, 0, O(CATIC)),
    ("r03", "organisation", JUSHI, 0, O(JUSHI)),
    ("r03", "organisation", "[[Jushi Egypt]] produced", 0, O(JUSHI)),
    ("r03", "organisation", TMPG, 0, O(TMPG)),
    ("r03", "organisation", "[[SCZONE]], which", 0, O(SCZ)),
    # places ("Chinese companies/developers/investment" stand for the country's companies; "The
    # Chinese embassy": a demonym before a lower-case noun (v01); the zone's name keeps its places
    # (extra18, y07's "TEDA-Egypt zone"); ports named as towns tag the towns (x04/x12); "Prime
    # Minister Mostafa Madbouly": a title; the Read more line is chrome)
    ("r03", "place", "three [[Chinese]] industrial", 0, CN),
    ("r03", "place", "with [[Chinese]] companies", 0, CN),
    ("r03", "place", "the [[China]]-Egypt TEDA zone in", 0, CN),
    ("r03", "place", "China-[[Egypt]] TEDA zone in", 0, EG),
    ("r03", "place", "zone in [[Ain Sokhna]],", 0, SOKHNA),
    ("r03", "place", "and [[Chinese]] Ambassador", 0, CN),
    ("r03", "place", "Ambassador to [[Egypt]]", 0, EG),
    ("r03", "place", "with [[Chinese]] developers", 0, CN),
    ("r03", "place", "making [[China]] the", 0, CN),
    ("r03", "place", "The [[China]]-Egypt TEDA zone,", 0, CN),
    ("r03", "place", "China-[[Egypt]] TEDA zone,", 0, EG),
    ("r03", "place", "7,000 [[Egyptian]] workers", 0, EG),
    ("r03", "place", "Industry in [[Ain Sokhna]]", 0, SOKHNA),
    ("r03", "place", "Europe", 0, REG("Europe")),
    ("r03", "place", "Türkiye", 0, C("Türkiye", "TR")),
    ("r03", "place", "\"[[Egyptian]] exports", 0, EG),
    ("r03", "place", "zones in [[Egypt]] are", 0, EG),
    ("r03", "place", "Cairo", 0, CITY("Cairo", "EG")),
    ("r03", "place", "Changsha", 0, CITY("Changsha", "CN")),
    ("r03", "place", "The [[Chinese]] embassy", 0, CN),
    ("r03", "place", "embassy said [[Chinese]] investment", 0, CN),
    ("r03", "place", "investment in [[Egypt]] reached", 0, EG),
    ("r03", "place", "including [[Sokhna]]", 0, CITY("Sokhna", "EG")),
    ("r03", "place", "Adabiya", 0, CITY("Adabiya", "EG")),
    ("r03", "place", "Arish", 0, CITY("Arish", "EG")),
    # summits (the ordinal stays in the name (extra11's "third Belt and Road Forum"); China and Africa
    # inside it are not tagged)
    ("r03", "summit", CAETE4, 0, S(CAETE4, "2025-06-12/2025-06-15", "Changsha")),
    # events (the headline "signs" anchors the signing of the three contracts ("signed on Saturday",
    # "were signed by" are the same occurrence); its parties are the authority, the zone's developer
    # and the three investors, the minister (his title names no body) and the ambassador standing for
    # their countries (y07); its place is the factories', not told for the signing; "has signed 126
    # contracts ... since July 2022": a running tally; "developed ... since 2008": no type; "will build",
    # "will invest", "will employ", "will exceed": future; "opened the second production line": an
    # opening (ceremony) dated by "On the same day"; "produced 342,000 tonnes ... in 2024": a single
    # firm's annual output (extra13); "exported": trade; the Tianjin delegation's visit and its meeting
    # with the Prime Minister (for Egypt) are two occurrences (v02), "discussed" a sub-step; "reached",
    # "rose", "has attracted": figures)
    ("r03", "event", "SCZONE [[signs]]", 0,
     E("signing", "2025-09-06", None, [SCZ, "China", "Egypt", ETIC, HENGYI, LINGLONG, SUNRISE],
       M("520000000", "USD"))),
    ("r03", "event", "opened", 0, E("ceremony", "2025-09-06", "Ain Sokhna", ["Egypt", JUSHI])),
    ("r03", "event", "produced", 0, E("production", "2024", None, [JUSHI], Q("342000", "t"))),
    ("r03", "event", "visited", 0, E("visit", "2025-06", "Cairo", [TMPG])),
    ("r03", "event", "Cairo and [[met]]", 0, E("meeting", "2025-06", "Cairo", [TMPG, "Egypt"])),
]

# ================================= r04 MOFCOM regular press conference (2025-11-20 17:30)
HU = C("Hungary", "HU")
KZ = C("Kazakhstan", "KZ")
KE = C("Kenya", "KE")
TASHKENT = CITY("Tashkent", "UZ")
MOC = "Ministry of Commerce"
XJGOV = "People's Government of Xinjiang Uygur Autonomous Region"
CEEC = "China Energy Engineering Corporation"
EXIMCN = "Export-Import Bank of China"
BISIEC = "Bureau of Industry, Security, Import and Export Control"
CUIF = "China-Uzbekistan Investment Forum"
CCACF = "China-Central Asia Cooperation Forum on Trade and Investment"
CCAS2 = "second China-Central Asia Summit"
BRF3 = "third Belt and Road Forum for International Cooperation"
CIIE8 = "8th China International Import Expo"
A04 = [
    # dates ("year on year", "for two consecutive years": no calendar point; the second "the first ten
    # months" refers back to this year's (extra15's "the quarter"); the copyright year is chrome)
    ("r04", "date", "November 20, 2025", 0, "2025-11-20"),
    ("r04", "date", "2025-11-20 17:30", 0, "2025-11-20T17:30"),
    ("r04", "date", "November 24 to 26", 0, "2025-11-24/2025-11-26"),
    ("r04", "date", "November 25", 0, "2025-11-25"),
    ("r04", "date", "December 10 to 11", 0, "2025-12-10/2025-12-11"),
    ("r04", "date", "the first ten months of this year", 0, "2025-01/2025-10"),
    ("r04", "date", "the end of October", 0, "2025-10"),
    ("r04", "date", "this week", 0, "2025-W47"),
    ("r04", "date", "November 17", 0, "2025-11-17"),
    ("r04", "date", "in [[June]]", 0, "2025-06"),
    ("r04", "date", "the first ten months", 1, "2025-01/2025-10"),
    ("r04", "date", "In [[September]]", 0, "2025-09"),
    ("r04", "date", "In [[October]]", 0, "2025-10"),
    ("r04", "date", "November 3 to 6", 0, "2025-11-03/2025-11-06"),
    ("r04", "date", "on [[November 5]] he", 0, "2025-11-05"),
    ("r04", "date", "October 2023", 0, "2023-10"),
    ("r04", "date", "the end of September", 0, "2025-09"),
    ("r04", "date", "November 5 to 10", 0, "2025-11-05/2025-11-10"),
    ("r04", "date", "next month", 0, "2025-12"),
    # money
    ("r04", "money", "212.6 billion yuan", 0, M("212600000000", "CNY")),
    ("r04", "money", "US$29.8 billion", 0, M("29800000000", "USD")),
    ("r04", "money", "1.31 trillion yuan", 0, M("1310000000000", "CNY")),
    ("r04", "money", "876.5 billion yuan", 0, M("876500000000", "CNY")),
    ("r04", "money", "2.3 billion euros", 0, M("2300000000", "EUR")),
    ("r04", "money", "542.3 billion yuan", 0, M("542300000000", "CNY")),
    ("r04", "money", "350 billion yuan", 0, M("350000000000", "CNY")),
    ("r04", "money", "US$83.49 billion", 0, M("83490000000", "USD")),
    # quantities ("two announcements", "five Central Asian countries": spelled-out; "8th", "third",
    # "second": ranks; "Section 301" and the Tel number: an identifier / chrome; the counted noun
    # keeps its modifiers: "146 overseas economic and trade cooperation zones" -> zone)
    ("r04", "quantity", "About 600 representatives", 0, Q("600", "representative", "approx")),
    ("r04", "quantity", "18.4 percent", 0, Q("18.4", "%")),
    ("r04", "quantity", "21 percent", 0, Q("21", "%")),
    ("r04", "quantity", "146 overseas economic and trade cooperation zones", 0, Q("146", "zone")),
    ("r04", "quantity", "54 countries", 0, Q("54", "country")),
    ("r04", "quantity", "more than 520,000 local workers", 0, Q("520000", "worker", "gt")),
    ("r04", "quantity", "9 commercial agreements", 0, Q("9", "agreement")),
    ("r04", "quantity", "9.7 percent", 0, Q("9.7", "%")),
    ("r04", "quantity", "1,000 MW", 0, Q("1000", "MW")),
    ("r04", "quantity", "120 electric buses", 0, Q("120", "bus")),
    ("r04", "quantity", "more than 600 projects", 0, Q("600", "project", "gt")),
    ("r04", "quantity", "4,108 exhibitors", 0, Q("4108", "exhibitor")),
    ("r04", "quantity", "138 countries", 0, Q("138", "country")),
    ("r04", "quantity", "42 percent", 0, Q("42", "%")),
    # organisations (the title's ministry is text; "Source: MOFCOM" a byline (NOTES' "SOURCE: JAC
    # Motors", extra15); MOFCOM is the document's Ministry of Commerce (a well-known acronym, the
    # body's fullest form "Ministry of Commerce": the copyright line is chrome); the questioners'
    # outlets are organisations (u05); "Vice Minister of Commerce", "Minister of Foreign Affairs and
    # Trade": titles; the MOFCOM bureau is a named public body (NOTES' "Department of Europe and Central
    # Asia"); "the two banks": generic; Xinjiang inside the regional government's name is not tagged)
    ("r04", "organisation", MOC, 0, O(MOC)),
    ("r04", "organisation", "Source: [[MOFCOM]]", 0, O(MOC)),
    ("r04", "organisation", "by [[MOFCOM]] and", 0, O(MOC)),
    ("r04", "organisation", XJGOV, 0, O(XJGOV)),
    ("r04", "organisation", "Xinhua News Agency", 0, O("Xinhua News Agency")),
    ("r04", "organisation", "Bloomberg", 0, O("Bloomberg")),
    ("r04", "organisation", "China News Service", 0, O("China News Service")),
    ("r04", "organisation", CEEC, 0, O(CEEC)),
    ("r04", "organisation", "([[CEEC]])", 0, O(CEEC)),
    ("r04", "organisation", "Yutong", 0, O("Yutong")),
    ("r04", "organisation", "Reuters", 0, O("Reuters")),
    ("r04", "organisation", "China Development Bank", 0, O("China Development Bank")),
    ("r04", "organisation", EXIMCN, 0, O(EXIMCN)),
    ("r04", "organisation", "Phoenix TV", 0, O("Phoenix TV")),
    ("r04", "organisation", "Will [[MOFCOM]] adjust", 0, O(MOC)),
    ("r04", "organisation", BISIEC, 0, O(BISIEC)),
    # places ("Chinese enterprises/firms": the country's companies; "the Kazakh government": the country
    # (NOTES); "Turkistan region": the region, the generic noun outside; "Central Asian countries" ->
    # Central Asia (NOTES); places inside the forums' names are not tagged, those before the lower-case
    # "e-commerce logistics centre" are; "Western think tanks": no place)
    ("r04", "place", "visit [[Uzbekistan]]", 0, C("Uzbekistan", "UZ")),
    ("r04", "place", "Forum in [[Tashkent]]", 0, TASHKENT),
    ("r04", "place", "Urumqi", 0, CITY("Urumqi", "CN")),
    ("r04", "place", "[[Chinese]] enterprises", 0, CN),
    ("r04", "place", "Southeast Asia", 0, REG("Southeast Asia")),
    ("r04", "place", "Viet Nam", 0, C("Viet Nam", "VN")),
    ("r04", "place", "Indonesia", 0, C("Indonesia", "ID")),
    ("r04", "place", "Thailand", 0, C("Thailand", "TH")),
    ("r04", "place", "[[Chinese]] firms", 0, CN),
    ("r04", "place", "[[Hungary]]'s foreign", 0, HU),
    ("r04", "place", "talks in [[Beijing]]", 0, CITY("Beijing", "CN")),
    ("r04", "place", "[[Hungarian]] Minister", 0, HU),
    ("r04", "place", "Szijjarto in [[Beijing]]", 0, CITY("Beijing", "CN")),
    ("r04", "place", "[[China]] has been", 0, CN),
    ("r04", "place", "been [[Hungary]]'s largest", 0, HU),
    ("r04", "place", "Astana", 0, CITY("Astana", "KZ")),
    ("r04", "place", "between [[China]] and the five", 0, CN),
    ("r04", "place", "five [[Central Asian]] countries", 0, REG("Central Asia")),
    ("r04", "place", "the [[Kazakh]] government", 0, KZ),
    ("r04", "place", "Turkistan", 0, REG("Turkistan", "KZ")),
    ("r04", "place", "buses to [[Tashkent]]", 0, TASHKENT),
    ("r04", "place", "visited [[Kenya]]", 0, KE),
    ("r04", "place", "the [[China]]-Kenya e-commerce", 0, CN),
    ("r04", "place", "China-[[Kenya]] e-commerce", 0, KE),
    ("r04", "place", "Mombasa", 0, CITY("Mombasa", "KE")),
    ("r04", "place", "Shanghai", 0, CITY("Shanghai", "CN")),
    ("r04", "place", "Washington", 0, CITY("Washington", "US")),
    ("r04", "place", "[[China]]'s export", 0, CN),
    # summits (the regular press conference is no named gathering (extra4); each mention of a named
    # forum, summit or expo is a fact, "CIIE" included; the ordinals stay in the names (extra11); the
    # Section 301 hearing is unnamed)
    ("r04", "summit", CUIF, 0, S(CUIF, "2025-11-25", "Tashkent")),
    ("r04", "summit", CCACF, 0, S(CCACF, "2025-12-10/2025-12-11", "Urumqi")),
    ("r04", "summit", CCAS2, 0, S(CCAS2, "2025-06", "Astana")),
    ("r04", "summit", BRF3, 0, S(BRF3, "2023-10")),
    ("r04", "summit", CIIE8, 0, S(CIIE8, "2025-11-05/2025-11-10", "Shanghai")),
    ("r04", "summit", "([[CIIE]])", 0, S(CIIE8, "2025-11-05/2025-11-10", "Shanghai")),
    ("r04", "summit", "the [[CIIE]].", 0, S(CIIE8, "2025-11-05/2025-11-10", "Shanghai")),
    # events ("will visit", "will be held", "are expected to attend", "adjust": future; "made ...
    # investment", "Newly signed contracts", "had built ... zones", "tentative deals ... were reached":
    # tallies of many firms (extra4); "set up a financing window", "approved loans": financing; "held
    # talks" (the question) anchors the meeting that "met with" retells, dated by the answer; the
    # minister stands for the ministry the document names (extra5), the Hungarian minister (a title
    # naming no body) for Hungary; the MoU signing and the witnessed signing of the commercial
    # agreements are two occurrences, the latter's signatories unnamed, its witnesses taking part
    # (y07/extra11) and its count the amount (extra13); the Kazakh government's signing (no place told
    # for the signing itself); Yutong's delivery placed at the city; the vice minister's visit and the
    # launching ceremony he attended, each placed and dated by the text)
    ("r04", "event", "held [[talks]]", 0, E("meeting", "2025-11-17", "Beijing", ["Hungary", MOC])),
    ("r04", "event", "ministers [[signed]]", 0, E("signing", "2025-11-17", "Beijing", [MOC, "Hungary"])),
    ("r04", "event", "witnessed the [[signing]]", 0,
     E("signing", "2025-11-17", "Beijing", [MOC, "Hungary"], Q("9", "agreement"))),
    ("r04", "event", "(CEEC) [[signed]]", 0, E("signing", "2025-09", None, ["Kazakhstan", CEEC])),
    ("r04", "event", "Yutong [[delivered]]", 0, E("delivery", "2025-10", "Tashkent", ["Yutong"], Q("120", "bus"))),
    ("r04", "event", "Ling Ji [[visited]]", 0, E("visit", "2025-11-03/2025-11-06", "Kenya", [MOC])),
    ("r04", "event", "launching ceremony", 0, E("ceremony", "2025-11-05", "Mombasa", [MOC])),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "r*.txt")
