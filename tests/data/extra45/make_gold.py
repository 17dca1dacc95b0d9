#!/usr/bin/env python3
"""Build tests/data/extra45/gold.jsonl from hand annotations of the am*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a Borneo Bulletin story on
the Sultan of Brunei witnessing the signing of the Hengyi refinery's second phase on Pulau Muara
Besar, with B$/BND/US$/RM amounts, barrels per day, MW and a Sarawak paragraph on a hydro dam; a
Hiiraan Online story on a Doraleh berth deal, ZPMC cranes and the Djibouti free trade zone, with
US$/DJF amounts, TEU, hectares and a Shandong fisheries delegation; an Interpressnews story on the
Georgian-Chinese intergovernmental commission and the Anaklia port, with GEL/lari/US$/EUR amounts,
hectares, residents of the Kutaisi free zone and a rail MoU; an excerpt of the 2024 annual report of
Sichuan Road & Bridge Group on its overseas business, with RMB "wan" / "yi" amounts, US$, percentages
and a numbered project list) written BLIND: annotated from shared/gold/NOTES.md and
shared/spec/facts.md and the earlier sets' recorded calls, without running bri_corpus on them.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra41/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - "wan" (ten thousand) and "yi" (hundred million) after an RMB amount in an SOE report are
    multipliers, as the "10,000 yuan" unit of earlier sets: "RMB 386,250 wan" -> 3862500000 CNY,
    "RMB 96.4 yi" -> 9640000000 CNY;
  - "Pulau Muara Besar" (an island, "Pulau" = island) is a region of Brunei, as extra20's "Samal
    Island"; the Sultan stands for his country (a head of state, NOTES), here named "Brunei
    Darussalam" as the document writes it; witnessing a signing adds the country (extra11's
    "in the presence of");
  - "barrels per day" keeps the rate outside the span, unit "barrel" (extra4's "barrels a day");
  - "Sarawak Premier" and "Sarawak trade mission": the state before a title or a lower-case noun is
    the state as a region place (NOTES' "Kazakh President", "the Kazakhstan government"); "the state
    cabinet" is generic (y03);
  - "30-member" is a hyphenated count adjective, no quantity (extra20's "150-bed");
  - a park named after its locality ("Samalaju Industrial Park") is no organisation, the locality is
    tagged as a town (extra41's Coega zone); a dam named after a river ("Baleh") names no place;
  - "Djibouti International Free Trade Zone" is a zone (no organisation, extra22), its country word
    tagged; "Doraleh Multipurpose Port" tags the town (extra22's station, extra38's Kuantan Port), and
    "expand Doraleh" / "to Doraleh" are the town as written;
  - an intergovernmental commission with a proper name is an organisation (extra33/extra34; extra25
    read a "session" of one as a summit): its session, told "was held", is a meeting anchored on the
    event noun "session" (NOTES' support-verb rule), the commission, the co-chair's ministry (the
    document names it) and the country of the vice minister (no ministry named) its participants; a
    headline's lower-case "Georgian-Chinese commission" tags the two countries only;
  - "A day earlier, on 6 October" gives two date facts (extra25's "The day before");
  - "Stock abbreviation: Sichuan Road & Bridge" in a report header is a mention of the company; the
    stock code and the investor hotline are identifiers / contact chrome;
  - an annual report's "Outlook for 2025" heading is text: "2025" is a date; "Annual Report 2024" is a
    report title (extra17): no date; "the end of the Reporting Period" has no calendar unit: no date,
    "the beginning of the year" -> the report's year (extra14's "the end of the year");
  - a numbered project item's "Contract value" is the amount of the signing told in the same item;
    a road completed and "handed over" to the ministry is the completion of building work
    (extra37), with the contractor and the ministry; "won the bid" is an award (extra10);
  - a donation of "2,400 sets of winter clothing, worth RMB 68 wan" takes the count as its amount
    (the goods), the region of the recipient schools taking part.
Run:  python3 tests/data/extra45/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= am01 Borneo Bulletin (Thursday, November 13, 2025)
BN = C("Brunei Darussalam", "BN")
PMB = REG("Pulau Muara Besar", "BN")
SARAWAK = REG("Sarawak", "MY")
HIS = "Hengyi Industries Sdn Bhd"
MOFE = "Ministry of Finance and Economy"
ZHG = "Zhejiang Hengyi Group Co Ltd"
BIA = "Brunei Investment Agency"
MITI = "Ministry of International Trade, Industry and Investment"
A01 = [
    # dates (the copyright year is chrome; "Clause 9" an identifier)
    ("am01", "date", "Thursday, November 13, 2025", 0, "2025-11-13"),
    ("am01", "date", "yesterday", 0, "2025-11-12"),
    ("am01", "date", "the first quarter of 2026", 0, "2026-Q1"),
    ("am01", "date", "late 2029", 0, "2029"),
    ("am01", "date", "last year", 0, "2024"),
    ("am01", "date", "November 2019", 0, "2019-11"),
    ("am01", "date", "by [[2030]]", 0, "2030"),
    ("am01", "date", "on [[Monday]]", 0, "2025-11-10"),
    ("am01", "date", "on [[Tuesday]]", 0, "2025-11-11"),
    ("am01", "date", "from [[2028]]", 0, "2028"),
    ("am01", "date", "Last month", 0, "2025-10"),
    # money
    ("am01", "money", "B$18.2b", 0, M("18200000000", "BND")),
    ("am01", "money", "B$18.2 billion", 0, M("18200000000", "BND")),
    ("am01", "money", "US$13.9 billion", 0, M("13900000000", "USD")),
    ("am01", "money", "US$3.45 billion", 0, M("3450000000", "USD")),
    ("am01", "money", "about BND3.1 billion", 0, M("3100000000", "BND", "approx")),
    ("am01", "money", "US$6 billion", 0, M("6000000000", "USD")),
    ("am01", "money", "RM2.4 billion", 0, M("2400000000", "MYR")),
    ("am01", "money", "RM870 million", 0, M("870000000", "MYR")),
    # quantities ("30-member": count adjective; "Second Minister": rank; "Clause 9": identifier)
    ("am01", "quantity", "70 per cent", 0, Q("70", "%")),
    ("am01", "quantity", "30 per cent", 0, Q("30", "%")),
    ("am01", "quantity", "175,000 barrels", 0, Q("175000", "barrel")),
    ("am01", "quantity", "about 400,000 barrels", 0, Q("400000", "barrel", "approx")),
    ("am01", "quantity", "1.65 million tonnes", 0, Q("1650000", "t")),
    ("am01", "quantity", "more than 1,800 workers", 0, Q("1800", "worker", "gt")),
    ("am01", "quantity", "60 per cent", 0, Q("60", "%")),
    ("am01", "quantity", "500MW", 0, Q("500", "MW")),
    ("am01", "quantity", "at least 800 local engineers", 0, Q("800", "engineer", "ge")),
    ("am01", "quantity", "1,285MW", 0, Q("1285", "MW")),
    # organisations (masthead is text; acronyms defined in brackets are tagged without them
    # (extra37); "the state cabinet" generic; the copyright line and "Related:" are chrome)
    ("am01", "organisation", "BORNEO BULLETIN", 0, O("Borneo Bulletin")),
    ("am01", "organisation", HIS, 0, O(HIS)),
    ("am01", "organisation", "([[HIS]])", 0, O(HIS)),
    ("am01", "organisation", MOFE, 0, O(MOFE)),
    ("am01", "organisation", "([[MOFE]])", 0, O(MOFE)),
    ("am01", "organisation", ZHG, 0, O(ZHG)),
    ("am01", "organisation", "of [[HIS]].", 0, O(HIS)),
    ("am01", "organisation", "Damai Holdings", 0, O("Damai Holdings")),
    ("am01", "organisation", BIA, 0, O(BIA)),
    ("am01", "organisation", "([[BIA]])", 0, O(BIA)),
    ("am01", "organisation", "[[Zhejiang Hengyi]] chairman", 0, O(ZHG)),
    ("am01", "organisation", "Sinopec Engineering Group", 0, O("Sinopec Engineering Group")),
    ("am01", "organisation", "[[HIS]] must", 0, O(HIS)),
    ("am01", "organisation", "China Development Bank", 0, O("China Development Bank")),
    ("am01", "organisation", "Sarawak Energy Berhad", 0, O("Sarawak Energy Berhad")),
    ("am01", "organisation", "PowerChina", 0, O("PowerChina")),
    ("am01", "organisation", MITI, 0, O(MITI)),
    # places (the byline "Rokiah Tutong" is a person; "Baleh" dam: a river; Brunei inside the agency's
    # name is not tagged; "the Sultanate's" is an anaphor)
    ("am01", "place", "Pulau Muara Besar", 0, PMB),
    ("am01", "place", "BANDAR SERI BEGAWAN", 0, CITY("Bandar Seri Begawan", "BN")),
    ("am01", "place", "Pulau Muara Besar", 1, PMB),
    ("am01", "place", "Brunei Darussalam", 0, BN),
    ("am01", "place", "neighbouring [[Sarawak]]", 0, SARAWAK),
    ("am01", "place", "[[Sarawak]] Premier", 0, SARAWAK),
    ("am01", "place", "Samalaju", 0, CITY("Samalaju", "MY")),
    ("am01", "place", "Bintulu", 0, CITY("Bintulu", "MY")),
    ("am01", "place", "[[Sarawak]] trade mission", 0, SARAWAK),
    ("am01", "place", "Hangzhou", 0, CITY("Hangzhou", "CN")),
    ("am01", "place", "[[Chinese]] buyers", 0, CN),
    # events (the headline's "signing" anchors the signing ("witnessed the signing", "was inked");
    # the Second Minister stands for MOFE; "Work is scheduled to start", "will build", "would supply":
    # future; "began commercial operation": no type; "agreed to lead a ... loan": financing;
    # "approved": a cabinet decision; "lifted ... exports", "employs": no occurrence)
    ("am01", "event", "refinery [[signing]]", 0,
     E("signing", "2025-11-12", "Pulau Muara Besar", ["Brunei Darussalam", MOFE, ZHG], M("18200000000", "BND"))),
    ("am01", "event", "visited", 0, E("visit", "2025-11-12", "Pulau Muara Besar", ["Brunei Darussalam", HIS])),
    ("am01", "event", "built", 0,
     E("construction", None, "Pulau Muara Besar", ["Sinopec Engineering Group"], M("3450000000", "USD"))),
    ("am01", "event", "met", 0, E("meeting", "2025-11-10", None, ["Brunei Darussalam", "China Development Bank"])),
    ("am01", "event", "visited", 1, E("visit", "2025-10", "Hangzhou", ["Sarawak", MITI])),
    ("am01", "event", "it [[signed]]", 0,
     E("signing", "2025-10", "Hangzhou", ["Sarawak", MITI, "China"], M("870000000", "MYR"))),
]

# ================================= am02 Hiiraan Online (Sunday, 21 September 2025)
DJ = C("Djibouti", "DJ")
DJC = CITY("Djibouti City", "DJ")
DORALEH = CITY("Doraleh", "DJ")
HOL = "Hiiraan Online"
DPFZA = "Djibouti Ports and Free Zones Authority"
CMPH = "China Merchants Port Holdings Company Limited"
ZPMC = "Shanghai Zhenhua Heavy Industries"
SDAG = "Shandong Provincial Department of Agriculture and Rural Affairs"
MAWF = "Ministry of Agriculture, Water, Fisheries and Livestock"
DCBF = "Djibouti-China Business Forum"
A02 = [
    # dates ("year on year": no point; "12 months": a quantity)
    ("am02", "date", "Sunday, 21 September 2025", 0, "2025-09-21"),
    ("am02", "date", "on [[Saturday]]", 0, "2025-09-20"),
    ("am02", "date", "to [[June]]", 0, "2025-06"),
    ("am02", "date", "3 September", 0, "2025-09-03"),
    ("am02", "date", "the end of the year", 0, "2025"),
    ("am02", "date", "in [[2024]]", 0, "2024"),
    ("am02", "date", "the first half of this year", 0, "2025-H1"),
    ("am02", "date", "10 September", 0, "2025-09-10"),
    ("am02", "date", "15 to 18 September", 0, "2025-09-15/2025-09-18"),
    ("am02", "date", "19 September", 0, "2025-09-19"),
    ("am02", "date", "since [[January]]", 0, "2025-01"),
    # money
    ("am02", "money", "$420m", 0, M("420000000", "USD")),
    ("am02", "money", "US$420 million", 0, M("420000000", "USD")),
    ("am02", "money", "DJF 12.4 billion", 0, M("12400000000", "DJF")),
    ("am02", "money", "US$2.7 billion", 0, M("2700000000", "USD")),
    ("am02", "money", "DJF 260 billion", 0, M("260000000000", "DJF")),
    ("am02", "money", "about $1.46bn", 0, M("1460000000", "USD", "approx")),
    ("am02", "money", "DJF 3.5 billion", 0, M("3500000000", "DJF")),
    ("am02", "money", "about US$1.4 billion", 0, M("1400000000", "USD", "approx")),
    ("am02", "money", "DJF 15 billion", 0, M("15000000000", "DJF")),
    # quantities ("two berths", "two ... cranes", "a further four": spelled-out counts; the phone
    # number is chrome)
    ("am02", "quantity", "700,000 TEU", 0, Q("700000", "TEU")),
    ("am02", "quantity", "60%", 0, Q("60", "%")),
    ("am02", "quantity", "1.08 million TEU", 0, Q("1080000", "TEU")),
    ("am02", "quantity", "12 months", 0, Q("12", "month")),
    ("am02", "quantity", "14%", 0, Q("14", "%")),
    ("am02", "quantity", "65 tonnes", 0, Q("65", "t")),
    ("am02", "quantity", "4,800-hectare", 0, Q("4800", "ha")),
    ("am02", "quantity", "240 hectares", 0, Q("240", "ha")),
    ("am02", "quantity", "312 registered companies", 0, Q("312", "company")),
    ("am02", "quantity", "18 hectares", 0, Q("18", "ha")),
    ("am02", "quantity", "10 fishing vessels", 0, Q("10", "vessel")),
    ("am02", "quantity", "24 metres", 0, Q("24", "m")),
    ("am02", "quantity", "2,000-tonne", 0, Q("2000", "t")),
    ("am02", "quantity", "some 3,000 households", 0, Q("3000", "household", "approx")),
    ("am02", "quantity", "39%", 0, Q("39", "%")),
    # organisations (the masthead is text, "(HOL)" the dateline tag (extra11); the headline's "China
    # Merchants" and "China Merchants Port" are the signer CMPort; "China Merchants Group" is the
    # parent, a different organisation; the minister's title names no body; the free zone is no
    # organisation; places inside the authority's, ZPMC's, Dalian Port's and the department's names
    # are not tagged)
    ("am02", "organisation", "Hiiraan Online", 0, O(HOL)),
    ("am02", "organisation", "Djibouti, [[China Merchants]] sign", 0, O(CMPH)),
    ("am02", "organisation", "([[HOL]])", 0, O(HOL)),
    ("am02", "organisation", DPFZA, 0, O(DPFZA)),
    ("am02", "organisation", "([[DPFZA]])", 0, O(DPFZA)),
    ("am02", "organisation", CMPH, 0, O(CMPH)),
    ("am02", "organisation", "by [[DPFZA]] chairman", 0, O(DPFZA)),
    ("am02", "organisation", "[[China Merchants Port]] managing", 0, O(CMPH)),
    ("am02", "organisation", "while [[DPFZA]] will", 0, O(DPFZA)),
    ("am02", "organisation", "[[DPFZA]] said", 0, O(DPFZA)),
    ("am02", "organisation", ZPMC, 0, O(ZPMC)),
    ("am02", "organisation", "([[ZPMC]])", 0, O(ZPMC)),
    ("am02", "organisation", "run by [[DPFZA]]", 0, O(DPFZA)),
    ("am02", "organisation", "China Merchants Group", 0, O("China Merchants Group")),
    ("am02", "organisation", "Dalian Port Corporation", 0, O("Dalian Port Corporation")),
    ("am02", "organisation", SDAG, 0, O(SDAG)),
    ("am02", "organisation", MAWF, 0, O(MAWF)),
    # places (the byline "Hodan Obock" is a person; the "Related:" and contact lines are chrome)
    ("am02", "place", "[[Djibouti]], China Merchants", 0, DJ),
    ("am02", "place", "expand [[Doraleh]]", 0, DORALEH),
    ("am02", "place", "DJIBOUTI CITY", 0, DJC),
    ("am02", "place", "the [[Doraleh]] Multipurpose", 0, DORALEH),
    ("am02", "place", "in [[Djibouti City]] by", 0, DJC),
    ("am02", "place", "The [[Chinese]] operator", 0, CN),
    ("am02", "place", "to [[Doraleh]] on", 0, DORALEH),
    ("am02", "place", "The [[Djibouti]] International", 0, DJ),
    ("am02", "place", "visited [[Djibouti]]", 0, DJ),
    ("am02", "place", "[[Shandong]] will", 0, REG("Shandong", "CN")),
    ("am02", "place", "Tadjourah", 0, CITY("Tadjourah", "DJ")),
    ("am02", "place", "[[Djibouti]]'s Minister", 0, DJ),
    ("am02", "place", "in [[Djibouti City]] on", 0, DJC),
    ("am02", "place", "[[Chinese]] loans", 0, CN),
    # summit (the forum's date and city are given where it is told)
    ("am02", "summit", DCBF, 0, S(DCBF, "2025-09-19", "Djibouti City")),
    # events (the headline's "sign" anchors the signing ("was signed"); the minister (no ministry
    # named) in whose presence it was signed stands for Djibouti, as the headline's signer country;
    # "will finance", "will cover", "are due", "will donate", "build": future; "handled", "hosts",
    # "reached": figures; "told the ... Forum": a speech; "had repaid": no event (extra37); the
    # vice governor heading the delegation adds his province (extra15))
    ("am02", "event", "Merchants [[sign]]", 0,
     E("signing", "2025-09-20", "Djibouti City", ["Djibouti", CMPH, DPFZA], M("420000000", "USD"))),
    ("am02", "event", "delivered", 0, E("delivery", "2025-09-03", "Doraleh", [ZPMC])),
    ("am02", "event", "opened", 0, E("ceremony", "2025-09-10", "Djibouti", None, M("3500000000", "DJF"))),
    ("am02", "event", "visited", 0,
     E("visit", "2025-09-15/2025-09-18", "Djibouti", [SDAG, "Shandong", "Djibouti"])),
    ("am02", "event", "and [[signed]] a fisheries", 0,
     E("signing", "2025-09-15/2025-09-18", "Djibouti", [SDAG, "Shandong", MAWF])),
]

# ================================= am03 Interpressnews (08.10.2025, 17:24)
GE = C("Georgia", "GE")
ANAKLIA = CITY("Anaklia", "GE")
TBS = CITY("Tbilisi", "GE")
COMM = "Georgian-Chinese Intergovernmental Commission on Trade and Economic Cooperation"
MOESD = "Ministry of Economy and Sustainable Development"
CCCC = "China Communications Construction Company"
ADC = "Anaklia Development Corporation"
CRCT = "China Railway Container Transport Corp."
GEOSTAT = "National Statistics Office of Georgia"
A03 = [
    # dates ("A day earlier" after the dated session is an anaphoric offset (extra25); "Article 12" an
    # identifier; "seventh"/"eighth": ranks)
    ("am03", "date", "08.10.2025, 17:24", 0, "2025-10-08T17:24"),
    ("am03", "date", "on [[7 October]]", 0, "2025-10-07"),
    ("am03", "date", "the first half of 2026", 0, "2026-H1"),
    ("am03", "date", "May 2024", 0, "2024-05"),
    ("am03", "date", "by [[2027]]", 0, "2027"),
    ("am03", "date", "Last year", 0, "2024"),
    ("am03", "date", "in [[2023]]", 0, "2023"),
    ("am03", "date", "A day earlier", 0, "2025-10-06"),
    ("am03", "date", "6 October", 0, "2025-10-06"),
    ("am03", "date", "since [[2015]]", 0, "2015"),
    ("am03", "date", "the first nine months of 2025", 0, "2025-01/2025-09"),
    ("am03", "date", "January-August", 0, "2025-01/2025-08"),
    ("am03", "date", "the second quarter", 0, "2025-Q2"),
    ("am03", "date", "in [[2026]]", 0, "2026"),
    # money
    ("am03", "money", "GEL 1.6 billion", 0, M("1600000000", "GEL")),
    ("am03", "money", "about US$ 650 million", 0, M("650000000", "USD", "approx")),
    ("am03", "money", "GEL 1.6 billion", 1, M("1600000000", "GEL")),
    ("am03", "money", "roughly EUR 510 million", 0, M("510000000", "EUR", "approx")),
    ("am03", "money", "more than USD 520 million", 0, M("520000000", "USD", "gt")),
    ("am03", "money", "287 million lari", 0, M("287000000", "GEL")),
    ("am03", "money", "USD 1.9 billion", 0, M("1900000000", "USD")),
    ("am03", "money", "EUR 96.4 million", 0, M("96400000", "EUR")),
    # quantities (rates "a year" outside the span (extra4))
    ("am03", "quantity", "120 hectares", 0, Q("120", "ha")),
    ("am03", "quantity", "600,000 TEU", 0, Q("600000", "TEU")),
    ("am03", "quantity", "15 million tonnes", 0, Q("15000000", "t")),
    ("am03", "quantity", "49%", 0, Q("49", "%")),
    ("am03", "quantity", "51%", 0, Q("51", "%")),
    ("am03", "quantity", "up to 2,000 container trains", 0, Q("2000", "train", "le")),
    ("am03", "quantity", "94 such trains", 0, Q("94", "train")),
    ("am03", "quantity", "61 trains", 0, Q("61", "train")),
    ("am03", "quantity", "62 residents", 0, Q("62", "resident")),
    ("am03", "quantity", "36 hectares", 0, Q("36", "ha")),
    ("am03", "quantity", "18%", 0, Q("18", "%")),
    # organisations (the masthead is text; the minister's title is no mention; "the corporation's",
    # "the commission", "the port company": generic/anaphors; the free industrial zone is no
    # organisation; places inside names are not tagged; Tags, "Read also:" and the rights line are chrome)
    ("am03", "organisation", "INTERPRESSNEWS", 0, O("Interpressnews")),
    ("am03", "organisation", COMM, 0, O(COMM)),
    ("am03", "organisation", "the [[Ministry of Economy and Sustainable Development]]", 0, O(MOESD)),
    ("am03", "organisation", CCCC, 0, O(CCCC)),
    ("am03", "organisation", "([[CCCC]])", 0, O(CCCC)),
    ("am03", "organisation", ADC, 0, O(ADC)),
    ("am03", "organisation", "of [[CCCC]] and", 0, O(CCCC)),
    ("am03", "organisation", "China Harbour Investment", 0, O("China Harbour Investment")),
    ("am03", "organisation", "Georgian Railway", 0, O("Georgian Railway")),
    ("am03", "organisation", CRCT, 0, O(CRCT)),
    ("am03", "organisation", "Hualing Group", 0, O("Hualing Group")),
    ("am03", "organisation", GEOSTAT, 0, O(GEOSTAT)),
    ("am03", "organisation", "([[Geostat]])", 0, O(GEOSTAT)),
    ("am03", "organisation", "[[Geostat]] said", 0, O(GEOSTAT)),
    # places ("Tamar Zugdidi" is a person; the Middle Corridor a route)
    ("am03", "place", "Anaklia port:", 0, ANAKLIA),
    ("am03", "place", "[[Georgian]]-Chinese commission", 0, GE),
    ("am03", "place", "Georgian-[[Chinese]] commission", 0, CN),
    ("am03", "place", "in [[Tbilisi]]", 0, TBS),
    ("am03", "place", "[[Chinese]] Vice Minister", 0, CN),
    ("am03", "place", "at [[Anaklia]]", 0, ANAKLIA),
    ("am03", "place", "The [[Georgian]] government", 0, GE),
    ("am03", "place", "Singapore", 0, C("Singapore", "SG")),
    ("am03", "place", "Xi'an", 0, CITY("Xi'an", "CN")),
    ("am03", "place", "Poti", 0, CITY("Poti", "GE")),
    ("am03", "place", "crossed [[Georgia]]", 0, GE),
    ("am03", "place", "Kutaisi", 0, CITY("Kutaisi", "GE")),
    ("am03", "place", "between [[Georgia]] and", 0, GE),
    ("am03", "place", "and [[China]] reached", 0, CN),
    ("am03", "place", "[[Chinese]] investment", 0, CN),
    ("am03", "place", "Beijing", 0, CITY("Beijing", "CN")),
    # events ("agreed", "will start", "will cost", "will put", "selected" (an award), "crossed",
    # "exported", "reached", "totalled", "will be held": no occurrence of a type; the vice minister
    # (no ministry named) stands for China; the co-chair stands for the ministry the document names)
    ("am03", "event", "seventh [[session]] of the Georgian", 0,
     E("meeting", "2025-10-07", "Tbilisi", [COMM, MOESD, "China"])),
    ("am03", "event", "Corp. [[signed]]", 0,
     E("signing", "2025-10-07", "Tbilisi", ["Georgian Railway", CRCT], Q("2000", "train", "le"))),
    ("am03", "event", "visited", 0, E("visit", "2025-10-06", "Kutaisi", ["China"])),
    ("am03", "event", "has [[invested]]", 0,
     E("investment", None, "Kutaisi", ["Hualing Group"], M("520000000", "USD", "gt"))),
]

# ================================= am04 Sichuan Road & Bridge annual report 2024 (28 March 2025)
SRBG = "Sichuan Road & Bridge Group Co., Ltd."
SRBO = "Sichuan Road & Bridge Overseas Engineering Co., Ltd."
UNRA = "Uganda National Roads Authority"
MOTC = "Ministry of Transport and Communications of the Kyrgyz Republic"
BRF = "Belt and Road Forum for International Cooperation"
KG = C("Kyrgyzstan", "KG")
TAS = CITY("Tashkent", "UZ")
A04 = [
    # dates ("Annual Report 2024": a title; "year on year": no point; "the end of the Reporting
    # Period": no calendar unit; "In the same month" -> "the same month")
    ("am04", "date", "28 March 2025", 0, "2025-03-28"),
    ("am04", "date", "1 January to 31 December 2024", 0, "2024-01-01/2024-12-31"),
    ("am04", "date", "18 June 2024", 0, "2024-06-18"),
    ("am04", "date", "September 2024", 0, "2024-09"),
    ("am04", "date", "30 October 2024", 0, "2024-10-30"),
    ("am04", "date", "the third quarter of 2024", 0, "2024-Q3"),
    ("am04", "date", "the first half of 2026", 0, "2026-H1"),
    ("am04", "date", "November 2024", 0, "2024-11"),
    ("am04", "date", "December 2024", 1, "2024-12"),
    ("am04", "date", "the same month", 0, "2024-12"),
    ("am04", "date", "31 December 2024", 1, "2024-12-31"),
    ("am04", "date", "the beginning of the year", 0, "2024"),
    ("am04", "date", "Outlook for [[2025]]", 0, "2025"),
    # money ("wan" = 10^4, "yi" = 10^8)
    ("am04", "money", "RMB 386,250 wan", 0, M("3862500000", "CNY")),
    ("am04", "money", "RMB 96.4 yi", 0, M("9640000000", "CNY")),
    ("am04", "money", "approximately US$ 1.34 billion", 0, M("1340000000", "USD", "approx")),
    ("am04", "money", "US$ 318 million", 0, M("318000000", "USD")),
    ("am04", "money", "RMB 21.7 yi", 0, M("2170000000", "CNY")),
    ("am04", "money", "US$ 207 million", 0, M("207000000", "USD")),
    ("am04", "money", "RMB 68 wan", 0, M("680000", "CNY")),
    ("am04", "money", "RMB 14.2 yi", 0, M("1420000000", "CNY")),
    ("am04", "money", "not less than RMB 120 yi", 0, M("12000000000", "CNY", "ge")),
    # quantities (stock code, section and item numbers, "Lot 2", "Ring Road 4", "Nam Theun 4": names or
    # identifiers; "two months": spelled-out; "third": rank; the hotline is contact chrome)
    ("am04", "quantity", "12.6%", 0, Q("12.6", "%")),
    ("am04", "quantity", "3.7%", 0, Q("3.7", "%")),
    ("am04", "quantity", "11 countries", 0, Q("11", "country")),
    ("am04", "quantity", "35.4 km", 0, Q("35.4", "km")),
    ("am04", "quantity", "28 km", 0, Q("28", "km")),
    ("am04", "quantity", "240 MW", 0, Q("240", "MW")),
    ("am04", "quantity", "160-kilometre", 0, Q("160", "km")),
    ("am04", "quantity", "2,400 sets", 0, Q("2400", "set")),
    ("am04", "quantity", "1,126 overseas employees", 0, Q("1126", "employee")),
    ("am04", "quantity", "64%", 0, Q("64", "%")),
    ("am04", "quantity", "5.8%", 0, Q("5.8", "%")),
    # organisations ("the Group", "the Company": anaphors; places inside names are not tagged; the
    # minister's title names no body)
    ("am04", "organisation", SRBG, 0, O(SRBG)),
    ("am04", "organisation", "abbreviation: [[Sichuan Road & Bridge]]", 0, O(SRBG)),
    ("am04", "organisation", UNRA, 0, O(UNRA)),
    ("am04", "organisation", "([[UNRA]])", 0, O(UNRA)),
    ("am04", "organisation", MOTC, 0, O(MOTC)),
    ("am04", "organisation", SRBO, 0, O(SRBO)),
    # places (roads named after towns tag the towns (extra12/extra37))
    ("am04", "place", "[[Kampala]]-Jinja", 0, CITY("Kampala", "UG")),
    ("am04", "place", "Kampala-[[Jinja]]", 0, CITY("Jinja", "UG")),
    ("am04", "place", "([[Uganda]])", 0, C("Uganda", "UG")),
    ("am04", "place", "in [[Kampala]]", 0, CITY("Kampala", "UG")),
    ("am04", "place", "Bishkek", 0, CITY("Bishkek", "KG")),
    ("am04", "place", "([[Kyrgyzstan]])", 0, KG),
    ("am04", "place", "([[Laos]])", 0, C("Laos", "LA")),
    ("am04", "place", "Phnom Penh", 0, CITY("Phnom Penh", "KH")),
    ("am04", "place", "([[Cambodia]])", 0, C("Cambodia", "KH")),
    ("am04", "place", "visited [[Tashkent]]", 0, TAS),
    ("am04", "place", "Uzbekistan", 0, C("Uzbekistan", "UZ")),
    ("am04", "place", "between [[Tashkent]]", 0, TAS),
    ("am04", "place", "Samarkand", 0, CITY("Samarkand", "UZ")),
    ("am04", "place", "Naryn Region", 0, REG("Naryn Region", "KG")),
    ("am04", "place", "Region, [[Kyrgyzstan]]", 0, KG),
    ("am04", "place", "Central Asia", 0, REG("Central Asia")),
    ("am04", "place", "Southeast Asia", 0, REG("Southeast Asia")),
    ("am04", "place", "East Africa", 0, REG("East Africa")),
    # summit (no date or place given for it)
    ("am04", "summit", BRF, 0, S(BRF)),
    # events ("Newly signed overseas contracts": a tally (extra4); "won the bid": an award; "had not
    # been signed": negated; "is expected to generate", "plans to sign": future; "discussed": within
    # the meeting; "the Company" takes part by coreference (extra39); the Uzbek minister (no ministry
    # named) stands for Uzbekistan)
    ("am04", "event", "Company [[signed]]", 0,
     E("signing", "2024-06-18", "Kampala", [SRBG, UNRA], M("318000000", "USD"))),
    ("am04", "event", "Construction [[started]]", 0, E("construction", "2024-09", "Uganda")),
    ("am04", "event", "[[completed]] and handed over", 0,
     E("construction", "2024-10-30", "Kyrgyzstan", [SRBG, MOTC])),
    ("am04", "event", "[[completed]] the diversion", 0, E("construction", "2024-Q3", "Laos", [SRBO])),
    ("am04", "event", "visited", 0, E("visit", "2024-12", "Tashkent", [SRBG, "Uzbekistan"])),
    ("am04", "event", "[[met]] with", 0, E("meeting", "2024-12", "Tashkent", [SRBG, "Uzbekistan"])),
    ("am04", "event", "donated", 0,
     E("donation", "2024-12", "Naryn Region", [SRBG, "Naryn Region"], Q("2400", "set"))),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "am*.txt")
