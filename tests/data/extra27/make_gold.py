#!/usr/bin/env python3
"""Build tests/data/extra27/gold.jsonl from hand annotations of the z*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (an ENA story on the
Ethio-Djibouti railway's revenue in Ethiopian fiscal years (EFY), with birr/US$ amounts, TEU, a
CRRC locomotive contract, a donation of maintenance vehicles and the Dukem spur; a Khmer Times
story on Siem Reap Angkor International Airport's first-half traffic, with riel/US$ amounts, a
55-year BOT concession, vehicles per day, a Yunnan vice governor's visit and a Royal Decree; an
Agência Brasil story in English on the opening of BYD's Camaçari plant in Bahia, with R$ amounts,
jobs, a governor, BNDES, a State Grid transmission auction in km/kV/GW; an African Development
Bank press release on a UA-denominated ADF loan co-financed by the China-backed AGTF for the
Great North Road in Zambia, with UA/US$/EUR/SDR/K amounts, tenors, basis points and a borrower
ministry) written BLIND: annotated from shared/gold/NOTES.md and shared/spec/facts.md alone,
without running bri_corpus on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra25/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - an ENA dateline date "April 22/2025" (month day/year) is the date;
  - an Ethiopian fiscal year numbered in the Ethiopian calendar ("the 2017 EFY") is the Gregorian
    July-June year it covers at month precision (2024-07/2025-06; EFY 2017 runs 8 July 2024 to
    7 July 2025, read July-June as extra13's "2022/23 fiscal year"); "the first nine months of this
    Ethiopian fiscal year" in April 2025 -> 2024-07/2025-03;
  - a demonym naming a national calendar inside a date's span ("this Ethiopian fiscal year") is
    still the country (a place fact nested in the date fact: spans of different kinds may nest);
  - "Six years ago" (a spelled-out offset with a calendar unit, deictic) is a date at year precision
    (extra5's "a year earlier", extra25's "Two days earlier"); "a year ago" likewise;
  - a port named "Port of <town>" and "<town> port" tag the town (x04/x12); "Ethiopians" (the people)
    and a predicate demonym ("drivers were Chinese") are the country;
  - a donation handed over at a ceremony attended by a minister whose title names no body and by an
    ambassador takes their countries as participants (extra5/extra13); "hauled", "ran ... trips",
    "carried", "handled", "earned", "sold" are traffic/sales figures, "repaid" a payment,
    "entered commercial operation" no type (extra24);
  - a Khmer Times header "16 July 2025 | 08:41 ICT" is one date and time (extra22), zone outside;
  - in "Siem Reap Angkor International Airport" the town is tagged (extra17's airports); "Angkor"
    (the temple complex, also "the Angkor temples") names no city or region and is not tagged; the
    airport code "(SAI)" is an identifier;
  - "<place>-born" tags the place (extra25's "Jizzakh-born"); persons named like places ("Abebe
    Gonder", "Kim Pursat", "Luana Feira Santos", "Mrs. Joyce Kabwe") are no places (extra6/extra11);
  - an airport "was built by" a contractor at a stated cost with no completion date: an undated
    construction with the cost as amount (extra12); its inauguration by the Prime Minister (no body
    named) is a ceremony with the country (extra10's President);
  - "32-member delegation": a hyphenated count adjective, no quantity (extra20's "150-bed");
  - a Brazilian header "10/07/2025 - 18:32" is day/month/year: 2025-07-10T18:32 (extra12's
    dash-joined header);
  - the opening of a plant's first assembly line told by the headline "opens" is one ceremony with
    the company and the attending President (country) and Governor (his state, extra15); a plant
    "BYD acquired" (no seller named as a party) is an investment of the buyer (extra4); "has invested
    R$5.5 billion ... so far" an investment without point date (extra16); "has assembled more than
    4,200 cars in trial runs since May" production without point date (extra12);
  - "State Grid Brazil" is the short form of "State Grid Brazil Holding" (as extra17's h02);
    "Lot 2" is an identifier; "the Northeast" of Brazil is a region as written;
  - "UA" (the AfDB Unit of Account) -> ISO 4217 XUA; "SDR" -> XDR; "K" in a Zambian text -> ZMW
    (extra12);
  - "six-month Term SOFR", "four hours": spelled-out durations, no quantities; "Ten-Year Strategy
    2024-2033" and "Eighth National Development Plan" are names (no date, no quantity);
  - a development bank's "Board of Directors" is an internal unit (NOTES' Logistics Department), the
    bank named in the phrase is tagged; "the Bank", "the Bank Group" are generic (extra11);
    "African Development Bank" and "African Development Bank Group" are taken as written (the
    release's own "About" paragraph lists the Bank as one entity of the Group: NOTES' CETC call);
  - named trust funds that lend or grant ("Africa Growing Together Fund (AGTF)", "EU-Africa
    Infrastructure Trust Fund", "Nigeria Trust Fund") are organisations; "SADC region" is a mention of
    SADC (NOTES' "SCO member states"), as written;
  - a press release's "About the ..." paragraph is text (extra5's signature block); its "Contact:"
    line is chrome (NOTES);
  - a Board approval, a co-financing, a contribution and a credit "being rehabilitated" under are no
    events (extra21/extra23); a term sheet signed at a forum is a signing placed and dated by the
    forum (extra23); an appraisal mission of a named bank that "visited" a town is the bank's visit;
  - a completed road section with its length and no cost told takes the length as its amount (h02).
Run:  python3 tests/data/extra27/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= z01 ENA, Addis Ababa (April 22/2025)
ET = C("Ethiopia", "ET")
DJ = C("Djibouti", "DJ")
DJC = CITY("Djibouti", "DJ")
ADD = CITY("Addis Ababa", "ET")
MODJO = CITY("Modjo", "ET")
DIRE = CITY("Dire Dawa", "ET")
DUKEM = CITY("Dukem", "ET")
ENA = "Ethiopian News Agency"
EDR = "Ethio-Djibouti Standard Gauge Railway Share Company"
EXIM = "Export-Import Bank of China"
CRRC = "China Railway Rolling Stock Corporation"
CCECC = "China Civil Engineering Construction Corporation"
CREC = "China Railway Group Limited"
DPFZA = "Djibouti Ports and Free Zones Authority"
EMA = "Ethiopian Maritime Authority"
A01 = [
    # dates ("year-on-year", "during the period", "in the period": no calendar point; "Now": a bare
    # adverb; "when the ... contract ends": no calendar point; the copyright line is chrome)
    ("z01", "date", "April 22/2025", 0, "2025-04-22"),
    ("z01", "date", "the first nine months of this Ethiopian fiscal year", 0, "2024-07/2025-03"),
    ("z01", "date", "on [[Monday]]", 0, "2025-04-21"),
    ("z01", "date", "January 2018", 0, "2018-01"),
    ("z01", "date", "the 2017 EFY", 0, "2024-07/2025-06"),
    ("z01", "date", "the 2016 EFY", 0, "2023-07/2024-06"),
    ("z01", "date", "this year", 0, "2025"),
    ("z01", "date", "Last month", 0, "2025-03"),
    ("z01", "date", "the end of the year", 0, "2025"),
    ("z01", "date", "April 3", 0, "2025-04-03"),
    ("z01", "date", "on [[Friday]]", 0, "2025-04-18"),
    ("z01", "date", "by [[2027]]", 0, "2027"),
    ("z01", "date", "Six years ago", 0, "2019"),
    ("z01", "date", "in [[February]]", 0, "2025-02"),
    # money (birr -> ETB; "an estimated cost of": no qualifier (extra5); the Related line is chrome)
    ("z01", "money", "4.1 Billion Birr", 0, M("4100000000", "ETB")),
    ("z01", "money", "4.1 billion birr", 0, M("4100000000", "ETB")),
    ("z01", "money", "5.6 billion birr", 0, M("5600000000", "ETB")),
    ("z01", "money", "4.3 billion birr", 0, M("4300000000", "ETB")),
    ("z01", "money", "US$ 86 million", 0, M("86000000", "USD")),
    ("z01", "money", "roughly US$ 4 billion", 0, M("4000000000", "USD", "approx")),
    ("z01", "money", "36.8 million US dollar", 0, M("36800000", "USD")),
    ("z01", "money", "9.2 billion birr", 0, M("9200000000", "ETB")),
    # quantities ("a day", "a year" rates outside; "an average of" no qualifier (extra25); "clause 7.3":
    # an identifier; "two branch lines": spelled-out; demonyms inside a count stay in the span (extra15))
    ("z01", "quantity", "18 percent", 0, Q("18", "%")),
    ("z01", "quantity", "1.32 million tonnes", 0, Q("1320000", "t")),
    ("z01", "quantity", "96,400 TEUs", 0, Q("96400", "TEU")),
    ("z01", "quantity", "752-km", 0, Q("752", "km")),
    ("z01", "quantity", "1,840 freight trips", 0, Q("1840", "trip")),
    ("z01", "quantity", "about 7 trains", 0, Q("7", "train", "approx")),
    ("z01", "quantity", "41,000 passengers", 0, Q("41000", "passenger")),
    ("z01", "quantity", "86 percent", 0, Q("86", "%")),
    ("z01", "quantity", "70 percent", 0, Q("70", "%")),
    ("z01", "quantity", "10 electric locomotives", 0, Q("10", "locomotive")),
    ("z01", "quantity", "150 flat wagons", 0, Q("150", "wagon")),
    ("z01", "quantity", "60 Ethiopian technicians", 0, Q("60", "technician")),
    ("z01", "quantity", "25 track maintenance vehicles", 0, Q("25", "vehicle")),
    ("z01", "quantity", "some 120 million people", 0, Q("120000000", "person", "approx")),
    ("z01", "quantity", "about 95 percent", 0, Q("95", "%", "approx")),
    ("z01", "quantity", "1,450 Ethiopian staff", 0, Q("1450", "staff")),
    ("z01", "quantity", "70 percent", 1, Q("70", "%")),
    ("z01", "quantity", "12 percent", 0, Q("12", "%")),
    ("z01", "quantity", "38 kilometers", 0, Q("38", "km")),
    ("z01", "quantity", "15 percent", 0, Q("15", "%")),
    # organisations (the masthead is text (extra13), the copyright line chrome; "(ENA)" in the
    # dateline a mention (extra11); "Minister of Transport and Logistics": a title naming no body
    # (extra5); "the company", "the CEO": generic; the parks and the zone are facilities (extra8);
    # places inside the railway company's and the Djibouti authority's names are not tagged)
    ("z01", "organisation", ENA, 0, O(ENA)),
    ("z01", "organisation", "[[EDR]] Revenue", 0, O(EDR)),
    ("z01", "organisation", "([[ENA]])", 0, O(ENA)),
    ("z01", "organisation", EDR, 0, O(EDR)),
    ("z01", "organisation", "([[EDR]])", 0, O(EDR)),
    ("z01", "organisation", "told [[ENA]]", 0, O(ENA)),
    ("z01", "organisation", "that [[EDR]] repaid", 0, O(EDR)),
    ("z01", "organisation", EXIM, 0, O(EXIM)),
    ("z01", "organisation", "[[EDR]] signed", 0, O(EDR)),
    ("z01", "organisation", CRRC, 0, O(CRRC)),
    ("z01", "organisation", "([[CRRC]])", 0, O(CRRC)),
    ("z01", "organisation", CCECC, 0, O(CCECC)),
    ("z01", "organisation", "([[CCECC]])", 0, O(CCECC)),
    ("z01", "organisation", CREC, 0, O(CREC)),
    ("z01", "organisation", "([[CREC]])", 0, O(CREC)),
    ("z01", "organisation", "to [[EDR]] at", 0, O(EDR)),
    ("z01", "organisation", DPFZA, 0, O(DPFZA)),
    ("z01", "organisation", "([[DPFZA]])", 0, O(DPFZA)),
    ("z01", "organisation", EMA, 0, O(EMA)),
    ("z01", "organisation", "[[EDR]] also plans", 0, O(EDR)),
    ("z01", "organisation", "[[CCECC]] began", 0, O(CCECC)),
    # places ("Abebe Gonder" is a person; Djibouti the port town is a city, Djibouti the country
    # ("through Djibouti", "Djiboutian") a country; Hawassa in the Related line is chrome)
    ("z01", "place", "Addis Ababa", 0, ADD),
    ("z01", "place", "this [[Ethiopian]] fiscal", 0, ET),
    ("z01", "place", "Port of [[Djibouti]]", 0, DJC),
    ("z01", "place", "the [[Modjo]] dry port during", 0, MODJO),
    ("z01", "place", "between [[Addis Ababa]] and", 0, ADD),
    ("z01", "place", "and [[Dire Dawa]].", 0, DIRE),
    ("z01", "place", "[[Djibouti]] port", 0, DJC),
    ("z01", "place", "Zhuzhou", 0, CITY("Zhuzhou", "CN")),
    ("z01", "place", "60 [[Ethiopian]] technicians", 0, ET),
    ("z01", "place", "the [[Chinese]] contractors", 0, CN),
    ("z01", "place", "held in [[Dire Dawa]]", 0, DIRE),
    ("z01", "place", "[[Ethiopian]] Minister", 0, ET),
    ("z01", "place", "[[Djiboutian]] Ambassador", 0, DJ),
    ("z01", "place", "Ambassador to [[Ethiopia]]", 0, ET),
    ("z01", "place", "the [[Modjo]] dry port on", 0, MODJO),
    ("z01", "place", "[[Ethiopia]], a landlocked", 0, ET),
    ("z01", "place", "through [[Djibouti]].", 0, DJ),
    ("z01", "place", "1,450 [[Ethiopian]] staff", 0, ET),
    ("z01", "place", "to [[Ethiopians]]", 0, ET),
    ("z01", "place", "the [[Chinese]] consortium", 0, CN),
    ("z01", "place", "were [[Chinese]].", 0, CN),
    ("z01", "place", "the [[Dire Dawa]] Industrial", 0, DIRE),
    ("z01", "place", "near [[Dukem]]", 0, DUKEM),
    ("z01", "place", "the [[Dukem]] spur", 0, DUKEM),
    # events ("scheduled to reach", "will be assembled", "plans to link": future; "attended the
    # handover": the donation's ceremony, one occurrence; "to discuss": purpose of the visit)
    ("z01", "event", "EDR [[signed]]", 0, E("signing", "2025-03", None, [EDR, CRRC], M("36800000", "USD"))),
    ("z01", "event", "donated", 0,
     E("donation", "2025-04-03", "Dire Dawa", [CCECC, CREC, EDR, "Ethiopia", "Djibouti"], Q("25", "vehicle"))),
    ("z01", "event", "visited", 0, E("visit", "2025-04-18", "Modjo", [DPFZA])),
    ("z01", "event", "began building", 0, E("construction", "2025-02", "Dukem", [CCECC])),
]

# ================================= z02 Khmer Times (16 July 2025 | 08:41 ICT)
KH = C("Cambodia", "KH")
SR = CITY("Siem Reap", "KH")
YUN = REG("Yunnan", "CN")
AIAI = "Angkor International Airport Investment (Cambodia) Co., Ltd."
YIHG = "Yunnan Investment Holdings Group"
YAG = "Yunnan Airport Group"
SSCA = "State Secretariat of Civil Aviation"
CRBC = "China Road and Bridge Corporation"
CDC = "Council for the Development of Cambodia"
CSX = "Cambodia Securities Exchange"
A02 = [
    # dates ("first half" in the headline: an anaphor with a calendar unit (extra25's "H1");
    # "year-on-year", "in the period": no calendar point; "a year ago" -> the year; "last week" ->
    # the ISO week before the report's; "during Covid-19": no calendar point)
    ("z02", "date", "16 July 2025 | 08:41", 0, "2025-07-16T08:41"),
    ("z02", "date", "in [[first half]];", 0, "2025-H1"),
    ("z02", "date", "the first half of 2025", 0, "2025-H1"),
    ("z02", "date", "yesterday", 0, "2025-07-15"),
    ("z02", "date", "December 1, 2023", 0, "2023-12-01"),
    ("z02", "date", "since [[March]]", 0, "2025-03"),
    ("z02", "date", "on [[Monday]]", 0, "2025-07-14"),
    ("z02", "date", "On [[Tuesday]]", 0, "2025-07-15"),
    ("z02", "date", "by [[2040]]", 0, "2040"),
    ("z02", "date", "a year ago", 0, "2024"),
    ("z02", "date", "last October", 0, "2024-10"),
    ("z02", "date", "June 27", 0, "2025-06-27"),
    ("z02", "date", "the first five months of the year", 0, "2025-01/2025-05"),
    ("z02", "date", "in [[June]],", 0, "2025-06"),
    ("z02", "date", "June last year", 0, "2024-06"),
    ("z02", "date", "in [[2026]]", 0, "2026"),
    ("z02", "date", "last week", 0, "2025-W28"),
    # money (riel -> KHR; "estimated at": no qualifier; "a night" a rate outside)
    ("z02", "money", "about US$1.1 billion", 0, M("1100000000", "USD", "approx")),
    ("z02", "money", "186 billion riel", 0, M("186000000000", "KHR")),
    ("z02", "money", "about $45.9 million", 0, M("45900000", "USD", "approx")),
    ("z02", "money", "$450 million", 0, M("450000000", "USD")),
    ("z02", "money", "1.2 trillion riel", 0, M("1200000000000", "KHR")),
    ("z02", "money", "160,000 riel", 0, M("160000", "KHR")),
    ("z02", "money", "about $40", 0, M("40", "USD", "approx")),
    ("z02", "money", "about 400 billion riel", 0, M("400000000000", "KHR", "approx")),
    # quantities ("Eleven airlines", "four-lane", "four-star": spelled-out; "32-member": a hyphenated
    # count adjective; "a year", "per day": rates outside; the decree number: an identifier; the Related
    # Posts lines and the advertising phone line: chrome)
    ("z02", "quantity", "31 percent", 0, Q("31", "%")),
    ("z02", "quantity", "1.64 million passengers", 0, Q("1640000", "passenger")),
    ("z02", "quantity", "31.4 percent", 0, Q("31.4", "%")),
    ("z02", "quantity", "12,480 flights", 0, Q("12480", "flight")),
    ("z02", "quantity", "about 40 kilometres", 0, Q("40", "km", "approx")),
    ("z02", "quantity", "55-year", 0, Q("55", "year")),
    ("z02", "quantity", "14 destinations", 0, Q("14", "destination")),
    ("z02", "quantity", "12 million passengers", 0, Q("12000000", "passenger")),
    ("z02", "quantity", "7 million passengers", 0, Q("7000000", "passenger")),
    ("z02", "quantity", "46-km", 0, Q("46", "km")),
    ("z02", "quantity", "8,600 vehicles", 0, Q("8600", "vehicle")),
    ("z02", "quantity", "5,100 vehicles", 0, Q("5100", "vehicle")),
    ("z02", "quantity", "750 hectares", 0, Q("750", "ha")),
    ("z02", "quantity", "5 years", 0, Q("5", "year")),
    ("z02", "quantity", "22 percent", 0, Q("22", "%")),
    ("z02", "quantity", "493,000 visitors", 0, Q("493000", "visitor")),
    ("z02", "quantity", "58 percent", 0, Q("58", "%")),
    ("z02", "quantity", "41 percent", 0, Q("41", "%")),
    # organisations ("Senior Minister", "Vice Governor", "Prime Minister", "King": titles; "Royal
    # Decree": a legal act; "the provincial tourism association", "the company": generic; places
    # inside the operator's, the holding's, the airport group's, the council's and the exchange's
    # names are not tagged; the copyright line is chrome)
    ("z02", "organisation", "Khmer Times", 0, O("Khmer Times")),
    ("z02", "organisation", AIAI, 0, O(AIAI)),
    ("z02", "organisation", "([[AIAI]])", 0, O(AIAI)),
    ("z02", "organisation", YIHG, 0, O(YIHG)),
    ("z02", "organisation", "([[YIHG]])", 0, O(YIHG)),
    ("z02", "organisation", "[[AIAI]] said.", 0, O(AIAI)),
    ("z02", "organisation", "Air Cambodia", 0, O("Air Cambodia")),
    ("z02", "organisation", "China Eastern Airlines", 0, O("China Eastern Airlines")),
    ("z02", "organisation", "Sichuan Airlines", 0, O("Sichuan Airlines")),
    ("z02", "organisation", "of [[YIHG]] and", 0, O(YIHG)),
    ("z02", "organisation", YAG, 0, O(YAG)),
    ("z02", "organisation", SSCA, 0, O(SSCA)),
    ("z02", "organisation", "([[SSCA]])", 0, O(SSCA)),
    ("z02", "organisation", "The [[SSCA]] said", 0, O(SSCA)),
    ("z02", "organisation", CRBC, 0, O(CRBC)),
    ("z02", "organisation", "([[CRBC]])", 0, O(CRBC)),
    ("z02", "organisation", CDC, 0, O(CDC)),
    ("z02", "organisation", "([[CDC]])", 0, O(CDC)),
    ("z02", "organisation", "Ministry of Tourism", 0, O("Ministry of Tourism")),
    ("z02", "organisation", "Siem Reap Provincial Department of Tourism", 0,
     O("Siem Reap Provincial Department of Tourism")),
    ("z02", "organisation", "[[AIAI]] plans", 0, O(AIAI)),
    ("z02", "organisation", CSX, 0, O(CSX)),
    ("z02", "organisation", "([[CSX]])", 0, O(CSX)),
    # places ("Siem Reap province" a region, the town a city, both named "Siem Reap"; "Angkor" and
    # "the Angkor temples": a heritage site, no place; "Pub Street": a street; "the provincial
    # capital", "the province", "the zone": generic; "Kim Pursat" is a person)
    ("z02", "place", "[[Siem Reap]] Angkor airport", 0, SR),
    ("z02", "place", "; [[Yunnan]] vice", 0, YUN),
    ("z02", "place", "[[Siem Reap]] Angkor International", 0, SR),
    ("z02", "place", "in [[Siem Reap]] province", 0, REG("Siem Reap", "KH")),
    ("z02", "place", "Chengdu", 0, CITY("Chengdu", "CN")),
    ("z02", "place", "[[Yunnan]] Vice Governor", 0, YUN),
    ("z02", "place", "Phnom Penh", 0, CITY("Phnom Penh", "KH")),
    ("z02", "place", "with [[Siem Reap]] town", 0, SR),
    ("z02", "place", "from [[China]],", 0, CN),
    ("z02", "place", "lifeblood of [[Siem Reap]]", 0, SR),
    ("z02", "place", "the [[Chinese]] tourists", 0, CN),
    ("z02", "place", "[[Battambang]]-born", 0, CITY("Battambang", "KH")),
    ("z02", "place", "[[Chinese]] arrivals", 0, CN),
    ("z02", "place", "to [[Cambodia]] rose", 0, KH),
    # events (the headline "visits" anchors the vice governor's visit, his delegation's named bodies
    # taking part; "met" a meeting in Phnom Penh, the Senior Minister heading the SSCA standing for it;
    # "handled", "carries", "reached": figures; "has flown": no occurrence; "signed a Royal Decree": a
    # decision (extra23); "would raise", "has yet to be approved", "plans to list": future/intent;
    # "financed by": financing, no type)
    ("z02", "event", "visits", 0, E("visit", "2025-07-14", "Siem Reap", ["Yunnan", YIHG, YAG])),
    ("z02", "event", "was [[built]] by", 0,
     E("construction", None, "Siem Reap", [YIHG], M("1100000000", "USD", "approx"))),
    ("z02", "event", "inaugurated", 0, E("ceremony", "2023-12-01", "Siem Reap", ["Cambodia"])),
    ("z02", "event", "Zhang [[met]]", 0, E("meeting", "2025-07-15", "Phnom Penh", ["Yunnan", SSCA])),
    ("z02", "event", "was [[completed]] by", 0, E("construction", "2024-10", "Siem Reap", [CRBC])),
]

# ================================= z03 Agência Brasil, Salvador (10/07/2025 - 18:32)
BR = C("Brazil", "BR")
BA = REG("Bahia", "BR")
CAM = CITY("Camaçari", "BR")
SSA = CITY("Salvador", "BR")
MG = REG("Minas Gerais", "BR")
AGB = "Agência Brasil"
BYD = "BYD"
BNDES = "Brazilian Development Bank"
FENA = "National Federation of Vehicle Distribution"
ABVE = "Brazilian Association of Electric Vehicles"
ANEEL = "National Electric Energy Agency"
SGBH = "State Grid Brazil Holding"
SGCC = "State Grid Corporation of China"
A03 = [
    # dates (day/month/year in the Brazilian header; "so far", "currently": bare adverbs; the Edition
    # and Translation lines are chrome)
    ("z03", "date", "10/07/2025 - 18:32", 0, "2025-07-10T18:32"),
    ("z03", "date", "on [[Wednesday]], in", 0, "2025-07-09"),
    ("z03", "date", "October 2023", 0, "2023-10"),
    ("z03", "date", "for [[2027]]", 0, "2027"),
    ("z03", "date", "since [[May]]", 0, "2025-05"),
    ("z03", "date", "in [[March]]", 0, "2025-03"),
    ("z03", "date", "January 2024", 0, "2024-01"),
    ("z03", "date", "by [[2026]]", 0, "2026"),
    ("z03", "date", "in [[2024]]", 0, "2024"),
    ("z03", "date", "in [[2023]]", 0, "2023"),
    ("z03", "date", "this month", 0, "2025-07"),
    ("z03", "date", "July 2026", 0, "2026-07"),
    ("z03", "date", "Also on [[Wednesday]]", 0, "2025-07-09"),
    ("z03", "date", "June 27", 0, "2025-06-27"),
    ("z03", "date", "in [[2017]]", 0, "2017"),
    ("z03", "date", "December 12", 0, "2025-12-12"),
    # money (R$ -> BRL; "estimated at", "estimated investments of": no qualifier (extra5))
    ("z03", "money", "R$5.5 billion", 0, M("5500000000", "BRL")),
    ("z03", "money", "R$ 1.6 billion", 0, M("1600000000", "BRL")),
    ("z03", "money", "R$ 1.3 billion", 0, M("1300000000", "BRL")),
    ("z03", "money", "R$ 4.8 billion", 0, M("4800000000", "BRL")),
    ("z03", "money", "R$ 3.4 billion", 0, M("3400000000", "BRL")),
    ("z03", "money", "R$ 6.1 billion", 0, M("6100000000", "BRL")),
    # quantities ("first", "second phase": ranks; "a year" a rate outside; "rose to 25%": no qualifier;
    # "HKEX: 1211" a stock code; "Lot 2" an identifier; the phone line is chrome)
    ("z03", "quantity", "150,000 vehicles", 0, Q("150000", "vehicle")),
    ("z03", "quantity", "300,000 units", 0, Q("300000", "unit")),
    ("z03", "quantity", "more than 4,200 cars", 0, Q("4200", "car", "gt")),
    ("z03", "quantity", "10,000 direct jobs", 0, Q("10000", "job")),
    ("z03", "quantity", "some 20,000 indirect jobs", 0, Q("20000", "job", "approx")),
    ("z03", "quantity", "About 1,200 workers", 0, Q("1200", "worker", "approx")),
    ("z03", "quantity", "roughly 85%", 0, Q("85", "%", "approx")),
    ("z03", "quantity", "12 years", 0, Q("12", "year")),
    ("z03", "quantity", "76,713 cars", 0, Q("76713", "car")),
    ("z03", "quantity", "17,931 units", 0, Q("17931", "unit")),
    ("z03", "quantity", "25%", 0, Q("25", "%")),
    ("z03", "quantity", "35%", 0, Q("35", "%")),
    ("z03", "quantity", "1,030 km", 0, Q("1030", "km")),
    ("z03", "quantity", "500 kV", 0, Q("500", "kV")),
    ("z03", "quantity", "up to 4.2 GW", 0, Q("4.2", "GW", "le")),
    ("z03", "quantity", "2,076-km", 0, Q("2076", "km")),
    ("z03", "quantity", "about 16,000 km", 0, Q("16000", "km", "approx")),
    ("z03", "quantity", "15 states", 0, Q("15", "state")),
    ("z03", "quantity", "7 lots", 0, Q("7", "lot")),
    # organisations (the masthead and the byline's outlet are text, the phone line chrome; "HKEX"
    # before a stock code (y06); "Mais Inovação programme" a programme; "Dolphin Mini", "Song Pro":
    # models; "the company", "the group", "the bank": generic; "Brazilian"/"Brazil"/"China" inside
    # the bank's, the association's and State Grid's names are not tagged)
    ("z03", "organisation", AGB, 0, O(AGB)),
    ("z03", "organisation", "[[BYD]] opens", 0, O(BYD)),
    ("z03", "organisation", AGB, 1, O(AGB)),
    ("z03", "organisation", "automaker [[BYD]]", 0, O(BYD)),
    ("z03", "organisation", "former [[Ford]] factory", 0, O("Ford")),
    ("z03", "organisation", "that [[BYD]] acquired", 0, O(BYD)),
    ("z03", "organisation", "[[BYD]] has invested", 0, O(BYD)),
    ("z03", "organisation", "[[BYD]] says", 0, O(BYD)),
    ("z03", "organisation", "ceremony, [[BYD]] and", 0, O(BYD)),
    ("z03", "organisation", BNDES, 0, O(BNDES)),
    ("z03", "organisation", "([[BNDES]])", 0, O(BNDES)),
    ("z03", "organisation", "[[BNDES]] President", 0, O(BNDES)),
    ("z03", "organisation", "of [[BYD]] (HKEX", 0, O(BYD)),
    ("z03", "organisation", "([[HKEX]]:", 0, O("HKEX")),
    ("z03", "organisation", "[[BYD]] sold", 0, O(BYD)),
    ("z03", "organisation", FENA, 0, O(FENA)),
    ("z03", "organisation", "([[Fenabrave]])", 0, O(FENA)),
    ("z03", "organisation", ABVE, 0, O(ABVE)),
    ("z03", "organisation", "([[ABVE]])", 0, O(ABVE)),
    ("z03", "organisation", ANEEL, 0, O(ANEEL)),
    ("z03", "organisation", "([[Aneel]])", 0, O(ANEEL)),
    ("z03", "organisation", SGBH, 0, O(SGBH)),
    ("z03", "organisation", SGCC, 0, O(SGCC)),
    ("z03", "organisation", "[[State Grid Brazil]] completed", 0, O(SGBH)),
    # places ("Luana Feira Santos" is a person (Santos a city); "the metropolitan region of Salvador":
    # the city; "the Bahia state government" the state (NOTES' "Kazakhstan government"); "the Belo
    # Monte dam" names no place (h02); Rio/Brasil inside names are not tagged)
    ("z03", "place", "opens [[Camaçari]]", 0, CAM),
    ("z03", "place", "plant in [[Bahia]],", 0, BA),
    ("z03", "place", "first [[Chinese]] EV", 0, CN),
    ("z03", "place", "factory in [[Brazil]]", 0, BR),
    ("z03", "place", "Brasil - [[Salvador]]", 0, SSA),
    ("z03", "place", "[[Chinese]] automaker", 0, CN),
    ("z03", "place", "in [[Camaçari]], in", 0, CAM),
    ("z03", "place", "region of [[Salvador]]", 0, SSA),
    ("z03", "place", "[[Bahia]] Governor", 0, BA),
    ("z03", "place", "hired in [[Bahia]]", 0, BA),
    ("z03", "place", "\"[[Bahia]] has", 0, BA),
    ("z03", "place", "the [[Chinese]] electric", 0, CN),
    ("z03", "place", "Latin America", 0, REG("Latin America")),
    ("z03", "place", "the [[Bahia]] state", 0, BA),
    ("z03", "place", "expected [[Brazil]]", 0, BR),
    ("z03", "place", "outside [[China]]", 0, CN),
    ("z03", "place", "cars in [[Brazil]]", 0, BR),
    ("z03", "place", "in [[Camaçari]] will", 0, CAM),
    ("z03", "place", "São Paulo", 0, CITY("São Paulo", "BR")),
    ("z03", "place", "between [[Bahia]] and", 0, BA),
    ("z03", "place", "Minas Gerais", 0, MG),
    ("z03", "place", "the [[Northeast]]", 0, REG("Northeast", "BR")),
    ("z03", "place", "Pará", 0, REG("Pará", "BR")),
    ("z03", "place", "Minas Gerais", 1, MG),
    # events (the headline "opens" anchors the opening ("inaugurated", "the ceremony", "the event" are
    # the same occurrence), the President standing for Brazil and the Governor for Bahia; "will be able",
    # "would lift", "will create", "will carry", "is scheduled": future; "approved", "had committed":
    # financing decisions; "sold", "rose": figures; "won Lot 2 of the transmission auction": an award,
    # no type (x08/extra10); "committing to build": future; "operates": no occurrence)
    ("z03", "event", "opens", 0, E("ceremony", "2025-07-09", "Camaçari", [BYD, "Brazil", "Bahia"])),
    ("z03", "event", "acquired", 0, E("investment", "2023-10", "Camaçari", [BYD])),
    ("z03", "event", "invested", 0, E("investment", None, "Camaçari", [BYD], M("5500000000", "BRL"))),
    ("z03", "event", "has [[assembled]] more", 0,
     E("production", None, "Camaçari", [BYD], Q("4200", "car", "gt"))),
    ("z03", "event", "signed", 0, E("signing", "2025-07-09", "Camaçari", [BYD, "Bahia"], M("1600000000", "BRL"))),
    ("z03", "event", "completed", 0, E("construction", "2017", None, [SGBH], Q("2076", "km"))),
]

# ================================= z04 African Development Bank press release (19-Jun-2025)
ZM = C("Zambia", "ZM")
RZM = C("Republic of Zambia", "ZM")
MPIKA = CITY("Mpika", "ZM")
KASAMA = CITY("Kasama", "ZM")
AFR = REG("Africa")
AFDBG = "African Development Bank Group"
AFDB = "African Development Bank"
ADF = "African Development Fund"
AGTF = "Africa Growing Together Fund"
PBOC = "People's Bank of China"
MOFNP = "Ministry of Finance and National Planning"
RDA = "Road Development Agency"
EU = "European Union"
EUTF = "EU-Africa Infrastructure Trust Fund"
IDA = "International Development Association"
CJIC = "China Jiangxi Corporation for International Economic and Technical Cooperation"
NTF = "Nigeria Trust Fund"
A04 = [
    # dates ("per annum", "a year": rates; "Ten-Year Strategy 2024-2033": a name; "from 7 to 11 April":
    # one interval, the preposition outside (NOTES))
    ("z04", "date", "19-Jun-2025", 0, "2025-06-19"),
    ("z04", "date", "18 June 2025", 0, "2025-06-18"),
    ("z04", "date", "in [[2014]]", 0, "2014"),
    ("z04", "date", "November 2024", 0, "2024-11"),
    ("z04", "date", "December 2024", 0, "2024-12"),
    ("z04", "date", "September 2024", 0, "2024-09"),
    ("z04", "date", "7 to 11 April", 0, "2025-04-07/2025-04-11"),
    ("z04", "date", "the first quarter of 2026", 0, "2026-Q1"),
    # money (UA -> XUA, SDR -> XDR, K -> ZMW (extra12); "the equivalent of": no qualifier)
    ("z04", "money", "UA 61.8 million", 0, M("61800000", "XUA")),
    ("z04", "money", "UA 61.8 million", 1, M("61800000", "XUA")),
    ("z04", "money", "about $84 million", 0, M("84000000", "USD", "approx")),
    ("z04", "money", "$34 million", 0, M("34000000", "USD")),
    ("z04", "money", "$2 billion", 0, M("2000000000", "USD")),
    ("z04", "money", "about $118 million", 0, M("118000000", "USD", "approx")),
    ("z04", "money", "K 412 million", 0, M("412000000", "ZMW")),
    ("z04", "money", "about $15 million", 0, M("15000000", "USD", "approx")),
    ("z04", "money", "EUR 18 million", 0, M("18000000", "EUR")),
    ("z04", "money", "SDR 42.5 million", 0, M("42500000", "XDR")),
    # quantities (tenors with digits and basis points are quantities (extra22); "six-month", "four
    # hours", "under three": spelled-out; "(T2)": a road number; "Eighth": a rank; "of"-complements
    # outside ("62 km of climbing lanes"); the contact line is chrome)
    ("z04", "quantity", "208-km", 0, Q("208", "km")),
    ("z04", "quantity", "30 years", 0, Q("30", "year")),
    ("z04", "quantity", "5-year", 0, Q("5", "year")),
    ("z04", "quantity", "0.75%", 0, Q("0.75", "%")),
    ("z04", "quantity", "20-year", 0, Q("20", "year")),
    ("z04", "quantity", "80 basis points", 0, Q("80", "bp")),
    ("z04", "quantity", "25 bps", 0, Q("25", "bp")),
    ("z04", "quantity", "14 bridges", 0, Q("14", "bridge")),
    ("z04", "quantity", "62 km", 0, Q("62", "km")),
    ("z04", "quantity", "about 1.4 million tonnes", 0, Q("1400000", "t", "approx")),
    ("z04", "quantity", "2,300 vehicles", 0, Q("2300", "vehicle")),
    ("z04", "quantity", "45%", 0, Q("45", "%")),
    ("z04", "quantity", "120-km", 0, Q("120", "km")),
    ("z04", "quantity", "about 1,800 jobs", 0, Q("1800", "job", "approx")),
    ("z04", "quantity", "30%", 0, Q("30", "%")),
    ("z04", "quantity", "41 African countries", 0, Q("41", "country")),
    ("z04", "quantity", "54 regional member states", 0, Q("54", "state")),
    # organisations ("Board of Directors": an internal unit; "the Bank", "the Bank Group": generic;
    # "Term SOFR": a rate; "Director General for Southern Africa": a title naming no body; the Contact
    # line is chrome; places inside the funds' and the bank's names are not tagged)
    ("z04", "organisation", AFDBG, 0, O(AFDBG)),
    ("z04", "organisation", "Zambia: [[African Development Bank]] approves", 0, O(AFDB)),
    ("z04", "organisation", "Directors of the [[African Development Bank Group]]", 0, O(AFDBG)),
    ("z04", "organisation", ADF, 0, O(ADF)),
    ("z04", "organisation", "([[ADF]]), the Bank", 0, O(ADF)),
    ("z04", "organisation", AGTF, 0, O(AGTF)),
    ("z04", "organisation", "([[AGTF]])", 0, O(AGTF)),
    ("z04", "organisation", PBOC, 0, O(PBOC)),
    ("z04", "organisation", "([[PBOC]])", 0, O(PBOC)),
    ("z04", "organisation", "The [[ADF]] loan", 0, O(ADF)),
    ("z04", "organisation", "The [[AGTF]] loan", 0, O(AGTF)),
    ("z04", "organisation", MOFNP, 0, O(MOFNP)),
    ("z04", "organisation", "([[MoFNP]])", 0, O(MOFNP)),
    ("z04", "organisation", RDA, 0, O(RDA)),
    ("z04", "organisation", "([[RDA]])", 0, O(RDA)),
    ("z04", "organisation", EU, 0, O(EU)),
    ("z04", "organisation", EUTF, 0, O(EUTF)),
    ("z04", "organisation", IDA, 0, O(IDA)),
    ("z04", "organisation", "([[IDA]])", 0, O(IDA)),
    ("z04", "organisation", "which the [[MoFNP]] signed", 0, O(MOFNP)),
    ("z04", "organisation", "The [[AGTF]] co-financing", 0, O(AGTF)),
    ("z04", "organisation", "where the [[MoFNP]] and", 0, O(MOFNP)),
    ("z04", "organisation", "and the [[AGTF]] signed", 0, O(AGTF)),
    ("z04", "organisation", CJIC, 0, O(CJIC)),
    ("z04", "organisation", "([[CJIC]])", 0, O(CJIC)),
    ("z04", "organisation", "[[SADC]] region", 0, O("SADC")),
    ("z04", "organisation", "mission of the [[African Development Bank]], led", 0, O(AFDB)),
    ("z04", "organisation", "About the [[African Development Bank Group]]:", 0, O(AFDBG)),
    ("z04", "organisation", "The [[African Development Bank Group]] is", 0, O(AFDBG)),
    ("z04", "organisation", "comprises the [[African Development Bank]] (AfDB)", 0, O(AFDB)),
    ("z04", "organisation", "([[AfDB]])", 0, O(AFDB)),
    ("z04", "organisation", "the [[African Development Fund]] (ADF) and", 0, O(ADF)),
    ("z04", "organisation", "([[ADF]]) and the Nigeria", 0, O(ADF)),
    ("z04", "organisation", NTF, 0, O(NTF)),
    ("z04", "organisation", "([[NTF]])", 0, O(NTF)),
    # places ("China-backed" tags China (extra24's "China-aided"); a road section named after towns
    # tags each town (extra6/extra8); "the Great North Road": a road; "Mrs. Joyce Kabwe" is a person
    # (Kabwe a town); "the sea", "the project area": no places; "African countries" the continent)
    ("z04", "place", "[[Zambia]]: African", 0, ZM),
    ("z04", "place", "[[China]]-backed", 0, CN),
    ("z04", "place", "the [[Republic of Zambia]] to upgrade", 0, RZM),
    ("z04", "place", "208-km [[Mpika]]-Kasama", 0, MPIKA),
    ("z04", "place", "208-km Mpika-[[Kasama]]", 0, KASAMA),
    ("z04", "place", "The [[Zambian]] government", 0, ZM),
    ("z04", "place", "is the [[Republic of Zambia]],", 0, RZM),
    ("z04", "place", "Chinsali", 0, CITY("Chinsali", "ZM")),
    ("z04", "place", "the [[Kasama]]-Nakonde", 0, KASAMA),
    ("z04", "place", "Nakonde", 0, CITY("Nakonde", "ZM")),
    ("z04", "place", "in [[Lusaka]]", 0, CITY("Lusaka", "ZM")),
    ("z04", "place", "links [[Zambia]]'s", 0, ZM),
    ("z04", "place", "Copperbelt", 0, REG("Copperbelt", "ZM")),
    ("z04", "place", "Dar es Salaam", 0, CITY("Dar es Salaam", "TZ")),
    ("z04", "place", "Tanzania", 0, C("Tanzania", "TZ")),
    ("z04", "place", "the [[Mpika]]-Kasama section averages", 0, MPIKA),
    ("z04", "place", "Mpika-[[Kasama]] section averages", 0, KASAMA),
    ("z04", "place", "in [[Rabat]]", 0, CITY("Rabat", "MA")),
    ("z04", "place", "Serenje", 0, CITY("Serenje", "ZM")),
    ("z04", "place", "Serenje-[[Mpika]]", 0, MPIKA),
    ("z04", "place", "is [[Zambia]]'s lifeline", 0, ZM),
    ("z04", "place", "Southern Africa", 0, REG("Southern Africa")),
    ("z04", "place", "between [[Mpika]] and", 0, MPIKA),
    ("z04", "place", "and [[Kasama]] from", 0, KASAMA),
    ("z04", "place", "visited [[Kasama]]", 0, KASAMA),
    ("z04", "place", "and [[Zambia]]'s Eighth", 0, ZM),
    ("z04", "place", "is [[Africa]]'s premier", 0, AFR),
    ("z04", "place", "41 [[African]] countries", 0, AFR),
    # summit (a forum placed and dated by the text)
    ("z04", "summit", "Africa Investment Forum", 0, S("Africa Investment Forum", "2024-12", "Rabat")),
    # events ("approved", "co-financed", "will contribute", "will provide", "is being rehabilitated",
    # "was first discussed", "are expected to start": decisions, financing, future or under way; the
    # credit signed by the ministry with IDA and the term sheet signed at the forum are two signings;
    # the completed section takes its length (h02); the appraisal mission's visit is the Bank's)
    ("z04", "event", "MoFNP [[signed]] in Lusaka", 0,
     E("signing", "2024-11", "Lusaka", [MOFNP, IDA], M("42500000", "XDR"))),
    ("z04", "event", "AGTF [[signed]] a term sheet", 0, E("signing", "2024-12", "Rabat", [MOFNP, AGTF])),
    ("z04", "event", "completed", 0, E("construction", "2024-09", None, [CJIC], Q("120", "km"))),
    ("z04", "event", "visited", 0, E("visit", "2025-04-07/2025-04-11", "Kasama", [AFDB])),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "z*.txt")
