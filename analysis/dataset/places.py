"""What kind of place a profile's `city` is, in which state it lies and how large it is.

The national comparison groups and counts places by these facts; they come from the
gazetteer the extraction already reads (`analysis/extraction/lexicon/municipalities.tsv`:
the official population, the Land as the two-digit Länderschlüssel, municipality or
district), never from the text. A name the gazetteer does not hold has no facts (None):
the reports list it under "state not known", they do not guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from analysis.extraction.gazetteer import Place, places_named

# The Länder by their key in the official municipality key (AGS), in that order.
STATES: dict[str, str] = {
    "01": "Schleswig-Holstein",
    "02": "Hamburg",
    "03": "Niedersachsen",
    "04": "Bremen",
    "05": "Nordrhein-Westfalen",
    "06": "Hessen",
    "07": "Rheinland-Pfalz",
    "08": "Baden-Württemberg",
    "09": "Bayern",
    "10": "Saarland",
    "11": "Berlin",
    "12": "Brandenburg",
    "13": "Mecklenburg-Vorpommern",
    "14": "Sachsen",
    "15": "Sachsen-Anhalt",
    "16": "Thüringen",
}

# A municipality (Gemeinde, Stadt, kreisfreie Stadt) is counted apart from a county (Kreis,
# Landkreis): a county's administration is another level with other duties.
MUNICIPALITY = "municipality"
COUNTY = "county"
PLACE_KINDS: dict[str, str] = {
    MUNICIPALITY: "a city or municipality (Gemeinde, Stadt, kreisfreie Stadt)",
    COUNTY: "a county (Kreis, Landkreis), a level above its municipalities",
}
_KIND_OF = {"m": MUNICIPALITY, "d": COUNTY}

# Size classes by inhabitants, the usual breaks of German municipal statistics (small
# towns, medium towns, cities, the largest cities): (key, lower bound inclusive).
SIZE_CLASSES: tuple[tuple[str, int], ...] = (
    ("under_20k", 0),
    ("20k_100k", 20_000),
    ("100k_500k", 100_000),
    ("over_500k", 500_000),
)

# Words a name carries when it names a county itself ("Kreis Musterland", "Musterland-Kreis").
_COUNTY_WORDS = ("Kreis", "kreis", "Landkreis")
# Words written before the gazetteer's name of a county ("Landkreis Musterstadt" is the
# county the gazetteer calls "Musterstadt", beside the city of that name).
_COUNTY_TITLES = ("Landkreis", "Kreis")


@dataclass(frozen=True)
class PlaceFacts:
    name: str
    kind: str  # MUNICIPALITY | COUNTY
    state_code: str  # "05"; "" when the gazetteer gives none
    population: int

    @property
    def state(self) -> str | None:
        """The Land's name ("Nordrhein-Westfalen"), None when not known."""
        return STATES.get(self.state_code)

    @property
    def size_class(self) -> str:
        return size_class(self.population)


def size_class(population: int) -> str:
    """The key of the size class a population falls in."""
    key = SIZE_CLASSES[0][0]
    for name, lower in SIZE_CLASSES:
        if population >= lower:
            key = name
    return key


def _names_a_county(name: str) -> bool:
    return any(word in name for word in _COUNTY_WORDS)


@lru_cache(maxsize=4096)
def place_facts(name: str, county: bool | None = None) -> PlaceFacts | None:
    """The facts of the place a profile calls `name`.

    Where one name is both a municipality and a county ("Musterstadt" and the Landkreis
    Musterstadt), the municipality is meant unless `county` is true or the name itself says
    Kreis; a name that only a county bears is the county; "Landkreis Musterstadt" (or
    "Kreis …") is the county the gazetteer names "Musterstadt". `county` true or false asks
    for that kind only.
    """
    places: list[Place] = places_named(name)
    title, _, rest = name.partition(" ")
    if not places and title in _COUNTY_TITLES and county is not False:
        return place_facts(rest, county=True)
    if county is not None:
        places = [p for p in places if (p.kind == "d") == county]
    if not places:
        return None
    wants_county = _names_a_county(name)
    chosen = next((p for p in places if (p.kind == "d") == wants_county), places[0])
    return PlaceFacts(chosen.name, _KIND_OF[chosen.kind], chosen.state, chosen.population)
