#!/usr/bin/env python3
"""Build tests/data/extra2/gold.jsonl from hand annotations of the y*.txt documents here.

The ten documents are invented but realistic Belt and Road news texts (press
releases, wire stories, ministry notes) that the extractors were NOT tuned on;
tests/test_annotated_set_scores.py scores the pipeline on them as a regression guard.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md.
Run:  python3 tests/data/extra2/make_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")
ID = C("Indonesia", "ID")
CN = C("China", "CN")
JKT = CITY("Jakarta", "ID")
BDG = CITY("Bandung", "ID")

# ================================= y01 CGTN feature, Jakarta (2023-12-02)
KCIC = "PT Kereta Cepat Indonesia China"
A01 = [
    # dates ("on a Friday", "on Saturday": habitual, no calendar point; "A year after": duration)
    ("y01", "date", "2023-12-02 14:20", 0, "2023-12-02T14:20"),
    ("y01", "date", "October 2", 0, "2023-10-02"),
    ("y01", "date", "November 17", 0, "2023-11-17"),
    ("y01", "date", "in [[January]]", 0, "2024-01"),
    ("y01", "date", "last week", 0, "2023-W47"),
    # money
    ("y01", "money", "about 7.3 billion U.S. dollars", 0, M("7300000000", "USD", "approx")),
    ("y01", "money", "1.2 billion dollars", 0, M("1200000000", "USD")),
    # quantities ("Dewi Lestari, 29": an age; "three hours": spelled-out; "millionth": rank)
    ("y01", "quantity", "46 minutes", 0, Q("46", "minute")),
    ("y01", "quantity", "142-km", 0, Q("142", "km")),
    ("y01", "quantity", "up to 350 km per hour", 0, Q("350", "km/h", "le")),
    ("y01", "quantity", "More than 1,200 Indonesian engineers", 0, Q("1200", "engineer", "gt")),
    ("y01", "quantity", "1 million passengers", 0, Q("1000000", "passenger")),
    ("y01", "quantity", "78 percent", 0, Q("78", "%")),
    # "from 40 to 48 trips" after "raise": a change, only the new figure counts (money_quantity corpus)
    ("y01", "quantity", "48 trips", 0, Q("48", "trip")),
    ("y01", "quantity", "at least 31,000 passengers", 0, Q("31000", "passenger", "ge")),
    ("y01", "quantity", "40 years", 0, Q("40", "year")),
    ("y01", "quantity", "700 kilometers", 0, Q("700", "km")),
    # organisations
    ("y01", "organisation", "Fauzi, [[CGTN]]", 0, O("CGTN")),
    ("y01", "organisation", "[[CGTN]]'s Jakarta", 0, O("CGTN")),
    ("y01", "organisation", KCIC, 0, O(KCIC)),
    ("y01", "organisation", "([[KCIC]])", 0, O(KCIC)),
    ("y01", "organisation", "PT Kereta Api Indonesia", 0, O("PT Kereta Api Indonesia")),
    ("y01", "organisation", "China Railway International Co., Ltd.", 0, O("China Railway International Co., Ltd.")),
    ("y01", "organisation", "China Development Bank", 0, O("China Development Bank")),
    ("y01", "organisation", "[[KCIC]] President", 0, O(KCIC)),
    ("y01", "organisation", "told [[CGTN]]", 0, O("CGTN")),
    ("y01", "organisation", "[[KCIC]] said", 0, O(KCIC)),
    ("y01", "organisation", "University of Indonesia", 0, O("University of Indonesia")),
    # places
    ("y01", "place", "[[Indonesia]]'s First", 0, ID),
    ("y01", "place", "the [[Jakarta]]-Bandung", 0, JKT),
    ("y01", "place", "Jakarta-[[Bandung]]", 0, BDG),
    ("y01", "place", "CGTN's [[Jakarta]]", 0, JKT),
    ("y01", "place", "East Jakarta", 0, CITY("East Jakarta", "ID")),
    ("y01", "place", "in [[Bandung]].", 0, BDG),
    ("y01", "place", "Southeast Asia", 0, REG("Southeast Asia")),
    ("y01", "place", "of [[Indonesian]] state-owned", 0, ID),
    ("y01", "place", "a [[Chinese]] consortium", 0, CN),
    ("y01", "place", "1,200 [[Indonesian]] engineers", 0, ID),
    ("y01", "place", "by [[Chinese]] experts", 0, CN),
    ("y01", "place", "[[Chinese]] Ambassador", 0, CN),
    ("y01", "place", "Ambassador to [[Indonesia]]", 0, ID),
    ("y01", "place", "between [[China]] and Indonesia", 0, CN),
    ("y01", "place", "China and [[Indonesia]]", 0, ID),
    ("y01", "place", "the [[Indonesian]] people", 0, ID),
    ("y01", "place", "reception in [[Jakarta]]", 0, JKT),
    ("y01", "place", "[[Indonesian]] officials", 0, ID),
    ("y01", "place", "Surabaya", 0, CITY("Surabaya", "ID")),
    ("y01", "place", "East Java", 0, REG("East Java", "ID")),
    # events ("inaugurated" is the same occurrence as "opened"; "trained", "carried": no event)
    ("y01", "event", "was [[built]] by", 0, E("construction", None, None, [KCIC])),
    ("y01", "event", "[[opened]] to commercial", 0, E("ceremony", "2023-10-02")),
]

# ================================= y02 Xinhua, Vientiane (2023-07-05), ALL CAPS headline
LA = C("Laos", "LA")
TH = C("Thailand", "TH")
VTE = CITY("Vientiane", "LA")
KMG = CITY("Kunming", "CN")
LCRC = "Laos-China Railway Company Limited"
CREC = "China Railway Group Limited"
CRCC = "China Railway Construction Corporation Limited"
A02 = [
    ("y02", "date", "FIRST HALF", 0, "2023-H1"),
    ("y02", "date", "2023-07-05 09:12", 0, "2023-07-05T09:12"),
    ("y02", "date", "July 4", 0, "2023-07-04"),
    ("y02", "date", "the first half of 2023", 0, "2023-H1"),
    ("y02", "date", "Tuesday", 0, "2023-07-04"),
    ("y02", "date", "January and June", 0, "2023-01/2023-06"),  # one interval, like "May 18th to 19th"
    ("y02", "date", "April 13", 0, "2023-04-13"),
    ("y02", "date", "Monday", 0, "2023-07-03"),
    ("y02", "date", "December 3, 2021", 0, "2021-12-03"),
    ("y02", "date", "the same day", 0, "2023-07-03"),
    ("y02", "date", "by [[2026]]", 0, "2026"),
    # money
    ("y02", "money", "6 billion US dollar", 0, M("6000000000", "USD")),
    ("y02", "money", "about 1.6 billion baht", 0, M("1600000000", "THB", "approx")),
    # quantities ("first two months": spelled-out duration; "second rail bridge": rank)
    ("y02", "quantity", "4 MILLION TONNES", 0, Q("4000000", "t")),
    ("y02", "quantity", "4.1 million tonnes", 0, Q("4100000", "t")),
    ("y02", "quantity", "87 percent", 0, Q("87", "%")),
    ("y02", "quantity", "1,870 international freight trains", 0, Q("1870", "train")),
    ("y02", "quantity", "1,035-km", 0, Q("1035", "km")),
    ("y02", "quantity", "about 10 hours", 0, Q("10", "hour", "approx")),
    ("y02", "quantity", "over 90,000 passengers", 0, Q("90000", "passenger", "gt")),
    ("y02", "quantity", "over 600 Lao railway staff", 0, Q("600", "staff", "gt")),
    ("y02", "quantity", "30 percent", 0, Q("30", "%")),
    ("y02", "quantity", "up to 21 percent", 0, Q("21", "%", "le")),
    # organisations
    ("y02", "organisation", "(Xinhua)", 0, O("Xinhua")),
    ("y02", "organisation", LCRC, 0, O(LCRC)),
    ("y02", "organisation", CREC, 0, O(CREC)),
    ("y02", "organisation", CRCC, 0, O(CRCC)),
    ("y02", "organisation", "Asian Development Bank", 0, O("Asian Development Bank")),
    # places ("Lancang-Mekong Express": a train's name; "Mekong River": a river)
    ("y02", "place", "CHINA", 0, CN),
    ("y02", "place", "LAOS", 0, LA),
    ("y02", "place", "VIENTIANE", 0, VTE),
    ("y02", "place", "The [[China]]-Laos", 0, CN),
    ("y02", "place", "China-[[Laos]] Railway", 0, LA),
    ("y02", "place", "Kunming", 0, KMG),
    ("y02", "place", "[[China]]'s Yunnan", 0, CN),
    ("y02", "place", "Yunnan", 0, REG("Yunnan", "CN")),
    ("y02", "place", "with [[Vientiane]]", 0, VTE),
    ("y02", "place", "for [[Thailand]],", 0, TH),
    ("y02", "place", "Vietnam", 0, C("Vietnam", "VN")),
    ("y02", "place", "Myanmar", 0, C("Myanmar", "MM")),
    ("y02", "place", "Malaysia", 0, C("Malaysia", "MY")),
    ("y02", "place", "links [[Kunming]]", 0, KMG),
    ("y02", "place", "and [[Vientiane]] in", 0, VTE),
    ("y02", "place", "[[Lao]] Deputy", 0, LA),
    ("y02", "place", "the [[Vientiane]] South", 0, VTE),
    ("y02", "place", "turned [[Laos]]", 0, LA),
    ("y02", "place", "600 [[Lao]] railway", 0, LA),
    ("y02", "place", "by [[Chinese]] and", 0, CN),
    ("y02", "place", "and [[Lao]] state", 0, LA),
    ("y02", "place", "[[Laos]] holds", 0, LA),
    ("y02", "place", "visit, [[Laos]] and", 0, LA),
    ("y02", "place", "and [[Thailand]] signed", 0, TH),
    ("y02", "place", "between [[Vientiane]] and", 0, VTE),
    ("y02", "place", "Nong Khai", 0, CITY("Nong Khai", "TH")),
    ("y02", "place", "the [[Thai]] network", 0, TH),
    ("y02", "place", "[[Thai]] Transport", 0, TH),
    ("y02", "place", "raise [[Laos]]' national", 0, LA),
    # events ("transported", "carried": figures; "thanked": part of the visit)
    ("y02", "event", "[[visited]] the Vientiane", 0, E("visit", "2023-07-03", "Vientiane", ["Laos"])),
    ("y02", "event", "which [[built]] the line", 0, E("construction", None, None, [CREC, CRCC])),
    ("y02", "event", "[[opened]] on December", 0, E("ceremony", "2021-12-03")),
    ("y02", "event", "Thailand [[signed]]", 0, E("signing", "2023-07-03", None, ["Laos", "Thailand"])),
]

# ================================= y03 Malaysian daily, MM/DD/YYYY dates (2023-05-18)
MY = C("Malaysia", "MY")
MRL = "Malaysia Rail Link Sdn Bhd"
CCCC = "China Communications Construction Company"
KEL = REG("Kelantan", "MY")
A03 = [
    # dates (the navigation bar, share line, related links and copyright are chrome)
    ("y03", "date", "DECEMBER 2026", 0, "2026-12"),
    ("y03", "date", "05/18/2023 11:30 AM", 0, "2023-05-18T11:30"),
    ("y03", "date", "in [[December 2026]]", 0, "2026-12"),
    ("y03", "date", "today", 0, "2023-05-18"),
    ("y03", "date", "04/27/2023", 0, "2023-04-27"),
    ("y03", "date", "Q3 2024", 0, "2024-Q3"),
    ("y03", "date", "in [[2019]]", 0, "2019"),
    ("y03", "date", "03/14/2023", 0, "2023-03-14"),
    ("y03", "date", "by [[2030]]", 0, "2030"),
    # money
    ("y03", "money", "RM50.27 billion", 0, M("50270000000", "MYR")),
    ("y03", "money", "about RM1.7 billion", 0, M("1700000000", "MYR", "approx")),
    ("y03", "money", "RM21 billion", 0, M("21000000000", "MYR")),
    # quantities ("two months": spelled-out)
    ("y03", "quantity", "70 PCT", 0, Q("70", "%")),
    ("y03", "quantity", "70.2 per cent", 0, Q("70.2", "%")),
    ("y03", "quantity", "16.39-kilometre", 0, Q("16.39", "km")),
    ("y03", "quantity", "665km", 0, Q("665", "km")),
    ("y03", "quantity", "40 per cent", 0, Q("40", "%")),
    ("y03", "quantity", "About 5,700 local workers", 0, Q("5700", "worker", "approx")),
    ("y03", "quantity", "5.4 million passengers", 0, Q("5400000", "passenger")),
    ("y03", "quantity", "53 million tonnes", 0, Q("53000000", "t")),
    # organisations ("East Coast Rail Link (ECRL)": a project; "Parliament", "the Cabinet": generic)
    ("y03", "organisation", "SAYS [[MRL]]", 0, O(MRL)),
    ("y03", "organisation", MRL, 0, O(MRL)),
    ("y03", "organisation", "([[MRL]])", 0, O(MRL)),
    ("y03", "organisation", "[[MRL]] chief", 0, O(MRL)),
    ("y03", "organisation", CCCC, 0, O(CCCC)),
    ("y03", "organisation", "([[CCCC]])", 0, O(CCCC)),
    ("y03", "organisation", "[[CCCC]] has", 0, O(CCCC)),
    ("y03", "organisation", "[[MRL]] said.", 0, O(MRL)),
    # places
    ("y03", "place", "KUALA LUMPUR", 0, CITY("Kuala Lumpur", "MY")),
    ("y03", "place", "in [[Kelantan]] and", 0, KEL),
    ("y03", "place", "Terengganu", 0, REG("Terengganu", "MY")),
    ("y03", "place", "from [[China]] in", 0, CN),
    ("y03", "place", "Bentong", 0, CITY("Bentong", "MY")),
    ("y03", "place", "Pahang", 0, REG("Pahang", "MY")),
    ("y03", "place", "Kota Bharu", 0, CITY("Kota Bharu", "MY")),
    ("y03", "place", "Bharu in [[Kelantan]]", 0, KEL),
    ("y03", "place", "Port Klang", 0, CITY("Port Klang", "MY")),
    ("y03", "place", "the [[Chinese]] contractor", 0, CN),
    ("y03", "place", "Negeri Sembilan", 0, REG("Negeri Sembilan", "MY")),
    ("y03", "place", "to [[Malaysian]] companies", 0, MY),
    # events ("built by": the line is still being built; "awarded works": a running total)
    ("y03", "event", "site [[visit]]", 0, E("visit", None, "Bentong", [MRL])),
]

# ================================= y04 Xinhua Silk Road page, Phnom Penh (2023-11-01), chrome
KH = C("Cambodia", "KH")
PNH = CITY("Phnom Penh", "KH")
SHV = CITY("Sihanoukville", "KH")
CRBC = "China Road and Bridge Corporation"
A04 = [
    # dates (the navigation line, share line, related news, copyright and ICP lines are chrome)
    ("y04", "date", "2023-11-01 16:45", 0, "2023-11-01T16:45"),
    ("y04", "date", "Nov. 1", 0, "2023-11-01"),
    ("y04", "date", "one year ago", 0, "2022"),
    ("y04", "date", "Wednesday", 0, "2023-11-01"),
    ("y04", "date", "Tuesday", 0, "2023-10-31"),
    ("y04", "date", "the first nine months of the year", 0, "2023-01/2023-09"),
    ("y04", "date", "in [[2024]]", 0, "2024"),
    # money
    ("y04", "money", "about 2 billion U.S. dollars", 0, M("2000000000", "USD", "approx")),
    ("y04", "money", "1.35 billion dollars", 0, M("1350000000", "USD")),
    # quantities ("One Year", "four-lane", "five hours", "two hours": spelled-out)
    ("y04", "quantity", "2.4 Million Vehicles", 0, Q("2400000", "vehicle", "gt")),
    ("y04", "quantity", "more than 2.4 million vehicles", 0, Q("2400000", "vehicle", "gt")),
    ("y04", "quantity", "187-km", 0, Q("187", "km")),
    ("y04", "quantity", "19 percent", 0, Q("19", "%")),
    ("y04", "quantity", "680,000 TEUs", 0, Q("680000", "TEU")),
    ("y04", "quantity", "about 1,300 Cambodian staff", 0, Q("1300", "staff", "approx")),
    ("y04", "quantity", "more than 300 Chinese enterprises", 0, Q("300", "enterprise", "gt")),
    ("y04", "quantity", "30,000 jobs", 0, Q("30000", "job")),
    # organisations ("Sihanoukville Special Economic Zone": a zone, its city is the place)
    ("y04", "organisation", "Source: [[Xinhua]]", 0, O("Xinhua")),
    ("y04", "organisation", CRBC, 0, O(CRBC)),
    ("y04", "organisation", "([[CRBC]])", 0, O(CRBC)),
    ("y04", "organisation", "by [[CRBC]] under", 0, O(CRBC)),
    ("y04", "organisation", "Sihanoukville Autonomous Port", 0, O("Sihanoukville Autonomous Port")),
    ("y04", "organisation", "[[CRBC]] employs", 0, O(CRBC)),
    # places
    ("y04", "place", "[[Cambodia]]'s First", 0, KH),
    ("y04", "place", "PHNOM PENH", 0, PNH),
    ("y04", "place", "The [[Phnom Penh]]-Sihanoukville", 0, PNH),
    ("y04", "place", "Phnom Penh-[[Sihanoukville]] Expressway", 0, SHV),
    ("y04", "place", "[[Cambodia]]'s first", 0, KH),
    ("y04", "place", "port of [[Sihanoukville]]", 0, SHV),
    ("y04", "place", "[[Cambodian]] Prime", 0, KH),
    ("y04", "place", "Kampong Speu", 0, REG("Kampong Speu", "KH")),
    ("y04", "place", "between [[Cambodia]] and China", 0, KH),
    ("y04", "place", "Cambodia and [[China]]", 0, CN),
    ("y04", "place", "1,300 [[Cambodian]] staff", 0, KH),
    ("y04", "place", "[[Cambodian]] Minister", 0, KH),
    ("y04", "place", "linking [[Phnom Penh]]", 0, PNH),
    ("y04", "place", "Bavet", 0, CITY("Bavet", "KH")),
    ("y04", "place", "Vietnam", 0, C("Vietnam", "VN")),
    ("y04", "place", "[[Chinese]] ambassador", 0, CN),
    ("y04", "place", "ambassador to [[Cambodia]]", 0, KH),
    ("y04", "place", "300 [[Chinese]] enterprises", 0, CN),
    ("y04", "place", "the [[Sihanoukville]] Special", 0, SHV),
    # events
    ("y04", "event", "[[invested]] in and built", 0,
     E("investment", None, None, [CRBC], M("2000000000", "USD", "approx"))),
    ("y04", "event", "in and [[built]] by", 0, E("construction", None, None, [CRBC])),
    ("y04", "event", "anniversary event", 0, E("ceremony", "2023-10-31", "Kampong Speu", ["Cambodia"])),
]

# ================================= y05 MOFCOM statement with numbered items (2024-02-08)
MOFCOM = "Ministry of Commerce of the People's Republic of China"
MOCTH = "Ministry of Commerce of Thailand"
BKK = CITY("Bangkok", "TH")
JC7 = "7th meeting of the China-Thailand Joint Committee on Trade, Investment and Economic Cooperation"
JC8 = "8th meeting of the Joint Committee"
VISIT05 = "2024-02-05/2024-02-07"
A05 = [
    ("y05", "date", "2024-02-08", 0, "2024-02-08"),
    ("y05", "date", "February 5 to 7, 2024", 0, VISIT05),
    ("y05", "date", "dollars in [[2023]]", 0, "2023"),
    ("y05", "date", "by [[2027]]", 0, "2027"),
    ("y05", "date", "35% in [[2023]]", 0, "2023"),
    ("y05", "date", "in [[2028]]", 0, "2028"),
    ("y05", "date", "February 6", 0, "2024-02-06"),
    ("y05", "date", "next year", 0, "2025"),
    # money
    ("y05", "money", "126.3 billion US dollars", 0, M("126300000000", "USD")),
    ("y05", "money", "150 billion US dollars", 0, M("150000000000", "USD")),
    ("y05", "money", "about 4.3 billion US dollars", 0, M("4300000000", "USD", "approx")),
    # quantities ("1." ... "4.": item numbers; "7th", "8th": ranks)
    ("y05", "quantity", "35%", 0, Q("35", "%")),
    ("y05", "quantity", "more than 20 Chinese electric vehicle makers", 0, Q("20", "maker", "gt")),
    ("y05", "quantity", "253 kilometers", 0, Q("253", "km")),
    ("y05", "quantity", "14 agreements", 0, Q("14", "agreement")),
    # organisations (RCEP: an agreement; Lancang-Mekong Cooperation: a mechanism; minister titles)
    ("y05", "organisation", MOFCOM, 0, O(MOFCOM)),
    ("y05", "organisation", MOCTH, 0, O(MOCTH)),
    ("y05", "organisation", "BYD", 0, O("BYD")),
    ("y05", "organisation", "Great Wall Motor", 0, O("Great Wall Motor")),
    ("y05", "organisation", "ASEAN", 0, O("ASEAN")),
    ("y05", "organisation", "Department of Asian Affairs", 0, O("Department of Asian Affairs")),
    ("y05", "organisation", "MOFCOM", 0, O(MOFCOM)),
    # places
    ("y05", "place", "on [[China]]-Thailand Economic", 0, CN),
    ("y05", "place", "China-[[Thailand]] Economic", 0, TH),
    ("y05", "place", "to [[Bangkok]] from", 0, BKK),
    ("y05", "place", "with [[Thai]] Deputy", 0, TH),
    ("y05", "place", "of [[Thai]] durian", 0, TH),
    ("y05", "place", "[[Chinese]] direct", 0, CN),
    ("y05", "place", "investment in [[Thailand]] rose", 0, TH),
    ("y05", "place", "20 [[Chinese]] electric", 0, CN),
    ("y05", "place", "the [[China]]-Thailand Railway", 0, CN),
    ("y05", "place", "China-[[Thailand]] Railway", 0, TH),
    ("y05", "place", "from [[Bangkok]] to", 0, BKK),
    ("y05", "place", "Nakhon Ratchasima", 0, CITY("Nakhon Ratchasima", "TH")),
    ("y05", "place", "Nong Khai", 0, CITY("Nong Khai", "TH")),
    ("y05", "place", "the [[China]]-Laos Railway", 0, CN),
    ("y05", "place", "China-[[Laos]] Railway", 0, LA),
    ("y05", "place", "with [[Thai]] Prime", 0, TH),
    ("y05", "place", "held in [[China]]", 0, CN),
    # summits
    ("y05", "summit", JC7, 0, S(JC7, VISIT05, "Bangkok")),
    ("y05", "summit", "China-Thailand Business Forum", 0, S("China-Thailand Business Forum", None, "Bangkok")),
    ("y05", "summit", JC8, 0, S(JC8, "2025", "China")),
    # events ("will speed up": intention; "reached ... consensus": outcome of the meeting)
    ("y05", "event", "[[led]] a delegation", 0, E("visit", VISIT05, "Bangkok", [MOFCOM, MOCTH])),
    ("y05", "event", "co-chaired", 0, E("meeting", VISIT05, "Bangkok", [MOFCOM, "Thailand"])),
    ("y05", "event", "sides [[signed]] a memorandum", 0, E("signing", VISIT05, "Bangkok", [MOFCOM, MOCTH])),
    ("y05", "event", "also [[met]]", 0, E("meeting", "2024-02-06", "Bangkok", [MOFCOM, "Thailand"])),
    ("y05", "event", "countries [[signed]]", 0,
     E("signing", None, "Bangkok", ["China", "Thailand"], M("4300000000", "USD", "approx"))),
]

# ================================= y06 company annual results, Hong Kong (dateline 03/27/2024, no header)
CSP = "COSCO SHIPPING Ports Limited"
A06 = [
    # dates ("HKEX: 1199" is a stock code)
    ("y06", "date", "Announces [[2023]] Annual", 0, "2023"),
    ("y06", "date", "03/27/2024", 0, "2024-03-27"),
    ("y06", "date", "today", 0, "2024-03-27"),
    ("y06", "date", "31 December 2023", 0, "2023-12-31"),
    ("y06", "date", "Its [[2023]] throughput", 0, "2023"),
    ("y06", "date", "TEU in [[2022]]", 0, "2022"),
    ("y06", "date", "Q1 2023", 0, "2023-Q1"),
    ("y06", "date", "than in [[2022]]", 0, "2022"),
    ("y06", "date", "H1 2022", 0, "2022-H1"),
    ("y06", "date", "November 2024", 0, "2024-11"),
    ("y06", "date", "expenditure in [[2024]]", 0, "2024"),
    ("y06", "date", "1Q20", 0, "2020-Q1"),
    # money
    ("y06", "money", "US$1.45 billion", 0, M("1450000000", "USD")),
    ("y06", "money", "US$325.6 million", 0, M("325600000", "USD")),
    ("y06", "money", "HK12.1 cents", 0, M("0.121", "HKD")),
    ("y06", "money", "about US$1.3 billion", 0, M("1300000000", "USD", "approx")),
    ("y06", "money", "$2-3 billion", 0, M("2000000000", "USD", None, "3000000000")),
    ("y06", "money", "RMB 5 billion yuan to RMB 7 billion yuan", 0, M("5000000000", "CNY", None, "7000000000")),
    # quantities
    ("y06", "quantity", "4.5%", 0, Q("4.5", "%")),
    ("y06", "quantity", "8.4%", 0, Q("8.4", "%")),
    ("y06", "quantity", "130.0 million TEU", 0, Q("130000000", "TEU")),
    ("y06", "quantity", "3.9%", 0, Q("3.9", "%")),
    ("y06", "quantity", "5.9%", 0, Q("5.9", "%")),
    ("y06", "quantity", "38.6 million TEU", 0, Q("38600000", "TEU")),
    ("y06", "quantity", "4.7 million TEU", 0, Q("4700000", "TEU")),
    ("y06", "quantity", "4.4 million TEU", 0, Q("4400000", "TEU")),
    ("y06", "quantity", "6%", 0, Q("6", "%")),
    ("y06", "quantity", "1.2 million TEU", 0, Q("1200000", "TEU")),
    ("y06", "quantity", "29.8%", 0, Q("29.8", "%")),
    ("y06", "quantity", "2.5 million TEU", 0, Q("2500000", "TEU")),
    ("y06", "quantity", "4.0 million TEU", 0, Q("4000000", "TEU")),
    ("y06", "quantity", "60%", 0, Q("60", "%")),
    ("y06", "quantity", "1 million TEU", 0, Q("1000000", "TEU")),
    ("y06", "quantity", "1.5 million tons per year", 0, Q("1500000", "t/year")),  # a rate unit, like km/h
    ("y06", "quantity", "almost 40%", 0, Q("40", "%", "lt")),
    # organisations ("the Company" is generic; "The Board" an internal body)
    ("y06", "organisation", "[[COSCO SHIPPING Ports]] Announces", 0, O(CSP)),
    ("y06", "organisation", CSP, 0, O(CSP)),
    ("y06", "organisation", "(\"[[COSCO SHIPPING Ports]]\"", 0, O(CSP)),
    ("y06", "organisation", "HKEX", 0, O("HKEX")),
    ("y06", "organisation", "Piraeus Container Terminal", 0, O("Piraeus Container Terminal")),
    ("y06", "organisation", "CSP Abu Dhabi Terminal", 0, O("CSP Abu Dhabi Terminal")),
    ("y06", "organisation", "AD Ports Group", 0, O("AD Ports Group")),
    # places ("Khalifa Port": a port, no city)
    ("y06", "place", "Hong Kong", 0, CITY("Hong Kong", "HK")),
    ("y06", "place", "Greece", 0, C("Greece", "GR")),
    ("y06", "place", "in [[Europe]].", 0, REG("Europe")),
    ("y06", "place", "the [[UAE]]", 0, C("UAE", "AE")),
    ("y06", "place", "In [[Peru]]", 0, C("Peru", "PE")),
    ("y06", "place", "the [[Chancay]] port", 0, CITY("Chancay", "PE")),
    # events ("handled": figures; "is scheduled to open": future)
    ("y06", "event", "AD Ports Group [[agreed]]", 0, E("signing", "2022-H1", None, [CSP, "AD Ports Group"])),
]

# ================================= y07 Egypt / Algeria, DD.MM.YYYY dates (18.05.2023)
SCZ = "General Authority for the Suez Canal Economic Zone"
EG = C("Egypt", "EG")
DZ = C("Algeria", "DZ")
XFM = "Xinfengming Group"
CAS2 = "second China-Arab States Summit"
A07 = [
    ("y07", "date", "18.05.2023", 0, "2023-05-18"),
    ("y07", "date", "17.05.2023", 0, "2023-05-17"),
    ("y07", "date", "since [[2008]]", 0, "2008"),
    ("y07", "date", "15.05.2023", 0, "2023-05-15"),
    ("y07", "date", "from [[2025]]", 0, "2025"),
    ("y07", "date", "in [[July]]", 0, "2023-07"),
    ("y07", "date", "in [[2026]]", 0, "2026"),
    # money
    ("y07", "money", "$1.1 billion", 0, M("1100000000", "USD")),
    ("y07", "money", "1.1 billion dollars", 0, M("1100000000", "USD")),
    ("y07", "money", "680 million dollar", 0, M("680000000", "USD")),
    ("y07", "money", "more than 1.6 billion dollars", 0, M("1600000000", "USD", "gt")),
    ("y07", "money", "7 billion dollar", 0, M("7000000000", "USD")),
    # quantities ("three contracts": spelled-out count)
    ("y07", "quantity", "3 Chinese industrial deals", 0, Q("3", "deal")),
    ("y07", "quantity", "400,000 square metres", 0, Q("400000", "m2")),
    ("y07", "quantity", "over 140 companies", 0, Q("140", "company", "gt")),
    ("y07", "quantity", "5.4 million tonnes", 0, Q("5400000", "t")),
    ("y07", "quantity", "56%", 0, Q("56", "%")),
    ("y07", "quantity", "20 Arab states", 0, Q("20", "state")),
    # organisations
    ("y07", "organisation", "SCZone", 0, O(SCZ)),
    ("y07", "organisation", SCZ, 0, O(SCZ)),
    ("y07", "organisation", "([[SCZone]])", 0, O(SCZ)),
    ("y07", "organisation", "[[SCZone]] chairman", 0, O(SCZ)),
    ("y07", "organisation", XFM, 0, O(XFM)),
    ("y07", "organisation", "Sailun Group", 0, O("Sailun Group")),
    ("y07", "organisation", "Xinyi Glass", 0, O("Xinyi Glass")),
    ("y07", "organisation", "China-Africa TEDA Investment Co.", 0, O("China-Africa TEDA Investment Co.")),
    ("y07", "organisation", "Ministry of Energy and Mines", 0, O("Ministry of Energy and Mines")),
    ("y07", "organisation", "Sonatrach", 0, O("Sonatrach")),
    ("y07", "organisation", "Manal", 0, O("Manal")),
    ("y07", "organisation", "Wuhuan Engineering", 0, O("Wuhuan Engineering")),
    ("y07", "organisation", "Tian'an Chemical", 0, O("Tian'an Chemical")),
    ("y07", "organisation", "Algerian Press Service", 0, O("Algerian Press Service")),
    ("y07", "organisation", "(APS)", 0, O("Algerian Press Service")),
    # places ("Arab states": no region of that name)
    ("y07", "place", "3 [[Chinese]] industrial", 0, CN),
    ("y07", "place", "; [[Algeria]] phosphate", 0, DZ),
    ("y07", "place", "CAIRO", 0, CITY("Cairo", "EG")),
    ("y07", "place", "with [[Chinese]] companies", 0, CN),
    ("y07", "place", "Ain Sokhna", 0, CITY("Ain Sokhna", "EG")),
    ("y07", "place", "[[Egyptian]] Prime", 0, EG),
    ("y07", "place", "and [[Chinese]] Ambassador", 0, CN),
    ("y07", "place", "Ambassador to [[Egypt]]", 0, EG),
    ("y07", "place", "TEDA-[[Egypt]] zone", 0, EG),
    ("y07", "place", "In [[Algeria]],", 0, DZ),
    ("y07", "place", "the [[Algerian]]-Chinese", 0, DZ),
    ("y07", "place", "Algerian-[[Chinese]] integrated", 0, CN),
    ("y07", "place", "Tebessa", 0, REG("Tebessa", "DZ")),
    ("y07", "place", "[[China]]'s Wuhuan", 0, CN),
    ("y07", "place", "[[Algeria]] holds", 0, DZ),
    ("y07", "place", "[[Algerian]] President", 0, DZ),
    ("y07", "place", "Beijing", 0, CITY("Beijing", "CN")),
    ("y07", "place", "[[Egypt]] and Algeria are", 0, EG),
    ("y07", "place", "Egypt and [[Algeria]] are", 0, DZ),
    ("y07", "place", "documents with [[China]]", 0, CN),
    ("y07", "place", "held in [[China]]", 0, CN),
    # summits
    ("y07", "summit", CAS2, 0, S(CAS2, "2026", "China")),
    # events ("is expected to visit": future; "have signed ... documents": a running tally)
    ("y07", "event", "SCZone [[signs]]", 0,
     E("signing", "2023-05-17", None, [SCZ, XFM, "Sailun Group", "Xinyi Glass", "Egypt", "China"],
       M("1100000000", "USD"))),
]

# ================================= y08 Latin America digest, Lima (dateline Oct. 24, 2024, no header)
PE = C("Peru", "PE")
AR = C("Argentina", "AR")
BR = C("Brazil", "BR")
EC = C("Ecuador", "EC")
LIMA = CITY("Lima", "PE")
CHANCAY = CITY("Chancay", "PE")
CRRC = "China Railway Rolling Stock Corporation"
APEC = "APEC Economic Leaders' Meeting"
A08 = [
    ("y08", "date", "Oct. 24, 2024", 0, "2024-10-24"),
    ("y08", "date", "Monday", 0, "2024-10-21"),
    ("y08", "date", "next month", 0, "2024-11"),
    ("y08", "date", "November 14", 0, "2024-11-14"),
    ("y08", "date", "the end of 2025", 0, "2025"),
    ("y08", "date", "the first nine months of 2024", 0, "2024-01/2024-09"),
    ("y08", "date", "in [[2023]]", 0, "2023"),
    ("y08", "date", "last year", 0, "2023"),
    # money
    ("y08", "money", "3.5 billion US dollar", 0, M("3500000000", "USD")),
    ("y08", "money", "2.1 billion dollar", 0, M("2100000000", "USD")),
    ("y08", "money", "about R$18 billion", 0, M("18000000000", "BRL", "approx")),
    ("y08", "money", "up to 50 million dollars", 0, M("50000000", "USD", "le")),
    ("y08", "money", "450 billion dollars", 0, M("450000000000", "USD")),
    # quantities ("first container ship", "first phase": ranks)
    ("y08", "quantity", "80 km", 0, Q("80", "km")),
    # "cut ... from 35 to 23 days": a change, only the new figure counts
    ("y08", "quantity", "23 days", 0, Q("23", "day")),
    ("y08", "quantity", "between 40 and 50 locomotives", 0, Q("40", "locomotive", None, "50")),
    ("y08", "quantity", "22%", 0, Q("22", "%")),
    ("y08", "quantity", "3.2 million tonnes", 0, Q("3200000", "t")),
    ("y08", "quantity", "30-year", 0, Q("30", "year")),
    ("y08", "quantity", "1,468-km", 0, Q("1468", "km")),
    ("y08", "quantity", "150,000 vehicles", 0, Q("150000", "vehicle")),
    ("y08", "quantity", "6,500 GWh", 0, Q("6500", "GWh")),
    ("y08", "quantity", "about 25%", 0, Q("25", "%", "approx")),
    ("y08", "quantity", "1,500-MW", 0, Q("1500", "MW")),
    # organisations ("the energy ministry": generic; APEC inside the meeting's name)
    ("y08", "organisation", "(Andina)", 0, O("Andina")),
    ("y08", "organisation", "Cosco Shipping Ports Chancay Peru S.A.", 0, O("Cosco Shipping Ports Chancay Peru S.A.")),
    ("y08", "organisation", "Trenes Argentinos Cargas", 0, O("Trenes Argentinos Cargas")),
    ("y08", "organisation", CRRC, 0, O(CRRC)),
    ("y08", "organisation", "([[CRRC]])", 0, O(CRRC)),
    ("y08", "organisation", "China Development Bank", 0, O("China Development Bank")),
    ("y08", "organisation", "State Grid Corporation of China", 0, O("State Grid Corporation of China")),
    ("y08", "organisation", "ANEEL", 0, O("ANEEL")),
    ("y08", "organisation", "BYD", 0, O("BYD")),
    ("y08", "organisation", "Sinohydro", 0, O("Sinohydro")),
    # places
    ("y08", "place", "Latin America", 0, REG("Latin America")),
    ("y08", "place", "Digest: [[Chancay]] Port", 0, CHANCAY),
    ("y08", "place", "; [[Argentina]], Brazil", 0, AR),
    ("y08", "place", "Argentina, [[Brazil]], Ecuador", 0, BR),
    ("y08", "place", "Brazil, [[Ecuador]] Deals", 0, EC),
    ("y08", "place", "LIMA", 0, LIMA),
    ("y08", "place", "The [[Chancay]] megaport", 0, CHANCAY),
    ("y08", "place", "north of [[Lima]]", 0, LIMA),
    ("y08", "place", "between [[Peru]] and", 0, PE),
    ("y08", "place", "and [[Asia]] from", 0, REG("Asia")),
    ("y08", "place", "[[Peruvian]] President", 0, PE),
    ("y08", "place", "[[Chinese]] President", 0, CN),
    ("y08", "place", "Meeting in [[Lima]]", 0, LIMA),
    ("y08", "place", "ARGENTINA", 0, AR),
    ("y08", "place", "[[Argentina]]'s state", 0, AR),
    ("y08", "place", "BRAZIL", 0, BR),
    ("y08", "place", "Brasilia", 0, CITY("Brasilia", "BR")),
    ("y08", "place", "Maranhao", 0, REG("Maranhao", "BR")),
    ("y08", "place", "Goias", 0, REG("Goias", "BR")),
    ("y08", "place", "[[Brazil]]'s electricity", 0, BR),
    ("y08", "place", "Camacari", 0, CITY("Camacari", "BR")),
    ("y08", "place", "Bahia", 0, REG("Bahia", "BR")),
    ("y08", "place", "ECUADOR", 0, EC),
    ("y08", "place", "[[Ecuador]]'s Coca", 0, EC),
    ("y08", "place", "[[China]] is South", 0, CN),
    ("y08", "place", "South America", 0, REG("South America")),
    # summits
    ("y08", "summit", APEC, 0, S(APEC, None, "Lima")),
    # events ("are scheduled to inaugurate", "would deliver": future; "won a ... concession",
    # "generated", "rose": no occurrence of the listed types)
    ("y08", "event", "plant, [[built]] by", 0, E("construction", None, None, ["Sinohydro"])),
]

# ================================= y09 Reuters, Belgrade/Podgorica (2024-05-09)
RS = C("Serbia", "RS")
HU = C("Hungary", "HU")
ME = C("Montenegro", "ME")
BEG = CITY("Belgrade", "RS")
BUD = CITY("Budapest", "HU")
EXIM = "Export-Import Bank of China"
EBRD = "European Bank for Reconstruction and Development"
PPA = "Piraeus Port Authority"
A09 = [
    ("y09", "date", "2024-05-09 08:00", 0, "2024-05-09T08:00"),
    ("y09", "date", "May 8", 0, "2024-05-08"),
    ("y09", "date", "this week", 0, "2024-W19"),
    ("y09", "date", "Tuesday", 0, "2024-05-07"),
    ("y09", "date", "in [[October]]", 0, "2024-10"),
    ("y09", "date", "in [[2025]]", 0, "2025"),
    ("y09", "date", "in [[2016]]", 0, "2016"),
    ("y09", "date", "last year", 0, "2023"),
    ("y09", "date", "vehicles in [[2023]]", 0, "2023"),
    ("y09", "date", "in [[June]]", 0, "2024-06"),
    ("y09", "date", "euros in [[2023]]", 0, "2023"),
    ("y09", "date", "5 to 7 May", 0, "2024-05-05/2024-05-07"),
    # money
    ("y09", "money", "2.1 billion euro", 0, M("2100000000", "EUR")),
    ("y09", "money", "46 million euros", 0, M("46000000", "EUR")),
    ("y09", "money", "about 1 billion euros", 0, M("1000000000", "EUR", "approx")),
    ("y09", "money", "76.3 million euros", 0, M("76300000", "EUR")),
    # quantities ("second-largest", "first 41-km section", "second section": ranks)
    ("y09", "quantity", "108-km", 0, Q("108", "km")),
    ("y09", "quantity", "152 km", 0, Q("152", "km")),
    ("y09", "quantity", "85 percent", 0, Q("85", "%")),
    ("y09", "quantity", "1.73 million tonnes", 0, Q("1730000", "t")),
    ("y09", "quantity", "about 5,000 people", 0, Q("5000", "person", "approx")),
    ("y09", "quantity", "41-km", 0, Q("41", "km")),
    ("y09", "quantity", "1.2 million vehicles", 0, Q("1200000", "vehicle")),
    ("y09", "quantity", "67%", 0, Q("67", "%")),
    ("y09", "quantity", "21.5%", 0, Q("21.5", "%")),
    # organisations
    ("y09", "organisation", "(Reuters)", 0, O("Reuters")),
    ("y09", "organisation", "China Railway Group", 0, O("China Railway Group")),
    ("y09", "organisation", "RM International", 0, O("RM International")),
    ("y09", "organisation", EXIM, 0, O(EXIM)),
    ("y09", "organisation", "HBIS Group", 0, O("HBIS Group")),
    ("y09", "organisation", "HBIS Serbia", 0, O("HBIS Serbia")),
    ("y09", "organisation", "China Road and Bridge Corporation", 0, O("China Road and Bridge Corporation")),
    ("y09", "organisation", EBRD, 0, O(EBRD)),
    ("y09", "organisation", "([[EBRD]])", 0, O(EBRD)),
    ("y09", "organisation", "COSCO Shipping", 0, O("COSCO Shipping")),
    ("y09", "organisation", PPA, 0, O(PPA)),
    ("y09", "organisation", "([[PPA]])", 0, O(PPA)),
    # places
    ("y09", "place", "Balkans Rail", 0, REG("Balkans")),
    ("y09", "place", "[[Chinese]] Projects", 0, CN),
    ("y09", "place", "BELGRADE", 0, BEG),
    ("y09", "place", "PODGORICA", 0, CITY("Podgorica", "ME")),
    ("y09", "place", "[[Chinese]]-built", 0, CN),
    ("y09", "place", "Western Balkans", 0, REG("Western Balkans")),
    ("y09", "place", "Balkans and [[Hungary]]", 0, HU),
    ("y09", "place", "to [[Serbia]] and Hungary", 0, RS),
    ("y09", "place", "Serbia and [[Hungary]]", 0, HU),
    ("y09", "place", "[[Serbian]] Minister", 0, RS),
    ("y09", "place", "Novi Sad", 0, CITY("Novi Sad", "RS")),
    ("y09", "place", "Subotica", 0, CITY("Subotica", "RS")),
    ("y09", "place", "the [[Budapest]]-Belgrade", 0, BUD),
    ("y09", "place", "Budapest-[[Belgrade]] railway", 0, BEG),
    ("y09", "place", "The [[Hungarian]] section", 0, HU),
    ("y09", "place", "from [[Budapest]] to", 0, BUD),
    ("y09", "place", "Kelebia", 0, CITY("Kelebia", "HU")),
    ("y09", "place", "and [[Hungarian]] firm", 0, HU),
    ("y09", "place", "[[Hungary]] financed", 0, HU),
    ("y09", "place", "Smederevo", 0, CITY("Smederevo", "RS")),
    ("y09", "place", "the [[Chinese]] steelmaker", 0, CN),
    ("y09", "place", "remained [[Serbia]]'s", 0, RS),
    ("y09", "place", "In [[Montenegro]]", 0, ME),
    ("y09", "place", "the [[Bar]]-Boljare", 0, CITY("Bar", "ME")),
    ("y09", "place", "Bar-[[Boljare]]", 0, CITY("Boljare", "ME")),
    ("y09", "place", "[[Montenegrin]] Prime", 0, ME),
    ("y09", "place", "the [[Greek]] port", 0, C("Greece", "GR")),
    ("y09", "place", "France", 0, C("France", "FR")),
    ("y09", "place", "to [[Belgrade]].", 0, BEG),
    # events ("is being built": under way; "would open", "would start": future)
    ("y09", "event", "Jinping's [[visit]]", 0, E("visit", None, None, ["Serbia", "Hungary"])),
    ("y09", "event", "steelmaker [[bought]]", 0,
     E("investment", "2016", "Smederevo", ["HBIS Group"], M("46000000", "EUR"))),
    ("y09", "event", "motorway, [[built]] by", 0, E("construction", None, None, ["China Road and Bridge Corporation"])),
    ("y09", "event", "Xi [[visited]] France", 0, E("visit", "2024-05-05/2024-05-07", "France", ["France"])),
]

# ================================= y10 Central Asia and Mongolia, Ashgabat (2024-01-19)
TM = C("Turkmenistan", "TM")
TJ = C("Tajikistan", "TJ")
MN = C("Mongolia", "MN")
CNPC = "China National Petroleum Corporation"
SCC = "State Council of China"
A10 = [
    ("y10", "date", "2024-01-19", 0, "2024-01-19"),
    ("y10", "date", "Thursday", 0, "2024-01-18"),
    ("y10", "date", "January 17", 0, "2024-01-17"),
    ("y10", "date", "since [[2007]]", 0, "2007"),
    ("y10", "date", "last year", 0, "2023"),
    ("y10", "date", "gold in [[2023]]", 0, "2023"),
    ("y10", "date", "China in [[2023]]", 0, "2023"),
    ("y10", "date", "the second half of 2024", 0, "2024-H2"),
    ("y10", "date", "28 November 2022", 0, "2022-11-28"),
    ("y10", "date", "dollars in [[2023]]", 0, "2023"),
    # money
    ("y10", "money", "89.4 billion dollars", 0, M("89400000000", "USD")),
    # quantities ("Line D", "Dushanbe-2": names; "fourth phase": rank; "five ... countries": spelled-out)
    ("y10", "quantity", "1,000-km", 0, Q("1000", "km")),
    ("y10", "quantity", "30 billion cubic meters", 0, Q("30000000000", "m3")),
    ("y10", "quantity", "65 bcm", 0, Q("65000000000", "m3")),
    ("y10", "quantity", "1.1 billion kilowatt-hours", 0, Q("1100000000", "kWh")),
    ("y10", "quantity", "4.2 tonnes", 0, Q("4.2", "t")),
    ("y10", "quantity", "385,000 tonnes", 0, Q("385000", "t")),
    ("y10", "quantity", "19.5-km", 0, Q("19.5", "km")),
    ("y10", "quantity", "27 percent", 0, Q("27", "%")),
    # organisations
    ("y10", "organisation", "TDH", 0, O("TDH")),
    ("y10", "organisation", SCC, 0, O(SCC)),
    ("y10", "organisation", "Turkmengaz", 0, O("Turkmengaz")),
    ("y10", "organisation", CNPC, 0, O(CNPC)),
    ("y10", "organisation", "([[CNPC]])", 0, O(CNPC)),
    ("y10", "organisation", "[[CNPC]] has", 0, O(CNPC)),
    ("y10", "organisation", "by [[TBEA]]", 0, O("TBEA")),
    ("y10", "organisation", "Barqi Tojik", 0, O("Barqi Tojik")),
    ("y10", "organisation", "[[TBEA]] also", 0, O("TBEA")),
    ("y10", "organisation", "General Administration of Customs", 0, O("General Administration of Customs")),
    # places (gas field, mine and border-crossing railway names: Galkynysh, Zarafshon, Oyu Tolgoi)
    ("y10", "place", "Mining: [[China]] Deepens", 0, CN),
    ("y10", "place", "With [[Turkmenistan]],", 0, TM),
    ("y10", "place", ", [[Tajikistan]] and Mongolia", 0, TJ),
    ("y10", "place", "and [[Mongolia]]\n", 0, MN),
    ("y10", "place", "ASHGABAT", 0, CITY("Ashgabat", "TM")),
    ("y10", "place", "-- [[Turkmenistan]] and China", 0, TM),
    ("y10", "place", "Turkmenistan and [[China]] have", 0, CN),
    ("y10", "place", "the [[Central Asia]]-China", 0, REG("Central Asia")),
    ("y10", "place", "Central Asia-[[China]] gas", 0, CN),
    ("y10", "place", "[[Turkmen]] state", 0, TM),
    ("y10", "place", "in [[Ashgabat]]", 0, CITY("Ashgabat", "TM")),
    ("y10", "place", "[[Turkmen]] President", 0, TM),
    ("y10", "place", "Uzbekistan", 0, C("Uzbekistan", "UZ")),
    ("y10", "place", "Uzbekistan, [[Tajikistan]] and", 0, TJ),
    ("y10", "place", "Kyrgyzstan", 0, C("Kyrgyzstan", "KG")),
    ("y10", "place", "raising [[Turkmenistan]]'s", 0, TM),
    ("y10", "place", "supplies to [[China]]", 0, CN),
    ("y10", "place", "working in [[Turkmenistan]]", 0, TM),
    ("y10", "place", "In [[Tajikistan]]", 0, TJ),
    ("y10", "place", "Dushanbe", 0, CITY("Dushanbe", "TJ")),
    ("y10", "place", "[[Tajik]] energy", 0, TJ),
    ("y10", "place", "the [[Tajik]] government", 0, TJ),
    ("y10", "place", "In [[Mongolia]]", 0, MN),
    ("y10", "place", "concentrate to [[China]]", 0, CN),
    ("y10", "place", "[[Mongolian]] Prime", 0, MN),
    ("y10", "place", "Gashuun Sukhait", 0, CITY("Gashuun Sukhait", "MN")),
    ("y10", "place", "to [[China]]'s Ganqimaodu", 0, CN),
    ("y10", "place", "Ganqimaodu", 0, CITY("Ganqimaodu", "CN")),
    ("y10", "place", "[[Mongolia]] and China signed", 0, MN),
    ("y10", "place", "Mongolia and [[China]] signed", 0, CN),
    ("y10", "place", "in [[Beijing]]", 0, CITY("Beijing", "CN")),
    ("y10", "place", "between [[China]] and", 0, CN),
    ("y10", "place", "five [[Central Asian]] countries", 0, REG("Central Asia")),
    # "China's General Administration of Customs": a public body after "'s" holds its country (NOTES)
    # events ("will run", "would be finished": future; "generated", "produced", "exported": figures)
    ("y10", "event", "have [[agreed]]", 0,
     E("signing", "2024-01-17", "Ashgabat", ["Turkmenistan", "China"])),
    ("y10", "event", "during [[talks]]", 0,
     E("meeting", "2024-01-17", "Ashgabat", ["Turkmenistan", SCC])),
    ("y10", "event", "also [[signed]]", 0, E("signing", None, None, ["Turkmengaz", CNPC])),
    ("y10", "event", "plant, [[built]] by", 0, E("construction", None, None, ["TBEA"])),
    ("y10", "event", "China [[signed]] an", 0, E("signing", "2022-11-28", "Beijing", ["Mongolia", "China"])),
]

ANNOTATIONS = A01 + A02 + A03 + A04 + A05 + A06 + A07 + A08 + A09 + A10


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "y*.txt")
