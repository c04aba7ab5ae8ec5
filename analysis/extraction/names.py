"""The shape of a person's name in German text ("Anna Muster", "Prof. Dr. Jan van Beispiel",
"Jörg Beispielé"), shared by the people and governance extractors."""

from __future__ import annotations

from analysis.extraction.lexicon.people import given_names
from analysis.reading.german import CAPITALISED_ARTICLES
from analysis.reading.text import LOWER, UPPER

NAME_LOWER = LOWER + "éèáàâêîôûçñıłńśźżčšžćğşøåæ"  # names of many origins ("Yıldız", "Wałęsa"-like)
NAME_WORD = rf"[{UPPER}][{NAME_LOWER}]+(?:-[{UPPER}][{NAME_LOWER}]+)?"
# Academic titles before a name: "Prof. Dr.", "Dr.-Ing.", "Dipl.-Ing.", "Dr. rer. nat.".
TITLE = r"(?:(?:Prof|Dr|Dipl)\.(?:-[A-Z][a-z]{1,4}\.)?\s+(?:(?:rer|med|phil|jur|nat|pol|oec|habil)\.\s+)*)"
# Particles between given name and surname: "Jan van den Beispiel", "Anna von der Muster".
SURNAME_PARTICLES = ("von der", "von dem", "van der", "van den", "von", "van", "de", "zu", "ten", "ter")
_NAME_HEAD = rf"{TITLE}*{NAME_WORD}(?:\s+(?:{'|'.join(SURNAME_PARTICLES)})\s+|\s+)"
NAME = rf"{_NAME_HEAD}{NAME_WORD}(?![{NAME_LOWER}{UPPER}-])"
# What every NAME opens with (up to the capital of its second word): a cheap lookahead that
# turns most places away before costlier checks run.
NAME_OPENING = rf"{_NAME_HEAD}[{UPPER}]"
HONORIFICS = (
    "Prof.",
    "Dr.",
    "Dr.-Ing.",
    "Dipl.-Ing.",
    "Dipl.",
    "rer.",
    "med.",
    "phil.",
    "jur.",
    "nat.",
    "pol.",
    "oec.",
    "habil.",
)


def surname(name: str) -> str:
    return name.split()[-1]


# Given names: the one list of the lexicon (lexicon/people.py, built from gender-guesser's
# dictionary: general data, not names of our texts).
def has_given_name(name: str) -> bool:
    """Does the name open with a given name ("Anna Muster", "Dr. Hans-Jörg Beispiel")? A
    company or a place shaped like a name ("Netzgesellschaft Musternetz") does not."""
    words = [w for w in name.split() if w not in HONORIFICS]
    if len(words) < 2:
        return False
    known = given_names()
    return all(part in known for part in words[0].split("-"))


# Words of dates that open a name-shaped pair ("Der CDO wird Anfang Mai …" names no one). Many
# are surnames too ("Felix Sommer", "Lena Mai"): after a given name they end a name (is_person).
DATE_NAME_WORDS = frozenset(
    {
        "Anfang",
        "Mitte",
        "Ende",
        "Beginn",
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
        "Frühjahr",
        "Sommer",
        "Herbst",
        "Winter",
    }
)
# Capitalised words that open or close a name-shaped pair that is no name.
NOT_NAME_WORDS = frozenset(
    {
        "In",
        "Im",
        "Am",
        "An",
        "Auf",
        "Aus",
        "Bei",
        "Mit",
        "Von",
        "Vom",
        "Zum",
        "Zur",
        "Für",
        "Nach",
        "Seit",
        *CAPITALISED_ARTICLES,
        "Als",
        "Wie",
        "Auch",
        "Dabei",
        "Zudem",
        "Stadt",
        "Smart",
        "City",
        "Digitale",
        "Digitalen",
        "Landeshauptstadt",
        "Herr",
        "Frau",
        "Neue",
        "Neuer",
        "Deutsche",
        "Deutscher",
        "Digital",
        "Open",
        "Data",
        "Chief",
        "Officer",
        "Officers",
        "Von links",
        # units: "Stabsstelle Digitalisierung" is no person
        "Stabsstelle",
        "Stabstelle",
        "Amt",
        "Referat",
        "Dezernat",
        "Fachbereich",
        "Abteilung",
        "Geschäftsstelle",
        "Geschäftsbereich",
        "Team",
        "Arbeitskreis",
        "Lenkungsgruppe",
        *DATE_NAME_WORDS,
    }
)
# Municipal role words written right before a name ("Oberbürgermeister Anna Muster").
MUNICIPAL_ROLE_WORDS = (
    r"Oberbürgermeister(?:in)?|Bürgermeister(?:in)?|OB|Landrat|Landrätin|Stadtdirektor(?:in)?|"
    r"Beigeordnete[r]?|Dezernent(?:in)?|Kämmerer(?:in)?|Amtsleiter(?:in)?|IT-Leiter(?:in)?|Leiter(?:in)?"
)
