"""Unit tests of the organisation plugin: gazetteer loading, name cores, initials, linking, and properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bri_corpus import Document, extract
from bri_corpus.extractors.organisation.extract import organisations_in
from bri_corpus.extractors.organisation.gazetteer import default_gazetteer, load_gazetteer, lookup_key
from bri_corpus.extractors.organisation.resolve import core_of, initials_of


def test_lookup_key_folds_legal_punctuation() -> None:
    assert lookup_key("China Machinery Co.,Ltd.") == "China Machinery Co., Ltd."
    assert lookup_key("China  Machinery Co. , Ltd.") == "China Machinery Co., Ltd."


def test_default_gazetteer_knows_acronyms_and_aliases() -> None:
    gazetteer = default_gazetteer()
    assert gazetteer.lookup("AIIB") is not None
    assert gazetteer.lookup("AIIB").id == "aiib"  # type: ignore[union-attr]
    assert gazetteer.lookup("Sinotruk").id == gazetteer.lookup("China National Heavy Duty Truck Group").id  # type: ignore[union-attr]
    assert gazetteer.lookup("aiib") is None, "lookups are case-sensitive"


def test_gazetteer_ids_are_unique_and_surfaces_nonempty() -> None:
    from bri_corpus.extractors.organisation.gazetteer import DEFAULT_PATH

    data = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    ids = [item["id"] for item in data["organisations"]]
    assert len(ids) == len(set(ids))
    assert data["format"] == "bri-corpus-organisations"
    assert all(item["name"].strip() == item["name"] for item in data["organisations"])


def test_load_gazetteer_with_extra_file(tmp_path: Path) -> None:
    extra = tmp_path / "more.json"
    extra.write_text(
        json.dumps(
            {
                "format": "bri-corpus-organisations",
                "version": 1,
                "organisations": [{"id": "steppe-rail", "name": "Steppe Rail Company", "acronyms": ["SRC"]}],
            }
        ),
        encoding="utf-8",
    )
    gazetteer = load_gazetteer([extra])
    assert gazetteer.lookup("SRC").id == "steppe-rail"  # type: ignore[union-attr]
    assert gazetteer.lookup("AIIB") is not None, "the built-in entries are still there"
    assert len(gazetteer) == len(default_gazetteer()) + 1


def test_load_gazetteer_rejects_other_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"organisations": []}), encoding="utf-8")
    with pytest.raises(ValueError, match="bad.json"):
        load_gazetteer([bad])


def test_core_drops_legal_forms_and_group_words() -> None:
    assert core_of(("WEGO", "Group")) == ("WEGO",)
    assert core_of(("WEGO", "Ltd")) == ("WEGO",)
    assert core_of(("JAC", "Motors")) == ("JAC",)
    assert core_of(("CETC", "International")) == ("CETC", "International")
    assert core_of(("Group",)) == ("Group",), "a name is never cut to nothing"


def test_initials() -> None:
    assert "CMC" in initials_of(("China", "Machinery", "Co", "Ltd"))
    assert "NDRC" in initials_of(("National", "Development", "and", "Reform", "Commission"))


def _names(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], value.name) for start, end, value in organisations_in(text)]


def test_short_forms_link_to_the_fullest_name() -> None:
    text = "Aral Motors Group opened a showroom. Aral Motors sold cars and Aral grew."
    assert _names(text) == [
        ("Aral Motors Group", "Aral Motors Group"),
        ("Aral Motors", "Aral Motors Group"),
        ("Aral", "Aral Motors Group"),
    ]


def test_rename_takes_the_new_name() -> None:
    text = "Steppe Agro Machinery Co. Ltd. changed its name to Dala Group in 2011."
    assert _names(text) == [("Steppe Agro Machinery Co. Ltd.", "Dala Group"), ("Dala Group", "Dala Group")]


def test_acronym_defined_in_brackets() -> None:
    text = "Qazaq Gaz Trading Company (QGTC) signed. QGTC will ship gas."
    assert [name for _, name in _names(text)] == ["Qazaq Gaz Trading Company"] * 3


def test_initial_links_to_the_full_word() -> None:
    assert _names("B Group signed with Baiterek Group.") == [
        ("B Group", "Baiterek Group"),
        ("Baiterek Group", "Baiterek Group"),
    ]


def test_possessive_embassy_is_named_by_its_country() -> None:
    assert _names("Staff of Kazakhstan's Embassy attended.") == [("Kazakhstan's Embassy", "Embassy of Kazakhstan")]


def test_chrome_mentions_do_not_rename() -> None:
    raw = "CETC International delivered masks.\n\nCopyright © 2015 CETC International Co.,Ltd. All Rights Reserved"
    facts = [f for f in extract(Document.from_text(raw, id="doc")) if f.kind == "organisation"]
    assert [(f.text, f.value.name) for f in facts] == [("CETC International", "CETC International")]


def test_gazetteer_id_is_carried() -> None:
    [(_, _, value)] = list(organisations_in("The Silk Road Fund invested."))
    assert value.to_json() == {"name": "Silk Road Fund", "id": "silk-road-fund"}


@given(st.text(alphabet=st.sampled_from(list("ABCJSGMLtdco .,()&'-ofand\nKazakhstan Group Ltd")), max_size=200))
def test_spans_are_well_formed_on_any_text(text: str) -> None:
    """Never raises; spans are ordered, non-overlapping, non-empty and trimmed."""
    last_end = 0
    for start, end, value in organisations_in(text):
        assert last_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        assert value.name
        last_end = end
