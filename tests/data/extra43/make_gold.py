#!/usr/bin/env python3
"""Build tests/data/extra43/gold.jsonl from hand annotations of the ak*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a MercoPress story on the
comptroller's audit of the Coca Codo Sinclair plant's cracked distributors, Celec EP's arbitration
against Sinohydro and CATL's lithium plant near Uyuni, with US$/Bs amounts, MW, km and tonnes; an
APA News story on President Ouattara's inauguration of the Chinese-built Yopougon-Adjamé bridge in
Abidjan, with CFA francs/FCFA/XOF/EUR amounts, km, TEU, spectators and a Senegalese motorway
extension; an Australian Financial Review story on Landbridge's Darwin port lease, a Senate
estimates hearing, FIRB, a Pilbara Minerals spodumene offtake and Fortescue's quarterly output, with
A$/US$ amounts and ASX codes; a South China Morning Post analysis from Hong Kong of China Railway
Group's 2025 results and overseas orders, with yuan/RMB/US$/HK$/euro amounts, per cent figures,
stock codes and an analyst's quote) written BLIND: annotated from shared/gold/NOTES.md and
shared/spec/facts.md alone, without running bri_corpus on them, so that they measure the
extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra41/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - a MercoPress header "Monday, October 13th 2025 - 09:18 UTC" is one date and time, the weekday
    inside, the zone outside (extra12/extra18); an APA header "November 18, 2025 at 16:42" likewise,
    "at" joining date and time inside the span (the spec's "4 a.m. on February 12nd");
  - "Bs" before an amount in a Bolivian story is the boliviano (BOB); "Yacimientos de Litio
    Bolivianos" is an organisation whose "Bolivianos" is neither money nor place;
  - "January 2019 to June 2025" (an audit's period) is one interval fact, as the spec's "May 18th to
    19th";
  - "Comptroller General" before a person's name is a title naming no body (extra5), apart from the
    body "Office of the Comptroller General (CGE)"; "clause 12.4" is an identifier (extra21);
  - an arbitration "filed" and counter-claims are legal steps, no event (extra9/extra11's court
    calls); "has replaced four of the eight distributors" under a framework is repair work told as a
    running total with a spelled-out count: no event;
  - a plant "inaugurated ... by then-President" is the opening (ceremony) with the President's
    country (extra10), placed at the province the same sentence names; the loan "lent" for it is
    financing (x07), not the ceremony's amount;
  - "started construction ... of a 25,000-tonne-a-year ... plant" anchors on the event noun
    (extra38), the plant's capacity its amount (extra33/extra36's size), the rate outside the span
    (extra28's "5,000-tonne-per-day"); the contract "the two signed" is the signing of the two bodies
    the sentence names, with its sum;
  - a summit's location "in Beijing" is tagged as a place beside the summit's name ("Fourth
    Ministerial Meeting of the China-CELAC Forum"), "China" and "CELAC" inside it not tagged (flat);
  - a bridge named after the two Abidjan districts it joins ("Yopougon-Adjamé bridge") tags each as
    a region of the country (extra32's Manila districts, extra12's lines); a lagoon is a water body
    (no place); a bridge named after a person ("Henri Konan Bédié bridge") and an airport known by a
    person's initials ("AIBD airport") name no place;
  - "APA-Abidjan" (an agency dateline tag, extra11's /MONTSAME/) and "told APA" are mentions of the
    agency, canonical "APA" (the fuller "APA News" sits only in the copyright line, which is chrome,
    extra32); a "For more information, call ... desk on +225 ..." line is contact chrome (NOTES);
  - "Built by X at a cost of Y" in the lead joins the completion that a later sentence dates ("was
    completed on 30 August this year"): one construction anchored on "Built" (extra19's builder's
    clause), beside the start "Work began" (w-call); "the third bridge we have delivered" is
    figurative (extra23);
  - a "Port Autonome"-style body named in English ("Abidjan Autonomous Port") is an organisation whose
    city is not tagged (flat);
  - a road extension "had completed" by a contractor in a sentence that gives "a project worth" a sum
    is an undated completion with the sum as amount (extra33/extra35), placed at the country its
    paragraph is about (extra37); "The section opened to traffic on 1 November" is an opening
    (ceremony, extra33's "opened for cargo traffic") with no party named;
  - an AFR header "Oct 22, 2025 – 5.00am" is one date and time (en dash, extra12); "Save | Share |
    License article", "License this article" and the "Read More:" tag line are chrome; the closing
    "Angus Bendigo writes on ... from Perth." is text (extra5's footer) and the byline surname like a
    town is no place (extra6/extra11), as "Sam Ipswich" and "Iris Nanning Cheung";
  - Australia's financial year runs July-June: "the 2024-25 financial year" -> 2024-07/2025-06 (as
    the Kenyan/Bangladeshi years of earlier sets); "the September quarter" in an Australian miner's
    report -> the calendar quarter 2025-Q3; "the 2022 election" -> 2022 (extra37/extra38);
  - "Treasury deputy secretary" tags "Treasury" (a body named in a title, extra5), canonical as
    written; a "Senate estimates hearing" at which Treasury officials speak is a meeting (extra32's
    House committee hearing) of the Senate and Treasury, while "The Senate committee will hold a second
    hearing" is future; FIRB's "approved" and the Department of Defence's "cleared the lease after a
    review" are decisions (extra21);
  - the deal Landbridge "signed with the Northern Territory government" is a signing of the company
    and the territory (NOTES' "Kazakhstan government" -> the place), its price the amount; an
    offtake agreement "for up to 150,000 tonnes ... a year" takes the tonnage as amount (extra28/
    extra34); "Chengdu-based" tags the city (extra22); "Port Hedland" is a town as written (extra38's
    "Port Klang"); "a 300-room hotel" is a hyphenated count adjective (extra20);
  - "Pilbara shares" is a mention of Pilbara Minerals (extra30's short form equal to a site's name);
    "ASX" in "(ASX: PLS)" is the exchange as written (extra26's IDX), the ticker an identifier;
  - a miner's quarterly output ("produced 50.1 million tonnes ... in the September quarter") is the
    company's production (extra13's single firm's output); "shipped 92 per cent of it to China" is a
    traffic figure (extra27);
  - in an SCMP results story, "told analysts at a results briefing" names an analysts' briefing by
    the company alone: no meeting occurrence and no summit; "Hong Kong stock exchange" (lower-case)
    is generic and Hong Kong a place; "its Shanghai A shares" tags the city; "(stock code: 0390)" and
    "(601390)" are identifiers; "head of China infrastructure research" tags China (the country
    covered);
  - "started building a 38km metro line in Belgrade for about 1.9 billion euros" is a construction
    start with the cost in its clause as amount (x11/r01's "started building"); "President Xi Jinping's
    visit to Serbia" is the visitor's visit (extra33), the President standing for China named in the
    document; deals "signed" by many parties at a forum and orders "booked" over a year are tallies
    (extra4/extra35).
Run:  python3 tests/data/extra43/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")
BEIJING = CITY("Beijing", "CN")
EXIM = "Export-Import Bank of China"
POWERCHINA = "Power Construction Corporation of China"

# ================================= ak01 MercoPress (Monday, October 13th 2025 - 09:18 UTC)
EC = C("Ecuador", "EC")
BO = C("Bolivia", "BO")
QUITO = CITY("Quito", "EC")
CGE = "Office of the Comptroller General"
SINOHYDRO = "Sinohydro Corporation"
CELEC = "Electricity Corporation of Ecuador"
YLB = "Yacimientos de Litio Bolivianos"
CATL = "Contemporary Amperex Technology Co. Limited"
CELAC = "Fourth Ministerial Meeting of the China-CELAC Forum"
A01 = [
    # dates (the copyright year is chrome; "mid-2026" -> the year (w-call))
    ("ak01", "date", "Monday, October 13th 2025 - 09:18", 0, "2025-10-13T09:18"),
    ("ak01", "date", "on [[Friday]]", 0, "2025-10-10"),
    ("ak01", "date", "since [[2021]]", 0, "2021"),
    ("ak01", "date", "January 2019 to June 2025", 0, "2019-01/2025-06"),
    ("ak01", "date", "November 2016", 0, "2016-11"),
    ("ak01", "date", "March 2024", 0, "2024-03"),
    ("ak01", "date", "mid-2026", 0, "2026"),
    ("ak01", "date", "22 July last year", 0, "2024-07-22"),
    ("ak01", "date", "February 2020", 0, "2020-02"),
    ("ak01", "date", "in [[May]],", 0, "2025-05"),
    ("ak01", "date", "on [[Thursday]]", 0, "2025-10-09"),
    ("ak01", "date", "last month", 0, "2025-09"),
    ("ak01", "date", "January 2023", 0, "2023-01"),
    ("ak01", "date", "from [[2027]]", 0, "2027"),
    # money
    ("ak01", "money", "US$ 148 million", 0, M("148000000", "USD")),
    ("ak01", "money", "US$ 1.68 billion", 0, M("1680000000", "USD")),
    ("ak01", "money", "US$ 580 million", 0, M("580000000", "USD")),
    ("ak01", "money", "about US$ 90 million", 0, M("90000000", "USD", "approx")),
    ("ak01", "money", "US$ 1.03 billion", 0, M("1030000000", "USD")),
    ("ak01", "money", "Bs 700 million", 0, M("700000000", "BOB")),
    ("ak01", "money", "roughly US$ 101 million", 0, M("101000000", "USD", "approx")),
    # quantities ("clause 12.4": identifier; "four of the eight distributors": spelled-out)
    ("ak01", "quantity", "1,500 MW", 0, Q("1500", "MW")),
    ("ak01", "quantity", "more than 17,000 cracks", 0, Q("17000", "crack", "gt")),
    ("ak01", "quantity", "about 30%", 0, Q("30", "%", "approx")),
    ("ak01", "quantity", "12 km", 0, Q("12", "km")),
    ("ak01", "quantity", "25,000-tonne", 0, Q("25000", "t")),
    ("ak01", "quantity", "40%", 0, Q("40", "%")),
    # organisations (the Tags line, "Top stories:" and the copyright line are chrome)
    ("ak01", "organisation", "faults [[Sinohydro]] over", 0, O(SINOHYDRO)),
    ("ak01", "organisation", CGE, 0, O(CGE)),
    ("ak01", "organisation", "([[CGE]])", 0, O(CGE)),
    ("ak01", "organisation", "Sinohydro Corporation", 0, O(SINOHYDRO)),
    ("ak01", "organisation", CELEC, 0, O(CELEC)),
    ("ak01", "organisation", "([[Celec EP]])", 0, O(CELEC)),
    ("ak01", "organisation", EXIM, 0, O(EXIM)),
    ("ak01", "organisation", "([[China Exim]])", 0, O(EXIM)),
    ("ak01", "organisation", "[[Celec EP]] filed", 0, O(CELEC)),
    ("ak01", "organisation", "against [[Sinohydro]] at", 0, O(SINOHYDRO)),
    ("ak01", "organisation", "International Chamber of Commerce", 0, O("International Chamber of Commerce")),
    ("ak01", "organisation", "[[Sinohydro]], a subsidiary", 0, O(SINOHYDRO)),
    ("ak01", "organisation", POWERCHINA, 0, O(POWERCHINA)),
    ("ak01", "organisation", "([[PowerChina]])", 0, O(POWERCHINA)),
    ("ak01", "organisation", "[[Celec EP]] and Sinohydro", 0, O(CELEC)),
    ("ak01", "organisation", "Celec EP and [[Sinohydro]] signed", 0, O(SINOHYDRO)),
    ("ak01", "organisation", "a [[Celec EP]] official", 0, O(CELEC)),
    ("ak01", "organisation", YLB, 0, O(YLB)),
    ("ak01", "organisation", "([[YLB]])", 0, O(YLB)),
    ("ak01", "organisation", CATL, 0, O(CATL)),
    ("ak01", "organisation", "([[CATL]])", 0, O(CATL)),
    ("ak01", "organisation", "[[YLB]] expects", 0, O(YLB)),
    ("ak01", "organisation", "Plurinational Legislative Assembly", 0, O("Plurinational Legislative Assembly")),
    ("ak01", "organisation", "the [[CATL]] deal", 0, O(CATL)),
    # places ("Coca Codo Sinclair", "the Coca River", "the San Rafael waterfall": a plant, a river and
    # a waterfall, no places; Ecuador inside Celec's name and Bolivianos inside YLB's are not tagged;
    # the person "Carlos Loja Riofrío" is no place)
    ("ak01", "place", "[[Ecuador]]'s comptroller", 0, EC),
    ("ak01", "place", "[[Ecuador]]'s Office", 0, EC),
    ("ak01", "place", "the [[Chinese]] builder", 0, CN),
    ("ak01", "place", "in [[Napo]] province", 0, REG("Napo", "EC")),
    ("ak01", "place", "of [[Ecuador]]'s electricity", 0, EC),
    ("ak01", "place", "which [[Quito]] is", 0, QUITO),
    ("ak01", "place", "in [[Paris]]", 0, CITY("Paris", "FR")),
    ("ak01", "place", "in [[Quito]] on", 0, QUITO),
    ("ak01", "place", "with [[Chinese]] officials", 0, CN),
    ("ak01", "place", "in [[Beijing]] in May", 0, BEIJING),
    ("ak01", "place", "border in [[Bolivia]]", 0, BO),
    ("ak01", "place", "that [[China]]'s Contemporary", 0, CN),
    ("ak01", "place", "near [[Uyuni]]", 0, CITY("Uyuni", "BO")),
    ("ak01", "place", "in [[Potosí]] department", 0, REG("Potosí", "BO")),
    ("ak01", "place", "the [[Bolivian]] state", 0, BO),
    ("ak01", "place", "in [[La Paz]]", 0, CITY("La Paz", "BO")),
    ("ak01", "place", "to [[Chinese]] buyers", 0, CN),
    # summits
    ("ak01", "summit", CELAC, 0, S(CELAC, "2025-05", "Beijing")),
    # events ("filed for arbitration", "has countered", "lent", "has replaced", "raised the dispute",
    # "expects ... to earn", "asked ... to review": no occurrence of a type)
    ("ak01", "event", "inaugurated", 0, E("ceremony", "2016-11", "Napo", ["Ecuador"])),
    ("ak01", "event", "Sinohydro [[signed]] a repair", 0,
     E("signing", "2024-07-22", "Quito", [CELEC, SINOHYDRO])),
    ("ak01", "event", "started [[construction]]", 0,
     E("construction", "2025-09", "Uyuni", [CATL], Q("25000", "t"))),
    ("ak01", "event", "the two [[signed]]", 0,
     E("signing", "2023-01", None, [YLB, CATL], M("1030000000", "USD"))),
]

# ================================= ak02 APA News, Abidjan (November 18, 2025 at 16:42)
CI = C("Côte d'Ivoire", "CI")
SN = C("Senegal", "SN")
ABIDJAN = CITY("Abidjan", "CI")
YOP = REG("Yopougon", "CI")
ADJ = REG("Adjamé", "CI")
CSCEC = "China State Construction Engineering Corporation"
MEF = "Ministry of Economy and Finance"
CRBC = "China Road and Bridge Corporation"
A02 = [
    # dates (the copyright year is chrome)
    ("ak02", "date", "November 18, 2025 at 16:42", 0, "2025-11-18T16:42"),
    ("ak02", "date", "on [[Monday]]", 0, "2025-11-17"),
    ("ak02", "date", "September 2021", 0, "2021-09"),
    ("ak02", "date", "March 2022", 0, "2022-03"),
    ("ak02", "date", "30 August this year", 0, "2025-08-30"),
    ("ak02", "date", "since [[2014]]", 0, "2014"),
    ("ak02", "date", "January 2024", 0, "2024-01"),
    ("ak02", "date", "the first nine months of the year", 0, "2025-01/2025-09"),
    ("ak02", "date", "on [[Tuesday]]", 0, "2025-11-18"),
    ("ak02", "date", "on [[1 November]]", 0, "2025-11-01"),
    # money ("500 FCFA per crossing": a unit price, the rate outside (extra18))
    ("ak02", "money", "142 billion CFA francs", 0, M("142000000000", "XOF")),
    ("ak02", "money", "about EUR 216 million", 0, M("216000000", "EUR", "approx")),
    ("ak02", "money", "120.7 billion FCFA", 0, M("120700000000", "XOF")),
    ("ak02", "money", "XOF 21.3 billion", 0, M("21300000000", "XOF")),
    ("ak02", "money", "500 FCFA", 0, M("500", "XOF")),
    ("ak02", "money", "98 billion CFA francs", 0, M("98000000000", "XOF")),
    # quantities ("six-lane": spelled-out; the desk's phone number is chrome)
    ("ak02", "quantity", "1.4 km", 0, Q("1.4", "km")),
    ("ak02", "quantity", "90 minutes", 0, Q("90", "minute")),
    ("ak02", "quantity", "about 15 minutes", 0, Q("15", "minute", "approx")),
    ("ak02", "quantity", "some 70,000 vehicles", 0, Q("70000", "vehicle", "approx")),
    ("ak02", "quantity", "85%", 0, Q("85", "%")),
    ("ak02", "quantity", "more than 2,300 workers", 0, Q("2300", "worker", "gt")),
    ("ak02", "quantity", "20,000 spectators", 0, Q("20000", "spectator")),
    ("ak02", "quantity", "11%", 0, Q("11", "%")),
    ("ak02", "quantity", "1.2 million TEU", 0, Q("1200000", "TEU")),
    ("ak02", "quantity", "16.5 km", 0, Q("16.5", "km")),
    # organisations ("Minister of Equipment and Road Maintenance" is a title naming no body; the
    # "Related:" headline, the contact line and the copyright line are chrome)
    ("ak02", "organisation", "[[APA]]-Abidjan", 0, O("APA")),
    ("ak02", "organisation", CSCEC, 0, O(CSCEC)),
    ("ak02", "organisation", "([[CSCEC]])", 0, O(CSCEC)),
    ("ak02", "organisation", EXIM, 0, O(EXIM)),
    ("ak02", "organisation", MEF, 0, O(MEF)),
    ("ak02", "organisation", "executives of [[CSCEC]]", 0, O(CSCEC)),
    ("ak02", "organisation", "[[CSCEC]]'s country director", 0, O(CSCEC)),
    ("ak02", "organisation", "told [[APA]]", 0, O("APA")),
    ("ak02", "organisation", "[[CSCEC]]'s earlier", 0, O(CSCEC)),
    ("ak02", "organisation", "Abidjan Autonomous Port", 0, O("Abidjan Autonomous Port")),
    ("ak02", "organisation", "Ministry of Infrastructure", 0, O("Ministry of Infrastructure")),
    ("ak02", "organisation", CRBC, 0, O(CRBC)),
    ("ak02", "organisation", "([[CRBC]])", 0, O(CRBC)),
    # places ("Banco lagoon", "Laurent Pokou stadium", "Henri Konan Bédié bridge", "AIBD airport": no
    # places; "Bakary Séguéla Traoré" is a person)
    ("ak02", "place", "[[Côte d'Ivoire]]: Ouattara", 0, CI),
    ("ak02", "place", "[[China]]-built", 0, CN),
    ("ak02", "place", "[[Yopougon]]-Adjamé", 0, YOP),
    ("ak02", "place", "Yopougon-[[Adjamé]]", 0, ADJ),
    ("ak02", "place", "APA-[[Abidjan]]", 0, ABIDJAN),
    ("ak02", "place", "([[Côte d'Ivoire]])", 0, CI),
    ("ak02", "place", "[[Ivorian]] President", 0, CI),
    ("ak02", "place", "[[Yopougon]]-Adjamé", 1, YOP),
    ("ak02", "place", "Yopougon-[[Adjamé]]", 1, ADJ),
    ("ak02", "place", "bridge in [[Abidjan]],", 0, ABIDJAN),
    ("ak02", "place", "in [[Beijing]]", 0, BEIJING),
    ("ak02", "place", "the [[Ivorian]] state", 0, CI),
    ("ak02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("ak02", "place", "most of them [[Ivorian]]", 0, CI),
    ("ak02", "place", "delivered in [[Abidjan]]", 0, ABIDJAN),
    ("ak02", "place", "San-Pédro", 0, CITY("San-Pédro", "CI")),
    ("ak02", "place", "Burkina Faso", 0, C("Burkina Faso", "BF")),
    ("ak02", "place", "and [[Mali]]", 0, C("Mali", "ML")),
    ("ak02", "place", "In [[Dakar]], meanwhile", 0, CITY("Dakar", "SN")),
    ("ak02", "place", "[[Senegal]]'s Ministry", 0, SN),
    ("ak02", "place", "to [[Mbour]]", 0, CITY("Mbour", "SN")),
    # events ("financed", "employed", "delivered" (figurative), "hosted", "will pay": no occurrence;
    # the "Related:" headline's "receives" is chrome)
    ("ak02", "event", "Ouattara [[inaugurates]]", 0,
     E("ceremony", "2025-11-17", "Abidjan", ["Côte d'Ivoire", "China", CSCEC])),
    ("ak02", "event", "[[Built]] by", 0,
     E("construction", "2025-08-30", "Abidjan", [CSCEC], M("142000000000", "XOF"))),
    ("ak02", "event", "[[signed]] in Beijing", 0,
     E("signing", "2021-09", "Beijing", [EXIM, MEF], M("120700000000", "XOF"))),
    ("ak02", "event", "Work [[began]]", 0, E("construction", "2022-03", "Abidjan", [CSCEC])),
    ("ak02", "event", "had [[completed]]", 0,
     E("construction", None, "Senegal", [CRBC], M("98000000000", "XOF"))),
    ("ak02", "event", "section [[opened]]", 0, E("ceremony", "2025-11-01", "Senegal")),
]

# ================================= ak03 Australian Financial Review (Oct 22, 2025 – 5.00am)
AU = C("Australia", "AU")
DARWIN = CITY("Darwin", "AU")
CANBERRA = CITY("Canberra", "AU")
NT = REG("Northern Territory", "AU")
LANDBRIDGE = "Shandong Landbridge Group"
FIRB = "Foreign Investment Review Board"
ARTC = "Australian Rail Track Corporation"
PLS = "Pilbara Minerals"
YAHUA = "Sichuan Yahua Industrial Group"
A03 = [
    # dates ("Foreign Acquisitions and Takeovers Act 1975": a law's title, no date; "five-year":
    # spelled-out)
    ("ak03", "date", "Oct 22, 2025 – 5.00am", 0, "2025-10-22T05:00"),
    ("ak03", "date", "October 2015", 0, "2015-10"),
    ("ak03", "date", "in Canberra on [[Tuesday]]", 0, "2025-10-21"),
    ("ak03", "date", "the [[2022]] election", 0, "2022"),
    ("ak03", "date", "in [[2023]].", 0, "2023"),
    ("ak03", "date", "the 2024-25 financial year", 0, "2024-07/2025-06"),
    ("ak03", "date", "on [[Monday]]", 0, "2025-10-20"),
    ("ak03", "date", "the first quarter of 2026", 0, "2026-Q1"),
    ("ak03", "date", "A$2.87 on [[Tuesday]]", 0, "2025-10-21"),
    ("ak03", "date", "in [[June]].", 0, "2025-06"),
    ("ak03", "date", "the September quarter", 0, "2025-Q3"),
    ("ak03", "date", "last week", 0, "2025-W42"),
    ("ak03", "date", "on [[4 November]]", 0, "2025-11-04"),
    # money ("US$900 a tonne": a unit price, the rate outside; "below" and "above" inside (extra21))
    ("ak03", "money", "less than A$1.2 billion", 0, M("1200000000", "AUD", "lt")),
    ("ak03", "money", "A$506 million", 0, M("506000000", "AUD")),
    ("ak03", "money", "about A$220 million", 0, M("220000000", "AUD", "approx")),
    ("ak03", "money", "US$900", 0, M("900", "USD")),
    ("ak03", "money", "A$2.87", 0, M("2.87", "AUD")),
    ("ak03", "money", "below US$700", 0, M("700", "USD", "lt")),
    ("ak03", "money", "A$1.1 billion", 0, M("1100000000", "AUD")),
    ("ak03", "money", "above A$6 billion", 0, M("6000000000", "AUD", "gt")),
    # quantities ("section 79", "PLS"/"FMG": identifiers; "300-room": a count adjective)
    ("ak03", "quantity", "99-year", 0, Q("99", "year")),
    ("ak03", "quantity", "1.6 million tonnes", 0, Q("1600000", "t")),
    ("ak03", "quantity", "11,400 TEU", 0, Q("11400", "TEU")),
    ("ak03", "quantity", "4 million tonnes", 0, Q("4000000", "t")),
    ("ak03", "quantity", "up to 150,000 tonnes", 0, Q("150000", "t", "le")),
    ("ak03", "quantity", "6.4 per cent", 0, Q("6.4", "%")),
    ("ak03", "quantity", "50.1 million tonnes", 0, Q("50100000", "t")),
    ("ak03", "quantity", "3 per cent", 0, Q("3", "%")),
    ("ak03", "quantity", "92 per cent", 0, Q("92", "%")),
    # organisations ("Superannuation funds" generic; "Prime Minister" a title; the chrome lines)
    ("ak03", "organisation", "[[Landbridge]] digs", 0, O(LANDBRIDGE)),
    ("ak03", "organisation", LANDBRIDGE, 0, O(LANDBRIDGE)),
    ("ak03", "organisation", "Treasury", 0, O("Treasury")),
    ("ak03", "organisation", "a [[Senate]] estimates", 0, O("Senate")),
    ("ak03", "organisation", FIRB, 0, O(FIRB)),
    ("ak03", "organisation", "([[FIRB]])", 0, O(FIRB)),
    ("ak03", "organisation", "Department of Defence", 0, O("Department of Defence")),
    ("ak03", "organisation", ARTC, 0, O(ARTC)),
    ("ak03", "organisation", "([[ARTC]])", 0, O(ARTC)),
    ("ak03", "organisation", "[[Landbridge]], controlled", 0, O(LANDBRIDGE)),
    ("ak03", "organisation", PLS, 0, O(PLS)),
    ("ak03", "organisation", "([[ASX]]: PLS)", 0, O("ASX")),
    ("ak03", "organisation", YAHUA, 0, O(YAHUA)),
    ("ak03", "organisation", "[[Pilbara]] shares", 0, O(PLS)),
    ("ak03", "organisation", "Macquarie Group", 0, O("Macquarie Group")),
    ("ak03", "organisation", "Fortescue", 0, O("Fortescue")),
    ("ak03", "organisation", "([[ASX]]: FMG)", 0, O("ASX")),
    ("ak03", "organisation", "[[FIRB]] last week", 0, O(FIRB)),
    ("ak03", "organisation", "Baowu Steel", 0, O("Baowu Steel")),
    ("ak03", "organisation", "Rio Tinto", 0, O("Rio Tinto")),
    ("ak03", "organisation", "The [[Senate]] committee", 0, O("Senate")),
    # places ("Shandong", "Australian", "Pilbara" inside company names are not tagged; persons named
    # like towns are no places)
    ("ak03", "place", "on [[Darwin]] port", 0, DARWIN),
    ("ak03", "place", "as [[Canberra]] readies", 0, CANBERRA),
    ("ak03", "place", "Port of [[Darwin]]", 0, DARWIN),
    ("ak03", "place", "Northern Territory", 0, NT),
    ("ak03", "place", "in [[Canberra]] on", 0, CANBERRA),
    ("ak03", "place", "[[Australian]] hands", 0, AU),
    ("ak03", "place", "[[Chinese]] billionaire", 0, CN),
    ("ak03", "place", "Chengdu", 0, CITY("Chengdu", "CN")),
    ("ak03", "place", "Port Hedland", 0, CITY("Port Hedland", "AU")),
    ("ak03", "place", "to [[China]]. FIRB", 0, CN),
    ("ak03", "place", "the [[Chinese]] steelmaker", 0, CN),
    ("ak03", "place", "Western Australia", 0, REG("Western Australia", "AU")),
    ("ak03", "place", "the [[Darwin]] lease", 0, DARWIN),
    ("ak03", "place", "from [[Perth]].", 0, CITY("Perth", "AU")),
    # events ("will not give up", "cleared", "have been sounded out", "handled", "has spent",
    # "shipped", "approved", "will hold": no occurrence of a type)
    ("ak03", "event", "which it [[signed]]", 0,
     E("signing", "2015-10", None, [LANDBRIDGE, "Northern Territory"], M("506000000", "AUD"))),
    ("ak03", "event", "estimates [[hearing]]", 0, E("meeting", "2025-10-21", "Canberra", ["Treasury", "Senate"])),
    ("ak03", "event", "had [[signed]] a five-year", 0,
     E("signing", "2025-10-20", None, [PLS, YAHUA], Q("150000", "t", "le"))),
    ("ak03", "event", "[[produced]] 50.1", 0, E("production", "2025-Q3", None, ["Fortescue"], Q("50100000", "t"))),
]

# ================================= ak04 South China Morning Post (6:30pm, 30 Mar 2026)
HK = CITY("Hong Kong", "HK")
CREC = "China Railway Group Limited"
TRC = "Tanzania Railways Corporation"
CCCC = "China Communications Construction Company"
BRF = "Belt and Road Forum for International Cooperation"
A04 = [
    # dates ("stock code: 0390", "601390": identifiers)
    ("ak04", "date", "jumped 21 per cent [[last year]]", 0, "2025"),
    ("ak04", "date", "6:30pm, 30 Mar 2026", 0, "2026-03-30T18:30"),
    ("ak04", "date", "7.8 per cent [[last year]]", 0, "2025"),
    ("ak04", "date", "in [[2025]],", 0, "2025"),
    ("ak04", "date", "on [[Saturday]]", 0, "2026-03-28"),
    ("ak04", "date", "the end of December", 0, "2025-12"),
    ("ak04", "date", "on [[Sunday]]", 0, "2026-03-29"),
    ("ak04", "date", "in [[2026]].", 0, "2026"),
    ("ak04", "date", "in [[November]]", 0, "2025-11"),
    ("ak04", "date", "the fourth quarter of 2025", 0, "2025-Q4"),
    ("ak04", "date", "May 2024", 0, "2024-05"),
    ("ak04", "date", "on [[Monday]]", 0, "2026-03-30"),
    ("ak04", "date", "last week", 0, "2026-W13"),
    ("ak04", "date", "October 2023", 0, "2023-10"),
    # money ("0.215 yuan per share": a unit price, the rate outside)
    ("ak04", "money", "30.2 billion yuan", 0, M("30200000000", "CNY")),
    ("ak04", "money", "US$4.2 billion", 0, M("4200000000", "USD")),
    ("ak04", "money", "RMB 386.5 billion", 0, M("386500000000", "CNY")),
    ("ak04", "money", "3.5 trillion yuan", 0, M("3500000000000", "CNY")),
    ("ak04", "money", "6.8 trillion yuan", 0, M("6800000000000", "CNY")),
    ("ak04", "money", "US$1.75 billion", 0, M("1750000000", "USD")),
    ("ak04", "money", "about 1.9 billion euros", 0, M("1900000000", "EUR", "approx")),
    ("ak04", "money", "HK$4.12", 0, M("4.12", "HKD")),
    ("ak04", "money", "0.215 yuan", 0, M("0.215", "CNY")),
    ("ak04", "money", "279 billion yuan", 0, M("279000000000", "CNY")),
    ("ak04", "money", "US$32 billion", 0, M("32000000000", "USD")),
    ("ak04", "money", "US$97.2 billion", 0, M("97200000000", "USD")),
    # quantities ("roughly a third": no number)
    ("ak04", "quantity", "21 per cent", 0, Q("21", "%")),
    ("ak04", "quantity", "7.8 per cent", 0, Q("7.8", "%")),
    ("ak04", "quantity", "21 per cent", 1, Q("21", "%")),
    ("ak04", "quantity", "about 11 per cent", 0, Q("11", "%", "approx")),
    ("ak04", "quantity", "at least 15 per cent", 0, Q("15", "%", "ge")),
    ("ak04", "quantity", "506km", 0, Q("506", "km")),
    ("ak04", "quantity", "38km", 0, Q("38", "km")),
    ("ak04", "quantity", "3.1 per cent", 0, Q("3.1", "%")),
    ("ak04", "quantity", "1.4 per cent", 0, Q("1.4", "%")),
    ("ak04", "quantity", "about 8 per cent", 0, Q("8", "%", "approx")),
    ("ak04", "quantity", "the [[10 per cent]]", 0, Q("10", "%")),
    ("ak04", "quantity", "9 per cent", 0, Q("9", "%")),
    # organisations ("Business / China Business", "Why you can trust SCMP" and the copyright line are
    # chrome; "the Hong Kong stock exchange" is generic; "The board" an internal unit)
    ("ak04", "organisation", "[[China Railway Group]] leans", 0, O(CREC)),
    ("ak04", "organisation", CREC, 0, O(CREC)),
    ("ak04", "organisation", "([[CREC]])", 0, O(CREC)),
    ("ak04", "organisation", "that [[CREC]] signed", 0, O(CREC)),
    ("ak04", "organisation", TRC, 0, O(TRC)),
    ("ak04", "organisation", "[[CREC]]'s Hong Kong", 0, O(CREC)),
    ("ak04", "organisation", "Jefferies", 0, O("Jefferies")),
    ("ak04", "organisation", CCCC, 0, O(CCCC)),
    ("ak04", "organisation", "([[CCCC]])", 0, O(CCCC)),
    ("ak04", "organisation", POWERCHINA, 0, O(POWERCHINA)),
    ("ak04", "organisation", "Ministry of Commerce", 0, O("Ministry of Commerce")),
    # places ("Iris Nanning Cheung" is a person; China inside company names and Tanzania inside TRC's
    # name are not tagged)
    ("ak04", "place", "HONG KONG", 0, HK),
    ("ak04", "place", "the [[Hong Kong]] stock", 0, HK),
    ("ak04", "place", "in [[Hong Kong]] on Sunday", 0, HK),
    ("ak04", "place", "Dar es Salaam", 0, CITY("Dar es Salaam", "TZ")),
    ("ak04", "place", "Tabora", 0, CITY("Tabora", "TZ")),
    ("ak04", "place", "Kigoma", 0, CITY("Kigoma", "TZ")),
    ("ak04", "place", "in [[Belgrade]]", 0, CITY("Belgrade", "RS")),
    ("ak04", "place", "to [[Serbia]]", 0, C("Serbia", "RS")),
    ("ak04", "place", "[[Hong Kong]]-listed", 0, HK),
    ("ak04", "place", "its [[Shanghai]] A shares", 0, CITY("Shanghai", "CN")),
    ("ak04", "place", "head of [[China]] infrastructure", 0, CN),
    ("ak04", "place", "from [[Africa]]", 0, REG("Africa")),
    ("ak04", "place", "Zambia", 0, C("Zambia", "ZM")),
    ("ak04", "place", "Ghana", 0, C("Ghana", "GH")),
    ("ak04", "place", "to [[Chinese]] lenders", 0, CN),
    ("ak04", "place", "in [[Beijing]] in October", 0, BEIJING),
    ("ak04", "place", "[[Chinese]] contractors", 0, CN),
    # summits
    ("ak04", "summit", BRF, 0, S(BRF, "2023-10", "Beijing")),
    # events ("fell", "rose", "told analysts at a results briefing", "proposed", "have restructured",
    # "booked", "signed deals worth" (a forum's tally), "announced": no occurrence of a type)
    ("ak04", "event", "CREC [[signed]] with", 0,
     E("signing", "2025-11", "Dar es Salaam", [CREC, TRC], M("1750000000", "USD"))),
    ("ak04", "event", "started building", 0,
     E("construction", "2025-Q4", "Belgrade", [CREC], M("1900000000", "EUR", "approx"))),
    ("ak04", "event", "Jinping's [[visit]]", 0, E("visit", "2024-05", "Serbia", ["China"])),
]

ANNOTATIONS = A01 + A02 + A03 + A04

if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "ak*.txt")
