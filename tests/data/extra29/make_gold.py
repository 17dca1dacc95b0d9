"""Build tests/data/extra29/gold.jsonl from hand annotations of the w*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (an Astana Times story on a
US$2.4 billion China-Kazakhstan agreement package signed during a Xinjiang vice governor's working
visit, the Ayagoz-Bakhty railway's track-laying, tenge/US$ amounts, TEU, tonnes and a wind farm; a
Colombia One story on Bogotá Metro Line 1 with COP/US$ amounts, a court ruling, a Chinese consortium,
CRRC trains delivered at Cartagena and a CAF loan; an EconomyNext story on the handover of keys of
China-funded flats in Colombo, an Exim Bank debt restructuring, Rs./LKR/MVR/yuan amounts and a Sinopec
agreement; a Guangxi government portal item on China-Vietnam freight trains via Pingxiang, with yuan/
RMB/dong amounts, trips, TEU, mu, the 22nd China-ASEAN Expo and a county logistics park) written
BLIND: annotated from shared/gold/NOTES.md and shared/spec/facts.md alone, without running bri_corpus
on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra27/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - a package "signed ... during the working visit of" a vice governor, of which a national company
    "signed six ... with" two Chinese bodies, is one signing (the headline "sign" anchoring it, NOTES'
    first mention); its parties are the two countries, the visitor's region (NOTES' "during"), and the
    signatories of the part told; its worth is the amount (the spec's "deals worth"), as no count is
    printed;
  - "the Kazakh capital" is the country's demonym (a place), the phrase naming no city fact;
    "working visit" is the trigger as "state visit" (k04/w04); a meeting on a day of the visit is
    placed by it (extra11);
  - a street named after a foreign capital ("Avenida Caracas") names no place; Bogotá's localities
    ("Chapinero", "Bosa", "Kennedy", "Suba", "Engativá") are regions of Colombia as written (n02's
    "Pop district");
  - a mayor "touring" a metro depot with an ambassador is a visit (extra26's "touring"); the mayor
    stands for his city (extra15's governor for the province), the ambassador for his state;
  - "installed 1,126 of its 1,370 precast beams": the first number is a count of the noun that
    follows, span the digits (extra26's "3,100 of them");
  - handing over the keys of flats to "the first 500 families" is a handover ceremony (x02/t01)
    whose count is its amount; the builder that does not attend takes no part;
  - "an agreement in principle that A and B reached" anchors a signing on "agreement" (extra16's
    "reached a final agreement"), with the restructured debt the lead names as its amount;
  - "Exim Bank" (headline) and "China Exim" are short forms of the document's "Export-Import Bank
    of China"; "302.50 to the US dollar" names no currency for its number (extra7): no money;
  - a bridge "opened in 2018" whose cost the same sentence gives is an opening (ceremony) with that
    cost (extra17), placed by the country its paragraph is about;
  - a bonded zone's output ("processed 9,200 tonnes") is a tally of its residents (extra25), no
    production; "Chongzuo signed 37 investment projects" at an expo is a tally (r03);
  - a border port named after a pass ("Youyiguan (Friendship Pass)") names no place; "Dong Dang
    station" tags the town (extra22's station), "dong" before it being the currency elsewhere;
  - "320 mu" -> unit "mu" (the Chinese land unit, as written); "51-square-metre" -> m2 (x04);
  - a government portal's banner ("Guangxi Zhuang Autonomous Region People's Government | English")
    is its masthead, the organisation (extra13/extra23), the place in it not tagged; the breadcrumb
    line and the "Font size" widget are chrome (NOTES' navigation);
  - "Free Trade Area 3.0", "No. 1 Central Document", "Nurly Zhol 2020-2025", "Law 1955 of 2019",
    "Bogotá Metro Line 1", "Calle 72" are names: no quantity, no date;
  - a political party ("the Green Alliance party") is an organisation, the lower-case "party" outside.
Run:  .venv/bin/python tests/data/extra29/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")
EUROPE = REG("Europe")

# ================================= w01 The Astana Times (14 October 2025, a Tuesday)
KZ = C("Kazakhstan", "KZ")
AST = CITY("Astana", "KZ")
XJ = REG("Xinjiang", "CN")
AYA = CITY("Ayagoz", "KZ")
BAK = CITY("Bakhty", "KZ")
DOS = CITY("Dostyk", "KZ")
MOY = CITY("Moyinty", "KZ")
ALT = CITY("Altynkol", "KZ")
TAC = CITY("Tacheng", "CN")
LYG = CITY("Lianyungang", "CN")
KHO = CITY("Khorgos", "KZ")
TAT = "The Astana Times"
MOT = "Ministry of Transport"
KTZ = "Kazakhstan Temir Zholy"
CRCC = "China Railway Construction Corporation Limited"
UMC = "Urumqi International Land Port Zone Management Committee"
KTZE = "KTZ Express"
LPH = "Lianyungang Port Holdings Group"
CSP = "COSCO Shipping Ports"
UEC = "Universal Energy Co., Ltd."
SAM = "Samruk-Energy"
DBK = "Development Bank of Kazakhstan"
GAC = "General Administration of Customs"
CCAS2 = "second China-Central Asia Summit"
A01 = [
    # dates ("two-day", "year-on-year": no calendar point; "Nurly Zhol 2020-2025" is a programme's name;
    # "last week": the ISO week before the report's; "early September": the month (extra5); the Read
    # also, contact and copyright lines are chrome)
    ("w01", "date", "14 October 2025", 0, "2025-10-14"),
    ("w01", "date", "on [[Monday]]", 0, "2025-10-13"),
    ("w01", "date", "October 12-13", 0, "2025-10-12/2025-10-13"),
    ("w01", "date", "July 2023", 0, "2023-07"),
    ("w01", "date", "last week", 0, "2025-W41"),
    ("w01", "date", "the first quarter of 2027", 0, "2027-Q1"),
    ("w01", "date", "the first nine months of 2025", 0, "2025-01/2025-09"),
    ("w01", "date", "TEU in [[2024]]", 0, "2024"),
    ("w01", "date", "territory [[last year]]", 0, "2024"),
    ("w01", "date", "On [[Sunday]]", 0, "2025-10-12"),
    ("w01", "date", "early September", 0, "2025-09"),
    ("w01", "date", "June 16-17", 0, "2025-06-16/2025-06-17"),
    ("w01", "date", "billion by [[2030]]", 0, "2030"),
    ("w01", "date", "billion in [[2024]]", 0, "2024"),
    ("w01", "date", "Since [[2005]]", 0, "2005"),
    ("w01", "date", "said in [[September]]", 0, "2025-09"),
    ("w01", "date", "Last year", 0, "2024"),
    ("w01", "date", "in [[2023]]", 0, "2023"),
    ("w01", "date", "railways by [[2030]]", 0, "2030"),
    # money (tenge -> KZT; "per kWh": the rate outside the span (extra18); "up to" -> le)
    ("w01", "money", "$2.4 billion", 0, M("2400000000", "USD")),
    ("w01", "money", "US$2.4 billion", 0, M("2400000000", "USD")),
    ("w01", "money", "395 billion tenge", 0, M("395000000000", "KZT")),
    ("w01", "money", "about $745 million", 0, M("745000000", "USD", "approx")),
    ("w01", "money", "3.2 billion tenge", 0, M("3200000000", "KZT")),
    ("w01", "money", "around 98.5 billion tenge", 0, M("98500000000", "KZT", "approx")),
    ("w01", "money", "22.68 tenge", 0, M("22.68", "KZT")),
    ("w01", "money", "up to 60 billion tenge", 0, M("60000000000", "KZT", "le")),
    ("w01", "money", "$70 billion", 0, M("70000000000", "USD")),
    ("w01", "money", "$43.8 billion", 0, M("43800000000", "USD")),
    ("w01", "money", "more than $26 billion", 0, M("26000000000", "USD", "gt")),
    # quantities ("a year": the rate outside; "clause 7.2", "KASE: KEGC", the phone number: identifiers;
    # "six of them", "two-day": spelled-out; the demonym-led "China-Europe" stays inside the count (r03))
    ("w01", "quantity", "272-kilometer", 0, Q("272", "km")),
    ("w01", "quantity", "150 MW", 0, Q("150", "MW")),
    ("w01", "quantity", "86%", 0, Q("86", "%")),
    ("w01", "quantity", "38 km", 0, Q("38", "km")),
    ("w01", "quantity", "20 million tonnes", 0, Q("20000000", "t")),
    ("w01", "quantity", "12.4 percent", 0, Q("12.4", "%")),
    ("w01", "quantity", "28.7 million tonnes", 0, Q("28700000", "t")),
    ("w01", "quantity", "1.62 million TEU", 0, Q("1620000", "TEU")),
    ("w01", "quantity", "more than 8,400 China-Europe trains", 0, Q("8400", "train", "gt")),
    ("w01", "quantity", "4,000 square meters", 0, Q("4000", "m2")),
    ("w01", "quantity", "49 percent", 0, Q("49", "%")),
    ("w01", "quantity", "20 years", 0, Q("20", "year")),
    ("w01", "quantity", "1.2 million tonnes", 0, Q("1200000", "t")),
    ("w01", "quantity", "780,000 tonnes", 0, Q("780000", "t")),
    ("w01", "quantity", "1,300 km", 0, Q("1300", "km")),
    ("w01", "quantity", "1.4%", 0, Q("1.4", "%")),
    # organisations (the masthead and "told The Astana Times" are the outlet, "The" inside (extra23);
    # "Government House" is a building; "Prime Minister", "Minister of Industry and Construction",
    # "Deputy Foreign Minister": titles naming no body; "KTZ Express" is a subsidiary taken as written
    # (NOTES' CETC International); "Khorgos Gateway" is the dry port; "KASE" the exchange of a stock
    # code (extra5), "KEGC" its ticker; the copyright line is chrome)
    ("w01", "organisation", TAT, 0, O(TAT)),
    ("w01", "organisation", MOT, 0, O(MOT)),
    ("w01", "organisation", KTZ, 0, O(KTZ)),
    ("w01", "organisation", "([[KTZ]])", 0, O(KTZ)),
    ("w01", "organisation", CRCC, 0, O(CRCC)),
    ("w01", "organisation", "([[CRCC]])", 0, O(CRCC)),
    ("w01", "organisation", UMC, 0, O(UMC)),
    ("w01", "organisation", "[[KTZ]] spokesperson", 0, O(KTZ)),
    ("w01", "organisation", "told [[The Astana Times]]", 0, O(TAT)),
    ("w01", "organisation", KTZE, 0, O(KTZE)),
    ("w01", "organisation", LPH, 0, O(LPH)),
    ("w01", "organisation", CSP, 0, O(CSP)),
    ("w01", "organisation", UEC, 0, O(UEC)),
    ("w01", "organisation", SAM, 0, O(SAM)),
    ("w01", "organisation", SAM, 1, O(SAM)),
    ("w01", "organisation", DBK, 0, O(DBK)),
    ("w01", "organisation", GAC, 0, O(GAC)),
    ("w01", "organisation", "KEGOC", 0, O("KEGOC")),
    ("w01", "organisation", "KASE", 0, O("KASE")),
    # places ("Ayagoz-Bakhty" and "Dostyk-Moyinty" tag each town (extra12); "the Kazakh capital": the
    # demonym; "Arman Taraz" is a person; places inside the masthead and the organisation and summit
    # names are not tagged; "Aktau" in the Read also line is chrome)
    ("w01", "place", "[[Kazakhstan]], China sign", 0, KZ),
    ("w01", "place", "Kazakhstan, [[China]] sign", 0, CN),
    ("w01", "place", "[[Ayagoz]]-Bakhty railway nears", 0, AYA),
    ("w01", "place", "Ayagoz-[[Bakhty]] railway nears", 0, BAK),
    ("w01", "place", "ASTANA", 0, AST),
    ("w01", "place", "- [[Kazakhstan]] and China", 0, KZ),
    ("w01", "place", "Kazakhstan and [[China]] signed", 0, CN),
    ("w01", "place", "Xinjiang", 0, XJ),
    ("w01", "place", "the [[Kazakh]] capital", 0, KZ),
    ("w01", "place", "kilometer [[Ayagoz]]-Bakhty", 0, AYA),
    ("w01", "place", "kilometer Ayagoz-[[Bakhty]]", 0, BAK),
    ("w01", "place", "the [[Dostyk]]-Moyinty", 0, DOS),
    ("w01", "place", "Dostyk-[[Moyinty]]", 0, MOY),
    ("w01", "place", "in [[Tacheng]] and", 0, TAC),
    ("w01", "place", "the [[Abai]] region", 0, REG("Abai", "KZ")),
    ("w01", "place", "the [[Ayagoz]]-Bakhty line", 0, AYA),
    ("w01", "place", "Ayagoz-[[Bakhty]] line", 0, BAK),
    ("w01", "place", "the [[Chinese]] railway", 0, CN),
    ("w01", "place", "at [[Tacheng]] and", 0, TAC),
    ("w01", "place", "\"[[Bakhty]] will", 0, BAK),
    ("w01", "place", "after [[Dostyk]] and", 0, DOS),
    ("w01", "place", "and [[Altynkol]]. We", 0, ALT),
    ("w01", "place", "between [[Kazakhstan]] and China grew", 0, KZ),
    ("w01", "place", "Kazakhstan and [[China]] grew", 0, CN),
    ("w01", "place", "The [[Dostyk]] and", 0, DOS),
    ("w01", "place", "and [[Altynkol]] crossings", 0, ALT),
    ("w01", "place", "8,400 [[China]]-Europe", 0, CN),
    ("w01", "place", "China-[[Europe]] trains", 0, EUROPE),
    ("w01", "place", "crossed [[Kazakh]] territory", 0, KZ),
    ("w01", "place", "deal in [[Astana]]", 0, AST),
    ("w01", "place", "the [[Kazakh]] terminal", 0, KZ),
    ("w01", "place", "in [[Lianyungang]], on", 0, LYG),
    ("w01", "place", "on [[China]]'s east", 0, CN),
    ("w01", "place", "the [[Khorgos]] Gateway", 0, KHO),
    ("w01", "place", "near [[Ayagoz]] by", 0, AYA),
    ("w01", "place", "held in [[Astana]] on", 0, AST),
    ("w01", "place", "to [[China]]'s General", 0, CN),
    ("w01", "place", "[[China]] is Kazakhstan", 0, CN),
    ("w01", "place", "is [[Kazakhstan]]'s largest", 0, KZ),
    ("w01", "place", "[[Chinese]] companies", 0, CN),
    ("w01", "place", "the [[Kazakh]] economy", 0, KZ),
    ("w01", "place", "Last year, [[Kazakhstan]] also", 0, KZ),
    ("w01", "place", "wheat to [[China]]", 0, CN),
    ("w01", "place", "the [[Khorgos]] crossing", 0, KHO),
    # summits (the ordinal stays in the name (r02/r04); the gathering "held in Astana on June 16-17")
    ("w01", "summit", CCAS2, 0, S(CCAS2, "2025-06-16/2025-06-17", "Astana")),
    # events (the headline "sign" anchors the package that the body tells as "signed", "The documents,
    # signed" and "signed six of them" (one occurrence, NOTES' first mention); "is now 86% complete":
    # building under way; "will link up", "to be built", "will buy", "expect": future; "approved a
    # loan": a decision; "holds a stake": a state; "agreed to double": no type; "handled", "crossed",
    # "exported", "rose": figures; "have invested ... since 2005": a running total (extra18))
    ("w01", "event", "China [[sign]] $", 0,
     E("signing", "2025-10-13", "Astana", ["Kazakhstan", "China", "Xinjiang", KTZ, CRCC, UMC],
       M("2400000000", "USD"))),
    ("w01", "event", "working visit", 0, E("visit", "2025-10-12/2025-10-13", "Astana", ["Xinjiang"])),
    ("w01", "event", "line [[began]] in July", 0, E("construction", "2023-07")),
    ("w01", "event", "was [[finished]] last week", 0, E("construction", "2025-W41", None, None, Q("38", "km"))),
    ("w01", "event", "Liu [[met]] Minister", 0, E("meeting", "2025-10-12", "Astana", ["Kazakhstan", "Xinjiang"])),
    ("w01", "event", "Group [[signed]] a 3.2", 0,
     E("signing", "2025-10-12", "Astana", [KTZE, LPH], M("3200000000", "KZT"))),
    ("w01", "event", "have [[invested]] more", 0,
     E("investment", None, "Kazakhstan", ["China"], M("26000000000", "USD", "gt"))),
]

# ================================= w02 Colombia One (November 20, 2025 | 10:15 am, a Thursday)
CO = C("Colombia", "CO")
BOG = CITY("Bogotá", "CO")
EMB = "Bogotá Metro Company"
COL1 = "Colombia One"
ATC = "Administrative Tribunal of Cundinamarca"
APCA = "APCA Transmimetro"
CHEC = "China Harbour Engineering Company"
XRT = "Xi'an Rail Transportation Group"
CRRCC = "CRRC Changchun Railway Vehicles Co., Ltd."
MHCP = "Ministry of Finance and Public Credit"
DFS = "District Finance Secretariat"
CAF = "Development Bank of Latin America and the Caribbean"
DANE = "National Administrative Department of Statistics"
A02 = [
    # dates (the header date and time joined by "|" are one fact (extra22); "a day after": a span between
    # two events (extra13); "Law 1955 of 2019" is a law's title; "a year ago" -> 2024 (extra27); "the first
    # half of next year" -> 2026-H1; the copyright year is chrome)
    ("w02", "date", "November 20, 2025 | 10:15 am", 0, "2025-11-20T10:15"),
    ("w02", "date", "on [[Wednesday]]", 0, "2025-11-19"),
    ("w02", "date", "on [[Tuesday]]", 0, "2025-11-18"),
    ("w02", "date", "in [[March]] by", 0, "2025-03"),
    ("w02", "date", "October 2019", 0, "2019-10"),
    ("w02", "date", "October 20, 2020", 0, "2020-10-20"),
    ("w02", "date", "November 12", 0, "2025-11-12"),
    ("w02", "date", "the first half of 2026", 0, "2026-H1"),
    ("w02", "date", "on [[Monday]]", 0, "2025-11-17"),
    ("w02", "date", "March 2028", 0, "2028-03"),
    ("w02", "date", "the third quarter", 0, "2025-Q3"),
    ("w02", "date", "On [[November 6]]", 0, "2025-11-06"),
    ("w02", "date", "billion in [[2024]]", 0, "2024"),
    ("w02", "date", "a year ago", 0, "2024"),
    ("w02", "date", "the first half of next year", 0, "2026-H1"),
    ("w02", "date", "on [[October 29]]", 0, "2025-10-29"),
    ("w02", "date", "billion [[last year]]", 0, "2024"),
    # money ("COP" -> COP; "about" -> approx; "more than" -> gt)
    ("w02", "money", "COP 12.9 trillion", 0, M("12900000000000", "COP")),
    ("w02", "money", "about US$3.8 billion", 0, M("3800000000", "USD", "approx")),
    ("w02", "money", "COP 1.45 trillion", 0, M("1450000000000", "COP")),
    ("w02", "money", "US$320 million", 0, M("320000000", "USD")),
    ("w02", "money", "more than US$2 billion", 0, M("2000000000", "USD", "gt")),
    ("w02", "money", "COP 34.9 trillion", 0, M("34900000000000", "COP")),
    ("w02", "money", "COP 3,550", 0, M("3550", "COP")),
    ("w02", "money", "US$19.4 billion", 0, M("19400000000", "USD")),
    # quantities ("Line 1", "Calle 72", "Law 1955", the WhatsApp number: names and identifiers; "six-car",
    # "two years", "batches of four": spelled-out; "1,126 of its 1,370 precast beams" and "640 of them"
    # / "up from 6,500": counts of the noun they refer to, span the digits (extra26))
    ("w02", "quantity", "70%", 0, Q("70", "%")),
    ("w02", "quantity", "70%", 1, Q("70", "%")),
    ("w02", "quantity", "10 working days", 0, Q("10", "day")),
    ("w02", "quantity", "23.9-kilometer", 0, Q("23.9", "km")),
    ("w02", "quantity", "16 elevated stations", 0, Q("16", "station")),
    ("w02", "quantity", "30 driverless trains", 0, Q("30", "train")),
    ("w02", "quantity", "45-day", 0, Q("45", "day")),
    ("w02", "quantity", "up to 1,800 passengers", 0, Q("1800", "passenger", "le")),
    ("w02", "quantity", "27 minutes", 0, Q("27", "minute")),
    ("w02", "quantity", "about 70%", 0, Q("70", "%", "approx")),
    ("w02", "quantity", "18 feeder bus routes", 0, Q("18", "route")),
    ("w02", "quantity", "14 kilometers", 0, Q("14", "km")),
    ("w02", "quantity", "89%", 0, Q("89", "%")),
    ("w02", "quantity", "1,126", 0, Q("1126", "beam")),
    ("w02", "quantity", "1,370 precast beams", 0, Q("1370", "beam")),
    ("w02", "quantity", "Around 9,000 workers", 0, Q("9000", "worker", "approx")),
    ("w02", "quantity", "640", 0, Q("640", "worker")),
    ("w02", "quantity", "6,500", 0, Q("6500", "worker")),
    ("w02", "quantity", "15.5-kilometer", 0, Q("15.5", "km")),
    ("w02", "quantity", "1.2 million daily bus riders", 0, Q("1200000", "rider")),
    # organisations (the masthead and "told Colombia One" are the outlet, its country not tagged; "EMB"
    # resolves to the company it abbreviates; "the consortium", "the ministry", "the city", "the
    # national government": generic; "Patio Taller" is a depot; "Councilwoman", "Mayor", "Ambassador":
    # titles; the Related, WhatsApp and copyright lines are chrome)
    ("w02", "organisation", "[[Colombia One]]\n", 0, O(COL1)),
    ("w02", "organisation", EMB, 0, O(EMB)),
    ("w02", "organisation", "([[EMB]])", 0, O(EMB)),
    ("w02", "organisation", ATC, 0, O(ATC)),
    ("w02", "organisation", "Council of State", 0, O("Council of State")),
    ("w02", "organisation", APCA, 0, O(APCA)),
    ("w02", "organisation", CHEC, 0, O(CHEC)),
    ("w02", "organisation", "([[CHEC]])", 0, O(CHEC)),
    ("w02", "organisation", XRT, 0, O(XRT)),
    ("w02", "organisation", "The [[EMB]] signed", 0, O(EMB)),
    ("w02", "organisation", CRRCC, 0, O(CRRCC)),
    ("w02", "organisation", "[[EMB]] spokesperson", 0, O(EMB)),
    ("w02", "organisation", "told [[Colombia One]]", 0, O(COL1)),
    ("w02", "organisation", MHCP, 0, O(MHCP)),
    ("w02", "organisation", DFS, 0, O(DFS)),
    ("w02", "organisation", CAF, 0, O(CAF)),
    ("w02", "organisation", "([[CAF]])", 0, O(CAF)),
    ("w02", "organisation", "[[CAF]] had lent", 0, O(CAF)),
    ("w02", "organisation", "the [[EMB]] said", 0, O(EMB)),
    ("w02", "organisation", "the [[Green Alliance]] party", 0, O("Green Alliance")),
    ("w02", "organisation", DANE, 0, O(DANE)),
    ("w02", "organisation", "([[DANE]])", 0, O(DANE)),
    # places (Bogotá in the line's name is tagged (x06), not in the company's; "Avenida Caracas" is a
    # street; Cundinamarca inside the tribunal's name is not tagged; the localities are regions of
    # Colombia; "Sofía Medellín" and "Julia Santamaría" are persons; "640 of them Chinese" is the
    # country (extra27); Latin America inside CAF's name is not tagged; Buenaventura is chrome)
    ("w02", "place", "[[Bogotá]] Metro Line 1", 0, BOG),
    ("w02", "place", "[[Bogotá]]'s first", 0, BOG),
    ("w02", "place", "of [[Chapinero]]", 0, REG("Chapinero", "CO")),
    ("w02", "place", "port of [[Cartagena]]", 0, CITY("Cartagena", "CO")),
    ("w02", "place", "from [[Dalian]]", 0, CITY("Dalian", "CN")),
    ("w02", "place", "\"[[Colombia]] has never", 0, CO),
    ("w02", "place", "from [[Bosa]] and", 0, REG("Bosa", "CO")),
    ("w02", "place", "and [[Kennedy]] will", 0, REG("Kennedy", "CO")),
    ("w02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("w02", "place", "lent [[Colombia]] more", 0, CO),
    ("w02", "place", "of them [[Chinese]]", 0, CN),
    ("w02", "place", "to [[Suba]] and", 0, REG("Suba", "CO")),
    ("w02", "place", "and [[Engativá]],", 0, REG("Engativá", "CO")),
    ("w02", "place", "[[China]] is Colombia", 0, CN),
    ("w02", "place", "is [[Colombia]]'s second", 0, CO),
    ("w02", "place", "the [[United States]]", 0, C("United States", "US")),
    # events ("rejected", "ruled", "filed", "appealed": a court case, no type; "is being built", "has
    # installed", "is 89% built": building under way; "unloaded" a step of the delivery, which it places
    # and dates; "will be shipped", "should start", "is scheduled to open": future; "transferred", "had
    # lent": financing; the mayor stands for his city, the ambassador for his state)
    ("w02", "event", "EMB [[signed]] the concession", 0,
     E("signing", "2019-10", None, [EMB, APCA], M("12900000000000", "COP"))),
    ("w02", "event", "works [[started]]", 0, E("construction", "2020-10-20", "Bogotá", [APCA])),
    ("w02", "event", "delivered", 0, E("delivery", "2025-11-12", "Cartagena", [CRRCC])),
    ("w02", "event", "touring", 0, E("visit", "2025-11-17", "Bogotá", ["Bogotá", "China"])),
    ("w02", "event", "(CAF) [[signed]]", 0, E("signing", "2025-11-06", None, [DFS, CAF], M("320000000", "USD"))),
]

# ================================= w03 EconomyNext (December 5, 2025 11:48 am, a Friday)
LK = C("Sri Lanka", "LK")
MV = C("Maldives", "MV")
CMB = CITY("Colombo", "LK")
BJ = CITY("Beijing", "CN")
HAM = CITY("Hambantota", "LK")
ENX = "EconomyNext"
EXIM = "Export-Import Bank of China"
CSCEC = "China State Construction Engineering Corporation"
UDA = "Urban Development Authority"
MOF = "Ministry of Finance"
BOI = "Board of Investment of Sri Lanka"
HIPG = "Hambantota International Port Group"
CMPH = "China Merchants Port Holdings"
MMA = "Maldives Monetary Authority"
A03 = [
    # dates ("a day after": a span between two events (extra13); "five-year", "21 years", "20 years":
    # durations; the copyright year is chrome)
    ("w03", "date", "December 5, 2025 11:48 am", 0, "2025-12-05T11:48"),
    ("w03", "date", "on [[Thursday]]", 0, "2025-12-04"),
    ("w03", "date", "March 2022", 0, "2022-03"),
    ("w03", "date", "in [[August]]", 0, "2025-08"),
    ("w03", "date", "January 2021", 0, "2021-01"),
    ("w03", "date", "March 2026", 0, "2026-03"),
    ("w03", "date", "on [[Wednesday]]", 0, "2025-12-03"),
    ("w03", "date", "October 2024", 0, "2024-10"),
    ("w03", "date", "April 2022", 0, "2022-04"),
    ("w03", "date", "on [[Thursday]]", 1, "2025-12-04"),
    ("w03", "date", "since [[2005]]", 0, "2005"),
    ("w03", "date", "next year", 0, "2026"),
    ("w03", "date", "in [[January]].", 0, "2025-01"),
    ("w03", "date", "the first 11 months of 2025", 0, "2025-01/2025-11"),
    ("w03", "date", "last month", 0, "2025-11"),
    ("w03", "date", "due in [[2026]]", 0, "2026"),
    ("w03", "date", "in [[2018]]", 0, "2018"),
    # money ("Rs."/"Rs" -> LKR (w06); "MVR" the rufiyaa; "has exceeded": the verb qualifier outside (NOTES),
    # gt; "302.50 to the US dollar": an exchange rate naming no currency for its number (extra7); "a
    # month": the rate outside)
    ("w03", "money", "4.2 billion US dollars", 0, M("4200000000", "USD")),
    ("w03", "money", "552 million yuan", 0, M("552000000", "CNY")),
    ("w03", "money", "about Rs. 23.6 billion", 0, M("23600000000", "LKR", "approx")),
    ("w03", "money", "around Rs 11.8 million", 0, M("11800000", "LKR", "approx")),
    ("w03", "money", "Rs. 2,500", 0, M("2500", "LKR")),
    ("w03", "money", "12 billion dollars", 0, M("12000000000", "USD", "gt")),
    ("w03", "money", "3.7 billion US dollar", 0, M("3700000000", "USD")),
    ("w03", "money", "about 1.4 billion dollars", 0, M("1400000000", "USD", "approx")),
    ("w03", "money", "MVR 2.4 billion", 0, M("2400000000", "MVR")),
    ("w03", "money", "US$ 210 million", 0, M("210000000", "USD")),
    # quantities ("the first 500 families": "first" is no qualifier, outside; "a day": the rate outside
    # (extra4); "five-year": spelled-out; the hotline number is an identifier)
    ("w03", "quantity", "500 families", 0, Q("500", "family")),
    ("w03", "quantity", "7.5 hectares", 0, Q("7.5", "ha")),
    ("w03", "quantity", "1,996 flats", 0, Q("1996", "flat")),
    ("w03", "quantity", "51-square-metre", 0, Q("51", "m2")),
    ("w03", "quantity", "21 years", 0, Q("21", "year")),
    ("w03", "quantity", "1,496 units", 0, Q("1496", "unit")),
    ("w03", "quantity", "38 underserved settlements", 0, Q("38", "settlement")),
    ("w03", "quantity", "20 years", 0, Q("20", "year")),
    ("w03", "quantity", "about 28 percent", 0, Q("28", "%", "approx")),
    ("w03", "quantity", "200,000 barrels", 0, Q("200000", "barrel")),
    ("w03", "quantity", "85 percent", 0, Q("85", "%")),
    ("w03", "quantity", "642,000 vehicles", 0, Q("642000", "vehicle")),
    ("w03", "quantity", "19 percent", 0, Q("19", "%")),
    # organisations (the dateline's "ECONOMYNEXT" is the masthead's outlet (r01); "Exim Bank" and "China
    # Exim" are the document's Export-Import Bank of China; "the cabinet", "central bank", "the ministry",
    # "the authority", "a finance ministry official": generic; "Cabinet spokesman", "Minister of Urban
    # Development, Construction and Housing": titles naming no body (extra5); the copyright line is chrome)
    ("w03", "organisation", "EconomyNext", 0, O(ENX)),
    ("w03", "organisation", "Exim Bank", 0, O(EXIM)),
    ("w03", "organisation", "ECONOMYNEXT", 0, O(ENX)),
    ("w03", "organisation", EXIM, 0, O(EXIM)),
    ("w03", "organisation", CSCEC, 0, O(CSCEC)),
    ("w03", "organisation", "([[CSCEC]])", 0, O(CSCEC)),
    ("w03", "organisation", UDA, 0, O(UDA)),
    ("w03", "organisation", "([[UDA]])", 0, O(UDA)),
    ("w03", "organisation", "the [[UDA]] said", 0, O(UDA)),
    ("w03", "organisation", "China Exim", 0, O(EXIM)),
    ("w03", "organisation", MOF, 0, O(MOF)),
    ("w03", "organisation", "China Exim", 1, O(EXIM)),
    ("w03", "organisation", "Sinopec", 0, O("Sinopec")),
    ("w03", "organisation", BOI, 0, O(BOI)),
    ("w03", "organisation", "([[BOI]])", 0, O(BOI)),
    ("w03", "organisation", HIPG, 0, O(HIPG)),
    ("w03", "organisation", CMPH, 0, O(CMPH)),
    ("w03", "organisation", MMA, 0, O(MMA)),
    ("w03", "organisation", "([[MMA]])", 0, O(MMA)),
    ("w03", "organisation", "China Exim", 2, O(EXIM)),
    # places ("China-funded" tags China (extra24's "China-aided"); the port and the highway named after
    # towns tag them (x04/x12/extra12); the places inside the bank's, the board's, the port group's and
    # the monetary authority's names are not tagged; the bridge's name tags both countries (extra8);
    # "US dollar(s)" is a currency; "Nimali Matara" is a person; the Related lines are chrome)
    ("w03", "place", "[[Sri Lanka]] hands", 0, LK),
    ("w03", "place", "[[China]]-funded flats", 0, CN),
    ("w03", "place", "[[Sri Lanka]]'s President", 0, LK),
    ("w03", "place", "[[China]]-funded housing", 0, CN),
    ("w03", "place", "in [[Colombo]] on", 0, CMB),
    ("w03", "place", "in [[Beijing]] in January", 0, BJ),
    ("w03", "place", "[[Chinese]] Ambassador", 0, CN),
    ("w03", "place", "the [[Hambantota]] port", 0, HAM),
    ("w03", "place", "the [[Colombo]]-Katunayake", 0, CMB),
    ("w03", "place", "Colombo-[[Katunayake]]", 0, CITY("Katunayake", "LK")),
    ("w03", "place", "in [[Beijing]] in October", 0, BJ),
    ("w03", "place", "[[Sri Lanka]] defaulted", 0, LK),
    ("w03", "place", "[[Chinese]] lending", 0, CN),
    ("w03", "place", "to [[Sri Lanka]] since", 0, LK),
    ("w03", "place", "At [[Hambantota]],", 0, HAM),
    ("w03", "place", "neighbouring [[Maldives]]", 0, MV),
    ("w03", "place", "[[Chinese]] lenders", 0, CN),
    ("w03", "place", "The [[China]]-Maldives", 0, CN),
    ("w03", "place", "China-[[Maldives]] Friendship", 0, MV),
    # events (the headline "hands over" anchors the handover ceremony that the lead tells as "handed over"
    # and the next paragraph as "the ceremony"; the President and the minister stand for Sri Lanka, the
    # ambassador for China, the attending UDA officials for the UDA; "began work" and "completed" are two
    # construction occurrences (w-call), the flats completed the amount (extra13); "It is funded by ...
    # grant under an agreement signed": an unnamed-party signing (extra17) with the grant its amount;
    # "approved", "clears", "cabinet decision": decisions; "defaulted", "has exceeded", "handled": no
    # type; "is due to start building", "will be allotted", "was negotiating": future or under way)
    ("w03", "event", "hands over", 0, E("ceremony", "2025-12-04", "Colombo", ["Sri Lanka", "China", UDA],
                                         Q("500", "family"))),
    ("w03", "event", "began", 0, E("construction", "2022-03", "Colombo", [CSCEC])),
    ("w03", "event", "completed", 0, E("construction", "2025-08", "Colombo", [CSCEC], Q("1996", "flat"))),
    ("w03", "event", "agreement [[signed]] in Beijing", 0,
     E("signing", "2021-01", "Beijing", None, M("552000000", "CNY"))),
    ("w03", "event", "an [[agreement]] in principle", 0,
     E("signing", "2024-10", "Beijing", [MOF, EXIM], M("4200000000", "USD"))),
    ("w03", "event", "agreement [[signed]] with the Board", 0,
     E("signing", "2025-01", None, ["Sinopec", BOI], M("3700000000", "USD"))),
    ("w03", "event", "opened", 0, E("ceremony", "2018", "Maldives", None, M("210000000", "USD"))),
]

# ================================= w04 Guangxi government portal (Date: 2025-09-22, a Monday)
VN = C("Vietnam", "VN")
PX = CITY("Pingxiang", "CN")
CZ = CITY("Chongzuo", "CN")
NN = CITY("Nanning", "CN")
GX = REG("Guangxi", "CN")
GXZAR = REG("Guangxi Zhuang Autonomous Region", "CN")
LZ = REG("Longzhou County", "CN")
GXGOV = "Guangxi Zhuang Autonomous Region People's Government"
GXD = "Guangxi Daily"
NNC = "Nanning Customs"
PBZ = "Pingxiang Comprehensive Bonded Zone Management Committee"
CRNG = "China Railway Nanning Group Co., Ltd."
VNR = "Vietnam Railways"
CZGOV = "Chongzuo Municipal People's Government"
CR5 = "China Railway No. 5 Engineering Group"
BBG = "Guangxi Beibu Gulf International Port Group"
CAEXPO = "22nd China-ASEAN Expo"
EXPO_V = S(CAEXPO, "2025-09-17/2025-09-21", "Nanning")
A04 = [
    # dates (the headline's bare "first eight months" is the year's months one to eight (extra10); "In the
    # same period" has no calendar unit (w-call); "the end of 2026" -> the year; the copyright line is
    # chrome)
    ("w04", "date", "41% in [[first eight months]]", 0, "2025-01/2025-08"),
    ("w04", "date", "2025-09-22", 0, "2025-09-22"),
    ("w04", "date", "the first eight months of this year", 0, "2025-01/2025-08"),
    ("w04", "date", "on [[Friday]]", 0, "2025-09-19"),
    ("w04", "date", "January to August", 0, "2025-01/2025-08"),
    ("w04", "date", "in [[2024]]", 0, "2024"),
    ("w04", "date", "in [[2021]]", 0, "2021"),
    ("w04", "date", "the first half of the year", 0, "2025-H1"),
    ("w04", "date", "September 17 to 21", 0, "2025-09-17/2025-09-21"),
    ("w04", "date", "on [[September 18]]", 0, "2025-09-18"),
    ("w04", "date", "from [[November]]", 0, "2025-11"),
    ("w04", "date", "on [[Saturday]]", 0, "2025-09-20"),
    ("w04", "date", "on [[August 28]]", 0, "2025-08-28"),
    ("w04", "date", "the end of 2026", 0, "2026"),
    ("w04", "date", "in [[June]]", 0, "2025-06"),
    ("w04", "date", "in [[2017]]", 0, "2017"),
    ("w04", "date", "in [[October]]", 0, "2025-10"),
    # money ("yuan"/"RMB" -> CNY, "dong" -> VND; the hyphenated "2.6-billion-yuan" is money (f01))
    ("w04", "money", "27.4 billion yuan", 0, M("27400000000", "CNY")),
    ("w04", "money", "RMB 168.3 billion", 0, M("168300000000", "CNY")),
    ("w04", "money", "RMB 46.8 billion", 0, M("46800000000", "CNY")),
    ("w04", "money", "2.1 trillion dong", 0, M("2100000000000", "VND")),
    ("w04", "money", "about US$80 million", 0, M("80000000", "USD", "approx")),
    ("w04", "money", "2.6-billion-yuan", 0, M("2600000000", "CNY")),
    ("w04", "money", "RMB 900 million", 0, M("900000000", "CNY")),
    # quantities ("22nd": rank; "No. 5", "No. 1", "3.0": inside names; "40-member": a hyphenated count
    # adjective (extra27); "eight train pairs", "nearly one-third": spelled-out; "a week": a rate; the
    # phone and ICP numbers are chrome)
    ("w04", "quantity", "41%", 0, Q("41", "%")),
    ("w04", "quantity", "3,842 trips", 0, Q("3842", "trip")),
    ("w04", "quantity", "41.2 percent", 0, Q("41.2", "%")),
    ("w04", "quantity", "186,500 TEU", 0, Q("186500", "TEU")),
    ("w04", "quantity", "18 kilometers", 0, Q("18", "km")),
    ("w04", "quantity", "1.12 million vehicles", 0, Q("1120000", "vehicle")),
    ("w04", "quantity", "2.5 hours", 0, Q("2.5", "hour")),
    ("w04", "quantity", "more than 7 hours", 0, Q("7", "hour", "gt")),
    ("w04", "quantity", "8.5 square kilometers", 0, Q("8.5", "km2")),
    ("w04", "quantity", "9,200 tonnes", 0, Q("9200", "t")),
    ("w04", "quantity", "37 investment projects", 0, Q("37", "project")),
    ("w04", "quantity", "about 60 km", 0, Q("60", "km", "approx")),
    ("w04", "quantity", "320 mu", 0, Q("320", "mu")),
    ("w04", "quantity", "about 21.3 hectares", 0, Q("21.3", "ha", "approx")),
    ("w04", "quantity", "35 percent", 0, Q("35", "%")),
    ("w04", "quantity", "more than 11,000 trips", 0, Q("11000", "trip", "gt")),
    ("w04", "quantity", "14.6%", 0, Q("14.6", "%")),
    ("w04", "quantity", "26 consecutive years", 0, Q("26", "year")),
    # organisations (the portal's banner is its masthead (new call), the "Source:" line a byline (NOTES);
    # "the Expo" is an anaphor of the expo (w-call), "(CAEXPO)" a summit mention; "ASEAN" in "member
    # states of ASEAN" is the organisation (NOTES' "SCO member states"); "the bonded zone" is a facility;
    # "Editor:" and the copyright line are chrome; "No. 1 Central Document" is a document)
    ("w04", "organisation", GXGOV, 0, O(GXGOV)),
    ("w04", "organisation", "Source: [[Guangxi Daily]]", 0, O(GXD)),
    ("w04", "organisation", NNC, 0, O(NNC)),
    ("w04", "organisation", "states of [[ASEAN]]", 0, O("ASEAN")),
    ("w04", "organisation", PBZ, 0, O(PBZ)),
    ("w04", "organisation", CRNG, 0, O(CRNG)),
    ("w04", "organisation", VNR, 0, O(VNR)),
    ("w04", "organisation", "([[VNR]])", 0, O(VNR)),
    ("w04", "organisation", CZGOV, 0, O(CZGOV)),
    ("w04", "organisation", CR5, 0, O(CR5)),
    ("w04", "organisation", BBG, 0, O(BBG)),
    ("w04", "organisation", "and [[ASEAN]] in October", 0, O("ASEAN")),
    # places (the breadcrumb's "Guangxi" is chrome; "Guangxi Zhuang Autonomous Region" a region as written
    # (r02), "Guangxi" alone likewise; Pingxiang is a county-level city; "Youyiguan (Friendship Pass)" is
    # a pass (new call); "Lu Baise" is a person; "Dong Dang station" tags the town (extra22); places
    # inside the organisation and expo names are not tagged; "the Vietnamese side" is the country)
    ("w04", "place", "[[China]]-Vietnam freight trains via", 0, CN),
    ("w04", "place", "China-[[Vietnam]] freight trains via", 0, VN),
    ("w04", "place", "via [[Pingxiang]]", 0, PX),
    ("w04", "place", "between [[China]] and", 0, CN),
    ("w04", "place", "and [[Vietnam]] through", 0, VN),
    ("w04", "place", "the [[Pingxiang]] railway", 0, PX),
    ("w04", "place", "\n[[Pingxiang]], a county", 0, PX),
    ("w04", "place", "in [[Chongzuo]] under", 0, CZ),
    ("w04", "place", "the [[Guangxi Zhuang Autonomous Region]], also", 0, GXZAR),
    ("w04", "place", "[[Guangxi]]'s trade with the member", 0, GX),
    ("w04", "place", "in [[Nanning]] from", 0, NN),
    ("w04", "place", "[[Chongzuo]] signed", 0, CZ),
    ("w04", "place", "between [[Nanning]] and", 0, NN),
    ("w04", "place", "and [[Hanoi]] from", 0, CITY("Hanoi", "VN")),
    ("w04", "place", "[[Vietnamese]] Deputy", 0, VN),
    ("w04", "place", "visited [[Pingxiang]]", 0, PX),
    ("w04", "place", "the [[Dong Dang]] station", 0, CITY("Dong Dang", "VN")),
    ("w04", "place", "the [[Vietnamese]] side", 0, VN),
    ("w04", "place", "Longzhou County", 0, LZ),
    ("w04", "place", "the [[China]]-Vietnam freight train service", 0, CN),
    ("w04", "place", "China-[[Vietnam]] freight train service", 0, VN),
    ("w04", "place", "at [[Pingxiang]] in", 0, PX),
    ("w04", "place", "[[Guangxi]]'s trade with Vietnam", 0, GX),
    ("w04", "place", "trade with [[Vietnam]] grew", 0, VN),
    ("w04", "place", "[[Vietnam]] has been", 0, VN),
    ("w04", "place", "[[Guangxi]]'s largest", 0, GX),
    ("w04", "place", "\n[[Guangxi]] will", 0, GX),
    ("w04", "place", "by [[China]] and", 0, CN),
    # summits (the expo's ordinal stays in the name (r02); "(CAEXPO)" its short name; "the Expo" an anaphor)
    ("w04", "summit", CAEXPO, 0, EXPO_V),
    ("w04", "summit", "([[CAEXPO]])", 0, EXPO_V),
    # events ("made ... trips", "carried", "cleared", "reached", "processed": figures and tallies;
    # "Chongzuo signed 37 investment projects": a tally at the expo (r03); "signed an agreement on the
    # sidelines of the Expo": a signing placed by the expo (extra21); the deputy minister (title naming no
    # body) stands for Vietnam (extra5); "held talks" during the visit is a meeting dated by it (extra11);
    # "discussed": no type; "started" the park's building work, its cost in the same clause (extra8) and
    # its builder (extra19); "invested ... for a 35 percent stake": an investment (extra4); "was launched"
    # a train service: a ceremony (extra8); "scheduled for completion", "will implement", "expected to
    # be signed": future)
    ("w04", "event", "VNR) [[signed]]", 0, E("signing", "2025-09-18", "Nanning", [CRNG, VNR])),
    ("w04", "event", "visited", 0, E("visit", "2025-09-20", "Pingxiang", ["Vietnam"])),
    ("w04", "event", "held [[talks]]", 0, E("meeting", "2025-09-20", "Pingxiang", ["Vietnam", CZGOV])),
    ("w04", "event", "park [[started]]", 0,
     E("construction", "2025-08-28", "Longzhou County", [CR5], M("2600000000", "CNY"))),
    ("w04", "event", "invested", 0, E("investment", "2025-06", "Longzhou County", [BBG], M("900000000", "CNY"))),
    ("w04", "event", "was [[launched]]", 0, E("ceremony", "2017", "Pingxiang")),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "w*.txt")
