"""Funding items carry the sum and the funder their sentence names (issue 15), on invented
sentences; a sentence that names neither leaves both null."""

from __future__ import annotations

import pytest
from itemx_helpers import LEAD, profile


@pytest.mark.parametrize(
    "sentence,name,amount,funder",
    [
        (
            "Das Vorhaben wird mit 1,2 Millionen Euro aus dem Förderprogramm Digitale Kommune des Landes gefördert.",
            "Digitale Kommune",
            "1,2 Millionen Euro",
            "Land",
        ),
        (
            "Die Stadt erhält 800.000 Euro aus dem Programm „Digitale Orte“ des Landes Sachsen-Anhalt.",
            "Digitale Orte",
            "800.000 Euro",
            "Land Sachsen-Anhalt",
        ),
        (
            "Tannbrück ist eines der Modellprojekte Smart Cities, gefördert vom Bundesministerium für Wohnen und Bauwesen.",
            "Modellprojekte Smart Cities",
            None,
            "Bundesministerium für Wohnen und Bauwesen",
        ),
        (
            "Der Bund fördert den Ausbau über die KfW mit rund drei Mio. Euro.",
            "KfW",
            "rund drei Mio. Euro",
            "Bund",
        ),
        ("Im Wettbewerb Digitale Stadt kam Tannbrück ins Finale.", "Digitale Stadt", None, None),
    ],
)
def test_funding_amount_and_funder(sentence, name, amount, funder):
    funding = {f["name"]: f for f in profile(LEAD + sentence + "\n")["funding"]}
    assert name in funding, funding
    assert (funding[name]["amount"], funding[name]["funder"]) == (amount, funder)
