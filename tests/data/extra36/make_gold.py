#!/usr/bin/env python3
"""Build tests/data/extra36/gold.jsonl from hand annotations of the ad*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a Business Recorder
story on the ML-1 first phase, CPEC power dues and Gwadar; a Tengrinews.kz story on a
Chinese-built gas processing plant, the Khorgos dry port and a wind farm; a Cambodianess story on
the Phnom Penh-Bavet Expressway groundbreaking and a Svay Rieng zone; an SSE announcement of
Sichuan Road & Bridge Group on winning a railway bid in Ghana) written BLIND: annotated from
shared/gold/NOTES.md and shared/spec/facts.md alone, without running bri_corpus on them, so that
they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls
recorded in the earlier sets' make_gold.py files (extra3 ... extra35); the comments record the
calls NOTES leaves open.  Calls made for the first time in this set:
  - a Business Recorder byline label "Recorder Report" names a kind of byline, not the paper:
    no organisation fact (the masthead "Business Recorder" is one);
  - "the same month" after "at the end of June" is an anaphor with a calendar unit (NOTES' "the
    same year"): 2025-06; "a year earlier" after it -> 2024-06 (extra5); "the same quarter last
    year" gives only "last year" (extra4's "the same period last year");
  - "Senate Standing Committee on Power" is a committee with a proper name, an organisation
    (extra14), "Senate" inside it not tagged; "Public Sector Development Programme (PSDP)" is a
    programme (no fact);
  - an akim (Kazakh regional governor) stands for his region, and "the Mangystau region akimat"
    (lower-case administration word) is the region as a place (extra15's governor, extra16's
    district administration); "Mangystau region" keeps the lower-case "region" outside (extra35's
    county call);
  - a headline "break ground on" anchors the construction start the body retells ("started
    construction", "The ceremony"): NOTES' first mention; the plant's estimated cost in the same
    sentence is its amount (extra33/extra35);
  - "the first 3,600 tonnes ... delivered": a delivery whose tonnage is its amount, "first" outside
    the span (extra29); a plant "China Power International Holding will build" is future (no event),
    while the investment agreement "signed with the Government of Kazakhstan in 2024" is a signing
    with its sum; "Government of Kazakhstan" (capitalised) is an organisation (extra14's "Chinese
    Government");
  - "Khorgos Gateway dry port" tags its town (extra28's zone named for its town);
  - an expressway "built by CRBC at a cost of more than $2 billion, opened in October 2022" gives an
    undated construction of the builder with its cost and an opening (ceremony, no party) with the
    cost the same sentence gives (extra32's r01/r04, extra29);
  - "the same period of 2024" gives only "2024" (extra4);
  - an SSE bid-award announcement: "received the Letter of Award" / "winning bidder" is an award, no
    event (extra10's "awarded ... a contract"); "has not yet been signed" is negated; the contract
    number "GRDA/TAR/EPC/07-2025" is an identifier (no date, no organisation mention, extra13);
    "the end of Q3 2025" -> 2025-Q3 (NOTES' "the end of January"); "year on year" is no date;
  - persons named like places ("Sothea Kampot", "Dr Hafeez Kohat", "Marat Aktau") are no places
    (extra6/extra11).
Run:  .venv/bin/python tests/data/extra36/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")
BEJ = CITY("Beijing", "CN")

# ================================= ad01 Business Recorder, Islamabad (October 9, 2025, a Thursday)
PK = C("Pakistan", "PK")
KHI = CITY("Karachi", "PK")
ISB = CITY("Islamabad", "PK")
GWD = CITY("Gwadar", "PK")
ECNEC = "Executive Committee of the National Economic Council"
MOPD = "Ministry of Planning, Development and Special Initiatives"
AIIB = "Asian Infrastructure Investment Bank"
CPPA = "Central Power Purchasing Agency"
POWERCHINA = "Power Construction Corporation of China"
PQEPC = "Port Qasim Electric Power Company"
PIDE = "Pakistan Institute of Development Economics"
GPA = "Gwadar Port Authority"
COPHC = "China Overseas Ports Holding Company"
JCC14 = "14th Joint Cooperation Committee meeting"
A01 = [
    # dates (the copyright year is chrome; "Main Line-1" a name)
    ("ad01", "date", "October 9, 2025 08:15am", 0, "2025-10-09T08:15"),
    ("ad01", "date", "on [[Wednesday]] approved", 0, "2025-10-08"),
    ("ad01", "date", "in [[2020]]", 0, "2020"),
    ("ad01", "date", "fiscal year 2025-26", 0, "2025-07/2026-06"),
    ("ad01", "date", "late July", 0, "2025-07"),
    ("ad01", "date", "on [[Tuesday]]", 0, "2025-10-07"),
    ("ad01", "date", "early next year", 0, "2026"),
    ("ad01", "date", "the end of June", 0, "2025-06"),
    ("ad01", "date", "a year earlier", 0, "2024-06"),
    ("ad01", "date", "the same month", 0, "2025-06"),
    ("ad01", "date", "in [[FY25]]", 0, "2024-07/2025-06"),
    ("ad01", "date", "since [[January]]", 0, "2025-01"),
    ("ad01", "date", "Exchange on [[Wednesday]]", 0, "2025-10-08"),
    ("ad01", "date", "December 31", 0, "2025-12-31"),
    ("ad01", "date", "last week", 0, "2025-W40"),
    ("ad01", "date", "the first quarter of FY26", 0, "2025-07/2025-09"),
    ("ad01", "date", "last year", 0, "2024"),
    # money (rupees in a Pakistani paper are PKR; "bn" billion)
    ("ad01", "money", "Rs1,104bn", 0, M("1104000000000", "PKR")),
    ("ad01", "money", "Rs1,104 billion", 0, M("1104000000000", "PKR")),
    ("ad01", "money", "about US$3.9 billion", 0, M("3900000000", "USD", "approx")),
    ("ad01", "money", "$6.8bn", 0, M("6800000000", "USD")),
    ("ad01", "money", "around $2bn", 0, M("2000000000", "USD", "approx")),
    ("ad01", "money", "Rs423 billion", 0, M("423000000000", "PKR")),
    ("ad01", "money", "Rs401bn", 0, M("401000000000", "PKR")),
    ("ad01", "money", "Rs2.39 trillion", 0, M("2390000000000", "PKR")),
    ("ad01", "money", "$2.09 billion", 0, M("2090000000", "USD")),
    ("ad01", "money", "nearly Rs30bn", 0, M("30000000000", "PKR", "lt")),
    ("ad01", "money", "Rs50 billion", 0, M("50000000000", "PKR")),
    # quantities ("three packages": spelled-out count; "14th": rank; the advertising phone
    # number is chrome)
    ("ad01", "quantity", "480-kilometre", 0, Q("480", "km")),
    ("ad01", "quantity", "1,726km", 0, Q("1726", "km")),
    ("ad01", "quantity", "15 percent", 0, Q("15", "%")),
    ("ad01", "quantity", "1,320MW", 0, Q("1320", "MW")),
    ("ad01", "quantity", "6.1 billion kWh", 0, Q("6100000000", "kWh")),
    ("ad01", "quantity", "2.4 percent", 0, Q("2.4", "%")),
    ("ad01", "quantity", "2,500 solar panels", 0, Q("2500", "panel")),
    ("ad01", "quantity", "48 ships", 0, Q("48", "ship")),
    ("ad01", "quantity", "31 ships", 0, Q("31", "ship")),
    # organisations (masthead text, copyright line chrome; "Recorder Report" a byline label;
    # "the committee", "the government", "The company": generic; CPEC, PSDP: programmes)
    ("ad01", "organisation", "Business Recorder", 0, O("Business Recorder")),
    ("ad01", "organisation", "ECNEC", 0, O(ECNEC)),
    ("ad01", "organisation", ECNEC, 0, O(ECNEC)),
    ("ad01", "organisation", "([[ECNEC]])", 0, O(ECNEC)),
    ("ad01", "organisation", "Pakistan Railways", 0, O("Pakistan Railways")),
    ("ad01", "organisation", MOPD, 0, O(MOPD)),
    ("ad01", "organisation", AIIB, 0, O(AIIB)),
    ("ad01", "organisation", "([[AIIB]])", 0, O(AIIB)),
    ("ad01", "organisation", CPPA, 0, O(CPPA)),
    ("ad01", "organisation", "([[CPPA-G]])", 0, O(CPPA)),
    ("ad01", "organisation", "Senate Standing Committee on Power", 0, O("Senate Standing Committee on Power")),
    ("ad01", "organisation", POWERCHINA, 0, O(POWERCHINA)),
    ("ad01", "organisation", "([[PowerChina]])", 0, O(POWERCHINA)),
    ("ad01", "organisation", PQEPC, 0, O(PQEPC)),
    ("ad01", "organisation", "([[PQEPC]])", 0, O(PQEPC)),
    ("ad01", "organisation", PIDE, 0, O(PIDE)),
    ("ad01", "organisation", "([[PIDE]])", 0, O(PIDE)),
    ("ad01", "organisation", "Hub Power Company", 0, O("Hub Power Company")),
    ("ad01", "organisation", "Pakistan Stock Exchange", 0, O("Pakistan Stock Exchange")),
    ("ad01", "organisation", GPA, 0, O(GPA)),
    ("ad01", "organisation", "([[GPA]])", 0, O(GPA)),
    ("ad01", "organisation", COPHC, 0, O(COPHC)),
    # places (the plant named after its site, "Port Qasim", names no place; "Gwadar port" tags
    # the town; the sub-heading "Gwadar" is text)
    ("ad01", "place", "approves Rs1,104bn ML-1 first phase, clears [[Karachi]]", 0, KHI),
    ("ad01", "place", "Karachi-[[Rohri]] section for Chinese", 0, CITY("Rohri", "PK")),
    ("ad01", "place", "[[Chinese]] financing", 0, CN),
    ("ad01", "place", "ISLAMABAD", 0, ISB),
    ("ad01", "place", "480-kilometre [[Karachi]]", 0, KHI),
    ("ad01", "place", "Karachi-[[Rohri]] section for a", 0, CITY("Rohri", "PK")),
    ("ad01", "place", "[[Chinese]] lenders", 0, CN),
    ("ad01", "place", "[[Chinese]] banks", 0, CN),
    ("ad01", "place", "[[Chinese]] Ambassador", 0, CN),
    ("ad01", "place", "in [[Islamabad]] on", 0, ISB),
    ("ad01", "place", "to [[Beijing]]", 0, BEJ),
    ("ad01", "place", "[[Chinese]] independent", 0, CN),
    ("ad01", "place", "near [[Karachi]]", 0, KHI),
    ("ad01", "place", "\n\n[[Gwadar]]\n\n", 0, GWD),
    ("ad01", "place", "In [[Gwadar]]", 0, GWD),
    ("ad01", "place", "[[Chinese]] embassy", 0, CN),
    ("ad01", "place", "at [[Gwadar]] port", 0, GWD),
    # summits (a numbered JCC meeting held by video link: no location (extra8))
    ("ad01", "summit", JCC14, 0, S(JCC14, "2025-07")),
    # events ("approved", "endorsed": decisions; "will seek", "travels", "promised to release":
    # future; "owed", "rose", "called at": figures; the Planning Minister stands for the ministry
    # the document names (extra5); the plant "built by" PowerChina at a cost: an undated
    # construction (extra12/extra33); "generated ... in FY25": the owner's annual output)
    ("ad01", "event", "Iqbal [[met]]", 0, E("meeting", "2025-10-07", "Islamabad", ["China", MOPD])),
    ("ad01", "event", "built", 0, E("construction", None, "Karachi", [POWERCHINA], M("2090000000", "USD"))),
    ("ad01", "event", "generated", 0,
     E("production", "2024-07/2025-06", "Karachi", [PQEPC], Q("6100000000", "kWh"))),
    ("ad01", "event", "donated", 0, E("donation", "2025-W40", "Gwadar", ["China", GPA], Q("2500", "panel"))),
]

# ================================= ad02 Tengrinews.kz, Astana (18 November 2025, a Tuesday)
KZ = C("Kazakhstan", "KZ")
MANG = REG("Mangystau", "KZ")
QG = "QazaqGaz"
CNCEC = "China National Chemical Engineering Co., Ltd."
KTZE = "KTZ Express"
KTZ = "Kazakhstan Temir Zholy"
JLPG = "Jiangsu Lianyungang Port Group"
GOLDWIND = "Xinjiang Goldwind Science & Technology"
CPIH = "China Power International Holding"
GOK = "Government of Kazakhstan"
MOE = "Ministry of Energy"
CCAS = "China-Central Asia Summit"
A02 = [
    ("ad02", "date", "18 November 2025, 14:32", 0, "2025-11-18T14:32"),
    ("ad02", "date", "on [[Monday]]", 0, "2025-11-17"),
    ("ad02", "date", "the second half of 2028", 0, "2028-H2"),
    ("ad02", "date", "in [[March]]", 0, "2025-03"),
    ("ad02", "date", "September last year", 0, "2024-09"),
    ("ad02", "date", "June 16-17", 0, "2025-06-16/2025-06-17"),
    ("ad02", "date", "January-October", 0, "2025-01/2025-10"),
    ("ad02", "date", "a year earlier", 0, "2024-01/2024-10"),
    ("ad02", "date", "November 14", 0, "2025-11-14"),
    ("ad02", "date", "by [[2027]]", 0, "2027"),
    ("ad02", "date", "last week", 0, "2025-W46"),
    ("ad02", "date", "in [[2024]]", 0, "2024"),
    ("ad02", "date", "this year", 0, "2025"),
    ("ad02", "money", "$1.2bn", 0, M("1200000000", "USD")),
    ("ad02", "money", "$1.2 billion", 0, M("1200000000", "USD")),
    ("ad02", "money", "about KZT 630 billion", 0, M("630000000000", "KZT", "approx")),
    ("ad02", "money", "$24.7 billion", 0, M("24700000000", "USD")),
    ("ad02", "money", "85 billion tenge", 0, M("85000000000", "KZT")),
    ("ad02", "money", "KZT 520 bn", 0, M("520000000000", "KZT")),
    # quantities ("a year" rate outside (extra4); "fourth": rank; "first" outside (extra29); the
    # hotline number is chrome; "Tengrinews.kz" has no number)
    ("ad02", "quantity", "4 billion cubic metres", 0, Q("4000000000", "m3")),
    ("ad02", "quantity", "up to 3,000 jobs", 0, Q("3000", "job", "le")),
    ("ad02", "quantity", "450 permanent jobs", 0, Q("450", "job")),
    ("ad02", "quantity", "120 hectares", 0, Q("120", "ha")),
    ("ad02", "quantity", "58 agreements", 0, Q("58", "agreement")),
    ("ad02", "quantity", "up [[18%]]", 0, Q("18", "%")),
    ("ad02", "quantity", "412,000 TEU", 0, Q("412000", "TEU")),
    ("ad02", "quantity", "[[18%]] more", 0, Q("18", "%")),
    ("ad02", "quantity", "800,000 TEU", 0, Q("800000", "TEU")),
    ("ad02", "quantity", "3,600 tonnes", 0, Q("3600", "t")),
    ("ad02", "quantity", "1 GW", 0, Q("1", "GW")),
    ("ad02", "quantity", "62.4 billion cubic metres", 0, Q("62400000000", "m3")),
    # organisations (masthead, dateline tag and "Tengrinews.kz reminds" are text, the copyright
    # line chrome; "the national gas company's press service", "the regional authorities": generic;
    # KTZ Express and Kazakhstan Temir Zholy are different organisations, taken as written)
    ("ad02", "organisation", "Tengrinews.kz", 0, O("Tengrinews.kz")),
    ("ad02", "organisation", "QazaqGaz", 0, O(QG)),
    ("ad02", "organisation", "CNCEC", 0, O(CNCEC)),
    ("ad02", "organisation", "ASTANA. [[Tengrinews.kz]]", 0, O("Tengrinews.kz")),
    ("ad02", "organisation", "- [[QazaqGaz]]", 0, O(QG)),
    ("ad02", "organisation", CNCEC, 0, O(CNCEC)),
    ("ad02", "organisation", "([[CNCEC]])", 0, O(CNCEC)),
    ("ad02", "organisation", "[[CNCEC]], which", 0, O(CNCEC)),
    ("ad02", "organisation", "with [[QazaqGaz]] in", 0, O(QG)),
    ("ad02", "organisation", "Kursiv", 0, O("Kursiv")),
    ("ad02", "organisation", KTZE, 0, O(KTZE)),
    ("ad02", "organisation", KTZ, 0, O(KTZ)),
    ("ad02", "organisation", "([[KTZ]])", 0, O(KTZ)),
    ("ad02", "organisation", JLPG, 0, O(JLPG)),
    ("ad02", "organisation", "Kazakhstan-China Business Council", 0, O("Kazakhstan-China Business Council")),
    ("ad02", "organisation", GOLDWIND, 0, O(GOLDWIND)),
    ("ad02", "organisation", CPIH, 0, O(CPIH)),
    ("ad02", "organisation", "Samruk-Energy", 0, O("Samruk-Energy")),
    ("ad02", "organisation", GOK, 0, O(GOK)),
    ("ad02", "organisation", "[[Tengrinews.kz]] reminds", 0, O("Tengrinews.kz")),
    ("ad02", "organisation", MOE, 0, O(MOE)),
    # places ("Zhanaozen plant", "Shelek wind farm": plants named after their sites; places inside
    # organisation and summit names are not tagged; "the western regions": generic)
    ("ad02", "place", "in [[Mangystau]]", 0, MANG),
    ("ad02", "place", "ASTANA", 0, CITY("Astana", "KZ")),
    ("ad02", "place", "near [[Zhanaozen]]", 0, CITY("Zhanaozen", "KZ")),
    ("ad02", "place", "akim of [[Mangystau]] region", 0, MANG),
    ("ad02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("ad02", "place", "the [[Mangystau]] region akimat", 0, MANG),
    ("ad02", "place", "in [[Shanghai]]", 0, CITY("Shanghai", "CN")),
    ("ad02", "place", "in [[Beijing]]", 0, BEJ),
    ("ad02", "place", "in [[Astana]] on", 0, CITY("Astana", "KZ")),
    ("ad02", "place", "[[Khorgos]] Gateway", 0, CITY("Khorgos", "KZ")),
    ("ad02", "place", "the [[Kazakh]]-Chinese border", 0, KZ),
    ("ad02", "place", "Kazakh-[[Chinese]] border", 0, CN),
    ("ad02", "place", "in [[Almaty]]", 0, CITY("Almaty", "KZ")),
    ("ad02", "place", "the [[Zhetysu]] region", 0, REG("Zhetysu", "KZ")),
    ("ad02", "summit", CCAS, 0, S(CCAS, "2025-06-16/2025-06-17", "Astana")),
    # events (the headline "break ground" anchors the start of building (NOTES' first mention),
    # its attendees taking part: the Energy Minister for the ministry the document names (extra5),
    # the akim for his region, the ambassador for China; "allocated", "handled", "announced"
    # (a tally, extra4), "will build", "expects": no occurrence)
    ("ad02", "event", "break ground", 0,
     E("construction", "2025-11-17", "Zhanaozen", [QG, CNCEC, MOE, "Mangystau", "China"], M("1200000000", "USD"))),
    ("ad02", "event", "[[signed]] the engineering", 0, E("signing", "2024-09", "Beijing", [CNCEC, QG])),
    ("ad02", "event", "[[signed]] an investment", 0,
     E("signing", "2025-11-14", "Almaty", [KTZE, JLPG], M("85000000000", "KZT"))),
    ("ad02", "event", "delivered", 0, E("delivery", "2025-W46", "Zhetysu", [GOLDWIND], Q("3600", "t"))),
    ("ad02", "event", "agreement [[signed]] with", 0,
     E("signing", "2024", None, [CPIH, "Samruk-Energy", GOK], M("520000000000", "KZT"))),
]

# ================================= ad03 Cambodianess, Phnom Penh (December 3, 2025, a Wednesday)
KH = C("Cambodia", "KH")
PNH = CITY("Phnom Penh", "KH")
BAVET = CITY("Bavet", "KH")
CRBC = "China Road and Bridge Corporation"
MPWT = "Ministry of Public Works and Transport"
CDC = "Council for the Development of Cambodia"
SDHS = "Shandong Hi-Speed Group"
SRPA = "Svay Rieng Provincial Administration"
LA = C("Laos", "LA")
A03 = [
    # dates (the byline is a person; the "Related" headlines are chrome)
    ("ad03", "date", "December 3, 2025 5:10 PM", 0, "2025-12-03T17:10"),
    ("ad03", "date", "on [[Tuesday]]", 0, "2025-12-02"),
    ("ad03", "date", "the first quarter of 2029", 0, "2029-Q1"),
    ("ad03", "date", "October 2022", 0, "2022-10"),
    ("ad03", "date", "last year", 0, "2024"),
    ("ad03", "date", "last Friday", 0, "2025-11-28"),
    ("ad03", "date", "November 21", 0, "2025-11-21"),
    ("ad03", "date", "the first ten months of 2025", 0, "2025-01/2025-10"),
    ("ad03", "date", "period of [[2024]]", 0, "2024"),
    ("ad03", "date", "the first nine months of the year", 0, "2025-01/2025-09"),
    ("ad03", "money", "$1.6 billion", 0, M("1600000000", "USD")),
    ("ad03", "money", "US$1.6 billion", 0, M("1600000000", "USD")),
    ("ad03", "money", "about 6.4 trillion riels", 0, M("6400000000000", "KHR", "approx")),
    ("ad03", "money", "more than $2 billion", 0, M("2000000000", "USD", "gt")),
    ("ad03", "money", "$96 million", 0, M("96000000", "USD")),
    ("ad03", "money", "1,900 million riels", 0, M("1900000000", "KHR")),
    ("ad03", "money", "$6.2 billion", 0, M("6200000000", "USD")),
    ("ad03", "money", "118 billion kip", 0, M("118000000000", "LAK")),
    ("ad03", "money", "about US$5.4 million", 0, M("5400000", "USD", "approx")),
    # quantities ("four-lane": a hyphenated count adjective (extra26); "six hours", "under three":
    # spelled-out; "second": rank; "a year" outside)
    ("ad03", "quantity", "135-kilometre", 0, Q("135", "km")),
    ("ad03", "quantity", "50 years", 0, Q("50", "year")),
    ("ad03", "quantity", "187-kilometre", 0, Q("187", "km")),
    ("ad03", "quantity", "1.8 million vehicles", 0, Q("1800000", "vehicle")),
    ("ad03", "quantity", "320-hectare", 0, Q("320", "ha")),
    ("ad03", "quantity", "about 12,000 jobs", 0, Q("12000", "job", "approx")),
    ("ad03", "quantity", "22 kV", 0, Q("22", "kV")),
    ("ad03", "quantity", "31 percent", 0, Q("31", "%")),
    ("ad03", "quantity", "about 55 percent", 0, Q("55", "%", "approx")),
    ("ad03", "quantity", "110-kilometre", 0, Q("110", "km")),
    # organisations (masthead text; "the ministry", "the state": generic; "(BOT)" a model)
    ("ad03", "organisation", "Cambodianess", 0, O("Cambodianess")),
    ("ad03", "organisation", CRBC, 0, O(CRBC)),
    ("ad03", "organisation", "([[CRBC]])", 0, O(CRBC)),
    ("ad03", "organisation", "[[CRBC]] will operate", 0, O(CRBC)),
    ("ad03", "organisation", MPWT, 0, O(MPWT)),
    ("ad03", "organisation", "by [[CRBC]] at", 0, O(CRBC)),
    ("ad03", "organisation", CDC, 0, O(CDC)),
    ("ad03", "organisation", "([[CDC]])", 0, O(CDC)),
    ("ad03", "organisation", SDHS, 0, O(SDHS)),
    ("ad03", "organisation", SDHS, 1, O(SDHS)),
    ("ad03", "organisation", SRPA, 0, O(SRPA)),
    ("ad03", "organisation", "[[CDC]] Secretary General", 0, O(CDC)),
    ("ad03", "organisation", "told [[Cambodianess]]", 0, O("Cambodianess")),
    # places (expressways named after towns tag the towns (extra12's lines); "Bavet border
    # crossing" tags the town; "the capital": an anaphor; "Prey Veng province" / "Svay Rieng
    # province": the province, the lower-case word outside; "Lao state media": the country)
    ("ad03", "place", "$1.6 billion [[Phnom Penh]]", 0, PNH),
    ("ad03", "place", "Phnom Penh-[[Bavet]] Expressway\n", 0, BAVET),
    ("ad03", "place", "PHNOM PENH", 0, PNH),
    ("ad03", "place", "135-kilometre [[Phnom Penh]]", 0, PNH),
    ("ad03", "place", "Phnom Penh-[[Bavet]] Expressway in", 0, BAVET),
    ("ad03", "place", "Prey Veng", 0, REG("Prey Veng", "KH")),
    ("ad03", "place", "in [[Cambodia]] to", 0, KH),
    ("ad03", "place", "the [[Bavet]] border", 0, BAVET),
    ("ad03", "place", "Vietnam", 0, C("Vietnam", "VN")),
    ("ad03", "place", "[[Chinese]] Ambassador", 0, CN),
    ("ad03", "place", "between [[Phnom Penh]] and", 0, PNH),
    ("ad03", "place", "Ho Chi Minh City", 0, CITY("Ho Chi Minh City", "VN")),
    ("ad03", "place", "187-kilometre [[Phnom Penh]]", 0, PNH),
    ("ad03", "place", "Sihanoukville", 0, CITY("Sihanoukville", "KH")),
    ("ad03", "place", "in [[Svay Rieng]] province", 0, REG("Svay Rieng", "KH")),
    ("ad03", "place", "[[Chinese]] investors", 0, CN),
    ("ad03", "place", "Laos", 0, LA),
    ("ad03", "place", "Vientiane", 0, CITY("Vientiane", "LA")),
    ("ad03", "place", "Vang Vieng", 0, CITY("Vang Vieng", "LA")),
    ("ad03", "place", "[[Lao]] state", 0, LA),
    # events (the headline "breaks ground" anchors the groundbreaking (NOTES' first mention), the
    # Prime Minister for Cambodia, the builder, the minister for the ministry the document names,
    # the ambassador for China; its cost in the headline its amount; "approved": a decision;
    # "carried", "earned": figures; "will operate", "to build": future)
    ("ad03", "event", "breaks ground", 0,
     E("construction", "2025-12-02", "Prey Veng", ["Cambodia", CRBC, MPWT, "China"], M("1600000000", "USD"))),
    ("ad03", "event", "built", 1, E("construction", None, None, [CRBC], M("2000000000", "USD", "gt"))),
    ("ad03", "event", "opened", 0, E("ceremony", "2022-10", None, None, M("2000000000", "USD", "gt"))),
    ("ad03", "event", "signed", 0, E("signing", "2025-11-21", None, [SDHS, SRPA])),
]

# ================================= ad04 SSE announcement of Sichuan Road & Bridge (16 October 2025)
GH = C("Ghana", "GH")
TEMA = CITY("Tema", "GH")
AKO = CITY("Akosombo", "GH")
SRBG = "Sichuan Road & Bridge Group Co., Ltd."
GRDA = "Ghana Railway Development Authority"
MORD = "Ministry of Railway Development of the Republic of Ghana"
ICBC = "Industrial and Commercial Bank of China"
GCBF = "Ghana-China Business Forum"
A04 = [
    # dates (stock code, announcement number and contract number are identifiers; "year on
    # year" no date)
    ("ad04", "date", "On [[2025-10-15]]", 0, "2025-10-15"),
    ("ad04", "date", "revenue for [[2024]]", 0, "2024"),
    ("ad04", "date", "on [[2025-03-20]]", 0, "2025-03-20"),
    ("ad04", "date", "September 2024", 0, "2024-09"),
    ("ad04", "date", "for [[2026]] and", 0, "2026"),
    ("ad04", "date", "and [[2027]].", 0, "2027"),
    ("ad04", "date", "the end of Q3 2025", 0, "2025-Q3"),
    ("ad04", "date", "16 October 2025", 0, "2025-10-16"),
    ("ad04", "money", "USD 412.8 million", 0, M("412800000", "USD")),
    ("ad04", "money", "approximately RMB 2,938 million", 0, M("2938000000", "CNY", "approx")),
    ("ad04", "money", "USD 198 million", 0, M("198000000", "USD")),
    ("ad04", "money", "RMB 41.6 billion", 0, M("41600000000", "CNY")),
    # quantities ("Article 4.2", section and list numbers: identifiers)
    ("ad04", "quantity", "about 7.46%", 0, Q("7.46", "%", "approx")),
    ("ad04", "quantity", "86-kilometre", 0, Q("86", "km")),
    ("ad04", "quantity", "6 stations", 0, Q("6", "station")),
    ("ad04", "quantity", "1.2-kilometre", 0, Q("1.2", "km")),
    ("ad04", "quantity", "36 months", 0, Q("36", "month")),
    ("ad04", "quantity", "85%", 0, Q("85", "%")),
    ("ad04", "quantity", "15%", 0, Q("15", "%")),
    ("ad04", "quantity", "27.5-kilometre", 0, Q("27.5", "km")),
    ("ad04", "quantity", "12.3%", 0, Q("12.3", "%")),
    # organisations ("Stock Abbreviation: Sichuan Road & Bridge" names the company (extra28);
    # "the Company", "The Board of Directors": generic / internal unit; GRDA inside the contract
    # number is no mention; places inside the names not tagged)
    ("ad04", "organisation", "Abbreviation: [[Sichuan Road & Bridge]]", 0, O(SRBG)),
    ("ad04", "organisation", SRBG, 0, O(SRBG)),
    ("ad04", "organisation", SRBG, 1, O(SRBG)),
    ("ad04", "organisation", '"[[SRBG]]"', 0, O(SRBG)),
    ("ad04", "organisation", GRDA, 0, O(GRDA)),
    ("ad04", "organisation", '"[[GRDA]]"', 0, O(GRDA)),
    ("ad04", "organisation", GRDA, 1, O(GRDA)),
    ("ad04", "organisation", MORD, 0, O(MORD)),
    ("ad04", "organisation", ICBC, 0, O(ICBC)),
    ("ad04", "organisation", "([[ICBC]])", 0, O(ICBC)),
    ("ad04", "organisation", "Government of Ghana", 0, O("Government of Ghana")),
    ("ad04", "organisation", "and [[GRDA]] signed", 0, O(GRDA)),
    ("ad04", "organisation", "for [[GRDA]] under", 0, O(GRDA)),
    ("ad04", "organisation", "with [[GRDA]], and", 0, O(GRDA)),
    ("ad04", "organisation", SRBG, 2, O(SRBG)),
    # places (railways named after towns tag the towns; "Volta River" a river; the regions as
    # written)
    ("ad04", "place", "the [[Tema]]-Akosombo Railway Extension Project in", 0, TEMA),
    ("ad04", "place", "Tema-[[Akosombo]] Railway Extension Project in", 0, AKO),
    ("ad04", "place", "Project in [[Ghana]]", 0, GH),
    ("ad04", "place", "the [[Tema]]-Akosombo Railway Extension Project (", 0, TEMA),
    ("ad04", "place", "Tema-[[Akosombo]] Railway Extension Project (", 0, AKO),
    ("ad04", "place", "from [[Tema]] to", 0, TEMA),
    ("ad04", "place", "to [[Akosombo]]", 0, AKO),
    ("ad04", "place", "in [[Accra]] on", 0, CITY("Accra", "GH")),
    ("ad04", "place", "27.5-kilometre [[Tema]]", 0, TEMA),
    ("ad04", "place", "Mpakadan", 0, CITY("Mpakadan", "GH")),
    ("ad04", "place", "Greater Accra Region", 0, REG("Greater Accra Region", "GH")),
    ("ad04", "place", "Eastern Region", 0, REG("Eastern Region", "GH")),
    ("ad04", "place", "Region of [[Ghana]]", 0, GH),
    ("ad04", "summit", GCBF, 0, S(GCBF, "2025-03-20", "Accra")),
    # events ("received the Letter of Award": an award (extra10); "has not yet been signed":
    # negated; the framework agreement signed at the forum; "completed" the railway "built for
    # GRDA under a contract worth" a sum: the completion of the building work, builder and owner
    # taking part, the contract's worth its amount (extra33))
    ("ad04", "event", "GRDA [[signed]] a framework", 0, E("signing", "2025-03-20", "Accra", [SRBG, GRDA])),
    ("ad04", "event", "completed", 0, E("construction", "2024-09", None, [SRBG, GRDA], M("198000000", "USD"))),
]

ANNOTATIONS = A01 + A02 + A03 + A04

if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "ad*.txt")
