#!/usr/bin/env python3
"""Build tests/data/extra33/gold.jsonl from hand annotations of the q*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a Business Daily story on a
court freezing Huawei's contract for the second phase of the National Data Centre at Konza, with
KSh/US$ amounts, racks, km of fibre, a county, a procurement board and a Safaricom 5G deal; an
Interfax wire on a Russian-Chinese protocol for the Dzhalinda-Mohe railway bridge, with rubles/$,
km, tonnes, bcm, an intergovernmental commission and the Eastern Economic Forum; an N1 story on
the inauguration of the Chinese-built Kostolac B3 unit by Serbia's Prime Minister, with EUR/RSD/BAM,
MW, jobs and a National Assembly debate; a China-Mozambique joint statement with numbered paragraphs,
a state visit, talks, 17 documents signed, projects, a donation and FOCAC/SCO gatherings) written
BLIND: annotated from shared/gold/NOTES.md and shared/spec/facts.md alone, without running
bri_corpus on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls
recorded in tests/data/extra3 ... extra31/make_gold.py; the comments record the calls NOTES
leaves open.  Calls made for the first time in this set:
  - "Sh" before an amount in a Kenyan paper (headline "Sh19.4bn") is the Kenya shilling (KES), as
    "KSh" (extra14), where a Tanzanian paper's "Sh" is TZS (extra20);
  - "1,100 5G sites": the technology label "5G" is an adjective inside the quantity span (NOTES:
    adjectives included), no quantity of its own; "Tier III", "B3", "Tuzla 7", "Power of Siberia 2"
    are names, their numbers no quantities; "JR E117 of 2025" (a court case number) and "Section 167"
    are identifiers: no date, no quantity;
  - "Cabinet Secretary for Information, Communications and the Digital Economy" is a title naming no
    body (extra5's "Minister of Transport and Communications"): the Cabinet Secretary witnessing a
    signing stands for Kenya; a bare headline "Court" is generic, the body's "High Court" an
    organisation (extra19's f03);
  - "the National Data Centre" (a facility) and "the national fibre optic backbone" are no
    organisations; "Konza" in "Konza Technopolis Development Authority" is not tagged (flat), while
    "at Konza" / "Konza lies" are the town (a city place);
  - "NSE" in "(NSE: SCOM)" and "MOEX" in "(MOEX: GAZP)" are the exchanges the same documents name in
    full ("Nairobi Securities Exchange", "Moscow Exchange"), the tickers identifiers (extra5/extra16);
  - "the Amur River" is a river (no place), "Amur Region" a region as written; "the Amur Region
    government" is the region as a place (NOTES' "Kazakhstan government") and as a signatory of a
    memorandum it takes part (extra25's khokimiyat);
  - a bridge between towns of two countries "opened for cargo traffic" after "costing some" sum is an
    opening (ceremony, extra29) with that cost as amount, no location (it lies in neither town alone);
    the Maputo-Katembe Bridge (both ends in Maputo) is placed at Maputo;
  - the commission's "next meeting ... on the sidelines of the Eastern Economic Forum" in "the second
    half of 2026 in Vladivostok" dates and places that edition of the forum (extra23's converse call),
    the meeting itself being future (no event);
  - "Russian coal exports" is the country's product (extra25's "Russian gas"), "Chinese customs data"
    the country; "Russian territory" and "the Chinese section" name the countries (extra14);
  - the Deputy Prime Minister and the Vice Premier who "co-chaired a meeting" of a standing commission
    (no round number, so an organisation as extra19's JWG) make a meeting with their two countries and
    the commission; the protocol signed after it is the headline's signing (NOTES' first mention), its
    parties the two countries, without amount (the bridge's estimated cost is not said to be the
    protocol's worth);
  - a plant "built by" its contractor "at a cost of" a sum with no completion date is an undated
    construction with that cost (extra12/extra27), placed at its town as the next paragraph names it;
    "Work on the site began" is the start, another construction occurrence (w-call); the inauguration
    told by the headline "opens" is the ceremony, its attendees' bodies taking part (the Prime Minister
    and the Ambassador stand for their countries); the plant named after its town ("Kostolac B3 unit",
    "Kostolac thermal power plant") and a mine named after a village ("Drmno open-pit mine") name no
    place (extra16/extra28);
  - Serbia's "National Assembly" is the legislature's proper name (an organisation, as extra15's
    "Senate"), unlike a bare "Parliament" (y03), which stays generic; an MPs' debate is no meeting event;
    "Carbon Border Adjustment Mechanism (CBAM)" is a regulation, no organisation (NOTES' programmes);
    persons named like towns ("Milan Vranje", "Jelena Sabac", "Igor Tynda", byline "Kipchumba Narok")
    are no places;
  - in a joint statement, the heads of state stand for their countries as the statement names them
    beside the presidents ("People's Republic of China", "Republic of Mozambique"); the state visit is
    the visitor's alone, located in the host country (k04/w04); "held talks" anchors a meeting on the
    event noun; the Premier "of the State Council" stands for the State Council (extra5); a meeting
    told with its own day during the visit but no city is placed by the visit (extra29);
  - "welcomed the groundbreaking ... and the completion" are two construction occurrences anchored on the
    event nouns, the groundbreaking taking the terminal's capacity as its amount (extra14's size), the
    completion the loan in its builder's clause (extra19/extra24's grant); a canal named after the towns
    it links ("Chokwe-Macarretane irrigation canal") tags both towns (extra12's lines).
Run:  .venv/bin/python tests/data/extra33/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= q01 Business Daily, Nairobi (Thursday, September 18, 2025 6:30)
KE = C("Kenya", "KE")
NBO = CITY("Nairobi", "KE")
KONZA = CITY("Konza", "KE")
BD = "Business Daily"
HUAWEI = "Huawei Technologies"
EXIM = "Export-Import Bank of China"
KOTDA = "Konza Technopolis Development Authority"
TANGAZA = "Tangaza Data Networks Ltd"
PPARB = "Public Procurement Administrative Review Board"
NSE = "Nairobi Securities Exchange"
A01 = [
    # dates (header weekday inside the span (extra18); "JR E117 of 2025" a case number; "2030" in the
    # Related headline and the copyright year are chrome; "over 20 years": digits, a quantity)
    ("q01", "date", "Thursday, September 18, 2025 6:30", 0, "2025-09-18T06:30"),
    ("q01", "date", "on [[Tuesday]]", 0, "2025-09-16"),
    ("q01", "date", "October 30", 0, "2025-10-30"),
    ("q01", "date", "July 2", 0, "2025-07-02"),
    ("q01", "date", "a [[2023]] framework", 0, "2023"),
    ("q01", "date", "August 21", 0, "2025-08-21"),
    ("q01", "date", "the 2025/26 financial year", 0, "2025-07/2026-06"),
    ("q01", "date", "Parliament in [[June]]", 0, "2025-06"),
    ("q01", "date", "June 2021", 0, "2021-06"),
    ("q01", "date", "on [[Monday]]", 0, "2025-09-15"),
    ("q01", "date", "June 2026", 0, "2026-06"),
    ("q01", "date", "on [[Wednesday]]", 0, "2025-09-17"),
    ("q01", "date", "March next year", 0, "2026-03"),
    ("q01", "date", "the end of June", 0, "2025-06"),
    # money ("Sh" in a Kenyan headline is KES; "KSh28.45" a share price (extra16))
    ("q01", "money", "Sh19.4bn", 0, M("19400000000", "KES")),
    ("q01", "money", "KSh19.4 billion", 0, M("19400000000", "KES")),
    ("q01", "money", "US$150 million", 0, M("150000000", "USD")),
    ("q01", "money", "US$127.5 million", 0, M("127500000", "USD")),
    ("q01", "money", "KSh2.9 billion", 0, M("2900000000", "KES")),
    ("q01", "money", "KSh17 billion", 0, M("17000000000", "KES")),
    ("q01", "money", "KSh6.5 billion", 0, M("6500000000", "KES")),
    ("q01", "money", "KSh28.45", 0, M("28.45", "KES")),
    ("q01", "money", "about KSh825 billion", 0, M("825000000000", "KES", "approx")),
    # quantities ("Section 167", "Tier III", "5G": names/identifiers; the phone number and "10,000
    # civil servants" in the Related line are chrome)
    ("q01", "quantity", "14-day", 0, Q("14", "day")),
    ("q01", "quantity", "1,200 server racks", 0, Q("1200", "rack")),
    ("q01", "quantity", "20 megawatts", 0, Q("20", "MW")),
    ("q01", "quantity", "1,450-kilometre", 0, Q("1450", "km")),
    ("q01", "quantity", "18 counties", 0, Q("18", "county")),
    ("q01", "quantity", "85 percent", 0, Q("85", "%")),
    ("q01", "quantity", "2 percent", 0, Q("2", "%")),
    ("q01", "quantity", "20 years", 0, Q("20", "year")),
    ("q01", "quantity", "2.5 hectares", 0, Q("2.5", "ha")),
    ("q01", "quantity", "about 64km", 0, Q("64", "km", "approx")),
    ("q01", "quantity", "some 600 jobs", 0, Q("600", "job", "approx")),
    ("q01", "quantity", "1,100 5G sites", 0, Q("1100", "site")),
    ("q01", "quantity", "1.8 percent", 0, Q("1.8", "%")),
    # organisations (the masthead is text; the headline's "Court", "Parliament", "the authority",
    # "the contractor": generic; "China Exim" the bank's short form (extra29); "Tangaza" the firm's;
    # Nation Media Group is named only in the copyright line (chrome); places inside KoTDA's, the
    # bank's, the exchange's and the central bank's names are not tagged)
    ("q01", "organisation", "BUSINESS DAILY", 0, O(BD)),
    ("q01", "organisation", "[[Huawei]]'s Sh19.4bn", 0, O(HUAWEI)),
    ("q01", "organisation", "High Court", 0, O("High Court")),
    ("q01", "organisation", "Huawei Technologies", 0, O(HUAWEI)),
    ("q01", "organisation", EXIM, 0, O(EXIM)),
    ("q01", "organisation", KOTDA, 0, O(KOTDA)),
    ("q01", "organisation", "([[KoTDA]])", 0, O(KOTDA)),
    ("q01", "organisation", "[[KoTDA]] signed", 0, O(KOTDA)),
    ("q01", "organisation", "with [[Huawei]] on July", 0, O(HUAWEI)),
    ("q01", "organisation", TANGAZA, 0, O(TANGAZA)),
    ("q01", "organisation", "ZTE Corporation", 0, O("ZTE Corporation")),
    ("q01", "organisation", "says [[KoTDA]] skipped", 0, O(KOTDA)),
    ("q01", "organisation", PPARB, 0, O(PPARB)),
    ("q01", "organisation", "[[Tangaza]] managing", 0, O(TANGAZA)),
    ("q01", "organisation", "the [[Business Daily]].", 0, O(BD)),
    ("q01", "organisation", "China Exim", 0, O(EXIM)),
    ("q01", "organisation", "National Treasury", 0, O("National Treasury")),
    ("q01", "organisation", "[[Huawei]] completed", 0, O(HUAWEI)),
    ("q01", "organisation", "Separately, [[Safaricom]]", 0, O("Safaricom")),
    ("q01", "organisation", "with [[Huawei]] to roll", 0, O(HUAWEI)),
    ("q01", "organisation", "[[Safaricom]] (NSE", 0, O("Safaricom")),
    ("q01", "organisation", "([[NSE]]:", 0, O(NSE)),
    ("q01", "organisation", NSE, 0, O(NSE)),
    ("q01", "organisation", "[[KoTDA]] chief", 0, O(KOTDA)),
    ("q01", "organisation", "Central Bank of Kenya", 0, O("Central Bank of Kenya")),
    # places (the byline's "Narok" is a person's name; "Makueni County" capitalised: a region as
    # written (extra21); "Beijing" stands for the government, the city as written (extra13))
    ("q01", "place", "[[Chinese]] telecoms", 0, CN),
    ("q01", "place", "at [[Konza]],", 0, KONZA),
    ("q01", "place", "orders in [[Nairobi]]", 0, NBO),
    ("q01", "place", "ceremony in [[Nairobi]]", 0, NBO),
    ("q01", "place", "[[Chinese]] Ambassador", 0, CN),
    ("q01", "place", "a [[Nairobi]] integrator", 0, NBO),
    ("q01", "place", "[[China]]'s ZTE", 0, CN),
    ("q01", "place", "with [[Beijing]].", 0, CITY("Beijing", "CN")),
    ("q01", "place", "Mombasa", 0, CITY("Mombasa", "KE")),
    ("q01", "place", "[[Kenya]]'s National Treasury", 0, KE),
    ("q01", "place", "[[Konza]] lies", 0, KONZA),
    ("q01", "place", "south-east of [[Nairobi]]", 0, NBO),
    ("q01", "place", "Makueni County", 0, REG("Makueni County", "KE")),
    ("q01", "place", "sites in [[Nairobi]]", 0, NBO),
    ("q01", "place", "Kisumu", 0, CITY("Kisumu", "KE")),
    ("q01", "place", "Eldoret", 0, CITY("Eldoret", "KE")),
    ("q01", "place", "[[Kenya]]'s public debt", 0, KE),
    ("q01", "place", "debt to [[China]]", 0, CN),
    # events ("suspended", "issued conservatory orders", "dismissed": court and board decisions (no
    # type); "was to build", "is to lend", "will provide", "would appeal": future; "bid together":
    # no occurrence; "at a ceremony" is the signing itself; the Cabinet Secretary (no body named)
    # stands for Kenya, the Ambassador for China; the first phase "completed" is placed at Konza by
    # the lead and takes its cost (extra7); Safaricom's deal: no place told)
    (
        "q01",
        "event",
        "KoTDA [[signed]]",
        0,
        E("signing", "2025-07-02", "Nairobi", [HUAWEI, KOTDA, "China", "Kenya"], M("19400000000", "KES")),
    ),
    ("q01", "event", "Huawei [[completed]]", 0,
     E("construction", "2021-06", "Konza", [HUAWEI], M("17000000000", "KES"))),
    ("q01", "event", "Monday [[signed]]", 0,
     E("signing", "2025-09-15", None, ["Safaricom", HUAWEI], M("6500000000", "KES"))),
]

# ================================= q02 Interfax, Moscow (27 November 2025 14:12)
RU = C("Russia", "RU")
BEIJING = CITY("Beijing", "CN")
AMUR = REG("Amur Region", "RU")
DZH = CITY("Dzhalinda", "RU")
MOHE = CITY("Mohe", "CN")
IFX = "Interfax"
COMM = "Russian-Chinese Intergovernmental Commission on Investment Cooperation"
RZD = "Russian Railways"
CREC = "China Railway Group Limited"
CNPC = "China National Petroleum Corporation"
MOEX = "Moscow Exchange"
EEF = "Eastern Economic Forum"
EEF_V = S(EEF, "2026-H2", "Vladivostok")
A02 = [
    # dates (the dateline's "Nov 27" is a date fact; "Thursday" the same day; the Tags and copyright
    # lines are chrome; "a year" rates are no dates)
    ("q02", "date", "eye [[2029]] launch", 0, "2029"),
    ("q02", "date", "27 November 2025 14:12", 0, "2025-11-27T14:12"),
    ("q02", "date", "Nov 27", 0, "2025-11-27"),
    ("q02", "date", "on [[Thursday]]", 0, "2025-11-27"),
    ("q02", "date", "on [[Wednesday]]", 0, "2025-11-26"),
    ("q02", "date", "the second quarter of 2026", 0, "2026-Q2"),
    ("q02", "date", "open in [[2029]]", 0, "2029"),
    ("q02", "date", "to [[2019]]", 0, "2019"),
    ("q02", "date", "last year", 0, "2024"),
    ("q02", "date", "June 2022", 0, "2022-06"),
    ("q02", "date", "the first ten months of this year", 0, "2025-01/2025-10"),
    ("q02", "date", "January-October", 0, "2025-01/2025-10"),
    ("q02", "date", "September 2", 0, "2025-09-02"),
    ("q02", "date", "the second half of 2026", 0, "2026-H2"),
    # money (a share price in rubles is money (extra16))
    ("q02", "money", "22 billion rubles", 0, M("22000000000", "RUB")),
    ("q02", "money", "$278 million", 0, M("278000000", "USD")),
    ("q02", "money", "1.45 billion rubles", 0, M("1450000000", "RUB")),
    ("q02", "money", "some 19 billion rubles", 0, M("19000000000", "RUB", "approx")),
    ("q02", "money", "128.40 rubles", 0, M("128.4", "RUB")),
    # quantities ("a year" rates outside the span (extra4); "single-track", "ten months": spelled-out;
    # "Power of Siberia 2": a name; "GAZP" a ticker)
    ("q02", "quantity", "1.1 km", 0, Q("1.1", "km")),
    ("q02", "quantity", "about 16 km", 0, Q("16", "km", "approx")),
    ("q02", "quantity", "up to 5 million tonnes", 0, Q("5000000", "t", "le")),
    ("q02", "quantity", "42 hectares", 0, Q("42", "ha")),
    ("q02", "quantity", "1.2 million tonnes", 0, Q("1200000", "t")),
    ("q02", "quantity", "14%", 0, Q("14", "%")),
    ("q02", "quantity", "9.6%", 0, Q("9.6", "%")),
    ("q02", "quantity", "78.4 million tonnes", 0, Q("78400000", "t")),
    ("q02", "quantity", "1.9 million tonnes", 0, Q("1900000", "t")),
    ("q02", "quantity", "50 bcm", 0, Q("50", "bcm")),
    ("q02", "quantity", "2.3%", 0, Q("2.3", "%")),
    # organisations (masthead and dateline tag are the agency (extra11); "The commission's" an anaphor;
    # "Amur Region government" is the region (a place); demonyms and places inside the commission's,
    # RZD's, CREC's, CNPC's, the exchange's and the Export Center's names are not tagged)
    ("q02", "organisation", "INTERFAX", 0, O(IFX)),
    ("q02", "organisation", "([[Interfax]])", 0, O(IFX)),
    ("q02", "organisation", COMM, 0, O(COMM)),
    ("q02", "organisation", RZD, 0, O(RZD)),
    ("q02", "organisation", "([[RZD]])", 0, O(RZD)),
    ("q02", "organisation", CREC, 0, O(CREC)),
    ("q02", "organisation", "([[CREC]])", 0, O(CREC)),
    ("q02", "organisation", "Russian Export Center", 0, O("Russian Export Center")),
    ("q02", "organisation", "said [[Gazprom]] and", 0, O("Gazprom")),
    ("q02", "organisation", CNPC, 0, O(CNPC)),
    ("q02", "organisation", "([[CNPC]])", 0, O(CNPC)),
    ("q02", "organisation", "[[Gazprom]] and CNPC signed", 0, O("Gazprom")),
    ("q02", "organisation", "Gazprom and [[CNPC]] signed", 0, O(CNPC)),
    ("q02", "organisation", "[[Gazprom]] (MOEX", 0, O("Gazprom")),
    ("q02", "organisation", "([[MOEX]]:", 0, O(MOEX)),
    ("q02", "organisation", MOEX, 0, O(MOEX)),
    # places ("Amur River": a river; "Tynda" a person's name; the bridge's and the crossing's towns are
    # tagged (extra8/extra22); Siberia in the pipeline's name counts (z07))
    ("q02", "place", "[[Russia]], China sign", 0, RU),
    ("q02", "place", "Russia, [[China]] sign", 0, CN),
    ("q02", "place", "[[Dzhalinda]]-Mohe", 0, DZH),
    ("q02", "place", "Dzhalinda-[[Mohe]]", 0, MOHE),
    ("q02", "place", "MOSCOW", 0, CITY("Moscow", "RU")),
    ("q02", "place", "- [[Russia]] and China", 0, RU),
    ("q02", "place", "Russia and [[China]] have", 0, CN),
    ("q02", "place", "village of [[Dzhalinda]]", 0, DZH),
    ("q02", "place", "in [[Amur Region]] and", 0, AMUR),
    ("q02", "place", "the [[Chinese]] town", 0, CN),
    ("q02", "place", "town of [[Mohe]]", 0, MOHE),
    ("q02", "place", "[[Russian]] Deputy", 0, RU),
    ("q02", "place", "signed in [[Beijing]]", 0, BEIJING),
    ("q02", "place", "[[Chinese]] Vice Premier", 0, CN),
    ("q02", "place", "on [[Russian]] territory", 0, RU),
    ("q02", "place", "the [[Chinese]] section", 0, CN),
    ("q02", "place", "crossing at [[Dzhalinda]]", 0, DZH),
    ("q02", "place", "the [[Amur Region]] government", 0, AMUR),
    ("q02", "place", "Heilongjiang Province", 0, REG("Heilongjiang Province", "CN")),
    ("q02", "place", "Harbin", 0, CITY("Harbin", "CN")),
    ("q02", "place", "The [[Amur Region]] budget", 0, AMUR),
    ("q02", "place", "Blagoveshchensk", 0, CITY("Blagoveshchensk", "RU")),
    ("q02", "place", "Heihe", 0, CITY("Heihe", "CN")),
    ("q02", "place", "[[Russian]] coal", 0, RU),
    ("q02", "place", "exports to [[China]]", 0, CN),
    ("q02", "place", "[[Chinese]] customs", 0, CN),
    ("q02", "place", "Zabaikalsk", 0, CITY("Zabaikalsk", "RU")),
    ("q02", "place", "Manzhouli", 0, CITY("Manzhouli", "CN")),
    ("q02", "place", "Power of [[Siberia]] 2", 0, REG("Siberia", "RU")),
    ("q02", "place", "gas a year to [[China]]", 0, CN),
    ("q02", "place", "Mongolia", 0, C("Mongolia", "MN")),
    ("q02", "place", "project in [[Beijing]]", 0, BEIJING),
    ("q02", "place", "Vladivostok", 0, CITY("Vladivostok", "RU")),
    # summits (the EEF edition dated and placed by the commission's next meeting)
    ("q02", "summit", EEF, 0, EEF_V),
    ("q02", "summit", "([[EEF]])", 0, EEF_V),
    # events (the headline "sign" anchors the protocol's signing, "have signed" and "The document was
    # signed" retell it; "will build", "is due to start", "should open", "is scheduled": future;
    # "earmarked": a budget allocation (extra12); "were completed" (studies): no building work;
    # "handled", "fell", "rose": traffic and trade figures; "close to agreeing": no occurrence)
    ("q02", "event", "China [[sign]] protocol", 0, E("signing", "2025-11-26", "Beijing", ["Russia", "China"])),
    ("q02", "event", "co-chaired", 0, E("meeting", "2025-11-26", "Beijing", ["Russia", "China", COMM])),
    ("q02", "event", "Province [[signed]]", 0,
     E("signing", "2019", "Harbin", ["Amur Region", "Heilongjiang Province"])),
    ("q02", "event", "opened", 0, E("ceremony", "2022-06", None, None, M("19000000000", "RUB", "approx"))),
    ("q02", "event", "CNPC [[signed]]", 0, E("signing", "2025-09-02", "Beijing", ["Gazprom", CNPC])),
]

# ================================= q03 N1, Belgrade (14.10.2025 12:47)
RS = C("Serbia", "RS")
KOST = CITY("Kostolac", "RS")
BEL = CITY("Belgrade", "RS")
CMEC = "China Machinery Engineering Corporation"
EPS = "Elektroprivreda Srbije"
EU = "European Union"
CEEC = "Summit of China and Central and Eastern European Countries"
CEEC_V = S(CEEC, "2013-12", "Belgrade")
A03 = [
    # dates ("the 2026 budget bill": the budget's year (z07); the copyright line is chrome)
    ("q03", "date", "14.10.2025 12:47", 0, "2025-10-14T12:47"),
    ("q03", "date", "on [[Tuesday]]", 0, "2025-10-14"),
    ("q03", "date", "December 2017", 0, "2017-12"),
    ("q03", "date", "December 2013", 0, "2013-12"),
    ("q03", "date", "on [[Monday]]", 0, "2025-10-13"),
    ("q03", "date", "the [[2026]] budget", 0, "2026"),
    ("q03", "date", "from [[2026]]", 0, "2026"),
    ("q03", "date", "last month", 0, "2025-09"),
    # money (the Related headlines are chrome)
    ("q03", "money", "EUR 613m", 0, M("613000000", "EUR")),
    ("q03", "money", "EUR 613 million", 0, M("613000000", "EUR")),
    ("q03", "money", "about RSD 12 billion", 0, M("12000000000", "RSD", "approx")),
    ("q03", "money", "EUR 102 million", 0, M("102000000", "EUR")),
    ("q03", "money", "EUR 613 million", 1, M("613000000", "EUR")),
    ("q03", "money", "RSD 4.1 billion", 0, M("4100000000", "RSD")),
    ("q03", "money", "BAM 1.6 billion", 0, M("1600000000", "BAM")),
    # quantities ("B3", "Tuzla 7": names; "two-thirds": a fraction without digits; "a year" outside)
    ("q03", "quantity", "350-megawatt", 0, Q("350", "MW")),
    ("q03", "quantity", "more than 30 years", 0, Q("30", "year", "gt")),
    ("q03", "quantity", "85 percent", 0, Q("85", "%")),
    ("q03", "quantity", "some 90 km", 0, Q("90", "km", "approx")),
    ("q03", "quantity", "about 2.5 billion kilowatt-hours", 0, Q("2500000000", "kWh", "approx")),
    ("q03", "quantity", "500,000 households", 0, Q("500000", "household")),
    ("q03", "quantity", "12 million tonnes", 0, Q("12000000", "t")),
    ("q03", "quantity", "230 permanent jobs", 0, Q("230", "job")),
    ("q03", "quantity", "1,200 workers", 0, Q("1200", "worker")),
    ("q03", "quantity", "1,000 MW", 0, Q("1000", "MW")),
    ("q03", "quantity", "14 amendments", 0, Q("14", "amendment")),
    ("q03", "quantity", "around 2.3 million tonnes", 0, Q("2300000", "t", "approx")),
    ("q03", "quantity", "3.5-kilometre", 0, Q("3.5", "km")),
    ("q03", "quantity", "450 MW", 0, Q("450", "MW")),
    # organisations (the masthead is text; "Source: Tanjug, Beta" names two agencies (extra26); "MPs",
    # "state power utility", "Environmental group": generic; "CBAM" a regulation; "N1 Info" only in
    # the chrome line; Serbia/BiH/China inside EPS's, Elektroprivreda BiH's and the bank's names are
    # not tagged)
    ("q03", "organisation", "N1", 0, O("N1")),
    ("q03", "organisation", "Tanjug", 0, O("Tanjug")),
    ("q03", "organisation", "Beta", 0, O("Beta")),
    ("q03", "organisation", CMEC, 0, O(CMEC)),
    ("q03", "organisation", "([[CMEC]])", 0, O(CMEC)),
    ("q03", "organisation", EXIM, 0, O(EXIM)),
    ("q03", "organisation", EPS, 0, O(EPS)),
    ("q03", "organisation", "([[EPS]])", 0, O(EPS)),
    ("q03", "organisation", "[[EPS]] director", 0, O(EPS)),
    ("q03", "organisation", "[[CMEC]] chairman", 0, O(CMEC)),
    ("q03", "organisation", "between [[EPS]] and", 0, O(EPS)),
    ("q03", "organisation", "EPS and [[CMEC]] in", 0, O(CMEC)),
    ("q03", "organisation", "save [[EPS]] about", 0, O(EPS)),
    ("q03", "organisation", "National Assembly", 0, O("National Assembly")),
    ("q03", "organisation", "Green-Left Front", 0, O("Green-Left Front")),
    ("q03", "organisation", "RERI", 0, O("RERI")),
    ("q03", "organisation", "[[European Union]]'s", 0, O(EU)),
    ("q03", "organisation", "the [[EU]] become", 0, O(EU)),
    ("q03", "organisation", "[[EPS]] replied", 0, O(EPS)),
    ("q03", "organisation", "Elektroprivreda BiH", 0, O("Elektroprivreda BiH")),
    ("q03", "organisation", "China Gezhouba Group", 0, O("China Gezhouba Group")),
    # places (Vranje, Sabac: persons; the Kostolac units/plant and the Drmno mine: no place; places
    # inside the summit's name are not tagged; "Branicevo" the district, a region)
    ("q03", "place", "[[Chinese]]-built", 0, CN),
    ("q03", "place", "[[Serbian]] Prime", 0, RS),
    ("q03", "place", "unit in [[Serbia]]", 0, RS),
    ("q03", "place", "town of [[Kostolac]]", 0, KOST),
    ("q03", "place", "east of [[Belgrade]]", 0, BEL),
    ("q03", "place", "[[Chinese]] Ambassador", 0, CN),
    ("q03", "place", "makes [[Serbia]] less", 0, RS),
    ("q03", "place", "CMEC in [[Belgrade]]", 0, BEL),
    ("q03", "place", "them [[Serbian]].", 0, RS),
    ("q03", "place", "Branicevo", 0, REG("Branicevo", "RS")),
    ("q03", "place", "when [[Serbia]]'s", 0, RS),
    ("q03", "place", "Bosnia and Herzegovina", 0, C("Bosnia and Herzegovina", "BA")),
    # summits
    ("q03", "summit", CEEC, 0, CEEC_V),
    # events (the headline "opens" anchors the inauguration ("inaugurated", "The ceremony" retell it);
    # "will produce", "would save", "would keep", "is to raise": future; "employed": a figure;
    # "suspended talks": no occurrence; the MPs' debate: no meeting word)
    ("q03", "event", "opens", 0, E("ceremony", "2025-10-14", "Kostolac", ["China", "Serbia", CMEC, EPS])),
    ("q03", "event", "was [[built]] by", 0, E("construction", None, "Kostolac", [CMEC], M("613000000", "EUR"))),
    ("q03", "event", "began", 0, E("construction", "2017-12", "Kostolac", [CMEC])),
    ("q03", "event", "was [[signed]] between", 0, E("signing", "2013-12", "Belgrade", [EPS, CMEC])),
]

# ================================= q04 Chinese Foreign Ministry, joint statement (2025-10-24 21:30)
PRC = C("People's Republic of China", "CN")
ROM = C("Republic of Mozambique", "MZ")
MZ = C("Mozambique", "MZ")
BJ = CITY("Beijing", "CN")
MFA = "Ministry of Foreign Affairs of the People's Republic of China"
CHEC = "China Harbour Engineering Company Ltd."
FOCAC_BJ = "Beijing Summit of the Forum on China-Africa Cooperation"
FOCAC_10 = "Tenth Ministerial Conference of the Forum on China-Africa Cooperation"
SCO_TJ = "Tianjin Summit of the Shanghai Cooperation Organisation"
VISIT = "2025-10-20/2025-10-24"
A04 = [
    # dates ("over the next three years": a spelled-out duration; "2026-2027" one interval; the
    # paragraph numbers are no quantities)
    ("q04", "date", "2025-10-24 21:30", 0, "2025-10-24T21:30"),
    ("q04", "date", "20 to 24 October 2025", 0, VISIT),
    ("q04", "date", "on [[21 October]].", 0, "2025-10-21"),
    ("q04", "date", "22 October", 0, "2025-10-22"),
    ("q04", "date", "25 June 1975", 0, "1975-06-25"),
    ("q04", "date", "Beijing on [[21 October]],", 0, "2025-10-21"),
    ("q04", "date", "billion in [[2024]]", 0, "2024"),
    ("q04", "date", "the end of 2024", 0, "2024"),
    ("q04", "date", "January 2025", 0, "2025-01"),
    ("q04", "date", "2026-2027", 0, "2026/2027"),
    ("q04", "date", "6 October 2025", 0, "2025-10-06"),
    ("q04", "date", "July 2025", 0, "2025-07"),
    ("q04", "date", "November 2018", 0, "2018-11"),
    ("q04", "date", "September 2024", 0, "2024-09"),
    ("q04", "date", "in [[2027]]", 0, "2027"),
    ("q04", "date", "31 August to 1 September 2025", 0, "2025-08-31/2025-09-01"),
    ("q04", "date", "24 October 2025", 1, "2025-10-24"),
    # money ("exceeded": the verb outside, gt (NOTES' "exceeded"); "meticais" -> MZN)
    ("q04", "money", "US$5.78 billion", 0, M("5780000000", "USD")),
    ("q04", "money", "US$1.2 billion", 0, M("1200000000", "USD", "gt")),
    ("q04", "money", "RMB 500 million", 0, M("500000000", "CNY")),
    ("q04", "money", "2.4 billion meticais", 0, M("2400000000", "MZN")),
    ("q04", "money", "US$ 86 million", 0, M("86000000", "USD")),
    # quantities ("17 cooperation documents" -> document; the demonym inside "1,000 Mozambican
    # professionals" stays in the span (extra15); "Tenth" a rank; "a year" outside)
    ("q04", "quantity", "50 years", 0, Q("50", "year")),
    ("q04", "quantity", "17 cooperation documents", 0, Q("17", "document")),
    ("q04", "quantity", "8.4 percent", 0, Q("8.4", "%")),
    ("q04", "quantity", "100 percent", 0, Q("100", "%")),
    ("q04", "quantity", "3,000 tonnes", 0, Q("3000", "t")),
    ("q04", "quantity", "500,000 TEUs", 0, Q("500000", "TEU")),
    ("q04", "quantity", "62-kilometre", 0, Q("62", "km")),
    ("q04", "quantity", "500 government scholarships", 0, Q("500", "scholarship")),
    ("q04", "quantity", "1,000 Mozambican professionals", 0, Q("1000", "professional")),
    # organisations (the "Source:" byline is text (NOTES' "SOURCE: JAC Motors"), the copyright line
    # chrome; "Premier of the State Council" names the body (extra5); "Chinese Government" capitalised
    # (extra14); "Cyclone Chido" a storm; "Confucius classroom" lower case; the university is named
    # after a person)
    ("q04", "organisation", MFA, 0, O(MFA)),
    ("q04", "organisation", "State Council", 0, O("State Council")),
    ("q04", "organisation", CHEC, 0, O(CHEC)),
    ("q04", "organisation", "([[CHEC]])", 0, O(CHEC)),
    ("q04", "organisation", "by [[CHEC]] with", 0, O(CHEC)),
    ("q04", "organisation", EXIM, 0, O(EXIM)),
    ("q04", "organisation", "Eduardo Mondlane University", 0, O("Eduardo Mondlane University")),
    ("q04", "organisation", "Chinese Government", 0, O("Chinese Government")),
    # places (names as written: "People's Republic of China", "Republic of Mozambique", "Republic of
    # the Congo"; the towns of the canal and of the bridge are tagged; "Nacala port" tags the town;
    # places inside the ministry's and the summits' names are not tagged)
    ("q04", "place", "between the [[People's Republic of China]]", 0, PRC),
    ("q04", "place", "and the [[Republic of Mozambique]] on", 0, ROM),
    ("q04", "place", "Jinping of the [[People's Republic of China]]", 0, PRC),
    ("q04", "place", "Chapo of the [[Republic of Mozambique]]", 0, ROM),
    ("q04", "place", "visit to [[China]]", 0, CN),
    ("q04", "place", "Chapo in [[Beijing]]", 0, BJ),
    ("q04", "place", "Besides [[Beijing]]", 0, BJ),
    ("q04", "place", "Hubei Province", 0, REG("Hubei Province", "CN")),
    ("q04", "place", "of [[China]]-Mozambique", 0, CN),
    ("q04", "place", "China-[[Mozambique]] relations", 0, MZ),
    ("q04", "place", "documents in [[Beijing]]", 0, BJ),
    ("q04", "place", "[[China]]'s direct", 0, CN),
    ("q04", "place", "stock in [[Mozambique]]", 0, MZ),
    ("q04", "place", "[[China]] will grant", 0, CN),
    ("q04", "place", "products from [[Mozambique]]", 0, MZ),
    ("q04", "place", "relations with [[China]].", 0, CN),
    ("q04", "place", "[[Mozambique]] thanked", 0, MZ),
    ("q04", "place", "thanked [[China]]", 0, CN),
    ("q04", "place", "Cabo Delgado Province", 0, REG("Cabo Delgado Province", "MZ")),
    ("q04", "place", "[[China]] will provide", 0, CN),
    ("q04", "place", "assistance to [[Mozambique]]", 0, MZ),
    ("q04", "place", "and [[Mozambique]] will allocate", 0, MZ),
    ("q04", "place", "at [[Nacala]] port", 0, CITY("Nacala", "MZ")),
    ("q04", "place", "[[Chokwe]]-Macarretane", 0, CITY("Chokwe", "MZ")),
    ("q04", "place", "Chokwe-[[Macarretane]]", 0, CITY("Macarretane", "MZ")),
    ("q04", "place", "Gaza Province", 0, REG("Gaza Province", "MZ")),
    ("q04", "place", "[[Maputo]]-Katembe", 0, CITY("Maputo", "MZ")),
    ("q04", "place", "Maputo-[[Katembe]]", 0, CITY("Katembe", "MZ")),
    ("q04", "place", "bridge in [[Africa]]", 0, REG("Africa")),
    ("q04", "place", "[[China]] will offer", 0, CN),
    ("q04", "place", "offer [[Mozambique]] 500", 0, MZ),
    ("q04", "place", "1,000 [[Mozambican]] professionals", 0, MZ),
    ("q04", "place", "Beira", 0, CITY("Beira", "MZ")),
    ("q04", "place", "The [[Mozambican]] side appreciated", 0, MZ),
    ("q04", "place", "Republic of the Congo", 0, C("Republic of the Congo", "CG")),
    ("q04", "place", "The [[Mozambican]] side congratulated", 0, MZ),
    ("q04", "place", "congratulated [[China]]", 0, CN),
    ("q04", "place", "visit [[Mozambique]] at", 0, MZ),
    ("q04", "place", "[[Beijing]], 24 October", 0, BJ),
    # summits (each dated and placed by the text; the Beijing and Tianjin names carry their city)
    ("q04", "summit", FOCAC_BJ, 0, S(FOCAC_BJ, "2024-09", "Beijing")),
    ("q04", "summit", FOCAC_10, 0, S(FOCAC_10, "2027", "Republic of the Congo")),
    ("q04", "summit", SCO_TJ, 0, S(SCO_TJ, "2025-08-31/2025-09-01", "Tianjin")),
    # events ("At the invitation", "travelled", "spoke highly", "agreed to elevate", "trade reached",
    # "investment stock ... exceeded", "will grant/provide/allocate/offer/open", "invited ... to
    # visit", "accepted the invitation", "to be held": no occurrence or future; "the establishment
    # of diplomatic ties": a founding; "successful hosting": no event type)
    ("q04", "event", "state visit", 0, E("visit", VISIT, "China", ["Republic of Mozambique"])),
    (
        "q04",
        "event",
        "held [[talks]]",
        0,
        E("meeting", "2025-10-21", "Beijing", ["People's Republic of China", "Republic of Mozambique"]),
    ),
    ("q04", "event", "Qiang [[met]]", 0,
     E("meeting", "2025-10-22", "China", ["State Council", "Republic of Mozambique"])),
    (
        "q04",
        "event",
        "the [[signing]] of 17",
        0,
        E("signing", "2025-10-21", "Beijing", ["People's Republic of China", "Republic of Mozambique"],
          Q("17", "document")),
    ),
    (
        "q04",
        "event",
        "rice [[donated]]",
        0,
        E("donation", "2025-01", "Cabo Delgado Province", ["China", "Mozambique"], Q("3000", "t")),
    ),
    ("q04", "event", "groundbreaking", 0, E("construction", "2025-10-06", "Nacala", [CHEC], Q("500000", "TEU"))),
    ("q04", "event", "the [[completion]] in July", 0, E("construction", "2025-07", "Gaza Province", [CHEC],
                                                       M("86000000", "USD"))),
    ("q04", "event", "[[opened]] in November", 0, E("ceremony", "2018-11", "Maputo")),
]

ANNOTATIONS = A01 + A02 + A03 + A04

if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "q*.txt")
