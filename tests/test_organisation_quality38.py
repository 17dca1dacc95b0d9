"""Unit tests of the quality-38 rules: a bracketed ``(International)`` subsidiary, mastheads under the headline,
byline outlets and the ``S.C.`` share-company form."""

from __future__ import annotations

import pytest

from bri_corpus.document import Document
from bri_corpus.extractors.organisation.context_names import _OUTLET_LIKE
from bri_corpus.testing import make_pipeline

_PIPELINE = make_pipeline(["organisation"])


def _names(text: str) -> dict[str, str]:
    facts = _PIPELINE.run(Document.from_text(text, id="t")).facts
    return {fact.text: fact.value.to_json()["name"] for fact in facts}


@pytest.mark.parametrize(
    ("name", "outlet"),
    [("The Nation", True), ("THE DAILY MIRROR", True), ("Valor International", True), ("Steppe Courier", True),
     ("Anna Petrova", False), ("Rafael Vargas", False)],
)  # fmt: skip
def test_outlet_like_names(name: str, outlet: bool) -> None:
    assert (_OUTLET_LIKE.search(name) is not None) is outlet


def test_international_arm_keeps_parent_name() -> None:
    names = _names(
        "China Railway Construction Corporation Limited (CRCC) said China Railway Construction Corporation"
        " (International) Limited won the deal."
    )
    assert names["CRCC"] == "China Railway Construction Corporation Limited"
    assert names["China Railway Construction Corporation (International) Limited"] == (
        "China Railway Construction Corporation (International) Limited"
    )


def test_share_company_needs_a_trade_word() -> None:
    assert "Awash Cement Works S.C." in _names("Awash Cement Works S.C. raised prices.")
    assert not any("S.C." in surface for surface in _names("Counsel Peter Brand S.C. argued the case."))
