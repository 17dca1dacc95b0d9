#!/usr/bin/env python3
"""Build tests/data/extra12/gold.jsonl from hand annotations of the p*.txt documents here.

The three documents are invented but realistic Belt and Road news texts (a Daily Sabah story
on the Kars-Iğdır-Nakhchivan railway with TL/lira/rial amounts and an Iranian connecting line,
a VnExpress story on a delayed Chinese-built power plant with VND/dong amounts and Hanoi's metro,
a Times of Zambia story on the Chingola-Solwezi road groundbreaking with kwacha amounts and
CNMC's copper output) written BLIND: annotated from shared/gold/NOTES.md and shared/spec/facts.md alone,
without running bri_corpus on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the
calls recorded in tests/data/extra3 ... extra11/make_gold.py; the comments record the
calls NOTES leaves open.  Calls made for the first time in this set:
  - a header date and time joined by a dash ("May 14, 2025 - 11:42 am GMT+3") is one date
    and time, as a comma-joined one (extra5); the time zone stays outside;
  - "liras" / "TL" -> TRY, "rials" -> IRR;
  - a railway named after towns tags each town (extra6/extra8 calls for lines); the Nakhchivan
    exclave is a region of Azerbaijan;
  - a city's municipality ("Kars Municipality") is an organisation, its town not tagged (flat);
  - "allocated" budget money: financing, no event type (x07's "extended"/"lent").
  - "built by" a contractor at a stated cost, with no completion date told: a construction
    occurrence without date, apart from the dated "work began" (extra4/extra7/extra10);
  - output "produced since February" (a running total from a month): production without a
    point date, the output its amount;
  - a provincial minister and a mayor attending a groundbreaking add no party beyond the country
    the President already stands for;
  - "K" before an amount in a Zambian paper is the kwacha (ZMW); "74 people" -> unit "person";
  - (the brief asked for five documents; p04 (Gulf wire) and p05 (China Daily feature) were not
    written in the time given.)
Run:  python3 tests/data/extra12/make_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= p01 Daily Sabah, Türkiye/Iran (May 14, 2025, a Wednesday)
TR = C("Türkiye", "TR")
IR = C("Iran", "IR")
KARS = CITY("Kars", "TR")
IGDIR = CITY("Iğdır", "TR")
NAKH = REG("Nakhchivan", "AZ")
CEXIM = "Export-Import Bank of China"
MOTI = "Ministry of Transport and Infrastructure"
CRCC = "China Railway Construction Corporation"
TCDD = "Turkish State Railways"
RAI = "Islamic Republic of Iran Railways"
TURKSTAT = "Turkish Statistical Institute"
TCBF = "Türkiye-China Business Forum"
A01 = [
    # dates (the header date and time joined by a dash is one fact, the zone outside; "2053" inside
    # the plan's name; "last week" -> the ISO week before the report's; "last year" -> 2024; the
    # Related line and the copyright line are chrome)
    ("p01", "date", "May 14, 2025 - 11:42 am", 0, "2025-05-14T11:42"),
    ("p01", "date", "on [[Tuesday]] inked", 0, "2025-05-13"),
    ("p01", "date", "May 13", 0, "2025-05-13"),
    ("p01", "date", "the second half of the year", 0, "2025-H2"),
    ("p01", "date", "in [[2029]]", 0, "2029"),
    ("p01", "date", "since [[2006]]", 0, "2006"),
    ("p01", "date", "on [[Monday]]", 0, "2025-05-12"),
    ("p01", "date", "last week", 0, "2025-W19"),
    ("p01", "date", "March 2026", 0, "2026-03"),
    ("p01", "date", "in [[2024]]", 0, "2024"),
    ("p01", "date", "last year", 0, "2024"),
    ("p01", "date", "from [[2023]]", 0, "2023"),
    ("p01", "date", "in [[June]]", 0, "2025-06"),
    # money (TL / liras -> TRY, rials -> IRR)
    ("p01", "money", "up to $2.1 billion", 0, M("2100000000", "USD", "le")),
    ("p01", "money", "TL 78 billion", 0, M("78000000000", "TRY")),
    ("p01", "money", "about $2.4 billion", 0, M("2400000000", "USD", "approx")),
    ("p01", "money", "850 million liras", 0, M("850000000", "TRY")),
    ("p01", "money", "14 trillion rials", 0, M("14000000000000", "IRR")),
    ("p01", "money", "about $23 million", 0, M("23000000", "USD", "approx")),
    ("p01", "money", "$44.9 billion", 0, M("44900000000", "USD")),
    # quantities ("a year" outside (w-call); "first phase" a rank; "2053" a name; the Related line's
    # "10 million tons" and the phone number are chrome)
    ("p01", "quantity", "224-kilometer", 0, Q("224", "km")),
    ("p01", "quantity", "some 300 companies", 0, Q("300", "company", "approx")),
    ("p01", "quantity", "5.5 million tons", 0, Q("5500000", "t")),
    ("p01", "quantity", "500,000 passengers", 0, Q("500000", "passenger")),
    ("p01", "quantity", "up to 160 km/h", 0, Q("160", "km/h", "le")),
    ("p01", "quantity", "62-kilometer", 0, Q("62", "km")),
    ("p01", "quantity", "at least 40%", 0, Q("40", "%", "ge")),
    ("p01", "quantity", "2 million tonnes", 0, Q("2000000", "t")),
    ("p01", "quantity", "some 1,200 block trains", 0, Q("1200", "train", "approx")),
    ("p01", "quantity", "18%", 0, Q("18", "%")),
    # organisations (masthead as w05; "Deputy Minister of Transport and Infrastructure" and "Roads and
    # Urban Development Minister" are titles naming no body (extra5), the Ministry is named apart;
    # "the government" generic; the plan is a programme; the copyright's Turkuvaz is chrome)
    ("p01", "organisation", "DAILY SABAH", 0, O("Daily Sabah")),
    ("p01", "organisation", CEXIM, 0, O(CEXIM)),
    ("p01", "organisation", "China Exim Bank", 0, O(CEXIM)),
    ("p01", "organisation", MOTI, 0, O(MOTI)),
    ("p01", "organisation", CRCC, 0, O(CRCC)),
    ("p01", "organisation", "(CRCC)", 0, O(CRCC)),
    ("p01", "organisation", "[[CRCC]] regional", 0, O(CRCC)),
    ("p01", "organisation", "Cengiz İnşaat", 0, O("Cengiz İnşaat")),
    ("p01", "organisation", TCDD, 0, O(TCDD)),
    ("p01", "organisation", "(TCDD)", 0, O(TCDD)),
    ("p01", "organisation", "Kars Municipality", 0, O("Kars Municipality")),
    ("p01", "organisation", RAI, 0, O(RAI)),
    ("p01", "organisation", "(RAI)", 0, O(RAI)),
    ("p01", "organisation", TURKSTAT, 0, O(TURKSTAT)),
    ("p01", "organisation", "TurkStat", 0, O(TURKSTAT)),
    ("p01", "organisation", "[[RAI]] and TCDD", 0, O(RAI)),
    ("p01", "organisation", "RAI and [[TCDD]]", 0, O(TCDD)),
    # places ("Mehmet Sivas" is a person; the dateline is text; towns in the railways' names are
    # tagged; "the capital", "the country" anaphors; the Middle Corridor is a route)
    ("p01", "place", "[[Türkiye]], China sign", 0, TR),
    ("p01", "place", "Türkiye, [[China]] sign", 0, CN),
    ("p01", "place", "[[Kars]]-Iğdır", 0, KARS),
    ("p01", "place", "Kars-[[Iğdır]]", 0, IGDIR),
    ("p01", "place", "Iğdır-[[Nakhchivan]]", 0, NAKH),
    ("p01", "place", "ISTANBUL", 0, CITY("Istanbul", "TR")),
    ("p01", "place", "[[Türkiye]] and China on", 0, TR),
    ("p01", "place", "Türkiye and [[China]] on", 0, CN),
    ("p01", "place", "[[Kars]]-Iğdır", 1, KARS),
    ("p01", "place", "Kars-[[Iğdır]]", 1, IGDIR),
    ("p01", "place", "Iğdır-[[Nakhchivan]]", 1, NAKH),
    ("p01", "place", "[[Asia]] and", 0, REG("Asia")),
    ("p01", "place", "Europe", 0, REG("Europe")),
    ("p01", "place", "Ankara", 0, CITY("Ankara", "TR")),
    ("p01", "place", "between [[Kars]] and", 0, KARS),
    ("p01", "place", "Tuzluca", 0, CITY("Tuzluca", "TR")),
    ("p01", "place", "link [[Kars]]", 0, KARS),
    ("p01", "place", "to [[Nakhchivan]] and", 0, NAKH),
    ("p01", "place", "Azerbaijan", 0, C("Azerbaijan", "AZ")),
    ("p01", "place", "Central Asia", 0, REG("Central Asia")),
    ("p01", "place", "[[Turkish]] contractors", 0, TR),
    ("p01", "place", "in [[Türkiye]] since", 0, TR),
    ("p01", "place", "visited [[Kars]]", 0, KARS),
    ("p01", "place", "[[Iranian]] side", 0, IR),
    ("p01", "place", "Tehran", 0, CITY("Tehran", "IR")),
    ("p01", "place", "Marand", 0, CITY("Marand", "IR")),
    ("p01", "place", "Cheshmeh Soraya", 0, CITY("Cheshmeh Soraya", "IR")),
    ("p01", "place", "[[Nakhchivan]] border", 0, NAKH),
    ("p01", "place", "between [[Türkiye]] and", 0, TR),
    ("p01", "place", "and [[China]] reached", 0, CN),
    ("p01", "place", "in [[Van]] in", 0, CITY("Van", "TR")),
    # summits
    ("p01", "summit", TCBF, 0, S(TCBF, "2025-05-13", "Ankara")),
    # events (the headline "sign" anchors the signing ("inked", "was signed" the same occurrence); the
    # headline country pair joins the body's parties (extra6), Kaya stands for his named Ministry
    # (extra5), the loan its amount; "visited" with "to inspect": one visit; "will spend", "plans to
    # move", "due to meet": future; "allocated": financing, no type; "reached", "crossed": figures)
    ("p01", "event", "sign", 0, E("signing", "2025-05-13", "Ankara", ["Türkiye", "China", CEXIM, MOTI],
                                  M("2100000000", "USD", "le"))),
    ("p01", "event", "visited", 0, E("visit", "2025-05-12", "Kars", [CRCC, TCDD])),
]

# ================================= p02 VnExpress International, Vietnam (Sunday, 10/8/2025 = 10 August 2025)
VN = C("Vietnam", "VN")
CAMPHA = CITY("Cam Pha", "VN")
HANOI = CITY("Hanoi", "VN")
EVN = "Vietnam Electricity"
CEEC = "China Energy Engineering Corporation"
EVNNPT = "National Power Transmission Corporation"
ICBC = "Industrial and Commercial Bank of China"
HMC = "Hanoi Metro Company"
A02 = [
    # dates (VnExpress writes day/month/year; the weekday, date and time of the header are one fact;
    # "December that year" -> 2019-12 (the anaphor gives the year); "three years behind schedule" and
    # "a decade" are durations; the Related line and the copyright line are chrome)
    ("p02", "date", "Sunday, 10/8/2025, 09:30", 0, "2025-08-10T09:30"),
    ("p02", "date", "on [[Saturday]]", 0, "2025-08-09"),
    ("p02", "date", "March 2019", 0, "2019-03"),
    ("p02", "date", "December that year", 0, "2019-12"),
    ("p02", "date", "the fourth quarter of 2022", 0, "2022-Q4"),
    ("p02", "date", "Since [[February]]", 0, "2025-02"),
    ("p02", "date", "Sept. 2", 0, "2025-09-02"),
    ("p02", "date", "on [[Wednesday]]", 0, "2025-08-06"),
    ("p02", "date", "November 2021", 0, "2021-11"),
    ("p02", "date", "Dec. 19", 0, "2025-12-19"),
    ("p02", "date", "on [[Friday]]", 0, "2025-08-08"),
    # money ("nearly" -> lt; "an estimated cost of" sets no qualifier; "dong" -> VND)
    ("p02", "money", "nearly VND 42 trillion", 0, M("42000000000000", "VND", "lt")),
    ("p02", "money", "$1.6 billion", 0, M("1600000000", "USD")),
    ("p02", "money", "$1.45 billion", 0, M("1450000000", "USD")),
    ("p02", "money", "some 1.2 trillion dong", 0, M("1200000000000", "VND", "approx")),
    ("p02", "money", "$980 million", 0, M("980000000", "USD")),
    ("p02", "money", "VND 18 trillion", 0, M("18000000000000", "VND")),
    ("p02", "money", "$8.4 billion", 0, M("8400000000", "USD")),
    # quantities ("Cam Pha 3", "Line 2A", "Covid-19": names; "80 millionth" a rank; "two 600 MW units":
    # the spelled-out count is none, "600 MW" is; "a day" outside (w-call); hotline chrome)
    ("p02", "quantity", "1,200 MW", 0, Q("1200", "MW")),
    ("p02", "quantity", "about 180 km", 0, Q("180", "km", "approx")),
    ("p02", "quantity", "600 MW", 0, Q("600", "MW")),
    ("p02", "quantity", "2.3 billion kWh", 0, Q("2300000000", "kWh")),
    ("p02", "quantity", "about 1.5 million households", 0, Q("1500000", "household", "approx")),
    ("p02", "quantity", "30%", 0, Q("30", "%")),
    ("p02", "quantity", "220 kV", 0, Q("220", "kV")),
    ("p02", "quantity", "13-kilometer", 0, Q("13", "km")),
    ("p02", "quantity", "around 35,000 passengers", 0, Q("35000", "passenger", "approx")),
    ("p02", "quantity", "390-kilometer", 0, Q("390", "km")),
    ("p02", "quantity", "14 Chinese and Vietnamese firms", 0, Q("14", "firm")),
    # organisations (masthead as w05; "Deputy Prime Minister" names no body; "The government" generic;
    # the places inside the companies' names are not tagged; Related/copyright chrome)
    ("p02", "organisation", "VnExpress International", 0, O("VnExpress International")),
    ("p02", "organisation", EVN, 0, O(EVN)),
    ("p02", "organisation", "(EVN)", 0, O(EVN)),
    ("p02", "organisation", CEEC, 0, O(CEEC)),
    ("p02", "organisation", "(CEEC)", 0, O(CEEC)),
    ("p02", "organisation", "[[EVN]] and CEEC", 0, O(EVN)),
    ("p02", "organisation", "EVN and [[CEEC]]", 0, O(CEEC)),
    ("p02", "organisation", EVNNPT, 0, O(EVNNPT)),
    ("p02", "organisation", "(EVNNPT)", 0, O(EVNNPT)),
    ("p02", "organisation", ICBC, 0, O(ICBC)),
    ("p02", "organisation", "(ICBC)", 0, O(ICBC)),
    ("p02", "organisation", "the [[Bank of China]],", 0, O("Bank of China")),
    ("p02", "organisation", "Ministry of Finance", 0, O("Ministry of Finance")),
    ("p02", "organisation", "with [[EVN]] covering", 0, O(EVN)),
    ("p02", "organisation", "urging [[CEEC]]", 0, O(CEEC)),
    ("p02", "organisation", HMC, 0, O(HMC)),
    ("p02", "organisation", "(HMC)", 0, O(HMC)),
    ("p02", "organisation", "[[HMC]] director", 0, O(HMC)),
    ("p02", "organisation", "Ministry of Construction", 0, O("Ministry of Construction")),
    # places (the town in the plant's name is tagged (extra6), as are the towns in the railway's name;
    # "Chinese-built", "Chinese contractor/engineers/loans" stand for Chinese companies; "Thanh Lam"
    # is a person; Laos in the Related line is chrome)
    ("p02", "place", "[[Chinese]]-built Cam", 0, CN),
    ("p02", "place", "built [[Cam Pha]] 3", 0, CAMPHA),
    ("p02", "place", "MW [[Cam Pha]] 3", 0, CAMPHA),
    ("p02", "place", "Quang Ninh", 0, REG("Quang Ninh", "VN")),
    ("p02", "place", "a [[Chinese]] contractor", 0, CN),
    ("p02", "place", "in [[Cam Pha]], about", 0, CAMPHA),
    ("p02", "place", "of [[Hanoi]].", 0, HANOI),
    ("p02", "place", "[[Chinese]] engineers", 0, CN),
    ("p02", "place", "[[Cam Pha]] 3 has", 0, CAMPHA),
    ("p02", "place", "In [[Hanoi]], the", 0, HANOI),
    ("p02", "place", "the [[Chinese]]-built metro", 0, CN),
    ("p02", "place", "[[Vietnam]]'s first", 0, VN),
    ("p02", "place", "Lao Cai", 0, CITY("Lao Cai", "VN")),
    ("p02", "place", "Lao Cai-[[Hanoi]]-Hai", 0, HANOI),
    ("p02", "place", "Hai Phong", 0, CITY("Hai Phong", "VN")),
    ("p02", "place", "[[Chinese]] loans", 0, CN),
    ("p02", "place", "14 [[Chinese]] and", 0, CN),
    ("p02", "place", "[[Vietnamese]] firms", 0, VN),
    # events (the headline "inaugurated" anchors the ceremony ("attended the ceremony" the same); the
    # Deputy Prime Minister stands for his country (no ministry named); "built by" with its cost: the
    # completed building work (extra7/extra10), its builder the Chinese contractor told as CEEC, no date
    # told; "work began": a second construction occurrence (w-call); "has produced" output since the
    # first unit fed the grid: production without a point date; "financed", "guaranteed": financing, no
    # type; "carried its 80 millionth passenger": a figure; "is planned", "to be built": future)
    ("p02", "event", "inaugurated", 0, E("ceremony", "2025-08-09", "Cam Pha", ["Vietnam", EVN, CEEC])),
    ("p02", "event", "[[built]] by a", 0, E("construction", None, "Cam Pha", [CEEC],
                                      M("42000000000000", "VND", "lt"))),
    ("p02", "event", "signed", 0, E("signing", "2019-03", None, [EVN, CEEC], M("1450000000", "USD"))),
    ("p02", "event", "began", 0, E("construction", "2019-12", "Cam Pha")),
    ("p02", "event", "produced", 0, E("production", None, "Cam Pha", None, Q("2300000000", "kWh"))),
    ("p02", "event", "opened", 0, E("ceremony", "2021-11", "Hanoi")),
]

# ================================= p03 Times of Zambia (Thursday, March 6, 2025)
ZM = C("Zambia", "ZM")
CHINGOLA = CITY("Chingola", "ZM")
SOLWEZI = CITY("Solwezi", "ZM")
LUSAKA = CITY("Lusaka", "ZM")
CJIC = "China Jiangxi Corporation for International Economic and Technical Cooperation"
RDA = "Road Development Agency"
CNMC = "China Nonferrous Metal Mining (Group) Co., Ltd."
CLM = "CNMC Luanshya Copper Mines"
A03 = [
    # dates ("November 18 last year" one fact, as r04's "November last year"; "to date" a bare adverb;
    # "over 22 years" a duration (a quantity); the copyright line is chrome)
    ("p03", "date", "Thursday, March 6, 2025", 0, "2025-03-06"),
    ("p03", "date", "yesterday", 0, "2025-03-05"),
    ("p03", "date", "in [[2024]].", 0, "2024"),
    ("p03", "date", "November 18 last year", 0, "2024-11-18"),
    ("p03", "date", "June 2023", 0, "2023-06"),
    ("p03", "date", "December 2026", 0, "2026-12"),
    ("p03", "date", "on [[Tuesday]]", 0, "2025-03-04"),
    ("p03", "date", "by [[2031]]", 0, "2031"),
    ("p03", "date", "the first nine months of 2024", 0, "2024-01/2024-09"),
    ("p03", "date", "by [[2031]]", 1, "2031"),
    # money ("K" before an amount in a Zambian paper is the kwacha, ZMW)
    ("p03", "money", "K8.6bn", 0, M("8600000000", "ZMW")),
    ("p03", "money", "K8.6 billion", 0, M("8600000000", "ZMW")),
    ("p03", "money", "about US$310 million", 0, M("310000000", "USD", "approx")),
    ("p03", "money", "K450 million", 0, M("450000000", "ZMW")),
    ("p03", "money", "K3.2 million", 0, M("3200000", "ZMW")),
    ("p03", "money", "about US$3.5 billion", 0, M("3500000000", "USD", "approx")),
    # quantities ("a day"/"a year" outside (w-call); "stock code 1258" an identifier; "three million
    # tonnes": spelled out with a physical unit, a quantity (NOTES' eight-tonne); "first 82 km section":
    # "first" a rank; the phone number is chrome)
    ("p03", "quantity", "245-kilometre", 0, Q("245", "km")),
    ("p03", "quantity", "more than 3,000 trucks", 0, Q("3000", "truck", "gt")),
    ("p03", "quantity", "22 years", 0, Q("22", "year")),
    ("p03", "quantity", "1,500 jobs", 0, Q("1500", "job")),
    ("p03", "quantity", "74 people", 0, Q("74", "person")),
    ("p03", "quantity", "82 km", 0, Q("82", "km")),
    ("p03", "quantity", "Some 600 households", 0, Q("600", "household", "approx")),
    ("p03", "quantity", "at least 20 percent", 0, Q("20", "%", "ge")),
    ("p03", "quantity", "2,000 desks", 0, Q("2000", "desk")),
    ("p03", "quantity", "300,000 tonnes", 0, Q("300000", "t")),
    ("p03", "quantity", "41,200 tonnes", 0, Q("41200", "t")),
    ("p03", "quantity", "12 percent", 0, Q("12", "%")),
    ("p03", "quantity", "three million tonnes", 0, Q("3000000", "t")),
    # organisations (masthead as w05; "HH" is the President; "PPP" is a scheme; "Minister of
    # Infrastructure, Housing and Urban Development" and "Mines and Minerals Development Minister" are
    # titles naming no body (extra5); CNMC and its listed subsidiary are two organisations, taken as
    # written (NOTES' CETC International); Luanshya inside the subsidiary's name is not tagged)
    ("p03", "organisation", "Times of Zambia", 0, O("Times of Zambia")),
    ("p03", "organisation", CJIC, 0, O(CJIC)),
    ("p03", "organisation", "(CJIC)", 0, O(CJIC)),
    ("p03", "organisation", "PPP, [[CJIC]] will", 0, O(CJIC)),
    ("p03", "organisation", RDA, 0, O(RDA)),
    ("p03", "organisation", "(RDA)", 0, O(RDA)),
    ("p03", "organisation", "with [[CJIC]] in", 0, O(CJIC)),
    ("p03", "organisation", "[[RDA]] director", 0, O(RDA)),
    ("p03", "organisation", "ceremony, [[CJIC]] handed", 0, O(CJIC)),
    ("p03", "organisation", CNMC, 0, O(CNMC)),
    ("p03", "organisation", "(CNMC)", 0, O(CNMC)),
    ("p03", "organisation", "[[CNMC]]'s Zambian", 0, O(CNMC)),
    ("p03", "organisation", CLM, 0, O(CLM)),
    ("p03", "organisation", "Zambia Chamber of Mines", 0, O("Zambia Chamber of Mines")),
    # places (towns in the road's name are tagged (extra8); "Copperbelt" and "Copperbelt Province" are
    # the province, names as written; "Mr Kitwe Sikazwe" is a person named like a town; the Related
    # line's gorge is chrome)
    ("p03", "place", "[[Chingola]]-Solwezi road", 0, CHINGOLA),
    ("p03", "place", "Chingola-[[Solwezi]] road", 0, SOLWEZI),
    ("p03", "place", "[[Chingola]]-Solwezi dual", 0, CHINGOLA),
    ("p03", "place", "Chingola-[[Solwezi]] dual", 0, SOLWEZI),
    ("p03", "place", "the [[Copperbelt]] to", 0, REG("Copperbelt", "ZM")),
    ("p03", "place", "North-Western Province", 0, REG("North-Western Province", "ZM")),
    ("p03", "place", "Dar es Salaam", 0, CITY("Dar es Salaam", "TZ")),
    ("p03", "place", "Durban", 0, CITY("Durban", "ZA")),
    ("p03", "place", "site in [[Chingola]],", 0, CHINGOLA),
    ("p03", "place", "in [[Lusaka]] on November", 0, LUSAKA),
    ("p03", "place", "from [[Chingola]] to", 0, CHINGOLA),
    ("p03", "place", "Mutanda", 0, CITY("Mutanda", "ZM")),
    ("p03", "place", "Copperbelt Province", 0, REG("Copperbelt Province", "ZM")),
    ("p03", "place", "[[Solwezi]] Mayor", 0, SOLWEZI),
    ("p03", "place", "[[Zambian]] firms", 0, ZM),
    ("p03", "place", "schools in [[Chingola]].", 0, CHINGOLA),
    ("p03", "place", "visited [[Lusaka]]", 0, LUSAKA),
    ("p03", "place", "[[Zambian]] mines", 0, ZM),
    ("p03", "place", "Hong Kong", 0, CITY("Hong Kong", "HK")),
    ("p03", "place", "[[Chinese]] companies", 0, CN),
    ("p03", "place", "[[Zambia]] aims", 0, ZM),
    # events (the headline "breaks ground" anchors the groundbreaking (v03/w07: construction), placed by
    # "the site in Chingola"; the President stands for his country, the provincial minister and the
    # mayor attending add no party beyond it; "signed": the concession, no sum in its clause; a tender
    # "launched": no type (extra9); "handed over" desks: a donation (t-call), dated by the ceremony it
    # followed, its count its amount (u-call); "visited" Lusaka and "met" the minister (no ministry
    # named: the country): a visit and a meeting within it (extra11); "produced" nine months' output:
    # production; "will be completed", "aims to produce": future; "account for": a figure)
    ("p03", "event", "breaks ground", 0, E("construction", "2025-03-05", "Chingola", ["Zambia", CJIC])),
    ("p03", "event", "signed", 0, E("signing", "2024-11-18", "Lusaka", [RDA, CJIC])),
    ("p03", "event", "handed over", 0, E("donation", "2025-03-05", "Chingola", [CJIC], Q("2000", "desk"))),
    ("p03", "event", "visited", 0, E("visit", "2025-03-04", "Lusaka", [CNMC])),
    ("p03", "event", "he [[met]] Mines", 0, E("meeting", "2025-03-04", "Lusaka", [CNMC, "Zambia"])),
    ("p03", "event", "produced", 0, E("production", "2024-01/2024-09", None, [CLM], Q("41200", "t"))),
]

ANNOTATIONS = A01 + A02 + A03


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "p*.txt")
