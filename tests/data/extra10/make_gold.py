#!/usr/bin/env python3
"""Build tests/data/extra10/gold.jsonl from hand annotations of the r*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (an EconomyNext
story on a Colombo Port City marina lease, a tax holiday and Hambantota with Rs./LKR/US$
amounts; a TASS story on the Far Eastern gas route, the Power of Siberia, RZD-China
Railway traffic and the Northern Sea Route with bcm and rubles; a Chongqing government
release on China-Europe and Land-Sea Corridor trains with trips, TEU, "10,000 yuan" and
year-on-year figures; a Punch story on the inauguration of the Kano-Katsina-Maradi
railway with naira amounts) written BLIND: annotated from shared/gold/NOTES.md and
shared/spec/facts.md alone, without running bri_corpus on them, so that they measure
the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the
calls recorded in tests/data/extra3 ... extra9/make_gold.py; the comments record the
calls NOTES leaves open.  Calls made for the first time in this set:
  - a bare header time "(updated: 14:52)" is a date fact of the header's day (2025-03-04T14:52);
  - a pipeline route named with a regional adjective ("Far Eastern route") carries the region (Far East,
    RU), as NOTES' "Central Asian countries"; "Far Eastern Federal District" is a region as written;
  - "Arctic" in a title ("Special Representative for Arctic Development") and a project's name ("Arctic
    LNG 2") is the region spanning several countries, with no country; the Northern Sea Route is a route;
  - the completion of a building step told alone ("the welding of the cross-border section ... was
    finished last week") is a construction occurrence without participants;
  - "first five months" (headline) / "the first five months" -> 2025-01/2025-05, like "the first half of
    the year";
  - "awarded ... a contract" has no event type, as y08's "won contract";
  - a project "built by" X whose completion the next paragraph dates ("the track-laying was completed in
    November last year") is one construction occurrence dated by it, apart from "construction began";
  - an inauguration headline ("Tinubu inaugurates") anchors the ceremony; the President stands for his
    country, the named attendees "at the event" take part;
  - "imported 1,200 tonnes" is a trade figure, no delivery.
Run:  python3 tests/data/extra10/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= r01 EconomyNext, Colombo/Hambantota (May 16, 2025 10:42 am, a Friday)
LK = C("Sri Lanka", "LK")
COLOMBO = CITY("Colombo", "LK")
HAMB = CITY("Hambantota", "LK")
ENX = "EconomyNext"
CPCEC = "Colombo Port City Economic Commission"
CHEC = "China Harbour Engineering Company"
MBC = "Marina Bay Colombo (Pvt) Ltd"
BOI = "Board of Investment of Sri Lanka"
CCCC = "China Communications Construction Company"
CHECPC = "CHEC Port City Colombo (Pvt) Ltd"
CMPORT = "China Merchants Port Holdings"
HIPG = "Hambantota International Port Group"
NYK = "NYK Line"
SLPA = "Sri Lanka Ports Authority"
CBSL = "Central Bank of Sri Lanka"
A01 = [
    # dates ("the first quarter", "last month", "the second half of 2026" resolve; "January-April" is one
    # interval (z07); "year-on-year": no calendar point; the copyright year is chrome)
    ("r01", "date", "May 16, 2025 10:42 am", 0, "2025-05-16T10:42"),
    ("r01", "date", "on [[Tuesday]]", 0, "2025-05-13"),
    ("r01", "date", "on [[Wednesday]]", 0, "2025-05-14"),
    ("r01", "date", "the end of 2028", 0, "2028"),
    ("r01", "date", "a slow [[2024]]", 0, "2024"),
    ("r01", "date", "the [[2022]] currency", 0, "2022"),
    ("r01", "date", "dated [[30 April]]", 0, "2025-04-30"),
    ("r01", "date", "the first quarter", 0, "2025-Q1"),
    ("r01", "date", "last month", 0, "2025-04"),
    ("r01", "date", "the second half of 2026", 0, "2026-H2"),
    ("r01", "date", "on [[Thursday]]", 0, "2025-05-15"),
    ("r01", "date", "January-April", 0, "2025-01/2025-04"),
    ("r01", "date", "on [[May 9]]", 0, "2025-05-09"),
    ("r01", "date", "in [[April]].", 0, "2025-04"),
    ("r01", "date", "from [[July]]", 0, "2025-07"),
    ("r01", "date", "in [[2024]],", 0, "2024"),
    # money ("Rs." in a Sri Lankan story is LKR (w06); "360 to the US dollar" and the Related line's rate
    # are exchange rates, no money (t07); "per call": the rate stays outside the span)
    ("r01", "money", "Rs.48bn", 0, M("48000000000", "LKR")),
    ("r01", "money", "US$ 38.5 million", 0, M("38500000", "USD")),
    ("r01", "money", "LKR 36 billion", 0, M("36000000000", "LKR")),
    ("r01", "money", "Rs.12.4 billion", 0, M("12400000000", "LKR")),
    ("r01", "money", "Rs.7.9 billion", 0, M("7900000000", "LKR")),
    ("r01", "money", "US$ 75 million", 0, M("75000000", "USD")),
    ("r01", "money", "Rs.5 mn", 0, M("5000000", "LKR")),
    ("r01", "money", "US$ 1.2 billion", 0, M("1200000000", "USD")),
    # quantities ("420-room": a hyphenated count adjective, no fact (x03's "15-member"); "99-year",
    # "6.2-hectare", "640-metre": units (x04); "Section 52": an identifier; "three other": spelled-out;
    # "a year": the rate stays outside; "36 car carriers": the counted noun without its modifier)
    ("r01", "quantity", "99-year", 0, Q("99", "year")),
    ("r01", "quantity", "6.2-hectare", 0, Q("6.2", "ha")),
    ("r01", "quantity", "180 yacht berths", 0, Q("180", "berth")),
    ("r01", "quantity", "1.1 km", 0, Q("1.1", "km")),
    ("r01", "quantity", "12 years", 0, Q("12", "year")),
    ("r01", "quantity", "640-metre", 0, Q("640", "m")),
    ("r01", "quantity", "116 hectares", 0, Q("116", "ha")),
    ("r01", "quantity", "712,000 tonnes", 0, Q("712000", "t")),
    ("r01", "quantity", "18 percent", 0, Q("18", "%")),
    ("r01", "quantity", "85 percent", 0, Q("85", "%")),
    ("r01", "quantity", "up to 400,000 vehicles", 0, Q("400000", "vehicle", "le")),
    ("r01", "quantity", "36 car carriers", 0, Q("36", "carrier")),
    ("r01", "quantity", "nearly 40 percent", 0, Q("40", "%", "lt")),
    # organisations (the dateline's masthead "ECONOMYNEXT" is the outlet the body names "EconomyNext";
    # "The Commission('s board)": an anaphor; "Business of Strategic Importance" is a status; "China
    # Merchants" is the short form of the body's China Merchants Port Holdings; "The" of "The Central Bank"
    # is the article; Share/Related/copyright lines are chrome)
    ("r01", "organisation", "ECONOMYNEXT", 0, O(ENX)),
    ("r01", "organisation", CPCEC, 0, O(CPCEC)),
    ("r01", "organisation", "([[CPCEC]])", 0, O(CPCEC)),
    ("r01", "organisation", CHEC, 0, O(CHEC)),
    ("r01", "organisation", "([[CHEC]])", 0, O(CHEC)),
    ("r01", "organisation", "told [[EconomyNext]]", 0, O(ENX)),
    ("r01", "organisation", MBC, 0, O(MBC)),
    ("r01", "organisation", BOI, 0, O(BOI)),
    ("r01", "organisation", "([[BOI]])", 0, O(BOI)),
    ("r01", "organisation", "[[Marina Bay Colombo]] awarded", 0, O(MBC)),
    ("r01", "organisation", "awarded [[CHEC]]", 0, O(CHEC)),
    ("r01", "organisation", CCCC, 0, O(CCCC)),
    ("r01", "organisation", CHECPC, 0, O(CHECPC)),
    ("r01", "organisation", CMPORT, 0, O(CMPORT)),
    ("r01", "organisation", HIPG, 0, O(HIPG)),
    ("r01", "organisation", "([[HIPG]])", 0, O(HIPG)),
    ("r01", "organisation", "[[HIPG]], in which", 0, O(HIPG)),
    ("r01", "organisation", "[[China Merchants]] holds", 0, O(CMPORT)),
    ("r01", "organisation", NYK, 0, O(NYK)),
    ("r01", "organisation", SLPA, 0, O(SLPA)),
    ("r01", "organisation", "([[SLPA]])", 0, O(SLPA)),
    ("r01", "organisation", CBSL, 0, O(CBSL)),
    # places ("Chinese-led": Chinese companies; Colombo in "Colombo Port City" is the district's city (w06);
    # "Port City" alone is the district; Colombo/Sri Lanka/Hambantota inside organisation names are not
    # tagged; "Indian Ocean" is an ocean; "the US dollar" is a currency)
    ("r01", "place", "[[Sri Lanka]] clears", 0, LK),
    ("r01", "place", "Chinese", 0, CN),
    ("r01", "place", "in [[Colombo]] Port City", 0, COLOMBO),
    ("r01", "place", "[[Sri Lanka]]'s Colombo", 0, LK),
    ("r01", "place", "in [[Colombo]], Commission", 0, COLOMBO),
    ("r01", "place", "[[Hambantota]] link", 0, HAMB),
    ("r01", "place", "[[Japan]]'s NYK", 0, C("Japan", "JP")),
    ("r01", "place", "said in [[Hambantota]]", 0, HAMB),
    ("r01", "place", "want [[Hambantota]] to", 0, HAMB),
    ("r01", "place", "and [[Hambantota]] accounting", 0, HAMB),
    # events ("clears" in the headline and "approved": a decision; the lease "signed" takes the headline's
    # Rs.48bn; "awarded ... a contract": no type (y08's "won contract"), "to build", "would handle",
    # "would seek", "will pay ... invest": future; "declared", "granted ... status": no type; "handled",
    # "called at the port", "reached": figures and tallies; the MoU takes its estimated investment (s08))
    ("r01", "event", "[[signed]] on Wednesday", 0, E("signing", "2025-05-14", "Colombo", [CPCEC, MBC],
                                                     M("48000000000", "LKR"))),
    ("r01", "event", "[[signed]] a memorandum", 0, E("signing", "2025-05-09", None, [HIPG, NYK],
                                                     M("75000000", "USD"))),
]

# ================================= r02 TASS, Vladivostok (March 04, 2025, 14:20, a Tuesday)
RU = C("Russia", "RU")
FAREAST = REG("Far East", "RU")
SAKHALIN = REG("Sakhalin", "RU")
VVO = CITY("Vladivostok", "RU")
ZAB = CITY("Zabaikalsk", "RU")
ARCTIC = REG("Arctic")
TASS = "TASS"
GAZPROM = "Gazprom"
CNPC = "China National Petroleum Corporation"
RZD = "Russian Railways"
CR = "China State Railway Group"
EEF = "10th Eastern Economic Forum"
EEF_V = S(EEF, "2025-09-03/2025-09-06", "Vladivostok")
A02 = [
    # dates (the header's date and time are one fact (v-call), the "(updated: 14:52)" time a second one of
    # the same day; the dateline's "March 4" is text (v06); "last week": the ISO week before the report's;
    # "December 1": the closest past one; "last August": the closest past August; "25-year": a quantity)
    ("r02", "date", "January 2027", 0, "2027-01"),
    ("r02", "date", "March 04, 2025, 14:20", 0, "2025-03-04T14:20"),
    ("r02", "date", "updated: [[14:52]]", 0, "2025-03-04T14:52"),
    ("r02", "date", "March 4", 0, "2025-03-04"),
    ("r02", "date", "January 2027", 1, "2027-01"),
    ("r02", "date", "by [[2030]]", 0, "2030"),
    ("r02", "date", "on [[Tuesday]]", 0, "2025-03-04"),
    ("r02", "date", "last week", 0, "2025-W09"),
    ("r02", "date", "February 4, 2022", 0, "2022-02-04"),
    ("r02", "date", "the third quarter of 2023", 0, "2023-Q3"),
    ("r02", "date", "on [[Monday]]", 0, "2025-03-03"),
    ("r02", "date", "bcm in [[2024]]", 0, "2024"),
    ("r02", "date", "December 1", 0, "2024-12-01"),
    ("r02", "date", "rubles [[last year]]", 0, "2024"),
    ("r02", "date", "February 26", 0, "2025-02-26"),
    ("r02", "date", "June 1", 0, "2025-06-01"),
    ("r02", "date", "tonnes in [[2024]]", 0, "2024"),
    ("r02", "date", "ports in [[2025]]", 0, "2025"),
    ("r02", "date", "voyages [[last year]]", 0, "2024"),
    ("r02", "date", "the [[2024]] navigation", 0, "2024"),
    ("r02", "date", "last August", 0, "2024-08"),
    ("r02", "date", "September 3-6", 0, "2025-09-03/2025-09-06"),
    # money ("has exceeded": the verb qualifier outside the span (NOTES), gt; "$3.5-4 billion": a range)
    ("r02", "money", "210 billion rubles", 0, M("210000000000", "RUB", "gt")),
    ("r02", "money", "$3.5-4 billion", 0, M("3500000000", "USD", None, "4000000000")),
    ("r02", "money", "about RUB 14 billion", 0, M("14000000000", "RUB", "approx")),
    ("r02", "money", "1.06 trillion rubles", 0, M("1060000000000", "RUB")),
    # quantities ("bcm" -> m3 (y10); "per year", "a day", "a year": rates outside the span; "22 pairs": the
    # of-complement is implied; "Resolution No. 2142", "MOEX: GAZP", "LNG 2": identifiers and names;
    # "10th": rank)
    ("r02", "quantity", "1,260-km", 0, Q("1260", "km")),
    ("r02", "quantity", "65%", 0, Q("65", "%")),
    ("r02", "quantity", "12 bcm", 0, Q("12000000000", "m3")),
    ("r02", "quantity", "1,260-km", 1, Q("1260", "km")),
    ("r02", "quantity", "65%", 1, Q("65", "%")),
    ("r02", "quantity", "25-year", 0, Q("25", "year")),
    ("r02", "quantity", "38.8 bcm", 0, Q("38800000000", "m3")),
    ("r02", "quantity", "38 bcm", 0, Q("38000000000", "m3")),
    ("r02", "quantity", "106.2 million cubic meters", 0, Q("106200000", "m3")),
    ("r02", "quantity", "22 pairs", 0, Q("22", "pair")),
    ("r02", "quantity", "9.4%", 0, Q("9.4", "%")),
    ("r02", "quantity", "17.8 million tonnes", 0, Q("17800000", "t")),
    ("r02", "quantity", "up to 20 transit container voyages", 0, Q("20", "voyage", "le")),
    ("r02", "quantity", "12 voyages", 0, Q("12", "voyage")),
    ("r02", "quantity", "290,000 tonnes", 0, Q("290000", "t")),
    # organisations ("/TASS/" in the dateline is the agency; "MOEX" is the exchange of a stock code (v-call);
    # "Russia's Finance Ministry": the country a place (z05); "the Russian government": a lower-case noun
    # after a demonym; "Arctic LNG 2 project", "Beihai terminal", "Northern Sea Route": a project, a
    # facility, a route; "Deputy Prime Minister", "Presidential Envoy": titles naming no body; the Tags
    # and copyright lines are chrome)
    ("r02", "organisation", "/[[TASS]]/", 0, O(TASS)),
    ("r02", "organisation", "[[Gazprom]] (MOEX", 0, O(GAZPROM)),
    ("r02", "organisation", "MOEX", 0, O("MOEX")),
    ("r02", "organisation", CNPC, 0, O(CNPC)),
    ("r02", "organisation", "([[CNPC]])", 0, O(CNPC)),
    ("r02", "organisation", "[[Gazprom]]'s spending", 0, O(GAZPROM)),
    ("r02", "organisation", "Gazprombank", 0, O("Gazprombank")),
    ("r02", "organisation", "[[Gazprom]] said", 0, O(GAZPROM)),
    ("r02", "organisation", "Finance Ministry", 0, O("Finance Ministry")),
    ("r02", "organisation", RZD, 0, O(RZD)),
    ("r02", "organisation", "([[RZD]])", 0, O(RZD)),
    ("r02", "organisation", CR, 0, O(CR)),
    ("r02", "organisation", "([[China Railway]])", 0, O(CR)),
    ("r02", "organisation", "[[RZD]] First", 0, O(RZD)),
    ("r02", "organisation", "[[Rosatom]], the", 0, O("Rosatom")),
    ("r02", "organisation", "[[Rosatom]] Special", 0, O("Rosatom")),
    ("r02", "organisation", "NewNew Shipping", 0, O("NewNew Shipping")),
    ("r02", "organisation", "Novatek", 0, O("Novatek")),
    ("r02", "organisation", "[[TASS]] reported", 0, O(TASS)),
    # places ("Far Eastern route": the regional adjective of the route's name is the region Far East (new
    # call, NOTES' "Central Asian"); "Far Eastern Federal District" a region as written; Siberia in the
    # pipeline's name (z07), Dalnerechensk in the station's (u-call), Beihai in the terminal's; "Arctic" in a
    # title and a project's name is the region spanning several countries, no country (new call); the Ussuri
    # River is a river; "Russian-Chinese business dialogue" is no named gathering, its demonyms places)
    ("r02", "place", "[[Russia]] to start", 0, RU),
    ("r02", "place", "to [[China]] via Far", 0, CN),
    ("r02", "place", "via [[Far Eastern]] route", 0, FAREAST),
    ("r02", "place", "from [[Sakhalin]] is", 0, SAKHALIN),
    ("r02", "place", "VLADIVOSTOK", 0, VVO),
    ("r02", "place", "[[Russian]] pipeline", 0, RU),
    ("r02", "place", "to [[China]] via the", 0, CN),
    ("r02", "place", "the [[Far Eastern]] route will", 0, FAREAST),
    ("r02", "place", "Far Eastern Federal District", 0, REG("Far Eastern Federal District", "RU")),
    ("r02", "place", "from [[Sakhalin]] is", 1, SAKHALIN),
    ("r02", "place", "in [[Beijing]]", 0, CITY("Beijing", "CN")),
    ("r02", "place", "Dalnerechensk", 0, CITY("Dalnerechensk", "RU")),
    ("r02", "place", "Primorsky Krai", 0, REG("Primorsky Krai", "RU")),
    ("r02", "place", "Power of [[Siberia]]", 0, REG("Siberia", "RU")),
    ("r02", "place", "Power of [[Siberia]]", 1, REG("Siberia", "RU")),
    ("r02", "place", "[[Russia]]'s Finance", 0, RU),
    ("r02", "place", "to [[China]] rose", 0, CN),
    ("r02", "place", "in [[Harbin]]", 0, CITY("Harbin", "CN")),
    ("r02", "place", "the [[Zabaikalsk]]-Manzhouli", 0, ZAB),
    ("r02", "place", "Zabaikalsk-[[Manzhouli]]", 0, CITY("Manzhouli", "CN")),
    ("r02", "place", "the [[Russian]] government", 0, RU),
    ("r02", "place", "to [[China]] over", 0, CN),
    ("r02", "place", "to [[Zabaikalsk]],", 0, ZAB),
    ("r02", "place", "between [[Russian]] and", 0, RU),
    ("r02", "place", "and [[Chinese]] ports", 0, CN),
    ("r02", "place", "for [[Arctic]] Development", 0, ARCTIC),
    ("r02", "place", "St. Petersburg", 0, CITY("St. Petersburg", "RU")),
    ("r02", "place", "Arkhangelsk", 0, CITY("Arkhangelsk", "RU")),
    ("r02", "place", "Shanghai", 0, CITY("Shanghai", "CN")),
    ("r02", "place", "Ningbo", 0, CITY("Ningbo", "CN")),
    ("r02", "place", "the [[Arctic]] LNG", 0, ARCTIC),
    ("r02", "place", "the [[Beihai]] terminal", 0, CITY("Beihai", "CN")),
    ("r02", "place", "[[China]]'s Guangxi", 0, CN),
    ("r02", "place", "Guangxi Zhuang Autonomous Region", 0, REG("Guangxi Zhuang Autonomous Region", "CN")),
    ("r02", "place", "in [[Vladivostok]] on", 0, VVO),
    ("r02", "place", "the [[Russian]]-Chinese", 0, RU),
    ("r02", "place", "Russian-[[Chinese]] business", 0, CN),
    ("r02", "place", "the [[Far Eastern]] route and", 0, FAREAST),
    # summits (the forum's ordinal stays in the name (x11's FOCAC, s09's DCIF); "(EEF)" and "the EEF" are
    # its short name)
    ("r02", "summit", EEF, 0, EEF_V),
    ("r02", "summit", "([[EEF]])", 0, EEF_V),
    ("r02", "summit", "the [[EEF]]", 0, EEF_V),
    # events ("will begin", "will be held", "to raise", "expects": future; "is 65% complete": building under
    # way (z05); "was finished last week": the completion of the cross-border section's building work;
    # "construction began": the start (w02); "has exceeded", "reached", "hit a record", "rose", "grew",
    # "carried": figures; "delivered its first LNG cargo": a delivery, placed by its terminal)
    ("r02", "event", "was [[finished]]", 0, E("construction", "2025-W09")),
    ("r02", "event", "[[signed]] the 25-year", 0, E("signing", "2022-02-04", "Beijing", [GAZPROM, CNPC])),
    ("r02", "event", "construction [[began]]", 0, E("construction", "2023-Q3", None, [GAZPROM])),
    ("r02", "event", "[[signed]] a protocol", 0, E("signing", "2025-02-26", "Harbin", [RZD, CR])),
    ("r02", "event", "Novatek [[delivered]]", 0, E("delivery", "2024-08", "Beihai", ["Novatek"])),
]

# ================================= r03 Chongqing government release (Date: 2025-06-12, a Thursday)
CQ = CITY("Chongqing", "CN")
EUROPE = REG("Europe")
KZ = C("Kazakhstan", "KZ")
CQFAO = "Chongqing Municipal People's Government Foreign Affairs Office"
CQPLO = "Chongqing Municipal Port and Logistics Office"
CQLC = "Chongqing Logistics City Development Co., Ltd."
KTZ = "Kazakhstan Temir Zholy"
WCIF = "15th Western China International Fair for Investment and Trade"
A03 = [
    # dates ("first five months" in the headline and "the first five months": the year's months one to five,
    # as "the first half of the year"; "From January to May" is one interval (x12); "Over the same period"
    # has no calendar unit (w-call); "the same day" carries the date it refers back to (z10))
    ("r03", "date", "first five months", 0, "2025-01/2025-05"),
    ("r03", "date", "2025-06-12", 0, "2025-06-12"),
    ("r03", "date", "January to May", 0, "2025-01/2025-05"),
    ("r03", "date", "On [[June 6]]", 0, "2025-06-06"),
    ("r03", "date", "March 19, 2011", 0, "2011-03-19"),
    ("r03", "date", "the same day", 0, "2025-06-06"),
    ("r03", "date", "the third quarter", 0, "2025-Q3"),
    ("r03", "date", "In [[May]]", 0, "2025-05"),
    ("r03", "date", "first in [[2025]]", 0, "2025"),
    ("r03", "date", "the second half of the year", 0, "2025-H2"),
    ("r03", "date", "trips in [[2025]]", 0, "2025"),
    ("r03", "date", "the first five months", 0, "2025-01/2025-05"),
    ("r03", "date", "May 21-24", 0, "2025-05-21/2025-05-24"),
    # money ("1.96 million 10,000 yuan": the Chinese ten-thousand-yuan unit (s-call))
    ("r03", "money", "26.8 billion yuan", 0, M("26800000000", "CNY")),
    ("r03", "money", "1.96 million 10,000 yuan", 0, M("19600000000", "CNY")),
    ("r03", "money", "about US$2.7 billion", 0, M("2700000000", "USD", "approx")),
    ("r03", "money", "380 million yuan", 0, M("380000000", "CNY")),
    ("r03", "money", "303.5 billion yuan", 0, M("303500000000", "CNY")),
    ("r03", "money", "412.6 billion yuan", 0, M("412600000000", "CNY")),
    # quantities ("20,000th", "15th": ranks; "two block trains", "two new routes": spelled-out; "a week": a
    # rate; the phone and ICP lines are chrome)
    ("r03", "quantity", "1,146 trips", 0, Q("1146", "trip")),
    ("r03", "quantity", "11.3%", 0, Q("11.3", "%")),
    ("r03", "quantity", "98,500 TEU", 0, Q("98500", "TEU")),
    ("r03", "quantity", "3,870 trips", 0, Q("3870", "trip")),
    ("r03", "quantity", "24.6%", 0, Q("24.6", "%")),
    ("r03", "quantity", "548 ports", 0, Q("548", "port")),
    ("r03", "quantity", "127 countries", 0, Q("127", "country")),
    ("r03", "quantity", "50 TEU", 0, Q("50", "TEU")),
    ("r03", "quantity", "12-hectare", 0, Q("12", "ha")),
    ("r03", "quantity", "1,200 tonnes", 0, Q("1200", "t")),
    ("r03", "quantity", "2,600 China-Europe trips", 0, Q("2600", "trip")),
    ("r03", "quantity", "58.2 percent", 0, Q("58.2", "%")),
    ("r03", "quantity", "318 projects", 0, Q("318", "project")),
    # organisations (the "Source:" line names the issuing office, as the seeds' "SOURCE: JAC Motors"; "the
    # Municipal Port and Logistics Office" is the office named in full before; the China-Europe Railway
    # Express, the corridor, the China-Laos Railway and the "Lancang-Mekong Express" are services and lines;
    # "Editor:" and the copyright line are chrome)
    ("r03", "organisation", CQFAO, 0, O(CQFAO)),
    ("r03", "organisation", CQPLO, 0, O(CQPLO)),
    ("r03", "organisation", CQLC, 0, O(CQLC)),
    ("r03", "organisation", KTZ, 0, O(KTZ)),
    ("r03", "organisation", "([[KTZ]])", 0, O(KTZ)),
    ("r03", "organisation", "[[KTZ]] will", 0, O(KTZ)),
    ("r03", "organisation", "Municipal Port and Logistics Office,", 0, O(CQPLO)),
    # places (places in service and line names count (x06, z04); Chongqing, Kazakhstan and Western China
    # inside organisation and fair names are not tagged; Qinzhou in the port's name is its city; Lancang and
    # Mekong are rivers; "countries along the Belt and Road": the initiative)
    ("r03", "place", "[[Chongqing]]'s international", 0, CQ),
    ("r03", "place", "the [[China]]-Europe Railway", 0, CN),
    ("r03", "place", "China-[[Europe]] Railway", 0, EUROPE),
    ("r03", "place", "Express ([[Chongqing]])", 0, CQ),
    ("r03", "place", "departing from [[Chongqing]]", 0, CQ),
    ("r03", "place", "Qinzhou", 0, CITY("Qinzhou", "CN")),
    ("r03", "place", "Guangxi Zhuang Autonomous Region", 0, REG("Guangxi Zhuang Autonomous Region", "CN")),
    ("r03", "place", "from [[Chongqing]] for", 0, CQ),
    ("r03", "place", "Duisburg", 0, CITY("Duisburg", "DE")),
    ("r03", "place", "Germany", 0, C("Germany", "DE")),
    ("r03", "place", "20,000th [[China]]-Europe", 0, CN),
    ("r03", "place", "20,000th China-[[Europe]]", 0, EUROPE),
    ("r03", "place", "train from [[Chongqing]]", 0, CQ),
    ("r03", "place", "agreement in [[Chongqing]]", 0, CQ),
    ("r03", "place", "Khorgos", 0, CITY("Khorgos", "KZ")),
    ("r03", "place", "Khorgos, [[Kazakhstan]]", 0, KZ),
    ("r03", "place", "Almaty", 0, CITY("Almaty", "KZ")),
    ("r03", "place", "Tashkent", 0, CITY("Tashkent", "UZ")),
    ("r03", "place", "[[Chongqing]] also", 0, CQ),
    ("r03", "place", "Thai", 0, C("Thailand", "TH")),
    ("r03", "place", "the [[China]]-Laos", 0, CN),
    ("r03", "place", "China-[[Laos]]", 0, C("Laos", "LA")),
    ("r03", "place", "said [[Chongqing]] will", 0, CQ),
    ("r03", "place", "Budapest", 0, CITY("Budapest", "HU")),
    ("r03", "place", "Istanbul", 0, CITY("Istanbul", "TR")),
    ("r03", "place", "2,600 [[China]]-Europe", 0, CN),
    ("r03", "place", "2,600 China-[[Europe]]", 0, EUROPE),
    ("r03", "place", "[[Chongqing]]'s foreign", 0, CQ),
    # summits (the investment fair is a named gathering held in "the city", Chongqing; its ordinal stays in
    # the name)
    ("r03", "summit", WCIF, 0, S(WCIF, "2025-05-21/2025-05-24", "Chongqing")),
    # events ("ran", "reached", "carrying", "imported", "departed", "to arrive": traffic figures and steps of
    # a journey; "since the service opened": the launch of the scheduled service (s-call), a ceremony;
    # "will run", "will open", "aims": future; "was held" is the fair itself; "signing 318 projects" at the
    # fair is a tally (w-call))
    ("r03", "event", "service [[opened]]", 0, E("ceremony", "2011-03-19", "Chongqing")),
    ("r03", "event", "[[signed]] a cooperation", 0, E("signing", "2025-06-06", "Chongqing", [CQLC, KTZ],
                                                      M("380000000", "CNY"))),
]

# ================================= r04 Punch, Kano (23rd April 2025, a Wednesday)
NG = C("Nigeria", "NG")
KANO = CITY("Kano", "NG")
MARADI = CITY("Maradi", "NE")
CCECC = "China Civil Engineering Construction Corporation"
CRCC = "China Railway Construction Corporation"
CEXIM = "Export-Import Bank of China"
FMOT = "Federal Ministry of Transportation"
NRC = "Nigerian Railway Corporation"
NPA = "Nigerian Ports Authority"
PUNCH = "Punch Newspapers"
A04 = [
    # dates ("November last year" is one month; "the 2024 budget": a year, as z07's "2023 budget"; "last
    # Friday": the Friday before the Wednesday paper; "four hours": spelled-out)
    ("r04", "date", "23rd April 2025", 0, "2025-04-23"),
    ("r04", "date", "on [[Tuesday]]", 0, "2025-04-22"),
    ("r04", "date", "January 2021", 0, "2021-01"),
    ("r04", "date", "November last year", 0, "2024-11"),
    ("r04", "date", "the [[2024]] budget", 0, "2024"),
    ("r04", "date", "in [[March]]", 0, "2025-03"),
    ("r04", "date", "last Friday", 0, "2025-04-18"),
    ("r04", "date", "on [[Monday]]", 0, "2025-04-21"),
    ("r04", "date", "the first quarter of 2025", 0, "2025-Q1"),
    ("r04", "date", "January 2023", 0, "2023-01"),
    ("r04", "date", "in [[2022]]", 0, "2022"),
    # money ("N" is the naira sign in ASCII (z01); "tn" a trillion)
    ("r04", "money", "N1.1tn", 0, M("1100000000000", "NGN")),
    ("r04", "money", "about $1.96bn", 0, M("1960000000", "USD", "approx")),
    ("r04", "money", "N1.1tn", 1, M("1100000000000", "NGN")),
    ("r04", "money", "N46.2bn", 0, M("46200000000", "NGN")),
    ("r04", "money", "N4,500", 0, M("4500", "NGN")),
    ("r04", "money", "$3.5m", 0, M("3500000", "USD")),
    ("r04", "money", "N2.8bn", 0, M("2800000000", "NGN")),
    # quantities ("two locomotives", "four hours": spelled-out; "a year": a rate; the phone number is none)
    ("r04", "quantity", "284-kilometre", 0, Q("284", "km")),
    ("r04", "quantity", "15 stations", 0, Q("15", "station")),
    ("r04", "quantity", "300,000 tonnes", 0, Q("300000", "t")),
    ("r04", "quantity", "12 coaches", 0, Q("12", "coach")),
    ("r04", "quantity", "over 6,800 Nigerian workers", 0, Q("6800", "worker", "gt")),
    ("r04", "quantity", "420 engineers", 0, Q("420", "engineer")),
    ("r04", "quantity", "34 per cent", 0, Q("34", "%")),
    ("r04", "quantity", "1.8 million tonnes", 0, Q("1800000", "t")),
    # organisations ("Minister of State for Transportation", "Minister of Equipment", "Governor of Kano
    # State": titles naming no body; "My administration", "the company": generic; the copyright line is
    # chrome; Lekki Deep Sea Port is a facility)
    ("r04", "organisation", CCECC, 0, O(CCECC)),
    ("r04", "organisation", "([[CCECC]])", 0, O(CCECC)),
    ("r04", "organisation", CRCC, 0, O(CRCC)),
    ("r04", "organisation", CEXIM, 0, O(CEXIM)),
    ("r04", "organisation", FMOT, 0, O(FMOT)),
    ("r04", "organisation", NRC, 0, O(NRC)),
    ("r04", "organisation", "([[NRC]])", 0, O(NRC)),
    ("r04", "organisation", "the [[NRC]] Managing", 0, O(NRC)),
    ("r04", "organisation", "by [[CCECC]] in", 0, O(CCECC)),
    ("r04", "organisation", "[[CCECC]]'s Managing", 0, O(CCECC)),
    ("r04", "organisation", "the [[NRC]] last", 0, O(NRC)),
    ("r04", "organisation", NPA, 0, O(NPA)),
    ("r04", "organisation", "China Harbour Engineering Company", 0, O("China Harbour Engineering Company")),
    ("r04", "organisation", PUNCH, 0, O(PUNCH)),
    ("r04", "organisation", "the [[NRC]]'s loss", 0, O(NRC)),
    # places (the byline's town is text, as a dateline's; "Republic of Niger" as written (z01), "Niger's" a
    # second name of the same country; "his Katsina counterpart": the state, a region; Lekki in the port's
    # name is its town; "Ibrahim Zaria" is a person named like a place; Nigeria/China inside names are not
    # tagged)
    ("r04", "place", "N1.1tn [[Kano]]-Maradi", 0, KANO),
    ("r04", "place", "Kano-[[Maradi]] rail", 0, MARADI),
    ("r04", "place", "Abdullahi, [[Kano]]", 0, KANO),
    ("r04", "place", "kilometre [[Kano]]-Katsina", 0, KANO),
    ("r04", "place", "Kano-[[Katsina]]-Maradi", 0, CITY("Katsina", "NG")),
    ("r04", "place", "Katsina-[[Maradi]]", 0, MARADI),
    ("r04", "place", "between [[Nigeria]]", 0, NG),
    ("r04", "place", "Republic of Niger", 0, C("Republic of Niger", "NE")),
    ("r04", "place", "station in [[Kano]]", 0, KANO),
    ("r04", "place", "from [[Kano]] to", 0, KANO),
    ("r04", "place", "to [[Maradi]] in", 0, MARADI),
    ("r04", "place", "Funtua", 0, CITY("Funtua", "NG")),
    ("r04", "place", "for [[Nigeria]], Chen", 0, NG),
    ("r04", "place", "[[Nigerian]] workers", 0, NG),
    ("r04", "place", "engineers in [[China]]", 0, CN),
    ("r04", "place", "workshop in [[Kano]]", 0, KANO),
    ("r04", "place", "Kano State", 0, REG("Kano State", "NG")),
    ("r04", "place", "his [[Katsina]] counterpart", 0, REG("Katsina", "NG")),
    ("r04", "place", "[[Niger]]'s Minister", 0, C("Niger", "NE")),
    ("r04", "place", "Lekki", 0, CITY("Lekki", "NG")),
    ("r04", "place", "the [[Lagos]]-Ibadan", 0, CITY("Lagos", "NG")),
    ("r04", "place", "Lagos-[[Ibadan]]", 0, CITY("Ibadan", "NG")),
    # events (the headline "inaugurates" anchors the inauguration ceremony (the President acts for Nigeria;
    # the builder speaking and the named attendees "at the event" take part); "built by" is the completion
    # dated by "the track-laying was completed", with the cost of the same sentence (t07); "construction
    # began" is the start (w02); "financed ... by a loan": financing; "had paid": no type; "were delivered by
    # CCECC": a delivery taking its first count (u-call); "employed", "trained", "rose", "stood at":
    # figures; "handed over a workshop", no building told: a handover ceremony (s02); the Lekki port's
    # "built by" and "was opened" are two occurrences; "will move", "will start", "will not abandon": future)
    ("r04", "event", "inaugurates", 0, E("ceremony", "2025-04-22", "Kano",
                                         ["Nigeria", CCECC, "Kano State", "Katsina", "Niger"])),
    ("r04", "event", "was [[built]] by the China Civil", 0, E("construction", "2024-11", None, [CCECC],
                                                             M("1960000000", "USD", "approx"))),
    ("r04", "event", "construction [[began]]", 0, E("construction", "2021-01", None, [CCECC])),
    ("r04", "event", "were [[delivered]]", 0, E("delivery", "2025-03", None, [CCECC], Q("12", "coach"))),
    ("r04", "event", "[[handed over]] a workshop", 0, E("ceremony", "2025-04-18", "Kano", [CCECC, NRC],
                                                        M("3500000", "USD"))),
    ("r04", "event", "port, [[built]] by", 0, E("construction", None, "Lekki", ["China Harbour Engineering Company"])),
    ("r04", "event", "was [[opened]] in", 0, E("ceremony", "2023-01", "Lekki")),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "r*.txt")
