"""Role words: the Chief Digital Officer and its German equivalents, offices whose head
is an IT head, and the words that say a post is only planned."""

from __future__ import annotations

# Names of the CDO role (the contract: a CDO or a Digitalisierungsbeauftragte(r)).
CDO_ROLE_WORDS = (
    "Chief Digital Officer",
    "Chief Digital Officers",
    "CDO",
    "CDOs",
    "Digitalisierungsbeauftragte",
    "Digitalisierungsbeauftragter",
    "Digitalisierungsbeauftragten",
    "Beauftragte für Digitalisierung",
    "Beauftragter für Digitalisierung",
    "Beauftragten für Digitalisierung",
    "Beauftragte für Digitales",
    "Beauftragter für Digitales",
    "Beauftragten für Digitales",
    "Beauftragte für die Digitalisierung",
    "Beauftragter für die Digitalisierung",
    "Beauftragten für die Digitalisierung",
    "Digitalbeauftragte",
    "Digitalbeauftragter",
    "Digitalbeauftragten",
    # other spellings: hyphenated, the female English form, the -ization form
    "Chief-Digital-Officer",
    "Chief-Digital-Officers",
    "Chief Digital Officerin",
    "Chief Digitalization Officer",
    "Chief Digitalisation Officer",
    "Digitalisierungs-Beauftragte",
    "Digitalisierungs-Beauftragter",
    "Digitalisierungs-Beauftragten",
    "Digital-Beauftragte",
    "Digital-Beauftragter",
    "Digital-Beauftragten",
)
# The post as a compound of the role word: "die CDO-Stelle", "die neue CDO-Position".
ROLE_POST_COMPOUNDS = ("Stelle", "Position", "Posten", "Funktion", "Rolle")
# Words that make a sentence about the CDO post a plan, not a person in office.
PLANNED_POST_WORDS = (
    "soll",
    "sollen",
    "sollte",
    "plant",
    "planen",
    "geplant",
    "vorgesehen",
    "wollen",
    "will",
    "möchte",
    "möchten",
    "ausgeschrieben",
    "Ausschreibung",
    "gesucht",
    "sucht",
    "suchen",
    "einstellen",
    "noch nicht besetzt",
    "unbesetzt",
    "bislang nicht",
    # near-future adverbs: "CDO bald in zentraler Funktion", "demnächst besetzt"
    "bald",
    "demnächst",
    "in Kürze",
    "zeitnah",
)
# Verbs in the past that put someone into the post ("einen CDO berufen" is an appointment).
APPOINTED_WORDS = (
    "berufen",
    "ernannt",
    "eingestellt",
    "geschaffen",
    "besetzt",
    "gewonnen",
    "benannt",
    "übernommen",
    "übernahm",
    "ist seit",
    "seit",
    "wurde",
)
# Subjects that make a sentence about CDOs in general, not about this city's one.
GENERIC_SUBJECTS = (
    "Viele Kommunen",
    "Viele Städte",
    "Andere Städte",
    "Kommunen",
    "Unternehmen und Institutionen",
    # CDOs across the country, in surveys and as a rule: "In vielen Städten gibt es CDOs",
    # (not "bundesweit": "Musterfeld hat als erste Stadt bundesweit einen CDO")
    # "40 Prozent der Großstädte haben einen CDO", "Ein CDO ist in der Regel …"
    "vielen Städten",
    "vielen Kommunen",
    "Großstädte",
    "Großstädten",
    "in der Regel",
    "In der Regel",
    "Umfrage",
)
# The plural of the role ("CDOs", "Digitalisierungsbeauftragten" is also singular): CDOs in
# general, unless a genitive article makes it one ("des CDOs").
PLURAL_ROLE_WORDS = ("CDOs",)
# Heads of an office: the word before "des/der <office>".
HEAD_WORDS = (
    "Leiter",
    "Leiterin",
    "Leitung",
    "Chef",
    "Chefin",
    "Spitze",
    "Amtsleiter",
    "Amtsleiterin",
    # the head of the city's IT company: "Geschäftsführerin der städtischen IT GmbH"
    "Geschäftsführer",
    "Geschäftsführerin",
)
# What makes an office an IT office.
IT_WORDS = (
    "IT",
    "Informationstechnik",
    "Informationstechnologie",
    "Informationsverarbeitung",
    "Informations- und Kommunikationstechnik",
    "EDV",
    "Datenverarbeitung",
)
# Roles of a head of the administration's IT, as one word.
IT_HEAD_TITLES = (
    "IT-Leiter",
    "IT-Leiterin",
    "IT-Referent",
    "IT-Referentin",
    "CIO",
    "IT-Chef",
    "IT-Chefin",
    "IT-Amtsleiter",
    "IT-Amtsleiterin",
    "IT-Abteilungsleiter",
    "IT-Abteilungsleiterin",
)
# Heads of a line written as one word, before the line's name without an article ("Leiter IT
# und Digitalisierung", "Abteilungsleiterin IT", "Fachbereichsleiterin Zentrale Dienste").
HEAD_COMPOUND_PREFIXES = (
    "Abteilungs",
    "Amts",
    "Bereichs",
    "Fachbereichs",
    "Fachdienst",
    "Referats",
    "Dezernats",
)
# Roles inside a department line (Dezernat, Fachbereich).
DEPARTMENT_ROLES = (
    "Dezernent",
    "Dezernentin",
    "Beigeordneter",
    "Beigeordnete",
    "Fachbereichsleiter",
    "Fachbereichsleiterin",
    "Stadtdirektor",
    "Stadtdirektorin",
    "Kämmerer",
    "Kämmerin",
)
# Pronouns and descriptions by which a sentence goes on about the person just named.
COREFERENCE_OPENERS = (
    "Er",
    "Sie",
    "Ihr",
    "Ihre",
    "Sein",
    "Seine",
    "Deren",
    "Dessen",
    "Dieser",
    "Diese",
    "Der CDO",
    "Die CDO",
    "Der Leiter",
    "Die Leiterin",
    "Die Stelle",
    "Die Position",
    "Der Posten",
    "Die Funktion",
    # the interviewee answering in the first person (a quote opens with its quotation mark)
    "Ich",
    "Mein",
    "Meine",
)
# Verbs by which a person heads a unit ("Anna Muster leitet die Stabsstelle …"), also in the
# first person of an interview ("Ich leite zugleich das Amt für IT").
LEAD_VERBS = ("leitet", "leitete", "führt", "verantwortet", "leite", "führe", "verantworte")
# Verbs of a person taking up the work of a post, right after their name as the subject of
# the sentence after "Die Stadt hat einen CDO." (not verbs of speaking or feeling: "Anna
# Muster freute sich" may be anyone).
SUBJECT_AT_WORK_VERBS = (
    "soll",
    "wird",
    "übernimmt",
    "übernahm",
    "leitet",
    "verantwortet",
    "kümmert",
    "koordiniert",
    "steuert",
    "bringt",
    "kommt",
    "kam",
    "tritt",
    "trat",
    "arbeitet",
    "war",
)
# Verbs after which "er"/"sie" is the subject going on about the person just named: "Seit
# Mai ist er CDO der Stadt" (singular verbs only: "sind sie" is a plural or the polite form).
PRONOUN_SUBJECT_VERBS = ("ist", "wird", "wurde", "war", "bleibt", "übernimmt", "übernahm", "leitet", "hat")
# Phrases that open the sentence after "Die Stadt hat einen CDO" and name who fills the post:
# the choice of a person ("Die Wahl fiel auf Anna Muster"), the post taken ("Neu im Amt ist …").
SUCCESSOR_OPENERS = (
    "Die Wahl fiel auf",
    "Die Entscheidung fiel auf",
    "Neu im Amt ist",
    "Besetzt wurde die Stelle mit",
    "Besetzt wird die Stelle mit",
    "Die Stelle übernimmt",
    "Die Aufgabe übernimmt",
    "Das Amt übernimmt",
)
# Governments above the city whose CDO a municipal text may name ("der CDO des Landes", "der
# Chief Digital Officer der Bundesregierung"): not the city's CDO, unless the Land named is
# the city itself (a city-state). Genitive forms after "des"/"der".
OTHER_LEVEL_BODIES = (
    "des Landes",
    "des Bundeslandes",
    "des Freistaats",
    "des Freistaates",
    "des Bundes",
    "der Landesregierung",
    "der Staatsregierung",
    "der Bundesregierung",
    "der Bundesrepublik",
    "der Landesverwaltung",
    "der Bundesverwaltung",
)
# Offices named "-amt" that are the whole authority, not an office inside a line: a CDO "im
# Landratsamt" works for the district, placed nowhere in particular.
WHOLE_AUTHORITY_OFFICES = (
    "Landratsamt",
    "Landratsamtes",
    "Landratsamts",
    "Bezirksamt",
    "Bezirksamtes",
    "Bezirksamts",
    "Kreisamt",
    "Stadtamt",
    "Gemeindeamt",
)
# Stems of adjectives that make the person beside the role a former holder ("der bisherige
# CDO A", "A, die scheidende Digitalisierungsbeauftragte"), and nouns of succession whose
# "von A" names the predecessor ("Nachfolgerin von A").
FORMER_ROLE_STEMS = ("bisherig", "früher", "ehemalig", "vormalig", "einstig", "scheidend", "Ex-")
# ... and of a deputy, who is not the CDO ("die stellvertretende CDO A", "Stellvertreter des
# CDO, A").
DEPUTY_ROLE_STEMS = ("stellvertretend", "Stellvertreter", "Vize-")
SUCCESSION_NOUNS = ("Nachfolger", "Nachfolgerin", "Nachfolge", "Vorgänger", "Vorgängerin")
# Marks of a job advertisement: the post exists and is to be filled ("sucht zum
# nächstmöglichen Zeitpunkt einen CDO (m/w/d)"), not a plan.
JOB_AD_MARKERS = (
    "(m/w/d)",
    "(w/m/d)",
    "(d/m/w)",
    "(m/w/x)",
    "(w/m/x)",
    "(m/w/i)",
    "zum nächstmöglichen Zeitpunkt",
    "Stellenausschreibung",
    "Stellenangebot",
)
# Organisations other than the city administration that have CDOs of their own ("der CDO der
# Sparkasse", "Chief Digital Officer bei der Musterfeld Versicherung AG", "Die IHK hat einen
# Digitalisierungsbeauftragten"): their CDO is not the city's (the city's companies too: the
# contract's CDO is the administration's).
OTHER_ORGANISATION_NOUNS = (
    "Sparkasse",
    "Stadtwerke",
    "Stadtwerken",
    "Universität",
    "Hochschule",
    "IHK",
    "Handelskammer",
    "Handwerkskammer",
    "Kammer",
    "Klinikum",
    "Krankenhaus",
    "Bank",
    "Volksbank",
    "Versicherung",
    "Konzern",
    "Konzerns",
    "Unternehmen",
    "Unternehmens",
    "Firma",
    "GmbH",
    "AG",
    "Verkehrsbetriebe",
    "Flughafen",
    "Flughafens",
)
# Words of contrast after which a clause says what does exist ("Einen CDO hat die Stadt noch
# nicht, die Stelle ist aber ausgeschrieben").
CONTRAST_WORDS = ("aber", "jedoch", "allerdings", "doch")
# The verbs of the post's work, when the verb comes first and the name after it ("Seit Mai
# kümmert sich Anna Muster um …"): narrower than SUBJECT_AT_WORK_VERBS, since "Am Montag kam
# Anna Muster zu Besuch" names a visitor.
POST_WORK_VERBS = (
    "kümmert",
    "leitet",
    "verantwortet",
    "koordiniert",
    "steuert",
    "übernimmt",
    "übernahm",
    "treibt",
)
# Adverbs that may stand between copula and role ("ist zugleich CDO", "ist seit Mai auch CDO").
ROLE_ADVERBS = (
    "zugleich",
    "gleichzeitig",
    "auch",
    "außerdem",
    "zudem",
    "bereits",
    "schon",
    "nun",
    "jetzt",
    "inzwischen",
    "mittlerweile",
    "derzeit",
    "aktuell",
    "seitdem",
    "offiziell",
)

# --- The status of the CDO post (contract: cdo_status), read from the lemmas of the clause
# that holds the role word. Lemmas as simplemma gives them (analysis/reading/lemmas.py); an
# attributive participle keeps its own lemma ("die eingerichtete Stelle" -> "eingerichtet").

# Verbs and nouns of a plan: the post is proposed, intended or still to be decided.
PLAN_LEMMAS = frozenset(
    {
        "sollen",
        "planen",
        "Plan",
        "Planung",
        "wollen",
        "mögen",  # "möchte", "möchten"
        "vorsehen",
        "beabsichtigen",
        "Absicht",
        "suchen",
        "prüfen",
        "erwägen",
        "überlegen",
        "Vorschlag",
        "vorschlagen",
        "beantragen",
        "Antrag",
        # a CDO under discussion: still to be decided ("Der Rat diskutiert über einen CDO")
        "diskutieren",
        "Diskussion",
    }
)
# The nouns among the plan words: a plan for the post ("Pläne für einen CDO") only where the
# CDO is not a definite person at work ("Der CDO stellte seine Pläne vor" is a CDO in office).
PLAN_NOUN_LEMMAS = frozenset(
    {"Plan", "Planung", "Absicht", "Vorschlag", "Antrag", "diskutieren", "Diskussion"}
)
# Words of time that put the post in the near future ("CDO bald im Rathaus").
# Subjunctive forms: "Ein CDO könnte … bündeln", "Eine CDO wäre sinnvoll" wish for a CDO that
# does not exist (with an indefinite CDO only: "Der CDO würde gern …" is a CDO at work).
SUBJUNCTIVE_FORMS = ("könnte", "könnten", "wäre", "wären", "würde", "würden", "müsste", "müssten")
PLAN_PHRASES = (
    "bald",
    "demnächst",
    "in Kürze",
    "zeitnah",
    "künftig einen",
)
# A CDO under discussion ("Im Gespräch ist ein CDO", "steht zur Debatte"): a plan only for an
# indefinite CDO ("Im Gespräch mit uns erklärt der CDO …" is a CDO at work).
DISCUSSED_PHRASES = ("im Gespräch", "Im Gespräch", "zur Debatte", "zur Diskussion")
# A post that exists but is not filled: advertised, vacant ("die Stelle ist ausgeschrieben").
VACANT_LEMMAS = frozenset({"ausschreiben", "Ausschreibung", "vakant", "unbesetzt"})
VACANT_PHRASES = ("noch nicht besetzt", "nicht besetzt", "noch offen")
# The post has been created or set up (finite verb, participle or noun).
CREATED_LEMMAS = frozenset(
    {
        "schaffen",
        "geschaffen",  # "eine eigens geschaffene Planstelle"
        "Schaffung",
        "einrichten",
        "eingerichtet",
        "Einrichtung",
        "gründen",
        "Gründung",
    }
)
# Participles that, with an adjective ending, say the post already exists even beside a plan
# ("die im Mai eingerichtete Stelle soll im Herbst besetzt werden" is a created post).
CREATED_PARTICIPLES = frozenset({"geschaffen", "eingerichtet"})
# Nouns that name the post rather than a person holding it ("die Stelle des CDO").
POST_NOUNS = ("Stelle", "Position", "Posten", "Funktion", "Rolle", "Planstelle", "Amt")
# Verbs that place a post in the organisation ("die Stelle ist dem Dezernat II zugeordnet").
PLACED_LEMMAS = frozenset(
    {"ansiedeln", "angesiedelt", "zuordnen", "unterstellen", "verorten", "eingliedern", "verankern"}
)
# The post is filled or held: an appointment, the role held or taken over.
FILLED_LEMMAS = frozenset(
    {
        "besetzen",
        "ernennen",
        "berufen",
        "bestellen",
        "wählen",
        "einstellen",
        "gewinnen",
        "benennen",
        "inne",
        "verfügen",
    }
)
# A decision: with a post to be filled or created ("Der Rat hat beschlossen, einen CDO
# einzustellen") the post is created, without one it is only intended.
DECIDED_LEMMAS = frozenset(
    {
        "beschließen",
        "Beschluß",
        "Beschluss",
        "Ratsbeschluss",
        "entscheiden",
        "Entscheidung",
        "genehmigen",
        "zustimmen",
    }
)
# "übernimmt die Rolle des CDO": taking over counts only with a post noun as its object.
# Particles of separable verbs that close a clause ("schreibt die Stelle aus", "tritt das Amt
# an", "richtet eine Stelle ein"): the particle and the verb's lemma read as one verb.
SEPARABLE_PARTICLES = ("aus", "an", "ein", "auf", "vor", "fest")
TAKE_OVER_LEMMAS = frozenset({"übernehmen", "antreten", "innehaben"})
# Present-time adverbs: a person named beside them is in the post now ("derzeit Anna Muster").
NOW_WORDS = ("zurzeit", "derzeit", "aktuell", "momentan", "seit")
# A person who was CDO before, or elsewhere: says nothing about this city's post now.
FORMER_LEMMAS = frozenset(
    {"ehemalig", "früher", "zuvor", "vormals", "vorher", "einst", "bisherig", "vormalig", "einstig"}
)
# "der frühere CDO": simplemma reads the attributive forms as "früh" (early), so they are named.
FORMER_FORMS = ("frühere", "früheren", "früherer", "früheres", "früherem")

# --- To whom the CDO (or the post) reports: heads of the administration and of its lines.
REPORTING_HEADS = (
    "Oberbürgermeister",
    "Oberbürgermeisterin",
    "Bürgermeister",
    "Bürgermeisterin",
    "Landrat",
    "Landrätin",
    "Stadtdirektor",
    "Stadtdirektorin",
    "Kreisdirektor",
    "Kreisdirektorin",
    "Verwaltungsspitze",
    "Verwaltungsvorstand",
    "Verwaltungsvorstands",
    "Verwaltungsführung",
    "Dezernent",
    "Dezernentin",
    "Beigeordneten",
    "Beigeordnete",
    "Beigeordneter",
    "Fachbereichsleitung",
    "Steuerungskreis",
    "Lenkungskreis",
    "Lenkungsausschuss",
    "Hauptverwaltungsbeamten",
)
# Lines of a head the post may sit in ("im Geschäftsbereich des Stadtdirektors").
REPORTING_LINES = ("Geschäftsbereich", "Bereich")
# Verbs of the reporting line, as written ("direkt dem Oberbürgermeister unterstellt").
REPORTING_VERBS = (
    "unterstellt",
    "zugeordnet",
    "angesiedelt",
    "verortet",
    "verankert",
    "angegliedert",
    "eingegliedert",
)

# --- Units: descriptions and other organisations' bodies that are no unit of the city.
# Owners of a body that make it another organisation's ("Arbeitskreis … des Musterverbandes"):
# the last part of the owner's compound name.
EXTERNAL_BODY_OWNERS = (
    "tag",  # Landkreistag, Gemeindetag
    "tages",
    "bund",
    "bundes",
    "verband",
    "verbandes",
    "verbands",
    "verein",
    "vereins",
    "netzwerk",
    "netzwerks",
    "netzwerkes",
    "ministerium",
    "ministeriums",
    "kammer",
    "planungsrat",
    "planungsrates",
    "landes",
    "bundesregierung",
    "landesregierung",
)

# --- Units that carry digitalisation: the nouns that head their names.
# Units named with "für" and their remit ("Referat für Kultur und Digitales",
# "Abteilung für digitale Verwaltung"): the organisational units of a German administration
# (not "Büro" or "Agentur": "Agentur für Arbeit" is no unit of the city).
UNIT_HEADS_FOR = (
    "Amt",
    "Amts",
    "Amtes",
    "Dezernat",
    "Dezernats",
    "Dezernates",
    "Referat",
    "Referats",
    "Referates",
    "Abteilung",
    "Fachbereich",
    "Fachbereichs",
    "Fachbereiches",
    "Fachdienst",
    "Fachdienstes",
    "Stabsstelle",
    "Stabstelle",
    "Geschäftsstelle",
)
# Head nouns of units that are named by their remit after them ("Koordinierungsstelle
# Digitalisierung", "Sachgebiet IT", "Fachstelle Digitale Schule"): common in Länder whose
# administrations say Sachgebiet or Stelle for a section. Any office has such units, so a unit
# of these heads is listed only with a digital remit (DIGITAL_REMIT_STEMS).
REMIT_NAMED_UNIT_HEADS = (
    "Koordinierungsstelle",
    "Fachstelle",
    "Servicestelle",
    "Leitstelle",
    "Sachgebiet",
    "Fachgebiet",
    "Hauptabteilung",
    "Sachbereich",
    "Ressort",
    "Dienststelle",
    "Organisationseinheit",
    "Zentralstelle",
    "Arbeitsbereich",
    "Gruppe",
    "Kompetenzteam",
)
# Head nouns of units that many administrations number ("Fachbereich 10 – Zentrale Steuerung",
# "Amt 12", "Dezernat III"): the number, then the remit.
NUMBERED_UNIT_HEADS = (
    "Fachbereich",
    "Amt",
    "Dezernat",
    "Referat",
    "Fachdienst",
    "Abteilung",
    "Geschäftsbereich",
)
# Opening letters of a remit that is about digitalisation or IT.
DIGITAL_REMIT_STEMS = (
    "Digital",
    "IT",
    "E-Government",
    "Informations",
    "Smart",
    "Daten",
    "Open",
    "Online",
    "Verwaltungsdigitalisierung",
    "Innovation",
)
# Determiners and pronouns in lower case: a word of these after "und" starts a new phrase
# ("Amt für Kultur und eine neue Stelle"), not an adjective of the unit's name ("und interne IT").
NOT_UNIT_ADJECTIVES = (
    "eine",
    "einen",
    "einem",
    "einer",
    "eines",
    "keine",
    "keinen",
    "diese",
    "diesen",
    "dieser",
    "dieses",
    "jede",
    "jeden",
    "jeder",
    "jedes",
    "seine",
    "seinen",
    "seiner",
    "ihre",
    "ihren",
    "ihrer",
    "unsere",
    "unseren",
    "alle",
    "allen",
    "viele",
    "vielen",
    "andere",
    "anderen",
    "beide",
    "beiden",
    "welche",
    "deren",
    "dessen",
    "sowie",
    "ohne",
    "ebenfalls",
    "heute",
    "gerne",
)
# Verbs that attach a team or post to a line of the administration ("angedockt an den Bereich
# Zentrale Dienste"): the line they name is a unit carrying digitalisation.
ATTACH_VERBS = (
    "angedockt",
    "angesiedelt",
    "angegliedert",
    "eingegliedert",
    "zugeordnet",
    "verortet",
    "unterstellt",
    "verankert",
)
# Officers as a network, always plural ("Digitallotsen", "Digitale Lotsen" in every office):
# the last part of the noun.
OFFICER_NETWORK_NOUNS = ("lotsen", "paten", "scouts", "botschafter", "coaches", "multiplikatoren")
# Officers for one digital field other than the CDO ("E-Government-Beauftragter",
# "Smart-City-Beauftragte"): one such officer is a unit, not the CDO.
FIELD_OFFICER_PREFIXES = ("E-Government-", "Smart-City-", "Open-Data-", "Breitband", "IT-Sicherheits")

# --- Placement: the heads of the whole administration (a post under them is placed `mayor`),
# as patterns of their declined forms (case-insensitive): "beim Oberbürgermeister", "der
# Landrätin", "des Verwaltungschefs".
ADMINISTRATION_HEAD_FORMS = (
    r"(?:ober)?bürgermeister(?:in|s)?",
    r"landr(?:at|ats|ates|ätin)",
    r"verwaltungsspitze",
    r"stadtspitze",
    r"verwaltungschef(?:in|s)?",
    r"hauptverwaltungsbeamt(?:e|en|er|in)",
)
# Lines of the administration below its head (a post inside one is `administration_department`).
DEPARTMENT_LINES = ("Dezernat", "Fachbereich", "Geschäftsbereich", "Hauptamt", "Fachdienst", "Referat")
