#!/usr/bin/env python3
"""Build tests/data/extra23/gold.jsonl from hand annotations of the w*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a Graphic Online story on
the sod-cutting for a Sinohydro road under Ghana's bauxite-for-infrastructure agreement, with GH¢,
cedis and US$ amounts, a CHEC donation and a GIADEC-CDB refinery MoU; a Star story on an ECRL tunnel
breakthrough in Raub, with RM amounts, km, trainsets delivered by CRRC Zhuzhou and an MoU signed at
the Malaysia-China Business Forum; a Buenos Aires Times story on the inauguration of PowerChina's
Cauchari IV solar park in Jujuy, with US$/pesos/ARS amounts, MW/GWh, a China Exim loan signed at the
Belt and Road Forum, a lithium producer's PPA and a federal court; a Turkmenistan Today item on a
presidential decree for the Turkmen section of Line D of the Central Asia-China gas pipeline, with
manat/somoni/US$ amounts, bcm, a general contract, a state visit to China and the China-Central Asia
Summit) written BLIND: annotated from shared/gold/NOTES.md and shared/spec/facts.md alone, without
running bri_corpus on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra21/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - a Graphic Online header date "Apr - 15 - 2025 , 06:42" (month - day - year , time) is one date
    and time, as extra5's comma-joined header; "GH¢" and "cedis" are the Ghana cedi (GHS);
  - a sod-cutting told by a headline "begins ... road" anchors the start of building work on that verb
    (NOTES' first mention; w07/v03: construction); the road's cost told in the same headline phrase
    is its amount (extra8's "Construction of ..., worth ..., started"); the chiefs' council and the
    municipal assembly whose members "attended the ceremony" take part (NOTES' named attendees);
  - "the Minority in Parliament" (Ghana's opposition caucus) is generic, as y03's bare "Parliament";
    "Ranking Member on the Roads and Transport Committee" tags the committee (extra5/extra14);
  - "infrastructure delivered by the Chinese company" is figurative (NOTES' "delivered the latest
    news"); equipment "moved" to a site is no delivery;
  - "broke through" a tunnel / the headline "hits tunnel breakthrough" is the completion of a
    building step (extra10's finished welding): construction, anchored on the headline's event noun
    after the support verb "hits", placed by the headline's town (the dateline's "here");
  - "84.6pct" is per cent (extra6's "pc"); "Tunnel 27", "Cauchari IV", "Line D", "Lines A, B and C",
    "Federal Court No. 2", "Clause 4", "No. 1184" are names/identifiers, their numbers no quantities;
  - a newspaper named with "The" ("The Star") keeps it in the span (extra5's "THE EASTAFRICAN");
  - an order "that MRL placed in 2023" with the maker named in the sentence is a commercial order
    (trigger "order", the support verb "placed" outside), its count its amount; the delivery of part
    of it is a delivery of its own with its own count;
  - a conversion rate with a currency amount ("1,312 pesos per dollar") is money (the rate outside
    the span, as extra18's "22.4 tenge per kWh"); extra7's "121.5 to the dollar" names no currency;
  - a forum at which a loan "was signed ... in Beijing in October 2023" takes that city and month
    (a gathering placed and dated by the event told at it, the converse of extra21's call);
  - a salt flat or brine operation named after a locality ("Salinas Grandes basin", "Cauchari-Olaroz
    lithium brine operation", "Cauchari plants") and a gas field ("Galkynysh field") name no place
    (extra16's mine call); a person named like a town or province ("Luciana Mendoza", "Ana Susques
    Cruz", "Kweku Tarkwa Mensah") is no place (extra6/extra11);
  - a presidential "Decree" that the President "signed" is a decision, not an agreement between
    parties: no signing event (as extra21's "approved"); the allocation and credit line it orders
    are financing, no type;
  - a state concern written with its name in quotes (State Concern "Turkmengaz") is tagged on the
    quoted name alone, quotes and the legal-form words outside, canonical "Turkmengaz" (NOTES: quotes
    are never inside a span);
  - a masthead naming the outlet ("TURKMENISTAN TODAY", "BUENOS AIRES TIMES") is the outlet as an
    organisation (extra13), its "TODAY" no date and its place not tagged (flat); the agency line
    "State News Agency of Turkmenistan (TDH)" defines TDH, and the dateline tag "(TDH)" is a mention
    (extra11's /MONTSAME/);
  - "the parties signed 21 documents" during talks dated "on 6 February" in Beijing takes that day
    and city and the count as its amount (extra13/extra21); the visit itself is dated by "February
    this year";
  - a cumulative supply "Since December 2009 ... has supplied more than 470 billion cubic metres ...
    to China" is a delivery without point date (extra15's running total), both countries taking part.
Run:  .venv/bin/python tests/data/extra23/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")
BEJ = CITY("Beijing", "CN")

# ================================= w01 Graphic Online, Accra (Apr - 15 - 2025 , 06:42)
GH = C("Ghana", "GH")
SINO = "Sinohydro Corporation Limited"
MRH = "Ministry of Roads and Highways"
GIADEC = "Ghana Integrated Aluminium Development Corporation"
CDB = "China Development Bank"
CHEC = "China Harbour Engineering Company"
WASSA = "Wassa Fiase Traditional Council"
PHVMA = "Prestea-Huni Valley Municipal Assembly"
BOGOSO = CITY("Bogoso", "GH")
PRESTEA = CITY("Prestea", "GH")
A01 = [
    # dates (the Related headlines and the copyright year are chrome; "30 months": a quantity;
    # "Phase I": a name)
    ("w01", "date", "Apr - 15 - 2025 , 06:42", 0, "2025-04-15T06:42"),
    ("w01", "date", "yesterday", 0, "2025-04-14"),
    ("w01", "date", "July 24, 2018", 0, "2018-07-24"),
    ("w01", "date", "December 2021", 0, "2021-12"),
    ("w01", "date", "January this year", 0, "2025-01"),
    ("w01", "date", "the end of the second quarter", 0, "2025-Q2"),
    ("w01", "date", "since [[2009]]", 0, "2009"),
    ("w01", "date", "last week", 0, "2025-W15"),
    ("w01", "date", "from [[2027]]", 0, "2027"),
    ("w01", "date", "on [[Monday]]", 0, "2025-04-14"),
    ("w01", "date", "March 3", 0, "2025-03-03"),
    ("w01", "date", "in [[2024]]", 0, "2024"),
    ("w01", "date", "last Friday", 0, "2025-04-11"),
    # money ("cost per kilometre, around ...": money, approx)
    ("w01", "money", "GH¢1.86bn", 0, M("1860000000", "GHS")),
    ("w01", "money", "US$2 billion", 0, M("2000000000", "USD")),
    ("w01", "money", "GH¢1.86 billion", 0, M("1860000000", "GHS")),
    ("w01", "money", "about US$120 million", 0, M("120000000", "USD", "approx")),
    ("w01", "money", "US$649 million", 0, M("649000000", "USD")),
    ("w01", "money", "GH¢312 million", 0, M("312000000", "GHS")),
    ("w01", "money", "150 million cedis", 0, M("150000000", "GHS")),
    ("w01", "money", "US$1.4 billion", 0, M("1400000000", "USD")),
    ("w01", "money", "around GH¢35.5 million", 0, M("35500000", "GHS", "approx")),
    # quantities ("a year" outside the span; "45 pieces" without its of-complement; the phone numbers
    # are chrome)
    ("w01", "quantity", "52.4-kilometre", 0, Q("52.4", "km")),
    ("w01", "quantity", "30 months", 0, Q("30", "month")),
    ("w01", "quantity", "120-metre", 0, Q("120", "m")),
    ("w01", "quantity", "14 kilometres", 0, Q("14", "km")),
    ("w01", "quantity", "some 97 kilometres", 0, Q("97", "km", "approx")),
    ("w01", "quantity", "about 850 Ghanaian workers", 0, Q("850", "worker", "approx")),
    ("w01", "quantity", "60 per cent", 0, Q("60", "%")),
    ("w01", "quantity", "45 pieces", 0, Q("45", "piece")),
    ("w01", "quantity", "5 million tonnes", 0, Q("5000000", "t")),
    ("w01", "quantity", "1.2 million tonnes", 0, Q("1200000", "t")),
    ("w01", "quantity", "17 per cent", 0, Q("17", "%")),
    ("w01", "quantity", "20 motorbikes", 0, Q("20", "motorbike")),
    # organisations ("Minister for Roads and Highways": a title naming no body (extra5); "the company",
    # "the contractor", "the corporation": generic; the MPSA is an agreement; "Minority in Parliament":
    # generic; Ghana inside GIADEC's, the Highway Authority's and the Audit Service's names is not tagged;
    # the "Related:" headline and the copyright company are chrome)
    ("w01", "organisation", "[[Sinohydro]] begins", 0, O(SINO)),
    ("w01", "organisation", SINO, 0, O(SINO)),
    ("w01", "organisation", "built by [[Sinohydro]]", 0, O(SINO)),
    ("w01", "organisation", MRH, 0, O(MRH)),
    ("w01", "organisation", "[[Sinohydro]]'s Country", 0, O(SINO)),
    ("w01", "organisation", GIADEC, 0, O(GIADEC)),
    ("w01", "organisation", "([[GIADEC]])", 0, O(GIADEC)),
    ("w01", "organisation", "[[GIADEC]]'s Chief", 0, O(GIADEC)),
    ("w01", "organisation", "Daily Graphic", 0, O("Daily Graphic")),
    ("w01", "organisation", CDB, 0, O(CDB)),
    ("w01", "organisation", "([[CDB]])", 0, O(CDB)),
    ("w01", "organisation", "Roads and Transport Committee", 0, O("Roads and Transport Committee")),
    ("w01", "organisation", "Ghana Highway Authority", 0, O("Ghana Highway Authority")),
    ("w01", "organisation", "Ghana Audit Service", 0, O("Ghana Audit Service")),
    ("w01", "organisation", WASSA, 0, O(WASSA)),
    ("w01", "organisation", PHVMA, 0, O(PHVMA)),
    ("w01", "organisation", CHEC, 0, O(CHEC)),
    ("w01", "organisation", "([[CHEC]])", 0, O(CHEC)),
    ("w01", "organisation", PHVMA, 1, O(PHVMA)),
    # places (the road's towns are tagged (extra6/extra8), as the interchange's town; "Ankobra River":
    # a river; "Nyinahin-Mpasaaso deposits": a deposit (extra16); "Tarkwa" in the byline: a person;
    # Prestea-Huni Valley inside the assembly's name is not tagged (extra12))
    ("w01", "place", "GH¢1.86bn [[Bogoso]]-Prestea", 0, BOGOSO),
    ("w01", "place", "Bogoso-[[Prestea]] road", 0, PRESTEA),
    ("w01", "place", "52.4-kilometre [[Bogoso]]", 0, BOGOSO),
    ("w01", "place", "Bogoso-[[Prestea]]-Huni", 0, PRESTEA),
    ("w01", "place", "Prestea-[[Huni Valley]] road", 0, CITY("Huni Valley", "GH")),
    ("w01", "place", "Western Region", 0, REG("Western Region", "GH")),
    ("w01", "place", "between [[Ghana]] and", 0, GH),
    ("w01", "place", "town roads in [[Prestea]]", 0, PRESTEA),
    ("w01", "place", "in [[Beijing]] on", 0, BEJ),
    ("w01", "place", "2018, [[Ghana]] pledges", 0, GH),
    ("w01", "place", "the [[Chinese]] company", 0, CN),
    ("w01", "place", "the [[Tamale]] Interchange", 0, CITY("Tamale", "GH")),
    ("w01", "place", "Kumasi", 0, CITY("Kumasi", "GH")),
    ("w01", "place", "Accra", 0, CITY("Accra", "GH")),
    ("w01", "place", "ceremony at [[Bogoso]]", 0, BOGOSO),
    ("w01", "place", "people of [[Prestea]]", 0, PRESTEA),
    ("w01", "place", "Manager for [[Ghana]]", 0, GH),
    ("w01", "place", "850 [[Ghanaian]] workers", 0, GH),
    # events ("to be built", "is expected", "would release", "expects to mine", "would employ": future;
    # "had paid": a payment; "moved" equipment: no type; "criticised", "flagged": no type; the
    # sod-cutting "yesterday" and "attended the ceremony" are the headline's occurrence; the minister
    # stands for the ministry the document names (extra5))
    (
        "w01",
        "event",
        "begins",
        0,
        E("construction", "2025-04-14", "Bogoso", [SINO, MRH, WASSA, PHVMA], M("1860000000", "GHS")),
    ),
    (
        "w01",
        "event",
        "MPSA, [[signed]] in",
        0,
        E("signing", "2018-07-24", "Beijing", ["Ghana", SINO], M("2000000000", "USD")),
    ),
    ("w01", "event", "opened", 0, E("ceremony", "2021-12", "Tamale")),
    (
        "w01",
        "event",
        "had [[signed]] a memorandum",
        0,
        E("signing", "2025-03-03", None, [GIADEC, CDB], M("1400000000", "USD")),
    ),
    ("w01", "event", "donated", 0, E("donation", "2025-04-11", None, [CHEC, PHVMA], Q("20", "motorbike"))),
]

# ================================= w02 The Star, Raub (Wednesday, 11 Jun 2025 5:47 PM MYT)
MY = C("Malaysia", "MY")
CCCC = "China Communications Construction Company Ltd"
MRL = "Malaysia Rail Link Sdn Bhd"
MOT = "Ministry of Transport"
MOFINC = "Minister of Finance Incorporated"
CRRCZ = "CRRC Zhuzhou Locomotive Co Ltd"
CRSC = "China Railway Signal & Communication Corporation"
FORUM2 = "Malaysia-China Business Forum"
RAUB = CITY("Raub", "MY")
PAHANG = REG("Pahang", "MY")
KB = CITY("Kota Bharu", "MY")
TRG = REG("Terengganu", "MY")
A02 = [
    # dates (weekday inside the header span, the zone outside (extra18/extra12); "1995-2025" in the
    # copyright line is chrome; "annually" is a rate)
    ("w02", "date", "Wednesday, 11 Jun 2025 5:47 PM", 0, "2025-06-11T17:47"),
    ("w02", "date", "today", 0, "2025-06-11"),
    ("w02", "date", "the end of May", 0, "2025-05"),
    ("w02", "date", "December 2026", 0, "2026-12"),
    ("w02", "date", "January 2027", 0, "2027-01"),
    ("w02", "date", "the third quarter", 0, "2025-Q3"),
    ("w02", "date", "May 20", 0, "2025-05-20"),
    ("w02", "date", "in [[2023]]", 0, "2023"),
    ("w02", "date", "On [[June 3]]", 0, "2025-06-03"),
    ("w02", "date", "on [[Monday]]", 0, "2025-06-09"),
    ("w02", "date", "by [[2030]]", 0, "2030"),
    ("w02", "date", "this year", 0, "2025"),
    ("w02", "date", "last October", 0, "2024-10"),
    ("w02", "date", "last Saturday", 0, "2025-06-07"),
    # money (a share price is money (extra16); the company number in the copyright line is chrome)
    ("w02", "money", "RM74.96 billion", 0, M("74960000000", "MYR")),
    ("w02", "money", "about RM50.3 billion", 0, M("50300000000", "MYR", "approx")),
    ("w02", "money", "RM6.2bn", 0, M("6200000000", "MYR")),
    ("w02", "money", "RM45 million", 0, M("45000000", "MYR")),
    ("w02", "money", "RM1.05bn", 0, M("1050000000", "MYR")),
    ("w02", "money", "RM4.83", 0, M("4.83", "MYR")),
    # quantities ("Tunnel 27": a name; "(5398)": a stock code; "the ninth": a rank; "pct" is per cent)
    ("w02", "quantity", "84.6pct", 0, Q("84.6", "%")),
    ("w02", "quantity", "3.2km", 0, Q("3.2", "km")),
    ("w02", "quantity", "665km", 0, Q("665", "km")),
    ("w02", "quantity", "20 stations", 0, Q("20", "station")),
    ("w02", "quantity", "84.6 per cent", 0, Q("84.6", "%")),
    ("w02", "quantity", "14 stations", 0, Q("14", "station")),
    ("w02", "quantity", "5,800 local workers", 0, Q("5800", "worker")),
    ("w02", "quantity", "12 passenger trainsets", 0, Q("12", "trainset")),
    ("w02", "quantity", "30 trainsets", 0, Q("30", "trainset")),
    ("w02", "quantity", "up to 420 passengers", 0, Q("420", "passenger", "le")),
    ("w02", "quantity", "160km/h", 0, Q("160", "km/h")),
    ("w02", "quantity", "300 Malaysian technicians", 0, Q("300", "technician")),
    ("w02", "quantity", "2.1 per cent", 0, Q("2.1", "%")),
    ("w02", "quantity", "5.9 million passengers", 0, Q("5900000", "passenger")),
    ("w02", "quantity", "51 million tonnes", 0, Q("51000000", "t")),
    ("w02", "quantity", "about 70 per cent", 0, Q("70", "%", "approx")),
    ("w02", "quantity", "38 tunnels", 0, Q("38", "tunnel")),
    ("w02", "quantity", "1.3km", 0, Q("1.3", "km")),
    ("w02", "quantity", "at least 16 houses", 0, Q("16", "house", "ge")),
    # organisations (the masthead keeps "The" and drops its section label (extra13); ECRL is a project;
    # "Transport Minister" is a title, the minister standing for the ministry the text names (extra5);
    # "Parliament": generic (y03); "its unit", "The stock": generic; the "Related stories" headlines and
    # the copyright company are chrome)
    ("w02", "organisation", "[[The Star]] | Nation", 0, O("The Star")),
    ("w02", "organisation", CCCC, 0, O(CCCC)),
    ("w02", "organisation", "([[CCCC]])", 0, O(CCCC)),
    ("w02", "organisation", MRL, 0, O(MRL)),
    ("w02", "organisation", "([[MRL]])", 0, O(MRL)),
    ("w02", "organisation", "[[CCCC]]'s Malaysia", 0, O(CCCC)),
    ("w02", "organisation", MOT, 0, O(MOT)),
    ("w02", "organisation", "[[MRL]], a company", 0, O(MRL)),
    ("w02", "organisation", MOFINC, 0, O(MOFINC)),
    ("w02", "organisation", "([[MOF Inc]])", 0, O(MOFINC)),
    ("w02", "organisation", "by [[CCCC]].", 0, O(CCCC)),
    ("w02", "organisation", CRRCZ, 0, O(CRRCZ)),
    ("w02", "organisation", "to [[MRL]] at", 0, O(MRL)),
    ("w02", "organisation", "that [[MRL]] placed", 0, O(MRL)),
    ("w02", "organisation", "[[MRL]] signed", 0, O(MRL)),
    ("w02", "organisation", CRSC, 0, O(CRSC)),
    ("w02", "organisation", "([[CRSC]])", 0, O(CRSC)),
    ("w02", "organisation", "Gamuda Bhd", 0, O("Gamuda Bhd")),
    ("w02", "organisation", "Bursa Malaysia", 0, O("Bursa Malaysia")),
    ("w02", "organisation", "according to [[MRL]]", 0, O(MRL)),
    ("w02", "organisation", "told [[The Star]]", 0, O("The Star")),
    ("w02", "organisation", "[[MRL]] said it", 0, O(MRL)),
    # places (the port's town is tagged (x04/x12), as the tunnel's (extra7); "Jalan Kastam" is a street
    # name; Malaysia/China inside the forum's name and Malaysia inside the exchange's are not tagged;
    # "Kampung Temau" is a village (extra18); Klang/Kuantan in the chrome headlines are not facts)
    ("w02", "place", "in [[Raub]], project", 0, RAUB),
    ("w02", "place", "RAUB", 0, RAUB),
    ("w02", "place", "near [[Dong]] here", 0, CITY("Dong", "MY")),
    ("w02", "place", "long tunnels in [[Pahang]]", 0, PAHANG),
    ("w02", "place", "CCCC's [[Malaysia]] general", 0, MY),
    ("w02", "place", "links [[Kota Bharu]] in", 0, KB),
    ("w02", "place", "Kelantan", 0, REG("Kelantan", "MY")),
    ("w02", "place", "Port Klang", 0, CITY("Port Klang", "MY")),
    ("w02", "place", "Selangor", 0, REG("Selangor", "MY")),
    ("w02", "place", "through [[Terengganu]] and", 0, TRG),
    ("w02", "place", "Terengganu and [[Pahang]],", 0, PAHANG),
    ("w02", "place", "from [[Kota Bharu]] to", 0, KB),
    ("w02", "place", "Jerantut", 0, CITY("Jerantut", "MY")),
    ("w02", "place", "from [[Malaysian]] firms", 0, MY),
    ("w02", "place", "at [[Kuantan]] Port", 0, CITY("Kuantan", "MY")),
    ("w02", "place", "Kuala Lumpur", 0, CITY("Kuala Lumpur", "MY")),
    ("w02", "place", "300 [[Malaysian]] technicians", 0, MY),
    ("w02", "place", "spur in [[Klang]].", 0, CITY("Klang", "MY")),
    ("w02", "place", "completed in [[Pahang]] this", 0, PAHANG),
    ("w02", "place", "The [[Terengganu]] stretch", 0, TRG),
    ("w02", "place", "Bukit Besi", 0, CITY("Bukit Besi", "MY")),
    ("w02", "place", "Kampung Temau", 0, CITY("Kampung Temau", "MY")),
    ("w02", "place", "near [[Raub]] told", 0, RAUB),
    # summits
    ("w02", "summit", FORUM2, 0, S(FORUM2, "2025-06-03", "Kuala Lumpur")),
    # events ("broke through", "The breakthrough was witnessed": the headline's occurrence; "will open",
    # "would table", "is expected to carry", "would compensate": future; "had been awarded": a contract
    # award (extra10); "sourced": purchases (NOTES); "the ninth tunnel completed": a tally; "blasting had
    # cracked": no type)
    ("w02", "event", "tunnel breakthrough", 0, E("construction", "2025-06-11", "Raub", [CCCC, MOT, MRL])),
    ("w02", "event", "delivered", 0, E("delivery", "2025-05-20", "Kuantan", [CRRCZ, MRL], Q("12", "trainset"))),
    ("w02", "event", "an [[order]] for", 0, E("order", "2023", None, [CRRCZ, MRL], Q("30", "trainset"))),
    (
        "w02",
        "event",
        "MRL [[signed]]",
        0,
        E("signing", "2025-06-03", "Kuala Lumpur", [MRL, CRSC], M("45000000", "MYR")),
    ),
    ("w02", "event", "finished", 0, E("construction", "2024-10", "Terengganu")),
]

# ================================= w03 Buenos Aires Times (14-08-2025 10:21)
AR = C("Argentina", "AR")
JUJUY = REG("Jujuy", "AR")
SUSQUES = CITY("Susques", "AR")
JEMSE = "Jujuy Energía y Minería Sociedad del Estado"
PCHINA = "Power Construction Corporation of China"
EXIM = "Export-Import Bank of China"
EXAR = "Minera Exar S.A."
CAMMESA = "Compañía Administradora del Mercado Mayorista Eléctrico S.A."
BRF = "Belt and Road Forum for International Cooperation"
A03 = [
    # dates (day-month-year header with its time (extra18); "22 months", "15-year", "10 working days":
    # quantities; "a year": a rate)
    ("w03", "date", "14-08-2025 10:21", 0, "2025-08-14T10:21"),
    ("w03", "date", "on [[Tuesday]]", 0, "2025-08-12"),
    ("w03", "date", "since [[2020]]", 0, "2020"),
    ("w03", "date", "October 2023", 0, "2023-10"),
    ("w03", "date", "In [[May]]", 0, "2025-05"),
    ("w03", "date", "last year", 0, "2024"),
    ("w03", "date", "in [[2026]]", 0, "2026"),
    ("w03", "date", "in [[July]]", 0, "2025-07"),
    ("w03", "date", "On [[Monday]]", 0, "2025-08-11"),
    ("w03", "date", "the first half of 2026", 0, "2026-H1"),
    # money (pesos in an Argentine outlet are ARS (extra17); "per megawatt-hour" and "per dollar" are
    # rates outside the span; "US$185-million": a hyphenated amount)
    ("w03", "money", "US$218 million", 0, M("218000000", "USD")),
    ("w03", "money", "US$185-million", 0, M("185000000", "USD")),
    ("w03", "money", "some 29 billion pesos", 0, M("29000000000", "ARS", "approx")),
    ("w03", "money", "US$96 million", 0, M("96000000", "USD")),
    ("w03", "money", "US$58", 0, M("58", "USD")),
    ("w03", "money", "1,312 pesos", 0, M("1312", "ARS")),
    ("w03", "money", "roughly US$22 million", 0, M("22000000", "USD", "approx")),
    ("w03", "money", "ARS 41.5 billion", 0, M("41500000000", "ARS")),
    # quantities ("Cauchari IV", "Cauchari V", "Federal Court No. 2": names; "three Cauchari plants",
    # "three Indigenous communities": spelled-out counts)
    ("w03", "quantity", "200-megawatt", 0, Q("200", "MW")),
    ("w03", "quantity", "some 4,000 metres", 0, Q("4000", "m", "approx")),
    ("w03", "quantity", "22 months", 0, Q("22", "month")),
    ("w03", "quantity", "540,000 bifacial panels", 0, Q("540000", "panel")),
    ("w03", "quantity", "410 hectares", 0, Q("410", "ha")),
    ("w03", "quantity", "300 MW", 0, Q("300", "MW")),
    ("w03", "quantity", "about 1,150 GWh", 0, Q("1150", "GWh", "approx")),
    ("w03", "quantity", "roughly 12 percent", 0, Q("12", "%", "approx")),
    ("w03", "quantity", "2.5 percent", 0, Q("2.5", "%")),
    ("w03", "quantity", "15-year", 0, Q("15", "year")),
    ("w03", "quantity", "25,400 tonnes", 0, Q("25400", "t")),
    ("w03", "quantity", "40,000 tonnes", 0, Q("40000", "t")),
    ("w03", "quantity", "10 working days", 0, Q("10", "day")),
    ("w03", "quantity", "120 MW", 0, Q("120", "MW")),
    # organisations (the masthead is the outlet, its section label outside (extra13); "the bank", "The
    # province", "court" (headline, lower case): generic; places inside JEMSE's, PowerChina's, the
    # Exim Bank's, Lithium Argentina's, the legislature's and the court's names are not tagged)
    ("w03", "organisation", "BUENOS AIRES TIMES", 0, O("Buenos Aires Times")),
    ("w03", "organisation", JEMSE, 0, O(JEMSE)),
    ("w03", "organisation", "([[JEMSE]])", 0, O(JEMSE)),
    ("w03", "organisation", "[[JEMSE]] president", 0, O(JEMSE)),
    ("w03", "organisation", PCHINA, 0, O(PCHINA)),
    ("w03", "organisation", "([[PowerChina]])", 0, O(PCHINA)),
    ("w03", "organisation", EXIM, 0, O(EXIM)),
    ("w03", "organisation", "by [[JEMSE]] and", 0, O(JEMSE)),
    ("w03", "organisation", "Legislature of Jujuy", 0, O("Legislature of Jujuy")),
    ("w03", "organisation", EXAR, 0, O(EXAR)),
    ("w03", "organisation", "with [[JEMSE]].", 0, O(JEMSE)),
    ("w03", "organisation", "[[Minera Exar]], owned", 0, O(EXAR)),
    ("w03", "organisation", "Ganfeng Lithium", 0, O("Ganfeng Lithium")),
    ("w03", "organisation", "Lithium Argentina", 0, O("Lithium Argentina")),
    ("w03", "organisation", CAMMESA, 0, O(CAMMESA)),
    ("w03", "organisation", "([[Cammesa]])", 0, O(CAMMESA)),
    ("w03", "organisation", "Energy Secretariat", 0, O("Energy Secretariat")),
    ("w03", "organisation", "Federal Court No. 2 of Jujuy", 0, O("Federal Court No. 2 of Jujuy")),
    ("w03", "organisation", "Supreme Court", 0, O("Supreme Court")),
    # places (the byline "Luciana Mendoza" and "Ana Susques Cruz" are persons; the Cauchari plants, the
    # Cauchari-Olaroz operation and the Salinas Grandes basin name no place (extra16); "the country's
    # northwest": no name; the Tags line is chrome (extra18))
    ("w03", "place", "[[Jujuy]] inaugurates", 0, JUJUY),
    ("w03", "place", "[[Chinese]]-built", 0, CN),
    ("w03", "place", "[[Jujuy]]'s provincial", 0, JUJUY),
    ("w03", "place", "town of [[Susques]]", 0, SUSQUES),
    ("w03", "place", "[[China]]'s Ambassador", 0, CN),
    ("w03", "place", "Ambassador to [[Argentina]]", 0, AR),
    ("w03", "place", "in [[Beijing]] in", 0, BEJ),
    ("w03", "place", "This is [[Argentine]] sun", 0, AR),
    ("w03", "place", "sun, [[Argentine]] work", 0, AR),
    ("w03", "place", "[[Chinese]] capital", 0, CN),
    ("w03", "place", "[[China]]'s Ganfeng", 0, CN),
    ("w03", "place", "Canada", 0, C("Canada", "CA")),
    ("w03", "place", "in [[Jujuy]] last", 0, JUJUY),
    ("w03", "place", "[[Jujuy]]'s government", 0, JUJUY),
    # summits (placed and dated by the signing told at it)
    ("w03", "summit", BRF, 0, S(BRF, "2023-10", "Beijing")),
    # events (the headline "inaugurates" anchors the opening (ceremony); "inaugurated", "cut the ribbon"
    # are the same occurrence; the governor stands for his province (extra15), the ambassador for China
    # (extra13), PowerChina's executives take part; "built the plant ... at a cost of": a construction
    # occurrence without date, its cost the amount (extra7/extra12), placed by the plant's town;
    # "rejects injunction", "approved": decisions (extra9/extra20); "was financed", "put up the remaining
    # funds": financing (x07); "have operated since": no type (extra21); "nobody gave us anything":
    # figurative, no donation; "aims to reach", "will pay", "would appeal", "is expected to begin":
    # future; "produced ... last year": production (extra16's mine output))
    ("w03", "event", "inaugurates", 0, E("ceremony", "2025-08-12", "Susques", ["Jujuy", JEMSE, "China", PCHINA])),
    (
        "w03",
        "event",
        "which [[built]] the plant",
        0,
        E("construction", None, "Susques", [PCHINA], M("218000000", "USD")),
    ),
    (
        "w03",
        "event",
        "China, [[signed]] by JEMSE",
        0,
        E("signing", "2023-10", "Beijing", [EXIM, JEMSE], M("185000000", "USD")),
    ),
    (
        "w03",
        "event",
        "operation, [[signed]] a 15-year",
        0,
        E("signing", "2025-05", None, [EXAR, JEMSE], M("96000000", "USD")),
    ),
    ("w03", "event", "produced", 0, E("production", "2024", "Jujuy", [EXAR], Q("25400", "t"))),
]

# ================================= w04 Turkmenistan Today, Ashgabat (12.09.2025)
TM = C("Turkmenistan", "TM")
TJ = C("Tajikistan", "TJ")
ASB = CITY("Ashgabat", "TM")
TDH = "State News Agency of Turkmenistan"
TGAZ = "Turkmengaz"
CPP = "China Petroleum Pipeline Engineering Co., Ltd."
CNPC = "China National Petroleum Corporation"
CABMIN = "Cabinet of Ministers of Turkmenistan"
TAGP = "Trans-Asia Gas Pipeline Company Limited"
TVEB = "State Bank for Foreign Economic Affairs of Turkmenistan"
PRC = "People's Republic of China"
CCAS = "China-Central Asia Summit"
A04 = [
    # dates (the masthead's "TODAY" is part of a name; "the day of its signing": no calendar point;
    # "a year earlier" after "In 2024" -> 2023 (extra5); the copyright year is chrome)
    ("w04", "date", "12.09.2025", 0, "2025-09-12"),
    ("w04", "date", "12 September", 0, "2025-09-12"),
    ("w04", "date", "Yesterday", 0, "2025-09-11"),
    ("w04", "date", "On [[9 September]]", 0, "2025-09-09"),
    ("w04", "date", "February this year", 0, "2025-02"),
    ("w04", "date", "on [[6 February]]", 0, "2025-02-06"),
    ("w04", "date", "on [[17 June]]", 0, "2025-06-17"),
    ("w04", "date", "December 2009", 0, "2009-12"),
    ("w04", "date", "In [[2024]]", 0, "2024"),
    ("w04", "date", "a year earlier", 0, "2023"),
    ("w04", "date", "September 2014", 0, "2014-09"),
    ("w04", "date", "in [[2017]]", 0, "2017"),
    ("w04", "date", "since [[2014]]", 0, "2014"),
    ("w04", "date", "the fourth quarter of 2027", 0, "2027-Q4"),
    # money (manat in a Turkmen outlet is TMT; somoni is TJS (extra7); "a year": a rate)
    ("w04", "money", "3.4 billion manat", 0, M("3400000000", "TMT")),
    ("w04", "money", "US$ 1.27 billion", 0, M("1270000000", "USD")),
    ("w04", "money", "about 2.8 billion somoni", 0, M("2800000000", "TJS", "approx")),
    ("w04", "money", "96 million somoni", 0, M("96000000", "TJS")),
    ("w04", "money", "up to 600 million manat", 0, M("600000000", "TMT", "le")),
    # quantities ("bcm" -> m3 (y10); "Line D", "Lines A, B and C", "Clause 4", "No. 1184", the phone
    # line: names/identifiers/chrome; "the second": a rank; of-complements outside)
    ("w04", "quantity", "148-kilometre", 0, Q("148", "km")),
    ("w04", "quantity", "1,000 km", 0, Q("1000", "km")),
    ("w04", "quantity", "30 billion cubic metres", 0, Q("30000000000", "m3")),
    ("w04", "quantity", "85 bcm", 0, Q("85000000000", "m3")),
    ("w04", "quantity", "21 documents", 0, Q("21", "document")),
    ("w04", "quantity", "more than 470 billion cubic metres", 0, Q("470000000000", "m3", "gt")),
    ("w04", "quantity", "38.6 bcm", 0, Q("38600000000", "m3")),
    ("w04", "quantity", "4.3 percent", 0, Q("4.3", "%")),
    ("w04", "quantity", "410-km", 0, Q("410", "km")),
    # organisations (State Concern "Turkmengaz": the quoted name alone (new call); "the document",
    # "the Decree", "the joint venture": generic; "Chairman" before Xi names no body; the country inside
    # the cabinet's, ministries', bank's and agency's names is not tagged; "© 2025 TDH" is chrome)
    ("w04", "organisation", "TURKMENISTAN TODAY", 0, O("Turkmenistan Today")),
    ("w04", "organisation", TDH, 0, O(TDH)),
    ("w04", "organisation", "([[TDH]])", 0, O(TDH)),
    ("w04", "organisation", "([[TDH]])", 1, O(TDH)),
    ("w04", "organisation", '"[[Turkmengaz]]"', 0, O(TGAZ)),
    ("w04", "organisation", "Ashgabat, [[Turkmengaz]]", 0, O(TGAZ)),
    ("w04", "organisation", CPP, 0, O(CPP)),
    ("w04", "organisation", "([[CPP]])", 0, O(CPP)),
    ("w04", "organisation", CNPC, 0, O(CNPC)),
    ("w04", "organisation", "([[CNPC]])", 0, O(CNPC)),
    ("w04", "organisation", CABMIN, 0, O(CABMIN)),
    ("w04", "organisation", "[[Turkmengaz]] produced", 0, O(TGAZ)),
    ("w04", "organisation", TAGP, 0, O(TAGP)),
    (
        "w04",
        "organisation",
        "Ministry of Energy and Water Resources of Tajikistan",
        0,
        O("Ministry of Energy and Water Resources of Tajikistan"),
    ),
    (
        "w04",
        "organisation",
        "Ministry of Finance and Economy of Turkmenistan",
        0,
        O("Ministry of Finance and Economy of Turkmenistan"),
    ),
    ("w04", "organisation", TVEB, 0, O(TVEB)),
    ("w04", "organisation", "([[Turkmenvnesheconombank]])", 0, O(TVEB)),
    # places (the pipeline's names tag their countries and region (extra6/extra8 lines); "Turkmen
    # section" is the country's stretch (extra14); "Galkynysh" is a gas field (extra16); "Mary velayat"
    # is the province, tagged as written before its lower-case generic noun (h02's "Para state");
    # Central Asia and China inside the summit's name are not tagged (flat))
    ("w04", "place", "the [[Turkmen]] section of Line D of the Turkmenistan", 0, TM),
    ("w04", "place", "[[Turkmenistan]]-China gas", 0, TM),
    ("w04", "place", "Turkmenistan-[[China]] gas", 0, CN),
    ("w04", "place", "[[Ashgabat]], 12", 0, ASB),
    ("w04", "place", "President of [[Turkmenistan]] Serdar", 0, TM),
    ("w04", "place", "the [[Turkmen]] section of Line D of the Central", 0, TM),
    ("w04", "place", "the [[Central Asia]]-China", 0, REG("Central Asia")),
    ("w04", "place", "Central Asia-[[China]] gas", 0, CN),
    ("w04", "place", "border with [[Uzbekistan]]", 0, C("Uzbekistan", "UZ")),
    ("w04", "place", "in [[Ashgabat]], Turkmengaz", 0, ASB),
    ("w04", "place", PRC, 0, C(PRC, "CN")),
    ("w04", "place", "to [[Turkmenistan]], Ji", 0, TM),
    ("w04", "place", "from [[Turkmenistan]] through", 0, TM),
    ("w04", "place", "through [[Uzbekistan]],", 0, C("Uzbekistan", "UZ")),
    ("w04", "place", "Uzbekistan, [[Tajikistan]] and", 0, TJ),
    ("w04", "place", "Kyrgyzstan", 0, C("Kyrgyzstan", "KG")),
    ("w04", "place", "Wuqia", 0, CITY("Wuqia", "CN")),
    ("w04", "place", "Xinjiang Uygur Autonomous Region", 0, REG("Xinjiang Uygur Autonomous Region", "CN")),
    ("w04", "place", "Region of [[China]] and", 0, CN),
    ("w04", "place", "President of [[Turkmenistan]] to China", 0, TM),
    ("w04", "place", "Turkmenistan to [[China]] in", 0, CN),
    ("w04", "place", "the [[Turkmen]] leader", 0, TM),
    ("w04", "place", "in [[Beijing]] on", 0, BEJ),
    ("w04", "place", "Astana", 0, CITY("Astana", "KZ")),
    ("w04", "place", "2009, [[Turkmenistan]] has", 0, TM),
    ("w04", "place", "gas to [[China]] through", 0, CN),
    ("w04", "place", "in [[Mary]] velayat", 0, REG("Mary", "TM")),
    ("w04", "place", "In [[Tajikistan]], the", 0, TJ),
    ("w04", "place", "a [[Tajik]]-Chinese", 0, TJ),
    ("w04", "place", "Tajik-[[Chinese]] joint", 0, CN),
    # summits ("second" is a rank outside the name, as extra5's "ninth round of")
    ("w04", "summit", CCAS, 0, S(CCAS, "2025-06-17", "Astana")),
    # events (the President "signed a Decree" (headline "Decree signed"): a decision, no signing (new
    # call); "is allocated", "to open a credit line": financing/future; "attended the signing": the
    # contract signing's attendees, the deputy chairman standing for the cabinet named in his title
    # (extra16) and the ambassador for the state named in his (extra13); "will run", "expects", "are to
    # be completed": future; "reaffirmed": no type; "is being built": under way (z05); "was suspended",
    # "has paid ... in taxes": no type; "prepared": no type; the visit's talks are a meeting within it
    # (extra11), the documents signed during them a signing with their count as amount (extra13))
    (
        "w04",
        "event",
        "(CNPC), [[signed]] the general",
        0,
        E("signing", "2025-09-09", "Ashgabat", [TGAZ, CPP, CABMIN, PRC], M("1270000000", "USD")),
    ),
    ("w04", "event", "state visit", 0, E("visit", "2025-02", "China", ["Turkmenistan"])),
    ("w04", "event", "held talks", 0, E("meeting", "2025-02-06", "Beijing", ["Turkmenistan", "China"])),
    (
        "w04",
        "event",
        "parties [[signed]]",
        0,
        E("signing", "2025-02-06", "Beijing", ["Turkmenistan", "China"], Q("21", "document")),
    ),
    (
        "w04",
        "event",
        "supplied",
        0,
        E("delivery", None, None, ["Turkmenistan", "China"], Q("470000000000", "m3", "gt")),
    ),
    ("w04", "event", "produced", 0, E("production", "2024", "Mary", [TGAZ], Q("38600000000", "m3"))),
    ("w04", "event", "began", 0, E("construction", "2014-09", "Tajikistan", [TAGP])),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "w*.txt")
