#!/usr/bin/env python3
"""Build tests/data/extra31/gold.jsonl from hand annotations of the u*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a Business Standard
story on Chinese lenders' default notice to the Banshkhali coal plant's owner and a transmission
line feasibility study, with Tk crore/lakh and US$ amounts and Bangladeshi fiscal years; a WAM
story on desalination and solar agreements with Chinese firms signed before Abu Dhabi's Crown
Prince at the World Future Energy Summit, with AED/US$ amounts, MW, m3 per day and hectares; a
Jamaica Observer story on the handover of a China-built children's hospital in Montego Bay and
the debt question over the SCHIP highway, with J$/US$ amounts; a Reuters wire from Hong Kong on
China Merchants Port's purchase of a stake in Lekki port, with a bond in basis points, stake
percentages and analysts' quotes) written BLIND: annotated from shared/gold/NOTES.md and
shared/spec/facts.md alone, without running bri_corpus on them, so that they measure the
extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls
recorded in tests/data/extra3 ... extra29/make_gold.py; the comments record the calls NOTES
leaves open.  Calls made for the first time in this set:
  - a "Last modified:" header date and time is header metadata (text), a date fact of its own
    beside the publication line;
  - "a year earlier" after "the first half of FY26" -> the same half of the previous fiscal year
    (2024-07/2024-12; extra26's fiscal "a year earlier");
  - "the end of the current fiscal year" in a Bangladeshi paper -> the current July-June fiscal
    year (extra14's "the end of the year");
  - Jamaica's fiscal year runs April-March: "the 2026/27 fiscal year" -> 2026-04/2027-03 (as
    extra16's Indian year);
  - a facility agreement "signed in Beijing in March 2017" between the lenders the previous
    sentence names and the borrower the story is about is a signing with those parties and the
    financed sum as its amount (extra14's lenders call);
  - a crown prince stands for the emirate he is crown prince of, named as the document names it
    ("Abu Dhabi", a city in earlier sets), as a governor for his province (extra15);
  - a headline "witnesses signing of" two agreements between different parties anchors two
    signing facts on "signing" (NOTES' 004 headline covering two occurrences), each with its own
    parties and the cost the body gives each project; the witnesses (crown prince, a minister whose
    title names no body, an ambassador) take part (NOTES' attendees);
  - a port named after a person ("Khalifa Port") names no place (extra24's airport); a port named
    after its town ("Lekki Deep Sea Port") tags the town (x04/x12);
  - "Observer staff reporter" (a byline label) and "told the Observer" are mentions of the paper;
    a byline surname like a parish ("Smith-Manchester") or a district ("Rupali Feni"), and a
    byline surname like a division ("Sylhety") are no places;
  - a mayor stands for the municipal corporation named in his title ("St James Municipal
    Corporation mayor"); a handover of a hospital whose value the headline gives takes that value
    as its amount;
  - "had agreed to buy" a stake that still needs shareholders' approval is no investment yet
    (future); the sale and purchase agreement "signed" is the signing, with the deal's price as
    its amount; "an extraordinary general meeting" is internal, no summit;
  - a Reuters rate line's "Hong Kong dollars" is a currency (HKD), no place.
Run:  python3 tests/data/extra31/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= u01 The Business Standard, Chattogram (10 February, 2026, 09:45 pm)
BD = C("Bangladesh", "BD")
CTG = CITY("Chattogram", "BD")
BANSHKHALI = REG("Banshkhali", "BD")
TBS = "The Business Standard"
SSP = "SS Power I Ltd"
EXIM = "Export-Import Bank of China"
CDB = "China Development Bank"
SEPCO = "SEPCOIII Electric Power Construction Co"
BPDB = "Bangladesh Power Development Board"
EPPEI = "China Electric Power Planning & Engineering Institute"
ERD = "Economic Relations Division"
BUET = "Bangladesh University of Engineering and Technology"
A01 = [
    # dates (the header lines are text; "within nine months": a spelled-out duration; the Related
    # headline and the copyright line are chrome; a crore is 10^7, a lakh 10^5 (extra14))
    ("u01", "date", "10 February, 2026, 09:45 pm", 0, "2026-02-10T21:45"),
    ("u01", "date", "10 February, 2026, 10:20 pm", 0, "2026-02-10T22:20"),
    ("u01", "date", "since [[November]]", 0, "2025-11"),
    ("u01", "date", "2 February", 0, "2026-02-02"),
    ("u01", "date", "March 2017", 0, "2017-03"),
    ("u01", "date", "June last year", 0, "2025-06"),
    ("u01", "date", "on [[Monday]]", 0, "2026-02-09"),
    ("u01", "date", "in [[January]] and", 0, "2026-01"),
    ("u01", "date", "the end of the current fiscal year", 0, "2025-07/2026-06"),
    ("u01", "date", "January 2023", 0, "2023-01"),
    ("u01", "date", "14 November", 0, "2025-11-14"),
    ("u01", "date", "on [[Sunday]]", 0, "2026-02-08"),
    ("u01", "date", "the first half of FY26", 0, "2025-07/2025-12"),
    ("u01", "date", "a year earlier", 0, "2024-07/2024-12"),
    ("u01", "date", "5 February", 0, "2026-02-05"),
    # money ("another Tk 900 crore": no qualifier; "Tk 122 per dollar": a rate, money with the rate
    # outside (extra23))
    ("u01", "money", "$1.76bn", 0, M("1760000000", "USD")),
    ("u01", "money", "about $210 million", 0, M("210000000", "USD", "approx")),
    ("u01", "money", "$1.76 billion", 0, M("1760000000", "USD")),
    ("u01", "money", "$2.49 billion", 0, M("2490000000", "USD")),
    ("u01", "money", "more than Tk 4,800 crore", 0, M("48000000000", "BDT", "gt")),
    ("u01", "money", "Tk 1,250 crore", 0, M("12500000000", "BDT")),
    ("u01", "money", "Tk 900 crore", 0, M("9000000000", "BDT")),
    ("u01", "money", "Tk 38 crore", 0, M("380000000", "BDT")),
    ("u01", "money", "Tk 38 crore", 1, M("380000000", "BDT")),
    ("u01", "money", "Tk 45 lakh", 0, M("4500000", "BDT")),
    ("u01", "money", "about $6.1 billion", 0, M("6100000000", "USD", "approx")),
    ("u01", "money", "$1.12 billion", 0, M("1120000000", "USD")),
    ("u01", "money", "$21.4 billion", 0, M("21400000000", "USD")),
    ("u01", "money", "Tk 122", 0, M("122", "BDT")),
    # quantities ("clause 18.3" and the hotline number are identifiers / chrome; "fell below": the
    # verb outside, "below" inside (extra21); "two units", "nine months": spelled-out)
    ("u01", "quantity", "1,320MW", 0, Q("1320", "MW")),
    ("u01", "quantity", "(70%)", 0, Q("70", "%")),
    ("u01", "quantity", "(30%)", 0, Q("30", "%")),
    ("u01", "quantity", "660 acres", 0, Q("660", "acre")),
    ("u01", "quantity", "660MW", 0, Q("660", "MW")),
    ("u01", "quantity", "below 50,000 tonnes", 0, Q("50000", "t", "lt")),
    ("u01", "quantity", "400kV", 0, Q("400", "kV")),
    ("u01", "quantity", "95km", 0, Q("95", "km")),
    ("u01", "quantity", "up to 1,200MW", 0, Q("1200", "MW", "le")),
    ("u01", "quantity", "18%", 0, Q("18", "%")),
    ("u01", "quantity", "roughly 8%", 0, Q("8", "%", "approx")),
    # organisations (the masthead is text; "Economy" a section label; "Bidyut Bhaban" a building;
    # "the board", "the government", "company": generic; Bangladesh inside BPDB's, BUET's and the
    # central bank's names is not tagged)
    ("u01", "organisation", "The Business Standard", 0, O(TBS)),
    ("u01", "organisation", SSP, 0, O(SSP)),
    ("u01", "organisation", EXIM, 0, O(EXIM)),
    ("u01", "organisation", CDB, 0, O(CDB)),
    ("u01", "organisation", "[[SS Power I]], a joint", 0, O(SSP)),
    ("u01", "organisation", "S Alam Group", 0, O("S Alam Group")),
    ("u01", "organisation", SEPCO, 0, O(SEPCO)),
    ("u01", "organisation", BPDB, 0, O(BPDB)),
    ("u01", "organisation", "([[BPDB]])", 0, O(BPDB)),
    ("u01", "organisation", "[[BPDB]] chairman", 0, O(BPDB)),
    ("u01", "organisation", "by [[SEPCOIII]] on", 0, O(SEPCO)),
    ("u01", "organisation", "Power Division", 0, O("Power Division")),
    ("u01", "organisation", EPPEI, 0, O(EPPEI)),
    ("u01", "organisation", "([[EPPEI]])", 0, O(EPPEI)),
    ("u01", "organisation", "Power Division", 1, O("Power Division")),
    ("u01", "organisation", ERD, 0, O(ERD)),
    ("u01", "organisation", "([[ERD]])", 0, O(ERD)),
    ("u01", "organisation", BUET, 0, O(BUET)),
    ("u01", "organisation", "([[BUET]])", 0, O(BUET)),
    ("u01", "organisation", "Bangladesh Bank", 0, O("Bangladesh Bank")),
    # places (the plant named after its upazila names no place (extra16/extra24); "Gandamara union",
    # "Banshkhali upazila": the lower-case unit outside, regions; the byline's Chattogram is the
    # dateline; the line "from Banshkhali" starts in the upazila)
    ("u01", "place", "[[Chinese]] lenders, Banshkhali", 0, CN),
    ("u01", "place", "Sylhety, [[Chattogram]]", 0, CTG),
    ("u01", "place", "[[Chinese]] lenders to", 0, CN),
    ("u01", "place", "Beijing", 0, CITY("Beijing", "CN")),
    ("u01", "place", "Gandamara", 0, REG("Gandamara", "BD")),
    ("u01", "place", "[[Chattogram]]'s Banshkhali", 0, CTG),
    ("u01", "place", "Chattogram's [[Banshkhali]] upazila", 0, BANSHKHALI),
    ("u01", "place", "for [[Chattogram]] link", 0, CTG),
    ("u01", "place", "from [[Banshkhali]] to", 0, BANSHKHALI),
    ("u01", "place", "Madunaghat", 0, CITY("Madunaghat", "BD")),
    ("u01", "place", "[[Chinese]] Ambassador", 0, CN),
    ("u01", "place", "Dhaka", 0, CITY("Dhaka", "BD")),
    ("u01", "place", "[[Bangladesh]] owes", 0, BD),
    ("u01", "place", "owes [[Chinese]] lenders", 0, CN),
    ("u01", "place", "[[Chinese]] loans", 0, CN),
    # events ("served a default notice", "paid", "cleared", "would release": payments and notices, no
    # type; "began commercial operation" no type (extra24); "built by" SEPCOIII with no date: an
    # undated construction placed by its union (extra12/extra27); the study "is to be completed":
    # future; "attended the signing" is the Sunday signing, its attendees taking part)
    (
        "u01",
        "event",
        "agreement [[signed]] in Beijing",
        0,
        E("signing", "2017-03", "Beijing", [SSP, EXIM, CDB], M("1760000000", "USD")),
    ),
    ("u01", "event", "plant, [[built]] by", 0, E("construction", None, "Gandamara", [SEPCO])),
    (
        "u01",
        "event",
        "Sunday [[signed]]",
        0,
        E("signing", "2026-02-08", "Dhaka", ["Power Division", EPPEI, "China"], M("380000000", "BDT")),
    ),
]

# ================================= u02 WAM, Abu Dhabi (14th January, 2026)
UAE = C("UAE", "AE")
AUH = CITY("Abu Dhabi", "AE")
PRC = C("People's Republic of China", "CN")
WAM = "Emirates News Agency"
EWEC = "Emirates Water and Electricity Company"
POWERCHINA = "Power Construction Corporation of China"
TAQA = "Abu Dhabi National Energy Company"
CEEC = "China Energy Engineering Group Overseas Investment Co."
CHEC2 = "China Harbour Engineering Company"
WFES = "World Future Energy Summit"
WFES_DATE = "2026-01-13/2026-01-15"
A02 = [
    # dates ("today" is the dateline's day; the sign-off slug and the copyright line are chrome)
    ("u02", "date", "14th January, 2026", 0, "2026-01-14"),
    ("u02", "date", "today", 0, "2026-01-14"),
    ("u02", "date", "by [[2030]]", 0, "2030"),
    ("u02", "date", "the second quarter of 2026", 0, "2026-Q2"),
    ("u02", "date", "Q4 2028", 0, "2028-Q4"),
    ("u02", "date", "in [[2027]]", 0, "2027"),
    ("u02", "date", "in [[2025]]", 0, "2025"),
    ("u02", "date", "Last year", 0, "2025"),
    ("u02", "date", "October 2024", 0, "2024-10"),
    ("u02", "date", "13th to 15th January", 0, WFES_DATE),
    # money ("AED1.97 per cubic metre": a tariff, the rate outside; "exceeded": the verb outside, gt)
    ("u02", "money", "AED5.1 billion", 0, M("5100000000", "AED")),
    ("u02", "money", "AED5.1 billion", 1, M("5100000000", "AED")),
    ("u02", "money", "US$1.39 billion", 0, M("1390000000", "USD")),
    ("u02", "money", "AED3.2 billion", 0, M("3200000000", "AED")),
    ("u02", "money", "AED1.97", 0, M("1.97", "AED")),
    ("u02", "money", "AED1.9 billion", 0, M("1900000000", "AED")),
    ("u02", "money", "US$101 billion", 0, M("101000000000", "USD", "gt")),
    # quantities ("per day", "a day" rates outside; "Mirfa 3" a name; "two agreements", "two
    # berths": spelled-out; the demonym inside "15,000 Chinese companies" stays in the span)
    ("u02", "quantity", "30-year", 0, Q("30", "year")),
    ("u02", "quantity", "545,000 cubic metres", 0, Q("545000", "m3")),
    ("u02", "quantity", "around 350,000 homes", 0, Q("350000", "home", "approx")),
    ("u02", "quantity", "1,000MW", 0, Q("1000", "MW")),
    ("u02", "quantity", "about 90 km", 0, Q("90", "km", "approx")),
    ("u02", "quantity", "2,200 hectares", 0, Q("2200", "ha")),
    ("u02", "quantity", "1.9 million bifacial panels", 0, Q("1900000", "panel")),
    ("u02", "quantity", "7.3 gigawatts", 0, Q("7.3", "GW")),
    ("u02", "quantity", "more than 2.4 million cubic metres", 0, Q("2400000", "m3", "gt")),
    ("u02", "quantity", "more than 15,000 Chinese companies", 0, Q("15000", "company", "gt")),
    ("u02", "quantity", "500MW", 0, Q("500", "MW")),
    ("u02", "quantity", "more than 40,000 attendees", 0, Q("40000", "attendee", "gt")),
    ("u02", "quantity", "170 countries", 0, Q("170", "country")),
    # organisations (masthead and "(WAM)" dateline tag are the agency; the project's and plants'
    # names are no organisations; "Minister of Energy and Infrastructure" names no body; Abu Dhabi
    # inside TAQA's name is not tagged; "China Energy" is the short form of the developer)
    ("u02", "organisation", "Emirates News Agency", 0, O(WAM)),
    ("u02", "organisation", "Agency - [[WAM]]", 0, O(WAM)),
    ("u02", "organisation", "([[WAM]])", 0, O(WAM)),
    ("u02", "organisation", EWEC, 0, O(EWEC)),
    ("u02", "organisation", "([[EWEC]])", 0, O(EWEC)),
    ("u02", "organisation", POWERCHINA, 0, O(POWERCHINA)),
    ("u02", "organisation", "([[PowerChina]])", 0, O(POWERCHINA)),
    ("u02", "organisation", TAQA, 0, O(TAQA)),
    ("u02", "organisation", "([[TAQA]])", 0, O(TAQA)),
    ("u02", "organisation", CEEC, 0, O(CEEC)),
    ("u02", "organisation", "CEO of [[EWEC]]", 0, O(EWEC)),
    ("u02", "organisation", "President of [[PowerChina]]", 0, O(POWERCHINA)),
    ("u02", "organisation", "CEO of [[TAQA]]", 0, O(TAQA)),
    ("u02", "organisation", "of [[China Energy]].", 0, O(CEEC)),
    ("u02", "organisation", "on [[EWEC]]'s plan", 0, O(EWEC)),
    ("u02", "organisation", "Last year, [[PowerChina]]", 0, O(POWERCHINA)),
    ("u02", "organisation", CHEC2, 0, O(CHEC2)),
    # places ("Al Dhafra Region" capitalised: a region as written (extra21); the Al Dhafra Solar PV
    # plant and Khalifa Port name no place; "Abu Dhabi city": "city" outside)
    ("u02", "place", "[[Chinese]] firms", 0, CN),
    ("u02", "place", "ABU DHABI", 0, AUH),
    ("u02", "place", "Crown Prince of [[Abu Dhabi]]", 0, AUH),
    ("u02", "place", "and [[Chinese]] developers", 0, CN),
    ("u02", "place", "Al Dhafra Region", 0, REG("Al Dhafra Region", "AE")),
    ("u02", "place", "Al Khazna,", 0, CITY("Al Khazna", "AE")),
    ("u02", "place", "of [[Abu Dhabi]] city", 0, AUH),
    ("u02", "place", "People's Republic of China", 0, PRC),
    ("u02", "place", "to the [[UAE]]", 0, UAE),
    ("u02", "place", "between the [[UAE]] and", 0, UAE),
    ("u02", "place", "UAE and [[China]] exceeded", 0, CN),
    ("u02", "place", "15,000 [[Chinese]] companies", 0, CN),
    # summits (WFES held in the dateline's city, dated by the body)
    ("u02", "summit", WFES, 0, S(WFES, WFES_DATE, "Abu Dhabi")),
    ("u02", "summit", "([[WFES]])", 0, S(WFES, WFES_DATE, "Abu Dhabi")),
    ("u02", "summit", "[[WFES]] runs", 0, S(WFES, WFES_DATE, "Abu Dhabi")),
    # events (the headline "signing" anchors both agreements' signings ("witnessed the signing",
    # "were signed by", "attended the ceremony" the same occurrences); "was briefed": no type;
    # "is scheduled to begin", "is due": future; "completed" an extension / two berths: completions
    # of building work (construction), undated by place)
    (
        "u02",
        "event",
        "witnesses [[signing]]",
        0,
        E("signing", "2026-01-14", "Abu Dhabi", ["Abu Dhabi", EWEC, POWERCHINA, TAQA, "People's Republic of China",
                                                "UAE"], M("3200000000", "AED")),
    ),
    (
        "u02",
        "event",
        "witnesses [[signing]]",
        0,
        E("signing", "2026-01-14", "Abu Dhabi", ["Abu Dhabi", EWEC, CEEC, "People's Republic of China", "UAE"],
          M("1900000000", "AED")),
    ),
    ("u02", "event", "PowerChina [[completed]]", 0, E("construction", "2025", None, [POWERCHINA], Q("500", "MW"))),
    ("u02", "event", "Company [[completed]]", 0, E("construction", "2024-10", None, [CHEC2])),
]

# ================================= u03 Jamaica Observer, Montego Bay (Saturday, March 07, 2026)
JM = C("Jamaica", "JM")
MOBAY = CITY("Montego Bay", "JM")
STJAMES = REG("St James", "JM")
OBS = "Jamaica Observer"
CHGOV = "Chinese Government"
MOH = "Ministry of Health and Wellness"
SJMC = "St James Municipal Corporation"
CHEC = "China Harbour Engineering Company"
GOJ = "Government of Jamaica"
NHF = "National Health Fund"
A03 = [
    # dates ("a seven-year wait", "eight months": spelled-out durations; "between 2019 and 2025": one
    # interval, the preposition outside (extra24); "December 19 last year" one fact (p03); "Highway
    # 2000" a name)
    ("u03", "date", "Saturday, March 07, 2026", 0, "2026-03-07"),
    ("u03", "date", "yesterday", 0, "2026-03-06"),
    ("u03", "date", "a [[2019]] economic", 0, "2019"),
    ("u03", "date", "October 2021", 0, "2021-10"),
    ("u03", "date", "December 19 last year", 0, "2025-12-19"),
    ("u03", "date", "April 1", 0, "2026-04-01"),
    ("u03", "date", "the summer of 2026", 0, "2026-SU"),
    ("u03", "date", "2019 and 2025", 0, "2019/2025"),
    ("u03", "date", "last September", 0, "2025-09"),
    ("u03", "date", "the 2026/27 fiscal year", 0, "2026-04/2027-03"),
    ("u03", "date", "November 1972", 0, "1972-11"),
    # money (J$ is the Jamaican dollar)
    ("u03", "money", "J$18-billion", 0, M("18000000000", "JMD")),
    ("u03", "money", "about J$18 billion", 0, M("18000000000", "JMD", "approx")),
    ("u03", "money", "US$115 million", 0, M("115000000", "USD")),
    ("u03", "money", "US$62 million", 0, M("62000000", "USD")),
    ("u03", "money", "about US$583 million", 0, M("583000000", "USD", "approx")),
    ("u03", "money", "J$14.6 billion", 0, M("14600000000", "JMD")),
    # quantities ("220-bed", "24-bed": hyphenated count adjectives, no quantity (extra20); "six
    # operating theatres": spelled-out; "110-km", "21-kilometre": units (x04); "fallen below": the
    # verb outside, "below" inside)
    ("u03", "quantity", "4.5 hectares", 0, Q("4.5", "ha")),
    ("u03", "quantity", "11 outpatient clinics", 0, Q("11", "clinic")),
    ("u03", "quantity", "about 600 staff", 0, Q("600", "staff", "approx")),
    ("u03", "quantity", "more than 400,000 children", 0, Q("400000", "child", "gt")),
    ("u03", "quantity", "40 nurses", 0, Q("40", "nurse")),
    ("u03", "quantity", "110-km", 0, Q("110", "km")),
    ("u03", "quantity", "21-kilometre", 0, Q("21", "km")),
    ("u03", "quantity", "below 70 per cent", 0, Q("70", "%", "lt")),
    ("u03", "quantity", "2 per cent", 0, Q("2", "%")),
    ("u03", "quantity", "20 years", 0, Q("20", "year")),
    # organisations (masthead, byline label and "told the Observer" are the paper; "The Chinese
    # Government" capitalised is an organisation (extra14), "The" sentence-initial outside; the
    # hospital, Highway 2000 and SCHIP are projects; "Opposition", "Finance Minister": no body named)
    ("u03", "organisation", "JAMAICA OBSERVER", 0, O(OBS)),
    ("u03", "organisation", "[[Observer]] staff reporter", 0, O(OBS)),
    ("u03", "organisation", CHGOV, 0, O(CHGOV)),
    ("u03", "organisation", MOH, 0, O(MOH)),
    ("u03", "organisation", SJMC, 0, O(SJMC)),
    ("u03", "organisation", CHEC, 0, O(CHEC)),
    ("u03", "organisation", "([[CHEC]])", 0, O(CHEC)),
    ("u03", "organisation", GOJ, 0, O(GOJ)),
    ("u03", "organisation", NHF, 0, O(NHF)),
    ("u03", "organisation", "([[NHF]])", 0, O(NHF)),
    ("u03", "organisation", "Export-Import Bank of China", 0, O("Export-Import Bank of China")),
    ("u03", "organisation", "by [[CHEC]], was", 0, O(CHEC)),
    ("u03", "organisation", "the [[Observer]]. He", 0, O(OBS)),
    # places (the byline "SMITH-MANCHESTER" is a person; St James in the dateline and the parishes are
    # regions; "western Jamaica": the direction outside; "Chinese-built" tags the demonym (extra19);
    # "Jamaicans" the people (extra27); the RELATED headline is chrome)
    ("u03", "place", "[[China]] hands over", 0, CN),
    ("u03", "place", "in [[Montego Bay]]", 0, MOBAY),
    ("u03", "place", "MONTEGO BAY", 0, MOBAY),
    ("u03", "place", "BAY, [[St James]]", 0, STJAMES),
    ("u03", "place", "western [[Jamaica]]", 0, JM),
    ("u03", "place", "[[Chinese]] Ambassador", 0, CN),
    ("u03", "place", "Hanover", 0, REG("Hanover", "JM")),
    ("u03", "place", "Westmoreland", 0, REG("Westmoreland", "JM")),
    ("u03", "place", "Trelawny", 0, REG("Trelawny", "JM")),
    ("u03", "place", "Trelawny and [[St James]]", 0, STJAMES),
    ("u03", "place", "People's Republic of China", 0, C("People's Republic of China", "CN")),
    ("u03", "place", "that [[Jamaica]] would", 0, JM),
    ("u03", "place", "Guangzhou", 0, CITY("Guangzhou", "CN")),
    ("u03", "place", "of [[Chinese]]-built", 0, CN),
    ("u03", "place", "that [[Jamaica]] still", 0, JM),
    ("u03", "place", "May Pen", 0, CITY("May Pen", "JM")),
    ("u03", "place", "Williamsfield", 0, CITY("Williamsfield", "JM")),
    ("u03", "place", "in [[Manchester]]", 0, REG("Manchester", "JM")),
    ("u03", "place", "[[Jamaicans]] deserve", 0, JM),
    ("u03", "place", "to [[China]] would", 0, CN),
    ("u03", "place", "[[Jamaica]]'s debt", 0, JM),
    ("u03", "place", "the [[China]] loans", 0, CN),
    ("u03", "place", "[[Jamaica]] and China established", 0, JM),
    ("u03", "place", "Jamaica and [[China]] established", 0, CN),
    # events (the headline "hands over" anchors the handover ceremony (x02/t01/extra20) dated by
    # "yesterday"; the key passed is a sub-step; the Health Minister stands for the named ministry,
    # the Prime Minister for Jamaica, the mayor for the corporation; "Work started ... and was
    # completed": two construction occurrences, the cost going to the completion (extra19); the 2019
    # agreement is mentioned, not told; "financed", "owes": financing; "would be admitted", "would
    # send": future; the SCHIP completed in phases (its length the amount, extra27) and its last leg
    # "opened" (an opening, its length the amount); "established diplomatic relations": a founding)
    (
        "u03",
        "event",
        "China [[hands over]]",
        0,
        E("ceremony", "2026-03-06", "Montego Bay", ["China", CHGOV, MOH, "Jamaica", SJMC],
          M("18000000000", "JMD")),
    ),
    ("u03", "event", "Work [[started]]", 0, E("construction", "2021-10", "Montego Bay", [CHEC])),
    (
        "u03",
        "event",
        "was [[completed]] on",
        0,
        E("construction", "2025-12-19", "Montego Bay", [CHEC], M("18000000000", "JMD", "approx")),
    ),
    ("u03", "event", "was [[completed]] in phases", 0, E("construction", "2019/2025", None, [CHEC], Q("110", "km"))),
    ("u03", "event", "[[opened]] last September", 0, E("ceremony", "2025-09", "Manchester", None, Q("21", "km"))),
]

# ================================= u04 Reuters, Hong Kong (March 24, 2026 6:05 PM GMT+8)
NG = C("Nigeria", "NG")
HKG = CITY("Hong Kong", "HK")
LEKKI = CITY("Lekki", "NG")
LAGOS = CITY("Lagos", "NG")
AFRICA = REG("Africa")
SG = C("Singapore", "SG")
CMP = "China Merchants Port Holdings"
TOLARAM = "Tolaram Group"
NPA = "Nigeria Ports Authority"
A04 = [
    # dates (the time zone outside (extra5); "five-year": spelled-out; the Reporting and Our
    # Standards lines are chrome; "a year earlier" after "in 2025" -> 2024 (extra28))
    ("u04", "date", "March 24, 2026 6:05 PM", 0, "2026-03-24T18:05"),
    ("u04", "date", "KONG, [[March 24]] (Reuters)", 0, "2026-03-24"),
    ("u04", "date", "on [[Tuesday]]", 0, "2026-03-24"),
    ("u04", "date", "Singapore on [[Monday]]", 0, "2026-03-23"),
    ("u04", "date", "January 2023", 0, "2023-01"),
    ("u04", "date", "in [[May]]", 0, "2026-05"),
    ("u04", "date", "in [[2025]]", 0, "2025"),
    ("u04", "date", "a year earlier", 0, "2024"),
    ("u04", "date", "priced on [[Monday]]", 0, "2026-03-23"),
    ("u04", "date", "last year", 0, "2025"),
    ("u04", "date", "by [[2028]]", 0, "2028"),
    # money ("HK$" -> HKD; the rate line is text: both sides money (extra22); "at least" -> ge, the
    # quote mark outside)
    ("u04", "money", "$610 mln", 0, M("610000000", "USD")),
    ("u04", "money", "$610 million", 0, M("610000000", "USD")),
    ("u04", "money", "about $1.5 billion", 0, M("1500000000", "USD", "approx")),
    ("u04", "money", "$500 million", 0, M("500000000", "USD")),
    ("u04", "money", "HK$14.86", 0, M("14.86", "HKD")),
    ("u04", "money", "at least $200 million", 0, M("200000000", "USD", "ge")),
    ("u04", "money", "([[$1]] =", 0, M("1", "USD")),
    ("u04", "money", "7.7812 Hong Kong dollars", 0, M("7.7812", "HKD")),
    # quantities ("0144.HK" a stock code; "a year" a rate outside; TEU spelled out keeps its words in
    # the span; basis points -> bp (extra22); "99-year" a unit adjective)
    ("u04", "quantity", "40% of", 0, Q("40", "%")),
    ("u04", "quantity", "a [[40%]] stake", 0, Q("40", "%")),
    ("u04", "quantity", "35%", 0, Q("35", "%")),
    ("u04", "quantity", "25%", 0, Q("25", "%")),
    ("u04", "quantity", "about 65 km", 0, Q("65", "km", "approx")),
    ("u04", "quantity", "410,000 twenty-foot equivalent units", 0, Q("410000", "TEU")),
    ("u04", "quantity", "57%", 0, Q("57", "%")),
    ("u04", "quantity", "1.2 million TEUs", 0, Q("1200000", "TEU")),
    ("u04", "quantity", "16.5 metres", 0, Q("16.5", "m")),
    ("u04", "quantity", "up to 18,000 TEU", 0, Q("18000", "TEU", "le")),
    ("u04", "quantity", "95 basis points", 0, Q("95", "bp")),
    ("u04", "quantity", "2.3%", 0, Q("2.3", "%")),
    ("u04", "quantity", "0.4%", 0, Q("0.4", "%")),
    ("u04", "quantity", "99-year", 0, Q("99", "year")),
    ("u04", "quantity", "9.8%", 0, Q("9.8", "%")),
    ("u04", "quantity", "48.6 million TEUs", 0, Q("48600000", "TEU")),
    # organisations ("China Merchants Port" is the short form of the listed company; the port itself,
    # the Hang Seng Index and "Treasuries" are no organisations; "stock exchange filing": generic;
    # Nigeria inside NPA's name is not tagged)
    ("u04", "organisation", "[[China Merchants Port]] to buy", 0, O(CMP)),
    ("u04", "organisation", "([[Reuters]])", 0, O("Reuters")),
    ("u04", "organisation", CMP, 0, O(CMP)),
    ("u04", "organisation", "China Merchants Group", 0, O("China Merchants Group")),
    ("u04", "organisation", TOLARAM, 0, O(TOLARAM)),
    ("u04", "organisation", "[[Tolaram]] will keep", 0, O(TOLARAM)),
    ("u04", "organisation", NPA, 0, O(NPA)),
    ("u04", "organisation", "([[NPA]])", 0, O(NPA)),
    ("u04", "organisation", "China Harbour Engineering Co", 0, O("China Harbour Engineering Co")),
    ("u04", "organisation", "from [[China Merchants Port]]'s", 0, O(CMP)),
    ("u04", "organisation", "Federal Executive Council", 0, O("Federal Executive Council")),
    ("u04", "organisation", "[[China Merchants Port]] will fund", 0, O(CMP)),
    ("u04", "organisation", "Bank of China", 0, O("Bank of China")),
    ("u04", "organisation", "HSBC", 0, O("HSBC")),
    ("u04", "organisation", "of [[China Merchants Port]] rose", 0, O(CMP)),
    ("u04", "organisation", "Morningstar", 0, O("Morningstar")),
    ("u04", "organisation", "Jefferies", 0, O("Jefferies")),
    ("u04", "organisation", "[[China Merchants Port]] already", 0, O(CMP)),
    # places (the port named after its town tags the town; "West African" and "African" are regions
    # (NOTES' "Central Asian"); "Beijing steers" is the capital as written (extra13); Singapore a
    # country (r01); "Western rivals": no place; "Hong Kong dollars" a currency)
    ("u04", "place", "[[Nigeria]]'s Lekki port", 0, NG),
    ("u04", "place", "Nigeria's [[Lekki]] port", 0, LEKKI),
    ("u04", "place", "HONG KONG", 0, HKG),
    ("u04", "place", "in [[Nigeria]]'s Lekki Deep", 0, NG),
    ("u04", "place", "Nigeria's [[Lekki]] Deep", 0, LEKKI),
    ("u04", "place", "[[African]] acquisition", 0, AFRICA),
    ("u04", "place", "West African", 0, REG("West Africa")),
    ("u04", "place", "as [[Beijing]] steers", 0, CITY("Beijing", "CN")),
    ("u04", "place", "The [[Hong Kong]]-listed", 0, HKG),
    ("u04", "place", "in [[Singapore]] on", 0, SG),
    ("u04", "place", "from [[Nigeria]]'s Federal", 0, NG),
    ("u04", "place", "[[Lekki]], about", 0, LEKKI),
    ("u04", "place", "east of [[Lagos]]", 0, LAGOS),
    ("u04", "place", "but [[Lekki]] is", 0, LEKKI),
    ("u04", "place", "port in [[Lagos]]", 0, LAGOS),
    ("u04", "place", "Morningstar in [[Hong Kong]]", 0, HKG),
    ("u04", "place", "[[Chinese]] operators", 0, CN),
    ("u04", "place", "for [[African]] gateways", 0, AFRICA),
    ("u04", "place", "[[Nigerian]] consumption", 0, NG),
    ("u04", "place", "Djibouti", 0, C("Djibouti", "DJ")),
    ("u04", "place", "Togo", 0, C("Togo", "TG")),
    ("u04", "place", "Sri Lanka", 0, C("Sri Lanka", "LK")),
    ("u04", "place", "Hambantota", 0, CITY("Hambantota", "LK")),
    ("u04", "place", "[[Nigeria]]'s Minister", 0, NG),
    # events (the headline "to buy" and "had agreed to buy" are a purchase still awaiting approval
    # (future, no investment yet); the sale and purchase agreement "signed" on Monday is the
    # signing, its price the amount; the port "opened" (an opening, no party named) and "was built
    # by" CHEC (an undated construction, extra27); "handled" traffic; "priced" a bond: financing;
    # "runs ... under a lease": no occurrence; "welcomed": no type; "would bring": future)
    (
        "u04",
        "event",
        "Group, [[signed]] the sale",
        0,
        E("signing", "2026-03-23", "Singapore", [CMP, TOLARAM], M("610000000", "USD")),
    ),
    ("u04", "event", "which [[opened]] in", 0, E("ceremony", "2023-01", "Lekki")),
    ("u04", "event", "was [[built]] by China", 0, E("construction", None, "Lekki", ["China Harbour Engineering Co"])),
]
ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "u*.txt")
