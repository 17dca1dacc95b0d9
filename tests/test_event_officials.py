"""Ministers by surname: which party a minister stands for (ministry named in the text, else the country)."""

from __future__ import annotations

from bri_corpus.extractors.event.entities import Entity
from bri_corpus.extractors.event.officials import minister_affiliations, surname_subject
from bri_corpus.values import Organisation, Place


def _place(text: str, word: str, name: str, code: str, *, demonym: bool) -> Entity:
    start = text.index(word)
    return Entity("place", start, start + len(word), name, demonym, Place(name=name, type="country", country=code))


def test_a_country_adjective_gives_the_country_under_the_name_the_text_writes() -> None:
    text = "Turkish Trade Minister Omer Bolat spoke. Türkiye signed."
    parties = [
        _place(text, "Turkish", "Turkey", "TR", demonym=True),
        _place(text, "Türkiye", "Türkiye", "TR", demonym=False),
    ]
    people = minister_affiliations(text, parties)
    assert people["Bolat"] == "Türkiye"
    assert people["Omer Bolat"] == "Türkiye"


def test_a_named_ministry_wins_over_the_country() -> None:
    text = "The Ministry of Finance said so. Kenyan Finance Minister Njuguna Ndung'u spoke."
    start = text.index("Ministry")
    parties = [
        Entity(
            "organisation", start, start + 19, "Ministry of Finance", False, Organisation(name="Ministry of Finance")
        ),
        _place(text, "Kenyan", "Kenya", "KE", demonym=True),
    ]
    assert minister_affiliations(text, parties)["Ndung'u"] == "Ministry of Finance"


def test_a_title_naming_no_party_and_a_prime_minister_give_nothing() -> None:
    text = "Minister of Public Works Abdul Dahlan spoke. Prime Minister Anwar Ibrahim too."
    assert minister_affiliations(text, []) == {}


def test_the_surname_must_stand_right_before_the_trigger() -> None:
    text = "Later, Bolat also signed it. Bolat said CRRC signed it."
    people = {"Bolat": "Türkiye"}
    assert surname_subject(text, people, 0, text.index("signed")) == (text.index("Bolat"), "Türkiye")
    assert surname_subject(text, people, 29, text.rindex("signed")) is None
