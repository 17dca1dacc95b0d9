#!/usr/bin/env python3
"""Build tests/data/extra25/gold.jsonl from hand annotations of the y*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a Vanguard story on the
commissioning of CCECC's rebuilt Port Harcourt-Aba rail segment by the President, with N/₦/$ amounts,
km, coaches supplied by CRRC, and Lekki Deep Sea Port's half-year TEU and a CHEC-Lagos MoU; a BelTA
story on the China-Belarus Industrial Park Great Stone with its residents' count, Belarusian and
Russian rubles, yuan/$ amounts, bcm, the Belarusian-Chinese Intergovernmental Committee session in
Beijing, a crane delivery and a power plant completion; a BNamericas story on the concession of the
Chancay logistics park to a CCCC-led consortium and the Chancay terminal's first-year TEU, with
soles/US$ amounts, hectares, COSCO Shipping Ports, a minister's visit and a regulator's review; a
UzDaily story on a presidential resolution for the Chinese-invested Yangiyer industrial zone, with
sum/UZS/$ amounts, jobs, factories launched and signings at the Tashkent International Investment
Forum) written BLIND: annotated from shared/gold/NOTES.md and shared/spec/facts.md alone, without
running bri_corpus on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra23/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - an anaphoric offset in days ("Two days earlier" after a dated session, "The day before" after "On 11
    June") is a date, as extra5's "a year earlier": the whole phrase is the span; "Earlier this month" gives
    "this month" (the adverb changes no value and stays outside);
  - a headline's bare "H1" and a later "the half-year" are anaphors with a calendar unit resolved to the
    half the body names (2025-H1), as extra17's headline "Third Quarter" and extra15's "the quarter";
  - rubles in a Belarusian outlet are BYN where the text says "Belarusian rubles", "Russian rubles" RUB;
    "Russian gas" is the country's product, a demonym for the country (NOTES' "Chinese brands");
  - the residents of an industrial park that "invested" or "produced" over a period are a tally of many
    firms, no event (extra4/extra13); a resident "registered" or a company that "became a resident" is
    an admission, no type;
  - a company's launch of an assembly line, and a head of state's (video-link) part in "the launch of two
    new enterprises", are launches (ceremony); the launch of two plants at one ceremony is one occurrence
    (its headline "two plants launched" anchoring it, NOTES' first mention) with both companies taking
    part, placed at the zone's town (extra9's zone call);
  - a consul general stands for the state named in the title (extra13's ambassador); a builder's manager
    "speaking at the event" takes part in the opening (r04);
  - "fares from N2,500" is a starting fare, no qualifier (r04's "start at"); "a further US$1.2bn": no
    qualifier; "an average of 9 days": "average" is no qualifier;
  - "the khokimiyat of Syrdarya region" (lower-case administration) is the region as a place (extra16's
    district administration), and as a party to a signing the region takes part;
  - a port-town district ("in Chancay district") is a region as written (n02's "Pop district"), the port
    and its park named after the town the town itself (city);
  - an outlet named by its domain in a dateline ("(UzDaily.com)") is a mention of the outlet, canonical
    as the masthead prints it ("UzDaily");
  - a company's single completed outlay told without a date ("invested 1.1 trillion sum in a plant") is an
    undated investment (extra16), and "built a plant worth $85 million" an undated construction with its
    cost (extra12); "started production" (an unnamed company's first output) is production anchored on
    the event noun after the support verb, with no participants;
  - "Jizzakh-born" tags the town, as extra22's "Jakarta-listed".
Run:  .venv/bin/python tests/data/extra25/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= y01 Vanguard, Port Harcourt (July 8, 2025, a Tuesday)
NG = C("Nigeria", "NG")
PH = CITY("Port Harcourt", "NG")
ABA = CITY("Aba", "NG")
LEKKI = CITY("Lekki", "NG")
LAGOS = CITY("Lagos", "NG")
CCECC = "China Civil Engineering Construction Corporation"
FEC = "Federal Executive Council"
FMOT = "Federal Ministry of Transportation"
CEXIM = "Export-Import Bank of China"
NRC = "Nigerian Railway Corporation"
CRRCQ = "CRRC Qishuyan Co., Ltd."
NPA = "Nigerian Ports Authority"
CHEC = "China Harbour Engineering Company"
LPLE = "Lekki Port LFTZ Enterprise Limited"
LSG = "Lagos State Government"
NSC = "Nigerian Shippers' Council"
A01 = [
    # dates ("H1" in the headline and "the half-year" are anaphors with a calendar unit, resolved to the
    # half the body names (extra17's headline "Third Quarter", extra15's "the quarter"); "the 2025 budget":
    # a year (r04); "Railway Act, 2025": a law's title, no date (extra17); "by December": the month,
    # preposition outside; "year on year", "a year", "daily": rates; the Related line and the copyright
    # year are chrome)
    ("y01", "date", "in [[H1]]", 0, "2025-H1"),
    ("y01", "date", "July 8, 2025", 0, "2025-07-08"),
    ("y01", "date", "on [[Monday]]", 0, "2025-07-07"),
    ("y01", "date", "October 2023", 0, "2023-10"),
    ("y01", "date", "May this year", 0, "2025-05"),
    ("y01", "date", "in [[2021]]", 0, "2021"),
    ("y01", "date", "the [[2025]] budget", 0, "2025"),
    ("y01", "date", "in [[April]]", 0, "2025-04"),
    ("y01", "date", "by [[December]]", 0, "2025-12"),
    ("y01", "date", "the first quarter of 2026", 0, "2026-Q1"),
    ("y01", "date", "the first half of 2025", 0, "2025-H1"),
    ("y01", "date", "on [[Sunday]]", 0, "2025-07-06"),
    ("y01", "date", "in [[June]] alone", 0, "2025-06"),
    ("y01", "date", "the half-year", 0, "2025-H1"),
    ("y01", "date", "June 20", 0, "2025-06-20"),
    ("y01", "date", "early 2027", 0, "2027"),
    # money ("N" and "₦" are the naira (r04, z01); "fares from N2,500": a starting fare, no qualifier
    # (r04's "start at"); the Related line's "$2.1bn" is chrome)
    ("y01", "money", "N312bn", 0, M("312000000000", "NGN")),
    ("y01", "money", "N312 billion", 0, M("312000000000", "NGN")),
    ("y01", "money", "$3.02 billion", 0, M("3020000000", "USD")),
    ("y01", "money", "₦46.5 billion", 0, M("46500000000", "NGN")),
    ("y01", "money", "N2,500", 0, M("2500", "NGN")),
    ("y01", "money", "about $1.5 billion", 0, M("1500000000", "USD", "approx")),
    ("y01", "money", "N96.8bn", 0, M("96800000000", "NGN")),
    ("y01", "money", "$640m", 0, M("640000000", "USD")),
    # quantities ("Section 12" an identifier; "four return trips": spelled out; "a year", "daily": rates
    # outside the span; "an average of 9 days": "average" is no qualifier; the phone number is chrome)
    ("y01", "quantity", "512,400 TEU", 0, Q("512400", "TEU")),
    ("y01", "quantity", "63-kilometre", 0, Q("63", "km")),
    ("y01", "quantity", "1,443km", 0, Q("1443", "km")),
    ("y01", "quantity", "over 20 years", 0, Q("20", "year", "gt")),
    ("y01", "quantity", "15 per cent", 0, Q("15", "%")),
    ("y01", "quantity", "10 passenger coaches", 0, Q("10", "coach")),
    ("y01", "quantity", "about 1,200 passengers", 0, Q("1200", "passenger", "approx")),
    ("y01", "quantity", "more than 2,300 Nigerian workers", 0, Q("2300", "worker", "gt")),
    ("y01", "quantity", "280km", 0, Q("280", "km")),
    ("y01", "quantity", "512,400 TEU", 1, Q("512400", "TEU")),
    ("y01", "quantity", "38 per cent", 0, Q("38", "%")),
    ("y01", "quantity", "52.5 per cent", 0, Q("52.5", "%")),
    ("y01", "quantity", "61 vessels", 0, Q("61", "vessel")),
    ("y01", "quantity", "27km", 0, Q("27", "km")),
    ("y01", "quantity", "2.5 million TEU", 0, Q("2500000", "TEU")),
    ("y01", "quantity", "9 days", 0, Q("9", "day")),
    ("y01", "quantity", "21 days", 0, Q("21", "day")),
    # organisations (the masthead is the paper (extra5); "Minister of Transportation" is a title naming no
    # body (extra5); "Railway Act": a law; "the corporation", "the firm", "the port": generic; Lekki inside
    # the operator's name and Lagos inside the state government's are not tagged (flat); "FG" in the
    # Related line and the copyright company are chrome)
    ("y01", "organisation", "Vanguard", 0, O("Vanguard")),
    ("y01", "organisation", CCECC, 0, O(CCECC)),
    ("y01", "organisation", "([[CCECC]])", 0, O(CCECC)),
    ("y01", "organisation", FEC, 0, O(FEC)),
    ("y01", "organisation", "([[FEC]])", 0, O(FEC)),
    ("y01", "organisation", FMOT, 0, O(FMOT)),
    ("y01", "organisation", CEXIM, 0, O(CEXIM)),
    ("y01", "organisation", NRC, 0, O(NRC)),
    ("y01", "organisation", "([[NRC]])", 0, O(NRC)),
    ("y01", "organisation", "[[NRC]]'s Managing", 0, O(NRC)),
    ("y01", "organisation", CRRCQ, 0, O(CRRCQ)),
    ("y01", "organisation", "[[CCECC]]'s country", 0, O(CCECC)),
    ("y01", "organisation", NPA, 0, O(NPA)),
    ("y01", "organisation", "([[NPA]])", 0, O(NPA)),
    ("y01", "organisation", CHEC, 0, O(CHEC)),
    ("y01", "organisation", "([[CHEC]])", 0, O(CHEC)),
    ("y01", "organisation", LPLE, 0, O(LPLE)),
    ("y01", "organisation", "which [[CHEC]] holds", 0, O(CHEC)),
    ("y01", "organisation", "[[CHEC]] and the Lagos", 0, O(CHEC)),
    ("y01", "organisation", LSG, 0, O(LSG)),
    ("y01", "organisation", NSC, 0, O(NSC)),
    ("y01", "organisation", "([[NSC]])", 0, O(NSC)),
    # places (the line's towns are tagged (extra6/extra8), as the station's and the ports' towns (x04,
    # extra22); the byline's town is the dateline; "Mrs. Ngozi Owerri" is a person (extra6/extra11);
    # "Rivers State", "Abia State" are regions as written; Lekki inside the free zone's name is tagged
    # (extra8's park); "Kano-Maradi" in the Related line is chrome)
    ("y01", "place", "N312bn [[Port Harcourt]]-Aba", 0, PH),
    ("y01", "place", "Port Harcourt-[[Aba]] rail", 0, ABA),
    ("y01", "place", "; [[Lekki]] port", 0, LEKKI),
    ("y01", "place", "Okafor, [[Port Harcourt]]", 0, PH),
    ("y01", "place", "63-kilometre [[Port Harcourt]]-Aba", 0, PH),
    ("y01", "place", "Port Harcourt-[[Aba]] segment", 0, ABA),
    ("y01", "place", "1,443km [[Port Harcourt]]-Maiduguri", 0, PH),
    ("y01", "place", "1,443km Port Harcourt-[[Maiduguri]]", 0, CITY("Maiduguri", "NG")),
    ("y01", "place", "the [[Port Harcourt]] station", 0, PH),
    ("y01", "place", "full [[Port Harcourt]]-Maiduguri", 0, PH),
    ("y01", "place", "full Port Harcourt-[[Maiduguri]]", 0, CITY("Maiduguri", "NG")),
    ("y01", "place", "Onne", 0, CITY("Onne", "NG")),
    ("y01", "place", "Rivers State", 0, REG("Rivers State", "NG")),
    ("y01", "place", "Abia State", 0, REG("Abia State", "NG")),
    ("y01", "place", "[[China]]'s Consul", 0, CN),
    ("y01", "place", "General in [[Lagos]]", 0, LAGOS),
    ("y01", "place", "2,300 [[Nigerian]] workers", 0, NG),
    ("y01", "place", "depot in [[Aba]]", 0, ABA),
    ("y01", "place", "280km [[Aba]]-Enugu", 0, ABA),
    ("y01", "place", "Aba-[[Enugu]]", 0, CITY("Enugu", "NG")),
    ("y01", "place", "the [[Lekki]] Deep", 0, LEKKI),
    ("y01", "place", "Port in [[Lagos]]", 0, LAGOS),
    ("y01", "place", "the [[Lekki]] Free", 0, LEKKI),
    ("y01", "place", "importers at [[Lekki]]", 0, LEKKI),
    ("y01", "place", "Apapa", 0, CITY("Apapa", "NG")),
    # events (the headline "commissions" anchors the opening (r04's "inaugurates"); "commissioned" and
    # "attended the ceremony" are that occurrence; the President stands for Nigeria, the minister for the
    # ministry the text names (extra5), and the NRC and CCECC speakers "at the ceremony"/"at the event",
    # the governors' states and the consul general's country take part (r04, extra13); "was rebuilt by"
    # is the completion, dated by "track-laying was completed" with the cost of its own clause (r04,
    # extra7), apart from "work started" (w-call); "approved", "negotiating", "paid", "directed": no type;
    # "supplied ... by" a maker is the delivery, placed at the port where the coaches "arrived" (extra20);
    # "will make", "would hand over", "will begin", "is planned": future; "handled", "received 61
    # vessels", "rose": figures; the port "built by" CHEC with no date told is an undated construction
    # (extra12) whose cost is in its clause; the MoU takes its estimated cost (extra8); "holds": a state)
    (
        "y01",
        "event",
        "commissions",
        0,
        E("ceremony", "2025-07-07", "Port Harcourt",
          ["Nigeria", CCECC, FMOT, NRC, "Rivers State", "Abia State", "China"]),
    ),
    ("y01", "event", "was [[rebuilt]]", 0, E("construction", "2025-05", None, [CCECC], M("312000000000", "NGN"))),
    ("y01", "event", "work [[started]]", 0, E("construction", "2023-10", None, [CCECC])),
    ("y01", "event", "supplied", 0, E("delivery", "2025-04", "Onne", [NRC, CRRCQ], Q("10", "coach"))),
    (
        "y01",
        "event",
        "port, [[built]] by",
        0,
        E("construction", None, "Lekki", [CHEC], M("1500000000", "USD", "approx")),
    ),
    ("y01", "event", "Government [[signed]]", 0, E("signing", "2025-06-20", None, [CHEC, LSG], M("640000000", "USD"))),
]

# ================================= y02 BelTA, Minsk (25 September 2025, 14:37, a Thursday)
BY = C("Belarus", "BY")
RU = C("Russia", "RU")
MINSK = CITY("Minsk", "BY")
SMOL = CITY("Smolevichi", "BY")
BELTA = "Belarusian Telegraph Agency"
IGC = "Belarusian-Chinese Intergovernmental Committee on Cooperation"
IPDC = "Industrial Park Development Company"
CMG = "China Merchants Group"
ZOOM = "Zoomlion Heavy Industry Science and Technology Co., Ltd."
CAMCE = "China CAMC Engineering Co., Ltd."
GSA = "Great Stone Industrial Park Administration"
CIIE = "China International Import Expo"
CIIE_DATE = "2025-11-05/2025-11-10"
A02 = [
    # dates ("Two days earlier" after the session of 24 September is an anaphoric offset with a calendar
    # unit (extra5's "a year earlier"): 22 September; "Earlier this month": "this month", the adverb
    # outside as it changes no value; "eight months" (headline and body): a spelled-out duration; the
    # copyright years are chrome)
    ("y02", "date", "25 September 2025, 14:37", 0, "2025-09-25T14:37"),
    ("y02", "date", "MINSK, [[25 September]]", 0, "2025-09-25"),
    ("y02", "date", "January-August 2025", 0, "2025-01/2025-08"),
    ("y02", "date", "24 September", 0, "2025-09-24"),
    ("y02", "date", "the first half of the year", 0, "2025-H1"),
    ("y02", "date", "in [[2026]]", 0, "2026"),
    ("y02", "date", "Two days earlier", 0, "2025-09-22"),
    ("y02", "date", "in [[2019]]", 0, "2019"),
    ("y02", "date", "this month", 0, "2025-09"),
    ("y02", "date", "12 September", 0, "2025-09-12"),
    ("y02", "date", "In [[August]]", 0, "2025-08"),
    ("y02", "date", "in [[July]]", 0, "2025-07"),
    ("y02", "date", "until [[2062]]", 0, "2062"),
    ("y02", "date", "5-10 November", 0, CIIE_DATE),
    ("y02", "date", "last year", 0, "2024"),
    # money ("tops" and "has exceeded": verb qualifiers outside the span, gt (NOTES' "exceeded");
    # rubles in a Belarusian outlet are Belarusian rubles (BYN) where the text says so, "Russian rubles"
    # RUB; the demonym inside a currency's name is no place (extra7's "Guinean francs"))
    ("y02", "money", "$1.6bn", 0, M("1600000000", "USD", "gt")),
    ("y02", "money", "$187 million", 0, M("187000000", "USD")),
    ("y02", "money", "$1.6 billion", 0, M("1600000000", "USD", "gt")),
    ("y02", "money", "1.2 billion Belarusian rubles", 0, M("1200000000", "BYN")),
    ("y02", "money", "about $370 million", 0, M("370000000", "USD", "approx")),
    ("y02", "money", "450 million yuan", 0, M("450000000", "CNY")),
    ("y02", "money", "9.6 million Belarusian rubles", 0, M("9600000", "BYN")),
    ("y02", "money", "$48 million", 0, M("48000000", "USD")),
    ("y02", "money", "3.5 billion Russian rubles", 0, M("3500000000", "RUB")),
    # quantities ("nine new residents", "eight months": spelled out; "13th", "8th", "second": ranks;
    # "(HKEX: 0144)", "Decree No. 215": identifiers; "a year", "annually": rates; "bcm" -> m3 (y10); the
    # phone number is chrome)
    ("y02", "quantity", "142 residents", 0, Q("142", "resident")),
    ("y02", "quantity", "15 countries", 0, Q("15", "country")),
    ("y02", "quantity", "68%", 0, Q("68", "%")),
    ("y02", "quantity", "112.5 square kilometres", 0, Q("112.5", "km2")),
    ("y02", "quantity", "25 km", 0, Q("25", "km")),
    ("y02", "quantity", "5,300 people", 0, Q("5300", "person")),
    ("y02", "quantity", "11 documents", 0, Q("11", "document")),
    ("y02", "quantity", "300 cranes", 0, Q("300", "crane")),
    ("y02", "quantity", "20 cranes", 0, Q("20", "crane")),
    ("y02", "quantity", "40 MW", 0, Q("40", "MW")),
    ("y02", "quantity", "about 60 million cubic metres", 0, Q("60000000", "m3", "approx")),
    ("y02", "quantity", "some 20 bcm", 0, Q("20000000000", "m3", "approx")),
    ("y02", "quantity", "152 countries", 0, Q("152", "country")),
    # organisations (the agency's masthead acronym and dateline tag are the agency (extra11/extra22); the
    # industrial park "Great Stone" is a park, no organisation (extra8), its developer and administration
    # are; "Deputy Prime Minister", "Vice Premier": titles naming no body; "the group's", "the company",
    # "the state road agency": generic; Belarus inside Gazprom Transgaz Belarus is not tagged (flat); the
    # "Read also" line and the copyright agency are chrome)
    ("y02", "organisation", "[[BelTA]] -", 0, O(BELTA)),
    ("y02", "organisation", BELTA, 0, O(BELTA)),
    ("y02", "organisation", "([[BelTA]])", 0, O(BELTA)),
    ("y02", "organisation", IPDC, 0, O(IPDC)),
    ("y02", "organisation", "([[IPDC]])", 0, O(IPDC)),
    ("y02", "organisation", CMG, 0, O(CMG)),
    ("y02", "organisation", CMG, 1, O(CMG)),
    ("y02", "organisation", "China Merchants Port Holdings", 0, O("China Merchants Port Holdings")),
    ("y02", "organisation", "HKEX", 0, O("HKEX")),
    ("y02", "organisation", "of [[IPDC]],", 0, O(IPDC)),
    ("y02", "organisation", ZOOM, 0, O(ZOOM)),
    ("y02", "organisation", "Belavtodor", 0, O("Belavtodor")),
    ("y02", "organisation", CAMCE, 0, O(CAMCE)),
    ("y02", "organisation", "([[CAMCE]])", 0, O(CAMCE)),
    ("y02", "organisation", "Gazprom Transgaz Belarus", 0, O("Gazprom Transgaz Belarus")),
    ("y02", "organisation", "KAMAZ", 0, O("KAMAZ")),
    ("y02", "organisation", GSA, 0, O(GSA)),
    # places (China and Belarus inside the park's name are tagged (extra8's park); none inside the
    # committee's name (a summit, flat); "Igor Borisov" is a person named like a town (extra6/extra11);
    # "Great Stone plant" names the park, no place; "Russian gas" is the country's product, a demonym for
    # the country; Minsk in the "Read also" line is chrome)
    ("y02", "place", "MINSK", 0, MINSK),
    ("y02", "place", "The [[China]]-Belarus Industrial", 0, CN),
    ("y02", "place", "China-[[Belarus]] Industrial", 0, BY),
    ("y02", "place", "in [[Beijing]] on", 0, CITY("Beijing", "CN")),
    ("y02", "place", "to [[Russia]] and", 0, RU),
    ("y02", "place", "Russia and [[China]].", 0, CN),
    ("y02", "place", "near [[Smolevichi]], 25", 0, SMOL),
    ("y02", "place", "east of [[Minsk]]", 0, MINSK),
    ("y02", "place", "[[Chinese]] Vice Premier", 0, CN),
    ("y02", "place", "session in [[Minsk]]", 0, MINSK),
    ("y02", "place", "Shenzhen", 0, CITY("Shenzhen", "CN")),
    ("y02", "place", "plant near [[Smolevichi]], with", 0, SMOL),
    ("y02", "place", "plant near [[Smolevichi]] at", 0, SMOL),
    ("y02", "place", "[[Belarus]] imports", 0, BY),
    ("y02", "place", "of [[Russian]] gas", 0, RU),
    ("y02", "place", "[[Russian]] truck maker", 0, RU),
    ("y02", "place", "A [[Belarusian]] trade", 0, BY),
    ("y02", "place", "Shanghai", 0, CITY("Shanghai", "CN")),
    # summits (the committee's session is the committee as a named meeting, without "13th session of"
    # (n02); "the session" (three times) and "the expo" are anaphors; the CIIE acronym defined inline is a
    # mention (extra22), "8th" outside)
    ("y02", "summit", IGC, 0, S(IGC, "2025-09-24", "Beijing")),
    ("y02", "summit", CIIE, 0, S(CIIE, CIIE_DATE, "Shanghai")),
    ("y02", "summit", "([[CIIE]])", 0, S(CIIE, CIIE_DATE, "Shanghai")),
    # events (co-chairing the session is the meeting (extra5), the Deputy Prime Minister (no ministry named)
    # standing for Belarus and the Vice Premier for China; "The two sides signed 11 documents": one signing
    # with its count as amount (extra13); the IPDC-CMG agreement "on the sidelines" takes the session's
    # date and city (extra21); the visit "Two days earlier" is dated by that anaphor; "opened the first
    # hub": an opening (ceremony); "launched a second assembly line": a launch (ceremony) placed by the
    # plant's town; the crane delivery takes its count, not the contract's value (u-call); "completed" a
    # plant with its cost in the clause: construction (extra7); "registered", "became a resident":
    # admissions, no type; "Residents invested", "park companies produced", "were exported", "imports":
    # tallies of many firms or a country (extra4/extra13); "agreed to hold", "will burn", "plans to
    # invest", "will attend", "plan to sign": future)
    ("y02", "event", "co-chaired", 0, E("meeting", "2025-09-24", "Beijing", ["Belarus", "China"])),
    (
        "y02",
        "event",
        "sides [[signed]]",
        0,
        E("signing", "2025-09-24", "Beijing", ["Belarus", "China"], Q("11", "document")),
    ),
    (
        "y02",
        "event",
        "Group [[signed]]",
        0,
        E("signing", "2025-09-24", "Beijing", [IPDC, CMG], M("450000000", "CNY")),
    ),
    ("y02", "event", "visited", 0, E("visit", "2025-09-22", "Shenzhen", ["Belarus", CMG])),
    ("y02", "event", "opened", 0, E("ceremony", "2019", None, [CMG])),
    ("y02", "event", "launched", 0, E("ceremony", "2025-09", "Smolevichi", [ZOOM])),
    ("y02", "event", "delivered", 0, E("delivery", "2025-09-12", None, [ZOOM, "Belavtodor"], Q("20", "crane"))),
    ("y02", "event", "completed", 0, E("construction", "2025-08", "Smolevichi", [CAMCE], M("48000000", "USD"))),
]

# ================================= y03 BNamericas (Tuesday, November 18, 2025)
PE = C("Peru", "PE")
CHANCAY = CITY("Chancay", "PE")
CCCC = "China Communications Construction Company"
MTC = "Ministry of Transport and Communications"
CPLP = "Consorcio Parque Logístico del Pacífico"
CSPCP = "Cosco Shipping Ports Chancay Perú"
APN = "National Port Authority"
CSPL = "COSCO Shipping Ports Limited"
SENASA = "National Agrarian Health Service"
FORUM3 = "Peru-China Port and Logistics Forum"
A03 = [
    # dates (weekday inside the header date (extra18); "year one" (headline and subhead) is no calendar
    # point; "between January and October": one interval, "between" outside (w06); "the 2011 contract":
    # a year (r04's "the 2024 budget"); "early 2028": the year (w-call); "30-year": a quantity)
    ("y03", "date", "Tuesday, November 18, 2025", 0, "2025-11-18"),
    ("y03", "date", "on [[Monday]]", 0, "2025-11-17"),
    ("y03", "date", "the second half of 2027", 0, "2027-H2"),
    ("y03", "date", "November 12", 0, "2025-11-12"),
    ("y03", "date", "November 13", 0, "2025-11-13"),
    ("y03", "date", "November 2024", 0, "2024-11"),
    ("y03", "date", "the third quarter of 2025", 0, "2025-Q3"),
    ("y03", "date", "last week", 0, "2025-W46"),
    ("y03", "date", "early 2028", 0, "2028"),
    ("y03", "date", "January and October", 0, "2025-01/2025-10"),
    ("y03", "date", "on [[Saturday]]", 0, "2025-11-15"),
    ("y03", "date", "in [[August]]", 0, "2025-08"),
    ("y03", "date", "November 6", 0, "2025-11-06"),
    ("y03", "date", "this year", 0, "2025"),
    ("y03", "date", "in [[February]]", 0, "2025-02"),
    ("y03", "date", "the [[2011]] contract", 0, "2011"),
    ("y03", "date", "the first quarter of 2026", 0, "2026-Q1"),
    # money ("S/" is the sol (z06); "mn"/"bn" are million/billion (extra11); "a further": no qualifier;
    # "at current rates": a conversion, both sides money)
    ("y03", "money", "US$1.05bn", 0, M("1050000000", "USD")),
    ("y03", "money", "S/ 18.5mn", 0, M("18500000", "PEN")),
    ("y03", "money", "US$1.2bn", 0, M("1200000000", "USD")),
    ("y03", "money", "S/ 1,320 million", 0, M("1320000000", "PEN")),
    ("y03", "money", "about US$ 352 million", 0, M("352000000", "USD", "approx")),
    ("y03", "money", "S/ 142 million", 0, M("142000000", "PEN")),
    # quantities ("first stage", "second phase", "first ... Forum": ranks; "Law No. 32449", "stock code:
    # 1199", "clause 8.3": identifiers; "a year": a rate; the phone number is chrome)
    ("y03", "quantity", "1.26mn TEU", 0, Q("1260000", "TEU")),
    ("y03", "quantity", "30-year", 0, Q("30", "year")),
    ("y03", "quantity", "1,000-hectare", 0, Q("1000", "ha")),
    ("y03", "quantity", "70%", 0, Q("70", "%")),
    ("y03", "quantity", "30%", 0, Q("30", "%")),
    ("y03", "quantity", "about 4km", 0, Q("4", "km", "approx")),
    ("y03", "quantity", "120 hectares", 0, Q("120", "ha")),
    ("y03", "quantity", "2.5%", 0, Q("2.5", "%")),
    ("y03", "quantity", "1.26mn TEU", 1, Q("1260000", "TEU")),
    ("y03", "quantity", "2.9mn tonnes", 0, Q("2900000", "t")),
    ("y03", "quantity", "Some 312 vessels", 0, Q("312", "vessel", "approx")),
    ("y03", "quantity", "371,000 TEU", 0, Q("371000", "TEU")),
    ("y03", "quantity", "22%", 0, Q("22", "%")),
    ("y03", "quantity", "60%", 0, Q("60", "%")),
    ("y03", "quantity", "1.5mn TEU", 0, Q("1500000", "TEU")),
    ("y03", "quantity", "9.6km", 0, Q("9.6", "km")),
    ("y03", "quantity", "about 25 days", 0, Q("25", "day", "approx")),
    ("y03", "quantity", "38%", 0, Q("38", "%")),
    # organisations (the masthead is the outlet, the section label outside (extra13); "minister": a title;
    # "the consortium", "the concessionaire", "the operator", "Tax agency", "Transport regulator":
    # generic; "HKEX" before a stock code is the exchange (y06); Chancay inside the operator's name and the
    # Andes inside the builder's are not tagged (flat); the Related line and the subscription and
    # copyright lines are chrome)
    ("y03", "organisation", "BNamericas", 0, O("BNamericas")),
    ("y03", "organisation", "ProInversión", 0, O("ProInversión")),
    ("y03", "organisation", CCCC, 0, O(CCCC)),
    ("y03", "organisation", "([[CCCC]])", 0, O(CCCC)),
    ("y03", "organisation", MTC, 0, O(MTC)),
    ("y03", "organisation", "([[MTC]])", 0, O(MTC)),
    ("y03", "organisation", CPLP, 0, O(CPLP)),
    ("y03", "organisation", "the [[MTC]] said", 0, O(MTC)),
    ("y03", "organisation", "[[CCCC]] holds", 0, O(CCCC)),
    ("y03", "organisation", "Constructora Andes del Sur", 0, O("Constructora Andes del Sur")),
    ("y03", "organisation", "ProInversión", 1, O("ProInversión")),
    ("y03", "organisation", "[[CCCC]] presented", 0, O(CCCC)),
    ("y03", "organisation", CSPCP, 0, O(CSPCP)),
    ("y03", "organisation", APN, 0, O(APN)),
    ("y03", "organisation", "([[APN]])", 0, O(APN)),
    ("y03", "organisation", CSPL, 0, O(CSPL)),
    ("y03", "organisation", "([[CSPL]])", 0, O(CSPL)),
    ("y03", "organisation", "HKEX", 0, O("HKEX")),
    ("y03", "organisation", "Sunat", 0, O("Sunat")),
    ("y03", "organisation", "with [[CSPL]] managing", 0, O(CSPL)),
    ("y03", "organisation", "[[CSPL]] signed", 0, O(CSPL)),
    ("y03", "organisation", SENASA, 0, O(SENASA)),
    ("y03", "organisation", "([[Senasa]])", 0, O(SENASA)),
    ("y03", "organisation", "Ositran", 0, O("Ositran")),
    ("y03", "organisation", "by the [[MTC]] in", 0, O(MTC)),
    ("y03", "organisation", "with [[APN]].", 0, O(APN)),
    # places (the port's and the park's town is tagged (x04/x12, extra8), also in the lower-case "Chancay
    # logistics park"; a lower-case "district"/"province" after a name: the name as a region (n02's "Pop
    # district"); the bypass's towns are the towns (extra6/extra8); "Roberto Jaén" is a person named
    # like a town (extra6/extra11); none inside the forum's name (flat); Chile in the Related line is
    # chrome)
    ("y03", "place", "[[Peru]] awards", 0, PE),
    ("y03", "place", "awards [[Chancay]] logistics", 0, CHANCAY),
    ("y03", "place", "as [[Chancay]] terminal", 0, CHANCAY),
    ("y03", "place", "[[Peruvian]] investment", 0, PE),
    ("y03", "place", "1,000-hectare [[Chancay]] Logistics", 0, CHANCAY),
    ("y03", "place", "in [[Lima]] by", 0, CITY("Lima", "PE")),
    ("y03", "place", "[[Peruvian]] builder", 0, PE),
    ("y03", "place", "in [[Chancay]] district", 0, REG("Chancay", "PE")),
    ("y03", "place", "[[Huaral]] province", 0, REG("Huaral", "PE")),
    ("y03", "place", "held in [[Chancay]] on", 0, CHANCAY),
    ("y03", "place", "the [[Chancay]] terminal run", 0, CHANCAY),
    ("y03", "place", "VAT at [[Chancay]]", 0, CHANCAY),
    ("y03", "place", "9.6km [[Chancay]]-Huaral", 0, CHANCAY),
    ("y03", "place", "Chancay-[[Huaral]] bypass", 0, CITY("Huaral", "PE")),
    ("y03", "place", "from [[Chancay]] to", 0, CHANCAY),
    ("y03", "place", "Shanghai", 0, CITY("Shanghai", "CN")),
    # summits ("first" outside the name, a rank)
    ("y03", "summit", FORUM3, 0, S(FORUM3, "2025-11-12", "Chancay")),
    # events ("has awarded a ... concession": a contract award, no type (extra10); the concession
    # contract "was signed" by the parties the text names, its investment told in another sentence (t-call:
    # no amount); the minister stands for the MTC the text names (extra5); "presented", "operations
    # began", "called", "handled", "moved", "collected", "challenged", "is reviewing": no type; "would
    # invest", "will pay", "is due", "is expected": future; the minister's visit "with" the port owner's
    # managing director takes both (extra9), placed at the terminal's town; "inspected" the bypass is a
    # sub-step; the operator "began building" the bypass: the start of building work with the cost of its
    # clause (extra8); the Senasa memorandum is a signing)
    ("y03", "event", "was [[signed]] on Monday", 0, E("signing", "2025-11-17", "Lima", [MTC, CPLP])),
    ("y03", "event", "visited", 0, E("visit", "2025-11-15", "Chancay", [MTC, CSPL])),
    (
        "y03",
        "event",
        "operator [[began]] building",
        0,
        E("construction", "2025-08", None, [CSPCP], M("142000000", "PEN")),
    ),
    ("y03", "event", "CSPL [[signed]]", 0, E("signing", "2025-11-06", None, [CSPL, SENASA])),
]

# ================================= y04 UzDaily, Tashkent (June 12, 2025 | 11:42, a Thursday)
UZ = C("Uzbekistan", "UZ")
TASH = CITY("Tashkent", "UZ")
YANG = CITY("Yangiyer", "UZ")
SYR = REG("Syrdarya", "UZ")
FRDU = "Fund for Reconstruction and Development of Uzbekistan"
MIIT = "Ministry of Investment, Industry and Trade"
YHC = "Yangiyer Huaxin Ceramics LLC"
GHC = "Guangdong Huaxin Ceramics Group"
STC = "Sirdaryo Tongda Cable LLC"
CNCEC = "China National Chemical Engineering Group Corporation"
XZC = "Xinjiang Zhongtai Chemical Co., Ltd."
ASR = "Agency for Strategic Reforms"
TIIF = "Tashkent International Investment Forum"
TIIF_DATE = "2025-06-10/2025-06-11"
A04 = [
    # dates (a header date and time joined by "|" is one fact (extra22); "The day before" after "On 11 June"
    # is an anaphoric offset with a calendar unit (extra5's "a year earlier"); "the end of 2026": the year
    # (w01); "Resolution No. PQ-214": an identifier; the copyright years are chrome)
    ("y04", "date", "June 12, 2025 | 11:42", 0, "2025-06-12T11:42"),
    ("y04", "date", "11 June 2025", 0, "2025-06-11"),
    ("y04", "date", "1 January 2030", 0, "2030-01-01"),
    ("y04", "date", "the end of 2026", 0, "2026"),
    ("y04", "date", "On [[11 June]]", 0, "2025-06-11"),
    ("y04", "date", "The day before", 0, "2025-06-10"),
    ("y04", "date", "10-11 June", 0, TIIF_DATE),
    ("y04", "date", "January-April 2025", 0, "2025-01/2025-04"),
    ("y04", "date", "last year", 0, "2024"),
    ("y04", "date", "in [[2021]]", 0, "2021"),
    ("y04", "date", "March 2022", 0, "2022-03"),
    # money ("sum" and "UZS" are the Uzbek som (s04, x10); "an estimated cost of": no qualifier (v01))
    ("y04", "money", "UZS 850 billion", 0, M("850000000000", "UZS")),
    ("y04", "money", "$1.3 billion", 0, M("1300000000", "USD")),
    ("y04", "money", "$85 million", 0, M("85000000", "USD")),
    ("y04", "money", "1.1 trillion sum", 0, M("1100000000000", "UZS")),
    ("y04", "money", "$1.9 billion", 0, M("1900000000", "USD")),
    ("y04", "money", "$30.5 billion", 0, M("30500000000", "USD")),
    ("y04", "money", "$320 million", 0, M("320000000", "USD")),
    ("y04", "money", "$4.7 billion", 0, M("4700000000", "USD")),
    # quantities ("two plants", "Fourteen enterprises", "two new enterprises", "about a third": spelled out;
    # "IV": a rank; "a year": a rate; the phone number is chrome)
    ("y04", "quantity", "540-hectare", 0, Q("540", "ha")),
    ("y04", "quantity", "38-km", 0, Q("38", "km")),
    ("y04", "quantity", "110 kV", 0, Q("110", "kV")),
    ("y04", "quantity", "23 projects", 0, Q("23", "project")),
    ("y04", "quantity", "more than 6,200 jobs", 0, Q("6200", "job", "gt")),
    ("y04", "quantity", "12 million square metres", 0, Q("12000000", "m2")),
    ("y04", "quantity", "30,000 tonnes", 0, Q("30000", "t")),
    ("y04", "quantity", "1,450 people", 0, Q("1450", "person")),
    ("y04", "quantity", "18.6%", 0, Q("18.6", "%")),
    ("y04", "quantity", "More than 3,100 enterprises", 0, Q("3100", "enterprise", "gt")),
    ("y04", "quantity", "27%", 0, Q("27", "%")),
    # organisations (the masthead and the dateline's "UzDaily.com" are the outlet (extra11/extra16's
    # "24.kg"); "the head of state", "President": titles; "the khokimiyat of Syrdarya region" is a
    # lower-case generic noun before a region, the region a place (extra16's district administration); the
    # resolution's quoted title names no body; Uzbekistan inside the fund's name, Yangiyer, Guangdong and
    # Xinjiang inside the companies' names and Tashkent inside the forum's are not tagged (flat); the
    # Telegram line and the copyright line are chrome)
    ("y04", "organisation", "UzDaily", 0, O("UzDaily")),
    ("y04", "organisation", "UzDaily.com", 0, O("UzDaily")),
    ("y04", "organisation", FRDU, 0, O(FRDU)),
    ("y04", "organisation", MIIT, 0, O(MIIT)),
    ("y04", "organisation", YHC, 0, O(YHC)),
    ("y04", "organisation", GHC, 0, O(GHC)),
    ("y04", "organisation", STC, 0, O(STC)),
    ("y04", "organisation", CNCEC, 0, O(CNCEC)),
    ("y04", "organisation", "([[CNCEC]])", 0, O(CNCEC)),
    ("y04", "organisation", MIIT, 1, O(MIIT)),
    ("y04", "organisation", XZC, 0, O(XZC)),
    ("y04", "organisation", ASR, 0, O(ASR)),
    ("y04", "organisation", "Export-Import Bank of China", 0, O("Export-Import Bank of China")),
    # places (an industrial zone named after its town tags the town (extra8, extra22's TEDA zone);
    # "Chinese-invested" tags the demonym (extra19's "Chinese-owned"), as "Jizzakh-born" tags the town
    # (extra22's "Jakarta-listed"); "Syrdarya region", "Kashkadarya region": the name as a region (n02);
    # "Bahodir Termiz" is a person named like a town (extra6/extra11))
    ("y04", "place", "[[Chinese]]-invested", 0, CN),
    ("y04", "place", "Chinese-invested [[Yangiyer]]", 0, YANG),
    ("y04", "place", "[[Tashkent]], Uzbekistan", 0, TASH),
    ("y04", "place", "Tashkent, [[Uzbekistan]]", 0, UZ),
    ("y04", "place", "for the [[Yangiyer]] industrial", 0, YANG),
    ("y04", "place", "in [[Syrdarya]] region", 0, SYR),
    ("y04", "place", "with [[Chinese]] capital worth", 0, CN),
    ("y04", "place", "received in [[Tashkent]]", 0, TASH),
    ("y04", "place", "in [[Kashkadarya]] region", 0, REG("Kashkadarya", "UZ")),
    ("y04", "place", "with [[Chinese]] companies", 0, CN),
    ("y04", "place", "of [[Syrdarya]] region", 0, SYR),
    ("y04", "place", "the [[Yangiyer]]-Bekabad", 0, YANG),
    ("y04", "place", "Yangiyer-[[Bekabad]]", 0, CITY("Bekabad", "UZ")),
    ("y04", "place", "[[Uzbekistan]]'s trade", 0, UZ),
    ("y04", "place", "with [[China]] amounted", 0, CN),
    ("y04", "place", "with [[Chinese]] capital operate", 0, CN),
    ("y04", "place", "and [[Chinese]] investors", 0, CN),
    ("y04", "place", "The [[Yangiyer]] zone", 0, YANG),
    ("y04", "place", "[[Jizzakh]]-born", 0, CITY("Jizzakh", "UZ")),
    # summits ("IV" outside the name; "(TIIF)" and "the TIIF" are mentions of the acronym defined inline
    # (extra22); "the forum" is an anaphor; Tashkent is in the name and among the places)
    ("y04", "summit", TIIF, 0, S(TIIF, TIIF_DATE, "Tashkent")),
    ("y04", "summit", "([[TIIF]])", 0, S(TIIF, TIIF_DATE, "Tashkent")),
    ("y04", "summit", "the [[TIIF]],", 0, S(TIIF, TIIF_DATE, "Tashkent")),
    # events (the headline "two plants launched" anchors the launch ceremony (NOTES' first mention), "the
    # launch of two new enterprises" being the same occurrence; the head of state stands for Uzbekistan,
    # the two companies launched take part, the place is the zone's town (extra9); "has signed Resolution"
    # is a decision, no signing (extra23); "approves", "extends", "will allocate", "will produce",
    # "discussed": no type or future; "Fourteen enterprises have already been launched" and "agreements
    # worth $30.5 billion were signed at the forum" are tallies (extra4); "built a plant worth" with no
    # date: an undated construction with its cost (extra12), "invested ... in a plant": an undated
    # investment (extra16's running total); "received ... a delegation" is the meeting, dated by "The day
    # before"; the two signings "On the sidelines of the TIIF" take the forum's dates and city (extra21),
    # the khokimiyat standing for its region; "was created": a founding (NOTES); "started production": a
    # first-output milestone (extra11) of an unnamed company, placed by the zone)
    (
        "y04",
        "event",
        "plants [[launched]]",
        0,
        E("ceremony", "2025-06-11", "Yangiyer", ["Uzbekistan", YHC, STC]),
    ),
    ("y04", "event", "built", 0, E("construction", None, "Yangiyer", [YHC], M("85000000", "USD"))),
    ("y04", "event", "LLC [[invested]]", 0, E("investment", None, "Yangiyer", [STC], M("1100000000000", "UZS"))),
    ("y04", "event", "received", 0, E("meeting", "2025-06-10", "Tashkent", ["Uzbekistan", CNCEC])),
    (
        "y04",
        "event",
        "Ltd. [[signed]]",
        0,
        E("signing", TIIF_DATE, "Tashkent", ["Syrdarya", XZC], M("320000000", "USD")),
    ),
    ("y04", "event", "China [[signed]]", 0, E("signing", TIIF_DATE, "Tashkent", [ASR, "Export-Import Bank of China"])),
    ("y04", "event", "started [[production]]", 0, E("production", "2022-03", "Yangiyer")),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "y*.txt")
