"""Words that say what a dated step means (the contract's event `type`), and the words of a
person's earlier career, whose dates are not the city's timeline. Stems are lower case and
are matched against the lower-cased text around a date."""

from __future__ import annotations

# Steering bodies: at work "seit" a date is their organisational step.
STEERING_BODIES = (
    "board",
    "gremium",
    "lenkungsgruppe",
    "lenkungskreis",
    "steuerungsgruppe",
    "steuerungskreis",
    "arbeitsgruppe",
    "beirat",
)
STRATEGY_WORDS = (
    "strategie",
    "agenda",
    "masterplan",
    "masterpläne",
    "leitlinien",
    "leitbild",
    "konzept",
    "digitalplan",
    "roadmap",
    "ziele",
    "entwurf",
    # the making of a city's programme named as a process ("der Smart-City-Prozess der Gemeinde begann")
    "city-prozess",
    "strategieprozess",
)
# What was done to a strategy, by verb class. The stems are matched against the clause's
# reading: its lower-cased words followed by their lemmas (analysis/reading/lemmas.py), so
# "beschloss", "beschlossene" and "beschließt" all read "beschließen"; a separable verb whose
# particle closes the clause reads as the whole verb ("stellte … vor" → "vorstellen").
#
# Adopted: the text says a body decided, adopted or put it in force.
ADOPTION_LEMMAS = (
    "beschließen",
    "verabschieden",
    "verabschiedung",
    "ratsbeschluss",
    "beschluß",
    "beschluss",
    "in kraft",
    "inkraftsetzung",
    # "die Gemeinde hat sich mit dem Leitbild Ziele bis 2035 auferlegt": it bound itself to them
    "auferlegen",
    # a body's approval ("stimmte der Strategie zu", "wurde … gebilligt")
    "zustimmen",
    "zustimmung",
    "billigen",
    # a body takes it or gives its approval ("nahm die Strategie einstimmig an", "genehmigt",
    # "abgesegnet", "gab grünes Licht für die Agenda")
    "annehmen",
    "genehmigen",
    "absegnen",
    "grünes licht",
)
# A council paper given a title ("die Beschlussvorlage mit dem Titel „Musterfeld digital“"):
# the paper is the city's programme, and adopting it adopts the programme.
COUNCIL_PAPERS = ("ratsvorlage", "beschlussvorlage", "verwaltungsvorlage")
TITLE_PHRASES = ("unter dem titel", "mit dem titel", "unter dem motto", "mit dem namen")
# Presented: made public or handed over, without a stated adoption.
PRESENTATION_LEMMAS = (
    "vorlegen",
    "vorstellen",
    "präsentieren",
    "veröffentlichen",
    "übergeben",
    "erscheinen",
    "erschienen",
    "auf den weg gebracht",
    "vorstellung",
    "präsentation",
    "veröffentlichung",
    # lies before the public ("Seit Mai liegt die Strategie vor"): made available
    "vorliegen",
    # published as a paper ("publiziert", "herausgegeben", "online gestellt")
    "publizieren",
    "herausgeben",
    "online gestellt",
)
# Nouns of drawing a strategy up: a decision about one of them ("beschloss die Erstellung
# eines Masterplans") decides the work on a strategy, not the strategy.
DRAFTING_NOUNS = (
    "erstellung",
    "erarbeitung",
    "ausarbeitung",
    "aufstellung",
    "entwicklung",
    "fortschreibung",
    "überarbeitung",
    "notwendigkeit",
)
# Drawn up, in the making or updated ("entstand", "erstellt", "erarbeitet").
PROCESS_WORDS = (
    "erarbeit",
    "erstellen",
    "erstellung",
    "beraten",
    "beratung",
    "entstehen",
    "ausarbeitung",
    "angehen",
    "entwicklung",
    "entwickelt",
    "fortschreib",
    "fortgeschrieben",
    "aktualisier",
    "beteiligung",
    "workshop",
    "beauftragt",
    "auftrag",
    "initiiert",
    "prozess",
    "diskutiert",
    "konsultation",
    "gestartet",
    "startete",
    "arbeitet",
    "arbeiten",
    "überarbeit",
    # reviewed ("wurde die Strategie evaluiert")
    "evaluier",
    "evaluation",
)
# A strategy planned as work ahead ("plante die Gemeinde eine Digitalstrategie"): read only
# with a strategy paper, since planned goals ("Ziele sind geplant") are targets.
PLAN_LEMMAS = ("planen",)
STRATEGY_PAPERS = tuple(w for w in STRATEGY_WORDS if w != "ziele")
# A strategy in force since a date ("Die Digitalstrategie gilt seit 2030"): adopted.
IN_FORCE_LEMMAS = ("gelten",)
UPDATE_WORDS = (
    "beteiligungsprozess",
    "aktualisiert",
    "fortgeschrieben",
    "fortschreibung",
    # ideas gathered from citizens and organisations: a participation process
    "projektideen",
    "ideensammlung",
    "ideen gesammelt",
    "ideen eingebracht",
    "ideen eingereicht",
    # citizens' workshops and dialogues of a participation process
    "bürgerwerkstatt",
    "zukunftswerkstatt",
    "bürgerdialog",
    "bürgerbeteiligung",
)
COUNCIL_WORDS = (
    "rat ",
    "rat der",
    "rates",
    "stadtrat",
    "gemeinderat",
    "kreistag",
    "hauptausschuss",
    "ratssitzung",
    "ratsbeschluss",
    "ratsvorlage",
    "stadtverordnete",
    "ratsversammlung",
    "bürgerschaft",
    "kreisausschuss",
    "ausschuss",
)
DECISION_VERBS = (
    "beschl",
    "verabschied",
    "zugestimmt",
    "stimmt",
    "gewählt",
    "genehmig",
    "beauftragt",
    "geschaffen",
    "eingerichtet",
)
# A post is filled or changes hands (matched on the clause's reading, lemmas included).
CDO_APPOINTMENT_WORDS = (
    "ernennen",
    "ernannt",
    "berufen",
    "ernennung",
    "berufung",
    "besetzung",
    "besetzen",
    "übernehmen",
    "ist seit",
    "neue cdo",
    "neuer cdo",
    "neuen cdo",
    "neue chief",
    "neuer chief",
    "neuen chief",
    # someone taken on for the post ("stellt … einen CDO ein", "eingestellt")
    "einstellen",
    "eingestellt",
    "antreten",
    "antritt",
    "dienst an",
    "amt an",
    # named to the post by the body that appoints ("zur Digitalisierungsbeauftragten bestellt")
    "bestellen",
)
# Taking up the work of a post ("hat im Mai die Arbeit als CDO aufgenommen", "trat ihren
# Dienst als Digitalisierungsbeauftragte an"): the work noun and the verb, by lemma; with the
# post named in the clause, the post is filled.
TAKE_UP_NOUNS = ("arbeit", "dienst", "tätigkeit", "amt ", "stelle", "posten", "position", "funktion")
TAKE_UP_LEMMAS = ("aufnehmen", "antreten")
# Starting as the holder of a post ("begann im Mai als CDO", "startete 2031 als Chief Digital
# Officer"): "als" before the post's name and a start verb by lemma.
AS_POST = (" als cdo", " als chief digital officer", " als digitalisierungsbeauftragt")
START_LEMMAS = ("beginnen", "starten")
# A post is created (nobody named in it yet): an organisational step, not an appointment.
POST_CREATION_WORDS = (
    "schaffen",
    "geschaffen",
    "einrichten",
    "eingerichtet",
    "einrichtung",
    "schaffung",
    # advertised: the post exists, nobody holds it yet
    "ausschreiben",
    "ausschreibung",
)
# "hat erstmals einen Digitalisierungsbeauftragten": the city has someone in the post now
# (read after the creation of a post, so "schuf erstmals eine Stelle" stays a creation)
FIRST_HOLDER_WORDS = ("erstmals einen", "erstmals eine ", "erstmals ein ")
# "Seit 2018 ist … CDO": a holder in office since a date, read where no unit is named.
SINCE_WORDS = ("seit ",)
PROGRAMME_WORDS = (
    "wettbewerb",
    "förderprogramm",
    "landesprogramm",
    "bundesprogramm",
    "förderung",
    "fördermittel",
    "förderzusage",
    "modellprojekt",
    "modellvorhaben",
    "modellregion",
    "modellkommune",
    "ausgezeichnet",
    "auszeichnung",
    "preis",
    "ausgewählt",
    "gewinn",
    "gewann",
    "teilnahme",
    # a grant awarded or applied for ("erhielt den Zuschlag", "Förderbescheid", "hat sich beworben")
    "zuschlag",
    "förderbescheid",
    "zuwendungsbescheid",
    "bewerbung",
    "bewerben",
    "netzwerk",
)
# The nouns that name a programme, competition or network (an event's subject).
PROGRAMME_NOUNS = (
    "wettbewerb",
    "programm",
    "modellprojekt",
    "modellvorhaben",
    "modellregion",
    "modellkommune",
    "netzwerk",
    "auszeichnung",
    "initiative",
)
ORGANISATION_UNITS = (
    "amt ",
    "amt,",
    "amt.",
    "amts",
    "amtes",
    "stabsstelle",
    "stabstelle",
    "agentur",
    "zentrum",
    "center",
    "abteilung",
    "referat",
    "team",
    "einheit",
    "gmbh",
    "büro",
    "kompetenzzentrum",
    "organisationsstruktur",
    "verantwortung",
    "hub",
    "lab ",
    "labor",
    # bodies that steer or coordinate ("Lenkungskreis", "Digitalboard")
    *STEERING_BODIES,
    # alliances and associations founded for the city's digital work
    "allianz",
    "bündnis",
    "verein",
    # an office as a unit ("Smart City Office"), not the officer
    "office ",
    "office»",
    "office“",
    "office)",
    "office,",
    "office.",
    # a line of the administration reorganised ("der IT-Bereich wurde neu organisiert")
    "it-bereich",
    "fachbereich",
    "geschäftsbereich",
    "dezernat",
    "fachdienst",
)
ORGANISATION_VERBS = (
    "gegründet",
    "gründung",
    "eingerichtet",
    "einrichtung",
    "dienst auf",
    "arbeit auf",
    "arbeit begonnen",
    "neu aufgestellt",
    "zusammengelegt",
    "erweitert",
    "zusammengeführt",
    "umbenannt",
    "ausgegliedert",
    "überführt",
    "neustrukturierung",
    "eröffnet",
    # a unit that exists since a date, or a new one: "gibt es seit März die …", "ein neues Zentrum"
    "gibt es",
    "besteht seit",
    "existiert seit",
    "ein neues",
    "eine neue",
    "ein neuer",
    "initiiert",
    "zentralisiert",
    # a unit called into being ("ins Leben gerufen", "geschaffen", "aufgebaut", "etabliert")
    "ins leben gerufen",
    "schaffen",
    "aufbauen",
    "etablieren",
    # reorganised ("neu organisiert", "umstrukturiert", "Neuorganisation")
    "neu organisiert",
    "reorganisier",
    "umstrukturier",
    "umorganisier",
    "neuorganisation",
    "vergeben",
    "übertragen",
    "aufnehmen",
    "aufnahme",
    "im aufbau",
    "bündel",
    # a body formed or convened
    "gebildet",
    "konstituiert",
    "einberufen",
    # a body's first meeting ("tagte erstmals", "kam erstmals zusammen", "konstituierende Sitzung")
    "tagte erstmals",
    "erstmals getagt",
    "erstmals zusammen",
    "konstituierend",
)
# The start of a process named as a noun ("der Start der Strategiearbeit", "Auftakt").
START_NOUNS = (" start ", "startschuss", "auftakt", "kick-off", "kickoff")
# Verbs that start anything: the thing started is named by the clause's neighbours.
START_WORDS = ("startet", "gestartet", "beginnt", "begann", "begonnen")
PROJECT_WORDS = (
    "projekt",
    "online gegangen",
    "ging online",
    "geht online",
    "online geschaltet",
    "eingeführt",
    "-app",
    " app ",
    "portal",
    "plattform",
    "website",
    "realisiert",
    "pilot",
    "freigeschaltet",
    "system",
    "investiert",
    "in betrieb",
    # finished ("das Glasfasernetz wurde fertiggestellt")
    "fertigstellen",
    "fertigstellung",
)
# "Ziel", "Ausbauziel", "Ziele" as words or the end of a compound ("offiziell" holds no goal)
TARGET_WORDS = (
    " ziel",
    "ziel ",
    "ziele ",
    "ziels ",
    "zielen ",
    "vollständig",
    "angestrebt",
    "umgesetzt werden",
    "erreicht",
)
MODAL_WORDS = ("soll", "sollen", "muss", "müssen", "wird", "werden", "will", "wollen", "können", "möchte")
# "ich gehöre seit 2030 zur Projektgruppe": the speaker's own membership, not a step of the city.
FIRST_PERSON = (" ich ", " ich,")
MEMBERSHIP_LEMMAS = ("gehören", "angehören", "mitglied")
# "Seit 2011 war sie Leiterin des …": a person's earlier post.
PAST_ROLE = (" war ", " waren ")
ROLE_HEADS = ("leiter", "leiterin", "chef", "chefin", "vorstand", "geschäftsführer")
# A person's earlier career: who (a pronoun, "zuvor", a post held "zuletzt", work "tätig"),
# a past verb, and where: "bei/beim" an organisation, or the kind of organisation it was.
CAREER_MARKERS = (
    " er ",
    " sie ",
    "zuvor",
    "davor",
    "vorher",
    "zuletzt",
    "tätig",
    "beschäftigt",
    "laufbahn",
    "karriere",
)
CAREER_VERBS = ("war ", "arbeitete", "richtete", "leitete", "wechselte", "begann", "studierte", "promovierte")
EMPLOYER_CUES = (
    "bei der ",
    "bei dem ",
    "beim ",
    "bei einem ",
    "bei einer ",
    "bei den ",
    " ag ",
    " ag,",
    "gmbh",
    "gruppe",
    "konzern",
    "unternehmen",
    "bank",
    "sparkasse",
    "versicherung",
    "rechenzentrum",
    "beratung",
    "kanzlei",
    "ministerium",
    "behörde",
)
# "bei der Stadt …": the city itself is no earlier employer elsewhere.
AT_THE_CITY = (
    "bei der stadt",
    "bei der gemeinde",
    "bei der kreisverwaltung",
    "beim landkreis",
    "beim kreis ",
    "im rathaus",
)
