#!/usr/bin/env python3
"""Build tests/data/extra28/gold.jsonl from hand annotations of the v*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a Bernama story on the
groundbreaking of Kibing's RM3.6 bil solar glass complex in Melaka, with RM bil/mil, US$ and RMB
amounts, hectares, tonnes a day, GW/MW, a JV with a state GLC, a power supply agreement with TNB and a
silica sand MoU witnessed by the Terengganu Menteri Besar; a New Vision story on Sinohydro's handover
of the last Karuma units, with Shs/US$/US cents amounts, MW/GWh/kV, a China Exim loan, a parliamentary
committee, an access-road contract and UETCL's transmission lines; an Ahram Online story on the
inauguration of ZC Rubber's tyre plant in the Sokhna Industrial Zone, with $/EGP/SAR/AED/RMB amounts,
square metres, jobs, a land contract with SCZONE, an SIDF MoU at a Saudi-Chinese forum and a
distributor's order; an SSE announcement of Sinoma International on its subsidiary CBMI's EPC contract
for a cement line in Uzbekistan, with US$/RMB/UZS amounts, percentages, numbered sections, a framework
agreement signed at the Tashkent International Investment Forum and a completed line) written BLIND:
annotated from shared/gold/NOTES.md and shared/spec/facts.md alone, without running bri_corpus on
them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra27/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - "bil" and "mil" after a Bernama RM amount are billion and million ("RM3.6 bil", "US$855 mil");
    "b" in a New Vision headline ("$1.4b") is billion; "US 4.96 cents" is 0.0496 USD (extra6's "US
    cents"), the rate outside the span;
  - "Melaka" as the seat of the project (Rembia, Alor Gajah) and in "Melaka Chief Minister" is the
    state, a region; a Chief Minister stands for his state as a Menteri Besar does (extra15's governor);
    the state name inside the park's name ("Melaka Green Technology Park") is tagged (extra8's park
    call), inside the JV's and the state corporation's names it is not (flat);
  - a state plan's name ("12th Malaysia Plan") is a name: its number is a rank, but the country in it is
    a place, as NOTES' "China-Kazakhstan production capacity cooperation" and x03's CPEC;
  - "(GLC)", a class of company, is no organisation; "Corporate Green Power Programme" and "Vision
    2040" are programmes (no fact, no date);
  - a power supply agreement "for up to 150MW" takes the capacity as its amount (extra21's lease area);
    a sand supply MoU "valued at" a sum takes the sum;
  - a hydropower plant's last units "handed over" by the EPC contractor to the owner at a "handover
    ceremony" is the completion of the building work (construction, extra24's Gribo-Popoli), not an
    aid handover (ceremony, extra20): participants are the builder, the owner, the minister's named
    ministry, the ambassador's country and the financing bank whose officials attended (NOTES'
    attendees); "The plant was built at a cost of" is the same occurrence (extra10);
  - a plant named after its site ("Karuma Hydropower Plant", "Karuma dam", "Ayago plant", "Isimba
    plant") names no place, while transmission lines named after towns ("Karuma-Kawanda",
    "Karuma-Lira") tag the towns (extra15/extra16 vs extra12/extra24);
  - a parliamentary committee that "grilled officials", with no meeting word, holds no meeting event
    (extra15); an "audit" the committee "wants" is intent;
  - "The Office of the Auditor General's report": the office is an organisation, the possessive outside;
  - Uganda's "financial year 2023/24" -> 2023-07/2024-06 (extra24's Kenyan year);
  - a zone named for its town ("Sokhna Industrial Zone") is a zone, its town tagged (extra22); the
    authority that runs it is named by its full name, "SCZONE" its acronym;
  - "Sokhna-made tyres": the town inside a compound adjective is tagged (extra22's "Jakarta-listed")
    and the quantity span keeps the adjective (NOTES' adjectives included);
  - a distributor that "placed an order for 400,000 ... tyres" with the maker named: a commercial order
    anchored on "order", its count the amount (extra23); no date told, so undated;
  - an MoU on a financing sum signed "on the sidelines of" a forum: a signing whose amount is the sum
    (extra21's cost under the MoU), placed and dated by the text; the forum takes that day and city
    (extra23);
  - "the Gulf" (the Arabian Gulf states) is a region spanning several countries, no country code;
  - "a year earlier" after "in 2024" -> 2023 (extra5); a hotline number ("19672") and a law's number
    and year ("Law No. 72 of 2017") are identifiers: no quantity, no date;
  - an SSE announcement's header fields: the stock code and the announcement number ("Lin 2025-058")
    are identifiers (no date, no quantity); "Stock Abbreviation: Sinoma International" is a mention of
    the company (its registered short name); the board's warranty paragraph and the signature block
    are text (extra5);
  - the board meeting that "reviewed" the contract is an internal meeting and a decision: no summit,
    no event; "has undertaken 14 cement production lines" since a year is a tally of many works, no
    event (extra4's aggregates); "new overseas contracts reached" a sum is a tally;
  - "the first three quarters of 2025" -> 2025-01/2025-09 (extra10's "first five months");
  - "a 5,000-tonne-per-day line": the rate inside the hyphenated compound stays outside the span
    ("5,000-tonne", unit t), as extra4's "a day" rates.
Run:  .venv/bin/python tests/data/extra28/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= v01 Bernama, Alor Gajah (22/09/2025 06:48 PM)
MY = C("Malaysia", "MY")
MLK = REG("Melaka", "MY")
TRG = REG("Terengganu", "MY")
BERNAMA = "Bernama"
KIB = "Zhuzhou Kibing Group Co Ltd"
KSM = "Kibing Solar (Melaka) Sdn Bhd"
PKNM = "Melaka State Development Corporation"
MIDA = "Malaysian Investment Development Authority"
TNB = "Tenaga Nasional Bhd"
TI = "Terengganu Incorporated Sdn Bhd"
MPIA = "Malaysian Photovoltaic Industry Association"
A01 = [
    # dates ("year-on-year": no calendar point; "end-2027" -> the year (u08); "five years": a spelled-out
    # duration; the Related News lines and the Tags line are chrome)
    ("v01", "date", "22/09/2025 06:48 PM", 0, "2025-09-22T18:48"),
    ("v01", "date", "Sept 22", 0, "2025-09-22"),
    ("v01", "date", "today", 0, "2025-09-22"),
    ("v01", "date", "end-2027", 0, "2027"),
    ("v01", "date", "the third quarter of 2026", 0, "2026-Q3"),
    ("v01", "date", "in [[July]]", 0, "2025-07"),
    ("v01", "date", "in [[May]]", 0, "2025-05"),
    ("v01", "date", "On [[Friday]]", 0, "2025-09-19"),
    ("v01", "date", "Sept 15", 0, "2025-09-15"),
    ("v01", "date", "March 2023", 0, "2023-03"),
    ("v01", "date", "last year", 0, "2024"),
    ("v01", "date", "the first half of 2025", 0, "2025-H1"),
    # money ("bil"/"mil" are billion/million; "worth", "valued at": no qualifier; "about": approx)
    ("v01", "money", "RM3.6 bil", 0, M("3600000000", "MYR")),
    ("v01", "money", "RM3.6 bil", 1, M("3600000000", "MYR")),
    ("v01", "money", "about US$855 mil", 0, M("855000000", "USD", "approx")),
    ("v01", "money", "RM1.4 bil", 0, M("1400000000", "MYR")),
    ("v01", "money", "RM120 mil", 0, M("120000000", "MYR")),
    ("v01", "money", "RM260 mil", 0, M("260000000", "MYR")),
    ("v01", "money", "RM410 mil", 0, M("410000000", "MYR")),
    ("v01", "money", "RMB2.9 billion", 0, M("2900000000", "CNY")),
    ("v01", "money", "RM14.2 bil", 0, M("14200000000", "MYR")),
    ("v01", "money", "RM25 bil", 0, M("25000000000", "MYR")),
    # quantities ("601636.SH": a stock code; "four furnaces", "four ... producers", "five years":
    # spelled-out; "12th": a rank; "a day", "a year", "annually": rates outside; "600 units" without its
    # of-complement (NOTES); "the remaining 30 per cent": no qualifier)
    ("v01", "quantity", "70 per cent", 0, Q("70", "%")),
    ("v01", "quantity", "30 per cent", 0, Q("30", "%")),
    ("v01", "quantity", "81 hectares", 0, Q("81", "ha")),
    ("v01", "quantity", "4,800 tonnes", 0, Q("4800", "t")),
    ("v01", "quantity", "about 20GW", 0, Q("20", "GW", "approx")),
    ("v01", "quantity", "1,100 jobs", 0, Q("1100", "job")),
    ("v01", "quantity", "about 1,800 workers", 0, Q("1800", "worker", "approx")),
    ("v01", "quantity", "85 per cent", 0, Q("85", "%")),
    ("v01", "quantity", "12km", 0, Q("12", "km")),
    ("v01", "quantity", "600 units", 0, Q("600", "unit")),
    ("v01", "quantity", "15-year", 0, Q("15", "year")),
    ("v01", "quantity", "up to 150MW", 0, Q("150", "MW", "le")),
    ("v01", "quantity", "45MW", 0, Q("45", "MW")),
    ("v01", "quantity", "some 1.1 million tonnes", 0, Q("1100000", "t", "approx")),
    ("v01", "quantity", "about 480km", 0, Q("480", "km", "approx")),
    ("v01", "quantity", "51 per cent", 0, Q("51", "%")),
    ("v01", "quantity", "18 per cent", 0, Q("18", "%")),
    ("v01", "quantity", "6.3 per cent", 0, Q("6.3", "%")),
    ("v01", "quantity", "up to 12 per cent", 0, Q("12", "%", "le")),
    ("v01", "quantity", "37 solar manufacturing projects", 0, Q("37", "project")),
    # organisations ("(Bernama)" and the closing "-- BERNAMA" are the agency (s03); "Chief Minister",
    # "Deputy Investment, Trade and Industry Minister", "Menteri Besar": titles naming no body; "the state
    # government", "(GLC)", "the group": generic; the JV is its own organisation (extra21's BYD call))
    ("v01", "organisation", "(Bernama)", 0, O(BERNAMA)),
    ("v01", "organisation", KIB, 0, O(KIB)),
    ("v01", "organisation", KSM, 0, O(KSM)),
    ("v01", "organisation", "which [[Kibing]] holds", 0, O(KIB)),
    ("v01", "organisation", PKNM, 0, O(PKNM)),
    ("v01", "organisation", "(PKNM)", 0, O(PKNM)),
    ("v01", "organisation", MIDA, 0, O(MIDA)),
    ("v01", "organisation", "(MIDA)", 0, O(MIDA)),
    ("v01", "organisation", "visited [[Kibing]]'s", 0, O(KIB)),
    ("v01", "organisation", "[[PKNM]] would", 0, O(PKNM)),
    ("v01", "organisation", "[[Kibing Solar]] signed", 0, O(KSM)),
    ("v01", "organisation", TNB, 0, O(TNB)),
    ("v01", "organisation", "(TNB)", 0, O(TNB)),
    ("v01", "organisation", "[[Kibing]] signed a memorandum", 0, O(KIB)),
    ("v01", "organisation", TI, 0, O(TI)),
    ("v01", "organisation", "(TI)", 0, O(TI)),
    ("v01", "organisation", "said [[Kibing]] vice", 0, O(KIB)),
    ("v01", "organisation", "[[Kibing]] entered", 0, O(KIB)),
    ("v01", "organisation", MPIA, 0, O(MPIA)),
    ("v01", "organisation", "(MPIA)", 0, O(MPIA)),
    ("v01", "organisation", "[[MPIA]] president", 0, O(MPIA)),
    ("v01", "organisation", "-- [[BERNAMA]]", 0, O(BERNAMA)),
    # places ("the east coast": generic; "Wang Hainan" is a person; Zhuzhou/Melaka/Terengganu/Malaysia
    # inside the companies' and the association's names are not tagged; "US tariffs": the country)
    ("v01", "place", "complex in [[Melaka]]", 0, MLK),
    ("v01", "place", "ALOR GAJAH", 0, CITY("Alor Gajah", "MY")),
    ("v01", "place", "[[Shanghai]]-listed", 0, CITY("Shanghai", "CN")),
    ("v01", "place", "the [[Melaka]] Green", 0, MLK),
    ("v01", "place", "Rembia", 0, CITY("Rembia", "MY")),
    ("v01", "place", "outside [[China]]", 0, CN),
    ("v01", "place", "[[Melaka]] Chief Minister", 0, MLK),
    ("v01", "place", "[[Chinese]] Ambassador", 0, CN),
    ("v01", "place", "Ambassador to [[Malaysia]]", 0, MY),
    ("v01", "place", "of them [[Malaysians]]", 0, MY),
    ("v01", "place", "from [[Jasin]]", 0, CITY("Jasin", "MY")),
    ("v01", "place", "plants in [[Zhuzhou]]", 0, CITY("Zhuzhou", "CN")),
    ("v01", "place", "Hunan", 0, REG("Hunan", "CN")),
    ("v01", "place", "in [[Kuala Terengganu]]", 0, CITY("Kuala Terengganu", "MY")),
    ("v01", "place", "[[Terengganu]] Menteri Besar", 0, TRG),
    ("v01", "place", "in [[Kemaman]]", 0, CITY("Kemaman", "MY")),
    ("v01", "place", "480km to [[Melaka]]", 0, MLK),
    ("v01", "place", "Kibing entered [[Malaysia]]", 0, MY),
    ("v01", "place", "Kota Kinabalu", 0, CITY("Kota Kinabalu", "MY")),
    ("v01", "place", "Sabah", 0, REG("Sabah", "MY")),
    ("v01", "place", "said [[Malaysia]] exported", 0, MY),
    ("v01", "place", "as [[US]] tariffs", 0, C("US", "US")),
    ("v01", "place", "four [[Southeast Asian]] producers", 0, REG("Southeast Asia")),
    ("v01", "place", "the [[Melaka]] project", 0, MLK),
    ("v01", "place", "12th [[Malaysia]] Plan", 0, MY),
    # events (the headline "breaks ground" anchors the groundbreaking that "broke ground" and "The
    # ceremony" retell, its cost in the headline phrase its amount (extra23); the Chief Minister stands for
    # Melaka, the deputy minister (no body named) for Malaysia, the ambassador for China; "will be built",
    # "will start production", "would also build", "will come", "will be washed": future; "had approved",
    # "had allocated", "had been approved": decisions/financing; "rose", "exported": figures)
    ("v01", "event", "breaks ground", 0,
     E("construction", "2025-09-22", "Rembia", [KIB, "Melaka", "Malaysia", "China"], M("3600000000", "MYR"))),
    ("v01", "event", "visited", 0, E("visit", "2025-05", "Zhuzhou", ["Melaka", KIB])),
    ("v01", "event", "Kibing Solar [[signed]]", 0, E("signing", "2025-09-19", None, [KSM, TNB], Q("150", "MW", "le"))),
    ("v01", "event", "Kibing [[signed]] a memorandum", 0,
     E("signing", "2025-09-15", "Kuala Terengganu", [KIB, TI, "Terengganu"], M("260000000", "MYR"))),
    ("v01", "event", "acquiring", 0, E("investment", "2023-03", "Kota Kinabalu", [KIB], M("410000000", "MYR"))),
]

# ================================= v02 New Vision, Kampala (Added 14th August 2025 07:35 AM)
UG = C("Uganda", "UG")
KARUMA = CITY("Karuma", "UG")
NV = "New Vision"
SINO = "Sinohydro Corporation"
UEGCL = "Uganda Electricity Generation Company Limited"
MEMD = "Ministry of Energy and Mineral Development"
EXIM = "Export-Import Bank of China"
CPI = "Committee on Physical Infrastructure"
MOFPED = "Ministry of Finance, Planning and Economic Development"
UETCL = "Uganda Electricity Transmission Company Limited"
OAG = "Office of the Auditor General"
A02 = [
    # dates ("at present", "now": bare adverbs; "a seven-year grace period": a spelled-out duration;
    # "Vision 2040": a programme's name; "the end of last month" -> the month (NOTES' "the end of
    # January"); the Related line, the feedback line and the copyright line are chrome)
    ("v02", "date", "14th August 2025 07:35 AM", 0, "2025-08-14T07:35"),
    ("v02", "date", "on [[Tuesday]]", 0, "2025-08-12"),
    ("v02", "date", "December 2018", 0, "2018-12"),
    ("v02", "date", "August 2013", 0, "2013-08"),
    ("v02", "date", "in [[2021]]", 0, "2021"),
    ("v02", "date", "June 30", 0, "2025-06-30"),
    ("v02", "date", "September 2023", 0, "2023-09"),
    ("v02", "date", "the end of last month", 0, "2025-07"),
    ("v02", "date", "On [[Wednesday]]", 0, "2025-08-13"),
    ("v02", "date", "on [[Monday]]", 0, "2025-08-11"),
    ("v02", "date", "March 2024", 0, "2024-03"),
    ("v02", "date", "December last year", 0, "2024-12"),
    ("v02", "date", "the financial year 2023/24", 0, "2023-07/2024-06"),
    ("v02", "date", "the end of June 2024", 0, "2024-06"),
    ("v02", "date", "in [[October]]", 0, "2025-10"),
    ("v02", "date", "March 2019", 0, "2019-03"),
    # money (Shs -> UGX (extra14); "$1.4b": billion; "US 4.96 cents" -> 0.0496 USD, the rate outside;
    # "about": approx)
    ("v02", "money", "$1.4b", 0, M("1400000000", "USD")),
    ("v02", "money", "about US$1.7 billion", 0, M("1700000000", "USD", "approx")),
    ("v02", "money", "about Shs6.2 trillion", 0, M("6200000000000", "UGX", "approx")),
    ("v02", "money", "US$1.44 billion", 0, M("1440000000", "USD")),
    ("v02", "money", "US$386 million", 0, M("386000000", "USD")),
    ("v02", "money", "US 4.96 cents", 0, M("0.0496", "USD")),
    ("v02", "money", "Shs412 billion", 0, M("412000000000", "UGX")),
    ("v02", "money", "Shs412bn", 0, M("412000000000", "UGX")),
    ("v02", "money", "Shs96 billion", 0, M("96000000000", "UGX")),
    ("v02", "money", "about US$3.9 billion", 0, M("3900000000", "USD", "approx")),
    ("v02", "money", "US$1.2 billion", 0, M("1200000000", "USD")),
    # quantities ("three generating units", "six units", "a single unit", "seven-year": spelled-out;
    # "40-bed": a hyphenated count adjective (extra20); "a year" outside; the SMS number is chrome; the
    # Related line's "1,443km" and "60 percent" are chrome)
    ("v02", "quantity", "final [[300MW]]", 0, Q("300", "MW")),
    ("v02", "quantity", "600MW", 0, Q("600", "MW")),
    ("v02", "quantity", "85 percent", 0, Q("85", "%")),
    ("v02", "quantity", "about 4,400 gigawatt-hours", 0, Q("4400", "GWh", "approx")),
    ("v02", "quantity", "2 percent", 0, Q("2", "%")),
    ("v02", "quantity", "20-year", 0, Q("20", "year")),
    ("v02", "quantity", "3,110 gigawatt-hours", 0, Q("3110", "GWh")),
    ("v02", "quantity", "14km", 0, Q("14", "km")),
    ("v02", "quantity", "248km", 0, Q("248", "km")),
    ("v02", "quantity", "400kV", 0, Q("400", "kV")),
    ("v02", "quantity", "75km", 0, Q("75", "km")),
    ("v02", "quantity", "roughly 28 percent", 0, Q("28", "%", "approx")),
    ("v02", "quantity", "360MW", 0, Q("360", "MW")),
    ("v02", "quantity", "6,200 Ugandan workers", 0, Q("6200", "worker")),
    ("v02", "quantity", "183MW", 0, Q("183", "MW")),
    ("v02", "quantity", "52,000MW", 0, Q("52000", "MW")),
    ("v02", "quantity", "about 2,050MW", 0, Q("2050", "MW", "approx")),
    # organisations (the masthead is the paper (extra23); "Minister of Energy and Mineral Development":
    # a title (extra5), the ministry named later; "Parliament", "Government", "the committee", "Energy
    # ministry", "MPs": generic; "China Exim Bank" is the Export-Import Bank of China; "Vision Group" in
    # the copyright line is chrome; Uganda/China inside the companies' and the bank's names not tagged)
    ("v02", "organisation", "NEW VISION", 0, O(NV)),
    ("v02", "organisation", "[[Sinohydro]] hands", 0, O(SINO)),
    ("v02", "organisation", SINO, 0, O(SINO)),
    ("v02", "organisation", UEGCL, 0, O(UEGCL)),
    ("v02", "organisation", "(UEGCL)", 0, O(UEGCL)),
    ("v02", "organisation", EXIM, 0, O(EXIM)),
    ("v02", "organisation", "a [[China Exim Bank]] loan", 0, O(EXIM)),
    ("v02", "organisation", "the [[Ministry of Energy and Mineral Development]]", 0, O(MEMD)),
    ("v02", "organisation", "[[UEGCL]] chief", 0, O(UEGCL)),
    ("v02", "organisation", CPI, 0, O(CPI)),
    ("v02", "organisation", MOFPED, 0, O(MOFPED)),
    ("v02", "organisation", "that [[Sinohydro]] and", 0, O(SINO)),
    ("v02", "organisation", "and [[UEGCL]] signed", 0, O(UEGCL)),
    ("v02", "organisation", UETCL, 0, O(UETCL)),
    ("v02", "organisation", "(UETCL)", 0, O(UETCL)),
    ("v02", "organisation", OAG, 0, O(OAG)),
    ("v02", "organisation", "with [[China Exim Bank]] would", 0, O(EXIM)),
    ("v02", "organisation", "[[Sinohydro]], which employed", 0, O(SINO)),
    # places ("Brian Okello Masindi", "Patrick Lira Okot", "Irene Nakato Kasese" are persons; "Karuma
    # dam", "Karuma Hydropower Plant", "Karuma is now fully ours", "Ayago plant", "Isimba plant": plants
    # named after their sites, no place; the lines' towns are tagged; "the national grid": generic)
    ("v02", "place", "KAMPALA", 0, CITY("Kampala", "UG")),
    ("v02", "place", "[[China]]'s Sinohydro", 0, CN),
    ("v02", "place", "Kiryandongo", 0, REG("Kiryandongo", "UG")),
    ("v02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("v02", "place", "Ambassador to [[Uganda]]", 0, UG),
    ("v02", "place", "[[Uganda]] started", 0, UG),
    ("v02", "place", "Nwoya", 0, REG("Nwoya", "UG")),
    ("v02", "place", "248km [[Karuma]]-Kawanda", 0, KARUMA),
    ("v02", "place", "Kawanda", 0, CITY("Kawanda", "UG")),
    ("v02", "place", "75km [[Karuma]]-Lira", 0, KARUMA),
    ("v02", "place", "Karuma-[[Lira]] line", 0, CITY("Lira", "UG")),
    ("v02", "place", "by [[Chinese]] loans", 0, CN),
    ("v02", "place", "that [[Uganda]] owed", 0, UG),
    ("v02", "place", "[[Chinese]] lenders", 0, CN),
    ("v02", "place", "Beijing", 0, CITY("Beijing", "CN")),
    ("v02", "place", "6,200 [[Ugandan]] workers", 0, UG),
    ("v02", "place", "[[Uganda]] targets", 0, UG),
    # events (the headline "hands over" anchors the completion handover (construction, extra24) that
    # "handed over", "The handover ceremony" and "The plant was built" retell; its amount the 300MW handed
    # over; the minister stands for her named ministry, the ambassador for China, the bank's officials
    # attended; "a China Exim Bank loan signed in August 2013": a signing with the bank, the loan its
    # amount; "entered commercial operation": no type (extra24); "had generated ... by the end of last
    # month": production without point date (extra24); "started repaying", "had paid": payments;
    # "grilled": no meeting word (extra15); "wants an audit", "is now negotiating", "would resume",
    # "targets": intent; UETCL's "completed" covers two lines (NOTES' 004), each with its length; "has also
    # built" the Isimba plant: an undated construction with its size (extra12/extra14); "was
    # commissioned in March 2019": its opening (ceremony, extra17), no party named; "financed": financing)
    ("v02", "event", "hands over", 0,
     E("construction", "2025-08-12", "Kiryandongo", [SINO, UEGCL, MEMD, "China", EXIM], Q("300", "MW"))),
    ("v02", "event", "loan [[signed]] in", 0, E("signing", "2013-08", None, [EXIM], M("1440000000", "USD"))),
    ("v02", "event", "had [[generated]]", 0, E("production", None, None, None, Q("3110", "GWh"))),
    ("v02", "event", "UEGCL [[signed]] on Monday", 0,
     E("signing", "2025-08-11", None, [SINO, UEGCL], M("96000000000", "UGX"))),
    ("v02", "event", "(UETCL) [[completed]]", 0, E("construction", "2024-03", None, [UETCL], Q("248", "km"))),
    ("v02", "event", "(UETCL) [[completed]]", 0, E("construction", "2024-12", None, [UETCL], Q("75", "km"))),
    ("v02", "event", "also [[built]]", 0, E("construction", None, None, [SINO], Q("183", "MW"))),
    ("v02", "event", "commissioned", 0, E("ceremony", "2019-03")),
]

# ================================= v03 Ahram Online (Sunday 12 Oct 2025)
EG = C("Egypt", "EG")
SOKHNA = CITY("Sokhna", "EG")
GULF = REG("Gulf")
AO = "Ahram Online"
ZCR = "Zhongce Rubber Group Co., Ltd."
SCZ = "General Authority for the Suez Canal Economic Zone"
CSCEC = "China State Construction Engineering Corporation"
SIDF = "Saudi Industrial Development Fund"
ANT = "Al Noor Tyres Trading LLC"
CAPMAS = "Central Agency for Public Mobilization and Statistics"
SCIF = "Saudi-Chinese Investment Forum"
A03 = [
    # dates (a byline date with its weekday (extra18); "to date": a bare adverb; "a year earlier" after
    # "in 2024" -> 2023 (extra5); "Law No. 72 of 2017": an identifier; "year" in "fiscal year 2024/2025"
    # stays in the span; the short link and the keywords are chrome)
    ("v03", "date", "Sunday 12 Oct 2025", 0, "2025-10-12"),
    ("v03", "date", "on [[Saturday]]", 0, "2025-10-11"),
    ("v03", "date", "in [[2027]]", 0, "2027"),
    ("v03", "date", "the first quarter of 2026", 0, "2026-Q1"),
    ("v03", "date", "fiscal year 2024/2025", 0, "2024-07/2025-06"),
    ("v03", "date", "last month", 0, "2025-09"),
    ("v03", "date", "On [[24 September]]", 0, "2025-09-24"),
    ("v03", "date", "billion in [[2024]]", 0, "2024"),
    ("v03", "date", "last year", 0, "2024"),
    ("v03", "date", "million in [[2024]]", 0, "2024"),
    ("v03", "date", "a year earlier", 0, "2023"),
    ("v03", "date", "by [[2030]]", 0, "2030"),
    ("v03", "date", "in [[September]].", 0, "2025-09"),
    # money ("mln"/"bln": million/billion; "some", "about": approx; "a year" outside)
    ("v03", "money", "$650 mln", 0, M("650000000", "USD")),
    ("v03", "money", "EGP 5 bln", 0, M("5000000000", "EGP")),
    ("v03", "money", "$650 million", 0, M("650000000", "USD")),
    ("v03", "money", "some $400 million", 0, M("400000000", "USD", "approx")),
    ("v03", "money", "EGP 5 billion", 0, M("5000000000", "EGP")),
    ("v03", "money", "about $103 million", 0, M("103000000", "USD", "approx")),
    ("v03", "money", "$3.7 billion", 0, M("3700000000", "USD")),
    ("v03", "money", "SAR 2.1 billion", 0, M("2100000000", "SAR")),
    ("v03", "money", "US$560 million", 0, M("560000000", "USD")),
    ("v03", "money", "AED 115 million", 0, M("115000000", "AED")),
    ("v03", "money", "RMB 38.9 billion", 0, M("38900000000", "CNY")),
    ("v03", "money", "$610 million", 0, M("610000000", "USD")),
    ("v03", "money", "$780 million", 0, M("780000000", "USD")),
    # quantities (adjectives stay in the span (NOTES); "one of three": spelled-out; "a year" outside;
    # "19672" a hotline number, "No. 72" an identifier; "by half": no number)
    ("v03", "quantity", "320,000 square metres", 0, Q("320000", "m2")),
    ("v03", "quantity", "6 million passenger car tyres", 0, Q("6000000", "tyre")),
    ("v03", "quantity", "1.2 million truck and bus radial tyres", 0, Q("1200000", "tyre")),
    ("v03", "quantity", "1,450 workers", 0, Q("1450", "worker")),
    ("v03", "quantity", "92 percent", 0, Q("92", "%")),
    ("v03", "quantity", "3,000 direct jobs", 0, Q("3000", "job")),
    ("v03", "quantity", "about 70 percent", 0, Q("70", "%", "approx")),
    ("v03", "quantity", "250,000 square metres", 0, Q("250000", "m2")),
    ("v03", "quantity", "more than 40 percent", 0, Q("40", "%", "gt")),
    ("v03", "quantity", "3 million tyres", 0, Q("3000000", "tyre")),
    ("v03", "quantity", "400,000 Sokhna-made tyres", 0, Q("400000", "tyre")),
    ("v03", "quantity", "1.6 million tyres", 0, Q("1600000", "tyre")),
    ("v03", "quantity", "30 percent", 0, Q("30", "%")),
    ("v03", "quantity", "2,300 investor requests", 0, Q("2300", "request")),
    # organisations (the masthead is the outlet; "ZC Rubber" is the group's short form; "Minister of
    # Investment and Foreign Trade": a title naming no body (extra5); "SCZONE Chairman", "ZC Rubber
    # Chairman" tag the bodies (y07); "the authority", "the company", "the group", "the government":
    # generic; places inside the authority's, the fund's and the forum's names are not tagged)
    ("v03", "organisation", AO, 0, O(AO)),
    ("v03", "organisation", "giant [[ZC Rubber]] opens", 0, O(ZCR)),
    ("v03", "organisation", ZCR, 0, O(ZCR)),
    ("v03", "organisation", "([[ZC Rubber]])", 0, O(ZCR)),
    ("v03", "organisation", SCZ, 0, O(SCZ)),
    ("v03", "organisation", "(SCZONE)", 0, O(SCZ)),
    ("v03", "organisation", "[[SCZONE]] Chairman", 0, O(SCZ)),
    ("v03", "organisation", "[[ZC Rubber]] Chairman", 0, O(ZCR)),
    ("v03", "organisation", CSCEC, 0, O(CSCEC)),
    ("v03", "organisation", "(CSCEC)", 0, O(CSCEC)),
    ("v03", "organisation", "[[ZC Rubber]] and SCZONE", 0, O(ZCR)),
    ("v03", "organisation", "ZC Rubber and [[SCZONE]]", 0, O(SCZ)),
    ("v03", "organisation", "[[ZC Rubber]]'s Egypt", 0, O(ZCR)),
    ("v03", "organisation", "[[SCZONE]] attracted", 0, O(SCZ)),
    ("v03", "organisation", "[[ZC Rubber]] signed a memorandum", 0, O(ZCR)),
    ("v03", "organisation", SIDF, 0, O(SIDF)),
    ("v03", "organisation", "(SIDF)", 0, O(SIDF)),
    ("v03", "organisation", ANT, 0, O(ANT)),
    ("v03", "organisation", "[[ZC Rubber]]'s largest", 0, O(ZCR)),
    ("v03", "organisation", "[[ZC Rubber]], which posted", 0, O(ZCR)),
    ("v03", "organisation", CAPMAS, 0, O(CAPMAS)),
    ("v03", "organisation", "(CAPMAS)", 0, O(CAPMAS)),
    # places (the zone's town is tagged (extra22); "the zone": generic; "the Gulf" a region without a
    # country; "Tarek El-Dumyati" is a person; "Saudi"/"Chinese" inside the forum's name and "Saudi"
    # inside the fund's name are not tagged)
    ("v03", "place", "[[Chinese]] tyre giant", 0, CN),
    ("v03", "place", "mln [[Sokhna]] plant", 0, SOKHNA),
    ("v03", "place", "[[China]]'s Zhongce", 0, CN),
    ("v03", "place", "the [[Sokhna]] Industrial Zone", 0, SOKHNA),
    ("v03", "place", "largest [[Chinese]] manufacturing", 0, CN),
    ("v03", "place", "[[Chinese]] Ambassador", 0, CN),
    ("v03", "place", "Ambassador to [[Egypt]]", 0, EG),
    ("v03", "place", "of them [[Egyptians]]", 0, EG),
    ("v03", "place", "to [[Europe]],", 0, REG("Europe")),
    ("v03", "place", "[[Africa]] and the Gulf", 0, REG("Africa")),
    ("v03", "place", "and the [[Gulf]], earning", 0, GULF),
    ("v03", "place", "square metres in [[Sokhna]]", 0, SOKHNA),
    ("v03", "place", "Rubber's [[Egypt]] general", 0, EG),
    ("v03", "place", "which [[Chinese]] companies", 0, CN),
    ("v03", "place", "[[Gulf]] push", 0, GULF),
    ("v03", "place", "The [[Egyptian]] plant", 0, EG),
    ("v03", "place", "[[Hangzhou]]-based", 0, CITY("Hangzhou", "CN")),
    ("v03", "place", "outside [[Asia]]", 0, REG("Asia")),
    ("v03", "place", "Forum in [[Riyadh]]", 0, CITY("Riyadh", "SA")),
    ("v03", "place", "Yanbu", 0, CITY("Yanbu", "SA")),
    ("v03", "place", "[[Dubai]]-based", 0, CITY("Dubai", "AE")),
    ("v03", "place", "distributor in the [[Gulf]]", 0, GULF),
    ("v03", "place", "[[Sokhna]]-made", 0, SOKHNA),
    ("v03", "place", "the [[Middle East]]", 0, REG("Middle East")),
    ("v03", "place", "[[Egypt]]'s tyre", 0, EG),
    # summits (a forum placed and dated by the signing told at it (extra23))
    ("v03", "summit", SCIF, 0, S(SCIF, "2025-09-24", "Riyadh")),
    # events (the headline "opens" anchors the inauguration (extra26), the plant's cost in the same
    # clause its amount (extra17), the minister (no body named) standing for Egypt, the ambassador for
    # China, the SCZONE chairman for the authority; "built by" CSCEC: an undated construction placed by
    # the plant, its site area its size; the land contract "Following the opening" takes the ceremony's
    # day and place, the area its amount (extra21's lease); "The contract was signed by": the same
    # occurrence; "would begin", "is expected to create", "would be exported", "is building", "aims":
    # future or under way; "attracted", "posted", "exported", "fell", "handled": figures)
    ("v03", "event", "opens", 0,
     E("ceremony", "2025-10-11", "Sokhna", [ZCR, "Egypt", SCZ, "China"], M("650000000", "USD"))),
    ("v03", "event", "[[built]] by China", 0, E("construction", None, "Sokhna", [CSCEC], Q("320000", "m2"))),
    ("v03", "event", "SCZONE [[signed]] a contract", 0,
     E("signing", "2025-10-11", "Sokhna", [ZCR, SCZ], Q("250000", "m2"))),
    ("v03", "event", "ZC Rubber [[signed]] a memorandum", 0,
     E("signing", "2025-09-24", "Riyadh", [ZCR, SIDF], M("2100000000", "SAR"))),
    ("v03", "event", "an [[order]] for", 0, E("order", None, None, [ANT, ZCR], Q("400000", "tyre"))),
]

# ================================= v04 SSE announcement of Sinoma International (20 November 2025)
UZ = C("Uzbekistan", "UZ")
TAS = CITY("Tashkent", "UZ")
SIN = "Sinoma International Engineering Co., Ltd."
CBMI = "CBMI Construction Co., Ltd."
KCP = "Karshi Cement Plant LLC"
UBMH = "Uzbekistan Building Materials Holding JSC"
OCI = "Orient Cement Investment Limited"
TIIF = "4th Tashkent International Investment Forum"
A04 = [
    # dates ("Lin 2025-058" an announcement number: no date; "the effective date", "upon signature": no
    # calendar point; "monthly" a rate)
    ("v04", "date", "for [[2026]] and", 0, "2026"),
    ("v04", "date", "2026 and [[2027]]", 0, "2027"),
    ("v04", "date", "18 November 2025", 0, "2025-11-18"),
    ("v04", "date", "revenue for [[2024]]", 0, "2024"),
    ("v04", "date", "17 November 2025", 0, "2025-11-17"),
    ("v04", "date", "10 June 2025", 0, "2025-06-10"),
    ("v04", "date", "the first half of 2028", 0, "2028-H1"),
    ("v04", "date", "Since [[2017]]", 0, "2017"),
    ("v04", "date", "March 2025", 0, "2025-03"),
    ("v04", "date", "the first three quarters of 2025", 0, "2025-01/2025-09"),
    ("v04", "date", "20 November 2025", 0, "2025-11-20"),
    # money ("approximately": approx; "up to": le)
    ("v04", "money", "US$218.6 million", 0, M("218600000", "USD")),
    ("v04", "money", "approximately RMB1,556 million", 0, M("1556000000", "CNY", "approx")),
    ("v04", "money", "US$218.6 million", 1, M("218600000", "USD")),
    ("v04", "money", "UZS 850 billion", 0, M("850000000000", "UZS")),
    ("v04", "money", "up to US$160 million", 0, M("160000000", "USD", "le")),
    ("v04", "money", "RMB 31.7 billion", 0, M("31700000000", "CNY")),
    # quantities ("Stock Code: 600970", section and list numbers, "Section IV": identifiers; "12th
    # meeting", "eighth session", "4th": ranks; "per day" and "-per-day" outside the span)
    ("v04", "quantity", "6,000 tonnes", 0, Q("6000", "t")),
    ("v04", "quantity", "approximately 3.42%", 0, Q("3.42", "%", "approx")),
    ("v04", "quantity", "[[51%]])", 0, Q("51", "%")),
    ("v04", "quantity", "[[49%]])", 0, Q("49", "%")),
    ("v04", "quantity", "12 MW", 0, Q("12", "MW")),
    ("v04", "quantity", "3.8-kilometre", 0, Q("3.8", "km")),
    ("v04", "quantity", "26 months", 0, Q("26", "month")),
    ("v04", "quantity", "15%", 0, Q("15", "%")),
    ("v04", "quantity", "30 days", 0, Q("30", "day")),
    ("v04", "quantity", "70%", 0, Q("70", "%")),
    ("v04", "quantity", "14 cement production lines", 0, Q("14", "line")),
    ("v04", "quantity", "5,000-tonne", 0, Q("5000", "t")),
    ("v04", "quantity", "9.8%", 0, Q("9.8", "%")),
    # organisations ("Stock Abbreviation: Sinoma International" names the company; "the Board of
    # Directors" is an internal unit (NOTES), the company named in the signature block's phrase is
    # tagged; "the Company", "the Owner", "the Contract": generic; places inside the owner's, the
    # holding's and the bank's names are not tagged)
    ("v04", "organisation", "Abbreviation: [[Sinoma International]]", 0, O(SIN)),
    ("v04", "organisation", "SINOMA INTERNATIONAL ENGINEERING CO., LTD.", 0, O(SIN)),
    ("v04", "organisation", CBMI, 0, O(CBMI)),
    ("v04", "organisation", '("[[CBMI]]")', 0, O(CBMI)),
    ("v04", "organisation", SIN, 0, O(SIN)),
    ("v04", "organisation", KCP, 0, O(KCP)),
    ("v04", "organisation", "signed by [[CBMI]] and", 0, O(CBMI)),
    ("v04", "organisation", KCP, 1, O(KCP)),
    ("v04", "organisation", UBMH, 0, O(UBMH)),
    ("v04", "organisation", OCI, 0, O(OCI)),
    ("v04", "organisation", "Export-Import Bank of China", 0, O("Export-Import Bank of China")),
    ("v04", "organisation", "[[CBMI]] completed", 0, O(CBMI)),
    ("v04", "organisation", SIN, 1, O(SIN)),
    # places (the country as written, "the" outside (h01); Tashkent inside the forum's name not tagged;
    # "US dollars", a currency's name, is no place)
    ("v04", "place", "in [[Tashkent]], the", 0, TAS),
    ("v04", "place", "Republic of Uzbekistan", 0, C("Republic of Uzbekistan", "UZ")),
    ("v04", "place", "Kashkadarya Region", 0, REG("Kashkadarya Region", "UZ")),
    ("v04", "place", "[[Hong Kong]]-based", 0, CITY("Hong Kong", "HK")),
    ("v04", "place", "lines in [[Uzbekistan]]", 0, UZ),
    ("v04", "place", "in [[Navoi]]", 0, CITY("Navoi", "UZ")),
    # summits (the ordinal stays in the name (h01); the date and the city as the text gives them)
    ("v04", "summit", TIIF, 0, S(TIIF, "2025-06-10", "Tashkent")),
    # events (the headline "SIGNING" anchors the contract (h01), signed in Tashkent, its sum the amount;
    # the framework agreement signed at the forum is its own occurrence; "reviewed" by the board: a
    # decision; "has undertaken": a tally (extra4); "completed a ... line": the completion of a building
    # work, its capacity its size; "takes effect", "intends to fund", "are expected": future)
    ("v04", "event", "SIGNING", 0, E("signing", "2025-11-18", "Tashkent", [CBMI, KCP], M("218600000", "USD"))),
    ("v04", "event", "Project was [[signed]]", 0, E("signing", "2025-06-10", "Tashkent", [CBMI, KCP])),
    ("v04", "event", "CBMI [[completed]]", 0, E("construction", "2025-03", "Navoi", [CBMI], Q("5000", "t"))),
]

ANNOTATIONS = A01 + A02 + A03 + A04

if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "v*.txt")
