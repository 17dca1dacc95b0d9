#!/usr/bin/env python3
"""Build tests/data/extra9/gold.jsonl from hand annotations of the s*.txt documents here.

The two documents are invented but realistic Belt and Road news texts drafted for
tests/data/extra8 and annotated here as a separate small set (a La Nation Q&A interview
with the Chinese ambassador to Djibouti on the Doraleh port, the free trade zone and the
Addis Ababa-Djibouti Railway, with USD/DJF amounts and spoken dates; a Business Media
Georgia story on the Rikoti section of the E60 highway with GEL/EUR/USD/AMD amounts, a
deadline extension, a fine and a court dispute) written BLIND: annotated from
shared/gold/NOTES.md and shared/spec/facts.md alone, without running bri_corpus on
them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the
calls recorded in tests/data/extra3 ... extra8/make_gold.py; the comments record the
calls NOTES leaves open.  Calls made for the first time in this set:
  - a season with a deictic modifier is a date with TIMEX3's season code: "Last spring"
    told in November 2024 -> 2024-SP (the closest past spring, as "last October" is the
    closest past October; TIMEX3 codes as the spec's -Q1/-H1);
  - "In two years' time" is a deictic offset with a calendar unit, as v05's "a year
    earlier": a date (2026), span "two years' time" (the preposition outside); it differs
    from a duration ("within two years", "three years later than planned", "for four
    years"), which stays no date and, spelled out, no quantity;
  - "N of them X" after a counted noun ("Sixty-two companies ..., 31 of them Chinese";
    "about 1,100 workers, 640 of them Georgian citizens") is a quantity of the antecedent's
    noun, span the digits only (the of-complement stays outside, NOTES): 31 company,
    640 worker; the demonym after it is a place;
  - the interviewing outlet's speaker label in a Q&A ("La Nation:") is an organisation
    mention, as u05's questioners' outlets; the interviewee's label is a person; the
    interview itself ("we spoke with") is the document's own making, not a meeting event;
  - a port named after its town ("Doraleh Multipurpose Port", acronym "DMP") is a facility:
    no organisation, its town tagged (u-call); the port's opening ("opened in May 2017") and
    building ("built by") are placed by that town;
  - "Djibouti" in "Djibouti International Free Trade Zone" (the state's free zone) is the
    country; "Djibouti" in "Addis Ababa-Djibouti Railway" pairs with a city and is the city
    (names as written, so "Djibouti City" elsewhere keeps its own name);
  - a visit whose place the text gives only through the visited facility's zone ("toured a
    ... warehouse" in the Djibouti free zone) takes that zone's place; the host company and
    the minister (no ministry named, so the country) are participants;
  - a ministry's department is tagged apart from the ministry that follows it ("Roads
    Department of the Ministry of ... of Georgia": two organisations, as NOTES' "Department
    of Europe and Central Asia" and w09's MOFCOM department);
  - a highway named after a mountain pass ("Rikoti highway") names no town, as s08's gorge;
    "E60", "Lot 2", "Lot 3" and "clause 14.8" are identifiers; a year inside a company's name
    ("Kolkheti-2022 LLC") is no date;
  - a fine imposed, a deadline extended, a claim filed or rejected in court, a tender won:
    no event type (as y08's "won contract").
  Text fixes made before annotating (realism and unambiguous gold): s09 the masthead put on a
  line of its own and the byline made a desk byline ("La Nation Business Desk" ->
  "Business Desk", t03's call), DMP's container volume "800,000 TEU" -> "80,000 TEU" (a
  multipurpose berth), the solar park moved from "Ghoubet" (a gulf, no settlement) to "near
  Ali Sabieh" (a town); s10 the contract "signed with the Roads Department" (the parties
  told), the deputy minister given an invented name, Lot 3's length and cost moved into the
  clause with its builder and the EIB's share told as a loan, the MP given an invented
  name who "sits on" (not "chairs") the committee, Geostat's period "January-September"
  -> "January-August" (not yet published on 8 October), the strategic partnership dated
  "July last year" and the Batumi tender "in August".
Run:  python3 tests/data/extra9/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= s09 La Nation interview, Djibouti (20 November 2024, a Wednesday)
DJ = C("Djibouti", "DJ")
DJ_CITY = CITY("Djibouti City", "DJ")
DORALEH = CITY("Doraleh", "DJ")
ADDIS = CITY("Addis Ababa", "ET")
LN = "La Nation"
CSCEC = "China State Construction Engineering Corporation"
CMPORT = "China Merchants Port Holdings"
CEXIM = "Export-Import Bank of China"
LINGLONG = "Shandong Linglong"
ERC = "Ethiopian Railways Corporation"
CCECC = "China Civil Engineering Construction Corporation"
DPFZA = "Djibouti Ports and Free Zones Authority"
DCIF = "second Djibouti-China Investment Forum"
A09 = [
    # dates ("20 November 2024" in the byline is text; "On Monday": the Monday before the Wednesday
    # paper; "this year", "Last year", "last month", "Next month" resolve; "in September": the closest
    # past one; "last week": the ISO week before the report's (extra2/3); "Last spring": the closest
    # past spring, TIMEX3's season code (new call); "In two years' time": a deictic offset, 2026 (new
    # call); "for four years": a spelled-out duration; the copyright line is chrome)
    ("s09", "date", "20 November 2024", 0, "2024-11-20"),
    ("s09", "date", "27 November", 0, "2024-11-27"),
    ("s09", "date", "seven [[this year]]", 0, "2024"),
    ("s09", "date", "Last year", 0, "2023"),
    ("s09", "date", "the first nine months of this year", 0, "2024-01/2024-09"),
    ("s09", "date", "May 2017", 0, "2017-05"),
    ("s09", "date", "Last spring", 0, "2024-SP"),
    ("s09", "date", "interest in [[2023]]", 0, "2023"),
    ("s09", "date", "On [[Monday]]", 0, "2024-11-18"),
    ("s09", "date", "two years' time", 0, "2026"),
    ("s09", "date", "freight in [[2023]]", 0, "2023"),
    ("s09", "date", "last month", 0, "2024-10"),
    ("s09", "date", "last week", 0, "2024-W46"),
    ("s09", "date", "Next month", 0, "2024-12"),
    ("s09", "date", "in [[September]]", 0, "2024-09"),
    # money ("Djiboutian francs" are DJF, the demonym inside the currency name is no place (t04))
    ("s09", "money", "about $1.3 billion", 0, M("1300000000", "USD", "approx")),
    ("s09", "money", "2.1 billion Djiboutian francs", 0, M("2100000000", "DJF")),
    ("s09", "money", "$64 million", 0, M("64000000", "USD")),
    # quantities ("seven", "Sixty-two companies", "Two new locomotives", "four years": spelled-out;
    # "31 of them": the antecedent's noun (new call); "another", "The first": no qualifier; "second
    # phase", "main berth": ranks and names; the phone number is chrome)
    ("s09", "quantity", "7.2 million tonnes", 0, Q("7200000", "t")),
    ("s09", "quantity", "more than 80,000 TEU", 0, Q("80000", "TEU", "gt")),
    ("s09", "quantity", "11 percent", 0, Q("11", "%")),
    ("s09", "quantity", "23.5%", 0, Q("23.5", "%")),
    ("s09", "quantity", "above 70%", 0, Q("70", "%", "gt")),
    ("s09", "quantity", "240 hectares", 0, Q("240", "ha")),
    ("s09", "quantity", "[[31]] of them", 0, Q("31", "company")),
    ("s09", "quantity", "1,000 hectares", 0, Q("1000", "ha")),
    ("s09", "quantity", "752-km", 0, Q("752", "km")),
    ("s09", "quantity", "1.9 million tonnes", 0, Q("1900000", "t")),
    ("s09", "quantity", "300MW", 0, Q("300", "MW")),
    # organisations (the masthead is text; "Business Desk", a desk byline, is no mention (t03); the
    # interviewer's speaker labels name the outlet (u05's questioners' outlets, new call); "Hu Bin:" is
    # a person; the port (DMP), the free trade zone and the railway are facilities; "Minister of
    # Finance" names no body; "our two governments", "our companies": generic; Shandong, China and
    # Djibouti inside the names are not tagged; the copyright line is chrome)
    ("s09", "organisation", "[[La Nation]] | Economy", 0, O(LN)),
    ("s09", "organisation", "[[La Nation]]: Ambassador, Doraleh", 0, O(LN)),
    ("s09", "organisation", "[[La Nation]]: Critics", 0, O(LN)),
    ("s09", "organisation", "[[La Nation]]: What about", 0, O(LN)),
    ("s09", "organisation", "[[La Nation]]: And the", 0, O(LN)),
    ("s09", "organisation", "[[La Nation]]: Any new", 0, O(LN)),
    ("s09", "organisation", "[[La Nation]]: Thank you", 0, O(LN)),
    ("s09", "organisation", CSCEC, 0, O(CSCEC)),
    ("s09", "organisation", CMPORT, 0, O(CMPORT)),
    ("s09", "organisation", CEXIM, 0, O(CEXIM)),
    ("s09", "organisation", LINGLONG, 0, O(LINGLONG)),
    ("s09", "organisation", ERC, 0, O(ERC)),
    ("s09", "organisation", CCECC, 0, O(CCECC)),
    ("s09", "organisation", DPFZA, 0, O(DPFZA)),
    ("s09", "organisation", "DPFZA", 0, O(DPFZA)),
    # places (the headline's figurative "Africa's Rotterdam" still names the region and the city; the
    # ports' and the station's towns count (u-call); the state's free zone names the country, the
    # railway's pair the city (new call); "the Djibouti side": the country before a generic noun;
    # Djibouti and China inside the forum's name are not tagged)
    ("s09", "place", '"[[Djibouti]] can be', 0, DJ),
    ("s09", "place", "Africa", 0, REG("Africa")),
    ("s09", "place", "Rotterdam", 0, CITY("Rotterdam", "NL")),
    ("s09", "place", "[[Chinese]] envoy", 0, CN),
    ("s09", "place", "Djibouti City", 0, DJ_CITY),
    ("s09", "place", "[[Chinese]] Ambassador", 0, CN),
    ("s09", "place", "Ambassador to [[Djibouti]] Hu", 0, DJ),
    ("s09", "place", "the [[Doraleh]] port", 0, DORALEH),
    ("s09", "place", "railway to [[Ethiopia]]", 0, C("Ethiopia", "ET")),
    ("s09", "place", "[[Doraleh]] Multipurpose", 0, DORALEH),
    ("s09", "place", "say [[Djibouti]] owes", 0, DJ),
    ("s09", "place", "to [[China]]. Public", 0, CN),
    ("s09", "place", "the [[Djibouti]] side", 0, DJ),
    ("s09", "place", "[[Djibouti]] paid", 0, DJ),
    ("s09", "place", "the [[Djibouti]] International", 0, DJ),
    ("s09", "place", "of them [[Chinese]]", 0, CN),
    ("s09", "place", "the [[Addis Ababa]]-Djibouti", 0, ADDIS),
    ("s09", "place", "Addis Ababa-[[Djibouti]] Railway", 0, CITY("Djibouti", "DJ")),
    ("s09", "place", "in [[Addis Ababa]] last", 0, ADDIS),
    ("s09", "place", "Nagad", 0, CITY("Nagad", "DJ")),
    ("s09", "place", "Damerjog", 0, CITY("Damerjog", "DJ")),
    ("s09", "place", "Ali Sabieh", 0, CITY("Ali Sabieh", "DJ")),
    ("s09", "place", "a [[Chinese]] investor", 0, CN),
    # summits (the numbered forum keeps its ordinal in the name (x04, x12); "opens ... on 27 November")
    ("s09", "summit", DCIF, 0, S(DCIF, "2024-11-27", "Djibouti City")),
    # events ("we spoke with": the interview itself, no event (new call); "turned seven", "handled",
    # "grew", "holds", "paid", "carried", "work there": anniversaries told as figures, figures, a
    # stake held, a payment; "built by" the finished port: its building work (w04), and "opened in May
    # 2017" its opening (v02), both placed by the port's town; "agreed to suspend": the governments'
    # debt agreement, a signing (s04's "agreed", s08's restructuring), the debt it covers its amount;
    # "has not called": negated; "toured": a visit, the Ambassador for China, the host company and the
    # minister (no ministry named) for Djibouti, placed by the zone's country (new call); "signed a
    # new maintenance contract": "our companies" are China's enterprises (NOTES); "arrived": no type
    # (s05); "will be handed over", "want ... to be ready", "is studying": future or under way;
    # "finished the main berth": the completion of building work at Damerjog)
    ("s09", "event", "was [[built]] by", 0, E("construction", None, "Doraleh", [CSCEC])),
    ("s09", "event", "and [[opened]] in May", 0, E("ceremony", "2017-05", "Doraleh")),
    ("s09", "event", "governments [[agreed]]", 0,
     E("signing", "2024-SP", None, ["Djibouti", "China"], M("1300000000", "USD", "approx"))),
    ("s09", "event", "toured", 0, E("visit", "2024-11-18", "Djibouti", ["China", LINGLONG, "Djibouti"])),
    ("s09", "event", "companies [[signed]]", 0,
     E("signing", "2024-10", "Addis Ababa", [ERC, "China"], M("64000000", "USD"))),
    ("s09", "event", "finished", 0, E("construction", "2024-09", "Damerjog", [CCECC])),
]

# ================================= s10 Business Media Georgia (08/10/2024 17:42, a Tuesday)
GE = C("Georgia", "GE")
AM = C("Armenia", "AM")
BMG = "Business Media Georgia"
RD = "Roads Department"
MRDI = "Ministry of Regional Development and Infrastructure of Georgia"
CR23 = "China Railway 23rd Bureau Group Co., Ltd."
ADB = "Asian Development Bank"
EIB = "European Investment Bank"
SINOHYDRO = "Sinohydro Corporation Limited"
A10 = [
    # dates (the DD/MM/YYYY header is text (s03); "on Monday": the day before the Tuesday report; "the
    # end of 2021": the year (NOTES); "the same period of 2023": only the year (w04); "July last year"
    # one span (v01); "in August", "On 3 October": the closest past ones; "last week": the ISO week
    # before the report's; "Kolkheti-2022" a name; the copyright line is chrome)
    ("s10", "date", "08/10/2024 17:42", 0, "2024-10-08T17:42"),
    ("s10", "date", "30 June 2026", 0, "2026-06-30"),
    ("s10", "date", "on [[Monday]]", 0, "2024-10-07"),
    ("s10", "date", "December 2018", 0, "2018-12"),
    ("s10", "date", "the end of 2021", 0, "2021"),
    ("s10", "date", "15 August 2024", 0, "2024-08-15"),
    ("s10", "date", "3 October", 0, "2024-10-03"),
    ("s10", "date", "January-August", 0, "2024-01/2024-08"),
    ("s10", "date", "period of [[2023]]", 0, "2023"),
    ("s10", "date", "July last year", 0, "2023-07"),
    ("s10", "date", "road in [[August]]", 0, "2024-08"),
    ("s10", "date", "last week", 0, "2024-W40"),
    ("s10", "date", "2027", 0, "2027"),
    # money (GEL lari, EUR, USD, AMD dram; the headline figure is a mention of its own; "per
    # kilometre" outside)
    ("s10", "money", "GEL 11.6 million", 0, M("11600000", "GEL")),
    ("s10", "money", "GEL 11.6 million", 1, M("11600000", "GEL")),
    ("s10", "money", "GEL 1.12 billion", 0, M("1120000000", "GEL")),
    ("s10", "money", "EUR 248 million", 0, M("248000000", "EUR")),
    ("s10", "money", "EUR 165 million", 0, M("165000000", "EUR")),
    ("s10", "money", "GEL 4.2 million", 0, M("4200000", "GEL")),
    ("s10", "money", "EUR 9 million", 0, M("9000000", "EUR")),
    ("s10", "money", "GEL 76 million", 0, M("76000000", "GEL")),
    ("s10", "money", "USD 1.9 billion", 0, M("1900000000", "USD")),
    ("s10", "money", "AMD 180 billion", 0, M("180000000000", "AMD")),
    # quantities ("E60", "Lot 2", "Lot 3", "clause 14.8", "23rd": identifiers and names; "640 of
    # them": the antecedent's noun (new call); "less than half": no number)
    ("s10", "quantity", "14.7-km", 0, Q("14.7", "km")),
    ("s10", "quantity", "53 bridges", 0, Q("53", "bridge")),
    ("s10", "quantity", "12 tunnels", 0, Q("12", "tunnel")),
    ("s10", "quantity", "8.3 km", 0, Q("8.3", "km")),
    ("s10", "quantity", "94%", 0, Q("94", "%")),
    ("s10", "quantity", "about 1,100 workers", 0, Q("1100", "worker", "approx")),
    ("s10", "quantity", "[[640]] of them", 0, Q("640", "worker")),
    ("s10", "quantity", "12-km", 0, Q("12", "km")),
    ("s10", "quantity", "up to 10%", 0, Q("10", "%", "le")),
    ("s10", "quantity", "9%", 0, Q("9", "%")),
    # organisations (the masthead's acronym and name are one outlet; the department and its ministry
    # are two bodies (new call); "the department", "the parliament's ... committee", "the Georgian
    # government": generic; "Deputy Minister", "Prime Minister" name no body; FIDIC named before its
    # conditions; the EU in "EU-funded"; Georgia, Tbilisi, Asian inside names are not tagged; the
    # copyright line is chrome)
    ("s10", "organisation", "[[BM.GE]] | Business", 0, O(BMG)),
    ("s10", "organisation", BMG, 0, O(BMG)),
    ("s10", "organisation", "The [[Roads Department]] of", 0, O(RD)),
    ("s10", "organisation", MRDI, 0, O(MRDI)),
    ("s10", "organisation", "told [[BM.GE]] on", 0, O(BMG)),
    ("s10", "organisation", CR23, 0, O(CR23)),
    ("s10", "organisation", "with the [[Roads Department]] in", 0, O(RD)),
    ("s10", "organisation", ADB, 0, O(ADB)),
    ("s10", "organisation", "([[ADB]])", 0, O(ADB)),
    ("s10", "organisation", EIB, 0, O(EIB)),
    ("s10", "organisation", "([[EIB]])", 0, O(EIB)),
    ("s10", "organisation", SINOHYDRO, 0, O(SINOHYDRO)),
    ("s10", "organisation", "The [[EIB]] lent", 0, O(EIB)),
    ("s10", "organisation", "Tbilisi City Court", 0, O("Tbilisi City Court")),
    ("s10", "organisation", "Kolkheti-2022 LLC", 0, O("Kolkheti-2022 LLC")),
    ("s10", "organisation", "FIDIC", 0, O("FIDIC")),
    ("s10", "organisation", "[[EU]]-funded", 0, O("EU")),
    ("s10", "organisation", "Geostat", 0, O("Geostat")),
    # places (the villages and towns in the sections' names count (s-call on expressways); Rikoti is
    # a pass (new call); the road's region; Yerevan as the government's seat is still the city)
    ("s10", "place", "[[Chinese]] contractor fined", 0, CN),
    ("s10", "place", "Shorapani", 0, CITY("Shorapani", "GE")),
    ("s10", "place", "Argveti", 0, CITY("Argveti", "GE")),
    ("s10", "place", "the [[Chinese]] contractor GEL", 0, CN),
    ("s10", "place", "Kutaisi", 0, CITY("Kutaisi", "GE")),
    ("s10", "place", "[[Georgian]] citizens", 0, GE),
    ("s10", "place", "[[Chinese]] Ambassador", 0, CN),
    ("s10", "place", "the [[Chinese]] company", 0, CN),
    ("s10", "place", "Kakheti", 0, REG("Kakheti", "GE")),
    ("s10", "place", "[[Georgia]]'s trade", 0, GE),
    ("s10", "place", "with [[China]] reached", 0, CN),
    ("s10", "place", "the [[Georgian]] government", 0, GE),
    ("s10", "place", "and [[China]] signed", 0, CN),
    ("s10", "place", "a [[Chinese]] company", 0, CN),
    ("s10", "place", "Batumi", 0, CITY("Batumi", "GE")),
    ("s10", "place", "Armenian", 0, AM),
    ("s10", "place", "visited [[Tbilisi]]", 0, CITY("Tbilisi", "GE")),
    ("s10", "place", "Talin", 0, CITY("Talin", "AM")),
    ("s10", "place", "Gyumri", 0, CITY("Gyumri", "AM")),
    ("s10", "place", "Yerevan", 0, CITY("Yerevan", "AM")),
    # summits: none
    # events ("extended the deadline", "fined", "rejected a claim", "filed", "won the tender": no type
    # (new call); "is being built": under way; "is financed", "lent": financing, no type (x07);
    # "has paid": a payment; "are employed", "reached": figures; "signed with the Roads Department":
    # Lot 2's contract, its value its amount; Lot 3 "built by" Sinohydro at a cost told in the same
    # clause (t-call), and "opened to traffic" after a ceremony (one occurrence, v02): the Prime
    # Minister for Georgia, the Ambassador for China; "the Georgian government and China signed";
    # "visited Tbilisi": the officials for Armenia; "to discuss": a sub-step; "wants to finish": future)
    ("s10", "event", "[[signed]] with the Roads", 0,
     E("signing", "2018-12", None, [RD, CR23], M("1120000000", "GEL"))),
    ("s10", "event", "[[built]] by Sinohydro", 0, E("construction", None, None, [SINOHYDRO], M("248000000", "EUR"))),
    ("s10", "event", "[[opened]] to traffic", 0, E("ceremony", "2024-08-15", None, ["Georgia", "China"])),
    ("s10", "event", "China [[signed]] an agreement", 0, E("signing", "2023-07", None, ["Georgia", "China"])),
    ("s10", "event", "visited", 0, E("visit", "2024-W40", "Tbilisi", ["Armenia"])),
]

ANNOTATIONS = A09 + A10


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "s*.txt")
