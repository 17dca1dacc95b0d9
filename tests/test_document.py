"""Documents: reading files, header metadata, page chrome, bad input."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import pytest

from bri_corpus import Document, DocumentError
from bri_corpus.chrome import find_chrome
from bri_corpus.header import read_header


def test_from_path_reads_raw_text_and_header(seeds_dir: Path) -> None:
    """The id is the file stem, raw is the file exactly, and the header date is read."""
    path = seeds_dir / "000_80fff1d66f96a4b1.txt"
    doc = Document.from_path(path)
    assert doc.id == "000_80fff1d66f96a4b1"
    assert doc.raw == path.read_text(encoding="utf-8")
    assert doc.published == dt.date(2020, 5, 29)
    assert doc.source == "JAC Motors"


def test_short_year_header_with_time(seeds_dir: Path) -> None:
    """`Pub Date:23-07-25 08:34 Source:www.jac.com.cn` gives the date, the time and the source."""
    doc = Document.from_path(seeds_dir / "001_2542b4e8973e7765.txt")
    assert doc.published == dt.date(2023, 7, 25)
    assert doc.metadata["published_time"] == "08:34"
    start, end = doc.metadata["published_span"]
    assert doc.raw[start:end] == "23-07-25 08:34"
    assert doc.source == "www.jac.com.cn"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("date 2020-05-29 Body text.", dt.date(2020, 5, 29)),
        ("Posted on 12 March 2024\nBody.", dt.date(2024, 3, 12)),
        ("2019.06.05\nBody.", dt.date(2019, 6, 5)),
        ("Published: March 27, 2015\nBody.", dt.date(2015, 3, 27)),
        ("Title line\nDate: 2021-03-04\nBody.", dt.date(2021, 3, 4)),
        ("Release date: 5 Sept. 2022\n", dt.date(2022, 9, 5)),
        ("No date in here at all.", None),
        ("23-07-25 alone is ambiguous without a label", None),
        ("Published: 2021-02-30\n", None),
        ("Date: 18.05.2023\nBody.", dt.date(2023, 5, 18)),
        ("Published 05/18/2023\nBody.", dt.date(2023, 5, 18)),
        ("18/05/2023\nBody.", dt.date(2023, 5, 18)),
        ("Posted: 05/06/2023\nBody.", None),
        ("Release time: 2023-05-18 10:30\nBody.", dt.date(2023, 5, 18)),
        ("By Wang Fang | chinadaily.com.cn | Updated: 2023-05-18 09:12\nBody.", dt.date(2023, 5, 18)),
        ("Thursday, May 18, 2023\nBody.", dt.date(2023, 5, 18)),
        ("Mon, 15 May 2023 08:00\nBody.", dt.date(2023, 5, 15)),
        ("Last modified: 2023-05-18T10:30:00+08:00\nBody.", dt.date(2023, 5, 18)),
        ("发布时间：2023-05-18 来源：新华网\nBody.", dt.date(2023, 5, 18)),
        ("The register was updated 2023-05-18 by the ministry.", None),
        ("Serbia Economic Review\nBelgrade, 21.03.2024.\n\nBody.", dt.date(2024, 3, 21)),
        ("NEW DELHI, 5 March 2024 - India and China", dt.date(2024, 3, 5)),
        ("The deal was signed in Astana, 12 March 2024, officials said.", None),
        (
            "Szeged Daily | Business\n\nBYD plant hires 900 workers\n\n2024. 11. 03. 14:20\n\nBody.",
            dt.date(2024, 11, 3),
        ),
        ("2023. 9. 7.\nBody.", dt.date(2023, 9, 7)),
        ("2024. 13. 03. 10:00\nBody.", None),
        ("Output rose to 2024. 11. 03. in the report.", None),
        ("Rail hub to expand\n\nTASHKENT. UZA - 14 March 2025, 10:05\n\nBody.", dt.date(2025, 3, 14)),
        ("ALMATY - 3 June 2024 - The", dt.date(2024, 6, 3)),
        ("Forum opens in Astana - 3 June 2024\n\nBody.", None),
        ("Ahram Online\n\nHeadline here\n\nMona Salem , Sunday 9 Mar 2025\n\nBody.", dt.date(2025, 3, 9)),
        ("Headline\n\nBy Hoang Minh Quan   Tuesday, 18/3/2025 | 04:12 pm GMT+7\n\nBody.", dt.date(2025, 3, 18)),
        ("Headline\n\nBy Ana Lima, 5 June 2024\n\nBody.", dt.date(2024, 6, 5)),
        ("Headline\n\nBy the end of 2024, 10 trains ran.\n\nBody.", None),
        (
            "ANNOUNCEMENT\n\nBody.\n\nBy order of the Board\nChina Energy Engineering Corporation Limited\n"
            "Qin Tianming\nCompany Secretary\n\nBeijing, the PRC, 13 March 2024\n\nAs at the date of this ...",
            dt.date(2024, 3, 13),
        ),
        (
            "ANNOUNCEMENT\n\nBody.\n\nBy order of the Board\nX Limited\nZhao Hui\n\nHong Kong\n26 November 2025\n",
            dt.date(2025, 11, 26),
        ),
        ("The plan was signed on 13 March 2024.\n\nBeijing, the PRC, 13 March 2024\n", None),
    ],
)
def test_header_styles(header: str, expected: dt.date | None) -> None:
    """The common header styles are read; unlabelled two-digit years and impossible dates are not."""
    assert read_header(header).published == expected


@pytest.mark.parametrize(
    ("header", "time", "source"),
    [
        ("Last modified: 2023-05-18T10:30:00+08:00\nBody.", "10:30:00", None),
        ("Published: 12 February 2024 - 15:40\nBody.", "15:40", None),
        ("Wednesday, November 15, 2023, 2:05 pm (GMT+7)\nBody.", "14:05", None),
        ("Posted on 12 March 2024 12:30 a.m.\nBody.", "00:30", None),
        ("Published: 5 March 2024 - 25:99\nBody.", None, None),
        ("18 May 2023 | 10:30 GMT+8\nBody.", "10:30", None),
        ("Headline\n\nBy Hoang Minh Quan   Tuesday, 18/3/2025 | 04:12 pm GMT+7\n\nBody.", "16:12", None),
        ("Headline\nEleni Markopoulou\n19.06.2025 \u2022 14:35\nBody.", "14:35", None),
        ("Pecs News\n\n2024. 11. 03. 14:20\n\nBody.", "14:20", None),
        ("发布时间：2023-05-18 09:05 来源：新华网\nBody.", "09:05", "新华网"),
        ("By Li Wei | Updated: 2023-05-18 14:03 | Source: China Daily\nBody.", "14:03", "China Daily"),
    ],
)
def test_header_time_and_source(header: str, time: str | None, source: str | None) -> None:
    """The time of day (24-hour, seconds kept) and the source are read in the same styles, Chinese labels included."""
    info = read_header(header)
    assert (info.published_time, info.source) == (time, source)


def test_header_date_span_gives_the_date_text() -> None:
    """The recorded span is the date itself, without its label."""
    raw = "Posted on 12 March 2024\nBody."
    info = read_header(raw)
    assert info.date_span is not None
    assert raw[info.date_span[0] : info.date_span[1]] == "12 March 2024"


def test_given_published_wins_over_header() -> None:
    doc = Document.from_text("date 2020-05-29 text", id="x", published=dt.date(2021, 1, 1))
    assert doc.published == dt.date(2021, 1, 1)


def test_chrome_regions_in_seed(seeds_dir: Path) -> None:
    """Contact lines, source URLs, editor credits, related-news lists and copyright lines are chrome."""
    doc = Document.from_path(seeds_dir / "001_2542b4e8973e7765.txt")
    chrome = [doc.raw[s:e] for s, e in doc.chrome]
    assert chrome[0] == "E-mail lunthesis@163.com Phone 0551-65179860-203"
    assert "Source:www.jac.com.cn" in chrome
    assert "Editor:Li Ruichuan" in chrome
    assert any(c.startswith("Related News\nACEG Ranking") and c.endswith("Contact Us") for c in chrome)
    assert any(c.startswith("Copyright ©2000-2021") for c in chrome)
    # The story itself is not chrome.
    story = doc.raw.index("On July 1st")
    assert not doc.in_chrome(story, story + 10)


def test_long_paragraph_keeps_its_text_around_an_email() -> None:
    """In a long story paragraph only the contact detail is chrome, not the paragraph."""
    sentence = "The bank lent USD 300 million to the port authority in Gwadar last year. " * 6
    raw = sentence + "Contact press@example.com for details."
    regions = find_chrome(raw)
    assert [raw[s:e] for s, e in regions] == ["press@example.com"]


@pytest.mark.parametrize(
    "heading",
    [
        "相关新闻 Related News",
        "相关新闻",
        "Related News:",
        "推荐阅读：",
        "Most Popular",
        "Trending now",
        "Top Stories",
        "Read Next",
    ],
)
def test_related_headings_in_chinese_and_english_start_a_chrome_block(heading: str) -> None:
    raw = f"The line opened in 2023.\n\n{heading}\nChina and Cambodia sign expressway deal\nMore trains for Laos\n"
    (region,) = find_chrome(raw)
    assert raw[region[0] : region[1]] == f"{heading}\nChina and Cambodia sign expressway deal\nMore trains for Laos"


@pytest.mark.parametrize(
    ("raw", "chrome"),
    [
        ("Body.\n\nRead more:\nKenya opens port\n\nMore body.", ["Read more:\nKenya opens port"]),
        ("Body.\n\nAlso read: Kenya opens port\n\nMore body.", ["Also read: Kenya opens port"]),
        (
            "Body.\n\nReporting by Ann Lee in Singapore; Editing by Sam Holmes\n",
            ["Reporting by Ann Lee in Singapore; Editing by Sam Holmes"],
        ),
        ("The reporting by local media was wrong, editing by none.\n", []),
        (
            "Body.\n\nSearch Keywords:\nZC Rubber, SCZONE, Sokhna, China\n\nMore body.",
            ["Search Keywords:\nZC Rubber, SCZONE, Sokhna, China"],
        ),
        ("Body.\n\nTags:\nRail | Ports | Laos\n", ["Tags:\nRail | Ports | Laos"]),
    ],
)
def test_teasers_and_wire_credit_lines_are_chrome(raw: str, chrome: list[str]) -> None:
    """A link to another story (``Read more:`` and its headline, on the line or the next), a tag list under its label
    and a wire's credit line (``Reporting by ...; Editing by ...``) are chrome; a story sentence about reporting is
    not."""
    assert [raw[s:e] for s, e in find_chrome(raw)] == chrome


def test_source_byline_is_text_but_source_url_is_chrome() -> None:
    raw = "Body.\n\nSOURCE: JAC Motors\nSource: www.example.com\n"
    assert [raw[s:e] for s, e in find_chrome(raw)] == ["Source: www.example.com"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "is empty"),
        (b"  \n\t ", "is empty"),
        (b"abc\x00def", "looks binary (NUL byte at byte 3)"),
        (b"caf\xe9 au lait", "not UTF-8 at byte 3"),
    ],
)
def test_bad_files_name_the_file_and_problem(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError) as info:
        Document.from_path(path)
    assert str(info.value).startswith(f"{path}: {problem}")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        Document.from_path(tmp_path / "nope.txt")


def test_encoding_errors_replace_reads_anyway(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"caf\xe9 au lait")
    assert Document.from_path(path, encoding_errors="replace").raw == "caf\ufffd au lait"


def test_documents_pickle(seeds_dir: Path) -> None:
    """Documents travel to worker processes."""
    doc = Document.from_path(seeds_dir / "001_2542b4e8973e7765.txt")
    copy = pickle.loads(pickle.dumps(doc))
    assert copy == doc
    assert copy.metadata["published_time"] == "08:34"


def test_document_is_frozen() -> None:
    doc = Document.from_text("text", id="x")
    with pytest.raises(AttributeError):
        doc.raw = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        doc.metadata["x"] = 1  # type: ignore[index]


def test_bundled_seeds() -> None:
    """`bri_corpus.seeds()` gives the five seed documents, as from_path reads them."""
    import bri_corpus

    docs = bri_corpus.seeds()
    assert [d.id for d in docs] == sorted(p.stem for p in (Path(__file__).parents[1] / "seeds").glob("*.txt"))
    assert len(docs) == 5
    assert docs[0].published == dt.date(2020, 5, 29)


@pytest.mark.parametrize(
    "line",
    [
        "Home | China | World | Business | Africa | Belt & Road | Video | Subscribe",
        "Africa > Belt & Road",
        "Home > Embassy News > Statements",
        "Tags: China-Europe Railway Express | Poland | Logistics",
        "Related: Xi'an to Duisburg train marks 10 years | Kazakh operator KTZ Express buys wagons",
        "Most read: Machu Picchu tickets | Peru GDP forecast | Lima Metro Line 2",
        "Share: Facebook Twitter LinkedIn WeChat",
        "Skip to content",
        "Registration Number: 130349",
        "Our Standards: The Thomson Reuters Trust Principles.",
    ],
)
def test_menus_link_lists_and_registration_lines_are_chrome(line: str) -> None:
    """Navigation bars, breadcrumbs, label-led link lists and site registration lines are chrome, whole."""
    raw = f"Story headline\n\nThe line opened in 2023.\n\n{line}\n\nThe story goes on.\n"
    start = raw.index(line)
    assert find_chrome(raw) == ((start, start + len(line)),)


@pytest.mark.parametrize(
    "line",
    [
        "By Li Hua in Lusaka | China Daily | Updated: 2024-05-21 09:15",
        "China | Pakistan sign port deal",
        "Profits > forecasts, the company said.",
        "Related talks will follow in Astana next week, the ministry said.",
    ],
)
def test_bylines_and_sentences_with_separators_are_not_chrome(line: str) -> None:
    """Bylines, short headlines and sentences that hold "|" or ">" are text."""
    assert find_chrome(f"Headline\n\n{line}\n\nThe story goes on.\n") == ()


@pytest.mark.parametrize(
    "line",
    [
        "For further details: Media Wing, Board of Investment, Islamabad",
        "For more information: press office of the Ministry of Transport",
        "Media contact: Liu Yang, China Road and Bridge Corporation",
        "Contact: Public Relations Department, KTZ",
    ],
)
def test_contact_lead_in_lines_are_chrome(line: str) -> None:
    raw = "The railway opened in 2023.\n" + line + "\n"
    assert [raw[s:e] for s, e in find_chrome(raw)] == [line]


def test_contact_word_in_a_story_sentence_is_not_chrome() -> None:
    raw = "The two sides agreed to stay in close contact: talks resume in May.\n"
    assert find_chrome(raw) == ()


def test_a_labelled_hotline_needs_a_phone_number_to_be_chrome() -> None:
    """``<phone word> of <body>: <number>`` is a contact line; the same words before a figure that is no phone
    number are story text."""
    raw = "The hotline of the ministry received complaints: 1,200 in May alone.\n"
    assert find_chrome(raw) == ()


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        (
            "A 40-baht fare is planned for the shuttle across the river. For details, call the hotline 1690.",
            ["For details, call the hotline 1690."],
        ),
        (
            "The terminal handled 1.2 million TEU in 2024. Media enquiries: press@port.example.",
            ["Media enquiries: press@port.example."],
        ),
        ("Tel: +254 20 123 4567. Fax: +254 20 765 4321", ["Tel: +254 20 123 4567. Fax: +254 20 765 4321"]),
        (
            "For comments, call the DPWH hotline at (02) 165-02.",
            ["For comments, call the DPWH hotline at (02) 165-02."],
        ),
        ("(c) 2025 Rail Watch. Data licensed CC BY 4.0.", ["(c) 2025 Rail Watch. Data licensed CC BY 4.0."]),
        (
            "Applicants can call the Housing Agency hotline on 3010 for information on the allocation schedule.",
            ["hotline on 3010"],
        ),
        (
            "The Provincial Department of Industry and Trade hotline 0214 3840 123 takes investors' questions.",
            ["hotline 0214 3840 123"],
        ),
        ("Readers can reach our hotline at 0800 123 456.", ["Readers can reach our hotline at 0800 123 456."]),
        (
            "Hotline of the State Agency for Roads: +992 37 221 40 18",
            ["Hotline of the State Agency for Roads: +992 37 221 40 18"],
        ),
        ("Fax of the press office: (0212) 555 0142", ["Fax of the press office: (0212) 555 0142"]),
        (
            "Bus sales reached 9,000 units in 2024, according to the Kenya Bus Operators Association (KBOA), whose "
            "hotline 0800 221 100 has been flooded with questions about the new routes.",
            ["hotline 0800 221 100"],
        ),
        (
            "For further information, please contact the press office of the Ministry of Transport at +254 20 123 "
            "4567 or by telephone 20 123 4568 during working hours on weekdays.",
            [
                "For further information, please contact the press office of the Ministry of Transport at +254 20 123 "
                "4567 or by telephone 20 123 4568 during working hours on weekdays."
            ],
        ),
    ],
)
def test_only_the_contact_sentences_of_a_story_paragraph_are_chrome(line: str, chrome: list[str]) -> None:
    """A short paragraph that ends with a hotline keeps its story sentences: only the contact sentence goes; a
    line whose other sentences are short or labelled is a notice as a whole; a long story sentence that names a
    phone line in passing keeps its words (only the number goes), unless a contact word leads it."""
    raw = "Headline\n\n" + line + "\n"
    assert [raw[s:e] for s, e in find_chrome(raw)] == chrome


@pytest.mark.parametrize(
    "line",
    [
        "(c) Khovar, 2024",
        "Copyright Business Recorder, 2025",
        "Copyright: Any unauthorized use of the materials is prohibited.",
    ],
)
def test_short_copyright_notices_are_chrome(line: str) -> None:
    """An agency's "(c) Name, year" and a "Copyright:" notice are chrome; a "(c)" clause in a sentence is not."""
    raw = "The railway opened in 2023.\n" + line + "\nThe (c) clause of the 2024 contract covers the bridge.\n"
    assert [raw[s:e] for s, e in find_chrome(raw)] == [line]
