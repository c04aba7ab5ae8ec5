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
)
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
)
# Heads of an office: the word before "des/der <office>".
HEAD_WORDS = ("Leiter", "Leiterin", "Leitung", "Chef", "Chefin", "Spitze", "Amtsleiter", "Amtsleiterin")
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
IT_HEAD_TITLES = ("IT-Leiter", "IT-Leiterin", "IT-Referent", "IT-Referentin", "CIO", "IT-Chef", "IT-Chefin")
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
)
# Verbs by which a person heads a unit ("Anna Muster leitet die Stabsstelle …").
LEAD_VERBS = ("leitet", "leitete", "führt", "verantwortet")
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
