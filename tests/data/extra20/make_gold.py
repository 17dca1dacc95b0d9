#!/usr/bin/env python3
"""Build tests/data/extra20/gold.jsonl from hand annotations of the h*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (an HKEX announcement of
China Railway Construction Corporation Limited on a KZT/US$/RMB road contract in Kazakhstan and a
connected-transaction joint venture with HK$ amounts and numbered sections; a Philippine Daily
Inquirer story on the China Exim loan for the Samal Island-Davao City Connector with peso "P" amounts,
a groundbreaking, a delay and a court petition; a Kathimerini English Edition story on a Council of
State ruling on the Piraeus cruise terminal expansion, COSCO/PPA figures in EUR and TEU and a
minister's visit; a Citizen (Tanzania) story on a Sh/TSh road contract signed in Dar es Salaam, the
handover of a China-aided hospital and a TAZARA locomotive delivery) written BLIND: annotated from
shared/gold/NOTES.md and shared/spec/facts.md alone, without running bri_corpus on them, so that
they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra19/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - an exchange announcement's headline "FORMATION OF A JOINT VENTURE" tells a founding (NOTES: no
    event); the joint venture agreement the body says the parties "entered into" is the signing,
    anchored on the event noun after the support verb ("joint venture agreement", as NOTES'
    "strategic partnership"); the JV company to be set up is a named organisation all the same;
    the registered capital told in the next paragraph is no amount of the signing (t-call);
  - a "letter of acceptance" received from the employer is a contract award, no type (y08/extra10);
    "opened a regional office" is a founding, no event;
  - percentage-ratio thresholds in listing-rule boilerplate ("exceeds 0.1% but is less than 5%") are
    quantities: the verb qualifier outside the span (NOTES' "exceeded"), "less than" inside it;
    "Rule 14.07", "Chapter 14A", section numbers "2.1" and the stock code are identifiers;
  - a Kathimerini header date and time joined by a bullet ("19.06.2025 • 14:35") is one date and
    time, as comma- and dash-joined ones (extra5/extra12); "this autumn" -> the report's autumn,
    TIMEX3's season code (extra11's "last autumn" -> 2024-FA: TIMEX3 writes autumn FA; first
    written AU here and there, corrected in the eighth session);
  - a person whose surname is an island ("Giorgos Lemnos") or a town ("Amina Mtwara", "Ana Marikina
    Reyes", "Sen. Imelda Calamba") is no place (extra6/extra11);
  - a listing ticker ("under the ticker PPA") is an identifier, no organisation mention (extra18);
  - an island named as such ("Samal Island") is a region of its country, as a bay naming a district
    (extra18); a gulf, a strait and a reef ("Davao Gulf", "Pakiputan Strait", "Paradise Reef") are
    water bodies and features, no places (v04's seas);
  - cranes "delivered by" a maker told in a participle inside a visit's sentence are a delivery of
    their own, dated by the participle's month; both the visit and the delivery are placed at the
    port city the story is about (the terminal lies at Piraeus port);
  - "led its groundbreaking ceremony" anchors the start of building work on the event noun after
    the support verb (NOTES' "launching ceremony"; w07/v03: a groundbreaking is construction), dated
    by the later "the groundbreaking followed on Dec. 7 that year" (one date fact, as p03's "November
    18 last year"); the President stands for his country;
  - a China-aided hospital "handed over" by the ambassador to a minister is a handover ceremony (x02,
    t01, s02) placed at the hospital's town; the start of its building work, told apart with its
    grant in the same clause, is a construction occurrence with that sum as amount (t-call); a town
    inside the hospital's name is tagged, as in an airport's (extra17); "150-bed", "20-bed": hyphenated
    count adjectives, no quantity (x03);
  - "took delivery of 16 ... locomotives" anchors on "delivery" (support verb + event noun), placed by
    the port where they "arrived" (v06's arrival step);
  - "Sh"/"TSh" in a Tanzanian paper are the Tanzanian shilling (TZS); "P" before an amount in a
    Philippine paper is the peso (PHP).
Run:  python3 tests/data/extra20/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= h01 HKEX announcement of CRCC (Beijing, the PRC, 26 November 2025)
KZ = C("Kazakhstan", "KZ")
AST = CITY("Astana", "KZ")
ALA = CITY("Almaty", "KZ")
KAR = CITY("Karaganda", "KZ")
CRCC = "China Railway Construction Corporation Limited"
CR20G = "China Railway 20th Bureau Group Co., Ltd."
MOTKZ = "Ministry of Transport of the Republic of Kazakhstan"
CRCCI = "CRCC Investment Group Co., Ltd."
CRCCG = "China Railway Construction Group Co., Ltd."
KAZ = "KazAvtoZhol National Company JSC"
KHO = "Karaganda Highway Operation LLP"
CCAS = "second China-Central Asia Summit"
A01 = [
    # dates ("for the year ended 31 December 2024": the date only; "As at the date of this
    # announcement": no calendar point; "within 30 days after": a quantity, the date after it a date)
    ("h01", "date", "21 November 2025", 0, "2025-11-21"),
    ("h01", "date", "25 November 2025", 0, "2025-11-25"),
    ("h01", "date", "31 December 2024", 0, "2024-12-31"),
    ("h01", "date", "the first quarter of 2026", 0, "2026-Q1"),
    ("h01", "date", "26 November 2025", 0, "2025-11-26"),
    ("h01", "date", "31 December 2025", 0, "2025-12-31"),
    ("h01", "date", "since [[2012]]", 0, "2012"),
    ("h01", "date", "October 2023", 0, "2023-10"),
    ("h01", "date", "last year", 0, "2024"),
    ("h01", "date", "17 June 2025", 0, "2025-06-17"),
    ("h01", "date", "26 November 2025", 1, "2025-11-26"),
    # money ("approximately": approx; KZT/US$/RMB/HK$ notations without a space)
    ("h01", "money", "approximately KZT186.4 billion", 0, M("186400000000", "KZT", "approx")),
    ("h01", "money", "approximately US$355 million", 0, M("355000000", "USD", "approx")),
    ("h01", "money", "approximately RMB2,530 million", 0, M("2530000000", "CNY", "approx")),
    ("h01", "money", "KZT52.5 billion", 0, M("52500000000", "KZT")),
    ("h01", "money", "approximately HK$785 million", 0, M("785000000", "HKD", "approx")),
    ("h01", "money", "KZT10.5 billion", 0, M("10500000000", "KZT")),
    # quantities ("Stock Code: 1186", "(1)", "(2)", section numbers, "Chapter 14A", "Rule 14.07":
    # identifiers; "20th" inside CR20G's name; "four-lane", "three instalments": spelled out)
    ("h01", "quantity", "212-kilometre", 0, Q("212", "km")),
    ("h01", "quantity", "approximately 0.23%", 0, Q("0.23", "%", "approx")),
    ("h01", "quantity", "14 bridges", 0, Q("14", "bridge")),
    ("h01", "quantity", "3 interchanges", 0, Q("3", "interchange")),
    ("h01", "quantity", "26 kilometres", 0, Q("26", "km")),
    ("h01", "quantity", "36 months", 0, Q("36", "month")),
    ("h01", "quantity", "15-year", 0, Q("15", "year")),
    ("h01", "quantity", "[[45%]] by CRCC", 0, Q("45", "%")),
    ("h01", "quantity", "[[10%]] by CRCCG", 0, Q("10", "%")),
    ("h01", "quantity", "[[45%]] by KazAvtoZhol", 0, Q("45", "%")),
    ("h01", "quantity", "30 days", 0, Q("30", "day")),
    ("h01", "quantity", "approximately 51.13%", 0, Q("51.13", "%", "approx")),
    ("h01", "quantity", "exceeds [[0.1%]]", 0, Q("0.1", "%", "gt")),
    ("h01", "quantity", "less than 5%", 0, Q("5", "%", "lt")),
    ("h01", "quantity", "286-kilometre", 0, Q("286", "km")),
    # organisations (the disclaimer and the signature block are text (extra5); "the Company", "the
    # Group", "the Board", "the Employer", "the JV Company", "the Directors": generic; the Listing Rules
    # are a rulebook; Hong Kong, Kazakhstan and Karaganda inside names are not tagged)
    (
        "h01",
        "organisation",
        "Hong Kong Exchanges and Clearing Limited",
        0,
        O("Hong Kong Exchanges and Clearing Limited"),
    ),
    (
        "h01",
        "organisation",
        "The Stock Exchange of Hong Kong Limited",
        0,
        O("The Stock Exchange of Hong Kong Limited"),
    ),
    ("h01", "organisation", "CHINA RAILWAY CONSTRUCTION CORPORATION LIMITED", 0, O(CRCC)),
    ("h01", "organisation", CRCC, 0, O(CRCC)),
    ("h01", "organisation", CR20G, 0, O(CR20G)),
    ("h01", "organisation", '("[[CR20G]]")', 0, O(CR20G)),
    ("h01", "organisation", MOTKZ, 0, O(MOTKZ)),
    ("h01", "organisation", "2025 [[CR20G]] signed", 0, O(CR20G)),
    ("h01", "organisation", CRCCI, 0, O(CRCCI)),
    ("h01", "organisation", '("[[CRCC Investment]]")', 0, O(CRCCI)),
    ("h01", "organisation", CRCCG, 0, O(CRCCG)),
    ("h01", "organisation", '("[[CRCCG]]")', 0, O(CRCCG)),
    ("h01", "organisation", KAZ, 0, O(KAZ)),
    ("h01", "organisation", '("[[KazAvtoZhol]]")', 0, O(KAZ)),
    ("h01", "organisation", KHO, 0, O(KHO)),
    ("h01", "organisation", "by [[CRCC Investment]]", 0, O(CRCCI)),
    ("h01", "organisation", "by [[CRCCG]]", 0, O(CRCCG)),
    ("h01", "organisation", "by [[KazAvtoZhol]]", 0, O(KAZ)),
    ("h01", "organisation", "[[CRCCG]] holds", 0, O(CRCCG)),
    ("h01", "organisation", "[[CR20G]] completed", 0, O(CR20G)),
    ("h01", "organisation", CRCC, 1, O(CRCC)),
    # places (country names as written (extra5); the road's and the section's towns are tagged, as in
    # line names; "Central Asia" spans several countries; China/Central Asia inside the summit's name
    # are not tagged)
    ("h01", "place", "People's Republic of China", 0, C("People's Republic of China", "CN")),
    ("h01", "place", "KAZAKHSTAN", 0, KZ),
    ("h01", "place", "in [[Astana]] for", 0, AST),
    ("h01", "place", "Balkhash", 0, CITY("Balkhash", "KZ")),
    ("h01", "place", "Balkhash-[[Karaganda]] section", 0, KAR),
    ("h01", "place", "the [[Almaty]]-Karaganda highway", 0, ALA),
    ("h01", "place", "Almaty-[[Karaganda]] highway", 0, KAR),
    ("h01", "place", '"JV Company") in [[Astana]]', 0, AST),
    ("h01", "place", "in [[Kazakhstan]] since", 0, KZ),
    ("h01", "place", "Kapshagay", 0, CITY("Kapshagay", "KZ")),
    ("h01", "place", "Taldykorgan", 0, CITY("Taldykorgan", "KZ")),
    ("h01", "place", "in [[Almaty]] last", 0, ALA),
    ("h01", "place", "in [[Central Asia]] following", 0, REG("Central Asia")),
    ("h01", "place", "held in [[Astana]]", 0, AST),
    ("h01", "place", "[[Beijing]], the PRC", 0, CITY("Beijing", "CN")),
    ("h01", "place", "the [[PRC]]", 0, C("PRC", "CN")),
    # summits (the ordinal stays in the name (r02); date and place as the text gives them)
    ("h01", "summit", CCAS, 0, S(CCAS, "2025-06-17", "Astana")),
    # events (the headline "SIGNING" anchors the contract (extra5's v07), signed in Astana with the
    # ministry, the sum of section 2.1 its amount; "received a letter of acceptance": an award, no
    # type; "FORMATION OF A JOINT VENTURE": a founding; "entered into a joint venture agreement": a
    # signing, no place told; "expected to commence", "will operate", "is payable": future; "has worked",
    # "holds": states; "completed the ... road": the completion of a building work, its length its
    # amount, placed by the country the paragraph names (q02); "opened a regional office": a founding;
    # the summit "held": the gathering itself)
    (
        "h01",
        "event",
        "SIGNING",
        0,
        E("signing", "2025-11-25", "Astana", [CR20G, MOTKZ], M("186400000000", "KZT", "approx")),
    ),
    ("h01", "event", "joint venture agreement", 0, E("signing", "2025-11-26", None, [CRCCI, CRCCG, KAZ])),
    ("h01", "event", "[[completed]] the 286", 0, E("construction", "2023-10", "Kazakhstan", [CR20G], Q("286", "km"))),
]

# ================================= h02 Philippine Daily Inquirer, Davao City (05:10 AM March 12, 2025, a Wednesday)
PH = C("Philippines", "PH")
DVO = CITY("Davao City", "PH")
SAMAL = REG("Samal Island", "PH")
EXIM = "Export-Import Bank of China"
DOF = "Department of Finance"
DPWH = "Department of Public Works and Highways"
CRBC = "China Road and Bridge Corp."
CAMC = "China CAMC Engineering Co. Ltd."
A02 = [
    # dates ("Dec. 7 that year" is one date, the anaphor giving the year (p02/p03); "end-February" ->
    # the month (NOTES' "the end of January"); "by June": the closest June ahead; "a 2023 study": the
    # year (n03); "more than two years", "almost a year", "seven-year": spelled out; the Read Next and
    # copyright lines are chrome)
    ("h02", "date", "slips to [[2028]]", 0, "2028"),
    ("h02", "date", "05:10 AM March 12, 2025", 0, "2025-03-12T05:10"),
    ("h02", "date", "on [[Monday]]", 0, "2025-03-10"),
    ("h02", "date", "Nov. 24, 2022", 0, "2022-11-24"),
    ("h02", "date", "Dec. 7 that year", 0, "2022-12-07"),
    ("h02", "date", "early 2024", 0, "2024"),
    ("h02", "date", "end-February", 0, "2025-02"),
    ("h02", "date", "the fourth quarter of 2026", 0, "2026-Q4"),
    ("h02", "date", "the second half of 2028", 0, "2028-H2"),
    ("h02", "date", "by [[June]]", 0, "2025-06"),
    ("h02", "date", "a [[2023]] study", 0, "2023"),
    ("h02", "date", "last week", 0, "2025-W10"),
    ("h02", "date", "October 2021", 0, "2021-10"),
    ("h02", "date", "since [[2016]]", 0, "2016"),
    # money ("P" is the peso; "at current exchange rates": a restated sum, approx by "about"; "P8M" in
    # the Read Next line is chrome)
    ("h02", "money", "$310-million", 0, M("310000000", "USD")),
    ("h02", "money", "about P17.8 billion", 0, M("17800000000", "PHP", "approx")),
    ("h02", "money", "P23.04-billion", 0, M("23040000000", "PHP")),
    ("h02", "money", "P19.3-billion", 0, M("19300000000", "PHP")),
    ("h02", "money", "P4.37-billion", 0, M("4370000000", "PHP")),
    ("h02", "money", "$62-million", 0, M("62000000", "USD")),
    ("h02", "money", "about $1.2 billion", 0, M("1200000000", "USD", "approx")),
    ("h02", "money", "over $9 billion", 0, M("9000000000", "USD", "gt")),
    # quantities ("four-lane", "seven-year": spelled out; "Resolution No. 1183": an identifier; the
    # hotline number is chrome; "of coral", "of rice farms": of-complements outside)
    ("h02", "quantity", "roughly 85 percent", 0, Q("85", "%", "approx")),
    ("h02", "quantity", "3.98-kilometer", 0, Q("3.98", "km")),
    ("h02", "quantity", "2 percent", 0, Q("2", "%")),
    ("h02", "quantity", "20 years", 0, Q("20", "year")),
    ("h02", "quantity", "14 percent", 0, Q("14", "%")),
    ("h02", "quantity", "at least 600 more workers", 0, Q("600", "worker", "ge")),
    ("h02", "quantity", "1,100 hectares", 0, Q("1100", "ha")),
    ("h02", "quantity", "8,700 hectares", 0, Q("8700", "ha")),
    # organisations (the masthead is text, the byline a person; "the Senate committee on public works":
    # the house before a lower-case noun (extra15's "Senate panel"); "Senate Resolution No. 1183": a
    # resolution's title; "The court", "the chamber", environmental groups: generic; the SIDC and the
    # Build Better More program are a project and a programme; the hotline line and the copyright
    # holder are chrome; China inside the bank's name is not tagged)
    ("h02", "organisation", "[[China Exim]], but", 0, O(EXIM)),
    ("h02", "organisation", "Philippine Daily Inquirer", 0, O("Philippine Daily Inquirer")),
    ("h02", "organisation", EXIM, 0, O(EXIM)),
    ("h02", "organisation", "([[China Exim]])", 0, O(EXIM)),
    ("h02", "organisation", "[[China Exim]] vice", 0, O(EXIM)),
    ("h02", "organisation", DOF, 0, O(DOF)),
    ("h02", "organisation", "([[DOF]])", 0, O(DOF)),
    ("h02", "organisation", CRBC, 0, O(CRBC)),
    ("h02", "organisation", "([[CRBC]])", 0, O(CRBC)),
    ("h02", "organisation", DPWH, 0, O(DPWH)),
    ("h02", "organisation", "([[DPWH]])", 0, O(DPWH)),
    ("h02", "organisation", "[[DPWH]] said", 0, O(DPWH)),
    ("h02", "organisation", "expect [[CRBC]]", 0, O(CRBC)),
    ("h02", "organisation", "Court of Appeals", 0, O("Court of Appeals")),
    ("h02", "organisation", "the [[Senate]] committee", 0, O("Senate")),
    ("h02", "organisation", CAMC, 0, O(CAMC)),
    ("h02", "organisation", "$62-million [[China Exim]]", 0, O(EXIM)),
    ("h02", "organisation", "[[DOF]] data", 0, O(DOF)),
    # places (the bridge's name keeps its places (extra8); "Kalinga province": the generic noun
    # outside; "Chinese-funded", "Chinese lenders": the country's lenders/state)
    ("h02", "place", "[[Samal Island]] bridge", 0, SAMAL),
    ("h02", "place", "DAVAO CITY", 0, DVO),
    ("h02", "place", "DAVAO CITY, [[Philippines]]", 0, PH),
    ("h02", "place", "The [[Philippines]] and", 0, PH),
    ("h02", "place", "the [[Samal Island]]-Davao", 0, SAMAL),
    ("h02", "place", "Samal Island-[[Davao City]]", 0, DVO),
    ("h02", "place", "in [[Manila]]", 0, CITY("Manila", "PH")),
    ("h02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("h02", "place", "linking [[Davao City]]", 0, DVO),
    ("h02", "place", "and [[Samal Island]] across", 0, SAMAL),
    ("h02", "place", "loans from [[China]]", 0, CN),
    ("h02", "place", "[[Chinese]]-funded", 0, CN),
    ("h02", "place", "in [[Kalinga]] province", 0, REG("Kalinga", "PH")),
    ("h02", "place", "The [[Philippines]] has", 0, PH),
    ("h02", "place", "[[Chinese]] lenders", 0, CN),
    ("h02", "place", "Japan", 0, C("Japan", "JP")),
    # events (the headline "signed" anchors the loan signing ("signed the deal", "Now that it is
    # signed" the same occurrence), placed at the DOF in Manila, dated by the body's Monday; the
    # Finance Secretary signs for his named department, the ambassador and the Public Works Secretary
    # are named attendees (extra13/extra5); "led its groundbreaking ceremony" (see the docstring);
    # CRBC's contract "signed" with DPWH is its own signing, its value the amount; "stalled", "had been
    # moved", "asked the Court", "would review", "has yet to rule": no type or future; the Chico River
    # project's "built by" with its cost and "was inaugurated" are two occurrences (p02/r04), both
    # placed by the province; the China Exim loan: financing; "has borrowed ... since 2016": a
    # running total of financing, no type; "irrigates": a state)
    (
        "h02",
        "event",
        "loan [[signed]] with",
        0,
        E("signing", "2025-03-10", "Manila", ["Philippines", EXIM, DOF, "China", DPWH], M("310000000", "USD")),
    ),
    ("h02", "event", "groundbreaking ceremony", 0, E("construction", "2022-12-07", None, ["Philippines"])),
    (
        "h02",
        "event",
        "(CRBC) [[signed]]",
        0,
        E("signing", "2022-11-24", None, [CRBC, DPWH], M("19300000000", "PHP")),
    ),
    ("h02", "event", "built", 0, E("construction", None, "Kalinga", [CAMC], M("4370000000", "PHP"))),
    ("h02", "event", "inaugurated", 0, E("ceremony", "2021-10", "Kalinga")),
]

# ================================= h03 Kathimerini English Edition, Athens/Piraeus (19.06.2025 • 14:35, a Thursday)
GR = C("Greece", "GR")
PIR = CITY("Piraeus", "GR")
COSCO = "COSCO Shipping"
CSP = "COSCO Shipping Ports"
PPA = "Piraeus Port Authority"
PCT = "Piraeus Container Terminal"
ZPMC = "Shanghai Zhenhua Heavy Industries"
MOMA = "Ministry of Maritime Affairs and Insular Policy"
TIF = "89th Thessaloniki International Fair"
A03 = [
    # dates ("this autumn" -> 2025-FA; "later this year": span "this year" (w10); "year-on-year": no
    # calendar point; the RELATED headline's "first quarter" and the copyright year are chrome)
    ("h03", "date", "19.06.2025 • 14:35", 0, "2025-06-19T14:35"),
    ("h03", "date", "this autumn", 0, "2025-FA"),
    ("h03", "date", "this year", 0, "2025"),
    ("h03", "date", "on [[Tuesday]]", 0, "2025-06-17"),
    ("h03", "date", "July 2023", 0, "2023-07"),
    ("h03", "date", "until [[2052]]", 0, "2052"),
    ("h03", "date", "the first half of 2028", 0, "2028-H1"),
    ("h03", "date", "last year", 0, "2024"),
    ("h03", "date", "from [[2023]]", 0, "2023"),
    ("h03", "date", "On [[Monday]]", 0, "2025-06-16"),
    ("h03", "date", "in [[May]]", 0, "2025-05"),
    ("h03", "date", "from [[2027]]", 0, "2027"),
    ("h03", "date", "for [[the first quarter]]", 0, "2025-Q1"),
    ("h03", "date", "on [[Wednesday]]", 0, "2025-06-18"),
    ("h03", "date", "June 10", 0, "2025-06-10"),
    ("h03", "date", "in [[September]]", 0, "2025-09"),
    # money ("mln" is million; a share price is money (extra16))
    ("h03", "money", "€230 mln", 0, M("230000000", "EUR")),
    ("h03", "money", "€230 million", 0, M("230000000", "EUR")),
    ("h03", "money", "€38 million", 0, M("38000000", "EUR")),
    ("h03", "money", "EUR 27.4 million", 0, M("27400000", "EUR")),
    ("h03", "money", "EUR 61.9 million", 0, M("61900000", "EUR")),
    ("h03", "money", "€29.15", 0, M("29.15", "EUR")),
    # quantities ("a day" outside (w-call); "two berths", "three residents' associations", "four new
    # ship-to-shore cranes": spelled out; "Pier III", "Pier II": names; "89th", "the first port": ranks)
    ("h03", "quantity", "450-meter", 0, Q("450", "m")),
    ("h03", "quantity", "more than 360 meters", 0, Q("360", "m", "gt")),
    ("h03", "quantity", "up to 10,000 passengers", 0, Q("10000", "passenger", "le")),
    ("h03", "quantity", "67%", 0, Q("67", "%")),
    ("h03", "quantity", "1.67 million cruise passengers", 0, Q("1670000", "passenger")),
    ("h03", "quantity", "1,482 cruise calls", 0, Q("1482", "call")),
    ("h03", "quantity", "5.14 million TEU", 0, Q("5140000", "TEU")),
    ("h03", "quantity", "1.8%", 0, Q("1.8", "%")),
    ("h03", "quantity", "some 70 percent", 0, Q("70", "%", "approx")),
    ("h03", "quantity", "9 percent", 0, Q("9", "%")),
    ("h03", "quantity", "24-hour", 0, Q("24", "hour")),
    # organisations (the masthead's "ENGLISH EDITION" is an edition label (extra13); "ECONOMY" a section
    # label; "COSCO" and "COSCO Shipping" one group (w10), "COSCO Shipping Ports" its unit taken as written
    # (NOTES' CETC International); "the ticker PPA": an identifier; "The municipal council", "the city",
    # "residents' associations", "dockworkers' union": generic; the copyright holder is chrome;
    # Piraeus, Shanghai and Thessaloniki inside names are not tagged)
    ("h03", "organisation", "KATHIMERINI", 0, O("Kathimerini")),
    ("h03", "organisation", "Council of State", 0, O("Council of State")),
    ("h03", "organisation", "; [[PPA]] to", 0, O(PPA)),
    ("h03", "organisation", "Council of State", 1, O("Council of State")),
    ("h03", "organisation", "Municipality of Piraeus", 0, O("Municipality of Piraeus")),
    ("h03", "organisation", PPA, 0, O(PPA)),
    ("h03", "organisation", "([[PPA]])", 0, O(PPA)),
    ("h03", "organisation", "Ministry of Environment and Energy", 0, O("Ministry of Environment and Energy")),
    ("h03", "organisation", "[[PPA]], which", 0, O(PPA)),
    ("h03", "organisation", "China's [[COSCO Shipping]]", 0, O(COSCO)),
    ("h03", "organisation", "[[COSCO]] subsidiary", 0, O(COSCO)),
    ("h03", "organisation", PCT, 0, O(PCT)),
    ("h03", "organisation", "([[PCT]])", 0, O(PCT)),
    ("h03", "organisation", "[[PCT]]'s Pier", 0, O(PCT)),
    ("h03", "organisation", "with [[COSCO Shipping Ports]]", 0, O(CSP)),
    ("h03", "organisation", ZPMC, 0, O(ZPMC)),
    ("h03", "organisation", "([[ZPMC]])", 0, O(ZPMC)),
    ("h03", "organisation", "[[PPA]] chief", 0, O(PPA)),
    ("h03", "organisation", "told [[Kathimerini]]", 0, O("Kathimerini")),
    ("h03", "organisation", MOMA, 0, O(MOMA)),
    ("h03", "organisation", "[[PPA]] reported", 0, O(PPA)),
    ("h03", "organisation", "Athens Exchange", 0, O("Athens Exchange")),
    ("h03", "organisation", "European Commission", 0, O("European Commission")),
    ("h03", "organisation", "ENEDEP", 0, O("ENEDEP")),
    ("h03", "organisation", "[[COSCO Shipping Ports]] is", 0, O(CSP)),
    # places (the port's city is tagged (w10); the neighbourhoods of Piraeus and the Thriasio plain are
    # regions of Greece (n05's districts); continents in a service pair are regions (extra13); the Red
    # Sea and the Mediterranean are seas, no places (v04); "Giorgos Lemnos" is a person; "Piraeus Mayor"
    # names the city)
    ("h03", "place", "clears [[Piraeus]] cruise", 0, PIR),
    ("h03", "place", "[[Greece]]'s highest", 0, GR),
    ("h03", "place", "at [[Piraeus]] port", 0, PIR),
    ("h03", "place", "Kastella", 0, REG("Kastella", "GR")),
    ("h03", "place", "Freattyda", 0, REG("Freattyda", "GR")),
    ("h03", "place", "[[China]]'s COSCO", 0, CN),
    ("h03", "place", "diverted [[Asia]]-Europe", 0, REG("Asia")),
    ("h03", "place", "Asia-[[Europe]] services", 0, REG("Europe")),
    ("h03", "place", "around [[Africa]]", 0, REG("Africa")),
    ("h03", "place", '"[[Piraeus]] must', 0, PIR),
    ("h03", "place", "[[Piraeus]] Mayor", 0, PIR),
    ("h03", "place", "Thriasio", 0, REG("Thriasio", "GR")),
    ("h03", "place", "west of [[Athens]]", 0, CITY("Athens", "GR")),
    # summits (an international fair is an expo (spec), its ordinal in the name (r02); "(TIF)" its short
    # name; Thessaloniki in the name is its place)
    ("h03", "summit", TIF, 0, S(TIF, "2025-09", "Thessaloniki")),
    ("h03", "summit", "([[TIF]])", 0, S(TIF, "2025-09", "Thessaloniki")),
    # events ("clears", "rejected an appeal", "found ... lawful", "approved": court and ministry decisions
    # (v01); "start works", "will add", "is due for completion", "would seek", "is expected to present":
    # future; "handled", "reported", "closed": figures; "staged a ... strike": no type (g02); the
    # minister stands for his ministry, which the document names (extra5); "inspected": a sub-step of
    # the visit; the memorandum "signed" during the visit takes its day and place, its €38 million
    # system its amount (s08's MoU with its investment))
    ("h03", "event", "visited", 0, E("visit", "2025-06-16", "Piraeus", [MOMA, PCT, CSP])),
    ("h03", "event", "delivered", 0, E("delivery", "2025-05", "Piraeus", [ZPMC, PCT])),
    ("h03", "event", "signed", 0, E("signing", "2025-06-16", "Piraeus", [MOMA, PPA], M("38000000", "EUR"))),
]

# ================================= h04 The Citizen, Dar es Salaam (Thursday, September 18, 2025)
TZ = C("Tanzania", "TZ")
DAR = CITY("Dar es Salaam", "TZ")
KIB = CITY("Kibaha", "TZ")
CR15G = "China Railway 15th Bureau Group Corporation"
TANROADS = "Tanzania National Roads Agency"
MOW = "Ministry of Works"
MOH = "Ministry of Health"
AFDB = "African Development Bank"
CJIC = "China Jiangxi Corporation for International Economic and Technical Cooperation"
TAZARA = "Tanzania-Zambia Railway Authority"
CRRCZ = "CRRC Zhuzhou Locomotive Co., Ltd."
TIC = "Tanzania Investment Centre"
A04 = [
    # dates (the weekday stays in the header's span (extra18); Tanzania's financial year runs July-June
    # (k03); "On the same day" refers back to "yesterday" (z10); "the end of the year" -> the year; "nine
    # hours": spelled out; the copyright year is chrome)
    ("h04", "date", "Thursday, September 18, 2025", 0, "2025-09-18"),
    ("h04", "date", "yesterday", 0, "2025-09-17"),
    ("h04", "date", "the 2025/26 financial year", 0, "2025-07/2026-06"),
    ("h04", "date", "in [[October]]", 0, "2025-10"),
    ("h04", "date", "the same day", 0, "2025-09-17"),
    ("h04", "date", "March 2023", 0, "2023-03"),
    ("h04", "date", "since [[1968]]", 0, "1968"),
    ("h04", "date", "the end of the year", 0, "2025"),
    ("h04", "date", "last month", 0, "2025-08"),
    ("h04", "date", "August 22", 0, "2025-08-22"),
    ("h04", "date", "the 2024/25 financial year", 0, "2024-07/2025-06"),
    ("h04", "date", "by [[2027]]", 0, "2027"),
    ("h04", "date", "last year", 0, "2024"),
    ("h04", "date", "in [[2024]]", 0, "2024"),
    # money (Sh/TSh -> TZS; "bn" is billion; the Related line's "Sh2 trillion" is chrome)
    ("h04", "money", "Sh742.6bn", 0, M("742600000000", "TZS")),
    ("h04", "money", "Sh742.6 billion", 0, M("742600000000", "TZS")),
    ("h04", "money", "Sh96 billion", 0, M("96000000000", "TZS")),
    ("h04", "money", "$118 million", 0, M("118000000", "USD")),
    ("h04", "money", "about TSh 290 billion", 0, M("290000000000", "TZS", "approx")),
    ("h04", "money", "TSh 48 billion", 0, M("48000000000", "TZS")),
    ("h04", "money", "$84.3 million", 0, M("84300000", "USD")),
    ("h04", "money", "$8.8 billion", 0, M("8800000000", "USD")),
    ("h04", "money", "$2.1 billion", 0, M("2100000000", "USD")),
    # quantities ("150-bed", "20-bed": count adjectives (x03); "nine hours", "about three", "six operating
    # theatres": spelled out; "one million tonnes": spelled out with a physical unit (p03); "210 doctors
    # and nurses": the first noun (w09); "a year" outside (w-call); "15th" inside the name; the feedback
    # phone number is chrome)
    ("h04", "quantity", "175-kilometre", 0, Q("175", "km")),
    ("h04", "quantity", "62km", 0, Q("62", "km")),
    ("h04", "quantity", "42 months", 0, Q("42", "month")),
    ("h04", "quantity", "at least 1,500 local workers", 0, Q("1500", "worker", "ge")),
    ("h04", "quantity", "about 40 kilometres", 0, Q("40", "km", "approx")),
    ("h04", "quantity", "about 300,000 people", 0, Q("300000", "person", "approx")),
    ("h04", "quantity", "42 Chinese medical teams", 0, Q("42", "team")),
    ("h04", "quantity", "210 doctors", 0, Q("210", "doctor")),
    ("h04", "quantity", "16 mainline locomotives", 0, Q("16", "locomotive")),
    ("h04", "quantity", "248,000 tonnes", 0, Q("248000", "t")),
    ("h04", "quantity", "45 percent", 0, Q("45", "%")),
    ("h04", "quantity", "one million tonnes", 0, Q("1000000", "t")),
    ("h04", "quantity", "263 Chinese projects", 0, Q("263", "project")),
    # organisations (the masthead "THE CITIZEN" keeps its article, as w05's "THE EASTAFRICAN"; the byline
    # is a person; "Govt", "The government", "the country": generic; "Works Minister", "Health Minister":
    # titles (their ministries are named apart); the Related line, the feedback line and the copyright
    # holder are chrome; Tanzania/Zambia inside names are not tagged)
    ("h04", "organisation", "THE CITIZEN", 0, O("The Citizen")),
    ("h04", "organisation", CR15G, 0, O(CR15G)),
    ("h04", "organisation", "([[CR15G]])", 0, O(CR15G)),
    ("h04", "organisation", TANROADS, 0, O(TANROADS)),
    ("h04", "organisation", "([[Tanroads]])", 0, O(TANROADS)),
    ("h04", "organisation", "[[Tanroads]] chief", 0, O(TANROADS)),
    ("h04", "organisation", "[[CR15G]] country", 0, O(CR15G)),
    ("h04", "organisation", MOW, 0, O(MOW)),
    ("h04", "organisation", AFDB, 0, O(AFDB)),
    ("h04", "organisation", "([[AfDB]])", 0, O(AFDB)),
    ("h04", "organisation", "[[CR15G]] has", 0, O(CR15G)),
    ("h04", "organisation", "told [[The Citizen]]", 0, O("The Citizen")),
    ("h04", "organisation", CJIC, 0, O(CJIC)),
    ("h04", "organisation", "([[CJIC]])", 0, O(CJIC)),
    ("h04", "organisation", MOH, 0, O(MOH)),
    ("h04", "organisation", TAZARA, 0, O(TAZARA)),
    ("h04", "organisation", "([[Tazara]])", 0, O(TAZARA)),
    ("h04", "organisation", CRRCZ, 0, O(CRRCZ)),
    ("h04", "organisation", "[[Tazara]] hauled", 0, O(TAZARA)),
    ("h04", "organisation", TIC, 0, O(TIC)),
    ("h04", "organisation", "([[TIC]])", 0, O(TIC)),
    # places (the road's towns are tagged (extra8); "Lindi and Ruvuma regions": the generic noun outside
    # (extra14's districts); a town in the hospital's name is tagged; "the Chinese government": a demonym
    # before a lower-case noun; "Amina Mtwara" is a person)
    ("h04", "place", "[[Chinese]] firm", 0, CN),
    ("h04", "place", "as [[China]] hands", 0, CN),
    ("h04", "place", "[[Kibaha]] hospital", 0, KIB),
    ("h04", "place", "[[Dar es Salaam]]. The", 0, DAR),
    ("h04", "place", "175-kilometre [[Masasi]]", 0, CITY("Masasi", "TZ")),
    ("h04", "place", "Nachingwea", 0, CITY("Nachingwea", "TZ")),
    ("h04", "place", "Nachingwea-[[Liwale]]", 0, CITY("Liwale", "TZ")),
    ("h04", "place", "headquarters in [[Dar es Salaam]]", 0, DAR),
    ("h04", "place", "[[Chinese]] Ambassador", 0, CN),
    ("h04", "place", "Lindi", 0, REG("Lindi", "TZ")),
    ("h04", "place", "Ruvuma", 0, REG("Ruvuma", "TZ")),
    ("h04", "place", "between [[Masasi]]", 0, CITY("Masasi", "TZ")),
    ("h04", "place", "and [[Liwale]] from", 0, CITY("Liwale", "TZ")),
    ("h04", "place", "[[Kibaha]] District Hospital", 0, KIB),
    ("h04", "place", "west of [[Dar es Salaam]]", 0, DAR),
    ("h04", "place", "the [[Chinese]] government", 0, CN),
    ("h04", "place", "people of [[China]]", 0, CN),
    ("h04", "place", "people of [[Tanzania]]", 0, TZ),
    ("h04", "place", "42 [[Chinese]] medical", 0, CN),
    ("h04", "place", "at [[Dar es Salaam]] port", 0, DAR),
    ("h04", "place", "Kapiri Mposhi", 0, CITY("Kapiri Mposhi", "ZM")),
    ("h04", "place", "in [[Zambia]]", 0, C("Zambia", "ZM")),
    ("h04", "place", "[[China]] is Tanzania's", 0, CN),
    ("h04", "place", "is [[Tanzania]]'s largest", 0, TZ),
    ("h04", "place", "263 [[Chinese]] projects", 0, CN),
    # events (the headline "sign" anchors the contract signing ("The deal was signed" the same occurrence,
    # which places it at Tanroads in Dar es Salaam and adds the signatories' bodies and the attendees: the
    # minister for his named ministry (extra5), the ambassador for China (extra13)); the headline "hands
    # over" anchors the hospital's handover ceremony (see the docstring), China acting and the minister
    # standing for the Ministry of Health; "began" starts the hospital's building work; "took delivery"
    # (see the docstring); "is expected to start", "will lend", "has pledged to hire", "would post",
    # "will haul", "aims to reach": future; "has set aside": budget money, no type (extra12); "have
    # worked", "hauled", "registered 263 ... projects": tallies and figures; "arrived": a sub-step)
    (
        "h04",
        "event",
        "firm [[sign]] Sh742",
        0,
        E("signing", "2025-09-17", "Dar es Salaam", [CR15G, TANROADS, MOW, "China"], M("742600000000", "TZS")),
    ),
    ("h04", "event", "hands over", 0, E("ceremony", "2025-09-17", "Kibaha", ["China", MOH])),
    ("h04", "event", "began", 0, E("construction", "2023-03", "Kibaha", [CJIC], M("48000000000", "TZS"))),
    (
        "h04",
        "event",
        "took [[delivery]]",
        0,
        E("delivery", "2025-08", "Dar es Salaam", [TAZARA, CRRCZ], Q("16", "locomotive")),
    ),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "h*.txt")
