"""The lemma helper: inflected German forms map to one dictionary form."""

from analysis.reading.lemmas import lemma, lemmas


def test_verb_forms_share_their_infinitive():
    assert {lemma(w) for w in ("beschloss", "beschlossen", "beschließt")} == {"beschließen"}
    assert lemma("vorgelegt") == "vorlegen"
    assert lemma("verabschiedete") == "verabschieden"


def test_noun_plurals_map_to_the_singular():
    assert lemma("Städte") == "Stadt"
    assert lemma("Modellregionen") == "Modellregion"


def test_an_unknown_word_is_its_own_lemma():
    assert lemma("Großweilerhausen") == "Großweilerhausen"


def test_lemmas_keep_hyphenated_compounds_whole():
    assert lemmas("Die E-Government-Strategie wurde vorgelegt.")[1] == "E-Government-Strategie"
    assert lemmas("Die E-Government-Strategie wurde vorgelegt.")[-1] == "vorlegen"
