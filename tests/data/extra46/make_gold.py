#!/usr/bin/env python3
"""Build tests/data/extra46/gold.jsonl from hand annotations of the an*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (an Oman Observer story on
a Chinese-led EPC contract for a green hydrogen plant in Duqm with US$/RO/rials/SAR amounts, MW,
GW, tonnes and a Chinese delegation; a Club of Mozambique story on the inauguration of a
Chinese-built bridge at Mocuba with US$/meticais/MZN amounts, a governor's donation handover and an
Angolan road in kwanzas; a Romania Insider story on a court annulling a Chinese contractor's A7
motorway award under the EU foreign-subsidies rules with RON/lei/EUR/BGN amounts, a Bulgarian solar
tender and a minister's meeting; a Xi'an municipal portal item on China-Europe Railway Express
trips, TEUs and the Silk Road International Expo with RMB/yuan amounts) written BLIND: annotated
from shared/gold/NOTES.md and shared/spec/facts.md alone, without running bri_corpus on them, so
that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra45/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - "RO" before an amount and "rials" in an Omani paper are the Omani rial (OMR) (extra12 read
    "rials" in a Turkish/Iranian story as IRR; the outlet's country decides);
  - "Royal Decree 79/2013" is an identifier (extra35's decree number): no date, no quantity;
  - "Saudi Arabia's Ministry of Energy": the country is a place and the ministry an organisation
    named as printed, "Ministry of Energy" (the majority call of extra3/extra4/extra11/r01; NOTES
    joins only an Embassy to its country); it is distinct from Oman's "Ministry of Energy and
    Minerals" in the same document;
  - a signing "in the presence of" a minister whose ministry the document names and of a Chinese
    delegation headed by an NDRC vice chairman takes the ministry, China (the delegation's
    demonym, extra19) and the NDRC (a body named in a title, extra5) beside the two signatories;
  - "agreed in 2016 to invest" is an intention/agreement in principle with no signing told
    (extra21's "agreed to lend"): no event; an "awarded" contract has no type (extra10);
  - electrolyser stacks "delivered ... for a pilot unit run by Hydrom": a delivery whose recipient
    is the unit's operator, "first" outside the count's span (extra36);
  - an inauguration of a bridge whose cost the lead's apposition gives ("a 1.2-kilometre crossing
    built by CRBC at a cost of US$ 96 million") gives the ceremony that cost (extra29/extra38) and
    the builder's clause an undated-by-itself construction dated by the later "was completed last
    month" (extra10/extra19), also with the cost; "Work started" is the start, another
    construction occurrence (w-call);
  - a compound adjective "Chinese-built" in a headline is no trigger (it tags the demonym, extra39):
    the construction anchors on the body's "built by";
  - a bridge named after its river ("Licungo bridge") names no place (extra33's river call), one
    named after its town ("Braila bridge") tags the town (extra8);
  - "A7 Moldova Motorway": Moldova is the Romanian historical region the motorway serves (Moldavia),
    a region of Romania, not the Republic of Moldova;
  - a court's annulment of an award, a challenge filed, a tender launched or relaunched, an
    exclusion from a tender and a probe opened are no events (extra9/extra11/extra30);
  - "began paving" a road anchors the start of building work on the verb and its gerund (x11's
    "started building"); the contract's worth in the same sentence is its amount (extra32);
  - "Chang'an" (the brand of Xi'an's China-Europe trains, the city's ancient name) is no place;
  - a headline "Silk Road expo" is a mention of the expo the body names in full ("9th Silk Road
    International Expo"), and its "opens" anchors the opening ceremony the body retells (NOTES'
    first mention), the Vice Governor standing for his province (extra15);
  - an MoU signed "On the sidelines of the expo" with no day given takes the expo's dates and city
    (NOTES' 002 "during"; extra21 gives the day when the text prints one);
  - "two MA60 aircraft": a spelled-out count (no quantity, NOTES), "MA60" a model name; the
    delivery has no amount;
  - a convention centre, a railway station and an airport named after their city tag the city
    (extra17/extra22);
  - "45 countries and regions": the quantity is "45 countries" (the coordinated noun outside).
Run:  python3 tests/data/extra46/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")
EUROPE = REG("Europe")

# ================================= an01 Oman Observer, Muscat (Published: March 18, 2025 | 09:40)
OM = C("Oman", "OM")
SA = C("Saudi Arabia", "SA")
DUQM = CITY("Duqm", "OM")
MUSCAT = CITY("Muscat", "OM")
CEEC = "China Energy Engineering Corporation"
HYDROM = "Hydrogen Oman"
MEM = "Ministry of Energy and Minerals"
NDRC = "National Development and Reform Commission"
WANFANG = "Oman Wanfang"
LONGI = "LONGi Hydrogen"
OPAZ = "Public Authority for Special Economic Zones and Free Zones"
A01 = [
    # dates ("Royal Decree 79/2013": an identifier; "15 years": a quantity; the copyright year is chrome)
    ("an01", "date", "March 18, 2025 | 09:40", 0, "2025-03-18T09:40"),
    ("an01", "date", "March 17", 0, "2025-03-17"),
    ("an01", "date", "on [[Monday]]", 0, "2025-03-17"),
    ("an01", "date", "from [[2028]]", 0, "2028"),
    ("an01", "date", "completion in [[February]]", 0, "2025-02"),
    ("an01", "date", "in [[2016]]", 0, "2016"),
    ("an01", "date", "On [[March 9]]", 0, "2025-03-09"),
    ("an01", "date", "the third quarter", 0, "2025-Q3"),
    ("an01", "date", "last week", 0, "2025-W11"),
    ("an01", "date", "by [[2030]]", 0, "2030"),
    ("an01", "date", "early 2023", 0, "2023"),
    # money
    ("an01", "money", "$1.6bn", 0, M("1600000000", "USD")),
    ("an01", "money", "US$1.6 billion", 0, M("1600000000", "USD")),
    ("an01", "money", "about RO 616 million", 0, M("616000000", "OMR", "approx")),
    ("an01", "money", "about US$1.1bn", 0, M("1100000000", "USD", "approx")),
    ("an01", "money", "48 million rials", 0, M("48000000", "OMR")),
    ("an01", "money", "US$10.7 billion", 0, M("10700000000", "USD")),
    ("an01", "money", "SAR 3.2 billion", 0, M("3200000000", "SAR")),
    ("an01", "money", "US$853 million", 0, M("853000000", "USD")),
    # quantities ("four Chinese firms": spelled-out count; "Vision 2040": a programme's name)
    ("an01", "quantity", "150-hectare", 0, Q("150", "ha")),
    ("an01", "quantity", "500 MW", 0, Q("500", "MW")),
    ("an01", "quantity", "about 70,000 tonnes", 0, Q("70000", "t", "approx")),
    ("an01", "quantity", "1.3 GW", 0, Q("1.3", "GW")),
    ("an01", "quantity", "70 per cent", 0, Q("70", "%")),
    ("an01", "quantity", "15 years", 0, Q("15", "year")),
    ("an01", "quantity", "40 electrolyser stacks", 0, Q("40", "stack")),
    ("an01", "quantity", "10 MW", 0, Q("10", "MW")),
    ("an01", "quantity", "2,600 MW", 0, Q("2600", "MW")),
    ("an01", "quantity", "up to 18%", 0, Q("18", "%", "le")),
    ("an01", "quantity", "at least 1 million tonnes", 0, Q("1000000", "t", "ge")),
    ("an01", "quantity", "1,500 square kilometres", 0, Q("1500", "km2")),
    # organisations (the masthead is text, the copyright line chrome; "Special Economic Zone at
    # Duqm" and "China-Oman Industrial Park" are zones; "Minister of Energy and Minerals" a title)
    ("an01", "organisation", "Oman Observer", 0, O("Oman Observer")),
    ("an01", "organisation", CEEC, 0, O(CEEC)),
    ("an01", "organisation", "([[CEEC]])", 0, O(CEEC)),
    ("an01", "organisation", HYDROM, 0, O(HYDROM)),
    ("an01", "organisation", "([[Hydrom]])", 0, O(HYDROM)),
    ("an01", "organisation", "OQ8", 0, O("OQ8")),
    ("an01", "organisation", MEM, 0, O(MEM)),
    ("an01", "organisation", NDRC, 0, O(NDRC)),
    ("an01", "organisation", "([[NDRC]])", 0, O(NDRC)),
    ("an01", "organisation", "[[Hydrom]] chief", 0, O(HYDROM)),
    ("an01", "organisation", "with [[Bank of China]] and", 0, O("Bank of China")),
    ("an01", "organisation", "Industrial and Commercial Bank of China", 0,
     O("Industrial and Commercial Bank of China")),
    ("an01", "organisation", "Oman Wanfang", 0, O(WANFANG)),
    ("an01", "organisation", "[[Wanfang]] agreed", 0, O(WANFANG)),
    ("an01", "organisation", LONGI, 0, O(LONGI)),
    ("an01", "organisation", "run by [[Hydrom]]", 0, O(HYDROM)),
    ("an01", "organisation", "Arabia's [[Ministry of Energy]] last", 0, O("Ministry of Energy")),
    ("an01", "organisation", "China Harbour Engineering Company", 0, O("China Harbour Engineering Company")),
    ("an01", "organisation", OPAZ, 0, O(OPAZ)),
    ("an01", "organisation", "([[OPAZ]])", 0, O(OPAZ)),
    # places (the byline "Salim Sohar al Harthy" is a person; the "Related:" line is chrome)
    ("an01", "place", "[[Chinese]] consortium", 0, CN),
    ("an01", "place", "deal in [[Duqm]]", 0, DUQM),
    ("an01", "place", "MUSCAT", 0, MUSCAT),
    ("an01", "place", "Zone at [[Duqm]]", 0, DUQM),
    ("an01", "place", "Al Wusta Governorate", 0, REG("Al Wusta Governorate", "OM")),
    ("an01", "place", "in [[Muscat]] in", 0, MUSCAT),
    ("an01", "place", "a [[Chinese]] delegation", 0, CN),
    ("an01", "place", "\"[[Duqm]] has", 0, DUQM),
    ("an01", "place", "[[Asian]] capital", 0, REG("Asia")),
    ("an01", "place", "the [[China]]-Oman Industrial", 0, CN),
    ("an01", "place", "China-[[Oman]] Industrial", 0, OM),
    ("an01", "place", "Park in [[Duqm]]", 0, DUQM),
    ("an01", "place", "[[Ningxia]]-based", 0, REG("Ningxia", "CN")),
    ("an01", "place", "Port of [[Duqm]]", 0, DUQM),
    ("an01", "place", "[[Saudi Arabia]]'s", 0, SA),
    ("an01", "place", "Yanbu", 0, CITY("Yanbu", "SA")),
    ("an01", "place", "[[Saudi]] officials", 0, SA),
    ("an01", "place", "four [[Chinese]] firms", 0, CN),
    ("an01", "place", "[[European]] offers", 0, EUROPE),
    ("an01", "place", "[[Oman]] aims", 0, OM),
    ("an01", "place", "in [[Duqm]] and Dhofar", 0, DUQM),
    ("an01", "place", "Dhofar", 0, REG("Dhofar", "OM")),
    # events ("signed" in the body, "The contract was signed": the headline's occurrence; "expected to
    # lend", "would be financed", "expects first output", "aims to produce": future; "awarded",
    # "created the zone", "has allocated": no type)
    ("an01", "event", "signs", 0, E("signing", "2025-03-17", "Muscat", ["China", CEEC, HYDROM, MEM, NDRC],
                                    M("1600000000", "USD"))),
    ("an01", "event", "completion", 0, E("construction", "2025-02", "Duqm", [WANFANG], M("48000000", "OMR"))),
    ("an01", "event", "delivered", 0, E("delivery", "2025-03-09", "Duqm", [LONGI, HYDROM], Q("40", "stack"))),
]

# ================================= an02 Club of Mozambique (By Lusa | 26 May 2025 at 14:05)
MZ = C("Mozambique", "MZ")
AO = C("Angola", "AO")
ZAMBEZIA = REG("Zambezia", "MZ")
MOCUBA = CITY("Mocuba", "MZ")
COM = "Club of Mozambique"
CRBC = "China Road and Bridge Corporation"
ANE = "National Roads Administration"
EXIM = "Export-Import Bank of China"
A02 = [
    # dates ("almost five weeks", "four months", "the next five years": spelled-out durations; the
    # "Related:" line's "1 June" and the copyright year are chrome)
    ("an02", "date", "26 May 2025 at 14:05", 0, "2025-05-26T14:05"),
    ("an02", "date", "on [[Saturday]]", 0, "2025-05-24"),
    ("an02", "date", "March 2023", 0, "2023-03"),
    ("an02", "date", "August 2023", 0, "2023-08"),
    ("an02", "date", "last month", 0, "2025-04"),
    ("an02", "date", "July 2023", 0, "2023-07"),
    ("an02", "date", "Also on [[Saturday]]", 0, "2025-05-24"),
    ("an02", "date", "on [[May 20]]", 0, "2025-05-20"),
    ("an02", "date", "the end of 2026", 0, "2026"),
    ("an02", "date", "the second half of the year", 0, "2025-H2"),
    # money ("an estimated US$ 1.5 billion": no qualifier, extra5; "(AOA)" restates the currency)
    ("an02", "money", "US$ 96 million", 0, M("96000000", "USD")),
    ("an02", "money", "5.1 billion meticais", 0, M("5100000000", "MZN")),
    ("an02", "money", "about US$ 80 million", 0, M("80000000", "USD", "approx")),
    ("an02", "money", "MZN 1,020 million", 0, M("1020000000", "MZN")),
    ("an02", "money", "around 32 million meticais", 0, M("32000000", "MZN", "approx")),
    ("an02", "money", "118 billion kwanzas", 0, M("118000000000", "AOA")),
    ("an02", "money", "US$ 1.5 billion", 0, M("1500000000", "USD")),
    # quantities ("N1": a road's name; "up to three hours": spelled-out)
    ("an02", "quantity", "1.2-kilometre", 0, Q("1.2", "km")),
    ("an02", "quantity", "about 3,500 vehicles", 0, Q("3500", "vehicle", "approx")),
    ("an02", "quantity", "up to 60 tonnes", 0, Q("60", "t", "le")),
    ("an02", "quantity", "820 workers", 0, Q("820", "worker")),
    ("an02", "quantity", "91%", 0, Q("91", "%")),
    ("an02", "quantity", "25 tractors", 0, Q("25", "tractor")),
    ("an02", "quantity", "147-km", 0, Q("147", "km")),
    # organisations (masthead text, copyright chrome; "State Budget", "provincial directorate of
    # agriculture": no proper body; "Minister of Transport and Logistics": a title naming no body)
    ("an02", "organisation", COM, 0, O(COM)),
    ("an02", "organisation", "Lusa", 0, O("Lusa")),
    ("an02", "organisation", CRBC, 0, O(CRBC)),
    ("an02", "organisation", "([[CRBC]])", 0, O(CRBC)),
    ("an02", "organisation", ANE, 0, O(ANE)),
    ("an02", "organisation", "([[ANE]])", 0, O(ANE)),
    ("an02", "organisation", EXIM, 0, O(EXIM)),
    ("an02", "organisation", "According to [[ANE]]", 0, O(ANE)),
    ("an02", "organisation", "[[CRBC]] employed", 0, O(CRBC)),
    ("an02", "organisation", "Chinese Embassy", 0, O("Chinese Embassy")),
    ("an02", "organisation", "CITIC Construction", 0, O("CITIC Construction")),
    ("an02", "organisation", "ANGOP", 0, O("ANGOP")),
    ("an02", "organisation", "[[ANE]] chairman", 0, O(ANE)),
    # places ("Licungo bridge"/"Licungo river": a river; "Cyclone Freddy", "Daniel Chapo", "Pio Matos":
    # no places; Mozambique in the masthead is inside the name)
    ("an02", "place", "[[Mozambique]]: Nyusi", 0, MZ),
    ("an02", "place", "[[Chinese]]-built", 0, CN),
    ("an02", "place", "bridge in [[Zambezia]]", 0, ZAMBEZIA),
    ("an02", "place", "at [[Mocuba]],", 0, MOCUBA),
    ("an02", "place", "province of [[Zambezia]]", 0, ZAMBEZIA),
    ("an02", "place", "isolating [[Mocuba]]", 0, MOCUBA),
    ("an02", "place", "in [[Maputo]]", 0, CITY("Maputo", "MZ")),
    ("an02", "place", "the [[Chinese]] people", 0, CN),
    ("an02", "place", "Quelimane", 0, CITY("Quelimane", "MZ")),
    ("an02", "place", "Nampula", 0, CITY("Nampula", "MZ")),
    ("an02", "place", "[[Zambezia]] Governor", 0, ZAMBEZIA),
    ("an02", "place", "the [[Chinese]] Ambassador", 0, CN),
    ("an02", "place", "Mozambicans", 0, MZ),
    ("an02", "place", "Namacurra", 0, REG("Namacurra", "MZ")),
    ("an02", "place", "Nicoadala", 0, REG("Nicoadala", "MZ")),
    ("an02", "place", "neighbouring [[Angola]]", 0, AO),
    ("an02", "place", "the [[Chinese]] company", 0, CN),
    ("an02", "place", "Saurimo", 0, CITY("Saurimo", "AO")),
    ("an02", "place", "Dundo", 0, CITY("Dundo", "AO")),
    ("an02", "place", "Lunda Norte", 0, REG("Lunda Norte", "AO")),
    ("an02", "place", "The [[Angolan]] news", 0, AO),
    ("an02", "place", "[[Mozambique]]'s roads", 0, MZ),
    ("an02", "place", "reporters in [[Mocuba]]", 0, MOCUBA),
    ("an02", "place", "with [[Chinese]] lenders", 0, CN),
    ("an02", "place", "Beira", 0, CITY("Beira", "MZ")),
    ("an02", "place", "Machipanda", 0, CITY("Machipanda", "MZ")),
    # events ("inaugurated", "the ceremony", "The event": the headline's occurrence; "collapsed",
    # "would resume", "is due to finish": no type or future; "paid from the State Budget": financing;
    # the donation's "donated by" is the handover's occurrence)
    ("an02", "event", "inaugurates", 0, E("ceremony", "2025-05-24", "Mocuba", ["Mozambique", "China", "Zambezia"],
                                          M("96000000", "USD"))),
    ("an02", "event", "crossing [[built]] by", 0, E("construction", "2025-04", "Mocuba", [CRBC], M("96000000", "USD"))),
    ("an02", "event", "Work [[started]]", 0, E("construction", "2023-08", "Mocuba", [CRBC])),
    ("an02", "event", "signed", 0, E("signing", "2023-07", "Maputo", [EXIM], M("5100000000", "MZN"))),
    ("an02", "event", "handed over", 0, E("donation", "2025-05-24", None,
                                          ["Zambezia", "Chinese Embassy", "Namacurra", "Nicoadala"],
                                          Q("25", "tractor"))),
    ("an02", "event", "began paving", 0, E("construction", "2025-05-20", "Angola", ["CITIC Construction"],
                                           M("118000000000", "AOA"))),
]

# ================================= an03 Romania Insider (4 September 2025, 11:27)
RO = C("Romania", "RO")
BUCHAREST = CITY("Bucharest", "RO")
CNAIR = "National Company for Road Infrastructure Administration"
CCECC = "China Civil Engineering Construction Corporation"
MTI = "Ministry of Transport and Infrastructure"
ARACO = "Romanian Association of Builders"
INS = "National Institute of Statistics"
HUAWEI = "Huawei Technologies Romania"
IHI = "IHI Infrastructure Systems"
A03 = [
    # dates ("ten days": spelled-out; the "Read more:" line, the Tags line and the copyright are chrome)
    ("an03", "date", "4 September 2025, 11:27", 0, "2025-09-04T11:27"),
    ("an03", "date", "on [[Wednesday]]", 0, "2025-09-03"),
    ("an03", "date", "in [[June]]", 0, "2025-06"),
    ("an03", "date", "December 2024", 0, "2024-12"),
    ("an03", "date", "August 2026", 0, "2026-08"),
    ("an03", "date", "in [[October]]", 0, "2025-10"),
    ("an03", "date", "on [[Thursday]]", 0, "2025-09-04"),
    ("an03", "date", "this year", 0, "2025"),
    ("an03", "date", "in [[March]]", 0, "2025-03"),
    ("an03", "date", "in [[February]]", 0, "2025-02"),
    ("an03", "date", "July 2023", 0, "2023-07"),
    ("an03", "date", "2019 and 2024", 0, "2019/2024"),
    ("an03", "date", "on [[1 September]]", 0, "2025-09-01"),
    ("an03", "date", "the end of the year", 0, "2025"),
    ("an03", "date", "the second quarter", 0, "2025-Q2"),
    ("an03", "date", "on [[Tuesday]]", 0, "2025-09-02"),
    # money (the rate line's two sides are money, extra22/extra23)
    ("an03", "money", "RON 2.9 billion", 0, M("2900000000", "RON")),
    ("an03", "money", "EUR 583 million", 0, M("583000000", "EUR")),
    ("an03", "money", "3.38 billion lei", 0, M("3380000000", "RON")),
    ("an03", "money", "BGN 410 million", 0, M("410000000", "BGN")),
    ("an03", "money", "about EUR 210 million", 0, M("210000000", "EUR", "approx")),
    ("an03", "money", "EUR 94 million", 0, M("94000000", "EUR")),
    ("an03", "money", "1 euro", 0, M("1", "EUR")),
    ("an03", "money", "5.07 lei", 0, M("5.07", "RON")),
    # quantities ("A7": a motorway's name; "ticker H2O": an identifier; "the first 60 MW": "first" outside)
    ("an03", "quantity", "89 km", 0, Q("89", "km")),
    ("an03", "quantity", "14.2%", 0, Q("14.2", "%")),
    ("an03", "quantity", "250 MW", 0, Q("250", "MW")),
    ("an03", "quantity", "1,974-metre", 0, Q("1974", "m")),
    ("an03", "quantity", "420 MW", 0, Q("420", "MW")),
    ("an03", "quantity", "60 MW", 0, Q("60", "MW")),
    ("an03", "quantity", "0.3%", 0, Q("0.3", "%")),
    # organisations (headline "Court": generic (extra33); "National Recovery and Resilience Plan (PNRR)"
    # and the "Foreign Subsidies Regulation": a programme and a regulation; "Transport Minister": a title;
    # "the ministry": an anaphor; "the EU's": the well-known acronym, as extra40)
    ("an03", "organisation", "Romania Insider", 0, O("Romania Insider")),
    ("an03", "organisation", "; [[CNAIR]] to", 0, O(CNAIR)),
    ("an03", "organisation", "Bucharest Court of Appeal", 0, O("Bucharest Court of Appeal")),
    ("an03", "organisation", CCECC, 0, O(CCECC)),
    ("an03", "organisation", "([[CCECC]])", 0, O(CCECC)),
    ("an03", "organisation", "Spedition UMB", 0, O("Spedition UMB")),
    ("an03", "organisation", "Cengiz Insaat", 0, O("Cengiz Insaat")),
    ("an03", "organisation", CNAIR, 0, O(CNAIR)),
    ("an03", "organisation", "([[CNAIR]])", 0, O(CNAIR)),
    ("an03", "organisation", "[[CCECC]] had bid", 0, O(CCECC)),
    ("an03", "organisation", "the [[EU]]'s", 0, O("EU")),
    ("an03", "organisation", "[[CNAIR]] said", 0, O(CNAIR)),
    ("an03", "organisation", MTI, 0, O(MTI)),
    ("an03", "organisation", "Energy Ministry", 0, O("Energy Ministry")),
    ("an03", "organisation", "China Energy Engineering", 0, O("China Energy Engineering")),
    ("an03", "organisation", "European Commission", 0, O("European Commission")),
    ("an03", "organisation", "Astaldi", 0, O("Astaldi")),
    ("an03", "organisation", IHI, 0, O(IHI)),
    ("an03", "organisation", ARACO, 0, O(ARACO)),
    ("an03", "organisation", "([[ARACO]])", 0, O(ARACO)),
    ("an03", "organisation", "Hidroelectrica", 0, O("Hidroelectrica")),
    ("an03", "organisation", HUAWEI, 0, O(HUAWEI)),
    ("an03", "organisation", INS, 0, O(INS)),
    ("an03", "organisation", "([[INS]])", 0, O(INS)),
    # places (the byline "Andrei Constanta" is a person; "the Danube": a river; "the region": generic)
    ("an03", "place", "[[Chinese]] win", 0, CN),
    ("an03", "place", "in [[Romania]]'s A7", 0, RO),
    ("an03", "place", "Focsani", 0, CITY("Focsani", "RO")),
    ("an03", "place", "Pascani", 0, CITY("Pascani", "RO")),
    ("an03", "place", "A7 [[Moldova]] Motorway", 0, REG("Moldova", "RO")),
    ("an03", "place", "[[Romanian]]-Turkish", 0, RO),
    ("an03", "place", "Romanian-[[Turkish]]", 0, C("Turkey", "TR")),
    ("an03", "place", "through [[Romania]]'s", 0, RO),
    ("an03", "place", "the [[Chinese]] contractor", 0, CN),
    ("an03", "place", "that [[Romania]] \"", 0, RO),
    ("an03", "place", "the [[Chinese]] ambassador", 0, CN),
    ("an03", "place", "in [[Bucharest]] on Thursday", 0, BUCHAREST),
    ("an03", "place", "for [[Chinese]] builders", 0, CN),
    ("an03", "place", "In [[Bulgaria]]", 0, C("Bulgaria", "BG")),
    ("an03", "place", "Stara Zagora", 0, CITY("Stara Zagora", "BG")),
    ("an03", "place", "[[Romania]]'s largest", 0, RO),
    ("an03", "place", "the [[Braila]] bridge", 0, CITY("Braila", "RO")),
    ("an03", "place", "of [[Japan]]", 0, C("Japan", "JP")),
    ("an03", "place", "[[Chinese]] firms won", 0, CN),
    ("an03", "place", "contracts in [[Romania]] between", 0, RO),
    ("an03", "place", "at [[Ghidici]]", 0, CITY("Ghidici", "RO")),
    ("an03", "place", "in [[Dolj]] county", 0, REG("Dolj", "RO")),
    ("an03", "place", "listed in [[Bucharest]]", 0, BUCHAREST),
    ("an03", "place", "[[Romania]]'s economy", 0, RO),
    # events ("annulled the award", "filed", "was tendered", "bid", "would relaunch", "excluded",
    # "opened an in-depth probe", "won no major contracts", "would be connected", "grew": no occurrence
    # of a type, negated or future; the minister stands for the ministry the document names)
    ("an03", "event", "met", 0, E("meeting", "2025-09-04", "Bucharest", [MTI, "China"])),
    ("an03", "event", "span [[built]]", 0, E("construction", None, "Braila", ["Astaldi", IHI], Q("1974", "m"))),
    ("an03", "event", "and [[opened]] in July", 0, E("ceremony", "2023-07", "Braila")),
    ("an03", "event", "Hidroelectrica [[signed]]", 0, E("signing", "2025-09-01", None, ["Hidroelectrica", HUAWEI],
                                                       M("94000000", "EUR"))),
]

# ================================= an04 Xi'an municipal portal (Updated: 2025-10-22 16:30)
XIAN = CITY("Xi'an", "CN")
XMPG = "Xi'an Municipal People's Government"
LANDPORT = "Xi'an International Land Port Group"
XFTP = "Xi'an Free Trade Port Construction and Operation Co., Ltd."
KTZ = "Kazakhstan Temir Zholy"
EXPO = "9th Silk Road International Expo"
EXPO_V = S(EXPO, "2025-10-21/2025-10-25", "Xi'an")
SPDC = "Shaanxi Provincial Department of Commerce"
MIIT_UZ = "Ministry of Investment, Industry and Trade of Uzbekistan"
XAC = "Xi'an Aircraft Industry Group"
XBC = "Xi'an Municipal Bureau of Commerce"
SHAANXI = REG("Shaanxi Province", "CN")
A04 = [
    # dates ("three days less": spelled-out; "The 1,000th": an ordinal; hotline, editor, copyright and
    # ICP lines are chrome)
    ("an04", "date", "2025-10-22 16:30", 0, "2025-10-22T16:30"),
    ("an04", "date", "the first three quarters of this year", 0, "2025-01/2025-09"),
    ("an04", "date", "said on [[Tuesday]]", 0, "2025-10-21"),
    ("an04", "date", "This year", 0, "2025"),
    ("an04", "date", "October 16", 0, "2025-10-16"),
    ("an04", "date", "in [[2023]]", 0, "2023"),
    ("an04", "date", "In [[September]]", 0, "2025-09"),
    ("an04", "date", "the end of 2027", 0, "2027"),
    ("an04", "date", "October 21 to 25", 0, "2025-10-21/2025-10-25"),
    ("an04", "date", "ceremony on [[Tuesday]]", 0, "2025-10-21"),
    ("an04", "date", "the first nine months", 0, "2025-01/2025-09"),
    ("an04", "date", "October 20", 0, "2025-10-20"),
    ("an04", "date", "November 28, 2013", 0, "2013-11-28"),
    ("an04", "date", "for [[2026]]", 0, "2026"),
    # money
    ("an04", "money", "41.7 billion yuan", 0, M("41700000000", "CNY")),
    ("an04", "money", "RMB 1.2 billion", 0, M("1200000000", "CNY")),
    ("an04", "money", "RMB 287.3 billion", 0, M("287300000000", "CNY")),
    ("an04", "money", "95.6 billion yuan", 0, M("95600000000", "CNY")),
    # quantities ("tops" and "exceed" set gt outside the span; "on average" no qualifier (extra25);
    # "two MA60 aircraft": spelled-out count, a model name)
    ("an04", "quantity", "4,000 trips", 0, Q("4000", "trip", "gt")),
    ("an04", "quantity", "4,012 trips", 0, Q("4012", "trip")),
    ("an04", "quantity", "9.6%", 0, Q("9.6", "%")),
    ("an04", "quantity", "386,000 TEUs", 0, Q("386000", "TEU")),
    ("an04", "quantity", "55 containers", 0, Q("55", "container")),
    ("an04", "quantity", "12 days", 0, Q("12", "day")),
    ("an04", "quantity", "18 regular routes", 0, Q("18", "route")),
    ("an04", "quantity", "45 countries", 0, Q("45", "country")),
    ("an04", "quantity", "About 1,600 companies", 0, Q("1600", "company", "approx")),
    ("an04", "quantity", "78 countries", 0, Q("78", "country")),
    ("an04", "quantity", "52 percent", 0, Q("52", "%")),
    ("an04", "quantity", "63 projects", 0, Q("63", "project")),
    ("an04", "quantity", "more than 28,000 trips", 0, Q("28000", "trip", "gt")),
    ("an04", "quantity", "5,200 trips", 0, Q("5200", "trip", "gt")),
    ("an04", "quantity", "500,000 TEUs", 0, Q("500000", "TEU")),
    # organisations (the portal banner is the masthead (extra29), the copyright line chrome; "Source:
    # Xi'an Daily" a byline, as NOTES' "SOURCE: JAC Motors"; "Belt and Road countries": no fact)
    ("an04", "organisation", XMPG, 0, O(XMPG)),
    ("an04", "organisation", "Xi'an Daily", 0, O("Xi'an Daily")),
    ("an04", "organisation", LANDPORT, 0, O(LANDPORT)),
    ("an04", "organisation", XFTP, 0, O(XFTP)),
    ("an04", "organisation", KTZ, 0, O(KTZ)),
    ("an04", "organisation", "([[KTZ]])", 0, O(KTZ)),
    ("an04", "organisation", SPDC, 0, O(SPDC)),
    ("an04", "organisation", MIIT_UZ, 0, O(MIIT_UZ)),
    ("an04", "organisation", XAC, 0, O(XAC)),
    ("an04", "organisation", "Air Kyrgyzstan", 0, O("Air Kyrgyzstan")),
    ("an04", "organisation", XBC, 0, O(XBC)),
    # summit
    ("an04", "summit", "Silk Road expo", 0, EXPO_V),
    ("an04", "summit", EXPO, 0, EXPO_V),
    # places ("Chang'an": the trains' brand; "the expo", "the province's": anaphors)
    ("an04", "place", "Chang'an [[China]]-Europe", 0, CN),
    ("an04", "place", "Chang'an China-[[Europe]]", 0, EUROPE),
    ("an04", "place", "The [[China]]-Europe", 0, CN),
    ("an04", "place", "The China-[[Europe]]", 0, EUROPE),
    ("an04", "place", "Express ([[Xi'an]])", 0, XIAN),
    ("an04", "place", "Central Asia", 0, REG("Central Asia")),
    ("an04", "place", "the [[Xi'an]] International Port Station", 0, XIAN),
    ("an04", "place", "Tashkent", 0, CITY("Tashkent", "UZ")),
    ("an04", "place", "to [[Europe]] now", 0, EUROPE),
    ("an04", "place", "Duisburg", 0, CITY("Duisburg", "DE")),
    ("an04", "place", "Germany", 0, C("Germany", "DE")),
    ("an04", "place", "Malaszewicze", 0, CITY("Malaszewicze", "PL")),
    ("an04", "place", "Poland", 0, C("Poland", "PL")),
    ("an04", "place", "[[Xi'an]] currently", 0, XIAN),
    ("an04", "place", "Altynkol", 0, CITY("Altynkol", "KZ")),
    ("an04", "place", "Altynkol-[[Khorgos]]", 0, CITY("Khorgos", "KZ")),
    ("an04", "place", "the [[Xi'an]] International Convention", 0, XIAN),
    ("an04", "place", "of [[Shaanxi Province]] Xu", 0, SHAANXI),
    ("an04", "place", "[[Jizzakh]] region", 0, REG("Jizzakh", "UZ")),
    ("an04", "place", "Xianyang", 0, CITY("Xianyang", "CN")),
    ("an04", "place", "Almaty", 0, CITY("Almaty", "KZ")),
    # events ("ran", "carrying", "left", "have made": traffic figures, no type; "were signed at the
    # opening session": a tally (extra29/extra35); "expects": future)
    ("an04", "event", "expo [[opens]]", 0, E("ceremony", "2025-10-21", "Xi'an", ["Shaanxi Province"])),
    ("an04", "event", "[[signed]] an agreement", 0, E("signing", "2025-09", None, [XFTP, KTZ], M("1200000000", "CNY"))),
    ("an04", "event", "[[signed]] a memorandum", 0, E("signing", "2025-10-21/2025-10-25", "Xi'an", [SPDC, MIIT_UZ])),
    ("an04", "event", "delivered", 0, E("delivery", "2025-10-20", "Xianyang", [XAC, "Air Kyrgyzstan"])),
]

ANNOTATIONS = A01 + A02 + A03 + A04

if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "an*.txt")
