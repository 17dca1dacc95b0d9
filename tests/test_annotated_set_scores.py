"""Scores on the hand-annotated sets beyond the seeds must not regress.

Each set holds invented but realistic Belt and Road documents with hand-made gold
(``tests/data/<set>/make_gold.py``, following the annotation guide of the seeds):

``extra``
    Twelve press releases, wire stories and ministry notes (Kazakhstan, Kenya, Pakistan,
    Sri Lanka, Bangladesh, Laos, Indonesia, Serbia/Hungary/Greece, Uzbekistan/Kyrgyzstan,
    Egypt/Ethiopia, Saudi Arabia/Peru).
``extra2``
    Ten documents in regions and styles the others lack: a CGTN feature with quotes, a wire
    story under an ALL CAPS headline, MM/DD/YYYY and DD.MM.YYYY dates, a Chinese portal page
    with an ICP licence, a MOFCOM statement with numbered items, annual results full of figures,
    a Latin America digest, a Balkans round-up, Central Asia and Mongolia.
``extra3``
    Ten documents written blind (the extractors were never run on them while they were written):
    a Nigerian ministry note, a Gulf wire digest, a Xinhua CPEC story, the China-Europe Railway
    Express through Poland, Vietnam and the Philippines, Chancay in Peru, Mongolia and Russia, a
    PowerChina annual-report extract, a scraped China Daily page full of chrome, and a Chinese
    embassy statement.
``extra4``
    Ten more documents written blind, after the fixes made on extra3: UzA, Global Times on Kribi,
    Jakarta Globe on Morowali, a Serbian business weekly, The EastAfrican, Daily FT, Arab News, a
    Latin America briefing, a MOFCOM statistics release and a Reuters wire story from Athens.
``extra5``
    Eight more written blind, after the fixes made on extra4: Dawn on ML-1, AKIpress, Khmer Times
    on the Funan Techo canal, Anadolu on the Middle Corridor, ANGOP, a Xinhua roundup of datelined
    items, an HKEX announcement and a Foreign Ministry readout.

The "first" figures of the blind sets are the best estimate of scores on unseen text; that extra4's
are higher than extra3's shows the fixes made on extra3 were general.

The floors sit about 0.05 below the figures measured when they were last raised: a regression
guard, not a target.  Raise them when the extractors improve; never lower one to let a
regression through.

Headline F1 (span overlap and same value) as the sets were written ("first") and when the floors
were last raised ("now"):

    kind            extra         extra2        extra3        extra4
                    first  now    first  now    first  now    first  now
    date            0.894  0.932  0.912  0.989  0.915  0.995  0.932  1.000
    money           0.982  1.000  0.985  0.985  0.966  1.000  0.951  0.992
    quantity        0.979  1.000  0.989  1.000  0.974  1.000  0.943  0.949
    organisation    0.832  0.961  0.811  0.994  0.791  0.979  0.859  0.926
    place           0.925  0.979  0.924  0.993  0.925  0.996  0.963  0.985
    summit          0.800  1.000  0.750  1.000  0.333  1.000  0.833  1.000
    event           0.750  0.962  0.618  0.842  0.828  0.967  0.807  0.962
    event date acc  0.778  0.855  0.647  0.833  0.778  0.818  0.795  0.843
    participants    0.646  0.738  0.679  0.737  0.632  0.730  0.712  0.754

extra5, first (blind) scores: date 0.976, money 0.982, quantity 0.985, organisation 0.798, place 0.963,
summit 1.000, event 0.816 (date accuracy 0.742, participants 0.549); macro F1 0.931, against 0.898 for extra4
and 0.819 for extra3 when each was first scored.  After its (short) fix round: organisation 0.864,
participants 0.596, the rest unchanged.

extra7 (ten documents written blind in new styles: a Pacific daily, a Shanghai exchange filing with a table,
Bangladeshi crore and fiscal years, a French agency translated, Khovar's official style, a decade review, a
weekly digest, a Nepali press note with Bikram Sambat dates, Ethiopian and Italian business papers), first
scored at the start of the sixth session: date 0.836, money 0.919, quantity 0.981, organisation 0.780, place
0.877, summit 1.000, event 0.753 (date accuracy 0.750, participants 0.667); macro 0.878.  After its fix round
(organisation, place, event subjects, the masthead year): date 0.898, organisation 0.928, place 0.955, event
0.795 (date accuracy 0.857, participants 0.800); macro 0.925.

extra6 (ten more documents written blind at the same time, kept unseen while extra7's fixes were made, as a
check that they generalise): 0.879 macro before the session's fixes, 0.888 after (date 0.893 → 0.942,
organisation 0.814 → 0.820, place 0.932 → 0.936, participants 0.606 → 0.662, event date accuracy 0.857 →
0.800).  Its own fix round (the seventh session) took it to 0.938: date 0.992, money 1.000, quantity 1.000,
organisation 0.915, place 0.950, event 0.854 (date accuracy 0.878, participants 0.750).

extra8 (eight documents written blind in the seventh session: a Xinhua wire from Lima, a CPEC JCC story, Bernama,
Kazinform, Ahram Online, a contractor's own website, the Bangkok Post, a tracker paper with footnotes): 0.896
macro with the code of the session's start, 0.909 after the extra6 round (the extra6 fixes transfer), 0.979
after its own round.  extra9 (the two further documents drafted for it, an ambassador interview in Djibouti and
a Georgian highway story, 150 facts), annotated blind and kept unseen through both rounds: 0.878 with the code
of the session's start, 0.898 after (organisation 0.655 → 0.812, place 0.892 → 0.871, date 0.868, event 0.783,
participants 0.593).  Its floors sit further below its figures: two documents make every fact count.

extra10 to extra19 (the seventh session: 2 to 5 documents each, 2,100 facts in all, one source style per document:
TASS, a Chongqing release, Punch, BNamericas, N1, MONTSAME, a Bank of China report, Daily Sabah, VnExpress, UzA,
CamboJA, Handelsblatt, RNZ Pacific, the Daily Monitor, BSS, a Chinese embassy item, a Reuters cobalt wire, the
Express Tribune, XCMG, KPL, 24.kg, the Economic Times, Zawya, GIPC, a Brazilian auction, the Kathmandu Post,
Kapital.kz, the Jakarta Post, Xinjiang Daily, PID, The Namibian).  Each was scored before any fix on it; some were
then fixed against, some kept unseen as checks.  Macro F1 with the code of the session's start and with the code
when each unseen check was taken: extra9 0.878 → 0.919, extra14 0.891 → 0.917, extra15 0.889 → 0.915, extra16
0.908 → 0.889 (its losses then fixed), extra17 0.851 → 0.877, extra18 0.914 → 0.920, extra19 0.847 → 0.874.
The small sets' floors sit about 0.08 below their figures (0.10 for summits of one or two facts).

The eighth session gave extra9, extra18 and extra19 their fix round (macro 0.919 / 0.920 / 0.874 before it,
0.944 / 0.952 / 0.984 after) and wrote two more sets blind, kept unseen as checks: extra20 (four documents, 304
facts: an HKEX announcement, the Inquirer, Kathimerini, The Citizen) and extra21 (four, 332: Arab News, the Global
New Light of Myanmar, Hungary Today, the Daily FT).  Macro F1 with the code of the session's start, when first
scored and after the round: extra20 0.905, 0.913, 0.913; extra21 0.817, 0.817, 0.817 (its two summits are
missed, so it has no summit floor: a floor of 0 could not fail).  The round's fixes changed no fact of either set.
Both then had their own round (extra20 0.962, extra21 0.979), and two more sets were written blind and scored
before any fix: extra22 (four documents, 359 facts: a Reuters loan wire, Kabar, Daily News Egypt, a MOFCOM press
conference) 0.925 and extra23 (four, 320: Graphic Online, The Star, the Buenos Aires Times, Turkmenistan Today)
0.878, with their round 0.960 and 0.912.  extra24 (four, 351: Xinhua from Vientiane, the Dhaka Tribune, a Kenyan
State House release, a POWERCHINA website item) and extra25 (four, 337: Vanguard, BelTA, BNamericas, UzDaily) were
written last and kept unseen: 0.957 and 0.795 when first scored, the same after the extra22/23 round (extra25's
annotator left the edition out of its summit names, which the other sets keep: six of its seven summits differ by
that alone, so it has no summit floor).  Macro F1 with the code of the session's start: extra22 0.920, extra23 0.866,
extra24 0.953, extra25 0.790.

The ninth session fixed against extra24 and extra25 (0.980 and 0.835 after) and wrote eight more sets blind, each
scored before any fix on it (macro F1 with the code of the session's start / when first scored / now):
extra26 (four documents, 349 facts: The Express Tribune, ANTARA, RTS, an MFA press conference) 0.904 / 0.904 /
0.905 and extra27 (four, 374: ENA, Khmer Times, Agencia Brasil, an AfDB release) 0.919 / 0.919 / 0.924, kept
unseen through the session as its check; extra28 (four, 327: Bernama, New Vision, Ahram Online, an SSE filing)
0.923 / 0.928 and extra29 (four, 381: the Astana Times, Colombia One, EconomyNext, a Guangxi portal) 0.930 / 0.933;
extra30 (four, 313: VnExpress, The Herald, Hungary Today, a Chinese embassy page) 0.906 / 0.907 and extra31 (four,
293: The Business Standard, WAM, the Jamaica Observer, a Reuters wire) 0.927 / 0.931; extra32 (four, 387: the
Philippine News Agency, Morocco World News, AZERTAC, a China Daily feature) 0.941 / 0.954 and extra33 (four, 324:
Business Daily, Interfax, N1, a China-Mozambique joint statement) 0.931 / 0.939.  Each of extra28 to extra33 then
had its round.  Summits are left without a floor where a set holds fewer than three.

The tenth session wrote extra34 to extra39 blind, in pairs, each pair scored before any fix on it and then given a
round (macro F1 with the code of the session's start / when first scored / after its round): extra34 (four documents,
295 facts: ANTARA, the Daily Mirror, Gulf News, a MOFCOM release) 0.967 / 0.967 / 0.990 and extra35 (four, 331:
Vanguard, Andina, the Budapest Business Journal, a weekly wire roundup of datelined items) 0.902 / 0.902 / 0.982;
extra36 (four, 271: Business Recorder, Tengrinews, Cambodianess, an SSE announcement) 0.973 / 0.973 / 0.996 and
extra37 (four, 312: Egypt Today, Balkan Insight, the Zambia Daily Mail, a Xinhua feature) 0.960 / 0.960 / 0.993.
extra38 (four, 220: The Financial Express, Georgia Today, The Reporter, The Edge Malaysia) 0.948 / 0.948 / 0.970 and
extra39 (four, 279: The Nation Thailand, Valor International, The Himalayan Times, a CRCC release) 0.813 / 0.813 /
0.841 (it holds no summit, and the one the extractor finds there, `the 32nd meeting of the Thailand-China Joint
Committee on Railway Cooperation`, is one in extra2's gold: its summit F1 of 0 weighs a seventh of its macro F1).
extra26 and extra27, kept unseen through the session: 0.905 / 0.923 and 0.924 / 0.932 at its start / end.
extra40 (four, 260: Kun.uz, The Star, eKathimerini, a China Development Bank joint release) and extra41 (four, 274:
Kaktus Media, Vietnam News, Mexico News Daily, The Namibian) were written blind at the session's stop and are kept
unseen for the next: 0.940 and 0.920 (0.940 and 0.921 with the code of the session's start); their floors were set
from those figures without looking at their errors.

The eleventh session opened extra40 and extra41 (macro F1 0.943 / 0.920 with its starting code; extra40's `EU` now
keeps its written name, as NOTES says) and gave them two rounds: 0.989 / 0.993.  It wrote six more blind sets:
extra44 (four documents, 249 facts: APS, the Daily Monitor, a Hungarian government release, a Chinese embassy
newsletter) and extra45 (four, 267: the Borneo Bulletin, Hiiraan Online, Interpressnews, a Sichuan Road & Bridge
annual report), 0.960 / 0.855 with the session's starting code and exactly the same when first scored after the
rounds on extra40/41, 0.982 / 0.900 after their own rounds (extra45 holds two summits; the one the extractor finds,
a numbered session of an intergovernmental commission, is a summit in extra2, extra13 and extra25 and not here);
extra46 (four, 299: the Oman Observer, Club of Mozambique, Romania Insider, a Xi'an portal) and extra47 (four, 276:
the Post-Courier, The New Times, ECO News, a CHEC release), 0.869 / 0.921 at the start and when first scored,
0.932 / 0.982 after their rounds; and extra42 (four, 282: The Herald, the Iraqi News Agency, Notes from Poland,
Mint) and extra43 (four, 278: MercoPress, APA News, the Australian Financial Review, the South China Morning Post),
kept unseen through the session: 0.914 / 0.958 with its starting code and 0.917 / 0.958 with its last, while
extra26 and extra27 went from 0.923 / 0.932 to 0.924 / 0.935.  Their floors were set from those figures without
looking at their errors.

(Barrels are written ``barrel``, as every annotated set writes them; the extractor followed the customary
``bbl`` until the seventh session.)

(extra3 holds only four summits, so one miss costs its summit F1 about 0.14.)
"""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

from bri_corpus.evaluation import EvaluationReport, evaluate

DATA = Path(__file__).resolve().parent / "data"


@attrs.frozen
class Floors:
    """The floors of one annotated set."""

    f1: dict[str, float]
    event_date_accuracy: float
    event_participants_f1: float


FLOORS = {
    "extra": Floors(
        f1={
            "date": 0.88,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.91,
            "place": 0.93,
            "summit": 0.95,
            "event": 0.91,
        },
        event_date_accuracy=0.80,
        event_participants_f1=0.68,
    ),
    "extra2": Floors(
        f1={
            "date": 0.94,
            "money": 0.93,
            "quantity": 0.95,
            "organisation": 0.94,
            "place": 0.94,
            "summit": 0.95,
            "event": 0.79,
        },
        event_date_accuracy=0.82,
        event_participants_f1=0.68,
    ),
    "extra3": Floors(
        f1={
            "date": 0.94,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.93,
            "place": 0.94,
            "summit": 0.85,
            "event": 0.91,
        },
        event_date_accuracy=0.80,
        event_participants_f1=0.72,
    ),
    "extra4": Floors(
        f1={
            "date": 0.95,
            "money": 0.94,
            "quantity": 0.90,
            "organisation": 0.87,
            "place": 0.93,
            "summit": 0.95,
            "event": 0.91,
        },
        event_date_accuracy=0.79,
        event_participants_f1=0.70,
    ),
    "extra5": Floors(
        f1={
            "date": 0.92,
            "money": 0.93,
            "quantity": 0.93,
            "organisation": 0.81,
            "place": 0.91,
            "summit": 0.95,
            "event": 0.76,
        },
        event_date_accuracy=0.69,
        event_participants_f1=0.62,
    ),
    "extra6": Floors(
        f1={
            "date": 0.94,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.87,
            "place": 0.90,
            "summit": 0.87,
            "event": 0.80,
        },
        event_date_accuracy=0.80,
        event_participants_f1=0.68,
    ),
    "extra7": Floors(
        f1={
            "date": 0.93,
            "money": 0.95,
            "quantity": 0.94,
            "organisation": 0.89,
            "place": 0.91,
            "summit": 0.95,
            "event": 0.83,
        },
        event_date_accuracy=0.80,
        event_participants_f1=0.71,
    ),
    "extra8": Floors(
        f1={
            "date": 0.94,
            "money": 0.95,
            "quantity": 0.92,
            "organisation": 0.92,
            "place": 0.94,
            "summit": 0.95,
            "event": 0.87,
        },
        event_date_accuracy=0.78,
        event_participants_f1=0.59,
    ),
    "extra9": Floors(
        f1={
            "date": 0.84,
            "money": 0.92,
            "quantity": 0.87,
            "organisation": 0.82,
            "place": 0.87,
            "summit": 0.90,
            "event": 0.78,
        },
        event_date_accuracy=0.82,
        event_participants_f1=0.70,
    ),
    "extra10": Floors(
        f1={
            "date": 0.92,
            "money": 0.90,
            "quantity": 0.91,
            "organisation": 0.92,
            "place": 0.92,
            "summit": 0.90,
            "event": 0.88,
        },
        event_date_accuracy=0.76,
        event_participants_f1=0.65,
    ),
    "extra11": Floors(
        f1={
            "date": 0.88,
            "money": 0.92,
            "quantity": 0.92,
            "organisation": 0.78,
            "place": 0.84,
            "summit": 0.90,
            "event": 0.78,
        },
        event_date_accuracy=0.82,
        event_participants_f1=0.64,
    ),
    "extra12": Floors(
        f1={
            "date": 0.92,
            "money": 0.92,
            "quantity": 0.92,
            "organisation": 0.85,
            "place": 0.87,
            "summit": 0.90,
            "event": 0.92,
        },
        event_date_accuracy=0.68,
        event_participants_f1=0.49,
    ),
    "extra13": Floors(
        f1={
            "date": 0.92,
            "money": 0.92,
            "quantity": 0.90,
            "organisation": 0.81,
            "place": 0.86,
            "summit": 0.40,
            "event": 0.75,
        },
        event_date_accuracy=0.73,
        event_participants_f1=0.70,
    ),
    "extra14": Floors(
        f1={
            "date": 0.92,
            "money": 0.92,
            "quantity": 0.92,
            "organisation": 0.77,
            "place": 0.88,
            "summit": 0.90,
            "event": 0.77,
        },
        event_date_accuracy=0.67,
        event_participants_f1=0.74,
    ),
    "extra15": Floors(
        f1={
            "date": 0.92,
            "money": 0.92,
            "quantity": 0.92,
            "organisation": 0.84,
            "place": 0.89,
            "event": 0.82,
        },
        event_date_accuracy=0.70,
        event_participants_f1=0.59,
    ),
    "extra16": Floors(
        f1={
            "date": 0.92,
            "money": 0.92,
            "quantity": 0.92,
            "organisation": 0.74,
            "place": 0.86,
            "event": 0.75,
        },
        event_date_accuracy=0.74,
        event_participants_f1=0.46,
    ),
    "extra17": Floors(
        f1={
            "date": 0.86,
            "money": 0.87,
            "quantity": 0.86,
            "organisation": 0.76,
            "place": 0.89,
            "summit": 0.56,
            "event": 0.76,
        },
        event_date_accuracy=0.90,
        event_participants_f1=0.71,
    ),
    "extra18": Floors(
        f1={
            "date": 0.92,
            "money": 0.92,
            "quantity": 0.92,
            "organisation": 0.88,
            "place": 0.82,
            "summit": 0.90,
            "event": 0.72,
        },
        event_date_accuracy=0.92,
        event_participants_f1=0.46,
    ),
    "extra19": Floors(
        f1={
            "date": 0.89,
            "money": 0.92,
            "quantity": 0.92,
            "organisation": 0.89,
            "place": 0.88,
            "summit": 0.90,
            "event": 0.89,
        },
        event_date_accuracy=0.80,
        event_participants_f1=0.52,
    ),
    "extra20": Floors(
        f1={
            "date": 0.92,
            "money": 0.92,
            "quantity": 0.90,
            "organisation": 0.85,
            "place": 0.88,
            "summit": 0.90,
            "event": 0.76,
        },
        event_date_accuracy=0.63,
        event_participants_f1=0.68,
    ),
    "extra21": Floors(
        f1={
            "date": 0.90,
            "money": 0.90,
            "quantity": 0.92,
            "organisation": 0.92,
            "place": 0.89,
            "summit": 0.90,
            "event": 0.83,
        },
        event_date_accuracy=0.80,
        event_participants_f1=0.73,
    ),
    "extra22": Floors(
        f1={
            "date": 0.90,
            "money": 0.92,
            "quantity": 0.92,
            "organisation": 0.78,
            "place": 0.90,
            "summit": 0.90,
            "event": 0.81,
        },
        event_date_accuracy=0.74,
        event_participants_f1=0.65,
    ),
    "extra23": Floors(
        f1={
            "date": 0.92,
            "money": 0.92,
            "quantity": 0.92,
            "organisation": 0.82,
            "place": 0.84,
            "summit": 0.56,
            "event": 0.80,
        },
        event_date_accuracy=0.76,
        event_participants_f1=0.61,
    ),
    "extra24": Floors(
        f1={
            "date": 0.95,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.88,
            "place": 0.93,
            "summit": 0.95,
            "event": 0.89,
        },
        event_date_accuracy=0.80,
        event_participants_f1=0.71,
    ),
    "extra25": Floors(
        f1={
            "date": 0.95,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.89,
            "place": 0.93,
            "event": 0.87,
        },
        event_date_accuracy=0.77,
        event_participants_f1=0.56,
    ),
    "extra26": Floors(
        f1={
            "date": 0.89,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.75,
            "place": 0.87,
            "summit": 0.78,
            "event": 0.77,
        },
        event_date_accuracy=0.73,
        event_participants_f1=0.47,
    ),
    "extra27": Floors(
        f1={
            "date": 0.67,
            "money": 0.90,
            "quantity": 0.95,
            "organisation": 0.83,
            "place": 0.92,
            "event": 0.87,
        },
        event_date_accuracy=0.56,
        event_participants_f1=0.81,
    ),
    "extra28": Floors(
        f1={
            "date": 0.95,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.95,
            "place": 0.92,
            "event": 0.82,
        },
        event_date_accuracy=0.72,
        event_participants_f1=0.76,
    ),
    "extra29": Floors(
        f1={
            "date": 0.95,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.94,
            "place": 0.92,
            "summit": 0.95,
            "event": 0.80,
        },
        event_date_accuracy=0.85,
        event_participants_f1=0.49,
    ),
    "extra30": Floors(
        f1={
            "date": 0.93,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.89,
            "place": 0.93,
            "summit": 0.95,
            "event": 0.84,
        },
        event_date_accuracy=0.79,
        event_participants_f1=0.55,
    ),
    "extra31": Floors(
        f1={
            "date": 0.95,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.90,
            "place": 0.91,
            "summit": 0.95,
            "event": 0.91,
        },
        event_date_accuracy=0.87,
        event_participants_f1=0.84,
    ),
    "extra32": Floors(
        f1={
            "date": 0.95,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.88,
            "place": 0.90,
            "summit": 0.95,
            "event": 0.91,
        },
        event_date_accuracy=0.71,
        event_participants_f1=0.76,
    ),
    "extra33": Floors(
        f1={
            "date": 0.95,
            "money": 0.95,
            "quantity": 0.92,
            "organisation": 0.89,
            "place": 0.93,
            "summit": 0.95,
            "event": 0.87,
        },
        event_date_accuracy=0.83,
        event_participants_f1=0.58,
    ),
    "extra34": Floors(
        f1={
            "date": 0.95,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.95,
            "place": 0.91,
            "summit": 0.95,
            "event": 0.95,
        },
        event_date_accuracy=0.70,
        event_participants_f1=0.69,
    ),
    "extra35": Floors(
        f1={
            "date": 0.95,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.92,
            "place": 0.91,
            "summit": 0.95,
            "event": 0.94,
        },
        event_date_accuracy=0.80,
        event_participants_f1=0.76,
    ),
    "extra36": Floors(
        f1={
            "date": 0.95,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.95,
            "place": 0.94,
            "summit": 0.95,
            "event": 0.95,
        },
        event_date_accuracy=0.95,
        event_participants_f1=0.81,
    ),
    "extra37": Floors(
        f1={
            "date": 0.95,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.95,
            "place": 0.93,
            "event": 0.95,
        },
        event_date_accuracy=0.90,
        event_participants_f1=0.85,
    ),
    "extra38": Floors(
        f1={
            "date": 0.95,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.94,
            "place": 0.95,
            "event": 0.83,
        },
        event_date_accuracy=0.79,
        event_participants_f1=0.75,
    ),
    "extra39": Floors(
        f1={
            "date": 0.94,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.86,
            "place": 0.95,
            "event": 0.95,
        },
        event_date_accuracy=0.85,
        event_participants_f1=0.69,
    ),
    "extra40": Floors(
        f1={
            "date": 0.95,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.91,
            "place": 0.94,
            "event": 0.91,
        },
        event_date_accuracy=0.80,
        event_participants_f1=0.88,
    ),
    "extra41": Floors(
        f1={
            "date": 0.95,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.93,
            "place": 0.94,
            "summit": 0.95,
            "event": 0.92,
        },
        event_date_accuracy=0.89,
        event_participants_f1=0.82,
    ),
    "extra42": Floors(
        f1={
            "date": 0.92,
            "money": 0.91,
            "quantity": 0.95,
            "organisation": 0.76,
            "place": 0.88,
            "event": 0.76,
        },
        event_date_accuracy=0.76,
        event_participants_f1=0.47,
    ),
    "extra43": Floors(
        f1={
            "date": 0.94,
            "money": 0.93,
            "quantity": 0.95,
            "organisation": 0.85,
            "place": 0.86,
            "event": 0.86,
        },
        event_date_accuracy=0.82,
        event_participants_f1=0.59,
    ),
    "extra44": Floors(
        f1={
            "date": 0.95,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.95,
            "place": 0.93,
            "event": 0.83,
        },
        event_date_accuracy=0.85,
        event_participants_f1=0.78,
    ),
    "extra45": Floors(
        f1={
            "date": 0.95,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.92,
            "place": 0.89,
            "event": 0.92,
        },
        event_date_accuracy=0.85,
        event_participants_f1=0.76,
    ),
    "extra46": Floors(
        f1={
            "date": 0.95,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.86,
            "place": 0.91,
            "event": 0.92,
        },
        event_date_accuracy=0.89,
        event_participants_f1=0.61,
    ),
    "extra47": Floors(
        f1={
            "date": 0.95,
            "money": 0.95,
            "quantity": 0.95,
            "organisation": 0.87,
            "place": 0.90,
            "event": 0.95,
        },
        event_date_accuracy=0.89,
        event_participants_f1=0.81,
    ),
}

_REPORTS: dict[str, EvaluationReport] = {}


def _report(name: str) -> EvaluationReport:
    if name not in _REPORTS:
        _REPORTS[name] = evaluate(DATA / name / "gold.jsonl", DATA / name)
    return _REPORTS[name]


@pytest.mark.parametrize(
    ("name", "kind", "floor"), [(name, kind, floor) for name, f in FLOORS.items() for kind, floor in f.f1.items()]
)
def test_kind_f1_stays_above_its_floor(name: str, kind: str, floor: float) -> None:
    """The headline F1 of each kind on each annotated set does not fall below its floor."""
    report = _report(name)
    score = report.score(kind)
    assert score is not None, f"no {kind} facts scored on {name}"
    errors = "\n".join(
        f"  {e.category}: {e.doc} [{e.start}:{e.end}] {e.text!r} gold={e.gold_value!r} system={e.system_value!r}"
        for e in report.errors_of(kind)[:15]
    )
    assert score.f1 >= floor, (
        f"{name}: {kind} F1 {score.f1:.3f} < {floor} (P {score.precision:.3f}, R {score.recall:.3f})\n{errors}"
    )


@pytest.mark.parametrize("name", sorted(FLOORS))
@pytest.mark.parametrize("figure", ["event_date_accuracy", "event_participants_f1"])
def test_event_arguments_stay_above_their_floors(name: str, figure: str) -> None:
    """Paired events keep their dates and participants right about as often as when the floors were set."""
    score = _report(name).score("event")
    assert score is not None
    value = getattr(score, figure)
    assert value is not None, f"no event of {name} was paired with a gold event"
    floor = getattr(FLOORS[name], figure)
    assert value >= floor, f"{name}: {figure} {value:.3f} < {floor}"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_offsets_give_their_text(name: str) -> None:
    """The generated gold points at the documents' raw text (regenerate it with the set's make_gold.py)."""
    folder = DATA / name
    texts = {path.stem: path.read_bytes().decode("utf-8") for path in folder.glob("*.txt")}
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        fact = json.loads(line)
        assert texts[fact["doc"]][fact["start"] : fact["end"]] == fact["text"], fact
