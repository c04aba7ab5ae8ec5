"""Word lists of the item rules: projects, funding programmes and competitions, partners.

Each list names a family of German words; the rules in `analysis.extraction.items` are built
from them, and the reason for each list stands beside it.
"""

from __future__ import annotations

# Head words of an organisation that may be followed by its name without quotes
# ("Allianz Digitale Region Musterfeld", "Netzwerk Digitale Dörfer", "Initiative Musterland Digital").
ORG_NAME_HEADS = (
    "Initiative",
    "Netzwerk",
    "Bündnis",
    "Allianz",
    "Cluster",
    "Verbund",
    "Arbeitskreis",
    "Kooperation",
    # associations by their kind ("dem Verband Kommunaler Unternehmen beigetreten")
    "Verband",
    "Verein",
)

# Phrases that name the one a city works with, right before that name ("in Kooperation mit
# der Beispiel AG", "gemeinsam mit dem Musterinstitut", "unterstützt von Beispielsoft",
# "Mitglied im Beispielnetz"); the
# lower-cased phrase is looked for, so each is written lower case.
COOPERATION_CUES = (
    "kooperation mit",
    "zusammenarbeit mit",
    "partnerschaft mit",
    "kooperiert mit",
    "kooperieren mit",
    # membership of a body ("ist Mitglied im Beispielnetz", "Mitglied der KDMuster")
    "mitglied im",
    "mitglied in der",
    "mitglied der",
    "mitglied des",
    "gemeinsam mit",
    "zusammen mit",
    "mit unterstützung von",
    "mit unterstützung der",
    "mit unterstützung des",
    "unterstützt von",
    "unterstützt durch",
    "kooperationspartner",
    "kooperationspartnerin",
    "partner ist",
    "partner sind",
)
# Participles of supporting, building or running something: their agent after "von/vom/durch"
# is a partner ("Unterstützt wird die Stadt von der A", "entwickelt von der B", "Die Plattform
# wird von C betrieben").
PASSIVE_PARTNER_VERBS = (
    "unterstützt",
    "begleitet",
    "beraten",
    "gefördert",
    "umgesetzt",
    "entwickelt",
    "realisiert",
    "betrieben",
    "programmiert",
)
# Words opening a name after such a phrase that make it no partner of the city: the city's
# own administration and its kinds of places (other towns are read by their own rule).
NOT_PARTNER_OPENERS = frozenset({"Stadt", "Gemeinde", "Kreis", "Landkreis", "Verwaltung", "Stadtverwaltung"})
# Endings of the role word before a person's name ("gemeinsam mit Oberbürgermeisterin Probe",
# "mit Unterstützung von Staatssekretär Muster"): such a name is a person, not a partner.
PERSON_ROLE_ENDINGS = (
    "meister",
    "meisterin",
    "leiter",
    "leiterin",
    "dezernent",
    "dezernentin",
    "beauftragte",
    "beauftragter",
    "präsident",
    "präsidentin",
    "minister",
    "ministerin",
    "sekretär",
    "sekretärin",
    "direktor",
    "direktorin",
    "sprecher",
    "sprecherin",
    "chef",
    "chefin",
    "kollege",
    "kollegin",
    "professor",
    "professorin",
    "landrat",
    "landrätin",
)
# Nouns that introduce a company by its name, often a city's own ("der städtischen
# Netzgesellschaft beispielnetz", "dem Unternehmen Beispiel-Net"): the name is the word after.
COMPANY_NOUNS = (
    "Gesellschaft",
    "Tochtergesellschaft",
    "Tochterunternehmen",
    "Unternehmen",
    "Firma",
    "Netzbetreiber",
    "Dienstleister",
    "Anbieter",
    "Start-up",
    "Startup",
    # a city's company ("die städtische Tochter Musternetz", "die Digitaltochter Beispiel")
    "Tochter",
    # a firm by what it makes or supplies ("der Softwarehersteller Beispielsoft", "der
    # Energieversorger Musterenergie", "der Plattformbetreiber Beispiel")
    "Hersteller",
    "Versorger",
    "Betreiber",
    "Konzern",
)

# A city's own enterprises named by their kind and the town ("die Städtischen
# Verkehrsbetriebe Musterfeld", "die Entsorgungsbetriebe Musterfeld"): a plural head word plus a place.
MUNICIPAL_ENTERPRISE_HEADS = ("Betriebe", "Verkehrsbetriebe", "Entsorgungsbetriebe", "Wirtschaftsbetriebe")

# Bodies that take part in a city's steering groups as a named institution, written
# without a name as a list member ("im Beirat, in dem die Sparkasse, die Handwerkskammer
# und die Stadt zusammenarbeiten").
INSTITUTION_WORDS = ("Wirtschaftsförderung", "Stadtwerke", "Sparkasse", "Handwerkskammer")
# Words that open a list of members ("in dem A, B und C zusammenarbeiten").
MEMBER_LIST_VERBS = ("austauschen", "zusammenarbeiten", "vertreten", "beteiligt", "zusammensetzt")

# Bare head words that name a kind of organisation, not one organisation: "Universität",
# "Hochschulen" or "Hub" alone are categories (the lemma is compared, so plurals count).
GENERIC_ORG_WORDS = frozenset(
    {
        "Universität",
        "Hochschule",
        "Fachhochschule",
        "Hub",
        "Institut",
        "Agentur",
        "Netzwerk",
        "Verein",
        "Initiative",
        "Verbund",
        "Cluster",
        "Allianz",
        "Landkreis",
        "Metropolregion",
        "Zweckverband",
        "Ministerium",
        "Verband",
    }
)

# Words that name a funding programme or competition as a kind: a compound of one of these
# ("Bitkom-Wettbewerb", "Landesförderprogramm") written directly before a quoted name is the
# same thing as that name.
FUNDING_KIND_WORDS = ("Wettbewerb", "Programm", "Förderprogramm", "Challenge", "Ausschreibung")
# Programmes of the EU, the federal government or a state, named after their sponsor:
# "EU-Initiative »Muster Challenge«", "Landesinitiative »Musterland digital«".
SPONSORED_INITIATIVE = ("EU-Initiative", "Landesinitiative", "Bundesinitiative", "EU-Programm", "Challenge")

# Words for what a project builds, where the text names the field it works in by a quoted
# name ("Lösungen für die Felder »Sensorik« und »Abfall«").
SOLUTION_WORDS = ("Lösung", "Anwendung", "Pilot")
# Heads of a compound that names a new technical system ("ein neues Radleitsystem", "ein
# neues Bürgerportal"): with "neu" before it, the compound is a project of the city.
NEW_SYSTEM_HEADS = (
    "system",
    "portal",
    "plattform",
    "app",
    "center",
    "zentrum",
    "netz",
    "dienst",
    "anwendung",
)

# Heads that introduce the name of a digital service or test bed ("die App „Tannbrück mobil“",
# "die Plattform MeinMusterfeld", "das Reallabor »Musterquartier«"): the name after them is a project.
NAMED_SERVICE_HEADS = ("App", "Plattform", "Portal", "Onlineportal", "Online-Portal", "Reallabor", "Testfeld")
# Kind words that name a funding programme when a capitalised name follows ("das Programm
# Digitale Orte", "der Förderaufruf Smarte Region", "die Förderlinie Musterland 5G").
PROGRAMME_KIND_WORDS = (
    "Wettbewerb",
    "Förderprogramm",
    "Programm",
    "Förderaufruf",
    "Förderlinie",
    "Förderinitiative",
    "Modellvorhaben",
    "Modellprojekt",
    # programmes named by their legal instrument or as a special fund ("die Förderrichtlinie
    # Digitale Verwaltung", "das Sonderprogramm Digitale Schule")
    "Förderrichtlinie",
    "Sonderprogramm",
    "Förderfonds",
    "Förderschwerpunkt",
)
# Heads of a compound that names a programme by its field, when its funder follows
# ("Breitbandförderprogramm des Bundes", "Gigabitförderung des Landes", "Strukturfonds der EU").
FUNDED_BY_HEADS = ("förderprogramm", "förderung", "programm", "fonds")
# The funds of the European Union and of the federal government that cities draw on, named
# by their usual abbreviation or name (general vocabulary of public funding in Germany).
PUBLIC_FUNDS = (
    "EFRE",
    "ESF",
    "ESF+",
    "ELER",
    "REACT-EU",
    "Interreg",
    "INTERREG",
    "Horizon 2020",
    "Horizon Europe",
    "Horizont 2020",
    "Horizont Europa",
    "DigitalPakt Schule",
    "Digitalpakt Schule",
    # the EU's programme for rural regions, run by local action groups
    "LEADER",
    # the federal development bank, whose programmes cities draw on by its name
    "KfW",
)
# Words of a naming construction before a quoted name ("eine App namens „X“", "unter dem
# Namen „X“", "trägt den Namen „X“", "Die Anwendung heißt „X“"): the quoted name is what the
# sentence's project, app or platform is called.
NAMING_PHRASES = (
    "namens",
    "mit dem Namen",
    "unter dem Namen",
    "trägt den Namen",
    "tragen den Namen",
    "trug den Namen",
    "heißt",
    "heißen",
    "hieß",
    "nennt sich",
    "getauft auf",
)
# What a naming construction must be about for its name to be a project: a project, an app,
# a platform, a service (and not a strategy, a motto or a place).
NAMED_THING_WORDS = (
    "rojekt",
    "Vorhaben",
    "App",
    "Plattform",
    "ortal",
    "Anwendung",
    "Dienst",
    "Service",
    "Pilot",
)

# --- partners: kinds of organisation, cases, municipalities --------------------------------

# Plural words for municipalities that open a list of towns ("mit den Städten Adorf und
# Bedorf", "die Nachbargemeinden A und B"): the towns are the partners, not the kind word.
MUNICIPALITY_KIND_WORDS = frozenset(
    {
        "Städte",
        "Städten",
        "Gemeinden",
        "Kommunen",
        "Nachbarkommunen",
        "Nachbarstädte",
        "Nachbarstädten",
        "Nachbargemeinden",
        "Nachbarkreise",
        "Nachbarkreisen",
        "Landkreise",
        "Landkreisen",
        "Kreise",
        "Kreisen",
        "Ortsteile",
        "Ortsteilen",
        "Stadtteile",
        "Stadtteilen",
    }
)
# Words before a Land's name that name it as a body ("mit dem Freistaat Musterland", "das Land X").
STATE_TITLES = frozenset({"Land", "Freistaat", "Bundesland"})
# Public bodies named by their kind and their remit ("Ministerium für Digitales und Verkehr",
# "Bundesministerium des Innern", "Landesamt für Digitalisierung Musterland"): a state or
# federal authority the city works with.
AUTHORITY_HEADS = ("ministerium", "Landesamt", "Bundesamt", "Landesbetrieb", "Landesagentur")
# Bodies named by their kind and, after it, the place or region they serve ("Industrie- und
# Handelskammer Tannland", "Landkreistag Musterland", "Sparkasse Adorf", "Wirtschaftsförderung
# Tannland"): chambers, associations of municipalities, savings banks, development agencies.
PLACE_NAMED_BODIES = (
    "Städtetag",
    "Landkreistag",
    "Städte- und Gemeindebund",
    "Gemeindetag",
    "Handelskammer",
    "Handwerkskammer",
    "IHK",
    "HWK",
    "Sparkasse",
    "Kreissparkasse",
    "Stadtsparkasse",
    "Volksbank",
    "Wirtschaftsförderung",
)
# The grammatical gender of an organisation's head noun, read from how it ends, for the
# nominative of the adjective before it ("dem Deutschen Städtetag" -> "Deutscher Städtetag",
# "dem Deutschen Forschungszentrum" -> "Deutsches Forschungszentrum"); any other head takes
# the ending -e ("der Kommunalen Datenzentrale" -> "Kommunale Datenzentrale").
MASCULINE_HEAD_ENDINGS = (
    "tag",
    "verband",
    "verein",
    "bund",
    "kreis",
    "rat",
    "verbund",
    "dienstleister",
    "konzern",
    "betrieb",
    "fonds",
    "cluster",
    "hub",
)
NEUTER_HEAD_ENDINGS = (
    "zentrum",
    "institut",
    "netzwerk",
    "netz",
    "werk",
    "amt",
    "ministerium",
    "bündnis",
    "büro",
    "forum",
    "labor",
    "haus",
    "konsortium",
    "unternehmen",
)
# Articles and contractions before a name that mark it as dative or genitive: the name read
# after one of them is given in the nominative (the form a list of partners shows).
OBLIQUE_ARTICLES = frozenset(
    {"dem", "der", "den", "des", "einem", "einer", "eines", "vom", "beim", "im", "zum", "zur"}
)
GENITIVE_ARTICLES = frozenset({"des", "eines"})

# --- funding: amount and funder ---------------------------------------------------------------

# Words of an amount of money in a funding sentence ("1,2 Millionen Euro", "800.000 €",
# "rund drei Mio. Euro"): number words up to twelve and the units of large sums.
AMOUNT_NUMBER_WORDS = (
    "eine",
    "einer",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
)
AMOUNT_UNITS = (
    "Millionen",
    "Million",
    "Mio.",
    "Mio",
    "Milliarden",
    "Milliarde",
    "Mrd.",
    "Mrd",
    "Tausend",
    "Tsd.",
)
AMOUNT_APPROXIMATIONS = ("rund", "etwa", "ca.", "knapp", "über", "mehr als", "bis zu", "insgesamt", "fast")
# Who pays: the federal government, a Land, the EU, the federal development bank, a
# ministry (genitive and dative forms are read; the funder is given in the nominative).
FUNDER_NOMINATIVE = {
    "Bund": "Bund",
    "Bundes": "Bund",
    "Land": "Land",
    "Landes": "Land",
    "EU": "EU",
    "Europäische Union": "EU",
    "Europäischen Union": "EU",
    "KfW": "KfW",
}
