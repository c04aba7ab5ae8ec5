"""Phrasing-family challenge sets for the governance fields (issue 15): the CDO's holder, the
post's status, its placement and the units that carry digitalisation.

Every sentence is invented (invented towns such as Musterfeld, Talhausen, Beispielhausen;
invented people such as Erika Beispiel, Jonas Musterfeld), written as German municipal pages,
press releases, newspaper articles and interviews vary them: word order, apposition before
and after the name, genitive, passive, titles, abbreviations, negations and futures, a fact
split over two sentences. Negative cases are families that must NOT yield the fact.

Each text is extracted in memory behind the lead "Die Stadt Musterfeld treibt …" (see
text_profiles), so the city is Musterfeld. Run `python tests/test_gov_families.py` for the
"x of n per family" table the brief asks for.
"""

from __future__ import annotations

import re

import pytest
from text_profiles import profile_of

# --- holder: (text, holder) --------------------------------------------------------------

HOLDER_APPOSITION_BEFORE = [
    ("Musterfelds CDO, Erika Beispiel, sieht die Stadt gut aufgestellt.", "Erika Beispiel"),
    (
        "Die Digitalisierungsbeauftragte Dr. Lena Probe stellte am Dienstag den Zwischenbericht vor.",
        "Lena Probe",
    ),
    (
        "Digitalisierungsbeauftragter Prof. Dr. Jonas Musterfeld hält den Eröffnungsvortrag.",
        "Jonas Musterfeld",
    ),
    ("Die Chief Digital Officer der Stadt, Dr. Katrin Lindner, leitete die Sitzung.", "Katrin Lindner"),
    (
        "Der Beauftragte für Digitalisierung, Jonas Musterfeld, erläuterte das Vorhaben im Ausschuss.",
        "Jonas Musterfeld",
    ),
    (
        "Musterfelds neuer Digitalbeauftragter Martin Keller will die Verwaltung papierlos machen.",
        "Martin Keller",
    ),
    ("CDO Dr. Felix Sommer und sein Team haben die Plattform entwickelt.", "Felix Sommer"),
    (
        "Die städtische Digitalisierungsbeauftragte Sabine Krüger kennt die Verwaltung seit Jahren.",
        "Sabine Krüger",
    ),
    ("Im Gespräch: Musterfelds Digitalbeauftragte Anja Brenner über offene Daten.", "Anja Brenner"),
]
HOLDER_APPOSITION_AFTER = [
    ("„Wir fangen nicht bei null an“, sagt Max Muster, Chief Digital Officer der Stadt.", "Max Muster"),
    ("Erika Beispiel, die Digitalisierungsbeauftragte der Stadt, sieht Nachholbedarf.", "Erika Beispiel"),
    ("Jonas Musterfeld, seit 2021 CDO in Musterfeld, kennt die Probleme der Ämter.", "Jonas Musterfeld"),
    ("Dr. Lena Probe, Digitalbeauftragte der Stadt Musterfeld, sprach von einem Meilenstein.", "Lena Probe"),
    ("Das erklärte Martin Keller, der Chief Digital Officer der Stadt, am Montag.", "Martin Keller"),
    ("Anja Brenner (Digitalisierungsbeauftragte) erläuterte die nächsten Schritte.", "Anja Brenner"),
    ("„Das Portal ist erst der Anfang“, betont Jonas Musterfeld, Musterfelds CDO.", "Jonas Musterfeld"),
]
HOLDER_VERB = [
    (
        "Seit dem 1. März leitet Jonas Musterfeld als Chief Digital Officer die Stabsstelle Digitales.",
        "Jonas Musterfeld",
    ),
    ("Erika Beispiel übernimmt zum 1. April die Aufgabe der Digitalisierungsbeauftragten.", "Erika Beispiel"),
    ("Zur neuen Digitalisierungsbeauftragten wurde Dr. Lena Probe berufen.", "Lena Probe"),
    ("Der Stadtrat hat Martin Keller einstimmig zum Chief Digital Officer gewählt.", "Martin Keller"),
    (
        "Martin Keller ist seit Januar 2022 Digitalisierungsbeauftragter der Stadt Musterfeld.",
        "Martin Keller",
    ),
    ("Seit Oktober hat Erika Beispiel die neu geschaffene Stelle der CDO inne.", "Erika Beispiel"),
    ("Jonas Musterfeld wurde vom Oberbürgermeister zum CDO ernannt.", "Jonas Musterfeld"),
    ("Am Montag trat Sabine Krüger ihr Amt als Digitalbeauftragte an.", "Sabine Krüger"),
    ("Als Digitalisierungsbeauftragte koordiniert Erika Beispiel künftig alle Vorhaben.", "Erika Beispiel"),
    ("Mit der Aufgabe der Digitalisierungsbeauftragten wurde Erika Beispiel betraut.", "Erika Beispiel"),
    ("Erika Beispiel ist die erste Digitalbeauftragte in der Geschichte der Stadt.", "Erika Beispiel"),
    (
        "Erika Beispiel, Leiterin der Stabsstelle Digitalisierung, ist zugleich Digitalisierungsbeauftragte der Stadt.",
        "Erika Beispiel",
    ),
    (
        "Neue Chief Digital Officer der Stadt Musterfeld ist seit dem 1. Juli Dr. Anja Brenner.",
        "Anja Brenner",
    ),
    ("Die Stelle des Digitalisierungsbeauftragten hat seit Mai Martin Keller inne.", "Martin Keller"),
    ("Zum 1. Januar wird Sabine Krüger neue Digitalbeauftragte der Stadt.", "Sabine Krüger"),
]
HOLDER_ACROSS_SENTENCES = [
    (
        "Erika Beispiel kommt aus der Privatwirtschaft. Sie ist seit Mai Digitalisierungsbeauftragte der Stadt.",
        "Erika Beispiel",
    ),
    (
        "Jonas Musterfeld hat Informatik studiert und lange bei einem Softwarehaus gearbeitet. "
        "Seit dem Frühjahr ist er Chief Digital Officer der Stadt.",
        "Jonas Musterfeld",
    ),
    (
        "Die Stadt hat eine Digitalisierungsbeauftragte berufen. Erika Beispiel soll die Verwaltung fit für die Zukunft machen.",
        "Erika Beispiel",
    ),
    (
        "Musterfeld hat seit Juni einen Chief Digital Officer. Die Wahl fiel auf Martin Keller.",
        "Martin Keller",
    ),
    (
        "Die Stelle der CDO ist seit dem Sommer besetzt. Dr. Anja Brenner leitet zugleich die Stabsstelle Digitales.",
        "Anja Brenner",
    ),
]
HOLDER_NONE = [
    # a mayor or a department head who merely speaks about digitalisation, or greets the CDO
    ("Oberbürgermeister Hans Gruber sprach über die Digitalisierung der Verwaltung.", None),
    ("Oberbürgermeisterin Karla Brandt stellte den neuen CDO vor.", None),
    (
        "Der Leiter des Amtes für Informationstechnik, Peter Hahn, lobte die Zusammenarbeit mit dem Digitalisierungsbeauftragten.",
        None,
    ),
    (
        "„Die Digitalisierung ist Chefsache“, sagt Bürgermeister Hans Gruber. Die Stadt sucht noch einen Chief Digital Officer.",
        None,
    ),
    (
        "Fachbereichsleiterin Monika Sauer begrüßte, dass die Stadt einen Digitalisierungsbeauftragten einstellen will.",
        None,
    ),
    ("Landrat Thomas Berger und der Digitalisierungsbeauftragte stellten die Strategie vor.", None),
    ("Kämmerer Peter Hahn sagte, ein CDO koste die Stadt zu viel Geld.", None),
]

# --- status: (text, cdo_status) ----------------------------------------------------------

STATUS_IN_OFFICE = [
    ("Die Stadt hat seit 2020 einen Chief Digital Officer.", "in_office"),
    ("Der CDO koordiniert die Digitalisierungsprojekte der Verwaltung.", "in_office"),
    ("Seit Januar kümmert sich eine Digitalisierungsbeauftragte um die Verwaltung.", "in_office"),
    ("Die Stelle des Digitalbeauftragten ist inzwischen besetzt.", "in_office"),
    ("Der Digitalisierungsbeauftragte der Stadt hat im Mai seine Arbeit aufgenommen.", "in_office"),
]
STATUS_POST_CREATED = [
    (
        "Der Stadtrat hat die Stelle eines Digitalisierungsbeauftragten geschaffen; sie ist noch nicht besetzt.",
        "post_created",
    ),
    ("Die Stelle des CDO ist ausgeschrieben.", "post_created"),
    ("Die Stadt schreibt die Stelle einer Chief Digital Officer aus.", "post_created"),
    ("Der Rat beschloss im Mai, die Stelle eines CDO einzurichten.", "post_created"),
    ("Im Haushalt wurde eine Stelle für einen Digitalisierungsbeauftragten eingerichtet.", "post_created"),
]
STATUS_PLANNED = [
    ("Künftig soll ein Chief Digital Officer die Digitalisierung steuern.", "planned"),
    ("Die Stadt plant, einen Digitalisierungsbeauftragten einzustellen.", "planned"),
    ("Ein CDO soll im kommenden Jahr eingestellt werden.", "planned"),
    ("Die Verwaltung will bis Ende des Jahres eine Digitalisierungsbeauftragte benennen.", "planned"),
    ("Geplant ist die Schaffung der Stelle eines CDO.", "planned"),
    ("Die Fraktion beantragt, einen Digitalbeauftragten zu berufen.", "planned"),
]
STATUS_NONE = [
    ("Einen Chief Digital Officer hat die Stadt nicht.", "none"),
    ("Eine Digitalisierungsbeauftragte gibt es in Musterfeld bislang nicht.", "none"),
    ("Die Stadt verzichtet bewusst auf einen CDO.", "none"),
    ("Musterfeld hat keinen CDO und plant auch keinen.", "none"),
    ("Anders als andere Städte hat Musterfeld keinen Digitalisierungsbeauftragten.", "none"),
]
STATUS_NOT_STATED = [
    ("Die Stadt treibt die Digitalisierung der Schulen voran.", None),
    ("Viele Kommunen haben inzwischen einen Chief Digital Officer.", None),
    ("CDO ist die Abkürzung für Chief Digital Officer.", None),
]

# --- placement: (text, cdo_placement) ----------------------------------------------------

PLACEMENT_MAYOR = [
    ("Die Digitalisierungsbeauftragte ist als Stabsstelle direkt dem Oberbürgermeister zugeordnet.", "mayor"),
    ("Der CDO sitzt im Büro des Oberbürgermeisters.", "mayor"),
    ("Angesiedelt ist die CDO-Stelle direkt beim Oberbürgermeister.", "mayor"),
    (
        "Die Stabsstelle Digitalisierung im Büro der Oberbürgermeisterin wird von CDO Erika Beispiel geleitet.",
        "mayor",
    ),
    ("Der Chief Digital Officer ist in der Stabsstelle des Bürgermeisters verortet.", "mayor"),
    ("Der Digitalbeauftragte ist direkt dem OB unterstellt.", "mayor"),
    ("Die Digitalisierungsbeauftragte arbeitet als Stabsstelle im Dezernat des Oberbürgermeisters.", "mayor"),
]
PLACEMENT_DEPARTMENT = [
    ("Der CDO ist im Dezernat für Finanzen und Digitales angesiedelt.", "administration_department"),
    (
        "Die Digitalisierungsbeauftragte gehört zum Fachbereich Zentrale Steuerung.",
        "administration_department",
    ),
    ("Die Stelle des CDO ist dem Ersten Beigeordneten unterstellt.", "administration_department"),
    (
        "Erika Beispiel, Dezernentin für Digitales und Bürgerservice, ist zugleich CDO der Stadt.",
        "administration_department",
    ),
    ("Der Chief Digital Officer ist dem Dezernat II zugeordnet.", "administration_department"),
]
PLACEMENT_IT = [
    (
        "Jonas Musterfeld leitet das Amt für Informationstechnik und ist zugleich CDO der Stadt.",
        "it_department",
    ),
    ("Die Rolle der CDO übernimmt die Leiterin der IT-Abteilung, Erika Beispiel.", "it_department"),
    ("Der IT-Leiter der Stadt ist zugleich Digitalisierungsbeauftragter.", "it_department"),
    ("Der CDO ist zugleich Chef des Amtes für Digitalisierung und IT.", "it_department"),
]
PLACEMENT_STAFF_UNIT = [
    ("Der CDO leitet die Stabsstelle Digitalisierung.", "staff_unit"),
    ("Für die Digitalisierungsbeauftragte wurde eine eigene Stabsstelle eingerichtet.", "staff_unit"),
]
PLACEMENT_UNSPECIFIED = [
    # the post is there, nothing says where it sits; a cue said of someone else does not count
    ("Die Stadt hat seit Mai eine Digitalisierungsbeauftragte.", "unspecified"),
    ("Erika Beispiel ist seit 2021 CDO der Stadt Musterfeld.", "unspecified"),
    ("Der Oberbürgermeister begrüßte den neuen CDO Jonas Musterfeld.", "unspecified"),
    ("Der CDO arbeitet eng mit dem Dezernat für Finanzen zusammen.", "unspecified"),
    ("Der Leiter des IT-Amtes, Peter Hahn, unterstützt die CDO Erika Beispiel.", "unspecified"),
]

# --- units: (text, names that must be listed, names that must not) ----------------------

UNITS_NAMED = [
    (
        "Das Amt für Digitalisierung und Organisation koordiniert die Projekte.",
        ["Amt für Digitalisierung und Organisation"],
        [],
    ),
    (
        "Die Stabsstelle Digitale Stadt ist beim Oberbürgermeister angesiedelt.",
        ["Stabsstelle Digitale Stadt"],
        [],
    ),
    (
        "Im Fachbereich Informationstechnik arbeiten vierzig Menschen.",
        ["Fachbereich Informationstechnik"],
        [],
    ),
    ("Das Team Digitalisierung im Hauptamt betreut das Projekt.", ["Team Digitalisierung"], []),
    (
        "Das Referat Digitalisierung und E-Government wurde 2019 gegründet.",
        ["Referat Digitalisierung und E-Government"],
        [],
    ),
    (
        "Der städtische Eigenbetrieb Informationstechnik betreibt das Rechenzentrum.",
        ["Eigenbetrieb Informationstechnik"],
        [],
    ),
    ("Die Abteilung Digitale Verwaltung entwickelt das Bürgerportal.", ["Abteilung Digitale Verwaltung"], []),
    (
        "Die Koordinierungsstelle Digitalisierung bündelt alle Vorhaben der Verwaltung.",
        ["Koordinierungsstelle Digitalisierung"],
        [],
    ),
    ("Das Sachgebiet Digitalisierung im Hauptamt betreut die Schulen.", ["Sachgebiet Digitalisierung"], []),
    ("Die Fachstelle Digitalisierung berät alle Ämter.", ["Fachstelle Digitalisierung"], []),
    (
        "Die neue Geschäftsstelle Digitalisierung ist im Rathaus untergebracht.",
        ["Geschäftsstelle Digitalisierung"],
        [],
    ),
    (
        "Das Digitalisierungsteam der Stadtverwaltung hat die Online-Anträge eingeführt.",
        ["Digitalisierungsteam"],
        [],
    ),
    (
        "Die Stabsstelle Smart City und Digitalisierung koordiniert das Förderprogramm.",
        ["Stabsstelle Smart City"],
        [],
    ),
    (
        "Das Amt für Informationsverarbeitung betreibt die Fachverfahren.",
        ["Amt für Informationsverarbeitung"],
        [],
    ),
    ("Das Team „Digitale Verwaltung“ gehört zum Hauptamt.", ["Digitale Verwaltung"], []),
]
UNITS_NOT = [
    # another organisation's working group, another town's office, a bare head noun
    ("Die Arbeitsgruppe Digitalisierung des Städtetages tagt im Mai.", [], ["Arbeitsgruppe Digitalisierung"]),
    (
        "Die Stabsstelle Digitales koordiniert die Projekte. Die Stabsstelle berät die Ämter.",
        ["Stabsstelle Digitales"],
        ["Stabsstelle Digitales und"],
    ),
    ("Das Amt für Digitales der Stadt Talhausen hat das Portal entwickelt.", [], ["Amt für Digitales"]),
    (
        "Die Projektgruppe Digitalisierung des Landkreistages hat Empfehlungen vorgelegt.",
        [],
        ["Projektgruppe Digitalisierung"],
    ),
    (
        "Das Referat Digitalisierung des Innenministeriums fördert das Projekt.",
        [],
        ["Referat Digitalisierung"],
    ),
]

# --- round 2: written after round 1 was fixed, measured before any rule for it -----------

HOLDER_ROUND2 = [
    ("Seit Mai arbeitet Anja Brenner als Chief Digital Officer im Rathaus.", "Anja Brenner"),
    (
        "Die Stadt Musterfeld hat Erika Beispiel als Digitalisierungsbeauftragte eingestellt.",
        "Erika Beispiel",
    ),
    ("Neuer CDO: Jonas Musterfeld übernimmt ab Mai.", "Jonas Musterfeld"),
    ("Ab 1. Oktober wird Jonas Musterfeld Digitalisierungsbeauftragter der Stadt.", "Jonas Musterfeld"),
    ("Als erster Digitalisierungsbeauftragter der Stadt hat Jonas Musterfeld viel vor.", "Jonas Musterfeld"),
    ("Erika Beispiel – seit 2020 Digitalisierungsbeauftragte der Stadt – zieht Bilanz.", "Erika Beispiel"),
    ("Dazu hat die Stadt mit Jonas Musterfeld einen erfahrenen CDO eingestellt.", "Jonas Musterfeld"),
    ("Die neue Digitalisierungsbeauftragte ist Erika Beispiel.", "Erika Beispiel"),
    ("Der Beauftragte für die Digitalisierung, Martin Keller, stellte den Bericht vor.", "Martin Keller"),
    (
        "Der Leiter des Amtes für Informationstechnik, Jonas Musterfeld, ist zugleich Digitalisierungsbeauftragter.",
        "Jonas Musterfeld",
    ),
    (
        "Erika Beispiel ist seit April neue CDO. Die Informatikerin leitete zuvor ein Rechenzentrum.",
        "Erika Beispiel",
    ),
]
HOLDER_NONE_ROUND2 = [
    ("Der frühere CDO Jonas Musterfeld arbeitet heute bei einem Softwarehaus.", None),
    ("Die Stadt sucht einen CDO. Bewerbungen nimmt Erika Beispiel vom Personalamt entgegen.", None),
    ("Bürgermeisterin Karla Brandt sagte, die Stadt brauche eine Digitalisierungsbeauftragte.", None),
    ("Die Stelle der CDO ist seit dem Weggang von Jonas Musterfeld unbesetzt.", None),
]
STATUS_ROUND2 = [
    ("Mit Erika Beispiel hat Musterfeld seit Mai eine Digitalisierungsbeauftragte.", "in_office"),
    ("Die Stadt hat ihre erste Digitalisierungsbeauftragte eingestellt.", "in_office"),
    ("Seit 2019 gibt es in Musterfeld einen Chief Digital Officer.", "in_office"),
    ("Der Rat hat der Schaffung einer CDO-Stelle zugestimmt.", "post_created"),
    ("Die Stelle der CDO ist seit dem Weggang von Jonas Musterfeld unbesetzt.", "post_created"),
    ("Die Einführung eines Digitalisierungsbeauftragten wird derzeit geprüft.", "planned"),
    ("Ob die Stadt einen CDO braucht, soll ein Gutachten klären.", "planned"),
    ("Eine Digitalisierungsbeauftragte ist in Musterfeld nicht vorgesehen.", "none"),
    ("Die Stadt will keinen CDO.", "none"),
    ("Einen Chief Digital Officer sucht man in Musterfeld vergeblich.", "none"),
]
PLACEMENT_ROUND2 = [
    ("Der Chief Digital Officer ist organisatorisch dem Oberbürgermeister zugeordnet.", "mayor"),
    ("Die Stelle der Digitalisierungsbeauftragten ist im Oberbürgermeisterbüro angesiedelt.", "mayor"),
    ("Die CDO gehört zum Stab des Oberbürgermeisters.", "mayor"),
    ("Der CDO berichtet unmittelbar an die Oberbürgermeisterin.", "mayor"),
    ("Der CDO ist im Amt für Organisation und Personal angesiedelt.", "administration_department"),
    ("Die Aufgaben des CDO nimmt der Leiter der IT-Abteilung wahr.", "it_department"),
    ("Der CDO Jonas Musterfeld leitet zugleich den städtischen IT-Eigenbetrieb.", "it_department"),
    ("Gemeinsam mit dem Oberbürgermeister stellte der CDO die Strategie vor.", "unspecified"),
    ("Die Stabsstelle Bürgerbeteiligung arbeitet eng mit dem CDO zusammen.", "unspecified"),
]
UNITS_ROUND2 = [
    ("Zuständig ist der Fachdienst Digitalisierung und IT.", ["Fachdienst Digitalisierung und IT"], []),
    ("Die Stabsstelle „Digitale Stadt“ koordiniert die Projekte.", ["Digitale Stadt"], []),
    (
        "Das Referat Digitalisierung, IT und Organisation betreut die Schulen.",
        ["Referat Digitalisierung, IT und Organisation"],
        [],
    ),
    ("Die Abteilung „Digitale Dienste“ hat das Portal gebaut.", ["Digitale Dienste"], []),
    ("Der Arbeitskreis Digitalisierung des Landkreistages traf sich in Musterfeld.", [], ["Arbeitskreis"]),
]

# --- round 3: short texts with distractors (a mayor quoted, other people, an interview) ---

TEXTS_ROUND3 = [
    # (text, status, holder, placement)
    (
        "Oberbürgermeister Hans Gruber stellte am Montag die neue Digitalstrategie vor. "
        "„Wir wollen die Verwaltung konsequent digitalisieren“, sagte Gruber. "
        "Umsetzen soll die Strategie die Digitalisierungsbeauftragte Erika Beispiel, die im Büro des Oberbürgermeisters angesiedelt ist.",
        "in_office",
        "Erika Beispiel",
        "mayor",
    ),
    (
        "Die Stadt Musterfeld hat eine neue Chief Digital Officer. "
        "Dr. Anja Brenner war zuvor bei einem Softwarehaus tätig. "
        "Sie leitet künftig die Stabsstelle Digitales und berichtet direkt an den Oberbürgermeister.",
        "in_office",
        "Anja Brenner",
        "mayor",
    ),
    (
        "Frau Brenner, seit einem Jahr sind Sie Chief Digital Officer der Stadt. Was haben Sie erreicht? "
        "Anja Brenner: Wir haben das Bürgerportal gestartet.",
        "in_office",
        "Anja Brenner",
        "unspecified",
    ),
    (
        "Der Hauptausschuss hat die Schaffung einer Stelle für einen Chief Digital Officer beschlossen. "
        "Die Stelle wird dem Dezernat für Finanzen und Organisation zugeordnet. "
        "Kämmerer Peter Hahn begrüßte die Entscheidung.",
        "post_created",
        None,
        "administration_department",
    ),
    (
        "Fachbereichsleiter Jonas Musterfeld erläuterte im Ausschuss den Stand der Digitalisierung. "
        "Einen Digitalisierungsbeauftragten will die Stadt vorerst nicht einstellen.",
        "none",
        None,
        None,
    ),
    (
        "Neue Digitalisierungsbeauftragte im Rathaus: Seit dem 1. Februar kümmert sich Sabine Krüger um die Digitalisierung der Verwaltung. "
        "Die 38-Jährige ist im Hauptamt angesiedelt.",
        "in_office",
        "Sabine Krüger",
        "administration_department",
    ),
    (
        "Die Stadt hat die Funktion eines Chief Digital Officers geschaffen. "
        "Die Aufgabe übernimmt der Leiter des Amtes für Informationstechnik, Martin Keller.",
        "in_office",
        "Martin Keller",
        "it_department",
    ),
    (
        "Musterfeld geht bei der Digitalisierung neue Wege. Künftig soll ein Chief Digital Officer die Projekte bündeln. "
        "Die Stelle soll als Stabsstelle beim Bürgermeister eingerichtet werden.",
        "planned",
        None,
        "mayor",
    ),
]

# --- round 4: written after round 3 passed, measured before any rule for it ---------------

HOLDER_ROUND4 = [
    (
        "Jonas Musterfeld, Leiter der Stabsstelle Digitalisierung und CDO der Stadt, sagt, die Akten seien bald digital.",
        "Jonas Musterfeld",
    ),
    ("Chief Digital Officer (CDO) Erika Beispiel stellte den Fahrplan vor.", "Erika Beispiel"),
    ("Digitalisierungsbeauftragter der Stadtverwaltung ist seit Januar Martin Keller.", "Martin Keller"),
    ("Als CDO fungiert seit dem Frühjahr Anja Brenner.", "Anja Brenner"),
    ("Als Digitalisierungsbeauftragte der Stadt kümmert sich Sabine Krüger um die Schulen.", "Sabine Krüger"),
    (
        "Martin Keller hat die neue App vorgestellt. „Wir sind stolz darauf“, sagte der Digitalisierungsbeauftragte Keller.",
        "Martin Keller",
    ),
    ("Die Stadt hat Erika Beispiel zur Digitalisierungsbeauftragten benannt.", "Erika Beispiel"),
]
HOLDER_NONE_ROUND4 = [
    # a second role's English name after "und" is no person ("Urban" is also a given name)
    ("Der Rat schuf die Posten des Chief Digital Officers (CDO) und Chief Urban Officers (CUO).", None),
    # a surname after the role that nobody in the text bears in full
    ("Das sagte der Digitalisierungsbeauftragte Keller am Montag.", None),
]
STATUS_ROUND4 = [
    ("Die Stelle eines Digitalisierungsbeauftragten wurde im Stellenplan verankert.", "post_created"),
    ("Die Stadt hat einen Digitalisierungsbeauftragten benannt.", "in_office"),
    ("Seit Mai ist die Stelle des CDO besetzt.", "in_office"),
]
PLACEMENT_ROUND4 = [
    ("Der CDO ist organisatorisch beim Oberbürgermeister angebunden.", "mayor"),
    ("Die Digitalisierungsbeauftragte ist zugleich Leiterin des Hauptamts.", "administration_department"),
    ("Der CDO gehört zum Geschäftsbereich des Oberbürgermeisters.", "mayor"),
]
UNITS_ROUND4 = [
    ("Das IT-Amt der Stadt betreut 2000 Arbeitsplätze.", ["IT-Amt"], []),
    ("Die Digitalisierungsabteilung im Rathaus wächst.", ["Digitalisierungsabteilung"], []),
    ("Das neue Digitalamt hat zwölf Mitarbeiter.", ["Digitalamt"], []),
]

# --- round 5: written after round 4 passed, measured before any rule for it ---------------

HOLDER_ROUND5 = [
    ("Die Stadt hat den Beigeordneten Jonas Musterfeld zum CDO ernannt.", "Jonas Musterfeld"),
    ("Stadtdirektor Jonas Musterfeld ist zugleich Chief Digital Officer der Stadt.", "Jonas Musterfeld"),
]
HOLDER_NONE_ROUND5 = [
    # a CDO of the Land, of the federal government or of another town is not the city's
    ("Der Digitalisierungsbeauftragte des Landes, Jonas Musterfeld, besuchte das Rathaus.", None),
    ("Der CDO der Nachbarstadt Talhausen, Jonas Musterfeld, berichtete von seinen Erfahrungen.", None),
    ("Auch der Chief Digital Officer der Bundesregierung, Martin Keller, war zu Gast.", None),
]
STATUS_ROUND5 = [
    ("Einen CDO hat Musterfeld noch nicht, die Stelle ist aber ausgeschrieben.", "post_created"),
    ("Musterfeld hat noch keinen CDO, will aber bis zum Jahresende einen einstellen.", "planned"),
    ("Der Digitalisierungsbeauftragte des Landes besuchte das Rathaus.", None),
    ("Der Chief Digital Officer der Bundesregierung sprach auf dem Kongress.", None),
]
PLACEMENT_ROUND5 = [
    (
        "Stadtdirektor Jonas Musterfeld ist zugleich Chief Digital Officer der Stadt.",
        "administration_department",
    ),
    (
        "Dem Oberbürgermeister direkt unterstellt ist die neue Stabsstelle Digitalisierung, die von CDO Erika Beispiel geleitet wird.",
        "mayor",
    ),
    (
        "Der Digitalisierungsbeauftragte des Kreises ist als Stabsstelle direkt der Landrätin zugeordnet.",
        "mayor",
    ),
]

# --- round 6: the shapes of names (measured before: 2 of 8) ------------------------------

HOLDER_NAME_SHAPES = [
    ("CDO Jan Peter Beispiel stellte die Pläne vor.", "Jan Peter Beispiel"),
    ("Jan Peter Beispiel ist Chief Digital Officer der Stadt.", "Jan Peter Beispiel"),
    ("Mit Anna Maria Muster hat die Stadt eine Digitalisierungsbeauftragte gewonnen.", "Anna Maria Muster"),
    ("CDO Prof. Dr.-Ing. Jan Beispiel stellte die Pläne vor.", "Dr.-Ing. Jan Beispiel"),
    ("Digitalisierungsbeauftragte ist Dr. rer. nat. Anna Muster.", "rer. nat. Anna Muster"),
    ("Chief Digital Officer der Stadt ist Jan van den Beispiel.", "Jan van den Beispiel"),
    ("CDO Anna-Lena Muster-Feldmann stellte die Pläne vor.", "Anna-Lena Muster-Feldmann"),
    # a capitalised word after the name that is no name: the name stays two words
    ("CDO Jan Beispiel Stellvertreter ist Max Muster.", "Jan Beispiel"),
]

# --- round 7: units numbered, teams and groups by compound, the city's IT company ---------

UNITS_ROUND7 = [
    (
        "Zuständig ist der Fachbereich 10 – Zentrale Steuerung und Digitalisierung.",
        ["Zentrale Steuerung und Digitalisierung"],
        [],
    ),
    ("Das Amt 12 (Digitalisierung und IT) betreut die Schulen.", ["Digitalisierung und IT"], []),
    ("Im Dezernat III – Finanzen und Digitales ist die Stelle angesiedelt.", ["Finanzen und Digitales"], []),
    ("Das Projektteam Digitalisierung trifft sich jede Woche.", ["Projektteam Digitalisierung"], []),
    (
        "Eine Koordinierungsgruppe Digitalisierung steuert die Vorhaben.",
        ["Koordinierungsgruppe Digitalisierung"],
        [],
    ),
    ("Der städtische IT-Dienstleister Musterfeld-IT betreut alle Schulen.", ["Musterfeld-IT"], []),
    ("Die Stadt hat ein Digitalisierungsboard eingerichtet.", ["Digitalisierungsboard"], []),
]

# --- round 8: longer texts of four genres (press release, newspaper, portrait, interview) -

TEXTS_ROUND8 = [
    (
        # press release of a town
        "Pressemitteilung vom 12.03.2031\n"
        "Talhausen. Die Stadt Talhausen stellt ihre Verwaltung neu auf. Zum 1. April übernimmt "
        "Dr. Katrin Lindner die neu geschaffene Position der Chief Digital Officer. Die promovierte "
        "Informatikerin war zuletzt bei einem Versicherungskonzern tätig. Sie wird die Stabsstelle "
        "Digitale Verwaltung leiten, die direkt dem Bürgermeister unterstellt ist. "
        "„Mit Frau Lindner gewinnen wir eine ausgewiesene Expertin“, sagte Bürgermeister Rolf Weidner. "
        "Das Amt für Informationstechnik unter Leitung von Peter Hahn bleibt für den Betrieb zuständig.",
        "in_office",
        "Katrin Lindner",
        "mayor",
    ),
    (
        # newspaper article with a council decision, the post not filled yet
        "Talhausen bekommt einen Digitalisierungsbeauftragten\n"
        "Der Stadtrat hat in seiner Sitzung am Donnerstag einstimmig beschlossen, die Stelle eines "
        "Digitalisierungsbeauftragten zu schaffen. Die Stelle soll im Fachbereich Zentrale Dienste "
        "angesiedelt werden und noch in diesem Jahr ausgeschrieben werden. Fachbereichsleiterin "
        "Monika Sauer zeigte sich erfreut: „Damit können wir die Online-Dienste endlich bündeln.“",
        "post_created",
        None,
        "administration_department",
    ),
    (
        # portrait of the IT head who is also the CDO
        "Digitalisierung aus einer Hand\n"
        "In Talhausen laufen die Fäden bei Jonas Musterfeld zusammen. Der 51-Jährige leitet seit 2015 "
        "das Amt für Informationstechnik und Digitalisierung. Im vergangenen Jahr hat ihn der "
        "Oberbürgermeister zusätzlich zum Chief Digital Officer der Stadt ernannt.",
        "in_office",
        "Jonas Musterfeld",
        "it_department",
    ),
    (
        # interview with the officer of a district
        "„Wir müssen die Menschen mitnehmen“\n"
        "Frau Beispiel, seit einem Jahr sind Sie Digitalisierungsbeauftragte des Kreises. Was hat sich verändert?\n"
        "Erika Beispiel: Wir haben die Kfz-Zulassung online gebracht und ein Team von zwölf Leuten aufgebaut.\n"
        "Wo sind Sie in der Verwaltung angesiedelt?\n"
        "Erika Beispiel: Meine Stabsstelle ist direkt beim Landrat angesiedelt, das hilft enorm.",
        "in_office",
        "Erika Beispiel",
        "mayor",
    ),
    (
        # a town that decided against a CDO
        "Kein CDO für Talhausen\n"
        "Anders als viele Nachbarkommunen verzichtet Talhausen auf einen Chief Digital Officer. "
        "Die Digitalisierung bleibt Aufgabe des Hauptamts, sagte Bürgermeister Rolf Weidner. "
        "Das Team Digitalisierung im Hauptamt soll dafür um zwei Stellen wachsen.",
        "none",
        None,
        None,
    ),
    (
        # a text about a department head who speaks about digitalisation: no CDO at all
        "Digitale Schulen in Talhausen\n"
        "Schuldezernent Martin Keller stellte am Dienstag das Programm für digitale Schulen vor. "
        "Bis 2032 sollen alle Klassenräume mit Tablets ausgestattet werden, sagte Keller. "
        "Die Abteilung Schul-IT im Fachbereich Bildung betreut die Geräte.",
        None,
        None,
        None,
    ),
]

# --- round 9: a contact block, an atlas entry, two roles side by side, a vacancy -----------

TEXTS_ROUND9 = [
    (
        # a city portal's contact block: the name and the role on lines of their own
        "Digitalisierung in Musterfeld\n"
        "Die Stadt bündelt alle Vorhaben der digitalen Verwaltung in einer Stabsstelle.\n"
        "Ihr Ansprechpartner\n"
        "Jonas Musterfeld\n"
        "Chief Digital Officer\n"
        "Stabsstelle Digitalisierung\n"
        "Telefon 01234 5678",
        "in_office",
        "Jonas Musterfeld",
        "staff_unit",
    ),
    (
        # an atlas entry without a holder
        "Die Stadt verfügt seit 2019 über einen Chief Digital Officer, der in der Stabsstelle "
        "Digitalisierung beim Oberbürgermeister angesiedelt ist.",
        "in_office",
        None,
        "mayor",
    ),
    (
        # the CDO and the IT head are two people
        "Der Chief Digital Officer Jonas Musterfeld und die IT-Leiterin Erika Beispiel stellten "
        "gemeinsam das neue Bürgerportal vor.",
        "in_office",
        "Jonas Musterfeld",
        "unspecified",
    ),
    (
        "Seit 2020 hat Musterfeld mit Jonas Musterfeld einen eigenen Chief Digital Officer.",
        "in_office",
        "Jonas Musterfeld",
        "unspecified",
    ),
    (
        # a vacancy after the holder left
        "Die Stelle der Digitalisierungsbeauftragten ist derzeit unbesetzt. Das Bewerbungsverfahren läuft.",
        "post_created",
        None,
        "unspecified",
    ),
]

# --- round 10: Herr/Frau, the head of the CDO's unit, job ads, "-amt" (before: 0/8) ---

HOLDER_ROUND10 = [
    ("Die Digitalisierungsbeauftragte, Frau Erika Beispiel, stellte den Bericht vor.", "Erika Beispiel"),
    ("Digitalisierungsbeauftragter Herr Jonas Musterfeld begrüßte die Gäste.", "Jonas Musterfeld"),
    ("Das sagt CDO Frau Dr. Anja Brenner.", "Anja Brenner"),
    (
        "Der CDO leitet die Stabsstelle Digitale Verwaltung. Leiter der Stabsstelle Digitale Verwaltung ist Jonas Musterfeld.",
        "Jonas Musterfeld",
    ),
]
STATUS_ROUND10 = [
    (
        "Die Stadt Musterfeld sucht zum nächstmöglichen Zeitpunkt einen Chief Digital Officer (m/w/d).",
        "post_created",
    ),
    ("Stellenausschreibung: Digitalisierungsbeauftragte/r (w/m/d) der Stadt Musterfeld", "post_created"),
]
PLACEMENT_ROUND10 = [
    ("Der CDO ist Teil des Dezernats für Finanzen und Digitales.", "administration_department"),
    (
        "Die Digitalisierungsbeauftragte ist im Personal- und Organisationsamt angesiedelt.",
        "administration_department",
    ),
]

# --- round 11: a post filled "mit" a person (before: 0/4) ----------------------------------

HOLDER_ROUND11 = [
    ("Die Stelle des Digitalisierungsbeauftragten wurde mit Martin Keller besetzt.", "Martin Keller"),
    ("Die neue Funktion des CDO soll intern mit Erika Beispiel besetzt werden.", "Erika Beispiel"),
    ("Mit Anja Brenner wurde die Position der Chief Digital Officer im Mai besetzt.", "Anja Brenner"),
    ("Die Stadt hat die Stelle der CDO mit Frau Dr. Lena Probe besetzt.", "Lena Probe"),
]

# --- round 12: the pronoun passes over the mayor (before: 0/2) ---------------------------

HOLDER_ROUND12 = [
    (
        "Erika Beispiel stellte die Strategie gemeinsam mit OB Hans Gruber vor. "
        "Sie ist seit Mai Digitalisierungsbeauftragte der Stadt.",
        "Erika Beispiel",
    ),
    (
        "Jonas Musterfeld erläuterte die Pläne, und die Bürgermeisterin, Karla Brandt, lobte sie. "
        "Er ist seit 2021 Chief Digital Officer der Stadt.",
        "Jonas Musterfeld",
    ),
]

# --- round 13: a holder leaves, the post is filled again or stays open (before: 1/4) ---

TEXTS_ROUND13 = [
    (
        "Der bisherige CDO Jonas Musterfeld hat die Stadt verlassen; die Stelle wird neu ausgeschrieben.",
        "post_created",
        None,
        "unspecified",
    ),
    (
        "Seit dem Wechsel von Jonas Musterfeld nach Talhausen gibt es keinen CDO mehr in Musterfeld.",
        "none",
        None,
        None,
    ),
    (
        "Die frühere Digitalisierungsbeauftragte Erika Beispiel ist in den Ruhestand gegangen. "
        "Ihre Nachfolge tritt zum 1. Mai Martin Keller an.",
        "in_office",
        "Martin Keller",
        "unspecified",
    ),
    (
        "Nachfolger von Jonas Musterfeld als Chief Digital Officer wird Anja Brenner.",
        "in_office",
        "Anja Brenner",
        "unspecified",
    ),
]

# --- round 14: a CDO discussed or wished for, the mayor's adviser (before: 1/7) ---

STATUS_ROUND14 = [
    ("Im Gespräch ist auch ein Chief Digital Officer für die Verwaltung.", "planned"),
    ("Der Rat diskutiert über die Einführung eines Digitalisierungsbeauftragten.", "planned"),
    ("Ein CDO könnte die vielen Projekte bündeln, meint die Fraktion.", "planned"),
    ("Eine Digitalisierungsbeauftragte wäre aus Sicht der Verwaltung sinnvoll.", "planned"),
    ("Der CDO würde gern mehr Personal einstellen.", "in_office"),
    ("Im Gespräch mit unserer Zeitung erklärte der CDO seine Pläne.", "in_office"),
]
PLACEMENT_ROUND14 = [
    ("Der Digitalisierungsbeauftragte ist zugleich persönlicher Referent des Oberbürgermeisters.", "mayor"),
    ("Die CDO arbeitet als Referentin der Oberbürgermeisterin.", "mayor"),
]

# --- round 15: the CDO of another organisation is not the city's (before: 0/5) -------------

TEXTS_ROUND15 = [
    ("Die IHK hat einen Digitalisierungsbeauftragten: Jonas Musterfeld.", None, None, None),
    (
        "Jonas Musterfeld, Chief Digital Officer der Sparkasse Musterfeld, sprach über Online-Banking.",
        None,
        None,
        None,
    ),
    ("Der CDO der Stadtwerke, Erika Beispiel, stellte das Glasfaserprojekt vor.", None, None, None),
    ("Jonas Musterfeld, CDO bei der Musterfeld Versicherung AG, hielt einen Vortrag.", None, None, None),
    ("Erika Beispiel ist Chief Digital Officer der Universität Musterfeld.", None, None, None),
]

# --- round 16: more head nouns of units (before: 0/7) --------------------------------------

UNITS_ROUND16 = [
    ("Das Ressort Digitalisierung und IT betreut alle Schulen.", ["Ressort Digitalisierung und IT"], []),
    ("Die Dienststelle Digitale Verwaltung wurde 2020 gegründet.", ["Dienststelle Digitale Verwaltung"], []),
    (
        "Die Organisationseinheit Digitalisierung gehört zum Hauptamt.",
        ["Organisationseinheit Digitalisierung"],
        [],
    ),
    ("Die Zentralstelle Digitalisierung koordiniert die Vorhaben.", ["Zentralstelle Digitalisierung"], []),
    (
        "Die Gruppe Digitale Services im Amt für Organisation betreut das Portal.",
        ["Gruppe Digitale Services"],
        [],
    ),
    (
        "Die Stabsstelle Digitalisierung und Smart City (SDS) koordiniert.",
        ["Stabsstelle Digitalisierung und Smart City"],
        [],
    ),
    ("Das Digitallabor der Stadt testet neue Dienste.", ["Digitallabor"], []),
    # a group or a Ressort of another remit is no unit that carries digitalisation
    ("Die Gruppe Haushalt im Amt für Finanzen plant den Etat.", [], ["Gruppe Haushalt"]),
]

# --- round 17: heads of IT and of lines named without an article ------------------------

PLACEMENT_ROUND17 = [
    ("Jonas Musterfeld, Leiter IT und Digitalisierung, ist zugleich CDO der Stadt.", "it_department"),
    ("CDO der Stadt ist Abteilungsleiterin IT Erika Beispiel.", "it_department"),
    (
        "Jonas Musterfeld, IT-Amtsleiter der Stadt, ist zugleich Digitalisierungsbeauftragter.",
        "it_department",
    ),
    (
        "Erika Beispiel, Fachbereichsleiterin Zentrale Dienste, ist zugleich CDO der Stadt.",
        "administration_department",
    ),
    ("Jonas Musterfeld ist CDO und leitet zugleich das Hauptamt.", "administration_department"),
]

# --- round 18: other spellings of the role (before: 0/5) ---------------------------------

HOLDER_ROUND18 = [
    ("Jonas Musterfeld ist der neue Chief-Digital-Officer der Stadt.", "Jonas Musterfeld"),
    ("Erika Beispiel ist die neue Chief Digital Officerin der Stadt.", "Erika Beispiel"),
    ("Jonas Musterfeld ist Chief Digitalization Officer der Stadt.", "Jonas Musterfeld"),
    ("Die Digitalisierungs-Beauftragte Erika Beispiel stellte den Plan vor.", "Erika Beispiel"),
    ("Der Digital-Beauftragte Jonas Musterfeld stellte den Plan vor.", "Jonas Musterfeld"),
]

# --- round 19: the name as the object of any verb, the role inside brackets, plans ------

TEXTS_ROUND19 = [
    (
        "Der Rat wählte im Mai Erika Beispiel als erste Digitalisierungsbeauftragte.",
        "in_office",
        "Erika Beispiel",
        "unspecified",
    ),
    (
        "Jonas Musterfeld (Stabsstelle Digitalisierung, CDO) stellte die Pläne vor.",
        "in_office",
        "Jonas Musterfeld",
        "staff_unit",
    ),
    ("Es gibt Pläne für einen CDO.", "planned", None, "unspecified"),
    ("Die Planung einer CDO-Stelle läuft.", "planned", None, "unspecified"),
    (
        "Digitalisierungsbeauftragter Jonas Musterfeld stellte seine Pläne für das Jahr vor.",
        "in_office",
        "Jonas Musterfeld",
        "unspecified",
    ),
]

# --- round 20: a deputy is not the CDO (before: 0/2) --------------------------------------

HOLDER_NONE_ROUND20 = [
    # a visitor after "Die Stadt hat einen CDO" is no holder
    ("Die Stadt hat seit 2019 einen CDO. Gestern kam Jonas Musterfeld vom Innenministerium zu Besuch.", None),
    ("Die stellvertretende CDO Erika Beispiel vertrat die Stadt.", None),
    ("Stellvertreter des Digitalisierungsbeauftragten ist Jonas Musterfeld.", None),
]

# --- round 21: CDOs in general: the plural, surveys, "in der Regel" (before: 3/7) ---

STATUS_ROUND21 = [
    ("In vielen Städten gibt es inzwischen CDOs.", None),
    ("Immer mehr Kommunen setzen auf Digitalisierungsbeauftragte.", None),
    ("Ein CDO ist in der Regel direkt dem Oberbürgermeister unterstellt.", None),
    ("Die Studie zeigt: Städte mit einem CDO sind digitaler.", None),
    ("Laut einer Umfrage haben 40 Prozent der Großstädte einen Chief Digital Officer.", None),
    ("Bundesweit gibt es bereits mehr als 50 kommunale CDOs.", None),
    # the genitive is one CDO
    ("Die Aufgaben des CDOs sind vielfältig.", "in_office"),
    ("Musterfeld hat als erste Stadt bundesweit einen Chief Digital Officer.", "in_office"),
]

# --- round 22: the CDO at the head of the city's IT company (before: 1/2) ------------------

PLACEMENT_ROUND22 = [
    ("Der CDO leitet zugleich den Eigenbetrieb IT-Dienste der Stadt.", "it_department"),
    (
        "Die CDO Erika Beispiel ist zugleich Geschäftsführerin der städtischen Musterfeld IT GmbH.",
        "it_department",
    ),
]

# --- round 23: mixed texts, written after round 22, several families at once ---------------

TEXTS_ROUND23 = [
    (
        "Musterfeld digitalisiert seine Verwaltung\n"
        "Die Stadt Musterfeld will bis 2030 alle Leistungen online anbieten. Dafür hat der Rat im "
        "vergangenen Jahr die Stelle einer Chief Digital Officer geschaffen. Seit dem 1. März ist "
        "Dr. Anja Brenner im Amt. Die 44-Jährige ist im Dezernat für Finanzen und Organisation "
        "angesiedelt und leitet ein Team von acht Leuten. „Wir fangen nicht bei null an“, sagt "
        "Brenner. Auch die Sparkasse Musterfeld hat seit Kurzem einen Chief Digital Officer.",
        "in_office",
        "Anja Brenner",
        "administration_department",
    ),
    (
        "Interview: „Digitalisierung ist Teamarbeit“\n"
        "Herr Musterfeld, Sie sind seit zwei Jahren Digitalisierungsbeauftragter der Stadt. Wo stehen Sie?\n"
        "Jonas Musterfeld: Wir haben viel erreicht. Ich leite zugleich den Fachbereich 10 – "
        "Zentrale Steuerung und berichte direkt an den Bürgermeister.",
        "in_office",
        "Jonas Musterfeld",
        # reporting directly to the mayor outranks heading a line (the order of PLACEMENT_RULES)
        "mayor",
    ),
    (
        "Kein Geld für einen CDO\n"
        "Der Hauptausschuss hat den Antrag der Fraktion abgelehnt, eine Digitalisierungsbeauftragte "
        "einzustellen. Die Aufgaben bleiben beim Amt 12 (Organisation und IT), sagte Kämmerer Peter "
        "Hahn. Viele Kommunen haben inzwischen einen CDO, Musterfeld hat keinen.",
        "none",
        None,
        None,
    ),
]

PLACEMENT_ROUND23 = [
    # an interviewee's first person: "Ich berichte direkt an …"
    (
        "Frau Beispiel, Sie sind CDO der Stadt. Wo sind Sie angesiedelt?\n"
        "Erika Beispiel: Ich berichte direkt an die Oberbürgermeisterin.",
        "mayor",
    ),
]

# --- round 24: the CDO's own office as a unit (before: 0/4) --------------------------------

UNITS_ROUND24 = [
    ("Das CDO-Team besteht aus fünf Personen.", ["CDO-Team"], []),
    (
        "Das Büro des Digitalisierungsbeauftragten koordiniert die Projekte.",
        ["Büro des Digitalisierungsbeauftragten"],
        [],
    ),
    ("Das Team der CDO arbeitet im Rathaus.", ["Team der CDO"], []),
    ("Die Geschäftsstelle des CDO ist im Rathaus.", ["Geschäftsstelle des CDO"], []),
]

# --- round 25: the mayor's own department line (before: 0/2) ------------------------------

PLACEMENT_ROUND25 = [
    ("Der CDO ist im Dezernat des Oberbürgermeisters angesiedelt.", "mayor"),
    ("Die Digitalisierungsbeauftragte gehört zum OB-Dezernat.", "mayor"),
]

HOLDER_FAMILIES = {
    "holder: role word before the name": HOLDER_APPOSITION_BEFORE,
    "holder: role word after the name": HOLDER_APPOSITION_AFTER,
    "holder: bound by a verb": HOLDER_VERB,
    "holder: over two sentences": HOLDER_ACROSS_SENTENCES,
    "holder: none (mayor, department head, greeting)": HOLDER_NONE,
    "holder round 2: more word orders": HOLDER_ROUND2,
    "holder round 2: none (former, contact, mayor, vacant)": HOLDER_NONE_ROUND2,
    "holder round 4": HOLDER_ROUND4,
    "holder round 4: none": HOLDER_NONE_ROUND4,
    "holder round 5": HOLDER_ROUND5,
    "holder round 5: none (Land, federal, other town)": HOLDER_NONE_ROUND5,
    "holder round 6: shapes of names": HOLDER_NAME_SHAPES,
    "holder round 10: Herr/Frau, head of the CDO's unit": HOLDER_ROUND10,
    "holder round 11: a post filled with a person": HOLDER_ROUND11,
    "holder round 12: a pronoun passes over the mayor": HOLDER_ROUND12,
    "holder round 18: other spellings of the role": HOLDER_ROUND18,
    "holder round 20: none (a deputy, a visitor)": HOLDER_NONE_ROUND20,
}
STATUS_FAMILIES = {
    "status: in office": STATUS_IN_OFFICE,
    "status: post created": STATUS_POST_CREATED,
    "status: planned": STATUS_PLANNED,
    "status: none": STATUS_NONE,
    "status: not stated": STATUS_NOT_STATED,
    "status round 2": STATUS_ROUND2,
    "status round 4": STATUS_ROUND4,
    "status round 5": STATUS_ROUND5,
    "status round 10: job ads": STATUS_ROUND10,
    "status round 14: discussed, wished for": STATUS_ROUND14,
    "status round 21: CDOs in general": STATUS_ROUND21,
}
PLACEMENT_FAMILIES = {
    "placement: mayor": PLACEMENT_MAYOR,
    "placement: department line": PLACEMENT_DEPARTMENT,
    "placement: head of IT": PLACEMENT_IT,
    "placement: own staff unit": PLACEMENT_STAFF_UNIT,
    "placement: unspecified (incl. cues of others)": PLACEMENT_UNSPECIFIED,
    "placement round 2": PLACEMENT_ROUND2,
    "placement round 4": PLACEMENT_ROUND4,
    "placement round 5": PLACEMENT_ROUND5,
    "placement round 10": PLACEMENT_ROUND10,
    "placement round 14: the mayor's adviser": PLACEMENT_ROUND14,
    "placement round 17: heads without an article": PLACEMENT_ROUND17,
    "placement round 22: the city's IT company": PLACEMENT_ROUND22,
    "placement round 23: first person": PLACEMENT_ROUND23,
    "placement round 25: the mayor's own department": PLACEMENT_ROUND25,
}
UNIT_FAMILIES = {
    "units: named units of the city": UNITS_NAMED,
    "units: not the city's, or unnamed": UNITS_NOT,
    "units round 2": UNITS_ROUND2,
    "units round 4": UNITS_ROUND4,
    "units round 7": UNITS_ROUND7,
    "units round 16: more head nouns": UNITS_ROUND16,
    "units round 24: the CDO's own office": UNITS_ROUND24,
}


def _gov(text: str) -> dict:
    return profile_of(text)["governance"]


def holder_ok(text: str, holder: str | None) -> bool:
    gov = _gov(text)
    if holder is None:
        return gov["cdo_holder"] is None
    return _without_titles(gov["cdo_holder"]) == holder and gov["cdo_status"] == "in_office"


def _without_titles(name: str | None) -> str | None:
    """The holder as written, titles kept ("Dr. Lena Probe"), compared without them."""
    return None if name is None else " ".join(w for w in name.split() if w not in ("Dr.", "Prof."))


# (the shapes family compares the name with its inner titles, "Dr.-Ing.", "rer. nat.")


def status_ok(text: str, status: str | None) -> bool:
    return _gov(text)["cdo_status"] == status


def placement_ok(text: str, placement: str) -> bool:
    return _gov(text)["cdo_placement"] == placement


def units_ok(text: str, wanted: list[str], unwanted: list[str]) -> bool:
    names = [u["name"] for u in _gov(text)["units"]]
    return all(any(w in n for n in names) for w in wanted) and not any(
        any(u in n for n in names) for u in unwanted
    )


def _cases(families: dict) -> list:
    return [
        pytest.param(*case, id=f"{family.split(':')[0]}-{i}")
        for family, cases in families.items()
        for i, case in enumerate(cases)
    ]


@pytest.mark.parametrize("text,holder", _cases(HOLDER_FAMILIES))
def test_holder_families(text, holder):
    gov = _gov(text)
    got = (gov["cdo_holder"], gov["cdo_status"] if holder else None)
    assert holder_ok(text, holder), (text, got)


@pytest.mark.parametrize("text,status", _cases(STATUS_FAMILIES))
def test_status_families(text, status):
    assert status_ok(text, status), (text, _gov(text)["cdo_status"])


@pytest.mark.parametrize("text,placement", _cases(PLACEMENT_FAMILIES))
def test_placement_families(text, placement):
    assert placement_ok(text, placement), (text, _gov(text)["cdo_placement"])


@pytest.mark.parametrize("text,wanted,unwanted", _cases(UNIT_FAMILIES))
def test_unit_families(text, wanted, unwanted):
    assert units_ok(text, wanted, unwanted), (text, [u["name"] for u in _gov(text)["units"]])


def text_ok(text: str, status: str | None, holder: str | None, placement: str | None) -> bool:
    gov = _gov(text)
    return (gov["cdo_status"], _without_titles(gov["cdo_holder"]), gov["cdo_placement"]) == (
        status,
        holder,
        placement,
    )


@pytest.mark.parametrize(
    "text,status,holder,placement",
    TEXTS_ROUND3
    + TEXTS_ROUND8
    + TEXTS_ROUND9
    + TEXTS_ROUND13
    + TEXTS_ROUND15
    + TEXTS_ROUND19
    + TEXTS_ROUND23,
)
def test_short_texts_with_distractors(text, status, holder, placement):
    gov = _gov(text)
    got = (gov["cdo_status"], _without_titles(gov["cdo_holder"]), gov["cdo_placement"])
    assert got == (status, holder, placement), (text, got)


def test_every_unit_pattern_has_its_trigger_words():
    # one tuple of literal trigger words per unit pattern, in the same order: a pattern whose
    # words are another's runs on the wrong paragraphs (and a new pattern shifted them once)
    from analysis.extraction.governance import UNIT_PATTERNS, UNIT_TRIGGERS

    assert len(UNIT_TRIGGERS) == len(UNIT_PATTERNS)
    for pattern, words in zip(UNIT_PATTERNS, UNIT_TRIGGERS, strict=True):
        # the speed rewrite (reading.text.skippable) puts a lookbehind after each word's first
        # letter ("S(?<=\b.)tabsstelle"): read the words without it
        plain = re.sub(r"\(\?<=.*?\.\)", "", pattern.pattern)
        assert any(w.casefold() in plain.casefold() for w in words), plain[:60]


def family_table() -> list[tuple[str, int, int]]:
    """(family, right, n) for every family: the brief's "x of n per family"."""
    rows = []
    for families, check in (
        (HOLDER_FAMILIES, holder_ok),
        (STATUS_FAMILIES, status_ok),
        (PLACEMENT_FAMILIES, placement_ok),
        (UNIT_FAMILIES, units_ok),
    ):
        for family, cases in families.items():
            rows.append((family, sum(bool(check(*case)) for case in cases), len(cases)))
    for label, texts in (
        ("round 3: short texts (status, holder, placement)", TEXTS_ROUND3),
        ("round 8: longer texts of four genres", TEXTS_ROUND8),
        ("round 9: contact block, atlas, two roles, vacancy", TEXTS_ROUND9),
        ("round 13: a holder leaves, a successor", TEXTS_ROUND13),
        ("round 15: the CDO of another organisation", TEXTS_ROUND15),
        ("round 19: object of any verb, role in brackets, plans", TEXTS_ROUND19),
        ("round 23: mixed texts, several families at once", TEXTS_ROUND23),
    ):
        rows.append((label, sum(text_ok(*t) for t in texts), len(texts)))
    return rows


if __name__ == "__main__":  # pragma: no cover - a report for the README, not a test
    for family, right, n in family_table():
        print(f"{right:>3} of {n:<3} {family}")
