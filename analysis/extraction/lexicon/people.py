"""Word lists of the people rules: first names, credit lines, city and outside bodies."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

GIVEN_NAMES_FILE = Path(__file__).parent / "given_names.txt"


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """First names in use in German-speaking countries and common elsewhere (general data:
    gender-guesser's dictionary, see build_given_names.py)."""
    lines = GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


# Words of a credit line: the person named after them took the photo or wrote the text,
# and is not part of the story ("Bild: Stadt Musterfeld / Anna Beispiel", "© Jan Muster",
# "Von Eva Beispiel" above an article).
CREDIT_WORDS = (
    "Bild",
    "Bilder",
    "Foto",
    "Fotos",
    "Fotograf",
    "Fotografin",
    "Bildquelle",
    "Quelle",
    "Grafik",
    "Illustration",
    "Copyright",
    "Text",
    "Autor",
    "Autorin",
    "Redaktion",
    "Porträt",
    "by",
    "©",
    # the journalist of an interview ("Das Interview führte Eva Beispiel")
    "Interview führte",
    "Gespräch führte",
    "Interview führten",
    "Gespräch führten",
    "Moderation",
)
# Heads of compound names of the city's own offices ("Leiter des Hauptamts", "aus dem
# Bürgeramt", "aus der Kreisverwaltung"): whoever works there speaks for the city (an
# authority of the Land or the Bund, "Landesamt", is read as outside first).
CITY_BODY_HEADS = (
    "amt",
    "amts",
    "amtes",
    "ämter",
    "verwaltung",
    "dezernat",
    "dezernats",
    "stabsstelle",
    "fachbereich",
    "fachbereichs",
    "rathaus",
    "rathauses",
    # the city's public facilities ("Leiterin der Stadtbibliothek", "der Feuerwehr")
    "bibliothek",
    "bücherei",
    "feuerwehr",
    "bürgerbüro",
    "bürgerbüros",
    "musikschule",
)
# Opening words of a byline: "Von Eva Beispiel" as a line of its own.
BYLINE_OPENERS = ("Von", "von", "Text von", "Ein Beitrag von")

# The first word of a capitalised pair that ends like a German abstract or collective noun
# is no first name ("Netzgesellschaft Beispielnetz", "Verwaltung Musterfeld").
NOUN_ENDINGS = (
    "gesellschaft",
    "schaft",
    "ung",
    "heit",
    "keit",
    "tion",
    "tät",
    "ismus",
    "amt",
    "stelle",
    "werk",
)

# Bodies of a city or county: a person whose office belongs to one of these works for the
# city ("Referentin im Büro der Oberbürgermeisterin", "Sachgebietsleiter im Amt für Statistik").
CITY_BODY_WORDS = (
    "Stadt",
    "Landeshauptstadt",
    "Stadtverwaltung",
    "Rathaus",
    "Gemeinde",
    "Kreis",
    "Kreisverwaltung",
    "Verwaltung",
    "Bürgermeister",
    "Bürgermeisters",
    "Bürgermeisterin",
    "Oberbürgermeister",
    "Oberbürgermeisters",
    "Oberbürgermeisterin",
    "Landrat",
    "Landrats",
    "Landrätin",
    "Rat",
    "Rats",
    "Rates",
    "Stabsstelle",
    "Stabstelle",
    "Dezernat",
    "Dezernats",
    "Amt",
    "Amts",
    "Amtes",
    "Fachbereich",
    "Fachbereichs",
)
# Bodies outside the city: a person speaking for one of these is external
# ("Professorin an der Universität Musterfeld", "Geschäftsführer der Muster GmbH").
EXTERNAL_BODY_WORDS = (
    "Universität",
    "Hochschule",
    "Fachhochschule",
    "Institut",
    "Fraunhofer",
    "GmbH",
    "AG",
    "e.V.",
    "Ministerium",
    "Landesregierung",
    "Bundesregierung",
    "Verband",
    "Unternehmen",
    "Professor",
    "Professorin",
)

# Words that open a capitalised pair but are determiners, not first names, although some
# first-name lists hold them ("Meine Heimatstadt", "Diese Woche").
DETERMINERS = frozenset(
    {
        "Mein",
        "Meine",
        "Meinen",
        "Unser",
        "Unsere",
        "Ihr",
        "Ihre",
        "Sein",
        "Seine",
        "Dein",
        "Deine",
        "Euer",
        "Eure",
        "Dieser",
        "Diese",
        "Dieses",
        "Jede",
        "Jeder",
        "Jedes",
        "Alle",
        "Viele",
        "Einige",
        "Manche",
    }
)
# Second words that make a first-name-shaped pair a title or an amount, not a person
# ("Chief Urban Officer", "drei Mio Euro").
NOT_SURNAMES = frozenset({"Officer", "Officers", "Manager", "Euro", "Prozent", "Millionen", "Milliarden"})

# Heads of compound names of outside bodies ("Digitalverband", "Bundesministerium",
# "Landesregierung", "Beratungsfirma", "Forschungsinstitut"): a person "vom Digitalverband
# Beispielcom" or "aus dem Bundesministerium" speaks for that body, not for the city.
EXTERNAL_BODY_HEADS = (
    "ministerium",
    # authorities of the Land and the Bund ("vom Landesamt für Statistik")
    "landesamt",
    "bundesamt",
    "regierung",
    "verband",
    "firma",
    "konzern",
    "institut",
    "hochschule",
    "universität",
    "kammer",
    "stiftung",
    "unternehmen",
    "agentur für arbeit",
)
# Endings of a role word before a name that make the person speak for the state, a company
# or a parliament ("Digitalministerin Anna Muster", "Landesdigitalminister Jan Beispiel",
# "Bundestagsabgeordnete Eva Probe"): compounds of these are external roles.
EXTERNAL_ROLE_ENDINGS = (
    "minister",
    "ministerin",
    "staatssekretär",
    "staatssekretärin",
    "ministerpräsident",
    "ministerpräsidentin",
    "geschäftsführer",
    "geschäftsführerin",
    "abgeordnete",
    "abgeordneter",
    "professor",
    "professorin",
    "vorstand",
    "vorständin",
)

# Words of dates that are also common surnames ("Anna Sommer", "Jan Winter", "Eva Herbst"):
# after a given name they close a name, though a date word opens none ("Anfang Mai").
DATE_WORD_SURNAMES = frozenset({"Sommer", "Winter", "Herbst", "Ende", "Mai"})
