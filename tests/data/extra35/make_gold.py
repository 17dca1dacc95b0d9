#!/usr/bin/env python3
"""Build tests/data/extra35/gold.jsonl from hand annotations of the ac*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a Vanguard story on the
Federal Executive Council's approval of the Zungeru hydropower concession, with N/₦/US$ amounts, MW,
GWh, the Chinese builders and a minister's Beijing meeting on Mambilla; an Andina story on a legal
stability agreement for MMG's Las Bambas expansion and a CCCC-led port concession at Matarani, with
S//US$ amounts, tonnes, TEU, an APEC trade ministers' meeting and a presidential state visit; a
Budapest Business Journal story on CALB's battery cell plant near Miskolc, with HUF/EUR/RMB amounts,
GWh, hectares, jobs, a government decree and the municipality; a weekly wire "Belt and Road
Roundup" of eight datelined items whose days are relative to the digest's publication date) written
BLIND: annotated from shared/gold/NOTES.md and shared/spec/facts.md alone, without running
bri_corpus on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra33/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - in a wire digest, an item's dateline weekday ("ASTANA, Tuesday -") is a date fact resolved
    against the digest's publication date (the week it covers, as the digest says), and it dates
    the item's event when the item gives no other date; the dateline city is a place fact but gives
    the event no location (extra5's v01: the dateline is no location) unless the item's text names
    the place;
  - "this week" in a digest's lead -> the ISO week of the publication date (as "last week"/"next
    week", extra14);
  - a plant "built by Chinese contractors" in the lead, whose builders the body names ("was built
    by a joint venture of CNEEC and Sinohydro"), is one undated construction anchored on the lead's
    "built" (NOTES' first mention), with the builders named in the body (coreference) and the
    plant's cost that the lead gives it ("the $1.3 billion plant built by") as its amount (extra12/
    extra33's "built ... at a cost of"); the start "Construction began in May 2013" is another
    construction occurrence (w-call), with the same builders (extra19); the country is the
    contractors' home, no participant (NOTES);
  - a hydropower plant on a river named after a town ("the Kaduna River") names no place (extra33's
    Amur River), while "the Kaduna highway" (a road named after the town it leads to) tags the town
    (extra24's toll plaza / extra12's lines); "Mambilla" (a plateau naming a project) and "Las
    Bambas" (a mine, also as an end of a road) name no place (extra16's mine call);
  - "Niger State" is a region as written (p03's "Copperbelt Province"), and "Niger State Government"
    an organisation whose state is not tagged (extra25's "Lagos State Government"); the lower-case
    "federal government" names no body and no country (NOTES' lower-case generic noun);
  - "Hong Kong-listed" tags the city (extra22's "Jakarta-listed"); "(HKEX: 1208)" and "stock code
    3931" are identifiers, "HKEX" an organisation as written (y06/extra5);
  - a signing "in the presence of" an ambassador adds the ambassador's country (extra11/extra13);
    a trade minister who "discussed" projects with a foreign minister on the sidelines of a meeting
    holds no meeting event (extra5's "discussed");
  - "Government Decree 214/2025 (VII. 22.)": the decree's number and the date written inside it are
    an identifier, no date, no quantity (extra17's law titles);
  - "BBJ" in a byline under the masthead "Budapest Business Journal" is the paper's well-known
    acronym (canonical the masthead's name); a local daily ("Észak-Magyarország") is an outlet, an
    organisation; "the opposition Tisza party" is the party "Tisza" (extra29), the river of the same
    name not being meant;
  - the places in an industrial park's name ("Miskolc-Mályi Industrial Park", "the Miskolc-Mályi
    site") are tagged (extra8's park call); a county named with a lower-case "county"
    ("Borsod-Abaúj-Zemplén county") is a region as written, the word outside (extra14's districts);
  - a person named like a place ("Ikenna Kogi", "Marco Ica Huamán", "Pál Diósgyőr Veres") is no
    place (extra6/extra11);
  - "Tk ... crore" is the Bangladeshi taka (BDT) with a crore of 10^7; "CFA" before an amount in a
    Senegalese item is the West African CFA franc (XOF);
  - "took delivery of ... cranes" with a price given in the next sentence ("The Tk 1,150 crore
    cranes") takes the price as its amount, the cranes' count being spelled out (extra30's batch
    "worth" a sum; extra26's "six new EMU trainsets");
  - an expo told with its edition number ("The 9th China-Eurasia Expo") keeps the ordinal in its
    name (extra32's numbered meeting), its dates and city from the text; the deals "signed" there are
    a tally (extra4);
  - "began a 12-day visit to Kathmandu" anchors the visit on "visit" (k04/w04's "state visit"), the
    team's demonym its country.
Run:  .venv/bin/python tests/data/extra35/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
import annotation  # noqa: E402  (shared machinery of the annotated sets)
from annotation import CITY, REG, C, E, M, O, Q, S  # noqa: E402

CN = C("China", "CN")
BEJ = CITY("Beijing", "CN")
HK = CITY("Hong Kong", "HK")

# ================================= ac01 Vanguard, Abuja (September 4, 2025, a Thursday)
NG = C("Nigeria", "NG")
NIGER_ST = REG("Niger State", "NG")
FEC = "Federal Executive Council"
MESL = "Mainstream Energy Solutions Limited"
FMP = "Federal Ministry of Power"
CNEEC = "China National Electric Engineering Company"
SINOHYDRO = "Sinohydro Corporation"
CEXIM = "Export-Import Bank of China"
TCN = "Transmission Company of Nigeria"
BPE = "Bureau of Public Enterprises"
NERC = "Nigerian Electricity Regulatory Commission"
CGGC = "China Gezhouba Group Company"
NSG = "Niger State Government"
A01 = [
    # dates ("two-year": a spelled-out duration; "the end of this administration": no calendar unit;
    # "Clause 7.3" an identifier; "Between 2017 and 2020" is one interval, the preposition outside
    # (extra24); "last week" -> the ISO week before the report's (2025-W36); the Related line and
    # the rights line are chrome)
    ("ac01", "date", "September 4, 2025 6:40 am", 0, "2025-09-04T06:40"),
    ("ac01", "date", "on [[Wednesday]]", 0, "2025-09-03"),
    ("ac01", "date", "May 2013", 0, "2013-05"),
    ("ac01", "date", "March 2023", 0, "2023-03"),
    ("ac01", "date", "the first quarter of 2026", 0, "2026-Q1"),
    ("ac01", "date", "August 14", 0, "2025-08-14"),
    ("ac01", "date", "since [[2019]]", 0, "2019"),
    ("ac01", "date", "last week", 0, "2025-W35"),
    ("ac01", "date", "in [[April]]", 0, "2025-04"),
    ("ac01", "date", "Between [[2017 and 2020]]", 0, "2017/2020"),
    # money ("N" and "₦" are the naira (r04, y01); "bn" billion)
    ("ac01", "money", "$1.3bn", 0, M("1300000000", "USD")),
    ("ac01", "money", "N112bn", 0, M("112000000000", "NGN")),
    ("ac01", "money", "$1.3 billion", 0, M("1300000000", "USD")),
    ("ac01", "money", "N112.4 billion", 0, M("112400000000", "NGN")),
    ("ac01", "money", "about US$35 million", 0, M("35000000", "USD", "approx")),
    ("ac01", "money", "some N4 trillion", 0, M("4000000000000", "NGN", "approx")),
    ("ac01", "money", "₦48.6 billion", 0, M("48600000000", "NGN")),
    ("ac01", "money", "$5.8bn", 0, M("5800000000", "USD")),
    ("ac01", "money", "N2.6bn", 0, M("2600000000", "NGN")),
    # quantities ("four 175MW units": the count is spelled out, the size a quantity; "a year" a rate
    # outside the span (extra4); "more than 400 Nigerian engineers": the demonym stays inside)
    ("ac01", "quantity", "700MW", 0, Q("700", "MW")),
    ("ac01", "quantity", "30-year", 0, Q("30", "year")),
    ("ac01", "quantity", "about 150km", 0, Q("150", "km", "approx")),
    ("ac01", "quantity", "Some 75 per cent", 0, Q("75", "%", "approx")),
    ("ac01", "quantity", "175MW", 0, Q("175", "MW")),
    ("ac01", "quantity", "about 2,640 gigawatt-hours", 0, Q("2640", "GWh", "approx")),
    ("ac01", "quantity", "30 days", 0, Q("30", "day")),
    ("ac01", "quantity", "more than 400 Nigerian engineers", 0, Q("400", "engineer", "gt")),
    ("ac01", "quantity", "96km", 0, Q("96", "km")),
    ("ac01", "quantity", "3,050MW", 0, Q("3050", "MW")),
    ("ac01", "quantity", "10 per cent", 0, Q("10", "%")),
    # organisations (the masthead is the paper (extra5); "Minister of Power" is a title; "the
    # council", "the plant" generic; the rights line's "VANGUARD NEWS" is chrome)
    ("ac01", "organisation", "Vanguard", 0, O("Vanguard")),
    ("ac01", "organisation", "FEC okays", 0, O(FEC)),
    ("ac01", "organisation", FEC, 0, O(FEC)),
    ("ac01", "organisation", "(FEC)", 0, O(FEC)),
    ("ac01", "organisation", MESL, 0, O(MESL)),
    ("ac01", "organisation", "([[MESL]])", 0, O(MESL)),
    ("ac01", "organisation", FMP, 0, O(FMP)),
    ("ac01", "organisation", "[[MESL]] will pay", 0, O(MESL)),
    ("ac01", "organisation", CNEEC, 0, O(CNEEC)),
    ("ac01", "organisation", "([[CNEEC]])", 0, O(CNEEC)),
    ("ac01", "organisation", SINOHYDRO, 0, O(SINOHYDRO)),
    ("ac01", "organisation", CEXIM, 0, O(CEXIM)),
    ("ac01", "organisation", TCN, 0, O(TCN)),
    ("ac01", "organisation", "([[TCN]])", 0, O(TCN)),
    ("ac01", "organisation", "[[MESL]], which", 0, O(MESL)),
    ("ac01", "organisation", BPE, 0, O(BPE)),
    ("ac01", "organisation", "([[BPE]])", 0, O(BPE)),
    ("ac01", "organisation", NERC, 0, O(NERC)),
    ("ac01", "organisation", "([[NERC]])", 0, O(NERC)),
    ("ac01", "organisation", CGGC, 0, O(CGGC)),
    ("ac01", "organisation", "([[CGGC]])", 0, O(CGGC)),
    ("ac01", "organisation", "[[CGGC]] executives", 0, O(CGGC)),
    ("ac01", "organisation", NSG, 0, O(NSG)),
    # places (the byline's town is header text; "Kaduna River", "Kainji", "Jebba", "Mambilla":
    # a river and plants/projects named after sites, no places)
    ("ac01", "place", "Kogi, [[Abuja]]", 0, CITY("Abuja", "NG")),
    ("ac01", "place", "in [[Niger State]] to", 0, NIGER_ST),
    ("ac01", "place", "[[Chinese]] contractors", 0, CN),
    ("ac01", "place", "Minna", 0, CITY("Minna", "NG")),
    ("ac01", "place", "[[Chinese]] Ambassador", 0, CN),
    ("ac01", "place", "[[Chinese]] firms", 0, CN),
    ("ac01", "place", "[[Nigerian]] engineers", 0, NG),
    ("ac01", "place", "the 96km [[Zungeru]]-Tegina", 0, CITY("Zungeru", "NG")),
    ("ac01", "place", "Tegina", 0, CITY("Tegina", "NG")),
    ("ac01", "place", "the [[Kaduna]] highway", 0, CITY("Kaduna", "NG")),
    ("ac01", "place", "in [[Beijing]]", 0, BEJ),
    ("ac01", "place", "Taraba State", 0, REG("Taraba State", "NG")),
    # events ("approved"/"okays", "approved the award of a ... contract": decisions (extra21, extra10);
    # "financed", "drew ... funding": financing; "signs the concession ... within 30 days", "is
    # expected to take over": future; "can now feed ... a year": a capacity; "had trained": no type;
    # "negotiations ... had resumed", "an arbitration ... ended": no type; the minister stands for
    # the ministry the document names (extra5); the ambassador for his country, NERC's officials
    # touring with him take part (NOTES' attendees); the plant lies in Niger State (extra11))
    (
        "ac01",
        "event",
        "plant [[built]] by Chinese",
        0,
        E("construction", None, "Niger State", [CNEEC, SINOHYDRO], M("1300000000", "USD")),
    ),
    ("ac01", "event", "Construction [[began]]", 0, E("construction", "2013-05", "Niger State", [CNEEC, SINOHYDRO])),
    ("ac01", "event", "began generating", 0, E("production", "2023-03", "Niger State")),
    ("ac01", "event", "toured", 0, E("visit", "2025-08-14", "Niger State", ["China", NERC])),
    ("ac01", "event", "who [[met]] CGGC", 0, E("meeting", "2025-W35", "Beijing", [FMP, CGGC])),
]

# ================================= ac02 Andina, Lima (10/06/2025 16:25, a Tuesday)
PE = C("Peru", "PE")
LIMA = CITY("Lima", "PE")
APURIMAC = REG("Apurímac", "PE")
MATARANI = CITY("Matarani", "PE")
MINEM = "Ministry of Energy and Mines"
MMG = "MMG Limited"
MTC = "Ministry of Transport and Communications"
PROINV = "Private Investment Promotion Agency"
TPM = "Terminal Portuario Matarani S.A."
CCCC = "China Communications Construction Company"
BCRP = "Central Reserve Bank of Peru"
APEC_MRT = "APEC Ministers Responsible for Trade Meeting"
APEC_AELM = "APEC Economic Leaders' Meeting"
A02 = [
    # dates ("through 2028": the year, preposition outside; "the same period of 2024" gives only the
    # year (extra4); "On the same day" -> the Monday (extra30); "late October" -> the month
    # (extra19); the footer "Published:" line is text (extra5); "annually", "a year", "a day" rates)
    ("ac02", "date", "10/06/2025 16:25", 0, "2025-06-10T16:25"),
    ("ac02", "date", "Jun. 10", 0, "2025-06-10"),
    ("ac02", "date", "on [[Monday]]", 0, "2025-06-09"),
    ("ac02", "date", "through [[2028]]", 0, "2028"),
    ("ac02", "date", "copper in [[2024]]", 0, "2024"),
    ("ac02", "date", "by [[2027]]", 0, "2027"),
    ("ac02", "date", "the first half of this year", 0, "2025-H1"),
    ("ac02", "date", "period of [[2024]]", 0, "2024"),
    ("ac02", "date", "On [[the same day]]", 0, "2025-06-09"),
    ("ac02", "date", "the second half of 2027", 0, "2027-H2"),
    ("ac02", "date", "May 15-16", 0, "2025-05-15/2025-05-16"),
    ("ac02", "date", "June 2024", 0, "2024-06"),
    ("ac02", "date", "late October", 0, "2025-10"),
    ("ac02", "date", "last year", 0, "2024"),
    ("ac02", "date", "Published: [[10/06/2025]]", 0, "2025-06-10"),
    # money ("S/" is the sol (z06, y03))
    ("ac02", "money", "US$2-billion", 0, M("2000000000", "USD")),
    ("ac02", "money", "US$2 billion", 0, M("2000000000", "USD")),
    ("ac02", "money", "S/ 1.9 billion", 0, M("1900000000", "PEN")),
    ("ac02", "money", "US$515 million", 0, M("515000000", "USD")),
    ("ac02", "money", "US$ 480 million", 0, M("480000000", "USD")),
    ("ac02", "money", "S/ 990 million", 0, M("990000000", "PEN")),
    ("ac02", "money", "US$ 14.8 billion", 0, M("14800000000", "USD")),
    # quantities ("HKEX: 1208" a stock code; "two stages" spelled out; the "More news" line is chrome)
    ("ac02", "quantity", "406,000 tonnes", 0, Q("406000", "t")),
    ("ac02", "quantity", "about 500,000 tonnes", 0, Q("500000", "t", "approx")),
    ("ac02", "quantity", "3,200 jobs", 0, Q("3200", "job")),
    ("ac02", "quantity", "198,600 tonnes", 0, Q("198600", "t")),
    ("ac02", "quantity", "18%", 0, Q("18", "%")),
    ("ac02", "quantity", "30-year", 0, Q("30", "year")),
    ("ac02", "quantity", "2.4 million tonnes", 0, Q("2400000", "t")),
    ("ac02", "quantity", "180,000 TEU", 0, Q("180000", "TEU")),
    ("ac02", "quantity", "some 600 kilometers", 0, Q("600", "km", "approx")),
    ("ac02", "quantity", "up to 300 trucks", 0, Q("300", "truck", "le")),
    ("ac02", "quantity", "13 cooperation instruments", 0, Q("13", "instrument")),
    ("ac02", "quantity", "71%", 0, Q("71", "%")),
    # organisations ("the ministry", "the company", "the deal" generic; "Mining Statistical
    # Bulletin" a publication; "APEC" in the subheading is the organisation as written (NOTES: no
    # expansion); APEC inside the two meetings' names is not tagged (flat); "Editora Perú" sits in
    # the copyright line (chrome))
    ("ac02", "organisation", "Andina |", 0, O("Andina")),
    ("ac02", "organisation", "[[MMG]] sign", 0, O(MMG)),
    ("ac02", "organisation", "(ANDINA)", 0, O("Andina")),
    ("ac02", "organisation", MINEM, 0, O(MINEM)),
    ("ac02", "organisation", "(Minem)", 0, O(MINEM)),
    ("ac02", "organisation", MMG, 0, O(MMG)),
    ("ac02", "organisation", "([[HKEX]]: 1208)", 0, O("HKEX")),
    ("ac02", "organisation", "[[MMG]]'s chief", 0, O(MMG)),
    ("ac02", "organisation", "[[MMG]], controlled", 0, O(MMG)),
    ("ac02", "organisation", "China Minmetals Corporation", 0, O("China Minmetals Corporation")),
    ("ac02", "organisation", "[[Minem]]'s Mining", 0, O(MINEM)),
    ("ac02", "organisation", MTC, 0, O(MTC)),
    ("ac02", "organisation", "(MTC)", 0, O(MTC)),
    ("ac02", "organisation", PROINV, 0, O(PROINV)),
    ("ac02", "organisation", "(ProInversión)", 0, O(PROINV)),
    ("ac02", "organisation", TPM, 0, O(TPM)),
    ("ac02", "organisation", CCCC, 0, O(CCCC)),
    ("ac02", "organisation", "(CCCC)", 0, O(CCCC)),
    ("ac02", "organisation", "APEC agenda", 0, O("APEC")),
    ("ac02", "organisation", BCRP, 0, O(BCRP)),
    ("ac02", "organisation", "(BCRP)", 0, O(BCRP)),
    # places (Las Bambas, Chalcobamba: a mine and its pit; "Matarani terminal" and "Port of
    # Matarani" tag the town (x04/x12); San Borja is a Lima district (n02's "Pop district"); Cusco
    # and Apurímac as homes of communities are the regions)
    ("ac02", "place", "[[Peru]], MMG", 0, PE),
    ("ac02", "place", "[[Lima]], Jun", 0, LIMA),
    ("ac02", "place", "[[Peru]]'s Ministry", 0, PE),
    ("ac02", "place", "Hong Kong", 0, HK),
    ("ac02", "place", "in [[Apurímac]] region", 0, APURIMAC),
    ("ac02", "place", "San Borja", 0, REG("San Borja", "PE")),
    ("ac02", "place", "San Borja, [[Lima]]", 0, LIMA),
    ("ac02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("ac02", "place", "[[Matarani]] terminal", 0, MATARANI),
    ("ac02", "place", "Port of [[Matarani]]", 0, MATARANI),
    ("ac02", "place", "in [[Arequipa]] region", 0, REG("Arequipa", "PE")),
    ("ac02", "place", "and [[Matarani]], some", 0, MATARANI),
    ("ac02", "place", "in [[Cusco]] and", 0, REG("Cusco", "PE")),
    ("ac02", "place", "Cusco and [[Apurímac]]", 0, APURIMAC),
    ("ac02", "place", "[[Chinese]] Commerce", 0, CN),
    ("ac02", "place", "Jeju", 0, CITY("Jeju", "KR")),
    ("ac02", "place", "South Korea", 0, C("South Korea", "KR")),
    ("ac02", "place", "to [[China]] in", 0, CN),
    ("ac02", "place", "in [[Beijing]]", 0, BEJ),
    ("ac02", "place", "Gyeongju", 0, CITY("Gyeongju", "KR")),
    ("ac02", "place", "[[China]] bought", 0, CN),
    ("ac02", "place", "of [[Peru]]'s copper", 0, PE),
    # summits
    ("ac02", "summit", APEC_MRT, 0, S(APEC_MRT, "2025-05-15/2025-05-16", "Jeju")),
    ("ac02", "summit", APEC_AELM, 0, S(APEC_AELM, "2025-10", "Gyeongju")),
    # events (the headline "sign" anchors the stability agreement (NOTES' first mention), dated and
    # placed by the body, its required investment its amount, the ambassador's presence adding China;
    # the concession contract's worth is its amount; "produced ... in the first half" is the firm's
    # output (extra13), placed by the mine's region; "discussed": no event; "is expected to attend":
    # future; "bought ... copper exports": trade; the state visit is the President's (her country),
    # located in the host country (extra33); the meeting and the signing during it are dated and
    # placed by the text)
    (
        "ac02",
        "event",
        "MMG [[sign]] stability",
        0,
        E("signing", "2025-06-09", "Lima", [MINEM, MMG, "China"], M("2000000000", "USD")),
    ),
    (
        "ac02",
        "event",
        "(ProInversión) [[signed]]",
        0,
        E("signing", "2025-06-09", None, [MTC, PROINV, TPM], M("480000000", "USD")),
    ),
    ("ac02", "event", "produced", 0, E("production", "2025-H1", "Apurímac", [MMG], Q("198600", "t"))),
    ("ac02", "event", "state visit", 0, E("visit", "2024-06", "China", ["Peru"])),
    ("ac02", "event", "she [[met]]", 0, E("meeting", "2024-06", "Beijing", ["Peru", "China"])),
    (
        "ac02",
        "event",
        "governments [[signed]]",
        0,
        E("signing", "2024-06", "Beijing", ["Peru", "China"], Q("13", "instrument")),
    ),
]

# ================================= ac03 Budapest Business Journal (2025.07.23. 09:48, a Wednesday)
HU = C("Hungary", "HU")
MISKOLC = CITY("Miskolc", "HU")
MALYI = CITY("Mályi", "HU")
BBJ = "Budapest Business Journal"
CALB = "CALB Group Co., Ltd."
HIPA = "Hungarian Investment Promotion Agency"
MFAT = "Ministry of Foreign Affairs and Trade"
A03 = [
    # dates (a Hungarian header date "2025.07.23." with its time is one fact (extra21/extra5);
    # "Government Decree 214/2025 (VII. 22.)" is an identifier; "when fully operational in 2028":
    # the year; "since 1990"/"since 2016": the years, preposition outside; the Tags line and the
    # copyright line are chrome)
    ("ac03", "date", "2025.07.23. 09:48", 0, "2025-07-23T09:48"),
    ("ac03", "date", "Budapest on [[Tuesday]]", 0, "2025-07-22"),
    ("ac03", "date", "in [[2028]]", 0, "2028"),
    ("ac03", "date", "gazette on [[Tuesday]]", 0, "2025-07-22"),
    ("ac03", "date", "in [[September]]", 0, "2025-09"),
    ("ac03", "date", "the second half of 2027", 0, "2027-H2"),
    ("ac03", "date", "for [[2024]]", 0, "2024"),
    ("ac03", "date", "last month", 0, "2025-06"),
    ("ac03", "date", "since [[1990]]", 0, "1990"),
    ("ac03", "date", "since [[2016]]", 0, "2016"),
    ("ac03", "date", "in [[May]] together", 0, "2025-05"),
    ("ac03", "date", "on [[Wednesday]]", 0, "2025-07-23"),
    # money ("bln" is billion (extra22); "RMB" -> CNY)
    ("ac03", "money", "HUF 380 bln", 0, M("380000000000", "HUF")),
    ("ac03", "money", "HUF 380 billion", 0, M("380000000000", "HUF")),
    ("ac03", "money", "EUR 950 million", 0, M("950000000", "EUR")),
    ("ac03", "money", "HUF 52 billion", 0, M("52000000000", "HUF")),
    ("ac03", "money", "HUF 380 billion", 1, M("380000000000", "HUF")),
    ("ac03", "money", "RMB 27.8 billion", 0, M("27800000000", "CNY")),
    ("ac03", "money", "HUF 14.5 billion", 0, M("14500000000", "HUF")),
    ("ac03", "money", "more than EUR 20 billion", 0, M("20000000000", "EUR", "gt")),
    # quantities ("stock code 3931" an identifier; "second in Europe" a rank; "a day" a rate outside)
    ("ac03", "quantity", "86-hectare", 0, Q("86", "ha")),
    ("ac03", "quantity", "24 GWh", 0, Q("24", "GWh")),
    ("ac03", "quantity", "2,400 people", 0, Q("2400", "person")),
    ("ac03", "quantity", "45 days", 0, Q("45", "day")),
    ("ac03", "quantity", "132 kV", 0, Q("132", "kV")),
    ("ac03", "quantity", "up to 3,000 cubic metres", 0, Q("3000", "m3", "le")),
    ("ac03", "quantity", "roughly 40%", 0, Q("40", "%", "approx")),
    ("ac03", "quantity", "some 12,000 industrial jobs", 0, Q("12000", "job", "approx")),
    ("ac03", "quantity", "3.2%", 0, Q("3.2", "%")),
    # organisations (the title "Minister of Foreign Affairs and Trade" names no body (extra5); the
    # ministry named later is tagged; "The government", "the municipality", "the embassy", "the
    # city" generic; Miskolc inside the municipality's name is not tagged (extra12))
    ("ac03", "organisation", BBJ, 0, O(BBJ)),
    ("ac03", "organisation", "[[CALB]] to build", 0, O(CALB)),
    ("ac03", "organisation", "BBJ |", 0, O(BBJ)),
    ("ac03", "organisation", CALB, 0, O(CALB)),
    ("ac03", "organisation", "[[CALB]]'s second", 0, O(CALB)),
    ("ac03", "organisation", HIPA, 0, O(HIPA)),
    ("ac03", "organisation", "(HIPA)", 0, O(HIPA)),
    ("ac03", "organisation", "[[CALB]] chairperson", 0, O(CALB)),
    ("ac03", "organisation", "[[HIPA]] chief", 0, O(HIPA)),
    ("ac03", "organisation", "the [[Ministry of Foreign Affairs and Trade]] after", 0, O(MFAT)),
    ("ac03", "organisation", "[[CALB]], listed", 0, O(CALB)),
    ("ac03", "organisation", "Municipality of Miskolc", 0, O("Municipality of Miskolc")),
    ("ac03", "organisation", "MVM Group", 0, O("MVM Group")),
    ("ac03", "organisation", "CATL", 0, O("CATL")),
    ("ac03", "organisation", "Észak-Magyarország", 0, O("Észak-Magyarország")),
    ("ac03", "organisation", "[[HIPA]] data", 0, O(HIPA)),
    ("ac03", "organisation", "[[Tisza]] party", 0, O("Tisza")),
    ("ac03", "organisation", "[[CALB]]'s shares", 0, O(CALB)),
    # places (the park's towns are tagged (extra8); "Diósgyőr" in the mayor's name is no place)
    ("ac03", "place", "near [[Miskolc]]\n", 0, MISKOLC),
    ("ac03", "place", "[[Chinese]] battery maker", 0, CN),
    ("ac03", "place", "the [[Miskolc]]-Mályi Industrial", 0, MISKOLC),
    ("ac03", "place", "Miskolc-[[Mályi]] Industrial", 0, MALYI),
    ("ac03", "place", "[[Hungarian]] Minister", 0, HU),
    ("ac03", "place", "in [[Budapest]] on", 0, CITY("Budapest", "HU")),
    ("ac03", "place", "in [[Europe]]", 0, REG("Europe")),
    ("ac03", "place", "Sines", 0, CITY("Sines", "PT")),
    ("ac03", "place", "Portugal", 0, C("Portugal", "PT")),
    ("ac03", "place", "Poland", 0, C("Poland", "PL")),
    ("ac03", "place", "Slovakia", 0, C("Slovakia", "SK")),
    ("ac03", "place", "in [[Hong Kong]] under", 0, HK),
    ("ac03", "place", "Debrecen", 0, CITY("Debrecen", "HU")),
    ("ac03", "place", "Borsod-Abaúj-Zemplén", 0, REG("Borsod-Abaúj-Zemplén", "HU")),
    ("ac03", "place", "[[Hungary]] has", 0, HU),
    ("ac03", "place", "[[Chinese]] battery investments", 0, CN),
    ("ac03", "place", "[[Chinese]] Ambassador", 0, CN),
    ("ac03", "place", "the [[Miskolc]]-Mályi site", 0, MISKOLC),
    ("ac03", "place", "Miskolc-[[Mályi]] site", 0, MALYI),
    ("ac03", "place", "with [[Miskolc]] Deputy", 0, MISKOLC),
    ("ac03", "place", "in [[Hong Kong]] on", 0, HK),
    # events ("to build", "will build", "is set to start", "planned": future; "announced",
    # "approved", "declared": no type; "had attracted": a tally; "rose": a share price; the signing
    # follows the Tuesday announcement in Budapest (coreference), the agreement's worth its amount;
    # the ambassador's visit with the deputy mayor: his country and her city (extra29's mayor),
    # placed at Miskolc, whose park the site is)
    (
        "ac03",
        "event",
        "signed",
        0,
        E("signing", "2025-07-22", "Budapest", [CALB, HIPA], M("380000000000", "HUF")),
    ),
    ("ac03", "event", "visited", 0, E("visit", "2025-05", "Miskolc", ["China", "Miskolc"])),
]

# ================================= ac04 EWS weekly roundup (Friday, 19 September 2025, 18:00 GMT)
KZ = C("Kazakhstan", "KZ")
DOSTYK = CITY("Dostyk", "KZ")
SURKH = REG("Surkhandarya", "UZ")
EWS = "Eurasia Wire Service"
KTZ = "Kazakhstan Temir Zholy"
CRCT = "China Railway Container Transport Corp."
CPA = "Chittagong Port Authority"
ZPMC = "Shanghai Zhenhua Heavy Industries"
CRBC = "China Road and Bridge Corporation"
CRDC = "China Railway Design Corporation"
EXPO = "9th China-Eurasia Expo"
KTM = CITY("Kathmandu", "NP")
A04 = [
    # dates (each dateline weekday is resolved in the digest's week; "this week" -> its ISO week;
    # "Works begin in January" -> the coming January; "two years after": a span; the last line
    # (phone, e-mail) is chrome)
    ("ac04", "date", "Friday, 19 September 2025, 18:00", 0, "2025-09-19T18:00"),
    ("ac04", "date", "since [[Monday]]", 0, "2025-09-15"),
    ("ac04", "date", "this week", 0, "2025-W38"),
    ("ac04", "date", "ASTANA, [[Tuesday]]", 0, "2025-09-16"),
    ("ac04", "date", "in [[2026]]", 0, "2026"),
    ("ac04", "date", "last year", 0, "2024"),
    ("ac04", "date", "the end of 2027", 0, "2027"),
    ("ac04", "date", "TERMEZ, [[Monday]]", 0, "2025-09-15"),
    ("ac04", "date", "February 2024", 0, "2024-02"),
    ("ac04", "date", "CHATTOGRAM, [[Wednesday]]", 0, "2025-09-17"),
    ("ac04", "date", "DAKAR, [[Thursday]]", 0, "2025-09-18"),
    ("ac04", "date", "in [[January]]", 0, "2026-01"),
    ("ac04", "date", "LUSAKA, [[Wednesday]]", 0, "2025-09-17"),
    ("ac04", "date", "HANOI, [[Monday]]", 0, "2025-09-15"),
    ("ac04", "date", "in [[February]].", 0, "2025-02"),
    ("ac04", "date", "URUMQI, [[Thursday]]", 0, "2025-09-18"),
    ("ac04", "date", "Sept. 14 to 18", 0, "2025-09-14/2025-09-18"),
    ("ac04", "date", "June 2024", 0, "2024-06"),
    ("ac04", "date", "KATHMANDU, [[Friday]]", 0, "2025-09-19"),
    ("ac04", "date", "Sept. 30", 0, "2025-09-30"),
    # money ("tenge" KZT, "soums" UZS, "Tk ... crore" BDT (10^7), "CFA" XOF, "K" in a Zambian item ZMW)
    ("ac04", "money", "96 billion tenge", 0, M("96000000000", "KZT")),
    ("ac04", "money", "$265 million", 0, M("265000000", "USD")),
    ("ac04", "money", "about 3.4 trillion soums", 0, M("3400000000000", "UZS", "approx")),
    ("ac04", "money", "Tk 1,150 crore", 0, M("11500000000", "BDT")),
    ("ac04", "money", "CFA 152 billion", 0, M("152000000000", "XOF")),
    ("ac04", "money", "$270 million", 0, M("270000000", "USD")),
    ("ac04", "money", "K28 million", 0, M("28000000", "ZMW")),
    ("ac04", "money", "US$8.4 billion", 0, M("8400000000", "USD")),
    ("ac04", "money", "218 billion yuan", 0, M("218000000000", "CNY")),
    ("ac04", "money", "180 million yuan", 0, M("180000000", "CNY")),
    # quantities ("four ship-to-shore gantry cranes": spelled out; "9th" a rank; "a year", "a day":
    # rates outside the span; the phone number is chrome)
    ("ac04", "quantity", "420,000 TEU", 0, Q("420000", "TEU")),
    ("ac04", "quantity", "311,000 TEU", 0, Q("311000", "TEU")),
    ("ac04", "quantity", "400MW", 0, Q("400", "MW")),
    ("ac04", "quantity", "870 hectares", 0, Q("870", "ha")),
    ("ac04", "quantity", "1.1 billion kWh", 0, Q("1100000000", "kWh")),
    ("ac04", "quantity", "30 percent", 0, Q("30", "%")),
    ("ac04", "quantity", "2,400 containers", 0, Q("2400", "container")),
    ("ac04", "quantity", "68km", 0, Q("68", "km")),
    ("ac04", "quantity", "30 months", 0, Q("30", "month")),
    ("ac04", "quantity", "30 ambulances", 0, Q("30", "ambulance")),
    ("ac04", "quantity", "391km", 0, Q("391", "km")),
    ("ac04", "quantity", "1,230 exhibitors", 0, Q("1230", "exhibitor")),
    ("ac04", "quantity", "46 countries", 0, Q("46", "country")),
    ("ac04", "quantity", "9 percent", 0, Q("9", "%")),
    ("ac04", "quantity", "12-day", 0, Q("12", "day")),
    # organisations (the capitalised masthead is the agency, canonical in title case (extra23);
    # "Belt and Road Weekly Roundup" is a column; titles ("Energy Minister", "Health Minister",
    # "Deputy Prime Minister") name no body, except that the Health Minister's ministry is named;
    # "the embassy", "Organisers" generic; places inside the companies' and the authority's names
    # are not tagged; the footer "EWS" is chrome)
    ("ac04", "organisation", "EURASIA WIRE SERVICE", 0, O(EWS)),
    ("ac04", "organisation", "(EWS)", 0, O(EWS)),
    ("ac04", "organisation", "the [[EWS]] wire", 0, O(EWS)),
    ("ac04", "organisation", KTZ, 0, O(KTZ)),
    ("ac04", "organisation", "(KTZ)", 0, O(KTZ)),
    ("ac04", "organisation", CRCT, 0, O(CRCT)),
    ("ac04", "organisation", "(CRCT)", 0, O(CRCT)),
    ("ac04", "organisation", "[[KTZ]] said", 0, O(KTZ)),
    ("ac04", "organisation", "Universal Energy", 0, O("Universal Energy")),
    ("ac04", "organisation", CPA, 0, O(CPA)),
    ("ac04", "organisation", "(CPA)", 0, O(CPA)),
    ("ac04", "organisation", ZPMC, 0, O(ZPMC)),
    ("ac04", "organisation", "(ZPMC)", 0, O(ZPMC)),
    ("ac04", "organisation", "[[CPA]] chairman", 0, O(CPA)),
    ("ac04", "organisation", "Ministry of Infrastructure", 0, O("Ministry of Infrastructure")),
    ("ac04", "organisation", CRBC, 0, O(CRBC)),
    ("ac04", "organisation", "(CRBC)", 0, O(CRBC)),
    ("ac04", "organisation", "Ministry of Health", 0, O("Ministry of Health")),
    ("ac04", "organisation", CRDC, 0, O(CRDC)),
    ("ac04", "organisation", "(CRDC)", 0, O(CRDC)),
    ("ac04", "organisation", "National Assembly", 0, O("National Assembly")),
    # places (every dateline city; the towns in the road's and railways' names (extra12); "the
    # Chinese government" the country (NOTES); "Chattogram port" tags the town (x04/x12))
    ("ac04", "place", "ASTANA", 0, CITY("Astana", "KZ")),
    ("ac04", "place", "the [[Dostyk]] border", 0, DOSTYK),
    ("ac04", "place", "between [[Dostyk]] and", 0, DOSTYK),
    ("ac04", "place", "Moiynty", 0, CITY("Moiynty", "KZ")),
    ("ac04", "place", "TERMEZ", 0, CITY("Termez", "UZ")),
    ("ac04", "place", "[[Uzbek]] Energy", 0, C("Uzbekistan", "UZ")),
    ("ac04", "place", "Surkhandarya", 0, SURKH),
    ("ac04", "place", "Sherabad", 0, CITY("Sherabad", "UZ")),
    ("ac04", "place", "CHATTOGRAM", 0, CITY("Chattogram", "BD")),
    ("ac04", "place", "at [[Chattogram]] port", 0, CITY("Chattogram", "BD")),
    ("ac04", "place", "DAKAR", 0, CITY("Dakar", "SN")),
    ("ac04", "place", "[[Senegal]]'s", 0, C("Senegal", "SN")),
    ("ac04", "place", "Thies", 0, CITY("Thies", "SN")),
    ("ac04", "place", "Touba", 0, CITY("Touba", "SN")),
    ("ac04", "place", "LUSAKA", 0, CITY("Lusaka", "ZM")),
    ("ac04", "place", "[[Chinese]] Ambassador", 0, CN),
    ("ac04", "place", "[[Zambia]]'s", 0, C("Zambia", "ZM")),
    ("ac04", "place", "the [[Chinese]] government", 0, CN),
    ("ac04", "place", "HANOI", 0, CITY("Hanoi", "VN")),
    ("ac04", "place", "[[Vietnamese]] Deputy", 0, C("Vietnam", "VN")),
    ("ac04", "place", "Lao Cai", 0, CITY("Lao Cai", "VN")),
    ("ac04", "place", "Lao Cai-[[Hanoi]]-Hai", 0, CITY("Hanoi", "VN")),
    ("ac04", "place", "Hai Phong", 0, CITY("Hai Phong", "VN")),
    ("ac04", "place", "[[Vietnam]]'s National", 0, C("Vietnam", "VN")),
    ("ac04", "place", "URUMQI", 0, CITY("Urumqi", "CN")),
    ("ac04", "place", "in [[Urumqi]] from", 0, CITY("Urumqi", "CN")),
    ("ac04", "place", "KATHMANDU", 0, KTM),
    ("ac04", "place", "A [[Chinese]] technical", 0, CN),
    ("ac04", "place", "visit to [[Kathmandu]]", 0, KTM),
    ("ac04", "place", "Kerung", 0, CITY("Kerung", "CN")),
    ("ac04", "place", "Kerung-[[Kathmandu]]", 0, KTM),
    # summits (China inside the expo's name is not tagged)
    ("ac04", "summit", EXPO, 0, S(EXPO, "2025-09-14/2025-09-18", "Urumqi")),
    # events (dated by each item's dateline weekday, placed only where the item names the place;
    # "Both sides aim", "would invest", "will supply", "will lift", "Works begin", "ends": future or
    # plans; "thanked" a sub-step of the handover; "approved": a decision; "deals ... were signed":
    # a tally at the expo (extra4); "agreed to finance": no type; the ministers and the ambassador
    # stand for their countries, the Health Minister for his named ministry (already a party))
    ("ac04", "event", "signed an agreement", 0, E("signing", "2025-09-16", None, [KTZ, CRCT])),
    (
        "ac04",
        "event",
        "inaugurated",
        0,
        E("ceremony", "2025-09-15", "Surkhandarya", ["Uzbekistan", "Universal Energy"], M("265000000", "USD")),
    ),
    ("ac04", "event", "Construction [[started]]", 0, E("construction", "2024-02", "Surkhandarya")),
    (
        "ac04",
        "event",
        "took [[delivery]]",
        0,
        E("delivery", "2025-09-17", "Chattogram", [CPA, ZPMC], M("11500000000", "BDT")),
    ),
    (
        "ac04",
        "event",
        "(CRBC) [[signed]]",
        0,
        E("signing", "2025-09-18", None, ["Ministry of Infrastructure", CRBC], M("152000000000", "XOF")),
    ),
    (
        "ac04",
        "event",
        "handed over",
        0,
        E("donation", "2025-09-17", None, ["China", "Ministry of Health"], Q("30", "ambulance")),
    ),
    ("ac04", "event", "met", 0, E("meeting", "2025-09-15", None, ["Vietnam", CRDC])),
    ("ac04", "event", "12-day [[visit]]", 0, E("visit", "2025-09-19", "Kathmandu", ["China"])),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    annotation.main(ANNOTATIONS, HERE, "ac*.txt")
