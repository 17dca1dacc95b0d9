"""Build tests/data/extra19/gold.jsonl from hand annotations of the f*.txt documents here.

The documents are invented but realistic Belt and Road news texts (a Xinjiang Daily item on
first-quarter freight at the Irkeshtam land port with tonnes, trips, "10,000 yuan", year-on-year
figures and a Kyrgyz delegation; a PID press release on a CPEC joint working group meeting on the
Rashakai SEZ with Rs/US$ amounts, numbered decisions and Pakistani fiscal quarters; a Namibian story on
a strike at the CGN-owned Husab uranium mine with N$/R/US$ amounts in space-and-comma notation)
written BLIND: annotated from
shared/gold/NOTES.md and shared/spec/facts.md alone, without running bri_corpus on them, so that
they measure the extractors on unseen text.

Each annotation is (doc, kind, surface, occurrence, value); the format is described in
tests/data/annotation.py, which also computes the offsets and checks the table.

Offsets are computed, never typed.  Annotation follows shared/gold/NOTES.md and the calls recorded
in tests/data/extra3 ... extra17/make_gold.py; the comments record the calls NOTES leaves open.
Calls made for the first time in this set:
  - a deputy governor leading a national delegation: the delegation's demonym is the country and
    the governor's region takes part too (extra15's governor call); the prefecture whose officials
    hold talks with it is a region participant;
  - one building work told with "began in March last year and was completed in late December":
    two construction occurrences (w-call); the cost in the subject goes to the completion, which
    the builder's clause ("was built by") joins (extra7), the builder taking part in both;
  - "late December", like "early January" (extra5): the month;
  - a land port named after its town ("Irkeshtam Port") tags the town, as a seaport's (x04/x12).
  - a standing joint working group with no round number ("CPEC Joint Working Group on Industrial
    Cooperation (JWG)") is an organisation; chairing its meeting is the meeting event (extra5's
    co-chaired), anchored on "chaired" because the headline's "reviews progress" is no meeting word;
  - "every Tuesday" (a recurring weekday) is no date; "132kV" is a quantity (kV);
  - a Namibian amount's decimal comma and space thousands ("N$6,2 billion", "N$15 000") are read as such;
  - "Chinese-owned" tags "Chinese" (a demonym for the country's companies).
  (The brief asked for four documents; f04 (a Civil.ge/Trend story on Anaklia or the Middle Corridor)
  was not written in the time given.)
Run:  python3 tests/data/extra19/make_gold.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


sys.path.insert(0, os.path.dirname(HERE))
from annotation import CITY, REG, C, E, M, O, Q, S, main  # noqa: E402  (shared helpers of the annotated sets)

CN = C("China", "CN")

# ================================= f01 Xinjiang Daily (Updated: 2025-04-16 10:25)
KG = C("Kyrgyzstan", "KG")
UZ = C("Uzbekistan", "UZ")
IRK = CITY("Irkeshtam", "CN")
KASHGAR = CITY("Kashgar", "CN")
OSH = REG("Osh Region", "KG")
KIZILSU = REG("Kizilsu Kirgiz Autonomous Prefecture", "CN")
XJD = "Xinjiang Daily"
CR20 = "China Railway 20th Bureau Group Co., Ltd."
XINLONG = "Xinjiang Kashgar Xinlong International Logistics Co., Ltd."
EXPO = "9th China-Eurasia Expo"
VISIT = "2025-04-10"
A01 = [
    # dates ("year-on-year", "a day", "a year": no calendar point; the headline's bare "first
    # quarter" is the quarter the body names (extra17); the editor and hotline lines and the
    # copyright line are chrome)
    ("f01", "date", "in [[first quarter]]\n", 0, "2025-Q1"),
    ("f01", "date", "2025-04-16 10:25", 0, "2025-04-16T10:25"),
    ("f01", "date", "April 15", 0, "2025-04-15"),
    ("f01", "date", "the first quarter of 2025", 0, "2025-Q1"),
    ("f01", "date", "January to March", 0, "2025-01/2025-03"),
    ("f01", "date", "February 25, 2018", 0, "2018-02-25"),
    ("f01", "date", "On [[April 10]]", 0, VISIT),
    ("f01", "date", "May 1", 0, "2025-05-01"),
    ("f01", "date", "March last year", 0, "2024-03"),
    ("f01", "date", "late December", 0, "2024-12"),
    ("f01", "date", "port [[last year]]", 0, "2024"),
    ("f01", "date", "early June", 0, "2025-06"),
    ("f01", "date", "the end of 2027", 0, "2027"),
    ("f01", "date", "June 26 to 30", 0, "2025-06-26/2025-06-30"),
    # money ("(about 13.5 billion yuan)" restates the "10,000 yuan" figure: both are printed amounts)
    ("f01", "money", "1.35 million 10,000 yuan", 0, M("13500000000", "CNY")),
    ("f01", "money", "about 13.5 billion yuan", 0, M("13500000000", "CNY", "approx")),
    ("f01", "money", "1.16-billion-yuan", 0, M("1160000000", "CNY")),
    ("f01", "money", "260 million yuan", 0, M("260000000", "CNY")),
    # quantities ("14-member": a hyphenated count adjective (x03); "20th Bureau", "9th": names/ranks;
    # "a day" / "a year" rates stay outside (w-call); the hotline number is chrome)
    ("f01", "quantity", "412,600 tonnes", 0, Q("412600", "t")),
    ("f01", "quantity", "18.7 percent", 0, Q("18.7", "%")),
    ("f01", "quantity", "21,480 trips", 0, Q("21480", "trip")),
    ("f01", "quantity", "roughly 238 trips", 0, Q("238", "trip", "approx")),
    ("f01", "quantity", "3,260 new energy vehicles", 0, Q("3260", "vehicle")),
    ("f01", "quantity", "about 950 km", 0, Q("950", "km", "approx")),
    ("f01", "quantity", "more than 6,800 freight trips", 0, Q("6800", "trip", "gt")),
    ("f01", "quantity", "12 hours", 0, Q("12", "hour")),
    ("f01", "quantity", "42 hectares", 0, Q("42", "ha")),
    ("f01", "quantity", "36 km", 0, Q("36", "km")),
    ("f01", "quantity", "18,000 square meters", 0, Q("18000", "m2")),
    ("f01", "quantity", "40 tonnes", 0, Q("40", "t")),
    ("f01", "quantity", "2 million tonnes", 0, Q("2000000", "t")),
    # organisations (the source line is a byline (NOTES), the dateline's "(Xinjiang Daily)" the
    # outlet ("(Reuters)"); Xinjiang, Urumqi and Kashgar inside names are not tagged; "the port
    # administration" is generic; the copyright line is chrome)
    ("f01", "organisation", "Source: [[Xinjiang Daily]]", 0, O(XJD)),
    ("f01", "organisation", "([[Xinjiang Daily]])", 0, O(XJD)),
    ("f01", "organisation", "Urumqi Customs", 0, O("Urumqi Customs")),
    ("f01", "organisation", CR20, 0, O(CR20)),
    ("f01", "organisation", "CR20G", 0, O(CR20)),
    ("f01", "organisation", XINLONG, 0, O(XINLONG)),
    # places ("Talant Batken", a person named like a Kyrgyz region, is no place; the Expo's
    # "China-Eurasia" is inside its name; autonomous prefecture/region: regions as written)
    ("f01", "place", "[[Irkeshtam]] Port freight", 0, IRK),
    ("f01", "place", "KASHGAR", 0, KASHGAR),
    ("f01", "place", "[[Irkeshtam]] Port in", 0, IRK),
    ("f01", "place", "Wuqia County", 0, REG("Wuqia County", "CN")),
    ("f01", "place", "through [[Irkeshtam]]", 0, IRK),
    ("f01", "place", "to [[Uzbekistan]] and", 0, UZ),
    ("f01", "place", "Kazakhstan", 0, C("Kazakhstan", "KZ")),
    ("f01", "place", "[[Irkeshtam]], China", 0, IRK),
    ("f01", "place", "[[China]]'s westernmost", 0, CN),
    ("f01", "place", "the [[Osh Region]] of", 0, OSH),
    ("f01", "place", "of [[Kyrgyzstan]] and", 0, KG),
    ("f01", "place", "the [[China]]-Kyrgyzstan", 0, CN),
    ("f01", "place", "China-[[Kyrgyzstan]]-Uzbekistan", 0, KG),
    ("f01", "place", "China-Kyrgyzstan-[[Uzbekistan]]", 0, UZ),
    ("f01", "place", "links [[Kashgar]]", 0, KASHGAR),
    ("f01", "place", "Tashkent", 0, CITY("Tashkent", "UZ")),
    ("f01", "place", "Kyrgyz delegation", 0, KG),
    ("f01", "place", "governor of [[Osh Region]]", 0, OSH),
    ("f01", "place", "Kizilsu Kirgiz Autonomous Prefecture", 0, KIZILSU),
    ("f01", "place", "Uzbek cherries", 0, UZ),
    ("f01", "place", "Xinjiang Uygur Autonomous Region", 0, REG("Xinjiang Uygur Autonomous Region", "CN")),
    ("f01", "place", "in [[Urumqi]] from", 0, CITY("Urumqi", "CN")),
    # summits
    ("f01", "summit", EXPO, 0, S(EXPO, "2025-06-26/2025-06-30", "Urumqi")),
    # events ("handled", "reached", "were recorded", "were exported", "have used": traffic figures;
    # "agreed to keep ... open", "is expected", "plans to raise", "will be promoted": future; the
    # talks and the signing happen during the visit, dated and placed by it)
    ("f01", "event", "route [[opened]]", 0, E("ceremony", "2018-02-25")),
    ("f01", "event", "[[visited]] the port", 0, E("visit", VISIT, "Irkeshtam", ["Kyrgyzstan", "Osh Region"])),
    ("f01", "event", "held [[talks]]", 0,
     E("meeting", VISIT, "Irkeshtam", ["Kyrgyzstan", "Osh Region", KIZILSU["name"]])),
    ("f01", "event", "[[signed]] a memorandum", 0,
     E("signing", VISIT, "Irkeshtam", ["Kyrgyzstan", "Osh Region", KIZILSU["name"]])),
    ("f01", "event", "[[began]] in March", 0, E("construction", "2024-03", "Irkeshtam", [CR20])),
    ("f01", "event", "was [[completed]]", 0,
     E("construction", "2024-12", "Irkeshtam", [CR20], M("1160000000", "CNY"))),
    ("f01", "event", "[[laid]] 36 km", 0, E("construction", None, None, [CR20], Q("36", "km"))),
    ("f01", "event", "[[invested]] 260", 0,
     E("investment", "2024", "Irkeshtam", [XINLONG], M("260000000", "CNY"))),
]

# ================================= f02 PID press release (Islamabad, 19 June 2025, a Thursday)
PK = C("Pakistan", "PK")
KP = REG("Khyber Pakhtunkhwa", "PK")
RASHAKAI = CITY("Rashakai", "PK")
PID = "Press Information Department"
GOVPK = "Government of Pakistan"
JWG = "CPEC Joint Working Group on Industrial Cooperation"
BOI = "Board of Investment"
CJIC = "China Jiangxi Corporation for International Economic and Technical Cooperation"
KPEZ = "Khyber Pakhtunkhwa Economic Zones Development and Management Company"
EMBCN = "Embassy of China"
SNGPL = "Sui Northern Gas Pipelines Limited"
WEIQIAO = "Weiqiao Textile Company"
HQE = "Hangzhou Qianjiang Electric Group Co., Ltd."
PCBF = "14th Pakistan-China Business Forum"
A02 = [
    # dates ("every Tuesday": a recurring day, no calendar point; Pakistan's "the first quarter of
    # FY2025-26" -> July-September 2025 (extra15); "within 15 days": a quantity; "PR No. 214": an identifier)
    ("f02", "date", "19 June 2025", 0, "2025-06-19"),
    ("f02", "date", "Thursday", 0, "2025-06-19"),
    ("f02", "date", "December 2023", 0, "2023-12"),
    ("f02", "date", "March 2026", 0, "2026-03"),
    ("f02", "date", "the end of August", 0, "2025-08"),
    ("f02", "date", "31 August 2025", 0, "2025-08-31"),
    ("f02", "date", "the first quarter of FY2025-26", 0, "2025-07/2025-09"),
    ("f02", "date", "7 May 2025", 0, "2025-05-07"),
    ("f02", "date", "in [[April]]", 0, "2025-04"),
    ("f02", "date", "22-23 July", 0, "2025-07-22/2025-07-23"),
    ("f02", "date", "September", 0, "2025-09"),
    # money ("Rs" in a Pakistani release is PKR)
    ("f02", "money", "US$ 412 million", 0, M("412000000", "USD")),
    ("f02", "money", "Rs 38.6 billion", 0, M("38600000000", "PKR")),
    ("f02", "money", "Rs 2.95 billion", 0, M("2950000000", "PKR")),
    ("f02", "money", "Rs 1.2 billion", 0, M("1200000000", "PKR")),
    ("f02", "money", "$120 million", 0, M("120000000", "USD")),
    # quantities ("1,000-acre", "21-km": a number with a physical unit, as r03's "12-hectare"; "14th",
    # "Phase-II", "PR No. 214", the decisions' numbers: ranks and identifiers)
    ("f02", "quantity", "1,000-acre", 0, Q("1000", "acre")),
    ("f02", "quantity", "37 enterprises", 0, Q("37", "enterprise")),
    ("f02", "quantity", "247 acres", 0, Q("247", "acre")),
    ("f02", "quantity", "132kV", 0, Q("132", "kV")),
    ("f02", "quantity", "11 km", 0, Q("11", "km")),
    ("f02", "quantity", "21-km", 0, Q("21", "km")),
    ("f02", "quantity", "30 MW", 0, Q("30", "MW")),
    ("f02", "quantity", "15 days", 0, Q("15", "day")),
    ("f02", "quantity", "9 zones", 0, Q("9", "zone")),
    ("f02", "quantity", "60 acres", 0, Q("60", "acre")),
    # organisations (the masthead lines are text; "Secretary of the Board of Investment" tags the
    # body (extra5), "Federal Minister for Planning, Development and Special Initiatives" names none;
    # the JWG is a standing body, its meeting the event; "RSEZ" and "SEZ" name the zone, no body;
    # "CPEC" and "CPEC Phase-II" are programmes; Hangzhou, Khyber Pakhtunkhwa and China inside
    # organisation names are not tagged)
    ("f02", "organisation", PID, 0, O(PID)),
    ("f02", "organisation", GOVPK, 0, O(GOVPK)),
    ("f02", "organisation", JWG, 0, O(JWG)),
    ("f02", "organisation", "([[JWG]])", 0, O(JWG)),
    ("f02", "organisation", "The [[JWG]] will", 0, O(JWG)),
    ("f02", "organisation", "Secretary of the [[Board of Investment]]", 0, O(BOI)),
    ("f02", "organisation", "The [[Board of Investment]] shall", 0, O(BOI)),
    ("f02", "organisation", CJIC, 0, O(CJIC)),
    ("f02", "organisation", "([[CJIC]])", 0, O(CJIC)),
    ("f02", "organisation", "of [[CJIC]] and", 0, O(CJIC)),
    ("f02", "organisation", KPEZ, 0, O(KPEZ)),
    ("f02", "organisation", "([[KPEZDMC]])", 0, O(KPEZ)),
    ("f02", "organisation", "CJIC and [[KPEZDMC]]", 0, O(KPEZ)),
    ("f02", "organisation", "with [[KPEZDMC]]", 0, O(KPEZ)),
    ("f02", "organisation", EMBCN, 0, O(EMBCN)),
    ("f02", "organisation", SNGPL, 0, O(SNGPL)),
    ("f02", "organisation", "([[SNGPL]])", 0, O(SNGPL)),
    ("f02", "organisation", "Ministry of Energy", 0, O("Ministry of Energy")),
    ("f02", "organisation", "Finance Division", 0, O("Finance Division")),
    ("f02", "organisation", WEIQIAO, 0, O(WEIQIAO)),
    ("f02", "organisation", HQE, 0, O(HQE)),
    ("f02", "organisation", "the [[Government of Pakistan]]'s", 0, O(GOVPK)),
    # places (the zone's town is tagged in its name (extra8's park call), "RSEZ" is not; "Nowshera
    # district" tags the district (k02); "Chief Secretary Khyber Pakhtunkhwa" names the province;
    # "Chinese Ambassador", "Chinese enterprises", "the Pakistani side": demonyms for the states)
    ("f02", "place", "Islamabad, 19", 0, CITY("Islamabad", "PK")),
    ("f02", "place", "[[Rashakai]] SEZ", 0, RASHAKAI),
    ("f02", "place", "the [[Rashakai]] Special", 0, RASHAKAI),
    ("f02", "place", "[[Nowshera]] district", 0, REG("Nowshera", "PK")),
    ("f02", "place", "of [[Khyber Pakhtunkhwa]].", 0, KP),
    ("f02", "place", "Chief Secretary [[Khyber Pakhtunkhwa]]", 0, KP),
    ("f02", "place", "in [[Islamabad]].", 0, CITY("Islamabad", "PK")),
    ("f02", "place", "across [[Pakistan]]", 0, PK),
    ("f02", "place", "[[Chinese]] Ambassador", 0, CN),
    ("f02", "place", "[[Chinese]] enterprises", 0, CN),
    ("f02", "place", "industries to [[Pakistan]]", 0, PK),
    ("f02", "place", "[[Pakistani]] side", 0, PK),
    ("f02", "place", "in [[Lahore]]", 0, CITY("Lahore", "PK")),
    ("f02", "place", "in [[Beijing]].", 0, CITY("Beijing", "CN")),
    # summits
    ("f02", "summit", PCBF, 0, S(PCBF, "2025-07-22/2025-07-23", "Lahore")),
    # events (the headline's "reviews" is no meeting word: the meeting anchors on "chaired" (extra5's
    # co-chaired); the minister names no ministry, so he stands for Pakistan; the Chief Secretary for
    # his province (extra15); the dateline is no location; "being developed", "attracted ...
    # investment", "has been spent": running figures; "is scheduled", "would be energised", the
    # decisions' "shall", "will meet": future; "directed", "appreciated", "invited": no type)
    ("f02", "event", "[[chaired]] a meeting", 0,
     E("meeting", "2025-06-19", None, ["Pakistan", JWG, BOI, KP["name"], CJIC, KPEZ, EMBCN])),
    ("f02", "event", "247 acres was [[completed]]", 0,
     E("construction", "2023-12", "Rashakai", [CJIC, KPEZ], Q("247", "acre"))),
    ("f02", "event", "[[laid]] 11 km", 0, E("construction", None, None, [SNGPL], Q("11", "km"))),
    ("f02", "event", "had [[signed]] an agreement", 0,
     E("signing", "2025-05-07", None, [WEIQIAO, KPEZ], M("120000000", "USD"))),
    ("f02", "event", "started [[construction]]", 0, E("construction", "2025-04", "Rashakai", [HQE])),
]

# ================================= f03 The Namibian (Published: 21 May 2025, a Wednesday)
NA = C("Namibia", "NA")
UIS = CITY("Uis", "NA")
WALVIS = CITY("Walvis Bay", "NA")
MUN = "Mineworkers Union of Namibia"
SWAKOP = "Swakop Uranium"
CGN = "China General Nuclear Power Group"
MME = "Ministry of Mines and Energy"
XINFENG = "Xinfeng Investments"
A03 = [
    # dates ("third day": a rank; the copyright line is chrome)
    ("f03", "date", "21 May 2025", 0, "2025-05-21"),
    ("f03", "date", "Monday", 0, "2025-05-19"),
    ("f03", "date", "for [[2024]]", 0, "2024"),
    ("f03", "date", "last Thursday", 0, "2025-05-15"),
    ("f03", "date", "last year", 0, "2024"),
    ("f03", "date", "since [[2016]]", 0, "2016"),
    ("f03", "date", "November 2024", 0, "2024-11"),
    ("f03", "date", "in [[January]]", 0, "2025-01"),
    ("f03", "date", "In [[March]]", 0, "2025-03"),
    ("f03", "date", "12 February", 0, "2025-02-12"),
    ("f03", "date", "December 2016", 0, "2016-12"),
    ("f03", "date", "Wednesday", 0, "2025-05-21"),
    # money (a Namibian paper's space thousands and decimal comma; "R" is the rand)
    ("f03", "money", "N$15 000", 0, M("15000", "NAD")),
    ("f03", "money", "N$9 500", 0, M("9500", "NAD")),
    ("f03", "money", "N$6,2 billion", 0, M("6200000000", "NAD")),
    ("f03", "money", "N$1,4 billion", 0, M("1400000000", "NAD")),
    ("f03", "money", "about N$650 million", 0, M("650000000", "NAD", "approx")),
    ("f03", "money", "R1,1 billion", 0, M("1100000000", "ZAR")),
    ("f03", "money", "about US$4,6 billion", 0, M("4600000000", "USD", "approx")),
    # quantities ("ML 171" is a licence number; "a year" stays outside)
    ("f03", "quantity", "3 650 tonnes", 0, Q("3650", "t")),
    ("f03", "quantity", "about 1 800 workers", 0, Q("1800", "worker", "approx")),
    ("f03", "quantity", "2 100 permanent employees", 0, Q("2100", "employee")),
    ("f03", "quantity", "60km", 0, Q("60", "km")),
    ("f03", "quantity", "90%", 0, Q("90", "%")),
    ("f03", "quantity", "10%", 0, Q("10", "%")),
    ("f03", "quantity", "20 million cubic metres", 0, Q("20000000", "m3")),
    ("f03", "quantity", "15 years", 0, Q("15", "year")),
    # organisations ("Nampa" in the reporting credit is the agency; Namibia inside the union's
    # name is not tagged; "the company", "the union" are generic)
    ("f03", "organisation", MUN, 0, O(MUN)),
    ("f03", "organisation", "([[MUN]])", 0, O(MUN)),
    ("f03", "organisation", "[[MUN]] regional", 0, O(MUN)),
    ("f03", "organisation", "[[Swakop Uranium]], which", 0, O(SWAKOP)),
    ("f03", "organisation", "[[Swakop Uranium]] spokesperson", 0, O(SWAKOP)),
    ("f03", "organisation", CGN, 0, O(CGN)),
    ("f03", "organisation", "([[CGN]])", 0, O(CGN)),
    ("f03", "organisation", "[[CGN]]'s reactors", 0, O(CGN)),
    ("f03", "organisation", "Taurus Minerals", 0, O("Taurus Minerals")),
    ("f03", "organisation", "Epangelo Mining", 0, O("Epangelo Mining")),
    ("f03", "organisation", MME, 0, O(MME)),
    ("f03", "organisation", XINFENG, 0, O(XINFENG)),
    ("f03", "organisation", "High Court", 0, O("High Court")),
    ("f03", "organisation", "Nampa", 0, O("Nampa")),
    # places ("Husab" names a mine, no place (extra16); "Erongo Haufiku", a person named like the
    # region, is no place; "the Namibian government" is the country (NOTES))
    ("f03", "place", "[[Chinese]]-owned", 0, CN),
    ("f03", "place", "Arandis", 0, CITY("Arandis", "NA")),
    ("f03", "place", "of [[Walvis Bay]]", 0, WALVIS),
    ("f03", "place", "the [[Erongo]] region", 0, REG("Erongo", "NA")),
    ("f03", "place", "the [[Namibian]] government", 0, NA),
    ("f03", "place", "[[Chinese]] investment in Namibian", 0, CN),
    ("f03", "place", "[[Namibian]] mining", 0, NA),
    ("f03", "place", "at [[Uis]]", 0, UIS),
    ("f03", "place", "by [[Uis]] residents", 0, UIS),
    ("f03", "place", "Windhoek", 0, CITY("Windhoek", "NA")),
    ("f03", "place", "largest [[Chinese]] investment", 0, CN),
    ("f03", "place", "in [[Africa]]", 0, REG("Africa")),
    ("f03", "place", "to [[Walvis Bay]]", 0, WALVIS),
    ("f03", "place", "in [[China]].", 0, CN),
    # events ("stopped work", "joined the strike", "rejected an offer", "paid ... royalties", "renewed
    # the mining right", "dismissed a case": no type (extra11/extra16); the company's annual output is its
    # production (extra13), "poured its first drum" a first-output milestone (extra16); the minister
    # stands for his ministry (extra5), "met both sides" is a meeting within his visit)
    ("f03", "event", "record [[output]]", 0, E("production", "2024", None, [SWAKOP], Q("3650", "t"))),
    ("f03", "event", "had [[invested]]", 0, E("investment", None, None, [SWAKOP], M("650000000", "NAD", "approx"))),
    ("f03", "event", "[[visited]] the mine", 0, E("visit", "2025-01", None, [MME])),
    ("f03", "event", "[[met]] both sides", 0, E("meeting", "2025-01", None, [MME, MUN, SWAKOP])),
    ("f03", "event", "broke ground", 0, E("construction", "2025-03", "Uis", [XINFENG], M("1100000000", "ZAR"))),
    ("f03", "event", "[[poured]] its first", 0, E("production", "2016-12", None, [SWAKOP])),
]

ANNOTATIONS = A01 + A02 + A03


if __name__ == "__main__":
    main(ANNOTATIONS, HERE, "f*.txt")
