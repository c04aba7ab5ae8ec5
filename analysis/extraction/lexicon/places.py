"""Words around place names: titles of municipalities, words of a county text, and the
capitalised words before which a name is a common noun, not a place."""

from __future__ import annotations

from analysis.reading.german import ARTICLES

# Titles written before a municipality's name ("Hansestadt Lübeck", "Stadt Musterfeld").
# The contract's `city` is the name without them.
MUNICIPAL_TITLES = (
    "Stadt",
    "Landeshauptstadt",
    "Bundesstadt",
    "Hansestadt",
    "Freie und Hansestadt",
    "Freien und Hansestadt",
    "Kreisstadt",
    "Große Kreisstadt",
    "Universitätsstadt",
    "Wissenschaftsstadt",
    "Messestadt",
    "Domstadt",
    "Friedensstadt",
    "Barockstadt",
    "Münsterstadt",
    "Hochschulstadt",
    "Residenzstadt",
    "Bischofsstadt",
    "Lutherstadt",
    "Reformationsstadt",
    "Kaiserstadt",
    "Fächerstadt",
    "Kurstadt",
    "Fahrradstadt",
    "Universitäts- und Hansestadt",
    "Stadtkreis",
    "Kreisfreie Stadt",
    "Gemeinde",
    "Marktgemeinde",
    "Markt",
    "Stadtverwaltung",
    "Stadtgemeinde",
    "Kommune",
    "Landkreis",
    "Kreis",
    "Kreisverwaltung",
    "Oberbürgermeister von",
    "Oberbürgermeisterin von",
    "Bürgermeister von",
    "Bürgermeisterin von",
)
# Not titles, but names of programmes that a page puts before its city ("Smart City Musterfeld").
PROGRAMME_TITLES = ("Smart City", "Digitale Stadt")
# Prepositions that put a place name in a phrase of location or origin ("in Musterfeld").
PLACE_PREPOSITIONS = ("in", "aus", "nach", "für", "von")
# A word of one of these before a capitalised word makes it a noun ("die Lage", "im Wald").
DETERMINERS = frozenset(
    [
        *ARTICLES,
        "im",
        "am",
        "zum",
        "zur",
        "vom",
        "beim",
        "ins",
        "unser",
        "unsere",
        "unseren",
        "unserem",
        "unserer",
        "dieser",
        "diese",
        "dieses",
        "diesem",
        "diesen",
        "jeder",
        "jede",
        "kein",
        "keine",
        "keinen",
        "einem",
        "neue",
        "neuen",
        "neuer",
        "neues",
        "großen",
        "großer",
        "große",
        "kleinen",
    ]
)
# Gazetteer names that are mostly ordinary words in running text ("Mitte Februar").
NOT_PLACES = frozenset({"Mitte", "Ende", "Anfang", "Ernst", "Karl", "Elend", "Insel", "Damm"})
# Words of a text about a county (Landkreis) rather than a town.
COUNTY_WORDS = (
    "Kreis",
    "Kreises",
    "Landkreis",
    "Landkreises",
    "Kreisverwaltung",
    "Landrat",
    "Landrätin",
    "Landratsamt",
    "Kreistag",
    "Kreisgebiet",
)
TOWN_WORDS = (
    "Stadt",
    "Bürgermeister",
    "Oberbürgermeister",
    "Bürgermeisterin",
    "Oberbürgermeisterin",
    "Stadtverwaltung",
    "Rathaus",
    "Stadtrat",
    "Gemeinderat",
    "OB",
)
