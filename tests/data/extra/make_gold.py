#!/usr/bin/env python3
"""Build tests/data/extra/gold.jsonl from hand annotations of the x*.txt documents here.

The twelve documents are invented but realistic Belt and Road news texts (press
releases, wire stories, ministry notes) that the extractors were NOT tuned on;
tests/test_annotated_set_scores.py scores the pipeline on them as a regression guard.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md.
Run:  python3 tests/data/extra/make_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")
KZ = C("Kazakhstan", "KZ")

# ============================================================ x01 Xinhua, Astana (2023-06-03)
KTZ = "Kazakhstan Temir Zholy"
CRCC = "China Railway Construction Corporation"
KTZE = "KTZ Express"
COSCOL = "COSCO Shipping Lines"
XINHUA = "Xinhua"
DOSTYK = CITY("Dostyk", "KZ")
MOIYNTY = CITY("Moiynty", "KZ")
KHORGOS = CITY("Khorgos", "KZ")
A01 = [
    # dates
    ("x01", "date", "2023-06-03 18:42", 0, "2023-06-03T18:42"),
    ("x01", "date", "June 3", 0, "2023-06-03"),
    ("x01", "date", "Saturday", 0, "2023-06-03"),
    ("x01", "date", "completed in [[2025]]", 0, "2025"),
    ("x01", "date", "May 18-19", 0, "2023-05-18/2023-05-19"),
    ("x01", "date", "the first quarter of 2023", 0, "2023-Q1"),
    ("x01", "date", "last year", 0, "2022"),
    ("x01", "date", "the same day", 0, "2023-06-03"),
    ("x01", "date", "in [[2022]]", 0, "2022"),
    ("x01", "date", "by [[2025]]", 0, "2025"),
    # money
    ("x01", "money", "420 billion tenge", 0, M("420000000000", "KZT")),
    ("x01", "money", "about 940 million U.S. dollars", 0, M("940000000", "USD", "approx")),
    ("x01", "money", "up to 50 million dollars", 0, M("50000000", "USD", "le")),
    ("x01", "money", "31 billion dollars", 0, M("31000000000", "USD")),
    ("x01", "money", "1.5 trillion tenge", 0, M("1500000000000", "KZT")),
    # quantities ("second track", "second largest": ranks)
    ("x01", "quantity", "836-km", 0, Q("836", "km")),
    ("x01", "quantity", "60 pairs", 0, Q("60", "pair")),
    ("x01", "quantity", "more than 20,000 containers", 0, Q("20000", "container", "gt")),
    ("x01", "quantity", "18 percent", 0, Q("18", "%")),
    ("x01", "quantity", "1.2 million TEU", 0, Q("1200000", "TEU")),
    ("x01", "quantity", "450,000 TEU", 0, Q("450000", "TEU")),
    ("x01", "quantity", "more than 34 percent", 0, Q("34", "%", "gt")),
    ("x01", "quantity", "1,300 km", 0, Q("1300", "km")),
    ("x01", "quantity", "4,000 km", 0, Q("4000", "km")),
    # organisations
    ("x01", "organisation", "Source: [[Xinhua]]", 0, O(XINHUA)),
    ("x01", "organisation", "([[Xinhua]])", 0, O(XINHUA)),
    ("x01", "organisation", "Kazakhstan Temir Zholy", 0, O(KTZ)),
    ("x01", "organisation", "([[KTZ]])", 0, O(KTZ)),
    ("x01", "organisation", "China Railway Construction Corporation", 0, O(CRCC)),
    ("x01", "organisation", "CRCC", 0, O(CRCC)),
    ("x01", "organisation", "[[KTZ]] chairman", 0, O(KTZ)),
    ("x01", "organisation", "According to [[KTZ]]", 0, O(KTZ)),
    ("x01", "organisation", "KTZ Express", 0, O(KTZE)),
    ("x01", "organisation", "COSCO Shipping Lines", 0, O(COSCOL)),
    ("x01", "organisation", "Asian Infrastructure Investment Bank", 0, O("Asian Infrastructure Investment Bank")),
    ("x01", "organisation", "Eurasian Development Bank", 0, O("Eurasian Development Bank")),
    # places
    ("x01", "place", "[[China]], Kazakhstan sign", 0, CN),
    ("x01", "place", "China, [[Kazakhstan]] sign", 0, KZ),
    ("x01", "place", "[[Dostyk]]-Moiynty", 0, DOSTYK),
    ("x01", "place", "Dostyk-[[Moiynty]]", 0, MOIYNTY),
    ("x01", "place", "ASTANA", 0, CITY("Astana", "KZ")),
    ("x01", "place", "[[Kazakhstan]]'s national", 0, KZ),
    ("x01", "place", "[[Dostyk]]-Moiynty", 1, DOSTYK),
    ("x01", "place", "Dostyk-[[Moiynty]]", 1, MOIYNTY),
    ("x01", "place", "the [[Dostyk]] border", 0, DOSTYK),
    ("x01", "place", "the [[Moiynty]] junction", 0, MOIYNTY),
    ("x01", "place", "Karaganda", 0, REG("Karaganda", "KZ")),
    ("x01", "place", "in [[Astana]].", 0, CITY("Astana", "KZ")),
    ("x01", "place", "[[Kazakh]] Prime Minister", 0, KZ),
    ("x01", "place", "[[Chinese]] Ambassador", 0, CN),
    ("x01", "place", "Xi'an", 0, CITY("Xi'an", "CN")),
    ("x01", "place", "the [[Kazakh]]-Chinese", 0, KZ),
    ("x01", "place", "Kazakh-[[Chinese]] border", 0, CN),
    ("x01", "place", "at [[Dostyk]] and", 0, DOSTYK),
    ("x01", "place", "and [[Khorgos]] in", 0, KHORGOS),
    ("x01", "place", "between [[China]] and Europe", 0, CN),
    ("x01", "place", "and [[Europe]] via", 0, REG("Europe")),
    ("x01", "place", "via [[Kazakhstan]]", 0, KZ),
    ("x01", "place", "at [[Khorgos]] on", 0, KHORGOS),
    ("x01", "place", "the [[China]]-Kazakhstan border", 0, CN),
    ("x01", "place", "China-[[Kazakhstan]] border", 0, KZ),
    ("x01", "place", "The [[Chinese]] side", 0, CN),
    ("x01", "place", "between [[China]] and Kazakhstan", 0, CN),
    ("x01", "place", "and [[Kazakhstan]] hit", 0, KZ),
    ("x01", "place", "[[China]] is Kazakhstan's", 0, CN),
    ("x01", "place", "China is [[Kazakhstan]]'s", 0, KZ),
    ("x01", "place", "[[Russia]].", 0, C("Russia", "RU")),
    ("x01", "place", "The [[Dostyk]]-Moiynty project", 0, DOSTYK),
    ("x01", "place", "The Dostyk-[[Moiynty]] project", 0, MOIYNTY),
    ("x01", "place", "of [[Kazakhstan]]'s plan", 0, KZ),
    # summits
    ("x01", "summit", "China-Central Asia Summit", 0,
     S("China-Central Asia Summit", "2023-05-18/2023-05-19", "Xi'an")),
    # events
    ("x01", "event", "Kazakhstan [[sign]] deal", 0,  # headline; "signed", "The signing": same occurrence
     E("signing", "2023-06-03", None, ["China", "Kazakhstan", KTZ, CRCC],  # the dateline is no location
       M("420000000000", "KZT"))),
    ("x01", "event", "held [[talks]]", 0,
     E("meeting", "2023-06-03", None, [KTZE, COSCOL])),
    # not events: "is considering investing" (intention), trade/traffic figures
]

# ============================================================ x02 CRBC press release, Kenya (2022-09-14)
CRBC = "China Road and Bridge Corporation"
KENHA = "Kenya National Highways Authority"
KE = C("Kenya", "KE")
NAIROBI = CITY("Nairobi", "KE")
A02 = [
    # dates (the copyright year is chrome)
    ("x02", "date", "2022-09-14", 0, "2022-09-14"),
    ("x02", "date", "September 9", 0, "2022-09-09"),
    ("x02", "date", "14 May", 0, "2022-05-14"),
    ("x02", "date", "the same day", 0, "2022-09-09"),
    ("x02", "date", "1984", 0, "1984"),
    ("x02", "date", "May 2017", 0, "2017-05"),
    ("x02", "date", "the first half of 2022", 0, "2022-H1"),
    ("x02", "date", "September 2018", 0, "2018-09"),
    ("x02", "date", "In [[2020]]", 0, "2020"),
    # money
    ("x02", "money", "about USD 668 million", 0, M("668000000", "USD", "approx")),
    ("x02", "money", "KES 180 million", 0, M("180000000", "KES")),
    ("x02", "money", "USD 3.2 billion", 0, M("3200000000", "USD")),
    # quantities
    ("x02", "quantity", "27.1-kilometre", 0, Q("27.1", "km")),
    ("x02", "quantity", "about 20 minutes", 0, Q("20", "minute", "approx")),
    ("x02", "quantity", "more than 4.5 million vehicles", 0, Q("4500000", "vehicle", "gt")),
    ("x02", "quantity", "48,000 vehicles", 0, Q("48000", "vehicle", "gt")),  # "exceeds"
    ("x02", "quantity", "more than 6,000 Kenyan workers", 0, Q("6000", "worker", "gt")),
    ("x02", "quantity", "12 road maintenance trucks", 0, Q("12", "truck")),
    ("x02", "quantity", "1.6 million passengers", 0, Q("1600000", "passenger")),
    ("x02", "quantity", "6.2 million tonnes", 0, Q("6200000", "t")),
    ("x02", "quantity", "50,000 face masks", 0, Q("50000", "mask")),
    ("x02", "quantity", "2,000 protective suits", 0, Q("2000", "suit")),
    # organisations (Related News, contact and copyright lines are chrome)
    ("x02", "organisation", "[[CRBC]] hands over", 0, O(CRBC)),
    ("x02", "organisation", "China Road and Bridge Corporation", 0, O(CRBC)),
    ("x02", "organisation", "([[CRBC]])", 0, O(CRBC)),
    ("x02", "organisation", "Kenya National Highways Authority", 0, O(KENHA)),
    ("x02", "organisation", "KeNHA", 0, O(KENHA)),
    ("x02", "organisation", "built by [[CRBC]]", 0, O(CRBC)),
    ("x02", "organisation", "thanked [[CRBC]]", 0, O(CRBC)),
    ("x02", "organisation", "[[CRBC]] delivered", 0, O(CRBC)),
    ("x02", "organisation", "Sinotruk", 0, O("Sinotruk")),
    ("x02", "organisation", "KeNHA", 1, O(KENHA)),
    ("x02", "organisation", "[[CRBC]] has worked", 0, O(CRBC)),
    ("x02", "organisation", "Export-Import Bank of China", 0, O("Export-Import Bank of China")),
    ("x02", "organisation", "Kenya Railways", 0, O("Kenya Railways")),
    ("x02", "organisation", "[[CRBC]] also donated", 0, O(CRBC)),
    ("x02", "organisation", "Ministry of Health of Kenya", 0, O("Ministry of Health of Kenya")),
    # places (Kenya inside KeNHA / Kenya Railways / the Ministry, China inside the
    # Exim Bank and the summit name are not tagged)
    ("x02", "place", "[[Nairobi]] Expressway maintenance depot\n", 0, NAIROBI),
    ("x02", "place", "in [[Nairobi]] for", 0, NAIROBI),
    ("x02", "place", "the [[Nairobi]] Expressway, marking", 0, NAIROBI),
    ("x02", "place", "[[Kenya]]'s Cabinet", 0, KE),
    ("x02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("x02", "place", "Ambassador to [[Kenya]]", 0, KE),
    ("x02", "place", "Mlolongo", 0, CITY("Mlolongo", "KE")),
    ("x02", "place", "suburbs of [[Nairobi]]", 0, NAIROBI),
    ("x02", "place", "Kenyan", 0, KE),
    ("x02", "place", "what [[Kenya]] and China", 0, KE),
    ("x02", "place", "Kenya and [[China]] can", 0, CN),
    ("x02", "place", "the [[Nairobi]]-Nakuru", 0, NAIROBI),
    ("x02", "place", "Nakuru", 0, CITY("Nakuru", "KE")),
    ("x02", "place", "in [[Kenya]] since", 0, KE),
    ("x02", "place", "Mombasa", 0, CITY("Mombasa", "KE")),
    ("x02", "place", "Mombasa-[[Nairobi]]", 0, NAIROBI),
    # summits
    ("x02", "summit", "Beijing Summit of the Forum on China-Africa Cooperation", 0,
     S("Beijing Summit of the Forum on China-Africa Cooperation", "2018-09", "Beijing")),
    # events
    ("x02", "event", "hands over", 0,  # headline; "handover ceremony" is the same occurrence
     E("ceremony", "2022-09-09", "Nairobi", [CRBC, "Kenya", "China", KENHA])),
    ("x02", "event", "completion", 0,  # "The expressway was built by CRBC": same building work
     E("construction", "2022-09-09", "Nairobi", [CRBC])),
    ("x02", "event", "opened to traffic", 0, E("ceremony", "2022-05-14")),
    ("x02", "event", "[[delivered]] 12", 0,
     E("delivery", "2022-09-09", None, [CRBC, KENHA], Q("12", "truck"))),
    ("x02", "event", "The company [[built]]", 0, E("construction", None, None, [CRBC])),
    ("x02", "event", "and [[opened]] in May 2017", 0, E("ceremony", "2017-05")),
    ("x02", "event", "donated", 0,
     E("donation", "2020", None, [CRBC, "Ministry of Health of Kenya"])),
]

# ============================================================ x03 Pakistan Board of Investment (2024-03-12)
BOI = "Board of Investment"
CEEC = "China Energy Engineering Corporation"
PK = C("Pakistan", "PK")
ISB = CITY("Islamabad", "PK")
A03 = [
    # dates ("the past decade" is a duration)
    ("x03", "date", "12 March 2024", 0, "2024-03-12"),
    ("x03", "date", "11th March 2024", 0, "2024-03-11"),
    ("x03", "date", "April 2018", 0, "2018-04"),
    ("x03", "date", "in [[2023]]", 0, "2023"),
    ("x03", "date", "6 March", 0, "2024-03-06"),
    ("x03", "date", "April 8-9, 2024", 0, "2024-04-08/2024-04-09"),
    ("x03", "date", "since [[2015]]", 0, "2015"),
    # money
    ("x03", "money", "over US$ 1.2 billion", 0, M("1200000000", "USD", "gt")),
    ("x03", "money", "PKR 45 billion", 0, M("45000000000", "PKR")),
    ("x03", "money", "US$1.74 billion", 0, M("1740000000", "USD")),
    ("x03", "money", "USD 25.4 billion", 0, M("25400000000", "USD")),
    # quantities ("second year": rank; "15-member delegation": a hyphenated count adjective
    # is not annotated, as the money_quantity corpus decides; the phone number is chrome)
    ("x03", "quantity", "more than 40 Chinese companies", 0, Q("40", "company", "gt")),
    ("x03", "quantity", "300 MW", 0, Q("300", "MW")),
    ("x03", "quantity", "1,320 MW", 0, Q("1320", "MW")),
    ("x03", "quantity", "90 days", 0, Q("90", "day")),
    ("x03", "quantity", "720 MW", 0, Q("720", "MW")),
    ("x03", "quantity", "3.2 billion kWh", 0, Q("3200000000", "kWh")),
    ("x03", "quantity", "7 days", 0, Q("7", "day")),
    ("x03", "quantity", "around 236,000 jobs", 0, Q("236000", "job", "approx")),
    # organisations (the "For further details: Media Wing, Board of Investment" line is contact chrome)
    ("x03", "organisation", "Board of Investment", 0, O(BOI)),
    ("x03", "organisation", "Prime Minister's Office", 0, O("Prime Minister's Office")),
    ("x03", "organisation", "Government of Pakistan", 0, O("Government of Pakistan")),
    ("x03", "organisation", "[[BOI]] Secretary", 0, O(BOI)),
    ("x03", "organisation", "China Energy Engineering Corporation", 0, O(CEEC)),
    ("x03", "organisation", "([[CEEC]])", 0, O(CEEC)),
    ("x03", "organisation", "Board of Investment", 1, O(BOI)),
    ("x03", "organisation", "([[BOI]])", 0, O(BOI)),
    ("x03", "organisation", "the [[BOI]] office", 0, O(BOI)),
    ("x03", "organisation", "President of [[CEEC]]", 0, O(CEEC)),
    ("x03", "organisation", "said [[CEEC]] had", 0, O(CEEC)),
    ("x03", "organisation", "PowerChina", 0, O("PowerChina")),
    ("x03", "organisation", "Al-Mirqab Capital", 0, O("Al-Mirqab Capital")),
    ("x03", "organisation", "the MoU, [[CEEC]]", 0, O(CEEC)),
    ("x03", "organisation", "China Three Gorges Corporation", 0, O("China Three Gorges Corporation")),
    ("x03", "organisation", "Private Power and Infrastructure Board", 0,
     O("Private Power and Infrastructure Board")),
    ("x03", "organisation", "Secretary [[BOI]]", 0, O(BOI)),
    ("x03", "organisation", "invited [[CEEC]]", 0, O(CEEC)),
    # places (China/Pakistan inside CPEC's long name are places; Pakistan inside
    # "Government of Pakistan" and the conference name is not)
    ("x03", "place", "[[Chinese]] delegation", 0, CN),
    ("x03", "place", "[[Islamabad]]:", 0, ISB),
    ("x03", "place", "in [[Islamabad]] on 11th", 0, ISB),
    ("x03", "place", "the [[Rashakai]] and", 0, CITY("Rashakai", "PK")),
    ("x03", "place", "and [[Dhabeji]] Special", 0, CITY("Dhabeji", "PK")),
    ("x03", "place", "the [[China]]-Pakistan Economic", 0, CN),
    ("x03", "place", "China-[[Pakistan]] Economic", 0, PK),
    ("x03", "place", "40 [[Chinese]] companies", 0, CN),
    ("x03", "place", "land in [[Rashakai]]", 0, CITY("Rashakai", "PK")),
    ("x03", "place", "factory in [[Dhabeji]]", 0, CITY("Dhabeji", "PK")),
    ("x03", "place", "billion in [[Pakistan]] over", 0, PK),
    ("x03", "place", "Port Qasim", 0, CITY("Port Qasim", "PK")),
    ("x03", "place", "Qatar", 0, C("Qatar", "QA")),
    ("x03", "place", "Karot", 0, CITY("Karot", "PK")),
    ("x03", "place", "Punjab", 0, REG("Punjab", "PK")),
    ("x03", "place", "that [[Pakistan]] welcomed", 0, PK),
    ("x03", "place", "welcomed [[Chinese]] investors", 0, CN),
    ("x03", "place", "held in [[Islamabad]]", 0, ISB),
    ("x03", "place", "[[Chinese]] investment in Pakistan", 0, CN),
    ("x03", "place", "investment in [[Pakistan]] under", 0, PK),
    ("x03", "place", "Pakistanis", 0, PK),
    # summits
    ("x03", "summit", "Pakistan Mining Investment Conference", 0,
     S("Pakistan Mining Investment Conference", "2024-04-08/2024-04-09", "Islamabad")),
    # events ("plans to set up", "will prepare", "invited ... to attend": intentions;
    # "Chinese investment ... has reached": a running total, not an occurrence)
    ("x03", "event", "calls on", 0,  # headline; "called on" in the body is the same meeting
     E("meeting", "2024-03-11", "Islamabad", [CEEC, BOI])),
    ("x03", "event", "had [[invested]]", 0,
     E("investment", None, None, [CEEC, "Pakistan"], M("45000000000", "PKR"))),
    ("x03", "event", "was [[completed]]", 0,
     E("construction", "2018-04", "Port Qasim", ["PowerChina", "Al-Mirqab Capital"])),
    ("x03", "event", "Both sides [[signed]]", 0,
     E("signing", "2024-03-11", "Islamabad", [CEEC, BOI])),
    ("x03", "event", "produced", 0,
     E("production", "2023", "Punjab", ["China Three Gorges Corporation"], Q("3200000000", "kWh"))),
]

# ============================================================ x04 CHEC, Sri Lanka (2023-11-21)
CHEC = "China Harbour Engineering Company Ltd."
HIPG = "Hambantota International Port Group"
SLPA = "Sri Lanka Ports Authority"
LK = C("Sri Lanka", "LK")
HAMB = CITY("Hambantota", "LK")
COLOMBO = CITY("Colombo", "LK")
A04 = [
    # dates
    ("x04", "date", "21 November 2023", 0, "2023-11-21"),
    ("x04", "date", "18 November", 0, "2023-11-18"),
    ("x04", "date", "July 2017", 0, "2017-07"),
    ("x04", "date", "this year", 0, "2023"),
    ("x04", "date", "in [[2023]]", 0, "2023"),
    ("x04", "date", "this month", 0, "2023-11"),
    ("x04", "date", "since [[2013]]", 0, "2013"),
    ("x04", "date", "In [[October]]", 0, "2023-10"),
    # money
    ("x04", "money", "US$ 1.4 billion", 0, M("1400000000", "USD")),
    ("x04", "money", "over USD 2 billion", 0, M("2000000000", "USD", "gt")),
    ("x04", "money", "US$ 300 million", 0, M("300000000", "USD")),
    ("x04", "money", "LKR 12 billion", 0, M("12000000000", "LKR")),
    ("x04", "money", "nearly US$ 2.5 billion", 0, M("2500000000", "USD", "lt")),
    ("x04", "money", "4.5 billion dollars", 0, M("4500000000", "USD")),
    # quantities ("three quay cranes", "eight ... cranes": spelled-out counts;
    # "Zhen Hua 36": a ship's name; "third": rank)
    ("x04", "quantity", "17-day", 0, Q("17", "day")),
    ("x04", "quantity", "1 million TEU", 0, Q("1000000", "TEU")),
    ("x04", "quantity", "85 percent", 0, Q("85", "%")),
    ("x04", "quantity", "99-year", 0, Q("99", "year")),
    ("x04", "quantity", "1.6 million tonnes", 0, Q("1600000", "t")),
    ("x04", "quantity", "650 ro-ro vessels", 0, Q("650", "vessel")),
    ("x04", "quantity", "269-hectare", 0, Q("269", "ha")),
    ("x04", "quantity", "1.2-kilometre", 0, Q("1.2", "km")),
    ("x04", "quantity", "24 months", 0, Q("24", "month")),
    # organisations
    ("x04", "organisation", "[[CHEC]] delivers", 0, O(CHEC)),
    ("x04", "organisation", "China Harbour Engineering Company Ltd.", 0, O(CHEC)),
    ("x04", "organisation", "([[CHEC]])", 0, O(CHEC)),
    ("x04", "organisation", "Hambantota International Port Group", 0, O(HIPG)),
    ("x04", "organisation", "([[HIPG]])", 0, O(HIPG)),
    ("x04", "organisation", "Shanghai Zhenhua Heavy Industries", 0, O("Shanghai Zhenhua Heavy Industries")),
    ("x04", "organisation", "ZPMC", 0, O("Shanghai Zhenhua Heavy Industries")),
    ("x04", "organisation", "[[HIPG]] chief", 0, O(HIPG)),
    ("x04", "organisation", "China Merchants Port Holdings", 0, O("China Merchants Port Holdings")),
    ("x04", "organisation", "by [[CHEC]] at", 0, O(CHEC)),
    ("x04", "organisation", "Port City Economic Commission", 0, O("Port City Economic Commission")),
    ("x04", "organisation", "[[CHEC]] and the", 0, O(CHEC)),
    ("x04", "organisation", "Sri Lanka Ports Authority", 0, O(SLPA)),
    ("x04", "organisation", "SLPA", 0, O(SLPA)),
    ("x04", "organisation", "Sinopec", 0, O("Sinopec")),
    # places (Hambantota inside HIPG, Shanghai inside ZPMC's name, Sri Lanka inside
    # SLPA, China inside China Merchants are not tagged)
    ("x04", "place", "to [[Hambantota]] International Port\n", 0, HAMB),
    ("x04", "place", "southern [[Sri Lanka]]", 0, LK),
    ("x04", "place", "from [[Shanghai]]", 0, CITY("Shanghai", "CN")),
    ("x04", "place", "[[Sri Lanka]]'s State", 0, LK),
    ("x04", "place", "the [[Chinese]] Ambassador", 0, CN),
    ("x04", "place", "Ambassador to [[Sri Lanka]]", 0, LK),
    ("x04", "place", "[[Hambantota]] port,", 0, HAMB),
    ("x04", "place", "In [[Colombo]]", 0, COLOMBO),
    ("x04", "place", "the [[Colombo]] Port City", 0, COLOMBO),
    ("x04", "place", "Singapore", 0, C("Singapore", "SG")),
    ("x04", "place", "the [[Colombo]] North", 0, COLOMBO),
    ("x04", "place", "\"[[Sri Lanka]] is", 0, LK),
    ("x04", "place", "that [[Chinese]] enterprises", 0, CN),
    ("x04", "place", "Sri Lankan", 0, LK),
    ("x04", "place", "Beijing", 0, CITY("Beijing", "CN")),
    ("x04", "place", "the [[Hambantota]] oil", 0, HAMB),
    # summits
    ("x04", "summit", "third Belt and Road Forum for International Cooperation", 0,
     S("third Belt and Road Forum for International Cooperation", "2023-10", "Beijing")),
    # events ("is expected to be completed", "plans to build": intentions)
    ("x04", "event", "delivers", 0,
     E("delivery", "2023-11-18", "Hambantota", [CHEC, HIPG])),
    ("x04", "event", "delivery ceremony", 0,
     E("ceremony", "2023-11-18", "Hambantota", ["Sri Lanka", "China", HIPG])),
    ("x04", "event", "lease [[signed]]", 0,
     E("signing", "2017-07", None, ["China Merchants Port Holdings"])),
    ("x04", "event", "[[work]] on the Colombo", 0,
     E("construction", None, "Colombo", [CHEC])),
    ("x04", "event", "had [[committed]]", 0,
     E("investment", "2023", "Colombo", None, M("2000000000", "USD", "gt"))),
    ("x04", "event", "(SLPA) [[signed]]", 0,
     E("signing", "2023-11", None, [CHEC, SLPA], M("12000000000", "LKR"))),
    ("x04", "event", "had [[invested]]", 0,
     E("investment", None, None, ["China", "Sri Lanka"], M("2500000000", "USD", "lt"))),
    ("x04", "event", "two sides [[signed]]", 0,
     E("signing", "2023-10", "Beijing", ["Sri Lanka", "China"])),
]

# ============================================================ x05 Dhaka wire (2022-10-11)
CREC = "China Railway Group Limited"
CMC = "China National Machinery Import and Export Corporation"
BCPCL = "Bangladesh-China Power Company Limited"
PGCB = "Power Grid Company of Bangladesh"
BR = "Bangladesh Railway"
BD = C("Bangladesh", "BD")
DHAKA = CITY("Dhaka", "BD")
A05 = [
    # dates
    ("x05", "date", "October 11, 2022", 0, "2022-10-11"),
    ("x05", "date", "Oct 10", 0, "2022-10-10"),
    ("x05", "date", "Monday", 0, "2022-10-10"),
    ("x05", "date", "June 2024", 0, "2024-06"),
    ("x05", "date", "in [[August]]", 0, "2022-08"),
    ("x05", "date", "in [[2021]]", 0, "2021"),
    ("x05", "date", "Sunday", 0, "2022-10-09"),
    ("x05", "date", "in [[2016]]", 0, "2016"),
    # money (a crore is ten million)
    ("x05", "money", "Tk 39,246 crore", 0, M("392460000000", "BDT")),
    ("x05", "money", "about $3.6 billion", 0, M("3600000000", "USD", "approx")),
    ("x05", "money", "about $2.67 billion", 0, M("2670000000", "USD", "approx")),
    ("x05", "money", "BDT 6,500 crore", 0, M("65000000000", "BDT")),
    ("x05", "money", "$24 billion", 0, M("24000000000", "USD")),
    # quantities ("four hours": a spelled-out duration)
    ("x05", "quantity", "82-km", 0, Q("82", "km")),
    ("x05", "quantity", "169 km", 0, Q("169", "km")),
    ("x05", "quantity", "100 broad-gauge passenger coaches", 0, Q("100", "coach")),
    ("x05", "quantity", "20 coaches", 0, Q("20", "coach")),
    ("x05", "quantity", "more than 10,000 Bangladeshi workers", 0, Q("10000", "worker", "gt")),
    ("x05", "quantity", "1 percent", 0, Q("1", "%")),
    ("x05", "quantity", "1,320 MW", 0, Q("1320", "MW")),
    ("x05", "quantity", "7,800 GWh", 0, Q("7800", "GWh")),
    ("x05", "quantity", "roughly 10 percent", 0, Q("10", "%", "approx")),
    ("x05", "quantity", "27 agreements", 0, Q("27", "agreement")),
    # organisations
    ("x05", "organisation", "China Railway Group Limited", 0, O(CREC)),
    ("x05", "organisation", "CREC", 0, O(CREC)),
    ("x05", "organisation", "Ministry of Railways", 0, O("Ministry of Railways")),
    ("x05", "organisation", "Export-Import Bank of China", 0, O("Export-Import Bank of China")),
    ("x05", "organisation", "Bangladesh Railway", 0, O(BR)),
    ("x05", "organisation", "CRRC Tangshan", 0, O("CRRC Tangshan")),
    ("x05", "organisation", CMC, 0, O(CMC)),
    ("x05", "organisation", "([[CMC]])", 0, O(CMC)),
    ("x05", "organisation", BCPCL, 0, O(BCPCL)),
    ("x05", "organisation", "BCPCL", 0, O(BCPCL)),
    ("x05", "organisation", "State Grid Corporation", 0, O("State Grid Corporation")),
    ("x05", "organisation", PGCB, 0, O(PGCB)),
    ("x05", "organisation", "PGCB", 0, O(PGCB)),
    # places (Bangladesh/China inside company names are not tagged; Padma is a river)
    ("x05", "place", "DHAKA", 0, DHAKA),
    ("x05", "place", "the [[Dhaka]]-Bhanga", 0, DHAKA),
    ("x05", "place", "Bhanga", 0, CITY("Bhanga", "BD")),
    ("x05", "place", "from [[Dhaka]] to", 0, DHAKA),
    ("x05", "place", "connect [[Dhaka]] with", 0, DHAKA),
    ("x05", "place", "Jessore", 0, CITY("Jessore", "BD")),
    ("x05", "place", "Chattogram", 0, CITY("Chattogram", "BD")),
    ("x05", "place", "[[Chinese]] Ambassador", 0, CN),
    ("x05", "place", "Bangladeshi", 0, BD),
    ("x05", "place", "[[Bangladesh]]'s GDP", 0, BD),
    ("x05", "place", "Payra", 0, CITY("Payra", "BD")),
    ("x05", "place", "[[China]]'s State Grid", 0, CN),
    ("x05", "place", "the [[Dhaka]] region", 0, REG("Dhaka", "BD")),
    ("x05", "place", "[[Bangladesh]] joined", 0, BD),
    ("x05", "place", "visit to [[Dhaka]]", 0, DHAKA),
    # events
    ("x05", "event", "opens", 0,  # headline; "inaugurated", "opening ceremony": same occurrence
     E("ceremony", "2022-10-10", None, ["Bangladesh", "China"])),
    ("x05", "event", "project [[built]] by", 0, E("construction", None, None, [CREC])),
    ("x05", "event", "has [[ordered]]", 0,
     E("order", None, None, [BR, "CRRC Tangshan"], Q("100", "coach"))),
    ("x05", "event", "arrived", 0,
     E("delivery", "2022-08", "Chattogram", [BR, "CRRC Tangshan"], Q("20", "coach"))),
    ("x05", "event", "plant, [[built]] by", 0, E("construction", None, "Payra", [CMC, BCPCL])),
    ("x05", "event", "generated", 0,
     E("production", "2021", "Payra", None, Q("7800", "GWh"))),
    ("x05", "event", "(PGCB) [[signed]]", 0,
     E("signing", "2022-10-09", None, ["State Grid Corporation", PGCB], M("65000000000", "BDT"))),
    ("x05", "event", "'s [[visit]] to Dhaka", 0, E("visit", "2016", "Dhaka", ["China", "Bangladesh"])),
    ("x05", "event", "countries [[signed]]", 0,
     E("signing", "2016", "Dhaka", ["China", "Bangladesh"], M("24000000000", "USD"))),
]

# ============================================================ x06 Reuters, Vientiane (no header date; 2023 by the text)
LCR = "Laos-China Railway Co Ltd"
LA = C("Laos", "LA")
VTE = CITY("Vientiane", "LA")
KUNMING = CITY("Kunming", "CN")
TH = C("Thailand", "TH")
BKK = CITY("Bangkok", "TH")
A06 = [
    # dates: the dateline has no year; the text (second anniversary of the
    # 3 December 2021 opening, "double the volume of 2022") places it in 2023
    ("x06", "date", "Dec 3", 0, "2023-12-03"),
    ("x06", "date", "this year", 0, "2023"),
    ("x06", "date", "of [[2022]]", 0, "2022"),
    ("x06", "date", "Sunday", 0, "2023-12-03"),
    ("x06", "date", "December 3, 2021", 0, "2021-12-03"),
    ("x06", "date", "in [[April]]", 0, "2023-04"),
    ("x06", "date", "in [[September]]", 0, "2023-09"),
    ("x06", "date", "In [[November]]", 0, "2023-11"),
    ("x06", "date", "2028", 0, "2028"),
    ("x06", "date", "in [[October]]", 0, "2023-10"),
    ("x06", "date", "early 2022", 0, "2022"),
    ("x06", "date", "in [[February]]", 0, "2023-02"),
    # money
    ("x06", "money", "$5.9 billion", 0, M("5900000000", "USD")),
    ("x06", "money", "about $10.5 billion", 0, M("10500000000", "USD", "approx")),
    ("x06", "money", "between $600 million and $800 million", 0,
     M("600000000", "USD", amount_max="800000000")),
    # quantities ("two more ... trains": spelled-out count; "second anniversary": rank)
    ("x06", "quantity", "4.2 million tonnes", 0, Q("4200000", "t")),
    ("x06", "quantity", "1,035-km", 0, Q("1035", "km")),
    ("x06", "quantity", "about 70 percent", 0, Q("70", "%", "approx")),
    ("x06", "quantity", "a [[30%]] stake", 0, Q("30", "%")),
    ("x06", "quantity", "24.2 million passengers", 0, Q("24200000", "passenger")),
    ("x06", "quantity", "more than 200,000 foreign travellers", 0, Q("200000", "traveller", "gt")),
    ("x06", "quantity", "1,000 km", 0, Q("1000", "km")),
    ("x06", "quantity", "10 hours", 0, Q("10", "hour")),
    ("x06", "quantity", "6 trains", 0, Q("6", "train")),
    ("x06", "quantity", "30 refrigerated container wagons", 0, Q("30", "wagon")),
    ("x06", "quantity", "253-km", 0, Q("253", "km")),
    ("x06", "quantity", "is [[30%]] complete", 0, Q("30", "%")),
    ("x06", "quantity", "more than 40%", 0, Q("40", "%", "gt")),
    ("x06", "quantity", "41.3%", 0, Q("41.3", "%")),
    ("x06", "quantity", "22-year", 0, Q("22", "year")),
    # organisations
    ("x06", "organisation", "Reuters", 0, O("Reuters")),
    ("x06", "organisation", "Laos-China Railway Co Ltd", 0, O(LCR)),
    ("x06", "organisation", "([[LCR]])", 0, O(LCR)),
    ("x06", "organisation", "Lao Railway Authority", 0, O("Lao Railway Authority")),
    ("x06", "organisation", "[[LCR]] said", 0, O(LCR)),
    ("x06", "organisation", "CRRC Corp Ltd", 0, O("CRRC Corp Ltd")),
    ("x06", "organisation", "to [[LCR]]", 0, O(LCR)),
    ("x06", "organisation", "State Railway of Thailand", 0, O("State Railway of Thailand")),
    ("x06", "organisation", "World Bank", 0, O("World Bank")),
    # places (the railway line's name is not an organisation: its places count)
    ("x06", "place", "[[Laos]]-China railway carries", 0, LA),
    ("x06", "place", "Laos-[[China]] railway carries", 0, CN),
    ("x06", "place", "as [[Vientiane]] seeks", 0, VTE),
    ("x06", "place", "VIENTIANE", 0, VTE),
    ("x06", "place", "The [[Laos]]-China Railway carried", 0, LA),
    ("x06", "place", "The Laos-[[China]] Railway carried", 0, CN),
    ("x06", "place", "between [[Kunming]] in", 0, KUNMING),
    ("x06", "place", "in [[China]]'s Yunnan", 0, CN),
    ("x06", "place", "Yunnan", 0, REG("Yunnan", "CN")),
    ("x06", "place", "the [[Lao]] capital", 0, LA),
    ("x06", "place", "capital [[Vientiane]]", 0, VTE),
    ("x06", "place", "funded by [[China]]", 0, CN),
    ("x06", "place", "[[Laos]], one", 0, LA),
    ("x06", "place", "Asia", 0, REG("Asia")),
    ("x06", "place", "between [[Kunming]] and", 0, KUNMING),
    ("x06", "place", "and [[Vientiane]] in 10", 0, VTE),
    ("x06", "place", "[[Chinese]] train maker", 0, CN),
    ("x06", "place", "while [[Laos]] ordered", 0, LA),
    ("x06", "place", "bananas to [[China]]", 0, CN),
    ("x06", "place", "helped [[Laos]] attract", 0, LA),
    ("x06", "place", "attract [[Chinese]] investment", 0, CN),
    ("x06", "place", "Thai", 0, TH),
    ("x06", "place", "and [[Lao]] officials", 0, LA),
    ("x06", "place", "met in [[Vientiane]]", 0, VTE),
    ("x06", "place", "to [[Bangkok]] by", 0, BKK),
    ("x06", "place", "[[Thailand]]'s 253", 0, TH),
    ("x06", "place", "from [[Bangkok]] to", 0, BKK),
    ("x06", "place", "Nakhon Ratchasima", 0, CITY("Nakhon Ratchasima", "TH")),
    ("x06", "place", "to [[Laos]]' debt", 0, LA),
    ("x06", "place", "owes [[China]]", 0, CN),
    ("x06", "place", "[[Lao]] Finance", 0, LA),
    # events ("carries/carried" freight and passengers: traffic, not output;
    # "was negotiating", "to discuss linking": not occurrences of a type)
    ("x06", "event", "was [[built]]", 0, E("construction")),
    ("x06", "event", "delivered", 0,
     E("delivery", "2023-09", None, ["CRRC Corp Ltd", LCR])),
    ("x06", "event", "ordered", 0, E("order", None, None, ["Laos"], Q("30", "wagon"))),
    ("x06", "event", "officials [[met]]", 0,
     E("meeting", "2023-11", "Vientiane", ["Thailand", "Laos"])),
]

# ============================================================ x07 CGTN, Indonesia (2023-10-17)
KCIC = "PT Kereta Cepat Indonesia China"
ID = C("Indonesia", "ID")
JKT = CITY("Jakarta", "ID")
BDG = CITY("Bandung", "ID")
BOAO = "Boao Forum for Asia Annual Conference 2023"
A07 = [
    # dates ("2023" in the Boao conference's name is part of the name)
    ("x07", "date", "2023-10-17 09:15", 0, "2023-10-17T09:15"),
    ("x07", "date", "October 2", 0, "2023-10-02"),
    ("x07", "date", "In [[2022]]", 0, "2022"),
    ("x07", "date", "in [[October]]", 0, "2023-10"),
    ("x07", "date", "Oct. 17", 0, "2023-10-17"),
    ("x07", "date", "March 28 to 31", 0, "2023-03-28/2023-03-31"),
    ("x07", "date", "in [[2022]]", 0, "2022"),
    ("x07", "date", "the same year", 0, "2022"),
    # money
    ("x07", "money", "about 7.3 billion U.S. dollars", 0, M("7300000000", "USD", "approx")),
    ("x07", "money", "1.2 billion dollars", 0, M("1200000000", "USD")),
    ("x07", "money", "149 billion U.S. dollars", 0, M("149000000000", "USD")),
    ("x07", "money", "8.2 billion dollars", 0, M("8200000000", "USD")),
    # quantities ("more than three hours": spelled-out duration; "one ... train": spelled-out count)
    ("x07", "quantity", "142.3-kilometer", 0, Q("142.3", "km")),
    ("x07", "quantity", "350 km per hour", 0, Q("350", "km/h")),
    ("x07", "quantity", "about 40 minutes", 0, Q("40", "minute", "approx")),
    ("x07", "quantity", "60 percent", 0, Q("60", "%")),
    ("x07", "quantity", "40 percent", 0, Q("40", "%")),
    ("x07", "quantity", "more than 100,000 passengers", 0, Q("100000", "passenger", "gt")),
    ("x07", "quantity", "11 high-speed electric multiple units", 0, Q("11", "unit")),
    ("x07", "quantity", "75 percent", 0, Q("75", "%")),
    ("x07", "quantity", "11 percent", 0, Q("11", "%")),
    # organisations
    ("x07", "organisation", "CGTN", 0, O("CGTN")),
    ("x07", "organisation", KCIC, 0, O(KCIC)),
    ("x07", "organisation", "([[KCIC]])", 0, O(KCIC)),
    ("x07", "organisation", "PT Kereta Api Indonesia", 0, O("PT Kereta Api Indonesia")),
    ("x07", "organisation", "China Railway International Co., Ltd.", 0, O("China Railway International Co., Ltd.")),
    ("x07", "organisation", "[[KCIC]] said", 0, O(KCIC)),
    ("x07", "organisation", "CRRC Qingdao Sifang", 0, O("CRRC Qingdao Sifang")),
    ("x07", "organisation", "[[CRRC]] delivered", 0, O("CRRC")),
    ("x07", "organisation", "China Development Bank", 0, O("China Development Bank")),
    ("x07", "organisation", "China Railway Group Limited", 0, O("China Railway Group Limited")),
    # places
    ("x07", "place", "Jakarta", 0, JKT),
    ("x07", "place", "Bandung", 0, BDG),
    ("x07", "place", "[[Indonesian]] President", 0, ID),
    ("x07", "place", "Jakarta", 1, JKT),
    ("x07", "place", "Bandung", 1, BDG),
    ("x07", "place", "Southeast Asia", 0, REG("Southeast Asia")),
    ("x07", "place", "of [[Indonesian]] and", 0, ID),
    ("x07", "place", "and [[Chinese]] state-owned", 0, CN),
    ("x07", "place", "Jakarta", 2, JKT),
    ("x07", "place", "Bandung", 2, BDG),
    ("x07", "place", "[[Indonesian]] state firms", 0, ID),
    ("x07", "place", "a [[Chinese]] consortium", 0, CN),
    ("x07", "place", "[[China]]'s Fuxing", 0, CN),
    ("x07", "place", "to [[Indonesia]].", 0, ID),
    ("x07", "place", "visited [[China]]", 0, CN),
    ("x07", "place", "in [[Beijing]]", 0, CITY("Beijing", "CN")),
    ("x07", "place", "[[Chinese]] President", 0, CN),
    ("x07", "place", "Surabaya", 0, CITY("Surabaya", "ID")),
    ("x07", "place", "East Java", 0, REG("East Java", "ID")),
    ("x07", "place", "Hainan", 0, REG("Hainan", "CN")),
    ("x07", "place", "[[Indonesian]] Coordinating", 0, ID),
    ("x07", "place", "[[China]] is Indonesia", 0, CN),
    ("x07", "place", "China is [[Indonesia]]'s", 0, ID),
    ("x07", "place", "to [[Indonesian]] statistics", 0, ID),
    ("x07", "place", "[[Chinese]] direct", 0, CN),
    ("x07", "place", "investment in [[Indonesia]]", 0, ID),
    # summits
    ("x07", "summit", "third Belt and Road Forum for International Cooperation", 0,
     S("third Belt and Road Forum for International Cooperation", "2023-10", "Beijing")),
    ("x07", "summit", BOAO, 0, S(BOAO, "2023-03-28/2023-03-31", "Hainan")),
    # events ("provided a loan": financing; "agreed to extend": intention;
    # "carried ... passengers", "investment ... rose": figures, not occurrences)
    ("x07", "event", "inaugurated", 0, E("ceremony", "2023-10-02", None, ["Indonesia"])),
    ("x07", "event", "railway, [[built]] by", 0, E("construction", None, None, ["Indonesia", "China"])),
    ("x07", "event", "[[delivered]] 11", 0,
     E("delivery", "2022", None, ["CRRC", "Indonesia"], Q("11", "unit"))),
    ("x07", "event", "Widodo [[visited]]", 0, E("visit", "2023-10", "China", ["Indonesia", "China"])),
    ("x07", "event", "he [[met]]", 0, E("meeting", "2023-10-17", "Beijing", ["Indonesia", "China"])),
    ("x07", "event", "discussed", 0,
     E("meeting", "2023-03-28/2023-03-31", "Hainan", ["Indonesia", "China Railway Group Limited"])),
]

# ============================================================ x08 Xinhua, Belgrade (2024-03-20)
CCCC = "China Communications Construction Company"
CRIG = "China Railway International Group"
PPA = "Piraeus Port Authority"
RS = C("Serbia", "RS")
HU = C("Hungary", "HU")
BEG = CITY("Belgrade", "RS")
BUD = CITY("Budapest", "HU")
SUB = CITY("Subotica", "RS")
A08 = [
    # dates
    ("x08", "date", "2024-03-20 10:05", 0, "2024-03-20T10:05"),
    ("x08", "date", "March 19", 0, "2024-03-19"),
    ("x08", "date", "Tuesday", 0, "2024-03-19"),
    ("x08", "date", "Monday", 0, "2024-03-18"),
    ("x08", "date", "in [[2025]]", 0, "2025"),
    ("x08", "date", "March 18", 0, "2024-03-18"),
    ("x08", "date", "in [[December]]", 0, "2023-12"),
    ("x08", "date", "since [[2021]]", 0, "2021"),
    ("x08", "date", "last year", 0, "2023"),
    ("x08", "date", "by [[2026]]", 0, "2026"),
    ("x08", "date", "November 2019", 0, "2019-11"),
    ("x08", "date", "in [[2023]]", 0, "2023"),
    ("x08", "date", "last year", 1, "2023"),
    # money
    ("x08", "money", "EUR 1.2 billion", 0, M("1200000000", "EUR")),
    ("x08", "money", "750 billion forints", 0, M("750000000000", "HUF")),
    ("x08", "money", "about 1.9 billion euros", 0, M("1900000000", "EUR", "approx")),
    ("x08", "money", "300 million euros", 0, M("300000000", "EUR")),
    ("x08", "money", "nearly 2.1 billion euros", 0, M("2100000000", "EUR", "lt")),
    # quantities
    ("x08", "quantity", "183-km", 0, Q("183", "km")),
    ("x08", "quantity", "up to 200 km per hour", 0, Q("200", "km/h", "le")),
    ("x08", "quantity", "70 minutes", 0, Q("70", "minute")),
    ("x08", "quantity", "152-km", 0, Q("152", "km")),
    ("x08", "quantity", "60 percent", 0, Q("60", "%")),
    ("x08", "quantity", "85 percent", 0, Q("85", "%")),
    ("x08", "quantity", "200,000 vehicles", 0, Q("200000", "vehicle")),
    ("x08", "quantity", "67 percent", 0, Q("67", "%")),
    ("x08", "quantity", "5.1 million TEU", 0, Q("5100000", "TEU")),
    ("x08", "quantity", "1.7 million tonnes", 0, Q("1700000", "t")),
    # organisations (minister titles are not organisations)
    ("x08", "organisation", "Xinhua", 0, O("Xinhua")),
    ("x08", "organisation", CRIG, 0, O(CRIG)),
    ("x08", "organisation", CCCC, 0, O(CCCC)),
    ("x08", "organisation", "CCCC", 0, O(CCCC)),
    ("x08", "organisation", "Export-Import Bank of China", 0, O("Export-Import Bank of China")),
    ("x08", "organisation", "CRE Consortium", 0, O("CRE Consortium")),
    ("x08", "organisation", "China Railway Electrification Engineering Group", 0,
     O("China Railway Electrification Engineering Group")),
    ("x08", "organisation", "RM International", 0, O("RM International")),
    ("x08", "organisation", "China Railway Group", 0, O("China Railway Group")),
    ("x08", "organisation", "BYD", 0, O("BYD")),
    ("x08", "organisation", "COSCO Shipping", 0, O("COSCO Shipping")),
    ("x08", "organisation", PPA, 0, O(PPA)),
    ("x08", "organisation", "PPA", 0, O(PPA)),
    ("x08", "organisation", "National Bank of Serbia", 0, O("National Bank of Serbia")),
    ("x08", "organisation", "HBIS Group", 0, O("HBIS Group")),
    # places
    ("x08", "place", "[[Budapest]]-Belgrade railway", 0, BUD),
    ("x08", "place", "Budapest-[[Belgrade]] railway", 0, BEG),
    ("x08", "place", "railway: [[Serbian]]", 0, RS),
    ("x08", "place", "completed, [[Hungarian]]", 0, HU),
    ("x08", "place", "BELGRADE", 0, BEG),
    ("x08", "place", "Novi Sad", 0, CITY("Novi Sad", "RS")),
    ("x08", "place", "Novi Sad-[[Subotica]]", 0, SUB),
    ("x08", "place", "the [[Hungary]]-Serbia", 0, HU),
    ("x08", "place", "Hungary-[[Serbia]]", 0, RS),
    ("x08", "place", "183-km [[Serbian]]", 0, RS),
    ("x08", "place", "[[Serbian]] President", 0, RS),
    ("x08", "place", "ceremony in [[Subotica]]", 0, SUB),
    ("x08", "place", "from [[Belgrade]] to", 0, BEG),
    ("x08", "place", "the [[Hungarian]] border", 0, HU),
    ("x08", "place", "day for [[Serbia]]", 0, RS),
    ("x08", "place", "with [[China]],", 0, CN),
    ("x08", "place", "[[Chinese]] Ambassador", 0, CN),
    ("x08", "place", "Ambassador to [[Serbia]]", 0, RS),
    ("x08", "place", "[[Serbian]] Minister", 0, RS),
    ("x08", "place", "the [[Hungarian]] side", 0, HU),
    ("x08", "place", "between [[Budapest]] and", 0, BUD),
    ("x08", "place", "Kelebija", 0, CITY("Kelebija", "RS")),
    ("x08", "place", "[[Hungarian]] company", 0, HU),
    ("x08", "place", "The [[Hungarian]] government", 0, HU),
    ("x08", "place", "a [[Chinese]] loan", 0, CN),
    ("x08", "place", "[[Hungarian]] Minister", 0, HU),
    ("x08", "place", "in [[Budapest]] on", 0, BUD),
    ("x08", "place", "[[Hungary]] is the", 0, HU),
    ("x08", "place", "of [[Chinese]] investment", 0, CN),
    ("x08", "place", "Central and Eastern Europe", 0, REG("Central and Eastern Europe")),
    ("x08", "place", "Szeged", 0, CITY("Szeged", "HU")),
    ("x08", "place", "Greece", 0, C("Greece", "GR")),
    ("x08", "place", "that [[Piraeus]] handled", 0, CITY("Piraeus", "GR")),
    ("x08", "place", "[[Chinese]] President", 0, CN),
    ("x08", "place", "[[Serbia]] received", 0, RS),
    ("x08", "place", "[[Chinese]] foreign", 0, CN),
    ("x08", "place", "Smederevo", 0, CITY("Smederevo", "RS")),
    # events ("announced plans", "would invest", "would open": intentions;
    # "has held a ... stake": a state; "received ... investment": a yearly figure)
    ("x08", "event", "section [[completed]]", 0,  # headline; "was completed" in the body: same
     E("construction", "2024-03-19", "Subotica", [CRIG, CCCC])),
    ("x08", "event", "a [[ceremony]] in", 0, E("ceremony", "2024-03-19", "Subotica", ["Serbia", "China"])),
    ("x08", "event", "being [[built]]", 0, E("construction", None, None, ["CRE Consortium"])),
    ("x08", "event", "held [[talks]]", 0,
     E("meeting", "2024-03-18", "Budapest", ["Hungary", "China Railway Group"])),
    ("x08", "event", "Jinping [[visited]]", 0, E("visit", "2019-11", "Piraeus", ["China"])),
    ("x08", "event", "produced", 0,
     E("production", "2023", "Smederevo", ["HBIS Group"], Q("1700000", "t"))),
]

# ============================================================ x09 MFA of Kazakhstan (2024-04-15)
MFAKZ = "Ministry of Foreign Affairs of the Republic of Kazakhstan"
SCOS = "meeting of the Council of Heads of State of the Shanghai Cooperation Organisation"
CIIE = "6th China International Import Expo"
CPIH = "China Power International Holding"
PRC = C("People's Republic of China", "CN")
ASTANA = CITY("Astana", "KZ")
A09 = [
    # dates (the copyright year is chrome)
    ("x09", "date", "15 April 2024", 0, "2024-04-15"),
    ("x09", "date", "April 15, 2024", 0, "2024-04-15"),
    ("x09", "date", "July 3-4, 2024", 0, "2024-07-03/2024-07-04"),
    ("x09", "date", "in [[2023]]", 0, "2023"),
    ("x09", "date", "to [[2022]]", 0, "2022"),
    ("x09", "date", "2030", 0, "2030"),
    ("x09", "date", "November 5-10, 2023", 0, "2023-11-05/2023-11-10"),
    ("x09", "date", "May 2023", 0, "2023-05"),
    ("x09", "date", "In [[February]]", 0, "2024-02"),
    ("x09", "date", "April 12", 0, "2024-04-12"),
    # money
    ("x09", "money", "41 billion US dollars", 0, M("41000000000", "USD")),
    ("x09", "money", "80 billion dollars", 0, M("80000000000", "USD")),
    ("x09", "money", "more than 2.3 billion tenge", 0, M("2300000000", "KZT", "gt")),
    ("x09", "money", "14.3 billion dollars", 0, M("14300000000", "USD")),
    ("x09", "money", "450 billion tenge", 0, M("450000000000", "KZT")),
    # quantities ("6th", "third": ranks)
    ("x09", "quantity", "32 percent", 0, Q("32", "%")),
    ("x09", "quantity", "73 Kazakh companies", 0, Q("73", "company")),
    ("x09", "quantity", "47 joint projects", 0, Q("47", "project")),
    ("x09", "quantity", "1 GW", 0, Q("1", "GW")),
    ("x09", "quantity", "15 billion cubic metres", 0, Q("15000000000", "m3")),
    ("x09", "quantity", "500 tons", 0, Q("500", "t")),
    ("x09", "quantity", "200 tonnes", 0, Q("200", "t")),
    # organisations (the first line is the ministry's masthead; the nav and © lines are chrome)
    ("x09", "organisation", MFAKZ, 0, O(MFAKZ)),
    ("x09", "organisation", "Kazakhstan-China Business Council", 0, O("Kazakhstan-China Business Council")),
    ("x09", "organisation", CPIH, 0, O(CPIH)),
    ("x09", "organisation", "Samruk-Kazyna", 0, O("Samruk-Kazyna")),
    # places ("Minister of Foreign Affairs of Kazakhstan" is a title, not an organisation)
    ("x09", "place", "[[Kazakhstan]] and China discuss", 0, KZ),
    ("x09", "place", "Kazakhstan and [[China]] discuss", 0, CN),
    ("x09", "place", "summit in [[Astana]]", 0, ASTANA),
    ("x09", "place", "[[Astana]], April", 0, ASTANA),
    ("x09", "place", "Affairs of [[Kazakhstan]] Murat", 0, KZ),
    ("x09", "place", "People's Republic of China", 0, PRC),
    ("x09", "place", "to [[Kazakhstan]] Zhang", 0, KZ),
    ("x09", "place", "held in [[Astana]]", 0, ASTANA),
    ("x09", "place", "People's Republic of China", 1, PRC),
    ("x09", "place", "Xi Jinping to [[Kazakhstan]]", 0, KZ),
    ("x09", "place", "between [[Kazakhstan]] and China reached", 0, KZ),
    ("x09", "place", "and [[China]] reached", 0, CN),
    ("x09", "place", "the [[Chinese]] side for", 0, CN),
    ("x09", "place", "73 [[Kazakh]] companies", 0, KZ),
    ("x09", "place", "in [[Shanghai]]", 0, CITY("Shanghai", "CN")),
    ("x09", "place", "Xi'an", 0, CITY("Xi'an", "CN")),
    ("x09", "place", "that [[Chinese]] companies", 0, CN),
    ("x09", "place", "billion dollars in [[Kazakhstan]]", 0, KZ),
    ("x09", "place", "Zhambyl", 0, REG("Zhambyl", "KZ")),
    ("x09", "place", "with [[Kazakhstan]]'s sovereign", 0, KZ),
    ("x09", "place", "Bakhty", 0, CITY("Bakhty", "KZ")),
    ("x09", "place", "Tacheng", 0, CITY("Tacheng", "CN")),
    ("x09", "place", "the [[Kazakhstan]]-China natural", 0, KZ),
    ("x09", "place", "Kazakhstan-[[China]] natural", 0, CN),
    ("x09", "place", "Almaty", 0, CITY("Almaty", "KZ")),
    ("x09", "place", "Urumqi", 0, CITY("Urumqi", "CN")),
    ("x09", "place", "that [[China]] had sent", 0, CN),
    ("x09", "place", "regions of [[Kazakhstan]]", 0, KZ),
    ("x09", "place", "Petropavlovsk", 0, CITY("Petropavlovsk", "KZ")),
    ("x09", "place", "The [[Kazakh]] side", 0, KZ),
    ("x09", "place", "for [[China]]'s support", 0, CN),
    # summits (the "Kazakhstan-China Business Council meeting" is a meeting of an
    # organisation, not a named gathering)
    ("x09", "summit", "SCO summit", 0, S(SCOS, "2024-07-03/2024-07-04", "Astana")),
    ("x09", "summit", SCOS, 0, S(SCOS, "2024-07-03/2024-07-04", "Astana")),
    ("x09", "summit", CIIE, 0, S(CIIE, "2023-11-05/2023-11-10", "Shanghai")),
    ("x09", "summit", "CIIE", 0, S(CIIE, "2023-11-05/2023-11-10", "Shanghai")),
    # events ("the upcoming state visit", "discussed the construction ... launch":
    # not occurrences; "were delivered to Petropavlovsk" is a step of the donation)
    ("x09", "event", "discuss", 0,  # headline; "met with" in the body is the same meeting
     E("meeting", "2024-04-15", "Astana", ["Kazakhstan", "China"])),
    ("x09", "event", "were [[concluded]]", 0,
     E("signing", "2023-11-05/2023-11-10", "Shanghai", ["Kazakhstan"], M("2300000000", "KZT", "gt"))),
    ("x09", "event", "Council [[meeting]]", 0,
     E("meeting", "2023-05", "Xi'an", ["Kazakhstan-China Business Council"])),
    ("x09", "event", "being [[built]]", 0, E("construction", None, "Zhambyl", [CPIH, "Samruk-Kazyna"])),
    ("x09", "event", "parties [[signed]]", 0,
     E("signing", "2024-02", None, [CPIH, "Samruk-Kazyna"], M("450000000000", "KZT"))),
    ("x09", "event", "had [[sent]]", 0,
     E("donation", "2024-04-12", "Petropavlovsk", ["China", "Kazakhstan"], Q("500", "t"))),
]

# ============================================================ x10 Yutong release, Uzbekistan/Kyrgyzstan (2024-06-12)
YUTONG = "Zhengzhou Yutong Bus Co., Ltd."
SHACMAN = "Shaanxi Automobile Group"
UZ = C("Uzbekistan", "UZ")
KG = C("Kyrgyzstan", "KG")
TAS = CITY("Tashkent", "UZ")
FRU = CITY("Bishkek", "KG")
A10 = [
    # dates
    ("x10", "date", "2024-06-12", 0, "2024-06-12"),
    ("x10", "date", "June 10", 0, "2024-06-10"),
    ("x10", "date", "the third quarter of 2024", 0, "2024-Q3"),
    ("x10", "date", "In [[2023]]", 0, "2023"),
    ("x10", "date", "June 6", 0, "2024-06-06"),
    ("x10", "date", "in [[October]]", 0, "2024-10"),
    ("x10", "date", "June 8", 0, "2024-06-08"),
    ("x10", "date", "trucks in [[2023]]", 0, "2023"),
    ("x10", "date", "in [[January]]", 0, "2024-01"),
    ("x10", "date", "In [[May]]", 0, "2024-05"),
    ("x10", "date", "partner in [[2023]]", 0, "2023"),
    # money
    ("x10", "money", "about 1.6 trillion soums", 0, M("1600000000000", "UZS", "approx")),
    ("x10", "money", "USD 127 million", 0, M("127000000", "USD")),
    ("x10", "money", "between 4.5 and 5 billion US dollars", 0,
     M("4500000000", "USD", amount_max="5000000000")),
    ("x10", "money", "2.1 billion som", 0, M("2100000000", "KGS")),
    ("x10", "money", "1.5 billion yuan", 0, M("1500000000", "CNY")),
    ("x10", "money", "9 billion rubles", 0, M("9000000000", "RUB")),
    ("x10", "money", "14 billion dollars", 0, M("14000000000", "USD")),
    # quantities ("third quarter": a date)
    ("x10", "quantity", "1,000 electric buses", 0, Q("1000", "bus")),
    ("x10", "quantity", "1,000 electric buses", 1, Q("1000", "bus")),
    ("x10", "quantity", "300 buses", 0, Q("300", "bus")),
    ("x10", "quantity", "2,000 vehicles", 0, Q("2000", "vehicle")),
    ("x10", "quantity", "250 buses", 0, Q("250", "bus")),
    ("x10", "quantity", "10,012 buses", 0, Q("10012", "bus")),
    ("x10", "quantity", "101 percent", 0, Q("101", "%")),
    ("x10", "quantity", "523-km", 0, Q("523", "km")),
    ("x10", "quantity", "150 Shacman X3000 heavy trucks", 0, Q("150", "truck")),
    ("x10", "quantity", "3,500 trucks", 0, Q("3500", "truck")),
    ("x10", "quantity", "50,000 cars", 0, Q("50000", "car")),
    ("x10", "quantity", "5,000 Chery cars", 0, Q("5000", "car")),
    ("x10", "quantity", "More than 2,100 Chinese companies", 0, Q("2100", "company", "gt")),
    # organisations (Shacman X3000 is a product; "the Tashkent city administration" is
    # a lower-case generic noun after a city)
    ("x10", "organisation", "[[Yutong]] to supply", 0, O(YUTONG)),
    ("x10", "organisation", YUTONG, 0, O(YUTONG)),
    ("x10", "organisation", "([[Yutong]])", 0, O(YUTONG)),
    ("x10", "organisation", "and [[Yutong]] will", 0, O(YUTONG)),
    ("x10", "organisation", "Kyrgyzavtotrans", 0, O("Kyrgyzavtotrans")),
    ("x10", "organisation", SHACMAN, 0, O(SHACMAN)),
    ("x10", "organisation", "[[Shaanxi Automobile]] also", 0, O(SHACMAN)),
    ("x10", "organisation", "ADM Jizzakh", 0, O("ADM Jizzakh")),
    ("x10", "organisation", "UzAuto Motors", 0, O("UzAuto Motors")),
    ("x10", "organisation", "BYD", 0, O("BYD")),
    ("x10", "organisation", "Chery", 0, O("Chery")),
    ("x10", "organisation", "State Statistics Committee of Uzbekistan", 0,
     O("State Statistics Committee of Uzbekistan")),
    # places
    ("x10", "place", "to [[Tashkent]] as", 0, TAS),
    ("x10", "place", "as [[China]]-Kyrgyzstan", 0, CN),
    ("x10", "place", "as China-[[Kyrgyzstan]]", 0, KG),
    ("x10", "place", "as China-Kyrgyzstan-[[Uzbekistan]]", 0, UZ),
    ("x10", "place", "the [[Tashkent]] city", 0, TAS),
    ("x10", "place", "signed in [[Tashkent]]", 0, TAS),
    ("x10", "place", "[[Uzbek]] President", 0, UZ),
    ("x10", "place", "arrive in [[Uzbekistan]]", 0, UZ),
    ("x10", "place", "the [[Jizzakh]] region", 0, REG("Jizzakh", "UZ")),
    ("x10", "place", "buses to [[Uzbekistan]]", 0, UZ),
    ("x10", "place", "governments of [[China]]", 0, CN),
    ("x10", "place", "China, [[Kyrgyzstan]] and", 0, KG),
    ("x10", "place", "Kyrgyzstan and [[Uzbekistan]] signed", 0, UZ),
    ("x10", "place", "the [[China]]-Kyrgyzstan-Uzbekistan railway in", 0, CN),
    ("x10", "place", "China-[[Kyrgyzstan]]-Uzbekistan railway in", 0, KG),
    ("x10", "place", "China-Kyrgyzstan-[[Uzbekistan]] railway in", 0, UZ),
    ("x10", "place", "Beijing", 0, CITY("Beijing", "CN")),
    ("x10", "place", "Kashgar", 0, CITY("Kashgar", "CN")),
    ("x10", "place", "Xinjiang", 0, REG("Xinjiang", "CN")),
    ("x10", "place", "Torugart", 0, CITY("Torugart", "KG")),
    ("x10", "place", "Jalal-Abad", 0, CITY("Jalal-Abad", "KG")),
    ("x10", "place", "Andijan", 0, CITY("Andijan", "UZ")),
    ("x10", "place", "Fergana Valley", 0, REG("Fergana Valley")),
    ("x10", "place", "[[Kyrgyz]] officials", 0, KG),
    ("x10", "place", "[[Kyrgyz]] trucking", 0, KG),
    ("x10", "place", "in [[Bishkek]] on", 0, FRU),
    ("x10", "place", "the [[Bishkek]]-Osh", 0, FRU),
    ("x10", "place", "Osh", 0, CITY("Osh", "KG")),
    ("x10", "place", "plant in [[Tashkent]]", 0, TAS),
    ("x10", "place", "In [[Uzbekistan]], the", 0, UZ),
    ("x10", "place", "[[China]]'s BYD", 0, CN),
    ("x10", "place", "Russian", 0, C("Russia", "RU")),
    ("x10", "place", "assembled in [[Uzbekistan]]", 0, UZ),
    ("x10", "place", "[[China]] became", 0, CN),
    ("x10", "place", "[[Uzbekistan]]'s largest", 0, UZ),
    ("x10", "place", "2,100 [[Chinese]] companies", 0, CN),
    # events ("to supply", "will arrive", "will set up", "is due to start", "plans to
    # expand", "will ... turn out": intentions; "set up by": a founding; "bought":
    # the same delivery; "exported a total of": a sales figure)
    ("x10", "event", "an [[order]] for", 0,
     E("order", "2024-06-10", None, [YUTONG, "Tashkent"], Q("1000", "bus"))),
    ("x10", "event", "was [[signed]] in Tashkent", 0,
     E("signing", "2024-06-10", "Tashkent", [YUTONG, "Tashkent", "Uzbekistan"],
       M("1600000000000", "UZS", "approx"))),
    ("x10", "event", "company [[delivered]]", 0,
     E("delivery", "2023", None, [YUTONG, "Uzbekistan"], Q("250", "bus"))),
    ("x10", "event", "deal is [[signed]]", 0,  # headline; the body's "signed an intergovernmental agreement": same
     E("signing", "2024-06-06", "Beijing", ["China", "Kyrgyzstan", "Uzbekistan"])),
    ("x10", "event", "took [[delivery]]", 0,
     E("delivery", "2024-06-08", "Bishkek", ["Kyrgyzavtotrans", SHACMAN], Q("150", "truck"))),
    ("x10", "event", "which [[produced]]", 0,
     E("production", "2023", "Tashkent", [SHACMAN], Q("3500", "truck"))),
    ("x10", "event", "started [[production]]", 0, E("production", "2024-01", "Uzbekistan", ["ADM Jizzakh"])),
    ("x10", "event", "an [[investment]] of 1.5", 0,
     E("investment", None, None, ["ADM Jizzakh"], M("1500000000", "CNY"))),
    ("x10", "event", "buyers [[ordered]]", 0,
     E("order", "2024-05", None, ["Russia", "Chery"], Q("5000", "car"))),
]

# ============================================================ x11 Xinhua, Cairo (2022-11-27)
CSCEC = "China State Construction Engineering Corporation"
CCECC = "China Civil Engineering Construction Corporation"
SCZ = "Suez Canal Economic Zone"
EIC = "Ethiopian Investment Commission"
EG = C("Egypt", "EG")
ET = C("Ethiopia", "ET")
NAC = CITY("New Administrative Capital", "EG")
ADD = CITY("Addis Ababa", "ET")
HAW = CITY("Hawassa", "ET")
FOCAC8 = "eighth Ministerial Conference of the Forum on China-Africa Cooperation"
A11 = [
    # dates ("During the COVID-19 pandemic": no calendar date)
    ("x11", "date", "2022-11-27 21:30", 0, "2022-11-27T21:30"),
    ("x11", "date", "Nov. 27", 0, "2022-11-27"),
    ("x11", "date", "Sunday", 0, "2022-11-27"),
    ("x11", "date", "2018", 0, "2018"),
    ("x11", "date", "Saturday", 0, "2022-11-26"),
    ("x11", "date", "in [[2022]]", 0, "2022"),
    ("x11", "date", "in [[October]]", 0, "2022-10"),
    ("x11", "date", "in [[September]]", 0, "2022-09"),
    ("x11", "date", "November 2021", 0, "2021-11"),
    # money
    ("x11", "money", "3-billion-dollar", 0, M("3000000000", "USD")),
    ("x11", "money", "more than 1.5 billion U.S. dollars", 0, M("1500000000", "USD", "gt")),
    ("x11", "money", "140 million dollars", 0, M("140000000", "USD")),
    ("x11", "money", "2.6 billion yuan", 0, M("2600000000", "CNY")),
    ("x11", "money", "300 billion dollars", 0, M("300000000000", "USD")),
    # quantities ("4G": a name; "eighth", "second phase": ranks; "three years": spelled-out duration)
    ("x11", "quantity", "45 km", 0, Q("45", "km")),
    ("x11", "quantity", "385.8-meter", 0, Q("385.8", "m")),
    ("x11", "quantity", "20 towers", 0, Q("20", "tower")),
    ("x11", "quantity", "more than 30,000 local jobs", 0, Q("30000", "job", "gt")),
    ("x11", "quantity", "6 square kilometers", 0, Q("6", "km2")),
    ("x11", "quantity", "over 140 enterprises", 0, Q("140", "enterprise", "gt")),
    ("x11", "quantity", "300 hectares", 0, Q("300", "ha")),
    ("x11", "quantity", "22 Chinese garment firms", 0, Q("22", "firm")),
    ("x11", "quantity", "1,200 base stations", 0, Q("1200", "station")),
    ("x11", "quantity", "300,000 test kits", 0, Q("300000", "kit")),
    ("x11", "quantity", "30 ventilators", 0, Q("30", "ventilator")),
    # organisations ("the Chinese embassy", "the Ethiopian government": lower-case
    # generic nouns after a country, which is the place)
    ("x11", "organisation", "Xinhua", 0, O("Xinhua")),
    ("x11", "organisation", CSCEC, 0, O(CSCEC)),
    ("x11", "organisation", "([[CSCEC]])", 0, O(CSCEC)),
    ("x11", "organisation", "that [[CSCEC]] started", 0, O(CSCEC)),
    ("x11", "organisation", "Ministry of Housing", 0, O("Ministry of Housing")),  # "Egypt's": a place, as the
    # project's corpora read "Uzbekistan's Ministry of Energy" (NOTES join only an Embassy to its country)
    ("x11", "organisation", SCZ, 0, O(SCZ)),
    ("x11", "organisation", "SCZONE", 0, O(SCZ)),
    ("x11", "organisation", "TEDA", 0, O("TEDA")),
    ("x11", "organisation", CCECC, 0, O(CCECC)),
    ("x11", "organisation", "CCECC", 0, O(CCECC)),
    ("x11", "organisation", EIC, 0, O(EIC)),
    ("x11", "organisation", "Huawei", 0, O("Huawei")),
    ("x11", "organisation", "Ethio Telecom", 0, O("Ethio Telecom")),
    ("x11", "organisation", "Export-Import Bank of China", 0, O("Export-Import Bank of China")),
    ("x11", "organisation", "African Union Commission", 0, O("African Union Commission")),
    # places
    ("x11", "place", "[[Chinese]] builders", 0, CN),
    ("x11", "place", "in [[Egypt]]'s new capital", 0, EG),
    ("x11", "place", "[[Ethiopia]]'s industrial", 0, ET),
    ("x11", "place", "CAIRO", 0, CITY("Cairo", "EG")),
    ("x11", "place", "in [[Africa]],", 0, REG("Africa")),
    ("x11", "place", "of [[Egypt]]'s New", 0, EG),
    ("x11", "place", "New Administrative Capital", 0, NAC),
    ("x11", "place", "east of [[Cairo]]", 0, CITY("Cairo", "EG")),
    ("x11", "place", "Egyptian", 0, EG),
    ("x11", "place", "with [[Egypt]]'s Ministry", 0, EG),
    ("x11", "place", "[[Egypt]]'s Suez", 0, EG),
    ("x11", "place", "with [[China]]'s TEDA", 0, CN),
    ("x11", "place", "Sokhna", 0, CITY("Sokhna", "EG")),
    ("x11", "place", "In [[Ethiopia]], the", 0, ET),
    ("x11", "place", "Hawassa", 0, HAW),
    ("x11", "place", "22 [[Chinese]] garment", 0, CN),
    ("x11", "place", "in [[Addis Ababa]], adding", 0, ADD),
    ("x11", "place", "the [[Ethiopian]] government", 0, ET),
    ("x11", "place", "the [[Addis Ababa]] light", 0, ADD),
    ("x11", "place", "the [[Chinese]] embassy", 0, CN),
    ("x11", "place", "embassy in [[Ethiopia]]", 0, ET),
    ("x11", "place", "headquarters in [[Addis Ababa]]", 0, ADD),
    ("x11", "place", "with [[Chinese]] aid", 0, CN),
    ("x11", "place", "[[China]] and Africa agreed", 0, CN),
    ("x11", "place", "China and [[Africa]] agreed", 0, REG("Africa")),
    ("x11", "place", "Dakar", 0, CITY("Dakar", "SN")),
    ("x11", "place", "Senegal", 0, C("Senegal", "SN")),
    ("x11", "place", "increase [[China]]'s imports", 0, CN),
    ("x11", "place", "from [[Africa]] to", 0, REG("Africa")),
    # summits
    ("x11", "summit", FOCAC8, 0, S(FOCAC8, "2021-11", "Dakar")),
    # events ("mark milestones": headline summary; "has attracted ... investment",
    # "exported goods": figures; "agreed ... to increase": intention)
    ("x11", "event", "celebrated", 0,
     E("ceremony", "2022-11-27", "New Administrative Capital", [CSCEC, "Egypt"])),
    ("x11", "event", "the [[completion]] of the Iconic", 0,
     E("construction", "2022-11-27", "New Administrative Capital", [CSCEC])),
    ("x11", "event", "started building", 0, E("construction", "2018", None, [CSCEC, "Ministry of Housing"])),
    ("x11", "event", "(SCZONE) also [[signed]]", 0, E("signing", "2022-11-26", None, [SCZ, "TEDA"])),
    ("x11", "event", "Park, [[built]] by", 0, E("construction", None, "Hawassa", [CCECC])),
    ("x11", "event", "Neme [[visited]]", 0, E("visit", "2022-10", "Hawassa", [EIC])),
    ("x11", "event", "and [[met]] representatives", 0, E("meeting", "2022-10", "Hawassa", [EIC, "China"])),
    ("x11", "event", "has [[completed]] the 4G", 0,
     E("construction", None, "Addis Ababa", ["Huawei", "Ethio Telecom"])),
    ("x11", "event", "China [[signed]] a loan", 0,
     E("signing", "2022-09", None, ["Export-Import Bank of China", "Ethiopia"], M("2600000000", "CNY"))),
    ("x11", "event", "donated", 0, E("donation", None, None, ["China", "African Union Commission"])),
    ("x11", "event", "was [[built]] with Chinese aid", 0, E("construction", None, "Addis Ababa", ["China"])),
]

# ============================================================ x12 COSCO SHIPPING press release (2024-11-16)
CSPL = "COSCO SHIPPING Ports Limited"
PWC = "Power Construction Corporation of China"
SA = C("Saudi Arabia", "SA")
PE = C("Peru", "PE")
CHANCAY = CITY("Chancay", "PE")
LIMA = CITY("Lima", "PE")
CIIE7 = "7th China International Import Expo"
CAS = "first China-Arab States Summit"
A12 = [
    # dates (the copyright year is chrome)
    ("x12", "date", "November 16, 2024", 0, "2024-11-16"),
    ("x12", "date", "November 14", 0, "2024-11-14"),
    ("x12", "date", "In [[October]]", 0, "2024-10"),
    ("x12", "date", "January to September", 0, "2024-01/2024-09"),
    ("x12", "date", "December 2022", 0, "2022-12"),
    # money
    ("x12", "money", "USD 1.3 billion", 0, M("1300000000", "USD")),
    ("x12", "money", "3.6 billion US dollars", 0, M("3600000000", "USD")),
    ("x12", "money", "SAR 5.2 billion", 0, M("5200000000", "SAR")),
    ("x12", "money", "about 1.39 billion dollars", 0, M("1390000000", "USD", "approx")),
    ("x12", "money", "2 billion yuan", 0, M("2000000000", "CNY")),
    # quantities ("four berths", "three solar plants": spelled-out counts; "7th", "first": ranks)
    ("x12", "quantity", "80 kilometres", 0, Q("80", "km")),
    ("x12", "quantity", "1 million TEU", 0, Q("1000000", "TEU")),
    ("x12", "quantity", "60 percent", 0, Q("60", "%")),
    ("x12", "quantity", "1,300 MWh", 0, Q("1300", "MWh")),
    ("x12", "quantity", "400 MW", 0, Q("400", "MW")),
    ("x12", "quantity", "4,550 MW", 0, Q("4550", "MW")),
    ("x12", "quantity", "13.3 million TEU", 0, Q("13300000", "TEU")),
    ("x12", "quantity", "104 million TEU", 0, Q("104000000", "TEU")),
    ("x12", "quantity", "7.1%", 0, Q("7.1", "%")),
    ("x12", "quantity", "34 investment agreements", 0, Q("34", "agreement")),
    # organisations (the nav line, contact and copyright lines are chrome)
    ("x12", "organisation", "[[COSCO SHIPPING]] opens", 0, O("COSCO SHIPPING")),
    ("x12", "organisation", "[[PowerChina]] connects", 0, O(PWC)),
    ("x12", "organisation", CSPL, 0, O(CSPL)),
    ("x12", "organisation", "([[CSPL]])", 0, O(CSPL)),
    ("x12", "organisation", "Volcan Compania Minera", 0, O("Volcan Compania Minera")),
    ("x12", "organisation", "[[CSPL]] holds", 0, O(CSPL)),
    ("x12", "organisation", "Cosco Shipping Ports Chancay Peru S.A.", 0,
     O("Cosco Shipping Ports Chancay Peru S.A.")),
    ("x12", "organisation", PWC, 0, O(PWC)),
    ("x12", "organisation", "([[PowerChina]])", 0, O(PWC)),
    ("x12", "organisation", "by [[ACWA Power]]", 0, O("ACWA Power")),
    ("x12", "organisation", "Huawei Digital Power", 0, O("Huawei Digital Power")),
    ("x12", "organisation", "[[PowerChina]] said", 0, O(PWC)),
    ("x12", "organisation", "[[PowerChina]] and ACWA", 0, O(PWC)),
    ("x12", "organisation", "and [[ACWA Power]] signed", 0, O("ACWA Power")),
    ("x12", "organisation", "Saudi Electricity Company", 0, O("Saudi Electricity Company")),
    ("x12", "organisation", "[[COSCO SHIPPING]] said", 0, O("COSCO SHIPPING")),
    # places (the Red Sea is a sea; "the Kingdom" is an anaphor)
    ("x12", "place", "opens [[Chancay]] port", 0, CHANCAY),
    ("x12", "place", "in [[Peru]];", 0, PE),
    ("x12", "place", "[[Peruvian]] partner", 0, PE),
    ("x12", "place", "Port of [[Chancay]]", 0, CHANCAY),
    ("x12", "place", "[[Chinese]] President Xi Jinping and", 0, CN),
    ("x12", "place", "[[Peruvian]] President", 0, PE),
    ("x12", "place", "from [[Lima]]", 0, LIMA),
    ("x12", "place", "north of [[Lima]]", 0, LIMA),
    ("x12", "place", "In [[Saudi Arabia]]", 0, SA),
    ("x12", "place", "in [[Shanghai]]", 0, CITY("Shanghai", "CN")),
    ("x12", "place", "[[Chinese]] President Xi Jinping attended", 0, CN),
    ("x12", "place", "in [[Riyadh]]", 0, CITY("Riyadh", "SA")),
    ("x12", "place", "where [[Chinese]] and", 0, CN),
    ("x12", "place", "and [[Saudi]] companies", 0, SA),
    # summits
    ("x12", "summit", "APEC Economic Leaders' Meeting", 0, S("APEC Economic Leaders' Meeting", None, "Lima")),
    ("x12", "summit", CIIE7, 0, S(CIIE7, None, "Shanghai")),
    ("x12", "summit", "([[CIIE]])", 0, S(CIIE7, None, "Shanghai")),
    ("x12", "summit", CAS, 0, S(CAS, "2022-12", "Riyadh")),
    # events ("is expected to reach", "holds a ... stake", "carried"/"handled" TEU: not occurrences)
    ("x12", "event", "SHIPPING [[opens]]", 0,  # headline; "inauguration ceremony" in the body: same
     E("ceremony", "2024-11-14", "Chancay", [CSPL, "Volcan Compania Minera", "China", "Peru"])),
    ("x12", "event", "required an [[investment]]", 0,
     E("investment", None, "Chancay", None, M("1300000000", "USD"))),
    ("x12", "event", "connects", 0,  # headline; "has connected ... to the grid": same
     E("construction", None, "Saudi Arabia", [PWC])),
    ("x12", "event", "ACWA Power [[signed]]", 0,
     E("signing", "2024-10", None, [PWC, "ACWA Power"], M("5200000000", "SAR"))),
    ("x12", "event", "company also [[signed]]", 0,
     E("signing", None, "Shanghai", [PWC, "Saudi Electricity Company"], M("2000000000", "CNY"))),
    ("x12", "event", "companies [[signed]]", 0,
     E("signing", "2022-12", "Riyadh", ["China", "Saudi Arabia"])),
]

ANNOTATIONS = A01 + A02 + A03 + A04 + A05 + A06 + A07 + A08 + A09 + A10 + A11 + A12


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "x*.txt")
