#!/usr/bin/env python3
"""Build tests/data/extra6/gold.jsonl from hand annotations of the u*.txt documents here.

The ten documents are invented but realistic Belt and Road news texts (a Yunnan
provincial foreign affairs office release on a China-Laos Railway cold-chain
service, a Trend story from Baku on the Middle Corridor with AZN/GEL amounts, a
Tanzanian Daily News story on SGR Lot 6 and Dar es Salaam port with "bn/-"
amounts, a China Exim Bank press release on loans to Bangladesh, a Chinese
Foreign Ministry press conference transcript, a Global New Light of Myanmar
story on Kyaukphyu with kyat amounts, a Reuters wire on Bolivian lithium, a
project tracker's bulleted notes, an Arab News story on ACWA Power and Masdar
with SAR/AED amounts, a Hungarian local news story translated to English on the
Budapest-Belgrade railway and CATL's Debrecen plant) written BLIND: annotated
from shared/gold/NOTES.md and shared/spec/facts.md alone, without running
bri_corpus on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and
the calls recorded in tests/data/extra3/make_gold.py, tests/data/extra4/make_gold.py
and tests/data/extra5/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - part-of-day words ("On the morning of April 16") have no value in the spec and
    stay outside the date span;
  - a financial year resolves to the country's fiscal interval: Tanzania's
    "2023/24 financial year" -> 2023-07/2024-06, Myanmar's "2023-2024 fiscal year"
    -> 2023-04/2024-03 (and "the first nine months of" it -> 2024-04/2024-12);
  - the Hungarian header "2025. 05. 22. 08:15" is one date and time;
  - "/-" after a Tanzanian amount ("1.2trn/-", "TSh 387 billion/-") is the
    shilling mark and stays in the money span; "pc" is per cent;
  - "1.29 US cents" is money: 0.0129 USD;
  - "200,000 bpd": the rate folded into the abbreviation stays in the span, the
    unit is plain "barrel" (as w06's "barrels a day");
  - a town in the name of a plant, refinery, park or zone ("Najran solar plant",
    "Dushanbe-2 CHP", "Muse 105th Mile Trade Zone") is tagged, as a port's or a
    station's city is; a person named like a place ("Mr Mwanza Kassim", "Ferenc
    Buda") and a language ("Translated from Hungarian") are not places;
  - a questioner's outlet in a press conference transcript ("CCTV:", "Reuters:")
    is an organisation mention; "Foreign Ministry Spokesperson" names the body;
  - an order told with both a count and a value takes the count as its amount
    (as x10's buses); a signing takes the contract's value in the first currency
    given (as x01);
  - a headline country pair that signs ("Azerbaijan, Georgia sign", "Yunnan and
    Laos sign") joins the parties the body names, as x01 does;
  - a donation takes the date and place of its handover when the text gives them
    ("handed over ... in Yangon on 27 December"), the handover being the act;
  - "opened to traffic" / "Opened" without a named ceremony is still the opening
    (ceremony), as v02; "commissioned" is a completion (construction), as z08;
  - a completed section "built by" X and "handed over to" Y is one construction
    occurrence with both parties;
  - terse tracker notes: the bullet's named parties take part in its events, a
    "MoU" with a date is a signing anchored on the noun;
  - a visit known only as the frame of a dated signing ("during the visit of ...")
    gets no date of its own.
Run:  python3 tests/data/extra6/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")
BEJ = CITY("Beijing", "CN")

# ================================= u01 Yunnan FAO news release (Release time: 2025-04-18 10:26)
LA = C("Laos", "LA")
KMG = CITY("Kunming", "CN")
VTE = CITY("Vientiane", "LA")
YUNNAN = REG("Yunnan", "CN")
MOHAN = CITY("Mohan", "CN")
FAO = "Foreign Affairs Office of the People's Government of Yunnan Province"
YNGOV = "People's Government of Yunnan Province"
CRKM = "China Railway Kunming Group Co., Ltd."
LCRC = "Laos-China Railway Co., Ltd."
KMCUS = "Kunming Customs"
YPIH = "Yunnan Provincial Investment Holdings Group Co., Ltd."
CSAEXPO = "9th China-South Asia Expo"
A01 = [
    # dates ("On the morning of", "On the afternoon of": part-of-day words have no value in the spec
    # and stay outside; "year on year": no calendar point; "before the rainy season": no calendar
    # unit; "about 30 hours": a quantity; navigation, Editor, Related, address and copyright lines
    # are chrome)
    ("u01", "date", "2025-04-18 10:26", 0, "2025-04-18T10:26"),
    ("u01", "date", "KUNMING, [[April 18]]", 0, "2025-04-18"),
    ("u01", "date", "morning of [[April 16]]", 0, "2025-04-16"),
    ("u01", "date", "December 2021", 0, "2021-12"),
    ("u01", "date", "the first quarter of 2025", 0, "2025-Q1"),
    ("u01", "date", "in [[2024]]", 0, "2024"),
    ("u01", "date", "since [[2022]]", 0, "2022"),
    ("u01", "date", "afternoon of [[April 17]]", 0, "2025-04-17"),
    ("u01", "date", "the end of 2025", 0, "2025"),
    ("u01", "date", "In [[March]]", 0, "2025-03"),
    ("u01", "date", "June 19 to 24", 0, "2025-06-19/2025-06-24"),
    ("u01", "date", "7:40 a.m. on April 14", 0, "2025-04-14T07:40"),
    # money
    ("u01", "money", "41.2 billion yuan", 0, M("41200000000", "CNY")),
    ("u01", "money", "2.3 billion yuan", 0, M("2300000000", "CNY")),
    ("u01", "money", "860 million yuan", 0, M("860000000", "CNY")),
    # quantities ("two departures a week": spelled-out; "Train X85141", "9th": an identifier and a
    # rank; "50 millionth" sits in the Related chrome; "another 12 locomotives": no qualifier)
    ("u01", "quantity", "620 tonnes", 0, Q("620", "t")),
    ("u01", "quantity", "24 reefer containers", 0, Q("24", "container")),
    ("u01", "quantity", "more than 48 million tonnes", 0, Q("48000000", "t", "gt")),
    ("u01", "quantity", "3.1 million passengers", 0, Q("3100000", "passenger")),
    ("u01", "quantity", "9.6 million tonnes", 0, Q("9600000", "t")),
    ("u01", "quantity", "18 percent", 0, Q("18", "%")),
    ("u01", "quantity", "300 refrigerated containers", 0, Q("300", "container")),
    ("u01", "quantity", "15,000-square-metre", 0, Q("15000", "m2")),
    ("u01", "quantity", "500,000 tonnes", 0, Q("500000", "t")),
    ("u01", "quantity", "12 locomotives", 0, Q("12", "locomotive")),
    ("u01", "quantity", "about 30 hours", 0, Q("30", "hour", "approx")),
    # organisations (the masthead and the "Source:" line are text, the copyright line chrome; the
    # provincial office's short form takes the full name; "the Province": an anaphor; "the
    # railway" and the China-Laos Railway are the line, "Laos-China Railway would put ... into
    # service" is the operating company's short name)
    ("u01", "organisation", FAO, 0, O(FAO)),
    ("u01", "organisation", "Yunnan Provincial Foreign Affairs Office", 0, O(FAO)),
    ("u01", "organisation", CRKM, 0, O(CRKM)),
    ("u01", "organisation", "([[CR Kunming]])", 0, O(CRKM)),
    ("u01", "organisation", LCRC, 0, O(LCRC)),
    ("u01", "organisation", "([[LCRC]])", 0, O(LCRC)),
    ("u01", "organisation", "of the [[People's Government of Yunnan Province]], Lao", 0, O(YNGOV)),
    ("u01", "organisation", "officials of [[Kunming Customs]]", 0, O(KMCUS)),
    ("u01", "organisation", "According to [[Kunming Customs]]", 0, O(KMCUS)),
    ("u01", "organisation", YPIH, 0, O(YPIH)),
    ("u01", "organisation", "said [[Laos-China Railway]] would", 0, O(LCRC)),
    # places (places in the railway's and the corridor's names count; a station's city is tagged;
    # "Wangjiaying" names a station and a yard; Yunnan/Kunming inside organisation names and the
    # places inside the expo's name are not tagged; "The Lao side": a demonym for the state)
    ("u01", "place", "launched on [[China]]-Laos", 0, CN),
    ("u01", "place", "launched on China-[[Laos]]", 0, LA),
    ("u01", "place", "as [[Yunnan]] and Laos sign", 0, YUNNAN),
    ("u01", "place", "as Yunnan and [[Laos]] sign", 0, LA),
    ("u01", "place", "KUNMING", 0, KMG),
    ("u01", "place", "on the [[China]]-Laos Railway was", 0, CN),
    ("u01", "place", "on the China-[[Laos]] Railway was", 0, LA),
    ("u01", "place", "at [[Kunming]] Wangjiaying", 0, KMG),
    ("u01", "place", "from [[Vientiane]] pulled", 0, VTE),
    ("u01", "place", "[[Lao]] Ambassador", 0, LA),
    ("u01", "place", "Ambassador to [[China]]", 0, CN),
    ("u01", "place", "the [[Mohan]] port", 0, MOHAN),
    (
        "u01",
        "place",
        "Xishuangbanna Dai Autonomous Prefecture",
        0,
        REG("Xishuangbanna Dai Autonomous Prefecture", "CN"),
    ),
    ("u01", "place", "crosses into [[Laos]]", 0, LA),
    ("u01", "place", "[[Lao]] Deputy Minister", 0, LA),
    ("u01", "place", "Siphandone in [[Kunming]]", 0, KMG),
    ("u01", "place", "a [[Vientiane]]-Kunming", 0, VTE),
    ("u01", "place", "Vientiane-[[Kunming]] cold-chain", 0, KMG),
    ("u01", "place", "under which [[Yunnan]] will", 0, YUNNAN),
    ("u01", "place", "The [[Lao]] side", 0, LA),
    ("u01", "place", "warehouse in [[Mohan]]", 0, MOHAN),
    ("u01", "place", "held in [[Kunming]] from", 0, KMG),
    ("u01", "place", "invited [[Lao]] enterprises", 0, LA),
    ("u01", "place", "left [[Vientiane]] South Station", 0, VTE),
    ("u01", "place", "to reach [[Kunming]].", 0, KMG),
    # summits
    ("u01", "summit", CSAEXPO, 0, S(CSAEXPO, "2025-06-19/2025-06-24", "Kunming")),
    # events (the headline "launched" anchors the launching ceremony ("launching ceremony", "The
    # ceremony was attended" are the same occurrence), its attendees join it and the Ambassador
    # stands for Laos; the headline "sign" anchors the MoU signing, whose headline parties are
    # Yunnan and Laos (as x01's headline countries), the Vice Governor standing for the provincial
    # government and the Deputy Minister, whose ministry is not named, for Laos; "pulled in",
    # "left": steps of a journey; "has carried", "reached", "has attracted": figures and tallies;
    # "will add", "is expected to handle", "would put", "will promote": future)
    (
        "u01",
        "event",
        "service [[launched]] on",
        0,
        E("ceremony", "2025-04-16", "Kunming", [CRKM, LCRC, YNGOV, "Laos", KMCUS]),
    ),
    ("u01", "event", "Laos [[sign]] logistics", 0, E("signing", "2025-04-17", "Kunming", ["Yunnan", "Laos", YNGOV])),
    ("u01", "event", "Chen [[met]] with", 0, E("meeting", "2025-04-17", "Kunming", [YNGOV, "Laos"])),
    ("u01", "event", "invested", 0, E("investment", "2025-03", "Mohan", [YPIH], M("860000000", "CNY"))),
]

# ================================= u02 Trend, Baku (21 February 2025 14:37)
AZ = C("Azerbaijan", "AZ")
GE = C("Georgia", "GE")
BAKU = CITY("Baku", "AZ")
ADY = "Azerbaijan Railways CJSC"
GR = "JSC Georgian Railway"
CRRCQ = "CRRC Qiqihar Rolling Stock Co."
BISTP = "Baku International Sea Trade Port CJSC"
MCM = "Middle Corridor Multimodal Ltd."
TCTF = "Trans-Caspian Transport Forum"
A02 = [
    # dates ("(UTC +04:00)": a time zone, outside; "the same day" refers back to the signing day;
    # "the 2023 figure", "the 2025 state budget": years, as z07's "Mongolia's 2023 budget"; "the end
    # of the second quarter": the quarter, as NOTES' "the end of January 2020"; the Follow and
    # copyright lines are chrome)
    ("u02", "date", "21 February 2025 14:37", 0, "2025-02-21T14:37"),
    ("u02", "date", "Azerbaijan, [[February 21]]", 0, "2025-02-21"),
    ("u02", "date", "on [[February 20]],", 0, "2025-02-20"),
    ("u02", "date", "mid-2026", 0, "2026"),
    ("u02", "date", "this year", 0, "2025"),
    ("u02", "date", "In [[January]]", 0, "2025-01"),
    ("u02", "date", "the end of the second quarter", 0, "2025-Q2"),
    ("u02", "date", "the same day", 0, "2025-02-20"),
    ("u02", "date", "486 in [[2024]]", 0, "2024"),
    ("u02", "date", "the [[2023]] figure", 0, "2023"),
    ("u02", "date", "last year", 0, "2024"),
    ("u02", "date", "January 28", 0, "2025-01-28"),
    ("u02", "date", "million in [[2024]]", 0, "2024"),
    ("u02", "date", "in [[December]]", 0, "2024-12"),
    ("u02", "date", "Last week", 0, "2025-W07"),
    ("u02", "date", "April 9-10", 0, "2025-04-09/2025-04-10"),
    ("u02", "date", "the [[2025]] state budget", 0, "2025"),
    # money (manat is AZN)
    ("u02", "money", "AZN 240 million", 0, M("240000000", "AZN")),
    ("u02", "money", "$141 million", 0, M("141000000", "USD")),
    ("u02", "money", "GEL 318 million", 0, M("318000000", "GEL")),
    ("u02", "money", "about AZN 85 million", 0, M("85000000", "AZN", "approx")),
    ("u02", "money", "GEL 52.6 million", 0, M("52600000", "GEL")),
    ("u02", "money", "About 1.1 billion manat", 0, M("1100000000", "AZN", "approx")),
    # quantities ("Article 4", the ISIN: identifiers; "reached 486": no counted noun (w06's "the
    # total to 14"); "the first 120 units": "first" is no qualifier (w03); "a third": no number)
    ("u02", "quantity", "500 wagons", 0, Q("500", "wagon")),
    ("u02", "quantity", "14 days", 0, Q("14", "day")),
    ("u02", "quantity", "128 kilometers", 0, Q("128", "km")),
    ("u02", "quantity", "8.3-km", 0, Q("8.3", "km")),
    ("u02", "quantity", "500 flat wagons", 0, Q("500", "wagon")),
    ("u02", "quantity", "120 units", 0, Q("120", "unit")),
    ("u02", "quantity", "57,600 TEU", 0, Q("57600", "TEU")),
    ("u02", "quantity", "63 percent", 0, Q("63", "%")),
    ("u02", "quantity", "4.9 million tons", 0, Q("4900000", "t")),
    ("u02", "quantity", "300,000 tons", 0, Q("300000", "t")),
    ("u02", "quantity", "nearly 12 percent", 0, Q("12", "%", "lt")),
    # organisations ("Trend reports": the agency, whose full name appears only in chrome; the
    # Baku-Tbilisi-Kars railway and the Middle Corridor are a line and a route; "the company", "the
    # two companies", "the sides": generic; Georgian/Baku inside names are not tagged)
    ("u02", "organisation", "[[ADY]] orders", 0, O(ADY)),
    ("u02", "organisation", ADY, 0, O(ADY)),
    ("u02", "organisation", "([[ADY]])", 0, O(ADY)),
    ("u02", "organisation", GR, 0, O(GR)),
    ("u02", "organisation", "[[Trend]] reports", 0, O("Trend")),
    ("u02", "organisation", "[[ADY]] Chairman", 0, O(ADY)),
    ("u02", "organisation", "[[Georgian Railway]] General", 0, O(GR)),
    ("u02", "organisation", "[[ADY]] plans", 0, O(ADY)),
    ("u02", "organisation", "[[Georgian Railway]] has", 0, O(GR)),
    ("u02", "organisation", "[[ADY]] ordered", 0, O(ADY)),
    ("u02", "organisation", CRRCQ, 0, O(CRRCQ)),
    ("u02", "organisation", BISTP, 0, O(BISTP)),
    ("u02", "organisation", "[[Georgian Railway]] posted", 0, O(GR)),
    ("u02", "organisation", "Fitch Ratings", 0, O("Fitch Ratings")),
    ("u02", "organisation", MCM, 0, O(MCM)),
    # places (places in the railway's name count; the Port of Baku's city and the town it lies in
    # are tagged; demonyms before "port", "border", "rail operators" stand for the country)
    ("u02", "place", "[[Azerbaijan]], Georgia sign", 0, AZ),
    ("u02", "place", "Azerbaijan, [[Georgia]] sign", 0, GE),
    ("u02", "place", "wagons from [[China]]", 0, CN),
    ("u02", "place", "BAKU", 0, BAKU),
    ("u02", "place", "BAKU, [[Azerbaijan]]", 0, AZ),
    ("u02", "place", "the [[Baku]]-Tbilisi-Kars", 0, BAKU),
    ("u02", "place", "Baku-[[Tbilisi]]-Kars", 0, CITY("Tbilisi", "GE")),
    ("u02", "place", "Baku-Tbilisi-[[Kars]]", 0, CITY("Kars", "TR")),
    ("u02", "place", "railway in [[Tbilisi]]", 0, CITY("Tbilisi", "GE")),
    ("u02", "place", "Xi'an", 0, CITY("Xi'an", "CN")),
    ("u02", "place", "the [[Georgian]] port", 0, GE),
    ("u02", "place", "Poti", 0, CITY("Poti", "GE")),
    ("u02", "place", "Ganja", 0, CITY("Ganja", "AZ")),
    ("u02", "place", "the [[Georgian]] border", 0, GE),
    ("u02", "place", "Zestaponi", 0, CITY("Zestaponi", "GE")),
    ("u02", "place", "Kharagauli", 0, CITY("Kharagauli", "GE")),
    ("u02", "place", "from [[China]]'s CRRC", 0, CN),
    ("u02", "place", "due in [[Baku]]", 0, BAKU),
    ("u02", "place", "[[Azerbaijani]] Deputy", 0, AZ),
    ("u02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("u02", "place", "Weiping in [[Baku]]", 0, BAKU),
    ("u02", "place", "trains from [[China]]", 0, CN),
    ("u02", "place", "through [[Azerbaijan]] along", 0, AZ),
    ("u02", "place", "Port of [[Baku]]", 0, BAKU),
    ("u02", "place", "Alat", 0, CITY("Alat", "AZ")),
    ("u02", "place", "the [[Kazakh]], Azerbaijani", 0, C("Kazakhstan", "KZ")),
    ("u02", "place", "Kazakh, [[Azerbaijani]] and", 0, AZ),
    ("u02", "place", "and [[Georgian]] rail operators", 0, GE),
    ("u02", "place", "Astana", 0, CITY("Astana", "KZ")),
    ("u02", "place", "Forum in [[Baku]]", 0, BAKU),
    # summits
    ("u02", "summit", TCTF, 0, S(TCTF, "2025-04-09/2025-04-10", "Baku")),
    # events (the headline "sign" anchors the roadmap signing, with its headline countries and the
    # two railways (as x01); the headline "orders" anchors the wagon order (the order's amount is
    # the goods, as x10's buses); the Deputy Minister names no ministry, so he stands for
    # Azerbaijan; "commissioned": the completion of the terminal's building work (z08's "put into
    # operation"); "set up a joint venture": a founding; "plans to spend", "aim to cut", "will
    # present": future; "has earmarked": financing; "is being bored": under way; "reached",
    # "rose", "posted", "grew": figures; "were rated": no type; "discussed": part of the meeting)
    (
        "u02",
        "event",
        "Georgia [[sign]] tariff",
        0,
        E("signing", "2025-02-20", "Tbilisi", ["Azerbaijan", "Georgia", ADY, GR]),
    ),
    ("u02", "event", "ADY [[orders]]", 0, E("order", "2025-01", None, [ADY, CRRCQ], Q("500", "wagon"))),
    ("u02", "event", "Gasimov [[met]]", 0, E("meeting", "2025-02-20", "Baku", ["Azerbaijan", "China"])),
    ("u02", "event", "commissioned", 0, E("construction", "2025-01-28", "Alat", [BISTP])),
]

# ================================= u03 Daily News, Dar es Salaam (Published: March 11, 2025)
TZ = C("Tanzania", "TZ")
ZM = C("Zambia", "ZM")
DSM = CITY("Dar es Salaam", "TZ")
DODOMA = CITY("Dodoma", "TZ")
CCECC = "China Civil Engineering Construction Corporation"
CRCC = "China Railway Construction Corporation"
TRC = "Tanzania Railways Corporation"
TPA = "Tanzania Ports Authority"
CHEC = "China Harbour Engineering Company"
MOF = "Ministry of Finance"
A03 = [
    # dates ("between July and September", "between August 2024 and January this year": one
    # interval each, "between" outside (w06); Tanzania's financial year runs July to June, so "the
    # 2023/24 financial year" is that interval; "within 24 months": a quantity; the phone, Share
    # and Related lines are chrome)
    ("u03", "date", "March 11, 2025", 0, "2025-03-11"),
    ("u03", "date", "yesterday", 0, "2025-03-10"),
    ("u03", "date", "December 20, 2022", 0, "2022-12-20"),
    ("u03", "date", "the end of February", 0, "2025-02"),
    ("u03", "date", "July and September", 0, "2025-07/2025-09"),
    ("u03", "date", "August 2024 and January this year", 0, "2024-08/2025-01"),
    ("u03", "date", "last December", 0, "2024-12"),
    ("u03", "date", "February 3", 0, "2025-02-03"),
    ("u03", "date", "the 2023/24 financial year", 0, "2023-07/2024-06"),
    ("u03", "date", "on [[Monday]]", 0, "2025-03-10"),
    # money ("/-" is the Tanzanian shilling mark written after the amount and stays in the span,
    # as a currency sign does; "shillings" in a Tanzanian paper are TZS; "trn" is trillion)
    ("u03", "money", "1.2trn/-", 0, M("1200000000000", "TZS")),
    ("u03", "money", "1.2trn/-", 1, M("1200000000000", "TZS")),
    ("u03", "money", "6.3 trillion shillings", 0, M("6300000000000", "TZS")),
    ("u03", "money", "about 2.5bn US dollars", 0, M("2500000000", "USD", "approx")),
    ("u03", "money", "48.6bn/-", 0, M("48600000000", "TZS")),
    ("u03", "money", "TSh 387 billion/-", 0, M("387000000000", "TZS")),
    ("u03", "money", "150 million dollars", 0, M("150000000", "USD")),
    ("u03", "money", "about 385bn/-", 0, M("385000000000", "TZS", "approx")),
    # quantities ("Lot 6", "berths 8 to 11": identifiers; "pc" is per cent; "2 million
    # passengers" sits in the Related chrome)
    ("u03", "quantity", "41pc", 0, Q("41", "%")),
    ("u03", "quantity", "506-kilometre", 0, Q("506", "km")),
    ("u03", "quantity", "41 per cent", 0, Q("41", "%")),
    ("u03", "quantity", "more than 4,200 local workers", 0, Q("4200", "worker", "gt")),
    ("u03", "quantity", "17 electric locomotives", 0, Q("17", "locomotive")),
    ("u03", "quantity", "264 wagons", 0, Q("264", "wagon")),
    ("u03", "quantity", "1.9 million passengers", 0, Q("1900000", "passenger")),
    ("u03", "quantity", "112,000 tonnes", 0, Q("112000", "t")),
    ("u03", "quantity", "14.5 metres", 0, Q("14.5", "m")),
    ("u03", "quantity", "24 months", 0, Q("24", "month")),
    ("u03", "quantity", "27.7 million tonnes", 0, Q("27700000", "t")),
    ("u03", "quantity", "23.2 million tonnes", 0, Q("23200000", "t")),
    ("u03", "quantity", "about 40 per cent", 0, Q("40", "%", "approx")),
    # organisations (the masthead is text, the byline no name; the Standard Gauge Railway (SGR) is a
    # line (w05); "THE government", "the corporation", "The port": generic; "Minister for
    # Transport": a title; TRC in the phone line is chrome)
    ("u03", "organisation", "DAILY NEWS", 0, O("Daily News")),
    ("u03", "organisation", CCECC, 0, O(CCECC)),
    ("u03", "organisation", "([[CCECC]])", 0, O(CCECC)),
    ("u03", "organisation", CRCC, 0, O(CRCC)),
    ("u03", "organisation", "([[CRCC]])", 0, O(CRCC)),
    ("u03", "organisation", TRC, 0, O(TRC)),
    ("u03", "organisation", "([[TRC]])", 0, O(TRC)),
    ("u03", "organisation", "Hyundai Rotem", 0, O("Hyundai Rotem")),
    ("u03", "organisation", "said [[TRC]] carried", 0, O(TRC)),
    ("u03", "organisation", TPA, 0, O(TPA)),
    ("u03", "organisation", "([[TPA]])", 0, O(TPA)),
    ("u03", "organisation", CHEC, 0, O(CHEC)),
    ("u03", "organisation", "([[CHEC]])", 0, O(CHEC)),
    ("u03", "organisation", "The [[TPA]] Director", 0, O(TPA)),
    ("u03", "organisation", "said [[CHEC]] started", 0, O(CHEC)),
    ("u03", "organisation", MOF, 0, O(MOF)),
    # places ("Mr Mwanza Kassim": a person named like a city; the Malagarasi River is a river;
    # places in the lines' names count; the port's city is tagged; Tanzania inside TRC and TPA and
    # China inside the Chinese companies' names are not)
    ("u03", "place", "DAR ES SALAAM", 0, DSM),
    ("u03", "place", "two [[Chinese]] firms", 0, CN),
    ("u03", "place", "Tabora", 0, CITY("Tabora", "TZ")),
    ("u03", "place", "Kigoma", 0, CITY("Kigoma", "TZ")),
    ("u03", "place", "signed in [[Dodoma]]", 0, DODOMA),
    ("u03", "place", "South Korea", 0, C("South Korea", "KR")),
    ("u03", "place", "the [[Dar es Salaam]]-Dodoma line", 0, DSM),
    ("u03", "place", "Dar es Salaam-[[Dodoma]] line", 0, DODOMA),
    ("u03", "place", "[[Dar es Salaam]] port", 0, DSM),
    ("u03", "place", "to [[Zambia]], the", 0, ZM),
    ("u03", "place", "DR Congo", 0, C("DR Congo", "CD")),
    ("u03", "place", "Burundi", 0, C("Burundi", "BI")),
    ("u03", "place", "Rwanda", 0, C("Rwanda", "RW")),
    ("u03", "place", "[[Tanzania]] and China on", 0, TZ),
    ("u03", "place", "Tanzania and [[China]] on", 0, CN),
    ("u03", "place", "the [[Tanzania]]-Zambia railway", 0, TZ),
    ("u03", "place", "Tanzania-[[Zambia]] railway", 0, ZM),
    ("u03", "place", "[[Chinese]] Vice Minister", 0, CN),
    ("u03", "place", "Hanwen to [[Dodoma]]", 0, DODOMA),
    ("u03", "place", "the [[Chinese]] Ambassador", 0, CN),
    ("u03", "place", "Ambassador to [[Tanzania]]", 0, TZ),
    # events ("pays", "has paid": payments (financing); "is being built": under way; "were
    # employed", "carried", "earning", "have moved", "handled": figures; "would receive", "would
    # deepen": future; "started works": the start of the berths' building work; the loan
    # agreement's signing takes the visit's place; the Vice Minister, whose ministry is not
    # named, stands for China and the Permanent Secretary for the Ministry of Finance; "The
    # agreement was signed by": the same signing; the visit is dated only through the signing, so
    # it gets no date)
    (
        "u03",
        "event",
        "contract [[signed]] in Dodoma",
        0,
        E("signing", "2022-12-20", "Dodoma", [CCECC, CRCC], M("6300000000000", "TZS")),
    ),
    ("u03", "event", "have [[signed]] a TSh", 0, E("signing", None, None, [TPA, CHEC], M("387000000000", "TZS"))),
    ("u03", "event", "CHEC [[started]] works", 0, E("construction", "2025-02-03", "Dar es Salaam", [CHEC])),
    (
        "u03",
        "event",
        "on Monday [[signed]]",
        0,
        E("signing", "2025-03-10", "Dodoma", ["Tanzania", "China", MOF], M("150000000", "USD")),
    ),
    ("u03", "event", "the [[visit]] of", 0, E("visit", None, "Dodoma", ["China"])),
]

# ================================= u04 China Exim Bank press release (2025-06-24)
BD = C("Bangladesh", "BD")
DHAKA = CITY("Dhaka", "BD")
MONGLA = CITY("Mongla", "BD")
EXIM = "Export-Import Bank of China"
ERD = "Economic Relations Division"
CCCC = "China Communications Construction Company Limited"
A04 = [
    # dates ("per annum", "a day": rates outside; "20 years", "7 years", "15 years", "5-year":
    # quantities; the navigation, phone/fax and copyright lines are chrome)
    ("u04", "date", "2025-06-24", 0, "2025-06-24"),
    ("u04", "date", "June 23, 2025", 0, "2025-06-23"),
    ("u04", "date", "November 2024", 0, "2024-11"),
    ("u04", "date", "the same day", 0, "2025-06-23"),
    ("u04", "date", "the fourth quarter of 2025", 0, "2025-Q4"),
    ("u04", "date", "Since [[2016]]", 0, "2016"),
    ("u04", "date", "October 2023", 0, "2023-10"),
    ("u04", "date", "the end of 2024", 0, "2024"),
    # money ("Tk" is the taka, BDT; a crore is ten million; "exceeded": gt)
    ("u04", "money", "about RMB 3.2 billion", 0, M("3200000000", "CNY", "approx")),
    ("u04", "money", "RMB 2.1 billion", 0, M("2100000000", "CNY")),
    ("u04", "money", "USD 152 million", 0, M("152000000", "USD")),
    ("u04", "money", "Tk 1,950 crore", 0, M("19500000000", "BDT")),
    ("u04", "money", "about USD 166 million", 0, M("166000000", "USD", "approx")),
    ("u04", "money", "USD 30 million", 0, M("30000000", "USD")),
    ("u04", "money", "more than USD 7 billion", 0, M("7000000000", "USD", "gt")),
    ("u04", "money", "RMB 7 trillion", 0, M("7000000000000", "CNY", "gt")),
    # quantities (interest rates and tenors are quantities; "Article 8.2": a clause number; "the
    # second phase": rank)
    ("u04", "quantity", "2 percent", 0, Q("2", "%")),
    ("u04", "quantity", "20 years", 0, Q("20", "year")),
    ("u04", "quantity", "7 years", 0, Q("7", "year")),
    ("u04", "quantity", "15 years", 0, Q("15", "year")),
    ("u04", "quantity", "5-year", 0, Q("5", "year")),
    ("u04", "quantity", "3.1 percent", 0, Q("3.1", "%")),
    ("u04", "quantity", "368-meter", 0, Q("368", "m")),
    ("u04", "quantity", "400,000 TEUs", 0, Q("400000", "TEU")),
    ("u04", "quantity", "500,000 cubic meters", 0, Q("500000", "m3")),
    ("u04", "quantity", "11 projects", 0, Q("11", "project")),
    ("u04", "quantity", "about 4,000 vehicles", 0, Q("4000", "vehicle", "approx")),
    # organisations (the masthead, the "Source:" line and the Notes to editors are text, the
    # copyright line chrome; "Governor of Bangladesh Bank" names the bank in a title (extra5);
    # the loan agreements' titles and "the Bank" (an anaphor) get no fact; "Bangladesh's
    # Economic Relations Division": the country is a place (extra3))
    ("u04", "organisation", EXIM, 0, O(EXIM)),
    ("u04", "organisation", "China Exim Bank Signs", 0, O(EXIM)),
    ("u04", "organisation", "Source: [[China Exim Bank]]", 0, O(EXIM)),
    ("u04", "organisation", "the [[Export-Import Bank of China]] (China", 0, O(EXIM)),
    ("u04", "organisation", "([[China Exim Bank]])", 0, O(EXIM)),
    ("u04", "organisation", ERD, 0, O(ERD)),
    ("u04", "organisation", "([[ERD]])", 0, O(ERD)),
    ("u04", "organisation", "of [[China Exim Bank]] and ERD", 0, O(EXIM)),
    ("u04", "organisation", "[[ERD]] Secretary", 0, O(ERD)),
    ("u04", "organisation", CCCC, 0, O(CCCC)),
    ("u04", "organisation", "([[CCCC]])", 0, O(CCCC)),
    ("u04", "organisation", "Sinohydro Corporation Limited", 0, O("Sinohydro Corporation Limited")),
    ("u04", "organisation", "Bangladesh Bank", 0, O("Bangladesh Bank")),
    ("u04", "organisation", "2016, [[China Exim Bank]]", 0, O(EXIM)),
    ("u04", "organisation", "The [[Export-Import Bank of China]] is", 0, O(EXIM)),
    # places (the port's city is tagged; "Bagerhat district": the generic noun outside; the
    # Karnaphuli River tunnel is named after a river)
    ("u04", "place", "[[Mongla]] Port Expansion", 0, MONGLA),
    ("u04", "place", "and [[Dhaka]] Water", 0, DHAKA),
    ("u04", "place", "with [[Bangladesh]]'s Economic", 0, BD),
    ("u04", "place", "in [[Dhaka]], with", 0, DHAKA),
    ("u04", "place", "[[Bangladesh]]'s Finance Adviser", 0, BD),
    ("u04", "place", "[[Chinese]] Ambassador", 0, CN),
    ("u04", "place", "Ambassador to [[Bangladesh]]", 0, BD),
    ("u04", "place", "The [[Bangladesh]] side", 0, BD),
    ("u04", "place", "of [[Mongla]] Port in", 0, MONGLA),
    ("u04", "place", "Bagerhat", 0, REG("Bagerhat", "BD")),
    ("u04", "place", "at [[Mongla]] in", 0, MONGLA),
    ("u04", "place", "near [[Dhaka]]", 0, DHAKA),
    ("u04", "place", "[[Bangladesh]] is an important", 0, BD),
    ("u04", "place", "partner of [[China]]", 0, CN),
    ("u04", "place", "South Asia", 0, REG("South Asia")),
    ("u04", "place", "projects in [[Bangladesh]]", 0, BD),
    ("u04", "place", "Chattogram", 0, CITY("Chattogram", "BD")),
    # events (the headline "Signs" anchors the loan signing ("signed", "The signing was
    # witnessed" are the same occurrence); the Finance Adviser, naming no body, stands for
    # Bangladesh and the Ambassador for China; the Vice President stands for his bank and the
    # Governor for his; "began site preparation": the start of building work; "opened to
    # traffic": the tunnel's opening (v02), the loan behind it is no participation; "will
    # finance", "will contribute", "is expected", "to be built", "will continue": future; "is
    # being implemented": under way; "has supported 11 projects": a tally; "exchanged views":
    # part of the meeting)
    (
        "u04",
        "event",
        "Bank [[Signs]] Loan",
        0,
        E("signing", "2025-06-23", "Dhaka", [EXIM, ERD, "Bangladesh", "China"], M("3200000000", "CNY", "approx")),
    ),
    ("u04", "event", "which [[began]] site", 0, E("construction", "2024-11", "Mongla", [CCCC])),
    ("u04", "event", "Jianhua [[met]] with", 0, E("meeting", "2025-06-23", None, [EXIM, "Bangladesh Bank"])),
    ("u04", "event", "opened to traffic", 0, E("ceremony", "2023-10", "Chattogram")),
]

# ================================= u05 Chinese Foreign Ministry regular press conference (2025-09-10 19:05)
KH = C("Cambodia", "KH")
ME = C("Montenegro", "ME")
PK = C("Pakistan", "PK")
AFRICA = REG("Africa")
NPCSC = "Standing Committee of the National People's Congress"
CAIC = "Cambodia Airport Investment Co., Ltd."
CSCEC3 = "China Construction Third Engineering Bureau Co., Ltd."
POWERCHINA = "Power Construction Corporation of China"
SCOS = "SCO Summit"
FOCACBJ = "Beijing Summit of the Forum on China-Africa Cooperation"
A05 = [
    # dates (the title's date is text, the timestamp too; "over the next three years": a
    # spelled-out duration; "since January": the running total's start; the Share, copyright and
    # address lines are chrome)
    ("u05", "date", "September 10, 2025", 0, "2025-09-10"),
    ("u05", "date", "2025-09-10 19:05", 0, "2025-09-10T19:05"),
    ("u05", "date", "September 14 to 16", 0, "2025-09-14/2025-09-16"),
    ("u05", "date", "yesterday", 0, "2025-09-09"),
    ("u05", "date", "September 9", 0, "2025-09-09"),
    ("u05", "date", "on [[Tuesday]]", 0, "2025-09-09"),
    ("u05", "date", "July 2022", 0, "2022-07"),
    ("u05", "date", "last week", 0, "2025-W36"),
    ("u05", "date", "the end of this year", 0, "2025"),
    ("u05", "date", "August 31 to September 1", 0, "2025-08-31/2025-09-01"),
    ("u05", "date", "on [[Monday]]", 0, "2025-09-08"),
    ("u05", "date", "in [[2024]]", 0, "2024"),
    ("u05", "date", "the first half of this year", 0, "2025-H1"),
    ("u05", "date", "since [[January]]", 0, "2025-01"),
    # money
    ("u05", "money", "1.5 billion US dollars", 0, M("1500000000", "USD")),
    ("u05", "money", "470 million euro", 0, M("470000000", "EUR")),
    ("u05", "money", "nearly 1 billion dollars", 0, M("1000000000", "USD", "lt")),
    ("u05", "money", "4.6 billion dollars", 0, M("4600000000", "USD")),
    ("u05", "money", "1.1 trillion yuan", 0, M("1100000000000", "CNY")),
    # quantities ("ML-1": a name; "first phase", "second section", "third party": ranks)
    ("u05", "quantity", "2,600 hectares", 0, Q("2600", "ha")),
    ("u05", "quantity", "13 million passengers", 0, Q("13000000", "passenger")),
    ("u05", "quantity", "300 Cambodian pilots", 0, Q("300", "pilot")),
    ("u05", "quantity", "41 kilometers", 0, Q("41", "km")),
    ("u05", "quantity", "30 minutes", 0, Q("30", "minute")),
    ("u05", "quantity", "14 cooperation documents", 0, Q("14", "document")),
    ("u05", "quantity", "1.2-gigawatt", 0, Q("1.2", "GW")),
    ("u05", "quantity", "6.3 percent", 0, Q("6.3", "%")),
    ("u05", "quantity", "2.5 million doses", 0, Q("2500000", "dose")),
    ("u05", "quantity", "18 African countries", 0, Q("18", "country")),
    # organisations ("Foreign Ministry Spokesperson": the body named in a title (extra5); the
    # questioners' outlets are news agencies and broadcasters; "Vice Chairman of the Standing
    # Committee of the National People's Congress": the body named in a title; Techo
    # International Airport is a facility; "Planning Minister": a title; "the competent
    # authorities", "A British think tank": generic; SCO and FOCAC inside the summits' names are
    # not organisations; the copyright line is chrome)
    ("u05", "organisation", "Foreign Ministry", 0, O("Foreign Ministry")),
    ("u05", "organisation", "CCTV", 0, O("CCTV")),
    ("u05", "organisation", NPCSC, 0, O(NPCSC)),
    ("u05", "organisation", CAIC, 0, O(CAIC)),
    ("u05", "organisation", CSCEC3, 0, O(CSCEC3)),
    ("u05", "organisation", "Reuters", 0, O("Reuters")),
    ("u05", "organisation", "Ministry of Transport", 0, O("Ministry of Transport")),
    ("u05", "organisation", POWERCHINA, 0, O(POWERCHINA)),
    ("u05", "organisation", "Bloomberg", 0, O("Bloomberg")),
    ("u05", "organisation", "AFP", 0, O("AFP")),
    # places ("Republic of Kazakhstan": the name as written (z01); "Kandal province": the generic
    # noun outside; places in the motorway's name count; Islamabad stands for the government but
    # is a city mention; "African countries", "African friends": the region)
    ("u05", "place", "Republic of Kazakhstan", 0, C("Republic of Kazakhstan", "KZ")),
    ("u05", "place", "visit to [[China]]", 0, CN),
    ("u05", "place", "Airport in [[Cambodia]] was", 0, KH),
    ("u05", "place", "[[Cambodian]] Deputy", 0, KH),
    ("u05", "place", "Kandal", 0, REG("Kandal", "KH")),
    ("u05", "place", "300 [[Cambodian]] pilots", 0, KH),
    ("u05", "place", "pilots in [[China]]", 0, CN),
    ("u05", "place", "between [[China]] and Cambodia", 0, CN),
    ("u05", "place", "between China and [[Cambodia]]", 0, KH),
    ("u05", "place", "help [[Cambodia]] become", 0, KH),
    ("u05", "place", "[[Montenegro]]'s Ministry", 0, ME),
    ("u05", "place", "the [[Bar]]-Boljare", 0, CITY("Bar", "ME")),
    ("u05", "place", "Bar-[[Boljare]]", 0, CITY("Boljare", "ME")),
    ("u05", "place", "[[China]]'s comment", 0, CN),
    ("u05", "place", "Podgorica", 0, CITY("Podgorica", "ME")),
    ("u05", "place", "Kolasin", 0, CITY("Kolasin", "ME")),
    ("u05", "place", "[[China]]-Montenegro cooperation", 0, CN),
    ("u05", "place", "China-[[Montenegro]] cooperation", 0, ME),
    ("u05", "place", "[[Pakistan]]'s Planning", 0, PK),
    ("u05", "place", "Islamabad", 0, CITY("Islamabad", "PK")),
    ("u05", "place", "expects [[China]] to", 0, CN),
    ("u05", "place", "[[China]] and Pakistan are", 0, CN),
    ("u05", "place", "China and [[Pakistan]] are", 0, PK),
    ("u05", "place", "Tianjin", 0, CITY("Tianjin", "CN")),
    ("u05", "place", "Punjab", 0, REG("Punjab", "PK")),
    ("u05", "place", "A [[British]] think", 0, C("United Kingdom", "GB")),
    ("u05", "place", "[[Chinese]] lending", 0, CN),
    ("u05", "place", "lending to [[Africa]]", 0, AFRICA),
    ("u05", "place", "between [[China]] and Africa", 0, CN),
    ("u05", "place", "between China and [[Africa]]", 0, AFRICA),
    ("u05", "place", "[[China]] has delivered", 0, CN),
    ("u05", "place", "18 [[African]] countries", 0, AFRICA),
    ("u05", "place", "[[China]] will continue", 0, CN),
    ("u05", "place", "with [[African]] friends", 0, AFRICA),
    # summits
    ("u05", "summit", SCOS, 0, S(SCOS, "2025-08-31/2025-09-01", "Tianjin")),
    ("u05", "summit", FOCACBJ, 0, S(FOCACBJ, None, "Beijing")),
    # events (the question's "inaugurated" anchors the inauguration ("inauguration ceremony" is the
    # same occurrence), the Deputy Prime Minister stands for Cambodia and the Vice Chairman for the
    # Standing Committee; "was invested in by": the airport's investment, with the total it
    # reached; "built by": the finished airport's building work, undated; the training agreement is
    # signed "During the ceremony" by the two countries; Montenegro's ministry "said on Tuesday
    # that it had signed": the signing itself is undated; "was completed in July 2022": the first
    # section's completion; the 14 documents are one signing on the summit's sidelines, taking its
    # dates and place; "will pay a state visit", "expects China to finance": future; "has
    # delivered ... since January": a running total; "fell", "reached", "has cut": figures)
    ("u05", "event", "inaugurated", 0, E("ceremony", "2025-09-09", "Kandal", ["Cambodia", NPCSC])),
    ("u05", "event", "invested in", 0, E("investment", None, "Kandal", [CAIC], M("1500000000", "USD"))),
    ("u05", "event", "and [[built]] by", 0, E("construction", None, "Kandal", [CSCEC3])),
    ("u05", "event", "also [[signed]] an agreement", 0, E("signing", "2025-09-09", "Kandal", ["Cambodia", "China"])),
    (
        "u05",
        "event",
        "had [[signed]] a 470",
        0,
        E("signing", None, None, ["Ministry of Transport", POWERCHINA], M("470000000", "EUR")),
    ),
    ("u05", "event", "was [[completed]] in July", 0, E("construction", "2022-07")),
    (
        "u05",
        "event",
        "two sides [[signed]] 14",
        0,
        E("signing", "2025-08-31/2025-09-01", "Tianjin", ["China", "Pakistan"]),
    ),
]

# ================================= u06 The Global New Light of Myanmar (14 January 2025)
MM = C("Myanmar", "MM")
KPU = CITY("Kyaukphyu", "MM")
NPT = CITY("Nay Pyi Taw", "MM")
MUSE = CITY("Muse", "MM")
KSEZ = "Kyaukphyu Special Economic Zone Management Committee"
GNLM = "The Global New Light of Myanmar"
CREEC = "China Railway Eryuan Engineering Group Co., Ltd."
MSWRR = "Ministry of Social Welfare, Relief and Resettlement"
A06 = [
    # dates (Myanmar's fiscal year runs April to March, so "the 2023-2024 fiscal year" is that
    # interval and "the first nine months of the 2024-2025 fiscal year" April to December 2024;
    # "1 April" is the closest past one; "will take five years": a spelled-out duration)
    ("u06", "date", "14 January 2025", 0, "2025-01-14"),
    ("u06", "date", "13 Jan", 0, "2025-01-13"),
    ("u06", "date", "on [[Monday]]", 0, "2025-01-13"),
    ("u06", "date", "the 2023-2024 fiscal year", 0, "2023-04/2024-03"),
    ("u06", "date", "10 January", 0, "2025-01-10"),
    ("u06", "date", "last month", 0, "2024-12"),
    ("u06", "date", "27 December", 0, "2024-12-27"),
    ("u06", "date", "the first nine months of the 2024-2025 fiscal year", 0, "2024-04/2024-12"),
    ("u06", "date", "1 April", 0, "2024-04-01"),
    ("u06", "date", "in [[June]]", 0, "2025-06"),
    # money ("K" and "Ks" are the kyat, MMK; "is estimated at": no qualifier)
    ("u06", "money", "K 1.2 trillion", 0, M("1200000000000", "MMK")),
    ("u06", "money", "K 1.2 trillion", 1, M("1200000000000", "MMK")),
    ("u06", "money", "about US$ 570 million", 0, M("570000000", "USD", "approx")),
    ("u06", "money", "Ks 18.6 billion", 0, M("18600000000", "MMK")),
    ("u06", "money", "US$ 8.9 billion", 0, M("8900000000", "USD")),
    ("u06", "money", "US$ 1.96 billion", 0, M("1960000000", "USD")),
    # quantities ("two berths": spelled-out; "first phase", "9th", "105th Mile": ranks and a name)
    ("u06", "quantity", "70 per cent", 0, Q("70", "%")),
    ("u06", "quantity", "30 per cent", 0, Q("30", "%")),
    ("u06", "quantity", "20,000 TEU", 0, Q("20000", "TEU")),
    ("u06", "quantity", "1.5-kilometre", 0, Q("1.5", "km")),
    ("u06", "quantity", "1,000-hectare", 0, Q("1000", "ha")),
    ("u06", "quantity", "more than 100,000 jobs", 0, Q("100000", "job", "gt")),
    ("u06", "quantity", "712 households", 0, Q("712", "household")),
    ("u06", "quantity", "431-km", 0, Q("431", "km")),
    ("u06", "quantity", "200 tonnes", 0, Q("200", "t")),
    ("u06", "quantity", "5,000 solar lamps", 0, Q("5000", "lamp")),
    ("u06", "quantity", "nearly 70 per cent", 0, Q("70", "%", "lt")),
    # organisations (the masthead keeps its capitalised "The" (extra5); "the CITIC Group-led
    # consortium": the group is tagged; "the committee", "the joint venture": generic; "Union
    # Minister for Investment and Foreign Economic Relations": a title naming no ministry; "the
    # Chinese Embassy": a capitalised institution word, one name as "Chinese Foreign Ministry"; the
    # closing "- MNA" credit is the agency, text)
    ("u06", "organisation", GNLM, 0, O(GNLM)),
    ("u06", "organisation", KSEZ, 0, O(KSEZ)),
    ("u06", "organisation", "the [[CITIC Group]]-led", 0, O("CITIC Group")),
    ("u06", "organisation", "Myanmar Investment Commission", 0, O("Myanmar Investment Commission")),
    ("u06", "organisation", "agreement, [[CITIC Group]] will", 0, O("CITIC Group")),
    ("u06", "organisation", "Myanma Railways", 0, O("Myanma Railways")),
    ("u06", "organisation", CREEC, 0, O(CREEC)),
    ("u06", "organisation", "([[CREEC]])", 0, O(CREEC)),
    ("u06", "organisation", "Chinese Embassy", 0, O("Chinese Embassy")),
    ("u06", "organisation", MSWRR, 0, O(MSWRR)),
    ("u06", "organisation", "Ministry of Commerce", 0, O("Ministry of Commerce")),
    ("u06", "organisation", "MNA", 0, O("MNA")),
    # places (the port's, the project's and the zones' town is tagged, as a port's city; places in
    # the corridor's and the railway's names count; "Sagaing region": the generic noun outside; the
    # Bay of Bengal is a sea; Myanmar/Kyaukphyu inside organisation names are not tagged)
    ("u06", "place", "[[Kyaukphyu]] deep-sea port consortium", 0, KPU),
    ("u06", "place", "NAY PYI TAW", 0, NPT),
    ("u06", "place", "the [[Kyaukphyu]] deep-sea port joint", 0, KPU),
    ("u06", "place", "office in [[Nay Pyi Taw]]", 0, NPT),
    ("u06", "place", "the [[Myanmar]] side", 0, MM),
    ("u06", "place", "[[Chinese]] Ambassador", 0, CN),
    ("u06", "place", "Ambassador to [[Myanmar]]", 0, MM),
    ("u06", "place", "the [[Kyaukphyu]] project", 0, KPU),
    ("u06", "place", "the [[China]]-Myanmar Economic", 0, CN),
    ("u06", "place", "China-[[Myanmar]] Economic", 0, MM),
    ("u06", "place", "links [[Kunming]]", 0, CITY("Kunming", "CN")),
    ("u06", "place", "park at [[Kyaukphyu]] in", 0, KPU),
    ("u06", "place", "Rakhine", 0, REG("Rakhine", "MM")),
    ("u06", "place", "the 431-km [[Muse]]-Mandalay", 0, MUSE),
    ("u06", "place", "Muse-[[Mandalay]]", 0, CITY("Mandalay", "MM")),
    ("u06", "place", "[[China]] donated", 0, CN),
    ("u06", "place", "Sagaing", 0, REG("Sagaing", "MM")),
    ("u06", "place", "Yangon", 0, CITY("Yangon", "MM")),
    ("u06", "place", "[[Myanmar]]'s border", 0, MM),
    ("u06", "place", "with [[China]] reached", 0, CN),
    ("u06", "place", "the [[Muse]] 105th", 0, MUSE),
    ("u06", "place", "a [[Myanmar]] delegation", 0, MM),
    ("u06", "place", "Expo in [[Kunming]]", 0, CITY("Kunming", "CN")),
    ("u06", "place", "the [[Kyaukphyu]] zone", 0, KPU),
    # summits
    ("u06", "summit", "9th China-South Asia Expo", 0, S("9th China-South Asia Expo", "2025-06", "Kunming")),
    # events (the headline "signs" anchors the shareholder agreement's signing ("signed", "witnessed
    # the signing" are the same occurrence); the Union Minister stands for Myanmar, the Ambassador
    # for China; the donation takes the date and place of its handover, the step that tells when
    # and where it was made ("last month" agrees), and the Embassy and the receiving ministry join
    # China; "to begin", "will take", "are expected", "would attend": future; "surveys were
    # completed", "feasibility study ... updated": no building work (w01); "has been paid":
    # financing; "reached", "accounted for": figures)
    (
        "u06",
        "event",
        "consortium [[signs]]",
        0,
        E("signing", "2025-01-13", "Nay Pyi Taw", [KSEZ, "CITIC Group", "Myanmar", "China"]),
    ),
    (
        "u06",
        "event",
        "donated",
        0,
        E("donation", "2024-12-27", "Yangon", ["China", "Chinese Embassy", MSWRR], Q("200", "t")),
    ),
]

# ================================= u07 Reuters, La Paz (November 27, 2024 4:12 PM UTC)
BO = C("Bolivia", "BO")
POTOSI_C = CITY("Potosi", "BO")
YLB = "Yacimientos de Litio Bolivianos"
CATL = "Contemporary Amperex Technology Co Ltd"
A07 = [
    # dates ("UTC": a time zone, outside; "for more than a year": no digits, no calendar point; the
    # Reporting/Editing line carries no facts (w10))
    ("u07", "date", "in [[2026]]", 0, "2026"),
    ("u07", "date", "November 27, 2024 4:12 PM", 0, "2024-11-27T16:12"),
    ("u07", "date", "Nov 27", 0, "2024-11-27"),
    ("u07", "date", "on [[Wednesday]]", 0, "2024-11-27"),
    ("u07", "date", "September 2023", 0, "2023-09"),
    ("u07", "date", "in [[December]]", 0, "2024-12"),
    ("u07", "date", "last year", 0, "2023"),
    ("u07", "date", "Oct. 4", 0, "2024-10-04"),
    ("u07", "date", "on [[Tuesday]]", 0, "2024-11-26"),
    ("u07", "date", "Nov. 19", 0, "2024-11-19"),
    ("u07", "date", "in [[2022]]", 0, "2022"),
    ("u07", "date", "the first half of 2024", 0, "2024-H1"),
    ("u07", "date", "in [[October]]", 0, "2024-10"),
    # money (bolivianos are BOB; "a ton" stays outside)
    ("u07", "money", "$1 billion", 0, M("1000000000", "USD")),
    ("u07", "money", "$1.03 billion", 0, M("1030000000", "USD")),
    ("u07", "money", "about 7 billion bolivianos", 0, M("7000000000", "BOB", "approx")),
    ("u07", "money", "$1.01 billion", 0, M("1010000000", "USD")),
    ("u07", "money", "$970 million", 0, M("970000000", "USD")),
    ("u07", "money", "about 980 million dollars", 0, M("980000000", "USD", "approx")),
    ("u07", "money", "around 75,000 yuan", 0, M("75000", "CNY", "approx")),
    ("u07", "money", "$10,350", 0, M("10350", "USD")),
    # quantities ("(603993.SS)": a stock code; "two ... plants": spelled-out; "an estimated": no
    # qualifier (v01); "20,000-ton-a-year": the rate stays outside (z07); "the world's largest": no
    # number)
    ("u07", "quantity", "up to 35,000 metric tons", 0, Q("35000", "t", "le")),
    ("u07", "quantity", "51%", 0, Q("51", "%")),
    ("u07", "quantity", "30-year", 0, Q("30", "year")),
    ("u07", "quantity", "23 million tons", 0, Q("23000000", "t")),
    ("u07", "quantity", "948 tons", 0, Q("948", "t")),
    ("u07", "quantity", "about 300 protesters", 0, Q("300", "protester", "approx")),
    ("u07", "quantity", "20,000-ton", 0, Q("20000", "t")),
    ("u07", "quantity", "8.5%", 0, Q("8.5", "%")),
    # organisations (CBC is the consortium's name; "CATL unit Brunp": two companies, as written;
    # "the legislature", "The upper house", "The state company", "the company": generic; Potosi
    # inside the civic committee's and Shanghai inside the price agency's names are not tagged)
    ("u07", "organisation", "CBC lithium", 0, O("CBC")),
    ("u07", "organisation", "(Reuters)", 0, O("Reuters")),
    ("u07", "organisation", "Chamber of Deputies", 0, O("Chamber of Deputies")),
    ("u07", "organisation", YLB, 0, O(YLB)),
    ("u07", "organisation", "([[YLB]])", 0, O(YLB)),
    ("u07", "organisation", CATL, 0, O(CATL)),
    ("u07", "organisation", "([[CATL]])", 0, O(CATL)),
    ("u07", "organisation", "the [[CBC]] consortium", 0, O("CBC")),
    ("u07", "organisation", "[[CATL]] unit", 0, O(CATL)),
    ("u07", "organisation", "Brunp", 0, O("Brunp")),
    ("u07", "organisation", "CMOC", 0, O("CMOC")),
    ("u07", "organisation", "[[YLB]] President", 0, O(YLB)),
    ("u07", "organisation", "[[YLB]] will hold", 0, O(YLB)),
    ("u07", "organisation", "Ministry of Hydrocarbons and Energy", 0, O("Ministry of Hydrocarbons and Energy")),
    ("u07", "organisation", "Uranium One Group", 0, O("Uranium One Group")),
    ("u07", "organisation", "deal with [[YLB]]", 0, O(YLB)),
    ("u07", "organisation", "Potosi Civic Committee", 0, O("Potosi Civic Committee")),
    ("u07", "organisation", "Ganfeng Lithium", 0, O("Ganfeng Lithium")),
    ("u07", "organisation", "[[Ganfeng]] invested", 0, O("Ganfeng Lithium")),
    ("u07", "organisation", "Codelco", 0, O("Codelco")),
    ("u07", "organisation", "Tianqi Lithium", 0, O("Tianqi Lithium")),
    ("u07", "organisation", "Shanghai Metals Market", 0, O("Shanghai Metals Market")),
    # places (the Uyuni and Pastos Grandes salt flats are natural features; "Potosi department",
    # "Salta province": the generic noun outside; "the city of Potosi": the city; Montevideo sits
    # in the reporting credit, which carries no facts)
    ("u07", "place", "[[Bolivia]]'s lawmakers", 0, BO),
    ("u07", "place", "[[Chinese]]-led", 0, CN),
    ("u07", "place", "LA PAZ", 0, CITY("La Paz", "BO")),
    ("u07", "place", "[[Bolivia]]'s Chamber", 0, BO),
    ("u07", "place", "led by [[China]]'s", 0, CN),
    ("u07", "place", "signed in [[La Paz]]", 0, CITY("La Paz", "BO")),
    ("u07", "place", "plants in [[Potosi]] department", 0, REG("Potosi", "BO")),
    ("u07", "place", "[[Bolivia]] holds", 0, BO),
    ("u07", "place", "Llipi", 0, CITY("Llipi", "BO")),
    ("u07", "place", "[[Russia]]'s Uranium", 0, C("Russia", "RU")),
    ("u07", "place", "Santa Cruz", 0, CITY("Santa Cruz", "BO")),
    ("u07", "place", "city of [[Potosi]]", 0, POTOSI_C),
    ("u07", "place", "neighboring [[Argentina]]", 0, C("Argentina", "AR")),
    ("u07", "place", "[[Chinese]] firm", 0, CN),
    ("u07", "place", "Salta", 0, REG("Salta", "AR")),
    ("u07", "place", "[[Argentine]] President", 0, C("Argentina", "AR")),
    ("u07", "place", "Mexico", 0, C("Mexico", "MX")),
    ("u07", "place", "[[Chile]]'s Codelco", 0, C("Chile", "CL")),
    ("u07", "place", "prices in [[China]]", 0, CN),
    # events ("approve", "approved": a decision; "clearing the way for construction", "to start",
    # "is expected to vote", "will produce", "expects": future; the 2023 contract's signing is told
    # in a participle ("signed in La Paz"), with YLB and the CBC consortium; "produced only 948
    # tons": a country's output figure (w03); "marched": no type; "inaugurated": the plant's
    # opening, the chief of staff standing for Argentina; "invested ... in the Mariana project": an
    # investment (w06); "nationalized", "have been in talks", "fell": no type)
    (
        "u07",
        "event",
        "contract, [[signed]] in La Paz",
        0,
        E("signing", "2023-09", "La Paz", [YLB, "CBC"], M("1030000000", "USD")),
    ),
    (
        "u07",
        "event",
        "One Group [[signed]]",
        0,
        E("signing", "2024-10-04", "Santa Cruz", ["Uranium One Group", YLB], M("970000000", "USD")),
    ),
    ("u07", "event", "inaugurated", 0, E("ceremony", "2024-11-19", "Salta", ["Ganfeng Lithium", "Argentina"])),
    (
        "u07",
        "event",
        "Ganfeng [[invested]]",
        0,
        E("investment", None, None, ["Ganfeng Lithium"], M("980000000", "USD", "approx")),
    ),
]

# ================================= u08 project tracker notes (compiled 15 May 2025)
KG = C("Kyrgyzstan", "KG")
A08 = [
    # dates ("as of Q1 2025": "as of" outside; "end-2024": the year, as "the end of 2023"; the
    # Contact and copyright lines are chrome; "Version 3.2", "rev. 2": identifiers)
    ("u08", "date", "15 May 2025", 0, "2025-05-15"),
    ("u08", "date", "Jul 2024", 0, "2024-07"),
    ("u08", "date", "Q1 2025", 0, "2025-Q1"),
    ("u08", "date", "12 Feb 2024", 0, "2024-02-12"),
    ("u08", "date", "Dec 2024", 0, "2024-12"),
    ("u08", "date", "3 Oct 2023", 0, "2023-10-03"),
    ("u08", "date", "1 Mar 2024", 0, "2024-03-01"),
    ("u08", "date", "Aug 2024", 0, "2024-08"),
    ("u08", "date", "3 Jan 2025", 0, "2025-01-03"),
    ("u08", "date", "26 Nov 2024", 0, "2024-11-26"),
    ("u08", "date", "end-2024", 0, "2024"),
    ("u08", "date", "Jun 2024", 0, "2024-06"),
    ("u08", "date", "Q3 2024", 0, "2024-Q3"),
    ("u08", "date", "January 2025", 0, "2025-01"),
    # money ("Est.", "est.": no qualifier, as "an estimated"; a range is one fact; "N" is the naira)
    ("u08", "money", "US$ 3.2-3.8 bn", 0, M("3200000000", "USD", None, "3800000000")),
    ("u08", "money", "CNY 1.1 bn", 0, M("1100000000", "CNY")),
    ("u08", "money", "USD 675 m", 0, M("675000000", "USD")),
    ("u08", "money", "KGS 4.2 bn", 0, M("4200000000", "KGS")),
    ("u08", "money", "Tk 540 crore", 0, M("5400000000", "BDT")),
    ("u08", "money", "NPR 47.7 bn", 0, M("47700000000", "NPR")),
    ("u08", "money", "US$ 3.7 bn", 0, M("3700000000", "USD")),
    ("u08", "money", "N 1.4 trillion", 0, M("1400000000000", "NGN")),
    ("u08", "money", "EUR 72m", 0, M("72000000", "EUR")),
    ("u08", "money", "HUF 29 bn", 0, M("29000000000", "HUF")),
    # quantities ("Kambarata-1", "Dushanbe-2", "Unit 1", "section 3", "21st", "berths 4-23":
    # names, identifiers and ranks; "two 150 MW units": the spelled-out count is not, the power
    # is; "bpd" folds the rate into the unit: barrels, as w06's "barrels a day")
    ("u08", "quantity", "1,860 MW", 0, Q("1860", "MW")),
    ("u08", "quantity", "150 MW", 0, Q("150", "MW")),
    ("u08", "quantity", "96 km", 0, Q("96", "km")),
    ("u08", "quantity", "9 km", 0, Q("9", "km")),
    ("u08", "quantity", "126 MW", 0, Q("126", "MW")),
    ("u08", "quantity", "200,000 bpd", 0, Q("200000", "barrel")),
    ("u08", "quantity", "99 years", 0, Q("99", "year")),
    ("u08", "quantity", "284 km", 0, Q("284", "km")),
    ("u08", "quantity", "80%", 0, Q("80", "%")),
    ("u08", "quantity", "100 MW", 0, Q("100", "MW")),
    # organisations (acronyms stay as written (NOTES): CCECC, ADB; "BRI Infrastructure Tracker" is
    # the dataset, "the tracker team" generic, "BRI Watch" in the copyright line chrome;
    # "Nigerian Federal Ministry of Transportation": one name, as "Chinese Foreign Ministry")
    ("u08", "organisation", "PowerChina", 0, O("PowerChina")),
    ("u08", "organisation", "TBEA Co., Ltd.", 0, O("TBEA Co., Ltd.")),
    ("u08", "organisation", "Almalyk MMC", 0, O("Almalyk MMC")),
    (
        "u08",
        "organisation",
        "China Nonferrous Metal Industry's Foreign Engineering and Construction Co., Ltd.",
        0,
        O("China Nonferrous Metal Industry's Foreign Engineering and Construction Co., Ltd."),
    ),
    (
        "u08",
        "organisation",
        "([[NFC]])",
        0,
        O("China Nonferrous Metal Industry's Foreign Engineering and Construction Co., Ltd."),
    ),
    ("u08", "organisation", "China Railway 21st Bureau Group", 0, O("China Railway 21st Bureau Group")),
    ("u08", "organisation", "ADB", 0, O("ADB")),
    ("u08", "organisation", "a [[CCECC]]-local", 0, O("CCECC")),
    ("u08", "organisation", "China Three Gorges Corporation", 0, O("China Three Gorges Corporation")),
    ("u08", "organisation", "([[CTGC]])", 0, O("China Three Gorges Corporation")),
    ("u08", "organisation", "Investment Board Nepal", 0, O("Investment Board Nepal")),
    ("u08", "organisation", "Sinopec", 0, O("Sinopec")),
    ("u08", "organisation", "Trafigura", 0, O("Trafigura")),
    ("u08", "organisation", "Mota-Engil", 0, O("Mota-Engil")),
    ("u08", "organisation", "284 km; [[CCECC]]", 0, O("CCECC")),
    (
        "u08",
        "organisation",
        "Nigerian Federal Ministry of Transportation",
        0,
        O("Nigerian Federal Ministry of Transportation"),
    ),
    ("u08", "organisation", "China Road and Bridge Corp.", 0, O("China Road and Bridge Corp.")),
    ("u08", "organisation", "Huawei", 0, O("Huawei")),
    ("u08", "organisation", "IMF", 0, O("IMF")),
    # places (section labels are text (w08); a town in a plant's, refinery's, port's or park's
    # name is tagged, as a port's city; places in road and line names count; the Naryn River and
    # the Lower Seti are rivers; Kambarata names the plant's gorge, no town)
    ("u08", "place", "Central Asia", 0, REG("Central Asia")),
    ("u08", "place", "HPP ([[Kyrgyzstan]])", 0, KG),
    ("u08", "place", "No [[Chinese]] financing", 0, CN),
    ("u08", "place", "Dushanbe", 0, CITY("Dushanbe", "TJ")),
    ("u08", "place", "Tajikistan", 0, C("Tajikistan", "TJ")),
    ("u08", "place", "Navoi", 0, CITY("Navoi", "UZ")),
    ("u08", "place", "Uzbekistan", 0, C("Uzbekistan", "UZ")),
    ("u08", "place", "Bishkek", 0, CITY("Bishkek", "KG")),
    ("u08", "place", "Osh", 0, CITY("Osh", "KG")),
    ("u08", "place", "section 3 ([[Kyrgyzstan]])", 0, KG),
    ("u08", "place", "[[Kyrgyz]] budget", 0, KG),
    ("u08", "place", "[[Chinese]] grant", 0, CN),
    ("u08", "place", "South Asia", 0, REG("South Asia")),
    ("u08", "place", "Mongla", 0, CITY("Mongla", "BD")),
    ("u08", "place", "Khulna", 0, CITY("Khulna", "BD")),
    ("u08", "place", "Bangladesh", 0, C("Bangladesh", "BD")),
    ("u08", "place", "Hydropower ([[Nepal]])", 0, C("Nepal", "NP")),
    ("u08", "place", "Hambantota", 0, CITY("Hambantota", "LK")),
    ("u08", "place", "Sri Lanka", 0, C("Sri Lanka", "LK")),
    ("u08", "place", "Colombo", 0, CITY("Colombo", "LK")),
    ("u08", "place", "\n[[Africa]]\n", 0, REG("Africa")),
    ("u08", "place", "Lobito", 0, CITY("Lobito", "AO")),
    ("u08", "place", "Angola", 0, C("Angola", "AO")),
    ("u08", "place", "NOT a [[Chinese]] project", 0, CN),
    ("u08", "place", "* [[Nigeria]] Kano", 0, C("Nigeria", "NG")),
    ("u08", "place", "Kano", 0, CITY("Kano", "NG")),
    ("u08", "place", "Maradi", 0, CITY("Maradi", "NE")),
    ("u08", "place", "Lamu", 0, CITY("Lamu", "KE")),
    ("u08", "place", "Kenya", 0, C("Kenya", "KE")),
    ("u08", "place", "\n[[Europe]]\n", 0, REG("Europe")),
    ("u08", "place", "Split", 0, CITY("Split", "HR")),
    ("u08", "place", "Croatia", 0, C("Croatia", "HR")),
    ("u08", "place", "Sajobabony", 0, CITY("Sajobabony", "HU")),
    ("u08", "place", "Hungary", 0, C("Hungary", "HU")),
    # events (terse notes: the bullet's parties take part; "Feasibility update", "financed by",
    # "excluded", "status proposed", "80% complete": no occurrence of a type or under way;
    # "commissioned": the unit's completion (z08), no party named for it; "groundbreaking", "Works
    # started": starts of building work; "MoU" with its date: a signing, the noun as trigger;
    # "investment agreement signed": a signing; "Opened": the spur's opening; "completed": a
    # completion; "delivered": a delivery of goods)
    (
        "u08",
        "event",
        "contract [[signed]] 12 Feb",
        0,
        E("signing", "2024-02-12", None, ["TBEA Co., Ltd."], M("1100000000", "CNY")),
    ),
    ("u08", "event", "commissioned", 0, E("construction", "2024-12", "Dushanbe")),
    (
        "u08",
        "event",
        "groundbreaking",
        0,
        E(
            "construction",
            "2023-10-03",
            "Navoi",
            ["Almalyk MMC", "China Nonferrous Metal Industry's Foreign Engineering and Construction Co., Ltd."],
        ),
    ),
    (
        "u08",
        "event",
        "Works [[started]]",
        0,
        E("construction", "2024-03-01", None, ["China Railway 21st Bureau Group"]),
    ),
    ("u08", "event", "Opened", 0, E("ceremony", "2024-08")),
    (
        "u08",
        "event",
        "MoU",
        0,
        E("signing", "2025-01-03", None, ["China Three Gorges Corporation", "Investment Board Nepal"]),
    ),
    (
        "u08",
        "event",
        "agreement [[signed]] in Colombo",
        0,
        E("signing", "2024-11-26", "Colombo", ["Sinopec"], M("3700000000", "USD")),
    ),
    (
        "u08",
        "event",
        "[[completed]] Jun 2024",
        0,
        E("construction", "2024-06", "Split", ["China Road and Bridge Corp."]),
    ),
    ("u08", "event", "delivered", 0, E("delivery", "2024-Q3", "Sajobabony", ["Huawei"])),
]

# ================================= u09 Arab News, Riyadh (Updated 08 July 2025)
SA = C("Saudi Arabia", "SA")
AE = C("UAE", "AE")
RUH = CITY("Riyadh", "SA")
AUH = CITY("Abu Dhabi", "AE")
ACWA = "ACWA Power"
SPPC = "Saudi Power Procurement Company"
CEEC = "China Energy Engineering Corporation"
MOE = "Ministry of Energy"
ADED = "Abu Dhabi Energy Dialogue"
A09 = [
    # dates ("earlier this year": span "this year" (z05); "by 2030": the year; the Follow and
    # copyright lines are chrome)
    ("u09", "date", "08 July 2025", 0, "2025-07-08"),
    ("u09", "date", "on [[Monday]]", 0, "2025-07-07"),
    ("u09", "date", "In [[May]]", 0, "2025-05"),
    ("u09", "date", "on [[Tuesday]]", 0, "2025-07-08"),
    ("u09", "date", "on [[June 26]] to", 0, "2025-06-26"),
    ("u09", "date", "June 25-26", 0, "2025-06-25/2025-06-26"),
    ("u09", "date", "the second half of 2027", 0, "2027-H2"),
    ("u09", "date", "this year", 0, "2025"),
    ("u09", "date", "by [[2030]]", 0, "2030"),
    ("u09", "date", "last year", 0, "2024"),
    ("u09", "date", "July 6", 0, "2025-07-06"),
    # money ("SR" is the riyal, SAR; "1.29 US cents": a US-dollar amount in cents, 0.0129 USD, the
    # rate "per kilowatt-hour" outside; "an estimated cost of": no qualifier)
    ("u09", "money", "SR12.4bn", 0, M("12400000000", "SAR")),
    ("u09", "money", "SR12.4 billion", 0, M("12400000000", "SAR")),
    ("u09", "money", "$3.3 billion", 0, M("3300000000", "USD")),
    ("u09", "money", "1.29 US cents", 0, M("0.0129", "USD")),
    ("u09", "money", "SR398.40", 0, M("398.40", "SAR")),
    ("u09", "money", "AED 22 billion", 0, M("22000000000", "AED")),
    # quantities ("three ... plants", "two wind farms", "six rounds": spelled-out; "Shuaibah 2": a
    # name; "the first 500 MW": "first" is no qualifier; "a year" outside)
    ("u09", "quantity", "5.5GW", 0, Q("5.5", "GW")),
    ("u09", "quantity", "5,500 megawatts", 0, Q("5500", "MW")),
    ("u09", "quantity", "2,000 MW", 0, Q("2000", "MW")),
    ("u09", "quantity", "1,400 MW", 0, Q("1400", "MW")),
    ("u09", "quantity", "600 MW", 0, Q("600", "MW")),
    ("u09", "quantity", "35 percent", 0, Q("35", "%")),
    ("u09", "quantity", "more than 15 GW", 0, Q("15", "GW", "gt")),
    ("u09", "quantity", "1,500 MW", 0, Q("1500", "MW")),
    ("u09", "quantity", "about 280,000 homes", 0, Q("280000", "home", "approx")),
    ("u09", "quantity", "2.8 million tons", 0, Q("2800000", "t")),
    ("u09", "quantity", "3.1 percent", 0, Q("3.1", "%")),
    ("u09", "quantity", "1.5 GW", 0, Q("1.5", "GW")),
    ("u09", "quantity", "12 GWh", 0, Q("12", "GWh")),
    ("u09", "quantity", "more than 10,000 jobs", 0, Q("10000", "job", "gt")),
    ("u09", "quantity", "first [[500 MW]]", 0, Q("500", "MW")),
    ("u09", "quantity", "200 electric buses", 0, Q("200", "bus")),
    ("u09", "quantity", "50 percent", 0, Q("50", "%")),
    ("u09", "quantity", "about 7 percent", 0, Q("7", "%", "approx")),
    ("u09", "quantity", "44.2 GW", 0, Q("44.2", "GW")),
    # organisations (the masthead is text; "Energy Minister", "UAE Minister of Industry and
    # Advanced Technology": titles naming no body; "the Kingdom", "The Kingdom's National Renewable
    # Energy Program": an anaphor and a programme; Saudi/Abu Dhabi inside names are not tagged)
    ("u09", "organisation", "ARAB NEWS", 0, O("Arab News")),
    ("u09", "organisation", "[[ACWA Power]] signs", 0, O(ACWA)),
    ("u09", "organisation", "RIYADH: [[ACWA Power]]", 0, O(ACWA)),
    ("u09", "organisation", SPPC, 0, O(SPPC)),
    ("u09", "organisation", "[[ACWA Power]] will hold", 0, O(ACWA)),
    ("u09", "organisation", "Public Investment Fund", 0, O("Public Investment Fund")),
    ("u09", "organisation", "([[PIF]])", 0, O("Public Investment Fund")),
    ("u09", "organisation", "[[ACWA Power]] chairman", 0, O(ACWA)),
    ("u09", "organisation", CEEC, 0, O(CEEC)),
    ("u09", "organisation", "([[CEEC]])", 0, O(CEEC)),
    ("u09", "organisation", "PowerChina", 0, O("PowerChina")),
    ("u09", "organisation", "May, [[CEEC]] completed", 0, O(CEEC)),
    ("u09", "organisation", "[[ACWA Power]]'s stock", 0, O(ACWA)),
    ("u09", "organisation", "Saudi Exchange", 0, O("Saudi Exchange")),
    ("u09", "organisation", "Dhabi's [[Masdar]] and", 0, O("Masdar")),
    ("u09", "organisation", "Jinko Power Technology", 0, O("Jinko Power Technology")),
    ("u09", "organisation", "[[Masdar]] chief", 0, O("Masdar")),
    ("u09", "organisation", "Yutong", 0, O("Yutong")),
    ("u09", "organisation", "Integrated Transport Centre", 0, O("Integrated Transport Centre")),
    ("u09", "organisation", MOE, 0, O(MOE)),
    # places (a town in a plant's name is tagged, as a port's city; "Jazan province", "the Al Ajban
    # area": generic nouns outside; Abu Dhabi inside the dialogue's name is not tagged)
    ("u09", "place", "[[Chinese]] EPC", 0, CN),
    ("u09", "place", "RIYADH", 0, RUH),
    ("u09", "place", "signed in [[Riyadh]]", 0, RUH),
    ("u09", "place", "MW [[Najran]] solar", 0, CITY("Najran", "SA")),
    ("u09", "place", "Ad Darb", 0, CITY("Ad Darb", "SA")),
    ("u09", "place", "Jazan", 0, REG("Jazan", "SA")),
    ("u09", "place", "Sufun", 0, CITY("Sufun", "SA")),
    ("u09", "place", "Hail", 0, CITY("Hail", "SA")),
    ("u09", "place", "Dawadmi", 0, CITY("Dawadmi", "SA")),
    ("u09", "place", "Shaqra", 0, CITY("Shaqra", "SA")),
    ("u09", "place", "the [[Najran]] plant", 0, CITY("Najran", "SA")),
    ("u09", "place", "Jeddah", 0, CITY("Jeddah", "SA")),
    ("u09", "place", "In the [[UAE]]", 0, AE),
    ("u09", "place", "[[Abu Dhabi]]'s Masdar", 0, AUH),
    ("u09", "place", "Al Ajban", 0, CITY("Al Ajban", "AE")),
    ("u09", "place", "signed in [[Abu Dhabi]] on", 0, AUH),
    ("u09", "place", "attended by [[UAE]] Minister", 0, AE),
    ("u09", "place", "to [[Abu Dhabi]]'s Integrated", 0, AUH),
    ("u09", "place", "Saudi Arabia", 0, SA),
    # summits
    ("u09", "summit", ADED, 0, S(ADED, "2025-06-25/2025-06-26", "Abu Dhabi")),
    # events (the headline "signs" anchors the PPAs' signing ("The agreements, signed" is the same
    # occurrence); the Energy Minister stands for the Ministry of Energy the document names
    # (extra5); the UAE minister's title names no body, so he stands for the UAE; "completed":
    # the plant's completion; "delivered": goods to a buyer; "would go", "will hold", "will
    # supply", "would create", "would be connected", "aims": future; "have already built more than
    # 15 GW", "has so far tendered": tallies; "rose", "was set": figures)
    (
        "u09",
        "event",
        "Power [[signs]]",
        0,
        E("signing", "2025-07-07", "Riyadh", [ACWA, SPPC, MOE], M("12400000000", "SAR")),
    ),
    ("u09", "event", "CEEC [[completed]]", 0, E("construction", "2025-05", None, [CEEC])),
    (
        "u09",
        "event",
        "Technology [[signed]]",
        0,
        E("signing", "2025-06-26", "Abu Dhabi", ["Masdar", "Jinko Power Technology", "UAE"], M("22000000000", "AED")),
    ),
    (
        "u09",
        "event",
        "Yutong [[delivered]]",
        0,
        E("delivery", "2025", None, ["Yutong", "Integrated Transport Centre"], Q("200", "bus")),
    ),
]

# ================================= u10 Hajdu Online, translated (2025. 05. 22. 08:15)
HU = C("Hungary", "HU")
RS = C("Serbia", "RS")
BUD = CITY("Budapest", "HU")
DEB = CITY("Debrecen", "HU")
KELEBIA = CITY("Kelebia", "HU")
CATLN = "Contemporary Amperex Technology Co., Limited"
MFAT = "Ministry of Foreign Affairs and Trade"
CRE = "CRE Consortium"
CRI = "China Railway International"
CCCCO = "China Communications Construction Company"
SRI = "Serbian Railways Infrastructure"
A10 = [
    # dates (the Hungarian header "2025. 05. 22. 08:15" is one date and time; "three months": a
    # spelled-out duration; the Share line and the footer are chrome)
    ("u10", "date", "2025. 05. 22. 08:15", 0, "2025-05-22T08:15"),
    ("u10", "date", "from [[September]]", 0, "2025-09"),
    ("u10", "date", "in [[September]],", 0, "2025-09"),
    ("u10", "date", "on [[Wednesday]]", 0, "2025-05-21"),
    ("u10", "date", "14 March", 0, "2025-03-14"),
    ("u10", "date", "October 2024", 0, "2024-10"),
    ("u10", "date", "on [[Monday]]", 0, "2025-05-19"),
    ("u10", "date", "in [[2022]]", 0, "2022"),
    ("u10", "date", "the end of 2027", 0, "2027"),
    ("u10", "date", "18 May", 0, "2025-05-18"),
    ("u10", "date", "the first quarter of 2026", 0, "2026-Q1"),
    ("u10", "date", "on [[Tuesday]]", 0, "2025-05-20"),
    ("u10", "date", "in [[June]]", 0, "2025-06"),
    ("u10", "date", "last year", 0, "2024"),
    # money
    ("u10", "money", "HUF 750 billion", 0, M("750000000000", "HUF")),
    ("u10", "money", "around RSD 245 billion", 0, M("245000000000", "RSD", "approx")),
    ("u10", "money", "EUR 7.34 billion", 0, M("7340000000", "EUR")),
    ("u10", "money", "HUF 32 billion", 0, M("32000000000", "HUF")),
    ("u10", "money", "16 billion euros", 0, M("16000000000", "EUR")),
    # quantities ("a year", "per day" outside; "more than half": no number; "its first cells": no
    # number)
    ("u10", "quantity", "160 km/h", 0, Q("160", "km/h")),
    ("u10", "quantity", "152-kilometre", 0, Q("152", "km")),
    ("u10", "quantity", "85 percent", 0, Q("85", "%")),
    ("u10", "quantity", "20-year", 0, Q("20", "year")),
    ("u10", "quantity", "under 3.5 hours", 0, Q("3.5", "hour", "lt")),
    ("u10", "quantity", "108 km", 0, Q("108", "km")),
    ("u10", "quantity", "221-hectare", 0, Q("221", "ha")),
    ("u10", "quantity", "100 GWh", 0, Q("100", "GWh")),
    ("u10", "quantity", "1,200 people", 0, Q("1200", "person")),
    ("u10", "quantity", "about 9,000 jobs", 0, Q("9000", "job", "approx")),
    ("u10", "quantity", "2,400 cubic metres", 0, Q("2400", "m3")),
    ("u10", "quantity", "300 engineers", 0, Q("300", "engineer")),
    # organisations (the masthead is text, the footer chrome; "Minister of Foreign Affairs and
    # Trade", "Serbian Minister of Construction, Transport and Infrastructure": titles; the CRE
    # Consortium and its two members are three names; "The company", "the university's": generic;
    # "Belt and Road working group": an unnamed body; BYD and BYD Europe are taken as written)
    ("u10", "organisation", "Hajdu Online", 0, O("Hajdu Online")),
    ("u10", "organisation", "[[CATL]]'s Debrecen", 0, O(CATLN)),
    ("u10", "organisation", CRE, 0, O(CRE)),
    (
        "u10",
        "organisation",
        "China Railway Electrification Engineering Group",
        0,
        O("China Railway Electrification Engineering Group"),
    ),
    ("u10", "organisation", "China Railway Group Limited", 0, O("China Railway Group Limited")),
    ("u10", "organisation", "Export-Import Bank of China", 0, O("Export-Import Bank of China")),
    ("u10", "organisation", "the [[Ministry of Foreign Affairs and Trade]] said", 0, O(MFAT)),
    ("u10", "organisation", CRI, 0, O(CRI)),
    ("u10", "organisation", CCCCO, 0, O(CCCCO)),
    ("u10", "organisation", SRI, 0, O(SRI)),
    ("u10", "organisation", CATLN, 0, O(CATLN)),
    ("u10", "organisation", "([[CATL]])", 0, O(CATLN)),
    ("u10", "organisation", "car maker [[BYD]]", 0, O("BYD")),
    ("u10", "organisation", "University of Szeged", 0, O("University of Szeged")),
    ("u10", "organisation", "BYD Europe", 0, O("BYD Europe")),
    # places ("Translated from Hungarian": the language, no place; "Ferenc Buda": a person named
    # like a place; "Mikepercs village": the generic noun outside; "the two capitals": no name;
    # places in the line's and the section's names count; Serbian/Szeged/China inside names are not)
    ("u10", "place", "[[Budapest]]-Belgrade line", 0, BUD),
    ("u10", "place", "Budapest-[[Belgrade]] line", 0, CITY("Belgrade", "RS")),
    ("u10", "place", "CATL's [[Debrecen]]", 0, DEB),
    ("u10", "place", "The [[Hungarian]] section", 0, HU),
    ("u10", "place", "the [[Budapest]]-Belgrade railway", 0, BUD),
    ("u10", "place", "Budapest-[[Belgrade]] railway", 0, CITY("Belgrade", "RS")),
    ("u10", "place", "in [[Kelebia]] on", 0, KELEBIA),
    ("u10", "place", "[[Chinese]] Ambassador", 0, CN),
    ("u10", "place", "Soroksar", 0, CITY("Soroksar", "HU")),
    ("u10", "place", "and [[Kelebia]], carried", 0, KELEBIA),
    ("u10", "place", "the [[Serbian]] side", 0, RS),
    ("u10", "place", "Novi Sad", 0, CITY("Novi Sad", "RS")),
    ("u10", "place", "Subotica", 0, CITY("Subotica", "RS")),
    ("u10", "place", "[[Serbian]] Minister", 0, RS),
    ("u10", "place", "the [[Serbian]] section", 0, RS),
    ("u10", "place", "In [[Debrecen]]", 0, DEB),
    ("u10", "place", "The [[Hungarian]] government", 0, HU),
    ("u10", "place", "[[Debrecen]] mayor", 0, DEB),
    ("u10", "place", "Mikepercs", 0, CITY("Mikepercs", "HU")),
    ("u10", "place", "The [[Chinese]] car maker", 0, CN),
    ("u10", "place", "whose [[Szeged]] plant", 0, CITY("Szeged", "HU")),
    ("u10", "place", "[[Hungary]] and China will", 0, HU),
    ("u10", "place", "Hungary and [[China]] will", 0, CN),
    ("u10", "place", "in [[Budapest]] in June", 0, BUD),
    ("u10", "place", "[[Chinese]] direct", 0, CN),
    ("u10", "place", "in [[Hungary]] reached", 0, HU),
    # events (the headline "trial production" anchors the first cells' production ("produced its
    # first cells" is the same occurrence), an output milestone as NOTES' first truck; the minister
    # stands for the ministry the document names (extra5), the Ambassador for China; "Track laying
    # was completed": a building milestone of the consortium's works; the Serbian section "built
    # by" and "handed over" in October 2024: one completion, the receiving company joining the
    # builders; the signing's attendees join it; "will open", "will fall", "will reach", "will be
    # created", "is due to start", "will hold": future; "was financed", "granted ... support":
    # financing; "has invested": a running total (w04); "held a protest": no type; "cost",
    # "reached": figures; "announced": the telling)
    ("u10", "event", "trial production", 0, E("production", "2025-05-19", "Debrecen", [CATLN])),
    ("u10", "event", "after [[talks]]", 0, E("meeting", "2025-05-21", "Kelebia", [MFAT, "China"])),
    ("u10", "event", "was [[completed]] on 14 March", 0, E("construction", "2025-03-14", None, [CRE])),
    ("u10", "event", "section, [[built]] by", 0, E("construction", "2024-10", None, [CRI, CCCCO, SRI])),
    (
        "u10",
        "event",
        "BYD, whose Szeged plant is due to start production in the first quarter of 2026, [[signed]]",
        0,
        E("signing", "2025-05-20", None, ["BYD", "University of Szeged", "BYD Europe"]),
    ),
]


ANNOTATIONS = A01 + A02 + A03 + A04 + A05 + A06 + A07 + A08 + A09 + A10


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "u*.txt")
