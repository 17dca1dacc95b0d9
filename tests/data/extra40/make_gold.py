#!/usr/bin/env python3
"""Build tests/data/extra40/gold.jsonl from hand annotations of the ah*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a Kun.uz story on a
Chinese-Uzbek cement plant in Jizzakh region with US$/soum amounts, a presidential decree, a
khokimiyat and an ambassador's visit; a Star (Kenya) story on a China Exim loan for the SGR
extension to Malaba signed at State House, with Sh/KSh/US$ amounts, a court petition and a Senate
committee; an eKathimerini story on COSCO at Piraeus with EUR amounts, TEU, stake percentages and the
privatisation fund; a joint press release of China Development Bank and Côte d'Ivoire's Ministry of
Finance and Budget on an RMB loan with tenor, grace period, LPR margin and a PBOC-BCEAO swap line)
written BLIND: annotated from shared/gold/NOTES.md and shared/spec/facts.md alone, without running
bri_corpus on them, so that they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Annotation follows shared/gold/NOTES.md and the calls recorded in the earlier sets' make_gold.py.
Calls made for the first time in this set:
  - "presidential decree No. PQ-287 of June 2022": the decree number is an identifier, but the
    plain month-year after "of" is a date fact (unlike extra35's date written inside the decree
    number "(VII. 22.)"); the decree "approved" the project: a decision, no event;
  - a bare "Jizzakh" qualifying a plant that the body places in "Jizzakh region's Zaamin district"
    is the region; "at Jizzakh" on the railway main line is the city (same name, two places);
  - a visit "together with" the regional khokim takes the khokim's region beside the
    ambassador's country, and the plant's owner as host (extra30); the agreement signed "During
    the visit" is dated and placed by the visit (extra29);
  - "began construction ... and completed the kiln line" by the EPC contractor: two construction
    occurrences (start and completion, extra33), placed at the district the plant lies in;
  - "State House" (the venue of a Kenyan signing) is a building, no organisation and no place;
    "a Treasury brief" is the National Treasury named before in a title (extra5); the Cabinet
    Secretary "of" it stands for it;
  - a Kenyan loan signing told with a headline "sign Sh193bn deal" anchors on the headline verb
    (NOTES' first mention) and takes the headline's sum as amount (the body gives the same loan in
    US$); the headline's signer countries take part (extra38) beside the bank, the Treasury and the
    attending governor's county;
  - "the 2024/25 financial year" in a Kenyan paper is July-June (2024-07/2025-06), as the
    Bangladeshi/Ethiopian years of earlier sets;
  - an Athens Exchange "ticker PPA" is an identifier (no organisation fact), while PPA elsewhere
    is the Piraeus Port Authority;
  - the masthead "ekathimerini.com" is the paper (canonical "Kathimerini", the name the body uses:
    "told Kathimerini"); a bare headline "COSCO" is COSCO Shipping, the group the body names at once,
    while "COSCO Shipping Ports Ltd" is its listed subsidiary, a different organisation;
  - a stake "acquired" / a further stake "took" for a price is an investment (NOTES: partnership with
    equity stake), with buyer, seller fund and the target company as participants and the price as
    amount; the fund's "since folded into the Growthfund" is no event; "quit the scheme" (a BRI exit)
    and "joined in 2018" have no type;
  - "Thriasio freight centre" (named after a plain) names no place (extra35's plateau call), its
    town "Aspropyrgos" is a city; "Pier II" is a name (no quantity);
  - "the only major EU economy": "EU" as written (NOTES: canonical names come from the document, no expansion
    from world knowledge; an earlier brief wrongly said well-known acronyms expand);
  - "Ivorian finance ministry" (lower-case) is the country only (NOTES' "Kazakhstan government");
    "Minister of Finance and Budget" is a title, standing for the ministry the document names;
  - "Soubré-Man 225 kV Transmission Project": the towns at its ends are tagged (the line call of
    extra12/extra37), its voltage is part of the name (no quantity);
  - "the [[2026]] budget" is a date (extra37's "The original 2013 loan"); "in yuan" after a
    verb names a currency, not a sum;
  - the "About China Development Bank" section is text (extra27's "About the ... Group"), the
    "Media contacts" block chrome (NOTES: telephone lines), including the department named there;
  - a currency swap agreement that two central banks "signed in Dakar on 14 May 2025" is a
    signing with the line's size as amount; "welcomed" is no event;
  - persons named like places ("Mercy Kericho", "Eleni Kavala", "Zarafshon Rakhimova") are no
    places (extra6/extra11).
Run:  .venv/bin/python tests/data/extra40/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= ah01 Kun.uz (September 11, 2025 14:32)
UZ = C("Uzbekistan", "UZ")
JIZ_R = REG("Jizzakh", "UZ")
ZAAMIN = REG("Zaamin", "UZ")
ZCI = "Zaamin Cement Invest"
HUAXIN = "Huaxin Cement Co., Ltd."
SINOMA = "Sinoma International Engineering Co., Ltd."
UTY = "Uzbekistan Railways"
A01 = [
    # dates ("a year": a rate; the copyright year is chrome; "the first eight months of 2025" is an
    # interval (extra10); "mid-2026": the year (extra5); "a year earlier" after 2024 -> 2023)
    ("ah01", "date", "September 11, 2025 14:32", 0, "2025-09-11T14:32"),
    ("ah01", "date", "on [[Wednesday]]", 0, "2025-09-10"),
    ("ah01", "date", "June 2022", 0, "2022-06"),
    ("ah01", "date", "until [[2030]]", 0, "2030"),
    ("ah01", "date", "March 2023", 0, "2023-03"),
    ("ah01", "date", "December last year", 0, "2024-12"),
    ("ah01", "date", "the first eight months of 2025", 0, "2025-01/2025-08"),
    ("ah01", "date", "On [[Tuesday]]", 0, "2025-09-09"),
    ("ah01", "date", "the first quarter of 2026", 0, "2026-Q1"),
    ("ah01", "date", "Last year", 0, "2024"),
    ("ah01", "date", "mid-2026", 0, "2026"),
    ("ah01", "date", "in [[2024]]", 0, "2024"),
    ("ah01", "date", "a year earlier", 0, "2023"),
    # money ("soums"/"sum" are UZS; "or about": approx)
    ("ah01", "money", "US$ 265 million", 0, M("265000000", "USD")),
    ("ah01", "money", "about 3.3 trillion soums", 0, M("3300000000000", "UZS", "approx")),
    ("ah01", "money", "US$ 140 million", 0, M("140000000", "USD")),
    ("ah01", "money", "180 billion sum", 0, M("180000000000", "UZS")),
    # quantities ("No. PQ-287", the phone number: identifiers; "a year": rate outside; "up from":
    # both figures count; "of clinker": of-complement outside)
    ("ah01", "quantity", "1.8 million tonnes", 0, Q("1800000", "t")),
    ("ah01", "quantity", "60%", 0, Q("60", "%")),
    ("ah01", "quantity", "120-hectare", 0, Q("120", "ha")),
    ("ah01", "quantity", "412,000 tonnes", 0, Q("412000", "t")),
    ("ah01", "quantity", "some 650 people", 0, Q("650", "person", "approx")),
    ("ah01", "quantity", "93%", 0, Q("93", "%")),
    ("ah01", "quantity", "1.2 million tonnes", 0, Q("1200000", "t")),
    ("ah01", "quantity", "roughly 15%", 0, Q("15", "%", "approx")),
    ("ah01", "quantity", "42-km", 0, Q("42", "km")),
    ("ah01", "quantity", "17.4 million tonnes", 0, Q("17400000", "t")),
    ("ah01", "quantity", "15.9 million tonnes", 0, Q("15900000", "t")),
    ("ah01", "quantity", "at least 11 cement and building-materials plants", 0, Q("11", "plant", "ge")),
    # organisations (the masthead is text; "JV", "the regional khokimiyat": generic; the Related
    # line and the copyright line are chrome; places inside names not tagged)
    ("ah01", "organisation", "Kun.uz", 0, O("Kun.uz")),
    ("ah01", "organisation", ZCI, 0, O(ZCI)),
    ("ah01", "organisation", HUAXIN, 0, O(HUAXIN)),
    ("ah01", "organisation", "([[Huaxin]])", 0, O(HUAXIN)),
    ("ah01", "organisation", "Uzstroymateriallari", 0, O("Uzstroymateriallari")),
    ("ah01", "organisation", "[[Huaxin]] holds", 0, O(HUAXIN)),
    ("ah01", "organisation", SINOMA, 0, O(SINOMA)),
    ("ah01", "organisation", "and [[Huaxin]] signed", 0, O(HUAXIN)),
    ("ah01", "organisation", UTY, 0, O(UTY)),
    ("ah01", "organisation", "([[UTY]])", 0, O(UTY)),
    ("ah01", "organisation", "National Bank of Uzbekistan", 0, O("National Bank of Uzbekistan")),
    ("ah01", "organisation", "Statistics Agency", 0, O("Statistics Agency")),
    # places (the khokim and the lower-case khokimiyat stand for the region (extra25/extra36);
    # "Zarafshon Rakhimova" is a person; "in the region", "in the country": generic)
    ("ah01", "place", "[[Jizzakh]] cement plant", 0, JIZ_R),
    ("ah01", "place", "of [[Chinese]]-Uzbek", 0, CN),
    ("ah01", "place", "Chinese-[[Uzbek]]", 0, UZ),
    ("ah01", "place", "in [[Jizzakh]] region's", 0, JIZ_R),
    ("ah01", "place", "[[Zaamin]] district", 0, ZAAMIN),
    ("ah01", "place", "[[Wuhan]]-based", 0, CITY("Wuhan", "CN")),
    ("ah01", "place", "[[Chinese]] Ambassador", 0, CN),
    ("ah01", "place", "with [[Jizzakh]] region khokim", 0, JIZ_R),
    ("ah01", "place", "the [[Jizzakh]] regional khokimiyat", 0, JIZ_R),
    ("ah01", "place", "Tashkent", 0, CITY("Tashkent", "UZ")),
    ("ah01", "place", "the [[Samarkand]] region", 0, REG("Samarkand", "UZ")),
    ("ah01", "place", "Tajikistan", 0, C("Tajikistan", "TJ")),
    ("ah01", "place", "Afghanistan", 0, C("Afghanistan", "AF")),
    ("ah01", "place", "at [[Jizzakh]], which", 0, CITY("Jizzakh", "UZ")),
    ("ah01", "place", "in [[Uzbekistan]] reached", 0, UZ),
    ("ah01", "place", "with [[Chinese]] capital", 0, CN),
    # events ("reached its full design capacity": a capacity; "approved by presidential decree": a
    # decision; "is expected to start", "plans to finish": future; "reached 17.4 million tonnes":
    # a national figure (extra39's "reached"); "covered": a share)
    ("ah01", "event", "[[construction]] in March 2023", 0, E("construction", "2023-03", "Zaamin", [SINOMA])),
    ("ah01", "event", "completed", 0, E("construction", "2024-12", "Zaamin", [SINOMA])),
    ("ah01", "event", "produced", 0,
     E("production", "2025-01/2025-08", "Zaamin", [ZCI], Q("412000", "t"))),
    ("ah01", "event", "visited", 0, E("visit", "2025-09-09", "Zaamin", ["Jizzakh", ZCI, "China"])),
    ("ah01", "event", "and Huaxin [[signed]]", 0,
     E("signing", "2025-09-09", "Zaamin", ["Jizzakh", HUAXIN], M("140000000", "USD"))),
]

# ================================= ah02 The Star, Kenya (Friday, October 17, 2025 | 07:40)
KE = C("Kenya", "KE")
NBO = CITY("Nairobi", "KE")
MALABA = CITY("Malaba", "KE")
NAIVASHA = CITY("Naivasha", "KE")
KISUMU = CITY("Kisumu", "KE")
EXIM = "Export-Import Bank of China"
NT = "National Treasury"
CRBC = "China Road and Bridge Corporation"
SENATE_C = "Senate Committee on Roads, Transportation and Housing"
A02 = [
    # dates ("six years", "seven-year": spelled-out durations; "year on year": no date; "Last week"
    # -> the ISO week before the publication week (extra14); the copyright line is chrome)
    ("ah02", "date", "Friday, October 17, 2025 | 07:40", 0, "2025-10-17T07:40"),
    ("ah02", "date", "on [[Thursday]]", 0, "2025-10-16"),
    ("ah02", "date", "the first quarter of 2026", 0, "2026-Q1"),
    ("ah02", "date", "in [[2019]]", 0, "2019"),
    ("ah02", "date", "by [[2032]]", 0, "2032"),
    ("ah02", "date", "November 4", 0, "2025-11-04"),
    ("ah02", "date", "Last week", 0, "2025-W41"),
    ("ah02", "date", "since [[January]]", 0, "2025-01"),
    ("ah02", "date", "the 2024/25 financial year", 0, "2024-07/2025-06"),
    # money ("Sh"/"KSh" in a Kenyan paper are KES (extra33); "bn" is billion)
    ("ah02", "money", "Sh193bn", 0, M("193000000000", "KES")),
    ("ah02", "money", "US$1.5 billion", 0, M("1500000000", "USD")),
    ("ah02", "money", "about Sh193 billion", 0, M("193000000000", "KES", "approx")),
    ("ah02", "money", "KSh 31.5 billion", 0, M("31500000000", "KES")),
    ("ah02", "money", "Sh27 billion", 0, M("27000000000", "KES")),
    # quantities (a tenor with digits and an interest rate are quantities (extra22/extra27);
    # "Phase 2A", "Article 35", the phone number: names/identifiers; "a year": rate outside)
    ("ah02", "quantity", "262km", 0, Q("262", "km")),
    ("ah02", "quantity", "20-year", 0, Q("20", "year")),
    ("ah02", "quantity", "3.1 per cent", 0, Q("3.1", "%")),
    ("ah02", "quantity", "15 per cent", 0, Q("15", "%")),
    ("ah02", "quantity", "472km", 0, Q("472", "km")),
    ("ah02", "quantity", "120km", 0, Q("120", "km")),
    ("ah02", "quantity", "up to 22 million tonnes", 0, Q("22000000", "t", "le")),
    ("ah02", "quantity", "140 hectares", 0, Q("140", "ha")),
    ("ah02", "quantity", "6.4 million tonnes", 0, Q("6400000", "t")),
    ("ah02", "quantity", "11 per cent", 0, Q("11", "%")),
    # organisations ("Standard Gauge Railway (SGR)": a railway; "Railway Development Levy": a levy;
    # "the Constitution", "the corporation", "the county": no mentions; "State House": a building;
    # "Radio Africa Group" in the copyright line and the "Also read" line are chrome)
    ("ah02", "organisation", "[[The Star]]\n", 0, O("The Star")),
    ("ah02", "organisation", EXIM, 0, O(EXIM)),
    ("ah02", "organisation", "([[China Exim]])", 0, O(EXIM)),
    ("ah02", "organisation", NT, 0, O(NT)),
    ("ah02", "organisation", "a [[Treasury]] brief", 0, O(NT)),
    ("ah02", "organisation", "seen by [[The Star]]", 0, O("The Star")),
    ("ah02", "organisation", CRBC, 0, O(CRBC)),
    ("ah02", "organisation", "([[CRBC]])", 0, O(CRBC)),
    ("ah02", "organisation", "[[Kenya Railways]] says", 0, O("Kenya Railways")),
    ("ah02", "organisation", "High Court", 0, O("High Court")),
    ("ah02", "organisation", SENATE_C, 0, O(SENATE_C)),
    ("ah02", "organisation", "questioned [[Kenya Railways]] managing", 0, O("Kenya Railways")),
    ("ah02", "organisation", "owed [[CRBC]]", 0, O(CRBC)),
    # places ("the Uganda border": the country; "Busia Governor" stands for the county (a region);
    # "the Kisumu port" tags the town (extra38); "Mercy Kericho" is a person)
    ("ah02", "place", "to [[Malaba]] back", 0, MALABA),
    ("ah02", "place", "as [[Kenya]], China sign", 0, KE),
    ("ah02", "place", "Kenya, [[China]] sign", 0, CN),
    ("ah02", "place", "[[Kenya]] and China on", 0, KE),
    ("ah02", "place", "Kenya and [[China]] on", 0, CN),
    ("ah02", "place", "from [[Naivasha]] to", 0, NAIVASHA),
    ("ah02", "place", "to [[Malaba]] on", 0, MALABA),
    ("ah02", "place", "the [[Uganda]] border", 0, C("Uganda", "UG")),
    ("ah02", "place", "State House, [[Nairobi]]", 0, NBO),
    ("ah02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("ah02", "place", "via [[Kisumu]]", 0, KISUMU),
    ("ah02", "place", "for [[Kenya]].", 0, KE),
    ("ah02", "place", "[[Kenya]] will contribute", 0, KE),
    ("ah02", "place", "[[Mombasa]]-Nairobi", 0, CITY("Mombasa", "KE")),
    ("ah02", "place", "Mombasa-[[Nairobi]]", 0, NBO),
    ("ah02", "place", "at [[Naivasha]], where", 0, NAIVASHA),
    ("ah02", "place", "[[Busia]] Governor", 0, REG("Busia", "KE")),
    ("ah02", "place", "the [[Kisumu]] port", 0, KISUMU),
    ("ah02", "place", "in [[Nairobi]] challenging", 0, NBO),
    ("ah02", "place", "[[Kenya]]'s SGR", 0, KE),
    # events ("is expected to break ground", "will carry", "is expected to hear": future; "stopped",
    # "filed a petition", "questioned" (no meeting word, extra37), "carried" (a figure): no type;
    # "attended the signing" is the same occurrence as the headline's "sign")
    ("ah02", "event", "China [[sign]] Sh193bn", 0,
     E("signing", "2025-10-16", "Nairobi", ["Kenya", "China", EXIM, NT, "Busia"], M("193000000000", "KES"))),
    ("ah02", "event", "built", 0, E("construction", None, None, [CRBC], Q("472", "km"))),
]

# ================================= ah03 eKathimerini (24.06.2025 • 19:05)
GR = C("Greece", "GR")
PIRAEUS = CITY("Piraeus", "GR")
ATHENS = CITY("Athens", "GR")
EUROPE = REG("Europe")
KATH = "Kathimerini"
COSCO = "COSCO Shipping"
CSP = "COSCO Shipping Ports Ltd"
PPA = "Piraeus Port Authority"
HRADF = "Hellenic Republic Asset Development Fund"
MMA = "Ministry of Maritime Affairs and Insular Policy"
ZPMC = "Shanghai Zhenhua Heavy Industries Co."
A03 = [
    # dates (a d.m.y header with its time is one fact (extra30); "January-May" in a June report ->
    # 2025-01/2025-05; "the end of 2026" -> 2026 (NOTES); "mid-2027" -> 2027; "year on year": none)
    ("ah03", "date", "24.06.2025 • 19:05", 0, "2025-06-24T19:05"),
    ("ah03", "date", "last year", 0, "2024"),
    ("ah03", "date", "from [[2023]]", 0, "2023"),
    ("ah03", "date", "January-May", 0, "2025-01/2025-05"),
    ("ah03", "date", "on [[Monday]]", 0, "2025-06-23"),
    ("ah03", "date", "in [[2016]]", 0, "2016"),
    ("ah03", "date", "October 2021", 0, "2021-10"),
    ("ah03", "date", "On [[Friday]]", 0, "2025-06-20"),
    ("ah03", "date", "the end of 2026", 0, "2026"),
    ("ah03", "date", "June 12", 0, "2025-06-12"),
    ("ah03", "date", "mid-2027", 0, "2027"),
    ("ah03", "date", "last month", 0, "2025-05"),
    ("ah03", "date", "for [[2024]]", 0, "2024"),
    ("ah03", "date", "on [[Tuesday]]", 0, "2025-06-24"),
    ("ah03", "date", "December 2023", 0, "2023-12"),
    ("ah03", "date", "in [[2018]]", 0, "2018"),
    # money (a share price is money (extra16))
    ("ah03", "money", "EUR 280.5 million", 0, M("280500000", "EUR")),
    ("ah03", "money", "EUR 88 million", 0, M("88000000", "EUR")),
    ("ah03", "money", "EUR 294 million", 0, M("294000000", "EUR")),
    ("ah03", "money", "EUR 96 million", 0, M("96000000", "EUR")),
    ("ah03", "money", "EUR 84.3 million", 0, M("84300000", "EUR")),
    ("ah03", "money", "EUR 29.85", 0, M("29.85", "EUR")),
    # quantities ("six ship-to-shore cranes": spelled-out count; "Article 11", "Pier II": names)
    ("ah03", "quantity", "40%", 0, Q("40", "%")),
    ("ah03", "quantity", "67%", 0, Q("67", "%")),
    ("ah03", "quantity", "4.8 million TEU", 0, Q("4800000", "TEU")),
    ("ah03", "quantity", "6.2%", 0, Q("6.2", "%")),
    ("ah03", "quantity", "3%", 0, Q("3", "%")),
    ("ah03", "quantity", "51%", 0, Q("51", "%")),
    ("ah03", "quantity", "16%", 0, Q("16", "%")),
    ("ah03", "quantity", "about 60%", 0, Q("60", "%", "approx")),
    ("ah03", "quantity", "14 electric terminal tractors", 0, Q("14", "tractor")),
    ("ah03", "quantity", "4.1%", 0, Q("4.1", "%")),
    ("ah03", "quantity", "1.6%", 0, Q("1.6", "%")),
    ("ah03", "quantity", "18 months", 0, Q("18", "month")),
    # organisations ("ticker PPA": an identifier; "the group", "the ministry": anaphors;
    # "Maritime Affairs Minister": a title; "Belt and Road Initiative": no fact; the copyright
    # holder is chrome; Piraeus/Shanghai/Hellenic Republic inside names not tagged)
    ("ah03", "organisation", "ekathimerini.com", 0, O(KATH)),
    ("ah03", "organisation", "[[COSCO]] eyes", 0, O(COSCO)),
    ("ah03", "organisation", "China's [[COSCO Shipping]] is", 0, O(COSCO)),
    ("ah03", "organisation", "Growthfund", 0, O("Growthfund")),
    ("ah03", "organisation", "told [[Kathimerini]]", 0, O(KATH)),
    ("ah03", "organisation", PPA, 0, O(PPA)),
    ("ah03", "organisation", "([[PPA]])", 0, O(PPA)),
    ("ah03", "organisation", CSP, 0, O(CSP)),
    ("ah03", "organisation", "[[COSCO Shipping]] acquired", 0, O(COSCO)),
    ("ah03", "organisation", "of [[PPA]] from", 0, O(PPA)),
    ("ah03", "organisation", HRADF, 0, O(HRADF)),
    ("ah03", "organisation", "([[HRADF]])", 0, O(HRADF)),
    ("ah03", "organisation", "Growthfund", 1, O("Growthfund")),
    ("ah03", "organisation", MMA, 0, O(MMA)),
    ("ah03", "organisation", "met [[COSCO Shipping Ports]] managing", 0, O(CSP)),
    ("ah03", "organisation", "[[PPA]] signed", 0, O(PPA)),
    ("ah03", "organisation", ZPMC, 0, O(ZPMC)),
    ("ah03", "organisation", "([[ZPMC]])", 0, O(ZPMC)),
    ("ah03", "organisation", "[[PPA]] reported", 0, O(PPA)),
    ("ah03", "organisation", "Athens Exchange", 0, O("Athens Exchange")),
    ("ah03", "organisation", "major [[EU]] economy", 0, O("EU")),
    # places ("Thriasio freight centre": a facility named after a plain; "Eleni Kavala": a person;
    # "the Chinese group" stands for China; "Rome" for Italy's government is the city (extra32))
    ("ah03", "place", "as [[Piraeus]] box", 0, PIRAEUS),
    ("ah03", "place", "[[China]]'s COSCO", 0, CN),
    ("ah03", "place", "Aspropyrgos", 0, CITY("Aspropyrgos", "GR")),
    ("ah03", "place", "west of [[Athens]]", 0, ATHENS),
    ("ah03", "place", "port of [[Piraeus]]", 0, PIRAEUS),
    ("ah03", "place", "Central Europe", 0, REG("Central Europe")),
    ("ah03", "place", "as [[Asia]]-Europe", 0, REG("Asia")),
    ("ah03", "place", "Asia-[[Europe]] services", 0, EUROPE),
    ("ah03", "place", "around [[Africa]]", 0, REG("Africa")),
    ("ah03", "place", "the [[Chinese]] group", 0, CN),
    ("ah03", "place", "in [[Athens]] to", 0, ATHENS),
    ("ah03", "place", "Italy", 0, C("Italy", "IT")),
    ("ah03", "place", "Greece", 0, GR),
    ("ah03", "place", "following [[Rome]]", 0, CITY("Rome", "IT")),
    ("ah03", "place", "\"[[Piraeus]] is", 0, PIRAEUS),
    ("ah03", "place", "is [[China]]'s gateway", 0, CN),
    ("ah03", "place", "to [[Europe]], but", 0, EUROPE),
    # events ("is in talks to acquire": future; "handled", "fell", "reported", "closed": figures;
    # "committed": financing; "has been completed" (a share of works): no occurrence; "quit",
    # "joined": no type; the "delivery" anchors on the event noun after "took" (extra35))
    ("ah03", "event", "acquired", 0,
     E("investment", "2016", None, [COSCO, PPA, HRADF], M("280500000", "EUR"))),
    ("ah03", "event", "and [[took]] a further", 0,
     E("investment", "2021-10", None, [COSCO, PPA, HRADF], M("88000000", "EUR"))),
    ("ah03", "event", "met", 0, E("meeting", "2025-06-20", "Athens", [MMA, CSP])),
    ("ah03", "event", "PPA [[signed]]", 0, E("signing", "2025-06-12", None, [PPA, ZPMC], M("96000000", "EUR"))),
    ("ah03", "event", "delivery", 0, E("delivery", "2025-05", None, [PPA], Q("14", "tractor"))),
]

# ================================= ah04 CDB / MFB joint press release (Abidjan, 3 December 2025)
CI = C("Côte d'Ivoire", "CI")
ABJ = CITY("Abidjan", "CI")
CDB = "China Development Bank"
MFB = "Ministry of Finance and Budget of the Republic of Côte d'Ivoire"
CIE = "Côte d'Ivoire Energies"
PBOC = "People's Bank of China"
BCEAO = "Central Bank of West African States"
GOV = "Government of Côte d'Ivoire"
SC = "State Council of the People's Republic of China"
FOCAC = "Beijing Summit of the Forum on China-Africa Cooperation"
A04 = [
    # dates ("today" in a dated release is the release date; "per annum": a rate; "the end of
    # 2028" -> 2028 (NOTES); "the 2026 budget": the year is a date (extra37))
    ("ah04", "date", "3 December 2025", 0, "2025-12-03"),
    ("ah04", "date", "today", 0, "2025-12-03"),
    ("ah04", "date", "the end of 2028", 0, "2028"),
    ("ah04", "date", "the [[2026]] budget", 0, "2026"),
    ("ah04", "date", "September 2024", 0, "2024-09"),
    ("ah04", "date", "14 May 2025", 0, "2025-05-14"),
    ("ah04", "date", "Since [[2013]]", 0, "2013"),
    ("ah04", "date", "in [[1994]]", 0, "1994"),
    ("ah04", "date", "the end of 2024", 0, "2024"),
    # money (RMB -> CNY, XOF as written; "above": gt; "in yuan": a currency, no sum)
    ("ah04", "money", "RMB 2.6 billion", 0, M("2600000000", "CNY")),
    ("ah04", "money", "RMB 2.6 billion", 1, M("2600000000", "CNY")),
    ("ah04", "money", "about US$ 365 million", 0, M("365000000", "USD", "approx")),
    ("ah04", "money", "XOF 31 billion", 0, M("31000000000", "XOF")),
    ("ah04", "money", "RMB 5 billion", 0, M("5000000000", "CNY")),
    ("ah04", "money", "above US$ 2.9 billion", 0, M("2900000000", "USD", "gt")),
    ("ah04", "money", "RMB 18.9 trillion", 0, M("18900000000000", "CNY")),
    # quantities (tenors, basis points and rates are quantities (extra27); "225 kV" inside the
    # project's name, "one-year", "three substations": no quantities; the telephone lines are chrome)
    ("ah04", "quantity", "15 years", 0, Q("15", "year")),
    ("ah04", "quantity", "of [[5 years]]", 0, Q("5", "year")),
    ("ah04", "quantity", "85 basis points", 0, Q("85", "bp")),
    ("ah04", "quantity", "3.9%", 0, Q("3.9", "%")),
    ("ah04", "quantity", "312 km", 0, Q("312", "km")),
    ("ah04", "quantity", "600 MW", 0, Q("600", "MW")),
    ("ah04", "quantity", "about 140,000 households", 0, Q("140000", "household", "approx")),
    ("ah04", "quantity", "13%", 0, Q("13", "%")),
    ("ah04", "quantity", "3-year", 0, Q("3", "year")),
    ("ah04", "quantity", "more than 20 projects", 0, Q("20", "project", "gt")),
    # organisations ("Ivorian finance ministry": lower-case, the country only; "Loan Prime Rate
    # (LPR)": a rate; "Minister of Finance and Budget": a title; the Media contacts block is chrome;
    # places inside names not tagged)
    ("ah04", "organisation", "[[China Development Bank]] and Ivorian", 0, O(CDB)),
    ("ah04", "organisation", "[[China Development Bank]] (CDB)", 0, O(CDB)),
    ("ah04", "organisation", "([[CDB]])", 0, O(CDB)),
    ("ah04", "organisation", MFB, 0, O(MFB)),
    ("ah04", "organisation", "([[MFB]])", 0, O(MFB)),
    ("ah04", "organisation", CIE, 0, O(CIE)),
    ("ah04", "organisation", "([[CI-Energies]])", 0, O(CIE)),
    ("ah04", "organisation", "by [[CDB]] in West", 0, O(CDB)),
    ("ah04", "organisation", GOV, 0, O(GOV)),
    ("ah04", "organisation", "the [[MFB]] headquarters", 0, O(MFB)),
    ("ah04", "organisation", "[[CDB]] Vice Governor", 0, O(CDB)),
    ("ah04", "organisation", PBOC, 0, O(PBOC)),
    ("ah04", "organisation", "([[PBOC]])", 0, O(PBOC)),
    ("ah04", "organisation", BCEAO, 0, O(BCEAO)),
    ("ah04", "organisation", "([[BCEAO]])", 0, O(BCEAO)),
    ("ah04", "organisation", "2013, [[CDB]] has", 0, O(CDB)),
    ("ah04", "organisation", "About [[China Development Bank]]", 0, O(CDB)),
    ("ah04", "organisation", "[[CDB]] is a", 0, O(CDB)),
    ("ah04", "organisation", SC, 0, O(SC)),
    # places ("western power grid": lower-case; the project's end towns are tagged, "Man" a town)
    ("ah04", "place", "Ivorian", 0, CI),
    ("ah04", "place", "[[Abidjan]], 3 December", 0, ABJ),
    ("ah04", "place", "Soubré", 0, CITY("Soubré", "CI")),
    ("ah04", "place", "Soubré-[[Man]]", 0, CITY("Man", "CI")),
    ("ah04", "place", "West Africa", 0, REG("West Africa")),
    ("ah04", "place", "Nawa", 0, REG("Nawa", "CI")),
    ("ah04", "place", "Guémon", 0, REG("Guémon", "CI")),
    ("ah04", "place", "Tonkpi", 0, REG("Tonkpi", "CI")),
    ("ah04", "place", "in [[Abidjan]] and", 0, ABJ),
    ("ah04", "place", "the [[Chinese]] Ambassador", 0, CN),
    ("ah04", "place", "Ambassador to [[Côte d'Ivoire]]", 0, CI),
    ("ah04", "place", "Dakar", 0, CITY("Dakar", "SN")),
    ("ah04", "place", "[[Chinese]] contractors", 0, CN),
    ("ah04", "place", "projects in [[Côte d'Ivoire]]", 0, CI),
    # summit (dated and placed by the text; Beijing, China and Africa inside its name not tagged)
    ("ah04", "summit", FOCAC, 0, S(FOCAC, "2024-09", "Beijing")),
    # events (the headline "sign" anchors the loan signing that "today signed" and "The signing
    # ceremony was held" retell; the attendees' bodies take part; "will build", "will finance":
    # future; "financed", "extended": financing; "welcomed", "Founded": no events)
    ("ah04", "event", "ministry [[sign]] RMB", 0,
     E("signing", "2025-12-03", "Abidjan", [CDB, MFB, "China"], M("2600000000", "CNY"))),
    ("ah04", "event", "[[signed]] in Dakar", 0,
     E("signing", "2025-05-14", "Dakar", [PBOC, BCEAO], M("5000000000", "CNY"))),
]

ANNOTATIONS = A01 + A02 + A03 + A04

if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "ah*.txt")
