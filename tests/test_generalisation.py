"""Documents the library has never seen: fictitious cities written in the styles of the seeds.

A Smart-City-Atlas-like profile (Musterstadt), a news article with a dateline and a sidebar
of other news (Beispielhausen), and a short strategy page behind a cookie banner (Waldhügel).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from conftest import iter_evidence

from analysis.dataset.profiles import extract_folder, validate

PROFILE = """Skip to content
Smart City Musterstadt
Bitkom Smart City Atlas12. Mai 20214 min read

Smart City Musterstadt

Die Stadt Musterstadt hat die Digitalisierung ihrer Verwaltung in den vergangenen Jahren deutlich beschleunigt. In diesem City Portrait erfahren Sie, wie Musterstadt dabei vorgeht und welche Projekte die Stadt umsetzt.

Organisationsstruktur

Die Stelle des Chief Digital Officer (CDO) ist im Dezernat für Finanzen und Organisation angesiedelt. Der CDO koordiniert die Digitalisierungsbeauftragten der Fachbereiche und arbeitet eng mit dem städtischen IT-Dienstleister zusammen. Zusätzlich berät ein Lenkungskreis aus allen Dezernaten den CDO bei der Auswahl neuer Vorhaben.

Meilensteine

Im März 2019 beschloss der Stadtrat die erste Digitalstrategie der Stadt Musterstadt. Ende 2020 wurde das Open-Data-Portal der Stadt freigeschaltet. Bis 2030 sollen alle Verwaltungsleistungen vollständig online angeboten werden.

Motivation & Zielsetzung

Musterstadt möchte mit der Digitalisierung dem Fachkräftemangel in der Verwaltung begegnen und die Lebensqualität in den Stadtteilen erhöhen. Die Verwaltung soll effizienter arbeiten und Bürgerinnen und Bürger sollen Anliegen orts- und zeitunabhängig erledigen können.

Chancen & Herausforderungen

Als größte Herausforderung sieht die Stadt den Datenschutz bei der Verknüpfung von Fachverfahren. Zudem müssen die Beschäftigten bei der Umstellung auf digitale Akten mitgenommen werden.

Kommunikation & Netzwerke

Musterstadt arbeitet eng mit der Hochschule Musterstadt und der Nachbarstadt Talhausen zusammen.

Wettbewerbe & Förderprogramme

Musterstadt nimmt am Förderprogramm »Digitale Kommune Nord« des Landes teil.

Projektbeispiele:

  • Digitales Bürgerbüro (Verwaltung):
    Über das Digitale Bürgerbüro können Bürgerinnen und Bürger mehr als 80 Leistungen der Stadt online beantragen. Termine im Rathaus lassen sich ebenfalls digital buchen.

  • Smarte Parkplatzsuche (Mobilität):
    Sensoren in den Parkhäusern der Innenstadt melden freie Stellplätze in Echtzeit an eine App. So sinkt der Parksuchverkehr in der Altstadt.

  • Offene Daten Musterstadt (Datenplattform):
    Auf dem Portal veröffentlicht die Stadt Haushaltsdaten, Verkehrszählungen und Umweltmessungen in maschinenlesbarer Form.


„Musterstadt zeigt, wie eine mittelgroße Stadt ihre Verwaltung Schritt für Schritt digitalisieren kann.“, sagt Oberbürgermeisterin Anna Beispiel.


Hinter einer Smart City versteckt sich ein Ökosystem von Lösungen. Finden Sie führende Lösungen und vernetzen Sie sich mit Städten und Unternehmen auf unserer Plattform. Werden Sie Teil der Community und lernen Sie von anderen Kommunen.

JETZT AUF DER PLATTFORM ANMELDEN!

Entdecke weitere smarte Städte in der Umgebung: Smart City Talhausen und Smart City Hügelfeld

Image Sources:
Fotolia, ID: 1234567, Credit: Erika Knipser

avatar

Bitkom Smart City Atlas
"""

NEWS = """Donnerstag, 3. April 2025

BeispielhausenNeue Stabsstelle für die Digitalisierung

[12.05.2022] Die Stadt Beispielhausen richtet eine Stabsstelle Digitalisierung ein. Der neue Chief Digital Officer (CDO) ist direkt der Oberbürgermeisterin zugeordnet.
Das Rathaus von Beispielhausen am Marktplatz.

(Bildquelle: Stadt Beispielhausen)

Wie die Stadt Beispielhausen mitteilt, wurden die Digitalisierungsthemen bislang von mehreren Ämtern getrennt bearbeitet. „Mit der neuen Stabsstelle schaffen wir einen zentralen Ansprechpartner für alle digitalen Vorhaben“, sagt Oberbürgermeisterin Clara Vorbild. Jonas Muster wird als Chief Digital Officer die Stabsstelle leiten. Er war zuvor im Hauptamt der Stadt für das E-Government zuständig.
Bereits im Herbst 2021 hatte der Rat der Stadt Beispielhausen eine Digitalstrategie verabschiedet. Anfang 2023 soll ein neues Serviceportal starten, bis Ende 2024 sollen alle Schulen über WLAN verfügen.

Weitere Meldungen und Beiträge aus dem Bereich: Politik
talhausen_rathaus

Talhausen: Glasfaser für alle Ortsteile

[02.05.2022] Die Stadt Talhausen hat im Januar 2021 den Ausbau des Glasfasernetzes begonnen. „Wir sind im Plan“, sagt Bürgermeister Karl Fremdling. mehr...

Hügelfeld: Neue App für das Bürgeramt

[28.04.2022] Die Kreisstadt Hügelfeld bietet seit dem Sommer 2020 eine App für Termine im Bürgeramt an. Bis 2026 sollen weitere Dienste folgen, erklärt Landrätin Petra Fern. mehr...
"""

STRATEGY = """Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu ermöglichen. Sie können der Verwendung in den Datenschutzeinstellungen zustimmen oder sie ablehnen.
Die Gemeinde Waldhügel stellt ihre Digitalstrategie vor. Mit der Strategie will die Gemeinde Waldhügel ihre Verwaltung modernisieren und die Beteiligung der Bürgerinnen und Bürger stärken.
Die Gemeinde Waldhügel verfügt über keinen Chief Digital Officer. Die Digitalisierung wird vom Hauptamt koordiniert, das dem Bürgermeister berichtet.
Im Jahr 2018 wurde die Strategie vom Gemeinderat beschlossen. Bis 2027 soll die Verwaltung papierlos arbeiten.
"""

TEXTS = {"musterstadt": PROFILE, "beispielhausen": NEWS, "waldhuegel": STRATEGY}
VARIANTS = {"utf8-lf": ("utf-8", False), "cp1252-crlf": ("cp1252", True), "bom-lf": ("utf-8-sig", False)}


@pytest.fixture(scope="module", params=list(VARIANTS))
def generated(request, tmp_path_factory):
    codec, crlf = VARIANTS[request.param]
    root = tmp_path_factory.mktemp(f"gen-{request.param}")
    for name, text in TEXTS.items():
        if crlf:
            text = text.replace("\n", "\r\n")
        (root / f"{name}.txt").write_bytes(text.encode(codec))
    result = extract_folder(root)
    assert not result.skipped, [str(e) for e in result.skipped]
    docs = {d["doc_id"]: d for d in result.dataset["documents"]}
    return {"root": root, "dataset": result.dataset, "docs": docs, "codec": codec, "crlf": crlf}


def events_of(doc) -> set[tuple[str, str]]:
    return {(e["date"], e["kind"]) for e in doc["events"]}


def names_of(items) -> list[str]:
    return [i["name"] for i in items]


def raw_text(g, doc) -> str:
    return (g["root"] / doc["source"]["path"]).read_bytes().decode(doc["source"]["encoding"])


def test_dataset_validates_and_evidence_is_exact(generated):
    validate(generated["dataset"])
    for doc in generated["dataset"]["documents"]:
        assert doc["source"]["encoding"] == generated["codec"]
        raw = raw_text(generated, doc)
        for where, ev in iter_evidence(doc):
            assert raw[ev["start"] : ev["end"]] == ev["quote"], (doc["doc_id"], where)


# --- the profile ----------------------------------------------------------------------------


def test_profile_meta(generated):
    doc = generated["docs"]["musterstadt"]
    assert doc["city"] == "Musterstadt"
    assert doc["source_kind"] == "profile"
    assert doc["published"] == "2021-05-12"


def test_profile_governance(generated):
    gov = generated["docs"]["musterstadt"]["governance"]
    assert gov["cdo"] is True
    assert gov["cdo_placement"] == "administration_department"
    assert any("Dezernat für Finanzen" in e["quote"] for e in gov["evidence"]), gov["evidence"]
    units = names_of(gov["units"])
    assert "Lenkungskreis" in units, units


def test_profile_events(generated):
    doc = generated["docs"]["musterstadt"]
    ev = events_of(doc)
    assert ("2019-03", "milestone") in ev, ev
    assert ("2020", "milestone") in ev, ev
    assert ("2030", "horizon") in ev, ev
    late = [e for e in doc["events"] if e["date"] == "2020"]
    assert late and late[0]["qualifier"] == "late"
    assert all(e["date"] != "2021-05-12" for e in doc["events"]), (
        "the publication date is not a strategy event"
    )


def test_profile_projects_and_domains(generated):
    doc = generated["docs"]["musterstadt"]
    projects = {p["name"]: p["domain"] for p in doc["projects"]}
    assert projects.get("Digitales Bürgerbüro") == "Verwaltung", projects
    assert projects.get("Smarte Parkplatzsuche") == "Mobilität", projects
    assert projects.get("Offene Daten Musterstadt") == "Datenplattform", projects


def test_profile_people_funding_partners(generated):
    doc = generated["docs"]["musterstadt"]
    people = {p["name"]: p for p in doc["people"]}
    assert "Anna Beispiel" in people, list(people)
    assert people["Anna Beispiel"]["affiliation"] == "city"
    assert "Oberbürgermeisterin" in (people["Anna Beispiel"]["role"] or "")
    assert "Digitale Kommune Nord" in names_of(doc["funding"])
    partners = names_of(doc["partners"])
    assert "Hochschule Musterstadt" in partners, partners
    assert "Talhausen" in partners, partners


def test_profile_partners_are_not_data_sets(generated):
    """'veröffentlicht die Stadt Haushaltsdaten, Verkehrszählungen und Umweltmessungen' names data, not towns."""
    partners = names_of(generated["docs"]["musterstadt"]["partners"])
    for not_a_partner in ("Haushaltsdaten", "Verkehrszählungen", "Umweltmessungen"):
        assert not_a_partner not in partners, partners


def test_profile_nothing_from_the_platform_footer(generated):
    doc = generated["docs"]["musterstadt"]
    raw = raw_text(generated, doc)
    footer = raw.index("Hinter einer Smart City")
    for where, ev in iter_evidence(doc):
        assert ev["start"] < footer, f"{where} comes from the page footer: {ev['quote']!r}"
    assert "Hügelfeld" not in names_of(doc["partners"])
    assert "Erika Knipser" not in names_of(doc["people"])


# --- the news article -----------------------------------------------------------------------


def test_news_meta(generated):
    doc = generated["docs"]["beispielhausen"]
    assert doc["city"] == "Beispielhausen"
    assert doc["source_kind"] == "news"
    assert doc["published"] == "2022-05-12", "the dateline, not the page-view date 2025-04-03"


def test_news_governance(generated):
    gov = generated["docs"]["beispielhausen"]["governance"]
    assert gov["cdo"] is True
    assert gov["cdo_placement"] == "mayor"
    assert gov["cdo_holder"] == "Jonas Muster"
    assert any("Stabsstelle" in u for u in names_of(gov["units"]))


def test_news_events(generated):
    doc = generated["docs"]["beispielhausen"]
    ev = events_of(doc)
    for want in [
        ("2022-05-12", "milestone"),
        ("2021", "milestone"),
        ("2023", "horizon"),
        ("2024", "horizon"),
    ]:
        assert want in ev, f"{want} not in {sorted(ev)}"
    qualifiers = {(e["date"], e["qualifier"]) for e in doc["events"]}
    assert (
        ("2021", "late") in qualifiers and ("2023", "early") in qualifiers and ("2024", "late") in qualifiers
    )


def test_news_people(generated):
    people = {p["name"]: p for p in generated["docs"]["beispielhausen"]["people"]}
    assert "Clara Vorbild" in people and "Jonas Muster" in people, list(people)
    assert people["Clara Vorbild"]["affiliation"] == "city"
    assert people["Jonas Muster"]["affiliation"] == "city"


def test_news_sidebar_does_not_leak(generated):
    doc = generated["docs"]["beispielhausen"]
    people = names_of(doc["people"])
    assert "Karl Fremdling" not in people and "Petra Fern" not in people, people
    dates = {e["date"] for e in doc["events"]}
    for leaked in ("2021-01", "2022-05-02", "2022-04-28", "2020", "2026", "2025-04-03"):
        assert leaked not in dates, f"{leaked} leaked from the sidebar/page: {sorted(dates)}"
    partners = names_of(doc["partners"])
    assert "Talhausen" not in partners and "Hügelfeld" not in partners, partners
    raw = raw_text(generated, doc)
    sidebar = raw.index("Weitere Meldungen")
    for where, ev in iter_evidence(doc):
        assert ev["start"] < sidebar, f"{where} comes from the sidebar: {ev['quote']!r}"
    assert doc["title"] and "Neue Stabsstelle" in doc["title"]


# --- the strategy page ------------------------------------------------------------------------


def test_strategy_page(generated):
    doc = generated["docs"]["waldhuegel"]
    assert doc["city"] == "Waldhügel"
    assert doc["source_kind"] == "strategy"
    assert doc["published"] is None
    gov = doc["governance"]
    assert gov["cdo"] is False
    assert gov["cdo_placement"] is None
    assert gov["cdo_holder"] is None
    assert gov["evidence"] and "keinen Chief Digital Officer" in gov["evidence"][0]["quote"]
    ev = events_of(doc)
    assert ("2018", "milestone") in ev and ("2027", "horizon") in ev, ev
    assert "participation" in names_of(doc["themes"])
    raw = raw_text(generated, doc)
    banner_end = raw.index("Die Gemeinde Waldhügel stellt")
    for where, e in iter_evidence(doc):
        assert e["start"] >= banner_end, f"{where} comes from the cookie banner"


# --- CDO placement phrasings ------------------------------------------------------------------

LEAD = "Die Stadt Musterstadt treibt die Digitalisierung ihrer Verwaltung voran.\n"


@pytest.mark.parametrize(
    "sentence,cdo,placement",
    [
        (
            "Der CDO der Stadt Musterstadt ist als Stabsstelle direkt dem Oberbürgermeister unterstellt.",
            True,
            "mayor",
        ),
        (
            # the post is placed, no one is said to fill it: post_created (contract of December)
            "Die Stelle des CDO ist dem Dezernat für Bildung und Digitales zugeordnet.",
            False,
            "administration_department",
        ),
        (
            "Der Chief Digital Officer ist im Fachbereich Zentrale Dienste angesiedelt.",
            True,
            "administration_department",
        ),
        (
            "Der Leiter des Amtes für Informationstechnik ist zugleich Chief Digital Officer der Stadt.",
            True,
            "it_department",
        ),
        ("Der CDO der Stadt Musterstadt leitet eine eigene Stabsstelle Digitalisierung.", True, "staff_unit"),
        ("Die Stadt Musterstadt hat einen Chief Digital Officer (CDO) benannt.", True, "unspecified"),
        ("Die Stadt Musterstadt hat keinen Chief Digital Officer.", False, None),
        ("Einen CDO gibt es in Musterstadt bislang nicht.", False, None),
        ("Die Stadt Musterstadt plant neue Radwege in der Innenstadt.", None, None),
    ],
)
def test_cdo_placement_phrasings(sentence, cdo, placement):
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "d.txt").write_text(LEAD + sentence + "\n", encoding="utf-8")
        gov = extract_folder(Path(tmp)).dataset["documents"][0]["governance"]
    assert (gov["cdo"], gov["cdo_placement"]) == (cdo, placement), sentence


# --- context beyond one sentence, holders, plans ----------------------------------------------


def _profile_of(text: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "d.txt").write_text(text, encoding="utf-8")
        return extract_folder(Path(tmp)).dataset["documents"][0]


@pytest.mark.parametrize(
    "text,placement,holder",
    [
        (  # the placement in the sentence before the CDO sentence
            "Im Rathaus entsteht eine neue Stabsstelle, die direkt dem Oberbürgermeister zugeordnet ist. "
            "Chief Digital Officer ist seit Mai Anna Beispiel.",
            "mayor",
            "Anna Beispiel",
        ),
        (  # the unit the CDO heads, and where that unit sits
            "Jan Muster ist zugleich CDO der Stadt und leitet die Stabsstelle Digitalisierung. "
            "Die Verwaltung wächst. Die Stabsstelle Digitalisierung ist direkt beim Oberbürgermeister angesiedelt.",
            "mayor",
            "Jan Muster",
        ),
        (  # heading the IT office by the verb, in a relative clause
            "Petra Beispiel, die seit 2020 als Chief Digital Officer tätig ist, leitet zugleich das Amt für Informationstechnik.",
            "it_department",
            "Petra Beispiel",
        ),
        (  # a possessive opener goes on about the CDO
            "Jan Muster ist der erste hauptamtliche Chief Digital Officer der Stadt. "
            "Seine Stelle ist im Dezernat für Finanzen angesiedelt.",
            "administration_department",
            "Jan Muster",
        ),
    ],
)
def test_cdo_context_beyond_one_sentence(text, placement, holder):
    gov = _profile_of(LEAD + text + "\n")["governance"]
    assert (gov["cdo"], gov["cdo_placement"], gov["cdo_holder"]) == (True, placement, holder)


def test_a_plan_in_quoted_speech_beside_a_named_cdo_is_no_planned_post():
    text = "Anna Beispiel, Chief Digital Officer der Stadt, sagt: „Bis 2025 sollen alle Anträge online gestellt werden können.“\n"
    doc = _profile_of(LEAD + text)
    assert doc["governance"]["cdo"] is True
    assert doc["governance"]["cdo_holder"] == "Anna Beispiel"
    assert "Anna Beispiel" in [p["name"] for p in doc["people"]]


def test_an_earlier_job_at_a_savings_bank_or_data_centre_is_no_city_event():
    text = (
        "Seit 2021 ist Jan Muster CDO der Stadt. Muster war zuvor bei der Kreissparkasse Neudorf tätig, "
        "ab 2014 als Abteilungsleiter. Von 2009 bis 2013 war er beim regionalen Rechenzentrum beschäftigt.\n"
    )
    years = {e["date"] for e in _profile_of(LEAD + text)["events"]}
    assert "2021" in years and not years & {"2014", "2009", "2013"}, years


# --- which city ------------------------------------------------------------------------------


def test_the_official_long_name_the_text_writes_after_a_title_wins_over_the_short_form():
    text = (
        "Die Stadt Weiden in der Oberpfalz hat eine Digitalstrategie beschlossen.\n"
        "In Weiden in der Oberpfalz arbeiten alle Ämter daran mit.\n"
    )
    assert _profile_of(text)["city"] == "Weiden in der Oberpfalz"


def test_a_one_off_phrase_after_the_city_is_not_its_name():
    text = "Die Stadt Weiden an der Spitze der Bewegung: Weiden digitalisiert die Verwaltung.\n"
    assert _profile_of(text)["city"] == "Weiden"


def test_a_county_text_names_its_district_with_articles_and_in_the_genitive():
    text = (
        "Ennepe-Ruhr-Kreis – Der Ennepe-Ruhr-Kreis hat einen Digitalisierungsbeauftragten.\n"
        "Der Kreistag des Ennepe-Ruhr-Kreises hat die Stelle geschaffen. Der Landrat begrüßt das.\n"
        "Der Beauftragte arbeitet im Kreishaus in Hagen. Foto: Kreis\n"
    )
    assert _profile_of(text)["city"] == "Ennepe-Ruhr-Kreis"


# --- units and programmes --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence,unit",
    [
        ("Die Lenkungsgruppe Digitalisierung tagt monatlich.", "Lenkungsgruppe Digitalisierung"),
        ("Der Arbeitskreis Smart City trifft sich im Rathaus.", "Arbeitskreis Smart City"),
        ("Die Geschäftsstelle Digitale Agenda koordiniert alles.", "Geschäftsstelle Digitale Agenda"),
        ("Zuständig ist die Abteilung IT und Organisation.", "Abteilung IT und Organisation"),
        ("Das Thema liegt im Dezernat II der Verwaltung.", "Dezernat II"),
        ("Das Referat Digitale Stadt berät die Ämter.", "Referat Digitale Stadt"),
        ("Jedes Amt hat einen Digitalisierungsbeauftragten benannt.", "Digitalisierungsbeauftragte"),
    ],
)
def test_unit_shapes(sentence, unit):
    names = [u["name"] for u in _profile_of(LEAD + sentence + "\n")["governance"]["units"]]
    assert unit in names, names


def test_one_digitalisierungsbeauftragte_is_a_person_not_a_unit_and_a_bare_unit_word_joins_its_name():
    text = (
        "Anna Muster ist die Digitalisierungsbeauftragte der Stadt. Sie leitet die Stabsstelle Digitales. "
        "Die Stabsstelle ist klein.\n"
    )
    names = [u["name"] for u in _profile_of(LEAD + text)["governance"]["units"]]
    assert names == ["Stabsstelle Digitales"], names


@pytest.mark.parametrize(
    "sentence,programme,kind",
    [
        ("Die Stadt ist eines der Modellprojekte Smart Cities des Bundes.", "Smart Cities", "programme"),
        ("Sie gewann den Landeswettbewerb Digitale Dörfer.", "Digitale Dörfer", "competition"),
        ("Gefördert wird das aus dem Landesprogramm Digitale Orte.", "Digitale Orte", "programme"),
        (
            "Die Stadt gewann den Beispielland-Innovationswettbewerb.",
            "Beispielland-Innovationswettbewerb",
            "competition",
        ),
        ("Mittel kommen aus dem Förderprogramm Horizon 2020 der EU.", "Horizon 2020", "programme"),
    ],
)
def test_programme_shapes(sentence, programme, kind):
    funding = _profile_of(LEAD + sentence + "\n")["funding"]
    assert any(programme in f["name"] and f["kind"] == kind for f in funding), funding


@pytest.mark.parametrize(
    "text",
    [
        "Digitales Rathaus\nMusterstadt sucht Verstärkung für die IT. Die Stadt baut aus.\nVon Anna Beispiel\n",
        "Digitales Rathaus\nVeröffentlicht: 03.04.2022, 10:15 Uhr\nDie Stadt Musterstadt baut ihre IT aus.\n",
    ],
)
def test_newspaper_and_radio_reports_are_news(text):
    assert _profile_of(text)["source_kind"] == "news"


@pytest.mark.parametrize(
    "sentence,partner",
    [
        (
            "Die Stadt arbeitet mit dem Zweckverband Breitband Beispielland zusammen.",
            "Zweckverband Breitband Beispielland",
        ),
        ("Partner ist die Metropolregion Muster-Neckar.", "Metropolregion Muster-Neckar"),
        ("Begleitet wird das vom Beispiel-Institut in Neudorf.", "Beispiel-Institut"),
        (
            "Mit der Dualen Hochschule Beispielland gibt es ein Projekt.",
            "Duale Hochschule Beispielland",
        ),  # in the nominative
    ],
)
def test_partner_shapes(sentence, partner):
    names = [p["name"] for p in _profile_of(LEAD + sentence + "\n")["partners"]]
    assert any(partner in n for n in names), names


def test_a_unit_is_never_the_cdo_holder():
    text = "Chief Digital Officer ist die Stabsstelle Digitalisierung beim Oberbürgermeister.\n"
    assert _profile_of(LEAD + text)["governance"]["cdo_holder"] is None


# --- events: kind and type from the date's own clause -----------------------------------------


@pytest.mark.parametrize(
    "sentence,date,kind,type_",
    [
        ("Die Strategie soll im Herbst 2031 im Rat verabschiedet werden.", "2031", "horizon", None),
        (
            "Die überarbeitete Fassung der Agenda soll im Laufe des Jahres 2031 vorgelegt werden.",
            "2031",
            "horizon",
            "strategy_presented",  # a planned presentation: a horizon of its verb class
        ),
        ("Bis 2035 will die Stadt alle Leistungen digital anbieten.", "2035", "horizon", "target"),
        (
            "Seit 2018 arbeitet die Stadt an einer neuen Digitalstrategie.",
            "2018",
            "milestone",
            "strategy_process",
        ),
        (
            "Die Ratsversammlung hat im Mai 2019 die Digitalstrategie beschlossen.",
            "2019-05",
            "milestone",
            "strategy_adopted",
        ),
        (
            "Anfang 2021 wurde das Amt für IT zum Amt für IT und Digitales erweitert.",
            "2021",
            "milestone",
            "organisation",
        ),
        (
            "Der Kreistag hatte die Stelle im Oktober 2020 geschaffen.",
            "2020-10",
            "milestone",
            "council_decision",
        ),
    ],
)
def test_event_kind_and_type_phrasings(sentence, date, kind, type_):
    header = "Digitales Musterstadt\nVeröffentlicht: 03.03.2023\n"
    events = _profile_of(header + LEAD + sentence + "\n")["events"]
    hits = [e for e in events if e["date"] == date]
    assert hits and hits[0]["kind"] == kind, events
    if type_:
        assert hits[0]["type"] == type_, hits[0]


def test_a_councillor_keeps_his_surname_and_a_programme_year_is_no_event():
    text = (
        "Ratsherr Jan Beispielmann sagt, die Stadt sei gut aufgestellt. "
        "Im Rahmen des EU-Förderprogramms Horizon 2020 testet die Stadt neue Sensoren.\n"
    )
    doc = _profile_of(LEAD + text)
    assert "Jan Beispielmann" in [p["name"] for p in doc["people"]]
    assert "2020" not in {e["date"] for e in doc["events"]}


def test_the_head_of_a_unit_who_is_also_cdo_is_the_holder_even_with_a_village_surname():
    # "Hollenbach" is also a village in the gazetteer; a unit's name is never a person
    text = (
        "Die Stadt hat eine Stabsstelle Digitalisierung geschaffen. "
        "Ihr Leiter Jan Hollenbach ist zugleich CDO der Stadt.\n"
    )
    assert _profile_of(LEAD + text)["governance"]["cdo_holder"] == "Jan Hollenbach"


def test_a_programme_compound_with_a_number_is_found():
    funding = _profile_of(LEAD + "Die Stadt gewann den 5G-Innovationswettbewerb des Bundes.\n")["funding"]
    assert [f["name"] for f in funding] == ["5G-Innovationswettbewerb"]


def test_where_the_post_sits_a_little_later_in_the_same_paragraph():
    text = (
        "Anna Beispiel ist die erste Chief Digital Officer der Stadt. Sie kommt aus der Wirtschaft. "
        "Angesiedelt ist die Stelle im Dezernat III, das auch die Finanzen verantwortet.\n"
    )
    gov = _profile_of(LEAD + text)["governance"]
    assert (gov["cdo_placement"], gov["cdo_holder"]) == ("administration_department", "Anna Beispiel")
