#!/usr/bin/env python3
"""Build tests/data/extra30/gold.jsonl from hand annotations of the t*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a VnExpress International
story on the opening of the first phase of Gotion's battery complex in Ha Tinh, with VND/US$ amounts,
GWh, hectares, a government resolution, a Chinese contractor, a supply agreement with VinFast and an
MoU with Vinacomin; a Herald story on the President's commissioning of Sinomine's Bikita spodumene
plant, with US$/ZiG amounts, MW/kV, tonnes, a renewed mining lease, a statutory instrument, a school
donation and a business forum; a Hungary Today story on the Foreign Minister's visit to Huayou's
cathode plant in Ács during an EU foreign-subsidies probe, with EUR/HUF/CNY/USD amounts, hectares,
jobs, a research-centre agreement and petition signatures; a Chinese Embassy in Tajikistan news item
on the ambassador's week: a meeting with the agriculture minister, a donation of farm machinery in
Khujand, a scholarship award ceremony, a plant visit and a meeting with a deputy prime minister)
written BLIND: annotated from shared/gold/NOTES.md and shared/spec/facts.md alone, without running
bri_corpus on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra29/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - "the following month" after "in August 2023" is an anaphor with a calendar unit (extra25's "The
    day before", extra5's "a year earlier"): 2023-09, the whole phrase the span;
  - a VnExpress header "Tuesday, 18/3/2025 | 04:12 pm GMT+7" is day/month/year, one date and time
    (p02, extra22), the zone outside; a Herald header "14 May, 2025 | 06:05 AM" likewise;
  - "ZiG" (Zimbabwe Gold) is ISO 4217 ZWG; "US$300m": "m" is million (extra5's "mn");
  - a company's short form that equals the name of its site ("Bikita produced ...", for Bikita
    Minerals) is a mention of the company, while "Bikita lithium plant" (a plant named after its
    site, extra28) names no place and "Bikita district" is the district (a region, extra14);
  - a mining lease "renewed" by a ministry is a decision/permit (extra11's permit granted): no event;
    a statutory instrument's number and year ("Statutory Instrument 213 of 2024") are an identifier;
  - a provincial affairs minister named by his province ("Masvingo Provincial Affairs Minister")
    stands for the province (extra15's governor, extra28's "Melaka Chief Minister"), the province
    name in the title being the region place;
  - a donated batch "worth" a sum told before its counts takes the sum as its amount (the spec's
    "deals worth"), where m03's batch gave the counts first;
  - "cut the ribbon" at an opening is a sub-step of the opening; "On the same day, the company broke
    ground" is a construction occurrence of its own (a second phase), dated by "the same day";
  - a minister visiting the construction site of a company's plant: the company, as host, takes part
    with the minister's body; "The visit came four days after ..." is a span, no date, and the
    Commission's opening of an investigation has no event type;
  - "the Chinese border" is the country (a demonym standing for the state); "European" in "a second
    European plant" is the region Europe (NOTES' "Central Asian countries"); "European Union" and
    "EU" are one organisation, canonical "European Union";
  - the "award ceremony of scholarships granted by the Chinese government" held by the embassy and a
    university is a ceremony (NOTES: ceremonies), its participants the two hosts and the ambassador's
    China (extra13); presenting certificates is a sub-step; the scholarship scheme is no programme
    name here (lower-case "government": the country, NOTES);
  - "the Embassy" after the masthead's full name is an anaphor (m03), no fact, but the embassy takes
    part in its own ceremony by coreference (as m03's "the Embassy donated");
  - persons named like places ("Tran Hai Duong", "Mr Kadoma Sibanda", "László Tata", "Rector
    Khushvakht Khujand") are no places (extra6/extra11); "Dushanbe-2" (a plant named after its city)
    names no place (extra28), while the visit to it is placed in Dushanbe by the text;
  - an acronym defined in brackets is tagged without the brackets (as extra29's "(CAEXPO)").
Run:  .venv/bin/python tests/data/extra30/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= t01 VnExpress International (Tuesday, 18/3/2025 = 18 March 2025)
VN = C("Vietnam", "VN")
HATINH = REG("Ha Tinh", "VN")
KYANH = CITY("Ky Anh", "VN")
VNE = "VnExpress International"
GOTION = "Gotion High-tech Co., Ltd."
VINES = "VinES Energy Solutions JSC"
HTPC = "Ha Tinh People's Committee"
CCTEB = "China Construction Third Engineering Bureau Co., Ltd."
VINACOMIN = "Vietnam National Coal and Mineral Industries Group"
MOF = "Ministry of Finance"
MPI = "Ministry of Planning and Investment"
DOIT = "Department of Industry and Trade"
VAMA = "Vietnam Automobile Manufacturers' Association"
A01 = [
    # dates ("first phase", "second phase", "third": ranks; "so far", "over five years": no calendar
    # point; "Resolution 41/NQ-CP" an identifier; "the following month" after August 2023 -> 2023-09;
    # "Earlier this month" gives "this month" (extra25); the copyright years are chrome)
    ("t01", "date", "Tuesday, 18/3/2025 | 04:12 pm", 0, "2025-03-18T16:12"),
    ("t01", "date", "on [[Monday]] opened", 0, "2025-03-17"),
    ("t01", "date", "the same day", 0, "2025-03-17"),
    ("t01", "date", "late 2026", 0, "2026"),
    ("t01", "date", "August 2023", 0, "2023-08"),
    ("t01", "date", "the following month", 0, "2023-09"),
    ("t01", "date", "October 2023", 0, "2023-10"),
    ("t01", "date", "March 10", 0, "2025-03-10"),
    ("t01", "date", "next month", 0, "2025-04"),
    ("t01", "date", "this month", 0, "2025-03"),
    ("t01", "date", "last year", 0, "2024"),
    ("t01", "date", "from [[2023]]", 0, "2023"),
    ("t01", "date", "on [[March 1]].", 0, "2025-03-01"),
    ("t01", "date", "in [[January]]", 0, "2025-01"),
    ("t01", "date", "from [[2027]]", 0, "2027"),
    ("t01", "date", "by [[2030]]", 0, "2030"),
    ("t01", "date", "units in [[2024]]", 0, "2024"),
    # money ("$1.5-2 billion" a range: one fact; "a year" outside; "$2 bln" is in a Related headline: chrome)
    ("t01", "money", "$1.1 billion", 0, M("1100000000", "USD")),
    ("t01", "money", "VND27.8 trillion", 0, M("27800000000000", "VND")),
    ("t01", "money", "US$1.1 billion", 0, M("1100000000", "USD")),
    ("t01", "money", "about $2.4 billion", 0, M("2400000000", "USD", "approx")),
    ("t01", "money", "around VND9 trillion", 0, M("9000000000000", "VND", "approx")),
    ("t01", "money", "$4.7 billion", 0, M("4700000000", "USD")),
    ("t01", "money", "$1.5-2 billion", 0, M("1500000000", "USD", None, "2000000000")),
    # quantities ("002074" a stock code, "1900 6828" a hotline number; "two Chinese ... makers",
    # "five years": spelled-out; "of battery cells", "of cells", "of lithium iron phosphate cells": of-complements)
    ("t01", "quantity", "32 hectares", 0, Q("32", "ha")),
    ("t01", "quantity", "380 km", 0, Q("380", "km")),
    ("t01", "quantity", "5 GWh", 0, Q("5", "GWh")),
    ("t01", "quantity", "about 100,000 electric cars", 0, Q("100000", "car", "approx")),
    ("t01", "quantity", "1,200 workers", 0, Q("1200", "worker")),
    ("t01", "quantity", "15 GWh", 0, Q("15", "GWh")),
    ("t01", "quantity", "more than 2,600 workers", 0, Q("2600", "worker", "gt")),
    ("t01", "quantity", "400 Chinese engineers", 0, Q("400", "engineer")),
    ("t01", "quantity", "24.8 percent", 0, Q("24.8", "%")),
    ("t01", "quantity", "2 GWh", 0, Q("2", "GWh")),
    ("t01", "quantity", "40 containers", 0, Q("40", "container")),
    ("t01", "quantity", "24%", 0, Q("24", "%")),
    ("t01", "quantity", "12 hectares", 0, Q("12", "ha")),
    ("t01", "quantity", "1 million electric vehicles", 0, Q("1000000", "vehicle")),
    ("t01", "quantity", "90,000 units", 0, Q("90000", "unit")),
    # organisations (masthead as written (p02); "SZSE" before a stock code is the exchange (extra5);
    # "the company", "The carmaker", "The government", "the province": generic; the closing byline
    # and the copyright line's "VnExpress": a person / chrome; places inside names not tagged)
    ("t01", "organisation", VNE, 0, O(VNE)),
    ("t01", "organisation", "Gotion High-tech on", 0, O(GOTION)),
    ("t01", "organisation", GOTION, 0, O(GOTION)),
    ("t01", "organisation", "SZSE", 0, O("SZSE")),
    ("t01", "organisation", VINES, 0, O(VINES)),
    ("t01", "organisation", "Vingroup", 0, O("Vingroup")),
    ("t01", "organisation", HTPC, 0, O(HTPC)),
    ("t01", "organisation", "with [[Gotion]] chairman", 0, O(GOTION)),
    ("t01", "organisation", CCTEB, 0, O(CCTEB)),
    ("t01", "organisation", "([[CCTEB]])", 0, O(CCTEB)),
    ("t01", "organisation", "\n[[Gotion]], whose", 0, O(GOTION)),
    ("t01", "organisation", "Volkswagen", 0, O("Volkswagen")),
    ("t01", "organisation", "go to [[VinFast]]", 0, O("VinFast")),
    ("t01", "organisation", "with [[Gotion]] on March", 0, O(GOTION)),
    ("t01", "organisation", "to [[VinFast]]'s", 0, O("VinFast")),
    ("t01", "organisation", "[[Gotion]] also", 0, O(GOTION)),
    ("t01", "organisation", VINACOMIN, 0, O(VINACOMIN)),
    ("t01", "organisation", "([[Vinacomin]])", 0, O(VINACOMIN)),
    ("t01", "organisation", MOF, 0, O(MOF)),
    ("t01", "organisation", MPI, 0, O(MPI)),
    ("t01", "organisation", "[[VinES]] said", 0, O(VINES)),
    ("t01", "organisation", DOIT, 0, O(DOIT)),
    ("t01", "organisation", VAMA, 0, O(VAMA)),
    ("t01", "organisation", "([[VAMA]])", 0, O(VAMA)),
    # places ("Ha Tinh" the province, a region; "Ky Anh town" a town; "Wuhan-based" tags the city
    # (extra22); "Tran Hai Duong" a person; the Related headlines are chrome)
    ("t01", "place", "[[Chinese]] battery maker", 0, CN),
    ("t01", "place", "billion [[Ha Tinh]] plant", 0, HATINH),
    ("t01", "place", "province of [[Ha Tinh]]", 0, HATINH),
    ("t01", "place", "largest [[Chinese]] manufacturing", 0, CN),
    ("t01", "place", "in [[Ky Anh]] town", 0, KYANH),
    ("t01", "place", "Hanoi", 0, CITY("Hanoi", "VN")),
    ("t01", "place", "[[Chinese]] Ambassador", 0, CN),
    ("t01", "place", "Wuhan", 0, CITY("Wuhan", "CN")),
    ("t01", "place", "400 [[Chinese]] engineers", 0, CN),
    ("t01", "place", "Hai Phong", 0, CITY("Hai Phong", "VN")),
    ("t01", "place", "Lao Cai Province", 0, REG("Lao Cai Province", "VN")),
    ("t01", "place", "the [[Chinese]] border", 0, CN),
    ("t01", "place", "[[Chinese]] investors", 0, CN),
    ("t01", "place", "projects in [[Vietnam]]", 0, VN),
    ("t01", "place", "Singapore", 0, C("Singapore", "SG")),
    ("t01", "place", "South Korea", 0, C("South Korea", "KR")),
    ("t01", "place", "[[Ha Tinh]] hopes", 0, HATINH),
    ("t01", "place", "two [[Chinese]] electrolyte", 0, CN),
    ("t01", "place", "[[Vietnam]] aims", 0, VN),
    # events (the headline's "opens" anchors the opening (ceremony), "opened" and "cut the ribbon"
    # the same occurrence; the Deputy Prime Minister (no body named) stands for Vietnam, the ambassador
    # for China; the complex's cost in the opening's clause is its amount, in the headline's currency;
    # "broke ground": the start of the second phase's building work; "Construction ... began": the
    # first phase's; "approved", "issued ... certificate": decisions; "registered $4.7 billion": a tally;
    # "had reserved": no type; "are due to be shipped", "expects", "aims": future; the supply agreement's
    # worth is its amount)
    ("t01", "event", "opens", 0,
     E("ceremony", "2025-03-17", "Ky Anh", [GOTION, "Vietnam", "China"], M("1100000000", "USD"))),
    ("t01", "event", "broke ground", 0, E("construction", "2025-03-17", "Ky Anh", [GOTION])),
    ("t01", "event", "began", 0, E("construction", "2023-10", "Ky Anh", [CCTEB])),
    ("t01", "event", "carmaker [[signed]]", 0,
     E("signing", "2025-03-10", None, ["VinFast", GOTION], M("9000000000000", "VND", "approx"))),
    ("t01", "event", "also [[signed]]", 0, E("signing", "2025-03", None, [GOTION, VINACOMIN])),
]

# ================================= t02 The Herald, Harare (14 May, 2025)
ZW = C("Zimbabwe", "ZW")
MASV_P = REG("Masvingo Province", "ZW")
HERALD = "The Herald"
BIKITA = "Bikita Minerals"
NFC = "China Nonferrous Metal Industry's Foreign Engineering and Construction Co., Ltd"
SINOMINE = "Sinomine Resource Group"
MMMD = "Ministry of Mines and Mining Development"
ZIMRA = "Zimbabwe Revenue Authority"
RBZ = "Reserve Bank of Zimbabwe"
ZIDA = "Zimbabwe Investment and Development Agency"
POLY = "Masvingo Polytechnic"
FORUM = "Zambia-Zimbabwe-China Business Forum"
A02 = [
    # dates ("14 months": a quantity; "Statutory Instrument 213 of 2024": an identifier; the copyright
    # year and the feedback line are chrome; "the previous year" after "in 2024" -> 2023)
    ("t02", "date", "14 May, 2025 | 06:05 AM", 0, "2025-05-14T06:05"),
    ("t02", "date", "yesterday", 0, "2025-05-13"),
    ("t02", "date", "by [[2027]]", 0, "2027"),
    ("t02", "date", "January 2022", 0, "2022-01"),
    ("t02", "date", "January last year", 0, "2024-01"),
    ("t02", "date", "December 2026", 0, "2026-12"),
    ("t02", "date", "concentrate in [[2024]]", 0, "2024"),
    ("t02", "date", "the previous year", 0, "2023"),
    ("t02", "date", "this year", 0, "2025"),
    ("t02", "date", "million in [[2024]]", 0, "2024"),
    ("t02", "date", "since [[2021]]", 0, "2021"),
    ("t02", "date", "19 to 21 June", 0, "2025-06-19/2025-06-21"),
    # money ("ZiG" -> ZWG; "a further": no qualifier (extra25); "a year" outside)
    ("t02", "money", "US$300m", 0, M("300000000", "USD")),
    ("t02", "money", "US$300 million", 0, M("300000000", "USD")),
    ("t02", "money", "US$1 billion", 0, M("1000000000", "USD")),
    ("t02", "money", "US$180 million", 0, M("180000000", "USD")),
    ("t02", "money", "US$200 million", 0, M("200000000", "USD")),
    ("t02", "money", "ZiG 412 million", 0, M("412000000", "ZWG")),
    ("t02", "money", "US$512 million", 0, M("512000000", "USD")),
    ("t02", "money", "more than US$1.4 billion", 0, M("1400000000", "USD", "gt")),
    ("t02", "money", "ZiG 1.2 million", 0, M("1200000", "ZWG")),
    # quantities (space thousands "300 000" (extra19); "six schools": spelled-out; phone numbers chrome)
    ("t02", "quantity", "14 months", 0, Q("14", "month")),
    ("t02", "quantity", "2 million tonnes", 0, Q("2000000", "t")),
    ("t02", "quantity", "about 300 000 tonnes", 0, Q("300000", "t", "approx")),
    ("t02", "quantity", "20MW", 0, Q("20", "MW")),
    ("t02", "quantity", "33kV", 0, Q("33", "kV")),
    ("t02", "quantity", "1 150 workers", 0, Q("1150", "worker")),
    ("t02", "quantity", "92 percent", 0, Q("92", "%")),
    ("t02", "quantity", "98 000 tonnes", 0, Q("98000", "t")),
    ("t02", "quantity", "31 percent", 0, Q("31", "%")),
    ("t02", "quantity", "330 000 tonnes", 0, Q("330000", "t")),
    ("t02", "quantity", "500 desks", 0, Q("500", "desk")),
    ("t02", "quantity", "200 artisans", 0, Q("200", "artisan")),
    # organisations ("Bikita" alone as the subject of "produced" is the company; "Sinomine" its short
    # form; "Look East policy", "Belt and Road Initiative": programmes; "the company", "the
    # President", "Company spokesperson": generic; "Zimpapers" in the copyright line: chrome; places inside
    # names not tagged)
    ("t02", "organisation", HERALD, 0, O(HERALD)),
    ("t02", "organisation", "at [[Bikita Minerals]]", 0, O(BIKITA)),
    ("t02", "organisation", NFC, 0, O(NFC)),
    ("t02", "organisation", "([[NFC]])", 0, O(NFC)),
    ("t02", "organisation", "\n[[Bikita Minerals]] has", 0, O(BIKITA)),
    ("t02", "organisation", SINOMINE, 0, O(SINOMINE)),
    ("t02", "organisation", "[[Sinomine]] chairman", 0, O(SINOMINE)),
    ("t02", "organisation", "said [[Bikita Minerals]] had", 0, O(BIKITA)),
    ("t02", "organisation", ZIMRA, 0, O(ZIMRA)),
    ("t02", "organisation", "([[Zimra]])", 0, O(ZIMRA)),
    ("t02", "organisation", MMMD, 0, O(MMMD)),
    ("t02", "organisation", "\n[[Bikita]] produced", 0, O(BIKITA)),
    ("t02", "organisation", RBZ, 0, O(RBZ)),
    ("t02", "organisation", "([[RBZ]])", 0, O(RBZ)),
    ("t02", "organisation", "Huayou Cobalt", 0, O("Huayou Cobalt")),
    ("t02", "organisation", "Chengxin Lithium", 0, O("Chengxin Lithium")),
    ("t02", "organisation", "[[Sinomine]] handed", 0, O(SINOMINE)),
    ("t02", "organisation", POLY, 0, O(POLY)),
    ("t02", "organisation", ZIDA, 0, O(ZIDA)),
    ("t02", "organisation", "([[ZIDA]])", 0, O(ZIDA)),
    # places ("Bikita lithium plant": a plant named after its site; "Arcadia plant", "Sabi Star mine":
    # no places; "Kadoma Sibanda" a person; the forum's countries inside its name not tagged)
    ("t02", "place", "in [[Masvingo Province]]", 0, MASV_P),
    ("t02", "place", "[[Chinese]]-owned", 0, CN),
    ("t02", "place", "help [[Zimbabwe]] earn", 0, ZW),
    ("t02", "place", "line from [[Masvingo]]", 0, CITY("Masvingo", "ZW")),
    ("t02", "place", "of them [[Zimbabweans]]", 0, ZW),
    ("t02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("t02", "place", "[[Masvingo]] Provincial", 0, MASV_P),
    ("t02", "place", "Beira", 0, CITY("Beira", "MZ")),
    ("t02", "place", "Mozambique", 0, C("Mozambique", "MZ")),
    ("t02", "place", "[[Zimbabwe]]'s lithium", 0, ZW),
    ("t02", "place", "[[Chinese]] firms", 0, CN),
    ("t02", "place", "Goromonzi", 0, CITY("Goromonzi", "ZW")),
    ("t02", "place", "in [[Bikita]] district", 0, REG("Bikita", "ZW")),
    ("t02", "place", "Victoria Falls", 0, CITY("Victoria Falls", "ZW")),
    # summits
    ("t02", "summit", FORUM, 0, S(FORUM, "2025-06-19/2025-06-21", "Victoria Falls")),
    # events (the headline's "commissions" anchors the commissioning (ceremony, extra17), the plant's
    # cost in the same phrase its amount; the President stands for Zimbabwe, the ambassador for China,
    # the mines minister for the ministry the text names (extra5), the provincial affairs minister for
    # his province, and the owner and its parent take part; "built by": the undated building work
    # (extra12); "bought the mine": an investment (extra4, extra11) dated by "since January 2022";
    # "has since invested", "have invested ... since 2021": investments without point date
    # (extra16/extra18; the second, Chinese firms' total, placed in Zimbabwe with China as party);
    # "produced ... in 2024": the owner's annual output (extra13), placed by the mine's province;
    # "handed over" to schools: a donation, its first count the amount; "signed an agreement" in the
    # same sentence after the ceremony: a signing that day, the training count its amount;
    # "renewed its mining lease": a permit (extra11); "paid": a payment; "will be held": future)
    ("t02", "event", "commissions", 0,
     E("ceremony", "2025-05-13", "Masvingo Province",
       [BIKITA, "China", "Zimbabwe", MMMD, "Masvingo Province", SINOMINE], M("300000000", "USD"))),
    ("t02", "event", "built", 0, E("construction", None, "Masvingo Province", [NFC])),
    ("t02", "event", "bought", 0, E("investment", "2022-01", None, [SINOMINE, BIKITA], M("180000000", "USD"))),
    ("t02", "event", "has since [[invested]]", 0, E("investment", None, None, [SINOMINE], M("200000000", "USD"))),
    ("t02", "event", "produced", 0,
     E("production", "2024", "Masvingo Province", [BIKITA], Q("98000", "t"))),
    ("t02", "event", "have [[invested]]", 0,
     E("investment", None, "Zimbabwe", ["China"], M("1400000000", "USD", "gt"))),
    ("t02", "event", "handed over", 0, E("donation", "2025-05-13", "Bikita", [SINOMINE], Q("500", "desk"))),
    ("t02", "event", "and [[signed]] an agreement", 0,
     E("signing", "2025-05-13", None, [SINOMINE, POLY], Q("200", "artisan"))),
]

# ================================= t03 Hungary Today (2025.10.07. = Tuesday 7 October 2025)
HU = C("Hungary", "HU")
ACS = CITY("Ács", "HU")
HTODAY = "Hungary Today"
HUAYOU = "Zhejiang Huayou Cobalt Co., Ltd."
EU = "European Union"
MFAT = "Ministry of Foreign Affairs and Trade"
EC = "European Commission"
CDB = "China Development Bank"
WATER = "National Directorate General for Water Management"
KSH = "Central Statistical Office"
A03 = [
    # dates ("four days after": a span; "third year running", "fourth", "second": ranks; "90 working
    # days": a quantity; "M1 motorway" and "603799" names/identifiers; "Related: ... to 2026" chrome)
    ("t03", "date", "2025.10.07", 0, "2025-10-07"),
    ("t03", "date", "on [[Monday]] visited", 0, "2025-10-06"),
    ("t03", "date", "last month", 0, "2025-09"),
    ("t03", "date", "output in [[2027]]", 0, "2027"),
    ("t03", "date", "in [[2023]], the Ministry", 0, "2023"),
    ("t03", "date", "since [[2022]]", 0, "2022"),
    ("t03", "date", "July 2024", 0, "2024-07"),
    ("t03", "date", "Later on [[Monday]]", 0, "2025-10-06"),
    ("t03", "date", "in [[September]]", 0, "2025-09"),
    ("t03", "date", "the summer of 2024", 0, "2024-SU"),
    ("t03", "date", "by [[2028]]", 0, "2028"),
    ("t03", "date", "early next year", 0, "2026"),
    ("t03", "date", "billion in [[2024]]", 0, "2024"),
    # money
    ("t03", "money", "EUR 1.3 billion", 0, M("1300000000", "EUR")),
    ("t03", "money", "HUF 18.2 billion", 0, M("18200000000", "HUF")),
    ("t03", "money", "about EUR 45 million", 0, M("45000000", "EUR", "approx")),
    ("t03", "money", "EUR 13.4 billion", 0, M("13400000000", "EUR")),
    ("t03", "money", "up to CNY 6 billion", 0, M("6000000000", "CNY", "le")),
    ("t03", "money", "HUF 4 billion", 0, M("4000000000", "HUF")),
    ("t03", "money", "EUR 38 million", 0, M("38000000", "EUR")),
    ("t03", "money", "EUR 7.3 billion", 0, M("7300000000", "EUR")),
    ("t03", "money", "USD 14.1 billion", 0, M("14100000000", "USD")),
    ("t03", "money", "USD 2.9 billion", 0, M("2900000000", "USD")),
    # quantities ("50-hectare": a unit in a hyphenated compound (x04); "of cathode materials": an
    # of-complement; "a day", "a year" outside; "nearly a tenth": no number)
    ("t03", "quantity", "50-hectare", 0, Q("50", "ha")),
    ("t03", "quantity", "100,000 tonnes", 0, Q("100000", "t")),
    ("t03", "quantity", "about 900 people", 0, Q("900", "person", "approx")),
    ("t03", "quantity", "90 working days", 0, Q("90", "day")),
    ("t03", "quantity", "120 researchers", 0, Q("120", "researcher")),
    ("t03", "quantity", "2,300 signatures", 0, Q("2300", "signature")),
    ("t03", "quantity", "1,800 cubic metres", 0, Q("1800", "m3")),
    ("t03", "quantity", "51%", 0, Q("51", "%")),
    ("t03", "quantity", "6.2 percent", 0, Q("6.2", "%")),
    # organisations ("Minister of Foreign Affairs and Trade": a title naming no body (extra5); "The
    # government", "The Commission": generic/anaphor; "Foreign Subsidies Regulation": a law; the
    # possessive "'s" outside; the masthead's country not tagged; footer chrome)
    ("t03", "organisation", HTODAY, 0, O(HTODAY)),
    ("t03", "organisation", "Visits [[Huayou]]", 0, O(HUAYOU)),
    ("t03", "organisation", "as [[EU]] Opens", 0, O(EU)),
    ("t03", "organisation", HUAYOU, 0, O(HUAYOU)),
    ("t03", "organisation", "CATL and", 0, O("CATL")),
    ("t03", "organisation", "Samsung SDI", 0, O("Samsung SDI")),
    ("t03", "organisation", "granted [[Huayou]]", 0, O(HUAYOU)),
    ("t03", "organisation", "the [[Ministry of Foreign Affairs and Trade]] said", 0, O(MFAT)),
    ("t03", "organisation", EC, 0, O(EC)),
    ("t03", "organisation", CDB, 0, O(CDB)),
    ("t03", "organisation", "gave [[Huayou]]", 0, O(HUAYOU)),
    ("t03", "organisation", "in the [[European Union]]", 0, O(EU)),
    ("t03", "organisation", "met [[Huayou]] chairman", 0, O(HUAYOU)),
    ("t03", "organisation", WATER, 0, O(WATER)),
    ("t03", "organisation", "\n[[Huayou]], listed", 0, O(HUAYOU)),
    ("t03", "organisation", "[[CATL]], whose", 0, O("CATL")),
    ("t03", "organisation", KSH, 0, O(KSH)),
    ("t03", "organisation", "([[KSH]])", 0, O(KSH)),
    # places ("Eastern and Western industry": no places; "Komárom-Esztergom county" and "Zhejiang
    # province": regions; "Brussels" stands for the Commission: the city as written (extra13);
    # "László Tata" a person; "Tags: China" and the Related headline are chrome)
    ("t03", "place", "Cathode Plant in [[Ács]]", 0, ACS),
    ("t03", "place", "plant in [[Ács]]", 0, ACS),
    ("t03", "place", "Komárom-Esztergom", 0, REG("Komárom-Esztergom", "HU")),
    ("t03", "place", "the [[Chinese]] group", 0, CN),
    ("t03", "place", "\"[[Hungary]] is", 0, HU),
    ("t03", "place", "[[Chinese]] companies", 0, CN),
    ("t03", "place", "Brussels", 0, CITY("Brussels", "BE")),
    ("t03", "place", "in [[Zhejiang]] province", 0, REG("Zhejiang", "CN")),
    ("t03", "place", "Belgian", 0, C("Belgium", "BE")),
    ("t03", "place", "[[Chinese]]-owned", 0, CN),
    ("t03", "place", "Budapest", 0, CITY("Budapest", "HU")),
    ("t03", "place", "Győr", 0, CITY("Győr", "HU")),
    ("t03", "place", "Residents of [[Ács]]", 0, ACS),
    ("t03", "place", "[[Ács]] mayor", 0, ACS),
    ("t03", "place", "in [[Shanghai]] under", 0, CITY("Shanghai", "CN")),
    ("t03", "place", "Slovak", 0, C("Slovakia", "SK")),
    ("t03", "place", "second [[European]] plant", 0, REG("Europe")),
    ("t03", "place", "Debrecen", 0, CITY("Debrecen", "HU")),
    ("t03", "place", "largest [[Chinese]] investor", 0, CN),
    ("t03", "place", "investor in [[Hungary]]", 0, HU),
    ("t03", "place", "[[Hungary]]'s trade", 0, HU),
    ("t03", "place", "trade with [[China]]", 0, CN),
    ("t03", "place", "[[Hungarian]] exports", 0, HU),
    ("t03", "place", "exports to [[China]]", 0, CN),
    # events (the headline's "Visits" anchors the visit (NOTES' first mention), the minister standing
    # for the ministry the text names (extra5), the host company taking part; "completed the first of
    # three production halls last month": a completed building step (extra10); "have invested ...
    # since 2022": Chinese companies' running total, an investment without point date placed in
    # Hungary (extra18); "met" and "signed" in Budapest: a meeting and a signing, the agreement's budget
    # its amount (extra21's cost under the MoU); "bought a 51% stake": an investment (z02); "granted"
    # a subsidy: financing (extra12); "opened an ... investigation", "collected signatures", "has
    # asked": no type; "will make", "plans", "is due to start production": future)
    ("t03", "event", "Visits", 0, E("visit", "2025-10-06", "Ács", [MFAT, HUAYOU])),
    ("t03", "event", "completed", 0, E("construction", "2025-09", "Ács", [HUAYOU])),
    ("t03", "event", "have [[invested]]", 0,
     E("investment", None, "Hungary", ["China"], M("13400000000", "EUR"))),
    ("t03", "event", "Szijjártó [[met]]", 0, E("meeting", "2025-10-06", "Budapest", [MFAT, HUAYOU])),
    ("t03", "event", "signed", 0,
     E("signing", "2025-10-06", "Budapest", [MFAT, HUAYOU], M("4000000000", "HUF"))),
    ("t03", "event", "bought", 0, E("investment", "2024-SU", None, [HUAYOU], M("38000000", "EUR"))),
]

# ================================= t04 Chinese Embassy in Tajikistan, website news item (2025/03/12)
TJ = C("Tajikistan", "TJ")
DUSH = CITY("Dushanbe", "TJ")
SUGHD = REG("Sughd Region", "TJ")
EMB = "Embassy of the People's Republic of China in the Republic of Tajikistan"
MOA = "Ministry of Agriculture of the Republic of Tajikistan"
BEIXIN = "China Xinjiang Beixin Road and Bridge Group"
TNU = "Tajik National University"
CR20 = "China Railway 20 Bureau Group Corporation"
CIIE = "China International Import Expo"
CCAS = "China-Central Asia Summit"
A04 = [
    # dates ("year on year": no calendar point; the phone/e-mail line and the copyright line are
    # chrome; "On the same day" -> "the same day" (NOTES' "the same year"))
    ("t04", "date", "2025/03/12", 0, "2025-03-12"),
    ("t04", "date", "5 March", 0, "2025-03-05"),
    ("t04", "date", "in [[2024]]", 0, "2024"),
    ("t04", "date", "in [[November]]", 0, "2025-11"),
    ("t04", "date", "since [[2017]]", 0, "2017"),
    ("t04", "date", "7 March", 0, "2025-03-07"),
    ("t04", "date", "in [[February]]", 0, "2025-02"),
    ("t04", "date", "10 March", 0, "2025-03-10"),
    ("t04", "date", "Since [[2014]]", 0, "2014"),
    ("t04", "date", "the same day", 0, "2025-03-10"),
    ("t04", "date", "TBEA in [[2016]]", 0, "2016"),
    ("t04", "date", "last year", 0, "2024"),
    ("t04", "date", "11 March", 0, "2025-03-11"),
    ("t04", "date", "in [[June]]", 0, "2025-06"),
    ("t04", "date", "Railways in [[2016]]", 0, "2016"),
    # money ("a year" outside)
    ("t04", "money", "US$3.9 billion", 0, M("3900000000", "USD")),
    ("t04", "money", "RMB 9.6 million", 0, M("9600000", "CNY")),
    ("t04", "money", "TJS 6,000", 0, M("6000", "TJS")),
    ("t04", "money", "US$72 million", 0, M("72000000", "USD")),
    # quantities ("20" inside the company's name, "-2" in the plant's: names; "of coal": of-complement)
    ("t04", "quantity", "18.6%", 0, Q("18.6", "%")),
    ("t04", "quantity", "more than 480 Chinese enterprises", 0, Q("480", "enterprise", "gt")),
    ("t04", "quantity", "more than 3,200 farmers", 0, Q("3200", "farmer", "gt")),
    ("t04", "quantity", "60 tractors", 0, Q("60", "tractor")),
    ("t04", "quantity", "24 seed drills", 0, Q("24", "drill")),
    ("t04", "quantity", "12 combine harvesters", 0, Q("12", "harvester")),
    ("t04", "quantity", "85 students", 0, Q("85", "student")),
    ("t04", "quantity", "more than 1,500 Tajik students", 0, Q("1500", "student", "gt")),
    ("t04", "quantity", "about 60%", 0, Q("60", "%", "approx")),
    ("t04", "quantity", "1.1 million tonnes", 0, Q("1100000", "t")),
    # organisations (the masthead names the embassy (text), the copyright line repeats it (chrome);
    # "the Embassy": an anaphor (m03); "Minister of Agriculture", "Deputy Prime Minister", "Chairman
    # of Sughd Region", "Rector": titles; the expo is a summit; places inside names not tagged)
    ("t04", "organisation", EMB, 0, O(EMB)),
    ("t04", "organisation", MOA, 0, O(MOA)),
    ("t04", "organisation", BEIXIN, 0, O(BEIXIN)),
    ("t04", "organisation", TNU, 0, O(TNU)),
    ("t04", "organisation", "TBEA", 0, O("TBEA")),
    ("t04", "organisation", CR20, 0, O(CR20)),
    ("t04", "organisation", "([[CR20]])", 0, O(CR20)),
    ("t04", "organisation", "Tajik Railways", 0, O("Tajik Railways")),
    # places ("Dushanbe-2": a plant named after its city (extra28); "the capital's": no name;
    # "Khushvakht Khujand" a person; "Sughd Region", "Khatlon Region" as written (extra21))
    ("t04", "place", "Meets [[Tajik]] Minister", 0, TJ),
    ("t04", "place", "in [[Dushanbe]]. The", 0, DUSH),
    ("t04", "place", "that [[China]]-Tajikistan", 0, CN),
    ("t04", "place", "China-[[Tajikistan]]", 0, TJ),
    ("t04", "place", "480 [[Chinese]] enterprises", 0, CN),
    ("t04", "place", "operate in [[Tajikistan]]", 0, TJ),
    ("t04", "place", "welcomed [[Tajik]] dried", 0, TJ),
    ("t04", "place", "Shanghai", 0, CITY("Shanghai", "CN")),
    ("t04", "place", "thanked [[China]]", 0, CN),
    ("t04", "place", "[[China]]-aided", 0, CN),
    ("t04", "place", "Khatlon Region", 0, REG("Khatlon Region", "TJ")),
    ("t04", "place", "the [[Chinese]] government to", 0, CN),
    ("t04", "place", "the [[Sughd Region]] in", 0, SUGHD),
    ("t04", "place", "in [[Khujand]].", 0, CITY("Khujand", "TJ")),
    ("t04", "place", "Kashgar", 0, CITY("Kashgar", "CN")),
    ("t04", "place", "Osh", 0, CITY("Osh", "KG")),
    ("t04", "place", "of [[Sughd Region]] Rajab", 0, SUGHD),
    ("t04", "place", "the [[Chinese]] government.", 0, CN),
    ("t04", "place", "1,500 [[Tajik]] students", 0, TJ),
    ("t04", "place", "studied in [[China]]", 0, CN),
    ("t04", "place", "Astana", 0, CITY("Astana", "KZ")),
    ("t04", "place", "Vahdat", 0, CITY("Vahdat", "TJ")),
    ("t04", "place", "Yovon", 0, CITY("Yovon", "TJ")),
    # summits (the expo's acronym defined inline is a mention (extra22); the 2025 summit in Astana)
    ("t04", "summit", CIIE, 0, S(CIIE, "2025-11", "Shanghai")),
    ("t04", "summit", "([[CIIE]])", 0, S(CIIE, "2025-11", "Shanghai")),
    ("t04", "summit", CCAS, 0, S(CCAS, "2025-06", "Astana")),
    # events (the headline's "Meets" anchors the 5 March meeting, "met with" the same occurrence; the
    # ambassador stands for China (extra13), the minister for the ministry the text names (extra5);
    # the headline's "Handover" anchors the donation (extra14), the donated batch's worth its amount,
    # its donor (the lower-case Chinese government: China), the recipient region and the attending
    # company its parties; "arrived": a sub-step; the award ceremony held by the embassy and the
    # university, the ambassador for China; "visited" the plant; "built by TBEA in 2016": a dated
    # building work; "also met" the Deputy Prime Minister (no body named: Tajikistan); "signed a ...
    # contract ... in 2016": a signing with its sum; "exchanged views", "thanked", "presented",
    # "discussed": sub-steps/no type; "agreed to prepare", "to be held": future; "had trained",
    # "have studied", "burned": no type)
    ("t04", "event", "Meets", 0, E("meeting", "2025-03-05", "Dushanbe", ["China", MOA])),
    ("t04", "event", "Handover", 0,
     E("donation", "2025-03-07", "Khujand", ["China", "Sughd Region", BEIXIN], M("9600000", "CNY"))),
    ("t04", "event", "award ceremony", 0, E("ceremony", "2025-03-10", None, [EMB, TNU, "China"])),
    ("t04", "event", "visited", 0, E("visit", "2025-03-10", "Dushanbe", ["China"])),
    ("t04", "event", "built", 0, E("construction", "2016", "Dushanbe", ["TBEA"])),
    ("t04", "event", "also [[met]]", 0, E("meeting", "2025-03-11", None, ["China", "Tajikistan"])),
    ("t04", "event", "signed", 0, E("signing", "2016", None, [CR20, "Tajik Railways"], M("72000000", "USD"))),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "t*.txt")
