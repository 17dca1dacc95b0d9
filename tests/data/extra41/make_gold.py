#!/usr/bin/env python3
"""Build tests/data/extra41/gold.jsonl from hand annotations of the ai*.txt documents here.

The four documents are invented but realistic Belt and Road news texts (a Kaktus Media story on a
Cabinet of Ministers resolution for a Chinese-built tunnel on Kyrgyzstan's Alternative North-South
road, with som/TJS/US$ amounts, km and tonnes and a Chinese delegation's visit; a Vietnam News story
on an MoU between the Lào Cai People's Committee and a Yunnan group for a rail freight hub, with
VND/dong/kip/US$ amounts, TEU, MW and hectares; a Mexico News Daily story on CRRC's Monterrey Metro
Line 6 tender, with peso/MXN/US$ amounts, a signing, a presidential visit and an expo ahead; a
Namibian story on a minister's reply to a parliamentary question on the Husab uranium mine, with
N$/R/US$ amounts, tonnes, a meeting in Pretoria and a forum ahead) written BLIND: annotated from
shared/gold/NOTES.md and shared/spec/facts.md alone, without running bri_corpus on them, so that they
measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra39/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - a Cabinet resolution "allowing" a ministry to sign a contract, and a contract "expected to be
    signed" at a forum ahead, are a decision and an intention: no event (extra21's "approved");
  - "the next day" after a dated visit day is an anaphor with a calendar unit (2025-09-16), as
    m02's "the next day";
  - a stretch "built by" a contractor and "was opened in October 2024" in one sentence: an undated
    construction of the builder with the stretch's length as its amount (extra12/extra14) and an
    opening (ceremony) dated by the month with no party named (extra24); "has so far completed 270
    km" of a corridor is a construction without point date (extra16's running totals), the length
    its amount;
  - "spent TJS 1.3 billion ... on repairs" is spending, no event (extra12's "allocated");
  - a Kyrgyz parliament named by its own name ("Jogorku Kenesh") is an organisation (unlike y03's
    bare "Parliament"); a deputy named like a city ("Kamila Osh"), a reporter named like a region
    ("Nurlan Talas") and a reporter named like a Mexican state ("Lucía Durango") are no places;
  - a cement plant named after its town ("the Kant plant") names no place (extra15/extra16);
  - a province that signs through its People's Committee: the headline's "Lào Cai signs" is the
    province as a region place, the body's "Lào Cai Province People's Committee" the organisation,
    and "chairman of the provincial People's Committee" a mention of that organisation (extra5's
    "Chairman of the Cabinet of Ministers"); the dateline "LÀO CAI" and "in Lào Cai city" are the
    city, "Lào Cai, whose border gate" (with a district of it named) the province;
  - a rail freight hub MoU takes the hub's estimated cost as its amount (extra21's cost under the
    MoU); a Vice Governor of a province attending stands for the province (extra15);
  - a body sentence carrying a hotline number is text: the department named in it is a mention, the
    number an identifier (no quantity);
  - Namibia's fiscal year runs April-March: "the 2023/24 financial year" -> 2023-04/2024-03;
  - "Husab cost US$4,6 billion to build" (no builder, no occurrence verb) is no construction event;
    the mine's annual output "produced 3 400 tonnes ... last year" is the operator's production,
    placed at the town the mine lies near;
  - "Coega Special Economic Zone" is a zone named for its locality: the locality is tagged as a city
    (extra28's "Sokhna Industrial Zone"), the zone is no organisation;
  - the state's "Finance Ministry" (capitalised, of Nuevo León) is an organisation as written; the
    "Nuevo León state government" is the state as a region place (NOTES' "Kazakhstan government");
  - "Expo Rieles México 2026 in Guadalajara next March": a summit whose year is part of its name
    (extra11), dated by "next March" and placed at Guadalajara.
Run:  .venv/bin/python tests/data/extra41/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= ai01 Kaktus Media, Bishkek (17.09.2025 14:20)
KG = C("Kyrgyzstan", "KG")
BISHKEK = CITY("Bishkek", "KG")
JALAL = CITY("Jalal-Abad", "KG")
CABKG = "Cabinet of Ministers of the Kyrgyz Republic"
MOTC = "Ministry of Transport and Communications"
CRTG = "China Railway Tunnel Group"
EXIM = "Export-Import Bank of China"
CRBC = "China Road and Bridge Corporation"
KCBF = S("Kyrgyzstan-China Business Forum", "2025-11", "Beijing")
A01 = [
    # dates ("in winter": a recurring season, no date; "for up to five months": a spelled-out
    # duration; "Resolution No. 512": an identifier; the copyright year is chrome)
    ("ai01", "date", "17.09.2025 14:20", 0, "2025-09-17T14:20"),
    ("ai01", "date", "on [[Tuesday]]", 0, "2025-09-16"),
    ("ai01", "date", "2026-2027", 0, "2026/2027"),
    ("ai01", "date", "September 15", 0, "2025-09-15"),
    ("ai01", "date", "the next day", 0, "2025-09-16"),
    ("ai01", "date", "the second quarter of 2026", 0, "2026-Q2"),
    ("ai01", "date", "by [[2030]]", 0, "2030"),
    ("ai01", "date", "October 2024", 0, "2024-10"),
    ("ai01", "date", "last year", 0, "2024"),
    ("ai01", "date", "in [[March]]", 0, "2025-03"),
    ("ai01", "date", "early November", 0, "2025-11"),
    # money ("som" in a Kyrgyz outlet -> KGS, extra16)
    ("ai01", "money", "9.8 billion som", 0, M("9800000000", "KGS")),
    ("ai01", "money", "9.8 billion som", 1, M("9800000000", "KGS")),
    ("ai01", "money", "about US$112 million", 0, M("112000000", "USD", "approx")),
    ("ai01", "money", "1.47 billion som", 0, M("1470000000", "KGS")),
    ("ai01", "money", "TJS 1.3 billion", 0, M("1300000000", "TJS")),
    ("ai01", "money", "about $1.7 billion", 0, M("1700000000", "USD", "approx")),
    # quantities (the "a day" rate stays outside, extra4; the phone number is chrome)
    ("ai01", "quantity", "4.2-kilometer", 0, Q("4.2", "km")),
    ("ai01", "quantity", "18 km", 0, Q("18", "km")),
    ("ai01", "quantity", "85 percent", 0, Q("85", "%")),
    ("ai01", "quantity", "42 months", 0, Q("42", "month")),
    ("ai01", "quantity", "about 1,200 local workers", 0, Q("1200", "worker", "approx")),
    ("ai01", "quantity", "35,000 tonnes", 0, Q("35000", "t")),
    ("ai01", "quantity", "37 kilometers", 0, Q("37", "km")),
    ("ai01", "quantity", "4,500 vehicles", 0, Q("4500", "vehicle")),
    ("ai01", "quantity", "183-kilometer", 0, Q("183", "km")),
    ("ai01", "quantity", "270 km", 0, Q("270", "km")),
    ("ai01", "quantity", "433-kilometer", 0, Q("433", "km")),
    ("ai01", "quantity", "nearly 40%", 0, Q("40", "%", "lt")),
    # organisations (the headline's "Cabinet" and "the Cabinet's press service": generic after the
    # full name, extra34; the "Read also" and hotline lines and the copyright line are chrome)
    ("ai01", "organisation", "Kaktus Media", 0, O("Kaktus Media")),
    ("ai01", "organisation", "Cabinet of Ministers of the Kyrgyz Republic", 0, O(CABKG)),
    ("ai01", "organisation", "Ministry of Transport and Communications", 0, O(MOTC)),
    ("ai01", "organisation", "China Railway Tunnel Group", 0, O(CRTG)),
    ("ai01", "organisation", "([[CRTG]])", 0, O(CRTG)),
    ("ai01", "organisation", "by [[CRTG]] vice", 0, O(CRTG)),
    ("ai01", "organisation", "Export-Import Bank of China", 0, O(EXIM)),
    ("ai01", "organisation", "Export-Import Bank of China", 1, O(EXIM)),
    ("ai01", "organisation", "Chairman of the [[Cabinet of Ministers]]", 0, O(CABKG)),
    ("ai01", "organisation", "China Road and Bridge Corporation", 0, O(CRBC)),
    ("ai01", "organisation", "([[CRBC]])", 0, O(CRBC)),
    ("ai01", "organisation", "[[CRBC]] has", 0, O(CRBC)),
    ("ai01", "organisation", "Asia-Plus", 0, O("Asia-Plus")),
    ("ai01", "organisation", "Jogorku Kenesh", 0, O("Jogorku Kenesh")),
    # places ("Kok-Bel tunnel", "Shahristan tunnel": named after passes, no place (extra26);
    # "Alternative North-South road": no place; "Kant plant": no place; "Nurlan Talas", "Kamila Osh":
    # persons; "Kyrgyz Republic" inside the Cabinet's name and the forum's countries: flat; a highway
    # named after towns tags each (extra12); "Issyk-Kul region": the generic noun outside)
    ("ai01", "place", "[[Chinese]] builder", 0, CN),
    ("ai01", "place", "BISHKEK", 0, BISHKEK),
    ("ai01", "place", "A [[Chinese]] delegation", 0, CN),
    ("ai01", "place", "visited [[Bishkek]]", 0, BISHKEK),
    ("ai01", "place", "Kazarman", 0, CITY("Kazarman", "KG")),
    ("ai01", "place", "and [[Jalal-Abad]] by", 0, JALAL),
    ("ai01", "place", "Balykchy", 0, CITY("Balykchy", "KG")),
    ("ai01", "place", "Issyk-Kul", 0, REG("Issyk-Kul", "KG")),
    ("ai01", "place", "city of [[Jalal-Abad]]", 0, JALAL),
    ("ai01", "place", "Tajikistan", 0, C("Tajikistan", "TJ")),
    ("ai01", "place", "[[Chinese]]-built", 0, CN),
    ("ai01", "place", "Dushanbe", 0, CITY("Dushanbe", "TJ")),
    ("ai01", "place", "Khujand", 0, CITY("Khujand", "TJ")),
    ("ai01", "place", "[[Kyrgyzstan]] owes", 0, KG),
    ("ai01", "place", "signed in [[Beijing]]", 0, CITY("Beijing", "CN")),
    ("ai01", "place", "Forum in [[Beijing]]", 0, CITY("Beijing", "CN")),
    # summit (a forum ahead, placed and dated by the text)
    ("ai01", "summit", "Kyrgyzstan-China Business Forum", 0, KCBF),
    # events ("approved a resolution", "to sign", "works are to begin", "plans to hire", "spent ... on
    # repairs", "is expected to be signed": decisions, intentions, spending; "met with" the Cabinet's
    # chairman the day after the visit began is a meeting within the visit, placed by it (extra11))
    ("ai01", "event", "visited", 0, E("visit", "2025-09-15", "Bishkek", ["China", CRTG])),
    ("ai01", "event", "[[met]] with", 0, E("meeting", "2025-09-16", "Bishkek", ["China", CRTG, CABKG])),
    ("ai01", "event", "[[built]] by", 0, E("construction", None, None, [CRBC], Q("183", "km"))),
    ("ai01", "event", "was [[opened]] in", 0, E("ceremony", "2024-10")),
    ("ai01", "event", "completed", 0, E("construction", None, None, [CRBC], Q("270", "km"))),
]

# ================================= ai02 Vietnam News, Lào Cai (Update: October 08, 2025 - 09:15)
VN = C("Việt Nam", "VN")
LA = C("Laos", "LA")
LAOCAI_P = REG("Lào Cai", "VN")
LAOCAI_C = CITY("Lào Cai", "VN")
HANOI = CITY("Hà Nội", "VN")
YUNNAN = REG("Yunnan", "CN")
KUNMING = CITY("Kunming", "CN")
HEKOU = CITY("Hekou", "CN")
VIENTIANE = CITY("Vientiane", "LA")
LCPC = "Lào Cai Province People's Committee"
YCIH = "Yunnan Construction and Investment Holding Group"
POWERCHINA = "Power Construction Corporation of China"
A02 = [
    # dates ("Update:" header with a dash-joined time, extra12; "year-on-year": no date)
    ("ai02", "date", "October 08, 2025 - 09:15", 0, "2025-10-08T09:15"),
    ("ai02", "date", "on [[Tuesday]]", 0, "2025-10-07"),
    ("ai02", "date", "the fourth quarter of this year", 0, "2025-Q4"),
    ("ai02", "date", "in [[February]]", 0, "2025-02"),
    ("ai02", "date", "December 19", 0, "2025-12-19"),
    ("ai02", "date", "in [[April]]", 0, "2025-04"),
    ("ai02", "date", "before [[2030]]", 0, "2030"),
    ("ai02", "date", "the first nine months of 2025", 0, "2025-01/2025-09"),
    ("ai02", "date", "June 2023", 0, "2023-06"),
    ("ai02", "date", "in [[2022]]", 0, "2022"),
    ("ai02", "date", "by [[2028]]", 0, "2028"),
    # money ("VNĐ", "đồng" -> VND; kip -> LAK)
    ("ai02", "money", "VNĐ7.6 trillion", 0, M("7600000000000", "VND")),
    ("ai02", "money", "US$289 million", 0, M("289000000", "USD")),
    ("ai02", "money", "VNĐ203 trillion", 0, M("203000000000000", "VND")),
    ("ai02", "money", "around $8.3 billion", 0, M("8300000000", "USD", "approx")),
    ("ai02", "money", "1,150 billion đồng", 0, M("1150000000000", "VND")),
    ("ai02", "money", "some 14 million kip", 0, M("14000000", "LAK", "approx")),
    # quantities ("of cargo a year": of-complement and rate outside; "nine provinces": spelled-out
    # count; "metro line 5" is chrome; the hotline number is an identifier)
    ("ai02", "quantity", "145-hectare", 0, Q("145", "ha")),
    ("ai02", "quantity", "up to 2.5 million tonnes", 0, Q("2500000", "t", "le")),
    ("ai02", "quantity", "12,000 TEU", 0, Q("12000", "TEU")),
    ("ai02", "quantity", "391-kilometre", 0, Q("391", "km")),
    ("ai02", "quantity", "160 km per hour", 0, Q("160", "km/h")),
    ("ai02", "quantity", "1.2 million tonnes", 0, Q("1200000", "t")),
    ("ai02", "quantity", "18 per cent", 0, Q("18", "%")),
    ("ai02", "quantity", "50 MW", 0, Q("50", "MW")),
    ("ai02", "quantity", "about 30 per cent", 0, Q("30", "%", "approx")),
    # organisations ("MoU", "the province", "Provincial Party Secretary": no mentions; "Vietnam News"
    # only in the copyright line, chrome; "Vientiane Logistics Park": a park, no organisation)
    ("ai02", "organisation", "Lào Cai Province People's Committee", 0, O(LCPC)),
    ("ai02", "organisation", "Yunnan Construction and Investment Holding Group", 0, O(YCIH)),
    ("ai02", "organisation", "([[YCIH]])", 0, O(YCIH)),
    ("ai02", "organisation", "MoU, [[YCIH]] will", 0, O(YCIH)),
    ("ai02", "organisation", "provincial [[People's Committee]]", 0, O(LCPC)),
    ("ai02", "organisation", "National Assembly", 0, O("National Assembly")),
    ("ai02", "organisation", "Ministry of Construction", 0, O("Ministry of Construction")),
    ("ai02", "organisation", "Vietnam Railway Authority", 0, O("Vietnam Railway Authority")),
    ("ai02", "organisation", "Power Construction Corporation of China", 0, O(POWERCHINA)),
    ("ai02", "organisation", "([[PowerChina]])", 0, O(POWERCHINA)),
    ("ai02", "organisation", "Lào Cai Department of Industry and Trade", 0,
     O("Lào Cai Department of Industry and Trade")),
    # places (a railway or line named after towns tags each town, extra12; a border crossing named
    # after its town tags it, extra19; "Kim Thành" is the border locality, a city place; the park's
    # city is tagged, extra8; "China's": possessive outside)
    ("ai02", "place", "[[Lào Cai]] signs", 0, LAOCAI_P),
    ("ai02", "place", "with [[Yunnan]] firm", 0, YUNNAN),
    ("ai02", "place", "LÀO CAI", 0, LAOCAI_C),
    ("ai02", "place", "Kim Thành", 0, CITY("Kim Thành", "VN")),
    ("ai02", "place", "planned [[Lào Cai]] -", 0, LAOCAI_C),
    ("ai02", "place", "- [[Hà Nội]] -", 0, HANOI),
    ("ai02", "place", "Hải Phòng", 0, CITY("Hải Phòng", "VN")),
    ("ai02", "place", "in [[Lào Cai]] city", 0, LAOCAI_C),
    ("ai02", "place", "[[Yunnan]] Vice Governor", 0, YUNNAN),
    ("ai02", "place", "with [[China]]'s", 0, CN),
    ("ai02", "place", "[[Kunming]]-Hekou", 0, KUNMING),
    ("ai02", "place", "Kunming-[[Hekou]]", 0, HEKOU),
    ("ai02", "place", "the [[Hekou]] border", 0, HEKOU),
    ("ai02", "place", "Việt Nam", 0, VN),
    ("ai02", "place", "and [[China]] signed", 0, CN),
    ("ai02", "place", "[[Chinese]] leader", 0, CN),
    ("ai02", "place", "visit to [[Hà Nội]]", 0, HANOI),
    ("ai02", "place", "[[Lào Cai]], whose", 0, LAOCAI_P),
    ("ai02", "place", "Bảo Thắng District", 0, REG("Bảo Thắng District", "VN")),
    ("ai02", "place", "neighbouring [[Laos]]", 0, LA),
    ("ai02", "place", "the [[Vientiane]] Logistics", 0, VIENTIANE),
    ("ai02", "place", "[[Lao]] exporters", 0, LA),
    ("ai02", "place", "exporters to [[China]]", 0, CN),
    ("ai02", "place", "the [[Lao]] side", 0, LA),
    ("ai02", "place", "from [[Vientiane]] to", 0, VIENTIANE),
    ("ai02", "place", "to [[Kunming]] now", 0, KUNMING),
    # events ("approved", "is scheduled to break ground", "could run", "handled", "has cut transit
    # costs", "started commercial operation", "wants the hub finished": decisions, plans, traffic,
    # no type; the headline "signs" anchors the MoU that the body tells with "signed" and "The signing
    # took place")
    ("ai02", "event", "signs", 0, E("signing", "2025-10-07", "Lào Cai", [LCPC, YCIH, "Yunnan"],
                                    M("7600000000000", "VND"))),
    ("ai02", "event", "China [[signed]] an", 0, E("signing", "2025-04", "Hà Nội", ["Việt Nam", "China"])),
    ("ai02", "event", "state visit", 0, E("visit", "2025-04", "Hà Nội", ["China"])),
    ("ai02", "event", "[[built]] by Power", 0, E("construction", None, "Bảo Thắng District", [POWERCHINA],
                                                 M("1150000000000", "VND"))),
    ("ai02", "event", "which [[opened]] in 2022", 0, E("ceremony", "2022", "Vientiane")),
]

# ================================= ai03 Mexico News Daily (Published on Thursday, November 13, 2025)
MX = C("Mexico", "MX")
NL = REG("Nuevo León", "MX")
MTY = CITY("Monterrey", "MX")
APODACA = CITY("Apodaca", "MX")
CRRC = "CRRC Corporation"
SICT = "Ministry of Infrastructure, Communications and Transportation"
A03 = [
    # dates ("file 184/2025": an identifier; the expo's year is part of its name, extra11; "early
    # 2027" -> the year, as "mid-2026"; "between 2023 and 2025" one interval, extra24)
    ("ai03", "date", "Thursday, November 13, 2025", 0, "2025-11-13"),
    ("ai03", "date", "on [[Wednesday]]", 0, "2025-11-12"),
    ("ai03", "date", "the third quarter of 2026", 0, "2026-Q3"),
    ("ai03", "date", "early 2027", 0, "2027"),
    ("ai03", "date", "on [[Wednesday]]", 1, "2025-11-12"),
    ("ai03", "date", "2023 and 2025", 0, "2023/2025"),
    ("ai03", "date", "in [[August]]", 0, "2025-08"),
    ("ai03", "date", "October 30", 0, "2025-10-30"),
    ("ai03", "date", "since [[2022]]", 0, "2022"),
    ("ai03", "date", "the first half of the year", 0, "2025-H1"),
    ("ai03", "date", "next March", 0, "2026-03"),
    # money (pesos -> MXN in a Mexican outlet; "bn" is billion)
    ("ai03", "money", "9.4-billion-peso", 0, M("9400000000", "MXN")),
    ("ai03", "money", "9.4 billion pesos", 0, M("9400000000", "MXN")),
    ("ai03", "money", "US$512 million", 0, M("512000000", "USD")),
    ("ai03", "money", "MXN 6.1bn", 0, M("6100000000", "MXN")),
    ("ai03", "money", "3.3 billion pesos", 0, M("3300000000", "MXN")),
    ("ai03", "money", "about MXN 37 billion", 0, M("37000000000", "MXN", "approx")),
    ("ai03", "money", "more than $1.3 billion", 0, M("1300000000", "USD", "gt")),
    # quantities ("Line 6", "Line 4", "Line 1": names; "a day" rate outside)
    ("ai03", "quantity", "26 driverless trains", 0, Q("26", "train")),
    ("ai03", "quantity", "15.2 kilometers", 0, Q("15.2", "km")),
    ("ai03", "quantity", "22 trains", 0, Q("22", "train")),
    ("ai03", "quantity", "12 stations", 0, Q("12", "station")),
    ("ai03", "quantity", "180,000 passengers", 0, Q("180000", "passenger")),
    ("ai03", "quantity", "about 45 Chinese manufacturers", 0, Q("45", "manufacturer", "approx")),
    ("ai03", "quantity", "850 hectares", 0, Q("850", "ha")),
    ("ai03", "quantity", "up to 50%", 0, Q("50", "%", "le")),
    ("ai03", "quantity", "1.8 million tonnes", 0, Q("1800000", "t")),
    # organisations ("CRRC Changchun Railway Vehicles" is a subsidiary with its own legal name,
    # extra21; "the national development bank", "the state budget": generic; "Hofusan industrial
    # park": a park; "USMCA": a trade agreement; the Related line and copyright line are chrome)
    ("ai03", "organisation", "Mexico News Daily", 0, O("Mexico News Daily")),
    ("ai03", "organisation", "[[CRRC]] wins", 0, O(CRRC)),
    ("ai03", "organisation", "CRRC Corporation", 0, O(CRRC)),
    ("ai03", "organisation", "CRRC Changchun Railway Vehicles", 0, O("CRRC Changchun Railway Vehicles")),
    ("ai03", "organisation", "Grupo Garza Ponce", 0, O("Grupo Garza Ponce")),
    ("ai03", "organisation", "Metrorrey", 0, O("Metrorrey")),
    ("ai03", "organisation", "with [[CRRC]] executives", 0, O(CRRC)),
    ("ai03", "organisation", "Finance Ministry", 0, O("Finance Ministry")),
    ("ai03", "organisation", "Banobras", 0, O("Banobras")),
    ("ai03", "organisation", "[[CRRC]] beat", 0, O(CRRC)),
    ("ai03", "organisation", SICT, 0, O(SICT)),
    ("ai03", "organisation", "([[SICT]])", 0, O(SICT)),
    ("ai03", "organisation", "Supreme Court", 0, O("Supreme Court")),
    ("ai03", "organisation", "Linglong", 0, O("Linglong")),
    ("ai03", "organisation", "Hisense", 0, O("Hisense")),
    ("ai03", "organisation", "Banorte", 0, O("Banorte")),
    ("ai03", "organisation", "Metrorrey", 1, O("Metrorrey")),
    # places (the city in a metro line's name is tagged, extra29; "Parque Fundidora" is a park;
    # "Lucía Durango" is a person; "México" inside the expo's name is not tagged (flat))
    ("ai03", "place", "[[Monterrey]] Metro Line 6", 0, MTY),
    ("ai03", "place", "[[Chinese]] rolling", 0, CN),
    ("ai03", "place", "the [[Monterrey]] Metro,", 0, MTY),
    ("ai03", "place", "[[Nuevo León]] state", 0, NL),
    ("ai03", "place", "[[Mexican]] engineering", 0, MX),
    ("ai03", "place", "between [[Apodaca]]", 0, APODACA),
    ("ai03", "place", "and [[Monterrey]]'s Parque", 0, MTY),
    ("ai03", "place", "in [[Monterrey]] on", 0, MTY),
    ("ai03", "place", "[[Spanish]] group", 0, C("Spain", "ES")),
    ("ai03", "place", "[[French]] bidder", 0, C("France", "FR")),
    ("ai03", "place", "The [[Chinese]] company", 0, CN),
    ("ai03", "place", "for [[Monterrey]]'s Line 4", 0, MTY),
    ("ai03", "place", "Mexico City", 0, CITY("Mexico City", "MX")),
    ("ai03", "place", "[[Mexico]]'s Supreme", 0, MX),
    ("ai03", "place", "Escobedo", 0, CITY("Escobedo", "MX")),
    ("ai03", "place", "works in [[Apodaca]]", 0, APODACA),
    ("ai03", "place", "the [[Monterrey]] project", 0, MTY),
    ("ai03", "place", "[[Chinese]] investment", 0, CN),
    ("ai03", "place", "in [[Nuevo León]] has", 0, NL),
    ("ai03", "place", "45 [[Chinese]] manufacturers", 0, CN),
    ("ai03", "place", "Salinas Victoria", 0, CITY("Salinas Victoria", "MX")),
    ("ai03", "place", "[[Chinese]]-made", 0, CN),
    ("ai03", "place", "from [[China]] reached", 0, CN),
    ("ai03", "place", "Guadalajara", 0, CITY("Guadalajara", "MX")),
    # summit (an expo ahead, dated by "next March" and placed at Guadalajara)
    ("ai03", "summit", "Expo Rieles México 2026", 0, S("Expo Rieles México 2026", "2026-03", "Guadalajara")),
    # events ("wins"/"has won the tender"/"was awarded": an award, no type (extra10/extra16); "would
    # be delivered", "would open", "will serve", "announced plants": future or intent; "approved",
    # "dismissed an appeal", "financed": no type; "toured" the depot: a sub-step of the visit; the
    # Governor stands for his state (extra15), the President for her country)
    ("ai03", "event", "García [[signed]]", 0, E("signing", "2025-11-12", "Monterrey", ["Nuevo León", CRRC],
                                                 M("9400000000", "MXN"))),
    ("ai03", "event", "already [[delivered]]", 0, E("delivery", "2023/2025", "Monterrey", [CRRC],
                                                    Q("22", "train"))),
    ("ai03", "event", "Sheinbaum [[visited]]", 0, E("visit", "2025-10-30", "Apodaca", ["Nuevo León", "Mexico"])),
]

# ================================= ai04 The Namibian (2025-03-26)
NA = C("Namibia", "NA")
ZA = C("South Africa", "ZA")
SWAKOP = "Swakop Uranium"
CGN = "China General Nuclear Power Group"
PDM = "Popular Democratic Movement"
NAMPORT = "Namibian Ports Authority"
CNUC = "China National Uranium Corporation"
ROSSING = "Rössing Uranium"
A04 = [
    # dates (Namibia's fiscal year runs April-March; "Act of 1992": inside a law's title, extra17;
    # "mid-2026" -> the year; "14-15 May" one interval)
    ("ai04", "date", "2025-03-26", 0, "2025-03-26"),
    ("ai04", "date", "yesterday", 0, "2025-03-25"),
    ("ai04", "date", "the 2023/24 financial year", 0, "2023-04/2024-03"),
    ("ai04", "date", "11 March", 0, "2025-03-11"),
    ("ai04", "date", "last year", 0, "2024"),
    ("ai04", "date", "in [[2023]]", 0, "2023"),
    ("ai04", "date", "in [[2012]]", 0, "2012"),
    ("ai04", "date", "mid-2026", 0, "2026"),
    ("ai04", "date", "on [[Monday]]", 0, "2025-03-24"),
    ("ai04", "date", "in [[2019]]", 0, "2019"),
    ("ai04", "date", "last year", 1, "2024"),
    ("ai04", "date", "14-15 May", 0, "2025-05-14/2025-05-15"),
    ("ai04", "date", "in [[2024]]", 0, "2024"),
    # money (decimal comma in Namibian amounts, extra19; "R" -> ZAR)
    ("ai04", "money", "N$1,9 billion", 0, M("1900000000", "NAD")),
    ("ai04", "money", "US$4,6 billion", 0, M("4600000000", "USD")),
    ("ai04", "money", "about N$2 billion", 0, M("2000000000", "NAD", "approx")),
    ("ai04", "money", "R12 billion", 0, M("12000000000", "ZAR")),
    ("ai04", "money", "N$11,3 billion", 0, M("11300000000", "NAD")),
    # quantities (space thousands, extra19; "third-largest": a rank; "section 48": an identifier;
    # "of water a year", "of manganese ore a year": of-complement and rate outside)
    ("ai04", "quantity", "90%", 0, Q("90", "%")),
    ("ai04", "quantity", "10%", 0, Q("10", "%")),
    ("ai04", "quantity", "3 400 tonnes", 0, Q("3400", "t")),
    ("ai04", "quantity", "2 960 tonnes", 0, Q("2960", "t")),
    ("ai04", "quantity", "1 650 Namibian workers", 0, Q("1650", "worker")),
    ("ai04", "quantity", "20 million cubic metres", 0, Q("20000000", "m3")),
    ("ai04", "quantity", "60 MW", 0, Q("60", "MW")),
    ("ai04", "quantity", "500 000 tonnes", 0, Q("500000", "t")),
    ("ai04", "quantity", "2 400t", 0, Q("2400", "t")),
    # organisations ("the State", "this House": generic; the minister's lower-case title names no
    # body; "Coega Special Economic Zone": a zone; the contact, Related and copyright lines are chrome)
    ("ai04", "organisation", "THE NAMIBIAN", 0, O("The Namibian")),
    ("ai04", "organisation", "National Assembly", 0, O("National Assembly")),
    ("ai04", "organisation", "Swakop Uranium", 0, O(SWAKOP)),
    ("ai04", "organisation", "Popular Democratic Movement", 0, O(PDM)),
    ("ai04", "organisation", "([[PDM]])", 0, O(PDM)),
    ("ai04", "organisation", "Swakop Uranium", 1, O(SWAKOP)),
    ("ai04", "organisation", "China General Nuclear Power Group", 0, O(CGN)),
    ("ai04", "organisation", "([[CGN]])", 0, O(CGN)),
    ("ai04", "organisation", "China-Africa Development Fund", 0, O("China-Africa Development Fund")),
    ("ai04", "organisation", "Epangelo Mining", 0, O("Epangelo Mining")),
    ("ai04", "organisation", "with [[CGN]] was", 0, O(CGN)),
    ("ai04", "organisation", "that [[CGN]] had", 0, O(CGN)),
    ("ai04", "organisation", "Huaxin Group", 0, O("Huaxin Group")),
    ("ai04", "organisation", ROSSING, 0, O(ROSSING)),
    ("ai04", "organisation", CNUC, 0, O(CNUC)),
    ("ai04", "organisation", "Rio Tinto", 0, O("Rio Tinto")),
    ("ai04", "organisation", NAMPORT, 0, O(NAMPORT)),
    ("ai04", "organisation", "([[Namport]])", 0, O(NAMPORT)),
    ("ai04", "organisation", "Bank of Namibia", 0, O("Bank of Namibia")),
    # places ("Husab" mine, "Swakop" and "Rössing" in company names: no places; a zone named for
    # its locality tags it (extra28); "Jiangsu-based" tags the province (extra22's "Jakarta-listed"))
    ("ai04", "place", "[[Chinese]] control", 0, CN),
    ("ai04", "place", "Arandis", 0, CITY("Arandis", "NA")),
    ("ai04", "place", "shipped to [[China]]", 0, CN),
    ("ai04", "place", "making [[Namibia]] the", 0, NA),
    ("ai04", "place", "1 650 [[Namibian]] workers", 0, NA),
    ("ai04", "place", "Swakopmund", 0, CITY("Swakopmund", "NA")),
    ("ai04", "place", "South Africa", 0, ZA),
    ("ai04", "place", "Jiangsu Province", 0, REG("Jiangsu Province", "CN")),
    ("ai04", "place", "Pretoria", 0, CITY("Pretoria", "ZA")),
    ("ai04", "place", "Coega", 0, CITY("Coega", "ZA")),
    ("ai04", "place", "Gqeberha", 0, CITY("Gqeberha", "ZA")),
    ("ai04", "place", "[[Jiangsu]]-based", 0, REG("Jiangsu", "CN")),
    ("ai04", "place", "Northern Cape", 0, REG("Northern Cape", "ZA")),
    ("ai04", "place", "Walvis Bay", 0, CITY("Walvis Bay", "NA")),
    ("ai04", "place", "said [[Namibians]]", 0, NA),
    ("ai04", "place", "Windhoek", 0, CITY("Windhoek", "NA")),
    ("ai04", "place", "[[Namibia]]'s uranium", 0, NA),
    # summit (a forum ahead, dated and placed by the text)
    ("ai04", "summit", "Namibia-China Investment Forum", 0,
     S("Namibia-China Investment Forum", "2025-05-14/2025-05-15", "Windhoek")),
    # events ("defends", "replying to a question", "tabled", "paid ... taxes", "is shipped",
    # "exported", "earned", "are expected to sign": no type or intent; "cost ... to build" names no
    # builder and no occurrence; the minister with no body named stands for South Africa (extra5);
    # "bought" a company is an investment of buyer and bought (extra11), the seller no party)
    ("ai04", "event", "mine [[produced]]", 0, E("production", "2024", "Arandis", [SWAKOP], Q("3400", "t"))),
    ("ai04", "event", "was [[signed]] in 2012", 0, E("signing", "2012", None, [CGN])),
    ("ai04", "event", "had [[invested]]", 0, E("investment", None, "Swakopmund", [CGN],
                                                M("2000000000", "NAD", "approx"))),
    ("ai04", "event", "Mantashe, [[met]]", 0, E("meeting", "2025-03-24", "Pretoria",
                                                 ["South Africa", "Jiangsu Province"])),
    ("ai04", "event", "Corporation [[bought]]", 0, E("investment", "2019", None, [ROSSING, CNUC])),
]

ANNOTATIONS = A01 + A02 + A03 + A04


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "ai*.txt")
