#!/usr/bin/env python3
"""Build tests/data/extra39/gold.jsonl from hand annotations of the ag*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a Nation Thailand story on
the Thai-Chinese high-speed railway contracts with baht amounts, a cabinet resolution and a joint
committee meeting; a Valor International story on a Chinese-built 800 kV UHVDC line in Brazil with
R$/reais/US$ amounts and a governor's inauguration; a Himalayan Times story on a Kerung-Kathmandu
road MoU during a Chinese vice minister's visit, with RMB/Rs/NPR/US$ amounts and a parliamentary
committee; a CRCC quarterly overseas-contracts release with ISO dates and a list of projects by
country) written BLIND: annotated from shared/gold/NOTES.md and shared/spec/facts.md alone, without
running bri_corpus on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in the earlier sets' make_gold.py files; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - a Valor International header "09/10/2025 7:15 AM" is day/month/year (a Brazilian outlet, as
    extra30's VnExpress header): 2025-10-09T07:15;
  - Nepal's fiscal year (1 Shrawan to the end of Asar, about mid-July to mid-July) is read at month
    precision as July-June, like extra's Ethiopian and Bangladeshi ones: "fiscal year 2025/26" ->
    2025-07/2026-06; "July-October" in that paragraph -> 2025-07/2025-10;
  - "International Relations Committee of the House of Representatives": the committee (a proper
    name, extra36) and the House are two organisations, as NOTES' "Department of Europe and Central
    Asia" of a ministry; "Federal Parliament" is an organisation, a bare "the government" generic;
  - a three-day visit whose days the text gives only as an arrival ("arrived on Monday", a
    sub-step) and a meeting ("on Tuesday") carries no date; the visitor's ministry is not named
    (Vice Minister of Commerce) so he stands for China, the visited country Nepal takes part;
  - the grant that an MoU provides ("Under it, China will provide grant assistance of RMB 150
    million") is the signing's amount (the spec's "deals worth");
  - "Singha Durbar" (the government secretariat complex) and "King Abdullah Port" are facilities,
    no places; the "Xingu converter station" and the "Belo Monte hydropower complex" name a river
    and a dam, no places;
  - the SRT call-centre line "SRT Call Centre: 1690" and "Investor relations: ... | Tel: ..." are
    contact chrome (no organisation fact); "Related:" and the headline under it are chrome;
  - "the Group" in an SOE release is an anaphor of the company (no fact), but the company takes part
    in the Group's events by coreference; a contract "won" is an award (extra10), a contract
    "signed" a signing; a quarter's tally of contracts signed is no occurrence (extra4);
  - "from 2025-07-01 to 2025-09-30" is one interval fact ("May 18th to 19th"), "the first three
    quarters" -> 2025-Q1/2025-Q3 (extra10's "the first five months");
  - "Chinese-built" tags the demonym (China); the Rasuwa "border point" and "Rasuwa district" are
    the district (a region), villages at the ends of a road section ("Syaphrubesi-Timure") are
    tagged as towns (extra37's road ends);
  - persons named like places ("Korat Pattaya", "Paulo Itaituba", "Rajkishor Lumbini") are no
    places (extra6/extra11).
Run:  python3 tests/data/extra39/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")
BEJ = CITY("Beijing", "CN")

# ================================= ag01 The Nation Thailand (PUBLISHED : 12 Nov 2025 16:40, a Wednesday)
TH = C("Thailand", "TH")
LA = C("Laos", "LA")
SRT = "State Railway of Thailand"
ITD = "Italian-Thai Development Plc"
UEC = "Unique Engineering and Construction"
JC = "Thailand-China Joint Committee on Railway Cooperation"
CRDC = "China Railway Design Corporation"
CRIC = "China Railway International Co"
BKK = CITY("Bangkok", "TH")
NR = CITY("Nakhon Ratchasima", "TH")
A01 = [
    # dates ("32nd": ordinal; "Section 4-5", "Section 3-1", "contract 2.3": identifiers; "in January":
    # work that "would start" after a November report -> the next January)
    ("ag01", "date", "12 Nov 2025 16:40", 0, "2025-11-12T16:40"),
    ("ag01", "date", "on [[Tuesday]]", 0, "2025-11-11"),
    ("ag01", "date", "September 30", 0, "2025-09-30"),
    ("ag01", "date", "October 21-22", 0, "2025-10-21/2025-10-22"),
    ("ag01", "date", "in [[2028]]", 0, "2028"),
    ("ag01", "date", "October 2020", 0, "2020-10"),
    ("ag01", "date", "February last year", 0, "2024-02"),
    ("ag01", "date", "the first nine months of 2025", 0, "2025-01/2025-09"),
    ("ag01", "date", "last week", 0, "2025-W45"),
    ("ag01", "date", "in [[January]]", 0, "2026-01"),
    # money ("a combined": no qualifier)
    ("ag01", "money", "18.6 billion baht", 0, M("18600000000", "THB")),
    ("ag01", "money", "18.6 billion baht", 1, M("18600000000", "THB")),
    ("ag01", "money", "10.3 billion baht", 0, M("10300000000", "THB")),
    ("ag01", "money", "8.3 billion baht", 0, M("8300000000", "THB")),
    ("ag01", "money", "179.4 billion baht", 0, M("179400000000", "THB")),
    ("ag01", "money", "about 50.6 billion baht", 0, M("50600000000", "THB", "approx")),
    ("ag01", "money", "341.35 billion baht", 0, M("341350000000", "THB")),
    # quantities
    ("ag01", "quantity", "14 sections", 0, Q("14", "section")),
    ("ag01", "quantity", "253-kilometre", 0, Q("253", "km")),
    ("ag01", "quantity", "31.6km", 0, Q("31.6", "km")),
    ("ag01", "quantity", "26-month", 0, Q("26", "month")),
    ("ag01", "quantity", "90 days", 0, Q("90", "day")),
    ("ag01", "quantity", "38 per cent", 0, Q("38", "%")),
    ("ag01", "quantity", "356km", 0, Q("356", "km")),
    ("ag01", "quantity", "more than 4.3 million tonnes", 0, Q("4300000", "t", "gt")),
    ("ag01", "quantity", "12 track-laying machines", 0, Q("12", "machine")),
    ("ag01", "quantity", "about 40 months", 0, Q("40", "month", "approx")),
    # organisations ("the cabinet": generic; the call-centre line is chrome)
    ("ag01", "organisation", "[[SRT]] signs", 0, O(SRT)),
    ("ag01", "organisation", "The Nation", 0, O("The Nation")),
    ("ag01", "organisation", SRT, 0, O(SRT)),
    ("ag01", "organisation", "([[SRT]])", 0, O(SRT)),
    ("ag01", "organisation", "the [[SRT]] head office", 0, O(SRT)),
    ("ag01", "organisation", ITD, 0, O(ITD)),
    ("ag01", "organisation", "([[ITD]])", 0, O(ITD)),
    ("ag01", "organisation", UEC, 0, O(UEC)),
    ("ag01", "organisation", "[[SRT]] governor", 0, O(SRT)),
    ("ag01", "organisation", JC, 0, O(JC)),
    ("ag01", "organisation", CRDC, 0, O(CRDC)),
    ("ag01", "organisation", "([[CRDC]])", 0, O(CRDC)),
    ("ag01", "organisation", "Ministry of Transport", 0, O("Ministry of Transport")),
    ("ag01", "organisation", "the [[SRT]] signed", 0, O(SRT)),
    ("ag01", "organisation", CRIC, 0, O(CRIC)),
    ("ag01", "organisation", "the [[SRT]] took", 0, O(SRT)),
    ("ag01", "organisation", "CRRC Qishuyan", 0, O("CRRC Qishuyan")),
    ("ag01", "organisation", "spokesman for [[ITD]]", 0, O(ITD)),
    # places (Thailand/China inside the committee's name and Thai inside ITD's are not tagged)
    ("ag01", "place", "[[Thai]]-Chinese", 0, TH),
    ("ag01", "place", "Thai-[[Chinese]]", 0, CN),
    ("ag01", "place", "the [[Bangkok]]-Nakhon", 0, BKK),
    ("ag01", "place", "Nakhon Ratchasima", 0, NR),
    ("ag01", "place", "in [[Bangkok]]'s", 0, BKK),
    ("ag01", "place", "Chatuchak", 0, REG("Chatuchak", "TH")),
    ("ag01", "place", "Saraburi", 0, REG("Saraburi", "TH")),
    ("ag01", "place", "Ayutthaya", 0, CITY("Ayutthaya", "TH")),
    ("ag01", "place", "Nanning", 0, CITY("Nanning", "CN")),
    ("ag01", "place", "Guangxi", 0, REG("Guangxi", "CN")),
    ("ag01", "place", "the [[Thai]] and Chinese", 0, TH),
    ("ag01", "place", "Thai and [[Chinese]] transport", 0, CN),
    ("ag01", "place", "the [[Chinese]] side", 0, CN),
    ("ag01", "place", "from [[Nakhon Ratchasima]] to", 0, NR),
    ("ag01", "place", "Nong Khai", 0, CITY("Nong Khai", "TH")),
    ("ag01", "place", "the [[Lao]] border", 0, LA),
    ("ag01", "place", "the [[China]]-Laos Railway", 0, CN),
    ("ag01", "place", "China-[[Laos]] Railway", 0, LA),
    ("ag01", "place", "Vientiane", 0, CITY("Vientiane", "LA")),
    ("ag01", "place", "Laem Chabang", 0, CITY("Laem Chabang", "TH")),
    # events ("were signed", "the signings": the headline's occurrence; "awarded", "went to": awards;
    # "cabinet resolution", "approved": decisions; "would review", "would start": future; "carried":
    # traffic, no occurrence)
    ("ag01", "event", "signs", 0, E("signing", "2025-11-11", "Bangkok", [SRT, ITD, UEC], M("18600000000", "THB"))),
    ("ag01", "event", "32nd [[meeting]]", 0,
     E("meeting", "2025-10-21/2025-10-22", "Nanning", ["Thailand", "China", JC])),
    ("ag01", "event", "the SRT [[signed]]", 0,
     E("signing", "2020-10", None, [SRT, CRIC], M("50600000000", "THB", "approx"))),
    ("ag01", "event", "took [[delivery]]", 0,
     E("delivery", "2025-W45", "Laem Chabang", [SRT, "CRRC Qishuyan"], Q("12", "machine"))),
]

# ================================= ag02 Valor International (09/10/2025 7:15 AM, a Thursday)
BR = C("Brazil", "BR")
PARA = REG("Pará", "BR")
SP = CITY("São Paulo", "BR")
SGBH = "State Grid Brazil Holding"
SGCC = "State Grid Corporation of China"
ANEEL = "National Electric Energy Agency"
CPFL = "CPFL Energia"
BNDES = "Brazilian Development Bank"
A02 = [
    # dates ("Auction No. 4/2025": an identifier; the copyright year is chrome)
    ("ag02", "date", "09/10/2025 7:15 AM", 0, "2025-10-09T07:15"),
    ("ag02", "date", "on [[Wednesday]]", 0, "2025-10-08"),
    ("ag02", "date", "December 2023", 0, "2023-12"),
    ("ag02", "date", "March 2024", 0, "2024-03"),
    ("ag02", "date", "on [[Thursday]]", 0, "2025-10-09"),
    ("ag02", "date", "last year", 0, "2024"),
    ("ag02", "date", "the first half of 2026", 0, "2026-H1"),
    ("ag02", "date", "the third quarter", 0, "2025-Q3"),
    ("ag02", "date", "by [[2027]]", 0, "2027"),
    ("ag02", "date", "October 31", 0, "2025-10-31"),
    # money ("came in R$ 2.4 billion below": a difference, no qualifier)
    ("ag02", "money", "R$ 1.97 billion", 0, M("1970000000", "BRL")),
    ("ag02", "money", "R$18.1 billion", 0, M("18100000000", "BRL")),
    ("ag02", "money", "about US$3.2 billion", 0, M("3200000000", "USD", "approx")),
    ("ag02", "money", "R$ 2.4 billion", 0, M("2400000000", "BRL")),
    ("ag02", "money", "1.1 billion reais", 0, M("1100000000", "BRL")),
    ("ag02", "money", "US$ 1 billion", 0, M("1000000000", "USD")),
    # quantities ("four states", "seven lots", "nearly eight months": spelled-out; "B3: CPFE3": a code)
    ("ag02", "quantity", "800 kV", 0, Q("800", "kV")),
    ("ag02", "quantity", "1,468-kilometer", 0, Q("1468", "km")),
    ("ag02", "quantity", "800 kV", 1, Q("800", "kV")),
    ("ag02", "quantity", "up to 4,000 MW", 0, Q("4000", "MW", "le")),
    ("ag02", "quantity", "about 9 million homes", 0, Q("9000000", "home", "approx")),
    ("ag02", "quantity", "39.9%", 0, Q("39.9", "%")),
    ("ag02", "quantity", "some 12,000 workers", 0, Q("12000", "worker", "approx")),
    ("ag02", "quantity", "81 municipalities", 0, Q("81", "municipality")),
    ("ag02", "quantity", "3,400 steel towers", 0, Q("3400", "tower")),
    ("ag02", "quantity", "800 kV", 2, Q("800", "kV")),
    ("ag02", "quantity", "51%", 0, Q("51", "%")),
    ("ag02", "quantity", "2.3%", 0, Q("2.3", "%")),
    ("ag02", "quantity", "5,000 Dolphin Mini cars", 0, Q("5000", "car")),
    ("ag02", "quantity", "10,000 workers", 0, Q("10000", "worker")),
    # organisations ("The company", "the regulator": generic; the copyright line is chrome)
    ("ag02", "organisation", "Valor International", 0, O("Valor International")),
    ("ag02", "organisation", SGBH, 0, O(SGBH)),
    ("ag02", "organisation", "([[SGBH]])", 0, O(SGBH)),
    ("ag02", "organisation", SGCC, 0, O(SGCC)),
    ("ag02", "organisation", "[[SGBH]] won", 0, O(SGBH)),
    ("ag02", "organisation", ANEEL, 0, O(ANEEL)),
    ("ag02", "organisation", "([[Aneel]])", 0, O(ANEEL)),
    ("ag02", "organisation", "[[Aneel]] director-general", 0, O(ANEEL)),
    ("ag02", "organisation", "[[SGBH]] already", 0, O(SGBH)),
    ("ag02", "organisation", CPFL, 0, O(CPFL)),
    ("ag02", "organisation", "B3", 0, O("B3")),
    ("ag02", "organisation", "[[CPFL]] shares", 0, O(CPFL)),
    ("ag02", "organisation", BNDES, 0, O(BNDES)),
    ("ag02", "organisation", "([[BNDES]])", 0, O(BNDES)),
    ("ag02", "organisation", "BYD", 0, O("BYD")),
    ("ag02", "organisation", "[[Aneel]]'s next", 0, O(ANEEL)),
    # places (Brazil/China inside SGBH's, SGCC's and BNDES' names are not tagged)
    ("ag02", "place", "Pará", 0, PARA),
    ("ag02", "place", "[[Chinese]]-built", 0, CN),
    ("ag02", "place", "São Paulo", 0, SP),
    ("ag02", "place", "Pará", 1, PARA),
    ("ag02", "place", "Anapu", 0, CITY("Anapu", "BR")),
    ("ag02", "place", "Ibiraci", 0, CITY("Ibiraci", "BR")),
    ("ag02", "place", "Minas Gerais", 0, REG("Minas Gerais", "BR")),
    ("ag02", "place", "[[Brazil]]'s", 0, BR),
    ("ag02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("ag02", "place", "São Paulo", 1, SP),
    ("ag02", "place", "[[Chinese]] carmaker", 0, CN),
    ("ag02", "place", "Camaçari", 0, CITY("Camaçari", "BR")),
    ("ag02", "place", "Bahia", 0, REG("Bahia", "BR")),
    # events (the governor stands for his state; the ambassador for China and the director-general for
    # Aneel as attendees; SGBH, whose station it is, by coreference; "won the concession": an award;
    # "approved a ... loan": a decision; "is scheduled", "expects to employ": future)
    ("ag02", "event", "inaugurates", 0,
     E("ceremony", "2025-10-08", "Anapu", ["Pará", "China", SGBH, ANEEL])),
    ("ag02", "event", "invested", 0, E("investment", None, None, [SGBH], M("18100000000", "BRL"))),
    ("ag02", "event", "Construction [[began]]", 0, E("construction", "2024-03", None, [SGBH])),
    ("ag02", "event", "produced", 0, E("production", "2025-Q3", "Camaçari", ["BYD"], Q("5000", "car"))),
]

# ================================= ag03 The Himalayan Times (Published: 06:05 pm Nov 26, 2025, a Wednesday)
NP = C("Nepal", "NP")
KTM = CITY("Kathmandu", "NP")
MOF = "Ministry of Finance"
IRC = "International Relations Committee"
HOR = "House of Representatives"
CAMC = "China CAMC Engineering Co Ltd"
EXIM = "Export-Import Bank of China"
CAAN = "Civil Aviation Authority of Nepal"
RASUWA = REG("Rasuwa", "NP")
A03 = [
    # dates ("since then": a bare adverb; the print line is text, as extra5's Dawn footer)
    ("ag03", "date", "06:05 pm Nov 26, 2025", 0, "2025-11-26T18:05"),
    ("ag03", "date", "NOVEMBER 26", 0, "2025-11-26"),
    ("ag03", "date", "today", 0, "2025-11-26"),
    ("ag03", "date", "on [[Monday]]", 0, "2025-11-24"),
    ("ag03", "date", "on [[Tuesday]]", 0, "2025-11-25"),
    ("ag03", "date", "December 4, 2024", 0, "2024-12-04"),
    ("ag03", "date", "on [[Wednesday]]", 0, "2025-11-26"),
    ("ag03", "date", "January 1, 2023", 0, "2023-01-01"),
    ("ag03", "date", "fiscal year 2025/26", 0, "2025-07/2026-06"),
    ("ag03", "date", "July-October", 0, "2025-07/2025-10"),
    ("ag03", "date", "last week", 0, "2025-W47"),
    ("ag03", "date", "November 27, 2025", 0, "2025-11-27"),
    # money (Rs in a Nepali paper is the Nepalese rupee)
    ("ag03", "money", "RMB 150 million", 0, M("150000000", "CNY")),
    ("ag03", "money", "about Rs 2.9 billion", 0, M("2900000000", "NPR", "approx")),
    ("ag03", "money", "US$ 215.96 million", 0, M("215960000", "USD")),
    ("ag03", "money", "NPR 3.4 billion", 0, M("3400000000", "NPR")),
    ("ag03", "money", "Rs 1.12 billion", 0, M("1120000000", "NPR")),
    # quantities ("three-day": spelled-out; the feedback phone number is chrome)
    ("ag03", "quantity", "158-km", 0, Q("158", "km")),
    ("ag03", "quantity", "18 months", 0, Q("18", "month")),
    ("ag03", "quantity", "10 projects", 0, Q("10", "project")),
    ("ag03", "quantity", "400 kV", 0, Q("400", "kV")),
    ("ag03", "quantity", "15 days", 0, Q("15", "day")),
    ("ag03", "quantity", "fewer than 40 international flights", 0, Q("40", "flight", "lt")),
    ("ag03", "quantity", "2 per cent", 0, Q("2", "%")),
    ("ag03", "quantity", "20-year", 0, Q("20", "year")),
    ("ag03", "quantity", "16-km", 0, Q("16", "km")),
    ("ag03", "quantity", "62 per cent", 0, Q("62", "%")),
    ("ag03", "quantity", "50 tonnes", 0, Q("50", "t")),
    # organisations ("the government", "the embassy", "Committee chair": generic; the Framework for Belt
    # and Road Cooperation is an agreement's name, no fact)
    ("ag03", "organisation", "THE HIMALAYAN TIMES", 0, O("The Himalayan Times")),
    ("ag03", "organisation", "Himalayan News Service", 0, O("Himalayan News Service")),
    ("ag03", "organisation", MOF, 0, O(MOF)),
    ("ag03", "organisation", IRC, 0, O(IRC)),
    ("ag03", "organisation", HOR, 0, O(HOR)),
    ("ag03", "organisation", "Federal Parliament", 0, O("Federal Parliament")),
    ("ag03", "organisation", CAMC, 0, O(CAMC)),
    ("ag03", "organisation", EXIM, 0, O(EXIM)),
    ("ag03", "organisation", CAAN, 0, O(CAAN)),
    ("ag03", "organisation", "([[CAAN]])", 0, O(CAAN)),
    ("ag03", "organisation", "Department of Roads", 0, O("Department of Roads")),
    ("ag03", "organisation", "Trade and Export Promotion Centre", 0, O("Trade and Export Promotion Centre")),
    ("ag03", "organisation", "of [[The Himalayan Times]]", 0, O("The Himalayan Times")),
    # places (Pokhara in the airport's name is tagged, extra17; Nepal inside CAAN's name and China inside
    # the bank's are not)
    ("ag03", "place", "[[China]] to fund", 0, CN),
    ("ag03", "place", "[[Kathmandu]]-Kerung", 0, KTM),
    ("ag03", "place", "Kathmandu-[[Kerung]]", 0, CITY("Kerung", "CN")),
    ("ag03", "place", "KATHMANDU", 0, KTM),
    ("ag03", "place", "[[Nepal]] and China today", 0, NP),
    ("ag03", "place", "Nepal and [[China]] today", 0, CN),
    ("ag03", "place", "[[Kerung]]-Kathmandu", 0, CITY("Kerung", "CN")),
    ("ag03", "place", "Kerung-[[Kathmandu]]", 0, KTM),
    ("ag03", "place", "by [[Chinese]] Vice", 0, CN),
    ("ag03", "place", "and [[Chinese]] Ambassador", 0, CN),
    ("ag03", "place", "[[China]] will provide", 0, CN),
    ("ag03", "place", "in [[Kathmandu]] on Monday", 0, KTM),
    ("ag03", "place", "which [[Nepal]] and China signed", 0, NP),
    ("ag03", "place", "Nepal and [[China]] signed", 0, CN),
    ("ag03", "place", "Beijing", 0, BEJ),
    ("ag03", "place", "\"[[Nepal]] cannot", 0, NP),
    ("ag03", "place", "Pokhara", 0, CITY("Pokhara", "NP")),
    ("ag03", "place", "Syaphrubesi", 0, CITY("Syaphrubesi", "NP")),
    ("ag03", "place", "Timure", 0, CITY("Timure", "NP")),
    ("ag03", "place", "[[Nepal]]'s exports", 0, NP),
    ("ag03", "place", "exports to [[China]]", 0, CN),
    ("ag03", "place", "the [[Rasuwa]] border", 0, RASUWA),
    ("ag03", "place", "[[China]] also handed", 0, CN),
    ("ag03", "place", "to [[Rasuwa]] district", 0, RASUWA),
    # events (the MoU headline "signed" anchors the signing the body retells; the Finance Secretary
    # stands for the named Ministry of Finance, the ambassador for China; "arrived": a sub-step of the
    # visit; "discussed", "asked", "handled", "was 62 per cent complete", "reached": no occurrence of a
    # type; the airport built by CAMC with the loan and opened on a date: an undated construction and an
    # opening with the sum (extra36))
    ("ag03", "event", "MoU [[signed]]", 0,
     E("signing", "2025-11-26", "Kathmandu", ["China", "Nepal", MOF], M("150000000", "CNY"))),
    ("ag03", "event", "minister's [[visit]]", 0, E("visit", None, "Kathmandu", ["China", "Nepal"])),
    ("ag03", "event", "met", 0, E("meeting", "2025-11-25", "Kathmandu", ["China", "Nepal"])),
    ("ag03", "event", "China [[signed]] in Beijing", 0, E("signing", "2024-12-04", "Beijing", ["Nepal", "China"])),
    ("ag03", "event", "built", 0, E("construction", None, "Pokhara", [CAMC], M("215960000", "USD"))),
    ("ag03", "event", "opened", 0, E("ceremony", "2023-01-01", "Pokhara", None, M("215960000", "USD"))),
    ("ag03", "event", "handed over", 0, E("donation", "2025-W47", "Rasuwa", ["China", "Rasuwa"], Q("50", "t"))),
]

# ================================= ag04 CRCC release (2025-10-28)
CRCC = "China Railway Construction Corporation Limited"
CCECC = "China Civil Engineering Construction Corporation"
TRC = "Tanzania Railways Corporation"
CR20 = "China Railway 20th Bureau Group Co., Ltd."
KTZ = "Kazakhstan Temir Zholy"
CHEC = "CRCC Harbour & Channel Engineering Bureau Group"
CRBB = "China Railway Construction Bridge Engineering Bureau Group"
MCTI = "Ministry of Construction, Transport and Infrastructure of Serbia"
CRCCI = "China Railway Construction Corporation (International) Limited"
ERC = "Ethiopian Railways Corporation"
A04 = [
    # dates ("Rule 13.09", "Lot 7", the stock codes: identifiers; "year on year": no date)
    ("ag04", "date", "Q3 2025", 0, "2025-Q3"),
    ("ag04", "date", "2025-10-28", 0, "2025-10-28"),
    ("ag04", "date", "today", 0, "2025-10-28"),
    ("ag04", "date", "2025-07-01 to 2025-09-30", 0, "2025-07-01/2025-09-30"),
    ("ag04", "date", "the first three quarters", 0, "2025-Q1/2025-Q3"),
    ("ag04", "date", "2025-08-14", 0, "2025-08-14"),
    ("ag04", "date", "2025-09-03", 0, "2025-09-03"),
    ("ag04", "date", "2025-07-22", 0, "2025-07-22"),
    ("ag04", "date", "2025-09-18", 0, "2025-09-18"),
    ("ag04", "date", "in [[September]]", 0, "2025-09"),
    ("ag04", "date", "for [[2024]]", 0, "2024"),
    # money
    ("ag04", "money", "RMB 38.72 Billion", 0, M("38720000000", "CNY")),
    ("ag04", "money", "RMB 38.72 billion", 0, M("38720000000", "CNY")),
    ("ag04", "money", "approximately US$5.43 billion", 0, M("5430000000", "USD", "approx")),
    ("ag04", "money", "RMB 102.6 billion", 0, M("102600000000", "CNY")),
    ("ag04", "money", "US$2.21 billion", 0, M("2210000000", "USD")),
    ("ag04", "money", "KZT 195.3 billion", 0, M("195300000000", "KZT")),
    ("ag04", "money", "about US$372 million", 0, M("372000000", "USD", "approx")),
    ("ag04", "money", "SAR 1.65 billion", 0, M("1650000000", "SAR")),
    ("ag04", "money", "EUR 410 million", 0, M("410000000", "EUR")),
    ("ag04", "money", "MYR 2.3 billion", 0, M("2300000000", "MYR")),
    # quantities ("20th": in a name; "24 sets" without its of-complement)
    ("ag04", "quantity", "23 New Overseas Projects", 0, Q("23", "project")),
    ("ag04", "quantity", "23 new overseas projects", 0, Q("23", "project")),
    ("ag04", "quantity", "17.6%", 0, Q("17.6", "%")),
    ("ag04", "quantity", "9.8%", 0, Q("9.8", "%")),
    ("ag04", "quantity", "506-km", 0, Q("506", "km")),
    ("ag04", "quantity", "836-km", 0, Q("836", "km")),
    ("ag04", "quantity", "1.5 million TEU", 0, Q("1500000", "TEU")),
    ("ag04", "quantity", "48-km", 0, Q("48", "km")),
    ("ag04", "quantity", "142-km", 0, Q("142", "km")),
    ("ag04", "quantity", "24 sets", 0, Q("24", "set")),
    ("ag04", "quantity", "approximately 3.6%", 0, Q("3.6", "%")),
    # organisations ("the Group": anaphor; the signature block is text; "Listing Rules": a rulebook;
    # CRCC inside the Harbour bureau's name is not tagged apart)
    ("ag04", "organisation", "[[CRCC]] Wins", 0, O(CRCC)),
    ("ag04", "organisation", CRCC, 0, O(CRCC)),
    ("ag04", "organisation", CRCC, 1, O(CRCC)),
    ("ag04", "organisation", "([[CRCC]],", 0, O(CRCC)),
    ("ag04", "organisation", "SSE", 0, O("SSE")),
    ("ag04", "organisation", "HKEX", 0, O("HKEX")),
    ("ag04", "organisation", CCECC, 0, O(CCECC)),
    ("ag04", "organisation", "([[CCECC]])", 0, O(CCECC)),
    ("ag04", "organisation", TRC, 0, O(TRC)),
    ("ag04", "organisation", "([[TRC]])", 0, O(TRC)),
    ("ag04", "organisation", CR20, 0, O(CR20)),
    ("ag04", "organisation", KTZ, 0, O(KTZ)),
    ("ag04", "organisation", "([[KTZ]])", 0, O(KTZ)),
    ("ag04", "organisation", CHEC, 0, O(CHEC)),
    ("ag04", "organisation", CRBB, 0, O(CRBB)),
    ("ag04", "organisation", MCTI, 0, O(MCTI)),
    ("ag04", "organisation", CRCCI, 0, O(CRCCI)),
    ("ag04", "organisation", ERC, 0, O(ERC)),
    ("ag04", "organisation", CRCC, 2, O(CRCC)),
    # places (Tanzania, Kazakhstan, Serbia, Ethiopia inside names are not tagged; King Abdullah Port: a
    # facility; Penang inside the line's name is tagged, as extra37's road ends)
    ("ag04", "place", "BEIJING", 0, BEJ),
    ("ag04", "place", "1. [[Tanzania]]:", 0, C("Tanzania", "TZ")),
    ("ag04", "place", "Dar es Salaam", 0, CITY("Dar es Salaam", "TZ")),
    ("ag04", "place", "Tabora", 0, CITY("Tabora", "TZ")),
    ("ag04", "place", "Kigoma", 0, CITY("Kigoma", "TZ")),
    ("ag04", "place", "2. [[Kazakhstan]]:", 0, C("Kazakhstan", "KZ")),
    ("ag04", "place", "Astana", 0, CITY("Astana", "KZ")),
    ("ag04", "place", "Dostyk", 0, CITY("Dostyk", "KZ")),
    ("ag04", "place", "Moiynty", 0, CITY("Moiynty", "KZ")),
    ("ag04", "place", "Saudi Arabia", 0, C("Saudi Arabia", "SA")),
    ("ag04", "place", "4. [[Serbia]]:", 0, C("Serbia", "RS")),
    ("ag04", "place", "Novi Sad", 0, CITY("Novi Sad", "RS")),
    ("ag04", "place", "Malaysia", 0, C("Malaysia", "MY")),
    ("ag04", "place", "Penang", 0, REG("Penang", "MY")),
    ("ag04", "place", "Vientiane", 0, CITY("Vientiane", "LA")),
    ("ag04", "place", "Vang Vieng", 0, CITY("Vang Vieng", "LA")),
    ("ag04", "place", "in [[Laos]]", 0, C("Laos", "LA")),
    ("ag04", "place", "[[Beijing]], China", 0, BEJ),
    ("ag04", "place", "Beijing, [[China]]", 0, CN),
    # events ("Wins", "won": awards; "announced": no type; the quarter's tally: no occurrence; the Group
    # completing and delivering: CRCC by coreference)
    ("ag04", "event", "CCECC), a wholly-owned subsidiary of the Group, [[signed]]", 0,
     E("signing", "2025-08-14", "Dar es Salaam", [CCECC, TRC], M("2210000000", "USD"))),
    ("ag04", "event", "Ltd. [[signed]]", 0,
     E("signing", "2025-09-03", "Astana", [CR20, KTZ], M("195300000000", "KZT"))),
    ("ag04", "event", "Group [[signed]] an agreement", 0,
     E("signing", "2025-07-22", None, [CRBB, MCTI], M("410000000", "EUR"))),
    ("ag04", "event", "completed", 0, E("construction", "2025-09-18", "Laos", [CRCC])),
    ("ag04", "event", "delivered", 0, E("delivery", "2025-09", None, [CRCC, ERC], Q("24", "set"))),
]

ANNOTATIONS = A01 + A02 + A03 + A04

if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "ag*.txt")
