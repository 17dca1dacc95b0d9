#!/usr/bin/env python3
"""Build tests/data/extra21/gold.jsonl from hand annotations of the k*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (an Arab News story on a
PIF-owned company's SR4.5bn solar wafer deal with LONGi signed on the sidelines of the Future
Investment Initiative, with SR/yuan/AED/fils amounts, GW and an Abu Dhabi power purchase agreement;
a Global New Light of Myanmar story on an MoU for the ESIA of the Muse-Mandalay railway signed in
Nay Pyi Taw, with kyat/US$ amounts, long official titles, Myanmar fiscal years and a donation of
locomotives; a Hungary Today story on BYD's Szeged plant, battery plants and the Budapest-Belgrade
railway's delays, with HUF/EUR amounts, GWh, a government commissioner, jobs and deadlines; a Daily FT
story on Sinopec's 99-year lease of 800 acres in Hambantota and a Port City data centre, with
Rs./LKR/US$/HK$ amounts and acres) written BLIND: annotated from shared/gold/NOTES.md and
shared/spec/facts.md alone, without running bri_corpus on them, so that they measure the
extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra19/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - "fils" (a hundredth of the dirham) is AED money: "4.9 fils per kWh" -> 0.049 AED, the rate
    outside the span (extra18's unit price); "SR" before an amount is the riyal (SAR);
  - "fell below 0.7 yuan": "below" is a qualifier preposition like "over"/"above", inside the span
    (lt); "less than 100 metres" likewise (lt);
  - "Vision 2030" is a programme's name: its year is no date (NOTES: dates inside names);
  - a demonym for a country's people inside a quantity ("about 1,200 Chinese and Emirati
    engineers") stays in the span (extra15) and each demonym is a place; "Emirati" is the UAE,
    named as the document names the country ("UAE");
  - a signing attended by a minister whose ministry the document names ("Energy Minister" and "the
    Ministry of Energy") adds that ministry (extra5); a forum's dates and city give the signing
    held "on the sidelines" its location (extra5), its date being the day the text gives;
  - a sentence-initial locative ("In the UAE, ... signed") gives the signing's location;
  - Myanmar's capitalised "Shan State", "Mandalay Region", "Yunnan Province", "Hsipaw Township" and
    Sri Lanka's "Hambantota District" are regions as written (p03's "Copperbelt Province");
  - an MoU whose work is costed "under the MoU" takes that cost as its amount; a lease signing
    takes the leased area as its amount (its rent and premium are payments under it, and the
    refinery's cost belongs to a later project);
  - "Chargé d'Affaires of the Embassy of ..." tags the embassy (extra5: a body named in a title)
    and "the Chinese Embassy" later is the same organisation; officials of it attending a handover
    take part in the donation;
  - a head of state's "state visit to Beijing in January" is a visit dated by the text, the
    signing "when the two governments signed 15 agreements" a signing with the count as its
    amount (extra13), placed and dated by the visit;
  - "Test runs ... began", "approved" (a commission's or cabinet's decision), "is supporting it with
    a ... grant", "agreed to lend", "has operated ... since 2023": no event type;
  - "the Commission" after the commission's full name is an anaphor, as extra11's "the Bank";
    "the Kingdom" an anaphor (x12); "Cabinet" and "Cabinet Spokesman" generic/titles (y03);
  - a person named like a city ("Dr. Kandy Wijesinghe") is no place (extra6/extra11); a law's
    title and section/clause numbers ("Strategic Development Projects Act No. 14 of 2008",
    "section 52", "clause 14.2") are identifiers: no date, no quantity (extra17);
  - a Hungarian header date "2025.06.11." is the date (trailing dot outside); "the summer of
    2026" -> TIMEX3's season code 2026-SU (extra11's "last autumn");
  - a stock exchange code ("601012", "0386") is an identifier; "HKEX" before it an organisation (y06);
  - "BYD" and "BYD Auto Hungary Kft." are different organisations (a subsidiary with its own
    legal name), as NOTES' CETC and CETC International;
  - a headline's "Government Commissioner" and the body's lower-case "government commissioner" are
    titles naming no body; "Foreign Minister" names no ministry here, so the minister stands for
    Hungary (extra5).
Run:  .venv/bin/python tests/data/extra21/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= k01 Arab News, Riyadh (Updated 29 October 2025, a Wednesday)
SA = C("Saudi Arabia", "SA")
UAE = C("UAE", "AE")
RUH = CITY("Riyadh", "SA")
RAK = CITY("Ras Al-Khair", "SA")
PIF = "Public Investment Fund"
RELC = "Renewable Energy Localization Company"
LONGI = "LONGi Green Energy Technology Co."
SIDF = "Saudi Industrial Development Fund"
CEEC = "China Energy Engineering Corp."
EWEC = "Emirates Water and Electricity Company"
FII = "Future Investment Initiative"
ADSW = "Abu Dhabi Sustainability Week"
A01 = [
    # dates ("Vision 2030": a name; "over the next five years": a spelled-out duration; the Related
    # and copyright lines are chrome)
    ("k01", "date", "29 October 2025", 0, "2025-10-29"),
    ("k01", "date", "on [[Tuesday]] to build", 0, "2025-10-28"),
    ("k01", "date", "Oct. 28 to 30", 0, "2025-10-28/2025-10-30"),
    ("k01", "date", "the second half of 2027", 0, "2027-H2"),
    ("k01", "date", "by [[2030]]", 0, "2030"),
    ("k01", "date", "the end of June", 0, "2025-06"),
    ("k01", "date", "last week", 0, "2025-W43"),
    ("k01", "date", "in [[August]]", 0, "2025-08"),
    ("k01", "date", "March last year", 0, "2024-03"),
    ("k01", "date", "the first half of the year", 0, "2025-H1"),
    ("k01", "date", "on [[Monday]]", 0, "2025-10-27"),
    ("k01", "date", "in [[January]]", 0, "2025-01"),
    ("k01", "date", "the fourth quarter of 2027", 0, "2027-Q4"),
    ("k01", "date", "forum on [[Tuesday]]", 0, "2025-10-28"),
    # money ("SR" is the riyal; "fils" a hundredth of the dirham; "per watt", "per kWh" outside)
    ("k01", "money", "SR4.5bn", 0, M("4500000000", "SAR")),
    ("k01", "money", "SR4.5 billion", 0, M("4500000000", "SAR")),
    ("k01", "money", "$1.2 billion", 0, M("1200000000", "USD")),
    ("k01", "money", "up to SR1.8 billion", 0, M("1800000000", "SAR", "le")),
    ("k01", "money", "2.57 billion yuan", 0, M("2570000000", "CNY")),
    ("k01", "money", "below 0.7 yuan", 0, M("0.7", "CNY", "lt")),
    ("k01", "money", "4.9 fils", 0, M("0.049", "AED")),
    ("k01", "money", "AED2.2 billion", 0, M("2200000000", "AED")),
    ("k01", "money", "more than $925 billion", 0, M("925000000000", "USD", "gt")),
    ("k01", "money", "SR150 billion", 0, M("150000000000", "SAR")),
    # quantities ("half of its electricity": no digits; "601012": a stock code; "13%" in chrome)
    ("k01", "quantity", "10 GW", 0, Q("10", "GW")),
    ("k01", "quantity", "5 GW", 0, Q("5", "GW")),
    ("k01", "quantity", "about 1,800 people", 0, Q("1800", "person", "approx")),
    ("k01", "quantity", "at least 60 percent", 0, Q("60", "%", "ge")),
    ("k01", "quantity", "51 percent", 0, Q("51", "%")),
    ("k01", "quantity", "49 percent", 0, Q("49", "%")),
    ("k01", "quantity", "12.3 GW", 0, Q("12.3", "GW")),
    ("k01", "quantity", "2.6 GW", 0, Q("2.6", "GW")),
    ("k01", "quantity", "1.5 GW", 0, Q("1.5", "GW")),
    ("k01", "quantity", "1.5 GW", 1, Q("1.5", "GW")),
    ("k01", "quantity", "some 2,900 hectares", 0, Q("2900", "ha", "approx")),
    ("k01", "quantity", "40,000 tons", 0, Q("40000", "t")),
    ("k01", "quantity", "about 1,200 Chinese and Emirati engineers", 0, Q("1200", "engineer", "approx")),
    ("k01", "quantity", "70 percent", 0, Q("70", "%")),
    # organisations (the masthead is text, the copyright line chrome; "PIF" is the fund the body
    # names; "the fund", "the company", "the venture": generic; "Energy Minister": a title; Saudi
    # inside the SPA's, SIDF's and the venture's names and Abu Dhabi inside ADSW are not tagged)
    ("k01", "organisation", "Arab News", 0, O("Arab News")),
    ("k01", "organisation", "PIF", 0, O(PIF)),
    ("k01", "organisation", "RELC", 0, O(RELC)),
    ("k01", "organisation", "China's [[LONGi]] sign", 0, O(LONGI)),
    ("k01", "organisation", PIF, 0, O(PIF)),
    ("k01", "organisation", LONGI, 0, O(LONGI)),
    ("k01", "organisation", RELC, 0, O(RELC)),
    ("k01", "organisation", "known as [[RELC]]", 0, O(RELC)),
    ("k01", "organisation", "[[LONGi]] president", 0, O(LONGI)),
    ("k01", "organisation", "Saudi Press Agency", 0, O("Saudi Press Agency")),
    ("k01", "organisation", "[[RELC]] will hold", 0, O(RELC)),
    ("k01", "organisation", "Saudi LONGi Solar Manufacturing Co.", 0, O("Saudi LONGi Solar Manufacturing Co.")),
    ("k01", "organisation", SIDF, 0, O(SIDF)),
    ("k01", "organisation", "([[SIDF]])", 0, O(SIDF)),
    ("k01", "organisation", "Ministry of Energy", 0, O("Ministry of Energy")),
    ("k01", "organisation", CEEC, 0, O(CEEC)),
    ("k01", "organisation", "PowerChina", 0, O("PowerChina")),
    ("k01", "organisation", "[[LONGi]], whose", 0, O(LONGI)),
    ("k01", "organisation", "Al Rajhi Capital", 0, O("Al Rajhi Capital")),
    ("k01", "organisation", EWEC, 0, O(EWEC)),
    ("k01", "organisation", "([[EWEC]])", 0, O(EWEC)),
    ("k01", "organisation", "Masdar", 0, O("Masdar")),
    ("k01", "organisation", "Jinko Power", 0, O("Jinko Power")),
    ("k01", "organisation", "Masdar", 1, O("Masdar")),
    ("k01", "organisation", "The [[Public Investment Fund]], which", 0, O(PIF)),
    ("k01", "organisation", "ACWA Power", 0, O("ACWA Power")),
    ("k01", "organisation", "[[PIF]] Governor", 0, O(PIF)),
    # places ("the Madinah region": the generic noun outside; "the Kingdom": an anaphor; "US
    # tariffs": the country; "Emirati": the UAE as the document names it)
    ("k01", "place", "[[China]]'s LONGi sign", 0, CN),
    ("k01", "place", "plant in [[Ras Al-Khair]]\n", 0, RAK),
    ("k01", "place", "RIYADH", 0, RUH),
    ("k01", "place", "with [[China]]'s LONGi", 0, CN),
    ("k01", "place", "factory in [[Ras Al-Khair]]", 0, RAK),
    ("k01", "place", "in [[Riyadh]] from", 0, RUH),
    ("k01", "place", "[[Saudi]] nationals", 0, SA),
    ("k01", "place", "the [[Chinese]] company", 0, CN),
    ("k01", "place", "[[Chinese]] Ambassador", 0, CN),
    ("k01", "place", "[[Saudi Arabia]] aims", 0, SA),
    ("k01", "place", "[[Chinese]] contractors", 0, CN),
    ("k01", "place", "Al-Shuaibah", 0, CITY("Al-Shuaibah", "SA")),
    ("k01", "place", "Makkah", 0, CITY("Makkah", "SA")),
    ("k01", "place", "Al-Henakiyah", 0, CITY("Al-Henakiyah", "SA")),
    ("k01", "place", "Madinah", 0, REG("Madinah", "SA")),
    ("k01", "place", "Shanghai", 0, CITY("Shanghai", "CN")),
    ("k01", "place", "the [[Saudi]] plant", 0, SA),
    ("k01", "place", "outside [[China]]", 0, CN),
    ("k01", "place", "[[US]] tariffs", 0, C("US", "US")),
    ("k01", "place", "In the [[UAE]]", 0, UAE),
    ("k01", "place", "[[Abu Dhabi]]'s Emirates", 0, CITY("Abu Dhabi", "AE")),
    ("k01", "place", "Al Dhafra", 0, REG("Al Dhafra", "AE")),
    ("k01", "place", "Tianjin", 0, CITY("Tianjin", "CN")),
    ("k01", "place", "1,200 [[Chinese]] and", 0, CN),
    ("k01", "place", "Emirati", 0, UAE),
    # summits ("the forum" later: an anaphor)
    ("k01", "summit", FII, 0, S(FII, "2025-10-28/2025-10-30", "Riyadh")),
    ("k01", "summit", ADSW, 0, S(ADSW, "2025-01", "Abu Dhabi")),
    # events (the headline "sign" anchors the RELC-LONGi signing ("signed an agreement", "was
    # signed", "attended the signing": the same occurrence), placed by the forum; the Energy
    # Minister stands for the ministry the text names, the Ambassador for China; "to build",
    # "will employ", "has agreed to lend", "plans to invest", "will use": future; "had connected",
    # "posted a net loss", "was announced": figures/no type; "are building much of the rest": no
    # single occurrence; the Al-Shuaibah completion and the Al-Henakiyah start are two building works)
    (
        "k01",
        "event",
        "LONGi [[sign]]",
        0,
        E("signing", "2025-10-28", "Riyadh", [RELC, LONGI, "Ministry of Energy", "China"], M("4500000000", "SAR")),
    ),
    ("k01", "event", "completed", 0, E("construction", "2025-08", "Al-Shuaibah", [CEEC], Q("2.6", "GW"))),
    ("k01", "event", "began work", 0, E("construction", "2024-03", "Al-Henakiyah", ["PowerChina"], Q("1.5", "GW"))),
    ("k01", "event", "(EWEC) [[signed]]", 0, E("signing", "2025-10-27", "UAE", [EWEC, "Masdar", "Jinko Power"])),
]

# ================================= k02 The Global New Light of Myanmar (18 September 2025)
MM = C("Myanmar", "MM")
NPT = CITY("Nay Pyi Taw", "MM")
MUSE = CITY("Muse", "MM")
MDY = CITY("Mandalay", "MM")
YGN = CITY("Yangon", "MM")
GNLM = "The Global New Light of Myanmar"
MOTC = "Ministry of Transport and Communications"
CREC = "China Railway Group Limited"
EMB = "Embassy of the People's Republic of China in Myanmar"
MR = "Myanma Railways"
A02 = [
    # dates ("yesterday morning": the part of day outside (extra6); Myanmar's fiscal year runs April
    # to March (extra6); "year-on-year": no calendar point; "in 18 months": a quantity)
    ("k02", "date", "18 September 2025", 0, "2025-09-18"),
    ("k02", "date", "17 Sept", 0, "2025-09-17"),
    ("k02", "date", "yesterday", 0, "2025-09-17"),
    ("k02", "date", "the 2024-2025 fiscal year", 0, "2024-04/2025-03"),
    ("k02", "date", "April this year", 0, "2025-04"),
    ("k02", "date", "the end of 2025", 0, "2025"),
    ("k02", "date", "the first five months of the 2025-2026 fiscal year", 0, "2025-04/2025-08"),
    ("k02", "date", "9 September", 0, "2025-09-09"),
    ("k02", "date", "12 September", 0, "2025-09-12"),
    # money ("Ks" is the kyat, MMK; "was estimated to cost": no qualifier)
    ("k02", "money", "US$ 9.6 million", 0, M("9600000", "USD")),
    ("k02", "money", "Ks 6.5 trillion", 0, M("6500000000000", "MMK")),
    ("k02", "money", "about US$ 3.1 billion", 0, M("3100000000", "USD", "approx")),
    ("k02", "money", "Ks 52.7 billion", 0, M("52700000000", "MMK")),
    ("k02", "money", "US$ 2.38 billion", 0, M("2380000000", "USD")),
    # quantities ("about five hours": a spelled-out duration (extra10); "first 130 km section",
    # "third meeting", "105th Mile": ranks and a name; "a year" outside; the phone number: none)
    ("k02", "quantity", "431-kilometre", 0, Q("431", "km")),
    ("k02", "quantity", "18 months", 0, Q("18", "month")),
    ("k02", "quantity", "28 townships", 0, Q("28", "township")),
    ("k02", "quantity", "about 3,400 households", 0, Q("3400", "household", "approx")),
    ("k02", "quantity", "less than 100 metres", 0, Q("100", "m", "lt")),
    ("k02", "quantity", "16 hours", 0, Q("16", "hour")),
    ("k02", "quantity", "up to 10 million tonnes", 0, Q("10000000", "t", "le")),
    ("k02", "quantity", "12 stations", 0, Q("12", "station")),
    ("k02", "quantity", "76 tunnels", 0, Q("76", "tunnel")),
    ("k02", "quantity", "148 km", 0, Q("148", "km")),
    ("k02", "quantity", "143 bridges", 0, Q("143", "bridge")),
    ("k02", "quantity", "130 km", 0, Q("130", "km")),
    ("k02", "quantity", "11 per cent", 0, Q("11", "%")),
    ("k02", "quantity", "nearly 60 per cent", 0, Q("60", "%", "lt")),
    ("k02", "quantity", "20 diesel locomotives", 0, Q("20", "locomotive")),
    # organisations (the all-caps masthead is the paper; "ESIA", "CMEC": a study and a programme;
    # "the ministry", "their joint committee": generic; the Union Ministers' titles name no body; the
    # chargé's title names the embassy (extra5), "the Chinese Embassy" is the same body; "- MNA": the
    # agency's credit, text (u06); the translator line is a person)
    ("k02", "organisation", "THE GLOBAL NEW LIGHT OF MYANMAR", 0, O(GNLM)),
    ("k02", "organisation", MOTC, 0, O(MOTC)),
    ("k02", "organisation", CREC, 0, O(CREC)),
    ("k02", "organisation", "([[CREC]])", 0, O(CREC)),
    ("k02", "organisation", "of [[CREC]] Mr", 0, O(CREC)),
    ("k02", "organisation", EMB, 0, O(EMB)),
    ("k02", "organisation", "MoU, [[CREC]] will", 0, O(CREC)),
    ("k02", "organisation", MR, 0, O(MR)),
    ("k02", "organisation", "Central Bank of Myanmar", 0, O("Central Bank of Myanmar")),
    ("k02", "organisation", MR, 1, O(MR)),
    ("k02", "organisation", "Ministry of Commerce", 0, O("Ministry of Commerce")),
    ("k02", "organisation", MR, 2, O(MR)),
    ("k02", "organisation", "CRRC Ziyang Co., Ltd.", 0, O("CRRC Ziyang Co., Ltd.")),
    ("k02", "organisation", "Chinese Embassy", 0, O(EMB)),
    ("k02", "organisation", "MNA", 0, O("MNA")),
    # places (the railway's towns are tagged (extra12); the zone's town too (u06); places in the
    # corridor's name count (x03); Myanmar/China inside the embassy's, the bank's and CREC's names
    # are not tagged; "the Chinese side": a demonym)
    ("k02", "place", "MoU signed on ESIA for [[Muse]]", 0, MUSE),
    ("k02", "place", "ESIA for Muse-[[Mandalay]]", 0, MDY),
    ("k02", "place", "NAY PYI TAW", 0, NPT),
    ("k02", "place", "(ESIA) for the [[Muse]]-Mandalay", 0, MUSE),
    ("k02", "place", "(ESIA) for the Muse-[[Mandalay]]", 0, MDY),
    ("k02", "place", "office in [[Nay Pyi Taw]]", 0, NPT),
    ("k02", "place", "the [[Chinese]] side", 0, CN),
    ("k02", "place", "Shan State", 0, REG("Shan State", "MM")),
    ("k02", "place", "Mandalay Region", 0, REG("Mandalay Region", "MM")),
    ("k02", "place", "the [[China]]-Myanmar Economic", 0, CN),
    ("k02", "place", "China-[[Myanmar]] Economic", 0, MM),
    ("k02", "place", "between [[Muse]] and", 0, MUSE),
    ("k02", "place", "Muse and [[Mandalay]] from", 0, MDY),
    ("k02", "place", "from [[Muse]] to", 0, MUSE),
    ("k02", "place", "Lashio", 0, CITY("Lashio", "MM")),
    ("k02", "place", "year, [[Myanmar]] and", 0, MM),
    ("k02", "place", "Myanmar and [[China]] held", 0, CN),
    ("k02", "place", "Kunming", 0, CITY("Kunming", "CN")),
    ("k02", "place", "Yunnan Province", 0, REG("Yunnan Province", "CN")),
    ("k02", "place", "Hsipaw Township", 0, REG("Hsipaw Township", "MM")),
    ("k02", "place", "The [[Muse]] 105th", 0, MUSE),
    ("k02", "place", "[[Myanmar]]'s border", 0, MM),
    ("k02", "place", "trade with [[China]]", 0, CN),
    ("k02", "place", "donated by [[China]]", 0, CN),
    ("k02", "place", "at [[Yangon]] port", 0, YGN),
    ("k02", "place", "ceremony in [[Yangon]]", 0, YGN),
    # events (the headline "signed" anchors the MoU's signing ("signed a memorandum", "signed the
    # MoU", "Speaking at the ceremony": the same occurrence); the transport Union Minister stands
    # for his ministry (extra5), the investment Union Minister, whose ministry is not named, for
    # Myanmar; the chargé's embassy attends; "will complete", "would cut", "agreed to begin": future;
    # "was estimated", "earned", "handled": figures; "held the third meeting": a meeting; the
    # donation takes its handover's date and place (extra6), "arrived" a sub-step)
    (
        "k02",
        "event",
        "MoU [[signed]]",
        0,
        E("signing", "2025-09-17", "Nay Pyi Taw", [MOTC, CREC, "Myanmar", EMB], M("9600000", "USD")),
    ),
    ("k02", "event", "third [[meeting]]", 0, E("meeting", "2025-04", "Kunming", ["Myanmar", "China"])),
    (
        "k02",
        "event",
        "donated",
        0,
        E("donation", "2025-09-12", "Yangon", ["China", MR, EMB], Q("20", "locomotive")),
    ),
]

# ================================= k03 Hungary Today (2025.06.11., a Wednesday)
HU = C("Hungary", "HU")
SZEGED = CITY("Szeged", "HU")
EUROPE = REG("Europe")
KELEBIA = CITY("Kelebia", "HU")
CSCEC3 = "China Construction Third Engineering Bureau Co., Ltd."
HIPA = "Hungarian Investment Promotion Agency"
SUNWODA = "Sunwoda Electric Vehicle Battery Co., Ltd."
EXIM = "Export-Import Bank of China"
A03 = [
    # dates (the header "2025.06.11." without its trailing dot; "four months behind": a spelled-out
    # duration; "the summer of 2026" a season (extra11); the Related/Tags/copyright lines are chrome)
    ("k03", "date", "in [[October]], Government", 0, "2025-10"),
    ("k03", "date", "2025.06.11", 0, "2025-06-11"),
    ("k03", "date", "in [[October]], the government", 0, "2025-10"),
    ("k03", "date", "on [[Tuesday]]", 0, "2025-06-10"),
    ("k03", "date", "the end of May", 0, "2025-05"),
    ("k03", "date", "August 31", 0, "2025-08-31"),
    ("k03", "date", "by [[2028]]", 0, "2028"),
    ("k03", "date", "the end of 2027", 0, "2027"),
    ("k03", "date", "on [[Monday]]", 0, "2025-06-09"),
    ("k03", "date", "in [[2030]]", 0, "2030"),
    ("k03", "date", "On [[Tuesday]]", 0, "2025-06-10"),
    ("k03", "date", "March 2024", 0, "2024-03"),
    ("k03", "date", "the first quarter of 2026", 0, "2026-Q1"),
    ("k03", "date", "last year", 0, "2024"),
    ("k03", "date", "in [[May]]", 0, "2025-05"),
    ("k03", "date", "the summer of 2026", 0, "2026-SU"),
    ("k03", "date", "April 22", 0, "2025-04-22"),
    ("k03", "date", "April 2020", 0, "2020-04"),
    ("k03", "date", "October 2024", 0, "2024-10"),
    # money ("for each week" outside)
    ("k03", "money", "HUF 25 million", 0, M("25000000", "HUF")),
    ("k03", "money", "more than EUR 4 billion", 0, M("4000000000", "EUR", "gt")),
    ("k03", "money", "roughly HUF 1,600 billion", 0, M("1600000000000", "HUF", "approx")),
    ("k03", "money", "HUF 48.5 billion", 0, M("48500000000", "HUF")),
    ("k03", "money", "HUF 210 billion", 0, M("210000000000", "HUF")),
    ("k03", "money", "EUR 1 billion", 0, M("1000000000", "EUR")),
    ("k03", "money", "EUR 11.6 billion", 0, M("11600000000", "EUR")),
    ("k03", "money", "EUR 2.1 billion", 0, M("2100000000", "EUR")),
    # quantities ("clause 14.2": an identifier; "Every second", "first": ranks; "a year" outside)
    ("k03", "quantity", "300 hectares", 0, Q("300", "ha")),
    ("k03", "quantity", "150,000 electric cars", 0, Q("150000", "car")),
    ("k03", "quantity", "300,000 cars", 0, Q("300000", "car")),
    ("k03", "quantity", "About 1,200 people", 0, Q("1200", "person", "approx")),
    ("k03", "quantity", "5,500 people", 0, Q("5500", "person")),
    ("k03", "quantity", "20 GWh", 0, Q("20", "GWh")),
    ("k03", "quantity", "1,000 workers", 0, Q("1000", "worker")),
    ("k03", "quantity", "28 GWh", 0, Q("28", "GWh")),
    ("k03", "quantity", "almost 44 percent", 0, Q("44", "%", "lt")),
    ("k03", "quantity", "152-kilometre", 0, Q("152", "km")),
    ("k03", "quantity", "160 km/h", 0, Q("160", "km/h")),
    ("k03", "quantity", "85 percent", 0, Q("85", "%")),
    ("k03", "quantity", "20-year", 0, Q("20", "year")),
    # organisations (the masthead is text, Hungary inside it not tagged; "the contractor", "the
    # company", "the agency", "the government": generic; "Government Commissioner", "Foreign
    # Minister": titles; BYD's Hungarian subsidiary is its own organisation)
    ("k03", "organisation", "[[Hungary Today]]\n", 0, O("Hungary Today")),
    ("k03", "organisation", "[[BYD]]'s Szeged", 0, O("BYD")),
    ("k03", "organisation", "carmaker [[BYD]]", 0, O("BYD")),
    ("k03", "organisation", CSCEC3, 0, O(CSCEC3)),
    ("k03", "organisation", "[[BYD]] puts", 0, O("BYD")),
    ("k03", "organisation", "BYD Auto Hungary Kft.", 0, O("BYD Auto Hungary Kft.")),
    ("k03", "organisation", "with [[BYD]] Executive", 0, O("BYD")),
    ("k03", "organisation", HIPA, 0, O(HIPA)),
    ("k03", "organisation", "([[HIPA]])", 0, O(HIPA)),
    ("k03", "organisation", SUNWODA, 0, O(SUNWODA)),
    ("k03", "organisation", "EVE Power Hungary Kft.", 0, O("EVE Power Hungary Kft.")),
    ("k03", "organisation", "BMW", 0, O("BMW")),
    ("k03", "organisation", "that [[HIPA]] registered", 0, O(HIPA)),
    ("k03", "organisation", EXIM, 0, O(EXIM)),
    # places ("European" a regional adjective (NOTES); "the Hungarian government": the country;
    # "Shenzhen-based": the city; the railway's cities are tagged; Hungary inside the companies'
    # and HIPA's names and China inside the bank's are not; Győr, Szeged in chrome: none)
    ("k03", "place", "BYD's [[Szeged]] Plant", 0, SZEGED),
    ("k03", "place", "[[Chinese]] carmaker", 0, CN),
    ("k03", "place", "European", 0, EUROPE),
    ("k03", "place", "edge of [[Szeged]]", 0, SZEGED),
    ("k03", "place", "the [[Hungarian]] government", 0, HU),
    ("k03", "place", "in [[Europe]] in", 0, EUROPE),
    ("k03", "place", "made in [[Hungary]]", 0, HU),
    ("k03", "place", "in [[Budapest]] with", 0, CITY("Budapest", "HU")),
    ("k03", "place", "Nyíregyháza", 0, CITY("Nyíregyháza", "HU")),
    ("k03", "place", "Shenzhen", 0, CITY("Shenzhen", "CN")),
    ("k03", "place", "Debrecen", 0, CITY("Debrecen", "HU")),
    ("k03", "place", "[[Chinese]] companies", 0, CN),
    ("k03", "place", "in [[Hungary]] last", 0, HU),
    ("k03", "place", "the [[Hungarian]] section of", 0, HU),
    ("k03", "place", "the [[Budapest]]-Belgrade", 0, CITY("Budapest", "HU")),
    ("k03", "place", "Budapest-[[Belgrade]]", 0, CITY("Belgrade", "RS")),
    ("k03", "place", "Soroksár", 0, CITY("Soroksár", "HU")),
    ("k03", "place", "and [[Kelebia]] began", 0, KELEBIA),
    ("k03", "place", "billion [[Hungarian]] section", 0, HU),
    ("k03", "place", "that [[Hungary]] signed", 0, HU),
    ("k03", "place", "The [[Serbian]] section", 0, C("Serbia", "RS")),
    ("k03", "place", "the [[Kelebia]] border", 0, KELEBIA),
    ("k03", "place", "to [[Belgrade]], was", 0, CITY("Belgrade", "RS")),
    ("k03", "place", "Novi Sad", 0, CITY("Novi Sad", "RS")),
    ("k03", "place", "Subotica", 0, CITY("Subotica", "RS")),
    # events ("built by ... was completed at the end of May" is one completed building work, anchored
    # on the first mention "built" (extra10); the minister "visited" the site, standing for Hungary;
    # HIPA's signing with Sunwoda; "broke ground" the start of Sunwoda's building work; the loan
    # agreement "signed"; "was opened to passenger traffic" an opening (extra6); "will start series
    # production", "is to be finished", "due for completion", "will not start": future; "Test runs
    # ... began": no type; "is supporting it with a ... grant": financing; "accounted for": a figure)
    ("k03", "event", "built", 0, E("construction", "2025-05", "Szeged", [CSCEC3])),
    ("k03", "event", "visited", 0, E("visit", "2025-06-09", "Szeged", ["Hungary", "BYD"])),
    ("k03", "event", "(HIPA) [[signed]]", 0, E("signing", "2025-06-10", "Budapest", [HIPA, SUNWODA])),
    (
        "k03",
        "event",
        "broke ground",
        0,
        E("construction", "2024-03", "Nyíregyháza", [SUNWODA], M("210000000000", "HUF")),
    ),
    ("k03", "event", "Hungary [[signed]]", 0, E("signing", "2020-04", None, ["Hungary", EXIM])),
    ("k03", "event", "was [[opened]] to passenger", 0, E("ceremony", "2024-10")),
]

# ================================= k04 Daily FT (Thursday, 7 August 2025 00:10)
LK = C("Sri Lanka", "LK")
HAMB = CITY("Hambantota", "LK")
HAMBD = REG("Hambantota District", "LK")
CMB = CITY("Colombo", "LK")
SINOPEC = "China Petroleum and Chemical Corporation"
BOI = "Board of Investment of Sri Lanka"
HIPG = "Hambantota International Port Group"
CPCEC = "Colombo Port City Economic Commission"
CMI = "China Mobile International Ltd."
A04 = [
    # dates (the weekday heads the header date, inside its span (extra18); "every five years",
    # "42 months": no calendar point; "2008" in the Act's title: a name; "year-on-year": none)
    ("k04", "date", "Thursday, 7 August 2025 00:10", 0, "2025-08-07T00:10"),
    ("k04", "date", "yesterday", 0, "2025-08-06"),
    ("k04", "date", "the first quarter of 2026", 0, "2026-Q1"),
    ("k04", "date", "in [[January]]", 0, "2025-01"),
    ("k04", "date", "on [[28 July]]", 0, "2025-07-28"),
    ("k04", "date", "since [[2023]]", 0, "2023"),
    ("k04", "date", "last week", 0, "2025-W31"),
    ("k04", "date", "the first half of the year", 0, "2025-H1"),
    ("k04", "date", "on [[Tuesday]]", 0, "2025-08-05"),
    ("k04", "date", "the end of 2027", 0, "2027"),
    ("k04", "date", "in [[2021]]", 0, "2021"),
    ("k04", "date", "the first quarter of 2025", 0, "2025-Q1"),
    ("k04", "date", "on [[Wednesday]]", 0, "2025-08-06"),
    # money ("Rs." and "LKR" are the rupee (w06); "US$ 3.7 b": "b" is billion; "HK$" the Hong
    # Kong dollar, a share price (j03))
    ("k04", "money", "US$ 3.7 b", 0, M("3700000000", "USD")),
    ("k04", "money", "US$ 3.7 billion", 0, M("3700000000", "USD")),
    ("k04", "money", "US$ 24 million", 0, M("24000000", "USD")),
    ("k04", "money", "Rs. 1.2 billion", 0, M("1200000000", "LKR")),
    ("k04", "money", "Rs. 150 million", 0, M("150000000", "LKR")),
    ("k04", "money", "LKR 27.6 billion", 0, M("27600000000", "LKR")),
    ("k04", "money", "US$ 92 million", 0, M("92000000", "USD")),
    ("k04", "money", "US$ 1.45 billion", 0, M("1450000000", "USD")),
    ("k04", "money", "US$ 417 million", 0, M("417000000", "USD")),
    ("k04", "money", "about US$ 37 billion", 0, M("37000000000", "USD", "approx")),
    ("k04", "money", "HK$ 4.21", 0, M("4.21", "HKD")),
    # quantities ("of State land", "of crude a day" outside; "No. 14", "section 52", "0386":
    # identifiers; "every five years": spelled-out)
    ("k04", "quantity", "99-year", 0, Q("99", "year")),
    ("k04", "quantity", "800 acres", 0, Q("800", "acre")),
    ("k04", "quantity", "99-year", 1, Q("99", "year")),
    ("k04", "quantity", "800 acres", 1, Q("800", "acre")),
    ("k04", "quantity", "200,000 barrels", 0, Q("200000", "barrel")),
    ("k04", "quantity", "at least 60%", 0, Q("60", "%", "ge")),
    ("k04", "quantity", "42 months", 0, Q("42", "month")),
    ("k04", "quantity", "15 agreements", 0, Q("15", "agreement")),
    ("k04", "quantity", "20-year", 0, Q("20", "year")),
    ("k04", "quantity", "12 schools", 0, Q("12", "school")),
    ("k04", "quantity", "182,000 tonnes", 0, Q("182000", "t")),
    ("k04", "quantity", "34%", 0, Q("34", "%")),
    ("k04", "quantity", "214,500 units", 0, Q("214500", "unit")),
    ("k04", "quantity", "5.9-acre", 0, Q("5.9", "acre")),
    ("k04", "quantity", "60 MW", 0, Q("60", "MW")),
    ("k04", "quantity", "about 350 high-skilled jobs", 0, Q("350", "job", "approx")),
    ("k04", "quantity", "31 projects", 0, Q("31", "project")),
    ("k04", "quantity", "15%", 0, Q("15", "%")),
    # organisations (the masthead is text, the copyright line chrome; "Sinopec" is the company's
    # defined short name; "the Commission": an anaphor; "Cabinet", "Cabinet Spokesman", the
    # Minister's title: generic/titles; the Act's title names no body; Sri Lanka inside BOI's and
    # the Central Bank's names, Hambantota inside HIPG's, Colombo inside CPCEC's are not tagged)
    ("k04", "organisation", "Daily FT", 0, O("Daily FT")),
    ("k04", "organisation", "[[Sinopec]] signs", 0, O(SINOPEC)),
    ("k04", "organisation", SINOPEC, 0, O(SINOPEC)),
    ("k04", "organisation", "([[Sinopec]])", 0, O(SINOPEC)),
    ("k04", "organisation", BOI, 0, O(BOI)),
    ("k04", "organisation", "([[BOI]])", 0, O(BOI)),
    ("k04", "organisation", "the [[BOI]] head", 0, O(BOI)),
    ("k04", "organisation", "by [[BOI]] Director", 0, O(BOI)),
    ("k04", "organisation", "and [[Sinopec]]'s Sri Lanka", 0, O(SINOPEC)),
    ("k04", "organisation", "lease, [[Sinopec]] will", 0, O(SINOPEC)),
    ("k04", "organisation", "The [[BOI]] said", 0, O(BOI)),
    ("k04", "organisation", "[[Sinopec]], which has", 0, O(SINOPEC)),
    ("k04", "organisation", HIPG, 0, O(HIPG)),
    ("k04", "organisation", "([[HIPG]])", 0, O(HIPG)),
    ("k04", "organisation", CPCEC, 0, O(CPCEC)),
    ("k04", "organisation", "([[CPCEC]])", 0, O(CPCEC)),
    ("k04", "organisation", CMI, 0, O(CMI)),
    ("k04", "organisation", "[[CPCEC]] Director", 0, O(CPCEC)),
    ("k04", "organisation", "Central Bank of Sri Lanka", 0, O("Central Bank of Sri Lanka")),
    ("k04", "organisation", "[[Sinopec]]'s Hong Kong", 0, O(SINOPEC)),
    ("k04", "organisation", "HKEX", 0, O("HKEX")),
    # places (the port's town is tagged; "Port City Colombo" tags the city (extra16); "Dr. Kandy
    # Wijesinghe" is a person; "the district", "the country", "the zone": generic)
    ("k04", "place", "acres in [[Hambantota]]", 0, HAMB),
    ("k04", "place", "the [[Hambantota District]] with", 0, HAMBD),
    ("k04", "place", "office in [[Colombo]]", 0, CMB),
    ("k04", "place", "Sinopec's [[Sri Lanka]] head", 0, LK),
    ("k04", "place", "[[Chinese]] Ambassador", 0, CN),
    ("k04", "place", "Beijing", 0, CITY("Beijing", "CN")),
    ("k04", "place", "the [[Hambantota]] port", 0, HAMB),
    ("k04", "place", '"[[Hambantota]] is finally', 0, HAMB),
    ("k04", "place", "Port City [[Colombo]] financial", 0, CMB),
    ("k04", "place", "with [[China]] the largest", 0, CN),
    ("k04", "place", "Hong Kong", 0, CITY("Hong Kong", "HK")),
    # summits: none
    # events (the headline "signs" anchors the lease's signing ("yesterday signed", "was signed": the
    # same occurrence), placed at the BOI office; the Minister (no ministry named) stands for Sri
    # Lanka, the Ambassador for China; the President's state visit, and the signing of 15
    # agreements during it; Sinopec's donation to unnamed schools; "approved" (Cabinet, CPCEC): a
    # decision; "will pay", "is expected to begin", "is to be completed", "will create": future;
    # "has operated", "handled", "reached", "closed at": no occurrence of a type)
    (
        "k04",
        "event",
        "Sinopec [[signs]]",
        0,
        E("signing", "2025-08-06", "Colombo", [SINOPEC, BOI, "Sri Lanka", "China"], Q("800", "acre")),
    ),
    ("k04", "event", "state visit", 0, E("visit", "2025-01", "Beijing", ["Sri Lanka"])),
    (
        "k04",
        "event",
        "governments [[signed]]",
        0,
        E("signing", "2025-01", "Beijing", ["Sri Lanka", "China"], Q("15", "agreement")),
    ),
    (
        "k04",
        "event",
        "donated",
        0,
        E("donation", "2025-W31", "Hambantota District", [SINOPEC], M("150000000", "LKR")),
    ),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "k*.txt")
