#!/usr/bin/env python3
"""Build tests/data/extra17/gold.jsonl from hand annotations of the h*.txt documents here.

The documents are invented but realistic Belt and Road news texts (a GIPC Ghana press release on
third-quarter FDI by source country with US$/GHS amounts, a Chinese land lease and a steel mill
commissioning; a Reuters story from Sao Paulo on a Brazilian transmission auction won by State Grid's
unit, with BRL/ARS/US$ amounts and an Argentine dam; a Kathmandu Post story on the Pokhara airport
loan with Rs/crore/arba amounts, Bikram Sambat dates and a grant-versus-loan dispute in parliament)
written BLIND: annotated from shared/gold/NOTES.md and shared/spec/facts.md alone, without running
bri_corpus on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra15/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - a headline's bare "Third Quarter" in a release dated October is an anaphor with a calendar unit
    (the quarter the body names): a date, span without a determiner because none is printed;
  - a law's title and its number ("GIPC Act, 2013 (Act 865)", "Section 27") are names/identifiers:
    the year is no date, the numbers no quantities, "GIPC" inside the title no organisation mention;
  - a report title with a quarter ("Q3 2024 Investment Report") is a name: no date (extra8's report
    year); "ranked first", "the top six", "the top three" are ranks;
  - a plant "commissioned" by its owner is an opening (ceremony) placed and dated by the text, the
    plant's cost in the same clause its amount (extra7's cost-with-completion call);
  - a "Related:" headline and a contact line under a press release are chrome (NOTES);
  - a person named like a city ("Mr. Kwame Tamale Asante", "Pokhrel Gandaki") is no place (extra6/extra11);
  - "arba" (Nepali) is a hundred crore (10^9); Nepal's fiscal year is read at month precision as July-June;
  - an airport's town is tagged inside its name (extra8's bridges), as is a firm's home town ("a Pokhara firm");
  - an unnamed-party signing ("framework agreement signed in Beijing last December") is a signing without
    participants.
  (The brief asked for five documents; h04 (The Star on the ECRL) and h05 (an SIS release on the SCZone) were
  not written in the time given.)
Run:  python3 tests/data/extra17/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= h01 GIPC press release, Accra, 21 October 2024
GH = C("Ghana", "GH")
ACC = CITY("Accra", "GH")
NG = C("Nigeria", "NG")
GIPC = "Ghana Investment Promotion Centre"
JINLONG = "Jinlong Agro-Processing Ghana Limited"
GFZA = "Ghana Free Zones Authority"
VOLTA = "Volta Sino Steel Company"
CCPIT = "China Council for the Promotion of International Trade"
FORUM = "Ghana-China Investment Forum"
A01 = [
    # dates ("Q3 2024" inside the report's title; "2013" inside the Act's title; "the same period
    # last year" gives "last year" only (extra4); "(c) 2024" chrome)
    ("h01", "date", "21 October 2024", 0, "2024-10-21"),
    ("h01", "date", "Third Quarter", 0, "2024-Q3"),
    ("h01", "date", "the third quarter of 2024", 0, "2024-Q3"),
    ("h01", "date", "on [[Monday]]", 0, "2024-10-21"),
    ("h01", "date", "last year", 0, "2023"),
    ("h01", "date", "on [[9 September]]", 0, "2024-09-09"),
    ("h01", "date", "early 2025", 0, "2025"),
    ("h01", "date", "In August", 0, "2024-08"),
    ("h01", "date", "14-15 November 2024", 0, "2024-11-14/2024-11-15"),
    # money
    ("h01", "money", "US$ 612.4 Million", 0, M("612400000", "USD")),
    ("h01", "money", "US$ 612.4 million", 0, M("612400000", "USD")),
    ("h01", "money", "about GHS 9.6 billion", 0, M("9600000000", "GHS", "approx")),
    ("h01", "money", "US$ 247.8 million", 0, M("247800000", "USD")),
    ("h01", "money", "US$ 88.5 million", 0, M("88500000", "USD")),
    ("h01", "money", "US$ 61.2 million", 0, M("61200000", "USD")),
    ("h01", "money", "US$ 524 million", 0, M("524000000", "USD")),
    ("h01", "money", "US$ 48 million", 0, M("48000000", "USD")),
    ("h01", "money", "GHS 410 million", 0, M("410000000", "GHS")),
    ("h01", "money", "US$ 1 million", 0, M("1000000", "USD")),
    # quantities ("six projects", "four projects": spelled-out counts; "Section 27", "Act 865",
    # the phone number: identifiers; "a year"/"per year" outside the span)
    ("h01", "quantity", "38 new foreign direct investment projects", 0, Q("38", "project")),
    ("h01", "quantity", "11 projects", 0, Q("11", "project")),
    ("h01", "quantity", "4,917 jobs", 0, Q("4917", "job")),
    ("h01", "quantity", "312 jobs", 0, Q("312", "job")),
    ("h01", "quantity", "42 per cent", 0, Q("42", "%")),
    ("h01", "quantity", "27 per cent", 0, Q("27", "%")),
    ("h01", "quantity", "17 per cent", 0, Q("17", "%")),
    ("h01", "quantity", "29 projects", 0, Q("29", "project")),
    ("h01", "quantity", "25 hectares", 0, Q("25", "ha")),
    ("h01", "quantity", "60,000 tonnes", 0, Q("60000", "t")),
    ("h01", "quantity", "560 people", 0, Q("560", "person")),
    ("h01", "quantity", "up to 180,000 tonnes", 0, Q("180000", "t", "le")),
    # organisations (the masthead is text (extra13); "the Centre": generic; the copyright line and
    # the "Related:" headline are chrome; "GIPC" inside the Act's title is part of a law's name)
    ("h01", "organisation", GIPC, 0, O(GIPC)),
    ("h01", "organisation", GIPC, 1, O(GIPC)),
    ("h01", "organisation", "([[GIPC]])", 0, O(GIPC)),
    ("h01", "organisation", "the [[GIPC]]'s", 0, O(GIPC)),
    ("h01", "organisation", "of the [[GIPC]], Mr.", 0, O(GIPC)),
    ("h01", "organisation", JINLONG, 0, O(JINLONG)),
    ("h01", "organisation", GFZA, 0, O(GFZA)),
    ("h01", "organisation", "([[GFZA]])", 0, O(GFZA)),
    ("h01", "organisation", VOLTA, 0, O(VOLTA)),
    ("h01", "organisation", "said the [[GIPC]] would", 0, O(GIPC)),
    ("h01", "organisation", CCPIT, 0, O(CCPIT)),
    ("h01", "organisation", "([[CCPIT]])", 0, O(CCPIT)),
    # places (Ghana inside the company, authority and forum names is not tagged; "Tamale" is part
    # of a person's name)
    ("h01", "place", "Accra, 21", 0, ACC),
    ("h01", "place", "China Leads", 0, CN),
    ("h01", "place", "As [[Ghana]] Records", 0, GH),
    ("h01", "place", "released in [[Accra]]", 0, ACC),
    ("h01", "place", "[[China]] ranked", 0, CN),
    ("h01", "place", "India", 0, C("India", "IN")),
    ("h01", "place", "United Kingdom", 0, C("United Kingdom", "GB")),
    ("h01", "place", "Turkey", 0, C("Turkey", "TR")),
    ("h01", "place", "Nigeria", 0, NG),
    ("h01", "place", "Netherlands", 0, C("Netherlands", "NL")),
    ("h01", "place", "Ghanaian", 0, GH),
    ("h01", "place", "placed [[Ghana]] among", 0, GH),
    ("h01", "place", "West Africa", 0, REG("West Africa")),
    ("h01", "place", "Nigeria", 1, NG),
    ("h01", "place", "Cote d'Ivoire", 0, C("Cote d'Ivoire", "CI")),
    ("h01", "place", "[[Chinese]] projects", 0, CN),
    ("h01", "place", "in [[Accra]] on 9", 0, ACC),
    ("h01", "place", "Dawa", 0, CITY("Dawa", "GH")),
    ("h01", "place", "Greater Accra", 0, REG("Greater Accra", "GH")),
    ("h01", "place", "Tema", 0, CITY("Tema", "GH")),
    ("h01", "place", "Kumasi", 0, CITY("Kumasi", "GH")),
    # summits
    ("h01", "summit", FORUM, 0, S(FORUM, "2024-11-14/2024-11-15", "Kumasi")),
    # events ("registered 38 ... projects": a tally (extra4); "is scheduled to begin", "would
    # present", "is expected": future; the report's release: no type)
    ("h01", "event", "signed", 0, E("signing", "2024-09-09", "Accra", [JINLONG, GFZA], Q("25", "ha"))),
    ("h01", "event", "commissioned", 0, E("ceremony", "2024-08", "Tema", [VOLTA], M("410000000", "GHS"))),
]

# ================================= h02 Reuters, Sao Paulo (March 28, 2025 5:51 PM GMT-3)
BR = C("Brazil", "BR")
AR = C("Argentina", "AR")
SAO = CITY("Sao Paulo", "BR")
SGBH = "State Grid Brazil Holding"
SGCC = "State Grid Corporation of China"
ANEEL = "National Electric Energy Agency"
CGGC = "China Gezhouba Group"
A02 = [
    # dates (the byline-block time is the header date, its zone outside (extra12); "30-year",
    # "60 months": durations with digits, quantities)
    ("h02", "date", "March 28, 2025 5:51 PM", 0, "2025-03-28T17:51"),
    ("h02", "date", "SAO PAULO, [[March 28]]", 0, "2025-03-28"),
    ("h02", "date", "auction of [[2025]]", 0, "2025"),
    ("h02", "date", "on [[Friday]]", 0, "2025-03-28"),
    ("h02", "date", "in [[January]]", 0, "2025-01"),
    ("h02", "date", "in [[2010]]", 0, "2010"),
    ("h02", "date", "October 2019", 0, "2019-10"),
    ("h02", "date", "On [[March 12]]", 0, "2025-03-12"),
    ("h02", "date", "last year", 0, "2024"),
    ("h02", "date", "on [[Thursday]]", 0, "2025-03-27"),
    ("h02", "date", "last month", 0, "2025-02"),
    ("h02", "date", "for [[October 2025]]", 0, "2025-10"),
    # money (reais -> BRL; pesos in an Argentine context -> ARS; "an estimated": no qualifier (extra5))
    ("h02", "money", "2.6 billion reais", 0, M("2600000000", "BRL")),
    ("h02", "money", "$452 million", 0, M("452000000", "USD")),
    ("h02", "money", "412 million reais", 0, M("412000000", "BRL")),
    ("h02", "money", "some 8.9 billion reais", 0, M("8900000000", "BRL", "approx")),
    ("h02", "money", "10.3 billion reais", 0, M("10300000000", "BRL")),
    ("h02", "money", "1.4 billion reais", 0, M("1400000000", "BRL")),
    ("h02", "money", "120 billion pesos", 0, M("120000000000", "ARS")),
    ("h02", "money", "about $113 million", 0, M("113000000", "USD", "approx")),
    ("h02", "money", "6 billion reais", 1, M("6000000000", "BRL")),
    # quantities ("three substations", "nine lots", "two lots": spelled-out counts; "TAEE11.SA": a
    # stock code; "GMT-3": a time zone)
    ("h02", "quantity", "1,140-km", 0, Q("1140", "km")),
    ("h02", "quantity", "3,600 MVA", 0, Q("3600", "MVA")),
    ("h02", "quantity", "38.7%", 0, Q("38.7", "%")),
    ("h02", "quantity", "30-year", 0, Q("30", "year")),
    ("h02", "quantity", "60 months", 0, Q("60", "month")),
    ("h02", "quantity", "1.8%", 0, Q("1.8", "%")),
    ("h02", "quantity", "more than 16,000 km", 0, Q("16000", "km", "gt")),
    ("h02", "quantity", "2,539-km", 0, Q("2539", "km")),
    ("h02", "quantity", "4,000 MW", 0, Q("4000", "MW")),
    ("h02", "quantity", "1,310 MW", 0, Q("1310", "MW")),
    # organisations ("State Grid Brazil" is the holding's short form; "Mines and Energy Minister": a
    # title naming no body (extra5); "the government", "the company": generic; the reporting line and
    # "Our Standards" are chrome (w10))
    ("h02", "organisation", "State Grid Brazil wins", 0, O(SGBH)),
    ("h02", "organisation", "Reuters", 0, O("Reuters")),
    ("h02", "organisation", SGBH, 0, O(SGBH)),
    ("h02", "organisation", SGCC, 0, O(SGCC)),
    ("h02", "organisation", ANEEL, 0, O(ANEEL)),
    ("h02", "organisation", "([[Aneel]])", 0, O(ANEEL)),
    ("h02", "organisation", "B3", 0, O("B3")),
    ("h02", "organisation", "Elecnor", 0, O("Elecnor")),
    ("h02", "organisation", "Taesa", 0, O("Taesa")),
    ("h02", "organisation", "Taesa", 1, O("Taesa")),
    ("h02", "organisation", "State Grid Brazil, which", 0, O(SGBH)),
    ("h02", "organisation", "with [[Aneel]] in", 0, O(ANEEL)),
    ("h02", "organisation", CGGC, 0, O(CGGC)),
    ("h02", "organisation", "[[Aneel]] plans", 0, O(ANEEL)),
    # places (Brazil/China inside the company names are not tagged; "Belo Monte dam" and the
    # "Jorge Cepernic dam" (a person's name) name no place; "Santa Cruz river" is a river; "Lins
    # Campos" is a person; Buenos Aires is in the chrome reporting line)
    ("h02", "place", "Chinese", 0, CN),
    ("h02", "place", "lot in [[Brazil]] power", 0, BR),
    ("h02", "place", "SAO PAULO", 0, SAO),
    ("h02", "place", "[[Brazil]]'s first", 0, BR),
    ("h02", "place", "Minas Gerais", 0, REG("Minas Gerais", "BR")),
    ("h02", "place", "Bahia", 0, REG("Bahia", "BR")),
    ("h02", "place", "in [[Sao Paulo]] awarded", 0, SAO),
    ("h02", "place", "Spain", 0, C("Spain", "ES")),
    ("h02", "place", '"[[Chinese]] capital', 0, CN),
    ("h02", "place", "Brazilian", 0, BR),
    ("h02", "place", "entered [[Brazil]] in", 0, BR),
    ("h02", "place", "in [[Para]] state", 0, REG("Para", "BR")),
    ("h02", "place", "Rio de Janeiro", 0, CITY("Rio de Janeiro", "BR")),
    ("h02", "place", "Brasilia", 0, CITY("Brasilia", "BR")),
    ("h02", "place", "neighbouring [[Argentina]]", 0, AR),
    ("h02", "place", "in [[Santa Cruz]] province", 0, REG("Santa Cruz", "AR")),
    ("h02", "place", "[[Chinese]] banks", 0, CN),
    ("h02", "place", "[[Argentina]]'s government", 0, AR),
    # events ("won the largest lot", "awarded nine lots", "took two lots": auction awards, no type
    # (x08, extra10); "pledging investments", "plans": intent; "entered Brazil": a market entry, no
    # type; "paid ... in arrears": a payment, no type (x07); the completed line takes its length as
    # its amount (extra14); finishing a building step is construction (extra10))
    ("h02", "event", "completed", 0, E("construction", "2019-10", None, [SGBH], Q("2539", "km"))),
    ("h02", "event", "signed", 0, E("signing", "2025-03-12", "Brasilia", [SGBH, ANEEL], M("1400000000", "BRL"))),
    ("h02", "event", "finished pouring concrete", 0, E("construction", "2025-03-27", "Santa Cruz", [CGGC])),
]

# ================================= h03 Kathmandu Post, Kathmandu (Published at : March 6, 2025)
NP = C("Nepal", "NP")
POKHARA = CITY("Pokhara", "NP")
EXIM = "Export-Import Bank of China"
CAMC = "China CAMC Engineering Co"
CAAN = "Civil Aviation Authority of Nepal"
MOCTCA = "Ministry of Culture, Tourism and Civil Aviation"
A03 = [
    # dates (Bikram Sambat dates keep "BS" and take their Gregorian day (extra7); Nepal's fiscal year
    # read at month precision as July-June (extra7/extra13); "20 years": a quantity; "days after",
    # "so far", "the next budget": no calendar point)
    ("h03", "date", "March 6, 2025", 0, "2025-03-06"),
    ("h03", "date", "on [[Wednesday]]", 0, "2025-03-05"),
    ("h03", "date", "March 2016", 0, "2016-03"),
    ("h03", "date", "January 1, 2023", 0, "2023-01-01"),
    ("h03", "date", "Poush 17, 2079 BS", 0, "2023-01-01"),
    ("h03", "date", "the first half of the fiscal year 2024-25", 0, "2024-07/2024-12"),
    ("h03", "date", "Falgun 20, 2081 BS", 0, "2025-03-04"),
    ("h03", "date", "March 4, 2025", 0, "2025-03-04"),
    ("h03", "date", "last December", 0, "2024-12"),
    # money (Rs in a Nepali paper -> NPR; a crore is ten million, an arba a hundred crore)
    ("h03", "money", "Rs22 billion", 0, M("22000000000", "NPR")),
    ("h03", "money", "$215.96 million", 0, M("215960000", "USD")),
    ("h03", "money", "Rs1.84 billion", 0, M("1840000000", "NPR")),
    ("h03", "money", "Rs 4.5 crore", 0, M("45000000", "NPR")),
    ("h03", "money", "Rs 1.2 arba", 0, M("1200000000", "NPR")),
    # quantities ("a year" outside the span; "second phase": a rank)
    ("h03", "quantity", "2 percent", 0, Q("2", "%")),
    ("h03", "quantity", "20 years", 0, Q("20", "year")),
    ("h03", "quantity", "800,000 passengers", 0, Q("800000", "passenger")),
    ("h03", "quantity", "11 international flights", 0, Q("11", "flight")),
    ("h03", "quantity", "2,500-metre", 0, Q("2500", "m")),
    ("h03", "quantity", "10 projects", 0, Q("10", "project")),
    # organisations ("the House" after its full name, "The ministry", "the government": anaphors;
    # "Finance Minister": a title naming no body (extra5); "Chinese embassy": a demonym before a
    # lower-case noun (extra5); "Singha Durbar": a building; BRI: an initiative; the "Related News"
    # line is chrome)
    ("h03", "organisation", "House of Representatives", 0, O("House of Representatives")),
    ("h03", "organisation", EXIM, 0, O(EXIM)),
    ("h03", "organisation", CAMC, 0, O(CAMC)),
    ("h03", "organisation", CAAN, 0, O(CAAN)),
    ("h03", "organisation", "([[CAAN]])", 0, O(CAAN)),
    ("h03", "organisation", "Buddha Air", 0, O("Buddha Air")),
    ("h03", "organisation", "Nepali Congress", 0, O("Nepali Congress")),
    ("h03", "organisation", MOCTCA, 0, O(MOCTCA)),
    # places (a town in an airport's name is tagged, as in a bridge's (extra8); "Pokhrel Gandaki" is a
    # person; Nepal inside CAAN, "Nepali" inside the party's name are not tagged)
    ("h03", "place", "[[Pokhara]] airport loan", 0, POKHARA),
    ("h03", "place", "as [[China]] calls", 0, CN),
    ("h03", "place", "KATHMANDU", 0, CITY("Kathmandu", "NP")),
    ("h03", "place", "for [[Pokhara]] International", 0, POKHARA),
    ("h03", "place", "a [[Chinese]] embassy", 0, CN),
    ("h03", "place", "[[Nepal]] signed", 0, NP),
    ("h03", "place", "the [[Chinese]] bank", 0, CN),
    ("h03", "place", "that [[Nepal]] had", 0, NP),
    ("h03", "place", "the [[Chinese]] side", 0, CN),
    ("h03", "place", "[[Chinese]] Ambassador", 0, CN),
    ("h03", "place", "Beijing", 0, CITY("Beijing", "CN")),
    ("h03", "place", "a [[Pokhara]] firm", 0, POKHARA),
    # events (MPs' questions, "told the House", "paid", "has sought": no type; "handed over a list":
    # a sub-step of the meeting; the ambassador stands for China, the Prime Minister for Nepal
    # (extra5/extra13); "built by" a contractor with no completion date: construction undated (extra12))
    ("h03", "event", "[[signed]] the $215", 0, E("signing", "2016-03", None, ["Nepal", EXIM], M("215960000", "USD"))),
    ("h03", "event", "built", 0, E("construction", None, "Pokhara", [CAMC])),
    ("h03", "event", "inaugurated", 0, E("ceremony", "2023-01-01", "Pokhara")),
    ("h03", "event", "Song [[met]] Prime", 0, E("meeting", "2025-03-04", None, ["China", "Nepal"])),
    ("h03", "event", "agreement [[signed]] in", 0, E("signing", "2024-12", "Beijing")),
]

ANNOTATIONS = A01 + A02 + A03

if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "h*.txt")
