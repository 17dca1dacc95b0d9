#!/usr/bin/env python3
"""Build tests/data/extra5/gold.jsonl from hand annotations of the v*.txt documents here.

The eight documents are invented but realistic Belt and Road news texts (a Dawn
story on ML-1 and CPEC power dues, an AKIpress story on the China-Kyrgyzstan-
Uzbekistan railway, a Khmer Times story on the Funan Techo canal, an Anadolu
Agency story on the Middle Corridor and Anaklia port, an ANGOP story with Kz/USD
amounts on the Caculo Cabaça dam, a Xinhua roundup of short datelined items, an
HKEX voluntary announcement of a Chinese SOE, a Chinese Foreign Ministry readout
of a bilateral meeting) written BLIND: annotated from shared/gold/NOTES.md and
shared/spec/facts.md alone, without running bri_corpus on them, so that they
measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and
the calls recorded in tests/data/extra3/make_gold.py and
tests/data/extra4/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - a minister stands for the ministry when the document names that ministry
    (as w09 reads MOFCOM's vice minister), otherwise for the country (as w01's
    Deputy Prime Minister);
  - a public body named inside a title is tagged, as x03's "Secretary of the
    Board of Investment": "Chairman of the Cabinet of Ministers", "Member of the
    Political Bureau of the CPC Central Committee"; a title naming no body
    ("Minister of Transport and Communications") is not;
  - the HKEX disclaimer at the head of an exchange announcement is text (NOTES'
    chrome list is closed and the disclaimer is part of the filed document), and
    so is the announcement's signature block; a website boilerplate line about
    the site ("Anadolu Agency website contains only a portion ...") is chrome,
    like a copyright line;
  - "The Stock Exchange of Hong Kong Limited": a capitalised "The" inside a
    legal name stays in the span, as w05's masthead "THE EASTAFRICAN";
  - a stock code's exchange name is an organisation ("Tadawul: 2082", as y06's
    "HKEX: 1199"), the number is an identifier;
  - "a year earlier" after "at the end of 2023" is an anaphoric date with a
    calendar unit: 2022; "early January", like "mid-2026": the month;
  - a header date and time separated by a comma is one fact ("06 August 2024,
    09:12", as w03's "November 8, 2023, 4:12 pm"); a time zone stays outside;
  - "did not confirm reports that they had ordered": not an occurrence;
  - a co-chaired round of a named dialogue: the dialogue is the summit (without
    "ninth round of"), co-chairing it a meeting.
Run:  python3 tests/data/extra5/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")
BEJ = CITY("Beijing", "CN")
CRBC = "China Road and Bridge Corporation"

# ================================= v01 Dawn, Islamabad (Published March 4, 2024 07:12am)
PK = C("Pakistan", "PK")
KHI = CITY("Karachi", "PK")
ECNEC = "Executive Committee of the National Economic Council"
CPPA = "Central Power Purchasing Agency"
HSR = "Huaneng Shandong Ruyi (Pakistan) Energy"
CPIH = "China Power International Holding"
SAHIWAL = CITY("Sahiwal", "PK")
A01 = [
    # dates ("almost four years": a spelled-out duration; "before the budget": no calendar
    # point; the footer "Published in Dawn, March 4th, 2024" is text, not chrome)
    ("v01", "date", "March 4, 2024 07:12am", 0, "2024-03-04T07:12"),
    ("v01", "date", "August 2020", 0, "2020-08"),
    ("v01", "date", "on [[Sunday]]", 0, "2024-03-03"),
    ("v01", "date", "last month", 0, "2024-02"),
    ("v01", "date", "the end of January", 0, "2024-01"),
    ("v01", "date", "June last year", 0, "2023-06"),
    ("v01", "date", "in [[2023]]", 0, "2023"),
    ("v01", "date", "On [[Friday]]", 0, "2024-03-01"),
    ("v01", "date", "March 31", 0, "2024-03-31"),
    ("v01", "date", "since [[2022]]", 0, "2022"),
    ("v01", "date", "Last week", 0, "2024-W09"),
    ("v01", "date", "March 4th, 2024", 0, "2024-03-04"),
    # money (rupees in a Pakistani paper are PKR; "bn" is billion; "up from Rs401bn": a
    # comparison of two figures, both count, as y06's "up from 4.4 million TEU")
    ("v01", "money", "Rs493bn", 0, M("493000000000", "PKR")),
    ("v01", "money", "$6.7 billion", 0, M("6700000000", "USD")),
    ("v01", "money", "$3.1bn", 0, M("3100000000", "USD")),  # "an estimated cost of": no qualifier
    ("v01", "money", "Rs493 billion", 0, M("493000000000", "PKR")),
    ("v01", "money", "Rs401bn", 0, M("401000000000", "PKR")),
    ("v01", "money", "about Rs110bn", 0, M("110000000000", "PKR", "approx")),
    ("v01", "money", "Rs50 billion", 0, M("50000000000", "PKR")),
    # quantities ("Main Line-1 (ML-1)": a name; "three packages": spelled-out; "the first": rank)
    ("v01", "quantity", "1,726km", 0, Q("1726", "km")),
    ("v01", "quantity", "480km", 0, Q("480", "km")),
    ("v01", "quantity", "90 per cent", 0, Q("90", "%")),
    ("v01", "quantity", "1,320MW", 0, Q("1320", "MW")),
    ("v01", "quantity", "7.2 billion kWh", 0, Q("7200000000", "kWh")),
    ("v01", "quantity", "1,320MW", 1, Q("1320", "MW")),
    ("v01", "quantity", "5,000 solar home systems", 0, Q("5000", "system")),
    # organisations (the masthead and the footer are text; the byline is a person; CPEC is a
    # programme; "Power Minister" is a title; "the company", "The government": generic; Pakistan
    # inside "Pakistan Railways" and the Huaneng company's name is not tagged)
    ("v01", "organisation", "DAWN", 0, O("Dawn")),
    ("v01", "organisation", ECNEC, 0, O(ECNEC)),
    ("v01", "organisation", "(Ecnec)", 0, O(ECNEC)),
    ("v01", "organisation", "told [[Dawn]] on", 0, O("Dawn")),
    ("v01", "organisation", "Pakistan Railways", 0, O("Pakistan Railways")),
    ("v01", "organisation", "Ministry of Finance", 0, O("Ministry of Finance")),
    (
        "v01",
        "organisation",
        "Ministry of Planning, Development and Special Initiatives",
        0,
        O("Ministry of Planning, Development and Special Initiatives"),
    ),
    ("v01", "organisation", CPPA, 0, O(CPPA)),
    ("v01", "organisation", "(CPPA-G)", 0, O(CPPA)),
    ("v01", "organisation", HSR, 0, O(HSR)),
    ("v01", "organisation", CPIH, 0, O(CPIH)),
    ("v01", "organisation", "Published in [[Dawn]]", 0, O("Dawn")),
    # places (China/Pakistan inside CPEC's long name are places, as x03; "the Chinese side",
    # "the Chinese embassy": a demonym before a lower-case noun)
    ("v01", "place", "[[Chinese]] IPPs'", 0, CN),
    ("v01", "place", "ISLAMABAD", 0, CITY("Islamabad", "PK")),
    ("v01", "place", "[[Pakistan]] and China have", 0, PK),
    ("v01", "place", "Pakistan and [[China]] have", 0, CN),
    ("v01", "place", "between [[Karachi]] and", 0, KHI),
    ("v01", "place", "Peshawar", 0, CITY("Peshawar", "PK")),
    ("v01", "place", "the [[China]]-Pakistan Economic", 0, CN),
    ("v01", "place", "China-[[Pakistan]] Economic", 0, PK),
    ("v01", "place", "with [[Chinese]] officials", 0, CN),
    ("v01", "place", "in [[Beijing]] last", 0, BEJ),
    ("v01", "place", "480km [[Karachi]]-Multan", 0, KHI),
    ("v01", "place", "Multan", 0, CITY("Multan", "PK")),
    ("v01", "place", "the [[Chinese]] side", 0, CN),
    ("v01", "place", "Separately, [[Chinese]] independent", 0, CN),
    ("v01", "place", "at [[Sahiwal]]", 0, SAHIWAL),
    ("v01", "place", "Balochistan", 0, REG("Balochistan", "PK")),
    ("v01", "place", "the [[Chinese]] embassy", 0, CN),
    ("v01", "place", "Gwadar", 0, CITY("Gwadar", "PK")),
    # events ("have not yet signed", "nothing will be signed": negated/future; "approved": a
    # decision; "discussed", "has sought", "were owed", "set up": no occurrence of a type;
    # "would be released", "has promised": future/intent; "triggered protests": no type; the
    # minister names no ministry here, so he stands for Pakistan; the dateline is no location)
    ("v01", "event", "built", 0, E("construction", None, "Sahiwal", [HSR])),
    ("v01", "event", "produced", 0, E("production", "2023", "Sahiwal", [HSR], Q("7200000000", "kWh"))),
    ("v01", "event", "met", 0, E("meeting", "2024-03-01", None, ["Pakistan", CPIH])),
    ("v01", "event", "donated", 0, E("donation", "2024-W09", "Gwadar", ["China"], Q("5000", "system"))),
]

# ================================= v02 AKIpress, Bishkek (13/06/24 15:40)
KG = C("Kyrgyzstan", "KG")
UZ = C("Uzbekistan", "UZ")
AKI = "AKIpress News Agency"
CABINET = "Cabinet of Ministers of Kyrgyzstan"
CRFSDI = "China Railway First Survey and Design Institute Group"
A02 = [
    # dates ("take six years": spelled-out; "year-on-year": no calendar point; "Earlier this
    # year": span "this year", as z05's "earlier this month"; the Related line is chrome)
    ("v02", "date", "13/06/24 15:40", 0, "2024-06-13T15:40"),
    ("v02", "date", "start in [[October]]", 0, "2024-10"),
    ("v02", "date", "June 6", 0, "2024-06-06"),
    ("v02", "date", "October 2024", 0, "2024-10"),
    ("v02", "date", "the third quarter", 0, "2024-Q3"),
    ("v02", "date", "this year", 0, "2024"),
    ("v02", "date", "April 22", 0, "2024-04-22"),
    ("v02", "date", "in [[January]]", 0, "2024-01"),
    ("v02", "date", "in [[2023]]", 0, "2023"),
    ("v02", "date", "January-April 2024", 0, "2024-01/2024-04"),
    ("v02", "date", "on [[Tuesday]]", 0, "2024-06-11"),
    # money
    ("v02", "money", "$4.7 billion", 0, M("4700000000", "USD")),
    ("v02", "money", "$19.8 billion", 0, M("19800000000", "USD")),
    ("v02", "money", "1.5 billion yuan", 0, M("1500000000", "CNY")),
    # quantities ("24.5% each": one figure)
    ("v02", "quantity", "280 km", 0, Q("280", "km")),
    ("v02", "quantity", "50 tunnels", 0, Q("50", "tunnel")),
    ("v02", "quantity", "90 bridges", 0, Q("90", "bridge")),
    ("v02", "quantity", "454 km", 0, Q("454", "km")),
    ("v02", "quantity", "51%", 0, Q("51", "%")),
    ("v02", "quantity", "24.5%", 0, Q("24.5", "%")),
    ("v02", "quantity", "27%", 0, Q("27", "%")),
    ("v02", "quantity", "1,457 freight trains", 0, Q("1457", "train")),
    ("v02", "quantity", "96-kilometre", 0, Q("96", "km")),
    # organisations (the masthead is text; "Minister of Transport and Communications" names no
    # body; "Chairman of the Cabinet of Ministers" names the Cabinet, as x03's "Secretary of the
    # Board of Investment"; "the joint venture" is generic)
    ("v02", "organisation", AKI, 0, O(AKI)),
    ("v02", "organisation", "(AKIpress)", 0, O(AKI)),
    ("v02", "organisation", CABINET, 0, O(CABINET)),
    ("v02", "organisation", "National Investment Agency", 0, O("National Investment Agency")),
    ("v02", "organisation", CRFSDI, 0, O(CRFSDI)),
    ("v02", "organisation", "National Statistical Committee", 0, O("National Statistical Committee")),
    ("v02", "organisation", CRBC, 0, O(CRBC)),
    ("v02", "organisation", "([[CRBC]])", 0, O(CRBC)),
    ("v02", "organisation", "the [[Cabinet of Ministers]] Akylbek", 0, O(CABINET)),
    # places (places in the railway's and the road's names count, as w01 and w05; the
    # "Kyrgyz section", "the Chinese border", "the Chinese government": demonyms for the state)
    ("v02", "place", "[[Kyrgyzstan]], China and Uzbekistan sign", 0, KG),
    ("v02", "place", "Kyrgyzstan, [[China]] and Uzbekistan sign", 0, CN),
    ("v02", "place", "Kyrgyzstan, China and [[Uzbekistan]] sign", 0, UZ),
    ("v02", "place", "BISHKEK", 0, CITY("Bishkek", "KG")),
    ("v02", "place", "[[Kyrgyzstan]], China and Uzbekistan on", 0, KG),
    ("v02", "place", "Kyrgyzstan, [[China]] and Uzbekistan on", 0, CN),
    ("v02", "place", "Kyrgyzstan, China and [[Uzbekistan]] on", 0, UZ),
    ("v02", "place", "the [[China]]-Kyrgyzstan-Uzbekistan", 0, CN),
    ("v02", "place", "China-[[Kyrgyzstan]]-Uzbekistan", 0, KG),
    ("v02", "place", "China-Kyrgyzstan-[[Uzbekistan]]", 0, UZ),
    ("v02", "place", "railway in [[Beijing]]", 0, BEJ),
    ("v02", "place", "[[Chinese]] President", 0, CN),
    ("v02", "place", "[[Kyrgyz]] President", 0, KG),
    ("v02", "place", "[[Uzbek]] President", 0, UZ),
    ("v02", "place", "The [[Kyrgyz]] section", 0, KG),
    ("v02", "place", "the [[Chinese]] border", 0, CN),
    ("v02", "place", "Makmal", 0, CITY("Makmal", "KG")),
    ("v02", "place", "Jalal-Abad", 0, CITY("Jalal-Abad", "KG")),
    ("v02", "place", "Kashgar", 0, CITY("Kashgar", "CN")),
    ("v02", "place", "Andijan", 0, CITY("Andijan", "UZ")),
    ("v02", "place", "[[Kyrgyzstan]] will not", 0, KG),
    ("v02", "place", "which [[China]] will hold", 0, CN),
    ("v02", "place", "and [[Kyrgyzstan]] and Uzbekistan 24.5%", 0, KG),
    ("v02", "place", "and Kyrgyzstan and [[Uzbekistan]] 24.5%", 0, UZ),
    ("v02", "place", "in [[Bishkek]] in", 0, CITY("Bishkek", "KG")),
    ("v02", "place", "Urumqi", 0, CITY("Urumqi", "CN")),
    ("v02", "place", "[[Kyrgyzstan]]'s trade", 0, KG),
    ("v02", "place", "trade with [[China]]", 0, CN),
    ("v02", "place", "the [[Kyrgyz]]-Chinese border", 0, KG),
    ("v02", "place", "Kyrgyz-[[Chinese]] border", 0, CN),
    ("v02", "place", "Balykchy", 0, CITY("Balykchy", "KG")),
    ("v02", "place", "Kochkor", 0, CITY("Kochkor", "KG")),
    ("v02", "place", "Kochkor-[[Aral]]", 0, CITY("Aral", "KG")),
    ("v02", "place", "the [[Chinese]] government", 0, CN),
    ("v02", "place", "[[Chinese]] Ambassador", 0, CN),
    # events (the headline "sign" anchors the signing: "was signed", "the ceremony" are the same
    # occurrence, the three presidents stand for their countries; "construction to start", "will
    # begin", "will be built", "would be registered": future; "will not take": negated;
    # "completed the feasibility study": no building work (w01); "reached", "crossed": figures;
    # the minister names no ministry, so he stands for Kyrgyzstan; the road's completion and its
    # opening ceremony are two occurrences (w02, w04); the text gives the ceremony no date)
    (
        "v02",
        "event",
        "Uzbekistan [[sign]] railway",
        0,
        E("signing", "2024-06-06", "Beijing", ["Kyrgyzstan", "China", "Uzbekistan"]),
    ),
    ("v02", "event", "Tekebaev [[visited]]", 0, E("visit", "2024-04-22", "Urumqi", ["Kyrgyzstan"])),
    ("v02", "event", "and [[met]] with", 0, E("meeting", "2024-04-22", "Urumqi", ["Kyrgyzstan", CRFSDI])),
    ("v02", "event", "Tuesday [[completed]]", 0, E("construction", "2024-06-11", None, [CRBC], M("1500000000", "CNY"))),
    ("v02", "event", "opened to traffic", 0, E("ceremony", None, None, [CABINET, "China"])),
]

# ================================= v03 Khmer Times, Phnom Penh (06 August 2024, 09:12 ICT)
KH = C("Cambodia", "KH")
PNH = CITY("Phnom Penh", "KH")
KANDAL = REG("Kandal", "KH")
MPWT = "Ministry of Public Works and Transport"
CDC = "Council for the Development of Cambodia"
EXPO = "20th China-ASEAN Expo"
A03 = [
    # dates ("four years": spelled-out; "the same period": no calendar unit; the navigation,
    # Tags and Related lines are chrome)
    ("v03", "date", "06 August 2024, 09:12", 0, "2024-08-06T09:12"),
    ("v03", "date", "yesterday", 0, "2024-08-05"),
    ("v03", "date", "August 2, 2023", 0, "2023-08-02"),
    ("v03", "date", "May 2023", 0, "2023-05"),
    ("v03", "date", "October 2022", 0, "2022-10"),
    ("v03", "date", "the first half of 2024", 0, "2024-H1"),
    ("v03", "date", "September 2023", 0, "2023-09"),
    # money (riel is KHR)
    ("v03", "money", "$1.7 billion", 0, M("1700000000", "USD")),
    ("v03", "money", "around 7 trillion riel", 0, M("7000000000000", "KHR", "approx")),
    ("v03", "money", "$1.7 billion", 1, M("1700000000", "USD")),
    ("v03", "money", "$31 million", 0, M("31000000", "USD")),
    # quantities ("the Kingdom's first", "20th": ranks)
    ("v03", "quantity", "180-kilometre", 0, Q("180", "km")),
    ("v03", "quantity", "100 metres", 0, Q("100", "m")),
    ("v03", "quantity", "5.4 metres", 0, Q("5.4", "m")),
    ("v03", "quantity", "up to 16 per cent", 0, Q("16", "%", "le")),
    ("v03", "quantity", "About 30 per cent", 0, Q("30", "%", "approx")),
    ("v03", "quantity", "187-km", 0, Q("187", "km")),
    ("v03", "quantity", "more than 3.9 million vehicles", 0, Q("3900000", "vehicle", "gt")),
    # organisations ("the project company", "the company", "The government": generic; the
    # Belt and Road Initiative: an initiative; CRBC in the Tags line is chrome)
    ("v03", "organisation", "Khmer Times", 0, O("Khmer Times")),
    ("v03", "organisation", CRBC, 0, O(CRBC)),
    ("v03", "organisation", "([[CRBC]])", 0, O(CRBC)),
    ("v03", "organisation", MPWT, 0, O(MPWT)),
    ("v03", "organisation", CDC, 0, O(CDC)),
    ("v03", "organisation", "([[CDC]])", 0, O(CDC)),
    ("v03", "organisation", "built by [[CRBC]]", 0, O(CRBC)),
    # places ("Kandal province", "Kampot provinces", "Prek Takeo commune": the lower-case generic
    # noun stays outside; the Mekong River is a river; "the Kingdom": an anaphor; a quoted
    # "Cambodia's own nose" counts, as NOTES' slogans; the expressway's name keeps its places)
    ("v03", "place", "Phnom Penh –", 0, PNH),
    ("v03", "place", "in [[Kandal]] province's", 0, KANDAL),
    ("v03", "place", "Prek Takeo", 0, CITY("Prek Takeo", "KH")),
    ("v03", "place", "\"[[Cambodia]]'s own", 0, KH),
    ("v03", "place", "at [[Kep]],", 0, CITY("Kep", "KH")),
    ("v03", "place", "through [[Kandal]],", 0, KANDAL),
    ("v03", "place", "Kandal, [[Takeo]] and", 0, REG("Takeo", "KH")),
    ("v03", "place", "Kampot", 0, REG("Kampot", "KH")),
    ("v03", "place", "in [[Phnom Penh]] on", 0, PNH),
    ("v03", "place", "of [[Cambodia]]'s container", 0, KH),
    ("v03", "place", "[[Vietnamese]] ports", 0, C("Vietnam", "VN")),
    ("v03", "place", "[[Chinese]] Ambassador", 0, CN),
    ("v03", "place", "Initiative in [[Cambodia]]", 0, KH),
    ("v03", "place", "other [[Chinese]]-built", 0, CN),
    ("v03", "place", "187-km [[Phnom Penh]]", 0, PNH),
    ("v03", "place", "Sihanoukville", 0, CITY("Sihanoukville", "KH")),
    ("v03", "place", "visit to [[China]] in", 0, CN),
    ("v03", "place", "Nanning", 0, CITY("Nanning", "CN")),
    # summits (China/ASEAN inside the expo's name are not tagged)
    ("v03", "summit", EXPO, 0, S(EXPO, "2023-09", "Nanning")),
    # events (the headline "breaks ground" anchors the groundbreaking (as w07's "broke ground"):
    # "groundbreaking ceremony" and "the ceremony" are the same occurrence, with the Prime Minister
    # for Cambodia and the Ambassador for China; "will be built", "would cut": future; "will not
    # let", "has not yet disclosed": negated; "approved": a decision; "carried", "reached":
    # figures; "discussed": part of the visit; "attended the ... Expo": no type)
    ("v03", "event", "breaks ground", 0, E("construction", "2024-08-05", "Prek Takeo", ["Cambodia", "China"])),
    ("v03", "event", "contract [[signed]]", 0, E("signing", "2023-08-02", "Phnom Penh", [CRBC, MPWT])),
    ("v03", "event", "[[built]] by CRBC", 0, E("construction", None, None, [CRBC])),
    ("v03", "event", "opened", 0, E("ceremony", "2022-10")),
    ("v03", "event", "official [[visit]]", 0, E("visit", "2023-09", "China", ["Cambodia"])),
]

# ================================= v04 Anadolu Agency, Ankara (30.05.2024)
GE = C("Georgia", "GE")
TR = C("Türkiye", "TR")
EU = REG("Europe")
ANAKLIA = CITY("Anaklia", "GE")
CCCC = "China Communications Construction Company"
MOESD = "Ministry of Economy and Sustainable Development"
KTZ = "Kazakhstan Temir Zholy"
LPH = "Lianyungang Port Holdings"
GTCF = "Global Transport Connectivity Forum"
A04 = [
    # dates ("in the coming months": no calendar point; both header dates are text)
    ("v04", "date", "30.05.2024", 0, "2024-05-30"),
    ("v04", "date", "30.05.2024", 1, "2024-05-30"),
    ("v04", "date", "on [[Wednesday]]", 0, "2024-05-29"),
    ("v04", "date", "in [[2016]]", 0, "2016"),
    ("v04", "date", "January 2020", 0, "2020-01"),
    ("v04", "date", "in [[2023]]", 0, "2023"),
    ("v04", "date", "this year", 0, "2024"),
    ("v04", "date", "on [[Tuesday]]", 0, "2024-05-28"),
    ("v04", "date", "October 2017", 0, "2017-10"),
    ("v04", "date", "last year", 0, "2023"),
    ("v04", "date", "In [[April]]", 0, "2024-04"),
    # money
    ("v04", "money", "around $600 million", 0, M("600000000", "USD", "approx")),
    # quantities ("600,000 TEU a year": the rate stays outside the span; "The first phase": rank)
    ("v04", "quantity", "49%", 0, Q("49", "%")),
    ("v04", "quantity", "51%", 0, Q("51", "%")),
    ("v04", "quantity", "600,000 TEU", 0, Q("600000", "TEU")),
    ("v04", "quantity", "86%", 0, Q("86", "%")),
    ("v04", "quantity", "2.76 million tons", 0, Q("2760000", "t")),
    ("v04", "quantity", "4.2 million tons", 0, Q("4200000", "t")),
    ("v04", "quantity", "12 days", 0, Q("12", "day")),
    ("v04", "quantity", "some 35 days", 0, Q("35", "day", "approx")),
    ("v04", "quantity", "1.1 million tons", 0, Q("1100000", "t")),
    ("v04", "quantity", "600 new wagons", 0, Q("600", "wagon")),
    ("v04", "quantity", "22-hectare", 0, Q("22", "ha")),
    # organisations (the masthead is text; the site's closing boilerplate line is chrome;
    # "Georgia's Ministry ...": the country is a place (w02); Georgian/Azerbaijan/Kazakhstan/
    # Lianyungang/Anaklia inside names are not tagged; the Trans-Caspian International Transport
    # Route / Middle Corridor is a route; "the consortium", "the government": generic)
    ("v04", "organisation", "Anadolu Agency", 0, O("Anadolu Agency")),
    ("v04", "organisation", CCCC, 0, O(CCCC)),
    ("v04", "organisation", "([[CCCC]])", 0, O(CCCC)),
    ("v04", "organisation", "China Harbour Investment", 0, O("China Harbour Investment")),
    ("v04", "organisation", MOESD, 0, O(MOESD)),
    ("v04", "organisation", "Anaklia Development Consortium", 0, O("Anaklia Development Consortium")),
    ("v04", "organisation", "Azerbaijan Railways", 0, O("Azerbaijan Railways")),
    ("v04", "organisation", "(ADY)", 0, O("Azerbaijan Railways")),
    ("v04", "organisation", "Georgian Railway", 0, O("Georgian Railway")),
    ("v04", "organisation", "CRRC", 0, O("CRRC")),
    ("v04", "organisation", KTZ, 0, O(KTZ)),
    ("v04", "organisation", "([[KTZ]])", 0, O(KTZ)),
    ("v04", "organisation", LPH, 0, O(LPH)),
    ("v04", "organisation", "port, [[KTZ]] said", 0, O(KTZ)),
    # places (the section labels are text, as w08's; the port's town is tagged; seas are not
    # places; places in the line's and the train service's names count; "Turkish" stands for
    # the country the document calls Türkiye)
    ("v04", "place", "TÜRKİYE", 0, TR),
    ("v04", "place", "EUROPE", 0, EU),
    ("v04", "place", "as [[Georgia]] picks", 0, GE),
    ("v04", "place", "[[Chinese]]-led", 0, CN),
    ("v04", "place", "for [[Anaklia]] port", 0, ANAKLIA),
    ("v04", "place", "ANKARA", 0, CITY("Ankara", "TR")),
    ("v04", "place", "[[Georgia]] on Wednesday", 0, GE),
    ("v04", "place", "Singapore", 0, C("Singapore", "SG")),
    ("v04", "place", "the [[Anaklia]] deep-sea", 0, ANAKLIA),
    ("v04", "place", "[[Georgia]]'s Ministry", 0, GE),
    ("v04", "place", "the [[Georgian]] state", 0, GE),
    ("v04", "place", "[[Chinese]] cargo", 0, CN),
    ("v04", "place", "to [[Europe]] via", 0, EU),
    ("v04", "place", "via [[Kazakhstan]],", 0, C("Kazakhstan", "KZ")),
    ("v04", "place", "[[Azerbaijan]], Georgia", 0, C("Azerbaijan", "AZ")),
    ("v04", "place", "Azerbaijan, [[Georgia]] and", 0, GE),
    ("v04", "place", "and [[Türkiye]] while", 0, TR),
    ("v04", "place", "Russia", 0, C("Russia", "RU")),
    ("v04", "place", "Istanbul", 0, CITY("Istanbul", "TR")),
    ("v04", "place", "[[Turkish]] Transport", 0, TR),
    ("v04", "place", "between [[China]] and Europe", 0, CN),
    ("v04", "place", "and [[Europe]] on", 0, EU),
    ("v04", "place", "[[Chinese]] Vice", 0, CN),
    ("v04", "place", "of [[China]]-Europe", 0, CN),
    ("v04", "place", "China-[[Europe]] freight", 0, EU),
    ("v04", "place", "through [[Türkiye]].", 0, TR),
    ("v04", "place", "Baku", 0, CITY("Baku", "AZ")),
    ("v04", "place", "Tbilisi", 0, CITY("Tbilisi", "GE")),
    ("v04", "place", "Kars", 0, CITY("Kars", "TR")),
    ("v04", "place", "[[China]]'s CRRC", 0, CN),
    ("v04", "place", "the [[Chinese]] port", 0, CN),
    # summits ("the forum": an anaphor)
    ("v04", "summit", GTCF, 0, S(GTCF, "2024-05-28", "Istanbul")),
    # events ("had won the tender", "was first awarded": no type (y08's "won the concession");
    # "cancelled": no type; "will hold", "is expected to be signed", "is projected": future;
    # "rose", "carried", "was 12 days": figures; "did not confirm reports that they had ordered":
    # no occurrence; the meeting and the MoU take the forum's day and place ("on the sidelines")
    ("v04", "event", "Uraloglu [[met]]", 0, E("meeting", "2024-05-28", "Istanbul", ["Türkiye", "China"])),
    ("v04", "event", "the two [[signed]]", 0, E("signing", "2024-05-28", "Istanbul", ["Türkiye", "China"])),
    ("v04", "event", "opened", 0, E("ceremony", "2017-10")),
    ("v04", "event", "(KTZ) [[signed]]", 0, E("signing", "2024-04", None, [KTZ, LPH], Q("22", "ha"))),
]

# ================================= v05 ANGOP, Luanda (18/04/2024 10:24)
AO = C("Angola", "AO")
LAD = CITY("Luanda", "AO")
ICOLO = CITY("Icolo e Bengo", "AO")
ANGOP = "Angola Press Agency"
CGGC = "China Gezhouba Group Company"
ICBC = "Industrial and Commercial Bank of China"
CIF = "China International Fund"
MOF = "Ministry of Finance"
CDB = "China Development Bank"
A05 = [
    # dates ("the first quarter of the year": the document's year; "a year earlier" after "the end
    # of 2023": 2022; the copyright line is chrome)
    ("v05", "date", "18/04/2024 10:24", 0, "2024-04-18T10:24"),
    ("v05", "date", "on [[Wednesday]]", 0, "2024-04-17"),
    ("v05", "date", "in [[2025]]", 0, "2025"),
    ("v05", "date", "in [[2023]]", 0, "2023"),
    ("v05", "date", "last year", 0, "2023"),
    ("v05", "date", "August 2017", 0, "2017-08"),
    ("v05", "date", "the first quarter of the year", 0, "2024-Q1"),
    ("v05", "date", "10 November 2023", 0, "2023-11-10"),
    ("v05", "date", "On [[4 April]]", 0, "2024-04-04"),
    ("v05", "date", "the end of 2023", 0, "2023"),
    ("v05", "date", "a year earlier", 0, "2022"),
    ("v05", "date", "In [[March]]", 0, "2024-03"),
    ("v05", "date", "day in [[March]]", 0, "2024-03"),
    # money (Kz is the kwanza, AOA)
    ("v05", "money", "USD 4.5 billion", 0, M("4500000000", "USD")),
    ("v05", "money", "Kz 312 billion", 0, M("312000000000", "AOA")),
    ("v05", "money", "about USD 375 million", 0, M("375000000", "USD", "approx")),
    ("v05", "money", "about USD 3 billion", 0, M("3000000000", "USD", "approx")),
    ("v05", "money", "USD 17 billion", 0, M("17000000000", "USD")),
    ("v05", "money", "USD 20.9 billion", 0, M("20900000000", "USD")),
    # quantities ("four turbines": spelled-out; "The first", "first international flight": ranks;
    # "a day" stays outside the span, as w06's barrels)
    ("v05", "quantity", "70 percent", 0, Q("70", "%")),
    ("v05", "quantity", "70 percent", 1, Q("70", "%")),
    ("v05", "quantity", "2,172-megawatt", 0, Q("2172", "MW")),
    ("v05", "quantity", "9,600 workers", 0, Q("9600", "worker")),
    ("v05", "quantity", "85 percent", 0, Q("85", "%")),
    ("v05", "quantity", "more than 3,000 local technicians", 0, Q("3000", "technician", "gt")),
    ("v05", "quantity", "about 40 kilometres", 0, Q("40", "km", "approx")),
    ("v05", "quantity", "350,000 passengers", 0, Q("350000", "passenger")),
    ("v05", "quantity", "1.1 million barrels", 0, Q("1100000", "barrel")),
    # organisations (both masthead forms are mentions, as w01's "UzA | National News Agency of
    # Uzbekistan"; the airport is a facility named after a person; "the Government", "the
    # contractor": generic; "Minister of Energy and Water", "Finance Minister": titles)
    ("v05", "organisation", "ANGOP", 0, O(ANGOP)),
    ("v05", "organisation", ANGOP, 0, O(ANGOP)),
    ("v05", "organisation", CGGC, 0, O(CGGC)),
    ("v05", "organisation", "([[CGGC]])", 0, O(CGGC)),
    ("v05", "organisation", ICBC, 0, O(ICBC)),
    ("v05", "organisation", "([[ICBC]])", 0, O(ICBC)),
    ("v05", "organisation", "and [[CGGC]] has", 0, O(CGGC)),
    ("v05", "organisation", "SGA", 0, O("SGA")),
    ("v05", "organisation", CIF, 0, O(CIF)),
    ("v05", "organisation", MOF, 0, O(MOF)),
    ("v05", "organisation", CDB, 0, O(CDB)),
    ("v05", "organisation", "([[CDB]])", 0, O(CDB)),
    # places ("Cuanza Norte province": the generic noun outside; the Cuanza River is a river; the
    # dam's name is a project; "Angolans": the people (x03's "Pakistanis"); Angola and China
    # inside organisation names are not tagged; "Luanda airport" is a sub-heading, text)
    ("v05", "place", "Luanda -", 0, LAD),
    ("v05", "place", "Cuanza Norte", 0, REG("Cuanza Norte", "AO")),
    ("v05", "place", "largest in [[Angola]]", 0, AO),
    ("v05", "place", "new [[Chinese]] loan", 0, CN),
    ("v05", "place", "Angolans", 0, AO),
    ("v05", "place", "[[Luanda]] airport", 0, LAD),
    ("v05", "place", "Icolo e Bengo", 0, ICOLO),
    ("v05", "place", "from [[Luanda]],", 0, LAD),
    ("v05", "place", "Lisbon", 0, CITY("Lisbon", "PT")),
    ("v05", "place", "[[Angola]]'s debt", 0, AO),
    ("v05", "place", "debt to [[China]]", 0, CN),
    ("v05", "place", "Beijing", 0, BEJ),
    ("v05", "place", "[[Angola]] exported", 0, AO),
    ("v05", "place", "it to [[China]]", 0, CN),
    # events ("being built": under way (z05); "is scheduled to enter into operation": future;
    # "paid ... financed by a loan": financing; "No new Chinese loan was signed": negated;
    # "employ", "has trained", "handled", "stood", "exported": figures and tallies; "received its
    # first international flight": no type (z03); the Energy minister names no ministry, so he
    # stands for Angola; the Finance Minister follows "the Ministry of Finance said", so she
    # stands for it; "to discuss": the purpose of the meeting)
    ("v05", "event", "visiting", 0, E("visit", "2024-04-17", "Cuanza Norte", ["Angola"])),
    ("v05", "event", "construction [[began]]", 0, E("construction", "2017-08", "Cuanza Norte", [CGGC])),
    ("v05", "event", "[[built]] by China International Fund", 0, E("construction", None, "Icolo e Bengo", [CIF])),
    ("v05", "event", "inaugurated", 0, E("ceremony", "2023-11-10", "Icolo e Bengo", ["Angola"])),
    ("v05", "event", "Sousa [[visited]]", 0, E("visit", "2024-03", "Beijing", [MOF])),
    ("v05", "event", "she [[met]]", 0, E("meeting", "2024-03", "Beijing", [MOF, CDB])),
]

# ================================= v06 Xinhua roundup (2023-12-04 10:21:33)
TRC = "Tanzania Railways Corporation"
SIFANG = "CRRC Qingdao Sifang"
LCRC = "Laos-China Railway Company Limited"
HU = C("Hungary", "HU")
KZ = C("Kazakhstan", "KZ")
LA = C("Laos", "LA")
DAR = CITY("Dar es Salaam", "TZ")
AST = CITY("Astana", "KZ")
CKIF = "second China-Kazakhstan Investment Forum"
A06 = [
    # dates ("Ten years after": a spelled-out duration; "early January", like "mid-2026": the
    # month; the item datelines carry no dates of their own; Related News is chrome)
    ("v06", "date", "2023-12-04 10:21:33", 0, "2023-12-04T10:21:33"),
    ("v06", "date", "Dec. 4", 0, "2023-12-04"),
    ("v06", "date", "on [[Friday]] received", 0, "2023-12-01"),
    ("v06", "date", "placed in [[2022]]", 0, "2022"),
    ("v06", "date", "start in [[2024]]", 0, "2024"),
    ("v06", "date", "on [[Sunday]]", 0, "2023-12-03"),
    ("v06", "date", "Dec. 3, 2021", 0, "2021-12-03"),
    ("v06", "date", "on [[Saturday]]", 0, "2023-12-02"),
    ("v06", "date", "in [[2026]]", 0, "2026"),
    ("v06", "date", "Hungary in [[2022]]", 0, "2022"),
    ("v06", "date", "Astana on [[Friday]]", 0, "2023-12-01"),
    ("v06", "date", "dollars in [[2022]]", 0, "2022"),
    ("v06", "date", "by [[2030]]", 0, "2030"),
    ("v06", "date", "early January", 0, "2024-01"),
    # money ("1-billion-euro": a hyphenated amount before its noun)
    ("v06", "money", "1-billion-euro", 0, M("1000000000", "EUR")),
    ("v06", "money", "1.2 billion U.S. dollars", 0, M("1200000000", "USD")),
    ("v06", "money", "31.5 billion dollars", 0, M("31500000000", "USD")),
    ("v06", "money", "40 billion dollars", 0, M("40000000000", "USD")),
    # quantities ("second anniversary", "second China-Kazakhstan", "first batch": ranks)
    ("v06", "quantity", "more than 200 cooperation documents", 0, Q("200", "document", "gt")),
    ("v06", "quantity", "over 150 countries", 0, Q("150", "country", "gt")),
    ("v06", "quantity", "more than 30 international organizations", 0, Q("30", "organization", "gt")),
    ("v06", "quantity", "17 passenger coaches", 0, Q("17", "coach")),
    ("v06", "quantity", "59 coaches", 0, Q("59", "coach")),
    ("v06", "quantity", "30-day", 0, Q("30", "day")),
    ("v06", "quantity", "1,035-km", 0, Q("1035", "km")),
    ("v06", "quantity", "24.2 million passengers", 0, Q("24200000", "passenger")),
    ("v06", "quantity", "over 29.1 million tonnes", 0, Q("29100000", "t", "gt")),
    ("v06", "quantity", "1,000 jobs", 0, Q("1000", "job")),
    ("v06", "quantity", "15 agreements", 0, Q("15", "agreement")),
    ("v06", "quantity", "46 new coaches", 0, Q("46", "coach")),
    ("v06", "quantity", "184 coaches", 0, Q("184", "coach")),
    # organisations ("Editor:" is chrome; "TRC Director General": the body named in a title, as
    # z03's "COPHC Chairman"; "the Pakistan Railways carriage factory": an internal unit, the
    # company tagged (NOTES' "CPC Committee of AE"))
    ("v06", "organisation", "Source: [[Xinhua]]", 0, O("Xinhua")),
    ("v06", "organisation", "(Xinhua)", 0, O("Xinhua")),
    ("v06", "organisation", TRC, 0, O(TRC)),
    ("v06", "organisation", "([[TRC]])", 0, O(TRC)),
    ("v06", "organisation", SIFANG, 0, O(SIFANG)),
    ("v06", "organisation", "[[TRC]] Director", 0, O(TRC)),
    ("v06", "organisation", LCRC, 0, O(LCRC)),
    ("v06", "organisation", "EVE Energy", 0, O("EVE Energy")),
    ("v06", "organisation", "CRRC Tangshan", 0, O("CRRC Tangshan")),
    ("v06", "organisation", "Pakistan Railways", 0, O("Pakistan Railways")),
    ("v06", "organisation", "Pakistan Railways", 1, O("Pakistan Railways")),
    # places ("Vientiane Station": a station's city is tagged, as a port's; "eastern Hungary":
    # the direction word stays outside; the Khorgos dry port's town is tagged)
    ("v06", "place", "from [[Africa]] to", 0, REG("Africa")),
    ("v06", "place", "to [[Europe]]\n", 0, REG("Europe")),
    ("v06", "place", "BEIJING", 0, BEJ),
    ("v06", "place", "proposed, [[China]] has", 0, CN),
    ("v06", "place", "DAR ES SALAAM", 0, DAR),
    ("v06", "place", "at [[Dar es Salaam]] port", 0, DAR),
    ("v06", "place", "between [[Dar es Salaam]] and", 0, DAR),
    ("v06", "place", "Morogoro", 0, CITY("Morogoro", "TZ")),
    ("v06", "place", "VIENTIANE", 0, CITY("Vientiane", "LA")),
    ("v06", "place", "the [[China]]-Laos Railway", 0, CN),
    ("v06", "place", "China-[[Laos]] Railway", 0, LA),
    ("v06", "place", "at [[Vientiane]] Station", 0, CITY("Vientiane", "LA")),
    ("v06", "place", "[[Lao]] Deputy", 0, LA),
    ("v06", "place", "BUDAPEST", 0, CITY("Budapest", "HU")),
    ("v06", "place", "[[Chinese]] battery", 0, CN),
    ("v06", "place", "Debrecen", 0, CITY("Debrecen", "HU")),
    ("v06", "place", "eastern [[Hungary]]", 0, HU),
    ("v06", "place", "[[Hungarian]] Foreign", 0, HU),
    ("v06", "place", "[[China]] was the", 0, CN),
    ("v06", "place", "investor in [[Hungary]]", 0, HU),
    ("v06", "place", "ASTANA", 0, AST),
    ("v06", "place", "[[Chinese]] and Kazakh", 0, CN),
    ("v06", "place", "and [[Kazakh]] companies", 0, KZ),
    ("v06", "place", "held in [[Astana]]", 0, AST),
    ("v06", "place", "[[Kazakh]] Prime", 0, KZ),
    ("v06", "place", "Khorgos", 0, CITY("Khorgos", "KZ")),
    ("v06", "place", "ISLAMABAD", 0, CITY("Islamabad", "PK")),
    ("v06", "place", "in [[Karachi]]", 0, CITY("Karachi", "PK")),
    # summits (China/Kazakhstan inside the forum's name are not tagged)
    ("v06", "summit", CKIF, 0, S(CKIF, "2023-12-01", "Astana")),
    # events ("has signed more than 200 cooperation documents": a running tally; "arrived": a
    # step of the delivery, which places it; "are expected to start", "will create", "will
    # arrive", "would be assembled": future; "has carried": a running total; "was the largest
    # investor", "reached": figures; "did not sign": negated; "built by", "manufactured by":
    # making goods, no building work; the attendees "attended the event/ceremony" join the
    # ceremony and the groundbreaking)
    (
        "v06",
        "event",
        "Friday [[received]]",
        0,
        E("delivery", "2023-12-01", "Dar es Salaam", [TRC, SIFANG], Q("17", "coach")),
    ),
    ("v06", "event", "an [[order]] for 59", 0, E("order", "2022", None, [TRC, SIFANG], Q("59", "coach"))),
    ("v06", "event", "A [[ceremony]] marking", 0, E("ceremony", "2023-12-03", "Vientiane", ["Laos"])),
    ("v06", "event", "it [[opened]]", 0, E("ceremony", "2021-12-03")),
    ("v06", "event", "broke ground", 0, E("construction", "2023-12-02", "Debrecen", ["EVE Energy", "Hungary"])),
    (
        "v06",
        "event",
        "companies [[signed]]",
        0,
        E("signing", "2023-12-01", "Astana", ["China", "Kazakhstan"], M("1200000000", "USD")),
    ),
]

# ================================= v07 HKEX voluntary announcement (Beijing, the PRC, 13 March 2024)
CEEC = "China Energy Engineering Corporation Limited"
GEDI = "China Energy Engineering Group Guangdong Electric Power Design Institute Co., Ltd."
TJC = "China Energy Engineering Group Tianjin Electric Power Construction Co., Ltd."
ABW = "ACWA Power Bukhara Wind LLC"
ACWA = "ACWA Power Company"
BRF3 = "third Belt and Road Forum for International Cooperation"
A07 = [
    # dates ("dated 19 October 2023" dates the earlier announcement, not the signing; "within 30
    # months": a quantity)
    ("v07", "date", "12 March 2024", 0, "2024-03-12"),
    ("v07", "date", "31 December 2022", 0, "2022-12-31"),
    ("v07", "date", "December 2025", 0, "2025-12"),
    ("v07", "date", "19 October 2023", 0, "2023-10-19"),
    ("v07", "date", "31 December 2023", 0, "2023-12-31"),
    ("v07", "date", "Since [[2019]]", 0, "2019"),
    ("v07", "date", "13 March 2024", 0, "2024-03-13"),
    # money ("approximately": approx)
    ("v07", "money", "approximately US$1,120 million", 0, M("1120000000", "USD", "approx")),
    ("v07", "money", "approximately RMB7,960 million", 0, M("7960000000", "CNY", "approx")),
    # quantities ("Stock Code: 3996", "Tadawul: 2082", "Chapter 14": identifiers)
    ("v07", "quantity", "1,000 MW", 0, Q("1000", "MW")),
    ("v07", "quantity", "1,000 MW", 1, Q("1000", "MW")),
    ("v07", "quantity", "approximately 1.9%", 0, Q("1.9", "%", "approx")),
    ("v07", "quantity", "30 months", 0, Q("30", "month")),
    ("v07", "quantity", "94 assets", 0, Q("94", "asset")),
    ("v07", "quantity", "13 countries", 0, Q("13", "country")),
    ("v07", "quantity", "12 projects", 0, Q("12", "project")),
    ("v07", "quantity", "over 4,500 MW", 0, Q("4500", "MW", "gt")),
    # organisations (the disclaimer and the signature block are text; the upper-case company name
    # takes the body's spelling; "the Company", "the Board", "Company Secretary": generic or
    # internal; quotes stay outside the spans; Hong Kong / Bukhara inside names are not tagged)
    (
        "v07",
        "organisation",
        "Hong Kong Exchanges and Clearing Limited",
        0,
        O("Hong Kong Exchanges and Clearing Limited"),
    ),
    (
        "v07",
        "organisation",
        "The Stock Exchange of Hong Kong Limited",
        0,
        O("The Stock Exchange of Hong Kong Limited"),
    ),
    ("v07", "organisation", "CHINA ENERGY ENGINEERING CORPORATION LIMITED", 0, O(CEEC)),
    ("v07", "organisation", CEEC, 0, O(CEEC)),
    ("v07", "organisation", GEDI, 0, O(GEDI)),
    ("v07", "organisation", '("[[GEDI]]")', 0, O(GEDI)),
    ("v07", "organisation", TJC, 0, O(TJC)),
    ("v07", "organisation", '("[[Tianjin Construction]]")', 0, O(TJC)),
    ("v07", "organisation", ABW, 0, O(ABW)),
    ("v07", "organisation", ACWA, 0, O(ACWA)),
    ("v07", "organisation", '("[[ACWA Power]]")', 0, O(ACWA)),
    ("v07", "organisation", "and [[ACWA Power]] during", 0, O(ACWA)),
    ("v07", "organisation", "[[ACWA Power]] is a", 0, O(ACWA)),
    ("v07", "organisation", "Saudi Exchange", 0, O("Saudi Exchange")),
    ("v07", "organisation", "Tadawul", 0, O("Tadawul")),
    ("v07", "organisation", "[[ACWA Power]] had", 0, O(ACWA)),
    ("v07", "organisation", CEEC, 1, O(CEEC)),
    # places (country names as written, as z01's "Federal Republic of Nigeria"; "Peshku
    # district", "Bukhara region": generic nouns outside)
    ("v07", "place", "People's Republic of China", 0, C("People's Republic of China", "CN")),
    ("v07", "place", "UZBEKISTAN", 0, C("Uzbekistan", "UZ")),
    ("v07", "place", "Peshku", 0, REG("Peshku", "UZ")),
    ("v07", "place", "the [[Bukhara]] region", 0, REG("Bukhara", "UZ")),
    ("v07", "place", "Republic of Uzbekistan", 0, C("Republic of Uzbekistan", "UZ")),
    ("v07", "place", "held in [[Beijing]]", 0, BEJ),
    ("v07", "place", "industry in [[China]]", 0, CN),
    ("v07", "place", "projects in [[Uzbekistan]]", 0, C("Uzbekistan", "UZ")),
    ("v07", "place", "[[Beijing]], the PRC", 0, BEJ),
    ("v07", "place", "PRC", 0, C("PRC", "CN")),
    # summits
    ("v07", "summit", BRF3, 0, S(BRF3, None, "Beijing")),
    # events (the headline "SIGNING" anchors the EPC contract ("entered into" is the same
    # occurrence); the parties are the consortium and the project company, not the announcing
    # parent; "is expected to be completed", "to be connected": future; "has signed contracts
    # for 12 projects": a tally; "By order of the Board": no event; the framework agreement was
    # signed during the Forum, which the text places but does not date)
    (
        "v07",
        "event",
        "SIGNING",
        0,
        E("signing", "2024-03-12", None, [GEDI, TJC, ABW], M("1120000000", "USD", "approx")),
    ),
    ("v07", "event", "agreement [[signed]]", 0, E("signing", None, "Beijing", [CEEC, ACWA])),
]

# ================================= v08 Chinese Foreign Ministry readout (Updated: January 28, 2024 21:47)
TH = C("Thailand", "TH")
BKK = CITY("Bangkok", "TH")
MFA = "Ministry of Foreign Affairs of the People's Republic of China"
GOVCN = "Government of the People's Republic of China"
GOVTH = "Government of the Kingdom of Thailand"
NSC = "Thai National Security Council"
VISIT = "2024-01-26/2024-01-29"
LMC = "9th Lancang-Mekong Cooperation Foreign Ministers' Meeting"
DIALOGUE = "China-Thailand Strategic Dialogue"
A08 = [
    # dates ("at an early date": no calendar point; "Next year" and "later this year" resolve;
    # the copyright line is chrome)
    ("v08", "date", "January 28, 2024 21:47", 0, "2024-01-28T21:47"),
    ("v08", "date", "On [[January 28, 2024]],", 0, "2024-01-28"),
    ("v08", "date", "Next year", 0, "2025"),
    ("v08", "date", "in [[2028]]", 0, "2028"),
    ("v08", "date", "March 1", 0, "2024-03-01"),
    ("v08", "date", "in [[2023]]", 0, "2023"),
    ("v08", "date", "last year", 0, "2023"),
    ("v08", "date", "January 26 to 29", 0, VISIT),
    ("v08", "date", "January 27", 0, "2024-01-27"),
    ("v08", "date", "this year", 0, "2024"),
    # money
    ("v08", "money", "126.3 billion U.S. dollars", 0, M("126300000000", "USD")),
    # quantities ("50th", "ninth", "9th": ranks; "one family": spelled-out)
    ("v08", "quantity", "253 kilometers", 0, Q("253", "km")),
    ("v08", "quantity", "about 30 percent", 0, Q("30", "%", "approx")),
    ("v08", "quantity", "11 consecutive years", 0, Q("11", "year")),
    ("v08", "quantity", "3.5 million trips", 0, Q("3500000", "trip")),
    # organisations (the masthead is text; "Foreign Minister", "Prime Minister": titles naming no
    # body; the body in "Member of the Political Bureau of the CPC Central Committee" is tagged;
    # "Thai National Security Council": one name, as "Chinese Foreign Ministry"; the agreement's
    # title and the Global Development Initiative get no fact)
    ("v08", "organisation", MFA, 0, O(MFA)),
    (
        "v08",
        "organisation",
        "Political Bureau of the CPC Central Committee",
        0,
        O("Political Bureau of the CPC Central Committee"),
    ),
    ("v08", "organisation", GOVCN, 0, O(GOVCN)),
    ("v08", "organisation", GOVTH, 0, O(GOVTH)),
    ("v08", "organisation", NSC, 0, O(NSC)),
    # places (places in the railways' names count; not inside the governments', the dialogue's or
    # the meeting's names)
    ("v08", "place", "[[Thai]] Deputy", 0, TH),
    ("v08", "place", "[[Thai]] Deputy", 1, TH),
    ("v08", "place", "in [[Bangkok]].", 0, BKK),
    ("v08", "place", "that [[China]] and Thailand", 0, CN),
    ("v08", "place", "China and [[Thailand]] are", 0, TH),
    ("v08", "place", "[[China]] is willing", 0, CN),
    ("v08", "place", "with [[Thailand]] to", 0, TH),
    ("v08", "place", "the [[China]]-Thailand Railway", 0, CN),
    ("v08", "place", "China-[[Thailand]] Railway", 0, TH),
    ("v08", "place", "the [[China]]-Laos", 0, CN),
    ("v08", "place", "China-[[Laos]]", 0, C("Laos", "LA")),
    ("v08", "place", "that [[Thailand]] firmly", 0, TH),
    ("v08", "place", "the [[Thailand]]-China high", 0, TH),
    ("v08", "place", "Thailand-[[China]] high", 0, CN),
    ("v08", "place", "from [[Bangkok]] to", 0, BKK),
    ("v08", "place", "Nakhon Ratchasima", 0, CITY("Nakhon Ratchasima", "TH")),
    ("v08", "place", "and [[Thailand]] hopes", 0, TH),
    ("v08", "place", "[[Thailand]] will not", 0, TH),
    ("v08", "place", "[[China]] has been", 0, CN),
    ("v08", "place", "[[Thailand]]'s largest", 0, TH),
    ("v08", "place", "[[Chinese]] tourists", 0, CN),
    ("v08", "place", "trips to [[Thailand]]", 0, TH),
    ("v08", "place", "visit to [[Thailand]]", 0, TH),
    ("v08", "place", "held in [[Thailand]]", 0, TH),
    # summits (the dialogue round takes the visit's dates and country, as NOTES' nested gathering)
    ("v08", "summit", DIALOGUE, 0, S(DIALOGUE, VISIT, "Thailand")),
    ("v08", "summit", LMC, 0, S(LMC, "2024", "Thailand")),
    # events (Wang Yi is the publishing ministry's minister, so he stands for it (w09); the Thai
    # Deputy Prime Minister and Prime Minister stand for Thailand; the headline "Talks" anchors the
    # talks; "is willing to work", "hopes to open", "will enter into force", "agreed to make
    # preparations": future; "will not let": negated; "reached", "made ... trips": figures; the
    # two foreign ministers attending the signing ceremony are named attendees)
    ("v08", "event", "Holds [[Talks]]", 0, E("meeting", "2024-01-28", "Bangkok", [MFA, "Thailand"])),
    (
        "v08",
        "event",
        "signing ceremony",
        0,
        E("signing", "2024-01-28", "Bangkok", [MFA, "Thailand", GOVCN, GOVTH]),
    ),
    ("v08", "event", "official [[visit]]", 0, E("visit", VISIT, "Thailand", [MFA, "Thailand"])),
    ("v08", "event", "called on", 0, E("meeting", "2024-01-27", "Thailand", [MFA, "Thailand"])),
    ("v08", "event", "co-chaired", 0, E("meeting", VISIT, "Thailand", [MFA, NSC])),
]

ANNOTATIONS = A01 + A02 + A03 + A04 + A05 + A06 + A07 + A08


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "v*.txt")
