"""The place gazetteer's data file and the matcher's precomputed index, against slow reference versions.

The data file stores the first-word index ready to use (so loading does no work per surface);
these tests rebuild it the slow way and check that the matcher and the organisation lookup give
what the straightforward algorithms give.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bri_corpus import Fact, normalize
from bri_corpus.extractors.place import gazetteer
from bri_corpus.extractors.place.gazetteer import _CONTINUES_WORD, FIRST_TOKEN, Gazetteer, _first_token
from bri_corpus.extractors.place.keep_rules import OrganisationStarts

_READINGS = [
    ("Astrakhan", "", "city", "RU", 520_000, "city"),
    ("Astrakhan'", "", "city", "RU", 520_000, "alternate"),
    ("Central Asia", "", "region", "", 0, "region"),
    ("Central Asian", "Central Asia", "region", "", 0, "demonym"),
    ("Chinese", "China", "country", "CN", 0, "demonym"),
    ("Guinea", "", "country", "GN", 0, "country"),
    ("Guinea-Bissau", "", "country", "GW", 0, "country"),
    ("Punjab", "", "region", "IN", 0, "subdivision"),
    ("Punjab", "", "region", "PK", 0, "subdivision"),
    ("U.S.", "", "country", "US", 0, "country"),
    ("Xi'an", "", "city", "CN", 12_000_000, "city"),
]


def _reference_index(rows: list[str]) -> dict[str, tuple[int, ...]]:
    """The first-word index computed the slow way, surface by surface."""
    lengths: dict[str, set[int]] = {}
    for surface in rows:
        lengths.setdefault(_first_token(surface), set()).add(len(surface))
    return {token: tuple(sorted(found, reverse=True)) for token, found in lengths.items()}


@functools.cache
def _shipped_reference_index() -> dict[str, tuple[int, ...]]:
    return _reference_index(list(gazetteer.gazetteer()._rows))


def _reference_find(table: Gazetteer, text: str, index: dict[str, tuple[int, ...]]) -> Iterator[tuple[int, int, str]]:
    """The matcher written plainly: every capitalised word, every length it can start, longest first."""
    position = 0
    for token in FIRST_TOKEN.finditer(text):
        start = token.start()
        if start < position:
            continue
        for length in index.get(token.group(), ()):
            end = start + length
            surface = text[start:end]
            if end <= len(text) and surface in table._rows and not _CONTINUES_WORD.match(text, end):
                yield start, end, surface
                position = end
                break


def test_write_and_load_round_trip(tmp_path: Path) -> None:
    """A table written and read back answers like the one built from readings."""
    built = Gazetteer.from_readings(_READINGS, {"CN": "China", "GN": "Guinea"})
    path = tmp_path / "gazetteer.tsv"
    built.write(path, "test table\nsecond comment line")
    loaded = Gazetteer.load(path)
    for surface in [*(r[0] for r in _READINGS), "Xi 'an"]:
        assert loaded.readings(surface) == built.readings(surface), surface
    assert [e.country for e in loaded.readings("Punjab")] == ["IN", "PK"]
    assert loaded.readings("Xi 'an")[0].name == "Xi'an"  # broken typography is a stored variant
    assert loaded.lengths_by_first_token == _reference_index(list(built._rows))
    assert loaded.not_first_words == {"Astrakhan'"}
    assert set(loaded.multiword_lengths) == {"Astrakhan", "Central", "Guinea", "Xi"}
    assert loaded.demonyms == {"Chinese": "CN"}
    assert loaded.region_adjectives == {"Central Asian": "Central Asia"}
    assert loaded.country_names == {"Guinea", "Guinea-Bissau", "U.S."}
    assert dict(loaded.display_names) == {"CN": "China", "GN": "Guinea"}
    text = "Guinea-Bissau, Guinea and the U.S. met in Astrakhan' and Xi 'an (Central Asian Chinese)."
    found = [(c.start, c.end, c.surface) for c in loaded.find(text)]
    assert found == list(_reference_find(loaded, text, _reference_index(list(loaded._rows))))
    assert [s for _, _, s in found] == [
        "Guinea-Bissau",
        "Guinea",
        "U.S.",
        "Astrakhan'",
        "Xi 'an",
        "Central Asian",
        "Chinese",
    ]


def test_load_refuses_another_format(tmp_path: Path) -> None:
    """A file without the sections (an old one-reading-per-line table) is refused with advice."""
    path = tmp_path / "old.tsv"
    path.write_text("# surface\tname\ttype\tcountry\tpopulation\tsource\nChina\t\tcountry\tCN\t0\tcountry\n")
    with pytest.raises(ValueError, match="generate"):
        Gazetteer.load(path)


def test_shipped_index_matches_its_rows() -> None:
    """The index stored in the shipped data file is the one its surfaces give (the file is not stale)."""
    table = gazetteer.gazetteer()
    assert table.lengths_by_first_token == _shipped_reference_index()


# ASCII surfaces only: names with letters beyond ASCII are also looked up accent-folded (`Kénitra` as `Kenitra`),
# which this plain algorithm leaves out; tests/test_place_speedups.py holds the matcher to a plain algorithm that folds.
_SURFACES = [s for s in sorted(gazetteer.gazetteer()._rows) if s.isascii()][::97] + [
    "Central Asia",
    "China",
    "Kazakhstan",
    "Xi 'an",
    "U.S.",
]


@settings(max_examples=150)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_SURFACES),
            st.sampled_from(["Central", "New", "South", "The", "'s", "-", "2", ".", "Asian"]),
            st.text(alphabet="aAbB'.-", max_size=4),
        ),
        max_size=25,
    ),
    st.lists(st.sampled_from([" ", "", "-", "\n", "'s "]), min_size=25, max_size=25),
)
def test_find_matches_the_plain_algorithm(words: list[str], joints: list[str]) -> None:
    """On text made of gazetteer names, near misses and noise, the matcher agrees with the plain algorithm."""
    text = "".join(word + joint for word, joint in zip(words, joints, strict=False))
    found = [(c.start, c.end, c.surface) for c in gazetteer.find_candidates(text)]
    assert found == list(_reference_find(gazetteer.gazetteer(), text, _shipped_reference_index()))


@settings(max_examples=150)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Kalyon", "Group", "x", "\u200bTurkey", "\uff21BC"]),
            st.sampled_from([" ", "  \n ", "\t", "\u00a0"]),
        ),
        min_size=1,
        max_size=12,
    ),
    st.sets(st.integers(min_value=0, max_value=11)),
)
def test_organisation_starts_agree_with_mapping_every_fact(parts: list[tuple[str, str]], chosen: set[int]) -> None:
    """Bisecting organisation starts gives what mapping each fact to normalised offsets gives."""
    raw = "".join(word + space for word, space in parts)
    starts = [sum(len(w) + len(s) for w, s in parts[:i]) for i in range(len(parts))]
    facts = tuple(
        Fact(
            doc="t",
            kind="organisation",
            start=starts[i],
            end=starts[i] + len(parts[i][0]),
            text=parts[i][0],
            value={"name": parts[i][0]},
            extractor="x",
        )
        for i in sorted(chosen)
        if i < len(parts)
    )
    text = normalize(raw)
    expected = {text.from_raw(f.start, f.end)[0] for f in facts}
    bisected = OrganisationStarts(text, facts)
    assert [p for p in range(len(text.text) + 2) if p in bisected] == sorted(expected)
